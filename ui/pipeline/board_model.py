"""The board as one item model: a row per stage, its deals as children (STYLE 3).

Each column of the board is a list view whose root is a stage's row. Columns and their first
page of cards are read in one background task; further pages of a column arrive through
``fetchMore`` on the stage's index, so a stage with 20,000 deals costs a page at a time. A
card dropped on another stage (or a keyboard move) is not moved by the model: it emits
``move_requested`` and the section makes the edit, after which the board is read again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from salesdesk.formatting import MISSING, format_date, format_money, format_number, format_percent

from ui.tasks import Op, Task
from ui.widgets.item_models import NO_INDEX, AnyIndex

if TYPE_CHECKING:
    from salesdesk.metrics.stages import Pipeline
    from salesdesk.pipeline.board import DealCard, DealQuery, StageColumn
    from salesdesk.pipeline.service import Board
    from salesdesk.store.db import Database

PAGE_SIZE = 50
MIME_TYPE = "application/x-salesdesk-deal"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # the DealCard of a card
CARD_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # its CardText
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 4  # the StageColumn of a stage row
STAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 5

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_STAGE_ROW = 0  # internal id of a stage row; a card's is its stage row + 1


@dataclass(frozen=True)
class CardText:
    """A card's strings, formatted once when it arrives."""

    title: str
    who: str  # customer · owner
    amount: str
    age: str  # days in stage
    next_step: str
    rotting: bool
    overdue: bool

    def summary(self) -> str:
        marks = [
            QCoreApplication.translate("BoardModel", "rotting") if self.rotting else "",
            QCoreApplication.translate("BoardModel", "overdue") if self.overdue else "",
        ]
        return ", ".join(p for p in [self.title, self.who, self.amount, self.age, *marks] if p)


@dataclass(frozen=True)
class BoardSource:
    database: Database
    pipeline: Pipeline
    query: DealQuery
    on: date
    currency: str


@dataclass
class _Column:
    column: StageColumn
    cards: list[DealCard]
    texts: list[CardText]
    exhausted: bool
    task: Task | None = None


def load_board(source: BoardSource) -> Board:
    """The columns and the first page of each; runs on a worker."""
    from salesdesk.pipeline import service

    return service.board(source.database, source.pipeline, source.query, source.on, PAGE_SIZE)


def load_page(source: BoardSource, stage_id: int, offset: int) -> list[DealCard]:
    from salesdesk.pipeline import service

    query = source.query.in_stage(stage_id)
    return service.cards(source.database, query, source.on, offset, PAGE_SIZE)


class BoardModel(QAbstractItemModel):
    """Stages with their cards, read lazily; drops and moves become ``move_requested``."""

    loaded = Signal()
    failed = Signal(str)
    move_requested = Signal(int, int)  # deal id, stage id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: BoardSource | None = None
        self._columns: list[_Column] = []
        self._task: Task | None = None
        self._generation = 0

    # --- loading -------------------------------------------------------------------------

    @property
    def source(self) -> BoardSource | None:
        return self._source

    def set_source(self, source: BoardSource | None) -> None:
        """Reads the board of ``source`` (None: empties it)."""
        self._generation += 1
        generation = self._generation
        self._source = source
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if source is None:
            self._replace([])
            return
        self._task = (
            Op(self.tr("Loading the board"), lambda *_: load_board(source), parent=self)
            .success(lambda data: self._show(data, generation))
            .failure(lambda error: self._fail(error, generation))
            .run_in_background()
        )

    def reload(self) -> None:
        self.set_source(self._source)

    def is_loading(self) -> bool:
        return self._task is not None or any(c.task is not None for c in self._columns)

    def _show(self, data: Board, generation: int) -> None:
        if generation != self._generation or self._source is None:
            return
        self._task = None
        self._replace(
            [
                _Column(column, page, [self.card_text(c) for c in page], len(page) < PAGE_SIZE)
                for column, page in zip(data.columns, data.pages, strict=True)
            ]
        )
        self.loaded.emit()

    def _replace(self, columns: list[_Column]) -> None:
        for column in self._columns:
            if column.task is not None:
                column.task.cancel()
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def _fail(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._task = None
            self.failed.emit(str(error))

    def canFetchMore(self, parent: AnyIndex = NO_INDEX) -> bool:
        column = self._stage_column(parent)
        return column is not None and not column.exhausted and column.task is None

    def fetchMore(self, parent: AnyIndex = NO_INDEX) -> None:
        column, source = self._stage_column(parent), self._source
        if column is None or source is None or not self.canFetchMore(parent):
            return
        row, generation = parent.row(), self._generation
        stage_id, offset = column.column.stage.id, len(column.cards)
        column.task = (
            Op(
                self.tr("Loading deals"),
                lambda *_: load_page(source, stage_id, offset),
                parent=self,
            )
            .success(lambda page: self._add_page(row, page, generation))
            .failure(lambda error: self._fail(error, generation))
            .run_in_background()
        )

    def _add_page(self, row: int, page: list[DealCard], generation: int) -> None:
        if generation != self._generation or self._source is None:
            return
        column = self._columns[row]
        column.task = None
        column.exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(column.cards)
            self.beginInsertRows(self.index(row, 0), first, first + len(page) - 1)
            column.cards += page
            column.texts += [self.card_text(c) for c in page]
            self.endInsertRows()

    def _stage_column(self, index: AnyIndex) -> _Column | None:
        if index.isValid() and index.internalId() == _STAGE_ROW:
            return self._columns[index.row()]
        return None

    # --- the model -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = NO_INDEX) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _STAGE_ROW) if row < len(self._columns) else NO_INDEX
        if parent.internalId() != _STAGE_ROW or row >= len(self._columns[parent.row()].cards):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _STAGE_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _STAGE_ROW)

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        if not parent.isValid():
            return len(self._columns)
        if parent.internalId() == _STAGE_ROW:
            return len(self._columns[parent.row()].cards)
        return 0

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = NO_INDEX) -> bool:
        if not parent.isValid():
            return bool(self._columns)
        return parent.internalId() == _STAGE_ROW and (
            bool(self._columns[parent.row()].cards) or self.canFetchMore(parent)
        )

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _STAGE_ROW:
            column = self._columns[index.row()].column
            values: dict[int, Any] = {
                _DISPLAY: column.stage.name,
                COLUMN_ROLE: column,
                STAGE_ID_ROLE: column.stage.id,
            }
            return values.get(role)
        column_ = self._columns[index.internalId() - 1]
        card, text = column_.cards[index.row()], column_.texts[index.row()]
        if role in (_TOOLTIP, _ACCESSIBLE):
            return text.summary()
        values = {
            _DISPLAY: text.title,
            CARD_ROLE: card,
            CARD_TEXT_ROLE: text,
            DEAL_ID_ROLE: card.id,
            STAGE_ID_ROLE: column_.column.stage.id,
        }
        return values.get(role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _STAGE_ROW:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- drag and drop -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = [str(i.data(DEAL_ID_ROLE)) for i in indexes if i.data(DEAL_ID_ROLE) is not None]
        data.setData(MIME_TYPE, QByteArray(",".join(ids).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and self.stage_of(parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        stage = self.stage_of(parent)
        if not data.hasFormat(MIME_TYPE) or stage is None:
            return False
        for text in bytes(data.data(MIME_TYPE).data()).decode().split(","):
            if text:
                self.move_requested.emit(int(text), stage)
        return False  # nothing moves here: the edit does, and the board is read again

    def stage_of(self, index: AnyIndex) -> int | None:
        """The stage of a stage row or of a card."""
        if not index.isValid():
            return None
        value = index.data(STAGE_ID_ROLE)
        return int(value) if value is not None else None

    # --- for the views and the section -----------------------------------------------------

    def card_text(self, card: DealCard) -> CardText:
        """A card's strings, formatted once when it arrives."""
        currency = self._source.currency if self._source else ""
        who = " · ".join(p for p in (card.customer, card.owner) if p) or MISSING
        age = self.tr("%n day(s) in stage", "", card.days_in_stage)
        when = format_date(card.next_step_on, style="short") if card.next_step_on else ""
        step = " ".join(p for p in (when, card.next_step) if p)
        if not step and card.next_follow_up is not None:
            step = self.tr("Follow-up {day}").format(
                day=format_date(card.next_follow_up, style="short")
            )
        return CardText(
            card.title,
            who,
            format_money(card.amount, currency, decimals=0),
            age,
            step,
            card.rotting,
            card.overdue,
        )

    def column_header(self, column: StageColumn) -> tuple[str, str, str]:
        """A column's title, its totals and its tooltip."""
        currency = self._source.currency if self._source else ""
        totals = self.tr("{deals} · {amount} · weighted {weighted}").format(
            deals=self.tr("%n deal(s)", "", column.deals),
            amount=format_money(column.amount, currency, decimals=0),
            weighted=format_money(column.weighted, currency, decimals=0),
        )
        chance = column.probability
        if chance.learned:
            tip = self.tr(
                "Chance to win {chance}: {won} of the {reached} deals closed in the last 365 "
                "days that reached this stage were won."
            ).format(
                chance=format_percent(chance.probability, 0), won=chance.won, reached=chance.reached
            )
        else:
            tip = self.tr(
                "Chance to win {chance}: the stage's default, as only {reached} deals closed in "
                "the last 365 days reached it (20 are needed to learn it)."
            ).format(
                chance=format_percent(chance.probability, 0),
                reached=format_number(chance.reached),
            )
        return column.stage.name, totals, tip

    def stage_index(self, stage_id: int) -> QModelIndex:
        for row, column in enumerate(self._columns):
            if column.column.stage.id == stage_id:
                return self.index(row, 0)
        return QModelIndex()

    def columns(self) -> list[StageColumn]:
        return [c.column for c in self._columns]

    def card_index(self, deal_id: int) -> QModelIndex:
        for row, column in enumerate(self._columns):
            for position, card in enumerate(column.cards):
                if card.id == deal_id:
                    return self.index(position, 0, self.index(row, 0))
        return QModelIndex()
