"""Noun phrases and the mentions of speakers in them: names, titles, roles, descriptions, pronouns."""

from __future__ import annotations

import re

from ..grammar import (
    AFTER_BREAK,
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    AUXILIARIES,
    DETERMINERS,
    INDEFINITE,
    LEADING_CONNECTORS,
    LOCATING_PREPOSITIONS,
    NAME_CONNECTORS,
    NOT_FINITE,
    NP_CONNECTORS,
    NUMBER_WORDS,
    OF_FOR,
    PARTICIPLE_OR_ADVERB_ENDINGS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDINGS,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTITIES,
    QUANTITY_ADVERBS,
    QUANTITY_LEADS,
    ROLE_LINKS,
    THIS_THAT,
    TIME_MODIFIERS,
)
from .doc import Doc, Tok
from .records import Mention

#: a pronoun's contracted verb: "he’s", "they're", "she'd", "we'll"
_CONTRACTION = re.compile(r"['\u2019](?:s|re|d|ll|ve|m)$", re.I)




_POSSESSIVE_LEAD = re.compile(r".*?['\u2019]s\s+(?=[A-Z])")


_OF_AFFILIATION = re.compile(r"(.+?) (of (?:the )?[A-Z].*)$")






def skip_between(doc: Doc, toks: list[Tok], i: int) -> int:
    """Move left over adverbs, auxiliaries and time phrases before a verb."""
    lex = doc.lex
    while i >= 0:
        low = toks[i].lower
        if low in lex.time_words or (toks[i].text.isdigit() and i > 0 and toks[i - 1].lower in lex.time_words):
            i -= 1
            while i >= 0 and toks[i].lower in TIME_MODIFIERS:
                i -= 1
            continue
        if toks[i].capital and i > 0 and toks[i].text != "I":
            break  # "…, Will said": a name, not the modal
        if (low.endswith(("n't", "n\u2019t")) and i > 0) or low in lex.between_words or (low.endswith("ly") and toks[i].text.islower() and len(low) > 4
                                        and low not in lex.ly_nouns  # "the rally said"
                                        and not (i > 0 and toks[i - 1].lower in DETERMINERS)):
            i -= 1
            continue
        break
    return i


def finite_verb(doc: Doc, t: Tok) -> bool:
    """May ``t`` be the finite verb of a clause, whatever the verb? A cue
    word in any form, an irregular past (``held``), or a lower-case word
    with a past or third-person ending (``interjected``, ``smiles``); never
    a closed-class word. The construction around it decides; this only
    rules out what cannot be a verb."""
    low = t.lower
    if not t.is_word or t.capital or not low.isalpha():
        return False
    if low in doc.lex.verb_forms or low in doc.lex.irregular_past:
        return True
    if low in NOT_FINITE or low in doc.lex.pronouns or low in PREPOSITIONS or low in DETERMINERS:
        return False
    return len(low) > 3 and (low.endswith("ed") or (low.endswith("s") and not low.endswith(("ss", "us", "is"))))


def np_before(doc: Doc, toks: list[Tok], i: int, lo_tok: int = 0) -> tuple[int, int] | None:
    """Token range [a, b] of the noun phrase ending at token ``i``."""
    lex = doc.lex
    if i < lo_tok:
        return None
    pct = toks[i].text == "%" and i > lo_tok and toks[i - 1].text[0].isdigit()
    if not toks[i].is_word and not pct:
        return None
    if is_pronoun(doc, toks[i]):
        return (i, i)
    j = i - 1 if pct else i  # "42% say"
    while j >= lo_tok:
        t = toks[j]
        low = t.lower
        if t.is_word:
            if t.capital and j == lo_tok and j < i and (low in doc.lex.front_words or low.endswith(PARTICIPLE_OR_ADVERB_ENDINGS)) \
                    and not (low in QUANTITY_ADVERBS and (toks[j + 1].lower in QUANTITIES or is_number(toks[j + 1].lower))):
                break  # "Nearly half said": the adverb belongs to the quantity
            if low == "in" and lo_tok < j < i and is_number(toks[j - 1].lower) and is_number(toks[j + 1].lower):
                j -= 1  # "three in five", "four in 10"
                continue
            if low in THIS_THAT and t.capital and j == lo_tok and j < i:
                j -= 1  # "That person said": a demonstrative opening the sentence
                continue
            if (low in QUANTITY_ADVERBS and j < i and all(x.lower in QUANTITY_ADVERBS for x in toks[lo_tok:j])
                    and (toks[j + 1].lower in QUANTITIES or is_number(toks[j + 1].lower)
                         or toks[j + 1].lower in QUANTITY_LEADS or toks[j + 1].text[0].isdigit())):
                j -= 1  # "About 4 in 10 say", "Just over a quarter say": the adverb belongs to the quantity
                continue
            if low in lex.clause_breakers and not (low in NP_CONNECTORS and j < i):
                # "someone in the audience", "an official at the ministry"
                if not (low in LOCATING_PREPOSITIONS and j < i and j > lo_tok
                        and toks[j - 1].lower in lex.person_nouns and not toks[j - 1].capital):
                    if not (t.capital and j == i):
                        break
            if j < i and low not in DETERMINERS and is_pronoun(doc, t):
                break
            if (low in lex.verb_forms and j < i and not t.capital and low not in lex.person_nouns
                    and not (low in lex.noun_like_forms and toks[j + 1].lower in lex.person_nouns)):
                break  # (but "the Virginia state director": a noun modifying the head)
            if (low in AUXILIARIES or low.endswith(("n't", "n\u2019t"))) and j < i:
                break  # "Gordon Brown will meet his golden rule", "… doesn't surprise X": a clause, not a noun phrase
            if low in ARTICLES and not t.capital and j < i and j > lo_tok and toks[j - 1].is_word and (
                    (toks[j - 1].capital and toks[j - 1].lower not in ARTICLES) or toks[j - 1].lower in lex.time_words
                    or toks[j - 1].lower.endswith("ed")):
                j -= 1  # "According to Mr Peston the prime minister said", "This week a judge claimed":
                break  # the article opens the phrase; what stands before it is another one
            if low.endswith("ed") and not t.capital and j < i and toks[j + 1].lower in ARTICLES_AND_POSSESSIVES and j > lo_tok:
                break  # "When PolitiFact examined the senator's statement": a verb and its object
            if low.endswith("ed") and "-" not in low and not t.capital and j < i and j > lo_tok and toks[j - 1].text == ",":
                break  # "Stewart O'Nan, carried around a note that said": the verb after the subject
            j -= 1
            continue
        if t.text == "." and j > lo_tok and doc.is_abbrev(t.start):
            j -= 1
            continue
        if t.text in ("'", "\u2019") and j > lo_tok and toks[j - 1].is_word and toks[j - 1].lower.endswith("s"):
            j -= 1
            continue
        if t.text == "$" and j < i and toks[j + 1].text[0].isdigit():
            j -= 1  # "Fight for $15 organizing director Kendall Fells"
            continue
        if t.text == "/" and lo_tok < j < i and toks[j - 1].capital and toks[j + 1].capital:
            j -= 1  # "a national CNN/ORC poll": two names joined
            continue
        break
    a = j + 1
    # trim leading connectors and prepositions ("carried around| a note")
    while a <= i and (toks[a].lower in LEADING_CONNECTORS
                      or ((toks[a].lower in PREPOSITIONS or toks[a].lower == "around")
                          and not (toks[a].lower in QUANTITY_ADVERBS and quantity_at(toks, a + 1, i)))):
        a += 1  # (but "about 4 in 10", "around one quarter", "about a third": a quantity)
    if a > i:
        return None
    for c in range(i - 1, a, -1):
        if toks[c].lower == "and" and (toks[c + 1].capital or toks[c + 1].lower in ARTICLES):
            if any(x.lower in PREPOSITIONS and x.lower not in OF_FOR for x in toks[a:c]):
                a = c + 1  # "after a 0-0 tie at Old Trafford and Ancelotti said": the name after "and"
            break
    if a - 3 >= lo_tok and a < i and (a - 3 == lo_tok or not toks[a - 4].is_word) and adjective_comma(doc, toks, a - 3):
        a -= 3  # "the bespectacled, 71-year-old diplomat said": adjectives in a row, with a comma
    if i - a > 9:
        a = i - 9
        while a <= i and toks[a].lower in NP_CONNECTORS:
            a += 1
    return (a, i)


def quantity_at(toks: list[Tok], k: int, last: int) -> bool:
    """Does a quantity start at ``toks[k]`` ("4", "one quarter", "a third")?"""
    if k > last:
        return False
    low = toks[k].lower
    if low in INDEFINITE:
        return k < last and toks[k + 1].lower in QUANTITIES
    return toks[k].text[0].isdigit() or low in QUANTITIES or is_number(low)


def adjective_comma(doc: Doc, toks: list[Tok], d: int) -> bool:
    """``the tall, gray-haired senator``: an article, an adjective and a comma
    at ``d``, then the rest of the noun phrase in lower case."""
    if d + 3 >= len(toks) or toks[d].lower not in ARTICLES or toks[d + 2].text != ",":
        return False
    adj, nxt = toks[d + 1], toks[d + 3]
    lex = doc.lex
    return (adj.is_word and not adj.capital and adj.lower not in lex.verb_forms and adj.lower not in lex.person_nouns
            and adj.lower not in lex.org_nouns and adj.lower not in lex.clause_breakers
            and nxt.is_word and not nxt.capital and nxt.lower not in DETERMINERS and nxt.lower not in lex.clause_breakers)


def np_after(doc: Doc, toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token ``i`` (inverted cue)."""
    lex = doc.lex
    if i >= len(toks) or not toks[i].is_word:
        return None
    if is_pronoun(doc, toks[i]) and not (
        toks[i].lower in POSSESSIVE_DETERMINERS and i + 1 < len(toks) and toks[i + 1].is_word
        and toks[i + 1].lower not in AFTER_BREAK
    ):
        return (i, i)
    if (toks[i].lower in AFTER_BREAK or (toks[i].lower in doc.lex.front_words and toks[i].lower not in DETERMINERS)) and not (
        toks[i].capital and i > 0 and toks[i - 1].is_word
    ):
        return None
    j = i
    seen_cap = False
    while j < len(toks):
        t = toks[j]
        low = t.lower
        if t.is_word:
            if (low == "to" and j > i and toks[j - 1].text in lex.org_keywords and j + 1 < len(toks)
                    and toks[j + 1].capital):
                j += 1  # "the Alliance to Reclaim Our Schools", "the Committee to Protect Journalists"
                continue
            if j > i and (low in AFTER_BREAK or low.endswith(("n't", "n\u2019t"))):
                break  # "The final results aren't in"
            if not t.capital:
                if seen_cap and toks[j - 1].lower.endswith(POSSESSIVE_ENDINGS) and low not in lex.verb_forms:
                    # "China's state-owned investment giant CITIC": the possessor's modifiers, then the head
                    j2 = j
                    while (j2 < len(toks) and j2 - j < 5 and toks[j2].is_word and not toks[j2].capital
                           and toks[j2].lower not in AFTER_BREAK and toks[j2].lower not in lex.verb_forms):
                        j2 += 1
                    if j2 > j and (j2 >= len(toks) or toks[j2].capital or not toks[j2].is_word):
                        j = j2
                        continue
                if seen_cap and low not in NAME_CONNECTORS and low not in lex.person_nouns and low not in lex.org_nouns:
                    # "Former Republican presidential candidate Jeb Bush"
                    j2 = j
                    while (j2 < len(toks) and j2 - j < 4 and toks[j2].is_word and not toks[j2].capital
                           and toks[j2].lower not in DETERMINERS and toks[j2].lower not in AFTER_BREAK
                           and not toks[j2].lower.endswith("ed")):  # "Netanyahu rallied supporters"
                        j2 += 1
                    head = toks[j2 - 1].lower
                    ends = j2 >= len(toks) or not toks[j2].is_word or toks[j2].lower in AFTER_BREAK
                    if (j2 < len(toks) and toks[j2].capital and head in lex.person_nouns) or (
                        ends and (head in lex.person_nouns or head in lex.org_nouns or head in lex.speech_sources)
                        and toks[i].text not in lex.honorifics  # "Ms. Conway met donors"
                    ):
                        j = j2
                        continue
                    break
                if j > i and (low in lex.verb_forms or low in lex.between_words or low in lex.irregular_past) \
                        and low not in lex.person_nouns and toks[j - 1].lower not in DETERMINERS:
                    break
                if (j > i and toks[j - 1].lower not in DETERMINERS and low not in NP_CONNECTORS
                        and not (toks[j - 1].lower.endswith("ly") and j - 1 > i and toks[j - 2].lower in DETERMINERS)
                        and (low.endswith("ed") or (j + 1 < len(toks) and toks[j + 1].lower in ARTICLES_AND_POSSESSIVES)
                             or (not seen_cap and j + 1 < len(toks) and toks[j + 1].capital and finite_verb(doc, t)))):
                    break  # "the council issued a statement", "The poster shows Mr Howard": a verb, not part of the phrase
            elif low not in DETERMINERS:
                seen_cap = True  # "The bakery keeps": a sentence's capitalised article names nothing
            j += 1
            continue
        if t.text == "." and doc.is_abbrev(t.start):
            j += 1
            continue
        if t.text in ("'", "\u2019") and j > i and toks[j - 1].lower.endswith("s"):
            j += 1
            continue
        if t.text == "," and j == i + 2 and adjective_comma(doc, toks, i):
            j += 1  # "the bespectacled, 71-year-old diplomat said"
            continue
        break
    b = j - 1
    while b >= i and toks[b].lower in NP_CONNECTORS:
        b -= 1
    if b < i:
        return None
    return (i, min(b, i + 10))


def apposition_after(doc: Doc, toks: list[Tok], b: int, limit: int) -> tuple[str | None, int]:
    """``, ROLE,`` after a name: the role text and the token index after it."""
    if b + 1 < limit and toks[b + 1].text == ",":
        k = b + 2
        start = k
        while k < limit and toks[k].text not in (",", ".", ";", ":") and k - start < 25:
            k += 1
        if k > start:
            first = toks[start]
            if first.lower in doc.lex.apposition_starters or not first.capital or role_like(doc, toks, start, k):
                role = doc.text[toks[start].start : toks[k - 1].end]
                return role, k
    return None, b + 1


def role_like(doc: Doc, toks: list[Tok], a: int, b: int) -> bool:
    return any(t.lower in doc.lex.person_nouns for t in toks[a:b])


def make_mention(doc: Doc, toks: list[Tok], a: int, b: int, role: str | None = None) -> Mention | None:
    """Split a noun phrase into title/role and name and classify it."""
    if a < b and toks[a].capital and toks[a].lower in doc.lex.inverted_openers:
        a += 1  # "Said Wales assistant coach Scott Johnson: “…”": the inverted cue opens the sentence
    m = _read_mention(doc, toks, a, b, role)
    if m is None:
        return None
    start = min(toks[a].start, m.start)
    end = max(toks[b].end, m.end)
    if toks[b].text in (")", ",", ".") or m.form == "pronoun":
        end = m.end  # "She’s predicting": the pronoun without its verb
    if start < m.start and doc.overlaps_region(start, m.start):
        start = m.start  # the phrase read around a quotation: the mention is the name alone
    elif start < m.start and all(t.lower in doc.lex.time_words or t.lower in PREPOSITIONS
                                 for t in toks[a : b + 1] if t.end <= m.start):
        start = m.start  # "On Wednesday Mr Straw said": the day is no part of the mention
    return Mention(m.start, m.end, m.text, m.form, m.role, m.acronym, start, doc.text[start:end])


def _read_mention(doc: Doc, toks: list[Tok], a: int, b: int, role: str | None = None) -> Mention | None:
    lex = doc.lex
    if all(t.lower in DETERMINERS for t in toks[a : b + 1]) and not (
            a == b and toks[a].lower in lex.person_nouns and toks[a].lower not in lex.pronouns):
        return None  # "The" alone names no one ("Some", "Many" say, as people do)
    if any(t.lower.endswith(("n't", "n\u2019t")) for t in toks[a : b + 1]):
        return None  # "Don't worry if …": a verb, not a name
    if a == b and is_pronoun(doc, toks[a]):
        t = toks[a]
        word = _CONTRACTION.sub("", t.text) if t.lower not in lex.pronouns else t.text
        return Mention(t.start, t.start + len(word), word, "pronoun", role)
    acronym = None
    # "(KCNA)" at the end, "Korean Central News Agency (KCNA)"
    full_stop = b > a and toks[b].text == "." and toks[b - 1].capital
    keep_stop = full_stop and toks[b - 1].text in lex.abbreviations  # "Jr.", not "(according to Nielsen.)"
    if full_stop:
        b -= 1  # "Joseph R. Biden Jr.": the abbreviation's full stop ends no description
    words = toks[a : b + 1]
    first = words[0].lower
    quantity = first in QUANTITY_ADVERBS and len(words) > 1 and (
        words[1].text[0].isdigit() or words[1].lower in QUANTITIES or words[1].lower in QUANTITY_LEADS
        or is_number(words[1].lower))  # "around one quarter"
    if ((first in lex.clause_breakers and first not in DETERMINERS) or (first in doc.lex.front_words and first not in DETERMINERS)) \
            and not quantity:
        return None
    # find the rightmost capitalised run (the name)
    k = len(words) - 1
    if not words[k].capital:
        # a description: "the official", "a spokesman for the Clinton campaign"
        while len(words) > 1 and doc.overlaps_region(words[0].start, words[-1].end):
            words = words[1:]  # read around a quotation: only what follows it
        if not _description_ok(doc, words):
            return None
        return Mention(words[0].start, words[-1].end, doc.text[words[0].start : words[-1].end], "description", role)
    e = k
    while k >= 0 and (
        words[k].capital
        or words[k].text == "."
        or (words[k].lower in NAME_CONNECTORS and _capital_before(words, k))
        or (words[k].lower == "to" and k > 0 and words[k - 1].text in lex.org_keywords)  # "Alliance to Reclaim …"
        or (words[k].text in ("'", "\u2019") and k > 0 and words[k - 1].lower.endswith("s"))
    ):
        k -= 1
    s = k + 1
    while s <= e and words[s].lower in NAME_CONNECTORS and not words[s].capital:
        s += 1
    while s < e and (words[s].lower in lex.time_words
                     or (words[s].lower in PREPOSITIONS and words[s + 1].lower in lex.time_words)):
        s += 1  # "On Wednesday Mr Straw said": the day is no part of the name
    while s < e and doc.overlaps_region(words[s].start, words[e].end):
        gap = doc.text[words[s].end : words[s + 1].start]
        if len(gap) <= 16 and "," not in gap and len(gap.split()) <= 2 and words[s + 1].capital:
            break  # a nickname inside the name: 'Antonio "LA" Reid'
        s += 1  # 'Rubio "apologized …," Hannity said': two names with a quotation between
    if s > e:
        return None
    pre = words[:s]
    if (s == e and s == len(pre) and pre and pre[-1].lower == "the" and is_epithet(doc, words[s].text)
            and (b + 1 >= len(toks) or not toks[b + 1].is_word or finite_verb(doc, toks[b + 1]))):
        # "said the German", "the Briton said": a capitalised epithet after "the" (a nationality)
        # describes someone, as "the veteran" does; it names no one called German (but "the
        # French news agency", "the Arsenal deal": a phrase cut short, not an epithet)
        return Mention(pre[-1].start, words[s].end, doc.text[pre[-1].start : words[s].end], "description", role)
    if s == e == 0 and words[0].lower in lex.person_nouns and len(words) == 1:
        # "Officials said", "Aides to Clinton say": a common noun capitalised at the sentence start
        return Mention(words[0].start, words[0].end, words[0].text, "description", role)
    name_start, name_end = words[s].start, words[e].end
    if keep_stop and e == len(words) - 1:
        name_end += 1  # the name keeps its abbreviation: "Biden Jr."
    name = doc.text[name_start:name_end]
    # possessive forms at the start ("North Korea's Korean Central News Agency")
    m = _POSSESSIVE_LEAD.match(name)
    if m and is_org_name(doc, name[m.end() :]):
        name_start += m.end()
        name = name[m.end() :]
    elif m and len(name[m.end() :].split()) >= 2 and not is_org_name(doc, name[: m.end()]):
        # "Labour's Robin Cook", "ABN Amro's Eddie Wong": the possessor is where the person
        # belongs, no part of the name (not "McDonald's Corp.": an organisation's own name)
        role = role or name[: m.end()].rstrip()
        name_start += m.end()
        name = name[m.end() :]
    title, name = split_title(doc, name)
    if title:
        role = role or title
        name_start = name_end - len(name)
    elif pre and not pre[-1].capital and pre[-1].lower in lex.person_nouns:
        # "North Korean leader Kim Jong-un" ("the views of Oscars host and comedian Chris Rock":
        # the role after the preposition)
        lead = next((k + 1 for k in range(len(pre) - 1, -1, -1) if pre[k].lower in PREPOSITIONS), 0)
        while lead < len(pre) and pre[lead].lower in DETERMINERS:
            lead += 1
        if lead < len(pre):
            role = role or doc.text[pre[lead].start : pre[-1].end]
    if not name or not name[0].isalnum():
        return None
    return Mention(name_start, name_end, name, "name", role, acronym)


def is_pronoun(doc: Doc, t: Tok) -> bool:
    """A pronoun, not an all-capitals abbreviation ("US", "IT"); also
    contracted with its verb ("He’s predicting", "they're")."""
    low = t.lower
    if low not in doc.lex.pronouns:
        low = _CONTRACTION.sub("", low)
    return low in doc.lex.pronouns and (len(t.text) == 1 or not t.text.isupper())


def _description_ok(doc: Doc, words: list[Tok]) -> bool:
    """A lowercase noun phrase that can name a speaker ("the official",
    "critics", "a spokesman for the campaign"), not stray words."""
    lex = doc.lex
    head = words[-1].lower
    if head == "%" and len(words) <= 4 and words[-2].text[0].isdigit():
        return True  # "42% say", "about 40% said"
    ly_adverb = head.endswith("ly") and head not in lex.ly_nouns and not (
        len(words) > 1 and words[-2].lower in DETERMINERS)  # "a Clinton ally", "the rally"
    if (not words[-1].is_word or ly_adverb or head in lex.pronouns or head in lex.clause_breakers
            or head in lex.not_speakers):
        return False
    if any(w.lower in lex.person_nouns or w.lower in lex.org_nouns or w.lower in lex.speech_sources for w in words):
        return True
    if head in lex.verb_forms:
        return False
    if head.endswith("ing"):
        return False
    first = words[0].lower
    if head in QUANTITIES or (head.isdigit() and len(words) > 1):
        return len(words) <= 4  # "two in three said", "most say", "about four in 10"
    if first in DETERMINERS or words[0].capital or first.rstrip("s") in lex.person_nouns:
        return len(words) <= 8
    return head.endswith("s") and not head.endswith("ss") and len(words) <= 3


def split_title(doc: Doc, name: str) -> tuple[str | None, str]:
    """``Secretary of State John Kerry`` -> (``Secretary of State``, ``John Kerry``);
    ``US Senator Jeff Sessions`` -> (``US Senator``, ``Jeff Sessions``);
    ``Stacey Plaskett of the Virgin Islands`` -> (``of the Virgin Islands``, ``Stacey Plaskett``)."""
    affiliation = None
    m = _OF_AFFILIATION.match(name)
    if m and 2 <= len(m.group(1).split()) <= 5 and not is_org_name(doc, m.group(1)):
        # "Shigeo Morioka of the International Longevity Centre": a person of an organisation
        name, affiliation = m.group(1), m.group(2)
    elif is_org_name(doc, name):
        return None, name
    words = name.split()
    heads = doc.lex.title_heads
    cut = -1
    for i, w in enumerate(words[:-1]):
        if w in heads or w.rstrip(".") in heads:
            rest = words[i + 1 :]
            if rest[0][:1].isupper() and len(rest) <= 4 and all(r[:1].isupper() or r in NAME_CONNECTORS for r in rest):
                cut = i
    if cut >= 0:
        return " ".join(words[: cut + 1]), " ".join(words[cut + 1 :])
    return affiliation, name


def is_epithet(doc: Doc, word: str) -> bool:
    """Is capitalised ``word`` after "the" a nationality that stands for a
    person ("the German", "the Dutchman"), not a name ("the Fed")?"""
    lex = doc.lex
    return word.isalpha() and not word.isupper() and not is_org_name(doc, word) and (
        word in lex.epithets or word.lower().endswith(lex.epithet_endings))


def is_org_name(doc: Doc, name: str) -> bool:
    words = name.replace("\u2019", "'").split()
    return any(w in doc.lex.org_keywords for w in words) or name in doc.lex.states or name in doc.lex.bodies


def role_head(doc: Doc, toks: list[Tok], a: int, b: int) -> bool:
    """Does the lower-case phrase ``toks[a..b]`` describe a person: a role
    noun before any ``of``/``for``/``at`` (``president and CEO of …``, ``an
    Austrian Green member of …``)?"""
    if toks[a].lower in doc.lex.person_nouns:
        return True
    if toks[a].lower not in ARTICLES and toks[a].lower not in POSSESSIVES and not (
            toks[a].capital and (toks[a].lower.endswith(POSSESSIVE_ENDINGS) or toks[a].text.isupper())):
        return False  # ("its minister for …", "Lloyd's chief executive", "OFHEO director": a role too)
    for x in toks[a + 1 : b + 1]:
        if x.lower in ROLE_LINKS:
            return False
        if x.lower in doc.lex.person_nouns and not x.capital:
            return True
    return False


def after_preposition(doc: Doc, toks: list[Tok], m: Mention) -> bool:
    """Is mention ``m`` the object of a preposition (other than ``with``)?"""
    k = next((k for k, t in enumerate(toks) if t.start == m.np_start), None)
    return k is not None and k > 0 and toks[k - 1].lower in PREPOSITIONS and toks[k - 1].lower != "with"


def participle_opener(toks: list[Tok], k: int) -> bool:
    """``Courted by …,`` ``Speaking Tuesday,`` ``Separately,``: a capitalised
    -ing, -ly or -ed word opening a phrase; not a first name such as
    ``Ted`` or ``Fred`` followed by the surname."""
    low = toks[k].lower
    if low.endswith(PARTICIPLE_OR_ADVERB_ENDINGS):
        return True
    return low.endswith("ed") and not (k + 1 < len(toks) and toks[k + 1].capital and toks[k + 1].is_word)


def is_someone(doc: Doc, m: Mention) -> bool:
    """A name, or a description headed by a person or organisation noun
    (``the officials``, not ``the plan`` or ``vacations``)."""
    if m.form != "description":
        return True
    head = m.text.split()[-1].lower()
    return head in doc.lex.person_nouns or head in doc.lex.org_nouns


def is_number(word: str) -> bool:
    return word in NUMBER_WORDS or word.isdigit()


def quantity_lead(toks: list[Tok], k: int) -> bool:
    """``About 200``, ``nearly half``: a quantity adverb at ``toks[k]`` before a number or share."""
    return (k + 1 < len(toks) and toks[k].lower in QUANTITY_ADVERBS
            and (is_number(toks[k + 1].lower) or toks[k + 1].text[0].isdigit() or toks[k + 1].lower in QUANTITIES))


def _capital_before(words: list[Tok], k: int) -> bool:
    """Is there a capitalised word left of ``words[k]`` past connectors only?"""
    k -= 1
    while k >= 0 and words[k].lower in NAME_CONNECTORS:
        k -= 1
    return k >= 0 and words[k].capital
