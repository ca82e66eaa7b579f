"""The index lookups a reader needs, on the seed library."""

from tui.model import DEFAULT_KINDS


def test_offset_to_quote_and_paragraph(seed_index):
    art = seed_index.articles[0]
    q = next(q for q in seed_index.quotes_of(art.id) if q.text.startswith("This is a deceptive act"))
    middle = (q.start + q.end) // 2
    assert seed_index.quote_at(art.id, middle) == q
    assert seed_index.quote_at(art.id, q.start - 2) != q  # the opening mark is outside the span
    para = seed_index.paragraph_at(art.id, middle)
    assert para.index == 3 and art.text[para.start : para.end].startswith("Regarding North Korea’s claim")
    assert seed_index.paragraphs_of(q) == (para,)


def test_innermost_quote_wins_for_nested_quotes(tmp_path):
    from tui.library import build_index

    (tmp_path / "a.txt").write_text("Title\n\n“He told me ‘never again’ and meant it,” she said.\n")
    index = build_index([tmp_path])
    art = index.articles[0]
    pos = art.text.index("never")
    assert index.quote_at(art.id, pos).kind == "nested"
    assert index.quote_at(art.id, art.text.index("meant")).kind == "direct"


def test_speaker_to_quotes_across_the_library(tmp_path):
    from tui.library import build_index

    (tmp_path / "a.txt").write_text("date 2024-01-01 A\n“One,” said Jane Smith, a lawyer.\n")
    (tmp_path / "b.txt").write_text("date 2024-01-02 B\n“Two,” Smith said.\n")
    index = build_index([tmp_path])
    (jane,) = index.find_speakers("Jane Smith")
    assert [q.text for q in index.quotes_by(jane.id, DEFAULT_KINDS)] == ["One,", "Two,"]
    assert jane.articles == (("a", 1), ("b", 1)) and jane.quote_count == 2
    assert jane.role_in("a") == "a lawyer"
    assert index.speakers_in("b") == [jane]


def test_quote_ids_are_stable_and_spans_exact(seed_index):
    art = seed_index.articles[0]
    for q in seed_index.quotes_of(art.id):
        assert q.id.startswith(art.id + "#q")
        assert seed_index.quote(q.id) is q
        assert art.text[q.start : q.end] == q.text


def test_bare_surname_joins_the_dominant_full_name(tmp_path):
    from tui.library import build_index

    for i in range(5):
        (tmp_path / f"t{i}.txt").write_text(f"date 2024-01-0{i + 1} T{i}\n“Line {i},” said Tony Blair.\n")
    (tmp_path / "c.txt").write_text("date 2024-02-01 C\n“Hello,” said Cherie Blair.\n")
    (tmp_path / "s.txt").write_text("date 2024-03-01 S\n“Alone,” Blair said.\n")
    index = build_index([tmp_path])
    (tony,) = index.find_speakers("Tony Blair")
    assert tony.quote_count == 6 and "Blair" in tony.aliases
    assert index.find_speakers("Cherie Blair")[0].quote_count == 1


def test_bare_surname_stays_apart_when_two_full_names_are_close(tmp_path):
    from tui.library import build_index

    (tmp_path / "a.txt").write_text("date 2024-01-01 A\n“One,” said Bill Clinton.\n")
    (tmp_path / "b.txt").write_text("date 2024-01-02 B\n“Two,” said Hillary Clinton.\n")
    (tmp_path / "c.txt").write_text("date 2024-01-03 C\n“Three,” Clinton said.\n")
    index = build_index([tmp_path])
    assert index.find_speakers("Clinton")[0].name == "Clinton"


def test_middle_names_and_initials_are_one_person_across_the_library(tmp_path):
    from tui.library import build_index

    (tmp_path / "a.txt").write_text("date 2024-01-01 A\n“One,” said Hillary Clinton.\n")
    (tmp_path / "b.txt").write_text("date 2024-01-02 B\n“Two,” said Hillary Rodham Clinton.\n")
    (tmp_path / "c.txt").write_text("date 2024-01-03 C\n“Three,” said James B. Comey.\n")
    (tmp_path / "d.txt").write_text("date 2024-01-04 D\n“Four,” said James Comey.\n")
    index = build_index([tmp_path])
    assert sorted((s.name, s.quote_count) for s in index.speakers.values()) == [
        ("Hillary Clinton", 2), ("James Comey", 2)]
    assert "Hillary Rodham Clinton" in index.find_speakers("Hillary Clinton")[0].aliases


def test_the_role_most_articles_give_comes_first(tmp_path):
    from tui.library import build_index

    for i, role in enumerate(["a senator", "the chairman", "the chairman"]):
        (tmp_path / f"{i}.txt").write_text(f"date 2024-01-0{i + 1} T\n“Yes,” said Ann Lee, {role}.\n")
    (lee,) = build_index([tmp_path]).find_speakers("Ann Lee")
    assert lee.role == "the chairman" and lee.role_in("0") == "a senator"


def test_same_file_name_in_two_roots_gets_distinct_ids(tmp_path):
    from tui.library import build_index

    for root in ("one", "two"):
        (tmp_path / root).mkdir()
        (tmp_path / root / "story.txt").write_text(f"date 2024-01-01 {root}\n“Hi,” said Ann Lee.\n")
    index = build_index([tmp_path / "one", tmp_path / "two"])
    assert [a.id for a in index.articles] == ["story", "story~2"]
    q = index.quotes_of("story~2")[0]
    assert q.id.startswith("story~2#") and q.article_id == "story~2"
