"""The encrypted vault, on real SQLCipher files in temp folders."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from careerjournal.vault import (
    InvalidPassphrase,
    LocationNotWritable,
    NotAVault,
    VaultClosed,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    create_vault,
    kdf,
    migrations,
    open_vault,
    sniff,
)
from tests.helpers.files import is_owner_only
from tests.helpers.passphrases import PASSPHRASE


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mode, p.read_bytes()) for p in folder.iterdir() if p.is_file()}


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "mine.cjv"
    with create_vault(path, PASSPHRASE) as vault, vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('greeting', 'hallo wereld')")
    with open_vault(path, PASSPHRASE) as vault:
        row = vault.connection.execute("SELECT value FROM meta WHERE key = 'greeting'").fetchone()
    assert row == ("hallo wereld",)


def test_file_is_owner_only_and_never_plain_sqlite(vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "new.cjv"
    create_vault(path, PASSPHRASE).close()
    assert is_owner_only(path)
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"CREATE TABLE" not in data and b"exercise_run" not in data


def test_settings_are_as_documented(vault) -> None:
    conn = vault.connection
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


@pytest.mark.parametrize(
    "passphrase",
    [
        'it\'s "quoted"',
        "back\\slash\\",
        "x'00'; DROP TABLE meta; --",
        "🦉 de uil 🔑",
        "é" * 200,
        "  spaces  ",
    ],
)
def test_any_typed_passphrase_works(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "p.cjv"
    create_vault(path, passphrase).close()
    open_vault(path, passphrase).close()
    with pytest.raises(WrongPassphrase):
        open_vault(path, passphrase + "x")


def test_composed_and_decomposed_accents_are_the_same_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "nfc.cjv"
    create_vault(path, "koffie café").close()  # é as one code point
    open_vault(path, "koffie cafe\u0301").close()  # e + combining accent, as some keyboards send it


def test_wrong_passphrase_changes_nothing(vault_path: Path) -> None:
    before = _snapshot(vault_path.parent)
    with pytest.raises(WrongPassphrase) as info:
        open_vault(vault_path, "not it")
    assert info.value.path == vault_path
    assert _snapshot(vault_path.parent) == before


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nope.cjv", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAVault, match="folder"):
        open_vault(tmp_path, PASSPHRASE)
    with pytest.raises(NotAVault, match="folder"):
        create_vault(tmp_path, PASSPHRASE)


def test_empty_file_is_refused_not_turned_into_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "empty.cjv"
    path.touch()
    with pytest.raises(NotAVault, match="empty"):
        open_vault(path, PASSPHRASE)
    assert path.stat().st_size == 0


def test_plain_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(NotAVault, match="unencrypted SQLite"):
        open_vault(path, PASSPHRASE)
    assert path.read_bytes() == before


def test_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(9000))
    with pytest.raises(NotAVault, match="PDF"):
        open_vault(path, PASSPHRASE)


def test_truncated_file_is_damaged_not_a_wrong_passphrase(vault_path: Path) -> None:
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, PASSPHRASE)


def test_damaged_first_page_does_not_blame_the_passphrase(vault_path: Path) -> None:
    data = bytearray(vault_path.read_bytes())
    data[100:200] = bytes(100)  # inside page 1, after the salt
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match="passphrase is right"):
        open_vault(vault_path, PASSPHRASE)
    # With another passphrase no page authenticates: that one is wrong.
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "something else")


def test_encrypted_database_of_another_program_is_refused(tmp_path: Path) -> None:
    import sqlcipher3

    path = tmp_path / "other.db"
    key = kdf.derive_key(PASSPHRASE, bytes(16), kdf.FORMATS[kdf.CURRENT_FORMAT])
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}{bytes(16).hex()}'\"")
    conn.execute("CREATE TABLE a (x)")
    conn.execute("CREATE TABLE b (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault, match="not a CareerJournal vault"):
        open_vault(path, PASSPHRASE)


def test_create_refuses_to_overwrite(vault_path: Path) -> None:
    before = vault_path.read_bytes()
    with pytest.raises(VaultExists):
        create_vault(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before


def test_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidPassphrase):
        create_vault(tmp_path / "v.cjv", "")
    assert not (tmp_path / "v.cjv").exists()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="root may write anywhere; Windows has no POSIX folder modes",
)
def test_read_only_location(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LocationNotWritable):
            create_vault(folder / "v.cjv", PASSPHRASE)
    finally:
        folder.chmod(0o700)


def test_unwritable_location_when_parent_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LocationNotWritable):
        create_vault(blocker / "v.cjv", PASSPHRASE)


def test_change_passphrase(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("not the old one", "a new one here")
        with pytest.raises(InvalidPassphrase):
            vault.change_passphrase(PASSPHRASE, "")
        vault.change_passphrase(PASSPHRASE, "nieuwe zin met 'quote'")
        assert vault.matches("nieuwe zin met 'quote'")
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('after', 'rekey')")
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    with open_vault(vault_path, "nieuwe zin met 'quote'") as vault:
        assert vault.connection.execute("SELECT value FROM meta WHERE key='after'").fetchone()
        assert vault.schema_version() == migrations.LATEST


def test_closed_vault_refuses_use(vault) -> None:
    vault.close()
    assert vault.closed
    with pytest.raises(VaultClosed):
        _ = vault.connection
    vault.close()  # twice is harmless


def test_failed_transaction_commits_nothing(vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('half', 'done')")
        raise RuntimeError("crash between writes")
    assert vault.connection.execute("SELECT * FROM meta WHERE key='half'").fetchone() is None


@pytest.mark.parametrize("start", range(1, migrations.LATEST))
def test_migrates_from_every_older_version(tmp_path: Path, start: int) -> None:
    path = tmp_path / f"v{start}.cjv"
    with create_vault(path, PASSPHRASE, schema=start) as vault:
        assert vault.schema_version() == start
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('kept', 'yes')")
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST
        assert vault.connection.execute("SELECT value FROM meta WHERE key='kept'").fetchone()


def test_newer_vault_is_refused_untouched(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        vault.connection.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    before = vault_path.read_bytes()
    with pytest.raises(VaultTooNew):
        open_vault(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before


def test_page_authentication_tells_key_from_damage(vault_path: Path) -> None:
    salt = sniff.read_salt(vault_path)
    right = kdf.derive_key(PASSPHRASE, salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
    wrong = kdf.derive_key("other", salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
    assert all(sniff.authentic_pages(vault_path, right, salt))
    assert not any(sniff.authentic_pages(vault_path, wrong, salt))


def test_real_key_derivation_parameters(_memoised_key_derivation) -> None:
    real = _memoised_key_derivation
    params = kdf.FORMATS[1]
    assert (params.memory_kib, params.time_cost, params.parallelism) == (65536, 6, 4)
    key = real("passphrase", bytes(range(16)), params)
    assert len(key) == 32 and key == real("passphrase", bytes(range(16)), params)
    assert key != real("passphrase", bytes(range(1, 17)), params)
