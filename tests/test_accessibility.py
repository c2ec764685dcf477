"""Accessibility: every focusable control has a name, text has contrast, charts have words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget

from tests.fit_checks import showing
from tests.ui_walk import demo_copy, demo_vault, open_window, walk  # noqa: F401


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (from the widget, its text or its label's buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface else "").replace("&", "").strip()


def _holds_controls(area: QScrollArea) -> bool:
    content = area.widget()
    return content is not None and any(
        child.focusPolicy() != Qt.FocusPolicy.NoFocus for child in content.findChildren(QWidget)
    )


def nameless(root: QWidget) -> list[str]:
    found = []
    for widget in showing(root):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        if (
            isinstance(widget.parent(), QAbstractScrollArea)
            and widget is widget.parent().viewport()
        ):
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is the one that takes focus and is named
        if isinstance(widget, QScrollArea) and _holds_controls(widget):
            continue  # a container: Tab goes to the controls inside
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__}#{widget.objectName()}")
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_focusable_control_has_an_accessible_name(
    qtbot,
    demo_vault: Path,  # noqa: F811
    tmp_path: Path,
    lang: str,
) -> None:
    window = open_window(qtbot, demo_copy(demo_vault, tmp_path), lang)
    missing = [f"{where}: {name}" for where, shown in walk(window) for name in nameless(shown)]
    assert not missing, "\n".join(dict.fromkeys(missing))


# --- contrast ---------------------------------------------------------------------------


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def qss_pairs(sheet: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for every rule that sets a text colour."""
    import re

    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        text = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        back = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", body)
        if text:
            pairs.append((selector.strip(), text.group(1), back.group(1) if back else ""))
    return pairs


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_is_at_least_4_5_to_1(scheme: str) -> None:
    from PySide6.QtGui import QPalette

    from careerjournal.ui.shell import theme

    values = theme.LIGHT if scheme == "light" else theme.DARK
    grounds = [values[name] for name in ("bg", "surface", "raised")]
    low = []
    for selector, text, back in qss_pairs(theme.style_sheet(values)):
        if selector.endswith(":disabled") or ":disabled" in selector:
            continue  # WCAG exempts inactive controls; they stay readable (muted) anyway
        for ground in [back] if back else grounds:
            if contrast(text, ground) < 4.5:
                low.append(f"{selector}: {text} on {ground} = {contrast(text, ground):.2f}")
    palette = theme.palette(values)
    role = QPalette.ColorRole
    for fore, backs in (
        (role.Text, (role.Base, role.Window, role.Button)),
        (role.WindowText, (role.Window, role.Base)),
        (role.ButtonText, (role.Button,)),
        (role.PlaceholderText, (role.Base, role.Window)),
        (role.HighlightedText, (role.Highlight,)),
        (role.Link, (role.Base, role.Window)),
        (role.ToolTipText, (role.ToolTipBase,)),
    ):
        for back in backs:
            ratio = contrast(palette.color(fore).name(), palette.color(back).name())
            if ratio < 4.5:
                low.append(f"palette {fore.name} on {back.name} = {ratio:.2f}")
    for name in ("text", "muted", "accent", "success", "warn", "danger"):
        tint = {"success": "success_tint", "warn": "warn_tint", "danger": "danger_tint"}.get(
            name, "accent_tint"
        )
        if contrast(values[name], values[tint]) < 4.5:
            low.append(f"{name} on {tint}")
    assert not low, "\n".join(low)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_chart_series_stand_out_from_cards(scheme: str) -> None:
    from careerjournal.ui.shell import theme

    values = theme.LIGHT if scheme == "light" else theme.DARK
    for colour in theme.SERIES[scheme]:
        assert contrast(colour, values["raised"]) >= 3.0, colour  # graphics: 3:1


def test_dark_theme_follows_the_setting_and_rebuilds(qtbot, vault_path: Path) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from careerjournal.ui.shell import theme

    window = open_window(qtbot, vault_path, "en")
    window.settings.theme = "dark"
    window.apply_settings()
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.DARK["bg"]
    assert theme.DARK["accent"] in app.styleSheet()
    window.settings.theme = "light"
    window.apply_settings()
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT["bg"]
    window.settings.theme = ""
    window.apply_settings()
    window.theme._system_changed(app.styleHints().colorScheme())  # the system's choice again
    dark = theme.system_is_dark()
    expected = theme.DARK if dark else theme.LIGHT
    assert app.palette().color(QPalette.ColorRole.Window).name() == expected["bg"]


def test_charts_carry_their_values_in_words(qtbot, demo_vault: Path, tmp_path: Path) -> None:  # noqa: F811
    from careerjournal.ui.widgets.chart import BarChart
    from tests.ui_walk import exercise_results, unlock

    window = open_window(qtbot, demo_copy(demo_vault, tmp_path), "nl")
    unlock(window)
    described = 0
    for _ in exercise_results(window):
        for chart in window.findChildren(BarChart):
            if chart.isVisible() and chart.bars():
                text = chart.accessibleDescription()
                for bar in chart.bars():
                    assert bar.label in text
                described += 1
    assert described >= 5
    journal = window.workspace.pages[2]
    assert journal.chart.accessibleName() and any(
        c.isdigit() for c in journal.chart.accessibleDescription()
    )


def test_icons_are_sharp_at_200_percent(qtbot, vault_path: Path) -> None:
    """Drawn from SVG at the screen's own scale, not a small bitmap blown up."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from careerjournal.resources import resource_path

    open_window(qtbot, vault_path, "en")
    for icon in (
        QApplication.windowIcon(),
        QIcon(str(resource_path("styles", "check-light.svg"))),
        QIcon(str(resource_path("styles", "check-dark.svg"))),
    ):
        pixmap = icon.pixmap(QSize(32, 32), 2.0)
        assert (pixmap.width(), pixmap.height()) == (64, 64)
        assert pixmap.devicePixelRatio() == 2.0
