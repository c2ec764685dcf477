"""The themes the demo journal's entries are about: tags, titles, sentences, mood and energy.

Split from ``phrases`` (the words that fill and frame every entry) so each stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """What an entry is mostly about: its tags, titles, sentences, and usual mood and energy.

    ``trend`` says how much more often the theme comes up later in the journal
    (positive) or earlier (negative), as the writer moves towards a change.
    """

    tags: tuple[str, ...]
    mood: float
    energy: float
    trend: float
    titles: tuple[str, ...]
    sentences: tuple[str, ...]
    link: str | None = None  # the exercise an entry on this theme may be about


THEMES: tuple[Theme, ...] = (
    Theme(
        tags=("werk",),
        mood=2.6,
        energy=2.4,
        trend=-0.6,
        titles=(
            "Weer een {dag} vol overleg",
            "Deadline voor {project}",
            "Een lange dag op kantoor",
            "Thuiswerkdag",
            "Gedoe rond {project}",
            "Toch een goede werkdag",
            "Reorganisatie",
            "Wat deed ik vandaag eigenlijk?",
            "Presentatie voor het MT",
            "Stille dag",
            "Maandagochtend",
            "Vrijdagmiddag",
        ),
        sentences=(
            "Vandaag stond er weer van half negen tot vier uur overleg in mijn agenda.",
            "Ik heb de hele ochtend aan {project} gewerkt en had eindelijk eens het gevoel dat ik "
            "iets afmaakte.",
            "{collega} vroeg of ik kon helpen met {project}, en eerlijk gezegd was dat het leukste "
            "deel van de dag.",
            "De deadline voor {project} is weer twee weken opgeschoven, en niemand lijkt zich daar "
            "druk om te maken.",
            "Bij de koffieautomaat ging het weer over de reorganisatie: niemand weet wat er gaat "
            "gebeuren.",
            "Ik merk dat ik steeds vaker op de klok kijk.",
            "Na de lunch had ik een dip; ik heb drie keer dezelfde mail herschreven.",
            "Het lijkt alsof ik vooral lijstjes bijhoud in plaats van echt werk te doen.",
            "Mijn presentatie over {project} ging beter dan verwacht, en {baas} knikte zelfs een "
            "paar keer.",
            "Toen ik de laptop dichtklapte, voelde ik vooral opluchting.",
            "Het thuiswerken bevalt me eigenlijk prima: minder ruis, meer rust in mijn hoofd.",
            "Iedereen praat over de nieuwe koers, maar niemand kan uitleggen wat die voor ons team "
            "betekent.",
            "Ik heb twee uur in een overleg gezeten waarin ik niets heb "
            "gezegd en niets heb geleerd.",
            "{collega} is er sinds vorige week niet meer, en het werk is zonder overleg over het "
            "team verdeeld.",
            "Soms denk ik dat ik dit werk op de automatische piloot kan doen, en dat zegt "
            "eigenlijk al genoeg.",
            "Er kwam een klacht binnen van een cliënt, en juist het "
            "uitzoeken daarvan gaf me energie.",
            "In de trein naar huis heb ik alleen maar naar buiten zitten staren.",
            "Het nieuwe systeem werkt nog steeds niet goed, dus we "
            "houden alles dubbel bij in Excel.",
            "Ik was {tijd} klaar met mijn eigenlijke werk en heb de rest van de dag gevuld met "
            "dingen die er niet toe doen.",
            "De kwartaalcijfers zijn goed, dus er is taart, maar het voelt vreemd om iets te "
            "vieren waar ik zo weinig mee heb.",
            "Wat me wel opviel: toen ik {activiteit}, vergat ik helemaal de tijd.",
            "Het MT heeft besloten dat {project} voorlopig in de ijskast gaat.",
            "Ik betrapte mezelf op een zucht toen mijn agenda openging.",
            "Achteraf was het een heel gewone dag, en misschien is dat juist het probleem.",
            "{collega} en ik hebben samen de planning voor {project} omgegooid, en dat ging "
            "verrassend soepel.",
            "Op de afdeling hangt een gespannen sfeer sinds de aankondiging van de bezuinigingen.",
        ),
    ),
    Theme(
        tags=("leidinggevende", "gesprek"),
        mood=2.6,
        energy=2.6,
        trend=0.0,
        titles=(
            "Gesprek met {baas}",
            "Functioneringsgesprek",
            "Eindelijk gezegd wat ik dacht",
            "{baas} en de nieuwe koers",
            "Voorbereiding op mijn jaargesprek",
            "Feedback gekregen",
            "Een rol als teamcoördinator?",
        ),
        sentences=(
            "Vanmiddag had ik mijn functioneringsgesprek met {baas}.",
            "{baas} vroeg waar ik mezelf over vijf jaar zie, en ik had echt geen antwoord.",
            "Ik heb voorzichtig gezegd dat ik meer inhoudelijk werk wil en minder coördinatie.",
            "Hij luisterde, maar ik had het gevoel dat hij vooral met "
            "zijn eigen targets bezig was.",
            "{baas} is geen slechte leidinggevende; we willen gewoon iets anders.",
            "Hij noemde me 'heel betrouwbaar'. Ik weet niet of dat een compliment is.",
            "Er komt misschien een rol als teamcoördinator vrij, en {baas} vindt dat ik die moet "
            "nemen.",
            "Ik zou blij moeten zijn met die kans, maar ik voel vooral weerstand.",
            "Hij vroeg of het thuis wel goed ging. Blijkbaar zie je aan me dat ik moe ben.",
            "Ik heb gevraagd of er budget is voor een opleiding; hij gaat het 'meenemen'.",
            "Het gesprek duurde twintig minuten, waarvan vijftien over de planning.",
            "Voor het eerst heb ik hardop gezegd dat ik twijfel of dit werk nog bij me past.",
            "{baas} reageerde rustiger dan ik had verwacht en stelde voor om over een maand verder "
            "te praten.",
            "Ik wil me beter voorbereiden op het volgende gesprek: wat wil ik eigenlijk vragen?",
            "Hij had wel een punt: ik zeg te snel ja, en daarna loop ik vast.",
            "Na het gesprek heb ik een rondje om het gebouw gelopen om mijn hoofd leeg te maken.",
            "Ik vind het lastig om eerlijk te zijn tegen iemand die over mijn beoordeling gaat.",
            "{baas} gaf toe dat hij zelf ook weleens twijfelt, en dat maakte hem ineens menselijk.",
        ),
    ),
    Theme(
        tags=("gesprek", "netwerk"),
        mood=3.8,
        energy=3.9,
        trend=0.5,
        titles=(
            "Koffie met {vriend}",
            "Wat {vriend} vertelde over de overstap",
            "Een informatief gesprek",
            "Lunch met een oud-collega",
            "Avondje bijpraten",
            "Gesprek met {partner}",
            "Reünie van de studie",
        ),
        sentences=(
            "{vriend} is twee jaar geleden bij de bank gestopt en werkt nu als {nieuw}.",
            "Ik vroeg {vriend} hoe de eerste maanden waren: 'zwaar, maar ik heb geen seconde spijt "
            "gehad.'",
            "Wat me het meest raakte, was hoe {vriend} over het werk "
            "praatte: met twinkelende ogen.",
            "{vriend} verdient minder, maar is veel minder moe.",
            "We zaten {plek} en zijn drie uur blijven praten.",
            "Volgens {vriend} is de grootste stap niet de opleiding, maar toegeven dat je iets "
            "anders wilt.",
            "Ik vroeg wat {vriend} zou doen als het opnieuw moest. 'Eerder springen.'",
            "{partner} zegt dat ik al een jaar over hetzelfde praat en dat het tijd wordt om iets "
            "te proberen.",
            "Met {partner} heb ik de financiële kant doorgerekend: een jaar minder verdienen "
            "kunnen we net aan.",
            "{partner} vroeg wat ik zou doen als geld geen rol speelde, en het antwoord kwam "
            "sneller dan ik dacht.",
            "Een oud-collega werkt nu bij een kleine ontwerpstudio; ik mag een dag komen meelopen.",
            "Ik merk dat ik na zulke gesprekken dagenlang energie heb.",
            "Het was fijn om te horen dat meer mensen rond hun veertigste gaan twijfelen.",
            "{vriend} gaf me de naam van iemand die de overstap naar {richting} heeft gemaakt; die "
            "ga ik mailen.",
            "Na afloop ben ik naar huis gefietst en heb ik de hele weg hardop nagedacht.",
            "Het viel me op dat ik vooral vroeg naar de inhoud van het "
            "werk, niet naar het salaris.",
            "Mijn moeder vindt dat ik blij moet zijn met een vaste baan. Ik begrijp het, maar ik "
            "ben het niet met haar eens.",
            "Op de reünie vroeg iedereen wat ik tegenwoordig doe, en ik merkte dat ik het snel "
            "afraffelde.",
        ),
    ),
    Theme(
        tags=("overstap", "twijfel"),
        mood=3.0,
        energy=3.2,
        trend=0.8,
        link="ambitions",
        titles=(
            "Durf ik het?",
            "Lijstje voor en tegen",
            "Wat als ik het gewoon doe?",
            "Twijfel",
            "Een nieuwe carrière?",
            "Vacature gezien",
            "Plan B",
            "Droom of vlucht?",
            "Kleine stapjes",
        ),
        sentences=(
            "Ik heb een lijstje gemaakt met de voors en tegens van een overstap naar {richting}.",
            "Aan de tegenkant staan vooral zekerheid, pensioen en wat anderen ervan zullen vinden.",
            "Aan de voorkant staan dingen die ik al jaren mis: maken, zien wat je doet, mensen "
            "helpen.",
            "Ik zag een vacature voor {functie} en heb er drie keer naar gekeken.",
            "Is dit een echte wens, of wil ik vooral weg van wat ik nu heb?",
            "Het idee van een nieuwe carrière maakt me tegelijk blij en doodsbang.",
            "Ik hoef niet morgen mijn baan op te zeggen; ik kan klein beginnen.",
            "Misschien kan ik eerst een dag per week iets anders proberen.",
            "Wat ik zeker weet: over vijf jaar wil ik hier niet meer hetzelfde doen.",
            "Ik ben bang dat ik over tien jaar spijt heb dat ik het nooit heb geprobeerd.",
            "Mijn ideeën over {richting} zijn nog vaag, maar ze komen steeds terug.",
            "Wat houdt me eigenlijk tegen? Geld, gewoonte, en een beetje trots.",
            "Ik heb een spreadsheet gemaakt met onze vaste lasten; het is krap, maar het kan.",
            "Het helpt om het op te schrijven: in mijn hoofd lijkt het veel groter dan op papier.",
            "Vandaag voelde de overstap ineens heel dichtbij, en heel gewoon.",
            "Ik merk dat ik vooral twijfel op de dagen dat ik moe ben.",
            "Als ik eerlijk ben, heb ik de beslissing misschien al lang genomen.",
            "Ik wil uitzoeken wat een zij-instroomtraject precies inhoudt.",
            "Een overstap hoeft geen sprong in het diepe te zijn; het kan ook een trap zijn.",
            "Ik heb mijn cv bijgewerkt, gewoon om te zien hoe het voelt.",
        ),
    ),
    Theme(
        tags=("energie",),
        mood=2.7,
        energy=2.3,
        trend=-0.3,
        link="energy-audit",
        titles=(
            "Energielekken",
            "Wat gaf me vandaag energie?",
            "Leeg",
            "Een dag vol flow",
            "Moe, maar voldaan",
            "Waarom ben ik zo moe?",
            "Batterij op",
        ),
        sentences=(
            "Ik ben gaan bijhouden wat me energie geeft en wat het me kost.",
            "{lek} kosten me meer energie dan ik dacht.",
            "Energie kreeg ik vandaag vooral toen ik {activiteit}.",
            "Na een dag met zes overleggen ben ik 's avonds te moe om nog iets leuks te doen.",
            "Het patroon wordt steeds duidelijker: werk met mensen geeft energie, werk voor "
            "systemen kost energie.",
            "Ik was zo in mijn werk verdiept dat ik de lunch vergat. Dat gebeurt zelden.",
            "Om drie uur zat ik er helemaal doorheen.",
            "Ik slaap slecht, en ik denk dat het met mijn werk te maken heeft.",
            "Hardlopen na het werk helpt, maar het lost niets op.",
            "Zodra ik aan {project} denk, zakt mijn energie in.",
            "Vanavond had ik nog puf om te koken en een boek te lezen; dat voelde als winst.",
            "Pas in het weekend merk ik hoe uitgeput ik door de week ben.",
            "De momenten waarop ik {collega} iets kon uitleggen, waren de beste van de week.",
            "Ik wil vaker noteren wanneer ik in een flow raak, zodat ik het patroon beter zie.",
            "Het is geen burn-out, maar ik herken wel de eerste signalen.",
            "Rust nemen voelt als falen, en dat is precies het probleem.",
        ),
    ),
    Theme(
        tags=("opleiding", "overstap"),
        mood=3.9,
        energy=3.7,
        trend=1.0,
        titles=(
            "Open dag",
            "Eerste les",
            "Opleiding uitgezocht",
            "Huiswerk na een lange werkdag",
            "Informatieavond",
            "Proefles",
            "Weer student",
        ),
        sentences=(
            "Vanavond was de informatieavond van {opleiding}.",
            "Ik was waarschijnlijk de oudste in de zaal, maar niemand leek dat vreemd te vinden.",
            "De opleiding duurt twee jaar in deeltijd; dat is goed te combineren met vier dagen "
            "werk.",
            "Het lesgeld is fors, maar misschien betaalt mijn werkgever mee.",
            "De eerste les was pittig, maar ik heb in maanden niet zo geconcentreerd gewerkt.",
            "Ik heb me aangemeld voor een proefles. Gewoon proberen.",
            "Het was een vreemde gewaarwording om weer student te zijn.",
            "Ik heb tot elf uur aan mijn opdracht gewerkt en was niet eens moe.",
            "De docent vroeg waarom we er zaten. Ik zei: 'omdat ik wil weten of het klopt.'",
            "Op de open dag heb ik met drie studenten gepraat, allemaal zij-instromers.",
            "Ik twijfel tussen {opleiding} en een korte cursus om eerst te proeven.",
            "Mijn studiegenoten komen uit alle hoeken: een piloot, een jurist, een kok.",
            "Ik heb het aanmeldformulier ingevuld en het daarna twee dagen laten liggen.",
            "Leren voelt weer als iets wat ik voor mezelf doe.",
            "De stage begint in september; ik ben zenuwachtig en ontzettend nieuwsgierig.",
        ),
    ),
    Theme(
        tags=("balans", "privé"),
        mood=3.6,
        energy=3.4,
        trend=0.0,
        titles=(
            "Weekend",
            "Vakantie, eindelijk",
            "Slecht geslapen",
            "Zondagavondgevoel",
            "Een middag in de werkplaats",
            "Even niets",
            "Naar de huisarts",
        ),
        sentences=(
            "Het was een heerlijk weekend: {hobby} en verder helemaal niets.",
            "Op zondagavond kwam het bekende gevoel weer opzetten: morgen weer.",
            "Ik heb een kastje gemaakt in de werkplaats van de buurman, en ik was zo trots als een "
            "kind.",
            "Op vakantie merkte ik dat ik pas na vijf dagen een beetje tot rust kwam.",
            "{partner} zegt dat ik in het weekend een ander mens ben.",
            "Ik heb lang gewandeld en mijn telefoon thuisgelaten.",
            "Sporten lukt deze weken niet; ik ben 's avonds te moe.",
            "Ik wil meer tijd voor de dingen die me blij maken, niet alleen in het weekend.",
            "Vandaag voor het eerst in weken niet aan werk gedacht.",
            "De huisarts vroeg hoe het met mijn werk gaat, en ik begon te huilen voordat ik het "
            "wist.",
            "Met de kinderen naar het strand geweest. Even alleen maar nu.",
            "Ik merk dat ik thuis kortaf ben, en dat wil ik niet.",
            "Zaterdag was ik de hele dag {hobby}, en ik voelde me niet één keer schuldig.",
        ),
    ),
    Theme(
        tags=("reflectie", "waarden"),
        mood=3.1,
        energy=3.0,
        trend=0.3,
        link="work-values",
        titles=(
            "Wat vind ik echt belangrijk?",
            "Terugkijken op het afgelopen jaar",
            "Mijn waarden op een rij",
            "Een vraag die blijft hangen",
            "Waarom ben ik hier ooit begonnen?",
            "Wat wil ik over vijf jaar?",
        ),
        sentences=(
            "Ik ben hier ooit begonnen omdat ik iets wilde betekenen voor mensen.",
            "Als ik terugkijk op het afgelopen jaar, herinner ik me vooral de momenten met "
            "{collega}, niet de projecten.",
            "Autonomie en zinvol werk komen steeds bovenaan mijn lijstje.",
            "Zekerheid is belangrijk voor me, maar misschien minder dan ik altijd dacht.",
            "Ik wil aan het eind van de dag kunnen aanwijzen wat ik heb gedaan.",
            "Wat zou ik doen als ik wist dat het niet kon mislukken?",
            "Het valt me op hoe vaak ik 'moeten' schrijf in dit dagboek.",
            "Misschien is het werk niet het probleem, maar de plek waar ik het doe.",
            "Vroeger zei ik altijd dat ik later iets met mijn handen wilde doen.",
            "Mijn vader heeft veertig jaar bij hetzelfde bedrijf gewerkt; dat voorbeeld zit diep.",
            "Ik wil meer ruimte om zelf te bepalen hoe ik mijn werk doe.",
            "Succes betekent voor mij iets anders dan tien jaar geleden.",
            "Ik schrijf dit op zodat ik het over een jaar terug kan lezen.",
            "Mijn carrière tot nu toe voelt als een reeks logische stappen die ik nooit echt zelf "
            "heb gekozen.",
        ),
    ),
)
