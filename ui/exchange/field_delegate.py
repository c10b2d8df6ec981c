"""The "Imported as" cells of the mapping step: a drop-down of the kind's fields.

The editors stay open on every row (the view opens them persistently), so the mapping reads
like a form; a choice is written to the model the moment it is made.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.exchange.mapping_model import NOT_IMPORTED, ImportMappingModel
from ui.widgets.item_models import AnyIndex


class FieldDelegate(QStyledItemDelegate):
    def __init__(self, model: ImportMappingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
        for name, label in self._model.fields():
            combo.addItem(label, name)
        combo.setMaxVisibleItems(20)
        combo.activated.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
