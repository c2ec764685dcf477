"""What is due: the plan's review, actions past their date, the monthly check-in,
an exercise worth redoing and one suggested next step; snoozed or dismissed in the vault.

Plain Python with no Qt, so Home and ``careerjournal agenda`` see the same items.
"""

from careerjournal.agenda.calendar import add_months
from careerjournal.agenda.items import DueItem, Kind
from careerjournal.agenda.rules import Agenda, agenda, build_agenda
from careerjournal.agenda.store import AgendaStore

__all__ = ["Agenda", "AgendaStore", "DueItem", "Kind", "add_months", "agenda", "build_agenda"]
