"""Finds text that does not fit: clipped labels, buttons, combo boxes, tabs, group titles and
headers, and cells elided ("Торговый предст…") with no tooltip to read the whole text.

Used by ``tests/ui/test_layout.py`` on every screen of :mod:`tools.walkthrough` at 1280×800, and
by ``tools/screenshots.py``, which prints what it finds beside the pictures. Widths are compared
with ``fontMetrics().horizontalAdvance(text)``; word-wrapped labels by the height their text
needs, rich text through a QTextDocument laid out in the label's font.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from ui.theme import TITLE_TIPS

SLACK = 1  # a pixel of rounding between a text's advance and the room it gets
ROWS_CHECKED = 60  # the visible rows of a long list say enough


@dataclass(frozen=True)
class Finding:
    widget: str  # the widget's class and accessible or object name
    text: str
    problem: str  # "clipped", "cut off by its parent" or "elided without a tooltip"
    needed: int  # pixels the text needs
    room: int  # pixels it has

    def __str__(self) -> str:
        return f"{self.widget}: {self.text!r} {self.problem} ({self.needed} px in {self.room} px)"


def audit(top: QWidget) -> list[Finding]:
    """Everything visible under ``top`` (``top`` included) whose text does not fit."""
    findings: list[Finding] = []
    for widget in _visible_widgets(top):
        findings.extend(_check(widget))
    return findings


def _visible_widgets(top: QWidget) -> Iterator[QWidget]:
    yield top
    for widget in top.findChildren(QWidget):
        if widget.isVisibleTo(top) and widget.isVisible() and not widget.isWindow():
            yield widget


def _check(widget: QWidget) -> list[Finding]:
    findings = _cut_off(widget)
    for kind, check in _CHECKS:
        if isinstance(widget, kind):
            return findings + check(widget)
    return findings


def _cut_off(widget: QWidget) -> list[Finding]:
    """A widget that reaches past its parent's right or bottom edge is cut off there — a
    layout that needs more room than it got. What a scroll area scrolls is not."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _scrolled(parent):
        return []
    overhang = max(
        widget.geometry().right() - parent.rect().right(),
        widget.geometry().bottom() - parent.rect().bottom(),
    )
    if overhang <= SLACK:
        return []
    text = _text_of(widget)
    return [Finding(_describe(widget), text, "cut off by its parent", overhang, 0)]


def _scrolled(parent: QWidget) -> bool:
    """Whether ``parent`` is the viewport of a scroll area (its children may be larger)."""
    area = parent.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _text_of(widget: QWidget) -> str:
    for name in ("text", "title", "currentText"):
        getter = getattr(widget, name, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                return value
    return ""


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}({name})" if name else type(widget).__name__


def _plain(text: str) -> str:
    """A button's or tab's text as shown: a single & marks a mnemonic and is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _advance(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _finding(widget: QWidget, text: str, needed: int, room: int) -> list[Finding]:
    if needed <= room + SLACK:
        return []
    return [Finding(_describe(widget), text, "clipped", needed, room)]


# --- labels ----------------------------------------------------------------------------------


def _check_label(label: QLabel) -> list[Finding]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    room = label.contentsRect().adjusted(label.margin(), 0, -label.margin(), 0)
    room.setWidth(room.width() - (label.indent() if label.indent() > 0 else 0))
    if _is_rich(label):
        return _check_rich_label(label, room)
    if label.wordWrap():
        return _check_wrapped_label(label, room)
    return _finding(label, text, _advance(label.fontMetrics(), text), room.width())


def _is_rich(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.RichText:
        return True
    return label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())


def _check_rich_label(label: QLabel, room: QRect) -> list[Finding]:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    if not label.wordWrap():
        return _finding(label, document.toPlainText(), round(document.idealWidth()), room.width())
    document.setTextWidth(room.width())
    needed = round(document.size().height())
    if needed > room.height() + SLACK:  # the lines it wraps into do not all show
        return [Finding(_describe(label), document.toPlainText(), "clipped", needed, room.height())]
    return _finding(label, document.toPlainText(), round(document.idealWidth()), room.width())


def _check_wrapped_label(label: QLabel, room: QRect) -> list[Finding]:
    text = label.text()
    metrics = label.fontMetrics()
    longest_word = max(text.split(), key=metrics.horizontalAdvance, default="")
    findings = _finding(label, longest_word, metrics.horizontalAdvance(longest_word), room.width())
    flags = int(Qt.TextFlag.TextWordWrap) | int(label.alignment())
    needed = metrics.boundingRect(QRect(0, 0, room.width(), 100_000), flags, text).height()
    if needed > room.height() + SLACK:
        findings.append(Finding(_describe(label), text, "clipped", needed, room.height()))
    return findings


# --- buttons, boxes, tabs --------------------------------------------------------------------


def _check_button(button: QAbstractButton) -> list[Finding]:
    text = _plain(button.text())
    if not text:
        return []
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    ):
        return []
    return _finding(button, text, _button_text_width(button, text), button.width())


def _button_text_width(button: QAbstractButton, text: str) -> int:
    """What the button needs for its text, icon and the style's own margins."""
    style = button.style()
    metrics = button.fontMetrics()
    text_width = _advance(metrics, text)
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        indicator = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            option,
            button,
        )
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, button)
        return indicator + spacing + icon + text_width
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    menu = 0
    if isinstance(button, QPushButton) and button.menu() is not None:
        menu = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return text_width + icon + margin + 2 * frame + menu


def _check_combo(combo: QComboBox) -> list[Finding]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else combo.iconSize().width() + 4
    return _finding(combo, text, _advance(combo.fontMetrics(), text) + icon, field.width() - 2)


def _check_group(box: QGroupBox) -> list[Finding]:
    title = _plain(box.title())
    if not title:
        return []
    return _finding(box, title, _advance(box.fontMetrics(), title) + 16, box.width())


def _check_tab_bar(bar: QTabBar) -> list[Finding]:
    findings: list[Finding] = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        needed = (
            _advance(metrics, text)
            + 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        )
        findings += _finding(bar, text, needed, bar.tabRect(index).width())
    return findings


# --- item views ------------------------------------------------------------------------------


def _check_header(header: QHeaderView) -> list[Finding]:
    """Every section in sight shows its whole title (a sort arrow takes room too), or ends it
    in "…" and says it whole as a tooltip (SalesDeskStyle's headers do)."""
    model = header.model()
    if model is None or not header.isVisible():
        return []
    findings: list[Finding] = []
    metrics = header.fontMetrics()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, header.orientation()) or "")
        if not text:
            continue
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == logical
        needed = _advance(metrics, text) + 2 * margin + (arrow + margin if sorted_here else 0)
        if needed <= header.sectionSize(logical) + SLACK:
            continue
        if header.textElideMode() == Qt.TextElideMode.ElideNone:
            problem = "clipped"
        elif not header.property(TITLE_TIPS):
            problem = "elided without a tooltip"
        else:
            continue  # "Resul…", the whole title in its tooltip: where unavoidable, allowed
        room = header.sectionSize(logical)
        findings.append(Finding(_describe(header), text, problem, needed, room))
    return findings


def _check_view(view: QAbstractItemView) -> list[Finding]:
    """Cells whose text is cut short must say it whole in their tooltip (the tooltip may say
    more; a product list, say, one product a line)."""
    model = view.model()
    if model is None:
        return []
    findings: list[Finding] = []
    metrics = view.fontMetrics()
    viewport = view.viewport().rect()
    # Qt's item delegates keep the focus frame's margin and a pixel free on each side.
    padding = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for index in _visible_cells(view):
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        rect = view.visualRect(index)
        if not rect.intersects(viewport):
            continue
        room = rect.width() - padding - _decoration_width(view, index)
        needed = _advance(metrics, text)
        if needed <= room + SLACK:
            continue
        tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        if not isinstance(tooltip, str) or text not in tooltip.replace("\n", " "):
            findings.append(
                Finding(_describe(view), text, "elided without a tooltip", needed, room)
            )
    return findings


def _decoration_width(view: QAbstractItemView, index: QModelIndex) -> int:
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    check = index.data(Qt.ItemDataRole.CheckStateRole)
    width = view.iconSize().width() + 4 if icon is not None else 0
    return width + (20 if check is not None else 0)


def _visible_cells(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    top = view.indexAt(view.viewport().rect().topLeft())
    row_index = top if top.isValid() else model.index(0, 0)
    for _ in range(ROWS_CHECKED):
        if not row_index.isValid():
            return
        for column in _columns(view, row_index):
            yield row_index.sibling(row_index.row(), column)
        row_index = _below(view, row_index)


def _columns(view: QAbstractItemView, index: QModelIndex) -> list[int]:
    if not isinstance(view, QTableView | QTreeView):
        return [0]  # a list shows one column
    count = view.model().columnCount(index.parent())
    return [column for column in range(count) if not view.isColumnHidden(column)]


def _below(view: QAbstractItemView, index: QModelIndex) -> QModelIndex:
    if isinstance(view, QTreeView):
        return view.indexBelow(index.sibling(index.row(), 0))
    return index.sibling(index.row() + 1, 0)


_CHECKS: tuple[tuple[type, Callable[[Any], list[Finding]]], ...] = (
    (QLabel, _check_label),
    (QAbstractButton, _check_button),
    (QComboBox, _check_combo),
    (QGroupBox, _check_group),
    (QTabBar, _check_tab_bar),
    (QHeaderView, _check_header),
    (QAbstractItemView, _check_view),
)
