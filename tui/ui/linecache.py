"""Shared by the line-API widgets: styles and rendered strips kept until the
styles change."""

from __future__ import annotations

from rich.style import Style


class StyleCacheMixin:
    """Looks each component style up once per style change.

    Line-API widgets render every visible line on every refresh; computing
    ``rich_style`` or a component style per line was a measurable share of
    a keystroke. The host widget must define ``_cache`` (rendered strips).
    """

    _styles: dict[str, Style]

    def _style(self, cls: str) -> Style:
        """The widget's own style (``""``) or a component class's."""
        styles = self.__dict__.setdefault("_styles", {})
        style = styles.get(cls)
        if style is None:
            style = self.rich_style if cls == "" else self.get_component_rich_style(cls, partial=True)  # type: ignore[attr-defined]
            styles[cls] = style
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()  # type: ignore[misc]
        self._cache.clear()  # type: ignore[attr-defined]
        self.__dict__.setdefault("_styles", {}).clear()
