"""What attribution finds: a mention of a speaker, and an attribution of a quote."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Attribution:
    region: Region
    kind: str
    mention: Mention | None
    cue: tuple[int, int] | None
    rule: str  # which rule attributed it ("after", "before", "later", "paragraph", "continuation", "")
