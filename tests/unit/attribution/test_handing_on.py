"""A speaker handed on: to the next quote of a paragraph, the sentence after a cue, the next paragraph.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.conftest import quotes_of
from tests.unit.attribution.helpers import mention_of, speaker_name, who


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


@pytest.mark.parametrize("body, speaker", [
    pytest.param("Arnold firmly believes that short films give a stronger vision. “You're left more to your own devices.”",
                 "Arnold", marks=pytest.mark.rules("belief-before", "reported")),
    # (what he wants is no report of his words: only the quotation after it is his)
    pytest.param("But Mr MacDonald wants a full return to jury trials. “We need proper criminal trials.”", "MacDonald",
                 marks=pytest.mark.rules("belief-before")),
])
def test_a_sentence_of_belief_before_hands_its_subject_the_quoted_sentence_after_it(body, speaker):
    assert who(body) == speaker


@pytest.mark.parametrize("body", [
    pytest.param("Springer helped launch the West End show and attended the night. “I would not have written it.”",
                 marks=pytest.mark.rules("none", "reported")),  # "show" is a noun there, and not the sentence's verb
    pytest.param("It found that most people keep music files. “Virtual weight is based on research.”",
                 marks=pytest.mark.rules("none", "reported")),  # "it" is no person
])
def test_a_belief_verb_that_is_not_the_sentence_subjects_hands_nothing_on(body):
    assert who(body) is None


@pytest.mark.rules("cue-after", "reported")
def test_he_after_a_sentence_of_belief_is_its_subject():
    doc = quotes_of("“We lost,” said John Kirwan. But centre Jamie Noon believes the side showed better form. "
                    "“We definitely improved,” he said.")
    assert speaker_name(doc, doc.quotes[1].speaker_id) == "Jamie Noon"


@pytest.mark.parametrize("between, speaker", [
    # someone else speaks in the sentence between: the quotation that opens the next is theirs
    pytest.param("Mr Dunn warned that companies could face a short supply of talent.", "Dunn",
                 marks=pytest.mark.rules("cue-after", "paragraph-speaker", "reported")),
    # a sentence about someone, without a cue, hands nothing on ("Time will tell" is no report)
    pytest.param("Matt Stevens had an awesome game at tighthead prop on Sunday.", "Simon Gardner",
                 marks=pytest.mark.rules("cue-after", "paragraph-speaker")),
    pytest.param("Time will tell.", "Simon Gardner", marks=pytest.mark.rules("cue-after", "paragraph-speaker")),
])
def test_a_cue_between_two_quotations_hands_the_second_to_its_subject(between, speaker):
    doc = quotes_of(f"“We lost the game,” said Simon Gardner. {between} “If teams get bigger, the talent runs out.”")
    names = {s.id: s.name for s in doc.speakers}
    assert names[doc.quotes[-1].speaker_id] == speaker


@pytest.mark.rules("previous-sentence", "paragraph-speaker")
def test_a_sentence_introducing_someone_by_name_hands_them_the_next_quotation():
    # whatever its verb: a description and a name in apposition is narration, not the quoted words
    doc = quotes_of("The problem, according to Mr Lane, is Mr Blair himself. “I have a new slogan. Vote Blair, "
                    "get Brown.” His friend, Saxon Spence, leader of the county group, lays the blame on one "
                    "issue above all others. “You cannot underestimate the impact of the war.”")
    names = {s.id: s.name for s in doc.speakers}
    assert [names[q.speaker_id] for q in doc.quotes] == ["Lane", "Saxon Spence"]
