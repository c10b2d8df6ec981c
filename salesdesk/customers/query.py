"""What the customer list shows: its filters, search and order (no database needed to build
one, so the GUI can import it at start-up)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from salesdesk.metrics.scope import SegmentCondition

STATUSES = ("prospect", "current", "at_risk", "lost")
NOT_OWNED = 0  # the owner filter's value for customers without an owner


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: the filters (None: any), the search text and the order."""

    search: str = ""
    status: str | None = None  # one of STATUSES
    segment: SegmentCondition | None = None
    persona_id: int | None = None
    territory_id: int | None = None  # with its descendants
    account_type_id: int | None = None
    owner_member_id: int | None = None  # NOT_OWNED: customers without an owner
    rfm_tier: str | None = None  # one of salesdesk.metrics.rfm.RFM_TIERS
    min_days_since_sale: int | None = None
    max_days_since_sale: int | None = None
    sort_key: str = "name"
    descending: bool = False

    def sorted_by(self, key: str, descending: bool) -> CustomerQuery:
        return replace(self, sort_key=key, descending=descending)
