"""Data classes of the extraction contract (shared/spec/EXTRACTION.md).

Every class converts to and from the contract's JSON objects with
``to_dict()`` / ``from_dict()``; optional keys that are ``None`` and only
belong to some items (value/approx/unit, part, relation, relative) are left
out of the JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "workbench.extraction/1"

ENTITY_TYPES = ("ACTOR", "PERSON", "ORG", "LOCATION", "WEAPON", "QUANTITY")
EVENT_TYPES = (
    "MOVEMENT",
    "WITHDRAWAL",
    "ATTACK",
    "ARREST",
    "TRAINING",
    "OPERATION",
    "BASE",
    "CONTROL",
    "AGREEMENT",
    "STATEMENT",
)
MODALITIES = ("asserted", "denied", "expected", "planned")
PRECISIONS = ("part-of-day", "day", "week", "month", "year", "vague")
FORCE_STATUSES = (
    "present",
    "arrived",
    "reinforced",
    "withdrawn",
    "attacked",
    "controls",
    "planned",
)
QUANTITY_UNITS = (
    "troops",
    "fighters",
    "people",
    "killed",
    "wounded",
    "arrested",
    "vehicles",
    "km",
    "convoys",
    "aircraft",
    "missiles",
    "other",
)
ORIGINS = ("auto", "manual")


def _copy(v: Any) -> Any:
    """A deep copy of a JSON-like value (dicts, lists and tuples of scalars), as
    ``dataclasses.asdict`` makes of a field; scalars are returned as they are."""
    if isinstance(v, dict):
        return {k: _copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_copy(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_copy(x) for x in v)
    return v


def _drop_none(d: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    for k in keys:
        if d.get(k) is None:
            d.pop(k, None)
    return d


@dataclass
class Entity:
    """A typed span of the article; QUANTITY adds value/approx/unit."""

    id: str
    start: int
    end: int
    text: str
    type: str
    canonical: str | None = None
    origin: str = "auto"
    confidence: float | None = None
    value: float | int | list[float] | None = None
    approx: bool | None = None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # built by hand, keys in field order: dataclasses.asdict is many times slower
        d = {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "canonical": self.canonical,
            "origin": self.origin,
        }
        if self.confidence is not None:
            d["confidence"] = self.confidence
        quantity = self.type == "QUANTITY"
        if quantity or self.value is not None:
            d["value"] = _copy(self.value)
        if quantity or self.approx is not None:
            d["approx"] = self.approx
        if quantity or self.unit is not None:
            d["unit"] = self.unit
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(**{k: d.get(k) for k in cls.__dataclass_fields__ if k in d})


@dataclass
class TimeExpr:
    """A time expression with its resolved value (ISO date, month, year or interval)."""

    id: str
    start: int
    end: int
    text: str
    value: str | None
    precision: str
    anchor: str = "published"
    origin: str = "auto"
    part: str | None = None
    relation: str | None = None
    relative: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "precision": self.precision,
            "anchor": self.anchor,
            "origin": self.origin,
            "part": self.part,
            "relation": self.relation,
            "relative": _copy(self.relative),
        }
        return _drop_none(d, ("part", "relation", "relative"))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeExpr:
        return cls(**{k: d.get(k) for k in cls.__dataclass_fields__ if k in d})


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Event:
    """One report of an event: trigger, sentence, arguments and modality."""

    id: str
    type: str
    trigger: Span
    sentence: tuple[int, int]
    modality: str = "asserted"
    time: str | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    location: str | None = None
    weapons: list[str] = field(default_factory=list)
    quantities: list[str] = field(default_factory=list)
    attribution: str | None = None
    origin: str = "auto"
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        t = self.trigger
        d = {
            "id": self.id,
            "type": self.type,
            "trigger": {"start": t.start, "end": t.end, "text": t.text},
            "sentence": list(self.sentence),
            "modality": self.modality,
            "time": self.time,
            "actors": list(self.actors),
            "targets": list(self.targets),
            "location": self.location,
            "weapons": list(self.weapons),
            "quantities": list(self.quantities),
            "attribution": self.attribution,
            "origin": self.origin,
            "confidence": self.confidence,
        }
        return _drop_none(d, ("confidence",))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        kw = {k: d.get(k) for k in cls.__dataclass_fields__ if k in d}
        kw["trigger"] = Span(**d["trigger"])
        kw["sentence"] = tuple(d["sentence"])
        for k in ("actors", "targets", "weapons", "quantities"):
            kw[k] = list(kw.get(k) or [])
        return cls(**kw)


@dataclass
class Force:
    """A force-presence row: a dated, sourced claim that an actor is somewhere."""

    id: str
    actor: str
    status: str
    evidence: dict[str, int]
    strength: dict[str, Any] | None = None
    assets: str | None = None
    location: dict[str, Any] | None = None
    as_of: dict[str, Any] | None = None
    source: str | None = None
    events: list[str] = field(default_factory=list)
    origin: str = "auto"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actor": self.actor,
            "status": self.status,
            "evidence": _copy(self.evidence),
            "strength": _copy(self.strength),
            "assets": self.assets,
            "location": _copy(self.location),
            "as_of": _copy(self.as_of),
            "source": self.source,
            "events": _copy(self.events),
            "origin": self.origin,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Force:
        kw = {k: d.get(k) for k in cls.__dataclass_fields__ if k in d}
        kw["events"] = list(kw.get("events") or [])
        return cls(**kw)


@dataclass
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None

    def meta(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "sha256": hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest(),
            "chars": len(self.text),
        }


@dataclass
class Extraction:
    """The whole document the contract defines."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    forces: list[Force] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.meta(),
            "entities": [e.to_dict() for e in self.entities],
            "times": [t.to_dict() for t in self.times],
            "events": [e.to_dict() for e in self.events],
            "forces": [f.to_dict() for f in self.forces],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], text: str) -> Extraction:
        a = d.get("article") or {}
        return cls(
            article=Article(text, a.get("title"), a.get("published"), a.get("source")),
            entities=[Entity.from_dict(x) for x in d.get("entities", [])],
            times=[TimeExpr.from_dict(x) for x in d.get("times", [])],
            events=[Event.from_dict(x) for x in d.get("events", [])],
            forces=[Force.from_dict(x) for x in d.get("forces", [])],
        )
