"""The Goals section (SPEC §4 Goals, §5): goals grouped by owner beside the selected goal.

The list and the selected goal load on worker threads through :mod:`salesdesk.goals.service`
(progress needs the metrics). Every edit — a goal created, changed or deleted, a check-in
added, changed or deleted — is a core edit of :mod:`salesdesk.goals.edits` pushed on the main
window's undo stack (:mod:`ui.undo`); when it, its undo or its redo commits, the list and the
goal are read again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.goals import service
from salesdesk.store.changes import created

from ui.dialogs.messages import Confirm
from ui.goals.checkin_dialog import CheckinDialog, CheckinValues
from ui.goals.progress_delegate import ProgressBarDelegate
from ui.goals.tree_model import (
    DATES_COLUMN,
    LINE_ROLE,
    METRIC_COLUMN,
    PROGRESS_COLUMN,
    TITLE_COLUMN,
    GoalTreeModel,
)
from ui.goals.view import GoalView
from ui.section import AppContext, Section
from ui.settings import AppSettings
from ui.tasks import Op, Task
from ui.undo import EditCommand, Edits
from ui.widgets.centred_page import heading_label
from ui.widgets.columns import fit_widths, inner_width, show_column_menu, title_width
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.goals.choices import EditorChoices
    from salesdesk.goals.detail import GoalDetail
    from salesdesk.goals.goal import GoalSpec
    from salesdesk.goals.overview import GoalLine
    from salesdesk.store.changes import Change, Edit

SPLITTER_STATE = "goals/splitter"
HEADER_STATE = "goals/tree_header"
DEFAULT_SPLIT = (60_000, 50_000)
# What a laptop's screen has room for beside the selected goal.
HIDDEN_BY_DEFAULT = (METRIC_COLUMN, DATES_COLUMN)
TITLE_WIDTH, TITLE_MIN = 300, 150  # what a goal's title would like, and the least it gets


class GoalsSection(Section):
    loaded = Signal()  # the list of the current context is on screen
    detail_loaded = Signal()  # the selected goal is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Goals")
        self.icon_name = "goals"
        self._list_task: Task | None = None
        self._detail_task: Task | None = None
        self._shown_detail: GoalDetail | None = None
        self._selected_id: int | None = None
        self.model = GoalTreeModel(self)
        self.edits = Edits(self, title=lambda: self.title, changed=self._after_edit)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressBarDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Goals by owner"))
        self.tree.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.tree.doubleClicked.connect(lambda _index: self.edit_goal())
        self.state_label = QLabel()
        mute(self.state_label)
        self.state_label.setWordWrap(True)
        self.view = GoalView()
        self.view.add_checkin.connect(self.add_checkin)
        self.view.edit_checkin.connect(self.edit_checkin)
        self.view.delete_checkin.connect(self.delete_checkin)
        self.pages = QStackedWidget()
        self.hint = heading_label(self.tr("Select a goal to see its progress"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.view)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._build_toolbar())
        left_layout.addWidget(self.state_label)
        left_layout.addWidget(self.tree)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._restore_state()

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        self.new_action = QAction(self.tr("New goal…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.new_action.triggered.connect(self.new_goal)
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.triggered.connect(self.edit_goal)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.triggered.connect(self.delete_goal)
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        self._update_actions()
        return toolbar

    # --- state ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = AppSettings()
        splitter = settings.state(SPLITTER_STATE)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes(list(DEFAULT_SPLIT))
        header = settings.state(HEADER_STATE)
        self._columns_sized = not header.isEmpty() and self.tree.header().restoreState(header)
        if not self._columns_sized:  # the goal's view shows them; the header's menu, too
            for column in HIDDEN_BY_DEFAULT:
                self.tree.header().hideSection(column)
        self.tree.header().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.header().customContextMenuRequested.connect(
            lambda position: show_column_menu(
                self.tree.header(), position, changed=self._save_header
            )
        )
        self.tree.header().setToolTip(self.tr("Right-click to choose the columns"))
        self.splitter.splitterMoved.connect(
            lambda *_: AppSettings().set_state(SPLITTER_STATE, self.splitter.saveState())
        )
        self.tree.header().sectionResized.connect(self._save_header)

    def _save_header(self) -> None:
        AppSettings().set_state(HEADER_STATE, self.tree.header().saveState())

    def _read_only(self) -> bool:
        return self.context is None or self.context.read_only

    def _update_actions(self) -> None:
        writable = self.context is not None and not self._read_only()
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and self._selected_id is not None)
        self.delete_action.setEnabled(writable and self._selected_id is not None)

    # --- loading ----------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.reload()

    def reload(self) -> None:
        """Reads the goals and their progress again, keeping the selection."""
        if self._list_task is not None:
            self._list_task.cancel()
        context = self.context
        self._update_actions()
        if context is None or context.database is None:
            self.model.set_lines([], "")
            self.pages.setCurrentWidget(self.hint)
            return
        self.state_label.setText(self.tr("Loading the goals…"))
        self.state_label.show()
        database, today = context.database, _today()
        self._list_task = (
            Op(
                self.tr("Loading the goals"),
                lambda *_: service.overview(database, today),
                parent=self,
            )
            .success(lambda lines: self._show_lines(lines, context.currency))
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show_lines(self, lines: list[GoalLine], currency: str) -> None:
        self._list_task = None
        self.model.set_lines(lines, currency)
        self.tree.expandAll()
        if not self._columns_sized and lines:  # once; afterwards the user's widths persist
            self._fit_columns()
            self._columns_sized = True
        self.state_label.setText(
            self.tr("No goals yet: create one with New goal.") if not lines else ""
        )
        self.state_label.setVisible(not lines)
        if self._selected_id is None and lines and lines[0].goal.id is not None:
            self._selected_id = lines[0].goal.id  # a goal on screen rather than a hint
        if self._selected_id is not None:
            index = self.model.index_of_goal(self._selected_id)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self._load_detail(self._selected_id)
            else:
                self._selected_id = None
                self.pages.setCurrentWidget(self.hint)
        self._update_actions()
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """The figures as wide as they are, the titles in the room left — cut short, with a
        tooltip, rather than a list that scrolls sideways."""
        header, tree = self.tree.header(), self.tree
        shown = [c for c in range(self.model.columnCount()) if not header.isSectionHidden(c)]
        wanted = {c: max(tree.sizeHintForColumn(c), title_width(header, c)) for c in shown}
        least = {c: title_width(header, c) for c in shown}
        wanted[TITLE_COLUMN] = max(wanted[TITLE_COLUMN], TITLE_WIDTH)
        least[TITLE_COLUMN] = TITLE_MIN
        room = inner_width(
            tree.width(), tree.frameWidth(), tree.verticalScrollBar().sizeHint().width()
        )
        for column, width in fit_widths(wanted, least, {TITLE_COLUMN}, room).items():
            header.resizeSection(column, width)

    def _show_failure(self, error: BaseException) -> None:
        self._list_task = None
        message = self.tr("The goals could not be loaded: {error}").format(error=error)
        self.state_label.setText(message)
        self.state_label.show()
        self.status_message.emit(message)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = current.data(LINE_ROLE) if current.isValid() else None
        self._selected_id = line.goal.id if line is not None else None
        self._update_actions()
        if self._selected_id is None:
            self.pages.setCurrentWidget(self.hint)
            return
        self._load_detail(self._selected_id)

    def _load_detail(self, goal_id: int) -> None:
        if self._detail_task is not None:
            self._detail_task.cancel()
        context = self.context
        if context is None or context.database is None:
            return
        database, today = context.database, _today()
        self._detail_task = (
            Op(
                self.tr("Loading the goal"),
                lambda *_: service.detail(database, goal_id, today),
                parent=self,
            )
            .success(self._show_detail)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show_detail(self, detail: GoalDetail) -> None:
        self._detail_task = None
        if detail.goal.id != self._selected_id:
            return
        self._shown_detail = detail
        self.view.show_detail(detail, read_only=self._read_only())
        self.pages.setCurrentWidget(self.view)
        self.detail_loaded.emit()

    # --- editing goals ----------------------------------------------------------------------

    def new_goal(self) -> None:
        self._with_choices(lambda choices: self._open_editor(choices, None))

    def edit_goal(self) -> None:
        line = self.tree.currentIndex().data(LINE_ROLE)
        if line is None or self._read_only():
            return
        self._with_choices(lambda choices: self._open_editor(choices, line.goal))

    def _with_choices(self, then: Callable[[EditorChoices], None]) -> None:
        context = self.context
        if context is None or context.database is None or self._read_only():
            return
        database = context.database
        (
            Op(
                self.tr("Preparing the goal editor"),
                lambda *_: service.editor_choices(database),
                parent=self,
            )
            .success(then)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _open_editor(self, choices: EditorChoices, goal: GoalSpec | None) -> None:
        from salesdesk.goals import edits as goal_edits

        from ui.goals.editor import GoalEditor

        assert self.context is not None and self.context.database is not None
        database = self.context.database

        def save(edited: GoalSpec) -> EditCommand | None:
            if edited.id:
                text = self.tr("Edit goal {title}").format(title=edited.title)
            else:
                text = self.tr("New goal {title}").format(title=edited.title)
            return self._edit(text, partial(goal_edits.save_goal, goal=edited))

        GoalEditor.edit(self, choices, database, today=_today(), save=save, goal=goal)

    def delete_goal(self) -> None:
        line = self.tree.currentIndex().data(LINE_ROLE)
        context = self.context
        if line is None or context is None or context.database is None or self._read_only():
            return
        database, goal, goal_id = context.database, line.goal, line.goal.id
        if goal_id is None:  # listed goals are saved ones
            return
        (
            Op(
                self.tr("Reading what depends on the goal"),
                lambda *_: service.dependents(database, goal_id),
                parent=self,
            )
            .success(lambda counts: self._confirm_delete(goal, goal_id, *counts))
            .failure(self.edits.report)
            .run_in_background()
        )

    def _confirm_delete(self, goal: GoalSpec, goal_id: int, children: int, checkins: int) -> None:
        from salesdesk.goals import edits as goal_edits

        detail = self.tr(
            "Sub-goals that stay as goals of their own: {children}. Check-ins deleted with it:"
            " {checkins}."
        ).format(children=children, checkins=checkins)
        question = self.tr('Delete the goal "{title}"?').format(title=goal.title)
        if not Confirm.ask(
            self, self.tr("Delete goal"), question, detail if children or checkins else ""
        ):
            return
        self._edit(
            self.tr("Delete goal {title}").format(title=goal.title),
            partial(goal_edits.delete_goal, goal_id=goal_id),
        )

    # --- editing check-ins ------------------------------------------------------------------

    def _shown_title(self) -> str:
        return self._shown_detail.goal.title if self._shown_detail else ""

    def add_checkin(self) -> None:
        if self._selected_id is None or self._read_only():
            return
        values = CheckinDialog.ask(self, CheckinValues(_today(), None, ""))
        if values is not None:
            self._save_checkin(self.tr("Add a check-in to {title}"), values)

    def edit_checkin(self, checkin_id: int) -> None:
        shown = self._shown_detail
        if self._selected_id is None or shown is None:
            return
        # the check-in as the goal view shows it: no query on the GUI thread
        checkin = next((c for c in shown.checkins if c.id == checkin_id), None)
        if checkin is None:
            return
        values = CheckinDialog.ask(self, CheckinValues(checkin.day, checkin.value, checkin.note))
        if values is not None:
            self._save_checkin(self.tr("Edit a check-in of {title}"), values, checkin_id)

    def _save_checkin(
        self, text: str, values: CheckinValues, checkin_id: int | None = None
    ) -> None:
        from salesdesk.goals import edits as goal_edits

        goal_id = self._selected_id
        if goal_id is None:
            return
        edit = partial(
            goal_edits.save_checkin,
            goal_id=goal_id,
            day=values.day,
            value=values.value,
            note=values.note,
            checkin_id=checkin_id,
        )
        self._edit(text.format(title=self._shown_title()), edit)

    def delete_checkin(self, checkin_id: int) -> None:
        from salesdesk.goals import edits as goal_edits

        if self._read_only():
            return
        self._edit(
            self.tr("Delete a check-in of {title}").format(title=self._shown_title()),
            partial(goal_edits.delete_checkin, checkin_id=checkin_id),
        )

    # --- the undo stack ---------------------------------------------------------------------

    def _edit(self, text: str, edit: Edit) -> EditCommand | None:
        """Puts the edit on the window's undo stack; the goals are read again when it is in
        (a new goal is selected then)."""
        context = self.context
        if context is None or context.database is None:
            return None
        return self.edits.push(text, context.database, edit)

    def _after_edit(self, change: Change) -> None:
        goal_id = created(change, "goal")
        if goal_id is not None:
            self._selected_id = goal_id
        self.reload()


# The metrics and the goal core import SQLAlchemy: they load with the first goal, not at start-up.


def _today() -> date:
    from salesdesk.metrics import clock

    return clock.today()
