"""The prompt of the day comes from the exercises, in both languages, the same all day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from careerjournal.exercises import load_folder
from careerjournal.exercises.model import PLACEHOLDER
from careerjournal.journal.prompts import prompt_of_the_day, reflection_prompts
from careerjournal.resources import exercises_dir


@pytest.fixture(scope="module")
def prompts():
    return reflection_prompts(load_folder(exercises_dir()))


def test_prompts_are_reflection_questions_in_dutch_and_english(prompts) -> None:
    assert len(prompts) >= 10
    assert all(p.text.nl and p.text.en and p.text.nl != p.text.en for p in prompts)
    assert not any(PLACEHOLDER.search(p.text.nl + p.text.en) for p in prompts)
    assert {"energy-audit", "ambitions"} <= {p.exercise_id for p in prompts}


def test_same_day_same_prompt_and_no_repeat_within_a_cycle(prompts) -> None:
    start = date(2031, 1, 1) - timedelta(days=date(2031, 1, 1).toordinal() % len(prompts))
    assert prompt_of_the_day(prompts, start) == prompt_of_the_day(prompts, start)
    cycle = [prompt_of_the_day(prompts, start + timedelta(days=n)) for n in range(len(prompts))]
    assert len(set(cycle)) == len(prompts)


def test_no_prompts_no_prompt_of_the_day() -> None:
    assert prompt_of_the_day((), date.today()) is None
