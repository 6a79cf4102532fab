"""The extraction pipeline: article text -> entities, times, events, forces."""

from __future__ import annotations

import datetime as dt

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


def extract(article: Article) -> Extraction:
    """Run the whole pipeline on one article and return the contract's document."""
    # imported on first use: the rule modules compile their lexicons at import,
    # which programs that only read the database (the app's start) never need
    from workbench.core import entities as _entities
    from workbench.core import events as _events
    from workbench.core import forces as _forces
    from workbench.core import times as _times

    text = article.text
    published = parse_published(article.published)
    nt = normalize(text)
    sents = sentences(text)
    ents = _entities.find_entities(text, nt, sents)
    tms = _times.find_times(text, published, nt, sents)
    evs = _events.find_events(text, nt, sents, ents, tms, published=published)
    frc = _forces.derive_forces(text, nt, sents, ents, tms, evs, published=published)
    return Extraction(article, ents, tms, evs, frc)


def extract_text(text: str, published: str | None = None, **meta: str | None) -> dict:
    """Convenience: extract from a string and return the JSON-ready dict."""
    return extract(Article(text, published=published, **meta)).to_dict()
