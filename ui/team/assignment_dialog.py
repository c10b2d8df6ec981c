"""The preview of an assignment proposal (SPEC §4 Team, assignment rules).

Lists each customer the proposal moves, from whom to whom and why; the manager may leave a
customer out (its check box) or give it to another member who covers it (the To column). Below,
per member, the accounts and revenue they would gain or lose and their current accounts before
and after against capacity, following the edits. Apply hands the edited proposal back to the
section, which writes it as one undoable step; Cancel changes nothing. The proposal is worked
out in the background, again when its options change (which edits drop).
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
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import format_money, format_number

from ui import settings as keys
from ui.settings import AppSettings
from ui.tasks import Op, Task
from ui.team.coverage_model import GAP_BRUSH
from ui.team.proposal_model import TO, OwnerDelegate, ProposalMovesModel

if TYPE_CHECKING:
    from salesdesk.periods import Period
    from salesdesk.store.db import Database
    from salesdesk.team.assignment import MemberChange, Proposal

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DIALOG_SIZE = (940, 640)


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
        self.resize(*DIALOG_SIZE)
        self._database, self._mode, self._period = database, mode, period
        self._currency = currency
        self._settings = AppSettings()
        self._proposed: Proposal | None = None  # as worked out, before the user's edits
        self.proposal: Proposal | None = None  # as edited: what Apply writes
        self._task: Task | None = None
        self.rebalance_check = QCheckBox(
            self.tr("Also rebalance overloaded members (move their smallest accounts)")
        )
        self.managers_check = QCheckBox(
            self.tr("Let managers and the head of sales take accounts too")
        )
        self.managers_check.setToolTip(
            self.tr("By default only sales representatives receive accounts.")
        )
        self.managers_check.setChecked(self._settings.get(keys.ASSIGN_TO_MANAGERS))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.moves_model = ProposalMovesModel(self)
        self.moves_model.edited.connect(self._revise)
        self.moves_view = self._build_moves_view()
        self.table = self._build_table()
        self.uncovered_label = QLabel()
        self.uncovered_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.rebalance_check.toggled.connect(self._load)
        self.managers_check.toggled.connect(self._managers_chosen)
        self._load()

    def _lay_out(self) -> None:
        hint = QLabel(
            self.tr(
                "Untick a customer to leave it where it is; double-click its new owner to "
                "choose another member who covers it."
            )
        )
        hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.moves_view)
        splitter.addWidget(self.table)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([3, 2])
        layout = QVBoxLayout(self)
        for widget in (self.rebalance_check, self.managers_check, self.summary_label, hint):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.uncovered_label)
        layout.addWidget(self.buttons)

    def _build_moves_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.moves_model)
        view.setItemDelegateForColumn(TO, OwnerDelegate(view))
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.setAccessibleName(self.tr("Customers and their proposed owners"))
        return view

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

    # --- loading ----------------------------------------------------------------------------

    def _managers_chosen(self, allowed: bool) -> None:
        self._settings.set(keys.ASSIGN_TO_MANAGERS, allowed)
        self._load()

    def _load(self) -> None:
        from salesdesk.team import service

        if self._task is not None:
            self._task.cancel()
        self.apply_button.setEnabled(False)
        self.summary_label.setText(self.tr("Working out the proposal…"))
        database, mode, period = self._database, self._mode, self._period
        rebalance, managers = self.rebalance_check.isChecked(), self.managers_check.isChecked()
        self._task = (
            Op(
                self.tr("Proposing owners"),
                lambda *_: service.proposal(
                    database, mode, period, rebalance=rebalance, managers_too=managers
                ),
                parent=self,
            )
            .success(self._show)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show(self, proposal: Proposal) -> None:
        self._task = None
        self._proposed = proposal
        self.moves_model.set_proposal(proposal, self._currency)
        self.moves_view.resizeColumnsToContents()
        self.uncovered_label.setText(self._uncovered_text(proposal))
        self.uncovered_label.setVisible(proposal.uncovered > 0)
        self._show_revised(proposal)
        self.proposal_loaded.emit()

    def _revise(self) -> None:
        """The user left a customer out or chose another owner."""
        if self._proposed is not None:
            self._show_revised(self._proposed.revised(self.moves_model.owners()))

    def _show_revised(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self.table.setRowCount(len(proposal.members))
        for row, change in enumerate(proposal.members):
            self._fill_row(row, change)
        self.summary_label.setText(self._summary(proposal))
        self.apply_button.setEnabled(not proposal.empty)

    def _summary(self, proposal: Proposal) -> str:
        assert self._proposed is not None
        if self._proposed.empty:
            return self.tr("Nothing to change: no customer needs an owner.")
        moves = len(proposal.moves)
        return (
            self.tr("%n customer(s) get a new owner.", "", moves)
            + " "
            + self.tr("Revenue is counted over {period}.").format(
                period=self._period.label(in_text=True)
            )
        )

    def _uncovered_text(self, proposal: Proposal) -> str:
        if self.managers_check.isChecked():
            text = self.tr(
                "%n customer(s) stay without an owner: nobody active covers them ({money} in "
                "the period).",
                "",
                proposal.uncovered,
            )
        else:
            text = self.tr(
                "%n customer(s) stay without an owner: no sales representative covers them "
                "({money} in the period).",
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
            cell.setToolTip(text)
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
        """The proposal as the manager edited it, or None when cancelled."""
        dialog = cls(database, mode, period, currency, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.proposal if accepted else None
