"""Quotes as citations: the exact source words with their attribution.

The quoted words are always ``article.text[quote.start:quote.end]``, less
the comma, semicolon or colon that led into the attribution (``“…time
again,” he said`` cites ``“…time again”``; ``citation: trailing_punctuation``
in ``content/defaults.yaml`` chooses); the templates come from there too.  Control characters never reach the output: ingest replaced
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


#: punctuation that a quotation's last character may be and a citation drops
#: (``citation: trailing_punctuation`` in defaults.yaml; "" keeps every mark)
DEFAULT_TRAILING = ",;:"


def clean(text: str) -> str:
    """Remove control characters (but keep newlines and tabs)."""
    return _CONTROL.sub("", text)


def attribution(quote: Quote, speaker: Speaker | None, lexicon: Lexicon | None = None) -> str:
    """``Jeon Ha-kyu, spokesperson for the Ministry of National Defense``;
    ``Sen. Bernie Sanders`` (a bare title stands before the name, not after
    it as a role); ``Tony Blair`` for ``Mr`` (an honorific is no role)."""
    if speaker is None:
        return "unattributed"
    role = speaker.role_in(quote.article_id) if quote.role is None else quote.role
    if role and " " not in role.strip():
        lex = lexicon or load_lexicon()
        bare = role.strip().rstrip(".")
        if bare in lex.honorifics:
            return speaker.name
        if bare in lex.title_heads and not speaker.name.startswith(role.strip()):
            return f"{role.strip()} {speaker.name}"
    return f"{speaker.name}, {role}" if role else speaker.name


def format_citation(quote: Quote, speaker: Speaker | None, article: Article,
                    style: str = "plain", lexicon: Lexicon | None = None) -> str:
    lex = lexicon or load_lexicon()
    settings = lex.defaults.get("citation") or {}
    templates = {**DEFAULT_TEMPLATES, **{k: v for k, v in settings.items() if k != "trailing_punctuation"}}
    if quote.kind == "indirect":
        style = f"{style}-indirect"
    template = templates.get(style) or templates.get(style.removesuffix("-indirect"), DEFAULT_TEMPLATES["plain"])
    text = article.text[quote.start : quote.end]
    # the comma that led into "…,” she said" belongs to the sentence, not to the words cited
    trailing = settings.get("trailing_punctuation", DEFAULT_TRAILING)
    if trailing and text[-1:] in trailing and len(text) > 1:
        text = text[:-1].rstrip()
    if style == "markdown":
        text = text.replace("\n", "\n> ")
    values = {
        "quote": text,
        "attribution": attribution(quote, speaker, lex),
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
