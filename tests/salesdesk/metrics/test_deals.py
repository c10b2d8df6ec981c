"""Every metric of SPEC §12 against numbers worked out by hand on ``pipeline_fixture``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk.metrics import clock, deals
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.pipeline.analytics import dashboard_figures
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest, Location
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.pipeline import pipeline_fixture as px

Q1 = Period.quarter(2025, 1)
TODAY = date(2025, 3, 31)


@pytest.fixture(scope="module")
def db_path(
    tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest
) -> Location:
    folder = tmp_path_factory.mktemp("pipeline")
    return module_db_engine.holding(px.create_pipeline_database(folder / "deals.sqlite"))


@pytest.fixture
def conn(db_path: Location, monkeypatch: pytest.MonkeyPatch) -> Iterator[Connection]:
    with px.read_today(db_path, monkeypatch) as connection:
        yield connection


# --- open pipeline ------------------------------------------------------------------------------


def test_open_pipeline_today(conn: Connection) -> None:
    # D4 80000 + D5 40000 + D6 60000 + D8 10000
    assert deals.open_pipeline(conn, TODAY) == deals.OpenPipeline(4, 190000)
    assert deals.open_by_stage(conn, TODAY) == {
        px.LEAD: deals.OpenPipeline(2, 50000),  # D5, D8
        px.PROPOSAL: deals.OpenPipeline(1, 80000),  # D4
        px.NEGOTIATION: deals.OpenPipeline(1, 60000),  # D6
    }


def test_open_pipeline_at_a_past_date_reads_the_history(conn: Connection) -> None:
    # On 10 February: D1 (won 20 Feb) had entered Negotiation that morning; D3 was in
    # Proposal; D2 and D7 were lost already, D4.. not yet created.
    assert deals.open_by_stage(conn, date(2025, 2, 10)) == {
        px.NEGOTIATION: deals.OpenPipeline(1, 100000),
        px.PROPOSAL: deals.OpenPipeline(1, 30000),
    }


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (Scope(member_id=fx.VERA), deals.OpenPipeline(1, 40000)),  # D5
        (Scope(team_id=fx.NORTH), deals.OpenPipeline(2, 120000)),  # Boris D4, Vera D5
        (Scope(territory_id=fx.MOSCOW), deals.OpenPipeline(3, 150000)),  # D4, D6, D8
        (Scope(account_type_id=fx.SMALL), deals.OpenPipeline(1, 80000)),  # Delta D4
    ],
)
def test_scoped_open_pipeline(conn: Connection, scope: Scope, expected: deals.OpenPipeline) -> None:
    assert deals.open_pipeline(conn, TODAY, scope) == expected


# --- closed deals -------------------------------------------------------------------------------


def test_win_rate_average_won_deal_and_cycle(conn: Connection) -> None:
    closed = deals.closed_deals(conn, Q1)
    # won D1 (100000, 2 Jan -> 20 Feb: 49 days), D3 (30000, 1 Feb -> 10 Mar: 37 days);
    # lost D2, D7
    assert (closed.won, closed.lost, closed.won_amount) == (2, 2, 130000)
    assert closed.win_rate == 0.5
    assert closed.average_won_deal == 65000
    assert closed.cycle_days == 43  # the median of 49 and 37


def test_nothing_closed_has_no_rates(conn: Connection) -> None:
    closed = deals.closed_deals(conn, Period.month(2025, 4))
    assert (closed.win_rate, closed.average_won_deal, closed.cycle_days) == (None, None, None)


# --- P(win | s) and the weighted pipeline -------------------------------------------------------


def test_too_few_closed_deals_fall_back_to_the_defaults(conn: Connection) -> None:
    chances = deals.stage_probabilities(conn, TODAY)
    assert [(c.probability, c.learned, c.reached) for c in chances.values()] == [
        (0.1, False, 4),  # D1, D2, D3, D7 reached Lead
        (0.4, False, 3),  # D1, D2, D3
        (0.7, False, 2),  # D1, D3
    ]
    # Lead 50000 x 0.1 + Proposal 80000 x 0.4 + Negotiation 60000 x 0.7
    assert deals.weighted_pipeline(conn, TODAY) == pytest.approx(79000)


def test_probabilities_are_learned_where_enough_deals_closed(
    conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deals, "MIN_LEARNING_DEALS", 4)
    chances = deals.stage_probabilities(conn, TODAY)
    # Lead: 2 of the 4 closed deals that reached it were won; the others keep their default.
    assert chances[px.LEAD].probability == 0.5 and chances[px.LEAD].learned
    assert chances[px.PROPOSAL].probability == 0.4 and not chances[px.PROPOSAL].learned
    assert deals.weighted_pipeline(conn, TODAY) == pytest.approx(25000 + 32000 + 42000)


def test_learning_counts_each_deal_once_and_only_the_last_year(
    conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deals, "MIN_LEARNING_DEALS", 2)
    chances = deals.stage_probabilities(conn, TODAY)
    # D1 reached Proposal and Negotiation twice: counted once. Won/reached: 2/3 and 2/2.
    assert chances[px.PROPOSAL].probability == pytest.approx(2 / 3)
    assert chances[px.NEGOTIATION].probability == 1.0
    # On 25 Feb 2026 only D3 (closed 10 Mar 2025) closed within the last 365 days.
    later = deals.stage_probabilities(conn, date(2026, 2, 25))
    assert later[px.LEAD].reached == 1 and not later[px.LEAD].learned


def test_each_database_learns_its_own_chances(tmp_path: Path, db_engine: EngineUnderTest) -> None:
    # Two files alike in their deals, stages and count of changes, but for Proposal's
    # default: each forecast weighs Proposal with its own.
    weighted = []
    for name, proposal in [("a.sqlite", 0.4), ("b.sqlite", 0.55)]:
        path = db_engine.holding(px.create_pipeline_database(tmp_path / name))
        with open_database(path) as database:
            with database.write() as conn:
                conn.exec_driver_sql(
                    f"UPDATE stage SET probability = {proposal} WHERE id = {px.PROPOSAL}"
                )
            with database.read() as conn:
                weighted.append(deals.weighted_pipeline(conn, TODAY))
    # Lead 50000 x 0.1 + Proposal 80000 x 0.4 (or 0.55) + Negotiation 60000 x 0.7
    assert weighted == [pytest.approx(79000), pytest.approx(91000)]


# --- stages ---------------------------------------------------------------------------------------


def test_stage_conversion_counts_the_last_exit_of_each_deal(conn: Connection) -> None:
    conversion = deals.stage_conversion(conn, Q1)
    # Lead: D1, D2, D3, D4, D6 went on to Proposal, D7 was lost.
    assert conversion[px.LEAD] == deals.Conversion(6, 5)
    # Proposal: D1 (left twice, last to Negotiation), D3, D6 went on; D2 was lost.
    assert conversion[px.PROPOSAL] == deals.Conversion(4, 3)
    # Negotiation: D1 went back to Proposal on 1 Feb but was won from it on 20 Feb; D3 won.
    assert conversion[px.NEGOTIATION] == deals.Conversion(2, 2)
    assert conversion[px.LEAD].rate == pytest.approx(5 / 6)


def test_a_deal_sent_back_does_not_convert(conn: Connection) -> None:
    # 15 Jan - 5 Feb: D1 left Negotiation once, back to Proposal.
    conversion = deals.stage_conversion(conn, Period(date(2025, 1, 15), date(2025, 2, 5)))
    assert conversion[px.NEGOTIATION] == deals.Conversion(1, 0)


def test_days_in_stage_are_medians_with_open_stays_so_far(conn: Connection) -> None:
    days = deals.days_in_stage(conn, Q1)
    # Lead stays: 8, 10, 2, 14, 30 (D5 so far), 7, 40 (D7 from December), 16 (D8 so far)
    assert days[px.LEAD] == 12
    # Proposal: 10, 9 (D1 twice), 21, 17, 30 (D4 so far), 16
    assert days[px.PROPOSAL] == 16.5
    # Negotiation: 12, 10 (D1 twice), 18, 3 (D6 so far)
    assert days[px.NEGOTIATION] == 11


def test_funnel_counts_deals_that_reached_a_stage_or_beyond(conn: Connection) -> None:
    # Created in Q1: D1 (won), D2 (Proposal), D3 (won), D4 (Proposal), D5, D8 (Lead), D6 (Neg)
    assert deals.funnel(conn, Q1) == {px.LEAD: 7, px.PROPOSAL: 5, px.NEGOTIATION: 3}


def test_lost_reasons(conn: Connection) -> None:
    assert deals.lost_reasons(conn, Q1) == [
        deals.LostReason("No budget", 1, 20000),
        deals.LostReason("Price", 1, 50000),
    ]


# --- forecast, velocity, rotting -----------------------------------------------------------------


def test_forecast_by_month(conn: Connection) -> None:
    months = [Period.month(2025, m) for m in range(1, 6)]
    forecast = deals.forecast_by_month(conn, TODAY, months)
    # Feb: D1 won; Mar: D3 won + D5 (Lead 0.1 x 40000, expected 20 Mar, still open);
    # Apr: D4 (Proposal 0.4 x 80000); May: D6 (Negotiation 0.7 x 60000); D8 has no date.
    assert [(f.won, f.weighted) for f in forecast] == [
        (0, 0),
        (100000, 0),
        (30000, pytest.approx(4000)),
        (0, pytest.approx(32000)),
        (0, pytest.approx(42000)),
    ]
    assert forecast[2].total == pytest.approx(34000)


def test_an_overdue_expected_close_counts_in_the_current_month(conn: Connection) -> None:
    forecast = deals.forecast_by_month(conn, date(2025, 4, 1), [Period.month(2025, 4)])
    # On 1 April D5 (expected 20 March) and D4 (15 April) both count in April.
    assert forecast[0].weighted == pytest.approx(4000 + 32000)


def test_the_forecast_months_are_cut_at_the_period_ends() -> None:
    spans = deals.forecast_spans(Period(date(2025, 2, 15), date(2025, 4, 10)), date(2025, 3, 31))
    assert [(s.start.isoformat(), s.end.isoformat(), s.kind) for s in spans] == [
        ("2025-02-15", "2025-02-28", "custom"),
        ("2025-03-01", "2025-03-31", "month"),
        ("2025-04-01", "2025-04-10", "custom"),
    ]
    # Months ahead of the period go on whole, from the day after its end.
    later = deals.forecast_spans(Period(date(2025, 3, 10), date(2025, 3, 20)), date(2025, 5, 2))
    assert [(s.start.day, s.end.day, s.start.month) for s in later] == [
        (10, 20, 3), (21, 31, 3), (1, 30, 4), (1, 31, 5)]  # fmt: skip


def test_a_period_from_mid_month_counts_only_what_is_won_inside_it(conn: Connection) -> None:
    # 21 February - 20 March, over by 31 March: its open deals are those of 20 March.
    period = Period(date(2025, 2, 21), date(2025, 3, 20))
    on = clock.closing_day(period)
    forecast = deals.forecast_by_month(conn, on, deals.forecast_spans(period))
    # D1 won on 20 February, the day before the period: not counted (a whole February
    # would). D3 won 10 March (30000); D5 (Lead 0.1 x 40000) is expected on 20 March.
    assert [(f.span.start, f.won, f.weighted) for f in forecast] == [
        (date(2025, 2, 21), 0, 0),
        (date(2025, 3, 1), 30000, pytest.approx(4000)),
    ]
    # The dashboard's card for the period is the same sum.
    assert dashboard_figures(conn, period).forecast == pytest.approx(34000)


def test_a_running_period_from_mid_month(conn: Connection) -> None:
    # 20 March - 19 April seen on 31 March: won D3 (10 Mar) is before it; open D5 (expected
    # 20 Mar, overdue) counts on 31 March, D4 (15 Apr) inside; D6 (10 May) after.
    period = Period(date(2025, 3, 20), date(2025, 4, 19))
    forecast = deals.forecast_by_month(conn, TODAY, deals.forecast_spans(period))
    assert [(f.won, f.weighted) for f in forecast] == [(0, pytest.approx(4000)),
                                                       (0, pytest.approx(32000))]  # fmt: skip


def test_velocity(conn: Connection) -> None:
    velocity = deals.pipeline_velocity(conn, Q1)
    # 4 open deals x 0.5 x 65000 / 43 days
    assert (velocity.open_deals, velocity.win_rate, velocity.average_won_deal) == (4, 0.5, 65000)
    assert velocity.per_day == pytest.approx(4 * 0.5 * 65000 / 43)


def test_rotting_deals_count_follow_ups_done(conn: Connection) -> None:
    rotting = deals.rotting_deals(conn, TODAY)
    # D5: in Lead since 1 March (30 days > 10); D8: since 15 March (16 > 10). D4 has been
    # in Proposal for 30 days, but a follow-up was done on 20 March (11 days <= 14).
    assert [(r.deal_id, r.idle_days) for r in rotting] == [(px.D5, 30), (px.D8, 16)]


# --- goal metrics ---------------------------------------------------------------------------


def test_goal_metrics(conn: Connection) -> None:
    assert deals.goal_metric_value(conn, "deals_won", Q1) == 2
    assert deals.goal_metric_value(conn, "win_rate", Q1) == 0.5
    # created in Q1: D1 100000 + D2 50000 + D3 30000 + D4 80000 + D5 40000 + D6 60000 + D8 10000
    assert deals.goal_metric_value(conn, "pipeline_created", Q1) == 370000
    assert deals.daily_values(conn, "deals_won", Q1) == {
        date(2025, 2, 20): 1.0,
        date(2025, 3, 10): 1.0,
    }
    assert deals.goal_metric_value(conn, "deals_won", Q1, Scope(member_id=fx.GLEB)) == 1
