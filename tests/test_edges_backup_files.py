"""Backups and restores write through fresh, exclusive, owner-only temporary files too."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

from careerjournal.vault import open_vault
from careerjournal.vault.backup import make_backup, restore
from tests.helpers.passphrases import PASSPHRASE


def test_a_planted_part_symlink_is_never_written_through(vault, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "careerjournal-2026-01-01.cjv.part").symlink_to(victim)
    old = os.umask(0)
    try:
        backup = make_backup(vault, folder, date(2026, 1, 1))
    finally:
        os.umask(old)
    assert victim.read_bytes() == b"keep me"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    open_vault(backup, PASSPHRASE, read_only=True).close()

    vault.close()
    (vault.path.with_name(vault.path.name + ".part")).symlink_to(victim)
    restore(backup, vault.path)
    assert victim.read_bytes() == b"keep me"
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    open_vault(vault.path, PASSPHRASE).close()
    leftovers = [p.name for p in tmp_path.rglob("*.part") if not p.is_symlink()]
    assert leftovers == []


def test_two_restores_in_one_second_keep_both_files_aside(vault, tmp_path: Path) -> None:
    from datetime import datetime

    backup = make_backup(vault, tmp_path / "backups", date(2026, 1, 1))
    vault.close()
    moment = datetime(2026, 1, 2, 10, 0, 0)
    first = restore(backup, vault.path, moment)
    second = restore(backup, vault.path, moment)
    assert first != second and first.exists() and second.exists()
