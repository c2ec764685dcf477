"""Loading the exercise folder: order, a missing folder, and the shipped exercises."""

from __future__ import annotations

from pathlib import Path

from careerjournal.exercises import load_folder
from tests.helpers.exercise_texts import all_texts

DATA = Path(__file__).parent / "data" / "exercises"
SAMPLE = DATA / "sample.toml"
SHIPPED = Path(__file__).parent.parent / "exercises"


def test_missing_folder_is_a_problem(tmp_path: Path) -> None:
    catalog = load_folder(tmp_path / "nowhere")
    assert catalog.exercises == ()
    assert [(p.file, p.field) for p in catalog.problems] == [("nowhere", "-")]


def test_catalog_orders_by_order_then_id(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for name, exercise_id, order in [
        ("1.toml", "zeta", 5),
        ("2.toml", "beta", 50),
        ("3.toml", "alpha", 50),
        ("4.toml", "last", 100),
    ]:
        extra = f"\norder = {order}" if order != 100 else ""
        changed = text.replace('id = "sample"', f'id = "{exercise_id}"{extra}', 1)
        (tmp_path / name).write_text(changed, encoding="utf-8")
    catalog = load_folder(tmp_path)
    assert catalog.problems == ()
    assert [e.id for e in catalog.exercises] == ["zeta", "alpha", "beta", "last"]
    assert catalog.get("beta") is catalog.exercises[2]
    assert catalog.get("gamma") is None


# --- the shipped exercises ------------------------------------------------------------


def test_every_shipped_exercise_loads_in_both_languages() -> None:
    catalog = load_folder(SHIPPED)
    assert [str(p) for p in catalog.problems] == []
    assert len(catalog.exercises) == len(list(SHIPPED.glob("*.toml"))) == 17
    for exercise in catalog.exercises:
        texts = all_texts(exercise)
        assert texts and all(t.nl.strip() and t.en.strip() for t in texts), exercise.id
