"""Building blocks of every PDF report (SPEC §6): fonts, page frame, styles, tables, charts.

A report is a list of reportlab flowables rendered by :func:`render_pdf`, which draws the same
frame on every page: company, report title, period, scope, date and time of generation and
"page X of Y". The DejaVu fonts that ship with matplotlib are embedded (subset) so that
Cyrillic prints everywhere; the packaged build bundles matplotlib's data folder, so the same
lookup finds them there.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from salesdesk import i18n
from salesdesk.errors import SalesDeskError
from salesdesk.formatting import format_date
from salesdesk.i18n import tr
from salesdesk.reports import PAGE_SIZE_NAMES

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlalchemy.engine import Connection

    from salesdesk.metrics.scope import Scope
    from salesdesk.periods import Period

PAGE_SIZES: dict[str, tuple[float, float]] = dict(zip(PAGE_SIZE_NAMES, (A4, LETTER), strict=True))
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

MARGIN_SIDE = 16 * mm
MARGIN_TOP = 24 * mm  # room for the two-line page header
MARGIN_BOTTOM = 18 * mm
FRAME_PADDING = 6  # reportlab's default inset of the content frame within the margins
CELL_PADDING = 4
HEADER_FONT_SIZE = 7.5
CELL_FONT_SIZE = 8
MIN_TEXT_SHARE = 0.16  # of a table's width, however wide its numbers are

INK = colors.HexColor("#1F2937")
MUTED = colors.HexColor("#6B7280")
FAINT = colors.HexColor("#9CA3AF")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#D1D5DB")
ZEBRA = colors.HexColor("#F3F4F6")
CARD = colors.HexColor("#F5F7FA")
GOOD = colors.HexColor("#15803D")
BAD = colors.HexColor("#B91C1C")

# Charts go in as PNG at 220 dpi rather than as vectors: matplotlib renders PNG itself, with
# no extra dependency to bundle (svglib would add lxml and cssselect2 and approximates SVG
# clipping), and 220 dpi is beyond what print needs (SPEC §6 asks for 150) at a few hundred
# kilobytes per chart.
CHART_DPI = 220
GLOSSARY_ROOM = 60 * mm  # the glossary starts on a new page unless this much is left

Tone = Literal["good", "bad", "neutral"]
_TONE_COLORS = {"good": GOOD, "bad": BAD, "neutral": MUTED}


class MissingFontError(SalesDeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("The report font {path} is missing; reinstall SalesDesk.", path=path))


# --- fonts -----------------------------------------------------------------------------------


def font_directory() -> Path:
    """matplotlib's DejaVu folder, in the source tree and in the PyInstaller bundle alike."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@cache
def register_fonts() -> None:
    """Registers DejaVu Sans (regular and bold) with reportlab, once per process."""
    for name, file_name in _FONT_FILES.items():
        path = font_directory() / file_name
        if not path.is_file():
            raise MissingFontError(path)
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


# --- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    lead_note: ParagraphStyle  # a line under a heading, kept with what follows
    cell: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_header: ParagraphStyle
    cell_header_right: ParagraphStyle
    kpi_label: ParagraphStyle
    kpi_value: ParagraphStyle
    kpi_delta: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=INK)

    def style(name: str, parent: ParagraphStyle = base, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **changes)

    cell = style("cell", fontSize=CELL_FONT_SIZE, leading=10)
    header = style(
        "cell_header",
        fontName=FONT_BOLD,
        fontSize=HEADER_FONT_SIZE,
        leading=9,
        textColor=colors.white,
    )
    return Styles(
        title=style("title", fontName=FONT_BOLD, fontSize=22, leading=27, textColor=ACCENT),
        subtitle=style("subtitle", fontSize=11, leading=15, textColor=MUTED),
        heading=style(
            "heading",
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=True,
        ),
        subheading=style(
            "subheading",
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=10,
            spaceAfter=3,
            keepWithNext=True,
        ),
        body=base,
        note=style("note", fontSize=7.5, leading=10, textColor=MUTED),
        lead_note=style(
            "lead_note", fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=3, keepWithNext=True
        ),
        cell=cell,
        cell_muted=style("cell_muted", parent=cell, textColor=FAINT),
        cell_header=header,
        cell_header_right=style("cell_header_right", parent=header, alignment=TA_RIGHT),
        kpi_label=style("kpi_label", fontSize=8, leading=10, textColor=MUTED),
        kpi_value=style("kpi_value", fontName=FONT_BOLD, fontSize=15, leading=19),
        kpi_delta=style("kpi_delta", fontSize=7.5, leading=10, textColor=MUTED),
    )


def escape(text: str) -> str:
    """Text for a Paragraph, whose markup is XML-like (a customer named "A&B <Ltd>")."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- page frame ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageHeader:
    """What every page of a report shows besides its content."""

    company: str
    title: str
    period_label: str
    scope_label: str
    generated_at: datetime

    def generated_label(self) -> str:
        when = f"{format_date(self.generated_at.date())}, {self.generated_at:%H:%M}"
        return tr("Generated {when}", when=when)


def page_header(
    conn: Connection, title: str, period: Period, scope: Scope, generated_at: datetime
) -> PageHeader:
    """The frame of a report on ``conn``, in the current language."""
    from salesdesk.settings import load_settings

    company = load_settings(conn).company_name
    return PageHeader(company, title, period.label(), scope_label(conn, scope), generated_at)


def scope_label(conn: Connection, scope: Scope) -> str:
    """Whose figures they are: "Whole company" (or the login's own, "Ivan Petrov's team"),
    then what the scope narrows them to: "Team: North; Channel: Online"."""
    from sqlalchemy import text

    from salesdesk.store.login import login_visibility

    visibility = login_visibility(conn)
    parts = [] if visibility.head_rights else [visibility.scope_label()]
    for field_name, table, caption in _scope_captions():
        record_id = getattr(scope, field_name)
        if record_id is not None:
            found = conn.execute(
                text(f"SELECT name FROM {table} WHERE id = :id"), {"id": record_id}
            )
            name = found.scalar_one_or_none() or f"#{record_id}"
            parts.append(caption.format(name=name))
    return "; ".join(parts) or visibility.scope_label()


def _scope_captions() -> tuple[tuple[str, str, str], ...]:
    """(Scope field, table holding its names, caption) in the order a reader narrows down."""
    return (
        ("team_id", "team", tr("Team: {name}")),
        ("member_id", "member", tr("Member: {name}")),
        ("territory_id", "territory", tr("Territory: {name}")),
        ("account_type_id", "account_type", tr("Account type: {name}")),
        ("category_id", "product_category", tr("Category: {name}")),
        ("product_id", "product", tr("Product: {name}")),
        ("channel_id", "channel", tr("Channel: {name}")),
    )


class _FramedCanvas(Canvas):
    """Draws the page frame once the page count is known, for "page X of Y".

    Pages are kept until ``save()`` (reportlab's usual recipe for a total page count): a
    second layout pass would double the build time of long reports.
    """

    def __init__(self, *args: Any, page_header: PageHeader, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_header = page_header
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_frame(self, self._page_header, number, len(self._pages))
            super().showPage()
        super().save()


@dataclass(frozen=True)
class _Ink:
    font: str
    size: float
    color: colors.Color


_STRONG_INK = _Ink(FONT_BOLD, 8.5, INK)
_MUTED_INK = _Ink(FONT, 7.5, MUTED)


def _draw_frame(canvas: Canvas, header: PageHeader, number: int, total: int) -> None:
    width, height = canvas._pagesize
    top, bottom = height - 11 * mm, 10 * mm
    canvas.saveState()
    _draw_pair(canvas, top, (header.company, header.title), _STRONG_INK)
    _draw_pair(canvas, top - 11, (header.period_label, header.scope_label), _MUTED_INK)
    page_text = tr("page {number} of {total}", number=number, total=total)
    _draw_pair(canvas, bottom, (header.generated_label(), page_text), _MUTED_INK)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    left, right = MARGIN_SIDE + FRAME_PADDING, width - MARGIN_SIDE - FRAME_PADDING
    canvas.line(left, top - 17, right, top - 17)
    canvas.line(left, bottom + 10, right, bottom + 10)
    canvas.restoreState()


def _draw_pair(canvas: Canvas, y: float, texts: tuple[str, str], ink: _Ink) -> None:
    """One text flush left and one flush right on the same line, each cut to half the line."""
    left = MARGIN_SIDE + FRAME_PADDING
    right = canvas._pagesize[0] - left
    half = (right - left) / 2 - 6
    canvas.setFont(ink.font, ink.size)
    canvas.setFillColor(ink.color)
    canvas.drawString(left, y, _fit(texts[0], ink.font, ink.size, half))
    canvas.drawRightString(right, y, _fit(texts[1], ink.font, ink.size, half))


def _fit(text: str, font: str, size: float, max_width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= max_width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


# --- the document ----------------------------------------------------------------------------


def page_size(name: str) -> tuple[float, float]:
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ValueError(f"unknown page size {name!r}; use one of {sorted(PAGE_SIZES)}") from None


def content_width(page_size_name: str = "A4") -> float:
    return page_size(page_size_name)[0] - 2 * (MARGIN_SIDE + FRAME_PADDING)


def content_height(page_size_name: str = "A4") -> float:
    return page_size(page_size_name)[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING


def render_pdf(header: PageHeader, story: list[Flowable], *, page_size_name: str = "A4") -> bytes:
    """Lays the story out on framed pages and returns the PDF file's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size(page_size_name),
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{header.title} — {header.period_label}",
        author=header.company,
        subject=header.scope_label,
        creator="SalesDesk",
        initialFontName=FONT,
    )
    document.build(story, canvasmaker=partial(_FramedCanvas, page_header=header))
    return buffer.getvalue()


def title_block(header: PageHeader) -> list[Flowable]:
    """The first page's large title: report, company, period and scope."""
    sheet = styles()
    subtitle = " · ".join(
        escape(part) for part in (header.company, header.period_label, header.scope_label) if part
    )
    return [
        Paragraph(escape(header.title), sheet.title),
        Paragraph(subtitle, sheet.subtitle),
        Spacer(1, 6 * mm),
    ]


# --- tables ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    title: str
    numeric: bool = False  # right-aligned and as wide as its widest cell
    weight: float = 1.0  # a text column's share of the width the numeric ones leave


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    muted: bool = False  # e.g. a member who left
    total: bool = False


def column_widths(columns: Sequence[Column], rows: Sequence[Row], width: float) -> list[float]:
    """Numeric columns as wide as their widest cell or longest header word, text columns
    sharing the rest; tables that pass the same widths line up with each other."""
    register_fonts()
    natural = [
        _natural_width(i, column, rows) if column.numeric else 0.0
        for i, column in enumerate(columns)
    ]
    weights = [0.0 if column.numeric else column.weight for column in columns]
    numeric_total = sum(natural)
    text_width = max(width - numeric_total, MIN_TEXT_SHARE * width if any(weights) else 0.0)
    shrink = min(1.0, (width - text_width) / numeric_total) if numeric_total else 1.0
    total_weight = sum(weights) or 1.0
    return [
        n * shrink + text_width * w / total_weight for n, w in zip(natural, weights, strict=True)
    ]


def _natural_width(index: int, column: Column, rows: Sequence[Row]) -> float:
    header_words = column.title.split() or [""]
    header = max(pdfmetrics.stringWidth(w, FONT_BOLD, HEADER_FONT_SIZE) for w in header_words)
    cells = (
        pdfmetrics.stringWidth(row.cells[index], FONT_BOLD if row.total else FONT, CELL_FONT_SIZE)
        for row in rows
    )
    return max(header, *cells, 0.0) + 2 * CELL_PADDING + 1


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Row],
    width: float,
    *,
    widths: Sequence[float] | None = None,
) -> Table:
    """A table that breaks across pages repeating its header row.

    Text columns are Paragraphs so that long names wrap; numeric columns stay plain strings,
    right-aligned, which keeps long reports fast to lay out. ``widths`` (from
    :func:`column_widths` over several tables' rows) makes consecutive tables line up.
    """
    register_fonts()
    sheet = styles()
    header = [
        Paragraph(escape(c.title), sheet.cell_header_right if c.numeric else sheet.cell_header)
        for c in columns
    ]
    body = [_table_row(columns, row) for row in rows]
    table = Table(
        [header, *body],
        colWidths=list(widths or column_widths(columns, rows, width)),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(_table_style(columns, rows))
    return table


def _table_row(columns: Sequence[Column], row: Row) -> list[object]:
    sheet = styles()
    text_style = sheet.cell_muted if row.muted else sheet.cell
    if row.total:
        text_style = ParagraphStyle("cell_total", parent=text_style, fontName=FONT_BOLD)
    return [
        text if column.numeric else Paragraph(escape(text), text_style)
        for column, text in zip(columns, row.cells, strict=True)
    ]


def _table_style(columns: Sequence[Column], rows: Sequence[Row]) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_FONT_SIZE, 10),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    for index, column in enumerate(columns):
        if column.numeric:
            commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
    for index, row in enumerate(rows, start=1):
        if index % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
        if row.muted:
            commands.append(("TEXTCOLOR", (0, index), (-1, index), FAINT))
        if row.total:
            commands.append(("FONT", (0, index), (-1, index), FONT_BOLD, CELL_FONT_SIZE, 10))
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.8, INK))
    return TableStyle(commands)


# --- KPI cards -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Delta:
    text: str
    tone: Tone = "neutral"


@dataclass(frozen=True)
class KpiCard:
    label: str
    value: str
    deltas: Sequence[Delta] = ()


def kpi_cards(cards: Sequence[KpiCard], width: float, *, per_row: int = 3) -> Table:
    """Cards in a grid: the label, the value large, and its changes coloured by good / bad."""
    cells: list[object] = [_card_content(card) for card in cards]
    cells += [""] * (-len(cells) % per_row)
    grid = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    gap = 4 * mm
    table = Table(grid, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),  # else the filler cells bring Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # thick white inner lines are the gaps between the cards
                ("INNERGRID", (0, 0), (-1, -1), gap, colors.white),
                *_card_backgrounds(len(cards), per_row),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _card_backgrounds(count: int, per_row: int) -> list[tuple[Any, ...]]:
    return [
        ("BACKGROUND", (i % per_row, i // per_row), (i % per_row, i // per_row), CARD)
        for i in range(count)
    ]


def _card_content(card: KpiCard) -> list[Flowable]:
    sheet = styles()
    content: list[Flowable] = [
        Paragraph(escape(card.label), sheet.kpi_label),
        Paragraph(escape(card.value), sheet.kpi_value),
    ]
    for delta in card.deltas:
        style = ParagraphStyle("delta", parent=sheet.kpi_delta, textColor=_TONE_COLORS[delta.tone])
        content.append(Paragraph(escape(delta.text), style))
    return content


# --- charts ----------------------------------------------------------------------------------


def figure_image(figure: Figure, width: float, height: float) -> Image:
    """A matplotlib figure drawn at ``width`` x ``height`` points, text at its true size."""
    figure.set_size_inches(width / 72, height / 72)
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=CHART_DPI)
    png.seek(0)
    return Image(png, width=width, height=height)


class FittedFigure(Flowable):
    """A chart under its ``heading``, ``height`` points tall, or as tall as the rest of the
    page when that is less but at least ``min_height``: a chart a few millimetres too tall
    for the page shrinks a little instead of leaving half of the page empty. The heading is
    part of it (a heading's keep-with-next would measure the chart on an endless page), and
    the chart is drawn at the height it gets, so its text keeps its true size."""

    def __init__(
        self, heading: Paragraph, figure: Figure, width: float, height: float, min_height: float
    ) -> None:
        super().__init__()
        self._heading, self._figure = heading, figure
        self.width, self.height = width, height
        self._preferred, self._least = height, min_height
        self._chart_height = height

    def getSpaceBefore(self) -> float:  # reportlab asks by this name
        return float(self._heading.getSpaceBefore())

    def _heading_height(self) -> float:
        return float(self._heading.wrap(self.width, self._preferred)[1]) + float(
            self._heading.getSpaceAfter()
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        room = avail_height - self._heading_height()
        self._chart_height = self._preferred if room >= self._preferred else max(self._least, room)
        self.height = self._heading_height() + self._chart_height
        return self.width, self.height

    def draw(self) -> None:
        self._heading.drawOn(self.canv, 0, self.height - self._heading.height)
        chart = figure_image(self._figure, self.width, self._chart_height)
        chart.drawOn(self.canv, 0, 0)


# --- the report as a whole -------------------------------------------------------------------


@contextmanager
def report_settings(conn: Connection, language: str) -> Iterator[None]:
    """Builds in ``language`` with the database's currency display, on this thread only."""
    from salesdesk.formatting import currency_position_set_to
    from salesdesk.settings import load_settings

    settings = load_settings(conn)
    with i18n.language_set_to(language), currency_position_set_to(settings.currency_position):
        yield


def glossary_page(
    conn: Connection, keys: Sequence[str], width: float, more: Sequence[tuple[str, str]] = ()
) -> list[Flowable]:
    """The report's end: what each figure of the report means (SPEC §3a Explained), in the
    words of :mod:`salesdesk.metrics.glossary`, with the database's own windows, then the
    (term, sentence) pairs ``more`` of a feature's own vocabulary; on a page of its own unless
    the last one has room for its start."""
    from salesdesk.metrics.glossary import glossary
    from salesdesk.metrics.status import StatusRules

    sheet = styles()
    columns = [Column(tr("Term"), weight=1), Column(tr("What it means"), weight=3)]
    terms = [*glossary(keys, StatusRules.load(conn)), *more]
    rows = [Row([name, sentence]) for name, sentence in terms]
    return [
        CondPageBreak(GLOSSARY_ROOM),
        Paragraph(tr("Glossary"), sheet.heading),
        data_table(columns, rows, width),
    ]
