"""A speaker handed on: to the next quote of a paragraph, the sentence after a cue, the next paragraph.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.unit.attribution.helpers import mention_of, who


@pytest.mark.rules("cue-after", "paragraph-speaker")
def test_second_quote_in_paragraph_after_attribution():
    body = "“We urge withdrawal,” Koo said. “We will respond firmly.”"
    assert who(body, 0) == who(body, 1) == "Koo"


@pytest.mark.rules("continuation", "cue-after")
def test_quote_paragraph_continues_previous_speaker():
    body = "“We urge withdrawal,” Koo Byung-sam said.\n“We will respond firmly.”"
    assert who(body, 1) == "Koo Byung-sam"


@pytest.mark.rules("previous-sentence", "reported")
def test_a_name_before_its_apposition_in_the_previous_sentence():
    body = "Diaz, Smith's lawyer, argues that his client was never violent. “His intent was to keep the peace.”"
    assert mention_of(body) == "Diaz"


@pytest.mark.rules("none")
def test_a_cue_in_a_relative_clause_of_the_previous_paragraph_names_no_speaker():
    body = ("The party issued a statement apologizing for the emails, which included staff members suggesting "
            "someone should question his faith.\n“We want to offer a deep and sincere apology.”")
    assert mention_of(body) is None
