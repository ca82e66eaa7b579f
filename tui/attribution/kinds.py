"""Quote kinds: direct or mixed, and titles and subheads that are no quotation."""

from __future__ import annotations

import re

from ..model import Paragraph
from ..quotes import Region
from .doc import _TOKEN, Doc

_TITLE_LEAD = re.compile(r"(?:['\u2019]s|[sS]['\u2019]|\bon|\bin|\bof|\bfor)$")




_LAST_WORD = re.compile(r"[A-Za-z]+$")


def quote_kind(doc: Doc, region: Region, sent_lo: int) -> str:
    """``direct`` if the quote stands as its own sentence or clause,
    ``mixed`` if it is embedded in the writer's sentence."""
    text = doc.text
    k = region.open_mark - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    prev = text[k] if k >= 0 else "\n"
    if region.open_mark <= sent_lo or prev in "\n:,.!?;\u2014\u2013(" or text[max(0, k - 1) : k + 1] == "--":
        return "direct"
    return "mixed"


def title_case(doc: Doc, region: Region, most: int = 7) -> int:
    """How many words a short quote in Title Case has (0 if it is not one):
    ``“The Walking Dead”``, ``“Person of the Year”``, ``“This Week with
    George Stephanopoulos”``, ``“60 Minutes”``."""
    if region.end - region.start > 90 or region.last_para != region.first_para:
        return 0  # titles and subheads are short
    words = _TOKEN.findall(doc.text, region.start, region.end)
    words = [w for w in words if w[0].isalnum()]
    if not words or len(words) > most:
        return 0
    small = doc.lex.title_lower_words if len(words) >= 4 else ()  # (“I’m with her” is no title)
    # A short word in lower case must be one a title keeps so ("The Day of
    # the Donald"; "They may not be." is no title), unless the last word is
    # capitalised as a title's always is ("Orange is the New Black").
    short = () if words[-1][0].isupper() and len(words) > 1 else doc.lex.title_small_words
    long_words = [w for w in words if (w not in small and (len(w) >= 4 or short and w not in short)) or w[0].isupper()]
    if not all(w[0].isupper() or w[0].isdigit() for w in long_words) or not (
            words[0][0].isupper() or (words[0].isdigit() and len(words) > 1)):
        return 0
    if len(words) == 1 and not words[0].isalpha():
        return 0
    return len(words)


def is_title(doc: Doc, region: Region, para: Paragraph) -> bool:
    """Titles of works and programmes, and quoted subheads, are no quotation:
    ``on MSNBC’s “Morning Joe.”``, a paragraph that is only ``‘Coal Isn't the Villain.’``."""
    if _single_quoted_subhead(doc, region, para):
        return True
    words = title_case(doc, region, most=12)
    if not words:
        return False
    end = region.close_mark + 1 if region.close_mark is not None else region.end
    if region.open_mark == para.start and doc.text[end:para.end].strip() == "":
        return words <= 7  # a quoted subhead standing alone
    before = doc.text[max(para.start, region.open_mark - 24) : region.open_mark].rstrip()
    if _TITLE_LEAD.search(before):
        return True
    # "his 2012 book, “An American Son.”", "a memo titled “The Facts”", "told “Fox and Friends,”"
    word = _LAST_WORD.search(before.rstrip(",:").rstrip())
    return word is not None and word.group(0).lower() in doc.lex.title_leads


def _single_quoted_subhead(doc: Doc, region: Region, para: Paragraph) -> bool:
    """``‘Relationships that last.’`` or ``– ‘Who cares?’ –`` alone in its
    paragraph, in an article that quotes with double marks: a subhead
    (headline style puts its quotes in single marks), not a quotation."""
    if not region.single or region.close_mark is None or region.last_para != region.first_para:
        return False
    text = doc.text
    if (text[para.start : region.open_mark].strip(" \u2013\u2014-")
            or text[region.close_mark + 1 : para.end].strip(" \u2013\u2014-.")):
        return False
    if len(text[region.start : region.end].split()) > 10:
        return False
    return text.count("\u201c") + text.count("\u201d") + text.count('"') >= 2


def is_fragment(doc: Doc, region: Region) -> bool:
    """A few words quoted inside the writer's sentence (not a full quotation)."""
    return region.last_para == region.first_para and len(doc.text[region.start : region.end].split()) <= doc.lex.scare_max_words
