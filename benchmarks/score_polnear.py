"""Score the parser on the PolNeAR dev split with the shared scorer.

    python benchmarks/score_polnear.py [--eval-dir ../shared/eval] [--kinds direct,mixed] [--by-kind]

Writes predictions for ``polnear/articles/*.txt`` (offsets into the .txt
files) and runs ``score_quotes.py --pred-offsets txt`` on them.  The speaker
sent to the scorer is the mention nearest the cue, as in the gold data
(a resolved name where the mention is a pronoun).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.content import load_lexicon  # noqa: E402
from tui.index import build_index  # noqa: E402


def predictions(index, kinds):
    pronouns = load_lexicon().pronouns
    for art in index.articles:
        quotes = []
        for q in index.quotes_of(art.id):
            if q.kind not in kinds:
                continue
            sp = index.speaker(q.speaker_id) if q.speaker_id else None
            # a pronoun (resolved by the pronoun rule, or handed on from the
            # paragraph's last quote) is sent as the speaker it was resolved to
            spoken = q.mention and q.resolution != "pronoun" and q.mention.lower() not in pronouns
            name = q.mention if spoken else (sp.name if sp else None)
            quotes.append({"start": q.start, "end": q.end, "text": q.text, "speaker": name, "kind": q.kind})
        yield {"id": art.id, "quotes": quotes}


def main(argv=None):
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", default=str(here.parent / "shared" / "eval"))
    ap.add_argument("--kinds", default="direct,mixed", help="gold kinds to score ('' = all)")
    ap.add_argument("--pred-kinds", default=None, help="predicted kinds to send (default: --kinds)")
    ap.add_argument("--by-kind", action="store_true")
    ap.add_argument("--keep", help="also write the predictions to this file")
    args = ap.parse_args(argv)
    ev = Path(args.eval_dir)
    kinds = set((args.pred_kinds or args.kinds or "direct,mixed,indirect").split(","))
    index = build_index([ev / "polnear" / "articles"], reported="indirect" in kinds)
    out = args.keep or tempfile.mktemp(suffix=".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for rec in predictions(index, kinds):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(ev / "score_quotes.py"), str(ev / "polnear" / "dev.jsonl"), out, "--pred-offsets", "txt"]
    if args.kinds:
        cmd += ["--kinds", args.kinds]
    if args.by_kind:
        cmd.append("--by-kind")
    rc = subprocess.call(cmd)
    if not args.keep:
        os.unlink(out)
    return rc


if __name__ == "__main__":
    sys.exit(main())
