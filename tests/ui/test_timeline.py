import json

import pytest

from tests.conftest import GOLD, SAMPLE
from workbench.core.model import Extraction
from workbench.ui.timeline import PX_PER_DAY, TimelinePanel, rows_from_extraction, time_extent


def _seed():
    text = SAMPLE.read_text(encoding="utf-8")
    return Extraction.from_dict(json.loads(GOLD.read_text(encoding="utf-8")), text)


@pytest.mark.parametrize(
    ("value", "precision", "part", "days"),
    [
        ("2019-12-05", "day", None, 1.0),
        ("2019-12-05", "part-of-day", "night", 8 / 24),
        ("2019-12", "month", None, 31.0),
        ("2019-02/2019-12", "month", None, 334.0),
        ("2019-12-04/2019-12-06", "day", None, 3.0),
    ],
)
def test_extent_width_is_the_precision(value, precision, part, days):
    ext = time_extent(value, precision, part)
    assert ext is not None
    assert ext.end - ext.start == pytest.approx(days)


def test_undated_and_open_values():
    assert time_extent(None, "vague") is None
    assert time_extent("not a date") is None
    ext = time_extent("2019-12-06/", "day")
    assert ext is not None and ext.open_end


def test_one_item_per_dated_event_in_date_order(qtbot):
    ext = _seed()
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    rows = rows_from_extraction(ext, 1)
    panel.set_rows(rows)
    times = {t.id: t for t in ext.times}
    dated = [e for e in ext.events if e.time and times[e.time].value]
    items = panel.view.event_items
    assert len(items) == len(dated)
    by_id = {panel.view.key_of(it)[1]: it for it in items}
    e1 = by_id["e1"]  # the night of 2019-12-05: a third of a day wide
    assert e1.rect().width() == pytest.approx(PX_PER_DAY * 8 / 24)
    denied = [e for e in dated if e.modality == "denied"]
    for e in denied:
        assert by_id[e.id].brush().style().name == "NoBrush"
        assert by_id[e.id].childItems()  # the strike-through line


def test_click_emits_the_event_sentence(qtbot):
    ext = _seed()
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.set_rows(rows_from_extraction(ext, 7))
    item = panel.view.event_items[0]
    with qtbot.waitSignal(panel.eventClicked) as blocker:
        panel.view.select_item(item)
    aid, eid, s, e = blocker.args
    ev = next(x for x in ext.events if x.id == eid)
    assert (aid, s, e) == (7, ev.sentence[0], ev.sentence[1])


def test_zoom_changes_scale(qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.set_rows(rows_from_extraction(_seed(), 1))
    before = panel.view.px_per_day()
    ev = QWheelEvent(
        QPointF(10, 10),
        QPointF(10, 10),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    panel.view.wheelEvent(ev)
    assert panel.view.px_per_day() == pytest.approx(before * 1.25)


def test_tooltip_names_the_date_and_precision(qtbot):
    ext = _seed()
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.set_rows(rows_from_extraction(ext, 3))
    item = next(it for it in panel.view.event_items if panel.view.key_of(it)[1] == "e1")
    text = panel.view.tooltip_for(item)
    assert "MOVEMENT" in text and "2019-12-05" in text and "night" in text


def test_refresh_after_an_edit_keeps_the_zoom(qtbot):
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    rows = rows_from_extraction(_seed(), 1)
    panel.set_rows(rows)
    panel.view.scale(4.0, 1.0)
    zoomed = panel.view.px_per_day()
    panel.set_rows(rows, keep_view=True)
    assert panel.view.px_per_day() == pytest.approx(zoomed)
    panel.set_rows(rows)  # a new article: fit again
    assert panel.view.px_per_day() == pytest.approx(zoomed / 4.0)


def test_mouse_click_on_a_mark_selects_its_event(qtbot):
    from PySide6.QtCore import Qt

    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_rows(rows_from_extraction(_seed(), 5))
    view = panel.view
    item = max(view.event_items, key=lambda it: it.sceneBoundingRect().width())
    point = view.mapFromScene(item.sceneBoundingRect().center())
    with qtbot.waitSignal(panel.eventClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[1] == view.key_of(item)[1]
    assert view.selected_key == view.key_of(item)
