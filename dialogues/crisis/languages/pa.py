"""Crisis signs in Panjabi, in Gurmukhi and in Romanised Panjabi as people type it on phones.

Why these forms: Panjabi marks tense with a light verb and an auxiliary, so the patterns
name the verb phrases that mean "now" or "soon" (ਰਿਹਾ/ਰਹੀ progressive, ਦੇਵੇਗਾ/ਲਵਾਂਗੀ
future, ਦੇਣਾ/ਲੈਣੀ "am going to", ਲਿਆ/ਲਈ just done) and leave out the habitual and remote
past (ਕੁੱਟਦਾ ਸੀ "used to beat", ਦਿੱਤੀ ਸੀ "had given"), which the `past` markers also catch.
Gurmukhi on phones often drops the nukta (ਖ਼ → ਖ), the addak (ਪਿੱਛਾ → ਪਿਛਾ) and the
bindi or tippi (ਨਹੀਂ → ਨਹੀ), so those marks are folded away in text and patterns alike.
Romanised Panjabi has no fixed spelling (mainu/menu, nahi/nai/ni, reha/riha/rea), so each
pattern lists the common spellings. Doabi and Majhi "ਆ" for "ਹੈ" is accepted everywhere.

Left out: "ਮਦਦ ਕਰੋ" (help) alone, since people ask for help with the form; bare "ਬਚਾਓ",
which is also the defence side in court (ਬਚਾਓ ਪੱਖ); the kirpan, a Sikh article of faith
that is not a threat by itself; bare "ਹੁਣ" (now) as a `now` marker, since "ਪਰ ਹੁਣ ਠੀਕ ਹੈ"
(but now all is well) closes many past stories; a child swallowing "ਦਵਾਈ" without a
quantity, since children take their medicine every day.
"""

from dialogues.crisis.lexicon import Lexicon

# The marks people drop, add or swap when typing these scripts on a phone, folded in text
# and patterns alike. One table serves Panjabi, Bengali and Gujarati (each entry touches
# one script only), so a message is split into tokens once for all three, not three times.
INDIC_FOLD = {
    # Gurmukhi: nukta (ਖ਼ → ਖ), addak (ਪਿੱਛਾ → ਪਿਛਾ), bindi and tippi (ਨਹੀਂ → ਨਹੀ).
    "\u0a3c": "",
    "\u0a71": "",
    "\u0a02": "",
    "\u0a70": "",
    # Bengali: chandrabindu (বাঁচতে → বাচতে), nukta (য় ড় ঢ়), long and short i/u, ষ/শ, ণ/ন, ৎ/ত.
    "\u0981": "",
    "\u09bc": "",
    "\u09c0": "\u09bf",
    "\u09c2": "\u09c1",
    "\u0988": "\u0987",
    "\u098a": "\u0989",
    "\u09b7": "\u09b6",
    "\u09a3": "\u09a8",
    "\u09ce": "\u09a4",
    # Gujarati: anusvara and candrabindu (માંગુ → માગુ, હું → હુ), nukta, long and short i/u.
    "\u0a82": "",
    "\u0a81": "",
    "\u0abc": "",
    "\u0ac0": "\u0abf",
    "\u0ac2": "\u0ac1",
    "\u0a88": "\u0a87",
    "\u0a8a": "\u0a89",
    # Zero-width joiners, which some Indic keyboards insert inside words.
    "\u200c": "",
    "\u200d": "",
}

# Object pronouns and endings shared by many patterns (Gurmukhi first, then Roman spellings).
_ME = r"(ਮੈਨੂੰ|ਮੈਂਨੂੰ|ਮੈਨੂ|ਮਿਨੂੰ|ਸਾਨੂੰ|mainu|menu|mennu|manu|mainun|sanu|sannu)"
_YOU = r"(ਤੈਨੂੰ|ਤੁਹਾਨੂੰ|tenu|tainu|tennu|tuhanu)"
_PROG = r"(ਰਿਹ*|ਰਹੀ|ਰਹੇ|ਰਹੀਆਂ|ਰਿਹੈ|ਪਿਆ|reh*|rih*|rea|rai|rahi|rahe|rahiyan|peya|pya)"
_IS = r"(ਹੈ|ਹਾਂ|ਆ|ਏ|ਨੇ|ਹਨ|ਹੈਗਾ|ਹੈਗੀ|ਹੈਗੇ|hai|haan|han|aa|ae|e|ne|haiga|haigi)"
_NOT = r"(ਨਹੀਂ|ਨਹੀ|ਨੀ|ਨਾ|nahi|nahin|nai|ni|nhi|na)"

LEXICON = Lexicon(
    language="pa",
    suicide=(
        # "I want to die", "I am going to die", "may I die": ਮਰਨਾ ਚਾਹੁੰਦੀ, ਮਰ ਜਾਣਾ, ਮਰ ਜਾਵਾਂ.
        r"ਮਰਨਾ (ਚਾਹੁੰਦ*|ਚਾਹੁੰਨ*|ਚਾਹਾਂ*|{is})",
        r"marna (chaund*|chahund*|chond*|chaun*|{is})",
        r"ਮਰ (ਜਾਣਾ|ਜਾਣ|ਜਾਣੀ|ਜਾਵ*|ਜਾਊ*|ਜਾਉ*|ਜਾਂਵ*)",
        r"mar (jana|jaana|jani|jaani|jawan*|javan*|jaavan*|jaun*|jaon*|jaan)",
        r"ਮਰਨ (ਨੂੰ|ਦਾ) (ਦਿਲ|ਜੀ|ਮਨ) (ਕਰਦ*|ਕਰੀ*)",
        r"maran (nu|nun|da) (dil|jee|ji|man) (kard*|krd*)",
        # "I don't want to live", "no wish to live", "no point living".
        r"(ਜੀਣਾ|ਜੀਉਣਾ|ਜਿਉਣਾ|ਜੀਨਾ|ਜਿਊਣਾ)( ਹੀ| ਵੀ| ਹੋਰ)? {not}",
        r"(jeena|jina|jeona|jiuna|jeeona|jiona)( hi| vi| hor)? {not}",
        r"(ਜੀਣ|ਜਿਉਣ|ਜੀਉਣ|ਜਿਊਣ) (ਨੂੰ|ਦਾ) (ਦਿਲ|ਜੀ|ਮਨ) {not}",
        r"(jeen|jion|jiun|jeon|jeeon) (nu|nun|da) (dil|jee|ji|man) {not}",
        r"(ਜੀਣ|ਜਿਉਣ|ਜੀਉਣ|ਜਿਊਣ|ਜ਼ਿੰਦਗੀ) ਦਾ (ਕੋਈ )?(ਫਾਇਦਾ|ਮਤਲਬ|ਮਕਸਦ) {not}",
        r"(jeen|jion|jiun|zindagi|jindagi) da (koi )?(faida|fayda|matlab|maksad) {not}",
        r"(ਜੀਣਾ|ਜਿਉਣਾ) (ਨਹੀਂ|ਨਹੀ) (ਚਾਹੁੰਦ*|ਚਾਹੁੰਨ*)",
        # The negation first: "ਹੋਰ ਨਹੀਂ ਜੀਣਾ", "nahi jeena chaundi".
        r"(ਹੋਰ|ਹੁਣ|ਅੱਗੇ|hor|hun|agge) {not} (ਜੀਣਾ|ਜਿਉਣਾ|ਜੀਉਣਾ|jeena|jina|jiuna|jeona)",
        (
            r"{not} (ਜੀਣਾ|ਜਿਉਣਾ|ਜੀਉਣਾ|jeena|jina|jiuna|jeona) (ਚਾਹੁੰਦ*|ਚਾਹੁੰਨ*|chaund*|"
            r"chahund*|chond*)"
        ),
        # "Never wake up again", "sleep for ever".
        (
            r"(ਫੇਰ|ਫਿਰ|ਮੁੜ|ਕਦੇ|ਦੁਬਾਰਾ|fer|pher|phir|mud|kade|dubara) {not} (ਉੱਠਣਾ|ਉੱਠਾਂ*|"
            r"ਉੱਠੂ*|uthna|uthan*|uthu*)"
        ),
        r"{many} {gap} {pills} (ਖਾ|ਨਿਗਲ|kha|nigal) (ਕੇ|ਲੈਣ*|ਲਵ*|ਲਊ*|ke|leni|lena|lawan*|lavan*)",
        r"({not} (ਜੀ|ਜੀਅ|ਜਿਉ|ਜਿਊ)|(ਜੀ|ਜੀਅ|ਜਿਉ|ਜਿਊ) {not}) (ਸਕਦ*|ਸਕਾਂ*|ਹੁੰਦਾ|ਹੋਣਾ)",
        r"({not} (jee|ji|jiu)|(jee|ji|jiu) {not}) (sakd*|sakan*|hunda|honda)",
        r"(ਮੁੱਕ|mukk|muk) (ਜਾਵ*|ਜਾਊ*|jawan*|javan*|jaun*)",
        # Suicide named, with an intention or an act (not "thinking about it? no").
        r"{sui} (ਕਰ ਲ*|ਕਰ ਦ*|ਕਰਨੀ|ਕਰਨ ਲੱਗ*|ਕਰਾਂ*|ਕਰੂੰ*|ਕਰੂ*|ਕਰੇਗ*|ਕਰਲ*)",
        r"{sui} (kar l*|kar d*|karni|krni|karan lag*|karan*|karun*|karu|karega|karegi|karlu*)",
        r"{sui} (ਕਰਨ )?(ਬਾਰੇ|ਦੇ ਬਾਰੇ) (ਸੋਚ|ਸੋਚਦ*)",
        r"{sui} (karan )?(bare|baare) (soch|sochd*)",
        r"{sui} (ਦੇ|ਵਾਲੇ) (ਖਿਆਲ|ਖ਼ਿਆਲ|ਵਿਚਾਰ) (ਆ ਰਹੇ|ਆਉਂਦੇ ਨੇ|ਆਉਂਦੇ ਹਨ|ਆਉਂਦੇ ਆ)",
        r"{sui} (de|wale|vale) (khayal|khyal|khial|vichar) (aa rahe|aunde ne|aunde aa)",
        r"{sui} (ਦੀ|di) (ਕੋਸ਼ਿਸ਼|ਕੋਸ਼ਿਸ|koshish|kosish) (ਕੀਤੀ|ਕਰ*|kiti|kitti|kar*)",
        # Self as object: ਆਪਣੇ ਆਪ ਨੂੰ / ਖੁਦ ਨੂੰ + kill, end, harm, cut.
        r"{self} (ਮਾਰ ਲ*|ਮਾਰ ਦ*|ਮਾਰਨ*|ਖਤਮ ਕਰ*|ਮੁਕਾ ਲ*|ਮੁਕਾ ਦ*)",
        (
            r"{self} (maar l*|mar l*|maar d*|mar d*|maaran*|maran*|khatam kar*|khtm kar*|"
            r"muka l*|muka d*)"
        ),
        r"{self} (ਨੁਕਸਾਨ|ਸੱਟ|ਤਕਲੀਫ) (ਪਹੁੰਚਾ|ਪੁਚਾ|ਦੇ|ਮਾਰ|ਲਾ) {prog}",
        r"{self} (ਅੱਗ|agg|ag) (ਲਾ|ਲਗਾ|la|laga) (ਲ*|ਦ*|l*|d*)",
        (
            r"{self} (ਨੁਕਸਾਨ|ਸੱਟ|ਤਕਲੀਫ) (ਪਹੁੰਚਾਵ*|ਪਹੁੰਚਾਊ*|ਪਹੁੰਚਾਉਣ*|ਪਹੁੰਚਾ ਲ*|ਪਹੁੰਚਾ ਦ*|"
            r"ਦੇਣ*|ਦੇਵ*|ਮਾਰਨ*)"
        ),
        r"{self} (ਨੁਕਸਾਨ|ਸੱਟ|ਤਕਲੀਫ) (ਪਹੁੰਚਾਉਂਦ*|ਪਹੁੰਚਾਉਂਦ*) {is}",
        (
            r"{self} (nuksan|nuksaan|nukhsan|satt|sat|takleef) (puncha|pahuncha|pohncha|de|"
            r"maar|la)[a-z]* ({prog}|lu*|lawan*|deni|dena|dewan*|devan*)?"
        ),
        r"{self} (ਕੱਟ|ਵੱਢ|katt|kat|vadh|wadh) (ਲ*|ਰਿਹ*|ਰਹੀ|l*|reh*|rahi|riha)",
        (
            r"(ਆਪਣੀ|ਆਪਣਾ|ਆਪਣੇ|apni|apna|apne) (ਬਾਂਹ|ਬਾਹ|ਗੁੱਟ|ਨਸ|ਨਾੜ*|ਹੱਥ|ਲੱਤ|ਪੱਟ|bah|baah|"
            r"banh|gutt|gut|nas|naad*|hath|latt|patt) (ਤੇ |ਉੱਤੇ |te |utte )?(ਕੱਟ|ਵੱਢ|ਬਲੇਡ|"
            r"katt|kat|vadh|wadh|blade) (ਲਈ|ਲਿਆ|ਲਏ|ਲੈ*|ਲਵ*|ਮਾਰ*|ਰਿਹ*|ਰਹੀ|ਦਿੱਤ*|lai|layi|"
            r"leya|liya|laye|le*|lav*|law*|maar*|mar*|reh*|rahi|riha)"
        ),
        (
            r"(ਬਲੇਡ|blade) (ਨਾਲ |naal |nal )?(ਕੱਟ|ਮਾਰ|katt|kat|maar|mar) (ਲਏ|ਲਈ|ਲਿਆ|ਲੈ*|"
            r"ਰਿਹ*|ਰਹੀ|laye|lai|leya|le*|reh*|rahi)"
        ),
        r"(ਆਪਣਾ|ਆਪਣੀ|apna|apni) (ਗਲਾ|ਗਰਦਨ|gala|gardan) (ਘੁੱਟ|ਦਬਾ|ghutt|ghut|daba) (ਲ*|ਦ*|l*|d*)",
        # "My life": give it, take it, end it (ਆਪਣੀ ਜਾਨ ਦੇ ਦੇਣੀ, ਜ਼ਿੰਦਗੀ ਖਤਮ ਕਰ ਲੈਣੀ).
        (
            r"(ਆਪਣੀ |apni )?(ਜਾਨ|jaan|jan) (ਦੇ|de) (ਦੇਣ*|ਦੇਵ*|ਦਿਆਂ*|ਦਊ*|ਦੂੰ*|deni|dena|"
            r"dewan*|devan*|dayan*|du|dun*)"
        ),
        r"(ਆਪਣੀ|apni) (ਜਾਨ|jaan|jan) (ਲੈ|le|lai) (ਲੈਣ*|ਲਵ*|ਲਊ*|leni|lena|lawan*|lavan*|lau*)",
        (
            r"(ਆਪਣੀ |ਮੇਰੀ |apni |meri )?(ਜ਼ਿੰਦਗੀ|ਜਿੰਦਗੀ|ਜਾਨ|zindagi|jindagi|zindgi) (ਖਤਮ|"
            r"ਮੁਕਾ|khatam|khtm|muka) (ਕਰ |kar |kr )?(ਲੈਣ*|ਲਵ*|ਲਊ*|ਕਰਨੀ|leni|lena|lawan*|"
            r"lau*|karni)"
        ),
        (
            r"(ਸਭ|ਸਬ|ਸਭ ਕੁਝ|ਸਭ ਕੁੱਝ|ਸਬ ਕੁਛ|ਸਾਰਾ ਕੁਝ|sab|sabh|sab kuch|sabh kuj|sab kuj|"
            r"sara kuch) (ਖਤਮ|ਮੁਕਾ|khatam|khtm|muka) (ਕਰ |kar |kr )?(ਦੇਣ*|ਦੇਵ*|ਦਿਆਂ*|ਲੈਣ*|"
            r"ਲਵ*|ਦੇਣਾ ਚਾਹੁੰਦ*|deni|dena|dewan*|devan*|leni|lena|lawan*)"
        ),
        # Jumping (the canal, the river, a roof, in front of a train), hanging, poison to come.
        (
            r"(ਨਹਿਰ|ਨਹਰ|ਨਦੀ|ਦਰਿਆ|ਖੂਹ|ਛੱਤ|ਪੁਲ|ਬਿਲਡਿੰਗ|ਟਰੇਨ|ਟ੍ਰੇਨ|ਗੱਡੀ|nehar|nahar|nehr|nadi|"
            r"dariya|darya|khooh|khuh|chhat|chatt|chat|pul|bridge|building|"
            r"train) {gap} (ਛਾਲ|chaal|chhal|shaal) (ਮਾਰ ਦ*|ਮਾਰ ਲ*|ਮਾਰਨ*|ਮਾਰਾਂ*|ਮਾਰੂ*|"
            r"maar d*|mar d*|maar l*|maarn*|marn*|maran*|maaran*|maarun*|marun*)"
        ),
        (
            r"(ਪਟੜੀ|ਪਟੜੀਆਂ|ਲਾਈਨ|ਲਾਈਨਾਂ|ਸੜਕ|patri|patdi|line|sadak) {gap1} (ਤੇ|ਉੱਤੇ|ਵਿਚਾਲੇ|"
            r"te|utte) (ਲੇਟ|ਸੌਂ|ਪੈ|let|saun|pai) (ਜਾਣਾ|ਜਾਣ|ਜਾਵ*|ਜਾਊ*|jana|jan|jawan*|"
            r"javan*|jaun*)"
        ),
        (
            r"(ਟਰੇਨ|ਟ੍ਰੇਨ|ਰੇਲ|ਰੇਲਗੱਡੀ|ਗੱਡੀ|ਟਰੱਕ|train|rail|gaddi|truck) (ਅੱਗੇ|ਥੱਲੇ|ਹੇਠਾਂ|"
            r"agge|thalle|hethan) (ਆ|ਛਾਲ|aa|chaal) (ਜਾਣਾ|ਜਾਵ*|ਜਾਊ*|ਮਾਰ*|jana|jawan*|javan*|"
            r"jaun*|maar*)"
        ),
        (
            r"(ਫਾਹਾ|ਫਾਹੇ|ਫਾਂਸੀ|ਫਾਂਸੀ|faha|phaha|fahe|phahe|fansi|phansi) (ਲੈ|ਲਾ|ਲਗਾ|ਲੱਗ|le|"
            r"la|laga|lagg|lai) (ਲੈਣ*|ਲਵ*|ਲਊ*|ਲੈਣਾ|ਲਿਆ|ਲਈ|ਦੇਣ*|ਜਾਣ*|ਜਾਵ*|leni|lena|lawan*|"
            r"lavan*|leya|lai|jana|jawan*)"
        ),
        r"(ਫਾਹਾ|ਫਾਂਸੀ|faha|phaha|fansi|phansi) (ਲੈਣ*|ਲਾਉਣ*|ਲਗਾਉਣ*|lena|leni|laun*|lagaun*)",
        (
            r"{poison} (ਖਾ|ਪੀ|ਨਿਗਲ|kha|pee|pi|nigal) (ਕੇ|ਕੇ ਮਰ*|ਲੈਣ*|ਲਵ*|ਲਊ*|ਲੂੰ*|ke|"
            r"ke mar*|leni|lena|lawan*|lavan*|lau*|lun*)"
        ),
        # "Better off without me", "I won't stay in this world", "I'll go from this world".
        (
            r"(ਮੇਰੇ|mere) (ਬਿਨਾਂ|ਬਿਨਾ|ਬਗੈਰ|ਬਾਝੋਂ|bina|bagair|baajhon) {gap} (ਸੁਖੀ|ਖੁਸ਼|"
            r"ਸੌਖੇ|ਸੌਖਾ|ਚੰਗਾ|ਬਿਹਤਰ|ਵਧੀਆ|sukhi|khush|saukhe|sokhe|changa|behtar|vadhiya)"
        ),
        (
            r"(ਦੁਨੀਆ|ਦੁਨੀਆਂ|ਜਹਾਨ|duniya|dunia|jahan) (ਵਿੱਚ|ਚ|ਵਿਚ|ਤੇ|vich|ch|te) (ਹੋਰ |"
            r"hor )?{not} (ਰਹਿਣਾ|ਰਹਿਣ|rehna|rehna|rehan|rena)"
        ),
        (
            r"(ਦੁਨੀਆ|ਦੁਨੀਆਂ|duniya|dunia) (ਤੋਂ|ਛੱਡ|ton|chhad|chad) {gap1} (ਜਾਣਾ|ਜਾਵ*|ਜਾਊ*|"
            r"ਦੇਣੀ|jana|jawan*|javan*|jaun*|deni)"
        ),
        # "I can't bear it any more": the plea English reads as "can't take it any more".
        r"(ਹੋਰ )?(ਬਰਦਾਸ਼ਤ|ਸਹਿ|ਸਹਿਣ) (ਨਹੀਂ) (ਕਰ|ਹੁੰਦਾ|ਹੋ)( ਸਕਦੀ| ਸਕਦਾ| ਸਕਦੇ)?",
    ),
    danger=(
        # A weapon held now (ਹੈ/ਆ, never ਸੀ), drawn, shown, or carried to the door.
        r"(ਕੋਲ|ਹੱਥ ਵਿੱਚ|ਹੱਥ ਚ|ਹੱਥ ਵਿਚ|kol|kole|hath vich|hath ch|hath wich|hath) {weapon} {is}",
        (
            r"{weapon} (ਫੜਿਆ|ਫੜੀ|ਫੜੇ|ਚੁੱਕਿਆ|ਚੁੱਕੀ|ਲਿਆ|fadeya|phadeya|fadi|phadi|chukkeya|"
            r"chakkeya) (ਹੋਇਆ|ਹੋਈ|ਹੋਏ|ਹੈ|ਆ|hoya|hoi|hoye|hai|aa)"
        ),
        (
            r"{weapon} (ਲੈ ਕੇ|ਲੈਕੇ|ਫੜ ਕੇ|ਫੜਕੇ|ਚੁੱਕ ਕੇ|le ke|leke|lai ke|fad ke|phad ke|"
            r"chak ke|chakk ke)"
        ),
        (
            r"{weapon} (ਕੱਢ|ਦਿਖਾ|ਵਿਖਾ|ਤਾਣ|ਤਾਨ|ਰੱਖ|kadh|kad|dikha|vikha|taan|tan|rakh) (ਲਈ|"
            r"ਲਿਆ|ਲਏ|ਲੀ|ਲਈਆਂ|ਰਿਹ*|ਰਹੀ|ਰਹੇ|ਕੇ|lai|layi|leya|liya|laye|li|reh*|riha|rea|rahi|"
            r"rahe|ke)"
        ),
        # Threats to kill or beat, now or soon: ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗਾ, ਤੈਨੂੰ ਜਾਨੋਂ ਮਾਰ ਦੇਣਾ.
        (
            r"({me}|{you}) (ਜਾਨੋਂ |ਜਾਨੋ |ਜਾਨ ਤੋਂ |jaano |jano |jaan ton )?(ਮਾਰ|ਖਤਮ ਕਰ|ਮੁਕਾ|"
            r"ਵੱਢ|maar|mar|khatam kar|muka|vadh|wadh) (ਦੇਵੇ*|ਦੇਣ*|ਦਿਊ*|ਦਊ*|ਦੇਊ*|ਦੇਵ*|ਦਿਆਂ*|"
            r"ਦੂੰ*|ਸੁੱਟ*|dega|degi|denge|dewe*|deve*|dena|deni|deu|diu*|dau|dun*|du|dewan*|"
            r"devan*|sutt*)"
        ),
        (
            r"({me}|{you}) (ਜਾਨੋਂ |ਜਾਨੋ |jaano |jano )?(ਮਾਰਨ|ਕੁੱਟਣ|ਵੱਢਣ|maran|maaran|"
            r"kuttan|vadhan) (ਨੂੰ |nu )?(ਆ ਰਿਹ*|ਆ ਰਹੇ|ਆਇਆ|ਆਏ|ਆ ਗਿਆ|ਲੱਗ*|ਆਉਣ*|aa reh*|"
            r"aa riha|aa rahe|aaya|aya|aa gaya|lag*|aun*)"
        ),
        (
            r"({me}|{you}) (ਜਾਨ ਤੋਂ|ਜਾਨੋਂ|ਜਿਉਂਦ*|jaan ton|jaano|jiund*|jeonda|"
            r"jeondi) (ਨਹੀਂ|ਨਹੀ|nahi|nai|ni) (ਛੱਡ*|chhad*|chad*)"
        ),
        (
            r"{you} {not} (ਛੱਡਣਾ|ਛੱਡਾਂਗਾ|ਛੱਡਾਂਗੀ|ਛੱਡੂੰਗਾ|ਛੱਡਦਾ|ਛੱਡਣੀ|chhadna|chadna|"
            r"chhadanga|chadanga|chhadunga)"
        ),
        r"(ਜਾਨ|jaan|jan) (ਲੈ|le) (ਲਵੇਗ*|ਲਊ*|ਲੈਣੀ|lega|legi|lau|leni)",
        r"(ਧਮਕੀ|dhamki) (ਦਿੱਤੀ|ਦਿੱਤੀਆਂ|diti|ditti) (ਕਿ|ਕੇ|ki|ke)",
        # Locked in, not let out; everyone threatened.
        r"{me} {gap} (ਬੰਦ|band) (ਕਰ|kar) (ਦਿੱਤਾ|ਦਿੱਤੀ|ਰੱਖਿਆ|ਰੱਖੀ|ditta|dita|diti|rakheya|rakhi)",
        (
            r"(ਬਾਹਰ|bahar) {not} (ਨਿਕਲਣ|ਜਾਣ|nikalan|jaan|jan) (ਦਿੰਦਾ|ਦਿੰਦੀ|ਦੇ ਰਿਹਾ|ਦੇ ਰਹੀ|"
            r"dinda|dindi|de reha|de rahi)"
        ),
        (
            r"(ਸਭ|ਸਾਰਿਆਂ|ਸਾਰੇ ਟੱਬਰ|ਟੱਬਰ|ਸਾਡੇ ਟੱਬਰ|sab|sabh|sareyan|tabbar) (ਨੂੰ|nu|"
            r"nun) (ਮਾਰ|ਵੱਢ|maar|mar|vadh) (ਦੇਵੇ*|ਦੇਣ*|ਦਿਊ*|ਦੇਊ*|dega|degi|denge|dena|deu)"
        ),
        # "Today is your last day."
        (
            r"(ਤੇਰਾ|ਤੁਹਾਡਾ|ਤੇਰੀ|tera|tuhada|teri) (ਆਖਰੀ|ਆਖ਼ਰੀ|ਅਖੀਰਲਾ|aakhri|akhri|"
            r"aakhiri) (ਦਿਨ|ਰਾਤ|din|raat)"
        ),
        # Being beaten or attacked right now; things smashed; a hand raised.
        (
            r"({me}|{you}) (ਆ ਕੇ |aa ke |a ke )?(ਮਾਰੂੰਗਾ|ਮਾਰੂਗਾ|ਮਾਰਾਂਗਾ|ਮਾਰੂੰਗੀ|ਵੱਢੂੰਗਾ|"
            r"ਵੱਢਾਂਗਾ|maarunga|marunga|maruga|marunga|marangaa|maranga|vaddunga|vadhunga)"
        ),
        (
            r"(ਆ ਕੇ|aa ke|a ke) (ਮਾਰੂੰਗਾ|ਮਾਰੂਗਾ|ਮਾਰਾਂਗਾ|ਵੱਢੂੰਗਾ|maarunga|marunga|maruga|"
            r"maranga|vaddunga)"
        ),
        (
            r"{me} (ਮਾਰਦਾ|ਕੁੱਟਦਾ|ਮਾਰਦੀ|ਕੁੱਟਦੀ|ਮਾਰਦੇ|ਕੁੱਟਦੇ|maarda|marda|kuttda|kutda) (ਪਿਆ|"
            r"ਪਈ|ਪਏ|peya|pya|pai)"
        ),
        (
            r"(ਮੇਰੇ|ਸਾਡੇ|mere|sade) (ਤੇ|ਉੱਤੇ|te|utte) (ਹੱਥ|hath) (ਚੁੱਕ|ਚੱਕ|chukk|chakk|"
            r"chuk|chak) {prog}"
        ),
        (
            r"(ਭੰਨ ਤੋੜ|ਭੰਨਤੋੜ|ਤੋੜ ਫੋੜ|ਤੋੜਫੋੜ|ਤੋੜ ਭੰਨ|bhann tod|bhan tod|todfod|tod phod|"
            r"tod fod) (ਕਰ|kar) {prog}"
        ),
        (
            r"{me} (ਕੁੱਟ|ਮਾਰ|ਕੁਟ|ਧੂਹ|ਘਸੀਟ|ਦਬੋਚ|ਗਲਾ ਘੁੱਟ|kutt|kut|maar|mar|dhooh|ghasit|"
            r"gala ghutt) {prog}"
        ),
        r"(ਉਹ|ਓਹ|ਉਸ|oh|o) (ਕੁੱਟ|ਮਾਰ|kutt|maar) {prog}",
        r"(ਮੇਰਾ|mera) (ਗਲਾ|gala) (ਘੁੱਟ|ਦਬਾ|ghutt|ghut|daba) {prog}",
        # Followed, watched, waited for, found.
        r"(ਪਿੱਛਾ|ਪਿੱਛੇ|picha|pichha|piche|pichhe|pisha) (ਕਰ|ਕਰਦਾ|ਕਰਦੇ|kar|karda|karde) {prog}",
        r"(ਪਿੱਛੇ|ਪਿੱਛਾ|piche|pichhe|picha) (ਲੱਗ*|ਆ ਰਿਹ*|ਆ ਰਹੇ|lag*|aa reh*|aa rahe)",
        r"(ਫਾਲੋ|ਫੌਲੋ|follow|folo) (ਕਰ|kar|kr) {prog}",
        (
            r"(ਬਾਹਰ|ਦਰਵਾਜ਼ੇ|ਦਰਵਾਜੇ|ਬੂਹੇ|ਗੇਟ|ਗਲੀ|ਮੋੜ|ਥੱਲੇ|bahar|baahar|darwaze|darvaze|buhe|"
            r"gate|gali|mod|thalle) {gap} (ਖੜ੍ਹਾ|ਖੜਾ|ਖੜੀ|ਖੜ੍ਹੀ|ਖੜ੍ਹੇ|ਖੜੇ|ਬੈਠਾ|ਬੈਠੀ|ਬੈਠੇ|"
            r"ਘੁੰਮ|ਗੇੜੇ|khada|khadda|khadi|khade|khara|khari|khare|baitha|baithi|baithe|"
            r"ghum|gede)(?! (ਸੀ|ਸਨ|si|san|sige))"
        ),
        (
            r"(ਬਾਹਰ|ਗਲੀ|ਗੇਟ|ਮੋੜ|bahar|baahar|gali|gate|mod) {gap} (ਮੇਰੀ|meri|sadi|"
            r"ਸਾਡੀ) (ਉਡੀਕ|udeek|udik|intezar)"
        ),
        (
            r"(ਦਰਵਾਜ਼ਾ|ਦਰਵਾਜਾ|ਬੂਹਾ|ਗੇਟ|ਸ਼ੀਸ਼ਾ|ਬਾਰੀ|darwaza|darvaza|buha|gate|sheesha|"
            r"baari) (ਖੜਕਾ|ਭੰਨ|ਤੋੜ|ਕੁੱਟ|ਧੱਕ|ਖੜਕ|khadka|kharka|bhann|bhan|tod|tor|kutt|"
            r"dhakk|khadak) {prog}"
        ),
        (
            r"(ਅੰਦਰ|ਘਰ|andar|ghar) (ਵੜਨ|ਆਉਣ|ਘੁਸਣ|vadan|aun|ghusan) (ਦੀ|di) (ਕੋਸ਼ਿਸ਼|"
            r"koshish) (ਕਰ|kar) {prog}"
        ),
        (
            r"(ਉਹ|ਓਹ|ਉਹਨੇ|oh|o|ohne) (ਘਰ |ਅੰਦਰ |ਇੱਥੇ |ਏਥੇ |ਏਧਰ |ghar |andar |ithe |ethe |"
            r"edhar )?(ਆ ਰਿਹ*|ਆ ਰਹੇ|ਆ ਗਿਆ|ਆ ਗਏ|ਆਉਣ ਵਾਲ*|ਵੜ ਗਿਆ|ਘੁਸ ਗਿਆ|ਪਹੁੰਚ ਗਿਆ|aa reh*|"
            r"aa riha|aa rea|aa rahe|aa gaya|aa gya|aa gye|aun wal*|aun val*|vad gaya|"
            r"varh gaya|ghus gaya|pahunch gaya)(?! (ਸੀ|ਸਨ|si|san|sige))"
        ),
        (
            r"(ਅੰਦਰ|ਘਰ ਵਿੱਚ|ਘਰ ਚ|ਘਰੇ|andar|ghar vich|ghar ch|ghare) (ਵੜ|ਘੁਸ|ਵੜ ਆ|vad|varh|"
            r"ghus) (ਗਿਆ|ਗਏ|ਗਈ|ਆਇਆ|ਆਏ|gaya|gya|gaye|gayi|aaya)(?! (ਸੀ|ਸਨ|si|san))"
        ),
        r"(ਭੰਨ|ਤੋੜ|bhann|bhan|tod|tor) (ਕੇ|ke) (ਅੰਦਰ|ਘਰ|andar|ghar)",
        # "He is going to kill me": ਉਹਨੇ ਮੈਨੂੰ ਮਾਰਨਾ ਹੈ.
        (
            r"(ਉਹਨੇ|ਓਹਨੇ|ਉਸਨੇ|ਉਹਨਾਂ ਨੇ|ohne|usne|ohna ne) {me} (ਮਾਰਨਾ|ਮਾਰ ਦੇਣਾ|ਮਾਰ ਮੁਕਾਉਣਾ|"
            r"ਵੱਢਣਾ|maarna|marna|maar dena|mar dena|vadhna)"
        ),
        (
            r"{me} (ਲੱਭ|ਲਭ|ਢੂੰਡ|ਟੋਲ|labh|lab|dhoond|dhund|tol) (ਲਵੇਗ*|ਲਊ*|ਲੈਣਾ|ਲੈਣਗੇ|ਲਿਆ|"
            r"ਲੈਣ*|ਰਿਹ*|ਰਹੇ|lega|legi|lau|lena|lainge|lenge|leya|liya|reh*|rahe|riha)"
        ),
        (
            r"(ਪਤਾ|pata|pta) (ਲੱਗ ਗਿਆ|ਲਗ ਗਿਆ|ਕਰ ਲਿਆ|lag gaya|lag gya|kar leya|"
            r"kar liya) {gap} (ਕਿੱਥੇ|ਕਿਥੇ|kithe|kitthe) {gap} (ਰਹਿੰਦ*|ਰਹਿਨ*|rehnd*|rehand*|"
            r"reh*)"
        ),
        (
            r"(ਮੇਰਾ|ਸਾਡਾ|mera|sada) (ਪਤਾ|ਐਡਰੈਸ|ਘਰ|address|pata|ghar) (ਲੱਭ|ਲਭ|ਕੱਢ|labh|lab|"
            r"kadh) (ਲਿਆ|ਲਈ|leya|liya|lai)"
        ),
        # Unsafe, in danger, hiding, threatened now, calling for the police.
        (
            r"(ਮੈਂ|ਮੈ|ਅਸੀਂ|ਅਸੀ|main|mai|me|asi|asin) {gap1} (ਸੁਰੱਖਿਅਤ|ਸੁਰਖਿਅਤ|ਮਹਿਫੂਜ਼|ਸੇਫ|"
            r"safe|surakhiat|surakhit|mehfooz) {not}"
        ),
        (
            r"(ਸੁਰੱਖਿਅਤ|ਸੁਰਖਿਅਤ|ਮਹਿਫੂਜ਼|ਸੇਫ|safe|surakhiat|surakhit|mehfooz) {not} (ਹਾਂ|ਹਾ|"
            r"ਹੈ|ਆ|ਆਂ|ਮਹਿਸੂਸ|haan|han|ha|hai|aa|mehsoos)"
        ),
        (
            r"(ਮੈਂ|ਮੈ|ਅਸੀਂ|ਮੇਰੀ ਜਾਨ|main|mai|asi|meri jaan) {gap1} (ਖਤਰੇ|ਖ਼ਤਰੇ|khatre|"
            r"khatrey) (ਵਿੱਚ|ਚ|ਵਿਚ|vich|ch|wich) {is}"
        ),
        r"(ਮੇਰੀ|meri) (ਜਾਨ|jaan) (ਨੂੰ|nu) (ਖਤਰਾ|ਖ਼ਤਰਾ|khatra) {is}",
        (
            r"(ਲੁਕੀ|ਲੁਕਿਆ|ਲੁਕੇ|ਛੁਪੀ|ਛੁਪਿਆ|ਛੁਪੇ|luki|lukeya|lukya|luke|chhupi|chupi|"
            r"chhupeya|chupeya)( ਹੋਈ| ਹੋਇਆ| ਹੋਏ| hoi| hoyi| hoya| hoye)? (ਹਾਂ|ਹਾ|ਆਂ|ਆ|ਹੈ|"
            r"ਹਾਂ|haan|han|ha|aa|an)"
        ),
        r"(ਧਮਕੀ|ਧਮਕੀਆਂ|ਧਮਕਾ|dhamki|dhamkiyan|dhamkian|dhamkia|dhamka) (ਦੇ|de)? ?{prog}",
        (
            r"(ਧਮਕੀ|ਧਮਕੀਆਂ|dhamki|dhamkiyan|dhamkian) (ਦਿੱਤੀ|ਦਿੱਤੀਆਂ|ਦੇ ਗਿਆ|ਭੇਜੀ|diti|"
            r"ditti|de gaya|bheji) {is}"
        ),
        (
            r"(ਪੁਲਿਸ|ਪੁਲੀਸ|ਪੁਲਸ|police|polis|pulis) (ਬੁਲਾਓ|ਬੁਲਾ ਦਿਓ|ਬੁਲਾ ਦਿਉ|ਬੁਲਾਉ|ਸੱਦੋ|"
            r"ਭੇਜੋ|ਨੂੰ ਫੋਨ ਕਰੋ|ਨੂੰ ਦੱਸੋ|bulao|bula do|bulado|bhejo|sado|saddo|"
            r"nu phone karo|nu call karo|call karo)"
        ),
        r"({me}) (ਬਚਾਓ|ਬਚਾ ਲਓ|ਬਚਾ ਲੋ|ਬਚਾਲੋ|ਬਚਾ ਲਵੋ|ਬਚਾਉ|bachao|bacha lo|bachalo|bacha lao|bachaao)",
        r"(ਬਚਾਓ|bachao|bachaao) (ਬਚਾਓ|bachao|bachaao)",
        r"(ਪਲੀਜ਼|ਪਲੀਜ|please|plz|pls|plis) (ਬਚਾਓ|ਬਚਾ ਲਓ|bachao|bacha lo)",
        r"(ਘਰ|ਦਰਵਾਜ਼ੇ|ਦਰਵਾਜੇ) (ਦੇ )?(ਬਾਹਰ|ਸਾਹਮਣੇ) {gap1}(ਹੈ|ਖੜ੍ਹਾ|ਖੜਾ|ਖੜ੍ਹੀ)",
        # The present tells of abuse that goes on: "ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ".
        r"(ਪਤੀ|ਘਰਵਾਲਾ|ਉਹ) (ਮੈਨੂੰ|ਸਾਨੂੰ) (ਮਾਰਦਾ|ਕੁੱਟਦਾ|ਮਾਰਦੇ|ਕੁੱਟਦੇ) (ਹੈ|ਹਨ)",
        r"ਘਰ (ਵਾਪਸ )?(ਜਾਣ) (ਤੋਂ) (ਡਰ|ਡਰਦੀ|ਡਰਦਾ) (ਲੱਗਦਾ|ਲਗਦਾ|ਹਾਂ)",
    ),
    child=(
        # Missing, not found, not home.
        (
            r"{kid} {gap} (ਲਾਪਤਾ|ਗੁੰਮ|ਗੁਆਚ*|ਗਵਾਚ*|ਖੋ ਗ*|ਗਾਇਬ|ਗ਼ਾਇਬ|lapata|laapata|lapta|"
            r"gum|guach*|gwach*|gavach*|kho g*|gayab|gaib|ghaib|gayib)"
        ),
        r"{kid} (?!(ਨੂੰ|ਨੂ|ਦਾ|ਦੀ|ਦੇ|nu|nun|da|di|de) ){gap} {not} (ਲੱਭ|ਲਭ|ਮਿਲ|labh|lab|mil) {prog}",
        # Not found yet (ਲੱਭੇ, not ਮਿਲੇ, which is also "have not met").
        (
            r"{kid} (?!(ਨੂੰ|ਨੂ|ਦਾ|ਦੀ|ਦੇ|nu|nun|da|di|de) ){gap} {not} (ਲੱਭੇ|ਲੱਭਿਆ|ਲੱਭੀ|"
            r"ਲੱਭੀਆਂ|labhe|labheya|labhi|labhya)"
        ),
        (
            r"{kid} {gap} (ਘਰ|ਵਾਪਸ|ghar|wapas|vapas) {not} (ਆਇਆ|ਆਈ|ਆਏ|ਆਈਆਂ|ਪਹੁੰਚ*|ਮੁੜ*|"
            r"ਪਰਤ*|aaya|aya|aayi|aai|ayi|aye|aaye|pahunch*|mud*|murh*|parat*)"
        ),
        # Hurt now, or about to be; "ਮਾਰਦਾ ਪਿਆ" is the ongoing "is hitting".
        (
            r"{kid} (ਨੂੰ|ਨੂ|nu|nun|noo) {gap} (ਮਾਰਦਾ|ਕੁੱਟਦਾ|ਮਾਰਦੀ|ਕੁੱਟਦੀ|maarda|marda|"
            r"kuttda|kutda) (ਪਿਆ|ਪਈ|ਪਏ|ਹੈ|ਆ|peya|pya|pai|hai|aa)"
        ),
        (
            r"{kid} (ਨੂੰ|ਨੂ|nu|nun|noo) {gap1} (ਕੁੱਟ|ਮਾਰ|ਕੁਟ|ਸੱਟ ਮਾਰ|ਤੰਗ ਕਰ|ਛੇੜ|ਧੂਹ|ਸਾੜ|"
            r"kutt|kut|maar|mar|tang kar|chhed|dhooh|saad) {prog}"
        ),
        (
            r"{kid} (ਨੂੰ|ਨੂ|nu|nun|noo) {gap1} (ਮਾਰ ਦੇਵ*|ਮਾਰ ਦੇਣ*|ਮਾਰ ਦਿਊ*|ਮਾਰ ਦਊ*|"
            r"ਨੁਕਸਾਨ ਪਹੁੰਚਾ*|ਨੁਕਸਾਨ ਕਰ*|ਸੱਟ ਮਾਰ*|maar dega|maar degi|maar dena|mar dega|"
            r"mar dena|maar deu|nuksan*|nuksaan*|satt maar*)"
        ),
        (
            r"{kid} (ਨੂੰ |ਨੂ |nu |nun |noo )?(ਉਹ |ਓਹ |ਕੋਈ |oh |o |koi )?(ਲੈ|le|lai) (ਗਿਆ|"
            r"ਗਈ|ਗਏ|ਕੇ ਭੱਜ*|ਕੇ ਭੱਜ ਗ*|ਕੇ ਚਲਾ ਗਿਆ|ਕੇ ਚਲੀ ਗਈ|ਕੇ ਨਿਕਲ ਗ*|ਜਾਵੇਗ*|ਜਾਊ*|ਜਾਣਾ|"
            r"gaya|gya|gayi|gyi|gaye|ke bhajj*|ke bhaj*|ke chala gaya|ke nikal g*|jaega|"
            r"jawega|javega|jau|jana)"
        ),
        (
            r"{kid} (ਨੂੰ |ਨੂ |nu |nun |noo )?(ਉਹ |ਓਹ |ਕੋਈ |oh |o |koi )?(ਚੁੱਕ|ਚੱਕ|ਉਠਾ|"
            r"chakk|chak|chukk|chuk|utha) (ਕੇ ਲੈ ਗ*|ਕੇ ਲੈ ਜਾ*|ਕੇ ਭੱਜ*|ਲੈ ਗ*|ਲੈ ਜਾ*|"
            r"ਕੇ ਲੈ ਗਏ|ke le g*|ke lai g*|ke le ja*|ke bhajj*|le g*|le ja*)"
        ),
        (
            r"{kid} (ਨੂੰ|ਨੂ|nu|nun) (ਕਿਸੇ ਨੇ|ਉਹਨੇ|ਉਸਨੇ|ਉਹਨਾਂ ਨੇ|kise ne|ohne|usne|"
            r"ohna ne) (ਚੁੱਕ|ਚੱਕ|ਉਠਾ|chakk|chak|chuk|utha) (ਲਏ|ਲਈ|ਲਿਆ|ਲਈਆਂ|laye|lai|layi|"
            r"leya|liya)"
        ),
        (
            r"(ਉਹਨੇ|ਉਸਨੇ|ਉਹਨਾਂ ਨੇ|ਕਿਸੇ ਨੇ|ohne|usne|ohna ne|kise ne) {gap1} {kid} (ਨੂੰ |"
            r"nu )?(ਚੁੱਕ|ਚੱਕ|ਉਠਾ|chakk|chak|chuk|utha) (ਲਏ|ਲਈ|ਲਿਆ|ਲਈਆਂ|laye|lai|layi|leya|"
            r"liya)"
        ),
        r"{kid} {gap} (ਅਗਵਾ|ਕਿਡਨੈਪ|agwa|agva|kidnap*)",
        (
            r"{kid} {gap5} (ਜ਼ਬਰਦਸਤੀ|ਜਬਰਦਸਤੀ|ਧੱਕੇ ਨਾਲ|ਧੱਕੇ ਨਾ|zabardasti|jabardasti|"
            r"zabardasti|dhakke naal|dhakke nal) {gap5} (ਲੈ ਗ*|ਲੈ ਜਾ*|ਚੁੱਕ*|ਖਿੱਚ*|ਘਸੀਟ*|"
            r"ਬਿਠਾ*|le g*|le ja*|chakk*|chuk*|khich*|bitha*)"
        ),
        (
            r"{kid} (ਨੂੰ|ਨੂ|nu|nun) {gap} (ਬਿਠਾ|ਚੁੱਕ|ਖਿੱਚ|ਘਸੀਟ|ਧੂਹ|bitha|chakk|chuk|khich|"
            r"ghasit|dhooh) (ਕੇ|ke) (ਲੈ ਗ*|ਲੈ ਜਾ*|ਲੈ ਕੇ ਭੱਜ*|le g*|le ja*|le ke bhajj*)"
        ),
        (
            r"{kid} (ਨੂੰ|ਨੂ|nu|nun|noo) {gap} (ਬੰਦ|band) (ਕਰ|kar) (ਦਿੱਤਾ|ਦਿੱਤੀ|ਦਿੱਤੇ|ਰੱਖਿਆ|"
            r"ਰੱਖੀ|ਲਿਆ|ditta|dita|diti|ditti|rakheya|rakhi|leya)"
        ),
        r"{kid} {gap} (ਖਤਰਾ|ਖ਼ਤਰਾ|ਖਤਰੇ|ਖ਼ਤਰੇ|khatra|khatre) (ਹੈ|ਆ|ਏ|ਵਿੱਚ|ਚ|hai|aa|e|vich|ch)",
        r"{kid} {gap} (ਸੁਰੱਖਿਅਤ|safe) {not}",
    ),
    medical=(
        # Too many pills, a whole strip, all at once; poison, bleach or pesticide swallowed.
        (
            r"{many} {gap} {pills} {gap} (ਖਾ|ਨਿਗਲ|ਲੈ|ਪੀ|ਖਾਹ|kha|nigal|le|lai|pee|pi) (ਲਈਆਂ|"
            r"ਲਈ|ਲਿਆ|ਲਏ|ਗਿਆ|ਗਈ|ਗਏ|ਬੈਠ*|layian|laiyan|laiyaan|lai|layi|leya|liya|laye|gaya|"
            r"gayi|gya|gyi|baith*)"
        ),
        (
            r"{pills} {gap} (ਖਾ|ਨਿਗਲ|ਲੈ|ਪੀ|kha|nigal|le|lai|pee|pi) (ਲਈਆਂ|ਲਈ|ਲਿਆ|ਲਏ|ਗਿਆ|ਗਈ|"
            r"ਗਏ|layian|laiyan|lai|layi|leya|liya|laye|gaya|gayi|gya|gyi) {many}"
        ),
        r"(ਓਵਰਡੋਜ਼|ਓਵਰ ਡੋਜ਼|ਓਵਰਡੋਜ|ਉਵਰਡੋਜ਼)",
        (
            r"{poison} {gap1} (ਖਾ|ਪੀ|ਨਿਗਲ|kha|pee|pi|nigal) (ਲਿਆ|ਲਈ|ਲਏ|ਗਿਆ|ਗਈ|ਗਏ|ਲੀ|leya|"
            r"liya|lai|layi|laye|gaya|gayi|gya|gyi)"
        ),
        # Not breathing, not waking, unconscious.
        r"(ਸਾਹ|ਸਾਂਹ|saah|sah|saa|saans) {not} (ਲੈ|ਆ|ਲਿਆ|le|lai|aa|la) {prog}",
        r"(ਸਾਹ|ਸਾਂਹ|saah|sah|saans) {not} (ਆਉਂਦ*|ਲੈਂਦ*|ਲੈ ਹੁੰਦ*|aaund*|aund*|lend*|laind*)",
        (
            r"(ਸਾਹ|ਸਾਂਹ|saah|sah|saans) (ਰੁਕ|ਬੰਦ|ਟੁੱਟ|ruk|band|tutt) (ਗਿਆ|ਹੋ ਗਿਆ|ਰਿਹ*|"
            r"ਹੋ ਰਿਹ*|gaya|gya|ho gaya|ho gya|reh*|ho reh*)"
        ),
        r"(ਸਾਹ|ਸਾਂਹ|saah|sah|saans) (ਔਖਾ|ਔਖੇ|ਔਖਾ ਔਖਾ|aukha|aukhe|okha) (ਆ|ਲੈ|aa|le|lai) {prog}",
        r"(ਬੁੱਲ੍ਹ|ਬੁੱਲ|ਬੁਲ੍ਹ|bull|bul|bulh) (ਨੀਲੇ|ਨੀਲੇ ਹੋ|neele|nile)",
        (
            r"(ਸਾਹ|saah|sah|saans) (ਲੈਣ|ਲੈਣ ਵਿੱਚ|ਲੈਣ ਚ|lain|lain vich|lain ch|"
            r"lena) {gap1} (ਔਖ|ਤਕਲੀਫ|ਮੁਸ਼ਕਲ|ਦਿੱਕਤ|aukh|takleef|mushkil|dikkat)"
        ),
        (
            r"(ਬੇਹੋਸ਼|ਬੇਸੁਰਤ|ਬੇਹੋਸ|behosh|behos|beosh|behoosh) (ਹੋ ਗਿਆ|ਹੋ ਗਈ|ਹੋ ਗਏ|ਹੈ|ਆ|"
            r"ਪਿਆ|ਪਈ|ਪਏ|ਹੋਇਆ|ਹੋਈ|ho gaya|ho gayi|ho gaye|ho gya|ho gyi|ho gye|hai|aa|pia|"
            r"peya|pai|pye|hoya|hoi)(?! (ਸੀ|ਸਨ|si|san))"
        ),
        (
            r"(ਹੋਸ਼|hosh|hos) {not} (ਆ ਰਿਹ*|ਆ ਰਹੀ|ਆਈ|ਆਇਆ|ਆਉਂਦ*|ਆ ਰਹੇ|aa reh*|aa rahi|"
            r"aa riha|aayi|aai|aaya|aund*)"
        ),
        r"(ਹੋਸ਼|hosh) (ਵਿੱਚ|ਚ|ਵਿਚ|vich|ch) {not} (ਆ|aa) {prog}",
        r"(ਹਿੱਲ|ਹਿਲ|ਹਿੱਲਜੁਲ|ਉੱਠ|ਉਠ|ਜਾਗ|hill|hil|uth|utth|jaag) (ਹੀ |ਵੀ |hi |vi )?{not} {prog}",
        r"(ਅੱਖਾਂ|ਅੱਖ|akhan|akh|akhaan) {not} (ਖੋਲ੍ਹ|ਖੋਲ|khol) {prog}",
        # Heavy bleeding that will not stop.
        (
            r"(ਖੂਨ|ਖ਼ੂਨ|ਲਹੂ|khoon|khun|lahu|lahoo) {gap1} (ਵਗ|ਨਿਕਲ|ਵਹਿ|ਡੁੱਲ੍ਹ|ਚੋਅ|vag|wag|"
            r"nikal|veh|dull) {prog}"
        ),
        r"(ਖੂਨ|ਖ਼ੂਨ|ਲਹੂ|khoon|khun|lahu|lahoo) {gap1} (ਵਗੀ|ਨਿਕਲੀ|ਵਹੀ|vagi|wagi|nikli) (ਜਾ*|ja*)",
        (
            r"(ਖੂਨ|ਖ਼ੂਨ|ਲਹੂ|khoon|khun|lahu) {not} (ਰੁਕ|ਬੰਦ|ruk|band) ({prog}|ਹੋ ਰਿਹ*|"
            r"ਹੁੰਦ*|ho reh*|ho riha|hond*|hund*)"
        ),
        (
            r"(ਚਾਕੂ|ਛੁਰਾ|ਛੁਰੀ|ਗੋਲੀ|chaku|chakku|churi|chhuri|goli) (ਮਾਰ ਦਿੱਤ*|ਲੱਗ ਗਈ|"
            r"ਵੱਜ ਗਈ|ਮਾਰੀ ਹੈ|ਮਾਰਿਆ ਹੈ|ਮਾਰ ਗਿਆ|maar dita|maar ditta|mar dita|lag gayi|"
            r"lag gyi|vajj gayi|mari hai|mareya hai)"
        ),
        # Heart attack, stroke, chest pain now.
        (
            r"(ਦਿਲ ਦਾ ਦੌਰਾ|ਹਾਰਟ ਅਟੈਕ|ਹਾਰਟ ਅਟੈਕ|ਅਟੈਕ|ਦੌਰਾ|ਸਟਰੋਕ|ਅਧਰੰਗ|dil da daura|"
            r"heart attack|hart attack|attack|daura|stroke) (ਪੈ ਗਿਆ|ਪਿਆ|ਆ ਗਿਆ|ਆਇਆ|ਹੋ ਗਿਆ|"
            r"pai gaya|pe gaya|pai gya|peya|pia|aa gaya|aaya|ho gaya)(?! (ਸੀ|si))"
        ),
        r"(ਛਾਤੀ|ਸੀਨੇ|ਸੀਨਾ|chhati|chati|seene|seena) {gap} (ਦਰਦ|ਪੀੜ|dard|peed|peerh) {gap} {prog}",
    ),
    ignore=(
        # Idioms: "this form took my life out", "died laughing", "dying of hunger".
        # "I won't live in fear": a wish to live, not to die.
        (
            r"(ਡਰ|ਡਰ ਕੇ|ਡਰ ਡਰ ਕੇ|ਡਰਦੇ|ਡਰਦੀ|dar|dar ke|dar dar ke|darde|dardi) (ਹੋਰ |"
            r"hor )?{not} (ਜੀਣਾ|ਜਿਉਣਾ|jeena|jina)"
        ),
        r"(ਜਾਨ|jaan|jan) (ਕੱਢ|kadh|kad) (ਦਿੱਤੀ|ਲਈ|ਦਿੰਦਾ|ਦਿੰਦੀ|ditti|diti|lai|dinda|dindi)",
        r"(ਹੱਸ ਹੱਸ|ਹਸ ਹਸ|hass hass|has has|hass) (ਕੇ|ke) (ਮਰ|mar|maar|ਢਿੱਡ|dhidd)",
        (
            r"(ਭੁੱਖ|ਠੰਢ|ਠੰਡ|ਗਰਮੀ|ਸ਼ਰਮ|ਹਾਸੇ|ਥਕਾਵਟ|bhukh|thand|garmi|sharam|haase) (ਨਾਲ|"
            r"ਦੇ ਮਾਰੇ|ਨਾ|naal|nal|de maare) (ਮਰ|mar)"
        ),
        (
            r"(ਫਾਰਮ|ਕੰਮ|ਗਰਮੀ|ਠੰਡ|ਟੈਨਸ਼ਨ|ਸਵਾਲ|ਉਡੀਕ|ਇੰਤਜ਼ਾਰ|form|kam|kamm|garmi|thand|"
            r"tension|sawal|swal|udeek|intezar) (ਨੇ |ne )?(ਤਾਂ |taan |tan )?(ਮੈਨੂੰ|mainu|"
            r"menu)"
        ),
        r"(ਮਰਦੇ|marde) (ਦਮ|dam) (ਤੱਕ|ਤਕ|tak|takk)",
        # A lost thing, not a lost child: "ਕੁੜੀ ਦਾ ਫੋਨ ਗੁੰਮ ਹੋ ਗਿਆ".
        (
            r"(ਫੋਨ|ਫ਼ੋਨ|ਮੋਬਾਈਲ|ਬੈਗ|ਬਸਤਾ|ਕਿਤਾਬ*|ਖਿਡੌਣ*|ਪਰਸ|ਬਟੂਆ|ਚਾਬੀ*|ਕਾਰਡ|ਪਾਸਪੋਰਟ|ਚਿੱਠੀ|"
            r"ਕਾਗਜ਼*|ਫਾਰਮ|ਨੰਬਰ|phone|mobile|bag|basta|kitab*|purse|chabi*|card|passport|"
            r"keys|form|number) (ਗੁੰਮ|ਗੁਆਚ*|ਗਵਾਚ*|ਖੋ|gum|guach*|gwach*|gavach*|kho)"
        ),
        # The defence side in court; "is it safe?" questions.
        r"(ਬਚਾਓ|ਬਚਾਅ|bachao|bachaa) (ਪੱਖ*|ਧਿਰ|pakh*|paksh*)",
        (
            r"(ਖੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ|khudkushi|suicide) (ਬਾਰੇ |ਦਾ |bare |da )?{not} (ਕਰਨੀ|ਸੋਚ*|"
            r"ਕਰਾਂਗ*|karni|soch*|karanga|karangi)"
        ),
    ),
    past=(
        r"(19|20)[0-9][0-9]",
        (
            r"(ਸਾਲ|ਸਾਲਾਂ|ਮਹੀਨੇ|ਮਹੀਨਿਆਂ|ਹਫ਼ਤੇ|ਹਫਤੇ|saal|sal|saalan|mahine|hafte) (ਪਹਿਲਾਂ|"
            r"ਪਹਿਲੇ|ਪਹਿਲਾ|pehlan|pehla|pehle|pahle)"
        ),
        r"(ਪਿਛਲੇ|ਪਿੱਛਲੇ|pichhle|pichle|pishle) (ਸਾਲ|ਮਹੀਨੇ|ਹਫ਼ਤੇ|ਹਫਤੇ|saal|sal|mahine|hafte)",
        r"(ਅਦਾਲਤ|ਕੋਰਟ|ਕਚਹਿਰੀ|ਮੁਕੱਦਮ*|ਪੇਸ਼ੀ|adalat|kachehri|mukadma|peshi)",
        r"(ਸਜ਼ਾ|ਸਜਾ|ਜੇਲ੍ਹ|ਜੇਲ|saza|sazaa)",
        (
            r"(ਜਦੋਂ|ਜਦ|jado|jadon|jad) (ਮੈਂ|main|mai) (ਛੋਟਾ|ਛੋਟੀ|ਨਿੱਕਾ|ਨਿੱਕੀ|ਬੱਚਾ|ਬੱਚੀ|"
            r"chhota|chhoti|chota|choti|nikka|nikki|bacha|bachi)"
        ),
        r"(ਬਚਪਨ|ਨਿੱਕੇ ਹੁੰਦਿਆਂ|bachpan)",
        r"(ਉਸ|ਓਸ|us|os) (ਰਾਤ|ਦਿਨ|ਵੇਲੇ|ਟਾਈਮ|ਸਮੇਂ|raat|rat|din|vele)",
        r"(ਉਦੋਂ|ਓਦੋਂ|udon|odon)",
        r"(ਗਿਆ|ਗਈ|ਗਏ|ਲਿਆ|ਲਈ|ਲਏ|ਦਿੱਤਾ|ਦਿੱਤੀ|ਦਿੱਤੇ|ਕੀਤਾ|ਕੀਤੀ|ਕੀਤੇ|ਹੋਇਆ|ਹੋਈ|ਸੀ) (ਸੀ|ਸਨ|ਸਿਗਾ|ਸਿਗੀ)",
        # The habitual past ("he used to say", "used to beat"), named verb by verb so the
        # marker is looked up by its first letters rather than tried at every word.
        (
            r"(ਕਹਿੰਦਾ|ਕਹਿੰਦੀ|ਕਹਿੰਦੇ|ਕਰਦਾ|ਕਰਦੀ|ਕਰਦੇ|ਦਿੰਦਾ|ਦਿੰਦੀ|ਦਿੰਦੇ|ਮਾਰਦਾ|ਮਾਰਦੀ|ਕੁੱਟਦਾ|"
            r"ਕੁੱਟਦੀ|ਆਉਂਦਾ|ਆਉਂਦੀ|ਰਹਿੰਦਾ|ਰਹਿੰਦੀ|ਬੋਲਦਾ|ਧਮਕਾਉਂਦਾ|ਡਰਾਉਂਦਾ|ਪਹੁੰਚਾਉਂਦਾ|"
            r"ਪਹੁੰਚਾਉਂਦੀ|ਖਾਂਦਾ|ਖਾਂਦੀ|ਪੀਂਦਾ) (ਸੀ|ਸਨ|ਸਿਗਾ|ਸਿਗੀ)"
        ),
        (
            r"(kehnda|kehndi|kenda|kendi|karda|kardi|dinda|dindi|maarda|marda|kuttda|kutda|"
            r"aunda|aundi|rehnda|rehndi|bolda|dhamkaunda|daraunda|khanda|khandi|"
            r"peenda) (si|san|siga|sigi)"
        ),
        (
            r"(gaya|gayi|gya|gyi|gaye|gye|leya|liya|lai|layi|laye|dita|ditta|diti|ditti|"
            r"kita|kitta|kiti|kitti|hoya|hoi|teya|tiya|eya) (si|san|siga|sigi)"
        ),
        r"(ਪਹਿਲਾਂ|pehlan|pehla) {gap5} (ਸੀ|si) (ਪਰ|par)",
    ),
    now=(
        (
            r"(ਹੁਣੇ|ਹੁਣੇ ਹੁਣੇ|ਹੁਣ ਵੀ|ਇਸ ਵੇਲੇ|ਇਸ ਵਕਤ|ਇਸ ਟਾਈਮ|ਅੱਜ|ਅੱਜ ਰਾਤ|ਦੁਬਾਰਾ|ਫੇਰ ਤੋਂ|"
            r"ਫਿਰ ਤੋਂ|ਅਜੇ ਹੁਣੇ|ਐਸ ਵੇਲੇ)"
        ),
        (
            r"(hune|hunne|hunee|hun vi|is vele|is waqt|aaj|aj|ajj|ajj raat|dubara|dobara|"
            r"fer ton|pher ton|phir ton|abhi)"
        ),
    ),
    words={
        # Romanised Panjabi is often typed without its vowels ("mrna", "ghr", "khda") or with
        # doubled ones ("chaaku"); these are read as the spelling the patterns use.
        "mennu": "mainu",
        "mnu": "mainu",
        "mrna": "marna",
        "mrn": "maran",
        "mrja": "mar ja",
        "bahr": "bahar",
        "khda": "khada",
        "khdi": "khadi",
        "khde": "khade",
        "ghr": "ghar",
        "chaaku": "chaku",
        "chakoo": "chaku",
        "gawach": "gwach",
        "gawachi": "gwachi",
        "lyian": "laiyan",
        "lian": "laiyan",
        "layiaan": "laiyan",
        "saariyan": "sariyan",
        "saarian": "sariyan",
        "rha": "reha",
        "rhi": "rahi",
        "rhe": "rahe",
        "jnda": "jaanda",
        "plz": "please",
        "pls": "please",
    },
    fuzzy=("ਖੁਦਕੁਸ਼ੀ", "ਆਤਮਹੱਤਿਆ", "khudkushi", "aatmhatya", "ਓਵਰਡੋਜ਼", "ਸੁਰੱਖਿਅਤ"),
    macros={
        "me": _ME,
        "you": _YOU,
        "prog": _PROG,
        "is": _IS,
        "not": _NOT,
        "sui": (
            r"(ਖੁਦਕੁਸ਼ੀ|ਖੁਦਕਸ਼ੀ|ਖੁਦਕੁਸੀ|ਖੁਦਕੁਸ਼ੀਆਂ|ਆਤਮਹੱਤਿਆ|ਆਤਮ ਹੱਤਿਆ|ਆਤਮਘਾਤ|ਸੁਸਾਈਡ|ਸੂਸਾਈਡ|"
            r"khudkushi|khudkhushi|khudkashi|khudkishi|khudkushee|atamhatya|aatmhatya|"
            r"aatmhattya|suicide|sucide|suside)"
        ),
        "self": (
            r"(ਆਪਣੇ ਆਪ ਨੂੰ|ਆਪਣੇ ਆਪ ਨੂ|ਆਪਣੇ-ਆਪ ਨੂੰ|ਖੁਦ ਨੂੰ|ਆਪਣੇ ਆਪ|apne aap nu|apne aap nun|"
            r"apne ap nu|aapne aap nu|apne aap|khud nu|khud nun)"
        ),
        "weapon": (
            r"(ਚਾਕੂ|ਛੁਰੀ|ਛੁਰਾ|ਛੁਰੀਆਂ|ਦਾਤਰ|ਦਾਤ|ਗੰਡਾਸਾ|ਗੰਡਾਸੀ|ਕੁਹਾੜੀ|ਕੁਹਾੜਾ|ਪਿਸਤੌਲ|ਪਸਤੌਲ|"
            r"ਪਿਸਤੋਲ|ਬੰਦੂਕ|ਰਿਵਾਲਵਰ|ਰਫਲ|ਤਲਵਾਰ|ਡੰਡਾ|ਡੰਡੇ|ਰਾਡ|ਹਥਿਆਰ|ਤੇਜ਼ਾਬ|ਬੋਤਲ|chaku|chakku|"
            r"churi|chhuri|chura|datar|daatar|gandasa|kuhadi|kuhaadi|pistol|pistaul|"
            r"pastaul|bandook|banduk|revolver|rifle|talwar|danda|dande|rod|hathiyar|tezab|"
            r"tezaab|knife|gun)"
        ),
        "kid": (
            r"(ਨਿਆਣਿਆਂ|ਮੁੰਡਿਆਂ|ਪੋਤਿਆਂ|ਪੋਤੀਆਂ|ਦੋਹਤਿਆਂ|ਭਤੀਜਿਆਂ|ਬੇਟਿਆਂ|nianeyan|nyaneyan|"
            r"mundeyan|mundian|ਬੱਚਾ|ਬੱਚੀ|ਬੱਚੇ|ਬੱਚਿਆਂ|ਬੱਚੀਆਂ|ਮੁੰਡਾ|ਮੁੰਡੇ|ਕੁੜੀ|ਕੁੜੀਆਂ|ਪੁੱਤ|"
            r"ਪੁੱਤਰ|ਪੁੱਤਾਂ|ਧੀ|ਧੀਆਂ|ਬੇਟਾ|ਬੇਟੀ|ਬੇਟੇ|ਨਿਆਣਾ|ਨਿਆਣੇ|ਜੁਆਕ|ਜਵਾਕ|ਜਵਾਕਾਂ|ਜੁਆਕਾਂ|ਬਾਲ|"
            r"ਕਾਕਾ|ਕਾਕੀ|ਭਤੀਜਾ|ਭਤੀਜੀ|ਪੋਤਾ|ਪੋਤੀ|ਦੋਹਤਾ|ਦੋਹਤੀ|ਬੇਬੀ|bacha|bachcha|bacha|bachi|"
            r"bache|bachian|bachiyan|bachean|bacheyan|munda|munde|kudi|kuri|kudiyan|putt|"
            r"put|putar|puttar|dhee|dhi|beta|beti|bete|niana|nyana|jawak|juaak|jawaak|"
            r"jawak|kaka|kaki|baby)"
        ),
        "pills": (
            r"(ਗੋਲੀਆਂ|ਗੋਲੀ|ਦਵਾਈਆਂ|ਦਵਾਈ|ਦੁਆਈ|ਦੁਆਈਆਂ|ਟੈਬਲੇਟ*|ਟਿੱਕੀਆਂ|ਪੱਤਾ|ਪੱਤੇ|ਪੈਰਾਸੀਟਾਮੋਲ|"
            r"goliyan|golian|goliaan|goli|golia|dawai|dawaiyan|davai|dwai|duai|tablet*|"
            r"patta|patte|paracetamol)"
        ),
        "many": (
            r"(ਕਿੰਨੀਆਂ|ਕਿੰਨੀ|ਕਿੰਨੇ|ਪਤਾ ਨਹੀਂ ਕਿੰਨੀਆਂ|kinniyan|kinnian|kinni|kinne|ਬਹੁਤ|"
            r"ਬਹੁਤੀਆਂ|ਸਾਰੀਆਂ|ਸਾਰੀ|ਸਾਰਾ|ਸਾਰੇ|ਪੂਰਾ|ਪੂਰੀ|ਪੂਰੀਆਂ|ਜ਼ਿਆਦਾ|ਜਿਆਦਾ|ਵੱਧ|ਇਕੱਠੀਆਂ|"
            r"ਇਕੱਠੀ|ਇਕੱਠੇ|ਢੇਰ|ਡੱਬੀ|ਡੱਬਾ|ਸ਼ੀਸ਼ੀ|ਬੋਤਲ|ਕਈ|bahut|bohat|boht|bht|sariyan|sarian|"
            r"saari|sari|sare|poora|pura|puri|zyada|jyada|ziada|vadh|ikathiyan|ikathian|"
            r"ikatthe|dabbi|dabba|shishi|bottle)"
        ),
        "poison": (
            r"(ਜ਼ਹਿਰ|ਜਹਿਰ|ਜ਼ੈਹਰ|ਜਹਰ|ਜ਼ਹਿਰੀਲ*|ਸਲਫਾਸ|ਸਪਰੇ|ਸਪਰੇਅ|ਕੀਟਨਾਸ਼ਕ|ਤੇਜ਼ਾਬ|ਬਲੀਚ|"
            r"ਚੂਹੇ ਮਾਰ|zehar|zehr|jehar|zeher|jahar|sulfas|salphas|spray|keetnashak|tezab|"
            r"bleach)"
        ),
    },
    fold=INDIC_FOLD,
    strip_marks=False,
)
