"""Customer and market research notes, with tags, search and links to a persona, a segment
and a competitor.

Tags are stored as one comma-separated text ("pricing, competitors"), kept tidy by
:func:`normalise_tags`: trimmed, without duplicates (ignoring case), in the order typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr
from salesdesk.store.changes import Change, save_row

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class ResearchError(SalesDeskError):
    """A note that cannot be saved, and why."""


@dataclass(frozen=True)
class ResearchNote:
    id: int
    kind: str  # ResearchKind value
    title: str
    date: date
    body: str
    tags: tuple[str, ...]
    persona_id: int | None
    persona: str | None
    segment_id: int | None
    segment: str | None
    competitor_id: int | None
    competitor: str | None

    def links(self) -> list[str]:
        return [name for name in (self.persona, self.segment, self.competitor) if name]


def split_tags(tags: str) -> tuple[str, ...]:
    return tuple(tag for tag in (part.strip() for part in tags.split(",")) if tag)


def normalise_tags(tags: str | Iterable[str]) -> str:
    parts = split_tags(tags) if isinstance(tags, str) else tuple(t.strip() for t in tags)
    unique: dict[str, str] = {}
    for tag in parts:
        if tag:
            unique.setdefault(tag.casefold(), tag)
    return ", ".join(unique.values())


_NOTES_SQL = """
SELECT n.id, n.kind, n.title, n.date, n.body, n.tags, n.persona_id, p.name, n.segment_id,
       s.name, n.competitor_id, c.name
FROM research_note n
LEFT JOIN persona p ON p.id = n.persona_id
LEFT JOIN segment s ON s.id = n.segment_id
LEFT JOIN competitor c ON c.id = n.competitor_id
WHERE (CAST(:kind AS TEXT) IS NULL OR n.kind = :kind)
  AND (CAST(:competitor_id AS INTEGER) IS NULL OR n.competitor_id = :competitor_id)
ORDER BY n.date DESC, n.id DESC
"""


def load_notes(
    conn: Connection,
    *,
    search: str = "",
    kind: str | None = None,
    tag: str | None = None,
    competitor_id: int | None = None,
) -> list[ResearchNote]:
    """Notes newest first. ``search`` matches every word (any case) in the title, body, tags
    or the names linked; ``tag`` keeps the notes that carry it."""
    rows = conn.execute(text(_NOTES_SQL), {"kind": kind, "competitor_id": competitor_id})
    notes = [_note(row) for row in rows]
    words = [word.casefold() for word in search.split()]
    return [
        note
        for note in notes
        if all(word in _haystack(note) for word in words)
        and (tag is None or tag.casefold() in (t.casefold() for t in note.tags))
    ]


def _note(row: Any) -> ResearchNote:
    day = row[3] if isinstance(row[3], date) else date.fromisoformat(row[3])
    return ResearchNote(row[0], row[1], row[2], day, row[4], split_tags(row[5]), *row[6:12])


def _haystack(note: ResearchNote) -> str:
    return " ".join((note.title, note.body, *note.tags, *note.links())).casefold()


def all_tags(conn: Connection) -> list[str]:
    """Every tag in use, once (the first spelling met), sorted ignoring case."""
    rows = conn.execute(text("SELECT tags FROM research_note ORDER BY id"))
    return sorted(split_tags(normalise_tags(", ".join(r for (r,) in rows))), key=str.casefold)


def check_note(values: Mapping[str, Any]) -> None:
    if not str(values.get("title", "")).strip():
        raise ResearchError(tr("A research note needs a title."))
    if values.get("date") is None:
        raise ResearchError(tr("A research note needs a date."))


def save_note(conn: Connection, note_id: int | None, values: Mapping[str, Any]) -> Change:
    """Adds a research note (no id) or changes one, after :func:`check_note`."""
    check_note(values)
    return save_row(conn, "research_note", note_id, values)


def link_choices(conn: Connection) -> dict[str, list[tuple[int, str]]]:
    """Personas, segments and competitors a note can link to: (id, name) by name."""
    return {
        table: [
            tuple(row)
            for row in conn.execute(text(f"SELECT id, name FROM {table} ORDER BY lower(name)"))
        ]
        for table in ("persona", "segment", "competitor")
    }
