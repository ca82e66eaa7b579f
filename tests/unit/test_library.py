"""The on-disk cache: reused when valid, rebuilt when not, never trusted blindly."""

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from tui.library import LibraryCache, open_library
from tui.store import decode_payload


@pytest.fixture
def lib(tmp_path):
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.txt").write_text("date 2024-01-01 Alpha\n“We are ready,” said Ann Lee.\n", encoding="utf-8")
    (root / "b.txt").write_text("date 2024-01-02 Beta\n“Not yet,” said Bob Ray.\n", encoding="utf-8")
    return root


def quotes(index):
    return sorted((q.article_id, q.text) for q in index.all_quotes())


def test_second_open_comes_from_the_cache_and_matches(lib):
    first, s1, st1 = open_library([lib], with_search=True)
    again, s2, st2 = open_library([lib], with_search=True)
    assert (st1.parsed, st1.from_cache) == (2, 0)
    assert (st2.parsed, st2.from_cache, st2.search_from_cache) == (0, 2, True)
    assert quotes(first) == quotes(again)
    assert [a.text for a in first.articles] == [a.text for a in again.articles]
    assert {s.name for s in again.speakers.values()} == {"Ann Lee", "Bob Ray"}
    assert s2.search("redy")[0].candidate.text == "We are ready,"


def test_an_edited_file_is_parsed_again(lib):
    open_library([lib])
    path = lib / "a.txt"
    path.write_text("date 2024-01-01 Alpha\n“We changed our minds,” said Ann Lee.\n", encoding="utf-8")
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    index, _, stats = open_library([lib])
    assert (stats.parsed, stats.from_cache) == (1, 1)
    assert ("a", "We changed our minds,") in quotes(index)


def test_deleted_and_added_files(lib):
    open_library([lib])
    (lib / "b.txt").unlink()
    (lib / "c.txt").write_text("date 2024-01-03 Gamma\n“New,” said Cy Dee.\n", encoding="utf-8")
    index, _, stats = open_library([lib])
    assert sorted(a.id for a in index.articles) == ["a", "c"]
    assert (stats.parsed, stats.from_cache, stats.removed) == (1, 1, 1)


def _cache_file(lib) -> Path:
    return LibraryCache([str(lib)]).path


def _edit_cache(lib, sql: str) -> None:
    db = sqlite3.connect(_cache_file(lib))
    db.execute(sql)
    db.commit()
    db.close()


def _cache_without_journal(lib) -> Path:
    """The cache file alone, its WAL journal removed, ready to be damaged."""
    path = _cache_file(lib)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def test_truncated_cache_is_rebuilt_not_trusted(lib):
    open_library([lib])
    path = _cache_without_journal(lib)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    index, _, stats = open_library([lib])
    assert quotes(index) == [("a", "We are ready,"), ("b", "Not yet,")]
    assert stats.parsed == 2
    assert any("cache" in p.message for p in index.problems)


def test_garbage_cache_file_is_rebuilt(lib):
    open_library([lib])
    path = _cache_without_journal(lib)
    path.write_bytes(b"this is not a database" * 100)
    index, _, stats = open_library([lib])
    assert stats.parsed == 2 and len(index.articles) == 2


def test_tampered_entry_fails_its_checksum(lib):
    open_library([lib])
    _edit_cache(lib, "UPDATE files SET payload = CAST(replace(payload, 'Ann Lee', 'Eve Bad') AS BLOB) "
                     "WHERE path LIKE '%a.txt'")
    index, _, stats = open_library([lib])
    assert stats.parsed == 1
    assert "Eve Bad" not in {s.name for s in index.speakers.values()}
    assert any("checksum" in p.message for p in index.problems)


def test_a_missing_or_damaged_search_part_rebuilds_the_search_index(lib, monkeypatch):
    import tui.search as search

    monkeypatch.setattr(search, "PART_BYTES", 16)  # many parts, even for two articles
    _, s1, _ = open_library([lib], with_search=True)
    db = sqlite3.connect(_cache_file(lib))
    n_parts = db.execute("SELECT COUNT(*) FROM search_parts").fetchone()[0]
    db.close()
    assert n_parts > 3
    for sql in ("DELETE FROM search_parts WHERE seq = 2",
                "UPDATE search_parts SET blob = CAST(zeroblob(length(blob)) AS BLOB) WHERE seq = 1"):
        _edit_cache(lib, sql)
        index, s2, stats = open_library([lib], with_search=True)
        assert stats.from_cache == 2 and not stats.search_from_cache  # the articles were fine
        assert any("search index" in p.message for p in index.problems)
        assert s2.search("redy")[0].candidate.text == "We are ready,"
        _, _, stats = open_library([lib], with_search=True)
        assert stats.search_from_cache  # rebuilt and stored again


def test_cache_from_another_version_is_rebuilt(lib):
    open_library([lib])
    _edit_cache(lib, "UPDATE meta SET value = '0.0.0-old' WHERE key = 'version'")
    index, _, stats = open_library([lib])
    assert (stats.parsed, stats.from_cache) == (2, 0)
    _, _, stats = open_library([lib])
    assert stats.from_cache == 2


def test_cache_from_another_parser_at_the_same_version_is_rebuilt(lib):
    open_library([lib])
    _edit_cache(lib, "UPDATE meta SET value = 'older-parser' WHERE key = 'parser'")
    _, _, stats = open_library([lib])
    assert (stats.parsed, stats.from_cache) == (2, 0)
    _, _, stats = open_library([lib])
    assert stats.from_cache == 2


def test_the_cache_holds_no_pickle(lib):
    open_library([lib], with_search=True)
    db = sqlite3.connect(_cache_file(lib))
    rows = db.execute("SELECT path, payload FROM files").fetchall()
    db.close()
    assert rows
    for path, payload in rows:
        assert not payload.startswith(b"\x80")  # no pickle protocol header
        header, body = decode_payload(payload)  # a JSON header, then raw text and integer arrays
        text = Path(path).read_text(encoding="utf-8")
        for doc in header["docs"]:
            off, n = doc["text"]
            assert bytes(body[off : off + n]).decode("utf-8") in text


def test_two_readers_open_the_same_library_at_once(lib):
    results, errors = [], []

    def read():
        try:
            index, search, _ = open_library([lib], with_search=True)
            results.append(quotes(index))
        except Exception as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(results) == 4 and all(r == results[0] for r in results)


def test_many_files_are_parsed_in_worker_processes(tmp_path, monkeypatch):
    import tui.parsing as parsing

    monkeypatch.setattr(parsing, "PARALLEL_MIN_FILES", 4)
    monkeypatch.setattr(parsing, "CHUNK", 3)
    root = tmp_path / "many"
    root.mkdir()
    for i in range(10):
        (root / f"f{i:02d}.txt").write_text(f"date 2024-01-{i + 1:02d} T{i}\n“Line {i},” said Ann Lee.\n", encoding="utf-8")
    index, _, stats = open_library([root], workers=2, use_cache=False)
    assert [a.id for a in index.articles] == [f"f{i:02d}" for i in range(10)]
    assert index.find_speakers("Ann Lee")[0].quote_count == 10


def test_worker_processes_start_when_stderr_has_no_descriptor(tmp_path, monkeypatch):
    """Inside the reader, Textual captures sys.stderr and its fileno() is -1:
    starting worker processes must still work (it crashed the reader once)."""
    import io
    import sys

    import tui.parsing as parsing

    class Captured(io.StringIO):
        def fileno(self) -> int:
            return -1

    monkeypatch.setattr(parsing, "PARALLEL_MIN_FILES", 4)
    monkeypatch.setattr(parsing, "CHUNK", 3)
    monkeypatch.setattr(sys, "stderr", Captured())

    def not_here(*_a, **_k):
        raise AssertionError("parsed in the main process: the worker processes did not start")

    monkeypatch.setattr(parsing, "parse_file", not_here)  # workers import their own copy
    root = tmp_path / "many"
    root.mkdir()
    for i in range(8):
        (root / f"f{i}.txt").write_text(f"date 2024-01-0{i + 1} T{i}\n“Line {i},” said Ann Lee.\n", encoding="utf-8")
    index, _, stats = open_library([root], workers=2, use_cache=False)
    assert stats.parsed == 8 and index.find_speakers("Ann Lee")[0].quote_count == 8


def test_the_parser_fingerprint_covers_sub_packages_but_not_the_reader(tmp_path):
    """An edit anywhere in the parsing code, a sub-package included, must
    rebuild users' caches; an edit to the reader need not."""
    from tui.store import code_fingerprint

    pkg = tmp_path / "tui"
    (pkg / "attribution").mkdir(parents=True)
    (pkg / "ui").mkdir()
    (pkg / "parser.py").write_text("x = 1\n")
    (pkg / "attribution" / "rules.py").write_text("y = 1\n")
    (pkg / "ui" / "app.py").write_text("z = 1\n")
    before = code_fingerprint(pkg)
    (pkg / "ui" / "app.py").write_text("z = 2\n")
    assert code_fingerprint(pkg) == before
    (pkg / "attribution" / "rules.py").write_text("y = 2\n")
    assert code_fingerprint(pkg) != before
    moved = code_fingerprint(pkg)
    (pkg / "attribution" / "rules.py").rename(pkg / "attribution" / "kinds.py")
    assert code_fingerprint(pkg) != moved  # (a module renamed is a change too)


def test_parsed_here_in_workers_or_from_the_cache_a_library_reads_the_same(tmp_path, monkeypatch, seed_path):
    """Tests and scripts build an index with ``build_index`` (parsed in this
    process, no payload); users open it with ``open_library`` (worker
    processes, the cache): every way must give the reader the same library."""
    import shutil

    import tui.parsing as parsing
    from tui.library import build_index

    monkeypatch.setattr(parsing, "PARALLEL_MIN_FILES", 4)
    monkeypatch.setattr(parsing, "CHUNK", 2)
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(seed_path, root / "seed.txt")
    for i in range(5):
        (root / f"f{i}.txt").write_text(f"date 2024-01-0{i + 1} T{i}\n“Line {i},” said Ann Lee.\n"
                                        f"Lee, the mayor, said it would rain. “We wait,” she said.\n", encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "f0.txt").write_text("date 2024-02-01 Same id\n“Again,” said Bob Ray.\n", encoding="utf-8")

    def reading(index):
        quotes = [(q.id, q.start, q.end, q.kind, q.speaker_id, q.mention, q.cue, q.role, q.resolution, q.rule)
                  for q in index.all_quotes()]
        speakers = sorted((s.id, s.name, s.kind, s.roles, s.aliases, s.articles) for s in index.speakers.values())
        return [(a.id, a.title, a.text) for a in index.articles], quotes, speakers

    here = reading(build_index([root], reported=True))
    assert len(here[0]) == 7 and here[1]
    workers, _, _ = open_library([root], reported=True, workers=2, use_cache=False)
    cold, _, st_cold = open_library([root], reported=True, workers=1, cache_folder=tmp_path / "c")
    warm, _, st_warm = open_library([root], reported=True, workers=1, cache_folder=tmp_path / "c")
    assert (st_cold.parsed, st_warm.from_cache) == (7, 7)
    assert reading(workers) == reading(cold) == reading(warm) == here
