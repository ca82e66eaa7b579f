"""The seed article: every quotation, its exact span and its speaker."""

from collections import Counter

from tui.model import DEFAULT_KINDS


def _quotes(index):
    art = index.articles[0]
    return art, [q for q in index.quotes_of(art.id) if q.kind in DEFAULT_KINDS]


def test_nineteen_curly_quotes_with_exact_spans(seed_index):
    art, quotes = _quotes(seed_index)
    body = [q for q in quotes if q.paragraph > 0]
    assert len(body) == 19
    for q in body:
        assert art.text[q.start - 1] == "“" and art.text[q.end] == "”"
        assert q.text == art.text[q.start : q.end]
    # every “ in the body opens exactly one of them
    opens = [i for i, ch in enumerate(art.text) if ch == "“"]
    assert sorted(q.start - 1 for q in body) == opens


def test_speakers_of_the_seed(seed_index):
    art, quotes = _quotes(seed_index)
    names = Counter(seed_index.speaker(q.speaker_id).name for q in quotes if q.paragraph > 0)
    assert names == {
        "South Korean government": 2,
        "Jeon Ha-kyu": 4,
        "North Korea": 1,
        "Central Military Commission of the Workers’ Party": 4,
        "Koo Byung-sam": 3,
        "Ministry of Foreign Affairs": 5,
    }


def test_paragraph_one_fragments_are_the_governments(seed_index):
    art, quotes = _quotes(seed_index)
    p1 = [q for q in quotes if q.paragraph == 1]
    assert [q.text for q in p1] == ["admission of a criminal act", "insult to the international community."]
    assert {q.kind for q in p1} == {"mixed"}


def test_regarding_claim_is_north_koreas(seed_index):
    art, quotes = _quotes(seed_index)
    q = next(q for q in quotes if q.text.startswith("fully conform to"))
    assert seed_index.speaker(q.speaker_id).name == "North Korea"
    assert q.cue == "claim"


def test_roles_and_aliases(seed_index):
    jeon = seed_index.find_speakers("Jeon")[0]
    assert jeon.name == "Jeon Ha-kyu"
    assert jeon.role == "spokesperson for the Ministry of National Defense"
    koo = seed_index.find_speakers("Koo")[0]
    assert koo.role == "spokesperson for the Ministry of Unification"
    fm = seed_index.find_speakers("the Foreign Ministry")[0]
    assert fm.name == "Ministry of Foreign Affairs" and "Foreign Ministry" in fm.aliases
    commission = seed_index.find_speakers("the commission")[0]
    assert commission.name.startswith("Central Military Commission")


def test_square_brackets_stay_verbatim(seed_index):
    art, quotes = _quotes(seed_index)
    assert any("the UN [United Nations] Charter" in q.text for q in quotes)


def test_headline_quote_is_south_koreas(seed_index):
    art, quotes = _quotes(seed_index)
    head = [q for q in quotes if q.paragraph == 0]
    assert [q.text for q in head] == ["A clear illegal act"]
    assert seed_index.speaker(head[0].speaker_id).name == "South Korea"
    assert art.title.endswith("'A clear illegal act'")
    assert art.date == "2025-04-28" and art.published == "28 Apr. 2025, 14:52"
