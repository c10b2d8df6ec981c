"""The coverage section of the team report (SPEC §6): gaps, overlaps and overloaded members
for the organisation mode in the settings, from :mod:`salesdesk.team.coverage`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from salesdesk.formatting import format_money, format_number
from salesdesk.i18n import tr, trn
from salesdesk.reports import pdf

if TYPE_CHECKING:
    from salesdesk.periods import Period
    from salesdesk.team.coverage import CoverageItem, CoverageReport, Tally


def coverage_story(
    report: CoverageReport, period: Period, currency: str, width: float
) -> list[Flowable]:
    sheet = pdf.styles()
    story: list[Flowable] = [
        Paragraph(pdf.escape(_title(report.mode)), sheet.heading),
        Paragraph(pdf.escape(_summary(report, period, currency)), sheet.body),
    ]
    issues = [*report.gaps, *report.overlaps]
    if issues:
        story.append(Paragraph(tr("Gaps and overlaps"), sheet.subheading))
        story.append(pdf.data_table(_issue_columns(), _issue_rows(report, currency), width))
    if report.overloaded:
        story.append(Paragraph(tr("Overloaded members"), sheet.subheading))
        story.append(pdf.data_table(_load_columns(), _load_rows(report), width))
    if not issues and not report.overloaded:
        story.append(
            Paragraph(
                tr(
                    "Everything with customers or sales is covered by exactly one member or "
                    "team, and nobody holds more accounts than their capacity."
                ),
                sheet.body,
            )
        )
    story.append(Paragraph(pdf.escape(_explanation(period)), sheet.note))
    return story


def _title(mode: str) -> str:
    titles = {
        "geographic": tr("Coverage by territory"),
        "product": tr("Coverage by product category"),
        "customer": tr("Coverage by account type"),
    }
    return titles.get(mode, titles["geographic"])


def _summary(report: CoverageReport, period: Period, currency: str) -> str:
    gaps, overlaps = report.gap_tally(), report.overlap_tally()
    overloaded = report.overloaded
    parts = [
        _tally(trn(gaps.count, "{n} gap", "{n} gaps"), gaps, period, currency),
        _tally(trn(overlaps.count, "{n} overlap", "{n} overlaps"), overlaps, period, currency),
        trn(len(overloaded), "{n} overloaded member", "{n} overloaded members"),
    ]
    if overloaded:
        excess = sum(load.excess for load in overloaded)
        parts[-1] += ": " + trn(excess, "{n} account over capacity", "{n} accounts over capacity")
    return "; ".join(parts) + "."


def _tally(head: str, tally: Tally, period: Period, currency: str) -> str:
    if not tally.count:
        return head
    customers = trn(tally.customers, "{n} customer", "{n} customers")
    revenue = tr(
        "{money} in {period}",
        money=format_money(tally.revenue, currency, decimals=0),
        period=period.label(),
    )
    return f"{head} ({customers}, {revenue})"


def _issue_columns() -> list[pdf.Column]:
    return [
        pdf.Column(tr("Item"), weight=2),
        pdf.Column(tr("Issue")),
        pdf.Column(tr("Covered by"), weight=2),
        pdf.Column(tr("Customers"), numeric=True),
        pdf.Column(tr("Revenue"), numeric=True),
    ]


def _issue_rows(report: CoverageReport, currency: str) -> list[pdf.Row]:
    def row(item: CoverageItem, issue: str) -> pdf.Row:
        holders = ", ".join(holder.name for holder in item.effective) or "—"
        return pdf.Row(
            [
                report.path(item),
                issue,
                holders,
                format_number(item.customers),
                format_money(item.revenue, currency, decimals=0),
            ]
        )

    return [row(item, tr("Gap")) for item in report.gaps] + [
        row(item, tr("Overlap")) for item in report.overlaps
    ]


def _load_columns() -> list[pdf.Column]:
    return [
        pdf.Column(tr("Member"), weight=2),
        pdf.Column(tr("Current accounts"), numeric=True),
        pdf.Column(tr("Capacity"), numeric=True),
        pdf.Column(tr("Over by"), numeric=True),
    ]


def _load_rows(report: CoverageReport) -> list[pdf.Row]:
    return [
        pdf.Row(
            [
                load.name,
                format_number(load.current_accounts),
                format_number(load.capacity),
                format_number(load.excess),
            ]
        )
        for load in sorted(report.overloaded, key=lambda load: (-load.excess, load.name))
    ]


def _explanation(period: Period) -> str:
    return tr(
        "For the whole company, in the organisation mode of the settings. A gap has customers "
        "or sales in {period} but no active member or team covering it; an overlap has more "
        "than one. An assignment covers the item's sub-items too, unless they have their own. "
        "Customers: all customers of the item (in product mode, those who bought in the "
        "period); revenue in {period}. Overloaded: current accounts today above the member's "
        "capacity.",
        period=period.label(),
    )
