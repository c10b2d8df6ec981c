"""The channel table of the Channels view: sales, spend and CAC per channel for the period."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from salesdesk.formatting import MISSING, format_money, format_number, format_percent

from ui.strategy.table_model import Column, RecordTableModel

if TYPE_CHECKING:
    from salesdesk.strategy.channels import ChannelPerformance

ONLINE = "online"  # salesdesk.store.models.ChannelKind.ONLINE, which the start-up must not import


class ChannelTableModel(RecordTableModel["ChannelPerformance"]):
    def __init__(self, parent: QObject | None = None) -> None:
        self.currency = "RUB"
        super().__init__(parent)

    def columns(self) -> list[Column[ChannelPerformance]]:
        money = self._money
        unassigned = self._unassigned
        return [
            Column(self.tr("Channel"), lambda c: c.name, muted=unassigned),
            Column(self.tr("Kind"), self._kind, muted=unassigned),
            Column(self.tr("Revenue"), lambda c: money(c.totals.revenue),
                   lambda c: c.totals.revenue, numeric=True, term="revenue"),
            Column(self.tr("Orders"), lambda c: format_number(c.totals.orders),
                   lambda c: c.totals.orders, numeric=True, term="orders"),
            Column(self.tr("Customers"), lambda c: format_number(c.totals.buying_customers),
                   lambda c: c.totals.buying_customers, numeric=True, term="buying_customers",
                   tooltip=lambda _c: self.tr("Customers who bought in the channel")),
            Column(self.tr("Gross margin"), lambda c: money(c.totals.gross_margin),
                   lambda c: c.totals.gross_margin, numeric=True, term="gross_margin"),
            Column(self.tr("Margin %"), lambda c: format_percent(c.totals.margin_pct),
                   lambda c: c.totals.margin_pct, numeric=True, term="margin_pct"),
            Column(self.tr("Acquisition spend"), self._spend, lambda c: c.acquisition_spend,
                   numeric=True),
            Column(self.tr("New customers"), lambda c: format_number(c.acquired),
                   lambda c: c.acquired, numeric=True, term="new_customers"),
            Column(self.tr("CAC"), lambda c: money(c.cac), lambda c: c.cac, numeric=True,
                   tooltip=self._cac_tip, term="cac"),
        ]  # fmt: skip

    def _money(self, minor: float | None) -> str:
        return format_money(minor, self.currency, decimals=0)

    @staticmethod
    def _unassigned(line: ChannelPerformance) -> bool:
        return line.channel_id is None

    def _kind(self, line: ChannelPerformance) -> str:
        if line.kind is None:
            return MISSING
        return self.tr("Online") if line.kind == ONLINE else self.tr("Offline")

    def _spend(self, line: ChannelPerformance) -> str:
        return MISSING if line.channel_id is None else self._money(line.acquisition_spend)

    def _cac_tip(self, line: ChannelPerformance) -> str:
        if line.cac is None:
            return self.tr("No CAC: the channel won no new customers in the period.")
        return self.tr("Acquisition spend divided by the new customers won in the period")
