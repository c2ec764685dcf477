"""What a synthesis step gathers: earlier results of other exercises, as text to confirm."""

from __future__ import annotations

from collections.abc import Mapping

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import SynthesisStep
from careerjournal.exercises.reading import NOTHING, read
from careerjournal.exercises.result_reader import MAIN_PLACEHOLDER
from careerjournal.exercises.sessions import Run


def gather(
    step: SynthesisStep, catalog: Catalog, latest: Mapping[str, Run], lang: str
) -> dict[str, str | None]:
    """Each source's text from the newest completed run of its exercise.

    None means there is nothing to show yet: the exercise was not done, or its
    result says nothing (a flat profile has no top to carry over).
    """
    gathered: dict[str, str | None] = {}
    for source in step.sources:
        other, run = catalog.get(source.exercise), latest.get(source.exercise)
        text = None
        if other is not None and run is not None and run.result is not None:
            reading = next(
                (r for r in read(other, run.result, lang) if r.result_id == source.result), None
            )
            spec = next((r for r in other.results if r.id == source.result), None)
            if reading is not None and spec is not None:
                value = reading.values.get(source.value or MAIN_PLACEHOLDER[spec.kind])
                text = value if value not in (None, "", NOTHING) else None
        gathered[source.id] = text
    return gathered
