"""The pages of the navigation bar, in the order the main window shows them (Ctrl+1..7)."""

from __future__ import annotations

from ui.pipeline.section import PipelineSection
from ui.sections.base import AppContext, Section
from ui.sections.customers import CustomersSection
from ui.sections.dashboard import DashboardSection
from ui.sections.goals import GoalsSection
from ui.sections.reports import ReportsSection
from ui.sections.strategy import StrategySection
from ui.sections.team import TeamSection

SECTIONS: list[type[Section]] = [
    DashboardSection,
    TeamSection,
    CustomersSection,
    PipelineSection,
    GoalsSection,
    StrategySection,
    ReportsSection,
]

__all__ = ["SECTIONS", "AppContext", "Section"]
