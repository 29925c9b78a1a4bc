"""Crisis signs in Romanian: why these forms, what was left out and why.

Romanian is typed with comma letters ("ș", "ț"), with the older cedilla ones ("ş", "ţ") or
with none ("sa ma omor" for "să mă omor"); all fold to the plain form. The hyphen of the
clitics ("m-a găsit", "să-mi iau", "nu-l pot trezi") becomes a space, so "m a gasit" and
"sa mi iau" are what the patterns read; many leave the hyphen out ("ma gasit", "mam
taiat", "sa intoxicat"), so "m ?a" in a pattern takes both.

The pronoun before the verb tells who is in danger: "mă omor" (I kill myself), "se omoară"
(he kills himself), "mă omoară" (he kills me). Tense is in the auxiliary: "o să mă omoare"
and "vrea să" are now or soon; "m-a amenințat" (he threatened me) and "avea cuțit" (he had
a knife) are the crime a person is telling of, so they count only beside "tocmai" (just
now) or "iar" (again). "Acum" means "now" but "acum doi ani" means "two years ago": the
`now` marker looks past it when a length of time follows.

Left out: "ajutor" (help) and "ajută-mă" alone, since they are said of the form too;
"m-a lovit" (he hit me) with no time, since it is how the crime is told; "mă omor după"
and "mă omor cu munca" (I'm mad about, I work myself to death) and "mor de râs", which are
idioms; "a luat copiii" (he took the children) to the park or on a contact visit; "a
fugit" (ran) and "nu mai e" (is no longer) of a child, except "a fugit de acasă", since
"a fugit la magazin" and "nu mai e bolnav" are ordinary; "vreau să dispar" (I want to
disappear) alone; "intoxicat*", since English "intoxicated" is how a crime is told.
"""

from dialogues.crisis.lexicon import Lexicon

LEXICON = Lexicon(
    language="ro",
    suicide=(
        # "vreau să mor", "vrea să moară", "aș vrea să mă omor"
        r"((vreau|vrea|vrei|vrem|vor|as vrea|ar vrea|am chef|imi vine|mi vine|am de gand|"
        r"are de gand|ma gandesc|se gandeste|hotarat|hotarata) sa|o sa|o s) (mor|moara|murim|crap|"
        r"crape|ma omor|se omoare|ma sinucid|se sinucida|mi iau|isi ia|ma arunc|se arunce|"
        r"ma spanzur|se spanzure|termin cu tot|termin cu viata|ma tai|se taie|ma inec|se inece|"
        r"ma otravesc|se otraveasca|nu mai traiesc|dispar de tot|nu ma mai trezesc)",
        r"mai bine (mor|as muri|as fi moart*|as fi mort|ar fi sa mor)",
        r"ma omor|ma sinucid|sinucid*|sinucig*|suicidar*",
        r"se (omoara|omoare|sinucide|sinucida|spanzura|spanzure|otraveste|otraveasca|"
        r"impusca|inece|ineaca)",
        r"(ma|se) (arunc|arunca|arunce) (de pe|de la|in fata|sub|pe geam|in gol|in apa|in rau)",
        r"(mi|imi|isi|si|iti) (iau|ia|iei|lua|a luat|va lua|voi lua) (zilele|viata)",
        # not wanting to live: "nu mai vreau să trăiesc", "nu mai are rost"
        r"nu (mai )?(vreau|vrea|pot) sa (mai )?(traiesc|traiasca|fiu pe lume|fiu pe lumea|"
        r"exist|ma trezesc|ma mai trezesc|fiu aici|fiu in viata|fiu viu|fiu vie|respir)",
        r"(nu (mai )?are|n are|nu mai e|nu mai are niciun) (niciun )?rost {gap1}(sa (mai )?traiesc|"
        r"viata|nimic|sa continui|sa mai traiesc)",
        r"(nu (mai )?(vad|gasesc|am|are|e)|n are|n am) {gap1}(sens|rost) (in viata|sa traiesc|"
        r"la viata|sa mai traiesc|sa mai exist|sa continui)",
        r"(vreau|vrea) sa (se termine|termin|inchei|sfarsesc) (tot|totul|cu tot|cu viata|"
        r"cu totul)",
        r"(toti|toata lumea|familia|copiii|voi|ei|lumea) {gap3}(mai bine|mai fericiti|"
        r"mai linistiti) fara mine",
        r"scrisoare de adio",
        r"(termin|terminam|sfarsesc|inchei) (totul|cu tot|cu totul|cu viata|cu mine)",
        r"(imi trag|sa imi trag|sa mi trag|mi trag|isi trage) (un glont|un foc)",
        # a burden: "nu vreau să mai fiu o povară"
        r"(sunt|fiu|mai fiu|sa fiu) (o |doar o )?povara",
        # "o să fac o prostie" (I'll do something stupid): how self-harm is often hinted at
        r"(o sa|o s|vreau sa|am sa|sunt in stare sa|pot sa) fac (o prostie|ceva prostesc|"
        r"o nebunie|ceva rau)",
        r"(niciun|nici un|vreun) (motiv|rost) sa (mai )?(traiesc|traiasca|exist)",
        # no way out: "nu văd altă ieșire decât moartea"
        r"nu (mai )?(vad|am|exista|gasesc) {gap1}(alta |nicio |vreo )?(iesire|scapare)",
        r"(iesire|scapare) {gap3}(moartea|sa mor|decat moartea)",
        r"(putere|puterea|chef|motiv|vlaga|curaj) (sa (mai )?traiesc|de viata|sa mai continui)",
        # a note for the children: "am scris un bilet pentru copii"
        r"(bilet|biletul|scrisoare|scrisoarea|mesaj) (de adio|de ramas bun|pentru copii|"
        r"pentru familie|pentru mama|pentru toti)",
        r"(sunt|stau|ma aflu) (pe|la) (pod|acoperis|marginea|bloc|balcon|calea ferata|sine)",
        r"(ma gandesc|se gandeste|gandesc) (la|numai la) (moarte|sinucidere|sfarsit)",
        r"adio (pentru totdeauna|tuturor|va iubesc)",
        r"sa nu (ma|se) mai (trezesc|trezeasca)",
        r"(m ?am saturat|sunt satul|sunt satula|s ?a saturat) de (viata|sa traiesc)",
        r"(nu mai am|n ?am|nu mai are) (pentru ce|de ce|pentru cine) (sa )?trai*",
        # self-harm: "mă tai iar", "m-am tăiat pe mâini", "vreau să-mi fac rău"
        r"(ma|se) (tai|taie|crestez|cresteaza|ranesc|raneste|zgarii|ard|lovesc singur*)",
        r"(m ?am|s ?a) (taiat|crestat|ranit|ars) (iar|din nou|pe maini|pe brate|pe picioare|"
        r"pe mana|singur|singura|intentionat|cu lama)",
        r"(mi|imi|isi|si) (fac|face|faca) rau",
        r"(taie|tai|taiat|cresteaza) (venele|venele de la maini)",
        # "I can't any more", said alone or of life: the plea English reads as "can't take
        # it any more". Not "nu mai pot veni" (can no longer come).
        r"nu mai (pot|rezist|suport)( asa| sa traiesc| sa continui| sa merg mai departe| cu "
        r"viata asta| cu toate astea)?$",
        r"nu mai (rezist|suport) (asa|viata asta|sa traiesc)",
    ),
    danger=(
        # a weapon now: "are cuțit", "ține un pistol", "a venit cu toporul"
        r"(are|tine|a scos|scoate|flutura|vine cu|e cu|sta cu|a venit cu|umbla cu|intra cu|"
        r"ma ameninta cu|ameninta cu|m ameninta cu) {gap3}{weapon}",
        r"{weapon} (la gat|in gat|la cap|la tampla|in burta|pe gat|la piept|in spate)",
        # "e un bărbat cu un cuțit pe stradă"
        r"(barbat|barbatul|tip|tipul|om|omul|individ|cineva|el|ea|fostul|sotul|vecinul|iubitul|"
        r"unul) cu (un |o |cu )?{weapon}",
        # arson threatened: "amenință că dă foc la casă"
        r"(da|dea|pune|puna|a dat|sa dea) foc (la|casei|in)",
        # held in: "nu mă lasă să ies din casă"
        r"nu (ma|ne) (lasa|lasa sa|mai lasa) (sa )?(ies|iesim|plec|plecam|sun|sunam)",
        # outside, at the door, coming: "e la ușă", "stă în fața blocului", "vine încoace"
        r"(e|este|sta|asteapta|ma asteapta|pandeste|se invarte|se plimba) (inca |acum |iar |"
        r"deja |tot |aici |cineva |un barbat |un tip |el |ea )?(la usa|la poarta|afara|"
        r"in fata (blocului|casei|usii|scarii|portii)|"
        r"sub geam|sub fereastra|pe scara|in scara|la scara|langa bloc|langa casa|in curte|"
        r"la geam)",
        r"(vine|vin|a venit|se apropie|e pe drum|e in drum) {gap1}(incoace|aici|dupa mine|dupa noi|"
        r"spre mine|spre noi|spre casa|la mine|peste mine|peste noi|sa ma)",
        r"a intrat (peste mine|peste noi|in casa|prin geam|cu forta|prin efractie)",
        # here: "mi-e frică, e aici"
        r"(el|ea|ei|fostul|sotul|iubitul|agresorul|concubinul) {gap1}(e|este|sunt|a venit) aici"
        r"(?! la (birou|serviciu|munca|scoala|spital))",
        r"(frica|teama|ajutor|ajutati ma) {gap1}(e|este|a venit) aici",
        r"(bate|bat|loveste|izbeste|trage|da cu piciorul|da cu picioarele|da cu pumnii|da) "
        r"{gap1}in (usa|geam|fereastra|poarta)",
        r"(sparge|sparga|sparg|forteaza|forteze|rupe|rupa|a spart|a fortat) {gap1}(usa|geamul|"
        r"geam|fereastra|yala|poarta|incuietoarea)",
        r"(incearca|vrea|incerca|incearca din nou) sa (intre|patrunda|sparga|forteze)",
        r"(incearca|vrea|incerca) sa (deschida|descuie|forteze|sparga) {gap1}(usa|geamul|geam|"
        r"fereastra|poarta|yala)",
        # at the lock: "cineva umblă la broasca ușii"
        r"(umbla|se joaca|forteaza|scormoneste|mesterste) (la|cu|in) {gap1}(broasca|yala|clanta|"
        r"usa|usii|incuietoare|incuietoarea|geam)",
        r"trece {gap3}(pe langa|prin fata) {gap1}(casa|casei|bloc|blocului|scoala) {gap3}"
        r"(de zeci de ori|de mai multe ori|iar|din nou|toata ziua|mereu|continuu)",
        # slapped, punched now: "îmi dă palme", "mă pocnește"
        r"(imi|mi|ne) (da|dau|trage|arde|a dat|a tras|a ars) (palme|pumni|picioare|bataie|una)",
        r"ma (plesneste|palmuieste|pocneste|snopeste|bate|loveste|izbeste|trage de par)",
        r"(m ?a|ne ?a|ma|ne) (inchis|incuiat|sechestrat|sechestreaza|tine inchis*|tine incuiat*)",
        r"(sparge|darama|distruge|rupe) tot",
        # followed, found: "mă urmărește cineva", "o să mă găsească", "știe unde stau"
        r"(ma|ne) (urmareste|urmaresc|pandeste|pandesc|urmareste de|filat*)",
        r"(merge|vine|se tine|umbla|alearga|fuge) {gap1}(dupa|in urma) (mine|noi)",
        # back: "ajutor, s-a întors" (not "s-a întors în oraș", back in town)
        r"s ?a intors(?= (aici|iar|din nou|la usa|la mine|acasa si|si (bate|urla|ameninta|sta)))|"
        r"s ?a intors$",
        r"(m ?a|ne ?a|m ?au|ne ?au) (urmarit|pandit|filat|luat la urma) {gap1}(pana|acasa|de la|"
        r"tot drumul|iar|din nou)",
        r"(ma|ne) (gaseste|gaseasca|va gasi|vor gasi)|(m ?a|ne ?a|m ?au|ne ?au) gasit",
        r"stie (unde|pe unde) (stau|locuiesc|sunt|ma ascund|lucrez|stam|locuim|ne ascundem)",
        # threats and violence now: "amenință că mă omoară", "tocmai m-a lovit"
        r"(ma|ne|o sa ma|o sa ne|vrea sa ma|vrea sa ne) {kill}",
        r"ameninta (ca|sa) {gap1}(ma|ne|o sa|il|o|omoara|omoare)",
        r"(ma|ne) ameninta",
        r"ameninta cu moartea",
        # things thrown at me: "aruncă cu lucruri în mine"
        r"(arunca|a aruncat|azvarle) {gap3}(in mine|in noi|dupa mine|spre mine)",
        r"(tocmai|acum|iar|din nou|chiar acum|inca) (m ?a|ne ?a|m ?au|ne ?au) (lovit|batut|"
        r"injunghiat|impins|strans de gat|atacat|amenintat|ranit|taiat)",
        # unsafe, in danger, afraid for my life
        r"nu (sunt|suntem|ma simt|ne simtim|mai sunt) {gap1}in siguranta",
        r"(sunt|suntem|esti) {gap1}in pericol",
        r"(frica|teama) (pentru|de) viata (mea|noastra)",
        # drunk and violent, raping
        r"(beat|beata|drogat|drogata|matol|mort de beat) {gap1}(si )?(agresiv*|violent*|furios|"
        r"urla|loveste|ameninta|sparge)",
        r"(tocmai|acum|iar) {gap1}(m ?a|ne ?a) (violat|violata)|(ma|ne) violeaza",
        # in the yard, looking in: "e în curte și se uită pe geam"
        r"(se uita|se holbeaza|priveste|ma pandeste) (pe|prin|la|in) (geam|fereastra|usa|casa)",
        r"(e|este|sta|se ascunde) in curte",
        # a picture of a weapon sent, on his way: "mi-a trimis poză cu un cuțit"
        r"(trimis|trimite|trimes) {gap1}(poza|o poza|poze|video|filmare|mesaj|un video) cu "
        r"{gap1}{weapon}",
        r"(a zis|zice|a scris|scrie|spune|a spus) ca (vine|e pe drum|ajunge|e in drum|vine sa)",
        r"(ma simt|ne simtim) {gap1}(in )?(mare |real |serios )?(pericol|amenintat*|nesigur*)",
        # hiding: "mă ascund în baie"
        r"(ma|ne) (ascund|ascundem|am ascuns|baricadez|baricadam) (in|de|sub|dupa|la)",
        r"(mi e|mie|mi|imi e|ne e) (frica|teama) ca (ma|o sa ma|ne|o sa ne) {kill}",
        r"(mi e|imi e|ma tem|mi este|imi este) (frica|teama|groaza) sa (merg|ma duc|ma intorc|"
        r"stau|intru) (acasa|in casa)",
        # The present tells of abuse that goes on: "sotul meu ma bate".
        r"(sotul|partenerul|iubitul|fostul|tatal|concubinul|fratele|fiul|sotia|iubita|mama) "
        r"(meu |mea |mi )?(ma|ne) (bate|loveste|violeaza|strange de gat|sugruma|snopeste)",
    ),
    child=(
        # missing: "a dispărut copilul", "nu-mi găsesc fata", "fiul meu nu a venit de la școală"
        r"{missing} {gap3}{child}",
        r"{child} {gap3}({missing}|lipseste|e disparut|e disparuta|nu a venit|n ?a venit|"
        r"nu s ?a intors|nu a ajuns|n ?a ajuns|nu s ?a mai intors)",
        r"(mi ?am pierdut|am pierdut|nu (mi )?gasesc|nu (il|o|i) gasesc|nu pot gasi|nu gasim|"
        r"nu pot sa gasesc|nu dau de) {gap1}{child}",
        r"nu (stiu|stim) unde (e|este|sunt|se afla|a plecat|s ?a dus) {gap1}{child}",
        r"{child} {gap5}nu (stiu|stim) unde (e|este|sunt|se afla)",
        # taken and whereabouts unknown: "l-a luat și nu știu unde sunt"
        r"(l ?a|i ?a|o ?a|le ?a) (luat|dus|rapit) {gap3}nu (stiu|stim|mai stiu) unde",
        r"{child} {gap3}(nu e|nu este|nu mai e|nu sunt) nicaieri|nu (il|o|i) (gasesc|gasim) "
        r"nicaieri",
        # taken: "mi-a luat copiii", "a răpit copilul"
        r"(a luat|mi ?a luat|i ?a luat|a rapit|mi ?a rapit|au rapit|a furat|a dus|a plecat cu|"
        r"fuge cu|a fugit cu|a ascuns) {gap1}{child}",
        r"(rapit*|rapire*) {gap1}{child}|{child} {gap1}(rapit*|a fost luat*)",
        # hurt or threatened: "bate copilul", "o lovește pe fetiță", "îi face rău copilului"
        r"(bate|bat|loveste|lovesc|raneste|abuzeaza|strange|scutura|imbranceste|tipa la|incuie|"
        r"tortureaza|trage de|arunca|a lovit|a batut|a ranit) {gap1}(pe )?{child}",
        r"(face|faca|fac|a facut) (rau|ceva|ceva rau) {gap1}{child}",
        r"ameninta (ca|sa) {gap3}{child}",
        r"(pierdut|pierd) din (ochi|vedere) {gap1}{child}",
        # a child with someone drunk or high
        r"{child} {gap3}(cu el|cu ea|la el|la ea) {gap5}(beat|beata|drogat*|matol|crita|"
        r"mort de beat)",
        r"trebuia sa (fie|ajunga|vina) {gap1}(acasa|inapoi) (de|acum|inca de) ",
        # locked in a car, held under water
        r"{child} {gap3}(incuiat*|blocat*|inchis*) {gap1}in masina",
        r"{child} {gap3}sub apa|sub apa {gap3}{child}",
        # stabbed, beaten, hit by a car, fallen: "fiul meu a fost înjunghiat", "copilul a căzut"
        r"{child} {gap3}a fost (injunghiat*|batut*|impuscat*|lovit* de (o )?masina|calcat* de "
        r"(o )?masina|atacat*|ranit*)",
        r"{child} {gap3}a cazut {gap5}(cap|capul|geam|fereastra|balcon|scari|bloc|etaj)",
        r"(l ?am|am|o ?am|i ?am) pierdut din (ochi|vedere)",
        r"{child} {gap1}(se ineaca|s ?a inecat|se sufoca)",
        r"(da|dau|trage|arde|a dat|a tras|a ars) (palme|pumni|picioare|bataie|una|cu pumnul|"
        r"cu cureaua) {gap1}{child}",
        r"(ii|il|o|i) (da|dau|trage|arde) (palme|pumni|picioare|bataie)",
        r"(s ?a incuiat|s ?a baricadat|s ?a inchis|tine inchisi|tine inchis|tine inchisa|"
        r"a incuiat) {gap1}(cu )?{child}",
        r"{child} {gap1}(sunt|e|este|sunt acum) {gap1}in pericol",
        r"(sunt|e|este) in pericol {gap1}{child}",
    ),
    medical=(
        # too many pills: "am luat prea multe pastile", "a înghițit toate pastilele"
        r"(prea multe|multe|toate|o cutie|cutia|o cutie intreaga|un pumn|un pachet|o folie|"
        r"doua cutii|toata cutia|un flacon|o gramada|jumatate de cutie|tot flaconul|"
        r"tot pachetul) (de )?{gap2}{pills}",
        r"(a inghitit|am inghitit|inghite|a luat|am luat|a baut|ia|a inghitit tot) {gap1}"
        r"(toate|toata|tot|un pumn|o cutie|un flacon|prea multe)",
        r"(vodca|alcool|bautura|sticla|bere|vin|beat|beata|baut|tuica|palinca|whisky) {gap5}"
        r"{pills}",
        # not "intoxicat*": every lexicon reads every message, and English "intoxicated" is
        # how a crime is told ("he was intoxicated when he hit me")
        r"(a baut|a inghitit|am baut|am inghitit|bea) {gap1}(antigel|clor|inalbitor|otrava|"
        r"soda caustica|acid|detergent|solvent|diluant)",
        r"convulsi*",
        r"(a inghitit|am inghitit|inghite) {gap1}(baterie|bateria|baterii|magnet|magneti|moneda|"
        r"ac|sticla|detergent|capsula|capsule|{pills})",
        r"supradoz*|overdose|(s ?a|e|este) (intoxicat|intoxicata|otravit|otravita)|intoxicatie",
        # breathing: "nu respiră", "nu pot să respir", "s-a învinețit"
        r"nu (mai )?respir*",
        r"nu (mai )?(pot|poate|putem) (sa )?(mai )?respir*",
        r"(buze|buzele|fata|fata e) {gap1}(vinete|albastre|vanata|vinetie)",
        r"spume la gura|face spume",
        r"(droguri|heroina|cocaina|etnobotanice|prafuri|{pills}) {gap5}nu (mai )?(reactioneaza|"
        r"respira|raspunde|se trezeste)",
        r"respira greu|se sufoca|se ineaca|s ?a invinetit|s ?a albastrit|se albastreste|"
        r"se invineteste|e vanat|e albastru",
        # unconscious: "e inconștient", "nu-l pot trezi", "zace pe jos"
        r"inconstient*|lesinat*|lesina|(si ?a|a) pierdut (cunostinta|constienta)",
        r"nu (il|o|ii|l|i) (pot|putem|mai pot) (sa )?trezi*",
        r"nu se (mai )?trezeste",
        r"nu (isi|si) (mai )?revine",
        r"(a cazut|e pe jos|s ?a prabusit|lesinat*|zace) {gap5}nu (se )?(mai )?(misca|reactioneaza|"
        r"raspunde|respira)",
        r"zace {gap3}(nu se misca|nu misca|nemiscat*|nu raspunde)",
        # bleeding: "sângerează tare", "curge mult sânge"
        r"sangereaza|sangerez|sangerezi|curge {gap1}sange|(plin|plina|plini) de sange|"
        r"sange peste tot|peste tot e sange|"
        r"(mult|atat de mult|foarte mult) sange|balta de sange|nu se opreste sangele|hemoragie|"
        r"nu (pot|putem) opri sangele",
        # fits, heart: "are convulsii", "face o criză"
        r"(are|face|a facut|a avut acum|are acum) (convulsii|o criza|criza|crize|atac de cord|"
        r"infarct|un infarct|un atac cerebral|atac cerebral|avc|accident vascular|epilepsie)",
        r"(ma|il|o|ne) doare (in piept|inima|pieptul)|durere (in piept|de piept)",
        r"soc anafilactic|(i |ii |mi |imi )?(se umfla|s ?a umflat) (gatul|limba|fata|buzele)",
        r"(l ?a|a|o ?a|m ?a) (lovit|calcat|accidentat) (o |un )?(masina|tir|autobuz|camion)",
    ),
    ignore=(
        # negations: "nu vreau să mă omor", "nu sunt suicidară", "nu-mi fac niciun rău"
        r"nu (vreau|vrea|am de gand|o sa|ma gandesc|vreau deloc|voi) sa (ma omor|mor|"
        r"ma sinucid|imi fac rau|mi fac rau|ma ranesc|ma tai)",
        r"nu (sunt|e|este|suntem) (deloc )?(suicidar*|sinucigas*|in pericol sa ma)",
        r"nu (sunt|suntem|e|este|esti|mai sunt|mai suntem) {gap1}in pericol",
        r"nu (mi|imi|isi) (fac|face|faca|voi face|o sa fac) (niciun |nici un )?rau",
        # idioms: "mor de râs", "formularul ăsta mă omoară", "mi-a murit telefonul"
        r"(mor|murim|moare|as muri|ar muri) de (ras|curiozitate|foame|rusine|plictiseala|"
        r"nerabdare|frig|cald|somn|oboseala|dor|sete|emotie)",
        r"ma omor (cu munca|de ras|dupa|cu invatatul|cu treaba|sa|de munca)",
        r"(formularul|formular|munca|treaba|birocratia|asteptarea|durerea|capul|spatele|"
        r"plictiseala|caldura|rasul|saptamana|dosarul|hartiile|intrebarile|statul|job*|"
        r"serviciul|seful) {gap5}(?<!ca )ma (omoara|termina|distruge|ucide)",
        r"criza de (ras|nervi|plans|isterie|timp|bani)",
        r"ma bate (gandul|la cap)",
        # "mama mă omoară dacă află" (mum will kill me if she finds out)
        r"(mama|tata|bunica|bunicul|seful|sefu|sefa|sora|fratele) {gap1}ma (omoara|omoare) "
        r"(daca|cand)",
        r"(politia|politistul|avocatul|avocata|asistenta|cineva de la|consilierul|mediatorul) "
        r"{gap1}(m ?a|ne ?a) gasit",
        r"taiat (la|in) deget",
        # feeling fine now: the "acum" in "acum e mai bine" is not a danger now
        r"acum (e|este|sunt|ma simt|mi e|se simte|suntem) (mai )?(bine|ok|linistit*|in siguranta)",
        r"(ma simt|ne simtim|sunt|suntem) in siguranta acum",
        # the courier at the door, the dog in the yard
        r"(curierul|postasul|vecinul|vecina|cainele|pisica|taxiul|soferul|livratorul|"
        r"instalatorul) {gap1}(e|este|sta|asteapta)",
        r"in siguranta (la|in timpul|pe durata) (intalnire*|mediere*|discuti*)",
        # "nu știe unde locuiesc": that he does not know is the reassurance
        r"nu (stie|mai stie|stiu ei) (unde|pe unde)",
        # a child taken somewhere ordinary: to the park, on a contact visit
        r"(a luat|ia|duce|a dus) {gap1}{child} (in|la) (parc|scoala|gradinita|bunica|bunici|"
        r"inot|film|plimbare|mall|mare|munte|vizita)",
        r"program de vizita|are vizita|drept de vizita",
    ),
    past=(
        r"(19|20)[0-9][0-9]",
        r"acum (un|o|doi|doua|trei|patru|cinci|cativa|cateva|multi|multe|[0-9]+) (an|ani|luna|"
        r"luni|saptamana|saptamani|zi|zile)",
        r"anul trecut|luna trecuta|saptamana trecuta|demult|pe vremuri|candva|in trecut",
        r"in noaptea (aia|aceea|respectiva)|in ziua (aia|aceea|respectiva)",
        r"la tribunal|in instanta|la proces|condamnat*|inchisoare|puscarie|arestat*|sentinta",
        r"s ?a mutat",
        r"dupa (bataie|atac|atacul|incident|agresiune|ce s ?a intamplat|jaf|furt)",
        r"cand (locuiam|stateam|eram|traiam)",
        r"(cand|in timp ce) (m ?a|ne ?a) (jefuit|atacat|lovit|batut)",
    ),
    now=(
        r"acum(?! (un|o|doi|doua|trei|patru|cinci|cativa|cateva|multi|multe|[0-9]+) )",
        r"chiar acum|in momentul asta|tocmai|iar|din nou|azi|astazi|diseara|in seara asta|inca|"
        r"in clipa asta",
    ),
    words={
        "nus": "nu stiu",
        # text-speak: "zice k ma omoara", "acm"
        "k": "ca",
        "ke": "ca",
        "acm": "acum",
        "acuma": "acum",
        "vr": "vreau",
        "nuj": "nu stiu",
        "nush": "nu stiu",
        "pt": "pentru",
        "tb": "trebuie",
        # "copiii" and "fiii" (the children, the sons) are written with three i's; the reader
        # shortens letters held down unless it knows the double form, so it is named here
        "copii": "copii",
        "fii": "fii",
        "sint": "sunt",
        # "ț" and "ș" typed as "tz" and "sh"
        "cutzit": "cutit",
        "cutzitul": "cutitul",
        "viatza": "viata",
        "sigurantza": "siguranta",
    },
    fuzzy=(
        "sinucidere",
        "sinucid",
        "supradoza",
        "inconstient",
        "inconstienta",
        "sangereaza",
        "pastilele",
        "pastile",
        "respira",
        "disparut",
        "convulsii",
        "siguranta",
    ),
    macros={
        "kill": r"(omoara|omoare|omori|ucide|ucida|injunghie|injunghe|taie|impusca|strangula|"
        r"sugruma|bate|loveste|strange de gat|omorasca)",
        "weapon": r"(cutit|cutitul|un cutit|cutite|briceag|briceagul|satar|satarul|maceta|"
        r"sabie|sabia|topor|toporul|pistol|pistolul|arma|arme|arma de foc|pusca|pusca|bata|bata|"
        r"ranga|ciocan|ciocanul)",
        "child": r"((pe |la |cu )?(copil|copilul|copilului|copii|copiii|copiilor|copilas|"
        r"copilasul|fiul|fiu|fii|fiului|baiat|baiatul|baiatului|baietelul|fata|fetei|fiica|fiicei|"
        r"fetita|fetitei|bebe|bebelus|bebelusul|bebelusului|nou nascutul|cel mic|cea mica|"
        r"celui mic|celei mici|micul|nepotul|nepoata|nepotelul|nepotica|puiul|copchilul))"
        r"( meu| mea| mei| mele| nostru| noastra| nostri)?",
        # not "a fugit" alone ("a fugit la magazin", he ran to the shop) nor "nu mai e" ("nu mai
        # e bolnav", he is no longer ill)
        "missing": r"(a disparut|au disparut|s ?a pierdut|s ?au pierdut|nu se mai intoarce|"
        r"a plecat de acasa|(a|au) fugit (de acasa|de la scoala|din casa|din tabara|din centru|"
        r"si nu)|e de negasit)",
        "pills": r"(pastile|pastilele|pastilelor|pastila|tablete|tabletele|medicamente|"
        r"medicamentele|calmante|calmantele|somnifere|somniferele|antidepresive|xanax|"
        r"paracetamol|algocalmin|diazepam|nurofen|ibuprofen|pills|tablets)",
    },
)
