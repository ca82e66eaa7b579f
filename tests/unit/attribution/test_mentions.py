"""The words that name a speaker: where the noun phrase starts and ends, and what is name, role or neither.

Each test names the rules (:class:`tui.attribution.Rule`) that decide its quotes
(``@pytest.mark.rules``; checked in ``conftest.py``)."""

import pytest

from tests.conftest import article_from, quotes_of
from tests.unit.attribution.helpers import mention_of, speaker_name, who


@pytest.mark.rules("cue-after")
def test_inverted_cue_after_quote_with_apposition():
    doc = quotes_of("“We will win,” said Jane Smith, spokeswoman for the Ministry of Finance, on Monday.")
    q = doc.quotes[0]
    sp = next(s for s in doc.speakers if s.id == q.speaker_id)
    assert sp.name == "Jane Smith"
    assert q.role == "spokeswoman for the Ministry of Finance"


@pytest.mark.rules("cue-after")
def test_subject_with_apposition_before_cue():
    doc = quotes_of("“It is over,” Jeon Ha-kyu, spokesperson for the Ministry of National Defense, said in a briefing.")
    assert doc.speakers[0].name == "Jeon Ha-kyu"
    assert doc.quotes[0].role == "spokesperson for the Ministry of National Defense"


@pytest.mark.rules("cue-after")
def test_title_before_name_becomes_role():
    doc = quotes_of("“Fine,” said Secretary of State John Kerry.")
    assert doc.speakers[0].name == "John Kerry"
    assert doc.quotes[0].role == "Secretary of State"


@pytest.mark.rules("cue-after")
def test_parenthesised_party_and_state():
    assert who("“We are done,” Sen. Chuck Schumer (D-N.Y.) said Tuesday.") == "Chuck Schumer"


@pytest.mark.rules("cue-after")
def test_one_of_is_a_description_not_a_pronoun():
    doc = quotes_of("“We lost,” said one of those advisers, who spoke on condition of anonymity.")
    assert doc.quotes[0].mention == "one of those advisers"
    assert doc.quotes[0].resolution == "description"


@pytest.mark.rules("cue-after")
def test_capitalised_modal_is_a_name():
    doc = quotes_of("“It is expensive,” said Will Doyle, a professor of education.")
    assert doc.speakers[0].name == "Will Doyle"
    assert doc.quotes[0].role == "a professor of education"


@pytest.mark.rules("cue-after")
def test_a_determiner_is_never_taken_for_a_name():
    doc = quotes_of("The ministers agreed on Monday.\n“We are ready,” he said.")
    assert all(s.name != "The" for s in doc.speakers)


@pytest.mark.rules("cue-earlier")
def test_possessive_apposition_is_a_role():
    assert who("Even China, Pyongyang's only ally, said it was “resolutely opposed” to the test.") == "China"


@pytest.mark.rules("cue-earlier")
def test_a_participle_after_an_article_is_an_adjective():
    doc = quotes_of("After a swiftly called meeting, the council issued a statement calling the test “a clear violation.”")
    names = {s.id: s.name for s in doc.speakers}
    assert [names.get(q.speaker_id) for q in doc.quotes] == ["council"]


@pytest.mark.rules("cue-before")
def test_subject_of_a_subordinate_clause():
    doc = quotes_of("Clinton was speaking in Purchase when Sanders protesters interrupted her, shouting “she wins, we lose!”")
    assert [q.mention for q in doc.quotes] == ["Sanders protesters"]


@pytest.mark.rules("cue-earlier", "scare")
def test_possessive_pronoun_before_a_speech_noun_is_the_clause_subject():
    assert who("Sanders has consistently pushed his promise of “free college” in the state.") == "Sanders"
    # no verb between the name and "his": no subject to take
    doc = quotes_of("Contrary to his claim that people would “learn nothing,” there is much to learn.")
    assert [q.mention for q in doc.quotes] != ["Contrary"]


@pytest.mark.rules("cue-earlier")
def test_city_and_state_after_a_name():
    assert who("Stacy Baker of Columbia, South Carolina says Cruz can win if he keeps “doing what he’s doing.”") \
        == "Stacy Baker"
    assert who("Speaking in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”") == "Trump"


@pytest.mark.rules("colon-lead", "cue-in-sentence")
def test_long_prepositional_opener_and_a_date_are_skipped():
    assert who("On the eve of his election to a fourth term as prime minister in March, Netanyahu rallied"
               " supporters by warning that “the rule of the right is in danger” to all.") == "Netanyahu"
    assert who("On July 6, 2015, Sanders made the following comment:\n“For young people the rate is high.”") \
        == "Sanders"


@pytest.mark.rules("cue-after")
def test_a_possessive_never_names_a_speaker():
    doc = quotes_of("Clinton’s campaign chief spoke first.\n“We are ready,” Clinton said.")
    names = {s.name for s in doc.speakers}
    assert "Clinton" in names and not any(n.endswith(("’s", "'s")) for n in names)


@pytest.mark.rules("cue-after", "cue-before")
def test_a_contracted_pronoun_is_a_pronoun():
    doc = quotes_of("“We will win,” said Ann Lee.\nShe’s predicting “a landslide in November.”")
    names = {s.id: s.name for s in doc.speakers}
    assert [(q.mention, names.get(q.speaker_id)) for q in doc.quotes][1] == ("She", "Ann Lee")


@pytest.mark.rules("cue-after")
def test_a_relative_clause_is_no_role():
    doc = quotes_of("“We will win,” said Ben Carson, who will address the convention on Monday.")
    assert doc.quotes[0].role is None and doc.speakers[0].roles == ()


@pytest.mark.rules("cue-earlier")
def test_an_embedded_possessor_gives_way_to_the_reporting_subject():
    assert who("Politifact then ruled that Trump’s statement about “thousands of shootings” was true.") == "Politifact"
    # with no reporting verb before it, the possessor is the speaker
    assert who("Regarding North Korea’s claim that its actions “fully conform” to the treaty, officials were silent.") \
        == "North Korea"


@pytest.mark.rules("colon-lead")
def test_a_name_after_a_preposition_before_a_colon_is_no_speaker():
    assert who("Senate leader Mitch McConnell delivered a blunt message to Trump: “It is time to stop.”") \
        == "Mitch McConnell"
    assert who("More from Jones: “The partisanship of the state is a starting point.”") == "Jones"


@pytest.mark.rules("cue-after", "cue-earlier")
def test_nouns_that_name_no_one_are_no_speaker():
    doc = quotes_of("“We did it,” Sanders said, suggesting a few questions, including “why not?”")
    assert all(q.mention != "a few" for q in doc.quotes)


@pytest.mark.rules("reported")
def test_a_place_and_its_region_inside_an_apposition():
    doc = quotes_of("Rachel Berg, a philanthropist from Monsey, New York, said the speeches"
                    " have changed her mind.")
    assert [q.mention for q in doc.quotes] == ["Rachel Berg"]


def test_a_noun_phrase_stops_at_an_auxiliary():
    from tests.conftest import article_from
    from tui.attribution import Doc, tokens
    from tui.attribution.phrases import np_before
    from tui.content import load_lexicon

    art = article_from("Chancellor Gordon Brown will meet his chief economic adviser")
    doc = Doc(load_lexicon(), art)
    toks = tokens(art.text, art.paragraphs[-1].start, art.paragraphs[-1].end)
    a, b = np_before(doc, toks, len(toks) - 1, 0)
    assert "Brown" not in art.text[toks[a].start : toks[b].end]  # not across "will"


@pytest.mark.rules("cue-after")
def test_a_reporting_word_after_a_determiner_is_a_noun_and_the_alone_is_no_speaker():
    doc = quotes_of("The plan is likely to give creditors shares worth about 5.7% of their debts.")
    assert [q.mention for q in doc.quotes] == []
    doc = quotes_of("“We will see,” said Ann Lee, however, before leaving.")
    assert doc.quotes[0].role is None


@pytest.mark.rules("reported")
def test_description_then_name_credits_the_named_person():
    doc = quotes_of("Her deputy, Ann Hollis, said the budget would be cut in the spring.")
    (q,) = doc.quotes
    (sp,) = [s for s in doc.speakers if s.id == q.speaker_id]
    assert (sp.name, q.role) == ("Ann Hollis", "deputy")


@pytest.mark.rules("cue-after")
def test_description_then_name_after_a_quote():
    doc = quotes_of("“We are done here,” the bank’s chief executive, Paul Ortega, said.")
    assert [(q.mention, q.speaker_id) for q in doc.quotes] == [("the bank’s chief executive, Paul Ortega", "paul-ortega")]


@pytest.mark.rules("reported")
def test_a_capitalised_common_noun_subject_is_not_the_person_in_its_phrase():
    doc = quotes_of("Advisers to Mendez say she will announce her decision next week.")
    (q,) = doc.quotes
    assert q.speaker_id != "mendez"


@pytest.mark.rules("reported")
def test_an_aside_between_dashes_after_an_apposition_keeps_the_named_speaker():
    doc = quotes_of(
        "Rosa Vidal, the director of the museum -- which reopened in March after a long repair -- said the roof still leaks.")
    assert [(q.text, q.mention) for q in doc.quotes] == [("the roof still leaks", "Rosa Vidal")]


@pytest.mark.rules("cue-after")
def test_a_passing_state_is_no_role():
    doc = quotes_of("“We are done,” Ms. Lane, clearly frustrated, said.")
    (sp,) = doc.speakers
    assert sp.roles == ()


@pytest.mark.rules("reported")
def test_a_possessor_with_modifiers_before_the_name_is_one_noun_phrase():
    doc = quotes_of(
        "Norway's state-owned energy giant Equinor runs two fields in the area and says it will drill again.")
    (q,) = doc.quotes
    assert (q.mention, q.speaker_id) == ("Norway's state-owned energy giant Equinor", "equinor")


@pytest.mark.rules("cue-after")
def test_a_plural_name_after_the_article_can_still_report():
    doc = quotes_of('"We are allies," the Danes state in the new paper.')
    assert [q.mention for q in doc.quotes] == ["the Danes"]


@pytest.mark.rules()
@pytest.mark.parametrize("body", [
    "Don't worry if you don't follow it all - the full text is online.",
    "The channel, which shows the series in the US, is running new adverts this week.",
])
def test_no_speaker_from_a_contraction_or_a_relative_clause(body):
    assert [q for q in quotes_of(body).quotes if q.kind == "indirect"] == []


@pytest.mark.rules("colon-lead")
def test_a_negated_verb_ends_the_noun_phrase_before_a_colon():
    doc = quotes_of("The result doesn’t surprise the pollster Dana Shaw: “Late deciders always break this way.”")
    (sp,) = [s for s in doc.speakers if s.id == doc.quotes[0].speaker_id]
    assert sp.name == "Dana Shaw"


@pytest.mark.rules("cue-earlier")
@pytest.mark.parametrize("body", [
    "DENVER — Sen. Ana Ruiz (D-Colo.) on Monday dismissed the bill and said it amounts to calling herself “a wise judge.”",
    "PARIS, June 3 (AFP) — Sen. Ana Ruiz dismissed the bill and said it amounts to calling herself “a wise judge.”",
])
def test_a_dateline_names_no_speaker(body):
    assert who(body) == "Ana Ruiz"


@pytest.mark.rules("cue-before")
def test_a_fronted_alongside_phrase_and_even_before_the_subject():
    body = "Alongside union calls for action, even a top party strategist said the mayor must choose, saying, “She has to decide soon.”"
    assert mention_of(body) == "a top party strategist"


@pytest.mark.rules("cue-earlier")
def test_described_name_after_as_keeps_the_phrase_as_written():
    doc = quotes_of('As the company chief executive, Tom Baker, put it in his memo, "We are going to grow faster."')
    q = doc.quotes[0]
    assert q.mention == "the company chief executive, Tom Baker"
    assert speaker_name(doc, q.speaker_id) == "Tom Baker"


@pytest.mark.rules("cue-before", "cue-earlier")
def test_an_apposition_left_open_before_the_cue():
    doc = quotes_of('Tom Baker, president and CEO of the Grocers Association stated, "It is a math problem."')
    q = doc.quotes[0]
    assert q.mention == "Tom Baker"
    assert q.role == "president and CEO of the Grocers Association"
    # a fronted time phrase is no such name: the titled name itself speaks
    assert quotes_of("On Sunday, former President Ann Lee said the fans faced “vicious trolling.”").quotes[0].mention \
        == "former President Ann Lee"


@pytest.mark.rules("cue-earlier")
def test_a_thing_obtained_by_someone_is_what_says_it():
    body = "A March 1 letter from the veterans group obtained by the Herald warns that “any further use will go to our lawyers.”"
    assert mention_of(body) == "the veterans group"


@pytest.mark.rules("cue-before")
def test_a_noun_like_modifier_inside_the_description():
    doc = quotes_of('Mr. Lee\'s Ohio state director, Mike Rubin, said in an email: "We want to use this soon."')
    assert doc.quotes[0].mention == "Mr. Lee's Ohio state director, Mike Rubin"


@pytest.mark.rules("cue-after", "fragment-cue")
def test_a_name_ending_in_an_abbreviation_is_still_a_name():
    doc = quotes_of("At a rally this week, Vice President Ann B. Lee Jr. responded to the claim that it made him “smart.”")
    q = doc.quotes[0]
    assert q.mention == "Vice President Ann B. Lee Jr."
    assert speaker_name(doc, q.speaker_id) == "Ann B. Lee Jr."
    # a sentence's full stop is not part of the name
    doc = quotes_of("“It sold out twice,” the publisher said (according to Nielsen.)")
    assert "Nielsen." not in [s.name for s in doc.speakers]


@pytest.mark.parametrize("body, mention", [
    pytest.param('According to the recently released Acme Inc. playbook, "Never sell a product."', "the recently released Acme Inc. playbook", marks=pytest.mark.rules("cue-earlier")),
    pytest.param("Following a swiftly called, late-night meeting, the Security Council issued a statement calling the test “a clear violation” of the rules.",
     "the Security Council", marks=pytest.mark.rules("cue-earlier")),
    pytest.param('Even before Ruiz took the stage on Tuesday night to thank her voters, her campaign sent out a text message saying: "We won!"',
     "her campaign", marks=pytest.mark.rules("cue-before")),
])
def test_noun_phrases_around_adverbs_participles_and_irregular_verbs(body, mention):
    assert mention_of(body) == mention


@pytest.mark.rules("cue-before")
def test_an_initial_marks_a_person_not_a_place_after_a_comma():
    doc = quotes_of('His former partner at Acme, Lawrence B. Green, said: "He closed deals no one else could."')
    assert doc.quotes[0].mention == "His former partner at Acme, Lawrence B. Green"


@pytest.mark.rules("cue-before", "cue-earlier", "reported")
def test_a_relative_clause_after_a_fronted_phrase_and_a_subordinate_subject():
    body = "Speaking in Dover, which votes on Tuesday, Bush called Rubio “a bright leader” but described his skills as a “work in progress.”"
    assert [q.mention for q in quotes_of(body).quotes] == ["Bush", "Bush"]
    body = 'As Clinton told the Daily News, tax relief is given for jobs. There was, she said, "an implicit bargain."'
    doc = quotes_of(body)
    (q,) = [q for q in doc.quotes if q.kind == "direct"]
    assert speaker_name(doc, q.speaker_id) == "Clinton"


@pytest.mark.rules("cue-earlier")
def test_a_report_issued_earlier_is_the_subject_not_the_time_phrase():
    body = "An inspector general's report issued earlier this year reported what looked like “spear phishing” on the server."
    assert mention_of(body) == "An inspector general's report"


@pytest.mark.rules("cue-earlier")
def test_a_prepositional_object_after_but_is_no_subject():
    body = 'The employee first denied it, but in a later interview said it was a "minor" story.'
    assert mention_of(body) == "The employee"
    body = 'The employee first said he did not recall the deletions, but in a later interview said he had an "oh no" moment.'
    doc = quotes_of(body)
    assert speaker_name(doc, doc.quotes[0].speaker_id) == "employee"


def test_a_verb_with_its_object_ends_a_noun_phrase_read_backwards():
    from tui.attribution import Doc, tokens
    from tui.attribution.phrases import np_before
    from tui.content import load_lexicon

    art = article_from("When PolitiFact examined the senator")
    toks = tokens(art.text, art.paragraphs[1].start, art.paragraphs[1].end)
    a, b = np_before(Doc(load_lexicon(), art), toks, len(toks) - 1)
    assert " ".join(t.text for t in toks[a : b + 1]) == "the senator"


@pytest.mark.rules("cue-after", "scare")
def test_a_study_by_someone_named_in_apposition_is_the_study():
    body = ('Voters now admire him as a "protector" more than a "provider," a study by an influential sociologist, '
            'Mikhail E. Dmitriyev, concluded this year.')
    q = [q for q in quotes_of(body).quotes if q.text == "provider,"][0]
    assert q.mention == "a study by an influential sociologist, Mikhail E. Dmitriyev"


@pytest.mark.rules("cue-after", "cue-earlier")
def test_a_verb_coordinated_in_a_relative_clause_takes_the_antecedent():
    body = ('Petraeus "was handled so lightly there is not a lot you can do," said a former official who oversaw '
            'the investigations and described the controversy as "a lesser set of circumstances."')
    assert [q.mention for q in quotes_of(body).quotes] == ["a former official", "a former official"]


@pytest.mark.rules("cue-earlier")
def test_who_without_a_comma_refers_to_the_person_before_it():
    body = 'He quoted the memoirs of a former spymaster who called the campaign "creative" in its day.'
    assert mention_of(body) == "a former spymaster"
    # "that" and "which" name things: schools in a state are no speaker
    body = "He said he has seen schools in Ohio that reminded him of “a third-world country.”"
    assert mention_of(body) == "He"


@pytest.mark.rules("cue-after")
def test_a_dollar_amount_inside_a_name_phrase():
    body = "“They care about two things,” Fight for $15 organizing director Kendall Fells told a TV station."
    assert mention_of(body) == "Fight for $15 organizing director Kendall Fells"


@pytest.mark.rules("cue-after", "paragraph-speaker", "reported")
def test_the_same_speaker_named_again_just_before_gives_the_nearer_mention():
    body = ('"The state overreached," Mat dos Santos, legal director of the union, said. '
            'The union will watch the case, dos Santos says. "If it goes on, we all lose."')
    doc = quotes_of(body)
    assert [q.mention for q in doc.quotes if q.kind == "direct"][-1] == "dos Santos"


@pytest.mark.rules("cue-after", "paragraph-speaker")
def test_a_mention_read_around_a_quotation_is_the_name_alone():
    body = ('The deal “looks out for the funds first,” Sanders said. “That is unacceptable.”')
    assert [q.mention for q in quotes_of(body).quotes] == ["Sanders", "Sanders"]
    body = 'Rubio "apologized numerous times on this show," Hannity said. "I think it is time to move on."'
    assert [q.mention for q in quotes_of(body).quotes if q.kind == "direct"] == ["Hannity"]


@pytest.mark.rules("cue-after", "cue-before", "paragraph-speaker")
def test_no_speaker_name_or_description_spans_a_quotation():
    doc = quotes_of('Rubio "apologized numerous times on this show," Hannity said. "I think it is time to move on."')
    assert [s.name for s in doc.speakers] == ["Hannity"]
    doc = quotes_of("Protesters called Ruiz “the city’s biggest loser,” the protesters chanted “Bad for you!” again.")
    assert not any("“" in (q.mention or "") for q in doc.quotes)


@pytest.mark.rules("cue-after", "scare")  # the nickname itself is no one's quotation
def test_a_nickname_in_quotes_stays_inside_the_name():
    doc = quotes_of('Label boss Antonio "LA" Reid said the deal was done. "We signed them," he said.')
    (q,) = [q for q in doc.quotes if q.kind == "direct"]
    assert speaker_name(doc, q.speaker_id) == 'Antonio "LA" Reid'


@pytest.mark.rules("cue-earlier")
def test_a_day_before_a_name_is_no_part_of_it():
    doc = quotes_of('On Wednesday Mr Straw said it was "a good deal" for the country.')
    q = doc.quotes[0]
    assert (q.mention, speaker_name(doc, q.speaker_id)) == ("Mr Straw", "Straw")


@pytest.mark.rules("colon-lead", "cue-earlier")
def test_an_interjection_or_a_time_phrase_opening_the_sentence_is_no_subject():
    assert mention_of('Wait, it gets better: "By law, the president sets the number."') == "it"
    body = 'Four hours earlier, a campaign memo was released stating that the loss was "long anticipated."'
    assert mention_of(body) == "a campaign memo"
    # a name with its apposition still opens the clause
    assert mention_of('Clinton, the former secretary, stressed that she has "rock steadiness" for the job.') == "Clinton"


@pytest.mark.parametrize("body, who", [
    pytest.param("Supporters waved signs as results came in. Some chanted “USA! USA!”", "Some", marks=pytest.mark.rules("cue-before")),
    pytest.param("The governors met on Monday. Several said they wanted “block grants” for the states.", "Several", marks=pytest.mark.rules("cue-earlier")),
    pytest.param("The crowd grew. Many shouted “Lock her up.”", "Many", marks=pytest.mark.rules("cue-before")),
])
def test_a_bare_quantifier_before_the_verb_is_the_speaker(body, who):
    (q,) = quotes_of(body).quotes
    assert q.mention == who and q.speaker_id is not None


@pytest.mark.rules("cue-earlier")
@pytest.mark.parametrize("body, name, role", [
    ("Ann Lee, a Vermont native who writes essays on the side (one calls farming “a slow art”), has run twice.",
     "Ann Lee", "a Vermont native"),
    ("Tom Ruiz, the retired judge who described the ruling as “a travesty,” spoke last.", "Tom Ruiz", "the retired judge"),
])
def test_who_after_a_description_in_apposition_to_a_name_is_that_name(body, name, role):
    (q,) = quotes_of(body).quotes
    assert q.mention == name and q.role == role


@pytest.mark.rules("cue-earlier")
def test_an_ing_word_after_an_article_is_a_noun_not_the_cue():
    (q,) = quotes_of("The judge described the ruling as “a travesty.”").quotes
    assert q.cue == "described"


@pytest.mark.parametrize("body, who", [
    pytest.param("“Climate came first,” the bespectacled, 71-year-old diplomat said in an interview.",
     "the bespectacled, 71-year-old diplomat", marks=pytest.mark.rules("cue-after")),
    pytest.param("The tall, gray-haired senator said the bill was “a disgrace.”", "The tall, gray-haired senator", marks=pytest.mark.rules("cue-earlier")),
])
def test_adjectives_joined_by_a_comma_stay_in_the_speakers_noun_phrase(body, who):
    (q,) = quotes_of(body).quotes
    assert q.mention == who


@pytest.mark.rules("cue-after")
@pytest.mark.parametrize("body, who, name", [
    ("“We were poor,” said Villa boss David O'Leary.", "Villa boss David O'Leary", "David O'Leary"),
    ("“It was a thrill,” the Oscar-nominated actor said.", "the Oscar-nominated actor", "Oscar-nominated actor"),
])
def test_professions_are_role_nouns(body, who, name):
    doc = quotes_of(body)
    (q,) = doc.quotes
    assert q.mention == who and speaker_name(doc, q.speaker_id) == name


@pytest.mark.rules("cue-before", "cue-earlier")
def test_a_name_after_and_ends_a_subject_that_a_preposition_shows_is_a_clause():
    doc = quotes_of("Milan won after a 0-0 tie at Old Trafford and Ancelotti said: “We are all very happy.”")
    assert doc.quotes[0].mention == "Ancelotti"
    doc = quotes_of("The Center for Media and Public Affairs said it was “a start.”")
    assert doc.quotes[0].mention == "The Center for Media and Public Affairs"


@pytest.mark.rules("colon-lead")
def test_an_inverted_cue_opening_the_sentence_is_no_part_of_the_speakers_role():
    (q,) = quotes_of("The squad was named. Said Wales assistant coach Scott Johnson: “We are positive about Hal.”").quotes
    assert (q.mention, q.role) == ("Wales assistant coach Scott Johnson", "Wales assistant coach")


@pytest.mark.rules("cue-after")
@pytest.mark.parametrize("body, name, role", [
    ("“We are ready,” Eva Lichtenberg, an Austrian Green member of the European Parliament said.",
     "Eva Lichtenberg", "an Austrian Green member of the European Parliament"),
    ("“We are ready,” Anthony Anton, president and CEO of the Hotel Association stated.",
     "Anthony Anton", "president and CEO of the Hotel Association"),
])
def test_an_apposition_left_open_after_the_quote_describes_the_name(body, name, role):
    (q,) = quotes_of(body).quotes
    assert (q.mention, q.role) == (name, role)


@pytest.mark.rules("cue-before")
def test_a_quantity_opening_the_subject_is_part_of_it():
    (q,) = quotes_of("Outside the arena, about 200 protesters gathered in three clusters, holding signs and "
                     "chanting “Dump Trump.”").quotes
    assert (q.kind, q.mention) == ("mixed", "about 200 protesters")


@pytest.mark.parametrize("body, who", [
    pytest.param("One judge, Stewart Onan, carried around a note written on a napkin that said: “We are friends of books.”", "a note", marks=pytest.mark.rules("cue-earlier")),
    pytest.param("Mr Brown introduced Dr Greenspan to the 400 invited guests as “the world's greatest economist”.", "Mr Brown", marks=pytest.mark.rules("fragment-characterised")),
    pytest.param("But the makers suggest the public is neutral because around one quarter said they “neither support nor oppose” it.",
     "one quarter", marks=pytest.mark.rules("cue-earlier")),
])
def test_a_verb_after_the_subjects_comma_an_adjective_participle_and_a_leading_preposition(body, who):
    (q,) = quotes_of(body).quotes
    assert q.mention is not None and q.mention.endswith(who) and "carried" not in q.mention


@pytest.mark.rules("cue-after")
def test_a_possessor_before_a_name_is_where_the_person_belongs_not_part_of_the_name():
    doc = quotes_of("“We will win,” said Labour's Robin Cook.")
    (q,) = doc.quotes
    assert speaker_name(doc, q.speaker_id) == "Robin Cook" and q.role == "Labour's"


@pytest.mark.parametrize("body, speaker", [
    ("According to Mr Peston the prime minister said: “Help me to get through the year.”", "prime minister"),
    ("This week a judge said: “Easy access to drink is breeding urban savages.”", "judge"),
    ("They have until midnight on 16 December and an IAAF spokesman said: “We are sure of it.”", "IAAF spokesman"),
    ("The poster shows Mr Howard with a pocket watch, saying: “I can spend the same money twice.”", "poster"),
])
@pytest.mark.rules("cue-before")
def test_an_article_after_a_name_a_time_or_and_opens_the_speakers_phrase_and_a_verb_ends_it(body, speaker):
    assert who(body) == speaker


@pytest.mark.rules("cue-before")
def test_a_name_with_a_middle_initial_keeps_it():
    assert who("Charles A Blixt, the vice-president, said: “It transforms the case.”") == "Charles A Blixt"


@pytest.mark.parametrize("body, speaker", [
    ("“It was a mistake,” Mr Prettejohn, Lloyd's chief executive said.", "Prettejohn"),
    ("“It was a mistake,” Armando Falcon, OFHEO director said.", "Armando Falcon"),
    ("“It was a mistake,” Alois Rhiel, its minister for economic affairs added.", "Alois Rhiel"),
])
@pytest.mark.rules("cue-after")
def test_an_apposition_left_open_before_the_cue_describes_the_name_whatever_its_first_word(body, speaker):
    assert who(body) == speaker
