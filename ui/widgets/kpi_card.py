"""A KPI card: a title, a big value and its deltas against comparison periods (SPEC §4).

A delta is an arrow, a signed change and what it compares with ("▲ +12.5% vs Q3 2026"), so
that it reads without colour; green and red only add to it. For metrics where less is better
(lost customers, customers at risk) a rise is shown in red. Rates change in percentage points
("▼ -3.2 pp"), as in the PDF reports: a relative change of a ratio misleads.

A card made ``clickable`` is a button: it takes the keyboard focus (Tab), shows it, and emits
``clicked`` on a mouse click or on Enter or Space.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from salesdesk.formatting import MISSING, format_percent, format_points

from ui.theme import is_dark
from ui.widgets.labels import mute, scale_font

_UP, _DOWN, _FLAT = "▲", "▼", "▶"

# Readable on both schemes: darker tones on a light window, lighter ones on a dark window.
_GOOD = {"light": "#1a7f37", "dark": "#56d364"}
_BAD = {"light": "#c62828", "dark": "#ff7b72"}


@dataclass(frozen=True)
class Delta:
    """A change against ``against`` (e.g. "vs Q3 2026"): relative (0.125 = +12.5 %), or with
    ``points`` a difference of two ratios (0.032 = +3.2 percentage points)."""

    change: float | None
    against: str
    points: bool = False


_PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
FOCUS_RING_WIDTH = 2


class KpiCard(QFrame):
    """One number of the dashboard with its comparisons; a button when ``clickable``."""

    clicked = Signal()

    def __init__(
        self,
        title: str,
        *,
        higher_is_better: bool = True,
        clickable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._higher_is_better = higher_is_better
        self._clickable = clickable
        if clickable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._deltas: list[Delta] = []
        self.title_label = QLabel(title)
        mute(self.title_label)
        self.value_label = QLabel(MISSING)
        scale_font(self.value_label, 1.9)
        self.delta_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        self._delta_layout = QVBoxLayout()
        self._delta_layout.setSpacing(0)
        layout.addLayout(self._delta_layout)
        self._update_accessible_name()

    @property
    def title(self) -> str:
        return self.title_label.text()

    def set_value(self, value: str, deltas: list[Delta] | tuple[Delta, ...] = ()) -> None:
        self.value_label.setText(value)
        self._deltas = list(deltas)
        self._show_deltas()
        self._update_accessible_name()

    def clear(self) -> None:
        self.set_value(MISSING)

    def set_definition(self, sentence: str | None, hint: str = "") -> None:
        """The tooltip: what the number means (one sentence from the glossary), then
        ``hint`` (e.g. that a click lists what is behind it)."""
        self.setToolTip("\n\n".join(part for part in (sentence, hint) if part))

    def delta_texts(self) -> list[str]:
        return [label.text() for label in self.delta_labels]

    def _show_deltas(self) -> None:
        while len(self.delta_labels) < len(self._deltas):
            label = QLabel()
            self.delta_labels.append(label)
            self._delta_layout.addWidget(label)
        for label, delta in zip(self.delta_labels, self._deltas, strict=False):
            label.setText(delta_text(delta))
            label.setToolTip(delta_text(delta))
        for extra in self.delta_labels[len(self._deltas) :]:
            extra.clear()
        self._paint_deltas()

    def _paint_deltas(self) -> None:
        scheme = "dark" if is_dark() else "light"
        for label, delta in zip(self.delta_labels, self._deltas, strict=False):
            tone = self._tone(delta.change)
            colour = {"good": _GOOD[scheme], "bad": _BAD[scheme]}.get(tone)
            label.setStyleSheet(f"color: {colour};" if colour else "")
            mute(label, delta.change is None)  # nothing to compare with

    def _tone(self, change: float | None) -> str:
        if not change:
            return "neutral"
        return "good" if (change > 0) == self._higher_is_better else "bad"

    def _update_accessible_name(self) -> None:
        parts = [self.title, self.value_label.text(), *self.delta_texts()]
        self.setAccessibleName(", ".join(part for part in parts if part))

    # --- as a button ------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if self._clickable and event.button() == Qt.MouseButton.LeftButton and inside:
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clickable and event.key() in _PRESS_KEYS and not event.isAutoRepeat():
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # where the keyboard is: a ring in the selection colour
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
            painter.setPen(pen)
            inset = FOCUS_RING_WIDTH
            painter.drawRoundedRect(self.rect().adjusted(inset, inset, -inset, -inset), 3, 3)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_deltas()  # light and dark need different greens and reds
        super().changeEvent(event)


def delta_text(delta: Delta) -> str:
    """ "▲ +12.5% vs Q3 2026"; "— vs Q3 2026" when there is nothing to compare with."""
    if delta.change is None:
        return f"{MISSING} {delta.against}"
    arrow = _UP if delta.change > 0 else _DOWN if delta.change < 0 else _FLAT
    return f"{arrow} {_signed_change(delta)} {delta.against}"


def _signed_change(delta: Delta) -> str:
    change = delta.change or 0.0
    if not delta.points:
        return format_percent(change, signed=True)
    return format_points(change)
