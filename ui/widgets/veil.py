"""A veil over a widget: its contents stay readable but fade towards the window's background,
e.g. figures kept on screen while newer ones load. It covers the whole widget, follows its
size and lets the mouse through."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

VEIL_ALPHA = 150  # of 255: how much of the window's colour covers the contents


class Veil(QWidget):
    def __init__(self, covered: QWidget) -> None:
        super().__init__(covered)
        self._covered = covered
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        covered.installEventFilter(self)
        self.hide()

    @property
    def covering(self) -> bool:
        return not self.isHidden()

    def cover(self, covering: bool) -> None:
        if covering:
            self.setGeometry(self._covered.rect())
            self.raise_()
        self.setVisible(covering)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._covered.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        colour = self.palette().color(QPalette.ColorRole.Window)
        colour.setAlpha(VEIL_ALPHA)
        QPainter(self).fillRect(self.rect(), colour)
