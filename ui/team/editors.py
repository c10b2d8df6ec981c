"""Small editors of the Team section: a team, a member, a leaving date, a team to move to.

Each dialog has a classmethod (``ask``/``edit``) returning the user's answer or None, the seam
tests replace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from salesdesk.team.edits import DEFAULT_BOSS
from salesdesk.team.tree import ROLE_ORDER, MemberNode, TeamNode

from ui.dialogs.buttons import ok_cancel
from ui.widgets.dates import date_edit, day_of
from ui.widgets.field_errors import FieldErrors, watch_email


@dataclass(frozen=True)
class TeamChoice:
    name: str
    parent_id: int | None
    lead_member_id: int | None


@dataclass(frozen=True)
class MemberChoice:
    values: dict[str, Any]  # member fields; reports_to_id may be DEFAULT_BOSS


def _fill(combo: QComboBox, entries: list[tuple[str, Any]], current: Any) -> None:
    for text, data in entries:
        combo.addItem(text, data)
    found = combo.findData(current)
    combo.setCurrentIndex(max(found, 0))


class TeamDialog(QDialog):
    """Name, parent team and lead of a new or existing team."""

    def __init__(
        self,
        team: TeamNode | None,
        teams: list[TeamNode],
        members: list[MemberNode],
        parent: QWidget | None = None,
        *,
        parent_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit team") if team else self.tr("New team"))
        self.name_edit = QLineEdit(team.name if team else "")
        self.name_edit.setMinimumWidth(280)
        self.parent_combo = QComboBox()
        own = team.id if team else None
        choices = [(t.name, t.id) for t in teams if t.id != own]
        _fill(
            self.parent_combo,
            [(self.tr("(top level)"), None), *choices],
            team.parent_id if team else parent_id,
        )
        self.lead_combo = QComboBox()
        _fill(
            self.lead_combo,
            [(self.tr("(no lead)"), None), *((m.name, m.id) for m in members)],
            team.lead_member_id if team else None,
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Part of:"), self.parent_combo)
        form.addRow(self.tr("Lead:"), self.lead_combo)
        self.buttons = ok_cancel(self)
        form.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def choice(self) -> TeamChoice:
        return TeamChoice(
            self.name_edit.text().strip(),
            self.parent_combo.currentData(),
            self.lead_combo.currentData(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        team: TeamNode | None,
        teams: list[TeamNode],
        members: list[MemberNode],
        *,
        parent_id: int | None = None,
    ) -> TeamChoice | None:
        dialog = cls(team, teams, members, parent, parent_id=parent_id)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MemberDialog(QDialog):
    """A member's name, role, team, reporting line, contacts and capacity."""

    def __init__(
        self,
        member: MemberNode | None,
        teams: list[TeamNode],
        members: list[MemberNode],
        role_labels: dict[str, str],
        parent: QWidget | None = None,
        *,
        team_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("New member"))
        self.name_edit = QLineEdit(member.name if member else "")
        self.name_edit.setMinimumWidth(280)
        self.role_combo = QComboBox()
        roles = [(role_labels[r], r) for r in ROLE_ORDER]
        _fill(self.role_combo, roles, member.role if member else "representative")
        self.team_combo = QComboBox()
        _fill(
            self.team_combo,
            [(self.tr("(no team)"), None), *((t.name, t.id) for t in teams)],
            member.team_id if member else team_id,
        )
        self.boss_combo = QComboBox()
        others = [(m.name, m.id) for m in members if member is None or m.id != member.id]
        boss = member.reports_to_id if member else DEFAULT_BOSS
        entries = [(self.tr("The team's lead"), DEFAULT_BOSS), (self.tr("(nobody)"), None)]
        _fill(self.boss_combo, [*entries, *others], boss)
        self.email_edit = QLineEdit(member.email or "" if member else "")
        self.phone_edit = QLineEdit(member.phone or "" if member else "")
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText(self.tr("no limit"))
        self.capacity_spin.setValue((member.capacity or 0) if member else 0)
        self.capacity_spin.setToolTip(self.tr("The most current accounts this member can hold."))
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Role:"), self.role_combo)
        form.addRow(self.tr("Team:"), self.team_combo)
        form.addRow(self.tr("Reports to:"), self.boss_combo)
        self.errors = FieldErrors()
        form.addRow(self.tr("Email:"), self.errors.wrap("email", self.email_edit))
        self._email_ok = watch_email(self.errors, "email", self.email_edit)
        form.addRow(self.tr("Phone:"), self.phone_edit)
        form.addRow(self.tr("Capacity:"), self.capacity_spin)
        self.buttons = ok_cancel(self)
        form.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        """Refuses an address that is not one, at its field."""
        if self._email_ok():
            super().accept()

    def choice(self) -> MemberChoice:
        return MemberChoice(
            {
                "name": self.name_edit.text().strip(),
                "role": self.role_combo.currentData(),
                "team_id": self.team_combo.currentData(),
                "reports_to_id": self.boss_combo.currentData(),
                "email": self.email_edit.text().strip() or None,
                "phone": self.phone_edit.text().strip() or None,
                "capacity": self.capacity_spin.value() or None,
            }
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        member: MemberNode | None,
        teams: list[TeamNode],
        members: list[MemberNode],
        role_labels: dict[str, str],
        *,
        team_id: int | None = None,
    ) -> MemberChoice | None:
        dialog = cls(member, teams, members, role_labels, parent, team_id=team_id)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LeavingDialog(QDialog):
    """The last working day of a member who leaves."""

    def __init__(self, name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as left"))
        self.date_edit = date_edit(today)
        form = QFormLayout(self)
        form.addRow(self.tr("Last day of {name}:").format(name=name), self.date_edit)
        form.addRow(ok_cancel(self))

    def chosen(self) -> date:
        return day_of(self.date_edit)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, today: date) -> date | None:
        dialog = cls(name, today, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MoveDialog(QDialog):
    """Which team to move a member or a team into: Move to team…, drag and drop's keyboard
    twin. A team cannot go into itself or its own sub-teams, so those are not offered."""

    def __init__(
        self,
        node: MemberNode | TeamNode,
        teams: list[TeamNode],
        current: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to team"))
        inside = {t.id for t in _with_sub_teams(node)} if isinstance(node, TeamNode) else set()
        none = self.tr("(top level)") if isinstance(node, TeamNode) else self.tr("(no team)")
        self.team_combo = QComboBox()
        choices = [(t.name, t.id) for t in teams if t.id not in inside]
        _fill(self.team_combo, [(none, None), *choices], current)
        form = QFormLayout(self)
        form.addRow(self.tr("Move {name} to:").format(name=node.name), self.team_combo)
        form.addRow(ok_cancel(self))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        node: MemberNode | TeamNode,
        teams: list[TeamNode],
        current: int | None,
    ) -> tuple[int | None] | None:
        """The chosen team as a one-tuple (None inside: no team); None when cancelled."""
        dialog = cls(node, teams, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (dialog.team_combo.currentData(),)


def _with_sub_teams(team: TeamNode) -> list[TeamNode]:
    return [team, *(sub for child in team.children for sub in _with_sub_teams(child))]


class HolderDialog(QDialog):
    """Who should cover an item: an active member or a team."""

    def __init__(
        self,
        item_name: str,
        members: list[MemberNode],
        teams: list[TeamNode],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign coverage"))
        self.holder_combo = QComboBox()
        for team in teams:
            self.holder_combo.addItem(
                self.tr("Team {name}").format(name=team.name), ("team", team.id)
            )
        for member in members:
            self.holder_combo.addItem(member.name, ("member", member.id))
        form = QFormLayout(self)
        form.addRow(self.tr("{item} is covered by:").format(item=item_name), self.holder_combo)
        form.addRow(ok_cancel(self))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        item_name: str,
        members: list[MemberNode],
        teams: list[TeamNode],
    ) -> tuple[str, int] | None:
        dialog = cls(item_name, members, teams, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        kind, holder_id = dialog.holder_combo.currentData()
        return str(kind), int(holder_id)
