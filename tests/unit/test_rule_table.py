"""The table of attribution rules: one construction per rule, and the rule each quote carries.

Each example is the smallest sentence in which the rule is the one that
decides; a change to the table's order that moves an example to another
rule fails here, by name.
"""

import json

import pytest

from tests.conftest import quotes_of
from tui.attribution import RULES, Rule

#: rule -> (text, the quote's kind, the words naming its speaker, or None)
EXAMPLES = {
    Rule.NESTED: ("“She told me ‘never again’ and left,” Smith said.", "nested", None),
    Rule.TITLE: ("He starred in “The Walking Dead Returns Tonight” last year.\n\nIt ran for years.", "scare", None),
    Rule.ASKED: ("Asked by Thrush if Clinton “gets” race, Sharpton avoided a direct answer.", "mixed", "Thrush"),
    Rule.QUESTION: ("Asked whether it was “fair,” no one answered.", "scare", None),
    Rule.TRANSCRIPT: ("“SMITH: We will not back down, and we will win.”", "direct", "SMITH"),
    Rule.CUE_AFTER: ("“We will win,” Smith said.", "direct", "Smith"),
    Rule.DASH_LABEL: ("Pollsters agree - Carl Bialik: “The race is close and will stay close.”", "direct", "Carl Bialik"),
    Rule.CUE_BEFORE: ("Smith said, “We will win.”", "direct", "Smith"),
    Rule.CUE_AFTER_SENTENCE: ("“We will win.” Smith said.", "direct", "Smith"),
    Rule.LATER_IN_SENTENCE: ("The plan is “a disaster for everyone,” and the town will suffer, Smith said.", "mixed", "Smith"),
    Rule.CUE_EARLIER: ("Smith said the plan was “a disaster for everyone in the town.”", "mixed", "Smith"),
    Rule.COLON_LEAD: ("Smith had a message for the voters: “We will win this.”", "direct", "Smith"),
    Rule.BY_AGENT: ("The plan was described as “a total disaster” by the mayor.", "mixed", "the mayor"),
    Rule.BELIEF_BEFORE: ("Jane Smith firmly believes the plan will fail. “You can't run a city like this.”", "direct",
                         "Jane Smith"),
    Rule.COMMA_LEAD: ("The ministry issued a statement, “We condemn this act in the strongest terms.”", "direct",
                      "The ministry"),
    Rule.VERB_AFTER: ("“We will never give up,” Smith interjected.", "direct", "Smith"),
    Rule.SIGNED: ("“We will never give up on this country.” ― Jane Smith", "direct", "Jane Smith"),
    Rule.TITLE_CASE: ("The streaming service renewed “The Day of the Donald” for a season.", "scare", None),
    Rule.FRAGMENT_CUE: ("At a rally this week, Vice President Ann B. Lee Jr. responded to the claim that it made him “smart.”",
                        "mixed", "Vice President Ann B. Lee Jr."),
    Rule.FRAGMENT_CHARACTERISED: ("Smith dismissed that suggestion as “disarray.”", "mixed", "Smith"),
    Rule.FRAGMENT_QUOTED_SUBJECT: ("“We will win,” said Jane Smith.\n\nSmith and her “brave” workers marched on.", "mixed", "Smith"),
    Rule.SCARE: ("The so-called “experts” were wrong.", "scare", None),
    Rule.SIGNED_BELOW: ("“We will win this fight and we will not stop.”\n\n— Jane Smith, Boston.", "direct", "Jane Smith"),
    Rule.PARAGRAPH_SPEAKER: ("“We will win,” Smith said. “And we will not stop.”", "direct", "Smith"),
    Rule.PREVIOUS_SENTENCE: ("Smith spoke on Monday. She said the vote was near. “We will win this.”", "direct", "She"),
    Rule.PREVIOUS_PARAGRAPH: ("Smith told the crowd on Monday night that she had a message.\n\n“We will win this fight.”",
                              "direct", "Smith"),
    Rule.CONTINUATION: ("“We will win,” Smith said.\n\n“And we will not stop for anyone.”", "direct", "Smith"),
    Rule.CUE_IN_SENTENCE: ("On the eve of the vote, Netanyahu rallied supporters by warning that “the rule of the right"
                           " is in danger” to all.", "mixed", "Netanyahu"),
    Rule.SHORT_TITLE: ("And viewers like the classics. “Seinfeld” has been a surprise hit on the new service.", "scare", None),
    Rule.SUBJECT: ("The mayor wants a “fair and open process for all.”", "mixed", "The mayor"),
    Rule.NONE: ("“We will win this fight for everyone.”", "direct", None),
    Rule.REPORTED: ("Smith said the plan would fail within a year.", "indirect", "Smith"),
    Rule.PARTICIPLE: ("“We will win,” Smith said, adding that the plan would fail within a year.", "indirect", "Smith"),
}


@pytest.mark.parametrize("rule", list(EXAMPLES), ids=lambda r: r.value)
def test_each_rule_decides_its_own_construction(rule):
    text, kind, mention = EXAMPLES[rule]
    decided = [(q.rule, q.kind, q.mention) for q in quotes_of(text).quotes]
    assert (rule.value, kind, mention) in decided, decided


def test_the_table_holds_every_quotation_rule_once_and_ends_with_no_speaker():
    rows = [p.rule for p in RULES]
    assert len(rows) == len(set(rows))
    # reported speech has no quote marks: its rules are the reported stage's, not the table's
    assert set(rows) == set(Rule) - {Rule.REPORTED, Rule.PARTICIPLE}
    assert rows[-1] is Rule.NONE
    # a cue that leaves the quote open wins over one that introduces it, and any cue over the paragraph's speaker
    assert rows.index(Rule.CUE_AFTER) < rows.index(Rule.CUE_BEFORE) < rows.index(Rule.PARAGRAPH_SPEAKER)


def test_every_rule_but_one_has_an_example():
    # FRAGMENT_ASKED ("Asked by X about …, Y was “unmoved.”") credits the asker with
    # words of the answer; it is kept as it was while the parser is restructured
    assert set(Rule) - set(EXAMPLES) == {Rule.FRAGMENT_ASKED}


def test_rule_family_is_what_later_stages_ask_for():
    assert {r.family for r in Rule} == {"", "title", "asked", "transcript", "after", "before", "later",
                                        "sentence", "paragraph", "continuation", "subject", "reported"}
    assert Rule("cue-after") is Rule.CUE_AFTER and Rule.CUE_AFTER.family == "after"


def test_quotes_jsonl_says_which_rule_found_the_speaker(tmp_path, capsys):
    from tui.cli import main

    (tmp_path / "a.txt").write_text("Title\n\n“We will win,” Smith said. “And we will not stop.”\n", encoding="utf-8")
    for _ in range(2):  # parsed, then from the cache
        assert main(["quotes", str(tmp_path), "--format", "jsonl"]) == 0
        (article,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [(q["speaker"], q["rule"]) for q in article["quotes"]] == [("Smith", "cue-after"), ("Smith", "paragraph-speaker")]
