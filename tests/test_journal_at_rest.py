"""The journal's text kept once and small: deflated text, times in microseconds, migration 9."""

from __future__ import annotations

import hashlib
import json
import random
import string
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from careerjournal.journal import Entry, Filters, JournalStore
from careerjournal.vault import Vault, create_vault, open_vault
from careerjournal.vault.at_rest import micros, moment, pack_text, unpack_text
from careerjournal.vault.deflate_words import WORDS_1
from careerjournal.vault.migrations import FTS_BLOCK_BYTES
from tests.helpers.journal_index import index_is_intact
from tests.helpers.passphrases import PASSPHRASE

DAY = date(2024, 3, 14)
LONG = "Vandaag sprak ik met mijn leidinggevende over de overstap naar het onderwijs. " * 6


@pytest.mark.parametrize(
    "text",
    [
        "",
        "kort",
        LONG,
        "Ééntje met café, naïef en 😀 " * 9,
        "".join(chr(0x4E00 + i) for i in range(300)),
    ],
)
def test_text_comes_back_exactly(text: str) -> None:
    assert unpack_text(pack_text(text)) == text


def test_only_text_that_gets_smaller_is_deflated() -> None:
    assert pack_text("Een kort briefje.") == "Een kort briefje."
    packed = pack_text(LONG)
    assert isinstance(packed, bytes) and len(packed) < len(LONG.encode()) / 3
    noise = "".join(random.Random(1).choices(string.printable[:94], k=80))  # no repeats to find
    assert pack_text(noise) == noise


def test_times_come_back_as_the_same_moment() -> None:
    now = datetime(2026, 11, 27, 10, 14, 4, 735367, tzinfo=UTC)
    assert moment(micros(now)) == now
    elsewhere = now.astimezone(timezone(timedelta(hours=2)))
    assert moment(micros(elsewhere)) == now
    assert moment(micros(now.replace(tzinfo=None))) == now  # no zone: UTC


def stored(vault: Vault, entry_id: int) -> tuple[str, str]:
    """SQLite's storage class of the text and of the creation time."""
    row = vault.connection.execute(
        "SELECT typeof(body), typeof(created_us) FROM journal_entry WHERE id = ?", (entry_id,)
    ).fetchone()
    return row[0], row[1]


def test_a_new_entry_is_stored_deflated_and_read_back_as_written(vault: Vault) -> None:
    journal = JournalStore(vault)
    long = journal.add(Entry(DAY, "Overstap", LONG, ("onderwijs",)))
    short = journal.add(Entry(DAY, "Kort", "Moe."))
    assert stored(vault, long.id) == ("blob", "integer")
    assert stored(vault, short.id) == ("text", "integer")
    assert journal.get(long.id) == long and journal.get(short.id) == short
    assert journal.page(0, 10)[1].preview.startswith("Vandaag sprak ik")
    assert sorted(text for _, _, text in journal.texts_between(DAY, DAY)) == ["Moe.", LONG]


def write_v8(vault: Vault) -> None:
    """A journal as schema 8 held it: ISO times, plain text, an index fed by triggers."""
    with vault.transaction() as conn:
        rows = [
            ("2024-03-14", "2024-03-14T09:30:00.000001+00:00", "Overstap", LONG, "onderwijs, werk"),
            ("2024-03-15", "2024-03-15T21:05:59.999999+02:00", "Kort", "Moe.", ""),
            (
                "2024-03-16",
                "2024-03-16T08:00:00+00:00",
                "Café",
                "Ééntje met naïeve collega's",
                "werk",
            ),
        ]
        for day, stamp, title, body, tags in rows:
            cursor = conn.execute(
                "INSERT INTO journal_entry (entry_date, created_at, updated_at, title, body, tags,"
                " mood) VALUES (?, ?, ?, ?, ?, ?, 3)",
                (day, stamp, stamp, title, body, tags),
            )
            conn.executemany(
                "INSERT INTO journal_tag (entry_id, tag) VALUES (?, ?)",
                [(cursor.lastrowid, t.strip()) for t in tags.split(",") if t.strip()],
            )


def test_migration_9_keeps_every_entry_and_makes_the_vault_smaller(tmp_path: Path) -> None:
    path = tmp_path / "v8.cjv"
    with create_vault(path, PASSPHRASE, schema=8) as vault:
        write_v8(vault)
        with vault.transaction() as conn:  # enough text that the compaction shows
            conn.execute(
                "INSERT INTO journal_entry (entry_date, created_at, updated_at, title, body)"
                " SELECT '2023-01-01', '2023-01-01T00:00:00+00:00', '2023-01-01T00:00:00+00:00',"
                " 'Oud ' || value, ? FROM json_each(?)",
                (LONG, json.dumps(list(range(400)))),
            )
    size_before = path.stat().st_size
    with open_vault(path, PASSPHRASE) as vault:
        journal = JournalStore(vault)
        first, second, third = (journal.get(i) for i in (1, 2, 3))
        assert first is not None and second is not None and third is not None
        assert (first.title, first.body, first.tags, first.mood) == (
            "Overstap",
            LONG,
            ("onderwijs", "werk"),
            3,
        )
        assert first.created_at == datetime(2024, 3, 14, 9, 30, 0, 1, tzinfo=UTC)
        assert second.created_at == datetime(2024, 3, 15, 19, 5, 59, 999999, tzinfo=UTC)
        assert (third.body, third.tags) == ("Ééntje met naïeve collega's", ("werk",))
        assert stored(vault, 1) == ("blob", "integer") and stored(vault, 2) == ("text", "integer")
        assert journal.tags() == [("onderwijs", 1), ("werk", 2)]
        assert [s.id for s in journal.search("naieve")] == [3]
        assert journal.count(Filters("werk"), "collega") == 1
        schema = {
            name: sql
            for name, sql in vault.connection.execute("SELECT name, sql FROM sqlite_master")
        }
        assert "content = ''" in schema["journal_fts"]
        assert "journal_tag_by_tag" not in schema
        assert schema["journal_by_date"].endswith("(entry_date, id)")  # ascending
        pgsz = "SELECT v FROM journal_fts_config WHERE k = 'pgsz'"
        assert vault.connection.execute(pgsz).fetchone()[0] == FTS_BLOCK_BYTES
        triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        assert vault.connection.execute(triggers).fetchall() == []  # the store writes the index
        index_is_intact(vault)
        journal.update(replace(first, body="Een ander verhaal over de bibliotheek"))
        assert 1 not in [s.id for s in journal.search("leidinggevende")]
        assert [s.id for s in journal.search("bibliotheek")] == [1]
        journal.delete(3)
        assert journal.search("naieve") == []
        index_is_intact(vault)
    assert path.stat().st_size < size_before


def test_the_format_1_dictionary_never_changes() -> None:
    # Every entry stored as format 1 needs exactly these bytes to be read back.
    assert hashlib.sha256(WORDS_1).hexdigest() == (
        "af3197568b9705b43467cc4b49d5b78d56068920e518d1bdf482b2c81ffeb3bc"
    )
    packed = pack_text(LONG)
    assert isinstance(packed, bytes) and packed[:1] == b"\x01"
    with pytest.raises(ValueError, match="unknown format"):
        unpack_text(b"\x02" + packed[1:])


def test_the_tag_list_counts_through_every_kind_of_write(vault: Vault) -> None:
    journal = JournalStore(vault)
    first = journal.add(Entry(DAY, "Een", "tekst", ("werk", "energie")))
    second = journal.add(Entry(DAY, "Twee", "tekst", ("werk",)))
    journal.add_many(Entry(DAY, f"Veel {n}", "tekst", ("import", "werk")) for n in range(3))
    assert journal.tags() == [("energie", 1), ("import", 3), ("werk", 5)]
    journal.update(replace(first, tags=("coach",)))
    assert journal.tags() == [("coach", 1), ("import", 3), ("werk", 4)]
    gone = journal.delete(second.id)
    assert journal.tags() == [("coach", 1), ("import", 3), ("werk", 3)]
    journal.restore(gone)
    assert journal.tags() == [("coach", 1), ("import", 3), ("werk", 4)]
    index_is_intact(vault)


def random_texts(seed: int, count: int) -> list[str]:
    """Texts of every length and kind: prose, accents, emoji, CJK, control characters, NUL."""
    rng = random.Random(seed)
    alphabets = [
        "abcdefghijklmnopqrstuvwxyz     ..,\n",
        "éèëïöüçñÉÈß€ ",
        "😀🙂👩‍💻🇳🇱 ",
        "".join(chr(0x4E00 + i) for i in range(50)),
        "\x00\x01\t\r\n\u200b\u202e\ufeff",
    ]
    texts = []
    for _ in range(count):
        length = rng.choice([0, 1, 63, 64, 65, rng.randrange(5000)])
        pool = "".join(rng.sample(alphabets, rng.randrange(1, len(alphabets) + 1)))
        words = rng.choice(["", LONG[: rng.randrange(len(LONG))]])
        texts.append(words + "".join(rng.choices(pool, k=length)))
    return texts


def test_every_kind_of_text_survives_storing_and_the_migration(tmp_path: Path) -> None:
    texts = random_texts(seed=14, count=300)
    path = tmp_path / "v8.cjv"
    with create_vault(path, PASSPHRASE, schema=8) as vault, vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO journal_entry (id, entry_date, created_at, updated_at, title, body)"
            " VALUES (?, '2024-03-14', '2024-03-14T08:00:00+00:00',"
            " '2024-03-14T08:00:00+00:00', 'Oud', ?)",
            list(enumerate(texts, 1)),
        )
    with open_vault(path, PASSPHRASE) as vault:
        journal = JournalStore(vault)
        assert [journal.get(i).body for i in range(1, 301)] == texts  # type: ignore[union-attr]
        added = [journal.add(Entry(DAY, "Nieuw", text)).id for text in texts]
        assert [journal.get(i).body for i in added] == texts  # type: ignore[union-attr]
        index_is_intact(vault)
