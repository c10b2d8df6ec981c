"""The first rows of a file being imported, as the wizard's mapping step shows them.

Columns are the file's own; a column the mapping leaves out is greyed, and each header says
which field the column becomes, so the preview answers "what will land where" at a glance.
The rows are a few dozen short texts read by :func:`salesdesk.exchange.read_preview`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.widgets.item_models import NO_INDEX, AnyIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_HORIZONTAL = Qt.Orientation.Horizontal


class ImportPreviewModel(QAbstractTableModel):
    """Preview rows under headers "file column → field"; unmapped columns greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._field_labels: dict[str, str] = {}  # file column -> the label of its field

    def set_preview(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = tuple(tuple(row) for row in rows)
        self._field_labels = {}
        self.endResetModel()

    def set_field_labels(self, labels: Mapping[str, str]) -> None:
        """Which field each file column is imported as (absent: not imported)."""
        self._field_labels = dict(labels)
        if self._headers:
            self.headerDataChanged.emit(_HORIZONTAL, 0, len(self._headers) - 1)
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), last, [_FOREGROUND])

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return row[column] if column < len(row) else ""
        if role == _FOREGROUND and self._headers[column] not in self._field_labels:
            return _muted_colour()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation != _HORIZONTAL or not 0 <= section < len(self._headers):
            return super().headerData(section, orientation, role)
        header = self._headers[section]
        field = self._field_labels.get(header)
        if role == _DISPLAY:
            return f"{header}\n→ {field}" if field else f"{header}\n—"
        if role == _TOOLTIP:
            if field:
                return self.tr("Imported as {field}").format(field=field)
            return self.tr("Not imported")
        if role == _FOREGROUND and field is None:
            return _muted_colour()
        return None


def _muted_colour() -> object:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
