import json

import pytest
from PySide6.QtCore import Qt

from tests.conftest import GOLD, SAMPLE
from workbench.core.model import Extraction
from workbench.ui.tables import (
    EventTableModel,
    ForceTableModel,
    RowFilterProxy,
    format_strength,
    parse_strength,
)


def _seed():
    text = SAMPLE.read_text(encoding="utf-8")
    return Extraction.from_dict(json.loads(GOLD.read_text(encoding="utf-8")), text)


def test_force_model(qtmodeltester):
    model = ForceTableModel()
    model.set_rows([(1, f) for f in _seed().forces])
    qtmodeltester.check(model)


def test_event_model(qtmodeltester):
    model = EventTableModel()
    ext = _seed()
    model.times = {(1, t.id): t for t in ext.times}
    model.set_rows([(1, e) for e in ext.events])
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "2019-12-05"


def test_sort_and_filter_through_the_proxy():
    ext = _seed()
    model = ForceTableModel()
    model.set_rows([(1, f) for f in ext.forces])
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    actors = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert actors == sorted(actors)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 1).data() for r in range(proxy.rowCount())] == sorted(
        actors, reverse=True
    )
    proxy.set_filter(1, "RU")
    assert proxy.rowCount() == sum(1 for f in ext.forces if f.actor == "RU") > 0
    proxy.set_filter(6, "arrived")
    assert proxy.rowCount() == sum(
        1 for f in ext.forces if f.actor == "RU" and f.status == "arrived"
    )
    proxy.set_filter(1, None)
    proxy.set_filter(6, None)
    assert proxy.rowCount() == len(ext.forces)


def test_read_only_without_a_store():
    model = ForceTableModel()
    model.set_rows([(1, f) for f in _seed().forces])
    assert not model.flags(model.index(0, 6)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 6), "withdrawn")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("~600 troops", {"value": 600, "approx": True, "unit": "troops"}),
        ("24-99 people", {"value": [24, 99], "approx": False, "unit": "people"}),
        ("12", {"value": 12, "approx": False, "unit": "other"}),
        ("", None),
    ],
)
def test_strength_round_trip(text, value):
    assert parse_strength(text) == value
    if value:
        assert parse_strength(format_strength(value)) == value


def test_bad_strength_is_refused():
    with pytest.raises(ValueError):
        parse_strength("many troops")


def test_corpus_model(qtmodeltester):
    from workbench.store import ArticleSummary, SearchHit
    from workbench.ui.corpus import CorpusModel

    model = CorpusModel()
    model.set_rows(
        [ArticleSummary(1, None, "العربي الجديد", "2019-12-06", "وذكرت مصادر", 5, 2, 1, "x")],
        search_mode=False,
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "وذكرت مصادر"
    model.set_rows([SearchHit(1, "t", "s", None, "… [دمشق] …", 1.0)], search_mode=True)
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "… [دمشق] …"


def test_entity_tree_groups_by_canonical(qtmodeltester):
    from PySide6.QtGui import QStandardItemModel

    from workbench.ui.entities import build_entity_model

    ext = _seed()
    model = QStandardItemModel()
    build_entity_model(model, ext)
    qtmodeltester.check(model)
    types = [model.item(r).text() for r in range(model.rowCount())]
    assert types == [t for t in ("ACTOR", "PERSON", "ORG", "LOCATION", "WEAPON", "QUANTITY")
                     if any(e.type == t for e in ext.entities)]  # fmt: skip
    actor = model.item(0)
    counts = {actor.child(r).text().split(" — ")[0]: int(actor.child(r, 1).text())
              for r in range(actor.rowCount())}  # fmt: skip
    sdf = sum(1 for e in ext.entities if e.type == "ACTOR" and e.canonical == "SDF")
    assert counts["SDF"] == sdf


def test_snippet_parts():
    from workbench.ui.corpus import snippet_parts

    assert snippet_parts("… قرب [القامشلي] و[الحسكة] …") == [
        ("… قرب ", False), ("القامشلي", True), (" و", False), ("الحسكة", True), (" …", False)
    ]  # fmt: skip
    assert snippet_parts("no match [open") == [("no match [open", False)]


def test_sort_keeps_the_selected_row_and_filters_keep_the_order(qtbot):
    from PySide6.QtWidgets import QTableView

    ext = _seed()
    model = ForceTableModel()
    model.set_rows([(1, f) for f in ext.forces])
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.selectRow(3)
    chosen = model.rows[proxy.mapToSource(view.currentIndex()).row()][1].id
    proxy.sort(6, Qt.SortOrder.DescendingOrder)
    statuses = [proxy.index(r, 6).data() for r in range(proxy.rowCount())]
    assert statuses == sorted(statuses, reverse=True)
    assert model.rows[proxy.mapToSource(view.currentIndex()).row()][1].id == chosen
    proxy.set_filter(1, "US")
    shown = [proxy.index(r, 6).data() for r in range(proxy.rowCount())]
    assert shown == sorted(shown, reverse=True)
    assert {proxy.index(r, 1).data() for r in range(proxy.rowCount())} == {"US"}
    # new content from the store is sorted and filtered the same way
    model.set_rows([(1, f) for f in reversed(ext.forces)])
    again = [proxy.index(r, 6).data() for r in range(proxy.rowCount())]
    assert again == shown
