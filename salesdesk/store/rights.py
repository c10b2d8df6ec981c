"""What a login may change (SPEC §13): a member's login changes its own rows; the team tree,
the settings, the shared lists and imports need the head's rights.

The server enforces this itself (row-level security and grants, :mod:`.postgresql.security`);
the app asks first, so that a login without the rights is told so in a plain sentence before
any work, instead of meeting the server's refusal halfway. A file has no logins: whoever
opens it has every right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr
from salesdesk.store.engine import shares_stored_figures

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# What a member's login may change (within its rows); the rest is the head's. A member's
# change to a sale marks the stored customer summary out of date (customer_summary_state), so
# that the head's list never shows figures that no longer hold.
MEMBER_WRITES = (
    "customer", "sale", "deal", "deal_stage_change", "follow_up", "goal", "goal_checkin",
    "interaction", "customer_summary", "customer_summary_past", "customer_summary_state",
    "change_log",
)  # fmt: skip
_TEAM_TREE = frozenset({"team", "member", "coverage", "member_login"})

IMPORT = "import"
SETTINGS = "settings"
TEAM = "team"
SHARED_LISTS = "shared lists"


class HeadRightsError(SalesDeskError):
    """The login may not do this: it needs the head of sales's or the admin's rights."""

    def __init__(self, action: str) -> None:
        super().__init__(_refusals()[action])
        self.action = action


def _refusals() -> dict[str, str]:
    return {
        IMPORT: tr("Only the head of sales or the admin may import into the team database; "
                   "this login changes only its own customers, sales, deals and goals."),
        SETTINGS: tr("Only the head of sales or the admin may change the company's settings; "
                     "nothing was changed."),
        TEAM: tr("Only the head of sales or the admin may change the team; nothing was "
                 "changed."),
        SHARED_LISTS: tr("Only the head of sales or the admin may change the shared lists "
                         "(products, competitors, channels…); nothing was changed."),
    }  # fmt: skip


def has_head_rights(conn: Connection) -> bool:
    """Whether the login has the head's rights: the head of sales's login or the admin who
    owns the database (both see every row), or anyone with a file."""
    return shares_stored_figures(conn)  # the same question: does it see every row


def require_head_rights(conn: Connection, action: str) -> None:
    """Raises :class:`HeadRightsError` for ``action`` (``IMPORT``, ``SETTINGS``...) when
    the login lacks the head's rights."""
    if not has_head_rights(conn):
        raise HeadRightsError(action)


def check_may_write(conn: Connection, table: str) -> None:
    """Refuses an edit of ``table`` that only the head's rights allow, before it is tried."""
    if table in MEMBER_WRITES:
        return  # which of its rows, the server decides
    if table == "settings":
        require_head_rights(conn, SETTINGS)
    elif table in _TEAM_TREE:
        require_head_rights(conn, TEAM)
    else:
        require_head_rights(conn, SHARED_LISTS)
