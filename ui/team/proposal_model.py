"""The customers of an assignment proposal, one a row, for its preview to edit: each can be
left out (its check box) or given to another of the members who cover it (the To column).

The model keeps only the edits (customer → member, or None: left out); the dialog asks
:meth:`salesdesk.team.assignment.Proposal.revised` for what they make of the proposal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from salesdesk.formatting import MISSING, format_money

if TYPE_CHECKING:
    from salesdesk.team.assignment import Move, Proposal

AnyIndex = QModelIndex | QPersistentModelIndex
CUSTOMER, REVENUE, REASON, FROM, TO = range(5)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # (member id, name) the To column offers

_NO_INDEX = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ProposalMovesModel(QAbstractTableModel):
    """One row per proposed move; ``edited`` fires after each change the user makes."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._proposal: Proposal | None = None
        self._currency = "RUB"
        self._owners: dict[int, int | None] = {}  # the user's edits, by customer id
        self._headers = [
            self.tr("Customer"),
            self.tr("Revenue"),
            self.tr("Why"),
            self.tr("From"),
            self.tr("To"),
        ]
        # imported here: the assignment module brings SQLAlchemy, which start-up must not load
        from salesdesk.team.assignment import OWNER_LEFT, REBALANCE, UNOWNED

        self._reasons = {
            UNOWNED: self.tr("No owner"),
            OWNER_LEFT: self.tr("Owner left"),
            REBALANCE: self.tr("Owner overloaded"),
        }

    def set_proposal(self, proposal: Proposal | None, currency: str) -> None:
        """A new proposal, as proposed: the edits of the previous one are dropped."""
        self.beginResetModel()
        self._proposal, self._currency, self._owners = proposal, currency, {}
        self.endResetModel()

    def owners(self) -> dict[int, int | None]:
        return dict(self._owners)

    def _moves(self) -> list[Move]:
        return self._proposal.moves if self._proposal is not None else []

    def _owner(self, move: Move) -> int | None:
        return self._owners.get(move.customer_id, move.to_member_id)

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._moves())

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CUSTOMER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == TO and self._owner(self._moves()[index.row()]) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self._proposal is None:
            return None
        move, column = self._moves()[index.row()], index.column()
        if role in (_DISPLAY, _TOOLTIP):
            return self._text(move, column)
        if role == _CHECK and column == CUSTOMER:
            kept = self._owner(move) is not None
            return Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked
        if column == TO:
            return self._owner_data(move, role)
        return _RIGHT if role == _ALIGNMENT and column == REVENUE else None

    def _owner_data(self, move: Move, role: int) -> Any:
        assert self._proposal is not None
        if role == _EDIT:
            return self._owner(move)
        if role == CHOICES_ROLE:
            return [(m, self._proposal.name_of(m)) for m in _offered(move)]
        return None

    def _text(self, move: Move, column: int) -> str:
        assert self._proposal is not None
        if column == CUSTOMER:
            return move.customer_name
        if column == REVENUE:
            return format_money(move.revenue, self._currency, decimals=0)
        if column == REASON:
            return self._reasons.get(move.reason, move.reason)
        if column == FROM:
            return self._proposal.name_of(move.from_member_id) or MISSING
        owner = self._owner(move)
        return self._proposal.name_of(owner) if owner is not None else self.tr("not moved")

    def setData(self, index: AnyIndex, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid():
            return False
        move = self._moves()[index.row()]
        if role == _CHECK and index.column() == CUSTOMER:
            kept = Qt.CheckState(value) == Qt.CheckState.Checked
            self._owners[move.customer_id] = move.to_member_id if kept else None
        elif role == _EDIT and index.column() == TO and value in _offered(move):
            self._owners[move.customer_id] = int(value)
        else:
            return False
        if self._owners[move.customer_id] == move.to_member_id:
            del self._owners[move.customer_id]  # back to as proposed
        first, last = self.index(index.row(), CUSTOMER), self.index(index.row(), TO)
        self.dataChanged.emit(first, last, [_DISPLAY, _CHECK, _EDIT, _TOOLTIP])
        self.edited.emit()
        return True


def _offered(move: Move) -> tuple[int, ...]:
    """The members the To column offers: the proposed one and the others who cover it."""
    return tuple(dict.fromkeys((move.to_member_id, *move.choices)))


class OwnerDelegate(QStyledItemDelegate):
    """The To column edited with a list of the members who cover the customer."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for member_id, name in index.data(CHOICES_ROLE) or []:
            combo.addItem(name, member_id)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(_EDIT)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), _EDIT)
