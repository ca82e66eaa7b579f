"""The core never imports Textual; only tui.ui does."""

import subprocess
import sys
from pathlib import Path

CORE = ["tui.model", "tui.content", "tui.ingest", "tui.quotes", "tui.attribution", "tui.speakers",
        "tui.parser", "tui.index", "tui.library", "tui.procs", "tui.search", "tui.citation", "tui.cli"]


def test_core_modules_do_not_import_textual():
    code = (
        "import sys\n"
        f"for m in {CORE!r}: __import__(m)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "", f"core pulled in: {out.stdout.strip()}"


def test_every_core_module_is_checked():
    pkg = Path(__file__).resolve().parents[2] / "tui"
    modules = {f"tui.{p.stem}" for p in pkg.glob("*.py") if p.stem not in ("__init__", "__main__")}
    assert modules <= set(CORE) | {"tui.paths"}, modules - set(CORE)
