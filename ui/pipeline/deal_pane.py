"""The chosen deal beside the board or the list: its fields, stage history and follow-ups,
with the buttons that change it. The pane only asks; the section makes the edits."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import MISSING, format_date, format_money, format_number
from salesdesk.pipeline import service

from ui.pipeline.tables import ReadOnlyTable
from ui.tasks import Op, Task
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.pipeline.deals import DealDetail, FollowUpRow
    from salesdesk.store.db import Database


class DealPane(QWidget):
    """One deal's detail, read in the background whenever it is shown."""

    loaded = Signal()
    edit_requested = Signal(int)
    won_requested = Signal(int)
    lost_requested = Signal(int)
    reopen_requested = Signal(int)
    follow_up_requested = Signal(int)
    follow_up_done_requested = Signal(int)  # follow-up id
    reschedule_requested = Signal(int, object)  # follow-up id, its due date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: DealDetail | None = None
        self._task: Task | None = None
        self._database: Database | None = None
        self.placeholder = QLabel(self.tr("Choose a deal to see its history and follow-ups."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self.placeholder)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def _build_content(self) -> QWidget:
        self.title = QLabel()
        scale_font(self.title, 1.3)
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        mute(self.status)
        self.fields = QFormLayout()
        self.buttons = self._build_buttons()
        self.history = ReadOnlyTable(
            [self.tr("Stage"), self.tr("Entered"), self.tr("Left"), self.tr("Days")],
            numeric=(3,),
            selectable=False,
            fit=True,
        )
        self.follow_ups = ReadOnlyTable(
            [self.tr("Due"), self.tr("Kind"), self.tr("Note"), self.tr("Outcome")],
            stretch=(2, 3),
            fit=True,
        )
        self.follow_ups.itemSelectionChanged.connect(self._update_follow_up_buttons)
        follow_up_buttons = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Plan…"))
        self.done_button = QPushButton(self.tr("Done…"))
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.plan_button.clicked.connect(lambda: self._emit(self.follow_up_requested))
        self.done_button.clicked.connect(self._done)
        self.reschedule_button.clicked.connect(self._reschedule)
        for button in (self.plan_button, self.done_button, self.reschedule_button):
            follow_up_buttons.addWidget(button)
        follow_up_buttons.addStretch(1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(self.fields)
        layout.addLayout(self.buttons)
        layout.addWidget(QLabel(self.tr("Stage history")))
        layout.addWidget(self.history)
        layout.addWidget(QLabel(self.tr("Follow-ups")))
        layout.addWidget(self.follow_ups)
        layout.addLayout(follow_up_buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        return scroll

    def _build_buttons(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(4)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.won_button = QPushButton(self.tr("Won…"))
        self.lost_button = QPushButton(self.tr("Lost…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        for position, (button, signal) in enumerate(
            (
                (self.won_button, self.won_requested),
                (self.lost_button, self.lost_requested),
                (self.edit_button, self.edit_requested),
                (self.reopen_button, self.reopen_requested),
            )
        ):
            button.clicked.connect(lambda _checked=False, s=signal: self._emit(s))
            grid.addWidget(button, *divmod(position, 2))
        return grid

    # --- showing -------------------------------------------------------------------------

    def set_database(self, database: Database | None) -> None:
        self._database = database
        self.show_deal(None)

    def show_deal(self, deal_id: int | None) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        database = self._database
        if deal_id is None or database is None:
            self.detail = None
            self._stack.setCurrentIndex(0)
            return
        self._task = (
            Op(
                self.tr("Loading the deal"),
                lambda *_: service.deal(database, deal_id),
                parent=self,
            )
            .success(self._show)
            .failure(lambda _error: self.show_deal(None))
            .run_in_background()
        )

    def reload(self) -> None:
        if self.detail is not None:
            self.show_deal(self.detail.id)

    def _show(self, detail: DealDetail) -> None:
        self._task = None
        self.detail = detail
        self._stack.setCurrentIndex(1)
        self.title.setText(detail.title)
        self.status.setText(self._status_text(detail))
        self._fill_fields(detail)
        self._fill_history(detail)
        self._fill_follow_ups(detail.follow_ups)
        is_open = detail.status == "open"
        for button in (self.won_button, self.lost_button):
            button.setEnabled(is_open)
        self.reopen_button.setEnabled(not is_open)
        self.loaded.emit()

    def _status_text(self, detail: DealDetail) -> str:
        if detail.status == "won":
            return self.tr("Won on {day}").format(day=format_date(detail.closed_on))
        if detail.status == "lost":
            return self.tr("Lost on {day}: {reason}").format(
                day=format_date(detail.closed_on), reason=detail.lost_reason or MISSING
            )
        return self.tr("Open, in {stage} ({pipeline})").format(
            stage=detail.stage, pipeline=detail.pipeline
        )

    def _fill_fields(self, detail: DealDetail) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        currency = getattr(self, "currency", "")
        step = " ".join(
            p for p in (format_date(detail.next_step_on) if detail.next_step_on else "",
                        detail.next_step) if p
        )  # fmt: skip
        for label, value in (
            (self.tr("Reference"), detail.ref),
            (self.tr("Customer"), detail.customer or MISSING),
            (self.tr("Owner"), detail.owner or MISSING),
            (self.tr("Amount"), format_money(detail.amount, currency, decimals=0)),
            (self.tr("Created"), format_date(detail.created_on)),
            (self.tr("Expected close"), format_date(detail.expected_close)),
            (self.tr("Next step"), step or MISSING),
            (self.tr("Order"), detail.order_ref or MISSING),
        ):
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(label, text)

    def _fill_history(self, detail: DealDetail) -> None:
        today = date.today()
        self.history.fill(
            [
                (
                    stay.stage,
                    format_date(stay.entered_at.date(), style="short"),
                    format_date(stay.left_at.date(), style="short") if stay.left_at else MISSING,
                    format_number(stay.days(today)),
                )
                for stay in detail.history
            ]
        )

    def _fill_follow_ups(self, follow_ups: list[FollowUpRow]) -> None:
        from salesdesk.pipeline.words import follow_up_kind_names

        kinds, today = follow_up_kind_names(), date.today()
        self.follow_ups.fill(
            [
                (self._due(f, today), kinds.get(f.kind, f.kind), f.note, f.outcome)
                for f in follow_ups
            ],
            [f.id for f in follow_ups],
        )
        self._update_follow_up_buttons()

    def _due(self, follow_up: FollowUpRow, today: date) -> str:
        due = format_date(follow_up.due_on, style="short")
        if follow_up.overdue(today):
            return self.tr("{day} (overdue)").format(day=due)
        if follow_up.done_at is not None:
            return self.tr("{day} (done)").format(day=due)
        return due

    # --- requests ------------------------------------------------------------------------

    def _emit(self, signal: SignalInstance) -> None:
        if self.detail is not None:
            signal.emit(self.detail.id)

    def selected_follow_up(self) -> FollowUpRow | None:
        if self.detail is None:
            return None
        row = self.follow_ups.chosen_row()
        return self.detail.follow_ups[row] if row is not None else None

    def _update_follow_up_buttons(self) -> None:
        chosen = self.selected_follow_up()
        pending = chosen is not None and chosen.done_at is None
        self.done_button.setEnabled(pending)
        self.reschedule_button.setEnabled(pending)

    def _done(self) -> None:
        if (chosen := self.selected_follow_up()) is not None:
            self.follow_up_done_requested.emit(chosen.id)

    def _reschedule(self) -> None:
        if (chosen := self.selected_follow_up()) is not None:
            self.reschedule_requested.emit(chosen.id, chosen.due_on)
