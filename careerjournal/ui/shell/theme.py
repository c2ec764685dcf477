"""The look: design tokens (docs: DESIGN.md) feeding Qt's palette and the style sheet template.

Light or dark follows the system (``QStyleHints.colorScheme``) unless the user
chose one in the settings; on a change the palette and style sheet are built
again, so every widget, chart and dialog follows at once. Charts ask
:func:`tokens` and :func:`series` for their colours instead of keeping their own.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from careerjournal.resources import resource_path

LIGHT: dict[str, str] = {
    "bg": "#f4f2ed",
    "surface": "#fbfaf7",
    "raised": "#ffffff",
    "text": "#1f2a30",
    "muted": "#56646b",
    "accent": "#2d6a86",
    "accent_hover": "#245a6f",
    "accent_text": "#ffffff",
    "accent_tint": "#e3edf1",
    "border": "#7d8a91",
    "divider": "#dcd8cf",
    "focus": "#2d6a86",
    "success": "#2e6b3f",
    "warn": "#8a5300",
    "danger": "#a8372c",
    "success_tint": "#e5f0e7",
    "warn_tint": "#fbf0dc",
    "danger_tint": "#f8e5e2",
}
DARK: dict[str, str] = {
    "bg": "#16191b",
    "surface": "#1c2023",
    "raised": "#252a2e",
    "text": "#e7eaeb",
    "muted": "#a3aeb4",
    "accent": "#7fb6cf",
    "accent_hover": "#96c5da",
    "accent_text": "#10222b",
    "accent_tint": "#23404d",
    "border": "#78858c",
    "divider": "#343a3e",
    "focus": "#8ec6df",
    "success": "#80c893",
    "warn": "#e3b35c",
    "danger": "#f2938a",
    "success_tint": "#1e3326",
    "warn_tint": "#3a2f1a",
    "danger_tint": "#3d2421",
}
# Chart series (the sixth is the previous run), chosen to stay apart for colour-blind eyes.
SERIES = {
    "light": ("#0072b2", "#c15a00", "#28644c", "#875172", "#3d3d8f", "#848b94"),
    "dark": ("#56a9e0", "#ef9a4a", "#758d6f", "#bc518b", "#6268e7", "#cdd3d6"),
}
SCHEMES = ("", "light", "dark")  # "" follows the system

_PLACEHOLDER = re.compile(r"@([a-z_]+)")
_current: dict[str, str] = LIGHT


def tokens() -> dict[str, str]:
    """The colours in use now."""
    return _current


def colour(name: str) -> QColor:
    return QColor(_current[name])


def series(number: int) -> QColor:
    """Chart series ``number`` (0-based) in the scheme in use."""
    names = SERIES["dark" if _current is DARK else "light"]
    return QColor(names[number % len(names)])


def style_sheet(values: dict[str, str]) -> str:
    """The QSS template with every ``@name`` filled in from ``values``."""
    template = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    scheme = "dark" if values is DARK else "light"
    check = resource_path("styles", f"check-{scheme}.svg").as_posix()  # the tick, in SVG: sharp
    filled = {**values, "check": check}
    return _PLACEHOLDER.sub(lambda m: filled[m.group(1)], template)


def palette(values: dict[str, str]) -> QPalette:
    """Qt's palette from the tokens, disabled and placeholder roles included."""
    role = QPalette.ColorRole
    result = QPalette()
    for roles, name in (
        ((role.Window,), "bg"),
        ((role.Base, role.AlternateBase), "surface"),
        ((role.Button, role.ToolTipBase), "raised"),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), "text"),
        ((role.BrightText,), "raised"),
        ((role.PlaceholderText,), "muted"),
        ((role.Highlight,), "accent"),
        ((role.HighlightedText,), "accent_text"),
        ((role.Link,), "accent"),
        ((role.LinkVisited,), "accent_hover"),
        ((role.Mid, role.Dark), "border"),
        ((role.Midlight, role.Light), "divider"),
        ((role.Accent,), "accent"),
    ):
        for each in roles:
            result.setColor(each, QColor(values[name]))
    for each in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, each, QColor(values["muted"]))
    return result


def system_is_dark() -> bool:
    """What the desktop asks for (Qt 6.5+); unknown counts as light."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def load_fonts() -> None:
    """Lato (bundled, also the PDFs' font) for headings."""
    for face in ("Lato-Regular.ttf", "Lato-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", face)))


class Theme(QObject):
    """Applies light or dark to the application and follows the system when asked to."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.choice = ""
        app.setStyle(QStyleFactory.create("Fusion"))
        load_fonts()
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, choice: str = "") -> None:
        """``choice``: "light", "dark", or "" to follow the system."""
        global _current
        self.choice = choice if choice in SCHEMES else ""
        dark = self.choice == "dark" or (self.choice == "" and system_is_dark())
        _current = DARK if dark else LIGHT
        self._app.setPalette(palette(_current))
        self._app.setStyleSheet(style_sheet(_current))

    @property
    def dark(self) -> bool:
        return _current is DARK

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "":
            self.apply("")
