"""A few words quoted, and passages with no cue of their own: whose words they are, if anyone's.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.conftest import quotes_of
from tests.unit.attribution.helpers import mention_of, speaker_name, who


@pytest.mark.rules("cue-earlier")
def test_quoted_fragment_in_reported_speech_goes_to_the_clause_subject():
    # "director, NAME, said": the named person speaks, the description is the
    # role, and the mention is the phrase as written
    doc = quotes_of("When the F.B.I. director, James B. Comey, said on Tuesday that there was no “direct evidence”"
                    " of a hack, both parties agreed.")
    assert [(q.kind, q.mention, q.speaker_id, q.role) for q in doc.quotes] == [
        ("mixed", "the F.B.I. director, James B. Comey", "james-b-comey", "the F.B.I. director")]


@pytest.mark.rules("cue-earlier")
def test_a_fragment_followed_by_a_noun_is_not_attributed_by_that_noun():
    # "state" after the fragment is a noun, not an inverted cue ("…,” state officials")
    assert who("Ryan lamented the “disheartened” state of the campaign on Monday.") == "Ryan"


@pytest.mark.rules("scare")
def test_noun_like_cue_forms_need_a_subject():
    doc = quotes_of("Delegates erupted in a chorus of booing and loud chants of “no.”")
    assert all(q.mention != "a chorus of booing and loud" for q in doc.quotes)


@pytest.mark.rules("fragment-characterised", "scare")
def test_a_characterisation_after_as_is_the_subjects():
    assert who("Campaign chair Paul Manafort dismissed the whole kerfuffle as “absurd” on Monday.") == "Paul Manafort"
    assert who("Clinton proposed a debate, but the Sanders campaign rejected the idea as “ludicrous” at once.") \
        == "Sanders campaign"
    doc = quotes_of("The place is known as “the Crossroads” to many.")
    assert [q.kind for q in doc.quotes] == ["scare"]


@pytest.mark.rules("cue-after", "fragment-quoted-subject")
def test_a_short_fragment_whose_subject_was_quoted_before_is_that_speakers():
    doc = quotes_of("“We will not close the plant,” Okafor said. Okafor later thanked the union for its “steady nerves” in the talks.")
    assert [(q.kind, q.mention) for q in doc.quotes] == [("direct", "Okafor"), ("mixed", "Okafor")]


@pytest.mark.rules("scare")
def test_a_short_fragment_with_a_subject_never_quoted_stays_a_scare_quote():
    doc = quotes_of("Okafor later thanked the union for its “steady nerves” in the talks.")
    assert [q.kind for q in doc.quotes] == ["scare"]


@pytest.mark.rules("cue-earlier")
def test_a_fragment_after_but_belongs_to_the_second_clauses_subject():
    doc = quotes_of("The counts are not final, but the mayor's office is already claiming a “clear mandate” for the plan.")
    assert [(q.kind, q.mention) for q in doc.quotes] == [("mixed", "the mayor's office")]


@pytest.mark.rules("fragment-characterised")
def test_a_description_then_the_name_it_describes_opening_the_clause():
    doc = quotes_of("On television, Mr. Lee's campaign chairman, Paul Novak, dismissed the remarks as “talking points.”")
    q = doc.quotes[0]
    assert q.mention == "Mr. Lee's campaign chairman, Paul Novak"
    assert speaker_name(doc, q.speaker_id) == "Paul Novak"


@pytest.mark.rules("cue-earlier")
@pytest.mark.parametrize("body, mention", [
    ("Tom Reyes, the head of the watchdog, charged that the mayor “hid” the files.", "Tom Reyes"),
    ("Another critic, Ana Ruiz, likened the rules to “burning the rulebook.”", "Another critic, Ana Ruiz"),
])
def test_more_verbs_that_cue_a_quoted_fragment(body, mention):
    assert mention_of(body) == mention


@pytest.mark.rules("scare")
def test_charged_cues_speech_only_before_that():
    assert [q for q in quotes_of("Police charged him with “reckless conduct” on Friday.").quotes
            if q.speaker_id is not None] == []


@pytest.mark.rules("cue-earlier")
def test_talked_about_cues_a_fragment_and_aspect_verbs_stand_before_the_cue():
    assert quotes_of("Instead, the statement talked about giving voters the right to “choose the nominee.”").quotes[0].mention \
        == "the statement"
    doc = quotes_of("Secretary Ana Ruiz keeps talking about the “collective power of we” at every stop.")
    assert doc.quotes[0].mention == "Secretary Ana Ruiz"
    # "talks" is a noun as often: "the annual talks" name no speaker
    doc = quotes_of("But Mr. Kerry said the annual talks remained “one of the best chances we have.”")
    assert doc.quotes[0].mention == "Mr. Kerry"


@pytest.mark.rules("scare")
def test_a_passive_characterisation_is_no_ones_words():
    doc = quotes_of("The book, now a movie, is described on Amazon as a “riveting book” about heroes.")
    assert doc.quotes[0].speaker_id is None


@pytest.mark.rules("fragment-characterised")
def test_a_characterising_verb_needs_its_particle():
    body = "Long before, White House officials started to portray the shooting as a “workplace” issue."
    assert mention_of(body) == "White House officials"


@pytest.mark.rules("cue-earlier")
def test_a_fragment_in_an_according_to_account_is_the_sources():
    body = "He went to that debate because, according to Ruiz, the media would call him a “chicken” if he did not."
    assert mention_of(body) == "Ruiz"


@pytest.mark.rules("subject")
@pytest.mark.parametrize("body, who", [
    ("Sanders credited her victory to “a closed primary, something I am not all that enthusiastic about.”", "Sanders"),
    ("Dan Backer, the treasurer of a PAC, has egged on supporters with pep talks like “Bernie will win the most primaries.”",
     "Dan Backer"),
    ("The committee released a statement on Monday, offering “a deep and sincere apology” to the senator.", "The committee"),
])
def test_a_long_quoted_passage_without_a_cue_is_the_words_of_the_sentences_subject(body, who):
    (q,) = quotes_of(body).quotes
    assert (q.kind, q.mention) == ("mixed", who)


@pytest.mark.rules("none")
@pytest.mark.parametrize("body", [
    "The plan would be funded by “closing tax loopholes for the most fortunate.”",  # a passive
    "The island was known as “the poorhouse of the whole Caribbean.”",
    "The energy transition cannot be portrayed simply as “Big Coal against wind and solar power.”",
    "The TV couple's interest in books coined the term “the Richard and Judy effect” last year.",  # a possessor
    "Four of the players joined “the newly formed rugby league side” soon after.",  # a number
])
def test_a_long_quoted_passage_is_not_given_to_a_thing_a_passive_subject_or_a_possessor(body):
    (q,) = quotes_of(body).quotes
    assert q.speaker_id is None


@pytest.mark.rules("cue-earlier", "subject")
def test_a_subject_guessed_for_a_passage_is_not_handed_on_to_the_next_quote_in_the_paragraph():
    body = ("Welsh legend Mervyn Davies hailed the win as “one of the great performances of three decades”. "
            "Martyn Williams, the two-try scorer, called it “one of the most surreal games I have played in”.")
    second = quotes_of(body).quotes[1]
    assert second.mention == "Martyn Williams"


@pytest.mark.rules("subject")
def test_a_first_name_ending_in_ed_opens_a_subject_not_a_participle_phrase():
    body = ("Ted Nordhaus, co-founder of the institute and advocate of an effort to cultivate new technologies, "
            "welcomed “the recognition that we do not have all the technology we need.”")
    (q,) = quotes_of(body).quotes
    assert q.mention == "Ted Nordhaus"


@pytest.mark.parametrize("body, who", [
    pytest.param("Lavish pensions, vacations disguised as “fact-finding trips” and lobbyist money are dumped on them.", None, marks=pytest.mark.rules("scare")),
    pytest.param("The officials dismissed as “ridiculous” the notion that she would quit.", "The officials", marks=pytest.mark.rules("fragment-characterised")),
    pytest.param("Weaver dismissed that suggestion as “disarray” on Monday.", "Weaver", marks=pytest.mark.rules("fragment-characterised")),
])
def test_a_thing_described_as_something_is_no_speaker(body, who):
    (q,) = quotes_of(body).quotes
    assert q.mention == who


@pytest.mark.rules("scare")
def test_a_sentence_adverb_before_a_comma_is_no_name():
    doc = quotes_of("Nevertheless, a survey by analyst Elena Sadovskaya found that “attitudes have worsened.”")
    assert doc.quotes[0].mention != "Nevertheless"


@pytest.mark.parametrize("body, speaker", [
    ("He was called the “fifth child of the group” by the film's director Marc Forster.", "Marc Forster"),
    ("The pirate was called “one of the biggest pirates in the UK” by the sentencing judge.", "sentencing judge"),
    ("Talk of a snap election has been described as “idle speculation” by Downing Street.", "Downing Street"),
])
@pytest.mark.rules("by-agent")
def test_a_quotation_inside_a_passive_is_said_by_its_agent(body, speaker):
    assert who(body) == speaker
