"""The system clipboard, where the machine has one.

The reader always copies through OSC 52 (``App.copy_to_clipboard``, which
works over SSH and inside tmux with ``set -g set-clipboard on``); this adds
the platform's own tool when there is one, so a local paste works even in a
terminal that ignores OSC 52.  Nothing here blocks the UI: the app calls it
from a worker thread.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


def _candidates() -> list[list[str]]:
    if sys.platform == "darwin":
        return [["pbcopy"]]
    if sys.platform.startswith("win") or "microsoft" in os.uname().release.lower() if hasattr(os, "uname") else False:
        return [["clip.exe"], ["clip"]]
    tools = []
    if os.environ.get("WAYLAND_DISPLAY"):
        tools.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        tools += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    return tools


def system_copy(text: str, timeout: float = 2.0) -> str | None:
    """Copy ``text`` with the platform's clipboard tool; the tool's name, or None."""
    for cmd in _candidates():
        if shutil.which(cmd[0]) is None:
            continue
        try:
            subprocess.run(cmd, input=text.encode("utf-8"), check=True, timeout=timeout,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            continue
        return cmd[0]
    return None
