"""Entity extraction (placeholder until the gazetteer lands)."""

from __future__ import annotations

from workbench.core.model import Entity
from workbench.core.text import Normalized, Sentence


def find_entities(text: str, nt: Normalized, sents: list[Sentence]) -> list[Entity]:
    """Return entities ordered by start, ids m1, m2, ..."""
    return []
