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
caught.

Left out: "helpwch fi" (help me) alone, since it is also said of a form; "mae o'n dod"
(he is coming) without where to, since it is said of the meeting; "colli" (lose) of a
child, since "collais fy mab" tells of a death, not of a child gone missing; "wn" (a gun,
after soft mutation) except after "gynno fo"/"gyda fe", since "wn i ddim" is "I don't know".
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
        r"(dim|does dim|sdim) (pwynt|bwynt|pwrpas|rheswm) {gap3}(byw|fyw|bodoli|cario mlaen)",
        # ending it all: "rhoi diwedd ar y cwbl", "cymryd fy mywyd fy hun"
        r"(rhoi|roi) (diwedd|terfyn|pen) (ar|i) {gap1}(cwbl|cwbwl|cyfan|popeth|bopeth|mywyd|"
        r"fywyd|fy hun|hyn i gyd|pethau|bethau)",
        r"(cymryd|gymryd|cymeryd|gorffen|orffen|diweddu|dod a|dod ag) {gap1}(mywyd|fywyd)",
        r"(gorffen|orffen|diweddu) (y |yr |efo |gyda )?(cwbl|cwbwl|cyfan|popeth|bopeth)",
        r"neidio {gap3}(bont|pont|clogwyn|glogwyn|dibyn|to|adeilad|tren|trên)",
        r"(methu|ffaelu|ffili) (cario|mynd) (mlaen|ymlaen) (fel hyn|rhagor|dim mwy|ddim mwy)",
        r"(llythyr|nodyn) (ffarwel|hwyl fawr)",
    ),
    danger=(
        # a weapon, possessed now: "mae gynno fo gyllell", "ma cyllell gyda fe"
        r"(mae|ma|mai|oes) {poss} {gap1}{weapon}",
        r"(mae|ma) {weapon} {poss}",
        r"{weapon} (yn |yn ei |yn eu |in )(law|llaw|ddwylo|boced|poced)",
        r"(mae|ma) {he} {gap5}(efo|hefo|gyda|gydag|da|yn cario|yn chwifio|yn dal) "
        r"{gap1}{weapon}",
        # outside, at the door, coming in: "mae o tu allan", "ma fe tu fas", "wrth y drws"
        r"(mae|ma|dal) {he} {gap3}(y )?tu (allan|fas|fa s)",
        r"(mae|ma|dal) {he} {gap}(wrth|ar|tu allan i|o flaen) (y |yr )?"
        r"(drws|ffenest|ffenestr|giat|gat|stepen|ty|tŷ)",
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
        # not safe, in danger, afraid for my life
        r"{not} {yn}?(saff|ddiogel|diogel)",
        r"(dwi|dw i|rydw i|fi|dan ni|dyn ni|ni|rydyn ni) {gap1}mewn (perygl|peryg)",
        r"(ofn|ofni|poeni) (am|dros) (fy|ein) (mywyd|bywyd|bywydau|mywydau)",
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
    ),
    medical=(
        # too many pills: "gormod o dabledi", "llwyth o dabledi", "potel gyfan o paracetamol"
        r"(gormod|llwyth|lot|llond llaw|llond dwrn|potel gyfan|pecyn cyfan|bocs cyfan|"
        r"paced cyfan|hanner potel) o {gap1}{pills}",
        r"(llyncu|lyncu|cymryd|gymryd|cymeryd)r? {gap3}{pills} (i gyd|gyd)",
        r"(llyncu|lyncu)r? {gap1}(potel|pecyn|bocs|paced|llond)",
        r"gorddos*",
        r"overdose",
        r"(llyncu|lyncu|yfed)r? {gap1}(cannydd|bleach|gwenwyn|wenwyn|antifreeze)",
        r"(mynd|troi|di troi|wedi troi) (yn )?(las|glas|biws)",
        # breathing, waking, conscious: "dio ddim yn anadlu", "dwi methu anadlu"
        r"(ddim|dim|methu|ffaelu|ffili|stopio|heb) (yn |n )?anadlu",
        r"trafferth anadlu",
        r"anymwybodol",
        r"(ddim|dim|methu|ffaelu|ffili) (yn |n )?(deffro|dihuno)",
        r"methu (ei |eu )?(ddeffro|dihuno|deffro)",
        r"(di|wedi|newydd) (llewygu|lewygu|colapsio|colapso|llewyg)",
        r"(di|wedi) (cwympo|gwympo|syrthio|disgyn) {gap5}(ddim|dim) (yn |n )?(symud|ymateb|deffro)",
        # bleeding: "mae hi'n gwaedu'n ddrwg", "gwaed ym mhobman"
        r"gwaedu(n)? {gap1}(ddrwg|drwg|lot|ofnadwy|llawer|stopio|yn stopio|mhobman|bobman)",
        r"(gwaed|waed) (ym mhobman|ymhobman|bobman|dros bob man|dros y lle)",
        r"(lot|llwyth|llawer|gormod) o waed",
        r"gwaed yn (pistyllio|llifo|pwmpio|tasgu|pistyllu)",
        r"(mae|ma|dwi|dw i) {he}? ?(yn |n )gwaedu",
        # fits, heart, chest: "mae o'n cael ffit", "poen yn fy mrest"
        r"(yn |n )cael (ffit|trawiad|strôc|stroc)",
        r"trawiad ar y galon",
        r"(poen|boen) (yn|ar) (fy |ei )?(mrest|frest|brest|ngalon)",
    ),
    ignore=(
        # negations: "dwi ddim isio lladd fy hun", "dwi ddim yn hunanladdol"
        r"{not} (yn )?({want}|mynd i) (l?ladd (fy|ei) hun(an)?|marw|farw|brifo (fy|ei) hun|"
        r"frifo (fy|ei) hun|neud dim byd gwirion|gwneud dim byd gwirion)",
        r"({not}|nid wyf|nad wyf|nad ydw i) (yn )?hunanladdol",
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
        "he": r"(o|fo|e|fe|hi|nhw|ef|rhywun|rywun|((y|yr|fy|ei|dy|ein) )?(boi|dyn|ex|ngwr|gwr|"
        r"mhartner|partner|nghariad|cariad|nhad|tad|llysdad|llys dad|nghyn bartner|cyn bartner|"
        r"nghyn wr|cyn wr))",
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
        "pills": r"(tabledi|dabledi|nhabledi|thabledi|tabled|dabled|pils|pilsen|bilsen|"
        r"paracetamol|parasetamol|cyffuriau|gyffuriau|nghyffuriau|meddyginiaeth|"
        r"feddyginiaeth|moddion|foddion|tabs|pills|tablets|co codamol|cocodamol|ibuprofen)",
    },
)
