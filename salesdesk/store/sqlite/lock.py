"""One writer per database file (SPEC §9 item 4).

The writer holds an operating-system lock on ``<database>.lock`` for as long as the file is
open and writes who it is (host, process, user) into it. The OS drops the lock when the holder
exits for any reason, so a lock file left by a killed process is simply taken over; while the
holder lives, a second instance is told who holds the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from salesdesk.errors import LockedError
from salesdesk.store.editing import current_user
from salesdesk.store.engine import WriterClaim

# On Windows the OS lock covers a byte far past the JSON, so that others can still read the
# holder's details (a locked region cannot be read there).
_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    user: str
    since: str

    @classmethod
    def me(cls) -> LockHolder:
        return cls(
            host=socket.gethostname(),
            pid=os.getpid(),
            user=current_user(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def describe(self) -> str:
        return f"{self.user} on {self.host}, process {self.pid}, since {self.since}"


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock(WriterClaim):
    """Holds the writer lock of one database file."""

    def __init__(self, db_path: Path) -> None:
        # Beside the file itself: a symbolic link to it must not give a second lock.
        self.path = lock_path_for(Path(db_path).resolve())
        self._fd: int | None = None
        self.taken_over: LockHolder | None = None

    def acquire(self) -> None:
        """Takes the lock, or raises :class:`LockedError` naming the live holder."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            previous = _read_holder(fd)
            if not _try_lock(fd):
                os.close(fd)
                raise LockedError(self.path, previous)
            if _still_linked(fd, self.path):
                break
            # The holder we waited for removed this file on release, after we had opened it:
            # a lock on it guards nothing, since the next one creates a fresh file. Again.
            _unlock(fd)
            os.close(fd)
        self._fd = fd
        self.taken_over = previous
        _write_holder(fd, LockHolder.me())

    def release(self) -> None:
        """Removes the lock file while still holding it, then unlocks.

        In this order, whoever opened the file meanwhile finds it unlinked once it gets the
        lock and starts over (see :meth:`acquire`). Unlocking first would let one process lock
        the old file while another creates and locks a new one: two writers.
        """
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            with contextlib.suppress(OSError):  # Windows cannot remove an open file: it stays
                self.path.unlink(missing_ok=True)
        finally:
            _unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def taken_over_from(self) -> LockHolder | None:
        return self.taken_over


def _still_linked(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd``."""
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)


def _read_holder(fd: int) -> LockHolder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    try:
        return LockHolder(**json.loads(raw.decode("utf-8")))
    except (ValueError, TypeError):
        return None


def _write_holder(fd: int, holder: LockHolder) -> None:
    data = json.dumps(holder.__dict__).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.fsync(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock, not lockf: it belongs to the open file, so even a second open in the same
    # process is refused, and it is still released when the process dies.
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
