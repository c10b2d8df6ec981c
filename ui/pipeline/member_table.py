"""The pipeline per member as a small table: open deals, amounts, won and win rate. Shown in
the Team section's detail pane and in the Pipeline analytics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from salesdesk.formatting import format_money, format_number, format_percent

if TYPE_CHECKING:
    from salesdesk.pipeline.summary import PipelineGroup

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MemberPipelineTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 6)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Open deals"),
                self.tr("Open amount"),
                self.tr("Weighted"),
                self.tr("Deals won"),
                self.tr("Win rate"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Pipeline by member"))

    def show_groups(self, groups: list[PipelineGroup], currency: str) -> None:
        money = lambda minor: format_money(minor, currency, decimals=0)  # noqa: E731
        self.setRowCount(len(groups))
        for row, group in enumerate(groups):
            values = (
                group.name,
                format_number(group.open.deals),
                money(group.open.amount),
                money(group.weighted),
                format_number(group.closed.won),
                format_percent(group.closed.win_rate, 0),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(_RIGHT)
                self.setItem(row, column, item)
        height = self.horizontalHeader().sizeHint().height() + self.verticalHeader().length()
        self.setFixedHeight(height + 2 * self.frameWidth())
