"""Persona cards: who the ideal customers are, with their linked segment's figures for the
period (customers, share of revenue, retention rate)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from salesdesk.customers import service
from salesdesk.formatting import MISSING, format_number, format_percent

from ui.tasks import Op, Task
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.customers.personas import PersonaCard
    from salesdesk.periods import Period
    from salesdesk.store.db import Database

CARD_COLUMNS = 2


class PersonaCardWidget(QFrame):
    def __init__(self, card: PersonaCard, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        name = QLabel(card.name)
        scale_font(name, 1.25)
        layout.addWidget(name)
        headings = {
            "summary": "",
            "demographics": self.tr("Who they are"),
            "goals": self.tr("Goals"),
            "pains": self.tr("Pains"),
            "preferred_channels": self.tr("Preferred channels"),
            "objections": self.tr("Objections"),
        }
        for key, heading in headings.items():
            text = card.profile.get(key) or ""
            if not text:
                continue
            label = QLabel(f"<b>{heading}:</b> {text}" if heading else text)
            label.setTextFormat(Qt.TextFormat.RichText if heading else Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self._figures(card, period))
        layout.addStretch(1)

    def _figures(self, card: PersonaCard, period: Period) -> QLabel:
        segment = card.segment
        if segment is None:
            label = QLabel(self.tr("No linked segment: link one to see its customers and revenue."))
        else:
            label = QLabel(
                self.tr(
                    "Segment “{segment}”: {customers} customers · {share} of revenue · "
                    "retention {retention} ({period})"
                ).format(
                    segment=segment.name,
                    customers=format_number(segment.customers),
                    share=format_percent(segment.revenue_share),
                    retention=format_percent(segment.retention_rate)
                    if segment.retention_rate is not None
                    else MISSING,
                    period=period.label(),
                )
            )
        label.setWordWrap(True)
        mute(label)
        return label


class PersonasPage(QWidget):
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        mute(self.status)
        self.holder = QWidget()
        self.grid = QGridLayout(self.holder)
        self.grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.holder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    def refresh(self, database: Database | None, period: Period) -> None:
        if self._task is not None:
            self._task.cancel()
        self._clear()
        if database is None:
            return
        self.status.setText(self.tr("Loading personas and their segments…"))
        self.status.show()
        self._task = (
            Op(
                self.tr("Loading personas"),
                lambda *_: service.persona_cards(database, period, date.today()),
                parent=self,
            )
            .success(lambda cards: self._show(cards, period))
            .failure(lambda error: self.status.setText(str(error)))
            .run_in_background()
        )

    def _clear(self) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _show(self, cards: list[PersonaCard], period: Period) -> None:
        self._task = None
        self._clear()
        if not cards:
            self.status.setText(
                self.tr(
                    "No personas yet. A persona describes an ideal customer: "
                    "who they are, their goals, pains and objections."
                )
            )
        else:
            self.status.hide()
        for position, card in enumerate(cards):
            self.grid.addWidget(PersonaCardWidget(card, period), *divmod(position, CARD_COLUMNS))
        self.grid.setRowStretch(self.grid.rowCount(), 1)  # cards keep their height, at the top
        self.loaded.emit()
