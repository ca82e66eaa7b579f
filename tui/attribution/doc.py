"""The reading of an article that every stage shares: tokens, quote regions, sentence bounds."""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from ..content import Lexicon
from ..model import Article, Paragraph
from ..quotes import Region, find_regions
from .records import Found

_WORD_BEFORE = re.compile(r"([\w.]+)$")


_DOTTED = re.compile(r"(?:\w+-)?(?:[A-Za-z]\.)+[A-Za-z]")


#: the longest stretch read as one sentence (see Attributor.sentence_start)
MAX_SENTENCE = 800


#: the memos of one article's tokens are emptied when they hold more stretches
#: than this (the longest article of real news at hand needs 335): they only
#: spare reading a sentence twice, and kept for a whole
#: long article they would hold its tokens (some 30 times the text) at once
MEMO_LIMIT = 512


_tuple_new = tuple.__new__


_SENT_END = re.compile(r"[.!?\u2026]+[\)\]\"'\u201d\u2019]*(?=\s+[\"'\u201c\u2018(\[A-Z0-9])")


# Tokens: initials and dotted abbreviations (U.S., E.), words with inner
# hyphens/apostrophes, single punctuation marks.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'\u2019.]\w+)*|[^\w\s]")

#: a dateline opening a paragraph: "WASHINGTON —", "LOS ANGELES, Sept. 28 (UPI) --"
_DATELINE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?:,? [A-Z][a-z]+\.? \d{1,2})?"
                       r"(?: \([A-Za-z ]+\))? *(?:\u2014|\u2013|--?) *")

#: an article is read for at most this many quotations (and then reports of
#: speech): a real one holds a few hundred; a file of nothing but short quotes
#: would otherwise hold a few records per quote, some 100 times its text, at once
MAX_ATTRIBUTIONS = 100_000


class Tok(tuple):
    """A token with its offsets; the derived attributes are computed once.

    A tuple underneath: made in bulk (thousands per article), so creating one
    must be cheap."""

    __slots__ = ()
    text = property(itemgetter(0))
    start = property(itemgetter(1))
    end = property(itemgetter(2))
    lower = property(itemgetter(3))
    is_word = property(itemgetter(4))
    capital = property(itemgetter(5))

    def __new__(cls, text: str, start: int, end: int) -> Tok:
        first = text[0]
        return _tuple_new(cls, (text, start, end, text.lower(), first.isalnum(), first.isupper()))

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    out = []
    append = out.append
    for m in _TOKEN.finditer(text, lo, hi):
        g = m.group()
        first = g[0]
        append(_tuple_new(Tok, (g, m.start(), m.end(), g.lower(), first.isalnum(), first.isupper())))
    return out


class Doc:
    """One reading of an article, shared by every stage of attribution (the
    way spaCy's Doc is): its text and paragraphs, its quote regions and
    where they lie, its sentence bounds, its tokens outside quotations, and
    the memos of what the rules read more than once. Built once per article;
    the stages are functions of it."""

    def __init__(self, lexicon: Lexicon, article: Article):
        self.lex = lexicon
        self.article = article
        self.text = article.text
        regions = find_regions(article.text, article.paragraphs)
        #: how many quotations and reports the article is read for; how many quote regions past it
        #: are left unread (their marks read as text), and how many reports of speech
        self.most = MAX_ATTRIBUTIONS
        self.unread_quotes = max(0, len(regions) - self.most)
        self.unread_reports = 0
        self.regions = regions[: self.most]
        self.quote_spans = self._region_mask()
        self.quote_starts = [sp[0] for sp in self.quote_spans]
        self._bounds: dict[int, list[int]] = {}
        self._stoks: dict[tuple[int, int], list[Tok]] = {}
        self._touts: dict[tuple[int, int], list[Tok]] = {}
        self.previous_sentences: dict[tuple[int, int], Found | None] = {}
        #: tokens of a stretch between two quotations: read after the first
        #: quote and again before the second (never mutated by callers)
        self._spans: dict[tuple[int, int], list[Tok]] = {}
        #: surnames of the names attributed so far (see _quoted_speaker_subject)
        self.quoted_surnames: set[str] = set()
        self.surnames_upto = 0

    def bound_memos(self) -> None:
        """Empty the memos when they have grown past MEMO_LIMIT (each holds
        what a pure function returns: emptying one changes no result)."""
        if len(self._spans) + len(self._touts) + len(self._stoks) + len(self.previous_sentences) > MEMO_LIMIT:
            self._spans.clear()
            self._touts.clear()
            self._stoks.clear()
            self.previous_sentences.clear()
            self._bounds.clear()

    def _region_mask(self) -> list[tuple[int, int]]:
        """Spans (mark to mark, inclusive) of top-level quote regions."""
        spans = []
        for r in self.regions:
            if r.nested:
                continue
            end = (r.close_mark + 1) if r.close_mark is not None else r.end
            spans.append((r.open_mark, end))
        spans.sort()
        return spans

    def first_region_from(self, pos: int) -> int:
        """Index of the first region that may reach ``pos`` or lie after it
        (binary search: a long paragraph can hold thousands of quotes)."""
        return max(0, bisect.bisect_left(self.quote_starts, pos) - 1)

    def region_containing(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.quote_starts, pos) - 1
        if i >= 0 and self.quote_spans[i][0] < pos < self.quote_spans[i][1]:
            return self.quote_spans[i]
        return None

    def overlaps_region(self, lo: int, hi: int) -> bool:
        i = self.first_region_from(lo)
        for s, e in self.quote_spans[i : i + 2]:
            if s < hi and e > lo:
                return True
        return False

    def next_region_start(self, pos: int) -> int | None:
        i = bisect.bisect_left(self.quote_starts, pos)
        return self.quote_starts[i] if i < len(self.quote_starts) else None

    def outside(self, lo: int, hi: int, skip: Region | None = None) -> list[tuple[int, int]]:
        """Pieces of [lo, hi) outside every quote region."""
        out = []
        pos = lo
        spans = self.quote_spans
        for k in range(self.first_region_from(lo), len(spans)):  # no slice: that copies the rest
            s, e = spans[k]
            if e <= pos:
                continue
            if s >= hi:
                break
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < hi:
            out.append((pos, hi))
        return out

    def toks_outside(self, lo: int, hi: int) -> list[Tok]:
        """Tokens of [lo, hi) outside quotations; memoised, as the rules ask for
        the same stretch before a quote several times.  Callers never mutate them."""
        key = (lo, hi)
        toks = self._touts.get(key)
        if toks is None:
            toks = []
            spans = self._spans
            for s, e in self.outside(lo, hi):
                piece = spans.get((s, e))
                if piece is None:
                    piece = spans[(s, e)] = tokens(self.text, s, e)
                toks.extend(piece)
            self._touts[key] = toks
        return toks

    def boundaries(self, para: Paragraph) -> list[int]:
        """Sentence boundaries in ``para`` (offsets where a sentence starts).

        A period inside a quotation ends a sentence only where the quotation
        closes with it (``“… act.” Next``)."""
        cached = self._bounds.get(para.start)
        if cached is not None:
            return cached
        out = []
        for m in _SENT_END.finditer(self.text, para.start, para.end):
            p = m.start()
            inside = self.region_containing(p)
            if inside is not None and not (m.start() < inside[1] <= m.end()):
                continue
            if self.is_abbrev(p):
                continue
            end = m.end()
            while end < para.end and self.text[end].isspace():
                end += 1
            out.append(end)
        self._bounds[para.start] = out
        return out

    def sentence_start(self, para: Paragraph, pos: int) -> int:
        """Start of the sentence containing ``pos``; a run-on "sentence" (a
        file with no punctuation) is cut at MAX_SENTENCE characters so that
        no scan is quadratic in the paragraph's length."""
        bounds = self.boundaries(para)
        i = bisect.bisect_right(bounds, pos)
        start = bounds[i - 1] if i > 0 else para.start
        if pos - start > MAX_SENTENCE:
            cut = self.text.find(" ", pos - MAX_SENTENCE, pos)
            start = cut + 1 if cut >= 0 else pos - MAX_SENTENCE
        return start

    def sentence_end(self, para: Paragraph, pos: int) -> int:
        bounds = self.boundaries(para)
        i = bisect.bisect_right(bounds, pos)
        end = bounds[i] if i < len(bounds) else para.end
        return min(end, pos + MAX_SENTENCE)

    def is_abbrev(self, dot: int) -> bool:
        if self.text[dot] != ".":
            return False
        m = _WORD_BEFORE.search(self.text[max(0, dot - 12) : dot])
        if not m:
            return False
        word = m.group(1)
        if len(word) == 1 and word.isupper():
            return True  # an initial
        if _DOTTED.fullmatch(word):
            return True  # U.S, N.Y, D-N.Y
        if self.text[dot + 1 : dot + 2] == ")":
            return True  # "(R-Pa.)"
        return word in self.lex.abbreviations or word.rstrip(".") in self.lex.abbreviations

    def comma_inside_quote(self, lo: int, hi: int) -> bool:
        """Does a quotation between ``lo`` and ``hi`` end with a comma inside its marks?"""
        nxt = self.next_region_start(lo)
        if nxt is None or nxt >= hi:
            return False
        span = self.region_containing(nxt + 1)
        if span is None or span[1] > hi:
            return False
        return self.text[span[1] - 2 : span[1] - 1] == ","

    def sentence_toks(self, lo: int, para: Paragraph) -> list[Tok]:
        """Tokens from ``lo`` to the end of its sentence, stopping at the next quote
        (asked for twice per quote: after it, and later in its sentence)."""
        key = (lo, para.end)
        cached = self._stoks.get(key)
        if cached is None:
            cached = self._stoks[key] = self._sentence_toks_uncached(lo, para)
        return cached

    def _sentence_toks_uncached(self, lo: int, para: Paragraph) -> list[Tok]:
        hi = para.end
        nxt = self.next_region_start(lo)
        if nxt is not None:
            hi = min(hi, nxt)
        # a sentence boundary bounds the work; the token loop below still
        # stops at a ';' or a sentence end the boundary scan does not see
        end = self.sentence_end(para, lo + 1)
        key = (lo, min(hi, end + 1, lo + 400))
        toks = self._spans.get(key)
        if toks is None:
            toks = self._spans[key] = tokens(self.text, *key)
        for k, t in enumerate(toks):
            if t.text in (".", "!", "?", ";") and k > 0 and not self.is_abbrev(t.start):
                return toks[:k]
        return toks

    def holds_quotation(self, lo: int, hi: int, titles: set[int]) -> bool:
        """Does [lo, hi) hold a quote region other than a title (``“Morning Joe”``)?"""
        for k in range(self.first_region_from(lo), len(self.quote_spans)):
            s, e = self.quote_spans[k]
            if s >= hi:
                return False
            if e > lo and s not in titles:
                return True
        return False
