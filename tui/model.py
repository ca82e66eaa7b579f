"""The data model: small immutable records with exact character offsets.

Every offset indexes ``Article.text``; ``quote.text == article.text[quote.start:quote.end]``
holds for every quote the parser produces, so every highlight and every copied
quote can be traced back to the source text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

#: Quote kinds. ``direct`` and ``mixed`` are quotations (the default output);
#: ``nested`` is a quotation inside another quotation; ``scare`` marks quote
#: marks that are not a quotation (scare quotes, titles, nicknames).
QUOTE_KINDS = ("direct", "mixed", "nested", "scare", "indirect")
DEFAULT_KINDS = ("direct", "mixed")

PERSON = "person"
ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input file. ``error`` means the file was skipped."""

    path: str
    message: str
    line: int | None = None
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.severity}: {self.message}"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of an article: ``article.text[start:end]``.

    ``index`` 0 is the headline when the headline is part of the text; body
    paragraphs are numbered from 1.
    """

    index: int
    start: int
    end: int
    headline: bool = False


class Paragraphs(Sequence[Paragraph]):
    """An article's paragraphs, made on first use from a packed table of
    ``(index, start, end, headline)`` integers (a library re-opened from the
    cache has hundreds of thousands of paragraphs, and shows a few)."""

    __slots__ = ("_table", "_items")

    def __init__(self, table: Sequence[int]):
        if len(table) % 4:
            raise ValueError("a paragraph table holds four integers per paragraph")
        self._table: Sequence[int] | None = table
        self._items: tuple[Paragraph, ...] | None = None

    def _made(self) -> tuple[Paragraph, ...]:
        if self._items is None:
            t = self._table
            assert t is not None
            self._items = tuple(Paragraph(t[i], t[i + 1], t[i + 2], bool(t[i + 3])) for i in range(0, len(t), 4))
            self._table = None
        return self._items

    def __len__(self) -> int:
        return len(self._items) if self._items is not None else len(self._table or ()) // 4

    def __getitem__(self, i):  # type: ignore[override]
        return self._made()[i]

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Paragraphs, tuple)):
            return self._made() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._made())

    def __repr__(self) -> str:
        return f"Paragraphs({self._made()!r})"

    def body_spans(self) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each paragraph but the headline, without making
        the records (the search index walks every paragraph of a library)."""
        if self._items is not None:
            yield from ((p.start, p.end) for p in self._items if not p.headline)
            return
        t = self._table
        assert t is not None
        for i in range(0, len(t), 4):
            if not t[i + 3]:
                yield t[i + 1], t[i + 2]

    def headline(self) -> Paragraph | None:
        """The headline paragraph, if any, without making the others."""
        if self._items is not None:
            return next((p for p in self._items if p.headline), None)
        t = self._table
        assert t is not None
        flags = t[3::4]
        if 1 not in flags:
            return None
        i = 4 * flags.index(1)
        return Paragraph(t[i], t[i + 1], t[i + 2], True)


def body_spans_of(paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, int]]:
    if isinstance(paragraphs, Paragraphs):
        return paragraphs.body_spans()
    return ((p.start, p.end) for p in paragraphs if not p.headline)


def headline_of(paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    if isinstance(paragraphs, Paragraphs):
        return paragraphs.headline()
    return next((p for p in paragraphs if p.headline), None)


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: str
    title: str
    date: str | None
    text: str
    paragraphs: tuple[Paragraph, ...] | Paragraphs
    published: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    meta: tuple[tuple[str, str], ...] = ()

    @property
    def size(self) -> int:
        return len(self.text)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing character ``offset`` (binary search)."""
        paras = self.paragraphs
        lo, hi = 0, len(paras)
        while lo < hi:
            mid = (lo + hi) // 2
            if paras[mid].end < offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(paras) and paras[lo].start <= offset <= paras[lo].end:
            return paras[lo]
        return None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def quote_id(article_id: str, n: int) -> str:
    """The id of the ``n``-th quote (from 1) of an article, in parser order."""
    return f"{article_id}#q{n}"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation (or reported speech) in an article.

    ``speaker_id`` names the merged :class:`Speaker`; ``mention`` is the words
    in the text that name the speaker at this quote (``he``, ``the Foreign
    Ministry``, ``Jeon``) and ``resolution`` says how the mention was tied to
    the speaker (``name``, ``alias``, ``pronoun``, ``description``,
    ``continuation``, ``paragraph``); ``rule`` names the attribution rule
    that decided it, the evidence for its speaker.
    """

    id: str
    article_id: str
    start: int
    end: int
    text: str
    kind: str
    paragraphs: tuple[int, ...]
    speaker_id: str | None = None
    mention: str | None = None
    mention_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    resolution: str | None = None
    role: str | None = None
    #: the attribution rule that decided the quote (``cue-after``,
    #: ``previous-sentence``, ``reported``…; see :class:`tui.attribution.Rule`)
    rule: str | None = None
    #: changed by the user's corrections (:mod:`tui.corrections`)
    corrected: bool = False

    @property
    def paragraph(self) -> int:
        return self.paragraphs[0]


@dataclass(frozen=True, slots=True)
class Speaker:
    """One real speaker, merged across mentions and articles."""

    id: str
    name: str
    kind: str
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    #: (article id, number of quotes there), in library order
    articles: tuple[tuple[str, int], ...] = ()
    #: role per article id, where the article gives one
    article_roles: tuple[tuple[str, str], ...] = ()
    quote_count: int = 0
    #: renamed, merged or split by the user's corrections (:mod:`tui.corrections`)
    corrected: bool = False

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    def role_in(self, article_id: str) -> str | None:
        for aid, role in self.article_roles:
            if aid == article_id:
                return role
        return self.role


@dataclass(frozen=True, slots=True)
class Document:
    """One parsed article with its quotes (before library-wide merging)."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = field(default=())
    #: what the parser could not read of the article (a limit it reached)
    notes: tuple[Problem, ...] = ()
