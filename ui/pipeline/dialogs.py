"""The small dialogs of the Pipeline section: a deal, a lost reason, a win, a follow-up, an
outcome, a new due date. Each has ``ask(...)`` returning the values or None when cancelled,
and refuses what is invalid at the field with the reason (STYLE 8)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.tasks import Op, Task

if TYPE_CHECKING:
    from salesdesk.pipeline.deals import PipelineChoices
    from salesdesk.store.db import Database

SEARCH_DELAY_MS = 150


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    label.hide()
    return label


class OptionalDate(QWidget):
    """A date that may be left empty."""

    def __init__(self, day: date | None, default: date, text: str) -> None:
        super().__init__()
        from PySide6.QtWidgets import QHBoxLayout

        self.check = QCheckBox(text)
        self.edit = QDateEdit(_qdate(day or default))
        self.edit.setCalendarPopup(True)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]


class CustomerPicker(QLineEdit):
    """Finds a customer among a million as the user types: a few matches in a completer,
    looked up in the background."""

    def __init__(self, database: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._matches: dict[str, int] = {}
        self.customer_id: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a name or code"))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self._task: Task | None = None
        self.textEdited.connect(self._edited)

    def set_customer(self, customer_id: int | None, name: str | None) -> None:
        self.customer_id = customer_id
        self.setText(name or "")

    def _edited(self) -> None:
        self.customer_id = self._matches.get(self.text())
        self._timer.start()

    def _search(self) -> None:
        database, words = self._database, self.text()
        if database is None or not words.strip():
            return
        if self._task is not None:
            self._task.cancel()

        from salesdesk.pipeline import service

        self._task = (
            Op(
                self.tr("Finding customers"),
                lambda *_: service.find_customers(database, words),
                parent=self,
            )
            .success(self._show)
            .run_in_background()
        )

    def _show(self, found: list[tuple[int, str, str]]) -> None:
        self._task = None
        self._matches = {f"{name} ({code})": id_ for id_, name, code in found}
        self._model.setStringList(list(self._matches))
        self.customer_id = self._matches.get(self.text(), self.customer_id)
        if self.hasFocus() and found:
            self.completer().complete()

    def _chosen(self, text: str) -> None:
        self.customer_id = self._matches.get(text)


class DealDialog(QDialog):
    """A new deal, or the fields of one."""

    def __init__(
        self,
        choices: PipelineChoices,
        database: Database | None,
        today: date,
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        values = values or {}
        creating = "id" not in values
        self.setWindowTitle(self.tr("New deal") if creating else self.tr("Edit deal"))
        self.title = QLineEdit(values.get("title", ""))
        self.customer = CustomerPicker(database)
        self.customer.set_customer(values.get("customer_id"), values.get("customer"))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Nobody yet"), None)
        for id_, name, left in choices.members:
            if not left or id_ == values.get("owner_member_id"):
                self.owner.addItem(name, id_)
        self.owner.setCurrentIndex(max(self.owner.findData(values.get("owner_member_id")), 0))
        self.amount = QLineEdit(values.get("amount_text", ""))
        self.amount.setPlaceholderText(self.tr("e.g. 125 000"))
        self.expected = OptionalDate(
            values.get("expected_close"), today + timedelta(days=30), self.tr("Expected")
        )
        self.stage = QComboBox()
        for pipeline in choices.pipelines:
            if not pipeline.active:  # not offered for new deals
                continue
            for stage in pipeline.stages:
                self.stage.addItem(f"{pipeline.name}: {stage.name}", stage.id)
        self.stage.setCurrentIndex(max(self.stage.findData(values.get("stage_id")), 0))
        self.next_step = QLineEdit(values.get("next_step", ""))
        self.next_step_on = OptionalDate(
            values.get("next_step_on"), today + timedelta(days=2), self.tr("On")
        )
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Close date"), self.expected)
        if creating and self.stage.count():
            form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow("", self.next_step_on)
        form.addRow(self.error)
        form.addRow(_buttons(self))
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def problem(self) -> str:
        if not self.title.text().strip():
            self.title.setFocus()
            return self.tr("A deal needs a title.")
        if self.customer.text().strip() and self.customer.customer_id is None:
            self.customer.setFocus()
            return self.tr("Choose the customer from the list, or leave it empty.")
        if self._amount() is None:
            self.amount.setFocus()
            return self.tr("The amount is not a number, e.g. 125 000 or 125000.50.")
        return ""

    def _amount(self) -> int | None:
        from salesdesk.money import parse_money

        text = self.amount.text().strip()
        if not text:
            return 0
        try:
            value = parse_money(text, decimal_comma="," in text and "." not in text)
        except ValueError:
            return None
        return value if value is not None and value >= 0 else None

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "customer_id": self.customer.customer_id if self.customer.text().strip() else None,
            "owner_member_id": self.owner.currentData(),
            "amount": self._amount() or 0,
            "expected_close": self.expected.value(),
            "stage_id": self.stage.currentData(),
            "next_step": self.next_step.text().strip(),
            "next_step_on": self.next_step_on.value(),
        }

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        choices: PipelineChoices,
        database: Database | None,
        today: date,
        values: dict[str, Any] | None = None,
    ) -> dict[str, Any] | None:
        dialog = cls(choices, database, today, values, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LostDialog(QDialog):
    """Why a deal was lost: required; the reasons given before are offered."""

    def __init__(self, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the deal as lost"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(reasons)
        self.reason.setCurrentText("")
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        form.addRow(_buttons(self))

    def accept(self) -> None:
        if not self.reason.currentText().strip():
            self.error.setText(self.tr("Say why the deal was lost."))
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget, reasons: list[str]) -> str | None:
        dialog = cls(reasons, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.currentText().strip()


class WonDialog(QDialog):
    """When the deal was won and, optionally, the order it became."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the deal as won"))
        self.day = QDateEdit(_qdate(today))
        self.day.setCalendarPopup(True)
        self.order = QLineEdit()
        self.order.setPlaceholderText(self.tr("optional"))
        form = QFormLayout(self)
        form.addRow(self.tr("Won on"), self.day)
        form.addRow(self.tr("Order ref"), self.order)
        form.addRow(_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget, today: date) -> tuple[date, str | None] | None:
        dialog = cls(today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.day.date().toPython(), dialog.order.text().strip() or None  # type: ignore[return-value]


class FollowUpDialog(QDialog):
    """A call, meeting, e-mail or task to plan."""

    def __init__(self, kinds: dict[str, str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a follow-up"))
        self.kind = QComboBox()
        for key, name in kinds.items():
            self.kind.addItem(name, key)
        self.due = QDateEdit(_qdate(today + timedelta(days=1)))
        self.due.setCalendarPopup(True)
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget, kinds: dict[str, str], today: date) -> dict[str, Any] | None:
        dialog = cls(kinds, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return {
            "kind": dialog.kind.currentData(),
            "due_on": dialog.due.date().toPython(),
            "note": dialog.note.text().strip(),
        }


class OutcomeDialog(QDialog):
    """What came of a follow-up, or how a complaint was resolved."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.outcome = QPlainTextEdit()
        self.outcome.setFixedHeight(80)
        form = QFormLayout(self)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> str | None:
        dialog = cls(title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.outcome.toPlainText().strip()


class DateDialog(QDialog):
    """A new due date."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule"))
        self.day = QDateEdit(_qdate(day))
        self.day.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("New date"), self.day)
        form.addRow(_buttons(self))

    @classmethod
    def ask(cls, parent: QWidget, day: date) -> date | None:
        dialog = cls(day, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.day.date().toPython()  # type: ignore[return-value]
