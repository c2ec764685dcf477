"""The personal plan: vision, goals with actions, Plan B, conversations, training.

Plain Python with no Qt, so the printed plan and the command line use it as the UI does.
"""

from careerjournal.plan.insights import Harvest, Idea, Insight, Profile, harvest, harvest_vault
from careerjournal.plan.model import (
    PLAN_PARTS,
    SCHEDULED,
    SECTIONS,
    STATUSES,
    Goal,
    Plan,
    PlanItem,
    PlanPart,
    PlanSettings,
    Section,
    Status,
)
from careerjournal.plan.store import ItemNotFound, PlanStore

__all__ = [
    "PLAN_PARTS",
    "SCHEDULED",
    "SECTIONS",
    "STATUSES",
    "Goal",
    "Harvest",
    "Idea",
    "Insight",
    "ItemNotFound",
    "Plan",
    "PlanItem",
    "PlanPart",
    "PlanSettings",
    "PlanStore",
    "Profile",
    "Section",
    "Status",
    "harvest",
    "harvest_vault",
]
