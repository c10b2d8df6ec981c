"""Market: competitors with their profile and price history, and the price comparison."""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from salesdesk.formatting import format_date, format_percent
from salesdesk.store.changes import delete_row
from salesdesk.strategy.service import MarketData

from ui.dialogs.messages import Confirm
from ui.strategy.base import (
    StrategyView,
    button,
    button_row,
    heading,
    note,
    size_columns,
    table_view,
)
from ui.strategy.forms import CompetitorDialog, PriceDialog, Values
from ui.strategy.market_model import (
    CompetitorTableModel,
    PriceComparisonModel,
    PriceHistoryModel,
)
from ui.tasks import Op

if TYPE_CHECKING:
    from salesdesk.store.db import Database
    from salesdesk.strategy.competitors import Competitor, PriceObservation

    from ui.section import AppContext
    from ui.undo import EditCommand


class MarketView(StrategyView[None, MarketData]):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._data: MarketData | None = None
        self.competitor_model = CompetitorTableModel(self, today=self.today)
        self.history_model = PriceHistoryModel(self, today=self.today)
        self.comparison_model = PriceComparisonModel(self)
        self.competitor_table = table_view(
            self.tr("Competitors"), self.competitor_model, stretch_column=0
        )
        self.competitor_table.selectionModel().currentRowChanged.connect(self._on_competitor)
        self.competitor_table.doubleClicked.connect(self.edit_competitor)
        self.history_table = table_view(self.tr("Price history"), self.history_model)
        self.history_table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.history_table.doubleClicked.connect(self.edit_price)
        self.comparison_table = table_view(
            self.tr("Our prices against the competitors'"), self.comparison_model
        )
        self.profile = QLabel()
        self.profile.setWordWrap(True)
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.setOpenExternalLinks(True)
        self.profile.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._build()

    def _build(self) -> None:
        self.add_button = button(self.tr("Add competitor…"), self.add_competitor)
        self.edit_button = button(self.tr("Edit…"), self.edit_competitor)
        self.delete_button = button(self.tr("Delete…"), self.delete_competitor)
        self.add_price_button = button(self.tr("Add price…"), self.add_price)
        self.edit_price_button = button(self.tr("Edit price…"), self.edit_price)
        self.delete_price_button = button(self.tr("Delete price…"), self.delete_price)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(button_row(self.add_button, self.edit_button, self.delete_button))
        left_layout.addWidget(self.competitor_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.profile)
        right_layout.addWidget(heading(self.tr("Price history")))
        right_layout.addLayout(
            button_row(self.add_price_button, self.edit_price_button, self.delete_price_button)
        )
        right_layout.addWidget(self.history_table, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setChildrenCollapsible(False)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(heading(self.tr("Our prices against the competitors'")))
        self.comparison_note = note()
        bottom_layout.addWidget(self.comparison_note)
        bottom_layout.addWidget(self.comparison_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- loading --------------------------------------------------------------------------

    def request(self) -> None:
        return None

    def load_title(self) -> str:
        return self.tr("Loading competitors")

    def load(self, database: Database, context: AppContext, request: None) -> MarketData:
        from salesdesk.strategy import service

        return service.market(database, self.today)

    def show_data(self, data: MarketData) -> None:
        selected = self.selected_competitor()
        self._data = data
        currency = self.context.currency if self.context else "RUB"
        self.history_model.currency = self.comparison_model.currency = currency
        self.competitor_model.set_records(data.competitors)
        size_columns(self.competitor_table)
        self.comparison_model.set_comparison(data.comparison)
        size_columns(self.comparison_table)
        self.comparison_note.setText(
            self.tr(
                "Each competitor's latest price, with how far ours lies above (+) or below (−) "
                "it. * greyed: seen before {date}, more than 6 months ago."
            ).format(date=format_date(data.comparison.stale_before))
        )
        row = self.competitor_model.row_of(lambda c: selected is not None and c.id == selected.id)
        self._select(max(row, 0))

    def clear(self) -> None:
        self._data = None
        self.competitor_model.set_records([])
        self.history_model.set_records([])
        self.comparison_model.set_comparison(None)
        self.profile.clear()

    def _select(self, row: int) -> None:
        if self.competitor_model.rowCount() == 0:
            self._show_competitor(None)
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.competitor_model.index(row, 0)
        self.competitor_table.selectionModel().setCurrentIndex(index, flags)
        self._show_competitor(self.competitor_model.record(row))

    def selected_competitor(self) -> Competitor | None:
        index = self.competitor_table.selectionModel().currentIndex()
        return self.competitor_model.record(index.row()) if index.isValid() else None

    def selected_price(self) -> PriceObservation | None:
        index = self.history_table.selectionModel().currentIndex()
        return self.history_model.record(index.row()) if index.isValid() else None

    def _on_competitor(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.competitor_model.record(current.row()) if current.isValid() else None
        self._show_competitor(record)

    def _show_competitor(self, competitor: Competitor | None) -> None:
        observations = self._data.observations if self._data else []
        if competitor is None:
            self.profile.setText(
                self.tr("No competitors yet: add the companies you lose deals to.")
            )
            self.history_model.set_records([])
        else:
            self.profile.setText(self._profile_html(competitor))
            self.history_model.set_records(
                [o for o in observations if o.competitor_id == competitor.id]
            )
            size_columns(self.history_table)
        self.update_actions()

    def _profile_html(self, c: Competitor) -> str:
        lines = [f"<b style='font-size:large'>{escape(c.name)}</b>"]
        if c.website:
            url = c.website if "://" in c.website else f"https://{c.website}"
            lines.append(f"<a href='{escape(url)}'>{escape(c.website)}</a>")
        for caption, value in (
            (self.tr("Positioning"), c.positioning),
            (self.tr("Strengths"), c.strengths),
            (self.tr("Weaknesses"), c.weaknesses),
            (self.tr("Our differentiation"), c.differentiation),
            (self.tr("Estimated market share"), format_percent(c.market_share, 0)),
        ):
            if value:
                lines.append(f"<b>{escape(caption)}:</b> {escape(value)}")
        return "<br>".join(lines)

    def update_actions(self) -> None:
        editable = self.editable
        has_competitor = self.selected_competitor() is not None
        has_price = self.selected_price() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and has_competitor)
        self.delete_button.setEnabled(editable and has_competitor)
        self.add_price_button.setEnabled(editable and has_competitor and bool(self._products()))
        self.edit_price_button.setEnabled(editable and has_price)
        self.delete_price_button.setEnabled(editable and has_price)

    def _products(self) -> list[tuple[int, str]]:
        return self._data.products if self._data else []

    # --- competitor edits -----------------------------------------------------------------

    def add_competitor(self) -> None:
        from salesdesk.strategy.competitors import save_competitor

        if not self.editable:
            return

        def save(values: Values) -> EditCommand | None:
            text = self.tr("Add competitor {name}").format(name=values["name"])
            return self.edit(text, partial(save_competitor, competitor_id=None, values=values))

        CompetitorDialog.ask(self, {}, save)

    def edit_competitor(self) -> None:
        from salesdesk.strategy.competitors import save_competitor

        competitor = self.selected_competitor()
        if competitor is None or not self.editable:
            return

        def save(values: Values) -> EditCommand | None:
            text = self.tr("Edit competitor {name}").format(name=values["name"])
            return self.edit(
                text, partial(save_competitor, competitor_id=competitor.id, values=values)
            )

        CompetitorDialog.ask(self, _profile_values(competitor), save)

    def delete_competitor(self) -> None:
        """Asks before deleting the selected competitor, saying what goes with it (the notes
        about it are counted in the background first)."""
        from salesdesk.strategy import service

        competitor, database = self.selected_competitor(), self.database
        if competitor is None or database is None or not self.editable:
            return
        (
            Op(
                self.tr("Reading what depends on {name}").format(name=competitor.name),
                lambda *_: service.notes_about(database, competitor.id),
                parent=self,
            )
            .success(lambda notes: self._confirm_delete(competitor, notes))
            .failure(self._on_failure)
            .run_in_background()
        )

    def _confirm_delete(self, competitor: Competitor, notes: int) -> None:
        from salesdesk.strategy.competitors import delete_competitor

        question = self.tr("Delete {name}?").format(name=competitor.name)
        details = [
            self.tr(
                "%n price observation(s) will be deleted with it.", "", competitor.observations
            ),
            self.tr("%n research note(s) will lose their link to it.", "", notes),
            self.tr("You can undo this with Edit > Undo."),
        ]
        if not Confirm.ask(self, self.tr("Delete competitor"), "\n".join([question, *details])):
            return
        text = self.tr("Delete competitor {name}").format(name=competitor.name)
        self.edit(text, partial(delete_competitor, competitor_id=competitor.id))

    # --- price edits ----------------------------------------------------------------------

    def add_price(self) -> None:
        from salesdesk.strategy.competitors import save_observation

        competitor = self.selected_competitor()
        if competitor is None or not self.editable:
            return

        def save(values: Values) -> EditCommand | None:
            row = {**values, "competitor_id": competitor.id}
            text = self.tr("Add a price of {name}").format(name=competitor.name)
            return self.edit(text, partial(save_observation, price_id=None, values=row))

        PriceDialog.ask(self, competitor.name, self._products(), {}, save)

    def edit_price(self) -> None:
        from salesdesk.strategy.competitors import save_observation

        price = self.selected_price()
        if price is None or not self.editable:
            return

        def save(values: Values) -> EditCommand | None:
            text = self.tr("Edit a price of {name}").format(name=price.competitor)
            return self.edit(text, partial(save_observation, price_id=price.id, values=values))

        initial: dict[str, Any] = {
            "product_id": price.product_id,
            "their_product_name": price.their_product_name,
            "price": price.price,
            "observed_on": price.observed_on,
            "source": price.source,
            "version": price.version,
        }
        PriceDialog.ask(self, price.competitor, self._products(), initial, save)

    def delete_price(self) -> None:
        price = self.selected_price()
        if price is None or not self.editable:
            return
        question = self.tr("Delete the price of {product} seen on {date}?").format(
            product=price.product, date=format_date(price.observed_on)
        )
        if not Confirm.ask(self, self.tr("Delete price"), question):
            return
        self.edit(
            self.tr("Delete a price of {name}").format(name=price.competitor),
            partial(delete_row, table="competitor_price", row_id=price.id),
        )


def _profile_values(competitor: Competitor) -> Values:
    return {
        "name": competitor.name,
        "website": competitor.website,
        "positioning": competitor.positioning,
        "strengths": competitor.strengths,
        "weaknesses": competitor.weaknesses,
        "differentiation": competitor.differentiation,
        "market_share": competitor.market_share,
        "version": competitor.version,
    }
