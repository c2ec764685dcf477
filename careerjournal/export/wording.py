"""The fixed words of printed exports, in Dutch and English, and dates written out.

Exports are made without Qt (also from the command line), so they cannot use
Qt's translations; this small table is their dictionary. A language the
table lacks falls back to Dutch, as the exercises do.
"""

from __future__ import annotations

from datetime import date

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "plan_title": "My career plan",
        "made_on": "Drawn up on {date}",
        "page_of": "Page {page} of {pages}",
        "overview": "At a glance",
        "vision": "What I am looking for",
        "vision_points": "What I know about myself",
        "goals_at_a_glance": "My goals",
        "next_review": "Next review",
        "no_review": "not set yet",
        "review_line": "I will look at this plan again on {date}.",
        "profile": "My profile",
        "profile_intro": "From the exercises I did. A mirror, not a verdict.",
        "goals": "Goals and actions",
        "goal_n": "Goal {n}",
        "why": "Why",
        "outcome": "Measurable outcome",
        "target_date": "Target date",
        "action": "Action",
        "date": "When",
        "status": "Status",
        "progress": "{done} of {total} actions done",
        "no_actions": "No actions yet.",
        "no_goals": "No goals yet. What would you like to be different a year from now?",
        "timeline": "The coming six months",
        "earlier": "Earlier, still open",
        "later": "Later",
        "nothing_dated": "Nothing planned this month.",
        "planb": "Plan B",
        "planb_intro": "If my plan does not work out, or the situation changes:",
        "conversations": "Conversations to have",
        "conversation": "Conversation",
        "training": "Training to follow",
        "course": "Course or training",
        "notes": "Notes",
        "kind_goal": "Goal",
        "kind_action": "Action",
        "kind_conversation": "Conversation",
        "kind_training": "Training",
        "kind_review": "Review",
        "review_what": "Look at this plan again",
        "progress_head": "Actions done",
        "progress_short": "{done} of {total}",
        "status_open": "To do",
        "status_doing": "In progress",
        "status_done": "Done",
        "nothing_yet": "Nothing written yet.",
    },
    "nl": {
        "plan_title": "Mijn loopbaanplan",
        "made_on": "Opgesteld op {date}",
        "page_of": "Pagina {page} van {pages}",
        "overview": "In één oogopslag",
        "vision": "Waar ik naar op zoek ben",
        "vision_points": "Wat ik over mezelf weet",
        "goals_at_a_glance": "Mijn doelen",
        "next_review": "Volgende evaluatie",
        "no_review": "nog niet gekozen",
        "review_line": "Op {date} kijk ik opnieuw naar dit plan.",
        "profile": "Mijn profiel",
        "profile_intro": "Uit de oefeningen die ik heb gedaan. Een spiegel, geen oordeel.",
        "goals": "Doelen en acties",
        "goal_n": "Doel {n}",
        "why": "Waarom",
        "outcome": "Meetbaar resultaat",
        "target_date": "Streefdatum",
        "action": "Actie",
        "date": "Wanneer",
        "status": "Status",
        "progress": "{done} van {total} acties klaar",
        "no_actions": "Nog geen acties.",
        "no_goals": "Nog geen doelen. Wat wil je dat er over een jaar anders is?",
        "timeline": "De komende zes maanden",
        "earlier": "Eerder, nog open",
        "later": "Later",
        "nothing_dated": "Deze maand staat er niets gepland.",
        "planb": "Plan B",
        "planb_intro": "Als mijn plan niet lukt, of als de situatie verandert:",
        "conversations": "Gesprekken die ik wil voeren",
        "conversation": "Gesprek",
        "training": "Opleiding en training",
        "course": "Opleiding of cursus",
        "notes": "Aantekeningen",
        "kind_goal": "Doel",
        "kind_action": "Actie",
        "kind_conversation": "Gesprek",
        "kind_training": "Opleiding",
        "kind_review": "Evaluatie",
        "review_what": "Opnieuw naar dit plan kijken",
        "progress_head": "Acties klaar",
        "progress_short": "{done} van {total}",
        "status_open": "Te doen",
        "status_doing": "Bezig",
        "status_done": "Klaar",
        "nothing_yet": "Nog niets ingevuld.",
    },
}

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}


# The one date format per language, everywhere: these functions for PDFs and exports,
# and the same patterns under these locales for Qt's lists and pickers (a test compares).
LOCALES = {"nl": "nl_NL", "en": "en_GB"}
SHORT_DATE_PATTERN = "d MMM yyyy"
LONG_DATE_PATTERN = "d MMMM yyyy"


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "nl"


def word(key: str, lang: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang``, with ``{name}`` filled from ``values``."""
    return _WORDS[_lang(lang)][key].format(**values)


def long_date(day: date, lang: str) -> str:
    """``3 March 2027`` or ``3 maart 2027``."""
    return f"{day.day} {_MONTHS[_lang(lang)][day.month - 1]} {day.year}"


def short_date(day: date, lang: str) -> str:
    """``3 Mar 2027`` or ``3 mrt 2027``, for tables and lists."""
    return f"{day.day} {_SHORT_MONTHS[_lang(lang)][day.month - 1]} {day.year}"


def month_name(year: int, month: int, lang: str) -> str:
    """``March 2027`` or ``maart 2027``."""
    return f"{_MONTHS[_lang(lang)][month - 1]} {year}"


def short_month(month: int, lang: str) -> str:
    return _SHORT_MONTHS[_lang(lang)][month - 1]


def time_of_day(hour: int, minute: int) -> str:
    """``14:05`` in both languages."""
    return f"{hour:02d}:{minute:02d}"


def number(value: float, lang: str) -> str:
    """At most one decimal, with a decimal comma in Dutch."""
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if _lang(lang) == "nl" else text
