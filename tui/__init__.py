"""Pressroom: a terminal reader for news that knows who said what.

The core (model, ingest, quotes, attribution, speakers, parser, index,
search, citation, cli) never imports Textual; only :mod:`tui.ui` does.
"""

__version__ = "0.1.0"
