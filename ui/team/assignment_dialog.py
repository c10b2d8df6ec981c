"""The preview of an assignment proposal (SPEC §4 Team, assignment rules).

Lists, per member, the accounts and revenue they would gain or lose and their current
accounts before and after against capacity. Apply hands the proposal back to the section,
which writes it as one undoable step; Cancel changes nothing. The proposal is worked out in
the background, again when rebalancing is switched on or off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import format_money, format_number

from ui.tasks import Op, Task
from ui.team.coverage_model import GAP_BRUSH

if TYPE_CHECKING:
    from salesdesk.periods import Period
    from salesdesk.store.db import Database
    from salesdesk.team.assignment import MemberChange, Proposal

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AssignmentDialog(QDialog):
    proposal_loaded = Signal()

    def __init__(
        self,
        database: Database,
        mode: str,
        period: Period,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Propose owners"))
        self.resize(900, 480)
        self._database, self._mode, self._period, self._currency = (
            database,
            mode,
            period,
            currency,
        )
        self.proposal: Proposal | None = None
        self._task: Task | None = None
        self.rebalance_check = QCheckBox(
            self.tr("Also rebalance overloaded members (move their smallest accounts)")
        )
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.table = self._build_table()
        self.uncovered_label = QLabel()
        self.uncovered_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.rebalance_check, self.summary_label, self.table):
            layout.addWidget(widget)
        layout.addWidget(self.uncovered_label)
        layout.addWidget(self.buttons)
        self.rebalance_check.toggled.connect(self._load)
        self._load()

    def _build_table(self) -> QTableWidget:
        headers = [
            self.tr("Member"),
            self.tr("Accounts gained"),
            self.tr("Accounts lost"),
            self.tr("Revenue gained"),
            self.tr("Revenue lost"),
            self.tr("Current accounts"),
            self.tr("Capacity"),
        ]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(self.tr("Proposed changes per member"))
        return table

    def _load(self) -> None:
        from salesdesk.team import service

        if self._task is not None:
            self._task.cancel()
        self.apply_button.setEnabled(False)
        self.summary_label.setText(self.tr("Working out the proposal…"))
        database, mode, period = self._database, self._mode, self._period
        rebalance = self.rebalance_check.isChecked()
        self._task = (
            Op(
                self.tr("Proposing owners"),
                lambda *_: service.proposal(database, mode, period, rebalance=rebalance),
                parent=self,
            )
            .success(self._show)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show(self, proposal: Proposal) -> None:
        self._task = None
        self.proposal = proposal
        self.table.setRowCount(len(proposal.members))
        for row, change in enumerate(proposal.members):
            self._fill_row(row, change)
        moves = len(proposal.moves)
        if proposal.empty:
            self.summary_label.setText(self.tr("Nothing to change: no customer needs an owner."))
        else:
            self.summary_label.setText(
                self.tr("%n customer(s) get a new owner.", "", moves)
                + " "
                + self.tr("Revenue is counted over {period}.").format(period=self._period.label())
            )
        self.uncovered_label.setText(self._uncovered_text(proposal))
        self.uncovered_label.setVisible(proposal.uncovered > 0)
        self.apply_button.setEnabled(not proposal.empty)
        self.proposal_loaded.emit()

    def _uncovered_text(self, proposal: Proposal) -> str:
        text = self.tr(
            "%n customer(s) stay without an owner: nobody active covers them ({money} in the "
            "period).",
            "",
            proposal.uncovered,
        )
        return text.format(
            money=format_money(proposal.uncovered_revenue, self._currency, decimals=0)
        )

    def _fill_row(self, row: int, change: MemberChange) -> None:
        def money(value: int) -> str:
            return format_money(value, self._currency, decimals=0) if value else ""

        cells = [
            change.name,
            format_number(change.gained) if change.gained else "",
            format_number(change.lost) if change.lost else "",
            money(change.revenue_gained),
            money(change.revenue_lost),
            f"{format_number(change.accounts_before)} → {format_number(change.accounts_after)}",
            format_number(change.capacity) if change.capacity is not None else "",
        ]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column:
                cell.setTextAlignment(_RIGHT)
            if change.over_capacity_after and column in (5, 6):
                cell.setBackground(QBrush(GAP_BRUSH))
            self.table.setItem(row, column, cell)

    def _show_failure(self, error: BaseException) -> None:
        self._task = None
        self.summary_label.setText(
            self.tr("The proposal could not be worked out: {error}").format(error=error)
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        database: Database,
        *,
        mode: str,
        period: Period,
        currency: str,
    ) -> Proposal | None:
        dialog = cls(database, mode, period, currency, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.proposal if accepted else None
