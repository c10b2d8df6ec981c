"""Item models of the Market view: competitors, one competitor's price history, and the
comparison of our prices with each competitor's latest (SPEC §4 Strategy > Market)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from salesdesk.formatting import MISSING, format_date, format_money, format_percent
from salesdesk.strategy.staleness import stale_before

from ui.strategy.table_model import Column, RecordTableModel

if TYPE_CHECKING:
    from salesdesk.strategy.competitors import (
        ComparisonRow,
        Competitor,
        LatestPrice,
        PriceComparison,
        PriceObservation,
    )


class CompetitorTableModel(RecordTableModel["Competitor"]):
    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        self.today = today or date.today()
        super().__init__(parent)

    def columns(self) -> list[Column[Competitor]]:
        return [
            Column(self.tr("Competitor"), lambda c: c.name),
            Column(
                self.tr("Share"),
                lambda c: format_percent(c.market_share, 0),
                sort_key=lambda c: c.market_share,
                numeric=True,
                tooltip=lambda _c: self.tr("Estimated market share"),
            ),
            Column(
                self.tr("Last price check"),
                lambda c: format_date(c.last_observed),
                sort_key=lambda c: c.last_observed,
                numeric=True,
                muted=self._stale,
                tooltip=self._stale_tooltip,
            ),
        ]

    def _stale(self, competitor: Competitor) -> bool:
        last = competitor.last_observed
        return last is not None and last < stale_before(self.today)

    def _stale_tooltip(self, competitor: Competitor) -> str | None:
        if not self._stale(competitor):
            return None
        return self.tr("Their prices were last checked more than 6 months ago.")


class PriceHistoryModel(RecordTableModel["PriceObservation"]):
    """Observations newest first: the history of a competitor's prices."""

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        self.today = today or date.today()
        self.currency = "RUB"
        super().__init__(parent)

    def columns(self) -> list[Column[PriceObservation]]:
        return [
            Column(
                self.tr("Observed"),
                lambda o: format_date(o.observed_on),
                sort_key=lambda o: o.observed_on,
                muted=self._stale,
            ),
            Column(self.tr("Our product"), lambda o: f"{o.product} ({o.product_code})"),
            Column(self.tr("Their product"), lambda o: o.their_product_name),
            Column(
                self.tr("Price"),
                lambda o: format_money(o.price, self.currency),
                sort_key=lambda o: o.price,
                numeric=True,
            ),
            Column(self.tr("Source"), lambda o: o.source),
        ]

    def _stale(self, observation: PriceObservation) -> bool:
        return observation.observed_on < stale_before(self.today)


class PriceComparisonModel(RecordTableModel["ComparisonRow"]):
    """A row per product: our price, each competitor's latest price with our difference to
    it, and the market's lowest, average and highest. Stale prices are greyed, with a tip."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.currency = "RUB"
        self._competitors: list[tuple[int, str]] = []
        super().__init__(parent)

    def set_comparison(self, comparison: PriceComparison | None) -> None:
        """Shows a comparison; None empties the table."""
        self._competitors = comparison.competitors if comparison else []
        self.set_records(comparison.rows if comparison else [])

    def columns(self) -> list[Column[ComparisonRow]]:
        money = self._money
        return [
            Column(self.tr("Product"), lambda r: f"{r.name} ({r.code})"),
            Column(
                self.tr("Our price"),
                lambda r: money(r.our_price),
                sort_key=lambda r: r.our_price,
                numeric=True,
            ),
            *(self._competitor_column(cid, name) for cid, name in self._competitors),
            Column(self.tr("Lowest"), lambda r: money(r.lowest), lambda r: r.lowest, numeric=True),
            Column(
                self.tr("Average"), lambda r: money(r.average), lambda r: r.average, numeric=True
            ),
            Column(
                self.tr("Highest"), lambda r: money(r.highest), lambda r: r.highest, numeric=True
            ),
            Column(
                self.tr("Ours vs average"),
                lambda r: format_percent(r.difference_to_average(), signed=True),
                sort_key=lambda r: r.difference_to_average(),
                numeric=True,
                tooltip=lambda _r: self.tr(
                    "How far our price lies above (+) or below (−) the competitors' average"
                ),
            ),
        ]

    def _money(self, minor: float) -> str:
        return format_money(minor, self.currency)

    def _competitor_column(self, competitor_id: int, name: str) -> Column[ComparisonRow]:
        def latest(row: ComparisonRow) -> LatestPrice | None:
            return row.latest.get(competitor_id)

        def text(row: ComparisonRow) -> str:
            price = latest(row)
            if price is None:
                return MISSING
            difference = format_percent(price.difference(row.our_price), signed=True)
            stale = " *" if price.stale else ""
            return f"{self._money(price.price)} ({difference}){stale}"

        def tooltip(row: ComparisonRow) -> str | None:
            price = latest(row)
            if price is None:
                return None
            seen = self.tr("{name}: seen on {date}; ours is {difference} against it.").format(
                name=name,
                date=format_date(price.observed_on),
                difference=format_percent(price.difference(row.our_price), signed=True),
            )
            if price.stale:
                seen += " " + self.tr("Older than 6 months: it may no longer hold.")
            return seen

        return Column(
            name,
            text,
            sort_key=lambda r: p.price if (p := latest(r)) else None,
            numeric=True,
            tooltip=tooltip,
            muted=lambda r: bool((p := latest(r)) and p.stale),
        )
