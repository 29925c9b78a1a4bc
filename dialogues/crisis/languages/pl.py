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
and the object "mnie" are matched on either side of the verb.

Left out: "pomocy" and "pomóż mi" (help) alone, since they are said of the form too;
"boję się go" (I am afraid of him) alone, since it is said of the meeting; "mam dość
wszystkiego" (I've had enough of everything), since it is said of paperwork; "grozi mi"
followed by a penalty ("grozi mi kara"), which is a court matter; "zabrał dzieci" (he took
the children) to the park or on a contact visit.
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
        r"lepiej (bym|zebym|jakbym|gdybym) (umarl*|nie zyl*|nie istnial*)",
        r"zniknac na zawsze|(zasnac|usnac) i (sie )?nie obudzic",
        r"nie chc* {gap}zyc",
        r"nie chc* {gap1}(sie (juz )?obudzic|istniec)",
        r"(nie ma|nie mam|nie widze) (sensu|po co|dla kogo|celu) {gap1}(zyc|zycia|dalej zyc|"
        r"istniec)",
        r"(mam dosc|dosc mam|mam dosyc|dosyc mam|zmeczon*|zmeczony) {gap1}(zycia|zyciem)",
        r"(wszystkim|wszyscy|kazdemu|rodzin*|dzieci*|swiat*|wam|im) {gap}lepiej {gap1}beze mnie",
        # self-harm: "tnę się", "pocięłam się", "zrobię sobie krzywdę"
        r"(tne|tniesz|tnie|tna|ciac|tniemy|pocie*|pocial*|poci*|nacina*|okalecz*|kalecz*) sie",
        r"sie (tne|tnie|tna|ciac|pocie*|pocial*|okalecz*|kalecz*)",
        # "samobujstwo": ó and u sound the same and are often swapped in typing
        r"samookalecz*|samouszk*|samob(o|u)j*",
        r"(podci*|podcie*|poderz*) (sobie )?(zyly|zyle|nadgarstki|nadgarstek|gardlo)",
        r"(zrobi*|robi*) sobie (krzywd*|cos zlego|zle)",
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
        # at the door, outside, coming: "stoi pod drzwiami", "jest pod blokiem"
        r"(stoi|jest|czeka|krazy|siedzi|chodzi|kreci sie|lazi|wystaje|czai sie|przyszedl|"
        r"przyszla|przyjechal|przyjechala|stoja|sa|czekaja) {gap1}(pod|przed|za|na) "
        r"(moimi |moim |moja |moje |naszymi |naszym |nasza |naszym )?(drzwiami|drzwi|domem|"
        r"blokiem|oknem|oknami|klatka|klatce|brama|furtka|posesja|mieszkaniem|zewnatrz|"
        r"podworku|parkingu|praca|szkola)",
        r"(idzie|jedzie|przyjdzie|przyjedzie|przyjezdza|biegnie|leci|jada|ida) (tu|tutaj|"
        r"do mnie|do nas|po mnie|po nas)",
        r"(dobija|dobijaja|wali|wala|kopie|lomocze|szarpie|napiera|puka) {gap1}(sie )?(do|w) "
        r"(drzwi|okno|okna|brame|furtke)",
        r"(wywaz*|wywal*|rozwal*|wylam*) {gap1}(drzwi|okno|zamek|okna)",
        r"(probuje|chce|proboje|probuja) (sie )?(wejsc|wlamac|dostac|wtargnac)",
        r"wlamuj* sie|dobija* sie|sie dobija*",
        # followed, found: "ktoś mnie śledzi", "idzie za mną", "on mnie znajdzie"
        r"(sledzi|sledza|obserwuje|obserwuja) (mnie|nas)|(mnie|nas) (sledzi|sledza|obserwuje)",
        r"(idzie|ida|jedzie|jada|chodzi|chodza|lazi|biegnie|podaza|goni) {gap1}za (mna|nami)",
        r"(znajdzie|znajda|znalazl|znalazla|znalezli|namierzy*|wytropi*) {gap1}(mnie|nas)",
        r"(mnie|nas) (znajdzie|znajda|znalazl|znalazla|znalezli|namierzy*|wytropi*)",
        r"wie {gap1}gdzie (mieszkam|mieszkamy|jestem|jestesmy|sie ukrywam|sie ukrywamy)",
        # threats and violence now: "on mnie zabije", "grozi, że mnie zabije",
        # "właśnie mnie uderzył"
        r"{kill} (mnie|nas)",
        r"(mnie|nas) {kill}",
        r"(grozi|straszy|grozil|grozila) {gap1}(ze mnie|ze nas|mi smiercia|ze zabije|"
        r"ze zrobi)",
        r"grozi (mi|nam)",
        r"(grozi|straszy) {gap1}ze (spali|podpali|zabije|zabija|porwie|udusi|zastrzeli|zadzga|"
        r"zatlucze|pobije|zrobi|wysadzi)",
        r"(wlasnie|przed chwila|teraz|znowu|znow|dopiero co) {gap1}(mnie |nas )?(uderzyl|pobil|"
        r"popchnal|dusil|kopnal|uderzyla|pobila|zaatakowal|zaatakowala|napadl|rzucil sie)",
        r"(bije|dusi|kopie|szarpie|tlucze|leje|katuje|gwalci|wali) (mnie|nas)",
        r"rzuca sie na (mnie|nas)|(zamknal|zamknela|zamyka|wiezi) (mnie|nas) (w|na)",
        r"(mnie|nas) (bije|dusi|kopie|szarpie|tlucze|leje|katuje|gwalci)",
        # unsafe, in danger, afraid for my life
        r"nie (jestem|jestesmy|czuje sie|czujemy sie|bede|jestem tu|jestem tutaj) {gap1}"
        r"bezpieczn*",
        r"(jestem|jestesmy|jest|jestes) {gap1}w (niebezpieczenstwie|zagrozeniu)",
        r"boj* sie o (swoje |moje |nasze |wlasne )?zycie",
        r"boj* sie ze (mnie|nas) (zabij*|zabic|pobij*|skrzywdz*|znajdzie)",
    ),
    child=(
        # missing: "syn zaginął", "nie mogę znaleźć córki", "mała zniknęła"
        r"{missing} {gap3}{child}",
        # "zgubiłam dziecko" (I lost my child), but not "syn zgubił telefon" (my son lost his phone)
        r"(zgubil|zgubila|zgubilam|zgubilem|zgubilismy|zgubilysmy) {gap1}{child}",
        r"{child} {gap3}{missing}",
        r"nie (moge|mozemy|umiem|moze) (znalezc|odnalezc|dodzwonic sie do) {gap1}{child}",
        r"nie wiem gdzie (jest|sa|moze byc|jest teraz) {gap1}{child}",
        r"{child} {gap5}nie (wiem|wiemy) gdzie (jest|sa|ona jest|on jest|oni sa|ich szukac)",
        r"nie (wrocil|wrocila|wrocili|przyszedl|przyszla|przyszli|dotarl|dotarla|dotarli) "
        r"{gap1}(ze szkoly|do domu|z treningu|z przedszkola|od kolegi|od kolezanki|na noc)",
        r"{child} {gap5}nie ma (go|jej|ich) (w domu|w szkole|nigdzie)",
        r"nie ma {gap1}{child} nigdzie|nigdzie nie ma {gap1}{child}|nigdzie (go|jej|ich) nie ma",
        # taken: "zabrał dzieci i nie odbiera", "porwał dziecko"
        r"(zabral|zabrala|zabrali|porwal|porwala|porwali|uprowadzil*|wywiozl|wywiozla|wzial|"
        r"wziela|ukradl|zgarnal|zabiera|porywa|wywozi) {gap3}{child}",
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
        r"{pills} {gap5}(alkohol*|wodk*|popil*|popija*)",
        r"przedawkowa*|przedawkowani*|overdose|zatrul* sie",
        # breathing: "nie oddycha", "nie mogę oddychać", "sinieje"
        r"nie oddycha*|przestal* oddychac|nie (moze|moge|mozna) (oddychac|zlapac (tchu|oddechu))",
        r"(dusi|dlawi) sie|sie (dusi|dlawi)|zadlawil*|sinieje|zsinial*|posinial*",
        r"(sine|sinie|sina|niebieskie) (usta|wargi|usteczka)",
        # unconscious: "straciła przytomność", "nie mogę go dobudzić"
        r"nieprzytomn*|(stracil*|traci) przytomnosc",
        r"zemdlal*|mdleje",
        r"(zemdl*|upad*|przewrocil*|lezy) {gap5}(nie reaguje|sie nie rusza|nie rusza sie|"
        r"nie oddycha|nie odpowiada)",
        r"nie (moge|mozemy|da sie) (go |jej |ich )?(dobudzic|obudzic|ocucic)",
        r"nie budzi sie|sie nie budzi",
        # bleeding: "mocno krwawi", "leje się krew"
        r"(krwawi|krwawie|krwawia|krwawisz|wykrwawi*)",
        r"leje sie krew|krew sie leje|wszedzie krew|krew wszedzie|(pelno|mnostwo|duzo|kaluza|"
        r"morze) krwi|krwotok*|nie (moge|mozemy) zatamowac",
        r"krew (leci|cieknie|tryska|plynie|sie leje|nie przestaje|nie chce przestac)",
        r"(leci|cieknie|tryska|plynie|leje sie) ((mu|jej|mi|im|z niego|z niej) )?krew",
        # fits, heart: "ma drgawki", "ma zawał"
        r"(ma|dostal|dostala|dostaje) (drgawki|drgawek|atak padaczki|napad padaczki|"
        r"padaczke|atak epilepsji|zawal|zawalu|wylew|wylewu|udar|udaru|atak serca)",
        r"bol {gap1}(w klatce|klatki|serca|w piersi)",
    ),
    ignore=(
        # negations: "nie mam myśli samobójczych", "nie zrobię sobie krzywdy"
        r"nie (mam|miewam|mialam|mialem) {gap1}(mysli|mysl) samoboj*",
        r"nie jestem (samoboj*|w nastroju samobojczym)",
        r"nie (chce|chcialam|chcialem|zamierzam|mam zamiaru) (sie zabic|zabic sie|umrzec|"
        r"robic sobie krzywdy)",
        r"nie (zrobi*|robi*) sobie (krzywd*|nic|niczego)",
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
        # to kill, beat to death, strangle, stab, shoot, in every person and tense but the past
        "kill": r"(zabij*|zabic|zabija*|zatluc|zatlucz*|udusi*|udusze|zadzga*|zastrzel*|zarzna*|"
        r"zarznie|zaszlachtu*|pobij*|wykoncz*|zajebie|zajebi*)",
        "weapon": r"(noz|noza|nozyk|nozyka|scyzoryk|scyzoryka|maczete|maczeta|siekiere|siekiera|"
        r"tasak|pistolet|pistoletu|bron|broni|spluwe|spluwa|gnata|gnat|strzelbe|strzelba|"
        r"karabin|rewolwer|klamke|mlotek|mlotka|palke|palka|ostrze)",
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
