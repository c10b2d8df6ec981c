"""Honest pages for the sections that later versions fill: what each will do, and no fake data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.icons import icon
from ui.sections.base import Section

ICON_SIZE = QSize(64, 64)
COLUMN_WIDTH = 520


class LaterSection(Section):
    """A page that names its section and says, in one sentence, what it will do."""

    def _present(self, title: str, icon_name: str, promise: str) -> None:
        """Builds the page; subclasses call it with their own translated texts."""
        self.title = title
        self.icon_name = icon_name
        picture = QLabel()
        picture.setPixmap(icon(self.icon_name).pixmap(ICON_SIZE))
        picture.setMinimumHeight(ICON_SIZE.height())
        heading = QLabel(self.title)
        heading.setObjectName("sectionHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        sentence = QLabel(promise)
        sentence.setWordWrap(True)
        # self.tr() would look the text up under the subclass's name; this string is the base's.
        later = QLabel(
            QCoreApplication.translate("LaterSection", "This section arrives in a later version.")
        )
        later.setEnabled(False)
        later.setWordWrap(True)
        column = QWidget()  # a fixed-width column, so the sentences wrap instead of clipping
        column.setFixedWidth(COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        for widget in (picture, heading, sentence, later):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column_layout.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class CustomersSection(LaterSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._present(
            self.tr("Customers"),
            "customers",
            self.tr(
                "One table for all your customers — current, lost and at risk — with segments, "
                "personas, RFM tiers, the interaction log and retention and churn by month."
            ),
        )


class GoalsSection(LaterSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._present(
            self.tr("Goals"),
            "goals",
            self.tr(
                "SMART goals for teams and members, checked live as you type, with burn-up "
                "charts, check-ins and a forecast of what you will reach by the deadline."
            ),
        )


class StrategySection(LaterSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._present(
            self.tr("Strategy"),
            "strategy",
            self.tr(
                "Competitors and their prices, the product catalogue with margins and the price "
                "calculator, channel performance with acquisition cost, and research notes."
            ),
        )
