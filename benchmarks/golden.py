"""Golden snapshot of every attribution on the shared corpora.

    python benchmarks/golden.py                 # compare with tests/golden/attributions.json
    python benchmarks/golden.py --write         # record the current parser as the golden snapshot
    python benchmarks/golden.py --dump FILE     # every record in full, to diff two revisions

For every article of the PolNeAR dev split and the BBC corpus (both under
``../shared``), parsed as the command line parses (quotations only) and as
the reader parses (reported speech too), each quote's span, kind, rule,
mention, cue, resolution, role and local speaker, and the library's merged
speaker for it; then the library's merged speakers. The committed snapshot
holds one digest per article and per library, never the texts (the corpora
may not be redistributed); ``--dump`` writes the records themselves, so that
a change can be read record by record (``diff`` two dumps).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

SHARED = HERE.parent / "shared"
CORPORA = {
    "polnear": SHARED / "eval" / "polnear" / "articles",
    "bbc": SHARED / "corpora" / "bbc",
}
SNAPSHOT = HERE / "tests" / "golden" / "attributions.json"


def records(folder: Path, reported: bool):
    """``(article id, [quote records])`` in library order, then ``("", [speaker records])``."""
    from tui.attribution import Rule
    from tui.library import build_index

    index = build_index([folder], reported=reported)
    for art in index.articles:
        out = []
        for q in index.quotes_of(art.id):
            sp = index.speakers.get(q.speaker_id) if q.speaker_id else None
            out.append([q.start, q.end, q.kind, Rule(q.rule).family, q.mention,
                        [q.mention_span.start, q.mention_span.end] if q.mention_span else None,
                        [q.cue_span.start, q.cue_span.end] if q.cue_span else None,
                        q.resolution, q.role, q.speaker_id, sp.name if sp else None, sp.kind if sp else None])
        yield art.id, out
    yield "", [[s.id, s.name, s.kind, list(s.roles), list(s.aliases), [list(a) for a in s.articles],
                [list(r) for r in s.article_roles], s.quote_count] for s in index.speakers.values()]


def _digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).hexdigest()[:20]


def snapshot(dump=None) -> dict[str, str]:
    """``{"corpus/mode/article id": digest}`` (``corpus/mode/`` for the library's speakers)."""
    out: dict[str, str] = {}
    for corpus, folder in CORPORA.items():
        for mode, reported in (("quotes", False), ("reader", True)):
            for aid, recs in records(folder, reported):
                key = f"{corpus}/{mode}/{aid}"
                out[key] = _digest(recs)
                if dump is not None:
                    dump.write(json.dumps({"key": key, "records": recs}, ensure_ascii=False) + "\n")
    return out


def available() -> bool:
    return all(folder.is_dir() for folder in CORPORA.values())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="record the current parser as the golden snapshot")
    ap.add_argument("--dump", help="also write every record to this file (JSON Lines)")
    args = ap.parse_args(argv)
    if not available():
        print(f"golden: the corpora are not here ({', '.join(str(f) for f in CORPORA.values())})", file=sys.stderr)
        return 2
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    try:
        now = snapshot(dump)
    finally:
        if dump is not None:
            dump.close()
    if args.write:
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(json.dumps(now, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"golden: wrote {len(now)} digests to {SNAPSHOT}")
        return 0
    want = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    changed = sorted(k for k in want.keys() | now.keys() if want.get(k) != now.get(k))
    print(f"golden: {len(now)} digests, {len(changed)} differ from {SNAPSHOT.name}")
    for k in changed[:40]:
        print(f"  {k}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
