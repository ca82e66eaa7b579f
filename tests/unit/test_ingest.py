"""Input formats, and bad input reported per file without stopping the rest."""

import json

from tui.ingest import iter_files, load_file
from tui.library import build_index


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def one(path):
    res = load_file(path)
    assert len(res.articles) == 1, res.problems
    return res.articles[0], res.problems


def test_seed_format_with_leading_space_and_published_line(tmp_path):
    p = write(tmp_path, "a.txt", " date 2025-04-28 A title\nPublished: 28 Apr. 2025, 14:52\nFirst.\n\nSecond.\n")
    art, problems = one(p)
    assert (art.title, art.date, art.published) == ("A title", "2025-04-28", "28 Apr. 2025, 14:52")
    assert [art.text[x.start : x.end] for x in art.paragraphs] == ["A title", "First.", "Second."]
    assert art.paragraphs[0].headline and art.paragraphs[1].index == 1
    assert problems == []


def test_front_matter_markdown(tmp_path):
    p = write(tmp_path, "a.md", "---\ntitle: Budget row\ndate: 2024-03-01\nsource: The Paper\nauthor: A. Writer\n"
              "url: https://example.org/x\ntags: [a, b]\n---\n\nFirst paragraph\nstill first.\n\nSecond.\n")
    art, problems = one(p)
    assert (art.title, art.date, art.source, art.author, art.url) == (
        "Budget row", "2024-03-01", "The Paper", "A. Writer", "https://example.org/x")
    assert ("tags", "a, b") in art.meta
    assert [art.text[x.start : x.end] for x in art.paragraphs] == ["First paragraph\nstill first.", "Second."]


def test_plain_text_title_from_first_line(tmp_path):
    art, _ = one(write(tmp_path, "a.txt", "The headline\n\nBody one.\n\nBody two.\n"))
    assert art.title == "The headline" and art.date is None
    assert [art.text[x.start : x.end] for x in art.paragraphs] == ["The headline", "Body one.", "Body two."]


def test_jsonl_records_and_a_bad_line(tmp_path):
    lines = [json.dumps({"id": "r1", "title": "One", "date": "2020-01-02", "text": "“Hi,” she said."}),
             "{not json",
             json.dumps({"title": "Two", "body": "Body."}),
             json.dumps({"title": "No text"})]
    res = load_file(write(tmp_path, "a.jsonl", "\n".join(lines) + "\n"))
    assert [a.id for a in res.articles] == ["r1", "a:2"]
    assert [a.title for a in res.articles] == ["One", "Two"]
    msgs = [(p.line, p.message) for p in res.problems]
    assert msgs[0][0] == 2 and "invalid JSON" in msgs[0][1]
    assert msgs[1][0] == 4 and "no text" in msgs[1][1]


def test_json_list(tmp_path):
    res = load_file(write(tmp_path, "a.json", json.dumps([{"title": "A", "content": "x"}, {"title": "B", "text": "y"}])))
    assert [a.title for a in res.articles] == ["A", "B"]


def test_bom_crlf_and_cr(tmp_path):
    art, _ = one(write(tmp_path, "a.txt", b"\xef\xbb\xbfTitle\r\n\r\nOne.\r\n\r\nTwo.\rThree."))
    assert "\r" not in art.text and art.title == "Title"


def test_cp1252_smart_quotes_load_with_a_warning(tmp_path):
    art, problems = one(write(tmp_path, "a.txt", b"Title\n\n\x93Hello,\x94 he said.\n"))
    assert "“Hello,” he said." in art.text
    assert problems[0].severity == "warning" and "Windows-1252" in problems[0].message and problems[0].line == 3


def test_binary_file_is_reported_and_skipped(tmp_path):
    res = load_file(write(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"))
    assert res.articles == [] and "binary" in res.problems[0].message
    assert res.problems[0].path.endswith("a.txt")


def test_broken_front_matter_names_the_line(tmp_path):
    res = load_file(write(tmp_path, "a.md", "---\ntitle: ok\ndate: [unclosed\n---\nBody.\n"))
    assert res.articles == []
    p = res.problems[0]
    assert "front matter" in p.message and p.line in (3, 4)


def test_unclosed_front_matter(tmp_path):
    res = load_file(write(tmp_path, "a.md", "---\ntitle: ok\nBody.\n"))
    assert res.articles == [] and "never closed" in res.problems[0].message


def test_empty_file(tmp_path):
    res = load_file(write(tmp_path, "a.txt", "  \n\n"))
    assert res.articles == [] and "empty" in res.problems[0].message


def test_control_characters_replaced_keeping_offsets(tmp_path):
    raw = "Title\n\nHe said \x1b]0;pwned\x07 and \x1b[2J “ok.”\n"
    art, problems = one(write(tmp_path, "a.txt", raw))
    assert "\x1b" not in art.text and "\x07" not in art.text
    assert len(art.text) == len(raw)
    assert any("control character" in p.message for p in problems)


def test_huge_file_is_skipped(tmp_path, monkeypatch):
    import tui.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    res = load_file(write(tmp_path, "a.txt", "Title\n\n" + "word " * 100))
    assert res.articles == [] and "too large" in res.problems[0].message


def test_folder_recursion_skips_hidden_and_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    write(tmp_path, "sub/b.txt", "B\n\nb")
    write(tmp_path, ".git/c.txt", "C\n\nc")
    write(tmp_path, ".hidden.txt", "H\n\nh")
    write(tmp_path, "image.png", b"\x89PNG")
    write(tmp_path, "a.md", "A\n\na")
    problems = []
    files = list(iter_files([tmp_path, tmp_path / "missing"], problems))
    assert [f.rsplit("/", 1)[-1] for f in files] == ["a.md", "b.txt"]
    assert problems[0].message == "no such file or folder"


def test_bad_files_do_not_stop_the_others(tmp_path):
    write(tmp_path, "a.txt", b"\x00\x01binary")
    write(tmp_path, "b.md", "---\ntitle: [\n---\nx")
    write(tmp_path, "c.txt", "Good\n\n“Fine,” she said.")
    write(tmp_path, "d.txt", "Unbalanced\n\nHe said “this never ends.\n\nAnd “another")
    index = build_index([tmp_path])
    assert sorted(a.id for a in index.articles) == ["c", "d"]
    assert {p.path.rsplit("/", 1)[-1] for p in index.problems if p.severity == "error"} == {"a.txt", "b.md"}


def test_run_on_paragraph_with_thousands_of_quotes(tmp_path):
    """A file with no sentence punctuation and thousands of quotes (a text
    dump) still parses: no scan is quadratic in the paragraph's length."""
    words = ["said", "the", "minister", "“we", "will", "win”", "he", "told", "reporters", "Smith"]
    body = " ".join(words[i % len(words)] for i in range(60000))
    p = tmp_path / "runon.txt"
    p.write_text("Run on\n\n" + body + "\n", encoding="utf-8")
    index = build_index([p], reported=True)
    art = index.articles[0]
    quotes = index.quotes_of(art.id)
    assert len([q for q in quotes if q.kind in ("direct", "mixed")]) == 6000
    assert all(art.text[q.start : q.end] == q.text for q in quotes)
