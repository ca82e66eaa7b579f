"""Quote-mark pairing: exact spans, apostrophes, nesting, unbalanced marks."""

import pytest

from tests.conftest import article_from
from tui.quotes import find_regions


def spans(body: str):
    art = article_from(body)
    return [(art.text[r.start : r.end], r.nested, r.unterminated) for r in find_regions(art.text, art.paragraphs)]


def texts(body: str):
    return [t for t, nested, _ in spans(body) if not nested]


def test_curly_double_quotes():
    assert texts("He said “yes, we will” and left.") == ["yes, we will"]


def test_straight_double_quotes():
    assert texts('"No," he said. "Never."') == ["No,", "Never."]


@pytest.mark.parametrize("body", [
    "North Korea’s troops and it's over.",
    "Back in the ’90s it was rock ’n’ roll.",
    "Back in the '90s it was rock 'n' roll.",
    "The Workers’ Party met the players’ union.",
])
def test_apostrophes_are_not_quotes(body):
    assert texts(body) == []


def test_single_quotes_in_a_headline_and_british_style():
    assert texts("South Korea condemns it: 'A clear illegal act'") == ["A clear illegal act"]
    assert texts("The minister said: ‘We will not back down.’") == ["We will not back down."]


def test_single_quote_with_possessive_inside():
    assert texts("He called it ‘the players’ best season’ in years.") == ["the players’ best season"]


def test_quotes_inside_quotes_are_nested():
    got = spans("“He told me ‘never again’ and meant it,” she said.")
    assert ("He told me ‘never again’ and meant it,", False, False) in got
    assert ("never again", True, False) in got


def test_multi_paragraph_quote_is_one_span():
    art = article_from("“First part of it.\n“Second part of it,” she said.\nNext.")
    regions = [r for r in find_regions(art.text, art.paragraphs) if not r.nested]
    assert len(regions) == 1
    r = regions[0]
    assert art.text[r.start : r.end] == "First part of it.\n“Second part of it,"
    assert (r.first_para, r.last_para) == (1, 2)


def test_unbalanced_quote_stops_at_paragraph_end():
    art = article_from("He said “this never closes.\nThe next paragraph is plain.\n“A real one,” she said.")
    got = [(art.text[r.start : r.end], r.unterminated) for r in find_regions(art.text, art.paragraphs)]
    assert got[0] == ("this never closes.", True)
    assert ("A real one,", False) in got
    assert not any("next paragraph" in t for t, _ in got)


def test_stray_closing_mark_is_ignored():
    assert texts("It was fine” and then “this one counts” here.") == ["this one counts"]


def test_second_opener_closes_the_unterminated_quote():
    got = texts("He said “first and “second one” end.")
    assert got[-1] == "second one"


def test_attribute_values_in_leftover_markup_are_no_quotes():
    body = '<tweet id="7479" author="@someone" datetime="2016-06-29">Great day.</tweet> Then she said "we won."'
    assert texts(body) == ["we won."]


def test_a_tag_whose_attributes_run_over_paragraphs_is_markup_too():
    body = ('Prager lists reasons.\n<tweet tweet-author="just look at Europe" tweet-date="\n'
            '— Lower the tax.\n— Keep "the promise" made.">Here are nine reasons:<tweet/>.\nHe then said "we won."')
    assert texts(body) == ["we won."]


def test_each_speaker_label_in_a_quoted_transcript_opens_a_quote():
    body = ('Partial transcript:\n"HOST: Will the senator be there tomorrow?\n'
            '"LEE: She will not. We said so last week.\n"And we meant it.\n"HOST: Thank you."')
    assert texts(body) == [
        "HOST: Will the senator be there tomorrow?",
        "LEE: She will not. We said so last week.\n\"And we meant it.",
        "HOST: Thank you.",
    ]


def test_a_continued_quote_cut_short_by_a_new_opener_is_kept():
    # the writer's straight marks open each paragraph; the source's curly marks quote inside it
    body = '"She said the plan was sound.\n"But the mayor called it “a trap” in the end.'
    assert texts(body)[0] == 'She said the plan was sound.\n"But the mayor called it'


def test_a_closing_shaped_mark_opening_a_paragraph_opens_a_quote():
    body = "” … in the case of Ohio, the train has left the station,” wrote Time magazine."
    assert texts(body) == [" … in the case of Ohio, the train has left the station,"]
