"""The printed plan, read back with pypdf: content in order, fonts, limits, files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from careerjournal.export.wording import word as page_word
from careerjournal.plan import Plan, PlanStore
from careerjournal.plan.printout import export_plan, export_plan_command, plan_pdf
from careerjournal.plan.sample import fill_large_plan, fill_sample_vault
from careerjournal.plan.wording import word
from careerjournal.vault import WrongPassphrase, open_vault
from careerjournal.wording import long_date, month_name, short_date
from tests.helpers.passphrases import PASSPHRASE

TODAY = date(2027, 3, 3)
LANGS = ("nl", "en")
PAGE_WIDTH, PAGE_HEIGHT = 595.27, 841.89


@pytest.fixture(scope="module")
def typical(template_vault: Path, tmp_path_factory, catalog) -> dict[str, tuple[Plan, PdfReader]]:
    """A filled-in vault per language and its PDF, built once for the module."""
    made = {}
    for lang in LANGS:
        path = tmp_path_factory.mktemp(f"typical-{lang}") / "vault.cjv"
        shutil.copy2(template_vault, path)
        with open_vault(path, PASSPHRASE) as vault:
            fill_sample_vault(vault, catalog, lang, TODAY)
            made[lang] = (
                PlanStore(vault).plan(),
                PdfReader(BytesIO(plan_pdf(vault, catalog, lang, TODAY))),
            )
    return made


FOOTER = re.compile(r"(Mijn loopbaanplan|My career plan)\s*(Pagina \d+ van|Page \d+ of) \d+\s*$")


def text_of(reader: PdfReader) -> str:
    """The text of every page, without the footers (which would split a paragraph in two)."""
    return "\n".join(FOOTER.sub("", page.extract_text()) for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def assert_in_order(text: str, needles: list[str], start: int = 0) -> None:
    position = start
    for needle in needles:
        found = text.find(needle, position)
        assert found >= 0, f"{needle!r} missing (or out of order) after position {position}"
        position = found + len(needle)


# --- content ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_empty_plan_is_short_and_invites_to_start(vault, catalog, lang: str) -> None:
    reader = PdfReader(BytesIO(plan_pdf(vault, catalog, lang, TODAY)))
    text = flat(text_of(reader))
    assert 3 <= len(reader.pages) <= 4
    assert text.startswith(word("plan_title", lang))
    assert word("made_on", lang, date=long_date(TODAY, lang)) in text
    assert word("no_goals", lang) in text and word("nothing_yet", lang) in text
    feet = [flat(page.extract_text())[-30:] for page in reader.pages]
    assert page_word("page_of", lang, page=2, pages=len(reader.pages)) in feet[1]
    assert "1" not in feet[0], "the cover has no page number"
    assert word("profile", lang) not in text and word("planb", lang) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_every_goal_action_and_date_is_printed_in_order(typical, lang: str) -> None:
    plan, reader = typical[lang]
    text = flat(text_of(reader))
    goals_start = text.index(word("goals", lang))
    needles = []
    for n, goal in enumerate(plan.goals, start=1):
        needles += [
            word("goal_n", lang, n=n).upper(),
            goal.item.title,
            goal.item.detail,
            goal.item.outcome,
            long_date(goal.item.due_date, lang),
        ]
        for action in goal.actions:
            when = short_date(action.due_date, lang) if action.due_date else "–"
            needles += [action.title, when, word(f"status_{action.status}", lang)]
    assert_in_order(text, needles, goals_start)
    assert_in_order(
        text,
        [
            word("planb", lang),
            *(i.title for i in plan.planb),
            word("conversations", lang),
            *(i.title for i in plan.conversations),
            word("training", lang),
            *(i.title for i in plan.training),
            word("notes", lang),
        ],
        goals_start,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_overview_profile_and_cover(typical, lang: str) -> None:
    plan, reader = typical[lang]
    pages = [flat(page.extract_text()) for page in reader.pages]
    assert_in_order(
        pages[0],
        [
            word("plan_title", lang),
            plan.settings.cover_name,
            long_date(plan.settings.review_date, lang),
        ],
    )
    overview = pages[1]
    assert_in_order(
        overview,
        [
            word("overview", lang),
            flat(plan.settings.vision),
            word("vision_points", lang),
            *(flat(i.title) for i in plan.vision),
            word("goals_at_a_glance", lang),
            *(g.item.title for g in plan.goals),
            word("next_review", lang),
        ],
    )
    profile = " ".join(pages[2:4])
    assert word("profile", lang) in profile
    assert ("Zelfstandigheid" if lang == "nl" else "Autonomy") in profile


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_places_dated_items_by_month(typical, lang: str) -> None:
    plan, reader = typical[lang]
    text = flat(text_of(reader))
    start = text.index(word("timeline", lang))
    months = [month_name(2027, m, lang) for m in range(3, 9)]
    for item in plan.dated():
        if item.due_date >= date(2027, 9, 1):
            assert_in_order(
                text, [word("later", lang), short_date(item.due_date, lang), item.title], start
            )
            continue
        month = months[item.due_date.month - 3]
        assert_in_order(
            text,
            [
                month,
                f"{short_date(item.due_date, lang)} "
                f"{word('kind_' + item.section, lang)} {item.title}",
            ],
            start,
        )
    review = plan.settings.review_date
    assert_in_order(
        text,
        [
            month_name(review.year, review.month, lang),
            short_date(review, lang),
            word("kind_review", lang),
        ],
        start,
    )


def test_fonts_are_embedded_and_dutch_diacritics_survive(typical) -> None:
    _, reader = typical["nl"]
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and all("Lato" in name for name in fonts), fonts.keys()
    assert all("/FontFile2" in f["/FontDescriptor"] for f in fonts.values()), "all embedded"
    text = text_of(reader)
    for sample in ("één oogopslag", "écht", "vóór", "‘Interviewtechnieken’", "privé", "4×9"):
        assert sample in text
    assert reader.metadata.title == "Mijn loopbaanplan"
    assert reader.metadata.author in ("", None)


# --- limits ------------------------------------------------------------------------


def runs_outside_the_page(reader: PdfReader) -> list[str]:
    """Text runs whose start or estimated end lies outside the printable part of the page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from careerjournal.export.pdf_style import FAMILY, register_fonts

    register_fonts()
    faces = {
        "Lato-Regular": FAMILY,
        "Lato-Bold": f"{FAMILY}-Bold",
        "Lato-Italic": f"{FAMILY}-Italic",
        "Lato-Light": f"{FAMILY}-Light",
        "Lato-BoldItalic": f"{FAMILY}-BoldItalic",
    }
    bad: list[str] = []

    def visit(text, cm, tm, font, size) -> None:
        if not text.strip():
            return
        x, y = cm[4] + tm[4], cm[5] + tm[5]
        face = faces[str(font["/BaseFont"]).split("+")[-1]]
        width = stringWidth(text.rstrip("\n"), face, size)
        if not (x >= 55 and x + width <= PAGE_WIDTH - 55 and 30 <= y <= PAGE_HEIGHT - 50):
            bad.append(f"{text[:40]!r} at ({x:.0f}, {y:.0f}), width {width:.0f}")

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return bad


def test_very_long_texts_are_neither_cut_nor_outside_the_page(vault, catalog) -> None:
    store = PlanStore(vault)
    fill_large_plan(store, goals=3, actions=6, today=TODAY, repeat=60)
    word_without_spaces = "Onderzoeksvaardigheden" * 20  # 440 letters, no space
    goal = store.add("goal", word_without_spaces, detail="Einde-van-de-uitleg-XYZ")
    store.add(
        "action",
        "Kort",
        parent_id=goal.id,
        detail=word_without_spaces + " SLOT-ACTIE",
        due_date=TODAY,
    )
    store.set_cover_name("Naam " * 200 + "EINDE-NAAM")
    reader = PdfReader(BytesIO(plan_pdf(vault, catalog, "nl", TODAY)))
    text = text_of(reader)
    squeezed = "".join(text.split())
    plan = store.plan()
    for goal in plan.goals:
        assert "".join(goal.item.detail.split()) in squeezed
        for action in goal.actions:
            assert "".join(action.title.split()) in squeezed
    assert "".join(plan.settings.vision.split()) in squeezed
    assert word_without_spaces * 1 in squeezed and "SLOT-ACTIE" in text and "EINDE-NAAM" in text
    assert runs_outside_the_page(reader) == []


def test_typical_pages_stay_inside_their_margins(typical) -> None:
    for lang in LANGS:
        assert runs_outside_the_page(typical[lang][1]) == []


def test_page_count_grows_sensibly(template_vault: Path, tmp_path: Path, catalog) -> None:
    counts = {}
    for goals in (2, 4, 8):
        path = tmp_path / f"{goals}.cjv"
        shutil.copy2(template_vault, path)
        with open_vault(path, PASSPHRASE) as vault:
            fill_large_plan(PlanStore(vault), goals=goals, actions=5, today=TODAY, repeat=4)
            reader = PdfReader(BytesIO(plan_pdf(vault, catalog, "en", TODAY)))
            counts[goals] = len(reader.pages)
            text = flat(text_of(reader))
            actions = [f"Actie {g}.{a} " for g in range(1, goals + 1) for a in range(1, 6)]
            assert_in_order(text, actions, text.index(word("goals", "en")))
    assert counts[2] < counts[4] < counts[8], counts
    per_goal_small = (counts[4] - counts[2]) / 2
    per_goal_large = (counts[8] - counts[4]) / 4
    assert 0.25 <= per_goal_small <= 2 and 0.25 <= per_goal_large <= 2, counts
    assert counts[8] <= 2 * counts[4] + 1, counts


# --- files -------------------------------------------------------------------------


def test_export_writes_the_chosen_file_only(vault, catalog, tmp_path: Path) -> None:
    PlanStore(vault).add("goal", "Geheim doel dat niet in een tijdelijke map mag")
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "plan.pdf"
    out.write_bytes(b"an older export")

    def elsewhere() -> set[Path]:
        return {p for p in Path(tempfile.gettempdir()).rglob("*") if folder not in p.parents}

    before = elsewhere()
    export_plan(vault, catalog, out, "nl", TODAY, replace=True)  # the user said yes
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in folder.iterdir()] == ["plan.pdf"], "no .part left behind"
    assert elsewhere() == before, "nothing written to a temp folder"
    assert "Geheim doel" in text_of(PdfReader(out))


def test_a_folder_that_is_gone_fails_cleanly(vault, catalog, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        export_plan(vault, catalog, tmp_path / "unplugged stick" / "plan.pdf", "en", TODAY)
    assert not (tmp_path / "unplugged stick").exists()


def test_a_failed_write_leaves_no_part_file(vault, catalog, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    (folder / "taken").mkdir(parents=True)  # a folder where the file should go: replace fails
    with pytest.raises(OSError):
        export_plan(vault, catalog, folder / "taken", "en", TODAY)
    assert [p.name for p in folder.iterdir()] == ["taken"]


def test_export_plan_command(vault_path: Path, tmp_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        PlanStore(vault).add("goal", "Vanaf de opdrachtregel")
    out = tmp_path / "mijn plan.pdf"
    export_plan_command(out, vault_path, PASSPHRASE, "nl")
    assert "Vanaf de opdrachtregel" in text_of(PdfReader(out))
    with pytest.raises(WrongPassphrase):
        export_plan_command(tmp_path / "other.pdf", vault_path, "wrong", "nl")
    assert not (tmp_path / "other.pdf").exists()


def test_reportlab_is_loaded_only_when_an_export_starts() -> None:
    code = (
        "import sys\n"
        "import careerjournal.plan, careerjournal.plan.printout, careerjournal.ui.pages.plan\n"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))\n"
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
