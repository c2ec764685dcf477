"""Demo vaults: a believable Dutch journal and finished exercises, made quickly and whole."""

from __future__ import annotations

import io
import random
from datetime import date
from pathlib import Path

import pytest

from careerjournal import cli
from careerjournal.demo import build_demo_vault
from careerjournal.demo import journal as demo_journal
from careerjournal.exercises import ExerciseStore, load_folder
from careerjournal.journal import JournalStore
from careerjournal.resources import exercises_dir
from careerjournal.vault import VaultExists, open_vault
from tests.helpers.passphrases import PASSPHRASE

DUTCH_WORDS = {"ik", "het", "de", "een", "en", "niet", "dat", "mijn"}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.cjv"
    build_demo_vault(path, PASSPHRASE, entries=60)
    return path


def test_demo_vault_holds_a_dutch_journal(demo_path: Path) -> None:
    with open_vault(demo_path, PASSPHRASE) as vault:
        store = JournalStore(vault)
        entries = [store.get(summary.id) for summary in store.page(0, 100)]
        tags = dict(store.tags())
    assert len(entries) == 60
    assert all(e.body and DUTCH_WORDS & set(e.body.lower().split()) for e in entries)
    assert len({e.body for e in entries}) == 60 and len({e.title for e in entries}) > 20
    dates = [e.entry_date for e in entries]
    assert max(dates) <= date.today() and (max(dates) - min(dates)).days > 365
    assert {"werk", "overstap", "energie", "gesprek", "leidinggevende", "opleiding"} <= set(tags)
    assert all(e.mood is None or 1 <= e.mood <= 5 for e in entries)
    assert sum(e.mood is not None for e in entries) > 40


def test_demo_vault_has_a_finished_run_of_every_exercise(demo_path: Path) -> None:
    catalog = load_folder(exercises_dir())
    with open_vault(demo_path, PASSPHRASE) as vault:
        results = ExerciseStore(vault).latest_results()
    assert set(results) == {exercise.id for exercise in catalog.exercises}
    assert all(run.result for run in results.values())


def test_demo_search_finds_dutch_words_with_and_without_accents(demo_path: Path) -> None:
    with open_vault(demo_path, PASSPHRASE) as vault:
        store = JournalStore(vault)
        assert store.search("carriere") and store.search("carr")
        assert store.count(query="overleg") > 0


def test_many_entries_are_varied_and_the_same_each_time() -> None:
    today = date(2030, 6, 1)
    entries = list(demo_journal.demo_entries(2000, today, random.Random(7)))
    again = list(demo_journal.demo_entries(2000, today, random.Random(7)))
    assert entries == again
    assert len({e.body for e in entries}) > 1990
    assert len({e.title for e in entries}) > 60
    assert (today - min(e.entry_date for e in entries)).days > 3 * 365


def test_demo_never_overwrites(demo_path: Path) -> None:
    with pytest.raises(VaultExists):
        build_demo_vault(demo_path, PASSPHRASE, entries=1)


def test_a_failed_demo_leaves_no_half_vault(tmp_path: Path, monkeypatch) -> None:
    def fail(*args: object) -> int:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr("careerjournal.demo.complete_demo_runs", fail)
    path = tmp_path / "half.cjv"
    with pytest.raises(RuntimeError):
        build_demo_vault(path, PASSPHRASE, entries=3)
    assert list(tmp_path.iterdir()) == []  # nor its temporary file


def test_command_line_demo(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "cli.cjv"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PASSPHRASE.encode() + b"\n")))
    assert cli.main(["demo", str(path), "--entries", "5", "--passphrase-stdin"]) == 0
    assert "demo vault written" in capsys.readouterr().out
    with open_vault(path, PASSPHRASE) as vault:
        assert JournalStore(vault).count() == 5
