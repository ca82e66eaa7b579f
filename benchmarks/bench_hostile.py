"""Growing pathological inputs against ordinary news of the same size.

    python benchmarks/bench_hostile.py [--sizes 1,2,4,8] [--reported] [--cases giant,marks,quotes,word]

Each input is written to a temporary folder and read by a fresh process (so
that its peak memory is its own) on one core, parsed as ``pressroom check`` parses it
(with ``--reported``, as the reader does: reported speech too), without the
cache. For each size it prints the time and the peak memory above an empty
run's, and two ratios: time against the same case at the size before (about
2 when the cost is linear, 4 when it is quadratic) and time against ordinary
news of the same size.

Cases (all one file, one line, unless said):
  giant   ordinary news text (the BBC corpus, or generated sentences) on one line
  marks   words with opening quote marks that never close
  quotes  a paragraph of short quotes ("ok," she said. "no.")
  word    one word with no spaces at all
  news    ordinary news of the same size: BBC articles as separate files
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
BBC = HERE.parent / "shared" / "corpora" / "bbc"
MB = 1_000_000

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from tui.content import load_lexicon
from tui.library import open_library

def peak_kb():
    # the high-water mark of this process's own memory: ru_maxrss would include
    # the parent's, which Linux keeps across exec
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

load_lexicon()
t = time.perf_counter()
index, _search, _stats = open_library([sys.argv[2]], use_cache=False, reported=sys.argv[3] == "1", workers=1)
elapsed = time.perf_counter() - t
print(json.dumps({"seconds": elapsed, "peak_kb": peak_kb(), "articles": len(index.articles),
                  "quotes": index.quote_count}))
"""


def news_paragraphs() -> list[str]:
    """Paragraphs of ordinary news: the BBC corpus where it is here, else generated."""
    if BBC.is_dir():
        out = []
        for f in sorted(BBC.glob("*.txt")):
            out += [ln for ln in f.read_text(encoding="utf-8").split("\n")[1:] if ln.strip()]
        return out
    rng = random.Random(0)
    names = ["Tony Blair", "Gordon Brown", "the minister", "a spokesman", "Ms Smith", "officials"]
    verbs = ["said", "told reporters", "added", "warned"]
    out = []
    for i in range(20000):
        who, verb = rng.choice(names), rng.choice(verbs)
        out.append(f"The plan for item {i} was announced on Monday. \u201cWe will look at it again,\u201d {who} {verb}. "
                   f"Critics said it would cost more than expected, and {who} {verb} the talks would go on.")
    return out


def text_of(paragraphs: list[str], size: int, sep: str) -> str:
    out, total, i = [], 0, 0
    while total < size:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        total += len(p) + len(sep)
        i += 1
    return sep.join(out)[:size]


def write_case(case: str, size: int, folder: Path, paragraphs: list[str]) -> Path:
    rng = random.Random(size)
    if case == "news":  # separate files of ordinary size, as a library holds them
        lib = folder / "news"
        lib.mkdir()
        total, n = 0, 0
        while total < size:
            body = "\n".join(paragraphs[(n * 5 + k) % len(paragraphs)] for k in range(5))
            (lib / f"{n:05}.txt").write_text(f"Story {n}\n{body}\n", encoding="utf-8")
            total += len(body)
            n += 1
        return lib
    if case == "giant":
        text = text_of(paragraphs, size, " ")
    elif case == "marks":
        words = text_of(paragraphs, size, " ").split(" ")
        text = " ".join("\u201c" + w if rng.random() < 0.2 else w for w in words)[:size]
    elif case == "quotes":
        text = ("\u201cok,\u201d she said. \u201cno.\u201d " * (size // 26 + 1))[:size]
    elif case == "word":
        text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))
    else:
        raise SystemExit(f"unknown case {case!r}")
    path = folder / f"{case}.txt"
    path.write_text("Title\n" + text + "\n", encoding="utf-8")
    return path


def measure(path: Path, reported: bool) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(HERE), str(path), "1" if reported else "0"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MB")
    ap.add_argument("--cases", default="giant,marks,quotes,word")
    ap.add_argument("--reported", action="store_true", help="parse reported speech too, as the reader does")
    args = ap.parse_args(argv)
    sizes = [float(x) for x in args.sizes.split(",")]
    cases = ["news", *args.cases.split(",")]
    paragraphs = news_paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("Title\nA line.\n", encoding="utf-8")
        base_kb = measure(empty, args.reported)["peak_kb"]
        print(f"news text: {'BBC corpus' if BBC.is_dir() else 'generated'}; parsing "
              f"{'with' if args.reported else 'without'} reported speech; peak memory above an empty run's "
              f"({base_kb / 1024:.0f} MB)")
        print(f"{'case':<8}{'MB':>5}{'seconds':>10}{'x size before':>15}{'x news':>9}{'peak MB':>10}"
              f"{'x text':>8}{'quotes':>9}")
        news_time: dict[float, float] = {}
        for case in cases:
            before = None
            for size in sizes:
                folder = Path(tmp) / f"{case}-{size}"
                folder.mkdir()
                r = measure(write_case(case, int(size * MB), folder, paragraphs), args.reported)
                secs, peak = r["seconds"], max(0, r["peak_kb"] - base_kb) / 1024
                if case == "news":
                    news_time[size] = secs
                growth = f"{secs / before:.2f}" if before else "-"
                vs_news = f"{secs / news_time[size]:.2f}" if size in news_time and case != "news" else "-"
                print(f"{case:<8}{size:>5g}{secs:>10.2f}{growth:>15}{vs_news:>9}{peak:>10.0f}"
                      f"{peak / size:>8.1f}{r['quotes']:>9}", flush=True)
                before = secs
    return 0


if __name__ == "__main__":
    sys.exit(main())
