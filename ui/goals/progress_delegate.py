"""Paints a goal's attainment as a bar in its status colour, with the percentage on it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from salesdesk.goals.status import STATUS_COLOURS

from ui.goals.tree_model import ATTAINMENT_ROLE, STATUS_ROLE

_MARGIN = 3


class ProgressBarDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        attainment = index.data(ATTAINMENT_ROLE)
        if attainment is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else None
        if style is not None:  # selection background, as other cells have it
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        rect: QRect = option.rect.adjusted(_MARGIN, _MARGIN + 1, -_MARGIN, -_MARGIN - 1)
        palette = option.palette
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(rect, 3, 3)
        filled = QRect(rect)
        filled.setWidth(round(rect.width() * max(0.0, min(float(attainment), 1.0))))
        painter.setBrush(QColor(STATUS_COLOURS.get(index.data(STATUS_ROLE), "#1F4E79")))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, index.data())
        painter.restore()
