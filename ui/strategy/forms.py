"""The forms of the Strategy views: competitor, price observation, product, research note.

Each dialog is opened through its classmethod ``ask(parent, ..., save)`` (the seam tests
replace). ``save`` receives the form's values and puts their edit on the undo stack; the dialog
closes when the edit is in. When the edit is refused (a
:class:`~salesdesk.errors.SalesDeskError`, or the database says no), the dialog says why and
stays open with what the user typed (SPEC §9.8).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from salesdesk.errors import FieldError, SalesDeskError
from salesdesk.formatting import MISSING, format_date
from salesdesk.strategy.pricing import price_concerns

from ui.dialogs.buttons import ok_cancel
from ui.dialogs.conflict import ConflictChoice, ConflictDialog, differences
from ui.dialogs.messages import AskFirst
from ui.dialogs.saving import save_and_close
from ui.strategy.research_model import CUSTOMER_RESEARCH, MARKET_RESEARCH
from ui.widgets.dates import date_edit, day_of
from ui.widgets.field_errors import FieldErrors
from ui.widgets.money_fields import show_currency

if TYPE_CHECKING:
    from ui.undo import EditCommand

Values = dict[str, Any]
# Saves the form: returns the pushed edit, whose outcome the dialog waits for (None: saved).
Save = Callable[[Values], "EditCommand | None"]
Choices = Sequence[tuple[int, str]]

MONEY_MAX = 1e11  # a billion in major units is beyond any list price
# a spin box's property: what a stored value is multiplied by to show it (minor units: 0.01)
STORED_SCALE = "storedScale"
TEXT_HEIGHT = 64


def money_box(value_minor: int = 0, *, signed: bool = False) -> QDoubleSpinBox:
    """An amount in major units; ``signed`` lets a minus be typed, so that the form can refuse
    it with the reason instead of swallowing the key."""
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(-MONEY_MAX if signed else 0, MONEY_MAX)
    box.setGroupSeparatorShown(True)
    box.setValue(value_minor / 100)
    box.setProperty(STORED_SCALE, 0.01)
    return box


def minor(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100)


def text_box(text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(TEXT_HEIGHT)
    return box


def choice_box(choices: Choices, current: int | None, *, none_text: str | None) -> QComboBox:
    box = QComboBox()
    if none_text is not None:
        box.addItem(none_text, None)
    for choice_id, name in choices:
        box.addItem(name, choice_id)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class RecordDialog(QDialog):
    """A form with OK / Cancel that saves through ``save`` and stays open when it fails.

    Filled from a saved record (``initial`` with its ``version``), the save is made from that
    version: when someone else saved the record since, the form shows theirs and mine per
    field and the user keeps theirs, overwrites with mine or edits again (SPEC §13)."""

    # fields whose refusal shows under them (FieldErrors) rather than under the form
    ERROR_FIELDS: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None, title: str, save: Save, initial: Values) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._save = save
        self._version: int | None = initial.get("version")  # None: a new record
        self._fields: dict[str, tuple[str, QWidget]] = {}  # key -> label and field
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #C62828;")  # an error reads red in either scheme
        self.error_label.hide()
        self.errors = FieldErrors()
        self.buttons = buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def values(self) -> Values:
        raise NotImplementedError

    def add_rows(self, *rows: tuple[str, QWidget, str]) -> None:
        """(label, field, key of its value) rows."""
        for label, field, key in rows:
            self._fields[key] = (label, field)
            shown = self.errors.wrap(key, field) if key in self.ERROR_FIELDS else field
            self.form.addRow(label, shown)

    def confirmed(self, values: Values) -> bool:
        """Whether ``values`` may go to be saved; a form refuses or asks here first."""
        return True

    def accept(self) -> None:
        self.errors.clear()
        self.error_label.hide()
        values = self.values()
        if not self.confirmed(values):
            return
        if self._version is not None:
            values["version"] = self._version
        save_and_close(self, self.buttons, lambda: self._save(values), self._refused)

    def _refused(self, error: BaseException) -> None:
        from salesdesk.store.editing import EditConflictError  # SQLAlchemy: not early

        self.buttons.setEnabled(True)
        if isinstance(error, EditConflictError):
            self._conflict(error.theirs)
        elif isinstance(error, FieldError) and self.errors.has(error.field):
            self.errors.show([(error.field, str(error))])
        elif isinstance(error, SalesDeskError):
            self.show_error(str(error))
        else:
            self.show_error(self.tr("The change was not saved: {error}").format(error=error))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _conflict(self, theirs: Values) -> None:
        """Someone else saved the record since the form was filled: theirs and mine."""
        their_texts, my_texts = self.texts(theirs), self.texts(self.values())
        choice = ConflictDialog.ask(self, differences(their_texts, my_texts))
        if choice is ConflictChoice.KEEP_THEIRS:
            self.reject()  # nothing of mine is saved; the view shows theirs
            return
        self._version = theirs.get("version")  # mine is now made from theirs
        if choice is ConflictChoice.OVERWRITE:
            self.accept()

    def texts(self, values: Values) -> dict[str, str]:
        """``values`` as the form's fields show them, by the fields' labels."""
        return {
            label: _shown(field, values.get(key)) for key, (label, field) in self._fields.items()
        }


def _shown(field: QWidget, value: Any) -> str:
    """A stored value as ``field`` shows it."""
    if value is None or value == "":
        return MISSING
    if isinstance(field, QComboBox):
        index = field.findData(value)
        text = field.itemText(index) if index >= 0 else MISSING
    elif isinstance(field, QCheckBox):
        yes = QCoreApplication.translate("RecordDialog", "Yes")
        text = yes if value else QCoreApplication.translate("RecordDialog", "No")
    elif isinstance(field, QDateEdit):
        text = format_date(value if isinstance(value, date) else date.fromisoformat(str(value)))
    elif isinstance(field, QDoubleSpinBox):  # stored in minor units, or as a fraction
        shown = float(value) * float(field.property(STORED_SCALE) or 1)
        text = field.prefix() + field.textFromValue(shown) + field.suffix()
    else:
        text = str(value).strip()
    return text


class CompetitorDialog(RecordDialog):
    def __init__(self, parent: QWidget | None, initial: Values, save: Save) -> None:
        title = self.tr("Edit competitor") if initial else self.tr("New competitor")
        super().__init__(parent, title, save, initial)
        self.name = QLineEdit(initial.get("name", ""))
        self.website = QLineEdit(initial.get("website", ""))
        self.positioning = text_box(initial.get("positioning", ""))
        self.strengths = text_box(initial.get("strengths", ""))
        self.weaknesses = text_box(initial.get("weaknesses", ""))
        self.differentiation = text_box(initial.get("differentiation", ""))
        self.share = QDoubleSpinBox()
        self.share.setRange(-1, 100)
        self.share.setDecimals(1)
        self.share.setSuffix(" %")
        self.share.setSpecialValueText(self.tr("not known"))  # shown at the minimum, -1
        share = initial.get("market_share")
        self.share.setValue(-1 if share is None else share * 100)
        self.share.setProperty(STORED_SCALE, 100)  # stored as a fraction
        self.add_rows(
            (self.tr("Name"), self.name, "name"),
            (self.tr("Website"), self.website, "website"),
            (self.tr("Positioning"), self.positioning, "positioning"),
            (self.tr("Strengths"), self.strengths, "strengths"),
            (self.tr("Weaknesses"), self.weaknesses, "weaknesses"),
            (self.tr("Our differentiation"), self.differentiation, "differentiation"),
            (self.tr("Estimated market share"), self.share, "market_share"),
        )

    def values(self) -> Values:
        share = self.share.value()
        return {
            "name": self.name.text().strip(),
            "website": self.website.text().strip(),
            "positioning": self.positioning.toPlainText().strip(),
            "strengths": self.strengths.toPlainText().strip(),
            "weaknesses": self.weaknesses.toPlainText().strip(),
            "differentiation": self.differentiation.toPlainText().strip(),
            "market_share": None if share < 0 else round(share / 100, 4),
        }

    @classmethod
    def ask(cls, parent: QWidget | None, initial: Values, save: Save) -> bool:
        return cls(parent, initial, save).exec() == QDialog.DialogCode.Accepted


class PriceDialog(RecordDialog):
    """A competitor's price for a product comparable to one of ours; a price of zero or less
    is refused at its field."""

    ERROR_FIELDS = frozenset({"product_id", "price"})

    def __init__(
        self,
        parent: QWidget | None,
        competitor: str,
        products: Choices,
        initial: Values,
        save: Save,
    ) -> None:
        title = self.tr("Price seen at {competitor}").format(competitor=competitor)
        super().__init__(parent, title, save, initial)
        self.product = choice_box(products, initial.get("product_id"), none_text=None)
        self.product.setEditable(True)  # type to find one among thousands
        self.product.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.their_name = QLineEdit(initial.get("their_product_name", ""))
        self.price = money_box(initial.get("price", 0), signed=True)  # a minus says why
        self.observed = date_edit(initial.get("observed_on") or date.today())
        self.source = QLineEdit(initial.get("source", ""))
        self.source.setPlaceholderText(self.tr("website, catalogue, store visit…"))
        self.add_rows(
            (self.tr("Our product"), self.product, "product_id"),
            (self.tr("Their product"), self.their_name, "their_product_name"),
            (self.tr("Their price"), self.price, "price"),
            (self.tr("Observed on"), self.observed, "observed_on"),
            (self.tr("Source"), self.source, "source"),
        )

    def values(self) -> Values:
        return {
            "product_id": self.product.currentData(),
            "their_product_name": self.their_name.text().strip(),
            "price": minor(self.price),
            "observed_on": day_of(self.observed),
            "source": self.source.text().strip(),
        }

    def confirmed(self, values: Values) -> bool:
        from salesdesk.strategy.competitors import check_observation  # SQLAlchemy: not early

        try:
            check_observation(values)
        except FieldError as error:
            self.errors.show([(error.field, str(error))])
            return False
        return True

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        competitor: str,
        products: Choices,
        initial: Values,
        save: Save,
    ) -> bool:
        dialog = cls(parent, competitor, products, initial, save)
        return dialog.exec() == QDialog.DialogCode.Accepted


class ProductDialog(RecordDialog):
    """A product; its cost and price are refused at the field when negative, and a price
    below the cost or more than 50 % away from the current one is saved only when confirmed."""

    ERROR_FIELDS = frozenset({"code", "name", "unit_cost", "list_price"})

    def __init__(
        self,
        parent: QWidget | None,
        categories: Choices,
        currency: str,
        initial: Values,
        save: Save,
    ) -> None:
        title = self.tr("Edit product") if initial.get("code") else self.tr("New product")
        super().__init__(parent, title, save, initial)
        self.currency = currency
        self.current_price = int(initial.get("list_price") or 0) if initial.get("code") else 0
        self.code = QLineEdit(initial.get("code", ""))
        self.name = QLineEdit(initial.get("name", ""))
        self.category = choice_box(
            categories, initial.get("category_id"), none_text=self.tr("(no category)")
        )
        self.unit_cost = money_box(initial.get("unit_cost", 0), signed=True)
        self.list_price = money_box(initial.get("list_price", 0), signed=True)
        for box in (self.unit_cost, self.list_price):
            show_currency(box, currency)
        self.active = QCheckBox(self.tr("Offered to customers"))
        self.active.setChecked(bool(initial.get("active", True)))
        self.add_rows(
            (self.tr("Code (SKU)"), self.code, "code"),
            (self.tr("Name"), self.name, "name"),
            (self.tr("Category"), self.category, "category_id"),
            (self.tr("Unit cost"), self.unit_cost, "unit_cost"),
            (self.tr("List price"), self.list_price, "list_price"),
            (self.tr("Active"), self.active, "active"),
        )

    def values(self) -> Values:
        return {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "category_id": self.category.currentData(),
            "unit_cost": minor(self.unit_cost),
            "list_price": minor(self.list_price),
            "active": self.active.isChecked(),
        }

    def confirmed(self, values: Values) -> bool:
        from salesdesk.strategy.catalogue import check_product_prices  # SQLAlchemy: not early

        try:
            check_product_prices(values)
        except FieldError as error:
            self.errors.show([(error.field, str(error))])
            return False
        concerns = price_concerns(
            values["list_price"], self.current_price, values["unit_cost"] or None, self.currency
        )
        return not concerns or AskFirst.ask(
            self,
            self.tr("Save the price?"),
            self.tr("Look at this price once more:"),
            [concern.sentence for concern in concerns],
            self.tr("Save anyway"),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        categories: Choices,
        currency: str,
        initial: Values,
        save: Save,
    ) -> bool:
        dialog = cls(parent, categories, currency, initial, save)
        return dialog.exec() == QDialog.DialogCode.Accepted


class NoteDialog(RecordDialog):
    """A research note with its tags and links to a persona, a segment and a competitor."""

    def __init__(
        self,
        parent: QWidget | None,
        links: dict[str, list[tuple[int, str]]],
        initial: Values,
        save: Save,
    ) -> None:
        title = self.tr("Edit research note") if initial.get("title") else self.tr("New note")
        super().__init__(parent, title, save, initial)
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Market research"), MARKET_RESEARCH)
        self.kind.addItem(self.tr("Customer research"), CUSTOMER_RESEARCH)
        self.kind.setCurrentIndex(max(self.kind.findData(initial.get("kind")), 0))
        self.title = QLineEdit(initial.get("title", ""))
        self.date = date_edit(initial.get("date") or date.today())
        self.tags = QLineEdit(initial.get("tags", ""))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. pricing, churn"))
        none = self.tr("(none)")
        self.persona = choice_box(links["persona"], initial.get("persona_id"), none_text=none)
        self.segment = choice_box(links["segment"], initial.get("segment_id"), none_text=none)
        self.competitor = choice_box(
            links["competitor"], initial.get("competitor_id"), none_text=none
        )
        self.body = text_box(initial.get("body", ""))
        self.body.setMinimumHeight(160)
        self.add_rows(
            (self.tr("Kind"), self.kind, "kind"),
            (self.tr("Title"), self.title, "title"),
            (self.tr("Date"), self.date, "date"),
            (self.tr("Tags"), self.tags, "tags"),
            (self.tr("Persona"), self.persona, "persona_id"),
            (self.tr("Segment"), self.segment, "segment_id"),
            (self.tr("Competitor"), self.competitor, "competitor_id"),
            (self.tr("Notes"), self.body, "body"),
        )

    def values(self) -> Values:
        from salesdesk.strategy.research import normalise_tags

        return {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "date": day_of(self.date),
            "tags": normalise_tags(self.tags.text()),
            "persona_id": self.persona.currentData(),
            "segment_id": self.segment.currentData(),
            "competitor_id": self.competitor.currentData(),
            "body": self.body.toPlainText().strip(),
        }

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        links: dict[str, list[tuple[int, str]]],
        initial: Values,
        save: Save,
    ) -> bool:
        return cls(parent, links, initial, save).exec() == QDialog.DialogCode.Accepted
