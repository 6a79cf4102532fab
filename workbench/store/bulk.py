"""Bulk import: many articles per transaction, extraction optionally in worker processes."""

from __future__ import annotations

import gc
import hashlib
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from typing import TYPE_CHECKING

from workbench.core import extract as core_extract
from workbench.core.extract import BadDate, parse_published
from workbench.core.model import Article, Extraction
from workbench.core.text import clean_newlines
from workbench.store.records import ImportReport
from workbench.store.store import Prepared, prepare

if TYPE_CHECKING:
    from workbench.store.store import Store


def _prepare(art: Article) -> tuple[Prepared, str | None]:
    """Extract ``art`` and turn the result into rows (runs in the worker processes)."""
    try:
        ext, warn = core_extract.extract(art), None
    except Exception as exc:
        ext = Extraction(art)
        warn = f"extraction failed ({type(exc).__name__}: {exc}); imported without items"
    return prepare(art, ext), warn


def _batches(items: Iterable, n: int) -> Iterator[list]:
    batch: list = []
    for x in items:
        batch.append(x)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def import_many(
    store: Store, articles: Iterable[Article], *, batch_size: int = 200, workers: int = 1
) -> ImportReport:
    """Validate and dedupe in this process; extract and turn the results into rows
    (:func:`prepare`) in ``workers`` processes (pipelined); assign ids and insert
    ``batch_size`` articles per transaction here."""
    from workbench.store.store import MAX_ARTICLE_CHARS

    report = ImportReport()
    # known texts, read once: the pool's feeding thread must not use the connection
    shas: set[str] = {r[0] for r in store.conn.execute("SELECT sha256 FROM articles")}

    def fresh() -> Iterator[tuple[Article, str]]:
        for n, art in enumerate(articles, 1):
            label = art.title or art.url or f"article {n}"
            text = clean_newlines(art.text or "")
            if not text.strip():
                report.failed.append((label, "the text is empty"))
                continue
            if len(text) > MAX_ARTICLE_CHARS:
                report.failed.append((label, "larger than the limit for one article"))
                continue
            try:
                d = parse_published(art.published)
            except BadDate as exc:
                report.failed.append((label, str(exc)))
                continue
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if sha in shas:
                report.duplicates.append(label)
                continue
            shas.add(sha)
            yield Article(text, art.title, d.isoformat() if d else None, art.source, art.url), sha

    pending = fresh()
    pool = None
    frozen = False
    if workers > 1:
        import multiprocessing as mp

        # load the extractor's resources once here; forked workers inherit them
        _prepare(Article("تمهيد", published="2019-12-06"))
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        # what exists now (the extractor's resources, the caller's data) is never
        # garbage-collected in the workers: no full collections walking it, no
        # copy-on-write of its pages. Undone when the import ends (unless the
        # program had frozen objects itself: then it is left alone).
        frozen = gc.get_freeze_count() == 0
        if frozen:
            gc.freeze()
        try:
            pool = ctx.Pool(workers)
        except BaseException:
            if frozen:
                gc.unfreeze()
            raise
    try:
        stream: Iterator[tuple[Article, str, Prepared, str | None]]
        if pool is not None:
            queue: deque[tuple[Article, str]] = deque()

            def feed() -> Iterator[Article]:
                for a, sha in pending:
                    queue.append((a, sha))
                    yield a

            # big chunks: each result message costs the main process a wake-up
            # (~0.2 ms/article at 8 per chunk); small corpora still use every worker
            n = len(articles) if isinstance(articles, Sized) else None
            chunk = max(1, min(64, n // (4 * workers))) if n is not None else 16
            results = pool.imap(_prepare, feed(), chunksize=chunk)
            stream = ((*queue.popleft(), *res) for res in results)
        else:
            stream = ((a, sha, *_prepare(a)) for a, sha in pending)
        for batch in _batches(stream, batch_size):  # type: ignore[arg-type]
            with store._tx():
                ids = store._insert_prepared([(a, sha, None, rows) for a, sha, rows, _ in batch])
            report.imported += ids
            for (a, _, _, warn), aid in zip(batch, ids, strict=True):
                if warn:
                    report.warnings.append((a.title or str(aid), warn))
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
            if frozen:
                gc.unfreeze()
    return report
