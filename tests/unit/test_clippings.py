"""Clippings (tui.clippings): kept exactly, written atomically, marked stale, exported."""

import csv
import io
import json
import os

import pytest

from tui import clippings as clips
from tui.library import build_index


@pytest.fixture()
def library(tmp_path):
    src = tmp_path / "lib" / "a.txt"
    src.parent.mkdir()
    src.write_text("date 2024-01-01 Alpha story\n“We are ready,” said Ann Lee.\n“It will work,” said Bob Ray.\n",
                   encoding="utf-8")
    return src, build_index([src.parent])


def _clips(index):
    art = index.articles[0]
    return [clips.clip(q, index.speakers.get(q.speaker_id), art) for q in index.quotes_of(art.id)]


def test_a_clipping_keeps_the_exact_words_and_the_citation_shown(library):
    _src, index = library
    a, b = _clips(index)
    art = index.articles[0]
    assert (a.text, a.speaker, a.date, a.title) == ("We are ready,", "Ann Lee", "2024-01-01", "Alpha story")
    assert a.text == art.text[a.start : a.end]
    assert a.citation == "“We are ready” — Ann Lee (Alpha story, 2024-01-01)"
    assert b.citation_markdown.startswith("> It will work\n>\n> — Bob Ray")


def test_clippings_survive_a_save_and_a_load_and_the_file_is_readable(library, tmp_path):
    _src, index = library
    path = tmp_path / "data" / "clippings.json"
    items = clips.with_note(_clips(index), 0, "lead\nquote")
    clips.save(items, path)
    assert clips.load(path) == items
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "pressroom-clippings" and data["clippings"][0]["note"] == "lead quote"
    assert [p.name for p in path.parent.iterdir()] == ["clippings.json"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_whole(library, tmp_path, monkeypatch):
    _src, index = library
    path = tmp_path / "data" / "clippings.json"
    items = _clips(index)
    clips.save(items[:1], path)
    before = path.read_bytes()

    def crash(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        clips.save(items, path)
    assert path.read_bytes() == before and [p.name for p in path.parent.iterdir()] == ["clippings.json"]


@pytest.mark.parametrize("body, says", [
    ("{not json", "broken JSON at line 1"),
    ('{"clippings": []}', "not a clippings file"),
    ('{"format": "pressroom-clippings", "clippings": [{"text": "x"}]}', "clipping 1 is incomplete"),
])
def test_a_broken_clippings_file_is_one_line_naming_it(tmp_path, body, says):
    path = tmp_path / "clippings.json"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(clips.ClippingsError) as err:
        clips.load(path)
    assert str(err.value).startswith(str(path)) and says in str(err.value) and "\n" not in str(err.value)


def test_toggle_move_and_note(library):
    _src, index = library
    a, b = _clips(index)
    items, added = clips.toggle([], a)
    items, _ = clips.toggle(items, b)
    assert added and items == [a, b]
    assert clips.moved(items, 1, -1) == [b, a] and clips.moved(items, 1, 5) == [a, b]
    items, added = clips.toggle(items, a)
    assert not added and items == [b]


def test_a_clipping_is_stale_when_its_source_changes_or_vanishes(library):
    src, index = library
    (a, _b) = _clips(index)
    assert clips.status(a) == "fresh"
    assert clips.status(a, {a.article_id: index.articles[0].text}) == "fresh"
    src.write_text(src.read_text(encoding="utf-8").replace("ready", "set"), encoding="utf-8")
    assert clips.status(a) == "changed"
    assert a.text == "We are ready,"  # what was clipped, never the new text
    src.unlink()
    assert clips.status(a) == "missing"


def test_every_export_format_parses_back(library):
    _src, index = library
    items = _clips(index)
    statuses = ["fresh", "changed"]
    md = clips.export(items, "markdown", statuses)
    assert md.count("> — ") == 2 and "*The source has changed since this was clipped.*" in md
    rows = list(csv.DictReader(io.StringIO(clips.export(items, "csv", statuses))))
    assert [(r["speaker"], r["quote"], r["status"]) for r in rows] == [
        ("Ann Lee", "We are ready,", "fresh"), ("Bob Ray", "It will work,", "changed")]
    lines = [json.loads(x) for x in clips.export(items, "jsonl").splitlines()]
    assert [x["text"] for x in lines] == ["We are ready,", "It will work,"]
    csl = json.loads(clips.export(items, "csl-json"))
    assert csl[0]["type"] == "article-newspaper" and csl[0]["title"] == "Alpha story"
    assert csl[0]["issued"] == {"date-parts": [[2024, 1, 1]]} and "Ann Lee" in csl[0]["note"]
    with pytest.raises(ValueError):
        clips.export(items, "docx")
