"""The shipped exercises as content: they load, promise an honest duration and end in the plan.

The duration check counts what a person has to do. The rates are deliberately plain (an
open question takes a few minutes to answer in writing, a statement on a scale a few
seconds) so that a file whose ``minutes`` drifts far from its own item count fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careerjournal.exercises import Exercise, Text, load_folder
from tests.helpers.exercise_texts import all_texts

SHIPPED = Path(__file__).parent.parent / "exercises"
CATALOG = load_folder(SHIPPED)

# Minutes per unit of work; see the module docstring.
READ_CHARS_PER_MINUTE = 1200
MINUTES_PER_QUESTION = 3.5
MINUTES_PER_STATEMENT = 0.2
MINUTES_PER_CARD = 0.15
MINUTES_PER_RANKED = 0.25
MINUTES_PER_SOURCE = 1.0  # read a gathered result, then put it in your own words
FIELD_MINUTES = {"text": 0.5, "long_text": 2.0, "rating": 0.2, "choice": 0.2}


def _reading(text: Text | None) -> float:
    return len(text.nl) / READ_CHARS_PER_MINUTE if text else 0.0


def _step_minutes(exercise: Exercise, step: object) -> float:
    """What one step asks of a person, by its kind and what it holds."""
    kind = getattr(step, "kind", "")
    minutes = _reading(getattr(step, "text", None))
    if kind == "reflection":
        questions = len(step.questions)  # type: ignore[attr-defined]
        source = getattr(step, "for_each", None)
        if source:
            questions = _top_count(exercise, source)
        return minutes + questions * MINUTES_PER_QUESTION
    if kind == "scale":
        return minutes + len(step.items) * MINUTES_PER_STATEMENT  # type: ignore[attr-defined]
    if kind == "cardsort":
        cards = len(step.cards)  # type: ignore[attr-defined]
        ranked = step.rank_count  # type: ignore[attr-defined]
        return minutes + cards * MINUTES_PER_CARD + ranked * MINUTES_PER_RANKED
    if kind == "rank":
        return minutes + len(step.items) * MINUTES_PER_RANKED  # type: ignore[attr-defined]
    if kind == "choice":
        return minutes + 0.5 + 0.1 * len(step.options)  # type: ignore[attr-defined]
    if kind == "list":
        fields = step.fields  # type: ignore[attr-defined]
        row = sum(FIELD_MINUTES.get(f.type, 0.5) * (1 if f.required else 0.6) for f in fields)
        return minutes + max(step.min_rows, 2) * row  # type: ignore[attr-defined]
    if kind == "info":
        return minutes + 0.3
    if kind == "pick":
        return minutes + 1.0
    if kind == "matrix":
        rows = len(step.rows) or 5  # type: ignore[attr-defined]
        return minutes + rows * len(step.columns) * MINUTES_PER_STATEMENT  # type: ignore[attr-defined]
    if kind == "synthesis":
        return minutes + len(step.sources) * MINUTES_PER_SOURCE  # type: ignore[attr-defined]
    # A kind this test does not know yet: count what it visibly holds.
    held = sum(len(getattr(step, name, ())) for name in ("items", "questions", "options"))
    return minutes + 1.0 + held * MINUTES_PER_RANKED


def _top_count(exercise: Exercise, step_id: str) -> int:
    source = exercise.step(step_id)
    return getattr(source, "rank_count", None) or min(3, len(getattr(source, "items", ())))


def estimate(exercise: Exercise) -> float:
    """Minutes the exercise takes by its own content: the intro read, then every step done."""
    return _reading(exercise.intro) + sum(_step_minutes(exercise, s) for s in exercise.steps)


def test_every_file_loads() -> None:
    assert [str(p) for p in CATALOG.problems] == []
    assert len(CATALOG.exercises) == len(list(SHIPPED.glob("*.toml")))


@pytest.mark.parametrize("exercise", CATALOG.exercises, ids=lambda e: e.id)
def test_duration_matches_the_work(exercise: Exercise) -> None:
    expected = estimate(exercise)
    assert 0.75 * expected <= exercise.minutes <= 1.35 * expected, (
        f"{exercise.id}: says {exercise.minutes} min, its content takes about {expected:.0f}"
    )


@pytest.mark.parametrize("exercise", CATALOG.exercises, ids=lambda e: e.id)
def test_intro_states_the_same_duration(exercise: Exercise) -> None:
    """The intro promises a time; it must be the file's own ``minutes``, in words or digits."""
    words = {
        10: "tien",
        15: "kwartier",
        20: "twintig",
        25: "25",
        30: "halfuur",
        45: "drie kwartier",
        60: "uur",
    }
    said = exercise.intro.nl
    spoken = words.get(exercise.minutes, str(exercise.minutes))
    assert spoken in said or str(exercise.minutes) in said, exercise.id


@pytest.mark.parametrize("exercise", CATALOG.exercises, ids=lambda e: e.id)
def test_every_text_in_both_languages_and_not_copied(exercise: Exercise) -> None:
    for text in all_texts(exercise):
        assert text.nl.strip() and text.en.strip(), exercise.id
        if len(text.nl) > 40:
            assert text.nl != text.en, f"{exercise.id}: left untranslated: {text.nl[:40]}"


@pytest.mark.parametrize("exercise", CATALOG.exercises, ids=lambda e: e.id)
def test_every_exercise_ends_in_suggestions_for_the_plan(exercise: Exercise) -> None:
    assert len(exercise.suggestions) >= 2, exercise.id
    assert exercise.results, exercise.id


def test_sentences_that_read_as_translations_are_gone() -> None:
    """The examples a Dutch editor flagged in issue 12."""
    flagged = (
        "kanten op werken",
        "naar verhouding",
        "een titel van zes woorden gaf",
        "Ik ben aan het verkennen wat ik later wil",
        "ontsnappingsfantasie naar nu",
    )
    for exercise in CATALOG.exercises:
        dutch = " ".join(t.nl for t in all_texts(exercise))
        for phrase in flagged:
            assert phrase not in dutch, f"{exercise.id}: {phrase}"


# Each new exercise names the practice it rests on, so a reader can check it.
GROUNDING = {
    "manager-conversation": ("AVG", "Wet flexibel werken"),
    "labour-market": ("UWV", "CBS"),
    "freelance": ("KVK", "Belastingdienst", "nevenwerkzaamheden", "concurrentiebeding"),
    "asking-for-help": ("Noloc", "beroepscode", "bedrijfsarts", "vertrouwenspersoon"),
    "job-crafting": ("Wrzesniewski", "Dutton"),
    "my-criteria": ("Schein", "Holland"),
    "career-anchors": ("Schein", "niet de officiële"),
    "stay-or-go": ("opzegtermijn", "WW", "concurrentiebeding", "nevenwerkzaamheden", "Hirschman"),
    "work-values": ("Miller",),
    "interests": ("Holland", "O*NET"),
    "energy-audit": ("Bakker", "Csikszentmihalyi"),
    "talents": ("Ofman",),
    "ambitions": ("Markus", "Ibarra"),
    "three-futures": ("Designing Your Life",),
    "conversations": ("Bolles",),
    "learning": ("70-20-10",),
}


@pytest.mark.parametrize("exercise_id", sorted(GROUNDING))
def test_exercise_names_its_grounding(exercise_id: str) -> None:
    exercise = CATALOG.get(exercise_id)
    assert exercise is not None, exercise_id
    dutch = " ".join(t.nl for t in all_texts(exercise)).lower()
    for word in GROUNDING[exercise_id]:
        assert word.lower() in dutch, f"{exercise_id}: {word}"


def test_my_criteria_gathers_the_other_exercises_results(vault, catalog) -> None:
    """The synthesis page starts from what the other shipped exercises found."""
    from careerjournal.exercises import ExerciseStore
    from careerjournal.exercises.synthesis import gather
    from careerjournal.plan.sample import complete_exercise

    criteria = catalog.get("my-criteria")
    step = criteria.step("gather")
    store = ExerciseStore(vault)
    assert set(gather(step, catalog, store.latest_results(), "nl").values()) == {None}

    for exercise_id in ("work-values", "energy-audit", "ambitions"):
        complete_exercise(vault, catalog.get(exercise_id), "nl")
    gathered = gather(step, catalog, store.latest_results(), "nl")
    values = catalog.get("work-values").step("sort")
    assert gathered["values"] and values.cards[0].label.nl in gathered["values"]
    assert gathered["energy-gives"] and gathered["energy-costs"]
    assert gathered["wants"]
    assert gathered["anchors"] is None, "not done yet: the box starts empty, with its hint"


@pytest.mark.parametrize("exercise_id", ["three-futures", "work-values", "career-anchors"])
def test_sample_answers_fill_steps_on_earlier_items(vault, catalog, exercise_id: str) -> None:
    """The demo's sample runs answer matrix, pick and rank steps too, so its results are real."""
    from careerjournal.exercises import read
    from careerjournal.plan.sample import complete_exercise

    exercise = catalog.get(exercise_id)
    run = complete_exercise(vault, exercise, "nl")
    later = [s.id for s in exercise.steps if s.kind in ("matrix", "pick")]
    assert later and all(step in run.answers for step in later)
    assert all("—" not in r.summary for r in read(exercise, run.result, "nl"))
