"""The SMART checks on goals whose answer is known by construction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.engine import Connection

from salesdesk import i18n
from salesdesk.goals.evidence import Evidence, Pace, Window, growth_windows
from salesdesk.goals.goal import GoalSpec, Owner
from salesdesk.goals.smart import (
    assess,
    check_achievable,
    check_measurable,
    check_specific,
    check_time_bound,
    percentile,
    vague_wording,
)
from salesdesk.goals.status import Verdict
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.store.db import open_database
from salesdesk.store.models import BaselineKind, GoalMetric
from tests.engines import EngineUnderTest
from tests.salesdesk.goals import goal_fixture as fx

TODAY = date(2026, 1, 1)  # the goal's first day: judged as planned, Q4 2025 complete
Q1_2026 = Period.quarter(2026, 1)

# Revenue of one sale on each quarter's first day, Q4 2022 to Q4 2025: flat at 100 000, one
# quarter of +2 %, one of -1.96 % and Q4 2025 at 118 000, +18 % over Q3 2025 — the best.
QUARTERLY = [100000, 100000, 102000, *[102000] * 8, 100000, 118000]
_QUARTERS = [Period.quarter(2022, 4)] + [
    Period.quarter(year, q) for year in (2023, 2024, 2025) for q in (1, 2, 3, 4)
]


@pytest.fixture(scope="module")
def conn(
    tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest
) -> Iterator[Connection]:
    sales = [
        (quarter.start.isoformat(), amount, 1)
        for quarter, amount in zip(_QUARTERS, QUARTERLY, strict=True)
    ]
    path = fx.create_goal_database(
        tmp_path_factory.mktemp("smart") / "db.sqlite", sales=sales, engine=module_db_engine
    )
    with open_database(path, read_only=True) as database, database.read() as connection:
        yield connection


def _goal(**changes: object) -> GoalSpec:
    values: dict[str, object] = {
        "title": "Grow web revenue in Q1 2026",
        "metric": GoalMetric.REVENUE,
        "owner_member_id": fx.HEAD,
        "scope_channel_id": fx.WEB,
        "baseline_kind": BaselineKind.PREVIOUS_PERIOD,
        "target_value": 118000 * 1.7,
        "start_on": Q1_2026.start,
        "end_on": Q1_2026.end,
    }
    values.update(changes)
    return GoalSpec(**values)  # type: ignore[arg-type]


# --- R -----------------------------------------------------------------------------------------


def test_seventy_percent_over_a_best_quarter_of_eighteen_fails_realistic(
    conn: Connection,
) -> None:
    report = assess(conn, _goal(), TODAY)
    realistic = report.check("R")
    assert realistic.verdict is Verdict.FAIL
    assert realistic.sentence == (
        "Needs +70.0% over the baseline; the best quarter of the last 3 years grew +18.0%"
        " (Q4 2025)."
    )


def test_realistic_in_russian(conn: Connection) -> None:
    with i18n.language_set_to("ru"):
        sentence = assess(conn, _goal(), TODAY).check("R").sentence
    assert "+18,0%" in sentence
    assert "(4 кв. 2025)" in sentence


def test_growth_within_the_usual_passes_realistic(conn: Connection) -> None:
    # +1 % over 118 000: 2 of the 12 quarters grew more (+2 % and +18 %)
    realistic = assess(conn, _goal(target_value=119180), TODAY).check("R")
    assert realistic.verdict is Verdict.PASS
    assert realistic.sentence.endswith("2 of 12 quarters did at least that.")


def test_growth_above_the_90th_percentile_warns(conn: Connection) -> None:
    # growths: ten of 0 %, +2 %, -1.96 %, +18 %; the 90th percentile is 0.02 + 0.9 * ...:
    # sorted, position 0.9 * 11 = 9.9 between 0 % (index 9) and +2 % (index 10): +1.8 %.
    # +10 % is above that and below 1.5 x 18 % = 27 %.
    assert assess(conn, _goal(target_value=129800), TODAY).check("R").verdict is Verdict.WARN


def test_percentile() -> None:
    assert percentile([0.0, 10.0], 0.9) == pytest.approx(9.0)
    assert percentile([5.0], 0.9) == 5.0


def test_growth_windows_of_a_quarter_and_of_custom_dates() -> None:
    unit, windows = growth_windows(Q1_2026)
    assert unit == "quarter"
    assert (windows[0], windows[-1]) == (Period.quarter(2025, 4), Period.quarter(2023, 1))
    unit, windows = growth_windows(Period(date(2026, 1, 1), date(2026, 1, 20)))
    assert unit == "days"
    assert windows[0] == Period(date(2025, 12, 12), date(2025, 12, 31))
    assert len(windows) == (365 * 3 + 1) // 20


# --- S -----------------------------------------------------------------------------------------


def test_maximum_possible_turnover_warns_on_specific(conn: Connection) -> None:
    specific = assess(conn, _goal(title="Максимально возможный оборот"), TODAY).check("S")
    assert specific.verdict is Verdict.WARN
    assert specific.sentence.startswith('"Максимально возможный" is vague')


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Reach the maximum possible turnover", "maximum possible"),
        ("Sell as much as possible", "as much as possible"),
        ("Продать как можно больше", "как можно больше"),
        ("Better sales", "better"),
        ("Better sales: +10% in Q1", None),  # a number says how much
        ("Grow revenue by 10% in 2026", None),
    ],
)
def test_vague_wording(title: str, found: str | None) -> None:
    assert vague_wording(title) == found


def test_specific_needs_the_metric_named_and_an_owner(conn: Connection) -> None:
    assert assess(conn, _goal(), TODAY).check("S").verdict is Verdict.PASS
    unnamed = assess(conn, _goal(title="Q1 2026 push"), TODAY).check("S")
    assert (unnamed.verdict, unnamed.sentence) == (
        Verdict.WARN,
        "The title does not say what changes: name the revenue.",
    )
    no_owner = assess(conn, _goal(owner_member_id=None), TODAY).check("S")
    assert no_owner.verdict is Verdict.FAIL


# --- M -----------------------------------------------------------------------------------------


def test_measurable_cites_the_baseline(conn: Connection) -> None:
    measurable = assess(conn, _goal(), TODAY).check("M")
    assert measurable.verdict is Verdict.PASS
    assert measurable.sentence == (
        "Baseline RUB\xa01,180 over Q4 2025; the target RUB\xa02,006 is +70.0%."
    )


def test_a_target_equal_to_the_baseline_fails_measurable(conn: Connection) -> None:
    assert assess(conn, _goal(target_value=118000), TODAY).check("M").verdict is Verdict.FAIL


def test_a_manual_metric_needs_its_unit() -> None:
    evidence = _evidence()
    manual = _goal(metric=GoalMetric.MANUAL, manual_unit=None, target_value=45)
    assert check_measurable(manual, evidence).verdict is Verdict.FAIL
    with_unit = check_measurable(_goal(metric=GoalMetric.MANUAL, manual_unit="points"), evidence)
    assert with_unit.verdict is Verdict.PASS


# --- A -----------------------------------------------------------------------------------------


def _evidence(**changes: object) -> Evidence:
    values: dict[str, object] = {
        "owner": Owner(Scope(), "Head", None),
        "scope": Scope(),
        "currency": "RUB",
        "baseline": 100000.0,
        "pace": None,
        "best_level": None,
        "growths": (),
        "unit": "quarter",
        "checkins": None,
    }
    values.update(changes)
    return Evidence(**values)  # type: ignore[arg-type]


def _pace(best_total: float, now: int = 2, then: int = 1) -> Pace:
    best = Window(Period(date(2025, 1, 1), date(2025, 3, 31)), best_total, "Q1 2025")
    return Pace(TODAY, 0.0, 90, best, headcount_now=now, headcount_then=then)


@pytest.mark.parametrize(
    ("target", "verdict"),
    [
        # best 90 days: 90 000 = 1 000 a day, twice the people now: 2 000 a day
        (180000, Verdict.PASS),  # 2 000 a day
        (270000, Verdict.WARN),  # 3 000 a day = 1.5 x
        (300000, Verdict.FAIL),  # 3 333 a day
    ],
)
def test_achievable_compares_the_pace_with_the_best_scaled_by_headcount(
    target: float, verdict: Verdict
) -> None:
    check = check_achievable(_goal(target_value=target), _evidence(pace=_pace(90000)))
    assert check.verdict is verdict


def test_achievable_sentence() -> None:
    check = check_achievable(_goal(target_value=180000), _evidence(pace=_pace(90000)))
    assert check.sentence == (
        "Needs RUB\xa020 a day over 90 days; the best 90 days of the last 3 years brought"
        " RUB\xa010 a day (Q1 2025). With 2 people now against 1 then, that is RUB\xa020 a day."
    )


def test_achievable_on_the_database(conn: Connection) -> None:
    # Q1 2026 needs 200 600 (RUB 2 006) in 90 days: RUB 22 a day. Sales are 90 to 92 days
    # apart, so no 90-day window holds two: the best holds Q4 2025's 118 000 alone, RUB 13 a
    # day, the latest such window starting on 1 Oct 2025. 22.3 / 13.1 = 1.7 > 1.5: fail.
    achievable = assess(conn, _goal(), TODAY).check("A")
    assert achievable.verdict is Verdict.FAIL
    assert achievable.sentence == (
        "Needs RUB\xa022 a day over 90 days; the best 90 days of the last 3 years brought"
        " RUB\xa013 a day (Oct 1, 2025 – Dec 29, 2025)."
    )


# --- T and the score -------------------------------------------------------------------------


def test_an_end_before_the_start_fails_time_bound() -> None:
    check = check_time_bound(_goal(start_on=date(2026, 3, 1), end_on=date(2026, 2, 1)), TODAY)
    assert check.verdict is Verdict.FAIL
    assert check.sentence == "The end (Feb 1, 2026) must come after the start (Mar 1, 2026)."


@pytest.mark.parametrize(
    ("start", "end", "verdict"),
    [
        (date(2026, 1, 1), date(2026, 1, 5), Verdict.FAIL),  # 5 days
        (date(2026, 1, 1), date(2026, 1, 7), Verdict.PASS),  # a week
        (date(2026, 1, 1), date(2029, 1, 1), Verdict.FAIL),  # 3 years and a day
        (date(2025, 1, 1), date(2025, 3, 31), Verdict.WARN),  # ended in the past
        (None, date(2025, 3, 31), Verdict.FAIL),
    ],
)
def test_time_bound(start: date | None, end: date, verdict: Verdict) -> None:
    assert check_time_bound(_goal(start_on=start, end_on=end), TODAY).verdict is verdict


def test_time_bound_sentence() -> None:
    check = check_time_bound(_goal(), TODAY)
    assert check.sentence == "Runs 90 days, from Jan 1, 2026 to Mar 31, 2026."


def test_score_counts_the_passes(conn: Connection) -> None:
    report = assess(conn, _goal(), TODAY)
    # S pass, M pass, A fail, R fail, T pass
    assert [c.verdict for c in report.checks] == [
        Verdict.PASS,
        Verdict.PASS,
        Verdict.FAIL,
        Verdict.FAIL,
        Verdict.PASS,
    ]
    assert report.score == 3


def test_specific_without_a_title() -> None:
    assert check_specific(_goal(title="  "), _evidence()).verdict is Verdict.FAIL
