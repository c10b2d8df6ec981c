"""What the window shows when no database is open: what to do next, as three buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.icons import icon
from ui.widgets.centred_page import heading_label, lay_out_centred

LOGO_SIZE = QSize(96, 96)
COLUMN_WIDTH = 560


class EmptyState(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(icon("salesdesk").pixmap(LOGO_SIZE))  # drawn in its own colours
        logo.setMinimumHeight(LOGO_SIZE.height())
        heading = heading_label(self.tr("No database open"))
        sentence = QLabel(
            self.tr(
                "Open a SalesDesk database, start a new one for your company, "
                "or explore SalesDesk on a demo database."
            )
        )
        sentence.setWordWrap(True)
        lay_out_centred(self, (logo, heading, sentence, self._buttons()), COLUMN_WIDTH)

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
