"""A walk through the whole application: every section, every tab, the main dialogs.

``tools/screenshots.py`` saves each stop as a PNG; ``tests/ui/test_layout.py`` checks each stop
for clipped and elided text. Both see the same screens, reached the way a user reaches them:
the window's own commands open the dialogs. Modal dialogs are shown without their own event
loop (``exec`` is replaced while walking), looked at, and cancelled, so the walk changes nothing.

The walk waits with a ``wait_until(condition)`` the caller supplies (qtbot's in tests, a plain
event loop in the tool), so it never sleeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from ui.main_window import MainWindow
from ui.tasks import task_registry

Capture = Callable[[str, QWidget], None]
WaitUntil = Callable[[Callable[[], bool]], None]


class Walk:
    """Shows every screen of ``window`` in turn and hands each to ``capture``."""

    def __init__(
        self, window: MainWindow, capture: Capture, wait_until: WaitUntil, scratch: Path
    ) -> None:
        self.window = window
        self._capture = capture
        self._wait_until = wait_until
        self._scratch = scratch  # a folder for the file the import wizard reads
        self._scene = ""

    def run(self) -> None:
        with self._dialogs_without_event_loops():
            for index, section in enumerate(self.window.sections):
                self.window.show_section(index)
                self.settle()
                name = section_name(section)
                stage = getattr(self, f"_stage_{name}", None)
                if stage is not None:
                    stage(section)
                    self.settle()
                self._walk_tabs(name, section, look=True)
                dialogs = getattr(self, f"_dialogs_{name}", None)
                if dialogs is not None:
                    dialogs(section)
            self._window_dialogs()

    # --- waiting and looking ----------------------------------------------------------------

    def settle(self) -> None:
        """Until no background task runs and every pending repaint is done."""
        self._wait_until(lambda: not task_registry().running())
        QApplication.processEvents()

    def capture(self, name: str, widget: QWidget | None = None) -> None:
        self.settle()
        self._capture(name, widget or self.window)

    def _walk_tabs(self, name: str, root: QWidget, *, look: bool) -> None:
        """Captures ``root`` (when ``look``), then each other tab of its tab widgets, and the
        tabs inside those, in turn; the tab shown first is the one ``root`` showed."""
        if look:
            self.capture(name)
        for tabs in _outer_tab_widgets(root):
            shown = tabs.currentIndex()
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                self.settle()
                page_name = f"{name}-{tab_name(tabs, index)}"
                self._walk_tabs(page_name, tabs.widget(index), look=index != shown)
            tabs.setCurrentIndex(shown)
            self.settle()

    def open(self, scene: str, action: Callable[[], Any]) -> None:
        """Runs ``action``; captures the dialogs it opens (modal or not) as ``scene``."""
        self._scene = scene
        before = set(_visible_top_levels())
        action()
        self.settle()
        for widget in _visible_top_levels():
            if widget not in before and widget is not self.window:
                self.capture(scene, widget)
                widget.close()
        self.settle()

    @contextmanager
    def _dialogs_without_event_loops(self) -> Iterator[None]:
        """``exec`` of a dialog shows it, captures it and answers Cancel."""
        walk = self

        def look(dialog: QDialog) -> int:
            dialog.show()
            walk.capture(walk._scene, dialog)
            dialog.reject()
            return int(QDialog.DialogCode.Rejected)

        def look_at_message(box: QMessageBox) -> int:
            look(box)
            return int(QMessageBox.StandardButton.Cancel.value)

        saved = QDialog.exec, QMessageBox.exec
        QDialog.exec = look  # type: ignore[method-assign,assignment]
        QMessageBox.exec = look_at_message  # type: ignore[method-assign,assignment]
        try:
            yield
        finally:
            QDialog.exec, QMessageBox.exec = saved  # type: ignore[method-assign]

    # --- sections ---------------------------------------------------------------------------

    def _stage_dashboard(self, section: Any) -> None:
        """The lower half of the dashboard too: it scrolls."""
        self.capture("dashboard")
        scroll = section.findChild(QScrollArea)
        if scroll is not None:
            bar = scroll.verticalScrollBar()
            bar.setValue(bar.maximum())
            self.capture("dashboard-lower")
            bar.setValue(0)

    def _dialogs_dashboard(self, section: Any) -> None:
        self.open("dashboard-drill", lambda: section.drill_card("revenue"))

    def _stage_team(self, section: Any) -> None:
        """A member selected, so the detail shows a person."""
        index = section.model.index_of_member(_first_member_with_customers(section))
        if index.isValid():
            section.select(index)

    def _dialogs_team(self, section: Any) -> None:
        commands = section.commands
        self.open("team-edit-member", commands.edit_selected)
        self.open("team-new-team", commands.new_team)
        section.tabs.setCurrentWidget(section.coverage)
        self.open("team-propose-owners", commands.propose_owners)
        section.tabs.setCurrentIndex(0)

    def _stage_customers(self, section: Any) -> None:
        section.list_page.table.selectRow(0)

    def _dialogs_customers(self, section: Any) -> None:
        detail = section.list_page.detail
        self.open("customers-log-interaction", detail.log_button.click)
        self.open("customers-change-owner", detail.owner_button.click)
        self.open("customers-mark-lost", detail.lost_button.click)

    def _dialogs_goals(self, section: Any) -> None:
        self.open("goals-edit", section.edit_goal)
        self.open("goals-check-in", section.add_checkin)

    def _dialogs_strategy(self, section: Any) -> None:
        self.open("strategy-competitor", section.market.add_competitor)
        self.open("strategy-price", section.market.add_price)
        section.tabs.setCurrentWidget(section.pricing)
        self.settle()
        self.open("strategy-product", section.pricing.edit_product)
        section.tabs.setCurrentWidget(section.research)
        self.settle()
        self.open("strategy-note", section.research.add_note)
        section.tabs.setCurrentIndex(0)

    def _stage_pipeline(self, section: Any) -> None:
        """The first deal on the board chosen, so its pane shows."""
        for view in section.board.lists:
            if view.model().rowCount(view.rootIndex()):
                view.setCurrentIndex(view.model().index(0, 0, view.rootIndex()))
                return

    def _stage_reports(self, section: Any) -> None:
        section.render_preview()

    # --- the window's own dialogs -----------------------------------------------------------

    def _window_dialogs(self) -> None:
        window = self.window
        self.open("settings", window.settings_action.trigger)
        self.open("company-settings", window.company_settings_action.trigger)
        self.open("about", window.about_action.trigger)
        self.open("guide", window.guide_action.trigger)
        self.open("check-database", window.check_action.trigger)
        self.open("export", window.export_action.trigger)
        self._import_wizard()

    def _import_wizard(self) -> None:
        """The wizard's pages up to the last check before importing, on a small file that
        brings a new customer, product, member and territory."""
        from ui.exchange.import_wizard import ImportWizard

        database = self.window.context().database
        assert database is not None
        source = self._scratch / "new-sales.csv"
        source.write_text(NEW_SALES, encoding="utf-8")
        wizard = ImportWizard(database, self.window)
        wizard.show()
        self.capture("import-file", wizard)
        wizard.file_page.load(source)
        self._wait_until(wizard.file_page.isComplete)
        self.capture("import-file-chosen", wizard)
        for scene in ("import-columns", "import-check"):
            wizard.next()
            self.capture(scene, wizard)
        wizard.reject()
        wizard.close()
        self.settle()


NEW_SALES = """order_ref,line_ref,date,customer_code,customer_name,territory,product_code,\
product_name,quantity,amount,member
W-1,W-1-1,2026-01-15,WALK-1,Walkthrough Ltd,Walkland/New Town,WP-1,Walk-in desk,2,400.00,\
Wanda Walker
W-1,W-1-2,2026-01-15,WALK-1,Walkthrough Ltd,Walkland/New Town,WP-2,Walk-in chair,4,200.00,\
Wanda Walker
W-2,W-2-1,2026-01-20,WALK-2,Second Walk Co,Walkland/New Town,WP-1,Walk-in desk,1,200.00,\
Wanda Walker
"""


def section_name(section: QWidget) -> str:
    return type(section).__name__.removesuffix("Section").lower()


def tab_name(tabs: QTabWidget, index: int) -> str:
    """A name for a tab that is the same in every language: its page's object or class name."""
    page = tabs.widget(index)
    name = page.objectName() or type(page).__name__
    if name.startswith("Q"):  # a plain Qt widget says nothing: its position does
        return f"tab{index + 1}"
    return re.sub(r"(Page|View|Pane)$", "", name).lower()


def _outer_tab_widgets(root: QWidget) -> list[QTabWidget]:
    """The tab widgets inside ``root`` that are not inside another one of them."""
    found = root.findChildren(QTabWidget)
    inner = {t for t in found for other in found if other is not t and other.isAncestorOf(t)}
    candidates = [root] if isinstance(root, QTabWidget) else []
    return [t for t in [*candidates, *found] if t not in inner and t.isVisible()]


def _visible_top_levels() -> list[QWidget]:
    """The dialogs on screen (a wizard and a message box are dialogs too)."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog)]


def _first_member_with_customers(section: Any) -> int:
    members = [m for m in section.model.members() if m.role == "representative"]
    return members[0].id if members else section.model.members()[0].id
