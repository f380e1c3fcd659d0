"""The main window: sidebar, search bar, the photo grid (browsing and results), status bar.
It wires widgets to the Engine; each piece (sidebar, search bar, grid, preview, settings,
file actions) lives in its own module."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QPoint,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mclip_desktop.core import fetch, images, power
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.query import Order, SearchRequest, Term, TermKind
from mclip_desktop.core.search import SearchResult
from mclip_desktop.core.settings import Settings
from mclip_desktop.gui.album_sidebar import AlbumsController
from mclip_desktop.gui.dialogs import FailuresDialog, FoldersDialog
from mclip_desktop.gui.duplicates import DuplicateCounter, DuplicatesDialog
from mclip_desktop.gui.empty_state import (
    ADD_PICTURES,
    CHOOSE_FOLDER,
    CHOOSE_MODEL,
    CLEAR_FILTERS,
    RETRY,
    SHOW_WEAKER,
    EmptyState,
)
from mclip_desktop.gui.engine import Engine, ModelProblem, Shown
from mclip_desktop.gui.file_actions import FileActions, copy_photos
from mclip_desktop.gui.files import display_name, local_path, read_image
from mclip_desktop.gui.filter_bar import FilterBar
from mclip_desktop.gui.grid_view import GridView
from mclip_desktop.gui.i18n import LanguageMenu
from mclip_desktop.gui.preview import PreviewWindow
from mclip_desktop.gui.query_bar import QueryBar
from mclip_desktop.gui.results import ResultsModel, ThumbnailDelegate, month_label
from mclip_desktop.gui.scope import Scope, ScopeKind
from mclip_desktop.gui.search_bar import SearchBar
from mclip_desktop.gui.sidebar import Sidebar, SidebarPane
from mclip_desktop.gui.status_bar import LibraryStatusBar
from mclip_desktop.gui.thumbnails import ThumbnailProvider
from mclip_desktop.gui.wording import gui_text

SEARCH_DELAY_MS = 250
# How often the shown request runs again while photos arrive (indexing): every 0.7 s, or
# ten times as long as the request took, up to 10 s (a whole-library browse at 100k photos
# takes 0.25-0.5 s, so it runs every 2.5-5 s rather than keeping a core busy).
REFRESH_MIN_MS, REFRESH_MAX_MS = 700, 10_000
FIRST_SCREEN = 300  # photos read before the whole library, so the window fills at once
THUMB_SIZES = (96, 128, 160, 200, 256, 320)


class MainWindow(QMainWindow):
    search_finished = Signal(int)  # number of results, for tests and status
    browse_shown = Signal()  # a browse of the whole scope is in the grid and laid out
    language_chosen = Signal(object)  # a code or None; the app rebuilds the window

    def __init__(
        self,
        engine: Engine,
        thumbnails: ThumbnailProvider,
        settings: Settings,
        settings_path: Path,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.settings = settings
        self._settings_path = settings_path
        self.setWindowTitle("mclip-desktop")
        self.setAcceptDrops(True)
        self.resize(1100, 760)
        self._pending_query = False
        self._indexing: tuple[int, int, float] | None = None
        self._last_search_ms = 0.0
        self._thumbnails = thumbnails
        self._shown: SearchRequest | None = None  # the request on screen, without a limit
        # The answer on screen: the matches, the weaker ones, and whether those are shown.
        self._matches: list[SearchResult] = []
        self._weaker: list[SearchResult] = []
        self._show_weaker = False
        self._match_dates: list[str] = []
        self._shown_order = Order.RELEVANCE
        self.file_actions = FileActions(self)
        self.file_actions.failed.connect(lambda message: self.flash(message, 15_000))
        self.albums_window = None  # the albums, opened from the View menu

        # search bar
        self.search_bar = SearchBar(self)
        self.search_edit = self.search_bar.edit
        self.search_edit.setPlaceholderText(self.tr("Loading the models…"))
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self.run_search)
        self.filter_bar.folder_chosen.connect(self._on_filter_bar_folder_chosen)
        self.search_bar.layout().addWidget(self.filter_bar)
        self.jump_button = QToolButton(self)
        self.jump_button.setText(self.tr("Jump to date") + " ▾")
        self.jump_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.jump_button.setToolTip(self.tr("Jump to a month (Ctrl+J)"))
        self.jump_button.setAccessibleName(self.tr("Jump to date"))
        self.jump_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.jump_menu = QMenu(self.jump_button)
        self.jump_menu.aboutToShow.connect(self._fill_jump_menu)
        self.jump_button.setMenu(self.jump_menu)
        self.search_bar.layout().addWidget(self.jump_button)
        bar = QVBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(0)
        bar.addWidget(self.search_bar)
        # The query's chips, the match count with the weaker matches one click away, the order.
        self.query_bar = QueryBar(self)
        self.query_bar.chip_height = self.search_edit.sizeHint().height()
        self.query_bar.layout().setContentsMargins(8, 0, 8, 4)
        self.query_bar.request_changed.connect(self._on_query_bar_request_changed)
        self.query_bar.term_removed.connect(self._on_query_bar_term_removed)
        self.count_label = QLabel(self)
        self.weaker_button = QToolButton(self)
        self.weaker_button.clicked.connect(self.toggle_weaker)
        self.weaker_button.hide()
        self.query_bar.add_widget(self.count_label)
        self.query_bar.add_widget(self.weaker_button)
        bar.addWidget(self.query_bar)

        # results and empty states
        self.model = ResultsModel(thumbnails, self)
        self.delegate = ThumbnailDelegate(self)
        self.view = GridView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        # Loading the text model waits while the grid moves (gui/engine.py).
        self.view.verticalScrollBar().valueChanged.connect(engine.note_activity)
        self.search_bar.down_pressed.connect(self.view.focus_first)
        self.search_bar.pin_requested.connect(self.pin_text)
        self.empty_state = EmptyState(self)
        self.empty_state.link_activated.connect(self._on_empty_label_link_activated)
        self.empty_label = self.empty_state.label
        empty_page = self.empty_state
        self.pages = QStackedWidget(self)
        self.pages.addWidget(empty_page)
        self.pages.addWidget(self.view)

        self.sidebar = Sidebar(self)
        self.sidebar.scope_changed.connect(self._on_sidebar_scope_changed)
        self.sidebar.add_requested.connect(self.choose_folder)
        self.sidebar.remove_requested.connect(self.confirm_remove_folder)
        self.sidebar.exclude_requested.connect(self.choose_excluded_folder)
        self.sidebar.duplicates_requested.connect(self.show_duplicates)
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.duplicate_counter = DuplicateCounter(engine, self)
        self.duplicate_counter.counted.connect(self.sidebar.set_duplicate_groups)
        self.sidebar.subfolders_requested.connect(self._on_sidebar_subfolders_requested)
        self.albums = AlbumsController(self, engine, self.sidebar, thumbnails, self.flash)
        self.albums.changed.connect(self.run_search)
        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.splitter = QSplitter(self)
        self.sidebar_pane = SidebarPane(self.sidebar, self)
        self.splitter.addWidget(self.sidebar_pane)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 880])
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.sidebar, self.search_edit)
        self.setTabOrder(self.search_edit, self.view)

        # status bar
        status = LibraryStatusBar(self)
        self.setStatusBar(status)
        self.status = status
        status.pause_clicked.connect(self._on_pause_button_clicked)
        status.cancel_clicked.connect(self.engine.cancel_download)
        status.failures_clicked.connect(self.show_failures)
        self.status_label, self.notice_label = status.status_label, status.notice_label
        self.notice_separator, self.undo_button = status.notice_separator, status.undo_button
        self.progress, self.pause_button = status.progress, status.pause_button
        self.cancel_button, self.failures_button = status.cancel_button, status.failures_button

        self._build_menus()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._refresh_timer = QTimer(self)  # coalesces "results changed" bursts while indexing
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MIN_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        # A complete browse is announced (browse_shown) once the grid has laid it out.
        self._announce_browse = False
        self.view.layout_finished.connect(self._on_view_layout_finished)
        self._battery_timer = QTimer(self)
        self._battery_timer.setInterval(30_000)
        self._battery_timer.timeout.connect(self._check_battery)
        self._battery_timer.start()

        self.search_edit.textEdited.connect(self._on_search_edit_text_edited)
        self.search_edit.returnPressed.connect(self.run_search)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.open_requested.connect(self.open_path)
        self.view.preview_requested.connect(self.show_preview)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)

        engine.models_ready.connect(self._on_engine_models_ready)
        engine.models_failed.connect(self._on_engine_models_failed)
        engine.download_progressed.connect(self._on_engine_download_progressed)
        engine.indexing_progressed.connect(self._on_engine_indexing_progressed)
        engine.results_changed.connect(self._on_engine_results_changed)
        engine.notice_posted.connect(self._on_engine_notice_posted)
        engine.phase_changed.connect(self._on_engine_phase_changed)
        engine.counts_changed.connect(self._on_engine_counts_changed)

        self.set_thumbnail_size(settings.thumbnail_size)
        self._restore_window_state()
        self._on_engine_counts_changed(engine.counts())
        self.refresh_sidebar()
        self.run_search()  # the library shows at once, newest first

    # -- menus and shortcuts ------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_folder_action = QAction(self.tr("&Add folder…"), self)
        self.add_folder_action.setShortcut(QKeySequence.StandardKey.Open)
        self.add_folder_action.triggered.connect(self.choose_folder)
        self.folders_action = QAction(self.tr("&Watched folders…"), self)
        self.folders_action.triggered.connect(self.show_folders)
        self.model_folder_action = QAction(self.tr("Choose &model folder…"), self)
        self.model_folder_action.triggered.connect(lambda: self.choose_model_folder())
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        # Not every platform theme defines Preferences; Ctrl+, is the common choice.
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.settings_action.triggered.connect(self.show_settings)
        for action in (self.add_folder_action, self.folders_action, self.model_folder_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_search)
        paste_action = QAction(self.tr("&Paste image as query"), self)
        paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste_action.triggered.connect(self.paste_query)
        self.view.addAction(paste_action)
        edit_menu.addAction(find_action)
        edit_menu.addAction(paste_action)
        edit_menu.addSeparator()
        self.copy_to_action = QAction(self.tr("Copy &to…"), self)
        self.copy_to_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_to_action.triggered.connect(lambda: self.copy_to(self.selected_paths()))
        self.trash_action = QAction(self.tr("Move to &trash"), self)
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.trash_action.triggered.connect(lambda: self.move_to_trash(self.selected_paths()))
        self.view.addAction(self.trash_action)
        edit_menu.addAction(self.copy_to_action)
        edit_menu.addAction(self.trash_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        bigger = QAction(self.tr("&Larger thumbnails"), self)
        bigger.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        bigger.triggered.connect(lambda: self.step_thumbnail_size(+1))
        smaller = QAction(self.tr("&Smaller thumbnails"), self)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self.step_thumbnail_size(-1))
        view_menu.addAction(bigger)
        view_menu.addAction(smaller)
        jump = QAction(self.tr("&Jump to date…"), self)
        jump.setShortcut(QKeySequence("Ctrl+J"))
        jump.triggered.connect(self.show_jump_menu)
        view_menu.addAction(jump)
        self.duplicates_action = view_menu.addAction(self.tr("&Duplicates…"))
        self.duplicates_action.triggered.connect(self.show_duplicates)
        view_menu.addSeparator()
        self.albums_action = QAction(self.tr("&Albums…"), self)
        self.albums_action.triggered.connect(self.show_albums)
        view_menu.addAction(self.albums_action)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.settings.language, self._save_language, self)
        self.language_menu.language_chosen.connect(self.language_chosen)
        view_menu.addMenu(self.language_menu)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear_query)
        # Ctrl+V in the search box pastes an image when the clipboard holds one, text otherwise.
        self.search_edit.installEventFilter(self)

    def show_duplicates(self) -> None:
        if self.duplicates_dialog is None:
            self.duplicates_dialog = DuplicatesDialog(self.engine, self)
            # The review's own looks keep the sidebar's number current too.
            self.duplicates_dialog.groups_shown.connect(self.sidebar.set_duplicate_groups)
        self.duplicates_dialog.show()
        self.duplicates_dialog.raise_()
        self.duplicates_dialog.activateWindow()
        self.duplicates_dialog.refresh()

    def _save_language(self, language: str | None) -> None:
        self.settings.language = language
        self.settings.save(self._settings_path)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 - Qt override
        from PySide6.QtCore import QEvent

        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Paste) and self._clipboard_has_image():
                self.paste_query()
                return True
        return super().eventFilter(watched, event)

    # -- searching ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_search_edit_text_edited(self, _: str) -> None:
        self._search_timer.start()

    def build_request(self) -> SearchRequest:
        """The request the window shows: the typed text, then the chips' terms; the sidebar's
        folder and the filter controls; the chosen order. Without terms it browses. No
        limit: results end where relevance ends, the weaker matches a click away."""
        chips = self.query_bar.request
        text = self.search_edit.text().strip()
        terms = ((Term.text(text),) if text else ()) + chips.terms
        # The sidebar's folder or album, with the filter controls' dates and types.
        filters = replace(
            self.sidebar.scope().filters(),
            dates=self.filter_bar.dates,
            types=self.filter_bar.types,
        )
        return SearchRequest(terms=terms, filters=filters, order=chips.order)

    def run_search(self) -> None:
        """Search when there is a query, browse the library when there is none; either way
        within the filters."""
        self._search_timer.stop()
        self.filter_bar.set_folder(self.sidebar.scope().folder or "")
        request = self.build_request()
        if request.browsing:
            if self._shown == request:
                # A refresh: the grid already shows this request.
                self.engine.show_request(request, self._on_results, self._on_search_error)
                return

            def full(first: Shown) -> None:
                self._on_results(first)
                self.engine.show_request(request, self._on_results, self._on_search_error)

            # The first screen first (off the index, milliseconds), then the rest.
            first_screen = replace(request, limit=FIRST_SCREEN)
            self.engine.show_request(first_screen, full, self._on_search_error)
            return
        if any(t.kind is TermKind.TEXT for t in request.terms) and not self.engine.models_ok:
            self._pending_query = True  # runs as soon as the models are ready
            self.engine.want_models()
            self._update_empty_state()
            return
        self.engine.show_request(request, self._on_results, self._on_search_error)

    def _on_results(self, shown: Shown) -> None:
        request = replace(shown.request, limit=None)
        same = request == self._shown
        if shown.request.limit is None:
            # While indexing, the shown request runs again as photos arrive: a request that
            # takes long (a whole large library) runs at most a tenth of the time.
            wait = min(REFRESH_MAX_MS, max(REFRESH_MIN_MS, int(shown.seconds * 10_000)))
            self._refresh_timer.setInterval(wait)
        if request.browsing:
            self._matches, self._weaker = [], []
            if shown.request.limit is None:
                self._announce_browse = True  # browse_shown once the grid has placed them
            if same and self.model.shows_browse(shown.paths, shown.dates):
                self._show_count(request)
                self.search_finished.emit(len(shown.paths))
                if self._announce_browse:
                    self.view.watch_layout()
                return  # nothing changed: keep the scroll position and selection
            first = self._first_visible_path() if same else None
            self.model.set_browse(shown.paths, shown.dates)
            self._after_new_results(request, first)
            self.search_finished.emit(len(shown.paths))
            if self._announce_browse:
                self.view.watch_layout()
            return
        self._last_search_ms = shown.seconds * 1000
        self._shown_order = request.order
        if not same:
            self._show_weaker = False
        self._matches = [SearchResult(i.path, i.score or 0.0) for i in shown.items]
        self._match_dates = [i.taken or "" for i in shown.items]
        self._weaker = [SearchResult(i.path, i.score or 0.0) for i in shown.weaker]
        self.model.set_copies(
            {i.path: i.other_paths for i in (*shown.items, *shown.weaker) if i.other_paths}
        )
        # A refresh of the same query (photos indexed meanwhile) keeps the user's place.
        first = self._first_visible_path() if same else None
        self._fill_results()
        self._after_new_results(request, first)
        self.search_finished.emit(len(self.model.paths()))

    def _on_view_layout_finished(self) -> None:
        if self._announce_browse:
            self._announce_browse = False
            self.browse_shown.emit()

    def _fill_results(self) -> None:
        if self._shown_order is Order.DATE and not self._show_weaker:
            # Newest first, grouped by month as browsing is, and the months jump-to-able.
            self.model.set_browse([r.path for r in self._matches], self._match_dates)
        else:
            self.model.set_ranked(self._matches, self._weaker if self._show_weaker else [])

    def toggle_weaker(self) -> None:
        """Show the weaker matches below a divider after the last match, or hide them."""
        self._show_weaker = not self._show_weaker
        self._fill_results()
        self._update_empty_state()
        self._show_count(self._shown)
        if self._show_weaker and self._matches:
            self.view.scroll_to_row(self.model.row_of(self._weaker[0].path))
        self.search_finished.emit(len(self.model.paths()))

    def _show_count(self, request: SearchRequest | None) -> None:
        """'23 matches' (or 'No close matches') with the weaker matches' button; while
        browsing, how many photos the filters keep."""
        if request is None or request.browsing:
            total = len(self.model.paths()) if self.model.browsing else 0
            filtered = request is not None and not request.filters.empty
            self.count_label.setText(self.tr("{0} photos").format(total) if filtered else "")
            self.weaker_button.hide()
            return
        n = len(self._matches)
        if n == 0:
            text = self.tr("No close matches")
        elif n == 1:
            text = self.tr("1 match")
        else:
            text = self.tr("{0} matches").format(n)
        self.count_label.setText(text)
        if self._weaker:
            self.weaker_button.setText(
                self.tr("Hide weaker matches") if self._show_weaker
                else self.tr("Show {0} weaker matches").format(len(self._weaker))
            )  # fmt: skip
        self.weaker_button.setVisible(bool(self._weaker))

    def _after_new_results(self, shown: SearchRequest, keep: str | None) -> None:
        """A new query or scope starts at the top (the best matches, the newest photos); a
        refresh of the same one keeps the user's place."""
        changed = shown != self._shown
        self._shown = shown
        self._update_empty_state()
        self._show_count(shown)
        # Browsing is always newest first: the order toggle is for searches, and the row
        # itself only shows while it holds chips or a count.
        self.query_bar.order_button.setVisible(not shown.browsing)
        self.query_bar.setVisible(not shown.browsing or bool(self.count_label.text()))
        self.jump_button.setVisible(self.model.browsing and self.model.rowCount() > 0)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.view.scroll_to_row(self.model.row_of(keep))
        elif changed:
            self.view.clearSelection()
            self.view.setCurrentIndex(self.model.index(-1))
            self.view.scrollToTop()

    def _first_visible_path(self) -> str | None:
        grid = self.view.gridSize()
        index = self.view.indexAt(QPoint(grid.width() // 2, grid.height() // 2))
        return self.model.path_of_row(index.row()) if index.isValid() else None

    def _on_search_error(self, error: BaseException) -> None:
        self.flash(gui_text(error), 10_000)
        self.search_finished.emit(-1)

    def clear_query(self) -> None:
        """Esc: the text and every chip go (the filters stay, with their own clear button)."""
        self.search_edit.clear()
        self.query_bar.blockSignals(True)
        self.query_bar.clear_terms()
        self.query_bar.blockSignals(False)
        self.run_search()

    def pin_text(self) -> None:
        """The typed text becomes a chip (to exclude it, or to type another beside it)."""
        text = self.search_edit.text().strip()
        if not text:
            return
        self.search_edit.clear()
        self.query_bar.add_term(Term.text(text))

    def add_image_term(self, path: str) -> None:
        """An example image joins the query as a chip (dropped, pasted, fetched)."""
        self.query_bar.add_term(Term.image(path))

    def _on_query_bar_request_changed(self, _: SearchRequest) -> None:
        self.run_search()

    def _on_query_bar_term_removed(self, index: int, term: Term) -> None:
        name = term.value if term.kind is TermKind.TEXT else os.path.basename(term.value)
        self.flash(
            self.tr("Removed {0} from the search").format(display_name(name)),
            10_000,
            undo=lambda: self.query_bar.insert_term(index, term),
        )

    def _on_sidebar_subfolders_requested(self, folder: str) -> None:
        self.engine.subfolder_counts(
            folder, lambda counts: self.sidebar.set_subfolders(folder, counts)
        )

    def _on_sidebar_scope_changed(self, _: Scope) -> None:
        self.run_search()

    def _on_filter_bar_folder_chosen(self, folder: str) -> None:
        if folder == (self.sidebar.scope().folder or ""):
            self.run_search()
        else:
            self.sidebar.select_scope(folder)  # its scope change searches

    def find_similar(self, path: str) -> None:
        """Search by this photo alone: the query so far gives way to it."""
        self.search_edit.clear()
        self.query_bar.set_request(replace(self.query_bar.request, terms=(Term.image(path),)))

    # -- clipboard and drops ------------------------------------------------------------

    def _clipboard_has_image(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and (mime.hasImage() or any(u.isLocalFile() for u in mime.urls()))

    def paste_query(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        if not self._take_mime(mime) and mime.hasText():
            self.search_edit.insert(mime.text())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if event.source() is None and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self._take_mime(event.mimeData()):
            event.acceptProposedAction()

    def _take_mime(self, mime) -> bool:  # noqa: ANN001
        """Use dropped or pasted content: folders are added, an image becomes the query."""
        for url in mime.urls():
            if url.isLocalFile():
                path = local_path(url)
                if os.path.isdir(path):
                    self.add_folder(path)
                    return True
                if images.is_photo_path(path) or os.path.isfile(path):
                    self.add_image_term(path)
                    return True
            elif url.scheme() in ("http", "https"):
                self._fetch_and_query(url.toString())
                return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                folder = self._query_folder()
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / f"pasted-{image.cacheKey() & 0xFFFFFFFF:08x}.png"
                image.save(str(target), "PNG")
                self.add_image_term(str(target))
                return True
        return False

    def _query_folder(self) -> Path:
        return self.engine.library.config.data_dir / "cache" / "queries"

    def _fetch_and_query(self, url: str) -> None:
        self.flash(self.tr("Fetching the dropped image…"))
        folder = self._query_folder()
        self.engine.run_in_background(
            lambda: fetch.fetch_image(url, folder),
            lambda path: self.add_image_term(str(path)),
            lambda error: self.flash(gui_text(error), 10_000),
        )

    # -- actions on results -------------------------------------------------------------

    def selected_paths(self) -> list[str]:
        return self.view.selected_paths()

    def open_path(self, path: str) -> bool:
        return self.file_actions.open_path(path)

    def show_in_folder(self, path: str) -> bool:
        return self.file_actions.show_in_folder(path)

    def _on_view_double_clicked(self, index) -> None:  # noqa: ANN001
        # As in photo libraries (digiKam, Apple Photos): a double-click looks at the photo
        # here, with its details and the others a key away; Enter opens the default viewer.
        path = self.model.path_of_row(index.row())
        if path:
            self.show_preview(path)

    def copy_image(self, path: str) -> None:
        image, _ = read_image(path)
        if image.isNull():
            self.flash(
                self.tr("Cannot copy {0}: it cannot be read.").format(display_name(path)), 8000
            )
            return
        QGuiApplication.clipboard().setImage(image)

    def copy_paths(self, paths: list[str]) -> None:
        QGuiApplication.clipboard().setText("\n".join(display_name(p) for p in paths))

    def show_preview(self, path: str) -> PreviewWindow:
        paths = self.model.paths()
        index = paths.index(path) if path in paths else 0
        preview = PreviewWindow(paths or [path], index, self.file_actions, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.current_changed.connect(self._on_preview_current_changed)
        preview.show()
        return preview

    def _on_preview_current_changed(self, path: str) -> None:
        row = self.model.row_of(path)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def context_menu_for(self, path: str) -> QMenu:
        menu = QMenu(self)
        selected = self.selected_paths()
        paths = selected if path in selected else [path]
        preview = menu.addAction(self.tr("Preview"), lambda: self.show_preview(path))
        preview.setShortcut(QKeySequence(Qt.Key.Key_Space))  # shown beside it, as a hint
        preview.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu.setDefaultAction(preview)
        menu.addAction(self.tr("Open"), lambda: [self.open_path(p) for p in paths])
        menu.addAction(self.tr("Show in folder"), lambda: self.show_in_folder(path))
        menu.addAction(self.tr("Copy image"), lambda: self.copy_image(path))
        menu.addAction(self.tr("Copy path"), lambda: self.copy_paths(paths))
        menu.addSeparator()
        menu.addAction(self.tr("Find similar"), lambda: self.find_similar(path))
        if self.build_request().terms:
            menu.addAction(self.tr("More like this"), lambda: self.refine_query(paths, more=True))
            menu.addAction(self.tr("Less like this"), lambda: self.refine_query(paths, more=False))
        menu.addSeparator()
        scope = self.sidebar.scope()
        if scope.kind is ScopeKind.ALBUM and scope.album is not None:
            menu.addSeparator()
            album = scope.album
            for label, member in (
                (self.tr("Not in this album"), False),
                (self.tr("Always in this album"), True),
                (self.tr("Back to automatic"), None),
            ):
                menu.addAction(
                    label, lambda m=member: self.albums.set_override(album, paths, m)
                )
        menu.addSeparator()
        menu.addAction(self.tr("Copy to…"), lambda: self.copy_to(paths))
        menu.addAction(self.tr("Move to trash"), lambda: self.move_to_trash(paths))
        return menu

    def copy_to(self, paths: list[str], target: str | None = None) -> None:
        if not paths:
            return
        if target is None:
            target = QFileDialog.getExistingDirectory(
                self, self.tr("Copy the photos to"), self.start_folder()
            )
        if not target:
            return
        copied, failed = copy_photos(paths, target)
        message = self.tr("Copied {0} of {1} photos to {2}").format(copied, len(paths), target)
        if failed:
            message += " · " + self.tr("{0}: {1}").format(*failed[0])
        self.flash(message, 10_000)

    def move_to_trash(self, paths: list[str]) -> None:
        """Into the desktop trash (restorable from there), never deleted outright; the
        photos leave the index and the grid at once."""
        if not paths:
            return
        result = self.engine.trash_photos(paths)
        self.model.remove_paths(set(result.moved))
        for path in result.moved:
            self._thumbnails.forget(path)
        if result.skipped:
            path, reason = result.skipped[0]
            self.flash(self.tr("Could not move {0} to the trash: {1}").format(path, reason), 15_000)
        else:
            self.flash(self.tr("Moved {0} photos to the trash").format(len(result.moved)), 10_000)
        self._update_counts()

    def refine_query(self, paths: list[str], more: bool) -> None:
        """More / less like these photos: each joins the query as a "like this" chip, its
        stored vector an include or exclude term (Rocchio weights, so a click nudges)."""
        request = self.query_bar.request
        marked = tuple(paths)
        self.query_bar.set_request(
            request.refined(more_like=marked) if more else request.refined(less_like=marked)
        )

    def _on_view_context_menu_requested(self, pos) -> None:  # noqa: ANN001
        index = self.view.indexAt(pos)
        if index.isValid():
            menu = self.context_menu_for(self.model.path_at(index.row()))
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- folders ------------------------------------------------------------------------

    def start_folder(self) -> str:
        """Where file dialogs open: Pictures, else home (never the working directory)."""
        pictures = self.pictures_folder()
        return pictures if pictures and os.path.isdir(pictures) else os.path.expanduser("~")

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of photos"), self.start_folder()
        )
        if path:
            self.add_folder(path)

    def confirm_remove_folder(self, path: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove folder"),
            self.tr(
                "Stop watching {0}?\n\nIts photos leave the index and no longer show up here "
                "or in searches. The files themselves stay on disk."
            ).format(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.remove_folder(path)
        return True

    def choose_excluded_folder(self, folder: str) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Exclude a subfolder from the index"), folder
        )
        if path:
            self.exclude_folder(path)

    def exclude_folder(self, path: str) -> None:
        self.engine.exclude_folder(path)
        self.flash(self.tr("Photos in {0} are left out of the index").format(path), 10_000)
        self._update_counts()
        self.run_search()

    def refresh_sidebar(self) -> None:
        folders = self.engine.folders()
        self.filter_bar.set_folders([f.path for f in folders])
        self.engine.folder_counts(lambda counts: self.sidebar.set_folders(folders, counts))
        self.albums.refresh()

    def add_folder(self, path: str) -> None:
        try:
            self.engine.add_folder(path)
        except MclipError as exc:
            self.flash(gui_text(exc), 10_000)
            return
        self.flash(self.tr("Watching {0}").format(path), 5000)
        self._update_counts()
        self.refresh_sidebar()
        self._update_empty_state()

    def remove_folder(self, path: str) -> None:
        self.engine.remove_folder(path)
        self._update_counts()
        self.refresh_sidebar()
        self.run_search()

    def show_folders(self) -> None:
        dialog = FoldersDialog(
            self.engine.folders, self.engine.add_folder, self.confirm_remove_folder, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_albums(self) -> None:
        from mclip_desktop.gui.albums import AlbumsWindow

        if self.albums_window is None or not self.albums_window.isVisible():
            self.albums_window = AlbumsWindow(self.engine, self._thumbnails, self)
            self.albums_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.albums_window.destroyed.connect(lambda: setattr(self, "albums_window", None))
        self.albums_window.show()
        self.albums_window.raise_()

    def show_failures(self) -> None:
        dialog = FailuresDialog(self.engine.failures(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def pictures_folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)

    def _on_empty_label_link_activated(self, link: str) -> None:
        if link == ADD_PICTURES:
            self.add_folder(self.pictures_folder())
        elif link == CHOOSE_FOLDER:
            self.choose_folder()
        elif link.startswith(CHOOSE_MODEL):
            role = link.partition(":")[2] or None
            self.choose_model_folder(role)
        elif link == RETRY:
            self.retry_models()
        elif link == CLEAR_FILTERS:
            self.filter_bar.clear()
        elif link == SHOW_WEAKER:
            self.toggle_weaker()

    def retry_models(self) -> None:
        """Look for the models again; the window says it is looking, then what it found."""
        self._models_checking = True
        self.engine.load_models()
        self.search_edit.setPlaceholderText(self.tr("Loading the models…"))
        self._update_empty_state()

    # -- models -------------------------------------------------------------------------

    def choose_model_folder(self, role: str | None = None) -> None:
        """Ask for the folder of one model, named in the dialog's title: the one asked for,
        else the first that is missing, else the one the chosen folder holds."""
        if role is None and self._model_problems:
            role = self._model_problems[0].role
        if role == "image":
            title = self.tr("Choose the folder of the image model {0}").format(
                self.engine.library.models.image
            )
        elif role == "text":
            title = self.tr("Choose the folder of the text model {0}").format(
                self.engine.library.models.text
            )
        else:
            title = self.tr("Choose a folder that holds a model")
        path = QFileDialog.getExistingDirectory(self, title, os.path.expanduser("~"))
        if not path:
            return
        kind = role or ("image" if (Path(path) / "0_CLIPModel").is_dir() else "text")
        if kind == "image":
            self.settings.image_model = path
        else:
            self.settings.text_model = path
        self.settings.save(self._settings_path)
        self._model_problems = [p for p in self._model_problems if p.role != kind]
        self._models_checking = True
        self.engine.use_model_folder(kind, path)
        self._update_empty_state()

    _model_problems: list[ModelProblem] = []
    _models_checking = False

    def _on_engine_models_ready(self) -> None:
        if self._models_checking:
            self.flash(self.tr("The models are ready."), 5000)
        self._model_problems = []
        self._models_checking = False
        self.search_edit.setPlaceholderText(self.tr("Search your photos, in any language…"))
        self.status.end_download()
        self.status_label.clear()
        self._update_counts()
        self._update_empty_state()
        if self._pending_query or self.search_edit.text().strip():
            self._pending_query = False
            self.run_search()

    def _on_engine_models_failed(self, problems: list[ModelProblem]) -> None:
        if self._models_checking:
            self.flash(self.tr("Checked again: still not available."), 10_000)
        self._model_problems = problems
        self._models_checking = False
        self.search_edit.setPlaceholderText(self.tr("The models are not available"))
        self.status.end_download()
        self._update_empty_state()

    def _on_engine_download_progressed(self, model: str, done: int, total: int) -> None:
        self.status.show_download(model, done, total)

    # -- indexing -----------------------------------------------------------------------

    def _on_engine_indexing_progressed(self, done: int, total: int, rate: float) -> None:
        self._indexing = (done, total, rate) if done < total else None
        self._update_status()

    def _on_engine_phase_changed(self, phase: str) -> None:
        if phase in ("idle", "stopped"):
            self._indexing = None
        self.status.set_phase(phase)
        self._phase = phase
        self._update_counts()
        self._update_status()
        self._update_empty_state()

    _phase = "starting"

    def _on_pause_button_clicked(self) -> None:
        if self.engine.paused:
            self.engine.resume()
        else:
            self.engine.pause()
        self._paused_for_battery = False
        self.status.set_paused(self.engine.paused)

    def _on_engine_results_changed(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        self._update_counts()
        self._thumbnails.refresh_changed()  # a photo edited in place gets a new thumbnail
        self.refresh_sidebar()
        self.run_search()

    def _on_engine_notice_posted(self, message: str) -> None:
        self.flash(message, 15_000)

    def flash(self, message: str, msecs: int = 0, undo: Callable[[], None] | None = None) -> None:
        self.status.flash(message, msecs, undo)

    def clear_notice(self) -> None:
        self.status.clear_notice()

    _counts = None

    def _update_counts(self) -> None:
        self.engine.refresh_counts()

    def _on_engine_counts_changed(self, counts) -> None:  # noqa: ANN001
        self._counts = counts
        self._update_empty_state()
        self.sidebar.set_library_count(counts.indexed + counts.pending)
        self.status.set_failures(counts.failed)
        self._update_status()

    def _update_status(self) -> None:
        self.status.show_progress(self._indexing, self._counts)

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.pages.setCurrentIndex(1)
            return
        self.pages.setCurrentIndex(0)
        has_query = bool(self.build_request().terms)
        empty = self.empty_state
        scope = self.sidebar.scope()
        if self._models_checking:
            empty.show_looking_for_models()
        elif self._model_problems:
            empty.show_model_problems(
                [(p.role, p.text, self._choose_model_label(p)) for p in self._model_problems]
            )
        elif not self.engine.folders():
            empty.show_no_folders(self.pictures_folder())
        elif self._indexing is not None and not has_query:
            empty.show_indexing(*self._indexing[:2])
        elif self._phase in ("starting", "scanning", "indexing") and not has_query:
            empty.show_looking()
        elif has_query and self._pending_query:
            empty.show_waiting_for_models()
        elif has_query and self._weaker:
            empty.show_no_close_matches(len(self._weaker))
        elif self.filter_bar.narrowed and self._counts is not None and self._counts.indexed:
            empty.show_filtered_out()
        elif scope.kind is ScopeKind.ALBUM:
            empty.show_empty_album(scope.name, has_query)
        elif has_query:
            empty.show_no_results(scope.folder)
        else:
            empty.show_empty_folder(scope.folder)

    def _choose_model_label(self, problem: ModelProblem) -> str:
        name = problem.model
        if problem.role == "image":
            return self.tr("Choose model folder for the image model {0}…").format(name)
        return self.tr("Choose model folder for the text model {0}…").format(name)


    # -- jump to date ---------------------------------------------------------------------

    def _fill_jump_menu(self) -> None:
        self.jump_menu.clear()
        year_menu: QMenu | None = None
        year = None
        for month in self.model.months():
            if month[:4] != year:
                year = month[:4]
                year_menu = self.jump_menu.addMenu(year)
            assert year_menu is not None
            year_menu.addAction(month_label(month), lambda m=month: self.jump_to_month(m))

    def show_jump_menu(self) -> None:
        if self.model.browsing and self.model.months():
            self._fill_jump_menu()
            self.jump_menu.popup(self.jump_button.mapToGlobal(self.jump_button.rect().bottomLeft()))

    def jump_to_month(self, month: str) -> None:
        row = self.model.header_row(month)
        if row >= 0:
            self.view.scroll_to_row(row)
            self.view.setCurrentIndex(self.model.index(min(row + 1, self.model.rowCount() - 1)))

    # -- settings -----------------------------------------------------------------------

    def show_settings(self) -> QDialog:
        from mclip_desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.engine, self.settings, self._settings_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_chosen.connect(self.language_chosen)
        dialog.indexing_changed.connect(self._check_battery)
        dialog.open()
        return dialog

    def _check_battery(self) -> None:
        """Pause background indexing on battery power when the settings ask for it."""
        battery = power.on_battery() if self.settings.pause_on_battery else False
        if battery and not self.engine.paused and self._phase in ("indexing", "scanning"):
            self.engine.pause()
            self._paused_for_battery = True
            self.flash(self.tr("Indexing paused while on battery power"), 10_000)
        elif not battery and self._paused_for_battery:
            self._paused_for_battery = False
            self.engine.resume()
        self._update_status()

    _paused_for_battery = False

    # -- thumbnails ---------------------------------------------------------------------

    def set_thumbnail_size(self, size: int) -> None:
        size = min(THUMB_SIZES, key=lambda s: abs(s - size))
        self.settings.thumbnail_size = size
        self.delegate.cell = size
        self._thumbnails.set_display_size(round(size * self.devicePixelRatioF()))
        self.view.set_cell(size)

    def step_thumbnail_size(self, step: int) -> None:
        size = self.settings.thumbnail_size
        position = THUMB_SIZES.index(size) if size in THUMB_SIZES else 2
        position = max(0, min(len(THUMB_SIZES) - 1, position + step))
        self.set_thumbnail_size(THUMB_SIZES[position])

    # -- window state -------------------------------------------------------------------

    def _window_state(self) -> QSettings:
        # Beside the settings in the data dir, so portable installs and tests keep their own.
        path = self._settings_path.with_name("window.ini")
        return QSettings(str(path), QSettings.Format.IniFormat)

    def _restore_window_state(self) -> None:
        state = self._window_state()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.view.stop_watching_layout()
        for timer in (self._search_timer, self._refresh_timer, self._battery_timer):
            timer.stop()
        self.duplicate_counter.stop()
        if self.albums_window is not None:
            self.albums_window.close()
        self.albums.shutdown()
        state = self._window_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.sync()
        try:
            self.settings.save(self._settings_path)
        except OSError:
            pass
        super().closeEvent(event)
