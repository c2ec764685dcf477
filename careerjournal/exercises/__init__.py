"""Exercises: files that describe them, their checking, scoring and the runs kept in the vault.

Plain Python with no Qt, so the command line and the tests use it as the UI does.
"""

from careerjournal.exercises.loader import Catalog, load_file, load_folder
from careerjournal.exercises.model import (
    Card,
    CardSortStep,
    ChoiceStep,
    Dimension,
    Exercise,
    InfoStep,
    Lang,
    ListField,
    ListStep,
    Option,
    Pile,
    Question,
    RankStep,
    ReflectionStep,
    ResultSpec,
    ScaleItem,
    ScaleStep,
    Step,
    Suggestion,
    Text,
)
from careerjournal.exercises.progress import Overview, exercise_progress, overview
from careerjournal.exercises.scoring import (
    Bar,
    Reading,
    for_each_items,
    read,
    score,
    step_complete,
)
from careerjournal.exercises.sessions import ExerciseStore, Run, RunNotOpen
from careerjournal.exercises.validator import (
    SUPPORTED_FORMAT,
    InvalidExercise,
    Problem,
    parse_exercise,
)

__all__ = [
    "SUPPORTED_FORMAT",
    "Bar",
    "Card",
    "CardSortStep",
    "Catalog",
    "ChoiceStep",
    "Dimension",
    "Exercise",
    "ExerciseStore",
    "InfoStep",
    "InvalidExercise",
    "Lang",
    "ListField",
    "ListStep",
    "Option",
    "Overview",
    "Pile",
    "Problem",
    "Question",
    "RankStep",
    "Reading",
    "ReflectionStep",
    "ResultSpec",
    "Run",
    "RunNotOpen",
    "ScaleItem",
    "ScaleStep",
    "Step",
    "Suggestion",
    "Text",
    "exercise_progress",
    "for_each_items",
    "load_file",
    "load_folder",
    "overview",
    "parse_exercise",
    "read",
    "score",
    "step_complete",
]
