"""The subject of a cue verb or a clause: who does the saying."""

from __future__ import annotations

import re

from ..grammar import (
    AGENT_PREPOSITIONS,
    AND_BUT_YET,
    ARTICLES_AND_POSSESSIVES,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_OPENERS,
    COMPARATIVES,
    COMPLEMENT_PREPOSITIONS,
    CONTRASTING_COORDINATORS,
    DASHES,
    DATE_WORDS,
    DETERMINERS,
    FOCUS_ADVERBS,
    FRONT_CONJUNCTIONS,
    INTERJECTION_FOLLOWERS,
    LIST_WORDS,
    NAME_CONNECTORS,
    NP_CONNECTORS,
    OF_FROM,
    ONLY_FRONT_LINKS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    SENTENCE_LINKS,
    SUBORDINATORS,
    TEMPORAL_PREPOSITIONS,
    THIRD_PERSON_POSSESSIVES,
    VERB_ENDINGS,
    WHO_THAT,
    WHO_WHICH,
)
from ..grammar import ING as _ING
from ..model import Paragraph
from .cues import is_cue_verb
from .doc import _DATELINE, Doc, Tok
from .phrases import (
    apposition_after,
    is_pronoun,
    make_mention,
    np_after,
    np_before,
    participle_opener,
    quantity_lead,
    role_head,
    role_like,
    skip_between,
)
from .records import Mention

#: "it" that refers to nothing: "It seems unfair …", "It is time …"
_EXPLETIVE_IT = re.compile(r" (?:seems|seemed|appears|appeared|is|was|remains|looks|sounds|would be|will be|may be)\b")


def subject_of_verb(doc: Doc, toks: list[Tok], v: int, lo_tok: int) -> Mention | None:
    """The speaker named before cue verb ``toks[v]`` (``X said``)."""
    i = skip_between(doc, toks, v - 1)
    if i < lo_tok:
        return None
    lex = doc.lex
    if (i > lo_tok and toks[i].lower.endswith("ed") and not toks[i].capital
            and (toks[i - 1].lower in lex.speech_sources or toks[i - 1].lower in lex.org_nouns)):
        i -= 1  # "an inspector general's report issued earlier this year reported": the report
    aside = False
    if toks[i].text in DASHES and i - 1 > lo_tok:
        # "The justice -- who has been in a scuffle with him -- said": skip the aside
        k = next((k for k in range(i - 2, max(lo_tok, i - 40) - 1, -1) if toks[k].text == toks[i].text
                  and not (toks[k - 1].text == toks[i].text if k > lo_tok else False)), None)
        if k is not None and k > lo_tok and toks[k - 1].is_word:
            i = k - 1
            aside = True
    role = None
    if toks[i].text == "," and i > lo_tok and toks[i - 1].text == ")":
        i -= 1  # "Gov. John Kasich (R-OH), said"
    # "Akhil Amar, author of “America's Unwritten Constitution,” put it": the
    # title's comma (inside its marks) closes the apposition
    title_comma = (toks[v].start - toks[i].end > 3 and toks[i].is_word  # a gap: a quotation was left out there
                   and doc.comma_inside_quote(toks[i].end, toks[v].start))
    segments = 0
    while segments < 3:
        # "Jeon Ha-kyu, spokesperson for the Ministry of National Defense, said"
        # "Alixandria Lapp, executive director of X, a Democratic super PAC, said"
        # after an aside ("X, the head of Y -- who … -- said") the apposition ends at the first dash
        after_aside = aside and segments == 0
        trailing = toks[i].text == "," or after_aside or (title_comma and segments == 0)
        if not trailing and segments == 0:
            break
        end = i - 1 if toks[i].text == "," else i
        k = end
        while k >= lo_tok and toks[k].text != "," and end - k < 30:
            if toks[k].text in (".", ";", ":") and not doc.is_abbrev(toks[k].start):
                break
            k -= 1
        if k < lo_tok or toks[k].text != ",":
            if trailing and not after_aside:
                return None
            break
        seg_a, seg_b = k + 1, end
        if seg_a > seg_b:
            return None
        first = toks[seg_a]
        appositive = (first.lower in doc.lex.apposition_starters or not first.capital or first.text[0].isdigit()
                      or (first.lower.endswith(POSSESSIVE_ENDINGS) and seg_b > seg_a)  # "China, Pyongyang's only ally, said"
                      or role_like(doc, toks, seg_a, seg_b + 1)
                      # "a philanthropist from Monsey, New York, said": the place's region
                      or (seg_b - seg_a < 3 and k > lo_tok + 2 and toks[k - 1].capital
                          and toks[k - 2].text in PLACE_PREPOSITIONS
                          and all(x.capital or x.text == "." for x in toks[seg_a : seg_b + 1])
                          and not any(len(x.text) == 1 for x in toks[seg_a : seg_b + 1])))  # "Lawrence B. Cummings": a person
        if not appositive or (not trailing and not (k > lo_tok and toks[k - 1].is_word and toks[k - 1].capital)):
            if after_aside:
                break
            if trailing and segments == 0 and k > lo_tok:
                # "the F.B.I. director, James B. Comey, said": the name, the description its role
                return described_name(doc, toks, k, seg_a, seg_b, lo_tok)
            if trailing:
                return None
            break
        if first.lower not in RELATIVE_OPENERS:
            role = doc.text[toks[seg_a].start : toks[seg_b].end]
        i = k - 1
        segments += 1
        if i < lo_tok:
            return None
    if toks[i].text == ")":
        k = i - 1
        while k >= lo_tok and toks[k].text != "(":
            k -= 1
        if k < lo_tok:
            return None
        inner = doc.text[toks[k].start + 1 : toks[i].start].strip()
        np = np_before(doc, toks, k - 1, lo_tok)
        if np is None:
            return None
        m = make_mention(doc, toks, *np, role=role)
        if m is not None and inner.isupper() and " " not in inner:
            m = Mention(m.start, m.end, m.text, m.form, m.role, inner)
        elif m is not None and inner and m.form == "name" and role is None:
            # "Ted Cruz (R-Texas)": party and state
            m = Mention(m.start, m.end, m.text, m.form, m.role, None)
        return m
    np = np_before(doc, toks, i, lo_tok)
    if np is None:
        return None
    a, b = np
    if a - 2 >= lo_tok and toks[a - 1].text == "," and not toks[a].capital and role_head(doc, toks, a, b):
        # "Anthony Anton, president and CEO of the association stated", "Eva Lichtenberg, an
        # Austrian Green member of the European Parliament said": an apposition left open
        np2 = np_before(doc, toks, a - 2, lo_tok)
        m2 = make_mention(doc, toks, *np2, role=doc.text[toks[a].start : toks[b].end]) if np2 is not None else None
        if (m2 is not None and m2.form == "name" and np2[0] == lo_tok
                and not any(x.lower in doc.lex.time_words for x in toks[np2[0] : np2[1] + 1])):
            return m2
    if (a - 3 >= lo_tok and toks[a - 1].lower == "by" and toks[a - 2].lower.endswith("ed")
            and not toks[a - 2].capital and toks[a - 3].is_word):
        # "A Feb. 1 letter from the Legion obtained by The Associated Press warns": the letter
        np2 = np_before(doc, toks, a - 3, lo_tok)
        m2 = make_mention(doc, toks, *np2, role=role) if np2 is not None else None
        if m2 is not None and m2.form != "pronoun":
            return m2
    if (a - 3 >= lo_tok and toks[a - 1].lower in COMPLEMENT_PREPOSITIONS and toks[a - 2].is_word
            and not toks[a - 2].capital and toks[a - 2].lower not in doc.lex.verb_forms
            and toks[a - 3].lower in doc.lex.person_nouns):
        # "a source close to him said", "officials familiar with the talks said": the person, not the object
        head = np_before(doc, toks, a - 3, lo_tok)
        m = make_mention(doc, toks, *head, role=role) if head is not None else None
        if m is not None:
            return Mention(m.start, m.end, m.text, m.form, m.role, m.acronym, m.np_start,
                           doc.text[m.np_start : toks[b].end])
    if (b - a <= 2 and a - 2 > lo_tok and toks[a - 1].text == "," and toks[a - 2].capital
            and all(x.capital for x in toks[a : b + 1])):
        # "Stacy Baker of Columbia, South Carolina says": the person, not the region
        np2 = np_before(doc, toks, a - 2, lo_tok)
        f = next((k for k in range(np2[0], a - 2) if toks[k].lower in OF_FROM), None) if np2 else None
        if (np2 is not None and f is not None and f > np2[0]
                and all(x.capital and x.lower not in doc.lex.front_words and x.lower not in DETERMINERS
                        for x in toks[np2[0] : f])):
            return make_mention(doc, toks, np2[0], a - 2, role=role)
    if toks[a].lower in doc.lex.relative_pronouns and a == b and a > lo_tok:
        # "X, who said": the antecedent
        k = a - 1
        if toks[k].text == ",":
            ante = np_before(doc, toks, k - 1, lo_tok)
            if ante is not None:
                return make_mention(doc, toks, *ante, role=role)
        elif toks[k].is_word and toks[a].lower == "who":
            ante = np_before(doc, toks, k, lo_tok)  # "a retired judge who described it as …"
            if ante is not None:
                # "the memoirs of a former spymaster who …": who is the person
                of = max((j for j in range(ante[0] + 1, ante[1]) if toks[j].lower == "of"
                          and toks[j - 1].lower not in doc.lex.person_nouns), default=None)
                if of is not None:
                    ante = (of + 1, ante[1])
            m = make_mention(doc, toks, *ante, role=role) if ante is not None else None
            if m is not None and m.form != "pronoun":
                return apposed_name(doc, toks, ante, m, lo_tok) or m
        return make_mention(doc, toks, a, b, role=role)
    return make_mention(doc, toks, a, b, role=role)


def described_name(doc: Doc, toks: list[Tok], comma: int, a: int, b: int, lo_tok: int) -> Mention | None:
    """``DESCRIPTION, NAME,`` before a cue (``the company's chief executive,
    Jeff Weiner, said``): the named person, with the description as role;
    the whole phrase is the mention as written."""
    if not all(x.capital or x.text == "." or x.lower in NAME_CONNECTORS for x in toks[a : b + 1]):
        return None
    desc = np_before(doc, toks, comma - 1, lo_tok)
    if desc is None:
        return None
    if toks[desc[0]].lower in COMPARATIVES and desc[0] < desc[1]:
        desc = (desc[0] + 1, desc[1])  # "As the company's chief executive, Jeff Weiner, put it"
    d = make_mention(doc, toks, *desc)
    named = make_mention(doc, toks, a, b)
    if d is None or named is None or named.form != "name":
        return None
    if desc[0] - 2 >= lo_tok and toks[desc[0] - 1].lower in AGENT_PREPOSITIONS and toks[desc[0] - 2].lower in doc.lex.speech_sources:
        # "a study by an influential sociologist, Mikhail Dmitriyev, concluded": the study
        head = np_before(doc, toks, desc[0] - 2, lo_tok)
        h = make_mention(doc, toks, *head) if head is not None else None
        if h is not None and h.form == "description":
            start = toks[head[0]].start
            return Mention(h.start, h.end, h.text, h.form, h.role, h.acronym, start, doc.text[start : toks[b].end])
    if d.form != "description" and not any(not x.capital and x.lower in doc.lex.person_nouns
                                            for x in toks[desc[0] : desc[1] + 1]):
        return None  # "His former partner at Lenox, Lawrence B. Cummings, said": still a description
    r = desc[0] + 1 if toks[desc[0]].lower in THIRD_PERSON_POSSESSIVES and desc[0] < desc[1] else desc[0]
    role = named.role or doc.text[toks[r].start : toks[desc[1]].end]
    start = toks[desc[0]].start
    return Mention(named.start, named.end, named.text, "name", role, named.acronym, start,
                   doc.text[start : toks[b].end])


def clause_subject(doc: Doc, para: Paragraph, pos: int, sent_lo: int, main: bool = False) -> Mention | None:
    """Subject of the clause around ``pos``: after the last ``… that``, or
    the sentence's subject (fronted adverbials such as ``On Monday,``
    skipped); with ``main``, the sentence's subject whatever the clause."""
    toks = doc.toks_outside(sent_lo, pos)
    if not toks:
        return None
    start = 0
    if sent_lo == para.start and (dl := _DATELINE.match(doc.text, para.start, pos)) is not None:
        # "WASHINGTON — Sen. Chuck Grassley on Wednesday …": the dateline names a place
        start = next((k for k, t in enumerate(toks) if t.start >= dl.end()), len(toks))
    for k in range(len(toks) - 1, start, -1) if not main else ():
        if toks[k].lower == "that" and is_cue_verb(doc, toks, k - 1):
            start = k + 1
            break
        if (toks[k].lower in SUBORDINATORS and k + 1 < len(toks) and not toks[k].capital
                and toks[k + 1].is_word and not toks[k + 1].lower.endswith(VERB_ENDINGS)):
            start = k + 1  # "… when a member of the family suggested …": that clause's subject
            break
        if (toks[k].lower in AND_BUT_YET and toks[k - 1].text == "," and k + 2 < len(toks)
                and toks[k + 1].is_word and toks[k + 1].lower not in doc.lex.verb_forms
                and not toks[k + 1].lower.endswith(VERB_ENDINGS) and toks[k + 1].lower not in doc.lex.between_words):
            start = k + 1  # "The results aren't in, but Kasich's campaign is claiming …": the second clause
            break
    # skip fronted adverbial phrases ending with a comma
    k = start
    if (k + 2 < len(toks) and toks[k].capital and toks[k + 1].text == "," and toks[k + 2].is_word
            and toks[k + 2].lower in INTERJECTION_FOLLOWERS and toks[k].lower not in doc.lex.pronouns):
        k += 2  # "Wait, it gets better:", "Look, the deal is done": an interjection, not a subject
    if k < len(toks) and not quantity_lead(toks, k) and (  # ("About 200 protesters congregated, …": the subject)
            not toks[k].capital or toks[k].lower in doc.lex.front_words or participle_opener(toks, k)
            or (k + 1 < len(toks) and toks[k + 1].lower in doc.lex.time_units)):  # "Four hours earlier, …"
        # a prepositional opener may be long ("On the eve of his election to a fourth term …,")
        lead = toks[k + 1].lower if toks[k].lower in FOCUS_ADVERBS and k + 1 < len(toks) else toks[k].lower
        reach = 30 if lead in PREPOSITIONS or lead in TEMPORAL_PREPOSITIONS else 12
        for c in range(k, min(len(toks), k + reach)):
            if toks[c].text == ",":
                k = c + 1
                relative = k < len(toks) and toks[k].lower in doc.lex.relative_pronouns
                if (k < len(toks) and toks[k].is_word and not toks[k].capital and toks[k].lower not in DETERMINERS
                        and (relative or not is_pronoun(doc, toks[k])) and toks[k].lower not in doc.lex.person_nouns):
                    # "Following a swiftly called, late-afternoon meeting, the Council …": the phrase goes on
                    # ("Speaking in Dover, which votes Tuesday, Bush …": a relative clause, too)
                    nxt = next((d for d in range(k, min(len(toks), k + (12 if relative else 5))) if not toks[d].is_word), None)
                    if nxt is not None and toks[nxt].text == "," and (relative or not any(
                            x.lower in doc.lex.verb_forms or x.lower in doc.lex.between_words for x in toks[k:nxt])):
                        k = nxt + 1
                break
        else:
            if toks[k].lower in CLAUSE_OPENERS and k + 1 < len(toks) and toks[k + 1].capital:
                k += 1  # "When Trump later referred to … and said he would “…”": the clause's own subject
        if k + 1 < len(toks) and toks[k].text.isdigit() and toks[k + 1].text == ",":
            k += 2  # "On July 6, 2015, Sanders …"
        # "In Ames, Iowa, on Sunday, Mrs. Clinton …": a place's region, then more adverbials
        for _ in range(2):
            if not (0 < k - 1 < len(toks) and toks[k - 2].capital):
                break
            nxt = next((c for c in range(k, min(len(toks), k + 6)) if toks[c].text == ","), None)
            if nxt is None or not all(x.capital or x.lower in DATE_WORDS
                                      or x.lower in doc.lex.time_words or x.text == "."
                                      for x in toks[k:nxt]):
                break
            k = nxt + 1
    while k < len(toks) and toks[k].lower in SENTENCE_LINKS:
        k += 1
    if k >= len(toks):
        return None
    if k + 1 < len(toks) and not toks[k].capital and is_cue_verb(doc, toks, k) and not _ING.match(toks[k].lower):
        k += 1  # "“…,” said a former official who … and described it as “…”": the inverted cue's subject
    if quantity_lead(toks, k):
        np = np_after(doc, toks, k + 1)  # "About 200 protesters": the adverb goes with the number
        np = (k, np[1]) if np is not None else None
    else:
        np = np_after(doc, toks, k)
    if np is None:
        return None
    a, b = np
    named = _name_in_apposition(doc, toks, a, b)
    if named is not None:
        return named
    if a == b and toks[a].lower == "it" and _EXPLETIVE_IT.match(doc.text, toks[a].end):
        return None  # "It seems unfair to tell them: “…”": no one is the "it"
    role, _ = apposition_after(doc, toks, b, len(toks))
    return make_mention(doc, toks, a, b, role=role)


def _name_in_apposition(doc: Doc, toks: list[Tok], a: int, b: int) -> Mention | None:
    """``Mr. Trump's campaign chairman, Paul Manafort, dismissed …``: a
    description opening the clause, then the name it describes between
    commas: the named person, the description as role, the phrase as written."""
    if b + 3 >= len(toks) or toks[b + 1].text != "," or not toks[b].is_word or toks[b].capital:
        return None
    c = b + 2
    while c < len(toks) and c - b < 6 and (toks[c].capital or toks[c].text == "."):
        c += 1
    if c == b + 2 or c >= len(toks) or toks[c].text != ",":
        return None
    d = make_mention(doc, toks, a, b)
    named = make_mention(doc, toks, b + 2, c - 1)
    if d is None or d.form != "description" or named is None or named.form != "name":
        return None
    start = toks[a].start
    return Mention(named.start, named.end, named.text, "name", named.role or d.text, named.acronym, start,
                   doc.text[start : toks[c - 1].end])


def relative_antecedent(doc: Doc, toks: list[Tok], v: int) -> Mention | None:
    """``… an official who oversaw the inquiries and described it as “…”``:
    a verb coordinated inside a relative clause has who's antecedent as subject."""
    w = next((w for w in range(v - 2, max(0, v - 12), -1) if toks[w].lower in WHO_WHICH or toks[w].text == ","), None)
    if w is None or toks[w].lower not in WHO_WHICH:
        return None
    ante = np_before(doc, toks, w - 1, 0)
    m = make_mention(doc, toks, *ante) if ante is not None else None
    if m is None or m.form == "pronoun":
        return None
    return apposed_name(doc, toks, ante, m, 0) or m


def relative_participle(doc: Doc, toks: list[Tok], v: int) -> Mention | None:
    """``… comedian Chris Rock, who whipped up a storm for saying …, calling
    award shows “idiotic”``: a participle after a relative clause (no comma
    between) goes with who's antecedent, not with the sentence's subject."""
    if v < 3 or toks[v - 1].text != ",":
        return None
    w = next((w for w in range(v - 2, max(0, v - 30), -1) if toks[w].text == "," or toks[w].lower in WHO_WHICH), None)
    if w is None or toks[w].lower != "who" or w < 2 or toks[w - 1].text != ",":
        return None
    ante = np_before(doc, toks, w - 2, 0)
    m = make_mention(doc, toks, *ante) if ante is not None else None
    return m if m is not None and m.form == "name" else None


def apposed_name(doc: Doc, toks: list[Tok], ante: tuple[int, int], m: Mention, lo_tok: int) -> Mention | None:
    """``Braynard, a South Carolina native who writes …``: the name that a
    description (the antecedent of who) stands in apposition to, with the
    description as its role."""
    a, b = ante
    if m.form != "description" or a - 2 < lo_tok or toks[a - 1].text != ",":
        return None
    named = np_before(doc, toks, a - 2, lo_tok)
    if named is None or not (named[0] == lo_tok or not toks[named[0] - 1].is_word):
        return None  # only a name that opens its clause
    n = make_mention(doc, toks, *named, role=doc.text[toks[a].start : toks[b].end])
    return n if n is not None and n.form == "name" else None


def new_clause_before(doc: Doc, toks: list[Tok], np_start: int) -> bool:
    """Does a coordinated clause start right before ``np_start``
    (``…, and nearly three in five said …``)?"""
    k = next((i for i, t in enumerate(toks) if t.start >= np_start), 0)
    if k >= 2 and toks[k - 1].lower in CLAUSE_OPENERS and (toks[k - 2].text == "," or toks[k - 2].lower == "even"
                                                           or toks[k - 2].is_word):
        return True  # "…, though he added that …", "even as he defended …", "… place after a poll showed …"
    return k >= 2 and toks[k - 1].lower in CONTRASTING_COORDINATORS and toks[k - 2].text == ","


def front_subject(doc: Doc, toks: list[Tok], v: int) -> Mention | None:
    """The sentence's whole opening noun phrase as the subject of cue
    ``toks[v]``: ``Most Republican voters in Alabama, Georgia and Virginia
    said``, ``An earlier report in a New Hampshire paper said``, ``His
    campaign manager, Jeff Weaver, said``.  Only when nothing between the
    sentence start (a conjunction or fronted adverbial skipped) and the
    cue reads as a verb, a pronoun or a new clause."""
    lex = doc.lex
    k = 0
    if toks and toks[0].lower in FRONT_CONJUNCTIONS:
        k = 1
    if k < len(toks) and toks[k].lower not in DETERMINERS and (
            toks[k].lower in doc.lex.front_words or toks[k].lower in lex.time_words):
        c = next((c for c in range(k, min(v, k + 12)) if toks[c].text == ","), None)
        if c is None:
            return None
        k = c + 1
    i = skip_between(doc, toks, v - 1)
    if 0 <= i and toks[i].text == ",":
        i -= 1
    elif (0 < i and toks[i].capital and lex.verb_forms.get(toks[v].lower) == toks[v].lower
          and toks[i - 1].lower in DETERMINERS):
        return None  # "a Washington state delegate": a cue word's bare form after a name is a noun
    if i < k or i - k > 16 or not toks[k].is_word or toks[k].lower in lex.clause_breakers:
        return None
    head = None
    for j in range(k, i + 1):
        t = toks[j]
        low = t.lower
        if not t.is_word:
            if t.text == ",":
                head = j - 1 if head is None else head
            elif not ((t.text == "." and doc.is_abbrev(t.start)) or t.text in ("'", "\u2019")):
                return None
            continue
        if low in WHO_THAT and j > k and head is None and toks[j - 1].is_word and i - j <= 12 and not any(
                x.text == "," or x.lower in lex.relative_pronouns or x.lower in lex.reporting_words for x in toks[j + 1 : i + 1]):
            head = j - 1  # "Current and former officials who spoke with the Post said": a relative clause
            break
        if low in THIRD_PERSON_POSSESSIVES and j > k:
            continue  # "RT and its defenders say"
        if (low in AUXILIARIES or low in BE_FORMS or low in lex.relative_pronouns or low in SUBORDINATORS
                or (low in lex.clause_breakers and low not in PREPOSITIONS and low not in LIST_WORDS
                    and not (low == "to" and j > k and j < i and (toks[j + 1].capital or toks[j + 1].lower in ARTICLES_AND_POSSESSIVES)))):
            return None  # a clause, not a noun phrase: "The decision came days after the Council condemned …"
        if is_pronoun(doc, t) and low not in POSSESSIVE_DETERMINERS:
            return None
        prev = toks[j - 1] if j > k else None
        if not t.capital and (low in lex.verb_forms or low in lex.belief_forms) and low not in lex.person_nouns:
            # "An earlier report in …": a cue word as a noun, after a determiner or an adjective
            if prev is None or not (prev.lower in DETERMINERS or prev.lower.endswith(POSSESSIVE_ENDINGS)
                                    or (prev.is_word and not prev.capital and prev.lower not in lex.verb_forms)):
                return None
        if not t.capital and low.endswith("ed") and prev is not None and (prev.capital or prev.lower.endswith("s")):
            return None  # "Clinton visited …", "officials worked …": a verb
        if (not t.capital and prev is not None and prev.capital and j < i and low not in NP_CONNECTORS
                and low not in PREPOSITIONS and low != "to"
                and low not in lex.person_nouns and low not in lex.org_nouns and low not in lex.speech_sources
                and (toks[j + 1].capital or toks[j + 1].lower in ARTICLES_AND_POSSESSIVES)):
            return None  # "Clinton won Iowa and Sanders said": a verb between two names
        if head is None and j > k and (low in PREPOSITIONS or low == "to"):
            head = j - 1
    if head is None:
        head = i
    m = make_mention(doc, toks, k, head)
    if m is None:
        return None
    if m.form == "description" and head + 2 <= i and toks[head + 1].text == ",":
        # "His campaign manager, Jeff Weaver, said": the name, with the description as role
        end = next((c - 1 for c in range(head + 2, i + 1) if toks[c].text == ","), i)
        named = make_mention(doc, toks, head + 2, end)
        if named is not None and named.form == "name" and all(x.capital or x.text == "." for x in toks[head + 2 : end + 1]):
            r = k + 1 if toks[k].lower in THIRD_PERSON_POSSESSIVES and k < head else k  # "Her deputy" -> "deputy"
            m = Mention(named.start, named.end, named.text, "name", named.role or doc.text[toks[r].start : toks[head].end],
                        named.acronym)
    start, end = toks[k].start, toks[i].end
    return Mention(m.start, m.end, m.text, m.form, m.role, m.acronym, start, doc.text[start:end])


def only_front(doc: Doc, toks: list[Tok], upto: int) -> bool:
    """Only a fronted adverbial (``On Monday, X said …``) or a conjunction
    (``But X said …``) before the subject."""
    if not toks:
        return False
    if toks[0].lower in ONLY_FRONT_LINKS and len(toks) > 1 and toks[1].start >= upto:
        return True
    if toks[0].lower in CLAUSE_OPENERS and len(toks) > 1 and toks[1].start >= upto:
        return True  # "Although Mr. Brown does not plan …"
    if len(toks) > 3 and toks[0].lower == "that" and toks[1].lower == "said" and toks[2].text == "," and toks[3].start >= upto:
        return True  # "That said, Millennials say …"
    if toks[0].capital and toks[0].lower.endswith(VERB_ENDINGS) and any(t.text == "," and t.start < upto for t in toks):
        return True  # "Courted by most of the candidates, Adelson said …"
    return (toks[0].lower in doc.lex.front_words or toks[0].lower in doc.lex.time_words) and any(
        t.text == "," and t.start < upto for t in toks
    )
