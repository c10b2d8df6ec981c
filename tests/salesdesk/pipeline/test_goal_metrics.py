"""The goal metrics of the sales process and the SMART A check citing the pipeline coverage."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk import i18n
from salesdesk.goals.goal import GoalSpec, format_value, metric_name
from salesdesk.goals.smart import assess
from salesdesk.metrics.kpis import metric_value
from salesdesk.metrics.sales import daily_values
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.store.models import GoalMetric
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.pipeline import pipeline_fixture as px

TODAY = date(2025, 3, 31)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    return px.create_pipeline_database(
        tmp_path_factory.mktemp("goals") / "deals.sqlite", engine=module_db_engine
    )


@pytest.fixture
def conn(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Connection]:
    with px.read_today(db_path, monkeypatch) as connection:
        yield connection


@pytest.mark.parametrize(
    ("metric", "expected"),
    [("deals_won", 2.0), ("win_rate", 0.5), ("pipeline_created", 370000.0)],
)
def test_goal_metrics_through_the_metric_core(
    conn: Connection, metric: str, expected: float
) -> None:
    assert metric_value(conn, metric, Period.quarter(2025, 1)) == expected


def test_deals_won_add_up_by_day_for_the_burn_up(conn: Connection) -> None:
    daily = daily_values(conn, "pipeline_created", Period.month(2025, 3), Scope(member_id=fx.GLEB))
    assert daily == {date(2025, 3, 5): 60000.0}  # D6


def test_names_and_values_of_the_new_metrics() -> None:
    win_rate = GoalSpec(metric=GoalMetric.WIN_RATE)
    assert format_value(win_rate, 0.25, "RUB") == "25.0%"
    with i18n.language_set_to("ru"):
        assert metric_name(GoalMetric.DEALS_WON) == "выигранные сделки"


def _revenue_goal(target: float) -> GoalSpec:
    return GoalSpec(
        title="North revenue 492,000 in H1",
        metric=GoalMetric.REVENUE,
        owner_team_id=fx.NORTH,
        target_value=target,
        start_on=date(2025, 1, 1),
        end_on=date(2025, 6, 30),
    )


def test_the_achievable_check_cites_the_pipeline_coverage(conn: Connection) -> None:
    # North: 420000 sold so far; gap 72000 (kopecks); expected from the pipeline 36000.
    check = assess(conn, _revenue_goal(492000), TODAY).check("A")
    assert check.sentence.endswith("The open pipeline covers 50% of the gap.")
    with i18n.language_set_to("ru"):
        check = assess(conn, _revenue_goal(492000), TODAY).check("A")
    assert check.sentence.endswith("Открытые сделки покрывают 50% разрыва.")
