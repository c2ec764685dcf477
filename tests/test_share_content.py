"""What is shared with a coach: exactly the chosen items, in every form, and nothing else.

Unique canary strings sit in every item; the chosen ones must appear in the
package (once decrypted), the PDF (protected or not) and the Markdown file,
and the others in no byte of any of them. The canary vault is
``tests/helpers/canaries.py``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from careerjournal.export.document import (
    Bullets,
    Chart,
    ChartBar,
    Cover,
    Document,
    Fields,
    Heading,
    Mark,
    MonthStrip,
    NoteLines,
    PageBreak,
    Paragraph,
    Row,
    Table,
)
from careerjournal.export.markdown import markdown
from careerjournal.export.package import read_package, write_package
from careerjournal.journal import Entry, JournalStore
from careerjournal.share.content import shared_document
from careerjournal.share.history import ShareHistory, ShareSummary
from careerjournal.share.selection import Selection
from careerjournal.share.writers import ReusedPassphrase, export_share
from careerjournal.vault import InvalidPassphrase, cipherfile
from tests.helpers.canaries import assert_no_byte_of, fill_canaries, pdf_text
from tests.helpers.files import is_owner_only
from tests.helpers.passphrases import COACH_PASSPHRASE, PASSPHRASE

TODAY = date(2026, 3, 10)


def decrypted_package(path: Path, passphrase: str, out: Path) -> bytes:
    """Every row of the package as a plain SQLite file's bytes (made here, by the test)."""
    opened = cipherfile.unlock(path, passphrase, cipherfile.PACKAGE, read_only=True)
    try:
        opened.conn.execute(f"ATTACH DATABASE '{out}' AS plain KEY ''")
        opened.conn.execute("SELECT sqlcipher_export('plain')")
        opened.conn.execute("DETACH DATABASE plain")
    finally:
        opened.conn.close()
    with sqlite3.connect(out) as plain:  # it really is plain SQLite now
        assert plain.execute("SELECT count(*) FROM block").fetchone()[0] > 0
    return out.read_bytes()


# --- the rule: chosen items in, everything else out ------------------------------------------


@pytest.mark.parametrize("journal_text", [False, True])
def test_every_form_holds_the_chosen_items_and_no_byte_of_the_others(
    vault, catalog, tmp_path: Path, journal_text: bool
) -> None:
    canaries = fill_canaries(vault, catalog, journal_text)
    shared = shared_document(vault, catalog, canaries.selection, "en", TODAY)

    package = tmp_path / "coach.cjshare"
    export_share(vault, shared, "package", package, COACH_PASSPHRASE)
    raw = package.read_bytes()
    assert_no_byte_of(raw, canaries.shared + canaries.hidden)  # encrypted: nothing readable
    plain = decrypted_package(package, COACH_PASSPHRASE, tmp_path / "plain.sqlite")
    assert_no_byte_of(plain, canaries.hidden)
    opened = markdown(read_package(package, COACH_PASSPHRASE).document)
    for text in canaries.shared:
        assert text in opened, text

    protected = tmp_path / "coach.pdf"
    export_share(vault, shared, "pdf", protected, COACH_PASSPHRASE)
    open_pdf = tmp_path / "open.pdf"
    export_share(vault, shared, "pdf", open_pdf)
    for path, password in ((protected, COACH_PASSPHRASE), (open_pdf, "")):
        data = path.read_bytes()
        text = pdf_text(data, password)
        assert_no_byte_of(data, canaries.hidden)
        assert_no_byte_of(text.encode(), canaries.hidden)
        for wanted in canaries.shared:
            assert wanted in text, (path.name, wanted)
    assert_no_byte_of(protected.read_bytes(), canaries.shared)

    notes = tmp_path / "coach.md"
    export_share(vault, shared, "markdown", notes)
    data = notes.read_bytes()
    assert_no_byte_of(data, canaries.hidden)
    for text in canaries.shared:
        assert text.encode() in data, text

    assert not list(tmp_path.glob("*.part")), "no partial file is left behind"


def test_a_protected_pdf_uses_aes_256_and_needs_its_password(
    vault, catalog, tmp_path: Path
) -> None:
    canaries = fill_canaries(vault, catalog)
    path = tmp_path / "coach.pdf"
    export_share(
        vault,
        shared_document(vault, catalog, canaries.selection, "nl", TODAY),
        "pdf",
        path,
        COACH_PASSPHRASE,
    )
    reader = PdfReader(path)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert not reader.decrypt("a wrong guess")
    assert reader.decrypt(COACH_PASSPHRASE)
    assert "Gedeeld met mijn coach" in reader.pages[0].extract_text()


def test_nothing_is_chosen_by_default(vault, catalog) -> None:
    fill_canaries(vault, catalog)
    shared = shared_document(vault, catalog, Selection(), "en", TODAY)
    assert Selection().is_empty
    assert shared.summary.is_empty
    assert [type(b) for b in shared.document.blocks] == [Cover]
    assert shared.document.blocks[0].name == ""


def test_a_single_result_leaves_out_what_was_written(vault, catalog) -> None:
    canaries = fill_canaries(vault, catalog)
    ((run, result),) = canaries.selection.results
    shared = shared_document(
        vault, catalog, Selection(results=frozenset({(run, result)})), "en", TODAY
    )
    text = markdown(shared.document)
    assert "ZqSharedRunOneActivity" in text
    assert "ZqHiddenRunOneReflection" not in text
    assert "What I wrote" not in text
    assert shared.summary == ShareSummary(exercises=("energy-audit",), results=1)


def test_written_answers_alone(vault, catalog) -> None:
    canaries = fill_canaries(vault, catalog)
    (whole,) = canaries.selection.runs
    text = markdown(
        shared_document(vault, catalog, Selection(answers=frozenset({whole})), "en", TODAY).document
    )
    assert "ZqSharedRunTwoReflection" in text
    assert "What do the things that give you energy have in common?" in text
    assert "ZqSharedRunTwoActivity" not in text, "the result was not chosen"


def test_plan_parts_whole_and_goal_by_goal(vault, catalog) -> None:
    fill_canaries(vault, catalog)
    every = shared_document(
        vault,
        catalog,
        Selection(plan_parts=frozenset({"vision", "goals", "planb", "conversations", "training"})),
        "en",
        TODAY,
    )
    text = markdown(every.document)
    for item in (
        "ZqHiddenVision",
        "ZqHiddenVisionPoint",
        "ZqSharedGoal",
        "ZqHiddenGoal",
        "ZqHiddenPlanB",
        "ZqSharedConversation",
        "ZqHiddenTraining",
    ):
        assert item in text, item
    assert text.index("ZqSharedGoal") < text.index("ZqHiddenGoal")
    assert every.summary.plan_parts == ("vision", "goals", "planb", "conversations", "training")
    assert every.summary.goals == 2
    assert "ZqHiddenCoverName" not in text, "the cover name is what the user typed on this page"


def test_the_journal_rule_is_resolved_when_the_document_is_made(vault, catalog) -> None:
    canaries = fill_canaries(vault, catalog)
    rule = Selection(journal_rule=canaries.selection.journal_rule)
    first = shared_document(vault, catalog, rule, "en", TODAY)
    JournalStore(vault).add(Entry(date(2026, 3, 1), "ZqLaterTitle", tags=("coach",)))
    later = shared_document(vault, catalog, rule, "en", TODAY)
    assert "ZqLaterTitle" not in markdown(first.document)
    assert "ZqLaterTitle" in markdown(later.document)
    assert len(later.summary.entries) == len(first.summary.entries) + 1


def test_entries_read_oldest_first_without_text_unless_asked(vault, catalog) -> None:
    canaries = fill_canaries(vault, catalog)
    text = markdown(shared_document(vault, catalog, canaries.selection, "en", TODAY).document)
    assert text.index("ZqSharedPickedTitle") < text.index("ZqSharedRuleTitle")
    assert "**Mood:** 4 of 5" in text
    assert "ZqPickedBody" not in text


def test_fixed_texts_follow_the_language(vault, catalog) -> None:
    canaries = fill_canaries(vault, catalog)
    nl = markdown(shared_document(vault, catalog, canaries.selection, "nl", TODAY).document)
    en = markdown(shared_document(vault, catalog, canaries.selection, "en", TODAY).document)
    assert nl.startswith("# Gedeeld met mijn coach") and "Gemaakt op 10 maart 2026" in nl
    assert en.startswith("# Shared with my coach") and "Made on 10 March 2026" in en
    assert "## Dagboek" in nl and "## Journal" in en


# --- the record in the vault ----------------------------------------------------------------


def test_each_export_is_recorded_without_its_content(vault, catalog, tmp_path: Path) -> None:
    canaries = fill_canaries(vault, catalog, journal_text=True)
    shared = shared_document(vault, catalog, canaries.selection, "en", TODAY)
    export_share(vault, shared, "markdown", tmp_path / "a.md")
    export_share(vault, shared, "package", tmp_path / "b.cjshare", COACH_PASSPHRASE)
    records = ShareHistory(vault).list()
    assert [(r.form, Path(r.file_name).name, r.protected) for r in records] == [
        ("package", "b.cjshare", True),
        ("markdown", "a.md", False),
    ]
    summary = records[0].summary
    assert summary == shared.summary
    assert summary.exercises == ("energy-audit",)
    assert (summary.results, summary.answers, summary.goals) == (2, 1, 1)
    assert summary.plan_parts == ("goals", "conversations")
    assert len(summary.entries) == 2 and summary.journal_text
    (stored,) = vault.connection.execute(
        "SELECT group_concat(contents) FROM share_record"
    ).fetchone()
    assert not any(text in stored for text in canaries.shared)


def test_unreadable_record_contents_count_as_nothing() -> None:
    assert ShareSummary.from_json("not json") == ShareSummary()
    assert ShareSummary.from_json('{"results": "many", "entries": [1, "x"]}') == ShareSummary(
        entries=(1,)
    )


# --- refusals --------------------------------------------------------------------------------


def test_the_vaults_passphrase_is_refused_and_nothing_is_written(
    vault, catalog, tmp_path: Path
) -> None:
    canaries = fill_canaries(vault, catalog)
    shared = shared_document(vault, catalog, canaries.selection, "en", TODAY)
    out = tmp_path / "out"
    out.mkdir()
    for form in ("package", "pdf"):
        with pytest.raises(ReusedPassphrase):
            export_share(vault, shared, form, out / f"x.{form}", PASSPHRASE)
    assert list(out.iterdir()) == []
    assert ShareHistory(vault).list() == []


def test_an_empty_package_passphrase_is_refused(tmp_path: Path) -> None:
    document = Document("t", "en", (Paragraph("ZqSecret"),))
    with pytest.raises(InvalidPassphrase):
        write_package(tmp_path / "x.cjshare", "", document)
    assert list(tmp_path.iterdir()) == []


def test_a_markdown_file_cannot_claim_protection(vault, catalog, tmp_path: Path) -> None:
    shared = shared_document(
        vault, catalog, Selection(plan_parts=frozenset({"goals"})), "en", TODAY
    )
    with pytest.raises(ValueError):
        export_share(vault, shared, "markdown", tmp_path / "x.md", COACH_PASSPHRASE)


# --- the Markdown writer and the package's block codec --------------------------------------


def test_markdown_keeps_user_text_literal() -> None:
    nasty = "*bold* _it_ [link](javascript:alert(1)) <script>x</script> a|b `code` &copy;"
    document = Document(
        "T",
        "en",
        (
            Heading("# not a heading"),
            Paragraph(nasty),
            Paragraph("1. not a list\n- nor this"),
            Fields((("Why", "line one\nline two"),)),
            Table(("A", "B"), (Row(("x|y", "2"), "done", "note"),), (0.5, 0.5)),
        ),
    )
    text = markdown(document)
    assert "\\*bold\\*" in text and "\\_it\\_" in text
    assert "\\[link\\](javascript:alert(1))" in text
    assert "\\<script\\>" in text and "<script>" not in text
    assert "a\\|b" in text and "\\`code\\`" in text and "\\&copy;" in text
    assert "## \\# not a heading" in text
    assert "1\\. not a list\\\n\\- nor this" in text
    assert "- **Why:** line one\\\n  line two" in text
    assert "| [x] | x\\|y<br>*note* | 2 |" in text


def test_every_kind_of_block_survives_the_package(tmp_path: Path) -> None:
    blocks = (
        Cover("Title", "Name", ("one", "two")),
        PageBreak(),
        Heading("H", 2, "kick"),
        Paragraph("p\nq", "lead"),
        Fields((("a", "b"),)),
        Bullets(("x", "y")),
        Table(("h1", "h2"), (Row(("a", "b"), "doing", "n"), Row(("c", "d"))), (0.4, 0.6)),
        Chart("c", "s", (ChartBar("l", 2, "2"), ChartBar("m", -1.5, "-1,5")), (-2.0, 2.0), "cap"),
        MonthStrip(
            date(2026, 3, 1),
            ("maart", "april"),
            (Mark(date(2026, 3, 4), "goal", True),),
            date(2026, 3, 2),
            (("goal", "Doel"),),
        ),
        NoteLines(),
    )
    document = Document("Gedeeld", "nl", blocks)
    path = tmp_path / "all.cjshare"
    write_package(path, COACH_PASSPHRASE, document)
    package = read_package(path, COACH_PASSPHRASE)
    assert package.document == document
    assert package.app_version
    assert is_owner_only(path)


def test_sharing_loads_reportlab_pypdf_and_qt_print_support_only_when_needed() -> None:
    code = (
        "import sys\n"
        "import careerjournal.ui.pages.share.page, careerjournal.ui.dialogs.coach_viewer\n"
        "import careerjournal.cli.share\n"
        "print(sorted(m for m in sys.modules\n"
        "             if m.startswith(('reportlab', 'pypdf', 'PySide6.QtPrintSupport'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
