"""The one passphrase rule: the API and the window refuse what the command line refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerjournal.export.document import Document, Paragraph
from careerjournal.export.package import write_package
from careerjournal.ui.widgets.passphrase_fields import PassphraseFields
from careerjournal.vault import InvalidPassphrase, create_vault
from careerjournal.vault.passphrase_rule import Refusal, refusal

UNUSABLE = ["", "        ", "\t\t\t\t\t\t\t\t", "a", "pw\r", "geheime\x00zin", "\ufeffgeheime zin"]


@pytest.mark.parametrize("passphrase", UNUSABLE)
def test_the_api_refuses_what_the_rule_refuses(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(InvalidPassphrase):
        create_vault(tmp_path / "v.cjv", passphrase)
    with pytest.raises(InvalidPassphrase):
        write_package(tmp_path / "p.cjshare", passphrase, Document("t", "en", (Paragraph("x"),)))
    assert list(tmp_path.iterdir()) == []


def test_a_package_passphrase_is_never_the_vaults() -> None:
    same = refusal("koffie cafe\u0301", vault_passphrase="koffie café")
    assert same is Refusal.SAME_AS_VAULT
    assert refusal("een andere zin", vault_passphrase="koffie café") is None


# A line edit cannot hold a byte order mark, so the window never sees one.
@pytest.mark.parametrize("passphrase", [p for p in UNUSABLE[1:] if "\ufeff" not in p])
def test_the_window_refuses_what_the_rule_refuses(qtbot, passphrase: str) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.passphrase.setText(passphrase)
    fields.repeat.setText(passphrase)
    assert not fields.acceptable()
    assert fields.hint.text() and "Weak" not in fields.hint.text()


def test_the_window_accepts_a_good_passphrase(qtbot) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.passphrase.setText("drie losse woorden hier")
    fields.repeat.setText("drie losse woorden hier")
    assert fields.acceptable()


def test_the_welcome_page_will_not_make_a_vault_with_spaces_only(
    main_window, tmp_path: Path
) -> None:
    window = main_window(path=tmp_path / "new.cjv")
    page = window.welcome
    page._understood.setChecked(True)
    for text, enabled in (("          ", False), ("drie losse woorden hier", True)):
        page.fields.passphrase.setText(text)
        page.fields.repeat.setText(text)
        assert page._create.isEnabled() is enabled
    assert "Strong" in page.fields.hint.text() or "Fair" in page.fields.hint.text()
