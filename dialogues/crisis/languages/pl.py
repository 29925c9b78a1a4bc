"""Crisis signs in Polish: why these forms, what was left out and why.

Polish is written on phones as often without diacritics as with them ("noz" for "nóż",
"zycie" for "życie"); the reader folds both to the plain form, so every pattern here is
written once, plain. Verbs carry person, gender and tense in their endings: "zabije się"
(I will kill myself), "zabije mnie" (he will kill me), "zabił mnie" (he killed me, past).
Patterns use a stem and `*` where every ending means the same thing now ("samobój*"), and
list the forms where the ending tells the tense: "uderzył" (hit) counts only beside
"właśnie" or "przed chwilą" (just now), "chcę umrzeć" and "chciałabym umrzeć" count but
"chciałam umrzeć" (I wanted to die, after the crime) does not.

Word order is free ("chcę się zabić", "zabiję się", "się zabiję"), so the reflexive "się"
and the object "mnie" are matched on either side of the verb. Many say and type "se" for
"sobie" ("zrobię se krzywdę"), and swap "ó" and "u" ("samobujstwo").

Left out: "pomocy" and "pomóż mi" (help) alone, since they are said of the form too;
"boję się go" (I am afraid of him) alone, since it is said of the meeting; "mam dość
wszystkiego" (I've had enough of everything), since it is said of paperwork; "grozi mi"
followed by a penalty ("grozi mi kara"), which is a court matter; "zabrał dzieci" (he took
the children) to the park or on a contact visit; "chcę zniknąć" (I want to disappear) and
"chcę odejść" except at the end or "na zawsze", since "odejść od niego" is leaving him;
"skończę to" (I'll finish it), said of a form, except "raz na zawsze"; "nie kontaktuje się"
(he does not get in touch), told from "nie kontaktuje" (not responding).
"""

from dialogues.crisis.lexicon import Lexicon

LEXICON = Lexicon(
    language="pl",
    suicide=(
        # "chcę się zabić", "zabiję się", "się zabije" (third person: "syn mówi, że się zabije")
        r"zabi* sie",
        r"sie zabi*",
        r"(odebr*|odbi*|odbior*) sobie zyci*",
        r"s?konc* ze soba|ze soba s?konc*",
        r"(skonczyc|zakonczyc|skoncze|zakoncze|skonczy|zakonczy) (to wszystko|z tym wszystkim|"
        r"z zyciem|ze wszystkim|ze swoim zyciem|swoje zycie|moje zycie|z tym raz na zawsze)",
        r"(to wszystko|z tym wszystkim|z zyciem|ze wszystkim|swoje zycie) (skonczyc|zakonczyc|"
        r"skoncze|zakoncze|skonczy|zakonczy)",
        r"(chce|chcem|chcemy|wole|chcialabym|chcialbym|wolalabym|wolalbym) {gap1}umrzec",
        r"(jakbym|gdybym|zebym|obym) (umarl|umarla|juz umarl|juz umarla|nie zyl|nie zyla|"
        r"sie nie obudzil|sie nie obudzila)",
        r"(gdyby|jakby|zeby) mnie (juz )?(nie bylo|nie bylo juz)",
        # "zakończę to" (I'll end it; "skończę" is also finishing a form, so only with "ze sobą")
        r"(zakoncze|zakonczyc|zakonczy) (to|z tym|wszystko|swoje zycie|zycie)|(to|wszystko) "
        r"zakoncze",
        # a burden: "nie chcę już być ciężarem"; leaving this world
        r"(jestem|byc|bede|bylam) {gap1}ciezarem",
        r"odejsc (na zawsze|z tego swiata|z tego zycia)|(chce|chcialabym|chcialbym) odejsc$",
        r"lepiej (bym|zebym|jakbym|gdybym) (umarl*|nie zyl*|nie istnial*)",
        r"zniknac na zawsze|(zasnac|usnac) i (sie )?nie obudzic",
        r"nie chc* {gap}zyc",
        r"nie chc* {gap1}(sie (juz )?obudzic|istniec)",
        r"nie mam {gap1}(sily|sil|ochoty|checi|powodu|powodow) (zyc|dalej zyc|na zycie|do zycia|"
        r"zeby zyc)",
        r"to (skonczyc|zakonczyc|skoncze|zakoncze|skonczy) (raz na zawsze|na zawsze|dzis w nocy)",
        # pills bought or saved to end it: "kupiłam tabletki, żeby to skończyć"
        r"(kupil*|zbieral*|zbieram|odkladam|odlozyl*|zgromadzil*|schowal*|mam) {gap3}{pills} "
        r"{gap3}(zeby|aby|by) {gap1}(skonczyc|umrzec|sie zabic|zakonczyc|zasnac na zawsze)",
        # a farewell letter: "napisałam list pożegnalny"
        r"(list|liscik|wiadomosc|wiadomosci|notatk*|sms*) pozegnaln*|pozegnaln* (list|liscik)",
        r"(nie ma|nie mam|nie widze) {gap1}(sensu|po co|dla kogo|celu) {gap1}(zyc|zycia|dalej zyc|"
        r"istniec)",
        r"(mam dosc|dosc mam|mam dosyc|dosyc mam|zmeczon*|zmeczony) {gap1}(zycia|zyciem)",
        # no way out: "nie widzę innego wyjścia niż śmierć"
        r"nie (widze|ma|mam) {gap1}(zadnego |innego )?wyjscia",
        r"wyjscia {gap3}(smierc|umrzec|niz smierc)",
        r"(utopie|utopic|utopi|utopila|utopil) sie|sie (utopie|utopic|utopi)",
        r"(strzele|strzelic|strzeli) (sobie|se) (w leb|w glowe|w skron)",
        r"(wszystkim|wszyscy|kazdemu|rodzin*|dzieci*|swiat*|wam|im) {gap}lepiej {gap1}beze mnie",
        # self-harm: "tnę się", "pocięłam się", "zrobię sobie krzywdę"
        r"(tne|tniesz|tnie|tna|ciac|tniemy|pocie*|pocial*|poci*|potn*|pocn*|nacina*|okalecz*|"
        r"kalecz*) sie",
        r"sie (tne|tnie|tna|ciac|pocie*|pocial*|potn*|pocn*|okalecz*|kalecz*)",
        # "samobujstwo": ó and u sound the same and are often swapped in typing
        r"samookalecz*|samouszk*|samob(o|u)j*",
        r"(podci*|podcie*|poderz*) (sobie )?(zyly|zyle|nadgarstki|nadgarstek|gardlo)",
        r"(zrobi*|robi*) sobie (krzywd*|cos zlego|zle)",
        # "zrobię coś głupiego" (I'll do something stupid): how self-harm is often hinted at
        r"(zrobi*|zrobie|zrobic) (cos|coś) (glupiego|glupi|strasznego|nieodwracalnego)",
        r"zegnam (sie|was) (na zawsze|ze wszystkimi|z wami)|zegnajcie( wszyscy)?",
        r"(stoje|stoi|siedze|jestem) (na|nad) (moscie|dachu|krawedzi|parapecie|torach|balkonie|"
        r"wiadukcie|skarpie)",
        r"(mysle|mysli|myslalam dzis) o (smierci|umieraniu|odejsciu)",
        r"(mam|mamy) (juz )?(przygotowane|gotowe|odlozone|naszykowane) {gap1}({pills}|zyletk*|"
        r"sznur)",
        r"zrobie sobie cos( (bo|jak|jesli|jezeli|zaraz|dzis|dzisiaj|teraz)|$)",
        r"powies* sie|sie powies*",
        r"(przygotowal*|przygotowan*|kupil*|zawiesil*|zrobil*|mam) {gap}(sznur|petle|stryczek)",
        r"(skocze|skoczy|skoczyc|skacze|rzuce sie|rzuci sie|rzucic sie) {gap1}(z|pod|przez) "
        r"(tego )?(mostu|dachu|okna|balkonu|bloku|wiezowca|pociag|tramwaj|auto|samochod|"
        r"wiaduktu|skarpy|klifu)",
    ),
    danger=(
        # a weapon now: "ma nóż", "trzyma siekierę", "stoi z nożem"
        r"(ma|trzyma|wyciagnal|wyciagnela|wyjal|wyjela|wymachuje|macha|celuje|przylozyl|"
        r"przystawil|przystawia) {gap3}{weapon}",
        r"(jest|stoi|idzie|przyszedl|przyszla|biega|czeka|lazi|chodzi|wpadl|wpadla|przyjechal|"
        r"wszedl|wlazl|goni) {gap3}z {weapon_with}",
        r"(grozi|straszy|celuje|wymachuje) {gap1}{weapon_with}",
        # "facet z maczetą" (a man with a machete), "ktoś z nożem jest pod blokiem"
        r"(facet|gosc|koles|typ|mezczyzna|ktos|on|ona|chlopak|maz|ex|sasiad|ludzie|banda) z "
        r"{weapon_with}",
        # held in: "nie wypuszcza mnie z domu"
        r"nie (wypuszcza|pozwala|daje) (mnie|nas|mi|nam) {gap1}(z domu|z mieszkania|wyjsc|"
        r"wyjść|z pokoju|uciec|zadzwonic)",
        r"(mierzy|celuje|wycelowal*|strzela|strzelil*) {gap}(do|w) (mnie|nas)",
        # at the door, outside, coming: "stoi pod drzwiami", "jest pod blokiem"
        r"(stoi|jest|czeka|krazy|siedzi|chodzi|kreci sie|lazi|wystaje|czai sie|przyszedl|"
        r"przyszla|przyjechal|przyjechala|stoja|sa|czekaja) {gap1}(pod|przed|za|na) "
        r"(moimi |moim |moja |moje |naszymi |naszym |nasza |naszym )?(drzwiami|drzwi|domem|"
        r"blokiem|oknem|oknami|klatka|klatce|brama|furtka|posesja|mieszkaniem|zewnatrz|"
        r"podworku|parkingu|praca|szkola)",
        r"(pod|przed) (moim |naszym |moimi |moja )?(domem|blokiem|oknem|oknami|drzwiami|klatka|"
        r"praca|szkola|mieszkaniem) {gap1}(stoi|jest|czeka|krazy|kreci sie|siedzi|czai sie|"
        r"parkuje|stoja|sa|czekaja)",
        r"(idzie|jedzie|przyjdzie|przyjedzie|przyjezdza|biegnie|leci|jada|ida) (tu|tutaj|"
        r"do mnie|do nas|po mnie|po nas)",
        r"(dobija|dobijaja|wali|wala|kopie|lomocze|szarpie|napiera|puka) {gap1}(sie )?(do|w) "
        r"(drzwi|okno|okna|brame|furtke)",
        r"(wywaz*|wywal*|rozwal*|wylam*) {gap1}(drzwi|okno|zamek|okna)",
        r"(probuje|chce|proboje|probuja) (sie )?(wejsc|wlamac|dostac|wtargnac)",
        r"(probuje|proboje|probuja|chce|usiluje) (otworzyc|wywazyc|wylamac|sforsowac|rozwalic|"
        r"wywazyc) {gap1}(drzwi|okno|zamek|brame|furtke)",
        r"wlamuj* sie|dobija* sie|sie dobija*",
        # back: "pomocy, on wrócił" (not "wrócił do miasta", back in town)
        r"(wrocil|wrocila|wrocili)(?= (tu|tutaj|znowu|znow|pod|i (stoi|wali|krzyczy|grozi)))|"
        r"(on|ona|ex|byly|byla|maz|partner|oprawca) (wrocil|wrocila)$",
        # followed, found: "ktoś mnie śledzi", "idzie za mną", "on mnie znajdzie"
        r"(sledzi|sledza|obserwuje|obserwuja) (mnie|nas)|(mnie|nas) (sledzi|sledza|obserwuje)",
        r"(idzie|ida|jedzie|jada|chodzi|chodza|lazi|biegnie|podaza|goni) {gap1}za (mna|nami)",
        r"za (mna|nami) (idzie|ida|jedzie|jada|chodzi|chodza|lazi|biegnie|podaza|goni)",
        # here: "on tu jest" (not "czy on tu jest?", asked of staff)
        r"(on|ona|oni|ex|byly|byla|maz|partner|oprawca) (tu|tutaj) (jest|sa|stoi|przyszedl|"
        r"przyszla)|(on|ona|oni) (jest|sa) (tu|tutaj)( |$)",
        r"(znajdzie|znajda|znalazl|znalazla|znalezli|namierzy*|wytropi*) {gap1}(mnie|nas)",
        r"(mnie|nas) (znajdzie|znajda|znalazl|znalazla|znalezli|namierzy*|wytropi*)",
        r"wie {gap1}gdzie (mieszkam|mieszkamy|jestem|jestesmy|sie ukrywam|sie ukrywamy)",
        # threats and violence now: "on mnie zabije", "grozi, że mnie zabije",
        # "właśnie mnie uderzył"
        r"{kill} {gap1}(mnie|nas)",
        r"(mnie|nas) {gap1}{kill}",
        # someone else beaten now: "on ją bije", "bije go"
        r"(bije|dusi|katuje|tlucze|leje|kopie|morduje|gwalci|zabija) (ja|go|ich|mame|siostre|zone)"
        r"(?! na glowe)",
        r"(ja|go|ich) (bije|dusi|katuje|tlucze|leje|kopie|morduje|gwalci)(?! na glowe)",
        r"(grozi|straszy|grozil|grozila) {gap1}(ze mnie|ze nas|mi smiercia|ze zabije|"
        r"ze zrobi)",
        r"grozi (mi|nam)",
        r"(grozi|straszy) {gap1}ze (spali|podpali|zabije|zabija|porwie|udusi|zastrzeli|zadzga|"
        r"zatlucze|pobije|zrobi|wysadzi)",
        r"(wlasnie|przed chwila|teraz|znowu|znow|dopiero co) {gap1}(mnie |nas )?(uderzyl|pobil|"
        r"popchnal|dusil|kopnal|uderzyla|pobila|zaatakowal|zaatakowala|napadl|rzucil sie)",
        r"(bije|dusi|kopie|szarpie|tlucze|leje|katuje|gwalci|wali) (mnie|nas)",
        # just now, or with a weapon: "właśnie mnie dźgnął", "dźgnął mnie nożem"
        r"(wlasnie|przed chwila|dopiero co|znowu|znow|teraz) {gap1}(mnie |nas )?{hit_past}",
        r"{hit_past} (mnie|nas) {gap1}{weapon_with}",
        # at the lock: "ktoś majstruje przy moim zamku"
        r"(majstruje|grzebie|kombinuje|manipuluje|szarpie|dlubie) (przy|w) {gap1}(zamku|zamek|"
        r"drzwiach|klamce|klamke|oknie|zamkach)",
        r"(krazy|jezdzi|przejezdza|chodzi|kreci sie) (pod|kolo|obok|wokol|przed) {gap1}(domem|"
        r"blokiem|mieszkaniem|praca|szkola|domu|bloku)",
        r"rzuca sie na (mnie|nas)|(zamknal|zamknela|zamyka|wiezi) (mnie|nas) (w|na)",
        r"(mnie|nas) (bije|dusi|kopie|szarpie|tlucze|leje|katuje|gwalci)",
        # unsafe, in danger, afraid for my life
        r"nie (jestem|jestesmy|czuje sie|czujemy sie|bede|jestem tu|jestem tutaj) {gap1}"
        r"bezpieczn*",
        r"(jestem|jestesmy|jest|jestes) {gap1}w (niebezpieczenstwie|zagrozeniu)",
        r"boj* sie o (swoje |moje |nasze |wlasne )?zycie",
        # drunk and violent, smashing things
        r"(pijany|pijana|nacpany|nacpana|nawalony|najebany) {gap1}(i )?(agresywn*|wsciek*|"
        r"szaleje|rzuca sie|bije|grozi)",
        r"(rozwala|demoluje|niszczy|tlucze) (wszystko|mieszkanie|dom|naczynia|meble)",
        r"(wlasnie|przed chwila|dopiero co) {gap1}(mnie )?(zgwalcil|zgwalcili|zgwalcila)",
        # in the garden, looking in: "stoi w ogrodzie i zagląda przez okno"
        r"(zaglada|patrzy|gapi sie|podglada|zaglada mi) (przez|w|do) (okno|okna|okien|szybe)",
        r"(stoi|jest|chodzi|czai sie|kreci sie) (w ogrodzie|w ogrodku|na podworku|na podworzu)",
        # a picture of a weapon sent, on his way: "przysłał zdjęcie noża i napisał, że jedzie"
        r"(przyslal|wyslal|wysyla|przysyla|przysla) {gap1}(zdjecie|zdjecia|filmik|fotke|film) "
        r"{gap1}{weapon_gen}",
        r"(napisal|pisze|mowi|powiedzial|dzwonil|napisala|pisala) (ze|iz) (jedzie|idzie|przyjdzie|"
        r"przyjedzie|jest w drodze|bedzie za|zaraz bedzie|juz jedzie)",
        r"(czuje sie|jestem|czujemy sie) {gap1}zagrozon*",
        # things thrown at me
        r"(rzuca|rzucil|rzucila|ciska|cisnal|cisnela) (we mnie|w nas|czym popadnie|"
        r"wszystkim)",
        # hiding: "chowam się w łazience", "ukrywam się przed nim"
        r"(chowam|chowamy|ukrywam|ukrywamy|schowalam|schowalem|zamknelam|zamknelismy) sie "
        r"(w|przed|pod|u|za)",
        r"boj* sie ze (mnie|nas) (zabij*|zabic|pobij*|skrzywdz*|znajdzie)",
        r"boje sie (wrocic|wracac|isc|pojsc|byc|zostac) (do domu|w domu|sam w domu|sama w domu)",
    ),
    child=(
        # missing: "syn zaginął", "nie mogę znaleźć córki", "mała zniknęła"
        r"{missing} {gap3}{child}",
        # "zgubiłam dziecko" (I lost my child), but not "syn zgubił telefon" (my son lost his phone)
        r"(zgubil|zgubila|zgubilam|zgubilem|zgubilismy|zgubilysmy) {gap1}{child}",
        r"{child} {gap3}{missing}",
        r"nie (moge|mozemy|umiem|moze) (znalezc|odnalezc|dodzwonic sie do|sie dodzwonic do|"
        r"skontaktowac sie z|sie skontaktowac z|zlapac) {gap1}{child}",
        r"powin(na|ien|ni|no|ny) (byc|wrocic|przyjsc|dotrzec) {gap1}(w domu|do domu|z powrotem) "
        r"(od|juz od|godzine|godziny|dwie|trzy|[0-9]+)",
        # locked in a car, held under water
        r"{child} {gap3}(zatrzasn*|zamkn*) {gap1}(w aucie|w samochodzie|w aucie)",
        r"(zamkniet*|zatrzasniet*) w (aucie|samochodzie)",
        r"{child} {gap3}pod (woda|wode)|pod (woda|wode) {gap3}{child}",
        # stabbed, beaten, hit by a car, fallen: "syn został dźgnięty", "dziecko spadło"
        r"{child} {gap3}(zostal*|jest) (dzgniet*|pobit*|postrzelon*|potracon*|zaatakowan*|"
        r"ranny|ranna|pocharatan*)",
        r"{child} {gap3}(spadl*|wypadl*) {gap5}(glow*|okna|balkonu|schodow|dachu|drzewa)",
        r"nie wiem gdzie (jest|sa|moze byc|jest teraz) {gap1}{child}",
        r"{child} {gap5}nie (wiem|wiemy) gdzie (jest|sa|ona jest|on jest|oni sa|ich szukac)",
        r"{child} {gap3}nie (wrocil|wrocila|wrocili|wrocilo|dotarl|dotarla|dotarli|dotarlo|wraca)",
        r"nie (wrocil|wrocila|wrocili|przyszedl|przyszla|przyszli|dotarl|dotarla|dotarli) "
        r"{gap1}(ze szkoly|do domu|z treningu|z przedszkola|od kolegi|od kolezanki|na noc)",
        r"{child} {gap5}nie ma (go|jej|ich) (w domu|w szkole|nigdzie)",
        r"{child} nie ma (od|juz od|nigdzie|w domu)|nie ma {child} (od|w domu|nigdzie)",
        r"nie ma {gap1}{child} nigdzie|nigdzie nie ma {gap1}{child}|nigdzie (go|jej|ich) nie ma",
        # taken: "zabrał dzieci i nie odbiera", "porwał dziecko"
        r"(zabral|zabrala|zabrali|porwal|porwala|porwali|uprowadzil*|wywiozl|wywiozla|wzial|"
        r"wziela|ukradl|zgarnal|zabiera|porywa|wywozi|zabierze|zabiora|porwie|porwa|wywiezie|"
        r"ukradnie|wciaga|wciagnal|wciagnela|wpycha|wepchnal|wepchnela|ciagnie|wlecze) {gap3}"
        r"{child}",
        r"{child} {gap1}(do auta|do samochodu|na sile|sila)",
        # a child with someone drunk or high
        r"{child} {gap3}(z nim|z nia|u niego|u niej) {gap5}(pijan*|nacpan*|najeban*|nawalon*|"
        r"pod wplywem)",
        # made off with the children ("pojechał z dziećmi" is left out: a holiday)
        r"(odjechal*|uciekl*|zniknal*|zwial*|ulotnil*) {gap1}(z|ze) {child}",
        r"(stracil*|zgubil*) z oczu {gap1}{child}|{child} {gap1}(stracil*|zgubil*) z oczu",
        r"{child} {gap3}(zgubil|zgubila|zgubilo|zgubili) sie|sie (zgubil|zgubila|zgubilo) {gap1}"
        r"{child}",
        r"{child} {gap3}(sie topi|tonie|topi sie|utonal*|utonel*|sie topil*)",
        # hurt or threatened: "on bije małą", "krzywdzi moje dziecko"
        r"(bije|bil|uderzyl|uderzyla|uderza|kopie|kopnal|szarpie|dusi|krzywdzi|skrzywdzi|"
        r"skrzywdzil|maltretuje|molestuje|rzuca|potrzasa|popycha|pobil|tlucze|leje|katuje|"
        r"krzyczy na|zamknal|zamknela|zamyka|wiezi) {gap1}(z )?{child}",
        r"(krzywd*|zrobi* cos|zabij*|zabic|skrzywdz*) {gap1}{child}",
        r"{child} (sa|jest|moga byc|beda|jest teraz|sa teraz) {gap1}w (niebezpieczenstwie|"
        r"zagrozeniu)",
        r"w (niebezpieczenstwie|zagrozeniu) (jest|sa) {gap1}{child}",
    ),
    medical=(
        # too many pills: "wzięłam za dużo tabletek", "nałykałam się tabletek"
        r"(za duzo|zbyt duzo|cala paczke|cale opakowanie|cale pudelko|wszystkie|garsc|"
        r"kilkanascie|kilkadziesiat|pelno|mase|kupe|caly listek|cala fiolke|cale opakowania|"
        r"dwa opakowania|pol opakowania) {gap1}{pills}",
        r"(nalyka*|nazar*|najad*|napcha*) sie {gap1}{pills}",
        r"(lyk*|polk*|wzi*|zazy*|zjad*|zazyw*) {gap1}(cale|cala|caly|dwa|trzy|pol) "
        r"(opakowani*|paczk*|listk*|fiolk*|pudelk*|blister*)",
        r"(wodk*|alkohol*|flaszk*|butelk*|wina|piwa|pijan*) {gap5}{pills}",
        # swallowed something dangerous: a battery, a magnet, pills
        r"(polknal|polknela|polknelo|polknalem|polknelam|lyknal|lyknela) {gap1}(baterie|bateryjke|"
        r"baterii|magnes*|monete|igle|szklo|gwozdz|agrafke|{pills}|kapsulk*|wybielacz*)",
        r"{pills} {gap5}(alkohol*|wodk*|popil*|popija*)",
        r"przedawkowa*|przedawkowani*|overdose|zatrul* sie",
        # poison drunk: washer fluid, drain cleaner, bleach
        r"(wypil*|lyknal*|lyknel*|polknal*|polknel*|napil* sie|pije|nalykal* sie) {gap1}"
        r"(plyn* do (spryskiwaczy|chlodnic*|naczyn|podlog|wc|prania|kibla)|kret*|wybielacz*|"
        r"domestos*|rozpuszczalnik*|odrdzewiacz*|trutk*|trucizn*|denaturat*|metanol*|"
        r"antyfryz*|borygo)",
        # breathing: "nie oddycha", "nie mogę oddychać", "sinieje"
        r"nie oddycha*|przestal* oddychac|nie (moze|moge|mozna) (oddychac|zlapac (tchu|oddechu))",
        r"(dusi|dlawi) sie|sie (dusi|dlawi)|zadlawil*|sinieje|zsinial*|posinial*",
        r"(sine|sinie|sina|niebieskie) (usta|wargi|usteczka)",
        r"(robi|zrobil|zrobila|zrobilo) sie (sin*|niebiesk*|fioletow*)",
        # unconscious: "straciła przytomność", "nie mogę go dobudzić"
        r"nieprzytomn*|(stracil*|traci) przytomnosc",
        r"zemdlal*|mdleje",
        r"(zemdl*|upad*|przewrocil*|lezy) {gap5}(nie reaguje|sie nie rusza|nie rusza sie|"
        r"nie oddycha|nie odpowiada)",
        r"nie (moge|mozemy|da sie) (go |jej |ich )?(dobudzic|obudzic|ocucic)",
        r"nie budzi sie|sie nie budzi",
        r"nie (odzyskuje|odzyskal|odzyskala) przytomnosci",
        # bleeding: "mocno krwawi", "leje się krew"
        r"(krwawi|krwawie|krwawia|krwawisz|wykrwawi*)",
        r"leje sie krew|krew sie leje|wszedzie krew|krew wszedzie|(pelno|mnostwo|duzo|kaluza|"
        r"morze) krwi|krwotok*|nie (moge|mozemy) zatamowac",
        r"krew (leci|cieknie|tryska|plynie|sie leje|leje sie|nie przestaje|nie chce przestac)",
        # drugs and not responding: "wzięła narkotyki i nie reaguje"
        r"(narkotyk*|dragi|dragow|heroin*|dopalacz*|koks*|amfetamin*|mefedron*|{pills}) {gap5}"
        r"nie (reaguje|oddycha|kontaktuje|budzi)",
        r"(on|ona|maz|tata|mama|syn|corka|dziecko|brat|siostra|babcia|dziadek|partner) {gap1}"
        r"nie (reaguje|oddycha)( na nic| na glos| na wolanie)?"
        r"(?! na (moje|nasze|zgloszenia|wiadomosci|telefony|maile|prosby|pisma))",
        r"(leci|cieknie|tryska|plynie|leje sie) ((mu|jej|mi|im|z niego|z niej) )?krew",
        # fits, heart: "ma drgawki", "ma zawał"
        r"(ma|dostal|dostala|dostaje) (drgawki|drgawek|atak padaczki|napad padaczki|"
        r"padaczke|atak epilepsji|zawal|zawalu|wylew|wylewu|udar|udaru|atak serca)",
        r"bol {gap1}(w klatce|klatki|serca|w piersi)",
        r"wstrzas anafilakty*|(puchnie|spuchl*|zamyka sie) (mu |jej |mi )?(gardlo|krtan|jezyk|"
        r"twarz)",
        r"(potracil|potracila|potracilo|przejechal) (go|ja|je|mnie|dziecko) {gap1}(samochod|auto|"
        r"tir|autobus)?",
        r"(dostal|dostala|dostaje|ma) (ataku|atak)(?! (smiechu|paniki|placzu|zlosci|szalu))",
        r"(sie topi|tonie|topi sie|utonal*)",
        # "nie kontaktuje" (not responding, not making sense), but not "nie kontaktuje się z
        # nami" (he does not get in touch)
        r"(?<!sie )nie kontaktuje(?! sie| z| ze)",
        r"nacpa* {gap3}nie (reaguje|oddycha|budzi)",
        r"piana (z|na) (ust|ustach)",
        r"(wzial*|wziel*|lykn*|polkn*|zazyl*|zazyw*|zjadl*|zjadl*) {gap1}(duzo|bardzo duzo|"
        r"mnostwo|za duzo|garsc|pelno|mase|kupe|wszystkie) {gap1}{pills}",
    ),
    ignore=(
        # negations: "nie mam myśli samobójczych", "nie zrobię sobie krzywdy"
        r"nie (mam|miewam|mialam|mialem) {gap1}(mysli|mysl) samoboj*",
        r"nie jestem (samoboj*|w nastroju samobojczym)",
        r"nie (chce|chcialam|chcialem|zamierzam|mam zamiaru) (sie zabic|zabic sie|umrzec|"
        r"robic sobie krzywdy)",
        r"nie (zrobi*|robi*) sobie (krzywd*|nic|niczego)",
        r"nie (jestem|jestesmy|jest|sa) {gap1}w (niebezpieczenstwie|zagrozeniu)",
        # "nie będę się zabijać o to", "zabijają się o bilety": fighting over something
        r"nie (bede|zamierzam|musze) sie zabija*|zabija* sie o",
        # "zabije mnie wzrokiem" (he'll kill me with a look), "mama mnie zabije, jak się dowie"
        r"(zabij*|zabic|zabija*) (mnie )?(wzrokiem|spojrzeniem)|mnie zabij* (wzrokiem|spojrzeniem)",
        r"(mama|mamusia|tata|tatus|babcia|dziadek|szef|szefowa|siostra|brat) mnie (zabije|zabija|"
        r"udusi) (jak|jesli|jezeli|gdy|kiedy)",
        # the police, a lawyer or probation finding or reaching the person
        r"(policja|policjant*|kurator*|prokurator*|adwokat*|prawnik*|mediator*|pani z|pan z) "
        r"{gap1}(mnie |nas )?(znalazl*|znajdzie|znajda)",
        # "uciekł mi autobus": a missed bus, not a runaway
        r"ucie* (mi|mu|jej|nam|im) (autobus|pociag|tramwaj|samolot|bus)|"
        r"uciekl* (autobus|pociag|tramwaj|bus)",
        # "nie chcę żyć w strachu": the fear, not a wish to die
        r"zyc (w strachu|w ten sposob|w takim strachu|z nim|obok niego|pod jednym dachem)",
        # idioms: "ten formularz mnie zabija", "zabij mnie, ale nie pamiętam"
        r"(formularz*|papier*|biurokracj*|praca|pracy|czekanie|nuda|stres|upal|smiech|szef|"
        r"sprawa|proces|procedura|pytania|ankieta|ankiety|dokumenty|glowa|plecy|to|ta|ten) "
        r"{gap1}(mnie|mie) (zabija|wykonczy|wykancza|dobija)",
        r"zabij mnie (ale|a)",
        r"(umieram|umre|umrzec|umarlabym|umarlbym) (z|ze) (ciekawosci|smiechu|nudow|wstydu|"
        r"glodu|zmeczenia)",
        r"grozi (mi|nam) (kara|grzywna|mandat|wiezienie|odsiadka|eksmisja|kara grzywny)",
        # the courier at the door, the dog under the window
        r"(kurier|listonosz|sasiad|sasiadka|pies|kot|taksowka|uber|dostawca|hydraulik|"
        r"pani z|pan z)[^ ]* {gap1}(stoi|jest|czeka)",
        r"bezpieczn* (na|podczas|w czasie|przy) (spotkani*|rozmow*|mediacj*)",
        # "czy on wie, gdzie mieszkam?": a question about the process, asked of staff
        r"czy (on |ona |oni |sprawca )?(wie|wiedza|sie dowie|sie dowiedza) gdzie",
        r"nie (wie|wiedza) {gap1}gdzie",
        r"czy (on|ona|oni) ((tu|tutaj) (jest|sa|bedzie|beda)|(jest|sa|bedzie|beda) (tu|tutaj))",
        # a child taken somewhere ordinary: to the park, on a contact visit
        r"(zabral*|wzial|wziela|zabiera) {gap1}(dzieci|dziecko|syna|corke|mala|malego) {gap3}"
        r"(do parku|na spacer|na lody|do kina|do babci|do dziadkow|do szkoly|na weekend|"
        r"na wakacje|na widzenie|na basen|bo ma widzenia|na widzenia)",
        # feeling better now: the "teraz" in "ale teraz jest lepiej" is not a danger now
        r"teraz (jest|czuje sie|mam sie|jestem|juz jest|juz) {gap1}(lepiej|dobrze|ok|okej|"
        r"spokojn*|bezpieczn*)",
    ),
    past=(
        r"(19|20)[0-9][0-9]",
        r"(rok|lata|lat|miesiac|miesiace|miesiecy|tydzien|tygodnie|tygodni|dni|dzien) temu",
        r"dawno temu|kiedys|w przeszlosci|przeszlosc*|wtedy|tamtej nocy|tamtego dnia",
        r"w (zeszlym|ubieglym|tamtym) (roku|miesiacu|tygodniu)",
        r"w sadzie|na rozprawie|przed sadem|w sadzie|skazan*|wyrok*|w wiezieniu|w areszcie|"
        r"odsiaduje|siedzi w (wiezieniu|pudle|kiciu|areszcie)",
        r"wyprowadzil* sie|przeprowadzil* sie",
        # found again: "zgubiła się, ale już się znalazła"
        # (not "znalazł się" alone: "znalazł się pod moim domem" is him turning up)
        r"(juz|ale|na szczescie|i juz) (sie znalazl*|znalazl* sie)|juz (jest|sa) (w domu|z nami|"
        r"bezpieczn*)",
        r"po (pobiciu|napadzie|ataku|zdarzeniu|przestepstwie|tym co sie stalo|tym wszystkim)",
        r"kiedy (mieszkal*|bylam|bylem|bylismy|bylysmy|bylo|bylismy razem)",
        r"jak (mnie )?(okradl|okradla|napadl|napadla|pobil|pobila|zaatakowal|zaatakowala)",
    ),
    now=(
        r"teraz|wlasnie|znowu|znow|dzisiaj|dzis|przed chwila|w tej chwili|zaraz|ciagle|nadal|"
        r"wciaz|od rana|od godziny|od wczoraj|dopiero co|juz jest (tu|tutaj|pod)",
    ),
    words={
        "nwm": "nie wiem",
        # spoken forms and rz/ż spelt as heard
        "tera": "teraz",
        "zara": "zaraz",
        "umzec": "umrzec",
        "umżeć": "umrzec",
        "hce": "chce",
        "wgl": "w ogole",
        "nmg": "nie moge",
        "jst": "jest",
        "bd": "bede",
        "mie": "mnie",
        "sei": "sie",
        # "se" is how many say and type "sobie": "zrobię se krzywdę"
        "se": "sobie",
        "tabsy": "tabletki",
        "tabsow": "tabletek",
        "prochy": "tabletki",
        "prochow": "tabletek",
        "pigsy": "tabletki",
    },
    fuzzy=(
        "samobojstwo",
        "samobojstwie",
        "przedawkowal",
        "przedawkowala",
        "nieprzytomny",
        "nieprzytomna",
        "tabletek",
        "tabletki",
        "zaginela",
        "niebezpieczenstwie",
        "bezpieczna",
        "bezpieczny",
        "pistolet",
        "siekiere",
        "oddycha",
    ),
    macros={
        # struck, stabbed, shot, burnt, in the past tense: counted only when just now or armed
        "hit_past": r"(uderzy*|pobi*|popchn*|dusil*|kopn*|zaatakowa*|napad*|dzgn*|dzgne*|"
        r"zadzga*|pchn*|postrzeli*|zrani*|oparzy*|pocial*|pociel*|rzucil* sie)",
        # to kill, beat to death, strangle, stab, shoot, in every person and tense but the past
        "kill": r"(zabij*|zabic|zabija*|zatluc|zatlucz*|udusi*|udusze|zadzga*|zastrzel*|zarzna*|"
        r"zarznie|zaszlachtu*|pobij*|wykoncz*|zajebie|zajebi*)",
        "weapon": r"(noz|noza|nozyk|nozyka|scyzoryk|scyzoryka|maczete|maczeta|siekiere|siekiera|"
        r"tasak|pistolet|pistoletu|bron|broni|spluwe|spluwa|gnata|gnat|strzelbe|strzelba|"
        r"karabin|rewolwer|klamke|mlotek|mlotka|palke|palka|ostrze)",
        "weapon_gen": r"(noza|nozyka|scyzoryka|pistoletu|broni|siekiery|maczety|spluwy|strzelby|"
        r"tasaka|mlotka|karabinu|rewolweru|gnata)",
        "weapon_with": r"(nozem|nozykiem|scyzorykiem|maczeta|siekiera|tasakiem|pistoletem|"
        r"bronia|spluwa|gnatem|strzelba|karabinem|rewolwerem|mlotkiem|kijem|palka|siekierka)",
        "child": r"((moj|moja|moje|moi|mojego|moja|mojej|moich|mojemu|naszego|nasza|nasze|"
        r"naszej|naszych|jego|jej) )?(syn|syna|synem|synowi|synek|synka|synkiem|syneczek|"
        r"corka|corke|corki|corce|coreczka|coreczke|coreczki|dziecko|dziecka|dzieckiem|dziecku|"
        r"dzieci|dziecmi|dzieciom|dzieciaki|dzieciakow|dzieciak|mala|malej|malego|maly|malym|"
        r"malenstwo|malutka|malutki|niemowle|niemowlak|niemowlaka|bobas|wnuczek|wnuczka|"
        r"wnuczke|wnuk|wnuka|wnuki|wnukow|synka|corunia|corcia|corci)",
        "missing": r"(zaginal|zaginela|zagineli|zaginelo|zaginely|zniknal|zniknela|znikneli|"
        r"zniknelo|przepadl|przepadla|uciekl|uciekla|ucieklo|uciekli|zaginiony|zaginiona)",
        "pills": r"(tabletki|tabletek|tabletkami|tabl|leki|lekow|lekami|proszki|proszkow|"
        r"piguly|pigul|pigulki|pigulek|tabsy|xanax|paracetamol|paracetamolu|ibuprom|ibupromu|"
        r"apap*|relanium|nasenne|nasennych|psychotropy|psychotropow|antydepresanty|xanax*|"
        r"tramal*|klonazepam*|hydroksyzyn*|ketonal*|"
        r"antydepresantow|pills|tablets)",
    },
)
