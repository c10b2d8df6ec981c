"""The goal editor's guardrails (issue 10): refusals at the field, "Save anyway" before a goal
that fails A, R or T, Enter that never saves a half-filled goal, and a zero baseline.

The database is the one of conftest.py: Ivan (team North) sold 100 000 in each quarter of
2025 and 80 000 so far in Q1 2026; today is 14 Feb 2026. Goal 1 is North's Q1 revenue of
110 000 (+10 % over Q4 2025, while no quarter before grew: R fails).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salesdesk.goals.choices import editor_choices
from salesdesk.goals.goal import GoalSpec, load_goal
from salesdesk.store.db import Database
from tests.salesdesk.goals import goal_fixture as fx
from tests.ui.goals.conftest import TIMEOUT_MS, TODAY

from ui.dialogs.messages import AskFirst, Messages
from ui.goals.editor import GoalEditor
from ui.widgets.dates import qdate

NORTH_OWNER = f"team:{fx.NORTH}"


class Saves:
    """The editor's save callback: records each goal it is given."""

    def __init__(self) -> None:
        self.goals: list[GoalSpec] = []

    def __call__(self, goal: GoalSpec) -> None:
        self.goals.append(goal)


class Asked:
    """Answers AskFirst with ``answer`` and records what it was asked."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.reasons: list[list[str]] = []
        self.proceed: list[str] = []

    def __call__(
        self, _parent: object, _title: str, _text: str, reasons: list[str], proceed: str
    ) -> bool:
        self.reasons.append(list(reasons))
        self.proceed.append(proceed)
        return self.answer


@pytest.fixture
def saves() -> Saves:
    return Saves()


def _editor(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves, goal_id: int | None = None
) -> GoalEditor:
    with database.read() as conn:
        choices = editor_choices(conn)
        goal = load_goal(conn, goal_id) if goal_id is not None else None
    editor = GoalEditor(choices, database, today=TODAY, save=saves, goal=goal, parent=host)
    editor.show()
    return editor


def _checked(qtbot: QtBot, editor: GoalEditor) -> None:
    """Until the SMART panel shows the checks of the form as it is."""
    qtbot.waitUntil(
        lambda: editor._checked is not None and editor._checked[0] == editor.goal(),
        timeout=TIMEOUT_MS,
    )


def _ask(monkeypatch: pytest.MonkeyPatch, answer: bool) -> Asked:
    asked = Asked(answer)
    monkeypatch.setattr(AskFirst, "ask", classmethod(lambda cls, *args: asked(*args)))
    return asked


def _fill_north_q1(editor: GoalEditor, target: float) -> None:
    """Owner North, revenue, Q1 2026 (the form's money in roubles)."""
    editor.title_edit.setText("North revenue in Q1 2026")
    editor.owner_combo.setCurrentIndex(editor.owner_combo.findData(NORTH_OWNER))
    editor.start_edit.setDate(qdate(date(2026, 1, 1)))
    editor.end_edit.setDate(qdate(date(2026, 3, 31)))
    editor.target_spin.setValue(target)


def test_save_refuses_each_field_at_fault_with_its_reason(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves
) -> None:
    editor = _editor(qtbot, host, database, saves)
    editor.title_edit.setText("Grow revenue")
    editor.buttons.accepted.emit()  # Save
    assert saves.goals == []
    assert editor.errors.messages() == {
        "owner": "Choose who owns the goal: a team or a member.",
        "target": "The target must be above zero: revenue of zero or less is nothing to aim for.",
        "dates": "The end must come after the start.",
    }
    assert editor.focusWidget() is editor.owner_combo  # the first field at fault
    assert "Choose who owns" in editor.owner_combo.accessibleDescription()
    # the reasons follow the edits: each goes as its field is put right
    editor.owner_combo.setCurrentIndex(editor.owner_combo.findData(NORTH_OWNER))
    editor.target_spin.setValue(-5)
    assert set(editor.errors.messages()) == {"target", "dates"}
    editor.target_spin.setValue(1100)
    editor.end_edit.setDate(qdate(date(2026, 3, 31)))
    assert editor.errors.messages() == {}


def test_a_manual_goal_without_unit_is_refused_at_the_unit(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves
) -> None:
    editor = _editor(qtbot, host, database, saves)
    _fill_north_q1(editor, 45)
    editor.metric_combo.setCurrentIndex(editor.metric_combo.findData("manual"))
    editor.buttons.accepted.emit()
    assert editor.errors.messages() == {"unit": "Say in what unit the manual metric is measured."}
    assert editor.focusWidget() is editor.unit_edit and saves.goals == []


def test_enter_in_the_title_of_a_new_goal_never_saves_it(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves
) -> None:
    editor = _editor(qtbot, host, database, saves)
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, "Grow revenue")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert saves.goals == [] and editor.isVisible()
    # it takes the keyboard on to the first field still to fill in, without scolding
    assert editor.focusWidget() is editor.owner_combo
    assert editor.errors.messages() == {}
    qtbot.keyClick(editor.owner_combo, Qt.Key.Key_Enter)
    assert saves.goals == [] and editor.focusWidget() is editor.owner_combo


def test_enter_saves_a_complete_goal(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _ask(monkeypatch, False)
    editor = _editor(qtbot, host, database, saves, goal_id=1)
    # 110 000 fails R (no quarter of the last three years grew at all): ask for Q4's 100 000
    editor.target_spin.setValue(1000)
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, " (revised)")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)  # waits for the checks, then saves
    qtbot.waitUntil(lambda: bool(saves.goals), timeout=TIMEOUT_MS)
    assert saves.goals[0].title == "North revenue in Q1 2026 (revised)"
    assert saves.goals[0].target_value == 100_000
    assert asked.reasons == []  # nothing failed: nothing to ask
    assert editor.result() == 1


def test_enter_on_a_button_presses_that_button(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves
) -> None:
    editor = _editor(qtbot, host, database, saves, goal_id=1)
    cancel = editor.buttons.button(editor.buttons.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    assert editor.result() == 0 and not editor.isVisible() and saves.goals == []


@pytest.mark.parametrize("answer", [False, True])
def test_a_goal_failing_a_and_r_is_saved_only_when_the_manager_says_so(
    qtbot: QtBot,
    host: QWidget,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    asked, saves = _ask(monkeypatch, answer), Saves()
    editor = _editor(qtbot, host, database, saves)
    # 10 million in a quarter that last sold 100 000: +9 900 %
    _fill_north_q1(editor, 100_000)
    _checked(qtbot, editor)
    editor.buttons.accepted.emit()
    assert [reason[:2] for reason in asked.reasons[0]] == ["A:", "R:"]
    assert asked.proceed == ["Save anyway"]
    if answer:
        assert [goal.target_value for goal in saves.goals] == [10_000_000]
        assert editor.result() == 1
    else:  # back to the form, as it was
        assert saves.goals == [] and editor.isVisible()
        assert editor.target_spin.value() == 100_000


def test_save_waits_for_the_checks_of_the_form_as_it_is(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _ask(monkeypatch, False)
    editor = _editor(qtbot, host, database, saves)
    _fill_north_q1(editor, 1100)
    _checked(qtbot, editor)
    editor.target_spin.setValue(100_000)  # changed after the last check: judged afresh
    editor.buttons.accepted.emit()
    assert not editor.buttons.isEnabled()  # until the checks are in
    qtbot.waitUntil(lambda: bool(asked.reasons), timeout=TIMEOUT_MS)
    assert editor.buttons.isEnabled() and saves.goals == []


def test_a_zero_baseline_says_there_is_no_history_to_compare(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves
) -> None:
    editor = _editor(qtbot, host, database, saves)
    _fill_north_q1(editor, 3)
    # North won no new customer in Q4 2025 (its only customer first bought in January)
    editor.metric_combo.setCurrentIndex(editor.metric_combo.findData("new_customers"))
    qtbot.waitUntil(
        lambda: "no history to compare" in editor.baseline_label.text(), timeout=TIMEOUT_MS
    )
    assert editor.baseline_label.text() == "0 (Q4 2025): no history to compare"
    assert not editor.growth_spin.isEnabled()


def test_choosing_churn_turns_the_direction_round(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves
) -> None:
    editor = _editor(qtbot, host, database, saves)
    editor.metric_combo.setCurrentIndex(editor.metric_combo.findData("churn_rate"))
    editor.metric_combo.activated.emit(editor.metric_combo.currentIndex())
    assert editor.direction_combo.currentData() == "lower"


def test_editor_checks_smart_live(
    qtbot: QtBot, host: QWidget, database: Database, saves: Saves
) -> None:
    editor = _editor(qtbot, host, database, saves, goal_id=1)
    qtbot.waitUntil(lambda: editor.panel.badges["S"].text() == "pass", timeout=TIMEOUT_MS)
    # the baseline is Q4 2025's 100 000: a target of 110 000 is +10 %
    assert editor.growth_spin.value() == pytest.approx(10.0)
    editor.title_edit.setText("Максимально возможный оборот")
    qtbot.waitUntil(lambda: editor.panel.badges["S"].text() == "warning", timeout=TIMEOUT_MS)
    assert editor.panel.sentences["S"].text().startswith('"Максимально возможный" is vague')
    editor.growth_spin.setValue(20.0)  # the target follows: 120 000 = RUB 1,200
    assert editor.target_spin.value() == pytest.approx(1200.0)
    editor.end_edit.setDate(editor.start_edit.date().addDays(-1))
    qtbot.waitUntil(lambda: editor.panel.badges["T"].text() == "fail", timeout=TIMEOUT_MS)


def test_a_failed_save_keeps_the_editor_open(
    qtbot: QtBot, host: QWidget, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ask(monkeypatch, True)  # 110 000 fails R: saved anyway
    shown: list[str] = []

    def refuse(_goal: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(
        Messages, "error", classmethod(lambda cls, parent, title, text: shown.append(text))
    )
    with database.read() as conn:
        choices = editor_choices(conn)
    editor = GoalEditor(choices, database, today=TODAY, save=refuse, parent=host)
    _fill_north_q1(editor, 1100)
    editor.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    assert shown == ["The goal could not be saved: disk full"]
    assert editor.result() == 0 and editor.title_edit.text() == "North revenue in Q1 2026"


class _Written:
    """What the editor's save callback returns: a write already made (or refused), told to
    the editor as the undo command tells it."""

    def __init__(self, error: BaseException | None) -> None:
        self.error = error

    def when_made(self, made, refused) -> None:  # type: ignore[no-untyped-def]
        if self.error is None:
            made([])
        else:
            refused(self.error)


@pytest.mark.parametrize("choice", ["keep_theirs", "overwrite", "edit_again"])
def test_a_goal_saved_over_someone_elses_change_asks_theirs_or_mine(
    qtbot: QtBot, host: QWidget, database: Database, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    """Goal 1 is open in the editor when someone else renames it "Theirs"; my rename to
    "Mine" is refused and the dialog shows both."""
    from salesdesk.goals.edits import save_goal
    from salesdesk.store import editing

    from ui.dialogs.conflict import ConflictChoice, ConflictDialog

    _ask(monkeypatch, True)  # 110 000 fails R: saved anyway
    asked: list[list[tuple[str, str, str]]] = []

    def ask(cls, parent, differences):  # type: ignore[no-untyped-def]
        asked.append(differences)
        return ConflictChoice(choice)

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask))

    def save(goal: GoalSpec) -> _Written:
        try:
            database.transact(lambda conn: save_goal(conn, goal))
        except editing.EditConflictError as error:
            return _Written(error)
        return _Written(None)

    with database.read() as conn:
        editor = GoalEditor(editor_choices(conn), database, today=TODAY, save=save,  # type: ignore[arg-type]
                            goal=load_goal(conn, 1), parent=host)  # fmt: skip
    editor.show()
    database.transact(lambda conn: editing.update_row(conn, "goal", 1, {"title": "Theirs"}))
    editor.title_edit.setText("Mine")
    editor.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    assert asked[0] == [("Title", "Theirs", "Mine")]
    if choice == "edit_again":  # the form stays, with mine; the next save is made from theirs
        assert editor.isVisible() and editor.title_edit.text() == "Mine"
        editor.buttons.accepted.emit()
        qtbot.waitUntil(lambda: editor.result() == 1, timeout=TIMEOUT_MS)
    expected = "Theirs" if choice == "keep_theirs" else "Mine"
    with database.read() as conn:
        assert load_goal(conn, 1).title == expected
    assert editor.result() == (0 if choice == "keep_theirs" else 1) and len(asked) == 1
