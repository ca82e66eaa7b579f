"""Quotes as citations: the exact source words with their attribution.

The quoted words are always ``article.text[quote.start:quote.end]``; the
templates come from ``content/defaults.yaml`` (``citation:``) and can be
changed there.  Control characters never reach the output: ingest replaced
them, and :func:`clean` removes any that a template or metadata brings in.
"""

from __future__ import annotations

import re

from .content import Lexicon, load_lexicon
from .model import Article, Quote, Speaker

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

DEFAULT_TEMPLATES = {
    "plain": "“{quote}” — {attribution} ({title}, {date})",
    "markdown": "> {quote}\n>\n> — {attribution}, *{title}* ({date})",
    # reported speech is never dressed as a quotation
    "plain-indirect": "{quote} [reported speech, not verbatim] — {attribution} ({title}, {date})",
    "markdown-indirect": "> {quote}\n>\n> — reported speech (not verbatim): {attribution}, *{title}* ({date})",
}


def clean(text: str) -> str:
    """Remove control characters (but keep newlines and tabs)."""
    return _CONTROL.sub("", text)


def attribution(quote: Quote, speaker: Speaker | None) -> str:
    """``Jeon Ha-kyu, spokesperson for the Ministry of National Defense``."""
    if speaker is None:
        return "unattributed"
    role = speaker.role_in(quote.article_id) if quote.role is None else quote.role
    return f"{speaker.name}, {role}" if role else speaker.name


def format_citation(quote: Quote, speaker: Speaker | None, article: Article,
                    style: str = "plain", lexicon: Lexicon | None = None) -> str:
    lex = lexicon or load_lexicon()
    templates = {**DEFAULT_TEMPLATES, **(lex.defaults.get("citation") or {})}
    if quote.kind == "indirect":
        style = f"{style}-indirect"
    template = templates.get(style) or templates.get(style.removesuffix("-indirect"), DEFAULT_TEMPLATES["plain"])
    text = article.text[quote.start : quote.end]
    if style == "markdown":
        text = text.replace("\n", "\n> ")
    values = {
        "quote": text,
        "attribution": attribution(quote, speaker),
        "speaker": speaker.name if speaker else "unattributed",
        "role": (quote.role or (speaker.role_in(quote.article_id) if speaker else None)) or "",
        "title": article.title,
        "date": article.date or "undated",
        "source": article.source or "",
    }
    out = template.format(**values)
    if not article.date:
        out = out.replace(", undated)", ")").replace(" (undated)", "")
    return clean(out)
