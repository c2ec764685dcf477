"""The guided plan review: each open goal and action looked at, kept in the vault.

Plain Python with no Qt: the review dialog, the session sheet and the tests use it alike.
"""

from careerjournal.review.model import VERDICTS, Review, ReviewLine, Verdict, to_review
from careerjournal.review.store import ReviewStore

__all__ = ["VERDICTS", "Review", "ReviewLine", "ReviewStore", "Verdict", "to_review"]
