"""Undoable customer edits (SPEC §4 Editing) and the small dialogs that ask for them.

Each command writes through :mod:`salesdesk.customers.detail` (so the ChangeLog records it)
inside ``database.write()``; an undo writes the old values back and is logged too. A single
row changes, well under 100 ms, so the commands run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from salesdesk.customers.words import department_names, interaction_kind_names

if TYPE_CHECKING:
    from salesdesk.store.db import Database


class CustomerEditCommand(QUndoCommand):
    """Changes some fields of a customer; undo puts the old values back."""

    def __init__(
        self,
        database: Database,
        customer_id: int,
        changes: dict[str, Any],
        text: str,
        notify: Callable[[int], None],
    ) -> None:
        super().__init__(text)
        self._database = database
        self._customer_id = customer_id
        self._changes = changes
        self._previous: dict[str, Any] = {}
        self._notify = notify

    def redo(self) -> None:
        from salesdesk.customers import detail

        with self._database.write() as conn:
            self._previous = detail.edit_customer(conn, self._customer_id, self._changes)
        self._notify(self._customer_id)

    def undo(self) -> None:
        from salesdesk.customers import detail

        with self._database.write() as conn:
            detail.edit_customer(conn, self._customer_id, self._previous)
        self._notify(self._customer_id)


class LogInteractionCommand(QUndoCommand):
    """Adds an interaction; undo removes it, redo restores it under the same id."""

    def __init__(
        self,
        database: Database,
        customer_id: int,
        values: dict[str, Any],
        text: str,
        notify: Callable[[int], None],
    ) -> None:
        super().__init__(text)
        self._database = database
        self._customer_id = customer_id
        self._values = values
        self._removed: dict[str, Any] | None = None
        self._id: int | None = None
        self._notify = notify

    def redo(self) -> None:
        from salesdesk.customers import detail
        from salesdesk.store.editing import restore_row

        with self._database.write() as conn:
            if self._removed is None:
                self._id = detail.log_interaction(conn, self._customer_id, self._values)
            else:
                restore_row(conn, "interaction", self._removed)
        self._notify(self._customer_id)

    def undo(self) -> None:
        from salesdesk.customers import detail

        assert self._id is not None
        with self._database.write() as conn:
            self._removed = detail.remove_interaction(conn, self._id)
        self._notify(self._customer_id)


# --- dialogs -----------------------------------------------------------------------------------


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class InteractionDialog(QDialog):
    """Asks for a call, meeting, e-mail, service ticket or complaint to log."""

    def __init__(
        self, members: list[tuple[int, str, bool]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log an interaction"))
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.kind = QComboBox()
        for key, name in interaction_kind_names().items():
            if key != "sale":
                self.kind.addItem(name, key)
        self.department = QComboBox()
        for key, name in department_names().items():
            self.department.addItem(name, key)
        self.member = QComboBox()
        self.member.addItem(self.tr("Nobody in particular"), None)
        for id_, name, left in members:
            if not left:
                self.member.addItem(name, id_)
        self.subject = QLineEdit()
        self.outcome = QPlainTextEdit()
        self.outcome.setFixedHeight(70)
        self.is_open = QCheckBox(self.tr("Still open (needs follow-up)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Who"), self.member)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow("", self.is_open)
        form.addRow(_buttons(self))
        self.kind.currentIndexChanged.connect(self._suggest_department)

    def _suggest_department(self) -> None:
        service = self.kind.currentData() in ("service_ticket", "complaint")
        self.department.setCurrentIndex(self.department.findData("service" if service else "sales"))
        self.is_open.setChecked(service)

    def values(self) -> dict[str, Any]:
        return {
            "date": self.date.date().toPython(),
            "kind": self.kind.currentData(),
            "department": self.department.currentData(),
            "member_id": self.member.currentData(),
            "subject": self.subject.text().strip(),
            "outcome": self.outcome.toPlainText().strip(),
            "is_open": self.is_open.isChecked(),
        }

    @classmethod
    def ask(
        cls, parent: QWidget, members: list[tuple[int, str, bool]], today: date
    ) -> dict[str, Any] | None:
        dialog = cls(members, today, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class OwnerDialog(QDialog):
    def __init__(
        self,
        members: list[tuple[int, str, bool]],
        current: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change owner"))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("No owner"), None)
        for id_, name, left in members:
            if not left or id_ == current:
                self.owner.addItem(name, id_)
        self.owner.setCurrentIndex(max(self.owner.findData(current), 0))
        form = QFormLayout(self)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(_buttons(self))

    @classmethod
    def ask(
        cls, parent: QWidget, members: list[tuple[int, str, bool]], current: int | None
    ) -> tuple[int | None] | None:
        """The chosen owner as a one-tuple (None inside: no owner); None when cancelled."""
        dialog = cls(members, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (dialog.owner.currentData(),)


class LostReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as lost"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. moved to a competitor, closed down"))
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        dialog = cls(parent)
        return (
            dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
        )
