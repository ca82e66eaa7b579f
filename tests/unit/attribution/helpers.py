"""Reading the speaker of a quote in a parsed test article."""

from tests.conftest import quotes_of


def mention_of(body: str, n: int = 0):
    """The words naming the speaker of the ``n``-th quote (any kind)."""
    return quotes_of(body).quotes[n].mention


def speaker_name(doc, speaker_id):
    """The name of the speaker ``speaker_id`` in parsed document ``doc``."""
    return {s.id: s.name for s in doc.speakers}[speaker_id]


def sole_speaker(body: str):
    """The speaker's name of the one quote in ``body``."""
    doc = quotes_of(body)
    (q,) = doc.quotes
    return speaker_name(doc, q.speaker_id)


def who(body: str, n: int = 0):
    doc = quotes_of(body)
    qs = [q for q in doc.quotes if q.kind in ("direct", "mixed")]
    q = qs[n]
    names = {s.id: s.name for s in doc.speakers}
    return names.get(q.speaker_id)
