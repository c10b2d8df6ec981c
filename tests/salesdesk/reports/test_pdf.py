"""The PDF building blocks: embedded Cyrillic fonts, the page frame, tables across pages."""

from __future__ import annotations

import io
from datetime import date, datetime

import pypdf
import pytest
from reportlab.platypus import Paragraph

from salesdesk import i18n
from salesdesk.dashboard.charts import revenue_trend_figure
from salesdesk.reports import pdf

HEADER = pdf.PageHeader(
    company="ООО «Ромашка» & Co",
    title="Отчёт по команде",
    period_label="3 кв. 2026",
    scope_label="Вся компания",
    generated_at=datetime(2026, 11, 28, 14, 5),
)
COLUMNS = [
    pdf.Column("Member"),
    pdf.Column("Revenue", numeric=True),
    pdf.Column("Orders", numeric=True),
]


def read(document: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(document))


def long_table(rows: int = 150) -> list:
    body = [pdf.Row([f"Сотрудник {i}", f"{i * 100} ₽", str(i)]) for i in range(rows)]
    return [pdf.data_table(COLUMNS, body, pdf.content_width())]


def fonts_of(reader: pypdf.PdfReader) -> list[tuple[str, bool]]:
    """(base font name, embedded as TrueType) of every font that any page uses."""
    found = []
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.append((str(font["/BaseFont"]), embedded))
    return found


def test_every_font_is_embedded_dejavu() -> None:
    story = [
        *pdf.title_block(HEADER),
        pdf.kpi_cards([pdf.KpiCard("Выручка", "1 234 ₽", [pdf.Delta("+5,0%", "good")])], 500),
        *long_table(),
    ]
    fonts = fonts_of(read(pdf.render_pdf(HEADER, story)))
    assert fonts
    for name, embedded in fonts:
        assert embedded, name
        assert "DejaVuSans" in name  # subset names look like /AAAAAA+DejaVuSans-Bold


def test_every_page_carries_the_frame_and_page_x_of_y() -> None:
    reader = read(pdf.render_pdf(HEADER, long_table()))
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        for part in ("ООО «Ромашка» & Co", "Отчёт по команде", "3 кв. 2026", "Вся компания"):
            assert part in text
        assert "14:05" in text
        assert f"page {number} of {total}" in text


def test_page_x_of_y_is_translated() -> None:
    with i18n.language_set_to("ru"):
        reader = read(pdf.render_pdf(HEADER, long_table()))
    total = len(reader.pages)
    assert f"стр. 2 из {total}" in reader.pages[1].extract_text()
    assert "Сформирован 28 нояб. 2026\u202fг., 14:05" in reader.pages[0].extract_text()


def test_a_long_table_repeats_its_header_on_the_next_page() -> None:
    reader = read(pdf.render_pdf(HEADER, long_table()))
    second = reader.pages[1].extract_text()
    assert "Member" in second and "Revenue" in second and "Orders" in second
    assert "Сотрудник 0\n" not in second  # the body goes on where page 1 stopped


@pytest.mark.parametrize(("name", "width", "height"), [("A4", 595, 842), ("Letter", 612, 792)])
def test_page_sizes(name: str, width: int, height: int) -> None:
    reader = read(pdf.render_pdf(HEADER, long_table(3), page_size_name=name))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (width, height)


def test_an_unknown_page_size_is_refused() -> None:
    with pytest.raises(ValueError, match="A3"):
        pdf.render_pdf(HEADER, long_table(3), page_size_name="A3")


def test_charts_are_embedded_at_print_resolution() -> None:
    months = [date(2026, m, 1) for m in range(1, 13)]
    figure = revenue_trend_figure(months, [100_00] * 12, [90_00] * 12, currency="RUB")
    width, height = 500, 200  # points
    reader = read(pdf.render_pdf(HEADER, [pdf.figure_image(figure, width, height)]))
    images = reader.pages[0].images
    assert len(images) == 1
    pixels_wide, pixels_high = images[0].image.size
    assert pixels_wide / (width / 72) >= 200  # dots per inch on paper
    assert pixels_high / (height / 72) >= 200


def test_muted_and_total_rows_render() -> None:
    rows = [
        pdf.Row(["Left member", "0 ₽", "0"], muted=True),
        pdf.Row(["Total", "5 ₽", "1"], total=True),
    ]
    text = (
        read(pdf.render_pdf(HEADER, [pdf.data_table(COLUMNS, rows, 400)])).pages[0].extract_text()
    )
    assert "Left member" in text and "Total" in text


def test_markup_characters_are_shown_as_text() -> None:
    story = [Paragraph(pdf.escape("Smith & Sons <Ltd>"), pdf.styles().body)]
    text = read(pdf.render_pdf(HEADER, story)).pages[0].extract_text()
    assert "Smith & Sons <Ltd>" in text


def test_long_frame_texts_are_cut_to_fit() -> None:
    header = pdf.PageHeader("C" * 200, "Title", "Q3 2026", "Whole company", HEADER.generated_at)
    text = read(pdf.render_pdf(header, long_table(3))).pages[0].extract_text()
    assert "C" * 200 not in text
    assert "…" in text


def test_fonts_come_from_matplotlibs_data_folder() -> None:
    folder = pdf.font_directory()
    assert (folder / "DejaVuSans.ttf").is_file()
    assert (folder / "DejaVuSans-Bold.ttf").is_file()


@pytest.mark.parametrize(("room_mm", "pages", "first_page_has_it"), [(85, 1, True), (60, 2, False)])
def test_a_fitted_chart_shrinks_into_the_rest_of_the_page_rather_than_leave_it_empty(
    room_mm: float, pages: int, first_page_has_it: bool
) -> None:
    """95 mm wanted, 70 mm at least: with 85 mm (and its heading) left it takes what is left
    of the page; with 60 mm it moves to the next page whole."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    sheet = pdf.styles()
    filler = pdf.content_height() - room_mm * mm
    chart = pdf.FittedFigure(
        Paragraph("Cohorts", sheet.heading),
        revenue_trend_figure(
            [date(2026, m, 1) for m in range(1, 13)], [5] * 12, [4] * 12, currency="RUB"
        ),
        pdf.content_width(),
        95 * mm,
        70 * mm,
    )
    reader = read(pdf.render_pdf(HEADER, [Spacer(1, filler), chart]))
    assert len(reader.pages) == pages
    assert ("Cohorts" in reader.pages[0].extract_text()) is first_page_has_it
