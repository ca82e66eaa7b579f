"""Reported speech: reports without quote marks (kind ``indirect``)."""

from __future__ import annotations

import re

from ..grammar import (
    AND_BUT_OR,
    AUXILIARIES,
    BE_FORMS,
    CONTRASTING_COORDINATORS,
    COORDINATORS,
    CUE_TIME_WORDS,
    DEICTIC_TIME,
    DETERMINERS,
    LEAD_WORDS,
    PERSONAL_SUBJECTS,
    POSSESSIVE_ENDINGS,
    RELATIVES,
    TAIL_BREAKS,
    VERB_ENDINGS,
)
from ..grammar import ING as _ING
from ..model import Paragraph
from ..quotes import Region
from .clauses import attribution_clause
from .cues import bare_after_cue, cue_index, is_cue_verb, noun_use, object_end, passive, prep_ending_at
from .doc import Doc, Tok, tokens
from .phrases import is_pronoun, make_mention, np_after
from .records import Attribution, Mention, Rule
from .refine import poll_source
from .subjects import clause_subject, front_subject, new_clause_before, only_front, subject_of_verb

_LOWER_WORD = re.compile(r"[a-z]+")








def reported_speech(doc: Doc, titles: set[int], room: int) -> list[Attribution]:
    """(Rule.REPORTED) attributions without quote marks, as quotes of kind ``indirect``:
    ``X said (that) …``, ``…, X said.``, ``according to X, …`` / ``…, according to X``.
    Sentences that hold a quotation are left to the rules above; a quoted
    title (``told MSNBC's “Morning Joe” that …``) is no quotation."""
    out: list[Attribution] = []
    text = doc.text
    cues = doc.lex.reporting_words
    for pi, para in enumerate(doc.article.paragraphs):
        if para.headline:
            continue
        if len(out) >= room:
            doc.unread_reports += 1  # (counted in paragraphs: the rest is not read)
            continue
        doc.bound_memos()
        low = text[para.start : para.end].lower()
        hits = [para.start + m.start() for m in _LOWER_WORD.finditer(low) if m.group() in cues]
        if not hits:
            continue  # no reporting verb in the paragraph: nothing to find
        has_quote = doc.overlaps_region(para.start, para.end)
        bounds = doc.boundaries(para)
        starts = [para.start, *bounds]
        ends = [*bounds, para.end]
        h = 0
        for s, e in zip(starts, ends):
            while h < len(hits) and hits[h] < s:
                h += 1
            if h >= len(hits) or hits[h] >= e or e - s < 20:
                continue
            if has_quote and doc.holds_quotation(s, e, titles):
                continue  # the quotation rules own this sentence
            found = _report_in(doc, s, e, para)
            if found is None:
                continue
            cs, ce, mention, cue = found[:4]
            mention = poll_source(doc, mention, s) or mention
            pieces = [(cs, found[4][0]), (found[4][1], ce)] if len(found) > 4 else [(cs, ce)]
            for cs, ce in pieces:
                while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ".,;:!?"):
                    ce -= 1
                while cs < ce and text[cs].isspace():
                    cs += 1
                for cs, ce, cue_, other in _coordinated(doc, cs, ce, cue, para):
                    while ce > cs and text[ce - 1].isspace():
                        ce -= 1
                    if len(text[cs:ce].split()) < (3 if len(pieces) == 1 else 2):
                        continue
                    if _object_only(doc, cue_, cs, ce):
                        continue
                    region = Region(cs, ce, cs, None, pi, pi)
                    out.append(Attribution(region, "indirect", other or mention, cue_, Rule.REPORTED))
    return out


def _object_only(doc: Doc, cue: tuple[int, int], cs: int, ce: int) -> bool:
    """``Blair rejected calls for the publication of advice``: a stance verb's
    object, no report of what anyone said. Verbs of ``clause_only_verbs``
    report only a clause: ``that …``, or a subject and its verb
    (``denied he knew``, ``dismissed claims that were made`` is an object)."""
    lex = doc.lex
    word = doc.text[cue[0] : cue[1]].lower()
    base = lex.verb_forms.get(word) or lex.belief_forms.get(word)
    if base not in lex.clause_only_verbs:
        return False
    toks = [t for t in tokens(doc.text, cs, min(ce, cs + 80)) if t.is_word][:6]
    if not toks or toks[0].lower in ("that", "to") or toks[0].lower in PERSONAL_SUBJECTS:
        return False
    for k, t in enumerate(toks[1:], 1):
        if t.lower in AUXILIARIES or t.lower in BE_FORMS:
            return toks[k - 1].lower in RELATIVES  # "the claim was false", not "claims that were made"
    return True


def _coordinated(doc: Doc, cs: int, ce: int, cue: tuple[int, int], para: Paragraph, mention: Mention | None = None):
    """Split a content into one per report: ``rejected the idea … and said
    that …`` (the same subject reports twice), ``…, and critics say …``
    (a new subject reports), ``…, saying …``.  Yields ``(start, end, cue,
    mention)``; ``mention`` None means the sentence's speaker."""
    toks = tokens(doc.text, cs, ce)
    cues = doc.lex.reporting_words
    for k in range(1, len(toks) - 2):
        if (toks[k].text == "," and toks[k + 1].lower in CONTRASTING_COORDINATORS and toks[k - 1].is_word
                and k + 3 < len(toks)):
            # "…, and people familiar with her thinking say she …", "…, while others said …": a new subject reports
            lo = toks[k + 2].start
            if not cues.isdisjoint(_LOWER_WORD.findall(doc.text, lo, min(ce, lo + 160))):
                found = _new_reporter(doc, lo, ce, para)
                if found is not None:
                    yield cs, toks[k].start, cue, mention
                    yield from _coordinated(doc, found[0], ce, found[3], para, found[2])
                    return
        if toks[k].text == "," and toks[k + 1].lower == "and" and toks[k + 2].lower in AUXILIARIES and toks[k - 1].is_word:
            yield cs, toks[k].start, cue, mention  # "…, and has championed an agenda …": the subject acts again
            return
        if (toks[k].lower == "and" and toks[k - 1].is_word and k + 3 < len(toks) and toks[k + 1].is_word
                and toks[k + 1].lower not in cues and not cues.isdisjoint(
                    x.lower for x in toks[k + 2 : k + 6])):
            # "… they will not attend and others have said they are not interested": a new subject reports
            lo = toks[k + 1].start
            found = _new_reporter(doc, lo, ce, para)
            if found is not None and found[3][0] - lo < 60:
                yield cs, toks[k].start, cue, mention
                yield from _coordinated(doc, found[0], ce, found[3], para, found[2])
                return
        if toks[k].text == "," and toks[k + 1].lower in TAIL_BREAKS and toks[k - 1].is_word:
            yield cs, toks[k].start, cue, mention  # "…, but …", "…, which …": the report ends with its clause
            return
        if (toks[k].text == "," and _ING.match(toks[k + 1].lower) and toks[k + 1].lower in doc.lex.verb_forms
                and toks[k + 2].is_word):
            # "defended his call for …, saying the positives …": a second report
            yield cs, toks[k].start, cue, mention
            c = k + 3 if toks[k + 2].lower == "that" and k + 3 < len(toks) else k + 2
            yield from _coordinated(doc, toks[c].start, ce, (toks[k + 1].start, toks[k + 1].end), para, mention)
            return
        if toks[k].lower != "and" or not (toks[k - 1].is_word or (toks[k - 1].text == "," and toks[k - 2].is_word)):
            continue  # "rejected the idea and said …", "said A, and urged B"
        v = k + 2 if toks[k + 1].lower == "also" else k + 1
        w = toks[v].lower if v < len(toks) - 1 else ""
        if w in cues and not _ING.match(w) and w not in doc.lex.cue_preposition_firsts and toks[v + 1].is_word:
            end = toks[k].start
            while end > cs and (doc.text[end - 1].isspace() or doc.text[end - 1] == ","):
                end -= 1
            yield cs, end, cue, mention
            yield from _coordinated(doc, toks[v + 1].start, ce, (toks[v].start, toks[v].end), para, mention)
            return
    yield cs, ce, cue, mention


def _new_reporter(doc: Doc, lo: int, ce: int, para: Paragraph):
    """A report in ``[lo, ce)`` whose own subject (not a pronoun) opens it
    at ``lo``: the second report of ``…, and critics say …``."""
    found = _subject_first(doc, lo, ce, para, doc.text[lo:ce].lower())
    if found is not None and found[2].np_start == lo and found[2].form != "pronoun":
        return found
    return None


def _report_in(doc: Doc, s: int, e: int, para: Paragraph):
    """Reported speech in the sentence ``[s, e)`` (which holds no quotation):
    ``(start, end, mention, cue)``, with a fifth item ``(gap_start, gap_end)``
    when the attribution interrupts the content (``A, Smith said, B``).

    Only the parts of the sentence that can hold a cue are tokenised: most
    sentences of news name no one."""
    text = doc.text
    low = text[s:e].lower()
    cues = doc.lex.reporting_words
    # "…, according to X." and "According to X, …" (any cue preposition)
    if any(p in low for p in doc.lex.cue_prepositions):
        toks = tokens(text, s, e)
        for k in range(len(toks)):
            n_prep = prep_ending_at(doc, toks, k)
            if not n_prep:
                continue
            first = k - n_prep + 1
            np = np_after(doc, toks, k + 1)
            m = make_mention(doc, toks, *np) if np is not None else None
            if m is None:
                # "according to recent polling, …": whatever the phrase, it is the source
                end = next((j for j in range(k + 1, min(len(toks), k + 7)) if not toks[j].is_word), None)
                if end is None or end == k + 1 or toks[end].text != "," or toks[k + 1].lower in doc.lex.pronouns:
                    return None
                np = (k + 1, end - 1)
                a, b = toks[k + 1].start, toks[end - 1].end
                m = Mention(a, b, text[a:b], "description", None, None, a, text[a:b])
            cue = (toks[first].start, toks[k].end)
            lead = [t for t in toks[:first] if t.is_word]
            opening = all(t.lower in LEAD_WORDS for t in lead)  # "But, according to the poll, …"
            if first > 0 and toks[first - 1].text == "," and not opening:
                return s, toks[first - 1].start, m, cue  # "…, according to X."
            # the source phrase ends at the next comma ("According to the FBI summary, …")
            comma = next((j for j in range(np[1] + 1, min(len(toks), np[1] + 12)) if toks[j].text == ","), None)
            if comma is not None and opening:
                return toks[comma].end, e, m, cue
            if comma is None and len(lead) >= 3 and not any(t.text == "," for t in toks[np[1] + 1 :]):
                return s, toks[first].start, m, cue  # "… leads by 271 delegates according to a count by the AP."
            return None
    # "…, Smith said." closing the sentence, or "…, Smith said, …" inside it
    pos = low.find(",")
    while pos >= 0:
        nxt = low.find(",", pos + 1)
        seg_end = nxt if nxt >= 0 else len(low)
        if pos >= 10 and seg_end - pos < 160 and not cues.isdisjoint(_LOWER_WORD.findall(low, pos, seg_end)):
            inner = tokens(text, s + pos + 1, s + seg_end)
            found = attribution_clause(doc, inner)
            if found is not None:
                c = cue_index(doc, inner, found[1])
                if c == next((k for k, t in enumerate(inner) if t.is_word), -1) and nxt >= 0:
                    # "…, said Mark Jones, a political scientist at …": the apposition ends the sentence
                    whole = attribution_clause(doc, tokens(text, s + pos + 1, e))
                    if whole is not None and whole[0].role:
                        return s, s + pos, whole[0], whole[1]
                if bare_after_cue(doc, inner, c):
                    if nxt >= 0:
                        # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": two pieces
                        return s, e, found[0], found[1], (s + pos, s + nxt + 1)
                    if found[0].form != "pronoun":
                        return s, s + pos, found[0], found[1]
                    # "Other candidates said they …, they said.": the sentence's own subject, if it reports
                    first = _subject_first(doc, s, e, para, low)
                    if first is not None and first[2].form != "pronoun" and first[0] < s + pos:
                        return first[0], s + pos, first[2], first[3]
                    return s, s + pos, found[0], found[1]
        pos = nxt
    return _subject_first(doc, s, e, para, low)


def _subject_first(doc: Doc, s: int, e: int, para: Paragraph, low: str):
    """``Smith said (that) …``: a cue after its subject, in ``[s, e)``."""
    text = doc.text
    cues = doc.lex.reporting_words
    lex = doc.lex
    for word in _LOWER_WORD.finditer(low, 0, min(len(low), 420)):
        w = word.group()
        if w not in cues or w in doc.lex.cue_preposition_firsts:
            continue
        vstart = s + word.start()
        if word.start() > 400:
            break  # the subject of a reporting verb this far in is not the sentence's
        toks = tokens(text, s, min(e, s + word.end() + 60))
        v = next((k for k, t in enumerate(toks) if t.start == vstart), None)
        if v is None:
            continue
        t = toks[v]
        if t.lower not in cues:
            continue  # "state’s approach": the cue word is part of a longer token
        if (v > 0 and toks[0].capital and toks[0].lower.endswith(VERB_ENDINGS)
                and not any(x.text == "," for x in toks[1:v])):
            continue  # "Asked if she believed …, Clinton said …": inside the fronted phrase
        base = lex.verb_forms.get(t.lower) or lex.belief_forms.get(t.lower)
        if v > 0 and noun_use(doc, toks, v, base):
            continue
        if t.lower in lex.verb_forms and not is_cue_verb(doc, toks, v):
            continue
        if v > 0 and (toks[v - 1].lower in DETERMINERS or toks[v - 1].lower.endswith(POSSESSIVE_ENDINGS)):
            continue  # "The plan is likely to …", "Brown's estimated loss": a noun
        if passive(toks, v):
            continue  # "Clinton was asked about …": passive, the subject is no speaker
        if v > 1 and toks[v - 1].lower in RELATIVES and (toks[v - 2].is_word or toks[v - 2].text == ","):
            continue  # "People who know him well say …", "Fox TV, which shows …, is": a relative clause's verb
        progressive = _ING.match(w) and v > 0 and toks[v - 1].lower in BE_FORMS
        if _ING.match(w) and not progressive:
            # "Trump mocked her record, saying she would …": the clause's subject
            if v < 2 or toks[v - 1].text not in (",", "\u2013", "\u2014") or t.lower not in lex.verb_forms:
                continue
            m = clause_subject(doc, para, toks[v - 1].start, s)
        elif v > 1 and toks[v - 1].lower in COORDINATORS and toks[v - 2].is_word:
            # "Conway rejected the idea and said that …"
            m = clause_subject(doc, para, toks[v - 1].start, s)
        else:
            # "Sanders is suggesting he beat expectations": the auxiliary's subject
            m = subject_of_verb(doc, toks, v - 1 if progressive else v, 0)
            first_word = next((x.start for x in toks if x.is_word), toks[0].start)  # "-Nate Cohn explains …"
            if m is not None and m.np_start > first_word and not (
                (word.start() <= 160 and only_front(doc, toks, m.np_start)) or new_clause_before(doc, toks, m.np_start)
            ):
                m = None
            if m is None and not progressive:
                m = front_subject(doc, toks, v)
        if m is None:
            continue  # "a Washington state delegate …, said": a later cue may still have one
        c = v + 1
        if base in doc.lex.hearer_verbs and c < len(toks):
            c = object_end(doc, toks, c)  # "told reporters", "told CNN", "told him"
        while c < len(toks) and (toks[c].lower in CUE_TIME_WORDS
                                  or (toks[c].lower in DEICTIC_TIME and c + 1 < len(toks)
                                      and toks[c + 1].lower in lex.time_words)  # not "told reporters this was …"
                                  or toks[c].lower in lex.time_words or toks[c].text == ","):
            if toks[c].text == ",":
                c += 1
                break
            c += 1
        if c < len(toks) and toks[c].lower == "for" and base in doc.lex.for_verbs:
            c += 1  # "called for a boycott"
        for k in range(c, min(len(toks), c + 14)):
            if toks[k].text == "," or toks[k].lower in AND_BUT_OR or (toks[k].lower in cues and not toks[k].capital):
                break
            if (is_pronoun(doc, toks[k]) and toks[k].lower != "that") or toks[k].lower in AUXILIARIES:
                break  # "said she was not going to jump to that conclusion": the clause has begun
            if toks[k].lower == "that":
                c = k  # "said earlier on Friday during a news conference that …"
                break
        if c >= len(toks) or not toks[c].is_word:
            return None
        return toks[c].start, e, m, (t.start, t.end)
    return None


def participle_reports(doc: Doc, atts: list[Attribution]) -> list[Attribution]:
    """``“…,” Jealous said, suggesting that a platform could help her``:
    a participle after a quotation's attribution reports more of what the
    same speaker said, without quote marks."""
    out = []
    text = doc.text
    cues = doc.lex.reporting_words
    paras = doc.article.paragraphs
    for att in atts:
        if att.kind not in ("direct", "mixed") or att.mention is None or att.cue is None or att.rule.family == "paragraph":
            continue
        doc.bound_memos()
        r = att.region
        lo = max(r.end + 1, att.cue[1])
        para = paras[r.last_para]
        if lo >= para.end:
            continue
        hi = doc.sentence_end(para, lo)
        nxt = doc.next_region_start(lo)
        if nxt is not None and nxt < hi:
            continue  # another quotation in the rest of the sentence: the quote rules own it
        words = _LOWER_WORD.findall(text, lo, hi)
        if cues.isdisjoint(words) or ("," not in text[lo:hi] and "and" not in words and "but" not in words):
            continue
        toks = tokens(text, lo, hi)
        for k in range(len(toks) - 2):
            if toks[k].lower in COORDINATORS and k > 0 and toks[k - 1].is_word:
                # "… said it was “opposed” to the test and warned North Korea to refrain …"
                v = k + 1
                while v < len(toks) - 1 and v - k <= 3 and toks[v].lower in doc.lex.between_words:
                    v += 1
                w = toks[v].lower
                if w in cues and not _ING.match(w) and w in doc.lex.verb_forms and is_cue_verb(doc, toks, v):
                    base = doc.lex.verb_forms[w]
                    c = v + 1
                    if base in doc.lex.hearer_verbs and c < len(toks):
                        c = object_end(doc, toks, c)
                    if c < len(toks) and toks[c].lower == "that" and c + 1 < len(toks):
                        c += 1
                    if c < len(toks):
                        out.extend(_content(doc, toks[c].start, toks[-1].end, r.last_para, att.mention, toks[v]))
                    break
                continue
            if toks[k].text != ",":
                continue
            w = toks[k + 1].lower
            if not (_ING.match(w) and w in cues and w in doc.lex.verb_forms):
                if any(is_cue_verb(doc, toks, j) for j in range(k + 1, min(len(toks), k + 3))):
                    break  # a new reporting clause: not this speaker's
                continue
            c = k + 3 if toks[k + 2].lower == "that" and k + 3 < len(toks) else k + 2
            out.extend(_content(doc, toks[c].start, toks[-1].end, r.last_para, att.mention, toks[k + 1]))
            break
    return out


def _content(doc: Doc, cs: int, ce: int, pi: int, mention: Mention, cue: Tok) -> list[Attribution]:
    """An indirect report of ``[cs, ce)`` less its closing punctuation, if
    three words or more are left."""
    text = doc.text
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ".,;:!?"):
        ce -= 1
    if len(text[cs:ce].split()) < 3:
        return []
    return [Attribution(Region(cs, ce, cs, None, pi, pi), "indirect", mention, (cue.start, cue.end), Rule.PARTICIPLE)]
