"""A hostile coach package: refused with one clear message, in time, in little memory.

The attacks come from tests/helpers/package_fuzz.py (properly encrypted, so they
reach the parser); those that could hang are read in a worker process with a
watchdog and a memory limit (tests/helpers/fuzz_runner.py).
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest

from careerjournal.export.document import (
    Chart,
    ChartBar,
    Cover,
    Document,
    MonthStrip,
    Paragraph,
    Row,
    Table,
)
from careerjournal.export.package import (
    PackageInvalid,
    PackageTooLarge,
    read_package,
    write_package,
)
from careerjournal.export.package_decode import MAX_CHARS, load_json
from careerjournal.export.package_schema import MAX_FILE_BYTES
from careerjournal.export.pdf import render_pdf
from careerjournal.ui.dialogs.coach_viewer import open_shared_export
from tests.helpers import fuzz_runner, package_fuzz
from tests.helpers.prompts import ScriptedPrompts
from tests.helpers.widgets import english_only

PASSPHRASE = package_fuzz.PASSPHRASE
ISSUE_ATTACKS = (
    "recursive view as block",
    "JSON 100,000 deep",
    "created_at year 1 at +23:59",
    "NaN bar",
    "200,000 bars",
)
# Valid, if odd: these open (and print).
OPENS = {"JSON with a bracket in a string", "50,000-character paragraph", "control characters"}
INVALID_TEXT = (
    "This file is damaged or was not made by CareerJournal, so it was not opened. "
    "Nothing was changed; ask the person who shared it to send it again."
)


@pytest.fixture(scope="module")
def crafted(tmp_path_factory) -> dict[str, fuzz_runner.Outcome]:
    folder = tmp_path_factory.mktemp("crafted")
    cases = package_fuzz.generate(folder, len(package_fuzz.CRAFTED), seed=11)
    return {o.name: o for o in fuzz_runner.run(cases, render_timeout=60)}


def write_crafted(folder: Path, name: str) -> Path:
    content = package_fuzz.valid_content()
    package_fuzz.CRAFTED[name](content)
    path = folder / "crafted.cjshare"
    package_fuzz.write_content(path, package_fuzz.Keyring.make(random.Random(3)), content)
    return path


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_every_crafted_package_opens_or_is_refused_in_one_line_in_time(crafted) -> None:
    problems = {name: o.problem(500) for name, o in crafted.items() if o.problem(500)}
    assert not problems
    assert len(crafted) == len(package_fuzz.CRAFTED)


def test_each_attack_is_refused_as_not_made_by_careerjournal(crafted) -> None:
    for name, outcome in crafted.items():
        if name in OPENS:
            assert outcome.result == "opened" and outcome.rendered, name
        elif name == "format 2":
            assert outcome.error == "PackageTooNew"
        else:
            assert outcome.error == "PackageInvalid", (name, outcome.error, outcome.message)
            assert outcome.message.startswith("This file is damaged or was not made by")


@pytest.mark.parametrize("name", ISSUE_ATTACKS)
def test_the_attacks_from_the_issue(crafted, name: str) -> None:
    """A recursive view hung, deep JSON and a year-1 date crashed, NaN broke printing."""
    outcome = crafted[name]
    assert (outcome.result, outcome.error) == ("refused", "PackageInvalid")


@pytest.mark.parametrize("name", ["NaN bar", "JSON 100,000 deep", "extra view", "position gap"])
def test_a_refused_package_is_left_as_it_was(tmp_path: Path, name: str) -> None:
    path = write_crafted(tmp_path, name)
    before = fingerprint(path)
    with pytest.raises(PackageInvalid):
        read_package(path, PASSPHRASE)
    assert fingerprint(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["crafted.cjshare"]


def test_fifos_and_devices_are_never_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.cjshare"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.cjshare"
    zero.symlink_to("/dev/zero")
    outcomes = fuzz_runner.run([("fifo", fifo), ("zero", zero)])
    assert [(o.result, o.error) for o in outcomes] == [("refused", "NotAVault")] * 2
    assert "not an ordinary file" in outcomes[0].message


def test_a_file_larger_than_any_package(tmp_path: Path) -> None:
    path = tmp_path / "huge.cjshare"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 4096)
    with pytest.raises(PackageInvalid, match="larger than the 32 MB"):
        read_package(path, PASSPHRASE)


def at_the_limits() -> Document:
    """As much as a package may hold in one place: 500 bars, the longest paragraph, 6 columns."""
    bars = tuple(ChartBar(f"b{n}", n / 7, f"{n}") for n in range(200))
    return Document(
        "Gedeeld",
        "nl",
        (
            Cover("Gedeeld", "", ()),
            Chart("t", "", bars, (0.0, 30.0)),
            Chart("t", "", bars, (0.0, 30.0)),
            Chart("t", "", bars[:100], (0.0, 30.0)),
            Paragraph("woord " * (MAX_CHARS["Paragraph.text"] // 6)),
            Table(("a",) * 6, (Row(("c",) * 6, "open", "n"),), (1 / 6,) * 6),
        ),
    )


def test_a_package_at_the_limits_opens(tmp_path: Path) -> None:
    path = tmp_path / "big.cjshare"
    write_package(path, PASSPHRASE, at_the_limits())
    assert read_package(path, PASSPHRASE).document == at_the_limits()


@pytest.mark.parametrize(
    "block",
    [
        Paragraph("x" * (MAX_CHARS["Paragraph.text"] + 1)),
        Chart("t", "", (ChartBar("a", float("nan"), "?"),), (0.0, 1.0)),
        Table(("a", "b"), (Row(("1",)),), (0.5, 0.5)),
    ],
)
def test_the_writer_refuses_what_the_reader_would(tmp_path: Path, block) -> None:
    """The coach must never get a package that does not open: the user hears it at once."""
    path = tmp_path / "too-much.cjshare"
    with pytest.raises(PackageTooLarge, match="cannot go into one package"):
        write_package(path, PASSPHRASE, Document("t", "nl", (block,)))
    assert list(tmp_path.iterdir()) == []


def test_json_depth_is_checked_without_recursion() -> None:
    with pytest.raises(ValueError, match="nested deeper"):
        load_json("[" * 1_000_000 + "]" * 1_000_000)
    with pytest.raises(ValueError, match="nested deeper"):
        load_json("]" + "[" * 20)
    with pytest.raises(ValueError, match="not a number"):
        load_json('{"value": NaN}')
    assert load_json('{"text": "[[[[[[[[[[[[[[[[[[[[\\"]]"}') == {"text": "[" * 20 + '"]]'}
    with pytest.raises(ValueError):  # unclosed: its brackets are text, and it fails as JSON
        load_json('{"text": "' + "[" * 100)


def test_printing_survives_values_no_reader_lets_in() -> None:
    """NaN and infinite bars draw empty, a strip may end in 9999 or have no months, a
    legend may name no kind of mark: the reader refuses these, printing does not rely on it."""
    nan, inf = float("nan"), float("inf")
    blocks = (
        Chart("t", "", (ChartBar("a", nan, "?"), ChartBar("b", inf, "?")), (0.0, 1.0)),
        Chart("t", "", (ChartBar("a", 1.0, "1"),), (-inf, nan)),
        MonthStrip(date(9999, 11, 1), ("nov", "dec"), (), date(9999, 12, 31)),
        MonthStrip(date(2026, 1, 1), (), (), date(2026, 1, 2)),
        MonthStrip(date(2026, 1, 1), ("jan",), (), date(2026, 1, 2), (("", "?"), ("goal", "Doel"))),
    )
    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(Document("t", "en", blocks))))
    assert len(pdf.pages) >= 1


@pytest.mark.parametrize("name", ["created_at year 1 at +23:59", "NaN bar", "JSON 100,000 deep"])
def test_the_viewer_says_one_thing_and_stays_locked(qtbot, qapp, tmp_path: Path, name) -> None:
    path = write_crafted(tmp_path, name)
    before = fingerprint(path)
    with english_only(qapp):
        viewer = open_shared_export(None, path)
        assert viewer is not None
        qtbot.addWidget(viewer)
        viewer.passphrase.setText(PASSPHRASE)
        viewer.open_package()
        assert viewer.error.text() == INVALID_TEXT
    assert viewer.stack.currentIndex() == 0 and not viewer.print_action.isEnabled()
    assert fingerprint(path) == before


def test_the_viewer_shows_and_prints_a_package_at_the_limits(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "big.cjshare"
    write_package(path, PASSPHRASE, at_the_limits())
    viewer = open_shared_export(None, path)
    assert viewer is not None
    qtbot.addWidget(viewer)
    viewer.passphrase.setText(PASSPHRASE)
    viewer.open_package()
    assert viewer.stack.currentIndex() == 1 and viewer.error.text() == ""
    printed = tmp_path / "printed.pdf"
    viewer.saving.prompts = ScriptedPrompts(path=printed)
    viewer.print_pdf()
    assert len(pypdf.PdfReader(printed).pages) > 10


def check_package(path: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "careerjournal", "check-package", str(path), "--passphrase-stdin"],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_line_gives_one_line(tmp_path: Path) -> None:
    good = tmp_path / "good.cjshare"
    write_package(good, PASSPHRASE, Document("t", "nl", (Paragraph("hallo"),)))
    done = check_package(good, PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert "a shared package from" in done.stdout and "with 1 parts" in done.stdout
    assert "hallo" not in done.stdout

    hostile = write_crafted(tmp_path, "recursive view as block")
    done = check_package(hostile, PASSPHRASE)
    assert done.returncode == 1
    assert done.stderr.startswith("careerjournal: This file is damaged or was not made by")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
