"""The files a user keeps (clippings, corrections, config): where they live, and writing them safely."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def user_file(env: str, folder: str, name: str) -> Path:
    """``$env`` when it names a file, else ``name`` in the user ``folder``
    (``data`` or ``config``, by platformdirs: ``$XDG_DATA_HOME/pressroom``,
    ``$XDG_CONFIG_HOME/pressroom`` on Linux)."""
    named = os.environ.get(env)
    if named:
        return Path(named)
    from platformdirs import user_config_dir, user_data_dir

    base = user_data_dir if folder == "data" else user_config_dir
    return Path(base("pressroom", appauthor=False)) / name


def write_atomically(path: Path, body: str) -> Path:
    """``body`` written to ``path`` through a temporary file in the same
    folder and a rename: a crash or a second reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
