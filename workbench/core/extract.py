"""The extraction pipeline: article text -> entities, times, events, forces."""

from __future__ import annotations

import datetime as dt
import functools
from types import ModuleType

from workbench.core.model import Article, Extraction
from workbench.core.text import normalize, sentences


class BadDate(ValueError):
    """A publication date that is not YYYY-MM-DD."""


def parse_published(value: str | None) -> dt.date | None:
    """Parse a publication date (YYYY-MM-DD); ``None`` or empty gives ``None``."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise BadDate(f"not a date (expected YYYY-MM-DD): {value!r}") from exc


@functools.cache
def _rule_modules() -> tuple[ModuleType, ModuleType, ModuleType, ModuleType]:
    """The rule modules, imported on first use: they compile their lexicons at import,
    which programs that only read the database (the app's start) never need."""
    from workbench.core import entities, events, forces, times

    return entities, times, events, forces


def extract(article: Article) -> Extraction:
    """Run the whole pipeline on one article and return the contract's document."""
    _entities, _times, _events, _forces = _rule_modules()
    text = article.text
    published = parse_published(article.published)
    nt = normalize(text)
    sents = sentences(text)
    ents = _entities.find_entities(text, nt, sents, article.source)
    tms = _times.find_times(text, published, nt, sents)
    an = _events.analyse_events(text, nt, sents, ents, tms, published=published)
    frc = _forces.derive_forces(
        text, nt, sents, ents, tms, an.events, published=published, analysis=an
    )
    return Extraction(article, ents, tms, an.events, frc)


def extract_text(text: str, published: str | None = None, **meta: str | None) -> dict:
    """Convenience: extract from a string and return the JSON-ready dict."""
    return extract(Article(text, published=published, **meta)).to_dict()
