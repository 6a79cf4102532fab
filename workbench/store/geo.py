"""Place coordinates from the core gazetteer, imported lazily and optional."""

from __future__ import annotations

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
        from workbench.core import gazetteer  # type: ignore[attr-defined]

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
