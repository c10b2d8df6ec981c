"""The goal editor (SPEC §5): every field of a SMART goal beside the live SMART panel.

Whenever a field changes, a short timer restarts; when it fires, the checks run on a worker
thread against the company's history (they read the database), and the panel and the
baseline show their answer. The target is entered as a value or as growth over the baseline,
the other kept in step. Saving goes through a callback that writes the goal; if it fails the
dialog says so and stays open with the form as it was.

Guardrails (issue 10): a goal that cannot be saved — no title, owner or metric, a target that
means nothing for its metric, an end before the start — is refused at the field, with the
core's reason (:func:`salesdesk.goals.validation.goal_problems`) and the keyboard focus there.
A goal whose A, R or T check fails is saved only when the manager answers "Save anyway" to
the reasons. Enter saves only a complete form; in an incomplete one it takes the keyboard to
the first field still to fill in, without a word, so nobody saves a half-typed goal by
pressing Enter in the title.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import MISSING, format_date, format_money
from salesdesk.goals import service
from salesdesk.goals.goal import MONEY_METRICS, RATE_METRICS, GoalSpec, format_value
from salesdesk.goals.validation import goal_problems
from salesdesk.metrics.kpis import growth
from salesdesk.store.models import BaselineKind, Direction, GoalMetric

from ui.dialogs.conflict import ConflictChoice, ConflictDialog, differences
from ui.dialogs.messages import AskFirst, Messages
from ui.goals.smart_panel import SmartPanel
from ui.goals.words import metric_choices
from ui.tasks import Op, Task
from ui.widgets.dates import day_of, qdate
from ui.widgets.field_errors import FieldErrors
from ui.widgets.labels import mute
from ui.widgets.money_fields import show_currency

if TYPE_CHECKING:
    from salesdesk.goals.choices import Choice, EditorChoices
    from salesdesk.goals.service import Checked
    from salesdesk.goals.smart import SmartReport
    from salesdesk.store.db import Database

    from ui.undo import EditCommand

DEBOUNCE_MS = 400
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
# Saves the goal: returns the pushed edit, whose outcome the editor waits for (None: saved).
SaveFn = Callable[[GoalSpec], "EditCommand | None"]


def shown_value(metric: str, stored: float) -> float:
    """A stored value as the form shows it: money in major units, rates in per cent."""
    if metric in MONEY_METRICS:
        return stored / 100
    if metric in RATE_METRICS:
        return stored * 100
    return stored


def stored_value(metric: str, shown: float) -> float:
    if metric in MONEY_METRICS:
        return round(shown * 100)
    if metric in RATE_METRICS:
        return shown / 100
    return shown


class GoalEditor(QDialog):
    def __init__(
        self,
        choices: EditorChoices,
        database: Database,
        *,
        today: date,
        save: SaveFn,
        goal: GoalSpec | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit goal") if goal and goal.id else self.tr("New goal"))
        self._choices, self._database, self._today, self._save = choices, database, today, save
        self._goal_id = goal.id if goal else None
        self._version = goal.version if goal else None  # what a save is made from
        self._baseline: float | None = None
        self._task: Task | None = None
        self._syncing = False
        self._checked: tuple[GoalSpec, SmartReport] | None = None  # the last goal checked
        self._save_when_checked = False  # Save waits for the checks of the form as it is
        self._refusing = False  # a Save was refused: the reasons follow the edits live
        self.errors = FieldErrors()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_checks)
        self.panel = SmartPanel()
        self.panel.setMinimumWidth(360)
        form = self._build_form()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():  # Enter is the dialog's to judge (keyPressEvent)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(self.panel, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.resize(1060, 700)
        self._load(goal or GoalSpec(start_on=today, end_on=today))
        self._connect_changes()
        self._on_metric_changed()
        self._schedule()

    # --- building ---------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Grow e-commerce revenue by 15% in Q3"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(56)
        self.metric_combo = _combo([(m, name) for m, name in metric_choices()])
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("e.g. points"))
        self.direction_combo = _combo(
            [
                (Direction.HIGHER_IS_BETTER, self.tr("Higher is better")),
                (Direction.LOWER_IS_BETTER, self.tr("Lower is better (e.g. churn)")),
            ]
        )
        what = QFormLayout()
        what.addRow(self.tr("Title:"), self.errors.wrap("title", self.title_edit))
        what.addRow(self.tr("Description:"), self.description_edit)
        what.addRow(self.tr("Metric:"), self.errors.wrap("metric", self.metric_combo))
        what.addRow(self.tr("Unit of the manual metric:"), self.errors.wrap("unit", self.unit_edit))
        what.addRow(self.tr("Direction:"), self.direction_combo)
        layout.addWidget(_group(self.tr("Specific and measurable"), what))
        layout.addWidget(_group(self.tr("Owner and scope"), self._scope_form()))
        layout.addWidget(_group(self.tr("Target"), self._target_form()))
        layout.addWidget(_group(self.tr("Resources (achievable)"), self._resources_form()))
        layout.addWidget(_group(self.tr("Dates (time-bound)"), self._dates_form()))
        layout.addStretch(1)
        return page

    def _scope_form(self) -> QFormLayout:
        c = self._choices
        owners = [(f"team:{i}", self.tr("Team: {name}").format(name=n)) for i, n in c.teams]
        owners += [(f"member:{i}", self.tr("Member: {name}").format(name=n)) for i, n in c.members]
        self.owner_combo = _combo([(None, self.tr("(choose the owner)")), *owners])
        others = [(i, n) for i, n in c.goals if i != self._goal_id]
        self.parent_combo = _combo([(None, self.tr("(none)")), *others])
        anything = self.tr("(all)")
        self.scope_combos = {
            "scope_channel_id": _combo([(None, anything), *c.channels]),
            "scope_category_id": _combo([(None, anything), *c.categories]),
            "scope_product_id": _combo([(None, anything), *c.products]),
            "scope_territory_id": _combo([(None, anything), *c.territories]),
            "scope_account_type_id": _combo([(None, anything), *c.account_types]),
            "scope_segment_id": _combo([(None, anything), *c.segments]),
        }
        form = QFormLayout()
        form.addRow(self.tr("Owner:"), self.errors.wrap("owner", self.owner_combo))
        form.addRow(self.tr("Parent goal:"), self.parent_combo)
        labels = (
            self.tr("Channel:"),
            self.tr("Product category:"),
            self.tr("Product:"),
            self.tr("Territory:"),
            self.tr("Account type:"),
            self.tr("Segment:"),
        )
        for label, combo in zip(labels, self.scope_combos.values(), strict=True):
            form.addRow(label, combo)
        return form

    def _target_form(self) -> QFormLayout:
        self.baseline_combo = _combo(
            [
                (BaselineKind.PREVIOUS_PERIOD, self.tr("Previous period of equal length")),
                (BaselineKind.SAME_PERIOD_LAST_YEAR, self.tr("Same period last year")),
            ]
        )
        self.baseline_label = QLabel(MISSING)
        mute(self.baseline_label)
        self.target_spin = _spin(-1e13, 1e13, 2)
        self.growth_spin = _spin(-100.0, 1e6, 1)
        self.growth_spin.setSuffix(" %")
        form = QFormLayout()
        form.addRow(self.tr("Baseline:"), self.baseline_combo)
        form.addRow("", self.baseline_label)
        form.addRow(self.tr("Target value:"), self.errors.wrap("target", self.target_spin))
        form.addRow(self.tr("Growth over the baseline:"), self.growth_spin)
        return form

    def _resources_form(self) -> QFormLayout:
        self.budget_spin = _spin(0.0, 1e12, 2)
        show_currency(self.budget_spin, self._choices.currency)
        self.notes_edit = QLineEdit()
        self.headcount_label = QLabel(MISSING)
        form = QFormLayout()
        form.addRow(self.tr("Headcount:"), self.headcount_label)
        form.addRow(self.tr("Budget:"), self.budget_spin)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        return form

    def _dates_form(self) -> QFormLayout:
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("Start:"), self.start_edit)
        form.addRow(self.tr("End:"), self.errors.wrap("dates", self.end_edit))
        return form

    # --- the goal in and out ----------------------------------------------------------------

    def _load(self, goal: GoalSpec) -> None:
        self.title_edit.setText(goal.title)
        self.description_edit.setPlainText(goal.description)
        _select(self.metric_combo, goal.metric)
        self.unit_edit.setText(goal.manual_unit or "")
        _select(self.direction_combo, goal.direction)
        if goal.owner_team_id is not None:
            _select(self.owner_combo, f"team:{goal.owner_team_id}")
        elif goal.owner_member_id is not None:
            _select(self.owner_combo, f"member:{goal.owner_member_id}")
        _select(self.parent_combo, goal.parent_id)
        for column, combo in self.scope_combos.items():
            _select(combo, getattr(goal, column))
        _select(self.baseline_combo, goal.baseline_kind)
        if goal.target_value is not None:
            self.target_spin.setValue(shown_value(goal.metric, goal.target_value))
        self.budget_spin.setValue((goal.budget or 0) / 100)
        self.notes_edit.setText(goal.resource_notes)
        self.start_edit.setDate(qdate(goal.start_on or self._today))
        self.end_edit.setDate(qdate(goal.end_on or self._today))

    def goal(self) -> GoalSpec:
        """The goal as the form stands."""
        metric = self.metric_combo.currentData()
        kind, _, owner_id = (self.owner_combo.currentData() or "").partition(":")
        budget = round(self.budget_spin.value() * 100)
        return GoalSpec(
            id=self._goal_id,
            version=self._version,
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            metric=metric,
            manual_unit=self.unit_edit.text().strip() or None
            if metric == GoalMetric.MANUAL
            else None,
            owner_team_id=int(owner_id) if kind == "team" else None,
            owner_member_id=int(owner_id) if kind == "member" else None,
            parent_id=self.parent_combo.currentData(),
            **{column: combo.currentData() for column, combo in self.scope_combos.items()},
            baseline_kind=self.baseline_combo.currentData(),
            target_value=stored_value(metric, self.target_spin.value()),
            direction=self.direction_combo.currentData(),
            budget=budget or None,
            resource_notes=self.notes_edit.text().strip(),
            start_on=day_of(self.start_edit),
            end_on=day_of(self.end_edit),
        )

    # --- live checks ------------------------------------------------------------------------

    def _connect_changes(self) -> None:
        for edit in (self.title_edit, self.unit_edit, self.notes_edit):
            edit.textChanged.connect(self._schedule)
        self.description_edit.textChanged.connect(self._schedule)
        combos = (
            self.metric_combo,
            self.direction_combo,
            self.owner_combo,
            self.parent_combo,
            self.baseline_combo,
            *self.scope_combos.values(),
        )
        for combo in combos:
            combo.currentIndexChanged.connect(self._schedule)
        self.metric_combo.currentIndexChanged.connect(self._on_metric_changed)
        self.metric_combo.activated.connect(self._on_metric_chosen)  # by the user only
        self.budget_spin.valueChanged.connect(self._schedule)
        self.target_spin.valueChanged.connect(self._on_target_changed)
        self.growth_spin.valueChanged.connect(self._on_growth_changed)
        for date_edit in (self.start_edit, self.end_edit):
            date_edit.dateChanged.connect(self._schedule)

    def _schedule(self) -> None:
        self.panel.show_busy()
        self._timer.start()
        if self._refusing:  # the reasons shown follow the form, the focus stays put
            self.errors.show(self.problems(), focus=False)

    def _run_checks(self) -> None:
        if self._task is not None:
            self._task.cancel()
        goal, database, today = self.goal(), self._database, self._today
        self._task = (
            Op(
                self.tr("Checking the goal"),
                lambda *_: service.check(database, goal, today),
                parent=self,
            )
            .success(lambda checked: self._show_checked(goal, checked))
            .failure(self._checks_failed)
            .run_in_background()
        )

    def _show_checked(self, goal: GoalSpec, checked: Checked) -> None:
        self._task = None
        self._checked = (goal, checked.report)
        self.panel.show_report(checked.report)
        self._baseline = checked.baseline
        self._show_baseline(goal, checked)
        self.headcount_label.setText(
            MISSING if checked.headcount is None else str(checked.headcount)
        )
        self._sync_growth()
        if self._save_when_checked:
            self._save_when_checked = False
            self.buttons.setEnabled(True)
            self._on_save()

    def _show_baseline(self, goal: GoalSpec, checked: Checked) -> None:
        """The baseline's value and period; growth over a baseline of 0 means nothing."""
        baseline = checked.baseline
        comparable = bool(baseline) and not goal.is_manual
        self.growth_spin.setEnabled(comparable)
        self.growth_spin.setToolTip(
            "" if comparable else self.tr("No history to compare: set the target value.")
        )
        if baseline is None:
            self.baseline_label.setText(self.tr("No baseline in this scope"))
            return
        value = format_value(goal, baseline, self._choices.currency)
        if baseline == 0:
            self.baseline_label.setText(
                self.tr("{value} ({period}): no history to compare").format(
                    value=value, period=checked.baseline_label
                )
            )
        else:
            self.baseline_label.setText(f"{value} ({checked.baseline_label})")

    def _checks_failed(self, error: BaseException) -> None:
        self._task = None
        self.panel.show_failure(str(error))
        if self._save_when_checked:  # nothing to judge the goal by: the user tries again
            self._save_when_checked = False
            self.buttons.setEnabled(True)

    # --- target and growth in step --------------------------------------------------------

    def _on_metric_changed(self) -> None:
        manual = self.metric_combo.currentData() == GoalMetric.MANUAL
        self.unit_edit.setEnabled(manual)
        self.growth_spin.setEnabled(not manual)
        metric = self.metric_combo.currentData()
        if metric in MONEY_METRICS:
            show_currency(self.target_spin, self._choices.currency)
        else:
            self.target_spin.setPrefix("")
            self.target_spin.setSuffix(" %" if metric in RATE_METRICS else "")

    def _on_metric_chosen(self) -> None:
        """Churn is the metric where less is better: the direction follows when it is
        picked (the manager may still turn it round)."""
        lower = self.metric_combo.currentData() == GoalMetric.CHURN_RATE
        _select(
            self.direction_combo,
            Direction.LOWER_IS_BETTER if lower else Direction.HIGHER_IS_BETTER,
        )

    def _on_target_changed(self) -> None:
        if not self._syncing:
            self._sync_growth()
            self._schedule()

    def _sync_growth(self) -> None:
        target = stored_value(self.metric_combo.currentData(), self.target_spin.value())
        change = growth(target, self._baseline)
        if change is not None:
            self._set_quietly(self.growth_spin, change * 100)

    def _on_growth_changed(self) -> None:
        if self._syncing or not self._baseline:  # growth over nothing gives no target
            return
        target = self._baseline + abs(self._baseline) * self.growth_spin.value() / 100
        self._set_quietly(self.target_spin, shown_value(self.metric_combo.currentData(), target))
        self._schedule()

    def _set_quietly(self, spin: QDoubleSpinBox, value: float) -> None:
        self._syncing = True
        try:
            spin.setValue(value)
        finally:
            self._syncing = False

    # --- saving -----------------------------------------------------------------------------

    def problems(self) -> list[tuple[str, str]]:
        """What keeps the goal from being saved, as (field, reason); the unit of a manual
        metric is its own field."""
        goal = self.goal()
        return [
            ("unit" if p.field == "metric" and goal.is_manual else p.field, p.message)
            for p in goal_problems(goal)
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves a complete goal; in an incomplete one it goes to the first field
        still to fill in. On a button, Enter presses that button."""
        plain = event.modifiers() in _PLAIN
        if event.key() not in _ENTER_KEYS or not plain:
            super().keyPressEvent(event)
            return
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton):
            focused.click()
            return
        problems = self.problems()
        if problems:
            self.errors.widget(problems[0][0]).setFocus(Qt.FocusReason.TabFocusReason)
            return
        if self.buttons.isEnabled():
            self._on_save()

    def _on_save(self) -> None:
        """Refuses at the fields what cannot be saved; asks before saving a goal whose A, R
        or T check fails; then saves."""
        self._refusing = True
        if self.errors.show(self.problems()):
            return
        goal = self.goal()
        if self._checked is None or self._checked[0] != goal or self._timer.isActive():
            self._save_when_checked = True  # judged by the checks of the form as it is
            self.buttons.setEnabled(False)
            self._timer.stop()
            self._run_checks()
            return
        objections = self._checked[1].objections()
        if objections and not AskFirst.ask(
            self,
            self.tr("Save the goal?"),
            self.tr("The SMART check finds this goal hard to reach or to time:"),
            [f"{check.letter}: {check.sentence}" for check in objections],
            self.tr("Save anyway"),
        ):
            return
        self._write(goal)

    def _write(self, goal: GoalSpec) -> None:
        try:
            pending = self._save(goal)
        except Exception as error:  # the form keeps the edit; the user may retry or cancel
            self._refused(error)
            return
        if pending is None:
            self.accept()
            return
        self.buttons.setEnabled(False)  # until the write is in (or refused)
        pending.when_made(lambda _change: self.accept(), self._refused)

    def _refused(self, error: BaseException) -> None:
        from salesdesk.store.editing import EditConflictError

        self.buttons.setEnabled(True)
        if isinstance(error, EditConflictError):
            self._conflict(error.theirs)
            return
        Messages.error(
            self,
            self.tr("Goal"),
            self.tr("The goal could not be saved: {error}").format(error=error),
        )

    def _conflict(self, theirs: dict[str, Any]) -> None:
        """Someone else saved the goal since it was opened: theirs and mine, and the choice."""
        from salesdesk.goals.goal import goal_from_row

        mine = self.goal()
        their_texts, my_texts = self._texts(goal_from_row(theirs)), self._texts(mine)
        choice = ConflictDialog.ask(self, differences(their_texts, my_texts))
        if choice is ConflictChoice.KEEP_THEIRS:
            self.reject()  # nothing of mine is saved; the list shows theirs
            return
        self._version = theirs.get("version")  # mine is now made from theirs
        if choice is ConflictChoice.OVERWRITE:
            self._write(self.goal())

    def _texts(self, goal: GoalSpec) -> dict[str, str]:
        """The goal's fields as the form shows them, by their labels."""

        def named(combo: QComboBox, value: Any) -> str:
            index = combo.findData(value)
            return combo.itemText(index) if index >= 0 else MISSING

        owner = (f"member:{goal.owner_member_id}" if goal.owner_member_id
                 else f"team:{goal.owner_team_id}" if goal.owner_team_id else None)  # fmt: skip
        currency = self._choices.currency
        texts = {
            self.tr("Title:"): goal.title,
            self.tr("Description:"): goal.description,
            self.tr("Metric:"): named(self.metric_combo, goal.metric),
            self.tr("Direction:"): named(self.direction_combo, goal.direction),
            self.tr("Owner:"): named(self.owner_combo, owner),
            self.tr("Parent goal:"): named(self.parent_combo, goal.parent_id),
            self.tr("Baseline:"): named(self.baseline_combo, goal.baseline_kind),
            self.tr("Target value:"): format_value(goal, goal.target_value, currency),
            self.tr("Budget:"): format_money(goal.budget, currency) if goal.budget else MISSING,
            self.tr("Notes:"): goal.resource_notes,
            self.tr("Start:"): format_date(goal.start_on) if goal.start_on else MISSING,
            self.tr("End:"): format_date(goal.end_on) if goal.end_on else MISSING,
        }
        return {label.rstrip(": "): text or MISSING for label, text in texts.items()}

    def done(self, result: int) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
        super().done(result)

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        choices: EditorChoices,
        database: Database,
        *,
        today: date,
        save: SaveFn,
        goal: GoalSpec | None = None,
    ) -> bool:
        """Opens the editor; True when the goal was saved."""
        dialog = cls(choices, database, today=today, save=save, goal=goal, parent=parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


def _combo(entries: list[tuple[Any, str]] | list[Choice]) -> QComboBox:
    combo = QComboBox()
    for data, name in entries:
        combo.addItem(name, data)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def _spin(low: float, high: float, decimals: int) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def _group(title: str, form: QFormLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(form)
    return box
