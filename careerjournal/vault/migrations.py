"""The vault schema, as an ordered list of migrations.

The schema version lives in ``PRAGMA user_version``. Migration *n* takes a
vault from version n-1 to n inside one transaction, so a failure leaves the
vault as it was. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlcipher3

from careerjournal.vault.errors import VaultTooNew

Migration = Sequence[str]

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
)

LATEST = len(MIGRATIONS)


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
    for version in range(before + 1, upto + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return before
