"""The Pipeline section (issue 15): the board, the list of the same deals, My day and the
analytics, with the chosen deal's detail beside the board and the list.

Filters (pipeline, owner, team, the lens's dimension, expected close, search) narrow the
board and the list alike. Every change — a drag to another stage, a keyboard move, won, lost,
a follow-up done — is a core edit of :mod:`salesdesk.pipeline.edits` put on the window's undo
stack (:mod:`ui.undo`), written on the database's writer; the views are read again when it
commits. Everything shown is read through :mod:`salesdesk.pipeline.service`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import MISSING, format_date, format_money
from salesdesk.periods import Period

from ui.dialogs.conflict import ConflictChoice, ConflictDialog, differences, shown_by_label
from ui.dialogs.messages import Messages
from ui.pipeline.analytics_view import AnalyticsView
from ui.pipeline.board_model import CARD_ROLE, DEAL_ID_ROLE, BoardModel, BoardSource
from ui.pipeline.board_view import BoardView
from ui.pipeline.deal_pane import DealPane
from ui.pipeline.dialogs import (
    DateDialog,
    DealDialog,
    FollowUpDialog,
    LostDialog,
    OutcomeDialog,
    WonDialog,
)
from ui.pipeline.list_model import COLUMNS, DealListModel, ListSource
from ui.pipeline.myday_view import MyDayView
from ui.pipeline.setup_dialog import PipelineSetupDialog
from ui.section import AppContext, Section, focus_field
from ui.settings import AppSettings, Key
from ui.tasks import Op, Task
from ui.undo import Edits

if TYPE_CHECKING:
    from salesdesk.metrics.scope import Scope
    from salesdesk.metrics.stages import Stage
    from salesdesk.pipeline.board import DealQuery
    from salesdesk.pipeline.deals import PipelineChoices
    from salesdesk.pipeline.service import Choices
    from salesdesk.store.changes import Change, Edit
    from salesdesk.store.db import Database

    from ui.undo import EditCommand

MY_DAY_MEMBER = Key("pipeline/my_day_member", 0)
PIPELINE_CHOICE = Key("pipeline/pipeline", 0)
BOARD_TAB, LIST_TAB, MY_DAY_TAB, ANALYTICS_TAB = range(4)
CLOSE_FILTERS = ("any", "overdue", "this_month", "this_quarter", "next_quarter", "period")
LENS_DIMENSION = {
    "geographic": "territory_id",
    "product": "category_id",
    "customer": "account_type_id",
}

StageChooser = Callable[[list["Stage"], QPoint], "int | None"]


class PipelineSection(Section):
    """Deals through their stages, what to do today, and the figures of the process."""

    choices_loaded = Signal()
    edited = Signal()  # an edit, undo or redo was written and the views asked to reload

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.title = self.tr("Pipeline")
        self.icon_name = "pipeline"
        self.today = today
        self._settings = AppSettings()
        self.choices: PipelineChoices | None = None
        self._choices_task: Task | None = None
        self.edits = Edits(self, title=lambda: self.title, changed=self._after_edit)
        self.board_model = BoardModel(self)
        self.board_model.move_requested.connect(self.move_deal)
        self.list_model = DealListModel(self)
        self.stage_chooser: StageChooser = self._stage_menu
        self._selected_after_edit: int | None = None
        self._setup_dialog: PipelineSetupDialog | None = None
        self._build()
        self._build_actions()
        self._set_enabled(False)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.board = BoardView(self.board_model)
        self.board.deal_selected.connect(self._show_deal)
        self.board.deal_activated.connect(self.edit_deal)
        self.list_view = self._build_list()
        self.pane = DealPane()
        self._connect_pane()
        self.my_day = MyDayView()
        self._connect_my_day()
        self.analytics = AnalyticsView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.addTab(self.list_view, self.tr("List"))
        self.tabs.addTab(self.my_day, self.tr("My day"))
        self.tabs.addTab(self.analytics, self.tr("Analytics"))
        self.tabs.currentChanged.connect(self._on_tab)
        # Beside the tabs, where the filters leave room: it sets up what the board shows.
        self.setup_button = QPushButton(self.tr("Pipelines and stages…"))
        self.setup_button.setToolTip(self.tr(
            "Create, rename and deactivate pipelines; add, rename, reorder and delete their "
            "stages; set each stage's chance to win and rotting days"
        ))  # fmt: skip
        self.setup_button.clicked.connect(self.set_up_pipelines)
        self.tabs.setCornerWidget(self.setup_button, Qt.Corner.TopRightCorner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([100_000, 42_000])
        self.pane.setMinimumWidth(360)
        self.splitter.setChildrenCollapsible(False)
        self.state_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.splitter, 1)

    def _build_filters(self) -> QHBoxLayout:
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(self.tr("Team"))
        self.lens_combo = QComboBox()
        self.close_combo = QComboBox()
        self.close_combo.setAccessibleName(self.tr("Expected close"))
        for key, text in zip(CLOSE_FILTERS, self._close_texts(), strict=True):
            self.close_combo.addItem(text, key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a deal or customer"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.new_button = QPushButton(self.tr("New deal…"))
        self.new_button.clicked.connect(self.new_deal)
        for combo in (self.pipeline_combo, self.owner_combo, self.team_combo, self.lens_combo,
                      self.close_combo):  # fmt: skip
            combo.activated.connect(lambda _i: self.refresh())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search.returnPressed.connect(self.refresh)
        row = QHBoxLayout()
        for widget in (self.pipeline_combo, self.owner_combo, self.team_combo, self.lens_combo,
                       self.close_combo, self.search):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.new_button)
        return row

    def _close_texts(self) -> list[str]:
        return [
            self.tr("Any close date"),
            self.tr("Close date passed"),
            self.tr("Closing this month"),
            self.tr("Closing this quarter"),
            self.tr("Closing next quarter"),
            self.tr("Closing in the chosen period"),
        ]

    def _build_list(self) -> QTableView:
        view = QTableView()
        view.setModel(self.list_model)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.setColumnWidth(0, 220)
        view.setWordWrap(False)
        view.horizontalHeader().setDefaultSectionSize(130)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_deal(current.data(DEAL_ID_ROLE))
        )
        return view

    def _connect_pane(self) -> None:
        pane = self.pane
        pane.edit_requested.connect(self.edit_deal)
        pane.won_requested.connect(self.win_deal)
        pane.lost_requested.connect(self.lose_deal)
        pane.reopen_requested.connect(self.reopen_deal)
        pane.follow_up_requested.connect(self.plan_follow_up)
        pane.follow_up_done_requested.connect(self.log_outcome)
        pane.reschedule_requested.connect(self.reschedule)

    def _connect_my_day(self) -> None:
        day = self.my_day
        day.member_chosen.connect(self._choose_member)
        day.done_requested.connect(self.complete)
        day.outcome_requested.connect(self.log_outcome)
        day.reschedule_requested.connect(self.reschedule)
        day.resolve_requested.connect(self.resolve)
        day.deal_requested.connect(self.open_deal)

    def _choose_member(self, member_id: int) -> None:
        self._settings.set(MY_DAY_MEMBER, int(member_id))
        self.refresh()

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        """The keyboard twin of every drag and button."""
        self.next_stage_action = self._action(
            self.tr("Move to the next stage"), lambda: self.move_by(1), "Ctrl+Alt+Right"
        )
        self.previous_stage_action = self._action(
            self.tr("Move to the previous stage"), lambda: self.move_by(-1), "Ctrl+Alt+Left"
        )
        self.move_action = self._action(self.tr("Move to stage…"), self.move_to_chosen, "Ctrl+M")
        self.won_action = self._action(self.tr("Mark as won…"), self.win_deal, "Ctrl+Alt+W")
        self.lost_action = self._action(self.tr("Mark as lost…"), self.lose_deal, "Ctrl+Alt+L")
        self.follow_up_action = self._action(
            self.tr("Plan a follow-up…"), self.plan_follow_up, "Ctrl+Alt+F"
        )
        self.edit_action = self._action(self.tr("Edit deal…"), self.edit_deal, "Ctrl+Alt+E")
        self.new_action = self._action(self.tr("New deal…"), self.new_deal, "Ctrl+Shift+N")
        card_actions = [self.next_stage_action, self.previous_stage_action, self.move_action,
                        self.won_action, self.lost_action, self.follow_up_action,
                        self.edit_action]  # fmt: skip
        self.board.set_card_actions(card_actions)
        self.list_view.addActions(card_actions)

    # --- context and loading -------------------------------------------------------------

    def undo_stack(self) -> QUndoStack:
        return self.edits.stack()

    @property
    def database(self) -> Database | None:
        return self.context.database if self.context else None

    def set_context(self, context: AppContext) -> None:
        previous = self.context
        super().set_context(context)
        if previous is None or previous.database is not context.database:
            self.pane.set_database(context.database)
            self.choices = None
            self._load_choices()
            return
        self._fill_lens(context.lens)
        self.refresh()

    def focus_search(self) -> bool:
        return focus_field(self.search)

    def _load_choices(self) -> None:
        if self._choices_task is not None:
            self._choices_task.cancel()
        database = self.database
        if database is None:
            self._set_enabled(False)
            self.board_model.set_source(None)
            self.list_model.set_source(None)
            return
        from salesdesk.pipeline import service

        today = self.today()
        self._choices_task = (
            Op(
                self.tr("Loading the pipeline"),
                lambda *_: service.choices(database, today),
                parent=self,
            )
            .success(self._show_choices)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show_choices(self, loaded: Choices) -> None:
        self._choices_task = None
        self.choices = loaded.choices
        choices = loaded.choices
        chosen = self.pipeline_combo.currentData() or self._settings.get(PIPELINE_CHOICE)
        self.pipeline_combo.clear()
        for pipeline in choices.pipelines:  # active first
            name = pipeline.name
            if not pipeline.active:
                name = self.tr("{name} (inactive)").format(name=name)
            self.pipeline_combo.addItem(name, pipeline.id)
        self.pipeline_combo.setCurrentIndex(max(self.pipeline_combo.findData(chosen), 0))
        self._fill(self.owner_combo, self.tr("All owners"),
                   [(i, n, 0) for i, n, left in choices.members if not left])  # fmt: skip
        self._fill(self.team_combo, self.tr("All teams"), choices.teams)
        if self.context is not None:
            self._fill_lens(self.context.lens)
        member = self._settings.get(MY_DAY_MEMBER) or loaded.default_member
        self.my_day.set_members(choices.members, member)
        self.my_day.currency = self.context.currency if self.context else ""
        self._set_enabled(self.context is not None and not self.context.read_only)
        self.choices_loaded.emit()
        self.refresh()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[int, str, int]]) -> None:
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for id_, name, depth in items:
            combo.addItem("    " * depth + name, id_)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def _fill_lens(self, lens: str) -> None:
        if self.choices is None:
            return
        choices = self.choices
        items = {
            "geographic": (self.tr("All territories"), choices.territories),
            "product": (self.tr("All categories"), choices.categories),
            "customer": (
                self.tr("All account types"),
                [(i, n, 0) for i, n in choices.account_types],
            ),
        }[lens if lens in LENS_DIMENSION else "geographic"]
        if self.lens_combo.property("lens") != lens:
            self.lens_combo.clear()
            self.lens_combo.setProperty("lens", lens)
        self._fill(self.lens_combo, *items)
        self.lens_combo.setAccessibleName(items[0])

    def _set_enabled(self, writable: bool) -> None:
        self.new_button.setEnabled(writable)
        self.setup_button.setEnabled(writable)
        for action in self.actions():
            action.setEnabled(writable)

    def scope(self) -> Scope:
        from salesdesk.metrics.scope import Scope

        lens = self.context.lens if self.context else "geographic"
        dimension = LENS_DIMENSION.get(lens, "territory_id")
        group = self.lens_combo.currentData()
        return Scope(
            member_id=self.owner_combo.currentData(),
            team_id=self.team_combo.currentData(),
            territory_id=group if dimension == "territory_id" else None,
            category_id=group if dimension == "category_id" else None,
            account_type_id=group if dimension == "account_type_id" else None,
        )

    def query(self) -> DealQuery | None:
        from salesdesk.pipeline.board import DealQuery

        pipeline = self.pipeline_combo.currentData()
        if pipeline is None:
            return None
        start, end = self._close_range()
        return DealQuery(pipeline, self.scope(), start, end, self.search.text())

    def _close_range(self) -> tuple[date | None, date | None]:
        today, key = self.today(), self.close_combo.currentData()
        if key == "overdue":
            return None, today - timedelta(days=1)
        if key in ("this_month", "this_quarter", "next_quarter"):
            unit = Period.containing(today, "month" if key == "this_month" else "quarter")
            unit = unit.next() if key == "next_quarter" else unit
            return unit.start, unit.end
        if key == "period" and self.context is not None:
            return self.context.period.start, self.context.period.end
        return None, None

    def refresh(self) -> None:
        """Reads the shown tab again with the current filters."""
        context, query = self.context, self.query()
        if context is None or context.database is None or self.choices is None:
            return
        self._settings.set(PIPELINE_CHOICE, int(self.pipeline_combo.currentData() or 0))
        database, today = context.database, self.today()
        pipeline = next(
            (p for p in self.choices.pipelines if query and p.id == query.pipeline_id), None
        )
        tab = self.tabs.currentIndex()
        if tab == BOARD_TAB:
            self.board.currency = context.currency
            source = (
                BoardSource(database, pipeline, query, today, context.currency)
                if pipeline and query
                else None
            )
            self.board_model.set_source(source)
        elif tab == LIST_TAB:
            if query is not None:
                header = self.list_view.horizontalHeader()
                descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                query = query.sorted_by(COLUMNS[header.sortIndicatorSection()], descending)
            self.list_model.set_source(
                ListSource(database, query, today, context.currency) if query else None
            )
        elif tab == MY_DAY_TAB:
            self.my_day.show_day(database, self.my_day.member.currentData(), today)
        else:
            self.analytics.load(
                database, context.period, self.scope(), self.pipeline_combo.currentData()
            )
        self.pane.setVisible(tab in (BOARD_TAB, LIST_TAB))

    def _on_tab(self, _index: int) -> None:
        self.refresh()

    # --- the chosen deal -----------------------------------------------------------------

    def _show_deal(self, deal_id: int | None) -> None:
        self.pane.show_deal(deal_id if deal_id not in (None, -1) else None)

    def current_deal_id(self) -> int | None:
        if self.tabs.currentIndex() == BOARD_TAB:
            index = self.board.current_deal()
        elif self.tabs.currentIndex() == LIST_TAB:
            index = self.list_view.currentIndex()
        else:
            index = QModelIndex()
        if index.isValid():
            return int(index.data(DEAL_ID_ROLE))
        return self.pane.detail.id if self.pane.detail is not None else None

    def _stage_of(self, deal_id: int) -> Stage | None:
        detail = self.pane.detail
        stage_id = detail.stage_id if detail is not None and detail.id == deal_id else None
        if stage_id is None:
            index = self.board_model.card_index(deal_id)
            stage_id = self.board_model.stage_of(index) if index.isValid() else None
        for pipeline in self.choices.pipelines if self.choices else []:
            for stage in pipeline.stages:
                if stage.id == stage_id:
                    return stage
        return None

    # --- edits ---------------------------------------------------------------------------

    def _edit(self, text: str, edit: Edit) -> EditCommand | None:
        """Puts an edit on the window's undo stack, which makes it on the writer."""
        database = self.database
        if database is not None and self.context is not None and not self.context.read_only:
            return self.edits.push(text, database, edit)
        return None

    def set_up_pipelines(self) -> PipelineSetupDialog | None:
        """Opens Pipelines and stages on the pipeline the board shows (one dialog, kept: its
        edits may report back after it closed)."""
        database = self.database
        if database is None:
            return None
        if self._setup_dialog is None:
            self._setup_dialog = PipelineSetupDialog(self._edit, self.undo_stack, self)
            self.edited.connect(self._setup_dialog.reload_if_shown)
        self._setup_dialog.show_for(database, self.pipeline_combo.currentData())
        return self._setup_dialog

    def _title_of(self, deal_id: int) -> str:
        """The deal's title, as the pane or the board shows it."""
        detail = self.pane.detail
        if detail is not None and detail.id == deal_id:
            return detail.title
        index = self.board_model.card_index(deal_id)
        card = index.data(CARD_ROLE) if index.isValid() else None
        return str(card.title) if card is not None else str(deal_id)

    def _stage_name(self, stage_id: int) -> str:
        stages = (s for p in self.choices.pipelines for s in p.stages) if self.choices else ()
        return next((s.name for s in stages if s.id == stage_id), str(stage_id))

    def move_deal(self, deal_id: int, stage_id: int) -> None:
        from salesdesk.pipeline.edits import move_deal

        self._selected_after_edit = deal_id
        text = self.tr("Move {deal} to {stage}").format(
            deal=self._title_of(deal_id), stage=self._stage_name(stage_id)
        )
        self._edit(text, partial(move_deal, deal_id=deal_id, stage_id=stage_id))

    def move_by(self, step: int) -> None:
        deal_id = self.current_deal_id()
        stage = self._stage_of(deal_id) if deal_id is not None else None
        if deal_id is None or stage is None or self.choices is None:
            return
        stages = next(p.stages for p in self.choices.pipelines if p.id == stage.pipeline_id)
        position = [s.id for s in stages].index(stage.id) + step
        if 0 <= position < len(stages):
            self.move_deal(deal_id, stages[position].id)

    def move_to_chosen(self) -> None:
        deal_id = self.current_deal_id()
        stage = self._stage_of(deal_id) if deal_id is not None else None
        if deal_id is None or stage is None or self.choices is None:
            return
        stages = list(next(p.stages for p in self.choices.pipelines if p.id == stage.pipeline_id))
        chosen = self.stage_chooser(stages, self._popup_point())
        if chosen is not None and chosen != stage.id:
            self.move_deal(deal_id, chosen)

    def _popup_point(self) -> QPoint:
        widget = self.focusWidget() or self
        return widget.mapToGlobal(widget.rect().center())

    def _stage_menu(self, stages: list[Stage], at: QPoint) -> int | None:
        menu = QMenu(self)
        for stage in stages:
            menu.addAction(stage.name).setData(stage.id)
        action = menu.exec(at)
        return int(action.data()) if action is not None else None

    def win_deal(self, deal_id: int | None = None) -> None:
        from salesdesk.pipeline.edits import win_deal

        deal_id = deal_id or self.current_deal_id()
        if deal_id is None:
            return
        answer = WonDialog.ask(self, self.today())
        if answer is not None:
            day, order = answer
            self._selected_after_edit = deal_id
            text = self.tr("Mark {deal} as won").format(deal=self._title_of(deal_id))
            self._edit(text, partial(win_deal, deal_id=deal_id, on=day, order_ref=order))

    def lose_deal(self, deal_id: int | None = None) -> None:
        from salesdesk.pipeline.edits import lose_deal

        deal_id = deal_id or self.current_deal_id()
        if deal_id is None or self.choices is None:
            return
        reason = LostDialog.ask(self, self.choices.lost_reasons)
        if reason is not None:
            text = self.tr("Mark {deal} as lost").format(deal=self._title_of(deal_id))
            self._edit(text, partial(lose_deal, deal_id=deal_id, reason=reason, on=self.today()))

    def reopen_deal(self, deal_id: int) -> None:
        from salesdesk.pipeline.edits import reopen_deal

        text = self.tr("Reopen {deal}").format(deal=self._title_of(deal_id))
        self._edit(text, partial(reopen_deal, deal_id=deal_id))

    def new_deal(self) -> None:
        from salesdesk.pipeline.edits import add_deal

        if self.choices is None:
            return
        values = DealDialog.ask(self, self.choices, self.database, self.today())
        if values is not None:
            text = self.tr("New deal {deal}").format(deal=values.get("title", ""))
            self._edit(text, partial(add_deal, values=values))

    def edit_deal(self, deal_id: int | None = None) -> None:
        detail = self.pane.detail
        deal_id = deal_id or self.current_deal_id()
        if deal_id is None or self.choices is None or detail is None or detail.id != deal_id:
            return
        read = {
            "title": detail.title, "customer_id": detail.customer_id,
            "owner_member_id": detail.owner_id, "amount": detail.amount,
            "expected_close": detail.expected_close, "next_step": detail.next_step,
            "next_step_on": detail.next_step_on,
        }  # fmt: skip
        self._ask_deal_edit(detail.id, detail.title, read, read, detail.version)

    def _ask_deal_edit(
        self,
        deal_id: int,
        title: str,
        read: dict[str, Any],
        shown: dict[str, Any],
        version: int | None,
    ) -> None:
        """Asks for the deal's fields, starting from ``shown``, and saves those that differ
        from ``read`` (the deal as it was at ``version``)."""
        if self.choices is None:
            return
        detail = self.pane.detail
        customer = detail.customer if detail and detail.customer_id == shown["customer_id"] else ""
        current = {
            **shown, "id": deal_id, "customer": customer,
            "amount_text": f"{shown['amount'] / 100:.2f}",
        }  # fmt: skip
        values = DealDialog.ask(self, self.choices, self.database, self.today(), current)
        if values is None:
            return
        changed = {k: v for k, v in values.items() if k in read and v != read[k]}
        if changed:
            self._save_deal(deal_id, title, read, changed, version)

    def _save_deal(
        self,
        deal_id: int,
        title: str,
        read: dict[str, Any],
        changed: dict[str, Any],
        version: int | None,
    ) -> None:
        from salesdesk.pipeline.edits import update_deal

        mine = changed if version is None else {**changed, "version": version}
        text = self.tr("Edit {deal}").format(deal=title)
        command = self._edit(text, partial(update_deal, deal_id=deal_id, changes=mine))
        if command is not None:
            refused = partial(self._deal_save_refused, deal_id, title, read, changed)
            command.when_made(lambda _change: None, refused)

    def _deal_save_refused(
        self,
        deal_id: int,
        title: str,
        read: dict[str, Any],
        changed: dict[str, Any],
        error: BaseException,
    ) -> None:
        """Someone else saved the deal first: theirs and mine, and the user's choice."""
        from salesdesk.store.editing import EditConflictError

        if not isinstance(error, EditConflictError):
            self.edits.report(error)
            return
        theirs = error.theirs
        labels, shown = self._deal_field_labels(), self._deal_value
        choice = ConflictDialog.ask(
            self,
            differences(
                shown_by_label(labels, theirs, changed, shown),
                shown_by_label(labels, changed, changed, shown),
            ),
        )
        if choice is ConflictChoice.OVERWRITE:
            self._save_deal(deal_id, title, read, changed, theirs.get("version"))
        elif choice is ConflictChoice.EDIT_AGAIN:
            now = {key: _plain(key, theirs.get(key)) for key in read}
            self._ask_deal_edit(deal_id, title, now, {**now, **changed}, theirs.get("version"))
        else:
            self.pane.reload()

    def _deal_field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"), "customer_id": self.tr("Customer"),
            "owner_member_id": self.tr("Owner"), "amount": self.tr("Amount"),
            "expected_close": self.tr("Close date"), "next_step": self.tr("Next step"),
            "next_step_on": self.tr("Next step on"),
        }  # fmt: skip

    def _deal_value(self, key: str, value: Any) -> str:
        """A deal field's value as the user reads it."""
        value = _plain(key, value)
        if value is None or value == "":
            return MISSING
        if key == "owner_member_id":
            names = {id_: name for id_, name, _ in self.choices.members} if self.choices else {}
            return names.get(value, MISSING)
        if key == "customer_id":
            detail = self.pane.detail
            return detail.customer or "" if detail and detail.customer_id == value else f"#{value}"
        if key == "amount":
            return format_money(int(value), self.context.currency if self.context else "")
        if isinstance(value, date):
            return format_date(value)
        return str(value)

    def plan_follow_up(self, deal_id: int | None = None) -> None:
        from salesdesk.pipeline.edits import add_follow_up
        from salesdesk.pipeline.words import follow_up_kind_names

        deal_id = deal_id or self.current_deal_id()
        if deal_id is None:
            return
        values = FollowUpDialog.ask(self, follow_up_kind_names(), self.today())
        if values is None:
            return
        detail = self.pane.detail
        owner = detail.owner_id if detail is not None and detail.id == deal_id else None
        values.update(deal_id=deal_id, owner_member_id=owner)
        text = self.tr("Plan a follow-up of {deal}").format(deal=self._title_of(deal_id))
        self._edit(text, partial(add_follow_up, values=values))

    def complete(self, follow_up_id: int) -> None:
        from salesdesk.pipeline.edits import complete_follow_up

        self._edit(
            self.tr("Follow-up done"), partial(complete_follow_up, follow_up_id=follow_up_id)
        )

    def log_outcome(self, follow_up_id: int) -> None:
        from salesdesk.pipeline.edits import complete_follow_up

        outcome = OutcomeDialog.ask(self, self.tr("Log the outcome"))
        if outcome is not None:
            edit = partial(complete_follow_up, follow_up_id=follow_up_id, outcome=outcome)
            self._edit(self.tr("Follow-up done"), edit)

    def reschedule(self, follow_up_id: int, due: date) -> None:
        from salesdesk.pipeline.edits import reschedule_follow_up

        day = DateDialog.ask(self, max(due, self.today()))
        if day is not None:
            text = self.tr("Reschedule a follow-up to {date}").format(date=format_date(day))
            self._edit(text, partial(reschedule_follow_up, follow_up_id=follow_up_id, due_on=day))

    def resolve(self, interaction_id: int) -> None:
        from salesdesk.pipeline.edits import resolve_interaction

        outcome = OutcomeDialog.ask(self, self.tr("Resolve"))
        if outcome is not None:
            edit = partial(resolve_interaction, interaction_id=interaction_id, outcome=outcome)
            self._edit(self.tr("Resolve complaint"), edit)

    def open_deal(self, deal_id: int) -> None:
        """Shows a deal in the list (from My day)."""
        self.search.clear()
        self.tabs.setCurrentIndex(BOARD_TAB)
        self._selected_after_edit = deal_id
        self.pane.show_deal(deal_id)

    def _after_edit(self, change: Change) -> None:
        from salesdesk.store.changes import touched

        if touched(change, "pipeline") or touched(change, "stage"):
            self._load_choices()  # the columns and the filters' pipelines changed
        else:
            self.refresh()
        self.pane.reload()
        selected = self._selected_after_edit
        if selected is not None:
            self.board_model.loaded.connect(
                lambda: self.board.select_deal(selected), Qt.ConnectionType.SingleShotConnection
            )
        self.edited.emit()

    def _show_failure(self, error: BaseException) -> None:
        text = str(error)
        self.status_message.emit(text)
        Messages.error(self, self.tr("Pipeline"), text)


def _plain(key: str, value: Any) -> Any:
    """A deal's stored value as the dialog gives it (a date column may come back as text)."""
    if key in ("expected_close", "next_step_on") and isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value
