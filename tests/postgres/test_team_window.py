"""The main window on a team database (SPEC §13), driven with qtbot: others' changes appear
in it within 5 s (LISTEN/NOTIFY), File > Open Team Database… logs in with a password, and a
member's login sees its own figures, with what needs the head's rights disabled and saying
why (the organisation of tests/postgres/helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.postgres.helpers import as_login, run_cli

from ui.database.server_login import ServerLoginDialog
from ui.dialogs.messages import Messages
from ui.main_window import MainWindow
from ui.navigation import SECTIONS
from ui.settings import AppSettings
from ui.team.section import TeamSection

TIMEOUT_MS = 30_000
TODAY = date(2026, 6, 30)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(AppSettings(), today=lambda: TODAY)
    qtbot.addWidget(window)
    yield window
    window.close()  # stops listening, releases the database


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Messages, "error", classmethod(lambda _cls, _parent, _title, text: shown.append(text))
    )
    return shown


def _open(qtbot: QtBot, window: MainWindow, url: str) -> None:
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.controller.open_path(url)


def test_a_change_committed_elsewhere_appears_in_the_open_window(
    qtbot: QtBot, window: MainWindow, team_url: str
) -> None:
    _open(qtbot, window, as_login(team_url, "hanna"))
    qtbot.waitUntil(
        lambda: window._counts_label.text().startswith("5 customer"), timeout=TIMEOUT_MS
    )
    with psycopg.connect(as_login(team_url, "max")) as other:  # another app, another login
        other.execute(
            "INSERT INTO customer (code, name, kind, owner_member_id, created_on, notes)"
            " VALUES ('c-new', 'New', 'company', 2, '2026-06-01', '')"
        )
    # SPEC §13: within 5 s of the commit
    qtbot.waitUntil(lambda: window._counts_label.text().startswith("6 customer"), timeout=5_000)


def test_a_members_login_sees_its_figures_and_not_the_heads_commands(
    qtbot: QtBot, window: MainWindow, team_url: str
) -> None:
    _open(qtbot, window, as_login(team_url, "rob"))
    qtbot.waitUntil(
        lambda: window._counts_label.text().startswith("1 customer"), timeout=TIMEOUT_MS
    )
    for action in (window.import_action, window.company_settings_action):
        assert not action.isEnabled()
        assert "head of sales" in action.toolTip()
    assert window.export_action.isEnabled()
    dashboard = window.current_section()
    qtbot.waitUntil(lambda: dashboard.scope_label.text() == "Rob's customers", timeout=TIMEOUT_MS)
    team_index = next(i for i, s in enumerate(SECTIONS) if s.class_name == "TeamSection")
    window.show_section(team_index)
    team = window.current_section()
    assert isinstance(team, TeamSection) and not team.editable
    assert not team.commands.new_member_action.isEnabled()
    assert team.tree_pane.hint_label.text() == (
        "Only the head of sales or the admin may change the team"
    )


def test_the_head_may_import_and_sees_the_whole_company(
    qtbot: QtBot, window: MainWindow, team_url: str
) -> None:
    _open(qtbot, window, as_login(team_url, "hanna"))
    assert window.import_action.isEnabled() and window.company_settings_action.isEnabled()
    dashboard = window.current_section()
    qtbot.waitUntil(lambda: dashboard.scope_label.text() == "Whole company", timeout=TIMEOUT_MS)


@pytest.fixture
def password_login(
    capsys: pytest.CaptureFixture[str], postgres_cluster: object, team_url: str
) -> Iterator[str]:
    """A login of Rob's that the server asks a password of ("right")."""
    from tools.postgres_cluster import Cluster

    assert isinstance(postgres_cluster, Cluster)
    login = f"rob_{team_url.split('/t_', 1)[1][:8]}"  # logins are the cluster's, not the db's
    postgres_cluster.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'right'")
    code, _, err = run_cli(capsys, "server", "grant", "--url", team_url, "--login", login,
                           "--member", "rob@example.com")  # fmt: skip
    assert code == 0, err
    hba = postgres_cluster.data / "pg_hba.conf"
    trusted = hba.read_text()
    hba.write_text(f"local all {login} scram-sha-256\n{trusted}")
    postgres_cluster.execute("SELECT pg_reload_conf()")
    try:
        yield as_login(team_url, login)
    finally:
        hba.write_text(trusted)
        postgres_cluster.execute("SELECT pg_reload_conf()")


def _log_in_with(qtbot: QtBot, url: str, password: str) -> None:
    """Fills the login dialog as the user would once it shows, and presses OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerLoginDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.url_edit.setText(url)
        dialog.password_edit.setText(password)
        ok = dialog._buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        ok.click()

    QTimer.singleShot(0, fill)


def test_the_login_dialog_says_a_wrong_password_in_one_line_and_opens_with_the_right_one(
    qtbot: QtBot, window: MainWindow, password_login: str, errors: list[str]
) -> None:
    _log_in_with(qtbot, password_login, "wrong")
    window.open_server_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT_MS)
    assert errors == [
        "The server refused the login: check the user name and the password "
        "(PGPASSWORD or ~/.pgpass)."
    ]
    assert window.controller.database is None
    _log_in_with(qtbot, password_login, "right")
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.open_server_action.trigger()
    assert "wrong" not in str(window.controller.database.path)  # type: ignore[union-attr]
    assert "right" not in str(window.controller.database.path)  # type: ignore[union-attr]
    assert len(errors) == 1
