"""The guided plan review: one goal or action at a time, then a note and the next date.

For each item: done, going, stuck, changed or dropped, a line on why and one
on what is next, and its date moved if need be. An item left without an
answer is simply not part of this review. The intro lists earlier reviews,
readable as they were written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from careerjournal.agenda import add_months
from careerjournal.plan import PlanItem
from careerjournal.review import VERDICTS, Review, ReviewLine, Verdict, to_review
from careerjournal.review.store import summary_text
from careerjournal.ui.pages.plan.date_field import OptionalDate
from careerjournal.ui.shell.formats import long_date
from careerjournal.ui.shell.messages import describe
from careerjournal.vault import VaultError

if TYPE_CHECKING:
    from careerjournal.ui.pages.plan.page import PlanPage

NEXT_REVIEW_MONTHS = 3


def _verdict_words() -> dict[Verdict, str]:
    return {
        "done": QCoreApplication.translate("ReviewVerdict", "Done"),
        "going": QCoreApplication.translate("ReviewVerdict", "Going"),
        "stuck": QCoreApplication.translate("ReviewVerdict", "Stuck"),
        "changed": QCoreApplication.translate("ReviewVerdict", "Changed"),
        "dropped": QCoreApplication.translate("ReviewVerdict", "Dropped"),
    }


class ItemStep(QWidget):
    """One goal or action: how it went, why, what is next, and its date."""

    def __init__(self, item: PlanItem, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.place = QLabel(place, objectName="hint")
        self.title = QLabel(item.title or "…", objectName="sectionHeading", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # What the user wrote about it before (a goal's why): context for the answer.
        self.context = QLabel(item.detail.strip(), objectName="hint", wordWrap=True)
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.context.setVisible(bool(item.detail.strip()))
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        self.buttons: dict[Verdict, QRadioButton] = {}
        for verdict in VERDICTS:
            button = QRadioButton()
            button.setObjectName(f"verdict_{verdict}")
            self.group.addButton(button)
            self.buttons[verdict] = button
            buttons.addWidget(button)
        buttons.addStretch()
        self.why = QLineEdit(objectName="why")
        self.next_step = QLineEdit(objectName="nextStep")
        self.date = OptionalDate()
        self.date.set_value(item.due_date)
        self.form = QFormLayout()
        self.why_label = QLabel(buddy=self.why)
        self.next_label = QLabel(buddy=self.next_step)
        self.date_label = QLabel(buddy=self.date)
        self.form.addRow(self.why_label, self.why)
        self.form.addRow(self.next_label, self.next_step)
        self.form.addRow(self.date_label, self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.place)
        layout.addWidget(self.title)
        layout.addWidget(self.context)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addLayout(self.form)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        for verdict, word in _verdict_words().items():
            self.buttons[verdict].setText(word)
        self.why_label.setText(self.tr("Wh&y:"))
        self.next_label.setText(self.tr("&What is next:"))
        self.date_label.setText(self.tr("&Date:"))
        self.why.setPlaceholderText(self.tr("One line on how it went"))
        self.next_step.setPlaceholderText(self.tr("The next small step"))

    def line(self) -> ReviewLine | None:
        """The answer, or None if the user went past without choosing."""
        verdict = next((v for v, b in self.buttons.items() if b.isChecked()), None)
        if verdict is None:
            return None
        return ReviewLine(
            self.item.id,
            self.item.section,
            self.item.title,
            verdict,
            self.why.text().strip(),
            self.next_step.text().strip(),
            self.item.due_date,
            self.date.value(),
        )


class ReviewDialog(QDialog):
    """Walks ``items``; after accepting, :meth:`lines`, :attr:`note` and :attr:`next_review`."""

    def __init__(
        self,
        items: Sequence[PlanItem],
        earlier: Sequence[Review],
        lang: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.resize(720, 460)
        self.earlier = list(earlier)
        self.lang = lang
        self.stack = QStackedWidget()
        self.stack.addWidget(self._intro(len(items)))
        goal_titles = {i.id: i.title for i in items if i.section == "goal"}
        goals = [i for i in items if i.section == "goal"]
        self.steps: list[ItemStep] = []
        for item in items:
            if item.section == "goal":
                place = self.tr("Goal %1 of %2").replace("%1", str(goals.index(item) + 1))
                place = place.replace("%2", str(len(goals)))
            else:
                place = self.tr("An action for “%1”").replace(
                    "%1", goal_titles.get(item.parent_id or -1, "")
                )
            step = ItemStep(item, place)
            self.steps.append(step)
            self.stack.addWidget(step)
        self.stack.addWidget(self._closing(today))
        self.back = QPushButton(objectName="back")
        self.back.clicked.connect(lambda: self._go(-1))
        self.forward = QPushButton(objectName="forward")
        self.forward.setDefault(True)
        self.forward.clicked.connect(lambda: self._go(1))
        self.cancel = QPushButton(objectName="cancel")
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch()
        buttons.addWidget(self.back)
        buttons.addWidget(self.forward)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._go(0)

    def _intro(self, count: int) -> QWidget:
        page = QWidget()
        self.intro_heading = QLabel(objectName="pageHeading")
        self.intro_text = QLabel(wordWrap=True)
        self.intro_count = count
        self.earlier_heading = QLabel(objectName="sectionHeading")
        self.earlier_list = QListWidget(objectName="earlierReviews")
        for review in self.earlier:
            when = review.created_at.astimezone().date()
            self.earlier_list.addItem(long_date(when))
        self.earlier_text = QTextEdit(readOnly=True, objectName="earlierReview")
        self.earlier_list.currentRowChanged.connect(self._show_earlier)
        earlier = QHBoxLayout()
        earlier.addWidget(self.earlier_list, 1)
        earlier.addWidget(self.earlier_text, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro_heading)
        layout.addWidget(self.intro_text)
        layout.addWidget(self.earlier_heading)
        layout.addLayout(earlier, 1)
        for widget in (self.earlier_heading, self.earlier_list, self.earlier_text):
            widget.setVisible(bool(self.earlier))
        if not self.earlier:
            layout.addStretch()
        return page

    def _show_earlier(self, row: int) -> None:
        review = self.earlier[row] if 0 <= row < len(self.earlier) else None
        self.earlier_text.setPlainText(
            summary_text(review.lines, review.note, review.next_review, self.lang) if review else ""
        )

    def _closing(self, today: date) -> QWidget:
        page = QWidget()
        self.closing_heading = QLabel(objectName="sectionHeading")
        self.note_edit = QTextEdit(objectName="reviewNote", acceptRichText=False)
        self.note_edit.setTabChangesFocus(True)
        self.note_label = QLabel(buddy=self.note_edit, wordWrap=True)
        self.next_date = OptionalDate()
        self.next_date.setObjectName("nextReview")
        self.next_date.set_value(add_months(today, NEXT_REVIEW_MONTHS))
        self.next_label = QLabel(buddy=self.next_date)
        form = QFormLayout()
        form.addRow(self.next_label, self.next_date)
        layout = QVBoxLayout(page)
        layout.addWidget(self.closing_heading)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit, 1)
        layout.addLayout(form)
        return page

    def _go(self, delta: int) -> None:
        index = self.stack.currentIndex() + delta
        if index >= self.stack.count():
            self.accept()
            return
        self.stack.setCurrentIndex(max(0, index))
        last = self.stack.currentIndex() == self.stack.count() - 1
        self.back.setEnabled(self.stack.currentIndex() > 0)
        self.forward.setText(self.tr("&Save the review") if last else self.tr("&Next"))

    @property
    def note(self) -> str:
        return str(self.note_edit.toPlainText()).strip()

    @property
    def next_review(self) -> date | None:
        return self.next_date.value()

    def lines(self) -> list[ReviewLine]:
        return [line for step in self.steps if (line := step.line()) is not None]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review my plan"))
        self.intro_heading.setText(self.tr("Looking back at your plan"))
        self.intro_text.setText(
            self.tr(
                "One goal or action at a time: is it done, going, stuck, changed or dropped? "
                "A line on why and one on what is next is enough. Skip what you do not want "
                "to look at now. When you save, your plan is brought up to date and a summary "
                "goes into your journal."
            )
            if self.intro_count
            else self.tr(
                "Your plan has no open goals right now. You can still write down how it "
                "went and choose when to look again."
            )
        )
        self.earlier_heading.setText(self.tr("Earlier reviews"))
        self.closing_heading.setText(self.tr("To close"))
        self.note_label.setText(self.tr("Anything else you noticed, in a few &lines:"))
        self.next_label.setText(self.tr("Look &again on:"))
        self.back.setText(self.tr("&Back"))
        self.cancel.setText(self.tr("Cancel"))
        self._go(0)


def run_review(page: PlanPage, today: date) -> bool:
    """Walk the plan of ``page`` and keep the review; True if one was saved.

    The dialog holds the user's words: it is deleted afterwards, and closed
    unanswered if the vault locks meanwhile (see :func:`close_reviews`).
    """
    stores = page.stores
    if stores is None:
        return False
    page.flush()
    reviews = stores.reviews
    lang = page.language()
    dialog = ReviewDialog(to_review(stores.plan.plan()), reviews.list(), lang, today, page)
    try:
        if not page.run_dialog(dialog) or page.stores is None:
            return False
        lines, note, next_review = dialog.lines(), dialog.note, dialog.next_review
    finally:
        dialog.setParent(None)
        dialog.deleteLater()
    try:
        reviews.save(lines, note, next_review, lang, today)
    except VaultError as error:
        page.message.setText(describe(error))
        return False
    page.open_vault(stores)  # the plan changed underneath the editors
    page.message.setText(
        QCoreApplication.translate(
            "ReviewDialog", "Your review is kept, and a summary is in your journal."
        )
    )
    return True


def close_reviews(page: QWidget) -> None:
    """The vault is locking: an open review closes without keeping anything."""
    for dialog in page.findChildren(ReviewDialog):
        dialog.reject()
