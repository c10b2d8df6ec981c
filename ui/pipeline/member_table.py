"""The pipeline per member as a small table: open deals, amounts, won and win rate. Shown in
the Team section's detail pane and in the Pipeline analytics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salesdesk.formatting import format_money, format_number, format_percent

from ui.pipeline.tables import ReadOnlyTable

if TYPE_CHECKING:
    from salesdesk.pipeline.summary import PipelineGroup


class MemberPipelineTable(ReadOnlyTable):
    def __init__(self) -> None:
        headers = [
            self.tr("Member"),
            self.tr("Open deals"),
            self.tr("Open amount"),
            self.tr("Weighted"),
            self.tr("Deals won"),
            self.tr("Win rate"),
        ]
        super().__init__(headers, numeric=(1, 2, 3, 4, 5), selectable=False, fit=True)
        self.setAccessibleName(self.tr("Pipeline by member"))

    def show_groups(self, groups: list[PipelineGroup], currency: str) -> None:
        money = lambda minor: format_money(minor, currency, decimals=0)  # noqa: E731
        self.fill(
            [
                (
                    group.name,
                    format_number(group.open.deals),
                    money(group.open.amount),
                    money(group.weighted),
                    format_number(group.closed.won),
                    format_percent(group.closed.win_rate, 0),
                )
                for group in groups
            ]
        )
