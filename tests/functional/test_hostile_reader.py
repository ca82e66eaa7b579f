"""The reader survives hostile files and a damaged cache: a notification,
the problems listed (p), and the app goes on; never a traceback."""

import os
import random

import pytest

from tests.functional.conftest import screen_lines, wait_loaded
from tui.library import LibraryCache, open_library
from tui.ui import article_view
from tui.ui.article_view import ArticleView
from tui.ui.screens import ListScreen


def library(tmp_path, n=12):
    root = tmp_path / "lib"
    root.mkdir()
    for i in range(n):
        (root / f"a{i:02}.txt").write_text(f"date 2024-02-{1 + i:02} Story {i}\n“Ready for {i},” said Ann Lee.\n",
                                           encoding="utf-8")
    return root


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


def squeezed(text: str) -> str:
    return "".join(text.split())


async def problems_screen_text(pilot) -> str:
    """What the problems screen (p) shows, without its whitespace (its rows
    are wrapped to the screen, long paths cut anywhere)."""
    await pilot.press("p")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ListScreen)
    return squeezed("".join(text for row in screen.query_one("RowList").rows for text, _style in row.fragments))


@pytest.mark.parametrize("seed", range(3))
async def test_a_damaged_cache_gives_a_notice_and_a_problem_not_a_crash(make_app, tmp_path, seed):
    root = library(tmp_path)
    open_library([root], with_search=True, reported=True)  # the reader's cache
    path = LibraryCache([str(root)], reported=True).path
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(200):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (path.parent / (path.name + suffix)).unlink(missing_ok=True)
    app = make_app([root])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        assert len(app.index.articles) == 12
        cache_problems = [p for p in app.index.problems if "cache" in p.message]
        assert len(cache_problems) == 1  # (200 bytes in a small file: the damage is always found)
        assert any("Press p" in m for m in notices(app))
        assert "cache" in await problems_screen_text(pilot)
        await pilot.press("escape", "j", "y")
        assert "Ann Lee" in app.clipboard


async def test_a_pipe_and_a_multi_megabyte_line_in_the_folder(make_app, tmp_path):
    root = library(tmp_path, n=2)
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
    line = " ".join(f"“Point {i},” said Person{i % 97} Smith." for i in range(60_000))  # about 2 MB, one line
    (root / "zz-dump.txt").write_text(line + "\n", encoding="utf-8")
    app = make_app([root])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot, timeout=120)
        assert len(app.index.articles) == 3
        assert any("Press p" in m for m in notices(app))
        shown = await problems_screen_text(pilot)
        if hasattr(os, "mkfifo"):
            assert squeezed("pipe.txt: not a regular file (a named pipe); skipped") in shown
        assert squeezed("zz-dump.txt:1: 1 paragraph(s) longer than 20,000 characters, read in pieces") in shown
        await pilot.press("escape")
        dump = next(a for a in app.index.articles if a.id == "zz-dump")
        app.open_article(dump.id)
        await pilot.pause()
        view = app.query_one(ArticleView)
        await pilot.press("j", "j", "end", "j")
        assert view.current_quote is not None and view.current_quote.text.startswith("Point")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert any("said Person" in ln for ln in screen_lines(view))


async def test_a_library_that_fails_to_open_leaves_the_reader_up(make_app, tmp_path, monkeypatch):
    import tui.ui.app as app_module

    calls = []

    def broken(paths, **kw):
        calls.append(kw["use_cache"])
        raise RuntimeError("something broke")

    monkeypatch.setattr(app_module, "open_library", broken)
    app = make_app([library(tmp_path, n=1)])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        assert calls == [True, False]  # tried again without the cache
        assert app.index.articles == ()
        shown = await problems_screen_text(pilot)
        assert squeezed("could not open the library (RuntimeError: something broke); trying without the cache") in shown


def test_laying_out_a_line_a_word_at_a_time_gives_the_lines_of_a_character_at_a_time(monkeypatch):
    rng = random.Random(1)
    pieces = ["a", "bb", "ccc ", " ", "  ", "word", "“q”", "—", "\n", "x" * 18, "é", "中文"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        width = rng.randint(1, 12)
        fast = article_view.wrap(text, 0, len(text), width)
        with monkeypatch.context() as m:
            m.setattr(article_view, "_single_cells", lambda *a: False)
            assert fast == article_view.wrap(text, 0, len(text), width), (text, width)
