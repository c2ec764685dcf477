"""My path over time: when each exercise was done, how results moved, how the plan changed.

Plain Python with no Qt: the view in the app and the PDF section share the blocks.
"""

from careerjournal.journey.blocks import journey_blocks, journey_document
from careerjournal.journey.model import Journey, Movement, PlanEvent, Track, journey

__all__ = [
    "Journey",
    "Movement",
    "PlanEvent",
    "Track",
    "journey",
    "journey_blocks",
    "journey_document",
]
