"""Modal screens: search, help, and the list of input problems."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from ..clippings import STATUS_LABELS
from ..search import Hit
from .rowlist import Row, RowList, fragments_with_matches, plain

TAGS = {"quote": "QUOTE", "paragraph": "TEXT ", "speaker": "WHO  ", "title": "TITLE"}
#: reported speech is never dressed as a quotation
REPORTED_TAG = "SAID "


def match_window(text: str, spans: Sequence[tuple[int, int]], lead: int = 24) -> tuple[str, list[tuple[int, int]]]:
    """``text`` from a little before its first match (``…`` where it was cut,
    at a word), with ``spans`` moved to match: a row shows why it matched
    instead of a paragraph's first words."""
    if not spans or min(s for s, _e in spans) <= lead + 8:
        return text, list(spans)
    first = min(s for s, _e in spans)
    cut = text.rfind(" ", 0, first - lead) + 1 or first - lead
    shift = cut - 1  # the "…" takes one place
    return "…" + text[cut:], [(s - shift, e - shift) for s, e in spans if s >= cut]


class BoxScreen(ModalScreen):
    """A screen that fills the terminal with one bordered box (class ``box``):
    search, the clippings, the quotes table."""

    DEFAULT_CSS = """
    BoxScreen { align: center top; background: $background; }
    BoxScreen > .box { width: 100%; height: 1fr; margin: 1 2; border: round $accent; background: $surface;
        padding: 0 1; }
    BoxScreen RowList { height: 1fr; }
    """


class SearchScreen(BoxScreen, ModalScreen["tuple[str, int, Hit] | None"]):
    """Type to search; results update as you type; Enter opens, Esc goes back.

    It is dismissed with ``(query, result number, hit)`` for the result opened,
    so that the next search starts where this one ended."""

    DEFAULT_CSS = """
    SearchScreen #search-results { width: 1fr; }
    SearchScreen #search-preview { width: 40%; height: 1fr; padding: 0 1; border-left: vkey $accent 50%;
        overflow-y: auto; display: none; }
    SearchScreen.-preview #search-preview { display: block; }
    """
    #: from this width on, the passage of the highlighted result shows beside the list (as fzf --preview)
    PREVIEW_MIN_WIDTH = 120
    BINDINGS = [
        Binding("escape", "cancel", "Back"),
        Binding("down", "move(1)", "Next result", show=False, priority=True),
        Binding("up", "move(-1)", "Previous result", show=False, priority=True),
        Binding("pagedown", "move(10)", show=False, priority=True),
        Binding("pageup", "move(-10)", show=False, priority=True),
    ]

    #: results shown at first; more are fetched when the cursor reaches the last one
    PAGE = 20

    def __init__(self, search: Callable[..., list[Hit] | None], titles: Callable[[], dict[str, str]], query: str = "",
                 speaker_of: Callable[[str], str | None] | None = None,
                 kind_of: Callable[[str], str | None] | None = None, cursor: int | None = None,
                 passage: Callable[[Hit], tuple[str, str, list[tuple[int, int]]] | None] | None = None) -> None:
        super().__init__()
        self.passage_fn = passage  # (heading, passage text, match spans in it) of a hit, for the preview
        self.search_fn = search  # returns None while the library is still loading
        self.titles_fn = titles
        self.titles: dict[str, str] = {}
        self.speaker_of = speaker_of
        self.kind_of = kind_of
        self.initial = query
        self.cursor = cursor  # the result to put the cursor on when the first results come
        self.hits: list[Hit] = []
        self.shown_query: str | None = None
        self.limit = self.PAGE

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box", classes="box") as box:
            box.border_title = "Search"
            yield Input(value=self.initial, id="search-input",
                        placeholder="Search quotes, text, speakers and titles (typos are fine) · @blair iraq: what Blair said")
            with Horizontal(id="search-body"):
                yield RowList(id="search-results", empty="Type to search.")
                yield Static(id="search-preview", markup=False)

    def on_resize(self) -> None:
        self.set_class(self.passage_fn is not None and self.size.width >= self.PREVIEW_MIN_WIDTH, "-preview")

    def _preview(self, key) -> None:
        """Show the passage of result ``key`` in the preview pane: the article
        text as data (never markup), its matches marked."""
        pane = self.query_one("#search-preview", Static)
        found = self.passage_fn(self.hits[key]) if self.passage_fn is not None and key is not None \
            and 0 <= key < len(self.hits) else None
        if found is None:
            pane.update("")
            return
        heading, text, spans = found
        body = Text(heading + "\n\n", style="bold")
        start = len(body)
        body.append(plain(text))
        for a, b in spans:
            if 0 <= a < b <= len(text):
                body.stylize("reverse", start + a, start + b)
        pane.update(body)
        pane.scroll_home(animate=False)

    def on_mount(self) -> None:
        box = self.query_one(Input)
        box.focus()
        if self.initial:
            box.select_all()  # the last search, selected: typing replaces it
            self.run_search(self.initial)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.value != self.initial:
            self.cursor = None  # a new search: from its first result
        self.limit = self.PAGE
        self.run_search(event.value)

    def library_ready(self) -> None:
        """The library finished loading: search what is typed."""
        self.run_search(self.query_one(Input).value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        hits = self.search_fn(query, limit=self.limit) if query.strip() else []
        if get_current_worker().is_cancelled:
            return
        if hits is None:
            self.app.call_from_thread(self._show, query, [], "The library is still loading…")
            return
        self.app.call_from_thread(self._show, query, hits, None)

    def _show(self, query: str, hits: list[Hit], message: str | None) -> None:
        if query != self.query_one(Input).value:
            return  # a newer search is on its way
        if not self.titles:
            self.titles = self.titles_fn()
        self.hits = hits
        self.shown_query = query
        rows = []
        for i, h in enumerate(hits):
            c = h.candidate
            reported = c.kind == "quote" and self.kind_of is not None and self.kind_of(c.ref) == "indirect"
            frags = [((REPORTED_TAG if reported else TAGS.get(c.kind, c.kind)) + " ", "rowlist--tag")]
            if c.kind == "quote" and self.speaker_of is not None:
                # who first: a long quote would push the name off the row
                frags.append(((self.speaker_of(c.ref) or "unattributed") + ": ", "rowlist--accent"))
            text, spans = match_window(c.text, h.highlights)
            frags += fragments_with_matches(text, spans, limit=300)
            if c.article_id and c.kind != "title":
                frags.append(("  · " + plain(self.titles.get(c.article_id, c.article_id)), "rowlist--dim"))
            rows.append(Row(i, tuple(frags)))
        results = self.query_one(RowList)
        results.empty = message or ("No match." if query.strip() else "Type to search.")
        keep = results.current_key if len(rows) > len(results.rows) and results.rows else None
        if self.cursor is not None and query == self.initial and 0 <= self.cursor < len(rows):
            keep = self.cursor  # back on the result opened last time
        results.set_rows(rows, keep_key=keep)
        self._preview(results.current_key)
        info = f"{len(hits)} result{'s' if len(hits) != 1 else ''}" if query.strip() else ""
        self.query_one("#search-box").border_subtitle = info

    def action_move(self, delta: int) -> None:
        self.query_one(RowList).action_cursor(delta)

    def on_row_list_highlighted(self, event: RowList.Highlighted) -> None:
        self._preview(event.key)
        # at the last result of a full page: fetch the next page
        if event.key is not None and event.key == len(self.hits) - 1 and len(self.hits) >= self.limit:
            self.limit += 30
            self.run_search(self.query_one(Input).value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value != self.shown_query:
            # Enter beat the worker: search the text as typed, here and now
            hits = self.search_fn(event.value, limit=self.limit) if event.value.strip() else []
            if hits is None:
                return  # still loading
            self._show(event.value, hits, None)
        self._open(self.query_one(RowList).current_key)

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        self._open(event.key)

    def _open(self, key) -> None:
        if key is None or not (0 <= key < len(self.hits)):
            return
        self.dismiss((self.shown_query or "", key, self.hits[key]))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ListScreen(ModalScreen[None]):
    """A titled, scrollable list of lines (help, problems). Any of Esc, q, ? closes it."""

    DEFAULT_CSS = """
    ListScreen { align: center middle; background: $background 60%; }
    ListScreen > #list-box { width: 90%; max-width: 100; height: 90%; border: round $accent; background: $surface;
        padding: 0 1; }
    ListScreen RowList { height: 1fr; }
    """
    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close")]

    def __init__(self, title: str, rows: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.lines = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="list-box") as box:
            box.border_title = self.title_text
            box.border_subtitle = "Esc closes"
            yield RowList(id="list-rows")

    def on_mount(self) -> None:
        self.call_after_refresh(self._fill)

    def _fill(self) -> None:
        import textwrap

        lst = self.query_one(RowList)
        key_width = min(max((len(k) for k, t in self.lines if t), default=0), 18) + 2
        # (room kept for the scroll bar, which comes once the rows are in: else it hides the last letters)
        bar = 0 if lst.show_vertical_scrollbar else lst.styles.scrollbar_size_vertical
        text_width = max(20, lst.scrollable_content_region.width - key_width - 1 - bar)
        rows = []
        for key, text in self.lines:
            if not text:
                rows.append(Row(len(rows), ((key, "rowlist--tag"),)))
                continue
            parts = textwrap.wrap(text, text_width, break_on_hyphens=False) or [""]  # (paths keep their hyphens)
            if len(key) >= key_width:
                rows.append(Row(len(rows), ((key, "rowlist--accent"),)))
                first_key = ""
            else:
                first_key = key
            for n, part in enumerate(parts):
                rows.append(Row(len(rows), (((first_key if n == 0 else "").ljust(key_width), "rowlist--accent"),
                                            (part, ""))))
        lst.set_rows(rows)
        lst.focus()

    def action_close(self) -> None:
        self.dismiss(None)


class NoteScreen(ModalScreen["str | None"]):
    """One line of text: a clipping's note. Enter keeps it, Esc leaves it as it was."""

    DEFAULT_CSS = """
    NoteScreen { align: center middle; background: $background 60%; }
    NoteScreen > #note-box { width: 80%; max-width: 90; height: auto; border: round $accent; background: $surface;
        padding: 0 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Back")]

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box") as box:
            box.border_title = "Note"
            box.border_subtitle = "Enter keeps it · Esc leaves it"
            yield Input(value=self.note, id="note-input", placeholder="a short note for this clipping")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ClippingsScreen(BoxScreen, ModalScreen[None]):
    """The clippings: speaker, quote, article and date, one per row, marked
    when the source changed. Enter opens one in its article; y copies one,
    Y all of them as Markdown, each with its citation; d removes one; J / K
    move it down / up; e edits its note."""

    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("y", "copy_one", "Copy"),
        Binding("Y", "copy_all", "Copy all"),
        Binding("d,delete", "remove", "Remove"),
        Binding("J", "move(1)", "Move down"),
        Binding("K", "move(-1)", "Move up"),
        Binding("e", "note", "Note"),
    ]

    def __init__(self, owner) -> None:
        super().__init__()
        self.owner = owner  # the app: its clippings, how to save, open and copy them

    def compose(self) -> ComposeResult:
        with Vertical(id="clippings-box", classes="box") as box:
            box.border_title = "Clippings"
            box.border_subtitle = "Enter open · y copy · Y copy all · d remove · J/K move · e note · Esc back"
            yield RowList(id="clippings-rows", empty="No clippings yet: c in the article clips the current quote.")

    def on_mount(self) -> None:
        self.refill()
        self.query_one(RowList).focus()

    def refill(self, keep: int | None = None) -> None:
        rows = []
        for i, (c, status) in enumerate(zip(self.owner.clippings, self.owner.clipping_statuses())):
            frags = [(("SAID  " if c.kind == "indirect" else "QUOTE ") , "rowlist--tag")]
            if status in STATUS_LABELS:  # first, where a narrow terminal still shows it
                frags.append((f"[{STATUS_LABELS[status]}] ", "rowlist--tag"))
            frags += [(plain(c.speaker or "unattributed") + ": ", "rowlist--accent"),
                      (plain(c.text).replace("\n", " "), ""),
                      ("  · " + plain(c.title) + (f", {c.date}" if c.date else ""), "rowlist--dim")]
            if c.note:
                frags.append(("  # " + plain(c.note), "rowlist--dim"))
            rows.append(Row(i, tuple(frags)))
        lst = self.query_one(RowList)
        lst.set_rows(rows, keep_key=keep if keep is not None else lst.current_key)
        n = len(rows)
        self.query_one("#clippings-box").border_title = f"Clippings ({n})" if n else "Clippings"

    def _current(self) -> int | None:
        key = self.query_one(RowList).current_key
        return key if key is not None and 0 <= key < len(self.owner.clippings) else None

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        if event.key is not None and 0 <= event.key < len(self.owner.clippings):
            c = self.owner.clippings[event.key]
            if self.owner.open_clipping(c):
                self.dismiss(None)

    def action_copy_one(self) -> None:
        i = self._current()
        if i is not None:
            self.owner.copy_clippings([self.owner.clippings[i]], "plain")

    def action_copy_all(self) -> None:
        if self.owner.clippings:
            self.owner.copy_clippings(self.owner.clippings, "markdown")

    def action_remove(self) -> None:
        i = self._current()
        if i is not None:
            self.owner.set_clippings([c for k, c in enumerate(self.owner.clippings) if k != i])
            self.refill(keep=min(i, len(self.owner.clippings) - 1))

    def action_move(self, delta: int) -> None:
        from ..clippings import moved

        i = self._current()
        if i is not None:
            self.owner.set_clippings(moved(self.owner.clippings, i, delta))
            self.refill(keep=max(0, min(len(self.owner.clippings) - 1, i + delta)))

    def action_note(self) -> None:
        from ..clippings import with_note

        i = self._current()
        if i is None:
            return

        def done(note: str | None) -> None:
            if note is not None:
                self.owner.set_clippings(with_note(self.owner.clippings, i, note))
                self.refill(keep=i)

        self.app.push_screen(NoteScreen(self.owner.clippings[i].note), done)

    def action_close(self) -> None:
        self.dismiss(None)


class QuotesScreen(BoxScreen, ModalScreen[None]):
    """Every quote of the library as a table: date, speaker, kind, the quote,
    the article. Type to filter (``@name words``, ``kind:indirect``,
    ``from:2005-01``); ``o`` sorts by date or speaker; Enter opens a quote in
    its article; ``y`` copies it, ``c`` clips it."""

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("down", "to_list", "Quotes", show=False),
        Binding("o", "sort", "Sort", show=False),
        Binding("y", "copy", "Copy", show=False),
        Binding("c", "clip", "Clip", show=False),
    ]

    def __init__(self, owner, query: str = "") -> None:
        super().__init__()
        self.owner = owner
        self.initial = query
        self.sort = "date"
        self.quotes: list = []

    def compose(self) -> ComposeResult:
        with Vertical(id="quotes-box", classes="box") as box:
            box.border_title = "Quotes"
            box.border_subtitle = "type to filter · o sort · Enter open · y copy · c clip · Esc back"
            yield Input(value=self.initial, id="quotes-filter", select_on_focus=False,
                        placeholder="@blair iraq · kind:indirect · from:2005-01 to:2005-03")
            yield RowList(id="quotes-rows", empty="No quote matches.")

    def on_mount(self) -> None:
        box = self.query_one(Input)
        box.focus()
        box.cursor_position = len(self.initial)  # after a speaker's name: type the words
        self.run_filter(self.initial)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.run_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(RowList).focus()

    def action_to_list(self) -> None:
        self.query_one(RowList).focus()

    @work(thread=True, exclusive=True, group="quotes")
    def run_filter(self, query: str) -> None:
        from ..table import quotes_table

        index = self.owner.index
        if index is None:
            return
        quotes, flt = quotes_table(index, query, self.sort, kinds=self.owner.kinds)
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._show, query, quotes, flt)

    def _show(self, query: str, quotes: list, flt) -> None:
        if query != self.query_one(Input).value:
            return
        index = self.owner.index
        self.quotes = quotes
        titles = {a.id: (a.title, a.date) for a in index.articles}
        rows = []
        for i, q in enumerate(quotes):
            title, date = titles[q.article_id]
            sp = index.speakers.get(q.speaker_id) if q.speaker_id else None
            role = q.role or (sp.role_in(q.article_id) if sp else None)
            # the quote right after the name, the role (it may be long) after the quote
            rows.append(Row(i, ((f"{date or 'undated':10} ", "rowlist--dim"),
                                ((REPORTED_TAG if q.kind == "indirect" else TAGS["quote"]) + " ", "rowlist--tag"),
                                (plain(sp.name if sp else "unattributed") + ": ", "rowlist--accent"),
                                (plain(q.text).replace("\n", " ")[:300], ""),
                                ("  · " + (plain(role) + " · " if role else "") + plain(title), "rowlist--dim"))))
        self.query_one(RowList).set_rows(rows)
        note = f" · {'; '.join(flt.problems)}" if flt.problems else ""
        self.query_one("#quotes-box").border_title = f"Quotes ({len(rows)}, by {self.sort}){note}"

    def _current(self):
        key = self.query_one(RowList).current_key
        return self.quotes[key] if key is not None and 0 <= key < len(self.quotes) else None

    def action_sort(self) -> None:
        self.sort = "speaker" if self.sort == "date" else "date"
        self.run_filter(self.query_one(Input).value)

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        q = self._current()
        if q is not None:
            self.owner.open_quote(q)
            self.dismiss(None)

    def action_copy(self) -> None:
        q = self._current()
        if q is not None:
            self.owner.copy_quote(q)

    def action_clip(self) -> None:
        q = self._current()
        if q is not None:
            self.owner.clip_quote(q)

    def action_close(self) -> None:
        self.dismiss(None)
