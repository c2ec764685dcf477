"""The prompt of the day: one reflection question from the exercises, the same all day.

The questions come from the reflection steps of the exercise catalog, in Dutch
and English. Days walk through a shuffled order of all questions, so no
question comes back before every other one has had its day, and the pick
depends only on the date (not on the clock or on how often the app starts).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import PLACEHOLDER, ReflectionStep, Text


@dataclass(frozen=True)
class Prompt:
    """A question to write about, and the exercise it comes from."""

    exercise_id: str
    question_id: str
    text: Text


def reflection_prompts(catalog: Catalog) -> tuple[Prompt, ...]:
    """Every reflection question that stands on its own.

    Questions asked about the user's own top items (``for_each``) or holding a
    placeholder need the exercise's answers to make sense, so they are left out.
    """
    return tuple(
        Prompt(exercise.id, question.id, question.text)
        for exercise in catalog.exercises
        for step in exercise.steps
        if isinstance(step, ReflectionStep) and step.for_each is None
        for question in step.questions
        if not PLACEHOLDER.search(question.text.nl + question.text.en)
    )


def prompt_of_the_day(prompts: tuple[Prompt, ...], day: date) -> Prompt | None:
    """The prompt for ``day``; None when there are no prompts at all."""
    if not prompts:
        return None
    number = day.toordinal()
    cycle, place = divmod(number, len(prompts))
    # A seeded Random with an int seed gives the same order on every Python 3.
    order = random.Random(cycle).sample(range(len(prompts)), len(prompts))
    return prompts[order[place]]
