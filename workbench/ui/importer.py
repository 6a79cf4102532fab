"""Store work off the UI thread: QThreads that open their own Store on the same path."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThread, Signal


class StoreWorker(QThread):
    """Runs ``work(store)`` in a worker thread with its own connection.

    ``done(result)`` or ``failed(message)`` at the end (delivered on the GUI thread).
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def work(self, store: Any) -> Any:
        """The job, on this thread's store; its return value is emitted by ``done``."""
        raise NotImplementedError

    def run(self) -> None:
        from workbench.store import open_store

        store = None
        try:
            store = open_store(self.db_path, seed_sample=False)
            result = self.work(store)
        except Exception as exc:  # StoreError or anything the job raised
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        finally:
            if store is not None:
                store.close()
        self.done.emit(result)


class ImportWorker(StoreWorker):
    """Runs ``store.import_paths``; ``progress(done, total, path)`` while it runs,
    ``done(report)`` at the end; ``cancel()`` stops it between files."""

    progress = Signal(int, int, str)

    def __init__(self, db_path: Any, paths: list[str], parent: Any = None) -> None:
        super().__init__(db_path, parent)
        self.paths = list(paths)

    def work(self, store: Any) -> Any:
        return store.import_paths(
            self.paths,
            progress=lambda done, total, path: self.progress.emit(done, total, str(path)),
            cancelled=lambda: self._cancel,
        )


class SeedWorker(StoreWorker):
    """Imports the demo article into a just-created database, off the UI thread.

    The first start paints the window first; the sample (whose extraction loads
    the gazetteer) follows. ``done(article_id or None)``. Seeding is one short
    transaction: ``cancel()`` does not stop it, the window waits for it.
    """

    def work(self, store: Any) -> Any:
        return store.seed_sample()
