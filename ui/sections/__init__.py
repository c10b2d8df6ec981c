"""The pages of the navigation bar, in the order the main window shows them (Ctrl+1..6)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.sections.base import AppContext, Section
from ui.sections.later import CustomersSection, GoalsSection, LaterSection, StrategySection


class _PendingSection(LaterSection):
    """Stands in for a section whose module has not landed yet (see :func:`_section`)."""

    pending_title = ""
    pending_icon = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("Navigation", self.pending_title)
        self._present(title, self.pending_icon, "")


def _section(module: str, class_name: str, title: str) -> type[Section]:
    """The section class, or a "later" page while its module is still being written.

    Dashboard, Team and Reports are written in parallel with the main window; this guard keeps
    the application running until they land. Any other import error still surfaces.
    """
    name = f"ui.sections.{module}"
    try:
        return getattr(importlib.import_module(name), class_name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
    return type(class_name, (_PendingSection,), {"pending_title": title, "pending_icon": module})


SECTIONS: list[type[Section]] = [
    _section("dashboard", "DashboardSection", "Dashboard"),
    _section("team", "TeamSection", "Team"),
    CustomersSection,
    GoalsSection,
    StrategySection,
    _section("reports", "ReportsSection", "Reports"),
]

__all__ = ["SECTIONS", "AppContext", "Section"]
