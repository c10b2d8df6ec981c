"""The Coverage tab of the Team section: who covers which territory, product category or
account type (the window's organisation lens picks which), with gaps, overlaps and overloaded
members highlighted and counted, and the buttons that assign, unassign and propose owners.

The view reads; edits are asked for by signal and made by the section as undoable commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import format_money

from ui.tasks import Op, Task
from ui.team.coverage_model import (
    HOLDERS_COLUMN,
    ITEM_COLUMN,
    ITEM_ROLE,
    CoverageTreeModel,
    LoadTableModel,
)
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.team.coverage import CoverageItem, CoverageReport, Tally

    from ui.section import AppContext


class CoverageView(QWidget):
    loaded = Signal()
    assign_requested = Signal(object)  # CoverageItem
    unassign_requested = Signal(object, object)  # CoverageItem, Holder
    propose_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: CoverageReport | None = None
        self._task: Task | None = None
        self._context: AppContext | None = None
        self._editable = False
        self.title_label = QLabel()
        scale_font(self.title_label, 1.3)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.hint_label = QLabel(
            self.tr(
                "Red: a gap — customers or sales, nobody active covering. Amber: an overlap — "
                "more than one covering. Grey names cover through a parent item."
            )
        )
        self.hint_label.setWordWrap(True)
        mute(self.hint_label)
        self.model = CoverageTreeModel(self)
        self.tree = self._build_tree()
        self.loads_model = LoadTableModel(self)
        self.loads_table = self._build_loads_table()
        self.assign_button = QPushButton(self.tr("&Assign…"))
        self.unassign_button = QPushButton(self.tr("&Unassign…"))
        self.propose_button = QPushButton(self.tr("&Propose owners…"))
        self.propose_button.setToolTip(
            self.tr("Propose an owner for every customer without one, from this coverage.")
        )
        self.assign_button.clicked.connect(self._ask_assign)
        self.unassign_button.clicked.connect(self._ask_unassign)
        self.propose_button.clicked.connect(self.propose_requested)
        self._lay_out()
        self._update_buttons()

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setAccessibleName(self.tr("Coverage"))
        tree.header().setSectionResizeMode(ITEM_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setSectionResizeMode(HOLDERS_COLUMN, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        tree.selectionModel().currentRowChanged.connect(self._update_buttons)
        tree.doubleClicked.connect(self._ask_assign)
        return tree

    def _build_loads_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.loads_model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        table.setAccessibleName(self.tr("Members' capacity"))
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.assign_button, self.unassign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.propose_button)
        loads = QWidget()
        loads_layout = QVBoxLayout(loads)
        loads_layout.setContentsMargins(0, 0, 0, 0)
        capacity = QLabel(self.tr("Capacity"))
        scale_font(capacity, 1.1)
        loads_layout.addWidget(capacity)
        loads_layout.addWidget(self.loads_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(loads)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

    # --- loading --------------------------------------------------------------------------

    def refresh(self, context: AppContext) -> None:
        """Recomputes the coverage for the context's lens and period in the background."""
        from salesdesk.team import service

        if self._task is not None:
            self._task.cancel()
        self._context = context
        self.title_label.setText(self._title(context.lens))
        if context.database is None:
            self._task = None
            self._show(None)
            return
        database, lens, period = context.database, context.lens, context.period
        self.summary_label.setText(self.tr("Working out the coverage…"))
        self._task = (
            Op(
                self.tr("Working out the coverage"),
                lambda *_: service.coverage_report(database, lens, period),
                parent=self,
            )
            .success(self._show)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _title(self, lens: str) -> str:
        titles = {
            "geographic": self.tr("Coverage by territory"),
            "product": self.tr("Coverage by product category"),
            "customer": self.tr("Coverage by account type"),
        }
        return titles.get(lens, titles["geographic"])

    def _show(self, report: CoverageReport | None) -> None:
        self._task = None
        selected = self.selected_item()
        self.report = report
        currency = self._context.currency if self._context else ""
        self.model.set_report(report, currency)
        self.loads_model.set_loads(report.loads if report else [])
        self.tree.expandAll()
        # flat lists (account types) need no room for branch arrows
        self.tree.setRootIsDecorated(report is not None and any(i.depth for i in report.items))
        if selected is not None:
            index = self.model.index_of_item(selected.id)
            self.tree.setCurrentIndex(index)
        self.summary_label.setText(self._summary(report, currency) if report else "")
        self._update_buttons()
        self.loaded.emit()

    def _show_failure(self, error: BaseException) -> None:
        self._task = None
        self.summary_label.setText(
            self.tr("The coverage could not be worked out: {error}").format(error=error)
        )

    def _summary(self, report: CoverageReport, currency: str) -> str:
        if not report.items:
            return self.tr("Nothing to cover yet: this list is empty in the database.")
        period = self._context.period.label() if self._context else ""
        gaps, overlaps = report.gap_tally(), report.overlap_tally()
        overloaded = report.overloaded
        lines = [
            self._tally_text(self.tr("%n gap(s)", "", gaps.count), gaps, currency, period),
            self._tally_text(
                self.tr("%n overlap(s)", "", overlaps.count), overlaps, currency, period
            ),
            self.tr("%n overloaded member(s)", "", len(overloaded)),
        ]
        if overloaded:
            excess = sum(load.excess for load in overloaded)
            lines[-1] += ": " + self.tr("%n account(s) over capacity", "", excess)
        return "\n".join(lines)

    def _tally_text(self, head: str, tally: Tally, currency: str, period: str) -> str:
        if not tally.count:
            return head
        customers = self.tr("%n customer(s)", "", tally.customers)
        revenue = self.tr("{money} in {period}").format(
            money=format_money(tally.revenue, currency, decimals=0), period=period
        )
        return f"{head}: {customers}, {revenue}"

    # --- editing --------------------------------------------------------------------------

    def selected_item(self) -> CoverageItem | None:
        index = self.tree.selectionModel().currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        self.tree.setCurrentIndex(self.model.index_of_item(item_id))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update_buttons()

    def _update_buttons(self, *_args: QModelIndex) -> None:
        editable = self._editable
        item = self.selected_item()
        self.assign_button.setEnabled(editable and item is not None)
        self.unassign_button.setEnabled(editable and item is not None and bool(item.own))
        self.propose_button.setEnabled(editable and self.report is not None)

    def _ask_assign(self) -> None:
        item = self.selected_item()
        if item is not None and self.assign_button.isEnabled():
            self.assign_requested.emit(item)

    def _ask_unassign(self) -> None:
        item = self.selected_item()
        if item is None or not item.own:
            return
        if len(item.own) == 1:
            self.unassign_requested.emit(item, item.own[0])
            return
        menu = QMenu(self)
        for holder in item.own:
            action = menu.addAction(holder.name)
            action.setData(holder)
        chosen = menu.exec(
            self.unassign_button.mapToGlobal(self.unassign_button.rect().bottomLeft())
        )
        if chosen is not None:
            self.unassign_requested.emit(item, chosen.data())
