"""The demo's sales process: won deals are its orders, histories hold together, and the open
pipeline has work to do (overdue follow-ups, rotting deals)."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.demo import generate_demo
from tests.salesdesk.demo.test_demo import SMALL, TODAY, query, scalar


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo_deals") / "demo.sqlite"
    generate_demo(path, language="ru", **SMALL)  # type: ignore[arg-type]
    return path


def test_won_deals_are_orders_with_their_amount_owner_and_customer(demo: Path) -> None:
    mismatched = scalar(
        demo,
        "SELECT count(*) FROM deal d WHERE d.status = 'won' AND NOT EXISTS ("
        " SELECT 1 FROM sale s WHERE s.order_ref = d.order_ref GROUP BY s.order_ref"
        " HAVING sum(s.amount) = d.amount AND max(s.customer_id) = d.customer_id"
        " AND max(s.member_id) = d.owner_member_id AND max(s.date) = d.closed_on)",
    )
    assert scalar(demo, "SELECT count(*) FROM deal WHERE status = 'won'") > 0
    assert mismatched == 0


def test_about_one_deal_in_three_is_won(demo: Path) -> None:
    won, lost = query(
        demo,
        "SELECT sum(status = 'won'), sum(status = 'lost') FROM deal",
    )[0]
    assert 0.25 < won / (won + lost) < 0.45


def test_stays_are_contiguous_and_only_open_deals_have_a_current_one(demo: Path) -> None:
    broken = scalar(
        demo,
        "SELECT count(*) FROM (SELECT h.left_at, LEAD(h.entered_at) OVER w AS next_in,"
        " LEAD(h.id) OVER w AS next_id FROM deal_stage_change h"
        " WINDOW w AS (PARTITION BY h.deal_id ORDER BY h.entered_at, h.id))"
        " WHERE next_id IS NOT NULL AND (left_at IS NULL OR substr(left_at, 1, 10) <>"
        " substr(next_in, 1, 10))",
    )
    assert broken == 0
    assert query(
        demo,
        "SELECT d.status, count(h.id) FROM deal d LEFT JOIN deal_stage_change h"
        " ON h.deal_id = d.id AND h.left_at IS NULL GROUP BY d.status ORDER BY d.status",
    ) == [("lost", 0), ("open", scalar(demo, "SELECT count(*) FROM deal WHERE status = 'open'")),
          ("won", 0)]  # fmt: skip
    # the deal's stage is its last stay's
    assert (
        scalar(
            demo,
            "SELECT count(*) FROM deal d WHERE d.stage_id <> (SELECT h.stage_id FROM"
            " deal_stage_change h WHERE h.deal_id = d.id ORDER BY h.entered_at DESC, h.id DESC"
            " LIMIT 1)",
        )
        == 0
    )


def test_some_deals_went_back_a_stage(demo: Path) -> None:
    assert (
        scalar(
            demo,
            "SELECT count(*) FROM (SELECT deal_id FROM deal_stage_change GROUP BY deal_id, stage_id"
            " HAVING count(*) > 1)",
        )
        > 0
    )


def test_the_open_pipeline_has_overdue_follow_ups_and_words_of_the_language(demo: Path) -> None:
    overdue = scalar(
        demo,
        "SELECT count(*) FROM follow_up WHERE done_at IS NULL AND due_on < ?",
        TODAY.isoformat(),
    )
    assert overdue > 0
    assert scalar(demo, "SELECT name FROM pipeline WHERE id = 1") == "Новые клиенты"
    assert (
        scalar(demo, "SELECT count(*) FROM deal WHERE status = 'lost' AND lost_reason IS NULL") == 0
    )
