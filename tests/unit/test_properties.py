"""Property: for any text, ingest and attribution never raise and every
span is exact."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.ingest import parse_text
from tui.parser import parse_article

MARKS = "“”‘’\"'«»„ \n\n,.:;!?—-()[]"
alphabet = st.one_of(
    st.sampled_from(list(MARKS)),
    st.sampled_from(["said", "Smith", "he", "the", "Ministry", "according to", "told", "Mr.", "saying", "who", "’s"]),
    st.characters(blacklist_categories=("Cs",)),
)
texts = st.lists(alphabet, max_size=120).map(" ".join)


def check(text: str) -> None:
    art = parse_text(text, "p.txt", "p", [])
    if art is None:
        return
    doc = parse_article(art)
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(art.text)
        assert q.text == art.text[q.start : q.end]
        if q.mention_span is not None:
            assert 0 <= q.mention_span.start <= q.mention_span.end <= len(art.text)
    for p in art.paragraphs:
        assert 0 <= p.start <= p.end <= len(art.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_arbitrary_text_never_raises_and_spans_are_exact(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text):
    check(text)
