"""The main window (SPEC §4): navigation, period and lens, menus, status bar, empty state.

The window holds no SQL and no formulas. File commands live in :class:`DatabaseController`;
the window only shows what it reports and hands every section the same :class:`AppContext`.
Sections are built lazily — a section's module is imported and its page built when it is
first shown with a database open — so the window shows before any of them loads (B1). They
get a new context lazily too — the visible one at once, the others when shown — so a
change of period does not recompute pages nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from salesdesk.files import free_name
from salesdesk.periods import Period
from salesdesk.store.login import EVERYTHING

from ui import settings as keys
from ui import theme
from ui.database.controller import DatabaseController, OpenedDatabase
from ui.database.demo_offer import DemoOffer
from ui.dialogs.about import AboutDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.user_guide import UserGuideDialog
from ui.icons import icon
from ui.navigation import SECTIONS
from ui.paths import default_demo_path
from ui.section import LENSES, AppContext, Section
from ui.settings import THEMES, AppSettings
from ui.tasks import Op, task_registry, wait_for_all_tasks
from ui.widgets.empty_state import EmptyState
from ui.widgets.period_picker import PeriodPicker
from ui.widgets.task_status import TaskStatus

if TYPE_CHECKING:
    from salesdesk.settings import CompanySettings
    from salesdesk.store.changes import Change
    from salesdesk.store.db import Database

    from ui.undo import EditCommand, Edits

NAV_ICON_SIZE = QSize(22, 22)
# Roomy items; no dotted focus frame inside the highlighted one (the highlight says it).
NAVIGATION_STYLE = "#navigation { outline: 0; } #navigation::item { padding: 6px 10px 6px 6px; }"
EMPTY_PAGE, WORKSPACE_PAGE = 0, 1
STATUS_MESSAGE_MS = 10_000


class MainWindow(QMainWindow):
    def __init__(
        self, settings: AppSettings | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.undo_stack = QUndoStack(self)
        self._settings_edits: Edits | None = None  # built when first used (see _edits_of_settings)
        self.controller = DatabaseController(self, self.settings)
        self._opened: OpenedDatabase | None = None
        self._lens = LENSES[0]
        self._build_pages()
        self._build_toolbar(today)
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect_controller()
        self._restore_window_state()
        self._show_no_database()

    # --- public API -------------------------------------------------------------------------

    @property
    def sections(self) -> list[Section]:
        """Every section, building those not shown yet."""
        return [self._section(index) for index in range(len(SECTIONS))]

    def current_section(self) -> Section:
        return self._section(self._navigation.currentRow())

    def show_section(self, index: int) -> None:
        self._navigation.setCurrentRow(index)

    def context(self) -> AppContext:
        opened = self._opened
        return AppContext(
            database=opened.database if opened else None,
            period=self.period_picker.period(),
            lens=self._lens,
            currency=opened.settings.currency if opened else "",
            visibility=opened.visibility if opened else EVERYTHING,
        )

    def lens(self) -> str:
        return self._lens

    def set_lens(self, lens: str) -> None:
        self._lens_combo.setCurrentIndex(LENSES.index(lens))

    def start(self, path: Path | str | None = None) -> None:
        """What a fresh start opens: ``path``, else the last file, else the demo offer."""
        if path is not None:
            self.controller.open_path(path)
            return
        if last := self.settings.get(keys.LAST_FILE):
            if Path(last).exists():
                self.controller.open_path(Path(last))
            else:
                self.show_status(
                    self.tr("The last database, {path}, is no longer there.").format(path=last)
                )
            return
        if not self.settings.get(keys.DEMO_DECLINED):
            self._offer_demo()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    # --- building ---------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setAccessibleName(self.tr("Sections"))
        self._navigation.setIconSize(NAV_ICON_SIZE)
        self._navigation.setSpacing(2)
        self._navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self._navigation.setStyleSheet(NAVIGATION_STYLE)
        self._section_stack = QStackedWidget()
        self._built: dict[int, Section] = {}  # the sections shown so far, by index
        for spec in SECTIONS:
            QListWidgetItem(spec.title, self._navigation)
            self._section_stack.addWidget(QWidget())  # stands in until the section is built
        self._navigation.currentRowChanged.connect(self._on_section_chosen)
        self._splitter = QSplitter()
        self._splitter.setObjectName("mainSplitter")
        self._splitter.addWidget(self._navigation)
        self._splitter.addWidget(self._section_stack)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setCollapsible(1, False)
        self._empty_state = EmptyState()
        self._pages = QStackedWidget()
        self._pages.addWidget(self._empty_state)
        self._pages.addWidget(self._splitter)
        self.setCentralWidget(self._pages)

    def _build_toolbar(self, today: Callable[[], date]) -> None:
        self.period_picker = PeriodPicker(today=today)
        self.period_picker.set_kind(self.settings.get(keys.PERIOD_KIND))
        self.period_picker.period_changed.connect(self._on_period_changed)
        self._lens_combo = QComboBox()
        for text in (self.tr("Territory"), self.tr("Product line"), self.tr("Customer type")):
            self._lens_combo.addItem(text)
        self._lens_combo.setToolTip(
            self.tr(
                "How the sales team is organised: by territory, by product line or by type of "
                "customer. Views break their figures down this way by default."
            )
        )
        self._lens_combo.setAccessibleName(self.tr("Organised by"))
        self._lens_combo.currentIndexChanged.connect(self._on_lens_chosen)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._toolbar = QToolBar(self.tr("Period and organisation"))
        self._toolbar.setObjectName("periodToolBar")
        self._toolbar.setMovable(False)
        self._toolbar.addWidget(QLabel(self.tr("Period:") + " "))
        self._toolbar.addWidget(self.period_picker)
        self._toolbar.addWidget(spacer)
        self._toolbar.addWidget(QLabel(self.tr("Organised by:") + " "))
        self._toolbar.addWidget(self._lens_combo)
        self.addToolBar(self._toolbar)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
        fallback: str = "",
    ) -> QAction:
        """An action; ``fallback`` is the shortcut where the platform has no standard one."""
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(shortcut)
            action.setShortcuts(sequences or [QKeySequence(fallback)])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        c = self.controller
        self.new_action = self._action(self.tr("&New…"), c.create_new, key.New)
        self.open_action = self._action(self.tr("&Open…"), c.choose_and_open, key.Open)
        self.open_server_action = self._action(
            self.tr("Open &Team Database…"), c.choose_and_open_server
        )
        self.import_action = self._action(self.tr("&Import…"), self._import_data, "Ctrl+I")
        self.export_action = self._action(self.tr("&Export…"), self._export_data, "Ctrl+E")
        self.backup_action = self._action(self.tr("&Back up now…"), c.back_up, "Ctrl+B")
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), c.restore, "Ctrl+Shift+R"
        )
        self.close_action = self._action(self.tr("&Close"), c.close, "Ctrl+W")  # Cmd+W on macOS
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.find_action = self._action(self.tr("&Find…"), self._find, key.Find, "Ctrl+F")
        self.check_action = self._action(self.tr("&Check database"), c.check, "Ctrl+Shift+K")
        self.settings_action = self._action(
            self.tr("&Settings…"), self._edit_settings, key.Preferences, "Ctrl+,"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.company_settings_action = self._action(
            self.tr("&Company settings…"), self._edit_company_settings
        )
        self.guide_action = self._action(
            self.tr("&User guide"), self._show_guide, key.HelpContents, "F1"
        )
        self.about_action = self._action(
            self.tr("&About SalesDesk"), lambda: AboutDialog.show_about(self)
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._build_view_actions()

    def _section(self, index: int) -> Section:
        """The section at ``index``, built (its module imported) the first time it is asked
        for, in place of the empty page that stood in for it."""
        if index not in self._built:
            section = SECTIONS[index].section_class()()
            section.status_message.connect(self.show_status)
            stand_in = self._section_stack.widget(index)
            assert stand_in is not None
            showing = self._section_stack.currentIndex() == index
            self._section_stack.insertWidget(index, section)
            self._section_stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if showing:
                self._section_stack.setCurrentIndex(index)
            self._built[index] = section
        return self._built[index]

    def _build_view_actions(self) -> None:
        self.section_actions = QActionGroup(self)
        for index, spec in enumerate(SECTIONS):
            action = self._action(
                spec.title,
                partial(self.show_section, index),
                f"Ctrl+{index + 1}",
            )
            action.setCheckable(True)
            self.section_actions.addAction(action)
        self.previous_period_action = self._action(
            self.tr("&Previous period"), self.period_picker.previous, "Alt+Left"
        )
        self.next_period_action = self._action(
            self.tr("&Next period"), self.period_picker.next, "Alt+Right"
        )
        self.today_action = self._action(
            self.tr("Period with &today"), self.period_picker.go_to_today, "Alt+Home"
        )
        self.theme_actions = QActionGroup(self)
        current = self.settings.get(keys.THEME)
        for choice, text in zip(
            THEMES, (self.tr("&System"), self.tr("&Light"), self.tr("&Dark")), strict=True
        ):
            action = self._action(text, partial(self._choose_theme, choice))
            action.setCheckable(True)
            action.setChecked(choice == current)
            self.theme_actions.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)  # a disabled entry says why
        file_menu.addActions([self.new_action, self.open_action, self.open_server_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.section_actions.actions())
        view_menu.addSeparator()
        view_menu.addActions(
            [self.previous_period_action, self.next_period_action, self.today_action]
        )
        view_menu.addSeparator()
        view_menu.addMenu(self.tr("&Theme")).addActions(self.theme_actions.actions())
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.setToolTipsVisible(True)
        tools_menu.addActions(
            [self.check_action, self.company_settings_action, self.settings_action]
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.about_action])

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self._task_status = TaskStatus()
        self._counts_label = QLabel()
        self._read_only_badge = QLabel(self.tr("read-only"))
        self._read_only_badge.setObjectName("readOnlyBadge")
        self._read_only_badge.setToolTip(
            self.tr("Another SalesDesk writes to this file; you can look but not change.")
        )
        self._read_only_badge.setStyleSheet(
            "#readOnlyBadge { background: #c77700; color: white; border-radius: 3px;"
            " padding: 0 6px; }"
        )
        self._file_label = QLabel()
        for widget in (self._task_status, self._counts_label, self._read_only_badge):
            bar.addPermanentWidget(widget)
        bar.addPermanentWidget(self._file_label)

    def _connect_controller(self) -> None:
        c = self.controller
        c.opened.connect(self._on_opened)
        c.closed.connect(self._show_no_database)
        c.status.connect(self.show_status)
        c.changed_elsewhere.connect(self.reload_data)
        self._empty_state.new_requested.connect(c.create_new)
        self._empty_state.open_requested.connect(c.choose_and_open)
        self._empty_state.demo_requested.connect(c.create_demo)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    # --- database open / closed -------------------------------------------------------------

    def _on_opened(self, opened: OpenedDatabase) -> None:
        from salesdesk.formatting import set_currency_position

        self._opened = opened
        path = opened.database.path
        set_currency_position(opened.settings.currency_position)
        self.period_picker.set_fiscal_start_month(opened.settings.fiscal_year_start_month)
        saved_lens = self.settings.lens_for(path)
        lens = saved_lens if saved_lens in LENSES else opened.settings.org_mode
        self._lens_combo.blockSignals(True)
        self._lens_combo.setCurrentIndex(LENSES.index(lens) if lens in LENSES else 0)
        self._lens_combo.blockSignals(False)
        self._lens = LENSES[self._lens_combo.currentIndex()]
        self._file_label.setText(path.name)
        self._file_label.setToolTip(str(path))
        self._read_only_badge.setVisible(opened.database.read_only)
        self._show_counts(opened.counts)
        self._set_database_actions_enabled(True)
        self.undo_stack.clear()
        self._pages.setCurrentIndex(WORKSPACE_PAGE)
        self._update_title()
        self._section_stack.setCurrentWidget(self.current_section())
        self._push_context()

    def _show_no_database(self) -> None:
        self._opened = None
        self.undo_stack.clear()
        self._file_label.clear()
        self._counts_label.clear()
        self._read_only_badge.hide()
        self._set_database_actions_enabled(False)
        self._pages.setCurrentIndex(EMPTY_PAGE)
        self._update_title()
        empty = self.context()
        for section in self._built.values():  # let go of the closed database
            if section.context is not None:
                section.set_context(empty)

    def _set_database_actions_enabled(self, enabled: bool) -> None:
        for action in (self.backup_action, self.close_action, self.check_action, self.find_action):
            action.setEnabled(enabled)
        self.export_action.setEnabled(enabled)
        writable = enabled and self._opened is not None and not self._opened.database.read_only
        self.restore_action.setEnabled(writable)
        self._enable_for_the_head(writable)
        for action in self.section_actions.actions():
            action.setEnabled(enabled)
        for action in (self.previous_period_action, self.next_period_action, self.today_action):
            action.setEnabled(enabled)
        self._toolbar.setEnabled(enabled)

    def _enable_for_the_head(self, writable: bool) -> None:
        """Imports and the company's settings need the head's rights (SPEC §13): for a
        member's login their entries are disabled and say why."""
        head = self._opened is None or self._opened.visibility.head_rights
        why = "" if head else self.tr("Needs the rights of the head of sales or the admin")
        for action, tip in (
            (self.import_action, self.tr("Import customers, sales, products, members or deals")),
            (self.company_settings_action, self.tr("The company's name, currency and rules")),
        ):
            action.setEnabled(writable and head)
            action.setToolTip(why or tip)
            action.setStatusTip(why or tip)

    def _update_title(self) -> None:
        if self._opened is None:
            self.setWindowTitle("SalesDesk")
        elif self._opened.database.read_only:
            name = self._opened.database.path.name
            self.setWindowTitle(self.tr("{name} [read-only] — SalesDesk").format(name=name))
        else:
            self.setWindowTitle(
                self.tr("{name} — SalesDesk").format(name=self._opened.database.path.name)
            )

    def _show_counts(self, counts: dict[str, int]) -> None:
        parts = (
            self.tr("%Ln customer(s)", "", counts["customers"]),
            self.tr("%Ln sale line(s)", "", counts["sales"]),
            self.tr("%Ln member(s)", "", counts["members"]),
        )
        self._counts_label.setText(" · ".join(parts))

    # --- context ----------------------------------------------------------------------------

    def _push_context(self) -> None:
        if self._opened is None:
            return
        section, context = self.current_section(), self.context()
        if section.context != context:
            section.set_context(context)

    def _on_section_chosen(self, index: int) -> None:
        if index < 0:
            return
        self.section_actions.actions()[index].setChecked(True)
        if self._opened is None:  # built when a database opens and shows it
            self._section_stack.setCurrentIndex(index)
            return
        self._section_stack.setCurrentWidget(self._section(index))
        self._push_context()

    def _on_period_changed(self, period: Period) -> None:
        self.settings.set(keys.PERIOD_KIND, period.kind)
        self._push_context()

    def _on_lens_chosen(self, index: int) -> None:
        self._lens = LENSES[index]
        if self._opened is not None:
            self.settings.set_lens_for(self._opened.database.path, self._lens)
        self._push_context()

    def reload_data(self) -> None:
        """After a bulk change of the data (an import): the record counts are read again and
        every section reloads as if the file had just been opened — the visible one now, the
        others when shown."""
        opened = self._opened
        if opened is None:
            return
        for section in self._built.values():
            if section.context is not None:
                section.set_context(replace(section.context, database=None))
        self._push_context()
        (
            Op(self.tr("Counting records"), lambda *_: _record_counts(opened.database), parent=self)
            .success(self._show_counts)
            .run_in_background()
        )

    # --- commands ---------------------------------------------------------------------------

    def _find(self) -> None:
        """Focuses the current section's search box, else the customer list's."""
        if self.current_section().focus_search():
            return
        customers = next(i for i, s in enumerate(SECTIONS) if s.class_name == "CustomersSection")
        self.show_section(customers)
        self._section(customers).focus_search()

    def _import_data(self) -> None:
        from ui.exchange.import_wizard import ImportWizard

        if self._opened is not None and ImportWizard.run(self, self._opened.database):
            self.reload_data()

    def _export_data(self) -> None:
        from ui.exchange.export_dialog import DataExportDialog

        if self._opened is not None:
            DataExportDialog.run(self, self._opened.database, self.period_picker.period())

    def _offer_demo(self) -> None:
        target = free_name(default_demo_path())
        if DemoOffer.ask(self, target):
            self.controller.create_demo(target)
        else:
            self.settings.set(keys.DEMO_DECLINED, True)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.controller.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent databases")).setEnabled(False)

    def _edit_settings(self) -> None:
        if SettingsDialog.edit(self, self.settings):
            self._apply_theme(self.settings.get(keys.THEME))
            for action, choice in zip(self.theme_actions.actions(), THEMES, strict=True):
                action.setChecked(choice == self.settings.get(keys.THEME))

    # --- the company's settings, stored in the database ---------------------------------------

    def _edit_company_settings(self) -> None:
        from salesdesk.settings import save_settings

        from ui.dialogs.company_settings import CompanySettingsDialog

        opened = self._opened
        if opened is None or opened.database.read_only:
            return
        database = opened.database

        def save(changes: dict[str, Any]) -> EditCommand:
            edit = partial(save_settings, changes=changes)
            return self._edits_of_settings().push(self.tr("Change the settings"), database, edit)

        CompanySettingsDialog.edit(self, opened.settings, save)

    def _company_settings_changed(self, _change: Change) -> None:
        """After the settings' edit, its undo and redo: read them again, then refresh."""
        from salesdesk.settings import read_settings

        opened = self._opened
        if opened is None:
            return
        database = opened.database
        Op(
            self.tr("Reading the settings"), lambda *_: read_settings(database), parent=self
        ).success(
            lambda settings: self._apply_company_settings(database, settings)
        ).run_in_background()

    def _edits_of_settings(self) -> Edits:
        """The undoable settings edits, made on first use: ui.undo loads SQLAlchemy, which the
        window must show without (start-up time)."""
        if self._settings_edits is None:
            from ui.undo import Edits

            self._settings_edits = Edits(
                self, title=lambda: self.tr("Settings"), changed=self._company_settings_changed
            )
        return self._settings_edits

    def _apply_company_settings(self, database: Database, settings: CompanySettings) -> None:
        from salesdesk.formatting import set_currency_position

        opened = self._opened
        if opened is None or opened.database is not database:  # closed or replaced meanwhile
            return
        self._opened = replace(opened, settings=settings)
        set_currency_position(settings.currency_position)
        for section in self._built.values():  # each reads its figures again when next shown
            section.context = None
        self.period_picker.set_fiscal_start_month(settings.fiscal_year_start_month)
        self._push_context()

    def _choose_theme(self, choice: str) -> None:
        self.settings.set(keys.THEME, choice)
        self._apply_theme(choice)

    def _apply_theme(self, choice: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, choice)

    def _on_system_scheme_changed(self) -> None:
        if self.settings.get(keys.THEME) == "system":
            self._apply_theme("system")

    def _show_guide(self) -> None:
        UserGuideDialog.show_guide(self)

    # --- icons follow the palette -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def _follow_palette(self) -> None:
        """Light <-> dark at run time: a widget with a style sheet keeps the palette it was
        polished with, so the navigation bar is styled afresh; the icons are inked anew."""
        self._navigation.setStyleSheet("")
        self._navigation.setStyleSheet(NAVIGATION_STYLE)
        self._refresh_icons()

    def _refresh_icons(self) -> None:
        for row, spec in enumerate(SECTIONS):
            section_icon = icon(spec.icon_name)
            self._navigation.item(row).setIcon(section_icon)
            self.section_actions.actions()[row].setIcon(section_icon)

    # --- window state -----------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        self._refresh_icons()
        # Measured with the icons in place, so the longest title (in any language) fits.
        self._navigation.setMinimumWidth(self._navigation.sizeHintForColumn(0) + 16)
        if not self.restoreGeometry(self.settings.state("geometry")):
            self.resize(1280, 800)
        self.restoreState(self.settings.state("window"))
        if not self._splitter.restoreState(self.settings.state("mainSplitter")):
            self._splitter.setSizes([self._navigation.minimumWidth(), 1000])
        section = self.settings.get(keys.SECTION)
        self.show_section(section if 0 <= section < len(SECTIONS) else 0)

    def save_window_state(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("window", self.saveState())
        self.settings.set_state("mainSplitter", self._splitter.saveState())
        self.settings.set(keys.SECTION, self._navigation.currentRow())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        for task in task_registry().running():
            task.cancel()
        wait_for_all_tasks()
        self.controller.close()
        super().closeEvent(event)


def _record_counts(database: Database) -> dict[str, int]:
    from salesdesk.store.stats import count_records

    return count_records(database)
