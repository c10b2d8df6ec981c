"""A PDF shown as page images in a scroll area, with page navigation (SPEC §4 Reports).

Pages are rasterised with PDFium (pypdfium2) into ``QImage`` objects by :func:`rasterise_pdf`,
which a background task may call: ``QImage`` — unlike ``QPixmap`` — may be made off the GUI
thread. PDFium itself is not thread-safe, so one lock serialises every use of it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.labels import mute

# Pages are rendered at twice the on-screen resolution of 72 dpi, so they stay sharp on
# high-density screens and when the viewer is zoomed by the OS.
RENDER_DPI = 144
_SCREEN_DPI = 72
_PAGE_GAP = 16
_PDFIUM_LOCK = threading.Lock()


def rasterise_pdf(data: bytes, *, dpi: int = RENDER_DPI) -> list[QImage]:
    """Every page of the PDF ``data`` as an RGB image at ``dpi``."""
    import pypdfium2

    with _PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(data)
        try:
            return [_render_page(page, dpi / _SCREEN_DPI) for page in document]
        finally:
            document.close()


def _render_page(page: object, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)  # type: ignore[attr-defined]
    image = QImage(
        bytes(bitmap.buffer),
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        QImage.Format.Format_RGBX8888,
    )
    return image.copy()  # detach from the buffer PDFium frees with the bitmap


class PdfPreview(QWidget):
    """Shows pages top to bottom; Previous / Next jump between them."""

    page_changed = Signal(int)  # zero-based index of the page at the top of the view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page_labels: list[QLabel] = []
        self._current = 0
        self.previous_button = self._nav_button(
            QStyle.StandardPixmap.SP_ArrowUp, self.tr("Previous page"), self.previous_page
        )
        self.next_button = self._nav_button(
            QStyle.StandardPixmap.SP_ArrowDown, self.tr("Next page"), self.next_page
        )
        self.page_label = QLabel()
        self.message_label = QLabel()
        mute(self.message_label)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self._pages = QWidget()
        self._pages_layout = QVBoxLayout(self._pages)
        self._pages_layout.setSpacing(_PAGE_GAP)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self._pages)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)  # pages stand out as paper
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._track_current_page)
        self.scroll_area.viewport().installEventFilter(self)
        self._build_layout()
        self.clear()

    def _nav_button(self, pixmap: QStyle.StandardPixmap, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(pixmap))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.page_label)
        navigation.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(navigation)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message_label, 1)

    # --- content --------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self._page_labels)

    def show_pages(self, images: list[QImage]) -> None:
        """Replaces the document shown; must run on the GUI thread (it makes pixmaps)."""
        self._remove_pages()
        ratio = RENDER_DPI / _SCREEN_DPI
        for image in images:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            # Scaled when painted, so fitting the width costs nothing for pages out of view.
            label.setScaledContents(True)
            self._pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._page_labels.append(label)
        self.scroll_area.setVisible(bool(images))
        self._fit_width()
        self.message_label.setVisible(not images)
        for widget in (self.previous_button, self.next_button, self.page_label):
            widget.setVisible(bool(images))
        self._set_current(0)

    def clear(self, message: str = "") -> None:
        """Shows no document, only ``message`` (e.g. "Press Preview", "Rendering…")."""
        self.show_pages([])
        self.message_label.setText(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_width()  # the window, or the scroll bar coming and going, changed the room
        return super().eventFilter(watched, event)

    def _fit_width(self) -> None:
        """Pages at their natural size (72 dpi), or narrower to fit the view's width."""
        room = self.scroll_area.viewport().width() - 2 * _PAGE_GAP
        for label in self._page_labels:
            natural = label.pixmap().deviceIndependentSize().toSize()
            zoom = min(1.0, room / natural.width()) if room > 0 else 1.0
            label.setFixedSize(natural * zoom)

    def _remove_pages(self) -> None:
        for label in self._page_labels:
            self._pages_layout.removeWidget(label)
            label.deleteLater()
        self._page_labels = []

    # --- navigation -----------------------------------------------------------------------

    def go_to_page(self, index: int) -> None:
        if not self._page_labels:
            return
        index = max(0, min(index, self.page_count - 1))
        self._pages.adjustSize()
        self.scroll_area.verticalScrollBar().setValue(self._page_labels[index].y())
        self._set_current(index)

    def next_page(self) -> None:
        self.go_to_page(self._current + 1)

    def previous_page(self) -> None:
        self.go_to_page(self._current - 1)

    def _track_current_page(self, top: int) -> None:
        middle = top + self.scroll_area.viewport().height() // 2
        above = [i for i, label in enumerate(self._page_labels) if label.y() <= middle]
        self._set_current(above[-1] if above else 0)

    def _set_current(self, index: int) -> None:
        changed = index != self._current
        self._current = index
        count = self.page_count
        text = self.tr("Page {page} of {count}").format(page=index + 1, count=count)
        self.page_label.setText(text if count else "")
        self.previous_button.setEnabled(count > 0 and index > 0)
        self.next_button.setEnabled(index < count - 1)
        if changed:
            self.page_changed.emit(index)
