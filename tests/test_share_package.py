"""Opening a coach package that is wrong in some way: a clear error, and the file untouched."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from careerjournal.export.document import Cover, Document, Heading, Paragraph
from careerjournal.export.package import FORMAT, PackageTooNew, read_package, write_package
from careerjournal.vault import (
    NotAVault,
    VaultDamaged,
    VaultNotFound,
    WrongPassphrase,
    cipherfile,
)
from tests.helpers.passphrases import PASSPHRASE

COACH = "een wachtwoordzin voor de coach"
DOCUMENT = Document(
    "Shared with my coach",
    "en",
    (
        Cover("Shared with my coach", "Sanne", ("Made on 10 March 2026",)),
        Heading("Journal"),
        *(Paragraph(f"Entry {n}: " + "words " * 300) for n in range(12)),
    ),
)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    path = tmp_path / "coach.cjshare"
    write_package(path, COACH, DOCUMENT)
    return path


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def refused(path: Path, passphrase: str, error: type[Exception]) -> Exception:
    """Opening fails with ``error``, and nothing about the file or its folder changes."""
    before = fingerprint(path) if path.exists() else None
    neighbours = sorted(path.parent.iterdir())
    with pytest.raises(error) as caught:
        read_package(path, passphrase)
    assert (fingerprint(path) if path.exists() else None) == before
    assert sorted(path.parent.iterdir()) == neighbours
    return caught.value


def test_a_package_opens_read_only_and_stays_as_it_was(package: Path) -> None:
    before = fingerprint(package)
    assert read_package(package, COACH).document == DOCUMENT
    assert fingerprint(package) == before
    assert sorted(p.name for p in package.parent.iterdir()) == ["coach.cjshare"]
    assert package.read_bytes()[:16] != b"SQLite format 3\x00"


def test_wrong_passphrase(package: Path) -> None:
    error = refused(package, "not the passphrase", WrongPassphrase)
    assert "shared package" in str(error)


def test_truncated_mid_page(package: Path) -> None:
    package.write_bytes(package.read_bytes()[:6000])
    assert "damaged" in str(refused(package, COACH, VaultDamaged))


def test_truncated_at_a_page_boundary(package: Path) -> None:
    data = package.read_bytes()
    package.write_bytes(data[: len(data) - 4096])
    refused(package, COACH, VaultDamaged)


@pytest.mark.parametrize("page", [0, 2])
def test_altered_bytes(package: Path, page: int) -> None:
    data = bytearray(package.read_bytes())
    start = page * 4096 + 200
    data[start : start + 64] = bytes(b ^ 0x5A for b in data[start : start + 64])
    package.write_bytes(bytes(data))
    error = refused(package, COACH, VaultDamaged)
    assert "damaged" in str(error)


def _rewrite(path: Path, statement: str, *params: object) -> None:
    """Change a package from the inside, as another program or version could."""
    opened = cipherfile.unlock(path, COACH, cipherfile.PACKAGE)
    opened.conn.execute(statement, params)
    opened.conn.close()


def test_a_package_from_a_newer_version(package: Path) -> None:
    _rewrite(package, "UPDATE package_meta SET value = ? WHERE key = 'format'", str(FORMAT + 1))
    error = refused(package, COACH, PackageTooNew)
    assert "Update CareerJournal" in str(error)


@pytest.mark.parametrize(
    "kind, data",
    [
        ("Script", json.dumps({"code": "x"})),
        ("Paragraph", "not json"),
        ("Paragraph", json.dumps({"text": 42})),
        ("Paragraph", json.dumps({"text": "x", "style": "shouting"})),
        ("Heading", json.dumps({"text": "x", "level": 7})),
        ("Paragraph", json.dumps({"text": "x", "evil": True})),
    ],
)
def test_content_that_is_not_a_known_block_counts_as_damage(
    package: Path, kind: str, data: str
) -> None:
    _rewrite(package, "INSERT INTO block (position, kind, data) VALUES (999, ?, ?)", kind, data)
    refused(package, COACH, VaultDamaged)


def test_a_package_without_its_description_counts_as_damage(package: Path) -> None:
    _rewrite(package, "DELETE FROM package_meta WHERE key = 'language'")
    refused(package, COACH, VaultDamaged)


def test_a_vault_given_instead_of_a_package(vault_path: Path) -> None:
    error = refused(vault_path, PASSPHRASE, NotAVault)
    assert "is a CareerJournal vault, not a CareerJournal shared package" in str(error)
    # With any other passphrase a vault cannot be told from a package: both are encrypted.
    refused(vault_path, COACH, WrongPassphrase)


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4\n" + bytes(9000), None])
def test_other_files_are_not_packages(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "other.cjshare"
    if content is None:
        with sqlite3.connect(path) as plain:
            plain.execute("CREATE TABLE block (data TEXT)")
        plain.close()
    else:
        path.write_bytes(content)
    refused(path, COACH, NotAVault)


def test_a_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "gone.cjshare", COACH, VaultNotFound)


def test_writing_never_replaces_a_package_and_leaves_no_part(package: Path) -> None:
    from careerjournal.export.files import KeeperTarget

    before = fingerprint(package)
    other = Document("Other", "nl", (Paragraph("Nieuw"),))
    with pytest.raises(KeeperTarget):
        write_package(package, COACH, other, replace=True)  # issue 11: not even after a yes
    assert fingerprint(package) == before
    write_package(package.with_name("other.cjshare"), COACH, other)
    assert read_package(package.with_name("other.cjshare"), COACH).document == other
    assert sorted(p.name for p in package.parent.iterdir()) == ["coach.cjshare", "other.cjshare"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerjournal.export import package as package_module

    before = fingerprint(package)

    def broken(*args: object, **kwargs: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(package_module.json, "dumps", broken)
    with pytest.raises(OSError, match="No space"):
        write_package(
            package.with_name("new.cjshare"), COACH, Document("Other", "nl", (Paragraph("N"),))
        )
    assert fingerprint(package) == before
    assert [p.name for p in package.parent.iterdir()] == ["coach.cjshare"]
