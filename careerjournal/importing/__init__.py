"""Bringing an existing journal in: jrnl's JSON, Day One's JSON export, a folder of Markdown.

Plain Python with no Qt. Reading a source never writes anything (:func:`read_source`
gives an :class:`ImportPlan` to preview); :func:`run_import` then adds the new
entries in one transaction, so a cancel or a crash leaves the journal as it was.
"""

from careerjournal.importing.errors import Cancelled, SourceError
from careerjournal.importing.plan import ImportPlan, read_source, run_import
from careerjournal.importing.source import FORMATS, Format, detect_format

__all__ = [
    "FORMATS",
    "Cancelled",
    "Format",
    "ImportPlan",
    "SourceError",
    "detect_format",
    "read_source",
    "run_import",
]
