"""The command line, run as a user runs it."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from tui.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_quotes_jsonl_on_the_seeds_by_default(capsys):
    code, out, err = run(capsys, "quotes", "--format", "jsonl")
    assert code == 0 and err == ""
    recs = [json.loads(line) for line in out.splitlines()]
    assert len(recs) == 1
    rec = recs[0]
    assert set(rec) == {"id", "path", "title", "date", "quotes"}
    q = next(q for q in rec["quotes"] if q["text"].startswith("This is a deceptive act"))
    assert {"id", "start", "end", "text", "speaker", "mention", "role", "kind", "paragraph"} <= set(q)
    assert q["speaker"] == "Jeon Ha-kyu" and q["mention"] == "Jeon" and q["paragraph"] == 3
    text = open(rec["path"], encoding="utf-8").read()
    assert text[q["start"] : q["end"]] == q["text"]


def test_quotes_speaker_filter_and_alias(capsys):
    code, out, _ = run(capsys, "quotes", "--speaker", "the Foreign Ministry", "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data[0]["quotes"]) == 5
    assert {q["speaker"] for q in data[0]["quotes"]} == {"Ministry of Foreign Affairs"}


def test_unknown_speaker_is_a_one_line_error(capsys):
    code, out, err = run(capsys, "quotes", "--speaker", "Nobody At All")
    assert code == 2 and out == "" and err.startswith("pressroom: no speaker matches")
    assert len(err.strip().splitlines()) == 1


def test_csv_and_markdown_and_text(capsys):
    _, out, _ = run(capsys, "quotes", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 20 and rows[0]["speaker"]
    _, out, _ = run(capsys, "quotes", "--format", "markdown")
    assert "> This is a deceptive act to disguise their illegal behavior.\n>\n> — Jeon Ha-kyu, spokesperson" in out
    _, out, _ = run(capsys, "quotes")
    assert "“North Korea’s participation in the war in Ukraine is a clear illegal act that violates the UN [United Nations] Charter" in out


def test_kinds_option(capsys):
    _, out, _ = run(capsys, "quotes", "--kinds", "mixed", "--format", "jsonl")
    kinds = {q["kind"] for q in json.loads(out)["quotes"]}
    assert kinds == {"mixed"}
    code, _, err = run(capsys, "quotes", "--kinds", "bogus")
    assert code == 2 and "unknown quote kind" in err


def test_speakers_text_and_json(capsys):
    code, out, _ = run(capsys, "speakers", "--format", "json")
    data = {s["name"]: s for s in json.loads(out)}
    assert data["Jeon Ha-kyu"]["quotes"] == 4
    assert data["Jeon Ha-kyu"]["roles"] == ["spokesperson for the Ministry of National Defense"]
    assert data["Ministry of Foreign Affairs"]["kind"] == "organisation"
    _, out, _ = run(capsys, "speakers", "--format", "pretty")
    assert "Koo Byung-sam (person) — spokesperson for the Ministry of Unification\n  3 quotes in 1 article" in out
    # piped, one speaker per line: name, kind, quotes, articles, role
    _, out, _ = run(capsys, "speakers")
    assert "Koo Byung-sam\tperson\t3\t1\tspokesperson for the Ministry of Unification" in out.splitlines()
    _, out, _ = run(capsys, "speakers", "--format", "jsonl")
    assert json.loads(out.splitlines()[0])["name"] == next(iter(data.values()))["name"]
    _, out, _ = run(capsys, "speakers", "--format", "csv")
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["Jeon Ha-kyu"]["quotes"] == "4" and rows["Jeon Ha-kyu"]["kind"] == "person"


def test_search_with_a_typo(capsys):
    code, out, _ = run(capsys, "search", "decptive act", "--type", "quote")
    assert code == 0
    assert out.splitlines()[0].startswith("quote") and "This is a deceptive act" in out.splitlines()[0]


def test_check_exit_status(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Title\n\nBody.")
    assert run(capsys, "check", str(tmp_path))[0] == 0
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1 and "bad.txt: error: binary file" in out and "1 article(s) loaded" in out


def test_problems_go_to_stderr_and_others_still_load(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Title\n\n“Fine,” she said.")
    (tmp_path / "bad.md").write_text("---\ntitle: [\n---\n")
    code, out, err = run(capsys, "quotes", str(tmp_path), "--format", "jsonl")
    assert code == 0 and "bad.md" in err and json.loads(out)["id"] == "good"


def test_missing_path_is_a_clear_error(capsys):
    code, _, err = run(capsys, "quotes", "/no/such/folder")
    assert code == 2 and "no such file or folder" in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [["--help"], ["quotes", "--help"], ["speakers", "--help"], ["check", "--help"], ["search", "--help"]])
def test_help_everywhere(argv):
    out = subprocess.run([sys.executable, "-m", "tui", *argv], capture_output=True, text=True)
    assert out.returncode == 0 and "usage: pressroom" in out.stdout


def test_control_characters_in_file_names_never_reach_the_terminal(tmp_path, capsys):
    bad = tmp_path / "evil\x1b]0;pwned\x07.txt"
    bad.write_bytes(b"\x00\x01")
    code, out, err = run(capsys, "check", str(tmp_path))
    assert code == 1 and "\x1b" not in out and "\x07" not in out and "evil" in out


def test_reader_options_without_the_command_name(monkeypatch):
    import tui.ui.app as app_module

    seen = {}
    monkeypatch.setattr(app_module, "run", lambda paths, use_cache=True: seen.update(paths=paths, cache=use_cache) or 0)
    assert main(["--no-cache", "some/folder"]) == 0
    assert seen == {"paths": ["some/folder"], "cache": False}
    assert main([]) == 0 and seen["paths"][0].endswith("seeds") and seen["cache"] is True


def test_quotes_as_text_are_one_line_each_with_where_and_who(capsys, tmp_path):
    from tui.cli import _one_line

    (tmp_path / "a.txt").write_text("date 2024-03-01 Budget day\n“We will cut taxes, and soon,” said Ann Lee.\n",
                                    encoding="utf-8")
    _, out, _ = run(capsys, "quotes", str(tmp_path))  # piped: the text format
    (line,) = out.splitlines()
    assert line == "Ann Lee\t2024-03-01\ta\tdirect\t“We will cut taxes, and soon,”"
    # a quote over two paragraphs stays on its line, and a tab in it splits no column
    assert _one_line("one\n“two\tthree\\") == "one\\n“two\\tthree\\\\"
    _, pretty, _ = run(capsys, "quotes", str(tmp_path), "--format", "pretty")
    assert pretty.startswith("Budget day (2024-03-01)\n") and "— Ann Lee" in pretty


def test_options_may_follow_the_paths(capsys):
    from tui.paths import seeds_dir

    code, out, err = run(capsys, "search", "deceptive act", str(seeds_dir()), "--type", "quote", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1 and out.startswith("quote"), err
    code, out, err = run(capsys, "quotes", str(seeds_dir()), "--format", "jsonl", "--speaker", "Jeon Ha-kyu")
    assert code == 0 and all(q["speaker"] == "Jeon Ha-kyu" for q in json.loads(out)["quotes"])


def test_a_misspelt_speaker_is_still_found_and_search_filters_by_speaker(capsys):
    code, out, _ = run(capsys, "quotes", "--speaker", "Jeon Hakyu", "--format", "jsonl")
    assert code == 0 and {q["speaker"] for q in json.loads(out)["quotes"]} == {"Jeon Ha-kyu"}
    code, out, _ = run(capsys, "search", "illegal", "--speaker", "jeon ha kyu", "--format", "jsonl")
    recs = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and recs and {r["speaker"] for r in recs} == {"Jeon Ha-kyu"}
    assert all(r["type"] == "quote" and r["title"] and "illegal" in r["snippet"].lower() for r in recs)
    code, _, err = run(capsys, "search", "illegal", "--speaker", "Nobody Atall")
    assert code == 2 and "no speaker matches" in err


def test_search_text_shows_the_speaker_and_the_article(capsys):
    code, out, _ = run(capsys, "search", "deceptive act", "--type", "quote")
    first = out.splitlines()[0]
    assert code == 0 and "— Jeon Ha-kyu" in first and "[" in first


def test_every_option_is_documented_in_help():
    from tui.cli import _commands, build_parser

    for name, p in _commands(build_parser()).items():
        for action in p._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"pressroom {name} {action.option_strings[0]} has no help"


def test_clippings_list_export_and_path(capsys, tmp_path, monkeypatch):
    from tui import clippings as clips
    from tui.library import build_index

    src = tmp_path / "a.txt"
    src.write_text("date 2024-01-01 Alpha story\n“We are ready,” said Ann Lee.\n", encoding="utf-8")
    index = build_index([src])
    art = index.articles[0]
    (q,) = index.quotes_of(art.id)
    store = tmp_path / "clippings.json"
    clips.save([clips.clip(q, index.speakers.get(q.speaker_id), art, note="lead")], store)
    monkeypatch.setenv("PRESSROOM_CLIPPINGS", str(store))
    code, out, _err = run(capsys, "clippings")
    assert code == 0 and out == "1\tAnn Lee\t2024-01-01\tAlpha story\tWe are ready,\t# lead\n"
    code, out, _err = run(capsys, "clippings", "path")
    assert out.strip() == str(store)
    code, out, _err = run(capsys, "clippings", "export", "--format", "csv")
    assert next(csv.DictReader(io.StringIO(out)))["quote"] == "We are ready,"
    code, out, _err = run(capsys, "clippings", "export")
    assert out.startswith("> We are ready\n>\n> — Ann Lee, *Alpha story* (2024-01-01)")
    src.write_text("date 2024-01-01 Alpha story\n“We are set,” said Ann Lee.\n", encoding="utf-8")
    code, out, _err = run(capsys, "clippings")
    assert "We are ready, [source changed]" in out  # the words clipped, marked, never the new ones


def test_a_broken_clippings_file_is_one_line_and_exit_status_2(capsys, tmp_path):
    bad = tmp_path / "clippings.json"
    bad.write_text("{oops", encoding="utf-8")
    code, out, err = run(capsys, "clippings", "--file", str(bad))
    assert code == 2 and out == "" and err.count("\n") == 1 and str(bad) in err and "broken JSON" in err
    assert bad.read_text(encoding="utf-8") == "{oops"  # left as it was
    code, out, _err = run(capsys, "clippings", "path", "--file", str(bad))
    assert (code, out.strip()) == (0, str(bad))  # where it is, whatever it holds


def test_dash_reads_one_article_from_standard_input(tmp_path):
    env = {**os.environ, "PRESSROOM_CACHE_DIR": str(tmp_path / "cache")}
    body = "Budget talks\n“We will not pay,” said Ann Lee.\n"
    out = subprocess.run([sys.executable, "-m", "tui", "quotes", "-", "--format", "jsonl"], input=body,
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    (rec,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert rec["title"] == "Budget talks" and [q["speaker"] for q in rec["quotes"]] == ["Ann Lee"]
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())  # nothing cached
    # the reader needs the terminal for its keys: one clear line, no traceback
    out = subprocess.run([sys.executable, "-m", "tui", "-"], input=body, capture_output=True, text=True, env=env)
    assert out.returncode == 2 and "standard input" in out.stderr and "Traceback" not in out.stderr


def test_config_path_show_and_check(capsys, tmp_path, monkeypatch):
    path = tmp_path / "config.yaml"
    monkeypatch.setenv("PRESSROOM_CONFIG", str(path))
    code, out, _ = run(capsys, "config", "path")
    assert (code, out.strip()) == (0, str(path))
    code, out, _ = run(capsys, "config", "check")
    assert code == 0 and "no config file" in out
    path.write_text("keys:\n  clip: x\ntheme: nope\n", encoding="utf-8")
    code, out, err = run(capsys, "config", "show")
    assert code == 1 and "  clip: x" in out and f"{path} (line 3): no theme 'nope'" in err
