"""Every user-visible string exists in Dutch and English, with matching placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from careerjournal.resources import resource_path

TS = resource_path("translations", "careerjournal_nl.ts")
UI = Path(__file__).resolve().parent.parent / "careerjournal" / "ui"
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    """The translated text, or each plural form of it."""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_string_has_a_finished_dutch_translation() -> None:
    unfinished = [
        source
        for _, source, message in messages(TS)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in translations_of(message))
    ]
    assert not unfinished


def test_placeholders_and_shortcut_markers_match() -> None:
    for _, source, message in messages(TS):
        for translation in translations_of(message):
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation)
            ), source
            assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), (
                source
            )


def test_translation_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed next to this Python")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    committed = {(c, s) for c, s, _ in messages(TS)}
    current = {(c, s) for c, s, _ in messages(copy)}
    assert current - committed == set(), "new strings: run `make update-translations` and translate"
    assert committed - current == set(), "strings no longer used: run `make update-translations`"


def test_compiled_translation_is_loadable() -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("careerjournal_nl", str(TS.parent))
    assert translator.translate("UnlockPage", "&Unlock") == "&Ontgrendelen"
