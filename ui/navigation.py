"""The pages of the navigation bar, in the order the main window shows them (Ctrl+1..7)."""

from __future__ import annotations

from ui.customers.section import CustomersSection
from ui.dashboard.section import DashboardSection
from ui.goals.section import GoalsSection
from ui.pipeline.section import PipelineSection
from ui.reports.section import ReportsSection
from ui.section import AppContext, Section
from ui.strategy.section import StrategySection
from ui.team.section import TeamSection

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
