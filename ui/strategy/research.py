"""Research: customer and market research notes with tags, search, and their links."""

from __future__ import annotations

from functools import partial
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import format_date
from salesdesk.store.changes import delete_row
from salesdesk.strategy.service import NoteFilter, ResearchData

from ui.dialogs.messages import Confirm
from ui.strategy.base import StrategyView, button, button_row, size_columns, table_view
from ui.strategy.forms import NoteDialog, Values
from ui.strategy.research_model import CUSTOMER_RESEARCH, MARKET_RESEARCH, ResearchNoteModel

if TYPE_CHECKING:
    from salesdesk.store.db import Database
    from salesdesk.strategy.research import ResearchNote

    from ui.section import AppContext
    from ui.undo import EditCommand


class ResearchView(StrategyView[NoteFilter, ResearchData]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: ResearchData | None = None
        self.model = ResearchNoteModel(self)
        self.table = table_view(self.tr("Research notes"), self.model, stretch_column=2)
        self.table.selectionModel().currentRowChanged.connect(self._on_note)
        self.table.doubleClicked.connect(self.edit_note)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, text, tags and links"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.reload)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        self.kind.addItem(self.tr("Customer research"), CUSTOMER_RESEARCH)
        self.kind.addItem(self.tr("Market research"), MARKET_RESEARCH)
        self.kind.currentIndexChanged.connect(self.reload)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("All tags"), None)
        self.tag.currentIndexChanged.connect(self.reload)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The selected note"))
        self._build()

    def _build(self) -> None:
        self.add_button = button(self.tr("New note…"), self.add_note)
        self.edit_button = button(self.tr("Edit…"), self.edit_note)
        self.delete_button = button(self.tr("Delete…"), self.delete_note)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(button_row(self.search, self.kind, self.tag))
        left_layout.addLayout(button_row(self.add_button, self.edit_button, self.delete_button))
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- loading --------------------------------------------------------------------------

    def load_title(self) -> str:
        return self.tr("Loading research notes")

    def request(self) -> NoteFilter:
        return NoteFilter(self.search.text(), self.kind.currentData(), self.tag.currentData())

    def load(self, database: Database, context: AppContext, request: NoteFilter) -> ResearchData:
        from salesdesk.strategy import service

        return service.research(database, request)

    def show_data(self, data: ResearchData) -> None:
        selected = self.selected_note()
        self._data = data
        self._show_tags(data.tags)
        self.model.set_records(data.notes)
        size_columns(self.table)
        row = self.model.row_of(lambda n: selected is not None and n.id == selected.id)
        self._select(max(row, 0))

    def _show_tags(self, tags: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(self.tag.findData(current), 0))
        self.tag.blockSignals(False)

    def clear(self) -> None:
        self._data = None
        self.model.set_records([])
        self.preview.clear()

    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self._show_note(None)
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._show_note(self.model.record(row))

    def selected_note(self) -> ResearchNote | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _on_note(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_note(self.model.record(current.row()) if current.isValid() else None)

    def _show_note(self, note: ResearchNote | None) -> None:
        self.update_actions()
        if note is None:
            empty = self.search.text() or self.kind.currentData() or self.tag.currentData()
            self.preview.setPlainText(
                self.tr("No note matches.")
                if empty
                else self.tr("No research notes yet: write down what you learn about customers "
                             "and the market.")
            )  # fmt: skip
            return
        self.preview.setHtml(self._note_html(note))

    def _note_html(self, note: ResearchNote) -> str:
        facts = [f"{escape(self.model.kind_label(note))} · {escape(format_date(note.date))}"]
        if note.tags:
            facts.append(escape(self.tr("Tags: {tags}").format(tags=", ".join(note.tags))))
        for caption, name in (
            (self.tr("Persona"), note.persona),
            (self.tr("Segment"), note.segment),
            (self.tr("Competitor"), note.competitor),
        ):
            if name:
                facts.append(f"{escape(caption)}: {escape(name)}")
        body = "".join(f"<p>{escape(part)}</p>" for part in note.body.split("\n\n") if part)
        return f"<h3>{escape(note.title)}</h3><p>{'<br>'.join(facts)}</p>{body}"

    def update_actions(self) -> None:
        editable, selected = self.editable, self.selected_note() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and selected)
        self.delete_button.setEnabled(editable and selected)

    # --- edits ----------------------------------------------------------------------------

    def _links(self) -> dict[str, list[tuple[int, str]]]:
        empty: dict[str, list[tuple[int, str]]] = {"persona": [], "segment": [], "competitor": []}
        return self._data.links if self._data else empty

    def add_note(self) -> None:
        from salesdesk.strategy.research import save_note

        if not self.editable:
            return

        def save(values: Values) -> EditCommand | None:
            text = self.tr("Add note {title}").format(title=values["title"])
            return self.edit(text, partial(save_note, note_id=None, values=values))

        initial = {"kind": self.kind.currentData() or MARKET_RESEARCH}
        NoteDialog.ask(self, self._links(), initial, save)

    def edit_note(self) -> None:
        from salesdesk.strategy.research import save_note

        note = self.selected_note()
        if note is None or not self.editable:
            return

        def save(values: Values) -> EditCommand | None:
            text = self.tr("Edit note {title}").format(title=values["title"])
            return self.edit(text, partial(save_note, note_id=note.id, values=values))

        NoteDialog.ask(self, self._links(), _note_values(note), save)

    def delete_note(self) -> None:
        note = self.selected_note()
        if note is None or not self.editable:
            return
        question = self.tr("Delete the note {title}? You can undo this with Edit > Undo.")
        if Confirm.ask(self, self.tr("Delete note"), question.format(title=note.title)):
            self.edit(
                self.tr("Delete note {title}").format(title=note.title),
                partial(delete_row, table="research_note", row_id=note.id),
            )


def _note_values(note: ResearchNote) -> dict[str, Any]:
    return {
        "kind": note.kind,
        "title": note.title,
        "date": note.date,
        "tags": ", ".join(note.tags),
        "persona_id": note.persona_id,
        "segment_id": note.segment_id,
        "competitor_id": note.competitor_id,
        "body": note.body,
        "version": note.version,
    }
