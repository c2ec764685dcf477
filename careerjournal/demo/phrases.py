"""The Dutch words and sentences the demo journal is built from.

The writer is a project leader at a health insurer in Utrecht who has started
to doubt the job: a manager (Marco), colleagues, a partner (Daan), and friends
who already switched careers. Sentences hold ``{slots}`` that are filled per
entry, so ten thousand entries still read differently.
"""

from __future__ import annotations

FILLERS: dict[str, tuple[str, ...]] = {
    "baas": ("Marco",),
    "partner": ("Daan",),
    "collega": ("Fatima", "Joris", "Ingrid", "Sem", "Anouk", "Bas", "Priya"),
    "dag": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
    "tijd": (
        "om half elf",
        "vlak na de lunch",
        "rond drie uur",
        "aan het eind van de middag",
        "al om twee uur",
    ),
    "project": (
        "het nieuwe declaratiesysteem",
        "de migratie naar de cloud",
        "het klanttevredenheidsonderzoek",
        "de jaarplanning",
        "de nieuwe huisstijl",
        "het project met de gemeente",
        "de koppeling met het ziekenhuis",
        "de herinrichting van de klantenservice",
    ),
    "activiteit": (
        "een workshop gaf",
        "een nieuwe collega inwerkte",
        "een lastig probleem uitpluisde",
        "met een cliënt belde",
        "een schets maakte van het nieuwe proces",
        "iemand iets uitlegde",
        "aan het whiteboard stond",
    ),
    "lek": (
        "Eindeloze afstemmingsoverleggen",
        "De wekelijkse statusrapportages",
        "Mails waar niemand op reageert",
        "Het vergadercircus op dinsdag",
        "De politiek rond het budget",
        "Het ticketsysteem",
        "Teams-berichten na zessen",
    ),
    "richting": (
        "het onderwijs",
        "UX-design",
        "de zorg",
        "iets met hout",
        "coaching",
        "een eigen bedrijf",
        "de techniek",
    ),
    "functie": (
        "docent economie",
        "UX-designer bij een kleine studio",
        "meubelmaker in opleiding",
        "loopbaancoach",
        "coördinator bij een buurthuis",
        "praktijkondersteuner",
    ),
    "opleiding": (
        "de deeltijdopleiding tot docent",
        "de cursus UX-design",
        "de avondcursus meubelmaken",
        "de leergang coaching",
        "de opleiding tot praktijkondersteuner",
    ),
    "plek": (
        "in het café op de hoek",
        "bij haar thuis",
        "op een terras aan de Oudegracht",
        "in de kantine van haar nieuwe werk",
        "op een bankje in het park",
        "in een eetcafé bij het station",
    ),
    "hobby": (
        "lang fietsen langs de Vecht",
        "in de moestuin werken",
        "koken voor vrienden",
        "schuren en lakken in de schuur",
        "een boek lezen in de zon",
        "zwemmen met de kinderen",
    ),
    "les": (
        "klein beginnen mag",
        "ik hoef het niet vandaag te weten",
        "vaker nee zeggen",
        "vragen stellen levert meer op dan piekeren",
        "mijn energie is een goed kompas",
        "eerlijk zijn kost minder dan ik denk",
    ),
}

# Friends who already switched, with what they do now; one pair per entry.
SWITCHERS: tuple[tuple[str, str], ...] = (
    ("Lotte", "juf op een basisschool"),
    ("Jeroen", "hovenier"),
    ("Mirjam", "verpleegkundige op de kinderafdeling"),
    ("Kees", "zelfstandig timmerman"),
    ("Noor", "UX-designer"),
)


OPENERS: tuple[str, ...] = (
    "Korte notitie vandaag.",
    "Even opschrijven voordat ik het vergeet.",
    "Het is laat, maar ik wil dit nog kwijt.",
    "Rare dag.",
    "Ik zit in de trein en heb eindelijk tijd om te schrijven.",
    "Gisteren niet geschreven, dus nu wat meer.",
    "Goede dag vandaag, eerlijk gezegd.",
    "Ik weet niet goed waar ik moet beginnen.",
    "Koffie erbij, laptop open.",
)

CLOSERS: tuple[str, ...] = (
    "Morgen verder.",
    "Ik ga er een nachtje over slapen.",
    "Genoeg voor vandaag.",
    "Volgende week wil ik dit met {partner} bespreken.",
    "Ik ben benieuwd hoe ik hier over een maand naar kijk.",
    "Eén ding neem ik mee: {les}.",
    "Nu eerst slapen.",
)

# For exercise answers in the demo: a few plain sentences of the same writer.
REFLECTIONS: tuple[str, ...] = (
    "Als ik eerlijk ben: het contact met mensen. Daar krijg ik energie van, niet van de systemen.",
    "Dat ik iets maak wat je kunt zien en aanraken. Dat mis ik het meest in mijn huidige werk.",
    "Meer vrijheid om mijn dag zelf in te delen, en minder overleg over het overleg.",
    "Collega's komen bij mij als iets ingewikkeld is en uitgelegd moet worden.",
    "Dat ik over vijf jaar nog steeds statusrapportages schrijf en niet weet waarom.",
    "Een werkdag met een begin en een eind, waarin ik iemand echt verder heb geholpen.",
    "Ik stel het uit omdat ik bang ben dat anderen het een domme keuze vinden.",
    "Met {vriend} praten over de overstap gaf me meer moed dan welk lijstje ook.",
)

ACTIVITIES: tuple[str, ...] = (
    "Workshop geven aan nieuwe collega's",
    "Statusrapportage schrijven",
    "Overleg met de gemeente",
    "Klacht van een cliënt uitzoeken",
    "Planning bijwerken",
    "Koffie met een collega",
    "Sollicitatiegesprek voeren",
    "Presentatie voor het MT",
)
