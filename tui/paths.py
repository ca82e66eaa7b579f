"""Where the packaged data lives, in a source checkout and in an installed wheel.

In a checkout (or an editable install) ``content/`` and ``seeds/`` sit beside
the ``tui`` package; a wheel carries them inside it as ``tui/_content`` and
``tui/_seeds`` (see ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _find(installed: str, checkout: str) -> Path:
    inside = _HERE / installed
    if inside.is_dir():
        return inside
    return _HERE.parent / checkout


def content_dir() -> Path:
    return _find("_content", "content")


def seeds_dir() -> Path:
    return _find("_seeds", "seeds")
