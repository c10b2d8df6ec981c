"""Competitors, price history, the comparison table and staleness, worked by hand (see
strategy_fixture); catalogue and research notes on the same data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk.store import changes, editing
from salesdesk.store.changes import touched
from salesdesk.store.db import Database, open_database
from salesdesk.strategy import catalogue, competitors, research
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.strategy import strategy_fixture as sf


@pytest.fixture
def database(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Database]:
    path = sf.create_strategy_database(tmp_path / "strategy.sqlite", engine=db_engine)
    with open_database(path) as opened:
        yield opened


@pytest.fixture
def conn(database: Database) -> Iterator[Connection]:
    with database.read() as connection:
        yield connection


def test_comparison_takes_each_competitors_latest_price(conn: Connection) -> None:
    comparison = competitors.price_comparison(conn, sf.TODAY)
    assert comparison.competitors == [(sf.ACME, "Acme"), (sf.BOLT, "Bolt")]
    assert comparison.stale_before == date(2026, 5, 28)
    laptop, monitor = comparison.rows
    assert (laptop.name, laptop.our_price) == ("Laptop Pro", 100000)
    assert laptop.latest[sf.ACME].price == 90000  # not the older 95000
    assert (laptop.lowest, laptop.average, laptop.highest) == (90000, 100000, 110000)
    assert laptop.difference_to_average() == 0
    # ours 1,000.00 against 900.00: +11.11%; against 1,100.00: -9.09%
    assert laptop.latest[sf.ACME].difference(100000) == pytest.approx(0.1111, abs=1e-4)
    assert laptop.latest[sf.BOLT].difference(100000) == pytest.approx(-0.0909, abs=1e-4)
    assert (monitor.name, monitor.average) == ("Monitor", 25000)
    assert monitor.difference_to_average() == pytest.approx(-0.2)


def test_observations_older_than_six_months_are_stale(conn: Connection) -> None:
    laptop = competitors.price_comparison(conn, sf.TODAY).rows[0]
    assert laptop.latest[sf.BOLT].stale  # 2026-03-01
    assert not laptop.latest[sf.ACME].stale  # 2026-10-01
    assert laptop.stale_count == 1
    # exactly six months old is still fresh, a day more is stale
    assert not competitors.price_comparison(conn, date(2026, 9, 1)).rows[0].latest[sf.BOLT].stale
    assert competitors.price_comparison(conn, date(2026, 9, 2)).rows[0].latest[sf.BOLT].stale


def test_the_calculator_compares_with_fresh_prices_only(conn: Connection) -> None:
    assert competitors.market_prices(conn, fx.LAPTOP, sf.TODAY) == [90000]
    assert competitors.market_prices(conn, fx.SUPPORT, sf.TODAY) == []


def test_each_competitors_position_against_us(conn: Connection) -> None:
    acme, bolt = competitors.competitor_positions(competitors.price_comparison(conn, sf.TODAY))
    # Acme: laptop +11.11%, monitor -20% -> mean -4.44%
    assert (acme.products, acme.last_observed, acme.stale) == (2, date(2026, 11, 1), False)
    assert acme.average_difference == pytest.approx((1 / 9 - 0.2) / 2)
    assert (bolt.products, bolt.stale) == (1, True)


def test_price_history_per_competitor_and_product(conn: Connection) -> None:
    history = competitors.price_history(conn, competitor_id=sf.ACME, product_id=fx.LAPTOP)
    assert [(h.observed_on, h.price) for h in history] == [
        (date(2026, 10, 1), 90000),
        (date(2026, 1, 10), 95000),
    ]
    assert len(competitors.price_history(conn, product_id=fx.LAPTOP)) == 3


def test_competitor_list_counts_observations(conn: Connection) -> None:
    acme, bolt = competitors.load_competitors(conn)
    assert (acme.name, acme.observations, acme.last_observed) == ("Acme", 3, date(2026, 11, 1))
    assert (bolt.market_share, bolt.observations) == (None, 1)


def test_profile_checks(conn: Connection) -> None:
    with pytest.raises(competitors.CompetitorError, match="already a competitor named Bolt"):
        competitors.check_profile(conn, {"name": "Bolt"}, sf.ACME)
    competitors.check_profile(conn, {"name": "Acme", "market_share": 0.3}, sf.ACME)
    with pytest.raises(competitors.CompetitorError):
        competitors.check_profile(conn, {"name": " "}, None)
    with pytest.raises(competitors.CompetitorError):
        competitors.check_profile(conn, {"name": "New", "market_share": 1.5}, None)


def test_a_price_observation_is_refused_at_its_field() -> None:
    from salesdesk.errors import FieldError

    for values, field in (({"price": 100}, "product_id"),
                          ({"product_id": 1, "price": -500}, "price"),
                          ({"product_id": 1, "price": 0}, "price")):  # fmt: skip
        with pytest.raises(FieldError) as refused:
            competitors.check_observation(values)
        assert refused.value.field == field
    competitors.check_observation({"product_id": 1, "price": 1})


def test_deleting_a_competitor_takes_its_prices_and_unlinks_its_notes(database: Database) -> None:
    with database.write() as conn:
        deleted = competitors.delete_competitor(conn, sf.ACME)
    assert len(touched(deleted, "competitor_price")) == 3
    assert touched(deleted, "research_note") == {sf.ACME_NOTE}
    with database.read() as conn:
        assert [c.name for c in competitors.load_competitors(conn)] == ["Bolt"]
        assert editing.read_row(conn, "research_note", sf.ACME_NOTE)["competitor_id"] is None
    with database.write() as conn:
        changes.undo(conn, deleted)
    with database.read() as conn:
        assert competitors.load_competitors(conn)[0].observations == 3
        assert editing.read_row(conn, "research_note", sf.ACME_NOTE)["competitor_id"] == sf.ACME
        assert len(editing.change_history(conn, "competitor", sf.ACME)) == 2  # deleted, restored


# --- catalogue -------------------------------------------------------------------------------


def test_catalogue_margins(conn: Connection) -> None:
    laptop, monitor, support = catalogue.load_products(conn)
    # 1,000.00 - 750.00 = 250.00, 25%; 200 - 150 = 50, 25%; 150 - 50 = 100, 66.7%
    assert (laptop.margin, laptop.margin_pct, laptop.category) == (25000, 0.25, "Laptops")
    assert (monitor.margin, monitor.margin_pct) == (5000, 0.25)
    assert support.margin_pct == pytest.approx(2 / 3)


def test_catalogue_filters_by_category_subtree_and_search(conn: Connection) -> None:
    names = [p.name for p in catalogue.load_products(conn, category_id=fx.HARDWARE)]
    assert names == ["Laptop Pro", "Monitor"]  # Laptops is under Hardware
    assert [p.code for p in catalogue.load_products(conn, search="sup")] == ["SUP-1"]
    assert catalogue.load_products(conn, search="100%") == []


def test_category_tree(conn: Connection) -> None:
    hardware, services = catalogue.load_category_tree(conn)
    assert (hardware.name, [c.name for c in hardware.children]) == ("Hardware", ["Laptops"])
    assert (hardware.products, services.products) == (1, 1)


def test_product_checks_and_dependents(conn: Connection) -> None:
    with pytest.raises(catalogue.CatalogueError, match="LAP-1 is already used by Laptop Pro"):
        catalogue.check_product(conn, {"code": "LAP-1", "name": "X"}, None)
    # Monitor: L3, L5, L9, L12 and Acme's observation
    assert catalogue.product_dependents(conn, fx.MONITOR) == {
        "sales lines": 4,
        "competitor prices": 1,
    }


# --- research notes --------------------------------------------------------------------------


def test_notes_search_every_word_in_text_tags_and_links(conn: Connection) -> None:
    assert [n.id for n in research.load_notes(conn)] == [sf.ACME_NOTE, sf.CHURN_NOTE]
    assert [n.id for n in research.load_notes(conn, search="acme LAPTOP")] == [sf.ACME_NOTE]
    assert [n.id for n in research.load_notes(conn, tag="Churn")] == [sf.CHURN_NOTE]
    assert research.load_notes(conn, kind="customer", search="acme") == []
    note = research.load_notes(conn, competitor_id=sf.ACME)[0]
    assert (note.tags, note.links()) == (("pricing", "competitors"), ["Acme"])
    assert research.all_tags(conn) == ["churn", "competitors", "pricing"]


def test_tags_are_tidied() -> None:
    assert research.normalise_tags(" pricing,, Pricing , b2b ,") == "pricing, b2b"


def test_product_choices_and_count_for_the_forms(conn: Connection) -> None:
    assert catalogue.product_choices(conn) == [
        (fx.LAPTOP, "Laptop Pro (LAP-1)"),
        (fx.MONITOR, "Monitor (MON-1)"),
        (fx.SUPPORT, "Support plan (SUP-1)"),
    ]
    assert catalogue.count_products(conn) == 3
