"""Label styles shared by the sections: headings and muted (secondary) text."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel


def scale_font(label: QLabel, factor: float, *, bold: bool = True) -> None:
    """Headings and big numbers: the label's font, ``factor`` times larger."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


def mute(label: QLabel, muted: bool = True) -> None:
    """Secondary text in the palette's placeholder grey: readable, unlike disabled text, and
    following light and dark without a style sheet."""
    role = QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.WindowText
    label.setForegroundRole(role)
