"""Bulk import: many articles per transaction, extraction optionally in worker processes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from workbench.core import extract as core_extract
from workbench.core.extract import BadDate, parse_published
from workbench.core.model import Article, Extraction
from workbench.core.text import clean_newlines
from workbench.store.records import ImportReport

if TYPE_CHECKING:
    from workbench.store.store import Store


def _extract(art: Article) -> tuple[Extraction | None, str | None]:
    try:
        return core_extract.extract(art), None
    except Exception as exc:
        return None, f"extraction failed ({type(exc).__name__}: {exc}); imported without items"


def _batches(items: Iterable[Article], n: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
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
    from workbench.store.store import MAX_ARTICLE_CHARS

    report = ImportReport()
    pool = None
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for batch in _batches(articles, batch_size):
            todo: list[tuple[Article, str]] = []
            shas: set[str] = set()
            for art in batch:
                label = art.title or art.url or f"article {len(report.imported) + len(todo) + 1}"
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
                a = Article(text, art.title, d.isoformat() if d else None, art.source, art.url)
                todo.append((a, sha))
            if not todo:
                continue
            existing = {
                r[0]
                for r in store.conn.execute(
                    f"SELECT sha256 FROM articles WHERE sha256 IN ({','.join('?' * len(todo))})",
                    [s for _, s in todo],
                )
            }
            fresh = [(a, s) for a, s in todo if s not in existing]
            report.duplicates.extend(a.title or s[:12] for a, s in todo if s in existing)
            arts = [a for a, _ in fresh]
            if pool is not None:
                results = list(
                    pool.map(_extract, arts, chunksize=max(1, len(arts) // (workers * 4)))
                )
            else:
                results = [_extract(a) for a in arts]
            with store._tx():
                for (a, sha), (ext, warn) in zip(fresh, results, strict=True):
                    aid = store._insert_article(a, sha, None)
                    store._insert_items(aid, ext if ext is not None else Extraction(a))
                    report.imported.append(aid)
                    if warn:
                        report.warnings.append((a.title or str(aid), warn))
    finally:
        if pool is not None:
            pool.shutdown()
    return report
