"""Pages get their stores once per unlock, from the window, all over the one open vault."""

from __future__ import annotations

from careerjournal.ui.pages.exercises.page import ExercisesPage
from careerjournal.ui.pages.home import HomePage
from careerjournal.ui.pages.plan.page import PlanPage
from careerjournal.ui.pages.share.page import SharePage
from careerjournal.ui.shell import stores as stores_module
from careerjournal.ui.shell.stores import Stores
from tests.helpers.driver import show_page, unlock


def test_one_bundle_per_unlock_shared_by_every_page(main_window, monkeypatch) -> None:
    made: list[Stores] = []
    real_of = Stores.of.__func__

    def counting_of(cls: type[Stores], vault: object) -> Stores:
        made.append(real_of(cls, vault))
        return made[-1]

    monkeypatch.setattr(stores_module.Stores, "of", classmethod(counting_of))
    window = unlock(main_window())
    assert len(made) == 1 and made[0].vault is window.session.vault
    window.lock()
    unlock(window)
    assert len(made) == 2, "a fresh bundle for each unlock"
    bundle = made[1]
    assert show_page(window, PlanPage).stores is bundle
    assert show_page(window, SharePage).stores is bundle
    assert show_page(window, ExercisesPage).store is bundle.exercises
    assert show_page(window, HomePage).plan_store is bundle.plan
    window.lock()
    assert show_page(window, PlanPage).stores is None, "dropped at lock"
