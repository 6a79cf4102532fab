"""The main window: corpus, article, entities, timeline, forces and events, menus."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QUndoView,
    QWidget,
)

from workbench.ui.article_view import ArticleView
from workbench.ui.bus import Context, Refresh
from workbench.ui.corpus import CorpusPanel
from workbench.ui.entities import EntitiesPanel
from workbench.ui.history import HistoryPanel
from workbench.ui.importer import ImportWorker, SeedWorker, StoreWorker
from workbench.ui.style import TYPE_KEYS
from workbench.ui.tables import EventPanel, ForcePanel
from workbench.ui.timeline import TimelinePanel

EXPORT_FORMATS = {
    "json": ("JSON (extraction documents)", "JSON (*.json)"),
    "csv": ("CSV for Excel", "CSV (*.csv)"),
    "acled": ("ACLED CSV", "CSV (*.csv)"),
    "geojson": ("GeoJSON for QGIS", "GeoJSON (*.geojson *.json)"),
    "timesketch": ("Timesketch JSONL", "JSON lines (*.jsonl)"),
}

SHORTCUTS = [
    ("1 … 6", "mark the selected text as ACTOR, PERSON, ORG, LOCATION, WEAPON, QUANTITY"),
    ("T", "mark the selected text as a time expression"),
    ("right click", "change type, link, reject, apply to all, merge alias, edit a time"),
    ("Ctrl+Z", "undo the last correction (saved at once)"),
    ("Ctrl+Shift+Z / Ctrl+Y", "redo"),
    ("Ctrl+F", "search the corpus"),
    ("Ctrl+I", "import files"),
    ("Ctrl+R", "re-extract the article (keeps corrections)"),
    ("F2 / double click", "edit a table cell; Delete removes a row"),
    ("wheel / drag", "zoom / pan the timeline"),
]


class MainWindow(QMainWindow):
    def __init__(
        self, ctx: Context, settings: QSettings | None = None, restore: bool = True
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self._workers: list[StoreWorker] = []
        self.setWindowTitle("workbench")
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )

        self.article = ArticleView(ctx, self)
        self.article.text.setAcceptDrops(False)
        self.setCentralWidget(self.article)
        self.corpus = CorpusPanel(ctx, self)
        self.entities = EntitiesPanel(self)
        self.timeline = TimelinePanel(ctx, self)
        self.forces = ForcePanel(ctx, self)
        self.events = EventPanel(ctx, self)
        self.undo_view = QUndoView(ctx.stack, self)
        self.undo_view.setEmptyLabel("(opened)")
        self.history = HistoryPanel(ctx, self)

        self.docks: dict[str, QDockWidget] = {}
        self._dock("Corpus", self.corpus, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("Entities", self.entities, Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock("Undo history", self.undo_view, Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock("Timeline", self.timeline, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._dock("Forces", self.forces, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._dock("Events", self.events, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._dock("Corrections", self.history, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.docks["Timeline"], self.docks["Forces"])
        self.tabifyDockWidget(self.docks["Forces"], self.docks["Events"])
        self.tabifyDockWidget(self.docks["Events"], self.docks["Corrections"])
        self.tabifyDockWidget(self.docks["Entities"], self.docks["Undo history"])
        self.docks["Timeline"].raise_()
        self.docks["Entities"].raise_()
        self.resizeDocks(
            [self.docks["Corpus"], self.docks["Entities"]], [420, 300], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.docks["Timeline"]], [280], Qt.Orientation.Vertical)

        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()

        self.corpus.articleSelected.connect(self.show_article)
        self.corpus.listed.connect(self._listed)
        self.article.contentChanged.connect(self._article_content_changed)
        self.entities.spansSelected.connect(lambda spans: self.article.select_spans(spans))
        self.timeline.eventClicked.connect(lambda aid, _eid, s, e: self.show_span(aid, s, e))
        self.forces.addRequested.connect(lambda: self._add_from_selection("force"))
        self.events.addRequested.connect(lambda: self._add_from_selection("event"))
        self.forces.spanActivated.connect(self.show_span)
        self.events.spanActivated.connect(self.show_span)
        ctx.bus.error.connect(self.show_error)
        ctx.bus.status.connect(lambda m: self.statusBar().showMessage(m))

        if restore and settings is not None:
            geometry = settings.value("geometry")
            if isinstance(geometry, QByteArray | bytes):
                self.restoreGeometry(geometry)
            state = settings.value("windowState")
            if isinstance(state, QByteArray | bytes):
                self.restoreState(state)
        else:
            self.resize(1500, 950)
        self._update_db_label()
        self.corpus.refresh()
        self._open_initial_article(settings if restore else None)

    # ------------------------------------------------------------------ layout

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower().replace(' ', '-')}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[title] = dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        a = file_menu.addAction("&Import files…")
        a.setShortcut(QKeySequence("Ctrl+I"))
        a.triggered.connect(self.import_files_dialog)
        file_menu.addAction("Import &folder…").triggered.connect(self.import_folder_dialog)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu("&Export")
        for fmt, (label, _flt) in EXPORT_FORMATS.items():
            export_menu.addAction(f"{label} — this article…").triggered.connect(
                lambda _=False, f=fmt: self.export_dialog(f, this_article=True)
            )
            export_menu.addAction(f"{label} — whole corpus…").triggered.connect(
                lambda _=False, f=fmt: self.export_dialog(f, this_article=False)
            )
        file_menu.addSeparator()
        file_menu.addAction("&Open database…").triggered.connect(self.open_database_dialog)
        file_menu.addSeparator()
        q = file_menu.addAction("&Quit")
        q.setShortcut(QKeySequence.StandardKey.Quit)
        q.triggered.connect(self.close)

        edit = bar.addMenu("&Edit")
        self.undo_action = self.ctx.stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = self.ctx.stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        f = edit.addAction("&Find in corpus")
        f.setShortcut(QKeySequence.StandardKey.Find)
        f.triggered.connect(lambda: (self.docks["Corpus"].show(), self.corpus.search.setFocus()))

        art = bar.addMenu("&Article")
        r = art.addAction("&Re-extract (keeps corrections)")
        r.setShortcut(QKeySequence("Ctrl+R"))
        r.triggered.connect(self.reextract)
        mark = art.addMenu("&Mark selection as")
        for key, kind in TYPE_KEYS.items():
            act = mark.addAction(f"{kind}\t{key}")
            act.triggered.connect(lambda _=False, k=kind: self.article.mark_selection(k))
        mark.addAction("TIME\tT").triggered.connect(lambda: self.article.mark_selection("TIME"))

        view = bar.addMenu("&View")
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        help_menu.addAction("&Keyboard shortcuts").triggered.connect(self.show_shortcuts)
        help_menu.addAction("&About").triggered.connect(self.show_about)

    # ---------------------------------------------------------------- articles

    def _open_initial_article(self, settings: QSettings | None) -> None:
        ids = self.corpus.ids()
        if not ids:
            return
        wanted = None
        if settings is not None:
            try:
                wanted = int(settings.value("lastArticle", 0) or 0)
            except (TypeError, ValueError):
                wanted = None
        self.show_article(wanted if wanted in ids else ids[0])

    def show_article(self, article_id: int) -> None:
        if article_id == self.article.article_id:
            return
        try:
            self.article.load(article_id)
        except Exception as exc:
            self.show_error("Cannot open the article", str(exc))
            return
        self.corpus.select_id(article_id, emit=False)
        self.article.text.setFocus()
        self.timeline.show_article(article_id)
        self.forces.show_article(article_id)
        self.events.show_article(article_id)
        self.history.show_article(article_id)
        title = self.article.record.title or self.article.record.source or ""
        self.setWindowTitle(f"workbench — {title} [{article_id}]")
        if self.settings is not None:
            self.settings.setValue("lastArticle", article_id)

    def show_span(self, article_id: Any, start: int, end: int) -> None:
        if article_id is not None and article_id != self.article.article_id:
            self.show_article(article_id)
        self.article.highlight_sentence(start, end)

    def _add_from_selection(self, kind: str) -> None:
        if self.article.selected_span() is None:
            self.statusBar().showMessage(
                "select the event's trigger or the force row's evidence in the article first"
            )
            return
        if kind == "force":
            self.article.add_force_from_selection()
        else:
            self.article.add_event_from_selection()

    def _article_content_changed(self) -> None:
        self.entities.set_extraction(self.article.extraction)

    def _listed(self, ids: list[int]) -> None:
        self.timeline.set_corpus_ids(ids)
        self.forces.set_corpus_ids(ids)
        self.events.set_corpus_ids(ids)

    def reextract(self) -> None:
        aid = self.article.article_id
        if aid is None:
            return
        try:
            report = self.ctx.store.reextract(aid)
        except Exception as exc:
            self.show_error("Re-extraction failed", str(exc))
            return
        self.ctx.stack.clear()
        self.ctx.bus.notify(Refresh(aid, "re-extract"), self)
        summary = getattr(report, "summary", None)
        text = summary() if callable(summary) else str(report)
        self.statusBar().showMessage(f"re-extracted article {aid}: {text}")

    # ------------------------------------------------------------------ import

    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", "", "Text files (*.txt *.text *.md);;All files (*)"
        )
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> ImportWorker:
        """Import in a worker thread with a cancellable progress dialog."""
        worker = ImportWorker(self.ctx.store.path, paths, self)
        dialog = QProgressDialog("Importing…", "Cancel", 0, 0, self)
        dialog.setWindowTitle("Import")
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # keep reading while it runs
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(done: int, total: int, path: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            dialog.setLabelText(f"Importing {done}/{total}: {os.path.basename(path)}")

        worker.progress.connect(progress)
        dialog.canceled.connect(worker.cancel)
        worker.done.connect(self._import_done)
        worker.failed.connect(lambda msg: self.show_error("Import failed", msg))
        worker.finished.connect(dialog.close)
        worker.finished.connect(dialog.deleteLater)
        worker.finished.connect(lambda: self._workers.remove(worker))
        worker.finished.connect(worker.deleteLater)
        self._workers.append(worker)
        self.statusBar().showMessage(f"importing {len(paths)} path(s)…")
        worker.start()
        return worker

    def seed_sample(self) -> SeedWorker:
        """Import the demo article in a worker thread (first start, after the first paint)."""
        worker = SeedWorker(self.ctx.store.path, self)

        def done(aid: Any) -> None:
            self.statusBar().showMessage("the sample article is ready", 5000)
            self.ctx.bus.notify(Refresh(None, "import"), self)
            if aid is not None:
                self.show_article(aid)

        worker.done.connect(done)
        worker.failed.connect(lambda msg: self.show_error("Could not import the sample", msg))
        worker.finished.connect(lambda: self._workers.remove(worker))
        worker.finished.connect(worker.deleteLater)
        self._workers.append(worker)
        self.statusBar().showMessage("preparing the sample article…")
        worker.start()
        return worker

    def _import_done(self, report: Any) -> None:
        summary = report.summary() if hasattr(report, "summary") else str(report)
        self.statusBar().showMessage(summary)
        self.ctx.bus.notify(Refresh(None, "import"), self)
        if getattr(report, "failed", None):
            self.show_error("Some files were not imported", summary)
        # the first new article, else the one a file duplicates (dropping a file that is
        # already in the corpus shows it)
        shown = (getattr(report, "imported", None) or []) + (
            getattr(report, "duplicate_ids", None) or []
        )
        if shown:
            self.show_article(shown[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ------------------------------------------------------------------ export

    def export_dialog(self, fmt: str, this_article: bool) -> None:
        from workbench.store import export as store_export

        aid = self.article.article_id if this_article else None
        if this_article and aid is None:
            return
        label, flt = EXPORT_FORMATS[fmt]
        ext = {"acled": "csv", "timesketch": "jsonl"}.get(fmt, fmt)
        name = f"article-{aid}.{ext}" if aid is not None else f"corpus-{fmt}.{ext}"
        path, _ = QFileDialog.getSaveFileName(self, f"Export {label}", name, flt)
        if not path:
            return
        # the file dialog has asked before replacing an existing file
        try:
            n = store_export.export(
                self.ctx.store, fmt, path, article_id=aid, overwrite=Path(path).exists()
            )
        except Exception as exc:
            self.show_error("Export failed", str(exc))
            return
        self.statusBar().showMessage(f"exported {n} records to {path}")

    # ---------------------------------------------------------------- database

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Open or create a database",
            str(self.ctx.store.path),
            "SQLite databases (*.db *.sqlite);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.open_database(path)

    def open_database(self, path: str) -> bool:
        from workbench.store import open_store

        try:
            store = open_store(path)
        except Exception as exc:
            self.show_error("Cannot open the database", str(exc))
            return False
        old = self.ctx.store
        self.ctx.stack.clear()
        self.ctx.store = store
        old.close()
        self.article.clear()
        self.entities.set_extraction(None)
        for panel in (self.timeline, self.forces, self.events, self.history):
            panel.show_article(None)
        if self.settings is not None:
            self.settings.setValue("lastDatabase", str(store.path))
        self._update_db_label()
        self.corpus.reload_sources()
        self.corpus.refresh()
        self._open_initial_article(None)
        self.statusBar().showMessage(f"opened {store.path}")
        return True

    def _update_db_label(self) -> None:
        self.db_label.setText(str(self.ctx.store.path))

    # ----------------------------------------------------------------- dialogs

    def show_error(self, title: str, message: str) -> None:
        """A window-modal, non-blocking message box with the store's message."""
        self.statusBar().showMessage(f"{title}: {message}")
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = (title, message)

    def show_shortcuts(self) -> None:
        text = "\n".join(f"{k:<24} {v}" for k, v in SHORTCUTS)
        box = QMessageBox(QMessageBox.Icon.Information, "Keyboard shortcuts", text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "About workbench",
            f"An offline workbench for Arabic conflict news.\nDatabase: {self.ctx.store.path}",
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------------- close

    def save_settings(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.setValue("lastDatabase", str(self.ctx.store.path))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for worker in list(self._workers):
            worker.cancel()
            worker.wait()
        self.save_settings()
        super().closeEvent(event)
