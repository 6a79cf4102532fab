"""The database schema as numbered, append-only migrations (sqlite-utils ``Migrations``).

Applied migrations are recorded in ``_sqlite_migrations`` under the set name
``workbench``. A database holding a migration this program does not know was
written by a newer workbench and is refused (see :func:`check_version`).

Never edit a migration once released: add a new one at the end.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

SET_NAME = "workbench"
migrations = Migrations(SET_NAME)

_ITEM_COLUMNS = """
    origin TEXT NOT NULL DEFAULT 'auto',      -- 'auto' (extractor) or 'manual' (analyst)
    edited INTEGER NOT NULL DEFAULT 0,        -- 1: an auto item the analyst changed
    rejected INTEGER NOT NULL DEFAULT 0,      -- 1: rejected/deleted (kept as a tombstone)
    auto_key TEXT,                            -- stable key of an auto item for re-extraction
    updated_at TEXT
"""

V1 = [
    """CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT,
    source TEXT,
    url TEXT,
    published TEXT,                 -- YYYY-MM-DD or NULL
    text TEXT NOT NULL,             -- exactly as stored: offsets index into it
    sha256 TEXT NOT NULL UNIQUE,    -- of text (UTF-8)
    chars INTEGER NOT NULL,
    imported_at TEXT NOT NULL,      -- ISO 8601 UTC
    extractor_version TEXT,
    origin_path TEXT                -- the file it came from, if any
)""",
    "CREATE INDEX articles_published ON articles(published)",
    "CREATE INDEX articles_source ON articles(source)",
    # rowid = articles.id; body = fold(norm(text)), title likewise
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize='unicode61')",
    """CREATE TABLE entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    canonical TEXT NOT NULL,
    name TEXT,
    lat REAL,
    lon REAL,
    geo_precision INTEGER,
    country TEXT,
    admin1 TEXT,
    kind TEXT,
    UNIQUE(type, canonical)
)""",
    f"""CREATE TABLE mentions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    canonical TEXT,
    confidence REAL,
    value TEXT,                     -- JSON: number or [low, high] (QUANTITY)
    approx INTEGER,
    unit TEXT,
    {_ITEM_COLUMNS}
)""",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "CREATE INDEX mentions_canonical ON mentions(type, canonical)",
    f"""CREATE TABLE times (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    precision TEXT NOT NULL,
    anchor TEXT,
    part TEXT,
    relation TEXT,
    relative TEXT,                  -- JSON
    {_ITEM_COLUMNS}
)""",
    "CREATE INDEX times_article ON times(article_id)",
    f"""CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    modality TEXT NOT NULL DEFAULT 'asserted',
    time_id INTEGER,                -- times.id
    location_id INTEGER,            -- mentions.id
    attribution TEXT,
    confidence REAL,
    {_ITEM_COLUMNS}
)""",
    "CREATE INDEX events_article ON events(article_id)",
    """CREATE TABLE event_roles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL,             -- actor | target | weapon | quantity
    value TEXT NOT NULL,            -- actor: canonical id; weapon/quantity: mention id 'm<id>'
    position INTEGER NOT NULL
)""",
    "CREATE INDEX event_roles_event ON event_roles(event_id)",
    f"""CREATE TABLE forces (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor TEXT NOT NULL,
    status TEXT NOT NULL,
    strength TEXT,                  -- JSON {{value, approx, unit}}
    assets TEXT,
    location TEXT,                  -- JSON {{text, canonical}}
    location_canonical TEXT,
    as_of TEXT,                     -- JSON {{value, precision}}
    as_of_value TEXT,
    source TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    events TEXT,                    -- JSON list of event ids 'e<id>'
    {_ITEM_COLUMNS}
)""",
    "CREATE INDEX forces_article ON forces(article_id)",
    """CREATE TABLE corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,               -- ISO 8601 UTC
    user TEXT NOT NULL,             -- OS user
    action TEXT NOT NULL,
    table_name TEXT,
    article_id INTEGER,             -- no foreign key: history outlives its rows
    item_id TEXT,
    before TEXT,                    -- JSON row snapshot
    after TEXT,                     -- JSON row snapshot
    description TEXT,
    op_id TEXT NOT NULL,            -- groups the rows of one operation
    extractor_version TEXT
)""",
    "CREATE INDEX corrections_article ON corrections(article_id)",
    """CREATE TRIGGER corrections_append_only_u BEFORE UPDATE ON corrections
BEGIN SELECT RAISE(ABORT, 'the corrections history is append-only'); END""",
    """CREATE TRIGGER corrections_append_only_d BEFORE DELETE ON corrections
BEGIN SELECT RAISE(ABORT, 'the corrections history is append-only'); END""",
]


@migrations(name="0001_initial")
def _m0001(db: Database) -> None:
    for stmt in V1:
        db.execute(stmt)


@migrations(name="0002_filter_index")
def _m0002(db: Database) -> None:
    # search filters by source and date read only this index, never the article rows
    db.execute("CREATE INDEX articles_source_published ON articles(source, published)")


@migrations(name="0003_active_indexes")
def _m0003(db: Database) -> None:
    # partial indexes over what is shown (not rejected): counts per article, known names
    db.execute("CREATE INDEX mentions_active ON mentions(article_id) WHERE rejected = 0")
    db.execute("CREATE INDEX events_active ON events(article_id) WHERE rejected = 0")
    db.execute("CREATE INDEX forces_active ON forces(article_id) WHERE rejected = 0")
    db.execute(
        "CREATE INDEX mentions_known ON mentions(type, canonical, text)"
        " WHERE rejected = 0 AND canonical IS NOT NULL"
    )


KNOWN = [m.name for m in migrations._migrations]
SCHEMA_VERSION = len(KNOWN)


def applied_names(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def unknown_migrations(db: Database) -> list[str]:
    """Migrations recorded in the database that this program does not know (newer)."""
    known = set(KNOWN)
    return [n for n in applied_names(db) if n not in known]
