"""The core never imports Textual; only tui.ui does."""

import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "tui"


def core_modules() -> list[str]:
    """Every module of the package outside tui.ui, sub-packages included."""
    out = []
    for p in sorted(PKG.rglob("*.py")):
        rel = p.relative_to(PKG.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        if "ui" not in parts[1:2] and parts[-1] != "__main__":
            out.append(".".join(parts))
    return out


def test_core_modules_do_not_import_textual():
    core = core_modules()
    assert "tui.attribution.rules" in core and "tui.ui.app" not in core
    code = (
        "import sys\n"
        f"for m in {core!r}: __import__(m)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PKG.parent)
    assert out.stdout.strip() == "", f"core pulled in: {out.stdout.strip()}"
