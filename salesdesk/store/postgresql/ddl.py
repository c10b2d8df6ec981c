"""What the schema's migrations spell their own way on PostgreSQL (the revisions branch on the
dialect where the engines differ; SQLite's spelling stays in the revisions themselves).

A SQLite trigger is a block of statements; a PostgreSQL trigger calls a function, and its WHEN
may not hold a subquery, so each trigger here is a PL/pgSQL function that tests the condition
itself. The functions run with their owner's rights (SECURITY DEFINER): the bookkeeping they
do (a change counter, the owner history) is the schema's, whoever's login made the change.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles


@compiles(Integer, "postgresql")
def _integers_of_64_bits(_type: Integer, _compiler: Any, **_kw: Any) -> str:
    """An integer column holds 64 bits, as SQLite's INTEGER does, so the same amounts fit on
    both engines: money is in kopecks, and one day's revenue of a big company, a customer's
    lifetime revenue or a stored sum passes PostgreSQL's INTEGER (2^31 kopecks, 21 million
    roubles; the 10M-line reference's first day already does). An id column still becomes a
    SERIAL (32 bits: two billion rows)."""
    return "BIGINT"


def on_postgresql() -> bool:
    """Whether the migration running now runs on PostgreSQL."""
    from alembic import op

    return bool(op.get_bind().dialect.name == "postgresql")


def execute(statements: Iterable[str]) -> None:
    from alembic import op

    for statement in statements:
        op.execute(statement)


def trigger(name: str, event: str, table: str, body: str, *, when: str | None = None) -> list[str]:
    """The statements that make a row trigger ``name`` running ``body`` (statements ending
    in ';', with NEW and OLD) after ``event`` ("UPDATE", "DELETE", "UPDATE OF a, b") on
    ``table``, when ``when`` holds."""
    if when:
        body = f"IF {when} THEN {body} END IF;"
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
        f" SET search_path = public AS $$ BEGIN {body} RETURN NULL; END $$",
        f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def drop_trigger(name: str, table: str) -> list[str]:
    return [f"DROP TRIGGER {name} ON {table}", f"DROP FUNCTION {name}()"]


# --- the customer search (the SQLite side: an FTS5 table in revision 0003) ---------------------

SEARCH_FUNCTION = "customer_search_words"
SEARCH_INDEX = "ix_customer_search_words"
# The columns searched, in the order the function takes them.
SEARCH_COLUMNS = "name, code, contact_name, email, phone"


def search_index() -> list[str]:
    """Words of a customer's name, code and contacts, lower case without accents, split at
    everything but letters and digits (so an e-mail address is words too, as in FTS5), in a
    GIN index the search's prefix queries read."""
    return [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        f"CREATE FUNCTION {SEARCH_FUNCTION}(VARIADIC parts text[]) RETURNS tsvector"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_tsvector('simple',"
        " regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary,"
        " array_to_string(parts, ' '))), '[^[:alnum:]]+', ' ', 'g')) $$",
        f"CREATE INDEX {SEARCH_INDEX} ON customer USING gin ({SEARCH_FUNCTION}({SEARCH_COLUMNS}))",
    ]


def drop_search_index() -> list[str]:
    return [f"DROP INDEX {SEARCH_INDEX}", f"DROP FUNCTION {SEARCH_FUNCTION}(text[])"]


# --- telling open apps of changes (LISTEN / NOTIFY) --------------------------------------------

CHANGES_CHANNEL = "salesdesk_changes"
_NOTIFY_FUNCTION = "salesdesk_notify_change"


def change_notices(tables: Iterable[str]) -> list[str]:
    """Statement triggers that tell every listening app which table changed, when the
    transaction commits (PostgreSQL folds repeats of one notice within a transaction)."""
    statements = [
        f"CREATE FUNCTION {_NOTIFY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        f" PERFORM pg_notify('{CHANGES_CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"
    ]
    return statements + [
        f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table}"
        f" FOR EACH STATEMENT EXECUTE FUNCTION {_NOTIFY_FUNCTION}()"
        for table in tables
    ]


def drop_change_notices(tables: Iterable[str]) -> list[str]:
    return [f"DROP TRIGGER {table}_changed ON {table}" for table in tables] + [
        f"DROP FUNCTION {_NOTIFY_FUNCTION}()"
    ]
