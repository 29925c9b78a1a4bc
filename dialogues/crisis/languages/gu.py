"""Crisis signs in Gujarati, in Gujarati script and as Gujarati is often typed in Latin letters.

Why these forms: Gujarati marks the near future on the verb (મારી નાખશે "will kill",
કરી લઈશ "I will do it"), the present with છે (મારે છે "is hitting", પીછો કરે છે "is
following") and an act just done with લીધું/ગયો (ગળી લીધું "has swallowed"); the past is
told with હતો/હતી/હતા ("had", "was") and the habitual past with -તો/-તી (મારતો "used to
hit"), so the patterns take the first kind and leave the second, and હતો/હતી are `past`
markers too. "આપઘાત" is the everyday word for suicide, "આત્મહત્યા" the formal one; both
are here. On phones the anusvara and candrabindu are often left out (માંગુ/માગુ, હું/હુ)
and long and short i/u are confused, so those are folded in text and patterns alike. In
Latin letters people write છે as "che", "chhe" or "6e", and છું as "chu" or "6u".

Left out: "મદદ કરો" (help) alone, since people ask for help with the form; "હવે" (now) as
a `now` marker, because it closes many past stories ("હવે એ જેલમાં છે"); "મારે" alone,
which is also "I have to"; "જવાબ નથી આપતા" (not answering), which is said of phone calls.
"""

from dialogues.crisis.languages.pa import INDIC_FOLD
from dialogues.crisis.lexicon import Lexicon

LEXICON = Lexicon(
    language="gu",
    suicide=(
        # "I want to die", "I feel like dying", "I don't want to live".
        (
            r"(મરી|mari) (જવું|જવુ|જવાનું|જવાનુ|જઇશ|જઉં|જાઉં|જવા|જવાય|jaavu|javu|jvu|"
            r"javanu|jaish|jau|java)(?! (નથી|નહીં|nathi|nahi))"
        ),
        (
            r"(મરવું|મરવુ|મરવા|marvu|marva) (છે|માંગુ|માંગું|માંગુ છું|માગુ|માંગતો|માંગતી|"
            r"માંગું છું|ઇચ્છું|che|mangu|magu|mangto|mangti)"
        ),
        r"(મરવાનું|મરવાનુ|marvanu) (જ |j )?(મન|man) (થાય|થયું|થઇ|thay|thayu|thai)",
        r"(જીવવું|જીવવુ|jivvu|jivavu|jeevvu) (જ |j )?(નથી|nathi)",
        # Sleep and never wake; fire.
        r"(ફરી|ક્યારેય|કદી|fari|kyarey|kadi) (નહીં|નહિ|nahi|nai) (ઊઠું|ઉઠું|જાગું|uthu|jagu)",
        r"{many} {gap} {pills} (ખાઇને|ગળીને|khaine|galine)",
        (
            r"{self} (આગ|aag|ag) (લગાવી|ચાંપી|lagavi|champi) (દઇશ|દેશે|લઇશ|લેશે|daish|"
            r"deshe|laish|leshe)"
        ),
        r"(હવે|have) (નથી|nathi) (જીવવું|જીવવુ|jivvu|jivavu)",
        (
            r"(જીવવા|jivva|jivava) (નથી|nathi) (માંગતો|માંગતી|માંગતા|માગતો|માગતી|ઇચ્છતો|"
            r"ઇચ્છતી|mangto|mangti|magto|magti)"
        ),
        (
            r"(નથી જીવાતું|જીવાતું નથી|જીવી નથી શકતો|જીવી નથી શકતી|જીવી શકતો નથી|"
            r"જીવી શકતી નથી|nathi jivatu|jivatu nathi|jivi nathi shakto|jivi nathi shakti|"
            r"jivi shakto nathi|jivi shakti nathi)"
        ),
        (
            r"(બધું|બધુ|બધું જ|badhu) (પતાવી|ખતમ કરી|પૂરું કરી|patavi|khatam kari|"
            r"puru kari) (દેવું|દેવુ|દઇશ|નાખવું|નાખીશ|devu|daish|nakhvu|nakhish)"
        ),
        (
            r"(આજે|aaje|aje) (બધું|બધુ|badhu) (પૂરું|પુરું|ખતમ|puru|khatam)(?! (થઇ|થયું|"
            r"થશે|thai|thayu|thashe))"
        ),
        (
            r"(ટ્રેક|પાટા|રેલવે|track|pata|railway) {gap1} (પર|ઉપર|par|upar) (સૂઇ|સુઇ|sui|"
            r"sooi|sui) (જઇશ|જાઉં|જવું|jaish|jau|javu)"
        ),
        r"(જીવીને|jivine|jeevine) (શું|શુ|su|shu) (કામ|ફાયદો|મતલબ|kam|kaam|faydo|matlab)",
        r"(જીવવાનો|જીવવાનું|jivvano|jivvanu) {gap1} (અર્થ|મતલબ|કારણ|arth|matlab|karan) (નથી|nathi)",
        # Suicide named with an intention ("I will", "I want to"), not a past one or a "no".
        (
            r"{sui} (કરી લ*|કરી ના*|કરીશ|કરશે|કરશ*|કરવ*|કરું|કરુ|kari l*|kari na*|karish|"
            r"karshe|karva*|karvu*|karvo|karu)(?! (નથી|નહીં|ના|nathi|nahi|na))"
        ),
        # Self as object: kill, end, harm, cut.
        (
            r"{self} (મારી|ખતમ કરી|પતાવી|ખલાસ કરી|mari|maari|khatam kari|patavi|"
            r"khalas kari) (નાખીશ|નાખશે|નાખું|નાખવી|નાખવા|નાખવાનું|દઇશ|દેશે|દઉં|લઇશ|લેશે|"
            r"naakhish|nakhish|nakhshe|nakhu|nakhvi|nakhva|daish|deshe|laish|leshe)"
        ),
        (
            r"(મારી |પોતાની |mari |potani )?(જિંદગી|જીંદગી|જીવન|zindagi|jindagi|"
            r"jivan) (ખતમ|પૂરી|ટૂંકાવી|khatam|puri|tunkavi) (કરી )?(નાખીશ|નાખશે|દઇશ|દેશે|"
            r"લઇશ|લેશે|nakhish|nakhshe|daish|deshe|laish|leshe)"
        ),
        (
            r"{self} (નુકસાન|નુકશાન|ઇજા|ઈજા|nuksan|nukshan|ija) (પહોંચાડું|પહોંચાડુ|"
            r"પહોંચાડીશ|પહોંચાડે|પહોંચાડી રહ્યો|પહોંચાડી રહી|પહોંચાડવાનું|પહોંચાડવું|કરું|"
            r"કરીશ|કરું છું|pahonchadu|pohchadu|pahonchadish|pahonchade|karu|karish)"
        ),
        (
            r"(પોતાના |પોતાનો |મારા |potana |mara )?(હાથ|કાંડું|કાંડા|નસ|પગ|hath|haath|"
            r"kandu|kanda|nas) (પર |ઉપર |par |"
            r"upar )?(કાપા|કાપ|ચીરા|kapa|kaap|chira) (મારું|મારુ|મારીશ|મૂકું|મુકું|પાડું|"
            r"મારે|મારે છે|મારી રહી|મારી રહ્યો|maru|marish|muku|padu|mare|mari rahi)"
        ),
        (
            r"(નસ|કાંડું|કાંડા|હાથ|nas|kandu|kanda|hath) (કાપી|kaapi|kapi) (નાખીશ|નાખું|"
            r"લઇશ|નાખી|દઇશ|લીધી|nakhish|nakhu|laish|nakhi|daish|lidhi)"
        ),
        r"(બ્લેડ|blade) (મારું|મારુ|મારીશ|થી કાપું|થી કાપી|maru|marish)",
        # Jumping (the river, the canal, a terrace, a train), hanging, poison to come.
        (
            r"(નદીમાં|નદી|કેનાલમાં|કેનાલ|તળાવમાં|કૂવામાં|કૂવો|ધાબા|ધાબેથી|અગાસી|અગાસીથી|છત|"
            r"પુલ|પુલ પરથી|બ્રિજ|ટ્રેન|ટ્રેનની|બિલ્ડિંગ|nadi|nadima|canal|kenal|dhaba|"
            r"dhabethi|agasi|bridge|pul|train|building) {gap} (કૂદી|ઝંપલાવી|પડતું|kudi|"
            r"jhampalavi|padtu) (પડીશ|જઇશ|મૂકીશ|દઇશ|નાખીશ|પડશે|જશે|મૂકશે|દેશે|padish|jaish|"
            r"mukish|daish|padshe|jashe|mukshe)"
        ),
        (
            r"(ટ્રેન|ટ્રક|ગાડી|train|truck|gadi) (નીચે|આગળ|niche|aagal) (પડતું|કૂદી|આવી|"
            r"padtu|kudi|aavi) (મૂકીશ|પડીશ|જઇશ|mukish|padish|jaish)"
        ),
        (
            r"(ફાંસો|ફાંસી|ગળાફાંસો|fanso|faanso|fansi|galafanso) (ખાઇ|ખાવો|ખાવાનો|ખાઇશ|"
            r"લગાવી|khai|khavo|khavano|khaish|lagavi)"
        ),
        (
            r"{poison} (પી|ખાઇ|ગળી|pi|pee|khai|gali) (લઇશ|લેશે|લઉં|લેવું|લેવુ|જઇશ|laish|"
            r"leshe|lau|levu|jaish)"
        ),
        (
            r"(મારો |પોતાનો |maro |potano )?(જીવ|jiv|jeev) (આપી|aapi|api) (દઇશ|દેશે|દઉં|"
            r"દેવો|daish|deshe|dau|devo)"
        ),
        r"(પોતાનો|મારો|potano|maro) (જીવ|jiv) (લઇ|lai) (લઇશ|લેશે|laish|leshe)",
        (
            r"(મારું|મારુ|પોતાનું|maru|potanu) (ગળું|ગળુ|galu|gadu) (દબાવી|ઘોંટી|"
            r"dabavi) (દઉં|દઇશ|લઉં|લઇશ|dau|daish|lau|laish)"
        ),
        # "Better off without me", "I am going for ever".
        (
            r"(મારા|maara|mara) (વગર|વિના|vagar|vina) {gap} (સુખી|ખુશ|સારું|સારુ|શાંતિ|"
            r"sukhi|khush|saru|shanti)"
        ),
        (
            r"(હંમેશ|હંમેશા|કાયમ|hamesh|hamesha|kayam) (માટે|mate) (જાઉં|જઉં|જઇશ|જતો|જતી|"
            r"ચાલ્યો|ચાલી|jau|jaish|jato|jati|chalyo|chali)"
        ),
        (
            r"(જાઉં|જઉં|જઇશ|જતો રહીશ|જતી રહીશ|ચાલ્યો જઇશ|ચાલી જઇશ|jau|jaish|jato rahish|"
            r"jati rahish) {gap1} (હંમેશ|હંમેશા|કાયમ|hamesh|hamesha|kayam) (માટે|mate)"
        ),
        # "I can't bear it any more": the plea English reads as "can't take it any more".
        r"(હવે )?સહન (નથી થતું|નથી થતુ|કરી શકતી નથી|કરી શકતો નથી|નથી કરી શકતી|નથી કરી શકતો)",
    ),
    danger=(
        # Things smashed, a hand raised, "threatened that...", "will come and kill".
        # Strangled, locked in, not let out.
        (
            r"(ગળું|ગળુ|galu|gadu) (દબાવ્યું|દબાવે|દબાવી રહ્યો|દબાવી દીધું|પકડ્યું|"
            r"પકડી રાખ્યું|dabavyu|dabave|pakdyu)"
        ),
        (
            r"{me} {gap} (પૂરી|પુરી|બંધ કરી|puri|band kari) (દીધી|દીધો|દીધા|રાખી|રાખ્યો|"
            r"રાખ્યા|didhi|didho|didha|rakhi|rakhyo)"
        ),
        r"(બહાર|bahar) (નથી|nathi) (નીકળવા|જવા|nikalva|java) (દેતો|દેતી|દેતા|deto|deti|deta)",
        # "Today is your last day."
        r"(તારો|તમારો|taro|tamaro) (છેલ્લો|આખરી|chhello|chello|aakhri) (દિવસ|divas|din)",
        r"(તોડફોડ|તોડ ફોડ|todfod|tod fod) (કરે|કરી રહ્યો|કરી રહી|kare|kari rahyo)",
        (
            r"(મારા|મારી|મને|mara|mari|mane) (પર|ઉપર|par|upar) (હાથ|hath) (ઉપાડે|ઉગામે|"
            r"ઉપાડી રહ્યો|upade|ugame)"
        ),
        r"(ધમકી|dhamki) (આપી|aapi|api) (છે |che )?(કે|ke)",
        r"(આવીને|aavi ne|aavine|avine) {gap1} (મારી નાખશે|મારી નાખીશ|mari nakhshe|mari nakhish)",
        # A weapon held now (છે, never હતી), carried, shown, drawn.
        (
            r"(પાસે|હાથમાં|હાથ માં|જોડે|સાથે|pase|paase|haathma|hathma|hath ma|jode|"
            r"sathe) {weapon} (છે|che)"
        ),
        r"(હાથમાં|હાથ માં|hathma|haathma|hath ma) {weapon} (લઇને|લઇ|laine|lai|છે|che)",
        (
            r"{weapon} (લઇને|લઇ ને|laine|lai ne) {gap} (ઊભો|ઊભા|ઊભી|આવે|આવ્યો|આવી રહ્યો|"
            r"ફરે|બેઠો|બેઠા|ઘૂસ્યો|ubho|ubha|ubhi|aave|aavyo|fare|betho|betha|ghusyo)"
        ),
        (
            r"{weapon} (બતાવે|બતાવી રહ્યો|બતાવી રહી|કાઢી|તાકી|તાકે|ઉગામી|batave|kadhi|taki|"
            r"take|ugami)(?! (હતી|હતો|hati|hato))"
        ),
        # Threats to kill, now or soon: મને મારી નાખશે, તને જીવતી નહીં છોડું.
        (
            r"({me}|{you}) (જાનથી |જાન થી |jaan thi |jaanthi |jan thi )?(મારી|ખતમ કરી|"
            r"પતાવી|ખલાસ કરી|mari|maari|khatam kari|patavi|khalas kari) (નાખશે|નાખશ|નાખીશ|"
            r"નાખીશું|દેશે|દઇશ|નાખવાની|nakhshe|nakhse|nakhish|deshe|daish)"
        ),
        r"{me} (મારી નાખવાનો|મારી નાખવાની|મારી નાખવાના|mari nakhvano|mari nakhvani) (છે|che)",
        (
            r"({me}|{you}) (જીવતી|જીવતો|જીવતા|jivti|jivto|jivta) (નહીં|નહિ|નઇ|nahi|nai|"
            r"nai) (છોડું|છોડુ|છોડે|છોડીશ|છોડશે|chhodu|chodu|chhodish|chodshe|chhodshe)"
        ),
        r"(મારો|maro) (જીવ|jiv) (લઇ|lai) (લેશે|લેશ|leshe|lese)",
        # Being beaten right now.
        (
            r"{me} (મારે છે|મારી રહ્યો|મારી રહી|મારી રહ્યા|ઢોર માર મારે|ફટકારે|લાફા મારે|"
            r"ધોલ મારે|ગળું દબાવે|maare che|mare che|mari rahyo|mari rahi|fatkare)"
        ),
        # Followed, waited for, at the door, inside, found.
        (
            r"(પીછો|પિછો|pichho|picho|pichhho) (કરે છે|કરી રહ્યો|કરી રહી|કરી રહ્યા|કરે|"
            r"કરતો આવે|kare che|kare|kari rahyo|kari rahi)"
        ),
        (
            r"(પાછળ|paachhal|pachal|pachhal) (પડ્યો|પડી|પડ્યા|આવે|આવી રહ્યો|આવી રહ્યા|"
            r"padyo|padi|aave|aavi rahyo)(?! (હતો|હતી|hato|hati))"
        ),
        r"(ફોલો|follow) (કરે|કરી રહ્યો|કરી રહી|kare|kari rahyo)",
        (
            r"(બહાર|દરવાજે|દરવાજા|બારણે|ગેટ|ગેટ પર|નીચે|શેરીમાં|સોસાયટીમાં|bahar|darvaje|"
            r"barne|gate|niche|sherima) {gap} (ઊભો|ઊભી|ઊભા|બેઠો|બેઠી|બેઠા|આંટા મારે|ફરે છે|"
            r"રાહ જુએ|ubho|ubhi|ubha|betho|bethi|betha|aanta mare|rah jue)( છે|"
            r" che)?(?! (હતો|હતી|હતા|હતું|hato|hati|hatu))"
        ),
        (
            r"(દરવાજો|દરવાજા|બારણું|બારણા|બારી|darvajo|darvaja|baranu|bari) (ખખડાવે|તોડે|"
            r"ઠોકે|પછાડે|ધક્કા મારે|ખખડાવી રહ્યો|તોડી રહ્યો|તોડવા|khakhdave|tode|thoke|"
            r"pachhade)"
        ),
        (
            r"(દરવાજો|બારણું|બારી|તાળું|darvajo|baranu|bari|talu) (તોડવાની|ખોલવાની|todvani|"
            r"kholvani) (કોશિશ|ટ્રાય|koshish|try) (કરે|કરી રહ્યો|kare|kari rahyo)"
        ),
        (
            r"(એ|તે|e|te) (ઘરમાં |અંદર |અહીં |અહિં |ઘરે |ghar ma |gharma |andar |"
            r"ahi )?(ઘૂસી ગયો|ઘૂસી ગઇ|ઘૂસી ગયા|આવી ગયો|આવી ગઇ|આવી ગયા|આવે છે|આવી રહ્યો|"
            r"આવી રહી|પહોંચી ગયો|ghusi gayo|aavi gayo|avi gayo|aave che|ave che|aavi rahyo|"
            r"pahochi gayo)(?! (હતો|હતી|hato|hati|કે|ke))"
        ),
        (
            r"(ઘરમાં|અંદર|gharma|ghar ma|andar) (ઘૂસી|ઘુસી|ghusi) (ગયો|ગઇ|ગયા|આવ્યો|gayo|"
            r"gai|gaya|aavyo)"
        ),
        (
            r"{me} (શોધી|ગોતી|shodhi|goti) (કાઢશે|લેશે|નાખશે|કાઢ્યો|કાઢી|લીધી|kadhshe|"
            r"leshe|kadhyo|kadhi)"
        ),
        (
            r"(ખબર|જાણ|khabar) (પડી ગઇ|થઇ ગઇ|પડી|padi gai|thai gai|padi) {gap} (ક્યાં|kya|"
            r"kyan) {gap1} (રહું|રહુ|રહીએ|છું|rahu|rahie|chu)"
        ),
        # Unsafe, in danger, hiding, threatened now, calling for the police, "save me".
        r"(હું|અમે|hu|ame) {gap1} (સુરક્ષિત|સલામત|સેફ|surakshit|salamat|safe) (નથી|nathi)",
        (
            r"(જોખમમાં|ખતરામાં|જોખમ માં|ખતરા માં|jokham ma|jokhamma|khatra ma|"
            r"khatrama) (છું|છીએ|chu|chie)"
        ),
        (
            r"(સંતાઇ|સંતાયો|સંતાયેલી|છુપાઇ|છુપાયો|છુપાઇને|santai|santayo|chhupai|"
            r"chupai) {gap1} (છું|છીએ|ગઇ છું|ગયો છું|બેઠી છું|બેઠો છું|chu|chie)"
        ),
        (
            r"(ધમકી|ધમકીઓ|dhamki|dhamkio) (આપે છે|આપી રહ્યો|આપી રહી|આપે|આપી છે|મોકલે|"
            r"ape che|aape che|aape|aapi rahyo|aapi che|mokle)"
        ),
        (
            r"(પોલીસ|પોલિસ|police|polis) (બોલાવો|બોલાવજો|બોલાવ|મોકલો|ને ફોન કરો|ને બોલાવો|"
            r"ને જાણ કરો|bolavo|bolavjo|moklo|ne phone karo|ne bolavo)"
        ),
        r"(બચાવો|બચાવજો|બચાવ બચાવ|bachavo|bachao|bachavjo)",
        r"(ઘરની|ઘર|દરવાજાની|દરવાજા) (બહાર|સામે) {gap1}(છે|ઊભો|ઉભો|ઊભી|ઉભી)",
        # The present tells of abuse that goes on: "મારો પતિ મને મારે છે".
        r"(પતિ|ઘરવાળો|તે|એ) (મને|અમને) (મારે|મારઝૂડ કરે|ફટકારે|પીટે) (છે)",
        r"(ઘરે|ઘેર) (જતા|જવામાં|પાછા જતા|જતાં) (ડર|બીક) (લાગે|લાગી)",
    ),
    child=(
        # Missing, not found, not home.
        r"{kid} {gap} (ખોવાઇ|ખોવાય|ગુમ|ગાયબ|લાપતા|khovai|khovay|khovaai|gum|gayab|lapata)",
        (
            r"{kid} {gap1} (મળતું|મળતો|મળતી|મળતા|જડતું|જડતો|જડતી|malatu|maltu|malto|malti|"
            r"malta|jadtu|jadto|jadti) (નથી|nathi)"
        ),
        (
            r"{kid} {gap} (ઘરે|ઘેર|પાછો|પાછી|પાછું|હજુ|હજી|ghare|gher|pachho|pachhi|haju|"
            r"haji) (નથી|nathi) (આવી|આવ્યો|આવ્યા|આવ્યું|પહોંચ્યો|પહોંચી|aavi|avi|aavyo|"
            r"aavya|aavyu|pahonchyo)"
        ),
        # Hurt now or about to be.
        (
            # "મારે" alone is also "I have to", so the hitting takes its છે.
            r"{kidacc} {gap} (મારે છે|મારી રહ્યો|મારી રહી|ઢોર માર મારે|ફટકારે છે|"
            r"લાફા મારે|maare che|mare che|mari rahyo|fatkare che)"
        ),
        (
            r"{kidacc} {gap1} (મારી નાખશે|નુકસાન પહોંચાડશે|નુકસાન કરશે|ઇજા પહોંચાડશે|"
            r"ઉપાડી જશે|ઉઠાવી જશે|લઇ જશે|mari nakhshe|nuksan pahonchadshe|nuksan karshe|"
            r"upadi jashe|uthavi jashe|lai jashe)"
        ),
        # Taken, abducted, locked in; in danger.
        (
            r"{kidacc} (લઇને|લઇ ને|laine|lai ne) (ભાગી|નાસી|જતો|જતી|ચાલ્યો|ચાલી|bhagi|nasi|"
            r"jato|jati|chalyo) (ગયો|ગઇ|ગયા|રહ્યો|રહી|gayo|gai|gaya|rahyo|rahi)"
        ),
        # Carried off (ઉપાડી ગયો), wherever from.
        r"{kidacc} {gap} (ઉપાડી|ઉઠાવી|upadi|uthavi) (ગયું|ગયો|ગઇ|ગયા|gayu|gayo|gai|gaya)",
        (
            r"{kidacc} (કોઇ |કોઇક |એ |એણે |koi |koik |e |ene )?(લઇ|ઉપાડી|ઉઠાવી|lai|upadi|"
            r"uthavi) (ગયું|ગયો|ગઇ|ગયા|gayu|gayo|gai|gaya)"
        ),
        (
            r"{kidacc} {gap} (બેસાડીને|ખેંચીને|ઉપાડીને|ઘસડીને|besadine|khenchine|"
            r"upadine) (લઇ|lai) (ગયો|ગઇ|ગયા|ગયું|gayo|gai|gaya|gayu)"
        ),
        r"(જબરદસ્તી|જબરજસ્તી|zabardasti|jabardasti) {gap} {kidacc}",
        r"{kidacc} {gap} (જબરદસ્તી|જબરજસ્તી|zabardasti|jabardasti)",
        r"{kid} {gap} (અપહરણ|કિડનેપ|apharan|kidnap*)",
        (
            r"{kidacc} {gap} (પૂરી|પુરી|બંધ કરી|puri|band kari) (દીધી|દીધો|દીધા|દીધું|રાખી|"
            r"રાખ્યો|રાખ્યા|didhi|didho|didha|rakhi|rakhyo)"
        ),
        r"{kid} {gap1} (જોખમમાં|ખતરામાં|jokham ma|jokhamma|khatra ma|khatrama)",
        r"{kid} {gap1} (ખતરો|જોખમ|khatro|jokham) (છે|che)",
    ),
    medical=(
        # Too many pills, a whole strip or bottle; poison swallowed; overdose.
        r"{many} {gap} {pills} {gap} {ate}",
        r"{pills} {gap1} {many} {gap1} {ate}",
        r"(ઓવરડોઝ|ઓવર ડોઝ|ઓવરડોસ)",
        r"{poison} {gap1} {ate}",
        # Not breathing, unconscious, not moving.
        (
            r"(શ્વાસ|શ્વાસો|સ્વાસ|shwas|swas|shvas|shvaas|shwaas) (નથી|nathi) (લેતો|લેતી|"
            r"લેતા|લેતું|લેવાતો|આવતો|leto|leti|leta|letu|levato|aavto)"
        ),
        (
            r"(શ્વાસ|સ્વાસ|shwas|swas|shvas) (લેવામાં|લેવા માં|levama|"
            r"leva ma) {gap1} (તકલીફ|મુશ્કેલી|takleef|taklif|mushkeli) (થાય|પડે|thay|pade)"
        ),
        (
            r"(શ્વાસ|સ્વાસ|shwas|swas|shvas) (નથી|nathi) (લઇ|lai|lei) (શકતા|શકતો|શકતી|"
            r"sakta|shakta|sakto|shakto|sakti|shakti)"
        ),
        (
            r"(શ્વાસ|સ્વાસ|shwas|swas|shvas) (બંધ|અટકી|રૂંધાય|band|atki) (થઇ ગયો|થઇ ગયા|"
            r"ગયો|જાય છે|થાય છે|thai gayo|gayo|jay che|thay che)"
        ),
        (
            r"(બેભાન|બેહોશ|bebhan|behosh) (થઇ ગઇ|થઇ ગયો|થઇ ગયા|થઇ ગયું|છે|પડ્યો|પડી|પડ્યા|"
            r"thai gai|thai gayo|thai gaya|che|padyo|padi)(?! (હતી|હતો|હતા|hati|hato))"
        ),
        r"(ભાનમાં|ભાન માં|bhanma|bhan ma) (નથી|nathi) (આવતા|આવતો|આવતી|આવતું|aavta|aavto|aavti)",
        r"(હલતી|હલતો|હલતા|હલતું|halti|halto|halta|haltu) (નથી|nathi)",
        r"(આંખ|આંખો|aankh|ankh) (નથી|nathi) (ખોલતી|ખોલતો|ખોલતા|kholti|kholto|kholta)",
        r"(ઊઠતા|ઊઠતો|ઊઠતી|uthta|uthto|uthti) (જ |j )?(નથી|nathi)",
        # Fallen and cannot get up.
        (
            r"(ઊભા|ઊભો|ઊભી|ઉઠી|ubha|ubho|ubhi|uthi) (નથી|nathi) (થઇ|thai) (શકતા|શકતો|શકતી|"
            r"shakta|sakta|shakto|shakti)"
        ),
        # Heavy bleeding.
        r"(લોહી|lohi) {gap1} (બંધ|band) (જ |j )?(નથી|nathi) (થતું|થતુ|thatu)",
        (
            r"(લોહી|lohi) {gap1} (નીકળે છે|નીકળે|નીકળી રહ્યું|વહે છે|વહે|વહી રહ્યું|"
            r"બંધ નથી થતું|બંધ થતું નથી|અટકતું નથી|nikle che|nikle|nikli rahyu|vahe che|"
            r"vahe|band nathi thatu|atkatu nathi)"
        ),
        (
            r"(છરી|ચાકુ|ચપ્પુ|ગોળી|chhari|chari|chaku|goli) (મારી છે|મારી દીધી|મારી દીધું|"
            r"વાગી છે|વાગી ગઇ|mari che|mari didhi|vagi che|vagi gai)"
        ),
        # Heart attack, stroke, chest pain now.
        (
            r"(હાર્ટ એટેક|હાર્ટ અટેક|હાર્ટએટેક|એટેક|સ્ટ્રોક|લકવો|heart attack|"
            r"stroke) (આવ્યો|આવી ગયો|થયો|aavyo|thayo)(?! (હતો|hato))"
        ),
        (
            r"(છાતીમાં|છાતી માં|chhatima|chhati ma|chati ma) {gap1} (દુખે|દુખાવો|દર્દ|"
            r"dukhe|dukhavo|dard) (છે|થાય છે|થઇ રહ્યો|che|thay che)"
        ),
    ),
    ignore=(
        # Idioms: "died laughing", "died filling in this form", "this form took my life out".
        r"(હસી હસીને|હસતાં હસતાં|hasi hasine) {gap1} (મરી|mari|પેટ|pet)",
        (
            r"(ભરતાં ભરતાં|કરતાં કરતાં|ભરતા ભરતા|કરતા કરતા|bharta bharta|"
            r"karta karta) {gap1} (મરી|mari)"
        ),
        r"(જીવ|jiv) (કાઢી|kadhi) (નાખ્યો|નાખે|નાખ્યું|nakhyo|nakhe|nakhyu)",
        r"(સ્યુસાઇડલ|સુસાઇડલ|suicidal|sucidal) (નથી|nathi)",
        # A lost thing, not a lost child: "મારી દીકરીનો ફોન ખોવાઈ ગયો".
        (
            r"(ફોન|મોબાઇલ|બેગ|ચાવી|કાર્ડ|પાસપોર્ટ|ચોપડી|રમકડું|ફોર્મ|પાકીટ|phone|mobile|"
            r"bag|chavi|card|passport|form) (ખોવાઇ|ખોવાય|ગુમ|khovai|khovay|gum)"
        ),
    ),
    past=(
        r"(19|20)[0-9][0-9][^ ]*",
        r"(૧૯|૨૦)[૦-૯][૦-૯][^ ]*",
        (
            r"(વર્ષ|વરસ|વર્ષો|મહિના|મહિનાઓ|અઠવાડિયા|varsh|varas|mahina) (પહેલાં|પહેલા|પેલા|"
            r"pehla|pela|pahela)"
        ),
        r"(ગયા|gaya) (વર્ષે|વરસે|મહિને|અઠવાડિયે|varshe|varse|mahine)",
        r"(કોર્ટ*|અદાલત*|kortma|adalat*)",
        r"(સજા|saja|saza) (થઇ|મળી|પડી|thai|mali)",
        r"(નાનપણ*|બાળપણ*|nanpan*|balpan*)",
        r"(હું|hu) (નાની|નાનો|nani|nano) (હતી|હતો|hati|hato)",
        r"(એ|તે|e|te) (રાત્રે|રાતે|દિવસે|વખતે|raate|rate|divse|vakhte)",
        r"(ત્યારે|tyare)",
        # The habitual past without હતો: "એ કહેતો કે..." (he used to say that...).
        r"(કહેતો|કહેતી|કહેતા|મારતો|મારતી|ધમકાવતો|ધમકાવતી|kaheto|kaheti|kehto|marto|marti)",
        r"(?<!કહેતો )(?<!કહેતી )(?<!બોલતો )(હતો|હતી|હતા|હતું|હતાં|hato|hati|hatu)",
    ),
    now=(
        r"(અત્યારે|હમણાં|હમણા|અબઘડી|આજે|આજ રાત્રે|આજે રાત્રે|ફરીથી|ફરી|હાલમાં|હાલ જ)",
        r"(atyare|atyaare|hamna|hamnaj|abghadi|aaje|aje|farithi|fari)",
    ),
    words={
        # Gujarati in Latin letters is often typed without its vowels ("nthi", "mlti") or
        # with numerals for sounds ("6e" for છે); these are read as the patterns spell them.
        "nthi": "nathi",
        "mlti": "malti",
        "mlto": "malto",
        "mltu": "malatu",
        "maltu": "malatu",
        "goliyo": "golio",
        "goliyon": "golio",
        "goliya": "golio",
        "6e": "che",
        "chhe": "che",
        "6u": "chu",
        "chhu": "chu",
        "plz": "please",
        "pls": "please",
    },
    fuzzy=("આત્મહત્યા", "aapghat", "ઓવરડોઝ", "સુરક્ષિત"),
    macros={
        "me": r"(મને|અમને|mane|amne)",
        "you": r"(તને|તમને|tane|tamne)",
        "sui": (
            r"(આપઘાત|આત્મહત્યા|આતમહત્યા|આપઘાતનો|સુસાઇડ|સ્યુસાઇડ|aapghat|apghat|aapghaat|"
            r"atmahatya|aatmahatya|atmhatya|suicide|sucide)"
        ),
        "self": (
            r"(મારી જાતને|પોતાને|પોતાની જાતને|જાતને|potane|mari jaat ne|mari jat ne|"
            r"mari jaatne|jaat ne|jatne|potani jaat ne)"
        ),
        "weapon": (
            r"(છરી|છરો|ચાકુ|ચપ્પુ|ધારિયું|ધારિયા|ધારીયા|તલવાર|બંદૂક|પિસ્તોલ|પિસ્ટલ|"
            r"રિવોલ્વર|તમંચો|કુહાડી|લાકડી|ધોકો|ધોકા|પાઇપ|સળિયો|એસિડ|હથિયાર|chhari|chari|"
            r"charo|chaku|chappu|dhariyu|dhariya|talvar|bandook|banduk|pistol|revolver|"
            r"tamancho|kuhadi|lakdi|dhoko|pipe|acid|hathiyar|knife|gun)"
        ),
        "kid": (
            r"(બાળક|બાળકો|બાળકને|બાળકોને|બાળકનું|બાળકના|બાળકોના|બાળકી|દીકરો|દીકરા|દીકરાને|"
            r"દીકરાનું|દીકરી|દીકરીને|દીકરીનું|છોકરો|છોકરા|છોકરાને|છોકરી|છોકરીને|છોકરાઓ|"
            r"છોકરાઓને|છોકરાઓના|બેબી|બેબીને|બાબો|બાબાને|ભત્રીજો|ભત્રીજી|ભાણો|ભાણી|પૌત્ર|"
            r"પૌત્રી|balak|balako|balakne|dikro|dikra|dikrane|dikri|dikrine|chhokro|chokro|"
            r"chhokri|chokri|baby|babo)"
        ),
        "kidacc": (
            r"(બાળકને|બાળકોને|દીકરાને|દીકરીને|છોકરાને|છોકરીને|છોકરાઓને|બાબાને|બેબીને|"
            r"ભત્રીજાને|ભત્રીજીને|balakne|balak ne|balako ne|dikrane|dikra ne|dikrine|"
            r"dikri ne|chhokrane|chhokra ne|chhokrine|chhokri ne|baby ne)"
        ),
        "pills": (
            r"(ગોળી|ગોળીઓ|ગોળીઓનું|ગોળીઓની|દવા|દવાઓ|દવાની|ટીકડી|ટીકડીઓ|ટેબ્લેટ|ટેબલેટ|"
            r"પત્તું|પત્તા|goli|golio|dava|davao|tikdi|tablet|pattu)"
        ),
        "many": (
            r"(કેટલી|કેટલા|કેટલીય|કેટલીયે|ketli|ketla|"
            # A count of one or two digits, spelt out so its first letters are known.
            r"(1|2|3|4|5|6|7|8|9|૧|૨|૩|૪|૫|૬|૭|૮|૯)(0|1|2|3|4|5|6|7|8|9|૦|૧|૨|૩|૪|૫|૬|૭|૮|૯)?|"
            r"ઘણી|ઘણા|ઘણી બધી|બધી|બધા|બધું|આખું|આખી|આખો|વધારે|વધુ|એકસાથે|"
            r"એક સાથે|ઢગલો|ડબ્બો|બોટલ|શીશી|ghani|ghana|badhi|badha|aakhu|akhu|aakhi|"
            r"vadhare|vadhu|eksathe|bottle)"
        ),
        "ate": (
            r"(ખાઇ લીધી|ખાઇ લીધો|ખાઇ લીધું|ખાઇ લીધા|ગળી લીધી|ગળી લીધું|ગળી લીધો|ગળી લીધા|"
            r"ગળી ગયો|ગળી ગઇ|ગળી ગયું|લઇ લીધી|લઇ લીધો|લઇ લીધું|લઇ લીધા|પી લીધી|પી લીધું|"
            r"પી લીધો|પી ગયો|પી ગઇ|પી ગયું|ખાઇ ગયો|ખાઇ ગઇ|ખાઇ ગયું|khai lidhi|khai lidhu|"
            r"khai lidho|gali lidhi|gali lidhu|gali gayo|lai lidhi|lai lidhu|pi lidhi|"
            r"pi lidhu|pi gayo|pi gayu|khai gayo|khai gai)"
        ),
        "poison": (
            r"(ઝેર|ઝેરી દવા|જંતુનાશક|એસિડ|બ્લીચ|ફિનાઇલ|ઉંદર મારવાની દવા|zer|jher|zeher|"
            r"acid|bleach|phenyl)"
        ),
    },
    fold=INDIC_FOLD,  # the table and why: pa.py
    strip_marks=False,
)
