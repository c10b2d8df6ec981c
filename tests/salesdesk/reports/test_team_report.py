"""The team report: its numbers on a hand-built database, its PDF, and ``main.py report``.

The data set (report period Q3 2026 = 1 Jul – 30 Sep; previous period Q2 2026; W = 365 days)::

    teams    Sales(1, lead Anna) > North(2)
    members  Anna (Sales), Boris (North), Vera (North, left 2026-08-15),
             Oleg (North, left 2025-01-31, no sales, no customers: not listed)

    customer owner  sales (date, member, amount in kopecks, order)
    C1       Anna   2026-02-10 Anna 30000 A1; 2026-05-05 Anna 80000 A0;
                    2026-07-15 Anna 50000 A2; 2026-08-20 Anna 40000 + 30000 A3 (two lines)
    C2       Boris  2026-08-01 Boris 100000 B1            first sale in Q3: new
    C3       Boris  2025-08-10 Boris 20000 B0             current on 30 Jun, not on 30 Sep: lost
    C4       Vera   2026-07-20 Vera 40000 V1              first sale in Q3: new
    C5       Boris  2026-06-10 Boris 50000 B2             current at both ends

    goal (owner, metric, target, dates)                      actual to 30 Sep   attainment
    G1 Anna  revenue 200000  2026-07-01..2026-12-31           260000            130 %
             (Anna heads the department, so her goal counts every sale: 120000 + C2 100000
             + C4 40000; the Goals section's rule, salesdesk.goals.goal_scope)
    G2 Anna  manual 10       2026-07-01..2026-12-31           4 (check-in 1 Aug; 9 on 15 Oct
                                                              is after the period)  40 %
    G3 Boris new_customers 2 2026-01-01..2026-09-30           2 (C5 in June, C2)    100 %
    G4 North revenue 280000  2026-07-01..2026-09-30           140000            50 %
    G5 Anna  revenue 1       2026-01-01..2026-06-30           ends before Q3: ignored
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from sqlalchemy.engine import Connection

from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.reports import REPORTS
from salesdesk.reports.team import Performance, build_team_report, team_report_data
from tests.cli import run_main as run

Q3 = Period.quarter(2026, 3)
GENERATED = datetime(2026, 11, 28, 9, 30)
ANNA, BORIS, VERA, OLEG = 1, 2, 3, 4
SALES, NORTH = 1, 2

SALES_ROWS = [
    # order, date, customer, member, amount
    ("A1", "2026-02-10", 1, ANNA, 30000),
    ("A0", "2026-05-05", 1, ANNA, 80000),
    ("A2", "2026-07-15", 1, ANNA, 50000),
    ("A3", "2026-08-20", 1, ANNA, 40000),
    ("A3", "2026-08-20", 1, ANNA, 30000),
    ("B1", "2026-08-01", 2, BORIS, 100000),
    ("B0", "2025-08-10", 3, BORIS, 20000),
    ("V1", "2026-07-20", 4, VERA, 40000),
    ("B2", "2026-06-10", 5, BORIS, 50000),
]


def fill(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("UPDATE settings SET company_name = 'Test Co', currency = 'RUB'")
        raw.executemany(
            "INSERT INTO team (id, name, parent_id) VALUES (?, ?, ?)",
            [(SALES, "Sales", None), (NORTH, "North", SALES)],
        )
        raw.executemany(
            "INSERT INTO member (id, name, role, team_id, left_on) VALUES (?, ?, ?, ?, ?)",
            [
                (ANNA, "Anna Smirnova", "head", SALES, None),
                (BORIS, "Boris Orlov", "representative", NORTH, None),
                (VERA, "Vera Lebedeva", "representative", NORTH, "2026-08-15"),
                (OLEG, "Oleg Popov", "representative", NORTH, "2025-01-31"),
            ],
        )
        raw.execute("UPDATE team SET lead_member_id = ? WHERE id = ?", (ANNA, SALES))
        raw.executemany(
            "INSERT INTO customer (id, code, name, kind, owner_member_id, created_on, notes)"
            " VALUES (?, ?, ?, 'company', ?, '2025-01-01', '')",
            [
                (i, f"C{i}", f"Customer {i}", owner)
                for i, owner in [(1, ANNA), (2, BORIS), (3, BORIS), (4, VERA), (5, BORIS)]
            ],
        )
        raw.executemany(
            "INSERT INTO sale (order_ref, date, customer_id, member_id, quantity, unit_price,"
            " discount, amount, cost) VALUES (?, ?, ?, ?, 1, ?, 0, ?, 0)",
            [(o, d, c, m, a, a) for o, d, c, m, a in SALES_ROWS],
        )
        goal_sql = (
            "INSERT INTO goal (id, title, description, metric, owner_member_id, owner_team_id,"
            " baseline_kind, target_value, direction, resource_notes, start_on, end_on)"
            " VALUES (?, ?, '', ?, ?, ?, 'previous_period', ?, 'higher', '', ?, ?)"
        )
        raw.executemany(
            goal_sql,
            [
                (1, "Q3-Q4 revenue", "revenue", ANNA, None, 200000, "2026-07-01", "2026-12-31"),
                (2, "Key meetings", "manual", ANNA, None, 10, "2026-07-01", "2026-12-31"),
                (3, "Two new", "new_customers", BORIS, None, 2, "2026-01-01", "2026-09-30"),
                (4, "North Q3", "revenue", None, NORTH, 280000, "2026-07-01", "2026-09-30"),
                (5, "H1", "revenue", ANNA, None, 1, "2026-01-01", "2026-06-30"),
            ],
        )
        raw.executemany(
            "INSERT INTO goal_checkin (goal_id, date, value, note) VALUES (2, ?, ?, '')",
            [("2026-08-01", 4), ("2026-10-15", 9)],
        )


@pytest.fixture
def team_db(empty_db_path: Path) -> Path:
    fill(empty_db_path)
    return empty_db_path


@pytest.fixture
def conn(team_db: Path) -> Iterator[Connection]:
    from salesdesk.store.db import open_database

    with open_database(team_db, read_only=True) as database, database.read() as connection:
        yield connection


def lines_by_name(conn: Connection) -> dict[str, Performance]:
    data = team_report_data(conn, Q3, today=GENERATED.date())
    found = {}
    for section in data.sections:
        for line in section.members:
            found[line.name] = line
        if section.total is not None:
            found[f"total {section.path}"] = section.total
    return found


def test_sections_walk_the_team_tree_with_paths(conn: Connection) -> None:
    data = team_report_data(conn, Q3, today=GENERATED.date())
    assert [s.path for s in data.sections] == ["Sales", "Sales / North"]
    assert data.sections[0].lead == "Anna Smirnova"
    north = [line.name for line in data.sections[1].members]
    assert north == ["Boris Orlov", "Vera Lebedeva"]  # Oleg left long before Q3, sold nothing


def test_member_numbers(conn: Connection) -> None:
    lines = lines_by_name(conn)
    anna, boris, vera = lines["Anna Smirnova"], lines["Boris Orlov"], lines["Vera Lebedeva"]
    # Anna: Q3 50000 + 40000 + 30000; Q2 80000; orders A2, A3
    assert anna.revenue == 120000
    assert anna.revenue_growth == pytest.approx(0.5)
    assert anna.average_order_value == pytest.approx(60000)
    assert (anna.new_customers, anna.lost_customers, anna.current_accounts) == (0, 0, 1)
    assert anna.goal_attainment == pytest.approx((1.3 + 0.4) / 2)
    assert anna.goals == 2
    # Boris: Q3 100000 (B1); Q2 50000 (B2); new C2, lost C3, current C2 and C5
    assert boris.revenue == 100000
    assert boris.revenue_growth == pytest.approx(1.0)
    assert boris.average_order_value == pytest.approx(100000)
    assert (boris.new_customers, boris.lost_customers, boris.current_accounts) == (1, 1, 2)
    assert boris.goal_attainment == pytest.approx(1.0)
    # Vera: Q3 40000, nothing in Q2, no goals
    assert vera.revenue == 40000
    assert vera.revenue_growth is None
    assert vera.goal_attainment is None and vera.goals == 0
    assert (vera.new_customers, vera.lost_customers, vera.current_accounts) == (1, 0, 1)
    assert vera.left_on == date(2026, 8, 15)


def test_team_totals_include_sub_teams(conn: Connection) -> None:
    lines = lines_by_name(conn)
    north, sales = lines["total Sales / North"], lines["total Sales"]
    # North: Boris + Vera = 140000 over 2 orders; Q2 50000; new C2, C4; lost C3
    assert north.revenue == 140000
    assert north.revenue_growth == pytest.approx(1.8)
    assert north.average_order_value == pytest.approx(70000)
    assert (north.new_customers, north.lost_customers, north.current_accounts) == (2, 1, 3)
    assert north.goal_attainment == pytest.approx(0.5)
    # Sales with North: 260000 over 4 orders; Q2 80000 + 50000
    assert sales.revenue == 260000
    assert sales.revenue_growth == pytest.approx(1.0)
    assert sales.average_order_value == pytest.approx(65000)
    assert (sales.new_customers, sales.lost_customers, sales.current_accounts) == (2, 1, 4)
    assert sales.goal_attainment is None


def test_scope_to_a_team_keeps_its_subtree(conn: Connection) -> None:
    data = team_report_data(conn, Q3, Scope(team_id=NORTH), today=GENERATED.date())
    assert [s.path for s in data.sections] == ["Sales / North"]
    assert data.kpis["revenue"].value == 140000


def test_trend_compares_twelve_months_with_the_year_before(conn: Connection) -> None:
    data = team_report_data(conn, Q3, today=GENERATED.date())
    assert data.trend_months[0] == date(2025, 10, 1)
    assert data.trend_months[-1] == date(2026, 9, 1)
    # Oct 2025 .. Sep 2026: Feb 30000, May 80000, Jun 50000, Jul 90000, Aug 170000
    assert data.trend_this_year == [0, 0, 0, 0, 30000, 0, 0, 80000, 50000, 90000, 170000, 0]
    # Oct 2024 .. Sep 2025: Aug 2025 20000
    assert data.trend_last_year == [0] * 10 + [20000, 0]


def text_of(document: bytes) -> tuple[str, int]:
    """The document's text with every run of white space as one space, and its page count."""
    reader = pypdf.PdfReader(io.BytesIO(document))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


def test_english_pdf(conn: Connection) -> None:
    text, pages = text_of(build_team_report(conn, Q3, generated_at=GENERATED))
    for expected in (
        "Test Co",
        "Team report",
        "Q3 2026",
        "Whole company",
        "Anna Smirnova",
        "Boris Orlov",
        "Sales / North",
        f"page 1 of {pages}",
        f"page {pages} of {pages}",
    ):
        assert expected in text
    # Anna's line: RUB 1,200; +50.0%; 85% over 2 goals; AOV RUB 600
    assert "+50.0%" in text
    assert "85% (2 goals)" in text
    assert "Vera Lebedeva (left Aug 15, 2026)" in text
    assert "Oleg Popov" not in text


def test_russian_pdf(conn: Connection) -> None:
    text, pages = text_of(build_team_report(conn, Q3, language="ru", generated_at=GENERATED))
    for expected in (
        "Отчёт по команде",
        "3 кв. 2026",
        "Вся компания",
        "Ключевые показатели",
        "Итого по команде",
        f"стр. 1 из {pages}",
        "85% (2 цели)",
        "+50,0%",
    ):
        assert expected in text


def test_a_quarter_is_compared_with_the_quarter_before_and_a_year_earlier(
    conn: Connection,
) -> None:
    text, _pages = text_of(build_team_report(conn, Q3, generated_at=GENERATED))
    # six cards, each with both changes, and the sentence naming both periods
    assert text.count("vs previous period") == 6
    assert text.count("vs a year earlier") == 6
    assert "Previous period: Q2 2026; a year earlier: Q3 2025." in text


def test_a_year_says_each_comparison_once(
    conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The previous period of 2026 is 2025, the same period a year earlier too; on 28 Nov
    2026 the year runs, so it is compared to date (332 days: 304 to the end of October and
    28 of November), once."""
    from salesdesk.metrics import clock

    monkeypatch.setattr(clock, "today", GENERATED.date)  # not the day the test runs
    text, _pages = text_of(build_team_report(conn, Period.year(2026), generated_at=GENERATED))
    assert text.count("vs previous period") == 0
    assert text.count("vs a year earlier") == 6
    assert "2026 to date (332 days), against the same days of 2025." in text
    assert "a year earlier, of 2025" not in text


def test_the_registry_builds_the_same_report(conn: Connection) -> None:
    direct = build_team_report(conn, Q3, generated_at=GENERATED, page_size="Letter")
    registered = REPORTS["team"].build(conn, Q3, generated_at=GENERATED, page_size="Letter")
    assert text_of(direct) == text_of(registered)
    assert REPORTS["team"].title() == "Team report"


# --- main.py report ------------------------------------------------------------------------


def test_report_command_writes_the_pdf(team_db: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "team.pdf"
    result = run(
        "report",
        "team",
        "--db",
        str(team_db),
        "--out",
        str(out),
        "--period",
        "2026-Q3",
        "--lang",
        "ru",
    )
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text, _ = text_of(out.read_bytes())
    assert "Отчёт по команде" in text and "3 кв. 2026" in text
    assert [p.name for p in out.parent.iterdir()] == ["team.pdf"]  # no temporary file left


def test_report_language_defaults_to_the_database_setting(team_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(team_db) as raw:
        raw.execute("UPDATE settings SET report_language = 'ru'")
    out = tmp_path / "team.pdf"
    result = run(
        "report",
        "team",
        "--db",
        str(team_db),
        "--out",
        str(out),
        "--from",
        "2026-07-01",
        "--to",
        "2026-08-15",
    )
    assert result.returncode == 0, result.stderr
    text, _ = text_of(out.read_bytes())
    assert "Отчёт по команде" in text
    assert "1 июл. 2026" in text  # a custom period's label


@pytest.mark.parametrize(
    "arguments",
    [
        ("--period", "2026-Q3", "--from", "2026-07-01", "--to", "2026-09-30"),
        ("--from", "2026-07-01"),
        ("--period", "2026-Q5"),
        ("--from", "2026-09-30", "--to", "2026-07-01"),
        ("--from", "July", "--to", "2026-07-01"),
    ],
)
def test_bad_arguments_exit_2(team_db: Path, tmp_path: Path, arguments: tuple[str, ...]) -> None:
    out = tmp_path / "team.pdf"
    result = run("report", "team", "--db", str(team_db), "--out", str(out), *arguments)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert not out.exists()


def test_an_unknown_report_is_usage_error(team_db: Path, tmp_path: Path) -> None:
    result = run("report", "forecast", "--db", str(team_db), "--out", str(tmp_path / "g.pdf"))
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_missing_database_is_one_line_exit_1(tmp_path: Path) -> None:
    result = run(
        "report", "team", "--db", str(tmp_path / "nope.sqlite"), "--out", str(tmp_path / "t.pdf")
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "No database at" in result.stderr
    assert not (tmp_path / "nope.sqlite").exists()


def test_foreign_file_is_one_line_exit_1(tmp_path: Path) -> None:
    foreign = tmp_path / "sheet.csv"
    foreign.write_text("a;b\n1;2\n", encoding="utf-8")
    result = run("report", "team", "--db", str(foreign), "--out", str(tmp_path / "t.pdf"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "not a SalesDesk database" in result.stderr
    assert foreign.read_text(encoding="utf-8") == "a;b\n1;2\n"


def test_a_missing_output_folder_is_one_line_exit_1(team_db: Path, tmp_path: Path) -> None:
    result = run("report", "team", "--db", str(team_db), "--out", str(tmp_path / "no" / "t.pdf"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "does not exist" in result.stderr


def test_the_frame_names_the_scope(conn: Connection) -> None:
    document = build_team_report(conn, Q3, scope=Scope(team_id=NORTH), generated_at=GENERATED)
    text, _ = text_of(document)
    assert "Team: North" in text
    assert "Whole company" not in text


def test_the_default_period_is_the_current_fiscal_quarter() -> None:
    from argparse import Namespace

    from salesdesk.cli.report import report_period

    none_given = Namespace(period=None, date_from=None, date_to=None)
    assert report_period(none_given, 1, date(2026, 11, 28)) == Period.quarter(2026, 4)
    # a fiscal year from April: November falls in the third quarter, October to December
    assert report_period(none_given, 4, date(2026, 11, 28)) == Period(
        date(2026, 10, 1), date(2026, 12, 31)
    )


def test_an_empty_database_gives_a_one_page_report(empty_db_path: Path) -> None:
    from salesdesk.store.db import open_database

    with open_database(empty_db_path, read_only=True) as database, database.read() as conn:
        text, pages = text_of(build_team_report(conn, Q3, generated_at=GENERATED))
    assert pages == 2  # one page, and the glossary every report ends with (SPEC §3a)
    assert "Glossary" in text
    assert "No teams or members yet." in text
    assert "No sales in this period" not in text  # drawn inside the chart image, not as text
