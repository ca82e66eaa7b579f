"""Hostile and odd files: one clear line naming each, the rest still loads,
nothing blocks, nothing blows up.

A test here that would hang on a regression runs its work in a thread and
fails when the work has not returned after a generous while: that is a guard
against a hang, not a measurement of speed (benchmarks/bench_hostile.py
measures how the cost grows).
"""

import json
import os
import random
import socket
import threading

import pytest

import tui.ingest as ingest
from tui.ingest import MAX_PARAGRAPH_CHARS, iter_file_ids, load_file
from tui.library import build_index


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def returns(fn, *args, wait=60):
    """Run ``fn(*args)`` in a thread; its result, or a failure if it never returns."""
    out = {}

    def run():
        out["value"] = fn(*args)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(wait)
    assert not t.is_alive(), f"{fn.__name__} did not return: it blocked or looped"
    return out["value"]


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


@needs_fifo
def test_a_named_pipe_in_a_folder_is_named_and_skipped_never_read(tmp_path):
    write(tmp_path / "a.txt", "Alpha\n\n“Ready,” said Ann Lee.\n")
    os.mkfifo(tmp_path / "pipe.txt")  # no writer: opening it for a blocking read would wait forever
    index = returns(build_index, [tmp_path])
    assert [a.id for a in index.articles] == ["a"]
    [problem] = index.problems
    assert problem.path.endswith("pipe.txt") and problem.severity == "error"
    assert "named pipe" in problem.message


@needs_fifo
def test_a_named_pipe_named_on_the_command_line_is_named_not_missing(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    problems = []
    assert returns(lambda: list(iter_file_ids([tmp_path / "pipe.txt"], problems))) == []
    assert "not a regular file (a named pipe)" in problems[0].message


@needs_fifo
def test_load_file_checks_what_it_opened(tmp_path):
    """A file replaced by a pipe between listing and reading is not read either."""
    os.mkfifo(tmp_path / "late.txt")
    res = returns(load_file, tmp_path / "late.txt")
    assert res.articles == [] and "named pipe" in res.problems[0].message


def test_a_socket_is_named_and_skipped(tmp_path):
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "s.txt"))
    except OSError:  # pragma: no cover - a path too long for a socket address
        pytest.skip("cannot bind a socket here")
    try:
        problems = []
        assert list(iter_file_ids([tmp_path], problems)) == []
        assert "(a socket)" in problems[0].message
    finally:
        sock.close()


def test_a_broken_link_is_named_with_its_target(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    index = build_index([tmp_path])
    assert index.articles == ()
    assert "broken symbolic link" in index.problems[0].message and "gone.txt" in index.problems[0].message


def test_a_device_named_explicitly_is_not_read():
    if not os.path.exists("/dev/zero"):  # pragma: no cover
        pytest.skip("no /dev/zero")
    res = returns(load_file, "/dev/zero")  # endless: read, it would fill memory
    assert res.articles == [] and "character device" in res.problems[0].message


def test_a_line_of_spaces_a_megabyte_long(tmp_path):
    """Paragraph splitting stays linear on a line that is all whitespace."""
    art = load_file(write(tmp_path / "a.txt", "Title\nword\n" + " \t" * 500_000 + "\nlast\n")).articles[0]
    assert [art.text[p.start : p.end] for p in art.paragraphs] == ["Title", "word", "last"]


def test_an_over_long_paragraph_is_read_in_bounded_pieces(tmp_path):
    sentence = "The minister said the plan would work. "
    body = sentence * (3 * MAX_PARAGRAPH_CHARS // len(sentence))
    res = load_file(write(tmp_path / "a.txt", "Title\n\n" + body + "\n\nAfter.\n"))
    art = res.articles[0]
    pieces = [p for p in art.paragraphs if not p.headline][:-1]
    assert len(pieces) >= 3 and all(p.end - p.start <= MAX_PARAGRAPH_CHARS for p in pieces)
    assert all(art.text[p.start : p.end].endswith("work.") for p in pieces)  # cut at sentence ends
    assert "".join(art.text[p.start : p.end] + " " for p in pieces) == body  # nothing lost, nothing doubled
    assert art.text[art.paragraphs[-1].start : art.paragraphs[-1].end] == "After."
    [warning] = res.problems
    assert warning.severity == "warning" and warning.line == 3 and "in pieces" in warning.message


def test_a_paragraph_with_no_space_at_all_is_cut_at_the_limit(tmp_path):
    art = load_file(write(tmp_path / "a.txt", "Title\n\n" + "x" * (2 * MAX_PARAGRAPH_CHARS + 5) + "\n")).articles[0]
    assert [p.end - p.start for p in art.paragraphs if not p.headline] == [MAX_PARAGRAPH_CHARS] * 2 + [5]


def test_a_whole_article_on_one_line_is_body_text_not_a_title(tmp_path):
    line = "“We will win,” said Ann Lee. " * 40
    res = load_file(write(tmp_path / "a.txt", line))
    art = res.articles[0]
    assert len(art.title) <= 81 and art.title.endswith("…") and art.title.startswith("“We will win,”")
    assert not any(p.headline for p in art.paragraphs)
    assert art.text[art.paragraphs[0].start : art.paragraphs[0].end] == line.strip()


def test_json_nested_too_deeply(tmp_path):
    res = load_file(write(tmp_path / "a.json", "[" * 100_000))
    assert res.articles == [] and "nested too deeply" in res.problems[0].message
    lines = json.dumps({"title": "Fine", "text": "Fine."}) + "\n" + '{"text": ' + "[" * 100_000 + "\n"
    res = load_file(write(tmp_path / "b.jsonl", lines))
    assert [a.title for a in res.articles] == ["Fine"]
    assert res.problems[0].line == 2 and "nested too deeply" in res.problems[0].message


def test_front_matter_nested_too_deeply(tmp_path):
    res = load_file(write(tmp_path / "a.md", "---\ntitle: x\ndeep: " + "[" * 30_000 + "\n---\nBody.\n"))
    assert res.articles == [] and "nested too deeply" in res.problems[0].message


def test_a_yaml_alias_bomb_in_front_matter_is_read_in_bounded_time_and_memory(tmp_path):
    lines = ["---", "title: Bomb", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcdefgh", "bcdefghi"):  # 10**9 items once expanded
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    lines += ["---", "“Fine,” said Ann Lee."]
    res = returns(load_file, write(tmp_path / "a.md", "\n".join(lines) + "\n"))
    art = res.articles[0]
    assert art.title == "Bomb"
    meta = dict(art.meta)
    assert meta["a"].startswith("lol, lol") and all(len(v) <= ingest.MAX_META_CHARS + 1 for v in meta.values())


def test_front_matter_over_its_limit_is_refused(tmp_path):
    res = load_file(write(tmp_path / "a.md", "---\ntitle: x\nnotes: " + "y" * (ingest.MAX_FRONT_MATTER_BYTES + 1)
                          + "\n---\nBody.\n"))
    assert res.articles == [] and "front matter is longer than" in res.problems[0].message


def test_a_json_lines_line_over_the_limit_is_skipped_not_held(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    good = json.dumps({"title": "Fine", "text": "Fine."})
    res = load_file(write(tmp_path / "a.jsonl", good + "\n" + json.dumps({"text": "w " * 2000}) + "\n" + good + "\n"))
    assert [a.title for a in res.articles] == ["Fine", "Fine"]
    [problem] = res.problems
    assert problem.line == 2 and "line longer than" in problem.message


def test_huge_metadata_values_are_cut(tmp_path):
    rec = {"title": "T" * 10_000, "author": ["x" * 5000] * 5, "id": "r", "text": "Body."}
    art = load_file(write(tmp_path / "a.json", json.dumps(rec))).articles[0]
    assert len(art.title) <= ingest.MAX_META_CHARS + 1 and len(art.author) <= ingest.MAX_META_CHARS + 1


def test_an_article_is_read_for_a_bounded_number_of_quotations(tmp_path, monkeypatch):
    """Past MAX_ATTRIBUTIONS, quote marks are read as text (a real article has
    a few hundred quotes; a file of nothing but short quotes would otherwise
    hold a few records for each, some 100 times its text, at once)."""
    import tui.attribution.doc as attribution

    monkeypatch.setattr(attribution, "MAX_ATTRIBUTIONS", 50)
    body = " ".join(f"“Point {i},” said Ann Lee." for i in range(80))
    path = write(tmp_path / "dense.txt", "Dense\n\n" + body + "\n")
    index = build_index([path])
    quotes = index.quotes_of("dense")
    assert len(quotes) == 50 and quotes[-1].text == "Point 49,"
    assert all(index.article("dense").text[q.start : q.end] == q.text for q in quotes)
    [note] = [p for p in index.problems if "quotations" in p.message]
    assert note.path == str(path) and note.severity == "warning" and "30 past them are read as plain text" in note.message


def test_reported_speech_shares_the_bound(tmp_path, monkeypatch):
    import tui.attribution.doc as attribution

    monkeypatch.setattr(attribution, "MAX_ATTRIBUTIONS", 10)
    body = "\n".join(f"Ann Lee said the plan number {i} would work." for i in range(40))
    index = build_index([write(tmp_path / "r.txt", "Reports\n" + body + "\n")], reported=True)
    assert len(index.quotes_of("r")) == 10
    assert any("reported speech past them is not read" in p.message for p in index.problems)


def test_a_30_mb_file_on_one_line_is_read_in_bounded_pieces(tmp_path):
    """A botched export: 30 MB of words and quote marks on one line. It is read
    (pieces of at most MAX_PARAGRAPH_CHARS, one warning) with every span exact;
    before, `pressroom check` ran past six minutes and 3.3 GB on such a file."""
    rng = random.Random(30)
    words = ["the", "minister", "said", "“we", "will", "not", "give", "up,”", "Smith", "told", "reporters",
             "and", "Ann", "Lee", "added:", "“never.”", "critics", "say", "it", "costs", "too", "much."]
    target = 30 * 1024 * 1024
    chunk = " ".join(rng.choice(words) for _ in range(200_000))
    path = tmp_path / "dump.txt"
    with path.open("w", encoding="utf-8") as fh:
        written = 0
        while written < target:
            fh.write(chunk + " ")
            written += len(chunk) + 1
    index = returns(build_index, [path], wait=600)
    [art] = index.articles
    body = [p for p in art.paragraphs if not p.headline]
    assert len(body) >= len(art.text) // MAX_PARAGRAPH_CHARS
    assert all(p.end - p.start <= MAX_PARAGRAPH_CHARS for p in body)
    quotes = index.quotes_of(art.id)
    assert len(quotes) > 1000 and all(art.text[q.start : q.end] == q.text for q in quotes)
    assert any("in pieces" in p.message for p in index.problems)


def test_a_file_that_grew_after_it_was_opened_is_read_to_the_limit(tmp_path, monkeypatch):
    path = write(tmp_path / "log.txt", "x" * 5000)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert ingest._read_bounded(fd, 10) == b"x" * 5000  # its size as opened was 10: it grew
    finally:
        os.close(fd)
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert len(ingest._read_bounded(fd, 10)) == 1001  # never more than the limit and one byte
    finally:
        os.close(fd)
    assert "too large" in load_file(path).problems[0].message
