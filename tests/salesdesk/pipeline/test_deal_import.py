"""Importing deals from the exports of Pipedrive, HubSpot, Bitrix24 and amoCRM (en, ru),
re-importing (nothing added; changes recorded) and the SalesDesk export round trip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from salesdesk.exchange import export_table, guess_mapping, import_file, read_preview
from salesdesk.exchange.importing import ImportSummary
from salesdesk.store.db import Database, open_database
from tests.engines import EngineUnderTest, as_stored_text
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.pipeline import pipeline_fixture as px

EXPORTS = Path(__file__).with_name("crm_exports")


@pytest.fixture
def database(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Database]:
    path = fx.create_metric_database(tmp_path / "import.sqlite", engine=db_engine)
    with open_database(path) as opened:
        with opened.write() as conn:
            conn.execute(text("UPDATE member SET email = 'boris@example.com' WHERE name = 'Boris'"))
        yield opened


def _import(database: Database, path: Path) -> ImportSummary:
    mapping = guess_mapping("deals", read_preview(path).headers)
    return import_file(database, path, "deals", mapping)


def _deals(database: Database) -> list[tuple[object, ...]]:
    with database.read() as conn:
        rows = conn.execute(
            text(
                "SELECT d.ref, d.title, c.name, m.name, d.amount, st.name, d.status, d.created_on,"
                " d.expected_close, d.closed_on, d.lost_reason FROM deal d"
                " JOIN stage st ON st.id = d.stage_id LEFT JOIN customer c ON c.id = d.customer_id"
                " LEFT JOIN member m ON m.id = d.owner_member_id ORDER BY d.id"
            )
        )
        return as_stored_text(rows)


def _stays(database: Database, ref: str) -> list[tuple[str, str, str | None]]:
    with database.read() as conn:
        rows = conn.execute(
            text(
                "SELECT st.name, h.entered_at, h.left_at FROM deal_stage_change h"
                " JOIN stage st ON st.id = h.stage_id JOIN deal d ON d.id = h.deal_id"
                " WHERE d.ref = :ref ORDER BY h.entered_at, h.id"
            ),
            {"ref": ref},
        )
        return [(name, str(entered), left and str(left)) for name, entered, left in rows]


def test_pipedrive_english(database: Database) -> None:
    summary = _import(database, EXPORTS / "pipedrive_en.csv")
    assert (summary.added, summary.rejected) == (3, 0)
    assert summary.created == {"customer": 1, "pipeline": 1, "stage": 3}
    assert _deals(database) == [
        ("101", "Alfa laptops", "Alfa", "Boris", 1250000, "Proposal Made", "open",
         "2025-03-01", "2025-04-30", None, None),
        ("102", "Beta monitors", "Beta", "Vera", 480000, "Negotiations Started", "won",
         "2025-02-10", "2025-03-15", "2025-03-12", None),
        # the owner by e-mail; the lost time is the close date
        ("103", "Omega chairs", "Omega Ltd", "Boris", 95050, "Qualified", "lost",
         "2025-01-20", "2025-02-28", "2025-02-25", "Price too high"),
    ]  # fmt: skip
    assert _stays(database, "102") == [
        ("Negotiations Started", "2025-02-10 00:00:00", "2025-03-12 00:00:00")
    ]


def test_pipedrive_russian(database: Database) -> None:
    summary = _import(database, EXPORTS / "pipedrive_ru.csv")
    assert (summary.added, summary.rejected) == (2, 0)
    assert [row[4:7] for row in _deals(database)] == [
        (12500000, "Предложение сделано", "open"),
        (4800000, "Переговоры начаты", "won"),
    ]


def test_hubspot_stages_closed_won_and_lost_are_statuses(database: Database) -> None:
    summary = _import(database, EXPORTS / "hubspot_en.csv")
    assert (summary.added, summary.created) == (3, {"pipeline": 1, "stage": 1})
    deals = _deals(database)
    # "Closed Won" and "Closed Lost" made no stage; a closed deal closed on its close date
    assert [(d[0], d[5], d[6], d[9], d[10]) for d in deals] == [
        ("9001", "Contract Sent", "open", None, None),
        ("9002", "Contract Sent", "won", "2025-03-20", None),
        ("9003", "Contract Sent", "lost", "2025-03-05", "No budget"),
    ]


def test_hubspot_date_entered_columns_are_the_stage_history(database: Database) -> None:
    path = EXPORTS / "hubspot_stage_dates_en.csv"
    mapping = guess_mapping("deals", read_preview(path).headers)
    assert mapping['Date entered "Contract Sent (Sales Pipeline)"'] == (
        "entered:Contract Sent (Sales Pipeline)"
    )
    assert mapping["Date entered current stage"] == "stage_entered_on"
    assert 'Date exited "Appointment Scheduled (Sales Pipeline)"' not in mapping
    summary = _import(database, path)
    # The Renewals column is another pipeline's: it makes neither a pipeline nor a stage.
    assert (summary.added, summary.rejected) == (3, 0)
    assert summary.created == {"pipeline": 1, "stage": 2}
    assert _stays(database, "9101") == [
        ("Appointment Scheduled", "2025-03-01 00:00:00", "2025-03-12 00:00:00"),
        ("Contract Sent", "2025-03-12 00:00:00", None),
    ]
    # Won on the day it entered Closed Won, from the last stage it was in before.
    assert _stays(database, "9102") == [
        ("Appointment Scheduled", "2025-02-01 00:00:00", "2025-02-20 00:00:00"),
        ("Contract Sent", "2025-02-20 00:00:00", "2025-03-14 00:00:00"),
    ]
    assert _stays(database, "9103") == [
        ("Appointment Scheduled", "2025-02-15 00:00:00", "2025-03-03 00:00:00")
    ]
    assert [(d[0], d[5], d[6], d[9]) for d in _deals(database)] == [
        ("9101", "Contract Sent", "open", None),
        ("9102", "Contract Sent", "won", "2025-03-14"),
        ("9103", "Appointment Scheduled", "lost", "2025-03-03"),
    ]
    again = _import(database, path)
    assert (again.added, again.updated, again.duplicates) == (0, 0, 3)


def test_the_last_stage_change_starts_the_stay_in_the_current_stage(
    database: Database, tmp_path: Path
) -> None:
    path = EXPORTS / "pipedrive_stage_change_en.csv"
    _import(database, path)
    # Created on 1 March; in Proposal Made since 20 March; the stages before are unknown.
    assert _stays(database, "301") == [("Proposal Made", "2025-03-20 00:00:00", None)]
    later = tmp_path / "later.csv"
    later.write_text(
        path.read_text(encoding="utf-8").replace(
            "Proposal Made,Open,2025-03-01 10:15:00,2025-03-20 09:00:00",
            "Negotiations Started,Open,2025-03-01 10:15:00,2025-03-25 14:00:00",
        ),
        encoding="utf-8",
    )
    assert _import(database, later).updated == 1
    # The move is dated as the file says, not by the day of the import.
    assert _stays(database, "301") == [
        ("Proposal Made", "2025-03-20 00:00:00", "2025-03-25 00:00:00"),
        ("Negotiations Started", "2025-03-25 00:00:00", None),
    ]


def test_bitrix24_stage_change_date(database: Database) -> None:
    path = EXPORTS / "bitrix24_stage_change_ru.csv"
    assert guess_mapping("deals", read_preview(path).headers)["Дата изменения стадии"] == (
        "stage_entered_on"
    )
    _import(database, path)
    assert _stays(database, "601") == [("Переговоры", "2025-03-18 00:00:00", None)]


def test_bitrix24_in_windows_1251_with_semicolons(database: Database) -> None:
    summary = _import(database, EXPORTS / "bitrix24_ru.csv")
    assert (summary.added, summary.rejected) == (3, 0)
    assert summary.created["member"] == 1  # Борис Иванов is nobody we know
    assert [(d[2], d[4], d[6]) for d in _deals(database)] == [
        ("Alfa", 15000000, "open"),
        ("Beta", 4800000, "won"),
        ("Омега", 950000, "lost"),
    ]


def test_amocrm_xlsx(database: Database) -> None:
    summary = _import(database, EXPORTS / "amocrm_ru.xlsx")
    assert (summary.added, summary.rejected) == (3, 0)
    assert [(d[3], d[4], d[6], d[9], d[10]) for d in _deals(database)] == [
        ("Gleb", 21000000, "open", None, None),
        ("Vera", 3600000, "won", "2025-03-14", None),
        ("Gleb", 1500000, "lost", "2025-03-01", "Выбрали конкурента"),
    ]


@pytest.mark.parametrize(
    "name", ["pipedrive_en.csv", "pipedrive_ru.csv", "hubspot_en.csv", "bitrix24_ru.csv",
             "amocrm_ru.xlsx", "pipedrive_stage_change_en.csv", "bitrix24_stage_change_ru.csv"],
)  # fmt: skip
def test_importing_again_adds_nothing(database: Database, name: str) -> None:
    first = _import(database, EXPORTS / name)
    before = _deals(database)
    again = _import(database, EXPORTS / name)
    assert (again.added, again.updated, again.duplicates) == (0, 0, first.added)
    assert _deals(database) == before


def test_a_changed_stage_and_status_update_the_deal_and_its_history(
    database: Database, tmp_path: Path
) -> None:
    _import(database, EXPORTS / "pipedrive_en.csv")
    changed = tmp_path / "later.csv"
    text_ = (EXPORTS / "pipedrive_en.csv").read_text(encoding="utf-8")
    changed.write_text(
        text_.replace("Proposal Made,Open", "Negotiations Started,Open"), encoding="utf-8"
    )
    summary = _import(database, changed)
    assert (summary.added, summary.updated, summary.duplicates) == (0, 1, 2)
    stays = _stays(database, "101")
    assert [(stage, left is None) for stage, _entered, left in stays] == [
        ("Proposal Made", False),
        ("Negotiations Started", True),
    ]
    with database.read() as conn:
        logged = conn.execute(
            text("SELECT field, old_value, new_value FROM change_log WHERE entity = 'deal'")
        ).all()
    assert [tuple(row) for row in logged] == [("stage_id", "1", "2")]


def test_the_export_imports_back_with_its_history(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    source = px.create_pipeline_database(tmp_path / "source.sqlite", engine=db_engine)
    exported = tmp_path / "deals.xlsx"
    with open_database(source) as database:
        assert export_table(database, "deals", exported) == 8
        original = _deals(database)
        history = _stays(database, "D1")
    target = fx.create_metric_database(tmp_path / "target.sqlite", engine=db_engine)
    with open_database(target) as database:
        summary = _import(database, exported)
        assert (summary.added, summary.rejected) == (8, 0)
        assert _deals(database) == original
        # the days of the five stays of D1, re-entries included
        assert [(s, e[:10], (left or "")[:10]) for s, e, left in _stays(database, "D1")] == [
            (s, e[:10], (left or "")[:10]) for s, e, left in history
        ]


def test_the_command_says_what_new_stages_start_with(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    from tests.cli import run_main

    path = fx.create_metric_database(tmp_path / "cli.sqlite", engine=db_engine)
    result = run_main("import", "--db", str(path), "deals", str(EXPORTS / "hubspot_en.csv"))
    assert result.returncode == 0, result.stderr
    assert (
        "New stages start with a 20% chance to win and rot after 14 days idle; set them in "
        "Pipeline > Pipelines and stages."
    ) in result.stdout.splitlines()
