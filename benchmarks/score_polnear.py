"""Score the parser on the PolNeAR dev split with the shared scorer.

    python benchmarks/score_polnear.py [--eval-dir ../shared/eval] [--kinds direct,mixed] [--by-kind]
    python benchmarks/score_polnear.py --half A --by-rule --speaker-match canonical

Writes predictions for ``polnear/articles/*.txt`` (offsets into the .txt
files) and runs ``score_quotes.py --pred-offsets txt`` on them.  The speaker
sent to the scorer is the mention nearest the cue, as in the gold data
(a resolved name where the mention is a pronoun); with ``--speaker-match
canonical``, the merged speaker a user sees (the CLI's ``speaker`` field).

``--half A`` / ``--half B`` scores one fixed half of the dev split (A: the
articles whose ``sha1(id)`` hex digest ends with 0-7; B: the rest), so
that a rule developed on one half is checked on the other. (Its last digit,
not its first: PolNeAR puts an article in dev when that digest falls under a
threshold, so every dev article's digest starts with 0-5 and the first digit
would put them all in A.) ``--by-rule``
adds one row per attribution rule (:class:`tui.attribution.Rule`): how many
predicted quotes it decided, how many of them match a gold quote (P), and
how often the speaker of a matched one is right (speaker_acc).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.content import load_lexicon  # noqa: E402
from tui.library import build_index  # noqa: E402


def half_of(article_id: str) -> str:
    """``A`` or ``B``: the fixed half of the dev split an article is in."""
    return "A" if hashlib.sha1(article_id.encode("utf-8")).hexdigest()[-1] in "01234567" else "B"


def predictions(index, kinds, canonical: bool = False, half: str | None = None):
    pronouns = load_lexicon().pronouns
    for art in index.articles:
        if half and half_of(art.id) != half:
            continue
        quotes = []
        for q in index.quotes_of(art.id):
            if q.kind not in kinds:
                continue
            sp = index.speaker(q.speaker_id) if q.speaker_id else None
            if canonical:
                name = sp.name if sp else None
            else:
                # a pronoun (resolved by the pronoun rule, or handed on from the
                # paragraph's last quote) is sent as the speaker it was resolved to
                spoken = q.mention and q.resolution != "pronoun" and q.mention.lower() not in pronouns
                name = q.mention if spoken else (sp.name if sp else None)
            quotes.append({"start": q.start, "end": q.end, "text": q.text, "speaker": name, "kind": q.kind,
                           "rule": q.rule})
        yield {"id": art.id, "quotes": quotes}


def _scorer(ev: Path):
    spec = importlib.util.spec_from_file_location("score_quotes", ev / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def by_rule(ev: Path, gold_path: Path, pred_path: str, args) -> None:
    """One row per rule: the predictions it decided, scored alone against
    the gold quotes (so recall means nothing here; P and speaker_acc do)."""
    sq = _scorer(ev)
    gold = sq.load_jsonl(str(gold_path))  # (already this half's articles, with --half)
    pred = sq.load_jsonl(pred_path)
    ns = argparse.Namespace(pred_offsets="txt", pronoun_speaker="exclude", drop_unattributed_preds=False,
                            filter_pred_kinds=False, overlap_threshold=0.5, speaker_match=args.speaker_match)
    kinds = None if not args.kinds else set(args.kinds.split(","))
    rules = sorted({q["rule"] for r in pred.values() for q in r["quotes"]})
    print("by rule (each rule's predictions alone; P = share matching a gold quote):")
    print(f"  {'rule':24} {'fired':>6} {'matched':>8} {'P':>6} {'spk_n':>6} {'spk_acc':>8} {'wrong':>6}")
    for rule in rules:
        sub = {k: {"id": k, "quotes": [q for q in r["quotes"] if q["rule"] == rule]} for k, r in pred.items()}
        c = sq.evaluate(gold, sub, kinds, ns, sq.Counter())
        n, tp, sn, ok = c["pred_overlap"], c["tp_overlap"], c["spk_n_overlap"], c["spk_ok_overlap"]
        print(f"  {rule:24} {n:6d} {tp:8d} {tp / n if n else 0:6.3f} {sn:6d} {ok / sn if sn else 0:8.3f} {sn - ok:6d}")


def main(argv=None):
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", default=str(here.parent / "shared" / "eval"))
    ap.add_argument("--kinds", default="direct,mixed", help="gold kinds to score ('' = all)")
    ap.add_argument("--pred-kinds", default=None, help="predicted kinds to send (default: --kinds)")
    ap.add_argument("--by-kind", action="store_true")
    ap.add_argument("--by-rule", action="store_true", help="one row per attribution rule")
    ap.add_argument("--half", choices=("A", "B"), help="score one fixed half of the dev split")
    ap.add_argument("--speaker-match", choices=("mention", "canonical"), default="mention")
    ap.add_argument("--keep", help="also write the predictions to this file")
    args = ap.parse_args(argv)
    ev = Path(args.eval_dir)
    kinds = set((args.pred_kinds or args.kinds or "direct,mixed,indirect").split(","))
    index = build_index([ev / "polnear" / "articles"], reported="indirect" in kinds)
    out = args.keep or tempfile.mktemp(suffix=".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for rec in predictions(index, kinds, args.speaker_match == "canonical", args.half):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gold = ev / "polnear" / "dev.jsonl"
    if args.half:  # the scorer scores every gold article: give it only this half's
        half_gold = tempfile.mktemp(suffix=".jsonl")
        with open(gold, encoding="utf-8") as src, open(half_gold, "w", encoding="utf-8") as dst:
            dst.writelines(line for line in src if line.strip() and half_of(json.loads(line)["id"]) == args.half)
        gold = Path(half_gold)
    cmd = [sys.executable, str(ev / "score_quotes.py"), str(gold), out, "--pred-offsets", "txt",
           "--speaker-match", args.speaker_match]
    if args.kinds:
        cmd += ["--kinds", args.kinds]
    if args.by_kind:
        cmd.append("--by-kind")
    rc = subprocess.call(cmd)
    if args.by_rule:
        by_rule(ev, gold, out, args)
    if not args.keep:
        os.unlink(out)
    if args.half:
        os.unlink(gold)
    return rc


if __name__ == "__main__":
    sys.exit(main())
