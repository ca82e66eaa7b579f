"""Cue words: speech verbs and prepositions, and what may follow them."""

from __future__ import annotations

from ..grammar import (
    ADJUNCT_OPENERS,
    ARTICLES_AND_POSSESSIVES,
    BARE_FORM_PRONOUNS,
    BE_FORMS,
    BEFORE_BARE_VERB,
    CLAUSE_OPENING_PRONOUNS,
    DETERMINERS,
    INDEFINITE,
    NAME_INNER_WORDS,
    NATIONALITY_ENDINGS,
    NON_SPEECH_PARTICLES,
    OBJECT_PRONOUNS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    TIME_ADJUNCTS,
    VERB_PARTICLES,
)
from ..grammar import ING as _ING
from ..model import Paragraph
from .doc import _TOKEN, Doc, Tok
from .phrases import is_pronoun

_OPENERS = "\u201c\u201e\u00ab\u2018\"'"


def is_cue_verb(doc: Doc, toks: list[Tok], i: int) -> bool:
    t = toks[i]
    low = t.lower
    base = doc.lex.verb_forms.get(low)
    if base is None:
        return False
    particle = doc.lex.verb_particles.get(base)
    if particle is not None:
        if i + 1 >= len(toks) or toks[i + 1].lower != particle:
            return False
    if low in doc.lex.noun_like_forms and i > 0:
        prev = toks[i - 1]
        if prev.lower in DETERMINERS or prev.lower in POSSESSIVE_ENDINGS or prev.lower.endswith(POSSESSIVE_ENDINGS):
            return False
        if prev.lower in PREPOSITIONS or (prev.capital and prev.lower.endswith(NATIONALITY_ENDINGS) and low.endswith("s")):
            return False
        if not _plausible_subject_before(doc, prev, low):
            return False
        if prev.capital and i > 1 and (toks[i - 2].lower in INDEFINITE
                                       or (toks[i - 2].lower in ARTICLES_AND_POSSESSIVES and not prev.text.endswith("s"))):
            return False  # "a Texas report", "the Senate report": a name used as a modifier ("the Saudis state": a verb)
    if low.endswith("ed") and i > 0:
        prev = toks[i - 1].lower
        if prev in ARTICLES_AND_POSSESSIVES or (prev.endswith("ly") and i > 1 and toks[i - 2].lower in ARTICLES_AND_POSSESSIVES):
            return False  # "a swiftly called meeting", "the promised land": an adjective
    if i > 0 and toks[i - 1].lower in ARTICLES_AND_POSSESSIVES and _ING.match(low):
        return False  # "described the ruling as", "a warning": a noun
    if t.text[0].isupper():
        if i > 0 and toks[i - 1].is_word and not (_headline_case(doc, toks) and base != low):
            return False  # a capitalised word mid-sentence is a name ("Ms. Say"), unless every word
            # is capitalised ("Minister Says Of Budget, “…”": a headline's cue)
        if i == 0 and (low.endswith("ed") or low == "told"):
            return False  # "Asked whether …, X said": not the speaker's cue
    return True


def _headline_case(doc: Doc, toks: list[Tok]) -> bool:
    """Is the clause written in Title Case (every word capitalised but the
    small ones), as headlines and subheads are? There a cue verb is
    capitalised too, in an inflected form ("Says", "Tells", "Called"; not
    "Talk", which may be the noun)."""
    words = [t for t in toks if t.is_word]
    return (len(words) >= 3 and all(t.capital or t.lower in doc.lex.title_small_words for t in words)
            and not all(t.text.isupper() for t in words))  # (not a line in capitals: any word may be a verb there)


def _plausible_subject_before(doc: Doc, prev: Tok, form: str) -> bool:
    """For a word that is a noun as often as a verb ("states", "call"):
    is the word before it something a verb could follow?"""
    low = prev.lower
    if not prev.is_word:
        return prev.text in (",", ")", "\u2014")
    if (is_pronoun(doc, prev) or low in doc.lex.between_words or low in doc.lex.person_nouns
            or low in doc.lex.org_nouns or low in doc.lex.speech_sources):
        return True
    if form.endswith("s") and not form.endswith("ss"):
        return prev.capital
    if prev.capital and not prev.text.endswith("s"):
        # a bare form after a singular name is a noun: "the US state of Texas", "a Washington state delegate"
        return low in BARE_FORM_PRONOUNS
    return low in BEFORE_BARE_VERB or prev.capital


def bare_tail(doc: Doc, toks: list[Tok], v: int) -> bool:
    """Nothing after the verb ``toks[v]`` but adjuncts: the end of the
    clause, a particle (``cried out``), a time, a place, a manner."""
    if v + 1 < len(toks) and toks[v + 1].lower in VERB_PARTICLES:
        v += 1
    return bare_after_cue(doc, toks, v)


def bare_after_cue(doc: Doc, toks: list[Tok], v: int) -> bool:
    """Only adjuncts after the cue verb (no complement clause)."""
    rest = toks[v + 1 :]
    if not rest:
        return True
    for t in rest[:14]:
        if t.text == ",":
            break
        if t.lower == "that":
            return False  # "said earlier on Friday during a news conference that he may wait"
    nxt = rest[0]
    if not nxt.is_word:
        return nxt.text in (",", "(", "\u2014", "\u2013", "-", ".", "!", "?", ";")
    low = nxt.lower
    if low == "to":
        # "said to People", "told to reporters"; not "continue to take" (an infinitive)
        after = rest[1] if len(rest) > 1 else None
        return after is not None and (after.capital or after.lower in DETERMINERS or after.lower in doc.lex.pronouns
                                      or after.lower in doc.lex.audiences)
    if low in PREPOSITIONS or low in ADJUNCT_OPENERS:
        return True
    if low in doc.lex.time_words or low.endswith("ly"):
        return True
    base = doc.lex.verb_forms.get(toks[v].lower)
    if base in doc.lex.object_verbs and (nxt.capital or low in doc.lex.object_openers):
        # "told reporters", "told CNN" - unless a clause follows the object ("told reporters this was …")
        c = object_end(doc, toks, v + 1)
        after = toks[c] if c < len(toks) else None
        if after is None or not after.is_word or after.lower in PREPOSITIONS:
            return True
        return (after.lower in TIME_ADJUNCTS
                and not (c + 1 < len(toks) and toks[c + 1].lower in BE_FORMS))  # "told reporters this was …"
    return False


def introduces_next(doc: Doc, toks: list[Tok], para: Paragraph) -> bool:
    if not toks or toks[-1].text not in (",", ":"):
        return False
    nxt = toks[-1].end
    while nxt < para.end and doc.text[nxt].isspace():
        nxt += 1
    return nxt < para.end and doc.text[nxt] in _OPENERS


def prep_ending_at(doc: Doc, toks: list[Tok], v: int) -> int:
    """Length of a cue preposition (``according to``) whose last word is ``toks[v]``, or 0."""
    if toks[v].lower not in doc.lex.cue_preposition_lasts:
        return 0  # the common case, checked first: this runs for every token scanned
    for words in doc.lex.cue_preposition_words:
        n = len(words)
        if v + 1 >= n and all(toks[v - n + 1 + i].lower == w for i, w in enumerate(words)):
            return n
    return 0


def introduces(doc: Doc, cue_end: int, open_mark: int) -> bool:
    between = doc.text[cue_end:open_mark]
    words = [w for w in _TOKEN.findall(between) if w[0].isalnum()]
    return len(words) <= 3 and between.rstrip()[-1:] in (",", ":", "") or len(words) == 0


def noun_use(doc: Doc, toks: list[Tok], v: int, base_of: str | None) -> bool:
    """Is the cue word ``toks[v]`` a noun or a naming verb here, not a report?
    ``with support above 80 percent``, ``renewed fears along …``, ``a party
    called Anti-Prom``, ``she called in to a town hall``."""
    prev, low = toks[v - 1], toks[v].lower
    if prev.lower in PREPOSITIONS:
        return True
    if (prev.is_word and not prev.capital and prev.lower.endswith("ed") and low.endswith("s") and low != "says"
            and prev.lower not in doc.lex.verb_forms and prev.lower not in doc.lex.belief_forms
            and prev.lower not in doc.lex.between_words):
        return True  # "renewed fears", "raised hopes": the object of a verb
    if base_of == "call":
        if v + 1 < len(toks) and toks[v + 1].lower in NON_SPEECH_PARTICLES:
            return True
        if v > 1 and toks[v - 2].lower in INDEFINITE and prev.is_word:
            return True  # "a party called Anti-Prom": a name given, not speech
    return False


def object_end(doc: Doc, toks: list[Tok], c: int) -> int:
    t = toks[c]
    if t.lower in OBJECT_PRONOUNS:
        return c + 1
    if t.capital:
        while c < len(toks) and (toks[c].capital or toks[c].lower in NAME_INNER_WORDS):
            c += 1
        return c
    if t.lower in DETERMINERS and c + 1 < len(toks):
        c += 1
    if c + 1 < len(toks) and toks[c].is_word and not toks[c].capital and (
        toks[c + 1].lower in DETERMINERS or toks[c + 1].lower in CLAUSE_OPENING_PRONOUNS
        or toks[c + 1].capital
    ):
        return c + 1
    return c


def cue_index(doc: Doc, toks: list[Tok], cue: tuple[int, int]) -> int:
    for i, t in enumerate(toks):
        if t.start == cue[0]:
            return i
    return len(toks) - 1


def passive(toks: list[Tok], v: int) -> bool:
    """Is cue ``toks[v]`` a passive ("was asked", "were told"), whose subject hears rather than says?"""
    return v > 0 and toks[v - 1].lower in BE_FORMS and not _ING.match(toks[v].lower)
