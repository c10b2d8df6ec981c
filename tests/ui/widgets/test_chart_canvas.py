"""ChartCanvas: the mouse wheel over a chart scrolls the page around it.

Qt hands a wheel event from the window system to the widget under the pointer and, while that
widget leaves it ignored, on to its parents, up to the scroll area of the page. matplotlib's
canvas used to accept every wheel event (for a scroll event of its own, which no chart uses),
so the page stood still under the pointer. Events sent by a test are never handed on, so the
test checks what decides it: the canvas leaves the wheel ignored, and the page scrolls when it
gets the wheel."""

from __future__ import annotations

from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.chart_canvas import ChartCanvas


def _figure() -> Figure:
    figure = Figure()
    figure.add_subplot().plot([1, 2, 3])
    return figure


def _wheel_down(widget: QWidget) -> QWheelEvent:
    """One notch of the wheel, delivered to ``widget``."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    charts = [ChartCanvas(minimum_height=400) for _ in range(3)]
    for chart in charts:
        layout.addWidget(chart)
        chart.show_chart(_figure)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    scroll.resize(500, 500)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    canvas = charts[0]._canvas
    assert canvas is not None and canvas.isVisible()
    assert not _wheel_down(canvas).isAccepted()  # handed on to the page
    _wheel_down(scroll.viewport())  # where Qt hands it
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() > 0)
