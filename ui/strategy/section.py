"""The Strategy section (SPEC §4): Market, Pricing, Channels and Research as tabs.

Every edit made here is written through :mod:`salesdesk.store.editing` and pushed onto the main
window's undo stack (:mod:`ui.strategy.commands`); after an edit, or its undo, the views that
show edited data read it again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.section import AppContext, Section, focus_field
from ui.strategy.base import StrategyView
from ui.strategy.channels import ChannelsView
from ui.strategy.commands import Editor
from ui.strategy.market import MarketView
from ui.strategy.pricing import PricingView
from ui.strategy.research import ResearchView


class StrategySection(Section):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Strategy")
        self.icon_name = "strategy"
        self._own_stack: QUndoStack | None = None
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
        """The main window's stack, so that Edit > Undo reaches these edits; a stack of its
        own when the section stands alone (tests)."""
        stack = getattr(self.window(), "undo_stack", None)
        if isinstance(stack, QUndoStack):
            return stack
        if self._own_stack is None:
            self._own_stack = QUndoStack(self)
        return self._own_stack

    def set_context(self, context: AppContext) -> None:
        previous = self.context
        super().set_context(context)
        editor = None
        if context.database is not None and not context.database.read_only:
            editor = Editor(
                self.undo_stack(),
                context.database,
                after=self._after_edit,
                on_error=self.market.report_error,
            )
        same_data = previous is not None and previous.database is context.database
        for view in self.views:
            # competitors, prices, the catalogue and notes do not depend on the period
            if same_data and view is not self.channels and previous.currency == context.currency:
                view.context = context
                continue
            view.set_context(context, editor)

    def _after_edit(self) -> None:
        for view in (self.market, self.pricing, self.research):
            view.reload()
