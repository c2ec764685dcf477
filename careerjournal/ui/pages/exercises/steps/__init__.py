"""One widget per step kind; ``widget_for`` picks the right one."""

from __future__ import annotations

from typing import Any

from careerjournal.exercises.model import (
    CardSortStep,
    ChoiceStep,
    Exercise,
    InfoStep,
    ListStep,
    RankStep,
    ReflectionStep,
    ScaleStep,
    Step,
)
from careerjournal.ui.pages.exercises.steps.base import StepWidget
from careerjournal.ui.pages.exercises.steps.cardsort import CardSortWidget
from careerjournal.ui.pages.exercises.steps.choice import ChoiceWidget
from careerjournal.ui.pages.exercises.steps.info import InfoWidget
from careerjournal.ui.pages.exercises.steps.list_entry import ListWidget
from careerjournal.ui.pages.exercises.steps.rank import RankWidget
from careerjournal.ui.pages.exercises.steps.reflection import ReflectionWidget
from careerjournal.ui.pages.exercises.steps.scale import ScaleWidget

_WIDGETS: dict[type, type[StepWidget]] = {
    InfoStep: InfoWidget,
    ReflectionStep: ReflectionWidget,
    ScaleStep: ScaleWidget,
    CardSortStep: CardSortWidget,
    RankStep: RankWidget,
    ChoiceStep: ChoiceWidget,
    ListStep: ListWidget,
}


def widget_for(exercise: Exercise, step: Step, answers: dict[str, Any], lang: str) -> StepWidget:
    """A widget showing ``step`` in ``lang``, filled with the saved answer if there is one."""
    widget = _WIDGETS[type(step)](exercise, step, answers, lang)
    if step.id in answers:
        widget.set_answer(answers[step.id])
    return widget


__all__ = ["StepWidget", "widget_for"]
