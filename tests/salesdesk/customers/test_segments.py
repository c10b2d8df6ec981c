"""Segment rules: parsing, membership at 31 March 2025 on the customer fixture, and a saved
segment as the scope of a metric."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.customers.listing import NOT_OWNED, CustomerQuery, fetch_page
from salesdesk.customers.segments import (
    Condition,
    RuleDay,
    RuleError,
    compile_rule,
    count_members,
    dump_rule,
    load_segments,
    parse_rule,
    segment_condition,
)
from salesdesk.metrics.customer_counts import customer_status_counts
from salesdesk.metrics.sales import sales_totals
from salesdesk.metrics.scope import Scope
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.customers.customers_fixture import (
    CONTEXT,
    DAY,
    Q1_2025,
    create_customer_database,
)
from tests.salesdesk.metrics import metric_fixture as fx

RULE_DAY = RuleDay(DAY, 365, 90)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    path = create_customer_database(
        tmp_path_factory.mktemp("segments") / "customers.sqlite", module_db_engine
    )
    rule = dump_rule(
        [Condition("account_type", (fx.CORPORATE,)), Condition("status", ("current",))]
    )
    with open_database(path) as database, database.write() as conn:
        conn.execute(
            text("INSERT INTO segment (id, name, rule) VALUES (1, 'Corporate current', :r)"),
            {"r": rule},
        )
    return path


@pytest.fixture
def conn(db_path: Path) -> Iterator[Connection]:
    with open_database(db_path, read_only=True) as database, database.read() as connection:
        yield connection


def members(conn: Connection, *conditions: Condition) -> list[str]:
    condition = compile_rule(list(conditions), RULE_DAY)
    query = CustomerQuery(segment=condition, sort_key="code")
    rows = [row.code for row in fetch_page(conn, query, CONTEXT, 0, 100)]
    assert count_members(conn, condition) == len(rows)
    return rows


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ((), ["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10"]),
        ((Condition("account_type", (fx.SMALL,)),), ["C02", "C04", "C07"]),
        ((Condition("territory", (fx.SIBERIA,)),), ["C02", "C05", "C08"]),  # via Novosibirsk
        ((Condition("owner", (fx.VERA, NOT_OWNED)),), ["C02", "C06", "C07", "C09"]),
        ((Condition("status", ("prospect", "lost")),), ["C02", "C03", "C06", "C07", "C08"]),
        ((Condition("status", ("at_risk",)),), ["C09", "C10"]),
        # RFM among the 6 who bought since 31 Mar 2024 (see test_rfm): ALFA loyal, EPSILON new
        ((Condition("rfm_tier", ("champions", "loyal")),), ["C01"]),
        ((Condition("rfm_tier", ("new",)),), ["C05"]),
        # revenue of the last 12 months: ALFA 350000, GAMMA 125000, KAPPA 140000
        ((Condition("revenue", minimum=100000),), ["C01", "C03", "C10"]),
        ((Condition("revenue", minimum=50000, maximum=130000),), ["C03", "C04"]),
        ((Condition("days_since_purchase", minimum=90),), ["C02", "C08", "C09"]),
        ((Condition("days_since_purchase", maximum=30),), ["C01", "C05", "C10"]),
        ((Condition("persona", ()),), []),  # nothing chosen: nobody
        (
            (
                Condition("territory", (fx.CENTRAL,)),
                Condition("status", ("current",)),
                Condition("account_type", (fx.CORPORATE,)),
            ),
            ["C01", "C09", "C10"],
        ),
    ],
)
def test_membership(conn: Connection, conditions: tuple[Condition, ...], expected: list[str]):
    assert members(conn, *conditions) == expected


def test_channel_condition_reads_the_acquisition_channel(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    path = create_customer_database(tmp_path / "channel.sqlite", db_engine)
    with open_database(path) as database:
        with database.write() as conn:
            conn.execute(
                text("UPDATE customer SET acquisition_channel_id = :channel WHERE id IN (:a, :b)"),
                {"channel": fx.ECOMMERCE, "a": fx.BETA, "b": fx.KAPPA},
            )
        with database.read() as conn:
            assert members(conn, Condition("channel", (fx.ECOMMERCE,))) == ["C02", "C10"]


def test_rules_round_trip_and_bad_rules_are_refused() -> None:
    conditions = [
        Condition("account_type", (1, 2)),
        Condition("revenue", minimum=1000, maximum=None),
        Condition("status", ("current",)),
    ]
    assert parse_rule(dump_rule(conditions)) == conditions
    assert parse_rule("") == []
    for bad in ('[{"field": "colour", "values": [1]}]', "{", '[{"field": "status", '
                '"values": ["happy"]}]', '[{"values": [1]}]'):  # fmt: skip
        with pytest.raises(RuleError):
            parse_rule(bad)


def test_saved_segment_as_a_metric_scope(conn: Connection) -> None:
    segment = load_segments(conn)[0]
    assert (segment.id, segment.name) == (1, "Corporate current")
    scope = Scope(segment=segment_condition(conn, 1, DAY))
    # Corporate and current on 31 Mar 2025: ALFA, EPSILON, IOTA, KAPPA; in Q1 2025 ALFA
    # bought 250000, EPSILON 15000, KAPPA 110000
    assert sales_totals(conn, Q1_2025, scope).revenue == 375000
    assert customer_status_counts(conn, DAY, scope) == {
        "prospect": 0,
        "current": 4,
        "lost": 0,
    }
    # together with another scope: Moscow (ALFA, IOTA)
    moscow = Scope(territory_id=fx.MOSCOW, segment=scope.segment)
    assert sales_totals(conn, Q1_2025, moscow).revenue == 250000


def test_unknown_segment(conn: Connection) -> None:
    with pytest.raises(LookupError):
        segment_condition(conn, 99, DAY)


def test_the_compact_rule_form_reads_as_the_same_rule() -> None:
    compact = (
        '[{"field": "account_type", "op": "=", "value": 1},'
        ' {"field": "status", "op": "in", "value": ["current", "lost"]},'
        ' {"field": "days_since_last_purchase", "op": ">", "value": 90},'
        ' {"field": "revenue", "op": "<=", "value": 5000}]'
    )
    assert parse_rule(compact) == [
        Condition("account_type", (1,)),
        Condition("status", ("current", "lost")),
        Condition("days_since_purchase", minimum=91),
        Condition("revenue", maximum=5000),
    ]
    with pytest.raises(RuleError):
        parse_rule('[{"field": "status", "op": ">", "value": 1}]')
