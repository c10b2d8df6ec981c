"""Columns that fit a laptop's screen: widths fitted to a view's width without a sideways
scroll, the width a column's title needs, and the header's menu that shows or hides columns."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from functools import partial

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle

TITLE_SLACK = 6  # px beside a column's title, so that it never touches the edges


def two_lines(title: str) -> str:
    """A column title of several words over two lines, split near its middle: "Revenue in
    period" takes the width of "Revenue in", and a list fits a laptop's screen."""
    words = title.split()
    if len(words) < 2:
        return title
    split = min(
        range(1, len(words)),
        key=lambda n: abs(len(" ".join(words[:n])) - len(" ".join(words[n:]))),
    )
    return " ".join(words[:split]) + "\n" + " ".join(words[split:])


def fit_widths(
    wanted: dict[int, int], least: dict[int, int], flexible: set[int], room: int
) -> dict[int, int]:
    """Column widths that fit ``room``: what each column wants when there is room (the spare
    room goes to the first flexible column); else the ``flexible`` ones give way in proportion
    to what they would give up, down to their ``least``."""
    excess = sum(wanted.values()) - room
    if excess <= 0:
        first = min(flexible, default=min(wanted))
        return {**wanted, first: wanted[first] - excess}
    give = {c: wanted[c] - least[c] for c in flexible}
    total = sum(give.values())
    if total <= 0:
        return dict(wanted)
    share = min(excess / total, 1)
    return {c: w - (math.ceil(give[c] * share) if c in give else 0) for c, w in wanted.items()}


def title_width(header: QHeaderView, column: int) -> int:
    """What a column's title needs: its longest line, the header's margins and, on the column
    sorted by, the arrow. (Qt's own size hint leaves room for an arrow in every column.)"""
    model = header.model()
    title = str(model.headerData(column, header.orientation()) or "") if model else ""
    metrics, style = header.fontMetrics(), header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = max(map(metrics.horizontalAdvance, title.split("\n"))) + 2 * margin + TITLE_SLACK
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        width += margin + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return width


def inner_width(view_width: int, frame: int, scroll_bar: int) -> int:
    """The width a view's columns share: its frame and a vertical scroll bar taken off, the
    bar whether it shows yet or not (rows still arriving)."""
    return view_width - 2 * frame - scroll_bar


def _show_column(
    header: QHeaderView, column: int, changed: Callable[[], None], shown: bool
) -> None:
    header.setSectionHidden(column, not shown)
    changed()


def show_column_menu(
    header: QHeaderView,
    position: QPoint,
    *,
    fixed: Collection[int] = (0,),
    changed: Callable[[], None] = lambda: None,
) -> QMenu:
    """A menu of the columns by title, ticked when shown; the ``fixed`` ones always stay."""
    menu = QMenu(header)
    model = header.model()
    for column in range(header.count()):
        title = str(model.headerData(column, header.orientation()) or "").replace("\n", " ")
        action = QAction(title, menu)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column not in fixed)
        action.toggled.connect(partial(_show_column, header, column, changed))
        menu.addAction(action)
    menu.popup(header.mapToGlobal(position))
    return menu
