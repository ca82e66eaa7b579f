"""The Pressroom reader: library, article, speakers and search, linked.

The library is indexed in a worker thread (progress in the status line);
the UI answers keys from the first frame.  Article text is rendered by
:class:`ArticleView` straight from the text, never as markup.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from .. import clippings as clips
from .. import config as user_config
from ..attribution import Rule
from ..citation import attribution, format_citation
from ..index import Index
from ..ingest import sanitize
from ..library import open_library
from ..model import DEFAULT_KINDS, Article, Problem, Quote, Speaker
from ..search import Hit, SearchIndex, search_said, speakers_asked
from .article_view import ArticleView
from .clipboard import system_copy
from .rowlist import Row, RowList, plain
from .screens import ClippingsScreen, ListScreen, QuotesScreen, SearchScreen

NARROW = 100  # below this width one pane is shown at a time
#: quote kinds the article pane marks; reported speech is shown, distinct, and can be hidden (i)
SHOWN_KINDS = DEFAULT_KINDS + ("nested", "indirect")

#: Every key, for the help screen (the bindings below are the source of truth
#: for what runs; this is what the user reads).
KEYS: list[tuple[str, str]] = [
    ("Everywhere", ""),
    ("/", "search quotes, text, speakers and titles (typos are fine; @blair iraq: what Blair said about Iraq)"),
    ("Tab / Shift+Tab", "next / previous pane: library, article, speakers"),
    ("y", "copy the current quote with its attribution"),
    ("Y", "copy the current quote as a Markdown blockquote with citation"),
    ("c", "clip the current quote (again: unclip it); kept across sessions"),
    ("C", "the clippings: Enter opens, y / Y copies one / all, d removes, J / K move, e adds a note"),
    ("Q", "every quote as a table (from the speakers pane: that speaker's): filter, o sorts, Enter opens"),
    ("n / N", "next / previous highlighted passage (the chosen speaker's quotes)"),
    ("a", "speakers of this article / of the whole library (and the focus on them)"),
    ("i", "show or hide reported speech (no quote marks; shown in italics)"),
    ("p", "problems found while loading the files"),
    ("Esc", "back to where you were (after a search or a jump)"),
    ("? / F1", "this help"),
    ("Ctrl+P", "command palette: every action by name"),
    ("q", "quit"),
    ("", ""),
    ("Article", ""),
    ("j / k, ] / [", "next / previous quote"),
    ("Up / Down, PgUp / PgDn, Home / End", "scroll"),
    ("click", "make a quote current"),
    ("", ""),
    ("Library and speakers", ""),
    ("j / k, Up / Down", "move"),
    ("Enter", "open the article / highlight the speaker's quotes"),
    ("f", "filter the library, or the speakers when they have the focus, by typing (Enter or Down: the list)"),
    ("o", "sort the library by date or by title"),
    ("", ""),
    ("Search", ""),
    ("type", "results update as you type; the last search comes back with /"),
    ("@name words", "only what that speaker said (@\"tony blair\" iraq; typos are fine)"),
    ("Up / Down", "choose a result"),
    ("Enter", "open it: the article, scrolled to the passage, highlighted"),
    ("Esc", "close search"),
]


@dataclass
class Place:
    article_id: str
    scroll_y: float
    quote_id: str | None


class PressroomApp(App):
    TITLE = "Pressroom"
    CSS = """
    #main { height: 1fr; }
    #sidebar { width: 44%; max-width: 64; min-width: 28; }
    #library-pane { height: 1fr; border: round $panel; }
    #library-pane:focus-within { border: round $accent; }
    #library-filter { height: 1; border: none; padding: 0 1; background: $surface; }
    #library-filter:focus { background: $boost; }
    #library { height: 1fr; }
    #speakers-pane { height: 1fr; border: round $panel; }
    #speakers-pane:focus-within { border: round $accent; }
    #speakers-filter { height: 1; border: none; padding: 0 1; background: $surface; }
    #speakers-filter:focus { background: $boost; }
    #speakers { height: 1fr; }
    #article-pane { width: 1fr; }
    #article { height: 1fr; border: round $panel; }
    #article:focus { border: round $accent; }
    #status { height: 2; padding: 0 1; background: $panel; color: $text; }
    /* notices stand above the status line and the footer, never over them */
    ToastRack { margin-bottom: 3; }
    .narrow #sidebar { display: none; }
    .narrow.-side #sidebar { display: block; width: 100%; max-width: 100%; }
    .narrow.-side #article-pane { display: none; }
    """
    #: every binding a user may rebind carries its action id (config.yaml ``keys:``; tui.config.ACTIONS)
    BINDINGS = [
        Binding("slash", "search", "Search", id="search"),
        Binding("y", "copy_quote", "Copy", id="copy"),
        Binding("Y", "copy_markdown", "Copy MD", show=False, id="copy-markdown"),
        Binding("c", "clip", "Clip", id="clip"),
        Binding("C", "clippings", "Clippings", show=False, id="clippings"),
        Binding("Q", "quotes_table", "Quotes", show=False, id="quotes"),
        Binding("n", "next_highlight", "Next hl", id="next-highlight"),
        Binding("N", "previous_highlight", "Prev hl", show=False, id="previous-highlight"),
        Binding("tab", "cycle_pane(1)", "Panes", priority=True),
        Binding("shift+tab", "cycle_pane(-1)", "Panes", show=False, priority=True),
        Binding("a", "toggle_speaker_scope", "Scope", show=False, id="speaker-scope"),
        Binding("i", "toggle_kinds", "Kinds", show=False, id="kinds"),
        Binding("o", "toggle_sort", "Sort", show=False, id="sort"),
        Binding("f", "filter_library", "Filter", show=False, id="filter"),
        Binding("p", "show_problems", "Problems", show=False, id="problems"),
        Binding("escape", "back", "Back", show=False),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, paths: Sequence[str], *, system_clipboard: bool = True, use_cache: bool = True) -> None:
        super().__init__()
        self.paths = list(paths)
        self.use_cache = use_cache
        self.index: Index | None = None
        self.search_index: SearchIndex | None = None
        self.article: Article | None = None
        self.kinds: tuple[str, ...] = SHOWN_KINDS
        self.speaker_scope = "article"
        self.sort_by = "date"
        self._order: tuple[tuple[int, str], list[Article]] | None = None
        self.chosen_speaker: str | None = None
        self.history: list[Place] = []
        #: the last search and the result opened from it: / brings them back
        self.last_query = ""
        self.last_hit: int | None = None
        self.use_system_clipboard = system_clipboard
        self._quote_counts: dict[str, int] = {}
        self.config, self.config_problems = user_config.load(themes=frozenset(self.available_themes))
        if self.config.kinds:
            self.kinds = self.config.kinds
        self.clippings_path = clips.default_path()
        self._clippings: list[clips.Clipping] | None = None  # read when first needed
        self._clippings_broken = False  # a file we cannot read is never written over

    # ---------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):
                with Vertical(id="library-pane") as lib:
                    lib.border_title = "Library"
                    yield Input(placeholder="filter titles (f)", id="library-filter")
                    yield RowList(id="library", empty="Loading…")
                with Vertical(id="speakers-pane") as sp_pane:
                    sp_pane.border_title = "Speakers · this article"
                    yield Input(placeholder="filter speakers (f)", id="speakers-filter")
                    yield RowList(id="speakers", empty="No speakers.")
            with Vertical(id="article-pane"):
                article = ArticleView(id="article")
                article.border_title = "Article"
                yield article
                yield Static(Text("Starting…"), id="status")
        yield Footer()

    def on_mount(self) -> None:
        if self.config.keys:
            self.set_keymap(self.config.keys)
        if self.config.theme:
            self.theme = self.config.theme
        for problem in self.config_problems:  # a broken config never stops the reader: it says so
            self.notify(problem, severity="warning", markup=False, timeout=10)
        self._apply_width(self.size.width)
        self.query_one(ArticleView).focus()
        self.load_library()

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        self.screen.set_class(width < NARROW, "narrow")
        self._update_side_visibility()

    def _update_side_visibility(self) -> None:
        focused = self.focused
        side = focused is not None and focused.id in ("library", "speakers", "library-filter", "speakers-filter")
        self.screen.set_class(side, "-side")

    def on_descendant_focus(self, event) -> None:
        self._update_side_visibility()

    # --------------------------------------------------------------- loading

    @work(thread=True, exclusive=True, group="load")
    def load_library(self) -> None:
        worker = get_current_worker()
        shown = [0.0]

        def progress(n: int, total: int, what: str) -> None:
            # at most ten updates a second: each one is a repaint the loader waits for
            now = time.monotonic()
            if not worker.is_cancelled and (now - shown[0] >= 0.1 or n == total):
                shown[0] = now
                self.call_from_thread(self._progress, n, total, what)

        index, search = self._open(progress)
        search.warm()
        index.duplicate_of  # noqa: B018 - worked out here, in the worker, not when the library pane first fills
        # the index lives as long as the app: keep the collector off it (loading
        # ran with the collector paused, so there is next to no garbage to free first)
        gc.freeze()
        if not worker.is_cancelled:
            self.call_from_thread(self._loaded, index, search)

    def _open(self, progress) -> tuple[Index, SearchIndex]:
        """The library, whatever happens: bad input and a damaged cache are
        problems the index lists, not exceptions; should opening fail all the
        same (a bug), it is tried once more without the cache, and if that
        fails too the reader shows an empty library whose problems say why,
        never a traceback."""
        failures: list[Problem] = []
        for use_cache in dict.fromkeys((self.use_cache, False)):
            try:
                index, search, _stats = open_library(self.paths, progress=progress, use_cache=use_cache,
                                                     with_search=True, reported=True)
            except Exception as exc:  # noqa: BLE001 - the reader must stay up
                failures.append(Problem(", ".join(self.paths), f"could not open the library ({type(exc).__name__}: "
                                                               f"{exc}){'; trying without the cache' if use_cache else ''}"))
                continue
            index.problems = tuple(failures) + index.problems
            return index, search
        empty = Index([], {}, {}, failures)
        return empty, SearchIndex.from_index(empty)

    def _progress(self, n: int, total: int, what: str = "") -> None:
        verb = "Reading the cache" if what == "from cache" else "Indexing"
        self._set_status(Text(f"{verb}: {n}/{total} files…"))

    def _loaded(self, index: Index, search: SearchIndex) -> None:
        if not self.query(ArticleView):
            return  # the app closed while the library was loading
        self.index = index
        self.search_index = search
        self._quote_counts = index.counts_by_article(DEFAULT_KINDS)
        if isinstance(self.screen, SearchScreen):
            self.screen.library_ready()
        self._fill_library()
        errors = [p for p in index.problems if p.severity == "error"]
        if index.articles:
            self.open_article(self._library_order()[0].id, remember=False)
        else:
            view = self.query_one(ArticleView)
            view.empty_message = "No article could be loaded. Press p to see why."
            view.refresh()
            self._set_status(Text("No articles."))
        if index.problems:
            self.notify(f"{len(errors)} file(s) skipped, {len(index.problems) - len(errors)} warning(s). Press p for details.",
                        severity="warning" if errors else "information", timeout=6)

    # --------------------------------------------------------------- library

    def _library_order(self) -> list[Article]:
        """The articles in the library pane's order (sorted once per index and order)."""
        assert self.index is not None
        key = (id(self.index), self.sort_by)
        if self._order is None or self._order[0] != key:
            arts = list(self.index.articles)
            if self.sort_by == "title":
                arts.sort(key=lambda a: a.title.lower())
            else:
                arts.sort(key=lambda a: (a.date or "", a.title.lower()), reverse=True)
            self._order = (key, arts)
        return self._order[1]

    def _fill_library(self) -> None:
        if self.index is None:
            return
        needle = self.query_one("#library-filter", Input).value.lower().split()
        copies = self.index.duplicate_of
        dated = len({a.date for a in self.index.articles}) > 1
        rows = []
        for art in self._library_order():
            title = plain(art.title)
            if needle and not all(w in title.lower() for w in needle):
                continue
            n = self._quote_counts.get(art.id, 0)
            # the count before the title: a long title would push it off the pane; the date only
            # when the library has more than one (a day's corpus gains nothing from ten columns of it)
            frags = [(art.date or "----------", "rowlist--dim")] if dated else []
            frags += [(f" {n:>3}  ", "rowlist--accent"), (title, "")]
            if art.id in copies:
                frags.append(("  (copy)", "rowlist--dim"))  # the same text as another article of the library
            rows.append(Row(art.id, tuple(frags)))
        lib = self.query_one("#library", RowList)
        lib.empty = "No title matches the filter." if needle else "No articles."
        lib.set_rows(rows, keep_key=self.article.id if self.article else None)
        pane = self.query_one("#library-pane")
        pane.border_title = f"Library · {len(rows)} of {len(self.index.articles)} · by {self.sort_by}"

    #: each filter box and the list it filters
    FILTERS = {"library-filter": "library", "speakers-filter": "speakers"}

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "library-filter":
            self._fill_library()
        elif event.input.id == "speakers-filter":
            self._fill_speakers()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id in self.FILTERS:
            self.query_one(f"#{self.FILTERS[event.input.id]}", RowList).focus()

    def on_key(self, event) -> None:
        if self.focused is not None and self.focused.id in self.FILTERS and event.key == "down":
            self.query_one(f"#{self.FILTERS[self.focused.id]}", RowList).focus()
            event.stop()

    def action_filter_library(self) -> None:
        """f: filter the pane that has the focus (the speakers, or else the library)."""
        focused = self.focused
        if focused is not None and focused.id in ("speakers", "speakers-filter"):
            self.query_one("#speakers-filter", Input).focus()
        else:
            self.query_one("#library-filter", Input).focus()

    def action_toggle_sort(self) -> None:
        self.sort_by = "title" if self.sort_by == "date" else "date"
        self._fill_library()

    # --------------------------------------------------------------- article

    def open_article(self, article_id: str, quote_id: str | None = None, remember: bool = True) -> None:
        if self.index is None:
            return
        if remember:
            self._remember()
        self.article = self.index.article(article_id)
        view = self.query_one(ArticleView)
        quotes = list(self.index.quotes_of(article_id, self.kinds))
        view.border_title = Content(plain(self.article.title))  # text, never markup
        view.show(self.article, quotes)
        self._mark_clipped()
        self._apply_speaker_highlight()
        if quote_id:
            view.select_quote(quote_id)
        self.query_one("#library", RowList).move_to_key(article_id)
        self._fill_speakers()

    def _remember(self) -> None:
        view = self.query_one(ArticleView)
        if self.article is not None:
            q = view.current_quote
            self.history.append(Place(self.article.id, view.scroll_y, q.id if q else None))
            del self.history[:-50]

    def action_back(self) -> None:
        if self.focused is not None and self.focused.id in self.FILTERS:
            self.query_one(f"#{self.FILTERS[self.focused.id]}", RowList).focus()
            return
        if not self.history or self.index is None:
            return
        place = self.history.pop()
        self.open_article(place.article_id, place.quote_id, remember=False)
        view = self.query_one(ArticleView)
        view.passage = None
        view.scroll_to(y=place.scroll_y, animate=False, immediate=True)
        view.focus()

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        if event.rowlist.id == "library" and event.key is not None:
            self.open_article(event.key)
            self.query_one(ArticleView).focus()
        elif event.rowlist.id == "speakers" and event.key is not None:
            self.choose_speaker(event.key)

    def on_row_list_highlighted(self, event: RowList.Highlighted) -> None:
        if event.rowlist.id == "library" and event.key is not None and self.article and event.key != self.article.id:
            self.open_article(event.key, remember=False)

    def on_article_view_quote_changed(self, event: ArticleView.QuoteChanged) -> None:
        if not event.view.is_attached:
            return  # the app is closing
        self._show_quote_status(event.view, event.quote)
        if event.quote is not None and event.quote.speaker_id:
            for speakers in self.query("#speakers").results(RowList):
                speakers.move_to_key(event.quote.speaker_id)

    def _show_quote_status(self, view: ArticleView, q: Quote | None) -> None:
        if self.index is None or self.article is None:
            return
        # counted as the library pane counts: quotations, and reported speech apart
        quotes = [x for x in view.quotes if x.kind in DEFAULT_KINDS]
        reports = [x for x in view.quotes if x.kind == "indirect"]
        if q is None:
            extra = f" and {len(reports)} reported" if reports else ""
            msg = Text(f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}{extra} · j/k or ]/[ to move between them"
                       " · / to search", style="dim")
            self._set_status(msg)
            return
        sp = self.index.speakers.get(q.speaker_id) if q.speaker_id else None
        line = Text()
        where = self._match_position(q)
        if where is not None:
            k, n, a, arts = where  # moving through a speaker's quotes: where in them, not in the article
            line.append(f"match {k} of {n}" + (f" · article {a} of {arts}" if arts > 1 else "") + " ", style="bold")
        elif q.kind in DEFAULT_KINDS:
            line.append(f"quote {quotes.index(q) + 1} of {len(quotes)} ", style="bold")
        elif q.kind == "indirect":
            line.append(f"reported {reports.index(q) + 1} of {len(reports)} ", style="bold")
        else:
            line.append(f"{q.kind} quote ", style="bold")
        line.append(f"¶{q.paragraph} ")
        line.append(sp.name if sp else "unattributed", style="bold")
        role = q.role or (sp.role_in(q.article_id) if sp else None)
        if role:
            line.append(f" — {role}")
        if self.is_clipped(q):
            line.append("  ✂ clipped", style="bold")
        line.append("\n" + found_by(q, sp), style="dim")
        self._set_status(line)

    def _match_position(self, q: Quote) -> tuple[int, int, int, int] | None:
        """(k, n, a, articles): ``q`` is the k-th of the chosen speaker's n
        quotes, in the a-th of the articles holding them, in library order."""
        targets = self._ordered_targets()
        ids = [t.id for t in targets]
        if q.id not in ids:
            return None
        arts = list(dict.fromkeys(t.article_id for t in targets))
        return ids.index(q.id) + 1, len(ids), arts.index(q.article_id) + 1, len(arts)

    def _ordered_targets(self) -> list[Quote]:
        """The chosen speaker's quotes in the order the library pane lists their articles."""
        targets = self._highlight_targets()
        if not targets:
            return []
        order = {a.id: i for i, a in enumerate(self._library_order())}
        return sorted(targets, key=lambda t: (order.get(t.article_id, len(order)), t.start))

    def _notice(self, text: str) -> None:
        """A short notice (a move into another article, a wrap): a toast, which
        stands above the status line (``ToastRack`` in the CSS)."""
        self.notify(text, markup=False, timeout=3)

    def _set_status(self, text: Text) -> None:
        for status in self.query("#status").results(Static):
            status.update(text)

    def action_toggle_kinds(self) -> None:
        self.kinds = SHOWN_KINDS if "indirect" not in self.kinds else DEFAULT_KINDS + ("nested",)
        if self.article is not None:
            view = self.query_one(ArticleView)
            q = view.current_quote
            keep = q.id if q is not None and q.kind in self.kinds else None
            self.open_article(self.article.id, keep, remember=False)
        shown = "shown (italic)" if "indirect" in self.kinds else "hidden"
        self.notify(f"Reported speech {shown}.")

    # -------------------------------------------------------------- speakers

    def _speaker_rows(self) -> list[tuple[Speaker, int, str | None]]:
        """(speaker, quotations, role) in the current scope, most quoted first."""
        assert self.index is not None
        rows = []
        if self.speaker_scope == "article" and self.article is not None:
            aid = self.article.id
            for sp in self.index.speakers_in(aid):
                rows.append((sp, self.index.count_by(sp.id, DEFAULT_KINDS, article_id=aid), sp.role_in(aid)))
        else:
            for sp in self.index.speakers.values():
                rows.append((sp, self.index.count_by(sp.id, DEFAULT_KINDS), sp.role))
        rows = [r for r in rows if r[1]]  # quoted, not only reported
        rows.sort(key=lambda r: (-r[1], r[0].name.lower()))
        return rows

    def _fill_speakers(self) -> None:
        if self.index is None:
            return
        rows = []
        needle = self.query_one("#speakers-filter", Input).value.lower().split()
        for sp, n, role in self._speaker_rows():
            if needle and not all(any(w in name.lower() for name in (sp.name, *sp.aliases, role or "")) for w in needle):
                continue
            mark = ("● ", "rowlist--mark") if sp.id == self.chosen_speaker else ("  ", "")
            frags = [mark, (sp.name, ""), (f"  {n}", "rowlist--accent")]
            if role:
                frags.append((f"  {plain(role)}", "rowlist--dim"))
            rows.append(Row(sp.id, tuple(frags)))
        lst = self.query_one("#speakers", RowList)
        view = self.query_one(ArticleView)
        q = view.current_quote
        lst.set_rows(rows, keep_key=q.speaker_id if q else self.chosen_speaker)
        scope = "this article" if self.speaker_scope == "article" else "library"
        lst.empty = "No speaker matches the filter." if needle else "No speakers."
        shown = f"{len(rows)} of {len(self._speaker_rows())}" if needle else f"{len(rows)}"
        self.query_one("#speakers-pane").border_title = f"Speakers · {scope} · {shown}"

    def action_toggle_speaker_scope(self) -> None:
        """a: the speakers of this article / of the library, and the focus on
        them (where the change shows, and where f filters them)."""
        self.speaker_scope = "library" if self.speaker_scope == "article" else "article"
        self._fill_speakers()
        focused = self.focused
        if focused is None or focused.id not in ("speakers", "speakers-filter"):
            self.query_one("#speakers", RowList).focus()

    def choose_speaker(self, speaker_id: str) -> None:
        if self.index is None:
            return
        self.chosen_speaker = None if self.chosen_speaker == speaker_id else speaker_id
        self._apply_speaker_highlight()
        self._fill_speakers()
        if self.chosen_speaker:
            sp = self.index.speaker(speaker_id)
            n = len(self._highlight_targets())
            self.notify(f"{sp.name}: {n} quote{'s' if n != 1 else ''} highlighted · n/N to move between them",
                        markup=False)
            self.action_next_highlight()

    def _apply_speaker_highlight(self) -> None:
        view = self.query_one(ArticleView)
        if self.index is None or not self.chosen_speaker:
            view.set_speaker_quotes(set())
            return
        view.set_speaker_quotes({q.id for q in self.index.quotes_by(self.chosen_speaker)})

    def _highlight_targets(self) -> list[Quote]:
        if self.index is None or not self.chosen_speaker:
            return []
        # quotations, as the speakers pane counts them (one number for one thing)
        qs = [q for q in self.index.quotes_by(self.chosen_speaker) if q.kind in DEFAULT_KINDS and q.kind in self.kinds]
        if self.speaker_scope == "article" and self.article is not None:
            qs = [q for q in qs if q.article_id == self.article.id]
        return qs

    def _step_highlight(self, direction: int) -> None:
        targets = self._highlight_targets()
        if not targets or self.article is None:
            if not self.chosen_speaker:
                self.notify("Choose a speaker first (Enter in the speakers pane).")
            return
        view = self.query_one(ArticleView)
        cur = view.current_quote
        # the library pane's order (by date or by title, as it is sorted)
        order = {a.id: i for i, a in enumerate(self._library_order())}
        key = lambda q: (order.get(q.article_id, len(order)), q.start)  # noqa: E731
        targets.sort(key=key)
        here = (order.get(self.article.id, len(order)), cur.start if cur else -1)
        if direction > 0:
            nxt = next((q for q in targets if key(q) > here), None)
            wrapped = nxt is None
            nxt = nxt or targets[0]
        else:
            nxt = next((q for q in reversed(targets) if key(q) < here), None)
            wrapped = nxt is None
            nxt = nxt or targets[-1]
        if nxt.article_id != self.article.id:
            title = self.index.article(nxt.article_id).title if self.index else nxt.article_id
            self.open_article(nxt.article_id, nxt.id)
            self._notice(("Back to the first: " if wrapped and direction > 0 else
                          "Back to the last: " if wrapped else "Next article: ") + title)
        else:
            if wrapped and len(targets) > 1:
                self._notice("Back to the first quote." if direction > 0 else "Back to the last quote.")
            view.select_quote(nxt.id)

    def action_next_highlight(self) -> None:
        self._step_highlight(1)

    def action_previous_highlight(self) -> None:
        self._step_highlight(-1)

    # ---------------------------------------------------------------- search

    def action_search(self) -> None:
        # the search screen asks for the index when it searches, so a search
        # opened while the library loads starts working as soon as it is ready
        self.push_screen(SearchScreen(self._search, self._titles, query=self.last_query,
                                      speaker_of=self._speaker_name_of_quote, kind_of=self._kind_of_quote,
                                      cursor=self.last_hit, passage=self._passage_of_hit),
                         self._open_hit)

    def _search(self, query: str, limit: int = 20) -> list[Hit] | None:
        """What the search box asks: ``words``, or ``@speaker words`` for what
        that speaker said (:func:`tui.search.search_said`)."""
        search, index = self.search_index, self.index
        if search is None or index is None:
            return None
        _name, ids, words = speakers_asked(index, query)
        if ids is not None and not ids:
            return []  # a name that names no one
        return search_said(search, index, words, limit, speaker_ids=ids)

    def _passage_of_hit(self, hit: Hit) -> tuple[str, str, list[tuple[int, int]]] | None:
        """The search preview of ``hit``: a heading (title, date, speaker) and
        the paragraph it stands in, its matches moved into that paragraph."""
        index, c = self.index, hit.candidate
        if index is None:
            return None
        if c.kind == "speaker":
            sp = index.speakers.get(c.ref)
            if sp is None:
                return None
            roles = "; ".join(sp.roles) or "no role given"
            said = index.count_by(sp.id)
            counts = (f"{said} quote{'s' if said != 1 else ''} in {len(sp.articles)} "
                      f"article{'s' if len(sp.articles) != 1 else ''}")
            return sp.name, f"{roles}\n{counts}", []
        if c.article_id is None:
            return None
        art = index.article(c.article_id)
        heading = art.title + (f" · {art.date}" if art.date else "")
        if c.kind == "quote":
            who = self._speaker_name_of_quote(c.ref)
            heading += f"\n{'reported speech' if self._kind_of_quote(c.ref) == 'indirect' else 'quotation'}" \
                f" · {who or 'unattributed'}"
        if c.kind == "title":
            return heading, art.text[art.paragraphs[0].start : art.paragraphs[0].end] if art.paragraphs else "", []
        para = index.paragraph_at(c.article_id, c.start)
        if para is None:
            return heading, c.text, list(hit.highlights)
        shift = c.start - para.start
        return heading, art.text[para.start : para.end], [(a + shift, b + shift) for a, b in hit.highlights]

    def _kind_of_quote(self, quote_id: str) -> str | None:
        return self.index.quote(quote_id).kind if self.index is not None else None

    def _titles(self) -> dict[str, str]:
        return {a.id: a.title for a in self.index.articles} if self.index else {}

    def _speaker_name_of_quote(self, quote_id: str) -> str | None:
        if self.index is None:
            return None
        q = self.index.quote(quote_id)
        sp = self.index.speakers.get(q.speaker_id) if q.speaker_id else None
        return sp.name if sp else None

    def _open_hit(self, result: tuple[str, int, Hit] | None) -> None:
        if result is None or self.index is None:
            return
        self.last_query, self.last_hit, hit = result
        c = hit.candidate
        view = self.query_one(ArticleView)
        if c.kind == "speaker":
            self.speaker_scope = "library"
            self.chosen_speaker = None
            self._remember()
            self.choose_speaker(c.ref)
            self.query_one("#speakers", RowList).move_to_key(c.ref)
            return
        assert c.article_id is not None
        self.open_article(c.article_id)
        if c.kind == "quote":
            view.select_quote(c.ref)
            view.set_passage(c.start, c.start + len(c.text))
        elif c.kind == "paragraph":
            view.set_passage(c.start, c.start + len(c.text))
            view.select_at(c.start)
            view.set_passage(c.start, c.start + len(c.text))
        view.focus()

    # ----------------------------------------------------------------- panes

    def action_cycle_pane(self, direction: int) -> None:
        order = ["library", "article", "speakers"]
        focused = self.focused
        current = focused.id if focused is not None else "article"
        current = self.FILTERS.get(current, current)
        i = order.index(current) if current in order else 1
        target = order[(i + direction) % len(order)]
        self.query_one(f"#{target}").focus()

    # ------------------------------------------------------------------ copy

    def _current(self) -> Quote | None:
        """The current quote; None (and a notice) when no quote is current."""
        q = self.query_one(ArticleView).current_quote
        if q is None or self.index is None or self.article is None:
            self.notify("No quote selected: move to one with j/k first.", severity="warning")
            return None
        return q

    def _to_clipboard(self, text: str) -> None:
        self.copy_to_clipboard(text)  # OSC 52
        if self.use_system_clipboard:
            self._system_copy(text)

    def _copy(self, style: str) -> None:
        q = self._current()
        if q is not None:
            self.copy_quote(q, style)

    def copy_quote(self, q: Quote, style: str = "plain") -> None:
        """Copy ``q`` with its citation, and say what was copied."""
        sp = self.index.speakers.get(q.speaker_id) if q.speaker_id else None
        self._to_clipboard(format_citation(q, sp, self.index.article(q.article_id), style=style))
        short = q.text if len(q.text) <= 50 else q.text[:49] + "…"
        what = f"reported speech (not verbatim): {plain(short)}" if q.kind == "indirect" else f"“{plain(short)}”"
        self.notify(f"Copied{' as Markdown' if style == 'markdown' else ''}: {what} — {attribution(q, sp)}",
                    markup=False,
                    title="Clipboard")

    @work(thread=True, group="clipboard")
    def _system_copy(self, text: str) -> None:
        system_copy(text)

    def action_copy_quote(self) -> None:
        self._copy("plain")

    def action_copy_markdown(self) -> None:
        self._copy("markdown")

    # ------------------------------------------------------------- clippings

    @property
    def clippings(self) -> list[clips.Clipping]:
        if self._clippings is None:
            try:
                self._clippings = clips.load(self.clippings_path)
            except clips.ClippingsError as exc:
                self._clippings, self._clippings_broken = [], True
                self.notify(f"{exc}; it is left as it is, and clips are not kept", severity="error", markup=False,
                            timeout=10)
        return self._clippings

    def _mark_clipped(self) -> None:
        if self.article is not None:
            aid = self.article.id
            self.query_one(ArticleView).set_clipped({(c.start, c.end) for c in self.clippings if c.article_id == aid})

    def set_clippings(self, items: list[clips.Clipping]) -> None:
        self._clippings = items
        self._mark_clipped()
        if self._clippings_broken:
            return
        try:
            clips.save(items, self.clippings_path)
        except OSError as exc:
            self.notify(f"{self.clippings_path}: cannot write the clippings ({exc.strerror or exc})",
                        severity="error", markup=False)

    def is_clipped(self, q: Quote) -> bool:
        return any(
            c.article_id == q.article_id and c.start == q.start and c.end == q.end for c in self.clippings)

    def clipping_statuses(self) -> list[str]:
        texts = None
        if self.index is not None:
            # only the clipped articles' texts (a big library reads its texts when first needed)
            ids = {a.id for a in self.index.articles}
            texts = {aid: self.index.article(aid).text for aid in {c.article_id for c in self.clippings} if aid in ids}
        return clips.statuses(self.clippings, texts)

    def action_clip(self) -> None:
        q = self._current()
        if q is not None:
            self.clip_quote(q)

    def clip_quote(self, q: Quote) -> None:
        """Clip ``q``, or unclip it, and say so."""
        sp = self.index.speakers.get(q.speaker_id) if q.speaker_id else None
        items, added = clips.toggle(self.clippings, clips.clip(q, sp, self.index.article(q.article_id)))
        self.set_clippings(items)
        short = q.text if len(q.text) <= 40 else q.text[:39] + "…"
        self.notify(f"{'Clipped' if added else 'Unclipped'}: {plain(short)} ({len(items)} clipping"
                    f"{'s' if len(items) != 1 else ''}; C lists them)", markup=False, title="Clippings")
        view = self.query_one(ArticleView)
        if view.current_quote is not None:
            self._show_quote_status(view, view.current_quote)

    def action_quotes_table(self) -> None:
        if self.index is None:
            self.notify("Still indexing the library…")
            return
        query = ""
        if self.focused is not None and self.focused.id == "speakers":
            sid = self.query_one("#speakers", RowList).current_key
            sp = self.index.speakers.get(sid) if sid else None
            if sp is not None:
                query = '@"' + sp.name.replace('"', "") + '" '  # that speaker's quotes across the library
        self.push_screen(QuotesScreen(self, query))

    def open_quote(self, q: Quote) -> None:
        """Open ``q`` in its article, current and in view."""
        self._remember()
        self.open_article(q.article_id)
        view = self.query_one(ArticleView)
        view.select_quote(q.id)
        view.set_passage(q.start, q.end)
        view.focus()

    def action_clippings(self) -> None:
        self.push_screen(ClippingsScreen(self))

    def open_clipping(self, c: clips.Clipping) -> bool:
        """Open clipping ``c`` in its article, at its words; False (and a notice)
        when the library no longer has them as they were clipped."""
        if self.index is None or c.article_id not in {a.id for a in self.index.articles}:
            self.notify("That clipping's article is not in this library.", severity="warning")
            return False
        art = self.index.article(c.article_id)
        if art.text[c.start : c.end] != c.text:
            self.notify("That clipping's source has changed: its words are no longer there.", severity="warning")
            return False
        self._remember()
        self.open_article(c.article_id)
        view = self.query_one(ArticleView)
        q = self.index.quote_at(c.article_id, c.start)
        if q is not None:
            view.select_quote(q.id)
        view.set_passage(c.start, c.end)
        view.focus()
        return True

    def copy_clippings(self, items: list[clips.Clipping], style: str) -> None:
        """Copy ``items`` with their citations as they were clipped (Markdown: one blockquote each)."""
        self._to_clipboard("\n\n".join(c.citation_markdown if style == "markdown" else c.citation for c in items))
        self.notify(f"Copied {len(items)} clipping{'s' if len(items) != 1 else ''}"
                    f"{' as Markdown' if style == 'markdown' else ''}", title="Clipboard", markup=False)

    # ------------------------------------------------------------ help, etc.

    def action_help(self) -> None:
        rows = KEYS
        if self.config.keys:
            # the keys as configured first: the list below gives the defaults
            rows = [(f"Configured ({self.config.path})", ""),
                    *((key, f"{user_config.ACTIONS[action]} ({action})") for action, key in self.config.keys.items()),
                    ("", ""), *KEYS]
        self.push_screen(ListScreen("Keys", rows))

    def action_show_problems(self) -> None:
        if self.index is None:
            self.notify("Still indexing the library…")
            return
        # file names are not sanitised at ingest like article text is: do it here
        rows = [(p.severity, sanitize(f"{p.path}{':' + str(p.line) if p.line else ''}: {p.message}")[0])
                for p in self.index.problems]
        self.push_screen(ListScreen("Problems", rows or [("none", "every file loaded cleanly")]))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Search", "Fuzzy search quotes, text, speakers and titles (/)", self.action_search)
        yield SystemCommand("Copy quote", "Copy the current quote with its attribution (y)", self.action_copy_quote)
        yield SystemCommand("Copy quote as Markdown", "Blockquote with citation (Y)", self.action_copy_markdown)
        yield SystemCommand("Clip quote", "Add the current quote to the clippings, or remove it (c)", self.action_clip)
        yield SystemCommand("Clippings", "The quotes clipped: open, copy, reorder, note (C)", self.action_clippings)
        yield SystemCommand("Quotes", "Every quote as a table: filter, sort, open (Q)", self.action_quotes_table)
        yield SystemCommand("Next quote", "Move to the next quote in the article (j)",
                            lambda: self.query_one(ArticleView).action_next_quote())
        yield SystemCommand("Previous quote", "Move to the previous quote (k)",
                            lambda: self.query_one(ArticleView).action_previous_quote())
        yield SystemCommand("Next highlighted passage", "The chosen speaker's next quote (n)", self.action_next_highlight)
        yield SystemCommand("Previous highlighted passage", "The chosen speaker's previous quote (N)",
                            self.action_previous_highlight)
        yield SystemCommand("Toggle speaker scope", "Speakers of this article or of the library (a)",
                            self.action_toggle_speaker_scope)
        yield SystemCommand("Toggle reported speech", "Show or hide reported speech (i)",
                            self.action_toggle_kinds)
        yield SystemCommand("Sort library", "By date or by title (o)", self.action_toggle_sort)
        yield SystemCommand("Filter library", "Filter titles by typing (f)",
                            lambda: self.query_one("#library-filter", Input).focus())
        yield SystemCommand("Filter speakers", "Filter speakers by name, alias or role (f in the speakers pane)",
                            lambda: self.query_one("#speakers-filter", Input).focus())
        yield SystemCommand("Back", "Return to where you were (Esc)", self.action_back)
        yield SystemCommand("Show problems", "Files that could not be loaded, and warnings (p)", self.action_show_problems)
        yield SystemCommand("Help", "Every key (? or F1)", self.action_help)
        for pane in ("library", "article", "speakers"):
            yield SystemCommand(f"Focus {pane}", f"Move to the {pane} pane (Tab)",
                                lambda pane=pane: self.query_one(f"#{pane}").focus())


#: where a rule of each family found its cue, and what the others went by, in the status line's words
_CUE_PLACE = {"after": "after the quote", "before": "before the quote", "later": "later in the sentence",
              "sentence": "elsewhere in the sentence"}
_FOUND_BY = {"paragraph": "the same speaker as the quote before, same paragraph",
             "continuation": "the speaker of the paragraph before", "subject": "the sentence's subject (a guess)",
             "transcript": "a transcript label", "asked": "the one who asked", "reported": "a reporting verb"}
_KIND_WORDS = {"direct": "quotation", "mixed": "partial quotation", "indirect": "reported speech (not verbatim)",
               "nested": "quotation inside a quotation", "scare": "scare quotes"}


def found_by(q: Quote, sp: Speaker | None) -> str:
    """The evidence for a quote's speaker, in plain words: ``quotation · found
    by: “said” after the quote · “he” → Tony Blair``."""
    parts = [_KIND_WORDS.get(q.kind, q.kind)]
    if sp is None:
        return parts[0]
    try:
        family = Rule(q.rule).family if q.rule else ""
    except ValueError:  # a rule of a newer parser in an older cache: say nothing rather than guess
        family = ""
    if family in _CUE_PLACE:
        cue = q.cue.strip() if q.cue and q.cue.strip(" :—–-") else ""
        parts.append(f"found by: {f'“{cue}”' if cue else 'a name'} {_CUE_PLACE[family]}")
    elif family in _FOUND_BY:
        parts.append(f"found by: {_FOUND_BY[family]}")
    if q.mention and q.mention != sp.name:
        parts.append(f"“{q.mention}” → {sp.name}")
    return " · ".join(parts)


def run(paths: Sequence[str], use_cache: bool = True) -> int:
    app = PressroomApp(paths, system_clipboard=os.environ.get("PRESSROOM_NO_SYSTEM_CLIPBOARD") is None,
                       use_cache=use_cache)
    app.run()
    return 0
