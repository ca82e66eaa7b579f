"""Index speed of this checkout against another revision, in one process.

    python benchmarks/ab_index.py [REV] [--rounds 7] [--folder FOLDER]

REV (default ``HEAD``) is checked out into a temporary git worktree and its
``tui`` package imported under another name, so both versions parse the same
files in the same process, turn about, with the same warm caches.  The best
round of each is compared: on a shared machine run-to-run noise is several
per cent, far more than most single changes cost, and only a same-process
ratio shows a real difference.  Without reported speech, as
``bench_index.py`` measures it.

``--instructions`` counts instructions instead (valgrind's callgrind, when
installed): each version parses the library once in a process of its own,
less the same process's start-up.  The count is the same from run to run,
so even a one per cent change shows.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

DEFAULT = HERE.parent / "shared" / "eval" / "polnear" / "articles"


def load_as(name: str, root: Path):
    """``build_index`` of ``root/tui`` imported as package ``name`` (its
    modules import each other relatively). It lives in ``tui.library`` now,
    in ``tui.index`` in revisions before that."""
    spec = importlib.util.spec_from_file_location(name, root / "tui" / "__init__.py",
                                                  submodule_search_locations=[str(root / "tui")])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    library = importlib.import_module(name + ".library")
    if hasattr(library, "build_index"):
        return library.build_index
    return importlib.import_module(name + ".index").build_index


_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from tui.content import load_lexicon
try:
    from tui.library import build_index
except ImportError:  # a revision from before build_index moved there
    from tui.index import build_index
load_lexicon()
if sys.argv[2] == "build":
    build_index([sys.argv[3]])
"""


def instructions(root: Path, what: str, folder: str) -> int:
    """Instructions callgrind counts for the child script in ``root``."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-c", _CHILD, str(root), what, folder],
                         capture_output=True, text=True, check=True).stderr
    line = next(ln for ln in out.splitlines() if "Collected" in ln)
    return int(line.split()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", nargs="?", default="HEAD")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--folder", default=str(DEFAULT))
    ap.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead of timing")
    args = ap.parse_args(argv)
    from tui.library import build_index as build_new
    if args.instructions and shutil.which("valgrind") is None:
        ap.error("--instructions needs valgrind (apt-get install valgrind)")

    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(HERE), "worktree", "add", "--detach", "-q", str(wt), args.rev], check=True)
        try:
            if args.instructions:
                counts = {label: instructions(root, "build", args.folder) - instructions(root, "start", args.folder)
                          for label, root in (("base", wt), ("this", HERE))}
                print(f"library: {args.folder}, instructions to parse it once (start-up subtracted)")
                for label in ("base", "this"):
                    print(f"  {label + (' (' + args.rev + ')' if label == 'base' else ' (working tree)'):<28}"
                          f"{counts[label] / 1e6:>10.1f} M")
                print(f"this / base instructions: {counts['this'] / counts['base']:.4f}x")
                return
            # the base reads its own content/ (paths.py looks beside its package)
            build_base = load_as("tui_base", wt)
            runs = {"base": [], "this": []}
            order = [("base", build_base), ("this", build_new)]
            for r in range(args.rounds):
                for label, fn in order if r % 2 == 0 else order[::-1]:  # who goes first changes each round
                    index = None
                    gc.collect()
                    t0 = time.perf_counter()
                    index = fn([args.folder])
                    runs[label].append(time.perf_counter() - t0)
            n = len(index.articles)
        finally:
            subprocess.run(["git", "-C", str(HERE), "worktree", "remove", "--force", str(wt)], check=False)
    best = {k: min(v) for k, v in runs.items()}
    print(f"library: {args.folder} ({n} articles), best of {args.rounds} rounds, turn about")
    for label in ("base", "this"):
        print(f"  {label + (' (' + args.rev + ')' if label == 'base' else ' (working tree)'):<28}"
              f"{best[label]:.3f} s  {n / best[label]:>7.0f} articles/s")
    print(f"this / base speed: {best['base'] / best['this']:.3f}x")


if __name__ == "__main__":
    main()
