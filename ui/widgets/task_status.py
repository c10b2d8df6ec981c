"""The status bar's view of running background tasks: the first one's title and progress."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ui.tasks import task_registry

PROGRESS_STEPS = 100


class TaskStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel()
        self._bar = QProgressBar()
        self._bar.setRange(0, PROGRESS_STEPS)
        self._bar.setMaximumWidth(140)
        self._bar.setMaximumHeight(self._label.sizeHint().height())
        self._bar.setTextVisible(False)
        self._bar.setAccessibleName(self.tr("Progress of the running task"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        task_registry().changed.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        return self._label.text()

    def refresh(self) -> None:
        tasks = task_registry().running()
        self.setVisible(bool(tasks))
        if not tasks:
            return
        first = tasks[0]
        text = f"{first.title} — {first.message}" if first.message else first.title
        if len(tasks) > 1:
            text += " " + self.tr("(+%n more)", "", len(tasks) - 1)
        self._label.setText(text)
        self._bar.setValue(round(first.fraction * PROGRESS_STEPS))
