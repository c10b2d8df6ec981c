"""File > Open Team Database: the server database's address and the login's password.

The password is handed to the opening database for this session only: never written to the
settings, the recent files or anywhere else (SPEC §13). Left empty, libpq looks in PGPASSWORD
and ~/.pgpass as usual.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from salesdesk.store.engine import DatabaseUrl, url_problem

from ui.dialogs.buttons import ok_cancel
from ui.widgets.labels import mute


@dataclass(frozen=True)
class ServerLogin:
    url: DatabaseUrl
    password: str | None  # None: libpq finds it (PGPASSWORD, ~/.pgpass)


class ServerLoginDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Team Database"))
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText("postgresql://anna@db.example.com:5432/sales")
        self.url_edit.setMinimumWidth(420)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("from PGPASSWORD or ~/.pgpass if empty"))
        # why OK is greyed out, under the field that causes it
        self.url_problem = QLabel()
        self.url_problem.setWordWrap(True)
        mute(self.url_problem)
        note = QLabel(self.tr("SalesDesk never stores the password."))
        mute(note)
        self._buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Server database:"), self.url_edit)
        form.addRow("", self.url_problem)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", note)
        form.addRow(self._buttons)
        self.url_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def login(self) -> ServerLogin:
        return ServerLogin(
            DatabaseUrl(self.url_edit.text().strip()), self.password_edit.text() or None
        )

    def _update_ok(self) -> None:
        problem = url_problem(self.url_edit.text()) if self.url_edit.text().strip() else None
        self.url_problem.setText(problem or "")
        self.url_problem.setVisible(problem is not None)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.url_edit.text().strip()) and problem is None)

    @classmethod
    def ask(cls, parent: QWidget | None, url: str = "") -> ServerLogin | None:
        dialog = cls(parent, url)
        return dialog.login() if dialog.exec() == QDialog.DialogCode.Accepted else None
