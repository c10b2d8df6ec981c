"""Export of the customer list as it is shown (filters, search, order, chosen columns) to CSV
or XLSX, through the writers of :mod:`salesdesk.exchange.exporting` — which neutralise cells
that would start a formula and keep numbers as numbers."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesdesk.customers.listing import CustomerQuery, CustomerRow, ListContext, fetch_page
from salesdesk.customers.words import rfm_tier_names, status_names
from salesdesk.exchange.exporting import ExportCancelledError, write_export, writer_for
from salesdesk.exchange.fields import Field, ValueType
from salesdesk.i18n import tr

if TYPE_CHECKING:
    from salesdesk.store.db import Database

BATCH = 5000

# column key -> (header, type); the headers are translated when the file is written
EXPORT_COLUMNS: dict[str, tuple[str, ValueType]] = {
    "name": ("Name", ValueType.TEXT),
    "code": ("Code", ValueType.TEXT),
    "status": ("Status", ValueType.TEXT),
    "owner": ("Owner", ValueType.TEXT),
    "account_type": ("Account type", ValueType.TEXT),
    "territory": ("Territory", ValueType.TEXT),
    "persona": ("Persona", ValueType.TEXT),
    "first_sale": ("First sale", ValueType.DATE),
    "last_sale": ("Last sale", ValueType.DATE),
    "days_since_sale": ("Days since sale", ValueType.INTEGER),
    "period_revenue": ("Revenue in period", ValueType.MONEY),
    "lifetime_revenue": ("Lifetime revenue", ValueType.MONEY),
    "rfm_tier": ("RFM tier", ValueType.TEXT),
}


def _value(row: CustomerRow, key: str, words: dict[str, dict[str, str]]) -> Any:
    if key == "status":
        return words["status"]["at_risk" if row.at_risk else row.status]
    if key == "rfm_tier":
        return words["tier"].get(row.rfm_tier or "")
    return getattr(row, key)


def export_view(
    database: Database,
    query: CustomerQuery,
    context: ListContext,
    columns: Sequence[str],
    path: Path,
    *,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
) -> int:
    """Writes every row of the view (not only those fetched so far); returns how many."""
    fields = [Field(key, *EXPORT_COLUMNS[key]) for key in columns]
    words = {"status": status_names(), "tier": rfm_tier_names()}
    written = 0

    def rows() -> Iterator[list[Any]]:
        nonlocal written
        with database.read() as conn:
            while batch := fetch_page(conn, query, context, written, BATCH):
                if cancelled is not None and cancelled():
                    raise ExportCancelledError()
                for row in batch:
                    yield [_value(row, key, words) for key in columns]
                written += len(batch)
                if progress is not None:
                    done = written / total if total else 0.0
                    progress(min(done, 1.0), tr("{count} rows written", count=written))
                if len(batch) < BATCH:
                    break

    write = writer_for(Path(path))
    write_export(Path(path), lambda target: write(target, fields, rows()))
    return written
