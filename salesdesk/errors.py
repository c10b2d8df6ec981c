"""Errors that carry a message for the user (one clear line, already translated).

:func:`explain` turns the errors of SQLite, SQLAlchemy and the operating system into such a
line, in one place for the command line and the GUI: what happened and what to do.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from salesdesk.i18n import tr

if TYPE_CHECKING:
    from salesdesk.store.sqlite.lock import LockHolder


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
    def __init__(self, path: Path, what: str, *, backup_written: bool | None = None) -> None:
        """``backup_written=False``: the damage was found while backing the file up."""
        if backup_written is False:
            message = tr(
                "{path} is damaged ({what}), so no backup was written. Restore it from an "
                "earlier backup.",
                path=path,
                what=what,
            )
        else:
            message = tr(
                "{path} is damaged ({what}); it was left unchanged. Restore it from a backup.",
                path=path,
                what=what,
            )
        super().__init__(message)
        self.path = path
        self.what = what


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


class OlderSchemaError(SalesDeskError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            tr(
                "{path} has an older schema ({version}) and can only be read after an upgrade; "
                "open it once for writing (e.g. in SalesDesk) to upgrade it.",
                path=path,
                version=version,
            )
        )
        self.path = path


class ReadOnlyFileError(SalesDeskError):
    """The file or its folder cannot be written: it can only be read."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            tr(
                "{path} is read-only (the file or its folder cannot be written); nothing was "
                "changed. Reading it (kpi, report, check, backup) still works.",
                path=path,
            )
        )
        self.path = path


class FieldError(SalesDeskError):
    """A value refused for one field of a form, with the reason; ``field`` names it, so that
    the GUI can show the reason at that field (``"target"``, ``"unit_cost"``...)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


# --- errors of SQLite, SQLAlchemy and the operating system, in plain words ------------------

_LOGIN_REFUSED = ("The server refused the login: check the user name and the password "
                  "(PGPASSWORD or ~/.pgpass).")  # fmt: skip
_SERVER_UNREACHABLE = ("The database server cannot be reached: check the address and that the "
                       "server is running.")  # fmt: skip
# A fragment of the database engine's message -> what the user is told. SQLite's words; an
# engine that words them otherwise adds its fragments here.
_DATABASE_MESSAGES = (
    ("database is locked", "The database is busy: another program is writing to it. Try "
     "again in a moment."),
    ("database table is locked", "The database is busy: another program is writing to it. "
     "Try again in a moment."),
    ("readonly database", "The database file or its folder is read-only; nothing was changed. "
     "Make it writable, or only read it (kpi, report, check, backup)."),
    ("disk is full", "The disk is full; nothing was changed. Free some space and try again."),
    ("disk i/o error", "The disk reported an error while reading or writing the database; "
     "nothing was changed. Check the disk, then run check."),
    ("malformed", "The database file is damaged. Restore it from a backup (File > Restore from "
     "backup), then run check."),
    ("not a database", "The file is not a SalesDesk database, or it is damaged. Restore it "
     "from a backup."),
    ("unable to open database", "The database file cannot be opened: its folder is missing "
     "or not accessible, or its path is too long."),
    ("too big", "A value is too big for the database; nothing was changed."),
    ("out of memory", "Not enough memory; nothing was changed. Close other programs and try "
     "again."),
    # PostgreSQL's (libpq's and the server's) words
    ("password authentication failed", _LOGIN_REFUSED),
    ("no password supplied", _LOGIN_REFUSED),
    ("row-level security", "The server refused: that row belongs to someone else in the team; "
     "nothing was changed."),
    ("permission denied", "The server refused: this login may not do that (ask the head of "
     "sales or the admin); nothing was changed."),
    ('database "', "The server has no such database: check the address."),
    ('role "', "The server has no such login: check the user name in the address."),
    ("connection refused", _SERVER_UNREACHABLE),
    ("no such file or directory", _SERVER_UNREACHABLE),
    ("could not translate host name", _SERVER_UNREACHABLE),
    ("timeout expired", _SERVER_UNREACHABLE),
    ("server closed the connection", "The connection to the database server was lost; "
     "nothing was changed. Try again."),
)  # fmt: skip
_OS_MESSAGES = {
    errno.ENOSPC: "The disk is full; nothing was changed. Free some space and try again.",
    errno.EDQUOT: "The disk quota is used up; nothing was changed. Free some space.",
    errno.EFBIG: "The file would be larger than the system allows; nothing was changed.",
    errno.EROFS: "{path} is on a read-only file system; nothing was changed.",
    errno.EACCES: "Permission denied: {path}; nothing was changed.",
    errno.EPERM: "Permission denied: {path}; nothing was changed.",
    errno.ENOENT: "No such file or folder: {path}.",
    errno.ENAMETOOLONG: "The name is too long for the file system: {path}.",
    errno.EISDIR: "{path} is a folder; name a file.",
}


def explain(error: BaseException) -> SalesDeskError | None:
    """``error`` as a sentence for the user, or None when it is not one we understand."""
    if isinstance(error, SalesDeskError):
        return error
    cause = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(cause, BaseException):
        error = cause
    if _is_database_error(error):
        text = str(error).lower()
        for fragment, message in _DATABASE_MESSAGES:
            if fragment in text:
                return SalesDeskError(tr(message))
        return None
    if isinstance(error, MemoryError):
        return SalesDeskError(tr("Not enough memory; nothing was changed. Close other programs "
                                 "and try again."))  # fmt: skip
    if isinstance(error, OSError) and error.errno in _OS_MESSAGES:
        path = error.filename if error.filename is not None else ""
        return SalesDeskError(tr(_OS_MESSAGES[error.errno], path=path))
    return None


def _is_database_error(error: BaseException) -> bool:
    """An error of a database driver: each DB-API 2.0 driver raises its own ``DatabaseError``
    (sqlite3, psycopg), so it is known by its class's name, whatever the driver."""
    return any(kind.__name__ == "DatabaseError" for kind in type(error).__mro__)


def unexpected(error: BaseException) -> str:
    """One line for an error nobody foresaw: its kind and first line, no library links."""
    cause = getattr(error, "orig", None)
    shown = cause if isinstance(cause, BaseException) else error
    first_line = (str(shown).strip().splitlines() or [""])[0]
    return tr(
        "unexpected error: {error} (run with --debug for details)",
        error=f"{type(shown).__name__}: {first_line}".rstrip(": "),
    )
