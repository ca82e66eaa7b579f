"""The data model: small immutable records with exact character offsets.

Every offset indexes ``Article.text``; ``quote.text == article.text[quote.start:quote.end]``
holds for every quote the parser produces, so every highlight and every copied
quote can be traced back to the source text.
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: str
    title: str
    date: str | None
    text: str
    paragraphs: tuple[Paragraph, ...]
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
    ``continuation``, ``paragraph``).
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
