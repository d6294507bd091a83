<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en_GB">
    <context>
        <name />
        <message>
            <source>Add an actor (a lane) first: activities live in lanes.</source>
            <translation>Lisää ensin toimija (kaista): toiminnot sijoittuvat kaistoille.</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Uusi toiminto</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Lisää toiminto</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>Uusi toimija</translation>
        </message>
        <message>
            <source>Add actor</source>
            <translation>Lisää toimija</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Uusi vaihe</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Lisää vaihe</translation>
        </message>
        <message>
            <source>Not done: a flow needs two different ends.</source>
            <translation>Ei tehty: virralla on oltava kaksi eri päätä.</translation>
        </message>
        <message>
            <source>Not done: a sequence flow (process order) joins two activities, not a lane. Use an information flow to reach an actor.</source>
            <translation>Ei tehty: järjestysvirta (prosessin järjestys) yhdistää kaksi toimintoa, ei kaistaa. Käytä tietovirtaa, kun haluat tavoittaa toimijan.</translation>
        </message>
        <message>
            <source>Add information flow</source>
            <translation>Lisää tietovirta</translation>
        </message>
        <message>
            <source>Add sequence flow</source>
            <translation>Lisää järjestysvirta</translation>
        </message>
        <message>
            <source>Make lane %1 a %2 lane</source>
            <translation>Tee kaistasta %1 %2-kaista</translation>
        </message>
        <message>
            <source>“%1” is a %2 lane; change its kind in Properties if it is not.</source>
            <translation>“%1” on kaista, jonka tyyppi on %2; muuta tyyppiä Ominaisuuksissa, jos se ei pidä paikkaansa.</translation>
        </message>
        <message>
            <source>Nudge</source>
            <translation>Siirrä hieman</translation>
        </message>
        <message>
            <source>Resize activity</source>
            <translation>Muuta toiminnon kokoa</translation>
        </message>
        <message>
            <source>Resize lane</source>
            <translation>Muuta kaistan korkeutta</translation>
        </message>
        <message>
            <source>Reorder lanes</source>
            <translation>Järjestä kaistat uudelleen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Select one or more activities to mark them as co-produced.</source>
            <translation>Valitse yksi tai useampi toiminto merkitäksesi ne yhteistuotetuiksi.</translation>
        </message>
        <message>
            <source>Toggle co-produced</source>
            <translation>Vaihda yhteistuotettu</translation>
        </message>
        <message>
            <source>the clipboard does not hold OppSpace activities</source>
            <translation>leikepöydällä ei ole OppSpace-toimintoja</translation>
        </message>
        <message>
            <source>Select activities to duplicate.</source>
            <translation>Valitse monistettavat toiminnot.</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Monista</translation>
        </message>
        <message>
            <source>Nothing to paste: copy activities first.</source>
            <translation>Ei liitettävää: kopioi ensin toimintoja.</translation>
        </message>
        <message>
            <source>Nothing to paste: the clipboard holds no OppSpace activities.</source>
            <translation>Ei liitettävää: leikepöydällä ei ole OppSpace-toimintoja.</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Liitä</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <source>About OppSpace</source>
            <translation>Tietoja OppSpacesta</translation>
        </message>
        <message>
            <source>&lt;h2&gt;OppSpace {version}&lt;/h2&gt;&lt;p&gt;Map co-production service processes across organisations, describe the partnership behind them, and see what the map reveals.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;OppSpace {version}&lt;/h2&gt;&lt;p&gt;Kuvaa yhteistuotettujen palvelujen prosessit yli organisaatiorajojen, kuvaa niiden taustalla oleva kumppanuus ja katso, mitä kartta paljastaa.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The method is based on: Brix, J., Tuurnas, S. &amp;amp; Mortensen, N. M. (2021). &lt;i&gt;Creating Opportunity Spaces for Co-Production: Professional Co-Producers in Inter-Organizational Collaborations.&lt;/i&gt; In A. O. Thomassen &amp;amp; J. B. Jensen (eds.), &lt;i&gt;Processual Perspectives on the Co-Production Turn in Public Sector Organizations&lt;/i&gt;, 157-175. IGI Global. &lt;a href='{doi}'&gt;{doi}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Fonts: DejaVu (free licence).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Menetelmä perustuu teokseen: Brix, J., Tuurnas, S. &amp;amp; Mortensen, N. M. (2021). &lt;i&gt;Creating Opportunity Spaces for Co-Production: Professional Co-Producers in Inter-Organizational Collaborations.&lt;/i&gt; Teoksessa A. O. Thomassen &amp;amp; J. B. Jensen (toim.), &lt;i&gt;Processual Perspectives on the Co-Production Turn in Public Sector Organizations&lt;/i&gt;, 157–175. IGI Global. &lt;a href='{doi}'&gt;{doi}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Vapaa ohjelmisto MIT-lisenssillä. Kirjasimet: DejaVu (vapaa lisenssi).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ActorsModel</name>
        <message>
            <source>Change members</source>
            <extracomment>only the partnership's members (the coordinator)</extracomment>
            <translation>Muuta jäseniä</translation>
        </message>
    </context>
    <context>
        <name>Announcer</name>
        <message>
            <source>Undone: {action}</source>
            <translation>Kumottu: {action}</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Tehty uudelleen: {action}</translation>
        </message>
        <message>
            <source>Added: {name}</source>
            <translation>Lisätty: {name}</translation>
        </message>
        <message>
            <source>Added {count} items</source>
            <translation>Lisätty {count} kohdetta</translation>
        </message>
        <message>
            <source>Deleted: {title}</source>
            <translation>Poistettu: {title}</translation>
        </message>
        <message>
            <source>Deleted {count} items</source>
            <translation>Poistettu {count} kohdetta</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Ei osumia</translation>
        </message>
        <message>
            <source>{current} of {total} found</source>
            <translation>{current}/{total} löydetty</translation>
        </message>
        <message>
            <source>Shown on the map: {what}</source>
            <translation>Näytetään kartalla: {what}</translation>
        </message>
    </context>
    <context>
        <name>Anonymise</name>
        <message>
            <source>Citizen</source>
            <translation>Kansalainen</translation>
        </message>
        <message>
            <source>Citizen {number}</source>
            <translation>Kansalainen {number}</translation>
        </message>
        <message>
            <source>{title} (anonymised)</source>
            <translation>{title} (anonymisoitu)</translation>
        </message>
    </context>
    <context>
        <name>AssetsModel</name>
        <message>
            <source>asset</source>
            <translation>resurssi</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Resurssi</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Pääsy</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>New asset</source>
            <translation>Uusi resurssi</translation>
        </message>
    </context>
    <context>
        <name>CSV</name>
        <message>
            <source>Flow</source>
            <translation>Virta</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <source>From actor</source>
            <translation>Lähettävä toimija</translation>
        </message>
        <message>
            <source>From organisation</source>
            <translation>Lähettävä organisaatio</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <source>To actor</source>
            <translation>Vastaanottava toimija</translation>
        </message>
        <message>
            <source>To organisation</source>
            <translation>Vastaanottava organisaatio</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Resurssi</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Henkilötiedot</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Suostumus</translation>
        </message>
        <message>
            <source>information</source>
            <translation>tieto</translation>
        </message>
        <message>
            <source>sequence</source>
            <translation>järjestys</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ei</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Add activity</source>
            <translation>Lisää toiminto</translation>
        </message>
        <message>
            <source>Add actor</source>
            <translation>Lisää toimija</translation>
        </message>
        <message>
            <source>Add an actor (a lane) first: activities live in lanes.</source>
            <translation>Lisää ensin toimija (kaista): toiminnot sijoittuvat kaistoille.</translation>
        </message>
        <message>
            <source>Add information flow</source>
            <translation>Lisää tietovirta</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Lisää vaihe</translation>
        </message>
        <message>
            <source>Add sequence flow</source>
            <translation>Lisää järjestysvirta</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Monista</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Uusi toiminto</translation>
        </message>
        <message>
            <source>New actor</source>
            <translation>Uusi toimija</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Uusi vaihe</translation>
        </message>
        <message>
            <source>Not done: a flow needs two different ends.</source>
            <translation>Ei tehty: virralla on oltava kaksi eri päätä.</translation>
        </message>
        <message>
            <source>Not done: a sequence flow (process order) joins two activities, not a lane. Use an information flow to reach an actor.</source>
            <translation>Ei tehty: järjestysvirta (prosessin järjestys) yhdistää kaksi toimintoa, ei kaistaa. Käytä tietovirtaa, kun haluat tavoittaa toimijan.</translation>
        </message>
        <message>
            <source>Nothing to paste: copy activities first.</source>
            <translation>Ei liitettävää: kopioi ensin toimintoja.</translation>
        </message>
        <message>
            <source>Nothing to paste: the clipboard holds no OppSpace activities.</source>
            <translation>Ei liitettävää: leikepöydällä ei ole OppSpace-toimintoja.</translation>
        </message>
        <message>
            <source>Nudge</source>
            <translation>Siirrä hieman</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Liitä</translation>
        </message>
        <message>
            <source>Reorder lanes</source>
            <translation>Järjestä kaistat uudelleen</translation>
        </message>
        <message>
            <source>Resize activity</source>
            <translation>Muuta toiminnon kokoa</translation>
        </message>
        <message>
            <source>Resize lane</source>
            <translation>Muuta kaistan korkeutta</translation>
        </message>
        <message>
            <source>Select activities to duplicate.</source>
            <translation>Valitse monistettavat toiminnot.</translation>
        </message>
        <message>
            <source>Select one or more activities to mark them as co-produced.</source>
            <translation>Valitse yksi tai useampi toiminto merkitäksesi ne yhteistuotetuiksi.</translation>
        </message>
        <message>
            <source>Toggle co-produced</source>
            <translation>Vaihda yhteistuotettu</translation>
        </message>
        <message>
            <source>the clipboard does not hold OppSpace activities</source>
            <translation>leikepöydällä ei ole OppSpace-toimintoja</translation>
        </message>
        <message>
            <source>“%1” is a %2 lane; change its kind in Properties if it is not.</source>
            <translation>“%1” on kaista, jonka tyyppi on %2; muuta tyyppiä Ominaisuuksissa, jos se ei pidä paikkaansa.</translation>
        </message>
        <message>
            <source>Make lane %1 a %2 lane</source>
            <translation>Tee kaistasta %1 %2-kaista</translation>
        </message>
    </context>
    <context>
        <name>CanvasKeyboard</name>
        <message>
            <source>Service map</source>
            <extracomment>space left between a new box and the last box in its lane the size editing.add_activity_at gives a new box keys that walk an activity's flows: with Ctrl+Alt, or with Alt alone a FindingsPanel (findings_for(id)), optional</extracomment>
            <translation>Palvelukartta</translation>
        </message>
        <message>
            <source>Map drawing area</source>
            <translation>Kartan piirtoalue</translation>
        </message>
        <message>
            <source>Select an activity first: Ctrl+Alt+Right walks its flows.</source>
            <extracomment>an Enter that just ended a rename is on its way up the activity whose flows Ctrl+Alt+arrows walk</extracomment>
            <translation>Valitse ensin toiminto: Ctrl+Alt+Oikea käy läpi sen virrat.</translation>
        </message>
        <message>
            <source>This activity has no flows.</source>
            <translation>Tällä toiminnolla ei ole virtoja.</translation>
        </message>
        <message>
            <source>Nothing selected. Tab moves to the first activity.</source>
            <translation>Mitään ei ole valittu. Sarkain siirtyy ensimmäiseen toimintoon.</translation>
        </message>
        <message>
            <source>{count} items selected</source>
            <translation>{count} kohdetta valittu</translation>
        </message>
        <message>
            <source>(findings: {count})</source>
            <translation>(havaintoja: {count})</translation>
        </message>
        <message>
            <source>Activity “{title}” in lane {lane}</source>
            <translation>Toiminto ”{title}” kaistalla {lane}</translation>
        </message>
        <message>
            <source>, phase {phase}</source>
            <translation>, vaihe {phase}</translation>
        </message>
        <message>
            <source>, co-produced</source>
            <translation>, yhteistuotettu</translation>
        </message>
        <message>
            <source>, not co-produced</source>
            <translation>, ei yhteistuotettu</translation>
        </message>
        <message>
            <source>Lane of actor “{name}”, activities: {count}</source>
            <translation>Toimijan ”{name}” kaista, toimintoja: {count}</translation>
        </message>
        <message>
            <source>Phase “{name}”</source>
            <translation>Vaihe ”{name}”</translation>
        </message>
        <message>
            <source>Information flow</source>
            <translation>Tietovirta</translation>
        </message>
        <message>
            <source>Sequence flow</source>
            <translation>Järjestysvirta</translation>
        </message>
        <message>
            <source>{kind} from {source} to {target}</source>
            <translation>{kind}: {source} → {target}</translation>
        </message>
    </context>
    <context>
        <name>Changes</name>
        <message>
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Virta</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Kumppanuus</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Resurssi</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Voimavara</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutiini</translation>
        </message>
        <message>
            <source>title</source>
            <translation>otsikko</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nimi</translation>
        </message>
        <message>
            <source>description</source>
            <translation>kuvaus</translation>
        </message>
        <message>
            <source>authors</source>
            <translation>tekijät</translation>
        </message>
        <message>
            <source>language</source>
            <translation>kieli</translation>
        </message>
        <message>
            <source>created</source>
            <translation>luotu</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>laji</translation>
        </message>
        <message>
            <source>works for</source>
            <translation>työskentelee organisaatiossa</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>väri</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>kaista</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>vaihe</translation>
        </message>
        <message>
            <source>co-produced</source>
            <translation>yhteistuotettu</translation>
        </message>
        <message>
            <source>from</source>
            <translation>mistä</translation>
        </message>
        <message>
            <source>to</source>
            <translation>mihin</translation>
        </message>
        <message>
            <source>what</source>
            <translation>mitä</translation>
        </message>
        <message>
            <source>when</source>
            <translation>milloin</translation>
        </message>
        <message>
            <source>form</source>
            <translation>muoto</translation>
        </message>
        <message>
            <source>asset</source>
            <translation>voimavara</translation>
        </message>
        <message>
            <source>personal data</source>
            <translation>henkilötiedot</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>suostumus</translation>
        </message>
        <message>
            <source>members</source>
            <translation>jäsenet</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>tarkoitus</translation>
        </message>
        <message>
            <source>remit</source>
            <translation>kohderyhmä</translation>
        </message>
        <message>
            <source>need</source>
            <translation>tarve</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>koordinaattori</translation>
        </message>
        <message>
            <source>leadership resources</source>
            <translation>johtamisresurssit</translation>
        </message>
        <message>
            <source>decision making</source>
            <translation>päätöksenteko</translation>
        </message>
        <message>
            <source>review</source>
            <translation>arviointi</translation>
        </message>
        <message>
            <source>responsibilities</source>
            <translation>vastuut</translation>
        </message>
        <message>
            <source>complementarities</source>
            <translation>täydentävyydet</translation>
        </message>
        <message>
            <source>why we collaborate</source>
            <translation>miksi teemme yhteistyötä</translation>
        </message>
        <message>
            <source>what binds us</source>
            <translation>mikä meitä sitoo</translation>
        </message>
        <message>
            <source>technology and places</source>
            <translation>teknologia ja paikat</translation>
        </message>
        <message>
            <source>routines and improvement</source>
            <translation>rutiinit ja kehittäminen</translation>
        </message>
        <message>
            <source>reflections</source>
            <translation>reflektiot</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>omistaja</translation>
        </message>
        <message>
            <source>nature</source>
            <translation>luonne</translation>
        </message>
        <message>
            <source>status</source>
            <translation>tila</translation>
        </message>
        <message>
            <source>access</source>
            <translation>pääsy</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>osallistujat</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>kumppanuus</translation>
        </message>
        <message>
            <source>order</source>
            <translation>järjestys</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei mitään</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ei</translation>
        </message>
        <message>
            <source>{what}: added</source>
            <translation>{what}: lisätty</translation>
        </message>
        <message>
            <source>{what}: removed</source>
            <translation>{what}: poistettu</translation>
        </message>
        <message>
            <source>{what}: moved</source>
            <translation>{what}: siirretty</translation>
        </message>
        <message>
            <source>Lanes reordered</source>
            <translation>Kaistojen järjestys muuttui</translation>
        </message>
        <message>
            <source>Phases reordered</source>
            <translation>Vaiheiden järjestys muuttui</translation>
        </message>
        <message>
            <source>{what}: resized {old} → {new}</source>
            <translation>{what}: koko muuttui {old} → {new}</translation>
        </message>
        <message>
            <source>{what}: dropped, it referred to something the merged map no longer has</source>
            <translation>{what}: jätetty pois, se viittasi johonkin, jota yhdistetyssä kartassa ei enää ole</translation>
        </message>
        <message>
            <source>{what}: {field} {value} dropped, it is no longer in the merged map</source>
            <translation>{what}: {field} {value} jätetty pois, sitä ei enää ole yhdistetyssä kartassa</translation>
        </message>
        <message>
            <source>{what}: removed on one side and changed on the other; the changed one is kept</source>
            <translation>{what}: poistettu toisella puolella ja muutettu toisella; muutettu säilytetään</translation>
        </message>
        <message>
            <source>Lanes: both sides reordered them differently; ours kept</source>
            <translation>Kaistat: molemmat puolet järjestivät ne eri tavoin; meidän säilytetään</translation>
        </message>
        <message>
            <source>Phases: both sides reordered them differently; ours kept</source>
            <translation>Vaiheet: molemmat puolet järjestivät ne eri tavoin; meidän säilytetään</translation>
        </message>
        <message>
            <source>{what}: {field} ours {ours}, theirs {theirs}; kept {kept}</source>
            <translation>{what}: {field} meidän {ours}, heidän {theirs}; säilytetty {kept}</translation>
        </message>
        <message>
            <source>ours</source>
            <translation>meidän</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>heidän</translation>
        </message>
    </context>
    <context>
        <name>Collab</name>
        <message>
            <source>%s: cannot read the token file (%s)</source>
            <translation>%s: tunnistetiedostoa ei voi lukea (%s)</translation>
        </message>
        <message>
            <source>%s: the token file must hold one token of letters, digits and signs, without spaces</source>
            <translation>%s: tunnistetiedostossa on oltava yksi tunniste kirjaimista, numeroista ja merkeistä ilman välilyöntejä</translation>
        </message>
        <message>
            <source>--host %s: serving beyond this machine needs --token-file, so only people with the token can join</source>
            <translation>--host %s: jakaminen tämän koneen ulkopuolelle vaatii --token-file-valitsimen, jotta vain tunnisteen tietävät voivat liittyä</translation>
        </message>
        <message>
            <source>--certfile and --keyfile go together</source>
            <translation>--certfile ja --keyfile annetaan yhdessä</translation>
        </message>
        <message>
            <source>%s: cannot use the certificate (%s)</source>
            <translation>%s: varmennetta ei voi käyttää (%s)</translation>
        </message>
        <message>
            <source>%s:%s: cannot listen there (%s)</source>
            <translation>%s:%s: siinä ei voi kuunnella (%s)</translation>
        </message>
        <message>
            <source>%s: not a room address; expected ws://HOST:PORT/ROOM (or wss://…, with ?token=TOKEN when the server has one)</source>
            <translation>%s: ei ole huoneen osoite; odotettiin ws://PALVELIN:PORTTI/HUONE (tai wss://…, ja ?token=TUNNISTE kun palvelimella on sellainen)</translation>
        </message>
        <message>
            <source>%s: the server refused the connection (wrong or missing token?)</source>
            <translation>%s: palvelin torjui yhteyden (väärä tai puuttuva tunniste?)</translation>
        </message>
        <message>
            <source>%s: cannot reach the room</source>
            <translation>%s: huoneeseen ei saada yhteyttä</translation>
        </message>
        <message>
            <source>%s: the room did not take the whole map</source>
            <translation>%s: huone ei ottanut vastaan koko karttaa</translation>
        </message>
        <message>
            <source>%s: the room is empty</source>
            <translation>%s: huone on tyhjä</translation>
        </message>
        <message>
            <source>%s: the room does not hold a valid map: %s</source>
            <translation>%s: huoneessa ei ole kelvollista karttaa: %s</translation>
        </message>
        <message>
            <source>the room is empty: nobody has shared a map in it yet</source>
            <extracomment>the room holds a map and this document follows it (after the first sync or seed)</extracomment>
            <translation>huone on tyhjä: kukaan ei ole vielä jakanut siinä karttaa</translation>
        </message>
        <message>
            <source>format: the room does not hold an OppSpace map</source>
            <translation>format: huoneessa ei ole OppSpace-karttaa</translation>
        </message>
        <message>
            <source>version: the room holds a map of version %s, this OppSpace reads version %s</source>
            <translation>version: huoneessa on kartta versiota %s, tämä OppSpace lukee versiota %s</translation>
        </message>
        <message>
            <source>%s: not a list</source>
            <translation>%s: ei ole luettelo</translation>
        </message>
        <message>
            <source>the room's content has too many problems to show</source>
            <translation>huoneen sisällössä on liikaa ongelmia näytettäväksi</translation>
        </message>
        <message>
            <source>Set aside from the shared map: %s</source>
            <translation>Jätetty pois jaetusta kartasta: %s</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>Differences</source>
            <extracomment>an element's id was clicked in the list the user asked to stop comparing (button or Esc)</extracomment>
            <translation>Erot</translation>
        </message>
        <message>
            <source>&amp;Stop comparing</source>
            <translation>&amp;Lopeta vertailu</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2E9E44'&gt;■&lt;/span&gt; added &amp;nbsp; &lt;span style='color:#E07B00'&gt;■&lt;/span&gt; changed &amp;nbsp; &lt;span style='color:#7A7A7A'&gt;■&lt;/span&gt; removed (ghost)</source>
            <translation>&lt;span style='color:#2E9E44'&gt;■&lt;/span&gt; lisätty &amp;nbsp; &lt;span style='color:#E07B00'&gt;■&lt;/span&gt; muutettu &amp;nbsp; &lt;span style='color:#7A7A7A'&gt;■&lt;/span&gt; poistettu (haamu)</translation>
        </message>
        <message>
            <source>Differences from %1: %2</source>
            <translation>Erot verrattuna tiedostoon %1: %2</translation>
        </message>
        <message>
            <source>No differences from %1.</source>
            <translation>Ei eroja verrattuna tiedostoon %1.</translation>
        </message>
    </context>
    <context>
        <name>ComplementaritiesModel</name>
        <message>
            <source>complementarity</source>
            <translation>täydentävyys</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resurssit</translation>
        </message>
        <message>
            <source>Interdependence</source>
            <translation>Keskinäinen riippuvuus</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect</source>
            <translation>Yhdistä</translation>
        </message>
        <message>
            <source>Information flow (what must the target know?)</source>
            <translation>Tietovirta (mitä vastaanottajan on tiedettävä?)</translation>
        </message>
        <message>
            <source>Sequence flow (process order, activity to activity)</source>
            <translation>Järjestysvirta (prosessin järjestys, toiminnosta toimintoon)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Laji:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Mistä:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>Mi&amp;hin:</translation>
        </message>
        <message>
            <source>Lane: {name}</source>
            <translation>Kaista: {name}</translation>
        </message>
        <message>
            <source>The map has nothing to connect yet: add lanes and activities first.</source>
            <translation>Kartalla ei ole vielä mitään yhdistettävää: lisää ensin kaistoja ja toimintoja.</translation>
        </message>
        <message>
            <source>Choose two different ends: a flow cannot start and end at the same place.</source>
            <translation>Valitse kaksi eri päätä: virta ei voi alkaa ja päättyä samaan paikkaan.</translation>
        </message>
        <message>
            <source>A sequence flow joins two activities, not a lane. Choose activities, or make it an information flow to reach an actor.</source>
            <translation>Järjestysvirta yhdistää kaksi toimintoa, ei kaistaa. Valitse toiminnot tai tee siitä tietovirta, jotta se tavoittaa toimijan.</translation>
        </message>
    </context>
    <context>
        <name>DeleteCheck</name>
        <message>
            <source>1 entry in asset access or routine participants</source>
            <translation>1 merkintä resurssien käyttöoikeuksissa tai rutiinien osallistujissa</translation>
        </message>
        <message>
            <source>1 responsibility</source>
            <translation>1 vastuu</translation>
        </message>
        <message>
            <source>Deleting the lane {names} also removes:</source>
            <translation>Kaistan {names} poistaminen poistaa myös:</translation>
        </message>
        <message>
            <source>Deleting the lanes {names} also removes:</source>
            <translation>Kaistojen {names} poistaminen poistaa myös:</translation>
        </message>
        <message>
            <source>You can undo this.</source>
            <translation>Voit kumota tämän.</translation>
        </message>
        <message>
            <source>the coordinator role</source>
            <translation>koordinaattorin roolin</translation>
        </message>
        <message>
            <source>the membership of {names}</source>
            <translation>jäsenyyden: {names}</translation>
        </message>
        <message>
            <source>the resource {names}</source>
            <translation>resurssin {names}</translation>
        </message>
        <message>
            <source>the resources {names}</source>
            <translation>resurssit {names}</translation>
        </message>
        <message>
            <source>the whole partnership</source>
            <translation>koko kumppanuuden</translation>
        </message>
        <message>
            <source>{count} entries in asset access or routine participants</source>
            <translation>{count} merkintää resurssien käyttöoikeuksissa tai rutiinien osallistujissa</translation>
        </message>
        <message>
            <source>{count} responsibilities</source>
            <translation>{count} vastuuta</translation>
        </message>
        <message>
            <source>{partnership}: {losses}</source>
            <translation>{partnership}: {losses}</translation>
        </message>
        <message>
            <source>1 activity in the lane</source>
            <translation>1 toiminto kaistalla</translation>
        </message>
        <message>
            <source>1 flow (arrow) to or from the lane</source>
            <translation>1 kulku (nuoli) kaistalle tai kaistalta</translation>
        </message>
        <message>
            <source>1 pairing of resources that complement each other</source>
            <translation>1 toisiaan täydentävien resurssien pari</translation>
        </message>
        <message>
            <source>{count} activities in the lane</source>
            <translation>{count} toimintoa kaistalla</translation>
        </message>
        <message>
            <source>{count} flows (arrows) to or from the lane</source>
            <translation>{count} kulkua (nuolta) kaistalle tai kaistalta</translation>
        </message>
        <message>
            <source>{count} pairings of resources that complement each other</source>
            <translation>{count} toisiaan täydentävien resurssien paria</translation>
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <source>Not done: %s</source>
            <extracomment>the whole document was replaced (new, open); views rebuild a new document was set, just before ``document_replaced``: work that runs beside the views' rebuilding (the findings worker) starts here one primitive change was applied to the document (app.model.Change) the selected ids changed (list of str) a view asked to show these ids (select and centre them on the canvas) a short message for the status bar an edit was refused; the reason (also sent as a message), to show where the user looks the file path changed (save as, open) makes the undo command of each edit; a live session puts its own in (ui/live)</extracomment>
            <translation>Ei tehty: %s</translation>
        </message>
    </context>
    <context>
        <name>EmptyMapHint</name>
        <message>
            <source>&lt;b&gt;This map is empty.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Start with &lt;i&gt;Insert → Add Actor&lt;/i&gt; (L) to add a lane for each organisation, professional and citizen, then click on the map. Add phases with P and activities with A.&lt;br&gt;&lt;br&gt;&lt;i&gt;Help → Guide&lt;/i&gt; (F1) shows the first steps.</source>
            <translation>&lt;b&gt;Kartta on tyhjä.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Aloita valitsemalla &lt;i&gt;Lisää → Lisää toimija&lt;/i&gt; (L): lisää kaista jokaiselle organisaatiolle, ammattilaiselle ja kansalaiselle ja napsauta sitten karttaa. Lisää vaiheita P:llä ja toimintoja A:lla.&lt;br&gt;&lt;br&gt;&lt;i&gt;Ohje → OppSpace-opas&lt;/i&gt; (F1) näyttää ensimmäiset askeleet.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>unknown paper size {paper}; use A4 or A3</source>
            <extracomment>legend and page number band at the bottom of a map page a page narrower than this (portrait) gives the legend two more lines and room for "continues: …" under a tile between the title block and the map</extracomment>
            <translation>tuntematon paperikoko {paper}; käytä A4- tai A3-kokoa</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export %s</source>
            <extracomment>auto, landscape or portrait</extracomment>
            <translation>Vie %s</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Selaa…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Tiedosto:</translation>
        </message>
        <message>
            <source>&amp;Landscape</source>
            <translation>&amp;Vaaka</translation>
        </message>
        <message>
            <source>&amp;Portrait</source>
            <translation>&amp;Pysty</translation>
        </message>
        <message>
            <source>Include the report pages (partnership, findings, need to know)</source>
            <translation>Sisällytä raporttisivut (kumppanuus, havainnot, tiedontarve)</translation>
        </message>
        <message>
            <source>The language of the PDF's headings, legend and findings; the map's own language to start with</source>
            <translation>PDF:n otsikoiden, selitteen ja havaintojen kieli; aluksi kartan oma kieli</translation>
        </message>
        <message>
            <source>an older copy of this map (optional)</source>
            <translation>kartan vanhempi versio (valinnainen)</translation>
        </message>
        <message>
            <source>Adds a “Changes since …” section listing what changed since that copy, for the next meeting</source>
            <translation>Lisää osion “Muutokset …”, jossa luetellaan, mikä on muuttunut sen version jälkeen, seuraavaa kokousta varten</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <source>A&amp;nonymise: citizens become “Citizen”, “Citizen 2”, …; descriptions, reflection log and authors left out</source>
            <translation>A&amp;nonymisoi: kansalaisista tulee ”Kansalainen”, ”Kansalainen 2”, …; kuvaukset, reflektioloki ja tekijät jätetään pois</translation>
        </message>
        <message>
            <source>For meetings with people who must not see who the citizen is</source>
            <translation>Tapaamisiin, joissa osallistujat eivät saa nähdä, kuka kansalainen on</translation>
        </message>
        <message>
            <source>P&amp;aper:</source>
            <translation>P&amp;aperi:</translation>
        </message>
        <message>
            <source>Orientation:</source>
            <translation>Suunta:</translation>
        </message>
        <message>
            <source>Report lan&amp;guage:</source>
            <translation>Raportin &amp;kieli:</translation>
        </message>
        <message>
            <source>C&amp;hanges since:</source>
            <translation>M&amp;uutokset alkaen:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Vie</translation>
        </message>
        <message>
            <source>Au&amp;tomatic (by the map's shape)</source>
            <translation>Aut&amp;omaattinen (kartan muodon mukaan)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-asiakirjat (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-kuvat (*.png)</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-piirrokset (*.svg)</translation>
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
            <translation>Vie tiedostoon</translation>
        </message>
        <message>
            <source>Changes since which copy of the map?</source>
            <translation>Muutokset mistä kartan versiosta alkaen?</translation>
        </message>
        <message>
            <source>OppSpace maps (*.oppspace)</source>
            <translation>OppSpace-kartat (*.oppspace)</translation>
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation>Valitse tiedosto, johon viedään.</translation>
        </message>
        <message>
            <source>%s is a folder; give a file name.</source>
            <translation>%s on kansio; anna tiedostonimi.</translation>
        </message>
        <message>
            <source>The folder %s does not exist.</source>
            <translation>Kansiota %s ei ole olemassa.</translation>
        </message>
        <message>
            <source>%s is not a file; choose an older copy of the map, or leave “Changes since” empty.</source>
            <translation>%s ei ole tiedosto; valitse kartan vanhempi versio tai jätä “Muutokset alkaen” tyhjäksi.</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Vienti ei onnistu</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find</source>
            <extracomment>the matches or the current one changed: (current index from 0, or -1; number of matches) the bar was closed with Esc or its close button; the window gives focus back to the canvas the current match's id ("" when there is none): the canvas marks it apart from the rest</extracomment>
            <translation>Haku</translation>
        </message>
        <message>
            <source>Find activities, actors, phases and flows</source>
            <translation>Hae toimintoja, toimijoita, vaiheita ja virtoja</translation>
        </message>
        <message>
            <source>Find text</source>
            <translation>Hakuteksti</translation>
        </message>
        <message>
            <source>Clear find text</source>
            <translation>Tyhjennä hakuteksti</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Osumat</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>Edellinen osuma (Vaihto+F3)</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>Seuraava osuma (F3)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Sulje (Esc)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Sulje hakupalkki</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Hae:</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Ei osumia</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current}/{total}</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>No activity in this map is done with citizens, so the process does not count as co-production yet. Mark the activities that are co-commissioned, co-designed, co-delivered or co-evaluated with citizens (the asterisk), or consider where citizens could take part.</source>
            <extracomment>A coordination bottleneck carries more than this share of the paths between the others … … and at least this many times the betweenness of the next actor. Fewer actors exchanging information than this cannot have a meaningful bottleneck.</extracomment>
            <translation>Mitään tämän kartan toimintoa ei tehdä yhdessä kansalaisten kanssa, joten prosessi ei vielä ole yhteistuotantoa. Merkitse toiminnot, jotka ovat yhteistilaamista, yhteissuunnittelua, yhteistuotettua palvelutoimitusta tai yhteisarviointia kansalaisten kanssa (tähti), tai mieti, missä kansalaiset voisivat osallistua.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>ei kirjattu</translation>
        </message>
        <message>
            <source>“{what}” from {source} to {target} carries personal data, but the consent is {state}.</source>
            <translation>”{what}” ({source} → {target}) sisältää henkilötietoja, mutta suostumuksen tila on: {state}.</translation>
        </message>
        <message>
            <source>The information flow from {source} to {target} carries personal data, but the consent is {state}.</source>
            <translation>Tietovirta {source} → {target} sisältää henkilötietoja, mutta suostumuksen tila on: {state}.</translation>
        </message>
        <message>
            <source>Information about a citizen is shared only with the citizen's or guardian's permission: obtain and record consent before sharing, or mark the flow as not needing it if no one can be identified.</source>
            <translation>Kansalaista koskevia tietoja jaetaan vain kansalaisen tai huoltajan luvalla: hanki ja kirjaa suostumus ennen jakamista tai merkitse, ettei virta tarvitse sitä, jos ketään ei voi tunnistaa.</translation>
        </message>
        <message>
            <source>{actor} performs activities (such as “{activity}”) but receives no information from any other actor — a structural hole in the service process. Ask what {actor} needs to know, and when, to deliver what is expected, and draw those information flows.</source>
            <translation>{actor} tekee toimintoja (kuten ”{activity}”), mutta ei saa tietoa muilta toimijoilta — rakenteellinen aukko palveluprosessissa. Selvitä, mitä toimijan {actor} on tiedettävä ja milloin, jotta se voi tehdä odotetun, ja piirrä nämä tietovirrat.</translation>
        </message>
        <message>
            <source>Activity {activity} has no flow in or out, so the map does not say what it builds on or whom it informs. Connect it to the process with a sequence or information flow, or remove it if it is not part of this service.</source>
            <translation>Toiminnolla {activity} ei ole tulevia eikä lähteviä virtoja, joten kartta ei kerro, mihin se perustuu tai kenelle se tiedottaa. Yhdistä se prosessiin järjestys- tai tietovirralla tai poista se, jos se ei kuulu tähän palveluun.</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Tieto</translation>
        </message>
        <message>
            <source>{what} goes from {source} to {target} across organisational boundaries without a relational-specific asset. Name the shared IT system, database, device or meeting place (issue arena) it passes through, or plan one.</source>
            <translation>{what} kulkee toimijalta {source} toimijalle {target} organisaatiorajojen yli ilman suhdespesifiä resurssia. Nimeä yhteinen tietojärjestelmä, tietokanta, laite tai kohtaamispaikka (issue arena), jonka kautta se kulkee, tai suunnittele sellainen.</translation>
        </message>
        <message>
            <source>{actor} carries {share}% of the information paths between the other actors; if it is busy or away, information stops — a coordination bottleneck.</source>
            <translation>{actor} välittää {share} % muiden toimijoiden välisistä tietopoluista; jos se on kiireinen tai poissa, tieto pysähtyy — koordinoinnin pullonkaula.</translation>
        </message>
        <message>
            <source>As coordinator of {partnership} this may be intended: make sure its leadership resources match the load, and consider direct flows between partners who depend on each other.</source>
            <translation>Kumppanuuden {partnership} koordinaattorina tämä voi olla tarkoituksellista: varmista, että johtamisresurssit vastaavat kuormaa, ja harkitse suoria virtoja toisistaan riippuvien kumppanien välille.</translation>
        </message>
        <message>
            <source>Consider direct flows between the partners who depend on each other, or give {actor} the leadership resources of a coordinator.</source>
            <translation>Harkitse suoria virtoja toisistaan riippuvien kumppanien välille tai anna toimijalle {actor} koordinaattorin johtamisresurssit.</translation>
        </message>
        <message>
            <source>pooled</source>
            <extracomment>How much coordination each kind of interdependence needs (Table 1).</extracomment>
            <translation>yhdistetty (pooled)</translation>
        </message>
        <message>
            <source>sequential</source>
            <translation>peräkkäinen</translation>
        </message>
        <message>
            <source>reciprocal</source>
            <translation>vastavuoroinen</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} ja {last}</translation>
        </message>
        <message>
            <source>Partnership {name} has no coordinator and no leadership resources for coordination.</source>
            <translation>Kumppanuudella {name} ei ole koordinaattoria eikä johtamisresursseja koordinointiin.</translation>
        </message>
        <message>
            <source>Partnership {name} has leadership resources but no coordinator.</source>
            <translation>Kumppanuudella {name} on johtamisresursseja mutta ei koordinaattoria.</translation>
        </message>
        <message>
            <source>Partnership {name} names {coordinator} as coordinator but no leadership resources (time or money set aside for coordinating).</source>
            <translation>Kumppanuus {name} nimeää koordinaattoriksi toimijan {coordinator}, mutta ei johtamisresursseja (koordinointiin varattua aikaa tai rahaa).</translation>
        </message>
        <message>
            <source>Without leadership resources for coordinating the partners, structural holes appear in the service process. Agree who coordinates, and with what time or money.</source>
            <translation>Ilman johtamisresursseja kumppanien koordinointiin palveluprosessiin syntyy rakenteellisia aukkoja. Sopikaa, kuka koordinoi ja millä ajalla tai rahalla.</translation>
        </message>
        <message>
            <source>1 flow</source>
            <translation>1 virta</translation>
        </message>
        <message>
            <source>{count} flows</source>
            <translation>{count} virtaa</translation>
        </message>
        <message>
            <source>Members of partnership {name} exchange information ({flows}, such as {source} → {target}) but the partnership has no knowledge-sharing routine. Without a regular pattern of interaction, sharing stays ad hoc and its benefits superficial. Agree what is shared, when, in what form and through which asset.</source>
            <translation>Kumppanuuden {name} jäsenet vaihtavat tietoa ({flows}, esim. {source} → {target}), mutta kumppanuudella ei ole tiedonjakamisen rutiinia. Ilman säännöllistä vuorovaikutuksen mallia jakaminen jää satunnaiseksi ja sen hyödyt pinnallisiksi. Sopikaa, mitä jaetaan, milloin, missä muodossa ja minkä resurssin kautta.</translation>
        </message>
        <message>
            <source>there is no flow between {parties}</source>
            <translation>osapuolten {parties} välillä ei ole virtoja</translation>
        </message>
        <message>
            <source>flows go one way only ({edges})</source>
            <translation>virrat kulkevat vain yhteen suuntaan ({edges})</translation>
        </message>
        <message>
            <source>flows go both ways ({path})</source>
            <translation>virrat kulkevat molempiin suuntiin ({path})</translation>
        </message>
        <message>
            <source>The partners depend on each other more than declared, and {implied} interdependence needs more coordination (reciprocal the most, pooled the least): plan governance and routines for it, or correct the declaration.</source>
            <translation>Kumppanit ovat riippuvaisempia toisistaan kuin on ilmoitettu, ja {implied} riippuvuus vaatii enemmän koordinointia (vastavuoroinen eniten, yhdistetty vähiten): suunnitelkaa hallinta ja rutiinit sen mukaan tai korjatkaa ilmoitus.</translation>
        </message>
        <message>
            <source>If the resources really depend on each other as declared, the map lacks the flows that carry this: draw what must pass between the partners, and when; otherwise declare them {implied}.</source>
            <translation>Jos resurssit todella riippuvat toisistaan ilmoitetulla tavalla, kartasta puuttuvat sitä kantavat virrat: piirtäkää, mitä kumppanien välillä on kuljettava ja milloin; muuten ilmoittakaa riippuvuudeksi {implied}.</translation>
        </message>
        <message>
            <source>{resources} are declared {declared}, but the flows between their owners suggest {implied}: {evidence}.</source>
            <translation>{resources} on merkitty tyypiltään: {declared}, mutta omistajien väliset virrat viittaavat tyyppiin: {implied}: {evidence}.</translation>
        </message>
        <message>
            <source>{asset} needs investment, yet sharing relies on it: {uses}. Until it exists this information has no channel across the organisations; plan the investment, or agree how to share in the meantime.</source>
            <translation>{asset} vaatii investoinnin, mutta jakaminen nojaa siihen: {uses}. Ennen kuin se on olemassa, tällä tiedolla ei ole kanavaa organisaatioiden välillä; suunnitelkaa investointi tai sopikaa, miten tietoa jaetaan sillä välin.</translation>
        </message>
        <message>
            <source>Partnership {name} has not described its effective governance (coordinator, leadership resources, decision-making, review, responsibilities). Governance ensures cooperation while keeping coordination costs low: agree who is responsible for what, strategically and operationally.</source>
            <translation>Kumppanuus {name} ei ole kuvannut tehokasta hallintaansa (koordinaattori, johtamisresurssit, päätöksenteko, arviointi, vastuut). Hallinta turvaa yhteistyön ja pitää koordinointikustannukset pieninä: sopikaa, kuka vastaa mistäkin strategisesti ja operatiivisesti.</translation>
        </message>
        <message>
            <source>Partnership {name} lists no complementary resources. What binds partners is what each brings — tangible, intangible or both: record each partner's resources and how they depend on each other.</source>
            <translation>Kumppanuus {name} ei luettele toisiaan täydentäviä resursseja. Kumppaneita sitoo se, mitä kukin tuo — aineellista, aineetonta tai molempia: kirjatkaa kunkin kumppanin resurssit ja se, miten ne riippuvat toisistaan.</translation>
        </message>
        <message>
            <source>Partnership {name} lists no relational-specific assets. Shared IT systems, databases and meeting places (issue arenas) carry information across organisational boundaries: record those that exist and those that need investment.</source>
            <translation>Kumppanuus {name} ei luettele suhdespesifejä resursseja. Yhteiset tietojärjestelmät, tietokannat ja kohtaamispaikat (issue arenas) kuljettavat tietoa organisaatiorajojen yli: kirjatkaa olemassa olevat ja investointia vaativat.</translation>
        </message>
        <message>
            <source>Partnership {name} has no knowledge-sharing routines. Regular patterns of interaction move co-production beyond experiments: agree what is shared, when, in what form and through which asset.</source>
            <translation>Kumppanuudella {name} ei ole tiedonjakamisen rutiineja. Säännölliset vuorovaikutuksen mallit vievät yhteistuotannon kokeiluja pidemmälle: sopikaa, mitä jaetaan, milloin, missä muodossa ja minkä resurssin kautta.</translation>
        </message>
        <message>
            <source>{member} has not recorded in the reflection log of partnership {name} what it changes in its own routines and information flows. Partners learn at two levels: together as a partnership, and each at home, adapting local work so that it supports the collaboration. Add {member}'s local adaptation to the next reflection entry.</source>
            <translation>{member} ei ole kirjannut kumppanuuden {name} reflektiolokiin, mitä se muuttaa omissa rutiineissaan ja tietovirroissaan. Kumppanit oppivat kahdella tasolla: yhdessä kumppanuutena ja kukin omassa organisaatiossaan, sopeuttaen paikallista työtään niin, että se tukee yhteistyötä. Lisää toimijan {member} paikallinen mukautus seuraavaan reflektioon.</translation>
        </message>
        <message>
            <source>{citizen} gives “{what}” separately to {organisations}. Citizens should have to tell a piece of information once: partners who each ask again add to the citizen's burden and keep the organisations' pictures apart. With the citizen's consent, share it through a relational-specific asset (a shared database, IT system or meeting) instead.</source>
            <translation>{citizen} antaa tiedon ”{what}” erikseen toimijoille {organisations}. Kansalaisen pitäisi joutua kertomaan tieto vain kerran: kumppanit, jotka kukin kysyvät uudelleen, lisäävät kansalaisen taakkaa ja pitävät organisaatioiden kuvat erillään. Jaa tieto sen sijaan kansalaisen suostumuksella suhdespesifin resurssin (yhteisen tietokannan, tietojärjestelmän tai tapaamisen) kautta.</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>No co-production</source>
            <translation>Ei yhteistuotantoa</translation>
        </message>
        <message>
            <source>Personal data without consent</source>
            <translation>Henkilötietoja ilman suostumusta</translation>
        </message>
        <message>
            <source>Actor nobody informs</source>
            <translation>Toimija, jolle kukaan ei tiedota</translation>
        </message>
        <message>
            <source>No leadership</source>
            <translation>Ei johtajuutta</translation>
        </message>
        <message>
            <source>Interdependence the flows contradict</source>
            <translation>Keskinäisriippuvuus, jota virrat eivät tue</translation>
        </message>
        <message>
            <source>No knowledge-sharing routines</source>
            <translation>Ei tiedonjakamisen rutiineja</translation>
        </message>
        <message>
            <source>Isolated activity</source>
            <translation>Irrallinen toiminto</translation>
        </message>
        <message>
            <source>Flow without a shared asset</source>
            <translation>Virta ilman yhteistä resurssia</translation>
        </message>
        <message>
            <source>Asset needs investment</source>
            <translation>Resurssi vaatii investointia</translation>
        </message>
        <message>
            <source>Component not described</source>
            <translation>Osa-aluetta ei ole kuvattu</translation>
        </message>
        <message>
            <source>Coordination bottleneck</source>
            <translation>Koordinoinnin pullonkaula</translation>
        </message>
        <message>
            <source>Citizen asked for the same twice</source>
            <translation>Kansalaiselta kysytään samaa kahdesti</translation>
        </message>
        <message>
            <source>No local learning</source>
            <translation>Ei paikallista oppimista</translation>
        </message>
        <message>
            <source>Findings</source>
            <extracomment>Item data role holding a finding's position in :attr:`FindingsPanel.findings`. the findings were recomputed: dict of id -&gt; list[Finding] about it (for canvas badges) a finding about a partnership was chosen; the partnership's id (to open its panel) a finding about a partnership's asset, resource, routine … was chosen: that item's id milliseconds between the last edit and the analysis rows shown per code; a huge map's thousands of alike findings end in a "more" row counts the document's edits (a result for an older one is stale)</extracomment>
            <translation>Havainnot</translation>
        </message>
        <message>
            <source>The map could not be analysed: %s</source>
            <translation>Karttaa ei voitu analysoida: %s</translation>
        </message>
        <message>
            <source>Nothing in this map calls for attention.</source>
            <translation>Kartassa ei ole mitään huomautettavaa.</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 varoitus</translation>
        </message>
        <message>
            <source>%1 warnings</source>
            <translation>%1 varoitusta</translation>
        </message>
        <message>
            <source>%1, %2 information</source>
            <translation>%1, %2 tiedoksi</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Havainto</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Varoitus</translation>
        </message>
        <message>
            <source>{severity}: {title}</source>
            <translation>{severity}: {title}</translation>
        </message>
        <message>
            <source>… and %1 more “%2” findings; the JSON export and “oppspace check” list them all.</source>
            <translation>… ja vielä %1 havaintoa tyyppiä ”%2”; JSON-vienti ja ”oppspace check” luettelevat ne kaikki.</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Varoitukset</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Tiedotteet</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>Edit %s</source>
            <extracomment>BCP 47-like: da, en-GB, nb-NO each shown in its own language</extracomment>
            <translation>Muokkaa: %s</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <source>Pick the lane colour from a colour dialog</source>
            <translation>Valitse kaistan väri värivalitsimesta</translation>
        </message>
        <message>
            <source>{value} is not a colour; use #RRGGBB, e.g. #4C78A8</source>
            <translation>{value} ei ole väri; käytä muotoa #RRGGBB, esim. #4C78A8</translation>
        </message>
        <message>
            <source>Lane colour</source>
            <translation>Kaistan väri</translation>
        </message>
        <message>
            <source>e.g. da, en-GB</source>
            <translation>esim. fi, en-GB</translation>
        </message>
        <message>
            <source>{value} is not a language code; use e.g. da, fi or en-GB</source>
            <translation>{value} ei ole kielikoodi; käytä esim. da, fi tai en-GB</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>OppSpace Guide</source>
            <translation>OppSpace-opas</translation>
        </message>
        <message>
            <source>Guide to the method</source>
            <translation>Menetelmän opas</translation>
        </message>
        <message>
            <source>&lt;h2 id='start'&gt;&lt;a name='start'&gt;&lt;/a&gt;Getting started&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lanes&lt;/b&gt;: choose &lt;i&gt;Insert → Add Actor&lt;/i&gt; (L) and click on the map (or press Enter); type the name and press Enter. Add one lane for each organisation, professional and citizen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Phases&lt;/b&gt;: &lt;i&gt;Insert → Add Phase&lt;/i&gt; (P), then click, for example for co-commissioning, co-design, co-delivery and co-evaluation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Activities&lt;/b&gt;: drag &lt;b&gt;▭ Activity&lt;/b&gt; from the toolbar onto a lane, or press A and click in a lane. Double-click or F2 renames a box.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Co-production&lt;/b&gt;: select an activity done with citizens and press Ctrl+Shift+8 (&lt;i&gt;Edit → Co-produced with citizens&lt;/i&gt;); it gets a red &lt;b&gt;*&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flows&lt;/b&gt;: press I and drag from an activity or lane header to another for information that must flow (dotted); press S and drag between two activities for the process order (solid). &lt;i&gt;Insert → Connect…&lt;/i&gt; (Ctrl+K) does the same from lists. The Properties panel on the right records what, when, in what form, and consent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Partnership&lt;/b&gt;: the &lt;i&gt;Partnership&lt;/i&gt; tab beside Properties on the right describes the four components below.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Findings&lt;/b&gt;: the &lt;i&gt;Findings&lt;/i&gt; panel at the bottom lists what the map reveals; click one to see what it concerns.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;To see a filled-in map first, choose &lt;i&gt;File → New…&lt;/i&gt; and the generic map or the Aalborg Aktiv example.&lt;/p&gt;</source>
            <translation>&lt;h2 id='start'&gt;&lt;a name='start'&gt;&lt;/a&gt;Aloittaminen&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Kaistat&lt;/b&gt;: valitse &lt;i&gt;Lisää → Lisää toimija&lt;/i&gt; (L) ja napsauta karttaa (tai paina Enter); kirjoita nimi ja paina Enter. Lisää kaista jokaiselle organisaatiolle, ammattilaiselle ja kansalaiselle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vaiheet&lt;/b&gt;: &lt;i&gt;Lisää → Lisää vaihe&lt;/i&gt; (P) ja napsauta, esimerkiksi yhteistilaamiselle, yhteissuunnittelulle, yhteistoteutukselle ja yhteisarvioinnille.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Toiminnot&lt;/b&gt;: vedä &lt;b&gt;▭ Toiminto&lt;/b&gt; työkalupalkista kaistalle tai paina A ja napsauta kaistaa. Kaksoisnapsautus tai F2 nimeää laatikon uudelleen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Yhteistuotanto&lt;/b&gt;: valitse toiminto, joka tehdään kansalaisten kanssa, ja paina Ctrl+Shift+8 (&lt;i&gt;Muokkaa → Yhteistuotettu kansalaisten kanssa&lt;/i&gt;); se saa punaisen &lt;b&gt;*&lt;/b&gt;:n.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Virrat&lt;/b&gt;: paina I ja vedä toiminnosta tai kaistan otsakkeesta toiseen tiedolle, jonka täytyy kulkea (pisteviiva); paina S ja vedä kahden toiminnon välillä prosessin järjestykselle (yhtenäinen viiva). &lt;i&gt;Lisää → Yhdistä…&lt;/i&gt; (Ctrl+K) tekee saman luetteloista. Oikealla oleva Ominaisuudet-paneeli kirjaa mitä, milloin, missä muodossa ja suostumuksen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kumppanuus&lt;/b&gt;: oikealla Ominaisuuksien vieressä oleva &lt;i&gt;Kumppanuus&lt;/i&gt;-välilehti kuvaa alla esitellyt neljä osatekijää.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Havainnot&lt;/b&gt;: alareunan &lt;i&gt;Havainnot&lt;/i&gt;-paneeli luettelee, mitä kartta paljastaa; napsauta havaintoa nähdäksesi, mitä se koskee.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Jos haluat ensin nähdä täytetyn kartan, valitse &lt;i&gt;Tiedosto → Uusi…&lt;/i&gt; ja yleinen kartta tai Aalborg Aktiv -esimerkki.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='keyboard'&gt;&lt;a name='keyboard'&gt;&lt;/a&gt;Keyboard and screen readers&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;On the map&lt;/b&gt;: Tab and Shift+Tab go from activity to activity, lane by lane; Alt+arrow keys go to the nearest activity in that direction; Ctrl+Tab leaves the map. A screen reader hears each lane, phase, activity and flow as an object of its own, with where it is, whether it is co-produced, its flows and their consent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flows&lt;/b&gt;: with an activity selected, Ctrl+Alt+Right and Ctrl+Alt+Left (or Alt+Page Down and Alt+Page Up) go through its flows, outgoing first; Ctrl+Alt+Up (or Alt+Home) goes back to the activity.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Outline&lt;/b&gt;: &lt;i&gt;View → Outline&lt;/i&gt; (Ctrl+Shift+O) shows the map as a tree: lanes, their activities, and under each activity its flows. Arrow keys move and select on the map too; Enter renames, Delete deletes; Ctrl+Z undoes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Panels&lt;/b&gt;: F6 moves to the next panel. In the Partnership panel, Tab reaches the section titles; Enter or Space opens one.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What happened&lt;/b&gt;: adding, deleting, undoing, find results and a chosen finding are announced, so you hear them without moving.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h2 id='keyboard'&gt;&lt;a name='keyboard'&gt;&lt;/a&gt;Näppäimistö ja ruudunlukijat&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Kartalla&lt;/b&gt;: Tab ja Shift+Tab siirtyvät toiminnosta toiseen kaista kerrallaan; Alt+nuolinäppäimet siirtyvät lähimpään toimintoon siihen suuntaan; Ctrl+Tab poistuu kartalta. Ruudunlukija kuulee jokaisen kaistan, vaiheen, toiminnon ja virran omana kohteenaan: missä se on, onko se yhteistuotettu, sen virrat ja niiden suostumus.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Virrat&lt;/b&gt;: kun toiminto on valittuna, Ctrl+Alt+Oikea ja Ctrl+Alt+Vasen (tai Alt+Page Down ja Alt+Page Up) käyvät läpi sen virrat, lähtevät ensin; Ctrl+Alt+Ylös (tai Alt+Home) palaa toimintoon.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Jäsennys&lt;/b&gt;: &lt;i&gt;Näytä → Jäsennys&lt;/i&gt; (Ctrl+Shift+O) näyttää kartan puuna: kaistat, niiden toiminnot ja kunkin toiminnon alla sen virrat. Nuolinäppäimet liikkuvat ja valitsevat myös kartalla; Enter nimeää uudelleen, Delete poistaa; Ctrl+Z kumoaa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Paneelit&lt;/b&gt;: F6 siirtyy seuraavaan paneeliin. Kumppanuus-paneelissa Tab pääsee osioiden otsikoihin; Enter tai välilyönti avaa osion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mitä tapahtui&lt;/b&gt;: lisäykset, poistot, kumoamiset, hakutulokset ja valittu havainto ilmoitetaan, joten kuulet ne siirtymättä.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h1&gt;Working with OppSpace&lt;/h1&gt;&lt;p&gt;OppSpace helps people from several organisations describe a service they provide together with citizens, see where it is co-produced, and talk about how the partnership behind it works.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href='#map'&gt;The service map&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#components'&gt;The four components of a partnership&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#questions'&gt;Questions to discuss&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#learning'&gt;Keep learning&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#findings'&gt;Findings and what to do about them&lt;/a&gt;&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h1&gt;OppSpacen käyttö&lt;/h1&gt;&lt;p&gt;OppSpace auttaa eri organisaatioiden ihmisiä kuvaamaan palvelun, jonka he tuottavat yhdessä kansalaisten kanssa, näkemään missä kohdin se on yhteistuotantoa ja keskustelemaan siitä, miten sen taustalla oleva kumppanuus toimii.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;a href='#map'&gt;Palvelukartta&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#components'&gt;Kumppanuuden neljä osatekijää&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#questions'&gt;Keskustelukysymykset&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#learning'&gt;Jatkuva oppiminen&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href='#findings'&gt;Havainnot ja mitä niille voi tehdä&lt;/a&gt;&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='map'&gt;&lt;a name='map'&gt;&lt;/a&gt;1. The service map&lt;/h2&gt;&lt;p&gt;A service is a chain of activities from beginning to end, for example commissioning, design, delivery and evaluation. The map shows that chain:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Lanes&lt;/b&gt; are the actors: organisations, professionals and citizens. Each actor has a row of its own.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Phases&lt;/b&gt; are the columns, in the order the work happens.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Activities&lt;/b&gt; are the boxes in a lane: what that actor does. An activity done &lt;i&gt;with&lt;/i&gt; citizens is marked with an asterisk &lt;b&gt;*&lt;/b&gt;. A service is co-production only when at least one activity carries the asterisk.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dotted arrows&lt;/b&gt; are information flows: who needs to know what, when, and in what form. Note when a flow carries personal data, and whether the citizen has agreed to it being shared.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Solid arrows&lt;/b&gt; show the order of activities. The process may also loop: exploring and using what was learnt can go round again.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h2 id='map'&gt;&lt;a name='map'&gt;&lt;/a&gt;1. Palvelukartta&lt;/h2&gt;&lt;p&gt;Palvelu on toimintojen ketju alusta loppuun, esimerkiksi tilaaminen, suunnittelu, tuottaminen ja arviointi. Kartta näyttää tämän ketjun:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Kaistat&lt;/b&gt; ovat toimijoita: organisaatioita, ammattilaisia ja kansalaisia. Jokaisella toimijalla on oma rivinsä.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vaiheet&lt;/b&gt; ovat sarakkeita siinä järjestyksessä, jossa työ tehdään.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Toiminnot&lt;/b&gt; ovat kaistan laatikoita: mitä toimija tekee. Toiminto, joka tehdään &lt;i&gt;yhdessä&lt;/i&gt; kansalaisten kanssa, merkitään tähdellä &lt;b&gt;*&lt;/b&gt;. Palvelu on yhteistuotantoa vasta, kun vähintään yhdessä toiminnossa on tähti.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Katkoviivanuolet&lt;/b&gt; ovat tietovirtoja: kenen on tiedettävä mitä, milloin ja missä muodossa. Merkitse, jos virrassa on henkilötietoja ja onko kansalainen antanut luvan niiden jakamiseen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Yhtenäiset nuolet&lt;/b&gt; näyttävät toimintojen järjestyksen. Prosessi voi myös kiertää: tutkiminen ja opitun hyödyntäminen voivat toistua.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='components'&gt;&lt;a name='components'&gt;&lt;/a&gt;2. The four components of a partnership&lt;/h2&gt;&lt;p&gt;Working across organisations rests on four things. The partnership panel has a page for each.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Effective governance&lt;/b&gt;: whom the collaboration is for, what need it meets, who coordinates and with what time and money, who decides, and which responsibilities are strategic and which operational. The aim is cooperation without heavy coordination costs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Complementary resources and capabilities&lt;/b&gt;: what each partner brings, tangible or intangible, and how the resources depend on each other: &lt;i&gt;pooled&lt;/i&gt; (side by side, least coordination), &lt;i&gt;sequential&lt;/i&gt; (one partner's output is the next one's input) or &lt;i&gt;reciprocal&lt;/i&gt; (back and forth, most coordination).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Relational-specific assets&lt;/b&gt;: what the partners share to pass information on: IT systems, databases, devices, and physical or digital meeting places. Each is either in place or needs investment.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Knowledge-sharing routines&lt;/b&gt;: regular habits of sharing: what is shared, when, in what form, through which asset, and who takes part.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h2 id='components'&gt;&lt;a name='components'&gt;&lt;/a&gt;2. Kumppanuuden neljä osatekijää&lt;/h2&gt;&lt;p&gt;Organisaatioiden välinen yhteistyö perustuu neljään asiaan. Kumppanuuspaneelissa on sivu jokaiselle.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Tehokas hallinta&lt;/b&gt;: ketä varten yhteistyö on, mihin tarpeeseen se vastaa, kuka koordinoi ja millä ajalla ja rahalla, kuka päättää sekä mitkä vastuut ovat strategisia ja mitkä operatiivisia. Tavoitteena on yhteistyö ilman raskaita koordinointikustannuksia.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Toisiaan täydentävät resurssit ja kyvykkyydet&lt;/b&gt;: mitä kukin kumppani tuo mukanaan, aineellista tai aineetonta, ja miten resurssit riippuvat toisistaan: &lt;i&gt;yhdistetty&lt;/i&gt; (rinnakkain, vähiten koordinointia), &lt;i&gt;peräkkäinen&lt;/i&gt; (yhden kumppanin tuotos on seuraavan lähtökohta) tai &lt;i&gt;vastavuoroinen&lt;/i&gt; (edestakaisin, eniten koordinointia).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Suhdekohtaiset voimavarat&lt;/b&gt;: mitä kumppanit jakavat tiedon välittämiseksi: tietojärjestelmät, tietokannat, laitteet sekä fyysiset tai digitaaliset kohtaamispaikat. Kukin on joko jo olemassa tai vaatii investoinnin.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tiedon jakamisen rutiinit&lt;/b&gt;: säännölliset tavat jakaa tietoa: mitä jaetaan, milloin, missä muodossa, minkä voimavaran kautta ja ketkä osallistuvat.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='questions'&gt;&lt;a name='questions'&gt;&lt;/a&gt;3. Questions to discuss&lt;/h2&gt;</source>
            <translation>&lt;h2 id='questions'&gt;&lt;a name='questions'&gt;&lt;/a&gt;3. Keskustelukysymykset&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Write your answers on the partnership's Questions page; they go into the PDF report.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Kirjoittakaa vastauksenne kumppanuuden Kysymykset-sivulle; ne tulevat mukaan PDF-raporttiin.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='learning'&gt;&lt;a name='learning'&gt;&lt;/a&gt;4. Keep learning&lt;/h2&gt;&lt;p&gt;Once the service runs, meet regularly and ask three questions: &lt;i&gt;What works for us locally? What works for the citizens? What needs to be improved?&lt;/i&gt; Record each meeting as a dated reflection, change the map when the practice changes, and compare with earlier reflections.&lt;/p&gt;</source>
            <translation>&lt;h2 id='learning'&gt;&lt;a name='learning'&gt;&lt;/a&gt;4. Jatkuva oppiminen&lt;/h2&gt;&lt;p&gt;Kun palvelu on käynnissä, tapaa säännöllisesti ja kysy kolme kysymystä: &lt;i&gt;Mikä toimii meillä paikallisesti? Mikä toimii kansalaisille? Mitä pitää parantaa?&lt;/i&gt; Kirjaa jokainen tapaaminen päivättynä reflektiona, muuta karttaa kun käytäntö muuttuu, ja vertaa aiempiin reflektioihin.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2 id='findings'&gt;&lt;a name='findings'&gt;&lt;/a&gt;5. Findings and what to do about them&lt;/h2&gt;&lt;p&gt;The findings panel lists what the map suggests. A finding is a question for the partners, not a verdict; select one to see what it concerns on the map.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No co-production&lt;/b&gt;: no activity is done with citizens. Is there a step where citizens could take part?&lt;/li&gt;&lt;li&gt;&lt;b&gt;Consent missing&lt;/b&gt;: personal data flows without the citizen's known permission. Ask for it, or share less.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uninformed actor&lt;/b&gt;: an actor does work but hears from no one. This is a structural hole; decide who tells them what, and when.&lt;/li&gt;&lt;li&gt;&lt;b&gt;No leadership&lt;/b&gt;: a partnership has no coordinator or no time or money set aside for coordinating.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Interdependence mismatch&lt;/b&gt;: the flows suggest the resources depend on each other differently from what you declared. Check which is right.&lt;/li&gt;&lt;li&gt;&lt;b&gt;No routines&lt;/b&gt;: partners exchange information but have no regular routine for it, so learning may stay superficial.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Isolated activity&lt;/b&gt;, &lt;b&gt;flow without asset&lt;/b&gt;, &lt;b&gt;asset needs investment&lt;/b&gt;, &lt;b&gt;empty component&lt;/b&gt; and &lt;b&gt;coordination bottleneck&lt;/b&gt; are hints: look at them together in your next meeting.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h2 id='findings'&gt;&lt;a name='findings'&gt;&lt;/a&gt;5. Havainnot ja mitä niille voi tehdä&lt;/h2&gt;&lt;p&gt;Havaintopaneeli luettelee, mihin kartta viittaa. Havainto on kysymys kumppaneille, ei tuomio; valitse havainto nähdäksesi, mitä se koskee kartalla.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ei yhteistuotantoa&lt;/b&gt;: mitään toimintoa ei tehdä yhdessä kansalaisten kanssa. Onko vaihe, jossa kansalaiset voisivat olla mukana?&lt;/li&gt;&lt;li&gt;&lt;b&gt;Suostumus puuttuu&lt;/b&gt;: henkilötietoja jaetaan ilman tiedossa olevaa kansalaisen lupaa. Pyydä lupa tai jaa vähemmän.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tietämätön toimija&lt;/b&gt;: toimija tekee työtä mutta ei saa tietoa keneltäkään. Tämä on rakenteellinen aukko; sopikaa, kuka kertoo heille mitä ja milloin.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ei johtajuutta&lt;/b&gt;: kumppanuudella ei ole koordinaattoria tai koordinointiin varattua aikaa tai rahaa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Riippuvuus ei täsmää&lt;/b&gt;: virrat viittaavat siihen, että resurssit riippuvat toisistaan eri tavalla kuin on ilmoitettu. Tarkista, kumpi pitää paikkansa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ei rutiineja&lt;/b&gt;: kumppanit vaihtavat tietoa, mutta heillä ei ole siihen säännöllistä rutiinia, joten oppiminen voi jäädä pinnalliseksi.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Irrallinen toiminto&lt;/b&gt;, &lt;b&gt;virta ilman voimavaraa&lt;/b&gt;, &lt;b&gt;voimavara vaatii investoinnin&lt;/b&gt;, &lt;b&gt;tyhjä osatekijä&lt;/b&gt; ja &lt;b&gt;koordinoinnin pullonkaula&lt;/b&gt; ovat vihjeitä: käykää ne läpi yhdessä seuraavassa tapaamisessa.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Source&lt;/h2&gt;&lt;p&gt;The method follows Brix, J., Tuurnas, S. &amp;amp; Mortensen, N. M. (2021): &lt;i&gt;Creating Opportunity Spaces for Co-Production: Professional Co-Producers in Inter-Organizational Collaborations&lt;/i&gt;, sections 2.3 to 3.2 and Tables 1 and 2. The text above is our own summary.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Lähde&lt;/h2&gt;&lt;p&gt;Menetelmä perustuu teokseen Brix, J., Tuurnas, S. &amp;amp; Mortensen, N. M. (2021): &lt;i&gt;Creating Opportunity Spaces for Co-Production: Professional Co-Producers in Inter-Organizational Collaborations&lt;/i&gt;, luvut 2.3–3.2 sekä taulukot 1 ja 2. Yllä oleva teksti on oma tiivistelmämme.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>HostDetails</name>
        <message>
            <source>Live session</source>
            <translation>Yhteismuokkaus</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Osoite:</translation>
        </message>
        <message>
            <source>Token:</source>
            <translation>Tunniste:</translation>
        </message>
        <message>
            <source>You are in the session at this address:</source>
            <translation>Olet mukana istunnossa tässä osoitteessa:</translation>
        </message>
        <message>
            <source>Partners choose File → Share Live… → Join, and type in:</source>
            <translation>Kumppanit valitsevat Tiedosto → Jaa livenä… → Liity ja kirjoittavat:</translation>
        </message>
        <message>
            <source>Only this computer can join (the session was started without network access). Others on this computer join with:</source>
            <translation>Vain tämä tietokone voi liittyä (istunto aloitettiin ilman verkkoyhteyttä). Muut tällä koneella liittyvät osoitteella:</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopioi</translation>
        </message>
    </context>
    <context>
        <name>KindChooser</name>
        <message>
            <source>The lane's kind, guessed from its name; choose another if it is wrong</source>
            <translation type="vanished">Kaistan tyyppi, arvattu nimestä; valitse toinen, jos se on väärä</translation>
        </message>
        <message>
            <source>The lane's kind, guessed from its name; choose another here, or with ↑ and ↓ while you type the name</source>
            <translation>Kaistan tyyppi, arvattu nimestä; valitse toinen tästä tai ↑- ja ↓-näppäimillä nimeä kirjoittaessasi</translation>
        </message>
        <message>
            <source>Lane kind</source>
            <translation>Kaistan tyyppi</translation>
        </message>
    </context>
    <context>
        <name>LiveSessionUi</name>
        <message>
            <source>Share &amp;Live…</source>
            <translation>Jaa &amp;livenä…</translation>
        </message>
        <message>
            <source>Edit this map together with others, live</source>
            <translation>Muokkaa tätä karttaa yhdessä muiden kanssa reaaliajassa</translation>
        </message>
        <message>
            <source>Lea&amp;ve Live Session</source>
            <translation>Poistu &amp;yhteismuokkauksesta</translation>
        </message>
        <message>
            <source>Cannot host a live session: %s</source>
            <translation>Yhteismuokkausta ei voi isännöidä: %s</translation>
        </message>
        <message>
            <source>Live Session &amp;Details…</source>
            <translation>Yhteismuokkauksen &amp;tiedot…</translation>
        </message>
        <message>
            <source>The server refused to let you in (wrong or missing token?): %s</source>
            <translation>Palvelin ei päästänyt sisään (väärä tai puuttuva tunniste?): %s</translation>
        </message>
        <message>
            <source>%d changes from partners were set aside; see the Live indicator</source>
            <translation>%d kumppanien muutosta jätettiin pois; katso Live-ilmaisin</translation>
        </message>
        <message>
            <source>Could not keep the session's changes for next time: %s</source>
            <translation>Istunnon muutoksia ei voitu säilyttää seuraavaa kertaa varten: %s</translation>
        </message>
    </context>
    <context>
        <name>LiveStatus</name>
        <message>
            <source>connected</source>
            <extracomment>partners' colours: distinct, readable as outlines on the map's pale lanes, and none of them the blue of this editor's own selection</extracomment>
            <translation>yhdistetty</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>yhdistetään…</translation>
        </message>
        <message>
            <source>reconnecting…</source>
            <translation>yhdistetään uudelleen…</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>ei yhteyttä</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>torjuttu</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>päättynyt</translation>
        </message>
        <message>
            <source>Live: %s · %d here</source>
            <translation>Live: %s · %d paikalla</translation>
        </message>
        <message>
            <source>%d set aside</source>
            <translation>%d jätetty pois</translation>
        </message>
        <message>
            <source>Who is here:</source>
            <translation>Paikalla:</translation>
        </message>
    </context>
    <context>
        <name>LocalNotesEditor</name>
        <message>
            <source>What each member changes in its own routines and information flows (learning at two levels)</source>
            <extracomment>the rows were made anew (row 0 is the explanation, then one row per actor in ``fields``)</extracomment>
            <translation>Mitä kukin jäsen muuttaa omissa rutiineissaan ja tietovirroissaan (oppiminen kahdella tasolla)</translation>
        </message>
        <message>
            <source>Local adaptation of %s</source>
            <translation>Toimijan %s paikallinen mukautus</translation>
        </message>
        <message>
            <source>What %s changes locally</source>
            <translation>Mitä %s muuttaa omassa toiminnassaan</translation>
        </message>
        <message>
            <source>Edit local adaptation</source>
            <translation>Muokkaa paikallista mukautusta</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Properties</source>
            <extracomment>where the last map was opened or saved default width of the right docks how long a message or refusal stays in the status bar F6 order the canvas shows keyboard focus with a frame in the palette's highlight colour the active tool's hint in the status bar</extracomment>
            <translation>Ominaisuudet</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Kumppanuus</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Havainnot</translation>
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;avattu&gt;</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>Kumoamishistoria</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Jäsennys</translation>
        </message>
        <message>
            <source>The map as a tree: lanes, activities and their flows</source>
            <translation>Kartta puuna: kaistat, toiminnot ja niiden virrat</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Nimetön</translation>
        </message>
        <message>
            <source>Cannot save the map</source>
            <translation>Karttaa ei voi tallentaa</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>Tallennettu %s</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <source>The map has changes that are not saved. Save them first?</source>
            <translation>Kartassa on tallentamattomia muutoksia. Tallennetaanko ne ensin?</translation>
        </message>
        <message>
            <source>Generic co-production map</source>
            <translation>Yleinen yhteistuotannon kartta</translation>
        </message>
        <message>
            <source>Blank map</source>
            <translation>Tyhjä kartta</translation>
        </message>
        <message>
            <source>Aalborg Aktiv (worked example)</source>
            <translation>Aalborg Aktiv (esimerkki)</translation>
        </message>
        <message>
            <source>New map</source>
            <translation>Uusi kartta</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>Aloita pohjasta:</translation>
        </message>
        <message>
            <source>map</source>
            <translation>kartta</translation>
        </message>
        <message>
            <source>Open map</source>
            <translation>Avaa kartta</translation>
        </message>
        <message>
            <source>Save map as</source>
            <translation>Tallenna kartta nimellä</translation>
        </message>
        <message>
            <source>(no recent maps)</source>
            <translation>(ei viimeisimpiä karttoja)</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Poista kaista</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Vienti peruttiin; mitään ei kirjoitettu.</translation>
        </message>
        <message>
            <source>cannot be written (%s)</source>
            <translation>ei voi kirjoittaa (%s)</translation>
        </message>
        <message>
            <source>export to %s is not available in this version</source>
            <translation>vienti muotoon %s ei ole käytettävissä tässä versiossa</translation>
        </message>
        <message>
            <source>%1 was not exported: %2

The map is unchanged.</source>
            <translation>Tiedostoa %1 ei viety: %2

Kartta on ennallaan.</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Kirjoitetaan PDF-tiedostoa…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Vie PDF</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Vienti ei onnistu</translation>
        </message>
        <message>
            <source>Exported %s</source>
            <translation>Viety %s</translation>
        </message>
        <message>
            <source>&amp;About OppSpace</source>
            <translation>&amp;Tietoja OppSpacesta</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Todellinen koko</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sulje</translation>
        </message>
        <message>
            <source>&amp;Connect…</source>
            <translation>&amp;Yhdistä…</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopioi</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Etsi…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>&amp;Information Flow</source>
            <translation>&amp;Tietovirta</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Lisää</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Uusi…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Liitä</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Nimeä uudelleen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <source>&amp;Select</source>
            <translation>&amp;Valitse</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <source>A PDF for the meeting: the map, and the report pages if chosen</source>
            <translation>PDF kokoukseen: kartta ja valittaessa raporttisivut</translation>
        </message>
        <message>
            <source>Add &amp;Actor (lane)</source>
            <translation>Lisää &amp;toimija (kaista)</translation>
        </message>
        <message>
            <source>Add Acti&amp;vity</source>
            <translation>Lisää toi&amp;minto</translation>
        </message>
        <message>
            <source>Add P&amp;hase</source>
            <translation>Lisää &amp;vaihe</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Lisää toiminto</translation>
        </message>
        <message>
            <source>Add an activity to the selected lane at a free spot and name it</source>
            <translation>Lisää toiminto valitulle kaistalle vapaaseen kohtaan ja nimeä se</translation>
        </message>
        <message>
            <source>Choose a flow's kind, source and target from lists</source>
            <translation>Valitse virran laji, lähde ja kohde luetteloista</translation>
        </message>
        <message>
            <source>Co-produced with citizens (&amp;*)</source>
            <translation>Yhteistuotettu kansalaisten kanssa (&amp;*)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Leikkaa</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>Mo&amp;nista</translation>
        </message>
        <message>
            <source>Delete the selection; flows touching it go too</source>
            <translation>Poista valinta; siihen liittyvät virrat poistuvat myös</translation>
        </message>
        <message>
            <source>Drag from an activity or lane header to another: what must the target know?</source>
            <translation>Vedä toiminnosta tai kaistan otsikosta toiseen: mitä vastaanottajan on tiedettävä?</translation>
        </message>
        <message>
            <source>Drag from one activity to the next in the process</source>
            <translation>Vedä toiminnosta prosessin seuraavaan toimintoon</translation>
        </message>
        <message>
            <source>Drag onto a lane to add an activity (or click, then click a lane)</source>
            <translation>Vedä kaistalle lisätäksesi toiminnon (tai napsauta ja sitten kaistaa)</translation>
        </message>
        <message>
            <source>Export &amp;JSON…</source>
            <translation>Vie &amp;JSON…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Vie &amp;PDF…</translation>
        </message>
        <message>
            <source>Export P&amp;NG Image…</source>
            <translation>Vie P&amp;NG-kuva…</translation>
        </message>
        <message>
            <source>Export S&amp;VG Drawing…</source>
            <translation>Vie S&amp;VG-piirros…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Etsi &amp;seuraava</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Etsi &amp;edellinen</translation>
        </message>
        <message>
            <source>Find activities, actors, phases and flows by their text</source>
            <translation>Hae toimintoja, toimijoita, vaiheita ja virtoja niiden tekstin perusteella</translation>
        </message>
        <message>
            <source>Mark or unmark the selected activities as co-produced (*)</source>
            <translation>Merkitse valitut toiminnot yhteistuotetuiksi tai poista merkintä (*)</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the next panel</source>
            <translation>Siirrä näppäimistön kohdistus seuraavaan paneeliin</translation>
        </message>
        <message>
            <source>New Activity in &amp;Lane</source>
            <translation>Uusi toiminto &amp;kaistalle</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>&amp;Seuraava paneeli</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Avaa &amp;viimeisin</translation>
        </message>
        <message>
            <source>OppSpace &amp;Guide</source>
            <translation>OppSpace-&amp;opas</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Asetukset…</translation>
        </message>
        <message>
            <source>Pre&amp;vious Pane</source>
            <translation>&amp;Edellinen paneeli</translation>
        </message>
        <message>
            <source>S&amp;nap to Grid</source>
            <translation>Kohdista &amp;ruudukkoon</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Tallenna &amp;nimellä…</translation>
        </message>
        <message>
            <source>Se&amp;quence Flow</source>
            <translation>&amp;Järjestysvirta</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Valitse &amp;kaikki</translation>
        </message>
        <message>
            <source>Select, move and resize (Esc)</source>
            <translation>Valitse, siirrä ja muuta kokoa (Esc)</translation>
        </message>
        <message>
            <source>The map with its findings and need-to-know matrix, as JSON</source>
            <translation>Kartta havaintoineen ja tiedontarvematriiseineen JSON-muodossa</translation>
        </message>
        <message>
            <source>The method in brief: the map, the four components, the questions and the findings</source>
            <translation>Menetelmä lyhyesti: kartta, neljä osatekijää, kysymykset ja havainnot</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Työkalut</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Lähennä</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>L&amp;oitonna</translation>
        </message>
        <message>
            <source>Zoom to &amp;Fit</source>
            <translation>Sovita &amp;koko kartta</translation>
        </message>
        <message>
            <source>▭ Activity</source>
            <translation>▭ Toiminto</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Tee uudelleen</translation>
        </message>
        <message>
            <source>Redo {command}</source>
            <translation>Tee uudelleen: {command}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <source>Undo {command}</source>
            <translation>Kumoa: {command}</translation>
        </message>
        <message>
            <source>%1 could not be read: %2

The open map is unchanged.</source>
            <translation>Tiedostoa %1 ei voitu lukea: %2

Avoin kartta on ennallaan.</translation>
        </message>
        <message>
            <source>&amp;Merge From…</source>
            <translation>&amp;Yhdistä tiedostosta…</translation>
        </message>
        <message>
            <source>Cannot read the other map</source>
            <translation>Toista karttaa ei voi lukea</translation>
        </message>
        <message>
            <source>Choose the base</source>
            <translation>Valitse lähtökohta</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vertailu</translation>
        </message>
        <message>
            <source>Compare &amp;With…</source>
            <translation>&amp;Vertaa…</translation>
        </message>
        <message>
            <source>Compare with which copy of the map?</source>
            <translation>Mihin kartan kopioon verrataan?</translation>
        </message>
        <message>
            <source>Merge a partner's copy of this map into it, by id</source>
            <translation>Yhdistä kumppanin kopio tähän karttaan tunnisteiden mukaan</translation>
        </message>
        <message>
            <source>Merge from %s</source>
            <translation>Yhdistä tiedostosta %s</translation>
        </message>
        <message>
            <source>Merge which copy of the map?</source>
            <translation>Mikä kartan kopio yhdistetään?</translation>
        </message>
        <message>
            <source>Merged %1: %2 conflicts decided</source>
            <translation>Yhdistetty %1: %2 ristiriitaa ratkaistu</translation>
        </message>
        <message>
            <source>Nothing to merge: %s adds nothing to this map.</source>
            <translation>Ei yhdistettävää: %s ei tuo tähän karttaan mitään uutta.</translation>
        </message>
        <message>
            <source>OppSpace has no earlier state of this map. Choose the version both copies started from (the base) next.</source>
            <translation>OppSpace ei tunne tämän kartan aiempaa versiota. Valitse seuraavaksi versio, josta molemmat kopiot lähtivät (lähtökohta).</translation>
        </message>
        <message>
            <source>OppSpace maps (*.oppspace)</source>
            <translation>OppSpace-kartat (*.oppspace)</translation>
        </message>
        <message>
            <source>Show what differs from a saved version or a partner's copy</source>
            <translation>Näytä erot tallennettuun versioon tai kumppanin kopioon</translation>
        </message>
        <message>
            <source>Which version did both copies start from?</source>
            <translation>Mistä versiosta molemmat kopiot lähtivät?</translation>
        </message>
        <message>
            <source>this map as last saved or opened</source>
            <translation>tämä kartta sellaisena kuin se viimeksi tallennettiin tai avattiin</translation>
        </message>
        <message>
            <source>Click in a lane where the new activity goes, or press Enter to add it to the selected lane.</source>
            <translation>Napsauta kaistalla kohtaa, johon uusi toiminto tulee, tai lisää se valitulle kaistalle painamalla Enter.</translation>
        </message>
        <message>
            <source>Click where the new lane goes, or press Enter to add it below the selected lane.</source>
            <translation>Napsauta kohtaa, johon uusi kaista tulee, tai lisää se valitun kaistan alle painamalla Enter.</translation>
        </message>
        <message>
            <source>Click where the new phase column goes, or press Enter to add it at the end.</source>
            <translation>Napsauta kohtaa, johon uusi vaihesarake tulee, tai lisää se loppuun painamalla Enter.</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <source>co-produced with citizens</source>
            <extracomment>items per group of boxes, arrows or labels (see MapScene._file) what :meth:`MapScene.hit` finds without a scan the user asked to rename this id in place (the view opens an editor) the active tool changed (its name: select, activity, information, sequence, actor, phase) snap step in scene units (the preference's grid size) dies with the scene, unlike a bare singleShot inside a model change: the document's index is being rebuilt z -&gt; [group item, items put in it]</extracomment>
            <translation>yhteistuotettu kansalaisten kanssa</translation>
        </message>
        <message>
            <source>information flow</source>
            <translation>tietovirta</translation>
        </message>
        <message>
            <source>process order</source>
            <translation>prosessin järjestys</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>Activity title</source>
            <extracomment>the user cancelled editing (Esc) the editor lost the keyboard focus (every time, unlike editingFinished) Up (-1) or Down (+1) pressed: the next or previous choice beside the editor (a lane's kind) the zoom factor changed (1.0 = 100 %) beside a lane's name while it is typed</extracomment>
            <translation>Toiminnon otsikko</translation>
        </message>
        <message>
            <source>Actor name</source>
            <translation>Toimijan nimi</translation>
        </message>
        <message>
            <source>Phase name</source>
            <translation>Vaiheen nimi</translation>
        </message>
        <message>
            <source>What the flow carries</source>
            <translation>Mitä virta välittää</translation>
        </message>
    </context>
    <context>
        <name>MapWords</name>
        <message>
            <source>Activity</source>
            <extracomment>() -&gt; the current Document (id) -&gt; number of findings about it, optional</extracomment>
            <translation>Toiminto</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Kaista</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Information flow</source>
            <translation>Tietovirta</translation>
        </message>
        <message>
            <source>Sequence flow</source>
            <translation>Järjestysvirta</translation>
        </message>
        <message>
            <source>from {source} to {target}</source>
            <translation>lähde {source}, kohde {target}</translation>
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <source>Flows</source>
            <translation>Virrat</translation>
        </message>
        <message>
            <source>activities: {count}</source>
            <translation>toimintoja: {count}</translation>
        </message>
        <message>
            <source>findings: {count}</source>
            <translation>havaintoja: {count}</translation>
        </message>
        <message>
            <source>lane {lane}</source>
            <translation>kaista {lane}</translation>
        </message>
        <message>
            <source>phase {phase}</source>
            <translation>vaihe {phase}</translation>
        </message>
        <message>
            <source>co-produced with citizens</source>
            <translation>tuotettu yhdessä kansalaisten kanssa</translation>
        </message>
        <message>
            <source>not co-produced</source>
            <translation>ei yhteistuotettu</translation>
        </message>
        <message>
            <source>flows out: {out}, in: {inc}</source>
            <translation>lähteviä virtoja: {out}, saapuvia: {inc}</translation>
        </message>
        <message>
            <source>personal data without consent in 1 flow</source>
            <translation>henkilötietoja ilman suostumusta 1 virrassa</translation>
        </message>
        <message>
            <source>personal data without consent in {count} flows</source>
            <translation>henkilötietoja ilman suostumusta {count} virrassa</translation>
        </message>
        <message>
            <source>when: {when}</source>
            <translation>milloin: {when}</translation>
        </message>
        <message>
            <source>form: {form}</source>
            <translation>muoto: {form}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge From %s</source>
            <translation>Yhdistä tiedostosta %s</translation>
        </message>
        <message>
            <source>Merging &lt;b&gt;%1&lt;/b&gt; into this map (base: %2).&lt;br&gt;%3 changes from their copy; %4 conflicts.</source>
            <translation>Yhdistetään &lt;b&gt;%1&lt;/b&gt; tähän karttaan (lähtökohta: %2).&lt;br&gt;%3 muutosta heidän kopiostaan; %4 ristiriitaa.</translation>
        </message>
        <message>
            <source>&amp;Apply merge</source>
            <translation>&amp;Yhdistä</translation>
        </message>
        <message>
            <source>Use another ba&amp;se…</source>
            <translation>Käytä toista &amp;lähtökohtaa…</translation>
        </message>
        <message>
            <source>Choose the version both copies started from yourself</source>
            <translation>Valitse itse versio, josta molemmat kopiot lähtivät</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Edellinen</translation>
        </message>
        <message>
            <source>&amp;Next conflict</source>
            <translation>&amp;Seuraava ristiriita</translation>
        </message>
        <message>
            <source>Conflict %1 of %2</source>
            <translation>Ristiriita %1/%2</translation>
        </message>
        <message>
            <source>Keep ours: %s</source>
            <translation>Pidä meidän: %s</translation>
        </message>
        <message>
            <source>Take theirs: %s</source>
            <translation>Ota heidän: %s</translation>
        </message>
        <message>
            <source>Both copies changed the order of the lanes or phases differently.</source>
            <translation>Kopiot muuttivat kaistojen tai vaiheiden järjestystä eri tavoin.</translation>
        </message>
        <message>
            <source>%s: one copy removed it, the other changed it.</source>
            <translation>%s: toinen kopio poisti sen, toinen muutti sitä.</translation>
        </message>
        <message>
            <source>%1: both copies changed the %2 differently.</source>
            <translation>%1: kopiot muuttivat kohtaa %2 eri tavoin.</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>poistettu</translation>
        </message>
        <message>
            <source>the changed %s</source>
            <translation>muutettu %s</translation>
        </message>
    </context>
    <context>
        <name>OpenError</name>
        <message>
            <source>%1 could not be opened: %2</source>
            <translation>Tiedostoa %1 ei voitu avata: %2</translation>
        </message>
        <message>
            <source>Cannot open the map</source>
            <translation>Karttaa ei voi avata</translation>
        </message>
        <message>
            <source>OppSpace starts with the generic map instead.</source>
            <translation>OppSpace aloittaa sen sijaan yleisellä kartalla.</translation>
        </message>
        <message>
            <source>The map you had open is unchanged.</source>
            <translation>Avoinna ollut kartta on ennallaan.</translation>
        </message>
        <message>
            <source>This is not an OppSpace map (%1).</source>
            <translation>Tämä ei ole OppSpace-kartta (%1).</translation>
        </message>
    </context>
    <context>
        <name>OutlinePanel</name>
        <message>
            <source>Outline of the map</source>
            <translation>Kartan jäsennys</translation>
        </message>
        <message>
            <source>Map</source>
            <extracomment>activities whose flows the user opened lanes the user closed edits came while the dock was closed: rebuild when shown (outgoing?, end id) -&gt; flows, during a rebuild</extracomment>
            <translation>Kartta</translation>
        </message>
        <message>
            <source>to {end}: {what}</source>
            <translation>kohteeseen {end}: {what}</translation>
        </message>
        <message>
            <source>from {end}: {what}</source>
            <translation>lähteestä {end}: {what}</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Nimeä uudelleen</translation>
        </message>
    </context>
    <context>
        <name>Partnership</name>
        <message>
            <source>Both</source>
            <translation>Molemmat</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Digitaalinen</translation>
        </message>
        <message>
            <source>Existing</source>
            <translation>Olemassa oleva</translation>
        </message>
        <message>
            <source>Intangible</source>
            <translation>Aineeton</translation>
        </message>
        <message>
            <source>Needs investment</source>
            <translation>Vaatii investoinnin</translation>
        </message>
        <message>
            <source>No asset</source>
            <translation>Ei resurssia</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Ei vielä valittu</translation>
        </message>
        <message>
            <source>Operational</source>
            <translation>Operatiivinen</translation>
        </message>
        <message>
            <source>Physical</source>
            <translation>Fyysinen</translation>
        </message>
        <message>
            <source>Pooled</source>
            <translation>Yhdistetty (pooled)</translation>
        </message>
        <message>
            <source>Reciprocal</source>
            <translation>Vastavuoroinen</translation>
        </message>
        <message>
            <source>Sequential</source>
            <translation>Peräkkäinen</translation>
        </message>
        <message>
            <source>Strategic</source>
            <translation>Strateginen</translation>
        </message>
        <message>
            <source>Tangible</source>
            <translation>Aineellinen</translation>
        </message>
    </context>
    <context>
        <name>PartnershipPanel</name>
        <message>
            <source>No coordinator yet</source>
            <extracomment>the user asked for the partnership workspace (the dock's "Open in the workspace")</extracomment>
            <translation>Ei vielä koordinaattoria</translation>
        </message>
        <message>
            <source>This map has no partnership yet. Click “New” to describe how the organisations work together.</source>
            <translation>Tässä kartassa ei ole vielä kumppanuutta. Kuvaa organisaatioiden yhteistyö napsauttamalla ”Uusi”.</translation>
        </message>
        <message>
            <source>The partnership shown below</source>
            <translation>Alla näytettävä kumppanuus</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Kumppanuus:</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Uusi…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Nimeä uudelleen…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Open in the workspace (more room)</source>
            <translation>Avaa työtilassa (enemmän tilaa)</translation>
        </message>
        <message>
            <source>The same partnership in a tab beside the map, with room to work</source>
            <translation>Sama kumppanuus välilehdellä kartan vieressä, tilaa työskennellä</translation>
        </message>
        <message>
            <source>✓</source>
            <translation>✓</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>tyhjä</translation>
        </message>
        <message>
            <source>Filled in</source>
            <translation>Täytetty</translation>
        </message>
        <message>
            <source>Nothing recorded yet</source>
            <translation>Mitään ei ole vielä kirjattu</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>Uusi kumppanuus</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nimi:</translation>
        </message>
        <message>
            <source>Partnership %d</source>
            <translation>Kumppanuus %d</translation>
        </message>
        <message>
            <source>Rename partnership</source>
            <translation>Nimeä kumppanuus uudelleen</translation>
        </message>
        <message>
            <source>Delete partnership “%s”</source>
            <translation>Poista kumppanuus ”%s”</translation>
        </message>
        <message>
            <source>Why and for whom</source>
            <extracomment>(key, title, explanation) of each page</extracomment>
            <translation>Miksi ja kenelle</translation>
        </message>
        <message>
            <source>Why you work together, who the partnership helps and what need it meets.</source>
            <translation>Miksi teette yhteistyötä, ketä kumppanuus auttaa ja mihin tarpeeseen se vastaa.</translation>
        </message>
        <message>
            <source>Effective governance</source>
            <translation>Tehokas hallinta</translation>
        </message>
        <message>
            <source>How cooperation is secured while coordination stays cheap: who coordinates, who decides, who answers for what.</source>
            <translation>Miten yhteistyö turvataan ja koordinointi pidetään edullisena: kuka koordinoi, kuka päättää, kuka vastaa mistäkin.</translation>
        </message>
        <message>
            <source>Complementary resources &amp; capabilities</source>
            <translation>Toisiaan täydentävät resurssit ja kyvykkyydet</translation>
        </message>
        <message>
            <source>What each partner brings that is worth more together than alone, and how the resources depend on each other.</source>
            <translation>Mitä kukin kumppani tuo, mikä on yhdessä arvokkaampaa kuin yksin, ja miten resurssit riippuvat toisistaan.</translation>
        </message>
        <message>
            <source>Responsibilities</source>
            <translation>Vastuut</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resurssit</translation>
        </message>
        <message>
            <source>Relational-specific assets</source>
            <translation>Suhdespesifit resurssit</translation>
        </message>
        <message>
            <source>Shared systems, devices and meeting places that let information cross organisational boundaries – existing, or needing investment.</source>
            <translation>Yhteiset järjestelmät, laitteet ja kohtaamispaikat, joiden kautta tieto ylittää organisaatiorajat – olemassa olevat tai investointia vaativat.</translation>
        </message>
        <message>
            <source>Knowledge-sharing routines</source>
            <translation>Tiedonjakamisen rutiinit</translation>
        </message>
        <message>
            <source>Regular patterns of sharing: what, when, in what form, through which asset and between whom. They are built over time.</source>
            <translation>Säännölliset jakamisen mallit: mitä, milloin, missä muodossa, minkä resurssin kautta ja keiden kesken. Ne rakentuvat ajan myötä.</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Ohjaavat kysymykset</translation>
        </message>
        <message>
            <source>Four questions to answer together, and to come back to as the collaboration grows.</source>
            <translation>Neljä kysymystä, joihin vastataan yhdessä ja joihin palataan yhteistyön kasvaessa.</translation>
        </message>
        <message>
            <source>Reflection log</source>
            <translation>Reflektiopäiväkirja</translation>
        </message>
        <message>
            <source>Once the collaboration runs, note regularly what works for you, what works for the citizens and what needs to be improved. Newest first.</source>
            <translation>Kun yhteistyö on käynnissä, kirjatkaa säännöllisesti, mikä toimii teille, mikä toimii kansalaisille ja mitä pitää parantaa. Uusimmat ensin.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pooled&lt;/b&gt;: each resource adds to a common offer on its own – least coordination. &lt;b&gt;Sequential&lt;/b&gt;: one partner's work feeds the next – plan the hand-overs. &lt;b&gt;Reciprocal&lt;/b&gt;: partners feed each other back and forth – most coordination.</source>
            <translation>&lt;b&gt;Yhdistetty&lt;/b&gt; (pooled): kukin resurssi lisää yhteiseen tarjontaan omana osanaan – vähiten koordinointia. &lt;b&gt;Peräkkäinen&lt;/b&gt;: yhden kumppanin työ ruokkii seuraavaa – suunnitelkaa luovutukset. &lt;b&gt;Vastavuoroinen&lt;/b&gt;: kumppanit ruokkivat toisiaan edestakaisin – eniten koordinointia.</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Koordinaattori</translation>
        </message>
        <message>
            <source>Decision-making</source>
            <translation>Päätöksenteko</translation>
        </message>
        <message>
            <source>How are decisions made?</source>
            <translation>Miten päätökset tehdään?</translation>
        </message>
        <message>
            <source>How resources complement each other</source>
            <translation>Miten resurssit täydentävät toisiaan</translation>
        </message>
        <message>
            <source>Leadership resources</source>
            <translation>Johtamisresurssit</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Jäsenet</translation>
        </message>
        <message>
            <source>Need (what)</source>
            <translation>Tarve (mitä)</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Tarkoitus</translation>
        </message>
        <message>
            <source>Remit (for whom)</source>
            <translation>Tehtävä (kenelle)</translation>
        </message>
        <message>
            <source>Responsibilities (strategic or operational)</source>
            <translation>Vastuut (strategiset tai operatiiviset)</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Arviointi</translation>
        </message>
        <message>
            <source>Tick the actors that take part. Click a name to show it on the map.</source>
            <translation>Rastita osallistuvat toimijat. Napsauta nimeä näyttääksesi sen kartalla.</translation>
        </message>
        <message>
            <source>What the need is</source>
            <translation>Mikä tarve on</translation>
        </message>
        <message>
            <source>Who has time and mandate to coordinate?</source>
            <translation>Kenellä on aikaa ja valtuudet koordinoida?</translation>
        </message>
        <message>
            <source>Who the partnership helps</source>
            <translation>Ketä kumppanuus auttaa</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Vastauksenne</translation>
        </message>
        <message>
            <source>e.g. every quarter</source>
            <translation>esim. neljännesvuosittain</translation>
        </message>
    </context>
    <context>
        <name>PartnershipTableModel</name>
        <message>
            <source>Not chosen yet: click to choose. Until then the map says “%1”.</source>
            <extracomment>role giving a cell's editor kind: "text", "choice", "multi" or "date" role giving a cell's choices as [(value, label)] role giving the id of the actor/asset a cell shows (for "show on canvas") a cell still to choose: a quiet red, like a form's required field "" in the editor means None in the file other partnership lists whose names the cells show fields a new row can only guess (the file needs a value): shown as "choose…" until the user picks one (new item, fields not chosen yet)</extracomment>
            <translation>Ei vielä valittu: valitse napsauttamalla. Siihen asti kartassa lukee ”%1”.</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>valitse…</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Muokkaa: %s</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>Lisää %s</translation>
        </message>
        <message>
            <source>Remove %s</source>
            <translation>Poista %s</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsModel</name>
        <message>
            <source>Edit partnership %s</source>
            <extracomment>(column name, sub-path inside the partnership, field, may be null)</extracomment>
            <translation>Muokkaa kumppanuutta %s</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>the preferences were stored (after OK); the main window applies grid and recent-file changes</extracomment>
            <translation>Asetukset</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Järjestelmän kieli</translation>
        </message>
        <message>
            <source>A new language is used the next time OppSpace starts.</source>
            <translation>Uusi kieli otetaan käyttöön, kun OppSpace käynnistetään seuraavan kerran.</translation>
        </message>
        <message>
            <source>&amp;Snap boxes to a grid</source>
            <translation>&amp;Kohdista laatikot ruudukkoon</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <source>&amp;Grid size:</source>
            <translation>&amp;Ruudukon koko:</translation>
        </message>
        <message>
            <source>Default &amp;paper size:</source>
            <translation>Oletus&amp;paperikoko:</translation>
        </message>
        <message>
            <source>&amp;Recent files to remember:</source>
            <translation>&amp;Muistettavien viimeisten tiedostojen määrä:</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Several items selected</source>
            <translation>Useita kohteita valittu</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Nimet pilkuin erotettuina</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Tekijät</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <source>Actor (lane)</source>
            <translation>Toimija (kaista)</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>(no phase)</source>
            <translation>(ei vaihetta)</translation>
        </message>
        <message>
            <source>Co-produced with citizens (*)</source>
            <translation>Yhteistuotettu kansalaisten kanssa (*)</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Works for</source>
            <translation>Työskentelee organisaatiolle</translation>
        </message>
        <message>
            <source>(itself)</source>
            <translation>(itse)</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <source>Lane height</source>
            <translation>Kaistan korkeus</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Virta</translation>
        </message>
        <message>
            <source>A process-order arrow says which activity comes next. It carries no information: draw an information flow (I) for what someone must know.</source>
            <translation>Prosessin järjestystä kuvaava nuoli kertoo, mikä toiminto tulee seuraavaksi. Se ei kuljeta tietoa: piirrä tietovirta (I) sille, mitä jonkun täytyy tietää.</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Tieto</translation>
        </message>
        <message>
            <source>Process order</source>
            <translation>Prosessin järjestys</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Mistä → mihin</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Resurssi</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ei mitään)</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Henkilötiedot</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Suostumus</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Leveys</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Cannot restore</source>
            <translation>Palautus ei onnistu</translation>
        </message>
        <message>
            <source>Restored unsaved changes to “%s”</source>
            <translation>Palautettiin tallentamattomat muutokset: ”%s”</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover unsaved work</source>
            <translation>Palauta tallentamaton työ</translation>
        </message>
        <message>
            <source>OppSpace did not close normally. These maps had changes that were not saved. Restore one to keep working on it, or discard what you do not need.</source>
            <translation>OppSpace ei sulkeutunut normaalisti. Näissä kartoissa oli tallentamattomia muutoksia. Palauta yksi jatkaaksesi työtä tai hylkää se, mitä et tarvitse.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Palauta</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Hylkää</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Päätä &amp;myöhemmin</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>ei koskaan tallennettu</translation>
        </message>
        <message>
            <source>changed %1 · %2</source>
            <translation>muutettu %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>RecoveryJournal</name>
        <message>
            <source>Could not write the recovery copy to %s: %s</source>
            <extracomment>the journal was written (path of the recovery copy) the journal was removed (clean save, don't save, normal quit) changes since the journal was last written</extracomment>
            <translation>Palautuskopiota ei voitu kirjoittaa kohteeseen %s: %s</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Nimetön kartta</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditor</name>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>What works for us locally?</source>
            <translation>Mikä toimii meille paikallisesti?</translation>
        </message>
        <message>
            <source>What works for the citizens?</source>
            <translation>Mikä toimii kansalaisille?</translation>
        </message>
        <message>
            <source>What needs to be improved?</source>
            <translation>Mitä pitää parantaa?</translation>
        </message>
    </context>
    <context>
        <name>ReflectionsModel</name>
        <message>
            <source>reflection</source>
            <translation>reflektio</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Works locally</source>
            <translation>Toimii paikallisesti</translation>
        </message>
        <message>
            <source>For citizens</source>
            <translation>Kansalaisille</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>Parannettavaa</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Untitled map</source>
            <extracomment>the whole map on the first page, when it is tiled after</extracomment>
            <translation>Nimetön kartta</translation>
        </message>
        <message>
            <source>Co-production service map and partnership report</source>
            <translation>Yhteistuotannon palvelukartta ja kumppanuusraportti</translation>
        </message>
        <message>
            <source>page {page} of {total}</source>
            <translation>sivu {page}/{total}</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <extracomment>a title of 100,000 characters must not push the map off the page</extracomment>
            <translation>Päivämäärä: {date}</translation>
        </message>
        <message>
            <source>co-produced with citizens</source>
            <extracomment>from one footer line to the next length of an overlap tick, points</extracomment>
            <translation>yhteistuotettu kansalaisten kanssa</translation>
        </message>
        <message>
            <source>information flow (what is shared)</source>
            <translation>tietovirta (mitä jaetaan)</translation>
        </message>
        <message>
            <source>process order</source>
            <translation>prosessin järjestys</translation>
        </message>
        <message>
            <source>citizen lane</source>
            <translation>kansalaisen kaista</translation>
        </message>
        <message>
            <source>Map: row {row}, column {col} (of {rows} × {cols} pages)</source>
            <translation>Kartta: rivi {row}, sarake {col} ({rows} × {cols} sivua)</translation>
        </message>
        <message>
            <source>The whole map. Pages {first}–{last} show it large enough to read.</source>
            <translation>Koko kartta. Sivuilla {first}–{last} se on luettavan kokoisena.</translation>
        </message>
        <message>
            <source>page {page}</source>
            <translation>sivu {page}</translation>
        </message>
        <message>
            <source>continues: row {row}, column {col}</source>
            <translation>jatkuu: rivi {row}, sarake {col}</translation>
        </message>
        <message>
            <source>Too large for {pages} readable pages: fitted on this one.</source>
            <translation>Liian suuri {pages} luettavalle sivulle: sovitettu tälle sivulle.</translation>
        </message>
        <message>
            <source>Zoom in, or export PNG or SVG.</source>
            <translation>Suurenna, tai vie PNG- tai SVG-muodossa.</translation>
        </message>
        <message>
            <source>… ({count} more characters in the map file)</source>
            <extracomment>characters of one user text shown in the report longer runs without a space are broken for the report</extracomment>
            <translation>… ({count} merkkiä lisää karttatiedostossa)</translation>
        </message>
        <message>
            <source>(receives no information flow)</source>
            <translation>(ei saa tietovirtoja)</translation>
        </message>
        <message>
            <source>1. Effective governance</source>
            <translation>1. Tehokas hallinta</translation>
        </message>
        <message>
            <source>2. Complementary resources and capabilities</source>
            <translation>2. Toisiaan täydentävät resurssit ja kyvykkyydet</translation>
        </message>
        <message>
            <source>3. Relational-specific assets</source>
            <translation>3. Suhdespesifit resurssit</translation>
        </message>
        <message>
            <source>4. Knowledge-sharing routines</source>
            <translation>4. Tiedonjakamisen rutiinit</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Pääsy</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Toiminnot</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Toimijat</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Voimavara</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Tekijät</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Koskee</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Koordinaattori</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Decision-making</source>
            <translation>Päätöksenteko</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Havainto</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Havainnot</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Ohjaavat kysymykset</translation>
        </message>
        <message>
            <source>Interdependence</source>
            <translation>Keskinäinen riippuvuus</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Viimeksi muutettu</translation>
        </message>
        <message>
            <source>Leadership resources for coordination</source>
            <translation>Johtamisresurssit koordinointiin</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Taso</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Jäsenet</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Luonne</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Tarve</translation>
        </message>
        <message>
            <source>Need to know</source>
            <translation>Tiedontarve</translation>
        </message>
        <message>
            <source>Needs to know</source>
            <translation>Tarvitsee tietää</translation>
        </message>
        <message>
            <source>No findings: the map raises no warnings.</source>
            <translation>Ei havaintoja: kartta ei anna varoituksia.</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Ei vielä vastattu.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Ei vielä kirjauksia.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Osallistujat</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Kumppani</translation>
        </message>
        <message>
            <source>Partnership: {name}</source>
            <translation>Kumppanuus: {name}</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Henkilötiedot</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Tarkoitus</translation>
        </message>
        <message>
            <source>Reflection log (newest first)</source>
            <translation>Reflektioloki (uusin ensin)</translation>
        </message>
        <message>
            <source>Remit (whom the collaboration helps)</source>
            <translation>Kohderyhmä (ketä yhteistyö auttaa)</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Resurssi</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resurssit</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Vastuu</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Arviointi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>What does each actor need to know, and when? One row per piece of information that reaches an actor through an information flow.</source>
            <translation>Mitä kunkin toimijan on tiedettävä ja milloin? Yksi rivi jokaista tietoa kohden, joka tavoittaa toimijan tietovirran kautta.</translation>
        </message>
        <message>
            <source>What needs to be improved?</source>
            <translation>Mitä pitää parantaa?</translation>
        </message>
        <message>
            <source>What works for the citizens?</source>
            <translation>Mikä toimii kansalaisille?</translation>
        </message>
        <message>
            <source>What works for us locally?</source>
            <translation>Mikä toimii meillä paikallisesti?</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>With citizens</source>
            <translation>Kansalaisten kanssa</translation>
        </message>
        <message>
            <source>Works for</source>
            <translation>Työskentelee organisaatiolle</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>ei kirjattu</translation>
        </message>
        <message>
            <source>via {asset}</source>
            <translation>kautta: {asset}</translation>
        </message>
        <message>
            <source>{actors} actors, {phases} phases, {acts} activities ({co} co-produced with citizens), {flows} flows.</source>
            <translation>{actors} toimijaa, {phases} vaihetta, {acts} toimintoa ({co} yhteistuotettu kansalaisten kanssa), {flows} virtaa.</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Varoitukset</translation>
        </message>
        <message>
            <source>For information</source>
            <translation>Tiedoksi</translation>
        </message>
        <message>
            <source>… and {count} more activities: see the map pages, or the JSON or CSV export for the full list.</source>
            <extracomment>rows per table piece; long lists become several tables, so splitting stays linear activities listed in the report; a bigger map's are in the JSON/CSV export</extracomment>
            <translation>… ja {count} muuta toimintoa: katso karttasivut tai JSON- tai CSV-vienti koko luettelolle.</translation>
        </message>
        <message>
            <source>digital</source>
            <extracomment>model values printed through _t(): asset kind and status, level, nature, interdependence (an actor's kind is worded in app.wording)</extracomment>
            <translation>digitaalinen</translation>
        </message>
        <message>
            <source>physical</source>
            <translation>fyysinen</translation>
        </message>
        <message>
            <source>existing</source>
            <translation>olemassa oleva</translation>
        </message>
        <message>
            <source>needs investment</source>
            <translation>vaatii investoinnin</translation>
        </message>
        <message>
            <source>strategic</source>
            <translation>strateginen</translation>
        </message>
        <message>
            <source>operational</source>
            <translation>operatiivinen</translation>
        </message>
        <message>
            <source>tangible</source>
            <translation>aineellinen</translation>
        </message>
        <message>
            <source>intangible</source>
            <translation>aineeton</translation>
        </message>
        <message>
            <source>both</source>
            <translation>molemmat</translation>
        </message>
        <message>
            <source>pooled</source>
            <translation>yhdistetty (pooled)</translation>
        </message>
        <message>
            <source>sequential</source>
            <translation>peräkkäinen</translation>
        </message>
        <message>
            <source>reciprocal</source>
            <translation>vastavuoroinen</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Jäsen</translation>
        </message>
        <message>
            <source>What each member changes locally (learning at two levels)</source>
            <translation>Mitä kukin jäsen muuttaa omassa toiminnassaan (oppiminen kahdella tasolla)</translation>
        </message>
        <message>
            <source>What it changes in its own routines and information flows</source>
            <translation>Mitä se muuttaa omissa rutiineissaan ja tietovirroissaan</translation>
        </message>
        <message>
            <source>Changes since {date}</source>
            <extracomment>lines shown; a longer list ends with how many more there are</extracomment>
            <translation>Muutokset {date} jälkeen</translation>
        </message>
        <message>
            <source>Nothing has changed since then.</source>
            <translation>Mikään ei ole muuttunut sen jälkeen.</translation>
        </message>
        <message>
            <source>{total} changes: {added} added, {removed} removed, {changed} changed or moved</source>
            <translation>{total} muutosta: {added} lisätty, {removed} poistettu, {changed} muutettu tai siirretty</translation>
        </message>
        <message>
            <source>… and {count} more changes</source>
            <translation>… ja {count} muuta muutosta</translation>
        </message>
        <message>
            <source>What the map shows</source>
            <translation>Mitä kartta näyttää</translation>
        </message>
    </context>
    <context>
        <name>ResourcesModel</name>
        <message>
            <source>resource</source>
            <translation>resurssi</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Omistaja</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Resurssi</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Luonne</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>New resource</source>
            <translation>Uusi resurssi</translation>
        </message>
    </context>
    <context>
        <name>ResponsibilitiesModel</name>
        <message>
            <source>responsibility</source>
            <translation>vastuu</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Taso</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
    </context>
    <context>
        <name>RoutinesModel</name>
        <message>
            <source>routine</source>
            <translation>rutiini</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Resurssi</translation>
        </message>
        <message>
            <source>Between</source>
            <translation>Osapuolet</translation>
        </message>
    </context>
    <context>
        <name>ShareLiveDialog</name>
        <message>
            <source>Share Live</source>
            <extracomment>host for other computers (with a token), not only this one</extracomment>
            <translation>Jaa livenä</translation>
        </message>
        <message>
            <source>&amp;Host a session on this computer</source>
            <translation>&amp;Isännöi istuntoa tällä tietokoneella</translation>
        </message>
        <message>
            <source>&amp;Join a session</source>
            <translation>&amp;Liity istuntoon</translation>
        </message>
        <message>
            <source>How partners see you, e.g. Anna (café)</source>
            <translation>Miten kumppanit näkevät sinut, esim. Anna (kahvila)</translation>
        </message>
        <message>
            <source>Let other computers on the network join (with a token)</source>
            <translation>Salli verkon muiden tietokoneiden liittyä (tunnisteella)</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Nimesi:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Portti:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Osoite:</translation>
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation>&amp;Tunniste:</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Aloita</translation>
        </message>
        <message>
            <source>Edit this map together with others, each on their own computer. Changes appear for everyone at once; if the connection drops, you keep working and nothing is lost.</source>
            <translation>Muokkaa tätä karttaa yhdessä muiden kanssa, kukin omalla tietokoneellaan. Muutokset näkyvät kaikille heti; jos yhteys katkeaa, voit jatkaa työtä eikä mitään katoa.</translation>
        </message>
        <message>
            <source>Give your name, so partners know who is who.</source>
            <translation>Anna nimesi, jotta kumppanit tietävät, kuka on kuka.</translation>
        </message>
    </context>
    <context>
        <name>TableSection</name>
        <message>
            <source>Add</source>
            <extracomment>the next choice editor was asked for by a click</extracomment>
            <translation>Lisää</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
    </context>
    <context>
        <name>Tools</name>
        <message>
            <source>Not done: end the arrow on an activity or a lane header.</source>
            <translation>Ei tehty: päätä nuoli toimintoon tai kaistan otsikkoon.</translation>
        </message>
        <message>
            <source>Start the arrow on an activity or a lane header.</source>
            <translation>Aloita nuoli toiminnosta tai kaistan otsikosta.</translation>
        </message>
    </context>
    <context>
        <name>UndoText</name>
        <message>
            <source>Change flow %1 to %2</source>
            <translation>Muuta kulku %1 muotoon %2</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>Siirrä %1</translation>
        </message>
        <message>
            <source>Move %1 activities</source>
            <translation>Siirrä %1 toimintoa</translation>
        </message>
        <message>
            <source>Move %1 to %2</source>
            <translation>Siirrä %1: %2</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Nimeä uudelleen</translation>
        </message>
        <message>
            <source>Rename activity %1 to %2</source>
            <translation>Nimeä toiminto %1 uudelleen: %2</translation>
        </message>
        <message>
            <source>Rename lane %1 to %2</source>
            <translation>Nimeä kaista %1 uudelleen: %2</translation>
        </message>
        <message>
            <source>Rename phase %1 to %2</source>
            <translation>Nimeä vaihe %1 uudelleen: %2</translation>
        </message>
        <message>
            <source>no phase</source>
            <translation>ei vaihetta</translation>
        </message>
    </context>
    <context>
        <name>WhatIf</name>
        <message>
            <source>actor</source>
            <translation>toimija</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>toiminto</translation>
        </message>
        <message>
            <source>asset</source>
            <translation>resurssi</translation>
        </message>
        <message>
            <source>flow</source>
            <translation>virta</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>vaihe</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>kumppanuus</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>voimavara</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rutiini</translation>
        </message>
        <message>
            <source>{partnership} loses its member {name}</source>
            <translation>{partnership} menettää jäsenensä {name}</translation>
        </message>
        <message>
            <source>{partnership} loses its coordinator {name}</source>
            <translation>{partnership} menettää koordinaattorinsa {name}</translation>
        </message>
        <message>
            <source>{partnership} loses the resource “{name}”</source>
            <translation>{partnership} menettää voimavaran ”{name}”</translation>
        </message>
        <message>
            <source>complementarities of {partnership} lose the resource “{name}” ({count})</source>
            <translation>kumppanuuden {partnership} täydentävyydet menettävät voimavaran ”{name}” ({count})</translation>
        </message>
        <message>
            <source>{partnership} loses the asset “{name}”</source>
            <translation>{partnership} menettää resurssin ”{name}”</translation>
        </message>
        <message>
            <source>{partnership} loses the routine “{name}”</source>
            <translation>{partnership} menettää rutiinin ”{name}”</translation>
        </message>
        <message>
            <source>the asset “{name}” of {partnership} loses someone with access</source>
            <translation>kumppanuuden {partnership} resurssi ”{name}” menettää käyttäjän</translation>
        </message>
        <message>
            <source>the routine “{name}” of {partnership} loses its asset</source>
            <translation>kumppanuuden {partnership} rutiini ”{name}” menettää resurssinsa</translation>
        </message>
        <message>
            <source>the routine “{name}” of {partnership} loses a participant</source>
            <translation>kumppanuuden {partnership} rutiini ”{name}” menettää osallistujan</translation>
        </message>
        <message>
            <source>the flow {name} loses its asset</source>
            <translation>virta {name} menettää resurssinsa</translation>
        </message>
        <message>
            <source>Flows lost</source>
            <translation>Menetetyt virrat</translation>
        </message>
        <message>
            <source>Activities left without any flow</source>
            <translation>Toiminnot, joilla ei jää yhtään virtaa</translation>
        </message>
        <message>
            <source>Co-produced activities lost</source>
            <translation>Menetetyt yhteistuotetut toiminnot</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Kumppanuudet</translation>
        </message>
        <message>
            <source>Findings that would appear</source>
            <translation>Havainnot, jotka ilmestyisivät</translation>
        </message>
        <message>
            <source>Findings that would disappear</source>
            <translation>Havainnot, jotka katoaisivat</translation>
        </message>
        <message>
            <source>What if {name} ({kind}) were gone?</source>
            <translation>Entä jos {name} ({kind}) puuttuisi?</translation>
        </message>
        <message>
            <source>Nothing else is lost, and no finding changes.</source>
            <translation>Mitään muuta ei menetetä, eikä mikään havainto muutu.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>Right-click an actor, activity or asset and choose “What if this were gone?”</source>
            <translation>Napsauta toimijaa, toimintoa tai resurssia hiiren oikealla ja valitse ”Entä jos tätä ei olisi?”</translation>
        </message>
        <message>
            <source>Consequences</source>
            <translation>Seuraukset</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Tyhjennä</translation>
        </message>
        <message>
            <source>Nothing has been removed: this only shows what would happen.</source>
            <translation>Mitään ei ole poistettu: tämä vain näyttää, mitä tapahtuisi.</translation>
        </message>
        <message>
            <source>Nothing else is lost, and no finding changes.</source>
            <translation>Mitään muuta ei menetetä, eikä mikään havainto muutu.</translation>
        </message>
        <message>
            <source>The map has changed; ask again.</source>
            <translation>Kartta on muuttunut; kysy uudelleen.</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>Entä jos</translation>
        </message>
        <message>
            <source>What if this were gone?</source>
            <translation>Entä jos tätä ei olisi?</translation>
        </message>
        <message>
            <source>Show what removing the selected item would break, without removing it</source>
            <translation>Näytä, mitä valitun poistaminen rikkoisi, poistamatta sitä</translation>
        </message>
        <message>
            <source>Select an actor, activity or asset first.</source>
            <translation>Valitse ensin toimija, toiminto tai resurssi.</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>Why are we collaborating: for efficiency, to repackage existing services, or to create new services for the citizens?</source>
            <translation>Miksi teemme yhteistyötä: tehokkuuden vuoksi, nykyisten palvelujen uudelleen paketoimiseksi vai uusien palvelujen luomiseksi kansalaisille?</translation>
        </message>
        <message>
            <source>Which complementary resources bind us together, and how do they complement each other?</source>
            <translation>Mitkä toisiaan täydentävät resurssit sitovat meidät yhteen, ja miten ne täydentävät toisiaan?</translation>
        </message>
        <message>
            <source>Which technology will let us share information, and is there a place where people from the different organisations can meet?</source>
            <translation>Mikä teknologia mahdollistaa tiedon jakamisen, ja onko paikkaa, jossa eri organisaatioiden ihmiset voivat kohdata?</translation>
        </message>
        <message>
            <source>How do we make sure good knowledge-sharing routines are built, and that we keep looking for improvements?</source>
            <translation>Miten varmistamme, että hyvät tiedonjakamisen rutiinit rakentuvat ja että etsimme jatkuvasti parannuksia?</translation>
        </message>
        <message>
            <source>Efficiency</source>
            <extracomment>Partnership.purpose value -&gt; label</extracomment>
            <translation>Tehokkuus</translation>
        </message>
        <message>
            <source>Repackaging of existing services</source>
            <translation>Nykyisten palvelujen uudelleen paketointi</translation>
        </message>
        <message>
            <source>New services</source>
            <translation>Uudet palvelut</translation>
        </message>
        <message>
            <source>public</source>
            <extracomment>Actor.kind value -&gt; the word under a lane's name (canvas, PDF map) and in the PDF's tables</extracomment>
            <translation>julkinen</translation>
        </message>
        <message>
            <source>private</source>
            <translation>yksityinen</translation>
        </message>
        <message>
            <source>voluntary</source>
            <translation>vapaaehtoinen</translation>
        </message>
        <message>
            <source>citizen</source>
            <translation>kansalainen</translation>
        </message>
        <message>
            <source>other</source>
            <translation>muu</translation>
        </message>
        <message>
            <source>Public organisation</source>
            <extracomment>Actor.kind value -&gt; the choice in the actor form, in the order offered</extracomment>
            <translation>Julkinen organisaatio</translation>
        </message>
        <message>
            <source>Private company</source>
            <translation>Yksityinen yritys</translation>
        </message>
        <message>
            <source>Voluntary organisation</source>
            <translation>Vapaaehtoisjärjestö</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Kansalainen</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
        <message>
            <source>Unknown</source>
            <extracomment>InformationFlow.consent value -&gt; label, in the order a form offers them</extracomment>
            <translation>Tuntematon</translation>
        </message>
        <message>
            <source>Obtained</source>
            <translation>Saatu</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Puuttuu</translation>
        </message>
        <message>
            <source>Not needed (no personal data)</source>
            <translation>Ei tarpeen (ei henkilötietoja)</translation>
        </message>
        <message>
            <source>obtained</source>
            <extracomment>InformationFlow.consent value -&gt; the state in a word, in the order the legend shows them</extracomment>
            <translation>saatu</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>puuttuu</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>tuntematon</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>ei tarvita</translation>
        </message>
        <message>
            <source>personal data, consent:</source>
            <extracomment>the heading of the personal-data mark's legend, before the marks and their words</extracomment>
            <translation>henkilötietoja, suostumus:</translation>
        </message>
        <message>
            <source>consent not needed</source>
            <extracomment>InformationFlow.consent value -&gt; the note in the "Personal data" column of the PDF's need-to-know table (a missing consent in capitals, so it stands out on paper)</extracomment>
            <translation>suostumusta ei tarvita</translation>
        </message>
        <message>
            <source>consent obtained</source>
            <translation>suostumus saatu</translation>
        </message>
        <message>
            <source>consent MISSING</source>
            <translation>suostumus PUUTTUU</translation>
        </message>
        <message>
            <source>consent unknown</source>
            <translation>suostumus tuntematon</translation>
        </message>
        <message>
            <source>personal data, consent obtained</source>
            <extracomment>InformationFlow.consent value -&gt; what a screen reader says about a flow with personal data</extracomment>
            <translation>henkilötietoja, suostumus saatu</translation>
        </message>
        <message>
            <source>personal data, consent missing</source>
            <translation>henkilötietoja, suostumus puuttuu</translation>
        </message>
        <message>
            <source>personal data, consent not needed</source>
            <translation>henkilötietoja, suostumusta ei tarvita</translation>
        </message>
        <message>
            <source>personal data, consent unknown</source>
            <translation>henkilötietoja, suostumus tuntematon</translation>
        </message>
        <message>
            <source>no personal data</source>
            <translation>ei henkilötietoja</translation>
        </message>
    </context>
    <context>
        <name>WorkshopMode</name>
        <message>
            <source>Workshop</source>
            <translation>Työpaja</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Työpaja</translation>
        </message>
        <message>
            <source>The map full screen in large type, with the partnership's guiding questions one at a time; Esc leaves</source>
            <translation>Kartta koko näytöllä suurella tekstillä ja kumppanuuden ohjaavat kysymykset yksi kerrallaan; Esc lopettaa</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPanel</name>
        <message>
            <source>Step %v of %m</source>
            <translation>Vaihe %v/%m</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Seuraava</translation>
        </message>
        <message>
            <source>Add today's reflection entry</source>
            <translation>Lisää tämän päivän reflektio</translation>
        </message>
        <message>
            <source>What works for us locally?</source>
            <translation>Mikä toimii meille paikallisesti?</translation>
        </message>
        <message>
            <source>What works for the citizens?</source>
            <translation>Mikä toimii kansalaisille?</translation>
        </message>
        <message>
            <source>What needs to be improved?</source>
            <translation>Mitä pitää parantaa?</translation>
        </message>
        <message>
            <source>Previous member</source>
            <translation>Edellinen jäsen</translation>
        </message>
        <message>
            <source>Next member</source>
            <translation>Seuraava jäsen</translation>
        </message>
        <message>
            <source>Member %1 of %2</source>
            <translation>Jäsen %1/%2</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Ajastin</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Add a partnership first (Partnership panel).</source>
            <translation>Lisää ensin kumppanuus (Kumppanuus-paneeli).</translation>
        </message>
        <message>
            <source>Workshop: %s</source>
            <translation>Työpaja: %s</translation>
        </message>
        <message>
            <source>Reflection, %s</source>
            <translation>Reflektio, %s</translation>
        </message>
        <message>
            <source>Answer guiding question</source>
            <translation>Vastaa ohjaavaan kysymykseen</translation>
        </message>
        <message>
            <source>Add reflection</source>
            <translation>Lisää reflektio</translation>
        </message>
        <message>
            <source>Edit reflection</source>
            <translation>Muokkaa reflektiota</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Aika on lopussa</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Map</source>
            <translation>Kartta</translation>
        </message>
        <message>
            <source>Map or partnership workspace</source>
            <translation>Kartta tai kumppanuuden työtila</translation>
        </message>
        <message>
            <source>Partnership &amp;Workspace</source>
            <translation>Kumppanuuden &amp;työtila</translation>
        </message>
        <message>
            <source>Partnership workspace</source>
            <translation>Kumppanuuden työtila</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Kumppanuudet</translation>
        </message>
        <message>
            <source>Table 1's four components with room to work</source>
            <translation>Taulukon 1 neljä osaa, tilaa työskennellä</translation>
        </message>
        <message>
            <source>Work on the partnerships in a tab beside the map</source>
            <translation>Työstä kumppanuuksia välilehdellä kartan vieressä</translation>
        </message>
    </context>
    <context>
        <name>_RenameDelegate</name>
        <message>
            <source>New name</source>
            <extracomment>the map id a row stands for the text Enter edits (title, name, what)</extracomment>
            <translation>Uusi nimi</translation>
        </message>
    </context>
</TS>
