"""The words the Plan page uses for each section, field and status, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerjournal.plan.model import Section, Status


def section_name(section: Section) -> str:
    """The name of a section, as on its tab and next to an idea."""
    names = {
        "vision": QCoreApplication.translate("PlanLabels", "Vision"),
        "goal": QCoreApplication.translate("PlanLabels", "Goals"),
        "action": QCoreApplication.translate("PlanLabels", "Actions"),
        "planb": QCoreApplication.translate("PlanLabels", "Plan B"),
        "conversation": QCoreApplication.translate("PlanLabels", "Conversations"),
        "training": QCoreApplication.translate("PlanLabels", "Training"),
    }
    return names[section]


def title_label(section: Section) -> str:
    """What the title field of an item of ``section`` holds."""
    labels = {
        "vision": QCoreApplication.translate("PlanLabels", "What I know about myself"),
        "goal": QCoreApplication.translate("PlanLabels", "Goal"),
        "action": QCoreApplication.translate("PlanLabels", "Action"),
        "planb": QCoreApplication.translate("PlanLabels", "Alternative"),
        "conversation": QCoreApplication.translate("PlanLabels", "With whom, about what"),
        "training": QCoreApplication.translate("PlanLabels", "Course or training"),
    }
    return labels[section]


def detail_label(section: Section) -> str:
    if section == "goal":
        return QCoreApplication.translate("PlanLabels", "Why")
    if section == "planb":
        return QCoreApplication.translate("PlanLabels", "What it would take")
    return QCoreApplication.translate("PlanLabels", "Notes")


def date_label(section: Section) -> str:
    if section == "goal":
        return QCoreApplication.translate("PlanLabels", "Target date")
    return QCoreApplication.translate("PlanLabels", "Due date")


def outcome_label() -> str:
    return QCoreApplication.translate("PlanLabels", "Measurable outcome")


def status_label(status: Status) -> str:
    labels = {
        "open": QCoreApplication.translate("PlanLabels", "To do"),
        "doing": QCoreApplication.translate("PlanLabels", "In progress"),
        "done": QCoreApplication.translate("PlanLabels", "Done"),
    }
    return labels[status]


def add_label(section: Section) -> str:
    """The text of the button that adds an item to ``section``."""
    labels = {
        "vision": QCoreApplication.translate("PlanLabels", "Add a &line"),
        "goal": QCoreApplication.translate("PlanLabels", "Add a &goal"),
        "action": QCoreApplication.translate("PlanLabels", "Add an a&ction"),
        "planb": QCoreApplication.translate("PlanLabels", "Add an &alternative"),
        "conversation": QCoreApplication.translate("PlanLabels", "Add a &conversation"),
        "training": QCoreApplication.translate("PlanLabels", "Add a &course"),
    }
    return labels[section]


def pull_label(section: Section) -> str:
    """The text of the button that brings an exercise's insight or idea into ``section``."""
    labels = {
        "vision": QCoreApplication.translate("PlanLabels", "Add to my vision"),
        "goal": QCoreApplication.translate("PlanLabels", "Add as a goal"),
        "action": QCoreApplication.translate("PlanLabels", "Add as an action"),
        "planb": QCoreApplication.translate("PlanLabels", "Add to my Plan B"),
        "conversation": QCoreApplication.translate("PlanLabels", "Add as a conversation"),
        "training": QCoreApplication.translate("PlanLabels", "Add as training"),
    }
    return labels[section]


def untitled() -> str:
    """Shown for an item whose title is still empty."""
    return QCoreApplication.translate("PlanLabels", "(not named yet)")
