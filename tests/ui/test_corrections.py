"""Context-menu corrections, tables edited in place, settings, export, drag and drop."""

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QFileDialog

from tests.conftest import SAMPLE
from workbench.ui import dialogs
from workbench.ui.main_window import MainWindow

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def _point_of(view, index):
    c = QTextCursor(view.text.document())
    c.setPosition(index + 1)
    return view.text.cursorRect(c).center()


def _menu_actions(menu):
    out = {}
    for a in menu.actions():
        if a.menu():
            for k, v in _menu_actions(a.menu()).items():
                out[f"{a.text()}/{k}"] = v
        else:
            out[a.text()] = a
    return out


def _entity(ctx, aid, **kw):
    for e in ctx.store.get_extraction(aid).entities:
        if all(getattr(e, k) == v for k, v in kw.items()):
            return e
    return None


def test_context_menu_changes_type_and_rejects(window, ctx):
    aid = window.article.article_id
    ent = next(e for e in ctx.store.get_extraction(aid).entities if e.type == "LOCATION")
    view = window.article
    view.text.verticalScrollBar().setValue(0)
    view.select_text(ent.start, ent.start)  # scroll it into view
    view.text.ensureCursorVisible()
    menu = view.build_context_menu(_point_of(view, ent.start))
    actions = _menu_actions(menu)
    retype = next(a for k, a in actions.items() if k.endswith("Change type/ORG"))
    retype.trigger()
    assert _entity(ctx, aid, id=ent.id).type == "ORG"
    ctx.stack.undo()
    assert _entity(ctx, aid, id=ent.id).type == "LOCATION"

    menu = view.build_context_menu(_point_of(view, ent.start))
    reject = next(a for k, a in _menu_actions(menu).items() if k.endswith("/Reject"))
    reject.trigger()
    assert _entity(ctx, aid, id=ent.id) is None
    ctx.stack.undo()
    assert _entity(ctx, aid, id=ent.id) is not None


def test_link_to_canonical_uses_the_dialog(window, ctx, monkeypatch):
    aid = window.article.article_id
    ent = next(e for e in ctx.store.get_extraction(aid).entities if e.type == "ACTOR")
    monkeypatch.setattr(dialogs, "ask_canonical", lambda *a, **k: "OTHER:test-group")
    view = window.article
    view.select_text(ent.start, ent.start)
    menu = view.build_context_menu(_point_of(view, ent.start))
    link = next(
        a for k, a in _menu_actions(menu).items() if k.endswith("Link to canonical entity…")
    )
    link.trigger()
    assert _entity(ctx, aid, id=ent.id).canonical == "OTHER:test-group"


def test_edit_time_value(window, ctx, monkeypatch):
    aid = window.article.article_id
    t = next(t for t in ctx.store.get_extraction(aid).times if t.value)
    monkeypatch.setattr(dialogs, "ask_time", lambda *a, **k: ("2019-11-30", "day", None))
    view = window.article
    view.select_text(t.start, t.start)
    menu = view.build_context_menu(_point_of(view, t.start))
    edit = next(a for k, a in _menu_actions(menu).items() if k.endswith("Edit value…"))
    edit.trigger()
    got = next(x for x in ctx.store.get_extraction(aid).times if x.id == t.id)
    assert (got.value, got.origin) == ("2019-11-30", "manual")
    assert any("2019-11-30" in h.tooltip for h in view.highlights_at(t.start))


def test_tooltip_text_is_escaped(window):
    from workbench.ui.style import tooltip_html

    html = tooltip_html('<b>قسد</b> & "x"')
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html


def test_event_table_edits_and_deletes_in_place(window, ctx):
    aid = window.article.article_id
    window.events.refresh()
    proxy = window.events.proxy
    assert proxy.rowCount() > 0
    src = window.events.model
    aid0, ev = src.rows[proxy.mapToSource(proxy.index(0, 0)).row()]
    new = "AGREEMENT" if ev.type != "AGREEMENT" else "ATTACK"
    assert proxy.setData(proxy.index(0, 1), new)
    assert next(e for e in ctx.store.get_extraction(aid).events if e.id == ev.id).type == new
    n = len(ctx.store.get_extraction(aid).events)
    window.events.view.setCurrentIndex(proxy.index(0, 1))
    window.events.delete_selected()
    assert len(ctx.store.get_extraction(aid).events) == n - 1
    ctx.stack.undo()
    assert len(ctx.store.get_extraction(aid).events) == n


def test_add_force_row_from_selection(window, ctx, monkeypatch):
    aid = window.article.article_id
    n = len(ctx.store.get_extraction(aid).forces)
    monkeypatch.setattr(
        dialogs,
        "ask_force",
        lambda *a, **k: {"actor": "TR", "status": "planned", "location": None, "assets": None,
                         "source": None, "strength": None, "as_of": None, "events": []},
    )  # fmt: skip
    i = SAMPLE_TEXT.index("تركيا")
    window.article.select_text(i, i + 5)
    window.article.add_force_from_selection()
    forces = ctx.store.get_extraction(aid).forces
    assert len(forces) == n + 1
    added = next(f for f in forces if f.actor == "TR" and f.status == "planned" and
                 f.origin == "manual")  # fmt: skip
    assert added.evidence["start"] <= i < added.evidence["end"]


def test_corpus_mode_lists_every_article(window, ctx):
    ctx.store.import_text("قصفت القوات التركية قرية في ريف الحسكة أمس.", published="2019-12-01")
    window.corpus.refresh()
    window.forces.corpus_box.setChecked(True)
    all_forces = ctx.store.corpus_forces(window.corpus.ids())
    assert window.forces.proxy.rowCount() == len(all_forces)
    assert not window.forces.view.isColumnHidden(0)
    window.timeline.corpus_box.setChecked(True)
    dated = [r for r in ctx.store.corpus_events(window.corpus.ids()) if r[2] and r[2].value]
    assert len(window.timeline.view.event_items) == len(dated)


def test_corpus_filters_by_source_and_date(window, ctx):
    ctx.store.import_text("خبر آخر عن القامشلي.", source="رويترز", published="2020-01-02")
    window.corpus.reload_sources()
    window.corpus.refresh()
    assert window.corpus.model.rowCount() == 2
    i = window.corpus.source.findData("رويترز")
    window.corpus.source.setCurrentIndex(i)
    assert [r.source for r in window.corpus.model.rows] == ["رويترز"]
    window.corpus.source.setCurrentIndex(0)
    window.corpus.date_to.setText("2019-12-31")
    window.corpus.refresh()
    assert [r.published for r in window.corpus.model.rows] == ["2019-12-06"]


def test_settings_keep_geometry_and_database(qtbot, ctx, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ctx, settings, restore=False)
    qtbot.addWidget(win)
    win.resize(1500, 980)
    win.show()
    qtbot.waitExposed(win)
    win.docks["Entities"].hide()
    win.close()
    assert settings.value("lastDatabase") == str(ctx.store.path)
    assert settings.value("geometry") is not None
    again = MainWindow(ctx, settings, restore=True)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    # (the offscreen screen is small, so restoreGeometry clamps the size: not compared)
    assert not again.docks["Entities"].isVisible()
    assert again.docks["Corpus"].isVisible()


def test_export_menu_writes_the_file(window, ctx, tmp_path, monkeypatch):
    out = tmp_path / "a.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_dialog("json", this_article=True)
    assert out.exists() and out.stat().st_size > 0
    assert "exported" in window.statusBar().currentMessage()


def test_drop_imports_files(window, ctx, qtbot, tmp_path):
    f = tmp_path / "dropped.txt"
    f.write_text("أعلنت وزارة الدفاع التركية مقتل جندي في شمال سورية.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    n = len(ctx.store.list_articles())
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(ctx.store.list_articles()) == n + 1, timeout=30000)
    qtbot.waitUntil(lambda: "imported 1" in window.statusBar().currentMessage(), timeout=30000)


def test_shortcuts_are_listed(window):
    from workbench.ui.main_window import SHORTCUTS

    keys = " ".join(k for k, _ in SHORTCUTS)
    for k in ("1", "T", "Ctrl+Z", "Ctrl+Shift+Z"):
        assert k in keys
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_add_event_from_the_table_button(window, ctx, monkeypatch):
    aid = window.article.article_id
    fields = {"type": "ARREST", "modality": "denied", "time": None, "actors": [],
              "targets": [], "location": None, "weapons": [], "quantities": [],
              "attribution": None}  # fmt: skip
    monkeypatch.setattr(dialogs, "ask_event", lambda *a, **k: dict(fields))
    window.article.text.setTextCursor(QTextCursor(window.article.text.document()))
    window.events.add_button.click()  # nothing selected: only a hint
    assert "select" in window.statusBar().currentMessage()
    i = SAMPLE_TEXT.index("اعتقال")
    window.article.select_text(i, i + len("اعتقال"))
    n = len(ctx.store.get_extraction(aid).events)
    window.events.add_button.click()
    events = ctx.store.get_extraction(aid).events
    assert len(events) == n + 1
    added = next(e for e in events if e.type == "ARREST" and e.modality == "denied")
    assert (added.trigger.start, added.trigger.text) == (i, "اعتقال")
    assert added.sentence[0] <= i < added.sentence[1]


def test_event_time_is_chosen_from_the_article_times(window, ctx):
    from workbench.ui.tables import EditorRole, EventTableModel

    aid = window.article.article_id
    proxy = window.events.proxy
    col = EventTableModel.DATE_COLUMN
    row = 0
    kind = proxy.index(row, col).data(EditorRole)
    assert kind[0] == "combo" and kind[1][0] == "(no time)"
    times = ctx.store.get_extraction(aid).times
    assert len(kind[1]) == len(times) + 1
    ev = window.events.model.rows[proxy.mapToSource(proxy.index(row, 0)).row()][1]
    target = next(t for t in times if t.value and t.id != ev.time)
    label = next(lab for lab in kind[1] if lab.endswith(f"[{target.id}]"))
    assert proxy.setData(proxy.index(row, col), label)
    stored = next(e for e in ctx.store.get_extraction(aid).events if e.id == ev.id)
    assert stored.time == target.id
    assert any(proxy.index(r, col).data() == target.value for r in range(proxy.rowCount()))
