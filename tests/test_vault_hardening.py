"""Backups, recovery keys, integrity checks and faults, on real vault files."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from careerjournal.vault import (
    VaultDamaged,
    WriteFailed,
    WrongPassphrase,
    backup,
    open_vault,
    open_with_recovery_key,
    recovery,
    sniff,
)
from tests.helpers.damage import note, old_page_put_back
from tests.helpers.files import is_owner_only
from tests.helpers.passphrases import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def read_note(vault, key: str) -> str | None:
    row = vault.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


# --- integrity ----------------------------------------------------------------


def test_file_cut_at_a_page_boundary_is_damaged(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        for n in range(200):
            note(vault, f"k{n}", "x" * 300)
    data = vault_path.read_bytes()
    pages = len(data) // sniff.PAGE_SIZE
    vault_path.write_bytes(data[: (pages - 3) * sniff.PAGE_SIZE])
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, PASSPHRASE)


def test_altered_page_in_the_middle_is_damaged(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        for n in range(50):
            note(vault, f"k{n}", "y" * 300)
    data = bytearray(vault_path.read_bytes())
    data[3 * sniff.PAGE_SIZE + 500] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, PASSPHRASE)


# --- backups ------------------------------------------------------------------


def test_backup_opens_with_the_same_passphrase(vault, tmp_path: Path) -> None:
    note(vault, "mine", "before backup")
    path = backup.make_backup(vault, tmp_path / "backups", date(2026, 11, 23))
    assert path.name == "careerjournal-2026-11-23.cjv"
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert is_owner_only(path)
    with open_vault(path, PASSPHRASE, read_only=True) as copy:
        assert read_note(copy, "mine") == "before backup"


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    today = date(2026, 11, 23)
    days = [today - timedelta(days=n) for n in range(90)]
    keep = backup.to_keep(days)
    assert set(days[:7]) <= keep
    older = sorted(keep - set(days[:7]), reverse=True)
    assert len(older) == 4
    assert len({d.isocalendar()[:2] for d in older}) == 4
    assert all(d < days[6] for d in older)


def test_prune_deletes_by_date(vault, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = date(2026, 1, 1)
    for n in range(40):
        backup.make_backup(vault, folder, start + timedelta(days=n))
    kept = backup.list_backups(folder)
    assert len(kept) == 11
    assert kept[0].day == start + timedelta(days=39)
    assert not list(folder.glob("*.part"))


def test_backup_at_most_once_a_day(vault, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    today = date(2026, 11, 23)
    assert backup.backup_due(folder, today)
    backup.make_backup(vault, folder, today)
    assert not backup.backup_due(folder, today)
    assert backup.backup_due(folder, today + timedelta(days=1))


def test_restore_keeps_the_current_vault_aside(vault_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    with open_vault(vault_path, PASSPHRASE) as vault:
        note(vault, "state", "old")
        made = backup.make_backup(vault, folder, date(2026, 11, 1))
        note(vault, "state", "new")
    aside = backup.restore(made, vault_path, datetime(2026, 11, 23, 12, 0, 0))
    assert aside.name == "vault.cjv.before-restore-20261123-120000"
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert read_note(vault, "state") == "old"
    with open_vault(aside, PASSPHRASE) as vault:
        assert read_note(vault, "state") == "new"


# --- recovery key -------------------------------------------------------------


def test_recovery_key_opens_and_forces_a_new_passphrase(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        note(vault, "secret", "kept")
        with pytest.raises(WrongPassphrase):
            vault.recovery_key("not mine")
        sheet = vault.recovery_key(PASSPHRASE)
    assert len(sheet.split("-")) == 13
    typed = sheet.lower().replace("-", " ")
    with open_with_recovery_key(vault_path, typed) as vault:
        assert vault.recovered
        assert read_note(vault, "secret") == "kept"
        vault.set_passphrase("a brand new passphrase")
        assert not vault.recovered
    open_vault(vault_path, "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    # The old sheet no longer opens the vault after the change.
    with pytest.raises(WrongPassphrase):
        open_with_recovery_key(vault_path, sheet)


def test_incomplete_recovery_key_is_refused(vault_path: Path) -> None:
    with pytest.raises(WrongPassphrase, match="complete"):
        open_with_recovery_key(vault_path, "ABCD-EFGH")
    assert recovery.parse(recovery.format_key(bytes(range(32)))) == bytes(range(32))


def test_set_passphrase_needs_a_recovery_open(vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.set_passphrase("anything")


# --- faults ------------------------------------------------------------------


def test_vault_deleted_while_open_refuses_the_write(vault) -> None:
    note(vault, "before", "saved")
    os.unlink(vault.path)
    with pytest.raises(WriteFailed, match="moved or deleted"):
        note(vault, "after", "lost?")


def test_vault_replaced_while_open_refuses_the_write(vault, tmp_path: Path) -> None:
    os.replace(vault.path, tmp_path / "elsewhere.cjv")
    vault.path.write_bytes(b"")
    with pytest.raises(WriteFailed):
        note(vault, "after", "x")


def test_disk_full_is_a_clear_error_and_commits_nothing(vault) -> None:
    pages = vault.connection.execute("PRAGMA page_count").fetchone()[0]
    vault.connection.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(WriteFailed, match="full"):
        note(vault, "big", "z" * 200_000)
    assert read_note(vault, "big") is None
    vault.connection.execute("PRAGMA max_page_count = 1073741823")
    note(vault, "small", "fits again")
    assert read_note(vault, "small") == "fits again"


def _read_only_mount_works() -> bool:
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(
    not shutil.which("unshare") or not _read_only_mount_works(),
    reason="needs unshare for a private read-only mount",
)
def test_read_only_location_is_refused_clearly(vault_path: Path, tmp_path: Path) -> None:
    """A stick switched to read-only: a real read-only filesystem, in a private mount namespace."""
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "v.cjv"
    target.write_bytes(vault_path.read_bytes())
    script = textwrap.dedent(
        """
        import sys
        sys.path.insert(0, sys.argv[3])
        from careerjournal.vault import create_vault, open_vault, LocationNotWritable
        for action in (lambda: open_vault(sys.argv[1], sys.argv[2]),
                       lambda: create_vault(sys.argv[1] + ".new", sys.argv[2])):
            try:
                action()
            except LocationNotWritable as e:
                print("REFUSED", e)
        """
    )
    command = (
        f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && '
        f'exec "{sys.executable}" -c "$0" "$1" "$2" "$3"'
    )
    before = target.read_bytes()
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", command, script, str(target), PASSPHRASE, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.count("REFUSED") == 2, result.stdout + result.stderr
    assert target.read_bytes() == before


# --- crash safety -------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[3])
    from careerjournal.vault import open_vault
    vault = open_vault(sys.argv[1], sys.argv[2])
    n = int(sys.argv[4])
    while True:
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES (?, ?)", (f"entry-{n}", "x" * (n % 5000)))
        print(n, flush=True)
        n += 1
    """
)


@pytest.mark.slow
def test_sigkill_while_writing_never_loses_a_committed_entry(vault_path: Path) -> None:
    rng = random.Random(20261123)
    committed: list[int] = []
    next_n = 0
    for _ in range(15):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(vault_path), PASSPHRASE, str(ROOT), str(next_n)],
            stdout=subprocess.PIPE,
            text=True,
        )
        # Let it commit a random number of entries, then kill it mid-loop.
        for _ in range(rng.randint(1, 40)):
            line = child.stdout.readline()
            if line:
                committed.append(int(line))
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        child.wait()
        committed.extend(int(line) for line in child.stdout.read().split())
        with open_vault(vault_path, PASSPHRASE) as vault:  # runs both integrity checks
            stored = {
                row[0]
                for row in vault.connection.execute("SELECT key FROM meta WHERE key LIKE 'entry-%'")
            }
        assert {f"entry-{n}" for n in committed} <= stored
        next_n = max(committed) + 1000 if committed else next_n + 1000


def test_structure_check_finds_what_page_hmacs_cannot(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert vault.structure_check().run() == []
    old_page_put_back(vault_path)
    with open_vault(vault_path, PASSPHRASE, read_only=True) as vault:
        assert vault.structure_check().run()
        assert vault.structure_check() is None, "once per open; the key is dropped"


def test_structure_check_can_be_cancelled_from_another_thread(vault_path: Path) -> None:
    import threading

    with open_vault(vault_path, PASSPHRASE) as vault:
        for n in range(300):
            note(vault, f"c{n}", "z" * 2000)
        check = vault.structure_check()
    results: list[list[str]] = []
    worker = threading.Thread(target=lambda: results.append(check.run()))
    check.cancel()
    worker.start()
    worker.join(timeout=30)
    assert results == [[]] and not worker.is_alive()


def test_a_cancel_during_the_page_scan_also_stops_the_structure_check(vault_path: Path) -> None:
    """SQLite forgets an interrupt between statements: the second check must still stop."""
    import threading

    with open_vault(vault_path, PASSPHRASE) as vault:
        for n in range(300):
            note(vault, f"f{n}", "z" * 2000)
    with open_vault(vault_path, PASSPHRASE, read_only=True) as vault:
        check = vault.structure_check()
    # Cut at a page boundary: the page scan passes it, only integrity_check reports it.
    os.truncate(vault_path, vault_path.stat().st_size - 3 * sniff.PAGE_SIZE)
    results: list[list[str]] = []
    worker = threading.Thread(target=lambda: results.append(check.run()))
    worker.start()
    while check._conn is None and worker.is_alive():
        threading.Event().wait(0.001)
    check.cancel()  # after the check has its connection: before or during the page scan
    worker.join(timeout=60)
    assert results == [[]], "a cancelled check reports nothing and runs no further"
