"""File > Open Team Database: the address is checked at its field, the password is hidden,
handed to the opening database only and never written to the settings (SPEC §13)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from ui.database.server_login import ServerLogin, ServerLoginDialog


def _ok_enabled(dialog: ServerLoginDialog) -> bool:
    return dialog._buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_address_is_checked_at_its_field(qtbot: QtBot) -> None:
    dialog = ServerLoginDialog()
    qtbot.addWidget(dialog)
    assert not _ok_enabled(dialog)  # nothing typed yet, and no reason shown for it
    assert dialog.url_problem.isHidden()
    for typed, reason in (
        ("postgresql://anna:secret@db.example.com/sales", "Leave the password out"),
        ("postgresql://anna@db.example.com/", "names no database"),
        ("sales.sqlite", "is not a server address"),
    ):
        dialog.url_edit.setText(typed)
        assert not _ok_enabled(dialog)
        assert reason in dialog.url_problem.text()
    dialog.url_edit.setText("postgresql://anna@db.example.com:5432/sales?sslmode=require")
    assert _ok_enabled(dialog) and dialog.url_problem.isHidden()


def test_the_password_is_hidden_and_optional(qtbot: QtBot) -> None:
    dialog = ServerLoginDialog(url="postgresql://anna@db.example.com/sales")
    qtbot.addWidget(dialog)
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.login() == ServerLogin("postgresql://anna@db.example.com/sales", None)  # type: ignore[arg-type]
    dialog.password_edit.setText("s3cret")
    assert dialog.login().password == "s3cret"
