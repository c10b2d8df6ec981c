"""A small organisation with coverage, worked out by hand for the coverage, assignment and
Team section tests. Today is 2026-11-28; the period is October 2026; W = 365 days, so every
customer below with a sale is current.

Territories: Russia (1) > Central (2) > Moscow (3), Tver (4); Russia > North (5) > Murmansk (6).
Account types: Corporate (1), Private (2). Categories: Hardware (1) > Laptops (2); Services (3).
Products: P1 (Laptops), P2 (Services).

Teams: Sales (1) > East (2), Sales led by Bob. Members: Ann (1, head, no team), Bob (2, manager,
Sales), Cat (3, rep, East, capacity 2), Dan (4, rep, East, capacity 5), Eve (5, rep, East,
left 2026-01-31).

Coverage: East -> Central; Cat -> Moscow; Dan -> Moscow; Eve -> North (she left);
Bob -> Corporate; Bob -> Hardware.

Customers (territory, account type, owner) and their October sales (amounts in cents):

    C1  Moscow    Corporate  Cat   2026-10-01 P1 1,000,000
    C2  Moscow    -          Cat   2026-10-12 P1   500,000
    C3  Moscow    -          Cat   2026-10-15 P2   200,000
    C4  Tver      -          -     2026-10-20 P2   700,000
    C5  Murmansk  -          Eve   2026-10-05 P1   300,000
    C6  Murmansk  -          -     never buys (a prospect)
    C7  -         Private    Bob   2026-10-10 no product 100,000
    C8  Moscow    -          -     never buys (a prospect, created 2026-10-01)

Geographic coverage in October: Moscow has 4 customers and 1,700,000, covered by Cat and Dan
(an overlap); Tver 1 customer, 700,000, covered by East through Central; Murmansk 2 customers
and 300,000 with nobody active (Eve left): the one gap. Cat holds 3 current accounts over a
capacity of 2: overloaded by 1.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from salesdesk.periods import Period
from salesdesk.store.db import create_database, open_database
from tests.engines import EngineUnderTest, Location

TODAY = date(2026, 11, 28)
OCTOBER = Period.month(2026, 10)
SALES, EAST = 1, 2
ANN, BOB, CAT, DAN, EVE = 1, 2, 3, 4, 5
RUSSIA, CENTRAL, MOSCOW, TVER, NORTH, MURMANSK = 1, 2, 3, 4, 5, 6
CORPORATE, PRIVATE = 1, 2
HARDWARE, LAPTOPS, SERVICES = 1, 2, 3

_SCRIPT = """
INSERT INTO territory (id, name, parent_id) VALUES (1, 'Russia', NULL), (2, 'Central', 1),
    (3, 'Moscow', 2), (4, 'Tver', 2), (5, 'North', 1), (6, 'Murmansk', 5);
INSERT INTO account_type (id, name) VALUES (1, 'Corporate'), (2, 'Private');
INSERT INTO product_category (id, name, parent_id) VALUES (1, 'Hardware', NULL),
    (2, 'Laptops', 1), (3, 'Services', NULL);
INSERT INTO product (id, code, name, category_id, unit_cost, list_price, active) VALUES
    (1, 'P1', 'Laptop', 2, 0, 0, 1), (2, 'P2', 'Support', 3, 0, 0, 1);
INSERT INTO team (id, name, parent_id) VALUES (1, 'Sales', NULL), (2, 'East', 1);
INSERT INTO member (id, name, role, team_id, capacity, left_on) VALUES
    (1, 'Ann', 'head', NULL, NULL, NULL),
    (2, 'Bob', 'manager', 1, NULL, NULL),
    (3, 'Cat', 'representative', 2, 2, NULL),
    (4, 'Dan', 'representative', 2, 5, NULL),
    (5, 'Eve', 'representative', 2, NULL, '2026-01-31');
UPDATE team SET lead_member_id = 2 WHERE id = 1;
INSERT INTO coverage (team_id, member_id, territory_id, category_id, account_type_id) VALUES
    (2, NULL, 2, NULL, NULL), (NULL, 3, 3, NULL, NULL), (NULL, 4, 3, NULL, NULL),
    (NULL, 5, 5, NULL, NULL), (NULL, 2, NULL, NULL, 1), (NULL, 2, NULL, 1, NULL);
INSERT INTO customer (id, code, name, kind, territory_id, account_type_id, owner_member_id,
                      created_on, notes) VALUES
    (1, 'C1', 'C1', 'company', 3, 1, 3, '2025-01-01', ''),
    (2, 'C2', 'C2', 'company', 3, NULL, 3, '2025-01-01', ''),
    (3, 'C3', 'C3', 'company', 3, NULL, 3, '2025-01-01', ''),
    (4, 'C4', 'C4', 'company', 4, NULL, NULL, '2025-01-01', ''),
    (5, 'C5', 'C5', 'company', 6, NULL, 5, '2025-01-01', ''),
    (6, 'C6', 'C6', 'company', 6, NULL, NULL, '2025-01-01', ''),
    (7, 'C7', 'C7', 'person', NULL, 2, 2, '2025-01-01', ''),
    (8, 'C8', 'C8', 'company', 3, NULL, NULL, '2026-10-01', '');
INSERT INTO sale (order_ref, date, customer_id, product_id, member_id, quantity, unit_price,
                  discount, amount, cost) VALUES
    ('O1', '2026-10-01', 1, 1, 3, 1, 1000000, 0, 1000000, 0),
    ('O2', '2026-10-12', 2, 1, 3, 1, 500000, 0, 500000, 0),
    ('O3', '2026-10-15', 3, 2, 3, 1, 200000, 0, 200000, 0),
    ('O4', '2026-10-20', 4, 2, 4, 1, 700000, 0, 700000, 0),
    ('O5', '2026-10-05', 5, 1, 4, 1, 300000, 0, 300000, 0),
    ('O7', '2026-10-10', 7, NULL, 2, 1, 100000, 0, 100000, 0)
"""


def create_team_database(path: Path, *, engine: EngineUnderTest | None = None) -> Location:
    create_database(path, company="Team Co", currency="RUB")
    with open_database(path) as database, database.write() as conn:
        for statement in filter(str.strip, _SCRIPT.split(";")):
            conn.exec_driver_sql(statement)
    return path if engine is None else engine.holding(path)
