"""The recovery sheet: one page with the key that opens the vault when the passphrase is lost."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from careerjournal.export.document import Document, Fields, Heading, Paragraph
from careerjournal.wording import Catalogue, long_date

_TEXT = Catalogue(
    {
        "nl": {
            "title": "Herstelblad voor CareerJournal",
            "intro": (
                "Met de sleutel hieronder gaat je kluis open als je je wachtwoordzin kwijt bent. "
                "CareerJournal vraagt je daarna meteen een nieuwe wachtwoordzin te kiezen."
            ),
            "keep": (
                "Wie dit blad heeft, kan je kluis en de back-ups ervan openen. Bewaar het op "
                "papier op een veilige plek thuis, niet op je werk en niet als foto of bestand "
                "op je computer of telefoon."
            ),
            "key": "Herstelsleutel",
            "vault": "Kluisbestand",
            "made": "Gemaakt op",
            "old": (
                "Wijzig je je wachtwoordzin, dan werkt dit blad niet meer, niet voor je kluis en "
                "niet voor de back-ups ervan: druk dan een nieuw af en vernietig dit."
            ),
        },
        "en": {
            "title": "CareerJournal recovery sheet",
            "intro": (
                "The key below opens your vault if you lose your passphrase. CareerJournal then "
                "asks you to choose a new passphrase straight away."
            ),
            "keep": (
                "Whoever holds this sheet can open your vault and its backups. Keep it on paper "
                "somewhere safe at home: not at work, and not as a photo or a file on your "
                "computer or phone."
            ),
            "key": "Recovery key",
            "vault": "Vault file",
            "made": "Made on",
            "old": (
                "If you change your passphrase, this sheet stops working, for your vault and its "
                "backups alike: print a new one then, and destroy this one."
            ),
        },
    }
)


def recovery_document(key: str, vault_path: Path, lang: str, today: date) -> Document:
    """The sheet as blocks; the key is printed in groups of four, as the app accepts it."""

    def text(name: str) -> str:
        return _TEXT.text(name, lang)

    return Document(
        title=text("title"),
        lang=lang,
        blocks=(
            Heading(text("title")),
            Paragraph(text("intro"), "lead"),
            Heading(text("key"), level=2),
            Paragraph("  ".join(key.split("-")), "lead"),
            Fields(((text("vault"), str(vault_path)), (text("made"), long_date(today, lang)))),
            Paragraph(text("keep")),
            Paragraph(text("old"), "muted"),
        ),
    )


def recovery_pdf(key: str, vault_path: Path, lang: str, today: date | None = None) -> bytes:
    from careerjournal.export.pdf import render_pdf

    return render_pdf(recovery_document(key, vault_path, lang, today or date.today()))
