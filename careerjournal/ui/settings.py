"""Harmless UI preferences in QSettings. Never anything the user wrote: that lives in the vault."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_AUTOLOCK_MINUTES = 5
LANGUAGES = ("nl", "en")


class Settings:
    """Typed access to the few preferences kept outside the vault."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def language(self) -> str:
        """``"nl"``, ``"en"``, or ``""`` to follow the system."""
        value = str(self._store.value("ui/language", ""))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in LANGUAGES else "")

    @property
    def autolock_minutes(self) -> int:
        """Minutes without input before the vault locks; 0 means never."""
        try:
            value = int(self._store.value("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES))
        except (TypeError, ValueError):
            value = DEFAULT_AUTOLOCK_MINUTES
        return max(0, min(value, 240))

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: int) -> None:
        self._store.setValue("security/autolock_minutes", int(minutes))

    @property
    def window_geometry(self) -> QByteArray:
        return QByteArray(self._store.value("ui/geometry", QByteArray()))

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("ui/geometry", geometry)

    def sync(self) -> None:
        self._store.sync()
