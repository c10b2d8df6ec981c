"""The schema's versions and its migrations: one Alembic history for every engine.

Revision ``NNNN`` leaves the schema at version ``int(NNNN)`` (SQLite keeps it in ``PRAGMA
user_version`` too), so start-up learns the head from the file names without importing
Alembic; a test checks both agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def schema_versions() -> dict[str, int]:
    """Alembic revision id -> schema version, read from the migration file names."""
    names = (p.name for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return {name[:4]: int(name[:4]) for name in names}


def head_schema_version() -> int:
    return max(schema_versions().values())


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(engine: Engine, *, to: str = "head") -> None:
    """Runs the pending migrations in one transaction: all of them or none."""
    with engine.begin() as connection:
        migrate_connection(connection, to=to)


def migrate_connection(connection: Connection, *, to: str = "head") -> None:
    """Runs the pending migrations in ``connection``'s transaction."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, to)


def alembic_heads() -> list[str]:
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).get_heads())


def on_engine(name: str) -> bool:
    """Within a migration: whether it runs on the engine ``name`` ("sqlite", "postgresql"),
    for the revisions that branch where the engines differ."""
    from alembic import op

    return bool(op.get_bind().dialect.name == name)
