"""Pipelines and stages (Pipeline > Pipelines and stages…): a head of sales creates, renames
and deactivates pipelines, and adds, renames, reorders and deletes their stages, setting each
stage's default chance to win and the days after which an idle deal in it rots.

Every change is a core edit of :mod:`salesdesk.pipeline.stage_edits` put on the window's undo
stack by the section (so Edit > Undo takes it back later too); the dialog reads the pipelines
again whenever one is written. A value the core would refuse is refused at its field first,
with the core's reason, and nothing is written. Deleting a stage that deals use asks where
they go, saying how many they are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import format_number

from ui.dialogs.buttons import ok_cancel
from ui.pipeline.stage_model import NAME, STAGE_ID_ROLE, StageTableModel
from ui.tasks import Op, Task
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from salesdesk.metrics.stages import Pipeline, Stage
    from salesdesk.pipeline.service import Setup
    from salesdesk.pipeline.stage_edits import StageUsage
    from salesdesk.store.changes import Change, Edit
    from salesdesk.store.db import Database

    from ui.undo import EditCommand

# Puts an edit on the undo stack under a text; None when the database cannot be written.
Push = Callable[[str, "Edit"], "EditCommand | None"]
ERROR_STYLE = "color: #c62828;"  # an error reads red in either scheme


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _show_problem(label: QLabel, problem: str) -> bool:
    """Shows ``problem`` under its field (hides the label when there is none); True if any."""
    label.setText(problem)
    label.setVisible(bool(problem))
    return bool(problem)


def _percent_text(probability: float) -> str:
    """0.45 -> "45", 0.125 -> "12.5" ("12,5" in Russian)."""
    percent = round(probability * 100, 1)
    return format_number(percent, 0 if percent.is_integer() else 1)


def parse_percent(text: str) -> float | None:
    """ "45", "45 %", "45,5" -> 45.5; None when it is not a number."""
    try:
        return float(text.strip().removesuffix("%").strip().replace(",", "."))
    except ValueError:
        return None


def parse_days(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


class PipelineSetupDialog(QDialog):
    """The pipelines, the stages of the one chosen, and the chosen stage's fields."""

    loaded = Signal()  # the pipelines were read again and are shown

    def __init__(
        self, push: Push, stack: Callable[[], QUndoStack], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pipelines and stages"))
        self._push, self._stack = push, stack
        self._database: Database | None = None
        self._task: Task | None = None
        self.setup: Setup | None = None
        self._pipeline_id: int | None = None
        self._stage_id: int | None = None  # the stage the form shows
        self.model = StageTableModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_pipeline_row())
        middle = QHBoxLayout()
        middle.addLayout(self._build_stage_list(), 2)
        middle.addWidget(self._build_form(), 1)
        layout.addLayout(middle, 1)
        self.note = QLabel(self.tr(
            "A stage's chance to win is its default: once 20 deals closed in the last 365 days "
            "have passed through it, the forecast learns the chance from them."
        ))  # fmt: skip
        self.note.setWordWrap(True)
        mute(self.note)
        layout.addWidget(self.note)
        layout.addLayout(self._build_bottom_row())
        for button in self.findChildren(QPushButton):  # Return in a field applies the field
            button.setAutoDefault(False)
        self.resize(980, 520)

    # --- building ----------------------------------------------------------------------------

    def _build_pipeline_row(self) -> QHBoxLayout:
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pipeline_combo.activated.connect(lambda _i: self._choose_pipeline())
        label = QLabel(self.tr("&Pipeline:"))
        label.setBuddy(self.pipeline_combo)
        self.new_pipeline_button = QPushButton(self.tr("&New pipeline…"))
        self.new_pipeline_button.clicked.connect(self.new_pipeline)
        self.rename_pipeline_button = QPushButton(self.tr("Re&name…"))
        self.rename_pipeline_button.clicked.connect(self.rename_pipeline)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setToolTip(self.tr(
            "New deal… does not offer an inactive pipeline; its deals and figures stay."
        ))  # fmt: skip
        self.active_button.clicked.connect(self.toggle_active)
        row = QHBoxLayout()
        for widget in (label, self.pipeline_combo, self.new_pipeline_button,
                       self.rename_pipeline_button, self.active_button):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_stage_list(self) -> QVBoxLayout:
        self.stages = QTableView()
        self.stages.setModel(self.model)
        self.stages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stages.verticalHeader().hide()
        self.stages.setWordWrap(False)
        header = self.stages.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # names in full; the figures share what is left
        self.stages.setAccessibleName(self.tr("Stages"))
        self.stages.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_stage(current.data(STAGE_ID_ROLE))
        )
        self.add_button = self._stage_button(self.tr("&Add stage…"), self.add_stage, "Ctrl+N")
        self.up_button = self._stage_button(
            self.tr("Move &up"), lambda: self.move_stage(-1), "Ctrl+Up"
        )
        self.down_button = self._stage_button(
            self.tr("Move &down"), lambda: self.move_stage(1), "Ctrl+Down"
        )
        # The delete key only in the list, where it cannot eat a field's keystroke.
        self.delete_button = self._stage_button(
            self.tr("De&lete…"), self.delete_stage, "Del", self.stages
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.stages, 1)
        column.addLayout(buttons)
        return column

    def _stage_button(
        self, text: str, slot: Callable[[], None], shortcut: str, scope: QWidget | None = None
    ) -> QPushButton:
        """A button with a keyboard twin that works anywhere in the dialog, or in ``scope``."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        key = QKeySequence(shortcut)
        action = QAction(self)
        action.setShortcut(key)
        action.triggered.connect(lambda _checked=False: slot())
        if scope is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        (scope or self).addAction(action)
        native = key.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text.replace('&', '')} ({native})")
        return button

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stage"))
        self.name_edit = QLineEdit()
        self.name_error = _error_label()
        self.chance_edit = QLineEdit()
        self.chance_edit.setPlaceholderText(self.tr("0 to 100"))
        self.chance_error = _error_label()
        self.rotting_edit = QLineEdit()
        self.rotting_edit.setPlaceholderText(self.tr("1 or more"))
        self.rotting_error = _error_label()
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above
        form.addRow(self.tr("N&ame"), self.name_edit)
        form.addRow(self.name_error)
        form.addRow(self.tr("&Chance to win, %"), self.chance_edit)
        form.addRow(self.chance_error)
        form.addRow(self.tr("&Rots after, days"), self.rotting_edit)
        form.addRow(self.rotting_error)
        self.usage_label = QLabel()
        self.usage_label.setWordWrap(True)
        mute(self.usage_label)
        form.addRow(self.usage_label)
        self.name_edit.editingFinished.connect(self.apply_name)
        self.chance_edit.editingFinished.connect(self.apply_chance)
        self.rotting_edit.editingFinished.connect(self.apply_rotting)
        return box

    def _build_bottom_row(self) -> QHBoxLayout:
        stack = self._stack()
        self.undo_button = self._history_button(
            self.tr("Undo"), stack.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_button = self._history_button(
            self.tr("Redo"), stack.redo, QKeySequence.StandardKey.Redo
        )
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(self.undo_button.setToolTip)
        stack.redoTextChanged.connect(self.redo_button.setToolTip)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.state = QLabel()
        mute(self.state)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addWidget(self.state, 1)
        row.addWidget(close)
        return row

    def _history_button(
        self, text: str, slot: Callable[[], None], key: QKeySequence.StandardKey
    ) -> QPushButton:
        """Undo or redo on the window's stack (the window's menu is out of reach while the
        dialog is open); its tooltip names the edit."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        action = QAction(self)
        action.setShortcut(key)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return button

    # --- loading ---------------------------------------------------------------------------

    def show_for(self, database: Database, pipeline_id: int | None) -> None:
        """Opens the dialog (window-modal, without blocking) on ``pipeline_id``."""
        self._database, self._pipeline_id = database, pipeline_id
        self.reload()
        self.open()

    def reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Reads the pipelines and their stages again (after an edit, an undo, a redo)."""
        database = self._database
        if database is None:
            return
        if self._task is not None:
            self._task.cancel()
        from salesdesk.pipeline import service

        self.state.setText(self.tr("Loading…"))
        self._task = (
            Op(self.tr("Loading the pipelines"), lambda *_: service.setup(database), parent=self)
            .success(self._show)
            .failure(lambda error: self.state.setText(str(error)))
            .run_in_background()
        )

    def _show(self, setup: Setup) -> None:
        self._task, self.setup = None, setup
        self.state.setText("")
        self.pipeline_combo.clear()
        for pipeline in setup.pipelines:
            text = (
                pipeline.name
                if pipeline.active
                else self.tr("{name} (inactive)").format(name=pipeline.name)
            )
            self.pipeline_combo.addItem(text, pipeline.id)
        index = self.pipeline_combo.findData(self._pipeline_id)
        self.pipeline_combo.setCurrentIndex(max(index, 0))
        self._choose_pipeline()
        self.loaded.emit()

    def pipeline(self) -> Pipeline | None:
        pipeline_id = self.pipeline_combo.currentData()
        pipelines = self.setup.pipelines if self.setup else []
        return next((p for p in pipelines if p.id == pipeline_id), None)

    def _choose_pipeline(self) -> None:
        pipeline = self.pipeline()
        self._pipeline_id = pipeline.id if pipeline else None
        stages = list(pipeline.stages) if pipeline else []
        self.model.set_stages(stages, self.setup.usage if self.setup else {})
        active = pipeline is None or pipeline.active
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Activate"))
        for widget in (self.rename_pipeline_button, self.active_button, self.add_button):
            widget.setEnabled(pipeline is not None)
        row = self.model.row_of(self._stage_id) if self._stage_id is not None else None
        self.select_row(row if row is not None else 0)

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._show_stage(None)
            return
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        self.stages.selectionModel().setCurrentIndex(self.model.index(row, NAME), flags)
        self._show_stage(self.model.stage(row).id)

    def stage(self) -> Stage | None:
        row = self.model.row_of(self._stage_id) if self._stage_id is not None else None
        return self.model.stage(row) if row is not None else None

    def _usage(self, stage: Stage) -> StageUsage | None:
        return self.setup.usage.get(stage.id) if self.setup else None

    def _show_stage(self, stage_id: int | None) -> None:
        self._stage_id = stage_id
        stage = self.stage()
        for label in (self.name_error, self.chance_error, self.rotting_error):
            _show_problem(label, "")
        self.name_edit.setText(stage.name if stage else "")
        self.chance_edit.setText(_percent_text(stage.probability) if stage else "")
        self.rotting_edit.setText(str(stage.rotting_days) if stage else "")
        usage = self._usage(stage) if stage else None
        self.usage_label.setText(self._usage_text(stage, usage))
        for widget in (self.name_edit, self.chance_edit, self.rotting_edit, self.delete_button):
            widget.setEnabled(stage is not None)
        row = self.model.row_of(stage.id) if stage else None
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)

    def _usage_text(self, stage: Stage | None, usage: StageUsage | None) -> str:
        if stage is None:
            return ""
        if usage is None or not usage.used:
            return self.tr("No deal uses this stage.")
        from salesdesk.pipeline.stage_edits import in_use_sentence

        return in_use_sentence(stage.name, usage)

    # --- editing the chosen stage ------------------------------------------------------------

    def apply_name(self) -> None:
        stage, pipeline = self.stage(), self.pipeline()
        name = self.name_edit.text()
        if stage is None or pipeline is None or name.strip() == stage.name:
            return
        from salesdesk.pipeline.stage_edits import name_problem, update_stage

        taken = [s.name for s in pipeline.stages if s.id != stage.id]
        if _show_problem(self.name_error, name_problem(name, taken)):
            return
        text = self.tr("Rename stage {old} to {new}").format(old=stage.name, new=name.strip())
        self._write(text, partial(update_stage, stage_id=stage.id, name=name), self.name_error)

    def apply_chance(self) -> None:
        stage = self.stage()
        if stage is None:
            return
        from salesdesk.pipeline.stage_edits import probability_problem, update_stage

        percent = parse_percent(self.chance_edit.text())
        if _show_problem(self.chance_error, probability_problem(percent)):
            return
        assert percent is not None
        if round(percent / 100, 6) == round(stage.probability, 6):
            return
        text = self.tr("Set the chance to win of {stage} to {percent} %").format(
            stage=stage.name, percent=_percent_text(percent / 100)
        )
        edit = partial(update_stage, stage_id=stage.id, probability=round(percent / 100, 6))
        self._write(text, edit, self.chance_error)

    def apply_rotting(self) -> None:
        stage = self.stage()
        if stage is None:
            return
        from salesdesk.pipeline.stage_edits import rotting_days_problem, update_stage

        days = parse_days(self.rotting_edit.text())
        if _show_problem(self.rotting_error, rotting_days_problem(days)):
            return
        if days == stage.rotting_days:
            return
        text = self.tr("Let deals rot after %n day(s) in {stage}", "", days or 0).format(
            stage=stage.name
        )
        edit = partial(update_stage, stage_id=stage.id, rotting_days=days)
        self._write(text, edit, self.rotting_error)

    def _write(
        self,
        text: str,
        edit: Edit,
        problem: QLabel | None = None,
        made: Callable[[Change], None] = lambda _change: None,
    ) -> None:
        """Puts ``edit`` on the undo stack; a refusal (of a change made meanwhile by someone
        else, say) shows at ``problem`` when given, else under the list."""
        command = self._push(text, edit)
        if command is None:
            return
        if problem is None:
            command.when_made(made, self._report)
        else:
            command.when_made(made, lambda error: self._report(error, problem))

    # --- stages ------------------------------------------------------------------------------

    def add_stage(self) -> None:
        pipeline = self.pipeline()
        if pipeline is None:
            return
        from salesdesk.pipeline.stage_edits import add_stage, name_problem

        taken = [s.name for s in pipeline.stages]
        name = NameDialog.ask(self, self.tr("Add a stage"), self.tr("Stage"), "",
                              lambda text: name_problem(text, taken))  # fmt: skip
        if name is None:
            return
        self._write(
            self.tr("Add stage {stage}").format(stage=name.strip()),
            partial(add_stage, pipeline_id=pipeline.id, name=name),
            made=partial(self._select_created, "stage"),
        )

    def move_stage(self, step: int) -> None:
        stage = self.stage()
        row = self.model.row_of(stage.id) if stage else None
        if stage is None or row is None or not 0 <= row + step < self.model.rowCount():
            return
        from salesdesk.pipeline.stage_edits import move_stage

        text = (self.tr("Move stage {stage} up") if step < 0
                else self.tr("Move stage {stage} down")).format(stage=stage.name)  # fmt: skip
        self._write(text, partial(move_stage, stage_id=stage.id, step=step))

    def delete_stage(self) -> None:
        stage, pipeline = self.stage(), self.pipeline()
        if stage is None or pipeline is None:
            return
        from salesdesk.pipeline.stage_edits import delete_stage, in_use_sentence, too_many_problem

        if len(pipeline.stages) == 1:
            self._report_text(self.tr("A pipeline keeps at least one stage."))
            return
        usage = self._usage(stage)
        move_to = None
        if usage is not None and usage.used:
            if problem := too_many_problem(stage.name, usage):
                self._report_text(problem)
                return
            others = [s for s in pipeline.stages if s.id != stage.id]
            default = others[max((self.model.row_of(stage.id) or 0) - 1, 0)].id
            move_to = DeleteStageDialog.ask(
                self, stage.name, in_use_sentence(stage.name, usage), others, default
            )
            if move_to is None:
                return
        text = self.tr("Delete stage {stage}").format(stage=stage.name)
        row = self.model.row_of(stage.id) or 0
        self._stage_id = move_to or self.model.stage(row - 1 if row else 1).id  # a neighbour
        self._write(text, partial(delete_stage, stage_id=stage.id, move_to=move_to))

    # --- pipelines ---------------------------------------------------------------------------

    def new_pipeline(self) -> None:
        from salesdesk.pipeline.stage_edits import create_pipeline, name_problem

        taken = [p.name for p in self.setup.pipelines] if self.setup else []
        name = NameDialog.ask(self, self.tr("New pipeline"), self.tr("Pipeline"), "",
                              lambda text: name_problem(text, taken, what="pipeline"))  # fmt: skip
        if name is None:
            return
        self._write(
            self.tr("New pipeline {pipeline}").format(pipeline=name.strip()),
            partial(create_pipeline, name=name),
            made=partial(self._select_created, "pipeline"),
        )

    def rename_pipeline(self) -> None:
        pipeline = self.pipeline()
        if pipeline is None or self.setup is None:
            return
        from salesdesk.pipeline.stage_edits import name_problem, rename_pipeline

        taken = [p.name for p in self.setup.pipelines if p.id != pipeline.id]
        name = NameDialog.ask(self, self.tr("Rename the pipeline"), self.tr("Pipeline"),
                              pipeline.name,
                              lambda text: name_problem(text, taken, what="pipeline"))  # fmt: skip
        if name is None or name.strip() == pipeline.name:
            return
        text = self.tr("Rename pipeline {old} to {new}").format(old=pipeline.name, new=name.strip())
        self._write(text, partial(rename_pipeline, pipeline_id=pipeline.id, name=name))

    def toggle_active(self) -> None:
        pipeline = self.pipeline()
        if pipeline is None:
            return
        from salesdesk.pipeline.stage_edits import set_pipeline_active

        if pipeline.active:
            text = self.tr("Deactivate pipeline {pipeline}").format(pipeline=pipeline.name)
        else:
            text = self.tr("Activate pipeline {pipeline}").format(pipeline=pipeline.name)
        self._write(
            text,
            partial(set_pipeline_active, pipeline_id=pipeline.id, active=not pipeline.active),
        )

    # --- after an edit -------------------------------------------------------------------------

    def _select_created(self, table: str, change: Change) -> None:
        from salesdesk.store.changes import created

        row_id = created(change, table)
        if table == "pipeline":
            self._pipeline_id, self._stage_id = row_id, None
        else:
            self._stage_id = row_id

    def _report(self, error: BaseException, at: QLabel | None = None) -> None:
        """Says why an edit was not made: at its field, or under the list."""
        if at is not None:
            _show_problem(at, str(error))
        else:
            self._report_text(str(error))

    def _report_text(self, text: str) -> None:
        self.state.setText(text)
        self.state.setStyleSheet(ERROR_STYLE)


class NameDialog(QDialog):
    """A name for a new or renamed pipeline or stage, refused at the field with the reason."""

    def __init__(
        self, title: str, label: str, name: str, problem: Callable[[str], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._problem = problem
        self.name = QLineEdit(name)
        self.name.selectAll()
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(label, self.name)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.resize(380, self.sizeHint().height())

    def accept(self) -> None:
        if _show_problem(self.error, self._problem(self.name.text())):
            self.name.setFocus()
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget, title: str, label: str, name: str, problem: Callable[[str], str]
    ) -> str | None:
        dialog = cls(title, label, name, problem, parent)
        return dialog.name.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DeleteStageDialog(QDialog):
    """Asks before a stage that deals use is deleted: how many they are, and which stage of
    the pipeline takes them and their time in it."""

    def __init__(
        self, stage: str, usage: str, others: list[Stage], default: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete stage {stage}").format(stage=stage))
        sentence = QLabel(usage)
        sentence.setWordWrap(True)
        self.target = QComboBox()
        for other in others:
            self.target.addItem(other.name, other.id)
        self.target.setCurrentIndex(max(self.target.findData(default), 0))
        explained = QLabel(self.tr(
            "They move to the stage chosen, with their history: their time in {stage} "
            "counts as time in it. Undo puts them back."
        ).format(stage=stage))  # fmt: skip
        explained.setWordWrap(True)
        mute(explained)
        buttons = QDialogButtonBox()
        self.delete_button = buttons.addButton(
            self.tr("Move them and delete"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(sentence)
        form.addRow(self.tr("Move them to"), self.target)
        form.addRow(explained)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    @classmethod
    def ask(
        cls, parent: QWidget, stage: str, usage: str, others: list[Stage], default: int
    ) -> int | None:
        """The stage that takes the deals, or None when the user keeps the stage."""
        dialog = cls(stage, usage, others, default, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return int(dialog.target.currentData())
