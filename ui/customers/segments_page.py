"""Saved segments and the rule builder (SPEC §2): conditions joined by AND, with the number of
customers who match, counted live in the background while the rule is edited."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.customers import service
from salesdesk.customers.rules import RANGES, Condition, dump_rule
from salesdesk.customers.words import rfm_tier_names, status_names
from salesdesk.formatting import format_number
from salesdesk.store.changes import created

from ui.dialogs.messages import Messages
from ui.tasks import Op, Task
from ui.undo import Edits
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.customers.detail import Choices
    from salesdesk.customers.segments import SegmentInfo
    from salesdesk.store.changes import Change
    from salesdesk.store.db import Database

COUNT_DELAY_MS = 300
MAX_MONEY = 2_000_000_000  # major units


class ConditionRow(QWidget):
    """One condition: a field and its values (a checklist, a territory or a range)."""

    changed = Signal()
    removed = Signal(QWidget)

    def __init__(
        self, choices: Choices, field_names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self.field = QComboBox()
        for key, name in field_names.items():
            self.field.addItem(name, key)
        self.field.currentIndexChanged.connect(self._rebuild_values)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this condition"))
        self.remove_button.setAccessibleName(self.tr("Remove this condition"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        self.values = QWidget()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self.values, 1)
        self._layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self._rebuild_values()

    def _options(self, key: str) -> list[tuple[Any, str]]:
        c = self._choices
        options: dict[str, list[tuple[Any, str]]] = {
            "account_type": c.account_types,
            "persona": c.personas,
            "owner": [(0, self.tr("No owner")), *[(i, n) for i, n, _left in c.members]],
            "channel": c.channels,
            "status": list(status_names().items()),
            "rfm_tier": list(rfm_tier_names().items()),
            "territory": [(i, "  " * depth + n) for i, n, depth in c.territories],
        }
        return options.get(key, [])

    def _rebuild_values(self) -> None:
        key = self.field.currentData()
        old = self.values
        if key in RANGES:
            self.values = self._range_editor(key)
        elif key == "territory":
            self.values = QComboBox()
            for value, name in self._options(key):
                self.values.addItem(name, value)
            self.values.currentIndexChanged.connect(self.changed)
        else:
            self.values = QListWidget()
            for value, name in self._options(key):
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.values.addItem(item)
            self.values.setMaximumHeight(110)
            self.values.itemChanged.connect(self.changed)
        self._layout.replaceWidget(old, self.values)
        old.deleteLater()
        self.changed.emit()

    def _range_editor(self, key: str) -> QWidget:
        editor = QWidget()
        layout = QHBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        self.minimum, self.maximum = QSpinBox(), QSpinBox()
        top = MAX_MONEY if key == "revenue" else 36500
        for box, none in (
            (self.minimum, self.tr("no minimum")),
            (self.maximum, self.tr("no maximum")),
        ):
            box.setRange(-1, top)
            box.setSpecialValueText(none)
            box.setValue(-1)
            box.setGroupSeparatorShown(True)
            box.valueChanged.connect(self.changed)
        unit = self.tr("money, last 12 months") if key == "revenue" else self.tr("days")
        layout.addWidget(QLabel(self.tr("from")))
        layout.addWidget(self.minimum)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.maximum)
        layout.addWidget(QLabel(unit))
        layout.addStretch(1)
        return editor

    def condition(self) -> Condition:
        key = self.field.currentData()
        if key in RANGES:
            scale = 100 if key == "revenue" else 1  # money is kept in minor units
            low, high = self.minimum.value(), self.maximum.value()
            return Condition(
                key,
                minimum=None if low < 0 else low * scale,
                maximum=None if high < 0 else high * scale,
            )
        if key == "territory":
            assert isinstance(self.values, QComboBox)
            return Condition(key, (self.values.currentData(),))
        assert isinstance(self.values, QListWidget)
        checked = [
            self.values.item(i)
            for i in range(self.values.count())
            if self.values.item(i).checkState() == Qt.CheckState.Checked
        ]
        return Condition(key, tuple(item.data(Qt.ItemDataRole.UserRole) for item in checked))

    def set_condition(self, condition: Condition) -> None:
        self.field.setCurrentIndex(self.field.findData(condition.field))
        if condition.field in RANGES:
            scale = 100 if condition.field == "revenue" else 1
            self.minimum.setValue(
                -1 if condition.minimum is None else int(condition.minimum // scale)
            )
            self.maximum.setValue(
                -1 if condition.maximum is None else int(condition.maximum // scale)
            )
        elif condition.field == "territory" and isinstance(self.values, QComboBox):
            self.values.setCurrentIndex(max(self.values.findData(condition.values[0]), 0))
        elif isinstance(self.values, QListWidget):
            for i in range(self.values.count()):
                item = self.values.item(i)
                chosen = item.data(Qt.ItemDataRole.UserRole) in condition.values
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)


class SegmentsPage(QWidget):
    """The saved segments on the left, the selected one's rule on the right."""

    show_members = Signal(int)  # a segment id: list its customers
    segments_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database: Database | None = None
        self.edits = Edits(self, title=lambda: self.tr("Segments"), changed=self._saved)
        self._choices: Choices | None = None
        self._segments: list[SegmentInfo] = []
        self._editing: int | None = None
        self._count_task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self._count)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved segments"))
        self.list.currentRowChanged.connect(self._on_segment_chosen)
        self.new_button = QPushButton(self.tr("New segment"))
        self.new_button.clicked.connect(self._new_segment)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        self.editor = self._build_editor()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([25_000, 75_000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Corporate customers in Moscow at risk"))
        self.conditions = QVBoxLayout()
        self.conditions.setSpacing(8)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self.conditions)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.add_button = QPushButton(self.tr("Add condition"))
        self.add_button.clicked.connect(self._add_empty_condition)
        self.count_label = QLabel()
        scale_font(self.count_label, 1.3)
        hint = QLabel(
            self.tr(
                "A customer belongs to the segment when every condition holds. "
                "Membership is recomputed from the data, never kept by hand."
            )
        )
        hint.setWordWrap(True)
        mute(hint)
        self.save_button = QPushButton(self.tr("Save segment"))
        self.save_button.clicked.connect(self._save)
        self.members_button = QPushButton(self.tr("Show customers"))
        self.members_button.clicked.connect(self._show_members)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.members_button)
        buttons.addWidget(self.save_button)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(editor)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Customers who match all of:")))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(hint)
        return editor

    def _show_members(self) -> None:
        if self._editing is not None:
            self.show_members.emit(self._editing)

    def _field_names(self) -> dict[str, str]:
        return {
            "account_type": self.tr("Account type is"),
            "territory": self.tr("Territory is in"),
            "persona": self.tr("Persona is"),
            "owner": self.tr("Owner is"),
            "status": self.tr("Status is"),
            "rfm_tier": self.tr("RFM tier is"),
            "revenue": self.tr("Revenue, last 12 months"),
            "days_since_purchase": self.tr("Days since last purchase"),
            "channel": self.tr("Acquired through"),
        }

    # --- data --------------------------------------------------------------------------------

    def set_database(self, database: Database | None, choices: Choices | None) -> None:
        self._database, self._choices = database, choices
        editable = database is not None and not database.read_only
        for button in (self.new_button, self.save_button, self.add_button):
            button.setEnabled(editable)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        database = self._database
        if database is None:
            self._show_segments([], None)
            return
        (
            Op(self.tr("Loading segments"), lambda *_: service.segments(database), parent=self)
            .success(lambda segments: self._show_segments(segments, select))
            .run_in_background()
        )

    def _show_segments(self, segments: list[SegmentInfo], select: int | None) -> None:
        self._segments = segments
        self.list.blockSignals(True)
        self.list.clear()
        for segment in segments:
            self.list.addItem(segment.name)
        self.list.blockSignals(False)
        ids = [s.id for s in segments]
        chosen = select if select in ids else (self._editing if self._editing in ids else None)
        if chosen is not None:
            self.list.setCurrentRow(ids.index(chosen))
        elif segments:
            self.list.setCurrentRow(0)
        else:
            self._new_segment()

    def _on_segment_chosen(self, row: int) -> None:
        if 0 <= row < len(self._segments):
            segment = self._segments[row]
            self._edit(segment.id, segment.name, segment.conditions)

    def _new_segment(self) -> None:
        self.list.clearSelection()
        self._edit(None, "", [])

    def _edit(self, segment_id: int | None, name: str, conditions: list[Condition]) -> None:
        self._editing = segment_id
        self.name.setText(name)
        while (item := self.conditions.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for condition in conditions:
            self._add_condition(condition)
        self.members_button.setEnabled(segment_id is not None)
        self._timer.start()

    def _add_condition(self, condition: Condition | None = None) -> None:
        if self._choices is None:
            return
        row = ConditionRow(self._choices, self._field_names())
        if condition is not None:
            row.set_condition(condition)
        row.changed.connect(self._timer.start)
        row.removed.connect(self._remove_condition)
        self.conditions.addWidget(row)
        self._timer.start()

    def _add_empty_condition(self) -> None:
        self._add_condition()

    def _remove_condition(self, row: QWidget) -> None:
        self.conditions.removeWidget(row)
        row.deleteLater()
        self._timer.start()

    def rule(self) -> list[Condition]:
        items = (self.conditions.itemAt(i) for i in range(self.conditions.count()))
        rows = [item.widget() for item in items if item is not None]
        return [row.condition() for row in rows if isinstance(row, ConditionRow)]

    def _count(self) -> None:
        database = self._database
        if database is None:
            return
        if self._count_task is not None:
            self._count_task.cancel()
        conditions = self.rule()
        self.count_label.setText(self.tr("Counting…"))
        self._count_task = (
            Op(
                self.tr("Counting segment members"),
                lambda *_: service.count_rule(database, conditions, date.today()),
                parent=self,
            )
            .success(self._show_count)
            .failure(lambda error: self.count_label.setText(str(error)))
            .run_in_background()
        )

    def _show_count(self, count: int) -> None:
        self._count_task = None
        text = self.tr("%n customer(s) match", "", count)
        self.count_label.setText(text.replace(str(count), format_number(count), 1))

    def _save(self) -> None:
        name = self.name.text().strip()
        if self._database is None:
            return
        if not name:
            Messages.error(self, self.tr("Not saved"), self.tr("Give the segment a name."))
            return
        from salesdesk.customers.segments import save_segment

        values = {"name": name, "rule": dump_rule(self.rule())}
        text = self.tr("Save segment {name}").format(name=name)
        self.edits.push(
            text, self._database, partial(save_segment, segment_id=self._editing, values=values)
        )

    def _saved(self, change: Change) -> None:
        """A segment was saved, or its saving undone or redone: the list shows it (a new one
        selected; an undone new one gone)."""
        segment_id = created(change, "segment")
        if segment_id is not None:
            self._editing = segment_id
        elif any(step.after is None for step in change):
            self._editing = None
        self.reload(select=self._editing)
        self.segments_changed.emit()
