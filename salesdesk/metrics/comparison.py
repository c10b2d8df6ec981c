"""The one comparison rule (SPEC §3a): what a period's figures are set against.

A complete period is compared with the complete previous period of equal length and with the
same period a year earlier. A period still running, [s, e] with today t < e, is measured on
[s, t] and compared with the same number of days from the start of each earlier period, and
is labelled "to date": 58 days into a quarter set against whole quarters would show every
running period as a decline. The dashboard, the Team detail pane, the team report, goals and
the command line all take their periods from :func:`comparison`.
"""

from __future__ import annotations

from dataclasses import dataclass

from salesdesk.i18n import tr
from salesdesk.metrics.clock import elapsed_part, first_days
from salesdesk.periods import Period


@dataclass(frozen=True)
class Comparison:
    period: Period  # as chosen
    current: Period  # what is measured: the whole period, or its elapsed part while it runs
    previous: Period  # the previous period of equal length (its first days, to date)
    year_ago: Period  # the same period a year earlier (its first days, to date)

    @property
    def to_date(self) -> bool:
        """The period is still running: every figure is to date."""
        return self.current != self.period

    def against_previous(self, *, say_to_date: bool = True) -> str:
        """ "vs Q2 2026" or "vs Q2 2026 to date" ("к ноябрю 2026 за те же дни");
        ``say_to_date=False`` leaves "to date" to a heading that says it once."""
        return _against(self.period.previous(), self.to_date and say_to_date)

    def against_year_ago(self, *, say_to_date: bool = True) -> str:
        return _against(self.period.year_ago(), self.to_date and say_to_date)

    def current_label(self) -> str:
        """ "Q3 2026" or "Q3 2026 to date"."""
        label = self.period.label()
        return tr("{period} to date", period=label) if self.to_date else label


def _against(period: Period, to_date: bool) -> str:
    label = period.label(case="dative")
    return tr("vs {period} to date", period=label) if to_date else tr("vs {period}", period=label)


def comparison(period: Period) -> Comparison:
    """The periods ``period`` is measured over and compared with, today."""
    current = elapsed_part(period)
    previous, year_ago = period.previous(), period.year_ago()
    if current != period:
        previous, year_ago = first_days(previous, current.days), first_days(year_ago, current.days)
    return Comparison(period, current, previous, year_ago)
