"""Exports: each format written, parsed back, checked; no silent overwrite."""

from __future__ import annotations

import csv
import json
from types import SimpleNamespace

import pytest

from tests.conftest import GOLD
from workbench.store import StoreError
from workbench.store import export as ex
from workbench.store.export import ACLED_COLUMNS, acled_type, date_span, export

GOLD_DOC = json.loads(GOLD.read_text(encoding="utf-8"))

PLACES = {
    "al-omar-oilfield": SimpleNamespace(
        id="al-omar-oilfield", name_en="Al-Omar oil field", lat=34.927, lon=40.595,
        kind="oilfield", country="SY", admin1="Deir ez-Zor",
    ),
}  # fmt: skip


@pytest.fixture(autouse=True)
def fake_places(monkeypatch):
    monkeypatch.setattr(ex, "place", lambda c: PLACES.get(c or ""))


def _aid(store):
    return store.list_articles()[0].id


def _read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def test_json_one_article_is_the_contract_document(store, tmp_path):
    out = tmp_path / "a.json"
    assert export(store, "json", out, article_id=_aid(store)) == 1
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["schema"] == "workbench.extraction/1"
    assert d["article"]["sha256"] == GOLD_DOC["article"]["sha256"]
    assert len(d["entities"]) == len(GOLD_DOC["entities"])
    text = store.get_article(_aid(store)).text
    assert all(text[e["start"] : e["end"]] == e["text"] for e in d["entities"])
    ids = {e["id"] for e in d["entities"]}
    assert all(ev["location"] in ids for ev in d["events"] if ev["location"])


def test_json_many_list_and_jsonl(store, tmp_path):
    store.import_text("خبر ثان عن الرقة")
    assert export(store, "json", tmp_path / "all.json") == 2
    assert len(json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))) == 2
    assert export(store, "json", tmp_path / "all.jsonl") == 2
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["schema"] for x in lines] == ["workbench.extraction/1"] * 2


def test_never_overwrites_silently(store, tmp_path):
    out = tmp_path / "a.json"
    out.write_text("keep me")
    with pytest.raises(StoreError, match="exists"):
        export(store, "json", out)
    assert out.read_text() == "keep me"
    export(store, "json", out, overwrite=True)
    assert json.loads(out.read_text(encoding="utf-8"))
    with pytest.raises(StoreError, match="no such folder"):
        export(store, "json", tmp_path / "nope" / "a.json")
    with pytest.raises(StoreError, match="unknown export format"):
        export(store, "xml", tmp_path / "x.xml")
    with pytest.raises(StoreError, match="no article"):
        export(store, "json", tmp_path / "b.json", article_id=999)


def test_csv_three_files_with_bom(store, tmp_path):
    n = export(store, "csv", tmp_path / "out")
    ents = _read_csv(tmp_path / "out-entities.csv")
    evs = _read_csv(tmp_path / "out-events.csv")
    frc = _read_csv(tmp_path / "out-forces.csv")
    assert n == len(ents) + len(evs) + len(frc)
    assert len(ents) == len(GOLD_DOC["entities"]) and len(frc) == len(GOLD_DOC["forces"])
    assert {e["text"] for e in ents} >= {"قسد", "القوات الأميركية"}
    assert any(e["latitude"] == "34.927" for e in evs)
    assert all(f["evidence"] for f in frc)
    with pytest.raises(StoreError, match="exists"):
        export(store, "csv", tmp_path / "out.csv")
    d = tmp_path / "folder"
    d.mkdir()
    export(store, "csv", d)
    assert (d / "entities.csv").exists() and (d / "forces.csv").exists()


def test_acled_columns_and_mapping(store, tmp_path):
    out = tmp_path / "acled.csv"
    n = export(store, "acled", out)
    raw = out.read_bytes().decode("utf-8-sig")
    header = next(csv.reader(raw.splitlines()))
    assert header == ACLED_COLUMNS and len(header) == 31
    rows = _read_csv(out)
    assert len(rows) == n > 0
    kept = [
        e for e in GOLD_DOC["events"]
        if e["modality"] == "asserted" and e["type"] not in ("TRAINING", "STATEMENT", "CONTROL")
    ]  # fmt: skip
    assert n == len(kept)
    assert {r["event_type"] for r in rows} <= {
        "Battles",
        "Explosions/Remote violence",
        "Strategic developments",
    }
    move = next(r for r in rows if r["sub_event_type"] == "Change to group/activity")
    assert move["disorder_type"] == "Strategic developments"
    omar = [r for r in rows if r["location"] == "Al-Omar oil field"]
    assert omar and omar[0]["latitude"] == "34.927" and omar[0]["country"] == "Syria"
    assert omar[0]["geo_precision"] == "2"
    assert all(r["event_date"][:4] == r["year"] for r in rows)
    assert all(r["time_precision"] in ("1", "2", "3") for r in rows)


@pytest.mark.parametrize(
    ("typ", "modality", "trigger", "expected"),
    [
        ("MOVEMENT", "asserted", "دخل", "Change to group/activity"),
        ("ATTACK", "asserted", "قصف", "Shelling/artillery/missile attack"),
        ("ATTACK", "asserted", "غارات", "Air/drone strike"),
        ("ATTACK", "asserted", "اشتباكات", "Armed clash"),
        ("ARREST", "asserted", "اعتقال", "Arrests"),
        ("BASE", "asserted", "أنشأت", "Headquarters or base established"),
        ("AGREEMENT", "asserted", "اتفاق", "Agreement"),
        ("BASE", "planned", "ستنشئ", None),
        ("ATTACK", "denied", "هجوم", None),
        ("TRAINING", "asserted", "تدريبات", None),
        ("STATEMENT", "asserted", "أعلن", None),
    ],
)
def test_acled_type_table(typ, modality, trigger, expected):
    from workbench.core.model import Event, Span

    got = acled_type(Event("e1", typ, Span(0, len(trigger), trigger), (0, 10), modality=modality))
    assert (got[2] if got else None) == expected


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2019-12-05", ("2019-12-05", "2019-12-05")),
        ("2019-10", ("2019-10-01", "2019-10-31")),
        ("2019", ("2019-01-01", "2019-12-31")),
        ("2019-12-04/2019-12-06", ("2019-12-04", "2019-12-06")),
        ("2019-12-06/", ("2019-12-06", None)),
        (None, (None, None)),
    ],
)
def test_date_span(value, span):
    assert date_span(value) == span


def test_geojson_points_for_qgis(store, tmp_path):
    out = tmp_path / "map.geojson"
    n = export(store, "geojson", out)
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["type"] == "FeatureCollection" and len(d["features"]) == n > 0
    for f in d["features"]:
        assert f["geometry"] == {"type": "Point", "coordinates": [40.595, 34.927]}
        assert f["properties"]["kind"] in ("event", "force")
    assert any(f["properties"]["kind"] == "force" for f in d["features"])


def test_geojson_without_gazetteer_is_empty_not_an_error(store, tmp_path, monkeypatch):
    monkeypatch.setattr(ex, "place", lambda c: None)
    assert export(store, "geojson", tmp_path / "m.geojson") == 0


def test_timesketch_jsonl_and_csv(store, tmp_path):
    n = export(store, "timesketch", tmp_path / "ts.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "ts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n > 0
    for r in rows:
        assert r["message"] and r["timestamp_desc"]
        assert r["datetime"].startswith(r["date_start"]) and r["datetime"].endswith("+00:00")
        assert "precision" in r and "date_end" in r
    assert any(r["date_start"] == "2019-10-01" and r["date_end"] == "2019-10-31" for r in rows)
    n2 = export(store, "timesketch", tmp_path / "ts.csv")
    assert len(_read_csv(tmp_path / "ts.csv")) == n2 == n
