"""Honest pages for the sections that later versions fill: what each will do, and no fake data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QLabel

from ui.icons import icon
from ui.sections.base import Section
from ui.widgets.centred_page import heading_label, lay_out_centred

ICON_SIZE = QSize(64, 64)
COLUMN_WIDTH = 520


class LaterSection(Section):
    """A page that names its section and says, in one sentence, what it will do."""

    def _present(self, title: str, icon_name: str, promise: str) -> None:
        """Builds the page; subclasses call it with their own translated texts."""
        self.title = title
        self.icon_name = icon_name
        self._picture = QLabel()
        self._picture.setMinimumHeight(ICON_SIZE.height())
        self._refresh_picture()
        sentence = QLabel(promise)
        sentence.setWordWrap(True)
        # self.tr() would look the text up under the subclass's name; this string is the base's.
        later = QLabel(
            QCoreApplication.translate("LaterSection", "This section arrives in a later version.")
        )
        later.setEnabled(False)
        later.setWordWrap(True)
        lay_out_centred(self, (self._picture, heading_label(title), sentence, later), COLUMN_WIDTH)

    def _refresh_picture(self) -> None:
        self._picture.setPixmap(icon(self.icon_name).pixmap(ICON_SIZE))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.icon_name:
            self._refresh_picture()
