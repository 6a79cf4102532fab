import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QUndoStack

from tests.conftest import SAMPLE
from workbench.store import open_store
from workbench.ui.bus import ChangeBus, Context
from workbench.ui.main_window import MainWindow
from workbench.ui.tables import SpanRole

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def _find(word, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = SAMPLE_TEXT.index(word, i + 1)
    return i


def _manual(ctx, aid):
    return [e for e in ctx.store.get_extraction(aid).entities if e.origin == "manual"]


def test_opens_the_sample_with_highlights_at_the_right_offsets(window, ctx):
    aid = window.article.article_id
    assert aid is not None
    assert window.article.text.toPlainText() == SAMPLE_TEXT
    start, end, snapped = _free_word(ctx, aid)
    ctx.run(lambda: ctx.store.add_entity(aid, start, end, "WEAPON"))
    ext = ctx.store.get_extraction(aid)
    assert len(ext.entities) > 1
    view = window.article
    for e in ext.entities + ext.times:
        assert SAMPLE_TEXT[e.start : e.end] == e.text
        assert all(view.kind_at(i) is not None for i in range(e.start, e.end)), e
    added = next(e for e in ext.entities if e.origin == "manual" and e.end == end)
    assert added.text == snapped
    assert {view.kind_at(i) for i in range(added.start, added.end)} == {"WEAPON"}
    assert view.formats_at(added.start).fontUnderline()


def _free_word(ctx, aid):
    """A word with a proclitic that no entity covers yet: (start, end, snapped text)."""
    taken = [(e.start, e.end) for e in ctx.store.get_extraction(aid).entities]
    for word, snapped in [
        ("بتدريبات", "تدريبات"),
        ("بالتعاون", "التعاون"),
        ("وبحسب", "حسب"),
        ("بالحقل", "الحقل"),
    ]:
        i = _find(word)
        if not any(s < i + len(word) and i < e for s, e in taken):
            return i, i + len(word), snapped
    raise AssertionError("no free word left in the sample")


def test_key_marks_a_manual_entity_snapped_undo_redo(window, ctx, qtbot):
    aid = window.article.article_id
    start, end, snapped = _free_word(ctx, aid)
    window.article.select_text(start, end)
    window.article.text.setFocus()
    qtbot.keyClick(window.article.text, Qt.Key.Key_5)
    got = [e for e in _manual(ctx, aid) if e.type == "WEAPON"]
    assert [(e.text, e.end) for e in got] == [(snapped, end)]
    assert any(h.item_id == got[0].id for h in window.article.highlights)
    assert "mark weapon" in window.undo_action.text().lower()

    window.undo_action.trigger()
    assert window.statusBar().currentMessage().startswith("undone: mark weapon")
    assert not [e for e in _manual(ctx, aid) if e.type == "WEAPON"]
    assert not any(h.item_id == got[0].id for h in window.article.highlights)

    window.redo_action.trigger()
    again = [e for e in _manual(ctx, aid) if e.type == "WEAPON"]
    assert [(e.text, e.end) for e in again] == [(snapped, end)]
    assert "mark weapon" in window.undo_action.text().lower()


def test_t_key_marks_a_time(window, ctx, qtbot):
    aid = window.article.article_id
    start = _find("أمس الخميس")
    end = start + len("أمس الخميس")
    for t in ctx.store.get_extraction(aid).times:
        if t.start < end and start < t.end:
            ctx.run(lambda t=t: ctx.store.reject_time(aid, t.id))
    window.article.select_text(start, end)
    qtbot.keyClick(window.article.text, Qt.Key.Key_T)
    times = [t for t in ctx.store.get_extraction(aid).times if t.start == start]
    assert [(t.text, t.origin) for t in times] == [("أمس الخميس", "manual")]
    assert any(h.kind == "TIME" and h.start == start for h in window.article.highlights)


def _add_force(ctx, aid):
    s = _find("وأبقت على قرابة 600 جندي")
    ctx.run(
        lambda: ctx.store.add_force(
            aid,
            {
                "actor": "US",
                "status": "present",
                "evidence": {"start": s, "end": s + 20},
                "location": {"text": "سورية", "canonical": "syria"},
            },
        )
    )


def test_editing_a_force_status_persists_and_selects_evidence(window, ctx):
    aid = window.article.article_id
    _add_force(ctx, aid)
    proxy = window.forces.proxy
    assert proxy.rowCount() >= 1
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 1).data() == "US" and proxy.index(r, 6).data() == "present"
    )
    fid = window.forces.model.rows[proxy.mapToSource(proxy.index(row, 0)).row()][1].id
    assert proxy.setData(proxy.index(row, 6), "withdrawn", Qt.ItemDataRole.EditRole)
    forces = {f.id: f for f in ctx.store.get_extraction(aid).forces}
    assert forces[fid].status == "withdrawn"
    # the table shows the stored value, and undo puts it back
    assert any(proxy.index(r, 6).data() == "withdrawn" for r in range(proxy.rowCount()))
    ctx.stack.undo()
    assert {f.id: f for f in ctx.store.get_extraction(aid).forces}[fid].status == "present"
    # selecting a row outlines its evidence in the article
    window.forces.view.selectRow(0)
    span = proxy.index(0, 0).data(SpanRole)
    sels = window.article.text.extraSelections()
    assert [(x.cursor.selectionStart(), x.cursor.selectionEnd()) for x in sels] == [span[1:]]


def test_force_filters(window, ctx):
    aid = window.article.article_id
    _add_force(ctx, aid)
    proxy = window.forces.proxy
    n = proxy.rowCount()
    window.forces.filters[6].setCurrentText("planned")
    assert proxy.rowCount() == sum(
        1 for f in ctx.store.get_extraction(aid).forces if f.status == "planned"
    )
    window.forces.filters[6].setCurrentText("")
    assert proxy.rowCount() == n


def test_timeline_has_one_item_per_dated_event(window, ctx):
    aid = window.article.article_id
    store = ctx.store
    t = _find("أمس الخميس")
    ctx.run(lambda: store.add_time(aid, t, t + len("أمس الخميس")))
    tid = next(x.id for x in store.get_extraction(aid).times if x.start == t)
    ctx.run(lambda: store.update_time(aid, tid, value="2019-12-05", precision="day"))
    trig = _find("صرح")
    ctx.run(
        lambda: store.add_event(
            aid, {"type": "STATEMENT", "trigger": {"start": trig, "end": trig + 3}, "time": tid}
        )
    )
    rows = store.corpus_events([aid])
    dated = [r for r in rows if r[2] is not None and r[2].value]
    assert dated
    assert len(window.timeline.view.event_items) == len(dated)
    # clicking an event outlines its sentence
    item = window.timeline.view.event_items[0]
    window.timeline.view.select_item(item)
    _aid, _eid, s, e = window.timeline.view.key_of(item)
    sels = window.article.text.extraSelections()
    assert [(x.cursor.selectionStart(), x.cursor.selectionEnd()) for x in sels] == [(s, e)]


def test_reextract_keeps_corrections(window, ctx):
    aid = window.article.article_id
    start, end, snapped = _free_word(ctx, aid)
    ctx.run(lambda: ctx.store.add_entity(aid, start, end, "WEAPON"))
    assert ctx.stack.count() == 1
    window.reextract()
    assert ctx.stack.count() == 0
    assert [(e.text, e.type) for e in _manual(ctx, aid)] == [(snapped, "WEAPON")]
    assert any(h.kind == "WEAPON" and h.end == end for h in window.article.highlights)


def test_header_date_edit_is_saved(window, ctx):
    aid = window.article.article_id
    window.article.published_edit.setText("2019-12-07")
    window.article.published_edit.editingFinished.emit()
    assert ctx.store.get_article(aid).published == "2019-12-07"
    ctx.stack.undo()
    assert ctx.store.get_article(aid).published == "2019-12-06"


def test_store_error_is_shown(window, ctx):
    aid = window.article.article_id
    assert ctx.run(lambda: ctx.store.reject_entity(aid, "m999999")) is None
    title, message = window.last_error
    assert message and ctx.stack.count() == 0


def test_import_runs_in_a_worker_and_reports(window, ctx, qtbot, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("قالت مصادر إن رتلا عسكريا وصل إلى مدينة القامشلي أمس.\n", encoding="utf-8")
    dup = tmp_path / "dup.txt"
    dup.write_text(SAMPLE_TEXT, encoding="utf-8")
    n = len(ctx.store.list_articles())
    worker = window.import_paths([str(f), str(dup)])
    with qtbot.waitSignal(worker.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: "imported" in window.statusBar().currentMessage())
    assert "imported 1" in window.statusBar().currentMessage()
    assert "1 duplicate" in window.statusBar().currentMessage()
    assert len(ctx.store.list_articles()) == n + 1
    assert window.corpus.model.rowCount() == n + 1


def test_search_lists_hits_with_snippets(window):
    window.corpus.search.setText("القامشلي")
    window.corpus.refresh()
    assert window.corpus.model.search_mode
    assert window.corpus.model.rowCount() == 1
    assert "[" in window.corpus.model.index(0, 3).data()


@pytest.mark.parametrize("size", ["1300x850"])
def test_screenshot_command_writes_a_png(tmp_path, size):
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = tmp_path / "shot.png"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(tmp_path / "s.db"),
            "--screenshot",
            str(out),
            "--size",
            size,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1300, 850)
    colours = {image.pixel(x, y) for x in range(0, 1300, 23) for y in range(0, 850, 17)}
    assert len(colours) > 20  # not blank


def test_screenshot_of_a_file_imports_and_shows_it(tmp_path):
    """``main.py FILE --screenshot PNG`` imports the file first and shows it (the second
    time, as a duplicate, it shows the article already there); a file that cannot be read
    is named on stderr."""
    import subprocess
    import sys

    from tests.conftest import ROOT
    from workbench.store import open_store

    art = tmp_path / "new.txt"
    art.write_text("قصفت طائرات حربية مواقع في مدينة الرقة.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "s.db"), str(art)]
    cmd += [str(bad), "--screenshot", str(tmp_path / "shot.png"), "--size", "800x600"]
    for _ in range(2):
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "bad.txt" in proc.stderr
        store = open_store(tmp_path / "s.db")
        try:
            (aid,) = [a.id for a in store.list_articles() if "الرقة" in a.first_line]
            assert len(store.list_articles()) == 2  # the demo article and the file
        finally:
            store.close()
        assert f"article {aid})" in proc.stdout


def test_importing_a_file_already_there_shows_its_article(window, ctx, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("قصفت طائرات حربية مواقع في مدينة الرقة.\n", encoding="utf-8")
    first = ctx.store.import_paths([art])
    window.show_article(ctx.store.article_ids()[0])
    again = ctx.store.import_paths([art])
    assert again.imported == [] and again.duplicate_ids == first.imported
    window._import_done(again)
    assert window.article.article_id == first.imported[0]


def test_edits_of_one_cell_merge_into_one_undo_step(window, ctx):
    aid = window.article.article_id
    _add_force(ctx, aid)
    proxy = window.forces.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 6).data() == "present")
    fid = window.forces.model.rows[proxy.mapToSource(proxy.index(row, 0)).row()][1].id
    depth = ctx.stack.count()
    key = window.forces.model.index  # rows stay in place after an edit
    src_row = proxy.mapToSource(proxy.index(row, 0)).row()
    assert window.forces.model.setData(key(src_row, 6), "withdrawn")
    assert window.forces.model.setData(key(src_row, 6), "arrived")
    assert ctx.stack.count() == depth + 1
    status = {f.id: f.status for f in ctx.store.get_extraction(aid).forces}
    assert status[fid] == "arrived"
    ctx.stack.undo()
    assert {f.id: f.status for f in ctx.store.get_extraction(aid).forces}[fid] == "present"
    ctx.stack.redo()
    assert {f.id: f.status for f in ctx.store.get_extraction(aid).forces}[fid] == "arrived"


def test_ctrl_z_from_the_article(window, ctx, qtbot):
    aid = window.article.article_id
    start, end, _snapped = _free_word(ctx, aid)
    window.article.select_text(start, end)
    window.activateWindow()
    window.article.text.setFocus()
    qtbot.keyClick(window.article.text, Qt.Key.Key_2)
    assert [e.type for e in _manual(ctx, aid)] == ["PERSON"]
    qtbot.keyClick(window.article.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _manual(ctx, aid) == []
    qtbot.keyClick(
        window.article.text, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert [e.type for e in _manual(ctx, aid)] == ["PERSON"]


def test_new_publication_date_re_resolves_times(window, ctx):
    aid = window.article.article_id
    before = {t.id: t.value for t in ctx.store.get_extraction(aid).times if t.origin == "auto"}
    window.article.published_edit.setText("2019-12-20")
    window.article.published_edit.editingFinished.emit()
    after = {t.id: t.value for t in ctx.store.get_extraction(aid).times if t.origin == "auto"}
    assert any(after.get(k) != v for k, v in before.items() if v)
    shown = {h.item_id: h.tooltip for h in window.article.highlights if h.kind == "TIME"}
    for tid, value in after.items():
        if value:
            assert value in shown[tid]


def test_entity_tree_click_selects_mentions(window, ctx, qtbot):
    tree = window.entities.tree
    model = window.entities.model
    actor = model.item(0)
    assert actor.text() == "ACTOR"
    first = actor.child(0)
    spans = first.data(Qt.ItemDataRole.UserRole + 1)
    tree.clicked.emit(first.index())
    sels = window.article.text.extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in sels] == spans
    assert len(spans) == int(actor.child(0, 1).text())


def test_cancelled_import_worker(qtbot, ctx, tmp_path):
    from workbench.ui.importer import ImportWorker

    f = tmp_path / "x.txt"
    f.write_text("نص تجريبي عن دمشق.", encoding="utf-8")
    worker = ImportWorker(ctx.store.path, [str(f)])
    worker.cancel()
    with qtbot.waitSignal(worker.done, timeout=30000) as blocker:
        worker.start()
    worker.wait()
    report = blocker.args[0]
    assert report.cancelled and report.imported == []


def test_bad_database_is_reported(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(bad), "--screenshot",
         str(tmp_path / "x.png")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "workbench:" in proc.stderr and "Traceback" not in proc.stderr


def test_entity_tree_keeps_collapsed_groups(window, ctx):
    tree, model = window.entities.tree, window.entities.model
    loc = next(model.item(r) for r in range(model.rowCount()) if model.item(r).text() == "LOCATION")
    tree.collapse(loc.index())
    aid = window.article.article_id
    start, end, _ = _free_word(ctx, aid)
    ctx.run(lambda: ctx.store.add_entity(aid, start, end, "PERSON"))
    items = {model.item(r).text(): model.item(r) for r in range(model.rowCount())}
    assert not tree.isExpanded(items["LOCATION"].index())
    assert tree.isExpanded(items["ACTOR"].index())


def test_corrections_history_lists_saved_edits(window, ctx):
    aid = window.article.article_id
    start, end, snapped = _free_word(ctx, aid)
    ctx.run(lambda: ctx.store.add_entity(aid, start, end, "ORG"))
    model = window.history.model
    assert model.rowCount() >= 1
    assert snapped in model.item(0, 3).text() or "ORG" in model.item(0, 3).text()
    ctx.stack.undo()
    assert model.rowCount() >= 2  # the undo is a new row; history is never deleted


def test_refused_header_edit_shows_the_stored_value(window, ctx, monkeypatch):
    from workbench.store import StoreError

    def refuse(*a, **k):
        raise StoreError("the database is read-only")

    monkeypatch.setattr(ctx.store, "update_article", refuse)
    window.article.source_edit.setText("مصدر آخر")
    window.article.source_edit.editingFinished.emit()
    assert window.last_error[1] == "the database is read-only"
    assert window.article.source_edit.text() == "العربي الجديد"
    assert ctx.stack.count() == 0


def test_emoji_article_end_to_end(window, ctx, qtbot):
    text = "😀 عاجل 🇸🇾: وصلت قوات روسية إلى مطار القامشلي أمس.\n"
    res = ctx.store.import_text(text, published="2019-12-06", source="تلغرام")
    window.corpus.refresh()
    window.show_article(res.article_id)
    view = window.article
    assert view.text.toPlainText() == text
    word = "القامشلي"
    i = text.index(word)
    for e in ctx.store.get_extraction(res.article_id).entities:
        if e.start < i + len(word) and i < e.end:
            ctx.run(lambda e=e: ctx.store.reject_entity(res.article_id, e.id))
    view.select_text(i, i + len(word))
    assert view.text.textCursor().selectedText() == word
    qtbot.keyClick(view.text, Qt.Key.Key_4)
    got = [e for e in ctx.store.get_extraction(res.article_id).entities if e.origin == "manual"]
    assert [(e.start, e.end, e.text) for e in got] == [(i, i + len(word), word)]
    assert {view.kind_at(k) for k in range(i, i + len(word))} == {"LOCATION"}
    assert view.kind_at(i - 1) != "LOCATION"


def test_first_start_seeds_the_sample_after_the_window_paints(qtbot, tmp_path):
    """A new database opens empty; SeedWorker imports the sample and the corpus shows it."""
    store = open_store(tmp_path / "new.db", seed_sample=False)
    try:
        assert store.created and store.list_articles() == []
        win = MainWindow(Context(store, QUndoStack(), ChangeBus()), None, restore=False)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.corpus.model.rowCount() == 0
        worker = win.seed_sample()
        with qtbot.waitSignal(worker.finished, timeout=30000):
            pass
        qtbot.waitUntil(lambda: win.corpus.model.rowCount() == 1)
        (art,) = store.list_articles()
        assert "sample" in win.statusBar().currentMessage()
        assert win.article.text.toPlainText() == store.get_article(art.id).text
        assert store.seed_sample() is None  # already there: a duplicate, not a second copy
    finally:
        store.close()
    again = open_store(tmp_path / "new.db")
    try:
        assert not again.created and len(again.list_articles()) == 1
    finally:
        again.close()
