"""Reported speech: cues without quote marks, their subjects and the bounds of what was said.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.conftest import quotes_of


@pytest.mark.rules("reported")
@pytest.mark.parametrize("body, content, speaker", [
    ("The minister said that the economy would grow next year.", "that the economy would grow next year", "minister"),
    ("The economy will grow next year, the minister said.", "The economy will grow next year", "minister"),
    ("According to the report, the economy will grow.", "the economy will grow", "report"),
    ("The plan is dead, according to officials close to the talks.", "The plan is dead", "officials close"),
    ("On Monday, Smith told reporters the plan was dead.", "the plan was dead", "Smith"),
    ("A new poll shows the race is tightening fast.", "the race is tightening fast", "new poll"),
])
def test_reported_speech_is_an_indirect_quote(body, content, speaker):
    doc = quotes_of(body)
    ind = [q for q in doc.quotes if q.kind == "indirect"]
    assert [q.text for q in ind] == [content]
    names = {s.id: s.name for s in doc.speakers}
    assert names[ind[0].speaker_id] == speaker


@pytest.mark.rules("cue-earlier")
def test_sentences_with_quotations_are_not_also_reported_speech():
    doc = quotes_of("Smith said the plan was “a disaster” for everyone involved.")
    assert [q.kind for q in doc.quotes] == ["mixed"]


@pytest.mark.rules("reported")
def test_reported_speech_is_an_opt_in_pass(tmp_path):
    from tui.library import build_index

    (tmp_path / "a.txt").write_text("Title\n\nThe minister said that the economy would grow next year.\n")
    assert [q.kind for q in build_index([tmp_path]).all_quotes()] == []
    assert [q.kind for q in build_index([tmp_path], reported=True).all_quotes()] == ["indirect"]


@pytest.mark.rules("reported")
def test_indirect_quotes_stay_out_of_the_default_output(capsys, tmp_path):
    from tui.cli import main

    (tmp_path / "a.txt").write_text("Title\n\nThe minister said that the economy would grow next year.\n")
    main(["quotes", str(tmp_path), "--format", "jsonl"])
    assert '"quotes": []' in capsys.readouterr().out
    main(["quotes", str(tmp_path), "--format", "jsonl", "--kinds", "indirect"])
    assert '"kind": "indirect"' in capsys.readouterr().out


@pytest.mark.rules("reported")
def test_reported_speech_after_a_leading_conjunction_and_by_quantities():
    doc = quotes_of("But private Chinese companies say they have yet to reap the rewards.")
    assert [(q.kind, q.text) for q in doc.quotes] == [("indirect", "they have yet to reap the rewards")]
    doc = quotes_of("Most said the party should take up the matter next month.")
    assert [q.mention for q in doc.quotes] == ["Most"]


@pytest.mark.rules("reported")
def test_one_subject_reporting_twice():
    # ("rejected the idea" reports no speech: see test_a_stance_verb_reports_a_clause_never_its_object)
    doc = quotes_of("Ms. Conway denied reports of a shake-up and said that Mr. Manafort stays.")
    assert [(q.text, q.cue, q.mention) for q in doc.quotes] == [
        ("reports of a shake-up", "denied", "Ms. Conway"),
        ("that Mr. Manafort stays", "said", "Ms. Conway"),
    ]


@pytest.mark.parametrize("body, content, mention", [
    # a participle hands the clause subject to its complement
    pytest.param("Trump mocked her record on Monday, saying she would be a weak president.",
     "she would be a weak president", "Trump", marks=pytest.mark.rules("reported")),
    # a cue coordinated with an earlier verb of the same subject
    pytest.param("Ms. Conway met donors on Monday and said that Mr. Manafort was not being sidelined.",
     "that Mr. Manafort was not being sidelined", "Ms. Conway", marks=pytest.mark.rules("reported")),
    # a reporting clause coordinated after a comma
    pytest.param("Voters see the campaign as unfair, and nearly three in five said they are less likely to vote.",
     "they are less likely to vote", "nearly three in five", marks=pytest.mark.rules("reported")),
    # a fronted phrase that is not in the list of fronting words
    pytest.param("Among owners who see an upside, Mr. Schmidt said he was building a new clubhouse.",
     "he was building a new clubhouse", "Mr. Schmidt", marks=pytest.mark.rules("reported")),
    # a word that may be a cue ("state") before the real one does not stop the search
    pytest.param("Bill Bruch, a Washington state delegate, said he called the chairman earlier this month.",
     "he called the chairman earlier this month", "Bill Bruch", marks=pytest.mark.rules("reported")),
    # verbs of stance and intention
    pytest.param("The senator wants to expand the program to every county in the state.",
     "to expand the program to every county in the state", "The senator", marks=pytest.mark.rules("reported")),
    pytest.param("A group of rabbis called for a boycott of his speech in Washington.",
     "a boycott of his speech in Washington", "A group of rabbis", marks=pytest.mark.rules("reported")),
    # a complement after adjuncts: the content starts at "that"
    pytest.param("Courted by most candidates, Adelson said earlier on Friday during a news conference that he may wait.",
     "that he may wait", "Adelson", marks=pytest.mark.rules("reported")),
    # a focus adverb before the subject
    pytest.param("Even the organizer of the rally said the city's rules increased the chance of violence.",
     "the city's rules increased the chance of violence", "the organizer of the rally", marks=pytest.mark.rules("reported")),
    # subordinate and progressive clauses, quantities with an adverb
    pytest.param("The boss was upset, though he added that he expected the flap to fade quickly.",
     "that he expected the flap to fade quickly", "he", marks=pytest.mark.rules("reported")),
    pytest.param("But Sanders is suggesting he beat expectations in the state.", "he beat expectations in the state", "Sanders", marks=pytest.mark.rules("reported")),
    pytest.param("Nearly half said they prefer someone who has experience in politics.",
     "they prefer someone who has experience in politics", "Nearly half", marks=pytest.mark.rules("reported")),
    # a long subject opening the sentence: prepositional phrases, a list of places
    pytest.param("Most farmers in Kent, Essex and Sussex said they had lost money on the harvest.",
     "they had lost money on the harvest", "Most farmers in Kent, Essex and Sussex", marks=pytest.mark.rules("reported")),
    pytest.param("A new survey of the city's landlords found that rents rose by a tenth.",
     "that rents rose by a tenth", "A new survey of the city's landlords", marks=pytest.mark.rules("reported")),
    # a description then a name in apposition: the whole phrase is the mention
    pytest.param("Her deputy, Ann Hollis, said the budget would be cut in the spring.",
     "the budget would be cut in the spring", "Her deputy, Ann Hollis", marks=pytest.mark.rules("reported")),
    # a restrictive relative clause inside the subject
    pytest.param("Two engineers who worked on the bridge said the cables were never tested.",
     "the cables were never tested", "Two engineers who worked on the bridge", marks=pytest.mark.rules("reported")),
    # a post-modifier after the head noun: the person, not the object of "close to"
    pytest.param("The mayor will not run again, a source close to him said.",
     "The mayor will not run again", "a source close to him", marks=pytest.mark.rules("reported")),
    # a demonstrative opening the sentence
    pytest.param("That official said the airport would reopen on Friday.", "the airport would reopen on Friday", "That official", marks=pytest.mark.rules("reported")),
    # an inverted cue whose speaker has an apposition ends the content before it
    pytest.param("The plan was never funded, said Tom Reyes, a lecturer in economics at the university.",
     "The plan was never funded", "Tom Reyes", marks=pytest.mark.rules("reported")),
    # an aside between dashes before the cue
    pytest.param("The governor -- who has clashed with the unions for years -- said the strike would end soon.",
     "the strike would end soon", "The governor", marks=pytest.mark.rules("reported")),
    # a possessive inside a coordinated subject
    pytest.param("The agency and its lawyers say that the records were never destroyed.",
     "that the records were never destroyed", "The agency and its lawyers", marks=pytest.mark.rules("reported")),
    # a clause opener without a comma before the reporting subject
    pytest.param("The vote took place as a new survey showed the mayor trailing by ten points.",
     "the mayor trailing by ten points", "a new survey", marks=pytest.mark.rules("reported")),
    # a participle after a dash takes the clause's subject
    pytest.param("Ms. Park changed her answer on the spot – saying she had misread the question entirely.",
     "she had misread the question entirely", "Ms. Park", marks=pytest.mark.rules("reported")),
    # "according to" with a source phrase longer than its noun phrase, after a conjunction, without commas
    pytest.param("According to the city audit office, the pool was closed for most of the summer.",
     "the pool was closed for most of the summer", "the city audit office", marks=pytest.mark.rules("reported")),
    pytest.param("But, according to the survey, most tenants plan to stay another year.",
     "most tenants plan to stay another year", "the survey", marks=pytest.mark.rules("reported")),
    pytest.param("The firm lost two major clients last spring according to a filing with the regulator.",
     "The firm lost two major clients last spring", "a filing", marks=pytest.mark.rules("reported")),
    pytest.param("According to recent polling, the incumbent is leading in every district.",
     "the incumbent is leading in every district", "recent polling", marks=pytest.mark.rules("reported")),
    # quantities as subjects: an adverb before the number, a percentage
    pytest.param("About 3 in 10 say they would move abroad for a better job.", "they would move abroad for a better job", "About 3 in 10", marks=pytest.mark.rules("reported")),
    pytest.param("On housing, 42% say they rent rather than own their homes.", "they rent rather than own their homes", "42%", marks=pytest.mark.rules("reported")),
    # a capitalised common noun opening the sentence, with a "to" phrase
    pytest.param("Advisers to Mendez say she will announce her decision next week.",
     "she will announce her decision next week", "Advisers to Mendez", marks=pytest.mark.rules("reported")),
    # an idiomatic opener, and a cue coordinated with "but"
    pytest.param("That said, most teachers say the new timetable works well enough.",
     "the new timetable works well enough", "most teachers", marks=pytest.mark.rules("reported")),
    pytest.param("The bakery keeps its recipes secret but says its sales have doubled since May.",
     "its sales have doubled since May", "The bakery", marks=pytest.mark.rules("reported")),
    # a cue inside a fronted participial phrase is not the sentence's report
    pytest.param("Asked if she believed the rumours, Ms. Hale said she would not jump to that conclusion.",
     "she would not jump to that conclusion", "Ms. Hale", marks=pytest.mark.rules("reported")),
    # the report ends where its subject acts again ("…, and has …")
    pytest.param("Mr. Obi insists the port must stay public, and has opposed every sale since 2010.",
     "the port must stay public", "Mr. Obi", marks=pytest.mark.rules("reported")),
    # an object, then the reported clause: not a bare "told reporters"
    pytest.param("While the talks dragged on, Ms. Ruiz told reporters this was the last offer.",
     "this was the last offer", "Ms. Ruiz", marks=pytest.mark.rules("reported")),
    # a quoted title in the sentence does not hand it to the quotation rules
    pytest.param("Before the vote, Mr. Obi told the station’s “Morning Call” that the tax would fall.",
     "that the tax would fall", "Mr. Obi", marks=pytest.mark.rules("reported", "title")),
    # the report ends at "…, but …"
    pytest.param("The minister said the tax would fall next year, but the treasury disagreed.",
     "the tax would fall next year", "The minister", marks=pytest.mark.rules("reported")),
])
def test_reported_speech_rules(body, content, mention):
    doc = quotes_of(body)
    assert [(q.kind, q.text, q.mention) for q in doc.quotes if q.kind != "scare"] == [("indirect", content, mention)]


@pytest.mark.rules()
def test_a_cue_word_used_as_a_noun_after_a_name_opens_no_report():
    # "state" after "Washington" is part of the description, not a verb
    doc = quotes_of("Ms. Lee, a Washington state official, will decide the matter this week.")
    assert doc.quotes == ()


@pytest.mark.rules("reported")
def test_a_new_subject_reporting_after_comma_and_starts_a_second_report():
    doc = quotes_of(
        "The mayor has said little about the tunnel this year, and people close to the project say the money has run out.")
    assert [(q.text, q.mention) for q in doc.quotes] == [
        ("little about the tunnel this year", "The mayor"),
        ("the money has run out", "people close to the project"),
    ]


@pytest.mark.rules("reported")
def test_closing_pronoun_attribution_defers_to_the_reporting_subject():
    doc = quotes_of(
        "Mr. Ortiz spoke first. Several other growers said they would sell the land within a year, they said.")
    assert [(q.text, q.mention) for q in doc.quotes] == [("they would sell the land within a year", "Several other growers")]


@pytest.mark.rules("reported")
def test_stance_verbs_report_and_verbs_with_mostly_non_speech_objects_do_not():
    doc = quotes_of("The union denounced the new shift rules for warehouse staff.")
    assert [(q.kind, q.text, q.mention) for q in doc.quotes] == [
        ("indirect", "the new shift rules for warehouse staff", "The union")]
    assert quotes_of("The governor declared victory in the three northern counties.").quotes == ()


@pytest.mark.rules()
def test_a_cue_word_inside_a_possessive_is_no_cue():
    assert quotes_of("The former secretary of state’s approach won over the union leaders in the end.").quotes == ()


@pytest.mark.rules()
@pytest.mark.parametrize("body", [
    "Despite the slump, the mayor remains popular, with support above 60 percent in most polls.",
    "The storm renewed fears along the northern coast of the island.",
    "The students organised a party called Night Market at an old warehouse downtown.",
    "She recently called in to a radio show about the plans for the park.",
])
def test_cue_words_used_as_nouns_or_for_naming_report_nothing(body):
    assert [q for q in quotes_of(body).quotes if q.kind == "indirect"] == []


@pytest.mark.rules("cue-after", "participle")
def test_a_participle_after_a_quotes_attribution_reports_more_from_the_same_speaker():
    doc = quotes_of(
        "“The plan will not work,” Ms. Ruiz said, suggesting that the council should wait another year.")
    assert [(q.kind, q.text, q.mention, q.cue) for q in doc.quotes] == [
        ("direct", "The plan will not work,", "Ms. Ruiz", "said"),
        ("indirect", "the council should wait another year", "Ms. Ruiz", "suggesting"),
    ]


@pytest.mark.rules("cue-earlier", "participle")
def test_a_coordinated_cue_after_a_quoted_fragment_reports_more_from_the_same_speaker():
    doc = quotes_of(
        "The ministry said it was “deeply concerned” by the vote and urged both parties to return to talks.")
    assert [(q.kind, q.text, q.mention, q.cue) for q in doc.quotes] == [
        ("mixed", "deeply concerned", "The ministry", "said"),
        ("indirect", "both parties to return to talks", "The ministry", "urged"),
    ]


@pytest.mark.rules("reported")
def test_a_report_interrupted_by_its_attribution_is_two_pieces():
    doc = quotes_of("The old mill was profitable, Ms. Ortiz said, until the river flooded in 1998.")
    assert [(q.kind, q.text, q.mention) for q in doc.quotes] == [
        ("indirect", "The old mill was profitable", "Ms. Ortiz"),
        ("indirect", "until the river flooded in 1998", "Ms. Ortiz"),
    ]


@pytest.mark.rules("reported")
def test_coordinated_reports_with_a_new_subject_or_the_same_one():
    doc = quotes_of(
        "Most parents said the new bus routes were safer, while several teachers said the timetable was too tight.")
    assert [(q.text, q.mention) for q in doc.quotes] == [
        ("the new bus routes were safer", "Most parents"),
        ("the timetable was too tight", "several teachers"),
    ]
    doc = quotes_of("The mayor said the bridge would open in May, and urged drivers to plan other routes.")
    assert [(q.text, q.cue) for q in doc.quotes] == [
        ("the bridge would open in May", "said"),
        ("drivers to plan other routes", "urged"),
    ]


@pytest.mark.rules("reported")
def test_and_with_a_new_reporting_subject_starts_a_second_report():
    doc = quotes_of(
        "Several council members have said they will vote against the budget and others have said they are undecided.")
    assert [(q.text, q.mention) for q in doc.quotes] == [
        ("they will vote against the budget", "Several council members"),
        ("they are undecided", "others"),
    ]


@pytest.mark.rules()
@pytest.mark.parametrize("body", [
    "The US state of Ohio has filed a lawsuit against the two companies.",
    "A Texas report on the flood was published in the spring of that year.",
])
def test_a_bare_cue_form_after_a_singular_name_is_a_noun(body):
    assert [q for q in quotes_of(body).quotes if q.kind == "indirect"] == []


@pytest.mark.rules("reported")
def test_a_bare_cue_form_after_a_plural_name_is_a_verb():
    doc = quotes_of("Democrats say the bill will pass before the summer recess.")
    assert [(q.kind, q.mention) for q in doc.quotes] == [("indirect", "Democrats")]


@pytest.mark.rules("reported")
def test_a_negated_auxiliary_sits_between_subject_and_cue():
    doc = quotes_of("Ms. Ortiz hasn't said whether she will run for the seat again.")
    assert [(q.text, q.mention) for q in doc.quotes] == [("whether she will run for the seat again", "Ms. Ortiz")]


@pytest.mark.rules("reported")
@pytest.mark.parametrize("body, reported", [
    # a stance verb's object is no report of what he said: the reader must not copy it as Blair's
    ("Tony Blair has rejected calls for the publication of advice on the war. Blair said the war was legal.",
     ["the war was legal"]),
    ("Kevin Keegan has praised striker Robbie Fowler for his return to form. Keegan said Fowler was back.",
     ["Fowler was back"]),
    # the same verbs with a clause after them report one
    ("Mr Ebbers rejected claims he was paid by the firm.", ["claims he was paid by the firm"]),
    ("The minister rejected that the plan had failed.", ["that the plan had failed"]),
])
def test_a_stance_verb_reports_a_clause_never_its_object(body, reported):
    doc = quotes_of(body)
    assert [q.text for q in doc.quotes if q.kind == "indirect"] == reported
