"""Pipelines and stages, driven with qtbot from the Pipeline section: refusals at the field with
the reason, edits on the window's undo stack (undone from the dialog), keyboard reordering,
the question before a used stage is deleted, new stages and pipelines; the stage model under
QAbstractItemModelTester; the dialog rendered in English and Russian."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from salesdesk.metrics.stages import Stage
from salesdesk.periods import Period
from salesdesk.pipeline.stage_edits import StageUsage
from salesdesk.store.db import Database, open_database
from tests.salesdesk.pipeline import pipeline_fixture as px
from tests.ui.pipeline.translated import translated

from ui.pipeline.section import ANALYTICS_TAB, PipelineSection
from ui.pipeline.setup_dialog import DeleteStageDialog, NameDialog, PipelineSetupDialog
from ui.pipeline.stage_model import CHANCE, NAME, OPEN_DEALS, PASSED, ROTTING, StageTableModel
from ui.section import AppContext

TODAY = date(2025, 3, 31)
Q1 = Period.quarter(2025, 1)
TIMEOUT_MS = 10_000


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = px.create_pipeline_database(tmp_path / "deals.sqlite")
    with open_database(path) as opened:
        yield opened


def _section(qtbot: QtBot, database: Database) -> PipelineSection:
    section = PipelineSection(today=lambda: TODAY)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.show()
    with qtbot.waitSignals([section.choices_loaded, section.board_model.loaded],
                           timeout=TIMEOUT_MS):  # fmt: skip
        section.set_context(AppContext(database, Q1, "geographic", "RUB"))
    return section


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> Iterator[PipelineSection]:
    with translated("en"):  # English plurals
        yield _section(qtbot, database)


def _open(qtbot: QtBot, section: PipelineSection) -> PipelineSetupDialog:
    dialog = section.set_up_pipelines()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=TIMEOUT_MS)
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, section: PipelineSection) -> PipelineSetupDialog:
    return _open(qtbot, section)


def _stages(database: Database) -> list[tuple[str, int, float, int]]:
    with database.read() as conn:
        rows = conn.execute(
            text(
                "SELECT name, position, probability, rotting_days FROM stage"
                " WHERE pipeline_id = 1 ORDER BY position"
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _edit_and_wait(qtbot: QtBot, dialog: PipelineSetupDialog, action: Any) -> None:
    """Does ``action`` and waits until its edit is written and the dialog read again."""
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT_MS):
        action()


def _type(qtbot: QtBot, field: Any, value: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, value)
    qtbot.keyClick(field, Qt.Key.Key_Return)


# --- the stage model ----------------------------------------------------------------------------


def test_the_stage_model_passes_the_model_tester(qtbot: QtBot) -> None:
    model = StageTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    stages = [Stage(1, 1, "Lead", 0, 0.1, 10), Stage(2, 1, "Proposal", 1, 0.45, 14)]
    with translated("en"):
        model.set_stages(stages, {1: StageUsage(open=2, closed=1, passed=8)})
        assert [model.index(0, c).data() for c in (NAME, CHANCE, ROTTING, OPEN_DEALS, PASSED)] == [
            "Lead", "10%", "10 days", "2", "8"]  # fmt: skip
        assert [model.index(1, c).data() for c in (CHANCE, OPEN_DEALS, PASSED)] == ["45%", "0", "0"]
        model.set_stages(stages[:1], {})
    assert model.rowCount() == 1 and tester is not None


# --- refused at the field ---------------------------------------------------------------------


def test_values_out_of_range_are_refused_at_their_field(
    qtbot: QtBot, dialog: PipelineSetupDialog, section: PipelineSection, database: Database
) -> None:
    dialog.select_row(1)  # Proposal
    assert dialog.name_edit.text() == "Proposal" and dialog.chance_edit.text() == "40"
    _type(qtbot, dialog.chance_edit, "150")
    assert dialog.chance_error.isVisibleTo(dialog)
    assert dialog.chance_error.text() == "The chance to win is a percentage from 0 to 100."
    _type(qtbot, dialog.rotting_edit, "0")
    assert dialog.rotting_error.text() == "A deal rots after 1 to 3650 days without activity."
    _type(qtbot, dialog.name_edit, "lead")
    assert dialog.name_error.text() == "This pipeline has a stage called lead already."
    assert section.undo_stack().count() == 0
    assert _stages(database)[1] == ("Proposal", 1, 0.4, 14)


def test_a_chance_is_set_and_undone_from_the_dialog(
    qtbot: QtBot, dialog: PipelineSetupDialog, section: PipelineSection, database: Database
) -> None:
    dialog.select_row(1)
    _edit_and_wait(qtbot, dialog, lambda: _type(qtbot, dialog.chance_edit, "55"))
    assert _stages(database)[1] == ("Proposal", 1, 0.55, 14)
    assert section.undo_stack().undoText() == "Set the chance to win of Proposal to 55 %"
    assert dialog.model.index(1, CHANCE).data() == "55%"
    _edit_and_wait(qtbot, dialog, dialog.undo_button.click)
    assert _stages(database)[1] == ("Proposal", 1, 0.4, 14)
    assert dialog.chance_edit.text() == "40"
    _edit_and_wait(qtbot, dialog, dialog.redo_button.click)
    assert _stages(database)[1][2] == 0.55


def test_stages_are_reordered_from_the_keyboard(
    qtbot: QtBot, dialog: PipelineSetupDialog, section: PipelineSection, database: Database
) -> None:
    dialog.select_row(0)  # Lead
    dialog.stages.setFocus()
    control = Qt.KeyboardModifier.ControlModifier
    with qtbot.waitSignal(section.board_model.loaded, timeout=TIMEOUT_MS):  # columns too
        _edit_and_wait(qtbot, dialog, lambda: qtbot.keyClick(dialog.stages, Qt.Key.Key_Down,
                                                             control))  # fmt: skip
    assert [s[0] for s in _stages(database)] == ["Proposal", "Lead", "Negotiation"]
    assert dialog.stage() is not None and dialog.stage().name == "Lead"  # type: ignore[union-attr]
    assert [name for name, _ in section.board.headers()] == ["Proposal", "Lead", "Negotiation"]
    _edit_and_wait(qtbot, dialog, lambda: qtbot.keyClick(dialog.stages, Qt.Key.Key_Up, control))
    assert [s[0] for s in _stages(database)] == ["Lead", "Proposal", "Negotiation"]


# --- deleting ---------------------------------------------------------------------------------


def test_deleting_a_used_stage_asks_saying_how_many(
    qtbot: QtBot, dialog: PipelineSetupDialog, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, list[str], int]] = []

    def ask(_cls: Any, *args: Any) -> int | None:
        _parent, _stage, usage, others, default = args
        asked.append((usage, [s.name for s in others], default))
        return None  # the user keeps the stage

    monkeypatch.setattr(DeleteStageDialog, "ask", classmethod(ask))
    dialog.select_row(1)  # Proposal
    dialog.stages.setFocus()
    qtbot.keyClick(dialog.stages, Qt.Key.Key_Delete)
    assert asked == [("1 open deal is in Proposal. In all, 5 deals have passed through it.",
                      ["Lead", "Negotiation"], px.LEAD)]  # fmt: skip
    assert len(_stages(database)) == 3
    monkeypatch.setattr(DeleteStageDialog, "ask", classmethod(lambda *_: px.NEGOTIATION))
    _edit_and_wait(qtbot, dialog, dialog.delete_button.click)
    assert [s[0] for s in _stages(database)] == ["Lead", "Negotiation"]
    assert dialog.stage() is not None and dialog.stage().name == "Negotiation"  # type: ignore[union-attr]
    assert dialog.model.index(1, OPEN_DEALS).data() == "2"  # D4 moved over to D6
    _edit_and_wait(qtbot, dialog, dialog.undo_button.click)
    assert [s[0] for s in _stages(database)] == ["Lead", "Proposal", "Negotiation"]


def test_the_delete_question(qtbot: QtBot) -> None:
    others = [Stage(1, 1, "Lead", 0, 0.1, 10), Stage(3, 1, "Negotiation", 2, 0.7, 7)]
    with translated("en"):
        question = DeleteStageDialog("Proposal", "1 open deal is in Proposal.", others, 3, None)  # type: ignore[arg-type]
    qtbot.addWidget(question)
    assert question.target.currentText() == "Negotiation"
    assert question.delete_button.text() == "Move them and delete"
    question.target.setCurrentIndex(0)
    question.delete_button.click()
    assert question.result() == QDialog.DialogCode.Accepted
    assert question.target.currentData() == 1


# --- adding stages and pipelines --------------------------------------------------------------


def test_a_name_is_refused_at_the_field(qtbot: QtBot) -> None:
    with translated("en"):
        from salesdesk.pipeline.stage_edits import name_problem

        asking = NameDialog("Add a stage", "Stage", "", lambda t: name_problem(t, ["Lead"]), None)  # type: ignore[arg-type]
    qtbot.addWidget(asking)
    asking.show()
    asking.name.setText(" LEAD ")
    asking.accept()
    assert asking.isVisible() and asking.error.text() == (
        "This pipeline has a stage called LEAD already."
    )
    asking.name.setText("Closing")
    asking.accept()
    assert asking.result() == QDialog.DialogCode.Accepted


def test_a_new_stage_shows_its_defaults(
    qtbot: QtBot, dialog: PipelineSetupDialog, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NameDialog, "ask", classmethod(lambda *_: "Closing"))
    _edit_and_wait(qtbot, dialog, dialog.add_button.click)
    assert _stages(database)[-1] == ("Closing", 3, 0.2, 14)
    assert dialog.name_edit.text() == "Closing"
    assert (dialog.chance_edit.text(), dialog.rotting_edit.text()) == ("20", "14")
    assert dialog.usage_label.text() == "No deal uses this stage."


def test_a_new_pipeline_and_deactivating_the_old(
    qtbot: QtBot, dialog: PipelineSetupDialog, section: PipelineSection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(NameDialog, "ask", classmethod(lambda *_: "Renewals"))
    with qtbot.waitSignal(section.choices_loaded, timeout=TIMEOUT_MS):
        _edit_and_wait(qtbot, dialog, dialog.new_pipeline_button.click)
    assert dialog.pipeline_combo.currentText() == "Renewals"
    assert dialog.model.rowCount() == 5 and dialog.model.index(0, NAME).data() == "Qualification"
    assert section.pipeline_combo.findText("Renewals") >= 0
    # With two pipelines, the analytics say whose figures they show.
    with qtbot.waitSignal(section.analytics.loaded, timeout=TIMEOUT_MS):
        section.tabs.setCurrentIndex(ANALYTICS_TAB)
    assert section.analytics.state.text().startswith("Sales · Q1 2025")
    assert section.analytics.forecast_heading.text().endswith(" · all pipelines")
    assert section.analytics.cards["win_rate"].value_label.text() == "50.0%"
    dialog.pipeline_combo.setCurrentIndex(dialog.pipeline_combo.findText("Sales"))
    dialog.pipeline_combo.activated.emit(dialog.pipeline_combo.currentIndex())
    assert dialog.active_button.text() == "Deactivate"
    _edit_and_wait(qtbot, dialog, dialog.active_button.click)
    assert dialog.pipeline_combo.currentText() == "Sales (inactive)"
    assert dialog.active_button.text() == "Activate"


def test_the_last_active_pipeline_stays_active(
    qtbot: QtBot, dialog: PipelineSetupDialog, database: Database
) -> None:
    dialog.active_button.click()
    qtbot.waitUntil(lambda: bool(dialog.state.text()), timeout=TIMEOUT_MS)
    assert dialog.state.text() == "At least one pipeline stays active."
    with database.read() as conn:
        assert conn.execute(text("SELECT active FROM pipeline")).scalar() == 1


# --- rendered ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru"])
def test_rendered_in_both_languages(
    qtbot: QtBot, database: Database, tmp_path: Path, language: str
) -> None:
    with translated(language):
        dialog = _open(qtbot, _section(qtbot, database))
        dialog.select_row(1)
        assert dialog.grab().save(str(tmp_path / f"setup_{language}.png"))
        if language == "ru":
            assert dialog.windowTitle() == "Воронки и этапы"
            assert dialog.model.headerData(CHANCE, Qt.Orientation.Horizontal) == "Вероятность"
            assert dialog.usage_label.text() == (
                "На этапе «Proposal» 1 открытая сделка. Всего через него прошли 5 сделок."
            )
