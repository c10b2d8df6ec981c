"""The files SalesDesk writes: private to their owner, complete or absent, never a database.

Databases, backups, reports and exports hold customer data, so they are created readable by
their owner only (0600) in folders that SalesDesk creates for its owner only (0700). Every file
is written under a temporary name in its own folder, synced and renamed into place, so a crash
or a full disk leaves either the old file or the new one. And no output may land on a database,
a file SQLite keeps beside one, or a backup: :func:`check_output_path` is asked before any
report, export, backup or demo is written, by the command line and the GUI alike.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SQLITE_MAGIC = b"SQLite format 3\x00"
# Files SQLite (and SalesDesk's writer lock) keep beside a database: writing one would be
# taken for the database's own log, lock or journal.
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


class OutputPathError(SalesDeskError):
    """An output path that would overwrite something it must not."""


def make_private_folder(folder: Path) -> Path:
    """Creates ``folder`` and its missing parents for the owner only; an existing one is kept
    as it is (the user chose its permissions)."""
    missing = []
    current = Path(folder).absolute()
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # created meanwhile by someone else
            path.mkdir(mode=PRIVATE_FOLDER)
    return Path(folder)


def free_name(path: Path) -> Path:
    """``path``, or ``name-2.sqlite``, ``name-3.sqlite``… when it is taken."""
    candidate, number = Path(path), 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def is_sqlite_file(path: Path) -> bool:
    try:
        with Path(path).open("rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_output_path(path: Path, *, suffixes: tuple[str, ...] = ()) -> Path:
    """Refuses an output path that is a database, a backup, a file SQLite keeps beside a
    database or a folder, or (given ``suffixes``) whose name ends otherwise; returns it.

    A symbolic link is judged by the file it points to. Used for every file SalesDesk writes
    at a place the user names: reports, exports, backups, demo databases.
    """
    path = Path(path)
    if suffixes and path.suffix.lower() not in suffixes:
        raise OutputPathError(
            tr(
                "{name} must end in {suffixes}.",
                name=path.name,
                suffixes=tr(" or ").join(suffixes),
            )
        )
    for candidate in dict.fromkeys((path, path.resolve())):
        if candidate.name.endswith(SIDECAR_SUFFIXES):
            raise OutputPathError(
                tr(
                    "{path} is the name of a file SQLite keeps beside a database; "
                    "choose another name.",
                    path=path,
                )
            )
    if path.is_dir():
        raise OutputPathError(tr("{path} is a folder; name a file.", path=path))
    if is_sqlite_file(path):
        raise OutputPathError(
            tr(
                "{path} is a database or a backup; it was left as it is. Choose another file.",
                path=path,
            )
        )
    return path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows syncs only a file open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Makes a rename in ``folder`` durable (POSIX; NTFS journals renames itself)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def temporary_beside(path: Path, suffix: str = ".part") -> Iterator[Path]:
    """A new, empty, private file in ``path``'s folder, removed on leaving unless renamed.

    Hidden (a leading dot) and with ``suffix``, so that nobody takes it for the real thing.
    """
    folder = Path(path).absolute().parent
    if not folder.is_dir():
        raise SalesDeskError(tr("The folder {path} does not exist.", path=folder))
    # The name's start only: a name near the file system's limit must still get a temporary.
    fd, name = tempfile.mkstemp(prefix=f".{Path(path).name[:64]}.", suffix=suffix, dir=folder)
    os.close(fd)  # mkstemp creates it 0600
    temp = Path(name)
    try:
        yield temp
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in SIDECAR_SUFFIXES[:3])):
            leftover.unlink(missing_ok=True)


def write_atomically(
    path: Path, write: Callable[[Path], None], *, suffixes: tuple[str, ...] = ()
) -> Path:
    """Checks ``path`` (:func:`check_output_path`), has ``write`` fill a temporary file beside
    it, syncs it and renames it into place. A failure leaves ``path`` as it was."""
    path = check_output_path(Path(path), suffixes=suffixes)
    with temporary_beside(path) as temp:
        write(temp)
        fsync_file(temp)
        os.replace(temp, path)
    fsync_folder(path.absolute().parent)
    return path


def write_bytes_atomically(path: Path, content: bytes, *, suffixes: tuple[str, ...] = ()) -> Path:
    def write(temp: Path) -> None:
        temp.write_bytes(content)

    return write_atomically(path, write, suffixes=suffixes)
