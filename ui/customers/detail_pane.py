"""The selected customer: profile (editable), purchase history, the timeline of sales and
service, and the actions of SPEC §4 — each an undoable, logged edit."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.customers import service
from salesdesk.customers.words import department_names, interaction_kind_names
from salesdesk.formatting import MISSING, format_date, format_money, format_number
from salesdesk.store.changes import touched

from ui.customers.edits import InteractionDialog, LostReasonDialog, OwnerDialog
from ui.dialogs.conflict import (
    ConflictChoice,
    ConflictDialog,
    Difference,
    differences,
    shown_by_label,
)
from ui.dialogs.messages import Messages
from ui.tasks import Op, Task
from ui.undo import Edits
from ui.widgets.field_errors import ERROR_COLOUR, FieldErrors, watch_email
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.customers.detail import Choices, Purchase, TimelineEntry
    from salesdesk.customers.service import CustomerDetail
    from salesdesk.store.changes import Change, Edit
    from salesdesk.store.db import Database

LOADING = "…"


class CustomerDetailPane(QWidget):
    """Shows one customer; ``customer_changed`` fires after every edit, undo and redo."""

    customer_changed = Signal(int)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database: Database | None = None
        self._choices: Choices | None = None
        self._currency = "RUB"
        self._today = date.today()
        self._task: Task | None = None
        self._shown: CustomerDetail | None = None
        self.edits = Edits(self, title=lambda: self.tr("Customers"), changed=self._changed)
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Select a customer to see their profile and history."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        mute(self.placeholder)
        self.page = QWidget()
        self._build_page()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- building ----------------------------------------------------------------------------

    def _build_page(self) -> None:
        self.name_label = QLabel()
        scale_font(self.name_label, 1.35)
        self.name_label.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        mute(self.subtitle)
        self.risk_label = QLabel()  # why the customer is at risk, when they are
        self.risk_label.setWordWrap(True)
        self.risk_label.setObjectName("riskReason")
        self.risk_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.risk_label.hide()
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.owner_button = QPushButton(self.tr("Change owner…"))
        self.lost_button = QPushButton(self.tr("Mark lost…"))
        self.clear_button = QPushButton(self.tr("Clear override"))
        self.clear_button.setToolTip(self.tr("Let the status follow the sales again"))
        self.resolve_button = QPushButton(self.tr("Resolve complaint"))
        self.resolve_button.setToolTip(
            self.tr(
                "Close the complaint or ticket selected in the timeline (else the oldest open "
                "one) as of today; it no longer puts the customer at risk"
            )
        )
        self.resolve_button.clicked.connect(self._resolve_complaint)
        self.log_button.clicked.connect(self._log_interaction)
        self.owner_button.clicked.connect(self._change_owner)
        self.lost_button.clicked.connect(self._mark_lost)
        self.clear_button.clicked.connect(self._clear_override)
        actions = FlowLayout()  # the buttons wrap in a narrow pane rather than clip
        self.action_buttons = (
            self.log_button,
            self.resolve_button,
            self.owner_button,
            self.lost_button,
            self.clear_button,
        )
        for button in self.action_buttons:
            actions.addWidget(button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_profile(), self.tr("Profile"))
        # The long texts last, taking the width left and cut short where the pane is narrow
        # (each cell says its whole text as a tooltip): nothing scrolls out of sight sideways.
        self.timeline = self._tree(
            [self.tr("Date"), self.tr("What"), self.tr("Amount"), self.tr("Subject")]
        )
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.purchases = self._tree(
            [self.tr("Date"), self.tr("Quantity"), self.tr("Amount"), self.tr("Products")]
        )
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        layout = QVBoxLayout(self.page)
        layout.addWidget(self.name_label)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.risk_label)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        # the last column takes the width left and its texts are cut short with a tooltip:
        # never a sideways scroll in the narrow pane
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return tree

    def _build_profile(self) -> QWidget:
        page = QWidget()
        self.fields: dict[str, QWidget] = {
            "name": QLineEdit(),
            "code": QLineEdit(),
            "kind": QComboBox(),
            "account_type_id": QComboBox(),
            "territory_id": QComboBox(),
            "persona_id": QComboBox(),
            "acquisition_channel_id": QComboBox(),
            "contact_name": QLineEdit(),
            "email": QLineEdit(),
            "phone": QLineEdit(),
            "notes": QPlainTextEdit(),
        }
        kind = self.fields["kind"]
        assert isinstance(kind, QComboBox)
        kind.addItem(self.tr("Company"), "company")
        kind.addItem(self.tr("Person"), "person")
        labels = {
            "name": self.tr("Name"),
            "code": self.tr("Code"),
            "kind": self.tr("Kind"),
            "account_type_id": self.tr("Account type"),
            "territory_id": self.tr("Territory"),
            "persona_id": self.tr("Persona"),
            "acquisition_channel_id": self.tr("Acquired through"),
            "contact_name": self.tr("Contact"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "notes": self.tr("Notes"),
        }
        self._labels = labels
        form = QFormLayout(page)
        self.errors = FieldErrors()
        for key, widget in self.fields.items():
            form.addRow(labels[key], self.errors.wrap(key, widget) if key == "email" else widget)
        email = self.fields["email"]
        assert isinstance(email, QLineEdit)
        self._email_ok = watch_email(self.errors, "email", email)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self._save_profile)
        form.addRow("", self.save_button)
        return page

    # --- showing -----------------------------------------------------------------------------

    def set_database(
        self, database: Database | None, choices: Choices | None, currency: str
    ) -> None:
        self._database, self._choices, self._currency = database, choices, currency
        if choices is not None:
            self._fill_choice_lists(choices)
        read_only = database is None or database.read_only
        for button in (*self.action_buttons, self.save_button):
            button.setEnabled(not read_only)
        self.show_customer(None)

    def _fill_choice_lists(self, choices: Choices) -> None:
        lists = {
            "account_type_id": choices.account_types,
            "territory_id": [(i, "  " * depth + n) for i, n, depth in choices.territories],
            "persona_id": choices.personas,
            "acquisition_channel_id": choices.channels,
        }
        for key, items in lists.items():
            combo = self.fields[key]
            assert isinstance(combo, QComboBox)
            combo.clear()
            combo.addItem(MISSING, None)
            for value, name in items:
                combo.addItem(name, value)

    def show_customer(self, customer_id: int | None) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        database = self._database
        if customer_id is None or database is None:
            self._shown = None
            self.stack.setCurrentWidget(self.placeholder)
            return
        self._task = (
            Op(
                self.tr("Loading the customer"),
                lambda *_: service.customer_detail(database, customer_id),
                parent=self,
            )
            .success(self._show)
            .failure(self._show_failure)
            .run_in_background()
        )

    def customer_id(self) -> int | None:
        return self._shown.profile.id if self._shown else None

    def _show(self, shown: CustomerDetail) -> None:
        self._task = None
        self._shown = shown
        values, names = shown.profile.values, shown.profile.names
        self.name_label.setText(values["name"])
        self.subtitle.setText(self._subtitle(values, names))
        self.clear_button.setVisible(bool(values["status_override"]))
        from salesdesk.metrics.status import describe_reasons  # SQLAlchemy: not at start-up

        self.risk_label.setText(
            self.tr("At risk: {reasons}").format(reasons=describe_reasons(shown.risk))
        )
        self.risk_label.setVisible(bool(shown.risk))
        self.resolve_button.setVisible(bool(self._open_complaints()))
        self._show_profile(values)
        self._show_timeline(shown.timeline)
        self._show_purchases(shown.purchases)
        self.stack.setCurrentWidget(self.page)
        self.loaded.emit()

    def _subtitle(self, values: dict[str, Any], names: dict[str, str | None]) -> str:
        parts = [values["code"], self.tr("Owner: {name}").format(name=names["owner"] or MISSING)]
        if values["status_override"] == "lost":
            reason = values["lost_reason"] or MISSING
            parts.append(self.tr("Marked lost: {reason}").format(reason=reason))
        parts.append(
            self.tr("Customer since {date}").format(date=format_date(_day(values["created_on"])))
        )
        return " · ".join(parts)

    def _show_profile(self, values: dict[str, Any]) -> None:
        self.errors.clear()
        for key, widget in self.fields.items():
            value = values[key]
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
                widget.setCursorPosition(0)  # a long e-mail shows its start, not its end
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))

    def _show_timeline(self, entries: list[TimelineEntry]) -> None:
        kinds, departments = interaction_kind_names(), department_names()
        self.timeline.clear()
        items = []
        for entry in entries:
            what = kinds.get(entry.kind, entry.kind)
            if entry.is_open:
                what = self.tr("{kind} (open)").format(kind=what)
            subject = " — ".join(part for part in (entry.subject, entry.outcome) if part)
            amount = (
                ""
                if entry.amount is None
                else format_money(entry.amount, self._currency, decimals=0)
            )
            cells = [format_date(entry.date, style="short"), what, amount, subject]
            item = _item(cells, right=(2,))
            item.setData(0, Qt.ItemDataRole.UserRole, entry.interaction_id)
            item.setToolTip(1, f"{what}\n{departments.get(entry.department, '')}".strip())
            items.append(item)
        self.timeline.addTopLevelItems(items)
        for column in range(3):
            self.timeline.resizeColumnToContents(column)

    def _show_purchases(self, purchases: list[Purchase]) -> None:
        """One row per order: its date, quantity, amount and products; the order's reference
        and its products one a line in the tooltip."""
        self.purchases.clear()
        items = []
        for p in purchases:
            item = _item(
                [
                    format_date(p.date, style="short"),
                    format_number(p.units, 0 if p.units.is_integer() else 2),
                    format_money(p.amount, self._currency, decimals=0),
                    p.product_list or MISSING,
                ],
                right=(1, 2),
            )
            order = self.tr("Order {ref}").format(ref=p.order_ref or MISSING)
            item.setToolTip(3, "\n".join((order, ",\n".join(p.products))))
            items.append(item)
        self.purchases.addTopLevelItems(items)
        for column in range(3):
            self.purchases.resizeColumnToContents(column)

    def _show_failure(self, error: BaseException) -> None:
        self._task = None
        self.placeholder.setText(
            self.tr("The customer could not be loaded: {error}").format(error=error)
        )
        self.stack.setCurrentWidget(self.placeholder)

    # --- actions -----------------------------------------------------------------------------

    def _edit(self, text: str, edit: Edit) -> None:
        """Puts an edit of the shown customer on the window's undo stack; the pane shows the
        customer again when it is in (and after its undo and redo)."""
        if self._shown is None or self._database is None:
            return
        self.edits.push(text, self._database, edit)

    def _edit_fields(self, changes: dict[str, Any], text: str) -> None:
        from salesdesk.customers.detail import edit_customer

        if self._shown is not None:
            customer_id = self._shown.profile.id
            self._edit(text, partial(edit_customer, customer_id=customer_id, changes=changes))

    def _changed(self, change: Change) -> None:
        shown = self.customer_id()
        resolved = self._shown is not None and any(
            step.table == "interaction"
            and step.row_id in {e.interaction_id for e in self._shown.timeline}
            for step in change
        )  # a complaint of the shown customer closed or reopened: only its id says whose
        extra = {shown} if resolved and shown is not None else set()
        for customer_id in touched(change, "customer") | self._owners_of(change) | extra:
            self.customer_changed.emit(customer_id)
            if self.customer_id() == customer_id:
                self.show_customer(customer_id)

    @staticmethod
    def _owners_of(change: Change) -> set[int]:
        """The customers whose interactions ``change`` added or removed."""
        rows = (step.after or step.before or {} for step in change if step.table == "interaction")
        return {int(row["customer_id"]) for row in rows if "customer_id" in row}

    def _name(self) -> str:
        return self._shown.profile.values["name"] if self._shown else ""

    def _save_profile(self) -> None:
        if self._shown is None:
            return
        changes = {key: self._field_value(key) for key in self.fields}
        old = self._shown.profile.values
        # an empty field and a missing value are the same to the user
        changed = {k: v for k, v in changes.items() if (v or None) != (old[k] or None)}
        if not self._email_ok():
            return
        if not changes["name"] or not changes["code"]:
            Messages.error(
                self, self.tr("Not saved"), self.tr("A customer needs a name and a code.")
            )
            return
        if changed:
            self._save_fields(changed, old.get("version"))

    def _save_fields(self, changed: dict[str, Any], version: int | None) -> None:
        """Saves the profile fields the user changed, made from ``version`` of the customer:
        when someone else saved it since, the user chooses (no lost update, SPEC §13)."""
        from salesdesk.customers.detail import edit_customer

        if self._shown is None or self._database is None:
            return
        mine = changed if version is None else {**changed, "version": version}
        edit = partial(edit_customer, customer_id=self._shown.profile.id, changes=mine)
        text = self.tr("Edit {name}").format(name=self._name())
        command = self.edits.push(text, self._database, edit)
        command.when_made(lambda _change: None, partial(self._save_refused, changed))

    def _save_refused(self, changed: dict[str, Any], error: BaseException) -> None:
        from salesdesk.store.editing import EditConflictError

        if not isinstance(error, EditConflictError):
            self.edits.report(error)
            return
        theirs = error.theirs
        choice = ConflictDialog.ask(self, self._differences(theirs, changed))
        if choice is ConflictChoice.OVERWRITE:
            self._save_fields(changed, theirs.get("version"))
        elif choice is ConflictChoice.KEEP_THEIRS:
            self.show_customer(error.row_id)
        elif self._shown is not None and self._shown.profile.id == error.row_id:
            # edit again: my values stay in the fields, the next save is made from theirs
            self._shown.profile.values.update(theirs)

    def _differences(self, theirs: dict[str, Any], mine: dict[str, Any]) -> list[Difference]:
        labels, shown = self._labels, self._readable
        return differences(
            shown_by_label(labels, theirs, mine, shown), shown_by_label(labels, mine, mine, shown)
        )

    def _readable(self, key: str, value: Any) -> str:
        """A field's value as its widget shows it (a choice by its name)."""
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            return widget.itemText(index) if index >= 0 else MISSING
        return str(value) if value not in (None, "") else MISSING

    def _field_value(self, key: str) -> Any:
        widget = self.fields[key]
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            return text if text or key in ("name", "code") else None
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QComboBox)
        return widget.currentData()

    def _open_complaints(self) -> list[TimelineEntry]:
        """The open complaints and tickets of the shown customer, newest first."""
        from salesdesk.metrics.status import COMPLAINT_KINDS

        entries = self._shown.timeline if self._shown else []
        return [
            e
            for e in entries
            if e.is_open and e.kind in COMPLAINT_KINDS and e.interaction_id is not None
        ]

    def _resolve_complaint(self) -> None:
        """Closes the complaint selected in the timeline, else the oldest open one, as of
        today (logged and undoable)."""
        from salesdesk.customers.detail import resolve_interaction

        complaints = self._open_complaints()
        if self._shown is None or not complaints:
            return
        item = self.timeline.currentItem()
        selected = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        chosen = next((e for e in complaints if e.interaction_id == selected), complaints[-1])
        on = self._shown.today or self._today
        interaction_id = chosen.interaction_id
        assert interaction_id is not None  # an interaction, not a sale (_open_complaints)
        self._edit(
            self.tr("Resolve the complaint of {name}").format(name=self._name()),
            partial(resolve_interaction, interaction_id=interaction_id, on=on),
        )

    def _log_interaction(self) -> None:
        from salesdesk.customers.detail import log_interaction

        if self._shown is None or self._database is None or self._choices is None:
            return
        values = InteractionDialog.ask(self, self._choices.members, self._today)
        if values is not None:
            text = self.tr("Log an interaction with {name}").format(name=self._name())
            customer_id = self._shown.profile.id
            self._edit(text, partial(log_interaction, customer_id=customer_id, values=values))

    def _change_owner(self) -> None:
        if self._shown is None or self._choices is None:
            return
        current = self._shown.profile.values["owner_member_id"]
        answer = OwnerDialog.ask(self, self._choices.members, current)
        if answer is not None and answer[0] != current:
            self._edit_fields(
                {"owner_member_id": answer[0]},
                self.tr("Change the owner of {name}").format(name=self._name()),
            )

    def _mark_lost(self) -> None:
        reason = LostReasonDialog.ask(self)
        if reason is not None:
            self._edit_fields(
                {"status_override": "lost", "lost_reason": reason or None},
                self.tr("Mark {name} lost").format(name=self._name()),
            )

    def _clear_override(self) -> None:
        self._edit_fields(
            {"status_override": None, "lost_reason": None},
            self.tr("Clear the status of {name}").format(name=self._name()),
        )


def _item(cells: list[str], *, right: tuple[int, ...] = ()) -> QTreeWidgetItem:
    """A row whose every cell says its whole text as a tooltip (a narrow pane cuts it short);
    the ``right`` columns are figures, aligned right."""
    item = QTreeWidgetItem(cells)
    for column, text in enumerate(cells):
        item.setToolTip(column, text)
    for column in right:
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
