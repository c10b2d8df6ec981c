"""SalesDeskStyle: headers that cut a title short end it in "…" and say it whole as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from ui.theme import TITLE_TIPS, SalesDeskStyle, section_title_cut_short


def test_a_narrow_column_elides_its_title_and_tells_it_whole(qtbot: QtBot) -> None:
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Revenue in\nperiod", "Days"])
    style = SalesDeskStyle()
    header = table.horizontalHeader()
    header.setStyle(style)  # polished as the application's style polishes every header
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert header.property(TITLE_TIPS)
    table.setColumnWidth(0, 30)
    table.setColumnWidth(1, 200)
    assert section_title_cut_short(header, 0) == "Revenue in period"
    assert section_title_cut_short(header, 1) == ""
