"""One customer's profile, orders and timeline, and the pane's logged edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from salesdesk.customers import detail
from salesdesk.customers.listing import CustomerQuery, fetch_page
from salesdesk.store.changes import created, undo
from salesdesk.store.db import open_database
from salesdesk.store.editing import change_history
from tests.engines import EngineUnderTest
from tests.salesdesk.customers.customers_fixture import CONTEXT, create_customer_database
from tests.salesdesk.metrics import metric_fixture as fx


def status_of(conn, code: str) -> str:  # type: ignore[no-untyped-def]
    return fetch_page(conn, CustomerQuery(search=code), CONTEXT, 0, 1)[0].status


def test_profile_orders_and_timeline(tmp_path: Path, db_engine: EngineUnderTest) -> None:
    path = create_customer_database(tmp_path / "detail.sqlite", db_engine)
    with open_database(path) as database, database.read() as conn:
        profile = detail.load_profile(conn, fx.ALFA)
        assert profile.values["code"] == "C01"
        assert profile.names["owner"] == "Boris"
        assert profile.names["territory"] == "Moscow"
        orders = detail.purchase_history(conn, fx.ALFA)
        # ORD-4, ORD-1 (two lines), ORD-6, ORD-9, newest first
        assert [(o.order_ref, o.lines, o.amount) for o in orders] == [
            ("ORD-4", 1, 20000),
            ("ORD-1", 2, 230000),
            ("ORD-6", 1, 100000),
            ("ORD-9", 1, 90000),
        ]
        assert orders[1].products == ("Laptop Pro", "Support plan")
        assert orders[1].product_list == "Laptop Pro, Support plan"
        assert orders[1].units == 3  # L1: 2 laptops, L2: 1 support plan
        entries = detail.timeline(conn, fx.KAPPA)
        # the complaint of 1 March sits between the orders of 25 March and 20 December
        assert [(e.date, e.kind) for e in entries] == [
            (date(2025, 3, 25), "sale"),
            (date(2025, 3, 1), "complaint"),
            (date(2024, 12, 20), "sale"),
        ]
        assert entries[1].is_open and entries[1].department == "service"


def test_edits_are_logged_and_return_what_undo_needs(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    path = create_customer_database(tmp_path / "edits.sqlite", db_engine)
    with open_database(path) as database:
        with database.write() as conn:
            (lost,) = detail.mark_lost(conn, fx.ALFA, "Moved to a competitor")
            assert lost.before == {"status_override": None, "lost_reason": None}
        with database.read() as conn:
            assert status_of(conn, "C01") == "lost"
        with database.write() as conn:
            detail.clear_override(conn, fx.ALFA)
            (owner,) = detail.edit_customer(conn, fx.ALFA, {"owner_member_id": fx.VERA})
            assert owner.before == {"owner_member_id": fx.BORIS}
            logged = detail.log_interaction(
                conn,
                fx.ALFA,
                {"date": date(2025, 3, 30), "kind": "call", "subject": "Renewal"},
            )
        with database.read() as conn:
            assert status_of(conn, "C01") == "current"
            # the list of 31 March 2025 shows the owner of that day (SPEC §3a), today's the new
            alfa = CustomerQuery(search="C01")
            assert fetch_page(conn, alfa, CONTEXT, 0, 1)[0].owner == "Boris"
            today = replace(CONTEXT, day=date.today())
            assert fetch_page(conn, alfa, today, 0, 1)[0].owner == "Vera"
            assert detail.timeline(conn, fx.ALFA)[0].subject == "Renewal"
            fields = [entry["field"] for entry in change_history(conn, "customer", fx.ALFA)]
            # newest first: the owner, the override cleared, then set
            assert fields == ["owner_member_id", "lost_reason", "status_override",
                              "lost_reason", "status_override"]  # fmt: skip
        with database.write() as conn:
            new_id = created(logged, "interaction")
            assert new_id is not None
            detail.remove_interaction(conn, new_id)
        with database.read() as conn:
            assert "Renewal" not in [e.subject for e in detail.timeline(conn, fx.ALFA)]


def test_choices_list_the_reference_data(tmp_path: Path, db_engine: EngineUnderTest) -> None:
    path = create_customer_database(tmp_path / "choices.sqlite", db_engine)
    with open_database(path) as database, database.read() as conn:
        choices = detail.load_choices(conn, date(2025, 3, 31))
        assert choices.account_types == [(fx.CORPORATE, "Corporate"), (fx.SMALL, "Small business")]
        # the tree in order, with depth
        assert choices.territories == [
            (fx.RUSSIA, "Russia", 0),
            (fx.CENTRAL, "Central", 1),
            (fx.MOSCOW, "Moscow", 2),
            (fx.SIBERIA, "Siberia", 1),
            (fx.NOVOSIBIRSK, "Novosibirsk", 2),
        ]
        assert [name for _id, name, _left in choices.members] == ["Anna", "Boris", "Gleb", "Vera"]


def test_resolving_a_complaint_clears_the_risk_from_that_day(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    from salesdesk.customers.listing import customer_risk
    from salesdesk.metrics.customer_counts import at_risk_count
    from salesdesk.metrics.status import RiskReason

    path = create_customer_database(tmp_path / "complaint.sqlite", db_engine)
    complaint = 1  # KAPPA's, opened 1 March 2025
    with open_database(path) as database:
        with database.read() as conn:
            # on 31 March: open for 30 days, more than 14
            assert customer_risk(conn, fx.KAPPA, date(2025, 3, 31)) == (
                RiskReason("complaint", date(2025, 3, 1), 30),
            )
            assert at_risk_count(conn, date(2025, 3, 31)) == 2
        with database.write() as conn:
            change = detail.resolve_interaction(
                conn, complaint, date(2025, 3, 20), "Replaced the unit"
            )
            (step,) = change
            assert step.before == {"is_open": 1, "closed_on": None, "outcome": ""}
        with database.read() as conn:
            assert customer_risk(conn, fx.KAPPA, date(2025, 3, 31)) == ()
            assert at_risk_count(conn, date(2025, 3, 31)) == 1  # IOTA
            # a day before it was resolved still sees it open (SPEC §3a As of a date)
            assert [r.kind for r in customer_risk(conn, fx.KAPPA, date(2025, 3, 19))] == [
                "complaint"
            ]
            fields = {e["field"] for e in change_history(conn, "interaction", complaint)}
            assert fields == {"is_open", "closed_on", "outcome"}
        with database.write() as conn:
            undo(conn, change)
        with database.read() as conn:
            assert at_risk_count(conn, date(2025, 3, 31)) == 2
            reason = customer_risk(conn, fx.KAPPA, date(2025, 3, 31))[0]
            assert reason.describe() == "Complaint or ticket open for 30 days, since Mar 1, 2025"
