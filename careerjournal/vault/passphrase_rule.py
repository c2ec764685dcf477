"""The one rule a new passphrase must meet, for a vault or a coach package.

The window, the command line and the API all ask :func:`refusal`, so a
passphrase one of them refuses cannot slip in through another. The hint texts
here are the command line's; the window shows the same words through Qt's
translations.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

from careerjournal.vault.errors import InvalidPassphrase
from careerjournal.vault.strength import MIN_LENGTH, Strength, strength

_BOM = "\ufeff"


class Refusal(Enum):
    """Why a new passphrase cannot be used; the value is the English message."""

    EMPTY = "The passphrase is empty."
    BLANK = "The passphrase cannot be only spaces: use a few words."
    TOO_SHORT = f"Too short: use at least {MIN_LENGTH} characters, or better, a few words."
    UNTYPABLE = (
        "The passphrase holds a control character or a byte order mark, "
        "which nobody can type again."
    )
    SAME_AS_VAULT = "Choose a passphrase other than the one of your vault."


HINTS = {
    Strength.WEAK: "Weak: add a word or two.",
    Strength.FAIR: "Fair. Another word makes it strong.",
    Strength.STRONG: "Strong.",
}


def refusal(passphrase: str, *, vault_passphrase: str | None = None) -> Refusal | None:
    """What is wrong with ``passphrase`` as a new one, or None if it may be used.

    ``vault_passphrase`` is given when choosing a package's passphrase: the
    coach must never hold the key to the vault.
    """
    if not passphrase:
        return Refusal.EMPTY
    if passphrase.isspace():
        return Refusal.BLANK
    if any(c == _BOM or unicodedata.category(c) == "Cc" for c in passphrase):
        return Refusal.UNTYPABLE
    if strength(passphrase) == Strength.TOO_SHORT:
        return Refusal.TOO_SHORT
    if vault_passphrase is not None and _same(passphrase, vault_passphrase):
        return Refusal.SAME_AS_VAULT
    return None


def require_new(passphrase: str, *, vault_passphrase: str | None = None) -> None:
    """Raise :class:`InvalidPassphrase` with the reason if ``passphrase`` may not be used."""
    problem = refusal(passphrase, vault_passphrase=vault_passphrase)
    if problem is not None:
        raise InvalidPassphrase(problem.value)


def _same(a: str, b: str) -> bool:
    # The key derivation normalises to NFC, so these open the same vault.
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
