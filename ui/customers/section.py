"""The Customers section (SPEC §4): the million-row list with its detail, segments, personas
and retention.

On opening a database, and when the period moves, the core brings the per-customer figures of
the list's day (the period's end, or today while it runs: SPEC §3a) up to date in the
background (:func:`salesdesk.customers.service.open_customers`), then the pages load. Pages
other than the list load when they are first shown for a context.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from salesdesk.customers import service

from ui.customers.list_page import CustomerListPage
from ui.customers.personas_page import PersonasPage
from ui.customers.retention_page import RetentionPage
from ui.customers.segments_page import SegmentsPage
from ui.section import AppContext, Section, focus_field
from ui.tasks import Op, Task
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.customers.service import Opened
    from salesdesk.periods import Period
    from salesdesk.store.db import Database


LIST, SEGMENTS, PERSONAS, RETENTION = range(4)


class CustomersSection(Section):
    """Tabs: the customer list, segments, personas, retention."""

    ready = Signal()  # the summary is current and the list is loading

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Customers")
        self.icon_name = "customers"
        self._database: Database | None = None
        self._prepared: Opened | None = None
        self._task: Task | None = None
        self._stale_tabs: set[int] = set()
        self._focus_search_when_shown = False
        self.list_page = CustomerListPage()
        self.segments_page = SegmentsPage()
        self.personas_page = PersonasPage()
        self.retention_page = RetentionPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list_page, self.tr("Customers"))
        self.tabs.addTab(self.segments_page, self.tr("Segments"))
        self.tabs.addTab(self.personas_page, self.tr("Personas"))
        self.tabs.addTab(self.retention_page, self.tr("Retention"))
        self.tabs.currentChanged.connect(self._refresh_tab)
        self.message = QLabel()
        self.message.setWordWrap(True)
        mute(self.message)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.segments_page.show_members.connect(self.show_segment)
        self.segments_page.segments_changed.connect(self._reload_choices)
        self.retention_page.open_customer.connect(self.open_customer)
        self._say(self.tr("Open a database to see your customers."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    # --- context -----------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        database_changed = context.database is not self._database
        super().set_context(context)
        self._database = context.database
        if database_changed or self._prepared is None or self._moves_the_day(context.period):
            self._prepare()
            return
        list_context = replace(self._prepared.context, period=context.period)
        self._prepared = replace(self._prepared, context=list_context, refreshed=False)
        self.list_page.set_list_context(self._prepared.context)
        self._stale_tabs = {PERSONAS, RETENTION}
        self._refresh_tab(self.tabs.currentIndex())

    def _moves_the_day(self, period: Period) -> bool:
        """Whether the list would be read at another day for ``period``."""
        from salesdesk.metrics.clock import closing_day

        return self._prepared is not None and self._prepared.context.day != closing_day(period)

    def _prepare(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._prepared = None
        database, context = self._database, self.context
        if database is None or context is None:
            self.list_page.set_database(None, None, "RUB", None)
            self._say(self.tr("Open a database to see your customers."))
            return
        self._say(self.tr("Bringing the customer figures up to date…"))
        self._task = (
            Op(
                self.tr("Updating customer figures"),
                lambda *_: service.open_customers(database, context.period, date.today()),
                parent=self,
            )
            .success(self._show)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show(self, prepared: Opened) -> None:
        self._task = None
        self._prepared = prepared
        assert self.context is not None
        currency = self.context.currency
        self.list_page.set_database(self._database, prepared.choices, currency, prepared.context)
        self.segments_page.set_database(self._database, prepared.choices)
        self._stale_tabs = {PERSONAS, RETENTION}
        self.stack.setCurrentWidget(self.tabs)
        self._refresh_tab(self.tabs.currentIndex())
        if self._focus_search_when_shown:
            self._focus_search_when_shown = False
            focus_field(self.list_page.filters.search)
        if prepared.refreshed:
            self.status_message.emit(self.tr("Customer figures brought up to date"))
        self.ready.emit()

    def _show_failure(self, error: BaseException) -> None:
        self._task = None
        self._focus_search_when_shown = False
        self._say(self.tr("The customers could not be loaded: {error}").format(error=error))

    def _refresh_tab(self, index: int) -> None:
        if index not in self._stale_tabs or self.context is None:
            return
        self._stale_tabs.discard(index)
        if index == PERSONAS:
            self.personas_page.refresh(self._database, self.context.period)
        elif index == RETENTION:
            self.retention_page.refresh(self._database, self.context.period, self.context.currency)

    def _reload_choices(self) -> None:
        """A segment was saved: the list's segment filter offers it."""
        database, prepared = self._database, self._prepared
        if database is None or prepared is None:
            return
        (
            Op(
                self.tr("Loading segments"),
                lambda *_: service.choices(database, date.today()),
                parent=self,
            )
            .success(self.list_page.filters.set_choices)
            .run_in_background()
        )
        self._stale_tabs.add(PERSONAS)

    # --- navigation --------------------------------------------------------------------------

    def open_customer(self, customer_id: int, code: str = "") -> None:
        """Shows one customer's detail in the list tab, their row highlighted."""
        self.tabs.setCurrentIndex(LIST)
        self.list_page.open_customer(customer_id, code)

    def focus_search(self) -> bool:
        """Shows the list tab and focuses its search box, at once or when the list is shown."""
        self.tabs.setCurrentIndex(LIST)
        if self.stack.currentWidget() is self.tabs:
            return focus_field(self.list_page.filters.search)
        self._focus_search_when_shown = self._task is not None  # the list is still loading
        return self._focus_search_when_shown

    def show_segment(self, segment_id: int) -> None:
        """Lists the customers of a saved segment."""
        self.tabs.setCurrentIndex(LIST)
        self.list_page.filters.select_segment(segment_id)
