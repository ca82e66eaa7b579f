"""Quote regions and their kinds: direct, mixed, nested, scare quotes and titles.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.conftest import quotes_of
from tests.unit.attribution.helpers import who


@pytest.mark.rules("scare")
def test_scare_quotes_are_not_quotations():
    doc = quotes_of("The so-called “experts” were wrong about the weather.")
    assert [q.kind for q in doc.quotes] == ["scare"]


@pytest.mark.rules("cue-after", "nested")
def test_nested_quote_is_its_own_kind():
    doc = quotes_of("“He told me ‘never again’ and meant it,” she said.")
    assert sorted(q.kind for q in doc.quotes) == ["direct", "nested"]


@pytest.mark.rules()
@pytest.mark.parametrize("body", ["He spoke to the state media.", "Officials in many Asian states agree."])
def test_nouns_that_look_like_cues_find_no_quote(body):
    assert quotes_of(body).quotes == ()


@pytest.mark.rules("cue-after", "title")
def test_titles_of_programmes_are_not_quotations():
    doc = quotes_of("“She is a flawed candidate,” Trump said Wednesday on ABC’s “Good Morning America.”")
    kinds = {q.text: q.kind for q in doc.quotes}
    assert kinds["Good Morning America."] == "scare"
    assert kinds["She is a flawed candidate,"] == "direct"


@pytest.mark.rules("title")
def test_a_quoted_subhead_is_not_a_quotation():
    doc = quotes_of("Some body text here.\n‘Coal Isn’t the Villain.’\nMore text.")
    assert [q.kind for q in doc.quotes] == ["scare"]


@pytest.mark.rules("scare")
def test_short_quote_without_any_cue_stays_a_scare_quote():
    doc = quotes_of("The so-called “sharing economy” has grown fast in the city.")
    assert [q.kind for q in doc.quotes] == ["scare"]


@pytest.mark.rules("cue-before", "scare", "title-case")
def test_title_case_without_a_cue_is_a_title_but_with_one_a_quotation():
    doc = quotes_of("The senator likes “The Walking Dead,” while the governor loves “Lilyhammer.”")
    assert [q.kind for q in doc.quotes] == ["scare", "scare"]
    doc = quotes_of("Outside, the protesters chanted “Dump Trump Now” for an hour.")
    assert [(q.kind, q.mention) for q in doc.quotes] == [("mixed", "the protesters")]


@pytest.mark.parametrize("body", [
    pytest.param("And viewers like the classics. “Seinfeld” has been a surprise hit on the new service.", marks=pytest.mark.rules("short-title")),
    pytest.param("He sat for an interview on the host's weekly show, “Crossfire.” Critics were unkind.", marks=pytest.mark.rules("title")),
])
def test_a_capitalised_title_nobody_says_is_no_quotation(body):
    assert [q.kind for q in quotes_of(body).quotes] == ["scare"]


@pytest.mark.rules("cue-before", "title")
def test_a_quoted_title_closing_an_apposition():
    body = 'As Maria Lopez, professor of law and author of "The Long Road," put it, "The court will not wait for anyone."'
    assert who(body, 0) == "Maria Lopez"


@pytest.mark.parametrize("body, title", [
    pytest.param("Castro's revolution dampened plans to return home, Mr. Ruiz said in his 2012 book, “An American Son.” So they stayed.",
     "An American Son.", marks=pytest.mark.rules("reported", "title")),
    pytest.param("“Of course he is fair game,” Ms. Diaz told “Fox and Friends,” reminding the hosts of his record.", "Fox and Friends,", marks=pytest.mark.rules("cue-after", "title")),
    pytest.param("In an interview on his podcast “The Axe Files” out Thursday, Ms. Henry said her union would campaign.", "The Axe Files", marks=pytest.mark.rules("reported", "title")),
])
def test_a_title_case_quote_after_a_title_lead_is_a_title(body, title):
    (q,) = [q for q in quotes_of(body).quotes if q.text == title]
    assert (q.kind, q.speaker_id) == ("scare", None)


@pytest.mark.parametrize("body, title", [
    pytest.param('"It is our job to change that," Mr. Ruiz said on ABC\'s "This Week with George Stephanopoulos." "And we will."',
     "This Week with George Stephanopoulos.", marks=pytest.mark.rules("cue-after", "paragraph-speaker", "title")),
    pytest.param('President Obama backed her up in an interview last October on CBS\' "60 Minutes." "It was fine," he said.', "60 Minutes.", marks=pytest.mark.rules("cue-after", "title")),
    pytest.param('Readers can find solace in a blog article titled "Clinton Does Best Where Voting Machines Flunk Hacking Tests."',
     "Clinton Does Best Where Voting Machines Flunk Hacking Tests.", marks=pytest.mark.rules("reported", "title")),
])
def test_titles_with_small_words_numbers_and_longer_titles_after_a_lead(body, title):
    (q,) = [q for q in quotes_of(body).quotes if q.text == title]
    assert (q.kind, q.speaker_id) == ("scare", None)


@pytest.mark.rules("cue-before")
def test_a_short_chant_with_a_small_word_is_no_title():
    doc = quotes_of("Clinton supporters chanted “I’m with her” as she arrived.")
    assert doc.quotes[0].mention == "Clinton supporters"


@pytest.mark.parametrize("body, said", [
    # a title keeps only articles, conjunctions and short prepositions in lower case
    pytest.param('"The talks may fail," Mr. Ruiz told reporters of the prospects for peace. "They may not be."', "They may not be.", marks=pytest.mark.rules("cue-after", "paragraph-speaker")),
    pytest.param("Ms. Lund wrote in her diary, “It was hard.” She added: “Filth out!”", "Filth out!", marks=pytest.mark.rules("cue-before")),
])
def test_a_short_sentence_with_a_capital_first_word_is_no_title(body, said):
    (q,) = [q for q in quotes_of(body).quotes if q.text == said]
    assert q.kind == "direct" and q.speaker_id is not None


@pytest.mark.rules("title-case")
@pytest.mark.parametrize("body, title", [
    ("The streaming service renewed “Orange is the New Black” and “Fox and Friends” stayed on cable.", "Orange is the New Black"),
    ("The streaming service renewed “The Day of the Donald” for a season.", "The Day of the Donald"),
])
def test_a_title_with_its_last_word_capitalised_stays_a_title(body, title):
    (q,) = [q for q in quotes_of(body).quotes if q.text == title]
    assert q.kind == "scare"


@pytest.mark.rules("cue-after", "title")
@pytest.mark.parametrize("subhead", ["‘Relationships that last.’", "– ‘Who cares?’ –.", "'We are vetting candidates!'"])
def test_a_single_quoted_line_alone_in_a_double_quoted_article_is_a_subhead(subhead):
    body = f"“We have offices everywhere,” said Ann Lee, a volunteer.\n{subhead}\nThe campaign opened early."
    doc = quotes_of(body)
    (q,) = [q for q in doc.quotes if q.text.strip("‘’'–. ") in subhead and q.text != "We have offices everywhere,"]
    assert q.kind == "scare" and q.speaker_id is None


@pytest.mark.rules("continuation", "cue-after")
def test_a_single_quoted_paragraph_in_an_article_that_quotes_with_single_marks_is_a_quotation():
    body = "‘We have offices everywhere,’ said Ann Lee, a volunteer.\n‘Relationships that last.’\nThe campaign opened early."
    doc = quotes_of(body)
    assert [q.kind for q in doc.quotes] == ["direct", "direct"]
