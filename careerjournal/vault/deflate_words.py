"""The preset dictionary that format 1 of stored journal text is deflated with.

Deflate finds repeats; a journal entry of a few hundred bytes has few of its
own. Given common English and Dutch words of a career journal up front, it
finds them there, and entries come out about a tenth smaller than without.
The words are plain vocabulary, not anyone's text.

Never edit these bytes: every entry stored as format 1 needs exactly them to
be read back (tests/test_journal_at_rest.py pins their SHA-256). A better
dictionary is a new format with a new number, beside this one.
"""

from __future__ import annotations

# Most frequent words last: deflate reaches back to them with the shortest codes.
WORDS_1 = (
    "because though although however something nothing everything someone people really "
    "maybe actually probably always never often sometimes again still already only even "
    "also very much many more most less than then there their they them these those this "
    "that what which when where while who why how would could should will shall might "
    "must have has had having been being was were are is am be do does did done doing "
    "going go went get got make made take took give gave say said tell told know knew "
    "think thought feel felt want wanted need needed like liked work working worked job "
    "career manager boss colleague colleagues team meeting meetings project projects "
    "client customer company office home salary promotion training course coach "
    "conversation talk talked plan goal goals future change choice decision energy tired "
    "stress stressed happy glad proud angry sad afraid worried doubt doubts time today "
    "yesterday tomorrow week weekend month year morning evening night day days hours "
    "after before about with without into from over under between during for and but not "
    "the of to in on at by an a I my me we our you your he she his her it its "
    "omdat hoewel toch misschien eigenlijk waarschijnlijk altijd nooit vaak soms weer "
    "alweer nog steeds al alleen zelfs ook heel erg veel meer meest minder dan toen daar "
    "daarna daarom deze die dit dat wat welke wanneer waar terwijl wie waarom hoe zou "
    "zouden kon kunnen moet moeten mag mogen wil willen wilde hebben heeft had hadden ben "
    "bent is zijn was waren wordt worden werd doen doet deed gedaan gaan gaat ging gegaan "
    "krijgen kreeg maken maakte gemaakt nemen nam geven gaf zeggen zei zegt vertellen "
    "vertelde weten wist denken dacht denk voelen voelde voel vinden vond vind werk "
    "werken werkte baan functie loopbaan carrière leidinggevende manager collega "
    "collega's team overleg vergadering project klant bedrijf organisatie kantoor thuis "
    "salaris promotie opleiding cursus coach gesprek gesprekken praten sprak plan doel "
    "doelen toekomst verandering keuze beslissing energie moe stress blij trots boos "
    "verdrietig bang twijfel tijd vandaag gisteren morgen week weekend maand jaar ochtend "
    "middag avond nacht dag dagen uur uren na voor over met zonder naar uit bij door "
    "tegen tussen tijdens om op aan in van te tot en maar of niet geen een het de ik mijn "
    "me mij we wij ons onze je jij jouw hij zij ze haar zijn hem er "
).encode()
