"""The stores of one unlocked vault, made once per unlock and handed to every page.

Pages never build a store from a raw :class:`Vault`: the window makes one
:class:`Stores` when the session unlocks and passes it to each page's
``open_vault``; at lock, pages drop it in ``clear``. The stores hold nothing but
the vault, so sharing them between pages shares no state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerjournal.agenda import AgendaStore
    from careerjournal.exercises.sessions import ExerciseStore
    from careerjournal.journal import JournalStore
    from careerjournal.plan import PlanStore
    from careerjournal.review import ReviewStore
    from careerjournal.share.history import ShareHistory
    from careerjournal.share.session_sheet import SessionDraft
    from careerjournal.vault import Vault


@dataclass(frozen=True)
class Stores:
    """One store per feature, all over the same open vault."""

    vault: Vault
    exercises: ExerciseStore
    journal: JournalStore
    plan: PlanStore
    agenda: AgendaStore
    reviews: ReviewStore
    shares: ShareHistory
    session_draft: SessionDraft

    @classmethod
    def of(cls, vault: Vault) -> Stores:
        # The features load here, after the key derivation: every page imports this
        # module for its type, and the unlock screen must not carry them into Argon2id.
        from careerjournal.agenda import AgendaStore
        from careerjournal.exercises.sessions import ExerciseStore
        from careerjournal.journal import JournalStore
        from careerjournal.plan import PlanStore
        from careerjournal.review import ReviewStore
        from careerjournal.share.history import ShareHistory
        from careerjournal.share.session_sheet import SessionDraft

        return cls(
            vault,
            ExerciseStore(vault),
            JournalStore(vault),
            PlanStore(vault),
            AgendaStore(vault),
            ReviewStore(vault),
            ShareHistory(vault),
            SessionDraft(vault),
        )
