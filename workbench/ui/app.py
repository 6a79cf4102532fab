"""Composition root: `python main.py [--db PATH] [--screenshot PNG [--article ID]] [FILE...]`.

Opens the store, builds the undo stack and the change bus, passes them to the
main window. No globals.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

USAGE = "python main.py [--db PATH] [--screenshot PNG [--article ID]] [FILE...]"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="workbench",
        usage=USAGE,
        description="The workbench desktop app: Arabic conflict news, highlighted and corrected "
        "by hand, with a timeline and a force-presence table. Offline; one SQLite database.",
    )
    p.add_argument("--db", help="the SQLite database (default: the user data directory)")
    p.add_argument("--screenshot", metavar="PNG", help="render the window to a PNG and exit")
    p.add_argument("--article", type=int, help="the article to show (with --screenshot)")
    p.add_argument("--size", default="1600x1000", help="window size for --screenshot (WxH)")
    p.add_argument("files", nargs="*", help="article files or folders to import")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workbench.store import StoreError, open_store
    from workbench.ui.bus import ChangeBus, Context
    from workbench.ui.fonts import arabic_family
    from workbench.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("workbench")
    app.setApplicationName("workbench")
    arabic_family()
    settings = None if args.screenshot else QSettings("workbench", "workbench")

    db = args.db
    if db is None and settings is not None:
        last = settings.value("lastDatabase")
        if isinstance(last, str) and last and Path(last).exists():
            db = last
    try:
        # the first interactive start paints the window before the sample is
        # extracted (SeedWorker); a screenshot waits for it
        store = open_store(db, seed_sample=bool(args.screenshot))
    except StoreError as exc:
        if args.screenshot:
            print(f"workbench: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Cannot open the database", str(exc))
        return 2

    if args.screenshot and args.files:
        # a screenshot of given files: import them first (here, not in a worker) and show
        # the first unless --article names another
        report = store.import_paths(args.files)
        for label, reason in report.failed:
            print(f"workbench: {label}: {reason}", file=sys.stderr)
        shown = report.imported + report.duplicate_ids
        if args.article is None and shown:
            args.article = shown[0]
    ctx = Context(store, QUndoStack(), ChangeBus())
    window = MainWindow(ctx, settings, restore=not args.screenshot)
    try:
        if args.screenshot:
            return _screenshot(app, window, args)
        window.show()
        if store.created:
            # after the first paint: a worker started before it would hold the GIL while
            # the window waits to be drawn
            _after_first_paint(window, window.seed_sample)
        if args.files:
            window.import_paths(args.files)
        return app.exec()
    finally:
        store.close()


def _after_first_paint(widget: object, fn: object, latest_ms: int = 1000) -> None:
    """Call ``fn`` once, right after ``widget`` is first painted (or after ``latest_ms``
    when no paint comes, as on a headless platform)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done: list[bool] = []

    def run() -> None:
        if not done:
            done.append(True)
            fn()  # type: ignore[operator]

    class _Watch(QObject):
        def eventFilter(self, obj: object, ev: object) -> bool:  # noqa: N802 - Qt API
            if ev.type() == QEvent.Type.Paint:  # type: ignore[attr-defined]
                obj.removeEventFilter(self)  # type: ignore[attr-defined]
                QTimer.singleShot(0, run)
            return False

    watch = _Watch(widget)  # type: ignore[arg-type]
    widget.installEventFilter(watch)  # type: ignore[attr-defined]
    QTimer.singleShot(latest_ms, run)


def _screenshot(app: object, window: object, args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from workbench.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    w, _, h = args.size.partition("x")
    window.resize(int(w), int(h))
    if args.article is not None:
        if args.article not in window.corpus.ids():
            print(
                f"workbench: no article {args.article} in {window.ctx.store.path}", file=sys.stderr
            )
            return 2
        window.show_article(args.article)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    window.timeline.view.fit()
    QApplication.processEvents()
    image = window.grab()
    out = Path(args.screenshot)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        print(f"workbench: cannot write {out}", file=sys.stderr)
        return 1
    shown = window.article.article_id
    print(
        f"wrote {out} ({image.width()}x{image.height()}"
        + (f", article {shown})" if shown is not None else ")")
    )
    return 0
