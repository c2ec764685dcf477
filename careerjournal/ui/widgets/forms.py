"""Typed access to the labels a QFormLayout makes for its rows."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def field_label(form: QFormLayout, field: QWidget) -> QLabel:
    """The label of ``field``'s row (a row added with a text gets a QLabel), to retranslate."""
    label = form.labelForField(field)
    assert isinstance(label, QLabel), "the row was added without a label text"
    return label
