"""Put a short list in order."""

from __future__ import annotations

from typing import Any

from careerjournal.exercises.answers import rank_items
from careerjournal.exercises.model import Exercise, RankStep
from careerjournal.ui.pages.exercises.ordered_list import OrderedList
from careerjournal.ui.pages.exercises.steps.base import StepWidget


class RankWidget(StepWidget):
    """Answer: all item ids, most important first (an earlier step's items keep their ids)."""

    step: RankStep

    def __init__(
        self, exercise: Exercise, step: RankStep, answers: dict[str, Any], lang: str
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        items = rank_items(exercise, step, answers)
        self.labels = {item_id: label.get(lang) for item_id, label in items}
        self.list = OrderedList()
        self.list.setAccessibleName(step.title.get(lang))
        self.list.set_items(list(self.labels.items()))
        self.list.reordered.connect(self.changed)
        self.body.addWidget(self.list)

    def answer(self) -> list[str]:
        return self.list.ids()

    def set_answer(self, answer: Any) -> None:
        if not isinstance(answer, list):
            return
        known = [i for i in answer if i in self.labels]
        order = known + [i for i in self.labels if i not in known]
        self.list.set_items([(i, self.labels[i]) for i in order])
