"""The File and Tools commands on files: new, open, close, demo, back up, restore, check.

Every file operation runs as a :class:`~ui.tasks.Task`; the controller asks the user through
the dialog seams and tells the window what happened with signals. Core modules that pull in
SQLAlchemy and Alembic are imported inside the workers, so the window shows before they load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from salesdesk import i18n
from salesdesk.errors import (
    DamagedFileError,
    LockedError,
    ReadOnlyFileError,
    SalesDeskError,
    explain,
)
from salesdesk.files import free_name, make_private_folder
from salesdesk.store.engine import ChangeListener, DatabaseUrl, location_of
from salesdesk.store.login import EVERYTHING, Visibility

from ui import settings as keys
from ui.database.check_result import CheckResultDialog
from ui.database.new_database import NewDatabaseChoice, NewDatabaseDialog
from ui.database.read_only_prompt import ReadOnlyPrompt, describe_holder
from ui.database.server_login import ServerLoginDialog
from ui.dialogs.file_dialogs import FileDialogs
from ui.dialogs.messages import Messages
from ui.paths import data_dir, default_demo_path
from ui.settings import AppSettings
from ui.tasks import ProgressFn, Task

if TYPE_CHECKING:
    from salesdesk.settings import CompanySettings
    from salesdesk.store.db import Database

PROGRESS_STEPS = 1000
PROGRESS_DIALOG_WIDTH = 420
AUTOMATIC_BACKUP_INTERVAL_MS = 30 * 60 * 1000
REMOTE_RELOAD_DELAY_MS = 700  # others' changes are shown within 5 s (SPEC §13)


@dataclass(frozen=True)
class OpenedDatabase:
    """An open database with what the window shows about it at once."""

    database: Database
    settings: CompanySettings
    counts: dict[str, int]  # customers, sales, members
    visibility: Visibility = EVERYTHING  # whose rows the login sees, what it may change
    listener: ChangeListener | None = None  # hears of others' changes (a server database)


def _load(database: Database) -> OpenedDatabase:
    from salesdesk.settings import read_settings
    from salesdesk.store.login import read_visibility
    from salesdesk.store.stats import count_records

    return OpenedDatabase(
        database, read_settings(database), count_records(database), read_visibility(database)
    )


def _open_and_load(
    path: Path | DatabaseUrl,
    read_only: bool,
    password: str | None = None,
    on_change: Callable[[set[str]], None] | None = None,
) -> OpenedDatabase:
    from salesdesk.store.db import open_database

    database = open_database(path, read_only=read_only, password=password)
    try:
        loaded = _load(database)
        if on_change is None:
            return loaded
        return replace(loaded, listener=database.storage.listen_for_changes(on_change))
    except BaseException:
        database.close()
        raise


def _back_up_automatically(path: Path, verify: bool) -> Path | None:
    """Writes an automatic backup if the data changed, then rotates; the new file or None.
    ``verify``: checks the file for damage first (once, when it is opened)."""
    from salesdesk.store.sqlite.backups import automatic_backup, rotate_backups
    from salesdesk.store.sqlite.files import make_engine

    # An engine of its own, so closing the window's database never pulls it from under us.
    engine = make_engine(path, read_only=True)
    try:
        written = automatic_backup(engine, path, now=datetime.now(), verify=verify)
    finally:
        engine.dispose()
    rotate_backups(path, now=datetime.now())
    return written


class DatabaseController(QObject):
    """Owns the open database of a window and runs the commands on database files."""

    opened = Signal(object)  # OpenedDatabase
    closed = Signal()
    status = Signal(str)  # a message for the status bar
    # Others changed the open server database: what the window shows is read again.
    changed_elsewhere = Signal()
    _heard = Signal(object)  # set of table names, from the listener's thread

    def __init__(self, window: QWidget, settings: AppSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.current: OpenedDatabase | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTOMATIC_BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.back_up_automatically)
        self._automatic_backup: Task | None = None
        self._listener: ChangeListener | None = None
        # Many commits of others in a row (an import) make one reload.
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(REMOTE_RELOAD_DELAY_MS)
        self._reload_soon.timeout.connect(self.changed_elsewhere)
        self._heard.connect(lambda _tables: self._reload_soon.start())

    @property
    def database(self) -> Database | None:
        return self.current.database if self.current else None

    # --- opening and closing -------------------------------------------------------------

    def open_path(
        self, path: Path | str, *, read_only: bool = False, password: str | None = None
    ) -> Task | None:
        """Opens a file or a server database in the background; None when it is the
        database already open. ``password`` (a server's) is kept by that database only."""
        where = location_of(path)
        if isinstance(where, Path):
            where = where.absolute()
        if self.database is not None and self.database.path == where:
            self.status.emit(self.tr("{name} is already open.").format(name=where.name))
            return None
        task = Task(
            self.tr("Opening {name}").format(name=where.name),
            lambda *_: _open_and_load(where, read_only, password, self._heard.emit),
            self,
        )
        task.succeeded.connect(self._adopt)
        task.failed.connect(lambda error: self._open_failed(where, error))
        task.start()
        return task

    def choose_and_open(self) -> None:
        path = FileDialogs.open_database(self._window, self._start_directory())
        if path is not None:
            self.open_path(path)

    def choose_and_open_server(self) -> None:
        """File > Open Team Database: an address and a password, used for this session."""
        login = ServerLoginDialog.ask(self._window)
        if login is not None:
            self.open_path(login.url, password=login.password)

    def close(self) -> None:
        if self.current is None:
            return
        self.backup_timer.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self._reload_soon.stop()
        self.current.database.close()
        self.current = None
        self.closed.emit()

    def _adopt(self, opened: OpenedDatabase) -> None:
        self.close()
        self.current = opened
        path = opened.database.path
        if not isinstance(path, DatabaseUrl):  # a server needs its password: opened anew
            self._settings.add_recent_file(path)
            self._settings.set(keys.LAST_FILE, str(path))
        self.opened.emit(opened)
        self._listener = opened.listener
        if not opened.database.read_only and opened.database.storage.keeps_automatic_backups:
            self.back_up_automatically(verify=True)
            self.backup_timer.start()
        if holder := opened.database.took_over_from:
            self.status.emit(
                self.tr("Took over the lock left by {holder}, which is no longer running.").format(
                    holder=describe_holder(holder)
                )
            )

    def _open_failed(self, path: Path | DatabaseUrl, error: BaseException) -> None:
        from salesdesk.errors import DatabaseNotFoundError

        if isinstance(error, LockedError) and isinstance(path, Path):
            if ReadOnlyPrompt.ask(self._window, path, error.holder):
                self.open_path(path, read_only=True)
            return
        if isinstance(error, ReadOnlyFileError):  # nothing to ask: it can only be read
            task = self.open_path(path, read_only=True)
            if task is not None:
                task.succeeded.connect(
                    lambda _: self.status.emit(
                        self.tr("{name} is read-only: it is open for reading only.").format(
                            name=path.name
                        )
                    )
                )
            return
        if isinstance(error, DatabaseNotFoundError) and isinstance(path, Path):
            self._settings.remove_recent_file(path)
        self._show_error(self.tr("Cannot open the database"), error)

    # --- creating ------------------------------------------------------------------------

    def create_new(self) -> None:
        path = FileDialogs.new_database(self._window, self._start_directory())
        if path is None:
            return
        choice = NewDatabaseDialog.ask(self._window)
        if choice is not None:
            self.create_at(path, choice)

    def create_at(self, path: Path, choice: NewDatabaseChoice) -> Task:
        language = i18n.language()

        def create(*_: Any) -> Path:
            from salesdesk.store.db import create_database

            create_database(
                path, company=choice.company, currency=choice.currency, language=language
            )
            return path

        task = Task(self.tr("Creating {name}").format(name=path.name), create, self)
        task.succeeded.connect(self.open_path)
        task.failed.connect(lambda error: self._show_error(self.tr("Cannot create"), error))
        task.start()
        return task

    def create_demo(self, path: Path | None = None) -> Task:
        """Generates the demo database with a cancellable progress dialog, then opens it."""
        target = path or free_name(default_demo_path())
        language = i18n.language()

        def generate(progress: ProgressFn, cancelled: Callable[[], bool]) -> Path:
            from salesdesk.demo import generate_demo

            make_private_folder(target.parent)
            generate_demo(target, language=language, progress=progress, cancelled=cancelled)
            return target

        task = Task(self.tr("Creating the demo database"), generate, self)
        self._follow_with_progress_dialog(task)
        task.succeeded.connect(self.open_path)
        task.failed.connect(
            lambda error: self._show_error(self.tr("Cannot create the demo database"), error)
        )
        task.aborted.connect(
            lambda: self.status.emit(self.tr("The demo database was not created."))
        )
        task.start()
        return task

    def _follow_with_progress_dialog(self, task: Task) -> None:
        dialog = QProgressDialog(task.title, self.tr("Cancel"), 0, PROGRESS_STEPS, self._window)
        dialog.setWindowTitle(task.title)
        dialog.setMinimumWidth(PROGRESS_DIALOG_WIDTH)  # steady while the step texts change
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.progressed.connect(
            lambda fraction, message: self._show_progress(dialog, fraction, message)
        )
        task.finished.connect(dialog.deleteLater)
        dialog.setValue(0)

    @staticmethod
    def _show_progress(dialog: QProgressDialog, fraction: float, message: str) -> None:
        dialog.setValue(round(fraction * PROGRESS_STEPS))
        if message:
            dialog.setLabelText(message)

    # --- backing up and checking ---------------------------------------------------------

    def back_up(self) -> Task | None:
        from salesdesk.store.db import default_backup_path

        database = self.database
        if database is None:
            return None
        target = FileDialogs.backup_target(self._window, default_backup_path(database.path))
        if target is None:
            return None

        path = database.path

        def backup(*_: Any) -> Path:
            from salesdesk.store.db import backup_file

            return backup_file(path, target)  # a connection of its own, like any reader

        task = Task(self.tr("Backing up to {name}").format(name=target.name), backup, self)
        task.succeeded.connect(
            lambda written: self.status.emit(
                self.tr("Backup written to {path}").format(path=written)
            )
        )
        task.failed.connect(lambda error: self._show_error(self.tr("Backup failed"), error))
        task.start()
        return task

    def back_up_automatically(self, *, verify: bool = False) -> Task | None:
        """Backs the open database up into its backups folder if it changed, in a task.

        None on a read-only database or while the previous run is still going. The user did not
        ask for this backup, so it never interrupts: success is silent (the status bar lists the
        task while it runs) and a failure is only told in the status bar. Damage is the
        exception: found by ``verify`` or by the backup's own check, it stops every edit and
        is told in a message box, with what to do.
        """
        database = self.database
        if database is None or database.read_only or self._automatic_backup is not None:
            return None
        path = database.path
        task = Task(
            self.tr("Automatic backup of {name}").format(name=path.name),
            lambda *_: _back_up_automatically(path, verify),
            self,
        )
        task.failed.connect(lambda error: self._automatic_backup_failed(database, error))
        task.finished.connect(lambda: self._automatic_backup_finished(task))
        self._automatic_backup = task
        task.start()
        return task

    def _automatic_backup_failed(self, database: Database, error: BaseException) -> None:
        if isinstance(error, DamagedFileError):
            database.damage = error.what  # the core refuses every write from now on
            self._show_error(self.tr("The database is damaged"), error)
            return
        self.status.emit(
            self.tr("Automatic backup failed: {error}").format(
                error=str(explain(error) or error) or type(error).__name__
            )
        )

    def _automatic_backup_finished(self, task: Task) -> None:
        self._automatic_backup = None
        task.deleteLater()  # one every half hour: do not keep them all as children

    def restore(self) -> Task | None:
        """Replaces the open database with a backup the user picks, after a safety copy.

        The file is closed while the backup is copied in and opened again afterwards, also when
        the restore fails (the core leaves it unchanged then).
        """
        database = self.database
        if database is None or database.read_only:
            return None
        target = database.path
        from salesdesk.store.sqlite.backups import backups_folder

        folder = backups_folder(target)
        start = folder if folder.is_dir() else target.parent
        backup = FileDialogs.backup_source(self._window, start)
        if backup is None or not self._confirm_restore(backup, target):
            return None
        self.close()

        def restore(*_: Any) -> Path:
            from salesdesk.store.db import restore_database

            return restore_database(backup, target)

        task = Task(self.tr("Restoring {name}").format(name=target.name), restore, self)
        task.succeeded.connect(
            lambda safety_copy: self._reopen_restored(target, backup, safety_copy)
        )
        task.failed.connect(lambda error: self._restore_failed(target, error))
        task.start()
        return task

    def _confirm_restore(self, backup: Path, target: Path) -> bool:
        return Messages.question(
            self._window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the contents of {target} with the backup {backup}?\n\n"
                "A safety copy of the current state is written first."
            ).format(target=target.name, backup=backup),
        )

    def _reopen_restored(self, target: Path, backup: Path, safety_copy: Path) -> None:
        task = self.open_path(target)
        if task is not None:
            task.succeeded.connect(
                lambda _: self.status.emit(
                    self.tr(
                        "Restored from {backup}; the previous state was saved as {copy}"
                    ).format(backup=backup.name, copy=safety_copy)
                )
            )

    def _restore_failed(self, target: Path, error: BaseException) -> None:
        self.open_path(target)
        self._show_error(self.tr("Restore failed"), error)

    def check(self) -> Task | None:
        if self.database is None:
            return None
        path = self.database.path

        def check(*_: Any) -> object:
            from salesdesk.store.db import check_database

            return check_database(path)

        task = Task(self.tr("Checking {name}").format(name=path.name), check, self)
        task.succeeded.connect(
            lambda report: CheckResultDialog.show_report(self._window, path, report)
        )
        task.failed.connect(lambda error: self._show_error(self.tr("Check database"), error))
        task.start()
        return task

    # --- helpers -------------------------------------------------------------------------

    def _start_directory(self) -> Path:
        last = self._settings.get(keys.LAST_FILE)
        return Path(last).parent if last else data_dir()

    def _show_error(self, title: str, error: BaseException) -> None:
        error = explain(error) or error
        text = str(error)
        if not isinstance(error, SalesDeskError):
            text = self.tr("Something went wrong: {error}").format(
                error=text or type(error).__name__
            )
        Messages.error(self._window, title, text)
