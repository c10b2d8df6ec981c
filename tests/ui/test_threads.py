"""The GUI thread never reads or writes the database, and every write runs on the writer.

``Database.read``, ``write`` and ``transact`` are watched while a walk goes through every
section of the window on a small demo database: each page shown, the period stepped, a list
behind a number opened, an edit made in each section that edits, undone and redone, a report
built. Any read or write from the GUI thread, or any write off the database's writer thread,
is a finding (STYLE 6, 17; issue 13: "no read on the GUI thread either").
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from salesdesk.demo import generate_demo
from salesdesk.store.db import Database
from salesdesk.team.tree import MemberNode

from ui.customers.edits import LostReasonDialog
from ui.customers.section import CustomersSection
from ui.dashboard.section import DashboardSection
from ui.dialogs.messages import Confirm
from ui.goals.checkin_dialog import CheckinDialog, CheckinValues
from ui.goals.section import GoalsSection
from ui.main_window import MainWindow
from ui.pipeline.board_model import DEAL_ID_ROLE, STAGE_ID_ROLE
from ui.pipeline.section import PipelineSection
from ui.reports.section import ReportsSection
from ui.settings import AppSettings
from ui.strategy import forms
from ui.strategy.section import StrategySection
from ui.tasks import task_registry, wait_for_all_tasks
from ui.team.section import TeamSection

TIMEOUT_MS = 60_000


@dataclass
class Watch:
    """Every database access of the walk, and those made where they must not be."""

    reads: int = 0
    writes: int = 0
    findings: list[str] = field(default_factory=list)

    def saw(self, what: str, database: Database) -> None:
        thread = threading.current_thread()
        if what == "write":
            self.writes += 1
            if not database.writer.on_writer_thread():
                self.findings.append(f"write on {thread.name}")
            return
        self.reads += what == "read"
        if thread is threading.main_thread():
            self.findings.append(f"{what} on the GUI thread")


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> Watch:
    watch = Watch()
    for name in ("read", "write", "transact"):
        original = getattr(Database, name)

        def watched(
            self: Database, *args: Any, _name: str = name, _original: Any = original
        ) -> Any:
            watch.saw(_name, self)
            return _original(self, *args)

        monkeypatch.setattr(Database, name, watched)
    return watch


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    generate_demo(path, customers=300, sales=4000, seed=5)
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.close()
    assert wait_for_all_tasks(TIMEOUT_MS)


def settle(qtbot: QtBot) -> None:
    """Waits until no background work runs (reads, and writes on the writer)."""
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def section_of(window: MainWindow, kind: type) -> Any:
    index = next(i for i, s in enumerate(window.sections) if isinstance(s, kind))
    window.show_section(index)
    return window.sections[index]


def undo_and_redo(qtbot: QtBot, window: MainWindow, signal: Any) -> None:
    for step in (window.undo_stack.undo, window.undo_stack.redo):
        with qtbot.waitSignal(signal, timeout=TIMEOUT_MS):
            step()


def test_no_section_touches_the_database_on_the_gui_thread(
    qtbot: QtBot,
    window: MainWindow,
    demo: Path,
    watch: Watch,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.controller.open_path(demo)
    settle(qtbot)
    walks: list[Callable[[QtBot, MainWindow, pytest.MonkeyPatch], None]] = [
        _dashboard,
        _team,
        _customers,
        _goals,
        _strategy,
        _pipeline,
        _reports,
    ]
    for walk in walks:
        walk(qtbot, window, monkeypatch)
        settle(qtbot)
        window.period_picker.previous()
        settle(qtbot)
    assert watch.findings == []
    assert watch.reads > 50 and watch.writes >= 10  # the walk did read and write


def _dashboard(qtbot: QtBot, window: MainWindow, _patch: pytest.MonkeyPatch) -> None:
    section: DashboardSection = section_of(window, DashboardSection)
    settle(qtbot)
    for card in ("revenue", "new_customers", "at_risk"):
        section.drill_card(card)
        assert section.last_drill is not None
        with qtbot.waitSignal(section.last_drill.loaded, timeout=TIMEOUT_MS):
            pass
        section.last_drill.close()


def _team(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    section: TeamSection = section_of(window, TeamSection)
    settle(qtbot)
    model = section.model
    member = next(m for m in model.members() if m.role == "representative")
    section.select(model.index_of_member(member.id))
    settle(qtbot)
    assert isinstance(section.selected_node(), MemberNode)
    with qtbot.waitSignal(section.edited, timeout=TIMEOUT_MS):
        section.commands.set_role("supervisor")
    undo_and_redo(qtbot, window, section.edited)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a, **k: False))
    section.commands.delete_selected()  # reads what depends on it, then asks: no
    section.tabs.setCurrentIndex(1)  # coverage


def _customers(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    section: CustomersSection = section_of(window, CustomersSection)
    settle(qtbot)
    page = section.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(page.detail.loaded, timeout=TIMEOUT_MS):
        page.table.selectionModel().setCurrentIndex(
            page.model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    monkeypatch.setattr(LostReasonDialog, "ask", classmethod(lambda cls, parent: "Moved away"))
    with qtbot.waitSignal(page.detail.loaded, timeout=TIMEOUT_MS):
        page.detail._mark_lost()
    undo_and_redo(qtbot, window, page.detail.loaded)
    for tab in range(1, section.tabs.count()):  # segments, personas, retention
        section.tabs.setCurrentIndex(tab)
        settle(qtbot)


def _goals(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    section: GoalsSection = section_of(window, GoalsSection)
    settle(qtbot)
    qtbot.waitUntil(section.view.isVisible, timeout=TIMEOUT_MS)
    answer = CheckinValues(date.today(), 1.0, "Walk-through")
    monkeypatch.setattr(CheckinDialog, "ask", classmethod(lambda cls, parent, values: answer))
    with qtbot.waitSignal(section.detail_loaded, timeout=TIMEOUT_MS):
        section.add_checkin()
    undo_and_redo(qtbot, window, section.detail_loaded)


def _strategy(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    section: StrategySection = section_of(window, StrategySection)
    settle(qtbot)

    def ask(_cls: type, _parent: object, initial: dict[str, Any], save: Any) -> bool:
        save({**initial, "name": "Walk-through Ltd"})
        return True

    monkeypatch.setattr(forms.CompetitorDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(section.market.loaded, timeout=TIMEOUT_MS):
        section.market.add_competitor()
    undo_and_redo(qtbot, window, section.market.loaded)
    for tab in range(1, section.tabs.count()):
        section.tabs.setCurrentIndex(tab)
        settle(qtbot)
    pricing = section.pricing
    qtbot.waitUntil(lambda: pricing.product_model.rowCount() > 0, timeout=TIMEOUT_MS)
    pricing.product_table.selectRow(0)
    product = pricing.selected_product()
    assert product is not None
    with qtbot.waitSignal(pricing.loaded, timeout=TIMEOUT_MS):
        pricing.apply_price(product.id, product.list_price + 100)


def _pipeline(qtbot: QtBot, window: MainWindow, _patch: pytest.MonkeyPatch) -> None:
    section: PipelineSection = section_of(window, PipelineSection)
    settle(qtbot)
    model = section.board_model
    column = next(row for row in range(model.rowCount()) if model.rowCount(model.index(row, 0)))
    deal_id = model.index(0, 0, model.index(column, 0)).data(DEAL_ID_ROLE)
    section.board.select_deal(deal_id)
    settle(qtbot)
    stage = model.index(column, 0).data(STAGE_ID_ROLE)
    target = next(
        model.index(row, 0).data(STAGE_ID_ROLE)
        for row in range(model.rowCount())
        if model.index(row, 0).data(STAGE_ID_ROLE) != stage
    )
    with qtbot.waitSignal(section.edited, timeout=TIMEOUT_MS):
        section.move_deal(deal_id, target)
    undo_and_redo(qtbot, window, section.edited)
    for tab in range(1, section.tabs.count()):  # the list, My day, the analytics
        section.tabs.setCurrentIndex(tab)
        settle(qtbot)


def _reports(qtbot: QtBot, window: MainWindow, _patch: pytest.MonkeyPatch) -> None:
    section: ReportsSection = section_of(window, ReportsSection)
    settle(qtbot)
    with qtbot.waitSignal(section.preview_shown, timeout=TIMEOUT_MS):
        section.render_preview()


def test_the_walk_would_see_a_read_on_the_gui_thread(watch: Watch, demo: Path) -> None:
    """The watch itself works: a read made here, on the test's (GUI) thread, is a finding."""
    from salesdesk.store.db import open_database

    with open_database(demo) as database, database.read():
        pass
    assert watch.findings == ["read on the GUI thread"]
