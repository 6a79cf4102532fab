"""Events (placeholder)."""

from __future__ import annotations

from workbench.core.model import Entity, Event, TimeExpr
from workbench.core.text import Normalized, Sentence


def find_events(
    text: str,
    nt: Normalized,
    sents: list[Sentence],
    entities: list[Entity],
    times: list[TimeExpr],
) -> list[Event]:
    """Return events ordered by trigger start, ids e1, e2, ..."""
    return []
