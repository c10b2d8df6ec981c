"""The contract of a navigation page: :class:`Section` and the :class:`AppContext` it shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from salesdesk.store.login import EVERYTHING, Visibility

if TYPE_CHECKING:
    from salesdesk.periods import Period
    from salesdesk.store.db import Database

LENSES = ("geographic", "product", "customer")


@dataclass(frozen=True)
class AppContext:
    """What every section shows: the open database, the chosen period and lens."""

    database: Database | None  # None: no database is open (the window shows its empty state)
    period: Period
    lens: str  # one of LENSES; picks the default breakdown
    currency: str  # ISO 4217 code from the database's settings
    visibility: Visibility = EVERYTHING  # whose figures the login sees, what it may change

    @property
    def head_rights(self) -> bool:
        """Whether the login may change the team, the settings and the shared lists."""
        return self.visibility.head_rights

    @property
    def read_only(self) -> bool:
        return self.database is None or self.database.read_only


class Section(QWidget):
    """One page of the navigation bar.

    Subclasses set ``title`` with ``self.tr()`` in ``__init__`` and ``icon_name`` to the stem
    of an SVG in ``resources/icons`` (dashboard, team, customers, goals, strategy, reports).
    The main window calls :meth:`set_context` whenever the database, period or lens changes;
    a section that does slow work there must run it with :mod:`ui.tasks`.
    """

    status_message = Signal(str)  # a short note for the status bar

    title: str = ""
    icon_name: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None

    def set_context(self, context: AppContext) -> None:
        """Remembers the new context; subclasses call this, then refresh what they show."""
        self.context = context

    def focus_search(self) -> bool:
        """Edit > Find: puts the keyboard focus in this section's search box.

        False when the section has no search box, so the window can offer another one.
        """
        return False


def focus_field(field: QLineEdit) -> bool:
    """Focuses ``field`` with its text selected, so typing replaces the last search."""
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    field.selectAll()
    return True
