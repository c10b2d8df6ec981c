"""Writing parsed chunks into the database: one importer per kind of file (SPEC §8).

Importers work on the sqlite3 connection of the import's transaction (through
:class:`~salesdesk.exchange.background.BackgroundInserts`) and never commit:
:mod:`salesdesk.exchange.importing` owns the transaction. A row that is already in the
database — a sales line with the same line_ref (or, without one, the same order, product,
date, amount and customer), a customer or product with the same code, a member with the same
email or name — is counted as a duplicate and skipped, so importing a file twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any

from salesdesk.exchange.background import BackgroundInserts
from salesdesk.exchange.converting import DeferredTexts, ParsedChunk, Problem
from salesdesk.exchange.fields import ImportKind
from salesdesk.exchange.parsing import parse_text
from salesdesk.exchange.resolving import Resolver
from salesdesk.money import line_amount, minor_units, to_decimal

_SALE_COLUMNS = ("order_ref", "line_ref", "date", "customer_id", "product_id", "member_id",
                 "channel_id", "quantity", "unit_price", "discount", "amount", "cost")  # fmt: skip
# A big import sets the sale indexes aside and rebuilds them from their own CREATE statements
# at the end: random-order inserts into a big B-tree cost more than one sort. It keeps the one
# it finds duplicates with, and the customer-date index for lines without a line_ref.
_LINE_REF_INDEX = "ix_sale_line_ref"
_CUSTOMER_DATE_INDEX = "ix_sale_customer_date"
_BIG_IMPORT_ROWS = 100_000
_LOOKUP_BATCH = 500  # bound parameters per IN (...) lookup


@dataclass(frozen=True)
class Conflicts:
    """Customers whose lines named more than one territory (or account type): the first
    one was kept (SPEC §8). ``example``: a customer, the value kept and another seen."""

    customers: int
    example: tuple[str, str, str]


class _CellError(ValueError):
    """A cell naming an entity ambiguously."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


class Importer:
    """Imports the chunks of one file; subclasses know their kind's table."""

    DEFERRED_FIELDS: tuple[str, ...] = ()  # text fields to parse only where they are read

    def __init__(
        self, db: BackgroundInserts, resolver: Resolver, header_of: dict[str, str]
    ) -> None:
        self.db = db
        self.resolver = resolver
        self.header_of = header_of
        self.added = 0
        self.duplicates = 0
        self.returns = 0  # lines added with a negative amount
        self.updated = 0  # records already there that the row changed (deals)
        self.late_problems: list[Problem] = []  # found by finish(), after the chunks

    def begin(self, estimated_rows: int) -> None:
        """Called once before the first chunk with a guess of the file's row count."""

    def import_chunk(self, chunk: ParsedChunk) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last chunk, still inside the transaction."""
        self.resolver.flush()
        self.resolver.close()

    def references(self, chunk: ParsedChunk, field: str, reference: str) -> list[int | None]:
        """Ids of the entities a column names; rows naming one ambiguously are rejected."""
        values = chunk.values.get(field)
        if values is None:
            return [None] * len(chunk)
        if chunk.bad_rows:  # a rejected row must not create anything
            values = [None if i in chunk.bad_rows else v for i, v in enumerate(values)]
        ids, problems = self.resolver.resolve_column(reference, values)
        for index, reason in problems:
            chunk.reject(index, self.header_of[field], reason)
        return ids

    def header(self, *fields: str) -> str:
        """The column of the first of ``fields`` the file has."""
        return next(self.header_of[f] for f in fields if f in self.header_of)

    def conflicts(self) -> dict[str, Conflicts]:
        """Customers whose lines disagreed, by field (sales files only)."""
        return {}


class SalesImporter(Importer):
    # Read only on the lines that create a customer or a product.
    DEFERRED_FIELDS = ("account_type", "territory", "category", "product_name")

    def begin(self, estimated_rows: int) -> None:
        self._first_new_customer = self.resolver.next_id("customer")
        # customer id -> the territory / account type its first line named, and the
        # customers a later line contradicted (with the other value)
        self._first_named: dict[str, dict[int, str]] = {"territory": {}, "account_type": {}}
        self._contradicted: dict[str, dict[int, str]] = {"territory": {}, "account_type": {}}
        self._conflicts: dict[str, Conflicts] = {}
        # An upper bound of the stored line refs (None: there are none), raised as lines go in.
        (self._highest_line_ref,) = self.db.execute("SELECT max(line_ref) FROM sale").fetchone()
        (existing,) = self.db.execute("SELECT count(*) FROM sale").fetchone()
        self._set_aside: dict[str, str] = {}  # index name -> its CREATE statement
        if estimated_rows >= max(_BIG_IMPORT_ROWS, existing):
            kept = {_LINE_REF_INDEX} | (set() if "line_ref" in self.header_of
                                        else {_CUSTOMER_DATE_INDEX})  # fmt: skip
            indexes = self.db.execute(self.db.dialect.indexes_of("sale")).fetchall()
            for name, create in indexes:
                if name not in kept:
                    self.db.execute(f'DROP INDEX "{name}"')
                    self._set_aside[name] = create

    def _rebuild_index(self, name: str) -> None:
        if name in self._set_aside:
            self.db.execute(self._set_aside.pop(name))

    def import_chunk(self, chunk: ParsedChunk) -> None:
        members = self.references(chunk, "member", "member")
        channels = self.references(chunk, "channel", "channel")
        customers = self._customers(chunk)
        products = self._products(chunk)
        quantities, prices, discounts, amounts, costs = self._money(chunk, products)
        self.resolver.flush()
        keep = self._new_lines(chunk, customers, products, amounts)
        rows: Iterable[tuple[Any, ...]] = zip(
            chunk.column("order_ref"), chunk.column("line_ref"), chunk.column("date"),
            customers, products, members, channels,
            quantities, prices, discounts, amounts, costs,
            strict=True,
        )  # fmt: skip
        new_rows = list(rows if keep is None else compress(rows, keep))
        self.added += len(new_rows)
        self.returns += sum(1 for row in new_rows if row[10] < 0)  # the amount
        self.db.insert_later("sale", _SALE_COLUMNS, new_rows)
        self._note_what_lines_name(chunk, customers)

    def _note_what_lines_name(self, chunk: ParsedChunk, customers: Sequence[int | None]) -> None:
        """Remembers the territory and account type each customer's lines name, and which
        customers' lines disagree (the first is kept: SPEC §8)."""
        for field, first in self._first_named.items():
            column = chunk.values.get(field)
            if column is None:
                continue
            raw = column.raw if isinstance(column, DeferredTexts) else column
            # each distinct pair once, in the order of the file (the first line is kept)
            for customer, cell in dict.fromkeys(zip(customers, raw, strict=True)):
                text = parse_text(cell) if cell is not None else ""
                if customer is None or not text:
                    continue
                kept = first.setdefault(customer, text)
                if text.casefold() != kept.casefold():
                    self._contradicted[field].setdefault(customer, text)

    def conflicts(self) -> dict[str, Conflicts]:
        return self._conflicts

    def _find_conflicts(self) -> dict[str, Conflicts]:
        found = {}
        for field, contradicted in self._contradicted.items():
            if contradicted:
                customer, other = next(iter(contradicted.items()))
                name = self.resolver.customer_label(customer)
                example = (name, self._first_named[field][customer], other)
                found[field] = Conflicts(len(contradicted), example)
        return found

    def finish(self) -> None:
        self._conflicts = self._find_conflicts()
        super().finish()
        for name in list(self._set_aside):
            self._rebuild_index(name)
        # A customer this import created was created by its first sale.
        first_sale = "(SELECT min(date) FROM sale WHERE sale.customer_id = customer.id)"
        self.db.execute(
            f"UPDATE customer SET created_on = {first_sale}"
            f" WHERE id >= ? AND created_on > {first_sale}",
            (self._first_new_customer,),
        )

    def _customers(self, chunk: ParsedChunk) -> list[int | None]:
        """Customer ids by code (or name); unknown customers are created with the account
        type and territory of their first line, which are looked up for them alone."""
        return self._ids(chunk, "customer", self.resolver.find_customer, self._new_customer)

    def _products(self, chunk: ParsedChunk) -> list[int | None]:
        if "product_code" not in chunk.values and "product_name" not in chunk.values:
            return [None] * len(chunk)
        return self._ids(chunk, "product", self.resolver.find_product, self._new_product)

    def _ids(
        self,
        chunk: ParsedChunk,
        entity: str,
        find: Callable[[str | None, str | None], int | None],
        create: Callable[[ParsedChunk, int], int],
    ) -> list[int | None]:
        """Ids of the customers or products the lines name by code (or name), each unknown
        one created once from the first line naming it."""
        code_field, name_field = f"{entity}_code", f"{entity}_name"
        codes, names = chunk.column(code_field), chunk.column(name_field)
        ids = self.resolver.ids_by_code(entity, codes)
        unknown: dict[tuple[str | None, str | None], list[int]] = defaultdict(list)
        for index in [i for i, found in enumerate(ids) if found is None]:
            if index not in chunk.bad_rows and (codes[index] or names[index]):
                unknown[(codes[index], names[index])].append(index)
        for (code, name), rows in unknown.items():
            try:
                row_id = find(code, name) or create(chunk, rows[0])
            except _CellError as error:  # an ambiguous territory, say
                for index in rows:
                    chunk.reject(index, self.header_of[error.field], error.reason)
                continue
            except ValueError as error:  # several customers of that name
                for index in rows:
                    chunk.reject(index, self.header(name_field, code_field), str(error))
                continue
            for index in rows:
                ids[index] = row_id
        return ids

    def _new_customer(self, chunk: ParsedChunk, index: int) -> int:
        return self.resolver.create_customer(
            {
                "code": chunk.column("customer_code")[index],
                "name": chunk.column("customer_name")[index],
                "account_type_id": self._named(chunk, index, "account_type"),
                "territory_id": self._named(chunk, index, "territory"),
                "created_on": chunk.values["date"][index],
            }
        )

    def _new_product(self, chunk: ParsedChunk, index: int) -> int:
        """A product first seen on this line: its list price and unit cost are the line's
        (0 when the line does not say)."""
        price, unit_cost = chunk.column("unit_price")[index], chunk.column("unit_cost")[index]
        cost, quantity = chunk.column("cost")[index], chunk.column("quantity")[index] or 1.0
        if unit_cost is None and cost is not None:
            unit_cost = minor_units(to_decimal(cost) / to_decimal(quantity))
        return self.resolver.create_product(
            {
                "code": chunk.column("product_code")[index],
                "name": chunk.column("product_name")[index],
                "category_id": self._named(chunk, index, "category"),
                "list_price": price or 0,
                "unit_cost": unit_cost or 0,
            }
        )

    def _named(self, chunk: ParsedChunk, index: int, field: str) -> int | None:
        """The id of the entity a row names in ``field`` (a territory, say), created if new."""
        text = chunk.values[field][index] if field in chunk.values else None
        try:
            return self.resolver.resolve(field, text) if text else None
        except ValueError as error:
            raise _CellError(field, str(error)) from None

    def _money(
        self, chunk: ParsedChunk, products: Sequence[int | None]
    ) -> tuple[Sequence[Any], ...]:
        """Quantity, unit price, discount, amount and cost of every line, derived when absent
        in Decimal, rounded half up once (SPEC §3a Money): amount = quantity x unit price -
        discount. Cost: the line's, else quantity x its unit cost, else amount - its profit,
        else quantity x the product's unit cost when the catalogue knows one; unknown (None,
        not 0) otherwise (SPEC §3a Unknown cost)."""
        quantities = _filled(chunk.values.get("quantity"), 1.0, len(chunk))
        discounts = _filled(chunk.values.get("discount"), 0, len(chunk))
        prices, amounts, costs = (list(chunk.column(f)) for f in ("unit_price", "amount", "cost"))
        if None in amounts:
            for i in _missing(amounts, chunk.bad_rows):
                amounts[i] = line_amount(quantities[i], prices[i], discounts[i])
        if None in prices:
            for i in _missing(prices, chunk.bad_rows):
                gross = amounts[i] + discounts[i]
                quantity = to_decimal(quantities[i])
                prices[i] = minor_units(gross / quantity) if quantity else gross
        if None in costs:
            self._derive_costs(chunk, products, (quantities, amounts, costs))
        return quantities, prices, discounts, amounts, costs

    def _derive_costs(
        self,
        chunk: ParsedChunk,
        products: Sequence[int | None],
        lines: tuple[Sequence[Any], Sequence[Any], list[Any]],
    ) -> None:
        """Fills the missing costs of ``lines`` (quantities, amounts, costs) in place."""
        quantities, amounts, costs = lines
        unit_costs, profits = chunk.column("unit_cost"), chunk.column("profit")
        catalogue = self.resolver.product_costs()
        for i in _missing(costs, chunk.bad_rows):
            if unit_costs[i] is not None:
                costs[i] = line_amount(quantities[i], unit_costs[i])
            elif profits[i] is not None:
                costs[i] = amounts[i] - profits[i]
            elif (product := products[i]) is not None and (known := catalogue.get(product)):
                costs[i] = line_amount(quantities[i], known)

    def _new_lines(
        self,
        chunk: ParsedChunk,
        customers: Sequence[int | None],
        products: Sequence[int | None],
        amounts: Sequence[int | None],
    ) -> list[bool] | None:
        """Which rows to insert: not rejected and not already there (None: all of them)."""
        line_refs = chunk.column("line_ref")
        if None in line_refs:
            keys: Sequence[Any] = [
                ref if ref is not None else (customer, date, product, amount, order)
                for ref, customer, date, product, amount, order in zip(
                    line_refs, customers, chunk.column("date"), products, amounts,
                    chunk.column("order_ref"), strict=True,
                )
            ]  # fmt: skip
        else:
            keys = line_refs
        good = (
            [k for i, k in enumerate(keys) if i not in chunk.bad_rows] if chunk.bad_rows else keys
        )
        if keys is line_refs:  # every line has its line_ref: the usual export
            existing = self._existing_line_refs(good)
        else:
            existing = self._existing_line_refs([k for k in good if isinstance(k, str)])
            existing |= self._existing_composite_keys([k for k in good if isinstance(k, tuple)])
        if not chunk.bad_rows and not existing and len(set(keys)) == len(keys):
            return None
        seen: set[Any] = set()
        keep = []
        for index, key in enumerate(keys):
            if index in chunk.bad_rows:
                keep.append(False)
            elif key in existing or key in seen:
                self.duplicates += 1
                keep.append(False)
            else:
                seen.add(key)
                keep.append(True)
        return keep

    def _existing_line_refs(self, refs: Sequence[str]) -> set[Any]:
        """The line refs already stored, looked up through the line_ref index unless all of
        them sort after every stored one (an export in order, imported after the last)."""
        if not refs:
            return set()
        highest = self._highest_line_ref
        top = max(refs)
        self._highest_line_ref = top if highest is None else max(highest, top)
        if highest is None or min(refs) > highest:
            return set()
        distinct = list(set(refs))
        found: set[Any] = set()
        for start in range(0, len(distinct), _LOOKUP_BATCH):
            batch = distinct[start : start + _LOOKUP_BATCH]
            found.update(
                ref
                for (ref,) in self.db.execute(
                    f"SELECT line_ref FROM sale WHERE line_ref IN ({', '.join('?' * len(batch))})",
                    batch,
                )
            )
        return found

    def _existing_composite_keys(self, keys: list[tuple[Any, ...]]) -> set[Any]:
        """Lines without line_ref already in the database, as (customer, date, product,
        amount, order) — read per customer over the chunk's date range, through an index."""
        if not keys:
            return set()
        self._rebuild_index(_CUSTOMER_DATE_INDEX)  # a file whose line_ref column has gaps
        customers = list({key[0] for key in keys})
        first, last = min(key[1] for key in keys), max(key[1] for key in keys)
        found: set[Any] = set()
        for start in range(0, len(customers), _LOOKUP_BATCH):
            batch = customers[start : start + _LOOKUP_BATCH]
            rows = self.db.execute(
                "SELECT customer_id, date, product_id, amount, order_ref FROM sale"
                f" WHERE customer_id IN ({', '.join('?' * len(batch))})"
                " AND date BETWEEN ? AND ?",
                (*batch, first, last),
            )
            # the date as the file's key has it: ISO text (PostgreSQL returns a date)
            found.update((c, str(day), p, a, o) for c, day, p, a, o in rows)
        return found


def _missing(values: Sequence[Any], bad_rows: set[int]) -> list[int]:
    """Rows of a good line whose value is empty."""
    return [i for i, value in enumerate(values) if value is None and i not in bad_rows]


def _filled(values: Sequence[Any] | None, default: Any, size: int) -> Sequence[Any]:
    if values is None:
        return [default] * size
    if None in values:
        return [default if value is None else value for value in values]
    return values


class RecordsImporter(Importer):
    """Customers, products or members: one record per row, skipped when already known."""

    KEY_FIELDS: tuple[str, ...] = ()  # the fields that identify a record, for problems

    def import_chunk(self, chunk: ParsedChunk) -> None:
        references = self.chunk_references(chunk)
        for index in range(len(chunk)):
            if index in chunk.bad_rows:
                continue
            values = {field: column[index] for field, column in chunk.values.items()}
            values.update((field, ids[index]) for field, ids in references.items())
            try:
                if self.find(values) is not None:
                    self.duplicates += 1
                    continue
            except ValueError as error:  # an ambiguous name
                chunk.reject(index, self.header(*self.KEY_FIELDS), str(error))
                continue
            self.create(values, chunk.lines[index])
            self.added += 1
        self.resolver.flush()

    def chunk_references(self, chunk: ParsedChunk) -> dict[str, list[int | None]]:
        """Field -> the ids its column names, for the fields that refer to other entities."""
        raise NotImplementedError

    def find(self, values: dict[str, Any]) -> int | None:
        raise NotImplementedError

    def create(self, values: dict[str, Any], line: int) -> None:
        raise NotImplementedError


# Customer field -> the entity it names.
_CUSTOMER_REFERENCES = {
    "account_type": "account_type",
    "territory": "territory",
    "owner": "member",
    "persona": "persona",
    "acquisition_channel": "channel",
}


class CustomersImporter(RecordsImporter):
    KEY_FIELDS = ("code", "name")

    def begin(self, estimated_rows: int) -> None:
        self._today = dt.date.today().isoformat()

    def chunk_references(self, chunk: ParsedChunk) -> dict[str, list[int | None]]:
        return {
            field: self.references(chunk, field, ref) for field, ref in _CUSTOMER_REFERENCES.items()
        }

    def find(self, values: dict[str, Any]) -> int | None:
        return self.resolver.find_customer(values.get("code"), values.get("name"))

    def create(self, values: dict[str, Any], line: int) -> None:
        self.resolver.create_customer(
            {
                **values,
                "kind": values.get("kind") or "company",
                "created_on": values.get("created_on") or self._today,
                "status_override": values.get("status"),
                "notes": values.get("notes") or "",
                "account_type_id": values["account_type"],
                "territory_id": values["territory"],
                "owner_member_id": values["owner"],
                "persona_id": values["persona"],
                "acquisition_channel_id": values["acquisition_channel"],
            },
            referenced=False,
        )


class ProductsImporter(RecordsImporter):
    KEY_FIELDS = ("code", "name")

    def chunk_references(self, chunk: ParsedChunk) -> dict[str, list[int | None]]:
        return {"category": self.references(chunk, "category", "category")}

    def find(self, values: dict[str, Any]) -> int | None:
        return self.resolver.find_product(values.get("code"), values.get("name"))

    def create(self, values: dict[str, Any], line: int) -> None:
        self.resolver.create_product(
            {
                **values,
                "category_id": values["category"],
                "unit_cost": values.get("unit_cost") or 0,
                "list_price": values.get("list_price") or 0,
                "active": values.get("active") is not False,
            },
            referenced=False,
        )


class MembersImporter(RecordsImporter):
    """Members; "reports to" is settled after the last chunk, since a member's manager may be
    listed further down the file."""

    KEY_FIELDS = ("email", "name")

    def begin(self, estimated_rows: int) -> None:
        self._managers: list[tuple[int, str, int]] = []  # member id, manager text, line

    def chunk_references(self, chunk: ParsedChunk) -> dict[str, list[int | None]]:
        return {"team": self.references(chunk, "team", "team")}

    def find(self, values: dict[str, Any]) -> int | None:
        if values.get("email"):
            return self.resolver.find_member(values["email"])
        return self.resolver.find_member(values["name"]) if values.get("name") else None

    def create(self, values: dict[str, Any], line: int) -> None:
        member_id = self.resolver.create_member(
            {
                **values,
                "name": values.get("name") or values.get("email"),
                "role": values.get("role") or "representative",
                "team_id": values["team"],
            },
            referenced=False,
        )
        if values.get("reports_to"):
            self._managers.append((member_id, values["reports_to"], line))

    def finish(self) -> None:
        updates = []
        for member_id, manager, line in self._managers:
            try:
                manager_id = self.resolver.member(manager)
            except ValueError as error:
                self.late_problems.append(Problem(line, self.header("reports_to"), str(error)))
                continue
            if manager_id != member_id:
                updates.append((manager_id, member_id))
        super().finish()
        self.db.executemany("UPDATE member SET reports_to_id = ? WHERE id = ?", updates)


def _deals_importer() -> type[Importer]:
    from salesdesk.exchange.deals import DealsImporter

    return DealsImporter


IMPORTERS: dict[ImportKind, type[Importer]] = {
    ImportKind.SALES: SalesImporter,
    ImportKind.CUSTOMERS: CustomersImporter,
    ImportKind.PRODUCTS: ProductsImporter,
    ImportKind.MEMBERS: MembersImporter,
    ImportKind.DEALS: _deals_importer(),
}
