"""Reasons shown at the field they are about (SPEC §9, issue 10 Guardrails).

A form wraps each field that can be refused (:meth:`FieldErrors.wrap`); :meth:`FieldErrors.show`
then draws a red frame round every field at fault, writes its reason under it, says it to
screen readers (the field's accessible description) and moves the keyboard focus to the first
one. The frame is painted over the field by a child widget that lets the mouse through, so
line edits, combo boxes, spin boxes and date fields keep their own look.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from salesdesk.contacts import email_problem

ERROR_COLOUR = "#C62828"  # reads as an error on light and dark windows alike
FRAME_WIDTH = 2


class ErrorFrame(QWidget):
    """A red frame over ``field``, as large as it, through which the mouse reaches it."""

    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        field.installEventFilter(self)
        self.resize(field.size())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.resize(watched.size())
        return False

    def showEvent(self, event: QShowEvent) -> None:
        self.raise_()  # above the field's own children (a spin box's line edit)
        super().showEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(ERROR_COLOUR), FRAME_WIDTH))
        inset = FRAME_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 3, 3)


@dataclass
class _Field:
    widget: QWidget
    message: QLabel
    frame: ErrorFrame
    description: str  # the field's own accessible description, the reason added to it


class FieldErrors:
    """The fields of one form that can be refused, by name (e.g. ``"target"``)."""

    def __init__(self) -> None:
        self._fields: dict[str, _Field] = {}

    def wrap(self, name: str, field: QWidget) -> QWidget:
        """``field`` with room under it for its reason: put this in the form instead."""
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {ERROR_COLOUR};")
        message.setObjectName(f"{name}Problem")
        message.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(message)
        description = field.accessibleDescription()
        self._fields[name] = _Field(field, message, ErrorFrame(field), description)
        return box

    def has(self, name: str) -> bool:
        return name in self._fields

    def widget(self, name: str) -> QWidget:
        return self._fields[name].widget

    def message(self, name: str) -> str:
        """The reason shown at ``name`` ("" when it is fine)."""
        field = self._fields[name]
        return "" if field.message.isHidden() else field.message.text()

    def messages(self) -> dict[str, str]:
        """Every reason shown, by field."""
        return {name: text for name in self._fields if (text := self.message(name))}

    def set(self, name: str, reason: str | None) -> None:
        """Shows ``reason`` at the field, or clears it when None."""
        field = self._fields[name]
        field.message.setText(reason or "")
        field.message.setVisible(bool(reason))
        field.frame.setVisible(bool(reason))
        field.widget.setAccessibleDescription(
            " ".join(part for part in (field.description, reason) if part)
        )

    def show(self, problems: Iterable[tuple[str, str]], *, focus: bool = True) -> bool:
        """Shows each (field, reason) and clears the other fields; with ``focus`` the keyboard
        goes to the first field at fault. True when there was any."""
        found: dict[str, str] = {}
        for name, reason in problems:
            found.setdefault(name, reason)  # the first reason of a field is the one to fix
        for name in self._fields:
            self.set(name, found.get(name))
        first = next((self._fields[name].widget for name in self._fields if name in found), None)
        if focus and first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return bool(found)

    def clear(self) -> None:
        self.show(())


def watch_email(errors: FieldErrors, name: str, edit: QLineEdit) -> Callable[[], bool]:
    """Checks the wrapped field ``name`` as an e-mail address when the user leaves it, and
    again at each keystroke once a reason shows (so it goes as soon as the address is right).
    Returns the check for the form's save: True when the address may be saved; if not, the
    reason shows and the keyboard goes to the field."""

    def check(focus: bool = False) -> bool:
        problem = email_problem(edit.text())
        errors.set(name, problem)
        if problem and focus:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return problem is None

    edit.editingFinished.connect(check)
    edit.textEdited.connect(lambda: errors.message(name) and check())
    return lambda: check(focus=True)
