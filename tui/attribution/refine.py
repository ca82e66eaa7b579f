"""Refinements of a found speaker: a pronoun's antecedent, a poll as source, who reports an attribution."""

from __future__ import annotations

import re

from ..grammar import ARTICLES, CLAUSE_BREAKS, DASHES, GENDERED_PRONOUNS, REFERRING_PRONOUNS
from ..grammar import ING as _ING
from ..model import Paragraph
from .clauses import previous_belief, previous_sentence
from .cues import is_cue_verb, prep_ending_at
from .doc import Doc, Tok
from .phrases import is_org_name, make_mention, np_after, np_before
from .records import Found, Mention
from .subjects import apposed_name, clause_subject, subject_of_verb

#: a share of the people asked: "31% of Republicans", "six in 10 voters", "a majority of Democrats"
_RESPONDENTS = re.compile(r"\d|%|\bpercent\b|\b(?:one|two|three|four|five|six|seven|eight|nine) in (?:\d+|ten)\b"
                          r"|\b(?:majority|plurality|minority|half|third|quarter)\b", re.I)




def reported_by(doc: Doc, toks: list[Tok], found: Found | None):
    """``“…,” Sanders said, according to CNN``: the source that reports
    the attribution (the news convention the annotators follow)."""
    if found is None:
        return None
    cue_end = found[1][1]
    for k, t in enumerate(toks):
        if t.start < cue_end or not t.is_word:
            continue
        n = prep_ending_at(doc, toks, k)
        if n and toks[k - n].text == "," and " ".join(x.lower for x in toks[k - n + 1 : k + 1]) in doc.lex.reporting_prepositions:
            np = np_after(doc, toks, k + 1)
            m = make_mention(doc, toks, *np) if np is not None else None
            if m is not None:
                return Found(m, (toks[k - n + 1].start, t.end))
        if k > 0 and toks[k - 1].text == "," and not t.capital and doc.lex.verb_forms.get(t.lower) in doc.lex.outlet_verbs:
            # "“…,” said Kristen Day, reports USA Today": the outlet that reports it, the end of the sentence
            np = np_after(doc, toks, k + 1)
            if np is not None and np[1] + 1 >= len(toks):
                m = make_mention(doc, toks, *np)
                if m is not None and m.form == "name":
                    return Found(m, (t.start, t.end))
    return found


def according_before(doc: Doc, toks: list[Tok], m: Mention) -> Found | None:
    """``according to X,`` standing before subject ``m`` in its clause: the
    sentence is X's account, and a fragment quoted in it X's words."""
    end = next((k for k, x in enumerate(toks) if x.start >= m.np_start), None)
    if end is None:
        return None
    for k in range(end - 1, 0, -1):
        if toks[k].text in (";", ":") or toks[k].lower in CLAUSE_BREAKS:
            return None
        n = prep_ending_at(doc, toks, k)
        if n and " ".join(x.lower for x in toks[k - n + 1 : k + 1]) in doc.lex.reporting_prepositions:
            np = np_after(doc, toks, k + 1)
            if np is None or np[1] + 1 >= end or toks[np[1] + 1].text != ",":
                return None
            src = make_mention(doc, toks, *np)
            return Found(src, (toks[k - n + 1].start, toks[k].end)) if src is not None else None
    return None


def with_antecedent(doc: Doc, m: Mention, para: Paragraph) -> Mention:
    """A pronoun inside a sentence whose subject is named before it
    refers to that subject: "Ban Ki-moon condemned what he called …",
    "Trump said he responded: …"."""
    low = m.text.lower()
    if low in doc.lex.relative_pronouns:
        return relative_antecedent_of(doc, m, para) or m
    if low not in REFERRING_PRONOUNS:
        return m
    sent_lo = doc.sentence_start(para, m.start)
    if sent_lo >= m.start:
        return m
    toks = doc.toks_outside(sent_lo, m.start)
    if not any(t.is_word for t in toks) and sent_lo > para.start:
        # "…, said Jake Horowitz, editor of Mic.com. “You have …,” he said.":
        # the one the sentence before attributes to, when the pronoun fits
        prev = previous_sentence(doc, para, sent_lo) or previous_belief(doc, para, sent_lo)
        if prev is not None and prev[0].form == "name" and fits(doc, low, prev[0]):
            return _referring_to(m, prev[0])
        return m
    v = len(toks) - 1 - (len(toks) > 1 and toks[-1].lower == "that")
    if v > 0 and toks[v].is_word and is_cue_verb(doc, toks, v):
        # "… but Trump said he responded: “…”": the reporting verb's subject
        ante = subject_of_verb(doc, toks, v, 0)
        if ante is not None and ante.form == "name" and fits(doc, low, ante):
            return _referring_to(m, ante)
    ante = clause_subject(doc, para, m.start, sent_lo, main=True)
    if ante is None or ante.form == "pronoun" or ante.end > m.start:
        return m
    if doc.overlaps_region(ante.end, m.start) and not _colon_quote_between(doc, ante.end, m.start):
        return m
    between = doc.toks_outside(ante.end, m.start)
    if not any(t.is_word and not t.capital for t in between):
        return m  # no verb of the subject's own before the pronoun
    if not fits(doc, low, ante):
        # "The film shows Mr Howard laughing at …, which he calls …": a subject that is
        # no person leaves the pronoun to the first person named after it
        if ante.form != "description" or low not in GENDERED_PRONOUNS:
            return m
        for k, t in enumerate(between):
            if (t.capital and k > 0 and between[k - 1].is_word and not between[k - 1].capital
                    and t.lower not in doc.lex.time_words):
                np = np_after(doc, between, k)
                named = make_mention(doc, between, *np) if np is not None else None
                if named is not None and named.form == "name" and fits(doc, low, named):
                    return _referring_to(m, named)
        return m
    return _referring_to(m, ante)


def relative_antecedent_of(doc: Doc, m: Mention, para: Paragraph) -> Mention | None:
    """``the European Court of Justice - which ruled …``, ``Mr Haji-Ioannou,
    who plans …``: a relative pronoun found as a speaker refers to the noun
    phrase right before it (a comma or a dash between), never to someone
    quoted earlier."""
    sent_lo = doc.sentence_start(para, m.start)
    toks = doc.toks_outside(sent_lo, m.start)
    b = len(toks) - 1
    if b >= 0 and (toks[b].text == "," or toks[b].text in DASHES):
        b -= 1
    if b >= 0 and toks[b].text == ")":  # "the Music Managers' Forum (MMF), who say …"
        b = next((k for k in range(b - 1, max(-1, b - 8), -1) if toks[k].text == "("), 0) - 1
    if b < 0 or not toks[b].is_word:
        return None
    np = np_before(doc, toks, b, 0)
    if np is None or np[1] != b:
        return None
    if m.text.lower() != "who":
        # "in the wake of a Law Commission report which branded …": which is the report
        inner = next((k + 1 for k in range(b - 1, np[0], -1)
                      if toks[k].lower == "of" and toks[k + 1].lower in ARTICLES), None)
        if inner is not None:
            np = (inner, b)
    ante = make_mention(doc, toks, *np)
    if ante is None or ante.form == "pronoun":
        return None
    return _referring_to(m, apposed_name(doc, toks, np, ante, 0) or ante)


def fits(doc: Doc, pronoun: str, ante: Mention) -> bool:
    """Can ``pronoun`` refer to ``ante`` (person or organisation, an honorific's gender)?"""
    first_word = (ante.surface or ante.text).split()[0].rstrip(".")
    # an honorific makes a person, whatever the name holds ("Dr Fox" is no Fox News)
    org = is_org_name(doc, ante.text) and first_word not in doc.lex.honorifics
    first = first_word.lower()
    gender = {"m": "he", "f": "she"}.get(doc.lex.gender_of(first))
    head = ante.text.split()[-1].lower()
    if pronoun in GENDERED_PRONOUNS and ante.form == "description" and (
            head in doc.lex.speech_sources or head in doc.lex.org_nouns):
        return False  # "The film shows Mr Howard laughing at what he calls …": a film is no "he"
    return not ((pronoun in GENDERED_PRONOUNS and (org or (gender is not None and gender != pronoun)))
                or (pronoun == "it" and not org))


def _colon_quote_between(doc: Doc, lo: int, hi: int) -> bool:
    """``Sen. X scolded him: “…,” she said``: the one quotation between
    ``lo`` and ``hi`` is handed over by a colon, so the pronoun after it
    still has the subject before it."""
    i = doc.first_region_from(lo)
    spans = [(s, e) for s, e in doc.quote_spans[i : i + 3] if s < hi and e > lo]
    if len(spans) != 1:
        return False
    if doc.text[spans[0][1] : hi].strip(" ,\u2014-").lower() == "as":
        return True  # "Mrs. Clinton pledges to “…,” as she put it"
    return doc.text[lo : spans[0][0]].rstrip().endswith(":")


def outer_cue(doc: Doc, toks: list[Tok], upto: int) -> Found | None:
    """A cue verb with its subject before ``toks[upto]`` in the sentence
    (``Comey said on Tuesday that …``), the attribution around a
    possessor's claim."""
    for v in range(upto - 1, 0, -1):
        t = toks[v]
        if t.is_word and not _ING.match(t.lower) and t.lower in doc.lex.verb_forms and is_cue_verb(doc, toks, v):
            m = subject_of_verb(doc, toks, v, 0)
            if m is not None and m.form != "pronoun":
                return Found(m, (t.start, t.end))
    return None


def poll_source(doc: Doc, m: Mention | None, sent_lo: int) -> Mention | None:
    """``In a national CNN/ORC poll released Monday, 31% of Republicans said
    …``, ``The Q poll also finds that 37 percent of Americans say …``: the
    respondents speak through the poll the sentence names before them, and
    the poll is the source (the convention of news writing and of its
    annotators)."""
    if m is None or m.form == "pronoun":
        return None
    lo = m.np_start if 0 <= m.np_start < m.start else m.start
    text = doc.text
    before = text[sent_lo:lo].lower()
    if ("poll" not in before and "survey" not in before
            or not _RESPONDENTS.search(text, max(sent_lo, lo - 16), m.end)):  # ("31% of| Republicans")
        return None  # (no poll before: the common case, found without a regular expression)
    toks = doc.toks_outside(sent_lo, lo)
    k = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].lower in doc.lex.polls), None)
    if k is None:
        return None
    np = np_before(doc, toks, k, 0)
    poll = make_mention(doc, toks, *np) if np is not None else None
    return poll if poll is not None and poll.form != "pronoun" else None


def _referring_to(m: Mention, ante: Mention) -> Mention:
    """Pronoun mention ``m`` with its antecedent set (no dataclasses.replace: a hot path)."""
    return Mention(m.start, m.end, m.text, m.form, m.role, m.acronym, m.np_start, m.surface, ante)
