"""Every sentence the exercise engine itself shows the user, in Dutch and English.

Kept in one place so it can move into the app's wording catalogue as a whole.
Exercise files can replace most of these with their own texts (``flat``, ``low``,
``tied``, ``care``); these are the careful defaults. ``{name}`` is filled in by
:func:`say`.
"""

from __future__ import annotations

from careerjournal.exercises.model import PLACEHOLDER, Level, Text

BAND_LABELS: dict[Level, Text] = {
    "low": Text("laag", "low"),
    "middle": Text("gemiddeld", "middle"),
    "high": Text("hoog", "high"),
}

_WORDS: dict[str, Text] = {
    "and": Text(" en ", " and "),
    "tie": Text("gelijk", "tied"),
    "score_line": Text("{label}: {score} ({band})", "{label}: {score} ({band})"),
    "scale_line": Text("Schaal: van {min} tot {max}.", "Scale: from {min} to {max}."),
    "flat_high": Text(
        "Je antwoorden liggen dicht bij elkaar en zijn allemaal hoog: niets springt boven de "
        "rest uit. Misschien spreekt veel je aan. Het kan helpen om per onderdeel te vragen: "
        "als ik moest kiezen, wat zou ik dan als laatste opgeven?",
        "Your answers lie close together and are all high: nothing stands out above the rest. "
        "Perhaps a lot appeals to you. It can help to ask of each part: if I had to choose, "
        "what would I give up last?",
    ),
    "flat_middle": Text(
        "Je antwoorden liggen dicht bij elkaar, allemaal rond het midden: er springt niets uit. "
        "Een duidelijk zwaartepunt is er nu dus niet, en ook dat zegt iets. Herken je dat, of "
        "bleef je bij het invullen liever een beetje in het midden?",
        "Your answers lie close together, all around the middle: nothing stands out. So there "
        "is no clear centre of gravity right now, and that says something too. Do you "
        "recognise that, or did you prefer to stay near the middle while answering?",
    ),
    "low": Text(
        "Je scores zijn overal laag; niets komt boven de rest uit. Dat kan van alles betekenen. "
        "Misschien past dit onderwerp gewoon niet zo bij je. Het kan ook zijn dat het op dit "
        "moment niet zo goed met je gaat, of dat je weinig energie hebt. Hoe gaat het eigenlijk "
        "met je? Merk je dat je nergens meer zin in hebt, praat er dan over met iemand die je "
        "vertrouwt.",
        "Your scores are low everywhere; nothing rises above the rest. That can mean many "
        "things. Perhaps this topic just doesn't suit you much. It may also be that you're not "
        "doing so well at the moment, or that your energy is low. How are you doing, really? "
        "If you notice that nothing appeals to you any more, talk about it with someone you "
        "trust.",
    ),
    "tied": Text(
        "Je hoogste scores liggen gelijk: {top}. Een code zou hier een volgorde suggereren die "
        "er niet is, en daarom staat hier geen code. Kijk liever wat je in elk van deze "
        "gebieden herkent.\n\n{readings}",
        "Your highest scores are tied: {top}. A code would suggest an order that isn't there, "
        "so no code is given here. Look instead at what you recognise in each of these "
        "areas.\n\n{readings}",
    ),
    "care": Text(
        "Je scores zijn nu {times} keer achter elkaar laag. Dat kan veel oorzaken hebben, en "
        "het is niets om je voor te schamen. Praat er eens over met iemand die je vertrouwt, "
        "met je huisarts, met de bedrijfsarts of met een loopbaancoach. Je hoeft het niet "
        "alleen uit te zoeken.",
        "Your scores have now been low {times} times in a row. That can have many causes, and "
        "it's nothing to be ashamed of. Consider talking it over with someone you trust, with "
        "your GP (huisarts), the company doctor (bedrijfsarts) or a career coach. You don't "
        "have to work it out on your own.",
    ),
    "trend_first": Text(
        "Dit is de eerste keer dat je dit invult. De volgende keer zie je hier hoe het zich "
        "ontwikkelt.",
        "This is the first time you've filled this in. Next time you'll see here how things "
        "develop.",
    ),
    "trend_up": Text(
        "Vergeleken met de vorige keren gaat je gemiddelde omhoog: {series}.",
        "Compared with previous times, your average is going up: {series}.",
    ),
    "trend_down": Text(
        "Vergeleken met de vorige keren gaat je gemiddelde omlaag: {series}.",
        "Compared with previous times, your average is going down: {series}.",
    ),
    "trend_steady": Text(
        "Vergeleken met de vorige keren blijft je gemiddelde ongeveer gelijk: {series}.",
        "Compared with previous times, your average stays about the same: {series}.",
    ),
    "moved": Text(
        "{label} ging sinds de vorige keer van {before} naar {now}.",
        "{label} went from {before} to {now} since last time.",
    ),
    "gap_none": Text(
        "Wat je belangrijk vindt, zie je in je werk ook terug: bij geen enkel punt is het "
        "verschil tussen belang en aanwezigheid {min_gap} of meer. Dat is iets om vast te "
        "houden.",
        "What matters to you, you also find in your work: for none of them is the difference "
        "between importance and presence {min_gap} or more. That is something to hold on to.",
    ),
    "list_flat": Text(
        "Alles wat je noemde, kreeg dezelfde waardering: er springt niets uit.",
        "Everything you listed got the same rating: nothing stands out.",
    ),
}


def say(key: str, lang: str, **values: str) -> str:
    """The sentence ``key`` in ``lang`` with its ``{name}`` placeholders filled in."""
    text = _WORDS[key].get(lang)
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def band_label(level: Level) -> Text:
    return BAND_LABELS[level]
