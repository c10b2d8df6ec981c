"""Building a report on an open database: what the Reports section and the ``report`` command
both call, so that they produce the same document from the same, current figures."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from salesdesk.metrics.clock import closing_day
from salesdesk.reports import REPORTS, bring_figures_up_to_date

if TYPE_CHECKING:
    from salesdesk.periods import Period
    from salesdesk.store.db import Database

# A report switches the process-wide language of salesdesk.i18n while it builds; two builds in
# different languages overlapping (a cancelled preview still finishing beside an export) could
# restore the wrong one when they end. So builds run one at a time.
_BUILD_LOCK = threading.Lock()


def build_report(
    database: Database, report: str, period: Period, *, language: str, page_size: str
) -> bytes:
    """The PDF of ``report`` (a key of :data:`~salesdesk.reports.REPORTS`) for ``period``,
    after the stored figures of its day (the period's end, or today while it runs; SPEC §3a)
    were brought up to date."""
    with _BUILD_LOCK:
        bring_figures_up_to_date(database, closing_day(period))
        with database.read() as conn:
            return REPORTS[report].build(conn, period, language=language, page_size=page_size)


def report_language(database: Database) -> str:
    """The database's default report language (Settings)."""
    from salesdesk.settings import load_settings

    with database.read() as conn:
        return load_settings(conn).report_language
