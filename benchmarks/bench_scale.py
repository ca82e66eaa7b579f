"""Scale: index build, re-open, search keystrokes, relevance, first frame, memory.

    python benchmarks/bench_scale.py [--corpus ../shared/corpora/bbc] [--sizes 1,10,20]
                                     [--candidates 10000,100000,1000000] [--quick]

Builds libraries by replicating the corpus into a temporary folder (it is
never copied into the repository) and prints one table. Each figure has the
baseline it is compared with, measured in the same run:

* build (read, parse, attribute, search index; parallel, cold cache)
  against reading alone;
* re-open of the unchanged library (warm cache) against the cold build;
* CPU per keystroke (every prefix of each query, as typed), median and p95,
  against one brute-force rapidfuzz pass (``partial_ratio`` over every
  candidate) per query;
* top-10 agreement with that brute force, same scorer: the share of our
  top ten whose brute-force score reaches the brute-force tenth score;
* first frame of the reader and peak RSS of a cold build (child process);
* the Quotes view (tui.table): opening it and CPU per keystroke of its
  filter, against one pass over every quote.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.ingest import iter_files  # noqa: E402
from tui.library import open_library  # noqa: E402
from tui.search import SearchIndex, normalize_query, scorer  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_reader import p95  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"

# 3, 8 and 20 characters, with and without typos; news words and names
QUERIES = [
    "bro", "tax", "uk ", "eu ", "oil", "web", "gig", "cup",
    "chelsea ", "economy ", "elektion", "microsft", "footbal ", "iraq war", "interest", "musician",
    "tony blair", "terorism", "film star", "broadband",
    "foriegn ministry", "chancelor gordon brwn", "interest rates rise", "mobile phone makers",
    "champions league final", "general election campaign", "prime minister tony blair",
    "world cup qualifier", "oscar nominations best", "consumer spending fell",
    "record label music downloads", "the home secretary said",
]


def replicate(corpus: Path, copies: int, dest: Path) -> Path:
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    for c in range(copies):
        sub = dest / f"copy{c:02d}"
        sub.mkdir(parents=True)
        for f in files:
            try:
                os.link(f, sub / f.name)
            except OSError:
                shutil.copy2(f, sub / f.name)
    return dest


def size_of(folder: Path) -> tuple[int, int]:
    files = list(iter_files([folder], []))
    return len(files), sum(os.path.getsize(f) for f in files)


def read_only(folder: Path) -> float:
    t = time.perf_counter()
    for f in iter_files([folder], []):
        Path(f).read_bytes().decode("utf-8", "replace")
    return time.perf_counter() - t


def build(folder: Path, cache: Path) -> tuple[float, object, object]:
    t = time.perf_counter()
    index, search, _ = open_library([folder], with_search=True, cache_folder=cache)
    search.warm()
    return time.perf_counter() - t, index, search


def peak_rss_child(folder: Path, cache: Path) -> float:
    """Peak RSS (MiB) of a fresh process that builds the library cold. Read
    from /proc (VmHWM, which starts afresh at exec): getrusage's ru_maxrss
    would also count the benchmark's own memory, inherited through fork
    before the exec. Worker processes are not counted."""
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from tui.library import open_library\n"
        "open_library([%r], with_search=True, cache_folder=__import__('pathlib').Path(%r))[1].warm()\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
    ) % (str(ROOT), str(folder), str(cache))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]) / 1024  # VmHWM is in kB


def keystroke_cpu(search: SearchIndex, queries) -> list[float]:
    times = []
    for q in queries:
        for i in range(1, len(q) + 1):
            t = time.process_time()
            search.search(q[:i], limit=50)
            times.append((time.process_time() - t) * 1000)
    return times


def agreement(search: SearchIndex, texts, queries) -> tuple[float, float]:
    scores, brute_times = [], []
    for q in queries:
        t = time.perf_counter()
        brute = search.brute_force(q, 10, texts)
        brute_times.append(time.perf_counter() - t)
        if not brute:
            continue
        tenth = brute[-1][0]
        ours = search.search(q, limit=10)
        if not ours:
            scores.append(0.0)
            continue
        # our hits scored exactly as the brute force scores (Hit.score is rounded for display)
        qn = normalize_query(q)
        good = sum(1 for h in ours if scorer(qn, h.candidate.text) >= tenth - 1e-9)
        scores.append(good / min(10, len(brute)))
    return statistics.mean(scores), statistics.median(brute_times)


def candidate_set(search: SearchIndex, n: int) -> SearchIndex:
    texts = [search._text(cid) for cid in range(len(search))]
    reps = (n + len(texts) - 1) // len(texts)
    texts = (texts * reps)[:n]
    return SearchIndex.from_texts(texts)


#: what a user types into the Quotes view's filter (each prefix is one keystroke)
TABLE_QUERIES = ["@blair iraq", "kind:indirect", "minister"]


def quotes_view(index) -> tuple[float, list[float], float]:
    """The Quotes view's work (tui.table, run in a worker as the user types):
    CPU of opening it (every quote, newest first), CPU per keystroke of
    TABLE_QUERIES, and the baseline: one pass over every quote."""
    from tui.table import quotes_table

    kinds = ("direct", "mixed", "nested", "indirect")
    t = time.process_time()
    sum(1 for _ in index.all_quotes(kinds))
    one_pass = time.process_time() - t
    t = time.process_time()
    quotes_table(index, "", kinds=kinds)
    open_s = time.process_time() - t
    per_key = []
    for q in TABLE_QUERIES:
        for i in range(1, len(q) + 1):
            t = time.process_time()
            quotes_table(index, q[:i], kinds=kinds)
            per_key.append(time.process_time() - t)
    return open_s, per_key, one_pass


def first_frame(folder: Path, cache: Path) -> tuple[float, float]:
    """Time to the reader's first frame, and to its library being loaded, in
    a fresh process as a user starts it (this process holds a large index
    whose garbage collection would be charged to the reader)."""
    code = (
        "import asyncio, sys; sys.path.insert(0, %r); sys.path.insert(0, %r)\n"
        "from bench_reader import first_frame\n"
        "print(*asyncio.run(first_frame([%r])))\n"
    ) % (str(ROOT), str(ROOT / "benchmarks"), str(folder))
    env = {**os.environ, "PRESSROOM_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.split()
    return float(out[0]), float(out[1])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--sizes", default="1,10,20")
    ap.add_argument("--candidates", default="10000,100000,1000000")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    figures: dict = {}
    tmp = Path(tempfile.mkdtemp(prefix="pressroom-bench-"))
    try:
        search_big = None
        for k in sizes:
            folder = replicate(Path(args.corpus), k, tmp / f"x{k}")
            cache = tmp / f"cache-x{k}"
            n_files, n_bytes = size_of(folder)
            mb = n_bytes / 1e6
            t_read = read_only(folder)
            t_build, index, search = build(folder, cache)
            del index
            gc.collect()
            t_open, index2, search2 = build(folder, cache)
            rows.append((f"x{k}: {n_files} articles, {mb:.0f} MB", "", ""))
            rows.append(("  build, cold (parallel)", f"{t_build:.2f} s", f"{n_files / t_build:,.0f} art/s, {mb / t_build:.1f} MB/s"))
            rows.append(("    baseline: read only", f"{t_read:.2f} s", f"{mb / t_read:.0f} MB/s"))
            rows.append(("  re-open, cache warm", f"{t_open:.2f} s", f"{t_build / t_open:.1f}x faster than cold build"))
            figures[f"x{k}"] = {"files": n_files, "mb": mb, "build_s": t_build, "read_s": t_read, "reopen_s": t_open,
                                "candidates": len(search2)}
            if k == max(sizes):
                rss = peak_rss_child(folder, tmp / "cache-rss")
                rows.append(("  peak RSS, cold build (main process)", f"{rss:.0f} MiB", f"{rss / (n_bytes / 2**20):.1f}x the text"))
                first_frame(folder, cache)  # the reader's own cache (it also reads reported speech)
                ff, loaded = first_frame(folder, cache)
                rows.append(("  reader first frame (cache warm)", f"{ff * 1000:.0f} ms", "target <= 300 ms"))
                rows.append(("    library loaded in the reader", f"{loaded:.2f} s", "in a worker, after the first frame"))
                figures[f"x{k}"].update({"rss_mib": rss, "first_frame_ms": ff * 1000, "reader_loaded_s": loaded})
                open_s, per_key, one_pass = quotes_view(index2)
                rows.append(("  Quotes view: open (every quote, newest first)", f"{open_s * 1000:.0f} ms", ""))
                rows.append(("  Quotes view: CPU per keystroke, median", f"{statistics.median(per_key) * 1000:.0f} ms",
                             f"p95 {p95([x * 1000 for x in per_key]):.0f} ms"))
                rows.append(("    baseline: one pass over every quote", f"{one_pass * 1000:.0f} ms", ""))
                figures[f"x{k}"].update({"quotes_view_open_ms": open_s * 1000,
                                         "quotes_view_key_median_ms": statistics.median(per_key) * 1000,
                                         "quotes_one_pass_ms": one_pass * 1000})
                search_big = search2
            del index2, search2, search
            gc.collect()
        if search_big is not None:
            for n in [int(x) for x in args.candidates.split(",")]:
                s = candidate_set(search_big, n)
                texts = [s._text(cid) for cid in range(len(s))]
                s.warm()
                gc.collect()
                gc.freeze()
                cpu = keystroke_cpu(s, QUERIES)
                agree, brute = agreement(s, texts, QUERIES)
                gc.unfreeze()
                rows.append((f"search, {n:,} candidates", "", ""))
                rows.append(("  CPU per keystroke, median", f"{statistics.median(cpu):.1f} ms", "target <= 16 ms"))
                rows.append(("  CPU per keystroke, p95", f"{p95(cpu):.1f} ms", "target <= 25 ms"))
                rows.append(("    baseline: brute-force rapidfuzz, per query", f"{brute * 1000:.0f} ms", ""))
                rows.append(("  top-10 agreement with brute force", f"{agree * 100:.0f} %", "target >= 90 %"))
                figures[f"search_{n}"] = {"median_ms": statistics.median(cpu), "p95_ms": p95(cpu),
                                          "brute_ms": brute * 1000, "agreement": agree}
                del s, texts
                gc.collect()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    width = max(len(r[0]) for r in rows) + 2
    for name, value, note in rows:
        print(f"{name:<{width}}{value:>12}   {note}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
