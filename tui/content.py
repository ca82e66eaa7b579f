"""Loading the YAML lexicons in ``content/``.

The packaged ``content/`` folder is read first; then, in order, every folder
named in ``$PRESSROOM_CONTENT`` (``os.pathsep``-separated) and the user's
``$XDG_CONFIG_HOME/pressroom/content``.  A later file extends an earlier one:
lists are extended, mappings merged key by key, scalars replaced.  Only
a safe YAML loader is used (libyaml's where available).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

#: libyaml's safe loader where PyYAML has it (several times faster), else the pure one
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from .grammar import ARTICLES, HEARER_PRONOUNS, words
from .paths import content_dir


class ContentError(Exception):
    """A content file could not be read; the message names the file."""

def user_content_dirs() -> list[Path]:
    dirs: list[Path] = []
    env = os.environ.get("PRESSROOM_CONTENT")
    if env:
        dirs.extend(Path(p) for p in env.split(os.pathsep) if p)
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    user = Path(config) / "pressroom" / "content"
    if user.is_dir():
        dirs.append(user)
    return dirs

def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [v for v in extra if v not in base]
    return extra

def read_tree(dirs: tuple[Path, ...]) -> dict[str, Any]:
    """Read every ``*.yaml`` in ``dirs`` into one mapping keyed by file stem."""
    data: dict[str, Any] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
            except (OSError, UnicodeDecodeError) as exc:
                raise ContentError(f"{path}: cannot read: {exc}") from exc
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
                raise ContentError(f"{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from exc
            if loaded is None:
                continue
            if not isinstance(loaded, dict):
                raise ContentError(f"{path}: expected a mapping at the top level")
            _check_lists(loaded, path, [])
            stem = path.stem
            data[stem] = _merge(data[stem], loaded) if stem in data else loaded
    return data

def _check_lists(node: Any, path: Path, keys: list[str]) -> None:
    """List items must be text: YAML reads a bare ``no``, ``on`` or ``yes``
    as a boolean, which would silently drop the word from a lexicon."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_lists(value, path, [*keys, str(key)])
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                _check_lists(item, path, keys)
            elif not isinstance(item, str):
                where = ".".join(keys) or "top level"
                raise ContentError(
                    f"{path}: {where}: item {item!r} is not text; put it in quotes "
                    f"(YAML reads bare no/yes/on/off as true/false)"
                )


def _words(items: Any) -> list[str]:
    return [str(x) for x in (items or [])]

def _inflect(base: str) -> list[str]:
    if base.endswith("e"):
        return [base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return [base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return [base + "es", base + "ed", base + "ing"]
    return [base + "s", base + "ed", base + "ing"]

@dataclass(frozen=True)
class Lexicon:  # noqa: PLR0902 - one field per lexicon list
    """Everything the parser knows about news language, compiled for lookup."""

    verb_forms: dict[str, str]  # lowercased form -> base verb
    verb_particles: dict[str, str]  # base verb -> particle it needs ("point" -> "out")
    belief_forms: dict[str, str]  # forms of belief/finding verbs (reported speech only)
    reporting_verbs: frozenset[str]  # base verbs whose complement is reported speech
    clause_only_verbs: frozenset[str]  # "reject": a report only with a clause after it, never its object
    cue_nouns: frozenset[str]
    noun_like_forms: frozenset[str]  # cue verb forms that are often nouns
    cue_prepositions: tuple[str, ...]  # "according to", lower-cased, longest first
    reporting_prepositions: frozenset[str]  # those that name who reports an attribution
    outlet_verbs: frozenset[str]  # verbs that do the same after a comma: "…, reports USA Today"
    speech_sources: frozenset[str]  # things that "say": letter, ad, report
    honorifics: frozenset[str]
    titles: tuple[str, ...]  # longest first
    title_heads: frozenset[str]  # last word of each title ("Senator", "Gov.", "Gov")
    epithet_endings: tuple[str, ...]  # "German", "Japanese", "Dutchman": "said the German" describes someone
    epithets: frozenset[str]  # those the endings miss ("Briton", "Scot")
    person_nouns: frozenset[str]
    apposition_starters: frozenset[str]
    org_keywords: frozenset[str]
    org_nouns: frozenset[str]
    org_aliases: dict[str, str]  # lowercased alias -> canonical
    states: frozenset[str]
    bodies: frozenset[str]  # organisations known by a bare name ("Labour", "Hamas")
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    pronouns: frozenset[str]
    abbreviations: frozenset[str]
    between_words: frozenset[str]
    clause_breakers: frozenset[str]
    time_words: frozenset[str]
    first_person_pronouns: frozenset[str]  # "I", "we": the writer's, resolved to no one
    ly_nouns: frozenset[str]  # nouns ending in -ly ("ally", "rally"), not adverbs
    irregular_past: frozenset[str]  # "sent", "took": a noun phrase ends before them
    title_leads: frozenset[str]  # "book", "titled": a Title Case quote after them is a title
    title_small_words: frozenset[str]  # "of", "the": the short words a title keeps in lower case
    not_speakers: frozenset[str]  # nouns that never name a speaker ("the past", "a few")
    front_words: frozenset[str]  # may open a sentence before its subject ("Meanwhile", "Following")
    not_names: frozenset[str]  # open a capitalised run, but no part of a name ("Several", "Earlier")
    time_units: frozenset[str]  # "Four hours earlier": a time phrase, not a subject
    title_lower_words: frozenset[str]  # longer words a title may leave in lower case ("with")
    not_role_openers: frozenset[str]  # an apposition opening so is a clause, not a role ("who", "in")
    audiences: frozenset[str]  # whom a speaker tells ("reporters", "voters")
    genders: dict[str, str]  # honorific (lower case, no full stop) -> "m" / "f"
    given_name_honorifics: frozenset[str]  # "Sir", "Dame": "Sir Paul" is a given name
    peer_honorifics: frozenset[str]  # "Lord", "Lady": a peer's title, no commoner's surname
    polls: frozenset[str]  # "poll", "survey": respondents speak through them
    hearer_verbs: frozenset[str]  # cue verbs with the hearer as object before the content ("told X that")
    object_verbs: frozenset[str]  # cue verbs whose object may follow with nothing reported ("told CNN")
    for_verbs: frozenset[str]  # cue verbs that report with "for" ("called for")
    inverted_openers: frozenset[str]  # "Said Wales coach X: …": a cue opening the sentence
    progressive_cues: frozenset[str]  # base verbs whose progressive still attributes ("is saying")
    defaults: dict[str, Any]

    @cached_property
    def cue_preposition_words(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p.split()) for p in self.cue_prepositions)

    @cached_property
    def cue_preposition_lasts(self) -> frozenset[str]:
        return frozenset(words[-1] for words in self.cue_preposition_words)

    @cached_property
    def cue_preposition_firsts(self) -> frozenset[str]:
        return frozenset(words[0] for words in self.cue_preposition_words)

    @cached_property
    def reporting_words(self) -> frozenset[str]:
        """Every form of a reporting or belief verb, and the first word of
        each cue preposition ("according")."""
        words = {f for f, b in {**self.verb_forms, **self.belief_forms}.items() if b in self.reporting_verbs}
        return frozenset(words | self.cue_preposition_firsts)

    @cached_property
    def object_openers(self) -> frozenset[str]:
        """What may open the object of "told" with nothing reported after it:
        an audience, an article, an object pronoun, "his" or "their"."""
        return self.audiences | ARTICLES | HEARER_PRONOUNS | words("his their")

    def gender_of(self, honorific: str | None) -> str | None:
        """The gender an honorific tells ("Mrs." -> "f"), or None: the one place that says so."""
        return self.genders.get(honorific.rstrip(".").lower()) if honorific else None

    @property
    def scare_max_words(self) -> int:
        return int(self.defaults.get("parser", {}).get("scare_quote_max_words", 4))

    @property
    def continuation_paragraphs(self) -> int:
        return int(self.defaults.get("parser", {}).get("continuation_paragraphs", 2))

def _verb_forms(entries: Any, particles: dict[str, str] | None = None) -> dict[str, str]:
    """Every form of the listed verbs -> base form."""
    forms: dict[str, str] = {}
    for entry in entries or []:
        if isinstance(entry, dict):
            for base, spec in entry.items():
                spec = spec or {}
                base = str(base).lower()
                words = [base] + [str(f).lower() for f in spec.get("forms") or _inflect(base)]
                if spec.get("needs") and particles is not None:
                    particles[base] = str(spec["needs"]).lower()
                for w in words:
                    forms.setdefault(w, base)
        else:
            base = str(entry).lower()
            for w in [base, *_inflect(base)]:
                forms.setdefault(w, base)
    return forms


def compile_lexicon(data: dict[str, Any]) -> Lexicon:
    sv = data.get("speech_verbs", {})
    particles: dict[str, str] = {}
    forms = _verb_forms(sv.get("verbs"), particles)
    roles = data.get("roles", {})
    orgs = data.get("organisations", {})
    aliases: dict[str, str] = {}
    for canonical, names in (orgs.get("aliases") or {}).items():
        aliases[str(canonical).lower()] = str(canonical)
        for name in names or []:
            aliases[str(name).lower()] = str(canonical)
    pron = data.get("pronouns", {})
    lang = data.get("language", {})
    lower = lambda items: frozenset(w.lower() for w in _words(items))  # noqa: E731
    return Lexicon(
        verb_forms=forms,
        verb_particles=particles,
        belief_forms={**_verb_forms(sv.get("stance_verbs")), **_verb_forms(sv.get("belief_verbs"))},
        reporting_verbs=frozenset(w.lower() for w in _words(sv.get("reporting"))),
        clause_only_verbs=frozenset(w.lower() for w in _words(sv.get("clause_only"))),
        cue_nouns=lower(sv.get("nouns")),
        noun_like_forms=lower(sv.get("noun_like_forms")),
        cue_prepositions=tuple(sorted((w.lower() for w in _words(sv.get("prepositions"))), key=len, reverse=True)),
        reporting_prepositions=frozenset(w.lower() for w in _words(sv.get("reporting_prepositions"))),
        outlet_verbs=lower(sv.get("outlet_verbs")),
        speech_sources=lower(sv.get("sources")),
        honorifics=frozenset(h.rstrip(".") for h in _words(roles.get("honorifics"))),
        titles=tuple(sorted(set(_words(roles.get("titles"))), key=len, reverse=True)),
        title_heads=frozenset(w for t in _words(roles.get("titles")) for w in (t.split()[-1], t.split()[-1].rstrip("."))),
        person_nouns=lower(roles.get("person_nouns")),
        epithet_endings=tuple(w.lower() for w in _words(roles.get("epithet_endings"))),
        epithets=frozenset(_words(roles.get("epithets"))),
        apposition_starters=lower(roles.get("apposition_starters")),
        org_keywords=frozenset(_words(orgs.get("keywords"))),
        org_nouns=lower(orgs.get("nouns")),
        org_aliases=aliases,
        states=frozenset(_words(orgs.get("states"))),
        bodies=frozenset(_words(orgs.get("bodies"))),
        person_pronouns=lower(pron.get("person")),
        org_pronouns=lower(pron.get("organisation")),
        relative_pronouns=lower(pron.get("relative")),
        pronouns=lower(pron.get("all")),
        abbreviations=frozenset(a.rstrip(".") for a in _words(lang.get("abbreviations"))),
        between_words=lower(lang.get("between_subject_and_verb")),
        clause_breakers=lower(lang.get("clause_breakers")),
        time_words=lower(lang.get("time_words")),
        ly_nouns=lower(lang.get("ly_nouns")),
        first_person_pronouns=lower(pron.get("first_person")),
        irregular_past=lower(lang.get("irregular_past")),
        title_leads=lower(lang.get("title_leads")),
        title_small_words=lower(lang.get("title_small_words")),
        not_speakers=lower(lang.get("not_speakers")),
        front_words=lower(lang.get("front_words")),
        not_names=lower(lang.get("not_names")),
        time_units=lower(lang.get("time_units")),
        title_lower_words=lower(lang.get("title_lower_words")),
        not_role_openers=lower(roles.get("not_role_openers")),
        audiences=lower(roles.get("audiences")),
        given_name_honorifics=frozenset(_words(roles.get("given_name_honorifics"))),
        peer_honorifics=frozenset(_words(roles.get("peer_honorifics"))),
        genders={str(k).rstrip(".").lower(): str(v).lower() for k, v in (roles.get("genders") or {}).items()},
        polls=lower(sv.get("polls")),
        hearer_verbs=lower(sv.get("hearer_verbs")),
        object_verbs=lower(sv.get("object_verbs")),
        for_verbs=lower(sv.get("for_verbs")),
        inverted_openers=lower(sv.get("inverted_openers")),
        progressive_cues=lower(sv.get("progressive_cues")),
        defaults=data.get("defaults", {}) or {},
    )

@lru_cache(maxsize=8)
def _load(dirs: tuple[Path, ...]) -> Lexicon:
    return compile_lexicon(read_tree(dirs))

def load_lexicon(extra: tuple[Path, ...] | None = None) -> Lexicon:
    """The packaged lexicon extended by the user's content folders (cached)."""
    dirs = (content_dir(), *user_content_dirs(), *(extra or ()))
    return _load(tuple(Path(d) for d in dirs))

