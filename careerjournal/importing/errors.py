"""What can go wrong with a source, in words the person can act on."""

from __future__ import annotations


class SourceError(Exception):
    """The source cannot be imported: not a known format, cut off, malformed or too big.

    Raised before anything is written, so the journal is unchanged.
    """


class Cancelled(Exception):
    """The person stopped the import; the transaction is rolled back."""
