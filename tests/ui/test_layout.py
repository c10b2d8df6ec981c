"""Every screen at 1280×800, in English and Russian: no text clipped, none elided without a
tooltip (tools/layout_audit.py), and the customer list without a sideways scroll.

The walk is the one ``make screenshots`` takes (tools/walkthrough.py): every section, every
tab, the main dialogs, on a small demo database; each screen is audited as it is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from salesdesk import i18n
from salesdesk.demo import generate_demo
from tools.layout_audit import Finding, audit
from tools.walkthrough import Walk

from ui.app import install_translators
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.tasks import task_registry, wait_for_all_tasks
from ui.theme import apply_theme

WINDOW_SIZE = (1280, 800)
TIMEOUT_MS = 60_000

pytestmark = pytest.mark.slow


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in ``language``: Qt's translators, the core's words, the locale."""
    language = request.param
    apply_theme(qapp, "light")  # the application's own style, as it runs
    translators = install_translators(qapp, language)
    i18n.set_language(language)
    locale = QLocale()
    QLocale.setDefault(QLocale(language))
    yield language
    QLocale.setDefault(locale)
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def demo(tmp_path: Path, language: str) -> Path:
    path = tmp_path / f"demo-{language}.sqlite"
    generate_demo(path, customers=300, sales=6_000, language=language)
    return path


@pytest.fixture
def window(qtbot: QtBot, demo: Path) -> Iterator[MainWindow]:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.controller.open_path(demo)
    window.period_picker.set_kind("quarter")
    window.period_picker.previous()  # the last complete quarter: every chart has data
    yield window
    window.close()
    assert wait_for_all_tasks(TIMEOUT_MS)


def test_every_screen_shows_its_text_whole(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, language: str
) -> None:
    findings: dict[str, list[Finding]] = {}
    screens: list[str] = []

    def look(name: str, widget: QWidget) -> None:
        screens.append(name)
        if found := audit(widget):
            findings[name] = found

    def wait_until(condition: object) -> None:
        qtbot.waitUntil(condition, timeout=TIMEOUT_MS)  # type: ignore[arg-type]

    Walk(window, look, wait_until, tmp_path).run()
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)
    assert {"dashboard", "customers-retention", "strategy-pricing", "import-check"} <= set(screens)
    report = "\n".join(f"{name}: {item}" for name, found in findings.items() for item in found)
    assert not findings, f"text that does not fit ({language}):\n{report}"


def test_the_customer_list_needs_no_sideways_scroll(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    customers = next(s for s in window.sections if type(s).__name__ == "CustomersSection")
    window.show_section(window.sections.index(customers))
    qtbot.waitUntil(lambda: customers.list_page.model.rowCount() > 0, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)
    table = customers.list_page.table
    assert table.horizontalScrollBar().maximum() == 0, language
