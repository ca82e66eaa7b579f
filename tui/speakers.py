"""Resolving speaker mentions to entities and merging name variants.

Within an article, a mention joins an entity when it is the same name, a
shorter form of it (surname, given name, honorific form: "Jeon", "Mr.
Burman"), an alias from ``content/organisations.yaml`` ("the Foreign
Ministry" = "the Ministry of Foreign Affairs") or an acronym the article
introduced ("Korean Central News Agency (KCNA)").  Pronouns and definite
descriptions ("he", "the official", "the commission") point to the entity
they refer to.  The canonical name is the fullest form.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .content import Lexicon
from .grammar import ARTICLES, FEMININE_PRONOUNS, MASCULINE_PRONOUNS, STATE_ENDINGS
from .model import ORGANISATION, PERSON

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'"})
_SLUG = re.compile(r"[^a-z0-9]+")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_ARTICLE = re.compile(r"^(the|a|an)\s+")
_ARTICLE_I = re.compile(r"^(the|a|an)\s+", re.I)
_POSS = re.compile(r"['’]s$")


def clean_role(role: str | None, lexicon: Lexicon) -> str | None:
    """An apposition as a role, or None when it is a clause about the person
    ("who will address the convention", "in her campaigning")."""
    if not role:
        return None
    role = role.strip(" ,")
    first = role.split()[0].lower() if role else ""
    if not role or first in lexicon.not_role_openers or first.endswith("ing") or len(role.split()) > 14:
        return None  # a longer apposition has run into the sentence
    if all(w.lower().endswith(STATE_ENDINGS) for w in role.split()):
        return None  # "Clinton, clearly frustrated, said": a state, not a role
    return role


_TRAILING_POSS = re.compile(r"['\u2019]s?$")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Key used to merge names: NFKC, straight apostrophes, lower case,
    leading article dropped, whitespace collapsed."""
    name = unicodedata.normalize("NFKC", name).translate(_APOS).strip().lower()
    name = _ARTICLE.sub("", name)
    name = _POSS.sub("", name)
    return " ".join(name.split())


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    s = _SLUG.sub("-", normalize_name(name)).strip("-")
    return s or "speaker"


#: how many of the most recently named entities a pronoun or a description
#: looks back over (an article of real news names at most a few dozen; the
#: bound keeps a hostile file with thousands of names linear)
LOOKBACK = 128


@dataclass(eq=False)  # one object per entity: compared and hashed by identity
class Entity:
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    last_seen: int = -1
    description: bool = False
    gender: str | None = None  # "m" / "f" when an honorific said so
    #: recency: the entity named most recently has the highest stamp (set by the Resolver)
    stamp: int = -1
    _key: str = ""
    _key_for: str | None = None
    _alias_keys: list[str] = field(default_factory=list)
    _alias_set: set[str] = field(default_factory=set)
    _role_set: set[str] = field(default_factory=set)
    #: every role, lower-cased, one a line: "is this word in a role?" in one search
    _roles_lower: str = ""
    _index_keys: frozenset = frozenset()
    _index_name: str | None = None  # the name and the number of aliases the keys were made for
    _index_aliases: int = -1
    #: the keys it was last filed under at its stamp (see Resolver._named_now)
    _filed: frozenset = frozenset()

    @property
    def key(self) -> str:
        if self._key_for != self.name:
            self._key, self._key_for = normalize_name(self.name), self.name
        return self._key

    def alias_keys(self) -> list[str]:
        if len(self._alias_keys) != len(self.aliases):
            self._alias_keys = [normalize_name(a) for a in self.aliases]
        return self._alias_keys

    def tokens(self) -> list[str]:
        return [t for t in self.name.translate(_APOS).split() if not _INITIAL.match(t)]

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self._alias_set:
            self.aliases.append(alias)
            self._alias_set.add(alias)

    def add_role(self, role: str | None) -> None:
        """Add a role (cleaned already: see :func:`clean_role`)."""
        if role and role not in self._role_set:
            self.roles.append(role)
            self._role_set.add(role)
            self._roles_lower += role.lower() + "\n"

    def role_mentions(self, word: str) -> bool:
        """Does one of the roles hold ``word`` (``minister`` in ``prime minister``)?"""
        return word in self._roles_lower  # (a word holds no newline: it cannot match across two roles)

    def index_keys(self) -> frozenset:
        """What the entity can be looked up by, now: its name's key, every
        alias's key, for a person its name's first and last word (and both),
        for an organisation each word of its name."""
        if self._index_name is not self.name or self._index_aliases != len(self.aliases):
            key = self.key
            keys = {("name", key), ("exact", key), *(("exact", k) for k in self.alias_keys())}
            if not self.description:
                if self.kind == PERSON:
                    et = self.tokens()
                    if et:
                        keys.update((("end", et[0]), ("end", et[-1])))
                        keys.add(("pair", (et[0], et[-1])) if len(et) > 1 else ("single", et[0]))
                        if len(et) > 1:
                            keys.add(("first", et[0]))
                elif self.kind == ORGANISATION:
                    keys.update(("orgword", w) for w in self.name.lower().split())
            self._index_keys = frozenset(keys)
            self._index_name, self._index_aliases = self.name, len(self.aliases)
        return self._index_keys


class _Buckets:
    """Entities by what they can be looked up by, each key's entities kept in
    recency order, so that "the most recently named entity called X" is one
    lookup, not a scan of every entity (which made long articles quadratic).

    An entity is filed under all its keys when it is named (it then has the
    highest stamp, and goes at the end of each list); a key it gains later
    without being named again is filed in its place. An entity loses keys
    only when it is renamed, and is then named again with a new stamp: so an
    entry is current exactly when its stamp is the entity's, and one left
    behind is dropped when it reaches the end of its list."""

    def __init__(self) -> None:
        self._lists: dict[tuple, list[tuple[int, Entity]]] = {}

    def file(self, ent: Entity, keys: Iterable[tuple]) -> None:
        """File ``ent`` under ``keys`` at its stamp, the highest so far."""
        lists = self._lists
        entry = (ent.stamp, ent)
        for key in keys:
            lst = lists.get(key)
            if lst is None:
                lists[key] = [entry]
            else:
                lst.append(entry)

    def file_late(self, ent: Entity, keys: Iterable[tuple]) -> None:
        for key in keys:
            bisect.insort(self._lists.setdefault(key, []), (ent.stamp, ent), key=_stamp_of)

    def latest(self, key: tuple) -> Entity | None:
        lst = self._lists.get(key)
        while lst:
            stamp, ent = lst[-1]
            if ent.stamp == stamp:
                return ent
            lst.pop()
        return None


def _stamp_of(entry: tuple[int, Entity]) -> int:
    return entry[0]


def _plural(ent: Entity) -> bool:
    """Is ``ent`` many people ("MPs", "the officials"), whom no he or she names?
    (A name ending in s is one person: "Jones".)"""
    last = ent.name.split()[-1] if ent.name else ""
    return (ent.description and last.endswith("s") and not last.endswith("ss")) or (
        len(last) > 2 and last[:-1].isupper() and last.endswith("s"))


def _most_recent(order: dict[Entity, None], test: Callable[[Entity], bool]) -> Entity | None:
    """The most recent entity of ``order`` that passes ``test``, among the last LOOKBACK."""
    for n, ent in enumerate(reversed(order)):
        if n >= LOOKBACK:
            return None
        if test(ent):
            return ent
    return None


class Resolver:
    """Turns mentions into entities for one article."""

    def __init__(self, lexicon: Lexicon, subjects: Callable[[], list[tuple[int, str]]] | None = None,
                 full_name: Callable[[str], str | None] | None = None):
        self.lex = lexicon
        #: every entity, and those of each kind that are not descriptions, in
        #: recency order (insertion-ordered dicts: moving one to the end is O(1))
        self._order: dict[Entity, None] = {}
        self._named: dict[Entity, None] = {}
        self._persons: dict[Entity, None] = {}
        self._orgs: dict[Entity, None] = {}
        self._buckets = _Buckets()
        self._stamp = 0
        self.acronyms: dict[str, Entity] = {}
        #: people named as the subject of a sentence, (offset, name), in text order:
        #: antecedents for pronouns even when they were never quoted
        self._subjects_fn = subjects
        self._subjects: list[tuple[int, str]] | None = None
        #: the one full name the article gives a bare surname ("Clinton" -> "Hillary Clinton")
        self._full_name = full_name

    @property
    def subjects(self) -> list[tuple[int, str]]:
        if self._subjects is None:
            self._subjects = self._subjects_fn() if self._subjects_fn is not None else []
            self._subject_pos = [p for p, _name in self._subjects]
        return self._subjects

    @property
    def entities(self) -> list[Entity]:
        """Every entity, the least recently named first."""
        return list(self._order)

    def _named_now(self, ent: Entity) -> None:
        """``ent`` was named: it becomes the most recent entity, filed under every key it has."""
        keys = ent.index_keys()
        if ent.stamp == self._stamp and ent.stamp >= 0 and ent._filed <= keys:
            # named last already (a speaker quoted again), and no key lost: its place holds, and only
            # the keys it gained are filed (a key lost to a new name needs a new stamp: see _Buckets)
            if ent._filed is not keys:
                self._buckets.file(ent, keys - ent._filed)
                ent._filed = keys
            return
        self._stamp += 1
        ent.stamp = self._stamp
        orders = [self._order]
        if not ent.description:
            orders.append(self._named)
            if ent.kind == PERSON:
                orders.append(self._persons)
            elif ent.kind == ORGANISATION:
                orders.append(self._orgs)
        for order in orders:
            order.pop(ent, None)
            order[ent] = None
        ent._filed = keys
        self._buckets.file(ent, keys)

    # --------------------------------------------------------------- naming

    def strip_honorific(self, name: str) -> tuple[str, str | None]:
        parts = name.split()
        if len(parts) > 1 and parts[0].rstrip(".") in self.lex.honorifics:
            return " ".join(parts[1:]), parts[0]
        return name, None

    def _rank(self, honorific: str) -> str:
        h = honorific.rstrip(".")
        return "knight" if h in self.lex.given_name_honorifics else "peer" if h in self.lex.peer_honorifics else "plain"

    def _other_rank(self, ent: Entity, honorific: str) -> bool:
        """Is ``ent`` addressed with an honorific of another rank than ``honorific``
        (a knight or a peer is no "Mr" of the same name)?"""
        rank = self._rank(honorific)
        for a in ent.aliases:
            first = a.split(" ", 1)[0]
            if " " in a and first.rstrip(".") in self.lex.honorifics and self._rank(first) != rank:
                return True
        return False

    def kind_of(self, name: str) -> str:
        clean = name.translate(_APOS)
        if clean.lower() in self.lex.org_aliases or clean in self.lex.states or clean in self.lex.bodies:
            return ORGANISATION
        words = clean.split()
        if any(w in self.lex.org_keywords for w in words):
            return ORGANISATION
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            return ORGANISATION  # an acronym
        return PERSON

    def canonical_alias(self, name: str) -> str | None:
        clean = _ARTICLE_I.sub("", name.translate(_APOS))
        return self.lex.org_aliases.get(clean.lower())

    # ------------------------------------------------------------ matching

    def _find_name(self, name: str, kind: str) -> Entity | None:
        """The most recent entity with this name or alias; for a person, one
        whose first or last name it is ("Jeon" for "Jeon Ha-kyu"), or the same
        first and last name (or a one-word name it ends or starts with)."""
        buckets = self._buckets
        ent = buckets.latest(("exact", normalize_name(name)))
        if ent is not None:
            return ent
        acr = self.acronyms.get(name.replace(".", "").upper()) if name.replace(".", "").isupper() else None
        if acr is not None:
            return acr
        if kind != PERSON:
            return None
        toks = [t for t in name.translate(_APOS).split() if not _INITIAL.match(t)]
        if not toks:
            return None
        if len(toks) == 1:
            return buckets.latest(("end", toks[0]))
        ent = buckets.latest(("pair", (toks[0], toks[-1])))
        if ent is not None:
            return ent
        singles = [e for e in (buckets.latest(("single", toks[0])), buckets.latest(("single", toks[-1]))) if e is not None]
        return max(singles, key=lambda e: e.stamp) if singles else None

    def resolve(self, mention_text: str, form: str, role: str | None, pos: int,
                acronym: str | None = None) -> tuple[Entity | None, str]:
        """The entity a mention refers to, and how it was resolved."""
        if form == "pronoun":
            return self._resolve_pronoun(mention_text.lower(), pos)
        if form == "description":
            return self._resolve_description(mention_text, role, pos)
        name, honorific = self.strip_honorific(mention_text)
        name = _TRAILING_POSS.sub("", name) or name  # "Clinton’s" names Clinton
        alias_target = self.canonical_alias(name)
        how = "name"
        if alias_target is not None:
            if normalize_name(alias_target) != normalize_name(name):
                how = "alias"
            kind = ORGANISATION
            lookup = alias_target
        else:
            kind = self.kind_of(name)
            lookup = name
        knight = honorific is not None and honorific.rstrip(".") in self.lex.given_name_honorifics \
            and " " not in name and kind == PERSON
        if knight:
            # "Sir Paul", "Dame Judi": a given name (never Michael Howard for "Sir Howard"): one so
            # addressed already, one with that first name, or the full name the text gives
            ent = self._buckets.latest(("exact", normalize_name(mention_text))) \
                or self._buckets.latest(("first", name))
            full = self._full_name(mention_text) if ent is None and self._full_name is not None else None
            if full is not None:
                ent = self._find_name(full, PERSON) or Entity(full, PERSON)
        else:
            ent = self._find_name(lookup, kind)
            if ent is not None and honorific is not None and self._other_rank(ent, honorific):
                # "Mr Blair" after "Sir Ian Blair", "Mr Falconer" beside "Lord Falconer": someone else
                ent = Entity(lookup, kind)
                self._named_now(ent)
        if ent is None and kind == PERSON and len(name.split()) == 1 and name.isupper():
            ent = self.acronyms.get(name)
        acronym_word = name.isupper() and alias_target is None
        if ent is None and " " not in name and not knight and (acronym_word or kind == PERSON) and self._full_name is not None:
            # "AROS" in an article that spells out "Alliance to Reclaim Our Schools (AROS)";
            # "President Clinton" in an article that names Bill Clinton (and no other Clinton)
            full = self._full_name(name)
            if full is not None:
                full_kind = ORGANISATION if acronym_word else kind
                ent = self._find_name(full, full_kind)
                if ent is None:
                    ent = Entity(full, full_kind)
                    self._named_now(ent)
                if acronym_word:
                    self.acronyms[name] = ent
        if ent is None:
            ent = Entity(lookup, kind)
        else:
            if how == "name" and ent.key != normalize_name(name) and not honorific and name not in ent.aliases:
                if len(name) > len(ent.name) and kind == PERSON and len(name.split()) > len(ent.name.split()):
                    ent.add_alias(ent.name)
                    ent.name = name  # the fullest form is canonical
                elif normalize_name(name) != ent.key:
                    how = "alias" if kind == ORGANISATION else "name"
        if name != ent.name or honorific:
            ent.add_alias(mention_text if honorific else name)  # ("Lord Falconer": how he is addressed, too)
        if acronym:
            self.acronyms[acronym] = ent
            ent.add_alias(acronym)
        ent.add_role(clean_role(role, self.lex))
        ent.last_seen = pos
        if honorific and ent.kind == PERSON and ent.gender is None:
            ent.gender = self.lex.gender_of(honorific)
        self._named_now(ent)  # the most recent entity now, filed under its new names too
        return ent, how

    def _recent(self, pos: int, kind: str | None) -> Entity | None:
        order = self._named if kind is None else self._persons if kind == PERSON else self._orgs
        return _most_recent(order, lambda ent: ent.last_seen <= pos)

    def _resolve_pronoun(self, pronoun: str, pos: int) -> tuple[Entity | None, str]:
        if pronoun in self.lex.first_person_pronouns:
            return None, "pronoun"  # outside quotation marks "I" and "we" are the writer's
        if pronoun in self.lex.person_pronouns and pronoun not in self.lex.org_pronouns:
            gender = "m" if pronoun in MASCULINE_PRONOUNS else "f" if pronoun in FEMININE_PRONOUNS else None
            ent = self._recent_person(pos, gender)
        elif pronoun in self.lex.org_pronouns and pronoun not in self.lex.person_pronouns:
            ent = self._recent(pos, ORGANISATION) if pronoun == "it" else (self._recent(pos, ORGANISATION) or self._recent(pos, PERSON))
        else:
            ent = self._recent(pos, None)
        if ent is None:
            return None, "pronoun"
        ent.last_seen = pos
        return ent, "pronoun"

    def _recent_person(self, pos: int, gender: str | None) -> Entity | None:
        """The latest person before ``pos`` that fits the pronoun: a speaker, or
        someone named as the subject of a later sentence than that speaker."""
        ent = _most_recent(self._persons, lambda c: c.last_seen <= pos and (gender is None or (
            c.gender in (None, gender) and not _plural(c))))
        since = ent.last_seen if ent is not None else -1
        subjects = self.subjects  # found only when a pronoun needs them
        i = bisect.bisect_left(self._subject_pos, pos) - 1  # the last subject before the pronoun
        for i in range(i, max(-1, i - LOOKBACK), -1):
            spos, name = subjects[i]
            if spos <= since:
                break
            bare, honorific = self.strip_honorific(name)
            g = self.lex.gender_of(honorific)
            if gender is not None and g not in (None, gender):
                continue
            if self.kind_of(bare) != PERSON:
                continue
            found, _how = self.resolve(name, "name", None, spos)
            return found
        return ent

    def _resolve_description(self, text: str, role: str | None, pos: int) -> tuple[Entity | None, str]:
        words = text.split()
        det = words[0].lower() if words else ""
        bare = " ".join(words[1:]) if det in ARTICLES else text
        head = (bare.split() or [""])[-1].lower().translate(_APOS)
        definite = det == "the"
        if definite and bare[:1].isupper() and " " not in bare and not (head.endswith("s") and not head.endswith("ss")):
            # "the German", "the Briton": an epithet for someone just named (as "he" is), whose
            # nationality it gives; a plural ("the Americans") is a group of its own. (One named
            # so already is that one: "the Nationwide" after "Nationwide said".)
            ent = self._buckets.latest(("exact", normalize_name(bare))) or self._recent_person(pos, None)
            if ent is not None:
                ent.last_seen = pos
                return ent, "description"
            kind_of_own = PERSON
        else:
            kind_of_own = None
        if definite and len(bare.split()) <= 3:
            if head in self.lex.org_nouns:
                ent = self._buckets.latest(("orgword", head))  # "the commission": the Central Military Commission
                if ent is not None:
                    ent.last_seen = pos
                    had = ent.index_keys()
                    ent.add_alias("the " + bare)
                    self._buckets.file_late(ent, ent.index_keys() - had)  # (not named: it keeps its place)
                    ent._filed = ent._filed | (ent.index_keys() - had)
                    return ent, "description"
            elif head in self.lex.person_nouns and not head.endswith("s"):
                ent = _most_recent(self._persons, lambda e: e.role_mentions(head))  # "the spokesperson"
                if ent is not None:
                    ent.last_seen = pos
                    return ent, "description"
        # a description of its own ("a spokesman for the campaign", "officials")
        kind = ORGANISATION if head in self.lex.org_nouns and head not in self.lex.person_nouns else PERSON
        if kind_of_own is not None:
            kind = kind_of_own
        elif any(w[:1].isupper() for w in bare.split()) and kind == PERSON and head not in self.lex.person_nouns:
            kind = ORGANISATION  # "the South Korean government", "the Clinton campaign"
        name = bare if bare else text
        ent = self._buckets.latest(("name", normalize_name(name)))
        if ent is not None:
            ent.last_seen = pos
            ent.add_role(clean_role(role, self.lex))
            return ent, "description"
        ent = Entity(name, kind, description=True)
        ent.add_role(clean_role(role, self.lex))
        ent.last_seen = pos
        self._named_now(ent)
        return ent, "description"
