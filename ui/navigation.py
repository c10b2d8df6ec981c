"""The pages of the navigation bar, in the order the main window shows them (Ctrl+1..7).

Each is named here without importing it: the window lists them all at start-up and builds a
section, importing its module, only when it is first shown (SPEC §11 B1).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.section import AppContext, Section


@dataclass(frozen=True)
class SectionSpec:
    """A section by name: its module and class, its title and its icon. The title is the
    source text of the section's own ``self.tr(...)``, so it is translated in the class's
    context by the same entry (a test checks both agree)."""

    module: str
    class_name: str
    title_source: str
    icon_name: str

    @property
    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_source)

    def section_class(self) -> type[Section]:
        section_class = getattr(importlib.import_module(self.module), self.class_name)
        assert issubclass(section_class, Section)
        return section_class


def _spec(feature: str, class_name: str, title: str) -> SectionSpec:
    return SectionSpec(f"ui.{feature}.section", class_name, title, feature)


SECTIONS: list[SectionSpec] = [
    _spec("dashboard", "DashboardSection", "Dashboard"),
    _spec("team", "TeamSection", "Team"),
    _spec("customers", "CustomersSection", "Customers"),
    _spec("pipeline", "PipelineSection", "Pipeline"),
    _spec("goals", "GoalsSection", "Goals"),
    _spec("strategy", "StrategySection", "Strategy"),
    _spec("reports", "ReportsSection", "Reports"),
]

__all__ = ["SECTIONS", "AppContext", "Section", "SectionSpec"]
