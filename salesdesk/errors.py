"""Errors that carry a message for the user (one clear line, already translated)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from salesdesk.i18n import tr

if TYPE_CHECKING:
    from salesdesk.store.lock import LockHolder


class SalesDeskError(Exception):
    """An error whose ``str()`` is a complete sentence for the user."""


class UsageError(SalesDeskError):
    """Wrong command-line usage (exit code 2)."""


class DatabaseNotFoundError(SalesDeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("No database at {path}.", path=path))
        self.path = path


class DatabaseExistsError(SalesDeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("{path} already exists; it was left as it is.", path=path))
        self.path = path


class ForeignFileError(SalesDeskError):
    def __init__(self, path: Path, what: str) -> None:
        super().__init__(
            tr(
                "{path} is not a SalesDesk database ({what}); it was left unchanged.",
                path=path,
                what=what,
            )
        )
        self.path = path


class DamagedFileError(SalesDeskError):
    def __init__(self, path: Path, what: str) -> None:
        super().__init__(
            tr(
                "{path} is damaged ({what}); it was left unchanged. Restore it from a backup.",
                path=path,
                what=what,
            )
        )
        self.path = path


class NewerVersionError(SalesDeskError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            tr(
                "{path} was written by a newer SalesDesk (schema {found}; this version reads "
                "up to {supported}); it was left unchanged. Update SalesDesk to open it.",
                path=path,
                found=found,
                supported=supported,
            )
        )
        self.path = path


class LockedError(SalesDeskError):
    def __init__(self, lock_path: Path, holder: LockHolder | None) -> None:
        who = holder.describe() if holder else tr("another process")
        super().__init__(tr("The database is open for writing by {who}.", who=who))
        self.lock_path = lock_path
        self.holder = holder


class ReadOnlyError(SalesDeskError):
    def __init__(self) -> None:
        super().__init__(tr("The database is open read-only; the change was not saved."))


class FieldError(SalesDeskError):
    """A value refused for one field of a form, with the reason; ``field`` names it, so that
    the GUI can show the reason at that field (``"target"``, ``"unit_cost"``...)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
