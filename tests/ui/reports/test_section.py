"""ReportsSection: file names, preview of the team report, and export of the same PDF."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.ui.sales_fixture import create_sales_database

from ui.reports import section as reports
from ui.reports.pdf_preview import PdfPreview
from ui.reports.section import ReportsSection, period_code
from ui.section import AppContext
from ui.widgets.period_picker import PeriodPicker

Q3_2026 = Period.quarter(2026, 3)
BUILD_TIMEOUT_MS = 60_000


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = create_sales_database(tmp_path / "sales.sqlite")
    with open_database(path, read_only=True) as database:
        yield database


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> ReportsSection:
    section = ReportsSection()
    qtbot.addWidget(section)
    section.set_context(AppContext(database, Q3_2026, "geographic", "USD"))
    # the database's report language is read in the background; wait for it to settle
    qtbot.waitUntil(lambda: not section.busy, timeout=BUILD_TIMEOUT_MS)
    return section


def _wait_for_build(qtbot: QtBot, section: ReportsSection) -> None:
    """Waits for the build to end, and fails at once (not at a timeout) if it failed."""
    qtbot.waitUntil(lambda: not section.busy, timeout=BUILD_TIMEOUT_MS)
    assert not section.state_label.text().startswith("The report could not be built"), (
        section.state_label.text()
    )


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    ("period", "code"),
    [
        (Period.quarter(2026, 4), "2026-Q4"),
        (Period.quarter(2026, 1, fiscal_start_month=4), "2026-Q1"),  # Apr-Jun 2026
        (Period.quarter(2026, 4, fiscal_start_month=4), "2026-Q4"),  # Jan-Mar 2027
        (Period.month(2026, 11), "2026-11"),
        (Period.year(2026, fiscal_start_month=4), "2026"),
        (Period(Period.month(2026, 10).start, Period.month(2026, 11).end), "2026-10-01_2026-11-30"),
    ],
)
def test_period_code(period: Period, code: str) -> None:
    assert period_code(period) == code


def test_choices_default_to_the_shared_period(section: ReportsSection) -> None:
    request = section.request()
    assert (request.report, request.period, request.page_size) == ("team", Q3_2026, "A4")
    assert request.language == "en"  # the fixture database's report language
    assert request.file_name() == "team-report-2026-Q3.pdf"


def test_the_period_is_the_windows_own(
    qtbot: QtBot, section: ReportsSection, database: Database
) -> None:
    """No period picker of its own beside the window's: the shared period, shown."""
    assert not section.findChildren(PeriodPicker)
    assert section.period_label.text() == "Q3 2026"
    with qtbot.waitSignal(section.preview_shown, timeout=BUILD_TIMEOUT_MS):
        section.preview_button.click()
        _wait_for_build(qtbot, section)
    section.set_context(AppContext(database, Period.quarter(2026, 2), "geographic", "USD"))
    assert section.period_label.text() == "Q2 2026"
    assert section.request().period == Period.quarter(2026, 2)
    assert section.preview.message_label.text().startswith("The choices changed")


def test_preview_then_export_saves_the_previewed_pdf(
    qtbot: QtBot, section: ReportsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(section.preview_shown, timeout=BUILD_TIMEOUT_MS):
        section.preview_button.click()
        _wait_for_build(qtbot, section)
    assert section.preview.page_count >= 1
    assert section.preview.page_label.text().startswith("Page 1 of ")
    suggested: list[Path] = []
    target = tmp_path / "out.pdf"

    def ask(_parent: object, path: Path) -> Path:
        suggested.append(path)
        return target

    monkeypatch.setattr(reports.ExportDialog, "ask", ask)
    with qtbot.waitSignal(section.exported, timeout=BUILD_TIMEOUT_MS):
        section.export_button.click()  # the PDF of the preview: saved at once, nothing to build
    assert suggested[0].name == "team-report-2026-Q3.pdf"
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert "Team report" in _pdf_text(pdf)


def test_export_in_russian_builds_a_new_pdf(
    qtbot: QtBot, section: ReportsSection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section.set_language("ru")
    section.page_size_combo.setCurrentIndex(section.page_size_combo.findData("Letter"))
    target = tmp_path / "otchet.pdf"
    monkeypatch.setattr(reports.ExportDialog, "ask", lambda _parent, _path: target)
    with qtbot.waitSignal(section.exported, timeout=BUILD_TIMEOUT_MS):
        section.export_pdf()
        _wait_for_build(qtbot, section)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (612, 792)  # Letter: 8.5 x 11 inches at 72 pt
    assert "Отчёт по команде" in _pdf_text(target.read_bytes())


def _blank_page() -> QImage:
    """An A4 page at the preview's 144 dpi: 1190 x 1684 pixels, 595 x 842 points."""
    image = QImage(1190, 1684, QImage.Format.Format_RGBX8888)
    image.fill(0xFFFFFF)
    return image


def test_preview_pages_fit_the_width_and_navigate(qtbot: QtBot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(450, 600)
    preview.show()
    qtbot.waitExposed(preview)
    preview.show_pages([_blank_page(), _blank_page()])
    room = preview.scroll_area.viewport().width() - 32  # a 16-pixel gap either side
    assert preview.page_label.text() == "Page 1 of 2"
    assert preview._page_labels[0].width() == room < 595
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    with qtbot.waitSignal(preview.page_changed) as changed:
        preview.next_button.click()
    assert changed.args == [1]
    assert preview.page_label.text() == "Page 2 of 2"
    assert preview.previous_button.isEnabled() and not preview.next_button.isEnabled()
    preview.resize(1400, 900)
    qtbot.waitUntil(lambda: preview._page_labels[0].width() == 595)  # never above 100 %


def test_preview_without_pages_shows_only_the_message(qtbot: QtBot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.clear("Press Preview to see the report here.")
    assert preview.page_count == 0
    assert preview.message_label.text() == "Press Preview to see the report here."
    assert preview.previous_button.isHidden() and preview.page_label.isHidden()


def test_a_report_is_never_saved_onto_the_database(
    qtbot: QtBot,
    section: ReportsSection,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 11: a PDF saved over the database replaced it. Even one named like a PDF."""
    pdf_named = tmp_path / "sales.pdf"
    pdf_named.write_bytes(database.path.read_bytes())  # a copy of the database
    errors: list[str] = []
    monkeypatch.setattr(reports.Messages, "error", lambda _p, _title, text: errors.append(text))
    monkeypatch.setattr(reports.ExportDialog, "ask", lambda _parent, _path: pdf_named)
    before = pdf_named.read_bytes()
    with qtbot.waitSignal(section.preview_shown, timeout=BUILD_TIMEOUT_MS):
        section.preview_button.click()
        _wait_for_build(qtbot, section)
    section.export_button.click()
    assert errors == [
        f"The report could not be saved to {pdf_named}: {pdf_named} is a database or a backup; "
        "it was left as it is. Choose another file."
    ]
    assert pdf_named.read_bytes() == before
