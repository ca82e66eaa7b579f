"""Every quote of the library as one table: filtered and sorted (the reader's Quotes view).

A filter is words and fields::

    @blair iraq            what Blair said with "iraq" in it (the name forgiving typos, as search does)
    kind:indirect          only reported speech (kinds: direct, mixed, nested, scare, indirect)
    from:2005-01 to:2005-03-31   by the article's date (a prefix of YYYY-MM-DD; undated articles are left out)

Words match the quote's text, case and accents aside, each as a part of a word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .model import QUOTE_KINDS, Quote
from .search import speakers_asked

_FIELD = re.compile(r"\b(kind|from|to):(\S+)")
SORTS = ("date", "speaker")


@dataclass(frozen=True)
class Filter:
    speaker_ids: frozenset[str] | None = None  # None: anyone
    kinds: frozenset[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    words: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def parse_filter(index, query: str) -> Filter:
    """Read ``query`` (see the module's docstring) against ``index``'s speakers."""
    kinds: set[str] = set()
    date_from = date_to = None
    problems = []
    for name, value in _FIELD.findall(query):
        if name == "kind":
            for k in value.split(","):
                if k in QUOTE_KINDS:
                    kinds.add(k)
                else:
                    problems.append(f"no kind {k!r} (kinds: {', '.join(QUOTE_KINDS)})")
        elif name == "from":
            date_from = value
        else:
            date_to = value
    rest = _FIELD.sub(" ", query)
    _name, ids, words = speakers_asked(index, rest)
    return Filter(frozenset(ids) if ids is not None else None, frozenset(kinds) or None, date_from, date_to,
                  tuple(_fold(w) for w in words.split()), tuple(problems))


def quotes_table(index, query: str = "", sort: str = "date", kinds=None) -> tuple[list[Quote], Filter]:
    """The quotes ``query`` asks for (of ``kinds`` by default, all kinds when
    the query names some), sorted by ``date`` (newest first; undated last,
    in library order) or by ``speaker`` (by name, then date)."""
    f = parse_filter(index, query)
    dates = {a.id: a.date or "" for a in index.articles}
    out = []
    for q in index.all_quotes(f.kinds or kinds):
        if f.speaker_ids is not None and q.speaker_id not in f.speaker_ids:
            continue
        if f.date_from or f.date_to:
            d = dates[q.article_id]
            if not d or (f.date_from and d[: len(f.date_from)] < f.date_from) or (
                    f.date_to and d[: len(f.date_to)] > f.date_to):
                continue
        if f.words:
            text = _fold(q.text)
            if not all(w in text for w in f.words):
                continue
        out.append(q)
    order = {a.id: i for i, a in enumerate(index.articles)}
    if sort == "speaker":
        names = {sid: sp.name.casefold() for sid, sp in index.speakers.items()}
        out.sort(key=lambda q: (names.get(q.speaker_id, "\uffff") if q.speaker_id else "\uffff",
                                _newest(dates[q.article_id]), order[q.article_id], q.start))
    else:
        out.sort(key=lambda q: (_newest(dates[q.article_id]), order[q.article_id], q.start))
    return out, f


def _newest(date: str) -> tuple[int, str]:
    """A sort key putting later dates first and undated articles last."""
    if not date:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(c)) for c in date))
