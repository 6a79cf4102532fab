"""Import off the UI thread: a QThread that opens its own Store on the same path."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThread, Signal


class ImportWorker(QThread):
    """Runs ``store.import_paths`` in a worker thread with its own connection.

    ``progress(done, total, path)`` while it runs; ``done(report)`` or
    ``failed(message)`` at the end (delivered on the GUI thread).
    """

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Any, paths: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.paths = list(paths)
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from workbench.store import open_store

        store = None
        try:
            store = open_store(self.db_path, seed_sample=False)
            report = store.import_paths(
                self.paths,
                progress=lambda done, total, path: self.progress.emit(done, total, str(path)),
                cancelled=lambda: self._cancel,
            )
        except Exception as exc:  # StoreError or anything the import raised
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        finally:
            if store is not None:
                store.close()
        self.done.emit(report)


class SeedWorker(QThread):
    """Imports the demo article into a just-created database, off the UI thread.

    The first start paints the window first; the sample (whose extraction loads
    the gazetteer) follows. ``done(article_id or None)`` or ``failed(message)``.
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.db_path = db_path

    def cancel(self) -> None:
        """Seeding is one short transaction: nothing to cancel, the window waits for it."""

    def run(self) -> None:
        from workbench.store import open_store

        store = None
        try:
            store = open_store(self.db_path, seed_sample=False)
            aid = store.seed_sample()
        except Exception as exc:  # StoreError or anything the import raised
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        finally:
            if store is not None:
                store.close()
        self.done.emit(aid)
