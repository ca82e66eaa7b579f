"""Article text is data: markup shows verbatim, control sequences never pass."""

from tests.functional.conftest import screen_lines, wait_loaded
from tui.ui.article_view import ArticleView

HOSTILE = (
    "date 2024-01-01 Markup [bold]title[/bold] test\n"
    "“Read [bold]this[/bold] and [link=https://evil.example]that[/link] now,” said Ann Lee. [United Nations]\n"
    "A bell\x07 and a title \x1b]0;pwned\x07 and a clear \x1b[2J here, said Ann Lee.\n"
)


async def test_markup_shows_verbatim_and_controls_never_pass(make_app, tmp_path):
    (tmp_path / "h.txt").write_text(HOSTILE, encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_loaded(pilot)
        view = app.query_one(ArticleView)
        text = "\n".join(screen_lines(view))
        assert "[bold]this[/bold]" in text
        assert "[link=https://evil.example]that[/link]" in text
        assert "[United Nations]" in text
        assert "Markup [bold]title[/bold] test" in text
        assert "\x1b" not in text and "\x07" not in text
        assert "]0;pwned" in text  # shown, harmless, after the ESC is replaced
        # the library and status lines too
        from tui.ui.rowlist import RowList

        lib_text = "".join(t for r in app.query_one("#library", RowList).rows for t, _ in r.fragments)
        assert "[bold]title[/bold]" in lib_text
        assert view._border_title.plain == "Markup [bold]title[/bold] test"
        await pilot.press("j", "j")
        await pilot.press("y")
        assert "[bold]this[/bold]" in app.clipboard and "\x1b" not in app.clipboard
        toast = list(app._notifications)[-1]
        assert "[bold]this[/bold]" in toast.message and not toast.markup
