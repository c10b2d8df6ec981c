"""The small dialogs that ask for a customer edit: an interaction to log, a new owner, why
the customer was lost. The edits themselves are :mod:`salesdesk.customers.detail`'s, made
through the undo stack (:mod:`ui.undo`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from salesdesk.customers.words import department_names, interaction_kind_names

from ui.dialogs.buttons import ok_cancel
from ui.widgets.dates import date_edit, day_of


class InteractionDialog(QDialog):
    """Asks for a call, meeting, e-mail, service ticket or complaint to log."""

    def __init__(
        self, members: list[tuple[int, str, bool]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log an interaction"))
        self.date = date_edit(today)
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
        form.addRow(ok_cancel(self))
        self.kind.currentIndexChanged.connect(self._suggest_department)

    def _suggest_department(self) -> None:
        service = self.kind.currentData() in ("service_ticket", "complaint")
        self.department.setCurrentIndex(self.department.findData("service" if service else "sales"))
        self.is_open.setChecked(service)

    def values(self) -> dict[str, Any]:
        return {
            "date": day_of(self.date),
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
        form.addRow(ok_cancel(self))

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
        form.addRow(ok_cancel(self))

    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        dialog = cls(parent)
        return (
            dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
        )
