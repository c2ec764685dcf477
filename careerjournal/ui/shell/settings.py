"""Harmless UI preferences in QSettings. Never anything the user wrote: that lives in the vault."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from careerjournal.paths import SETTINGS_NAMES

DEFAULT_AUTOLOCK_MINUTES = 5
LANGUAGES = ("nl", "en")
SEARCH_ORDERS = ("relevance", "date")


class Settings:
    """Typed access to the few preferences kept outside the vault."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(*SETTINGS_NAMES)

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
    def backup_folder(self) -> str:
        """Where daily backups go; empty means the default beside the vault."""
        return str(self._store.value("backup/folder", ""))

    @backup_folder.setter
    def backup_folder(self, folder: str) -> None:
        self._store.setValue("backup/folder", folder)

    @property
    def discreet(self) -> bool:
        """A neutral window title and icon, for a shared family computer."""
        return self._bool("ui/discreet", False)

    @discreet.setter
    def discreet(self, on: bool) -> None:
        self._store.setValue("ui/discreet", bool(on))

    @property
    def notify_due(self) -> bool:
        """A system notification with a neutral line when something is due (off by default)."""
        return self._bool("reminders/notify", False)

    @notify_due.setter
    def notify_due(self, on: bool) -> None:
        self._store.setValue("reminders/notify", bool(on))

    @property
    def lock_when_minimized(self) -> bool:
        return self._bool("security/lock_when_minimized", False)

    @lock_when_minimized.setter
    def lock_when_minimized(self, on: bool) -> None:
        self._store.setValue("security/lock_when_minimized", bool(on))

    @property
    def search_order(self) -> str:
        """How journal search hits are listed: ``"relevance"`` or ``"date"``."""
        value = str(self._store.value("journal/search_order", SEARCH_ORDERS[0]))
        return value if value in SEARCH_ORDERS else SEARCH_ORDERS[0]

    @search_order.setter
    def search_order(self, value: str) -> None:
        self._store.setValue("journal/search_order", value if value in SEARCH_ORDERS else "")

    @property
    def theme(self) -> str:
        """``"light"``, ``"dark"``, or ``""`` to follow the system."""
        value = str(self._store.value("ui/theme", ""))
        return value if value in ("light", "dark") else ""

    @theme.setter
    def theme(self, value: str) -> None:
        self._store.setValue("ui/theme", value if value in ("light", "dark") else "")

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() == "true"

    @property
    def window_geometry(self) -> QByteArray:
        return QByteArray(self._store.value("ui/geometry", QByteArray()))

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("ui/geometry", geometry)

    def sync(self) -> None:
        self._store.sync()
