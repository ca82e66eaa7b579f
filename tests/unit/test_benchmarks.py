"""The PolNeAR benchmark adapter sends the scorer the speaker a user sees."""

from tests.conftest import load_benchmark

def _score_polnear():
    return load_benchmark("score_polnear")


def test_a_pronoun_handed_on_to_a_later_quote_is_sent_as_its_speaker(tmp_path):
    from tui.index import build_index

    (tmp_path / "a.txt").write_text(
        "Title\n“It was early,” Jane Smith said.\nShe added, “I will leave.”\n“We shall see.”\n", encoding="utf-8")
    index = build_index([tmp_path])
    (rec,) = _score_polnear().predictions(index, {"direct", "mixed"})
    sent = [(q["text"], q["speaker"]) for q in rec["quotes"]]
    assert sent == [("It was early,", "Jane Smith"), ("I will leave.", "Jane Smith"), ("We shall see.", "Jane Smith")]
