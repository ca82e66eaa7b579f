from __future__ import annotations

import asyncio

import pytest

from tests.conftest import SEED


async def wait_loaded(pilot, timeout: float = 10.0) -> None:
    """Wait until the reader has indexed its library (it loads in a worker)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while pilot.app.index is None or pilot.app.article is None:
        if pilot.app.index is not None and not pilot.app.index.articles:
            break
        if loop.time() > end:
            raise AssertionError("the library did not load")
        await pilot.pause(0.02)
    await pilot.pause()


async def wait_until(pilot, condition, timeout: float = 5.0) -> None:
    """Wait for something a worker does (a search, the palette's lookup)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        if loop.time() > end:
            raise AssertionError("timed out waiting for the reader")
        await pilot.pause(0.01)


async def wait_for_search(pilot) -> None:
    """Wait until the search screen shows the results for what is typed."""
    from textual.widgets import Input

    screen = pilot.app.screen
    await wait_until(pilot, lambda: screen.shown_query == screen.query_one(Input).value)


@pytest.fixture
def make_app():
    from tui.ui.app import PressroomApp

    def make(paths=None):
        return PressroomApp([str(p) for p in (paths or [SEED])], system_clipboard=False)

    return make


def screen_lines(view) -> list[str]:
    """The text the article pane shows, line by line."""
    return [view.render_line(y).text for y in range(view.size.height)]
