"""The closed classes of English the parser reads sentences with: one set each.

Determiners, pronouns, auxiliaries, prepositions, conjunctions, number words:
words no news story adds to. The vocabulary of news (speech verbs, roles,
titles, organisations, words that are never names) is in ``content/*.yaml``,
where users extend it. Each set below is named for what a rule asks of it;
the larger ones are unions of the small ones, so that a word is written
once for each thing it is.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------- determiners
INDEFINITE = words("a an")
ARTICLES = INDEFINITE | {"the"}
POSSESSIVES = words("his her its their our my your")
#: the possessives that refer back to a third person ("his comment")
THIRD_PERSON_POSSESSIVES = words("his her their its")
DEMONSTRATIVES = words("this that these those")
THIS_THAT = words("this that")
DETERMINERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES | words("one two three some several many other another each")
#: what opens a noun phrase before its head: an article or a possessive
ARTICLES_AND_POSSESSIVES = ARTICLES | POSSESSIVES
#: a determiner that is also a pronoun standing alone ("his", "this", "one")
POSSESSIVE_DETERMINERS = POSSESSIVES | DEMONSTRATIVES | {"one"}
#: before a speech noun inside "in a statement", "in his memo"
NOUN_DETERMINERS = ARTICLES | THIRD_PERSON_POSSESSIVES

# ------------------------------------------------------------ pronouns
#: a hearer, as the object of "told" ("told him")
HEARER_PRONOUNS = words("him her them us me")
OBJECT_PRONOUNS = HEARER_PRONOUNS | {"you"}
#: those after which a verb keeps its bare form ("they state")
BARE_FORM_PRONOUNS = words("i they we you")
#: what a verb's bare form may follow ("to state", "who state", "they state")
BEFORE_BARE_VERB = BARE_FORM_PRONOUNS | words("to and or would will who")
REFERRING_PRONOUNS = words("he she they it")
#: the pronouns a person is the subject as (not "it", not the writer's "I", "we", "you")
PERSONAL_SUBJECTS = words("he she they")
GENDERED_PRONOUNS = words("he she")
MASCULINE_PRONOUNS = words("he him")
FEMININE_PRONOUNS = words("she her")
NEUTER_PRONOUNS = words("it this that")
#: what may stand after an interjection's comma ("Look, it is done")
INTERJECTION_FOLLOWERS = NEUTER_PRONOUNS | words("we you i")
#: "that" or a subject pronoun opening a clause after an object ("told reporters that", "told him he")
CLAUSE_OPENING_PRONOUNS = words("that he she they it we i")
RELATIVES = words("that who which")
WHO_WHICH = words("who which")
WHO_THAT = words("who that")
#: what opens a relative clause that is no role ("who", "which", "whose")
RELATIVE_OPENERS = WHO_WHICH | {"whose"}

# --------------------------------------------------------------- verbs
BE_FORMS = words("is are was were be been being am")
PRESENT_BE = words("is are")
AUXILIARIES = words("will would can could should may might must shall has have had is are was were do does did")
#: verbs that a speech verb's participle may follow and still be the speaker's ("kept saying")
PROGRESSIVE_LEADS = (BE_FORMS - {"being"}) | words("kept keeps started began begins starts")
#: a verb a name may be followed by at a sentence's start ("Manning says")
NAME_VERBS = words("has had was is will would said told says")
#: "called in", "called off": the verb names no speech
NON_SPEECH_PARTICLES = words("in off up back")
#: what may follow the verb of a bare attribution ("“…,” she cried out", "he shot back")
VERB_PARTICLES = words("out up back in on off along again aloud away over")
#: words with a verb's ending that are never a clause's finite verb ("“…,” he always …")
NOT_FINITE = words("always perhaps towards afterwards sometimes besides nevertheless nonetheless indeed instead "
                   "thus yes was has does this those these whereas")

# --------------------------------------------------------- prepositions
PREPOSITIONS = words("of for in on at by with from into about over under")
#: who made a thing ("a study by X", "a letter from X")
AGENT_PREPOSITIONS = words("by from")
OF_FOR = words("of for")
OF_FROM = words("of from")
ROLE_LINKS = words("of for at with")
#: connectors trimmed from the front of a noun phrase read backwards
LEADING_CONNECTORS = words("of and for at on")
#: "someone in the audience": a person noun, a preposition, a place
LOCATING_PREPOSITIONS = words("in at from with")
#: "a philanthropist from Monsey, New York": before a place and its region
PLACE_PREPOSITIONS = words("from in of at")
#: "a source close to him", "officials familiar with the talks"
COMPLEMENT_PREPOSITIONS = words("to with on of in")
#: "a message to Trump:", "in San Bernardino:": no speaker's name before the colon
ADDRESS_PREPOSITIONS = words("to in at on into with about for over")
TEMPORAL_PREPOSITIONS = words("after before during despite since")
COMPARATIVES = words("as like")
#: the words a capitalised name may hold inside it ("Department of the Interior")
NAME_INNER_WORDS = words("of the")
#: small words inside a noun phrase (and in names of many languages)
NP_CONNECTORS = words("of for the de del da di dos das der den ter ten zu van von bin al el la le du and at on")
NAME_CONNECTORS = words("of the de del da di dos das der den ter ten zu van von bin al el la le du y")

# -------------------------------------------------------- conjunctions
COORDINATORS = words("and but")
AND_BUT_OR = COORDINATORS | {"or"}
AND_BUT_THEN = COORDINATORS | {"then"}
AND_BUT_YET = COORDINATORS | {"yet"}
#: "…, and critics say …", "…, while others said …": a new clause with its own subject
CONTRASTING_COORDINATORS = COORDINATORS | words("while whereas")
LIST_WORDS = words("and between among")
SUBORDINATORS = words("when while because although though whereas until unless")
#: conjunctions that open a clause whose subject may report something
CLAUSE_OPENERS = words("though although as while when because since if whereas")
#: what ends the reach of "according to X" read back ("…, but according to …")
CLAUSE_BREAKS = words("but because while although")
#: words after a comma that end a report's content ("…, but …", "…, which …")
TAIL_BREAKS = words("but which")
#: words skipped at the start of a clause before its subject ("But also …")
SENTENCE_LINKS = AND_BUT_YET | words("so also still however even")
FRONT_CONJUNCTIONS = AND_BUT_YET | words("so still meanwhile")
#: only these before a subject: the subject still opens the sentence
ONLY_FRONT_LINKS = AND_BUT_YET | words("so still even also nonetheless nevertheless instead meanwhile")
#: words that may open a sentence before "according to X, …"
LEAD_WORDS = AND_BUT_YET | words("so still however now also meanwhile indeed instead further moreover")
#: words a noun phrase read forwards stops at ("The final results| are in")
AFTER_BREAK = (words("in at on during after before when while as to from with by who which that because about")
               | AND_BUT_OR | words("is was are were has had have will would said says told"))

# ------------------------------------------------------------- adverbs
FOCUS_ADVERBS = words("even just shortly long only")
#: "nearly half", "about 200": an adverb that belongs to the quantity after it
QUANTITY_ADVERBS = words("nearly almost about roughly only just some more fewer over under around")
#: words before "as" that make no characterisation of it ("such as", "known as")
AS_COMPOUNDS = words("such known so just same well far long soon")
#: what may follow a cue and its subject without a new clause ("said during …", "said again")
ADJUNCT_OPENERS = words("during after before while when as last this earlier later again then recently previously also "
                        "afterward")
TIME_ADJUNCTS = words("during after before last this earlier later")
DEICTIC_TIME = words("last this")
#: time words and their modifiers skipped between a subject and its verb ("on Monday", "last week")
TIME_MODIFIERS = words("on last this late early next that each every")
#: "said on Monday", "said earlier": before the content of a report
CUE_TIME_WORDS = words("on in at during late earlier")
DATE_WORDS = words("on in at last this early late")

# --------------------------------------------------------------- numbers
NUMBER_WORDS = words("one two three four five six seven eight nine ten a")
#: words that can be a quantity of people ("most say", "two in three")
QUANTITIES = words("two three four five six seven eight nine ten all most many some few several both others majority "
                   "half third quarter minority plurality")
#: "over a third", "a quarter": what may follow a quantity adverb
QUANTITY_LEADS = INDEFINITE | words("over under")

# ------------------------------------------------------------- morphology
ING = re.compile(r"\w+ing$")
POSSESSIVE_ENDINGS = ("'s", "\u2019s")
NEGATIVE_ENDINGS = ("n't", "n\u2019t")
VERB_ENDINGS = ("ed", "ing")
PARTICIPLE_OR_ADVERB_ENDINGS = ("ing", "ly")
STATE_ENDINGS = ("ly", "ed")
#: endings of adjectives of nationality ("American", "Chinese", "British")
NATIONALITY_ENDINGS = ("an", "ese", "ish")
#: words elided with an apostrophe, which is then no quote mark ("'em", "'tis", "'til")
ELISIONS = words("em tis twas cause til bout")
DASHES = frozenset("-\u2013\u2014\u2015")
