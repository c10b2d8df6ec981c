"""Starts the desktop application: language, translators, theme, then the main window.

Start-up speed matters (SPEC B1): only Qt and light core modules are imported before the window
shows; SQLAlchemy, Alembic and matplotlib load later, in background tasks and sections.
"""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from salesdesk import APP_NAME, i18n
from salesdesk.store.engine import location_of

from ui import settings as keys
from ui import theme
from ui.icons import icon
from ui.paths import resource_path
from ui.settings import AppSettings


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="salesdesk", description="SalesDesk")
    parser.add_argument(
        "--db", type=location_of, help="the database to open: a file or a postgresql:// URL"
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="the language of the interface")
    arguments, _qt_arguments = parser.parse_known_args(argv[1:])
    return arguments


def choose_language(requested: str | None, settings: AppSettings) -> str:
    """``--lang``, else the language saved in Settings, else the system's."""
    return requested or settings.get(keys.LANGUAGE) or i18n.system_language()


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """The app's own .qm and Qt's qtbase_<lang>.qm (its dialogs and standard buttons)."""
    installed = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"salesdesk_{language}", str(resource_path("i18n"))),
        (f"qtbase_{language}", qt_translations),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def set_language(app: QApplication, language: str) -> None:
    i18n.set_language(language)
    QLocale.setDefault(QLocale(language))
    install_translators(app, language)


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app


def run_app(argv: list[str]) -> int:
    """Runs the GUI: ``[--db PATH] [--lang ru|en]``; returns the exit code."""
    arguments = parse_arguments(argv)
    app = create_application(argv)
    settings = AppSettings()
    set_language(app, choose_language(arguments.lang, settings))
    theme.apply_theme(app, settings.get(keys.THEME))
    app.setWindowIcon(icon("salesdesk"))

    from ui.main_window import MainWindow  # after the translators, so its texts translate

    window = MainWindow(settings)
    window.show()
    # Opening (or the demo offer) starts once the window is on screen.
    QTimer.singleShot(0, lambda: window.start(arguments.db))
    if os.environ.get("SALESDESK_EXIT_WHEN_SHOWN") == "1":
        QTimer.singleShot(0, lambda: _report_shown_and_quit(app))
    return app.exec()


def _report_shown_and_quit(app: QApplication) -> None:
    """For the start-up benchmark (bench/b1_startup.py) and CI's run of the built app."""
    print("SALESDESK_WINDOW_SHOWN", flush=True)
    app.quit()


def main() -> None:
    sys.exit(run_app(sys.argv))
