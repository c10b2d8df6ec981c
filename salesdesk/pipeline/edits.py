"""Edits of deals and follow-ups (SPEC §4 Editing, §12), logged and undoable.

Every function runs in the caller's write transaction, writes through
:mod:`salesdesk.store.editing` (so each change is in the ChangeLog) and returns the
:data:`~salesdesk.store.changes.Change` it made; :func:`~salesdesk.store.changes.undo`
and :func:`~salesdesk.store.changes.redo` replay them, logged like the first time. A deal's
stage history is written with it: moving a deal ends its stay in the old stage and opens one
in the new; winning or losing it ends the last stay.

Refused edits raise :class:`PipelineEditError` with a sentence for the user, before anything
is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr
from salesdesk.metrics.stages import Pipeline, default_stages, load_pipelines
from salesdesk.store import editing
from salesdesk.store.changes import Change, Step, StepRecorder
from salesdesk.store.models import DealStatus, FollowUpKind

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

DEAL_FIELDS = (
    "title",
    "customer_id",
    "owner_member_id",
    "amount",
    "expected_close",
    "channel_id",
    "product_id",
    "category_id",
    "next_step_on",
    "next_step",
    "order_ref",
)
FOLLOW_UP_FIELDS = ("kind", "customer_id", "deal_id", "owner_member_id", "due_on", "note")


class PipelineEditError(SalesDeskError):
    """An edit of a deal or follow-up that was refused; nothing was written."""


def now() -> datetime:
    """The current UTC time, as stage changes and follow-ups store it (whole seconds)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


# --- deals -----------------------------------------------------------------------------------


def create_deal(
    conn: Connection, values: Mapping[str, Any], *, at: datetime | None = None
) -> tuple[int, Change]:
    """Adds an open deal in ``values["stage_id"]`` (default: the first stage of the default
    pipeline) with its first stay; a ref is made up when none is given."""
    at = at or now()
    deal = {key: values[key] for key in DEAL_FIELDS if key in values}
    deal["title"] = _checked_title(deal.get("title", ""))
    _check_amount(deal.get("amount", 0))
    recorder = StepRecorder(conn)
    stage_id = values.get("stage_id") or _first_stage(conn, recorder)
    deal.update(
        ref=values.get("ref") or _next_ref(conn),
        stage_id=stage_id,
        status=DealStatus.OPEN,
        created_on=values.get("created_on") or at.date(),
    )
    _check_ref(conn, deal["ref"])
    deal_id = recorder.insert("deal", deal)
    recorder.insert(
        "deal_stage_change", {"deal_id": deal_id, "stage_id": stage_id, "entered_at": at}
    )
    return deal_id, recorder.steps


def add_deal(conn: Connection, values: Mapping[str, Any]) -> Change:
    """:func:`create_deal` as an edit."""
    return create_deal(conn, values)[1]


def update_deal(conn: Connection, deal_id: int, changes: Mapping[str, Any]) -> Change:
    """Changes a deal's title, customer, owner, amount, expected close, next step... (made
    from the ``version`` in ``changes``, when given: editing.update_row)."""
    changes = {key: changes[key] for key in (*DEAL_FIELDS, editing.VERSION) if key in changes}
    if "title" in changes:
        changes["title"] = _checked_title(changes["title"])
    _check_amount(changes.get("amount", 0))
    recorder = StepRecorder(conn)
    recorder.update("deal", deal_id, changes)
    return recorder.steps


def move_deal(
    conn: Connection, deal_id: int, stage_id: int, *, at: datetime | None = None
) -> Change:
    """Moves an open deal to another stage: its stay in the old one ends, one in the new
    begins. Moving it to the stage it is in changes nothing."""
    deal = _open_deal(conn, deal_id)
    if deal["stage_id"] == stage_id:
        return []
    at = at or now()
    recorder = StepRecorder(conn)
    _end_stay(recorder, deal_id, at)
    recorder.insert(
        "deal_stage_change", {"deal_id": deal_id, "stage_id": stage_id, "entered_at": at}
    )
    recorder.update("deal", deal_id, {"stage_id": stage_id})
    return recorder.steps


def win_deal(
    conn: Connection,
    deal_id: int,
    *,
    on: date | None = None,
    order_ref: str | None = None,
    at: datetime | None = None,
) -> Change:
    """Marks an open deal won on ``on`` (today), optionally naming the order it became."""
    _open_deal(conn, deal_id)
    at = at or now()
    changes: dict[str, Any] = {"status": DealStatus.WON, "closed_on": on or at.date()}
    if order_ref:
        changes["order_ref"] = order_ref
    return _close(conn, deal_id, changes, at)


def lose_deal(
    conn: Connection,
    deal_id: int,
    reason: str,
    *,
    on: date | None = None,
    at: datetime | None = None,
) -> Change:
    """Marks an open deal lost on ``on`` (today); the reason is required."""
    reason = reason.strip()
    if not reason:
        raise PipelineEditError(tr("Say why the deal was lost."))
    _open_deal(conn, deal_id)
    at = at or now()
    changes = {"status": DealStatus.LOST, "closed_on": on or at.date(), "lost_reason": reason}
    return _close(conn, deal_id, changes, at)


def reopen_deal(conn: Connection, deal_id: int, *, at: datetime | None = None) -> Change:
    """Opens a won or lost deal again, in the stage it closed from (a new stay)."""
    deal = editing.read_row(conn, "deal", deal_id)
    if deal["status"] == DealStatus.OPEN:
        return []
    at = at or now()
    recorder = StepRecorder(conn)
    recorder.update(
        "deal", deal_id, {"status": DealStatus.OPEN, "closed_on": None, "lost_reason": None}
    )
    recorder.insert(
        "deal_stage_change", {"deal_id": deal_id, "stage_id": deal["stage_id"], "entered_at": at}
    )
    return recorder.steps


def _close(conn: Connection, deal_id: int, changes: dict[str, Any], at: datetime) -> Change:
    recorder = StepRecorder(conn)
    _end_stay(recorder, deal_id, at)
    recorder.update("deal", deal_id, changes)
    return recorder.steps


def _end_stay(recorder: StepRecorder, deal_id: int, at: datetime) -> None:
    stay = recorder.conn.execute(
        text(
            "SELECT id FROM deal_stage_change WHERE deal_id = :deal AND left_at IS NULL"
            " ORDER BY entered_at DESC, id DESC LIMIT 1"
        ),
        {"deal": deal_id},
    ).scalar()
    if stay is not None:
        recorder.update("deal_stage_change", stay, {"left_at": at})


def _open_deal(conn: Connection, deal_id: int) -> dict[str, Any]:
    deal = editing.read_row(conn, "deal", deal_id)
    if deal["status"] != DealStatus.OPEN:
        raise PipelineEditError(
            tr("{title} is closed already; reopen it first.", title=deal["title"])
        )
    return deal


def _first_stage(conn: Connection, recorder: StepRecorder) -> int:
    before = conn.execute(text("SELECT MAX(id) FROM change_log")).scalar() or 0
    pipeline = default_pipeline(conn)
    # A pipeline made just now is part of the edit: undo takes it away again.
    for table, row_id in conn.execute(
        text(
            "SELECT entity, entity_id FROM change_log WHERE id > :before"
            " AND entity IN ('pipeline', 'stage') ORDER BY id"
        ),
        {"before": before},
    ).all():
        recorder.steps.append(Step(table, row_id, None, editing.read_row(conn, table, row_id)))
    return pipeline.stages[0].id


def default_pipeline(conn: Connection) -> Pipeline:
    """The first active pipeline; made (in the caller's write transaction) when there is none,
    named in the language of the moment ("Sales", or "Sales 2" when that name is taken)."""
    existing = [p for p in load_pipelines(conn, active_only=True) if p.stages]
    if existing:
        return existing[0]
    pipeline_id = editing.insert_row(conn, "pipeline", {"name": _free_name(conn), "active": True})
    for position, (name, probability, rotting) in enumerate(default_stages()):
        editing.insert_row(
            conn,
            "stage",
            {
                "pipeline_id": pipeline_id,
                "name": name,
                "position": position,
                "probability": probability,
                "rotting_days": rotting,
            },
        )
    return next(p for p in load_pipelines(conn) if p.id == pipeline_id)


def _free_name(conn: Connection) -> str:
    name, number = tr("Sales"), 1
    taken = {row[0] for row in conn.execute(text("SELECT name FROM pipeline"))}
    while name in taken:
        number += 1
        name = f"{tr('Sales')} {number}"
    return name


def _next_ref(conn: Connection) -> str:
    number = conn.execute(text("SELECT COALESCE(MAX(id), 0) + 1 FROM deal")).scalar_one()
    ref = f"D-{int(number):06d}"
    while conn.execute(text("SELECT 1 FROM deal WHERE ref = :ref"), {"ref": ref}).first():
        number += 1
        ref = f"D-{int(number):06d}"
    return ref


def _check_ref(conn: Connection, ref: str) -> None:
    if conn.execute(text("SELECT 1 FROM deal WHERE ref = :ref"), {"ref": ref}).first():
        raise PipelineEditError(tr("A deal with the reference {ref} exists already.", ref=ref))


def _checked_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise PipelineEditError(tr("A deal needs a title."))
    return title


def _check_amount(amount: int | None) -> None:
    if amount is not None and amount < 0:
        raise PipelineEditError(tr("The amount cannot be negative."))


# --- follow-ups ------------------------------------------------------------------------------


def create_follow_up(conn: Connection, values: Mapping[str, Any]) -> tuple[int, Change]:
    """Plans a call, meeting, e-mail or task about a customer and/or a deal."""
    follow_up = {key: values[key] for key in FOLLOW_UP_FIELDS if key in values}
    if follow_up.get("customer_id") is None and follow_up.get("deal_id") is None:
        raise PipelineEditError(tr("A follow-up is about a customer or a deal."))
    if follow_up.get("due_on") is None:
        raise PipelineEditError(tr("A follow-up needs a due date."))
    follow_up["kind"] = FollowUpKind(follow_up.get("kind", FollowUpKind.CALL))
    if follow_up.get("customer_id") is None:  # a deal's follow-up is also its customer's
        follow_up["customer_id"] = editing.read_row(conn, "deal", follow_up["deal_id"])[
            "customer_id"
        ]
    recorder = StepRecorder(conn)
    return recorder.insert("follow_up", follow_up), recorder.steps


def add_follow_up(conn: Connection, values: Mapping[str, Any]) -> Change:
    """:func:`create_follow_up` as an edit."""
    return create_follow_up(conn, values)[1]


def complete_follow_up(
    conn: Connection, follow_up_id: int, outcome: str = "", *, at: datetime | None = None
) -> Change:
    """Marks a follow-up done, with what came of it."""
    changes: dict[str, Any] = {"done_at": at or now()}
    if outcome.strip():
        changes["outcome"] = outcome.strip()
    recorder = StepRecorder(conn)
    recorder.update("follow_up", follow_up_id, changes)
    return recorder.steps


def reschedule_follow_up(conn: Connection, follow_up_id: int, due_on: date) -> Change:
    recorder = StepRecorder(conn)
    recorder.update("follow_up", follow_up_id, {"due_on": due_on})
    return recorder.steps


def resolve_interaction(conn: Connection, interaction_id: int, outcome: str = "") -> Change:
    """Closes an open complaint or service ticket (or any open interaction), with its
    outcome: it no longer puts the customer at risk."""
    changes: dict[str, Any] = {"is_open": False}
    if outcome.strip():
        changes["outcome"] = outcome.strip()
    recorder = StepRecorder(conn)
    recorder.update("interaction", interaction_id, changes)
    return recorder.steps
