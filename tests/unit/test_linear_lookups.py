"""The lookups that keep long articles linear give the answers of the plain
searches they replaced (which were quadratic in an article's length).

Each table is checked against the straightforward search on many random
texts made of the characters that matter to it (words, capitals, spaces,
commas, marks); the golden snapshot (test_golden.py) checks the same on
real news."""

import random

import pytest

from tui import parser
from tui.parser import FIND_BUDGET, _ALNUM_RUN, _expansion, _first_parentheses, _Surnames, _windows, _Words
from tui.quotes import _single_closer, _single_opener, find_single

PIECES = ["May", "may", "Ab", "ab", "Ab-Cd", "O'Neil", " ", "  ", ",", ", ", ".", "\n", "x1", "_", "é", "(", ")", "(AB)",
          " (AB)", "'", "\u2019", "\u2018", "s'", " 'a", "a' "]


def texts(seed, n=3000, most=60):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, most)))


def _has(text, word):
    n = len(word)
    return any((p == 0 or not text[p - 1].isalnum()) and (p + n >= len(text) or not text[p + n].isalnum())
               for p in range(len(text)) if text.startswith(word, p))


def _inside(text, word):
    n = len(word)
    for p in range(len(text)):
        if text.startswith(word, p) and (p == 0 or not text[p - 1].isalnum()) and (
                p + n >= len(text) or not text[p + n].isalnum()):
            k = p - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if k < p - 1 and k >= 0 and (text[k].isalnum() or text[k] == ","):
                return True
    return False


@pytest.mark.parametrize("searched", [True, False], ids=["searching", "from the table"])
def test_word_questions_answer_as_a_plain_search(searched):
    for text in texts(1):
        words = _Words(text)
        if not searched:
            words._asked = FIND_BUDGET  # the next question reads the text into the table
        for word in ("May", "may", "Ab", "ab", "x1"):
            assert words.has(word) == _has(text, word), (text, word)
            assert words.named_inside(word) == _inside(text, word), (text, word)


def test_windows_end_at_word_ends_and_cover_the_text(monkeypatch):
    for size in range(1, 8):
        for text in texts(size, n=500):
            spans = list(_windows(text, size))
            assert "".join(text[a:b] for a, b in spans) == text
            # every window but the last ends where a word ends
            assert all(text[b - 1].isalnum() and not text[b].isalnum() for _a, b in spans[:-1]), (text, spans)
            # a table read window by window holds what one read of the whole text holds
            monkeypatch.setattr(parser, "_windows", lambda t, size=size: _windows(t, size))
            words = _Words(text)
            words._asked = FIND_BUDGET
            words.has("x")
            assert words._all == set(_ALNUM_RUN.findall(text))
            assert words._inside == set(parser._INSIDE_WORD.findall(text))


def _surname_places(text, surname):
    n = len(surname)
    return [p for p in range(len(text)) if text.startswith(surname, p) and p > 1 and text[p - 1] == " "
            and not (p + n < len(text) and text[p + n].isalnum())]


@pytest.mark.parametrize("searched", [True, False], ids=["searching", "from the table"])
def test_surname_places_are_those_a_plain_search_finds(searched):
    for text in texts(2):
        places = _Surnames(text)
        if not searched:
            places._asked = FIND_BUDGET
        for surname in ("May", "Ab", "Ab-Cd", "O'Neil"):
            assert places.of(surname) == _surname_places(text, surname), (text, surname)


def test_an_acronym_is_spelled_out_from_the_table_as_from_a_search():
    for text in texts(3, most=40):
        table = _first_parentheses(text)
        for acronym in ("AB", "CD"):
            assert _expansion(text, acronym, table) == _expansion(text, acronym, None), (text, acronym)


def _pairs_by_scanning(text, lo, hi):
    """find_single as it was written first: for each opener, scan for its closer."""
    marks = [i for i in range(lo, hi) if text[i] in "\u2018\u2019'"]
    out, i = [], 0
    while i < len(marks):
        if not _single_opener(text, marks[i], lo, hi):
            i += 1
            continue
        best = None
        for j in range(i + 1, len(marks)):
            strength = _single_closer(text, marks[j], lo, hi)
            if strength == 2:
                best = j
                break
            if strength == 1 and best is None:
                best = j
        if best is None:
            i += 1
            continue
        if marks[best] - marks[i] > 1:
            out.append((marks[i], marks[best]))
        i = best + 1
    return out


def test_single_quotes_pair_as_the_scan_paired_them():
    for text in texts(4, n=5000):
        assert find_single(text, 0, len(text)) == _pairs_by_scanning(text, 0, len(text)), text
