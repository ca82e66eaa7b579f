"""Index speed of this checkout against another revision, in one process.

    python benchmarks/ab_index.py [REV] [--rounds 7] [--folder FOLDER]

REV (default ``HEAD``) is checked out into a temporary git worktree and its
``tui`` package imported under another name, so both versions parse the same
files in the same process, turn about, with the same warm caches.  The best
round of each is compared: on a shared machine run-to-run noise is several
per cent, far more than most single changes cost, and only a same-process
ratio shows a real difference.  Without reported speech, as
``bench_index.py`` measures it.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

DEFAULT = HERE.parent / "shared" / "eval" / "polnear" / "articles"


def load_as(name: str, root: Path):
    """Import ``root/tui`` as package ``name`` (its modules import each other relatively)."""
    spec = importlib.util.spec_from_file_location(name, root / "tui" / "__init__.py",
                                                  submodule_search_locations=[str(root / "tui")])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return importlib.import_module(name + ".index")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", nargs="?", default="HEAD")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--folder", default=str(DEFAULT))
    args = ap.parse_args(argv)
    from tui.index import build_index as build_new

    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(HERE), "worktree", "add", "--detach", "-q", str(wt), args.rev], check=True)
        try:
            # the base reads its own content/ (paths.py looks beside its package)
            build_base = load_as("tui_base", wt).build_index
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
