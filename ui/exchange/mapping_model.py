"""The wizard's mapping step: one row per column of the file, and the field it becomes.

The "Imported as" cell is edited with a list of the kind's fields (and "not imported"). A
field goes to one column only: giving it to a column takes it from the column that had it,
the same rule as ``--map`` on the command line, so the mapping can never name a field twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.widgets.item_models import NO_INDEX, AnyIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole

COLUMN, FIELD, EXAMPLE = range(3)
NOT_IMPORTED = ""  # the edit value of a column that is left out
EXAMPLES_SHOWN = 3


class ImportMappingModel(QAbstractTableModel):
    """File column -> field name; ``fields`` lists (name, label) in the order offered."""

    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._examples: tuple[str, ...] = ()
        self._fields: tuple[tuple[str, str], ...] = ()
        self._labels: dict[str, str] = {}
        self._mapping: dict[str, str] = {}

    def set_columns(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        fields: Sequence[tuple[str, str]],
        mapping: Mapping[str, str],
    ) -> None:
        """A new file (or kind): its headers, preview rows, the kind's fields, the guess."""
        self.beginResetModel()
        self._headers = tuple(headers)
        self._examples = tuple(_examples(rows, column) for column in range(len(headers)))
        self._fields = tuple(fields)
        self._labels = dict(fields)
        self._mapping = _valid(mapping, self._headers, self._labels)
        self.endResetModel()
        self.mapping_changed.emit()

    def set_mapping(self, mapping: Mapping[str, str]) -> None:
        """Replaces the mapping (a saved one); columns the file lacks are passed over."""
        self._mapping = _valid(mapping, self._headers, self._labels)
        if self._headers:
            last = len(self._headers) - 1
            self.dataChanged.emit(
                self.index(0, FIELD), self.index(last, FIELD), [_DISPLAY, _EDIT, _FOREGROUND]
            )
        self.mapping_changed.emit()

    def mapping(self) -> dict[str, str]:
        """File column -> field name, in the file's column order."""
        return {h: self._mapping[h] for h in self._headers if h in self._mapping}

    def field_labels(self) -> dict[str, str]:
        """File column -> the label of its field, for the preview's headers."""
        return {column: self._labels[name] for column, name in self.mapping().items()}

    def fields(self) -> tuple[tuple[str, str], ...]:
        return self._fields

    # --- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        column = index.column()
        field = self._mapping.get(self._headers[index.row()], NOT_IMPORTED)
        if role == _DISPLAY:
            return self._display(index.row(), column, field)
        if role == _EDIT and column == FIELD:
            return field
        if role == _TOOLTIP and column == EXAMPLE:
            return self._examples[index.row()]
        if role == _FOREGROUND and column == FIELD and not field:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _display(self, row: int, column: int, field: str) -> str:
        if column == COLUMN:
            return self._headers[row]
        if column == EXAMPLE:
            return self._examples[row]
        return self._labels[field] if field else self.tr("— not imported —")

    def setData(self, index: AnyIndex, value: object, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != FIELD or role != _EDIT:
            return False
        field = str(value or NOT_IMPORTED)
        if field and field not in self._labels:
            return False
        header = self._headers[index.row()]
        if self._mapping.get(header, NOT_IMPORTED) == field:
            return True
        changed_rows = [index.row()]
        for row, other in enumerate(self._headers):  # the field's previous column lets go
            if field and other != header and self._mapping.get(other) == field:
                del self._mapping[other]
                changed_rows.append(row)
        if field:
            self._mapping[header] = field
        else:
            self._mapping.pop(header, None)
        for row in changed_rows:
            cell = self.index(row, FIELD)
            self.dataChanged.emit(cell, cell, [_DISPLAY, _EDIT, _FOREGROUND])
        self.mapping_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 3:
            return (self.tr("Column in the file"), self.tr("Imported as"), self.tr("Examples"))[
                section
            ]
        return super().headerData(section, orientation, role)


def _examples(rows: Sequence[Sequence[str]], column: int) -> str:
    """The first few different non-empty values of a column."""
    seen: list[str] = []
    for row in rows:
        value = row[column].strip() if column < len(row) else ""
        if value and value not in seen:
            seen.append(value)
            if len(seen) == EXAMPLES_SHOWN:
                break
    return ", ".join(seen)


def _valid(
    mapping: Mapping[str, str], headers: Sequence[str], labels: Mapping[str, str]
) -> dict[str, str]:
    """The part of ``mapping`` that fits this file and kind, each field once (first wins)."""
    result: dict[str, str] = {}
    for header in headers:
        field = mapping.get(header, NOT_IMPORTED)
        if field in labels and field not in result.values():
            result[header] = field
    return result
