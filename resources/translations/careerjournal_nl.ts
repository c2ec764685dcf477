<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>About</name>
        <message>
            <source>A private place to explore your career. Everything you write stays in an encrypted vault on this computer; the app never connects to the internet.</source>
            <translation>Een eigen plek om over je loopbaan na te denken. Alles wat je schrijft, blijft versleuteld op deze computer; de app maakt nooit verbinding met internet.</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten passphrase. Only you decide what to print or share.</source>
            <translation>Een vergeten wachtwoordzin kan niemand terughalen. Alleen jij bepaalt wat je afdrukt of deelt.</translation>
        </message>
        <message>
            <source>About CareerJournal</source>
            <translation>Over CareerJournal</translation>
        </message>
    </context>
    <context>
        <name>CardSortWidget</name>
        <message>
            <source>Put the cards of “%1” in order: your top %2 count.</source>
            <translation>Zet de kaartjes van ‘%1’ op volgorde: je bovenste %2 tellen mee.</translation>
        </message>
        <message>
            <source>%1 of %2 cards still to sort</source>
            <translation>Nog %1 van de %2 kaartjes te leggen</translation>
        </message>
        <message>
            <source>All cards are sorted. You can still move a card: click it in its pile.</source>
            <translation>Alle kaartjes liggen. Wil je er een verleggen? Klik hem aan op zijn stapel.</translation>
        </message>
        <message>
            <source>“%1” holds at most %2 cards. Move a card off it first, or choose another pile.</source>
            <translation>Op “%1” passen hooguit %2 kaarten. Haal er eerst een kaart af, of kies een andere stapel.</translation>
        </message>
        <message>
            <source>%1 (at most %2)</source>
            <translation>%1 (hooguit %2)</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Wachtwoordzin wijzigen</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Huidige wachtwoordzin:</translation>
        </message>
        <message>
            <source>Your vault, its backups (in %1) and any file set aside by a restore are encrypted again with the new passphrase. A backup that cannot be (a damaged one, or one from before an earlier change) is overwritten and deleted, and a fresh backup is made. After this, neither the old passphrase nor a recovery sheet printed before opens any of them: print a new sheet. Copies you made yourself elsewhere are not changed and still open with the old passphrase.</source>
            <translation>Je kluis, de back-ups ervan (in %1) en elk bestand dat bij een terugzetting apart is gezet, worden opnieuw versleuteld met de nieuwe wachtwoordzin. Een back-up waarbij dat niet lukt (een beschadigde, of een van vóór een eerdere wijziging) wordt overschreven en gewist, en er komt een verse back-up. Daarna opent noch de oude wachtwoordzin noch een eerder afgedrukt herstelblad nog een van die bestanden: druk een nieuw herstelblad af. Kopieën die je zelf ergens anders hebt gemaakt, veranderen niet en gaan nog open met de oude wachtwoordzin.</translation>
        </message>
    </context>
    <context>
        <name>CoachViewer</name>
        <message>
            <source>Shared on %1. You can read it here; nothing in it can be changed.</source>
            <translation>Gedeeld op %1. Je kunt het hier lezen; er kan niets in worden veranderd.</translation>
        </message>
        <message>
            <source>The PDF is not encrypted</source>
            <translation>De pdf is niet versleuteld</translation>
        </message>
        <message>
            <source>The package is encrypted, but the PDF you are about to save is not: anyone who can open the file can read it. Keep it where only you can reach it.

Save the PDF anyway?</source>
            <translation>Het pakket is versleuteld, maar de pdf die je nu opslaat niet: iedereen die het bestand kan openen, kan hem lezen. Bewaar hem op een plek waar alleen jij bij kunt.

De pdf toch opslaan?</translation>
        </message>
        <message>
            <source>Print as PDF</source>
            <translation>Afdrukken als pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>De pdf kon niet worden opgeslagen: %1</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Opgeslagen als %1.</translation>
        </message>
        <message>
            <source>Shared package: %1</source>
            <translation>Gedeeld pakket: %1</translation>
        </message>
        <message>
            <source>%1 is a package someone shared with you. Type the passphrase they gave you.</source>
            <translation>%1 is een pakket dat iemand met je heeft gedeeld. Typ de wachtwoordzin die je daarbij hebt gekregen.</translation>
        </message>
        <message>
            <source>Passphrase of the package</source>
            <translation>Wachtwoordzin van het pakket</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Print as PDF…</source>
            <translation>&amp;Afdrukken als pdf…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Open shared export</source>
            <translation>Gedeelde export openen</translation>
        </message>
        <message>
            <source>Coach packages (*.cjshare);;All files (*)</source>
            <translation>Coachpakketten (*.cjshare);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>part of the package does not fit on a page</source>
            <translation>een deel van het pakket past niet op een pagina</translation>
        </message>
    </context>
    <context>
        <name>DueRow</name>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Later: %1</source>
            <translation>Later: %1</translation>
        </message>
    </context>
    <context>
        <name>EntryDelegate</name>
        <message>
            <source>mood %1</source>
            <translation>stemming %1</translation>
        </message>
        <message>
            <source>energy %1</source>
            <translation>energie %1</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Zonder titel</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>What is on your mind?</source>
            <translation>Wat houdt je bezig?</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Mood:</source>
            <translation>&amp;Stemming:</translation>
        </message>
        <message>
            <source>&amp;Energy:</source>
            <translation>&amp;Energie:</translation>
        </message>
        <message>
            <source>From 1 (low) to 5 (high); leave at – if you prefer</source>
            <translation>Van 1 (laag) tot 5 (hoog); laat op – staan als je dat liever hebt</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>&amp;Labels:</translation>
        </message>
        <message>
            <source>For example: work, energy, conversation</source>
            <translation>Bijvoorbeeld: werk, energie, gesprek</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Gaat over:</translation>
        </message>
        <message>
            <source>Nothing in particular</source>
            <translation>Niets in het bijzonder</translation>
        </message>
        <message>
            <source>Exercise: %1</source>
            <translation>Oefening: %1</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Doel: %1</translation>
        </message>
    </context>
    <context>
        <name>EntryListModel</name>
        <message>
            <source>Untitled</source>
            <translation>Zonder titel</translation>
        </message>
    </context>
    <context>
        <name>ExerciseListModel</name>
        <message>
            <source>about %1 min</source>
            <translation>ongeveer %1 min</translation>
        </message>
        <message>
            <source>%1% done</source>
            <translation>%1% gedaan</translation>
        </message>
        <message>
            <source>done once</source>
            <translation>één keer gedaan</translation>
        </message>
        <message>
            <source>done %1 times</source>
            <translation>%1 keer gedaan</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nog niet begonnen</translation>
        </message>
    </context>
    <context>
        <name>ExerciseRunner</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <source>Save and &amp;close</source>
            <translation>Bewaren en &amp;sluiten</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Afronden</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Volgende</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Stap %1 van %2</translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message>
            <source>Choose an exercise on the left and press Start. Your answers are saved as you go: you can stop at any moment and continue later where you left off. At the end you see what your answers may say, with a chart. Done an exercise before? Do it again and compare the results over time. In a card sort, the keys 1, 2 and 3 put the card on a pile; Alt+Up and Alt+Down move a card in your top list.</source>
            <translation>Kies links een oefening en klik op Beginnen. Je antwoorden worden meteen bewaard: je kunt op elk moment stoppen en later verdergaan waar je was. Aan het eind zie je wat je antwoorden zouden kunnen zeggen, met een grafiek. Heb je een oefening al eens gedaan? Doe hem nog een keer en vergelijk de uitkomsten door de tijd heen. Bij het kaartjes leggen leg je met de toetsen 1, 2 en 3 een kaartje op een stapel; met Alt+Omhoog en Alt+Omlaag verschuif je een kaartje in je toplijst.</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Verdergaan</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Beginnen</translation>
        </message>
        <message>
            <source>Start &amp;over</source>
            <translation>&amp;Opnieuw beginnen</translation>
        </message>
        <message>
            <source>See &amp;results</source>
            <translation>&amp;Uitkomsten bekijken</translation>
        </message>
        <message>
            <source>Some exercise files could not be loaded and are left out:</source>
            <translation>Een paar oefenbestanden konden niet worden geladen en zijn weggelaten:</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>%1 already exists. Do you want to replace it?</source>
            <translation>%1 bestaat al. Wil je het vervangen?</translation>
        </message>
        <message>
            <source>%1 is a CareerJournal vault, backup or coach package (or another encrypted file). An export never replaces one; choose another name.</source>
            <translation>%1 is een kluis, back-up of coachpakket van CareerJournal (of een ander versleuteld bestand). Een export vervangt zo'n bestand nooit; kies een andere naam.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search your journal</source>
            <translation>Zoek in je dagboek</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle labels</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Best match first</source>
            <translation>Beste treffer eerst</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Nieuwste eerst</translation>
        </message>
        <message>
            <source>Order of search results</source>
            <translation>Volgorde van de zoekresultaten</translation>
        </message>
        <message>
            <source>&amp;Between</source>
            <translation>&amp;Tussen</translation>
        </message>
        <message>
            <source>and</source>
            <translation>en</translation>
        </message>
    </context>
    <context>
        <name>FormBox</name>
        <message>
            <source>How do you want to share it?</source>
            <translation>Hoe wil je het delen?</translation>
        </message>
        <message>
            <source>A protected coach &amp;package (recommended)</source>
            <translation>Een beveiligd &amp;pakket voor je coach (aanbevolen)</translation>
        </message>
        <message>
            <source>A P&amp;DF to read or print</source>
            <translation>Een p&amp;df om te lezen of af te drukken</translation>
        </message>
        <message>
            <source>A plain &amp;Markdown file</source>
            <translation>Een gewoon &amp;Markdown-bestand</translation>
        </message>
        <message>
            <source>Protect the PDF with a passphrase</source>
            <translation>De pdf beveiligen met een wachtwoordzin</translation>
        </message>
        <message>
            <source>Your coach opens the package in CareerJournal with this passphrase. It is not your vault's passphrase: choose a new one.</source>
            <translation>Je coach opent het pakket in CareerJournal met deze wachtwoordzin. Het is niet de wachtwoordzin van je kluis: kies een nieuwe.</translation>
        </message>
        <message>
            <source>Any PDF reader asks for this passphrase before it shows anything.</source>
            <translation>Elk pdf-programma vraagt om deze wachtwoordzin voordat het iets laat zien.</translation>
        </message>
        <message>
            <source>A Markdown file is not encrypted: anyone who gets hold of the file, or of a mail it is attached to, can read it.</source>
            <translation>Een Markdown-bestand is niet versleuteld: iedereen die het bestand in handen krijgt, of een mail waar het aan vastzit, kan het lezen.</translation>
        </message>
        <message>
            <source>Without a passphrase the PDF is not encrypted: anyone who gets hold of the file can read it.</source>
            <translation>Zonder wachtwoordzin is de pdf niet versleuteld: iedereen die het bestand in handen krijgt, kan hem lezen.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>%1 of %2 exercises done, %3 under way</source>
            <translation>%1 van de %2 oefeningen gedaan, %3 onderhanden</translation>
        </message>
        <message>
            <source>Nothing with a date yet. What is one small step you could plan?</source>
            <translation>Nog niets met een datum. Welke kleine stap zou je kunnen plannen?</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Zonder titel</translation>
        </message>
        <message>
            <source>Nothing written yet. What is on your mind about work today?</source>
            <translation>Nog niets geschreven. Wat houdt je vandaag bezig over je werk?</translation>
        </message>
        <message>
            <source>Good to see you</source>
            <translation>Fijn dat je er bent</translation>
        </message>
        <message>
            <source>This is your own place to think about your work. Start with an exercise, write down what is on your mind, or work on your plan. Everything stays on this computer, encrypted.</source>
            <translation>Dit is je eigen plek om over je werk na te denken. Begin met een oefening, schrijf op wat je bezighoudt of werk aan je plan. Alles blijft versleuteld op deze computer.</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Hoe ver je bent</translation>
        </message>
        <message>
            <source>Next in your plan</source>
            <translation>Binnenkort in je plan</translation>
        </message>
        <message>
            <source>Open my &amp;plan</source>
            <translation>Mijn &amp;plan openen</translation>
        </message>
        <message>
            <source>Latest in your journal</source>
            <translation>Laatst in je dagboek</translation>
        </message>
        <message>
            <source>Open my &amp;journal</source>
            <translation>Mijn &amp;dagboek openen</translation>
        </message>
        <message>
            <source>Home shows what is due now: your plan's review, actions past their date, the monthly check-in, an exercise worth redoing and one next step. Each opens the place to act; Later brings it back on a day you choose, Not this time lets it go. My path over time shows what you did and how it moved. Use the list on the left (or Ctrl+1 to Ctrl+5) to go to the exercises, your journal, your plan or sharing. Ctrl+L locks CareerJournal at once.</source>
            <translation>Start laat zien wat er nu aan de beurt is: de terugblik op je plan, acties waarvan de datum voorbij is, de maandelijkse check-in, een oefening die de moeite waard is om opnieuw te doen en één volgende stap. Elk punt opent de plek waar je ermee aan de slag kunt; met Later komt het terug op een dag die jij kiest, met Deze keer niet laat je het gaan. Mijn weg door de tijd laat zien wat je deed en hoe het bewoog. Met de lijst links (of Ctrl+1 tot en met Ctrl+5) ga je naar de oefeningen, je dagboek, je plan of delen. Met Ctrl+L vergrendel je CareerJournal meteen.</translation>
        </message>
        <message>
            <source>My path over &amp;time</source>
            <translation>Mijn &amp;weg door de tijd</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import a journal</source>
            <translation>Een dagboek importeren</translation>
        </message>
        <message>
            <source>Bring in what you wrote elsewhere: a jrnl or Day One export (JSON, or Day One's zip), or a folder of Markdown notes (Obsidian, Joplin). Nothing is added until you press Import; entries already in your journal are left out.</source>
            <translation>Haal binnen wat je al ergens anders hebt geschreven: een export uit jrnl of Day One (JSON, of de zip van Day One), of een map met Markdown-notities (Obsidian, Joplin). Er komt pas iets bij als je op Importeren klikt; wat al in je dagboek staat, wordt overgeslagen.</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>Kies een &amp;bestand…</translation>
        </message>
        <message>
            <source>Choose a f&amp;older…</source>
            <translation>Kies een &amp;map…</translation>
        </message>
        <message>
            <source>What would be imported</source>
            <translation>Wat er geïmporteerd zou worden</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Voortgang van het importeren</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stoppen</translation>
        </message>
        <message>
            <source>&amp;Open its folder</source>
            <translation>Map &amp;openen</translation>
        </message>
        <message>
            <source>Journal exports (*.json *.zip)</source>
            <translation>Dagboekexports (*.json *.zip)</translation>
        </message>
        <message>
            <source>This cannot be imported: %1 Your journal is unchanged.</source>
            <translation>Dit kan niet worden geïmporteerd: %1 Je dagboek is niet veranderd.</translation>
        </message>
        <message>
            <source>%1 new entries, from %2 to %3.</source>
            <translation>%1 nieuwe notities, van %2 tot en met %3.</translation>
        </message>
        <message>
            <source>For example: %1</source>
            <translation>Bijvoorbeeld: %1</translation>
        </message>
        <message>
            <source>Nothing new to import.</source>
            <translation>Niets nieuws om te importeren.</translation>
        </message>
        <message>
            <source>%1 already in your journal: left out.</source>
            <translation>%1 staan al in je dagboek: overgeslagen.</translation>
        </message>
        <message>
            <source>%1 photos or other attachments: left out.</source>
            <translation>%1 foto's of andere bijlagen: niet meegenomen.</translation>
        </message>
        <message>
            <source>%1 notes without a date: left out.</source>
            <translation>%1 notities zonder datum: overgeslagen.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was imported; your journal is as it was.</source>
            <translation>Gestopt. Er is niets geïmporteerd; je dagboek is zoals het was.</translation>
        </message>
        <message>
            <source>The import did not go through: %1 Your journal is as it was.</source>
            <translation>Het importeren is niet gelukt: %1 Je dagboek is zoals het was.</translation>
        </message>
        <message>
            <source>%1 entries imported.</source>
            <translation>%1 notities geïmporteerd.</translation>
        </message>
        <message>
            <source>The source is still on your disk, in plain text, at %1. If nobody else should read it, delete it there.</source>
            <translation>Het origineel staat nog onversleuteld op je schijf, in %1. Mag niemand anders het lezen? Verwijder het dan daar.</translation>
        </message>
    </context>
    <context>
        <name>InsightsPanel</name>
        <message>
            <source>From your exercises</source>
            <translation>Uit je oefeningen</translation>
        </message>
        <message>
            <source>When you finish an exercise, what it taught you and its ideas for your plan appear here.</source>
            <translation>Als je een oefening afrondt, zie je hier wat die je heeft opgeleverd en welke ideeën hij heeft voor je plan.</translation>
        </message>
        <message>
            <source>Take what rings true into your plan with one click.</source>
            <translation>Neem met één klik over wat bij je past.</translation>
        </message>
        <message>
            <source>What you found out</source>
            <translation>Wat je hebt ontdekt</translation>
        </message>
        <message>
            <source>Ideas for your plan</source>
            <translation>Ideeën voor je plan</translation>
        </message>
        <message>
            <source>Add a goal first</source>
            <translation>Maak eerst een doel</translation>
        </message>
        <message>
            <source>In your plan</source>
            <translation>Staat in je plan</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>on</source>
            <translation>op</translation>
        </message>
    </context>
    <context>
        <name>ItemStep</name>
        <message>
            <source>Wh&amp;y:</source>
            <translation>&amp;Waarom:</translation>
        </message>
        <message>
            <source>&amp;What is next:</source>
            <translation>Wat komt er &amp;hierna:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>One line on how it went</source>
            <translation>Eén regel over hoe het ging</translation>
        </message>
        <message>
            <source>The next small step</source>
            <translation>De volgende kleine stap</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Write down what is on your mind: after a hard meeting, a good talk, a doubt. Ctrl+N starts a new entry; it is saved as you type. Mood and energy (1 to 5) show as a chart, so you can see what gives and costs you energy over time. Search finds words in titles, text and tags, also the start of a word and without accents (carriere finds carrière). A deleted entry can be brought back with Undo.</source>
            <translation>Schrijf op wat je bezighoudt: na een lastig overleg, een goed gesprek, een twijfel. Met Ctrl+N begin je een nieuwe notitie; die wordt bewaard terwijl je typt. Stemming en energie (1 tot 5) zie je terug in een grafiek, zodat je door de tijd heen ziet wat je energie geeft en wat het je kost. Zoeken vindt woorden in titels, tekst en labels, ook het begin van een woord en zonder accenten (carriere vindt carrière). Een verwijderde notitie haal je terug met Ongedaan maken.</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nieuwe notitie</translation>
        </message>
        <message>
            <source>Start a new entry (Ctrl+N)</source>
            <translation>Begin een nieuwe notitie (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Delete this entry; you can undo it</source>
            <translation>Verwijder deze notitie; je kunt dit ongedaan maken</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Look bac&amp;k: mood and energy</source>
            <translation>Terugbli&amp;k: stemming en energie</translation>
        </message>
        <message>
            <source>Nothing found. Try another word, or clear the tag and dates.</source>
            <translation>Niets gevonden. Probeer een ander woord, of haal het label en de datums weg.</translation>
        </message>
        <message>
            <source>Nothing written yet. Type your first entry on the right: it is saved as you go.</source>
            <translation>Nog niets geschreven. Typ rechts je eerste notitie: die wordt meteen bewaard.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>Found: %1</source>
            <translation>Gevonden: %1</translation>
        </message>
        <message>
            <source>Entries: %1</source>
            <translation>Notities: %1</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <source>To give this to your coach, tick “My path over time” on the Share page: it then goes into the PDF or the coach package.</source>
            <translation>Wil je dit aan je coach geven? Vink dan op de pagina Delen “Mijn weg door de tijd” aan: het komt dan in de pdf of het coachpakket.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ListWidget</name>
        <message>
            <source>&amp;Add: %1</source>
            <translation>&amp;Toevoegen: %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Weghalen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;About CareerJournal</source>
            <translation>&amp;Over CareerJournal</translation>
        </message>
        <message>
            <source>&amp;Help for this page</source>
            <translation>&amp;Hulp bij deze pagina</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>&amp;Wachtwoordzin wijzigen…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Back-up &amp;terugzetten…</translation>
        </message>
        <message>
            <source>Open a &amp;shared export…</source>
            <translation>Een &amp;gedeeld bestand openen…</translation>
        </message>
        <message>
            <source>Save a recovery s&amp;heet…</source>
            <translation>&amp;Herstelblad bewaren…</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten passphrase, but a recovery sheet can open your vault. &lt;a href='sheet'&gt;Save a recovery sheet&lt;/a&gt; and print it, or &lt;a href='written'&gt;tell me you wrote your passphrase down&lt;/a&gt;.</source>
            <translation>Een vergeten wachtwoordzin kan niemand terughalen, maar met een herstelblad gaat je kluis wel open. &lt;a href='sheet'&gt;Bewaar een herstelblad&lt;/a&gt; en druk het af, of &lt;a href='written'&gt;laat weten dat je je wachtwoordzin hebt opgeschreven&lt;/a&gt;.</translation>
        </message>
        <message>
            <source>CareerJournal found damage inside your vault. Keep writing elsewhere for now, and use File › Restore from backup… to go back to the newest good backup.</source>
            <translation>CareerJournal heeft beschadiging in je kluis gevonden. Schrijf voorlopig ergens anders verder en ga via Bestand › Back-up terugzetten… terug naar de nieuwste goede back-up.</translation>
        </message>
        <message>
            <source>Your vault is locked. Type your passphrase and press Enter. Forgot it? Only a recovery sheet you printed earlier can open the vault.</source>
            <translation>Je kluis is vergrendeld. Typ je wachtwoordzin en druk op Enter. Vergeten? Alleen een herstelblad dat je eerder hebt afgedrukt, kan de kluis dan nog openen.</translation>
        </message>
        <message>
            <source>Recovery sheet</source>
            <translation>Herstelblad</translation>
        </message>
        <message>
            <source>Anyone who holds the recovery sheet can open your vault. Print it, keep the paper somewhere safe at home, and delete the PDF.

Your passphrase:</source>
            <translation>Wie het herstelblad heeft, kan je kluis openen. Druk het af, bewaar het papier op een veilige plek thuis en gooi de pdf weg.

Je wachtwoordzin:</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Herstelblad bewaren</translation>
        </message>
        <message>
            <source>recovery-sheet</source>
            <translation>herstelblad</translation>
        </message>
        <message>
            <source>Recovery sheet saved as %1. Print it, then delete the file.</source>
            <translation>Herstelblad bewaard als %1. Druk het af en gooi het bestand daarna weg.</translation>
        </message>
        <message>
            <source>&amp;Import a journal…</source>
            <translation>&amp;Dagboek importeren…</translation>
        </message>
    </context>
    <context>
        <name>MatrixWidget</name>
        <message>
            <source>There is nothing to fill in here yet.</source>
            <translation>Hier valt nog niets in te vullen.</translation>
        </message>
    </context>
    <context>
        <name>MoodChart</name>
        <message>
            <source>Mood and energy over time</source>
            <translation>Stemming en energie door de tijd</translation>
        </message>
        <message>
            <source>%1 periods with mood or energy recorded</source>
            <translation>In %1 perioden is een stemming of energie ingevuld</translation>
        </message>
        <message>
            <source>No mood or energy recorded in this period.</source>
            <translation>In deze periode is geen stemming of energie ingevuld.</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Stemming</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energie</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Exercises</source>
            <translation>Oefeningen</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Dagboek</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Delen</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Start</translation>
        </message>
    </context>
    <context>
        <name>NowList</name>
        <message>
            <source>One more action past its date.</source>
            <translation>Nog één actie waarvan de datum voorbij is.</translation>
        </message>
        <message>
            <source>Open my plan</source>
            <translation>Mijn plan openen</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Morgen</translation>
        </message>
        <message>
            <source>In a week</source>
            <translation>Over een week</translation>
        </message>
        <message>
            <source>In a month</source>
            <translation>Over een maand</translation>
        </message>
        <message>
            <source>Not this time</source>
            <translation>Deze keer niet</translation>
        </message>
        <message>
            <source>You chose %1 to look back at your plan.</source>
            <translation>Je koos %1 om terug te kijken op je plan.</translation>
        </message>
        <message>
            <source>Review my plan</source>
            <translation>Mijn plan doorlopen</translation>
        </message>
        <message>
            <source>“%1” was planned for %2.</source>
            <translation>“%1” stond gepland voor %2.</translation>
        </message>
        <message>
            <source>Open in my plan</source>
            <translation>Openen in mijn plan</translation>
        </message>
        <message>
            <source>A month has gone by. How was it? “%1” takes about %2 minutes.</source>
            <translation>Er is een maand voorbij. Hoe was die? “%1” duurt ongeveer %2 minuten.</translation>
        </message>
        <message>
            <source>Look back on my month</source>
            <translation>Terugkijken op mijn maand</translation>
        </message>
        <message>
            <source>It has been a while since “%1”. Doing it again shows what has changed.</source>
            <translation>Het is een tijd geleden dat je “%1” deed. Doe je het opnieuw, dan zie je wat er veranderd is.</translation>
        </message>
        <message>
            <source>Do it again</source>
            <translation>Opnieuw doen</translation>
        </message>
        <message>
            <source>You were in the middle of “%1”.</source>
            <translation>Je was bezig met “%1”.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Verdergaan</translation>
        </message>
        <message>
            <source>A good next step: “%1” (about %2 minutes).</source>
            <translation>Een goede volgende stap: “%1” (ongeveer %2 minuten).</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginnen</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>Nothing is waiting for you. Come back whenever you like.</source>
            <translation>Er wacht niets op je. Kom terug wanneer je wilt.</translation>
        </message>
        <message>
            <source>%1 more actions past their date.</source>
            <translation>Nog %1 acties waarvan de datum voorbij is.</translation>
        </message>
        <message>
            <source>On a day I choose…</source>
            <translation>Op een dag die ik kies…</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Show it again on:</source>
            <translation>Weer laten zien op:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>OrderedList</name>
        <message>
            <source>Move &amp;up</source>
            <translation>Omh&amp;oog</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Omla&amp;ag</translation>
        </message>
    </context>
    <context>
        <name>OverTimeTable</name>
        <message>
            <source>Scale: from %1 to %2, the same for every run.</source>
            <translation>Schaal: van %1 tot %2, elke keer dezelfde.</translation>
        </message>
    </context>
    <context>
        <name>PackageMessages</name>
        <message>
            <source>This package is damaged or incomplete, so it cannot be opened. Nothing was changed; ask for the file to be sent again.</source>
            <translation>Dit pakket is beschadigd of onvolledig en kan daarom niet worden geopend. Er is niets veranderd; vraag of het bestand nog een keer wordt gestuurd.</translation>
        </message>
        <message>
            <source>This package was made by a newer CareerJournal. Update the app to open it.</source>
            <translation>Dit pakket is gemaakt met een nieuwere versie van CareerJournal. Werk de app bij om het te openen.</translation>
        </message>
        <message>
            <source>%1 is not a shared package. This window opens only packages someone shared with you; your own vault is never opened here.</source>
            <translation>%1 is geen gedeeld pakket. Dit venster opent alleen pakketten die iemand met je heeft gedeeld; je eigen kluis wordt hier nooit geopend.</translation>
        </message>
        <message>
            <source>There is no file at %1.</source>
            <translation>Er staat geen bestand op %1.</translation>
        </message>
        <message>
            <source>Wrong passphrase or damaged file: this passphrase does not open this file. Check Caps Lock and that this is the package you were sent; if so, ask the person who shared it for the passphrase again, or for the file to be sent again.</source>
            <translation>Verkeerde wachtwoordzin of beschadigd bestand: met deze wachtwoordzin gaat dit bestand niet open. Controleer Caps Lock en of dit het pakket is dat je kreeg; zo ja, vraag wie het deelde nog eens om de wachtwoordzin, of om het bestand opnieuw te sturen.</translation>
        </message>
        <message>
            <source>This file is damaged or was not made by CareerJournal, so it was not opened. Nothing was changed; ask the person who shared it to send it again.</source>
            <translation>Dit bestand is beschadigd of niet met CareerJournal gemaakt, dus het is niet geopend. Er is niets veranderd; vraag degene die het deelde om het opnieuw te sturen.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtwoordzin:</translation>
        </message>
        <message>
            <source>&amp;Repeat passphrase:</source>
            <translation>&amp;Herhaal wachtwoordzin:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Herhaal wachtwoordzin</translation>
        </message>
        <message>
            <source>A few words that belong together only for you.</source>
            <translation>Een paar woorden die alleen voor jou bij elkaar horen.</translation>
        </message>
        <message>
            <source>Too short: use at least 8 characters, or better, a few words.</source>
            <translation>Te kort: gebruik minstens 8 tekens, of liever een paar woorden.</translation>
        </message>
        <message>
            <source>Weak: add a word or two.</source>
            <translation>Zwak: voeg er een of twee woorden aan toe.</translation>
        </message>
        <message>
            <source>Fair. Another word makes it strong.</source>
            <translation>Redelijk. Met nog een woord wordt hij sterk.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Sterk.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
        </message>
        <message>
            <source>Not only spaces: use a few words.</source>
            <translation>Niet alleen spaties: kies een paar woorden.</translation>
        </message>
        <message>
            <source>Leave out control characters: nobody can type them again.</source>
            <translation>Laat stuurtekens weg: die kan niemand later opnieuw typen.</translation>
        </message>
    </context>
    <context>
        <name>PickWidget</name>
        <message>
            <source>There is nothing to choose from yet.</source>
            <translation>Er is nog niets om uit te kiezen.</translation>
        </message>
        <message>
            <source>Choose %1; you have chosen %2.</source>
            <translation>Kies er %1; je hebt er %2 gekozen.</translation>
        </message>
    </context>
    <context>
        <name>PlanItemModel</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>PlanLabels</name>
        <message>
            <source>Vision</source>
            <translation>Visie</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>Plan B</source>
            <translation>Plan B</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gesprekken</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>What I know about myself</source>
            <translation>Wat ik over mezelf weet</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Alternative</source>
            <translation>Alternatief</translation>
        </message>
        <message>
            <source>With whom, about what</source>
            <translation>Met wie, waarover</translation>
        </message>
        <message>
            <source>Course or training</source>
            <translation>Opleiding of cursus</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>What it would take</source>
            <translation>Wat ervoor nodig is</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Aantekeningen</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Measurable outcome</source>
            <translation>Meetbaar resultaat</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Te doen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Add a &amp;line</source>
            <translation>Regel toe&amp;voegen</translation>
        </message>
        <message>
            <source>Add a &amp;goal</source>
            <translation>&amp;Doel toevoegen</translation>
        </message>
        <message>
            <source>Add an a&amp;ction</source>
            <translation>&amp;Actie toevoegen</translation>
        </message>
        <message>
            <source>Add an &amp;alternative</source>
            <translation>&amp;Alternatief toevoegen</translation>
        </message>
        <message>
            <source>Add a &amp;conversation</source>
            <translation>&amp;Gesprek toevoegen</translation>
        </message>
        <message>
            <source>Add a &amp;course</source>
            <translation>&amp;Opleiding toevoegen</translation>
        </message>
        <message>
            <source>Add to my vision</source>
            <translation>Zet in mijn visie</translation>
        </message>
        <message>
            <source>Add as a goal</source>
            <translation>Maak er een doel van</translation>
        </message>
        <message>
            <source>Add as an action</source>
            <translation>Maak er een actie van</translation>
        </message>
        <message>
            <source>Add to my Plan B</source>
            <translation>Zet in mijn plan B</translation>
        </message>
        <message>
            <source>Add as a conversation</source>
            <translation>Zet bij mijn gesprekken</translation>
        </message>
        <message>
            <source>Add as training</source>
            <translation>Zet bij mijn opleiding</translation>
        </message>
        <message>
            <source>(not named yet)</source>
            <translation>(nog zonder naam)</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Your plan: what you are looking for, goals with why and a target date, actions under each goal, a Plan B, people to talk to and training to follow. Everything is saved as you type. On the right, what your exercises taught you: one click puts it in your plan. Export PDF… writes a printable plan (not encrypted: you choose where it goes); Print… sends it to a printer. Alt+Up and Alt+Down move the selected item.</source>
            <translation>Je plan: wat je zoekt, doelen met het waarom en een streefdatum, acties per doel, een plan B, mensen om mee te praten en opleidingen. Alles wordt bewaard terwijl je typt. Rechts staat wat je oefeningen je hebben opgeleverd: met één klik zet je het in je plan. Exporteren als pdf… maakt een plan om af te drukken (niet versleuteld: jij kiest waar het komt); Afdrukken… stuurt het naar een printer. Met Alt+Omhoog en Alt+Omlaag verplaats je het gekozen onderdeel.</translation>
        </message>
        <message>
            <source>The PDF is not encrypted</source>
            <translation>De pdf is niet versleuteld</translation>
        </message>
        <message>
            <source>Your vault is encrypted, but the PDF you are about to save is not: anyone who can open the file can read your plan. Choose a place only you can reach, and delete the file when you no longer need it.

Save the PDF anyway?</source>
            <translation>Je kluis is versleuteld, maar de pdf die je gaat opslaan niet: iedereen die het bestand kan openen, kan je plan lezen. Kies een plek waar alleen jij bij kunt, en verwijder het bestand als je het niet meer nodig hebt.

Toch de pdf opslaan?</translation>
        </message>
        <message>
            <source>Export the plan as PDF</source>
            <translation>Plan exporteren als pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Print the plan</source>
            <translation>Plan afdrukken</translation>
        </message>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>De pdf kon niet worden opgeslagen: %1</translation>
        </message>
        <message>
            <source>Your plan was saved as %1.</source>
            <translation>Je plan is opgeslagen als %1.</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>Mijn plan</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Afdr&amp;ukken…</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Exporteren als pdf…</translation>
        </message>
        <message>
            <source>What are you looking for?</source>
            <translation>Waar ben je naar op zoek?</translation>
        </message>
        <message>
            <source>In a few sentences: the work, the place and the life you are aiming for.</source>
            <translation>In een paar zinnen: het werk, de plek en het leven waar je naartoe wilt.</translation>
        </message>
        <message>
            <source>What you know about yourself</source>
            <translation>Wat je over jezelf weet</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Volgende evaluatie</translation>
        </message>
        <message>
            <source>on</source>
            <translation>op</translation>
        </message>
        <message>
            <source>Name on the cover</source>
            <translation>Naam op het voorblad</translation>
        </message>
        <message>
            <source>Leave empty to print no name</source>
            <translation>Laat leeg om geen naam af te drukken</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Re&amp;view…</source>
            <translation>&amp;Doorlopen…</translation>
        </message>
    </context>
    <context>
        <name>PromptBox</name>
        <message>
            <source>Prompt of the day</source>
            <translation>Vraag van de dag</translation>
        </message>
        <message>
            <source>&amp;Write about this</source>
            <translation>&amp;Schrijf hierover</translation>
        </message>
        <message>
            <source>Not today</source>
            <translation>Vandaag niet</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Open with recovery key</source>
            <translation>Openen met herstelsleutel</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>Herstel&amp;sleutel:</translation>
        </message>
        <message>
            <source>Type the key from your recovery sheet (dashes and capitals do not matter), then choose a new passphrase. Your backups are encrypted again with it too. Without a recovery sheet, nobody can open the vault.</source>
            <translation>Typ de sleutel van je herstelblad over (streepjes en hoofdletters maken niet uit) en kies daarna een nieuwe wachtwoordzin. Je back-ups worden daar ook opnieuw mee versleuteld. Zonder herstelblad kan niemand de kluis openen.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <source>Choose a backup. CareerJournal locks, puts the backup in place of your vault and keeps the current vault file beside it, so nothing is lost. Backups are in %1.</source>
            <translation>Kies een back-up. CareerJournal vergrendelt, zet de back-up op de plaats van je kluis en bewaart het huidige kluisbestand ernaast, zodat er niets verloren gaat. De back-ups staan in %1.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>There are no backups yet. One is made each day you use CareerJournal.</source>
            <translation>Er zijn nog geen back-ups. Elke dag dat je CareerJournal gebruikt, wordt er een gemaakt.</translation>
        </message>
        <message>
            <source>Restore the backup of %1? Everything written after it will be set aside with the current vault file.</source>
            <translation>De back-up van %1 terugzetten? Alles wat je daarna hebt geschreven, blijft bewaard in het huidige kluisbestand, dat opzij wordt gezet.</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>A result like this is a mirror, not a verdict. It shows what you answered today; only you can tell what it means for you. Take what rings true, and leave the rest.</source>
            <translation>Zo'n uitkomst is een spiegel, geen oordeel. Hij laat zien wat je vandaag hebt geantwoord; wat het voor jou betekent, weet alleen jij. Neem mee wat klopt en laat de rest liggen.</translation>
        </message>
        <message>
            <source>&amp;Compare with:</source>
            <translation>&amp;Vergelijken met:</translation>
        </message>
        <message>
            <source>Do this exercise &amp;again</source>
            <translation>Deze oefening &amp;nog eens doen</translation>
        </message>
        <message>
            <source>&amp;Back to the exercises</source>
            <translation>&amp;Terug naar de oefeningen</translation>
        </message>
        <message>
            <source>Completed on %1</source>
            <translation>Afgerond op %1</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>niets</translation>
        </message>
        <message>
            <source>The thin line on each bar shows your answer of %1.</source>
            <translation>Het dunne streepje op elke balk is je antwoord van %1.</translation>
        </message>
        <message>
            <source>Ideas for your plan</source>
            <translation>Ideeën voor je plan</translation>
        </message>
        <message>
            <source>How your answers moved</source>
            <translation>Hoe je antwoorden zijn veranderd</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Goal %1 of %2</source>
            <translation>Doel %1 van %2</translation>
        </message>
        <message>
            <source>An action for “%1”</source>
            <translation>Een actie voor “%1”</translation>
        </message>
        <message>
            <source>&amp;Save the review</source>
            <translation>Terugblik &amp;bewaren</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Volgende</translation>
        </message>
        <message>
            <source>Review my plan</source>
            <translation>Mijn plan doorlopen</translation>
        </message>
        <message>
            <source>Looking back at your plan</source>
            <translation>Terugkijken op je plan</translation>
        </message>
        <message>
            <source>One goal or action at a time: is it done, going, stuck, changed or dropped? A line on why and one on what is next is enough. Skip what you do not want to look at now. When you save, your plan is brought up to date and a summary goes into your journal.</source>
            <translation>Eén doel of actie tegelijk: is het klaar, loopt het, zit het vast, is het veranderd of laat je het vallen? Een regel over waarom en een over wat er hierna komt is genoeg. Sla over waar je nu niet naar wilt kijken. Als je bewaart, wordt je plan bijgewerkt en komt er een samenvatting in je dagboek.</translation>
        </message>
        <message>
            <source>Your plan has no open goals right now. You can still write down how it went and choose when to look again.</source>
            <translation>Je plan heeft nu geen open doelen. Je kunt wel opschrijven hoe het ging en kiezen wanneer je opnieuw kijkt.</translation>
        </message>
        <message>
            <source>Earlier reviews</source>
            <translation>Eerdere terugblikken</translation>
        </message>
        <message>
            <source>To close</source>
            <translation>Tot slot</translation>
        </message>
        <message>
            <source>Anything else you noticed, in a few &amp;lines:</source>
            <translation>Wat je verder opviel, in een paar &amp;regels:</translation>
        </message>
        <message>
            <source>Look &amp;again on:</source>
            <translation>Opnieuw &amp;kijken op:</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Your review is kept, and a summary is in your journal.</source>
            <translation>Je terugblik is bewaard, en er staat een samenvatting in je dagboek.</translation>
        </message>
    </context>
    <context>
        <name>ReviewVerdict</name>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Going</source>
            <translation>Loopt</translation>
        </message>
        <message>
            <source>Stuck</source>
            <translation>Vastgelopen</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Veranderd</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Laten vallen</translation>
        </message>
    </context>
    <context>
        <name>SectionEditor</name>
        <message>
            <source>Mark &amp;not done</source>
            <translation>&amp;Niet klaar</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>&amp;Klaar</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>A&amp;rchive</source>
            <translation>A&amp;rchiveren</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Om&amp;hoog</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Om&amp;laag</translation>
        </message>
        <message>
            <source>Show archived items</source>
            <translation>Gearchiveerde onderdelen tonen</translation>
        </message>
    </context>
    <context>
        <name>SessionTab</name>
        <message>
            <source>A coach session goes further when you come prepared. Write what you want to talk about and your questions; CareerJournal adds what changed since you last shared and what got stuck. Kept in your vault as you type.</source>
            <translation>Je haalt meer uit een gesprek met je coach als je goed voorbereid komt. Schrijf op waar je het over wilt hebben en wat je wilt vragen; CareerJournal zet erbij wat er veranderd is sinds je iets deelde en waar je vastliep. Alles wordt in je kluis bewaard terwijl je typt.</translation>
        </message>
        <message>
            <source>What I want to &amp;talk about</source>
            <translation>Waar ik het over wil &amp;hebben</translation>
        </message>
        <message>
            <source>My &amp;questions</source>
            <translation>Mijn &amp;vragen</translation>
        </message>
        <message>
            <source>One point per line</source>
            <translation>Eén punt per regel</translation>
        </message>
        <message>
            <source>&amp;Add the sheet to what I share</source>
            <translation>Het blad &amp;toevoegen aan wat ik deel</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Zoals het systeem</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Donker</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nooit</translation>
        </message>
        <message>
            <source>Also lock when the window is &amp;minimised</source>
            <translation>Ook vergrendelen als het venster wordt &amp;geminimaliseerd</translation>
        </message>
        <message>
            <source>&amp;Discreet: a neutral window title, for a shared computer</source>
            <translation>&amp;Onopvallend: een neutrale venstertitel, voor een gedeelde computer</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>&amp;Appearance:</source>
            <translation>&amp;Weergave:</translation>
        </message>
        <message>
            <source>&amp;Lock after inactivity:</source>
            <translation>Automatisch &amp;vergrendelen na:</translation>
        </message>
        <message>
            <source>&amp;Backups in:</source>
            <translation>&amp;Back-ups in:</translation>
        </message>
        <message>
            <source>Folder for backups</source>
            <translation>Map voor back-ups</translation>
        </message>
        <message>
            <source>Show a system &amp;notification when something is due (not in discreet mode)</source>
            <translation>Een &amp;melding van het systeem tonen als er iets aan de beurt is (niet als het onopvallend is)</translation>
        </message>
        <message>
            <source>Backups in this folder: %1 (%2 in all; kept below %3).</source>
            <translation>Back-ups in deze map: %1 (samen %2; CareerJournal blijft onder %3).</translation>
        </message>
    </context>
    <context>
        <name>ShareChoices</name>
        <message>
            <source>Exercises</source>
            <translation>Oefeningen</translation>
        </message>
        <message>
            <source>Done on %1</source>
            <translation>Gedaan op %1</translation>
        </message>
        <message>
            <source>What I wrote</source>
            <translation>Wat ik schreef</translation>
        </message>
        <message>
            <source>My plan</source>
            <translation>Mijn plan</translation>
        </message>
        <message>
            <source>Actions: %1</source>
            <translation>Acties: %1</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Dagboek</translation>
        </message>
        <message>
            <source>Preparing my coach session</source>
            <translation>Voorbereiding op mijn gesprek</translation>
        </message>
        <message>
            <source>One page: topics, what changed, what got stuck, questions</source>
            <translation>Eén pagina: onderwerpen, wat er veranderd is, waar ik vastliep, vragen</translation>
        </message>
        <message>
            <source>Overviews</source>
            <translation>Overzichten</translation>
        </message>
        <message>
            <source>My path over time</source>
            <translation>Mijn weg door de tijd</translation>
        </message>
        <message>
            <source>When each exercise was done, how results moved, how the plan changed</source>
            <translation>Wanneer je elke oefening deed, hoe je uitkomsten bewogen, hoe je plan veranderde</translation>
        </message>
    </context>
    <context>
        <name>ShareHistoryList</name>
        <message>
            <source>Nothing shared yet.</source>
            <translation>Je hebt nog niets gedeeld.</translation>
        </message>
        <message>
            <source>protected coach package</source>
            <translation>beveiligd pakket voor je coach</translation>
        </message>
        <message>
            <source>PDF with passphrase</source>
            <translation>pdf met wachtwoordzin</translation>
        </message>
        <message>
            <source>PDF, not encrypted</source>
            <translation>pdf, niet versleuteld</translation>
        </message>
        <message>
            <source>Markdown, not encrypted</source>
            <translation>Markdown, niet versleuteld</translation>
        </message>
        <message numerus="yes">
            <source>exercises: %1 (%n result(s))</source>
            <translation>
                <numerusform>oefeningen: %1 (%n uitkomst)</numerusform>
                <numerusform>oefeningen: %1 (%n uitkomsten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>what you wrote in %n exercise(s)</source>
            <translation>
                <numerusform>wat je schreef bij %n oefening</numerusform>
                <numerusform>wat je schreef bij %n oefeningen</numerusform>
            </translation>
        </message>
        <message>
            <source>plan: %1</source>
            <translation>plan: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n journal entries with their text</source>
            <translation>
                <numerusform>%n dagboeknotitie met tekst</numerusform>
                <numerusform>%n dagboeknotities met tekst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n journal entries without their text</source>
            <translation>
                <numerusform>%n dagboeknotitie zonder tekst</numerusform>
                <numerusform>%n dagboeknotities zonder tekst</numerusform>
            </translation>
        </message>
        <message>
            <source>the sheet to prepare your session</source>
            <translation>het blad ter voorbereiding op je gesprek</translation>
        </message>
        <message>
            <source>your path over time</source>
            <translation>je weg door de tijd</translation>
        </message>
    </context>
    <context>
        <name>SharePage</name>
        <message>
            <source>Tick what your coach may see: whole exercises or single results, parts of your plan, journal entries one by one or by tag and date. The text of journal entries is only shared when you tick that too. The preview shows exactly what your coach will get. A protected coach package is encrypted with a passphrase of its own; your coach opens it in CareerJournal with File › Open shared export. Tell your coach the passphrase another way than the file. Under Shared before you see what you shared, when and how.</source>
            <translation>Vink aan wat je coach mag zien: hele oefeningen of losse uitkomsten, delen van je plan, dagboeknotities een voor een of per label en datum. De tekst van dagboeknotities deel je alleen als je dat ook aanvinkt. Het voorbeeld laat precies zien wat je coach krijgt. Een beveiligd pakket is versleuteld met een eigen wachtwoordzin; je coach opent het in CareerJournal via Bestand › Gedeelde export openen. Geef je coach de wachtwoordzin op een andere manier dan het bestand. Onder Eerder gedeeld zie je wat je hebt gedeeld, wanneer en hoe.</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Elk label</translation>
        </message>
        <message>
            <source>This file is not encrypted</source>
            <translation>Dit bestand is niet versleuteld</translation>
        </message>
        <message>
            <source>Your vault is encrypted, but the file you are about to save is not: anyone who gets hold of it can read what is in it. Send it only in a way you trust, and delete it when it is no longer needed.

Save it anyway?</source>
            <translation>Je kluis is versleuteld, maar het bestand dat je nu opslaat niet: iedereen die het in handen krijgt, kan lezen wat erin staat. Verstuur het alleen op een manier die je vertrouwt, en verwijder het als je het niet meer nodig hebt.

Toch opslaan?</translation>
        </message>
        <message>
            <source>Coach packages (*.cjshare)</source>
            <translation>Coachpakketten (*.cjshare)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Markdown-bestanden (*.md)</translation>
        </message>
        <message>
            <source>Save the export for your coach</source>
            <translation>Export voor je coach opslaan</translation>
        </message>
        <message>
            <source>Tell your coach the passphrase</source>
            <translation>Vertel je coach de wachtwoordzin</translation>
        </message>
        <message>
            <source>Give your coach the passphrase another way than the file: say it in person or on the phone, or send it by text message. Whoever has both the file and the passphrase can read the package.</source>
            <translation>Geef je coach de wachtwoordzin op een andere manier dan het bestand: zeg hem persoonlijk of aan de telefoon, of stuur hem in een sms. Wie zowel het bestand als de wachtwoordzin heeft, kan het pakket lezen.</translation>
        </message>
        <message>
            <source>Choose a passphrase other than your vault's: your coach would otherwise hold the key to everything you wrote. Nothing was saved.</source>
            <translation>Kies een andere wachtwoordzin dan die van je kluis: anders heeft je coach de sleutel tot alles wat je hebt geschreven. Er is niets opgeslagen.</translation>
        </message>
        <message>
            <source>The file could not be saved: %1</source>
            <translation>Het bestand kon niet worden opgeslagen: %1</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Opgeslagen als %1.</translation>
        </message>
        <message>
            <source>Share with your coach</source>
            <translation>Delen met je coach</translation>
        </message>
        <message>
            <source>Choose what your own coach may see. Nothing is shared unless you tick it, and the preview shows exactly what your coach will get.</source>
            <translation>Kies wat je eigen coach mag zien. Er wordt niets gedeeld wat je niet aanvinkt, en het voorbeeld laat precies zien wat je coach krijgt.</translation>
        </message>
        <message>
            <source>Journal entries with &amp;tag</source>
            <translation>Dagboeknotities met &amp;label</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Vanaf</translation>
        </message>
        <message>
            <source>&amp;Up to</source>
            <translation>&amp;Tot en met</translation>
        </message>
        <message>
            <source>on</source>
            <translation>op</translation>
        </message>
        <message>
            <source>&amp;Name on the cover</source>
            <translation>&amp;Naam op het voorblad</translation>
        </message>
        <message>
            <source>Tick these entries</source>
            <translation>Deze notities aanvinken</translation>
        </message>
        <message>
            <source>Untick them</source>
            <translation>Uitvinken</translation>
        </message>
        <message>
            <source>Include the &amp;text of the ticked journal entries</source>
            <translation>Ook de &amp;tekst van de aangevinkte notities delen</translation>
        </message>
        <message>
            <source>What your coach will see</source>
            <translation>Wat je coach te zien krijgt</translation>
        </message>
        <message>
            <source>Tick what you want to share; it appears here exactly as your coach will see it.</source>
            <translation>Vink aan wat je wilt delen; het verschijnt hier precies zoals je coach het te zien krijgt.</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Niet verplicht</translation>
        </message>
        <message>
            <source>What to share</source>
            <translation>Wat je deelt</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>Choose and export</source>
            <translation>Kiezen en exporteren</translation>
        </message>
        <message>
            <source>Shared before</source>
            <translation>Eerder gedeeld</translation>
        </message>
        <message>
            <source>Prepare my session</source>
            <translation>Mijn gesprek voorbereiden</translation>
        </message>
    </context>
    <context>
        <name>SynthesisWidget</name>
        <message>
            <source>Not done yet, or nothing stood out: write what you think now.</source>
            <translation>Nog niet gedaan, of er sprong niets uit: schrijf op wat je er nu van denkt.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Entry deleted.</source>
            <translation>Notitie verwijderd.</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>Bring the deleted entry back (Ctrl+Z in the list)</source>
            <translation>Haal de verwijderde notitie terug (Ctrl+Z in de lijst)</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>CareerJournal is locked</source>
            <translation>CareerJournal is vergrendeld</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your vault.</source>
            <translation>Vul je wachtwoordzin in om je kluis te openen.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Ontgrendelen</translation>
        </message>
        <message>
            <source>Forgot your passphrase? Use your &amp;recovery sheet…</source>
            <translation>Wachtwoordzin vergeten? Gebruik je &amp;herstelblad…</translation>
        </message>
        <message>
            <source>&amp;Restore the backup of %1</source>
            <translation>Back-up van %1 &amp;terugzetten</translation>
        </message>
    </context>
    <context>
        <name>VaultMessages</name>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters; a sheet printed before a passphrase change no longer works.</source>
            <translation>Met deze herstelsleutel gaat de kluis niet open. Controleer elk groepje van vier tekens; een blad van vóór een wijziging van de wachtwoordzin werkt niet meer.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
            <translation>Met deze wachtwoordzin gaat de kluis niet open. Staat Caps Lock aan? Probeer het nog eens.</translation>
        </message>
        <message>
            <source>The vault file is damaged, so it cannot be opened. Nothing has been changed; restore a backup or keep the file for a later attempt.</source>
            <translation>Het kluisbestand is beschadigd en kan niet worden geopend. Er is niets aan veranderd; zet een back-up terug of bewaar het bestand voor een latere poging.</translation>
        </message>
        <message>
            <source>This vault was made by a newer CareerJournal. Update the app to open it.</source>
            <translation>Deze kluis is gemaakt met een nieuwere versie van CareerJournal. Werk de app bij om hem te openen.</translation>
        </message>
        <message>
            <source>There is no vault at %1.</source>
            <translation>Op %1 staat geen kluis.</translation>
        </message>
        <message>
            <source>%1 already exists; CareerJournal will not overwrite it.</source>
            <translation>%1 bestaat al; CareerJournal overschrijft het niet.</translation>
        </message>
        <message>
            <source>%1 is not a CareerJournal vault.</source>
            <translation>%1 is geen kluis van CareerJournal.</translation>
        </message>
        <message>
            <source>CareerJournal cannot write to %1. Is it a read-only folder or a locked USB stick?</source>
            <translation>CareerJournal kan niet schrijven in %1. Is de map alleen-lezen, of zit de USB-stick op slot?</translation>
        </message>
        <message>
            <source>Choose a passphrase; it cannot be empty.</source>
            <translation>Kies een wachtwoordzin; leeg kan niet.</translation>
        </message>
        <message>
            <source>Your last change could not be saved: %1</source>
            <translation>Je laatste wijziging kon niet worden bewaard: %1</translation>
        </message>
        <message>
            <source>This folder syncs to %1. The vault stays encrypted, but a copy (and its old versions) will sit on their servers. A folder that does not sync is more private.</source>
            <translation>Deze map wordt gesynchroniseerd met %1. De kluis blijft versleuteld, maar er komt een kopie (met oude versies) op hun servers te staan. Een map die niet synchroniseert, is beter voor je privacy.</translation>
        </message>
        <message>
            <source>This folder is on a network share, perhaps on a computer your employer manages. A folder on your own computer is more private.</source>
            <translation>Deze map staat op een netwerkschijf, misschien op een computer die je werkgever beheert. Een map op je eigen computer is beter voor je privacy.</translation>
        </message>
        <message>
            <source>This vault is already open in another CareerJournal window or command. Close it there first; two programs writing one vault could undo each other's changes.</source>
            <translation>Deze kluis is al open in een ander venster of commando van CareerJournal. Sluit hem daar eerst; twee programma's die in één kluis schrijven, kunnen elkaars wijzigingen ongedaan maken.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check Caps Lock and try again. If you are sure it is right, the file itself may be damaged: then restore a backup.</source>
            <translation>Met deze wachtwoordzin gaat de kluis niet open. Controleer Caps Lock en probeer het opnieuw. Weet je zeker dat hij klopt, dan is het bestand misschien beschadigd: zet dan een back-up terug.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist. Is the USB stick or disk plugged in? CareerJournal does not make the folder, so your vault never ends up on another disk.</source>
            <translation>De map %1 bestaat niet. Zit de USB-stick of schijf erin? CareerJournal maakt de map niet aan, zodat je kluis nooit op een andere schijf terechtkomt.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to CareerJournal</source>
            <translation>Welkom bij CareerJournal</translation>
        </message>
        <message>
            <source>A private place to think about your work: whether this job still suits you, what gives you energy and what drains it, and what you might do next. Guided exercises, a journal and a personal plan help you along, at your own pace.</source>
            <translation>Een eigen plek om na te denken over je werk: of deze baan nog bij je past, waar je energie van krijgt en wat je leegtrekt, en wat je hierna zou kunnen doen. Oefeningen, een dagboek en een persoonlijk plan helpen je daarbij, in je eigen tempo.</translation>
        </message>
        <message>
            <source>Everything you write is kept in an encrypted vault on this computer, locked with a passphrase that only you know.</source>
            <translation>Alles wat je schrijft, staat in een versleutelde kluis op deze computer, op slot met een wachtwoordzin die alleen jij kent.</translation>
        </message>
        <message>
            <source>Nothing leaves this computer: no internet connection, no account, no tracking. You decide what to print or share, and with whom.</source>
            <translation>Er gaat niets van deze computer af: geen internetverbinding, geen account, niemand die meekijkt. Jij bepaalt wat je afdrukt of deelt, en met wie.</translation>
        </message>
        <message>
            <source>Use a computer of your own, not one your employer manages.</source>
            <translation>Gebruik een eigen computer, niet een die je werkgever beheert.</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten passphrase: not us, not anyone. Without it, your vault stays closed for good. Write it down and keep it safe.</source>
            <translation>Een vergeten wachtwoordzin kan niemand terughalen: wij niet, en ook niemand anders. Zonder wachtwoordzin blijft je kluis voorgoed dicht. Schrijf hem op en bewaar hem op een veilige plek.</translation>
        </message>
        <message>
            <source>I understand that a forgotten passphrase cannot be recovered.</source>
            <translation>Ik begrijp dat een vergeten wachtwoordzin niet terug te halen is.</translation>
        </message>
        <message>
            <source>Your vault will be saved as %1</source>
            <translation>Je kluis wordt bewaard als %1</translation>
        </message>
        <message>
            <source>&amp;Create my vault</source>
            <translation>&amp;Maak mijn kluis</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Pages</source>
            <translation>Pagina’s</translation>
        </message>
    </context>
    <context>
        <name>_NewPassphraseDialog</name>
        <message>
            <source>Deleted, because it could not be encrypted again: %1</source>
            <translation>Gewist, omdat het niet opnieuw versleuteld kon worden: %1</translation>
        </message>
        <message>
            <source>No fresh backup could be made just now: check that %1 can be written.</source>
            <translation>Er kon nu geen verse back-up worden gemaakt: controleer of er in %1 geschreven kan worden.</translation>
        </message>
        <message>
            <source>Could not be encrypted again nor deleted (it may be damaged or read-only), so it may still open with the old passphrase. Delete it yourself when you no longer need it: %1</source>
            <translation>Kon niet opnieuw versleuteld en ook niet gewist worden (misschien is het beschadigd of alleen-lezen), dus het gaat mogelijk nog open met de oude wachtwoordzin. Wis het zelf als je het niet meer nodig hebt: %1</translation>
        </message>
    </context>
</TS>
