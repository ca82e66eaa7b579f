"""The user's settings for the reader: ``config.yaml`` in the user config folder.

``$XDG_CONFIG_HOME/pressroom/config.yaml`` on Linux (platformdirs);
``PRESSROOM_CONFIG`` names another file. Every setting is optional::

    keys:            # key bindings by action id (see `pressroom config show`)
      copy: ctrl+y
      clip: x
    theme: nord      # one of Textual's themes
    kinds: [direct, mixed, indirect]   # the quote kinds the article pane shows at first

A broken file never stops the reader: :func:`load` returns the defaults and
one line per problem, naming the file (and the line, where YAML gives one).
The citation templates live with the lexicons (``citation:`` in a
``defaults.yaml`` of a content folder: see the README).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import QUOTE_KINDS as ALL_KINDS
from .userfiles import user_file

#: every action a key can be bound to, by id, with what it does (the reader's bindings carry these ids)
ACTIONS: dict[str, str] = {
    "search": "search quotes, text, speakers and titles",
    "copy": "copy the current quote with its attribution",
    "copy-markdown": "copy the current quote as a Markdown blockquote",
    "clip": "clip the current quote, or unclip it",
    "clippings": "the clippings",
    "quotes": "every quote as a table",
    "next-highlight": "next highlighted passage",
    "previous-highlight": "previous highlighted passage",
    "speaker-scope": "speakers of this article / of the library",
    "kinds": "show or hide reported speech",
    "sort": "sort the library by date or title",
    "filter": "filter the library or the speakers",
    "problems": "problems found while loading",
    "help": "the keys",
    "quit": "quit",
}

SETTINGS = ("keys", "theme", "kinds")


@dataclass
class Config:
    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    kinds: tuple[str, ...] | None = None
    path: Path | None = None


def default_path() -> Path:
    return user_file("PRESSROOM_CONFIG", "config", "config.yaml")


def _line_of(node_lines: dict[str, int], key: str) -> str:
    return f" (line {node_lines[key]})" if key in node_lines else ""


def load(path: Path | None = None, themes: frozenset[str] | None = None) -> tuple[Config, list[str]]:
    """The settings in ``path`` and one line per problem; the defaults for
    whatever is missing or wrong. ``themes``: the names a theme may take."""
    path = path or default_path()
    cfg = Config(path=path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return cfg, []
    except (OSError, UnicodeDecodeError) as exc:
        return cfg, [f"{path}: cannot read the config ({exc.__class__.__name__}); the defaults are used"]
    loader = yaml.SafeLoader(raw)
    try:
        node = loader.get_single_node()  # read once: the nodes give the lines, the data is built from them
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        why = getattr(exc, "problem", None) or "syntax error"
        return cfg, [f"{path}{where}: not valid YAML ({why}); the defaults are used"]
    finally:
        loader.dispose()
    if data is None:
        return cfg, []
    if not isinstance(data, dict):
        return cfg, [f"{path}: the config is a mapping of settings (keys, theme, kinds); the defaults are used"]
    lines: dict[str, int] = {}  # setting -> its line; "keys.ACTION" -> the line of that key
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                lines[k.value] = k.start_mark.line + 1
                if k.value == "keys" and isinstance(v, yaml.MappingNode):
                    lines.update((f"keys.{a.value}", a.start_mark.line + 1) for a, _ in v.value
                                 if isinstance(a, yaml.ScalarNode))
    problems: list[str] = []
    for key in data:
        if key not in SETTINGS:
            problems.append(f"{path}{_line_of(lines, str(key))}: unknown setting {key!r} "
                            f"(settings: {', '.join(SETTINGS)}); ignored")
    keys = data.get("keys")
    if keys is not None:
        if not isinstance(keys, dict):
            problems.append(f"{path}{_line_of(lines, 'keys')}: keys is a mapping of action id to key; ignored")
        else:
            for action, key in keys.items():
                if action not in ACTIONS:
                    problems.append(f"{path}{_line_of(lines, f'keys.{action}')}: no action {action!r} to bind "
                                    f"(actions: {', '.join(ACTIONS)}); ignored")
                elif not isinstance(key, str) or not key.strip():
                    problems.append(f"{path}{_line_of(lines, f'keys.{action}')}: the key for {action!r} is not a key name; ignored")
                else:
                    cfg.keys[action] = key.strip()
    theme = data.get("theme")
    if theme is not None:
        if not isinstance(theme, str) or (themes is not None and theme not in themes):
            known = f" (themes: {', '.join(sorted(themes))})" if themes else ""
            problems.append(f"{path}{_line_of(lines, 'theme')}: no theme {theme!r}{known}; the default is used")
        else:
            cfg.theme = theme
    kinds = data.get("kinds")
    if kinds is not None:
        if not isinstance(kinds, list) or not kinds or any(k not in ALL_KINDS for k in kinds):
            problems.append(f"{path}{_line_of(lines, 'kinds')}: kinds is a list of {', '.join(ALL_KINDS)}; "
                            "the default is used")
        else:
            cfg.kinds = tuple(dict.fromkeys(kinds))
    return cfg, problems


def show(cfg: Config) -> str:
    """The effective settings, as YAML a user could put in the file."""
    lines = [f"# {cfg.path}", "keys:"]
    for action, what in ACTIONS.items():
        key = cfg.keys.get(action)
        lines.append(f"  {action}: {key}" if key else f"  # {action}: (default) - {what}")
    lines.append(f"theme: {cfg.theme}" if cfg.theme else "# theme: (default)")
    lines.append(f"kinds: [{', '.join(cfg.kinds)}]" if cfg.kinds else "# kinds: (default: every kind)")
    return "\n".join(lines) + "\n"
