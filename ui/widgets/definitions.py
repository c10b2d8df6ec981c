"""A metric's one-sentence definition as the tooltip of its card or column (issue 10 Explain).

The sentences are written once, in :mod:`salesdesk.metrics.glossary`; the reports print the
same ones on their glossary page. ``rules`` puts the database's own windows (retention,
at-risk and complaint days) into them; without it they say the defaults.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableWidget

if TYPE_CHECKING:
    from salesdesk.metrics.status import StatusRules


def metric_tip(term: str | None, rules: StatusRules | None = None) -> str | None:
    """The definition of ``term`` (a key of the glossary), or None for what is no metric."""
    # imported here: the glossary's settings bring SQLAlchemy, which the window shows without
    from salesdesk.metrics.glossary import TERMS, definition

    return definition(term, rules) if term in TERMS else None


def set_header_tips(
    table: QTableWidget, terms: Sequence[str | None], rules: StatusRules | None = None
) -> None:
    """Each header of ``table`` whose column shows a metric says its definition."""
    for column, term in enumerate(terms):
        item = table.horizontalHeaderItem(column)
        tip = metric_tip(term, rules)
        if item is not None and tip is not None:
            item.setToolTip(tip)
