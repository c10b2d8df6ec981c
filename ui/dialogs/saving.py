"""How a form dialog saves: through a callback that puts its edit on the undo stack; the
dialog closes when the edit is in and stays open, with what the user typed, when it is
refused (SPEC §9.8)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from ui.undo import EditCommand


def save_and_close(
    dialog: QDialog,
    buttons: QWidget,
    save: Callable[[], EditCommand | None],
    refused: Callable[[BaseException], None],
) -> None:
    """Runs ``save``; closes ``dialog`` (accepted) when its edit is in — at once when it
    returns no edit to wait for — with ``buttons`` off meanwhile; ``refused`` otherwise."""
    try:
        pending = save()
    except Exception as error:  # e.g. the file went read-only: say so, keep the form
        refused(error)
        return
    if pending is None:
        QDialog.accept(dialog)
        return
    buttons.setEnabled(False)  # until the edit is in, or refused
    pending.when_made(lambda _change: QDialog.accept(dialog), refused)
