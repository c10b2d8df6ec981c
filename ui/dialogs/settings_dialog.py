"""Tools > Settings: language and colour theme of the application."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from ui import settings as keys
from ui.dialogs.buttons import ok_cancel
from ui.settings import THEMES, AppSettings

LANGUAGE_CODES = ("", "en", "ru")  # "" follows the system


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox()
        # Each language is named in itself, so it can be found whatever the UI shows now.
        for label in (self.tr("System default"), "English", "Русский"):
            self.language_combo.addItem(label)
        self.language_combo.setCurrentIndex(LANGUAGE_CODES.index(settings.get(keys.LANGUAGE)))
        self.theme_combo = QComboBox()
        for label in (self.tr("System"), self.tr("Light"), self.tr("Dark")):
            self.theme_combo.addItem(label)
        self.theme_combo.setCurrentIndex(THEMES.index(settings.get(keys.THEME)))
        note = QLabel(self.tr("A new language takes effect when SalesDesk starts next time."))
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow("", note)
        form.addRow(self.tr("Theme:"), self.theme_combo)
        form.addRow(buttons)

    def save(self) -> None:
        self._settings.set(keys.LANGUAGE, LANGUAGE_CODES[self.language_combo.currentIndex()])
        self._settings.set(keys.THEME, THEMES[self.theme_combo.currentIndex()])

    @classmethod
    def edit(cls, parent: QWidget | None, settings: AppSettings) -> bool:
        """Shows the dialog; True when the user saved changes."""
        dialog = cls(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        return True
