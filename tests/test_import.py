"""Importing jrnl, Day One and Markdown journals: as written, once, all or nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from careerjournal.importing import Cancelled, SourceError, detect_format, read_source, run_import
from careerjournal.importing.source import _check_depth
from careerjournal.journal import Entry, JournalStore
from tests.helpers.passphrases import PASSPHRASE

JRNL = {
    "tags": {"@werk": 2, "@loopbaan": 1},
    "entries": [
        {
            "title": "Gesprek met Anna.",
            "body": "Ze vroeg of ik blijf. Ik weet het niet.",
            "date": "2023-03-14",
            "time": "21:05",
            "tags": ["@werk", "@loopbaan"],
            "starred": False,
        },
        {
            "title": "Weer een vergadering.",
            "body": "",
            "date": "2023-03-15",
            "time": "08:30",
            "tags": ["@werk"],
            "starred": True,
        },
    ],
}

DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "A1",
            # 23:30 UTC on the 1st is already the 2nd in Amsterdam.
            "creationDate": "2024-02-01T23:30:00Z",
            "timeZone": "Europe/Amsterdam",
            "text": "# Na de reorganisatie\n\nIk voel me leeg\\! ![](dayone-moment://ABC)\nMorgen bellen.",
            "tags": ["werk", "twijfel"],
            "photos": [{"identifier": "ABC"}, {"identifier": "DEF"}],
        },
        {
            "uuid": "A2",
            "creationDate": "2024-02-03T07:00:00Z",
            "timeZone": "America/New_York",
            "text": "Kort, zonder titel.",
            "audios": [{"identifier": "X"}],
        },
    ],
}


@pytest.fixture
def journal(vault) -> JournalStore:
    return JournalStore(vault)


def _write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _dayone_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps(DAYONE))
        archive.writestr("photos/abc.jpeg", b"\xff\xd8 not really a photo")
    return path


def _notes(folder: Path) -> Path:
    (folder / ".obsidian").mkdir(parents=True)
    (folder / ".obsidian" / "2020-01-01.md").write_text("settings, not a note")
    (folder / "Dagboek").mkdir()
    (folder / "Dagboek" / "2024-05-01.md").write_text(
        "# Een goede dag\n\nMet #mentor Ruud gepraat over #loopbaan.\n![[foto.png]]\n"
    )
    (folder / "Joplin note.md").write_text(
        "---\ntitle: Wat ik wil\ncreated: 2022-11-05 10:00:00Z\ntags:\n  - dromen\n  - plan b\n---\n"
        "Eigen bedrijf? Ik schrijf het op.\n"
    )
    (folder / "Ideeën zonder datum.md").write_text("Nog uitzoeken.")
    return folder


def test_jrnl_entries_come_in_as_written(journal: JournalStore, tmp_path: Path) -> None:
    source = _write(tmp_path / "jrnl.json", JRNL)
    assert detect_format(source) == "jrnl"
    plan = read_source(source, journal)
    assert (len(plan.new), plan.first, plan.last) == (2, date(2023, 3, 14), date(2023, 3, 15))
    assert run_import(journal, plan) == 2
    first = journal.get(journal.page(0, 10)[-1].id)
    assert first.title == "Gesprek met Anna." and first.body.startswith("Ze vroeg")
    assert first.tags == ("werk", "loopbaan") and first.entry_date == date(2023, 3, 14)


def test_day_one_zip_keeps_the_local_day_and_counts_attachments(
    journal: JournalStore, tmp_path: Path
) -> None:
    source = _dayone_zip(tmp_path / "Export.zip")
    assert detect_format(source) == "dayone"
    plan = read_source(source, journal)
    assert plan.attachments == 3
    run_import(journal, plan)
    entries = [journal.get(s.id) for s in journal.page(0, 10)]
    by_title = {e.title: e for e in entries}
    night = by_title["Na de reorganisatie"]
    assert night.entry_date == date(2024, 2, 2)  # Amsterdam's day, not UTC's
    assert night.body == "Ik voel me leeg! \nMorgen bellen."
    assert "dayone-moment" not in night.body and night.tags == ("werk", "twijfel")
    untitled = by_title[""]
    assert untitled.entry_date == date(2024, 2, 3) and untitled.body == "Kort, zonder titel."


def test_a_day_one_zip_is_known_by_its_content_not_its_name(
    journal: JournalStore, tmp_path: Path
) -> None:
    source = _dayone_zip(tmp_path / "Export.zip").rename(tmp_path / "dagboek-export")
    assert detect_format(source) == "dayone"
    assert len(read_source(source, journal).new) == 2


def test_day_one_json_alone_works_too(journal: JournalStore, tmp_path: Path) -> None:
    source = _write(tmp_path / "Journal.json", DAYONE)
    assert detect_format(source) == "dayone"
    assert len(read_source(source, journal).new) == 2


def test_markdown_notes_with_dates_in_names_and_front_matter(
    journal: JournalStore, tmp_path: Path
) -> None:
    folder = _notes(tmp_path / "vault")
    assert detect_format(folder) == "markdown"
    plan = read_source(folder, journal)
    assert (len(plan.new), plan.undated, plan.attachments) == (2, 1, 1)
    run_import(journal, plan)
    entries = {e.title: e for e in (journal.get(s.id) for s in journal.page(0, 10))}
    daily = entries["Een goede dag"]
    assert daily.entry_date == date(2024, 5, 1)
    assert daily.tags == ("mentor", "loopbaan") and "#mentor Ruud" in daily.body
    assert "foto.png" not in daily.body
    joplin = entries["Wat ik wil"]
    assert joplin.entry_date == date(2022, 11, 5) and joplin.tags == ("dromen", "plan b")


def test_importing_the_same_source_twice_adds_nothing(
    journal: JournalStore, tmp_path: Path
) -> None:
    source = _write(tmp_path / "jrnl.json", JRNL)
    run_import(journal, read_source(source, journal))
    again = read_source(source, journal)
    assert again.new == () and again.duplicates == 2
    assert journal.count() == 2


def test_what_is_already_there_by_hand_is_not_doubled(
    journal: JournalStore, tmp_path: Path
) -> None:
    journal.add(
        Entry(date(2023, 3, 14), "Gesprek met Anna.", "Ze vroeg of ik blijf. Ik weet het niet.")
    )
    plan = read_source(_write(tmp_path / "jrnl.json", JRNL), journal)
    assert len(plan.new) == 1 and plan.duplicates == 1


def test_a_cancel_mid_import_leaves_the_journal_as_it_was(
    journal: JournalStore, tmp_path: Path
) -> None:
    journal.add(Entry(date(2020, 1, 1), "Al van mij", "blijft"))
    many = {
        "entries": [
            {
                "title": f"Dag {n}",
                "body": "tekst",
                "date": f"2021-{1 + n % 12:02d}-{1 + n % 28:02d}",
            }
            for n in range(1000)
        ]
    }
    plan = read_source(_write(tmp_path / "many.json", many), journal)
    seen: list[int] = []

    def stop_half_way(done: int, total: int) -> bool:
        seen.append(done)
        return done < total // 2

    with pytest.raises(Cancelled):
        run_import(journal, plan, stop_half_way)
    assert seen and max(seen) >= 500
    assert journal.count() == 1 and journal.page(0, 5)[0].title == "Al van mij"
    assert run_import(journal, plan) == 1000


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cut.json", json.dumps(JRNL)[:-40], "not valid JSON"),
        ("notes.txt", "Lieve dagboek,", "not a jrnl or Day One"),
        ("other.json", json.dumps({"entries": {"a": 1}}), "no list of entries"),
        ("foreign.json", json.dumps({"entries": [{"x": 1}]}), "neither jrnl"),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "not a jrnl or Day One"),
        ("deeper.json", '{"entries": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        (
            "baddate.json",
            json.dumps({"entries": [{"date": "2023-02-30", "body": "x"}]}),
            "no valid date",
        ),
        ("binary.json", b"{\xff\xfe\x00", "not UTF-8"),
    ],
)
def test_a_broken_source_says_so_and_changes_nothing(
    journal: JournalStore, tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match=message):
        read_source(path, journal)
    assert journal.count() == 0


def test_a_zip_without_a_journal_and_a_cut_zip(journal: JournalStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("photos/a.jpeg", b"x")
    with pytest.raises(SourceError, match="no Day One journal"):
        read_source(empty, journal)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(_dayone_zip(tmp_path / "whole.zip").read_bytes()[:-30])
    with pytest.raises(SourceError):
        read_source(cut, journal, "dayone")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_or_device_is_refused_without_hanging(journal: JournalStore, tmp_path: Path) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="not a file"):
        read_source(fifo, journal, "jrnl")
    if Path("/dev/zero").exists():
        with pytest.raises(SourceError, match="not a file"):
            read_source(Path("/dev/zero"), journal, "jrnl")


def test_an_empty_folder_is_not_a_journal(journal: JournalStore, tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no Markdown notes"):
        read_source(tmp_path, journal)


def _cli(*args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "careerjournal", "import", *args, "--passphrase-stdin"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_command_line_imports_once_and_names_the_plaintext_source(
    vault_path: Path, tmp_path: Path
) -> None:
    source = _dayone_zip(tmp_path / "Export.zip")
    dry = _cli(str(source), "--vault", str(vault_path), "--dry-run")
    assert dry.returncode == 0 and "2 new entries, 2024-02-02 to 2024-02-03" in dry.stdout
    assert "3 attachments" in dry.stdout
    done = _cli(str(source), "--vault", str(vault_path))
    assert done.returncode == 0, done.stderr
    assert "imported 2 entries" in done.stdout and "plain text" in done.stderr
    again = _cli(str(source), "--vault", str(vault_path))
    assert "0 new entries" in again.stdout and "2 already in your journal" in again.stdout


def test_the_command_line_gives_one_line_for_a_bad_source(vault_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("geen export")
    result = _cli(str(bad), "--vault", str(vault_path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    wrong = _cli(str(bad), "--vault", str(vault_path), stdin="not the passphrase\n")
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr


@pytest.mark.parametrize(
    ("text", "too_deep"),
    [
        ("[" * 64 + "]" * 64, False),
        ("[" * 65 + "]" * 65, True),
        # Brackets inside strings, escaped quotes and backslashes do not count.
        ('["' + "[" * 100 + '"]', False),
        ('["a \\" ' + "{" * 100 + '", "\\\\"' + "]", False),
        ('["\\\\"' + "," + "[" * 65 + "]" * 65 + "]", True),
        ("[" * 60 + '"x"' + "{" * 5, True),
        # A string that never closes hides the rest, as it does from the parser.
        ('["open ' + "[" * 100, False),
        ('"' + '\\"' * 50_000 + "[" * 100, False),
    ],
)
def test_the_depth_check_counts_only_brackets_outside_strings(text: str, too_deep: bool) -> None:
    if too_deep:
        with pytest.raises(SourceError, match="nested too deeply"):
            _check_depth(text, "x.json")
    else:
        _check_depth(text, "x.json")
