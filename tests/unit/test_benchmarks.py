"""The PolNeAR benchmark adapter sends the scorer the speaker a user sees."""

from tests.conftest import load_benchmark

def _score_polnear():
    return load_benchmark("score_polnear")


def test_a_pronoun_handed_on_to_a_later_quote_is_sent_as_its_speaker(tmp_path):
    from tui.library import build_index

    (tmp_path / "a.txt").write_text(
        "Title\n“It was early,” Jane Smith said.\nShe added, “I will leave.”\n“We shall see.”\n", encoding="utf-8")
    index = build_index([tmp_path])
    (rec,) = _score_polnear().predictions(index, {"direct", "mixed"})
    sent = [(q["text"], q["speaker"]) for q in rec["quotes"]]
    assert sent == [("It was early,", "Jane Smith"), ("I will leave.", "Jane Smith"), ("We shall see.", "Jane Smith")]


def test_the_two_halves_of_dev_split_it_and_stay_fixed():
    from pathlib import Path

    import pytest

    half_of = _score_polnear().half_of
    assert half_of("breitbart_2015-11-17_wash-post-fact-check-if-obama-sa") == half_of(
        "breitbart_2015-11-17_wash-post-fact-check-if-obama-sa")
    articles = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "polnear" / "articles"
    if not articles.is_dir():
        pytest.skip("the PolNeAR dev articles (../shared/eval/polnear) are not here")
    halves = [half_of(p.stem) for p in articles.glob("*.txt")]
    # dev was chosen by the digest's leading digits: a split on them would leave one half empty
    assert 0.35 < halves.count("A") / len(halves) < 0.65
