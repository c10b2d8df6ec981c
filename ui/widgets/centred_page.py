"""A page with a fixed-width column of widgets in its middle (the empty state, hints)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget


def lay_out_centred(page: QWidget, items: Iterable[QWidget | QLayout], width: int) -> None:
    """Stacks ``items`` in a column ``width`` pixels wide, centred on ``page``.

    Stretches rather than alignment flags centre the column: a layout gives an aligned widget
    only its size hint, which clips word-wrapped labels; stretches keep height-for-width.
    """
    column = QVBoxLayout()
    for item in items:
        if isinstance(item, QLayout):
            column.addLayout(item)
            continue
        if isinstance(item, QLabel):
            item.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(item)
    holder = QWidget()
    holder.setFixedWidth(width)
    holder.setLayout(column)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(holder)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def heading_label(text: str) -> QLabel:
    """A page's large bold title."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label
