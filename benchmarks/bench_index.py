"""Index speed: read + parse + attribute + index the PolNeAR dev articles.

    python benchmarks/bench_index.py [FOLDER] [--repeat 5]

Reports articles/s and MB/s on one core (best of --repeat runs), with a
read-only baseline (reading and decoding the same files) measured in the
same process for comparison.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.content import load_lexicon  # noqa: E402
from tui.ingest import iter_files  # noqa: E402
from tui.library import build_index  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "polnear" / "articles"


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    files = list(iter_files([args.folder], []))
    size = sum(Path(f).stat().st_size for f in files)
    load_lexicon()  # loaded once per process, as in the app

    def read_only():
        for f in files:
            Path(f).read_bytes().decode("utf-8", "replace")

    t_read, _ = best(read_only, args.repeat)
    t_index, index = best(lambda: build_index([args.folder]), args.repeat)
    t_rep, index_rep = best(lambda: build_index([args.folder], reported=True), args.repeat)
    n = len(index.articles)
    mb = size / 1e6
    print(f"library: {args.folder}")
    print(f"articles: {n}, {mb:.2f} MB, quotes: {index.quote_count}, speakers: {len(index.speakers)}")
    print(f"{'step':<28}{'seconds':>10}{'articles/s':>14}{'MB/s':>10}")
    print(f"{'read+decode (baseline)':<28}{t_read:>10.3f}{n / t_read:>14.0f}{mb / t_read:>10.1f}")
    print(f"{'index (read+parse+attrib)':<28}{t_index:>10.3f}{n / t_index:>14.0f}{mb / t_index:>10.1f}")
    print(f"{'index + reported speech':<28}{t_rep:>10.3f}{n / t_rep:>14.0f}{mb / t_rep:>10.1f}")
    print(f"index / read time ratio: {t_index / t_read:.1f}x; reported speech pass: {t_rep / t_index:.2f}x the index time"
          f" ({index_rep.quote_count - index.quote_count} indirect quotes)")


if __name__ == "__main__":
    main()
