"""Every sentence the exercise engine itself shows the user, in Dutch and English.

One :class:`~careerjournal.wording.Catalogue`, so ``tests/test_wording.py`` checks
both languages and their placeholders. Exercise files can replace most of these with
their own texts (``flat``, ``low``, ``tied``, ``care``); these are the careful defaults.
"""

from __future__ import annotations

from collections.abc import Sequence

from careerjournal.exercises.model import Level, Text
from careerjournal.wording import Catalogue

WORDS = Catalogue(
    {
        "nl": {
            "and": " en ",
            "tie": "gelijk",
            "score_line": "{label}: {score} ({band})",
            "scale_line": "Schaal: van {min} tot {max}.",
            "flat_high": "Je scores liggen dicht bij elkaar en zijn allemaal hoog: niets springt boven de rest uit. Misschien spreekt veel je aan. Het kan helpen om per onderdeel te vragen: als ik moest kiezen, wat zou ik dan als laatste opgeven?",
            "flat_middle": "Je scores liggen dicht bij elkaar, allemaal rond het midden: er springt niets uit. Een duidelijk zwaartepunt is er nu dus niet, en ook dat zegt iets. Soms komt het doordat je bij het invullen vaak het midden koos, soms doordat verschillende kanten van je elkaar in evenwicht houden. Wat herken je?",
            "low": "Je scores zijn overal laag; niets komt boven de rest uit. Dat kan van alles betekenen. Misschien past dit onderwerp gewoon niet zo bij je. Het kan ook zijn dat het op dit moment niet zo goed met je gaat, of dat je weinig energie hebt. Hoe gaat het eigenlijk met je? Merk je dat je nergens meer zin in hebt, praat er dan over met iemand die je vertrouwt.",
            "tied": "Je hoogste scores liggen gelijk: {top}. Een code zou hier een volgorde suggereren die er niet is, en daarom staat hier geen code. Kijk liever wat je in elk van deze gebieden herkent.\n\n{readings}",
            "care": "Je scores zijn nu {times} keer achter elkaar laag. Dat kan veel oorzaken hebben, en het is niets om je voor te schamen. Praat er eens over met iemand die je vertrouwt, met je huisarts, met de bedrijfsarts of met een loopbaancoach. Je hoeft het niet alleen uit te zoeken.",
            "trend_first": "Dit is de eerste keer dat je dit invult. De volgende keer zie je hier hoe het zich ontwikkelt.",
            "trend_up": "Vergeleken met de vorige keren gaat je gemiddelde omhoog: {series}.",
            "trend_down": "Vergeleken met de vorige keren gaat je gemiddelde omlaag: {series}.",
            "trend_steady": "Vergeleken met de vorige keren blijft je gemiddelde ongeveer gelijk: {series}.",
            "moved": "{label} ging sinds de vorige keer van {before} naar {now}.",
            "gap_none": "Wat je belangrijk vindt, zie je in je werk ook terug: bij geen enkel punt is het verschil tussen belang en aanwezigheid {min_gap} of meer. Dat is iets om vast te houden.",
            "list_flat": "Alles wat je noemde, kreeg dezelfde waardering: er springt niets uit.",
            "band_low": "laag",
            "band_middle": "gemiddeld",
            "band_high": "hoog",
        },
        "en": {
            "and": " and ",
            "tie": "tied",
            "score_line": "{label}: {score} ({band})",
            "scale_line": "Scale: from {min} to {max}.",
            "flat_high": "Your scores lie close together and are all high: nothing stands out above the rest. Perhaps a lot appeals to you. It can help to ask of each part: if I had to choose, what would I give up last?",
            "flat_middle": "Your scores lie close together, all around the middle: nothing stands out. So there is no clear centre of gravity right now, and that says something too. Sometimes it's because you often chose the middle while answering, sometimes because different sides of you balance each other out. Which do you recognise?",
            "low": "Your scores are low everywhere; nothing rises above the rest. That can mean many things. Perhaps this topic just doesn't suit you much. It may also be that you're not doing so well at the moment, or that your energy is low. How are you doing, really? If you notice that nothing appeals to you any more, talk about it with someone you trust.",
            "tied": "Your highest scores are tied: {top}. A code would suggest an order that isn't there, so no code is given here. Look instead at what you recognise in each of these areas.\n\n{readings}",
            "care": "Your scores have now been low {times} times in a row. That can have many causes, and it's nothing to be ashamed of. Consider talking it over with someone you trust, with your GP (huisarts), the company doctor (bedrijfsarts) or a career coach. You don't have to work it out on your own.",
            "trend_first": "This is the first time you've filled this in. Next time you'll see here how things develop.",
            "trend_up": "Compared with previous times, your average is going up: {series}.",
            "trend_down": "Compared with previous times, your average is going down: {series}.",
            "trend_steady": "Compared with previous times, your average stays about the same: {series}.",
            "moved": "{label} went from {before} to {now} since last time.",
            "gap_none": "What matters to you, you also find in your work: for none of them is the difference between importance and presence {min_gap} or more. That is something to hold on to.",
            "list_flat": "Everything you listed got the same rating: nothing stands out.",
            "band_low": "low",
            "band_middle": "middle",
            "band_high": "high",
        },
    }
)


def say(key: str, lang: str, **values: str) -> str:
    """The sentence ``key`` in ``lang`` with its ``{name}`` placeholders filled in."""
    return WORDS.text(key, lang, **values)


def and_list(names: Sequence[str], lang: str) -> str:
    """Names joined as a writer would: "A", "A en B", "A, B en C" (no comma before "and")."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + say("and", lang) + names[-1]


def band_label(level: Level) -> Text:
    """The default name of a band, in both languages, for a scale without its own bands."""
    key = f"band_{level}"
    return Text(WORDS.text(key, "nl"), WORDS.text(key, "en"))
