"""Crisis signs in Urdu: why these forms, what was left out and why.

Many Urdu speakers in Britain type Urdu in Latin letters (Roman Urdu, "main marna chahti hun")
as often as in Urdu script, so every sign is written in both. Roman Urdu has no fixed spelling:
`words` brings the common variants to one form ("nhi", "nahin" -> "nahi"; "hoon", "hu" ->
"hun"; "mjhe" -> "mujhe"), and the patterns are written in those forms.

Urdu script: the framework drops the optional vowel marks (zer, zabar, pesh) and the madda, so
"آ" is read as "ا"; `fold` reads the Arabic-keyboard letters ي ى ك ه ة as Urdu ی ک ہ, reads
"ئ" as "ی" (people often leave the hamza out), and Arabic-Indic and Urdu digits as 0-9.
"ھ" (the aspirate) is kept apart from "ہ": "کہا" (said) and "کھا" (ate) are different words.

Present danger and past events are told apart by the verb, which in Urdu carries tense in its
auxiliary: "مار رہا ہے" (is hitting) and "مار دے گا" (will kill) are signs, "مارتا تھا" (used to
hit) is not. The patterns require a present or future auxiliary, and `{notpast}` refuses a
match followed by تھا / تھی / تھے (was). `past` catches a story's markers ("2019 میں",
"پچھلے سال", "عدالت میں", "kehta tha", "khwab"), which `now` ("ابھی", "آج", "abhi", "is waqt")
overrides; thoughts told as past ("pehle khudkushi ke khayal aate the") stay past.

Beyond the plain words, the signs include getting ready (pills put by, a will, a farewell),
standing on a roof, being locked in or hiding, circling the street, acid threatened, a child
meeting an adult met online or shut in a car, and a swallowed battery or bleach.

Left out: "مدد" / "madad" alone (people ask for help with the form); "مر گئی" / "mar gayi"
alone (said of heat, tiredness, laughing); "پتا نہیں کہاں ہے" without a child named (victims
ask where the offender is now); "لے گیا" with words between it and the child (he took the
children to school).
"""

from dialogues.crisis.lexicon import Lexicon

LEXICON = Lexicon(
    language="ur",
    suicide=(
        # "main mar rahi hun" ("bhook se mar rahi hun" is masked)
        r"(main|میں) (mar|مر) (rahi|raha|رہی|رہا) (hun|ہوں)",
        (
            r"(جینے|زندہ رہنے|jeene|zinda rehne) (کی|ki) (خواہش|چاہ|تمنا|امید|khwahish|chah|"
            r"tamanna|umeed) (نہیں|nahi|ختم|khatam)"
        ),
        # getting ready: pills put by, a will; a gun to oneself; drowning
        (
            r"(goliyan|گولیاں|dawai|دوائی|dawa|دوا|pills|دوائیاں) (jama|جمع|ikatthi|اکٹھی|ikathi|"
            r"chhupa|چھپا) (kar|کر|ki|کی|li|لی|rakhi|رکھی)"
        ),
        r"(wasiyat|وصیت|wasiyyat) (likh|لکھ|likhi|لکھی|bana|بنا)",
        (
            r"(خود|khud|اپنے آپ|apne aap) (کو|ko) (goli|گولی|phansi|پھانسی|aag|آگ|zehar|زہر) (maar|"
            r"مار|laga|لگا|de|دے|le|لے)"
        ),
        r"(doob|ڈوب|dub) (jaungi|jaunga|jaun|جاؤں|mar|مر|marungi|marunga|marna|مرنا)",
        r"(darya|دریا|nehar|نہر|samundar|سمندر) (mein|میں) (doob|ڈوب|kood|کود|chhalang|چھلانگ)",
        r"(جینا|jeena|zinda rehna|زندہ رہنا) (ہی |hi )?(نہیں|nahi) (ہے|hai)",
        # wanting to die: "مرنا چاہتی ہوں", "مر جانا چاہتا ہوں", "main marna chahti hun"
        (
            r"(مرنا|مر جانا|مرجانا|مرنے|جان دینا|خودکشی کرنا|خود کشی کرنا|marna|mar jana|marjana|"
            r"jaan dena|khudkushi karna) {want}{notpast}"
        ),
        r"(مجھے|mujhe|ہمیں) {gap1}(مرنا|مر جانا|marna|mar jana) (ہے|hai){notpast}",
        r"(مرنے|marne) (کو|کا|ko|ka) (دل|جی|dil|ji) (کرتا|چاہتا|کر رہا|karta|chahta|kar raha)",
        r"(مر|mar) (جاؤں|جاؤنگی|جاؤنگا|جاوں|jaun|jaon|jaungi|jaunga)( گی| گا| gi| ga)?",
        r"(خودکشی|خود کشی|khudkushi|khud kushi|suicide)",
        # not wanting to live: "جینے کا دل نہیں کرتا", "zinda nahi rehna", "جینا نہیں چاہتی"
        (
            r"(جینے|زندہ رہنے|jeene|zinda rehne) (کا|کو|ka|ko) (دل|من|جی|dil|mann|ji) (نہیں|نہ|"
            r"nahi) (کرتا|چاہتا|کر رہا|karta|chahta|kar raha)"
        ),
        r"(جینا|زندہ رہنا|jeena|zinda rehna) (نہیں|نہ|nahi) {want}{notpast}",
        r"(نہیں|نہ|nahi) (جینا|زندہ رہنا|jeena|zinda rehna) {want}{notpast}",
        (
            r"(اب|ab|zyada|زیادہ|kal tak|کل تک|subah tak|صبح تک) (main |میں )?(nahi|نہیں|na|نہ) "
            r"(rahungi|rahunga|rahun|رہوں)"
        ),
        # farewells: "alvida", "سب کے لیے خط لکھ دیا"
        r"(alvida|alwida|الوداع|الویدا)",
        r"(آخری|akhri|aakhri) (پیغام|خط|message|paigham|salam|سلام)",
        (
            r"(sab|سب|ghar walon|گھر والوں|bachon|بچوں|ammi|امی) (ke liye|کے لیے|کے لیے|ko|کو) "
            r"(خط|khat|chitthi|چٹھی|letter)"
        ),
        # on the edge: "chhat pe khari hun", "kood jaungi"
        (
            r"(چھت|پل|chhat|chat|pul|bridge) (پر|پہ|pe|par|کے کنارے|ke kinare) (کھڑی|کھڑا|بیٹھی|"
            r"بیٹھا|"
            r"khari|khara|baithi|baitha) (ہوں|hun)"
        ),
        (
            r"(kood|kud|کود|چھلانگ|chalang|chhalang) (jaungi|jaunga|jaun|جاؤں|lagaungi|lagaunga|"
            r"لگاؤں|laga dungi|laga dunga)"
        ),
        r"(زندہ|zinda) (نہیں|نہ|nahi) (رہنا|رہنا ہے|رہوں گی|رہوں گا|rehna|rahungi|rahunga)",
        (
            r"(جینے|زندگی|جینا|زندہ رہنے|jeene|zindagi|jeena) (کا|میں|ka|mein) (کوئی |koi )?(فائدہ|"
            r"مقصد|مطلب|مزہ|faida|faidah|maqsad|matlab|maza) (نہیں|نہ|nahi)"
        ),
        (
            r"(زندگی|جینے|zindagi|jeene) (سے|se) (تنگ|بیزار|تھک|tang|bezaar|bezar|thak) {gap1}(آ|a|"
            r"aa|گئی|گیا|gayi|gaya)"
        ),
        # killing or ending oneself: "خود کو ختم کر دوں گا", "اپنی جان لے لوں گی"
        r"(خود|اپنے آپ|اپنےآپ|khud|apne aap|apne ap) (کو|ko) (ختم|مار|ہلاک|khatam|maar|mar)",
        r"(اپنی|apni) (جان|زندگی|jaan|zindagi) (لے|دے|ختم|le|de|khatam)",
        (
            r"(سب|sab) (کچھ |kuch )?(ختم|khatam) (کرنا|کر دینا|کر دوں|کر دونگی|کر دونگا|karna|"
            r"kar dena|kar dun|kar dungi|kar dunga)"
        ),
        # a burden: "میرے بغیر سب خوش رہیں گے"
        (
            r"(میرے|mere) (بغیر|بنا|bagair|baghair|bina|begair) {gap1}(سب|آپ سب|سب لوگ|گھر والے|"
            r"sab|sab log|ghar wale)? ?{gap1}(خوش|بہتر|سکون|khush|behtar|sukoon)"
        ),
        (
            r"(میں|main) (مر جاؤں|نہ رہوں|mar jaun|na rahun) (تو|to) {gap}(خوش|بہتر|سکون|khush|"
            r"behtar|sukoon)"
        ),
        # self-harm: "اپنے آپ کو کاٹ رہی ہے", "ہاتھ کاٹ رہی ہوں", "khud ko nuqsan"
        (
            r"(خود|اپنے آپ|اپنےآپ|khud|apne aap|apne ap) (کو |ko )?(کاٹ|زخمی|نقصان|تکلیف|جلا|kaat|"
            r"kat|zakhmi|nuqsan|nuksan|takleef|jala)"
        ),
        (
            r"(ہاتھ|بازو|کلائی|نس|نسیں|رگ|رگیں|haath|hath|bazu|kalai|nas|nasen|rag|ragen) (کاٹ|"
            r"کاٹنا|کاٹتی|کاٹتا|کاٹنے|kaat|kat|kaatna|kaatne|katne|kaatti)"
        ),
        # ways: poison, jumping, hanging
        r"(زہر|zehar) (کھا|پی|کھانا|kha|pi|khana|pee)",
        (
            r"(چھت|پل|بلڈنگ|عمارت|کھڑکی|ٹرین|گاڑی|chhat|chat|pul|building|khidki|train|gaari) (سے|"
            r"کے نیچے|se|ke neeche|ke niche) (کود|چھلانگ|kood|kud|chalang|chhalang)"
        ),
        (
            r"(پنکھے|پھندا|پھندے|رسی|pankhe|phanda|phande|rassi) {gap1}(سے|se|ڈال|dal|لگا|"
            r"laga)? ?{gap1}(لٹک|latak)"
        ),
        r"(پھانسی|phansi|phaansi) (لگا|لے|laga|le)",
        r"(لٹک|latak) (جاؤں|jaun|jaungi|jaunga|جاؤنگی|جاؤنگا)",
        # "I can't bear it any more": the plea English reads as "can't take it any more".
        r"(اور |aur )?(برداشت|bardasht|سہہ|seh|sehen) (نہیں|nahi|nahin|nai) (کر|kar|ho) "
        r"(سکتا|سکتی|سکتے|sakta|sakti|sakte|پا رہا|پا رہی|pa raha|pa rahi)",
        r"(برداشت|bardasht) (نہیں|nahi|nahin|nai) (ہوتا|hota|ہو رہا|ho raha)",
    ),
    danger=(
        # "mera sar deewar se maar raha hai"
        (
            r"(sar|سر|munh|منہ) (deewar|دیوار|zameen|زمین|darwaze|دروازے|farsh|فرش) (se|سے|par|"
            r"پر) (maar|مار|pataq|پٹخ|ragar|رگڑ) (raha|رہا|rahi|رہی)"
        ),
        # fire threatened, not let go, an attack now (not "hamla kiya tha"), on the way
        (
            r"(ghar|گھر|gaari|گاڑی|hamara ghar|ہمارا گھر) (jala|جلا|aag laga|آگ لگا) (dega|دے گا|"
            r"dunga|دوں گا|degi|دے گی|denge|دیں گے)"
        ),
        r"(jaane|جانے) (nahi|نہیں|na|نہ) (de raha|دے رہا|de rahi|دے رہی|deta|دیتا|de rahe|دے رہے)",
        (
            r"(چاقو|چھری|chaku|chhuri|knife|pistol|پستول|goli|گولی) {gap1}(se|سے) (hamla|حملہ|vaar|"
            r"وار) (kiya|کیا|kar diya|کر دیا)( hai| ہے)?{notpast}"
        ),
        (
            r"(jaanta|جانتا|jaanti|جانتی|pata hai|پتا ہے) {gap1}(main|میں|hum|ہم) (kahan|"
            r"کہاں) {gap}(aa raha|آ رہا|aa rahi|آ رہی|pohanch raha|پہنچ رہا)"
        ),
        # "wo andar aa gaya" (he is inside)
        (
            r"(andar|اندر) (aa gaya|آ گیا|aa gayi|آ گئی|aa gaye|آ گئے|ghus aaya|گھس آیا|ghus gaya|"
            r"گھس گیا)"
        ),
        # strangling: "mera gala daba raha hai"
        r"(گلا|gala) (دبا|daba|ghont|گھونٹ) (رہا|رہی|raha|rahi)",
        # "وہ مجھے قتل کر دے گا", "jaan le lega"
        (
            r"(قتل|qatal|qatl|katal) (کر|kar) (دے گا|دیگا|دوں گا|دونگا|ڈالے گا|ڈالیگا|دیں گے|دے گی|"
            r"dega|dunga|dalega|denge|degi)"
        ),
        r"(جان|jaan) (لے|le) (لے گا|لیگا|لے لے گا|lega|le lega)",
        # "darwaza kholne ki koshish kar raha hai"
        (
            r"(darwaza|دروازہ|darwaze|دروازے|gate|گیٹ|khidki|کھڑکی|tala|تالا) (kholne|کھولنے|torne|"
            r"توڑنے|todne) (ki|کی) (koshish|کوشش)"
        ),
        # a knife drawn, coming to kill: "چاقو نکال لیا", "مارنے آ رہا ہے"
        (
            r"{weapon} (نکال|nikal|nikaal|دکھا|dikha|تان|taan|لہرا|lehra) {gap1}(لیا|لی|رہا|رہی|"
            r"liya|li|raha|rahi)( ہے| hai)?{notpast}"
        ),
        r"(مارنے|maarne|marne) (کو |ko |کے لیے |ke liye )?(آ|aa|a) (رہا|رہی|رہے|raha|rahi|rahe)",
        (
            r"(مجھے|ہمیں|mujhe|humein) {gap5}(کمرے|گھر|kamre|ghar) (میں|mein) (بند|قید|band|"
            r"qaid) (کر|kar)"
        ),
        # at the door or outside: "وہ دروازے پر ہے", "گھر کے باہر کھڑا ہے", "wo bahar khara hai"
        (
            r"(دروازے|دروازہ|گیٹ|darwaze|darwaza|gate|door) (پر|پہ|pe|par|per) (ہے|کھڑا|کھڑی|کھڑے|"
            r"hai|khara|khari|khare){notpast}"
        ),
        (
            r"(باہر|گلی|دروازے|گیٹ|نیچے|گاڑی|کار|پارکنگ|bahar|gali|darwaze|gate|neeche|niche|gaari|"
            r"gari|car|parking) {gap}(کھڑا|کھڑی|کھڑے|بیٹھا|بیٹھی|چھپا|انتظار|گھوم|منڈلا|ghoom|"
            r"mandla|khara|khari|khare|"
            r"baitha|betha|baithi|chupa|intezar) {gap1}(ہے|ہیں|کر رہا|کر رہی|hai|hain|kar raha|"
            r"kar rahi){notpast}"
        ),
        # forcing the door or inside: "دروازہ توڑ رہا ہے", "ghar mein ghus aya hai"
        (
            r"(دروازہ|دروازے|گیٹ|کھڑکی|darwaza|darwaze|gate|khidki|door) {gap1}(توڑ|پیٹ|کھٹکھٹا|"
            r"بجا|دھکیل|tor|tod|peet|pit|khatkhata|baja|dhakel) {gap1}(رہا|رہی|رہے|raha|rahi|rahe)"
        ),
        (
            r"(گھر|کمرے|فلیٹ|اندر|ghar|kamre|flat|andar) {gap1}(گھس|ghus) {gap1}(آیا|آ گیا|گیا|رہا|"
            r"aya|aaya|gaya|raha|aa gaya)?{notpast}"
        ),
        # a weapon now: "اس کے پاس چاقو ہے", "uske paas chaku hai"
        (
            r"(پاس|ہاتھ میں|paas|pas|hath mein|haath mein|haath me|hath me) {gap1}{weapon} (ہے|ہیں|"
            r"hai|hain)"
        ),
        (
            r"{weapon} (لے کر|لیکر|لے کے|لیے|لہرا|دکھا|le kar|lekar|le ke|liye|lehra|"
            r"dikha) {gap1}(آ|کھڑا|گھوم|پھر|دوڑ|aa|a|khara|ghoom|phir|daud|رہا|raha){notpast}"
        ),
        (
            r"{weapon} (لے کر|لیکر|لے کے|le kar|lekar|le ke) {gap5}(رہا|رہی|رہے|آ گیا|آیا|آ گئی|"
            r"raha|rahi|rahe|aa gaya|aaya)( ہے| hai)?{notpast}"
        ),
        # circling the street, held in a room, hiding: "gali ke chakkar laga raha hai"
        (
            r"(گلی|گھر|دروازے|gali|ghar|darwaze|building) (کے|ke) (چکر|chakkar|chakar) (لگا|کاٹ|"
            r"laga|"
            r"kaat) (رہا|رہی|raha|rahi)"
        ),
        (
            r"(مجھے|ہمیں|mujhe|humein) {gap1}(کمرے|گھر|kamre|ghar) (میں|mein) (بند|قید|band|qaid) "
            r"(کر|kar)"
        ),
        (
            r"(چھپی|چھپا|چھپے|چھپ|chhupi|chhupa|chhupe|chhup) {gap1}(ہوئی|ہوا|ہوئے|ہویی|بیٹھی|"
            r"بیٹھا|hui|hua|baithi|baitha)? ?(ہوں|ہیں|hun|hain)"
        ),
        # followed: "کوئی میرا پیچھا کر رہا ہے", "koi mera peecha kar raha hai"
        (
            r"(پیچھا|peecha|follow|فالو|track|ٹریک) (کر رہا|کر رہی|کر رہے|کرتا|کرتی|kar raha|"
            r"kar rahi|kar rahe|karta|"
            r"karti) (ہے|ہیں|hai|hain)?{notpast}"
        ),
        (
            r"(میرے|ہمارے|mere|hamare) (پیچھے|peeche|piche) {gap1}(آ رہا|آ رہی|آ رہے|چل رہا|لگا|"
            r"aa raha|a raha|aa rahi|chal raha|laga){notpast}"
        ),
        # found: "وہ مجھے ڈھونڈ لے گا", "میرا گھر ڈھونڈ لیا ہے"
        r"(مجھے|ہمیں|mujhe|humein|hamein) {gap1}(ڈھونڈ|ڈھونڈھ|تلاش|dhoond|dhund|dhoondh|talash)",
        (
            r"(میرا|ہمارا|mera|hamara) (نیا |naya )?(گھر|پتہ|ایڈریس|ٹھکانہ|ghar|pata|address|"
            r"thikana) {gap1}(ڈھونڈ|ڈھونڈھ|تلاش|معلوم|پتا|dhoond|dhund|talash|maloom) {gap1}(لیا|"
            r"کر لیا|چل گیا|liya|kar liya|chal gaya){notpast}"
        ),
        # being hurt or killed, now and to come: "مجھے مار رہا ہے", "wo mujhe maar dega"
        (
            r"(sab|سب|hum sab|ہم سب|tumhe|tumhein|تمہیں|tujhe|تجھے) (ko |کو )?(jaan se |"
            r"جان سے )?(maar|"
            r"مار) (dega|degi|dalega|دے گا|دیگا|ڈالے گا|ڈالیگا|dunga|دوں گا|دونگا|dalunga)"
        ),
        (
            r"(مجھے|ہمیں|mujhe|humein|hamein) {gap5}(مار|پیٹ|جلا|maar|mar|peet|jala) {gap1}(رہا|"
            r"رہی|"
            r"رہے|دے گا|دیگا|دے گی|ڈالے گا|ڈالیگا|raha|rahi|rahe|dega|degi|dalega)"
        ),
        (
            r"(جان سے|jaan se) (مار|مارنے|maar|marne|mar) {gap1}(دے گا|دیگا|دوں گا|دونگا|ڈالے گا|"
            r"ڈالوں گا|کی دھمکی|دینے|ڈالنے|dega|dunga|dalega|ki dhamki|dene)"
        ),
        r"(مار|maar|mar) (ڈالے گا|ڈالیگا|ڈالے گی|ڈالوں گا|ڈالوں گی|dalega|dalegi|dalunga|dalungi)",
        r"(مارنے|maarne|marne) (کو|کے لیے|کیلئے|ko|ke liye) (دوڑ|آ|بھاگ|daud|aa|bhaag)",
        # threats now: "دھمکی دے رہا ہے", "dhamkiyan de raha hai"
        (
            r"(دھمکی|دھمکیاں|dhamki|dhamkiyan) {gap1}(دے رہا|دے رہی|دے رہے|دیتا ہے|دیتی ہے|"
            r"بھیج رہا|مل رہی|de raha|de rahi|de rahe|deta hai|deti hai|bhej raha|mil rahi)"
        ),
        r"(دھمکا|dhamka) (رہا|رہی|rahi|raha)",
        # coming now: "وہ یہاں آ رہا ہے", "bachao wo aa gaya"
        (
            r"(یہاں|ادھر|گھر|میرے پاس|میری طرف|yahan|idhar|ghar|mere paas|meri taraf) {gap1}(آ رہا|"
            r"آ رہی|آ رہے|آنے والا|پہنچ رہا|پہنچنے والا|آ گیا|پہنچ گیا|aa raha|a raha|aa rahi|"
            r"aane wala|pohanch raha|aa gaya|pahunch gaya){notpast}"
        ),
        r"{he} (آ گیا|آ گئی|پہنچ گیا|aa gaya|a gaya|aa gya|pohanch gaya|pahunch gaya){notpast}",
        r"(بچاؤ|بچاو|bachao|bachaao|bachalo|bacha lo)",
        # not safe: "میں محفوظ نہیں ہوں", "خطرے میں ہوں"
        r"(محفوظ|mehfooz|safe) (نہیں|nahi)",
        (
            r"(میں|میری جان|ہم|ہماری جان|میری زندگی|main|meri jaan|hum|hamari jaan|"
            r"meri zindagi) {gap1}(خطرے|khatre) (میں|mein|me)(?! (نہیں|nahi))"
        ),
        r"(جان|jaan) (کو )?(خطرہ|khatra)",
        r"(گھر|دروازے|مکان|فلیٹ|ghar|darwaze|makan|flat) (کے|ke) (باہر|سامنے|bahar|samne) (ہے|ہیں|"
        r"آ گیا|آگیا|hai|hain|aa gaya|a gaya){notpast}",
        # The present tells of abuse that goes on: "میرا شوہر مجھے مارتا ہے".
        r"{he} (مجھے|ہمیں|mujhe|humein|hamein) (مارتا|مارتی|مارتے|پیٹتا|پیٹتی|marta|marti|marte|"
        r"peetta|pitta|peet ta) (ہے|ہیں|hai|hain)",
        r"(گھر|ghar) (واپس |wapas )?(جانے|jane|jaane) (سے|se) (ڈر|خوف|dar|darr|khauf) (لگتا|لگتی|"
        r"lagta|lagti|لگ رہا|lag raha)",
    ),
    child=(
        # a child who took someone else's medicine: "بیٹے نے ابو کی دوائیاں کھا لی ہیں"
        (
            r"{kid_obj} (نے|ne) (ابو|امی|دادی|نانی|دادا|نانا|میری|میرے|abbu|ammi|dadi|nani|dada|"
            r"nana|meri|mere|papa|mama) (کی|کے|ki|ke) {gap1}{pills} {gap1}{ate}"
        ),
        # "بچہ نہیں مل رہا" (the child cannot be found)
        r"{kid} {gap}(نہیں|nahi) (مل|mil) (رہا|رہی|رہے|raha|rahi|rahe)",
        (
            r"(کسی نے|kisi ne|کوئی|koi|kuch log|کچھ لوگ) {gap1}{kid_obj} (کو|ko) {gap}(اٹھا لیا|"
            r"اٹھا لے گیا|"
            r"utha liya|utha le gaya|le gaya|لے گیا|agwa|اغوا)"
        ),
        # meeting an adult met online; shut in a car
        (
            r"{kid} {gap5}(internet|انٹرنیٹ|online|آن لائن|tiktok|ٹک ٹاک|instagram|انسٹاگرام|"
            r"snapchat|ajnabi|اجنبی) {gap5}(milne|ملنے|mil rahi|مل رہی|ja rahi|جا رہی|ke paas|"
            r"کے پاس)"
        ),
        (
            r"{kid} {gap5}(milne|ملنے) {gap5}(internet|انٹرنیٹ|online|آن لائن|tiktok|ٹک ٹاک|"
            r"instagram|انسٹاگرام|ajnabi|اجنبی|bare aadmi|بڑے آدمی)"
        ),
        (
            r"{kid} {gap1}(gaari|گاڑی|car|کار|kamre|کمرے|bathroom|باتھ روم) (mein|میں) (band|بند|"
            r"lock|qaid|قید) (hai|ہے|ho gaya|ہو گیا|ho gayi|ہو گئی)"
        ),
        # shaking or throwing a baby: "bache ko zor se hila raha hai"
        (
            r"{kid_obj} (کو|ko) {gap}(ہلا|جھنجھوڑ|جھٹک|پٹخ|پھینک|hila|jhanjhor|jhatak|patakh|"
            r"phenk) {gap1}(رہا|رہی|raha|rahi)"
        ),
        # missing: "میرا بچہ گم ہو گیا ہے", "بیٹی صبح سے لاپتہ ہے", "beta kal se ghayab hai"
        (
            r"{kid} {gap}(گم|لاپتہ|غائب|غایب|کھو|gum|lapata|ghayab|kho) (ہو گیا|ہو گئی|ہو گئے|گیا|"
            r"گئی|گئے|ہے|ہیں|ho gaya|ho gayi|ho gaye|gaya|gayi|hai|hain){notpast}"
        ),
        (
            r"{kid} {gap}(گھر|واپس|ghar|wapas) {gap1}(نہیں|nahi) (آیا|آئی|آئے|آیی|لوٹا|لوٹی|پہنچا|"
            r"پہنچی|aya|aaya|ayi|aayi|aaye|pohncha|pahuncha|pohnchi|lauta|lauti)"
        ),
        (
            r"{kid} {gap}(فون|کال|phone|call) {gap1}(نہیں|nahi) (اٹھا|سن|utha|sun|uthati|uthata|"
            r"اٹھاتی|اٹھاتا)"
        ),
        r"{kid} {gap5}(پتا|پتہ|pata) (نہیں|nahi) (کہاں|کدھر|kahan|kidhar)",
        (
            r"{kid_obj} (کے|ke|کی|ki) (سر|منہ|چہرے|پیٹ|sar|munh|chehre|pet) (پر|پہ|pe|par|میں|"
            r"mein) "
            r"(مار|پیٹ|maar|peet) {gap1}(رہا|رہی|raha|rahi)"
        ),
        # chased: "چھری لے کر بیٹے کے پیچھے بھاگ رہا ہے"
        (
            r"{kid_obj} (کے|ke) (پیچھے|peeche) (بھاگ|دوڑ|پڑا|bhaag|daud|para) {gap1}(رہا|رہی|raha|"
            r"rahi)"
        ),
        # taken: "وہ بچوں کو لے گیا", "usne mere bete ko utha liya", "بیٹی کو اغوا کر لیا"
        (
            r"{kid_obj} (کو|ko) (کوئی |koi |کسی نے |kisi ne |وہ |woh |اس نے |usne )?(اٹھا کر |"
            r"اٹھا کے |utha kar |"
            r"utha ke )?(لے گیا|لے گئی|لے گئے|لے کر بھاگ|لے کے بھاگ|لیکر بھاگ|اٹھا لیا|"
            r"اٹھا لے گیا|اغوا|چھین|le gaya|le gayi|le gaye|le kar bhaag|le ke bhaag|lekar bhaag|"
            r"utha liya|utha le gaya|agwa|aghwa|kidnap|chheen|cheen)"
        ),
        (
            r"(کبھی|دوبارہ|kabhi|dobara) (نہیں|nahi|na) (دیکھو|دیکھ|مل|ملو|dekho|dekh|dekhogi|mil|"
            r"milogi)"
        ),
        # hurt now: "وہ میرے بیٹے کو مار رہا ہے", "meri beti ko maarta hai"
        (
            r"{kid_obj} (کو|ko) {gap1}(مار|پیٹ|جلا|زخمی|چھیڑ|مارتا|مارتی|پیٹتا|maar|mar|peet|pit|"
            r"jala|zakhmi|chhed|maarta|marta|peetta) {gap1}(رہا|رہی|رہے|ہے|ہیں|دے گا|ڈالے گا|raha|"
            r"rahi|rahe|hai|hain|dega|dalega){notpast}"
        ),
        # with someone drunk: "بیٹی اس کے ساتھ ہے اور وہ نشے میں ہے"
        (
            r"{kid} (اس کے|ان کے|uske|us ke|unke) (ساتھ|پاس|sath|saath|paas) {gap5}(نشے|نشہ|شراب|"
            r"nashe|nasha|sharab|drunk|tuli)"
        ),
        (
            r"{kid} {gap5}(نشے میں|نشہ کیا|نشے کی حالت|شراب پی|پی کر|پیا ہوا|nashe mein|nasha kiya|"
            r"sharab pi|pi kar|piya hua|drunk|tuli)"
        ),
        # in danger: "میرا بچہ خطرے میں ہے", "bache mehfooz nahi hain"
        r"{kid} {gap1}(خطرے|khatre) (میں|mein|me)(?! (نہیں|nahi))",
        r"{kid} {gap1}(محفوظ|mehfooz|safe) (نہیں|nahi)",
    ),
    medical=(
        # "falij ka attack hua hai", "jhatke lag rahe hain"
        (
            r"(falij|فالج|heart|ہارٹ|dil|دل) {gap1}(attack|اٹیک|daura|دورہ) (hua|ہوا|aaya|آیا|para|"
            r"پڑا)( hai| ہے)?{notpast}"
        ),
        r"(جھٹکے|jhatke|dauray|دورے|fits) (lag|لگ|par|پڑ|aa|آ) (rahe|رہے)",
        # a fall from a height; struggling to breathe
        (
            r"(کھڑکی|چھت|سیڑھی|سیڑھیوں|بالکونی|khidki|chhat|seerhi|seedhi|balcony) (سے|se) (گر|"
            r"gir) (گیا|گئی|گیی|پڑا|پڑی|gaya|gayi|para|pari)"
        ),
        (
            r"(سانس|saans) (لینے|lene) (میں|mein|me) {gap1}(مشکل|دقت|تکلیف|mushkil|dikkat|takleef|"
            r"problem)"
        ),
        # not breathing: "سانس نہیں لے رہا", "saans nahi le raha", "سانس نہیں چل رہی"
        r"(سانس|saans) {gap1}(نہیں|nahi|na) (لے|چل|آ|le|chal|aa|a)",
        (
            r"(سانس|saans) (رک|اکھڑ|اٹک|بند|ruk|ukhar|atak|band) {gap1}(گئی|گیا|رہی|رہا|ہے|gayi|"
            r"gaya|rahi|raha|hai){notpast}"
        ),
        # too many pills: "ساری گولیاں کھا لیں", "goliyan zyada kha li hain", "دوا کا پورا پتہ"
        r"{many} {gap}{pills} {gap}{ate}",
        r"{pills} {gap1}{many} {gap1}{ate}",
        r"(اوور ڈوز|اوورڈوز)",  # "overdose" in Latin letters is read by the English lexicon
        r"(خالی|khali|khaali) (پتے|پتا|پتہ|ڈبیاں|ڈبی|patte|dabbi|dabbiyan)",
        # unconscious: "بے ہوش", "ہوش میں نہیں آ رہی", "uth nahi raha"
        r"(بے ہوش|بیہوش|بےہوش|behosh|be hosh){notpast}",
        r"(ہوش|hosh) {gap1}(نہیں|nahi|na) (آ|aa|a)",
        r"(اٹھ|جاگ|ہل|uth|jaag|jag|hil) (نہیں|nahi|na) (رہا|رہی|رہے|پا رہا|raha|rahi|rahe|pa raha)",
        (
            r"(گر|gir) (گیا|گئی|گئیں|گئے|پڑا|پڑی|gaya|gayi|gaye|gai|pada|pari) {gap}(بول|ہل|جواب|"
            r"سانس|آنکھ|bol|hil|jawab|saans|aankh) {gap1}(نہیں|nahi|na) (رہا|رہی|رہیں|رہے|دے رہا|"
            r"دے رہی|کھول|raha|rahi|rahe|de raha|de rahi|khol)"
        ),
        # bleeding: "خون نہیں رک رہا", "بہت خون بہہ رہا ہے"
        r"(خون|khoon) {gap1}(نہیں|nahi|na) (رک|تھم|ruk|tham)",
        # swallowed something, chest pain, turning blue
        (
            r"(battery|بیٹری|cell|سیل|sikka|سکہ|magnet|مقناطیس|bleach|بلیچ|tezab|تیزاب|phenyl|"
            r"فینائل|"
            r"کیڑے مار|keere maar|zehar|زہر) {gap1}(nigal|نگل|kha|کھا|pi|پی) (li|liya|lia|لی|لیا|"
            r"gaya|"
            r"gayi|گیا|گئی|گیی)"
        ),
        r"(سینے|seene|seenay|chest) (میں|mein|me) (درد|dard|pain)",
        (
            r"(نیلے|نیلی|نیلا|neele|neeli|neela|nile|nila) (پڑ|par|pad|ہو|ho) {gap1}(رہے|رہی|رہا|"
            r"گئے|"
            r"گئی|گیا|گیی|rahe|rahi|raha|gaye|gayi|gaya)"
        ),
        r"(خون|khoon) {gap1}(بہہ|بہ|نکل|beh|bah|nikal) {gap1}(رہا|رہی|raha|rahi)",
        # other emergencies: ambulance, heart attack, fits
        (
            r"(ایمبولینس|ایمبولنس|ریسکیو|ambulance|rescue|1122|999) {gap1}(بلاؤ|بلاییں|بلوائیں|"
            r"بلوایں|منگواؤ|کال کرو|بلا لو|بھیجو|بھیجیں|bulao|bulaen|bulayen|bulwao|mangwao|"
            r"call karo|bula lo|bhejo|bhejein)"
        ),
        (
            r"(دل کا دورہ|دورہ|دورے|ہارٹ اٹیک|فالج|مرگی|dil ka daura|daura|dauray|dore|"
            r"heart attack|falij|mirgi|fits) {gap1}(پڑا|پڑ|پڑے|پڑ رہے|پڑ گیا|آیا|ہوا|para|pada|"
            r"par rahe|pad rahe|pad gaya|aaya|aya|hua){notpast}"
        ),
    ),
    ignore=(
        # "mujhe nahi dhoond sakta" (he cannot find me)
        r"(نہیں|nahi|na|نہ) (ڈھونڈ|ڈھونڈھ|تلاش|dhoond|dhund|dhoondh|talash)",
        # thoughts told in the past: "خودکشی کے خیالات آتے تھے"
        r"(خودکشی|خود کشی|khudkushi) {gap5}(تھے|تھا|تھی|the|tha|thi)",
        # past thoughts told as past: "pehle khudkushi ke khayal aate the"
        (
            r"(پہلے|pehle|kabhi|کبھی) {gap5}(خودکشی|khudkushi|مرنے|marne) {gap5}(تھے|تھا|تھی|the|"
            r"tha|thi)"
        ),
        # negations: "میں خودکشی نہیں کروں گی", "khudkushi ke khayal nahi aate"
        (
            r"(خودکشی|خود کشی|khudkushi) (نہیں|nahi|na) (کروں|کرونگی|کرونگا|کرنی|کرنا|karungi|"
            r"karunga|karun|karni|karna)( گی| گا)?"
        ),
        r"(خودکشی|خود کشی|khudkushi) (کرنے|karne) (والی|والا|والے|wali|wala|wale) (نہیں|nahi)",
        (
            r"(خودکشی|خود کشی|khudkushi) (کے|کا|کی|ke|ka|ki) (کوئی |koi )?(خیال|خیالات|سوچ|khayal|"
            r"khayalat|"
            r"soch) (نہیں|nahi)"
        ),
        (
            r"(کبھی|kabhi) {gap1}(خودکشی|خود کشی|khudkushi) {gap1}(سوچا|سوچی|socha|sochi) (بھی |"
            r"bhi )?(نہیں|nahi)"
        ),
        # idioms of heat, hunger, laughter: "گرمی سے مر جاؤں گی"
        (
            r"(گرمی|سردی|بھوک|ہنسی|شرم|تھکن|garmi|sardi|bhook|hansi|sharam|thakan) (سے|کے مارے|se|"
            r"ke mare) (مر|mar)"
        ),
        # lost things, not a child: "bete ka phone gum ho gaya"
        r"(فون|موبائل|بٹوہ|چابی|بیگ|پرس|phone|mobile|batwa|chabi|bag|purse) {gap1}(گم|کھو|gum|kho)",
    ),
    past=(
        r"(خواب|khwab|khuwab|sapne|sapna|سپنے|سپنا)",
        r"(کہتا|کہتی|kehta|kehti|bolta|bolti|بولتا|بولتی) (تھا|تھی|tha|thi)",
        r"(jab|جب) (hum|ہم|main|میں) {gap1}(the|tha|thi|تھے|تھا|تھی)",
        r"(19|20)\d\d",
        r"(پچھلے|گزشتہ|pichle|guzishta) (سال|مہینے|ہفتے|saal|mahine|hafte)",
        (
            r"((0|1|2|3|4|5|6|7|8|9)(0|1|2|3|4|5|6|7|8|9)?|دو|تین|چار|چند|کئی|کیی|کچھ|do|teen|"
            r"chaar|chand|kai|kuch) (سال|مہینے|ہفتے|برس|saal|mahine|hafte|baras) (پہلے|pehle)"
        ),
        r"(اس|us) (رات|دن|raat|din)",
        r"(عدالت|کورٹ|کچہری|adalat|court) (میں|نے|mein|me|ne)",
        r"(سزا|saza) (ہوئی|ہویی|ملی|سنائی|سنایی|hui|mili|sunai)",
        r"(جیل|jail) (ہوئی|ہویی|گیا|بھیجا|hui|gaya|bheja)",
    ),
    # Words that fix the time to now. "جلدی" (quickly) is left out: a story says it too
    # ("ambulance jaldi aa gayi thi").
    now=(
        (
            r"(ابھی|ابھی ابھی|اس وقت|آج|آج رات|فوراً|فورا|پھر سے|دوبارہ|اب|abhi|is waqt|aaj|"
            r"aaj raat|foran|fauran|phir se|dobara)"
        ),
    ),
    words={
        # Roman Urdu has no fixed spelling: the common variants, each to one form
        "hoon": "hun",
        "hu": "hun",
        "hoo": "hun",
        "nhi": "nahi",
        "nai": "nahi",
        "nahin": "nahi",
        "nahee": "nahi",
        "nhn": "nahi",
        "mujhay": "mujhe",
        "mjhe": "mujhe",
        "mje": "mujhe",
        "mujhy": "mujhe",
        "mujhko": "mujhe",
        "krta": "karta",
        "krti": "karti",
        "kr": "kar",
        "krna": "karna",
        "krne": "karne",
        "chahati": "chahti",
        "chaahti": "chahti",
        "chahata": "chahta",
        "chaahta": "chahta",
        "rha": "raha",
        "rhi": "rahi",
        "rhe": "rahe",
        "rahy": "rahe",
        "wo": "woh",
        "wuh": "woh",
        "vo": "woh",
        "voh": "woh",
        "jina": "jeena",
        "jeenay": "jeene",
        "jine": "jeene",
        "zindah": "zinda",
        "rahna": "rehna",
        "khatm": "khatam",
        "khtm": "khatam",
        "khudkashi": "khudkushi",
        "khudkushee": "khudkushi",
        "khudkhushi": "khudkushi",
        "khudkshi": "khudkushi",
        "khudkushy": "khudkushi",
        "goliya": "goliyan",
        "golian": "goliyan",
        "goliyaan": "goliyan",
        "sans": "saans",
        "khun": "khoon",
        "chaaku": "chaku",
        "chakku": "chaku",
        "chaqu": "chaku",
        "churi": "chhuri",
        "picha": "peecha",
        "peicha": "peecha",
        "pecha": "peecha",
        "peechha": "peecha",
        "pichha": "peecha",
        "mehfuz": "mehfooz",
        "mahfooz": "mehfooz",
        "mahfuz": "mehfooz",
        "mehfoz": "mehfooz",
        "bahut": "bohat",
        "bohot": "bohat",
        "bhot": "bohat",
        "bht": "bohat",
        "zahar": "zehar",
        "zeher": "zehar",
        "zehr": "zehar",
        "behoosh": "behosh",
        "dhamkee": "dhamki",
        "dhamkian": "dhamkiyan",
        "dhamkiya": "dhamkiyan",
        "bachcha": "bacha",
        "bachaa": "bacha",
        "bachay": "bache",
        "bachey": "bache",
        "bachche": "bache",
        "bachun": "bachon",
        "bachoon": "bachon",
        "darvaza": "darwaza",
        "darwaaza": "darwaza",
        "drwaza": "darwaza",
        "darwazay": "darwaze",
        "baahar": "bahar",
        "khada": "khara",
        "khra": "khara",
        "khadi": "khari",
        "khade": "khare",
        "gayab": "ghayab",
        "ghaib": "ghayab",
        "ghaaib": "ghayab",
        "laapata": "lapata",
        "lapta": "lapata",
        "ambulence": "ambulance",
        "ambulans": "ambulance",
        "jaongi": "jaungi",
        "jaoongi": "jaungi",
        "jaonga": "jaunga",
        "jaoonga": "jaunga",
        "doonga": "dunga",
        "doongi": "dungi",
        "loonga": "lunga",
        "loongi": "lungi",
        "dayga": "dega",
        "maarna": "marna",
        "mrna": "marna",
        "pohnch": "pohanch",
        "pahunch": "pohanch",
    },
    fuzzy=("خودکشی", "khudkushi", "ایمبولینس", "ambulance", "behosh"),
    macros={
        # a present or future wish: chahta/chahti hun, chah raha/rahi hun
        "want": r" ?(چاہتا|چاہتی|چاہتے|چاہ رہا|چاہ رہی|chahta|chahti|chahte|chah raha|chah rahi)",
        # the match is not told in the past: no "تھا/تھی/تھے" (was) right after it
        "notpast": r"(?! (?:[^ ]+ )?(?:تھا|تھی|تھے|تھیں|tha|thi|the|thin)(?: |$))",
        "he": (
            r"(وہ|woh|شوہر|سابق شوہر|میاں|shohar|shauhar|miyan|husband|ex|boyfriend|منگیتر|"
            r"mangetar|کوئی|koi|بھائی|bhai)"
        ),
        "weapon": (
            r"(چاقو|چھری|چھرا|پستول|بندوق|ریوالور|تلوار|کلہاڑی|ڈنڈا|راڈ|ہتھیار|اسلحہ|تیزاب|chaku|"
            r"chhuri|chura|pistol|bandook|banduk|gun|revolver|talwar|kulhari|danda|rod|hathyar|"
            r"hathiyar|tezab|knife|blade)"
        ),
        "kid": (
            r"((میرا|میری|میرے|ہمارا|ہماری|ہمارے|mera|meri|mere|hamara|hamari|hamare) )?(بچہ|بچے|"
            r"بچی|بچیاں|بچوں|بیٹا|بیٹے|بیٹی|بیٹیاں|منا|منی|گڑیا|لڑکا|لڑکی|پوتا|پوتی|نواسا|نواسی|"
            r"bacha|bache|bachi|bachon|beta|bete|beti|betiyan|munna|munni|larka|larki|ladka|ladki|"
            r"pota|poti|nawasa|nawasi|baby)"
        ),
        "kid_obj": (
            r"((میرے|میری|ہمارے|ہماری|mere|meri|hamare|hamari) )?(بچے|بچی|بچوں|بیٹے|بیٹی|بیٹوں|"
            r"بیٹیوں|منے|منی|bache|bachi|bachon|bete|beti|beton|betiyon)"
        ),
        "many": (
            r"(ساری|سب|بہت سی|بہت ساری|بہت|زیادہ|پوری|پورا|ڈھیر|مٹھی بھر|saari|sari|sab|bohat si|"
            r"bohat saari|bohat|zyada|ziada|zyaada|poori|puri|poora|pura|dher)"
        ),
        "pills": (
            r"(گولیاں|گولی|دوائی|دوا|دوائیاں|پتہ|پتا|پتے|ٹیبلٹس|ٹیبلیٹ|goliyan|goli|dawai|dawa|"
            r"dawaiyan|patta|tablets|tablet|pills|panadol)"
        ),
        "ate": (
            r"(کھا لی|کھا لیں|کھا لیا|کھا گئی|کھا گیا|نگل|لے لی|لے لیں|کھالی|کھالیں|kha li|"
            r"kha lein|kha lin|kha liya|kha gayi|kha gaya|nigal|le li|le lin|kha legi|kha lega|"
            r"kha lungi|kha lunga|کھا لے گی|کھا لے گا|کھا لوں گی|کھا لوں گا)"
        ),
    },
    fold={
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ه": "ہ",
        "ة": "ہ",
        "ۃ": "ہ",
        "ۂ": "ہ",
        "ۓ": "ے",
    },
    strip_marks=True,
)
