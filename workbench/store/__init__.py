"""The local store: one SQLite database of articles, extractions and corrections.

See ``docs/STORE.md`` for the tables and ``docs/STORE-API.md`` for the API.
"""

from workbench.store.records import (
    ArticleRecord,
    ArticleSummary,
    Change,
    HistoryRow,
    ImportReport,
    ImportResult,
    KnownEntity,
    ReextractReport,
    SearchHit,
    StoreError,
)
from workbench.store.store import MAX_ARTICLE_CHARS, Store, default_db_path, open_store

__all__ = [
    "open_store",
    "Store",
    "StoreError",
    "Change",
    "default_db_path",
    "ArticleRecord",
    "ArticleSummary",
    "HistoryRow",
    "ImportReport",
    "ImportResult",
    "KnownEntity",
    "ReextractReport",
    "SearchHit",
    "MAX_ARTICLE_CHARS",
]
