"""A card sort: deal every card onto a pile, then put the top of one pile in order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from careerjournal.exercises.model import CardSortStep, Exercise
from careerjournal.ui.pages.exercises.ordered_list import ID_ROLE, OrderedList
from careerjournal.ui.pages.exercises.steps.base import StepWidget
from careerjournal.ui.widgets.wrapping_list import wrapping_list


class CardSortWidget(StepWidget):
    """Answer: ``{"piles": {card_id: pile_id}, "ranking": [top card ids in order]}``."""

    step: CardSortStep

    def __init__(
        self, exercise: Exercise, step: CardSortStep, answers: dict[str, Any], lang: str
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        self.cards = {card.id: card for card in step.cards}
        self.placed: dict[str, str] = {}
        self.rank_order: list[str] = []
        self.current: str | None = None

        self.card_label = QLabel(
            objectName="cardLabel", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True
        )
        font = self.card_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.card_label.setFont(font)
        self.card_hint = QLabel(
            alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True, objectName="hint"
        )
        self.left = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="hint")
        self.refusal = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.refusal.setObjectName("error")
        card = QFrame(objectName="card", frameShape=QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        for widget in (self.card_label, self.card_hint, self.left, self.refusal):
            card_layout.addWidget(widget)

        buttons = QHBoxLayout()
        self.pile_buttons: dict[str, QPushButton] = {}
        self.pile_lists: dict[str, QListWidget] = {}
        piles = QGridLayout()
        for column, pile in enumerate(step.piles):
            label = pile.label.get(lang)
            button = QPushButton(f"&{column + 1}  {label}")
            button.setShortcut(QKeySequence(str(column + 1)))
            button.clicked.connect(lambda _=False, p=pile.id: self.place_current(p))
            buttons.addWidget(button)
            self.pile_buttons[pile.id] = button
            heading = QLabel(self._pile_heading(pile.id), objectName="sectionHeading")
            listing = wrapping_list(QListWidget(objectName=f"pile-{pile.id}"))
            listing.setAccessibleName(label)
            listing.itemClicked.connect(self._pick_from_pile)
            listing.currentItemChanged.connect(lambda item, _prev: self._pick_from_pile(item))
            piles.addWidget(heading, 0, column)
            piles.addWidget(listing, 1, column)
            self.pile_lists[pile.id] = listing

        self.rank_heading = QLabel(objectName="sectionHeading", wordWrap=True)
        self.ranking = OrderedList()
        self.ranking.reordered.connect(self._ranking_moved)

        top = QHBoxLayout()
        sorting = QVBoxLayout()
        sorting.addWidget(card)
        sorting.addLayout(buttons)
        sorting.addLayout(piles, 1)
        top.addLayout(sorting, 3)
        ranking = QVBoxLayout()
        ranking.addWidget(self.rank_heading)
        ranking.addWidget(self.ranking, 1)
        top.addLayout(ranking, 2)
        self.body.addLayout(top, 1)
        self._refresh()

    # --- actions -------------------------------------------------------------

    def place_current(self, pile_id: str) -> None:
        """Put the card on show onto ``pile_id``; the next unsorted card comes up."""
        if self.current is None:
            return
        self.place(self.current, pile_id)

    def place(self, card_id: str, pile_id: str) -> None:
        """Put a card on a pile, unless the pile is full: then say so and leave it."""
        pile = next(p for p in self.step.piles if p.id == pile_id)
        held = [c for c, p in self.placed.items() if p == pile_id and c != card_id]
        if pile.max is not None and len(held) >= pile.max:
            self.refusal.setText(
                self.tr(
                    "“%1” holds at most %2 cards. Move a card off it first, or choose another pile."
                )
                .replace("%1", pile.label.get(self.lang))
                .replace("%2", str(pile.max))
            )
            return
        self.refusal.clear()
        self.placed[card_id] = pile_id
        if pile_id == self.step.rank_pile:
            if card_id not in self.rank_order:
                self.rank_order.append(card_id)
        elif card_id in self.rank_order:
            self.rank_order.remove(card_id)
        self.current = None
        self._refresh()
        self.changed.emit()

    def _pick_from_pile(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.current = item.data(ID_ROLE)
            self._show_card()

    def _ranking_moved(self) -> None:
        self.rank_order = self.ranking.ids()
        self._refresh()
        self.changed.emit()

    # --- display -------------------------------------------------------------

    def _unsorted(self) -> list[str]:
        return [card_id for card_id in self.cards if card_id not in self.placed]

    def _refresh(self) -> None:
        unsorted = self._unsorted()
        if self.current is None and unsorted:
            self.current = unsorted[0]
        for pile_id, listing in self.pile_lists.items():
            listing.blockSignals(True)
            listing.clear()
            for card_id, placed_on in self.placed.items():
                if placed_on == pile_id:
                    item = QListWidgetItem(self.cards[card_id].label.get(self.lang))
                    item.setData(ID_ROLE, card_id)
                    listing.addItem(item)
            listing.blockSignals(False)
        self.ranking.set_items(
            [
                (card_id, self._ranked_label(place, card_id))
                for place, card_id in enumerate(self.rank_order, start=1)
            ]
        )
        pile_label = next(p for p in self.step.piles if p.id == self.step.rank_pile).label.get(
            self.lang
        )
        self.ranking.setAccessibleName(pile_label)
        self.rank_heading.setText(
            self.tr("Put the cards of “%1” in order: your top %2 count.")
            .replace("%1", pile_label)
            .replace("%2", str(self.step.rank_count))
        )
        self.left.setText(
            self.tr("%1 of %2 cards still to sort")
            .replace("%1", str(len(unsorted)))
            .replace("%2", str(len(self.cards)))
            if unsorted
            else self.tr("All cards are sorted. You can still move a card: click it in its pile.")
        )
        self._show_card()

    def _pile_heading(self, pile_id: str) -> str:
        pile = next(p for p in self.step.piles if p.id == pile_id)
        label = pile.label.get(self.lang)
        return (
            label
            if pile.max is None
            else self.tr("%1 (at most %2)").replace("%1", label).replace("%2", str(pile.max))
        )

    def _ranked_label(self, place: int, card_id: str) -> str:
        """The top cards carry their place; the others in the pile do not count."""
        label = self.cards[card_id].label.get(self.lang)
        return f"{place}. {label}" if place <= self.step.rank_count else f"     {label}"

    def _show_card(self) -> None:
        card = self.cards.get(self.current) if self.current else None
        self.card_label.setText(card.label.get(self.lang) if card else "")
        self.card_hint.setText(card.hint.get(self.lang) if card and card.hint else "")
        for button in self.pile_buttons.values():
            button.setEnabled(card is not None)

    # --- answer --------------------------------------------------------------

    def answer(self) -> dict[str, Any]:
        return {"piles": dict(self.placed), "ranking": self.rank_order[: self.step.rank_count]}

    def set_answer(self, answer: Any) -> None:
        if not isinstance(answer, dict):
            return
        piles = answer.get("piles", {})
        pile_ids = {p.id for p in self.step.piles}
        self.placed = (
            {c: p for c, p in piles.items() if c in self.cards and p in pile_ids}
            if isinstance(piles, dict)
            else {}
        )
        in_rank_pile = [c for c, p in self.placed.items() if p == self.step.rank_pile]
        ranked = [c for c in answer.get("ranking", []) if c in in_rank_pile]
        self.rank_order = ranked + [c for c in in_rank_pile if c not in ranked]
        self.current = None
        self._refresh()
