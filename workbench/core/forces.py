"""Force-presence rows (placeholder)."""

from __future__ import annotations

from workbench.core.model import Entity, Event, Force, TimeExpr
from workbench.core.text import Normalized, Sentence


def derive_forces(
    text: str,
    nt: Normalized,
    sents: list[Sentence],
    entities: list[Entity],
    times: list[TimeExpr],
    events: list[Event],
) -> list[Force]:
    """Return force rows, ids f1, f2, ..."""
    return []
