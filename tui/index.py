"""The library index: articles, paragraphs, quotes and speakers, with lookups.

Built from files (``build_index``) or document by document
(``IndexBuilder``, as the reader does in a worker so it can show progress).
Speakers are merged across articles: the same canonical name is one speaker,
and a bare surname joins the full name in the library that it fits (the
only one, or one that dominates the others).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from .content import Lexicon, load_lexicon
from .ingest import iter_file_ids, load_file
from .model import PERSON, Article, Document, Paragraph, Problem, Quote, Speaker
from .parser import parse_article
from .speakers import normalize_name, slug

Progress = Callable[[int, int, str], None]


@dataclass
class _Merged:
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    articles: dict[str, int] = field(default_factory=dict)
    article_roles: dict[str, str] = field(default_factory=dict)


def _dominant(candidates: list[str], merged: dict[str, _Merged]) -> str | None:
    """The full name a bare surname stands for: the only one, or one quoted at
    least four times as often as all the others together ("Blair" is Tony
    Blair in a library that also quotes Cherie Blair twice)."""
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        return None
    counts = {c: sum(merged[c].articles.values()) for c in candidates}
    best = max(candidates, key=lambda c: counts[c])
    rest = sum(counts.values()) - counts[best]
    return best if counts[best] >= 4 * max(rest, 1) else None


class Index:
    """Read-only lookups over a parsed library."""

    def __init__(self, articles: list[Article], quotes: dict[str, list[Quote]],
                 speakers: dict[str, Speaker], problems: list[Problem]):
        self.articles: tuple[Article, ...] = tuple(articles)
        self.problems: tuple[Problem, ...] = tuple(problems)
        self._articles = {a.id: a for a in self.articles}
        self._quotes_by_article = {aid: tuple(qs) for aid, qs in quotes.items()}
        self._quotes = {q.id: q for qs in self._quotes_by_article.values() for q in qs}
        self._starts = {aid: [q.start for q in qs] for aid, qs in self._quotes_by_article.items()}
        self.speakers: dict[str, Speaker] = speakers
        by_speaker: dict[str, list[Quote]] = {}
        for art in self.articles:
            for q in self._quotes_by_article.get(art.id, ()):
                if q.speaker_id:
                    by_speaker.setdefault(q.speaker_id, []).append(q)
        self._by_speaker = {k: tuple(v) for k, v in by_speaker.items()}

    # articles and paragraphs
    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def paragraph_at(self, article_id: str, offset: int) -> Paragraph | None:
        return self._articles[article_id].paragraph_at(offset)

    # quotes
    @property
    def quote_count(self) -> int:
        return len(self._quotes)

    def quote(self, quote_id: str) -> Quote:
        return self._quotes[quote_id]

    def quotes_of(self, article_id: str, kinds: Iterable[str] | None = None) -> tuple[Quote, ...]:
        qs = self._quotes_by_article.get(article_id, ())
        if kinds is None:
            return qs
        ks = set(kinds)
        return tuple(q for q in qs if q.kind in ks)

    def all_quotes(self, kinds: Iterable[str] | None = None) -> Iterable[Quote]:
        for art in self.articles:
            yield from self.quotes_of(art.id, kinds)

    def quote_at(self, article_id: str, offset: int) -> Quote | None:
        """The innermost quote whose span contains ``offset``."""
        qs = self._quotes_by_article.get(article_id, ())
        i = bisect.bisect_right(self._starts.get(article_id, []), offset)
        best = None
        for q in qs[max(0, i - 8) : i]:
            if q.start <= offset < q.end and (best is None or q.end - q.start < best.end - best.start):
                best = q
        return best

    def paragraphs_of(self, quote: Quote) -> tuple[Paragraph, ...]:
        art = self._articles[quote.article_id]
        return tuple(p for p in art.paragraphs if p.index in quote.paragraphs)

    # speakers
    def speaker(self, speaker_id: str) -> Speaker:
        return self.speakers[speaker_id]

    def quotes_by(self, speaker_id: str, kinds: Iterable[str] | None = None) -> tuple[Quote, ...]:
        qs = self._by_speaker.get(speaker_id, ())
        if kinds is None:
            return qs
        ks = set(kinds)
        return tuple(q for q in qs if q.kind in ks)

    def speakers_in(self, article_id: str) -> list[Speaker]:
        ids = []
        for q in self._quotes_by_article.get(article_id, ()):
            if q.speaker_id and q.speaker_id not in ids:
                ids.append(q.speaker_id)
        return [self.speakers[i] for i in ids]

    def find_speakers(self, name: str) -> list[Speaker]:
        """Speakers whose name or alias matches ``name`` (case-insensitive,
        whole name or whole words)."""
        key = normalize_name(name)
        exact, partial = [], []
        for sp in self.speakers.values():
            names = [normalize_name(n) for n in (sp.name, *sp.aliases)]
            if key in names or slug(name) == sp.id:
                exact.append(sp)
            elif any(f" {key} " in f" {n} " for n in names):
                partial.append(sp)
        return exact or partial


class IndexBuilder:
    """Adds parsed documents one at a time; ``finish()`` merges speakers."""

    def __init__(self, lexicon: Lexicon | None = None, reported: bool = False):
        self.lex = lexicon or load_lexicon()
        self.reported = reported
        self.articles: list[Article] = []
        self.quotes: dict[str, list[Quote]] = {}
        self.problems: list[Problem] = []
        self._local: list[Speaker] = []
        self._ids: set[str] = set()

    def add_file(self, path: str, article_id: str | None = None) -> int:
        res = load_file(path, article_id)
        self.problems.extend(res.problems)
        for art in res.articles:
            self.add_article(art)
        return len(res.articles)

    def add_article(self, article: Article) -> None:
        self.add_document(parse_article(article, self.lex, reported=self.reported), check_id=True)

    def add_document(self, doc: Document, check_id: bool = False) -> None:
        if check_id and doc.article.id in self._ids:
            n = 2
            while f"{doc.article.id}~{n}" in self._ids:
                n += 1
            new_id = f"{doc.article.id}~{n}"
            art = replace(doc.article, id=new_id)
            doc = Document(art, tuple(replace(q, article_id=new_id, id=q.id.replace(doc.article.id, new_id, 1))
                                      for q in doc.quotes),
                           tuple(replace(s, articles=tuple((new_id, c) for _a, c in s.articles),
                                         article_roles=tuple((new_id, r) for _a, r in s.article_roles))
                                 for s in doc.speakers))
        self._ids.add(doc.article.id)
        self.articles.append(doc.article)
        self.quotes[doc.article.id] = list(doc.quotes)
        self._local.extend(doc.speakers)

    def finish(self) -> Index:
        merged: dict[str, _Merged] = {}
        remap: dict[str, str] = {}
        for sp in self._local:
            m = merged.get(sp.id)
            if m is None:
                m = merged[sp.id] = _Merged(sp.name, sp.kind)
            elif len(sp.name) > len(m.name):
                m.aliases.append(m.name)
                m.name = sp.name
            for r in sp.roles:
                if r not in m.roles:
                    m.roles.append(r)
            for a in sp.aliases:
                if a not in m.aliases and a != m.name:
                    m.aliases.append(a)
            for aid, c in sp.articles:
                m.articles[aid] = m.articles.get(aid, 0) + c
            for aid, r in sp.article_roles:
                m.article_roles.setdefault(aid, r)
        # a bare surname ("Trump") joins the one full name it fits
        full_by_token: dict[str, list[str]] = {}
        for sid, m in merged.items():
            toks = normalize_name(m.name).split()
            if m.kind == PERSON and len(toks) > 1:
                for t in {toks[0], toks[-1]}:
                    full_by_token.setdefault(t, []).append(sid)
        for sid, m in list(merged.items()):
            toks = normalize_name(m.name).split()
            if m.kind != PERSON or len(toks) != 1:
                continue
            target = _dominant([t for t in full_by_token.get(toks[0], []) if t != sid], merged)
            if target is not None:
                targets = [target]
                tgt = merged[target]
                if m.name not in tgt.aliases:
                    tgt.aliases.append(m.name)
                for a in m.aliases:
                    if a not in tgt.aliases:
                        tgt.aliases.append(a)
                for r in m.roles:
                    if r not in tgt.roles:
                        tgt.roles.append(r)
                for aid, c in m.articles.items():
                    tgt.articles[aid] = tgt.articles.get(aid, 0) + c
                for aid, r in m.article_roles.items():
                    tgt.article_roles.setdefault(aid, r)
                remap[sid] = targets[0]
                del merged[sid]
        order = {a.id: i for i, a in enumerate(self.articles)}
        speakers: dict[str, Speaker] = {}
        for sid, m in merged.items():
            arts = sorted(((a, c) for a, c in m.articles.items() if c), key=lambda ac: order.get(ac[0], 0))
            if not arts:
                continue  # mentioned, never quoted
            speakers[sid] = Speaker(
                id=sid, name=m.name, kind=m.kind, roles=tuple(m.roles),
                aliases=tuple(a for a in m.aliases if a != m.name),
                articles=tuple(arts), article_roles=tuple(m.article_roles.items()),
                quote_count=sum(c for _, c in arts),
            )
        quotes = self.quotes
        if remap:
            quotes = {
                aid: [replace(q, speaker_id=remap.get(q.speaker_id, q.speaker_id)) if q.speaker_id in remap else q for q in qs]
                for aid, qs in quotes.items()
            }
        return Index(self.articles, quotes, speakers, self.problems)


def build_index(paths: Iterable[str | os.PathLike[str]], lexicon: Lexicon | None = None,
                progress: Progress | None = None, reported: bool = False) -> Index:
    """Load, parse and index every file under ``paths``; with ``reported``,
    reported speech too (quotes of kind ``indirect``: a second pass that
    roughly doubles the parsing time)."""
    builder = IndexBuilder(lexicon, reported=reported)
    files = list(iter_file_ids(paths, builder.problems))
    total = len(files)
    for n, (path, article_id) in enumerate(files, 1):
        builder.add_file(path, article_id)
        if progress is not None:
            progress(n, total, path)
    return builder.finish()
