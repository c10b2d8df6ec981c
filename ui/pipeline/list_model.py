"""The board's deals as a sortable table, fetched a page at a time and sorted in SQL (STYLE 3).

A page is formatted into display strings on the worker, so ``data()`` only indexes lists; a
click on a header re-runs the query in the new order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QObject,
    Qt,
)

from salesdesk.formatting import MISSING, format_date, format_money, format_number

from ui.widgets.columns import two_lines
from ui.widgets.item_models import NO_INDEX, AnyIndex
from ui.widgets.paged_table_model import PagedTableModel, Texts

if TYPE_CHECKING:
    from salesdesk.pipeline.board import DealCard, DealQuery
    from salesdesk.store.db import Database

PAGE_SIZE = 200
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROTTING_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a rotting deal
COLUMNS = (
    "title", "customer", "stage", "owner", "amount", "weighted", "expected_close",
    "days_in_stage", "next_step_on",
)  # fmt: skip
NUMERIC = {"amount", "weighted", "days_in_stage"}

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_HORIZONTAL = Qt.Orientation.Horizontal
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ASCENDING = Qt.SortOrder.AscendingOrder


@dataclass(frozen=True)
class ListSource:
    database: Database
    query: DealQuery
    on: date
    currency: str


@dataclass(frozen=True)
class Page:
    cards: list[DealCard]
    texts: list[tuple[str, ...]]


def load_page(source: ListSource, offset: int) -> Page:
    """A formatted page of the list; runs on a worker."""
    from salesdesk.pipeline import service

    page = service.list_page(source.database, source.query, source.on, offset, PAGE_SIZE)
    texts = [_texts(card, page.stages[card.stage_id], page.chances[card.stage_id],
                    source.currency) for card in page.cards]  # fmt: skip
    return Page(page.cards, texts)


def _texts(card: DealCard, stage: str, chance: float, currency: str) -> tuple[str, ...]:
    values = {
        "title": card.title,
        "customer": card.customer or MISSING,
        "stage": stage,
        "owner": card.owner or MISSING,
        "amount": format_money(card.amount, currency, decimals=0),
        "weighted": format_money(card.amount * chance, currency, decimals=0),
        "expected_close": format_date(card.expected_close, style="short"),
        "days_in_stage": format_number(card.days_in_stage),
        "next_step_on": _next_step(card),
    }
    return tuple(values[key] for key in COLUMNS)


def _next_step(card: DealCard) -> str:
    when = format_date(card.next_step_on, style="short") if card.next_step_on else ""
    return " ".join(p for p in (when, card.next_step) if p) or MISSING


def count_rows(source: ListSource) -> int:
    from salesdesk.pipeline import service

    return service.count_deals(source.database, source.query)


class DealListModel(PagedTableModel[ListSource, "DealCard"]):
    """The open deals of the query fetched so far; more arrive through fetchMore()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = {
            "title": self.tr("Deal"),
            "customer": self.tr("Customer"),
            "stage": self.tr("Stage"),
            "owner": self.tr("Owner"),
            "amount": self.tr("Amount"),
            "weighted": self.tr("Weighted"),
            "expected_close": self.tr("Expected close"),
            "days_in_stage": self.tr("Days in stage"),
            "next_step_on": self.tr("Next step"),
        }

    def reload(self) -> None:
        self.set_source(self.source)

    def page_size(self) -> int:
        return PAGE_SIZE

    def read_page(self, source: ListSource, offset: int) -> tuple[list[DealCard], list[Texts]]:
        page = load_page(source, offset)
        return page.cards, page.texts

    def count_rows(self, source: ListSource) -> int:
        return count_rows(source)

    def task_titles(self) -> tuple[str, str]:
        return self.tr("Loading deals"), self.tr("Counting deals")

    # --- the model -------------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self.text(index.row(), index.column())
        if role == _ALIGNMENT:
            return _RIGHT if COLUMNS[index.column()] in NUMERIC else _LEFT
        if role == DEAL_ID_ROLE:
            return self._rows[index.row()].id
        if role == ROTTING_ROLE:
            return self._rows[index.row()].rotting
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < len(COLUMNS):
            return two_lines(self._headers[COLUMNS[section]])  # a list that fits the screen
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Re-runs the query in the new order (the view's header calls this)."""
        source = self.source
        if source is None or not 0 <= column < len(COLUMNS):
            return
        query = source.query.sorted_by(COLUMNS[column], order != _ASCENDING)
        self.set_source(replace(source, query=query))

    def deal_id(self, row: int) -> int:
        return self._rows[row].id
