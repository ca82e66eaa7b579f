"""The library index: articles, paragraphs, quotes and speakers, with lookups.

Built document by document by :class:`IndexBuilder`, which
:func:`tui.library.open_library` feeds from the cache or the parser.
Speakers are merged across articles by :mod:`tui.merge`: the same canonical
name is one speaker, and a bare surname joins the full name in the library
that it fits (the only one, or one that dominates the others).
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable, Iterable
from dataclasses import replace

from .content import Lexicon, load_lexicon
from .ingest import load_file
from .merge import LocalSpeaker, merge_speakers
from .model import PERSON, Article, Document, Paragraph, Problem, Quote, Speaker
from .parser import description_scope, parse_article
from .speakers import normalize_name, slug

Progress = Callable[[int, int, str], None]


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
        self._duplicates: dict[str, str] | None = None

    def amend(self, quotes: dict[str, tuple[Quote, ...]], speakers: dict[str, Speaker]) -> None:
        """The quotes of some articles and the speakers, replaced (the user's
        corrections: :func:`tui.corrections.apply` is the one caller)."""
        for aid, qs in quotes.items():
            self._sets[aid] = QuoteSet.of(aid, qs)
        self._quote_count = sum(len(qs) for qs in self._sets.values())
        self.speakers = speakers
        self._by_speaker = {}

    # articles and paragraphs
    @property
    def duplicate_of(self) -> dict[str, str]:
        """``{article id: the id of the first article with the same body text}``
        for every article that repeats one before it in library order (the
        BBC corpus has the same story under two names): search lists each
        text once, the library marks the copies, ``pressroom check`` names
        them."""
        if self._duplicates is None:
            first: dict[bytes, str] = {}
            dups: dict[str, str] = {}
            for art in self.articles:
                # the body, headline aside: the same story under another headline is still the same text
                start = next((p.start for p in art.paragraphs if not p.headline), len(art.text))
                if len(art.text) - start < 40:
                    continue  # (a few words alike are no copy)
                key = hashlib.blake2b(art.text[start:].encode("utf-8"), digest_size=16).digest()
                if key in first:
                    dups[art.id] = first[key]
                else:
                    first[key] = art.id
            self._duplicates = dups
        return self._duplicates

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

    def speakers_named(self, name: str) -> list[Speaker]:
        """The speakers ``name`` names: :meth:`find_speakers`, or failing that
        the closest names and aliases, typos forgiven as search forgives them
        (``gordon brwn``, ``tony blar``)."""
        found = self.find_speakers(name)
        if found or not name.strip():
            return found
        from rapidfuzz import fuzz, process, utils

        names: dict[str, set[str]] = {}
        one_word = len(name.split()) == 1
        for sp in self.speakers.values():
            for n in (sp.name, *sp.aliases):
                names.setdefault(n, set()).add(sp.id)
                if one_word and sp.kind == PERSON and len(n.split()) > 1:
                    names.setdefault(n.split()[-1], set()).add(sp.id)  # "blar": a surname misspelt
        best = process.extract(name, list(names), scorer=fuzz.WRatio, processor=utils.default_process,
                               limit=5, score_cutoff=86)
        if not best:
            return []
        top = best[0][1]
        ids = {sid for n, score, _ in best if score >= top - 1 for sid in names[n]}
        return [self.speakers[sid] for sid in ids]


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
            # a speaker known by a description is the article's own: its id names the new one
            old_scope, new_scope = description_scope(doc.article.id), description_scope(new_id)

            def rescoped(sid):
                return sid[: -len(old_scope)] + new_scope if sid and sid.endswith(old_scope) else sid

            doc = Document(art, tuple(replace(q, article_id=new_id, id=q.id.replace(doc.article.id, new_id, 1),
                                              speaker_id=rescoped(q.speaker_id))
                                      for q in doc.quotes),
                           tuple(replace(s, id=rescoped(s.id), articles=tuple((new_id, c) for _a, c in s.articles),
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
        """The index, with the speakers of every article merged (:mod:`tui.merge`)."""
        speakers, remap = merge_speakers(self._local, {a.id: i for i, a in enumerate(self.articles)}, self.lex)
        if remap:
            for sp in self._local:
                if sp.id in remap:
                    for aid, _n in sp.articles:
                        qset = self.quotes.get(aid)
                        if qset is not None:
                            qset.remap(remap)
        return Index(self.articles, self.quotes, speakers, self.problems)
