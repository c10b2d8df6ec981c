"""Finding the entities a file names, and creating the ones not known yet (SPEC §8).

Each table is read once per import, on first need, into dictionaries keyed by code, by
case-insensitive name or, for the territory and category trees, by (parent, name). New rows
get their ids here — the import holds the database's only write transaction, so max(id) + 1
onward is free — and wait in lists that :meth:`Resolver.flush` inserts with one
``executemany`` per table, parents before children. No ORM objects: a million-line sales
file names tens of thousands of customers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from salesdesk.exchange.parsing import cached_map
from salesdesk.i18n import tr

if TYPE_CHECKING:
    from salesdesk.exchange.background import BackgroundInserts

# Insert columns per table, in the order flush() inserts them (referenced tables first).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "territory": ("id", "name", "parent_id"),
    "product_category": ("id", "name", "parent_id"),
    "account_type": ("id", "name"),
    "channel": ("id", "name", "kind"),
    "team": ("id", "name"),
    "member": ("id", "name", "role", "team_id", "email", "phone", "hired_on", "left_on",
               "capacity"),
    "persona": ("id", "name", "summary", "demographics", "goals", "pains",
                "preferred_channels", "objections"),
    "product": ("id", "code", "name", "category_id", "unit_cost", "list_price", "active"),
    "customer": ("id", "code", "name", "kind", "account_type_id", "territory_id",
                 "owner_member_id", "persona_id", "acquisition_channel_id", "created_on",
                 "status_override", "lost_reason", "contact_name", "email", "phone", "notes"),
}  # fmt: skip
_DEFAULTS: dict[str, dict[str, Any]] = {
    "channel": {"kind": "offline"},
    "member": {"role": "representative"},
    "persona": dict.fromkeys(_COLUMNS["persona"][2:], ""),
    "product": {"unit_cost": 0, "list_price": 0, "active": True},
    "customer": {"kind": "company", "notes": ""},
}
# The entity each table holds, as counted in an import summary.
ENTITY_OF_TABLE = {
    "territory": "territory",
    "product_category": "category",
    "account_type": "account_type",
    "channel": "channel",
    "team": "team",
    "member": "member",
    "persona": "persona",
    "product": "product",
    "customer": "customer",
}
_ONLINE_WORDS = ("online", "e-commerce", "ecommerce", "web", "internet", "site", "онлайн",
                 "интернет", "сайт", "маркетплейс", "marketplace")  # fmt: skip
_AMBIGUOUS = -1  # in a name index: several rows share the name


def name_key(text: str) -> str:
    """Names compare without case and with spaces collapsed: "ООО  Ромашка" = "ооо ромашка"."""
    return " ".join(text.split()).casefold().replace("ё", "е")


class _Index:
    """One lookup dictionary that remembers when a key belongs to several rows.

    Without a ``key`` function the texts are unique identities (codes), compared exactly and
    loaded in one go: a million customer codes load in a fraction of a second.
    """

    def __init__(self, pairs: Iterable[tuple[str, int]], key: Callable[[str], str] | None) -> None:
        self._key = key
        self.ids: dict[str, int] = {}
        if key is None:
            self.ids.update(pairs)
            return
        for text, row_id in pairs:
            self.add(text, row_id)

    def add(self, text: str | None, row_id: int) -> None:
        if not text:
            return
        k = self._key(text) if self._key else text
        self.ids[k] = _AMBIGUOUS if self.ids.get(k, row_id) != row_id else row_id

    def find(self, text: str) -> int | None:
        """The row id, None if unknown; ValueError if several rows match."""
        row_id = self.ids.get(self._key(text) if self._key else text)
        if row_id == _AMBIGUOUS:
            raise ValueError(tr("several records are called {name}", name=text))
        return row_id


class _Tree:
    """Territories or categories: nodes found by path "A/B/C" or by a name unique in the tree."""

    def __init__(self, rows: Iterable[tuple[int, str, int | None]]) -> None:
        self.child: dict[tuple[int | None, str], int] = {}
        self.named: dict[str, list[int]] = defaultdict(list)
        for row_id, name, parent_id in rows:
            self.add(row_id, name, parent_id)

    def add(self, row_id: int, name: str, parent_id: int | None) -> None:
        self.child[(parent_id, name_key(name))] = row_id
        self.named[name_key(name)].append(row_id)

    def find(self, text: str, create: Callable[[str, int | None], int]) -> int:
        parts = [part.strip() for part in text.split("/") if part.strip()]
        if not parts:
            raise ValueError(tr("not a name or path: {value}", value=text))
        parent: int | None = None
        first = name_key(parts[0])
        if (None, first) not in self.child:
            # A path may start below the root ("Central/Moscow") when its first name is unique.
            candidates = self.named.get(first, [])
            if len(candidates) > 1:
                raise ValueError(
                    tr("several records are called {name}; give the path, e.g. A/B/C",
                       name=parts[0])
                )  # fmt: skip
            if candidates:
                parent, parts = candidates[0], parts[1:]
        for part in parts:
            node = self.child.get((parent, name_key(part)))
            parent = node if node is not None else create(part, parent)
        assert parent is not None
        return parent


class Resolver:
    """Looks up and creates the entities of one import, inside its transaction."""

    def __init__(self, db: BackgroundInserts) -> None:
        self._db = db
        self.created: Counter[str] = Counter()
        self._pending: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _COLUMNS}
        self._next_ids: dict[str, int] = {}
        self._indexes: dict[str, _Index] = {}
        self._trees: dict[str, _Tree] = {}
        self._column_caches: dict[str, dict[Any, int | None]] = defaultdict(dict)
        self._product_costs: dict[int, int] | None = None
        self._staged: set[str] = set()  # tables with a staging table in this import

    # --- references by one text: name, email or path -----------------------------------

    def account_type(self, name: str) -> int:
        return self._named("account_type", name)

    def channel(self, name: str) -> int:
        online = any(word in name.casefold() for word in _ONLINE_WORDS)
        return self._named("channel", name, kind="online" if online else "offline")

    def team(self, name: str) -> int:
        return self._named("team", name)

    def persona(self, name: str) -> int:
        return self._named("persona", name)

    def territory(self, text: str) -> int:
        return self._tree("territory").find(text, self._tree_creator("territory"))

    def category(self, text: str) -> int:
        return self._tree("product_category").find(text, self._tree_creator("product_category"))

    def member(self, text: str) -> int:
        """A member by email (text with "@") or by name, created when unknown."""
        found = self.find_member(text)
        if found is not None:
            return found
        if "@" in text:
            return self.create_member({"name": text, "email": text})
        return self.create_member({"name": text})

    def resolve(self, reference: str, text: str) -> int:
        """The id of the entity ``text`` names; ``reference`` as in :meth:`resolve_column`."""
        cache = self._column_caches[reference]
        found = cache.get(text)
        if found is None:
            found = cache[text] = getattr(self, reference)(text)
        return found

    def resolve_column(
        self, reference: str, values: Sequence[str | None]
    ) -> tuple[list[int | None], list[tuple[int, str]]]:
        """Ids for a column of texts naming ``reference`` ("territory", "member"...)."""
        return cached_map(
            getattr(self, reference),
            values,
            self._column_caches[reference],
            skip=lambda value: value is None,
        )

    # --- customers, products and members -------------------------------------------------

    def find_customer(self, code: str | None, name: str | None) -> int | None:
        """By code when there is one (codes are the identity), else by name."""
        if code:
            return self._index("customer", "code").find(code)
        return self._index("customer", "name").find(name) if name else None

    def ids_by_code(self, table: str, codes: Sequence[str | None]) -> list[int | None]:
        """The ids of a column of customer or product codes (None: unknown or no code)."""
        find = cast(Callable[[str | None], int | None], self._index(table, "code").ids.get)
        return list(map(find, codes))  # a None code finds nothing

    def next_id(self, table: str) -> int:
        """The id the next row created in ``table`` will get."""
        row_id = self._new_id(table)
        self._next_ids[table] = row_id
        return row_id

    def create_customer(self, values: Mapping[str, Any], *, referenced: bool = True) -> int:
        code = values.get("code") or values.get("name")
        values = {**values, "code": code, "name": values.get("name") or code}
        row_id = self._insert("customer", values, referenced=referenced)
        self._index("customer", "code").add(values["code"], row_id)
        self._index("customer", "name").add(values["name"], row_id)
        return row_id

    def find_product(self, code: str | None, name: str | None) -> int | None:
        if code:
            return self._index("product", "code").find(code)
        return self._index("product", "name").find(name) if name else None

    def create_product(self, values: Mapping[str, Any], *, referenced: bool = True) -> int:
        code = values.get("code") or values.get("name")
        values = {**values, "code": code, "name": values.get("name") or code}
        row_id = self._insert("product", values, referenced=referenced)
        self._index("product", "code").add(values["code"], row_id)
        self._index("product", "name").add(values["name"], row_id)
        self.product_costs()[row_id] = values.get("unit_cost") or 0
        return row_id

    def customer_label(self, customer_id: int) -> str:
        """ "Name (code)" of a customer, for a summary's example."""
        self.flush()
        name, code = self._db.execute(
            "SELECT name, code FROM customer WHERE id = ?", (customer_id,)
        ).fetchone()
        return f"{name} ({code})" if code else str(name)

    def product_costs(self) -> dict[int, int]:
        """Product id -> unit cost in minor units, for sales lines that give no cost."""
        if self._product_costs is None:
            self._product_costs = dict(self._db.execute("SELECT id, unit_cost FROM product"))
        return self._product_costs

    def find_member(self, text: str) -> int | None:
        if "@" in text:
            return self._index("member", "email").find(text)
        return self._index("member", "name").find(text)

    def create_member(self, values: Mapping[str, Any], *, referenced: bool = True) -> int:
        row_id = self._insert("member", values, referenced=referenced)
        self._index("member", "name").add(values.get("name"), row_id)
        self._index("member", "email").add(values.get("email"), row_id)
        return row_id

    # --- writing -------------------------------------------------------------------------

    def flush(self) -> None:
        """Inserts the rows created since the last flush, referenced tables first."""
        for table, rows in self._pending.items():
            if rows:
                self._insert_in_one_statement(table, rows)
                rows.clear()

    def close(self) -> None:
        """Drops the staging tables (a rolled-back import drops them with everything else)."""
        for table in self._staged:
            # temporary: no table of the schema has this name
            self._db.execute(f"DROP TABLE IF EXISTS import_{table}")
        self._staged.clear()

    def _insert_in_one_statement(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """Rows go through a temporary table into ``table`` with one INSERT ... SELECT.

        Triggers then run inside one statement: the full-text index of customers flushes its
        pending terms once per statement, which makes a statement per row some 6x slower.
        Ordered by id, so that a tree's parents go in before their children.
        """
        columns = ", ".join(_COLUMNS[table])
        staging = f"import_{table}"  # temporary: no table of the schema has this name
        if table not in self._staged:
            self._db.execute(f"DROP TABLE IF EXISTS {staging}")
            self._db.execute(
                f"CREATE TEMP TABLE import_{table} AS SELECT {columns} FROM {table} LIMIT 0"
            )
            self._staged.add(table)
        self._db.executemany(
            f"INSERT INTO {staging} VALUES ({', '.join('?' * len(_COLUMNS[table]))})", rows
        )
        self._db.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {staging} ORDER BY id"
        )
        self._db.execute(f"DELETE FROM {staging}")

    # --- internals -----------------------------------------------------------------------

    def _named(self, table: str, name: str, **extra: Any) -> int:
        found = self._index(table, "name").find(name)
        if found is not None:
            return found
        row_id = self._insert(table, {"name": name.strip(), **extra})
        self._index(table, "name").add(name, row_id)
        return row_id

    def _index(self, table: str, column: str) -> _Index:
        key = f"{table}.{column}"
        if key not in self._indexes:
            rows = self._db.execute(f"SELECT {column}, id FROM {table} WHERE {column} IS NOT NULL")
            # Codes are identities and compare exactly; names and emails ignore case.
            self._indexes[key] = _Index(rows, None if column == "code" else name_key)
        return self._indexes[key]

    def _tree(self, table: str) -> _Tree:
        if table not in self._trees:
            self._trees[table] = _Tree(self._db.execute(f"SELECT id, name, parent_id FROM {table}"))
        return self._trees[table]

    def _tree_creator(self, table: str) -> Callable[[str, int | None], int]:
        def create(name: str, parent_id: int | None) -> int:
            row_id = self._insert(table, {"name": name, "parent_id": parent_id})
            self._tree(table).add(row_id, name, parent_id)
            return row_id

        return create

    def _insert(self, table: str, values: Mapping[str, Any], *, referenced: bool = True) -> int:
        row_id = self._new_id(table)
        row = {**_DEFAULTS.get(table, {}), **values, "id": row_id}
        self._pending[table].append(tuple(map(row.get, _COLUMNS[table])))
        if referenced:
            self.created[ENTITY_OF_TABLE[table]] += 1
        return row_id

    def _new_id(self, table: str) -> int:
        if table not in self._next_ids:
            (last,) = self._db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
            self._next_ids[table] = last + 1
        row_id = self._next_ids[table]
        self._next_ids[table] = row_id + 1
        return row_id
