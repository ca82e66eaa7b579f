"""The library merge: one speaker for each person or organisation across articles.

Each parsed article names its own speakers (:class:`LocalSpeaker`, local
ids are name slugs). :func:`merge_speakers` joins them in named passes:

1. ``collect``: the same id in many articles is one speaker (the longest
   name shown, roles counted, quotes per article added up);
2. ``join_middle_names``: "Hillary Rodham Clinton" joins "Hillary Clinton",
   when only one shorter form fits;
3. ``join_prefixed_names``: "Tories Ken Clarke" joins "Ken Clarke" (words
   of a title, a party or a headline before a full name);
4. ``join_surnames``: a bare surname ("Trump") joins the one full name it
   fits, or the one that dominates (:func:`dominant`);
5. ``speakers``: the merged speakers that are quoted, in library order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from .content import Lexicon, load_lexicon
from .model import PERSON, Speaker
from .speakers import normalize_name

#: "A Clinton" and "Clinton" merge (the same key); the name shown is never the one with the article
_LEADING_ARTICLE = re.compile(r"(?:a|an|the)\s", re.I)


@dataclass
class Merged:
    """A speaker while the library merges it."""

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


def is_description(sid: str) -> bool:
    """Is ``sid`` a speaker known only by a description in one article
    (:func:`tui.parser.description_scope`: a slug holds no ``@``)?"""
    return "@" in sid


def dominant(candidates: list[str], merged: dict[str, Merged]) -> str | None:
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


def collect(local: Iterable[Speaker | LocalSpeaker]) -> dict[str, Merged]:
    """Pass 1: one :class:`Merged` per speaker id, over every article."""
    merged: dict[str, Merged] = {}
    for sp in local:
        m = merged.get(sp.id)
        if m is None:
            m = merged[sp.id] = Merged(sp.name, sp.kind)
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
    return merged


def merge_into(merged: dict[str, Merged], remap: dict[str, str], sid: str, target: str) -> None:
    """Speaker ``sid`` becomes part of ``target``: its names are aliases, its roles and quotes added."""
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
    remap[sid] = target  # (an id merged twice is followed to its end in merge_speakers)
    del merged[sid]


def _proper(m: Merged) -> list[str] | None:
    """A person's name as tokens, when every word is capitalised ("Clinton
    supporters" is a description, not a full name)."""
    words = m.name.split()
    if m.kind != PERSON or not all(w[:1].isupper() for w in words):
        return None
    return normalize_name(m.name).split()


def join_middle_names(merged: dict[str, Merged], remap: dict[str, str]) -> None:
    """Pass 2: the same first and last name, with a middle name or initial or
    without ("Hillary Rodham Clinton", "James B. Comey"): one person, when
    only one shorter form fits."""
    short: dict[tuple[str, str], list[str]] = {}
    for sid, m in merged.items():
        toks = _proper(m)
        if toks is not None and len(toks) == 2:
            short.setdefault((toks[0], toks[-1]), []).append(sid)
    for sid, m in list(merged.items()):
        toks = _proper(m)
        if toks is not None and len(toks) > 2:
            fits = short.get((toks[0], toks[-1]), [])
            if len(fits) == 1 and fits[0] != sid:
                merge_into(merged, remap, sid, fits[0])


def join_prefixed_names(merged: dict[str, Merged], remap: dict[str, str]) -> None:
    """Pass 3: a name that ends with another person's full name ("Tories Ken
    Clarke", "Defiant Matt Williams", "East Midlands MEP Robert Kilroy-Silk"
    beside "Ken Clarke", "Matt Williams", "Robert Kilroy-Silk") is that
    person with words of a title, a party or a headline before it: it joins
    the shortest such name (two words at least), kept as an alias."""
    by_tokens: dict[tuple[str, ...], str] = {}
    for sid, m in merged.items():
        toks = _proper(m)
        if toks is not None and len(toks) >= 2 and not is_description(sid):
            by_tokens.setdefault(tuple(toks), sid)
    for sid, m in list(merged.items()):
        toks = _proper(m)
        if toks is None or len(toks) < 3 or is_description(sid):
            continue
        target = next((by_tokens[t] for n in range(2, len(toks))
                       if (t := tuple(toks[-n:])) in by_tokens and by_tokens[t] != sid), None)
        if target is not None and target in merged:
            merge_into(merged, remap, sid, target)


def _addressed(m: Merged, honorifics: frozenset[str]) -> set[str]:
    """The honorifics of ``honorifics`` that ``m`` is addressed by ("Lord" for "Lord Browne")."""
    return {w for a in (m.name, *m.aliases) if (w := a.split(" ", 1)[0].rstrip(".")) in honorifics and " " in a}


def join_surnames(merged: dict[str, Merged], remap: dict[str, str], given_name: frozenset[str] = frozenset(),
                  peers: frozenset[str] = frozenset()) -> None:
    """Pass 4: a bare surname ("Trump") joins the one full name it fits (:func:`dominant`).
    Not a knight's given name ("Sir Howard" is no Michael Howard: ``given_name``
    honorifics), and a peer joins only a peer ("Lord Browne" is no Des Browne: ``peers``)."""
    full_by_token: dict[str, list[str]] = {}
    for sid, m in merged.items():
        toks = _proper(m)
        if toks is not None and len(toks) > 1:
            for t in {toks[0], toks[-1]}:
                full_by_token.setdefault(t, []).append(sid)
    for sid, m in list(merged.items()):
        toks = normalize_name(m.name).split()
        if m.kind != PERSON or len(toks) != 1 or is_description(sid):
            continue  # ("the executive" of one article is no surname of The Scottish Executive)
        if _addressed(m, given_name):
            continue
        peer = _addressed(m, peers)
        target = dominant([t for t in full_by_token.get(toks[0], [])
                           if t != sid and _addressed(merged[t], peers) == peer], merged)
        if target is not None:
            merge_into(merged, remap, sid, target)


def speakers(merged: dict[str, Merged], order: dict[str, int]) -> dict[str, Speaker]:
    """Pass 5: the merged speakers that are quoted, their articles in library order."""
    out: dict[str, Speaker] = {}
    for sid, m in merged.items():
        arts = sorted(((a, c) for a, c in m.articles.items() if c), key=lambda ac: order.get(ac[0], 0))
        if not arts:
            continue  # mentioned, never quoted
        # the role most articles give first ("Sen." over a one-off description)
        roles = sorted(m.roles, key=lambda r: (-m.role_counts.get(r, 0), len(r.split())))
        out[sid] = Speaker(
            id=sid, name=m.name, kind=m.kind, roles=tuple(roles),
            aliases=tuple(a for a in m.aliases if a != m.name),
            articles=tuple(arts), article_roles=tuple(m.article_roles.items()),
            quote_count=sum(c for _, c in arts),
        )
    return out


def merge_speakers(local: Iterable[Speaker | LocalSpeaker], order: dict[str, int], lexicon: Lexicon | None = None
                   ) -> tuple[dict[str, Speaker], dict[str, str]]:
    """The library's speakers from every article's, and where each merged-away
    local id went (``{id: the id of the speaker it is now part of}``).
    ``order`` gives each article id its place in the library; ``lexicon``
    the honorifics of knights and peers (by default, ``content/``'s)."""
    lex = lexicon or load_lexicon()
    merged = collect(local)
    remap: dict[str, str] = {}
    join_middle_names(merged, remap)
    join_prefixed_names(merged, remap)
    join_surnames(merged, remap, lex.given_name_honorifics, lex.peer_honorifics)
    out = speakers(merged, order)
    for sid in remap:  # each merged id to the speaker it ended in
        end = remap[sid]
        while end in remap:
            end = remap[end]
        remap[sid] = end
    return out, remap
