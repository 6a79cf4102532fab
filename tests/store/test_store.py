"""The store: open/create/seed, migrations, import, search, corrections, re-extraction, faults."""

from __future__ import annotations

import gc
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from tests.conftest import GOLD, ROOT, SAMPLE
from workbench.core import extract as core_extract
from workbench.core.model import Entity, Event, Extraction, Force, Span, TimeExpr
from workbench.store import StoreError, open_store

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
GOLD_DOC = json.loads(GOLD.read_text(encoding="utf-8"))


def _aid(store) -> int:
    return store.list_articles()[0].id


def _n_history(store) -> int:
    return store.conn.execute("SELECT count(*) FROM corrections").fetchone()[0]


# ------------------------------------------------------------------ open / create / seed


def test_new_database_is_created_and_seeded(store, tmp_path):
    arts = store.list_articles()
    assert len(arts) == 1
    rec = store.get_article(arts[0].id)
    assert rec.text == SAMPLE_TEXT
    assert rec.published == "2019-12-06"
    assert rec.source == "العربي الجديد"
    ext = store.get_extraction(rec.id)
    assert len(ext.entities) == len(GOLD_DOC["entities"])
    assert len(ext.events) == len(GOLD_DOC["events"])
    assert len(ext.forces) == len(GOLD_DOC["forces"])
    for e in ext.entities:
        assert rec.text[e.start : e.end] == e.text
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 200
    store.close()
    again = open_store(tmp_path / "w.db")
    assert len(again.list_articles()) == 1  # not seeded twice
    again.close()


def test_seed_can_be_skipped(empty_store):
    assert empty_store.list_articles() == []


def test_default_path_respects_env(monkeypatch, tmp_path):
    from workbench.store import default_db_path

    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("WORKBENCH_DB")
    assert default_db_path().name == "workbench.db"


def test_tables_are_readable_without_the_program(store):
    path = store.path
    store.close()
    c = sqlite3.connect(path)
    names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for t in (
        "articles",
        "mentions",
        "entities",
        "times",
        "events",
        "event_roles",
        "forces",
        "corrections",
    ):
        assert t in names
    row = c.execute("SELECT value, unit FROM mentions WHERE type = 'QUANTITY' LIMIT 1").fetchone()
    assert row is not None and json.loads(row[0]) is not None
    c.close()


def test_migrations_are_recorded(store):
    rows = store.conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'workbench'"
    ).fetchall()
    assert [r[0] for r in rows] == ["0001_initial", "0002_filter_index", "0003_active_indexes"]


def test_newer_schema_is_refused(store):
    path = store.path
    store.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('workbench', '0099_future', 'x')"
    )
    store.close()
    with pytest.raises(StoreError, match="newer workbench"):
        open_store(path)


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    p = tmp_path / "other.db"
    c = sqlite3.connect(p)
    c.execute("CREATE TABLE customers (id INTEGER)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="another program"):
        open_store(p)
    assert sqlite3.connect(p).execute("SELECT name FROM sqlite_master").fetchall() == [
        ("customers",)
    ]


# ------------------------------------------------------------------ faults


def test_not_sqlite_file_is_refused(tmp_path):
    p = tmp_path / "notes.db"
    p.write_bytes(b"this is not a database at all\n" * 100)
    with pytest.raises(StoreError, match="not a workbench database"):
        open_store(p)


def test_damaged_sqlite_file_is_refused(store):
    path = store.path
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        s = open_store(path)
        s.list_articles()


def test_locked_database_is_a_clear_error(store):
    other = sqlite3.connect(store.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        aid = _aid(store)
        with pytest.raises(StoreError, match="database is locked by another program"):
            store.add_entity(aid, 0, 5, "ORG")
        with pytest.raises(StoreError, match="locked"):
            store.import_text("نص جديد عن القوات")
        assert store.list_articles()  # reading still works
    finally:
        other.rollback()
        other.close()
    store.add_entity(_aid(store), 0, 5, "ORG")


def test_read_only_location_is_refused(tmp_path, monkeypatch):
    p = tmp_path / "ro.db"
    open_store(p, seed_sample=False).close()
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: False if mode == os.W_OK else real(path, mode)
    )
    with pytest.raises(StoreError, match="read-only"):
        open_store(p)


def test_unwritable_folder_is_refused(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"):
        open_store(blocker / "sub" / "w.db")
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_read_only_file_on_disk(tmp_path):
    """With a truly read-only file (not root), opening is refused; as root chmod does not bind."""
    p = tmp_path / "ro2.db"
    open_store(p, seed_sample=False).close()
    os.chmod(p, 0o444)
    try:
        if os.access(p, os.W_OK):  # root: permissions are not enforced
            s = open_store(p)
            s.close()
        else:
            with pytest.raises(StoreError, match="read-only"):
                open_store(p)
    finally:
        os.chmod(p, 0o644)


# ------------------------------------------------------------------ import


def test_import_text_dedupes(empty_store):
    r1 = empty_store.import_text("القوات الأميركية في سورية\r\nسطر ثان", source="رويترز")
    r2 = empty_store.import_text("القوات الأميركية في سورية\nسطر ثان")
    assert not r1.duplicate and r2.duplicate and r1.article_id == r2.article_id
    assert empty_store.get_article(r1.article_id).text == "القوات الأميركية في سورية\nسطر ثان"


@pytest.mark.parametrize(
    ("text", "kw", "msg"),
    [
        ("   \n ", {}, "empty"),
        ("نص", {"published": "06/12/2019"}, "not a date"),
    ],
)
def test_import_text_bad_input(empty_store, text, kw, msg):
    with pytest.raises(StoreError, match=msg):
        empty_store.import_text(text, **kw)


def test_import_text_too_large(empty_store, monkeypatch):
    from workbench.store import store as store_mod

    monkeypatch.setattr(store_mod, "MAX_ARTICLE_CHARS", 10)
    with pytest.raises(StoreError, match="limit for one article"):
        empty_store.import_text("كلمة " * 10)


def test_extractor_crash_keeps_the_article(empty_store, monkeypatch):
    def boom(article):
        raise RuntimeError("bug")

    monkeypatch.setattr(core_extract, "extract", boom)
    r = empty_store.import_text("نص عن الرقة")
    assert not r.duplicate and "extraction failed" in (r.warning or "")
    assert empty_store.get_extraction(r.article_id).entities == []


def test_import_paths_batch_with_bad_files(empty_store, tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("القوات الروسية تصل إلى القامشلي", encoding="utf-8")
    (d / "a.json").write_text(
        json.dumps({"title": "عنوان", "published": "2019-12-05", "source": "سانا"})
    )
    (d / "b.txt").write_bytes("قوات النظام في ريف إدلب".encode("cp1256"))
    (d / "bad.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50)
    (d / "empty.txt").write_bytes(b"")
    (d / "sub" / "c.html").write_text(
        "<html><head><title>خبر</title><style>.x{color:red}</style>"
        "<script>var secret = 'سر لا يخزن';</script></head>"
        "<body><p>اشتباكات في <b>دير الزور</b></p><script>alert('لا')</script><div>فقرة ثانية</div></body></html>",
        encoding="utf-8",
    )
    (d / "sub" / "recs.jsonl").write_text(
        json.dumps(
            {"text": "غارة على إدلب", "published": "2019-11-01", "url": "http://x/1"},
            ensure_ascii=False,
        )
        + "\n{broken json\n"
        + json.dumps({"title": "no text"})
        + "\n",
        encoding="utf-8",
    )
    (d / "skip.pdf").write_bytes(b"%PDF")
    big = d / "big.txt"
    with open(big, "wb") as fh:
        fh.write(("كلمة " * 1000 + "\n").encode("utf-8") * 2200)  # ~20 MB
    assert big.stat().st_size > 19_000_000
    calls = []
    rep = empty_store.import_paths([d], progress=lambda n, t, p: calls.append((n, t)))
    failed = dict(rep.failed)
    assert len(rep.imported) == 4, rep.summary()
    assert "binary" in failed[str(d / "bad.txt")] or "not UTF-8" in failed[str(d / "bad.txt")]
    assert "empty" in failed[str(d / "empty.txt")]
    assert "MB limit" in failed[str(big)]
    assert f"{d / 'sub' / 'recs.jsonl'}:2" in failed and f"{d / 'sub' / 'recs.jsonl'}:3" in failed
    assert calls[-1] == (calls[-1][1], calls[-1][1]) and calls[0][0] == 0
    arts = {a.first_line: a for a in empty_store.list_articles()}
    a = arts["القوات الروسية تصل إلى القامشلي"]
    assert (a.title, a.published, a.source) == ("عنوان", "2019-12-05", "سانا")
    assert "قوات النظام في ريف إدلب" in arts
    html = empty_store.get_article(arts["اشتباكات في دير الزور"].id)
    assert html.title == "خبر" and html.text == "اشتباكات في دير الزور\nفقرة ثانية"
    all_text = " ".join(
        r[0] for r in empty_store.conn.execute("SELECT text || coalesce(title,'') FROM articles")
    )
    assert "سر" not in all_text and "alert" not in all_text and "color" not in all_text
    rec = arts["غارة على إدلب"]
    assert empty_store.get_article(rec.id).url == "http://x/1" and rec.published == "2019-11-01"
    # again: everything is a duplicate, nothing new
    rep2 = empty_store.import_paths([d])
    assert rep2.imported == [] and len(rep2.duplicates) == 4
    assert "skipped 4 duplicates" in rep2.summary()


def test_import_paths_flags_override_and_cancel(empty_store, tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"خبر رقم {i} عن حلب", encoding="utf-8")
    rep = empty_store.import_paths(
        [tmp_path / "0.txt"], source="العربي الجديد", published="2020-01-02"
    )
    a = empty_store.get_article(rep.imported[0])
    assert (a.source, a.published) == ("العربي الجديد", "2020-01-02")
    seen = []
    rep = empty_store.import_paths(
        [tmp_path], progress=lambda n, t, p: seen.append(n), cancelled=lambda: len(seen) >= 2
    )
    assert rep.cancelled and len(rep.imported) == 1 and len(rep.duplicates) == 1
    rep = empty_store.import_paths([tmp_path / "missing.txt"])
    assert rep.failed == [(str(tmp_path / "missing.txt"), "no such file or folder")]


KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    from workbench.core import extract as ce
    from workbench.core.model import Entity, Extraction

    def fake(article):
        ents = [Entity(f"m{i}", i, i + 1, article.text[i], "ACTOR", "US") for i in range(25)]
        return Extraction(article, ents)

    ce.extract = fake
    from workbench.store import open_store

    s = open_store(sys.argv[1], seed_sample=False)
    s.import_paths([sys.argv[2]], progress=lambda n, t, p: print(n, flush=True))
    print("done", flush=True)
    """
)


def test_kill_9_during_batch_import_loses_nothing(tmp_path, monkeypatch):
    src = tmp_path / "batch"
    src.mkdir()
    n_files = 300
    for i in range(n_files):
        (src / f"{i:04d}.txt").write_text(
            f"مقال رقم {i} " + "عن القوات في سورية " * 20, encoding="utf-8"
        )
    db = tmp_path / "k.db"
    script = tmp_path / "imp.py"
    script.write_text(KILL_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(db), str(src)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "done" or int(line) >= 20:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    c = sqlite3.connect(db)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert n >= 20
    per_article = c.execute(
        "SELECT a.id, count(m.id) FROM articles a LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id"
    ).fetchall()
    assert all(k == 25 for _, k in per_article)  # no half-written article
    assert c.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == n
    c.close()

    def fake(article):
        ents = [Entity(f"m{i}", i, i + 1, article.text[i], "ACTOR", "US") for i in range(25)]
        return Extraction(article, ents)

    monkeypatch.setattr(core_extract, "extract", fake)
    s = open_store(db, seed_sample=False)
    rep = s.import_paths([src])
    assert len(rep.duplicates) == n and len(rep.imported) == n_files - n
    assert len(s.list_articles()) == n_files
    s.close()


# ------------------------------------------------------------------ search


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("وصلت القوات الأميركية إلى الحقل", "القوات الاميركيه"),
        ("وصلت القوات الأمريكية إلى الحقل", "القوات الأميركية"),
        ("وصلت القوات الأميركية إلى الحقل", "الأمريكية"),
        ("انسحبت القوات من سوريا أمس", "سورية"),
        ("انسحبت القوات من سورية أمس", "سوريا"),
        ("اشتباكات في مدينة الرقة", "الرقه"),
        ("كَتَبَ المراسل تقريرًا", "كتب"),
        ("وقع الهجوم في ٢٠١٩ بحسب المصادر", "2019"),
        ("زار أوروبا الأسبوع الماضي", "أوربا"),
    ],
)
def test_search_finds_spelling_variants(empty_store, stored, query):
    aid = empty_store.import_text(stored).article_id
    hits = empty_store.search(query)
    assert [h.id for h in hits] == [aid]
    snip = hits[0].snippet
    assert "[" in snip and "]" in snip
    inner = snip[snip.index("[") + 1 : snip.index("]")]
    assert inner in stored  # highlighted words come from the ORIGINAL text


def test_search_snippet_keeps_original_text(empty_store):
    aid = empty_store.import_text("قالت المصادر إنّ القوات الأميركيّة دخلت حقل العمر").article_id
    hit = empty_store.search("القوات الاميركيه")[0]
    assert hit.id == aid
    assert "[القوات] [الأميركيّة]" in hit.snippet


def test_search_filters_and_rank(empty_store):
    a = empty_store.import_text("قصف على الرقة", source="سانا", published="2019-01-05").article_id
    b = empty_store.import_text(
        "الرقة الرقة الرقة والرقة", source="رويترز", published="2019-06-01"
    ).article_id
    c = empty_store.import_text(
        "الرقة مرة أخرى في خبر طويل جدا جدا", source="رويترز", published="2020-02-01"
    ).article_id
    assert {h.id for h in empty_store.search("الرقة")} == {a, b, c}
    assert empty_store.search("الرقة")[0].id == b
    assert [h.id for h in empty_store.search("الرقة", source="سانا")] == [a]
    assert {
        h.id for h in empty_store.search("الرقة", date_from="2019-02-01", date_to="2019-12-31")
    } == {b}
    assert {h.id for h in empty_store.search("الرقة", date_to="2019-06-01")} == {a, b}
    assert empty_store.search("الرقة OR قصف", source="سانا")[0].id == a
    assert [h.id for h in empty_store.search("الرقة NOT قصف", source="سانا")] == []
    assert {h.id for h in empty_store.search("الرق*")} == {a, b, c}
    assert {h.id for h in empty_store.search('"مرة أخرى"')} == {c}
    with pytest.raises(StoreError, match="not a date"):
        empty_store.search("الرقة", date_from="yesterday")


@pytest.mark.parametrize("bad", ['"القوات', "(القوات", "القوات OR", "NOT", "AND AND", ""])
def test_malformed_search_is_a_store_error(empty_store, bad):
    empty_store.import_text("القوات في الرقة")
    with pytest.raises(StoreError, match="search"):
        empty_store.search(bad)


@pytest.mark.parametrize("odd", ["a:b", "قسد-داعش", "*", "NEAR(x y)", "col:القوات", "^القوات", "'"])
def test_odd_search_input_never_crashes(empty_store, odd):
    empty_store.import_text("القوات في الرقة")
    try:
        hits = empty_store.search(odd)
    except StoreError:
        return
    assert isinstance(hits, list)


# ------------------------------------------------------------------ corrections


def test_add_entity_snaps_and_logs_history(empty_store):
    store = empty_store
    aid = store.import_text('وقال مصدر لـ"العربي الجديد" إن القوات وصلت.').article_id
    text = store.get_article(aid).text
    i = text.index('لـ"العربي')
    before = _n_history(store)
    ch = store.add_entity(aid, i, i + len('لـ"العربي الجديد"'), "ORG", "alaraby")
    assert ch.after["text"] == "العربي الجديد" and ch.before is None
    assert ch.item_id.startswith("m")
    e = next(x for x in store.get_extraction(aid).entities if x.id == ch.item_id)
    assert (e.text, e.origin, e.canonical) == ("العربي الجديد", "manual", "alaraby")
    assert _n_history(store) == before + 1
    h = store.history(aid)[0]
    assert (
        h.action == "add_entity" and h.item_id == ch.item_id and h.after["text"] == "العربي الجديد"
    )
    assert h.user
    with pytest.raises(StoreError, match="already marked"):
        store.add_entity(aid, i, i + len('لـ"العربي الجديد"'), "ORG")
    with pytest.raises(StoreError, match="unknown entity type"):
        store.add_entity(aid, 0, 3, "THING")
    with pytest.raises(StoreError, match="outside"):
        store.add_entity(aid, 0, 10**6, "ORG")


def test_update_reject_revert_reapply_entity(store):
    aid = _aid(store)
    ent = store.get_extraction(aid).entities[0]
    assert ent.origin == "auto"
    ch = store.update_entity(aid, ent.id, type="ORG", canonical="x")
    e2 = next(x for x in store.get_extraction(aid).entities if x.id == ent.id)
    assert (e2.type, e2.canonical, e2.origin) == ("ORG", "x", "manual")  # edited auto item
    undo = store.revert(ch)
    e3 = next(x for x in store.get_extraction(aid).entities if x.id == ent.id)
    assert (e3.type, e3.canonical, e3.origin) == (ent.type, ent.canonical, "auto")
    assert undo.action == "revert"
    store.reapply(ch)
    assert next(x for x in store.get_extraction(aid).entities if x.id == ent.id).type == "ORG"
    rj = store.reject_entity(aid, ent.id)
    assert ent.id not in {x.id for x in store.get_extraction(aid).entities}
    store.revert(rj)
    assert ent.id in {x.id for x in store.get_extraction(aid).entities}
    actions = [h.action for h in store.history(aid)]
    assert actions[:5] == ["revert", "reject_entity", "reapply", "revert", "update_entity"]
    with pytest.raises(StoreError, match="nothing to change"):
        store.update_entity(aid, ent.id, type="ORG")
    with pytest.raises(StoreError, match="no item"):
        store.update_entity(aid, "m999999", type="ORG")


def test_revert_of_an_add_removes_it_and_reapply_brings_it_back(store):
    aid = _aid(store)
    ch = store.add_entity(aid, 0, 5, "ORG")
    store.revert(ch)
    assert ch.item_id not in {e.id for e in store.get_extraction(aid).entities}
    store.reapply(ch)
    assert ch.item_id in {e.id for e in store.get_extraction(aid).entities}


def test_history_is_append_only(store):
    store.add_entity(_aid(store), 0, 5, "ORG")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("UPDATE corrections SET user = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("DELETE FROM corrections")


def test_a_failing_write_leaves_no_trace(store, monkeypatch):
    aid = _aid(store)
    n_hist, n_ment = (
        _n_history(store),
        store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0],
    )

    def broken(*a, **k):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(store, "_log", broken)
    with pytest.raises(RuntimeError):
        store.add_entity(aid, 0, 5, "ORG")
    assert _n_history(store) == n_hist
    assert store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == n_ment


def test_apply_to_all_and_merge_alias(empty_store):
    aid = empty_store.import_text(
        "قالت قسد إن عناصر قسد ولقسد وبقسد انتشروا، وقسدية لا."
    ).article_id
    ch = empty_store.add_entity(aid, 5, 8, "ACTOR", "SDF")
    batch = empty_store.apply_to_all(aid, ch.item_id)
    ents = empty_store.get_extraction(aid).entities
    assert [e.text for e in ents] == ["قسد"] * 4
    assert all(e.canonical == "SDF" for e in ents)
    assert len(batch.parts) == 3
    empty_store.revert(batch)
    assert len(empty_store.get_extraction(aid).entities) == 1
    empty_store.reapply(batch)
    other = empty_store.import_text("ونفت قسد ذلك").article_id
    empty_store.apply_to_all(aid, ch.item_id, corpus=True)
    assert [e.canonical for e in empty_store.get_extraction(other).entities] == ["SDF"]
    m = empty_store.merge_alias("SDF", "YPG", "ACTOR")
    assert {e.canonical for e in empty_store.get_extraction(aid).entities} == {"YPG"}
    assert {k.canonical for k in empty_store.known_entities("ACTOR")} == {"YPG"}
    assert (
        empty_store.known_entities()[0].count == 5 and empty_store.known_entities()[0].name == "قسد"
    )
    empty_store.revert(m)
    assert {e.canonical for e in empty_store.get_extraction(other).entities} == {"SDF"}


def test_merge_alias_updates_events_and_forces(store):
    aid = _aid(store)
    store.merge_alias("US", "COALITION", "ACTOR")
    ext = store.get_extraction(aid)
    assert "US" not in {a for ev in ext.events for a in ev.actors}
    assert "US" not in {f.actor for f in ext.forces}
    assert "COALITION" in {f.actor for f in ext.forces}


def test_time_operations(store):
    aid = _aid(store)
    t = store.get_extraction(aid).times[0]
    ch = store.update_time(aid, t.id, value="2019-12-04", precision="day", part="night")
    t2 = next(x for x in store.get_extraction(aid).times if x.id == t.id)
    assert (t2.value, t2.precision, t2.part, t2.origin) == ("2019-12-04", "day", "night", "manual")
    store.revert(ch)
    assert next(x for x in store.get_extraction(aid).times if x.id == t.id).value == t.value
    with pytest.raises(StoreError, match="precision"):
        store.update_time(aid, t.id, value="2019", precision="decade")
    text = store.get_article(aid).text
    i = text.index("أمس الخميس")
    add = store.add_time(aid, i, i + len("أمس الخميس"))
    assert add.after["text"] == "أمس الخميس" and add.after["origin"] == "manual"
    store.reject_time(aid, t.id)
    ext = store.get_extraction(aid)
    assert t.id not in {x.id for x in ext.times}
    assert all(ev.time != t.id for ev in ext.events)  # no dangling reference


def test_event_operations(store):
    aid = _aid(store)
    ext = store.get_extraction(aid)
    loc = next(e for e in ext.entities if e.type == "LOCATION")
    ch = store.add_event(
        aid,
        {"type": "ATTACK", "trigger": {"start": 123, "end": 126}, "actors": ["RU"],
         "targets": ["ISIS"], "location": loc.id, "modality": "denied"},
    )  # fmt: skip
    ev = next(e for e in store.get_extraction(aid).events if e.id == ch.item_id)
    assert (ev.type, ev.trigger.text, ev.actors, ev.targets, ev.location, ev.origin) == (
        "ATTACK", "دخل", ["RU"], ["ISIS"], loc.id, "manual",
    )  # fmt: skip
    assert ev.sentence == (0, 191)
    up = store.update_event(aid, ch.item_id, actors=["TR", "SY_GOV"], modality="asserted")
    ev = next(e for e in store.get_extraction(aid).events if e.id == ch.item_id)
    assert ev.actors == ["TR", "SY_GOV"] and ev.targets == ["ISIS"] and ev.modality == "asserted"
    store.revert(up)
    assert next(e for e in store.get_extraction(aid).events if e.id == ch.item_id).actors == ["RU"]
    store.reject_entity(aid, loc.id)
    assert next(e for e in store.get_extraction(aid).events if e.id == ch.item_id).location is None
    store.delete_event(aid, ch.item_id)
    assert ch.item_id not in {e.id for e in store.get_extraction(aid).events}
    with pytest.raises(StoreError, match="event type"):
        store.add_event(aid, {"type": "PARTY", "trigger": {"start": 0, "end": 3}})
    with pytest.raises(StoreError, match="modality"):
        store.update_event(aid, ext.events[0].id, modality="maybe")
    with pytest.raises(StoreError, match="unknown event field"):
        store.update_event(aid, ext.events[0].id, colour="red")


def test_force_operations(store):
    aid = _aid(store)
    f0 = store.get_extraction(aid).forces[0]
    ch = store.add_force(
        aid,
        {"actor": "RU", "status": "arrived", "evidence": {"start": 0, "end": 191},
         "location": {"text": "القامشلي", "canonical": "qamishli"}, "strength": {"value": 300, "approx": True, "unit": "troops"}},
    )  # fmt: skip
    f = next(x for x in store.get_extraction(aid).forces if x.id == ch.item_id)
    assert (f.actor, f.status, f.strength["value"], f.origin) == ("RU", "arrived", 300, "manual")
    with pytest.raises(StoreError, match="evidence"):
        store.add_force(aid, {"actor": "RU", "status": "arrived"})
    with pytest.raises(StoreError, match="status"):
        store.update_force(aid, f0.id, status="partying")
    up = store.update_force(
        aid, f0.id, status="withdrawn", as_of={"value": "2019-12-01", "precision": "day"}
    )
    f1 = next(x for x in store.get_extraction(aid).forces if x.id == f0.id)
    assert (f1.status, f1.as_of["value"], f1.origin) == ("withdrawn", "2019-12-01", "manual")
    store.revert(up)
    assert next(x for x in store.get_extraction(aid).forces if x.id == f0.id).status == f0.status
    store.delete_force(aid, f0.id)
    assert f0.id not in {x.id for x in store.get_extraction(aid).forces}


def test_update_article_reresolves_automatic_times(empty_store, monkeypatch):
    def fake(article):
        text = article.text
        i = text.index("أمس")
        day = article.published or None
        import datetime as dt

        val = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat() if day else None
        j = text.index("اليوم")
        return Extraction(
            article,
            times=[
                TimeExpr("t1", i, i + 3, "أمس", val, "day"),
                TimeExpr("t2", j, j + 5, "اليوم", day, "day"),
            ],
            forces=[
                Force(
                    "f1",
                    "US",
                    "present",
                    {"start": 0, "end": len(text)},
                    as_of={"value": val, "precision": "day"},
                )
            ],
        )

    monkeypatch.setattr(core_extract, "extract", fake)
    aid = empty_store.import_text("وصلت القوات أمس وتغادر اليوم", published="2019-12-06").article_id
    t1, t2 = empty_store.get_extraction(aid).times
    empty_store.update_time(aid, t2.id, value="2019-12-07", precision="day")  # analyst's edit
    ch = empty_store.update_article(aid, published="2020-01-10", title="عنوان")
    ext = empty_store.get_extraction(aid)
    assert ext.article.published == "2020-01-10" and ext.article.title == "عنوان"
    assert [t.value for t in ext.times] == ["2020-01-09", "2019-12-07"]
    assert ext.forces[0].as_of["value"] == "2020-01-09"
    assert empty_store.search("عنوان")[0].id == aid
    empty_store.revert(ch)
    ext = empty_store.get_extraction(aid)
    assert ext.article.published == "2019-12-06" and ext.times[0].value == "2019-12-05"
    assert ext.forces[0].as_of["value"] == "2019-12-05"
    with pytest.raises(StoreError, match="not a date"):
        empty_store.update_article(aid, published="tomorrow")


# ------------------------------------------------------------------ re-extraction


def _v1(article):
    t = article.text
    return Extraction(
        article,
        entities=[
            Entity("m1", 0, 6, t[0:6], "ACTOR", "US"),
            Entity("m2", 7, 12, t[7:12], "LOCATION", "raqqa"),
            Entity("m3", 13, 17, t[13:17], "ORG", None),
        ],
        times=[TimeExpr("t1", 18, 21, t[18:21], "2019-12-05", "day")],
        events=[
            Event(
                "e1",
                "ATTACK",
                Span(0, 6, t[0:6]),
                (0, len(t)),
                actors=["US"],
                location="m2",
                time="t1",
            )
        ],
        forces=[
            Force(
                "f1",
                "US",
                "present",
                {"start": 0, "end": len(t)},
                location={"text": t[7:12], "canonical": "raqqa"},
            )
        ],
    )


def _v2(article):
    t = article.text
    return Extraction(
        article,
        entities=[
            Entity("m1", 0, 6, t[0:6], "ACTOR", "RU"),  # same key, new canonical
            Entity("m2", 7, 12, t[7:12], "LOCATION", "raqqa"),  # analyst rejected it
            Entity("m3", 22, 26, t[22:26], "WEAPON", None),  # new
        ],
        times=[TimeExpr("t1", 18, 21, t[18:21], "2019-12-04", "day")],
        events=[
            Event(
                "e1",
                "ATTACK",
                Span(0, 6, t[0:6]),
                (0, len(t)),
                actors=["RU"],
                location="m2",
                time="t1",
            )
        ],
        forces=[
            Force(
                "f1",
                "US",
                "present",
                {"start": 0, "end": len(t)},
                location={"text": t[7:12], "canonical": "raqqa"},
            )
        ],
    )


def test_reextract_keeps_corrections(empty_store, monkeypatch):
    text = "القوات الرقة حزب أمس نص قذيفة أخرى"
    monkeypatch.setattr(core_extract, "extract", _v1)
    aid = empty_store.import_text(text, published="2019-12-06").article_id
    ext = empty_store.get_extraction(aid)
    m1, m2, m3 = ext.entities
    empty_store.update_entity(aid, m3.id, type="PERSON")  # edit an auto item
    empty_store.reject_entity(aid, m2.id)  # reject an auto item
    manual = empty_store.add_entity(aid, 27, 33, "WEAPON")  # a manual item
    ev_id = ext.events[0].id
    monkeypatch.setattr(core_extract, "extract", _v2)
    rep = empty_store.reextract(aid)
    after = empty_store.get_extraction(aid)
    by_id = {e.id: e for e in after.entities}
    assert by_id[m1.id].canonical == "RU" and by_id[m1.id].origin == "auto"  # updated in place
    assert m2.id not in by_id  # rejected stays rejected
    assert by_id[m3.id].type == "PERSON" and by_id[m3.id].origin == "manual"  # edit kept
    assert manual.item_id in by_id  # manual kept
    new = [e for e in after.entities if e.id not in {m1.id, m3.id, manual.item_id}]
    assert [(e.text, e.type) for e in new] == [(text[22:26], "WEAPON")]
    assert after.times[0].value == "2019-12-04"
    assert after.events[0].id == ev_id and after.events[0].actors == ["RU"]
    assert after.events[0].location is None  # its location was rejected
    assert (rep.added, rep.kept_rejected, rep.kept_edited, rep.kept_manual) == (1, 1, 1, 1)
    assert rep.updated == 3  # m1, t1, e1
    assert store_history_has(empty_store, aid, "reextract")
    # the same extraction again changes nothing
    rep2 = empty_store.reextract(aid)
    assert (rep2.added, rep2.updated, rep2.removed) == (0, 0, 0)
    # an auto item no longer produced disappears, unless edited
    monkeypatch.setattr(core_extract, "extract", lambda a: Extraction(a))
    rep3 = empty_store.reextract(aid)
    left = {e.id for e in empty_store.get_extraction(aid).entities}
    assert left == {m3.id, manual.item_id}
    assert rep3.removed == 5  # m1, new weapon, t1, e1, f1


def store_history_has(store, aid, action):
    return any(h.action == action for h in store.history(aid))


def test_sample_reextract_with_real_extractor_is_stable(tmp_path):
    s = open_store(tmp_path / "r.db")
    aid = _aid(s)
    rep = s.reextract(aid)
    rep2 = s.reextract(aid)
    assert (rep2.added, rep2.updated, rep2.removed) == (0, 0, 0), rep.summary()
    s.close()


def test_corpus_views(store):
    aid = _aid(store)
    evs = store.corpus_events()
    assert len(evs) == len(GOLD_DOC["events"])
    a, ev, t = next(x for x in evs if x[1].time)
    assert a == aid and t is not None and t.id == ev.time
    assert len(store.corpus_forces([aid])) == len(GOLD_DOC["forces"])
    assert store.corpus_forces([]) == []
    assert store.sources() == ["العربي الجديد"]
    assert {k.canonical for k in store.known_entities("ACTOR")} >= {"US", "SDF", "RU"}


def test_list_articles_filters(empty_store):
    empty_store.import_text("خبر أول", source="سانا", published="2019-01-01", title="أول")
    empty_store.import_text("خبر ثان", source="رويترز", published="2020-01-01")
    assert [a.title for a in empty_store.list_articles(source="سانا")] == ["أول"]
    assert [a.first_line for a in empty_store.list_articles(date_from="2019-06-01")] == ["خبر ثان"]
    assert len(empty_store.list_articles()) == 2


BULK_KILL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from workbench.core import extract as ce
    from workbench.core.model import Article, Entity, Extraction

    def slow(article):
        time.sleep(0.02)
        ents = [Entity(f"m{i}", i, i + 1, article.text[i], "ACTOR", "US") for i in range(25)]
        return Extraction(article, ents)

    ce.extract = slow
    from workbench.store import open_store

    s = open_store(sys.argv[1], seed_sample=False)
    arts = [Article(f"مقال رقم {i} " + "عن القوات في سورية " * 20) for i in range(400)]
    s.import_many(arts, batch_size=10, workers=2)
    print("done", flush=True)
    """
)


def test_kill_9_during_bulk_import_loses_at_most_the_current_batch(tmp_path, monkeypatch):
    db = tmp_path / "b.db"
    open_store(db, seed_sample=False).close()
    script = tmp_path / "bulk.py"
    script.write_text(BULK_KILL_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(script), str(db)], env=env, start_new_session=True)
    c = sqlite3.connect(db, timeout=5)
    n = 0
    deadline = time.monotonic() + 60
    while n < 30 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
        n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    os.killpg(proc.pid, signal.SIGKILL)  # the import and its workers
    proc.wait()
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 30 <= n < 400 and n % 10 == 0  # whole batches only
    per_article = c.execute(
        "SELECT a.id, count(m.id) FROM articles a LEFT JOIN mentions m ON m.article_id = a.id"
        " GROUP BY a.id"
    ).fetchall()
    assert all(k == 25 for _, k in per_article)
    assert c.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == n
    c.close()

    def fast(article):
        ents = [Entity(f"m{i}", i, i + 1, article.text[i], "ACTOR", "US") for i in range(25)]
        return Extraction(article, ents)

    monkeypatch.setattr(core_extract, "extract", fast)
    from workbench.core.model import Article

    s = open_store(db, seed_sample=False)
    arts = [Article(f"مقال رقم {i} " + "عن القوات في سورية " * 20) for i in range(400)]
    rep = s.import_many(arts, batch_size=10, workers=2)
    assert len(rep.duplicates) == n and len(rep.imported) == 400 - n
    assert s.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 400 * 25
    assert len(s.search("القوات", limit=1000)) == 400
    s.close()


def test_import_many_bulk_path(empty_store):
    from workbench.core.model import Article

    arts = [Article(f"خبر رقم {i} عن الرقة", published=f"2019-12-0{i % 9 + 1}") for i in range(30)]
    arts += [Article(arts[0].text), Article("   "), Article("نص", published="bad")]
    rep = empty_store.import_many(arts, batch_size=7)
    assert len(rep.imported) == 30 and len(rep.duplicates) == 1 and len(rep.failed) == 2
    rep2 = empty_store.import_many(arts[:5], batch_size=7, workers=2)
    assert rep2.imported == [] and len(rep2.duplicates) == 5
    assert len(empty_store.search("الرقه", limit=100)) == 30


def test_import_many_with_workers_stores_extractions(empty_store):
    from workbench.core.model import Article

    arts = [
        Article(f"وصلت القوات الأميركية إلى الرقة {i}", published="2019-12-06") for i in range(12)
    ]
    frozen = gc.get_freeze_count()
    rep = empty_store.import_many(arts, batch_size=5, workers=2)
    assert len(rep.imported) == 12
    assert [empty_store.get_article(a).text for a in rep.imported] == [a.text for a in arts]
    assert gc.get_freeze_count() == frozen  # the objects frozen for the workers are thawed


def _dump_rows(s) -> dict[str, list[tuple]]:
    """Every table's rows in id order, timestamps left out (history: not written by imports)."""
    out = {}
    for (t,) in s.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'"
        " AND name NOT LIKE '_sqlite%' AND name != 'corrections'"
    ):
        cols = [r[1] for r in s.conn.execute(f"PRAGMA table_info({t})")]
        keep = ", ".join(f'"{c}"' for c in cols if c not in ("imported_at", "updated_at", "at"))
        order = "name" if t == "sqlite_sequence" else "rowid"
        out[t] = [tuple(r) for r in s.conn.execute(f"SELECT {keep} FROM {t} ORDER BY {order}")]
    out["fts"] = [
        tuple(r) for r in s.conn.execute("SELECT rowid, title, body FROM articles_fts ORDER BY 1")
    ]
    return out


def test_bulk_rows_equal_one_by_one_imports_with_the_real_extractor(tmp_path):
    """import_many (1 or 2 workers, any batch size) writes exactly what import_text
    writes article by article: same rows, same ids, same references."""
    from workbench.core.model import Article

    paras = [p for p in SAMPLE_TEXT.split("\n") if p.strip()]
    arts = [
        Article(
            "\n".join(paras[i % len(paras) :] + paras[: i % 3]) + f"\n({i})",
            title=f"خبر {i}" if i % 4 else None,
            published=f"2019-12-{i % 9 + 1:02d}" if i % 5 else None,
            source="سانا" if i % 2 else None,
        )
        for i in range(14)
    ]
    arts.insert(6, Article(arts[2].text))  # a duplicate
    dumps = []
    for how in ("text", (1, 4), (2, 5), (2, 500)):
        s = open_store(tmp_path / f"{len(dumps)}.db", seed_sample=True)
        s.add_entity(_aid(s), 0, 4, "PERSON", "Someone")  # ids already in use
        if how == "text":
            for a in arts:
                s.import_text(a.text, title=a.title, published=a.published, source=a.source)
        else:
            rep = s.import_many(arts, batch_size=how[1], workers=how[0])
            assert len(rep.imported) == 14 and len(rep.duplicates) == 1
        dumps.append(_dump_rows(s))
        s.close()
    assert sum(len(dumps[0][t]) for t in ("mentions", "times", "events", "forces")) > 100
    assert dumps[0]["event_roles"] and dumps[0]["entities"]
    for d in dumps[1:]:
        assert d == dumps[0]
    # and the references point at the items the extractor meant, in the same article
    s = open_store(tmp_path / "3.db")
    for aid in s.article_ids()[2:]:
        a = s.get_article(aid)
        ext = core_extract.extract(Article(a.text, a.title, a.published, a.source, a.url))
        ents, times = {e.id: e for e in ext.entities}, {t.id: t for t in ext.times}
        evs = s.conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY id", (aid,))
        ev_ids = {}
        for row, ev in zip(evs.fetchall(), ext.events, strict=True):
            ev_ids[ev.id] = f"e{row['id']}"
            assert row["trigger_start"] == ev.trigger.start
            for col, table, ref, items in (
                ("location_id", "mentions", ev.location, ents),
                ("time_id", "times", ev.time, times),
            ):
                if ref is None:
                    assert row[col] is None
                    continue
                it = s.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row[col],)).fetchone()
                assert (it["article_id"], it["start"], it["end"]) == (
                    aid,
                    items[ref].start,
                    items[ref].end,
                )
            roles = s.conn.execute(
                "SELECT role, value FROM event_roles WHERE event_id = ? ORDER BY position",
                (row["id"],),
            ).fetchall()
            want = [("actor", x) for x in ev.actors] + [("target", x) for x in ev.targets]
            want += [("weapon", ents[x]) for x in ev.weapons] + [
                ("quantity", ents[x]) for x in ev.quantities
            ]
            assert len(roles) == len(want)
            for (role, value), (wrole, w) in zip(roles, want, strict=True):
                assert role == wrole
                if isinstance(w, str):
                    assert value == w
                else:
                    m = s.conn.execute(
                        "SELECT article_id, start FROM mentions WHERE id = ?", (int(value[1:]),)
                    ).fetchone()
                    assert tuple(m) == (aid, w.start)
        forces = s.conn.execute(
            "SELECT events FROM forces WHERE article_id = ? ORDER BY id", (aid,)
        )
        for row, f in zip(forces.fetchall(), ext.forces, strict=True):
            assert json.loads(row["events"]) == [ev_ids[x] for x in f.events]
    s.close()


def test_a_batch_that_changes_nothing_reverts_to_nothing(empty_store):
    ch = empty_store.merge_alias("NOBODY", "US", "ACTOR")
    assert ch.parts == [] and ch.leaves() == []
    undo = empty_store.revert(ch)
    assert undo.leaves() == []
    assert [h.action for h in empty_store.history()][:2] == ["revert", "merge_alias"]


def test_place_records_get_coordinates_and_tolerate_no_gazetteer(tmp_path, seeded, monkeypatch):
    from types import SimpleNamespace

    from workbench.store import geo

    fake = SimpleNamespace(lat=34.9, lon=40.6, country="SY", admin1="07", kind="oilfield")
    monkeypatch.setattr(geo, "place", lambda c: fake if c == "al-omar-oilfield" else None)
    s = open_store(tmp_path / "g.db")
    row = s.conn.execute(
        "SELECT lat, lon, geo_precision, country FROM entities WHERE canonical = 'al-omar-oilfield'"
    ).fetchone()
    assert tuple(row) == (34.9, 40.6, 2, "SY")
    actor = s.conn.execute(
        "SELECT name, lat FROM entities WHERE type = 'ACTOR' AND canonical = 'SDF'"
    ).fetchone()
    assert actor["name"] and actor["lat"] is None
    s.close()
    monkeypatch.undo()
    geo.place.cache_clear()
    monkeypatch.setitem(sys.modules, "workbench.core.gazetteer", None)  # import fails
    assert geo.place("al-omar-oilfield") is None
    geo.place.cache_clear()


def test_reextract_does_not_duplicate_a_manual_item(empty_store, monkeypatch):
    text = "القوات الرقة حزب أمس نص قذيفة أخرى"
    monkeypatch.setattr(core_extract, "extract", lambda a: Extraction(a))
    aid = empty_store.import_text(text, published="2019-12-06").article_id
    man = empty_store.add_entity(aid, 7, 12, "LOCATION", "raqqa")
    monkeypatch.setattr(core_extract, "extract", _v1)
    rep = empty_store.reextract(aid)
    ext = empty_store.get_extraction(aid)
    assert [e.text for e in ext.entities].count("الرقة") == 1
    assert ext.events[0].location == man.item_id  # the new event points at the analyst's item
    assert rep.kept_manual == 1 and rep.added == 5


def test_update_entity_can_unlink_canonical(store):
    aid = _aid(store)
    ent = next(e for e in store.get_extraction(aid).entities if e.canonical)
    store.update_entity(aid, ent.id, canonical=None)
    assert next(e for e in store.get_extraction(aid).entities if e.id == ent.id).canonical is None
    store.update_entity(aid, ent.id, type="ORG")  # canonical not given: unchanged (still None)
    got = next(e for e in store.get_extraction(aid).entities if e.id == ent.id)
    assert (got.type, got.canonical) == ("ORG", None)


def test_an_older_database_is_migrated_in_place(tmp_path):
    from sqlite_utils import Database

    from workbench.store import schema

    p = tmp_path / "old.db"
    db = Database(p)
    schema.migrations.apply(db, stop_before="0002_filter_index")
    db.execute(
        "INSERT INTO articles (title, text, sha256, chars, imported_at) VALUES ('t', 'نص', 'x', 2, 'now')"
    )
    db.conn.commit()
    db.close()
    s = open_store(p)
    names = [r[0] for r in s.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert names == schema.KNOWN and len(names) >= 2
    idx = {r[1] for r in s.conn.execute("PRAGMA index_list(articles)")}
    assert "articles_source_published" in idx
    assert [a.title for a in s.list_articles()] == ["t"]  # kept, and not seeded (not new)
    s.close()


def test_sqlite_read_only_errors_are_reported_as_read_only(store):
    store.conn.execute("PRAGMA query_only = ON")  # what SQLite says for a read-only file
    with pytest.raises(StoreError, match="read-only"):
        store.add_entity(_aid(store), 0, 5, "ORG")
    assert store.list_articles()


def test_rejected_weapon_and_event_drop_out_of_references(store):
    aid = _aid(store)
    ext = store.get_extraction(aid)
    ev = next(e for e in ext.events if e.weapons)
    store.reject_entity(aid, ev.weapons[0])
    after = next(e for e in store.get_extraction(aid).events if e.id == ev.id)
    assert after.weapons == ev.weapons[1:]
    f = next(x for x in ext.forces if x.events)
    store.delete_event(aid, f.events[0])
    f2 = next(x for x in store.get_extraction(aid).forces if x.id == f.id)
    assert f.events[0] not in f2.events
    corpus = dict((x.id, x) for _, x in store.corpus_forces())
    assert corpus[f.id].events == f2.events


def test_lone_surrogates_are_refused_not_a_crash(empty_store, tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text(
        '{"text": "نص \\ud800 مكسور"}\n{"text": "نص سليم", "title": "\\udfff"}\n{"text": "نص جيد"}\n'
    )
    rep = empty_store.import_paths([f])
    assert len(rep.imported) == 1
    assert [r for _, r in rep.failed] == [
        "the text holds invalid characters (lone surrogates)",
        "the title holds invalid characters (lone surrogates)",
    ]


def test_folder_walk_skips_fifos_and_survives_parser_errors(empty_store, tmp_path, monkeypatch):
    from workbench.store import importer

    d = tmp_path / "w"
    d.mkdir()
    os.mkfifo(d / "pipe.txt")
    (d / "ok.txt").write_text("نص عن درعا", encoding="utf-8")
    (d / "weird.html").write_text("<p>نص</p>", encoding="utf-8")
    real = importer.html_to_text

    def broken(html):
        raise AssertionError("parser bug")

    monkeypatch.setattr(importer, "html_to_text", broken)
    rep = empty_store.import_paths([d])
    assert len(rep.imported) == 1
    assert rep.failed == [(str(d / "weird.html"), "cannot read (AssertionError: parser bug)")]
    monkeypatch.setattr(importer, "html_to_text", real)
