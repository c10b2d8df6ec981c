"""The window's own settings (QSettings), with every key's type and default in one place.

Tests and portable installs set ``$SALESDESK_HOME``; the settings then live in an INI file
there instead of the OS store, because QSettings caches the OS locations once per process.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool)

MAX_RECENT_FILES = 10
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T
    choices: tuple[T, ...] = ()  # when set, any other stored value reads as the default


SECTION = Key("window/section", 0)
PERIOD_KIND = Key("window/period_kind", "month", ("month", "quarter", "year", "custom"))
LAST_FILE = Key("files/last", "")
LANGUAGE = Key("ui/language", "", ("", "en", "ru"))  # "" follows the system
THEME = Key("ui/theme", "system", THEMES)
DEMO_DECLINED = Key("files/demo_declined", False)
# Propose owners: managers and the head of sales take accounts too (by default only reps).
ASSIGN_TO_MANAGERS = Key("team/assign_to_managers", False)

_RECENT = "files/recent"


class AppSettings:
    """Typed access to the QSettings of SalesDesk."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or _default_store()

    def get(self, key: Key[T]) -> T:
        value = _convert(self._store.value(key.name, key.default), key.default)
        if key.choices and value not in key.choices:
            return key.default
        return value

    def set(self, key: Key[T], value: T) -> None:
        self._store.setValue(key.name, value)

    def sync(self) -> None:
        self._store.sync()

    # --- widget states (geometry, window state, splitters, header columns) ---------------

    def state(self, name: str) -> QByteArray:
        """A widget's saved ``saveState()``/``saveGeometry()`` bytes; empty when never saved."""
        value = self._store.value(f"state/{name}")
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_state(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"state/{name}", state)

    # --- recent files ------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        value = self._store.value(_RECENT, [])
        # QSettings returns a one-element list as a plain string.
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(name) for name in names if name]

    def add_recent_file(self, path: Path) -> None:
        """Puts ``path`` first, dropping its older entry and anything beyond the tenth."""
        path = Path(path).absolute()
        others = [p for p in self.recent_files() if p != path]
        self._store.setValue(_RECENT, [str(p) for p in [path, *others][:MAX_RECENT_FILES]])

    def remove_recent_file(self, path: Path) -> None:
        remaining = [p for p in self.recent_files() if p != Path(path).absolute()]
        self._store.setValue(_RECENT, [str(p) for p in remaining])

    # --- the lens chosen per database -------------------------------------------------------

    def lens_for(self, path: Path) -> str:
        """The lens last chosen for this file; "" when none (the database's own mode then)."""
        return str(self._store.value(_lens_key(path), ""))

    def set_lens_for(self, path: Path, lens: str) -> None:
        self._store.setValue(_lens_key(path), lens)


def _lens_key(path: Path) -> str:
    # A path holds "/" which QSettings reads as groups; a digest is a flat, stable key.
    digest = hashlib.sha1(str(Path(path).absolute()).encode("utf-8")).hexdigest()[:16]
    return f"lens/{digest}"


def _default_store() -> QSettings:
    if home := os.environ.get("SALESDESK_HOME"):
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("SalesDesk", "SalesDesk")


def _convert(value: object, default: T) -> T:
    """QSettings hands INI values back as strings; this restores the key's type."""
    if isinstance(default, bool):
        return (str(value).lower() in ("true", "1")) if isinstance(value, str) else bool(value)
    if isinstance(default, int):
        try:
            return int(str(value))
        except ValueError:
            return default
    return str(value)
