"""What the exercises offer the plan, each with one button to pull it in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careerjournal.plan.insights import Harvest, Idea, Insight
from careerjournal.ui.pages.plan.labels import pull_label, section_name
from careerjournal.ui.widgets.vertical_scroll import VerticalScrollArea


def _plain(text: str, name: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class InsightsPanel(QWidget):
    """Insights (into the vision) and ideas (into their section); pulled ones say so."""

    pull_insight = Signal(object)  # Insight
    pull_idea = Signal(object)  # Idea

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.harvest = Harvest()
        self.in_plan: set[str] = set()
        self.can_add_actions = False
        self.buttons: dict[str, QPushButton] = {}
        self.heading = QLabel(objectName="sectionHeading", wordWrap=True)
        self.intro = QLabel(objectName="hint", wordWrap=True)
        self.content = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.content)
        scroll = VerticalScrollArea(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)

    def show_harvest(self, harvest: Harvest, in_plan: set[str], can_add_actions: bool) -> None:
        """``in_plan``: the sources already in the plan; action ideas need a goal to go under."""
        self.harvest, self.in_plan, self.can_add_actions = harvest, in_plan, can_add_actions
        self.retranslate()

    def clear(self) -> None:
        self.show_harvest(Harvest(), set(), False)

    def _clear_content(self) -> None:
        self.buttons.clear()
        while self.content.count():
            item = self.content.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("From your exercises"))
        self._clear_content()
        if not self.harvest.insights and not self.harvest.ideas:
            self.intro.setText(
                self.tr(
                    "When you finish an exercise, what it taught you and its ideas for your plan "
                    "appear here."
                )
            )
            self.content.addStretch()
            return
        self.intro.setText(self.tr("Take what rings true into your plan with one click."))
        if self.harvest.insights:
            self.content.addWidget(QLabel(self.tr("What you found out"), objectName="subHeading"))
            for insight in self.harvest.insights:
                self._add_card(
                    insight.exercise,
                    insight.text,
                    insight.source,
                    pull_label("vision"),
                    True,
                    lambda _=False, i=insight: self.pull_insight.emit(i),
                )
        if self.harvest.ideas:
            self.content.addWidget(QLabel(self.tr("Ideas for your plan"), objectName="subHeading"))
            for idea in self.harvest.ideas:
                allowed = idea.section != "action" or self.can_add_actions
                text = pull_label(idea.section) if allowed else self.tr("Add a goal first")
                self._add_card(
                    f"{section_name(idea.section)} · {idea.exercise}",
                    idea.text,
                    idea.source,
                    text,
                    allowed,
                    lambda _=False, i=idea: self.pull_idea.emit(i),
                )
        self.content.addStretch()

    def _add_card(
        self,
        caption: str,
        text: str,
        source: str,
        action: str,
        allowed: bool,
        pull: Callable[..., None],
    ) -> None:
        card = QFrame(objectName="insightCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.addWidget(_plain(caption, "hint"))
        layout.addWidget(_plain(text))
        pulled = source in self.in_plan
        button = QPushButton(self.tr("In your plan") if pulled else action, objectName="pull")
        button.setProperty("source", source)
        button.setEnabled(allowed and not pulled)
        button.clicked.connect(pull)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons[source] = button
        self.content.addWidget(card)

    def button_for(self, item: Insight | Idea) -> QPushButton:
        return self.buttons[item.source]
