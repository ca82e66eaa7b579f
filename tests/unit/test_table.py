"""Every quote as a table (tui.table): filters and sorts the Quotes view uses."""

import pytest

from tui.library import build_index
from tui.table import quotes_table


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    lib = tmp_path_factory.mktemp("lib")
    (lib / "a.txt").write_text("date 2024-01-05 Iraq debate\n“Iraq was the right call,” said Tony Blair.\n"
                               "“Iraq was a disaster,” said Michael Howard.\n", encoding="utf-8")
    (lib / "b.txt").write_text("date 2024-03-01 Budget\n“The budget is fair,” said Tony Blair. "
                               "Mr Howard said the budget was unfair to pensioners.\n", encoding="utf-8")
    (lib / "c.txt").write_text("Undated note\n“Café prices rose,” said Ann Lee.\n", encoding="utf-8")
    return build_index([lib], reported=True)


def texts(quotes):
    return [q.text for q in quotes]


def test_newest_first_undated_last(index):
    quotes, _ = quotes_table(index, kinds=("direct",))
    assert texts(quotes) == ["The budget is fair,", "Iraq was the right call,", "Iraq was a disaster,",
                             "Café prices rose,"]


def test_a_speaker_and_words(index):
    quotes, f = quotes_table(index, "@blar iraq")  # a typo in the name, as search forgives it
    assert texts(quotes) == ["Iraq was the right call,"] and not f.problems


def test_kind_and_dates_and_accents(index):
    quotes, _ = quotes_table(index, "kind:indirect")
    assert texts(quotes) == ["the budget was unfair to pensioners"]
    quotes, _ = quotes_table(index, "from:2024-02 to:2024-12", kinds=("direct",))
    assert texts(quotes) == ["The budget is fair,"]
    quotes, _ = quotes_table(index, "cafe")  # accents and case aside
    assert texts(quotes) == ["Café prices rose,"]
    _quotes, f = quotes_table(index, "kind:poetry")
    assert f.problems == ("no kind 'poetry' (kinds: direct, mixed, nested, scare, indirect)",)


def test_sorted_by_speaker(index):
    quotes, _ = quotes_table(index, sort="speaker", kinds=("direct",))
    names = [index.speakers[q.speaker_id].name for q in quotes]
    assert names == sorted(names, key=str.casefold)
