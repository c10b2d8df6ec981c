"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate when a generation
fills up — often a worker of :mod:`ui.tasks`. A cycle holding the last reference to a widget
(a dialog and the lambdas connected to it, say) then deletes that widget's C++ object off the
GUI thread, and Qt crashes later, far from the cause. So the automatic collector is switched
off and the same generational thresholds are checked from a GUI-thread timer instead (the
pattern calibre and other large PyQt/PySide applications use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects reference cycles on the GUI thread; create it once, on that thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_INTERVAL_MS)

    def check(self) -> None:
        """Collects the oldest generation whose count passed its threshold, as Python would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        full = [age for age in range(3) if counts[age] > thresholds[age]]
        if full:
            gc.collect(full[-1])

    def stop(self) -> None:
        """Hands collection back to Python (tests that end the application)."""
        self._timer.stop()
        gc.enable()


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Installs the collector once for ``app`` (the QApplication) and returns it."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
