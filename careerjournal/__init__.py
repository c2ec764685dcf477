"""CareerJournal: a private, offline place to explore your career."""

__version__ = "0.1.0"
