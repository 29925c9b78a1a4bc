"""Crisis signs in Bengali: standard (West Bengal) and Bangladeshi colloquial forms, and Banglish.

Why these forms: Bengali fuses tense into the verb, so the patterns list the present
continuous (মারছে, and the Dhaka মারতেছে/মারতাছে), the future (করব, করবো, and the
Bangladeshi করমু/যামু), the perfect just done (খেয়েছে, খাইছে, খেয়ে ফেলেছি) and "want to"
(মরতে চাই), and leave out the remote past (-েছিল: দিয়েছিল, গিয়েছিলাম) and the habitual
past (মারত, করতাম), which the `past` markers also catch. Many people in Britain write
Bengali in Latin letters, so each pattern carries the usual Banglish spellings too.
On phones the chandrabindu is often dropped (বাঁচতে → বাচতে), য় and ড় come with or without
a separate nukta, and long and short i/u, ষ/শ and ণ/ন are confused; all of these are folded
in text and patterns alike. Zero-width joiners, which some keyboards insert, are dropped.

Left out: "সাহায্য" (help) alone, since people ask for help with the form; "জ্ঞান নেই"
(no consciousness), because it also means "I know nothing about it"; "আসছে" (is coming)
after a question word, since "সে কি মিটিংয়ে আসছে?" asks about the meeting; bare "এখন" (now)
as a `now` marker, since "আগে হুমকি দিত, এখন বদলে গেছে" (he used to, now he has changed) tells
of the past; "এখনই" (right now) and "এখনো" (still) are kept.
"""

from dialogues.crisis.languages.pa import INDIC_FOLD
from dialogues.crisis.lexicon import Lexicon

LEXICON = Lexicon(
    language="bn",
    suicide=(
        # Sleep and never wake; fire.
        r"(আর|কখনো|কোনোদিন|ar|r|kokhono) (উঠব|উঠবো|জাগব|জাগবো|উঠমু|uthbo|jagbo|uthmu) (না|na)",
        (
            r"{many} {gap} {pills} (খেয়ে|খাইয়া|kheye|khaiya) (ঘুমিয়ে|ঘুমাইয়া|মরে|মইরা|"
            r"ghumiye|more|moira)"
        ),
        (
            r"{self} {gap1} (আগুন|কেরোসিন|agun|kerosin) (দিয়ে দিব|দিয়ে দেব|দেব|দেবো|দিব|"
            r"দিবো|দিমু|দিবে|লাগাব|লাগাবো|লাগিয়ে দেব|diye dibo|debo|dibo|dimu|dibe|lagabo)"
        ),
        # "I want to die", "I will die", "better if I died".
        (
            r"(মরে|মইরা|মরা|more|moira|mora) (যেতে|যাইতে|jete|jaite) (চাই|ইচ্ছে|ইচ্ছা|মন|"
            r"chai|icche|iccha|ichha|mon)(?! (না|নাই|na|nai))"
        ),
        (
            r"(মরতে|মরার|মরবার|morte|morar) (চাই|ইচ্ছে|ইচ্ছা|মন|chai|icche|iccha|ichha|"
            r"mon)(?! (না|নাই|na|nai))"
        ),
        (
            r"(মরে|মইরা|more|moira) (যাব|যাবো|যামু|যাবই|যাই|যাইতাম|যেতাম|jabo|jamu|jai|"
            r"jaitam|jetam)(?! (না|নাই|na|nai))"
        ),
        (
            r"(মরে|মইরা|more|moira) (গেলেই|যাওয়াই|যাওয়া|যাওয়াটাই|gelei|jawai|jaoai|"
            r"jaoa) (ভালো|ভাল|ভালো হবে|bhalo|valo)"
        ),
        (
            r"(মরে যাওয়া|মরে যাওয়াই|মরা|মইরা যাওয়া|more jawa|more jaoa|mora) (উচিত|"
            r"দরকার|uchit|dorkar)"
        ),
        r"(আমি|ami) {gap1} (মরব|মরবো|মরমু|মরুম|morbo|mormu|morum)(?! (না|নাই|na|nai))",
        # "I don't want to live any more", "no point living", "she won't live".
        (
            r"(বাঁচতে|বেঁচে থাকতে|বাইচা থাকতে|bachte|baachte|beche thakte|"
            r"baicha thakte) (আর |r |ar )?((চাই|ইচ্ছে করে|ইচ্ছা করে|ইচ্ছে করছে|ইচ্ছা করছে|"
            r"ইচ্ছে হয়|ইচ্ছা হয়|মন চায়|মন চাইছে|chai|icche kore|iccha kore|icche korche|"
            r"iccha korche|mon chay|mon chaiche) (না|নাহ|na)|চাইনা|chaina)"
        ),
        (
            r"(বেঁচে|বাইচা|beche|bechhe|baicha) (থেকে|থাকার|থাকতে|theke|thakar|"
            r"thakte) {gap} (লাভ|মানে|ইচ্ছে|ইচ্ছা|কারণ|অর্থ|labh|lav|mane|icche|iccha|"
            r"karon) (নেই|নাই|nei|nai)"
        ),
        (
            r"(বাঁচার|বাচার|bachar) {gap1} (ইচ্ছে|ইচ্ছা|কারণ|মানে|icche|iccha|karon|"
            r"mane) (নেই|নাই|nei|nai)"
        ),
        r"(আর|r|ar) (বাঁচবে|বাঁচব|বাঁচবো|বাঁচুম|বাঁচমু|bachbe|bachbo|bachmu) (না|na)",
        (
            r"(দুনিয়া|দুনিয়ায়|দুনিয়াতে|পৃথিবী|পৃথিবীতে|এই জীবনে|duniya|duniyay|"
            r"prithibi|prithibite) {gap1} (থাকতে|বাঁচতে|থাকব|থাকবো|thakte|thakbo|"
            r"bachte) (চাই না|চাইনা|না|chai na|chaina|na)"
        ),
        (
            r"(দুনিয়া|দুনিয়াটা|পৃথিবী|duniya|prithibi) (থেকে|ছেড়ে|theke|chhere|"
            r"chere) {gap1} (চলে যেতে|চলে যাব|চলে যাবো|চলে যামু|বিদায় নিতে|বিদায় নেব|"
            r"chole jete|cole jete|chole jabo|chole jamu|biday nite)"
        ),
        (
            r"(চলে যেতে চাই|চলে যাব|চলে যাবো|চলে যামু|chole jete chai|chole jabo|"
            r"chole jamu) {gap1} (দুনিয়া|পৃথিবী|duniya|prithibi) (থেকে|ছেড়ে|theke|chhere)"
        ),
        (
            r"(আমাকে|আমারে|আমি|amake|amare|ami) (ছাড়া|না থাকলে|না থাকলেই|মরে গেলে|chara|"
            r"chhara|na thakle|more gele) {gap} (ভালো|ভাল|সুখে|শান্তিতে|bhalo|valo|sukhe|"
            r"shantite)"
        ),
        # Suicide named with an act or a plan; thinking about it (not "I am not thinking").
        r"{sui} (কর|kor)[^ ]*(?! (না|নাই|নি|na|nai|ni))",
        (
            r"{sui} (কথা|চিন্তা|katha|kotha|chinta) (ভাবছি|ভাবতেছি|ভাবি|মাথায় আসছে|আসছে|"
            r"করছি|bhabchi|bhabtesi|bhabi|asche|korchi)(?! (না|নাই|na|nai))"
        ),
        # Self as object: kill, end, harm, cut.
        (
            r"{self} (শেষ|খতম|sesh|shesh|khotom|khatam) (করে|কইরা|kore|koira) (দেব|দেবো|"
            r"দিব|দিবো|দিমু|দিতে|দিবে|দেবে|দিবেন|ফেলব|ফেলবো|ফালামু|ফেলতে|ফেলবে|debo|dibo|"
            r"dimu|dite|dibe|debe|felbo|falamu|felte|felbe)"
        ),
        (
            r"(সব|সবকিছু|সব কিছু|জীবনটা|জীবন|shob|sob|sobkichu|shobkichu|jibon|"
            r"jibonta) (শেষ|খতম|shesh|sesh|khotom) (করে|কইরা|kore|koira) (দেব|দেবো|দিব|"
            r"দিবো|দিমু|দিতে চাই|ফেলব|ফেলবো|ফালামু|debo|dibo|dimu|dite chai|felbo|falamu)"
        ),
        r"(জীবন|জীবনটা|jibon|jibonta) {gap1} (টানতে|বইতে|চালাতে|tante|boite) {cant}",
        (
            r"(আর|ar|r) (বাঁচতে|বেঁচে থাকতে|bachte|beche thakte) ({cant}|পারব না|পারবো না|"
            r"পারমু না|parbo na|parmu na)"
        ),
        (
            r"(নিজের|নিজেরে|nijer|nijere) (জীবন|জীবনটা|প্রাণ|jibon|jibonta|pran) (শেষ|খতম|"
            r"sesh|shesh|khotom) (করে|কইরা|kore|koira) (দেব|দেবো|দিব|দিবো|দিমু|দিবে|দেবে|"
            r"ফেলব|ফেলবে|দিতে|debo|dibo|dimu|dibe|debe|felbo|felbe|dite)"
        ),
        (
            r"(আজ|আজকে|আজকেই|আজই|আজ রাতেই|aj|ajke|ajkei) (সব|সবকিছু|sob|shob|"
            r"sobkichu) (শেষ|খতম|sesh|shesh|khotom)(?! (হয়ে|হলো|হল|হবে|hoye|holo|hobe))"
        ),
        (
            r"(রেললাইন|রেললাইনে|রেল লাইনে|লাইনে|rail line|rail line e|"
            r"line e) {gap1} (শুয়ে|শুইয়া|shuye|shuiya) (পড়ব|পড়বো|পড়মু|থাকব|porbo|"
            r"pormu|thakbo)"
        ),
        (
            r"{self} (মেরে|মাইরা|mere|maira) (ফেলব|ফেলবো|ফালামু|ফেলবে|ফেলবেন|ফেলতে|ফেলি|"
            r"ফেলার|ফালাইবো|দেব|felbo|felbe|falamu|felte|feli|falaibo)"
        ),
        r"{self} (খুন|khun) (করব|করবো|করমু|করবে|করতে|korbo|kormu|korbe|korte)",
        (
            r"{harm} (করছি|করতেছি|করতাছি|করব|করবো|করমু|করে ফেলব|দিচ্ছি|দিতেছি|দিব|দিবো|দেব|"
            r"দিমু|korchi|kortesi|kortechi|korbo|kormu|dicchi|ditesi|dibo|debo|"
            r"dimu)(?! (না|na))"
        ),
        (
            r"{harm} (করতে|দিতে|korte|dite) (চাই|ইচ্ছে|ইচ্ছা|মন|chai|icche|iccha|"
            r"mon)(?! (না|নাই|na|nai))"
        ),
        (
            r"(হাত|কব্জি|রগ|শিরা|hat|haat|kobji|rog|shira) (কাটছি|কাটতেছি|কাটতাছি|কাটছে|"
            r"কাটতেছে|কাটতাছে|কেটেছে|কেটে ফেলেছে|কাটবে|katche|ketese|kateche|katbe|কাটব|"
            r"কাটবো|কাটমু|কেটে ফেলব|কেটে ফেলেছি|কেটে দিব|কাটলাম|কেটেছি|কাইটা ফালামু|katchi|"
            r"katbo|katmu|kete felechi|kete felbo|katlam|ketechi)"
        ),
        (
            r"(ব্লেড|blade) (দিয়ে|দিয়া|diye|diya) {gap1} (কাটছি|কাটতেছি|কাটব|কাটবো|"
            r"কেটেছি|কাটলাম|katchi|katbo|ketechi|katlam)"
        ),
        (
            r"(নিজের|nijer) (গলা|gola|gala) (টিপে|চেপে|tipe|chepe) (দিই|দেব|দিব|দিবো|ধরি|"
            r"dii|debo|dibo|dhori)"
        ),
        # Hanging, jumping, poison to come.
        (
            r"(গলায়|golay|galay|golai) (দড়ি|ফাঁস|dori|dori|fash|phash) (দেব|দেবো|দিব|"
            r"দিবো|দিমু|দিতে|দিয়ে|দিবে|দেবে|দিবেন|debo|dibo|dimu|dite|diye|dibe)"
        ),
        (
            r"(ফাঁস|ফাঁসি|fashi|phashi|fash) (দেব|দিব|দিবো|দিমু|দিবে|দেবে|নেব|নিব|নিবো|"
            r"নিমু|নিবে|নেবে|লাগাব|লাগাবো|দিতে|নিতে|dibe|nibe|debo|dibo|dimu|nebo|nibo|"
            r"nimu|dite|nite)"
        ),
        (
            r"(ছাদ|ছাদের|ছাদ থেকে|ব্রিজ|সেতু|নদী|নদীতে|ট্রেন|ট্রেনের|বিল্ডিং|chad|chhad|"
            r"chader|bridge|nodi|train|building) {gap} (লাফ|ঝাঁপ|laf|lafh|jhap|jhanp) (দেব|"
            r"দেবো|দিব|দিবো|দিমু|দিতে|দিবে|দেবে|দিবেন|দিবি|debo|dibo|dimu|dite|dibe|debe)"
        ),
        (
            r"{pills} {gap1} {many} (খেয়ে ফেলব|খেয়ে ফেলবো|খাইয়া ফালামু|খাব|খাবো|খামু|"
            r"গিলে ফেলব|kheye felbo|khaiya falamu|khabo|khamu|gile felbo)"
        ),
        (
            r"{many} {gap} {pills} {gap1} (খেয়ে ফেলব|খেয়ে ফেলবো|খাইয়া ফালামু|খাব|খাবো|"
            r"খামু|গিলে ফেলব|kheye felbo|khaiya falamu|khabo|khamu|gile felbo)"
        ),
        r"{poison} (খাব|খাবো|খামু|খেতে চাই|খাইতে চাই|khabo|khamu|khete chai|khaite chai)",
        (
            r"{poison} (খেয়ে|খাইয়া|kheye|khaiya) (মরব|মরবো|মরমু|মরে যাব|মরে যাবো|"
            r"মইরা যামু|morbo|mormu|more jabo|moira jamu)"
        ),
        # "I can't bear it any more": the plea English reads as "can't take it any more".
        r"(আর )?(সহ্য|সইতে) (করতে )?(পারছি না|পারি না|পারব না|পারছিনা|পারিনা)",
    ),
    danger=(
        # Strangled, locked in, not let out.
        (
            r"(গলা|gola|gala) (টিপে|চেপে|tipe|chepe) (ধরেছে|ধরেছিল|ধরছে|ধরে আছে|ধরতেছে|"
            r"dhoreche|dhorechilo|dhorche|dhore ache)"
        ),
        (
            r"{me} {gap1} (আটকে|আটকাইয়া|আটকায়ে|atke|atkaiya) (রেখেছে|রাখছে|রাখতেছে|"
            r"rekheche|rakhse|rakhche)"
        ),
        (
            r"(বের হতে|বাইর হইতে|বের হইতে|ber hote|bair hoite) (দিচ্ছে না|দেয় না|"
            r"দিতেছে না|দিতাছে না|dicche na|dey na|ditese na)"
        ),
        # "Today is your last day"; someone standing and watching me.
        r"(তোর|তোমার|tor|tomar) (শেষ|shesh|sesh|akhri|আখেরি) (দিন|din)",
        r"(তোর|তোমার|tor|tomar) (দিন|din) (শেষ|shesh|sesh)",
        (
            r"(দাঁড়িয়ে|দাঁড়াইয়া|বসে|daariye|dariye|daraiya|bose) {gap1} (আমাকে|আমারে|"
            r"আমার দিকে|amake|amare) (দেখছে|দেখতেছে|দেখতাছে|তাকিয়ে আছে|dekhche|dekhtese|"
            r"takiye ache)"
        ),
        # Things smashed, a hand raised, "threatened that...".
        r"(ভাঙচুর|ভাংচুর|ভাঙ্গচুর|bhangchur|vangchur) (করছে|করতেছে|করতাছে|korche|kortese|kortache)",
        (
            r"(গায়ে|গায়|gaye|gay) (হাত|hat|haat) (তুলছে|তুলতেছে|তুলতাছে|তুলেছে|tulche|"
            r"tultese|tultache|tuleche)"
        ),
        r"(হুমকি|humki) (দিয়েছে|দিছে|দিসে|দিল|দিলো|diyeche|dise|dilo) (যে|je)",
        r"(এসে|আইসা|ese|aisa) (মারবে|মারবো|মারব|খুন করবে|marbe|marbo|khun korbe)",
        # A weapon held now (আছে, never ছিল), shown, drawn, carried to the door.
        r"(হাতে|কাছে|সাথে|সঙ্গে|hate|haate|kache|sathe|songe) {weapon} (আছে|আছেরে|ache|ase|acche)",
        r"(হাতে|hate|haate) {weapon} (নিয়ে|নিয়া|niye|niya)",
        (
            r"{weapon} (নিয়ে|নিয়া|হাতে|niye|niya|haate|hate) {gap} (দাঁড়িয়ে|দাঁড়াইয়া|"
            r"আসছে|আসতেছে|ঘুরছে|ঘুরতেছে|বসে|অপেক্ষা|ঢুকেছে|ঢুকছে|আছে|daariye|dariye|"
            r"daraiya|asche|astese|ghurche|bose|opekkha|dhukeche|ache)"
        ),
        (
            r"{weapon} (দেখাচ্ছে|দেখাইতেছে|দেখাইতাছে|বের করেছে|বের করছে|বাইর করছে|তাক করে|"
            r"ধরে আছে|উঁচিয়ে|dekhacche|dekhaitese|ber koreche|ber korche|bair korse|"
            r"tak kore|dhore ache)"
        ),
        # Threats to kill, now or soon: আমাকে মেরে ফেলবে, তোকে খুন করব.
        # Being beaten to death now: "মাইরা ফালাইতেছে".
        (
            r"{me} (মেরে|মাইরা|mere|maira) (ফেলছে|ফেলতেছে|ফালাইতেছে|ফালাইতাছে|felche|"
            r"falaitese|falaitache)"
        ),
        (
            r"({me}|{you}) (জানে |প্রাণে |jane |prane )?(মেরে|মাইরা|mere|maira) (ফেলবে|"
            r"ফেলবো|ফালাইবো|ফালাইব|ফালাবে|ফেলব|ফেলবেন|দেবে|দিবে|ফেলতে চায়|felbe|felbo|"
            r"falaibo|falabe|dibe|debe)"
        ),
        (
            r"({me}|{you}) (খুন|শেষ|জানে মেরে|khun|sesh|shesh) (করে দিব|করে দিবো|করে দেব|"
            r"করে দেবো|কইরা দিমু|করে দিবে|করে দেবে|করে ফেলব|kore dibo|kore debo|koira dimu|"
            r"kore dibe|করবে|করে ফেলবে|কইরা ফালাইবো|কইরা ফেলবো|করবো|করব|করমু|ফেলবে|korbe|"
            r"kore felbe|koira falaibo|korbo|kormu|felbe)"
        ),
        (
            r"({me}|{you}) (জ্যান্ত|জীবিত|jyanto|jibito) (ছাড়বে না|ছাড়বো না|ছাড়ব না|"
            r"ছাড়মু না|charbe na|charbo na)"
        ),
        # Being beaten right now.
        (
            r"{me} (মারছে|মারতেছে|মারতাছে|মারতেসে|মারছিস|পেটাচ্ছে|পিটাচ্ছে|পিটাইতেছে|"
            r"পিটাইতাছে|মারধর করছে|মারধর করতেছে|গলা টিপে ধরেছে|marche|martese|martache|"
            r"martechhe|pitacche|petacche|pitaitese|mardhor korche)"
        ),
        (
            r"(সে|ও|উনি|লোকটা|se|o|uni) (মারছে|মারতেছে|মারতাছে|মারতেসে|পেটাচ্ছে|পিটাচ্ছে|"
            r"marche|martese|martache)"
        ),
        # Followed, waited for, at the door, inside, found.
        (
            r"(পিছু|পিছনে|পেছনে|পিছে|pichu|pichone|pechone|piche|pichhu) (নিচ্ছে|নিতেছে|"
            r"নিতাছে|আসছে|আসতেছে|লেগেছে|লাগছে|লাগছে|ঘুরছে|nicche|nitese|nitache|asche|"
            r"astese|legeche|lagche|ghurche)"
        ),
        r"(ফলো|follow|folo) (করছে|করতেছে|করতাছে|করতেসে|korche|kortese|kortache|kortechhe)",
        (
            r"(বাইরে|বাহিরে|দরজায়|দরজার সামনে|বাসার সামনে|বাড়ির সামনে|ঘরের সামনে|গেটে|"
            r"রাস্তায়|মোড়ে|নিচে|সিঁড়িতে|bahire|nice|niche|baire|bairer|dorjay|darjay|"
            r"basar samne|barir samne|gete|rastay) {gap} (দাঁড়িয়ে|দাঁড়াইয়া|দাঁড়ায়ে|"
            r"বসে|ঘুরছে|ঘুরঘুর|অপেক্ষা করছে|daariye|dariye|daraiya|bose|boshe|"
            r"ghurche) (আছে|আসে|রয়েছে|থাকে|ache|ase|royeche|thake)"
        ),
        (
            r"(ঘোরাঘুরি|ঘুরঘুর|ঘোরাফেরা|ghoraghuri|ghurghur) (করছে|করতেছে|করতাছে|korche|"
            r"kortese|kortache)"
        ),
        (
            r"(দরজা|দরজায়|দরজাটা|গেট|জানালা|darja|dorja|gate|janala) (ধাক্কাচ্ছে|"
            r"ধাক্কাইতেছে|ধাক্কাইতাছে|ধাক্কা দিচ্ছে|ধাক্কা দিতেছে|ভাঙছে|ভাঙতেছে|ভেঙে ফেলছে|"
            r"পেটাচ্ছে|পিটাচ্ছে|নক করছে|লাথি মারছে|dhakkacche|dhakkaitese|dhakka dicche|"
            r"bhangche|bhangtese|knock korche|lathi marche)"
        ),
        (
            r"(দরজা|দরজাটা|জানালা|গেট|তালা|darja|dorja|janala|gate|tala) (ভাঙার|ভাঙতে|"
            r"খোলার|ভাঙ্গার|bhangar|bhangte|kholar) (চেষ্টা|chesta|cheshta) (করছে|করতেছে|"
            r"করতাছে|korche|kortese|kortache)"
        ),
        (
            r"(সে|ও|উনি|লোকটা|se|o|uni) (চলে |এখানে |ঘরে |বাসায় |বাড়িতে |ভিতরে |ভেতরে |"
            r"chole |cole |ekhane |ghore |basay |bhitore )?(আসছে|আসতেছে|আসতাছে|এসেছে|"
            r"এসে গেছে|আইসা পড়ছে|আইসা পড়ছে|চলে এসেছে|ঢুকে পড়েছে|ঢুকেছে|ঢুকছে|ঢুকতেছে|"
            r"asche|astese|astache|eseche|ese geche|dhuke poreche|dhukeche|dhukche)(?! (কি|"
            r"নাকি|ki|naki|মিটিং|meeting))"
        ),
        (
            r"(ভিতরে|ভেতরে|ঘরে|বাসায়|বাড়িতে|রুমে|bhitore|bhetore|ghore|basay|"
            r"barite) (ঢুকে গেছে|ঢুকে পড়েছে|ঢুকে পড়ছে|ঢুকেছে|ঢুকছে|ঢুইকা পড়ছে|"
            r"dhuke geche|dhuke poreche|dhukeche|dhukche|dhuika porse)"
        ),
        (
            r"{me} (খুঁজে|খুজে|খুইজা|khuje|khunje|khuija) (বের করবে|বের করে ফেলবে|"
            r"বের করে ফেলেছে|পাবে|পেয়ে যাবে|পেয়ে গেছে|পাইয়া যাইবো|ফেলবে|বাইর করবো|"
            r"বাইর কইরা ফেলবো|ber korbe|ber kore felbe|pabe|peye jabe|peye geche|felbe|"
            r"bair korbo)"
        ),
        (
            r"(জেনে|জাইনা|jene|jaina) (গেছে|ফেলেছে|ফেলছে|ফালাইছে|geche|feleche|felse|"
            r"falaise) {gap} (কোথায়|কই|কোথায়|kothay|koi) {gap1} (থাকি|থাকছি|আছি|থাকতেছি|"
            r"thaki|thakchi|achi)"
        ),
        # Unsafe, in danger, hiding, threatened now, calling for the police, "save me".
        (
            r"(আমি|আমরা|ami|amra) {gap1} (নিরাপদ|সেফ|safe|nirapod|nirapad) (না|নই|নেই|নাই|"
            r"na|noi|nei|nai)"
        ),
        (
            r"(আমি|আমরা|ami|amra) {gap1} (বিপদে|বিপদের মধ্যে|ঝুঁকিতে|bipode|jhunkite) (আছি|"
            r"পড়েছি|পড়ছি|achi|porechi|porchi)"
        ),
        (
            r"(লুকিয়ে|লুকাইয়া|লুকায়ে|lukiye|lukaiya|lukaye) (আছি|আছে|রয়েছি|রইছি|achi|"
            r"ache|royechi|roisi)"
        ),
        (
            r"(হুমকি|হুমকী|humki|humkee|hoomki|humke) (দিচ্ছে|দিতেছে|দিতাছে|দিয়েছে|দিছে|"
            r"দিলো|দিল|পাঠাচ্ছে|dicche|ditese|ditache|diyeche|dise|dilo|pathacche)"
        ),
        (
            r"(পুলিশ|পুলিস|police|pulish|pulis) (ডাকুন|ডাকো|ডাকেন|ডাক|পাঠান|পাঠাও|কল করুন|"
            r"কল দেন|কল দাও|dakun|dako|daken|pathan|pathao|call korun|call den|call dao)"
        ),
        r"(বাঁচাও|বাঁচান|বাঁচাইয়া|বাঁচাও প্লিজ|bachao|bachan|baachao|bacao)",
        r"(বাড়ির|বাসার|ঘরের|দরজার|বাড়ীর) (বাইরে|সামনে) {gap1}(আছে|দাঁড়িয়ে|অপেক্ষা করছে)",
        # The present tells of abuse that goes on: "আমার স্বামী আমাকে মারে".
        r"(স্বামী|বর|সে|ও|জামাই) (আমাকে|আমায়|আমাদের) (মারে|মারধর করে|পেটায়|মারছে|পিটায়)",
        r"(বাড়ি|বাসায়|ঘরে|বাড়িতে) (যেতে|ফিরতে) (ভয় পাচ্ছি|ভয় লাগছে|ভয় করছে|ভয় পাই|ভয় লাগে)",
    ),
    child=(
        # Missing, not found, not home.
        (
            r"{kid} {gap} (হারিয়ে|হারাই|হারায়া|হারায়ে|নিখোঁজ|গায়েব|উধাও|hariye|harie|"
            r"harai|haraye|haraiya|nikhoj|nikhonj|gayeb|udhao)"
        ),
        (
            r"{kid} {gap1} (খুঁজে |খুজে |খুইজা |khuje |khunje )?((পাচ্ছি|পাইতেছি|পাইতাছি|"
            r"পাইতেসি|pacchi|paitesi|paitechi|paitachi) (না|না রে|na)|পাচ্ছিনা|paccina|"
            r"pacchina)"
        ),
        (
            r"{kid} {gap} (পাওয়া|paoa|pawa|paowa) (যাচ্ছে না|যাচ্ছেনা|যাইতেছে না|"
            r"যাইতাছে না|jacche na|jaccena|jaitese na)"
        ),
        (
            r"{kid} {gap} ((বাড়ি|বাসায়|বাসা|ঘরে|বাড়িতে|bari|basay|basa|ghore|barite|"
            r"bashay) )?(ফেরেনি|ফিরেনি|ফেরে নাই|ফেরে নি|ফিরে নাই|ফিরে নি|ফিরে নাই|আসেনি|"
            r"আসে নাই|আসে নি|আসেনাই|fereni|fireni|fere nai|fire nai|aseni|ase nai|asheni|"
            r"ashe nai|ase ni|ashe ni)"
        ),
        # Hurt now or soon.
        (
            r"{kid} {gap} (মারছে|মারতেছে|মারতাছে|মারতেসে|মারধর করছে|মারধর করতেছে|পেটাচ্ছে|"
            r"পিটাচ্ছে|পিটাইতেছে|marche|martese|martache|mardhor korche|pitacche)"
        ),
        (
            r"{kid} {gap1} (মেরে ফেলবে|মাইরা ফালাইবো|ক্ষতি করবে|ক্ষতি করে ফেলবে|আঘাত করবে|"
            r"mere felbe|maira falaibo|khoti korbe|kkhoti korbe)"
        ),
        # Taken, abducted, locked in; in danger.
        (
            r"{kid} {gap1} (জোর করে |জোর কইরা |jor kore |jor koira )?(নিয়ে|নিয়া|niye|"
            r"niya) (পালিয়েছে|পালাইছে|পালিয়ে গেছে|চলে গেছে|ভেগেছে|গেছে|যাবে|যাইবো|ভাগছে|"
            r"palieche|paliyeche|palaise|paliye geche|chole geche|geche|jabe|jaibo)"
        ),
        (
            r"{kid} {gap} (তুলে|তুইলা|tule|tuila) (নিয়ে|নিয়া|niye|niya) (যাবে|গেছে|"
            r"গিয়েছে|যাইবো|যাইতেছে|jabe|geche|giyeche|jaibo)"
        ),
        r"{kid} {gap} (অপহরণ|কিডন্যাপ|ophoron|apaharan|kidnap*)",
        (
            r"{kid} {gap} (আটকে|আটকাইয়া|আটকায়ে|atke|atkaiya) (রেখেছে|রাখছে|রাখছে|রাখতেছে|"
            r"rekheche|rakhse|rakhche)"
        ),
        r"{kid} {gap1} (বিপদে|ঝুঁকিতে|বিপদের মধ্যে|bipode|jhunkite)",
    ),
    medical=(
        # Too many pills, a whole strip or bottle; poison swallowed; overdose.
        r"{many} {gap} {pills} {gap} {ate}",
        r"{pills} {gap1} {many} {gap1} {ate}",
        r"{pills} {gap} {ate} {gap1} {many}",
        r"(ওভারডোজ|ওভার ডোজ|ওভারডোস|ওভারডোজ)",
        r"{poison} {gap1} {ate}",
        # Not breathing, unconscious, not responding.
        (
            r"(শ্বাস|নিঃশ্বাস|নিশ্বাস|দম|shash|shas|nishash|dom) (নিতে|nite) {gap1} (কষ্ট|"
            r"সমস্যা|অসুবিধা|kosto|kashto|somossa) (হচ্ছে|হইতেছে|হইতাছে|hocche|hoitese)"
        ),
        (
            r"(শ্বাস|নিঃশ্বাস|নিশ্বাস|দম|shash|shas|shwash|nishash|nisshash|dom) (নিতে|"
            r"নিতেও|nite) {cant}"
        ),
        (
            r"(শ্বাস|নিঃশ্বাস|নিশ্বাস|দম|shash|shas|shwash|nishash|dom) (নিচ্ছে না|"
            r"নিচ্ছেনা|নিতেছে না|নিতাছে না|নিচ্ছে নাহ|পড়ছে না|চলছে না|nicche na|niccena|"
            r"nitese na|nitache na|porche na|cholche na)"
        ),
        (
            r"(শ্বাস|নিঃশ্বাস|দম|shash|shas|dom) (বন্ধ|আটকে|আটকাইয়া|bondho|bondo|"
            r"atke) (হয়ে গেছে|হয়ে যাচ্ছে|আসছে|যাচ্ছে|হইয়া গেছে|hoye geche|hoye jacche|"
            r"asche|jacche)"
        ),
        (
            r"(অজ্ঞান|বেহুঁশ|বেহুশ|অচেতন|ogyan|oggan|ogan|aggan|behush|ochetan) (হয়ে গেছে|"
            r"হয়ে গেছেন|হয়ে পড়েছে|হয়ে পড়েছেন|হয়ে আছে|হয়ে আছেন|হইয়া গেছে|হইয়া গেছে|"
            r"হয়ে পড়ে আছে|hoye geche|hoye gechen|hoye poreche|hoye ache|hoiya gese|"
            r"hoiya geche)"
        ),
        (
            r"(জ্ঞান|হুঁশ|হুশ|gyan|gan|hush|hunsh) (হারিয়েছে|হারিয়েছেন|হারাইছে|হারাইছেন|"
            r"ফিরছে না|ফেরেনি|ফিরে নাই|ফিরছেনা|আসছে না|hariyeche|haraise|firche na|fereni|"
            r"fire nai|asche na)"
        ),
        (
            r"(নড়ছে|নড়ছেন|নড়তেছে|নড়তাছে|নড়াচড়া করছে|নড়াচড়া করছেন|সাড়া দিচ্ছে|"
            r"সাড়া দিচ্ছেন|সাড়া দিতেছে|সাড়া দিতেছেন|উঠছে|উঠছেন|চোখ খুলছে|চোখ খুলছেন|"
            r"norche|nortese|nortache|sara dicche|uthche|chokh khulche) (না|নাহ|na)"
        ),
        r"(নড়ছেনা|সাড়া দিচ্ছেনা|উঠছেনা|চোখ খুলছেনা|norchena|sara diccena|uthchena)",
        # Fallen and cannot get up.
        r"(উঠতে|দাঁড়াতে|নড়তে|uthte|darate|norte) {cant}",
        # Heavy bleeding.
        (
            r"(রক্ত|রক্তক্ষরণ|rokto|rakto|blood) {gap1} (বের হচ্ছে|বের হইতেছে|বের হইতাছে|"
            r"বেরোচ্ছে|বেরুচ্ছে|পড়ছে|পড়তেছে|ঝরছে|থামছে না|থামতেছে না|থামছেনা|"
            r"বন্ধ হচ্ছে না|বন্ধ হইতেছে না|ber hocche|berocche|berochhe|beroche|porche|"
            r"portese|jhorche|thamche na|thamchena|bondho hocche na)"
        ),
        (
            r"(ছুরি|চাকু|গুলি|chhuri|churi|chaku|guli) (মেরেছে|মারছে|মাইরা দিছে|মাইরা দিসে|"
            r"লেগেছে|লাগছে|খেয়েছে|mereche|marse|marche|legeche|lagse)"
        ),
        # Heart attack, stroke, chest pain now.
        (
            r"(হার্ট অ্যাটাক|হার্ট এটাক|হার্ট অ্যাটাক|হার্টঅ্যাটাক|হার্ট এ্যাটাক|স্ট্রোক|"
            r"heart attack|hart attack|stroke) (হয়েছে|হইছে|হইসে|হয়ে গেছে|করেছে|করছে|"
            r"hoyeche|hoise|hoye geche|koreche)"
        ),
        (
            r"(বুকে|বুকের|buke|buker) {gap1} (ব্যথা|ব্যাথা|batha|byatha|betha) (হচ্ছে|করছে|"
            r"হইতেছে|করতেছে|hocche|korche|hoitese)"
        ),
    ),
    ignore=(
        # Idioms: "died laughing", "dying of the work pressure", "dying while filling this in".
        (
            r"(হাসতে হাসতে|hashte hashte|haste haste|hasite hasite) {gap1} (মরে|মইরা|more|"
            r"moira|পেটে|pete)"
        ),
        r"(করতে করতে|পড়তে পড়তে|korte korte|porte porte) (মরে|মইরা|more|moira)",
        (
            r"(চাপে|চাপের|টেনশনে|টেনশন এ|গরমে|শীতে|ক্ষুধায়|খিদেয়|chape|tension e|"
            r"tensione|gorome|khidey|kaj er chape) (মরে|মরা|মারা|মইরা|mora|more|mara|moira|"
            r"mori)"
        ),
        # A lost thing, not a lost child: "আমার মেয়ের ফোন হারিয়ে গেছে".
        (
            r"(ফোন|মোবাইল|ব্যাগ|চাবি|কার্ড|পাসপোর্ট|বই|খেলনা|কাগজ|ফর্ম|phone|mobile|bag|"
            r"chabi|card|passport|boi|khelna|form) (হারিয়ে|হারাই|হারায়ে|hariye|harie|"
            r"harai|haraye)"
        ),
        r"(সুইসাইডাল|suicidal|sucidal) (না|নই|নাই|na|noi|nai|nei)",
        (
            r"{sui} (র |এর )?(কথা |চিন্তা )?(ভাবছি না|ভাবি না|করব না|করবো না|করছি না|"
            r"bhabchi na|bhabi na|korbo na)"
        ),
    ),
    past=(
        r"(19|20)[0-9][0-9]",
        r"(১৯|২০)[০-৯][০-৯]",
        r"(বছর|মাস|সপ্তাহ|bochor|bochhor|mash|mas) (আগে|আগের|age)",
        r"(গত|গতো|goto|gato) (বছর|মাস|সপ্তাহ|bochor|mash|soptaho)",
        r"(আদালত*|কোর্ট*|মামলা*|বিচার*|adalot*|mamla*)",
        r"(সাজা|জেল|জেলে|শাস্তি|saja)",
        r"(ছোটবেলা*|ছোট ছিলাম|ছোট থাকতে|শৈশব*|chotobela*|chhotobela*|choto chilam)",
        r"(সেই|শেই|ওই|shei|sei|oi) (রাতে|রাত|দিন|দিনে|সময়|সময়ে|rate|raat|din|dine|somoy)",
        r"(সেদিন|তখন|sedin|tokhon)",
        r"(ছিল|ছিলো|ছিলাম|ছিলেন|ছিলে|ছিলি|chilo|chhilo|chilam|chhilam|chilen)",
        # The remote past (-েছিল) and the habitual past (-ত, -তাম), verb by verb, so each
        # marker is looked up by its first letters rather than tried at every word.
        (
            r"(দিয়েছিল|দিয়েছিলো|দিয়েছিলাম|করেছিল|করেছিলো|করেছিলাম|বলেছিল|বলেছিলো|এসেছিল|"
            r"এসেছিলো|মেরেছিল|মেরেছিলো|গিয়েছিল|গিয়েছিলো|গিয়েছিলাম|খেয়েছিল|খেয়েছিলাম|"
            r"দেখিয়েছিল|দেখিয়েছিলো|হয়েছিল|হয়েছিলো|হয়েছিলাম|পেয়েছিল|নিয়েছিল|"
            r"নিয়েছিলো|পড়েছিল|লেগেছিল|কেটেছিল|diyechilo|korechilo|bolechilo|eshechilo|"
            r"esechilo|merechilo|giyechilo|giyechilam|kheyechilo|hoyechilo|hoyechilam)"
        ),
        (
            r"(মারত|মারতো|মারতেন|দিত|দিতো|করত|করতো|করতাম|করতেন|নিত|নিতো|আসত|আসতো|খুঁজত|বলত|"
            r"বলতো|বলতেন|কইত|ধমকাত|মারতাম|দিতাম|খেতাম|marto|dito|korto|kortam|nito|bolto|"
            r"balto)"
        ),
    ),
    now=(
        # Not bare "এখন": "he used to threaten me but now he has changed" tells of the past.
        (
            r"(এখনই|এখনি|এখনো|এখনও|আজ|আজকে|আজও|আজকেও|আজ রাতে|আবার|এইমাত্র|এই মাত্র|"
            r"একটু আগে|এই মুহূর্তে)"
        ),
        r"(ekhoni|ekhono|aj|ajke|aaj|abar|eimatro|ei matro|ektu age)",
    ),
    words={
        # Banglish is often typed without its vowels ("amr") or with Bangladeshi spellings
        # ("kase", "ase", "-tese"); these are read as the spelling the patterns use.
        "amr": "amar",
        "amk": "amake",
        "amke": "amake",
        "kase": "kache",
        "ase": "ache",
        "darai": "dariye",
        "daraia": "dariye",
        "bacca": "baccha",
        "kortese": "korche",
        "kortache": "korche",
        "korteche": "korche",
        "partese": "parche",
        "partesi": "parchi",
        "martese": "marche",
        "martache": "marche",
        "nitese": "nicche",
        "astese": "asche",
        "plz": "please",
        "pls": "please",
    },
    fuzzy=("আত্মহত্যা", "attohotta", "ওভারডোজ", "নিরাপদ"),
    macros={
        "me": (
            r"(আমাকে|আমারে|আমায়|আমাক|আমাদের|আমাদেরকে|আমাগো|সবাইকে|সবাইরে|amake|amare|amay|"
            r"amak|amader|amaderke|sobaike)"
        ),
        "you": r"(তোকে|তোরে|তোমাকে|তোমারে|toke|tore|tomake|tomare)",
        "sui": (
            r"(আত্মহত্যা|আত্মহত্যার|আত্নহত্যা|আত্যহত্যা|আত্মহত্যাই|সুইসাইড|সুইসাইডের|"
            r"attohotta|attohatta|attohottha|atmohotta|attohottar|suicide|sucide|suiside)"
        ),
        "self": r"(নিজেকে|নিজেরে|নিজের|নিজকে|নিজেকেই|nijeke|nijere|nijer|nijke)",
        "harm": (
            r"(নিজের|নিজেরে|নিজেকে|nijer|nijeke|nijere) (ক্ষতি|কষ্ট|আঘাত|khoti|kkhoti|"
            r"kosto|aghat)"
        ),
        "weapon": (
            r"(ছুরি|ছোরা|চাকু|চাক্কু|দা|বটি|রামদা|চাপাতি|বন্দুক|পিস্তল|রিভলবার|অস্ত্র|লাঠি|"
            r"রড|হাতুড়ি|এসিড|chhuri|churi|chura|chaku|chakku|boti|ramda|chapati|bonduk|"
            r"banduk|pistol|revolver|ostro|lathi|rod|hatudi|acid|knife|gun)"
        ),
        "kid": (
            r"(বাচ্চা|বাচ্চাকে|বাচ্চাটা|বাচ্চাটাকে|বাচ্চারা|বাচ্চাদের|বাচ্চাগুলো|"
            r"বাচ্চাগুলাকে|ছেলে|ছেলেকে|ছেলেটা|ছেলেটাকে|ছেলেরে|মেয়ে|মেয়েকে|মেয়েটা|"
            r"মেয়েটাকে|মেয়েরে|মাইয়া|মাইয়ারে|মাইয়াটা|পোলা|পোলারে|পোলাটা|শিশু|শিশুটি|"
            r"শিশুকে|বাবু|বাবুকে|বাবুটা|খোকা|খোকাকে|খুকি|খুকিকে|নাতি|নাতিকে|নাতনি|নাতনিকে|"
            r"ভাতিজা|ভাতিজাকে|ভাতিজি|ভাতিজিকে|ভাগ্নে|ভাগ্নেকে|ভাগ্নি|ভাগ্নিকে|baccha|bacha|"
            r"bachcha|bacchake|bacchara|bacchader|chele|cheleke|chhele|chheleke|meye|"
            r"meyeke|maiya|maiyare|pola|polare|shishu|babu|babuke|khoka|nati|natni)"
        ),
        "pills": (
            r"(ওষুধ|ঔষধ|ওষুধের|ঔষুধ|অষুধ|ওষুধগুলো|ট্যাবলেট|ট্যাবলেটের|বড়ি|পিল|"
            r"প্যারাসিটামল|নাপা|oshudh|osudh|oshud|osud|oushodh|oshudher|tablet|tablets|"
            r"pill|pills|napa|paracetamol)"
        ),
        "many": (
            r"(কতগুলো|কতগুলা|কতগুলি|কয়টা|কতো|কত|koto|kotogulo|kotogula|koyta|"
            # A count of one or two digits, spelt out so its first letters are known.
            r"(1|2|3|4|5|6|7|8|9|১|২|৩|৪|৫|৬|৭|৮|৯)(0|1|2|3|4|5|6|7|8|9|০|১|২|৩|৪|৫|৬|৭|৮|৯)?"
            r"(টা|টি|ta|ti)?|অনেক|অনেকগুলো|অনেকগুলা|"
            r"অনেকগুলি|গুলো|গুলা|সব|সবগুলো|সবগুলা|পুরো|পুরা|পাতা|বোতল|বেশি|বেশী|একসাথে|"
            r"একসঙ্গে|গাদা|এক পাতা|onek|onekgulo|onekgula|gulo|gula|shob|sob|sobgulo|puro|"
            r"pura|pata|botol|beshi|besi|eksathe)"
        ),
        "ate": (
            r"(খেয়ে ফেলেছি|খেয়ে ফেলেছে|খেয়ে ফেলছি|খেয়ে ফেলছে|খেয়ে ফেলেছেন|"
            r"খাইয়া ফালাইছি|খাইয়া ফালাইছে|খেয়ে নিয়েছি|খেয়ে নিয়েছে|গিলে ফেলেছি|"
            r"গিলে ফেলেছে|খেয়েছি|খেয়েছে|খাইছি|খাইছে|খাইসি|খাইসে|খেলাম|খেলো|খাইলাম|খাইল|"
            r"গিলেছি|গিলেছে|kheye felechi|kheye feleche|kheye felsi|kheye felse|"
            r"khaiya falaisi|khaiya falaise|kheyechi|kheyeche|khaichi|khaisi|khaise|khelam|"
            r"khelo|gilechi|gileche|gile felechi)"
        ),
        "poison": (
            r"(বিষ|কীটনাশক|কিটনাশক|ইঁদুর মারার ওষুধ|ব্লিচ|এসিড|হারপিক|bish|bisho|kitnashok|"
            r"bleach|acid|harpic)"
        ),
        "cant": (
            r"(পারছেন না|পারছেনা|পারছেন না|parchen na|পারছে না|পারছি না|পারছেনা|পারছিনা|"
            r"পারতেছে না|পারতেছি না|পারতেছেনা|"
            r"পারতাছে না|পারতেসে না|পারতেসি না|পারে না|পারেনা|parche na|parchi na|parchena|"
            r"parchina|partese na|partesi na|partache na|pare na|parena)"
        ),
    },
    fold=INDIC_FOLD,  # the table and why: pa.py
    strip_marks=False,
)
