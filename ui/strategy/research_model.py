"""The research notes list of the Research view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salesdesk.formatting import format_date

from ui.strategy.table_model import Column, RecordTableModel

if TYPE_CHECKING:
    from salesdesk.strategy.research import ResearchNote

# salesdesk.store.models.ResearchKind, whose module (SQLModel) the start-up must not import
CUSTOMER_RESEARCH, MARKET_RESEARCH = "customer", "market"


class ResearchNoteModel(RecordTableModel["ResearchNote"]):
    def columns(self) -> list[Column[ResearchNote]]:
        return [
            Column(self.tr("Date"), lambda n: format_date(n.date), sort_key=lambda n: n.date),
            Column(self.tr("Kind"), self.kind_label),
            Column(self.tr("Title"), lambda n: n.title, tooltip=lambda n: n.title),
            Column(self.tr("Tags"), lambda n: ", ".join(n.tags)),
            Column(self.tr("Linked to"), lambda n: ", ".join(n.links())),
        ]

    def kind_label(self, note: ResearchNote) -> str:
        if note.kind == CUSTOMER_RESEARCH:
            return self.tr("Customer research")
        return self.tr("Market research")
