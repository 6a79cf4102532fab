"""Plain records the store returns, and its one error type."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "StoreError",
    "Change",
    "ArticleSummary",
    "ArticleRecord",
    "SearchHit",
    "KnownEntity",
    "HistoryRow",
    "ImportResult",
    "ImportReport",
    "ReextractReport",
]


class StoreError(Exception):
    """A one-line, user-readable store failure (locked, corrupt, read-only, bad input)."""


@dataclass
class Change:
    """What one write did; ``parts`` holds the row-level changes of a batch.

    A leaf change (``parts == []``) carries full row snapshots in ``before``
    and ``after`` (``None`` for a row that did not / no longer exists);
    :meth:`workbench.store.Store.revert` puts ``before`` back.
    """

    action: str
    article_id: int | None
    table: str
    item_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    description: str
    parts: list[Change] = field(default_factory=list)

    def leaves(self) -> list[Change]:
        """The row-level changes (none for a batch that changed nothing)."""
        if not self.parts:
            return [] if self.before is None and self.after is None else [self]
        out: list[Change] = []
        for p in self.parts:
            out.extend(p.leaves())
        return out


@dataclass
class ArticleSummary:
    id: int
    title: str | None
    source: str | None
    published: str | None
    first_line: str
    n_entities: int
    n_events: int
    n_forces: int
    imported_at: str


@dataclass
class ArticleRecord:
    id: int
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    text: str
    sha256: str
    imported_at: str
    extractor_version: str | None


@dataclass
class SearchHit:
    id: int
    title: str | None
    source: str | None
    published: str | None
    snippet: str
    rank: float


@dataclass
class KnownEntity:
    canonical: str
    name: str
    type: str
    count: int


@dataclass
class HistoryRow:
    id: int
    at: str
    user: str
    action: str
    table: str | None
    item_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    article_id: int | None = None
    description: str | None = None


@dataclass
class ImportResult:
    article_id: int
    duplicate: bool
    warning: str | None = None


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    duplicate_ids: list[int] = field(default_factory=list)  # the articles they duplicate
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        s = f"imported {len(self.imported)}"
        s += f", skipped {len(self.duplicates)} duplicate{'s' if len(self.duplicates) != 1 else ''}"
        if self.failed:
            s += f", {len(self.failed)} failed: " + "; ".join(f"{p}: {r}" for p, r in self.failed)
        if self.cancelled:
            s += " (cancelled)"
        return s


@dataclass
class ReextractReport:
    article_id: int
    added: int = 0
    updated: int = 0
    removed: int = 0
    kept_manual: int = 0
    kept_edited: int = 0
    kept_rejected: int = 0
    change: Change | None = None

    def summary(self) -> str:
        return (
            f"article {self.article_id}: {self.added} added, {self.updated} updated, "
            f"{self.removed} removed; kept {self.kept_manual} manual, {self.kept_edited} edited, "
            f"{self.kept_rejected} rejected"
        )
