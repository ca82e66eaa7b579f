"""Mentions resolved to the article's speakers: surnames, acronyms, descriptions, genders, organisations.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.conftest import quotes_of
from tests.unit.attribution.helpers import sole_speaker, speaker_name


@pytest.mark.rules("cue-before")
def test_definite_description_resolves_to_organisation():
    body = ("The Central Military Commission sent a statement, declaring “victory.”\n"
            "The commission further stated, “The operations were concluded.”")
    doc = quotes_of(body)
    assert doc.quotes[1].resolution == "description"
    assert doc.quotes[1].speaker_id == doc.quotes[0].speaker_id


@pytest.mark.rules("cue-after")
def test_pronoun_gender_follows_honorifics():
    doc = quotes_of("“We are ready,” said Mrs. Lane.\n“So are we,” said Mr. Hart.\n“I doubt it,” she said.")
    names = {s.id: s.name for s in doc.speakers}
    assert names[doc.quotes[2].speaker_id] == "Lane"


@pytest.mark.rules("cue-after", "reported")
def test_acronym_introduced_in_the_text_is_merged():
    doc = quotes_of("The Korean Central News Agency (KCNA) reported that the talks failed badly.\n"
                    "“The talks failed,” KCNA said.")
    names = {s.id: s.name for s in doc.speakers}
    assert {names[q.speaker_id] for q in doc.quotes} == {"Korean Central News Agency"}


@pytest.mark.rules("cue-after")
def test_a_bare_surname_takes_the_one_full_name_the_article_gives():
    doc = quotes_of("As mayor in 1990, Rita Moreno opened the bridge.\n“It was a good day,” Mayor Moreno said.")
    names = {s.id: s.name for s in doc.speakers}
    assert [names[q.speaker_id] for q in doc.quotes] == ["Rita Moreno"]


@pytest.mark.rules("cue-after")
@pytest.mark.parametrize("title, body", [
    # a paragraph's first words are a name as much as a sentence's inside one
    ("Title", "Tim Henman opened his campaign with a victory.\n“It is a great start,” said Henman."),
    # a headline's epithet is no given name when the text gives one
    ("Classy Henman makes winning start", "Tim Henman opened his campaign with a victory.\n“It is a great start,” said Henman."),
    # nor is the place a possessor gives ("Britain's Kathy Butler")
    ("Title", "The race went to Britain's Tim Henman on Sunday.\n“It is a great start,” said Henman."),
    # nor a role noun opening the paragraph ("Striker Tim Henman")
    ("Title", "Striker Tim Henman scored twice.\n“It is a great start,” said Henman."),
])
def test_a_bare_surname_takes_the_full_name_wherever_the_text_gives_it(title, body):
    from tests.conftest import article_from
    from tui.parser import parse_article

    doc = parse_article(article_from(body, title=title))
    (q,) = doc.quotes
    assert speaker_name(doc, q.speaker_id) == "Tim Henman"


@pytest.mark.rules("cue-before", "cue-after")
def test_a_knight_is_addressed_by_the_given_name():
    doc = quotes_of("Sir Paul McCartney will play at the Super Bowl. Michael Howard is a fan.\n"
                    "Sir Paul said: “There is nothing bigger.”\n“We agree,” said Sir Howard.")
    assert [speaker_name(doc, q.speaker_id) for q in doc.quotes] == ["Paul McCartney", "Howard"]


@pytest.mark.rules("cue-after", "cue-before")
def test_a_mr_is_no_knight_of_the_same_name():
    doc = quotes_of("“It would be unwise,” said Sir Ian Blair.\nBut Mr Blair insisted: “We must act.”")
    assert [speaker_name(doc, q.speaker_id) for q in doc.quotes] == ["Ian Blair", "Blair"]


@pytest.mark.rules("cue-after")
def test_a_nationality_after_the_stands_for_the_person_just_named():
    doc = quotes_of("“It feels good,” said Conchita Martinez. Anna-Lena Groenefeld was the more powerful player.\n"
                    "“It was my first final,” said the German.")
    assert [speaker_name(doc, q.speaker_id) for q in doc.quotes] == ["Conchita Martinez", "Anna-Lena Groenefeld"]
    assert doc.quotes[1].resolution == "description"


@pytest.mark.rules("cue-after")
@pytest.mark.parametrize("body, name", [
    ("Ann Lee spoke first.\n“Prices will rise,” the Fed said.", "Fed"),  # no nationality: a name
    ("Ann Lee spoke first.\n“Prices will rise,” the Nationwide said.", "Nationwide"),
])
def test_the_and_a_capitalised_name_is_no_epithet(body, name):
    assert sole_speaker(body) == name


@pytest.mark.rules("cue-after")
def test_a_bare_surname_stays_bare_when_the_article_names_two_people_with_it():
    doc = quotes_of("Both Rita Moreno and Carlos Moreno attended the opening.\n“It was a good day,” Moreno said.")
    names = {s.id: s.name for s in doc.speakers}
    assert [names[q.speaker_id] for q in doc.quotes] == ["Moreno"]


@pytest.mark.rules("cue-after", "reported")
def test_i_and_we_outside_quotes_are_the_writers():
    # the writer is no one the article quotes: "I" is left unresolved, not given to the last organisation named
    doc = quotes_of("Oxfam said the plan failed. I think “it was doomed from the start,” I said.")
    (q,) = [q for q in doc.quotes if q.kind == "mixed"]
    assert (q.mention, q.resolution, q.speaker_id) == ("I", "pronoun", None)


@pytest.mark.rules("cue-after")
def test_a_surnames_full_name_is_read_without_the_title_before_it():
    doc = quotes_of("The hearing was closed but New York Congressman Pete King spoke to reporters.\n"
                    "“That is not my recollection,” King said.")
    (q,) = doc.quotes
    assert speaker_name(doc, q.speaker_id) == "Pete King"


@pytest.mark.rules("cue-after")
@pytest.mark.parametrize("body, name", [
    ("“People over 60 will make up 30% of the population,” explains Shigeo Morioka of the International Longevity Centre.",
     "Shigeo Morioka"),
    ("“It is bad,” said John Smith of the Bank of England.", "John Smith"),
    ("“It is bad,” said the Federal Reserve Bank of New York.", "Federal Reserve Bank of New York"),
    ("“It is bad,” said Bank of America.", "Bank of America"),
])
def test_a_person_of_an_organisation_is_the_person_but_an_organisations_of_is_its_name(body, name):
    assert sole_speaker(body) == name


@pytest.mark.rules("cue-after")
def test_a_party_known_by_a_bare_name_is_an_organisation():
    doc = quotes_of("“The plans are excessive,” Labour said.")
    (sp,) = doc.speakers
    assert (sp.name, sp.kind) == ("Labour", "organisation")


@pytest.mark.rules("cue-after")
def test_an_organisations_name_may_hold_to():
    doc = quotes_of("“We will go on,” said the Committee to Protect Journalists.")
    assert speaker_name(doc, doc.quotes[0].speaker_id) == "Committee to Protect Journalists"


@pytest.mark.rules("cue-earlier")
def test_an_acronym_spelled_out_in_parentheses_names_its_organisation():
    doc = quotes_of("Protests spread, according to the organiser Alliance to Reclaim Our Schools (AROS).\n"
                    "AROS said it was “the largest effort so far.”")
    names = {s.id: s.name for s in doc.speakers}
    assert {names[q.speaker_id] for q in doc.quotes} == {"Alliance to Reclaim Our Schools"}
