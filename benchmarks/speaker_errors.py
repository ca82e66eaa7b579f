"""Read the speaker errors on the PolNeAR dev split, one by one.

    python benchmarks/speaker_errors.py --half A                 # wrong speakers and misses of half A
    python benchmarks/speaker_errors.py --half B --rule cue-after # only what one rule decided
    python benchmarks/speaker_errors.py --missed                 # gold quotes with no prediction

For each gold quote (kinds direct and mixed) matched by a predicted one
(token overlap, as the scorer matches), whose predicted speaker the scorer
judges wrong: the rule that decided it, the gold and the predicted speaker,
and the sentence around it. This is how a new rule is found and checked on
one half before it is measured on the other (``score_polnear.py --half``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "benchmarks"))

from score_polnear import _scorer, half_of, predictions  # noqa: E402

from tui.library import build_index  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", default=str(HERE.parent / "shared" / "eval"))
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--rule", help="only quotes this rule decided")
    ap.add_argument("--missed", action="store_true", help="list gold quotes no prediction matches")
    ap.add_argument("--speaker-match", choices=("mention", "canonical"), default="mention")
    ap.add_argument("--context", type=int, default=160, help="characters of text each side")
    args = ap.parse_args(argv)
    ev = Path(args.eval_dir)
    sq = _scorer(ev)
    gold = sq.load_jsonl(str(ev / "polnear" / "dev.jsonl"))
    index = build_index([ev / "polnear" / "articles"])
    kinds = ("direct", "mixed")
    preds = {p["id"]: p for p in predictions(index, kinds, args.speaker_match == "canonical", args.half)}
    counts: Counter = Counter()
    for doc_id, grec in gold.items():
        if args.half and half_of(doc_id) != args.half:
            continue
        text = grec["text"]
        tok = sq.Tokens(text)
        scored = [q for q in grec.get("quotes", []) if q.get("kind") in kinds]
        prec = preds.get(doc_id, {"quotes": []})
        shift = grec.get("txt_offset", 0)
        plist = [dict(q, start=q["start"] - shift, end=q["end"] - shift) for q in prec["quotes"]]
        plist = [p for p in plist if 0 <= p["start"] < p["end"] <= len(text)]
        match = sq.greedy_match([(q["start"], q["end"]) for q in scored], [(p["start"], p["end"]) for p in plist],
                                lambda g, p: sq.overlap_score(tok, g, p), 0.5)
        gold_hit = set(match.values())

        def around(s, e):
            lo, hi = max(0, s - args.context), min(len(text), e + args.context)
            return (text[lo:s] + "[[" + text[s:e] + "]]" + text[e:hi]).replace("\n", " ¶ ")

        if args.missed:
            for gi, g in enumerate(scored):
                if gi not in gold_hit:
                    counts["missed"] += 1
                    print(f"-- {doc_id} missed  gold={g.get('speaker')!r}\n   {around(g['start'], g['end'])}\n")
            continue
        for pi, gi in match.items():
            g, p = scored[gi], plist[pi]
            if sq.is_pronoun_gold(g) or (args.rule and p.get("rule") != args.rule):
                continue
            if sq.speaker_correct(g, p, "exclude", args.speaker_match):
                counts["right"] += 1
                continue
            counts["wrong"] += 1
            counts["wrong " + p.get("rule", "?")] += 1
            print(f"-- {doc_id} {p.get('rule')}  gold={g.get('speaker')!r}  pred={p.get('speaker')!r}\n"
                  f"   {around(g['start'], g['end'])}\n")
    for k, v in sorted(counts.items()):
        print(f"{k:>28} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
