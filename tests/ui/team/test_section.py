"""TeamSection: the tree, the selected node's figures (hand-worked, see sales_fixture), state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.ui.sales_fixture import NED, ODA, create_sales_database

from ui.section import AppContext
from ui.team.section import TeamSection

Q3_2026 = Period.quarter(2026, 3)
LOAD_TIMEOUT_MS = 30_000


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = create_sales_database(tmp_path / "sales.sqlite")
    with open_database(path, read_only=True) as database:
        yield database


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> TeamSection:
    section = TeamSection()
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.figures_loaded, timeout=LOAD_TIMEOUT_MS):
        section.set_context(AppContext(database, Q3_2026, "geographic", "USD"))
    return section


def _values(section: TeamSection) -> dict[str, str]:
    return {key: card.value_label.text() for key, card in section.detail.cards.items()}


def test_first_team_is_selected_with_its_figures(section: TeamSection) -> None:
    assert section.model.index(0, 0).data() == "Zed"  # the head of sales, above the teams
    assert section.detail.name_label.text() == "Sales"
    assert section.detail.subtitle_label.text() == "Team · Lead: Mia · 2 active member(s)"
    # Sales covers everyone: ORD-2, ORD-3 (Ned) and ORD-5 (Mia); owners' current accounts A, C, F
    assert _values(section) == {
        "revenue": "$90,000",
        "orders": "3",
        "average_order_value": "$30,000",
        "new_customers": "1",
        "current_accounts": "3",
    }
    # at the end of Q2 2026 A, E and F were current: no change
    assert section.detail.cards["current_accounts"].delta_texts() == ["▶ 0.0% vs Q2 2026"]


def test_selecting_a_member_shows_their_figures(qtbot: QtBot, section: TeamSection) -> None:
    with qtbot.waitSignal(section.figures_loaded, timeout=LOAD_TIMEOUT_MS):
        section.select(section.model.index_of_member(NED))
    assert section.detail.name_label.text() == "Ned"
    assert section.detail.subtitle_label.text() == "Sales representative · North · ned@example.com"
    # Ned: ORD-2 40,000 + ORD-3 20,000; C was Mia's sale; Ned owns A and F (current), E (lost)
    assert _values(section) == {
        "revenue": "$60,000",
        "orders": "2",
        "average_order_value": "$30,000",
        "new_customers": "0",
        "current_accounts": "2",
    }
    # Q2 2026: ORD-7 15,000, 1 order, F new; A, E and F current on 30 Jun
    deltas = {key: card.delta_texts() for key, card in section.detail.cards.items()}
    assert deltas == {
        "revenue": ["▲ +300.0% vs Q2 2026"],
        "orders": ["▲ +100.0% vs Q2 2026"],
        "average_order_value": ["▲ +100.0% vs Q2 2026"],
        "new_customers": ["▼ -100.0% vs Q2 2026"],
        "current_accounts": ["▼ -33.3% vs Q2 2026"],
    }


def test_member_who_left_says_so(qtbot: QtBot, section: TeamSection) -> None:
    with qtbot.waitSignal(section.figures_loaded, timeout=LOAD_TIMEOUT_MS):
        section.select(section.model.index_of_member(ODA))
    assert section.detail.note_label.isVisibleTo(section)
    assert section.detail.note_label.text() == (
        "Left on Mar 31, 2026; the figures are kept in the history."
    )
    assert section.detail.cards["revenue"].value_label.text() == "$0"


def test_period_change_refreshes_the_selected_node(
    qtbot: QtBot, section: TeamSection, database: Database
) -> None:
    with qtbot.waitSignal(section.figures_loaded, timeout=LOAD_TIMEOUT_MS):
        section.set_context(AppContext(database, Period.quarter(2026, 2), "geographic", "USD"))
    assert section.detail.name_label.text() == "Sales"
    assert section.detail.cards["revenue"].value_label.text() == "$15,000"  # ORD-7


def test_splitter_state_is_kept(qtbot: QtBot, section: TeamSection) -> None:
    section.resize(1400, 700)
    section.show()
    qtbot.waitExposed(section)
    default = section.splitter.sizes()
    section.splitter.setSizes([500, 900])
    section.splitter.splitterMoved.emit(500, 1)  # as a drag of the handle does
    again = TeamSection()
    qtbot.addWidget(again)
    again.resize(1400, 700)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == section.splitter.sizes() != default


def test_no_database_shows_a_hint(qtbot: QtBot) -> None:
    section = TeamSection()
    qtbot.addWidget(section)
    section.set_context(AppContext(None, Q3_2026, "geographic", "USD"))
    assert section.model.rowCount() == 0
    assert section.placeholder.text() == "Open a database to see your team."


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_section_renders_in_both_languages(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    """Renders the details and the coverage tab to PNG (kept in tmp_path for a look)."""
    from salesdesk import i18n
    from tests.salesdesk.team.team_fixture import OCTOBER, create_team_database

    from ui.app import install_translators

    i18n.set_language(language)
    translators = install_translators(qapp, language)
    try:
        path = create_team_database(tmp_path / "team.sqlite")
        with open_database(path) as database:
            section = TeamSection()
            qtbot.addWidget(section)
            section.resize(1280, 760)
            section.show()
            with qtbot.waitSignals(
                [section.figures_loaded, section.coverage.loaded], timeout=LOAD_TIMEOUT_MS
            ):
                section.set_context(AppContext(database, OCTOBER, "geographic", "RUB"))
            details = section.grab()
            section.tabs.setCurrentIndex(1)
            coverage = section.grab()
            titles = (section.tabs.tabText(0), section.coverage.title_label.text())
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    for name, image in (("details", details), ("coverage", coverage)):
        assert image.save(str(tmp_path / f"team_{name}_{language}.png"))
        assert (image.width(), image.height()) == (1280, 760)
    expected = {
        "en": ("Details", "Coverage by territory"),
        "ru": ("Сведения", "Зоны ответственности по территориям"),
    }
    assert titles == expected[language]
