"""The board: one column per stage, each a list view over the shared :class:`BoardModel`.

Cards are painted by :class:`CardDelegate`: title, customer and owner, amount, days in the
stage and the next step; a red edge and a "Rotting" mark for a deal left alone too long, an
amber "Overdue" mark for a missed next step or follow-up. Cards are dragged between columns;
every drag has a keyboard twin in the section's actions.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.pipeline.board_model import (
    CARD_TEXT_ROLE,
    DEAL_ID_ROLE,
    BoardModel,
    CardText,
)
from ui.theme import is_dark
from ui.widgets.labels import mute, scale_font

CARD_HEIGHT = 86
COLUMN_WIDTH = 236
_ROTTING = {"light": "#c62828", "dark": "#ff7b72"}
_OVERDUE = {"light": "#b45309", "dark": "#f0b429"}
AnyIndex = QModelIndex | QPersistentModelIndex


def _tone(colours: dict[str, str]) -> QColor:
    return QColor(colours["dark" if is_dark() else "light"])


class CardDelegate(QStyledItemDelegate):
    """Paints a deal as a card."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(max(option.rect.width(), 160), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        text: CardText | None = index.data(CARD_TEXT_ROLE)
        if text is None:
            super().paint(painter, option, index)
            return
        palette = option.palette
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 5, 5)
        if text.rotting:
            painter.fillRect(
                QRect(rect.left(), rect.top() + 3, 4, rect.height() - 6), _tone(_ROTTING)
            )
        self._paint_texts(painter, rect.adjusted(10, 6, -8, -6), text, palette)
        painter.restore()

    def _paint_texts(
        self, painter: QPainter, rect: QRect, text: CardText, palette: QPalette
    ) -> None:
        elide = Qt.TextElideMode.ElideRight
        line = painter.fontMetrics().height() + 2
        plain = QFont(painter.font())
        bold = QFont(plain)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = painter.fontMetrics()
        amount_width = metrics.horizontalAdvance(text.amount) + 6
        title_rect = QRect(rect.left(), rect.top(), rect.width() - amount_width, line)
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(text.title, elide, title_rect.width()),
        )  # fmt: skip
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignRight, text.amount)  # fmt: skip
        painter.setFont(plain)
        metrics = painter.fontMetrics()
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for number, value in enumerate((text.who, text.next_step), start=1):
            target = QRect(rect.left(), rect.top() + number * line, rect.width(), line)
            painter.drawText(
                target, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(value, elide, target.width())
            )
        bottom = QRect(rect.left(), rect.top() + 3 * line, rect.width(), line)
        right = self._paint_marks(painter, bottom, text, line)
        age = QRect(bottom.left(), bottom.top(), right - bottom.left() - 4, line)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            age, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(text.age, elide, age.width())
        )

    def _paint_marks(self, painter: QPainter, bottom: QRect, text: CardText, line: int) -> int:
        """Draws the Rotting and Overdue marks from the right; returns where they begin."""
        metrics = painter.fontMetrics()
        marks = (
            (self.tr("Overdue"), _OVERDUE, text.overdue),
            (self.tr("Rotting"), _ROTTING, text.rotting),
        )
        right = bottom.right()
        for label, colours, shown in marks:
            if not shown:
                continue
            width = metrics.horizontalAdvance(label) + 10
            badge = QRect(right - width, bottom.top(), width, line - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_tone(colours))
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(QColor("black") if is_dark() else QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
            right -= width + 4
        return right


class StageList(QListView):
    """One column's cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)


class BoardView(QWidget):
    """The stage columns side by side, scrolling sideways when they do not fit."""

    deal_selected = Signal(int)  # a deal id; -1 when none is selected
    deal_activated = Signal(int)

    def __init__(self, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.currency = ""
        self.delegate = CardDelegate(self)
        self.lists: list[StageList] = []
        self._headers: list[tuple[QLabel, QLabel]] = []
        self._actions: list = []
        self._row = QHBoxLayout()
        self._row.setSpacing(8)
        self._row.addStretch(1)
        holder = QWidget()
        holder.setLayout(self._row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        model.modelReset.connect(self._rebuild)

    def set_card_actions(self, actions: list) -> None:
        """The actions each column offers on its context menu (move, won, lost...)."""
        self._actions = actions
        for view in self.lists:
            view.addActions(actions)

    def _rebuild(self) -> None:
        for view in self.lists:
            view.setModel(None)
        while self._row.count() > 1:
            item = self._row.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.lists, self._headers = [], []
        for row, column in enumerate(self.model.columns()):
            self._row.insertWidget(row, self._column(row, column))

    def _column(self, row: int, column: object) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setFixedWidth(COLUMN_WIDTH)
        title, totals, tip = self.model.column_header(column)  # type: ignore[arg-type]
        name = QLabel(title)
        scale_font(name, 1.05)
        name.setToolTip(tip)
        sums = QLabel(totals)
        sums.setToolTip(tip)
        sums.setWordWrap(True)
        mute(sums)
        view = StageList()
        view.setAccessibleName(title)
        view.setModel(self.model)
        view.setRootIndex(self.model.index(row, 0))
        view.setItemDelegate(self.delegate)
        view.addActions(self._actions)
        view.selectionModel().currentChanged.connect(
            lambda current, _previous, v=view: self._on_current(v, current)
        )
        view.activated.connect(
            lambda index: self.deal_activated.emit(int(index.data(DEAL_ID_ROLE)))
        )
        self.lists.append(view)
        self._headers.append((name, sums))
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(name)
        layout.addWidget(sums)
        layout.addWidget(view, 1)
        return frame

    def _on_current(self, view: StageList, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self.lists:
            if other is not view:
                other.clearSelection()
        self.deal_selected.emit(int(current.data(DEAL_ID_ROLE)))

    def headers(self) -> list[tuple[str, str]]:
        return [(name.text(), sums.text()) for name, sums in self._headers]

    def current_deal(self) -> QModelIndex:
        """The selected card, in whichever column."""
        for view in self.lists:
            index = view.currentIndex()
            if index.isValid() and view.selectionModel().isSelected(index):
                return index
        return QModelIndex()

    def select_deal(self, deal_id: int) -> bool:
        index = self.model.card_index(deal_id)
        if not index.isValid():
            return False
        view = self.lists[index.parent().row()]
        view.setCurrentIndex(index)
        view.setFocus()
        return True
