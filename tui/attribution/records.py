"""What attribution finds: a mention of a speaker, what a rule found, and an attribution of a quote."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from ..quotes import Region


@dataclass(frozen=True, slots=True)
class Mention:
    """Words in the text naming a speaker, with what the parser read in them."""

    start: int
    end: int
    text: str  # the name part (apposition and leading title removed)
    form: str  # "name" | "pronoun" | "description"
    role: str | None = None
    acronym: str | None = None
    #: where the whole noun phrase starts (titles, determiners included)
    np_start: int = -1
    #: the noun phrase as written ("former presidential candidate Herman Cain")
    surface: str = ""
    #: for a pronoun: the subject of its sentence it refers to ("Ban Ki-moon
    #: condemned what he called …"), when the sentence names one before it
    antecedent: Mention | None = None


class Found(NamedTuple):
    """What a speaker-finding rule found: the speaker's mention and the cue
    that ties it to the quote (``said``, ``:``, ``according to``), if any."""

    mention: Mention | None  # None: the rule decides that the quote has no speaker
    cue: tuple[int, int] | None


class Rule(Enum):
    """The rule that decided a quote: its speaker, or that it has none.

    The value is the name users see (the ``rule`` field of ``pressroom quotes
    --format jsonl``). ``family`` groups the rules the way downstream stages
    ask for them (a ``paragraph`` speaker is handed on, a ``title`` is no one's
    words, a ``subject`` is a guess); the precedence of the rules is the table
    in :mod:`tui.attribution.pipeline`.
    """

    family: str

    def __new__(cls, value: str, family: str):
        rule = object.__new__(cls)
        rule._value_ = value
        rule.family = family
        return rule

    NESTED = ("nested", "")
    TITLE = ("title", "title")
    ASKED = ("asked", "asked")
    QUESTION = ("question", "asked")
    TRANSCRIPT = ("transcript", "transcript")
    CUE_AFTER = ("cue-after", "after")
    DASH_LABEL = ("dash-label", "before")
    CUE_BEFORE = ("cue-before", "before")
    CUE_AFTER_SENTENCE = ("cue-after-sentence", "after")
    LATER_IN_SENTENCE = ("later-in-sentence", "later")
    CUE_EARLIER = ("cue-earlier", "before")
    COLON_LEAD = ("colon-lead", "before")
    COMMA_LEAD = ("comma-lead", "before")
    VERB_AFTER = ("verb-after", "after")
    SIGNED = ("signed", "after")
    BY_AGENT = ("by-agent", "after")
    TITLE_CASE = ("title-case", "title")
    FRAGMENT_ASKED = ("fragment-asked", "sentence")
    FRAGMENT_CUE = ("fragment-cue", "sentence")
    FRAGMENT_CHARACTERISED = ("fragment-characterised", "sentence")
    FRAGMENT_QUOTED_SUBJECT = ("fragment-quoted-subject", "sentence")
    SCARE = ("scare", "")
    SIGNED_BELOW = ("signed-below", "after")
    PARAGRAPH_SPEAKER = ("paragraph-speaker", "paragraph")
    PREVIOUS_SENTENCE = ("previous-sentence", "paragraph")
    BELIEF_BEFORE = ("belief-before", "paragraph")
    PREVIOUS_PARAGRAPH = ("previous-paragraph", "continuation")
    CONTINUATION = ("continuation", "continuation")
    CUE_IN_SENTENCE = ("cue-in-sentence", "sentence")
    SHORT_TITLE = ("short-title", "title")
    SUBJECT = ("subject", "subject")
    NONE = ("none", "")
    REPORTED = ("reported", "reported")
    PARTICIPLE = ("participle", "reported")


@dataclass(frozen=True, slots=True)
class Attribution:
    region: Region
    kind: str
    mention: Mention | None
    cue: tuple[int, int] | None
    rule: Rule  # which rule decided it
