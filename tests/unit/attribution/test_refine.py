"""Refinement of a found speaker: a pronoun's antecedent, a poll as the source, who reports an attribution.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.conftest import quotes_of
from tests.unit.attribution.helpers import sole_speaker, speaker_name, who


@pytest.mark.rules("cue-after")
def test_pronoun_resolves_to_the_previous_speaker():
    body = "“We will win,” Jane Smith said.\n“It will be close,” she added."
    doc = quotes_of(body)
    assert doc.quotes[1].mention == "she"
    assert doc.quotes[1].resolution == "pronoun"
    assert doc.quotes[1].speaker_id == doc.quotes[0].speaker_id


@pytest.mark.rules("cue-after")
def test_pronoun_refers_to_the_sentence_subject_before_it():
    # (a one-word name the text writes inside a sentence too: see the test after this one)
    doc = quotes_of("“It went well,” said Ann Lee.\nTrump attacked Clinton on Monday, a day after Clinton mocked Trump."
                    "\n“She is a liar,” he said.")
    names = {s.id: s.name for s in doc.speakers}
    q = [q for q in doc.quotes if q.kind == "direct"][1]
    assert (q.mention, q.resolution, names[q.speaker_id]) == ("he", "pronoun", "Trump")


@pytest.mark.rules("cue-after", "paragraph-speaker")
def test_a_sentence_after_a_closing_quotation_mark_names_an_antecedent():
    doc = quotes_of("“I am happy,” said Henman. “It was hard.” Federer dropped a set against Roger Gaudio, "
                    "and Federer was content. “It was about the surface,” he said.")
    names = {s.id: s.name for s in doc.speakers}
    assert names[doc.quotes[-1].speaker_id] == "Federer"


@pytest.mark.rules("cue-after", "reported")
def test_pronoun_antecedent_loses_its_title():
    doc = quotes_of("Chancellor Gordon Brown announced a freeze on Monday.\n“We will meet the rule,” he said.")
    names = {s.id: s.name for s in doc.speakers}
    assert names[doc.quotes[0].speaker_id] == "Gordon Brown"


@pytest.mark.rules("cue-after", "paragraph-speaker")
def test_according_to_after_an_attribution_names_who_reports_it():
    doc = quotes_of("“I ask you not to protest on the floor,” Sanders said, according to CNN. “It matters.”")
    names = {s.id: s.name for s in doc.speakers}
    assert [names[q.speaker_id] for q in doc.quotes] == ["CNN", "CNN"]
    # "quoting" names the one quoted, not the reporter: the reporter stays
    doc = quotes_of("“It came to a head,” the Post reported, quoting an anonymous official.")
    assert [q.mention for q in doc.quotes] == ["the Post"]


@pytest.mark.rules("cue-after", "cue-earlier")
def test_pronoun_refers_to_the_subject_named_earlier_in_its_sentence():
    doc = quotes_of("“We will respond,” said Jean-Marc Ayrault.\n"
                    "Secretary General Ban Ki-moon condemned what he called a “brazen breach” of resolutions.")
    q = doc.quotes[1]
    names = {s.id: s.name for s in doc.speakers}
    assert (q.mention, q.resolution, names[q.speaker_id]) == ("he", "pronoun", "Ban Ki-moon")
    # a woman named before "he" is not his antecedent
    doc = quotes_of("“We will respond,” said Mr. Hart.\nMrs. Lane listened while he called it “a disgrace.”")
    names = {s.id: s.name for s in doc.speakers}
    assert names[doc.quotes[1].speaker_id] == "Hart"


@pytest.mark.rules("cue-after")
def test_a_sentence_opener_is_no_pronoun_antecedent():
    doc = quotes_of("“It went well,” said Ann Lee.\nFollowing the debate, reporters gathered.\n“He lost,” she said.")
    names = {s.id: s.name for s in doc.speakers}
    assert names[doc.quotes[1].speaker_id] == "Ann Lee"


@pytest.mark.rules("cue-after")
def test_according_to_a_recording_or_excerpts_credits_the_source():
    doc = quotes_of("“We will open the gates,” the mayor will say, according to excerpts of the speech released by her office.")
    assert doc.quotes[0].mention == "excerpts of the speech"
    doc = quotes_of("“Nobody is leaving,” Mr. Vance said at the dinner, according to audio obtained by the Courier.")
    assert doc.quotes[0].mention == "audio"


@pytest.mark.rules("cue-after")
def test_an_outlet_reporting_the_attribution_at_the_end_of_the_sentence():
    body = "“The rules shut us out,” said Nora Bell, director of a tenants’ union, reports the Daily Ledger."
    assert [q.mention for q in quotes_of(body).quotes] == ["the Daily Ledger"]
    # a report verb inside the clause is no such outlet
    body = "“The rules shut us out,” said Nora Bell, who reports to the board."
    assert who(body) == "Nora Bell"


@pytest.mark.rules("cue-before", "cue-earlier")
def test_a_pronoun_after_said_refers_to_the_subject_of_said():
    body = 'His wife had told him to act "calm," but Mr. Ortiz said he replied: "When it comes at you, you cannot be calm."'
    doc = quotes_of(body)
    q = doc.quotes[1]
    assert (q.mention, q.resolution) == ("he", "pronoun")
    assert speaker_name(doc, q.speaker_id) == "Ortiz"


@pytest.mark.rules("cue-after")
def test_a_pronoun_after_a_quote_handed_over_by_a_colon():
    doc = quotes_of("Mayor Jane Roe (D-Ohio) scolded him: “The science is against you on every count,” she said.")
    assert speaker_name(doc, doc.quotes[0].speaker_id) == "Jane Roe"


@pytest.mark.rules("cue-after")
def test_as_she_put_it_after_the_quote_refers_to_the_sentence_subject():
    doc = quotes_of("Mrs. Roe often pledges to “make the economy work for everyone,” as she put it on Monday.")
    assert speaker_name(doc, doc.quotes[0].speaker_id) == "Roe"


@pytest.mark.rules("cue-after", "reported")
def test_a_pronoun_opening_an_attribution_refers_to_whom_the_sentence_before_attributes():
    body = ("Whether the model works will be part of the postmortem, said Jake Horowitz, editor of a news site. "
            "“You have a very sophisticated operation,” he said.")
    doc = quotes_of(body)
    (q,) = [q for q in doc.quotes if q.kind == "direct"]
    assert speaker_name(doc, q.speaker_id) == "Jake Horowitz"


@pytest.mark.rules("cue-after")
@pytest.mark.parametrize("body, name", [
    ("Mr Blair is expected to speak. Labour sees crime as an issue.\n“We have not defeated this problem,” he said.",
     "Blair"),
    ("Mr Blair is expected to speak. Ten areas have had prosecutors.\n“We have not defeated this problem,” he said.",
     "Blair"),
])
def test_he_refers_to_no_party_and_no_number(body, name):
    doc = quotes_of(body)
    (q,) = doc.quotes
    assert name in speaker_name(doc, q.speaker_id)


@pytest.mark.rules("cue-after", "none")
def test_an_it_that_refers_to_nothing_opens_no_attribution():
    doc = quotes_of("“We will close the mines,” the Energy Ministry said.\nIt seems unfair to tell the towns: “We are sorry, it did not work.”")
    assert doc.quotes[1].speaker_id is None


@pytest.mark.rules("cue-after")
@pytest.mark.parametrize("opening", [
    "Mobile phones are everywhere now.",  # an adjective and a plural noun, then a verb
    "Policy matters more than people think, and policy is what we sell.",  # written in lower case elsewhere
    "Traditionally, firms paid for it.",
    "Opinion is divided on the plan.",  # capitalised only where it opens a sentence
])
def test_a_common_word_opening_a_sentence_is_no_antecedent(opening):
    doc = quotes_of(f"Rob Dwight runs the firm. {opening}\n“It is very easy to forget,” he said.")
    (q,) = doc.quotes
    assert speaker_name(doc, q.speaker_id) == "Rob Dwight"


@pytest.mark.rules("cue-earlier")
@pytest.mark.parametrize("body, poll", [
    ("In a national CNN/ORC poll released Monday, 31% of Republicans said they were “extremely enthusiastic” about it.",
     "a national CNN/ORC poll"),
    ("The Q poll also finds that, while 37 percent of Americans say Trump is “very responsible” for it, many disagree.",
     "The Q poll"),
])
def test_respondents_speak_through_the_poll_that_asked_them(body, poll):
    (q,) = quotes_of(body).quotes
    assert q.mention == poll


@pytest.mark.rules("cue-earlier")
def test_respondents_with_no_poll_in_the_sentence_speak_for_themselves():
    (q,) = quotes_of("Six in 10 Republicans said the delegates “should vote for the leader.”").quotes
    assert q.mention == "Six in 10 Republicans"


@pytest.mark.rules("cue-after")
@pytest.mark.parametrize("body, name", [
    ("Ravi Purushotma studies games. Boring presentations put pupils off.\n“Games teach better,” he said.", "Ravi Purushotma"),
    ("Anna Lee left early. Manning says the vote was close.\n“It was very close,” she said.", "Manning"),
])
def test_an_ing_word_opening_a_sentence_is_a_name_only_before_a_verb(body, name):
    assert sole_speaker(body) == name


@pytest.mark.rules("cue-after", "reported")
def test_a_name_that_is_also_a_common_word_stays_an_antecedent():
    doc = quotes_of("“We will lead,” said Chancellor Gordon Brown on Monday. Tom Lee says the talks failed.\n"
                    "Brown says the brown envelopes must go.\n“It is a long road,” he said.")
    (q,) = [q for q in doc.quotes if q.text == "It is a long road,"]
    assert speaker_name(doc, q.speaker_id) == "Gordon Brown"


@pytest.mark.parametrize("body, speaker", [
    pytest.param("“We will win,” said Tom Lee. The pair went to the European Court of Justice - which ruled the pact "
                 "could not be put “in abeyance” at all.", "European Court of Justice",
                 marks=pytest.mark.rules("cue-after", "cue-earlier")),
    pytest.param("“We will win,” said Tom Lee. The stance is endorsed by the Music Managers' Forum (MMF), who say "
                 "artists face “an uphill struggle” in the US.", "Music Managers' Forum",
                 marks=pytest.mark.rules("cue-after", "cue-earlier")),
    pytest.param("“We will win,” said Tom Lee. The review follows in the wake of a Law Commission report which branded "
                 "the law as “a mess” last year.", "Law Commission report",
                 marks=pytest.mark.rules("cue-after", "cue-earlier")),
])
def test_a_relative_pronoun_refers_to_the_phrase_before_it_not_to_the_last_speaker(body, speaker):
    doc = quotes_of(body)
    q = doc.quotes[1]
    assert q.mention.lower() in ("which", "who")
    assert speaker_name(doc, q.speaker_id) == speaker


@pytest.mark.rules("cue-after", "cue-before")
def test_a_gendered_pronoun_skips_a_subject_that_is_a_thing_for_the_person_named_after_it():
    doc = quotes_of("“It is over,” said Tom Lee. The film shows Mr Howard laughing at an impression of him, "
                    "which he calls “good fun.”")
    q = doc.quotes[1]
    assert q.mention == "he" and speaker_name(doc, q.speaker_id) == "Howard"


@pytest.mark.rules("cue-before", "cue-after", "reported")
def test_a_he_after_the_sentence_of_a_person_whose_name_is_also_an_outlets_is_that_person():
    doc = quotes_of("Mr Blair said: “We will win.” Dr Fox accused Mr Blair of telling lies about them. "
                    "“It is going to be fear and smear,” he told BBC News.")
    assert speaker_name(doc, doc.quotes[1].speaker_id) == "Fox"  # "Dr" makes a person: not Fox News
