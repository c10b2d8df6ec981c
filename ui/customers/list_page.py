"""The customer list beside the selected customer's detail: filters, search, the lazily
fetched table with a column chooser, export of what is shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.customers.words import rfm_tier_names, status_names
from salesdesk.formatting import format_number

from ui.customers.detail_pane import CustomerDetailPane
from ui.customers.filter_bar import FilterBar
from ui.customers.table_model import (
    COLUMN_KEYS,
    CUSTOMER_ID_ROLE,
    CustomerTableModel,
    Labels,
    Source,
    sort_for,
)
from ui.dialogs.messages import Messages
from ui.settings import AppSettings
from ui.tasks import CancelledFn, Op, ProgressFn
from ui.theme import point_sort_arrows_up
from ui.widgets.columns import fit_widths, inner_width, show_column_menu, title_width
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.customers.detail import Choices
    from salesdesk.customers.listing import ListContext
    from salesdesk.store.db import Database

HEADER_STATE = "customers/table_header"
SPLITTER_STATE = "customers/splitter"
# What a laptop's screen has room for beside the profile; the header's menu shows the rest.
HIDDEN_BY_DEFAULT = (
    "code",
    "persona",
    "first_sale",
    "account_type",
    "days_since_sale",
    "lifetime_revenue",
)
NAME_WIDTH, NAME_MIN = 260, 120  # what the name column would like, and the least it gets
# Columns of names, which give way when the table is narrow; statuses, figures and dates do not.
WORD_COLUMNS = (
    "name",
    "code",
    "owner",
    "account_type",
    "territory",
    "persona",
    "rfm_tier",
)


class CustomerListPage(QWidget):
    """Filters over the table, the selected customer's detail on the right."""

    customer_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = AppSettings()
        self._database: Database | None = None
        self._context: ListContext | None = None
        self._currency = "RUB"
        self._pending_customer: int | None = None
        self.filters = FilterBar()
        self.filters.changed.connect(self.reload)
        self.model = CustomerTableModel(self)
        self.model.count_known.connect(self._show_count)
        self.model.page_loaded.connect(self._select_pending)
        self.model.page_loaded.connect(self._size_columns_once)
        self.model.failed.connect(self._show_failure)
        self.table = self._build_table()
        self.detail = CustomerDetailPane()
        self.detail.customer_changed.connect(self._on_customer_edited)
        self.count_label = QLabel()
        mute(self.count_label)
        self.export_button = QPushButton(self.tr("Export view…"))
        self.export_button.setToolTip(
            self.tr("Save the customers shown, with these columns, as CSV or Excel")
        )
        self.export_button.clicked.connect(self._export)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # The profile's widest row would otherwise claim half the window before any customer
        # is chosen; it scrolls instead.
        self.detail.setMinimumWidth(340)
        self.splitter.setChildrenCollapsible(False)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self._restore_state()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setAccessibleName(self.tr("Customers"))
        header = table.horizontalHeader()
        point_sort_arrows_up(header)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        return table

    # --- state -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        """The user's columns and order, else the defaults: by name, A to Z.

        The header is saved only once restored: saving while the defaults were being set up
        once stored Qt's own default order (descending), and the list opened Z to A."""
        header = self.table.horizontalHeader()
        state = self._settings.state(HEADER_STATE)
        self._columns_sized = not state.isEmpty() and header.restoreState(state)
        if not self._columns_sized:
            header.setSortIndicator(COLUMN_KEYS.index("name"), Qt.SortOrder.AscendingOrder)
            for key in HIDDEN_BY_DEFAULT:
                header.hideSection(COLUMN_KEYS.index(key))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._save_header)
        splitter = self._settings.state(SPLITTER_STATE)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([66_000, 34_000])
        self.splitter.splitterMoved.connect(
            lambda: self._settings.set_state(SPLITTER_STATE, self.splitter.saveState())
        )

    def _size_columns_once(self) -> None:
        """Fits the columns to the first rows ever shown and to the table's width, so that
        nothing scrolls sideways (after that, the user's widths): figures and dates as wide as
        they are; names and words share the rest, cut short where they must — each cell says
        its whole text as a tooltip — but never narrower than their column's title."""
        if self._columns_sized or self.model.rowCount() == 0:
            return
        self._columns_sized = True
        header = self.table.horizontalHeader()
        shown = [c for c in range(len(COLUMN_KEYS)) if not header.isSectionHidden(c)]
        wanted, least = {}, {}
        for column in shown:  # the content, and the title (Qt's own hint leaves room for a
            least[column] = title_width(header, column)  # sort arrow in every column)
            wanted[column] = max(self.table.sizeHintForColumn(column), least[column])
        name = COLUMN_KEYS.index("name")
        wanted[name], least[name] = max(wanted[name], NAME_WIDTH), max(least[name], NAME_MIN)
        words = {c for c in shown if COLUMN_KEYS[c] in WORD_COLUMNS}
        table = self.table
        room = inner_width(
            table.width(), table.frameWidth(), table.verticalScrollBar().sizeHint().width()
        )
        for column, width in fit_widths(wanted, least, words, room).items():
            header.resizeSection(column, width)
        self._save_header()

    def _save_header(self) -> None:
        self._settings.set_state(HEADER_STATE, self.table.horizontalHeader().saveState())

    def _choose_columns(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        show_column_menu(
            header, position, fixed=(COLUMN_KEYS.index("name"),), changed=self._save_header
        )

    def visible_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        columns = sorted(
            (header.visualIndex(c), key)
            for c, key in enumerate(COLUMN_KEYS)
            if not header.isSectionHidden(c)
        )
        return [key for _visual, key in columns]

    # --- data --------------------------------------------------------------------------------

    def set_database(
        self,
        database: Database | None,
        choices: Choices | None,
        currency: str,
        context: ListContext | None,
    ) -> None:
        self._database, self._currency, self._context = database, currency, context
        if choices is not None:
            self.filters.set_choices(choices)
        self.detail.set_database(database, choices, currency)
        self.export_button.setEnabled(database is not None)
        self.reload()

    def set_list_context(self, context: ListContext) -> None:
        """A new period (revenue column) or day: the same filters, read again."""
        self._context = context
        self.reload()

    def reload(self) -> None:
        if self._database is None or self._context is None:
            self.model.set_source(None)
            self.count_label.clear()
            return
        header = self.table.horizontalHeader()
        query = self.filters.query()
        column = header.sortIndicatorSection()
        if 0 <= column < len(COLUMN_KEYS):  # keep the order the header shows
            query = query.sorted_by(*sort_for(column, header.sortIndicatorOrder()))
        segment_id = self.filters.segment_id()
        self.count_label.setText(self.tr("Counting…"))
        labels = Labels(status_names(), rfm_tier_names(), self._currency)
        self.model.set_source(Source(self._database, query, self._context, segment_id), labels)

    def _show_count(self, total: int) -> None:
        # Qt writes %n without digit grouping: 1 000 000 reads better than 1000000
        text = self.tr("%n customer(s)", "", total)
        self.count_label.setText(text.replace(str(total), format_number(total), 1))

    def _show_failure(self, message: str) -> None:
        self.count_label.setText(
            self.tr("The customers could not be loaded: {error}").format(error=message)
        )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_customer(current.data(CUSTOMER_ID_ROLE) if current.isValid() else None)

    def _on_customer_edited(self, customer_id: int) -> None:
        """A row changed: read the list again, keeping the customer selected."""
        self._pending_customer = customer_id
        self.customer_changed.emit(customer_id)
        self.reload()

    def open_customer(self, customer_id: int, code: str = "") -> None:
        """Shows one customer's profile with their row highlighted: the row in sight, else the
        filters give way to a search for the customer's ``code`` and the row is highlighted
        when it arrives. Meanwhile no other row stays highlighted."""
        self.detail.show_customer(customer_id)
        row = self.model.row_of(customer_id)
        if row is not None:
            self._select_row(row, show=False)
            return
        self._pending_customer = customer_id
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)  # the profile shown is already the right one
        selection.clear()
        selection.blockSignals(blocked)
        if code:
            self.filters.search_for(code)

    def _select_pending(self) -> None:
        if self._pending_customer is None:
            return
        row = self.model.row_of(self._pending_customer)
        if row is not None:
            self._pending_customer = None
            self._select_row(row, show=False)

    def _select_row(self, row: int, *, show: bool = True) -> None:
        index = self.model.index(row, 0)
        blocked = self.table.selectionModel().blockSignals(not show)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(blocked)
        self.table.scrollTo(index)

    # --- export ------------------------------------------------------------------------------

    def _export(self) -> None:
        source = self.model.source
        if source is None:
            return
        path = ExportDialogs.ask_path(
            self,
            self.tr("Export the customers shown"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path is None:
            return
        columns, total = self.visible_columns(), self.model.total

        def work(progress: ProgressFn, cancelled: CancelledFn) -> int:
            from salesdesk.customers.service import export_customers

            return export_customers(
                source.database,
                source.query,
                source.context,
                columns,
                path,
                segment_id=source.segment_id,
                progress=progress,
                cancelled=cancelled,
                total=total,
            )

        self.export_button.setEnabled(False)
        (
            Op(self.tr("Exporting customers"), work, parent=self)
            .success(lambda count: self._exported(path, count))
            .failure(self._export_failed)
            .run_in_background()
        )

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.count_label.setText(
            self.tr("Exported {count} rows to {name}").format(
                count=format_number(count), name=path.name
            )
        )

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        Messages.error(self, self.tr("Export failed"), str(error))


class ExportDialogs:
    """The file question behind a classmethod, so tests can answer it."""

    @classmethod
    def ask_path(cls, parent: QWidget, title: str, file_types: str) -> Path | None:
        suggestion = Path.home() / f"customers-{date.today().isoformat()}.xlsx"
        name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggestion), file_types)
        return Path(name) if name else None
