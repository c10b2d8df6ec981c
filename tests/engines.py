"""Databases of either engine for the core tests: the same test runs on a SQLite file and on
a PostgreSQL database (SPEC §13, "one app, two engines").

A test (or a fixture of its) that takes ``db_engine`` — ``module_db_engine`` for a database a
module shares — runs once per engine, with the ids ``[sqlite]`` and ``[postgresql]``; the
fixtures are in tests/conftest.py. It gets an :class:`EngineUnderTest` and makes its databases
through it:

- :meth:`EngineUnderTest.create` — a new, empty database (``create_database``'s);
- :meth:`EngineUnderTest.holding` — the rows of a SQLite file a fixture filled by hand, in a
  database of the engine (the file itself on SQLite; on PostgreSQL a copy, as ``server push``
  makes one).

Either returns the location to pass to ``open_database``, the commands' ``--db`` and the rest:
a file path, or the ``postgresql://`` URL of a database on the session's throwaway cluster.
Those are cheap: a database migrated once is copied by ``CREATE DATABASE ... TEMPLATE``
(~40 ms), and dropped after the test (or module); a file's rows are copied in once per
content, into a template of their own.

A test that is about SQLite itself (pragmas, FTS5, the lock file, backups, file paths) is
marked ``@pytest.mark.sqlite_only("why")`` and runs on SQLite only.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from salesdesk.store.engine import DatabaseUrl

if TYPE_CHECKING:
    from tools.postgres_cluster import Cluster

ENGINES = ("sqlite", "postgresql")
Location = Path | DatabaseUrl


class ServerTemplates:
    """Migrated, empty databases on the cluster that new ones are copied from, one per set of
    settings (made when first asked for)."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self._made: dict[tuple[str, str, str], str] = {}
        self._filled: dict[str, str] = {}

    def template(self, company: str, currency: str, language: str) -> str:
        key = (company, currency, language)
        if key not in self._made:
            from salesdesk.store.db import create_database

            name = f"template_{len(self._made)}"
            self.cluster.execute(f'CREATE DATABASE "{name}"')
            create_database(
                DatabaseUrl(self.cluster.url(name)),
                company=company,
                currency=currency,
                language=language,
            )
            self._made[key] = name
        return self._made[key]

    def holding(self, file: Path) -> str:
        """A template holding the rows of the SalesDesk file ``file``, filled once per content
        (most fixtures build the same file for every test)."""
        key = hashlib.sha1(file.read_bytes()).hexdigest()
        if key not in self._filled:
            name = f"filled_{len(self._filled)}"
            self.cluster.execute(
                f'CREATE DATABASE "{name}" TEMPLATE "{self.template("Test Co", "RUB", "en")}"'
            )
            _copy_rows(file, DatabaseUrl(self.cluster.url(name)))
            self._filled[key] = name
        return self._filled[key]

    def copy(self, template: str) -> str:
        """A new database copied from ``template``; returns its name."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.cluster.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop(self, name: str) -> None:
        self.cluster.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class EngineUnderTest:
    """Makes the databases of one test (or module) on one engine."""

    name: str
    templates: ServerTemplates | None = None  # PostgreSQL's
    _made: list[str] = field(default_factory=list)

    @property
    def is_sqlite(self) -> bool:
        return self.name == "sqlite"

    def __str__(self) -> str:
        return self.name

    def create(
        self,
        path: Path,
        *,
        company: str = "Test Co",
        currency: str = "RUB",
        language: str = "en",
    ) -> Location:
        """A new, empty database: a file at ``path`` on SQLite, else a server database."""
        if self.templates is None:
            from salesdesk.store.db import create_database

            create_database(path, company=company, currency=currency, language=language)
            return path
        name = self.templates.copy(self.templates.template(company, currency, language))
        self._made.append(name)
        return DatabaseUrl(self.templates.cluster.url(name))

    def holding(self, file: Path) -> Location:
        """A database of this engine with the rows of the SalesDesk file ``file``: the file
        itself on SQLite; on PostgreSQL a new server database they are copied into."""
        if self.templates is None:
            return file
        name = self.templates.copy(self.templates.holding(file))
        self._made.append(name)
        return DatabaseUrl(self.templates.cluster.url(name))

    def drop_all(self) -> None:
        """Drops the server databases made here (a file goes with the test's folder)."""
        while self._made and self.templates is not None:
            self.templates.drop(self._made.pop())


def _copy_rows(file: Path, url: DatabaseUrl) -> None:
    """What ``server push`` does, into a database migrated already (a template's copy): every
    table replaced by the file's, checked, and the id sequences moved past the ids copied."""
    from salesdesk.store.db import open_database
    from salesdesk.store.engine import storage_for
    from salesdesk.store.postgresql.transfer import fill

    with open_database(file, read_only=True) as source, source.read() as reading:
        engine = storage_for(url).make_engine()
        try:
            with engine.begin() as conn:
                fill(reading, conn)
        finally:
            engine.dispose()


def as_stored_text(rows: Iterable[Sequence[object]]) -> list[tuple[object, ...]]:
    """Rows read with raw SQL, their dates and times as SQLite returns them (ISO text): a
    DATE or TIMESTAMP column gives a date or datetime on PostgreSQL."""
    return [tuple(str(v) if isinstance(v, date) else v for v in row) for row in rows]
