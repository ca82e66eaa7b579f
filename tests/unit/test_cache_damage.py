"""A damaged, locked, read-only or full cache is never trusted and never
fatal: at most one warning line, and the same results as with no cache."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tui.store as store
from tui.cli import main
from tui.library import LibraryCache, open_library

ROOT = Path(__file__).resolve().parents[2]


def make_library(root: Path, n: int = 60) -> Path:
    root.mkdir()
    rng = random.Random(n)
    names = ["Ann Lee", "Bob Ray", "Cy Dee", "Di Fox", "Ed Gray"]
    for i in range(n):
        who = rng.choice(names)
        (root / f"a{i:03}.txt").write_text(
            f"date 2024-01-{1 + i % 28:02} Story {i}\n“We are ready for {i},” said {who}, a spokesperson.\n"
            f"{who.split()[1]} added: “Not yet.” Critics said the plan would fail.\n", encoding="utf-8")
    return root


def results(index):
    """Everything a user sees of a library: quotes with speakers, and the speakers."""
    quotes = [(q.article_id, q.start, q.end, q.kind, q.speaker_id, q.mention, q.role) for q in index.all_quotes()]
    speakers = sorted((s.id, s.name, s.quote_count, s.aliases) for s in index.speakers.values())
    return quotes, speakers


def cache_warnings(index):
    return [p for p in index.problems if "cache" in p.message]


@pytest.fixture
def lib(tmp_path):
    return make_library(tmp_path / "lib")


@pytest.fixture
def truth(lib):
    return results(open_library([lib], use_cache=False)[0])


def flip(path: Path, seed: int, count: int = 200) -> None:
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(count):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", range(8))
def test_random_bytes_flipped_in_the_cache_file(lib, truth, seed):
    open_library([lib], with_search=True)
    cache = LibraryCache([str(lib)]).path
    for suffix in ("-wal", "-shm"):
        Path(str(cache) + suffix).unlink(missing_ok=True)
    flip(cache, seed)
    index, search, _ = open_library([lib], with_search=True)
    assert results(index) == truth
    assert len(cache_warnings(index)) <= 1
    assert search.search("ready")  # the search index is sound too
    again, _, stats = open_library([lib])
    assert results(again) == truth and cache_warnings(again) == []  # the next run uses a sound cache
    assert stats.from_cache == len(again.articles)


@pytest.mark.parametrize("seed", range(3))
def test_a_damaged_cache_through_the_command_line(lib, seed, capsys):
    assert main(["quotes", str(lib), "--format", "jsonl", "-q"]) == 0
    want = capsys.readouterr().out
    flip(LibraryCache([str(lib)]).path, seed)
    assert main(["check", str(lib)]) == 0  # a damaged cache is no error of the input
    out = capsys.readouterr().out
    assert sum("cache" in line for line in out.splitlines()) <= 1 and "Traceback" not in out
    flip(LibraryCache([str(lib)]).path, seed + 100)
    assert main(["quotes", str(lib), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert captured.out == want and len(captured.err.splitlines()) <= 1


def test_garbage_journal_files_beside_the_cache(lib, truth):
    open_library([lib])
    cache = LibraryCache([str(lib)]).path
    Path(str(cache) + "-wal").write_bytes(os.urandom(70_000))
    Path(str(cache) + "-shm").write_bytes(os.urandom(32_768))
    index = open_library([lib])[0]
    assert results(index) == truth and len(cache_warnings(index)) <= 1


def test_a_truncated_journal_after_a_crash(lib, truth, monkeypatch):
    connect = LibraryCache._connect

    def no_checkpoint(self):
        db = connect(self)
        db.execute("PRAGMA wal_autocheckpoint=0")  # everything stays in the journal, as after a crash
        return db

    with monkeypatch.context() as m:
        m.setattr(LibraryCache, "_connect", no_checkpoint)
        m.setattr(LibraryCache, "close", lambda self: None)  # (closing would checkpoint)
        open_library([lib])
    wal = Path(str(LibraryCache([str(lib)]).path) + "-wal")
    assert wal.stat().st_size > 0
    os.truncate(wal, wal.stat().st_size // 2)
    index = open_library([lib])[0]
    assert results(index) == truth and len(cache_warnings(index)) <= 1


HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA locking_mode=EXCLUSIVE")
db.execute("BEGIN EXCLUSIVE")
db.execute("DELETE FROM meta")
print("locked", flush=True)
time.sleep(60)
"""


def test_a_cache_locked_by_another_process_is_waited_for_briefly_then_not_used(lib, truth, monkeypatch):
    open_library([lib])
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(LibraryCache([str(lib)]).path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        index, _, stats = open_library([lib])
    finally:
        holder.kill()
        holder.wait()
    assert results(index) == truth
    [warning] = cache_warnings(index)
    assert "locked" in warning.message and "not used" in warning.message
    assert stats.parsed == len(index.articles)
    again, _, stats = open_library([lib])  # the lock is gone, and the cache was left as it was
    assert stats.from_cache == len(again.articles) and cache_warnings(again) == []


def test_a_read_only_cache_is_read_and_not_written(lib, truth, monkeypatch):
    open_library([lib])
    path = lib / "a000.txt"
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # one file to parse and write again
    real = sqlite3.connect
    monkeypatch.setattr(store.sqlite3, "connect", lambda p, *a, **k: real(f"file:{p}?mode=ro", *a, uri=True, **k))
    index, _, stats = open_library([lib])
    assert results(index) == truth
    assert (stats.parsed, stats.from_cache) == (1, len(index.articles) - 1)
    [warning] = cache_warnings(index)
    assert "readonly" in warning.message


def test_a_cache_folder_without_write_permission(lib, truth, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    # root writes where a folder's mode forbids it, but not into /proc: a folder
    # that exists and that no one can add a file to
    monkeypatch.setenv("PRESSROOM_CACHE_DIR", "/proc/self" if as_root else str(folder))
    folder.chmod(0o555)
    try:
        index = open_library([lib])[0]
    finally:
        folder.chmod(0o755)
    assert results(index) == truth and len(cache_warnings(index)) == 1


def test_a_cache_folder_that_cannot_be_made(lib, truth, tmp_path, monkeypatch):
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("PRESSROOM_CACHE_DIR", str(tmp_path / "file" / "cache"))
    index = open_library([lib])[0]
    assert results(index) == truth
    [warning] = cache_warnings(index)
    assert "Not a directory" in warning.message


def test_a_full_cache_folder(lib, truth, monkeypatch):
    connect = LibraryCache._connect

    def small(self):
        db = connect(self)
        db.execute("PRAGMA max_page_count=4")  # room for the tables, not for the entries: SQLITE_FULL
        return db

    monkeypatch.setattr(LibraryCache, "_connect", small)
    index = open_library([lib], with_search=True)[0]
    assert results(index) == truth
    [warning] = cache_warnings(index)
    assert "full" in warning.message


BUILD = """
import sys
sys.path.insert(0, sys.argv[1])
from tui.library import open_library
open_library([sys.argv[2]], with_search=True)
"""


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.5])
def test_killed_while_building_the_cache_alone_or_beside_another_reader(tmp_path, monkeypatch, delay):
    lib = make_library(tmp_path / "lib", n=450)  # enough files to be parsed by worker processes
    truth = results(open_library([lib], use_cache=False)[0])
    env = {**os.environ, "PRESSROOM_CACHE_DIR": os.environ["PRESSROOM_CACHE_DIR"]}
    victim = subprocess.Popen([sys.executable, "-c", BUILD, str(ROOT), str(lib)], env=env, start_new_session=True)
    other = subprocess.Popen([sys.executable, "-c", BUILD, str(ROOT), str(lib)], env=env)
    time.sleep(delay)
    os.killpg(victim.pid, signal.SIGKILL)  # the process and its worker processes, in the middle of writing
    victim.wait()
    assert other.wait(timeout=120) == 0  # the one beside it finishes
    index = open_library([lib], with_search=True)[0]
    assert results(index) == truth and len(cache_warnings(index)) <= 1
    again = open_library([lib])[0]
    assert results(again) == truth and cache_warnings(again) == []
