"""Attribution of one article: the rules in their order of precedence."""

from __future__ import annotations

from ..model import Paragraph
from ..quotes import Region
from .clauses import previous_sentence
from .cues import introduces
from .doc import Doc
from .kinds import is_fragment, is_title, quote_kind, title_case
from .records import Attribution
from .refine import poll_source, with_antecedent
from .reported import participle_reports, reported_speech
from .rules import (
    after_quote,
    asked_by,
    before_quote,
    characterised_as,
    colon_lead,
    cue_in_sentence,
    dash_label,
    in_question,
    later_in_sentence,
    paragraph_speaker,
    previous_paragraph,
    quoted_speaker_subject,
    signed_below,
    subject_of_passage,
    transcript_label,
)


def find_speaker(doc: Doc, region: Region, para: Paragraph, last: Paragraph, sent_lo: int):
    """Apply rules 1-3 in order; a cue that directly introduces the quote
    (``said, “``) wins over an attribution after it."""
    after = after_quote(doc, region, last)
    if after is not None and doc.text[region.end - 1 : region.end] in (",", "?", "!", "\u2014", "-"):
        return after, "after"
    label = dash_label(doc, region, para, sent_lo)
    if label is not None:
        return label, "before"
    before = before_quote(doc, region, para, sent_lo)
    if before is not None and introduces(doc, before[1][1], region.open_mark):
        return before, "before"
    if after is not None:
        return after, "after"
    # a cue before the quote in its clause beats a new statement later
    # ("Although Reynolds says that Santilli “broke the story,” others
    # argue that …"), not a bare attribution (", Smith said.")
    found = later_in_sentence(doc, region, last, bare=before is not None)
    if found is not None:
        return found, "later"
    if before is not None:
        return before, "before"
    lead = colon_lead(doc, region, para, sent_lo)
    if lead is not None:
        return lead, "before"
    return None, ""


def attribute(doc: Doc, reported: bool = True) -> list[Attribution]:
    """Every quotation with its attribution; with ``reported``, reported
    speech too (quotes of kind ``indirect``)."""
    out: list[Attribution] = []
    paras = doc.article.paragraphs
    by_para_speaker: dict[int, Attribution] = {}
    last_attributed: Attribution | None = None
    last_para = -10
    for region in doc.regions:
        doc.bound_memos()
        para = paras[region.first_para]
        if region.nested:
            out.append(Attribution(region, "nested", None, None, ""))
            continue
        sent_lo = doc.sentence_start(para, region.open_mark)
        kind = quote_kind(doc, region, sent_lo)
        if is_title(doc, region, para):
            out.append(Attribution(region, "scare", None, None, "title"))
            continue
        if in_question(doc, region, sent_lo):
            # "Asked whether Clinton “has the integrity …,” 75 percent said yes": the question's words
            asker = asked_by(doc, region, sent_lo)
            if asker is not None:
                out.append(Attribution(region, kind, asker[0], asker[1], "asked"))
            else:  # no one to credit: a few words of it are a scare quote
                out.append(Attribution(region, "scare" if is_fragment(doc, region) else kind, None, None, "asked"))
            continue
        found, rule = transcript_label(doc, region), "transcript"
        if found is None:
            found, rule = find_speaker(doc, region, para, paras[region.last_para], sent_lo)
        if found is not None and found[0].form == "pronoun":
            found = (with_antecedent(doc, found[0], para), found[1])
        att: Attribution
        if found is not None:
            found = (poll_source(doc, found[0], sent_lo) or found[0], found[1])
            att = Attribution(region, kind, found[0], found[1], rule)
        elif title_case(doc, region) >= 2:
            # no cue of its own and in Title Case: the name of a work, a
            # slogan or a headline ("“The Walking Dead” is an AMC drama")
            att = Attribution(region, "scare", None, None, "title")
        else:
            words = len(doc.text[region.start : region.end].split())
            starts_para = region.open_mark == para.start
            prev_att = by_para_speaker.get(region.first_para)
            if kind == "mixed" and words <= doc.lex.scare_max_words:
                sub = (asked_by(doc, region, sent_lo) or cue_in_sentence(doc, region, para, sent_lo)
                       or characterised_as(doc, region, para, sent_lo))
                if sub is None:
                    sub = quoted_speaker_subject(doc, region, para, sent_lo, out)
                if sub is not None:
                    att = Attribution(region, kind, sub[0], sub[1], "sentence")
                else:
                    att = Attribution(region, "scare", None, None, "")
            elif starts_para and (sign := signed_below(doc, region)) is not None:
                att = Attribution(region, kind, sign[0], sign[1], "after")
            elif prev_att is not None and prev_att.mention is not None:
                att = Attribution(region, kind, *paragraph_speaker(doc, prev_att, para, sent_lo), "paragraph")
            elif (prev := previous_sentence(doc, para, sent_lo)) is not None:
                att = Attribution(region, kind, prev[0], prev[1], "paragraph")
            elif starts_para and (lead := previous_paragraph(doc, region)) is not None:
                att = Attribution(region, kind, lead[0], lead[1], "continuation")
            elif (
                starts_para
                and last_attributed is not None
                and last_attributed.mention is not None
                and 0 < region.first_para - last_para <= doc.lex.continuation_paragraphs
            ):
                att = Attribution(region, kind, last_attributed.mention, last_attributed.cue, "continuation")
            elif (sub := cue_in_sentence(doc, region, para, sent_lo)) is not None:
                att = Attribution(region, kind, sub[0], sub[1], "sentence")
            elif title_case(doc, region) and words <= 3:
                # no one says it and it is a capitalised name: "“Friends” has been a hit"
                att = Attribution(region, "scare", None, None, "title")
            elif kind == "mixed" and (sub := subject_of_passage(doc, region, para, sent_lo)) is not None:
                att = Attribution(region, kind, sub, None, "subject")
            else:
                att = Attribution(region, kind, None, None, "")
        out.append(att)
        if att.mention is not None and att.rule != "subject":  # (a guess is not handed on)
            by_para_speaker[region.last_para] = att
            by_para_speaker.setdefault(region.first_para, att)
            last_attributed = att
            last_para = region.last_para
    if reported:
        titles = {a.region.open_mark for a in out if a.kind == "scare" and a.rule == "title"}
        out.extend(reported_speech(doc, titles, doc.most - len(out)))
        out.extend(participle_reports(doc, out))
        if len(out) > doc.most:
            doc.unread_reports += len(out) - doc.most
            del out[doc.most :]
    return out
