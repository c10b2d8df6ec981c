"""Keeping the stored aggregates current (STYLE 16): the decision and the write, in the core.

Every write keeps them in step itself (:mod:`salesdesk.metrics.keeper`); they go stale only
when something changed behind the editing layer's back (raw SQL, another tool, a settings
change of the status windows) or a write added more lines than is worth keeping in step.
They are exact while current and every metric falls back to the sales when they are not, so
a refresh is about speed, never about correctness. Whoever wants speed right away (the
dashboard before it reads, an import after it committed) calls
:func:`bring_aggregates_up_to_date`: a cheap read says whether they are stale, and only then
the rebuild runs, as a write on the database's writer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.metrics.aggregates import ProgressFn
    from salesdesk.store.db import Database


def bring_aggregates_up_to_date(database: Database, progress: ProgressFn | None = None) -> bool:
    """Rebuilds the stored aggregates when they are stale and the file is writable; True when
    it did. A file opened read-only keeps what it has (the metrics read the sales then), and
    so does a login that sees only its own rows (they are not its figures to keep)."""
    from salesdesk.metrics import aggregates
    from salesdesk.store.engine import shares_stored_figures

    if database.read_only:
        return False
    with database.read() as conn:
        if not shares_stored_figures(conn) or aggregates.built(conn) is not None:
            return False

    def refresh(conn: Connection) -> bool:  # current again if another write refreshed first
        return aggregates.refresh(conn, progress)

    return database.transact(refresh)
