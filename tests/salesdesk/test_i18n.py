"""Every core string has its Russian; plural forms follow each language's rules."""

from __future__ import annotations

import ast

import pytest

from salesdesk import i18n
from salesdesk.locale_ru import MESSAGES, PLURALS
from tests.paths import ROOT


def translated_literals() -> tuple[set[str], set[str]]:
    """The string literals passed to tr() and to trn() (its singular) across salesdesk/."""
    singles: set[str] = set()
    plurals: set[str] = set()
    for path in (ROOT / "salesdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id == "tr" and node.args and isinstance(node.args[0], ast.Constant):
                singles.add(node.args[0].value)
            if (
                node.func.id == "trn"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
            ):
                plurals.add(node.args[1].value)
    return singles, plurals


def test_every_core_string_has_a_russian_translation() -> None:
    singles, plurals = translated_literals()
    assert sorted(singles - MESSAGES.keys()) == []
    assert sorted(plurals - PLURALS.keys()) == []


def test_russian_translations_keep_their_placeholders() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    mismatched = [key for key, value in MESSAGES.items() if fields(key) != fields(value)]
    assert mismatched == []
    for forms in PLURALS.values():
        assert all("{n}" in form for form in forms)


@pytest.mark.parametrize(
    ("n", "form"),
    [
        (1, 0),
        (21, 0),
        (101, 0),
        (2, 1),
        (4, 1),
        (22, 1),
        (5, 2),
        (11, 2),
        (12, 2),
        (14, 2),
        (0, 2),
        (25, 2),
        (111, 2),
        (112, 2),
    ],
)
def test_russian_plural_rule(n: int, form: int) -> None:
    assert i18n.russian_plural_form(n) == form


def test_trn_picks_the_form_per_language() -> None:
    found = [i18n.trn(n, "{n} problem found:", "{n} problems found:") for n in (1, 2)]
    assert found == ["1 problem found:", "2 problems found:"]
    with i18n.language_set_to("ru"):
        found = [i18n.trn(n, "{n} problem found:", "{n} problems found:") for n in (1, 3, 5, 21)]
    assert found == [
        "Найдена 1 проблема:",
        "Найдено 3 проблемы:",
        "Найдено 5 проблем:",
        "Найдена 21 проблема:",
    ]
    assert i18n.language() == "en"


def test_system_language_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.system_language() == "ru"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.system_language() == "en"


def test_a_threads_temporary_language_leaves_other_threads_alone() -> None:
    import threading

    seen: list[str] = []
    inside = threading.Event()
    release = threading.Event()

    def build_russian_report() -> None:
        with i18n.language_set_to("ru"):
            seen.append(i18n.tr("see --help"))
            inside.set()
            release.wait(timeout=10)

    worker = threading.Thread(target=build_russian_report)
    worker.start()
    assert inside.wait(timeout=10)
    assert i18n.language() == "en"
    assert i18n.tr("see --help") == "see --help"
    release.set()
    worker.join(timeout=10)
    assert seen == ["см. --help"]


def test_units_take_the_form_of_their_number() -> None:
    with i18n.language_set_to("ru"):
        assert [i18n.with_unit(str(n), n, "баллы") for n in (1, 2, 5, 21, 41, 45)] == [
            "1 балл", "2 балла", "5 баллов", "21 балл", "41 балл", "45 баллов"
        ]  # fmt: skip
        assert i18n.with_unit("2,5", 2.5, "балл") == "2,5 балла"
        assert i18n.with_unit("3", 3, "NPS") == "3 NPS"  # unknown: as typed
    assert i18n.with_unit("1", 1, "points") == "1 point"
    assert i18n.with_unit("45", 45, "point") == "45 points"


def test_a_sentence_ends_once_after_an_abbreviation() -> None:
    from datetime import date

    from salesdesk.formatting import format_date

    with i18n.language_set_to("ru"):
        end = format_date(date(2026, 12, 31))  # "31 дек. 2026 г."
        sentence = i18n.tr(
            "Runs {length}, from {start} to {end}.", length="365 дней", start=end, end=end
        )
        assert sentence.endswith("по 31 дек. 2026\u202fг.")
        assert i18n.tr("Baseline {baseline} over {period}; the target {target} is {change}.",
                       baseline="1", period="2025", target="2",
                       change=i18n.tr("{points} pp", points="+1,0")).endswith("п. п.")  # fmt: skip


def test_comparisons_read_in_the_right_case() -> None:
    from datetime import date

    from salesdesk.metrics.comparison import Comparison
    from salesdesk.periods import Period

    november = Period.month(2026, 11)
    running = Comparison(november, Period(november.start, date(2026, 11, 11)), november, november)
    complete = Comparison(november, november, november, november)
    assert complete.against_previous() == "vs October 2026"
    assert running.against_previous() == "vs October 2026 to date"
    with i18n.language_set_to("ru"):
        assert complete.against_previous() == "к октябрю 2026"
        assert running.against_year_ago() == "к ноябрю 2025 за те же дни"
        assert Period.quarter(2026, 3).label(case="dative") == "3 кв. 2026"
