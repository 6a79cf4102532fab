"""Time expressions (placeholder)."""

from __future__ import annotations

import datetime as dt

from workbench.core.model import TimeExpr
from workbench.core.text import Normalized, Sentence


def find_times(
    text: str, published: dt.date | None, nt: Normalized, sents: list[Sentence]
) -> list[TimeExpr]:
    """Return time expressions ordered by start, ids t1, t2, ..."""
    return []
