"""Place coordinates from the core gazetteer, imported lazily and optional."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=4096)
def place(canonical: str | None) -> Any:
    """``workbench.core.gazetteer.get_gazetteer().place(canonical)``, or None.

    Returns None when the gazetteer module is missing or fails, or the place is
    unknown: the store works without coordinates.
    """
    if not canonical:
        return None
    try:
        gazetteer = importlib.import_module("workbench.core.gazetteer")
        return gazetteer.get_gazetteer().place(canonical)
    except Exception:
        return None


def coords(canonical: str | None) -> tuple[float, float] | None:
    p = place(canonical)
    if p is None:
        return None
    lat, lon = getattr(p, "lat", None), getattr(p, "lon", None)
    if lat is None or lon is None:
        return None
    return float(lat), float(lon)


_PRECISE = {"city", "town", "village", "airport", "airbase", "base", "crossing", "dam", "camp"}
_AREA = {"oilfield", "gasfield", "mountain", "road", "river", "border"}


def geo_precision(p: Any) -> int | None:
    """ACLED-style geo precision of a place: 1 the place itself, 2 a small area, 3 a region."""
    if p is None:
        return None
    given = getattr(p, "geo_precision", None)
    if given:
        return int(given)
    kind = getattr(p, "kind", "") or ""
    if kind in _PRECISE:
        return 1
    if kind in _AREA:
        return 2
    return 3
