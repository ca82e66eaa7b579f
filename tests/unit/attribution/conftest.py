"""Every attribution test names the rules that decide its quotes.

``@pytest.mark.rules("cue-after", "paragraph-speaker")`` on a test (or on one
of its parameters) says which rules (:class:`tui.attribution.Rule`, by the
name users see in ``pressroom quotes --format jsonl``) decide the quotes of
the articles it parses: the test fails when another rule decides one of them,
or when one of the named rules decides none, even if the speaker comes out
the same. ``@pytest.mark.rules()`` says that no quotation is found at all.
A test that parses an article and names no rules fails too.
"""

from __future__ import annotations

import pytest

import tui.index
import tui.parser
import tui.parsing


def pytest_configure(config):
    config.addinivalue_line("markers", "rules(*names): the attribution rules that decide the test's quotes")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    decided: list[set[str]] = []
    parse = tui.parser.parse_article

    def recording(*args, **kwargs):
        doc = parse(*args, **kwargs)
        decided.append({q.rule for q in doc.quotes})
        return doc

    # wherever the parser is called from: tests.conftest.quotes_of (which looks it
    # up in tui.parser when called), the index and the worker-less parsing of the CLI
    users = (tui.parser, tui.index, tui.parsing)
    for m in users:
        m.parse_article = recording
    try:
        result = yield
    finally:
        for m in users:
            m.parse_article = parse
    marker = item.get_closest_marker("rules")
    if decided and marker is None:
        raise AssertionError("name the rules that decide this test's quotes: @pytest.mark.rules(...)")
    if marker is not None:
        assert decided, "@pytest.mark.rules on a test that parses no article"
        fired = set().union(*decided)
        assert fired == set(marker.args), f"decided by {sorted(fired)}, expected {sorted(marker.args)}"
    return result
