"""Reader responsiveness, measured through App.run_test() and the Pilot.

    python benchmarks/bench_reader.py [--library FOLDER]

* time to first frame for the seed library, and for the PolNeAR dev
  articles (the library indexes in a worker, so the first frame does not
  wait for it);
* time until the PolNeAR library is fully indexed;
* CPU per search keystroke (process time, all threads: the search worker
  included) while typing queries into the search screen, median and p95,
  against a baseline of the same keystrokes typed into the library filter
  (an Input that filters the title list, no search behind it) measured in
  the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.ui.app import PressroomApp  # noqa: E402
from tui.ui.screens import SearchScreen  # noqa: E402

SEEDS = ROOT / "seeds"
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "articles"
QUERIES = ["foriegn ministry", "clinton campaign", "decptive act", "trump said", "sanders supporters",
           "republican nominee", "email server", "chancelor", "immigration reform"]


class TimedApp(PressroomApp):
    def __init__(self, *a, **kw):
        self.t_start = time.perf_counter()
        super().__init__(*a, **kw)
        self.t_first_frame = None

    def on_mount(self) -> None:
        super().on_mount()
        self.call_after_refresh(self._first_frame)

    def _first_frame(self) -> None:
        if self.t_first_frame is None:
            self.t_first_frame = time.perf_counter()


async def wait_for(cond, timeout=120.0, step=0.005):
    end = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > end:
            raise TimeoutError
        await asyncio.sleep(step)


async def first_frame(paths) -> tuple[float, float]:
    app = TimedApp([str(p) for p in paths], system_clipboard=False)
    async with app.run_test(size=(140, 45)):
        await wait_for(lambda: app.t_first_frame is not None)
        first = app.t_first_frame - app.t_start
        await wait_for(lambda: app.index is not None)
        loaded = time.perf_counter() - app.t_start
    return first, loaded


async def keystrokes(paths) -> tuple[list[float], list[float], int]:
    app = PressroomApp([str(p) for p in paths], system_clipboard=False)
    search_cpu: list[float] = []
    base_cpu: list[float] = []
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for(lambda: app.index is not None and app.article is not None)
        n_candidates = len(app.search_index)
        # baseline: the same keys into a plain Input (the library filter), no search
        await pilot.press("f")
        for q in QUERIES:
            for ch in q:
                t0 = time.process_time()
                await pilot.press(ch if ch != " " else "space")
                await pilot.pause()
                base_cpu.append((time.process_time() - t0) * 1000)
            await pilot.press(*(["backspace"] * len(q)))
        await pilot.press("escape")
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        from textual.widgets import Input

        box = screen.query_one(Input)
        for q in QUERIES:
            for ch in q:
                t0 = time.process_time()
                await pilot.press(ch if ch != " " else "space")
                await wait_for(lambda: screen.shown_query == box.value)
                await pilot.pause()
                search_cpu.append((time.process_time() - t0) * 1000)
            box.value = ""
            await pilot.pause()
    return search_cpu, base_cpu, n_candidates


def p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", default=str(POLNEAR))
    args = ap.parse_args(argv)
    lib = Path(args.library)
    seeds_first, _ = asyncio.run(first_frame([SEEDS]))
    lib_first, lib_loaded = asyncio.run(first_frame([lib]))
    search_cpu, base_cpu, n = asyncio.run(keystrokes([lib]))
    print(f"{'measure':<44}{'value':>12}   target")
    print(f"{'first frame, seeds':<44}{seeds_first * 1000:>10.0f}ms   <= 300 ms")
    print(f"{'first frame, ' + lib.name + ' library':<44}{lib_first * 1000:>10.0f}ms")
    print(f"{'fully indexed, ' + lib.name + ' library':<44}{lib_loaded * 1000:>10.0f}ms")
    print(f"search candidates: {n}; keystrokes: {len(search_cpu)}")
    print(f"{'CPU per keystroke, search (median)':<44}{statistics.median(search_cpu):>10.1f}ms   <= 16 ms")
    print(f"{'CPU per keystroke, search (p95)':<44}{p95(search_cpu):>10.1f}ms")
    print(f"{'CPU per keystroke, library filter (median)':<44}{statistics.median(base_cpu):>10.1f}ms   baseline")
    print(f"{'CPU per keystroke, library filter (p95)':<44}{p95(base_cpu):>10.1f}ms   baseline")


if __name__ == "__main__":
    main()
