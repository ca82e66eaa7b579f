"""Attribution clauses (``X said``, ``said X``) and the attribution of the sentence before."""

from __future__ import annotations

import bisect

from ..grammar import AGENT_PREPOSITIONS, BE_FORMS, PERSONAL_SUBJECTS, SENTENCE_LINKS, PREPOSITIONS, PRESENT_BE, RELATIVE_OPENERS, RELATIVES
from ..grammar import ING as _ING
from ..model import Paragraph
from .cues import bare_after_cue, cue_index, is_cue_verb, passive, prep_ending_at
from .doc import Doc, Tok
from .phrases import adjective_comma, apposition_after, finite_verb, make_mention, np_after, np_before, role_head, skip_between
from .records import Found, Mention
from .subjects import described_name, subject_of_verb


def quoted_as_saying(doc: Doc, toks: list[Tok], v: int) -> Mention | None:
    """``Reuters quoted one trader as saying``, ``the paper quotes Mr Chernin
    as telling staff``, ``Braynard is quoted as saying``: the one quoted is
    who speaks, not who quotes."""
    if v < 3 or toks[v - 1].lower != "as" or not _ING.match(toks[v].lower):
        return None
    b = v - 2
    if toks[b].lower.endswith("ed"):
        # the passive ("Braynard is quoted as saying") or its short form ("with Mr
        # Dixon quoted as saying"): the subject is the one quoted
        b -= 2 if toks[b - 1].lower in BE_FORMS else 1
        np = np_before(doc, toks, b, 0) if b >= 0 else None
        return make_mention(doc, toks, *np) if np is not None and np[1] == b else None
    np = np_before(doc, toks, b, 0)
    if np is None or (np[0] > 0 and toks[np[0] - 1].lower in AGENT_PREPOSITIONS):
        return None  # "X was quoted by the newspaper as saying": not the newspaper
    # the verb that quotes, inside what was read as one phrase ("Reuters quoted one trader")
    w = next((k for k in range(b - 1, np[0] - 1, -1) if finite_verb(doc, toks[k])), None)
    if w is None:
        if np[0] == 0 or not toks[np[0] - 1].is_word or toks[np[0] - 1].capital:
            return None
        w = np[0] - 1
    return make_mention(doc, toks, w + 1, b) if w + 1 <= b else None


def attribution_clause(doc: Doc, toks: list[Tok], complete: bool = False) -> Found | None:
    """``said X[, ROLE]`` or ``X[, ROLE,] said`` filling a whole clause.

    ``complete``: the quote before it ended its own sentence, so the
    clause must be a bare attribution (``Koo said.``, ``he told CNN on
    Monday``), not a new statement (``Russia insisted that …``)."""
    start = 0
    while start < len(toks) and not toks[start].is_word:
        if toks[start].text not in (",", "\u2014", "\u2013", "-"):
            return None
        start += 1
    if start + 2 < len(toks) and toks[start].lower == "as" and toks[start + 1].is_word:
        start += 1  # "…,” as Cruz said on Monday"
    toks = toks[start:]
    for k in range(min(len(toks), 4)):
        n = prep_ending_at(doc, toks, k)
        if n and n == k + 1:
            # "“…”, according to his former chief economic adviser."
            np = np_after(doc, toks, k + 1)
            m = make_mention(doc, toks, *np) if np is not None else None
            return Found(m, (toks[0].start, toks[k].end)) if m is not None else None
    for v in range(min(len(toks), 30)):
        t = toks[v]
        if not t.is_word or not is_cue_verb(doc, toks, v):
            continue
        quoted = quoted_as_saying(doc, toks, v)
        if quoted is not None:
            return Found(quoted, (t.start, t.end))
        if passive(toks, v):
            return None  # "Clinton was asked about …": passive, its subject is no speaker
        if (complete and v > 0 and toks[v - 1].lower in PRESENT_BE and _ING.match(t.lower)
                and doc.lex.verb_forms.get(t.lower) not in doc.lex.progressive_cues):
            return None  # "Mr Kruger is continuing in his job": the present, not an attribution
        if v == 0:
            # inverted: "said Koo Byung-sam, spokesperson for ..."
            if _ING.match(t.lower) or t.capital:
                return None
            np = np_after(doc, toks, 1)
            if np is None:
                return None
            a, b = np
            role, _ = apposition_after(doc, toks, b, len(toks))
            m = make_mention(doc, toks, a, b, role=role)
            return Found(m, (t.start, t.end)) if m is not None else None
        i = skip_between(doc, toks, v - 1)
        if i < 0:
            return None
        commas = [k for k in range(i + 1) if toks[k].text == ","]
        if commas == [2] and adjective_comma(doc, toks, 0):
            commas = []  # "the bespectacled, 71-year-old diplomat said"
        if commas and toks[i].text == ",":
            # "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said"
            first = commas[0]
            np = np_before(doc, toks, first - 1, 0)
            if (np is not None and np[0] >= 2 and toks[np[0] - 1].lower in AGENT_PREPOSITIONS
                    and toks[np[0] - 2].lower in doc.lex.speech_sources):
                head = np_before(doc, toks, np[0] - 2, 0)  # "a study by an influential sociologist, X, concluded"
                if head is not None and head[0] == 0:
                    np = (0, np[1])
            if np is None or np[0] != 0:
                return None
            role = doc.text[toks[first + 1].start : toks[i - 1].end] if i - 1 > first else None
            if role and role.split()[0].lower() in RELATIVE_OPENERS:
                role = None
            m = described_name(doc, toks, first, first + 1, i - 1, 0) if len(commas) == 2 and i - 1 > first else None
            m = m or make_mention(doc, toks, np[0], np[1], role=role)
        elif not commas:
            m = subject_of_verb(doc, toks, v, 0)
            if m is None or m.np_start > toks[0].start:
                # "a Democratic staffer in the room wondered"
                m = None
                np = np_after(doc, toks, 0)
                if np is not None and v - np[1] <= 8 and all(
                    x.is_word and x.lower not in doc.lex.verb_forms and x.lower not in RELATIVES
                    for x in toks[np[1] + 1 : i + 1]
                ) and (np[1] + 1 > i or toks[np[1] + 1].lower in PREPOSITIONS):
                    m = make_mention(doc, toks, *np)
        elif len(commas) == 1 and commas[0] + 1 < i and role_head(doc, toks, commas[0] + 1, i) and (
                not toks[commas[0] + 1].capital or toks[commas[0] - 1].capital):
            # "“…,” Eva Lichtenberg, a member of the European Parliament said": the apposition left open
            np = np_before(doc, toks, commas[0] - 1, 0)
            if np is None or np[0] != 0:
                return None
            m = make_mention(doc, toks, *np, role=doc.text[toks[commas[0] + 1].start : toks[i].end])
            if m is None or m.form != "name":
                return None
        else:
            return None
        if m is None:
            return None
        if complete and not bare_after_cue(doc, toks, v):
            return None
        return Found(m, (t.start, t.end))
    return None


def previous_sentence(doc: Doc, para: Paragraph, sent_lo: int, prev_lo: int | None = None) -> Found | None:
    """(Rule.PREVIOUS_SENTENCE) the attribution in the sentence before, in the same paragraph
    (``…, Schiff said. “…”``); memoised, as the paragraph and pronoun
    rules ask for the same sentence."""
    if sent_lo <= para.start:
        return None
    if prev_lo is None:
        prev_lo = doc.sentence_start(para, sent_lo - 1)
    key = (prev_lo, sent_lo)
    if key not in doc.previous_sentences:
        doc.previous_sentences[key] = _read_previous_sentence(doc, prev_lo, sent_lo)
    return doc.previous_sentences[key]


def previous_belief(doc: Doc, para: Paragraph, sent_lo: int) -> Found | None:
    """(Rule.BELIEF_BEFORE) ``Arnold firmly believes that … . “You're left more
    to your own devices.”``: the sentence before, in the paragraph, says
    what its subject believes, wants or fears (the reported-speech cues of
    belief and stance), and the quotation that follows is that person's."""
    if sent_lo <= para.start:
        return None
    prev_lo = doc.sentence_start(para, sent_lo - 1)
    toks = doc.toks_outside(prev_lo, sent_lo)
    for v, t in enumerate(toks[:12]):
        if t.text in (",", ";", ":"):
            return None  # only the main clause's verb, near the start
        if t.is_word and not t.capital and t.lower in doc.lex.belief_forms and not _ING.match(t.lower):
            m = subject_of_verb(doc, toks, v, 0)
            first = next((k for k, x in enumerate(toks) if x.lower not in SENTENCE_LINKS), 0)
            opens = (m is not None and (m.np_start if m.np_start >= 0 else m.start) == toks[first].start
                     and not any(finite_verb(doc, x) for x in toks[first:v] if x.end <= m.start)
                     and all(x.lower.endswith("ly") for x in toks[first:v] if x.start >= m.end))
            if opens and ((m.form == "pronoun" and m.text.lower() in PERSONAL_SUBJECTS) or m.form == "name"):
                return Found(m, (t.start, t.end))  # (the sentence's own subject: not "Springer helped
            return None  # launch the West End show": a noun there, and not the subject)
    return None


def _read_previous_sentence(doc: Doc, prev_lo: int, sent_lo: int) -> Found | None:
    toks = doc.toks_outside(prev_lo, sent_lo)
    forms, lasts = doc.lex.verb_forms, doc.lex.cue_preposition_lasts
    # attribution_clause finds nothing after a comma with no cue word in
    # the next 30-odd tokens: try only the commas that have one
    cues = [v for v, t in enumerate(toks) if t.lower in forms or t.lower in lasts]
    for k, t in enumerate(toks):
        if t.text == ",":
            c = bisect.bisect_right(cues, k)
            if c == len(cues) or cues[c] > k + 40:
                continue
            found = attribution_clause(doc, toks[k + 1 :])
            if found is not None:
                v = cue_index(doc, toks, found[1])
                if v > k + 1 and toks[v - 1].text == ",":
                    # "Coan, Santilli's attorney, argues …": the name the apposition describes
                    whole = subject_of_verb(doc, toks, v, 0)
                    if whole is not None and whole.form == "name" and whole.start < found[0].start:
                        return whole, found[1]
                return found
    relative = False
    for v, t in enumerate(toks):
        if t.text == ",":
            relative = v + 1 < len(toks) and toks[v + 1].lower in RELATIVE_OPENERS
        if relative:
            continue  # ", which included staff members suggesting someone should question …": not the speaker's clause
        if t.is_word and not _ING.match(t.lower) and is_cue_verb(doc, toks, v):
            m = subject_of_verb(doc, toks, v, 0)
            if m is not None:
                return Found(m, (t.start, t.end))
    return None
