"""Words and patterns several stages of attribution share."""

from __future__ import annotations

import re

# Tokens: initials and dotted abbreviations (U.S., E.), words with inner
# hyphens/apostrophes, single punctuation marks.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'\u2019.]\w+)*|[^\w\s]")


_POSSESSIVE = ("'s", "\u2019s")


_ING = re.compile(r"\w+ing$")


_DETERMINERS = frozenset(
    "the a an his her its their our my your this that these those one two three some several many other another each".split()
)


_NP_CONNECTORS = frozenset("of for the de del da di dos das der den ter ten zu van von bin al el la le du and at on".split())


_NAME_CONNECTORS = frozenset("of the de del da di dos das der den ter ten zu van von bin al el la le du y".split())


_INVERSION_BREAK = frozenset(
    "in at on during after before when while as to from with by who which that because about of".split()
)


FRONT_WORDS = frozenset(
    "regarding asked speaking following meanwhile however earlier later yesterday today last "
    "according referring responding addressing but and so yet still also then in on at after before "
    "while when if as though although because since during despite with without for from to here there now "
    "today tonight instead indeed again afterward afterwards thus first finally separately similarly likewise "
    "additionally moreover furthermore once even yes no well hours minutes days weeks months years moments "
    "shortly soon outside inside across around amid among behind beyond near throughout within along "
    "under over late any every all both each either neither whatever whenever wherever "
    "alongside besides unlike upon via toward towards rather otherwise therefore hence nonetheless nevertheless".split()
)


_POSSESSIVE_DETS = frozenset("his her its their our my your one this that these those".split())


_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())


_ARTICLES = frozenset("a an the his her its their our my your".split())


_AUXILIARIES = frozenset("will would can could should may might must shall has have had is are was were do does did".split())


_BE_FORMS = frozenset("is are was were be been being am".split())


_PREPOSITIONS = frozenset("of for in on at by with from into about over under".split())




_DASHES = frozenset("-\u2013\u2014")


#: a dateline opening a paragraph: "WASHINGTON —", "LOS ANGELES, Sept. 28 (UPI) --"
_DATELINE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?:,? [A-Z][a-z]+\.? \d{1,2})?"
                       r"(?: \([A-Za-z ]+\))? *(?:\u2014|\u2013|--?) *")
