"""``--self-test``: a smoke test of an installation, the packaged build above all (SPEC §10).

It walks the path a real start takes through everything that is read from disk or imported
late — migrations, the demo generator, the metrics, matplotlib, reportlab and its fonts, the
translations — in a temporary folder, and prints one JSON object::

    {"ok": true, "version": "0.1.0", "frozen": false,
     "steps": [{"step": "database", "ok": true, "seconds": 0.21, "detail": "..."}, ...]}

Exit status 0 when every step passed; otherwise 1, with a line on stderr naming the failed
steps. Each step is guarded, so one failure still lets the others report. No window opens:
the Qt part needs only a QCoreApplication.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesdesk import __version__

if TYPE_CHECKING:
    from salesdesk.periods import Period

DEMO_CUSTOMERS = 50
DEMO_SALES = 500
CHART_DPI = 150


@dataclass
class StepResult:
    step: str
    ok: bool
    seconds: float
    detail: str


@dataclass
class SelfTest:
    """The shared state of the steps: a scratch folder and what earlier steps produced."""

    folder: Path
    demo_path: Path | None = None
    results: list[StepResult] = field(default_factory=list)

    def run(self, name: str, step: Callable[[SelfTest], str]) -> None:
        started = time.perf_counter()
        try:
            detail, ok = step(self), True
        except Exception as error:  # a self-test reports every failure, whatever it is
            detail, ok = _describe(error), False
        self.results.append(StepResult(name, ok, round(time.perf_counter() - started, 3), detail))

    def demo(self) -> Path:
        if self.demo_path is None:
            raise RuntimeError("needs the demo database, which was not generated")
        return self.demo_path


def _describe(error: Exception) -> str:
    """The error and where it was raised: enough to find the cause from a CI log."""
    where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    place = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
    return f"{type(error).__name__}: {error}{place}"


# --- the steps ---------------------------------------------------------------------------------


def check_database(test: SelfTest) -> str:
    """Creates an empty database, which runs every migration, and checks it."""
    from salesdesk.store import db

    path = test.folder / "empty.sqlite"
    db.create_database(path, company="Self-test", currency="RUB")
    report = db.check_database(path)
    if not report.healthy:
        raise RuntimeError(f"schema {report.schema_version}: {'; '.join(report.problems)}")
    return f"schema version {report.schema_version}, integrity and foreign keys fine"


def generate_demo(test: SelfTest) -> str:
    from salesdesk.demo import generate_demo as generate

    path = test.folder / "demo.sqlite"
    generate(path, customers=DEMO_CUSTOMERS, sales=DEMO_SALES)
    test.demo_path = path
    return f"{DEMO_CUSTOMERS} customers, {DEMO_SALES} sales lines"


def last_year() -> Period:
    from salesdesk.periods import Period

    today = date.today()
    return Period(today - timedelta(days=364), today)


def compute_kpis(test: SelfTest) -> str:
    from salesdesk.dashboard.service import load_dashboard
    from salesdesk.formatting import format_money
    from salesdesk.i18n import language_set_to
    from salesdesk.settings import read_settings
    from salesdesk.store.db import open_database

    with open_database(test.demo(), read_only=True) as database:
        kpis = load_dashboard(database, last_year()).kpis
        currency = read_settings(database).currency
    revenue, orders = kpis["revenue"].value or 0, kpis["orders"].value or 0
    if revenue <= 0 or orders <= 0:
        raise RuntimeError(f"no sales in the last year: revenue {revenue}, {orders} orders")
    with language_set_to("ru"):  # Babel's Russian locale data must be there
        text = format_money(revenue, currency)
    return f"last 365 days: revenue {text}, {orders:.0f} orders"


def render_chart(test: SelfTest) -> str:
    from salesdesk.dashboard.charts import revenue_trend_figure
    from salesdesk.dashboard.service import load_dashboard
    from salesdesk.settings import read_settings
    from salesdesk.store.db import open_database

    with open_database(test.demo(), read_only=True) as database:
        data = load_dashboard(database, last_year())
        currency = read_settings(database).currency
    figure = revenue_trend_figure(data.months, data.this_year, data.last_year, currency=currency)
    path = test.folder / "chart.png"
    figure.savefig(path, dpi=CHART_DPI)
    if not path.read_bytes().startswith(b"\x89PNG"):
        raise RuntimeError(f"{path.name} is not a PNG")
    return f"revenue trend, {path.stat().st_size} bytes of PNG"


def build_pdf(test: SelfTest) -> str:
    """The team report in Russian: reportlab, the embedded Cyrillic fonts, the charts."""
    from salesdesk.reports.service import build_report
    from salesdesk.store.db import open_database

    with open_database(test.demo(), read_only=True) as database:
        document = build_report(database, "team", last_year(), language="ru", page_size="A4")
    if not document.startswith(b"%PDF-") or b"%%EOF" not in document[-64:]:
        raise RuntimeError("the team report is not a complete PDF")
    (test.folder / "team.pdf").write_bytes(document)
    pages = len(re.findall(rb"/Type\s*/Page\b", document))
    return f"team report in Russian, {pages} page(s), {len(document)} bytes"


def load_translations(_test: SelfTest) -> str:
    """The GUI's Russian catalogue, Qt's own for its dialogs, and the core's."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from salesdesk.locale_ru import MESSAGES

    from ui.paths import resource_path

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    catalogues = (
        ("salesdesk_ru", str(resource_path("i18n"))),
        ("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in catalogues:
        translator = QTranslator(app)
        if not translator.load(name, folder):
            raise RuntimeError(f"cannot load {name}.qm from {folder}")
        if translator.isEmpty():
            raise RuntimeError(f"{name}.qm in {folder} holds no translations")
    if not MESSAGES:
        raise RuntimeError("the core's Russian catalogue is empty")
    return f"salesdesk_ru.qm, qtbase_ru.qm and {len(MESSAGES)} core messages"


STEPS: tuple[tuple[str, Callable[[SelfTest], str]], ...] = (
    ("database", check_database),
    ("demo", generate_demo),
    ("kpis", compute_kpis),
    ("chart", render_chart),
    ("pdf", build_pdf),
    ("translations", load_translations),
)


# --- running -----------------------------------------------------------------------------------


def run_self_test() -> int:
    """Runs every step, prints the JSON summary on stdout, returns the exit status."""
    with tempfile.TemporaryDirectory(prefix="salesdesk-selftest-") as scratch:
        test = SelfTest(Path(scratch))
        for name, step in STEPS:
            test.run(name, step)
    failed = [result.step for result in test.results if not result.ok]
    print(json.dumps(summary(test.results), ensure_ascii=False, indent=2))
    if failed:
        print(f"self-test failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def summary(results: list[StepResult]) -> dict[str, Any]:
    return {
        "ok": all(result.ok for result in results),
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "steps": [vars(result) for result in results],
    }


if __name__ == "__main__":
    sys.exit(run_self_test())
