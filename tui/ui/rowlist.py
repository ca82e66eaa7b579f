"""A keyboard-driven list on Textual's line API.

Each row is a sequence of ``(text, style)`` fragments: plain strings, never
markup, rendered straight to segments, so ``[United Nations]`` shows as it is.
Replacing all rows costs one list assignment and a refresh (no widget per row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .linecache import StyleCacheMixin

Fragment = tuple[str, str]  # (text, component-class name or "")


@dataclass(frozen=True)
class Row:
    key: Any
    fragments: tuple[Fragment, ...]


class RowList(StyleCacheMixin, ScrollView, can_focus=True):
    """Rows with a cursor. Posts :class:`RowList.Highlighted` and :class:`RowList.Chosen`."""

    COMPONENT_CLASSES = {
        "rowlist--cursor", "rowlist--dim", "rowlist--accent", "rowlist--match", "rowlist--tag", "rowlist--mark",
    }
    DEFAULT_CSS = """
    RowList { background: $surface; overflow-x: hidden; padding: 0 1; }
    RowList > .rowlist--cursor { background: $accent 40%; }
    RowList:focus > .rowlist--cursor { background: $accent; color: $text; text-style: bold; }
    RowList > .rowlist--dim { color: $text-muted; }
    RowList > .rowlist--accent { color: $text-accent; }
    RowList > .rowlist--match { color: $text-warning; text-style: bold underline; }
    RowList > .rowlist--tag { color: $text-primary; text-style: bold; }
    RowList > .rowlist--mark { color: $text-success; text-style: bold; }
    """
    BINDINGS = [
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class _RowMessage(Message):
        def __init__(self, rowlist: RowList, key: Any) -> None:
            super().__init__()
            self.rowlist = rowlist
            self.key = key

        @property
        def control(self) -> RowList:
            return self.rowlist

    class Highlighted(_RowMessage):
        """The cursor moved to the row with ``key``."""

    class Chosen(_RowMessage):
        """The row with ``key`` was chosen (Enter or a double click)."""

    def __init__(self, *, empty: str = "", name: str | None = None, id: str | None = None, classes: str | None = None):
        super().__init__(name=name, id=id, classes=classes)
        self.rows: list[Row] = []
        self.empty = empty
        self._cache: dict[tuple[int, bool, int], Strip] = {}

    # -------------------------------------------------------------- content

    def set_rows(self, rows: Sequence[Row], keep_key: Any = None) -> None:
        self.rows = list(rows)
        self._cache.clear()
        size = Size(0, len(self.rows))  # rows are cropped to the width: no horizontal scrolling
        if size != self.virtual_size:
            self.virtual_size = size
        index = 0
        if keep_key is not None:
            index = next((i for i, r in enumerate(self.rows) if r.key == keep_key), 0)
        self.cursor = min(index, max(0, len(self.rows) - 1))
        self.refresh()

    @property
    def current_key(self) -> Any:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor].key
        return None

    def move_to_key(self, key: Any, announce: bool = False) -> bool:
        for i, r in enumerate(self.rows):
            if r.key == key:
                self._set_cursor(i, announce)
                return True
        return False

    # -------------------------------------------------------------- cursor

    def _set_cursor(self, index: int, announce: bool = True) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        old = self.cursor
        self.set_reactive(RowList.cursor, index)
        self._cache = {k: v for k, v in self._cache.items() if k[0] not in (old, index)}
        self.scroll_to_region(Region(0, index, 1, 1), animate=False, immediate=True, force=True)
        self.refresh()
        if announce:
            self.post_message(self.Highlighted(self, self.current_key))

    def watch_cursor(self, value: int) -> None:
        self._set_cursor(value, announce=False)

    def action_cursor(self, delta: int) -> None:
        self._set_cursor(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self._set_cursor(self.cursor + direction * max(1, self.size.height - 1))

    def action_first(self) -> None:
        self._set_cursor(0)

    def action_last(self) -> None:
        self._set_cursor(len(self.rows) - 1)

    def action_choose(self) -> None:
        if self.rows:
            self.post_message(self.Chosen(self, self.current_key))

    async def _on_click(self, event: events.Click) -> None:
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self.rows):
            self._set_cursor(row)
            if event.chain >= 2:
                self.action_choose()

    def on_resize(self) -> None:
        self._cache.clear()

    # -------------------------------------------------------------- render

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self._style("")
        if not self.rows:
            if y == 0 and self.empty:
                return Strip([Segment(self.empty, base + self._style("rowlist--dim"))]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        cursor = index == self.cursor
        key = (index, cursor, width + 10000 * scroll_x)
        strip = self._cache.get(key)
        if strip is None:
            row_style = base + self._style("rowlist--cursor") if cursor else base
            segs = [Segment(text, row_style + self._style(cls) if cls else row_style)
                    for text, cls in self.rows[index].fragments]
            strip = Strip(segs)
            if scroll_x:
                strip = strip.crop(scroll_x, scroll_x + width)
            strip = strip.adjust_cell_length(width, row_style)
            self._cache[key] = strip
        return strip


def plain(text: str) -> str:
    """One line of display text: whitespace runs folded."""
    return " ".join(text.split())


def fragments_with_matches(text: str, spans: Sequence[tuple[int, int]], base: str = "",
                           match: str = "rowlist--match", limit: int | None = None) -> list[Fragment]:
    """Split ``text`` into fragments, marking the matched ``spans``."""
    out: list[Fragment] = []
    pos = 0
    for s, e in sorted(spans):
        if s < pos:
            continue
        if s > pos:
            out.append((text[pos:s], base))
        out.append((text[s:e], match))
        pos = e
    if pos < len(text):
        out.append((text[pos:], base))
    if limit is not None:
        clipped: list[Fragment] = []
        n = 0
        for t, c in out:
            if n + len(t) > limit:
                clipped.append((t[: max(0, limit - n - 1)] + "…", c))
                break
            clipped.append((t, c))
            n += len(t)
        out = clipped
    return [(t.replace("\n", " "), c) for t, c in out]


__all__ = ["Row", "RowList", "Style", "fragments_with_matches", "plain"]
