"""The main window: search bar, results grid, status bar. It wires widgets to the Engine;
the engine, thumbnails, model and dialogs each live in their own module."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QLocale,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mclip_desktop.core import fetch, images
from mclip_desktop.core.errors import MclipError
from mclip_desktop.core.query import SearchRequest, SearchResults, Term
from mclip_desktop.core.search import SearchResult
from mclip_desktop.core.settings import Settings
from mclip_desktop.gui.dialogs import FailuresDialog, FoldersDialog, PreviewDialog
from mclip_desktop.gui.engine import RESULT_LIMIT, Engine
from mclip_desktop.gui.i18n import LanguageMenu
from mclip_desktop.gui.results import PathRole, ResultsModel, ThumbnailDelegate
from mclip_desktop.gui.thumbnails import ThumbnailProvider

SEARCH_DELAY_MS = 250
THUMB_SIZES = (96, 128, 160, 200, 256, 320)


class ResultsView(QListView):
    """The grid: icon mode, uniform cells, drag out as file URLs; Space and Enter keys."""

    preview_requested = Signal(str)
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSpacing(2)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        index = self.currentIndex()
        if index.isValid() and event.key() == Qt.Key.Key_Space:
            self.preview_requested.emit(index.data(PathRole))
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(index.data(PathRole))
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    search_finished = Signal(int)  # number of results, for tests and status

    def __init__(self, engine: Engine, thumbnails: ThumbnailProvider, settings: Settings, settings_path: Path) -> None:
        super().__init__()
        self.engine = engine
        self.settings = settings
        self._settings_path = settings_path
        self.setWindowTitle("mclip-desktop")
        self.setAcceptDrops(True)
        self.resize(1100, 760)
        self._image_query: str | None = None
        # Photos marked "more / less like this" for the current query.
        self._more_like: list[str] = []
        self._less_like: list[str] = []
        self._pending_query = False
        self._indexing: tuple[int, int, float] | None = None
        self._last_search_ms = 0.0
        self._thumbnails = thumbnails
        self.albums_window = None  # the albums, opened from the View menu

        # search bar
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Loading the models…"))
        self.image_chip = QToolButton(self)
        self.image_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.image_chip.setIconSize(QSize(28, 28))
        self.image_chip.setToolTip(self.tr("Searching by this image; click to remove it"))
        self.image_chip.hide()
        self.image_chip.clicked.connect(self.clear_image_query)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 8, 8, 4)
        bar.addWidget(self.image_chip)
        bar.addWidget(self.search_edit, 1)

        # results and empty states
        self.model = ResultsModel(thumbnails, self)
        self.delegate = ThumbnailDelegate(self)
        self.view = ResultsView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.empty_label.linkActivated.connect(self._on_empty_label_link_activated)
        self.empty_action = QPushButton(self)
        self.empty_action.hide()
        empty_page = QWidget(self)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_action, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(empty_page)
        self.pages.addWidget(self.view)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # status bar
        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.hide()
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.engine.cancel_download)
        self.notice_label = QLabel(self)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice_label.clear)
        self.failures_button = QPushButton(self)
        self.failures_button.setFlat(True)
        self.failures_button.hide()
        self.failures_button.clicked.connect(self.show_failures)
        status = self.statusBar()
        status.addWidget(self.status_label)
        status.addWidget(self.notice_label, 1)
        status.addPermanentWidget(self.failures_button)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.pause_button)
        status.addPermanentWidget(self.cancel_button)

        self._build_menus()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._refresh_timer = QTimer(self)  # coalesces "results changed" bursts while indexing
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(700)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)

        self.search_edit.textEdited.connect(self._on_search_edit_text_edited)
        self.search_edit.returnPressed.connect(self.run_search)
        self.view.doubleClicked.connect(lambda index: self.open_path(index.data(PathRole)))
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

    # -- menus and shortcuts ------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_folder_action = QAction(self.tr("&Add folder…"), self)
        self.add_folder_action.setShortcut(QKeySequence.StandardKey.Open)
        self.add_folder_action.triggered.connect(self.choose_folder)
        self.folders_action = QAction(self.tr("&Watched folders…"), self)
        self.folders_action.triggered.connect(self.show_folders)
        self.model_folder_action = QAction(self.tr("Choose &model folder…"), self)
        self.model_folder_action.triggered.connect(self.choose_model_folder)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.add_folder_action, self.folders_action, self.model_folder_action):
            file_menu.addAction(action)
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

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        bigger = QAction(self.tr("&Larger thumbnails"), self)
        bigger.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        bigger.triggered.connect(lambda: self.step_thumbnail_size(+1))
        smaller = QAction(self.tr("&Smaller thumbnails"), self)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self.step_thumbnail_size(-1))
        view_menu.addAction(bigger)
        view_menu.addAction(smaller)
        view_menu.addSeparator()
        self.albums_action = QAction(self.tr("&Albums…"), self)
        self.albums_action.triggered.connect(self.show_albums)
        view_menu.addAction(self.albums_action)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.settings.language, self._save_language, self)
        self.language_menu.notice_posted.connect(lambda message: self.flash(message, 10_000))
        view_menu.addMenu(self.language_menu)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear_query)
        # Ctrl+V in the search box pastes an image when the clipboard holds one, text otherwise.
        self.search_edit.installEventFilter(self)

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
        self._more_like, self._less_like = [], []
        self._search_timer.start()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text()
        if not text.strip() and not self._image_query:
            self.model.clear()
            self._update_empty_state()
            return
        if text.strip() and not self.engine.models_ok:
            self._pending_query = True  # runs as soon as the models are ready
            self._update_empty_state()
            return
        if self._more_like or self._less_like:
            self._run_refined()
            return
        self.engine.search(text, self._image_query, self._on_search_done, self._on_search_error)

    def _on_search_done(self, results: list[SearchResult], seconds: float) -> None:
        self._last_search_ms = seconds * 1000
        self.model.set_results(results)
        self._update_empty_state()
        self.search_finished.emit(len(results))

    def _on_search_error(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, MclipError) else self.tr("The search failed: {0}").format(error)
        self.flash(message, 10_000)
        if self._image_query and isinstance(error, MclipError):
            self.clear_image_query()
        self.search_finished.emit(-1)

    def clear_query(self) -> None:
        self._more_like, self._less_like = [], []
        self.search_edit.clear()
        self._image_query = None
        self.image_chip.hide()
        self.model.clear()
        self._update_empty_state()

    def set_image_query(self, path: str) -> None:
        self._more_like, self._less_like = [], []
        self._image_query = path
        reader = QImage(path)
        icon = QIcon(QPixmap.fromImage(reader.scaled(56, 56, Qt.AspectRatioMode.KeepAspectRatio)))
        self.image_chip.setIcon(icon)
        self.image_chip.setText(os.path.basename(path) + "  ✕")
        self.image_chip.show()
        self.run_search()

    def clear_image_query(self) -> None:
        self._image_query = None
        self.image_chip.hide()
        self.run_search()

    def find_similar(self, path: str) -> None:
        self.search_edit.clear()
        self.set_image_query(path)

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
                path = url.toLocalFile()
                if os.path.isdir(path):
                    self.add_folder(path)
                    return True
                if images.is_photo_path(path) or os.path.isfile(path):
                    self.find_similar(path)
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
                self.find_similar(str(target))
                return True
        return False

    def _query_folder(self) -> Path:
        return self.engine.library.config.data_dir / "cache" / "queries"

    def _fetch_and_query(self, url: str) -> None:
        self.flash(self.tr("Fetching the dropped image…"))
        folder = self._query_folder()
        self.engine.run_in_background(
            lambda: fetch.fetch_image(url, folder),
            lambda path: self.find_similar(str(path)),
            lambda error: self.flash(str(error), 10_000),
        )

    # -- actions on results -------------------------------------------------------------

    def selected_paths(self) -> list[str]:
        return [i.data(PathRole) for i in self.view.selectionModel().selectedIndexes()]

    def open_path(self, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def show_in_folder(self, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(path)))

    def copy_image(self, path: str) -> None:
        image = QImage(path)
        if image.isNull():
            self.flash(self.tr("Cannot copy {0}: it cannot be read.").format(path), 8000)
            return
        QGuiApplication.clipboard().setImage(image)

    def copy_paths(self, paths: list[str]) -> None:
        QGuiApplication.clipboard().setText("\n".join(paths))

    def show_preview(self, path: str) -> None:
        dialog = PreviewDialog(path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def context_menu_for(self, path: str) -> QMenu:
        menu = QMenu(self)
        paths = self.selected_paths() or [path]
        menu.addAction(self.tr("Open"), lambda: [self.open_path(p) for p in paths])
        menu.addAction(self.tr("Show in folder"), lambda: self.show_in_folder(path))
        menu.addAction(self.tr("Copy image"), lambda: self.copy_image(path))
        menu.addAction(self.tr("Copy path"), lambda: self.copy_paths(paths))
        menu.addSeparator()
        menu.addAction(self.tr("Find similar"), lambda: self.find_similar(path))
        if self.search_edit.text().strip() or self._image_query:
            menu.addAction(self.tr("More like this"), lambda: self.refine_query(paths, more=True))
            menu.addAction(self.tr("Less like this"), lambda: self.refine_query(paths, more=False))
        return menu

    def refine_query(self, paths: list[str], more: bool) -> None:
        """More / less like these photos: their stored vectors join the query (Rocchio), and
        it runs again; the marks last until the query itself changes."""
        (self._more_like if more else self._less_like).extend(paths)
        self._run_refined()

    def _run_refined(self) -> None:
        terms = [Term.text(self.search_edit.text())] if self.search_edit.text().strip() else []
        if self._image_query:
            terms.append(Term.image(self._image_query))
        request = SearchRequest(terms=tuple(terms), limit=RESULT_LIMIT).refined(
            tuple(self._more_like), tuple(self._less_like)
        )
        self.engine.run_request(request, self._on_refined_search_done, self._on_search_error)

    def _on_refined_search_done(self, results: SearchResults, seconds: float) -> None:
        found = [SearchResult(r.path, r.score or 0.0) for r in results.items()]
        self._on_search_done(found, seconds)

    def _on_view_context_menu_requested(self, pos) -> None:  # noqa: ANN001
        index = self.view.indexAt(pos)
        if index.isValid():
            menu = self.context_menu_for(index.data(PathRole))
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- folders ------------------------------------------------------------------------

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of photos"))
        if path:
            self.add_folder(path)

    def add_folder(self, path: str) -> None:
        try:
            self.engine.add_folder(path)
        except MclipError as exc:
            self.flash(str(exc), 10_000)
            return
        self.flash(self.tr("Watching {0}").format(path), 5000)
        self._update_counts()
        self._update_empty_state()

    def remove_folder(self, path: str) -> None:
        self.engine.remove_folder(path)
        self._update_counts()
        self.run_search()

    def show_folders(self) -> None:
        dialog = FoldersDialog(self.engine.folders, self.engine.add_folder, self.remove_folder, self)
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
        if link == "add-pictures":
            self.add_folder(self.pictures_folder())
        elif link == "choose-folder":
            self.choose_folder()
        elif link == "choose-model":
            self.choose_model_folder()
        elif link == "retry":
            self.engine.load_models()
            self.search_edit.setPlaceholderText(self.tr("Loading the models…"))
            self._update_empty_state()

    # -- models -------------------------------------------------------------------------

    def choose_model_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder that holds a model"))
        if not path:
            return
        kind = "image" if (Path(path) / "0_CLIPModel").is_dir() else "text"
        if kind == "image":
            self.settings.image_model = path
        else:
            self.settings.text_model = path
        self.settings.save(self._settings_path)
        self.engine.use_model_folder(kind, path)
        self._model_error = None
        self._update_empty_state()

    _model_error: str | None = None

    def _on_engine_models_ready(self) -> None:
        self._model_error = None
        self.search_edit.setPlaceholderText(self.tr("Search your photos, in any language…"))
        self.progress.hide()
        self.cancel_button.hide()
        self.status_label.clear()
        self._update_counts()
        self._update_empty_state()
        if self._pending_query or self.search_edit.text().strip():
            self._pending_query = False
            self.run_search()

    def _on_engine_models_failed(self, message: str) -> None:
        self._model_error = message
        self.search_edit.setPlaceholderText(self.tr("The models are not available"))
        self.progress.hide()
        self.cancel_button.hide()
        self._update_empty_state()

    def _on_engine_download_progressed(self, model: str, done: int, total: int) -> None:
        self.progress.show()
        self.cancel_button.show()
        self.progress.setRange(0, max(1, total // 1024))
        self.progress.setValue(done // 1024)
        self.status_label.setText(
            self.tr("Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)").format(
                model=model, done=done / 1e6, total=total / 1e6
            )
        )

    # -- indexing -----------------------------------------------------------------------

    def _on_engine_indexing_progressed(self, done: int, total: int, rate: float) -> None:
        self._indexing = (done, total, rate) if done < total else None
        self._update_status()

    def _on_engine_phase_changed(self, phase: str) -> None:
        if phase in ("idle", "stopped"):
            self._indexing = None
        self.pause_button.setVisible(phase in ("indexing", "paused", "scanning"))
        self.pause_button.setText(self.tr("Resume") if phase == "paused" else self.tr("Pause"))
        self._phase = phase
        self._update_counts()
        self._update_status()
        self._update_empty_state()

    _phase = "starting"

    def _on_pause_button_clicked(self) -> None:
        if self.engine.paused:
            self.engine.resume()
            self.pause_button.setText(self.tr("Pause"))
        else:
            self.engine.pause()
            self.pause_button.setText(self.tr("Resume"))

    def _on_engine_results_changed(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        self._update_counts()
        if self.search_edit.text().strip() or self._image_query:
            self.run_search()

    def _on_engine_notice_posted(self, message: str) -> None:
        self.flash(message, 15_000)

    def flash(self, message: str, msecs: int = 0) -> None:
        """A passing message beside the progress text (which stays visible)."""
        self.notice_label.setText(message)
        self.notice_label.setToolTip(message)
        if msecs:
            self._notice_timer.start(msecs)
        else:
            self._notice_timer.stop()

    _counts = None

    def _update_counts(self) -> None:
        self.engine.refresh_counts()

    def _on_engine_counts_changed(self, counts) -> None:  # noqa: ANN001
        self._counts = counts
        self._update_empty_state()
        failed = counts.failed
        self.failures_button.setVisible(failed > 0)
        self.failures_button.setText(
            self.tr("1 unreadable file") if failed == 1 else self.tr("{0} unreadable files").format(failed)
        )
        self._update_status()

    def _update_status(self) -> None:
        if self.progress.isVisible() and self.cancel_button.isVisible():
            return  # a model download owns the status bar
        counts = self._counts
        if self._indexing is not None:
            done, total, rate = self._indexing
            left = (total - done) / rate if rate > 0 else None
            text = self.tr("Indexing {done} of {total}").format(done=_number(done), total=_number(total))
            if rate > 0:
                text += self.tr(" · {rate:.1f} photos/s").format(rate=rate)
            if left is not None:
                text += self.tr(" · {0} left").format(self._duration(left))
            self.status_label.setText(text)
        elif counts is not None:
            self.status_label.setText(
                self.tr("1 photo searchable")
                if counts.indexed == 1
                else self.tr("{0} photos searchable").format(_number(counts.indexed))
            )

    def _update_empty_state(self) -> None:
        has_query = bool(self.search_edit.text().strip() or self._image_query)
        if self.model.rowCount() > 0:
            self.pages.setCurrentIndex(1)
            return
        self.pages.setCurrentIndex(0)
        counts = self._counts
        if self._model_error:
            self.empty_label.setText(
                "<p>{0}</p><p><a href='choose-model'>{1}</a> &nbsp; <a href='retry'>{2}</a></p>".format(
                    _escape(self._model_error), self.tr("Choose model folder…"), self.tr("Retry")
                )
            )
        elif not self.engine.folders():
            pictures = self.pictures_folder()
            links = "<a href='choose-folder'>{0}</a>".format(self.tr("Choose a folder…"))
            if pictures and os.path.isdir(pictures):
                links = "<a href='add-pictures'>{0}</a> &nbsp; <a href='choose-folder'>{1}</a>".format(
                    self.tr("Add {0}").format(_escape(pictures)), self.tr("Choose another folder…")
                )
            self.empty_label.setText(
                "<h3>{0}</h3><p>{1}</p><p>{2}</p><p>{3}</p>".format(
                    self.tr("No folders yet"),
                    self.tr("Choose the folders that hold your photos. Nothing leaves this computer."),
                    links,
                    self.tr("You can also drop a folder onto this window."),
                )
            )
        elif self._indexing is not None and not has_query:
            done, total, _ = self._indexing
            self.empty_label.setText(
                "<h3>{0}</h3><p>{1}</p>".format(
                    self.tr("Indexing {done} of {total} photos").format(
                        done=_number(done), total=_number(total)
                    ),
                    self.tr("You can search already: new photos join the results as they are indexed."),
                )
            )
        elif self._phase in ("scanning", "indexing") and not has_query and not (counts and counts.indexed):
            self.empty_label.setText(
                "<h3>{0}</h3><p>{1}</p>".format(
                    self.tr("Looking for photos…"),
                    self.tr("Indexing starts in a moment; the window stays usable meanwhile."),
                )
            )
        elif has_query and self._pending_query:
            self.empty_label.setText("<p>{0}</p>".format(self.tr("Loading the models; your search runs as soon as they are ready…")))
        elif has_query:
            self.empty_label.setText("<h3>{0}</h3><p>{1}</p>".format(
                self.tr("No results"), self.tr("No indexed photo matches yet.")))
        else:
            indexed = counts.indexed if counts else 0
            self.empty_label.setText(
                "<h3>{0}</h3><p>{1}</p>".format(
                    self.tr("1 photo ready to search")
                    if indexed == 1
                    else self.tr("{0} photos ready to search").format(_number(indexed)),
                    self.tr("Type what you are looking for in any language, or drop a photo here."),
                )
            )

    def _duration(self, seconds: float) -> str:
        if seconds < 90:
            return self.tr("{0} s").format(round(seconds))
        if seconds < 5400:
            return self.tr("{0} min").format(round(seconds / 60))
        return self.tr("{0} h").format(QLocale().toString(seconds / 3600, "f", 1))

    # -- thumbnails ---------------------------------------------------------------------

    def set_thumbnail_size(self, size: int) -> None:
        size = min(THUMB_SIZES, key=lambda s: abs(s - size))
        self.settings.thumbnail_size = size
        self.delegate.cell = size
        self.view.setGridSize(QSize(size + 8, size + 8))
        self.view.doItemsLayout()

    def step_thumbnail_size(self, step: int) -> None:
        position = THUMB_SIZES.index(self.settings.thumbnail_size) if self.settings.thumbnail_size in THUMB_SIZES else 2
        position = max(0, min(len(THUMB_SIZES) - 1, position + step))
        self.set_thumbnail_size(THUMB_SIZES[position])

    # -- window state -------------------------------------------------------------------

    def _window_state(self) -> QSettings:
        # Beside the settings in the data dir, so portable installs and tests keep their own.
        return QSettings(str(self._settings_path.with_name("window.ini")), QSettings.Format.IniFormat)

    def _restore_window_state(self) -> None:
        state = self._window_state()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for timer in (self._search_timer, self._refresh_timer, self._notice_timer):
            timer.stop()
        if self.albums_window is not None:
            self.albums_window.close()
        state = self._window_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.sync()
        try:
            self.settings.save(self._settings_path)
        except OSError:
            pass
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(value: int) -> str:
    return QLocale().toString(value)
