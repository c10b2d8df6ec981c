"""The SMART checks of SPEC §5: each letter pass, warn or fail with a sentence citing numbers.

:func:`assess` gathers the company's history (:mod:`salesdesk.goals.evidence`) and runs the
five checks; each check is a plain function of the goal and that evidence, so it can be
tested on numbers known by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from salesdesk.formatting import format_date, format_number, format_percent
from salesdesk.goals.evidence import Evidence, Growth, gather
from salesdesk.goals.goal import (
    RATE_METRICS,
    GoalSpec,
    format_change,
    format_value,
    metric_name,
)
from salesdesk.goals.status import Verdict
from salesdesk.goals.validation import target_problem
from salesdesk.i18n import tr, trn, with_unit
from salesdesk.store.models import GoalMetric

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class Check:
    letter: str  # S, M, A, R or T
    verdict: Verdict
    sentence: str


@dataclass(frozen=True)
class SmartReport:
    checks: tuple[Check, ...]

    @property
    def score(self) -> int:
        """0-5: how many letters pass."""
        return sum(check.verdict is Verdict.PASS for check in self.checks)

    def check(self, letter: str) -> Check:
        return next(check for check in self.checks if check.letter == letter)

    def objections(self) -> tuple[Check, ...]:
        """The checks of A, R and T that fail: the editor saves such a goal only when the
        manager confirms ("Save anyway"), showing their sentences."""
        return tuple(c for c in self.checks if c.letter in "ART" and c.verdict is Verdict.FAIL)


def assess(conn: Connection, goal: GoalSpec, today: date) -> SmartReport:
    """All five checks of ``goal`` against the history in the database, as of ``today``."""
    evidence = gather(conn, goal, today)
    return SmartReport(
        (
            check_specific(goal, evidence),
            check_measurable(goal, evidence),
            check_achievable(goal, evidence),
            check_realistic(goal, evidence),
            check_time_bound(goal, today),
        )
    )


# --- S ---------------------------------------------------------------------------------------

# Wording that promises without saying how much. Phrases warn wherever they appear; single
# words ("better") only in a title with no number in it.
VAGUE_PHRASES = {
    "en": (
        "maximum possible",
        "as much as possible",
        "as many as possible",
        "as high as possible",
        "as soon as possible",
        "best possible",
        "the most we can",
        "as far as possible",
    ),
    "ru": (
        "максимально возможн",
        "как можно больше",
        "как можно лучше",
        "как можно выше",
        "как можно скорее",
        "по возможности",
        "насколько возможно",
        "по максимуму",
    ),
}
VAGUE_WORDS = {
    "en": ("better", "more", "improve", "increase", "boost", "maximise", "maximize", "optimise"),
    "ru": ("лучше", "больше", "улучшить", "увеличить", "повысить", "максимально", "значительно"),
}
# Stems that name what a goal of each metric changes, in both languages.
METRIC_WORDS = {
    GoalMetric.REVENUE: ("revenue", "sales", "turnover", "income", "выручк", "оборот", "продаж"),
    GoalMetric.UNITS: ("unit", "volume", "piece", "штук", "единиц", "объём", "объем", "продаж"),
    GoalMetric.ORDERS: ("order", "deal", "заказ", "сделк"),
    GoalMetric.NEW_CUSTOMERS: ("customer", "client", "acqui", "клиент", "покупател", "привлеч"),
    GoalMetric.CURRENT_CUSTOMERS: ("customer", "client", "base", "клиент", "покупател", "баз"),
    GoalMetric.RETENTION_RATE: ("retention", "retain", "keep", "удержан", "удерж", "сохран"),
    GoalMetric.CHURN_RATE: ("churn", "attrition", "отток", "потер", "уход"),
    GoalMetric.CONVERSION_RATE: ("conversion", "convert", "конверси"),
    GoalMetric.AVERAGE_ORDER_VALUE: ("average", "order value", "basket", "средн", "чек"),
    GoalMetric.GROSS_MARGIN: ("margin", "profit", "марж", "прибыл"),
    GoalMetric.DEALS_WON: ("deal", "win", "won", "сделк", "выигра"),
    GoalMetric.WIN_RATE: ("win rate", "win", "conversion", "выигр", "конверси"),
    GoalMetric.PIPELINE_CREATED: ("pipeline", "deal", "воронк", "сделк"),
}


def vague_wording(title: str) -> str | None:
    """The first vague phrase or word of ``title`` (in either language), if any."""
    lowered = title.lower()
    for phrases in VAGUE_PHRASES.values():
        for phrase in phrases:
            if phrase in lowered:
                return _quoted_from(title, phrase)
    if re.search(r"\d", title):
        return None
    words = re.findall(r"\w+", lowered)
    for vague in VAGUE_WORDS.values():
        for word in words:
            if word in vague:
                return word
    return None


def _quoted_from(title: str, phrase: str) -> str:
    """The words of ``title`` that the stem ``phrase`` matched, completed to a word end."""
    start = title.lower().index(phrase)
    match = re.match(r"\w*", title[start + len(phrase) :])
    return title[start : start + len(phrase) + (len(match.group()) if match else 0)]


def names_the_metric(goal: GoalSpec) -> bool:
    words = METRIC_WORDS.get(GoalMetric(goal.metric))
    if words is None:  # a manual metric: its title is all there is
        return True
    lowered = goal.title.lower()
    return any(word in lowered for word in words)


def check_specific(goal: GoalSpec, evidence: Evidence) -> Check:
    title = goal.title.strip()
    if not title:
        return Check("S", Verdict.FAIL, tr("Give the goal a title that says what changes."))
    if evidence.owner is None:
        return Check("S", Verdict.FAIL, tr("Choose who owns the goal: a team or a member."))
    if (vague := vague_wording(title)) is not None:
        return Check(
            "S",
            Verdict.WARN,
            tr('"{words}" is vague: say what changes and by how much.', words=vague),
        )
    metric = metric_name(goal.metric)
    if not names_the_metric(goal):
        return Check(
            "S",
            Verdict.WARN,
            tr("The title does not say what changes: name the {metric}.", metric=metric),
        )
    return Check(
        "S",
        Verdict.PASS,
        tr(
            "Names what changes ({metric}); owned by {owner}.",
            metric=metric,
            owner=_owner(evidence),
        ),
    )


def _owner(evidence: Evidence) -> str:
    assert evidence.owner is not None
    return evidence.owner.name or tr("the department")


# --- M ---------------------------------------------------------------------------------------


def check_measurable(goal: GoalSpec, evidence: Evidence) -> Check:
    if (problem := target_problem(goal)) is not None or goal.target_value is None:
        return Check("M", Verdict.FAIL, problem or "")
    target = format_value(goal, goal.target_value, evidence.currency)
    if goal.is_manual:
        return _measurable_by_checkins(goal, target)
    if evidence.scope is None:
        return Check(
            "M", Verdict.FAIL, tr("Without an owner the metric has no scope to be computed over.")
        )
    return _measurable_against_baseline(goal, evidence, target)


def _measurable_against_baseline(goal: GoalSpec, evidence: Evidence, target: str) -> Check:
    """M of a computed metric: the baseline exists, is history, and the target differs."""
    assert goal.target_value is not None
    period = evidence.baseline_period
    if period is None or evidence.baseline is None:
        where = period.label() if period is not None else tr("the baseline period")
        return Check(
            "M",
            Verdict.WARN,
            tr(
                "No baseline: the {metric} of this scope is unknown over {period}.",
                metric=metric_name(goal.metric),
                period=where,
            ),
        )
    baseline = format_value(goal, evidence.baseline, evidence.currency)
    if evidence.baseline == 0 and goal.metric not in RATE_METRICS:  # a rate of 0 is history
        return Check(
            "M",
            Verdict.WARN,
            tr(
                "Baseline {baseline} over {period}: no history to compare; the target is {target}.",
                baseline=baseline,
                period=period.label(),
                target=target,
            ),
        )
    if goal.target_value == evidence.baseline:
        return Check(
            "M",
            Verdict.FAIL,
            tr(
                "The target equals the baseline ({baseline}): nothing would change.",
                baseline=baseline,
            ),
        )
    return Check(
        "M",
        Verdict.PASS,
        tr(
            "Baseline {baseline} over {period}; the target {target} is {change}.",
            baseline=baseline,
            period=period.label(),
            target=target,
            change=format_change(goal, goal.target_value, evidence.baseline),
        ),
    )


def _measurable_by_checkins(goal: GoalSpec, target: str) -> Check:
    if not (goal.manual_unit or "").strip():
        return Check("M", Verdict.FAIL, tr("Say in what unit the manual metric is measured."))
    return Check(
        "M",
        Verdict.PASS,
        tr(
            "Measured by check-ins in {unit}; the target is {target}.",
            unit=goal.manual_unit,
            target=target,
        ),
    )


# --- A ---------------------------------------------------------------------------------------

TOLERANCE = 1.5  # beyond the best: up to this many times warns, further fails


def _verdict(needed: float, best: float) -> Verdict:
    """How ``needed`` compares with ``best``, both "more is harder"."""
    if needed <= best:
        return Verdict.PASS
    return Verdict.WARN if needed <= best * TOLERANCE else Verdict.FAIL


def check_achievable(goal: GoalSpec, evidence: Evidence) -> Check:
    if goal.target_value is None or goal.period is None:
        return Check("A", Verdict.FAIL, tr("Set a target and the dates to judge the pace."))
    if (problem := target_problem(goal)) is not None:
        return Check("A", Verdict.FAIL, problem)
    if goal.is_manual:
        return _achievable_by_checkins(goal, evidence)
    if evidence.scope is None:
        return Check("A", Verdict.FAIL, tr("Without an owner there is no history to judge by."))
    if goal.is_additive:
        return _achievable_pace(goal, evidence)
    return _achievable_level(goal, evidence)


def _achievable_pace(goal: GoalSpec, evidence: Evidence) -> Check:
    pace = evidence.pace
    assert pace is not None and goal.target_value is not None
    money = lambda value: format_value(goal, value, evidence.currency)  # noqa: E731
    remaining = goal.target_value - pace.so_far
    if not goal.lower_is_better and remaining <= 0:
        return Check(
            "A",
            Verdict.PASS,
            tr(
                "Already reached: {actual} of {target}.",
                actual=money(pace.so_far),
                target=money(goal.target_value),
            ),
        )
    needed = remaining / pace.days_left
    days = trn(pace.days_left, "{n} day", "{n} days")
    if pace.best is None:
        return Check(
            "A",
            Verdict.WARN,
            tr(
                "Needs {needed} a day over {days}; this scope has no history of the last"
                " 3 years to compare with.",
                needed=money(needed),
                days=days,
            ),
        )
    best = pace.best.value / pace.days_left
    scale = pace.headcount_now / pace.headcount_then if pace.headcount_then else 1.0
    scaled = best * scale
    verdict = _verdict(scaled, needed) if goal.lower_is_better else _verdict(needed, scaled)
    sentence = tr(
        "Needs {needed} a day over {days}; the best {days} of the last 3 years brought"
        " {best} a day ({window}).",
        needed=money(needed),
        days=days,
        best=money(best),
        window=pace.best.label,
    )
    if scale != 1.0:
        sentence += " " + tr(
            "With {now} people now against {then} then, that is {scaled} a day.",
            now=pace.headcount_now,
            then=pace.headcount_then,
            scaled=money(scaled),
        )
    return Check("A", verdict, sentence + _pipeline_sentence(evidence))


def _pipeline_sentence(evidence: Evidence) -> str:
    """Cites the open pipeline's coverage of the gap, where the goal has one."""
    if evidence.pipeline_coverage is None:
        return ""
    share = format_percent(evidence.pipeline_coverage, 0)
    return " " + tr("The open pipeline covers {share} of the gap.", share=share)


def _achievable_level(goal: GoalSpec, evidence: Evidence) -> Check:
    assert goal.target_value is not None
    best = evidence.best_level
    target = format_value(goal, goal.target_value, evidence.currency)
    if best is None or evidence.baseline is None:
        return Check(
            "A",
            Verdict.WARN,
            tr(
                "Needs {target}; this scope has no history of the last 3 years to compare with.",
                target=target,
            ),
        )
    sign = -1 if goal.lower_is_better else 1
    needed = sign * (goal.target_value - evidence.baseline)
    reached = sign * (best.value - evidence.baseline)
    # never better than the baseline: any improvement asked is beyond what was seen
    verdict = Verdict.PASS if needed <= reached else _verdict(needed, max(reached, 0.0))
    return Check(
        "A",
        verdict,
        tr(
            "Needs {target}; the best {days} of the last 3 years reached {best} ({window}).",
            target=target,
            days=trn(best.period.days, "{n} day", "{n} days"),
            best=format_value(goal, best.value, evidence.currency),
            window=best.label,
        ),
    )


def _achievable_by_checkins(goal: GoalSpec, evidence: Evidence) -> Check:
    assert goal.target_value is not None and goal.period is not None
    trend = evidence.checkins
    if trend is None:
        return Check(
            "A",
            Verdict.WARN,
            tr("Record at least two check-ins to judge the pace of a manual metric."),
        )
    (first_day, first), (last_day, last) = trend.first, trend.last
    days_left = max((goal.period.end - last_day).days, 1)
    sign = -1 if goal.lower_is_better else 1
    needed = sign * (goal.target_value - last) / days_left
    seen = sign * (last - first) / max((last_day - first_day).days, 1)
    verdict = Verdict.PASS if needed <= seen else _verdict(needed, max(seen, 0.0))
    unit = goal.manual_unit or ""
    needed_month, seen_month = sign * needed * 30, sign * seen * 30
    return Check(
        "A",
        verdict,
        tr(
            "Needs {needed} a month from {last}; the check-ins moved {seen} a month.",
            needed=with_unit(format_number(needed_month, 1), needed_month, unit),
            last=format_number(last, 1),
            seen=format_number(seen_month, 1),
        ),
    )


# --- R ---------------------------------------------------------------------------------------


def _best_unit(unit: str, days: int) -> str:
    """ "the best quarter", "the best period of 45 days"."""
    names = {
        "month": tr("the best month"),
        "quarter": tr("the best quarter"),
        "year": tr("the best year"),
    }
    return names.get(unit) or trn(days, "the best period of {n} day", "the best period of {n} days")


def _of_units(unit: str, count: int, days: int) -> str:
    """ "of 12 quarters", "of 54 periods of 20 days"."""
    names = {
        "month": trn(count, "of {n} month", "of {n} months"),
        "quarter": trn(count, "of {n} quarter", "of {n} quarters"),
        "year": trn(count, "of {n} year", "of {n} years"),
    }
    return names.get(unit) or trn(count, "of {n} period", "of {n} periods") + " " + trn(
        days, "each of {n} day", "each of {n} days"
    )


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile of ``values`` with linear interpolation between ranks."""
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def check_realistic(goal: GoalSpec, evidence: Evidence) -> Check:
    if goal.is_manual:
        return Check(
            "R", Verdict.WARN, tr("A manual metric has no history to compare the growth with.")
        )
    if goal.target_value is None or goal.period is None or evidence.baseline is None:
        return Check("R", Verdict.WARN, tr("Without a baseline the growth cannot be compared."))
    if evidence.baseline == 0:
        return Check("R", Verdict.WARN, tr("The baseline is zero: no history to compare."))
    if (problem := target_problem(goal)) is not None:
        return Check("R", Verdict.FAIL, problem)
    sign = -1 if goal.lower_is_better else 1
    needed = sign * (goal.target_value - evidence.baseline) / abs(evidence.baseline)
    growths = [sign * g.growth for g in evidence.growths]
    needed_text = format_percent(sign * needed, signed=True)
    if not growths:
        return Check(
            "R",
            Verdict.WARN,
            tr(
                "Needs {needed} over the baseline; no past period of this length to compare with.",
                needed=needed_text,
            ),
        )
    best_index = max(range(len(growths)), key=growths.__getitem__)
    best: Growth = evidence.growths[best_index]
    best_growth = growths[best_index]
    days = goal.period.days
    if needed > best_growth + abs(best_growth) * (TOLERANCE - 1):
        verdict = Verdict.FAIL
    elif needed > percentile(growths, 0.9):
        verdict = Verdict.WARN
    else:
        verdict = Verdict.PASS
    reached = sum(g >= needed for g in growths)
    sentence = tr(
        "Needs {needed} over the baseline; {best_unit} of the last 3 years grew {best} ({label}).",
        needed=needed_text,
        best_unit=_best_unit(evidence.unit, days),
        best=format_percent(best.growth, signed=True),
        label=best.window.label,
    )
    if verdict is Verdict.PASS:
        sentence += " " + tr(
            "{reached} {of_total} did at least that.",
            reached=reached,
            of_total=_of_units(evidence.unit, len(growths), days),
        )
    return Check("R", verdict, sentence)


# --- T ---------------------------------------------------------------------------------------

MIN_DAYS = 7
MAX_DAYS = 3 * 365 + 1


def check_time_bound(goal: GoalSpec, today: date) -> Check:
    start, end = goal.start_on, goal.end_on
    if start is None or end is None:
        return Check("T", Verdict.FAIL, tr("Set the start and end dates."))
    if end <= start:
        return Check(
            "T",
            Verdict.FAIL,
            tr(
                "The end ({end}) must come after the start ({start}).",
                end=format_date(end),
                start=format_date(start),
            ),
        )
    days = (end - start).days + 1
    length = trn(days, "{n} day", "{n} days")
    if days < MIN_DAYS:
        return Check(
            "T", Verdict.FAIL, tr("Runs {length}: give it at least a week.", length=length)
        )
    if days > MAX_DAYS:
        return Check("T", Verdict.FAIL, tr("Runs {length}: keep it within 3 years.", length=length))
    if end < today:
        return Check("T", Verdict.WARN, tr("Ended on {end}, in the past.", end=format_date(end)))
    return Check(
        "T",
        Verdict.PASS,
        tr(
            "Runs {length}, from {start} to {end}.",
            length=length,
            start=format_date(start),
            end=format_date(end),
        ),
    )
