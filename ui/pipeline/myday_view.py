"""My day: for one member, the follow-ups due today and overdue, their rotting deals, the
at-risk customers they own and those customers' open complaints and tickets — each done,
rescheduled, logged or resolved in one step. The view asks; the section makes the edits."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import MISSING, format_date, format_money, format_number
from salesdesk.pipeline import service

from ui.pipeline.tables import ReadOnlyTable
from ui.tasks import Op, Task
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.pipeline.myday import MyDay
    from salesdesk.store.db import Database

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MyDayView(QWidget):
    loaded = Signal()
    member_chosen = Signal(int)
    done_requested = Signal(int)  # follow-up id
    outcome_requested = Signal(int)
    reschedule_requested = Signal(int, object)  # follow-up id, its due date
    resolve_requested = Signal(int)  # interaction id
    deal_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self.day: MyDay | None = None
        self.currency = ""
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Whose day"))
        self.member.activated.connect(lambda _i: self.member_chosen.emit(self.member.currentData()))
        self.summary = QLabel()
        mute(self.summary)
        self.follow_ups = ReadOnlyTable([self.tr("Due"), self.tr("Kind"), self.tr("Customer"),
                                         self.tr("Deal"), self.tr("Note")], stretch=4)  # fmt: skip
        self.rotting = ReadOnlyTable([self.tr("Deal"), self.tr("Customer"), self.tr("Amount"),
                                      self.tr("Idle days")], numeric=(2, 3))  # fmt: skip
        self.at_risk = ReadOnlyTable([self.tr("Customer"), self.tr("Last sale"),
                                      self.tr("Revenue at stake")], numeric=(2,))  # fmt: skip
        self.issues = ReadOnlyTable([self.tr("Since"), self.tr("Kind"), self.tr("Customer"),
                                     self.tr("Subject")], stretch=3)  # fmt: skip
        self.rotting.itemActivated.connect(lambda _item: self._open_deal())
        self.done_button = QPushButton(self.tr("Done"))
        self.outcome_button = QPushButton(self.tr("Log outcome…"))
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.open_button = QPushButton(self.tr("Open deal"))
        self.done_button.clicked.connect(lambda: self._follow_up(self.done_requested))
        self.outcome_button.clicked.connect(lambda: self._follow_up(self.outcome_requested))
        self.reschedule_button.clicked.connect(self._reschedule)
        self.resolve_button.clicked.connect(self._resolve)
        self.open_button.clicked.connect(self._open_deal)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("My day of")))
        top.addWidget(self.member)
        top.addWidget(self.summary, 1)
        grid = QGridLayout()
        follow_up_buttons = _row(self.done_button, self.outcome_button, self.reschedule_button)
        sections = (
            (self.tr("Follow-ups due today and overdue"), self.follow_ups, follow_up_buttons),
            (self.tr("Rotting deals"), self.rotting, _row(self.open_button)),
            (self.tr("At-risk customers"), self.at_risk, None),
            (
                self.tr("Open complaints and service tickets"),
                self.issues,
                _row(self.resolve_button),
            ),
        )
        for position, (title, table, buttons) in enumerate(sections):
            box = QVBoxLayout()
            label = QLabel(title)
            scale_font(label, 1.05)
            box.addWidget(label)
            box.addWidget(table, 1)
            if buttons is not None:
                box.addLayout(buttons)
            grid.addLayout(box, *divmod(position, 2))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def set_members(self, members: list[tuple[int, str, bool]], chosen: int | None) -> None:
        self.member.clear()
        for id_, name, left in members:
            if not left:
                self.member.addItem(name, id_)
        self.member.setCurrentIndex(max(self.member.findData(chosen), 0))

    def show_day(self, database: Database | None, member_id: int | None, today: date) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if database is None or member_id is None:
            return
        self.summary.setText(self.tr("Loading…"))
        self._task = (
            Op(
                self.tr("Loading My day"),
                lambda *_: service.my_day(database, member_id, today),
                parent=self,
            )
            .success(self._show)
            .failure(lambda error: self.summary.setText(str(error)))
            .run_in_background()
        )

    def _show(self, day: MyDay) -> None:
        from salesdesk.pipeline.words import follow_up_kind_names, issue_kind_names

        self._task, self.day = None, day
        kinds, issue_kinds = follow_up_kind_names(), issue_kind_names()
        overdue = sum(f.overdue(day.today) for f in day.follow_ups)
        self.summary.setText(
            self.tr("%n follow-up(s) due, ", "", len(day.follow_ups))
            + self.tr("%n overdue", "", overdue)
        )
        money = lambda minor: format_money(minor, self.currency, decimals=0)  # noqa: E731
        self.follow_ups.fill(
            [(self._due(f.due_on, day.today), kinds.get(f.kind, f.kind), f.customer or MISSING,
              f.deal or MISSING, f.note) for f in day.follow_ups],
            [f.id for f in day.follow_ups],
        )  # fmt: skip
        self.rotting.fill(
            [(c.title, c.customer or MISSING, money(c.amount), format_number(c.idle_days))
             for c in day.rotting],
            [c.id for c in day.rotting],
        )  # fmt: skip
        self.at_risk.fill(
            [(c.name, format_date(c.last_sale), money(c.revenue_365)) for c in day.at_risk],
            [c.id for c in day.at_risk],
        )
        self.issues.fill(
            [(format_date(i.day), issue_kinds.get(i.kind, i.kind), i.customer, i.subject)
             for i in day.issues],
            [i.id for i in day.issues],
        )  # fmt: skip
        self.loaded.emit()

    def _due(self, due: date, today: date) -> str:
        if due < today:
            return self.tr("{day} (overdue)").format(day=format_date(due, style="short"))
        return self.tr("today")

    def _follow_up(self, signal: SignalInstance) -> None:
        if (chosen := self.follow_ups.chosen_id()) is not None:
            signal.emit(chosen)

    def _reschedule(self) -> None:
        chosen = self.follow_ups.chosen_id()
        if chosen is None or self.day is None:
            return
        due = next(f.due_on for f in self.day.follow_ups if f.id == chosen)
        self.reschedule_requested.emit(chosen, due)

    def _resolve(self) -> None:
        if (chosen := self.issues.chosen_id()) is not None:
            self.resolve_requested.emit(chosen)

    def _open_deal(self) -> None:
        if (chosen := self.rotting.chosen_id()) is not None:
            self.deal_requested.emit(chosen)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
