"""The Team section's commands: reshaping the organisation and its coverage.

Each command asks what it needs (a dialog), then pushes a core edit of
:mod:`salesdesk.team.edits` or :mod:`salesdesk.team.coverage` onto the main window's undo
stack (:class:`ui.undo.Edits`); the edit is made on the database's writer and the section
reads the tree again when it commits. A refused edit says why and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from salesdesk.formatting import MISSING
from salesdesk.team import edits as team_edits
from salesdesk.team.tree import ROLE_ORDER, MemberNode, TeamNode

from ui.dialogs.conflict import (
    ConflictChoice,
    ConflictDialog,
    Difference,
    differences,
    shown_by_label,
)
from ui.dialogs.messages import Confirm
from ui.tasks import Op
from ui.team.assignment_dialog import AssignmentDialog
from ui.team.editors import (
    HolderDialog,
    LeavingDialog,
    MemberDialog,
    MoveDialog,
    TeamDialog,
)
from ui.undo import EditCommand, Edits

if TYPE_CHECKING:
    from salesdesk.store.changes import Edit
    from salesdesk.team.assignment import Proposal
    from salesdesk.team.coverage import CoverageItem, Holder

    from ui.team.section import TeamSection
    from ui.team.tree_model import NodeKey

Node = TeamNode | MemberNode


class TeamCommands(QObject):
    """The actions of the tree's toolbar and menu, and the edits behind them."""

    def __init__(self, section: TeamSection) -> None:
        super().__init__(section)
        self._section = section
        self.edits = Edits(section, title=lambda: section.title, changed=section.after_edit)
        self.new_team_action = self._action(self.tr("New &team…"), self.new_team, "Ctrl+Shift+T")
        self.new_member_action = self._action(
            self.tr("New &member…"), self.new_member, "Ctrl+Shift+M"
        )
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected, "F2")
        self.move_action = self._action(self.tr("Mo&ve to team…"), self.move_selected)
        self.left_action = self._action(self.tr("Mark as &left…"), self.toggle_left)
        self.delete_action = self._action(self.tr("&Delete…"), self.delete_selected, "Del")
        self.role_actions: dict[str, QAction] = {}
        for role in ROLE_ORDER:
            action = self._action(section.model.role_label(role), partial(self.set_role, role))
            action.setCheckable(True)
            self.role_actions[role] = action

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self._section)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._section.addAction(action)
        return action

    def update_actions(self, node: Node | None, editable: bool) -> None:
        self.new_team_action.setEnabled(editable)
        self.new_member_action.setEnabled(editable)
        for action in (self.edit_action, self.delete_action, self.move_action):
            action.setEnabled(editable and node is not None)
        member = node if isinstance(node, MemberNode) else None
        self.left_action.setEnabled(editable and member is not None)
        has_left = member is not None and member.left_on is not None
        self.left_action.setText(
            self.tr("Mark as &active again") if has_left else self.tr("Mark as &left…")
        )
        for role, action in self.role_actions.items():
            action.setEnabled(editable and member is not None)
            action.setChecked(member is not None and member.role == role)

    # --- making edits ---------------------------------------------------------------------

    def perform(self, text: str, edit: Edit) -> EditCommand | None:
        """Puts an edit on the undo stack, which makes it; None when the file is read-only."""
        database = self._section.database
        if database is None or not self._section.editable:
            return None
        return self.edits.push(text, database, edit)

    # --- the tree -------------------------------------------------------------------------

    def _team_of_selection(self) -> int | None:
        """The selected team, or the selected member's: where something new goes."""
        node = self._section.selected_node()
        return node.id if isinstance(node, TeamNode) else getattr(node, "team_id", None)

    def new_team(self) -> None:
        model = self._section.model
        choice = TeamDialog.ask(
            self._section,
            None,
            model.teams(),
            self._active_members(),
            parent_id=self._team_of_selection(),
        )
        if choice is None:
            return
        edit = partial(
            team_edits.new_team,
            name=choice.name,
            parent_id=choice.parent_id,
            lead_member_id=choice.lead_member_id,
        )
        self.perform(self.tr("New team {name}").format(name=choice.name), edit)

    def new_member(self) -> None:
        model = self._section.model
        choice = MemberDialog.ask(
            self._section,
            None,
            model.teams(),
            model.members(),
            self._role_labels(),
            team_id=self._team_of_selection(),
        )
        if choice is None:
            return
        name = choice.values["name"]
        edit = partial(team_edits.new_member, values=choice.values)
        self.perform(self.tr("New member {name}").format(name=name), edit)

    def edit_selected(self) -> None:
        self.edit_node(self._section.selected_node())

    def edit_node(self, node: Node | None) -> None:
        """Opens the team's or member's editor (Edit…, or a double-click on its row)."""
        if not self._section.editable:
            return
        if isinstance(node, TeamNode):
            self._edit_team(node)
        elif isinstance(node, MemberNode):
            self._edit_member(node)

    def _edit_team(self, team: TeamNode) -> None:
        model = self._section.model
        choice = TeamDialog.ask(self._section, team, model.teams(), self._active_members())
        if choice is None:
            return
        edit = partial(
            team_edits.edit_team,
            team_id=team.id,
            name=choice.name,
            lead_member_id=choice.lead_member_id,
            parent_id=choice.parent_id,
        )
        self.perform(self.tr("Edit team {name}").format(name=choice.name), edit)

    def _edit_member(self, member: MemberNode, mine: dict[str, Any] | None = None) -> None:
        """The member's editor, showing ``mine`` (values of an edit to try again) if given."""
        model = self._section.model
        shown = replace(member, **mine) if mine else member
        choice = MemberDialog.ask(
            self._section, shown, model.teams(), model.members(), self._role_labels()
        )
        if choice is not None:
            self._save_member(member, choice.values, member.version)

    def _save_member(self, member: MemberNode, values: dict[str, Any], version: int | None) -> None:
        """Saves ``values`` made from ``version`` of the member: when someone else saved the
        member since, the user chooses (no lost update, SPEC §13)."""
        made_from = values if version is None else {**values, "version": version}
        edit = partial(team_edits.edit_member, member_id=member.id, values=made_from)
        command = self.perform(self.tr("Edit member {name}").format(name=values["name"]), edit)
        if command is not None:
            command.when_made(lambda _change: None, partial(self._member_refused, member, values))

    def _member_refused(
        self, member: MemberNode, values: dict[str, Any], error: BaseException
    ) -> None:
        from salesdesk.store.editing import EditConflictError

        if not isinstance(error, EditConflictError):
            self.edits.report(error)
            return
        theirs = error.theirs
        choice = ConflictDialog.ask(self._section, self._member_differences(theirs, values))
        if choice is ConflictChoice.OVERWRITE:
            self._save_member(member, values, theirs.get("version"))
        elif choice is ConflictChoice.EDIT_AGAIN:
            self._edit_member(replace(member, version=theirs.get("version")), values)
        # keep theirs: the tree shows their member once it reloads

    def _member_differences(self, theirs: dict[str, Any], mine: dict[str, Any]) -> list[Difference]:
        """The fields where my edit and their saved member differ, as the editor shows them."""
        model = self._section.model
        bosses: dict[Any, str] = {m.id: m.name for m in model.members()}
        bosses[team_edits.DEFAULT_BOSS] = self.tr("The team's lead")
        names: dict[str, dict[Any, str]] = {
            "team_id": {t.id: t.name for t in model.teams()},
            "reports_to_id": bosses,
            "role": dict(self._role_labels()),
        }
        labels = {
            "name": self.tr("Name"), "role": self.tr("Role"), "team_id": self.tr("Team"),
            "reports_to_id": self.tr("Reports to"), "email": self.tr("Email"),
            "phone": self.tr("Phone"), "capacity": self.tr("Capacity"),
        }  # fmt: skip

        def shown(key: str, value: Any) -> str:
            if value in (None, ""):
                return MISSING
            return str(names[key].get(value, value)) if key in names else str(value)

        return differences(
            shown_by_label(labels, theirs, mine, shown), shown_by_label(labels, mine, mine, shown)
        )

    def rename(self, key: NodeKey, name: str) -> None:
        kind, row_id = key
        if kind == "team":
            text = self.tr("Rename team to {name}").format(name=name)
        else:
            text = self.tr("Rename member to {name}").format(name=name)
        self.perform(text, partial(team_edits.rename, kind=kind, row_id=row_id, name=name))

    def move_nodes(self, keys: list[NodeKey], team_id: int | None) -> EditCommand | None:
        """Moves members and whole teams into a team (None: to the top level), as one step."""
        model = self._section.model
        target = model.index_of_team(team_id) if team_id is not None else QModelIndex()
        where = target.data() if target.isValid() else self.tr("the top level")
        names = [self._name_of(key) for key in keys]
        if len(names) == 1:
            text = self.tr("Move {name} to {target}").format(name=names[0], target=where)
        else:
            text = self.tr("Move {name} and %n more to {target}", "", len(names) - 1).format(
                name=names[0], target=where
            )
        return self.perform(text, partial(team_edits.move_nodes, keys=keys, team_id=team_id))

    def move_selected(self) -> None:
        """Move to team…: the keyboard's way of dragging the selected row onto a team."""
        node = self._section.selected_node()
        if node is None or not self._section.editable:
            return
        current = node.parent_id if isinstance(node, TeamNode) else node.team_id
        answer = MoveDialog.ask(self._section, node, self._section.model.teams(), current)
        if answer is not None and answer[0] != current:
            kind = "team" if isinstance(node, TeamNode) else "member"
            self.move_nodes([(kind, node.id)], answer[0])

    def _name_of(self, key: NodeKey) -> str:
        model = self._section.model
        kind, row_id = key
        index = model.index_of_team(row_id) if kind == "team" else model.index_of_member(row_id)
        return str(index.data()) if index.isValid() else str(row_id)

    def set_role(self, role: str) -> None:
        node = self._section.selected_node()
        if isinstance(node, MemberNode) and node.role != role:
            text = self.tr("{name} becomes {role}").format(
                name=node.name, role=self._section.model.role_label(role)
            )
            edit = partial(team_edits.update_member, member_id=node.id, changes={"role": role})
            self.perform(text, edit)

    def toggle_left(self) -> None:
        """Marks the selected member as having left (asking the last day), or back."""
        node = self._section.selected_node()
        if not isinstance(node, MemberNode):
            return
        if node.left_on is not None:
            text = self.tr("{name} is active again").format(name=node.name)
            self.perform(text, partial(team_edits.mark_left, member_id=node.id, on=None))
            return
        day = LeavingDialog.ask(self._section, node.name, date.today())
        if day is not None:
            text = self.tr("{name} left").format(name=node.name)
            self.perform(text, partial(team_edits.mark_left, member_id=node.id, on=day))

    def delete_selected(self) -> None:
        """Deletes the selected team or member, after saying what depends on it (read in
        the background first)."""
        from salesdesk.team import service

        node, database = self._section.selected_node(), self._section.database
        if node is None or database is None or not self._section.editable:
            return
        (
            Op(
                self.tr("Reading what depends on {name}").format(name=node.name),
                lambda *_: service.dependents(database, node),
                parent=self,
            )
            .success(lambda dependents: self._confirm_delete(node, dependents))
            .failure(self.edits.report)
            .run_in_background()
        )

    def _confirm_delete(self, node: Node, dependents: list[str]) -> None:
        if dependents and not Confirm.ask(
            self._section,
            self.tr("Delete"),
            self.tr("Delete {name}?").format(name=node.name),
            self._dependents_text(node, dependents),
        ):
            return
        if isinstance(node, TeamNode):
            edit: Edit = partial(team_edits.delete_team, team_id=node.id)
        else:
            edit = partial(team_edits.delete_member, member_id=node.id)
        self.perform(self.tr("Delete {name}").format(name=node.name), edit)

    def _dependents_text(self, node: Node, dependents: list[str]) -> str:
        uses = self.tr("In use by: {list}.").format(list=", ".join(dependents))
        if isinstance(node, TeamNode):
            after = self.tr(
                "Its members and sub-teams move up to its parent team, its goals pass to the "
                "parent team and its coverage is removed."
            )
        else:
            after = self.tr(
                "Their customers become unowned, members reporting to them report to their "
                "boss, and their coverage is removed. A member with sales keeps them: mark "
                "them as having left instead."
            )
        return f"{uses}\n\n{after}\n\n" + self.tr("You can undo this with Edit > Undo.")

    # --- coverage -------------------------------------------------------------------------

    def assign_coverage(self, item: CoverageItem) -> None:
        from salesdesk.team import coverage

        context = self._section.context
        if context is None:
            return
        chosen = HolderDialog.ask(
            self._section, item.name, self._active_members(), self._section.model.teams()
        )
        if chosen is None:
            return
        edit = partial(coverage.assign_holder, mode=context.lens, item_id=item.id, holder=chosen)
        self.perform(self.tr("Assign {item}").format(item=item.name), edit)

    def unassign_coverage(self, item: CoverageItem, holder: Holder) -> None:
        from salesdesk.team import coverage

        self.perform(
            self.tr("Unassign {name} from {item}").format(name=holder.name, item=item.name),
            partial(coverage.unassign, coverage_id=holder.coverage_id),
        )

    def propose_owners(self) -> None:
        context, database = self._section.context, self._section.database
        if context is None or database is None or not self._section.editable:
            return
        proposal = AssignmentDialog.ask(
            self._section,
            database,
            mode=context.lens,
            period=context.period,
            currency=context.currency,
        )
        if proposal is not None and not proposal.empty:
            self.apply_proposal(proposal)

    def apply_proposal(self, proposal: Proposal) -> EditCommand | None:
        """Writes the proposal as one transaction on the writer, then one undo step."""
        from salesdesk.team.assignment import apply_proposal

        text = self.tr("Assign owners to %n customer(s)", "", len(proposal.moves))
        return self.perform(text, partial(apply_proposal, proposal=proposal))

    # --- helpers --------------------------------------------------------------------------

    def _active_members(self) -> list[MemberNode]:
        today = date.today()
        return [m for m in self._section.model.members() if not m.has_left(today)]

    def _role_labels(self) -> dict[str, str]:
        model = self._section.model
        return {role: model.role_label(role) for role in ROLE_ORDER}
