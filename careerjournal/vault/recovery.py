"""The recovery key: the vault's raw 256-bit key, written so a person can type it back.

Base32 (A–Z, 2–7: no 0/O or 1/I to confuse) in groups of four, e.g.
``K5QX-...``. Anyone holding the sheet can open the vault, so the app says
so when it prints one.
"""

from __future__ import annotations

import base64
import binascii

from careerjournal.vault.errors import WrongRecoveryKey

KEY_BYTES = 32
GROUP = 4


def format_key(key: bytes) -> str:
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse(text: str) -> bytes:
    """The key from what the user typed: dashes, spaces and case do not matter."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise WrongRecoveryKey("That is not a complete recovery key; check every group.")
    return key
