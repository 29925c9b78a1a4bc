"""Crisis signs in Somali: why these forms, what was left out and why.

Somali is written in Latin letters, so little needs folding; what varies is spelling
(one or two vowels, "dh" or "d", "middi" or "mindi", "caruur" or "carruur", "inan" for
"inaan") and the focus words that come before the verb (waan, waxaan, ayaan, baan for "I";
wuu, wuxuu, ayuu, buu for "he"; way, waxay, ayay, bay for "she" or "they"). Patterns
therefore key on the verb and its object pronoun, not on the focus word: "i" (me),
"igu" (on me), "is" (oneself), "ku" (you).

Tense is carried by the verb ending: "-ayaa/-aya" is happening now or about to, "doonaa"
will, "-ay/-tay" is done, "jiray" used to. Crisis patterns use the present and future
forms; "i garaacay" (he hit me), "igu hanjabay" (he threatened me), "sitay" (was carrying)
tell of the past and are left out, and `past` holds "ka hor" (ago), "sanadkii hore" (last
year), years, the court and prison. Some things are told in the past because they have just
happened, and those past forms do count unless a past marker says when: pills taken
("qaatay", "liqay"), fainting ("suuxay"), drowning ("haftay"), breaking in ("soo galay").
For the same reason no verb is in `fuzzy`: one letter is all between "garaacayaa" (is
beating) and "garaacay" (beat).

Left out: "i caawi" and "caawimaad" alone (people ask for help with the form), "khatar"
alone (the risk of meeting him is talked about calmly), "maqan" with no child (a parent
can simply be away), "qori" alone (it is also a stick of wood; only a carried or held
"qori" counts), "xaday" beside a child's possession ("baaskiilka wiilkayga ayaa la xaday"
is a stolen bike).
"""

from dialogues.crisis.lexicon import Lexicon

_KID = (
    r"(wiil*|gabadh*|gabar|inan|inant*|inanka*|ilma*|ilmo|carruur*|caruur*|cunug*|ubad*|dhallaan*"
    r"|dhalaan*|gabdh*|canug*)"
)

LEXICON = Lexicon(
    language="so",
    suicide=(
        # "is dil" (kill oneself) in every person and tense the verb takes: is dilo, is dilayaa,
        # is dili doonaa, is dilaysaa, is disho, and the noun is dilid / isdil.
        # The verb forms are listed, not stemmed: "is" is also English, and "is dil*", "is goo*",
        # "is jar*" or "is sun*" would read "he is diligent", "it is good", "it is sunny".
        r"is {selfkill}",
        r"isdil*",
        # A gun to one's own head: "madaxa ayaan iska toogan doonaa".
        r"(iska|is) (toogan|toogto|toogi|toogayaa|toogaya|toogtay|rasaaseyn|rasaaseeyo)",
        r"(is|isku) (dhaawac*|gooy*|goyn*|{selfcut}|sum(ay|ee\S*|ayn\S*|o|aa)|deldel*|xargeyn*"
        r"|mi[i]?daam*)",
        # Saying goodbye: "qof walba waan macsalaameeyay", "nabadgelyo dhammaantiin".
        r"(macsalaame*|macasalaame*|nabadgelyo|nabad gelyo) {gap}(dhammaan*|dhamaan*|qof walba"
        r"|qoyska"
        r"|idinka|caawa|weligiin|weligey|weligay)",
        r"(qof walba|dhammaantiin|dhamaantiin|qoyskayga|idinka) {gap1}(waan |ayaan )?(macsalaame*"
        r"|macasalaame*)",
        r"si (aanan|aan) (u )?(toosin|soo toosin|soo kicin|dib u toosin)",
        # "Caawa ayaan samaynayaa, waxba dan kama lihi": doing "it" tonight, with nothing
        # mattering any more. Neither half alone is enough.
        r"(caawa|maanta|berri|hadda) {gap1}(ayaan|baan|waan) (samaynayaa|samayn doonaa|sameynayaa) "
        r"{gap5}(waxba dan kama lihi|waxba iguma qabsanayaan|waxba ima galaan|nabadgelyo"
        r"|iga cafiya)",
        # Sleeping for ever: "inaan weligay seexdo".
        r"{thati} (weligay|weligey|weligeey|abid) (seexdo|hurdo|jiifo|seexdo oo aanan toosin)",
        # A purpose said outright: "kiniinnada ayaan qaatay si aan u dhinto".
        r"si (aan|aanu|uu|ay|aad) u (dhinto|dhimato|dhimano|is dilo|is disho)",
        r"naft* {gap}(iska )?(qaadayaa|qaadaya|qaadi doonaa|qaadi doona|qaado|khaarijinayaa"
        r"|khaarijiyo|dhamaynayaa|dilayaa|dilo)",
        # Wanting to die, not to live.
        r"{thati} (dhinto|dhimanayo)",
        r"(inuu|inay) (dhinto|dhimato) (rabaa|doonayaa|jeclaan)",
        r"dhiman (rabaa|raba|doonayaa|doonaya|lahaa|jeclaan|jeclahay|rabo)",
        r"(haddii|hadii|haddaan|hadaan) (aan )?dhinto",
        r"(ma|uma|kama) (rabo|doonayo|doono|rabin|doonin"
        r"|jecli) {gap1}{thati} (ku )?(sii )?(noolaado"
        r"|noolaaddo|jiro|sii jiro)",
        r"(doonimaayo|rabi maayo|doonin) {gap1}{thati} (sii )?(noolaado|jiro)",
        r"nolo* (ma rabo|ma doonayo|ma doono|iga dhamaatay|iga dhammaatay)",
        # Ending one's life: "noloshayda soo afjaro".
        r"(nolo*|naft*) {gap1}(soo )?(afjaro|afjari|afjarayaa|afjaraya|afjari doonaa|dhammeeyo"
        r"|dhamaynayaa"
        r"|soo gabagabeeyo|joojiyo|joojinayaa)",
        r"(adduun*|aduun*|dunida|dunidan|dunyada) {gap}(ka tago|ka baxo|ka tagayaa|ka baxayaa"
        r"|ku sii jiro"
        r"|ku noolaado|ma rabo|ka daalay)",
        r"nolo* {gap}(ka daalay|ka daashay|ka quustay|ka quusatay|micno ma leh|macno ma leh"
        r"|micno ma lahan|macno ma lahan|ujeeddo ma leh)",
        r"(ka fiicnaan|ka roonaan|ku farxi|nabad heli) (lahaayeen|lahaa|lahayd) {gap5}(dhinto"
        r"|maqnaado|laantay|laanteyda)",
        r"(xadhig|xarig|xadhigga|xariga) {gap}(diyaarsaday|diyaarsatay|diyaar|haystaa|iibsaday"
        r"|soo iibsaday)",
        r"(buundada|buundo|dhismaha|dhisme|daaqadda|sagxadda|jidka|waddada|baabuurka|tareenka"
        r"|badda|webiga|dabaqa) "
        # Every person and tense of "iska tuur" (throw oneself) and "ka bood" (jump from).
        r"{gap}(iska tuur*|is tuur*|isaga tuur*|ka bood*)",
        r"(iska tuur*|ka bood*) {gap}(buundada|dhismaha"
        r"|daaqadda|tareenka|badda|webiga|dabaqa)",
        # "I can't bear it any more": the plea English reads as "can't take it any more".
        r"(ma awoodo|kari maayo|ma karo|ma kari karo) {gap1}(inaan|in aan) (sii )?(adkaysto|u "
        r"adkaysto|sii wado|noolaado|sii noolaado)",
        r"(sii )?(adkaysan|u adkaysan) (kari maayo|maayo|ma karo)",
    ),
    danger=(
        # A weapon carried or held now: "mindi ayuu sitaa", "wuxuu haystaa bastoolad".
        r"{weapon} {gap}(haystaa|haysta|sitaa|sita|wataa|wata|qabtaa|qabta|qabo|gacanta ku haya"
        r"|gacanta ku hayaa)",
        r"(haystaa|haysta|sitaa|sita|wataa|wata|qabtaa|qabta|soo qaatay"
        r"|la soo baxay) {gap1}{weapon}",
        r"(hubaysan|hubeysan|hub sita|hub wata|hub haysta)",
        # Outside, at the door, inside.
        r"(banaanka|bannaanka|banaan|debedda|dibadda|albaabka|irridda|albaab|daaqadda|hortiisa"
        r"|hor gurigayga"
        r"|agtiisa|hoostiisa) {gap}(joogaa|jooga|taagan|fadhiyaa|fadhiya|sugayaa|sugaya|wareegayaa"
        r"|wareegaya)",
        r"(joogaa|jooga|taagan|fadhiyaa|sugayaa|sugaya) {gap}(banaanka|bannaanka|debedda|dibadda"
        r"|albaabka|irridda|hortiisa|agtiisa)",
        r"(albaab*|daaqad*|irrid*|quful*) {gap}(garaacayaa|garaacaya"
        r"|jebinayaa|jebinaya|jabinayaa"
        r"|jabinaya|furayaa|furaya|riixayaa|riixaya|ku dhufanayaa|burburinayaa|laadayaa|laadaya"
        r"|tumayaa|tumaya)",
        r"(isku dayayaa|isku dayaya|doonayaa|doonaya|rabaa) (inuu|inay|inay soo"
        r"|inuu soo) (soo )?(galo|gasho|galaan|jebiyo|furo)",
        # Fire: "wuxuu ku hanjabayaa inuu guriga gubayo".
        r"(guriga|gurigayga|gurigii|aqalka|qolka|gaariga) {gap}(gubayo|gubi doono|gubi doonaa"
        r"|gubayaa|gubaya"
        r"|dab qabadsiinayo|dab qabadsiiyo|dab ku shidayo|dab ku shido|dab qabadsiin doono)",
        r"(aashito|asiidh|acid) {gap}(igu|ku|nagu) (shubayaa|shubaya|shubi doonaa|tuurayaa"
        r"|tuuri doonaa)",
        # On the way: "halkan ayuu u soo socdaa", "jidka ayuu ku soo jiraa".
        r"(halkan|xaggayga|gurigayga|xafiiskayga) {gap1}(ayuu|buu|ayay|bay|ayey)? ?(u soo socdaa"
        r"|u soo socda"
        r"|u socdaa|imanayaa|imanaya|soo socdaa|iman doonaa)",
        r"jidka {gap1}(ku soo jiraa|ku soo jira|ku soo jirtaa|soo maraya)",
        r"(gurigayga|guriga|gurigii|qolka|qolkayga|gudaha) {gap}(soo galay|soo gashay|soo galayaa"
        r"|soo galaya|soo gelayaa|soo gaaray|yimid|yimaaday|u soo socdaa|u soo socda)",
        r"(soo gaaray|yimid|yimaaday|u soo socdaa|soo galay) {gap1}(gurigayga|guriga|albaabka"
        r"|halkan|qolka)",
        # Followed, searched for, found.
        r"(i|iga|na|naga) daba (socda|socdaa|socota|socotaa|socdaan|socdo|jooga|joogaa|wareegaya"
        r"|wareegayaa)",
        r"(i|na) (soo )?(raacaya|raacayaa|raacayaan|eryanaya|eryanayaa|eryanayaan|baadigoobaya"
        r"|baadigoobayaa"
        r"|raadinaya|raadinayaa|raadinayaan|ugaadhsanaya|ugaarsanaya|sugaya|sugayaa|daawanaya"
        r"|daawanayaa)",
        r"(i|na) (heli|dili|garaaci|dhaawici|qaadi|afduubi|toogan|toogi|mindiyeyn|weerari|kufsan"
        r"|ceejin|gubi) (doonaa|doona|doontaa|doonaan|rabaa|raba|doonayaa)",
        r"(i|na) (helay|heleen|heshay)",
        r"(ogyahay|og yahay|ogaaday|ogaatay|garanayaa|garaneyaa) (halka|meesha|guriga) (aan|aan ku"
        r"|aanu|aan ka) (deggenahay|degganahay|joogo|ku noolahay|noolahay|ku jiro|dhuumanayo"
        r"|dhuuntay|shaqeeyo)",
        # Killing, beating, threatening me now.
        r"(i|na) (dilayaa|dilaya|dilaysaa|dilayaan|dilaa|dili|laayaa)",
        r"(inuu|inay) {gap1}(i|na) (dilo|disho|dilaan|dilayo|dilayso|dilayaan|dili doono"
        r"|dili doonto"
        r"|garaaco|dhaawaco|toogto|gubo|kufsado|mindiyeeyo)",
        # The threat reported in his words: "waan ogahay meesha aad joogto".
        r"(ogahay|og ahay|garanayaa|garanaya|ogaaday) (meesha|halka|guriga) (aad|aad ku) (joogto"
        r"|deggan tahay"
        r"|ku nooshahay|degto|ku jirto|ku dhuumato|ku dhuuntay)",
        r"(igu|nagu|iigu) (hanjabayaa|hanjabaya|hanjabayaan|handadayaa|handadaya|goodinayaa"
        r"|goodinaya)",
        r"(waan|waana|ayaan|baan) ku (dilayaa|dili doonaa|dili doona|dilaya)",
        r"(i|na) (garaacaya|garaacayaa|garaacayaan|ceejinaya|ceejinayaa|dhaawacaya|dhaawacayaa"
        r"|xanuujinaya|xanuujinayaa"
        r"|kufsanaya|kufsanayaa|jiidaya|jiidayaa|mindiyaynaya|mindiyeynaya|tumaya|tumayaa|laadaya"
        r"|laadayaa|weeraraya|weerarayaa|gubaya|gubayaa)",
        # Not safe, in danger, hiding, locked in.
        r"(ammaan|amaan|aamin|nabad) (ma|kuma|maan) (ihi|ihin|ahi|nihin|ahin|qabo|qabno)",
        r"(ma ihi|maahi|ma ahi|ma nihin) (ammaan|amaan|aamin|nabad)",
        r"khatar {gap}(ku jiraa|ku jira|ku jirtaa|ku jirta|ku jirnaa|ku jirna|ku jiraan|ku sugan"
        r"|ku sugnahay|ku jiro)",
        r"(ku dhuuntay|ku dhuumaday|ku dhuumanayaa|ku dhuumanaya|waan dhuumanayaa|is qarinayaa"
        r"|is qariyay|ku qarsoonahay|ku dhuumanahay)",
        r"(igu|nagu|iigu) (xiray|xidhay|xiran|xidhan|xirtay|xiray)",
        r"(iima|noo ma|nooma) (ogola|oggola|ogolaanayo|oggolaanayo) {gap1}(inaan|in aan|inaan ka"
        r"|inaanu) (baxo|tago|waco|baxno)",
        r"(booliska|booliiska|boolis|police|999) {gap1}(ii|noo|u|iiga)? ?(wac|waca|yeer|yeera"
        r"|soo wac|soo yeer|soo dir)",
        r"(gargaar|ii gargaara|i gargaara|i badbaadi|na badbaadi|i samatabbixi)",
        r"(joogaa|taagan|taagan yahay|sugayaa|ku sugayaa) (guriga|albaabka|irridda|daaqadda|"
        r"gurigayga|albaabkayga|gurigeyga) ?(bannaankiisa|banaankiisa|hortiisa|agtiisa|dibadda|"
        r"dibaddiisa)?",
        # The present tells of abuse that goes on: "ninkaygu wuu i garaacaa".
        r"(wuu|wuxuu|waxay|way|ninkaygu|ninkayga|saygayga|seygaygu|saygaygu) {gap1}i (garaac*|"
        r"tum*|karbaash*|jirdil*)",
        r"(ka baqayaa|ka cabsanayaa|ka cabsoonayaa|cabsi) {gap1}(inaan|in aan) (guriga|gurigayga|"
        r"gurigeyga) (aado|tago|ku noqdo|laabto|ku laabto)",
    ),
    child=(
        # Up to five words between: an age ("12 jirka ah") and a place ("iskuulka") often are.
        r"{kid} {gap5}(waa la waayay|la waayay|lama hayo|la la haayo|maqan|maqnaa|lumay|lumey"
        r"|lumatay|ka lumay|ka lumatay|ku lumay|ku lumatay"
        # "ma iman" is "has not come", but "ma iman kartaa?" asks whether she may come.
        r"|ma iman(?! kar\S*)|ma imaan(?! kar\S*)|ma soo noqon|ma soo laaban|kama soo laaban"
        r"|soo laaban maayo|lama arko|ma arko|ma arag|ma helayo|ma helin"
        r"|meel lama garanayo|meel lagama helin|baxsaday|baxsatay|cararay|ka cararay|carartay"
        r"|ka carartay|ka baxsatay|la laan"
        r"|la layahay|la la yahay|lala yahay)",
        r"(ma helayo|ma helin|ma arko|ma arag|waan waayay|waynu waynay|waayay"
        r"|ma garanayo meesha) {gap1}{kid}",
        r"{kid} {gap}(wuu qaatay|ayuu qaatay|qaatay|qaaday|la tagay|la tegay|kaxeeyay|kaxeystay"
        r"|kaxaystay|la cararay|la baxsaday|la dhuumaday)",
        r"{kid} {gap}(afduub*|la xaday|la xaday|xaday|xaday)",
        r"afduub* {gap}{kid}",
        # Hurting or threatening a child: "wiilkayga ayuu garaacayaa", "carruurta waan dilayaa".
        r"{kid} {gap5}(qaadayo|qaadi doono|qaadan doono|la tagayo|la tegayo|la tegi doono|dilayo"
        r"|dili doono|dhaawacayo"
        r"|dhaawici doono|qaadayaa|dilayaa|dilaya|dhaawacayaa|dhaawacaya|garaacayaa|garaacaya"
        r"|xadgudub|kufsanayaa|kufsanaya"
        r"|ceejinayaa|ceejinaya|taabanayaa|taabanaya|xanuujinayaa|xanuujinaya|tumayaa|tumaya"
        r"|gubayaa|gubaya|xiray|ku xiray|ruxayaa|ruxaya|gilgilayaa|gilgilaya|lulayaa|lulaya)",
        r"(garaacayaa|garaacaya|dhaawacayaa|dhaawacaya|dilayaa|kufsanayaa|xanuujinayaa"
        r"|ceejinayaa) {gap1}{kid}",
        r"{kid} {gap}khatar",
        r"{kid} {gap5}la (joogaa|jooga|joogo|joogtaa|joogta) {gap5}(sakhraan*|cabsan|khamri"
        r"|qaadsan|hub)",
    ),
    medical=(
        r"(laba|saddex|afar|shan|dhowr|dhawr|badan|dhamaan) (baakad*|kartoon*|dhalo*|xirmo*) "
        r"{gap1}{pills} {gap}(qaatay|qaatey|qaadatay|liqay|liqday|liqeen|cunay|cuntay|cabay"
        r"|cabtay)",
        r"{pills} {gap}(badan|oo dhan|dhammaan|dhamaan|xad dhaaf|xaddhaaf|baakad|baakidh|dhalo"
        r"|kartoon|tiro badan) "
        r"{gap}(qaatay|qaatey|qaadatay|liqay|liqday|liqeen|cunay|cuntay|cabay|cabtay|qaateen"
        r"|isku qaatay)",
        r"(qaatay|qaatey|qaadatay|liqay|liqday|liqeen|cunay|cuntay|cabay|cabtay"
        r"|qaateen) {gap}{pills} {gap1}(badan|oo dhan|dhammaan|xad dhaaf|xaddhaaf)",
        r"{pills} {gap}(iyo|oo|la) (khamri|qamri|aalkolo|alkolo|biir|khamriga) {gap}(qaatay|cabay"
        r"|cabtay|isku qaatay|qaadatay|liqay)",
        r"(xad dhaaf|xaddhaaf|overdose)",
        # Stabbed or shot just now: "mindi ayaa lagu dhuftay", "waa la toogtay".
        r"dhiig {gap1}(matagayaa|matagaya|mantagayaa|hunqaacayaa|hunqaacaya|qufacayaa|qufacaya"
        r"|tufayaa)",
        r"(matagayaa|matagaya|hunqaacayaa|hunqaacaya|qufacayaa) {gap1}dhiig",
        # Asking what happens if she swallows them all is asking about an overdose.
        r"{pills} {gap}(oo dhan|dhammaan|dhamaan|badan|xad dhaaf) {gap}(liqo|qaato|liqdo|cuno|liqi"
        r"|qaadan|liqayaa"
        r"|qaadanayaa|qaadan doonaa|liqi doonaa)",
        r"(mindi|mindida|toorey) {gap1}(lagu dhuftay|lagu mudday|lagu taagay|lagu jaray)",
        r"(waa la|hadda la|la) (mindiyeeyay|mindiyeyay|toogtay|toogay|rasaaseeyay|rasaaseyay)",
        r"xabbad* {gap1}(ku dhacday|lagu dhuftay|haleeshay|ku dhacay)",
        # Someone else's medicine: "kiniinnada hooyaday ayuu liqay".
        r"{pills} (hooyaday|aabbahay|ayeeyo*|awoowe*|hooyadiis|hooyadeed|aabbihiis|aabbaheed"
        r"|ayeeyadiis"
        r"|ayeeyadeed|walaashay|walaalkay|eeddo*|habaryar*|deriska*|ninkayga|xaaskayga|qof kale) "
        r"{gap}(qaatay|liqay|cunay|qaadatay|liqday|cuntay|cabay|cabtay)",
        # Drowning: "wuu haftay", "wuu hafanayaa".
        r"(haftay|haftey|hafatay|hafanaya|hafanayaa|hafanaysaa|qarqay|qarqamay|qarqamaya"
        r"|biyo ku dhex dhacay)",
        r"(sun|sunta|kolorin|kloriin|koloriin|jiiq) {gap1}(ayuu|ayay|buu|bay|ayaan|baan"
        r"|ayaa)? ?(cabay|cunay|liqay|qaatay|cabtay|cuntay|liqday)",
        r"(cabay|cunay|liqay|cabtay|cuntay|liqday) {gap1}(sun|sunta|kolorin|kloriin|koloriin|jiiq)",
        r"(ma|uma|mana) (neefsanayo|neefsanayso|neefsanaynin|neefsan karo|neefsan karto"
        r"|neefsanayaan)",
        r"neef* {gap1}(ma qaadanayo|ma qaadanayso|ma qaato|ma lahan|ma leh|laan|ka istaagtay"
        r"|ka istaagay|ka joogsatay|ku dhegtay|ku xiran|way yar tahay|yar tahay|ma jirto"
        r"|ma qaadan karo|ma qaadan karto)",
        r"(neefsan waayay|neefsan waysay|neefsan kari waayay|neefsan kari maayo)",
        r"miyir* {gap}(ma leh|ma laha|beelay|beeshay|ka dhacay|ka dhacday|ka tagay|ka tagtay"
        r"|waayay|waysay|laan|lumay|ma qabo|ma hayo)",
        r"(suuxay|suuxday|suuxsan|suuxsantahay|suuxsan yahay|suuxdin)",
        r"(ma|mana) (toosayo|toosayso|toosi karo|jawaabayo|jawaabayso|dhaqaaqayo|dhaqaaqayso"
        r"|kacayo|kacayso)",
        r"(toosi|kici|jawaabi) (waayay|waysay|kari waayay)",
        r"dhiig {gap}(socda|socdaa|imaanaya|imaanayaa|baxaya|baxayaa|daadanaya|daadanayaa"
        r"|qulqulaya|qulqulayaa|jira"
        r"|ma joogsanayo|ma istaagayo|joogsan waayay|istaagi waayay|badan ayaa ka socda)",
        r"(dhiigbax|dhiig bax|dhiig baxa|dhiig baxaya)",
        r"wadna* {gap}(istaagay|istaagtay|joogsaday|joogsatay|xanuunayaa|xanuunaya|xanuun)",
        r"(wadne xanuun|wadnaxanuun|wadne istaag|istaroog|istrook|faalig|faalij)",
        r"qallal {gap1}(ku dhacay|ku dhacday|haya|hayaa|qabtay|qabsaday|qabatay)",
        r"(qallalaya|qallalayaa|gariiraya oo)",
        r"(bushimaha|bishimaha|afka|wajiga) {gap}(buluug|buluugoobay|madoobaaday|madow noqday)",
        r"(waan|wuu|way) dhimanayaa",
        r"(ambalaas|ambulance) {gap1}(ii|noo|u)? ?(soo )?(dir|diro|wac|yeer|yeera)",
    ),
    ignore=(
        # Idioms: "qosol baan la dhintay" (died laughing), "gaajo ayaan u dhimanayaa".
        r"(xishood|xishoodka|gaajo|gaajada|qosol|qosolka|harraad|oon|hurdo|daal|cabsi|jacayl|xiiso"
        r"|kulayl|qabow|xanaaq) "
        r"{gap1}(u|la|ula) (dhimanayaa|dhimanaya|dhintay|dhimatay|dhimay|dhimanay|dhiman)",
        r"qosol {gap1}darteed {gap1}neef",
        r"(foomkan|foomka|shaqadan|shaqada|sugitaanka|sugitaan|arrintan|walwalka"
        r"|madax xanuunka) {gap1}(ayaa|baa|wuu|way)? ?"
        r"(i dilaysa|i dilaya|i dilayaa|i dilaysaa|i dilay|i dishay)",
        # The phone dying or the call dropping.
        r"(taleefan*|telefoon*|moobil*|mobayl*|batteri*|baytari*|wicitaan*) {gap1}(wuu|waa|ayaa"
        r"|way)? ?(dhintay|damay|dansamay|goay|dhamaaday|dhammaaday|go)",
        # Negations: "ma doonayo inaan is dilo", "ma ihi qof is dilaya", "weligay kama fikirin".
        r"(ma|kuma) (doonayo|rabo|doono|rabin|doonin|fikirayo"
        r"|fekerayo) {gap1}{thati} is ({selfkill}|dhaawac*)",
        r"is ({selfkill}|dhaawac*) (kama|ma) (fikirayo|fekerayo|fikirin|fekerin|doonayo|rabo)",
        r"(weligay|weligey|marna|abid) {gap1}(kama|ma) (fikirin|fekerin|fikirayo|fekerayo"
        r"|isku dayin|doonin) {gap}is ({selfkill}|dhaawac*)",
        r"(ma ihi|ma ahi|maahi|ma aha) qof {gap1}is ({selfkill}|dhaawac*)",
        r"ku noolaado (cabsi|cabsida|walwal)",
        # Better now: "hadda waan fiicanahay", "hadda wuu ka nadiifsan yahay".
        r"(hadda|haatan|imminka) {gap1}(waan|wuu|way|waa|ayaan|ayuu|ayay)? ?(fiicanahay"
        r"|fiican yahay|fiican tahay|fiicnahay"
        r"|bogsaday|bogsatay|caafimaad|ka nadiif*|nadiif*|ladnaaday|ladnaatay"
        r"|wanaagsanahay|wanaagsan)",
        # Safe now, said with a verb that affirms it: "hadda ammaan ayaan ahay". Not "hadda
        # ammaan ma ihi" (I am not safe now), which is the bot's own button.
        r"(hadda|haatan|imminka) {gap1}(waan|wuu|way|waa|ayaan|ayuu|ayay)? ?(ammaan|nabad) "
        r"(ayaan |baan |ayuu |buu |ayay |bay )?(ahay|yahay|tahay|nahay|qabaa|qabnaa|qabaan)",
        r"(fiican yahay|fiican tahay|fiicanahay|bogsaday|bogsatay|nabad qabaa"
        r"|ammaan ayaan ahay) {gap1}(hadda|haatan)",
        r"(waan|wuu|way) (bogsaday|bogsatay|ladnaaday|ladnaatay)",
        # Blood pressure, anaemia and blood tests are not bleeding.
        r"(dhiig|dhiigga) (kar*|yari*|sonkor*|baaris*|qaad*|shub*)",
        r"dhiigkar*",
        # "The one who broke in": a relative clause naming the offender by what he did.
        r"(qofkii|ninkii|kii|tii|kuwii|wiilkii|dadkii|tuuggii|tuugii|gabadhii|naagtii) {gap}"
        r"(soo galay|soo gashay|soo galeen|jabsaday|jabsatay|i dhacay|i dhacday|i garaacay|yimid"
        r"|yimaaday)",
        # Possessions of a child ("the son's bike was stolen"), not the child.
        r"(baaskiil*|bushkuleet*|taleefan*|telefoon*|boorsa*|lacag*|gaari*|kabo*|alaab*|moobil*"
        r"|buug*) {kid}",
        r"(ma|miyay|miyuu) (ammaan|amaan|aamin) (baa|tahay|yahay)",
    ),
    past=(
        # When she was small; and a child who came back or was found is an event that is over.
        r"markii (ay|uu|aan) (yarayd|yaraa|yaraayeen|carruur ahaayeen|ilmo ahayd|ilmo ahaa)",
        r"(way|wuu|waa|ayay|ayuu) (soo noqotay|soo noqday|soo laabatay|soo laabtay|la helay)",
        r"(waan|waanu|waynu) (helnay|helay)",
        r"(sanado|sannado|sano|sanad|sannad|bilo|bil|toddobaadyo|toddobaad|muddo|waqti"
        r"|wakhti) {gap1}ka hor",
        r"(sanadkii|sannadkii|bishii|toddobaadkii|xagaagii|jiilaalkii) (hore|tagay|tagtay|dhawaa)",
        # A year stands alone or takes the article: "2019", "2019-kii".
        r"(19|20)\d\d( kii| ka)?",
        r"(maxkamad*|garsoor*|xabsi*)",
        r"(lagu xukumay|la xukumay|waa la xukumay|xukun*)",
        r"(markii|markaan) (aan )?(yaraa|yaraa|yaraa|carruur ahaa|ilmo ahaa)",
        r"(jiray|jirtay|jireen|jirey)",
        r"(taasi|taas|arrintaas) {gap1}(waxay ahayd|ahayd|dhacday)",
        r"markii (ay|uu) (dhacday|dhacay)",
        r"(wuu|way) (guuray|guurtay|ka guuray)",
        r"(halkan|xaafadda) ma (deggana|degana|joogo)",
        r"magaalo kale {gap1}(deggan|degan|joogaa)",
        r"hore (ayuu|ayay|ayaan|buu|bay|baan)",
    ),
    now=(
        r"(hadda|hada|haatan|imminka|iminka|caawa|caawaba|maanta|mar kale|weli|welina|isla hadda"
        r"|xilligan|saaka|hadda hadda)",
    ),
    words={
        "wan": "waan",
        "wa": "waa",
        "wu": "wuu",
        "wuxu": "wuxuu",
        "waxan": "waxaan",
        "waxad": "waxaad",
        "ayan": "ayaan",
        "ayu": "ayuu",
        "ayey": "ayay",
        "hada": "hadda",
        "imika": "imminka",
        "hadaa": "hadda",
        "midi": "mindi",
        "middi": "mindi",
        "middida": "mindida",
        "mindiyo": "mindi",
        "bistoolad": "bastoolad",
        "bastolad": "bastoolad",
        "bistolad": "bastoolad",
        "kaniin": "kiniin",
        "kaniini": "kiniin",
        "kiniini": "kiniin",
        "kiniinka": "kiniin",
        "caruurtayda": "carruurtayda",
        "gabadheyda": "gabadhayda",
        "wiilkeyga": "wiilkayga",
        "ilmaheyga": "ilmahayga",
        "nafteyda": "naftayda",
        "dilaya": "dilayaa",
        "doona": "doonaa",
        "booliis": "booliska",
        "booliiska": "booliska",
        "bolis": "booliska",
    },
    fuzzy=(
        "bastoolad",
        "kiniinno",
        "kiniinnada",
        "daawooyin",
        "ambalaas",
    ),
    macros={
        # "dil" (kill) and "jar" (cut) in the persons and tenses they take after "is".
        "selfkill": (
            r"(dil(o|ay|ey|ayaa|aya|ayey|ayay|aysaa|aysa|ayso|ayo|aa|i|id|idda|aan|een|ayaan|in"
            r"|aayaa"
            r"|aaya|nay|no|ka|kii)|dish(o|ay|ey|aa|ay))"
        ),
        "selfcut": (r"(jar(ay|ey|o|ayaa|aya|aysaa|aysa|ayso|ayo|tay|tey|to|id|aa)|jarjar\S*)"),
        # "inaan" (that I), typed "inan" or "in aan".
        "thati": r"(inaan|inan|in aan|inaan iska|in aan iska)",
        "weapon": (
            r"(mindi*|middi*|toorey*|toorrey*|seef*|bastoolad*|bistoolad*|qori|qoriga|qoryo|hub"
            r"|hubka"
            r"|mishaar*|faas)"
        ),
        "pills": (
            r"(kiniin*|kaniin*|daawo*|dawo*|daawooyin*|dawooyin*|kaabsuul*|paracetamol|panadol"
            r"|tablet*)"
        ),
        "kid": _KID,
    },
    strip_marks=True,
)
