"""The Strategy section (SPEC §4): Market, Pricing, Channels and Research as tabs.

Every edit made here is a core edit of :mod:`salesdesk.strategy` pushed onto the main window's
undo stack (:mod:`ui.undo`); after an edit, its undo or its redo is in, the views that show
edited data read it again.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.section import AppContext, Section, focus_field
from ui.strategy.base import StrategyView
from ui.strategy.channels import ChannelsView
from ui.strategy.market import MarketView
from ui.strategy.pricing import PricingView
from ui.strategy.research import ResearchView
from ui.undo import Edits

if TYPE_CHECKING:
    from salesdesk.store.changes import Change


class StrategySection(Section):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Strategy")
        self.icon_name = "strategy"
        self.edits = Edits(self, title=lambda: self.title, changed=self._after_edit)
        self.market = MarketView(today=today)
        self.pricing = PricingView(today=today)
        self.channels = ChannelsView(today=today)
        self.research = ResearchView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for view, label in (
            (self.market, self.tr("Market")),
            (self.pricing, self.tr("Pricing")),
            (self.channels, self.tr("Channels")),
            (self.research, self.tr("Research")),
        ):
            self.tabs.addTab(view, label)
            view.status_message.connect(self.status_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def views(self) -> list[StrategyView]:
        return [self.market, self.pricing, self.channels, self.research]

    def focus_search(self) -> bool:
        """The catalogue and the research notes have a search box; the other tabs have none."""
        current = self.tabs.currentWidget()
        if current is self.pricing:
            return focus_field(self.pricing.search)
        if current is self.research:
            return focus_field(self.research.search)
        return False

    def undo_stack(self) -> QUndoStack:
        """The main window's stack (a stack of its own when the section stands alone)."""
        return self.edits.stack()

    def set_context(self, context: AppContext) -> None:
        previous = self.context
        super().set_context(context)
        # the catalogue, competitors, channels and notes are shared: the head's to change
        editable = context.database is not None and not context.read_only and context.head_rights
        edits = self.edits if editable else None
        same_data = (
            previous is not None
            and previous.database is context.database
            and previous.currency == context.currency
        )
        for view in self.views:
            # competitors, prices, the catalogue and notes do not depend on the period
            if same_data and view is not self.channels:
                view.context, view.edits = context, edits
                continue
            view.set_context(context, edits)

    def _after_edit(self, _change: Change) -> None:
        for view in (self.market, self.pricing, self.research):
            view.reload()
