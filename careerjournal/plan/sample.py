"""A believable plan and exercise results, for the demo vault, the tests and the benchmark.

The texts are a made-up person's, in Dutch or English, with the diacritics a
Dutch plan really has.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from careerjournal.exercises.answers import matrix_rows, source_items
from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import (
    CardSortStep,
    ChoiceStep,
    Exercise,
    ListStep,
    MatrixStep,
    PickStep,
    RankStep,
    ScaleStep,
    Step,
)
from careerjournal.exercises.sessions import ExerciseStore, Run
from careerjournal.plan.insights import harvest
from careerjournal.plan.store import PlanStore
from careerjournal.vault import Vault
from careerjournal.wording import pick

# (Dutch, English) pairs; ``_t`` picks one.
_VISION = (
    "Werk waarin ik zelfstandig onderzoek doe naar hoe mensen écht werken, in een klein team "
    "dat elkaar helpt. Geen eindeloze reorganisaties meer, wél vakmanschap en ruimte om te "
    "leren. Ik wil dichter bij huis werken, zodat ik op woensdagmiddag bij de kinderen ben.",
    "Work in which I independently research how people really work, in a small team that "
    "helps each other. No more endless reorganisations, but craftsmanship and room to learn. "
    "I want to work closer to home, so that I'm with the children on Wednesday afternoons.",
)
_GOALS: tuple[
    tuple[
        tuple[str, str],
        tuple[str, str],
        tuple[str, str],
        int,
        tuple[tuple[tuple[str, str], int | None, str], ...],
    ],
    ...,
] = (
    (
        ("Overstappen naar een rol als UX-onderzoeker", "Move into a role as a UX researcher"),
        (
            "Gesprekken met gebruikers geven me de meeste energie; in mijn huidige functie is daar "
            "bijna geen ruimte voor.",
            "Talking to users gives me the most energy; my current job leaves almost no room for it.",
        ),
        (
            "Een getekend contract voor een functie waarin ik minstens 60% van mijn tijd onderzoek doe.",
            "A signed contract for a job in which at least 60% of my time is research.",
        ),
        240,
        (
            (("Portfolio met drie cases maken", "Build a portfolio with three cases"), 30, "doing"),
            (
                (
                    "Gesprek met Anouk over haar overstap naar onderzoek",
                    "Talk to Anouk about her move into research",
                ),
                12,
                "done",
            ),
            (
                ("Cursus ‘Interviewtechnieken’ afronden", "Finish the ‘Interviewing’ course"),
                70,
                "open",
            ),
            (
                (
                    "Vijf vacatures bekijken en de beste drie uitkiezen",
                    "Look at five vacancies and pick the best three",
                ),
                120,
                "open",
            ),
        ),
    ),
    (
        ("Meer balans tussen werk en privé", "A better balance between work and home"),
        (
            "Ik ben moe aan het eind van de week en mis de middagen met de kinderen.",
            "I'm tired at the end of the week and miss the afternoons with the children.",
        ),
        (
            "Vier maanden lang elke woensdagmiddag vrij, zonder dat mijn werk eronder lijdt.",
            "Every Wednesday afternoon off for four months, without my work suffering.",
        ),
        150,
        (
            (
                (
                    "Met mijn leidinggevende praten over een rooster van 4×9 uur",
                    "Talk to my manager about working four nine-hour days",
                ),
                25,
                "open",
            ),
            (
                (
                    "Elke vrijdag mijn agenda voor de week erna nalopen",
                    "Go through next week's diary every Friday",
                ),
                None,
                "doing",
            ),
        ),
    ),
    (
        ("Mijn netwerk in de zorg-ICT uitbreiden", "Grow my network in healthcare IT"),
        (
            "Via via hoor ik over de mooiste functies; ik ken nu bijna niemand in die wereld.",
            "The best jobs go by word of mouth; right now I hardly know anyone in that world.",
        ),
        (
            "Tien nieuwe contacten, van wie drie met een echt gesprek.",
            "Ten new contacts, three of them with a real conversation.",
        ),
        180,
        (
            (
                (
                    "Naar de meetup ‘Zorg & Design’ in Utrecht gaan",
                    "Go to the ‘Care & Design’ meetup in Utrecht",
                ),
                45,
                "open",
            ),
            (
                (
                    "Mijn LinkedIn-profiel bijwerken met mijn onderzoekservaring",
                    "Update my LinkedIn profile with my research experience",
                ),
                20,
                "done",
            ),
            (
                (
                    "Drie oud-collega’s een berichtje sturen",
                    "Send a message to three former colleagues",
                ),
                95,
                "open",
            ),
        ),
    ),
)
_PLANB = (
    (
        ("Blijven en mijn functie verbreden", "Stay and broaden my role"),
        (
            "Lukt een overstap niet vóór de zomer, dan vraag ik om een rol in het onderzoeksteam van "
            "mijn huidige werkgever, twee dagen per week.",
            "If a move doesn't work out before summer, I'll ask for a role in my current employer's "
            "research team, two days a week.",
        ),
    ),
    (
        ("Freelance beginnen naast een deeltijdbaan", "Start freelancing next to a part-time job"),
        (
            "Eerst één opdracht, om te zien of ondernemen bij me past.",
            "One assignment first, to see whether running my own business suits me.",
        ),
    ),
)
_CONVERSATIONS = (
    (
        ("Loopbaancoach: mijn plan samen doorlopen", "Career coach: go through my plan together"),
        14,
        "open",
    ),
    (
        (
            "Jeroen (oud-collega) over het werk bij een zorgverzekeraar",
            "Jeroen (former colleague) about working at a health insurer",
        ),
        40,
        "open",
    ),
    (
        (
            "Mijn partner: wat betekent een overstap voor ons gezin?",
            "My partner: what would a move mean for our family?",
        ),
        8,
        "done",
    ),
)
_TRAINING = (
    (
        ("Cursus Interviewtechnieken (zes avonden)", "Interviewing course (six evenings)"),
        70,
        "open",
    ),
    (
        (
            "Boek: ‘Just Enough Research’ van Erika Hall",
            "Book: ‘Just Enough Research’ by Erika Hall",
        ),
        30,
        "doing",
    ),
)
_ENERGY_ROWS = (
    (("Interviews met gebruikers", "User interviews"), 2),
    (("Werksessie met het ontwerpteam", "Working session with the design team"), 1),
    (("Wekelijks afdelingsoverleg", "Weekly department meeting"), -1),
    (("Rapportages invullen", "Filling in reports"), -2),
    (("Nieuwe collega inwerken", "Onboarding a new colleague"), 1),
    (("Mail wegwerken na vakantie", "Clearing email after a holiday"), -1),
)


def _t(pair: tuple[str, str], lang: str) -> str:
    return pick(lang, nl=pair[0], en=pair[1])


def fill_typical_plan(
    store: PlanStore, lang: str, today: date, name: str = "Sanne de Vries"
) -> None:
    """Three goals with actions, a Plan B, conversations and training, dated from ``today``."""

    def day(offset: int | None) -> date | None:
        return today + timedelta(days=offset) if offset is not None else None

    store.set_vision(_t(_VISION, lang))
    store.set_review_date(today + timedelta(days=91))
    store.set_cover_name(name)
    for title, why, outcome, offset, actions in _GOALS:
        goal = store.add(
            "goal",
            _t(title, lang),
            detail=_t(why, lang),
            outcome=_t(outcome, lang),
            due_date=day(offset),
        )
        for action, when, status in actions:
            added = store.add("action", _t(action, lang), parent_id=goal.id, due_date=day(when))
            store.set_status(added.id, status)  # type: ignore[arg-type]
    for title, detail in _PLANB:
        store.add("planb", _t(title, lang), detail=_t(detail, lang))
    for section, rows in (("conversation", _CONVERSATIONS), ("training", _TRAINING)):
        for title, when, status in rows:
            added = store.add(section, _t(title, lang), due_date=day(when))  # type: ignore[arg-type]
            store.set_status(added.id, status)  # type: ignore[arg-type]


def fill_large_plan(
    store: PlanStore,
    goals: int,
    actions: int,
    today: date,
    text: str = "Een lange zin met ë, ï, é en ĳ die steeds terugkomt. ",
    repeat: int = 30,
) -> None:
    """Many goals with many actions and very long texts: for limits and timing."""
    long_text = text * repeat
    store.set_vision(long_text * 2)
    store.set_review_date(today + timedelta(days=60))
    for g in range(1, goals + 1):
        goal = store.add(
            "goal",
            f"Doel {g}: {long_text[: 40 * g]}",
            detail=long_text,
            outcome=long_text[:300],
            due_date=today + timedelta(days=9 * g),
        )
        for a in range(1, actions + 1):
            store.add(
                "action",
                f"Actie {g}.{a} {text * (a % 4)}",
                parent_id=goal.id,
                detail=long_text[: 25 * a],
                due_date=today + timedelta(days=3 * (g + a)),
            )
    for n in range(goals):
        store.add("planb", f"Plan B {n + 1}", detail=long_text)
        store.add("conversation", f"Gesprek {n + 1}: {text}", due_date=today + timedelta(days=n))
        store.add("training", f"Opleiding {n + 1}", detail=text * 3)


# --- exercise results --------------------------------------------------------


def _answer(step: Step, lang: str, seed: int) -> Any:
    """A plausible, deterministic answer to one step (None: the step needs none)."""
    if isinstance(step, ScaleStep):
        points = step.max - step.min + 1
        return {
            item.id: step.min + (seed + sum(map(ord, item.dimension)) % 7 + n) % points
            for n, item in enumerate(step.items)
        }
    if isinstance(step, CardSortStep):
        others = [p.id for p in step.piles if p.id != step.rank_pile]
        piles = {
            card.id: step.rank_pile if n < step.rank_count + 2 else others[n % len(others)]
            for n, card in enumerate(step.cards)
        }
        ranking = [c.id for c in step.cards][: step.rank_count + 2]
        return {"piles": piles, "ranking": ranking}
    if isinstance(step, RankStep) and step.source is None:
        return [item.id for item in step.items]
    if isinstance(step, ChoiceStep):
        return [o.id for o in step.options][seed % len(step.options) :][: step.min_choices] or [
            step.options[0].id
        ]
    if isinstance(step, ListStep):
        return [_row(step, label, value, lang) for label, value in _ENERGY_ROWS][
            : max(step.min_rows, min(step.max_rows, len(_ENERGY_ROWS)))
        ]
    return None


def _row(step: ListStep, label: tuple[str, str], value: int, lang: str) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in step.fields:
        if field.type == "text":
            row[field.id] = _t(label, lang)
        elif field.type == "rating":
            row[field.id] = max(field.min, min(field.max, value))
        elif field.type == "choice":
            row[field.id] = field.options[0].id
    return row


def _answer_on_earlier(exercise: Exercise, step: Step, answers: dict[str, Any], seed: int) -> Any:
    """An answer to a step that works on an earlier step's items (pick, matrix, rank)."""
    if isinstance(step, PickStep):
        return [i for i, _ in source_items(exercise, step.source, answers)][: step.choose]
    if isinstance(step, RankStep) and step.source is not None:
        return [i for i, _ in source_items(exercise, step.source, answers)]
    if isinstance(step, MatrixStep):
        values: list[Any] = [o.id for o in step.options] or list(range(step.min, step.max + 1))
        return {
            row: {
                c.id: values[(seed + 2 * n + m) % len(values)] for m, c in enumerate(step.columns)
            }
            for n, (row, _) in enumerate(matrix_rows(exercise, step, answers))
        }
    return None


def complete_exercise(vault: Vault, exercise: Exercise, lang: str, seed: int = 0) -> Run:
    """Do one exercise with sample answers and return the completed run."""
    store = ExerciseStore(vault)
    run = store.start(exercise)
    answers: dict[str, Any] = {}
    for index, step in enumerate(exercise.steps):
        answer = _answer(step, lang, seed)
        if answer is None:
            answer = _answer_on_earlier(exercise, step, answers, seed)
        if answer is not None:
            answers[step.id] = answer
            store.save(run.id, step.id, answer, index)
    return store.complete(run.id, exercise)


SAMPLE_EXERCISES = ("work-values", "career-anchors", "interests", "energy-audit", "three-futures")


def fill_sample_vault(vault: Vault, catalog: Catalog, lang: str, today: date) -> None:
    """Sample exercise results, a typical plan, and the insights pulled into the vision."""
    for seed, exercise_id in enumerate(SAMPLE_EXERCISES):
        exercise = catalog.get(exercise_id)
        if exercise is not None:
            complete_exercise(vault, exercise, lang, seed)
    store = PlanStore(vault)
    fill_typical_plan(store, lang, today)
    latest = ExerciseStore(vault).latest_results()
    for insight in harvest(catalog, latest, lang).insights:
        store.pull(insight.source, "vision", insight.text)
