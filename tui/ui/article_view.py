"""The article pane: the text, verbatim, on Textual's line API.

Paragraphs are wrapped to the pane width once per width (each screen line
knows its character offsets in the article), and each visible line is
rendered to segments straight from the article text, so the text is never
parsed as markup.  Quotes are marked subtly, the current quote strongly;
a chosen speaker's quotes and an opened search hit have their own marks.
Re-highlighting only clears a small strip cache.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..model import Article, Quote
from .linecache import StyleCacheMixin


@dataclass(frozen=True, slots=True)
class Line:
    kind: str  # "title" | "meta" | "text" | "blank"
    start: int = 0  # offsets in article.text (text and title lines)
    end: int = 0
    literal: str = ""  # for lines not taken from the text (meta, or a title not in the text)


_SPACES = re.compile(" *")


def _single_cells(text: str, start: int, end: int) -> bool:
    """Is every character of ``text[start:end]`` one cell wide (checked once per distinct character)?"""
    return all(cell_len(ch) == 1 for ch in set(text[start:end]))


def _reach(text: str, pos: int, seg_end: int, width: int, single: bool) -> tuple[int, int]:
    """How far a line from ``pos`` reaches in ``width`` cells: the first
    character that does not fit, and the last space before it (-1 if none).
    Text whose characters are all one cell wide is measured a line at a
    time (``str.rfind``), so that a long article lays out at once; any other
    a character at a time."""
    if single:
        i = min(pos + width, seg_end)
        return i, text.rfind(" ", pos, i)
    cells = 0
    i = pos
    last_space = -1
    while i < seg_end:
        w = cell_len(text[i])
        if cells + w > width:
            break
        if text[i] == " ":
            last_space = i
        cells += w
        i += 1
    return i, last_space


def wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Offsets of the lines of ``text[start:end]`` wrapped at ``width`` cells
    (word wrap; hard line breaks kept; over-long words split)."""
    width = max(1, width)
    out: list[tuple[int, int]] = []
    for seg_start, seg_end in _hard_lines(text, start, end):
        pos = seg_start
        if pos == seg_end:
            out.append((pos, pos))
            continue
        single = _single_cells(text, seg_start, seg_end)
        while pos < seg_end:
            i, last_space = _reach(text, pos, seg_end, width, single)
            if i >= seg_end:
                out.append((pos, seg_end))
                break
            if text[i] == " ":
                out.append((pos, i))
                pos = i + 1
            elif last_space > pos:
                out.append((pos, last_space))
                pos = last_space + 1
            else:
                i = max(i, pos + 1)
                out.append((pos, i))
                pos = i
            pos = _SPACES.match(text, pos, seg_end).end()
    return out


def _hard_lines(text: str, start: int, end: int):
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            yield pos, end
            return
        yield pos, nl
        pos = nl + 1


class ArticleView(StyleCacheMixin, ScrollView, can_focus=True):
    """Shows one article; ``j``/``k`` (or ``]``/``[``) move between quotes."""

    COMPONENT_CLASSES = {
        "article--title", "article--meta", "article--quote", "article--mixed", "article--indirect",
        "article--nested", "article--current", "article--speaker", "article--passage", "article--empty",
        "article--clipped",
    }
    DEFAULT_CSS = """
    ArticleView { background: $surface; padding: 0 1; overflow-x: hidden; scrollbar-gutter: stable; }
    ArticleView > .article--title { text-style: bold; color: $text; }
    ArticleView > .article--meta { color: $text-muted; }
    ArticleView > .article--quote { color: $text-accent; }
    ArticleView > .article--mixed { color: $text-accent; }
    ArticleView > .article--nested { text-style: underline; }
    ArticleView > .article--indirect { color: $text-muted; text-style: italic; }
    ArticleView > .article--speaker { background: $warning 35%; }
    ArticleView > .article--passage { background: $primary 45%; }
    ArticleView > .article--current { background: $accent; color: $text; text-style: bold; }
    ArticleView > .article--empty { color: $text-muted; }
    ArticleView > .article--clipped { text-style: underline; }
    """
    BINDINGS = [
        Binding("j,right_square_bracket", "next_quote", "Next quote", show=False),
        Binding("k,left_square_bracket", "previous_quote", "Previous quote", show=False),
        Binding("down", "scroll_lines(1)", "Scroll down", show=False),
        Binding("up", "scroll_lines(-1)", "Scroll up", show=False),
        Binding("pagedown,space", "scroll_pages(1)", "Page down", show=False),
        Binding("pageup", "scroll_pages(-1)", "Page up", show=False),
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "Bottom", show=False),
    ]

    class QuoteChanged(Message):
        """The current quote changed (``quote`` may be None)."""

        def __init__(self, view: ArticleView, quote: Quote | None) -> None:
            super().__init__()
            self.view = view
            self.quote = quote

    def __init__(self, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.quotes: list[Quote] = []
        self.current: int = -1
        self.speaker_quotes: set[str] = set()
        self.clipped: set[tuple[int, int]] = set()  # (start, end) of the quotes clipped in this article
        self.passage: tuple[int, int] | None = None
        self.empty_message = "Loading…"
        self._lines: list[Line] = []
        self._line_starts: list[int] = []
        self._text_line_index: list[int] = []
        self._width = -1
        self._cache: dict[int, Strip] = {}
        self._starts: list[int] = []  # quote starts, in order, and the longest quote: what a line can overlap
        self._longest = 0

    # ---------------------------------------------------------------- state

    def show(self, article: Article | None, quotes: list[Quote], current: int = -1) -> None:
        self.article = article
        self.quotes = sorted(quotes, key=lambda q: (q.start, -q.end))
        self._starts = [q.start for q in self.quotes]
        self._longest = max((q.end - q.start for q in self.quotes), default=0)
        self.current = current if 0 <= current < len(self.quotes) else -1
        self.passage = None
        self._width = -1
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)
        if self.current >= 0:
            self._scroll_to_offset(self.quotes[self.current].start)
        self.post_message(self.QuoteChanged(self, self.current_quote))

    @property
    def current_quote(self) -> Quote | None:
        return self.quotes[self.current] if 0 <= self.current < len(self.quotes) else None

    def set_speaker_quotes(self, quote_ids: set[str]) -> None:
        self.speaker_quotes = set(quote_ids)
        self._invalidate()

    def set_clipped(self, spans: set[tuple[int, int]]) -> None:
        """Mark the quotes at these spans as clipped (underlined)."""
        self.clipped = set(spans)
        self._invalidate()

    def set_passage(self, start: int, end: int) -> None:
        self.passage = (start, end)
        self._invalidate()
        self._scroll_to_offset(start)

    def select_quote(self, quote_id: str) -> bool:
        for i, q in enumerate(self.quotes):
            if q.id == quote_id:
                self._select(i)
                return True
        return False

    def select_at(self, offset: int) -> None:
        """Make the quote nearest after ``offset`` current."""
        for i, q in enumerate(self.quotes):
            if q.end > offset:
                self._select(i)
                return

    def _select(self, index: int) -> None:
        if not self.quotes:
            return
        self.current = max(0, min(index, len(self.quotes) - 1))
        self._invalidate()
        self._scroll_to_offset(self.quotes[self.current].start)
        self.post_message(self.QuoteChanged(self, self.current_quote))

    def action_next_quote(self) -> None:
        if self.quotes:
            self._select(0 if self.current < 0 else min(self.current + 1, len(self.quotes) - 1))

    def action_previous_quote(self) -> None:
        if self.quotes:
            self._select(len(self.quotes) - 1 if self.current < 0 else max(self.current - 1, 0))

    def action_scroll_lines(self, n: int) -> None:
        self.scroll_to(y=self.scroll_y + n, animate=False)

    def action_scroll_pages(self, n: int) -> None:
        self.scroll_to(y=self.scroll_y + n * max(1, self.size.height - 2), animate=False)

    # --------------------------------------------------------------- layout

    def _invalidate(self) -> None:
        self._cache.clear()
        self.refresh()

    def _relayout(self) -> None:
        width = max(10, self.scrollable_content_region.width or 80)
        if self._width == -1 or width != self._width:
            pass
        if width == self._width:
            return
        self._width = width
        self._cache.clear()
        lines: list[Line] = []
        art = self.article
        if art is not None:
            head = next((p for p in art.paragraphs if p.headline), None)
            if head is not None:
                lines += [Line("title", s, e) for s, e in wrap(art.text, head.start, head.end, width)]
            else:
                lines += [Line("title", literal=art.title[i : i + width]) for i in range(0, max(1, len(art.title)), width)]
            meta = [x for x in (art.date, art.published and f"Published: {art.published}", art.source, art.author) if x]
            if meta:
                lines.append(Line("meta", literal=" · ".join(meta)))
            lines.append(Line("blank"))
            for p in art.paragraphs:
                if p.headline:
                    continue
                lines += [Line("text", s, e) for s, e in wrap(art.text, p.start, p.end, width)]
                lines.append(Line("blank"))
        self._lines = lines
        self._text_line_index = [i for i, ln in enumerate(lines) if ln.kind in ("text", "title") and not ln.literal]
        self._line_starts = [lines[i].start for i in self._text_line_index]
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        anchor = self._top_offset()
        self._relayout()
        if anchor is not None:
            self._scroll_to_offset(anchor, center=False)

    def _top_offset(self) -> int | None:
        y = int(self.scroll_y)
        for i in range(y, len(self._lines)):
            if self._lines[i].kind in ("text", "title") and not self._lines[i].literal:
                return self._lines[i].start
        return None

    def line_of(self, offset: int) -> int:
        k = bisect.bisect_right(self._line_starts, offset) - 1
        return self._text_line_index[max(0, k)] if self._text_line_index else 0

    def _scroll_to_offset(self, offset: int, center: bool = True) -> None:
        if not self._lines:
            return
        y = self.line_of(offset)
        if center:
            top = self.scroll_y
            height = self.size.height
            if not (top + 1 <= y <= top + height - 3):
                # a third of the way down: the passage in view, with what leads to it above
                target = max(0, y - max(1, height // 3))
                self.scroll_to(y=target, animate=False, immediate=True, force=True)
                if self.scroll_y != target:  # the new article's lines are not laid out yet: once they are
                    self.call_after_refresh(self.scroll_to, y=target, animate=False, immediate=True, force=True)
        else:
            self.scroll_to(y=y, animate=False, immediate=True)

    # ---------------------------------------------------------------- mouse

    async def _on_click(self, event: events.Click) -> None:
        y = event.y + int(self.scroll_y)
        if not (0 <= y < len(self._lines)) or self.article is None:
            return
        line = self._lines[y]
        if line.kind not in ("text", "title") or line.literal:
            return
        x = event.x - 1 + int(self.scroll_x)  # padding
        cells, offset = 0, line.start
        while offset < line.end and cells + cell_len(self.article.text[offset]) <= x:
            cells += cell_len(self.article.text[offset])
            offset += 1
        for i, q in enumerate(self.quotes):
            if q.start <= offset < q.end:
                self._select(i)
                return

    # --------------------------------------------------------------- render

    def _marks(self, start: int, end: int) -> list[tuple[int, int, str, int]]:
        """(start, end, component class, priority) overlapping [start, end)."""
        marks = []
        # (quotes are in order of start: those that can reach this line start within the longest quote before it)
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        for i in range(lo, hi):
            q = self.quotes[i]
            if q.end <= start or q.start >= end:
                continue
            if i == self.current:
                marks.append((q.start, q.end, "article--current", 5))
            if q.id in self.speaker_quotes:
                marks.append((q.start, q.end, "article--speaker", 3))
            if (q.start, q.end) in self.clipped:
                marks.append((q.start, q.end, "article--clipped", 2))
            cls = {"direct": "article--quote", "mixed": "article--mixed", "nested": "article--nested",
                   "indirect": "article--indirect"}.get(q.kind)
            if cls:
                marks.append((q.start, q.end, cls, 1 if q.kind != "nested" else 2))
        if self.passage and self.passage[0] < end and self.passage[1] > start:
            marks.append((self.passage[0], self.passage[1], "article--passage", 4))
        return marks

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self._style("")
        if self.article is not None and width != self._width and width > 0:
            self._relayout()
        if self.article is None:
            if y == 0:
                style = base + self._style("article--empty")
                return Strip([Segment(self.empty_message, style)]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render(self._lines[index], base)
            self._cache[index] = strip
        return strip.crop(scroll_x, scroll_x + width).adjust_cell_length(width, base)

    def _render(self, line: Line, base) -> Strip:
        if line.kind == "blank":
            return Strip([])
        if line.literal:
            cls = "article--title" if line.kind == "title" else "article--meta"
            return Strip([Segment(line.literal, base + self._style(cls))])
        assert self.article is not None
        text = self.article.text
        line_style = base + self._style("article--title") if line.kind == "title" else base
        marks = self._marks(line.start, line.end)
        if not marks:
            return Strip([Segment(text[line.start : line.end], line_style)])
        cuts = {line.start, line.end}
        for s, e, _, _ in marks:
            if line.start < s < line.end:
                cuts.add(s)
            if line.start < e < line.end:
                cuts.add(e)
        points = sorted(cuts)
        segs = []
        for a, b in zip(points, points[1:]):
            style = line_style
            for s, e, cls, _prio in sorted(marks, key=lambda m: m[3]):
                if s <= a and b <= e:
                    style = style + self._style(cls)
            segs.append(Segment(text[a:b], style))
        return Strip(segs)
