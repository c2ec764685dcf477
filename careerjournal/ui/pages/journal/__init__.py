"""The Journal page: writing entries, finding them again, and seeing mood and energy over time."""

from careerjournal.ui.pages.journal.page import JournalPage

__all__ = ["JournalPage"]
