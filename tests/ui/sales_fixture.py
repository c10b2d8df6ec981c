"""A small, named data set for the section tests: every figure below is worked out by hand.

Currency USD, retention window W = 365 days, at-risk threshold 90 days, calendar fiscal year.
The period under test is Q3 2026 (1 Jul – 30 Sep 2026); Q2 2026 is the previous period and
Q3 2025 the same period a year earlier.

Teams: Sales (1) > North (2). Members: Mia (manager, Sales), Ned (representative, North),
Oda (representative, North, left on 31 Mar 2026), and Zed (head of sales, in no team, no sales).

Customers (owner, created on) and their sales (amounts in cents; member credited):

    A  Ned  2025-01-01  ORD-1 2025-12-10 50,000.00 Ned; ORD-2 2026-08-15 two lines
                        30,000.00 + 10,000.00 Ned; ORD-3 2026-09-01 20,000.00 Ned
    B  Oda  2025-01-01  ORD-4 2025-05-20 10,000.00 Oda          (lost from 2026-05-20)
    C  Mia  2026-07-05  ORD-5 2026-07-20 30,000.00 Mia          (new in Q3 2026)
    D  Mia  2026-01-10  never buys                              (a prospect)
    E  Ned  2025-01-01  ORD-6 2025-09-10  5,000.00 Ned          (lost from 2026-09-10)
    F  Ned  2025-01-01  ORD-7 2026-05-05 15,000.00 Ned          (new in Q2 2026)

Q3 2026, whole company: revenue 90,000.00 (ORD-2, 3, 5); 3 orders; average order 30,000.00;
1 new customer (C). Current at the start: A, E, F; at the end: A, C, F; so 2 retained (A, F),
1 lost (E), retention 2/3 = 66.7 %. Conversion: C (created in Q3) bought, D did not:
1 / (1 prospect at the start + 1 created) = 50.0 %. At risk on 30 Sep: F, whose last sale was
148 days earlier (> 90); A (29 days) and C (72 days) are fine.

Q2 2026: revenue 15,000.00 (ORD-7), 1 order, 1 new customer (F); current at the start A, B, E,
at the end A, E, F: 1 lost (B).  Q3 2025: revenue 5,000.00 (ORD-6), 1 order, 1 new (E).
"""

from __future__ import annotations

from pathlib import Path

from salesdesk.store.db import create_database, open_database

SALES_TEAM, NORTH = 1, 2
MIA, NED, ODA, ZED = 1, 2, 3, 4

_SCRIPT = """
INSERT INTO team (id, name, parent_id) VALUES (1, 'Sales', NULL), (2, 'North', 1);
INSERT INTO member (id, name, role, team_id, email, left_on) VALUES
    (1, 'Mia', 'manager', 1, 'mia@example.com', NULL),
    (2, 'Ned', 'representative', 2, 'ned@example.com', NULL),
    (3, 'Oda', 'representative', 2, NULL, '2026-03-31'),
    (4, 'Zed', 'head', NULL, NULL, NULL);
UPDATE team SET lead_member_id = 1 WHERE id = 1;
INSERT INTO customer (id, code, name, kind, owner_member_id, created_on, notes) VALUES
    (1, 'A', 'Customer A', 'company', 2, '2025-01-01', ''),
    (2, 'B', 'Customer B', 'company', 3, '2025-01-01', ''),
    (3, 'C', 'Customer C', 'company', 1, '2026-07-05', ''),
    (4, 'D', 'Customer D', 'company', 1, '2026-01-10', ''),
    (5, 'E', 'Customer E', 'company', 2, '2025-01-01', ''),
    (6, 'F', 'Customer F', 'company', 2, '2025-01-01', '');
INSERT INTO sale (order_ref, line_ref, date, customer_id, member_id, quantity, unit_price,
                  discount, amount, cost) VALUES
    ('ORD-1', 'L1', '2025-12-10', 1, 2, 1, 5000000, 0, 5000000, 0),
    ('ORD-2', 'L2', '2026-08-15', 1, 2, 1, 3000000, 0, 3000000, 0),
    ('ORD-2', 'L3', '2026-08-15', 1, 2, 1, 1000000, 0, 1000000, 0),
    ('ORD-3', 'L4', '2026-09-01', 1, 2, 1, 2000000, 0, 2000000, 0),
    ('ORD-4', 'L5', '2025-05-20', 2, 3, 1, 1000000, 0, 1000000, 0),
    ('ORD-5', 'L6', '2026-07-20', 3, 1, 1, 3000000, 0, 3000000, 0),
    ('ORD-6', 'L7', '2025-09-10', 5, 2, 1, 500000, 0, 500000, 0),
    ('ORD-7', 'L8', '2026-05-05', 6, 2, 1, 1500000, 0, 1500000, 0)
"""


def create_sales_database(path: Path) -> Path:
    create_database(path, company="Fixture Co", currency="USD")
    with open_database(path) as database, database.write() as conn:
        for statement in filter(str.strip, _SCRIPT.split(";")):
            conn.exec_driver_sql(statement)
    return path
