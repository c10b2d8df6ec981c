"""The customer list as a lazily fetching table model over the SQL query of
:mod:`salesdesk.customers.listing` (STYLE 3, 4).

Rows arrive a page at a time from a background task; filters and sorting re-run the query in
the database (no proxy model over a million rows). A page is formatted into display strings
on the worker, so ``data()`` only indexes lists.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QObject,
    Qt,
)

from salesdesk.formatting import MISSING, format_date, format_money, format_number
from salesdesk.i18n import language

from ui.widgets.columns import two_lines
from ui.widgets.definitions import metric_tip
from ui.widgets.item_models import NO_INDEX, AnyIndex
from ui.widgets.paged_table_model import PagedTableModel, Texts

if TYPE_CHECKING:
    from salesdesk.customers.listing import CustomerQuery, CustomerRow, ListContext
    from salesdesk.store.db import Database

PAGE_SIZE = 200
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the status key (prospect, current, lost, at_risk)

# Cached enum values: data() runs for every visible cell on every repaint.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_HORIZONTAL = Qt.Orientation.Horizontal
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ASCENDING = Qt.SortOrder.AscendingOrder


@dataclass(frozen=True)
class Column:
    key: str  # also the listing's sort key, when it has one
    sortable: bool = True
    numeric: bool = False
    term: str | None = None  # the metric of the glossary it shows: its header's tooltip


COLUMNS = (
    Column("name"),
    Column("code"),
    Column("status", term="at_risk"),
    Column("owner"),
    Column("account_type"),
    Column("territory"),
    Column("persona"),
    Column("first_sale"),
    Column("last_sale"),
    Column("days_since_sale", numeric=True),
    Column("period_revenue", numeric=True, term="revenue"),
    Column("lifetime_revenue", numeric=True),
    Column("rfm_tier", term="rfm"),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
_STATUS_COLUMN = COLUMN_KEYS.index("status")
# Days since the last sale sorts by the last sale, the other way round.
_SORT_ALIASES = {"days_since_sale": ("last_sale", True)}


@dataclass(frozen=True)
class Labels:
    """Translated words the worker needs to format a page (made on the GUI thread)."""

    statuses: dict[str, str]  # prospect, current, lost, at_risk
    tiers: dict[str, str]
    currency: str


# Dates and day counts repeat from row to row: format each once (per language).
@lru_cache(maxsize=8192)
def _short_date(value: date | None, _language: str) -> str:
    return format_date(value, style="short")


@lru_cache(maxsize=8192)
def _count(value: int | None, _language: str) -> str:
    return format_number(value)


def format_row(row: CustomerRow, labels: Labels) -> tuple[str, ...]:
    """One row's display strings in COLUMNS order."""
    lang = language()
    status = labels.statuses["at_risk" if row.at_risk else row.status]
    values: dict[str, str] = {
        "name": row.name,
        "code": row.code,
        "status": status,
        "owner": row.owner or MISSING,
        "account_type": row.account_type or MISSING,
        "territory": row.territory or MISSING,
        "persona": row.persona or MISSING,
        "first_sale": _short_date(row.first_sale, lang),
        "last_sale": _short_date(row.last_sale, lang),
        "days_since_sale": _count(row.days_since_sale, lang),
        "period_revenue": format_money(row.period_revenue, labels.currency, decimals=0),
        "lifetime_revenue": format_money(row.lifetime_revenue, labels.currency, decimals=0),
        "rfm_tier": labels.tiers.get(row.rfm_tier or "", MISSING),
    }
    return tuple(values[key] for key in COLUMN_KEYS)


@dataclass(frozen=True)
class Page:
    rows: list[CustomerRow]
    texts: list[tuple[str, ...]]


@dataclass(frozen=True)
class Source:
    """Where and what to list; ``segment_id`` narrows the list to a saved segment's members."""

    database: Database
    query: CustomerQuery
    context: ListContext
    segment_id: int | None = None


def sort_for(column: int, order: Qt.SortOrder) -> tuple[str, bool]:
    """The listing's sort key and direction for a click on ``column``'s header."""
    key, flipped = _SORT_ALIASES.get(COLUMNS[column].key, (COLUMNS[column].key, False))
    return key, (order != _ASCENDING) != flipped


def load_page(source: Source, labels: Labels, offset: int, limit: int) -> Page:
    """One formatted page; runs on a worker."""
    from salesdesk.customers.service import customer_page

    rows = customer_page(
        source.database,
        source.query,
        source.context,
        offset,
        limit,
        segment_id=source.segment_id,
    )
    return Page(rows, [format_row(row, labels) for row in rows])


def count_rows(source: Source) -> int:
    from salesdesk.customers.service import customer_count

    return customer_count(
        source.database, source.query, source.context, segment_id=source.segment_id
    )


class CustomerTableModel(PagedTableModel[Source, "CustomerRow"]):
    """The rows fetched so far of the current query; more arrive through fetchMore()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: Labels | None = None
        self._headers = self._header_texts()
        self._alignments = [_RIGHT if c.numeric else _LEFT for c in COLUMNS]

    def _header_texts(self) -> list[str]:
        names = {
            "name": self.tr("Name"),
            "code": self.tr("Code"),
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "account_type": self.tr("Account type"),
            "territory": self.tr("Territory"),
            "persona": self.tr("Persona"),
            "first_sale": self.tr("First sale"),
            "last_sale": self.tr("Last sale"),
            "days_since_sale": self.tr("Days since sale"),
            "period_revenue": self.tr("Revenue in period"),
            "lifetime_revenue": self.tr("Lifetime revenue"),
            "rfm_tier": self.tr("RFM tier"),
        }
        return [two_lines(names[key]) for key in COLUMN_KEYS]

    # --- loading -----------------------------------------------------------------------------

    def set_source(self, source: Source | None, labels: Labels | None = None) -> None:
        """Shows a new query from its first row (None: nothing)."""
        if labels is not None:
            self._labels = labels
        super().set_source(source)

    def page_size(self) -> int:
        return PAGE_SIZE

    def read_page(self, source: Source, offset: int) -> tuple[list[CustomerRow], list[Texts]]:
        assert self._labels is not None
        page = load_page(source, self._labels, offset, PAGE_SIZE)
        return page.rows, page.texts

    def count_rows(self, source: Source) -> int:
        return count_rows(source)

    def task_titles(self) -> tuple[str, str]:
        return self.tr("Loading customers"), self.tr("Counting customers")

    # --- the model ---------------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self._text(index.row(), index.column(), role)
        if role == _ALIGNMENT:
            return self._alignments[index.column()]
        if role == CUSTOMER_ID_ROLE:
            return self._rows[index.row()].id
        if role == STATUS_ROLE:
            row = self._rows[index.row()]
            return "at_risk" if row.at_risk else row.status
        return None

    def _text(self, row: int, column: int, role: int) -> str:
        """The cell's text; as a tooltip, a status says why the customer is at risk."""
        text = self._texts[row][column]
        at_status = role == _TOOLTIP and column == _STATUS_COLUMN
        reasons = self._rows[row].risk if at_status else ()
        if not reasons:
            return text
        from salesdesk.metrics.status import describe_reasons  # brings SQLAlchemy: not early

        return f"{text}: {describe_reasons(reasons)}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and 0 <= section < len(COLUMNS):
            if role == _DISPLAY:
                return self._headers[section]
            if role == _TOOLTIP:
                return metric_tip(COLUMNS[section].term)
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Re-runs the query in the new order (the view's header calls this)."""
        if self._source is None or not 0 <= column < len(COLUMNS):
            return
        query = self._source.query.sorted_by(*sort_for(column, order))
        self.set_source(replace(self._source, query=query))

    def row_of(self, customer_id: int) -> int | None:
        for row, customer in enumerate(self._rows):
            if customer.id == customer_id:
                return row
        return None
