"""The journal: entries with mood, energy and tags, and fast full-text search in the vault.

Plain Python with no Qt, so the command line, the demo and the tests use it as the UI does.
"""

from careerjournal.journal.model import (
    Entry,
    Filters,
    Link,
    MoodPoint,
    Summary,
    normalise_tags,
)
from careerjournal.journal.store import Bucket, EntryNotFound, JournalStore

__all__ = [
    "Bucket",
    "Entry",
    "EntryNotFound",
    "Filters",
    "JournalStore",
    "Link",
    "MoodPoint",
    "Summary",
    "normalise_tags",
]
