"""One widget per step kind; ``widget_for`` picks the right one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from careerjournal.exercises.model import (
    CardSortStep,
    ChoiceStep,
    Exercise,
    InfoStep,
    ListStep,
    MatrixStep,
    PickStep,
    RankStep,
    ReflectionStep,
    ScaleStep,
    Step,
    SynthesisStep,
)
from careerjournal.ui.pages.exercises.steps.base import StepWidget
from careerjournal.ui.pages.exercises.steps.cardsort import CardSortWidget
from careerjournal.ui.pages.exercises.steps.choice import ChoiceWidget
from careerjournal.ui.pages.exercises.steps.info import InfoWidget
from careerjournal.ui.pages.exercises.steps.list_entry import ListWidget
from careerjournal.ui.pages.exercises.steps.matrix import MatrixWidget
from careerjournal.ui.pages.exercises.steps.pick import PickWidget
from careerjournal.ui.pages.exercises.steps.rank import RankWidget
from careerjournal.ui.pages.exercises.steps.reflection import ReflectionWidget
from careerjournal.ui.pages.exercises.steps.scale import ScaleWidget
from careerjournal.ui.pages.exercises.steps.synthesis import SynthesisWidget

_WIDGETS: dict[type, type[StepWidget]] = {
    InfoStep: InfoWidget,
    ReflectionStep: ReflectionWidget,
    ScaleStep: ScaleWidget,
    CardSortStep: CardSortWidget,
    RankStep: RankWidget,
    ChoiceStep: ChoiceWidget,
    ListStep: ListWidget,
    PickStep: PickWidget,
    MatrixStep: MatrixWidget,
}


def widget_for(
    exercise: Exercise,
    step: Step,
    answers: dict[str, Any],
    lang: str,
    gathered: Mapping[str, str | None] | None = None,
) -> StepWidget:
    """A widget showing ``step`` in ``lang``, filled with the saved answer if there is one.

    ``gathered`` is what a synthesis step found in other exercises' results.
    """
    if isinstance(step, SynthesisStep):
        widget: StepWidget = SynthesisWidget(exercise, step, answers, lang, gathered or {})
    else:
        widget = _WIDGETS[type(step)](exercise, step, answers, lang)
    if step.id in answers:
        widget.set_answer(answers[step.id])
    return widget


__all__ = ["StepWidget", "widget_for"]
