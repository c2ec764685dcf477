"""Every plain-Python text exists in both languages with the same placeholders; one fallback.

Like tests/test_translations.py for Qt's ``tr()`` strings, but for the
:class:`~careerjournal.wording.Catalogue` tables exports and the command line use.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from datetime import date
from pathlib import Path

import pytest

import careerjournal
from careerjournal.wording import LANGUAGES, Catalogue, language, number, pick, short_date

PACKAGE = Path(careerjournal.__file__).parent


def _plain_modules() -> list[str]:
    """Every module outside ui/ (the Qt side has tr() and its own test)."""
    return [
        info.name
        for info in pkgutil.walk_packages([str(PACKAGE)], "careerjournal.")
        if not info.name.startswith("careerjournal.ui") and info.name != "careerjournal.__main__"
    ]


def catalogues() -> list[tuple[str, Catalogue]]:
    found = []
    for name in _plain_modules():
        module = importlib.import_module(name)
        found += [
            (f"{name}.{attr}", value)
            for attr, value in vars(module).items()
            if isinstance(value, Catalogue)
        ]
    return found


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_the_catalogues_are_found() -> None:
    names = {name for name, _ in CATALOGUES}
    assert {
        "careerjournal.plan.wording.WORDS",
        "careerjournal.share.wording.WORDS",
        "careerjournal.export.wording.WORDS",
        "careerjournal.export.recovery_sheet._TEXT",
    } <= names


CATALOGUES = catalogues()


@pytest.mark.parametrize("name, catalogue", CATALOGUES, ids=[name for name, _ in CATALOGUES])
def test_every_text_in_both_languages_with_the_same_placeholders(
    name: str, catalogue: Catalogue
) -> None:
    assert set(catalogue.texts) == set(LANGUAGES), name
    dutch, english = catalogue.texts["nl"], catalogue.texts["en"]
    assert set(dutch) == set(english), f"{name}: missing in one language"
    for key in dutch:
        assert dutch[key].strip() and english[key].strip(), f"{name}[{key}] is empty"
        assert placeholders(dutch[key]) == placeholders(english[key]), f"{name}[{key}]"


def test_the_parity_check_catches_a_missing_text_and_a_placeholder() -> None:
    broken = Catalogue({"nl": {"a": "{n} van {total}"}, "en": {"a": "{n} of {count}", "b": "x"}})
    with pytest.raises(AssertionError, match="missing"):
        test_every_text_in_both_languages_with_the_same_placeholders("broken", broken)
    broken.texts["nl"]["b"] = "x"  # type: ignore[index]
    with pytest.raises(AssertionError, match=r"broken\[a\]"):
        test_every_text_in_both_languages_with_the_same_placeholders("broken", broken)


def test_english_when_asked_and_dutch_for_anything_else() -> None:
    assert [language(x) for x in ("en", "nl", "de", "")] == ["en", "nl", "nl", "nl"]
    assert pick("fr", nl="ja", en="yes") == "ja"
    assert number(3.25, "en") == "3.2" and number(3.0, "nl") == "3" and number(2.5, "de") == "2,5"
    assert short_date(date(2027, 3, 3), "nl") == "3 mrt 2027"


def test_the_fallback_is_written_only_in_wording() -> None:
    rule = re.compile(r"""==\s*["']en["']\s*else|["']en["']\s+if\s+\w+\s*==""")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "wording.py" or path.parent != PACKAGE
        if rule.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
