"""The speaker rules that find a cue next to the quote: after it, before it, earlier in its sentence,
in a lead-in, a label or a signature.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.conftest import quotes_of
from tests.unit.attribution.helpers import mention_of, who


@pytest.mark.rules("cue-after")
def test_cue_after_quote():
    assert who("“We will win,” Smith said.") == "Smith"


@pytest.mark.rules("cue-before")
def test_cue_before_quote():
    assert who("Jeon said, “This is a deceptive act.”") == "Jeon"


@pytest.mark.rules("cue-before")
def test_participle_takes_the_clause_subject():
    assert who("The ministry issued a statement Monday, saying, “We condemn it.”") == "ministry"


@pytest.mark.rules("cue-earlier")
def test_mixed_quote_takes_reporting_clause_subject():
    doc = quotes_of("The government condemned the move, calling it an “admission of a criminal act.”")
    assert doc.quotes[0].kind == "mixed"
    assert who("The government condemned the move, calling it an “admission of a criminal act.”") == "government"


@pytest.mark.rules("cue-earlier")
def test_possessive_speech_noun():
    assert who("Regarding Russia’s claim that its actions “fully conform to the treaty,” officials were silent.") == "Russia"


@pytest.mark.rules("cue-before")
def test_according_to():
    assert who("According to the White House, “the meeting went well.”") == "White House"


@pytest.mark.rules("later-in-sentence")
def test_attribution_later_in_the_sentence():
    assert who("The plan was “a disaster for everyone,” in the view of many, Smith said.") == "Smith"


@pytest.mark.rules("colon-lead")
def test_colon_hands_over_to_the_quote():
    assert who("Senator Jane Doe had a message for voters: “Go vote.”") == "Jane Doe"


@pytest.mark.rules("cue-earlier", "reported")
def test_new_sentence_after_a_full_quote_is_not_an_attribution():
    body = "Japan called it an “outlaw nation.” Russia insisted that it stop."
    assert who(body) == "Japan"


@pytest.mark.rules("cue-before")
def test_cue_introducing_next_quote_is_not_for_the_previous_one():
    body = "Smith wrote, “Nice to meet you.” Jones replied, “Likewise.”"
    assert who(body, 0) == "Smith"
    assert who(body, 1) == "Jones"


@pytest.mark.rules("cue-before")
def test_cue_prepositions_from_the_lexicon():
    assert who("In the words of one senior aide, “We are lost.”") == "one senior aide"


@pytest.mark.rules("cue-after")
def test_as_x_said_after_the_quote():
    assert who("The fact that the race “is a dead heat right now,” as Cruz said on Monday, helps him.") == "Cruz"


@pytest.mark.rules()
def test_passive_cue_has_no_speaker_as_subject():
    doc = quotes_of("At a town hall last week, Clinton was asked about securing the border.")
    assert doc.quotes == ()


@pytest.mark.rules("none", "transcript")
def test_transcript_label_names_the_speaker():
    assert who("“PENCE: Well, the question really should be why they invited him.”") == "Pence"
    # a capitalised word and a colon in a short quote is no transcript
    doc = quotes_of("“USA: the best country” was on the sign.")
    assert all(q.mention != "USA" for q in doc.quotes)


@pytest.mark.rules("cue-after", "cue-before")
def test_a_comma_quote_keeps_its_cue_that_also_introduces_the_next():
    doc = quotes_of("“If she gets to pick her judges, nothing you can do,” Trump said before adding: “Maybe there is.”")
    assert [q.mention for q in doc.quotes] == ["Trump", "Trump"]


@pytest.mark.rules("cue-after", "cue-earlier")
def test_said_to_a_listener_is_a_bare_attribution_but_continue_to_is_not():
    assert who("“Sometimes we need our fix!” Clinton said to People.") == "Clinton"
    doc = quotes_of("Proponents say the department would act as an “umpire.” Students would continue to take tests.")
    assert all(q.mention != "Students" for q in doc.quotes)


@pytest.mark.rules("colon-lead")
def test_a_dash_hands_the_clause_subject_to_the_quote():
    assert who("Trump also embraced harsh techniques -- “I think waterboarding is peanuts.”") == "Trump"


@pytest.mark.rules("cue-after-sentence")
def test_according_to_right_after_the_quote():
    doc = quotes_of("Brown will meet his golden rule “with a margin to spare”, according to his former adviser.")
    assert [(q.kind, q.mention) for q in doc.quotes] == [("mixed", "his former adviser")]


@pytest.mark.rules("cue-before", "cue-earlier")
def test_a_participle_coordinated_with_an_earlier_one_shares_its_subject():
    doc = quotes_of('Rivals piled on, with Ana Diaz posting that it was a "fiasco" for the city and asking, "Who will pay for this?"')
    assert [(q.text, q.mention) for q in doc.quotes] == [("fiasco", "Ana Diaz"), ("Who will pay for this?", "Ana Diaz")]


@pytest.mark.rules("cue-after", "cue-earlier")
def test_a_cue_noun_after_its_verb_defers_to_the_verbs_subject():
    doc = quotes_of("The chef is “a genius,” Ana Ruiz wrote in an email to the editor, and “impossible to work with.”")
    assert [q.mention for q in doc.quotes] == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.rules("none")
def test_a_dateline_before_a_dash_does_not_hand_over_a_quote():
    doc = quotes_of('AUSTIN --  "The games begin. The games end. The town goes on."')
    assert doc.quotes[0].speaker_id is None


@pytest.mark.rules("dash-label")
def test_a_name_between_a_dash_and_the_colon_says_the_quote():
    assert who("Forecasters agree - Dana Shaw: “Keep calling voters as late as you can.”") == "Dana Shaw"


@pytest.mark.rules("cue-before")
def test_a_participle_after_a_prepositional_object_takes_the_clause_subject():
    assert who("Roe responded to the question on Facebook writing, “Yes, I will. That was a poor choice.”") == "Roe"
    assert who("With Roe reportedly yelling, “Get out of here now!” the meeting ended.") == "Roe"


@pytest.mark.rules("continuation", "cue-after", "signed-below")
def test_a_quotation_signed_in_the_next_paragraph():
    body = ("“We can win it,” Reid said.\n“Great speech. She is ready. She never quits.”\n"
            "-President Obama, tweeting after the speech.\n“The whole idea needs to stop.”\n— Michelle Marks, Philadelphia.")
    assert [q.mention for q in quotes_of(body).quotes] == ["Reid", "President Obama", "Michelle Marks"]
    # a dash opening the next paragraph signs nothing unless a name follows it
    body = "“We can win it,” Reid said.\n“And we will.”\n- and then the crowd went home."
    assert [q.mention for q in quotes_of(body).quotes] == ["Reid", "Reid"]


@pytest.mark.rules("cue-earlier")
def test_the_subject_of_a_fronted_when_clause_that_reports():
    body = "When Mayor Ruiz later turned to the flood and said she would “rebuild every home,” the crowd cheered."
    assert mention_of(body) == "Mayor Ruiz"


@pytest.mark.rules("cue-earlier", "later-in-sentence")
def test_a_cue_before_a_fragment_beats_a_new_statement_later_in_the_sentence():
    body = "Although Reyes says that the mayor “broke the story” of the flood, others argue that he did not."
    assert mention_of(body) == "Reyes"
    # a bare attribution closing the sentence still wins
    body = "Reyes said the mayor had “broken the story” of the flood, Ms. Ortiz noted."
    assert mention_of(body) == "Ms. Ortiz"


@pytest.mark.rules("cue-earlier")
def test_the_subject_of_a_passive_cue_hears_the_quote():
    body = 'According to the company playbook, its salesmen were told, "You do not sell products. You sell feelings."'
    assert mention_of(body) == "the company playbook"


@pytest.mark.rules("colon-lead")
def test_whose_post_a_colon_opens():
    assert quotes_of('From Bush\'s Facebook post: "For the sake of our party, we must move on."').quotes[0].mention == "Bush"


@pytest.mark.rules("asked")
def test_asked_by_someone_a_quoted_word_is_the_askers():
    assert quotes_of('Asked by Thrush if Clinton "gets" race, Sharpton avoided a direct answer.').quotes[0].mention == "Thrush"


@pytest.mark.rules("cue-after", "cue-earlier")
def test_an_inverted_cue_opens_a_clause_its_subject_follows():
    body = '"There is not a lot you can do," said a retired judge who described the case as "a lesser matter."'
    assert [q.mention for q in quotes_of(body).quotes] == ["a retired judge", "a retired judge"]


@pytest.mark.rules("cue-earlier", "none")
def test_a_passive_cue_with_to_still_names_the_speaker_and_was_asked_names_none():
    body = 'Then deputy chairman Howard Flight was reported to have suggested Mr Howard was planning bigger "cuts".'
    assert mention_of(body) == "deputy chairman Howard Flight"
    body = 'Wheelchair user Kevin Donnellon was asked: "Why on earth do you want them?"'
    assert quotes_of(body).quotes[0].speaker_id is None


@pytest.mark.rules("question")
def test_a_quote_inside_an_asked_clause_is_the_questions_not_the_answerers():
    doc = quotes_of("Asked if Sanders is “realistic enough to serve effectively as president,” 72 percent of "
                    "Democrats said yes while 48 percent overall agreed.")
    (q,) = doc.quotes
    assert (q.kind, q.speaker_id) == ("mixed", None)


@pytest.mark.rules("cue-before")
@pytest.mark.parametrize("body, who", [
    ("Asked whether he would run, Smith said, “Never. Not this year.”", "Smith"),
    ("Ann Lee was there. Asked if she was nervous she said: “It is out of my hands, there is nothing I can do.”", "she"),
])
def test_the_answer_after_an_asked_clause_is_the_answerers(body, who):
    (q,) = quotes_of(body).quotes
    assert (q.kind, q.mention) == ("direct", who) and q.speaker_id is not None


@pytest.mark.rules("cue-after", "paragraph-speaker")
def test_a_present_progressive_after_a_quote_is_no_attribution():
    doc = quotes_of("“He fully supports the policies,” said the statement. “However, he will not stand again.” "
                    "Mr Kruger is continuing in his job at the headquarters.")
    assert [q.mention for q in doc.quotes] == ["the statement", "the statement"]


@pytest.mark.rules("cue-after-sentence")
def test_a_long_quote_opening_its_sentence_keeps_its_cue_without_the_comma():
    (q,) = quotes_of("The survey found growth. “Music players are becoming a mainstream technology for consumers” "
                     "said Lee Rainie, director of the project.").quotes
    assert q.mention == "Lee Rainie"


@pytest.mark.parametrize("body, speaker", [
    pytest.param("“We will never give up,” Smith interjected.", "Smith", marks=pytest.mark.rules("verb-after")),
    pytest.param("“We will never give up,” Smith interjected angrily at the meeting.", "Smith",
                 marks=pytest.mark.rules("verb-after")),
    pytest.param("“Yes,” the spokesman nods.", "spokesman", marks=pytest.mark.rules("verb-after")),
    pytest.param("“You can call it a peace dividend,” smiles one broker.", "one broker",
                 marks=pytest.mark.rules("verb-after")),
    pytest.param("“Don't you care?”, implored the campaigner Barry Lim.", "Barry Lim",
                 marks=pytest.mark.rules("verb-after")),
    # a mixed quote too: "the report found"
    pytest.param("The university had “too much freedom to spend public money as it wished,” the report found.",
                 "report", marks=pytest.mark.rules("verb-after")),
])
def test_a_speaker_and_any_verb_closing_the_sentence_attribute_the_quote(body, speaker):
    assert who(body) == speaker


@pytest.mark.parametrize("body", [
    pytest.param("The chosen name, “Shinnama” or “new draft,” disguises its non-beer nature.",
                 marks=pytest.mark.rules("short-title", "scare")),  # a verb and its object, not an inverted attribution
    pytest.param("“We will never give up,” Smith signed the bill.", marks=pytest.mark.rules("none")),
    pytest.param("“Game of Thrones,” the hit series, returns.", marks=pytest.mark.rules("title-case")),
])
def test_a_verb_with_an_object_or_a_title_is_no_attribution(body):
    assert all(q.speaker_id is None for q in quotes_of(body).quotes)


@pytest.mark.parametrize("body, speaker", [
    ("“We will never give up on this country.” ― Jane Smith", "Jane Smith"),
    ("“We will never give up on this country.” — Jane Smith, Boston", "Jane Smith"),
    ("“Carnival has an incredibly strong track record,” Mr Champion.", "Champion"),
])
@pytest.mark.rules("signed")
def test_a_name_alone_after_the_quotation_signs_it(body, speaker):
    assert who(body) == speaker


@pytest.mark.parametrize("body, speaker", [
    ("The ministry issued a statement, “We condemn this act in the strongest terms.”", "ministry"),
    ("Smith reacted coolly to the deal, “It changes nothing for us.”", "Smith"),
])
@pytest.mark.rules("comma-lead")
def test_a_clause_whatever_its_verb_then_a_comma_hands_a_quoted_sentence_to_its_subject(body, speaker):
    assert who(body) == speaker


@pytest.mark.parametrize("body", [
    "In the statement, “We condemn this act in the strongest terms.”",  # no clause: an adverbial
    "Smith was asked, “Will you run again?”",  # a passive: someone else speaks
    "After the vote, “Nothing changed at all.”",
])
@pytest.mark.rules("none")
def test_a_lead_in_without_a_subject_and_its_verb_names_no_speaker(body):
    assert who(body) is None


@pytest.mark.parametrize("body, speaker", [
    pytest.param("“It was a mistake,” Reuters quoted one trader as saying.", "one trader",
                 marks=pytest.mark.rules("cue-after")),
    pytest.param("“It was a mistake,” the agency quoted Peoplesoft worker David Ogden as saying.", "David Ogden",
                 marks=pytest.mark.rules("cue-after")),
    pytest.param("Reuters quoted one trader as saying: “It was a mistake.”", "one trader",
                 marks=pytest.mark.rules("cue-before")),
    pytest.param("“It was a mistake,” Braynard is quoted as saying.", "Braynard", marks=pytest.mark.rules("cue-after")),
    pytest.param("Qantas may move jobs, with Mr Dixon quoted as saying that it could not stay “all-Australian.”",
                 "Dixon", marks=pytest.mark.rules("cue-earlier")),
    pytest.param("Geoff Dixon was quoted by The Australian newspaper as saying the carrier could not stay “all-Australian.”",
                 "Geoff Dixon", marks=pytest.mark.rules("cue-earlier")),
])
def test_the_one_quoted_as_saying_speaks_not_who_quotes_them(body, speaker):
    assert who(body) == speaker


@pytest.mark.rules("cue-before")
def test_with_someone_saying_credits_that_someone():
    assert who("Downing Street defended the honours, with a spokesperson saying: “Look at their whole career.”") \
        == "spokesperson"


@pytest.mark.parametrize("body, speaker", [
    pytest.param("Minister Says Of Budget, “We will cut taxes next year.”", "Minister", marks=pytest.mark.rules("cue-before")),
    pytest.param("Obama Tells Graduates: “Go out and vote in every election.”", "Obama", marks=pytest.mark.rules("cue-before")),
    pytest.param("Clinton Says Russians Hacked DNC, Calls Trump’s Remarks “Troubling”", "Clinton",
                 marks=pytest.mark.rules("cue-earlier")),
])
def test_a_headline_in_title_case_has_its_cue_in_title_case_too(body, speaker):
    assert who(body) == speaker


@pytest.mark.parametrize("body", [
    # a bare form in a headline may be the noun: "Talk" is no cue here
    pytest.param("Gingrich Takes Talk Of Being The Running Mate “Very Seriously”", marks=pytest.mark.rules("title-case")),
    # a title-case name in a headline is a name, whatever verb follows it
    pytest.param("“Broad City” Star Asked Actors To Act Whiter To Make A Point.", marks=pytest.mark.rules("title-case")),
    # a line in capitals: any word may be a verb there
    pytest.param("EUROPEANS ASK IF VIOLENCE IS THE NEW NORMAL “in less than two weeks of attacks”",
                 marks=pytest.mark.rules("none")),
])
def test_a_headline_word_that_may_be_a_noun_or_a_name_is_no_cue(body):
    assert all(q.speaker_id is None for q in quotes_of(body).quotes)


@pytest.mark.rules("cue-earlier")
def test_a_participle_after_a_relative_clause_goes_with_its_antecedent():
    # not "This echoed the views of Oscars host": the one the relative clause is about
    doc = quotes_of("This echoed the views of Oscars host and comedian Chris Rock, who whipped up a storm "
                    "for saying he rarely watched them, calling award shows “idiotic”.")
    (q,) = doc.quotes
    sp = {s.id: s for s in doc.speakers}[q.speaker_id]
    assert (sp.name, sp.roles) == ("Chris Rock", ("Oscars host and comedian",))
