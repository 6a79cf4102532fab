"""Exports: contract JSON, CSV (entities/events/forces), ACLED-style CSV, GeoJSON, Timesketch.

``export(store, fmt, out_path, article_id=None, overwrite=False) -> int`` returns
the number of records written. An existing output file is never overwritten
unless ``overwrite=True`` (StoreError otherwise).

CSV: ``out_path`` is a prefix: ``OUT-entities.csv``, ``OUT-events.csv`` and
``OUT-forces.csv`` (a trailing ``.csv`` is dropped from the prefix); when
``out_path`` is an existing folder the files are ``entities.csv`` etc. inside it.
All CSV files are UTF-8 with a BOM (Excel opens Arabic correctly).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.model import Entity, Event, Extraction, Force, TimeExpr
from workbench.core.text import norm
from workbench.store.geo import geo_precision, place
from workbench.store.records import StoreError

if TYPE_CHECKING:
    from workbench.store.store import Store

FORMATS = ("json", "csv", "acled", "geojson", "timesketch")

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip

ACTOR_NAMES = {
    "US": "Military Forces of the United States",
    "RU": "Military Forces of Russia",
    "TR": "Military Forces of Turkey",
    "SY_GOV": "Military Forces of Syria",
    "SDF": "SDF: Syrian Democratic Forces",
    "YPG": "YPG: People's Protection Units",
    "ISIS": "Islamic State (Syria)",
    "NUSRA": "Hayat Tahrir al Sham",
    "FSA": "Syrian Opposition / FSA factions",
    "COALITION": "Global Coalition Against Daesh",
    "IR": "Military Forces of Iran",
    "HEZBOLLAH": "Hezbollah",
    "PKK": "PKK: Kurdistan Workers Party",
    "PESHMERGA": "Peshmerga",
    "IQ_GOV": "Military Forces of Iraq",
    "UNKNOWN": "Unidentified Armed Group",
}
# ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias,
# 4 identity militias, 7 civilians, 8 external/other forces
ACTOR_INTER = {
    "SY_GOV": 1, "IQ_GOV": 1, "SDF": 2, "YPG": 2, "ISIS": 2, "NUSRA": 2, "FSA": 2, "PKK": 2,
    "UNKNOWN": 3, "HEZBOLLAH": 8, "US": 8, "RU": 8, "TR": 8, "IR": 8, "COALITION": 8,
    "PESHMERGA": 8,
}  # fmt: skip
COUNTRY_ISO = {"SY": (760, "Syria", "Middle East"), "IQ": (368, "Iraq", "Middle East"),
               "TR": (792, "Turkey", "Middle East"), "LB": (422, "Lebanon", "Middle East"),
               "JO": (400, "Jordan", "Middle East")}  # fmt: skip

_SD = "Strategic developments"


def acled_type(ev: Event) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type), or None when not an ACLED event."""
    if ev.modality != "asserted":
        return None  # denied, expected, planned: not an event that happened
    t = ev.type
    trig = norm(ev.trigger.text)
    if t == "ATTACK":
        if any(w in trig for w in ("غاره", "غارات", "طيران", "طائر", "جوي", "مسير", "قصف جوي")):
            return ("Political violence", "Explosions/Remote violence", "Air/drone strike")
        if any(w in trig for w in ("قصف", "صاروخ", "قذائف", "مدفع", "استهداف")):
            return (
                "Political violence",
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            )
        if any(w in trig for w in ("تفجير", "انفجار", "عبوه", "مفخخ", "لغم")):
            return (
                "Political violence",
                "Explosions/Remote violence",
                "Remote explosive/landmine/IED",
            )
        return ("Political violence", "Battles", "Armed clash")
    if t == "OPERATION":
        return ("Political violence", "Battles", "Armed clash")
    if t in ("MOVEMENT", "WITHDRAWAL"):
        return (_SD, _SD, "Change to group/activity")
    if t == "ARREST":
        return (_SD, _SD, "Arrests")
    if t == "BASE":
        return (_SD, _SD, "Headquarters or base established")
    if t == "AGREEMENT":
        return (_SD, _SD, "Agreement")
    return None  # TRAINING, STATEMENT, CONTROL: no ACLED category


def date_span(value: str | None) -> tuple[str | None, str | None]:
    """ISO (start, end) days of a time value: day, month, year or interval."""
    if not value:
        return None, None
    if "/" in value:
        a, b = value.split("/", 1)
        return date_span(a)[0], (date_span(b)[1] if b else None)
    try:
        if len(value) == 4:
            return f"{value}-01-01", f"{value}-12-31"
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return f"{value}-01", f"{value}-{calendar.monthrange(y, m)[1]:02d}"
        d = dt.date.fromisoformat(value[:10])
        return d.isoformat(), d.isoformat()
    except ValueError:
        return None, None


def _acled_precision(precision: str | None, start: str | None, end: str | None) -> int:
    if precision in ("day", "part-of-day") and start == end:
        return 1
    if precision == "week" or (start and end and _days(start, end) <= 7):
        return 2
    return 3


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def _open(path: Path, overwrite: bool, bom: bool = False) -> io.TextIOWrapper:
    if path.exists() and not overwrite:
        raise StoreError(f"{path} exists (use --force to overwrite)")
    if not path.parent.exists():
        raise StoreError(f"{path.parent}: no such folder")
    try:
        return open(  # noqa: SIM115
            path, "w" if overwrite else "x", encoding="utf-8-sig" if bom else "utf-8", newline=""
        )
    except FileExistsError as exc:
        raise StoreError(f"{path} exists (use --force to overwrite)") from exc
    except OSError as exc:
        raise StoreError(f"{path}: cannot write ({exc.strerror})") from exc


def _coords(canonical: str | None) -> tuple[float, float] | None:
    p = place(canonical)
    if p is None or getattr(p, "lat", None) is None or getattr(p, "lon", None) is None:
        return None
    return float(p.lat), float(p.lon)


class _Doc:
    """One article's extraction with lookups."""

    def __init__(self, aid: int, ext: Extraction):
        self.aid = aid
        self.ext = ext
        self.ents: dict[str, Entity] = {e.id: e for e in ext.entities}
        self.times: dict[str, TimeExpr] = {t.id: t for t in ext.times}

    def event_date(self, ev: Event) -> tuple[str | None, str | None, str, str]:
        """(start, end, precision, basis) of an event: its time, else the publication day."""
        t = self.times.get(ev.time or "")
        if t is not None and t.value:
            s, e = date_span(t.value)
            if s:
                return s, e, t.precision, "event time"
        pub = self.ext.article.published
        return pub, pub, "published", "publication date"

    def ev_location(self, ev: Event) -> tuple[str | None, str | None]:
        e = self.ents.get(ev.location or "")
        return (e.text, e.canonical) if e else (None, None)


def _docs(store: Store, ids: Iterable[int]) -> list[_Doc]:
    return [_Doc(aid, store.get_extraction(aid)) for aid in ids]


def export(
    store: Store,
    fmt: str,
    out_path: str | Path,
    *,
    article_id: int | None = None,
    overwrite: bool = False,
) -> int:
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if article_id is not None:
        store.get_article(article_id)
        ids = [article_id]
    else:
        ids = store.article_ids()
    out = Path(out_path)
    return {
        "json": _json,
        "csv": _csv,
        "acled": _acled,
        "geojson": _geojson,
        "timesketch": _timesketch,
    }[fmt](store, ids, out, overwrite, article_id is not None)


# ------------------------------------------------------------------ json


def _json(store: Store, ids: list[int], out: Path, overwrite: bool, single: bool) -> int:
    docs = [store.get_extraction(aid).to_dict() for aid in ids]
    with _open(out, overwrite) as fh:
        if out.suffix.lower() == ".jsonl":
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            json.dump(docs[0] if single else docs, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return len(docs)


# ------------------------------------------------------------------ csv


def csv_paths(out: Path) -> dict[str, Path]:
    if out.is_dir():
        return {k: out / f"{k}.csv" for k in ("entities", "events", "forces")}
    stem = out.name[:-4] if out.name.lower().endswith(".csv") else out.name
    return {k: out.with_name(f"{stem}-{k}.csv") for k in ("entities", "events", "forces")}


def _join(xs: Iterable[Any]) -> str:
    return "; ".join(str(x) for x in xs if x not in (None, ""))


def _csv(store: Store, ids: list[int], out: Path, overwrite: bool, single: bool) -> int:
    paths = csv_paths(out)
    if not overwrite:
        for p in paths.values():
            if p.exists():
                raise StoreError(f"{p} exists (use --force to overwrite)")
    docs = _docs(store, ids)
    n = 0
    with _open(paths["entities"], overwrite, bom=True) as fh:
        w = csv.writer(fh)
        w.writerow(["article_id", "id", "type", "text", "start", "end", "canonical", "origin",
                    "confidence", "value", "approx", "unit"])  # fmt: skip
        for d in docs:
            for e in d.ext.entities:
                value = json.dumps(e.value) if isinstance(e.value, list) else e.value
                w.writerow([d.aid, e.id, e.type, e.text, e.start, e.end, e.canonical, e.origin,
                            e.confidence, value, e.approx, e.unit])  # fmt: skip
                n += 1
    with _open(paths["events"], overwrite, bom=True) as fh:
        w = csv.writer(fh)
        w.writerow(["article_id", "id", "type", "trigger", "trigger_start", "trigger_end",
                    "modality", "date_start", "date_end", "precision", "time_text", "actors",
                    "targets", "location", "location_canonical", "latitude", "longitude",
                    "weapons", "quantities", "attribution", "sentence", "origin"])  # fmt: skip
        for d in docs:
            text = d.ext.article.text
            for ev in d.ext.events:
                s, e, prec, _ = d.event_date(ev)
                t = d.times.get(ev.time or "")
                lt, lc = d.ev_location(ev)
                c = _coords(lc)
                w.writerow([
                    d.aid, ev.id, ev.type, ev.trigger.text, ev.trigger.start, ev.trigger.end,
                    ev.modality, s, e, prec, t.text if t else "", _join(ev.actors),
                    _join(ev.targets), lt, lc, c[0] if c else "", c[1] if c else "",
                    _join(d.ents[x].text for x in ev.weapons if x in d.ents),
                    _join(d.ents[x].text for x in ev.quantities if x in d.ents),
                    ev.attribution, text[ev.sentence[0] : ev.sentence[1]], ev.origin,
                ])  # fmt: skip
                n += 1
    with _open(paths["forces"], overwrite, bom=True) as fh:
        w = csv.writer(fh)
        w.writerow(["article_id", "id", "actor", "status", "strength_value", "strength_approx",
                    "strength_unit", "assets", "location", "location_canonical", "latitude",
                    "longitude", "as_of", "as_of_precision", "source", "evidence", "events",
                    "origin"])  # fmt: skip
        for d in docs:
            text = d.ext.article.text
            for f in d.ext.forces:
                st = f.strength or {}
                loc = f.location or {}
                c = _coords(loc.get("canonical"))
                v = st.get("value")
                w.writerow([
                    d.aid, f.id, f.actor, f.status,
                    json.dumps(v) if isinstance(v, list) else v, st.get("approx"), st.get("unit"),
                    f.assets, loc.get("text"), loc.get("canonical"),
                    c[0] if c else "", c[1] if c else "",
                    (f.as_of or {}).get("value"), (f.as_of or {}).get("precision"), f.source,
                    text[f.evidence["start"] : f.evidence["end"]], _join(f.events), f.origin,
                ])  # fmt: skip
                n += 1
    return n


# ------------------------------------------------------------------ acled


def _fatalities(d: _Doc, ev: Event) -> int:
    best: int | None = None
    for q in ev.quantities:
        e = d.ents.get(q)
        if e is None or e.unit != "killed" or e.value is None:
            continue
        v = e.value
        low = min(v) if isinstance(v, list) else v
        try:
            low = int(low)
        except (TypeError, ValueError):
            continue
        best = low if best is None else min(best, low)
    return best or 0


def _acled(store: Store, ids: list[int], out: Path, overwrite: bool, single: bool) -> int:
    n = 0
    stamp = int(dt.datetime.now(dt.UTC).timestamp())
    with _open(out, overwrite, bom=True) as fh:
        w = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
        w.writeheader()
        for d in _docs(store, ids):
            for ev in d.ext.events:
                kind = acled_type(ev)
                if kind is None:
                    continue
                s, e, prec, _ = d.event_date(ev)
                if not s:
                    continue
                lt, lc = d.ev_location(ev)
                p = place(lc)
                a1 = ev.actors[0] if ev.actors else ""
                a2 = ev.targets[0] if ev.targets else ""
                i1, i2 = ACTOR_INTER.get(a1, ""), ACTOR_INTER.get(a2, "")
                iso, country, region = COUNTRY_ISO.get(
                    getattr(p, "country", None) or "", ("", "", "")
                )
                w.writerow({
                    "event_id_cnty": f"WB{d.aid}-{ev.id}",
                    "event_date": s,
                    "year": s[:4],
                    "time_precision": _acled_precision(prec, s, e),
                    "disorder_type": kind[0],
                    "event_type": kind[1],
                    "sub_event_type": kind[2],
                    "actor1": ACTOR_NAMES.get(a1, a1),
                    "assoc_actor_1": _join(ACTOR_NAMES.get(a, a) for a in ev.actors[1:]),
                    "inter1": i1,
                    "actor2": ACTOR_NAMES.get(a2, a2),
                    "assoc_actor_2": _join(ACTOR_NAMES.get(a, a) for a in ev.targets[1:]),
                    "inter2": i2,
                    "interaction": "".join(str(x) for x in sorted(x for x in (i1, i2) if x != "")),
                    "civilian_targeting": "",
                    "iso": iso,
                    "region": region,
                    "country": country or getattr(p, "country", "") or "",
                    "admin1": getattr(p, "admin1", "") or "",
                    "admin2": "",
                    "admin3": "",
                    "location": (getattr(p, "name_en", None) or lt or ""),
                    "latitude": getattr(p, "lat", "") if p is not None else "",
                    "longitude": getattr(p, "lon", "") if p is not None else "",
                    "geo_precision": geo_precision(p) or "",
                    "source": _join([d.ext.article.source, ev.attribution]),
                    "source_scale": "",
                    "notes": d.ext.article.text[ev.sentence[0] : ev.sentence[1]],
                    "fatalities": _fatalities(d, ev),
                    "tags": "",
                    "timestamp": stamp,
                })  # fmt: skip
                n += 1
    return n


# ------------------------------------------------------------------ geojson


def _geojson(store: Store, ids: list[int], out: Path, overwrite: bool, single: bool) -> int:
    feats = []
    for d in _docs(store, ids):
        text = d.ext.article.text
        for ev in d.ext.events:
            lt, lc = d.ev_location(ev)
            c = _coords(lc)
            if c is None:
                continue
            s, e, prec, _ = d.event_date(ev)
            feats.append(_feature(c, {
                "kind": "event", "article_id": d.aid, "id": ev.id, "type": ev.type,
                "modality": ev.modality, "actors": _join(ev.actors), "targets": _join(ev.targets),
                "place": lt, "place_id": lc, "date_start": s, "date_end": e, "precision": prec,
                "trigger": ev.trigger.text, "text": text[ev.sentence[0] : ev.sentence[1]],
                "origin": ev.origin,
            }))  # fmt: skip
        for f in d.ext.forces:
            loc = f.location or {}
            c = _coords(loc.get("canonical"))
            if c is None:
                continue
            st = f.strength or {}
            s, e = date_span((f.as_of or {}).get("value"))
            feats.append(_feature(c, {
                "kind": "force", "article_id": d.aid, "id": f.id, "actor": f.actor,
                "status": f.status, "strength": st.get("value") if not isinstance(st.get("value"), list) else json.dumps(st.get("value")),
                "unit": st.get("unit"), "assets": f.assets, "place": loc.get("text"),
                "place_id": loc.get("canonical"), "date_start": s, "date_end": e,
                "precision": (f.as_of or {}).get("precision"), "source": f.source,
                "text": text[f.evidence["start"] : f.evidence["end"]], "origin": f.origin,
            }))  # fmt: skip
    with _open(out, overwrite) as fh:
        json.dump({"type": "FeatureCollection", "features": feats}, fh, ensure_ascii=False)
        fh.write("\n")
    return len(feats)


def _feature(c: tuple[float, float], props: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [c[1], c[0]]},
        "properties": props,
    }


# ------------------------------------------------------------------ timesketch

TS_COLUMNS = ["message", "datetime", "timestamp", "timestamp_desc", "date_start", "date_end",
              "precision", "kind", "article_id", "item_id", "type", "actors", "place", "source",
              "title"]  # fmt: skip


def _ts_rows(docs: list[_Doc]) -> list[dict[str, Any]]:
    rows = []
    for d in docs:
        art = d.ext.article
        for ev in d.ext.events:
            s, e, prec, basis = d.event_date(ev)
            if not s:
                continue
            lt, _ = d.ev_location(ev)
            msg = f"{ev.type} ({ev.modality}) {_join(ev.actors)}: {ev.trigger.text}" + (
                f" @ {lt}" if lt else ""
            )
            rows.append(_ts(s, e, prec, basis, msg, "event", d, ev.id, ev.type, ev.actors, lt))
        for f in d.ext.forces:
            s, e = date_span((f.as_of or {}).get("value"))
            prec, basis = (f.as_of or {}).get("precision") or "", "force as of"
            if not s:
                s, e, prec, basis = art.published, art.published, "published", "publication date"
            if not s:
                continue
            lt = (f.location or {}).get("text")
            msg = f"{f.actor} {f.status}" + (f" @ {lt}" if lt else "")
            rows.append(_ts(s, e, prec, basis, msg, "force", d, f.id, f.status, [f.actor], lt))
    return rows


def _ts(s: str, e: str | None, prec: str, basis: str, msg: str, kind: str, d: _Doc,
        iid: str, typ: str, actors: list[str], place_text: str | None) -> dict[str, Any]:  # fmt: skip
    when = dt.datetime.fromisoformat(s).replace(tzinfo=dt.UTC)
    return {
        "message": msg,
        "datetime": when.isoformat(),
        "timestamp": int(when.timestamp() * 1_000_000),
        "timestamp_desc": basis,
        "date_start": s,
        "date_end": e or "",
        "precision": prec,
        "kind": kind,
        "article_id": d.aid,
        "item_id": iid,
        "type": typ,
        "actors": _join(actors),
        "place": place_text or "",
        "source": d.ext.article.source or "",
        "title": d.ext.article.title or "",
    }


def _timesketch(store: Store, ids: list[int], out: Path, overwrite: bool, single: bool) -> int:
    rows = _ts_rows(_docs(store, ids))
    if out.suffix.lower() == ".csv":
        with _open(out, overwrite, bom=True) as fh:
            w = csv.DictWriter(fh, fieldnames=TS_COLUMNS)
            w.writeheader()
            w.writerows(rows)
    else:
        with _open(out, overwrite) as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


__all__ = ["export", "FORMATS", "ACLED_COLUMNS", "acled_type", "date_span", "csv_paths", "Force"]
