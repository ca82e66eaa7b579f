"""Who said it: attributing quote regions to speakers the way news is written.

Stages, in the order data flows (each a module of plain functions over one
shared reading of the article, :class:`~tui.attribution.doc.Doc`):

- ``doc``: the reading: tokens, quote regions (:mod:`tui.quotes`), sentence bounds, memos;
- ``kinds``: direct or mixed quotation, or a title or subhead that is none;
- ``phrases``, ``cues``, ``subjects``, ``clauses``: the grammar the rules read with;
- ``rules``: the speaker-finding rules, one construction each;
- ``refine``: a pronoun's antecedent, a poll as source, who reports an attribution;
- ``reported``: reported speech without quote marks;
- ``pipeline``: the table of rules in their order of precedence (:data:`RULES`), and :func:`attribute`.

Mentions are then resolved to entities (:mod:`tui.speakers`).
"""

from .doc import MAX_ATTRIBUTIONS, Doc, Tok, tokens
from .pipeline import RULES, attribute
from .records import Attribution, Found, Mention, Rule

__all__ = ["MAX_ATTRIBUTIONS", "RULES", "Attribution", "Doc", "Found", "Mention", "Rule", "Tok", "attribute", "tokens"]
