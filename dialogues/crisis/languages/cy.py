"""Crisis signs in Welsh: why these forms, what was left out and why.

Written for Welsh as it is typed on a phone, north and south: "dwi isio" and "fi moyn",
"gynno fo" and "gyda fe", "rwan" and "nawr", "efo" and "gyda", with the apostrophes of
"dwi'n", "mae'r", "o'n" usually dropped ("dwin", "maer", "on"): `words` opens those out
again so that one pattern serves both spellings.

Welsh changes the first letter of a word after certain words (mutation): "cyllell" (knife)
is "gyllell" after "ei" or "mae gynno fo", "nghyllell" after "fy"; "lladd" (kill) is "ladd"
after "i" or "am"; "taro" (hit) is "nharo" after "fy". The patterns list every form a word
takes in the places it is met, rather than a stem, since the change is at the front.

Tense: a present danger is told with "mae ... yn" (is ...-ing), "wedi/di" or "newydd" (has
just); a past one with "roedd", "nath", "mi wnaeth" or a preterite ("dorrodd"). Patterns
for danger from another person are therefore anchored on the present forms, and `past`
holds only the plain markers of a distant time or of the justice process, so that a
message with "roedd" and a present crisis ("roedd o'n yfed a rwan mae o tu allan") is still
caught. Passives tell of a child hurt or taken now: "wedi cael ei chipio" (has been
snatched), "yn cael ei guro" (is being beaten). "Gwneud rhywbeth gwirion" (do something
stupid) is read as the hint of self-harm it usually is.

Who: a pronoun ("o", "fo", "e", "fe", "hi", "nhw"), "rhywun" (someone), or the person named
("fy ngŵr", "y boi", "fy ex", "y cyn bartner"), in the `he` macro.

Left out: "helpwch fi" (help me) alone, since it is also said of a form; "mae o'n dod"
(he is coming) without where to, since it is said of the meeting; "mae o yn y tŷ" (he is in
the house) alone, since he may live there; "colli" (lose) of a child except "colli golwg ar"
(lose sight of), since "collais fy mab" tells of a death, not of a child gone missing; "wn"
(a gun, after soft mutation) except after "gynno fo"/"gyda fe", since "wn i ddim" is "I
don't know"; "am fy nharo" after a verb of trying, since it is also "for hitting me".
"""

from dialogues.crisis.lexicon import Lexicon

LEXICON = Lexicon(
    language="cy",
    suicide=(
        # lladd fy hun / ladd ei hun / lladd fy hunan: kill myself, himself, herself
        r"l?ladd (fy |fi |ei |eu |dy |yn |i )?hun(an|ain)?",
        r"hunan ?l?ladd*",
        # "gwneud amdana fy hun", "neud amdano'i hun": to do away with oneself
        r"(neud|wneud|gwneud|gneud|neith|wneith) amdan* (fy |ei |eu )?hun*",
        r"({want}|jyst|jest) {gap5}byth (yn )?(deffro|dihuno)",
        r"hunan ?niwe*",
        r"(torri|dorri|thorri|brifo|frifo|niweidio|llosgi|losgi|crogi|grogi|boddi|foddi|"
        r"taflu|daflu|saethu)r? (fy|ei|eu|dy) hun(an|ain)?",
        r"(crogi|grogi|nghrogi) (fy|ei)",
        # wanting to die: "dwi isio marw", "fi moyn marw", "dwi am farw", "barod i farw"
        r"({want}|barod) (i )?(farw|marw)",
        r"well (gen|gyda|da|gin|gennyf|gynnai) (i|fi|mi) (farw|marw|fod yn farw)",
        r"well (hebdda|hebddaf|hebof|heb) (i|fi)",
        # not wanting to live: "dwi ddim isio byw", "sa i moyn byw rhagor"
        r"{not} (yn )?{want} (i )?(fyw|byw|bod yma|bod yn fyw|deffro|bod ar y ddaear)",
        r"(dim|ddim|does dim|sdim) (pwynt|bwynt|pwrpas|rheswm) {gap3}(byw|fyw|bodoli|cario mlaen)",
        # "gwneud rhywbeth gwirion" (do something stupid): how self-harm is often hinted at
        r"(mynd i|am|isio|neith|wneith) (neud|wneud|gwneud|gneud) (rhywbeth|rwbeth|rhwbeth) "
        r"(gwirion|dwl|stiwpid|twp|hurt)",
        r"(ffarwelio|ffarwel|hwyl fawr) (am byth|i bawb)",
        r"(dwi|dw i|fi|rydw i) {gap1}(ar|ar ben|ar ymyl) (y |yr )?(bont|pont|to|clogwyn|dibyn|"
        r"rheilffordd|trac|ymyl)",
        r"(meddwl|meddwl o hyd) am (farw|marw|farwolaeth|marwolaeth)",
        # ending it all: "rhoi diwedd ar y cwbl", "cymryd fy mywyd fy hun"
        r"(rhoi|roi) (diwedd|terfyn|pen) (ar|i) {gap1}(cwbl|cwbwl|cyfan|popeth|bopeth|mywyd|"
        r"fywyd|fy hun|hyn i gyd|pethau|bethau)",
        r"(rhoi|roi) (diwedd|terfyn|pen) (arni|arno|ar y cyfan|ar bethau)",
        r"(stopio|gorffen|diflannu|dod i ben|mynd) am byth",
        r"llond bol (ar|o) (fyw|fywyd|bywyd|y byd|bod yn fyw)",
        # no way out but death
        r"(ffordd allan|ffordd mas|dihangfa) {gap3}(marw|farw|marwolaeth|ladd fy hun)",
        r"(dim|ddim) byd (ar ol |ar ôl )?(i fyw|i mi fyw|i fi fyw)",
        # pills bought or saved to end things: "dwi di prynu tabledi i orffen pethau"
        r"(prynu|brynu|casglu|hel|cuddio|cadw) {gap3}{pills} {gap1}(i |er mwyn )?(orffen|gorffen|"
        r"ladd|lladd|diweddu|marw|farw)",
        # a burden to everyone: "dwi'n faich ar bawb"
        r"(faich|baich|mwrn|fwrn) (ar|i) (bawb|pawb|pobl|bobl|fy nheulu|y teulu)",
        r"(cymryd|gymryd|cymeryd|gorffen|orffen|diweddu|dod a|dod ag) {gap1}(mywyd|fywyd|bywyd|"
        r"bywydau)",
        # no strength to live: "sgen i ddim nerth i fyw"
        r"(ddim|dim) (nerth|egni|awydd|ewyllys|rheswm|pwynt) (i |i mi |i fi )?(fyw|byw|gario mlaen|"
        r"barhau)",
        # a note left for the children, the family
        r"(sgwennu|ysgrifennu|gadael|adael|sgwenu) (nodyn|llythyr|neges) {gap3}(plant|teulu|mam|"
        r"pawb|bawb|ngwr|ngwraig)",
        r"(dod|ddod) (a|ag) (fo|o|hi|e|fe|y cwbl|popeth|bopeth|fy mywyd|y cyfan|hyn) i ben",
        r"(gorffen|orffen|diweddu) (y |yr |efo |gyda )?(cwbl|cwbwl|cyfan|popeth|bopeth)",
        r"neidio {gap3}(bont|pont|clogwyn|glogwyn|dibyn|to|adeilad|tren|trên)",
        # can't go on, but not "can't go on with the meeting"
        r"(methu|ffaelu|ffili|fedra i ddim|fedrai ddim|alla i ddim|allai ddim|galla i ddim) "
        r"(cario|mynd) (mlaen|ymlaen)(?! (efo|hefo|gyda|gydag|ar|a|ag|i|hebddo|heb))",
        r"(llythyr|nodyn) (ffarwel|hwyl fawr)",
        # a rope tied or ready: "mae o wedi clymu rhaff yn y garej"
        r"(clymu|glymu|paratoi|barod|prynu|brynu) {gap3}(rhaff|raff|cortyn|gortyn)",
        r"(rhaff|raff|cortyn|gortyn) {gap3}(barod|yn barod|wedi clymu|di clymu)",
        # cut wrists: "mae hi di torri ei garddwrn"
        r"(torri|dorri|thorri|slasio) (ei |fy |eu )?(garddwrn|arddwrn|ngarddwrn|garddyrnau|"
        r"arddyrnau|ngarddyrnau|gwythiennau|ngwythiennau|wythiennau)",
        # "I can't take any more": the plea English reads as "can't take it any more".
        r"(methu|ffili|alla i ddim|alla i ddim|dw i ddim yn gallu|dwi ddim yn gallu) "
        r"(cymryd|dal|diodde|dioddef|ymdopi|mynd ymlaen|cario mlaen|cario ymlaen) {gap1}(mwy|"
        r"rhagor|dim mwy|bellach|ragor)",
    ),
    danger=(
        # a weapon, possessed now: "mae gynno fo gyllell", "ma cyllell gyda fe"
        r"(mae|ma|mai|oes) {poss} {gap1}{weapon}",
        r"(mae|ma) {weapon} {poss}",
        r"{weapon} (yn |yn ei |yn eu |in )(law|llaw|ddwylo|boced|poced)",
        r"(yn |n )(pwyntio|anelu|chwifio|dal|estyn|codi) {gap1}{weapon}",
        # "mae 'na ddyn efo cyllell": someone with a weapon, near
        r"(mae|ma) (na|yna|rhywun|dyn|ddyn|boi|dynion|criw) {gap3}(efo|hefo|gyda|gydag) {gap1}"
        r"{weapon}",
        # arson threatened: "rhoi'r tŷ ar dân"
        r"(rhoi|roi|bygwth rhoi)r? {gap1}(ty|tŷ|fflat|car|drws) ar (dan|dân)",
        r"(llosgi|losgi)r? (ty|tŷ|fflat) (i lawr|lawr)?",
        # held captive: "mae o'n dal fi'n gaeth", "ddim yn gadael i fi fynd"
        r"(dal|cadw|cloi|gloi) (fi|ni|fi yn|ni yn|fi n) {gap1}(gaeth|mewn|yn y ty|yn y tŷ|"
        r"yn yr ystafell|i mewn)",
        r"(ddim|dim) (yn |n )?(gadael|adael) (i )?(fi|ni|mi) (fynd|adael|allan|mas)",
        r"(cloi|gloi) (fi|ni) (yn|mewn|i mewn)|fy nghloi (yn|mewn|i mewn)",
        r"(gwybod|gwbod|wybod|gwbo) (lle|ble) (dwi|dw i|rydw i|ydw i|fi|dan ni|ydan ni)( |$)",
        r"(mae|ma) {he} {gap5}(efo|hefo|gyda|gydag|da|yn cario|yn chwifio|yn dal) "
        r"{gap1}{weapon}",
        # outside, at the door, coming in: "mae o tu allan", "ma fe tu fas", "wrth y drws"
        r"(mae|ma|dal) {he} {gap5}(y )?tu (allan|fas|fa s)",
        r"{he} {gap1}(yn |n )?(aros|disgwyl|sbio|gwylio) (amdana|amdanaf|amdanon|arna|amdanom)",
        r"(di|wedi|newydd) torri (ffenest*|drws|clo|y drws|y ffenest*|r drws|r ffenest*)",
        r"(mae|ma) (rhywun|dieithryn|dyn dieithr|lleidr|lladron) (yn y ty|yn y tŷ|tu mewn|"
        r"yn y fflat)",
        r"(mae|ma|dal) {he} {gap}(wrth|ar|tu allan i|o flaen) (y |yr )?"
        r"(drws|ffenest|ffenestr|giat|gat|stepen|ty|tŷ|fy nrws|fy nhy|fy nhŷ|fy ffenest|"
        r"nrws)",
        r"(curo|cnocio|cicio|bangio|dyrnu|waldio|pwnio|taro)r? {gap3}(drws|ffenest|ffenestr)",
        r"(yn |n |trio |treio |ceisio |di |wedi |newydd )torri (mewn|i mewn)",
        r"(trio|treio|ceisio) (dod|dwad|cael) (mewn|i mewn)",
        r"(mae|ma) {he} (yma|ma)",
        r"(mae|ma) {he} (yn |n )?(dod|dwad) (yma|ma|nol|yn ol|ar fy ol|amdana|amdanaf|i fy)",
        r"(mae|ma) {he} ar (ei|eu) ffordd",
        # followed or found: "mae rhywun yn fy nilyn", "neith e ffeindio fi"
        r"(yn |n |cael |dal i )fy nilyn",
        r"(yn |n |di |wedi )(dilyn|ddilyn) (fi|ni)",
        r"(ffeindio|ffindio|ffendio|ffeindo|ffindo|dod o hyd i) (fi|ni|lle|ble|fy nghyfeiriad|"
        r"fy nhy|fy nhŷ|fy nghartref)",
        r"(gwybod|gwbod|wybod|gwbo) (lle|ble) (dwi|dw i|rydw i|fi|dan ni|dyn ni|ni) (yn )?byw",
        # threats and violence now: "mae o'n bygwth fy lladd", "neith o ladd fi"
        r"bygwth (fy |ein |yn )?l?ladd",
        r"(mae|ma|dal) {he} {gap1}(yn |n )(bygwth|fy mygwth|mygwth)",
        r"{he} (yn |n )?(mynd i |mynd |am |isio |moyn |bygwth |dod i |trio )?"
        r"(fy |in |yn |n )?l?ladd (i|fi|ni)",
        r"(neith|wneith|neiff|wneiff|wnaiff|naiff|geith|gwneith|bydd|fydd) {he} "
        r"(yn )?(fy |in |yn |n )?l?ladd( i| fi| ni)?",
        r"(mae|ma|dal) {he} {gap1}(yn |n |newydd |di |wedi )(fy |yn |in )?"
        r"(nharo|nghuro|nyrnu|nhagu|mrifo|nghicio|ngwthio|taro fi|curo fi|brifo fi|tagu fi|"
        r"ymosod arna)",
        r"newydd (fy |yn |in )?(nharo|nghuro|nyrnu|nhagu|mrifo|nghicio|ymosod arna)",
        r"newydd {hurt_me}",
        r"(dod|dwad|dwad draw|dod draw|dod yma|dod nol) {gap1}{hurt_me}",
        # drunk and violent, smashing things
        r"(feddw|meddw|chwil) (ac |a )?(yn )?(dreisgar|ymosodol|wyllt|gwyllt|gas)",
        r"(malu|torri|chwalu|taflu)r? (popeth|pob dim|bob dim|y lle|y ty|y tŷ)",
        # things thrown at me; inside; the door smashed
        r"(taflu|daflu|lluchio|luchio) {gap3}(ata|ataf|aton|at fi|ar fy ol)",
        r"(mae|ma) {he} (tu mewn|i mewn)",
        # in the garden, looking in: "mae o yn yr ardd yn sbio drwy'r ffenest"
        r"(mae|ma) {he} (yn yr ardd|yn yr iard|yn y dreif|ar y dreif|yn y cefn)",
        r"(sbio|edrych|syllu|sbecian|sbian) (drwy|trwy|i mewn drwy|mewn drwy) (y |yr )?(ffenest*|"
        r"drws)",
        # a picture of a weapon sent, on his way: "mae o di anfon llun o gyllell"
        r"(anfon|yrru|gyrru|hel) {gap1}(llun|lluniau|fideo|neges) (o |efo |gyda )?{gap1}{weapon}",
        r"(bod|fod|bo) {he} (ar (ei|eu) ffordd|yn dod (yma|draw|nol|amdana))",
        r"anniogel|ansaff",
        # back: "help mae o nôl" (not "mae o nôl yn y dre", back in town)
        r"(mae|ma) {he} (di |wedi )?(dod )?(nol|yn ol)"
        r"(?= (a|ac|yma|rwan|nawr|tu|wrth|eto|heno)( |$)|$)",
        r"(drws|ffenest*|clo|giat) {gap3}(cael ei|gael ei) (falu|dorri|chicio|gicio|thorri|agor)",
        # hiding: "dwi'n cuddio yn y bathrwm"
        r"(dwi|dw i|fi|dan ni|dyn ni|rydw i|ni) {gap1}(yn |n )?(cuddio|guddio) (yn|rhag|oddi wrth|"
        r"dan|tu ol)",
        # at the lock, the door, the window: "mae na rywun yn trio agor y drws cefn"
        r"(trio|treio|ceisio) (agor|torri|cicio|malu|dod drwy) (y |yr )?(drws|ffenest*|clo|giat|"
        r"gat)",
        # driving or walking past again and again
        r"(gyrru|cerdded|pasio|mynd|dod) heibio* {gap3}(drosodd|eto|trwy r dydd|drwy r dydd|"
        r"o hyd|drwy r amser|trwy r amser|bob awr)",
        # trying, going, threatening to: "ma fe'n trio tagu fi", "neith o fy nhrywanu"
        # (not "am" here: "am fy nharo" is also "for hitting me", as in "arrested for")
        r"(trio|treio|ceisio|mynd i|isio|bygwth|dod i|neith|wneith|neiff|wneiff|wnaiff|geith|"
        r"bydd|fydd) {gap1}{hurt_me}",
        # not safe, in danger, afraid for my life
        r"{not} {yn}?(saff|ddiogel|diogel)",
        r"(dwi|dw i|rydw i|fi|dan ni|dyn ni|ni|rydyn ni) {gap1}mewn (perygl|peryg)",
        r"(ofn|ofni|poeni) (am|dros) (fy|ein) (mywyd|bywyd|bywydau|mywydau)",
        r"(ofn|ofnus|arswyd) {gap2}(mynd|fynd|dod|ddod|bod|mynd yn ol|fynd yn ol) (adref|adre|adra|"
        r"gartref|gartre|nol adre|nol adref|i r ty)",
    ),
    child=(
        # missing: "mae fy mab ar goll", "dwi methu ffeindio fy merch"
        r"{child} {gap3}(ar goll|wedi diflannu|di diflannu|wedi mynd ar goll|di mynd ar goll)",
        r"{child} {gap3}(di|wedi) (rhedeg|redeg) (i ffwrdd|bant|o adra|o adre)",
        r"(methu|ffaelu|ffili) (ffeindio|ffindio|ffendio|ffindo|dod o hyd i|cael gafael ar) "
        r"{gap1}{child}",
        r"(ddim|dim) (yn )?(gwybod|gwbod|gwbo|syniad) (lle|ble) (mae|ma) {gap1}{child}",
        r"(ddim|dim) (yn )?(gwybod|gwbod|gwbo|syniad) (lle|ble) (mae|ma) (hi|o|e|fe|fo|nhw)( |$)",
        r"{child} {gap5}(ddim|heb) (di |wedi |yn )?(dod|cyrraedd|dwad) (adra|adref|adre|nol)",
        r"(ddim|heb) (di |wedi |yn )?(dod|cyrraedd|dwad) (adra|adref|adre|nol) (o|o yr) "
        r"(ysgol|coleg|parc|clwb)",
        # taken: "mae o di mynd a'r plant", "ma nhw di cipio'r plant"
        r"(di|wedi|newydd) (mynd|cymryd|gymryd|cipio|gipio|dwyn|ddwyn)(r)? "
        r"(a |ag |ar |efo |hefo |a yr )?{gap1}{child}",
        # hurt or threatened: "mae o'n brifo'r babi", "mae o'n bygwth brifo'r plant"
        r"(yn|n|di|wedi|newydd|am|bygwth|mynd i|isio) (brifo|frifo|taro|daro|curo|guro|cicio|"
        r"gicio|niweidio|ysgwyd|dyrnu|slapio|waldio|pwnio|bwnio|cam drin|gam drin|camdrin|"
        r"tagu|dagu)r? {gap1}{child}",
        r"{child} {gap3}mewn (perygl|peryg)",
        # taken and whereabouts unknown: "mae ei dad o wedi mynd â fo a dwi ddim yn gwybod lle"
        r"(mynd a|mynd ag|cymryd|gymryd|cipio|gipio) (fo|hi|nhw|o|e|fe) {gap5}(ddim yn gwybod|"
        r"ddim yn gwbod|dwi ddim yn gwybod|dim syniad|ddim yn ateb) (lle|ble)?",
        r"colli golwg (ar|o) {gap1}{child}",
        # a child with someone drunk or high
        r"{child} {gap3}(efo|hefo|gyda) (fo|o|e|fe|hi|nhw) {gap5}(feddw|meddw|chwil|ddim yn sobor|"
        r"ar gyffuriau|wedi meddwi|di meddwi)",
        r"{child} {gap3}(di |wedi )?(mynd|diflannu) (efo|hefo|gyda|gydag) (fo|o|e|fe|hi|nhw|ei dad|"
        r"ei thad|eu tad|ei fam|eu mam) {gap5}(ddim yn ateb|dim ateb|heb ganiatad|ddim yn gwybod|"
        r"dim syniad)",
        r"(gyrru|dreifio|rhedeg|mynd|diflannu|dianc) (i ffwrdd|bant|o ma|o yma) {gap1}(efo|hefo|"
        r"gyda|a|ag) {gap1}{child}",
        # locked in, held under water: "wedi cael ei gloi yn y car", "rhoi'r babi dan y dŵr"
        r"{child} {gap3}(cael|gael) (ei|eu) (gloi|chloi|cloi|adael) {gap1}(yn y car|yn y fan|"
        r"mewn car|yn y tŷ|yn y ty)",
        r"{child} {gap3}(yn |n )?(sownd|gaeth|wedi cloi|di cloi) {gap1}(yn y car|yn y fan|"
        r"mewn car)",
        r"(rhoi|dal|gwthio|boddi)r? {gap1}{child} (dan|o dan) (y |yr )?(dwr|dŵr)",
        r"{child} {gap3}(yn |n |di |wedi |bron )(boddi|foddi)",
        r"(yn |n |di |wedi )(dilyn|ddilyn|stelcian|gwylio) {gap1}{child}",
        # passive: "wedi cael ei chipio" (been snatched), "yn cael ei guro" (being beaten)
        r"{child} {gap3}(cael|gael) (ei|eu) (chipio|gipio|cipio|cymryd|chymryd|gymryd|herwgipio|"
        r"brifo|frifo|churo|guro|curo|cham drin|gam drin|tharo|daro|cham-drin|drywanu|thrywanu|"
        r"saethu|anafu|niweidio)",
        # fallen and hurt: "mae'r babi di disgyn a taro ei ben"
        r"{child} {gap3}(disgyn|syrthio|cwympo|gwympo) {gap5}(ben|pen|ffenest*|grisiau|to)",
        r"{child} {gap5}(ddim|heb) (di |wedi )?(cael|gael) (ei|eu) (gweld|weld)",
    ),
    medical=(
        # too many pills: "gormod o dabledi", "llwyth o dabledi", "potel gyfan o paracetamol"
        r"(gormod|llwyth|lot|llond llaw|llond dwrn|potel gyfan|pecyn cyfan|bocs cyfan|"
        r"paced cyfan|hanner potel) o {gap1}{pills}",
        r"(llyncu|lyncu|cymryd|gymryd|cymeryd)r? {gap3}{pills} (i gyd|gyd)",
        r"(llyncu|lyncu|cymryd|gymryd|cymeryd)r? ((yr |y )?holl|pob|bob) {gap1}{pills}",
        r"(llyncu|lyncu)r? {gap1}(potel|pecyn|bocs|paced|llond)",
        r"(fodca|vodka|alcohol|potel|cwrw|gwin|wisgi|feddw|meddw) {gap5}{pills}",
        r"(di|wedi|newydd) (llyncu|lyncu) {gap1}({pills}|batri|fatri|magnet|cannydd)",
        r"{child} {gap3}(di|wedi|newydd) (llyncu|lyncu|yfed)",
        r"(chwydu|poeri|pesychu|peswch) (gwaed|waed)",
        r"(gwaed|waed) {gap1}(yn |n )?(dod|llifo|pistyllio|diferu|tywallt) (allan|o|mas)",
        r"(gwefusau|wefusau|gwefus|wyneb) {gap1}(yn |n )?(las|glas|biws|llwyd)",
        r"(yn |n |di |wedi |bron )(boddi|foddi)",
        r"(cael|gael) (ffit|fit|pwl|trawiad|strôc|stroc)(?! o (chwerthin|banig))",
        r"(meddwl|credu|ofn) (bod|fod|bo) {gap1}(di|wedi) marw",
        r"dydy (o|hi|e|fe|fo|y babi|yr babi) ddim (yn |n )?(symud|ymateb)"
        r"(?! (ty|tŷ|fflat|tai|i ffwrdd))",
        r"gorddos*",
        r"overdose",
        r"(llyncu|lyncu|yfed)r? {gap1}(cannydd|bleach|gwenwyn|wenwyn|antifreeze)",
        r"(mynd|troi|di troi|wedi troi) (yn )?(las|glas|biws)",
        # breathing, waking, conscious: "dio ddim yn anadlu", "dwi methu anadlu"
        r"(ddim|dim|methu|ffaelu|ffili|stopio|heb) (yn |n )?anadlu",
        r"trafferth anadlu",
        r"(ddim|dim) (yn |n )?(dod|dwad) (ato|ati|atoi|atoi hun|ato ei hun|ati ei hun)",
        r"anymwybodol",
        r"(ddim|dim|methu|ffaelu|ffili) (yn |n )?(deffro|dihuno)",
        r"methu (ei |eu )?(ddeffro|dihuno|deffro)",
        r"(di|wedi|newydd) (llewygu|lewygu|colapsio|colapso|llewyg)",
        r"(di|wedi) (cwympo|gwympo|syrthio|disgyn) {gap5}(ddim|dim) (yn |n )?(symud|ymateb|deffro)",
        # bleeding: "mae hi'n gwaedu'n ddrwg", "gwaed ym mhobman"
        r"gwaedu(n)? {gap1}(ddrwg|drwg|lot|ofnadwy|llawer|stopio|yn stopio|mhobman|bobman)",
        r"(gwaed|waed) (ym mhobman|ymhobman|ym mhob man|bobman|dros bob man|dros y lle)",
        r"(lot|llwyth|llawer|gormod) o waed",
        r"gwaed yn (pistyllio|llifo|pwmpio|tasgu|pistyllu)",
        r"(mae|ma|dwi|dw i) {he}? ?(yn |n )gwaedu",
        # fits, heart, chest: "mae o'n cael ffit", "poen yn fy mrest"
        r"(yn |n )cael (ffit|trawiad|strôc|stroc)",
        r"trawiad ar y galon",
        r"sioc anaffylact*|(gwddf|wddf|gwefusau|tafod) {gap1}(yn |n )?(chwyddo|cau)",
        r"(poen|boen) (yn|ar) (fy |ei )?(mrest|frest|brest|ngalon)",
    ),
    ignore=(
        # negations: "dwi ddim isio lladd fy hun", "dwi ddim yn hunanladdol"
        r"{not} (yn )?({want}|mynd i) (l?ladd (fy|ei) hun(an)?|marw|farw|brifo (fy|ei) hun|"
        r"frifo (fy|ei) hun|neud dim byd gwirion|gwneud dim byd gwirion)",
        r"({not}|nid wyf|nad wyf|nad ydw i) (yn )?hunanladdol",
        r"(ddim|dim) mewn (perygl|peryg)",
        r"(ddim|dim) (yn )?(teimlo )?(yn |n )?(anniogel|ansaff)",
        r"(ydy|ydi|fydd|fyddai|fydda|ydw i) {gap1}(yn |n )?(anniogel|ansaff)",
        r"{not} (yn )?meddwl am hunanladdiad",
        # "mae'r ffurflen yn fy lladd i": a form, the work, the wait "killing me"
        r"(ffurflen|gwaith|broses|proses|disgwyl|aros|pen|cefn|traed|gwres|swydd|hyn|hwn|hon)"
        r"[^ ]* {gap3}(fy |yn |in |n )?l?ladd (i|fi)",
        r"marw (o|isio|eisiau) (chwerthin|gywilydd|gwybod|cywilydd|isio)",
        # feeling fine now: the "now" in "dwi'n iawn nawr" is not a danger now
        r"(dwi|dw i|fi|dan ni|dyn ni|ni|mae {he}|ma {he}|maer plant|mae yr plant) (yn |n )?"
        r"(teimlo yn |teimlo )?(iawn|saff|ddiogel|well|hapus|ok|oce|grêt|gret) (rwan|nawr)",
        r"carchar (rwan|nawr)",
        # "dyw e ddim yn saff i gwrdd": whether the meeting is safe, a question for staff
        r"{not} {yn}?(saff|ddiogel|diogel) (i |i fi |i mi )?(gwrdd|cwrdd|cyfarfod|siarad|"
        r"yrru|gyrru|dreifio)",
        r"(symud|symyd) (i ffwrdd|bant) (rwan|nawr)",
        # "dydy o ddim yn gwybod lle dwi'n byw": that he does not know is the reassurance
        r"(dydy|dyw|dydi|di) (o|e|hi|fo|fe|nhw) (ddim )?(yn |n )?(gwybod|gwbod|wybod) (lle|ble)",
    ),
    past=(
        r"(19|20)[0-9][0-9]",
        r"(y )?l?lynedd",
        r"(blwyddyn|flwyddyn|mlynedd|blynedd|flynedd|blynyddoedd|flynyddoedd|mis|fis|misoedd|"
        r"wythnos|wythnosau|diwrnod|dyddiau) {gap1}(yn ol|nol)",
        r"ers talwm|erstalwm|slawer dydd|amser maith yn ol|yn y gorffennol",
        r"(yn y llys|yn llys|llys y goron|llys ynadon|achos llys|yn y treial)",
        r"(yn|n) arfer",
        r"euog|ddedfryd*|dedfryd*|arest*|carchar",
        r"cyn (iddo|iddi|iddyn)",
        r"pan (roedd*|oedd*|on|o n)",
        r"y noson honno|bryd hynny|ar y pryd",
        r"(ar ol|ers) (yr |y )?(ymosodiad|drosedd|trosedd|digwyddiad|lladrad)",
        r"medden nhw|meddai|medd yr heddlu|meddair heddlu",
    ),
    now=(
        r"rwan|nawr|heno|eto|newydd|heddiw|bore ma|pnawn ma|prynhawn ma",
        r"ar hyn o bryd|y funud (yma|hon|ma)|munud ma",
        r"dal i|dal yn",
        r"(mae|ma) {he} (yma|ma|tu allan|tu fas)",
    ),
    words={
        # the apostrophes of "dwi'n", "mae'r", "o'n" are dropped in typing and by the reader
        "dwin": "dwi yn",
        "dwim": "dwi ddim",
        "rwyn": "rwy yn",
        "fin": "fi yn",
        "tin": "ti yn",
        "hin": "hi yn",
        "en": "e yn",
        "on": "o yn",
        "fen": "fe yn",
        "fon": "fo yn",
        "nin": "ni yn",
        "nhwn": "nhw yn",
        "maen": "mae yn",
        "maer": "mae yr",
        "drwyr": "drwy yr",
        "teimlon": "teimlo yn",
        "trwyr": "trwy yr",
        # "'n" after a noun or verb: "mae'r babi'n troi'n las" (the baby is turning blue)
        "babin": "babi yn",
        "troin": "troi yn",
        "gwaedun": "gwaedu yn",
        "mynd'n": "mynd yn",
        "man": "ma yn",
        "mar": "ma yr",
        "ir": "i yr",
        "or": "o yr",
        "efor": "efo yr",
        "hefor": "efo yr",
        "gydar": "gyda yr",
        "sdim": "does dim",
        "sim": "does dim",
        "dio": "dydy o",
        "dydi": "dydy",
        "dyw": "dydy",
        "sai": "sa i",
        # spelling as typed: "isho", "eisiau", "moyn" are one word, want
        "dwisio": "dwi isio",
        "dwisho": "dwi isio",
        "dwishe": "dwi isio",
        "sgen": "does gen",
        "isho": "isio",
        "ishio": "isio",
        "eisiau": "isio",
        "eisie": "isio",
        "isie": "isio",
        "ishe": "isio",
        "eisio": "isio",
        "moyn": "isio",
        "nawr": "rwan",
        "adref": "adra",
        "adre": "adra",
        "plis": "plis",
    },
    fuzzy=(
        "hunanladdiad",
        "anymwybodol",
        "gorddos",
        "tabledi",
        "dabledi",
        "cyllell",
        "gyllell",
        "anadlu",
        "gwaedu",
        "llewygu",
        "paracetamol",
        "perygl",
        "diflannu",
    ),
    macros={
        # who: a pronoun, someone, or the person it is about ("fy ngŵr", "y boi", "fy ex")
        "he": r"(o|fo|e|fe|hi|nhw|ef|rhywun|rywun|((y|yr|fy|ei|dy|ein) )?(cyn |nghyn |gyn )?(boi|"
        r"dyn|ex|ngwr|gwr|wr|mhartner|partner|bartner|nghariad|cariad|gariad|nhad|tad|llysdad|"
        r"llys dad|gwraig|ngwraig|wraig))",
        # violence done to me, after "fy" (nasal mutation) or as "... fi": "fy nhagu", "taro fi"
        "hurt_me": r"((fy |yn |in |n )(lladd|nhagu|nharo|nghuro|mrifo|nhrywanu|saethu|nyrnu|"
        r"nghicio|ngwthio|stabio|nhreisio)( i)?|(l?ladd|tagu|dagu|taro|daro|curo|guro|brifo|frifo|"
        r"trywanu|drywanu|saethu|dyrnu|cicio|gicio|stabio|treisio|dreisio) (fi|i|ni)|"
        r"ymosod (arna|arnaf|arnon))",
        # the negative of "I am" in north and south: "dwi ddim", "sa i", "dydw i ddim"
        "not": r"(ddim|dim|byth|sa i|so i|sa fi|so fi|sa in|so in|sain|soin)",
        "yn": r"(yn |n |in )",
        "want": r"(isio|am|awydd|jyst isio|jest isio|just isio)",
        "poss": r"(gynno|gyno|gynddo|ganddo|gyn|gan|ganddi|gynni|gyni|gynnyn|ganddyn|gyda|gydag|"
        r"gida|da)( (o|fo|e|fe|hi|nhw|ef))?",
        "weapon": r"(cyllell|gyllell|nghyllell|chyllell|cyllall|gyllall|cyllyll|gyllyll|llafn|"
        r"lafn|gwn|wn|ngwn|dryll|ddryll|nryll|machete|knife|gun|bwyell|fwyell|morthwyl|"
        r"forthwyl|bat|fat|pastwn|bastwn)",
        "child": r"((fy|y|yr|ein|ei|eu|dy|n) )?(mab|fab|merch|ferch|plentyn|blentyn|mhlentyn|"
        r"phlentyn|plant|blant|mhlant|phlant|babi|fabi|crwt|grwt|nghrwt|croten|groten|"
        r"nghroten|un bach|un fach|rhai bach|bychan|fechan|bachgen|fachgen|mhachgen|hogyn|"
        r"hogan|wyr|ŵyr|wyres|ŵyres|merch fach|ferch fach|mab bach|fab bach)",
        "pills": r"(tabledi|dabledi|nhabledi|thabledi|tabled|dabled|pils|bils|phils|pilsen|bilsen|"
        r"paracetamol|parasetamol|cyffuriau|gyffuriau|nghyffuriau|meddyginiaeth|"
        r"feddyginiaeth|moddion|foddion|tabs|pills|tablets|co codamol|cocodamol|ibuprofen)",
    },
)
