"""The local store: one SQLite file (WAL, foreign keys, busy timeout) over sqlite-utils.

Every write runs in ONE transaction (``BEGIN IMMEDIATE``) together with its
rows in the append-only ``corrections`` history. Items (mentions, times,
events, forces) are never physically deleted by the analyst: a rejection sets
``rejected = 1`` and leaves a tombstone, so re-extraction does not bring a
rejected automatic item back.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from sqlite_utils import Database

import workbench
from workbench.core import extract as core_extract
from workbench.core.extract import BadDate, parse_published
from workbench.core.model import (
    ENTITY_TYPES,
    EVENT_TYPES,
    FORCE_STATUSES,
    MODALITIES,
    PRECISIONS,
    Article,
    Entity,
    Event,
    Extraction,
    Force,
    Span,
    TimeExpr,
)
from workbench.core.text import clean_newlines, norm, normalize, sentences, snap_span
from workbench.store import schema
from workbench.store.records import (
    ArticleRecord,
    ArticleSummary,
    Change,
    HistoryRow,
    ImportReport,
    ImportResult,
    KnownEntity,
    ReextractReport,
    SearchHit,
    StoreError,
)
from workbench.store.search import QueryError, compile_query, index_text, snippet

__all__ = ["Store", "open_store", "default_db_path", "MAX_ARTICLE_CHARS"]

#: Largest article text accepted (characters). A news article is ~2-20 thousand
#: characters; anything beyond this is a dump, not an article, and is refused.
MAX_ARTICLE_CHARS = 10_000_000

SAMPLE_META = {"published": "2019-12-06", "source": "العربي الجديد"}
_PREFIX = {"mentions": "m", "times": "t", "events": "e", "forces": "f", "articles": "a"}
_KEEP: Any = object()


def default_db_path() -> Path:
    """``$WORKBENCH_DB`` if set, else ``<user data dir>/workbench/workbench.db`` (platformdirs)."""
    env = os.environ.get("WORKBENCH_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("workbench", appauthor=False)) / "workbench.db"


def sample_path() -> Path:
    return (
        Path(workbench.__file__).resolve().parent.parent
        / "resources"
        / "samples"
        / "omar-oilfield.txt"
    )


def open_store(
    path: str | os.PathLike[str] | None = None,
    *,
    seed_sample: bool = True,
    busy_timeout: float = 5.0,
) -> Store:
    """Open (creating and migrating if needed) the database at ``path``."""
    return Store(Path(path) if path is not None else default_db_path(), seed_sample, busy_timeout)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers)
        return os.environ.get("USER") or "unknown"


def extractor_version() -> str:
    return str(getattr(core_extract, "EXTRACTOR_VERSION", None) or workbench.__version__)


def translate_error(exc: BaseException, path: Path | str | None = None) -> StoreError:
    """Turn an sqlite3 error into a one-line StoreError."""
    msg = str(exc)
    low = msg.lower()
    where = f"{path}: " if path else ""
    if "locked" in low or "busy" in low:
        return StoreError(
            f"{where}database is locked by another program (try again when it is done)"
        )
    if "not a database" in low or "malformed" in low or "disk image" in low:
        return StoreError(f"{where}not a workbench database (not SQLite, or damaged): {msg}")
    if "readonly" in low or "read-only" in low:
        return StoreError(f"{where}the database is read-only (cannot write the file or its folder)")
    if "unable to open" in low:
        return StoreError(f"{where}cannot open the database file ({msg})")
    return StoreError(f"{where}database error: {msg}")


def _iid(table: str, rowid: int) -> str:
    return f"{_PREFIX[table]}{rowid}"


def _parse_iid(item_id: str | int, prefix: str) -> int:
    if isinstance(item_id, int):
        return item_id
    s = str(item_id)
    if s.startswith(prefix) and s[1:].isdigit():
        return int(s[1:])
    if s.isdigit():
        return int(s)
    raise StoreError(f"not a {prefix}-item id: {item_id!r}")


# json.dumps(v, ensure_ascii=False) builds a new encoder per call; same output
_json_encode = json.JSONEncoder(ensure_ascii=False).encode


def _jd(v: Any) -> str | None:
    return None if v is None else _json_encode(v)


def _jl(s: str | None) -> Any:
    return None if s is None else json.loads(s)


# ------------------------------------------------------------------ item <-> row


_ENT_COLS = ("start", "end", "text", "type", "canonical", "confidence", "value", "approx", "unit")
_TIME_COLS = (
    "start", "end", "text", "value", "precision", "anchor", "part", "relation", "relative",
)  # fmt: skip


def _ent_vals(e: Entity) -> tuple[Any, ...]:
    """The values of ``_ENT_COLS`` for ``e`` (one source for every write path)."""
    return (
        e.start, e.end, e.text, e.type, e.canonical, e.confidence,
        _jd(e.value), None if e.approx is None else int(bool(e.approx)), e.unit,
    )  # fmt: skip


def _ent_cols(e: Entity) -> dict[str, Any]:
    return dict(zip(_ENT_COLS, _ent_vals(e), strict=True))


def _time_vals(t: TimeExpr) -> tuple[Any, ...]:
    return (
        t.start, t.end, t.text, t.value, t.precision, t.anchor, t.part, t.relation,
        _jd(t.relative),
    )  # fmt: skip


def _time_cols(t: TimeExpr) -> dict[str, Any]:
    return dict(zip(_TIME_COLS, _time_vals(t), strict=True))


# events without time_id and location_id, forces without events: the references
_EVENT_COLS = (
    "type", "trigger_start", "trigger_end", "trigger_text", "sentence_start", "sentence_end",
    "modality", "attribution", "confidence",
)  # fmt: skip
_FORCE_COLS = (
    "actor", "status", "strength", "assets", "location", "location_canonical", "as_of",
    "as_of_value", "source", "evidence_start", "evidence_end",
)  # fmt: skip


def _event_vals(ev: Event) -> tuple[Any, ...]:
    """The values of ``_EVENT_COLS`` for ``ev``."""
    return (
        ev.type, ev.trigger.start, ev.trigger.end, ev.trigger.text, int(ev.sentence[0]),
        int(ev.sentence[1]), ev.modality or "asserted", ev.attribution, ev.confidence,
    )  # fmt: skip


def _event_cols(ev: Event, mmap: dict[str, int], tmap: dict[str, int]) -> dict[str, Any]:
    cols = dict(zip(_EVENT_COLS, _event_vals(ev), strict=True))
    cols["time_id"] = tmap.get(ev.time) if ev.time else None
    cols["location_id"] = mmap.get(ev.location) if ev.location else None
    return cols


def _event_role_refs(ev: Event, mmap: dict[str, int]) -> list[tuple[str, Any, int | None]]:
    """(role, value, None) for actors and targets (canonical ids), (role, None, ``mmap``
    value) for weapons and quantities (their mentions)."""
    roles: list[tuple[str, Any, int | None]] = [("actor", a, None) for a in ev.actors or []]
    roles += [("target", a, None) for a in ev.targets or []]
    for role, ids in (("weapon", ev.weapons), ("quantity", ev.quantities)):
        for x in ids or []:
            if x in mmap:
                roles.append((role, None, mmap[x]))
    return roles


def _event_roles(ev: Event, mmap: dict[str, int]) -> list[tuple[str, str]]:
    return [(r, v if m is None else f"m{m}") for r, v, m in _event_role_refs(ev, mmap)]


def _force_vals(f: Force) -> tuple[Any, ...]:
    """The values of ``_FORCE_COLS`` for ``f``."""
    loc = f.location or None
    as_of = f.as_of or None
    ev = f.evidence or {}
    return (
        f.actor, f.status, _jd(f.strength), f.assets, _jd(loc), (loc or {}).get("canonical"),
        _jd(as_of), (as_of or {}).get("value"), f.source, int(ev.get("start", 0)),
        int(ev.get("end", 0)),
    )  # fmt: skip


def _force_events(f: Force, emap: dict[str, int]) -> list[int]:
    return [emap[x] for x in f.events or [] if x in emap]


def _events_json(event_ids: Iterable[int]) -> str | None:
    return _jd([f"e{i}" for i in event_ids])


def _force_cols(f: Force, emap: dict[str, int]) -> dict[str, Any]:
    cols = dict(zip(_FORCE_COLS, _force_vals(f), strict=True))
    cols["events"] = _events_json(_force_events(f, emap))
    return cols


def _key_ent(e: Entity) -> str:
    return f"{e.type}|{e.start}|{e.end}"


def _key_time(t: TimeExpr) -> str:
    return f"{t.start}|{t.end}"


def _key_event(ev: Event) -> str:
    return f"{ev.type}|{ev.trigger.start}"


def _key_force(f: Force) -> str:
    loc = f.location or {}
    where = loc.get("canonical") or norm(loc.get("text") or "")
    return f"{f.actor}|{f.status}|{(f.evidence or {}).get('start')}|{where}"


def _row_key(table: str, r: sqlite3.Row) -> str:
    """The auto key an item row would have (to match manual items with new auto ones)."""
    if table == "mentions":
        return f"{r['type']}|{r['start']}|{r['end']}"
    if table == "times":
        return f"{r['start']}|{r['end']}"
    if table == "events":
        return f"{r['type']}|{r['trigger_start']}"
    loc = _jl(r["location"]) or {}
    where = loc.get("canonical") or norm(loc.get("text") or "")
    return f"{r['actor']}|{r['status']}|{r['evidence_start']}|{where}"


def _uniq_keys(keys: Iterable[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for k in keys:
        n = seen.get(k, 0)
        seen[k] = n + 1
        out.append(k if n == 0 else f"{k}#{n + 1}")
    return out


def _origin(row: sqlite3.Row | dict[str, Any]) -> str:
    return "manual" if row["origin"] == "manual" or row["edited"] else "auto"


def _entity_records(ents: Iterable[Entity]) -> list[tuple[Any, ...]]:
    """Rows of the canonical entity records ``ents`` name (see ``_note_entities``)."""
    seen = {(e.type, e.canonical): e.text for e in ents if e.canonical}
    if not seen:
        return []
    from workbench.store.geo import geo_precision, place

    rows = []
    for (typ, can), name in seen.items():
        lat = lon = country = admin1 = kind = prec = None
        if typ == "LOCATION":
            p = place(can)
            if p is not None:
                lat, lon = getattr(p, "lat", None), getattr(p, "lon", None)
                country, admin1 = getattr(p, "country", None), getattr(p, "admin1", None)
                kind = getattr(p, "kind", None)
                prec = geo_precision(p)
        rows.append((typ, can, name, lat, lon, prec, country, admin1, kind))
    return rows


def _sql_insert(table: str, cols: Sequence[str], auto: bool = False) -> str:
    """INSERT of ``cols`` (parameters), plus ``origin = 'auto'`` for extracted items."""
    names = ", ".join(f'"{c}"' for c in ((*cols, "origin") if auto else cols))
    marks = ", ".join("?" * len(cols)) + (", 'auto'" if auto else "")
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


_ITEM_TAIL = ("auto_key", "updated_at")
_SQL_ARTICLE = _sql_insert("articles", (
    "id", "title", "source", "url", "published", "text", "sha256", "chars", "imported_at",
    "extractor_version", "origin_path",
))  # fmt: skip
_SQL_FTS = "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)"
_SQL_MENTION = _sql_insert("mentions", ("id", "article_id", *_ENT_COLS, *_ITEM_TAIL), True)
_SQL_TIME = _sql_insert("times", ("id", "article_id", *_TIME_COLS, *_ITEM_TAIL), True)
_SQL_EVENT = _sql_insert(
    "events", ("id", "article_id", "time_id", "location_id", *_EVENT_COLS, *_ITEM_TAIL), True
)
_SQL_ROLE = "INSERT INTO event_roles (event_id, role, value, position) VALUES (?, ?, ?, ?)"
_SQL_FORCE = _sql_insert(
    "forces", ("article_id", *_FORCE_COLS, "auto_key", "events", "updated_at"), True
)
_SQL_ENTITY = (
    "INSERT OR IGNORE INTO entities (type, canonical, name, lat, lon, geo_precision,"
    " country, admin1, kind) VALUES (?,?,?,?,?,?,?,?,?)"
)


class Prepared(NamedTuple):
    """One article's index text and extraction as plain rows, ready to insert.

    Plain tuples of str/int/float/None (cheap to pickle: the bulk import builds
    them in its worker processes). References between items are indexes into
    this article's lists; :meth:`Store._insert_prepared` turns them into ids.
    """

    fts_title: str
    fts_body: str
    mentions: list[tuple[Any, ...]]  # (*_ENT_COLS values, auto_key)
    times: list[tuple[Any, ...]]  # (*_TIME_COLS values, auto_key)
    # (time index or None, location mention index or None, *_EVENT_COLS values, auto_key)
    events: list[tuple[Any, ...]]
    # (event index, role, value or None, mention index or None, position)
    roles: list[tuple[Any, ...]]
    forces: list[tuple[Any, ...]]  # (event indexes, *_FORCE_COLS values, auto_key)
    entities: list[tuple[Any, ...]]  # _entity_records


def prepare(art: Article, ext: Extraction) -> Prepared:
    """The rows :meth:`Store._insert_prepared` writes for ``art`` and its fresh ``ext``."""
    ents, times, events = ext.entities, ext.times, ext.events
    mrel = {e.id: i for i, e in enumerate(ents)}
    trel = {t.id: i for i, t in enumerate(times)}
    erel = {ev.id: i for i, ev in enumerate(events)}
    roles = []
    for j, ev in enumerate(events):
        for i, (r, v, m) in enumerate(_event_role_refs(ev, mrel)):
            roles.append((j, r, v, m, i))
    return Prepared(
        index_text(art.title or ""),
        index_text(art.text),
        [(*_ent_vals(e), k) for e, k in zip(ents, _uniq_keys(map(_key_ent, ents)), strict=True)],
        [
            (*_time_vals(t), k)
            for t, k in zip(times, _uniq_keys(map(_key_time, times)), strict=True)
        ],
        [
            (
                trel.get(ev.time) if ev.time else None,
                mrel.get(ev.location) if ev.location else None,
                *_event_vals(ev),
                k,
            )
            for ev, k in zip(events, _uniq_keys(map(_key_event, events)), strict=True)
        ],
        roles,
        [
            (_force_events(f, erel), *_force_vals(f), k)
            for f, k in zip(ext.forces, _uniq_keys(map(_key_force, ext.forces)), strict=True)
        ],
        _entity_records(ents),
    )


# ------------------------------------------------------------------ the store


class Store:
    """One open database. Not shared across threads: open one Store per thread."""

    def __init__(self, path: Path, seed_sample: bool = True, busy_timeout: float = 5.0):
        self.path = Path(path).expanduser()
        self.busy_timeout = busy_timeout
        self._user = _user()
        self.conn = self._connect()
        self.db = Database(self.conn, execute_plugins=False)
        created = self._migrate()
        self.created = created  # this open made the database (the app seeds it after painting)
        if created and seed_sample:
            self.seed_sample()

    def seed_sample(self) -> int | None:
        """Import the demo article (``resources/samples``) and return its id.

        None when the file is missing or the database already holds that text."""
        sp = sample_path()
        if not sp.exists():
            return None
        from workbench.core.text import decode_bytes

        res = self.import_text(decode_bytes(sp.read_bytes()), **SAMPLE_META, origin_path=str(sp))
        return None if res.duplicate else res.article_id

    # ---------------------------------------------------------------- opening

    def _connect(self) -> sqlite3.Connection:
        p = self.path
        if p.is_dir():
            raise StoreError(f"{p}: is a folder, not a database file")
        exists = p.exists() and p.stat().st_size > 0
        folder = p.parent
        if not folder.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"{p}: cannot create the folder {folder} ({exc.strerror})"
                ) from exc
        if not folder.is_dir():
            raise StoreError(f"{p}: {folder} is not a folder")
        if not os.access(folder, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
            raise StoreError(
                f"{p}: the database is read-only (cannot write the file or its folder; "
                "the workbench needs both)"
            )
        if exists:
            try:
                with open(p, "rb") as fh:
                    header = fh.read(16)
            except OSError as exc:
                raise StoreError(f"{p}: cannot read ({exc.strerror})") from exc
            if header != b"SQLite format 3\x00":
                raise StoreError(f"{p}: not a workbench database (not an SQLite file)")
        try:
            conn = sqlite3.connect(
                str(p), timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise translate_error(exc, p) from exc
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{p}: cannot switch the database to WAL mode ({mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            conn.close()
            raise translate_error(exc, p) from exc
        except StoreError:
            conn.close()
            raise
        return conn

    def _migrate(self) -> bool:
        """Apply pending migrations; return True when the database was new."""
        try:
            tables = set(self.db.table_names())
            applied = schema.applied_names(self.db) if "_sqlite_migrations" in tables else []
            newer = [n for n in applied if n not in schema.KNOWN]
            if newer:
                raise StoreError(
                    f"{self.path}: the database was written by a newer workbench "
                    f"(schema {', '.join(newer)}; this program knows up to {schema.KNOWN[-1]}). "
                    "Update the workbench to open it."
                )
            user_tables = {t for t in tables if not t.startswith(("_sqlite", "sqlite_"))}
            if not applied and user_tables:
                raise StoreError(
                    f"{self.path}: an SQLite database of another program, not a workbench database"
                )
            created = not applied
            if len(applied) < len(schema.KNOWN):
                schema.migrations.apply(self.db)
            return created
        except StoreError:
            self.conn.close()
            raise
        except sqlite3.Error as exc:
            self.conn.close()
            raise translate_error(exc, self.path) from exc

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- plumbing

    @contextmanager
    def _tx(self) -> Iterator[None]:
        c = self.conn
        if c.in_transaction:
            sp = f"sp_{uuid.uuid4().hex}"
            c.execute(f"SAVEPOINT {sp}")
            try:
                yield
            except BaseException:
                if c.in_transaction:
                    c.execute(f"ROLLBACK TO SAVEPOINT {sp}")
                    c.execute(f"RELEASE SAVEPOINT {sp}")
                raise
            else:
                c.execute(f"RELEASE SAVEPOINT {sp}")
            return
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc
        try:
            yield
            c.execute("COMMIT")
        except BaseException as exc:
            if c.in_transaction:
                try:
                    c.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            if isinstance(exc, sqlite3.Error):
                raise translate_error(exc, self.path) from exc
            raise

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc

    def _qt(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Like ``_q`` but plain tuples (fast path for corpus-wide reads)."""
        try:
            cur = self.conn.cursor()
            cur.row_factory = None
            return cur.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc

    def _article_row(self, article_id: int) -> sqlite3.Row:
        rows = self._q("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise StoreError(f"no article {article_id}")
        return rows[0]

    def _snap(self, table: str, rowid: int) -> dict[str, Any] | None:
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (rowid,)).fetchone()
        if row is None:
            return None
        d = dict(row)
        if table == "events":
            d["roles"] = [
                [r["role"], r["value"]]
                for r in self.conn.execute(
                    "SELECT role, value FROM event_roles WHERE event_id = ? ORDER BY position, id",
                    (rowid,),
                )
            ]
        if table == "articles":
            d.pop("text", None)  # never changed by an operation; keep history rows small
        return d

    def _put(self, table: str, rowid: int, snap: dict[str, Any] | None) -> None:
        """Make row ``rowid`` of ``table`` equal ``snap`` (None: no such row)."""
        c = self.conn
        if snap is None:
            c.execute(f"DELETE FROM {table} WHERE id = ?", (rowid,))
            return
        cols = {k: v for k, v in snap.items() if k not in ("roles", "id")}
        exists = c.execute(f"SELECT 1 FROM {table} WHERE id = ?", (rowid,)).fetchone()
        if exists:
            sets = ", ".join(f'"{k}" = ?' for k in cols)
            c.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*cols.values(), rowid))
        else:
            names = ", ".join(f'"{k}"' for k in ("id", *cols))
            marks = ", ".join("?" for _ in range(len(cols) + 1))
            c.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", (rowid, *cols.values()))
        if table == "events":
            c.execute("DELETE FROM event_roles WHERE event_id = ?", (rowid,))
            c.executemany(
                "INSERT INTO event_roles (event_id, role, value, position) VALUES (?, ?, ?, ?)",
                [(rowid, r, v, i) for i, (r, v) in enumerate(snap.get("roles") or [])],
            )
        if table == "articles":
            self._index_article(rowid)

    def _index_article(self, article_id: int) -> None:
        row = self.conn.execute(
            "SELECT title, text FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        self.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        if row is not None:
            self.conn.execute(
                "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                (article_id, index_text(row["title"] or ""), index_text(row["text"])),
            )

    def _leaf(self, action: str, table: str, rowid: int, before: Any, desc: str) -> Change:
        after = self._snap(table, rowid)
        aid = (after or before or {}).get("article_id")
        if table == "articles":
            aid = rowid
        return Change(action, aid, table, _iid(table, rowid), before, after, desc)

    def _insert(
        self,
        table: str,
        cols: dict[str, Any],
        desc: str,
        roles: list[tuple[str, str]] | None = None,
    ) -> Change:
        cols = {**cols, "updated_at": _now()}
        names = ", ".join(f'"{k}"' for k in cols)
        marks = ", ".join("?" for _ in cols)
        cur = self.conn.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks})", list(cols.values())
        )
        rowid = int(cur.lastrowid or 0)
        if roles is not None:
            self._set_roles(rowid, roles)
        return self._leaf("create", table, rowid, None, desc)

    def _set_roles(self, event_id: int, roles: list[tuple[str, str]]) -> None:
        self.conn.execute("DELETE FROM event_roles WHERE event_id = ?", (event_id,))
        self.conn.executemany(
            "INSERT INTO event_roles (event_id, role, value, position) VALUES (?, ?, ?, ?)",
            [(event_id, r, v, i) for i, (r, v) in enumerate(roles)],
        )

    def _update(
        self,
        table: str,
        rowid: int,
        cols: dict[str, Any],
        desc: str,
        action: str = "update",
        roles: list[tuple[str, str]] | None = None,
    ) -> Change:
        before = self._snap(table, rowid)
        if cols:
            if table != "articles":
                cols = {**cols, "updated_at": _now()}
            sets = ", ".join(f'"{k}" = ?' for k in cols)
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*cols.values(), rowid))
        if roles is not None:
            self._set_roles(rowid, roles)
        if table == "articles":
            self._index_article(rowid)
        return self._leaf(action, table, rowid, before, desc)

    def _delete(self, table: str, rowid: int, desc: str) -> Change:
        before = self._snap(table, rowid)
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (rowid,))
        return self._leaf("delete", table, rowid, before, desc)

    def _log(self, change: Change, op_action: str | None = None) -> None:
        op_id = uuid.uuid4().hex
        now = _now()
        ver = extractor_version()
        leaves = change.leaves() or [change]
        self.conn.executemany(
            "INSERT INTO corrections (at, user, action, table_name, article_id, item_id, before,"
            " after, description, op_id, extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    now,
                    self._user,
                    op_action or leaf.action,
                    leaf.table or None,
                    leaf.article_id,
                    leaf.item_id,
                    _jd(leaf.before),
                    _jd(leaf.after),
                    change.description if len(leaves) == 1 else leaf.description,
                    op_id,
                    ver,
                )
                for leaf in leaves
            ],
        )

    def _run(
        self,
        action: str,
        article_id: int | None,
        table: str,
        description: str,
        fn: Callable[[], list[Change]],
        item_id: str | None = None,
    ) -> Change:
        with self._tx():
            parts = fn()
            if len(parts) == 1 and not parts[0].parts:
                change = parts[0]
                change.action = action
                change.description = description
            else:
                change = Change(action, article_id, table, item_id, None, None, description, parts)
            self._log(change)
        return change

    def _item(self, table: str, article_id: int, item_id: str | int) -> sqlite3.Row:
        rowid = _parse_iid(item_id, _PREFIX[table])
        row = self.conn.execute(
            f"SELECT * FROM {table} WHERE id = ? AND article_id = ?", (rowid, article_id)
        ).fetchone()
        if row is None:
            raise StoreError(f"article {article_id} has no item {item_id}")
        return row

    def _edit_flags(self, row: sqlite3.Row) -> dict[str, Any]:
        return {"edited": 1} if row["origin"] == "auto" else {}

    # ---------------------------------------------------------------- reading

    def get_article(self, article_id: int) -> ArticleRecord:
        r = self._article_row(article_id)
        return ArticleRecord(
            r["id"],
            r["title"],
            r["source"],
            r["url"],
            r["published"],
            r["text"],
            r["sha256"],
            r["imported_at"],
            r["extractor_version"],
        )

    def article_ids(self) -> list[int]:
        return [r[0] for r in self._q("SELECT id FROM articles ORDER BY id")]

    def _filters(
        self, source: str | None, date_from: str | None, date_to: str | None, alias: str = "a"
    ) -> tuple[str, list[Any]]:
        where, params = [], []
        if source:
            where.append(f"{alias}.source = ?")
            params.append(source)
        for op, val in ((">=", date_from), ("<=", date_to)):
            if val:
                try:
                    d = parse_published(str(val))
                except BadDate as exc:
                    raise StoreError(str(exc)) from exc
                where.append(f"{alias}.published {op} ?")
                params.append(d.isoformat() if d else None)
        return (" AND ".join(where), params)

    def list_articles(
        self, source: str | None = None, date_from: str | None = None, date_to: str | None = None
    ) -> list[ArticleSummary]:
        where, params = self._filters(source, date_from, date_to)
        sql = (
            "SELECT a.id, a.title, a.source, a.published, a.imported_at, substr(a.text, 1, 300) AS head,"
            " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.rejected = 0) AS ne,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id AND e.rejected = 0) AS nv,"
            " (SELECT count(*) FROM forces f WHERE f.article_id = a.id AND f.rejected = 0) AS nf"
            " FROM articles a"
            + (f" WHERE {where}" if where else "")
            + " ORDER BY a.published DESC, a.id"
        )
        out = []
        for r in self._q(sql, params):
            first = next((ln.strip() for ln in r["head"].split("\n") if ln.strip()), "")
            out.append(
                ArticleSummary(
                    r["id"], r["title"], r["source"], r["published"], first[:200],
                    r["ne"], r["nv"], r["nf"], r["imported_at"],
                )
            )  # fmt: skip
        return out

    def sources(self) -> list[str]:
        return [
            r[0]
            for r in self._q(
                "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL AND source != ''"
                " ORDER BY source"
            )
        ]

    def search(
        self,
        query: str,
        source: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 100,
    ) -> list[SearchHit]:
        try:
            q = compile_query(query)
        except QueryError as exc:
            raise StoreError(f"search: {exc}") from exc
        where, params = self._filters(source, date_from, date_to)
        sql = (
            # rank and limit inside FTS first (touching only small columns for the
            # filters), then read the full text of the few hits for their snippets
            "SELECT a.id, a.title, a.source, a.published, a.text, h.rank FROM ("
            " SELECT articles_fts.rowid AS id, bm25(articles_fts, 2.0, 1.0) AS rank"
            " FROM articles_fts WHERE articles_fts MATCH ?"
            + (
                f" AND +articles_fts.rowid IN (SELECT a.id FROM articles a WHERE {where})"
                if where
                else ""
            )
            + " ORDER BY rank LIMIT ?) h JOIN articles a ON a.id = h.id ORDER BY h.rank, a.id"
        )
        try:
            rows = self.conn.execute(sql, [q.fts, *params, int(limit)]).fetchall()
        except sqlite3.OperationalError as exc:
            msg = str(exc)
            if "fts5" in msg or "syntax" in msg or "no such column" in msg:
                raise StoreError(f"search: cannot understand {query!r} ({msg})") from exc
            raise translate_error(exc, self.path) from exc
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc
        return [
            SearchHit(
                r["id"], r["title"], r["source"], r["published"],
                snippet(r["text"], q.terms), float(r["rank"]),
            )
            for r in rows
        ]  # fmt: skip

    def reindex(self) -> int:
        """Rebuild the full-text index (after a change to the variant folder)."""
        with self._tx():
            self.conn.execute("DELETE FROM articles_fts")
            rows = self.conn.execute("SELECT id, title, text FROM articles").fetchall()
            self.conn.executemany(
                "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                [(r["id"], index_text(r["title"] or ""), index_text(r["text"])) for r in rows],
            )
        return len(rows)

    # items -----------------------------------------------------------------

    def _mention_objs(self, where: str, params: Sequence[Any]) -> list[tuple[int, Entity]]:
        out = []
        for r in self._q(
            f'SELECT * FROM mentions WHERE rejected = 0 AND {where} ORDER BY start, "end", id',
            params,
        ):
            e = Entity(
                _iid("mentions", r["id"]), r["start"], r["end"], r["text"], r["type"],
                r["canonical"], _origin(r), r["confidence"], _jl(r["value"]),
                None if r["approx"] is None else bool(r["approx"]), r["unit"],
            )  # fmt: skip
            out.append((r["article_id"], e))
        return out

    def _time_objs(self, where: str, params: Sequence[Any]) -> list[tuple[int, TimeExpr]]:
        out = []
        for r in self._q(
            f"SELECT * FROM times WHERE rejected = 0 AND {where} ORDER BY start, id", params
        ):
            t = TimeExpr(
                _iid("times", r["id"]), r["start"], r["end"], r["text"], r["value"],
                r["precision"], r["anchor"] or "published", _origin(r), r["part"],
                r["relation"], _jl(r["relative"]),
            )  # fmt: skip
            out.append((r["article_id"], t))
        return out

    def _event_objs(self, where: str, params: Sequence[Any]) -> list[tuple[int, Event, int | None]]:
        """Active events matching ``where`` (on alias ``e``), dangling references dropped."""
        rows = self._qt(
            "SELECT e.id, e.article_id, e.type, e.trigger_start, e.trigger_end, e.trigger_text,"
            " e.sentence_start, e.sentence_end, e.modality, e.attribution, e.confidence,"
            " e.origin = 'manual' OR e.edited,"
            " CASE WHEN lm.rejected = 0 THEN e.location_id END,"
            " CASE WHEN tt.rejected = 0 THEN e.time_id END"
            " FROM events e LEFT JOIN mentions lm ON lm.id = e.location_id"
            " LEFT JOIN times tt ON tt.id = e.time_id"
            f" WHERE e.rejected = 0 AND {where} ORDER BY e.trigger_start, e.id",
            params,
        )
        if not rows:
            return []
        roles: dict[int, dict[str, list[str]]] = {}
        for eid, role, value in self._qt(
            "SELECT r.event_id, r.role, r.value FROM event_roles r"
            " JOIN events e ON e.id = r.event_id"
            " LEFT JOIN mentions m ON r.role IN ('weapon', 'quantity')"
            " AND m.id = CAST(substr(r.value, 2) AS INTEGER)"
            f" WHERE e.rejected = 0 AND {where}"
            " AND (r.role IN ('actor', 'target') OR m.rejected = 0)"
            " ORDER BY r.event_id, r.position, r.id",
            params,
        ):
            d = roles.get(eid)
            if d is None:
                d = roles[eid] = {"actor": [], "target": [], "weapon": [], "quantity": []}
            d[role].append(value)
        empty: dict[str, list[str]] = {"actor": [], "target": [], "weapon": [], "quantity": []}
        out = []
        for eid, aid, typ, ts, te, ttext, ss, se, mod, attr, conf, manual, loc, tid in rows:
            rl = roles.get(eid, empty)
            ev = Event(
                f"e{eid}",
                typ,
                Span(ts, te, ttext),
                (ss, se),
                mod,
                f"t{tid}" if tid is not None else None,
                list(rl["actor"]),
                list(rl["target"]),
                f"m{loc}" if loc is not None else None,
                list(rl["weapon"]),
                list(rl["quantity"]),
                attr,
                "manual" if manual else "auto",
                conf,
            )
            out.append((aid, ev, tid))
        return out

    def _force_objs(self, where: str, params: Sequence[Any]) -> list[tuple[int, Force]]:
        """Active force rows matching ``where`` (on the forces table, also valid for events)."""
        rows = self._qt(
            "SELECT id, article_id, actor, status, evidence_start, evidence_end, strength, assets,"
            " location, as_of, source, events, origin = 'manual' OR edited"
            f" FROM forces WHERE rejected = 0 AND {where} ORDER BY evidence_start, id",
            params,
        )
        if not rows:
            return []
        live = {
            f"e{x[0]}"
            for x in self._qt(f"SELECT id FROM events WHERE rejected = 0 AND {where}", params)
        }
        out = []
        loads = json.loads
        for fid, aid, actor, status, es, ee, st, assets, loc, as_of, src, evs, manual in rows:
            f = Force(
                f"f{fid}",
                actor,
                status,
                {"start": es, "end": ee},
                loads(st) if st else None,
                assets,
                loads(loc) if loc else None,
                loads(as_of) if as_of else None,
                src,
                [x for x in loads(evs) if x in live] if evs and evs != "[]" else [],
                "manual" if manual else "auto",
            )
            out.append((aid, f))
        return out

    def get_extraction(self, article_id: int) -> Extraction:
        a = self._article_row(article_id)
        art = Article(a["text"], a["title"], a["published"], a["source"], a["url"])
        w, p = "article_id = ?", (article_id,)
        return Extraction(
            art,
            [e for _, e in self._mention_objs(w, p)],
            [t for _, t in self._time_objs(w, p)],
            [e for _, e, _t in self._event_objs("e.article_id = ?", p)],
            [f for _, f in self._force_objs(w, p)],
        )

    def known_entities(self, type: str | None = None) -> list[KnownEntity]:
        sql = (
            "SELECT type, canonical, text, count(*) AS n FROM mentions WHERE rejected = 0"
            " AND canonical IS NOT NULL AND canonical != ''"
            + (" AND type = ?" if type else "")
            + " GROUP BY type, canonical, text"
        )
        agg: dict[tuple[str, str], list[Any]] = {}
        for r in self._q(sql, (type,) if type else ()):
            k = (r["type"], r["canonical"])
            cur = agg.setdefault(k, [r["text"], 0, 0])
            cur[1] += r["n"]
            if r["n"] > cur[2]:
                cur[0], cur[2] = r["text"], r["n"]
        out = [KnownEntity(c, v[0], t, v[1]) for (t, c), v in agg.items()]
        out.sort(key=lambda k: (-k.count, k.type, k.canonical))
        return out

    def _in(self, col: str, ids: Sequence[int] | None) -> tuple[str, list[Any]]:
        if ids is None:
            return "1", []
        ids = [int(i) for i in ids]
        if not ids:
            return "0", []
        return f"{col} IN ({','.join('?' * len(ids))})", ids

    def corpus_events(
        self, article_ids: Sequence[int] | None = None
    ) -> list[tuple[int, Event, TimeExpr | None]]:
        w, p = self._in("e.article_id", article_ids)
        evs = self._event_objs(w, p)
        if not evs:
            return []
        tw, tp = self._in("article_id", article_ids)
        times = {int(t.id[1:]): t for _, t in self._time_objs(tw, tp)}
        return [(aid, ev, times.get(t) if t is not None else None) for aid, ev, t in evs]

    def corpus_forces(self, article_ids: Sequence[int] | None = None) -> list[tuple[int, Force]]:
        w, p = self._in("article_id", article_ids)
        return self._force_objs(w, p)

    def corpus_entities(self, article_ids: Sequence[int] | None = None) -> list[tuple[int, Entity]]:
        w, p = self._in("article_id", article_ids)
        return self._mention_objs(w, p)

    def history(self, article_id: int | None = None, limit: int = 500) -> list[HistoryRow]:
        sql = "SELECT * FROM corrections" + (
            " WHERE article_id = ?" if article_id is not None else ""
        )
        sql += " ORDER BY id DESC LIMIT ?"
        params: list[Any] = ([article_id] if article_id is not None else []) + [int(limit)]
        return [
            HistoryRow(
                r["id"], r["at"], r["user"], r["action"], r["table_name"], r["item_id"],
                _jl(r["before"]), _jl(r["after"]), r["article_id"], r["description"],
            )
            for r in self._q(sql, params)
        ]  # fmt: skip

    # ---------------------------------------------------------------- import

    def import_text(
        self,
        text: str,
        *,
        title: str | None = None,
        source: str | None = None,
        published: str | None = None,
        url: str | None = None,
        origin_path: str | None = None,
    ) -> ImportResult:
        """Store one article and its extraction in one transaction (duplicates skipped)."""
        text = clean_newlines(text)
        if not text.strip():
            raise StoreError("the text is empty")
        for name, v in (("text", text), ("title", title), ("source", source), ("url", url)):
            try:
                (v or "").encode("utf-8")
            except UnicodeEncodeError as exc:
                raise StoreError(f"the {name} holds invalid characters (lone surrogates)") from exc
        if len(text) > MAX_ARTICLE_CHARS:
            raise StoreError(
                f"{len(text):,} characters is larger than the {MAX_ARTICLE_CHARS:,}-character"
                " limit for one article"
            )
        try:
            d = parse_published(published)
        except BadDate as exc:
            raise StoreError(str(exc)) from exc
        published = d.isoformat() if d else None
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        dup = self._q("SELECT id FROM articles WHERE sha256 = ?", (sha,))
        if dup:
            return ImportResult(dup[0][0], True)
        art = Article(text, title or None, published, source or None, url or None)
        warning = None
        try:
            ext = core_extract.extract(art)
        except Exception as exc:  # an extractor bug must not lose the article
            ext = Extraction(art)
            warning = f"extraction failed ({type(exc).__name__}: {exc}); imported without items"
        with self._tx():
            if self.conn.execute("SELECT id FROM articles WHERE sha256 = ?", (sha,)).fetchone():
                return ImportResult(
                    self._q("SELECT id FROM articles WHERE sha256 = ?", (sha,))[0][0], True
                )
            (aid,) = self._insert_prepared([(art, sha, origin_path, prepare(art, ext))])
        return ImportResult(aid, False, warning)

    def _next_id(self, table: str) -> int:
        """The id AUTOINCREMENT would give the next row of ``table``."""
        r = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        m = self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()
        return max(r[0] if r else 0, m[0] or 0) + 1

    def _insert_prepared(
        self, batch: Sequence[tuple[Article, str, str | None, Prepared]]
    ) -> list[int]:
        """Insert articles (art, sha256, origin_path, rows) with their items; return their ids.

        Runs inside the caller's transaction, whose write lock keeps the running
        id counters (read once) right: every row gets the id AUTOINCREMENT
        would give it, in the order a one-article-at-a-time insert would use.
        """
        c = self.conn
        now = _now()
        ver = extractor_version()
        aid = self._next_id("articles")
        mb, tb, eb = self._next_id("mentions"), self._next_id("times"), self._next_id("events")
        ids: list[int] = []
        arts: list[tuple[Any, ...]] = []
        fts: list[tuple[Any, ...]] = []
        ms: list[tuple[Any, ...]] = []
        ts: list[tuple[Any, ...]] = []
        evs: list[tuple[Any, ...]] = []
        roles: list[tuple[Any, ...]] = []
        fs: list[tuple[Any, ...]] = []
        ents: list[tuple[Any, ...]] = []
        for art, sha, origin_path, p in batch:
            text = art.text
            arts.append((
                aid, art.title, art.source, art.url, art.published, text, sha, len(text), now,
                ver, origin_path,
            ))  # fmt: skip
            fts.append((aid, p.fts_title, p.fts_body))
            if p.mentions:
                ms += [(mb + i, aid, *r, now) for i, r in enumerate(p.mentions)]
            if p.times:
                ts += [(tb + i, aid, *r, now) for i, r in enumerate(p.times)]
            if p.events:
                for i, (ti, li, *r) in enumerate(p.events):
                    evs.append((
                        eb + i, aid, None if ti is None else tb + ti,
                        None if li is None else mb + li, *r, now,
                    ))  # fmt: skip
                for ei, role, v, mi, pos in p.roles:
                    roles.append((eb + ei, role, v if mi is None else f"m{mb + mi}", pos))
            for rels, *r in p.forces:
                fs.append((aid, *r, _events_json([eb + x for x in rels]), now))
            if p.entities:
                ents += p.entities
            ids.append(aid)
            aid += 1
            mb += len(p.mentions)
            tb += len(p.times)
            eb += len(p.events)
        c.executemany(_SQL_ARTICLE, arts)
        c.executemany(_SQL_FTS, fts)
        c.executemany(_SQL_MENTION, ms)
        c.executemany(_SQL_TIME, ts)
        c.executemany(_SQL_EVENT, evs)
        c.executemany(_SQL_ROLE, roles)
        c.executemany(_SQL_FORCE, fs)
        c.executemany(_SQL_ENTITY, ents)
        return ids

    def _note_entities(self, ents: Iterable[Entity]) -> None:
        """Keep the canonical entity records (actors; places with coordinates)."""
        rows = _entity_records(ents)
        if rows:
            self.conn.executemany(_SQL_ENTITY, rows)

    def import_many(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int = 200,
        workers: int = 1,
    ) -> ImportReport:
        """Bulk path (benchmarks, big corpora): many articles per transaction.

        Extraction runs in ``workers`` processes when ``workers > 1``. A crash
        loses at most the current batch; re-running skips what went in.
        """
        from workbench.store.bulk import import_many

        return import_many(self, articles, batch_size=batch_size, workers=workers)

    def import_paths(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        title: str | None = None,
        source: str | None = None,
        published: str | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import files and folders; each article in its own transaction."""
        from workbench.store.importer import collect_files, read_file

        report = ImportReport()
        flags = {"title": title, "source": source, "published": published}
        files, missing = collect_files(paths)
        report.failed.extend(missing)
        total = len(files)
        for n, path in enumerate(files):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(n, total, str(path))
            try:
                docs = read_file(path)
            except StoreError as exc:
                report.failed.append((str(path), str(exc)))
                continue
            except Exception as exc:  # a parser bug on a strange file must not stop the batch
                report.failed.append((str(path), f"cannot read ({type(exc).__name__}: {exc})"))
                continue
            for doc in docs:
                if doc.error:
                    report.failed.append((doc.label, doc.error))
                    continue
                meta = {k: v for k, v in doc.meta.items() if v}
                meta.update({k: v for k, v in flags.items() if v})
                try:
                    res = self.import_text(
                        doc.text,
                        title=meta.get("title"),
                        source=meta.get("source"),
                        published=meta.get("published"),
                        url=meta.get("url"),
                        origin_path=str(path),
                    )
                except StoreError as exc:
                    if (
                        "locked" in str(exc)
                        or "read-only" in str(exc)
                        or "not a workbench" in str(exc)
                    ):
                        raise
                    report.failed.append((doc.label, str(exc)))
                    continue
                if res.duplicate:
                    report.duplicates.append(doc.label)
                    report.duplicate_ids.append(res.article_id)
                else:
                    report.imported.append(res.article_id)
                    if res.warning:
                        report.warnings.append((doc.label, res.warning))
        if progress is not None and not report.cancelled:
            progress(total, total, "")
        return report

    # ---------------------------------------------------------------- entities

    def add_entity(
        self,
        article_id: int,
        start: int,
        end: int,
        type: str,
        canonical: str | None = None,
        *,
        value: Any = None,
        approx: bool | None = None,
        unit: str | None = None,
    ) -> Change:
        text = self._article_row(article_id)["text"]
        if type not in ENTITY_TYPES:
            raise StoreError(f"unknown entity type {type!r} (one of {', '.join(ENTITY_TYPES)})")
        if not (0 <= start < end <= len(text)):
            raise StoreError(f"span {start}-{end} is outside the article (0-{len(text)})")
        s, e = snap_span(text, start, end)
        if s >= e:
            raise StoreError("the selection holds no text")
        if self.conn.execute(
            'SELECT 1 FROM mentions WHERE article_id = ? AND start = ? AND "end" = ? AND type = ?'
            " AND rejected = 0",
            (article_id, s, e, type),
        ).fetchone():
            raise StoreError(f"«{text[s:e]}» is already marked as {type}")
        cols = {
            "article_id": article_id, "start": s, "end": e, "text": text[s:e], "type": type,
            "canonical": canonical or None, "value": _jd(value),
            "approx": None if approx is None else int(approx), "unit": unit, "origin": "manual",
        }  # fmt: skip
        desc = f"add {type} «{text[s:e]}»"

        def fn() -> list[Change]:
            ch = self._insert("mentions", cols, desc)
            if canonical:
                self._note_entities([Entity("x", s, e, text[s:e], type, canonical)])
            return [ch]

        return self._run("add_entity", article_id, "mentions", desc, fn)

    def update_entity(
        self,
        article_id: int,
        entity_id: str,
        *,
        type: str | None = None,
        start: int | None = None,
        end: int | None = None,
        canonical: Any = _KEEP,
        value: Any = _KEEP,
        approx: Any = _KEEP,
        unit: Any = _KEEP,
    ) -> Change:
        row = self._item("mentions", article_id, entity_id)
        text = self._article_row(article_id)["text"]
        cols: dict[str, Any] = {}
        if type is not None:
            if type not in ENTITY_TYPES:
                raise StoreError(f"unknown entity type {type!r}")
            cols["type"] = type
        if start is not None or end is not None:
            s = row["start"] if start is None else int(start)
            e = row["end"] if end is None else int(end)
            if not (0 <= s < e <= len(text)):
                raise StoreError(f"span {s}-{e} is outside the article (0-{len(text)})")
            cols.update({"start": s, "end": e, "text": text[s:e]})
        if canonical is not _KEEP:  # None or "" unlinks
            cols["canonical"] = canonical or None
        if value is not _KEEP:
            cols["value"] = _jd(value)
        if approx is not _KEEP:
            cols["approx"] = None if approx is None else int(bool(approx))
        if unit is not _KEEP:
            cols["unit"] = unit
        cols = {k: v for k, v in cols.items() if row[k] != v}
        if not cols:
            raise StoreError("nothing to change")
        cols.update(self._edit_flags(row))
        desc = f"edit «{row['text']}»: " + ", ".join(
            f"{k}={v}" for k, v in cols.items() if k not in ("edited", "text")
        )
        iid = _iid("mentions", row["id"])

        def fn() -> list[Change]:
            ch = self._update("mentions", row["id"], cols, desc)
            if cols.get("canonical"):
                typ = cols.get("type", row["type"])
                self._note_entities(
                    [Entity("x", 0, 1, cols.get("text", row["text"]), typ, cols["canonical"])]
                )
            return [ch]

        return self._run("update_entity", article_id, "mentions", desc, fn, iid)

    def reject_entity(self, article_id: int, entity_id: str) -> Change:
        row = self._item("mentions", article_id, entity_id)
        if row["rejected"]:
            raise StoreError(f"{entity_id} is already rejected")
        desc = f"reject {row['type']} «{row['text']}»"
        return self._run(
            "reject_entity", article_id, "mentions", desc,
            lambda: [self._update("mentions", row["id"], {"rejected": 1}, desc)],
        )  # fmt: skip

    def _occurrences(self, text: str, target: str) -> list[tuple[int, int]]:
        """Original spans of whole-word occurrences of normalised ``target`` (clitics allowed)."""
        from workbench.core.text import CLITIC_PREFIXES

        nt = normalize(text)
        out = []
        pos = 0
        n = len(target)
        if not n:
            return out
        while True:
            i = nt.text.find(target, pos)
            if i < 0:
                break
            pos = i + 1
            j = nt.text[i + n : i + n + 1]
            if j and (j.isalnum() or j == "_"):
                continue
            k = i
            while k > 0 and (nt.text[k - 1].isalnum()):
                k -= 1
            prefix = nt.text[k:i]
            if prefix and prefix not in CLITIC_PREFIXES and prefix != "لـ":
                continue
            out.append(nt.span(i, i + n))
        return out

    def apply_to_all(self, article_id: int, entity_id: str, *, corpus: bool = False) -> Change:
        row = self._item("mentions", article_id, entity_id)
        target = norm(row["text"])
        aids = self.article_ids() if corpus else [article_id]
        typ, can = row["type"], row["canonical"]
        desc = f"apply {typ} {can or ''} «{row['text']}» to every occurrence" + (
            " in the corpus" if corpus else ""
        )

        def fn() -> list[Change]:
            parts: list[Change] = []
            for aid in aids:
                text = self.conn.execute(
                    "SELECT text FROM articles WHERE id = ?", (aid,)
                ).fetchone()[0]
                if target not in norm(text):
                    continue
                existing = self.conn.execute(
                    "SELECT * FROM mentions WHERE article_id = ? AND rejected = 0", (aid,)
                ).fetchall()
                for s, e in self._occurrences(text, target):
                    same = [m for m in existing if m["start"] == s and m["end"] == e]
                    if same:
                        for m in same:
                            if m["id"] == row["id"] or (m["type"] == typ and m["canonical"] == can):
                                continue
                            cols = {"type": typ, "canonical": can, **self._edit_flags(m)}
                            parts.append(
                                self._update(
                                    "mentions", m["id"], cols, f"set «{m['text']}» to {typ}"
                                )
                            )
                        continue
                    if any(m["start"] < e and s < m["end"] for m in existing):
                        continue
                    parts.append(
                        self._insert(
                            "mentions",
                            {"article_id": aid, "start": s, "end": e, "text": text[s:e],
                             "type": typ, "canonical": can, "origin": "manual"},
                            f"add {typ} «{text[s:e]}»",
                        )
                    )  # fmt: skip
            return parts

        return self._run(
            "apply_to_all", article_id, "mentions", desc, fn, _iid("mentions", row["id"])
        )

    def merge_alias(self, from_canonical: str, into_canonical: str, type: str) -> Change:
        if not from_canonical or not into_canonical or from_canonical == into_canonical:
            raise StoreError("merge needs two different canonical ids")
        desc = f"merge {type} {from_canonical} into {into_canonical}"

        def fn() -> list[Change]:
            parts = []
            for m in self.conn.execute(
                "SELECT * FROM mentions WHERE type = ? AND canonical = ? AND rejected = 0",
                (type, from_canonical),
            ).fetchall():
                cols = {"canonical": into_canonical, **self._edit_flags(m)}
                parts.append(
                    self._update("mentions", m["id"], cols, f"«{m['text']}» -> {into_canonical}")
                )
            if type == "ACTOR":
                evs = self.conn.execute(
                    "SELECT DISTINCT e.id, e.origin FROM events e JOIN event_roles r ON r.event_id = e.id"
                    " WHERE r.role IN ('actor', 'target') AND r.value = ? AND e.rejected = 0",
                    (from_canonical,),
                ).fetchall()
                for ev in evs:
                    roles = [
                        (
                            r["role"],
                            into_canonical
                            if r["role"] in ("actor", "target") and r["value"] == from_canonical
                            else r["value"],
                        )
                        for r in self.conn.execute(
                            "SELECT role, value FROM event_roles WHERE event_id = ? ORDER BY position, id",
                            (ev["id"],),
                        )
                    ]
                    flags = {"edited": 1} if ev["origin"] == "auto" else {}
                    parts.append(
                        self._update("events", ev["id"], flags, "actor merged", roles=roles)
                    )
                for f in self.conn.execute(
                    "SELECT * FROM forces WHERE actor = ? AND rejected = 0", (from_canonical,)
                ).fetchall():
                    cols = {"actor": into_canonical, **self._edit_flags(f)}
                    parts.append(
                        self._update("forces", f["id"], cols, f"force actor -> {into_canonical}")
                    )
            return parts

        return self._run("merge_alias", None, "mentions", desc, fn)

    # ---------------------------------------------------------------- times

    def add_time(self, article_id: int, start: int, end: int) -> Change:
        a = self._article_row(article_id)
        text = a["text"]
        if not (0 <= start < end <= len(text)):
            raise StoreError(f"span {start}-{end} is outside the article (0-{len(text)})")
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            raise StoreError("the selection holds no text")
        resolved = self._resolve_time(text, a["published"], start, end)
        cols = {
            "article_id": article_id, "start": start, "end": end, "text": text[start:end],
            "value": resolved.value if resolved else None,
            "precision": resolved.precision if resolved else "vague",
            "anchor": "published",
            "part": resolved.part if resolved else None,
            "relation": resolved.relation if resolved else None,
            "relative": _jd(resolved.relative) if resolved else None,
            "origin": "manual",
        }  # fmt: skip
        desc = f"add time «{text[start:end]}» = {cols['value']}"
        return self._run(
            "add_time", article_id, "times", desc, lambda: [self._insert("times", cols, desc)]
        )

    def _resolve_time(
        self, text: str, published: str | None, start: int, end: int
    ) -> TimeExpr | None:
        """Resolve a selected time span with core's time finder (best overlapping match)."""
        try:
            from workbench.core import times as core_times
            from workbench.core.text import sentences as _sents

            found = core_times.find_times(
                text, parse_published(published), normalize(text), _sents(text)
            )
        except Exception:
            return None
        best, best_ov = None, 0
        for t in found:
            ov = min(t.end, end) - max(t.start, start)
            if ov > best_ov:
                best, best_ov = t, ov
        return best

    def update_time(
        self,
        article_id: int,
        time_id: str,
        *,
        value: str | None,
        precision: str,
        part: str | None = None,
    ) -> Change:
        row = self._item("times", article_id, time_id)
        if precision not in PRECISIONS:
            raise StoreError(f"unknown precision {precision!r} (one of {', '.join(PRECISIONS)})")
        cols = {"value": value or None, "precision": precision, "part": part}
        cols = {k: v for k, v in cols.items() if row[k] != v}
        if not cols:
            raise StoreError("nothing to change")
        cols.update(self._edit_flags(row))
        desc = f"time «{row['text']}» = {value} ({precision})"
        return self._run(
            "update_time", article_id, "times", desc,
            lambda: [self._update("times", row["id"], cols, desc)],
        )  # fmt: skip

    def reject_time(self, article_id: int, time_id: str) -> Change:
        row = self._item("times", article_id, time_id)
        if row["rejected"]:
            raise StoreError(f"{time_id} is already rejected")
        desc = f"reject time «{row['text']}»"
        return self._run(
            "reject_time", article_id, "times", desc,
            lambda: [self._update("times", row["id"], {"rejected": 1}, desc)],
        )  # fmt: skip

    # ---------------------------------------------------------------- events

    def _event_fields(
        self, article_id: int, text: str, fields: dict[str, Any], base: dict[str, Any] | None
    ) -> tuple[dict[str, Any], list[tuple[str, str]] | None]:
        cols: dict[str, Any] = {}
        roles = None
        unknown = set(fields) - {
            "type", "trigger", "sentence", "modality", "time", "actors", "targets", "location",
            "weapons", "quantities", "attribution", "confidence", "origin", "id",
        }  # fmt: skip
        if unknown:
            raise StoreError(f"unknown event field(s): {', '.join(sorted(unknown))}")
        if "type" in fields:
            if fields["type"] not in EVENT_TYPES:
                raise StoreError(f"unknown event type {fields['type']!r}")
            cols["type"] = fields["type"]
        if "trigger" in fields:
            t = fields["trigger"] or {}
            try:
                s, e = int(t["start"]), int(t["end"])
            except (KeyError, TypeError, ValueError) as exc:
                raise StoreError("an event trigger needs start and end") from exc
            if not (0 <= s < e <= len(text)):
                raise StoreError(f"trigger {s}-{e} is outside the article")
            cols.update({"trigger_start": s, "trigger_end": e, "trigger_text": text[s:e]})
            if "sentence" not in fields and base is None:
                sent = next((x for x in sentences(text) if x.start <= s < x.end), None)
                cols.update(
                    {
                        "sentence_start": sent.start if sent else s,
                        "sentence_end": sent.end if sent else e,
                    }
                )
        if fields.get("sentence") is not None:
            ss, se = (int(x) for x in fields["sentence"])
            if not (0 <= ss < se <= len(text)):
                raise StoreError(f"sentence {ss}-{se} is outside the article")
            cols.update({"sentence_start": ss, "sentence_end": se})
        if "modality" in fields:
            if fields["modality"] not in MODALITIES:
                raise StoreError(f"unknown modality {fields['modality']!r}")
            cols["modality"] = fields["modality"]
        if "time" in fields:
            cols["time_id"] = None
            if fields["time"]:
                cols["time_id"] = self._item("times", article_id, fields["time"])["id"]
        if "location" in fields:
            cols["location_id"] = None
            if fields["location"]:
                cols["location_id"] = self._item("mentions", article_id, fields["location"])["id"]
        for k in ("attribution", "confidence"):
            if k in fields:
                cols[k] = fields[k]
        if any(k in fields for k in ("actors", "targets", "weapons", "quantities")):
            cur = {"actor": [], "target": [], "weapon": [], "quantity": []}
            for r, v in (base or {}).get("roles") or []:
                cur[r].append(v)
            for k, role in (("actors", "actor"), ("targets", "target")):
                if k in fields:
                    cur[role] = [str(x) for x in fields[k] or []]
            for k, role in (("weapons", "weapon"), ("quantities", "quantity")):
                if k in fields:
                    cur[role] = [
                        f"m{self._item('mentions', article_id, x)['id']}" for x in fields[k] or []
                    ]
            roles = [(r, v) for r in ("actor", "target", "weapon", "quantity") for v in cur[r]]
        return cols, roles

    def add_event(self, article_id: int, fields: dict[str, Any]) -> Change:
        text = self._article_row(article_id)["text"]
        if "type" not in fields or "trigger" not in fields:
            raise StoreError("an event needs a type and a trigger")
        cols, roles = self._event_fields(article_id, text, fields, None)
        cols.setdefault("modality", "asserted")
        cols.update({"article_id": article_id, "origin": "manual"})
        desc = f"add event {cols['type']} «{cols['trigger_text']}»"
        return self._run(
            "add_event", article_id, "events", desc,
            lambda: [self._insert("events", cols, desc, roles=roles or [])],
        )  # fmt: skip

    def update_event(self, article_id: int, event_id: str, **fields: Any) -> Change:
        row = self._item("events", article_id, event_id)
        text = self._article_row(article_id)["text"]
        base = self._snap("events", row["id"])
        cols, roles = self._event_fields(article_id, text, fields, base)
        cols = {k: v for k, v in cols.items() if row[k] != v}
        if roles is not None and [list(r) for r in roles] == (base or {}).get("roles"):
            roles = None
        if not cols and roles is None:
            raise StoreError("nothing to change")
        cols.update(self._edit_flags(row))
        desc = f"edit event {row['type']} «{row['trigger_text']}»: " + ", ".join(sorted(fields))
        return self._run(
            "update_event", article_id, "events", desc,
            lambda: [self._update("events", row["id"], cols, desc, roles=roles)],
            _iid("events", row["id"]),
        )  # fmt: skip

    def delete_event(self, article_id: int, event_id: str) -> Change:
        row = self._item("events", article_id, event_id)
        if row["rejected"]:
            raise StoreError(f"{event_id} is already deleted")
        desc = f"delete event {row['type']} «{row['trigger_text']}»"
        return self._run(
            "delete_event", article_id, "events", desc,
            lambda: [self._update("events", row["id"], {"rejected": 1}, desc)],
        )  # fmt: skip

    # ---------------------------------------------------------------- forces

    def _force_fields(self, article_id: int, text: str, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - {
            "actor", "status", "strength", "assets", "location", "as_of", "source", "evidence",
            "events", "origin", "id",
        }  # fmt: skip
        if unknown:
            raise StoreError(f"unknown force field(s): {', '.join(sorted(unknown))}")
        cols: dict[str, Any] = {}
        if "actor" in fields:
            if not fields["actor"]:
                raise StoreError("a force row needs an actor")
            cols["actor"] = str(fields["actor"])
        if "status" in fields:
            if fields["status"] not in FORCE_STATUSES:
                raise StoreError(
                    f"unknown force status {fields['status']!r} (one of {', '.join(FORCE_STATUSES)})"
                )
            cols["status"] = fields["status"]
        if "evidence" in fields:
            ev = fields["evidence"] or {}
            try:
                s, e = int(ev["start"]), int(ev["end"])
            except (KeyError, TypeError, ValueError) as exc:
                raise StoreError("a force row needs evidence (start and end)") from exc
            if not (0 <= s < e <= len(text)):
                raise StoreError(f"evidence {s}-{e} is outside the article")
            cols.update({"evidence_start": s, "evidence_end": e})
        for k in ("strength", "location", "as_of"):
            if k in fields:
                v = fields[k] or None
                if v is not None and not isinstance(v, dict):
                    raise StoreError(f"force {k} must be an object")
                cols[k] = _jd(v)
                if k == "location":
                    cols["location_canonical"] = (v or {}).get("canonical")
                if k == "as_of":
                    cols["as_of_value"] = (v or {}).get("value")
        for k in ("assets", "source"):
            if k in fields:
                cols[k] = fields[k] or None
        if "events" in fields:
            cols["events"] = _jd(
                [f"e{self._item('events', article_id, x)['id']}" for x in fields["events"] or []]
            )
        return cols

    def add_force(self, article_id: int, fields: dict[str, Any]) -> Change:
        text = self._article_row(article_id)["text"]
        for k in ("actor", "status", "evidence"):
            if not fields.get(k):
                raise StoreError(f"a force row needs {k}")
        cols = self._force_fields(article_id, text, fields)
        cols.setdefault("events", "[]")
        cols.update({"article_id": article_id, "origin": "manual"})
        desc = f"add force {cols['actor']} {cols['status']}"
        return self._run(
            "add_force", article_id, "forces", desc, lambda: [self._insert("forces", cols, desc)]
        )

    def update_force(self, article_id: int, force_id: str, **fields: Any) -> Change:
        row = self._item("forces", article_id, force_id)
        text = self._article_row(article_id)["text"]
        cols = self._force_fields(article_id, text, fields)
        cols = {k: v for k, v in cols.items() if row[k] != v}
        if not cols:
            raise StoreError("nothing to change")
        cols.update(self._edit_flags(row))
        desc = f"edit force {row['actor']} {row['status']}: " + ", ".join(sorted(fields))
        return self._run(
            "update_force", article_id, "forces", desc,
            lambda: [self._update("forces", row["id"], cols, desc)],
            _iid("forces", row["id"]),
        )  # fmt: skip

    def delete_force(self, article_id: int, force_id: str) -> Change:
        row = self._item("forces", article_id, force_id)
        if row["rejected"]:
            raise StoreError(f"{force_id} is already deleted")
        desc = f"delete force {row['actor']} {row['status']}"
        return self._run(
            "delete_force", article_id, "forces", desc,
            lambda: [self._update("forces", row["id"], {"rejected": 1}, desc)],
        )  # fmt: skip

    # ---------------------------------------------------------------- articles

    def update_article(
        self,
        article_id: int,
        *,
        title: Any = _KEEP,
        source: Any = _KEEP,
        published: Any = _KEEP,
        url: Any = _KEEP,
    ) -> Change:
        a = self._article_row(article_id)
        cols: dict[str, Any] = {}
        for k, v in (("title", title), ("source", source), ("url", url)):
            if v is not _KEEP and (v or None) != a[k]:
                cols[k] = v or None
        new_ext = None
        if published is not _KEEP:
            try:
                d = parse_published(published)
            except BadDate as exc:
                raise StoreError(str(exc)) from exc
            pub = d.isoformat() if d else None
            if pub != a["published"]:
                cols["published"] = pub
                art = Article(a["text"], cols.get("title", a["title"]), pub, a["source"], a["url"])
                try:
                    new_ext = core_extract.extract(art)
                except Exception:
                    new_ext = None
        if not cols:
            raise StoreError("nothing to change")
        desc = f"article {article_id}: " + ", ".join(f"{k}={v}" for k, v in cols.items())

        def fn() -> list[Change]:
            parts = [self._update("articles", article_id, cols, desc)]
            if new_ext is not None:
                parts += self._reresolve(article_id, new_ext)
            return parts

        return self._run("update_article", article_id, "articles", desc, fn, f"a{article_id}")

    def _reresolve(self, article_id: int, ext: Extraction) -> list[Change]:
        """New publication date: update values of automatic, unedited times and force as_of."""
        parts = []
        new_t = dict(zip(_uniq_keys(_key_time(t) for t in ext.times), ext.times, strict=True))
        for r in self.conn.execute(
            "SELECT * FROM times WHERE article_id = ? AND origin = 'auto' AND edited = 0"
            " AND rejected = 0",
            (article_id,),
        ).fetchall():
            t = new_t.get(r["auto_key"])
            if t is None:
                continue
            cols = {k: v for k, v in _time_cols(t).items() if k not in ("start", "end", "text")}
            cols = {k: v for k, v in cols.items() if r[k] != v}
            if cols:
                parts.append(self._update("times", r["id"], cols, f"re-resolve «{r['text']}»"))
        new_f = dict(zip(_uniq_keys(_key_force(f) for f in ext.forces), ext.forces, strict=True))
        for r in self.conn.execute(
            "SELECT * FROM forces WHERE article_id = ? AND origin = 'auto' AND edited = 0"
            " AND rejected = 0",
            (article_id,),
        ).fetchall():
            f = new_f.get(r["auto_key"])
            if f is None:
                continue
            cols = {"as_of": _jd(f.as_of or None), "as_of_value": (f.as_of or {}).get("value")}
            cols = {k: v for k, v in cols.items() if r[k] != v}
            if cols:
                parts.append(self._update("forces", r["id"], cols, "re-resolve as_of"))
        return parts

    # ---------------------------------------------------------------- undo / redo

    def _restore(self, leaves: list[Change], use_before: bool, label: str) -> list[Change]:
        parts = []
        for leaf in leaves:
            target = leaf.before if use_before else leaf.after
            snap = leaf.after if use_before else leaf.before
            rowid = int((snap or target or {}).get("id") or str(leaf.item_id)[1:])
            current = self._snap(leaf.table, rowid)
            self._put(leaf.table, rowid, target)
            parts.append(
                Change(label, leaf.article_id, leaf.table, leaf.item_id, current,
                       self._snap(leaf.table, rowid), f"{label}: {leaf.description}")
            )  # fmt: skip
        return parts

    def revert(self, change: Change) -> Change:
        """Undo ``change``: put every row back as it was; writes new history rows."""
        leaves = list(reversed(change.leaves()))
        return self._run(
            "revert", change.article_id, change.table, f"undo {change.description}",
            lambda: self._restore(leaves, True, "revert"), change.item_id,
        )  # fmt: skip

    def reapply(self, change: Change) -> Change:
        """Redo a reverted ``change`` (the original, not the revert)."""
        leaves = change.leaves()
        return self._run(
            "reapply", change.article_id, change.table, f"redo {change.description}",
            lambda: self._restore(leaves, False, "reapply"), change.item_id,
        )  # fmt: skip

    # ---------------------------------------------------------------- re-extraction

    def reextract(self, article_id: int) -> ReextractReport:
        """Run the extractor again; replace only automatic items (see module doc)."""
        a = self._article_row(article_id)
        art = Article(a["text"], a["title"], a["published"], a["source"], a["url"])
        try:
            ext = core_extract.extract(art)
        except Exception as exc:
            raise StoreError(
                f"article {article_id}: extraction failed ({type(exc).__name__}: {exc})"
            ) from exc
        rep = ReextractReport(article_id)
        with self._tx():
            parts = self._merge(article_id, ext, rep)
            self.conn.execute(
                "UPDATE articles SET extractor_version = ? WHERE id = ?",
                (extractor_version(), article_id),
            )
            change = Change("reextract", article_id, "", None, None, None, rep.summary(), parts)
            self.conn.execute(
                "INSERT INTO corrections (at, user, action, table_name, article_id, item_id, before,"
                " after, description, op_id, extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    _now(), self._user, "reextract", None, article_id, None, None,
                    _jd({k: getattr(rep, k) for k in ("added", "updated", "removed", "kept_manual",
                                                     "kept_edited", "kept_rejected")}),
                    rep.summary(), uuid.uuid4().hex, extractor_version(),
                ),
            )  # fmt: skip
        rep.change = change
        return rep

    def _merge(self, aid: int, ext: Extraction, rep: ReextractReport) -> list[Change]:
        parts: list[Change] = []
        c = self.conn

        def merge(table: str, items: list[Any], key_fn: Callable[[Any], str],
                  cols_fn: Callable[[Any], dict[str, Any]],
                  roles_fn: Callable[[Any], list[tuple[str, str]]] | None = None) -> dict[str, int]:  # fmt: skip
            rows = c.execute(f"SELECT * FROM {table} WHERE article_id = ?", (aid,)).fetchall()
            rep.kept_manual += sum(1 for r in rows if r["origin"] == "manual" and not r["rejected"])
            by_key = {r["auto_key"]: r for r in rows if r["origin"] == "auto" and r["auto_key"]}
            # an active manual item already says what the new auto item would say
            manual = {
                _row_key(table, r): r for r in rows if r["origin"] == "manual" and not r["rejected"]
            }
            idmap: dict[str, int] = {}
            seen = set()
            for x, k in zip(items, _uniq_keys(key_fn(x) for x in items), strict=True):
                seen.add(k)
                r = by_key.get(k)
                if r is None and k in manual:
                    idmap[x.id] = manual[k]["id"]
                    continue
                cols = cols_fn(x)
                roles = roles_fn(x) if roles_fn else None
                if r is not None:
                    idmap[x.id] = r["id"]
                    if r["edited"]:
                        rep.kept_edited += 1
                    elif r["rejected"]:
                        rep.kept_rejected += 1
                    else:
                        diff = {k2: v for k2, v in cols.items() if r[k2] != v}
                        old_roles = None
                        if roles is not None:
                            old_roles = [
                                (q["role"], q["value"])
                                for q in c.execute(
                                    "SELECT role, value FROM event_roles WHERE event_id = ?"
                                    " ORDER BY position, id",
                                    (r["id"],),
                                )
                            ]
                        if diff or (roles is not None and roles != old_roles):
                            parts.append(
                                self._update(table, r["id"], diff, "re-extracted",
                                             roles=roles if roles != old_roles else None)
                            )  # fmt: skip
                            rep.updated += 1
                else:
                    ch = self._insert(
                        table, {"article_id": aid, **cols, "origin": "auto", "auto_key": k},
                        "extracted", roles=roles,
                    )  # fmt: skip
                    idmap[x.id] = int(str(ch.item_id)[1:])
                    parts.append(ch)
                    rep.added += 1
            for k, r in by_key.items():
                if k in seen:
                    continue
                if r["edited"]:
                    rep.kept_edited += 1
                elif r["rejected"]:
                    rep.kept_rejected += 1
                else:
                    parts.append(self._delete(table, r["id"], "no longer extracted"))
                    rep.removed += 1
            return idmap

        mmap = merge("mentions", ext.entities, _key_ent, _ent_cols)
        tmap = merge("times", ext.times, _key_time, _time_cols)
        emap = merge(
            "events", ext.events, _key_event,
            lambda e: _event_cols(e, mmap, tmap), lambda e: _event_roles(e, mmap),
        )  # fmt: skip
        merge("forces", ext.forces, _key_force, lambda f: _force_cols(f, emap))
        self._note_entities(ext.entities)
        return parts
