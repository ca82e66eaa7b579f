"""Search and citation on the seed library."""

from tui.citation import format_citation
from tui.search import SearchIndex


def test_typo_tolerant_search_finds_the_quote(seed_index):
    hits = SearchIndex.from_index(seed_index).search("decptive act")
    top = hits[0]
    assert top.kind == "quote" and top.candidate.text.startswith("This is a deceptive act")
    words = {top.candidate.text[s:e] for s, e in top.highlights}
    assert {"deceptive", "act"} <= words


def test_search_finds_speakers_and_titles(seed_index):
    s = SearchIndex.from_index(seed_index)
    assert s.search("foriegn ministry", kinds=["speaker"])[0].candidate.text.startswith("Ministry of Foreign Affairs")
    assert s.search("clear illegal", kinds=["title"])[0].candidate.article_id == seed_index.articles[0].id
    assert s.search("zzzzqqq") == []


def test_search_while_typing_matches_prefixes(seed_index):
    hits = SearchIndex.from_index(seed_index).search("Kursk ar")
    assert any("Kursk area" in h.candidate.text for h in hits[:3])


def test_citation_is_exact_and_attributed(seed_index):
    art = seed_index.articles[0]
    q = next(q for q in seed_index.quotes_of(art.id) if q.text.startswith("This is a deceptive"))
    sp = seed_index.speaker(q.speaker_id)
    assert format_citation(q, sp, art) == (
        "“This is a deceptive act to disguise their illegal behavior.” — Jeon Ha-kyu, spokesperson for the "
        "Ministry of National Defense (South Korea condemns North Korea's deployment to Russia: "
        "'A clear illegal act', 2025-04-28)"
    )
    md = format_citation(q, sp, art, style="markdown")
    assert md.startswith("> This is a deceptive act to disguise their illegal behavior.\n>\n> — Jeon Ha-kyu")


def test_citation_strips_control_characters():
    from tests.conftest import article_from
    from tui.parser import parse_article

    art = article_from("“Hi \x1b[2J there,” Smith said.")
    doc = parse_article(art)
    out = format_citation(doc.quotes[0], doc.speakers[0], art)
    assert "\x1b" not in out and "Smith" in out


def test_a_single_misspelt_word_still_matches(seed_index):
    s = SearchIndex.from_index(seed_index)
    for query in ("decpetive", "deceptiv", "collusoin"):
        hits = s.search(query)
        assert hits, query
        assert any(w in hits[0].candidate.text for w in ("deceptive", "collusion")), query


def test_reported_speech_is_never_copied_as_a_quotation(seed_path):
    from tui.library import build_index

    index = build_index([seed_path], reported=True)
    art = index.articles[0]
    q = next(q for q in index.quotes_of(art.id) if q.kind == "indirect")
    out = format_citation(q, index.speaker(q.speaker_id), art)
    assert not out.startswith("“") and "[reported speech, not verbatim]" in out
    assert out.startswith(q.text)


def test_a_word_inside_a_longer_word_is_found_when_hits_are_few():
    # as a fuzzy substring match (the brute force it stands in for) would find it
    s = SearchIndex.from_texts(["Terrorism fears grow.", "The head of counterterrorism spoke.", "Nothing here."])
    texts = {h.candidate.text for h in s.search("terorism")}  # a typo, and inside a longer word
    assert texts == {"Terrorism fears grow.", "The head of counterterrorism spoke."}
    s = SearchIndex.from_texts(["The army occupied the town.", "A cup of tea."])
    assert {h.candidate.text for h in s.search("cup")} == {"The army occupied the town.", "A cup of tea."}


def test_every_candidate_is_checked_for_the_other_words_in_a_library_of_near_duplicates(monkeypatch):
    import tui.search as search_mod

    # few candidates may be probed one by one: the set check must still see them all
    monkeypatch.setattr(search_mod, "PROBE_CANDIDATES", 5)
    texts = ([f"Makers of toys number {i}." for i in range(50)]  # the rarest word, walked first
             + [f"Mobile phone sales {i}." for i in range(60)]
             + ["Mobile phone makers gained."])
    s = SearchIndex.from_texts(texts)
    assert s.search("mobile phone makers", limit=1)[0].candidate.text == "Mobile phone makers gained."


def test_a_citation_drops_the_comma_that_led_into_the_attribution_and_keeps_the_words(tmp_path):
    from dataclasses import replace

    from tui.content import load_lexicon
    from tui.library import build_index

    (tmp_path / "a.txt").write_text("date 2005-01-01 Trust\n“We will win it time and time again,” said Mr Blair.\n"
                                    "“The vote is close,” said Sen. Bernie Sanders.\n", encoding="utf-8")
    index = build_index([tmp_path])
    art = index.articles[0]
    blair, sanders = index.quotes_of(art.id)
    assert blair.text.endswith("again,")  # the record stays exact
    cite = format_citation(blair, index.speaker(blair.speaker_id), art)
    assert cite == "“We will win it time and time again” — Blair (Trust, 2005-01-01)"  # "Mr" is no role
    assert format_citation(sanders, index.speaker(sanders.speaker_id), art).startswith(
        "“The vote is close” — Sen. Bernie Sanders (Trust")  # a title stands before the name
    lex = load_lexicon()
    keep = replace(lex, defaults={**lex.defaults, "citation": {**lex.defaults["citation"], "trailing_punctuation": ""}})
    assert format_citation(blair, index.speaker(blair.speaker_id), art, lexicon=keep).startswith(
        "“We will win it time and time again,” — Blair")


def test_the_speaker_who_is_the_query_ranks_before_phrases_that_hold_it_and_scores_differ(tmp_path):
    from tui.library import build_index

    (tmp_path / "a.txt").write_text(
        "date 2005-01-01 Budget\n“Rates will stay low,” said Chancellor Gordon Brown.\n"
        "“No comment,” said Chancellor Gordon Brown's closest ally.\n"
        "Chancellor Gordon Brown's closest ally has denied suggestions of a giveaway, and interest rates held.\n"
        "“Interest rates are going up,” said Ann Lee. Interest rates rose in May, interest rates fell in June.\n",
        encoding="utf-8")
    index = build_index([tmp_path])
    s = SearchIndex.from_index(index)
    hits = s.search("chancelor gordon brwn", limit=5)
    assert hits[0].candidate.kind == "speaker" and hits[0].candidate.text.startswith("Gordon Brown")
    rates = s.search("interest rates", limit=5)
    # not all 100.0: of the texts that hold the words, the one nearest to being them comes first
    assert rates[0].candidate.text == "Interest rates are going up," and rates[0].score > rates[1].score


def test_the_same_text_twice_in_a_library_is_one_article_in_search_and_check_names_the_copy(tmp_path, capsys):
    from tui.cli import main
    from tui.library import build_index

    story = "date 2005-01-01 Rates held\n“Rates will stay where they are,” said Ann Lee.\n"
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "b.txt").write_text(story.replace("Rates held", "Rates held (again)"), encoding="utf-8")
    (tmp_path / "c.txt").write_text("date 2005-01-02 Other\n“Nothing to add,” said Bob Ray.\n", encoding="utf-8")
    index = build_index([tmp_path])
    assert index.duplicate_of == {"b": "a"}
    hits = SearchIndex.from_index(index).search("rates will stay", limit=10)
    assert [(h.candidate.kind, h.candidate.article_id) for h in hits if h.candidate.kind == "quote"] == [("quote", "a")]
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "b.txt: the same text as" in out and "a.txt" in out and "1 duplicate article(s)" in out


def test_a_hit_with_every_word_of_the_query_ranks_before_one_with_some(tmp_path):
    from tui.library import build_index

    (tmp_path / "a.txt").write_text("date 2005-01-01 Parker's saxophone heads auction\nThe horn sold well.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2005-01-02 Yukos unit fetches $9bn at auction\nThe unit was sold.\n",
                                    encoding="utf-8")
    hits = SearchIndex.from_index(build_index([tmp_path])).search("yukos auction", limit=3, kinds=["title"])
    assert hits[0].candidate.text.startswith("Yukos unit")
