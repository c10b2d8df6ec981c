"""Coverage gaps, overlaps and overloads on the hand-built organisation of team_fixture."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import text

from salesdesk.store import changes
from salesdesk.store.db import open_database
from salesdesk.team import coverage
from salesdesk.team.coverage import Tally
from salesdesk.team.edits import TeamEditError
from tests.engines import EngineUnderTest
from tests.salesdesk.team.team_fixture import (
    BOB,
    CAT,
    DAN,
    EAST,
    OCTOBER,
    PRIVATE,
    TODAY,
    TVER,
    create_team_database,
)


@pytest.fixture
def path(tmp_path: Path, db_engine: EngineUnderTest) -> Path:
    return create_team_database(tmp_path / "team.sqlite", engine=db_engine)


def _analyse(path: Path, mode: str) -> coverage.CoverageReport:
    with open_database(path, read_only=True) as database, database.read() as conn:
        return coverage.analyse_coverage(conn, mode, OCTOBER, today=TODAY)


def test_geographic_items_with_their_own_figures_and_coverage(path: Path) -> None:
    report = _analyse(path, "geographic")
    rows = {
        item.name: (item.depth, item.customers, item.revenue, [h.name for h in item.effective])
        for item in report.items
    }
    assert [item.name for item in report.items] == [
        "Russia", "Central", "Moscow", "Tver", "North", "Murmansk"
    ]  # fmt: skip
    assert rows == {
        "Russia": (0, 0, 0, []),
        "Central": (1, 0, 0, ["East"]),
        "Moscow": (2, 4, 1_700_000, ["Cat", "Dan"]),  # C1, C2, C3, C8; O1 + O2 + O3
        "Tver": (2, 1, 700_000, ["East"]),  # through Central
        "North": (1, 0, 0, []),  # Eve left: her coverage no longer counts
        "Murmansk": (2, 2, 300_000, []),
    }
    assert report.item(TVER).inherited_from == 2


def test_geographic_gap_overlap_and_overload(path: Path) -> None:
    report = _analyse(path, "geographic")
    assert [item.name for item in report.gaps] == ["Murmansk"]
    assert report.gap_tally() == Tally(count=1, customers=2, revenue=300_000)
    assert [item.name for item in report.overlaps] == ["Moscow"]
    assert report.overlap_tally() == Tally(count=1, customers=4, revenue=1_700_000)
    # Cat owns C1, C2, C3, all current: 3 > 2; Eve has left and is not listed
    loads = {load.name: (load.current_accounts, load.capacity) for load in report.loads}
    assert loads == {"Ann": (0, None), "Bob": (1, None), "Cat": (3, 2), "Dan": (0, 5)}
    assert [(load.name, load.excess) for load in report.overloaded] == [("Cat", 1)]


def test_customer_mode_finds_the_uncovered_account_type(path: Path) -> None:
    report = _analyse(path, "customer")
    # Corporate: C1 (O1 1,000,000), Bob covers it; Private: C7 (O7 100,000), nobody
    assert [(i.name, i.customers, i.revenue) for i in report.items] == [
        ("Corporate", 1, 1_000_000),
        ("Private", 1, 100_000),
    ]
    assert [item.id for item in report.gaps] == [PRIVATE]
    assert report.gap_tally() == Tally(1, 1, 100_000)
    assert report.overlaps == []


def test_product_mode_counts_buyers_and_inherits_from_the_parent_category(path: Path) -> None:
    report = _analyse(path, "product")
    rows = {i.name: (i.customers, i.revenue, [h.name for h in i.effective]) for i in report.items}
    # Laptops: C1, C2, C5 bought P1 (1,000,000 + 500,000 + 300,000); Bob covers Hardware.
    # Services: C3, C4 bought P2 (200,000 + 700,000), nobody covers it. O7 has no product.
    assert rows == {
        "Hardware": (0, 0, ["Bob"]),
        "Laptops": (3, 1_800_000, ["Bob"]),
        "Services": (2, 900_000, []),
    }
    assert report.gap_tally() == Tally(1, 2, 900_000)


def test_assign_and_unassign_are_undoable(path: Path) -> None:
    with open_database(path) as database, database.write() as conn:
        coverage_id, steps = coverage.assign(conn, "customer", PRIVATE, member_id=DAN)
        report = coverage.analyse_coverage(conn, "customer", OCTOBER, today=TODAY)
        assert report.gaps == []
        with pytest.raises(TeamEditError, match="exists already"):
            coverage.assign(conn, "customer", PRIVATE, member_id=DAN)
        removed = coverage.unassign(conn, coverage_id)
        assert len(coverage.analyse_coverage(conn, "customer", OCTOBER, today=TODAY).gaps) == 1
        changes.undo(conn, removed)
        assert coverage.analyse_coverage(conn, "customer", OCTOBER, today=TODAY).gaps == []
        changes.undo(conn, steps)
        assert len(coverage.analyse_coverage(conn, "customer", OCTOBER, today=TODAY).gaps) == 1


def test_a_team_covers_once_it_has_an_active_member(path: Path) -> None:
    with open_database(path) as database, database.write() as conn:
        coverage.assign(conn, "geographic", 6, team_id=EAST)  # Murmansk to East
        assert coverage.analyse_coverage(conn, "geographic", OCTOBER, today=TODAY).gaps == []
        conn.exec_driver_sql("UPDATE member SET left_on = '2026-11-01' WHERE id IN (3, 4)")
        gaps = coverage.analyse_coverage(conn, "geographic", OCTOBER, today=TODAY).gaps
    # East is left with Eve, who is gone too: Moscow, Tver and Murmansk are gaps now
    assert [item.name for item in gaps] == ["Moscow", "Tver", "Murmansk"]


def test_held_items_list_what_a_member_or_team_covers(path: Path) -> None:
    with open_database(path, read_only=True) as database, database.read() as conn:
        bob = coverage.held_items(conn, member_id=BOB)
        cat = coverage.held_items(conn, member_id=CAT)
        east = coverage.held_items(conn, team_id=EAST)
    assert [(h.mode, h.name) for h in bob] == [("product", "Hardware"), ("customer", "Corporate")]
    assert [(h.mode, h.name) for h in cat] == [("geographic", "Moscow")]
    assert [(h.mode, h.name) for h in east] == [("geographic", "Central")]


def test_unknown_mode_is_refused(path: Path) -> None:
    with pytest.raises(ValueError, match="organisation mode"):
        _analyse(path, "astrological")


def _pdf_text(document: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(document))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "Coverage by territory",
                "1 gap (2 customers, RUB 3,000 in October 2026); 1 overlap (4 customers, "
                "RUB 17,000 in October 2026); 1 overloaded member: 1 account over capacity.",
                "Russia / North / Murmansk Gap — 2 RUB 3,000",
                "Russia / Central / Moscow Overlap Cat, Dan 4 RUB 17,000",
                "Cat 3 2 1",
            ],
        ),
        (
            "ru",
            [
                "Зоны ответственности по территориям",
                "1 пробел (2 клиента, 3 000 ₽ в периоде «Октябрь 2026»)",
                "Россия / Север / Мурманск",
                "1 перегруженный сотрудник: 1 клиент сверх лимита.",
            ],
        ),
    ],
)
def test_team_report_has_the_coverage_section(
    path: Path, monkeypatch: pytest.MonkeyPatch, language: str, expected: list[str]
) -> None:
    from salesdesk.metrics import clock
    from salesdesk.reports.team import build_team_report

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    with open_database(path) as database, database.write() as conn:
        if language == "ru":
            for item_id, name in ((1, "Россия"), (5, "Север"), (6, "Мурманск")):
                conn.execute(
                    text("UPDATE territory SET name = :name WHERE id = :id"),
                    {"name": name, "id": item_id},
                )
        document = build_team_report(conn, OCTOBER, language=language)
    shown = _pdf_text(document).replace("\xa0", " ")
    for phrase in expected:
        assert phrase in shown
