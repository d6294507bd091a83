<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
    <context>
        <name />
        <message>
            <source>Add an actor (a lane) first: activities live in lanes.</source>
            <translation>Tilføj først en aktør (en bane): aktiviteter ligger i baner.</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Ny aktivitet</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Tilføj aktivitet</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>Ny aktør</translation>
        </message>
        <message>
            <source>Add actor</source>
            <translation>Tilføj aktør</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Ny fase</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Tilføj fase</translation>
        </message>
        <message>
            <source>Not done: a flow needs two different ends.</source>
            <translation>Ikke udført: en strøm skal have to forskellige ender.</translation>
        </message>
        <message>
            <source>Not done: a sequence flow (process order) joins two activities, not a lane. Use an information flow to reach an actor.</source>
            <translation>Ikke udført: en sekvensstrøm (forløbets rækkefølge) forbinder to aktiviteter, ikke en bane. Brug en informationsstrøm for at nå en aktør.</translation>
        </message>
        <message>
            <source>Add information flow</source>
            <translation>Tilføj informationsstrøm</translation>
        </message>
        <message>
            <source>Add sequence flow</source>
            <translation>Tilføj sekvensstrøm</translation>
        </message>
        <message>
            <source>Make lane %1 a %2 lane</source>
            <translation>Gør banen %1 til en %2-bane</translation>
        </message>
        <message>
            <source>“%1” is a %2 lane; change its kind in Properties if it is not.</source>
            <translation>“%1” er en %2-bane; ret dens type under Egenskaber, hvis det ikke passer.</translation>
        </message>
        <message>
            <source>Nudge</source>
            <translation>Skub</translation>
        </message>
        <message>
            <source>Resize activity</source>
            <translation>Ændr størrelse på aktivitet</translation>
        </message>
        <message>
            <source>Resize lane</source>
            <translation>Ændr banens højde</translation>
        </message>
        <message>
            <source>Reorder lanes</source>
            <translation>Omarranger baner</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Select one or more activities to mark them as co-produced.</source>
            <translation>Vælg en eller flere aktiviteter for at markere dem som samskabte.</translation>
        </message>
        <message>
            <source>Toggle co-produced</source>
            <translation>Slå samskabt til/fra</translation>
        </message>
        <message>
            <source>the clipboard does not hold OppSpace activities</source>
            <translation>udklipsholderen indeholder ingen OppSpace-aktiviteter</translation>
        </message>
        <message>
            <source>Select activities to duplicate.</source>
            <translation>Vælg aktiviteter, der skal dubleres.</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dubler</translation>
        </message>
        <message>
            <source>Nothing to paste: copy activities first.</source>
            <translation>Intet at indsætte: kopiér først aktiviteter.</translation>
        </message>
        <message>
            <source>Nothing to paste: the clipboard holds no OppSpace activities.</source>
            <translation>Intet at indsætte: udklipsholderen indeholder ingen OppSpace-aktiviteter.</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Indsæt</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <source>About OppSpace</source>
            <translation>Om OppSpace</translation>
        </message>
        <message>
            <source>&lt;h2&gt;OppSpace {version}&lt;/h2&gt;&lt;p&gt;Map co-production service processes across organisations, describe the partnership behind them, and see what the map reveals.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;OppSpace {version}&lt;/h2&gt;&lt;p&gt;Kortlæg samskabte serviceforløb på tværs af organisationer, beskriv partnerskabet bag dem, og se hvad kortet afslører.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The method is based on: Brix, J., Tuurnas, S. &amp;amp; Mortensen, N. M. (2021). &lt;i&gt;Creating Opportunity Spaces for Co-Production: Professional Co-Producers in Inter-Organizational Collaborations.&lt;/i&gt; In A. O. Thomassen &amp;amp; J. B. Jensen (eds.), &lt;i&gt;Processual Perspectives on the Co-Production Turn in Public Sector Organizations&lt;/i&gt;, 157-175. IGI Global. &lt;a href='{doi}'&gt;{doi}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Fonts: DejaVu (free licence).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Metoden bygger på: Brix, J., Tuurnas, S. &amp;amp; Mortensen, N. M. (2021). &lt;i&gt;Creating Opportunity Spaces for Co-Production: Professional Co-Producers in Inter-Organizational Collaborations.&lt;/i&gt; I A. O. Thomassen &amp;amp; J. B. Jensen (red.), &lt;i&gt;Processual Perspectives on the Co-Production Turn in Public Sector Organizations&lt;/i&gt;, 157-175. IGI Global. &lt;a href='{doi}'&gt;{doi}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Fri software under MIT-licensen. Skrifttyper: DejaVu (fri licens).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ActorsModel</name>
        <message>
            <source>Change members</source>
            <extracomment>only the partnership's members (the coordinator)</extracomment>
            <translation>Ændr medlemmer</translation>
        </message>
    </context>
    <context>
        <name>Announcer</name>
        <message>
            <source>Undone: {action}</source>
            <translation>Fortrudt: {action}</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Gentaget: {action}</translation>
        </message>
        <message>
            <source>Added: {name}</source>
            <translation>Tilføjet: {name}</translation>
        </message>
        <message>
            <source>Added {count} items</source>
            <translation>Tilføjet {count} elementer</translation>
        </message>
        <message>
            <source>Deleted: {title}</source>
            <translation>Slettet: {title}</translation>
        </message>
        <message>
            <source>Deleted {count} items</source>
            <translation>Slettet {count} elementer</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Ingen fund</translation>
        </message>
        <message>
            <source>{current} of {total} found</source>
            <translation>{current} af {total} fundet</translation>
        </message>
        <message>
            <source>Shown on the map: {what}</source>
            <translation>Vist på kortet: {what}</translation>
        </message>
    </context>
    <context>
        <name>Anonymise</name>
        <message>
            <source>Citizen</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Citizen {number}</source>
            <translation>Borger {number}</translation>
        </message>
        <message>
            <source>{title} (anonymised)</source>
            <translation>{title} (anonymiseret)</translation>
        </message>
    </context>
    <context>
        <name>AssetsModel</name>
        <message>
            <source>asset</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Adgang</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>New asset</source>
            <translation>Nyt aktiv</translation>
        </message>
    </context>
    <context>
        <name>CSV</name>
        <message>
            <source>Flow</source>
            <translation>Strøm</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>From actor</source>
            <translation>Fra aktør</translation>
        </message>
        <message>
            <source>From organisation</source>
            <translation>Fra organisation</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>To actor</source>
            <translation>Til aktør</translation>
        </message>
        <message>
            <source>To organisation</source>
            <translation>Til organisation</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personoplysninger</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>information</source>
            <translation>information</translation>
        </message>
        <message>
            <source>sequence</source>
            <translation>rækkefølge</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Add activity</source>
            <translation>Tilføj aktivitet</translation>
        </message>
        <message>
            <source>Add actor</source>
            <translation>Tilføj aktør</translation>
        </message>
        <message>
            <source>Add an actor (a lane) first: activities live in lanes.</source>
            <translation>Tilføj først en aktør (en bane): aktiviteter ligger i baner.</translation>
        </message>
        <message>
            <source>Add information flow</source>
            <translation>Tilføj informationsstrøm</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Tilføj fase</translation>
        </message>
        <message>
            <source>Add sequence flow</source>
            <translation>Tilføj sekvensstrøm</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dubler</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Ny aktivitet</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>Ny aktør</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Ny fase</translation>
        </message>
        <message>
            <source>Not done: a flow needs two different ends.</source>
            <translation>Ikke udført: en strøm skal have to forskellige ender.</translation>
        </message>
        <message>
            <source>Not done: a sequence flow (process order) joins two activities, not a lane. Use an information flow to reach an actor.</source>
            <translation>Ikke udført: en sekvensstrøm (forløbets rækkefølge) forbinder to aktiviteter, ikke en bane. Brug en informationsstrøm for at nå en aktør.</translation>
        </message>
        <message>
            <source>Nothing to paste: copy activities first.</source>
            <translation>Intet at indsætte: kopiér først aktiviteter.</translation>
        </message>
        <message>
            <source>Nothing to paste: the clipboard holds no OppSpace activities.</source>
            <translation>Intet at indsætte: udklipsholderen indeholder ingen OppSpace-aktiviteter.</translation>
        </message>
        <message>
            <source>Nudge</source>
            <translation>Skub</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Indsæt</translation>
        </message>
        <message>
            <source>Reorder lanes</source>
            <translation>Omarranger baner</translation>
        </message>
        <message>
            <source>Resize activity</source>
            <translation>Ændr størrelse på aktivitet</translation>
        </message>
        <message>
            <source>Resize lane</source>
            <translation>Ændr banens højde</translation>
        </message>
        <message>
            <source>Select activities to duplicate.</source>
            <translation>Vælg aktiviteter, der skal dubleres.</translation>
        </message>
        <message>
            <source>Select one or more activities to mark them as co-produced.</source>
            <translation>Vælg en eller flere aktiviteter for at markere dem som samskabte.</translation>
        </message>
        <message>
            <source>Toggle co-produced</source>
            <translation>Slå samskabt til/fra</translation>
        </message>
        <message>
            <source>the clipboard does not hold OppSpace activities</source>
            <translation>udklipsholderen indeholder ingen OppSpace-aktiviteter</translation>
        </message>
        <message>
            <source>“%1” is a %2 lane; change its kind in Properties if it is not.</source>
            <translation>“%1” er en %2-bane; ret dens type under Egenskaber, hvis det ikke passer.</translation>
        </message>
        <message>
            <source>Make lane %1 a %2 lane</source>
            <translation>Gør banen %1 til en %2-bane</translation>
        </message>
    </context>
    <context>
        <name>CanvasKeyboard</name>
        <message>
            <source>Service map</source>
            <extracomment>space left between a new box and the last box in its lane the size editing.add_activity_at gives a new box keys that walk an activity's flows: with Ctrl+Alt, or with Alt alone a FindingsPanel (findings_for(id)), optional</extracomment>
            <translation>Servicekort</translation>
        </message>
        <message>
            <source>Map drawing area</source>
            <translation>Kortets tegneflade</translation>
        </message>
        <message>
            <source>Select an activity first: Ctrl+Alt+Right walks its flows.</source>
            <extracomment>an Enter that just ended a rename is on its way up the activity whose flows Ctrl+Alt+arrows walk</extracomment>
            <translation>Vælg først en aktivitet: Ctrl+Alt+Højre går gennem dens strømme.</translation>
        </message>
        <message>
            <source>This activity has no flows.</source>
            <translation>Denne aktivitet har ingen strømme.</translation>
        </message>
        <message>
            <source>Nothing selected. Tab moves to the first activity.</source>
            <translation>Intet valgt. Tab flytter til den første aktivitet.</translation>
        </message>
        <message>
            <source>{count} items selected</source>
            <translation>{count} elementer valgt</translation>
        </message>
        <message>
            <source>(findings: {count})</source>
            <translation>(fund: {count})</translation>
        </message>
        <message>
            <source>Activity “{title}” in lane {lane}</source>
            <translation>Aktivitet “{title}” i banen {lane}</translation>
        </message>
        <message>
            <source>, phase {phase}</source>
            <translation>, fase {phase}</translation>
        </message>
        <message>
            <source>, co-produced</source>
            <translation>, samskabt</translation>
        </message>
        <message>
            <source>, not co-produced</source>
            <translation>, ikke samskabt</translation>
        </message>
        <message>
            <source>Lane of actor “{name}”, activities: {count}</source>
            <translation>Bane for aktøren “{name}”, aktiviteter: {count}</translation>
        </message>
        <message>
            <source>Phase “{name}”</source>
            <translation>Fase “{name}”</translation>
        </message>
        <message>
            <source>Information flow</source>
            <translation>Informationsstrøm</translation>
        </message>
        <message>
            <source>Sequence flow</source>
            <translation>Sekvensstrøm</translation>
        </message>
        <message>
            <source>{kind} from {source} to {target}</source>
            <translation>{kind} fra {source} til {target}</translation>
        </message>
    </context>
    <context>
        <name>Changes</name>
        <message>
            <source>Map</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Aktør</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Strøm</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerskab</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutine</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titel</translation>
        </message>
        <message>
            <source>name</source>
            <translation>navn</translation>
        </message>
        <message>
            <source>description</source>
            <translation>beskrivelse</translation>
        </message>
        <message>
            <source>authors</source>
            <translation>forfattere</translation>
        </message>
        <message>
            <source>language</source>
            <translation>sprog</translation>
        </message>
        <message>
            <source>created</source>
            <translation>oprettet</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>art</translation>
        </message>
        <message>
            <source>works for</source>
            <translation>arbejder for</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>farve</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>bane</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <source>co-produced</source>
            <translation>samskabt</translation>
        </message>
        <message>
            <source>from</source>
            <translation>fra</translation>
        </message>
        <message>
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <source>what</source>
            <translation>hvad</translation>
        </message>
        <message>
            <source>when</source>
            <translation>hvornår</translation>
        </message>
        <message>
            <source>form</source>
            <translation>form</translation>
        </message>
        <message>
            <source>asset</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>personal data</source>
            <translation>personoplysninger</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>samtykke</translation>
        </message>
        <message>
            <source>members</source>
            <translation>medlemmer</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>formål</translation>
        </message>
        <message>
            <source>remit</source>
            <translation>målgruppe</translation>
        </message>
        <message>
            <source>need</source>
            <translation>behov</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>koordinator</translation>
        </message>
        <message>
            <source>leadership resources</source>
            <translation>ledelsesressourcer</translation>
        </message>
        <message>
            <source>decision making</source>
            <translation>beslutninger</translation>
        </message>
        <message>
            <source>review</source>
            <translation>opfølgning</translation>
        </message>
        <message>
            <source>responsibilities</source>
            <translation>ansvar</translation>
        </message>
        <message>
            <source>complementarities</source>
            <translation>komplementariteter</translation>
        </message>
        <message>
            <source>why we collaborate</source>
            <translation>hvorfor vi samarbejder</translation>
        </message>
        <message>
            <source>what binds us</source>
            <translation>hvad binder os</translation>
        </message>
        <message>
            <source>technology and places</source>
            <translation>teknologi og steder</translation>
        </message>
        <message>
            <source>routines and improvement</source>
            <translation>rutiner og forbedring</translation>
        </message>
        <message>
            <source>reflections</source>
            <translation>refleksioner</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>ejer</translation>
        </message>
        <message>
            <source>nature</source>
            <translation>art</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>access</source>
            <translation>adgang</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>deltagere</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>partnerskab</translation>
        </message>
        <message>
            <source>order</source>
            <translation>rækkefølge</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>{what}: added</source>
            <translation>{what}: tilføjet</translation>
        </message>
        <message>
            <source>{what}: removed</source>
            <translation>{what}: fjernet</translation>
        </message>
        <message>
            <source>{what}: moved</source>
            <translation>{what}: flyttet</translation>
        </message>
        <message>
            <source>Lanes reordered</source>
            <translation>Baner i ny rækkefølge</translation>
        </message>
        <message>
            <source>Phases reordered</source>
            <translation>Faser i ny rækkefølge</translation>
        </message>
        <message>
            <source>{what}: resized {old} → {new}</source>
            <translation>{what}: ny størrelse {old} → {new}</translation>
        </message>
        <message>
            <source>{what}: dropped, it referred to something the merged map no longer has</source>
            <translation>{what}: udeladt, det henviste til noget, det flettede kort ikke længere har</translation>
        </message>
        <message>
            <source>{what}: {field} {value} dropped, it is no longer in the merged map</source>
            <translation>{what}: {field} {value} udeladt, det findes ikke længere i det flettede kort</translation>
        </message>
        <message>
            <source>{what}: removed on one side and changed on the other; the changed one is kept</source>
            <translation>{what}: fjernet på den ene side og ændret på den anden; den ændrede beholdes</translation>
        </message>
        <message>
            <source>Lanes: both sides reordered them differently; ours kept</source>
            <translation>Baner: begge sider ændrede rækkefølgen forskelligt; vores beholdes</translation>
        </message>
        <message>
            <source>Phases: both sides reordered them differently; ours kept</source>
            <translation>Faser: begge sider ændrede rækkefølgen forskelligt; vores beholdes</translation>
        </message>
        <message>
            <source>{what}: {field} ours {ours}, theirs {theirs}; kept {kept}</source>
            <translation>{what}: {field} vores {ours}, deres {theirs}; beholdt {kept}</translation>
        </message>
        <message>
            <source>ours</source>
            <translation>vores</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>deres</translation>
        </message>
    </context>
    <context>
        <name>Collab</name>
        <message>
            <source>%s: cannot read the token file (%s)</source>
            <translation>%s: kan ikke læse tokenfilen (%s)</translation>
        </message>
        <message>
            <source>%s: the token file must hold one token of letters, digits and signs, without spaces</source>
            <translation>%s: tokenfilen skal indeholde ét token af bogstaver, cifre og tegn, uden mellemrum</translation>
        </message>
        <message>
            <source>--host %s: serving beyond this machine needs --token-file, so only people with the token can join</source>
            <translation>--host %s: at dele ud over denne maskine kræver --token-file, så kun folk med tokenet kan deltage</translation>
        </message>
        <message>
            <source>--certfile and --keyfile go together</source>
            <translation>--certfile og --keyfile skal angives sammen</translation>
        </message>
        <message>
            <source>%s: cannot use the certificate (%s)</source>
            <translation>%s: kan ikke bruge certifikatet (%s)</translation>
        </message>
        <message>
            <source>%s:%s: cannot listen there (%s)</source>
            <translation>%s:%s: kan ikke lytte der (%s)</translation>
        </message>
        <message>
            <source>%s: not a room address; expected ws://HOST:PORT/ROOM (or wss://…, with ?token=TOKEN when the server has one)</source>
            <translation>%s: ikke en rumadresse; forventede ws://VÆRT:PORT/RUM (eller wss://…, med ?token=TOKEN når serveren har et)</translation>
        </message>
        <message>
            <source>%s: the server refused the connection (wrong or missing token?)</source>
            <translation>%s: serveren afviste forbindelsen (forkert eller manglende token?)</translation>
        </message>
        <message>
            <source>%s: cannot reach the room</source>
            <translation>%s: kan ikke nå rummet</translation>
        </message>
        <message>
            <source>%s: the room did not take the whole map</source>
            <translation>%s: rummet tog ikke imod hele kortet</translation>
        </message>
        <message>
            <source>%s: the room is empty</source>
            <translation>%s: rummet er tomt</translation>
        </message>
        <message>
            <source>%s: the room does not hold a valid map: %s</source>
            <translation>%s: rummet indeholder ikke et gyldigt kort: %s</translation>
        </message>
        <message>
            <source>the room is empty: nobody has shared a map in it yet</source>
            <extracomment>the room holds a map and this document follows it (after the first sync or seed)</extracomment>
            <translation>rummet er tomt: ingen har delt et kort i det endnu</translation>
        </message>
        <message>
            <source>format: the room does not hold an OppSpace map</source>
            <translation>format: rummet indeholder ikke et OppSpace-kort</translation>
        </message>
        <message>
            <source>version: the room holds a map of version %s, this OppSpace reads version %s</source>
            <translation>version: rummet indeholder et kort i version %s, denne OppSpace læser version %s</translation>
        </message>
        <message>
            <source>%s: not a list</source>
            <translation>%s: ikke en liste</translation>
        </message>
        <message>
            <source>the room's content has too many problems to show</source>
            <translation>rummets indhold har for mange problemer til at blive vist</translation>
        </message>
        <message>
            <source>Set aside from the shared map: %s</source>
            <translation>Lagt til side fra det delte kort: %s</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>Differences</source>
            <extracomment>an element's id was clicked in the list the user asked to stop comparing (button or Esc)</extracomment>
            <translation>Forskelle</translation>
        </message>
        <message>
            <source>&amp;Stop comparing</source>
            <translation>&amp;Stop sammenligning</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2E9E44'&gt;■&lt;/span&gt; added &amp;nbsp; &lt;span style='color:#E07B00'&gt;■&lt;/span&gt; changed &amp;nbsp; &lt;span style='color:#7A7A7A'&gt;■&lt;/span&gt; removed (ghost)</source>
            <translation>&lt;span style='color:#2E9E44'&gt;■&lt;/span&gt; tilføjet &amp;nbsp; &lt;span style='color:#E07B00'&gt;■&lt;/span&gt; ændret &amp;nbsp; &lt;span style='color:#7A7A7A'&gt;■&lt;/span&gt; fjernet (skygge)</translation>
        </message>
        <message>
            <source>Differences from %1: %2</source>
            <translation>Forskelle fra %1: %2</translation>
        </message>
        <message>
            <source>No differences from %1.</source>
            <translation>Ingen forskelle fra %1.</translation>
        </message>
    </context>
    <context>
        <name>ComplementaritiesModel</name>
        <message>
            <source>complementarity</source>
            <translation>komplementaritet</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcer</translation>
        </message>
        <message>
            <source>Interdependence</source>
            <translation>Indbyrdes afhængighed</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect</source>
            <translation>Forbind</translation>
        </message>
        <message>
            <source>Information flow (what must the target know?)</source>
            <translation>Informationsstrøm (hvad skal modtageren vide?)</translation>
        </message>
        <message>
            <source>Sequence flow (process order, activity to activity)</source>
            <translation>Sekvensstrøm (forløbets rækkefølge, aktivitet til aktivitet)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Fra:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Til:</translation>
        </message>
        <message>
            <source>Lane: {name}</source>
            <translation>Bane: {name}</translation>
        </message>
        <message>
            <source>The map has nothing to connect yet: add lanes and activities first.</source>
            <translation>Kortet har endnu intet at forbinde: tilføj først baner og aktiviteter.</translation>
        </message>
        <message>
            <source>Choose two different ends: a flow cannot start and end at the same place.</source>
            <translation>Vælg to forskellige ender: en strøm kan ikke starte og slutte samme sted.</translation>
        </message>
        <message>
            <source>A sequence flow joins two activities, not a lane. Choose activities, or make it an information flow to reach an actor.</source>
            <translation>En sekvensstrøm forbinder to aktiviteter, ikke en bane. Vælg aktiviteter, eller gør den til en informationsstrøm for at nå en aktør.</translation>
        </message>
    </context>
    <context>
        <name>DeleteCheck</name>
        <message>
            <source>1 entry in asset access or routine participants</source>
            <translation>1 post i adgang til aktiver eller deltagere i rutiner</translation>
        </message>
        <message>
            <source>1 responsibility</source>
            <translation>1 ansvar</translation>
        </message>
        <message>
            <source>Deleting the lane {names} also removes:</source>
            <translation>Når banen {names} slettes, fjernes også:</translation>
        </message>
        <message>
            <source>Deleting the lanes {names} also removes:</source>
            <translation>Når banerne {names} slettes, fjernes også:</translation>
        </message>
        <message>
            <source>You can undo this.</source>
            <translation>Du kan fortryde det.</translation>
        </message>
        <message>
            <source>the coordinator role</source>
            <translation>koordinatorrollen</translation>
        </message>
        <message>
            <source>the membership of {names}</source>
            <translation>medlemskabet for {names}</translation>
        </message>
        <message>
            <source>the resource {names}</source>
            <translation>ressourcen {names}</translation>
        </message>
        <message>
            <source>the resources {names}</source>
            <translation>ressourcerne {names}</translation>
        </message>
        <message>
            <source>the whole partnership</source>
            <translation>hele partnerskabet</translation>
        </message>
        <message>
            <source>{count} entries in asset access or routine participants</source>
            <translation>{count} poster i adgang til aktiver eller deltagere i rutiner</translation>
        </message>
        <message>
            <source>{count} responsibilities</source>
            <translation>{count} ansvar</translation>
        </message>
        <message>
            <source>{partnership}: {losses}</source>
            <translation>{partnership}: {losses}</translation>
        </message>
        <message>
            <source>1 activity in the lane</source>
            <translation>1 aktivitet i banen</translation>
        </message>
        <message>
            <source>1 flow (arrow) to or from the lane</source>
            <translation>1 strøm (pil) til eller fra banen</translation>
        </message>
        <message>
            <source>1 pairing of resources that complement each other</source>
            <translation>1 par af ressourcer, der supplerer hinanden</translation>
        </message>
        <message>
            <source>{count} activities in the lane</source>
            <translation>{count} aktiviteter i banen</translation>
        </message>
        <message>
            <source>{count} flows (arrows) to or from the lane</source>
            <translation>{count} strømme (pile) til eller fra banen</translation>
        </message>
        <message>
            <source>{count} pairings of resources that complement each other</source>
            <translation>{count} par af ressourcer, der supplerer hinanden</translation>
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <source>Not done: %s</source>
            <extracomment>the whole document was replaced (new, open); views rebuild a new document was set, just before ``document_replaced``: work that runs beside the views' rebuilding (the findings worker) starts here one primitive change was applied to the document (app.model.Change) the selected ids changed (list of str) a view asked to show these ids (select and centre them on the canvas) a short message for the status bar an edit was refused; the reason (also sent as a message), to show where the user looks the file path changed (save as, open) makes the undo command of each edit; a live session puts its own in (ui/live)</extracomment>
            <translation>Ikke udført: %s</translation>
        </message>
    </context>
    <context>
        <name>EmptyMapHint</name>
        <message>
            <source>&lt;b&gt;This map is empty.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Start with &lt;i&gt;Insert → Add Actor&lt;/i&gt; (L) to add a lane for each organisation, professional and citizen, then click on the map. Add phases with P and activities with A.&lt;br&gt;&lt;br&gt;&lt;i&gt;Help → Guide&lt;/i&gt; (F1) shows the first steps.</source>
            <translation>&lt;b&gt;Kortet er tomt.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Begynd med &lt;i&gt;Indsæt → Tilføj aktør&lt;/i&gt; (L) for at tilføje en bane for hver organisation, fagperson og borger, og klik så på kortet. Tilføj faser med P og aktiviteter med A.&lt;br&gt;&lt;br&gt;&lt;i&gt;Hjælp → OppSpace-vejledning&lt;/i&gt; (F1) viser de første skridt.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>unknown paper size {paper}; use A4 or A3</source>
            <extracomment>legend and page number band at the bottom of a map page a page narrower than this (portrait) gives the legend two more lines and room for "continues: …" under a tile between the title block and the map</extracomment>
            <translation>ukendt papirstørrelse {paper}; brug A4 eller A3</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export %s</source>
            <extracomment>auto, landscape or portrait</extracomment>
            <translation>Eksportér %s</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Gennemse…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>&amp;Landscape</source>
            <translation>&amp;Liggende</translation>
        </message>
        <message>
            <source>&amp;Portrait</source>
            <translation>&amp;Stående</translation>
        </message>
        <message>
            <source>Include the report pages (partnership, findings, need to know)</source>
            <translation>Medtag rapportsiderne (partnerskab, fund, behov for viden)</translation>
        </message>
        <message>
            <source>The language of the PDF's headings, legend and findings; the map's own language to start with</source>
            <translation>Sproget i PDF'ens overskrifter, signaturforklaring og fund; fra start kortets eget sprog</translation>
        </message>
        <message>
            <source>an older copy of this map (optional)</source>
            <translation>en ældre udgave af kortet (valgfrit)</translation>
        </message>
        <message>
            <source>Adds a “Changes since …” section listing what changed since that copy, for the next meeting</source>
            <translation>Tilføjer et afsnit “Ændringer siden …” med det, der er ændret siden den udgave, til næste møde</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <source>A&amp;nonymise: citizens become “Citizen”, “Citizen 2”, …; descriptions, reflection log and authors left out</source>
            <translation>A&amp;nonymisér: borgere bliver „Borger“, „Borger 2“, …; beskrivelser, refleksionslog og forfattere udelades</translation>
        </message>
        <message>
            <source>For meetings with people who must not see who the citizen is</source>
            <translation>Til møder med nogen, der ikke må se, hvem borgeren er</translation>
        </message>
        <message>
            <source>P&amp;aper:</source>
            <translation>P&amp;apir:</translation>
        </message>
        <message>
            <source>Orientation:</source>
            <translation>Retning:</translation>
        </message>
        <message>
            <source>Report lan&amp;guage:</source>
            <translation>Rapportens spro&amp;g:</translation>
        </message>
        <message>
            <source>C&amp;hanges since:</source>
            <translation>Æ&amp;ndringer siden:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksportér</translation>
        </message>
        <message>
            <source>Au&amp;tomatic (by the map's shape)</source>
            <translation>Au&amp;tomatisk (efter kortets form)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumenter (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-billeder (*.png)</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-tegninger (*.svg)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>GraphML (*.graphml)</source>
            <translation>GraphML (*.graphml)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Eksportér til</translation>
        </message>
        <message>
            <source>Changes since which copy of the map?</source>
            <translation>Ændringer siden hvilken udgave af kortet?</translation>
        </message>
        <message>
            <source>OppSpace maps (*.oppspace)</source>
            <translation>OppSpace-kort (*.oppspace)</translation>
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation>Vælg en fil at eksportere til.</translation>
        </message>
        <message>
            <source>%s is a folder; give a file name.</source>
            <translation>%s er en mappe; angiv et filnavn.</translation>
        </message>
        <message>
            <source>The folder %s does not exist.</source>
            <translation>Mappen %s findes ikke.</translation>
        </message>
        <message>
            <source>%s is not a file; choose an older copy of the map, or leave “Changes since” empty.</source>
            <translation>%s er ikke en fil; vælg en ældre udgave af kortet, eller lad “Ændringer siden” stå tomt.</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Kan ikke eksportere</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find</source>
            <extracomment>the matches or the current one changed: (current index from 0, or -1; number of matches) the bar was closed with Esc or its close button; the window gives focus back to the canvas the current match's id ("" when there is none): the canvas marks it apart from the rest</extracomment>
            <translation>Søg</translation>
        </message>
        <message>
            <source>Find activities, actors, phases and flows</source>
            <translation>Søg i aktiviteter, aktører, faser og strømme</translation>
        </message>
        <message>
            <source>Find text</source>
            <translation>Søgetekst</translation>
        </message>
        <message>
            <source>Clear find text</source>
            <translation>Ryd søgeteksten</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Fund</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Forrige fund (Shift+F3)</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Næste fund (F3)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Luk (Esc)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Luk søgelinjen</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Søg:</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Ingen fund</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} af {total}</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>No activity in this map is done with citizens, so the process does not count as co-production yet. Mark the activities that are co-commissioned, co-designed, co-delivered or co-evaluated with citizens (the asterisk), or consider where citizens could take part.</source>
            <extracomment>A coordination bottleneck carries more than this share of the paths between the others … … and at least this many times the betweenness of the next actor. Fewer actors exchanging information than this cannot have a meaningful bottleneck.</extracomment>
            <translation>Ingen aktivitet i dette kort udføres sammen med borgere, så forløbet tæller endnu ikke som samskabelse. Markér de aktiviteter, der er fælles bestilling, samdesign, samlevering eller samevaluering med borgere (stjernen), eller overvej, hvor borgerne kunne tage del.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>ikke registreret</translation>
        </message>
        <message>
            <source>“{what}” from {source} to {target} carries personal data, but the consent is {state}.</source>
            <translation>“{what}” fra {source} til {target} indeholder personoplysninger, men samtykket er {state}.</translation>
        </message>
        <message>
            <source>The information flow from {source} to {target} carries personal data, but the consent is {state}.</source>
            <translation>Informationsstrømmen fra {source} til {target} indeholder personoplysninger, men samtykket er {state}.</translation>
        </message>
        <message>
            <source>Information about a citizen is shared only with the citizen's or guardian's permission: obtain and record consent before sharing, or mark the flow as not needing it if no one can be identified.</source>
            <translation>Oplysninger om en borger deles kun med borgerens eller værgens tilladelse: indhent og registrér samtykke før deling, eller markér strømmen som ikke krævende samtykke, hvis ingen kan identificeres.</translation>
        </message>
        <message>
            <source>{actor} performs activities (such as “{activity}”) but receives no information from any other actor — a structural hole in the service process. Ask what {actor} needs to know, and when, to deliver what is expected, and draw those information flows.</source>
            <translation>{actor} udfører aktiviteter (som “{activity}”), men modtager ingen information fra nogen anden aktør — et strukturelt hul i serviceforløbet. Spørg, hvad {actor} har brug for at vide og hvornår for at levere det forventede, og tegn de informationsstrømme.</translation>
        </message>
        <message>
            <source>Activity {activity} has no flow in or out, so the map does not say what it builds on or whom it informs. Connect it to the process with a sequence or information flow, or remove it if it is not part of this service.</source>
            <translation>Aktiviteten {activity} har ingen strøm ind eller ud, så kortet siger ikke, hvad den bygger på, eller hvem den informerer. Forbind den til forløbet med en sekvens- eller informationsstrøm, eller fjern den, hvis den ikke hører til denne service.</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>{what} goes from {source} to {target} across organisational boundaries without a relational-specific asset. Name the shared IT system, database, device or meeting place (issue arena) it passes through, or plan one.</source>
            <translation>{what} går fra {source} til {target} på tværs af organisationsgrænser uden et relationsspecifikt aktiv. Angiv det fælles IT-system, den database, den enhed eller det mødested (den issue-arena), den går igennem, eller planlæg et.</translation>
        </message>
        <message>
            <source>{actor} carries {share}% of the information paths between the other actors; if it is busy or away, information stops — a coordination bottleneck.</source>
            <translation>{actor} bærer {share}% af informationsvejene mellem de andre aktører; er den travl eller væk, går informationen i stå — en koordineringsflaskehals.</translation>
        </message>
        <message>
            <source>As coordinator of {partnership} this may be intended: make sure its leadership resources match the load, and consider direct flows between partners who depend on each other.</source>
            <translation>Som koordinator af {partnership} kan det være tilsigtet: sørg for, at ledelsesressourcerne svarer til belastningen, og overvej direkte strømme mellem partnere, der afhænger af hinanden.</translation>
        </message>
        <message>
            <source>Consider direct flows between the partners who depend on each other, or give {actor} the leadership resources of a coordinator.</source>
            <translation>Overvej direkte strømme mellem de partnere, der afhænger af hinanden, eller giv {actor} en koordinators ledelsesressourcer.</translation>
        </message>
        <message>
            <source>pooled</source>
            <extracomment>How much coordination each kind of interdependence needs (Table 1).</extracomment>
            <translation>samlet (pooled)</translation>
        </message>
        <message>
            <source>sequential</source>
            <translation>sekventiel</translation>
        </message>
        <message>
            <source>reciprocal</source>
            <translation>gensidig</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} og {last}</translation>
        </message>
        <message>
            <source>Partnership {name} has no coordinator and no leadership resources for coordination.</source>
            <translation>Partnerskabet {name} har ingen koordinator og ingen ledelsesressourcer til koordinering.</translation>
        </message>
        <message>
            <source>Partnership {name} has leadership resources but no coordinator.</source>
            <translation>Partnerskabet {name} har ledelsesressourcer, men ingen koordinator.</translation>
        </message>
        <message>
            <source>Partnership {name} names {coordinator} as coordinator but no leadership resources (time or money set aside for coordinating).</source>
            <translation>Partnerskabet {name} nævner {coordinator} som koordinator, men ingen ledelsesressourcer (tid eller penge afsat til koordinering).</translation>
        </message>
        <message>
            <source>Without leadership resources for coordinating the partners, structural holes appear in the service process. Agree who coordinates, and with what time or money.</source>
            <translation>Uden ledelsesressourcer til at koordinere partnerne opstår der strukturelle huller i serviceforløbet. Aftal, hvem der koordinerer, og med hvilken tid eller hvilke penge.</translation>
        </message>
        <message>
            <source>1 flow</source>
            <translation>1 strøm</translation>
        </message>
        <message>
            <source>{count} flows</source>
            <translation>{count} strømme</translation>
        </message>
        <message>
            <source>Members of partnership {name} exchange information ({flows}, such as {source} → {target}) but the partnership has no knowledge-sharing routine. Without a regular pattern of interaction, sharing stays ad hoc and its benefits superficial. Agree what is shared, when, in what form and through which asset.</source>
            <translation>Medlemmerne af partnerskabet {name} udveksler information ({flows}, fx {source} → {target}), men partnerskabet har ingen videndelingsrutine. Uden et fast mønster for samspillet forbliver delingen tilfældig og udbyttet overfladisk. Aftal, hvad der deles, hvornår, i hvilken form og gennem hvilket aktiv.</translation>
        </message>
        <message>
            <source>there is no flow between {parties}</source>
            <translation>der er ingen strøm mellem {parties}</translation>
        </message>
        <message>
            <source>flows go one way only ({edges})</source>
            <translation>strømmene går kun én vej ({edges})</translation>
        </message>
        <message>
            <source>flows go both ways ({path})</source>
            <translation>strømmene går begge veje ({path})</translation>
        </message>
        <message>
            <source>The partners depend on each other more than declared, and {implied} interdependence needs more coordination (reciprocal the most, pooled the least): plan governance and routines for it, or correct the declaration.</source>
            <translation>Partnerne afhænger mere af hinanden end angivet, og {implied} afhængighed kræver mere koordinering (gensidig mest, samlet mindst): planlæg styring og rutiner til det, eller ret angivelsen.</translation>
        </message>
        <message>
            <source>If the resources really depend on each other as declared, the map lacks the flows that carry this: draw what must pass between the partners, and when; otherwise declare them {implied}.</source>
            <translation>Hvis ressourcerne virkelig afhænger af hinanden som angivet, mangler kortet de strømme, der bærer det: tegn, hvad der skal gå mellem partnerne, og hvornår; ellers angiv dem som {implied}.</translation>
        </message>
        <message>
            <source>{resources} are declared {declared}, but the flows between their owners suggest {implied}: {evidence}.</source>
            <translation>{resources} er angivet som {declared}, men strømmene mellem deres ejere peger på {implied}: {evidence}.</translation>
        </message>
        <message>
            <source>{asset} needs investment, yet sharing relies on it: {uses}. Until it exists this information has no channel across the organisations; plan the investment, or agree how to share in the meantime.</source>
            <translation>{asset} kræver investering, men delingen afhænger af det: {uses}. Indtil det findes, har denne information ingen kanal på tværs af organisationerne; planlæg investeringen, eller aftal, hvordan I deler i mellemtiden.</translation>
        </message>
        <message>
            <source>Partnership {name} has not described its effective governance (coordinator, leadership resources, decision-making, review, responsibilities). Governance ensures cooperation while keeping coordination costs low: agree who is responsible for what, strategically and operationally.</source>
            <translation>Partnerskabet {name} har ikke beskrevet sin effektive styring (koordinator, ledelsesressourcer, beslutninger, opfølgning, ansvar). Styringen sikrer samarbejdet og holder koordineringsomkostningerne lave: aftal, hvem der har ansvar for hvad, strategisk og operationelt.</translation>
        </message>
        <message>
            <source>Partnership {name} lists no complementary resources. What binds partners is what each brings — tangible, intangible or both: record each partner's resources and how they depend on each other.</source>
            <translation>Partnerskabet {name} angiver ingen komplementære ressourcer. Det, der binder partnerne sammen, er det, hver enkelt bidrager med — håndgribeligt, uhåndgribeligt eller begge dele: registrér hver partners ressourcer, og hvordan de afhænger af hinanden.</translation>
        </message>
        <message>
            <source>Partnership {name} lists no relational-specific assets. Shared IT systems, databases and meeting places (issue arenas) carry information across organisational boundaries: record those that exist and those that need investment.</source>
            <translation>Partnerskabet {name} angiver ingen relationsspecifikke aktiver. Fælles IT-systemer, databaser og mødesteder (issue-arenaer) bærer information på tværs af organisationsgrænser: registrér dem, der findes, og dem, der kræver investering.</translation>
        </message>
        <message>
            <source>Partnership {name} has no knowledge-sharing routines. Regular patterns of interaction move co-production beyond experiments: agree what is shared, when, in what form and through which asset.</source>
            <translation>Partnerskabet {name} har ingen videndelingsrutiner. Faste mønstre for samspil fører samskabelse videre end eksperimenter: aftal, hvad der deles, hvornår, i hvilken form og gennem hvilket aktiv.</translation>
        </message>
        <message>
            <source>{member} has not recorded in the reflection log of partnership {name} what it changes in its own routines and information flows. Partners learn at two levels: together as a partnership, and each at home, adapting local work so that it supports the collaboration. Add {member}'s local adaptation to the next reflection entry.</source>
            <translation>{member} har ikke skrevet i refleksionsloggen for partnerskabet {name}, hvad den ændrer i sine egne rutiner og informationsstrømme. Partnere lærer på to niveauer: sammen som partnerskab og hver for sig derhjemme, hvor de tilpasser deres lokale arbejde, så det understøtter samarbejdet. Skriv {member}s lokale tilpasning ind i næste refleksion.</translation>
        </message>
        <message>
            <source>{citizen} gives “{what}” separately to {organisations}. Citizens should have to tell a piece of information once: partners who each ask again add to the citizen's burden and keep the organisations' pictures apart. With the citizen's consent, share it through a relational-specific asset (a shared database, IT system or meeting) instead.</source>
            <translation>{citizen} giver „{what}“ hver for sig til {organisations}. Borgere bør kun skulle fortælle en oplysning én gang: partnere, der hver især spørger igen, øger borgerens byrde og holder organisationernes billeder adskilt. Del den i stedet med borgerens samtykke gennem et relationsspecifikt aktiv (en fælles database, et it-system eller et møde).</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>No co-production</source>
            <translation>Ingen samproduktion</translation>
        </message>
        <message>
            <source>Personal data without consent</source>
            <translation>Personoplysninger uden samtykke</translation>
        </message>
        <message>
            <source>Actor nobody informs</source>
            <translation>Aktør som ingen informerer</translation>
        </message>
        <message>
            <source>No leadership</source>
            <translation>Ingen ledelse</translation>
        </message>
        <message>
            <source>Interdependence the flows contradict</source>
            <translation>Gensidig afhængighed som strømmene modsiger</translation>
        </message>
        <message>
            <source>No knowledge-sharing routines</source>
            <translation>Ingen rutiner for videndeling</translation>
        </message>
        <message>
            <source>Isolated activity</source>
            <translation>Isoleret aktivitet</translation>
        </message>
        <message>
            <source>Flow without a shared asset</source>
            <translation>Strøm uden fælles aktiv</translation>
        </message>
        <message>
            <source>Asset needs investment</source>
            <translation>Aktiv kræver investering</translation>
        </message>
        <message>
            <source>Component not described</source>
            <translation>Komponent ikke beskrevet</translation>
        </message>
        <message>
            <source>Coordination bottleneck</source>
            <translation>Flaskehals i koordineringen</translation>
        </message>
        <message>
            <source>Citizen asked for the same twice</source>
            <translation>Borgeren bliver spurgt om det samme to gange</translation>
        </message>
        <message>
            <source>No local learning</source>
            <translation>Ingen lokal læring</translation>
        </message>
        <message>
            <source>Findings</source>
            <extracomment>Item data role holding a finding's position in :attr:`FindingsPanel.findings`. the findings were recomputed: dict of id -&gt; list[Finding] about it (for canvas badges) a finding about a partnership was chosen; the partnership's id (to open its panel) a finding about a partnership's asset, resource, routine … was chosen: that item's id milliseconds between the last edit and the analysis rows shown per code; a huge map's thousands of alike findings end in a "more" row counts the document's edits (a result for an older one is stale)</extracomment>
            <translation>Fund</translation>
        </message>
        <message>
            <source>The map could not be analysed: %s</source>
            <translation>Kortet kunne ikke analyseres: %s</translation>
        </message>
        <message>
            <source>Nothing in this map calls for attention.</source>
            <translation>Intet i dette kort kræver opmærksomhed.</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 advarsel</translation>
        </message>
        <message>
            <source>%1 warnings</source>
            <translation>%1 advarsler</translation>
        </message>
        <message>
            <source>%1, %2 information</source>
            <translation>%1, %2 til orientering</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Fund</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advarsel</translation>
        </message>
        <message>
            <source>{severity}: {title}</source>
            <translation>{severity}: {title}</translation>
        </message>
        <message>
            <source>… and %1 more “%2” findings; the JSON export and “oppspace check” list them all.</source>
            <translation>… og %1 fund mere af typen “%2”; JSON-eksporten og “oppspace check” viser dem alle.</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Oplysninger</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>Edit %s</source>
            <extracomment>BCP 47-like: da, en-GB, nb-NO each shown in its own language</extracomment>
            <translation>Redigér %s</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <source>Pick the lane colour from a colour dialog</source>
            <translation>Vælg banens farve i en farvedialog</translation>
        </message>
        <message>
            <source>{value} is not a colour; use #RRGGBB, e.g. #4C78A8</source>
            <translation>{value} er ikke en farve; brug #RRGGBB, fx #4C78A8</translation>
        </message>
        <message>
            <source>Lane colour</source>
            <translation>Banens farve</translation>
        </message>
        <message>
            <source>e.g. da, en-GB</source>
            <translation>fx da, en-GB</translation>
        </message>
        <message>
            <source>{value} is not a language code; use e.g. da, fi or en-GB</source>
            <translation>{value} er ikke en sprogkode; brug fx da, fi eller en-GB</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>OppSpace Guide</source>
            <translation>OppSpace-vejledning</translation>
        </message>
        <message>
            <source>Guide to the method</source>
            <translation>Vejledning i metoden</translation>
        </message>
        <message>
            <source>&lt;h2 id='start'&gt;&lt;a name='start'&gt;&lt;/a&gt;Getting started&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lanes&lt;/b&gt;: choose &lt;i&gt;Insert → Add Actor&lt;/i&gt; (L) and click on the map (or press Enter); type the name and press Enter. Add one lane for each organisation, professional and citizen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Phases&lt;/b&gt;: &lt;i&gt;Insert → Add Phase&lt;/i&gt; (P), then click, for example for co-commissioning, co-design, co-delivery and co-evaluation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Activities&lt;/b&gt;: drag &lt;b&gt;▭ Activity&lt;/b&gt; from the toolbar onto a lane, or press A and click in a lane. Double-click or F2 renames a box.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Co-production&lt;/b&gt;: select an activity done with citizens and press Ctrl+Shift+8 (&lt;i&gt;Edit → Co-produced with citizens&lt;/i&gt;); it gets a red &lt;b&gt;*&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flows&lt;/b&gt;: press I and drag from an activity or lane header to another for information that must flow (dotted); press S and drag between two activities for the process order (solid). &lt;i&gt;Insert → Connect…&lt;/i&gt; (Ctrl+K) does the same from lists. The Properties panel on the right records what, when, in what form, and consent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Partnership&lt;/b&gt;: the &lt;i&gt;Partnership&lt;/i&gt; tab beside Properties on the right describes the four components below.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Findings&lt;/b&gt;: the &lt;i&gt;Findings&lt;/i&gt; panel at the bottom lists what the map reveals; click one to see what it concerns.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;To see a filled-in map first, choose &lt;i&gt;File → New…&lt;/i&gt; and the generic map or the Aalborg Aktiv example.&lt;/p&gt;</source>
            <translation>&lt;h2 id='start'&gt;&lt;a name='start'&gt;&lt;/a&gt;Kom i gang&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Baner&lt;/b&gt;: vælg &lt;i&gt;Indsæt → Tilføj aktør&lt;/i&gt; (L) og klik på kortet (eller tryk Enter); skriv navnet og tryk Enter. Tilføj en bane for hver organisation, fagperson og borger.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Faser&lt;/b&gt;: &lt;i&gt;Indsæt → Tilføj fase&lt;/i&gt; (P), og klik så, fx for fælles bestilling, samdesign, samlevering og samevaluering.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aktiviteter&lt;/b&gt;: træk &lt;b&gt;▭ Aktivitet&lt;/b&gt; fra værktøjslinjen ind på en bane, eller tryk A og klik i en bane. Dobbeltklik eller F2 omdøber et felt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Samskabelse&lt;/b&gt;: vælg en aktivitet, der udføres sammen med borgerne, og tryk Ctrl+Shift+8 (&lt;i&gt;Rediger → Samskabt med borgere&lt;/i&gt;); den får en rød &lt;b&gt;*&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strømme&lt;/b&gt;: tryk I og træk fra en aktivitet eller et banehoved til et andet for information, der skal videre (stiplet); tryk S og træk mellem to aktiviteter for forløbets rækkefølge (fuldt optrukket). &lt;i&gt;Indsæt → Forbind…&lt;/i&gt; (Ctrl+K) gør det samme ud fra lister. Panelet Egenskaber til højre registrerer hvad, hvornår, i hvilken form og samtykke.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Partnerskab&lt;/b&gt;: fanen &lt;i&gt;Partnerskab&lt;/i&gt; ved siden af Egenskaber til højre beskriver de fire komponenter nedenfor.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fund&lt;/b&gt;: panelet &lt;i&gt;Fund&lt;/i&gt; forneden viser, hvad kortet afslører; klik på et fund for at se, hvad det handler om.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Vil du først se et udfyldt kort, så vælg &lt;i&gt;Filer → Nyt…&lt;/i&gt; og det generelle kort eller eksemplet Aalborg Aktiv.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='keyboard'&gt;&lt;a name='keyboard'&gt;&lt;/a&gt;Keyboard and screen readers&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;On the map&lt;/b&gt;: Tab and Shift+Tab go from activity to activity, lane by lane; Alt+arrow keys go to the nearest activity in that direction; Ctrl+Tab leaves the map. A screen reader hears each lane, phase, activity and flow as an object of its own, with where it is, whether it is co-produced, its flows and their consent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flows&lt;/b&gt;: with an activity selected, Ctrl+Alt+Right and Ctrl+Alt+Left (or Alt+Page Down and Alt+Page Up) go through its flows, outgoing first; Ctrl+Alt+Up (or Alt+Home) goes back to the activity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Outline&lt;/b&gt;: &lt;i&gt;View → Outline&lt;/i&gt; (Ctrl+Shift+O) shows the map as a tree: lanes, their activities, and under each activity its flows. Arrow keys move and select on the map too; Enter renames, Delete deletes; Ctrl+Z undoes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Panels&lt;/b&gt;: F6 moves to the next panel. In the Partnership panel, Tab reaches the section titles; Enter or Space opens one.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What happened&lt;/b&gt;: adding, deleting, undoing, find results and a chosen finding are announced, so you hear them without moving.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h2 id='keyboard'&gt;&lt;a name='keyboard'&gt;&lt;/a&gt;Tastatur og skærmlæsere&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;På kortet&lt;/b&gt;: Tab og Shift+Tab går fra aktivitet til aktivitet, bane for bane; Alt+piletaster går til den nærmeste aktivitet i den retning; Ctrl+Tab forlader kortet. En skærmlæser hører hver bane, fase, aktivitet og strøm som sit eget objekt, med hvor det er, om det er samproduceret, dets strømme og deres samtykke.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strømme&lt;/b&gt;: med en aktivitet valgt går Ctrl+Alt+Højre og Ctrl+Alt+Venstre (eller Alt+Page Down og Alt+Page Up) gennem dens strømme, udgående først; Ctrl+Alt+Op (eller Alt+Home) går tilbage til aktiviteten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Oversigt&lt;/b&gt;: &lt;i&gt;Vis → Oversigt&lt;/i&gt; (Ctrl+Shift+O) viser kortet som et træ: baner, deres aktiviteter og under hver aktivitet dens strømme. Piletasterne flytter og vælger også på kortet; Enter omdøber, Delete sletter; Ctrl+Z fortryder.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Paneler&lt;/b&gt;: F6 går til næste panel. I panelet Partnerskab når Tab frem til afsnittenes titler; Enter eller mellemrum åbner et afsnit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hvad der skete&lt;/b&gt;: tilføjelser, sletninger, fortrydelser, søgeresultater og et valgt fund bliver læst op, så du hører dem uden at flytte dig.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h1&gt;Working with OppSpace&lt;/h1&gt;&lt;p&gt;OppSpace helps people from several organisations describe a service they provide together with citizens, see where it is co-produced, and talk about how the partnership behind it works.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href='#map'&gt;The service map&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#components'&gt;The four components of a partnership&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#questions'&gt;Questions to discuss&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#learning'&gt;Keep learning&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#findings'&gt;Findings and what to do about them&lt;/a&gt;&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h1&gt;Sådan arbejder du med OppSpace&lt;/h1&gt;&lt;p&gt;OppSpace hjælper folk fra flere organisationer med at beskrive en service, de leverer sammen med borgerne, se hvor den er samskabt, og tale om, hvordan partnerskabet bag den fungerer.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href='#map'&gt;Servicekortet&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#components'&gt;Partnerskabets fire komponenter&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#questions'&gt;Spørgsmål til drøftelse&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#learning'&gt;Bliv ved med at lære&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#findings'&gt;Fund og hvad I kan gøre ved dem&lt;/a&gt;&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='map'&gt;&lt;a name='map'&gt;&lt;/a&gt;1. The service map&lt;/h2&gt;&lt;p&gt;A service is a chain of activities from beginning to end, for example commissioning, design, delivery and evaluation. The map shows that chain:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Lanes&lt;/b&gt; are the actors: organisations, professionals and citizens. Each actor has a row of its own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Phases&lt;/b&gt; are the columns, in the order the work happens.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Activities&lt;/b&gt; are the boxes in a lane: what that actor does. An activity done &lt;i&gt;with&lt;/i&gt; citizens is marked with an asterisk &lt;b&gt;*&lt;/b&gt;. A service is co-production only when at least one activity carries the asterisk.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dotted arrows&lt;/b&gt; are information flows: who needs to know what, when, and in what form. Note when a flow carries personal data, and whether the citizen has agreed to it being shared.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Solid arrows&lt;/b&gt; show the order of activities. The process may also loop: exploring and using what was learnt can go round again.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h2 id='map'&gt;&lt;a name='map'&gt;&lt;/a&gt;1. Servicekortet&lt;/h2&gt;&lt;p&gt;En service er en kæde af aktiviteter fra start til slut, fx bestilling, design, levering og evaluering. Kortet viser den kæde:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Baner&lt;/b&gt; er aktørerne: organisationer, fagpersoner og borgere. Hver aktør har sin egen række.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Faser&lt;/b&gt; er kolonnerne, i den rækkefølge arbejdet foregår.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aktiviteter&lt;/b&gt; er felterne i en bane: det, aktøren gør. En aktivitet, der udføres &lt;i&gt;sammen med&lt;/i&gt; borgerne, er markeret med en stjerne &lt;b&gt;*&lt;/b&gt;. En service er først samskabelse, når mindst én aktivitet har stjernen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stiplede pile&lt;/b&gt; er informationsstrømme: hvem skal vide hvad, hvornår og i hvilken form. Notér, når en strøm indeholder personoplysninger, og om borgeren har givet samtykke til, at de deles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fuldt optrukne pile&lt;/b&gt; viser aktiviteternes rækkefølge. Forløbet kan også gå i ring: at udforske og at bruge det lærte kan gentages.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='components'&gt;&lt;a name='components'&gt;&lt;/a&gt;2. The four components of a partnership&lt;/h2&gt;&lt;p&gt;Working across organisations rests on four things. The partnership panel has a page for each.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Effective governance&lt;/b&gt;: whom the collaboration is for, what need it meets, who coordinates and with what time and money, who decides, and which responsibilities are strategic and which operational. The aim is cooperation without heavy coordination costs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Complementary resources and capabilities&lt;/b&gt;: what each partner brings, tangible or intangible, and how the resources depend on each other: &lt;i&gt;pooled&lt;/i&gt; (side by side, least coordination), &lt;i&gt;sequential&lt;/i&gt; (one partner's output is the next one's input) or &lt;i&gt;reciprocal&lt;/i&gt; (back and forth, most coordination).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Relational-specific assets&lt;/b&gt;: what the partners share to pass information on: IT systems, databases, devices, and physical or digital meeting places. Each is either in place or needs investment.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Knowledge-sharing routines&lt;/b&gt;: regular habits of sharing: what is shared, when, in what form, through which asset, and who takes part.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h2 id='components'&gt;&lt;a name='components'&gt;&lt;/a&gt;2. Partnerskabets fire komponenter&lt;/h2&gt;&lt;p&gt;Samarbejde på tværs af organisationer hviler på fire ting. Partnerskabspanelet har en side til hver.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Effektiv styring&lt;/b&gt;: hvem samarbejdet er til for, hvilket behov det dækker, hvem der koordinerer og med hvilken tid og hvilke midler, hvem der beslutter, og hvilke ansvar der er strategiske og hvilke operationelle. Målet er samarbejde uden tunge koordineringsomkostninger.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Komplementære ressourcer og kompetencer&lt;/b&gt;: hvad hver partner bidrager med, håndgribeligt eller uhåndgribeligt, og hvordan ressourcerne afhænger af hinanden: &lt;i&gt;samlet&lt;/i&gt; (side om side, mindst koordinering), &lt;i&gt;sekventiel&lt;/i&gt; (den ene partners resultat er den næstes udgangspunkt) eller &lt;i&gt;gensidig&lt;/i&gt; (frem og tilbage, mest koordinering).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Relationsspecifikke aktiver&lt;/b&gt;: det, partnerne deler for at give information videre: it-systemer, databaser, udstyr og fysiske eller digitale mødesteder. Hvert aktiv findes enten allerede eller kræver en investering.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rutiner for videndeling&lt;/b&gt;: faste vaner for at dele: hvad der deles, hvornår, i hvilken form, gennem hvilket aktiv, og hvem der deltager.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='questions'&gt;&lt;a name='questions'&gt;&lt;/a&gt;3. Questions to discuss&lt;/h2&gt;</source>
            <translation>&lt;h2 id='questions'&gt;&lt;a name='questions'&gt;&lt;/a&gt;3. Spørgsmål til drøftelse&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Write your answers on the partnership's Questions page; they go into the PDF report.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Skriv jeres svar på partnerskabets side Spørgsmål; de kommer med i PDF-rapporten.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='learning'&gt;&lt;a name='learning'&gt;&lt;/a&gt;4. Keep learning&lt;/h2&gt;&lt;p&gt;Once the service runs, meet regularly and ask three questions: &lt;i&gt;What works for us locally? What works for the citizens? What needs to be improved?&lt;/i&gt; Record each meeting as a dated reflection, change the map when the practice changes, and compare with earlier reflections.&lt;/p&gt;</source>
            <translation>&lt;h2 id='learning'&gt;&lt;a name='learning'&gt;&lt;/a&gt;4. Bliv ved med at lære&lt;/h2&gt;&lt;p&gt;Når servicen kører, så mød hinanden jævnligt og stil tre spørgsmål: &lt;i&gt;Hvad virker for os lokalt? Hvad virker for borgerne? Hvad skal forbedres?&lt;/i&gt; Registrér hvert møde som en dateret refleksion, ret kortet til, når praksis ændrer sig, og sammenlign med tidligere refleksioner.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='findings'&gt;&lt;a name='findings'&gt;&lt;/a&gt;5. Findings and what to do about them&lt;/h2&gt;&lt;p&gt;The findings panel lists what the map suggests. A finding is a question for the partners, not a verdict; select one to see what it concerns on the map.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No co-production&lt;/b&gt;: no activity is done with citizens. Is there a step where citizens could take part?&lt;/li&gt;&lt;li&gt;&lt;b&gt;Consent missing&lt;/b&gt;: personal data flows without the citizen's known permission. Ask for it, or share less.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uninformed actor&lt;/b&gt;: an actor does work but hears from no one. This is a structural hole; decide who tells them what, and when.&lt;/li&gt;&lt;li&gt;&lt;b&gt;No leadership&lt;/b&gt;: a partnership has no coordinator or no time or money set aside for coordinating.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Interdependence mismatch&lt;/b&gt;: the flows suggest the resources depend on each other differently from what you declared. Check which is right.&lt;/li&gt;&lt;li&gt;&lt;b&gt;No routines&lt;/b&gt;: partners exchange information but have no regular routine for it, so learning may stay superficial.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Isolated activity&lt;/b&gt;, &lt;b&gt;flow without asset&lt;/b&gt;, &lt;b&gt;asset needs investment&lt;/b&gt;, &lt;b&gt;empty component&lt;/b&gt; and &lt;b&gt;coordination bottleneck&lt;/b&gt; are hints: look at them together in your next meeting.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h2 id='findings'&gt;&lt;a name='findings'&gt;&lt;/a&gt;5. Fund og hvad I kan gøre ved dem&lt;/h2&gt;&lt;p&gt;Fundpanelet viser, hvad kortet peger på. Et fund er et spørgsmål til partnerne, ikke en dom; vælg et fund for at se, hvad det drejer sig om på kortet.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ingen samskabelse&lt;/b&gt;: ingen aktivitet udføres sammen med borgerne. Er der et trin, hvor borgerne kunne være med?&lt;/li&gt;&lt;li&gt;&lt;b&gt;Samtykke mangler&lt;/b&gt;: personoplysninger deles uden borgerens kendte samtykke. Bed om det, eller del mindre.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uinformeret aktør&lt;/b&gt;: en aktør udfører arbejde, men hører ikke fra nogen. Det er et strukturelt hul; aftal hvem der fortæller dem hvad, og hvornår.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ingen ledelse&lt;/b&gt;: et partnerskab har ingen koordinator eller ingen tid eller midler afsat til koordinering.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uoverensstemmende afhængighed&lt;/b&gt;: strømmene tyder på, at ressourcerne afhænger af hinanden på en anden måde end angivet. Undersøg, hvad der er rigtigt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ingen rutiner&lt;/b&gt;: partnerne udveksler information, men har ingen fast rutine for det, så læringen kan forblive overfladisk.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Isoleret aktivitet&lt;/b&gt;, &lt;b&gt;strøm uden aktiv&lt;/b&gt;, &lt;b&gt;aktiv kræver investering&lt;/b&gt;, &lt;b&gt;tom komponent&lt;/b&gt; og &lt;b&gt;koordineringsflaskehals&lt;/b&gt; er hint: se på dem sammen på jeres næste møde.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Source&lt;/h2&gt;&lt;p&gt;The method follows Brix, J., Tuurnas, S. &amp;amp; Mortensen, N. M. (2021): &lt;i&gt;Creating Opportunity Spaces for Co-Production: Professional Co-Producers in Inter-Organizational Collaborations&lt;/i&gt;, sections 2.3 to 3.2 and Tables 1 and 2. The text above is our own summary.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Kilde&lt;/h2&gt;&lt;p&gt;Metoden følger Brix, J., Tuurnas, S. &amp;amp; Mortensen, N. M. (2021): &lt;i&gt;Creating Opportunity Spaces for Co-Production: Professional Co-Producers in Inter-Organizational Collaborations&lt;/i&gt;, afsnit 2.3 til 3.2 samt tabel 1 og 2. Teksten ovenfor er vores eget sammendrag.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>HostDetails</name>
        <message>
            <source>Live session</source>
            <translation>Live-session</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse:</translation>
        </message>
        <message>
            <source>Token:</source>
            <translation>Token:</translation>
        </message>
        <message>
            <source>You are in the session at this address:</source>
            <translation>Du er med i sessionen på denne adresse:</translation>
        </message>
        <message>
            <source>Partners choose File → Share Live… → Join, and type in:</source>
            <translation>Partnerne vælger Filer → Del live… → Deltag og skriver:</translation>
        </message>
        <message>
            <source>Only this computer can join (the session was started without network access). Others on this computer join with:</source>
            <translation>Kun denne computer kan deltage (sessionen blev startet uden netværksadgang). Andre på denne computer deltager med:</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiér</translation>
        </message>
    </context>
    <context>
        <name>KindChooser</name>
        <message>
            <source>The lane's kind, guessed from its name; choose another if it is wrong</source>
            <translation type="vanished">Banens type, gættet ud fra navnet; vælg en anden, hvis den er forkert</translation>
        </message>
        <message>
            <source>The lane's kind, guessed from its name; choose another here, or with ↑ and ↓ while you type the name</source>
            <translation>Banens type, gættet ud fra navnet; vælg en anden her eller med ↑ og ↓, mens du skriver navnet</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>Banens type</translation>
        </message>
    </context>
    <context>
        <name>LiveSessionUi</name>
        <message>
            <source>Share &amp;Live…</source>
            <translation>Del &amp;live…</translation>
        </message>
        <message>
            <source>Edit this map together with others, live</source>
            <translation>Redigér dette kort sammen med andre, live</translation>
        </message>
        <message>
            <source>Lea&amp;ve Live Session</source>
            <translation>Forla&amp;d live-session</translation>
        </message>
        <message>
            <source>Cannot host a live session: %s</source>
            <translation>Kan ikke være vært for en live-session: %s</translation>
        </message>
        <message>
            <source>Live Session &amp;Details…</source>
            <translation>&amp;Detaljer om live-session…</translation>
        </message>
        <message>
            <source>The server refused to let you in (wrong or missing token?): %s</source>
            <translation>Serveren afviste dig (forkert eller manglende token?): %s</translation>
        </message>
        <message>
            <source>%d changes from partners were set aside; see the Live indicator</source>
            <translation>%d ændringer fra partnere blev lagt til side; se Live-indikatoren</translation>
        </message>
        <message>
            <source>Could not keep the session's changes for next time: %s</source>
            <translation>Kunne ikke gemme sessionens ændringer til næste gang: %s</translation>
        </message>
    </context>
    <context>
        <name>LiveStatus</name>
        <message>
            <source>connected</source>
            <extracomment>partners' colours: distinct, readable as outlines on the map's pale lanes, and none of them the blue of this editor's own selection</extracomment>
            <translation>forbundet</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>forbinder…</translation>
        </message>
        <message>
            <source>reconnecting…</source>
            <translation>genforbinder…</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>afvist</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>afsluttet</translation>
        </message>
        <message>
            <source>Live: %s · %d here</source>
            <translation>Live: %s · %d til stede</translation>
        </message>
        <message>
            <source>%d set aside</source>
            <translation>%d lagt til side</translation>
        </message>
        <message>
            <source>Who is here:</source>
            <translation>Hvem er her:</translation>
        </message>
    </context>
    <context>
        <name>LocalNotesEditor</name>
        <message>
            <source>What each member changes in its own routines and information flows (learning at two levels)</source>
            <extracomment>the rows were made anew (row 0 is the explanation, then one row per actor in ``fields``)</extracomment>
            <translation>Hvad hvert medlem ændrer i egne rutiner og informationsstrømme (læring på to niveauer)</translation>
        </message>
        <message>
            <source>Local adaptation of %s</source>
            <translation>Lokal tilpasning hos %s</translation>
        </message>
        <message>
            <source>What %s changes locally</source>
            <translation>Hvad %s ændrer lokalt</translation>
        </message>
        <message>
            <source>Edit local adaptation</source>
            <translation>Rediger lokal tilpasning</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Properties</source>
            <extracomment>where the last map was opened or saved default width of the right docks how long a message or refusal stays in the status bar F6 order the canvas shows keyboard focus with a frame in the palette's highlight colour the active tool's hint in the status bar</extracomment>
            <translation>Egenskaber</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerskab</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Fund</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;åbnet&gt;</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>Fortrydelseshistorik</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Oversigt</translation>
        </message>
        <message>
            <source>The map as a tree: lanes, activities and their flows</source>
            <translation>Kortet som et træ: baner, aktiviteter og deres strømme</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Uden titel</translation>
        </message>
        <message>
            <source>Cannot save the map</source>
            <translation>Kortet kan ikke gemmes</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>Gemt %s</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ikke-gemte ændringer</translation>
        </message>
        <message>
            <source>The map has changes that are not saved. Save them first?</source>
            <translation>Kortet har ændringer, der ikke er gemt. Vil du gemme dem først?</translation>
        </message>
        <message>
            <source>Generic co-production map</source>
            <translation>Generelt samskabelseskort</translation>
        </message>
        <message>
            <source>Blank map</source>
            <translation>Tomt kort</translation>
        </message>
        <message>
            <source>Aalborg Aktiv (worked example)</source>
            <translation>Aalborg Aktiv (gennemgået eksempel)</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Nyt kort</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>Start fra:</translation>
        </message>
        <message>
            <source>map</source>
            <translation>kort</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Åbn kort</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>Gem kort som</translation>
        </message>
        <message>
            <source>(no recent maps)</source>
            <translation>(ingen seneste kort)</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Slet bane</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Eksport annulleret; intet blev skrevet.</translation>
        </message>
        <message>
            <source>cannot be written (%s)</source>
            <translation>kan ikke skrives (%s)</translation>
        </message>
        <message>
            <source>export to %s is not available in this version</source>
            <translation>eksport til %s findes ikke i denne version</translation>
        </message>
        <message>
            <source>%1 was not exported: %2

The map is unchanged.</source>
            <translation>%1 blev ikke eksporteret: %2

Kortet er uændret.</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Skriver PDF’en…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Eksportér PDF</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Kan ikke eksportere</translation>
        </message>
        <message>
            <source>Exported %s</source>
            <translation>Eksporteret %s</translation>
        </message>
        <message>
            <source>&amp;About OppSpace</source>
            <translation>&amp;Om OppSpace</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Faktisk størrelse</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>&amp;Connect…</source>
            <translation>&amp;Forbind…</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiér</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Slet</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Søg…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>&amp;Information Flow</source>
            <translation>&amp;Informationsstrøm</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Indsæt</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nyt…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Åbn…</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Indsæ&amp;t</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gentag</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Omdøb</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>&amp;Select</source>
            <translation>&amp;Vælg</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Fortryd</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>A PDF for the meeting: the map, and the report pages if chosen</source>
            <translation>En PDF til mødet: kortet og rapportsiderne, hvis de er valgt</translation>
        </message>
        <message>
            <source>Add &amp;Actor (lane)</source>
            <translation>Tilføj &amp;aktør (bane)</translation>
        </message>
        <message>
            <source>Add Acti&amp;vity</source>
            <translation>Tilføj akti&amp;vitet</translation>
        </message>
        <message>
            <source>Add P&amp;hase</source>
            <translation>Tilføj &amp;fase</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Tilføj aktivitet</translation>
        </message>
        <message>
            <source>Add an activity to the selected lane at a free spot and name it</source>
            <translation>Tilføj en aktivitet i den valgte bane på en ledig plads, og navngiv den</translation>
        </message>
        <message>
            <source>Choose a flow's kind, source and target from lists</source>
            <translation>Vælg en strøms type, kilde og mål fra lister</translation>
        </message>
        <message>
            <source>Co-produced with citizens (&amp;*)</source>
            <translation>Samskabt med borgere (&amp;*)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Klip</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Dubler</translation>
        </message>
        <message>
            <source>Delete the selection; flows touching it go too</source>
            <translation>Slet markeringen; strømme, der rører den, forsvinder også</translation>
        </message>
        <message>
            <source>Drag from an activity or lane header to another: what must the target know?</source>
            <translation>Træk fra en aktivitet eller et banehoved til et andet: hvad skal modtageren vide?</translation>
        </message>
        <message>
            <source>Drag from one activity to the next in the process</source>
            <translation>Træk fra en aktivitet til den næste i forløbet</translation>
        </message>
        <message>
            <source>Drag onto a lane to add an activity (or click, then click a lane)</source>
            <translation>Træk til en bane for at tilføje en aktivitet (eller klik og klik derefter på en bane)</translation>
        </message>
        <message>
            <source>Export &amp;JSON…</source>
            <translation>Eksportér &amp;JSON…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Eksportér &amp;PDF…</translation>
        </message>
        <message>
            <source>Export P&amp;NG Image…</source>
            <translation>Eksportér P&amp;NG-billede…</translation>
        </message>
        <message>
            <source>Export S&amp;VG Drawing…</source>
            <translation>Eksportér S&amp;VG-tegning…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Søg &amp;næste</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Søg &amp;forrige</translation>
        </message>
        <message>
            <source>Find activities, actors, phases and flows by their text</source>
            <translation>Søg i aktiviteter, aktører, faser og strømme efter deres tekst</translation>
        </message>
        <message>
            <source>Mark or unmark the selected activities as co-produced (*)</source>
            <translation>Markér eller afmarkér de valgte aktiviteter som samskabte (*)</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the next panel</source>
            <translation>Flyt tastaturfokus til næste panel</translation>
        </message>
        <message>
            <source>New Activity in &amp;Lane</source>
            <translation>Ny aktivitet i &amp;banen</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>&amp;Næste panel</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Åbn &amp;seneste</translation>
        </message>
        <message>
            <source>OppSpace &amp;Guide</source>
            <translation>OppSpace-&amp;vejledning</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Indstillinger…</translation>
        </message>
        <message>
            <source>Pre&amp;vious Pane</source>
            <translation>&amp;Forrige panel</translation>
        </message>
        <message>
            <source>S&amp;nap to Grid</source>
            <translation>Fastgør til &amp;gitter</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Gem &amp;som…</translation>
        </message>
        <message>
            <source>Se&amp;quence Flow</source>
            <translation>Se&amp;kvensstrøm</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Vælg &amp;alt</translation>
        </message>
        <message>
            <source>Select, move and resize (Esc)</source>
            <translation>Vælg, flyt og ændr størrelse (Esc)</translation>
        </message>
        <message>
            <source>The map with its findings and need-to-know matrix, as JSON</source>
            <translation>Kortet med dets fund og behov-for-viden-matrix som JSON</translation>
        </message>
        <message>
            <source>The method in brief: the map, the four components, the questions and the findings</source>
            <translation>Metoden kort fortalt: kortet, de fire komponenter, spørgsmålene og fundene</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Værktøjer</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;ind</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;ud</translation>
        </message>
        <message>
            <source>Zoom to &amp;Fit</source>
            <translation>Zoom så &amp;alt ses</translation>
        </message>
        <message>
            <source>▭ Activity</source>
            <translation>▭ Aktivitet</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gentag</translation>
        </message>
        <message>
            <source>Redo {command}</source>
            <translation>Gentag {command}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Fortryd</translation>
        </message>
        <message>
            <source>Undo {command}</source>
            <translation>Fortryd {command}</translation>
        </message>
        <message>
            <source>%1 could not be read: %2

The open map is unchanged.</source>
            <translation>%1 kunne ikke læses: %2

Det åbne kort er uændret.</translation>
        </message>
        <message>
            <source>&amp;Merge From…</source>
            <translation>&amp;Flet fra…</translation>
        </message>
        <message>
            <source>Cannot read the other map</source>
            <translation>Kan ikke læse det andet kort</translation>
        </message>
        <message>
            <source>Choose the base</source>
            <translation>Vælg udgangspunktet</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Sammenlign</translation>
        </message>
        <message>
            <source>Compare &amp;With…</source>
            <translation>Sammenlign &amp;med…</translation>
        </message>
        <message>
            <source>Compare with which copy of the map?</source>
            <translation>Sammenlign med hvilken kopi af kortet?</translation>
        </message>
        <message>
            <source>Merge a partner's copy of this map into it, by id</source>
            <translation>Flet en partners kopi af kortet ind i det, efter id</translation>
        </message>
        <message>
            <source>Merge from %s</source>
            <translation>Flet fra %s</translation>
        </message>
        <message>
            <source>Merge which copy of the map?</source>
            <translation>Hvilken kopi af kortet skal flettes ind?</translation>
        </message>
        <message>
            <source>Merged %1: %2 conflicts decided</source>
            <translation>Flettede %1: %2 konflikter afgjort</translation>
        </message>
        <message>
            <source>Nothing to merge: %s adds nothing to this map.</source>
            <translation>Intet at flette: %s tilføjer intet til dette kort.</translation>
        </message>
        <message>
            <source>OppSpace has no earlier state of this map. Choose the version both copies started from (the base) next.</source>
            <translation>OppSpace kender ingen tidligere udgave af dette kort. Vælg derefter den udgave, begge kopier tog udgangspunkt i.</translation>
        </message>
        <message>
            <source>OppSpace maps (*.oppspace)</source>
            <translation>OppSpace-kort (*.oppspace)</translation>
        </message>
        <message>
            <source>Show what differs from a saved version or a partner's copy</source>
            <translation>Vis hvad der adskiller kortet fra en gemt udgave eller en partners kopi</translation>
        </message>
        <message>
            <source>Which version did both copies start from?</source>
            <translation>Hvilken udgave tog begge kopier udgangspunkt i?</translation>
        </message>
        <message>
            <source>this map as last saved or opened</source>
            <translation>dette kort, som det sidst blev gemt eller åbnet</translation>
        </message>
        <message>
            <source>Click in a lane where the new activity goes, or press Enter to add it to the selected lane.</source>
            <translation>Klik i en bane, hvor den nye aktivitet skal stå, eller tryk Enter for at tilføje den til den valgte bane.</translation>
        </message>
        <message>
            <source>Click where the new lane goes, or press Enter to add it below the selected lane.</source>
            <translation>Klik, hvor den nye bane skal stå, eller tryk Enter for at tilføje den under den valgte bane.</translation>
        </message>
        <message>
            <source>Click where the new phase column goes, or press Enter to add it at the end.</source>
            <translation>Klik, hvor den nye fasekolonne skal stå, eller tryk Enter for at tilføje den til sidst.</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <source>co-produced with citizens</source>
            <extracomment>items per group of boxes, arrows or labels (see MapScene._file) what :meth:`MapScene.hit` finds without a scan the user asked to rename this id in place (the view opens an editor) the active tool changed (its name: select, activity, information, sequence, actor, phase) snap step in scene units (the preference's grid size) dies with the scene, unlike a bare singleShot inside a model change: the document's index is being rebuilt z -&gt; [group item, items put in it]</extracomment>
            <translation>samskabt med borgere</translation>
        </message>
        <message>
            <source>information flow</source>
            <translation>informationsstrøm</translation>
        </message>
        <message>
            <source>process order</source>
            <translation>forløbets rækkefølge</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>Activity title</source>
            <extracomment>the user cancelled editing (Esc) the editor lost the keyboard focus (every time, unlike editingFinished) Up (-1) or Down (+1) pressed: the next or previous choice beside the editor (a lane's kind) the zoom factor changed (1.0 = 100 %) beside a lane's name while it is typed</extracomment>
            <translation>Aktivitetens titel</translation>
        </message>
        <message>
            <source>Actor name</source>
            <translation>Aktørens navn</translation>
        </message>
        <message>
            <source>Phase name</source>
            <translation>Fasens navn</translation>
        </message>
        <message>
            <source>What the flow carries</source>
            <translation>Hvad strømmen bærer</translation>
        </message>
    </context>
    <context>
        <name>MapWords</name>
        <message>
            <source>Activity</source>
            <extracomment>() -&gt; the current Document (id) -&gt; number of findings about it, optional</extracomment>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Bane</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Information flow</source>
            <translation>Informationsstrøm</translation>
        </message>
        <message>
            <source>Sequence flow</source>
            <translation>Sekvensstrøm</translation>
        </message>
        <message>
            <source>from {source} to {target}</source>
            <translation>fra {source} til {target}</translation>
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Faser</translation>
        </message>
        <message>
            <source>Flows</source>
            <translation>Strømme</translation>
        </message>
        <message>
            <source>activities: {count}</source>
            <translation>aktiviteter: {count}</translation>
        </message>
        <message>
            <source>findings: {count}</source>
            <translation>fund: {count}</translation>
        </message>
        <message>
            <source>lane {lane}</source>
            <translation>bane {lane}</translation>
        </message>
        <message>
            <source>phase {phase}</source>
            <translation>fase {phase}</translation>
        </message>
        <message>
            <source>co-produced with citizens</source>
            <translation>samproduceret med borgere</translation>
        </message>
        <message>
            <source>not co-produced</source>
            <translation>ikke samproduceret</translation>
        </message>
        <message>
            <source>flows out: {out}, in: {inc}</source>
            <translation>strømme ud: {out}, ind: {inc}</translation>
        </message>
        <message>
            <source>personal data without consent in 1 flow</source>
            <translation>personoplysninger uden samtykke i 1 strøm</translation>
        </message>
        <message>
            <source>personal data without consent in {count} flows</source>
            <translation>personoplysninger uden samtykke i {count} strømme</translation>
        </message>
        <message>
            <source>when: {when}</source>
            <translation>hvornår: {when}</translation>
        </message>
        <message>
            <source>form: {form}</source>
            <translation>form: {form}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge From %s</source>
            <translation>Flet fra %s</translation>
        </message>
        <message>
            <source>Merging &lt;b&gt;%1&lt;/b&gt; into this map (base: %2).&lt;br&gt;%3 changes from their copy; %4 conflicts.</source>
            <translation>Fletter &lt;b&gt;%1&lt;/b&gt; ind i dette kort (udgangspunkt: %2).&lt;br&gt;%3 ændringer fra deres kopi; %4 konflikter.</translation>
        </message>
        <message>
            <source>&amp;Apply merge</source>
            <translation>&amp;Udfør fletning</translation>
        </message>
        <message>
            <source>Use another ba&amp;se…</source>
            <translation>Brug et andet udgangs&amp;punkt…</translation>
        </message>
        <message>
            <source>Choose the version both copies started from yourself</source>
            <translation>Vælg selv den udgave, begge kopier tog udgangspunkt i</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Tilbage</translation>
        </message>
        <message>
            <source>&amp;Next conflict</source>
            <translation>&amp;Næste konflikt</translation>
        </message>
        <message>
            <source>Conflict %1 of %2</source>
            <translation>Konflikt %1 af %2</translation>
        </message>
        <message>
            <source>Keep ours: %s</source>
            <translation>Behold vores: %s</translation>
        </message>
        <message>
            <source>Take theirs: %s</source>
            <translation>Tag deres: %s</translation>
        </message>
        <message>
            <source>Both copies changed the order of the lanes or phases differently.</source>
            <translation>Begge kopier har ændret rækkefølgen af baner eller faser forskelligt.</translation>
        </message>
        <message>
            <source>%s: one copy removed it, the other changed it.</source>
            <translation>%s: den ene kopi fjernede det, den anden ændrede det.</translation>
        </message>
        <message>
            <source>%1: both copies changed the %2 differently.</source>
            <translation>%1: begge kopier ændrede %2 forskelligt.</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>fjernet</translation>
        </message>
        <message>
            <source>the changed %s</source>
            <translation>den ændrede %s</translation>
        </message>
    </context>
    <context>
        <name>OpenError</name>
        <message>
            <source>%1 could not be opened: %2</source>
            <translation>%1 kunne ikke åbnes: %2</translation>
        </message>
        <message>
            <source>Cannot open the map</source>
            <translation>Kortet kan ikke åbnes</translation>
        </message>
        <message>
            <source>OppSpace starts with the generic map instead.</source>
            <translation>OppSpace starter i stedet med det generiske kort.</translation>
        </message>
        <message>
            <source>The map you had open is unchanged.</source>
            <translation>Det kort, du havde åbent, er uændret.</translation>
        </message>
        <message>
            <source>This is not an OppSpace map (%1).</source>
            <translation>Dette er ikke et OppSpace-kort (%1).</translation>
        </message>
    </context>
    <context>
        <name>OutlinePanel</name>
        <message>
            <source>Outline of the map</source>
            <translation>Oversigt over kortet</translation>
        </message>
        <message>
            <source>Map</source>
            <extracomment>activities whose flows the user opened lanes the user closed edits came while the dock was closed: rebuild when shown (outgoing?, end id) -&gt; flows, during a rebuild</extracomment>
            <translation>Kort</translation>
        </message>
        <message>
            <source>to {end}: {what}</source>
            <translation>til {end}: {what}</translation>
        </message>
        <message>
            <source>from {end}: {what}</source>
            <translation>fra {end}: {what}</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Omdøb</translation>
        </message>
    </context>
    <context>
        <name>Partnership</name>
        <message>
            <source>Both</source>
            <translation>Begge dele</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Digitalt</translation>
        </message>
        <message>
            <source>Existing</source>
            <translation>Eksisterende</translation>
        </message>
        <message>
            <source>Intangible</source>
            <translation>Uhåndgribelig</translation>
        </message>
        <message>
            <source>Needs investment</source>
            <translation>Kræver investering</translation>
        </message>
        <message>
            <source>No asset</source>
            <translation>Intet aktiv</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Ikke valgt endnu</translation>
        </message>
        <message>
            <source>Operational</source>
            <translation>Operationelt</translation>
        </message>
        <message>
            <source>Physical</source>
            <translation>Fysisk</translation>
        </message>
        <message>
            <source>Pooled</source>
            <translation>Samlet (pooled)</translation>
        </message>
        <message>
            <source>Reciprocal</source>
            <translation>Gensidig</translation>
        </message>
        <message>
            <source>Sequential</source>
            <translation>Sekventiel</translation>
        </message>
        <message>
            <source>Strategic</source>
            <translation>Strategisk</translation>
        </message>
        <message>
            <source>Tangible</source>
            <translation>Håndgribelig</translation>
        </message>
    </context>
    <context>
        <name>PartnershipPanel</name>
        <message>
            <source>No coordinator yet</source>
            <extracomment>the user asked for the partnership workspace (the dock's "Open in the workspace")</extracomment>
            <translation>Ingen koordinator endnu</translation>
        </message>
        <message>
            <source>This map has no partnership yet. Click “New” to describe how the organisations work together.</source>
            <translation>Dette kort har endnu intet partnerskab. Klik på “Nyt” for at beskrive, hvordan organisationerne arbejder sammen.</translation>
        </message>
        <message>
            <source>The partnership shown below</source>
            <translation>Partnerskabet vist nedenfor</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerskab:</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nyt…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Omdøb…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Open in the workspace (more room)</source>
            <translation>Åbn i arbejdsområdet (mere plads)</translation>
        </message>
        <message>
            <source>The same partnership in a tab beside the map, with room to work</source>
            <translation>Det samme partnerskab i en fane ved siden af kortet, med plads til at arbejde</translation>
        </message>
        <message>
            <source>✓</source>
            <translation>✓</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>tom</translation>
        </message>
        <message>
            <source>Filled in</source>
            <translation>Udfyldt</translation>
        </message>
        <message>
            <source>Nothing recorded yet</source>
            <translation>Intet registreret endnu</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>Nyt partnerskab</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Navn:</translation>
        </message>
        <message>
            <source>Partnership %d</source>
            <translation>Partnerskab %d</translation>
        </message>
        <message>
            <source>Rename partnership</source>
            <translation>Omdøb partnerskab</translation>
        </message>
        <message>
            <source>Delete partnership “%s”</source>
            <translation>Slet partnerskabet “%s”</translation>
        </message>
        <message>
            <source>Why and for whom</source>
            <extracomment>(key, title, explanation) of each page</extracomment>
            <translation>Hvorfor og for hvem</translation>
        </message>
        <message>
            <source>Why you work together, who the partnership helps and what need it meets.</source>
            <translation>Hvorfor I arbejder sammen, hvem partnerskabet hjælper, og hvilket behov det dækker.</translation>
        </message>
        <message>
            <source>Effective governance</source>
            <translation>Effektiv styring</translation>
        </message>
        <message>
            <source>How cooperation is secured while coordination stays cheap: who coordinates, who decides, who answers for what.</source>
            <translation>Hvordan samarbejdet sikres, mens koordineringen holdes billig: hvem koordinerer, hvem beslutter, hvem svarer for hvad.</translation>
        </message>
        <message>
            <source>Complementary resources &amp; capabilities</source>
            <translation>Komplementære ressourcer og kompetencer</translation>
        </message>
        <message>
            <source>What each partner brings that is worth more together than alone, and how the resources depend on each other.</source>
            <translation>Hvad hver partner bidrager med, som er mere værd sammen end alene, og hvordan ressourcerne afhænger af hinanden.</translation>
        </message>
        <message>
            <source>Responsibilities</source>
            <translation>Ansvar</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcer</translation>
        </message>
        <message>
            <source>Relational-specific assets</source>
            <translation>Relationsspecifikke aktiver</translation>
        </message>
        <message>
            <source>Shared systems, devices and meeting places that let information cross organisational boundaries – existing, or needing investment.</source>
            <translation>Fælles systemer, enheder og mødesteder, der lader information krydse organisationsgrænser – eksisterende eller krævende investering.</translation>
        </message>
        <message>
            <source>Knowledge-sharing routines</source>
            <translation>Videndelingsrutiner</translation>
        </message>
        <message>
            <source>Regular patterns of sharing: what, when, in what form, through which asset and between whom. They are built over time.</source>
            <translation>Faste mønstre for deling: hvad, hvornår, i hvilken form, gennem hvilket aktiv og mellem hvem. De opbygges over tid.</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Vejledende spørgsmål</translation>
        </message>
        <message>
            <source>Four questions to answer together, and to come back to as the collaboration grows.</source>
            <translation>Fire spørgsmål at besvare sammen og vende tilbage til, efterhånden som samarbejdet vokser.</translation>
        </message>
        <message>
            <source>Reflection log</source>
            <translation>Refleksionslog</translation>
        </message>
        <message>
            <source>Once the collaboration runs, note regularly what works for you, what works for the citizens and what needs to be improved. Newest first.</source>
            <translation>Når samarbejdet kører, så notér jævnligt, hvad der virker for jer, hvad der virker for borgerne, og hvad der skal forbedres. Nyeste først.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pooled&lt;/b&gt;: each resource adds to a common offer on its own – least coordination. &lt;b&gt;Sequential&lt;/b&gt;: one partner's work feeds the next – plan the hand-overs. &lt;b&gt;Reciprocal&lt;/b&gt;: partners feed each other back and forth – most coordination.</source>
            <translation>&lt;b&gt;Samlet&lt;/b&gt; (pooled): hver ressource bidrager for sig til et fælles tilbud – mindst koordinering. &lt;b&gt;Sekventiel&lt;/b&gt;: én partners arbejde fører videre til den næste – planlæg overdragelserne. &lt;b&gt;Gensidig&lt;/b&gt;: partnerne forsyner hinanden frem og tilbage – mest koordinering.</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Koordinator</translation>
        </message>
        <message>
            <source>Decision-making</source>
            <translation>Beslutninger</translation>
        </message>
        <message>
            <source>How are decisions made?</source>
            <translation>Hvordan træffes beslutninger?</translation>
        </message>
        <message>
            <source>How resources complement each other</source>
            <translation>Hvordan ressourcerne supplerer hinanden</translation>
        </message>
        <message>
            <source>Leadership resources</source>
            <translation>Ledelsesressourcer</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <source>Need (what)</source>
            <translation>Behov (hvad)</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Remit (for whom)</source>
            <translation>Opgave (for hvem)</translation>
        </message>
        <message>
            <source>Responsibilities (strategic or operational)</source>
            <translation>Ansvar (strategisk eller operationelt)</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Tick the actors that take part. Click a name to show it on the map.</source>
            <translation>Sæt flueben ved de aktører, der deltager. Klik på et navn for at vise det på kortet.</translation>
        </message>
        <message>
            <source>What the need is</source>
            <translation>Hvad behovet er</translation>
        </message>
        <message>
            <source>Who has time and mandate to coordinate?</source>
            <translation>Hvem har tid og mandat til at koordinere?</translation>
        </message>
        <message>
            <source>Who the partnership helps</source>
            <translation>Hvem partnerskabet hjælper</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Jeres svar</translation>
        </message>
        <message>
            <source>e.g. every quarter</source>
            <translation>fx hvert kvartal</translation>
        </message>
    </context>
    <context>
        <name>PartnershipTableModel</name>
        <message>
            <source>Not chosen yet: click to choose. Until then the map says “%1”.</source>
            <extracomment>role giving a cell's editor kind: "text", "choice", "multi" or "date" role giving a cell's choices as [(value, label)] role giving the id of the actor/asset a cell shows (for "show on canvas") a cell still to choose: a quiet red, like a form's required field "" in the editor means None in the file other partnership lists whose names the cells show fields a new row can only guess (the file needs a value): shown as "choose…" until the user picks one (new item, fields not chosen yet)</extracomment>
            <translation>Ikke valgt endnu: klik for at vælge. Indtil da står der „%1“ på kortet.</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>vælg…</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Redigér %s</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>Tilføj %s</translation>
        </message>
        <message>
            <source>Remove %s</source>
            <translation>Fjern %s</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsModel</name>
        <message>
            <source>Edit partnership %s</source>
            <extracomment>(column name, sub-path inside the partnership, field, may be null)</extracomment>
            <translation>Redigér partnerskabet %s</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>the preferences were stored (after OK); the main window applies grid and recent-file changes</extracomment>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemets sprog</translation>
        </message>
        <message>
            <source>A new language is used the next time OppSpace starts.</source>
            <translation>Et nyt sprog bruges, næste gang OppSpace starter.</translation>
        </message>
        <message>
            <source>&amp;Snap boxes to a grid</source>
            <translation>&amp;Fastgør felter til et gitter</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprog:</translation>
        </message>
        <message>
            <source>&amp;Grid size:</source>
            <translation>&amp;Gitterstørrelse:</translation>
        </message>
        <message>
            <source>Default &amp;paper size:</source>
            <translation>Standard&amp;papirstørrelse:</translation>
        </message>
        <message>
            <source>&amp;Recent files to remember:</source>
            <translation>&amp;Antal seneste filer at huske:</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Several items selected</source>
            <translation>Flere elementer valgt</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Navne adskilt af kommaer</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Forfattere</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Actor (lane)</source>
            <translation>Aktør (bane)</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>(no phase)</source>
            <translation>(ingen fase)</translation>
        </message>
        <message>
            <source>Co-produced with citizens (*)</source>
            <translation>Samskabt med borgere (*)</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Aktør</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Works for</source>
            <translation>Arbejder for</translation>
        </message>
        <message>
            <source>(itself)</source>
            <translation>(sig selv)</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farve</translation>
        </message>
        <message>
            <source>Lane height</source>
            <translation>Banens højde</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Strøm</translation>
        </message>
        <message>
            <source>A process-order arrow says which activity comes next. It carries no information: draw an information flow (I) for what someone must know.</source>
            <translation>En pil for forløbets rækkefølge viser, hvilken aktivitet der kommer næst. Den bærer ingen information: tegn en informationsstrøm (I) for det, nogen skal vide.</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Process order</source>
            <translation>Forløbets rækkefølge</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Fra → til</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personoplysninger</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Bredde</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Cannot restore</source>
            <translation>Kan ikke gendanne</translation>
        </message>
        <message>
            <source>Restored unsaved changes to “%s”</source>
            <translation>Gendannede ikke-gemte ændringer i “%s”</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover unsaved work</source>
            <translation>Gendan ikke-gemt arbejde</translation>
        </message>
        <message>
            <source>OppSpace did not close normally. These maps had changes that were not saved. Restore one to keep working on it, or discard what you do not need.</source>
            <translation>OppSpace blev ikke lukket normalt. Disse kort havde ændringer, der ikke var gemt. Gendan et af dem for at arbejde videre, eller kassér det, du ikke har brug for.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Gendan</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Kassér</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Beslut &amp;senere</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>aldrig gemt</translation>
        </message>
        <message>
            <source>changed %1 · %2</source>
            <translation>ændret %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>RecoveryJournal</name>
        <message>
            <source>Could not write the recovery copy to %s: %s</source>
            <extracomment>the journal was written (path of the recovery copy) the journal was removed (clean save, don't save, normal quit) changes since the journal was last written</extracomment>
            <translation>Kunne ikke skrive gendannelseskopien til %s: %s</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Kort uden titel</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditor</name>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>What works for us locally?</source>
            <translation>Hvad virker for os lokalt?</translation>
        </message>
        <message>
            <source>What works for the citizens?</source>
            <translation>Hvad virker for borgerne?</translation>
        </message>
        <message>
            <source>What needs to be improved?</source>
            <translation>Hvad skal forbedres?</translation>
        </message>
    </context>
    <context>
        <name>ReflectionsModel</name>
        <message>
            <source>reflection</source>
            <translation>refleksion</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Works locally</source>
            <translation>Virker lokalt</translation>
        </message>
        <message>
            <source>For citizens</source>
            <translation>For borgerne</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>Kan forbedres</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Untitled map</source>
            <extracomment>the whole map on the first page, when it is tiled after</extracomment>
            <translation>Kort uden titel</translation>
        </message>
        <message>
            <source>Co-production service map and partnership report</source>
            <translation>Samskabelseskort og partnerskabsrapport</translation>
        </message>
        <message>
            <source>page {page} of {total}</source>
            <translation>side {page} af {total}</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <extracomment>a title of 100,000 characters must not push the map off the page</extracomment>
            <translation>Dato: {date}</translation>
        </message>
        <message>
            <source>co-produced with citizens</source>
            <extracomment>from one footer line to the next length of an overlap tick, points</extracomment>
            <translation>samskabt med borgere</translation>
        </message>
        <message>
            <source>information flow (what is shared)</source>
            <translation>informationsstrøm (hvad der deles)</translation>
        </message>
        <message>
            <source>process order</source>
            <translation>forløbets rækkefølge</translation>
        </message>
        <message>
            <source>citizen lane</source>
            <translation>borgerens bane</translation>
        </message>
        <message>
            <source>Map: row {row}, column {col} (of {rows} × {cols} pages)</source>
            <translation>Kort: række {row}, kolonne {col} (af {rows} × {cols} sider)</translation>
        </message>
        <message>
            <source>The whole map. Pages {first}–{last} show it large enough to read.</source>
            <translation>Hele kortet. Side {first}–{last} viser det stort nok til at læse.</translation>
        </message>
        <message>
            <source>page {page}</source>
            <translation>side {page}</translation>
        </message>
        <message>
            <source>continues: row {row}, column {col}</source>
            <translation>fortsætter: række {row}, kolonne {col}</translation>
        </message>
        <message>
            <source>Too large for {pages} readable pages: fitted on this one.</source>
            <translation>For stort til {pages} læsbare sider: tilpasset denne ene side.</translation>
        </message>
        <message>
            <source>Zoom in, or export PNG or SVG.</source>
            <translation>Zoom ind, eller eksportér som PNG eller SVG.</translation>
        </message>
        <message>
            <source>… ({count} more characters in the map file)</source>
            <extracomment>characters of one user text shown in the report longer runs without a space are broken for the report</extracomment>
            <translation>… ({count} tegn mere i kortfilen)</translation>
        </message>
        <message>
            <source>(receives no information flow)</source>
            <translation>(modtager ingen informationsstrøm)</translation>
        </message>
        <message>
            <source>1. Effective governance</source>
            <translation>1. Effektiv styring</translation>
        </message>
        <message>
            <source>2. Complementary resources and capabilities</source>
            <translation>2. Komplementære ressourcer og kompetencer</translation>
        </message>
        <message>
            <source>3. Relational-specific assets</source>
            <translation>3. Relationsspecifikke aktiver</translation>
        </message>
        <message>
            <source>4. Knowledge-sharing routines</source>
            <translation>4. Videndelingsrutiner</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Adgang</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Aktør</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Aktører</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Forfattere</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Vedrører</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Koordinator</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Decision-making</source>
            <translation>Beslutninger</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Fund</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Fund</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Vejledende spørgsmål</translation>
        </message>
        <message>
            <source>Interdependence</source>
            <translation>Indbyrdes afhængighed</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Senest ændret</translation>
        </message>
        <message>
            <source>Leadership resources for coordination</source>
            <translation>Ledelsesressourcer til koordinering</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>Need to know</source>
            <translation>Behov for viden</translation>
        </message>
        <message>
            <source>Needs to know</source>
            <translation>Har brug for at vide</translation>
        </message>
        <message>
            <source>No findings: the map raises no warnings.</source>
            <translation>Ingen fund: kortet giver ingen advarsler.</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Endnu ikke besvaret.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Intet registreret endnu.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagere</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Partnership: {name}</source>
            <translation>Partnerskab: {name}</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personoplysninger</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Reflection log (newest first)</source>
            <translation>Refleksionslog (nyeste først)</translation>
        </message>
        <message>
            <source>Remit (whom the collaboration helps)</source>
            <translation>Målgruppe (hvem samarbejdet hjælper)</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcer</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Ansvar</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>What does each actor need to know, and when? One row per piece of information that reaches an actor through an information flow.</source>
            <translation>Hvad skal hver aktør vide, og hvornår? Én række for hver oplysning, der når en aktør gennem en informationsstrøm.</translation>
        </message>
        <message>
            <source>What needs to be improved?</source>
            <translation>Hvad skal forbedres?</translation>
        </message>
        <message>
            <source>What works for the citizens?</source>
            <translation>Hvad virker for borgerne?</translation>
        </message>
        <message>
            <source>What works for us locally?</source>
            <translation>Hvad virker for os lokalt?</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>With citizens</source>
            <translation>Med borgere</translation>
        </message>
        <message>
            <source>Works for</source>
            <translation>Arbejder for</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>ikke registreret</translation>
        </message>
        <message>
            <source>via {asset}</source>
            <translation>via {asset}</translation>
        </message>
        <message>
            <source>{actors} actors, {phases} phases, {acts} activities ({co} co-produced with citizens), {flows} flows.</source>
            <translation>{actors} aktører, {phases} faser, {acts} aktiviteter ({co} samskabt med borgere), {flows} strømme.</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <source>For information</source>
            <translation>Til orientering</translation>
        </message>
        <message>
            <source>… and {count} more activities: see the map pages, or the JSON or CSV export for the full list.</source>
            <extracomment>rows per table piece; long lists become several tables, so splitting stays linear activities listed in the report; a bigger map's are in the JSON/CSV export</extracomment>
            <translation>… og {count} aktiviteter mere: se kortsiderne, eller JSON- eller CSV-eksporten for hele listen.</translation>
        </message>
        <message>
            <source>digital</source>
            <extracomment>model values printed through _t(): asset kind and status, level, nature, interdependence (an actor's kind is worded in app.wording)</extracomment>
            <translation>digitalt</translation>
        </message>
        <message>
            <source>physical</source>
            <translation>fysisk</translation>
        </message>
        <message>
            <source>existing</source>
            <translation>eksisterende</translation>
        </message>
        <message>
            <source>needs investment</source>
            <translation>kræver investering</translation>
        </message>
        <message>
            <source>strategic</source>
            <translation>strategisk</translation>
        </message>
        <message>
            <source>operational</source>
            <translation>operationelt</translation>
        </message>
        <message>
            <source>tangible</source>
            <translation>håndgribelig</translation>
        </message>
        <message>
            <source>intangible</source>
            <translation>uhåndgribelig</translation>
        </message>
        <message>
            <source>both</source>
            <translation>begge dele</translation>
        </message>
        <message>
            <source>pooled</source>
            <translation>samlet (pooled)</translation>
        </message>
        <message>
            <source>sequential</source>
            <translation>sekventiel</translation>
        </message>
        <message>
            <source>reciprocal</source>
            <translation>gensidig</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <source>What each member changes locally (learning at two levels)</source>
            <translation>Hvad hvert medlem ændrer lokalt (læring på to niveauer)</translation>
        </message>
        <message>
            <source>What it changes in its own routines and information flows</source>
            <translation>Hvad det ændrer i egne rutiner og informationsstrømme</translation>
        </message>
        <message>
            <source>Changes since {date}</source>
            <extracomment>lines shown; a longer list ends with how many more there are</extracomment>
            <translation>Ændringer siden {date}</translation>
        </message>
        <message>
            <source>Nothing has changed since then.</source>
            <translation>Intet er ændret siden da.</translation>
        </message>
        <message>
            <source>{total} changes: {added} added, {removed} removed, {changed} changed or moved</source>
            <translation>{total} ændringer: {added} tilføjet, {removed} fjernet, {changed} ændret eller flyttet</translation>
        </message>
        <message>
            <source>… and {count} more changes</source>
            <translation>… og {count} ændringer mere</translation>
        </message>
        <message>
            <source>What the map shows</source>
            <translation>Hvad kortet viser</translation>
        </message>
    </context>
    <context>
        <name>ResourcesModel</name>
        <message>
            <source>resource</source>
            <translation>ressource</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ejer</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>New resource</source>
            <translation>Ny ressource</translation>
        </message>
    </context>
    <context>
        <name>ResponsibilitiesModel</name>
        <message>
            <source>responsibility</source>
            <translation>ansvar</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Aktør</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
    </context>
    <context>
        <name>RoutinesModel</name>
        <message>
            <source>routine</source>
            <translation>rutine</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Between</source>
            <translation>Mellem</translation>
        </message>
    </context>
    <context>
        <name>ShareLiveDialog</name>
        <message>
            <source>Share Live</source>
            <extracomment>host for other computers (with a token), not only this one</extracomment>
            <translation>Del live</translation>
        </message>
        <message>
            <source>&amp;Host a session on this computer</source>
            <translation>&amp;Vær vært for en session på denne computer</translation>
        </message>
        <message>
            <source>&amp;Join a session</source>
            <translation>&amp;Deltag i en session</translation>
        </message>
        <message>
            <source>How partners see you, e.g. Anna (café)</source>
            <translation>Sådan ser partnerne dig, fx Anna (café)</translation>
        </message>
        <message>
            <source>Let other computers on the network join (with a token)</source>
            <translation>Lad andre computere på netværket deltage (med et token)</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Dit &amp;navn:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation>&amp;Token:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Edit this map together with others, each on their own computer. Changes appear for everyone at once; if the connection drops, you keep working and nothing is lost.</source>
            <translation>Redigér dette kort sammen med andre, hver på sin egen computer. Ændringer vises straks for alle; falder forbindelsen ud, arbejder du videre, og intet går tabt.</translation>
        </message>
        <message>
            <source>Give your name, so partners know who is who.</source>
            <translation>Skriv dit navn, så partnerne ved, hvem der er hvem.</translation>
        </message>
    </context>
    <context>
        <name>TableSection</name>
        <message>
            <source>Add</source>
            <extracomment>the next choice editor was asked for by a click</extracomment>
            <translation>Tilføj</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
    </context>
    <context>
        <name>Tools</name>
        <message>
            <source>Not done: end the arrow on an activity or a lane header.</source>
            <translation>Ikke udført: slut pilen på en aktivitet eller et banehoved.</translation>
        </message>
        <message>
            <source>Start the arrow on an activity or a lane header.</source>
            <translation>Start pilen på en aktivitet eller et banehoved.</translation>
        </message>
    </context>
    <context>
        <name>UndoText</name>
        <message>
            <source>Change flow %1 to %2</source>
            <translation>Ret strømmen %1 til %2</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>Flyt %1</translation>
        </message>
        <message>
            <source>Move %1 activities</source>
            <translation>Flyt %1 aktiviteter</translation>
        </message>
        <message>
            <source>Move %1 to %2</source>
            <translation>Flyt %1 til %2</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Omdøb</translation>
        </message>
        <message>
            <source>Rename activity %1 to %2</source>
            <translation>Omdøb aktiviteten %1 til %2</translation>
        </message>
        <message>
            <source>Rename lane %1 to %2</source>
            <translation>Omdøb banen %1 til %2</translation>
        </message>
        <message>
            <source>Rename phase %1 to %2</source>
            <translation>Omdøb fasen %1 til %2</translation>
        </message>
        <message>
            <source>no phase</source>
            <translation>ingen fase</translation>
        </message>
    </context>
    <context>
        <name>WhatIf</name>
        <message>
            <source>actor</source>
            <translation>aktør</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>aktivitet</translation>
        </message>
        <message>
            <source>asset</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>flow</source>
            <translation>strøm</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>partnerskab</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>ressource</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rutine</translation>
        </message>
        <message>
            <source>{partnership} loses its member {name}</source>
            <translation>{partnership} mister sit medlem {name}</translation>
        </message>
        <message>
            <source>{partnership} loses its coordinator {name}</source>
            <translation>{partnership} mister sin koordinator {name}</translation>
        </message>
        <message>
            <source>{partnership} loses the resource “{name}”</source>
            <translation>{partnership} mister ressourcen „{name}“</translation>
        </message>
        <message>
            <source>complementarities of {partnership} lose the resource “{name}” ({count})</source>
            <translation>komplementariteter i {partnership} mister ressourcen „{name}“ ({count})</translation>
        </message>
        <message>
            <source>{partnership} loses the asset “{name}”</source>
            <translation>{partnership} mister aktivet „{name}“</translation>
        </message>
        <message>
            <source>{partnership} loses the routine “{name}”</source>
            <translation>{partnership} mister rutinen „{name}“</translation>
        </message>
        <message>
            <source>the asset “{name}” of {partnership} loses someone with access</source>
            <translation>aktivet „{name}“ i {partnership} mister en med adgang</translation>
        </message>
        <message>
            <source>the routine “{name}” of {partnership} loses its asset</source>
            <translation>rutinen „{name}“ i {partnership} mister sit aktiv</translation>
        </message>
        <message>
            <source>the routine “{name}” of {partnership} loses a participant</source>
            <translation>rutinen „{name}“ i {partnership} mister en deltager</translation>
        </message>
        <message>
            <source>the flow {name} loses its asset</source>
            <translation>strømmen {name} mister sit aktiv</translation>
        </message>
        <message>
            <source>Flows lost</source>
            <translation>Strømme, der forsvinder</translation>
        </message>
        <message>
            <source>Activities left without any flow</source>
            <translation>Aktiviteter uden nogen strøm</translation>
        </message>
        <message>
            <source>Co-produced activities lost</source>
            <translation>Samskabte aktiviteter, der forsvinder</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerskaber</translation>
        </message>
        <message>
            <source>Findings that would appear</source>
            <translation>Fund, der ville dukke op</translation>
        </message>
        <message>
            <source>Findings that would disappear</source>
            <translation>Fund, der ville forsvinde</translation>
        </message>
        <message>
            <source>What if {name} ({kind}) were gone?</source>
            <translation>Hvad nu hvis {name} ({kind}) var væk?</translation>
        </message>
        <message>
            <source>Nothing else is lost, and no finding changes.</source>
            <translation>Intet andet går tabt, og ingen fund ændrer sig.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>Right-click an actor, activity or asset and choose “What if this were gone?”</source>
            <translation>Højreklik på en aktør, en aktivitet eller et aktiv, og vælg „Hvad nu hvis den var væk?“</translation>
        </message>
        <message>
            <source>Consequences</source>
            <translation>Følger</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Ryd</translation>
        </message>
        <message>
            <source>Nothing has been removed: this only shows what would happen.</source>
            <translation>Intet er fjernet: her ses kun, hvad der ville ske.</translation>
        </message>
        <message>
            <source>Nothing else is lost, and no finding changes.</source>
            <translation>Intet andet går tabt, og ingen fund ændrer sig.</translation>
        </message>
        <message>
            <source>The map has changed; ask again.</source>
            <translation>Kortet er ændret; spørg igen.</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>Hvad nu hvis</translation>
        </message>
        <message>
            <source>What if this were gone?</source>
            <translation>Hvad nu hvis den var væk?</translation>
        </message>
        <message>
            <source>Show what removing the selected item would break, without removing it</source>
            <translation>Vis, hvad det ville ødelægge at fjerne det valgte, uden at fjerne det</translation>
        </message>
        <message>
            <source>Select an actor, activity or asset first.</source>
            <translation>Vælg først en aktør, en aktivitet eller et aktiv.</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>Why are we collaborating: for efficiency, to repackage existing services, or to create new services for the citizens?</source>
            <translation>Hvorfor samarbejder vi: for effektivitetens skyld, for at ompakke eksisterende ydelser eller for at skabe nye ydelser til borgerne?</translation>
        </message>
        <message>
            <source>Which complementary resources bind us together, and how do they complement each other?</source>
            <translation>Hvilke komplementære ressourcer binder os sammen, og hvordan supplerer de hinanden?</translation>
        </message>
        <message>
            <source>Which technology will let us share information, and is there a place where people from the different organisations can meet?</source>
            <translation>Hvilken teknologi gør det muligt for os at dele information, og findes der et sted, hvor folk fra de forskellige organisationer kan mødes?</translation>
        </message>
        <message>
            <source>How do we make sure good knowledge-sharing routines are built, and that we keep looking for improvements?</source>
            <translation>Hvordan sikrer vi, at der opbygges gode videndelingsrutiner, og at vi bliver ved med at lede efter forbedringer?</translation>
        </message>
        <message>
            <source>Efficiency</source>
            <extracomment>Partnership.purpose value -&gt; label</extracomment>
            <translation>Effektivitet</translation>
        </message>
        <message>
            <source>Repackaging of existing services</source>
            <translation>Ompakning af eksisterende ydelser</translation>
        </message>
        <message>
            <source>New services</source>
            <translation>Nye ydelser</translation>
        </message>
        <message>
            <source>public</source>
            <extracomment>Actor.kind value -&gt; the word under a lane's name (canvas, PDF map) and in the PDF's tables</extracomment>
            <translation>offentlig</translation>
        </message>
        <message>
            <source>private</source>
            <translation>privat</translation>
        </message>
        <message>
            <source>voluntary</source>
            <translation>frivillig</translation>
        </message>
        <message>
            <source>citizen</source>
            <translation>borger</translation>
        </message>
        <message>
            <source>other</source>
            <translation>anden</translation>
        </message>
        <message>
            <source>Public organisation</source>
            <extracomment>Actor.kind value -&gt; the choice in the actor form, in the order offered</extracomment>
            <translation>Offentlig organisation</translation>
        </message>
        <message>
            <source>Private company</source>
            <translation>Privat virksomhed</translation>
        </message>
        <message>
            <source>Voluntary organisation</source>
            <translation>Frivillig organisation</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anden</translation>
        </message>
        <message>
            <source>Unknown</source>
            <extracomment>InformationFlow.consent value -&gt; label, in the order a form offers them</extracomment>
            <translation>Ukendt</translation>
        </message>
        <message>
            <source>Obtained</source>
            <translation>Indhentet</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Mangler</translation>
        </message>
        <message>
            <source>Not needed (no personal data)</source>
            <translation>Ikke nødvendigt (ingen personoplysninger)</translation>
        </message>
        <message>
            <source>obtained</source>
            <extracomment>InformationFlow.consent value -&gt; the state in a word, in the order the legend shows them</extracomment>
            <translation>indhentet</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>mangler</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ukendt</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>ikke nødvendigt</translation>
        </message>
        <message>
            <source>personal data, consent:</source>
            <extracomment>the heading of the personal-data mark's legend, before the marks and their words</extracomment>
            <translation>personoplysninger, samtykke:</translation>
        </message>
        <message>
            <source>consent not needed</source>
            <extracomment>InformationFlow.consent value -&gt; the note in the "Personal data" column of the PDF's need-to-know table (a missing consent in capitals, so it stands out on paper)</extracomment>
            <translation>samtykke ikke nødvendigt</translation>
        </message>
        <message>
            <source>consent obtained</source>
            <translation>samtykke indhentet</translation>
        </message>
        <message>
            <source>consent MISSING</source>
            <translation>samtykke MANGLER</translation>
        </message>
        <message>
            <source>consent unknown</source>
            <translation>samtykke ukendt</translation>
        </message>
        <message>
            <source>personal data, consent obtained</source>
            <extracomment>InformationFlow.consent value -&gt; what a screen reader says about a flow with personal data</extracomment>
            <translation>personoplysninger, samtykke indhentet</translation>
        </message>
        <message>
            <source>personal data, consent missing</source>
            <translation>personoplysninger, samtykke mangler</translation>
        </message>
        <message>
            <source>personal data, consent not needed</source>
            <translation>personoplysninger, samtykke ikke nødvendigt</translation>
        </message>
        <message>
            <source>personal data, consent unknown</source>
            <translation>personoplysninger, samtykke ukendt</translation>
        </message>
        <message>
            <source>no personal data</source>
            <translation>ingen personoplysninger</translation>
        </message>
    </context>
    <context>
        <name>WorkshopMode</name>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <source>The map full screen in large type, with the partnership's guiding questions one at a time; Esc leaves</source>
            <translation>Kortet i fuld skærm med stor skrift og partnerskabets vejledende spørgsmål ét ad gangen; Esc afslutter</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPanel</name>
        <message>
            <source>Step %v of %m</source>
            <translation>Trin %v af %m</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbage</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Næste</translation>
        </message>
        <message>
            <source>Add today's reflection entry</source>
            <translation>Tilføj dagens refleksion</translation>
        </message>
        <message>
            <source>What works for us locally?</source>
            <translation>Hvad virker for os lokalt?</translation>
        </message>
        <message>
            <source>What works for the citizens?</source>
            <translation>Hvad virker for borgerne?</translation>
        </message>
        <message>
            <source>What needs to be improved?</source>
            <translation>Hvad skal forbedres?</translation>
        </message>
        <message>
            <source>Previous member</source>
            <translation>Forrige medlem</translation>
        </message>
        <message>
            <source>Next member</source>
            <translation>Næste medlem</translation>
        </message>
        <message>
            <source>Member %1 of %2</source>
            <translation>Medlem %1 af %2</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Tidtager</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Add a partnership first (Partnership panel).</source>
            <translation>Tilføj først et partnerskab (panelet Partnerskab).</translation>
        </message>
        <message>
            <source>Workshop: %s</source>
            <translation>Workshop: %s</translation>
        </message>
        <message>
            <source>Reflection, %s</source>
            <translation>Refleksion, %s</translation>
        </message>
        <message>
            <source>Answer guiding question</source>
            <translation>Besvar vejledende spørgsmål</translation>
        </message>
        <message>
            <source>Add reflection</source>
            <translation>Tilføj refleksion</translation>
        </message>
        <message>
            <source>Edit reflection</source>
            <translation>Rediger refleksion</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Tiden er gået</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Map</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Map or partnership workspace</source>
            <translation>Kort eller partnerskabets arbejdsområde</translation>
        </message>
        <message>
            <source>Partnership &amp;Workspace</source>
            <translation>Partnerskabets &amp;arbejdsområde</translation>
        </message>
        <message>
            <source>Partnership workspace</source>
            <translation>Partnerskabets arbejdsområde</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerskaber</translation>
        </message>
        <message>
            <source>Table 1's four components with room to work</source>
            <translation>Tabel 1's fire komponenter med plads til at arbejde</translation>
        </message>
        <message>
            <source>Work on the partnerships in a tab beside the map</source>
            <translation>Arbejd med partnerskaberne i en fane ved siden af kortet</translation>
        </message>
    </context>
    <context>
        <name>_RenameDelegate</name>
        <message>
            <source>New name</source>
            <extracomment>the map id a row stands for the text Enter edits (title, name, what)</extracomment>
            <translation>Nyt navn</translation>
        </message>
    </context>
</TS>
