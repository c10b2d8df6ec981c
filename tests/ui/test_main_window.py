"""The main window: navigation, opening and refusing files, read-only, recent files, close."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from salesdesk.periods import Period
from salesdesk.store.db import create_database, open_database
from salesdesk.store.sqlite.lock import LockHolder, lock_path_for
from tests.paths import ROOT

from ui import settings as keys
from ui import theme
from ui.app import choose_language, install_translators, parse_arguments
from ui.database.check_result import CheckResultDialog
from ui.database.controller import DatabaseController
from ui.database.demo_offer import DemoOffer
from ui.database.new_database import NewDatabaseChoice, NewDatabaseDialog
from ui.database.read_only_prompt import ReadOnlyPrompt
from ui.dialogs.company_settings import CompanySettingsDialog
from ui.dialogs.file_dialogs import FileDialogs
from ui.dialogs.messages import Messages
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.user_guide import UserGuideDialog, guide_text
from ui.main_window import EMPTY_PAGE, WORKSPACE_PAGE, MainWindow
from ui.navigation import SECTIONS
from ui.settings import AppSettings
from ui.tasks import task_registry, wait_for_all_tasks

TODAY = date(2026, 11, 28)
TIMEOUT_MS = 30_000


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[type[MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(AppSettings(), today=lambda: TODAY)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make  # type: ignore[misc]
    for window in windows:
        window.close()  # cancels and waits for the sections' tasks, releases the database
    assert wait_for_all_tasks(TIMEOUT_MS)
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


@pytest.fixture
def window(make_window: type[MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Messages,
        "error",
        classmethod(lambda _cls, _parent, title, text: shown.append((title, text))),
    )
    return shown


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.controller.open_path(path)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_starts_empty_with_the_database_commands_disabled(window: MainWindow) -> None:
    assert window._pages.currentIndex() == EMPTY_PAGE
    assert window.windowTitle() == "SalesDesk"
    for action in (
        window.backup_action,
        window.restore_action,
        window.close_action,
        window.check_action,
        window.find_action,
        window.import_action,
        window.export_action,
    ):
        assert not action.isEnabled()


def test_navigation_switches_sections(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    _open(qtbot, window, empty_db_path)
    titles = [section.title for section in window.sections]
    assert titles == [
        "Dashboard", "Team", "Customers", "Pipeline", "Goals", "Strategy", "Reports",
    ]  # fmt: skip
    window.section_actions.actions()[3].trigger()
    assert window.current_section() is window.sections[3]
    assert window._section_stack.currentWidget() is window.sections[3]
    assert window._navigation.currentRow() == 3
    window._navigation.setCurrentRow(5)
    assert window._section_stack.currentWidget() is window.sections[5]
    assert window.section_actions.actions()[5].isChecked()


def test_sections_are_built_when_first_shown(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    window.show_section(2)
    assert window._built == {}  # no database: nothing to show yet
    _open(qtbot, window, empty_db_path)
    assert list(window._built) == [2]
    assert window._section_stack.currentWidget() is window._built[2]
    window.show_section(4)
    assert sorted(window._built) == [2, 4]
    assert window._section_stack.count() == len(SECTIONS)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_navigation_names_each_section_by_its_own_title(
    qapp: QApplication, window: MainWindow, language: str
) -> None:
    translators = install_translators(qapp, language)
    try:
        for spec, section in zip(SECTIONS, window.sections, strict=True):
            assert (
                spec.title
                == section.tr(spec.title_source)
                == QCoreApplication.translate(type(section).__name__, spec.title_source)
            )
            if language == "ru":
                assert spec.title != spec.title_source
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_every_section_has_ctrl_and_its_number(window: MainWindow) -> None:
    shortcuts = [action.shortcut() for action in window.section_actions.actions()]
    assert shortcuts == [QKeySequence(f"Ctrl+{n}") for n in range(1, 8)]


def test_opening_a_database_fills_title_status_and_context(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    _open(qtbot, window, empty_db_path)
    assert window._pages.currentIndex() == WORKSPACE_PAGE
    assert window.windowTitle() == "empty.sqlite — SalesDesk"
    assert window._file_label.text() == "empty.sqlite"
    assert window._read_only_badge.isHidden()
    assert "0 customer" in window._counts_label.text()
    context = window.current_section().context
    assert context is not None
    assert context.database is window.controller.database
    assert context.currency == "RUB"
    assert context.lens == "geographic"  # the database's organisation mode
    assert context.period == Period.month(2026, 11)


def test_a_new_period_reaches_the_current_section(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    _open(qtbot, window, empty_db_path)
    window.show_section(2)
    window.period_picker.next()
    assert window.current_section().context.period == Period.month(2026, 12)
    assert window.settings.get(keys.PERIOD_KIND) == "month"


def test_a_foreign_file_is_refused_and_left_byte_identical(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"Quarterly notes, not a database.\n" * 40)
    before = _sha256(foreign)
    window.controller.open_path(foreign)
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT_MS)
    title, text = messages[0]
    assert title == "Cannot open the database"
    assert "is not a SalesDesk database" in text
    assert _sha256(foreign) == before
    assert window._pages.currentIndex() == EMPTY_PAGE


def test_a_missing_file_is_reported_and_dropped_from_recent_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    missing = tmp_path / "gone.sqlite"
    window.settings.add_recent_file(missing)
    window.controller.open_path(missing)
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT_MS)
    assert "No database at" in messages[0][1]
    assert not missing.exists()  # opening never creates a file
    assert window.settings.recent_files() == []


def test_a_locked_file_opens_read_only_after_asking(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[Path, LockHolder | None]] = []

    def answer_yes(_cls: object, _parent: object, path: Path, holder: LockHolder | None) -> bool:
        asked.append((path, holder))
        return True

    monkeypatch.setattr(ReadOnlyPrompt, "ask", classmethod(answer_yes))
    with open_database(empty_db_path):  # another writer holds the file
        _open(qtbot, window, empty_db_path)
        assert asked[0][0] == empty_db_path
        holder = asked[0][1]
        assert holder is not None
        assert holder.pid == LockHolder.me().pid
        assert window.controller.database.read_only
        assert window.windowTitle() == "empty.sqlite [read-only] — SalesDesk"
        assert not window._read_only_badge.isHidden()
        assert window.current_section().context.read_only
        assert window.export_action.isEnabled() and not window.import_action.isEnabled()
        window.controller.close()


def test_declining_the_read_only_prompt_leaves_the_window_empty(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(ReadOnlyPrompt, "ask", classmethod(lambda *_: asked.append(True) or False))
    with open_database(empty_db_path):
        window.controller.open_path(empty_db_path)
        qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    assert window.controller.database is None
    assert window._pages.currentIndex() == EMPTY_PAGE


def test_recent_files_and_the_last_file_persist_across_windows(
    qtbot: QtBot, make_window: type[MainWindow], tmp_path: Path
) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    for path in (first, second):
        create_database(path, company="Test Co")
    window = make_window()
    _open(qtbot, window, first)
    _open(qtbot, window, second)
    window.close()

    again = make_window()
    assert again.settings.recent_files() == [second, first]
    again.recent_menu.aboutToShow.emit()
    assert [a.text() for a in again.recent_menu.actions()] == [
        "&1 second.sqlite",
        "&2 first.sqlite",
    ]
    with qtbot.waitSignal(again.controller.opened, timeout=TIMEOUT_MS):
        again.start()  # no --db: the last file
    assert again.controller.database.path == second


def test_recent_files_keep_the_ten_latest(window: MainWindow, tmp_path: Path) -> None:
    paths = [tmp_path / f"db{n}.sqlite" for n in range(12)]
    for path in paths:
        window.settings.add_recent_file(path)
    window.settings.add_recent_file(paths[5])  # reopening moves it to the top, once
    assert window.settings.recent_files() == [
        paths[5], paths[11], paths[10], paths[9], paths[8], paths[7], paths[6], paths[4],
        paths[3], paths[2],
    ]  # fmt: skip


def test_close_shows_the_empty_state_and_releases_the_file(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    _open(qtbot, window, empty_db_path)
    with qtbot.waitSignal(window.controller.closed):
        window.close_action.trigger()
    assert window._pages.currentIndex() == EMPTY_PAGE
    assert window.windowTitle() == "SalesDesk"
    assert not window.close_action.isEnabled()
    assert all(s.context is None or s.context.database is None for s in window.sections)
    with open_database(empty_db_path) as database:  # the writer lock is free again
        assert not database.read_only


def test_the_lens_starts_from_the_databases_mode_and_is_kept_per_file(
    qtbot: QtBot, make_window: type[MainWindow], empty_db_path: Path
) -> None:
    window = make_window()
    _open(qtbot, window, empty_db_path)
    assert window.lens() == "geographic"
    window.set_lens("product")
    assert window.current_section().context.lens == "product"
    window.close()
    again = make_window()
    _open(qtbot, again, empty_db_path)
    assert again.lens() == "product"


def test_section_and_geometry_persist(make_window: type[MainWindow]) -> None:
    window = make_window()
    window.resize(640, 470)  # within the offscreen screen (800 x 600)
    window.show_section(4)
    window.close()
    again = make_window()
    assert again._navigation.currentRow() == 4
    assert (again.width(), again.height()) == (640, 470)


def test_first_start_offers_the_demo_and_remembers_a_no(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[Path] = []
    monkeypatch.setattr(DemoOffer, "ask", classmethod(lambda _c, _p, path: offered.append(path)))
    window.start()
    assert offered == [Path(window.settings._store.fileName()).parent / "demo.sqlite"]
    assert window.settings.get(keys.DEMO_DECLINED)


def test_accepting_the_demo_offer_generates_and_opens_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated: list[Path] = []

    def create_demo(_self: DatabaseController, path: Path | None = None) -> None:
        generated.append(path)
        create_database(path, company="Demo")
        window.controller.open_path(path)

    monkeypatch.setattr(DemoOffer, "ask", classmethod(lambda *_: True))
    monkeypatch.setattr(DatabaseController, "create_demo", create_demo)
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.start()
    assert window.controller.database.path == generated[0]
    assert window.controller.current.settings.company_name == "Demo"


def test_check_database_reports_a_healthy_file(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[object] = []
    monkeypatch.setattr(
        CheckResultDialog, "show_report", classmethod(lambda _c, _p, _path, r: reports.append(r))
    )
    _open(qtbot, window, empty_db_path)
    window.check_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=TIMEOUT_MS)
    assert reports[0].healthy


def test_back_up_now_writes_a_checked_copy(
    qtbot: QtBot,
    window: MainWindow,
    empty_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(FileDialogs, "backup_target", classmethod(lambda *_: target))
    _open(qtbot, window, empty_db_path)
    with qtbot.waitSignal(window.controller.status, timeout=TIMEOUT_MS) as blocker:
        window.backup_action.trigger()
    assert blocker.args == [f"Backup written to {target}"]
    with open_database(target, read_only=True) as copy, copy.read():
        assert copy.read_only


def _fake_demo_module(generate: object) -> object:
    import types

    module = types.ModuleType("salesdesk.demo")
    module.generate_demo = generate  # type: ignore[attr-defined]
    return module


def test_the_demo_is_generated_with_progress_in_the_ui_language_and_opened(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path, str]] = []

    def generate_demo(path: Path, *, language: str, progress: object, cancelled: object) -> None:
        calls.append((path, language))
        progress(0.25, "Customers")
        create_database(path, company="Demo Co")
        progress(1.0, "Done")

    monkeypatch.setitem(sys.modules, "salesdesk.demo", _fake_demo_module(generate_demo))
    target = tmp_path / "demo.sqlite"
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        task = window.controller.create_demo(target)
        assert window.findChildren(QProgressDialog)  # shown while it works
    assert calls == [(target, "en")]
    assert window.controller.current.settings.company_name == "Demo Co"
    assert not task.running


def test_cancelling_the_demo_leaves_nothing_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def generate_demo(path: Path, *, language: str, progress: object, cancelled: object) -> None:
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)

    monkeypatch.setitem(sys.modules, "salesdesk.demo", _fake_demo_module(generate_demo))
    task = window.controller.create_demo(tmp_path / "demo.sqlite")
    assert started.wait(TIMEOUT_MS / 1000)
    with qtbot.waitSignal(window.controller.status, timeout=TIMEOUT_MS) as blocker:
        window.findChild(QProgressDialog).findChild(QPushButton).click()  # Cancel
    assert blocker.args == ["The demo database was not created."]
    assert not task.running
    assert window.controller.database is None
    assert not (tmp_path / "demo.sqlite").exists()


def test_file_new_asks_for_the_company_and_opens_the_new_database(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ours.sqlite"
    monkeypatch.setattr(FileDialogs, "new_database", classmethod(lambda *_: target))
    monkeypatch.setattr(
        NewDatabaseDialog, "ask", classmethod(lambda *_: NewDatabaseChoice("Northwind", "EUR"))
    )
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.new_action.trigger()
    opened = window.controller.current
    assert opened.database.path == target
    assert (opened.settings.company_name, opened.settings.currency) == ("Northwind", "EUR")


def test_view_theme_dark_switches_the_palette(window: MainWindow) -> None:
    dark_action = window.theme_actions.actions()[2]
    try:
        dark_action.trigger()
        assert theme.is_dark()
        assert window.settings.get(keys.THEME) == "dark"
    finally:
        window.theme_actions.actions()[1].trigger()
    assert not theme.is_dark()


def test_the_navigation_bar_follows_a_theme_switched_at_run_time(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Its style sheet once kept it white in the dark theme, with pale icons on white."""
    navigation = window._navigation
    window.resize(1280, 800)
    window.show()
    window._pages.setCurrentIndex(WORKSPACE_PAGE)  # as with a database open
    qtbot.waitExposed(window)

    def background() -> int:
        image = navigation.grab().toImage()
        return image.pixelColor(10, navigation.height() - 10).lightness()

    try:
        window.theme_actions.actions()[2].trigger()  # Dark
        qtbot.waitUntil(lambda: background() < 80)
        assert navigation.palette().color(QPalette.ColorRole.Text).lightness() > 180
    finally:
        window.theme_actions.actions()[1].trigger()  # Light
    qtbot.waitUntil(lambda: background() > 200)


# --- start-up ---------------------------------------------------------------------------------


def test_the_command_line_names_the_database_and_the_language() -> None:
    arguments = parse_arguments(["main.py", "--db", "sales.sqlite", "--lang", "ru"])
    assert (arguments.db, arguments.lang) == (Path("sales.sqlite"), "ru")


def test_language_comes_from_the_option_then_settings_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = AppSettings()
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")
    assert choose_language(None, settings) == "ru"  # nothing chosen: the system's
    settings.set(keys.LANGUAGE, "en")
    assert choose_language(None, settings) == "en"
    assert choose_language("ru", settings) == "ru"


def test_qt_own_dialogs_are_translated_too(qapp: QApplication) -> None:
    translators = install_translators(qapp, "ru")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_window_shows_before_the_heavy_libraries_load() -> None:
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.main_window import MainWindow\n"
        "MainWindow().show()\n"
        "app.processEvents()\n"
        "heavy = ('sqlalchemy', 'sqlmodel', 'alembic', 'matplotlib', 'numpy', 'reportlab')\n"
        "sections = [m for m in sys.modules if m.startswith('ui.') and m.endswith('.section')"
        " and m != 'ui.section']\n"
        "print(sorted(name for name in heavy if name in sys.modules), sections)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "[] []"  # no section is imported until one is shown


def test_a_lock_left_by_a_dead_process_is_taken_over_and_mentioned(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path
) -> None:
    dead = LockHolder(host="laptop-7", pid=999_999, user="anna", since="2026-11-27T08:00:00+00:00")
    lock_path_for(empty_db_path).write_text(json.dumps(dead.__dict__), encoding="utf-8")
    with qtbot.waitSignal(window.controller.status, timeout=TIMEOUT_MS) as blocker:
        window.controller.open_path(empty_db_path)
    assert blocker.args[0].startswith("Took over the lock left by anna on laptop-7 (process 999999")
    assert not window.controller.database.read_only


def test_settings_dialog_saves_language_and_theme(qtbot: QtBot) -> None:
    settings = AppSettings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert (dialog.language_combo.currentIndex(), dialog.theme_combo.currentIndex()) == (0, 0)
    dialog.language_combo.setCurrentIndex(2)  # Русский
    dialog.theme_combo.setCurrentIndex(2)  # Dark
    dialog.save()
    assert (settings.get(keys.LANGUAGE), settings.get(keys.THEME)) == ("ru", "dark")


def test_unknown_stored_values_read_as_the_defaults() -> None:
    settings = AppSettings()
    settings.set(keys.THEME, "purple")
    settings.set(keys.PERIOD_KIND, "decade")
    assert (settings.get(keys.THEME), settings.get(keys.PERIOD_KIND)) == ("system", "month")


def test_the_user_guide_ships_in_both_languages(qtbot: QtBot) -> None:
    assert guide_text("ru").startswith("# Руководство пользователя SalesDesk")
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.browser.toPlainText().startswith("SalesDesk user guide")


def _settings_dialog(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[CompanySettingsDialog], None]
) -> list[CompanySettingsDialog]:
    """Tools > Company settings opens a dialog that ``fill`` fills in and OKs."""
    opened: list[CompanySettingsDialog] = []

    def edit(cls: type, parent: Any, current: Any, save: Any) -> bool:
        dialog = CompanySettingsDialog(current, save, parent)
        opened.append(dialog)
        fill(dialog)
        dialog.accept()
        return True

    monkeypatch.setattr(CompanySettingsDialog, "edit", classmethod(edit))
    return opened


def test_company_settings_refuse_at_the_field_what_the_core_refuses(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: CompanySettingsDialog) -> None:
        dialog.retention_spin.setValue(60)  # the at-risk days (90) must stay below it

    _open(qtbot, window, empty_db_path)
    opened = _settings_dialog(monkeypatch, fill)
    window.company_settings_action.trigger()
    (dialog,) = opened
    assert dialog.errors.messages() == {
        "at_risk_days": "The at-risk days must be at least 1 and fewer than the retention window."
    }
    assert dialog.result() == 0 and window.undo_stack.count() == 0


def test_company_settings_are_saved_undoably_and_the_views_follow(
    qtbot: QtBot, window: MainWindow, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salesdesk.settings import read_settings

    def fill(dialog: CompanySettingsDialog) -> None:
        dialog.at_risk_spin.setValue(60)
        dialog.fiscal_combo.setCurrentIndex(3)  # April
        dialog.position_combo.setCurrentIndex(dialog.position_combo.findData("before"))

    _open(qtbot, window, empty_db_path)
    window.period_picker.set_period(Period.quarter(2026, 4))
    _settings_dialog(monkeypatch, fill)
    window.company_settings_action.trigger()
    qtbot.waitUntil(lambda: window._opened.settings.at_risk_days == 60, timeout=TIMEOUT_MS)  # type: ignore[union-attr]
    settings = read_settings(window.controller.database)  # type: ignore[arg-type]
    assert (settings.at_risk_days, settings.fiscal_year_start_month) == (60, 4)
    assert settings.currency_position == "before"
    # the fiscal year starts in April: the quarter of November is Oct-Dec, Q3 of FY 2026
    assert window.current_section().context.period.start == date(2026, 10, 1)  # type: ignore[union-attr]
    assert window.undo_stack.undoText() == "Change the settings"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window._opened.settings.at_risk_days == 90, timeout=TIMEOUT_MS)  # type: ignore[union-attr]
    assert read_settings(window.controller.database).fiscal_year_start_month == 1  # type: ignore[arg-type]
