"""Setting up the pipelines and their stages (SPEC §12): logged, undoable edits.

Like :mod:`salesdesk.pipeline.edits`, every function runs in the caller's write transaction,
writes through :class:`~salesdesk.store.changes.StepRecorder` (so each change is in the
ChangeLog) and returns the :data:`~salesdesk.store.changes.Change` it made, which
:func:`~salesdesk.store.changes.undo` and :func:`~salesdesk.store.changes.redo` replay.
Refused edits raise :class:`~salesdesk.pipeline.edits.PipelineEditError` before anything is
written.

The checks a form needs before it asks for an edit (:func:`name_problem`,
:func:`probability_problem`, :func:`rotting_days_problem`) return the sentence to show at the
field, or "" when the value is fine; the edits raise the same sentences.

Deleting a stage that deals use moves them, and their history, to another stage of the same
pipeline: their time in the deleted stage counts as time in that one, and two stays in a row
in it become one.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.exchange.resolving import name_key
from salesdesk.formatting import format_number
from salesdesk.i18n import tr, trn
from salesdesk.metrics.stages import (
    NEW_STAGE_PROBABILITY,
    NEW_STAGE_ROTTING_DAYS,
    Pipeline,
    default_stages,
    load_pipelines,
)
from salesdesk.pipeline.edits import PipelineEditError
from salesdesk.store import editing
from salesdesk.store.changes import Change, StepRecorder
from salesdesk.store.queries import with_lists

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

MAX_ROTTING_DAYS = 3650  # ten years: beyond that nothing would ever rot
# Deleting a stage moves the deals in its history, each a row of the undo (~0.1 ms and a few
# hundred bytes a deal): beyond this many it is refused rather than keep the file and the
# memory busy for minutes.
MAX_MOVED_DEALS = 10_000


# --- checks a form makes at the field ----------------------------------------------------------


def name_problem(name: str, taken: Collection[str], *, what: str = "stage") -> str:
    """Why ``name`` cannot name a stage (or, with ``what="pipeline"``, a pipeline) beside the
    names ``taken``; "" when it can. Case and spacing do not make a name different."""
    if not name.strip():
        return tr("A pipeline needs a name.") if what == "pipeline" else tr("A stage needs a name.")
    if name_key(name) in {name_key(other) for other in taken}:
        if what == "pipeline":
            return tr("There is a pipeline called {name} already.", name=name.strip())
        return tr("This pipeline has a stage called {name} already.", name=name.strip())
    return ""


def probability_problem(percent: float | None) -> str:
    """Why ``percent`` cannot be a stage's default chance to win; "" when it can."""
    if percent is None or not math.isfinite(percent) or not 0 <= percent <= 100:
        return tr("The chance to win is a percentage from 0 to 100.")
    return ""


def rotting_days_problem(days: int | None) -> str:
    """Why ``days`` cannot be the days after which a deal idle in the stage rots."""
    if days is None or not 1 <= days <= MAX_ROTTING_DAYS:
        return tr("A deal rots after 1 to {most} days without activity.", most=MAX_ROTTING_DAYS)
    return ""


def _refuse(problem: str) -> None:
    if problem:
        raise PipelineEditError(problem)


# --- pipelines ---------------------------------------------------------------------------------


def _pipeline(conn: Connection, pipeline_id: int) -> Pipeline:
    found = next((p for p in load_pipelines(conn) if p.id == pipeline_id), None)
    if found is None:
        raise PipelineEditError(tr("That pipeline no longer exists."))
    return found


def create_pipeline(conn: Connection, name: str) -> Change:
    """Adds an active pipeline with the default stages, ready to be renamed and reordered."""
    _refuse(name_problem(name, [p.name for p in load_pipelines(conn)], what="pipeline"))
    recorder = StepRecorder(conn)
    pipeline_id = recorder.insert("pipeline", {"name": name.strip(), "active": True})
    for position, (stage, probability, rotting) in enumerate(default_stages()):
        recorder.insert(
            "stage",
            {"pipeline_id": pipeline_id, "name": stage, "position": position,
             "probability": probability, "rotting_days": rotting},
        )  # fmt: skip
    return recorder.steps


def rename_pipeline(conn: Connection, pipeline_id: int, name: str) -> Change:
    others = [p.name for p in load_pipelines(conn) if p.id != pipeline_id]
    _refuse(name_problem(name, others, what="pipeline"))
    recorder = StepRecorder(conn)
    recorder.update("pipeline", pipeline_id, {"name": name.strip()})
    return recorder.steps


def set_pipeline_active(conn: Connection, pipeline_id: int, active: bool) -> Change:
    """New deal… does not offer an inactive pipeline; its deals and figures stay. One pipeline at
    least stays active, so that a new deal always has somewhere to go."""
    if not active:
        others = [p for p in load_pipelines(conn) if p.active and p.id != pipeline_id and p.stages]
        if not others:
            raise PipelineEditError(tr("At least one pipeline stays active."))
    recorder = StepRecorder(conn)
    recorder.update("pipeline", pipeline_id, {"active": active})
    return recorder.steps


# --- stages ------------------------------------------------------------------------------------


def add_stage(
    conn: Connection,
    pipeline_id: int,
    name: str,
    *,
    probability: float = NEW_STAGE_PROBABILITY,
    rotting_days: int = NEW_STAGE_ROTTING_DAYS,
) -> Change:
    """Adds a stage at the end of a pipeline; ``probability`` is a ratio (0.2 for 20 %)."""
    pipeline = _pipeline(conn, pipeline_id)
    _refuse(name_problem(name, [s.name for s in pipeline.stages]))
    _refuse(probability_problem(probability * 100))
    _refuse(rotting_days_problem(rotting_days))
    position = max((s.position for s in pipeline.stages), default=-1) + 1
    recorder = StepRecorder(conn)
    recorder.insert(
        "stage",
        {"pipeline_id": pipeline_id, "name": name.strip(), "position": position,
         "probability": probability, "rotting_days": rotting_days},
    )  # fmt: skip
    return recorder.steps


def update_stage(
    conn: Connection,
    stage_id: int,
    *,
    name: str | None = None,
    probability: float | None = None,
    rotting_days: int | None = None,
) -> Change:
    """Renames a stage or sets its default chance to win (a ratio) or its rotting days."""
    stage = editing.read_row(conn, "stage", stage_id)
    changes: dict[str, Any] = {}
    if name is not None:
        pipeline = _pipeline(conn, stage["pipeline_id"])
        _refuse(name_problem(name, [s.name for s in pipeline.stages if s.id != stage_id]))
        changes["name"] = name.strip()
    if probability is not None:
        _refuse(probability_problem(probability * 100))
        changes["probability"] = probability
    if rotting_days is not None:
        _refuse(rotting_days_problem(rotting_days))
        changes["rotting_days"] = rotting_days
    recorder = StepRecorder(conn)
    recorder.update("stage", stage_id, changes)
    return recorder.steps


def move_stage(conn: Connection, stage_id: int, step: int) -> Change:
    """Moves a stage ``step`` places later (negative: earlier) in its pipeline; at either end
    it stays where it is. Positions are renumbered 0, 1, 2… on the way."""
    stage = editing.read_row(conn, "stage", stage_id)
    order = [s.id for s in _pipeline(conn, stage["pipeline_id"]).stages]
    old = order.index(stage_id)
    new = min(max(old + step, 0), len(order) - 1)
    order.insert(new, order.pop(old))
    recorder = StepRecorder(conn)
    _number(recorder, order)
    return recorder.steps


def _number(recorder: StepRecorder, order: list[int]) -> None:
    for position, stage_id in enumerate(order):
        recorder.update("stage", stage_id, {"position": position})


@dataclass(frozen=True)
class StageUsage:
    """The deals that use a stage: open in it now, closed from it, and all deals whose
    history passed through it (those included)."""

    open: int = 0
    closed: int = 0
    passed: int = 0

    @property
    def used(self) -> bool:
        return bool(self.open or self.closed or self.passed)

    @property
    def deals(self) -> int:
        """Every deal that would move with the stage (a deal without its stay counted too)."""
        return max(self.passed, self.open + self.closed)


def stage_usage(conn: Connection) -> dict[int, StageUsage]:
    """How many deals use each stage (stages no deal uses are left out)."""
    current = conn.execute(
        text(
            "SELECT stage_id, COUNT(*) FILTER (WHERE status = 'open'),"
            " COUNT(*) FILTER (WHERE status <> 'open') FROM deal GROUP BY stage_id"
        )
    ).all()
    passed: dict[int, int] = {
        stage: int(n)
        for stage, n in conn.execute(
            text(
                "SELECT stage_id, COUNT(DISTINCT deal_id) FROM deal_stage_change GROUP BY stage_id"
            )
        )
    }
    usage = {stage: StageUsage(int(o), int(c), passed.get(stage, 0)) for stage, o, c in current}
    for stage, n in passed.items():
        usage.setdefault(stage, StageUsage(passed=n))
    return usage


def delete_stage(conn: Connection, stage_id: int, *, move_to: int | None = None) -> Change:
    """Deletes a stage. When deals use it, ``move_to`` (another stage of the same pipeline)
    takes them and their stays in it; without it the delete is refused, saying how many."""
    stage = editing.read_row(conn, "stage", stage_id)
    pipeline = _pipeline(conn, stage["pipeline_id"])
    if len(pipeline.stages) == 1:
        raise PipelineEditError(tr("A pipeline keeps at least one stage."))
    usage = stage_usage(conn).get(stage_id, StageUsage())
    recorder = StepRecorder(conn)
    if usage.used:
        _refuse(too_many_problem(stage["name"], usage))
        if move_to is None:
            raise PipelineEditError(in_use_sentence(stage["name"], usage))
        if move_to == stage_id or move_to not in {s.id for s in pipeline.stages}:
            raise PipelineEditError(tr("Its deals can only move to another stage of its pipeline."))
        _merge_into(recorder, stage_id, move_to)
    _number(recorder, [s.id for s in pipeline.stages if s.id != stage_id])
    recorder.delete("stage", stage_id)
    return recorder.steps


def too_many_problem(stage: str, usage: StageUsage) -> str:
    """Why a stage in the history of very many deals is not deleted; "" when it may be."""
    if usage.deals <= MAX_MOVED_DEALS:
        return ""
    return trn(
        usage.deals,
        "{stage} is in the history of {n} deal, more than {most} can move in one edit that "
        "can be undone. Rename it, or move it to the end of the pipeline, instead.",
        "{stage} is in the history of {n} deals, more than {most} can move in one edit that "
        "can be undone. Rename it, or move it to the end of the pipeline, instead.",
        stage=stage,
        most=format_number(MAX_MOVED_DEALS),
    )


def in_use_sentence(stage: str, usage: StageUsage) -> str:
    """How many deals deleting a used stage would move: "4 open deals are in Proposal. In
    all, 120 deals have passed through it." """
    passed = usage.deals
    if not usage.open:
        return trn(passed, "{n} deal has passed through {stage}.",
                   "{n} deals have passed through {stage}.", stage=stage)  # fmt: skip
    sentence = trn(usage.open, "{n} open deal is in {stage}.", "{n} open deals are in {stage}.",
                   stage=stage)  # fmt: skip
    if passed > usage.open:
        sentence += " " + trn(passed, "In all, {n} deal has passed through it.",
                              "In all, {n} deals have passed through it.")  # fmt: skip
    return sentence


def _merge_into(recorder: StepRecorder, stage_id: int, target: int) -> None:
    """Points the deals and stays of ``stage_id`` at ``target``, then joins the stays of a deal
    in ``target`` that follow each other without a gap: a few statements for any number of
    deals (a stage may hold the history of tens of thousands)."""
    conn, moved = recorder.conn, {"stage_id": target}
    deals = conn.execute(text("SELECT id FROM deal WHERE stage_id = :s"), {"s": stage_id})
    recorder.update_many("deal", {deal_id: moved for (deal_id,) in deals})
    stays = conn.execute(
        text("SELECT id, deal_id FROM deal_stage_change WHERE stage_id = :s"), {"s": stage_id}
    ).all()
    recorder.update_many("deal_stage_change", {stay_id: moved for stay_id, _ in stays})
    extended, joined = _joined_stays(conn, target, sorted({deal for _, deal in stays}))
    recorder.update_many("deal_stage_change", {i: {"left_at": end} for i, end in extended.items()})
    recorder.delete_many("deal_stage_change", joined)


def _joined_stays(
    conn: Connection, stage_id: int, deals: list[int]
) -> tuple[dict[int, Any], list[int]]:
    """Of the stays of ``deals`` in ``stage_id``: those that reach on to the end of the ones
    right after them (id -> new end), and the ones after, which they absorb."""
    rows = conn.execute(
        with_lists(
            "SELECT id, deal_id, stage_id, entered_at, left_at FROM deal_stage_change"
            " WHERE deal_id IN :deals ORDER BY deal_id, entered_at, id",
            "deals",
        ),
        {"deals": deals},
    )
    extended: dict[int, Any] = {}
    joined: list[int] = []
    kept: tuple[int, int, Any] | None = None  # (id, deal, end) of a stay the next may extend
    for stay_id, deal, stage, entered, left in rows:
        if stage != stage_id:
            kept = None
        elif kept and kept[1] == deal and kept[2] is not None and str(entered) <= str(kept[2]):
            extended[kept[0]] = left
            joined.append(stay_id)
            kept = (kept[0], deal, left)
        else:
            kept = (stay_id, deal, left)
    return extended, joined
