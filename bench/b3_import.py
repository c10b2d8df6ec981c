"""B3 (SPEC §11): importing a 1M-line sales CSV, against a raw csv + sqlite3 load of the same file.

The file is generated here, deterministically: order lines of ~50,000 customers buying from
~100 products over three years, with codes, names, territory and category paths, channels
and members, as a CRM would export them. In the same run the script times

- the baseline: ``csv.reader`` + ``sqlite3.executemany`` into a bare table with one text
  column per CSV column, in a fresh WAL database (what the bare bones of loading cost), and
- ``salesdesk.exchange.import_file`` of the same file into a fresh SalesDesk database:
  parsing, validation, entity creation, de-duplication and index upkeep included,

and reports the ratio against the target of 2x. ``python -m bench.b3_import --help``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, NamedTuple

ID = "B3"
WHAT = "import of a 1M-line sales CSV"
TARGET_RATIO = 2.0
HEADER = ("order_ref", "line_ref", "date", "customer_code", "customer_name", "account_type",
          "territory", "product_code", "product_name", "category", "quantity", "unit_price",
          "discount", "amount", "cost", "channel", "member")  # fmt: skip

_REGIONS = {
    "Central": ("Moscow", "Tula", "Kaluga", "Tver", "Yaroslavl", "Ryazan"),
    "North-West": ("Saint Petersburg", "Pskov", "Novgorod", "Murmansk", "Kaliningrad"),
    "Volga": ("Kazan", "Samara", "Nizhny Novgorod", "Saratov", "Ufa", "Perm"),
    "South": ("Rostov-on-Don", "Krasnodar", "Volgograd", "Sochi"),
    "Urals": ("Yekaterinburg", "Chelyabinsk", "Tyumen"),
    "Siberia": ("Novosibirsk", "Omsk", "Krasnoyarsk", "Irkutsk", "Tomsk"),
}
_CATEGORIES = {
    "Hardware": ("Laptops", "Monitors", "Printers", "Networking"),
    "Software": ("Licences", "Subscriptions"),
    "Services": ("Installation", "Support", "Training"),
    "Supplies": ("Paper", "Toner", "Cables"),
}
_COMPANY_WORDS = (
    "Alfa",
    "Vector",
    "Nord",
    "Ural",
    "Volga",
    "Sibir",
    "Delta",
    "Orion",
    "Kvant",
    "Gorizont",
    "Rassvet",
    "Polyus",
    "Start",
    "Zenit",
    "Neva",
    "Baikal",
)
_COMPANY_TRADES = (
    "Trading",
    "Logistics",
    "Engineering",
    "Retail",
    "Foods",
    "Systems",
    "Construction",
    "Pharma",
    "Media",
    "Energy",
    "Consulting",
    "Textiles",
)
_LEGAL_FORMS = ("LLC", "JSC", "Ltd", "Group")
_FIRST_NAMES = (
    "Anna",
    "Boris",
    "Dmitry",
    "Elena",
    "Igor",
    "Irina",
    "Maria",
    "Oleg",
    "Pavel",
    "Olga",
    "Sergey",
    "Tatiana",
    "Viktor",
    "Yulia",
    "Nikolai",
)
_LAST_NAMES = (
    "Ivanov",
    "Petrova",
    "Smirnov",
    "Kuznetsova",
    "Popov",
    "Sokolova",
    "Lebedev",
    "Novikova",
    "Morozov",
    "Volkova",
)
_CHANNELS = ("Store", "E-commerce", "Phone", "Field sales", "Partners")
_ACCOUNT_TYPES = ("Corporate", "Small business", "Private person")  # fmt: skip


def generate_sales_csv(
    path: Path, *, lines: int, customers: int, products: int, seed: int = 3
) -> None:
    """Writes ``lines`` order lines (1-5 lines per order) to ``path``."""
    rnd = random.Random(seed)
    territories = [f"Russia/{region}/{city}" for region, cities in _REGIONS.items()
                   for city in cities]  # fmt: skip
    categories = [f"{top}/{sub}" for top, subs in _CATEGORIES.items() for sub in subs]
    product_rows = [
        (f"SKU-{n:05d}", f"{rnd.choice(categories).split('/')[1]} model {n}",
         rnd.choice(categories), rnd.randint(5, 2000) * 100 + rnd.choice((0, 50, 90, 99)))
        for n in range(1, products + 1)
    ]  # fmt: skip
    customer_rows = [
        (f"C{n:07d}", _company_name(rnd, n), rnd.choice(_ACCOUNT_TYPES), rnd.choice(territories))
        for n in range(1, customers + 1)
    ]
    members = [f"{rnd.choice(_FIRST_NAMES)} {rnd.choice(_LAST_NAMES)} {n}" for n in range(30)]
    start, days = dt.date(2023, 12, 1), 1096
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        written, number = 0, 0
        while written < lines:
            number += 1
            # Orders are numbered as they come in, so the export runs in date order.
            day = start + dt.timedelta(days=written * days // lines)
            order = _Order(
                f"SO-{number:08d}",
                day.isoformat(),
                _pick_customer(rnd, customer_rows),
                rnd.choice(_CHANNELS),
                rnd.choice(members),
            )
            for line in range(1, min(rnd.randint(1, 5), lines - written) + 1):
                writer.writerow(_order_line(rnd, order, line, rnd.choice(product_rows)))
                written += 1


class _Order(NamedTuple):
    ref: str
    day: str
    customer: tuple[str, str, str, str]
    channel: str
    member: str


def _pick_customer(
    rnd: random.Random, customers: list[tuple[str, str, str, str]]
) -> tuple[str, str, str, str]:
    """A few big customers buy often (Pareto), the long tail now and then."""
    if rnd.random() < 0.3:
        return customers[min(int(rnd.paretovariate(1.2)) - 1, len(customers) - 1)]
    return rnd.choice(customers)


def _company_name(rnd: random.Random, n: int) -> str:
    return (
        f"{rnd.choice(_COMPANY_WORDS)} {rnd.choice(_COMPANY_TRADES)} {n} {rnd.choice(_LEGAL_FORMS)}"
    )


def _order_line(
    rnd: random.Random, order: _Order, line: int, product: tuple[str, str, str, int]
) -> list[str]:
    quantity = rnd.choice((1, 1, 1, 2, 2, 3, 5, 10, 20))
    price = product[3]
    discount = rnd.choice((0, 0, 0, 0, quantity * price // 20, quantity * price // 10))
    amount = quantity * price - discount
    cost = amount * rnd.randint(45, 75) // 100
    money = [_major(value) for value in (price, discount, amount, cost)]
    return [
        order.ref, f"{order.ref}-{line}", order.day, *order.customer, *product[:3],
        str(quantity), *money, order.channel, order.member,
    ]  # fmt: skip


def _major(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def time_baseline(csv_path: Path, db_path: Path) -> float:
    """csv.reader + executemany of the same file into a bare table, in one transaction."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(f"CREATE TABLE raw_sale ({', '.join(f'{c} TEXT' for c in HEADER)})")
    started = time.perf_counter()
    with csv_path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        connection.execute("BEGIN")
        connection.executemany(
            f"INSERT INTO raw_sale VALUES ({', '.join('?' * len(HEADER))})", reader
        )
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def time_import(csv_path: Path, db_path: Path) -> tuple[float, Any]:
    from salesdesk.exchange import guess_mapping, import_file, read_preview
    from salesdesk.store.db import create_database, open_database

    create_database(db_path)
    mapping = guess_mapping("sales", read_preview(csv_path).headers)
    with open_database(db_path) as database:
        started = time.perf_counter()
        summary = import_file(database, csv_path, "sales", mapping)
        elapsed = time.perf_counter() - started
    return elapsed, summary


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--lines", type=int, default=1_000_000, help="sales lines in the file")
    group.add_argument("--customers", type=int, default=50_000, help="customers in the file")
    group.add_argument("--products", type=int, default=100, help="products in the file")


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Generates the file, times both loads and returns the harness's result."""
    from bench.harness import Result

    lines = 20_000 if args.quick else args.lines
    csv_path = args.workdir / f"b3-sales-{lines}.csv"
    if not csv_path.exists():
        generate_sales_csv(csv_path, lines=lines, customers=args.customers, products=args.products)
    baseline = time_baseline(csv_path, _fresh(args.workdir / "b3-baseline.sqlite"))
    seconds, summary = time_import(csv_path, _fresh(args.workdir / "b3-import.sqlite"))
    if summary.added != lines:
        raise RuntimeError(f"imported {summary.added} of {lines} lines: {summary}")
    return Result(
        id=ID,
        what=WHAT,
        seconds=seconds,
        baseline="csv.reader + sqlite3.executemany of the same file",
        baseline_seconds=baseline,
        target=f"≤ {TARGET_RATIO:.0f}× the raw load",
        met=seconds <= TARGET_RATIO * baseline,
        notes=f"{lines:,} lines; created {summary.created}.",
    ).as_dict()


def _fresh(path: Path) -> Path:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    return path


if __name__ == "__main__":
    from bench.harness import main_for

    sys.exit(main_for(__name__))
