"""Layout snapshots (pytest-textual-snapshot) at 80x24 and 140x45.

Update after an intended layout change with ``pytest --snapshot-update``
and look at the SVGs in ``__snapshots__`` before committing them.
"""

from tests.conftest import SEED
from tests.functional.conftest import wait_for_search, wait_loaded, wait_until


def _app():
    from tui.ui.app import PressroomApp

    return PressroomApp([str(SEED)], system_clipboard=False)


async def _loaded(pilot):
    await wait_loaded(pilot)


def test_seed_wide(snap_compare):
    async def before(pilot):
        await wait_loaded(pilot)
        await pilot.press("j", "j", "j", "j")

    assert snap_compare(_app(), terminal_size=(140, 45), run_before=before)


def test_seed_narrow(snap_compare):
    async def before(pilot):
        await wait_loaded(pilot)
        await pilot.press("j", "j")

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=before)


def test_narrow_speakers_pane(snap_compare):
    async def before(pilot):
        await wait_loaded(pilot)
        await pilot.press("tab")

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=before)


def test_search_results(snap_compare):
    async def before(pilot):
        await wait_loaded(pilot)
        await pilot.press("slash", *"foriegn ministry")
        await wait_for_search(pilot)  # the search runs in a worker: wait for its answer
        await pilot.press("down")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=(140, 45), run_before=before)


def test_help_screen(snap_compare):
    async def before(pilot):
        await wait_loaded(pilot)
        await pilot.press("question_mark")

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=before)


def test_speaker_search_narrow(snap_compare):
    # "@speaker words": a speaker's own quotes about something, at 80x24 (speaker first in each row)
    async def before(pilot):
        await wait_loaded(pilot)
        await pilot.press("slash", *"@jeon military")
        await wait_for_search(pilot)
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=before)


def _clippings_before():
    """Two quotes of two speakers clipped, then the Clippings screen."""

    async def before(pilot):
        await wait_loaded(pilot)
        await pilot.press("j", "c", "j", "j", "c", "C")
        pilot.app.clear_notifications()
        await pilot.pause()

    return before


def test_clippings_narrow(snap_compare):
    assert snap_compare(_app(), terminal_size=(80, 24), run_before=_clippings_before())


def test_clippings_wide(snap_compare):
    assert snap_compare(_app(), terminal_size=(140, 45), run_before=_clippings_before())


def _quotes_before():
    """The Quotes view, filtered to one speaker's quotes."""

    async def before(pilot):
        await wait_loaded(pilot)
        await pilot.press("Q", *"@jeon")
        screen = pilot.app.screen
        # the filter runs in a worker: wait for the answer to what is typed
        await wait_until(pilot, lambda: bool(screen.quotes) and all(q.speaker_id == "jeon-ha-kyu" for q in screen.quotes))
        await pilot.pause()

    return before


def test_quotes_view_narrow(snap_compare):
    assert snap_compare(_app(), terminal_size=(80, 24), run_before=_quotes_before())


def test_quotes_view_wide(snap_compare):
    assert snap_compare(_app(), terminal_size=(140, 45), run_before=_quotes_before())
