"""The vault schema, as an ordered list of migrations.

The schema version lives in ``PRAGMA user_version``. Migration *n* takes a
vault from version n-1 to n inside one transaction, so a failure leaves the
vault as it was. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlcipher3

from careerjournal.vault import at_rest
from careerjournal.vault.errors import VaultTooNew

Migration = Sequence[str]

# The largest FTS5 index block that stays on one page: a page's 4,096 bytes less
# SQLCipher's 80 reserved bytes leave 3,981 for one row before SQLite spills to an
# overflow page; the block's own row header and FTS5's small overshoot of ``pgsz``
# fit in the rest.
FTS_BLOCK_BYTES = 3950

MIGRATIONS: tuple[Migration, ...] = (
    # 1: facts about the vault itself.
    (
        """CREATE TABLE meta (
               key   TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) WITHOUT ROWID""",
        "INSERT INTO meta (key, value) VALUES ('created_at', datetime('now'))",
    ),
    # 2: exercise runs; answers and results as JSON so exercise files can evolve.
    (
        """CREATE TABLE exercise_run (
               id               INTEGER PRIMARY KEY,
               exercise_id      TEXT    NOT NULL,
               exercise_version INTEGER NOT NULL,
               started_at       TEXT    NOT NULL,
               updated_at       TEXT    NOT NULL,
               completed_at     TEXT,
               current_step     INTEGER NOT NULL DEFAULT 0,
               answers          TEXT    NOT NULL DEFAULT '{}',
               result           TEXT
           )""",
        "CREATE INDEX exercise_run_by_exercise ON exercise_run (exercise_id, started_at)",
    ),
    # 3: the journal, with a full-text index kept in step by triggers, so an entry
    # and its index entry always commit together. The index lives inside the
    # encrypted file like everything else.
    (
        """CREATE TABLE journal_entry (
               id          INTEGER PRIMARY KEY,
               entry_date  TEXT    NOT NULL,
               created_at  TEXT    NOT NULL,
               updated_at  TEXT    NOT NULL,
               title       TEXT    NOT NULL DEFAULT '',
               body        TEXT    NOT NULL DEFAULT '',
               tags        TEXT    NOT NULL DEFAULT '',
               mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
               energy      INTEGER CHECK (energy BETWEEN 1 AND 5),
               link_kind   TEXT,
               link_ref    TEXT
           )""",
        "CREATE INDEX journal_by_date ON journal_entry (entry_date DESC, id DESC)",
        """CREATE TABLE journal_tag (
               entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
               tag      TEXT    NOT NULL,
               PRIMARY KEY (entry_id, tag)
           ) WITHOUT ROWID""",
        "CREATE INDEX journal_tag_by_tag ON journal_tag (tag, entry_id)",
        """CREATE VIRTUAL TABLE journal_fts USING fts5 (
               title, body, tags,
               content = 'journal_entry', content_rowid = 'id',
               tokenize = 'unicode61 remove_diacritics 2',
               prefix = '2 3'
           )""",
        """CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entry BEGIN
               INSERT INTO journal_fts (rowid, title, body, tags)
               VALUES (new.id, new.title, new.body, new.tags);
           END""",
        """CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entry BEGIN
               INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
               VALUES ('delete', old.id, old.title, old.body, old.tags);
           END""",
        """CREATE TRIGGER journal_fts_update AFTER UPDATE ON journal_entry BEGIN
               INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
               VALUES ('delete', old.id, old.title, old.body, old.tags);
               INSERT INTO journal_fts (rowid, title, body, tags)
               VALUES (new.id, new.title, new.body, new.tags);
           END""",
    ),
    # 4: the personal plan. One table for every kind of plan item (goals, their
    # actions, Plan B, conversations, training), ordered by position within a
    # section (and within a goal for actions); single values in plan_setting.
    (
        """CREATE TABLE plan_item (
               id          INTEGER PRIMARY KEY,
               section     TEXT    NOT NULL,
               parent_id   INTEGER REFERENCES plan_item (id) ON DELETE CASCADE,
               position    INTEGER NOT NULL,
               title       TEXT    NOT NULL DEFAULT '',
               detail      TEXT    NOT NULL DEFAULT '',
               outcome     TEXT    NOT NULL DEFAULT '',
               due_date    TEXT,
               status      TEXT    NOT NULL DEFAULT 'open',
               archived    INTEGER NOT NULL DEFAULT 0,
               source      TEXT,
               created_at  TEXT    NOT NULL,
               updated_at  TEXT    NOT NULL
           )""",
        "CREATE INDEX plan_item_by_place ON plan_item (section, parent_id, position)",
        """CREATE TABLE plan_setting (
               key   TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) WITHOUT ROWID""",
    ),
    # 5: what was shared with the coach, when and how: so the user can see later
    # what their coach has. The shared content itself is not copied here.
    (
        """CREATE TABLE share_record (
               id          INTEGER PRIMARY KEY,
               created_at  TEXT    NOT NULL,
               form        TEXT    NOT NULL,
               file_name   TEXT    NOT NULL,
               protected   INTEGER NOT NULL,
               contents    TEXT    NOT NULL
           )""",
    ),
    # 6: keeping moving. Agenda items the user snoozed or dismissed (by key, no text),
    # and guided plan reviews: one row per review, one per goal or action looked at.
    # A reviewed item keeps a copy of its title, so a review stays readable after
    # the item is renamed or deleted.
    (
        """CREATE TABLE agenda_state (
               key           TEXT PRIMARY KEY,
               snoozed_until TEXT,
               dismissed     INTEGER NOT NULL DEFAULT 0,
               changed_at    TEXT    NOT NULL
           ) WITHOUT ROWID""",
        """CREATE TABLE plan_review (
               id          INTEGER PRIMARY KEY,
               created_at  TEXT    NOT NULL,
               note        TEXT    NOT NULL DEFAULT '',
               next_review TEXT,
               entry_id    INTEGER
           )""",
        """CREATE TABLE plan_review_item (
               review_id  INTEGER NOT NULL REFERENCES plan_review (id) ON DELETE CASCADE,
               position   INTEGER NOT NULL,
               item_id    INTEGER,
               section    TEXT    NOT NULL,
               title      TEXT    NOT NULL,
               verdict    TEXT    NOT NULL
                          CHECK (verdict IN ('done', 'going', 'stuck', 'changed', 'dropped')),
               why        TEXT    NOT NULL DEFAULT '',
               next_step  TEXT    NOT NULL DEFAULT '',
               old_date   TEXT,
               new_date   TEXT,
               PRIMARY KEY (review_id, position)
           ) WITHOUT ROWID""",
    ),
    # 7: the draft of the coach-session sheet: what to talk about, my questions.
    (
        """CREATE TABLE session_draft (
               key   TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) WITHOUT ROWID""",
    ),
    # 8: the full-text index without prefix indexes. ``prefix = '2 3'`` kept every
    # word twice more, about a third of the vault, to speed up searches of two or
    # three letters only; every search is still a prefix search. Rebuilt from the
    # entries (the triggers of 3 find the new table by name), merged into one
    # segment, and the file compacted afterwards (see VACUUM_AFTER).
    (
        "DROP TABLE journal_fts",
        """CREATE VIRTUAL TABLE journal_fts USING fts5 (
               title, body, tags,
               content = 'journal_entry', content_rowid = 'id',
               tokenize = 'unicode61 remove_diacritics 2'
           )""",
        "INSERT INTO journal_fts (journal_fts) VALUES ('rebuild')",
        "INSERT INTO journal_fts (journal_fts) VALUES ('optimize')",
    ),
    # 9: the journal's text kept once, and small (issue 14).
    # - The index becomes contentless: it no longer reads the entries, so they
    #   can be stored deflated (vault/at_rest.py); search marks its hits itself,
    #   and JournalStore writes the index beside every entry instead of triggers.
    # - Its blocks fit a page: FTS5's default ``pgsz`` (4,050 bytes) is sized for
    #   a plain 4,096-byte page, but SQLCipher keeps 80 bytes of every page for
    #   the IV and HMAC, so most of each block spilled onto an overflow page.
    # - Times become microseconds, eight bytes instead of 32 characters, and the
    #   date index ascending (below).
    # - The by-tag index gives way to a count per tag (``journal_tag_use``),
    #   which the tag list reads without going through every tag of every entry;
    #   a tag filter looks tags up by entry.
    # The file is compacted afterwards (VACUUM_AFTER).
    (
        "DROP TRIGGER journal_fts_insert",
        "DROP TRIGGER journal_fts_delete",
        "DROP TRIGGER journal_fts_update",
        "DROP TABLE journal_fts",
        """CREATE VIRTUAL TABLE journal_fts USING fts5 (
               title, body, tags,
               content = '', contentless_delete = 1,
               tokenize = 'unicode61 remove_diacritics 2'
           )""",
        f"INSERT INTO journal_fts (journal_fts, rank) VALUES ('pgsz', {FTS_BLOCK_BYTES})",
        "INSERT INTO journal_fts (rowid, title, body, tags)"
        " SELECT id, title, body, tags FROM journal_entry",
        "INSERT INTO journal_fts (journal_fts) VALUES ('optimize')",
        "DROP INDEX journal_tag_by_tag",
        # Ascending: the journal is read newest first by walking it backwards, and
        # entries written in date order append to it instead of splitting its
        # first page again and again, which left a descending index half empty.
        "DROP INDEX journal_by_date",
        "CREATE INDEX journal_by_date ON journal_entry (entry_date, id)",
        """CREATE TABLE journal_tag_use (
               tag     TEXT    PRIMARY KEY,
               entries INTEGER NOT NULL CHECK (entries > 0)
           ) WITHOUT ROWID""",
        "INSERT INTO journal_tag_use (tag, entries)"
        " SELECT tag, count(*) FROM journal_tag GROUP BY tag",
        "ALTER TABLE journal_entry ADD COLUMN created_us INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE journal_entry ADD COLUMN updated_us INTEGER NOT NULL DEFAULT 0",
        "UPDATE journal_entry SET created_us = cj_micros(created_at),"
        " updated_us = cj_micros(updated_at),"
        " body = coalesce(cj_pack_text(CAST(body AS BLOB)), body)",
        "ALTER TABLE journal_entry DROP COLUMN created_at",
        "ALTER TABLE journal_entry DROP COLUMN updated_at",
        "PRAGMA incremental_vacuum",
    ),
)

LATEST = len(MIGRATIONS)
# Migrations that free much space: the file is compacted (VACUUM) once after them,
# when they ran on an existing vault; secure_delete has zeroed the freed pages already.
# That VACUUM also turns on incremental auto-vacuum, which new vaults have from the
# start, so bulk writes can give back the pages they free (JournalStore.add_many).
VACUUM_AFTER = frozenset({8, 9})


def schema_version(conn: sqlcipher3.Connection) -> int:
    """The vault's current schema version (0 for a brand-new file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection, upto: int = LATEST) -> int:
    """Bring the schema up to version ``upto``; return the version before."""
    before = schema_version(conn)
    if before > LATEST:
        raise VaultTooNew(
            f"This vault uses schema version {before}; this CareerJournal knows up to "
            f"{LATEST}. Update CareerJournal to open it."
        )
    if before < upto:  # the functions migration 9 calls; an up-to-date vault needs none
        at_rest.register(conn)
    if before == 0:  # still empty: the VACUUM that applies the setting costs nothing
        _turn_on_auto_vacuum(conn)
    for version in range(before + 1, upto + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement).fetchall()  # incremental_vacuum works a page a step
            conn.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    if before and VACUUM_AFTER.intersection(range(before + 1, upto + 1)):
        _turn_on_auto_vacuum(conn)
    return before


def _turn_on_auto_vacuum(conn: sqlcipher3.Connection) -> None:
    """Incremental auto-vacuum; once a file has pages, only a VACUUM can switch it on."""
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute("VACUUM")
