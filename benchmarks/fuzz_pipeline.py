"""Fuzz the whole pipeline: ingest -> parse -> index -> cache write -> cache read.

    python benchmarks/fuzz_pipeline.py [--seconds 180] [--seed 0] [--keep FOLDER]

A seeded generator writes small libraries of random articles: random
structures (the seed format, front matter, plain text, JSON, JSON Lines)
built from the pieces news is made of (names, cue verbs, every kind of quote
mark, apostrophes, dashes, colons, markup, control characters, blank lines),
random bytes, and real articles from ../shared with random edits. Each
library is opened without the cache, then with a cold cache, a warm one and,
every other time, a cache with random bytes flipped; with and without
reported speech and the search index. It checks that nothing raises, that
every span is exact (``text == article.text[start:end]``, paragraphs inside
the text) and that every cached reading equals the uncached one. A failing
library is copied to --keep (default ./fuzz-failures) to reproduce it.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from tui.library import LibraryCache, open_library  # noqa: E402

CORPORA = [HERE.parent / "shared" / "corpora" / "bbc", HERE.parent / "shared" / "eval" / "polnear" / "articles"]

WORDS = ["the", "minister", "said", "told", "reporters", "added", "according", "to", "he", "she", "it", "they",
         "who", "which", "that", "Ann", "Lee", "Mr.", "Mrs", "Dr", "Smith", "Tony", "Blair", "the", "Foreign",
         "Ministry", "spokesman", "officials", "CNN", "(AP)", "(KCNA)", "U.S.", "said,", "says:", "asked", "whether",
         "poll", "31%", "of", "Republicans", "on", "Monday", "and", "but", "warned", "insisted", "claims", "a",
         "statement", "Ms.", "Jeon", "Ha-kyu,", "spokesperson", "for", "Defense,", "O'Neil", "rock", "’n’", "roll",
         "’90s", "players’", "it’s", "Korea’s", "WASHINGTON", "—", "--", "-", ":", ";", ",", ".", "!", "?", "…",
         "“", "”", "‘", "’", '"', "'", "„", "«", "»", "<tweet", 'id="1">', "</a>", "[bold]", "\x1b[2J", "\x07",
         "\u202e", "é", "中文", "\ufeff", "\t", "  ", "PENCE:", "WALLACE:", "#", "---", "{", "}", "[", "]"]


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30)))


def paragraph(rng: random.Random) -> str:
    p = " ".join(sentence(rng) for _ in range(rng.randint(1, 6)))
    if rng.random() < 0.1:
        p = p.replace(" ", "\n", rng.randint(1, 3))
    return p


def body(rng: random.Random) -> str:
    sep = rng.choice(["\n", "\n\n", "\r\n", "\r", "\n \n"])
    return sep.join(paragraph(rng) for _ in range(rng.randint(0, 8)))


def article_file(rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(["seed", "front", "plain", "json", "jsonl", "bytes", "mutated", "mutated", "empty"])
    if kind == "seed":
        text = f"date 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} {sentence(rng)}\n" + body(rng)
        return ".txt", text.encode("utf-8")
    if kind == "front":
        meta = rng.choice(["title: T\ndate: 2024-01-02\n", "title: [unclosed\n", "a: &a [x, x]\nb: [*a, *a]\n",
                           "title: " + sentence(rng) + "\nauthor: [a, b]\n", "- list\n", ""])
        close = rng.choice(["---", "...", ""])
        return ".md", f"---\n{meta}{close}\n{body(rng)}".encode("utf-8")
    if kind == "plain":
        return ".txt", body(rng).encode(rng.choice(["utf-8", "utf-8-sig", "utf-16", "cp1252"]), "replace")
    if kind in ("json", "jsonl"):
        recs = [{"id": rng.choice(["a", "b", "", None, 3]), "title": rng.choice([sentence(rng), None, ["x"]]),
                 rng.choice(["text", "body", "content", "nope"]): rng.choice([body(rng), None, 5, ""]),
                 "date": rng.choice(["2024-01-01", "yesterday", None])} for _ in range(rng.randint(0, 4))]
        if kind == "json":
            data = json.dumps(rng.choice([recs, {"articles": recs}, recs[:1] or {}]), ensure_ascii=rng.random() < 0.5)
        else:
            data = "\n".join(json.dumps(r) if rng.random() < 0.85 else "{broken" for r in recs)
        return "." + kind, data.encode("utf-8")
    if kind == "bytes":
        return rng.choice([".txt", ".md", ".json", ".jsonl"]), bytes(rng.randrange(256) for _ in range(rng.randint(1, 3000)))
    if kind == "mutated":
        files = [f for c in CORPORA if c.is_dir() for f in sorted(c.glob("*.txt"))[:400]]
        data = bytearray(rng.choice(files).read_bytes() if files else body(rng).encode("utf-8"))
        for _ in range(rng.randint(1, 30)):
            op, i = rng.random(), rng.randrange(len(data) + 1)
            if op < 0.3:
                data[i:i] = rng.choice(WORDS).encode("utf-8")
            elif op < 0.6 and data:
                del data[i : i + rng.randint(1, 40)]
            elif data:
                data[min(i, len(data) - 1)] = rng.randrange(256)
        return ".txt", bytes(data)
    return ".txt", b""


def reading(index) -> tuple:
    """Everything a user sees of a library, and the checks every reading must pass."""
    for art in index.articles:
        text = art.text
        for p in art.paragraphs:
            assert 0 <= p.start <= p.end <= len(text), (art.id, p)
        for q in index.quotes_of(art.id):
            assert text[q.start : q.end] == q.text, (art.id, q.id)
            assert q.paragraph in {p.index for p in art.paragraphs}, (art.id, q.id)
    quotes = [(q.id, q.start, q.end, q.kind, q.speaker_id, q.mention, q.cue, q.role, q.resolution)
              for q in index.all_quotes()]
    speakers = sorted((s.id, s.name, s.kind, s.roles, s.aliases, s.articles) for s in index.speakers.values())
    articles = [(a.id, a.title, a.date, len(a.paragraphs)) for a in index.articles]
    problems = sorted(str(p) for p in index.problems if "cache" not in p.message)
    return articles, quotes, speakers, problems


def flip(path: Path, rng: random.Random) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 200)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))


def one_case(rng: random.Random, lib: Path, cache: Path, damage: bool) -> None:
    reported = rng.random() < 0.5
    with_search = rng.random() < 0.5
    want = reading(open_library([lib], use_cache=False, reported=reported)[0])
    cold, search, _ = open_library([lib], cache_folder=cache, reported=reported, with_search=with_search)
    assert reading(cold) == want, "cold cache"
    if with_search and search is not None:
        search.search(rng.choice(WORDS) + " " + rng.choice(WORDS), limit=5)
    warm = open_library([lib], cache_folder=cache, reported=reported, with_search=with_search)[0]
    assert reading(warm) == want, "warm cache"
    if damage:
        flip(LibraryCache([str(lib)], cache, reported).path, rng)
        damaged = open_library([lib], cache_folder=cache, reported=reported, with_search=with_search)[0]
        assert reading(damaged) == want, "damaged cache"
        assert sum("cache" in p.message for p in damaged.problems) <= 1, "more than one cache warning"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=180)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", default="fuzz-failures", help="where to copy a failing library")
    args = ap.parse_args(argv)
    start = time.monotonic()
    cases = files = failures = 0
    while time.monotonic() - start < args.seconds:
        case_seed = args.seed * 1_000_003 + cases
        rng = random.Random(case_seed)
        with tempfile.TemporaryDirectory() as tmp:
            lib, cache = Path(tmp) / "lib", Path(tmp) / "cache"
            lib.mkdir()
            for n in range(rng.randint(1, 6)):
                suffix, data = article_file(rng)
                (lib / f"f{n}{suffix}").write_bytes(data)
                files += 1
            try:
                one_case(rng, lib, cache, damage=cases % 2 == 1)
            except Exception:  # noqa: BLE001 - every failure is reported and kept
                failures += 1
                keep = Path(args.keep) / f"case-{case_seed}"
                shutil.copytree(lib, keep, dirs_exist_ok=True)
                print(f"case {case_seed}: FAILED (library kept in {keep})\n{traceback.format_exc()}", flush=True)
        cases += 1
    elapsed = time.monotonic() - start
    print(f"fuzz: {cases} libraries ({files} files), {elapsed:.0f} s, {failures} failure(s); seed {args.seed}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
