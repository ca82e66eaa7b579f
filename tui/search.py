"""Fuzzy, typo-tolerant search over quotes, paragraphs, speakers and titles.

Brute-force fuzzy matching over every candidate is too slow for a library
(each keystroke would score every paragraph).  Instead:

1. every candidate is split into words, and a word -> candidates inverted
   index is built once;
2. each query word is expanded to the vocabulary words it may mean: the
   same word, words it is a prefix of (the word being typed), and words
   within a small edit distance (typos), found through a deletion index
   (SymSpell-style: words that share a one-character deletion);
3. candidates containing the expanded words are counted, and only the best
   few hundred are rescored with rapidfuzz for the final order.

The matched words' character spans are returned for highlighting.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .index import Index

_WORD = re.compile(r"\w+", re.UNICODE)
KINDS = ("quote", "speaker", "title", "paragraph")
#: matched words are marked within this many leading characters of a hit
HIGHLIGHT_CHARS = 600
_KIND_BONUS = {"speaker": 6.0, "title": 4.0, "quote": 2.0, "paragraph": 0.0}


def _norm(word: str) -> str:
    return word.lower().replace("\u2019", "'")


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str  # quote | paragraph | speaker | title
    text: str
    article_id: str | None
    start: int  # offset of ``text`` in the article text (0 for speakers)
    ref: str  # quote id, speaker id, or article id


@dataclass(frozen=True, slots=True)
class Hit:
    candidate: Candidate
    score: float
    #: spans within ``candidate.text`` of the words that matched
    highlights: tuple[tuple[int, int], ...]

    @property
    def kind(self) -> str:
        return self.candidate.kind


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class SearchIndex:
    """Built once per library (off the UI thread for a large one)."""

    def __init__(self, index: Index, kinds: Iterable[str] = ("direct", "mixed", "nested", "indirect")):
        self.candidates: list[Candidate] = []
        quote_kinds = set(kinds)
        for sp in index.speakers.values():
            label = sp.name if not sp.role else f"{sp.name}, {sp.role}"
            if sp.aliases:
                label += " (" + "; ".join(sp.aliases) + ")"
            self.candidates.append(Candidate("speaker", label, None, 0, sp.id))
        for art in index.articles:
            self.candidates.append(Candidate("title", art.title, art.id, 0, art.id))
            for q in index.quotes_of(art.id):
                if q.kind in quote_kinds:
                    self.candidates.append(Candidate("quote", q.text, art.id, q.start, q.id))
            for p in art.paragraphs:
                if not p.headline:
                    self.candidates.append(Candidate("paragraph", art.text[p.start : p.end], art.id, p.start, art.id))
        postings: dict[str, list[int]] = defaultdict(list)
        for cid, cand in enumerate(self.candidates):
            seen = set()
            for w in _WORD.findall(cand.text):
                w = _norm(w)
                if w not in seen:
                    seen.add(w)
                    postings[w].append(cid)
        self.postings = dict(postings)
        self.vocab = sorted(self.postings)
        deletes: dict[str, list[str]] = defaultdict(list)
        for w in self.vocab:
            if len(w) >= 4:
                for d in _deletes(w):
                    deletes[d].append(w)
        self.deletes = dict(deletes)
        self._expand = lru_cache(maxsize=4096)(self._expand_uncached)

    def __len__(self) -> int:
        return len(self.candidates)

    # ------------------------------------------------------------ expansion

    def _prefixed(self, prefix: str, limit: int = 200) -> list[str]:
        import bisect

        i = bisect.bisect_left(self.vocab, prefix)
        out = []
        while i < len(self.vocab) and self.vocab[i].startswith(prefix) and len(out) < limit:
            out.append(self.vocab[i])
            i += 1
        return out

    def _expand_uncached(self, word: str, last: bool) -> tuple[tuple[str, float], ...]:
        """Vocabulary words ``word`` may stand for, with a weight (1 = exact)."""
        found: dict[str, float] = {}
        if word in self.postings:
            found[word] = 1.0
        if last or len(word) >= 3:
            for w in self._prefixed(word):
                found.setdefault(w, 0.9 if last else 0.6)
        if len(word) >= 4:
            max_d = 1 if len(word) < 8 else 2
            cands = set(self.deletes.get(word, ()))
            for d in _deletes(word):
                if d in self.postings:
                    cands.add(d)
                cands.update(self.deletes.get(d, ()))
            for w in cands:
                if w not in found:
                    dist = OSA.distance(word, w, score_cutoff=max_d)  # a swap counts as one typo
                    if dist <= max_d:
                        found[w] = 0.8 if dist == 1 else 0.6
            if last and len(word) >= 5:
                # a typo in the word being typed: prefixes of near words
                for d in _deletes(word):
                    for w in self._prefixed(d, 50):
                        found.setdefault(w, 0.5)
        return tuple(found.items())

    # --------------------------------------------------------------- search

    def search(self, query: str, limit: int = 50, kinds: Iterable[str] | None = None) -> list[Hit]:
        words = [_norm(w) for w in _WORD.findall(query)]
        if not words:
            return []
        allowed = set(kinds) if kinds is not None else None
        counts: dict[int, float] = defaultdict(float)
        matched_words: set[str] = set()
        for n, w in enumerate(words):
            last = n == len(words) - 1 and not query[-1:].isspace()
            best_for_cid: dict[int, float] = {}
            for vw, weight in self._expand(w, last):
                matched_words.add(vw)
                for cid in self.postings[vw]:
                    if best_for_cid.get(cid, 0.0) < weight:
                        best_for_cid[cid] = weight
            for cid, weight in best_for_cid.items():
                counts[cid] += weight
        if not counts:
            return []
        need = 0.5 * len(words)  # at least half the words, typos weighed lower
        pool = [cid for cid, c in counts.items() if c >= need * 0.99]
        if allowed is not None:
            pool = [cid for cid in pool if self.candidates[cid].kind in allowed]
        pool.sort(key=lambda cid: -counts[cid])
        pool = pool[:400]
        q = " ".join(words)
        hits = []
        for cid in pool:
            cand = self.candidates[cid]
            text = cand.text if len(cand.text) < 2000 else cand.text[:2000]
            fuzzy = fuzz.partial_ratio(q, text.lower()) if len(q) <= len(text) else fuzz.ratio(q, text.lower())
            coverage = counts[cid] / len(words)
            score = fuzzy * 0.6 + coverage * 40 + _KIND_BONUS[cand.kind] - min(len(text), 600) / 200
            hits.append((score, cid))
        hits.sort(key=lambda h: (-h[0], h[1]))
        out = []
        for score, cid in hits[:limit]:
            cand = self.candidates[cid]
            # lower-casing and the apostrophe swap keep offsets (one char for one)
            shown = cand.text[:HIGHLIGHT_CHARS].lower().replace("\u2019", "'")
            spans = tuple(m.span() for m in _WORD.finditer(shown) if m.group() in matched_words)
            out.append(Hit(cand, round(score, 2), spans))
        return out
