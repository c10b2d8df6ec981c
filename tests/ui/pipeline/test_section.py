"""The Pipeline section: moves by drag and drop and by keyboard, undone and redone; won and
lost; My day's one-click follow-ups; the analytics; rendered in English and Russian."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.salesdesk.pipeline import pipeline_fixture as px
from tests.ui.pipeline.translated import translated

from ui.pipeline.board_model import DEAL_ID_ROLE
from ui.pipeline.dialogs import LostDialog, WonDialog
from ui.pipeline.section import ANALYTICS_TAB, MY_DAY_TAB, PipelineSection
from ui.section import AppContext
from ui.tasks import task_registry

TODAY = date(2025, 3, 31)
Q1 = Period.quarter(2025, 1)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = px.create_pipeline_database(tmp_path / "deals.sqlite")
    with open_database(path) as opened:
        yield opened


@pytest.fixture
def section(qtbot, database: Database) -> Iterator[PipelineSection]:  # type: ignore[no-untyped-def]
    with translated("en"):  # English plurals: "1 deal", "2 deals"
        section = PipelineSection(today=lambda: TODAY)
        qtbot.addWidget(section)
        section.resize(1280, 760)
        section.show()
        with qtbot.waitSignals([section.choices_loaded, section.board_model.loaded],
                               timeout=10_000):  # fmt: skip
            section.set_context(AppContext(database, Q1, "geographic", "RUB"))
        yield section


def stage_of(database: Database, deal_id: int) -> int:
    with database.read() as conn:
        return int(
            conn.execute(
                text("SELECT stage_id FROM deal WHERE id = :d"), {"d": deal_id}
            ).scalar_one()
        )


def cards(section: PipelineSection, column: int) -> list[int]:
    model, parent = section.board_model, section.board_model.index(column, 0)
    return [model.index(r, 0, parent).data(DEAL_ID_ROLE) for r in range(model.rowCount(parent))]


def written(qtbot, section: PipelineSection) -> None:  # type: ignore[no-untyped-def]
    """Waits for the edit to be written and the board read again."""
    qtbot.waitUntil(
        lambda: not task_registry().running() and not section.board_model.is_loading(),
        timeout=10_000,
    )


def test_the_board_shows_columns_with_totals(section: PipelineSection) -> None:
    assert section.board.headers() == [
        ("Lead", "2 deals · RUB\xa0500 · weighted RUB\xa050"),
        ("Proposal", "1 deal · RUB\xa0800 · weighted RUB\xa0320"),
        ("Negotiation", "1 deal · RUB\xa0600 · weighted RUB\xa0420"),
    ]
    assert cards(section, 0) == [px.D5, px.D8]


def test_a_keyboard_move_is_undone_and_redone(
    qtbot, section: PipelineSection, database: Database
) -> None:  # type: ignore[no-untyped-def]
    assert section.board.select_deal(px.D5)
    qtbot.waitUntil(lambda: section.pane.detail is not None, timeout=10_000)
    control_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(section.board.lists[0], Qt.Key.Key_Right, control_alt)
    written(qtbot, section)
    assert stage_of(database, px.D5) == px.PROPOSAL
    assert px.D5 in cards(section, 1)
    stack = section.undo_stack()
    assert stack.undoText() == "Move Kappa renewal to Proposal"
    stack.undo()
    written(qtbot, section)
    assert stage_of(database, px.D5) == px.LEAD and px.D5 in cards(section, 0)
    stack.redo()
    written(qtbot, section)
    assert stage_of(database, px.D5) == px.PROPOSAL


def test_move_to_a_chosen_stage(qtbot, section: PipelineSection, database: Database) -> None:  # type: ignore[no-untyped-def]
    section.stage_chooser = lambda stages, _at: stages[2].id  # "Negotiation" from the menu
    section.board.select_deal(px.D8)
    qtbot.waitUntil(lambda: section.pane.detail is not None, timeout=10_000)
    section.move_action.trigger()
    written(qtbot, section)
    assert stage_of(database, px.D8) == px.NEGOTIATION


def test_a_card_dragged_onto_another_column_moves_there(
    qtbot, section: PipelineSection, database: Database
) -> None:  # type: ignore[no-untyped-def]
    lead = section.board_model.index(0, 0)
    data = section.board_model.mimeData([section.board_model.index(0, 0, lead)])
    target = section.board.lists[2].viewport()
    at, move = target.rect().center(), Qt.DropAction.MoveAction
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(at, move, data, left, plain),
                  QDragMoveEvent(at, move, data, left, plain),
                  QDropEvent(QPointF(at), move, data, left, plain)):  # fmt: skip
        QApplication.sendEvent(target, event)
    written(qtbot, section)
    assert stage_of(database, px.D5) == px.NEGOTIATION
    section.undo_stack().undo()
    written(qtbot, section)
    assert stage_of(database, px.D5) == px.LEAD


def test_won_and_lost_with_a_reason(
    qtbot, section: PipelineSection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(WonDialog, "ask", classmethod(lambda cls, parent, today: (today, "ORD-9")))
    monkeypatch.setattr(LostDialog, "ask", classmethod(lambda cls, parent, reasons: "No budget"))
    section.win_deal(px.D6)
    written(qtbot, section)
    section.lose_deal(px.D4)
    written(qtbot, section)
    with database.read() as conn:
        rows = conn.execute(text("SELECT id, status, lost_reason, order_ref FROM deal"
                                 " WHERE id IN (4, 6) ORDER BY id")).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [(px.D4, "lost", "No budget", None),
                                        (px.D6, "won", None, "ORD-9")]  # fmt: skip
    assert cards(section, 1) == [] and cards(section, 2) == []


def test_my_day_done_in_one_click(qtbot, section: PipelineSection, database: Database) -> None:  # type: ignore[no-untyped-def]
    from tests.salesdesk.metrics import metric_fixture as fx

    day = section.my_day
    section.tabs.setCurrentIndex(MY_DAY_TAB)
    index = day.member.findData(fx.VERA)
    day.member.setCurrentIndex(index)
    with qtbot.waitSignal(day.loaded, timeout=10_000):
        day.member_chosen.emit(fx.VERA)
    assert day.follow_ups.rowCount() == 1 and day.follow_ups.item(0, 3).text() == "Kappa renewal"
    assert day.rotting.item(0, 0).text() == "Kappa renewal"
    day.follow_ups.selectRow(0)
    with qtbot.waitSignal(day.loaded, timeout=10_000):
        day.done_button.click()
    assert day.follow_ups.rowCount() == 0
    with database.read() as conn:
        assert conn.execute(text("SELECT done_at IS NOT NULL FROM follow_up WHERE id = 2")).scalar()


def test_analytics(qtbot, section: PipelineSection) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(section.analytics.loaded, timeout=20_000):
        section.tabs.setCurrentIndex(ANALYTICS_TAB)
    view = section.analytics
    assert view.cards["win_rate"].value_label.text() == "50.0%"
    assert view.stages.item(0, 5).text() == "7"  # Lead reached by 7 deals created in Q1


@pytest.mark.parametrize("language", ["en", "ru"])
def test_rendered_in_both_languages(
    qtbot, database: Database, tmp_path: Path, language: str
) -> None:  # type: ignore[no-untyped-def]
    with translated(language):
        section = PipelineSection(today=lambda: TODAY)
        qtbot.addWidget(section)
        section.resize(1280, 800)
        section.show()
        with qtbot.waitSignals(
            [section.choices_loaded, section.board_model.loaded], timeout=10_000
        ):
            section.set_context(AppContext(database, Q1, "geographic", "RUB"))
        section.board.select_deal(px.D5)
        qtbot.waitUntil(lambda: section.pane.detail is not None, timeout=10_000)
        image = section.grab()
        assert (image.width(), image.height()) == (1280, 800)
        assert image.save(str(tmp_path / f"pipeline_{language}.png"))
    if language == "ru":
        assert section.tabs.tabText(0) == "Доска"


@pytest.mark.parametrize("choice", ["keep_theirs", "overwrite", "edit_again"])
def test_a_deal_saved_over_someone_elses_change_asks_theirs_or_mine(
    qtbot,
    section: PipelineSection,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:  # type: ignore[no-untyped-def]
    """The deal is open in the pane when someone else saves its next step; my edit of the
    next step and the amount is refused and the dialog shows theirs and mine."""
    from salesdesk.store import editing

    from ui.dialogs.conflict import ConflictChoice, ConflictDialog
    from ui.pipeline.dialogs import DealDialog

    with qtbot.waitSignal(section.pane.loaded, timeout=10_000):
        section.pane.show_deal(px.D5)
    database.transact(lambda conn: editing.update_row(conn, "deal", px.D5, {"next_step": "Theirs"}))
    shown: list[dict] = []  # type: ignore[type-arg]

    def ask_deal(cls, *args):  # type: ignore[no-untyped-def]
        values = args[-1]  # parent, choices, database, today, the deal's values
        shown.append(values)
        return {**{k: values[k] for k in ("title", "customer_id", "owner_member_id",
                                           "expected_close", "next_step_on")},
                "amount": 99_900, "stage_id": None, "next_step": "Mine"}  # fmt: skip

    asked: list[list[tuple[str, str, str]]] = []

    def ask_conflict(cls, parent, differences):  # type: ignore[no-untyped-def]
        asked.append(differences)
        return ConflictChoice(choice)

    monkeypatch.setattr(DealDialog, "ask", classmethod(ask_deal))
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask_conflict))

    def deal() -> tuple[str, int]:
        with database.read() as conn:
            query = text("SELECT next_step, amount FROM deal WHERE id = :d")
            return tuple(conn.execute(query, {"d": px.D5}).one())  # type: ignore[return-value]

    section.edit_deal(px.D5)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    written(qtbot, section)
    labels = [label for label, _theirs, _mine in asked[0]]
    assert labels == ["Amount", "Next step"]
    assert asked[0][1] == ("Next step", "Theirs", "Mine")
    if choice == "keep_theirs":
        assert deal()[0] == "Theirs" and deal()[1] != 99_900
        assert len(shown) == 1
    else:  # overwrite at once, or after the editor opened again on my values
        qtbot.waitUntil(lambda: deal() == ("Mine", 99_900), timeout=10_000)
        written(qtbot, section)
        assert len(shown) == (2 if choice == "edit_again" else 1)
        if choice == "edit_again":
            assert shown[1]["next_step"] == "Mine" and shown[1]["amount_text"] == "999.00"
    assert len(asked) == 1
