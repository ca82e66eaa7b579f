"""The reader driven from the keyboard, as a user drives it."""

from tests.functional.conftest import screen_lines, wait_for_search, wait_loaded, wait_until
from tui.ui.article_view import ArticleView
from tui.ui.rowlist import RowList
from tui.ui.screens import ListScreen, SearchScreen

JEON_CITATION = (
    "“This is a deceptive act to disguise their illegal behavior.” — Jeon Ha-kyu, spokesperson for the "
    "Ministry of National Defense (South Korea condemns North Korea's deployment to Russia: "
    "'A clear illegal act', 2025-04-28)"
)


async def test_opens_the_seed_with_every_pane(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        view = app.query_one(ArticleView)
        assert app.article.title.startswith("South Korea condemns")
        assert len(app.query_one("#library", RowList).rows) == 1
        speakers = [r.key for r in app.query_one("#speakers", RowList).rows]
        assert len(speakers) == 7 and "jeon-ha-kyu" in speakers
        text = "\n".join(screen_lines(view))
        assert "the UN [United Nations] Charter" in text.replace("\n", " ") or "[United Nations]" in text
        assert app.focused is view


async def test_moving_through_quotes_updates_status_and_speaker(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        view = app.query_one(ArticleView)
        for _ in range(4):
            await pilot.press("j")
        q = view.current_quote
        assert q.text.startswith("North Korea’s participation")
        status = str(app.query_one("#status").render())
        assert "Jeon Ha-kyu" in status and "spokesperson for the Ministry of National Defense" in status
        assert app.query_one("#speakers", RowList).current_key == "jeon-ha-kyu"
        await pilot.press("k")
        assert view.current_quote.text.startswith("insult to the international")
        await pilot.press("right_square_bracket")
        assert view.current_quote.text.startswith("North Korea’s participation")


async def test_choose_speaker_and_cycle_highlights(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("tab")
        speakers = app.query_one("#speakers", RowList)
        assert app.focused is speakers
        speakers.move_to_key("koo-byung-sam")
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        koo = [q.id for q in app.index.quotes_by("koo-byung-sam")]
        assert view.speaker_quotes == set(koo)
        assert view.current_quote.id == koo[0]
        await pilot.press("n")
        assert view.current_quote.id == koo[1]
        await pilot.press("n", "n")
        assert view.current_quote.id == koo[0]  # wraps around
        await pilot.press("N")
        assert view.current_quote.id == koo[2]


async def test_search_with_a_typo_opens_the_hit_and_copies(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"decptive act")
        await wait_for_search(pilot)
        assert app.screen.hits[0].candidate.text.startswith("This is a deceptive act")
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        q = view.current_quote
        assert q.text == "This is a deceptive act to disguise their illegal behavior."
        assert view.passage == (q.start, q.end)
        await pilot.press("y")
        assert app.clipboard == JEON_CITATION
        await pilot.press("Y")
        assert app.clipboard.startswith("> This is a deceptive act to disguise their illegal behavior.\n>\n> — Jeon Ha-kyu")


async def test_escape_goes_back_after_a_search(make_app, tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-01-01 Alpha story\n“We are ready,” said Ann Lee.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2023-01-01 Beta story\n“Unrelated words here,” said Bob Ray.\n",
                                    encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.article.title == "Alpha story"
        await pilot.press("slash", *"unrelatd", "enter")
        await pilot.pause()
        assert app.article.title == "Beta story"
        await pilot.press("escape")
        assert app.article.title == "Alpha story"


async def test_search_escape_cancels(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", "x", "escape")
        assert not isinstance(app.screen, SearchScreen)


async def test_help_screen_lists_every_key(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, ListScreen)
        keys = {r.fragments[0][0].strip() for r in app.screen.query_one(RowList).rows}
        for k in ("/", "y", "Y", "n / N", "Esc", "? / F1", "Ctrl+P", "q", "j / k, ] / [", "Tab / Shift+Tab"):
            assert k in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, ListScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, ListScreen)


async def test_command_palette_runs_actions(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("j")
        await pilot.press("ctrl+p")
        await pilot.press(*"Copy quote as Markdown")
        from textual.widgets import OptionList

        def palette_ready():  # the palette searches its commands in a worker
            results = app.screen.query(OptionList)
            return bool(results) and results.first().option_count > 0 and results.first().highlighted is not None

        await wait_until(pilot, palette_ready)
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.clipboard))
        assert app.clipboard.startswith("> A clear illegal act")


async def test_library_filter_and_sort(make_app, tmp_path):
    for name, date, title in [("a", "2024-01-01", "Zebra talks"), ("b", "2023-05-05", "Apple harvest"),
                              ("c", "2025-02-02", "Middle ground")]:
        (tmp_path / f"{name}.txt").write_text(f"date {date} {title}\n“Hi,” said Al Bo.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        lib = app.query_one("#library", RowList)
        assert [r.key for r in lib.rows] == ["c", "a", "b"]  # newest first
        await pilot.press("o")
        assert [r.key for r in lib.rows] == ["b", "c", "a"]  # by title
        await pilot.press("f", *"zeb")
        assert [r.key for r in lib.rows] == ["a"]
        await pilot.press("enter", "enter")
        assert app.article.title == "Zebra talks"


async def test_narrow_terminal_shows_one_pane_at_a_time(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        assert app.screen.has_class("narrow")
        assert not app.query_one("#sidebar").display or not app.query_one("#sidebar").region.width
        await pilot.press("tab")
        assert app.focused.id == "speakers"
        assert app.query_one("#sidebar").region.width > 0
        assert app.query_one("#article-pane").region.width == 0
        await pilot.press("tab")
        assert app.focused.id == "library"
        await pilot.press("tab")
        assert app.focused.id == "article" and app.query_one("#article-pane").region.width > 0


async def test_problems_are_listed(make_app, tmp_path):
    (tmp_path / "good.txt").write_text("Fine\n\n“Hi,” she said.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "evil\x1b[2J.txt").write_bytes(b"\x00")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("p")
        rows = [" ".join(t for t, _ in r.fragments) for r in app.screen.query_one(RowList).rows]
        assert any("bad.txt" in r and "binary" in r for r in rows)
        assert any("evil" in r for r in rows) and not any("\x1b" in r for r in rows)


async def test_quit_key_during_loading(make_app, tmp_path):
    for i in range(60):
        (tmp_path / f"a{i:02d}.txt").write_text(f"date 2024-01-01 Story {i}\n“Line {i},” said Ann Lee.\n",
                                                 encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("q")
    assert app.return_code in (0, None)


async def test_search_pages_in_more_results_at_the_end(make_app, tmp_path):
    for i in range(40):
        (tmp_path / f"a{i:02d}.txt").write_text(f"date 2024-01-01 Alpha story {i}\nAlpha beta text number {i}.\n",
                                                 encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"alpha")
        screen = app.screen
        await wait_for_search(pilot)
        assert len(screen.hits) == 20
        await pilot.press(*["down"] * 19)
        await wait_until(pilot, lambda: len(screen.hits) > 20)
        assert len(screen.hits) == 50
        assert screen.query_one(RowList).cursor == 19  # the cursor stays where it was


async def test_search_opened_while_loading_answers_when_ready(make_app, monkeypatch):
    import time

    import tui.ui.app as app_module

    real = app_module.open_library

    def slow_open(*args, **kwargs):
        time.sleep(2.0)  # a big library: the user is faster than the index
        return real(*args, **kwargs)

    monkeypatch.setattr(app_module, "open_library", slow_open)
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.press("slash", *"decptive")
        screen = app.screen
        assert isinstance(screen, SearchScreen) and app.search_index is None
        await wait_until(pilot, lambda: screen.query_one(RowList).empty == "The library is still loading…")
        await wait_until(pilot, lambda: bool(screen.hits), timeout=10)
        assert screen.hits[0].candidate.text.startswith("This is a deceptive act")


async def test_at_speaker_in_search_finds_only_what_that_speaker_said(make_app, tmp_path):
    (tmp_path / "a.txt").write_text(
        "date 2024-01-01 Iraq debate\n“Iraq was the right call,” said Tony Blair.\n"
        "“Iraq was a disaster,” said Michael Howard.\n“Blair misled us on Iraq,” said Ann Lee.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"@blar iraq")  # a typo in the name too
        await wait_for_search(pilot)
        hits = app.screen.hits
        assert [h.candidate.text for h in hits] == ["Iraq was the right call,"]
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")  # "@blar": all they said
        await wait_for_search(pilot)
        assert [h.candidate.text for h in app.screen.hits] == ["Iraq was the right call,"]
        await pilot.press("ctrl+u", *"@nobodyatall iraq")
        await wait_for_search(pilot)
        assert app.screen.hits == []


async def test_slash_brings_back_the_last_search_selected_on_the_hit_opened(make_app):
    from textual.widgets import Input

    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"illegal")
        await wait_for_search(pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        opened = app.query_one(ArticleView).current_quote
        await pilot.press("slash")
        await wait_for_search(pilot)
        box = app.screen.query_one(Input)
        assert box.value == "illegal" and box.selection == (0, len("illegal"))  # typing replaces it
        results = app.screen.query_one(RowList)
        assert results.current_key == 1 and app.screen.hits[1].candidate.ref == opened.id
        await pilot.press("x")
        assert box.value == "x"


async def test_reported_speech_is_never_shown_or_copied_as_a_quotation(make_app, tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-01-01 Budget\nThe minister said the economy would grow next year.\n",
                                    encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.index.quotes_of(app.article.id)[0].kind == "indirect"  # (the reader shows reported speech)
        await pilot.press("slash", *"economy grow")
        await wait_for_search(pilot)
        row = app.screen.query_one(RowList).rows[0]
        assert row.fragments[0][0].startswith("SAID")
        await pilot.press("enter")
        await pilot.pause()
        notices = []
        app.notify = lambda message, **kw: notices.append(message)
        await pilot.press("y")
        assert "“" not in app.clipboard and "reported speech" in app.clipboard
        assert notices and "“" not in notices[-1] and "reported speech" in notices[-1]


async def test_help_lines_keep_every_letter_beside_the_scroll_bar(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        rows = app.screen.query_one(RowList)
        lines = ["".join(text for text, _style in r.fragments).rstrip() for r in rows.rows]
        width = rows.scrollable_content_region.width  # (what the scroll bar leaves)
        assert rows.show_vertical_scrollbar and all(len(line) <= width for line in lines)
        assert "what Blair said about Iraq" in " ".join(" ".join(lines).split())


async def test_status_says_in_plain_words_how_the_speaker_was_found(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        view = app.query_one(ArticleView)
        for _ in range(30):
            await pilot.press("j")
            q = view.current_quote
            sp = app.index.speakers.get(q.speaker_id) if q is not None and q.speaker_id else None
            if sp is not None and q.mention != sp.name and q.resolution == "description":
                break
        status = str(app.query_one("#status").render())
        assert "quotation · found by: “" in status and "(description)" not in status
        assert f"“{q.mention}” → {sp.name}" in status


async def test_moving_through_a_speakers_quotes_says_where_you_are_and_when_it_wraps(make_app, tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-01-02 Second day\n“We go on,” said Ann Lee.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2024-01-01 First day\n“We start,” said Ann Lee.\n“And we win,” Lee said.\n",
                                    encoding="utf-8")
    app = make_app([tmp_path])
    notices = []
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        app.notify = lambda message, **kw: notices.append(message)
        assert [a.title for a in app._library_order()] == ["Second day", "First day"]  # newest first
        await pilot.press("a")  # the speaker's quotes in the whole library
        app.choose_speaker("ann-lee")
        await pilot.pause()
        status = lambda: str(app.query_one("#status").render())  # noqa: E731
        assert "match 1 of 3 · article 1 of 2" in status()
        await pilot.press("n")
        assert app.article.title == "First day" and "match 2 of 3 · article 2 of 2" in status()
        assert notices[-1] == "Next article: First day"
        await pilot.press("n", "n")
        assert app.article.title == "Second day" and "match 1 of 3" in status()
        assert notices[-1] == "Back to the first: Second day"


async def test_a_notice_never_covers_the_status_line(make_app):
    from textual.widgets._toast import Toast

    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_loaded(pilot)
        app.notify("Something happened that is worth a line of its own.")
        await pilot.pause(0.3)
        (toast,) = app.screen.query(Toast)
        status = app.query_one("#status")
        assert toast.region.bottom <= status.region.y


async def test_opening_a_hit_shows_the_passage_with_context_above_it(make_app, tmp_path):
    paras = [f"Paragraph {i} says nothing much about anything at all, filler words here." for i in range(60)]
    paras[50] = "“The zebra crossing must be repainted,” said Ann Lee."
    (tmp_path / "a.txt").write_text("date 2024-01-01 Long story\n" + "\n".join(paras) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2024-02-01 Other story\n“Nothing here,” said Bob Ray.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        assert app.article.title == "Other story"  # the hit is in another article
        await pilot.press("slash", *"zebra crossing")
        await wait_for_search(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(ArticleView)
        row = view.line_of(view.passage[0]) - view.scroll_y
        assert 3 <= row <= view.size.height // 2  # not on the last line: in view, context above


async def test_the_speakers_pane_is_filtered_by_typing_after_f(make_app):
    from textual.widgets import Input

    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("tab")  # from the article: the speakers (Tab order: library, article, speakers)
        speakers = app.query_one("#speakers", RowList)
        assert app.focused is speakers and len(speakers.rows) == 7
        await pilot.press("f")
        assert app.focused is app.query_one("#speakers-filter", Input)
        await pilot.press(*"koo")
        assert [r.key for r in speakers.rows] == ["koo-byung-sam"]
        assert "1 of 7" in str(app.query_one("#speakers-pane").border_title)
        await pilot.press("ctrl+u", *"unification")  # a role matches too
        assert [r.key for r in speakers.rows] == ["koo-byung-sam"]
        await pilot.press("down")
        assert app.focused is speakers
        await pilot.press("shift+tab", "f")  # from the article pane, f filters the library
        assert app.focused is app.query_one("#library-filter", Input)


async def test_a_copy_of_an_article_is_marked_in_the_library(make_app, tmp_path):
    story = "“Rates will stay where they are for now,” said Ann Lee.\n"
    (tmp_path / "a.txt").write_text("date 2005-01-01 Rates held\n" + story, encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2005-01-01 Rates held again\n" + story, encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        rows = {r.key: "".join(t for t, _ in r.fragments) for r in app.query_one("#library", RowList).rows}
        assert rows["b"].endswith("(copy)") and not rows["a"].endswith("(copy)")


async def test_a_search_row_shows_the_speaker_first_and_the_text_around_the_match(make_app, tmp_path):
    long = " ".join(["Filler words go on and on here."] * 8) + " The zebra crossing must be repainted."
    (tmp_path / "a.txt").write_text(f"date 2024-01-01 Story\n“{long},” said Ann Lee.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"zebra crossing")
        await wait_for_search(pilot)
        rows = app.screen.query_one(RowList)
        quote_row = next(r for r in rows.rows if r.fragments[0][0].startswith("QUOTE"))
        shown = "".join(t for t, _ in quote_row.fragments)[: rows.scrollable_content_region.width]
        assert shown.startswith("QUOTE Ann Lee: …") and "zebra crossing" in shown


async def test_at_120_columns_the_library_shows_the_count_and_more_of_the_title(make_app, tmp_path):
    title = "Yukos unit buyer faces a loan claim from its lenders in the courts of Houston"
    for i in range(60):  # enough rows for a scroll bar; two dates, so the date column stays
        (tmp_path / f"a{i:02d}.txt").write_text(f"date 2005-01-0{1 + i % 2} {title} {i}\n“We will fight it,” said Ann Lee.\n",
                                               encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        lib = app.query_one("#library", RowList)
        assert lib.show_vertical_scrollbar
        shown = "".join(t for t, _ in lib.rows[0].fragments)[: lib.scrollable_content_region.width]
        assert shown.startswith("2005-01-02   1  ")  # the date, then the quote count, before the title
        assert len(shown) - shown.index("Yukos") > 27


async def test_the_status_counts_quotes_as_the_library_does_and_reported_speech_apart(make_app, tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-01-01 Zambia confident\n“We are ready,” said Ann Lee.\n"
                                    "The coach said the team would win on Saturday.\n“We will win,” Lee said.\n",
                                    encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        lib_row = "".join(t for t, _ in app.query_one("#library", RowList).rows[0].fragments)
        assert "2  Zambia" in lib_row
        status = lambda: str(app.query_one("#status").render())  # noqa: E731
        seen = []
        for _ in range(3):
            await pilot.press("j")
            seen.append(status().split(" ¶")[0])
        assert seen == ["quote 1 of 2", "reported 1 of 1", "quote 2 of 2"]


async def test_a_switches_the_speakers_scope_and_moves_the_focus_to_them(make_app):
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.focused is app.query_one(ArticleView)
        await pilot.press("a")
        assert app.speaker_scope == "library" and app.focused is app.query_one("#speakers", RowList)
        assert "library" in str(app.query_one("#speakers-pane").border_title)
        await pilot.press("a")
        assert app.speaker_scope == "article" and app.focused is app.query_one("#speakers", RowList)


async def test_search_preview_shows_the_passage_of_the_highlighted_hit(make_app, tmp_path):
    (tmp_path / "a.txt").write_text(
        "date 2024-01-01 Alpha story\nThe vote was close. “We are [bold]ready[/bold] for the harbour,” said Ann Lee.\n"
        "date 2024-01-01 Beta story\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"harbour")
        await wait_for_search(pilot)
        await pilot.pause()
        pane = app.screen.query_one("#search-preview")
        assert pane.display
        shown = str(pane.render())
        assert "Alpha story · 2024-01-01" in shown and "quotation · Ann Lee" in shown
        # the whole paragraph, around the quote, as written: text is data, never markup
        assert "The vote was close. “We are [bold]ready[/bold] for the harbour,” said Ann Lee." in shown
    app = make_app([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"harbour")
        await wait_for_search(pilot)
        assert not app.screen.query_one("#search-preview").display  # too narrow: the list takes the width


async def test_clip_two_quotes_reorder_note_copy_all_and_open_one(make_app, tmp_path):
    import json
    import os

    from tui.ui.screens import ClippingsScreen, NoteScreen

    (tmp_path / "a.txt").write_text("date 2024-01-01 Alpha story\n“We are ready,” said Ann Lee.\n"
                                    "“It will work,” said Bob Ray.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.press("j", "c", "j", "c")
        await pilot.pause()
        assert "clipped" in str(app.query_one("#status").render())
        assert view.clipped == {(q.start, q.end) for q in view.quotes}  # the article pane marks both
        stored = json.loads(open(os.environ["PRESSROOM_CLIPPINGS"], encoding="utf-8").read())
        assert [c["speaker"] for c in stored["clippings"]] == ["Ann Lee", "Bob Ray"]
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, ClippingsScreen)
        await pilot.press("down", "K")  # Bob Ray's up
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"lead", "enter")
        await pilot.pause()
        await pilot.press("Y")
        assert app.clipboard.startswith("> It will work\n>\n> — Bob Ray") and "\n\n> We are ready\n" in app.clipboard
        stored = json.loads(open(os.environ["PRESSROOM_CLIPPINGS"], encoding="utf-8").read())
        assert [(c["speaker"], c["note"]) for c in stored["clippings"]] == [("Bob Ray", "lead"), ("Ann Lee", "")]
        await pilot.press("down", "enter")  # Ann Lee's: opened in its article
        await pilot.pause()
        assert not isinstance(app.screen, ClippingsScreen)
        assert view.current_quote.text == "We are ready,"
        await pilot.press("C", "d", "escape", "c")  # remove Bob Ray's; c on Ann Lee's unclips it
        await pilot.pause()
        stored = json.loads(open(os.environ["PRESSROOM_CLIPPINGS"], encoding="utf-8").read())
        assert stored["clippings"] == [] and view.clipped == set()


async def test_a_broken_clippings_file_is_named_and_never_written_over(make_app, tmp_path, monkeypatch):
    bad = tmp_path / "clippings.json"
    bad.write_text("{oops", encoding="utf-8")
    monkeypatch.setenv("PRESSROOM_CLIPPINGS", str(bad))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("j", "c")
        await pilot.pause()
        assert any(str(bad) in str(n.message) for n in app._notifications)
    assert bad.read_text(encoding="utf-8") == "{oops"


async def test_a_keymap_rebinds_copy_and_help_lists_it(make_app, tmp_path, monkeypatch):
    import os

    from tui.ui.screens import ListScreen

    with open(os.environ["PRESSROOM_CONFIG"], "w", encoding="utf-8") as fh:
        fh.write("keys:\n  copy: x\ntheme: nord\n")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        assert app.theme == "nord"
        app.query_one(ArticleView).focus()
        await pilot.press("j", "x")
        assert app.clipboard.startswith("“A clear illegal act” — South Korea")
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        assert ("x", "copy the current quote with its attribution (copy)") in app.screen.lines


async def test_a_broken_config_is_named_and_the_reader_runs_with_defaults(make_app):
    import os

    path = os.environ["PRESSROOM_CONFIG"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("keys: [\n")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        assert any(str(n.message).startswith(f"{path}, line 2: not valid YAML") for n in app._notifications)
        app.query_one(ArticleView).focus()
        await pilot.press("j", "y")  # the default keys still work
        assert app.clipboard.startswith("“A clear illegal act”")


async def test_quotes_view_from_the_speakers_pane_filters_sorts_opens_and_clips(make_app, tmp_path):
    from tui.ui.screens import QuotesScreen

    (tmp_path / "a.txt").write_text("date 2024-01-05 Iraq debate\n“Iraq was the right call,” said Tony Blair.\n"
                                    "“Iraq was a disaster,” said Michael Howard.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2024-03-01 Budget\n“The budget is fair,” said Tony Blair.\n",
                                    encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("a")  # the library's speakers, with the focus
        app.query_one("#speakers", RowList).move_to_key("tony-blair")
        await pilot.press("Q")
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen) and bool(app.screen.quotes))
        screen = app.screen
        assert screen.query_one("#quotes-filter").value == '@"Tony Blair" '
        assert [q.text for q in screen.quotes] == ["The budget is fair,", "Iraq was the right call,"]  # newest first
        await pilot.press(*"iraq")
        await wait_until(pilot, lambda: len(screen.quotes) == 1)
        await pilot.press("down", "c")
        await pilot.pause()
        assert [c.text for c in app.clippings] == ["Iraq was the right call,"]
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, QuotesScreen)
        assert app.article.title == "Iraq debate"
        assert app.query_one(ArticleView).current_quote.text == "Iraq was the right call,"


async def test_a_stale_clipping_is_marked_first_in_its_row(make_app, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("date 2024-01-01 Alpha story\n“We are ready,” said Ann Lee.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        app.query_one(ArticleView).focus()
        await pilot.press("j", "c")
    src.write_text("date 2024-01-01 Alpha story\n“We are set,” said Ann Lee.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("C")
        await pilot.pause()
        (row,) = app.screen.query_one(RowList).rows
        texts = [text for text, _style in row.fragments]
        # before the speaker, where 80 columns still show it; the words clipped, not the new ones
        assert texts[1:4] == ["[source changed] ", "Ann Lee: ", "We are ready,"]
