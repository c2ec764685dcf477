"""A rough, honest passphrase strength estimate for the hint under the passphrase field.

Not a security boundary: Argon2id does the real work. The estimate counts
words for passphrases made of words (the kind people remember) and
character variety otherwise, and never claims more than it can know.
"""

from __future__ import annotations

import math
import string
from enum import IntEnum


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


MIN_LENGTH = 8
_WORD_BITS = 11.0  # about what a word picked from a large list adds


def estimate_bits(passphrase: str) -> float:
    """Estimated entropy in bits; deliberately conservative."""
    words = [w for w in passphrase.split() if len(w) >= 3]
    if len(words) >= 3:
        return len(words) * _WORD_BITS
    pool = 0
    for chars in (string.ascii_lowercase, string.ascii_uppercase, string.digits):
        if any(c in chars for c in passphrase):
            pool += len(chars)
    if any(not c.isascii() or c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    return distinct * math.log2(pool) if pool else 0.0


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 40:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    return Strength.STRONG
