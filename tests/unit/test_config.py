"""The reader's settings (tui.config): read, checked line by line, never fatal."""

from tui import config as user_config


def test_no_file_is_the_defaults(tmp_path):
    cfg, problems = user_config.load(tmp_path / "config.yaml")
    assert (cfg.keys, cfg.theme, cfg.kinds, problems) == ({}, None, None, [])


def test_settings_are_read_and_each_problem_names_the_file_and_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("keys:\n  copy: ctrl+y\n  bogus: x\ntheme: nord\nkinds: [direct, indirect]\ncolour: red\n",
                    encoding="utf-8")
    cfg, problems = user_config.load(path, themes=frozenset({"nord", "textual-dark"}))
    assert cfg.keys == {"copy": "ctrl+y"} and cfg.theme == "nord" and cfg.kinds == ("direct", "indirect")
    assert problems == [
        f"{path} (line 6): unknown setting 'colour' (settings: keys, theme, kinds); ignored",
        f"{path} (line 3): no action 'bogus' to bind (actions: {', '.join(user_config.ACTIONS)}); ignored",
    ]
    assert "copy: ctrl+y" in user_config.show(cfg) and "theme: nord" in user_config.show(cfg)


def test_a_broken_file_gives_the_defaults_and_one_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("keys: [\n", encoding="utf-8")
    cfg, problems = user_config.load(path)
    assert cfg.keys == {} and len(problems) == 1
    assert problems[0].startswith(f"{path}, line 2: not valid YAML") and problems[0].endswith("the defaults are used")
    path.write_text("theme: no-such-theme\nkinds: [everything]\n", encoding="utf-8")
    cfg, problems = user_config.load(path, themes=frozenset({"nord"}))
    assert cfg.theme is None and cfg.kinds is None and len(problems) == 2
