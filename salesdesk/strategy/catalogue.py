"""The product catalogue: the category tree and products with cost, price and margin.

A product's margin is its list price less its unit (variable) cost, and its margin % that
margin over the price — the same reading as gross margin over revenue in SPEC §3, for one
unit at list price. Lists select plain columns (no ORM objects), so a catalogue of a few
thousand products loads in milliseconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.errors import FieldError
from salesdesk.i18n import tr
from salesdesk.store import editing
from salesdesk.store.changes import Change, save_row

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class CatalogueError(FieldError):
    """A product or category that cannot be saved or deleted, and why; ``field`` names the
    field at fault ("" when none is)."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(field, message)


@dataclass
class Category:
    id: int
    name: str
    parent_id: int | None
    children: list[Category] = field(default_factory=list)
    products: int = 0  # directly in this category


def load_category_tree(conn: Connection) -> list[Category]:
    """The top categories, each with its sub-categories, by name."""
    rows = conn.execute(
        text(
            "SELECT c.id, c.name, c.parent_id, COUNT(p.id) FROM product_category c"
            " LEFT JOIN product p ON p.category_id = c.id"
            " GROUP BY c.id ORDER BY lower(c.name)"
        )
    )
    nodes = {cid: Category(cid, name, parent, products=n) for cid, name, parent, n in rows}
    roots = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id is not None else None
        # a parent that points into its own subtree would hide a cycle: show it at the top
        if parent is None or _descends_from(parent, node.id, nodes):
            roots.append(node)
        else:
            parent.children.append(node)
    return roots


def _descends_from(node: Category, ancestor_id: int, nodes: Mapping[int, Category]) -> bool:
    seen: set[int] = set()
    current: Category | None = node
    while current is not None and current.id not in seen:
        if current.id == ancestor_id:
            return True
        seen.add(current.id)
        current = nodes.get(current.parent_id) if current.parent_id is not None else None
    return False


@dataclass(frozen=True)
class Product:
    id: int
    code: str
    name: str
    category_id: int | None
    category: str
    unit_cost: int
    list_price: int
    active: bool
    version: int = 1  # of the row as read: an edit is made from it (SPEC §13)

    @property
    def margin(self) -> int:
        return self.list_price - self.unit_cost

    @property
    def margin_pct(self) -> float | None:
        return self.margin / self.list_price if self.list_price else None


_PRODUCTS_SQL = """
WITH RECURSIVE category_tree(id) AS (
    SELECT id FROM product_category WHERE id = :category_id
    UNION SELECT child.id FROM product_category child
          JOIN category_tree ON child.parent_id = category_tree.id)
SELECT p.id, p.code, p.name, p.category_id, COALESCE(c.name, '') AS category, p.unit_cost,
       p.list_price, p.active, p.version
FROM product p LEFT JOIN product_category c ON c.id = p.category_id
WHERE (CAST(:category_id AS INTEGER) IS NULL OR p.category_id IN (SELECT id FROM category_tree))
  AND (:search = '' OR lower(p.name) LIKE lower(:pattern) ESCAPE '\\'
       OR lower(p.code) LIKE lower(:pattern) ESCAPE '\\')
  AND (:include_inactive OR p.active)
ORDER BY lower(p.name), p.code
"""


def load_products(
    conn: Connection,
    *,
    category_id: int | None = None,
    search: str = "",
    include_inactive: bool = True,
) -> list[Product]:
    """Products of a category and its sub-categories (all without one), by name."""
    search = search.strip()
    params = {
        "category_id": category_id,
        "search": search,
        "pattern": f"%{_escape_like(search)}%",
        "include_inactive": include_inactive,
    }
    rows = conn.execute(text(_PRODUCTS_SQL), params).mappings()
    return [Product(**{**row, "active": bool(row["active"])}) for row in rows]


def count_products(conn: Connection) -> int:
    return int(conn.execute(text("SELECT COUNT(*) FROM product")).scalar_one())


def product_choices(conn: Connection) -> list[tuple[int, str]]:
    """(id, "name (code)") of every product by name, to pick one in a form."""
    rows = conn.execute(
        text("SELECT id, name || ' (' || code || ')' FROM product ORDER BY lower(name)")
    )
    return [(int(product_id), label) for product_id, label in rows]


def _escape_like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def check_product(conn: Connection, values: Mapping[str, Any], product_id: int | None) -> None:
    """Raises :class:`CatalogueError` for a product that cannot be saved."""
    code, name = str(values.get("code", "")).strip(), str(values.get("name", "")).strip()
    if not code or not name:
        raise CatalogueError(
            tr("A product needs a code and a name."), "code" if not code else "name"
        )
    taken = conn.execute(
        text(
            "SELECT name FROM product WHERE code = :code"
            " AND (CAST(:id AS INTEGER) IS NULL OR id <> :id)"  # "IS NOT :id": SQLite only
        ),
        {"code": code, "id": product_id},
    ).scalar_one_or_none()
    if taken is not None:
        raise CatalogueError(
            tr("The code {code} is already used by {name}.", code=code, name=taken), "code"
        )
    check_product_prices(values)


def check_product_prices(values: Mapping[str, Any]) -> None:
    """Raises :class:`CatalogueError` for a negative unit cost or list price (the form asks
    it before saving, so the reason shows at the field at once)."""
    if (values.get("unit_cost") or 0) < 0:
        raise CatalogueError(tr("The unit cost cannot be negative."), "unit_cost")
    if (values.get("list_price") or 0) < 0:
        raise CatalogueError(tr("The list price cannot be negative."), "list_price")


def save_product(conn: Connection, product_id: int | None, values: Mapping[str, Any]) -> Change:
    """Adds a product (no id) or changes one, after :func:`check_product`."""
    check_product(conn, values, product_id)
    return save_row(conn, "product", product_id, values)


def product_dependents(conn: Connection, product_id: int) -> dict[str, int]:
    """What refers to a product, by a readable name of the referring rows."""
    return _readable(editing.dependents(conn, "product", product_id).counts)


def _readable(counts: Mapping[tuple[str, str], int]) -> dict[str, int]:
    names = {
        "sale": tr("sales lines"),
        "competitor_price": tr("competitor prices"),
        "goal": tr("goals"),
        "product": tr("products"),
        "product_category": tr("sub-categories"),
        "coverage": tr("coverage assignments"),
    }
    readable: dict[str, int] = {}
    for (table, _column), n in counts.items():
        name = names.get(table, table)
        readable[name] = readable.get(name, 0) + n
    return readable
