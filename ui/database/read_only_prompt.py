"""Asks whether to open a database read-only when another process writes to it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from salesdesk.store.sqlite.lock import LockHolder


def describe_holder(holder: LockHolder | None) -> str:
    """ "anna on LAPTOP-7 (process 4242, since 28.11.2026 09:15)" in the UI language."""
    if holder is None:
        return QCoreApplication.translate("ReadOnlyPrompt", "another SalesDesk")
    return QCoreApplication.translate(
        "ReadOnlyPrompt", "{user} on {host} (process {pid}, since {since})"
    ).format(user=holder.user, host=holder.host, pid=holder.pid, since=_local_time(holder.since))


def _local_time(iso_utc: str) -> str:
    try:
        moment = datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class ReadOnlyPrompt(QMessageBox):
    def __init__(self, path: Path, holder: LockHolder | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Database in use"))
        self.setText(
            self.tr("{name} is open for writing by {holder}.").format(
                name=path.name, holder=describe_holder(holder)
            )
        )
        self.setInformativeText(
            self.tr("You can open it read-only: you see everything but cannot change anything.")
        )
        self.read_only_button = self.addButton(
            self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, holder: LockHolder | None) -> bool:
        """True when the user chooses to open ``path`` read-only."""
        box = cls(path, holder, parent)
        box.exec()
        return box.clickedButton() is box.read_only_button
