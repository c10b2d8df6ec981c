"""What the window shows when no database is open: what to do next, as three buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon

LOGO_SIZE = QSize(96, 96)
COLUMN_WIDTH = 560


class EmptyState(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo = QLabel()
        self._logo.setMinimumHeight(LOGO_SIZE.height())
        heading = QLabel(self.tr("No database open"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        sentence = QLabel(
            self.tr(
                "Open a SalesDesk database, start a new one for your company, "
                "or explore SalesDesk on a demo database."
            )
        )
        sentence.setWordWrap(True)
        column = QWidget()  # a fixed-width column, so the sentence wraps instead of clipping
        column.setFixedWidth(COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        for widget in (self._logo, heading, sentence):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column_layout.addWidget(widget)
        column_layout.addSpacing(12)
        column_layout.addLayout(self._buttons())
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.refresh_icons()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for text, signal in (
            (self.tr("New database…"), self.new_requested),
            (self.tr("Open…"), self.open_requested),
            (self.tr("Create demo database"), self.demo_requested),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def refresh_icons(self) -> None:
        self._logo.setPixmap(icon("salesdesk").pixmap(LOGO_SIZE))
