"""Caches kept in step with the data by the transaction that changes it (STYLE 16).

A cache of figures derived from some tables (the stored aggregates from the sales and the
customers, say) is kept exact by a :class:`Keeper`: the code that keeps it registers one here
(:func:`register`), and every write transaction of :meth:`salesdesk.store.db.Database.write`
then carries a :class:`Watch` of it. The writes tell the watches which rows are about to
change — :mod:`salesdesk.store.editing` does so for every row an edit, an undo or a redo
touches, bulk writers (the import) for what they load — so a watch can note what those rows
contribute before they change; when the transaction's work is done, before it commits, each
watch settles: it recomputes what changed and applies the difference. The cost of a write
therefore grows with the write, not with the database.

The store knows no cache: keepers register themselves when their module is imported (the
metrics' when :mod:`salesdesk.metrics` is), and the store imports none of them statically; it
names their modules (:data:`KEEPER_MODULES`) and imports them when the first write begins, so
that no process writes without them (a command that changes a sale and never opened the
customer list would otherwise leave the customer summary looking current). A write made
without a watch (raw SQL, a connection opened by hand) is not lost either: the aggregates
check, when read, whether anything changed behind their back, and are then rebuilt; the
customer summary sees added and removed sales by their count and highest id (``main.py check
--rebuild`` rebuilds both on demand).
"""

from __future__ import annotations

import importlib
import sys
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_WATCHES = "salesdesk.watches"  # the key of a transaction's watches in Connection.info

# What happens to the rows told: new rows (without an id), rows put back under their old id
# (an undo of a delete), rows changed (told as before, after, before, after…), rows deleted.
ChangeKind = Literal["insert", "restore", "update", "delete"]


class Watch(ABC):
    """One cache, watched through one write transaction."""

    @abstractmethod
    def before(
        self, conn: Connection, table: str, kind: ChangeKind, rows: list[Mapping[str, Any]]
    ) -> None:
        """Rows of ``table`` are about to be inserted, put back, changed or deleted: their
        values now (those an insert will give them; for an update, before and after of each
        row in turn)."""

    @abstractmethod
    def settle(self, conn: Connection) -> None:
        """The transaction's writes are done: bring the cache in step, in the transaction."""


class Keeper(ABC):
    """What keeps one cache: the tables it is derived from, and a watch per transaction."""

    tables: frozenset[str]

    @abstractmethod
    def watch(self) -> Watch: ...


_KEEPERS: list[Keeper] = []


def register(keeper: Keeper) -> None:
    """Keeps ``keeper``'s cache in step with every write transaction from now on."""
    if all(type(k) is not type(keeper) for k in _KEEPERS):
        _KEEPERS.append(keeper)


def keepers() -> list[Keeper]:
    return list(_KEEPERS)


# The modules whose import registers a keeper: loaded by name before the first watched write.
KEEPER_MODULES = ("salesdesk.metrics", "salesdesk.customers.summary")


def _load_keepers() -> None:
    for name in KEEPER_MODULES:
        if name not in sys.modules:
            importlib.import_module(name)


@contextmanager
def watching(conn: Connection) -> Iterator[None]:
    """Watches the writes made on ``conn`` until the block ends; settles the watches when it
    ends without an error (the caller then commits), forgets them in any case."""
    _load_keepers()
    conn.info[_WATCHES] = [(keeper.tables, keeper.watch()) for keeper in _KEEPERS]
    try:
        yield
        settle(conn)
    finally:
        conn.info.pop(_WATCHES, None)


def settle(conn: Connection) -> None:
    """Brings the caches in step with the writes on ``conn`` so far, and watches on: a bulk
    writer calls it while its connection is still tuned for the work (Storage.bulk_load)."""
    watches = conn.info.get(_WATCHES, [])
    conn.info[_WATCHES] = [(keeper.tables, keeper.watch()) for keeper in _KEEPERS]
    for _tables, watch in watches:
        watch.settle(conn)


def before(
    conn: Connection, table: str, kind: ChangeKind, rows: Iterable[Mapping[str, Any]]
) -> None:
    """Tells the watches of ``conn``'s transaction that rows of ``table`` are about to
    change (nothing when nobody watches ``table`` or the connection is not watched)."""
    watches = [watch for tables, watch in conn.info.get(_WATCHES, ()) if table in tables]
    if watches:
        told = list(rows)
        for watch in watches:
            watch.before(conn, table, kind, told)


def watched(conn: Connection) -> bool:
    """Whether writes on ``conn`` are being watched (inside :func:`watching`)."""
    return _WATCHES in conn.info
