"""Finding quotations: pairing quote marks into exact character spans.

Curly marks pair by shape, straight marks by context and position.  A quote
left open at the end of a paragraph continues when the next paragraph opens
with a quote mark (the news convention for multi-paragraph quotes); otherwise
it is closed at the paragraph's end and flagged ``unterminated``, so an
unbalanced mark never swallows the rest of the article.  Single marks are
quotation marks only where they pair up around words; apostrophes
(``Korea’s``, ``it's``, ``’90s``, ``rock ’n’ roll``) never are.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .grammar import ELISIONS
from .model import Paragraph

DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018"  # ‘
SINGLE_CLOSE = "\u2019"  # ’
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"

_WORD = re.compile(r"\w+")
_DECADE = re.compile(r"\d\d(?:s|th)?")
_DOUBLE_RE = re.compile('[\u201c\u201d\u201e\u00ab\u00bb"]')
_SINGLE_RE = re.compile("[\u2018\u2019']")
_BEFORE_OPEN = set(" \t\n([{\u2014\u2013-/\u201c\u201e\"\u2018'")
_AFTER_CLOSE = set(" \t\n,.;:!?)]}\u2014\u2013-/\u201d\u2019\"'\u2026")


@dataclass(frozen=True, slots=True)
class Region:
    """Text between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when unterminated
    first_para: int  # position in the paragraph list, not Paragraph.index
    last_para: int
    single: bool = False
    nested: bool = False

    @property
    def unterminated(self) -> bool:
        return self.close_mark is None


def _role(text: str, pos: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(looks like an opener, looks like a closer) for a straight mark."""
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + 1] if pos + 1 < hi else " "
    opener = prev in _BEFORE_OPEN and not nxt.isspace()
    closer = nxt in _AFTER_CLOSE and not prev.isspace()
    return opener, closer


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


#: a speaker's label opening a transcript line: "PENCE:", "MR. TRUMP:"
TRANSCRIPT_LABEL = re.compile(r"((?:[A-Z]{2,4}\. )?[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2}): (?=[A-Z\"'\u201c\u2018(\[])")


def _opens_paragraph(text: str, para: Paragraph) -> int | None:
    """Offset of a double quote mark that opens ``para``, if any."""
    pos = para.start
    if pos < para.end and (text[pos] in DOUBLE_OPEN or text[pos] == STRAIGHT_DOUBLE):
        return pos
    return None


#: a markup tag left in scraped text: <tweet id="…" author="…">, </a>; a tag
#: with attributes may run over line breaks when a scraper put text in them
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]{0,400})?/?>|<[A-Za-z][\w-]*\s+[\w-]+=[^<>]{0,2000}>")


def find_double(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Region]:
    regions: list[Region] = []
    open_at: int | None = None  # offset of the opening mark
    open_para = 0
    # markup tags, in text order and never overlapping: the one that could hold
    # a mark is the last to start before it (found by bisection, not a scan per mark)
    tags = [(t.start(), t.end()) for t in _TAG.finditer(text)] if "<" in text else []
    tag_starts = [a for a, _b in tags]
    for pi, para in enumerate(paragraphs):
        lo, hi = para.start, para.end
        skip = -1
        if open_at is not None:
            cont = _opens_paragraph(text, para)
            if (cont is None or para.headline or paragraphs[open_para].headline
                    or TRANSCRIPT_LABEL.match(text, cont + 1, hi) is not None):
                # (a transcript's next speaker opens a quotation of their own:
                # "WALLACE: …" / "PENCE: …", each paragraph under its label)
                # previous paragraph left a quote open: close it there
                prev = paragraphs[pi - 1]
                end = _trim_end(text, open_at + 1, prev.end)
                if end > open_at + 1:
                    regions.append(Region(open_at + 1, end, open_at, None, open_para, pi - 1))
                open_at = None
            else:
                skip = cont  # the re-opening mark of a continued quote
        for m in _DOUBLE_RE.finditer(text, lo, hi):
            pos = m.start()
            if pos == skip or (tags and _inside_tag(tags, tag_starts, pos)):
                continue  # an attribute value in markup (<tweet id="…">) is no quotation
            ch = text[pos]
            if ch in DOUBLE_OPEN:
                opener, closer = True, False
                if open_at is not None:
                    # a mis-shaped closing mark: “… done“ said X
                    o, c = _role(text, pos, lo, hi)
                    if c and not o:
                        opener, closer = False, True
            elif ch in DOUBLE_CLOSE:
                opener, closer = False, True
                if open_at is None:
                    o, c = _role(text, pos, lo, hi)
                    if (o and not c) or pos == lo:
                        # a mis-shaped opening mark; at a paragraph's start, with
                        # nothing open, it can only open (”… in the case of …,” wrote X)
                        opener, closer = True, False
            else:
                opener, closer = _role(text, pos, lo, hi)
            if open_at is None:
                if closer and not opener:
                    continue  # a stray closing mark
                open_at, open_para = pos, pi
            else:
                if opener and not closer and (ch in DOUBLE_OPEN or open_para == pi and pos - open_at > 1):
                    # A straight mark after a space or dash could open or close;
                    # with a quote open, it closes it (a stray space before the
                    # closing mark is the usual slip). Anything else that opens
                    # means the earlier quote was never closed.
                    if not (ch == STRAIGHT_DOUBLE and text[pos - 1 : pos] in _AFTER_CLOSE):
                        end = _trim_end(text, open_at + 1, pos)
                        if end > open_at + 1:
                            # (opened in an earlier paragraph and continued into this one, it ends here too)
                            regions.append(Region(open_at + 1, end, open_at, None, open_para, pi))
                        open_at, open_para = pos, pi
                        continue
                if pos > open_at + 1:
                    regions.append(Region(open_at + 1, pos, open_at, pos, open_para, pi))
                open_at = None
    if open_at is not None:
        last = len(paragraphs) - 1
        end = _trim_end(text, open_at + 1, paragraphs[last].end)
        if end > open_at + 1:
            regions.append(Region(open_at + 1, end, open_at, None, open_para, last))
    return regions


def _inside_tag(tags: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_left(starts, pos) - 1
    return i >= 0 and pos < tags[i][1]


def _single_opener(text: str, pos: int, lo: int, hi: int) -> bool:
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + 1] if pos + 1 < hi else " "
    if text[pos] == SINGLE_CLOSE and prev not in " \t\n([{\u2014\u2013\u201c\"":
        return False
    if prev not in _BEFORE_OPEN or not (nxt.isalnum() or nxt in "\u2026."):
        return False
    # ’90s, 'em, ’n’
    word = _WORD.match(text, pos + 1, min(hi, pos + 12))
    if word:
        w = word.group(0)
        if _DECADE.fullmatch(w):
            return False  # ’90s
        after = pos + 1 + len(w)
        if after < hi and text[after] in "\u2019'" and w.lower() == "n":
            return False
        if w.lower() in ELISIONS and (after >= hi or not text[after].isalnum()):
            return False
    return True


def _single_closer(text: str, pos: int, lo: int, hi: int) -> int:
    """0: not a closer; 1: weak (possessive plural ``players’ union``); 2: closer."""
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + 1] if pos + 1 < hi else " "
    if prev.isspace() or nxt.isalnum():
        return 0
    if pos >= lo + 2 and text[pos - 2] in "\u2019'" and prev in "nN":
        return 0  # rock ’n’ roll
    if nxt not in _AFTER_CLOSE:
        return 0
    if prev in "sS" and nxt == " " and pos + 2 < hi and text[pos + 2].islower():
        return 1
    return 2


def find_single(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Pairs (opening mark, closing mark) of single quotes within ``[lo, hi)``."""
    if text.count("\u2019", lo, hi) + text.count("'", lo, hi) + text.count("\u2018", lo, hi) < 2:
        return []  # (the common case: a stretch with an apostrophe or none, counted without a match object each)
    marks = [m.start() for m in _SINGLE_RE.finditer(text, lo, hi)]  # (two or more: counted above)
    # after each mark, the first strong closer and the first weak one (a closer's
    # strength does not depend on the opener): an opener's closer is the first
    # strong one after it, else the first weak one, found without a scan
    n = len(marks)
    i = next((k for k in range(n) if _single_opener(text, marks[k], lo, hi)), n)
    if i >= n - 1:
        return []  # (no opener with a mark after it: apostrophes only)
    strong: list[int | None] = [None] * (n + 1)
    weak: list[int | None] = [None] * (n + 1)
    for j in range(n - 1, i, -1):
        strength = _single_closer(text, marks[j], lo, hi)
        strong[j] = j if strength == 2 else strong[j + 1]
        weak[j] = j if strength == 1 else weak[j + 1]
    out = []
    while i < n:
        pos = marks[i]
        if not _single_opener(text, pos, lo, hi):
            i += 1
            continue
        best = strong[i + 1] if strong[i + 1] is not None else weak[i + 1]
        if best is None:
            i += 1
            continue
        if marks[best] - pos > 1:
            out.append((pos, marks[best]))
        i = best + 1
    return out


def find_regions(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Region]:
    """All quote regions of an article, in text order (outer before nested)."""
    doubles = find_double(text, paragraphs)
    regions = list(doubles)
    by_para: dict[int, list[Region]] = {}
    for r in doubles:
        for pi in range(r.first_para, r.last_para + 1):
            by_para.setdefault(pi, []).append(r)
    for pi, para in enumerate(paragraphs):
        inside = by_para.get(pi, [])
        # outside the double regions (British style, headlines)
        cuts = [para.start]
        for r in inside:
            cuts.extend((max(r.open_mark, para.start), min(r.close_mark + 1 if r.close_mark is not None else r.end, para.end)))
        cuts.append(para.end)
        for k in range(0, len(cuts), 2):
            for o, c in find_single(text, cuts[k], cuts[k + 1]):
                regions.append(Region(o + 1, c, o, c, pi, pi, single=True))
        # inside the double regions: quotes within quotes
        for r in inside:
            lo, hi = max(r.start, para.start), min(r.end, para.end)
            for o, c in find_single(text, lo, hi):
                regions.append(Region(o + 1, c, o, c, pi, pi, single=True, nested=True))
    regions.sort(key=lambda r: (r.start, -r.end))
    return regions
