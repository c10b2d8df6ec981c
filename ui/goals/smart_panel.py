"""The SMART panel: each letter with its verdict and the sentence that explains it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from salesdesk.goals.status import Verdict

from ui.goals.words import verdict_text
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.goals.smart import SmartReport

LETTERS = "SMART"
_BADGE = {  # readable on light and dark windows alike
    Verdict.PASS: "#15803D",
    Verdict.WARN: "#B45309",
    Verdict.FAIL: "#DC2626",
}


class SmartPanel(QFrame):
    """Five rows S, M, A, R, T; :meth:`show_report` fills them, :meth:`show_busy` greys them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.score_label = QLabel()
        scale_font(self.score_label, 1.2)
        self.state_label = QLabel()
        mute(self.state_label)
        self.state_label.setWordWrap(True)
        self.badges: dict[str, QLabel] = {}
        self.sentences: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        names = {
            "S": self.tr("Specific"),
            "M": self.tr("Measurable"),
            "A": self.tr("Achievable"),
            "R": self.tr("Realistic"),
            "T": self.tr("Time-bound"),
        }
        for row, letter in enumerate(LETTERS):
            name = QLabel(f"<b>{letter}</b> {names[letter]}")
            badge = QLabel()
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setMinimumWidth(84)
            sentence = QLabel()
            sentence.setWordWrap(True)
            sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, 2 * row, 0)
            grid.addWidget(badge, 2 * row, 1)
            grid.addWidget(sentence, 2 * row + 1, 0, 1, 3)
            self.badges[letter], self.sentences[letter] = badge, sentence
        layout = QVBoxLayout(self)
        layout.addWidget(self.score_label)
        layout.addWidget(self.state_label)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.show_busy()

    def show_busy(self) -> None:
        self.state_label.setText(self.tr("Checking against your history…"))
        self.state_label.show()

    def show_failure(self, message: str) -> None:
        self.state_label.setText(message)
        self.state_label.show()

    def show_report(self, report: SmartReport) -> None:
        self.state_label.hide()
        self.score_label.setText(self.tr("SMART score: {score} of 5").format(score=report.score))
        for check in report.checks:
            badge = self.badges[check.letter]
            badge.setText(verdict_text(check.verdict))
            badge.setStyleSheet(
                f"background: {_BADGE[check.verdict]}; color: white; border-radius: 4px;"
                " padding: 1px 6px;"
            )
            self.sentences[check.letter].setText(check.sentence)
        self.setAccessibleDescription(
            "; ".join(f"{c.letter}: {verdict_text(c.verdict)}, {c.sentence}" for c in report.checks)
        )
