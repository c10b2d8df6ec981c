"""Importing deals (SPEC §12): exports of amoCRM, Bitrix24, Pipedrive, HubSpot or SalesDesk.

A deal is identified by its ref (the title when the file has no ref column). A new deal is
added with its stage history — from the file's stage history column ("2025-01-02 Lead;
2025-01-10 Proposal") and HubSpot's 'Date entered "<stage> (<pipeline>)"' columns where it
has them; else from when it entered its stage (Pipedrive's "Last stage change", Bitrix24's
"Дата изменения стадии"), the earlier stages being unknown; else one stay from its creation.
A deal already known is updated instead: its stage (ending the stay it was in and opening one
in the new stage, when the file says so), status, amount, owner and dates, each change logged
in the ChangeLog. A row that changes nothing is counted as a duplicate, so importing a file
twice changes nothing.

Pipelines and stages are matched by name and created when unknown (a stage at the end of its
pipeline). CRMs that export won and lost as stages ("Closed Won", "Успешно реализовано",
"Сделка провалена") give the deal that status instead. Owners are matched by e-mail or name,
customers by code or name; unknown ones are created, as a sales import does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from salesdesk.exchange.converting import ParsedChunk
from salesdesk.exchange.fields import DEAL_STATUS_WORDS, STAGE_ENTERED, normalise_header
from salesdesk.exchange.importers import Importer
from salesdesk.exchange.resolving import name_key
from salesdesk.i18n import tr
from salesdesk.metrics.stages import NEW_STAGE_PROBABILITY, NEW_STAGE_ROTTING_DAYS
from salesdesk.store.editing import current_user

_REFS_PER_QUERY = 500  # parameters per statement stay well under every engine's limit
_DEAL_COLUMNS = ("id", "ref", "title", "customer_id", "owner_member_id", "amount",
                 "expected_close", "stage_id", "status", "created_on", "closed_on",
                 "lost_reason", "channel_id", "next_step")  # fmt: skip
# Deal fields a re-import updates, as (field, column).
_UPDATED = ("title", "customer_id", "owner_member_id", "amount", "expected_close", "status",
            "closed_on", "lost_reason", "channel_id")  # fmt: skip
_HISTORY_ENTRY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[ T][\d:]+)?\s+(.+?)\s*$")
_STAGE_OF_PIPELINE = re.compile(r"^(.*\S)\s*\(([^()]*)\)$")  # "Contract Sent (Sales Pipeline)"


@dataclass
class _Stages:
    """The pipelines and stages of the database, found by name and made when unknown."""

    pipelines: dict[str, int]  # name key -> id
    stages: dict[tuple[int, str], int]  # (pipeline, name key) -> id
    ordered: dict[int, list[int]]  # pipeline -> stage ids in order
    stage_pipeline: dict[int, int]


class DealsImporter(Importer):
    def begin(self, estimated_rows: int) -> None:
        self._stages = self._load_stages()
        self._next_deal = self._next_id("deal")
        self._next_stay = self._next_id("deal_stage_change")
        self._now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        self._today = self._now.date().isoformat()
        self._customers: dict[tuple[str | None, str | None], int] = {}
        self.updated = 0
        # HubSpot's 'Date entered "<stage> (<pipeline>)"' columns: (field, stage, pipeline)
        self._entered = [
            (field, *_stage_and_pipeline(field.removeprefix(STAGE_ENTERED)))
            for field in self.header_of
            if field.startswith(STAGE_ENTERED)
        ]

    def _next_id(self, table: str) -> int:
        (last,) = self.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
        return int(last) + 1

    # --- pipelines and stages --------------------------------------------------------

    def _load_stages(self) -> _Stages:
        stages = _Stages({}, {}, {}, {})
        for id_, name in self.db.execute("SELECT id, name FROM pipeline ORDER BY active DESC, id"):
            stages.pipelines.setdefault(name_key(name), id_)
            stages.ordered[id_] = []
        rows = self.db.execute(
            "SELECT id, pipeline_id, name FROM stage ORDER BY pipeline_id, position, id"
        )
        for id_, pipeline, name in rows:
            stages.stages[(pipeline, name_key(name))] = id_
            stages.ordered[pipeline].append(id_)
            stages.stage_pipeline[id_] = pipeline
        return stages

    def _pipeline(self, name: str | None) -> int:
        """The pipeline named (created when new); the first one when the file names none."""
        if not name:
            if self._stages.ordered:
                return next(iter(self._stages.ordered))
            name = tr("Sales")
        found = self._stages.pipelines.get(name_key(name))
        if found is not None:
            return found
        pipeline_id = self._next_id("pipeline")  # explicit, as on every engine
        self.db.execute(
            "INSERT INTO pipeline (id, name, active) VALUES (?, ?, ?)",
            (pipeline_id, name.strip(), True),
        )
        self._log("pipeline", pipeline_id, "*", None, name.strip())
        self._stages.pipelines[name_key(name)] = pipeline_id
        self._stages.ordered[pipeline_id] = []
        self.resolver.created["pipeline"] += 1
        return int(pipeline_id)

    def _stage(self, pipeline: int, name: str | None) -> int:
        """The stage named in ``pipeline`` (added at its end when new); its first stage when
        the row names none (a new pipeline gets the default stages)."""
        if not name:
            if not self._stages.ordered[pipeline]:
                from salesdesk.metrics.stages import default_stages

                for stage_name, _chance, _rotting in default_stages():
                    self._stage(pipeline, stage_name)
            return self._stages.ordered[pipeline][0]
        found = self._stages.stages.get((pipeline, name_key(name)))
        if found is not None:
            return found
        position = len(self._stages.ordered[pipeline])
        stage_id = self._next_id("stage")
        self.db.execute(
            "INSERT INTO stage (id, pipeline_id, name, position, probability, rotting_days)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                stage_id, pipeline, name.strip(), position, NEW_STAGE_PROBABILITY,
                NEW_STAGE_ROTTING_DAYS,
            ),
        )  # fmt: skip
        self._log("stage", stage_id, "*", None, name.strip())
        self._stages.stages[(pipeline, name_key(name))] = stage_id
        self._stages.ordered[pipeline].append(stage_id)
        self._stages.stage_pipeline[stage_id] = pipeline
        self.resolver.created["stage"] += 1
        return int(stage_id)

    # --- rows ------------------------------------------------------------------------

    def import_chunk(self, chunk: ParsedChunk) -> None:
        owners = self.references(chunk, "owner", "member")
        channels = self.references(chunk, "channel", "channel")
        customers = self._customer_ids(chunk)
        self.resolver.flush()  # the deals refer to them
        refs = [chunk.column("deal_ref")[i] or chunk.column("title")[i] for i in range(len(chunk))]
        existing = self._existing(refs)
        seen: set[str] = set()
        for index, ref in enumerate(refs):
            if index in chunk.bad_rows or ref is None:
                continue
            if ref in seen:
                self.duplicates += 1
                continue
            seen.add(ref)
            try:
                links = (customers[index], owners[index], channels[index])
                row = self._row(chunk, index, ref, links)
            except ValueError as error:
                chunk.reject(index, self.header("stage_history", "stage"), str(error))
                continue
            if ref in existing:
                self._update(existing[ref], row)
            else:
                self._add(row)

    def _row(
        self,
        chunk: ParsedChunk,
        index: int,
        ref: str,
        links: tuple[int | None, int | None, int | None],
    ) -> dict[str, Any]:
        """The deal a row describes; ``links`` are its customer, owner and channel ids."""
        customer, owner, channel = links
        value = lambda field: chunk.column(field)[index]  # noqa: E731
        pipeline = self._pipeline(value("pipeline"))
        entries = _history(value("stage_history")) + self._entered_history(value, value("pipeline"))
        # A CRM's "Closed Won" in the history is when the deal closed, not a stage.
        closed_entry = next((day for day, name in reversed(entries) if _status_word(name)), None)
        history = [(day, name) for day, name in entries if not _status_word(name)]
        stage_text = value("stage")
        status = value("status") or _status_word(stage_text) or "open"
        if _status_word(stage_text):  # a CRM's "Closed Won" is a status, not a stage
            stage_text = history[-1][1] if history else None
        stages = [(day, self._stage(pipeline, name)) for day, name in history]
        if stage_text:
            stage = self._stage(pipeline, stage_text)
        elif stages:
            stage = stages[-1][1]
        else:
            ordered = self._stages.ordered[pipeline] or [self._stage(pipeline, None)]
            stage = ordered[-1] if status == "won" else ordered[0]
        entered = value("stage_entered_on")
        created = value("created_on") or (stages[0][0] if stages else entered) or self._today
        if entered and not stages:  # only when it entered its stage is known
            stages = [(max(entered, created), stage)]
        if not entered and stages and stages[-1][1] == stage:
            entered = stages[-1][0]
        closed = None
        if status != "open":
            closed = (
                value("closed_on")
                or value("lost_on")
                or closed_entry
                or value("expected_close")
                or self._today
            )
        return {
            "ref": ref,
            "title": value("title") or ref,
            "customer_id": customer,
            "owner_member_id": owner,
            "amount": value("amount") or 0,
            "expected_close": value("expected_close"),
            "stage_id": stage,
            "status": status,
            "created_on": created,
            "closed_on": closed,
            "lost_reason": value("lost_reason") if status == "lost" else None,
            "channel_id": channel,
            "history": stages,
            "entered_on": entered,
        }

    def _entered_history(
        self, value: Callable[[str], Any], pipeline: str | None
    ) -> list[tuple[str, str]]:
        """(day, stage) from the 'Date entered' columns of the row's pipeline (all of them
        when the file names no pipeline)."""
        return [
            (str(value(field))[:10], stage)
            for field, stage, of_pipeline in self._entered
            if value(field)
            and (not pipeline or of_pipeline is None or name_key(of_pipeline) == name_key(pipeline))
        ]

    def _customer_ids(self, chunk: ParsedChunk) -> list[int | None]:
        codes, names = chunk.column("customer_code"), chunk.column("customer_name")
        created = chunk.column("created_on")
        ids: list[int | None] = []
        for index, (code, name) in enumerate(zip(codes, names, strict=True)):
            if index in chunk.bad_rows or not (code or name):
                ids.append(None)
                continue
            key = (code, name_key(name) if name else None)
            if key not in self._customers:
                try:
                    found = self.resolver.find_customer(code, name)
                except ValueError as error:  # several customers of that name
                    chunk.reject(index, self.header("customer_name", "customer_code"), str(error))
                    ids.append(None)
                    continue
                self._customers[key] = found or self.resolver.create_customer(
                    {"code": code, "name": name, "created_on": created[index] or self._today}
                )
            ids.append(self._customers[key])
        return ids

    def _existing(self, refs: Sequence[str | None]) -> dict[str, dict[str, Any]]:
        wanted = sorted({ref for ref in refs if ref})
        columns = ("id", "ref", "stage_id", *_UPDATED)
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(wanted), _REFS_PER_QUERY):
            some = wanted[start : start + _REFS_PER_QUERY]
            rows = self.db.execute(
                f"SELECT {', '.join(columns)} FROM deal"
                f" WHERE ref IN ({', '.join('?' * len(some))})",
                some,
            )
            found |= {row[1]: dict(zip(columns, row, strict=True)) for row in rows}
        return found

    # --- writing ---------------------------------------------------------------------

    def _add(self, row: dict[str, Any]) -> None:
        deal_id = self._next_deal
        self._next_deal += 1
        values = {**row, "id": deal_id, "next_step": ""}
        self.db.execute(
            f"INSERT INTO deal ({', '.join(_DEAL_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(_DEAL_COLUMNS))})",
            tuple(values[c] for c in _DEAL_COLUMNS),
        )
        stays = row["history"] or [(row["created_on"], row["stage_id"])]
        if stays[-1][1] != row["stage_id"]:  # the file's stage is newer than its history
            entered = row["entered_on"] or row["created_on"]
            stays.append((max(stays[-1][0], entered), row["stage_id"]))
        ends = [day for day, _ in stays[1:]] + [row["closed_on"]]
        self.db.executemany(
            "INSERT INTO deal_stage_change (deal_id, stage_id, entered_at, left_at)"
            " VALUES (?, ?, ?, ?)",
            [
                (deal_id, stage, _at(day), _at(end) if end else None)
                for (day, stage), end in zip(stays, ends, strict=True)
            ],
        )
        self.added += 1

    def _update(self, old: dict[str, Any], row: dict[str, Any]) -> None:
        changes = {c: row[c] for c in _UPDATED if _stored(old[c]) != _stored(row[c])}
        moved = row["stage_id"] != old["stage_id"]
        if moved:
            changes["stage_id"] = row["stage_id"]
        if not changes:
            self.duplicates += 1
            return
        deal_id = old["id"]
        assignments = ", ".join(f"{c} = ?" for c in changes)
        self.db.execute(f"UPDATE deal SET {assignments} WHERE id = ?", (*changes.values(), deal_id))
        for column, new in changes.items():
            self._log("deal", deal_id, column, old.get(column), new)
        reopened = old["status"] != "open" and row["status"] == "open"
        if moved or row["status"] != old["status"]:
            self._record_stays(deal_id, row, moved or reopened)
        self.updated += 1

    def _record_stays(self, deal_id: int, row: dict[str, Any], enter: bool) -> None:
        """Ends the stay the deal is in (when it moved, as the file says or else now; or when
        it closed) and, when it moved or came back, opens one in its stage."""
        moved = self._moved_at(deal_id, row)
        closed = _at(row["closed_on"]) if row["status"] != "open" else None
        self.db.execute(
            "UPDATE deal_stage_change SET left_at = ? WHERE deal_id = ? AND left_at IS NULL",
            (closed or moved, deal_id),
        )
        if enter:
            self.db.execute(
                "INSERT INTO deal_stage_change (deal_id, stage_id, entered_at, left_at)"
                " VALUES (?, ?, ?, ?)",
                (deal_id, row["stage_id"], min(moved, closed or moved), closed),
            )

    def _moved_at(self, deal_id: int, row: dict[str, Any]) -> str:
        """When the deal entered its new stage: the file's date when it has one later than
        the stay it was in began, else now."""
        if row["entered_on"]:
            (current,) = self.db.execute(
                "SELECT MAX(entered_at) FROM deal_stage_change WHERE deal_id = ?", (deal_id,)
            ).fetchone()
            if current is None or _at(row["entered_on"]) > str(current):
                return _at(row["entered_on"])
        return _text(self._now)

    def _log(self, table: str, row_id: int, field: str, old: Any, new: Any) -> None:
        self.db.execute(
            "INSERT INTO change_log (entity, entity_id, field, old_value, new_value, changed_at,"
            " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (table, row_id, field, _stored(old), _stored(new), _text(self._now), current_user()),
        )


def _status_word(text: str | None) -> str | None:
    """ "won" or "lost" when a stage's name is really a closed status (CRMs export them so)."""
    if not text:
        return None
    status = DEAL_STATUS_WORDS.get(normalise_header(text))
    return status if status in ("won", "lost") else None


def _stage_and_pipeline(text: str) -> tuple[str, str | None]:
    """ "Contract Sent (Sales Pipeline)" -> ("Contract Sent", "Sales Pipeline")."""
    found = _STAGE_OF_PIPELINE.match(text)
    return (found[1], found[2].strip()) if found else (text, None)


def _history(text: str | None) -> list[tuple[str, str]]:
    """The stage history "2025-01-02 Lead; 2025-01-10 Proposal" as (day, stage name), oldest
    first; ValueError for an entry that is not a date followed by a stage."""
    entries = []
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        found = _HISTORY_ENTRY.match(part)
        if found is None:
            raise ValueError(
                tr("not a stage history entry (YYYY-MM-DD stage): {entry}", entry=part.strip())
            )
        entries.append((found[1], found[2]))
    return sorted(entries, key=lambda entry: entry[0])


def _at(day: str) -> str:
    return f"{day[:10]} 00:00:00"


def _text(moment: dt.datetime) -> str:
    return moment.isoformat(sep=" ")


def _stored(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value
