"""The board's deals as a sortable table, fetched a page at a time and sorted in SQL (STYLE 3).

A page is formatted into display strings on the worker, so ``data()`` only indexes lists; a
click on a header re-runs the query in the new order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from salesdesk.formatting import MISSING, format_date, format_money, format_number

from ui.tasks import Task, run_in_background

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
_NO_INDEX = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex


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
    from salesdesk.pipeline.board import fetch_cards
    from salesdesk.pipeline.measures import stage_probabilities
    from salesdesk.pipeline.stages import load_stages

    with source.database.read() as conn:
        cards = fetch_cards(conn, source.query, source.on, offset, PAGE_SIZE)
        chances = stage_probabilities(conn, source.on)
        stages = load_stages(conn)
    texts = [_texts(card, stages[card.stage_id].name, chances[card.stage_id].probability,
                    source.currency) for card in cards]  # fmt: skip
    return Page(cards, texts)


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


def _next_step(card: DealCard) -> str:
    when = format_date(card.next_step_on, style="short") if card.next_step_on else ""
    return " ".join(p for p in (when, card.next_step) if p) or MISSING


def count_rows(source: ListSource) -> int:
    from salesdesk.pipeline.board import count_deals

    with source.database.read() as conn:
        return count_deals(conn, source.query)


class DealListModel(QAbstractTableModel):
    """The open deals of the query fetched so far; more arrive through fetchMore()."""

    page_loaded = Signal()
    count_known = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: ListSource | None = None
        self._cards: list[DealCard] = []
        self._texts: list[tuple[str, ...]] = []
        self._exhausted = True
        self._page_task: Task | None = None
        self._count_task: Task | None = None
        self._generation = 0
        self.total: int | None = None
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

    @property
    def source(self) -> ListSource | None:
        return self._source

    def set_source(self, source: ListSource | None) -> None:
        """Shows a new query from its first row (None: nothing)."""
        self._generation += 1
        for task in (self._page_task, self._count_task):
            if task is not None:
                task.cancel()
        self._page_task = self._count_task = None
        self.beginResetModel()
        self._source, self._cards, self._texts = source, [], []
        self._exhausted = source is None
        self.total = None
        self.endResetModel()
        if source is not None:
            self._fetch_page()
            self._count(source)

    def reload(self) -> None:
        self.set_source(self._source)

    def canFetchMore(self, parent: AnyIndex = _NO_INDEX) -> bool:
        return not parent.isValid() and not self._exhausted and self._page_task is None

    def fetchMore(self, parent: AnyIndex = _NO_INDEX) -> None:
        if self.canFetchMore(parent):
            self._fetch_page()

    def is_loading(self) -> bool:
        return self._page_task is not None or self._count_task is not None

    def _fetch_page(self) -> None:
        source, generation, offset = self._source, self._generation, len(self._cards)
        assert source is not None
        self._page_task = run_in_background(
            self.tr("Loading deals"),
            lambda _progress, _cancelled: load_page(source, offset),
            on_success=lambda page: self._add_page(page, generation),
            on_failure=lambda error: self._fail(error, generation),
            parent=self,
        )

    def _count(self, source: ListSource) -> None:
        generation = self._generation
        self._count_task = run_in_background(
            self.tr("Counting deals"),
            lambda _progress, _cancelled: count_rows(source),
            on_success=lambda total: self._set_total(total, generation),
            on_failure=lambda error: self._fail(error, generation),
            parent=self,
        )

    def _add_page(self, page: Page, generation: int) -> None:
        if generation != self._generation:
            return
        self._page_task = None
        self._exhausted = len(page.cards) < PAGE_SIZE
        if page.cards:
            first = len(self._cards)
            self.beginInsertRows(QModelIndex(), first, first + len(page.cards) - 1)
            self._cards += page.cards
            self._texts += page.texts
            self.endInsertRows()
        self.page_loaded.emit()

    def _set_total(self, total: int, generation: int) -> None:
        if generation == self._generation:
            self._count_task = None
            self.total = total
            self.count_known.emit(total)

    def _fail(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._page_task = self._count_task = None
            self._exhausted = True
            self.failed.emit(str(error))

    # --- the model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self._texts[index.row()][index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if COLUMNS[index.column()] in NUMERIC else _LEFT
        if role == DEAL_ID_ROLE:
            return self._cards[index.row()].id
        if role == ROTTING_ROLE:
            return self._cards[index.row()].rotting
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < len(COLUMNS):
            return self._headers[COLUMNS[section]]
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Re-runs the query in the new order (the view's header calls this)."""
        if self._source is None or not 0 <= column < len(COLUMNS):
            return
        query = self._source.query.sorted_by(COLUMNS[column], order != _ASCENDING)
        self.set_source(replace(self._source, query=query))

    def deal_id(self, row: int) -> int:
        return self._cards[row].id
