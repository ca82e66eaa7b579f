"""The speaker-finding rules: each looks for one construction around a quote."""

from __future__ import annotations

import re

from ..grammar import (
    ADDRESS_PREPOSITIONS,
    AND_BUT_OR,
    AND_BUT_THEN,
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    AS_COMPOUNDS,
    BE_FORMS,
    COORDINATORS,
    DASHES,
    NEUTER_PRONOUNS,
    NOUN_DETERMINERS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    POSSESSIVES,
    PROGRESSIVE_LEADS,
    THIRD_PERSON_POSSESSIVES,
)
from ..grammar import ING as _ING
from ..model import Paragraph
from ..quotes import TRANSCRIPT_LABEL as _TRANSCRIPT_LABEL
from ..quotes import Region
from .clauses import attribution_clause, previous_sentence, quoted_as_saying
from .cues import bare_tail, introduces_next, is_cue_verb, passive, prep_ending_at
from .doc import _DATELINE, Doc, Tok, tokens
from .kinds import is_fragment, title_case
from .phrases import (
    after_preposition,
    apposition_after,
    finite_verb,
    is_number,
    is_someone,
    make_mention,
    np_after,
    np_before,
    skip_between,
)
from .records import Attribution, Found, Mention
from .refine import according_before, outer_cue, reported_by
from .subjects import clause_subject, relative_antecedent, relative_participle, subject_of_verb

_CLAUSE_END = re.compile(r"[,:;.!?\u201c\"]")


_POSSESSED = re.compile(r"(?: [a-z]+)?['\u2019]s\b")  # "The TV| couple's", "Mr Blair|'s"


def after_quote(doc: Doc, region: Region, para: Paragraph) -> Found | None:
    """(Rule.CUE_AFTER, Rule.CUE_AFTER_SENTENCE) ``“…,” X said`` / ``“…,” said X``."""
    if region.close_mark is None:
        return None
    fragment = (doc.text[region.end - 1 : region.end].isalnum()
                and doc.text[region.close_mark + 1 : region.close_mark + 2] == " ")
    complete = doc.text[region.end - 1 : region.end] in (".", "!", "?") if region.end > region.start else False
    toks = doc.sentence_toks(region.close_mark + 1, para)
    # "“…,” Trump said before adding: “…”": a quotation opening its sentence keeps its cue
    comma = doc.text[region.end - 1 : region.end] == ","
    opens = doc.sentence_start(para, region.open_mark) >= region.open_mark if comma or fragment else False
    own = comma and opens
    if fragment and opens and not is_fragment(doc, region):
        fragment = False  # "“… a mainstream technology for consumers” said Lee Rainie": a comma left out
    if fragment and title_case(doc, region):
        return None  # "“Broad City” Star Asked Actors …": a name in a headline, not a quotation
    if (complete or (toks and toks[-1].text == ":" and not own)) and introduces_next(doc, toks, para):
        return None  # “….” Mrs. Clinton replied, “…”: that cue is for the next quote
    found = attribution_clause(doc, toks, complete)
    if found is not None and fragment and toks and found[1][0] == toks[0].start:
        return None  # "the “disheartened” state of the campaign": a word in the sentence, not a cue
    return reported_by(doc, toks, found)


def _left_open(doc: Doc, region: Region) -> bool:
    """Does the quotation leave its sentence open for what follows (``“…,”``,
    ``“…?”``, ``“…”,``)?"""
    return (doc.text[region.end - 1 : region.end] in (",", "?", "!")
            or doc.text[region.close_mark + 1 : region.close_mark + 2] == ",")


def _clause_after(doc: Doc, region: Region, para: Paragraph) -> tuple[list[Tok], bool]:
    """The tokens after the quote up to the end of its sentence (a comma or a
    dash before them skipped), and whether the sentence ends there (not at
    the next quotation)."""
    toks = doc.sentence_toks(region.close_mark + 1, para)
    k = 0
    while k < len(toks) and (toks[k].text == "," or toks[k].text in DASHES):
        k += 1
    end = toks[-1].end if toks else region.close_mark + 1
    rest = doc.text[end : min(para.end, end + 3)].lstrip(" ")
    return toks[k:], rest == "" or rest[0] in ".!?;"


def verb_after(doc: Doc, region: Region, para: Paragraph) -> Found | None:
    """(Rule.VERB_AFTER) ``“…,” Smith interjected.``, ``“…,” smiles one broker.``:
    a quotation left open, then a clause of a speaker and a verb, whatever
    the verb, and nothing after them but adjuncts. The construction is the
    evidence, not the word: the lexicon's cues are found by the rules above."""
    if region.close_mark is None or not _left_open(doc, region):
        return None
    toks, ends = _clause_after(doc, region, para)
    if not toks or not ends:
        return None
    first = toks[0]
    if finite_verb(doc, first) and not _ING.match(first.lower):
        np = np_after(doc, toks, 1)  # "smiles one broker", "quipped Jane Smith, the party leader"
        if np is None or toks[1].lower in POSSESSIVES:
            return None  # "“…”, disguises its nature": a verb and its object
        role, k = apposition_after(doc, toks, np[1], len(toks))
        if k < len(toks) and not bare_tail(doc, toks, k - 1):
            return None
        m = make_mention(doc, toks, *np, role=role)
        return Found(m, (first.start, first.end)) if m is not None and m.form != "pronoun" else None
    np = np_after(doc, toks, 0)
    if np is None:
        return None
    a, v = np[0], np[1] + 1
    if v >= len(toks) and np[1] > a and finite_verb(doc, toks[np[1]]):
        v = np[1]  # "the spokesman smiles": the phrase read the verb in
    if v >= len(toks) or not finite_verb(doc, toks[v]) or _ING.match(toks[v].lower) or not bare_tail(doc, toks, v):
        return None
    m = make_mention(doc, toks, a, v - 1)
    return Found(m, (toks[v].start, toks[v].end)) if m is not None else None


def signed_after(doc: Doc, region: Region, para: Paragraph) -> Found | None:
    """(Rule.SIGNED) ``“…” ― Jane Smith``, ``“…,” Mr Champion.``: a name alone
    after the quotation, to the end of its sentence, signs it."""
    if region.close_mark is None:
        return None
    toks = doc.sentence_toks(region.close_mark + 1, para)
    dash = bool(toks) and toks[0].text in DASHES
    if not (dash or _left_open(doc, region)):
        return None
    toks, ends = _clause_after(doc, region, para)
    if not toks or not ends or not toks[0].capital:
        return None
    np = np_after(doc, toks, 0)
    if np is None:
        return None
    role, k = apposition_after(doc, toks, np[1], len(toks)) if dash else (None, np[1] + 1)
    if k < len(toks) and not (dash and toks[np[1] + 1].text == ","):
        return None  # (after a dash, anything after a comma: "— Jane Smith, Boston")
    m = make_mention(doc, toks, *np, role=role)
    if m is None or m.form != "name":
        return None
    return Found(m, (toks[0].start, toks[0].start))


def before_quote(doc: Doc, region: Region, para: Paragraph, sent_lo: int) -> Found | None:
    """(Rule.CUE_BEFORE, Rule.CUE_EARLIER) the nearest cue before the quote in its sentence."""
    toks = doc.toks_outside(sent_lo, region.open_mark)
    for v in range(len(toks) - 1, -1, -1):
        t = toks[v]
        if not t.is_word:
            continue
        low = t.lower
        # "according to X, “…”", "in the words of X"
        n_prep = prep_ending_at(doc, toks, v)
        if n_prep:
            np = np_after(doc, toks, v + 1)
            if np is not None:
                m = make_mention(doc, toks, *np)
                if m is not None:
                    return Found(m, (toks[v - n_prep + 1].start, t.end))
            continue
        if low in doc.lex.cue_nouns and v > 0:
            prev = toks[v - 1]
            if prev.lower in THIRD_PERSON_POSSESSIVES and is_fragment(doc, region):
                # "Trump stood by his comment that “…”": the possessor, the
                # subject of the clause when it comes before
                m = clause_subject(doc, para, prev.start, sent_lo)
                if m is not None and m.form == "name" and m.end <= prev.start and any(
                    x.is_word and not x.capital and x.lower not in PREPOSITIONS and x.lower != "to"
                    for x in toks if m.end <= x.start < prev.start
                ):
                    return Found(m, (t.start, t.end))
            if prev.lower.endswith(POSSESSIVE_ENDINGS) or (prev.text in ("'", "\u2019") and v > 1):
                # "North Korea's claim": possessor
                end_tok = v - 1
                name_end = prev.end - 2 if prev.lower.endswith(POSSESSIVE_ENDINGS) else prev.start
                np = np_before(doc, toks, end_tok - (0 if prev.is_word else 1), 0)
                if np is not None:
                    m = make_mention(doc, toks, *np)
                    if m is not None:
                        if m.end > name_end:
                            m = Mention(m.start, name_end, doc.text[m.start:name_end], m.form, m.role, m.acronym)
                        outer = outer_cue(doc, toks, np[0])
                        # "Politifact ruled that Trump’s statement about “…”": the one who reports the claim
                        return outer if outer is not None else Found(m, (t.start, t.end))
            if v > 1 and toks[v - 1].lower in NOUN_DETERMINERS and toks[v - 2].lower == "in":
                if any(toks[k].is_word and is_cue_verb(doc, toks, k) for k in range(v - 3, max(0, v - 6), -1)):
                    continue  # "Mosko wrote in an email", "Baker put it in his memo": the verb before it has the subject
                m = clause_subject(doc, para, toks[v - 2].start, sent_lo)
                if m is not None:
                    return Found(m, (t.start, t.end))
            continue
        if not is_cue_verb(doc, toks, v):
            continue
        if passive(toks, v) and not (v + 1 < len(toks) and toks[v + 1].lower == "to"):
            # "his salespersons were told, “…”": a passive's subject is who hears it
            # (not "X was reported to have suggested …": X is still the one who says it)
            continue
        if _ING.match(low) and (v == 0 or toks[v - 1].lower not in PROGRESSIVE_LEADS):
            m = quoted_as_saying(doc, toks, v)  # "Reuters quoted him as saying: “…”"
            if v >= 2 and toks[v - 1].text == "," and toks[v - 2].is_word and is_cue_verb(doc, toks, v - 2):
                m = subject_of_verb(doc, toks, v - 2, 0)  # "Spicer said, adding"
            if m is None and v >= 2 and toks[v - 1].lower == "and":
                # "with Trump tweeting that it was “…” and asking, “…”": the first participle's subject
                k = next((k for k in range(v - 2, 0, -1) if _ING.match(toks[k].lower) and is_cue_verb(doc, toks, k)), None)
                if k is not None and toks[skip_between(doc, toks, k - 1)].capital:
                    m = subject_of_verb(doc, toks, k, 0)
                    if m is not None and m.form != "name":
                        m = None
            j = skip_between(doc, toks, v - 1)
            if m is None and j >= 0 and toks[j].is_word and toks[j].capital and j > 0:
                m = subject_of_verb(doc, toks, v, 0)  # "with Trump reportedly yelling"
                if m is not None and (m.form != "name" or after_preposition(doc, toks, m)):
                    m = None  # "responded to the question on Facebook writing": not Facebook
            if m is None:
                # "…, with a spokesperson saying: “…”": the one the participle's "with" introduces
                w = next((k for k in range(v - 1, max(-1, v - 8), -1) if toks[k].lower == "with"), None)
                np = np_after(doc, toks, w + 1) if w is not None else None
                if np is not None and skip_between(doc, toks, v - 1) == np[1]:
                    m = make_mention(doc, toks, *np)
            m = m or relative_participle(doc, toks, v) or clause_subject(doc, para, t.start, sent_lo)
            if m is not None:
                return Found(m, (t.start, t.end))
            continue
        m = subject_of_verb(doc, toks, v, 0)
        if m is not None and after_preposition(doc, toks, m):
            k = next((k for k, x in enumerate(toks) if x.start == m.np_start), 0)
            if k > 1 and toks[k - 2].lower in COORDINATORS:
                m = None  # "… first said X, but in a later interview said “…”": the clause's subject
        if m is None and (v > 0 and toks[v - 1].lower in AND_BUT_THEN
                          or (m is None and v > 3 and any(x.lower in COORDINATORS for x in toks[max(0, v - 6) : v]))):
            m = (relative_antecedent(doc, toks, v) if toks[v - 1].lower in COORDINATORS else None) \
                or clause_subject(doc, para, t.start, sent_lo)
        if m is None:
            continue
        source = according_before(doc, toks, m) if is_fragment(doc, region) else None
        if source is not None:
            return source  # "…, according to Trump, the media would call him a “chicken”": Trump's words
        return Found(m, (t.start, t.end))
    return None


def later_in_sentence(doc: Doc, region: Region, para: Paragraph, bare: bool = False) -> Found | None:
    """(Rule.LATER_IN_SENTENCE) ``…, said Smith.`` / ``…, Smith said.`` later in the quote's sentence
    (with ``bare``, only an attribution with nothing reported after its cue)."""
    if region.close_mark is None or doc.text[region.end - 1 : region.end] in (".", "!", "?"):
        return None  # the quote ended its sentence
    toks = doc.sentence_toks(region.close_mark + 1, para)
    if introduces_next(doc, toks, para):
        return None  # "…, Jeon said, “…”": that cue introduces the next quote
    for k, t in enumerate(toks):
        if t.text == ",":
            found = attribution_clause(doc, toks[k + 1 :], complete=bare)
            if found is not None:
                return reported_by(doc, toks, found)
    return None


def cue_in_sentence(doc: Doc, region: Region, para: Paragraph, sent_lo: int) -> Found | None:
    """A quoted fragment in a sentence of reported speech whose cue's
    subject the nearer rules could not read: the clause subject."""
    toks = doc.toks_outside(sent_lo, region.open_mark)
    for v in range(len(toks) - 1, -1, -1):
        t = toks[v]
        if t.is_word and is_cue_verb(doc, toks, v):
            if passive(toks, v):
                return None  # "the book is described on Amazon as a “riveting book”": a passive
            m = (relative_antecedent(doc, toks, v) if v > 0 and toks[v - 1].lower in COORDINATORS else None) \
                or clause_subject(doc, para, t.start, sent_lo)
            if m is not None:
                return Found(m, (t.start, t.end))
            return None
    return None


def transcript_label(doc: Doc, region: Region) -> Found | None:
    """A transcript quoted whole: ``"PENCE: Well, …"`` — the speaker's
    label in capitals, then a colon."""
    m = _TRANSCRIPT_LABEL.match(doc.text, region.start, region.end)
    if m is None:
        return None
    label = m.group(1)
    words = label.split()
    if len(words) > 3 or label.lower() in doc.lex.pronouns:
        return None
    name = " ".join(w.capitalize() if len(w) > 1 else w for w in words)
    s, e = m.span(1)
    return Found(Mention(s, e, name, "name", None, None, s, label), (e, e + 1))


def characterised_as(doc: Doc, region: Region, para: Paragraph, sent_lo: int) -> Found | None:
    """``Weaver dismissed that suggestion as “disarray”``, ``portrayed him
    as a “generous” executive``: a quoted characterisation after ``as``
    is the words of the clause's subject (not ``known as``, ``such as``)."""
    toks = doc.toks_outside(sent_lo, region.open_mark)
    k = len(toks) - 1
    if k >= 0 and toks[k].lower in ARTICLES:
        k -= 1
    if k < 2 or toks[k].lower != "as":
        return None
    before = toks[k - 1].lower
    if before in AS_COMPOUNDS or not toks[k - 1].is_word:
        return None
    if any(t.lower in BE_FORMS for t in toks[max(0, k - 4) : k]):
        return None  # "is known as", "was billed as": no one characterises
    # the verb that characterises ("dismissed", "referred to", "summed up"), then its subject
    for v in range(k - 1, max(0, k - 9), -1):
        t = toks[v]
        if t.lower in doc.lex.noun_like_forms and not is_cue_verb(doc, toks, v):
            continue  # "dismissed criticism of the remarks as …": a noun
        if v > 0 and t.lower.endswith("ed") and (is_number(toks[v - 1].lower) or toks[v - 1].text[0].isdigit()
                                                   or toks[v - 1].lower in ARTICLES_AND_POSSESSIVES):
            continue  # "introduced him to the 400 invited guests as …": an adjective
        if t.is_word and not t.capital and (t.lower.endswith("ed") or t.lower in doc.lex.belief_forms
                                            or (t.lower in doc.lex.verb_forms and is_cue_verb(doc, toks, v))):
            if v > 0 and toks[v - 1].lower in BE_FORMS:
                return None  # "… is described on Amazon as a “riveting book”": a passive, no one's words
            m = subject_of_verb(doc, toks, v, 0)
            if m is not None and t.lower.endswith("ed") and v == k - 1 and not is_someone(doc, m):
                return None  # "vacations disguised as “fact-finding trips”": a thing, described
            if m is None and v > 0 and toks[v - 1].lower in COORDINATORS:
                m = relative_antecedent(doc, toks, v) or clause_subject(doc, para, t.start, sent_lo)
                # (else "referred to X as … but described Y as “…”": the clause's subject)
            if m is not None and not (m.form == "pronoun" and m.text.lower() in NEUTER_PRONOUNS):
                return Found(m, (t.start, t.end))
            return None
    return None


def passive_agent(doc: Doc, region: Region, para: Paragraph, sent_lo: int) -> Found | None:
    """(Rule.BY_AGENT) ``He was called the “fifth child of the group” by the
    director``, ``debts deemed “not in the best interests” by the board``: a
    quotation inside a passive, whose agent after ``by`` said it."""
    if region.close_mark is None:
        return None
    before = doc.toks_outside(sent_lo, region.open_mark)[-5:]
    v = next((k for k in range(len(before) - 1, -1, -1)
              if before[k].is_word and not before[k].capital and before[k].lower.endswith("ed")), None)
    if v is None or not any(t.lower in BE_FORMS for t in before[max(0, v - 2) : v]):
        return None  # (a passive: "was called", "were widely described", "has been deemed")
    # the quotation is what the verb calls it ("called the “…”", "described as a “…”"), not a phrase
    # of its own ("was reported in a “hit piece” by the Times": the one reporting is no speaker)
    if any(t.lower in PREPOSITIONS or not t.is_word for t in before[v + 1 :] if t.lower != "as"):
        return None
    # past the quotation and any coordinated with it ("as “irresponsible” and “outrageous” by …")
    after = doc.toks_outside(region.close_mark + 1, doc.sentence_end(para, region.close_mark + 1))
    k = 0
    while k < len(after) and (after[k].text == "," or after[k].lower in AND_BUT_OR):
        k += 1
    if k >= len(after) or after[k].lower != "by":
        return None
    np = np_after(doc, after, k + 1)
    m = make_mention(doc, after, *np) if np is not None else None
    if m is None or m.form == "pronoun" or not is_someone(doc, m):
        return None
    return Found(m, (after[k].start, after[k].end))


def subject_of_passage(doc: Doc, region: Region, para: Paragraph, sent_lo: int) -> Mention | None:
    """``Sanders credited Clinton's victory to “a closed primary, something I
    am not all that enthusiastic about”``: a passage too long for a scare
    quote, in a sentence with no cue, is the words of the sentence's
    subject when that is a person or an organisation (not ``the plan``,
    and not the subject of a passive: ``is described as``)."""
    if para.headline:
        return None  # a headline's subject is what the quote is about ("Tsunami 'to hit Sri Lanka banks'")
    m = clause_subject(doc, para, region.open_mark, sent_lo)
    if (m is None or m.form == "pronoun" or (len(m.text.split()) > 2 and m.text.isupper())
            or is_number(m.text.lower()) or _POSSESSED.match(doc.text, m.end)
            or m.text.endswith(("'s", "\u2019s"))):
        # not "Four of the 1905 All Blacks …", a digest's headline in capitals ("NEW YORK
        # ENDS TAMPON TAX “…”") or a possessor ("The TV couple's interest coined the term “…”")
        return None
    toks = doc.toks_outside(m.start, region.open_mark)
    if any(t.lower in BE_FORMS for t in toks):
        return None  # "The plan would be funded by “…”", "the island was known as “…”"
    return m if is_someone(doc, m) else None


def colon_lead(doc: Doc, region: Region, para: Paragraph, sent_lo: int) -> Found | None:
    """``X has a message for voters: “…”``: the subject of the sentence
    that a colon hands over to the quote (also across a paragraph break)."""
    k = region.open_mark - 1
    while k >= para.start and doc.text[k].isspace():
        k -= 1
    if k >= para.start:
        if doc.text[k] in ("\u2014", "-") and (doc.text[k] == "\u2014" or doc.text[k - 1 : k + 1] == "--"):
            dl = _DATELINE.match(doc.text, para.start, k + 1) if sent_lo == para.start else None
            if dl is not None and dl.end() > k:
                return None  # "LOS ANGELES -- “…”": a dateline, not a speaker
            # "Trump also embraced torture -- “I think waterboarding …”": the clause's subject
            m = clause_subject(doc, para, k - (doc.text[k] == "-"), sent_lo)
            return Found(m, (k, k + 1)) if m is not None and m.form != "pronoun" else None
        if doc.text[k] != ":":
            return None
        toks = doc.toks_outside(sent_lo, k)
        if len(toks) > 1 and toks[-2].lower in BE_FORMS and is_cue_verb(doc, toks, len(toks) - 1):
            return None  # "Kevin Donnellon was asked: “…”": someone else asks
        m = _name_before(doc, sent_lo, k) or _possessor_of_source(doc, sent_lo, k) or clause_subject(doc, para, k, sent_lo)
        return Found(m, (k, k + 1)) if m is not None else None
    # the quote opens its paragraph: does the previous one end with a colon?
    idx = region.first_para
    if idx == 0:
        return None
    prev = doc.article.paragraphs[idx - 1]
    if doc.text[prev.end - 1 : prev.end] != ":":
        return None
    lo = doc.sentence_start(prev, prev.end - 1)
    m = _name_before(doc, lo, prev.end - 1) or clause_subject(doc, prev, prev.end - 1, lo)
    return Found(m, (prev.end - 1, prev.end)) if m is not None else None


def comma_lead(doc: Doc, region: Region, para: Paragraph, sent_lo: int) -> Found | None:
    """(Rule.COMMA_LEAD) ``The ministry issued a statement, “We condemn …”``,
    ``Smith reacted coolly to the deal, “It changes nothing.”``: a clause of
    a subject and a finite verb, whatever the verb, then a comma and a
    quotation that is a sentence of its own and ends the sentence. The
    subject speaks; the lexicon is not asked."""
    k = region.open_mark - 1
    while k > sent_lo and doc.text[k] == " ":
        k -= 1
    if k <= sent_lo or doc.text[k] != "," or region.close_mark is None:
        return None
    if not doc.text[region.start : region.start + 1].isupper() or doc.text[region.end - 1 : region.end] not in ".!?":
        return None
    after = doc.text[region.close_mark + 1 : min(para.end, region.close_mark + 3)].lstrip(" ")
    if after and after[0] not in "\u201c\"":
        return None  # the sentence goes on after the quotation: not a lead-in
    m = clause_subject(doc, para, k, sent_lo)
    if m is None or m.end > k:
        return None
    toks = doc.toks_outside(m.end, k)
    verb = next((t for t in toks if t.is_word), None)
    if verb is None or not finite_verb(doc, verb) or _ING.match(verb.lower) or passive(toks, toks.index(verb)):
        return None  # ("The statement, “…”": no verb; "Smith was asked, “…”": someone else speaks)
    return Found(m, (k, k + 1))


def dash_label(doc: Doc, region: Region, para: Paragraph, sent_lo: int) -> Found | None:
    """``Pollsters agree - Carl Bialik: “…”``: a name between a dash and the
    colon that opens the quote is who says it (digest and roundup style)."""
    k = region.open_mark - 1
    while k > para.start and doc.text[k] == " ":
        k -= 1
    if doc.text[k] != ":":
        return None
    d = max(doc.text.rfind(" - ", sent_lo, k), doc.text.rfind(" \u2014 ", sent_lo, k), doc.text.rfind(" -- ", sent_lo, k))
    if d < 0 or k - d > 60:
        return None
    m = _name_before(doc, doc.text.index(" ", d + 1) + 1, k)
    return Found(m, (k, k + 1)) if m is not None else None


def in_question(doc: Doc, region: Region, sent_lo: int) -> bool:
    """Is the quote inside the ``Asked whether …,`` clause opening its
    sentence (the question put to someone, not their answer)?"""
    if not doc.text.startswith("Asked ", sent_lo) or region.close_mark is None:
        return False
    before = doc.text[sent_lo : region.open_mark]
    if "," in before or ":" in before:
        return False  # "Asked whether he would run, Smith said, “Never.”", "Asked if …  she said: “…”": the answer
    if doc.text[region.end - 1 : region.end] == ",":
        return True
    m = _CLAUSE_END.search(doc.text, region.close_mark + 1, region.close_mark + 160)
    return m is not None and m.group() == ","  # the question clause ends with its comma


def asked_by(doc: Doc, region: Region, sent_lo: int) -> Found | None:
    """``Asked by Thrush if Clinton “gets” race, Sharpton …``: the asker's words."""
    toks = doc.toks_outside(sent_lo, region.open_mark)
    if len(toks) < 4 or toks[0].lower != "asked" or toks[1].lower != "by":
        return None
    np = np_after(doc, toks, 2)
    m = make_mention(doc, toks, *np) if np is not None else None
    if m is None or m.form == "pronoun":
        return None
    return Found(m, (toks[0].start, toks[1].end))


def _possessor_of_source(doc: Doc, lo: int, colon: int) -> Mention | None:
    """``From Bush's Facebook post: “…”``: whose statement, post or letter
    the colon opens."""
    toks = doc.toks_outside(lo, colon)
    if len(toks) < 2 or toks[-1].lower not in doc.lex.cue_nouns and toks[-1].lower not in doc.lex.speech_sources:
        return None
    for k in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
        if toks[k].lower.endswith(POSSESSIVE_ENDINGS) and toks[k].capital:
            np = np_before(doc, toks, k, 0)
            m = make_mention(doc, toks, *np) if np is not None else None
            if m is None or m.form != "name":
                return None
            end = m.end - 2 if doc.text[m.end - 2 : m.end].lower() in POSSESSIVE_ENDINGS else m.end
            return Mention(m.start, end, doc.text[m.start : end], m.form, m.role, m.acronym)
        if not toks[k].is_word:
            return None
    return None


def _name_before(doc: Doc, lo: int, colon: int) -> Mention | None:
    """``- Jeffrey M. Jones: “…”``: a name standing right before a colon."""
    toks = doc.toks_outside(lo, colon)
    if not toks or not toks[-1].is_word or not toks[-1].capital:
        return None
    np = np_before(doc, toks, len(toks) - 1, 0)
    if np is None:
        return None
    if np[0] > 0 and toks[np[0] - 1].lower in ADDRESS_PREPOSITIONS:
        return None  # "a blunt message to Trump:", "in San Bernardino:": no speaker's name
    m = make_mention(doc, toks, *np)
    if m is None or m.form != "name" or m.text.isupper():
        return None
    return m


def previous_paragraph(doc: Doc, region: Region) -> Found | None:
    """A quote paragraph after a paragraph of reported speech by someone
    (``Valastro praised Christie’s leadership …`` / ``“…”``): that someone,
    when the paragraph before has no quotation of its own."""
    idx = region.first_para
    if idx <= 0:
        return None
    prev = doc.article.paragraphs[idx - 1]
    if prev.headline or doc.overlaps_region(prev.start, prev.end):
        return None
    lo = doc.sentence_start(prev, prev.end - 1)
    return previous_sentence(doc, prev, prev.end, lo)


def paragraph_speaker(doc: Doc, prev_att: Attribution, para: Paragraph, sent_lo: int, region: Region) -> Found:
    """The speaker of the paragraph's last quote, for a quote without a cue
    of its own; when a sentence between them names that speaker again
    ("…, dos Santos says. “…”"), that nearer mention; when it is someone
    else's report, theirs."""
    m = prev_att.mention
    assert m is not None
    kept = Found(m, prev_att.cue)
    if sent_lo <= para.start or prev_att.region.end >= sent_lo:
        return kept
    prev_lo = doc.sentence_start(para, sent_lo - 1)
    if prev_lo <= prev_att.region.end:
        return kept  # no whole sentence between the two
    if m.form == "name":
        surname = m.text.split()[-1]
        if doc.text.find(surname, prev_lo, sent_lo) >= 0:
            prev = previous_sentence(doc, para, sent_lo, prev_lo)
            if prev is not None and prev[0].form == "name" and prev[0].text.split()[-1] == surname:
                return prev
    opens = not any(t.is_word for t in doc.toks_outside(sent_lo, region.open_mark))
    if (opens and not doc.overlaps_region(prev_lo, sent_lo) and not prev_att.region.unterminated
            and doc.text[prev_att.region.end - 1 : prev_att.region.end] != ","):
        # a sentence between, outside quotation marks (and not after a quotation left open or
        # one that goes on), in which someone else speaks, and the quotation opens the next
        # sentence: "“…” Mr Dunn warned that companies could run short. “…”" is Mr Dunn's.
        # (Any sentence about someone, whatever its verb, proved too loose: "“…” Time will
        # tell. “…”", "Matt Stevens had an awesome game"; only the apposition form below is.)
        prev = previous_sentence(doc, para, sent_lo, prev_lo)
        if prev is not None:
            if (prev[0].form == "name" and _someone_else(prev[0], m)
                    and len(doc.text[prev_lo:sent_lo].split()) >= 5):  # (not "Time will tell.")
                return prev
        else:
            # "His friend, Saxon Spence, leader of the county group, lays the blame on one issue.
            # “…”": whatever the verb, a sentence that introduces someone by a description and
            # their name in apposition (narration, never the quoted speaker's own words)
            s = clause_subject(doc, para, sent_lo - 1, prev_lo, main=True)
            if (s is not None and s.form == "name" and prev_lo <= s.np_start < s.start
                    and ", " in doc.text[s.np_start : s.start] and _someone_else(s, m)):
                return Found(s, (s.start, s.end))
    return kept


def _someone_else(a: Mention, b: Mention) -> bool:
    """Do two mentions share no surname ("Mr Dunn" and "Simon Gardner")?"""
    return a.text.split()[-1] not in b.text.split() and b.text.split()[-1] not in a.text.split()


def signed_below(doc: Doc, region: Region) -> Found | None:
    """A quotation that fills its paragraph, signed in the next one:
    ``“…”`` then ``-Michelle Marks, Philadelphia.`` or ``— President Obama,
    tweeting after the speech.`` (the roundup style of "quotable" boxes)."""
    paras = doc.article.paragraphs
    if region.close_mark is None or region.last_para + 1 >= len(paras):
        return None
    para = paras[region.last_para]
    if doc.text[region.close_mark + 1 : para.end].strip(" .") != "":
        return None
    nxt = paras[region.last_para + 1]
    k = nxt.start
    if doc.text[k : k + 1] not in DASHES:
        return None
    while k < nxt.end and (doc.text[k] in DASHES or doc.text[k] == " "):
        k += 1
    toks = tokens(doc.text, k, min(nxt.end, k + 200))
    if not toks or not toks[0].capital:
        return None
    np = np_after(doc, toks, 0)
    m = make_mention(doc, toks, *np) if np is not None else None
    if m is None or m.form != "name":
        return None
    return Found(m, (nxt.start, nxt.start + 1))


def quoted_speaker_subject(doc: Doc, region: Region, para: Paragraph, sent_lo: int, atts: list[Attribution]) -> Found | None:
    """A short quoted fragment in a sentence whose subject is someone the
    article has already quoted: that speaker's words."""
    m = clause_subject(doc, para, region.open_mark, sent_lo)
    if m is None or m.form != "name":
        return None
    # the surnames of the names quoted so far, added to as ``atts`` grows
    # (rereading every earlier attribution for each quote made long articles quadratic)
    seen = doc.quoted_surnames
    for a in atts[doc.surnames_upto :]:
        if a.mention is not None and a.mention.form == "name":
            seen.add(a.mention.text.split()[-1].lower())
    doc.surnames_upto = len(atts)
    return Found(m, None) if m.text.split()[-1].lower() in seen else None
