"""A tiny, named data set for the metric tests, small enough to work every number out by hand.

Settings: retention window W = 365 days, at-risk threshold 90 days, fiscal year from January.

Trees::

    territory  Russia(1) > Central(2) > Moscow(3);  Russia(1) > Siberia(4) > Novosibirsk(5)
    category   Hardware(1) > Laptops(2);  Services(3)
    team       Sales(1) > North(2) > North Key Accounts(3);  Sales(1) > South(4)

Members: Anna (Sales), Boris (North), Vera (North Key Accounts), Gleb (South).
Products: Laptop Pro (Laptops), Monitor (Hardware), Support plan (Services).
Channels: Field sales (offline), E-commerce (online).

Customers (territory, account type, owner, created on) and their story:

    ALFA     Moscow       Corporate  Boris  2023-06-01  buys every quarter
    BETA     Novosibirsk  Small      Vera   2023-01-10  one sale 2024-01-05, lost 365 days later
    GAMMA    Central      Corporate  Gleb   2023-02-01  override "lost", from its last sale
    DELTA    Moscow       Small      Boris  2024-12-01  prospect, first sale 2025-02-01
    EPSILON  Novosibirsk  Corporate  Gleb   2025-02-10  created in Q1 2025, first sale 2025-03-20
    ZETA     Moscow       Corporate  —      2025-01-20  created in Q1 2025, never buys
    ETA      Central      Small      Vera   2024-05-01  prospect, never buys
    THETA    Novosibirsk  Corporate  Anna   2022-03-01  one sale 2023-05-01: long lost
    IOTA     Moscow       Corporate  Vera   2023-03-01  last sale 2024-10-01: at risk by 2025-03-31
    KAPPA    Central      Corporate  Boris  2024-11-01  open complaint of 2025-03-01: at risk

Sales lines (amount and cost in kopecks):

    line order   date        customer product      member channel  qty  amount  cost
    L1   ORD-1   2025-01-15  ALFA     Laptop Pro   Boris  Field    2    200000  150000
    L2   ORD-1   2025-01-15  ALFA     Support plan Boris  Field    1     30000   10000
    L3   ORD-2   2025-02-01  DELTA    Monitor      Vera   Field    3     60000   45000
    L4   ORD-3   2025-02-20  GAMMA    Laptop Pro   Gleb   E-com    1    100000   75000
    L5   ORD-4   2025-03-05  ALFA     Monitor      Boris  Field    1     20000   15000
    L6   —       2025-03-20  EPSILON  Support plan —      E-com    1     15000    5000
    L7   ORD-5   2025-03-25  KAPPA    Laptop Pro   Vera   Field    1    110000   80000
    L8   ORD-6   2024-11-20  ALFA     Laptop Pro   Boris  Field    1    100000   75000
    L9   ORD-7   2024-10-01  IOTA     Monitor      Vera   Field    2     40000   30000
    L10  ORD-8   2024-12-20  KAPPA    Support plan Gleb   E-com    1     30000   10000
    L11  ORD-9   2024-02-10  ALFA     Laptop Pro   Boris  Field    1     90000   70000
    L12  ORD-10  2024-01-05  BETA     Monitor      Vera   Field    5    100000   75000
    L13  ORD-11  2024-06-10  GAMMA    Support plan Gleb   Field    1     25000    8000
    L14  ORD-12  2023-05-01  THETA    Laptop Pro   Anna   Field    1     95000   70000

Interactions: KAPPA open complaint 2025-03-01; ALFA open service ticket 2025-03-25;
DELTA closed complaint 2025-01-10; IOTA open call 2024-11-01.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from salesdesk.store.db import create_database
from tests.engines import EngineUnderTest, Location

RUSSIA, CENTRAL, MOSCOW, SIBERIA, NOVOSIBIRSK = 1, 2, 3, 4, 5
HARDWARE, LAPTOPS, SERVICES = 1, 2, 3
SALES_TEAM, NORTH, NORTH_KEY_ACCOUNTS, SOUTH = 1, 2, 3, 4
ANNA, BORIS, VERA, GLEB = 1, 2, 3, 4
LAPTOP, MONITOR, SUPPORT = 1, 2, 3
CORPORATE, SMALL = 1, 2
FIELD, ECOMMERCE = 1, 2
ALFA, BETA, GAMMA, DELTA, EPSILON, ZETA, ETA, THETA, IOTA, KAPPA = range(1, 11)

_SALE_LINES = [
    (1, "ORD-1", "2025-01-15", ALFA, LAPTOP, BORIS, FIELD, 2, 200000, 150000),
    (2, "ORD-1", "2025-01-15", ALFA, SUPPORT, BORIS, FIELD, 1, 30000, 10000),
    (3, "ORD-2", "2025-02-01", DELTA, MONITOR, VERA, FIELD, 3, 60000, 45000),
    (4, "ORD-3", "2025-02-20", GAMMA, LAPTOP, GLEB, ECOMMERCE, 1, 100000, 75000),
    (5, "ORD-4", "2025-03-05", ALFA, MONITOR, BORIS, FIELD, 1, 20000, 15000),
    (6, None, "2025-03-20", EPSILON, SUPPORT, None, ECOMMERCE, 1, 15000, 5000),
    (7, "ORD-5", "2025-03-25", KAPPA, LAPTOP, VERA, FIELD, 1, 110000, 80000),
    (8, "ORD-6", "2024-11-20", ALFA, LAPTOP, BORIS, FIELD, 1, 100000, 75000),
    (9, "ORD-7", "2024-10-01", IOTA, MONITOR, VERA, FIELD, 2, 40000, 30000),
    (10, "ORD-8", "2024-12-20", KAPPA, SUPPORT, GLEB, ECOMMERCE, 1, 30000, 10000),
    (11, "ORD-9", "2024-02-10", ALFA, LAPTOP, BORIS, FIELD, 1, 90000, 70000),
    (12, "ORD-10", "2024-01-05", BETA, MONITOR, VERA, FIELD, 5, 100000, 75000),
    (13, "ORD-11", "2024-06-10", GAMMA, SUPPORT, GLEB, FIELD, 1, 25000, 8000),
    (14, "ORD-12", "2023-05-01", THETA, LAPTOP, ANNA, FIELD, 1, 95000, 70000),
]

_ROWS: dict[str, tuple[str, list[tuple[object, ...]]]] = {
    "territory": (
        "id, name, parent_id",
        [
            (RUSSIA, "Russia", None),
            (CENTRAL, "Central", RUSSIA),
            (MOSCOW, "Moscow", CENTRAL),
            (SIBERIA, "Siberia", RUSSIA),
            (NOVOSIBIRSK, "Novosibirsk", SIBERIA),
        ],
    ),
    "product_category": (
        "id, name, parent_id",
        [
            (HARDWARE, "Hardware", None),
            (LAPTOPS, "Laptops", HARDWARE),
            (SERVICES, "Services", None),
        ],
    ),
    "product": (
        "id, code, name, category_id, unit_cost, list_price, active",
        [
            (LAPTOP, "LAP-1", "Laptop Pro", LAPTOPS, 75000, 100000, 1),
            (MONITOR, "MON-1", "Monitor", HARDWARE, 15000, 20000, 1),
            (SUPPORT, "SUP-1", "Support plan", SERVICES, 5000, 15000, 1),
        ],
    ),
    "account_type": ("id, name", [(CORPORATE, "Corporate"), (SMALL, "Small business")]),
    "channel": (
        "id, name, kind",
        [(FIELD, "Field sales", "offline"), (ECOMMERCE, "E-commerce", "online")],
    ),
    "team": (
        "id, name, parent_id",
        [
            (SALES_TEAM, "Sales", None),
            (NORTH, "North", SALES_TEAM),
            (NORTH_KEY_ACCOUNTS, "North Key Accounts", NORTH),
            (SOUTH, "South", SALES_TEAM),
        ],
    ),
    "member": (
        "id, name, role, team_id",
        [
            (ANNA, "Anna", "head", SALES_TEAM),
            (BORIS, "Boris", "manager", NORTH),
            (VERA, "Vera", "representative", NORTH_KEY_ACCOUNTS),
            (GLEB, "Gleb", "representative", SOUTH),
        ],
    ),
    "customer": (
        "id, code, name, kind, territory_id, account_type_id, owner_member_id, created_on,"
        " status_override, notes",
        [
            (ALFA, "C01", "Alfa", "company", MOSCOW, CORPORATE, BORIS, "2023-06-01", None, ""),
            (BETA, "C02", "Beta", "company", NOVOSIBIRSK, SMALL, VERA, "2023-01-10", None, ""),
            (GAMMA, "C03", "Gamma", "company", CENTRAL, CORPORATE, GLEB, "2023-02-01", "lost", ""),
            (DELTA, "C04", "Delta", "company", MOSCOW, SMALL, BORIS, "2024-12-01", None, ""),
            (
                EPSILON,
                "C05",
                "Epsilon",
                "company",
                NOVOSIBIRSK,
                CORPORATE,
                GLEB,
                "2025-02-10",
                None,
                "",
            ),
            (ZETA, "C06", "Zeta", "company", MOSCOW, CORPORATE, None, "2025-01-20", None, ""),
            (ETA, "C07", "Eta", "company", CENTRAL, SMALL, VERA, "2024-05-01", None, ""),
            (
                THETA,
                "C08",
                "Theta",
                "company",
                NOVOSIBIRSK,
                CORPORATE,
                ANNA,
                "2022-03-01",
                None,
                "",
            ),
            (IOTA, "C09", "Iota", "company", MOSCOW, CORPORATE, VERA, "2023-03-01", None, ""),
            (KAPPA, "C10", "Kappa", "company", CENTRAL, CORPORATE, BORIS, "2024-11-01", None, ""),
        ],
    ),
    "sale": (
        "id, order_ref, date, customer_id, product_id, member_id, channel_id, quantity, amount,"
        " cost, unit_price, discount",
        [(*line, line[-2] // line[-3], 0) for line in _SALE_LINES],  # undiscounted price
    ),
    "interaction": (
        "customer_id, date, kind, department, subject, outcome, is_open",
        [
            (KAPPA, "2025-03-01", "complaint", "service", "Late delivery", "", 1),
            (ALFA, "2025-03-25", "service_ticket", "service", "Screen flicker", "", 1),
            (DELTA, "2025-01-10", "complaint", "service", "Wrong invoice", "Fixed", 0),
            (IOTA, "2024-11-01", "call", "sales", "Check-in", "", 1),
        ],
    ),
}


def create_metric_database(
    path: Path, *, fiscal_year_start_month: int = 1, engine: EngineUnderTest | None = None
) -> Location:
    """Creates the data set above in a new SalesDesk database at ``path``."""
    create_database(path, company="Fixture Ltd", currency="RUB")
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        for table, (columns, rows) in _ROWS.items():
            marks = ", ".join("?" * len(rows[0]))
            raw.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        raw.execute(
            "UPDATE settings SET fiscal_year_start_month = ? WHERE id = 1",
            (fiscal_year_start_month,),
        )
    raw.close()
    return path if engine is None else engine.holding(path)
