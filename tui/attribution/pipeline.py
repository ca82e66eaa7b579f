"""Attribution of one article: the rules in their order of precedence.

:data:`RULES` is the whole decision for a quotation, read top to bottom:
the first rule whose construction is found decides the quote's speaker (or
that it has none) and its kind. Each rule is a plain function in
:mod:`tui.attribution.rules` (or :mod:`~tui.attribution.kinds`); the row says
where it looks. What a rule reads more than once (the cue after the quote,
the one before it) is read once per quote by :class:`Quoted`, so a rule
further down costs nothing until the rules above it have failed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Paragraph
from ..quotes import Region
from .clauses import previous_belief, previous_sentence
from .cues import introduces
from .doc import Doc
from .kinds import is_fragment, is_title, quote_kind, title_case
from .records import Attribution, Found, Rule
from .refine import poll_source, with_antecedent
from .reported import participle_reports, reported_speech
from .rules import (
    after_quote,
    asked_by,
    before_quote,
    characterised_as,
    colon_lead,
    comma_lead,
    cue_in_sentence,
    dash_label,
    in_question,
    later_in_sentence,
    paragraph_speaker,
    passive_agent,
    previous_paragraph,
    quoted_speaker_subject,
    signed_after,
    signed_below,
    subject_of_passage,
    transcript_label,
    verb_after,
)

#: what a rule returns when it decides a quote has no speaker
NO_SPEAKER = Found(None, None)

#: the characters that end a quotation which a cue after it completes ("“…,” she said")
_OPEN_ENDINGS = (",", "?", "!", "\u2014", "-")


@dataclass
class Thread:
    """What attribution carries from one quote to the next in an article:
    the attributions so far, and who was last quoted (per paragraph and in all)."""

    out: list[Attribution]
    by_para_speaker: dict[int, Attribution]
    last_attributed: Attribution | None = None
    last_para: int = -10

    def hand_on(self, att: Attribution, row: Pass) -> None:
        if att.mention is not None and row.handed_on:
            self.by_para_speaker[att.region.last_para] = att
            self.by_para_speaker.setdefault(att.region.first_para, att)
            self.last_attributed = att
            self.last_para = att.region.last_para


class _once:
    """A property read on first use and then kept on the instance
    (functools.cached_property, without the lock it takes on Python 3.11)."""

    def __init__(self, read: Callable[[Quoted], object]):
        self.read = read
        self.name = read.__name__

    def __get__(self, q: Quoted | None, owner: type | None = None):
        if q is None:
            return self
        value = q.__dict__[self.name] = self.read(q)
        return value


class Quoted:
    """One quotation as the rules read it: where it stands, and what more
    than one rule asks of it, each read once and only when first asked."""

    def __init__(self, doc: Doc, region: Region, thread: Thread):
        self.doc = doc
        self.region = region
        self.thread = thread
        paras = doc.article.paragraphs
        self.para: Paragraph = paras[region.first_para]
        self.last: Paragraph = paras[region.last_para]
        self.starts_para = region.open_mark == self.para.start
        self.nested = region.nested
        if not region.nested:  # (what every rule after the first asks: read at once)
            self.sent_lo = doc.sentence_start(self.para, region.open_mark)
            self.kind = quote_kind(doc, region, self.sent_lo)
            self.mixed = self.kind == "mixed"
            self.is_title = is_title(doc, region, self.para)
            # (a title is decided at once: its words are asked nothing more)
            self.in_question = not self.is_title and in_question(doc, region, self.sent_lo)

    @_once
    def after(self) -> Found | None:
        return after_quote(self.doc, self.region, self.last)

    @_once
    def before(self) -> Found | None:
        return before_quote(self.doc, self.region, self.para, self.sent_lo)

    @_once
    def opens_sentence(self) -> bool:
        """Does the quotation open its sentence, a sentence of its own (``… . “You …”``)?"""
        return self.sent_lo >= self.region.open_mark and self.doc.text[self.region.start : self.region.start + 1].isupper()

    @_once
    def words(self) -> int:
        return len(self.doc.text[self.region.start : self.region.end].split())

    @_once
    def capitalised(self) -> int:
        """How far the quote is in Title Case (:func:`~tui.attribution.kinds.title_case`)."""
        return title_case(self.doc, self.region)

    @_once
    def in_title_case(self) -> bool:
        return self.capitalised >= 2

    @_once
    def short_title(self) -> bool:
        return bool(self.capitalised) and self.words <= 3

    @_once
    def short_mixed(self) -> bool:
        return self.mixed and self.words <= self.doc.lex.scare_max_words


def _continued(q: Quoted) -> Found | None:
    """The last speaker quoted, for a paragraph that opens with a quotation
    soon after (``continuation_paragraphs`` in defaults.yaml)."""
    last = q.thread.last_attributed  # (only attributions with a speaker are handed on)
    if last is not None and 0 < q.region.first_para - q.thread.last_para <= q.doc.lex.continuation_paragraphs:
        return Found(last.mention, last.cue)
    return None


def _paragraph_speaker(q: Quoted) -> Found | None:
    prev = q.thread.by_para_speaker.get(q.region.first_para)
    if prev is None:
        return None
    return paragraph_speaker(q.doc, prev, q.para, q.sent_lo, q.region)


def _subject_of_passage(q: Quoted) -> Found | None:
    m = subject_of_passage(q.doc, q.region, q.para, q.sent_lo)
    return Found(m, None) if m is not None else None


@dataclass(frozen=True)
class Pass:
    """One row of the table: a rule, what it looks for, and what it makes of the quote."""

    rule: Rule
    looks_for: str
    #: what finds the speaker; None: the rule decides that the quote has none
    find: Callable[[Quoted], Found | None] | None = None
    #: a fact about the quote (an attribute of :class:`Quoted`) without which the rule does not apply
    when: str | None = None
    #: the quote's kind when this rule decides it: None keeps the kind read
    #: from the quote itself (direct or mixed)
    kind: str | Callable[[Quoted], str] | None = None
    #: a found pronoun goes to its antecedent, and a respondent to the poll
    refine: bool = False
    #: the speaker found is the one a later quote without a cue may take
    handed_on: bool = True

    def kind_of(self, q: Quoted) -> str:
        kind = self.kind
        if kind is None:
            return q.kind
        return kind if kind.__class__ is str else kind(q)


#: The speaker rules in their order of precedence: the first that finds its construction decides.
RULES: tuple[Pass, ...] = (
    Pass(Rule.NESTED, "a quotation inside another: no attribution of its own", when="nested", kind="nested"),
    Pass(Rule.TITLE, "the name of a work, a headline or a subhead in quote marks", when="is_title", kind="scare"),
    Pass(Rule.ASKED, "words of a question put to someone: `Asked by X if Y “…,” Z said`",
         lambda q: asked_by(q.doc, q.region, q.sent_lo), when="in_question", handed_on=False),
    Pass(Rule.QUESTION, "words of a question with no one to credit (a few words of it: a scare quote)",
         when="in_question", kind=lambda q: "scare" if is_fragment(q.doc, q.region) else q.kind),
    Pass(Rule.TRANSCRIPT, "a speaker's label: `NAME: “…”`",
         lambda q: transcript_label(q.doc, q.region), refine=True),
    Pass(Rule.CUE_AFTER, "a cue after a quotation left open by its comma: `“…,” X said`",
         lambda q: q.after if q.doc.text[q.region.end - 1 : q.region.end] in _OPEN_ENDINGS else None, refine=True),
    Pass(Rule.DASH_LABEL, "a name and a dash before the quote: `X — “…”`",
         lambda q: dash_label(q.doc, q.region, q.para, q.sent_lo), refine=True),
    Pass(Rule.CUE_BEFORE, "a cue that introduces the quote: `X said, “…”`, `X said: “…”`",
         lambda q: q.before if q.before is not None and introduces(q.doc, q.before.cue[1], q.region.open_mark)
         else None, refine=True),
    Pass(Rule.CUE_AFTER_SENTENCE, "a cue after a complete quotation: `“….” X said.`",
         lambda q: q.after, refine=True),
    Pass(Rule.BY_AGENT, "a quotation inside a passive, said by its agent: `was called “…” by the judge`",
         lambda q: passive_agent(q.doc, q.region, q.last, q.sent_lo)),
    # a cue before the quote in its clause beats a new statement later
    # ("Although Reynolds says that Santilli “broke the story,” others argue
    # that …"), not a bare attribution (", Smith said.")
    Pass(Rule.LATER_IN_SENTENCE, "a cue later in the sentence: `… “…” in the words of X`, `“…” and, X added, …`",
         lambda q: later_in_sentence(q.doc, q.region, q.last, bare=q.before is not None), refine=True),
    Pass(Rule.CUE_EARLIER, "a cue earlier in the sentence: `X said the plan was “…”`",
         lambda q: q.before, refine=True),
    Pass(Rule.COLON_LEAD, "a lead-in ending in a colon: `X had a message for them: “…”`",
         lambda q: colon_lead(q.doc, q.region, q.para, q.sent_lo), refine=True),
    # no cue of its own from here on
    Pass(Rule.TITLE_CASE, "a quotation in Title Case: the name of a work, a slogan or a headline",
         when="in_title_case", kind="scare"),
    # a construction rather than a word: a speaker and any verb closing the sentence
    Pass(Rule.VERB_AFTER, "a speaker and a verb, whatever the verb, closing the sentence: `“…,” X interjected.`",
         lambda q: verb_after(q.doc, q.region, q.last), refine=True),
    Pass(Rule.SIGNED, "a name alone after the quotation: `“…” ― Jane Smith`, `“…,” Mr Champion.`",
         lambda q: signed_after(q.doc, q.region, q.last)),
    Pass(Rule.COMMA_LEAD, "a clause, whatever its verb, then a comma and a sentence quoted: `X issued a statement, “…”`",
         lambda q: comma_lead(q.doc, q.region, q.para, q.sent_lo), refine=True),
    Pass(Rule.FRAGMENT_ASKED, "a few words quoted, after a question put by someone: `Asked by X about …, Y was “…”`",
         lambda q: asked_by(q.doc, q.region, q.sent_lo), when="short_mixed"),
    Pass(Rule.FRAGMENT_CUE, "a few words quoted in a sentence whose cue is elsewhere in it",
         lambda q: cue_in_sentence(q.doc, q.region, q.para, q.sent_lo), when="short_mixed"),
    Pass(Rule.FRAGMENT_CHARACTERISED, "a few words someone is said to have used: `X called it “…”`",
         lambda q: characterised_as(q.doc, q.region, q.para, q.sent_lo), when="short_mixed"),
    Pass(Rule.FRAGMENT_QUOTED_SUBJECT, "a few words in a sentence whose subject the article has quoted",
         lambda q: quoted_speaker_subject(q.doc, q.region, q.para, q.sent_lo, q.thread.out), when="short_mixed"),
    Pass(Rule.SCARE, "a few words in quote marks that no one is said to say: a scare quote",
         when="short_mixed", kind="scare"),
    Pass(Rule.SIGNED_BELOW, "a quotation that fills its paragraph, signed in the next: `— Name, place`",
         lambda q: signed_below(q.doc, q.region), when="starts_para"),
    Pass(Rule.PARAGRAPH_SPEAKER, "the speaker of the paragraph's last quote", _paragraph_speaker),
    Pass(Rule.PREVIOUS_SENTENCE, "a cue in the sentence before: `X said. “…”`",
         lambda q: previous_sentence(q.doc, q.para, q.sent_lo)),
    Pass(Rule.BELIEF_BEFORE, "a sentence of belief or stance before, its subject a person: `X believes … . “…”`",
         lambda q: previous_belief(q.doc, q.para, q.sent_lo), when="opens_sentence", refine=True),
    Pass(Rule.PREVIOUS_PARAGRAPH, "a lead-in that ends the paragraph before: `X said:` ¶ `“…”`",
         lambda q: previous_paragraph(q.doc, q.region), when="starts_para"),
    Pass(Rule.CONTINUATION, "a paragraph opening with a quotation soon after the last speaker's",
         _continued, when="starts_para"),
    Pass(Rule.CUE_IN_SENTENCE, "a cue elsewhere in the sentence",
         lambda q: cue_in_sentence(q.doc, q.region, q.para, q.sent_lo)),
    Pass(Rule.SHORT_TITLE, "up to three capitalised words no one says: a name (`“Friends” was a hit`)",
         when="short_title", kind="scare"),
    Pass(Rule.SUBJECT, "the subject of the sentence a mixed quote stands in: a guess, not handed on",
         _subject_of_passage, when="mixed", handed_on=False),
    Pass(Rule.NONE, "no rule found a speaker"),
)


def decide(doc: Doc, region: Region, thread: Thread) -> tuple[Attribution, Pass]:
    """The attribution of one quotation, and the row of :data:`RULES` that
    decided it: the first that finds its construction."""
    q = Quoted(doc, region, thread)
    for row in RULES:
        if row.when is not None and not getattr(q, row.when):
            continue
        if row.find is None:
            return Attribution(region, row.kind_of(q), None, None, row.rule), row
        found = row.find(q)
        if found is None:
            continue
        mention, cue = found
        if row.refine:
            if mention.form == "pronoun":
                mention = with_antecedent(doc, mention, q.para)
            mention = poll_source(doc, mention, q.sent_lo) or mention
        return Attribution(region, row.kind_of(q), mention, cue, row.rule), row
    raise AssertionError("the last rule decides every quote")


def attribute(doc: Doc, reported: bool = True) -> list[Attribution]:
    """Every quotation with its attribution; with ``reported``, reported
    speech too (quotes of kind ``indirect``)."""
    thread = Thread([], {})
    out = thread.out
    for region in doc.regions:
        doc.bound_memos()
        att, row = decide(doc, region, thread)
        out.append(att)
        thread.hand_on(att, row)
    if reported:
        titles = {a.region.open_mark for a in out if a.kind == "scare" and a.rule.family == "title"}
        out.extend(reported_speech(doc, titles, doc.most - len(out)))
        out.extend(participle_reports(doc, out))
        if len(out) > doc.most:
            doc.unread_reports += len(out) - doc.most
            del out[doc.most :]
    return out
