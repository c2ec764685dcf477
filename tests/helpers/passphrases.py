"""The passphrases the tests use: the vault's, and the one a user gives their coach."""

from __future__ import annotations

PASSPHRASE = "correct horse battery staple"
COACH_PASSPHRASE = "koffie bij de coach op dinsdag"
