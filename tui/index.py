"""The library index: articles, paragraphs, quotes and speakers, with lookups.

Built from files (``build_index``) or document by document
(``IndexBuilder``, as the reader does in a worker so it can show progress).
Speakers are merged across articles: the same canonical name is one speaker,
and a bare surname joins the full name in the library that it fits (the
only one, or one that dominates the others).
"""

from __future__ import annotations

import os
import re
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from .content import Lexicon, load_lexicon
from .ingest import iter_file_ids, load_file
from .model import PERSON, Article, Document, Paragraph, Problem, Quote, Speaker
from .parser import parse_article
from .speakers import normalize_name, slug

Progress = Callable[[int, int, str], None]
#: "A Clinton" and "Clinton" merge (the same key); the name shown is never the one with the article
_LEADING_ARTICLE = re.compile(r"(?:a|an|the)\s", re.I)


@dataclass
class _Merged:
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    role_counts: dict[str, int] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    articles: dict[str, int] = field(default_factory=dict)
    article_roles: dict[str, str] = field(default_factory=dict)
    _alias_set: set[str] = field(default_factory=set)

    def add_alias(self, alias: str) -> None:
        if alias != self.name and alias not in self._alias_set:
            self.aliases.append(alias)
            self._alias_set.add(alias)


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


class LocalSpeaker(NamedTuple):
    """A speaker as one article names it, before library-wide merging: the
    light form a cached article gives :meth:`IndexBuilder.add_lazy` (a
    library has a hundred thousand of them; only the merged ones last)."""

    id: str
    name: str
    kind: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    article_id: str
    count: int

    @property
    def articles(self) -> tuple[tuple[str, int], ...]:
        return ((self.article_id, self.count),) if self.count else ()

    @property
    def article_roles(self) -> tuple[tuple[str, str], ...]:
        return ((self.article_id, self.roles[0]),) if self.roles else ()

    def speaker(self) -> Speaker:
        return Speaker(self.id, self.name, self.kind, self.roles, self.aliases, self.articles,
                       self.article_roles, self.count)


#: one letter per quote kind, for the compact per-article kind strings
KIND_CODES = {"direct": "d", "mixed": "m", "nested": "n", "scare": "s", "indirect": "i"}
CODE_KINDS = {v: k for k, v in KIND_CODES.items()}


def _codes(kinds: Iterable[str] | None) -> str | None:
    return None if kinds is None else "".join(dict.fromkeys(KIND_CODES[k] for k in kinds if k in KIND_CODES))


class QuoteSet:
    """The quotes of one article.

    What listing, counting, speakers and search need for every quote of a
    library is kept compact and at hand: one letter per quote for its kind,
    its speaker id, its span (``spans[2*i]``, ``spans[2*i+1]``). The
    :class:`Quote` records themselves are made on first use, from the
    loader the cache gives (a re-opened library of 200,000 quotes does not
    build 200,000 records to show its first screen).
    """

    __slots__ = ("article_id", "kinds", "speaker_ids", "spans", "_quotes", "_load", "_remap")

    def __init__(self, article_id: str, kinds: str, speaker_ids: tuple[str | None, ...], spans: array,
                 quotes: tuple[Quote, ...] | None = None, load: Callable[[], tuple[Quote, ...]] | None = None):
        self.article_id = article_id
        self.kinds = kinds
        self.speaker_ids = speaker_ids
        self.spans = spans
        self._quotes = quotes
        self._load = load
        self._remap: dict[str, str] | None = None

    @classmethod
    def of(cls, article_id: str, quotes: Iterable[Quote]) -> QuoteSet:
        quotes = tuple(quotes)
        spans = array("I")
        for q in quotes:
            spans.append(q.start)
            spans.append(q.end)
        return cls(article_id, "".join(KIND_CODES[q.kind] for q in quotes),
                   tuple(q.speaker_id for q in quotes), spans, quotes=quotes)

    def __len__(self) -> int:
        return len(self.kinds)

    @property
    def loaded(self) -> bool:
        return self._quotes is not None

    def quotes(self) -> tuple[Quote, ...]:
        if self._quotes is None:
            assert self._load is not None
            qs = self._load()
            if len(qs) != len(self.kinds):
                raise ValueError(f"{self.article_id}: {len(qs)} quotes, {len(self.kinds)} expected")
            if self._remap:
                qs = tuple(self._remapped(q) for q in qs)
            self._quotes = qs
            self._load = None
        return self._quotes

    def _remapped(self, q: Quote) -> Quote:
        assert self._remap is not None
        sid = q.speaker_id
        return replace(q, speaker_id=self._remap[sid]) if sid in self._remap else q

    def remap(self, remap: dict[str, str]) -> None:
        """Speaker ids merged into others (a bare surname into a full name)."""
        if not any(sid in remap for sid in self.speaker_ids if sid):
            return
        self.speaker_ids = tuple(remap.get(sid, sid) if sid else sid for sid in self.speaker_ids)
        self._remap = remap if self._remap is None else {**self._remap, **remap}  # shared, not copied
        if self._quotes is not None:
            self._quotes = tuple(self._remapped(q) for q in self._quotes)

    def count(self, codes: str | None = None, speaker_id: str | None = None) -> int:
        if speaker_id is None:
            return len(self.kinds) if codes is None else sum(self.kinds.count(c) for c in codes)
        return sum(1 for k, sid in zip(self.kinds, self.speaker_ids)
                   if sid == speaker_id and (codes is None or k in codes))


class Index:
    """Read-only lookups over a parsed library."""

    def __init__(self, articles: list[Article], quotes: dict[str, QuoteSet | Iterable[Quote]],
                 speakers: dict[str, Speaker], problems: list[Problem]):
        self.articles: tuple[Article, ...] = tuple(articles)
        self.problems: tuple[Problem, ...] = tuple(problems)
        self._articles = {a.id: a for a in self.articles}
        self._sets: dict[str, QuoteSet] = {
            aid: qs if isinstance(qs, QuoteSet) else QuoteSet.of(aid, qs) for aid, qs in quotes.items()
        }
        self._quote_count = sum(len(qs) for qs in self._sets.values())
        self.speakers: dict[str, Speaker] = speakers
        self._by_speaker: dict[str, tuple[Quote, ...]] = {}

    # articles and paragraphs
    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def paragraph_at(self, article_id: str, offset: int) -> Paragraph | None:
        return self._articles[article_id].paragraph_at(offset)

    # quotes
    @property
    def quote_count(self) -> int:
        return self._quote_count

    def quote_set(self, article_id: str) -> QuoteSet | None:
        return self._sets.get(article_id)

    def quote(self, quote_id: str) -> Quote:
        article_id = quote_id.rpartition("#")[0]
        for q in self.quotes_of(article_id):
            if q.id == quote_id:
                return q
        raise KeyError(quote_id)

    def quotes_of(self, article_id: str, kinds: Iterable[str] | None = None) -> tuple[Quote, ...]:
        qs = self._sets.get(article_id)
        if qs is None:
            return ()
        if kinds is None:
            return qs.quotes()
        ks = set(kinds)
        return tuple(q for q in qs.quotes() if q.kind in ks)

    def counts_by_article(self, kinds: Iterable[str] | None = None) -> dict[str, int]:
        """Quotes (of ``kinds``) per article id, without making them."""
        codes = _codes(kinds)
        return {aid: qs.count(codes) for aid, qs in self._sets.items()}

    def all_quotes(self, kinds: Iterable[str] | None = None) -> Iterable[Quote]:
        for art in self.articles:
            yield from self.quotes_of(art.id, kinds)

    def quote_at(self, article_id: str, offset: int) -> Quote | None:
        """The innermost quote whose span contains ``offset``."""
        qset = self._sets.get(article_id)
        if qset is None:
            return None
        spans = qset.spans
        best = None
        for i in range(len(qset)):
            s, e = spans[2 * i], spans[2 * i + 1]
            if s <= offset < e and (best is None or e - s < spans[2 * best + 1] - spans[2 * best]):
                best = i
        return None if best is None else qset.quotes()[best]

    def paragraphs_of(self, quote: Quote) -> tuple[Paragraph, ...]:
        art = self._articles[quote.article_id]
        return tuple(p for p in art.paragraphs if p.index in quote.paragraphs)

    # speakers
    def speaker(self, speaker_id: str) -> Speaker:
        return self.speakers[speaker_id]

    def quotes_by(self, speaker_id: str, kinds: Iterable[str] | None = None) -> tuple[Quote, ...]:
        qs = self._by_speaker.get(speaker_id)
        if qs is None:
            found: list[Quote] = []
            sp = self.speakers.get(speaker_id)
            for aid, _n in sp.articles if sp is not None else ():
                qset = self._sets.get(aid)
                if qset is not None and speaker_id in qset.speaker_ids:
                    found.extend(q for q in qset.quotes() if q.speaker_id == speaker_id)
            qs = self._by_speaker[speaker_id] = tuple(found)
        if kinds is None:
            return qs
        ks = set(kinds)
        return tuple(q for q in qs if q.kind in ks)

    def count_by(self, speaker_id: str, kinds: Iterable[str] | None = None, article_id: str | None = None) -> int:
        """How many quotes (of ``kinds``) the speaker has, in the library or in
        one article, without making them."""
        sp = self.speakers.get(speaker_id)
        codes = _codes(kinds)
        total = 0
        aids = [article_id] if article_id is not None else [aid for aid, _n in (sp.articles if sp is not None else ())]
        for aid in aids:
            qset = self._sets.get(aid)
            if qset is not None:
                total += qset.count(codes, speaker_id)
        return total

    def speakers_in(self, article_id: str) -> list[Speaker]:
        ids: list[str] = []
        qset = self._sets.get(article_id)
        for sid in qset.speaker_ids if qset is not None else ():
            if sid and sid not in ids and sid in self.speakers:
                ids.append(sid)
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
        self._lex = lexicon
        self.reported = reported
        self.articles: list[Article] = []
        self.quotes: dict[str, QuoteSet] = {}
        self.problems: list[Problem] = []
        self._local: list[Speaker | LocalSpeaker] = []
        self._ids: set[str] = set()

    @property
    def lex(self) -> Lexicon:
        if self._lex is None:  # only parsing needs it; a library from the cache does not
            self._lex = load_lexicon()
        return self._lex

    def add_file(self, path: str, article_id: str | None = None) -> int:
        res = load_file(path, article_id)
        self.problems.extend(res.problems)
        for art in res.articles:
            self.add_article(art)
        return len(res.articles)

    def add_article(self, article: Article) -> None:
        doc = parse_article(article, self.lex, reported=self.reported)
        self.problems.extend(doc.notes)
        self.add_document(doc, check_id=True)

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
        self.quotes[doc.article.id] = QuoteSet.of(doc.article.id, doc.quotes)
        self._local.extend(doc.speakers)

    def has_id(self, article_id: str) -> bool:
        return article_id in self._ids

    def add_lazy(self, article: Article, quotes: QuoteSet, speakers: Iterable[Speaker | LocalSpeaker]) -> None:
        """An article whose quotes are made on first use (see :class:`QuoteSet`);
        its id must be new (:meth:`has_id`)."""
        self._ids.add(article.id)
        self.articles.append(article)
        self.quotes[article.id] = quotes
        self._local.extend(speakers)

    def finish(self) -> Index:
        merged: dict[str, _Merged] = {}
        remap: dict[str, str] = {}
        for sp in self._local:
            m = merged.get(sp.id)
            if m is None:
                m = merged[sp.id] = _Merged(sp.name, sp.kind)
            elif len(sp.name) > len(m.name) and not _LEADING_ARTICLE.match(sp.name):
                m.aliases.append(m.name)
                m._alias_set.add(m.name)
                m.name = sp.name
            roles = sp.roles
            if roles:
                counts = m.role_counts
                for r in roles:
                    if r not in counts:
                        m.roles.append(r)
                        counts[r] = 1
                    else:
                        counts[r] += 1
            for a in sp.aliases:
                m.add_alias(a)
            if type(sp) is LocalSpeaker:  # the common case, without building tuples
                aid = sp.article_id
                if sp.count:
                    m.articles[aid] = m.articles.get(aid, 0) + sp.count
                if roles and aid not in m.article_roles:
                    m.article_roles[aid] = roles[0]
                continue
            for aid, c in sp.articles:
                m.articles[aid] = m.articles.get(aid, 0) + c
            for aid, r in sp.article_roles:
                m.article_roles.setdefault(aid, r)
        def merge_into(sid: str, target: str) -> None:
            m, tgt = merged[sid], merged[target]
            tgt.add_alias(m.name)
            for a in m.aliases:
                tgt.add_alias(a)
            for r in m.roles:
                if r not in tgt.role_counts:  # (every role is a key there: a dict, not a list scan)
                    tgt.roles.append(r)
                tgt.role_counts[r] = tgt.role_counts.get(r, 0) + m.role_counts.get(r, 0)
            for aid, c in m.articles.items():
                tgt.articles[aid] = tgt.articles.get(aid, 0) + c
            for aid, r in m.article_roles.items():
                tgt.article_roles.setdefault(aid, r)
            remap[sid] = target  # (an id merged twice is followed to its end below)
            del merged[sid]

        def proper(m: _Merged) -> list[str] | None:
            """A person's name as tokens, when every word is capitalised ("Clinton
            supporters" is a description, not a full name)."""
            words = m.name.split()
            if m.kind != PERSON or not all(w[:1].isupper() for w in words):
                return None
            return normalize_name(m.name).split()

        # the same first and last name, with a middle name or initial or without
        # ("Hillary Rodham Clinton", "James B. Comey"): one person, when only one
        # shorter form fits
        short: dict[tuple[str, str], list[str]] = {}
        for sid, m in merged.items():
            toks = proper(m)
            if toks is not None and len(toks) == 2:
                short.setdefault((toks[0], toks[-1]), []).append(sid)
        for sid, m in list(merged.items()):
            toks = proper(m)
            if toks is not None and len(toks) > 2:
                fits = short.get((toks[0], toks[-1]), [])
                if len(fits) == 1 and fits[0] != sid:
                    merge_into(sid, fits[0])
        # a bare surname ("Trump") joins the one full name it fits
        full_by_token: dict[str, list[str]] = {}
        for sid, m in merged.items():
            toks = proper(m)
            if toks is not None and len(toks) > 1:
                for t in {toks[0], toks[-1]}:
                    full_by_token.setdefault(t, []).append(sid)
        for sid, m in list(merged.items()):
            toks = normalize_name(m.name).split()
            if m.kind != PERSON or len(toks) != 1:
                continue
            target = _dominant([t for t in full_by_token.get(toks[0], []) if t != sid], merged)
            if target is not None:
                merge_into(sid, target)
        order = {a.id: i for i, a in enumerate(self.articles)}
        speakers: dict[str, Speaker] = {}
        for sid, m in merged.items():
            arts = sorted(((a, c) for a, c in m.articles.items() if c), key=lambda ac: order.get(ac[0], 0))
            if not arts:
                continue  # mentioned, never quoted
            # the role most articles give first ("Sen." over a one-off description)
            roles = sorted(m.roles, key=lambda r: (-m.role_counts.get(r, 0), len(r.split())))
            speakers[sid] = Speaker(
                id=sid, name=m.name, kind=m.kind, roles=tuple(roles),
                aliases=tuple(a for a in m.aliases if a != m.name),
                articles=tuple(arts), article_roles=tuple(m.article_roles.items()),
                quote_count=sum(c for _, c in arts),
            )
        for sid in remap:  # each merged id to the speaker it ended in
            end = remap[sid]
            while end in remap:
                end = remap[end]
            remap[sid] = end
        if remap:
            for sp in self._local:
                if sp.id in remap:
                    for aid, _n in sp.articles:
                        qset = self.quotes.get(aid)
                        if qset is not None:
                            qset.remap(remap)
        return Index(self.articles, self.quotes, speakers, self.problems)


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
