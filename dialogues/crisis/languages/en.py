"""Crisis signs in English, as people in England and Wales type them on a phone.

Written from how people write when frightened: lower case, no apostrophes ("hes outside"),
text-speak ("kms", "wanna", "rn"), UK slang ("top myself", "kicking off", "necked"), first and
third person ("my son said he wants to kill himself"). Tense carries the difference between a
danger now and the crime a person is telling us about: "he has a knife" is now, "he had a
knife" is the offence, so the danger patterns use present and future forms, and `past`
holds what marks a story ("in 2019", "in court", "used to").
"""

from dialogues.crisis.lexicon import Lexicon

_CHILD = (
    r"(child|children|childs|kid|kids|son|sons|daughter|daughters|baby|babies|boy|girl|"
    r"toddler|little one|little ones|grandson|granddaughter|grandchild|grandkids|stepson|"
    r"stepdaughter|teenager|teen|lad|niece|nephew|\d+ (year|yr|years|yrs) old|newborn|infant|"
    r"youngest|eldest|oldest)"
)

LEXICON = Lexicon(
    language="en",
    macros={
        "me_self": r"(myself|my self|meself|me self|myslef|mysef)",
        "them_self": r"(himself|herself|themselves|themself|hisself|theirself|theirselves)",
        "who": (
            r"(he|she|they|someone|somebody|some one|a man|a woman|a guy|a bloke|this guy|"
            r"this man|my ex|ex|my (ex )?(partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|"
            r"father|stepdad|mum|mother|brother|sister|neighbour|uncle|son|daughter)|him|her)"
        ),
        "threat": (
            r"(he|she|they|someone|somebody|some one|a man|a woman|a guy|a bloke|this guy|"
            r"this man|my ex|ex|my ex (partner|husband|wife|boyfriend|girlfriend)|"
            r"my (partner|husband|boyfriend|stepdad|abuser|stalker|attacker|dad|father)|"
            r"(the|my|that) (stalker|abuser|attacker|offender|man|guy|bloke|person who "
            r"(hurt|attacked|robbed|assaulted|raped|burgled) (me|us)))"
        ),
        "be": r"(is|are|am|s|be|keeps|keep|still)",
        "will": (
            r"(will|going to|about to|gon|gunna|trying to|wants to|want to|threatening to|"
            r"threatens to|coming to|says he will|says she will|said he will|"
            r"said she will|swears he will|swore he would|is going to|is about to|plans to|"
            r"planning to|would|could|might)"
        ),
        "intent": (
            r"(want|wanna|wants|going|gonna|about|ready|planning|plan|plans|thinking|think|"
            r"thought|considering|feel like|feels like|tempted|urge|need|trying|try|tried|"
            r"decided|gna|might|will|ll)"
        ),
        "harm_verb": (
            r"(kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending|off|offing|top|"
            r"topping|hang|hanging|drown|drowning|shoot|shooting|stab|stabbing|poison|"
            r"poisoning|burn|burning|starve|starving|unalive|unaliving|overdose)"
        ),
        "weapon": (
            r"(knife|knifes|knives|kinfe|blade|blades|machete|gun|guns|pistol|shotgun|rifle|"
            r"firearm|weapon|weapons|bat|baseball bat|hammer|axe|crowbar|crossbow|acid|"
            r"screwdriver|broken bottle|bottle|meat cleaver|cleaver|sword|shank)"
        ),
        "home": (
            r"(house|door|front door|back door|flat|home|window|windows|garden|room|place|"
            r"bedroom|building|street|road|car|work|gate|school|drive|driveway)"
        ),
        "child": _CHILD,
        "kid": r"(my|our|the|his|her|their) {gap2}{child}",
        "pills": (
            r"(pills|pill|tablets|tablet|paracetamol|paracetemol|paracetomol|meds|medication|"
            r"medicine|painkillers|pain killers|sleeping pills|sleeping tablets|"
            r"antidepressants|anti depressants|insulin|codeine|tramadol|ibuprofen|aspirin|"
            r"diazepam|sertraline|co codamol|cocodamol|morphine|methadone|heroin|drugs)"
        ),
    },
    words={
        "kms": "kill myself",
        "kmn": "kill myself now",
        "kys": "kill yourself",
        "unalive": "kill",
        "unaliving": "killing",
        "wanna": "want to",
        "wana": "want to",
        "wanta": "want to",
        "gonna": "going to",
        "gona": "going to",
        "gunna": "going to",
        "finna": "going to",
        "ganna": "going to",
        "tryna": "trying to",
        "gotta": "got to",
        "imma": "i am going to",
        "ima": "i am going to",
        "im": "i am",
        "ive": "i have",
        "id": "i would",
        "hes": "he is",
        "shes": "she is",
        "theyre": "they are",
        "theres": "there is",
        "thats": "that is",
        "its": "it is",
        "whos": "who is",
        "dont": "do not",
        "doesnt": "does not",
        "didnt": "did not",
        "cant": "can not",
        "cannot": "can not",
        "cnt": "can not",
        "wont": "will not",
        "isnt": "is not",
        "aint": "is not",
        "arent": "are not",
        "wasnt": "was not",
        "hasnt": "has not",
        "havent": "have not",
        "wouldnt": "would not",
        "couldnt": "could not",
        "shouldnt": "should not",
        "hell": "he will",
        "shell": "she will",
        "theyll": "they will",
        "ill": "i will",
        "u": "you",
        "ur": "your",
        "r": "are",
        "pls": "please",
        "plz": "please",
        "plez": "please",
        "rn": "right now",
        "atm": "at the moment",
        "2nite": "tonight",
        "tonite": "tonight",
        "2day": "today",
        "2moro": "tomorrow",
        "tmrw": "tomorrow",
        "some1": "someone",
        "sum1": "someone",
        "som1": "someone",
        "any1": "anyone",
        "ppl": "people",
        "wiv": "with",
        "wid": "with",
        "w": "with",
        "b4": "before",
        "bc": "because",
        "coz": "because",
        "cos": "because",
        "cuz": "because",
        "oded": "overdosed",
        "ded": "dead",
        "ma": "my",
        "mi": "my",
        "hisself": "himself",
        "meself": "myself",
        "knive": "knife",
        "nife": "knife",
        "noone": "no one",
        "nobody": "no one",
        "selfharm": "self harm",
        "selfharming": "self harming",
        "anymore": "any more",
        "outsid": "outside",
        "outide": "outside",
        "folowing": "following",
        "followin": "following",
        "breathin": "breathing",
        "bleedin": "bleeding",
        "killin": "killing",
        "comin": "coming",
        "goin": "going",
        "tryin": "trying",
        "hurtin": "hurting",
        "hittin": "hitting",
        "bangin": "banging",
        "suicidle": "suicidal",
        "sucidal": "suicidal",
        "sucide": "suicide",
        "suiside": "suicide",
        "ambulence": "ambulance",
    },
    fuzzy=(
        "suicide",
        "suicidal",
        "overdose",
        "overdosed",
        "following",
        "followed",
        "breathing",
        "bleeding",
        "unconscious",
        "unresponsive",
        "threatening",
        "ambulance",
        "paracetamol",
        "strangling",
        "stabbed",
        "outside",
        "missing",
        "tablets",
        "painkillers",
        "machete",
        "myself",
        "himself",
        "herself",
        "themselves",
        "tonight",
        "anymore",
        "collapsed",
    ),
    suicide=(
        r"suicid*",
        r"self harm*",
        r"(kill|killing|kil|unalive|top|topping|off|offing|end|ending) {me_self}",
        r"{intent} {gap2}{harm_verb} {me_self}",
        r"(harming|hurting|cutting|burning|starving|hitting) {me_self}",
        r"(end|ending|take|taking|finish|finishing) (my|me) (own )?life",
        r"(end|ending|finish) it (all|tonight|today|now)",
        r"{intent} {gap2}(end|ending|finish|finishing) (everything|things|it all|my life|"
        r"this life)",
        r"(do it|end it|end everything|end it all) (tonight|today|now|right now)",
        r"(end|ending) everything",
        r"{intent} (to )?jump( off| from| in front of| under| out of)?",
        r"(bought|got|have|tied|ready|found|made) {gap1}(a )?(rope|noose)",
        r"(rope|noose|pills|tablets|blade|razor|knife|gun) (is |are )?(ready|prepared|set up|"
        r"in front of me|next to me|in my hand|lined up|by my bed)",
        r"(standing|stood|sat|sitting|am|im|i am) (on|at) (the|a|this) (edge|bridge|roof|"
        r"ledge|cliff|platform|tracks|railway|top of)",
        r"(not|never|no longer|can not|do not) (see|find) (the |any |a )?point (in |of )?"
        r"(living|life|going on|carrying on|anything|being here|being alive|it any more)",
        r"{intent} (to )?end it",
        r"(feel|feels|feeling|felt) like dying",
        r"{intent} {gap1}(to )?(die|be dead|not be here|not exist|disappear for good)",
        r"(wish|wishing) {gap1}(i|id) {gap2}(dead|die|died|never been born|never born|"
        r"not (here|alive|born|around)|gone|not wake up)",
        r"(if|when|once|after) i (killed|kill|ended|end|hurt|topped|top|hanged|hang|off) "
        r"{me_self}",
        r"(miss|care|notice|matter) {gap2}if i (died|die|was gone|wasnt here|was not here|"
        r"disappeared|was dead|killed {me_self})",
        r"{intent} {gap1}(to )?stop (existing|living|being alive)",
        r"i (just )?(want|wanna|need) (it|everything|this|the pain) (all )?to (end|stop) {gap1}"
        r"(forever|for good|now|tonight)?",
        r"(everyone|everybody|people|they|my family|family|my kids|the kids|the world) "
        r"(would|will|d)? ?(be )?better off without me",
        r"better off (dead|without me|gone)",
        r"(no|not any|not|is no|there is no|whats the) point (in )?(living|life|being alive|"
        r"going on|carrying on|being here|me being here|existing|anything any more)",
        r"(do not|dont|no longer|not) (want|wanna|wish) (to )?(live|be alive|be here|exist|"
        r"wake up|go on|carry on|be around)",
        r"(can not|could not|not) (do|take|cope with|handle|deal with|stand) (this|it|life) "
        r"(no more|any more|any longer|no longer)",
        r"(can not|could not|not) (go on|carry on|keep going|live like this|do this any more|"
        r"take (it|this|any) (any )?more|cope any more|live with (it|this) any more)",
        r"(no|nothing|not any|no one|nobody) (reason )?(to|for me to|worth) (live|living) for",
        r"(no|not any) reason to (live|go on|carry on|be here)",
        r"nothing (left )?to live for",
        r"(life|living) (is|it is|isnt|is not) (not )?worth (it|living)",
        r"not worth living",
        r"(go to sleep|sleep|fall asleep) and (never|not|not ever) wake up",
        r"(go to sleep|sleep|fall asleep|rest) (forever|for ever|for good|permanently)",
        r"(what is|whats|what s) the point( of (living|life|anything|going on|it all|me|being "
        r"here|carrying on))? ?(any more|any longer|now)",
        r"(what is|whats) the point (of|in) (living|life|being alive|going on|carrying on)",
        r"(can not|could not) (live|go on) (with (this|it|myself)|any more|any longer)",
        r"(jump|jumping|throw {me_self}|step|stepping) (off|in front of|from|under|into) "
        r"(a |the |this )?(bridge|train|building|roof|cliff|car|bus|motorway|river|lorry)",
        r"(slit|slitting|cut|cutting|slash) (my|his|her|their) (wrists|wrist|arms|throat)",
        r"(wrote|written|writing|write|left|leaving) (a |my |his |her )?"
        r"(suicide note|goodbye (note|letter)|note for my)",
        r"(saying|say|said) (my )?goodbye(s)? (to everyone|forever|for good|for the last time)",
        r"(done|finished) with (life|living|it all|everything)",
        r"(thinking|thought|thoughts|think|thinkin|talking|talks|talked|speaking|on about|"
        r"going on about|keeps saying|says|said|mentioned|mentioning) (about|of|bout|that) "
        r"(ending it|ending (my|his|her) life|dying|killing {me_self}|death|not being here|"
        r"suicide|taking my life)",
        r"{who} {gap2}(want|wants|wanna|going|gonna|trying|tried|threatening|threatened|"
        r"threatens|said|says|keeps saying|talking about|talks about|plans|planning) {gap1}"
        r"(to )?{harm_verb} {them_self}",
        r"(kill|killing|kil|unalive|end|ending|hurt|hurting|harm|harming|cut|cutting|top|"
        r"topping|hang|hanging) {them_self}",
        r"(end|ending|take|taking) (his|her|their) (own )?life",
        r"{who} {gap2}(want|wants|wanna|going|gonna) to die",
        r"(rope|noose) (round|around) (my|his|her) neck",
        r"(going|gonna|want|wanna) to (hang|drown|shoot|gas) {me_self}",
        r"(gonna|going to|want to|wanna|will|about to) (drive|crash) (into|off|my car into)",
        r"i (am|feel) (so )?(suicidal|done|finished) {gap1}(now|tonight|today|with life)",
        # Keeping safe from oneself: the words crisis lines ask about ("can you keep
        # yourself safe tonight?"), said back.
        r"(can not|could not|not able to|unable to|struggling to|do not know if i can) keep "
        r"{me_self} safe",
        r"(do not|can not|no longer) trust {me_self}",
        r"(scared|afraid|frightened|terrified) of what i (might|will|could|would) do( to "
        r"{me_self})?",
        # Self-harm just done: the present perfect, or a marker that it is now or on purpose.
        r"(have|ve|has|just) (cut|burned|burnt|harmed|hurt|scratched) {me_self}",
        r"(cut|burned|burnt|harmed|hurt) {me_self} (again|on purpose|deep|deeply|badly|"
        r"really bad|tonight|today|last night)",
        r"(started|starting|begun) (cutting|harming|hurting|self harming|burning) "
        r"({me_self} )?again",
        r"(might|may) as well (be dead|die|not be here|not exist|kill {me_self}|end it)",
        r"(tired|sick|weary|exhausted) of (living|life|being alive|existing|waking up|"
        r"being here)",
        r"(had|have had|ve had|s had) enough of (life|living|everything|it all|being alive|"
        r"being here)",
        r"(hate|hating) (my )?life {gap4}(end|over|die|dead|gone)",
        r"(want|wanna|need|wish) (my|this) life (was |were |to be |to )?(end|over|ended)",
        r"(there is|there s|i see|i can see|i can find) no (other )?way out",
        r"(can not|could not|do not|never) (see|find) (a|any) way out",
        r"(not|never|no longer|can not|do not) (see|find) (the |any |a )?point (any more|any "
        r"longer|in anything|in any of it)",
        r"(planned|plan|planning|worked out|work out|thought about|decided) (how|when|where) "
        r"(i would|i will|i d|i am going to|to) (do it|end it|kill {me_self}|die|go)",
        r"(this is|these are|this will be|these will be) my (last|final) (message|messages|"
        r"words|goodbye|text)",
    ),
    danger=(
        r"(not|never|no longer|do not feel|dont feel) (feel )?(safe|save)",
        r"unsafe",
        r"(in|am in|are in|be in) (real |serious |immediate )?danger",
        r"(scared|afraid|frightened|terrified|fear|fearing|fearful) (for|of) (my|our) "
        r"(life|lives|safety)",
        r"(scared|afraid|frightened|terrified|fear|worried) {gap2}(he|she|they) "
        r"(will|is going to|are going to|going to|gonna|might|could|would) "
        r"(kill|hurt|attack|stab|get|find|come)",
        r"{who} {gap2}{will} {gap3}(kill|hurt|attack|stab|shoot|beat|batter|hit|murder|rape|"
        r"strangle|choke|burn|smash|do|get|kidnap|acid|slash|knife|glass|jump|bottle) "
        r"(me|us|my family|my mum|my kids|me and|my face|the house|my house|my car|me up|"
        r"me in|me if)",
        r"(kill|hurt|attack|stab|shoot|beat|murder|rape|strangle) (me|us) (tonight|today|now|"
        r"right now|when|if|next)",
        r"(threatening|threatens|threatning|threating) {gap1}(me|us|to)",
        r"threatened {gap3}(today|tonight|just now|again|this morning|this evening|an hour ago|"
        r"earlier|last night|a minute ago|minutes ago)",
        r"{who} {gap2}(has|have|got|is holding|holding|with|carrying|carries|waving|pulling|"
        r"pulled|brandishing|grabbed|grabbing|pointing|points|getting|got out|took out|"
        r"taking out|has got|is got|s got) {gap2}(a |an |the |his |her |their |some )?"
        r"{weapon}",
        r"{weapon} (to|at|against|on) (my|his|her) (throat|head|neck|face|chest)",
        r"(holding|pointing|waving|has|with) (a |an |the )?{weapon} (at|to|in front of) "
        r"(me|us|my)",
        r"{threat} {be} {gap1}(at|in|near|by) (my|our) (door|front door|back door|window|gate|"
        r"house|flat|home|garden|bedroom|room|place|car)",
        r"{who} {be} {gap1}(outside|banging on|knocking on|kicking|hammering on|outside of|"
        r"trying to get into|trying to get in|inside|round|watching|parked outside|"
        r"waiting outside|waiting at|waiting for me at|sat outside|sitting outside|standing "
        r"outside|hanging around) (my|the|our|me|mine) {home}",
        r"{threat} {be} (outside|downstairs|upstairs|here|in the house|inside|at the door|at "
        r"my door|back at (my|the) (house|door|flat)|on the way|on (his|her|their) way "
        r"(here|over|round|to (me|mine|my)))( now| right now| again| tonight)?",
        r"{who} {be} (coming|comin|on (his|her|their) way) (for|after|to get|to find|to hurt|to "
        r"kill|back for|round to hurt) (me|us)",
        r"(coming|on (his|her|their) way) (here|over|round|to my (house|flat|place)) "
        r"(now|right now|tonight|to (hurt|kill|get) me|and i am scared)",
        r"(banging|knocking|kicking|hammering|pounding|smashing|trying) (on |at |in |down )?"
        r"(my|the|our|me) (door|doors|window|windows|front door|back door)",
        r"(trying|try|tries|tried) to (get|break|force|kick|climb) (in|into|the door|my door|"
        r"through)",
        r"(is|are|s|has|have|just) (breaking|broken|broke|smashing|smashed|kicked|kicking) "
        r"(in|into|down|the door|my door|the window|the windows)",
        r"(keeps|keep|is|are|s|been|has been|have been|started|starts|always) (following|"
        r"followin|folowing|stalking|chasing|tracking|trailing) (me|us)",
        r"there (is|are|s) (a |some |this )?(man|men|woman|guy|guys|bloke|someone|somebody|"
        r"people|car|van|group|gang|lads|person|stranger) {gap3}(outside|at (my|the) (door|"
        r"window)|banging|knocking|watching|following|trying|in (my|the) (garden|house|flat))",
        r"(broke|smashed|kicked|broken|smashing|kicking) (in |down )?(the|my|our|a) (window|"
        r"door|windows|back door|front door) {gap3}(inside|in the house|coming in|getting in|"
        r"now|and is|and he is)",
        r"(and|now|already|he|she|they) (is|s|are) (inside|in the house|in my house|in the "
        r"flat|in my flat|indoors|upstairs|downstairs)",
        r"(someone|somebody|some one|anyone|anybody) (please )?help( me| us)?",
        r"{threat} {be} {gap2}(parked|sat|sitting|standing|stood|waiting|lurking|hanging "
        r"around|hanging about|loitering) {gap1}(outside|across the road|down the road|at the "
        r"end of|by (my|the) (house|door|car))",
        r"(someone|please|pls|somebody|quick|just) {gap1}call (999|112|the police|an "
        r"ambulance|police)",
        r"call 999",
        r"{threat} {be} {gap3}(coming|comin) (round|over|here|back|to (my|the|our) (house|"
        r"flat|place|home))",
        r"(has|got|gotten|knows|found|gave him|given him) (my )?(new )?(address|location|"
        r"postcode)",
        r"(someone|somebody|a man|he|she|they|a car|people|a guy) {be} {gap1}(following|"
        r"followin|folowing|stalking|chasing|watching|tracking|behind|after|coming after) "
        r"(me|us)",
        r"(following|chasing|stalking) me (home|right now|now|again|everywhere|in (his|a) car)",
        r"(i am|im|am|being|getting|i think i am|been|keep being) (followed|chased|stalked|"
        r"watched|tracked)",
        r"(followed|follow|chased) (me|us) (home|here|to (my|work|the))",
        r"{who} (will|is going to|going to|gonna|can|could|might|would) (find|track|trace|"
        r"locate|hunt|get to) (me|us|where i)",
        r"{who} (has|have)? ?(found|finds|tracked|traced) (me|us|out where|where i)",
        r"{threat} {gap2}(knows|know|found out|finds out|find out|has found out|knows now|has "
        r"my new|will know|is going to find out|could find out) {gap1}(where i (live|am|"
        r"stay|work|moved)|my (new )?(address|house|flat|number|location|school|work))",
        r"(hiding|hidden|locked) (from (him|her|them)|in (the|my) (bathroom|toilet|room|"
        r"bedroom|car|cupboard|wardrobe))",
        r"(locked|lock|locking|keeping|trapped|trap) (me )?(in|inside|up)",
        r"(will not|wont|does not|not) let me (leave|go|out)",
        r"{who} {be} {gap1}(hitting|beating|strangling|choking|attacking|hurting|punching|"
        r"kicking|raping|slapping|strangeling|stabbing|battering|dragging|grabbing) (me|us)",
        r"(started|starts|starting|begun|begins) (hitting|beating|attacking|hurting|kicking) "
        r"(me|us)",
        r"{who} {be} {gap2}(kicking off|going mad|going crazy|losing it|drunk and angry|"
        r"raging|going to kick off)",
        r"(please|pls|someone|somebody|some one) (help|helps) {gap1}(me|us)? ?(now|please|"
        r"quick|hurry|he|she|they)",
        r"help help",
        r"(call|get|send|ring|need) (the )?(police|cops|999|112|help) {gap1}(now|please|quick|"
        r"asap|urgently|he|she|they)?",
        r"send help",
        r"(help|save) me {gap1}(he|she|they|someone|now|please)",
        r"(he|she|they) (will|is going to|going to|gonna) (kill|murder) me",
        r"my life is in danger",
        r"(he|she|they|someone) {gap1}(is|are|s|has) (broken|broke|got|getting|gotten) "
        r"(in|into)",
        r"(he|she|they) (is|are|s) (in|inside) (the|my|our) (house|flat|home|room)",
        r"{who} {be} {gap1}(smashing|wrecking|trashing|destroying|breaking) (up )?(the|my|our) "
        r"(place|house|flat|home|room|kitchen|things|stuff|door|doors)",
        r"{who} {be} {gap1}throwing (things|stuff|plates|chairs|furniture|knives) "
        r"(at|around)",
        # The present simple tells of abuse that goes on: "my partner hits me".
        r"{who} (hits|beats|punches|kicks|chokes|strangles|slaps|batters|rapes|attacks|"
        r"hurts|strangulates) (me|us)",
        r"{who} {be}? ?(hurting|hitting|beating|abusing|touching|attacking|strangling|choking) "
        r"(my|our) (little |baby |younger |big |older )?(sister|brother|mum|mom|mother|nan|"
        r"gran|grandma|dad|friend)",
        # Strangulation is the warning sign above all others in domestic abuse; a story
        # ("in 2019", "in court") is still told from a past marker.
        r"(hands|hand|arm|arms|belt|rope|cord|lead) (round|around|on|at|over) (my|our) "
        r"(neck|throat)",
        r"(strangled|choked|strangling|choking) (me|us) (until|till|til|so) (i|we) "
        r"(passed out|blacked out|could not breathe|nearly died|fainted)",
        r"(strangled|choked|strangulated) (me|us) {gap3}(last night|tonight|today|again|"
        r"just now|this morning|this evening|an hour ago|earlier)",
        r"(scared|afraid|frightened|terrified|too scared) (to go|of going|to be|of being) "
        r"(back )?(home|in the house|indoors|back there)",
        r"{who} (has |just |have )?(turned|showed|shown|turning|showing|turns|shows) up (at|"
        r"outside) (my|our|the) {home} {gap3}(will not|wont|refuses to|refusing to|not going "
        r"to) (leave|go)",
        r"(just|has just|have just|s just) (turned|showed|shown) up (at|outside) (my|our|the) "
        r"{home}",
    ),
    child=(
        r"{kid} {gap2}(is|are|s|has|have|went|gone|has gone|have gone|"
        r"go|still)? ?(gone |been )?missing",
        r"(can not|cant|could not|not able to) find {kid}",
        r"{kid} {gap1}(has not|hasnt|did not|didnt|never|is not|isnt|have not|"
        r"not) (come|came|coming|got|been) (home|back)",
        r"{kid} {gap1}(is|are|s) (not )?(home|back) yet",
        r"{who} {be}? ?(hurting|hitting|beating|touching|abusing|smacking|shaking|choking|"
        r"strangling|kicking|punching|slapping|grabbing|locking|threatening|dragging|taking|"
        r"hurt|hit|beat|touched) {kid}",
        r"(taken|snatched|abducted|kidnapped|took|stolen|grabbed|has|got) {kid} "
        r"{gap1}(away|and (ran|left|gone|wont|went|drove)|from (school|nursery|me)|without|"
        r"now|tonight|today|and will not)",
        r"(taken|snatched|abducted|kidnapped|stolen) {kid}",
        r"(has|have|s|just|is|are) (grabbed|dragged|dragging|grabbing|snatched|snatching|"
        r"taken|taking) {kid}",
        r"(will not|wont|refuses to|refusing to|not) (give|bring|let) {kid} "
        r"(back|go|home)",
        r"{kid} (is|are|s|feels|feel) {gap1}(not safe|unsafe|in danger|at risk|"
        r"scared of him|scared of her|being hurt|being abused|with him and|alone with him)",
        r"{who} {gap1}{will} {gap1}(hurt|take|kill|harm|snatch|abduct|touch|hit) "
        r"{kid}",
        r"{kid} {gap2}(is|are|s) (hurt|injured|bleeding|hit|being hit|being "
        r"beaten|crying and he|screaming)",
        r"{kid} (ran away|has run away|run away|is running away)",
        r"{kid} {gap2}(has not|hasnt|have not|not|nobody has|no one has) been (seen|heard "
        r"from)",
        r"(no one|nobody|none of us) (has|have)? ?(seen|heard from) {kid}",
        r"{kid} {gap2}(with a stranger|in his car|got into a car|is with a man)",
    ),
    medical=(
        r"overdos*",
        # "od" alone is Polish for "from": read as an overdose only after a person.
        r"(i|he|she|they|we|has|have|had|just|think i|might have|mate|friend) (od|odd|odeed)",
        r"(took|taken|take|taking|had|having|done|did|doing|an|another|massive|big) od",
        r"(took|taken|take|taking|swallowed|swallow|swallowing|had|have had|downed|necked|"
        r"necking|eaten|ate|done|did|has taken|have taken) {gap3}(too many|to many|loads of|"
        r"lots of|a lot of|all (my|of my|the|his|her|their|of the|of his|of her)|a bottle of|"
        r"a whole|a full|a pack of|a packet of|two packs|boxes of|a box of|the whole|the lot|"
        r"all|\d+|twenty|thirty|fifty|a handful of|handfuls of|extra|way too many|too much|"
        r"a load of|a load|load of|"
        r"a bunch of|heaps of|a fistful of|a stack of|double|triple|both) "
        r"{gap2}{pills}",
        r"{pills} {gap2}(too many|all of them|the whole (box|packet|pack|bottle)|the lot)",
        r"(is|s|are|not|isnt|is not|stopped|has stopped|can not|cant|struggling|struggling to|"
        r"hardly|barely|can not hardly|not really) {gap1}breath*",
        r"(unconscious|unconcious|unresponsive|not responding|not moving|turning blue|gone blue|"
        r"lips are blue|foaming at the mouth|having a fit|having a seizure|fitting|"
        r"heart attack|having a stroke|collapsed|collapse|passed out|fainted|choking)",
        r"(will not|wont|can not|cant|could not|not) (wake (him|her|them|up)|wake|come round)",
        r"(bleeding|bleed) (a lot|badly|heavily|everywhere|loads|so much|lots|out|to death|"
        r"bad)",
        r"(is|am|are|s|im|still|keeps) (bleeding|bleedin)",
        r"(will not|wont|can not|cant|wont stop|will not stop) (stop )?(the )?bleed*",
        r"(lost|losing) (a lot of|so much|lots of|loads of) blood",
        r"blood (everywhere|all over|is pouring|pouring|wont stop)",
        r"(drank|drunk|drinking|swallowed|swallow|ate|eaten|took) {gap1}(bleach|poison|"
        r"antifreeze|weed killer|weedkiller|rat poison|drain cleaner|battery)",
        r"(need|call|get|send|ring|phone) (an |a )?(ambulance|ambulence|paramedic|paramedics)",
        r"(has|have|s|just) (stabbed|shot|glassed|slashed|strangled|poisoned) (me|us|my|him|"
        r"her)",
        r"(been|got|getting|just|have been|has been|s been|ve been) (stabbed|shot|glassed|"
        r"slashed|poisoned|spiked)",
        r"(chest pains|chest pain|can not feel my|hit (my|his|her) head and)",
        r"(mixed|mixing) {gap2}(pills|tablets|meds|drink|alcohol|vodka)",
        r"(drank|drunk|drinking) {gap2}(with|and taken|and took|on top of) {gap1}{pills}",
        r"{who} {gap1}(took|has taken|have taken|taken|necked|swallowed|had) (way |far |much )?"
        r"too (much|many)( again| tonight| now| of (it|them|his|her|my|their)| and)?",
        r"(mate|friend|flatmate|partner|i) {gap1}(took|has taken|have taken|ve taken|necked|"
        r"swallowed) (way |far |much )?too (much|many)",
    ),
    ignore=(
        r"(cut|burned|burnt|hurt) {me_self} (shaving|cooking|chopping|on (a|the)|by accident|"
        r"accidentally|in the kitchen|gardening)",
        r"too (much|many) (money|time|cash|stuff|things|from|of my (money|time|things))",
        r"(took|taken) too (long|much time)",
        r"(do not|dont|never|not) (want|wanna|going|plan) to (die|kill {me_self}|hurt "
        r"{me_self}|end my life)",
        r"(phone|battery|laptop|charger|signal|car|tablet|ipad) {gap3}(die|dying|died|dead|"
        r"going|run out|running out|flat)",
        r"(i|we|he|she) (was|were) (going|gonna|about) to die",
        r"thought (i|we) (was|were|would|d) (going to )?die",
        r"(would|will|could) never (hurt|harm|kill|touch)",
        r"(is|are|s) here (with me|to (help|support))",
        # Idioms: not about a life.
        r"(this|the|that|it|its|it is|form|forms|questions?|question|queue|wait|waiting|"
        r"traffic|heat|work|job|my job|the kids|exams?|these questions|my feet|my back|"
        r"the suspense) (is|are|s|was|keeps|keep)? ?(killing|kill) me",
        r"(could|would|i would|i could|id) (kill|die) for",
        r"kill(ing)? (some )?time",
        r"(dying|die) (to|for) (know|meet|hear|see|get|go|tell|find|a|talk|ask)",
        r"to die for",
        r"(bored|scared|laughed|worried) to death",
        r"(dead|deadly) (tired|serious|bored|funny|good|easy|on)",
        r"(my )?(phone|battery|laptop|car|plant|plants|dog|cat|computer|tablet|charger|"
        r"signal) (is|s|was|has|had|just|keeps)? ?(dying|died|dead|on low|gone)",
        r"in danger of (losing|missing|forgetting|being late|running out)",
        r"(help|helping) me (understand|with|to|fill|find|know|get|decide|make|through|out|"
        r"figure|sort|write|answer)",
        r"(can|could|would|will) (you|someone|u) (please )?help me",
        r"how (can|do|could) (you|i|u) help",
        r"(is it|would it be|will it be|it will be|it would be|would i be|will i be|is this|is "
        r"that|is meeting|how) (safe|unsafe|not safe)",
        r"(will|would|could|can|does|might|if) {threat} (know|knows|find out|finds out|get|"
        r"gets|see|sees|learn|learns|have|has) "
        r"{gap2}(where i|my (address|details|number|name))",
        r"(who|which people|anyone|will anyone|will they) (will|can|could|would)? ?(know|see|"
        r"find out) {gap2}(where i|my (address|details))",
        r"(not|never) (safe|unsafe) (to|for me to|for us to) (meet|see|talk|attend|be in the "
        r"same room|sit)",
        r"(safe|safer) (to|for me to) (meet|see|talk)",
        r"(i am|am|i) not (suicidal|in danger|at risk|going to (hurt|kill) {me_self}|"
        r"thinking of (hurting|killing) {me_self})",
        r"(no|not in any|not in) (immediate )?danger",
        r"(no|not) longer (in danger|scared|at risk|a danger|a risk|dangerous)",
        r"never (self harmed|tried to kill|wanted to die)",
        r"(a|the) (knife|gun) (crime|crimes|amnesty|awareness|course|programme)",
        r"(killer|killing) (film|movie|game|show|series|joke|line|app)",
        r"(took|take|taken|taking) my (pills|tablets|meds|medication) (this morning|as usual|"
        r"today|already|like normal|on time)",
        r"(my|the) pills? (are|is) (working|helping)",
        r"(i am|i feel|feel|feeling|we are|i m|we feel|i will be|they are) (safe|safely) at "
        r"(home|my mums|my mum s|a friends)",
        r"(my|the) (son|daughter|child|kids|children|boy|girl) (is|are|s) (doing )?(fine|ok|"
        r"okay|safe|well|better|good|alright|at school|with me)",
        r"missing (him|her|them|out|the|my|you|a|some|work|school|deadline)",
        r"(missing|missed) (person|persons|the point|a call|calls)",
        r"threatened (me|us) (in|at) (court|the trial|the hearing)",
        r"(he|she|they) (is|are|s) (not|no longer) (here|outside|around|near)",
        r"(dont|do not|never) (want|wish) (him|her|them) to (die|be hurt|go to prison)",
        r"i do not want (him|her|them) (dead|hurt|killed)",
        r"(has|have) a (bat|bottle|hammer) (collection|of water)",
        r"(baseball|cricket) bat",
        r"(bottle|bottles) of (water|wine|milk|juice|beer)",
        r"(want|need|would like|like) to (meet|see|speak to|talk to|write to|hear from) "
        r"(him|her|them)",
    ),
    past=(
        r"(last|this past|the other) (year|years|summer|winter|spring|autumn|christmas|month|"
        r"months|easter|new year)",
        r"(\d+|a|one|two|three|four|five|six|ten|few|couple of|several|many|some) (years?|"
        r"months?|yrs?) (ago|back|before|earlier)",
        r"(years|ages|months|long time|a long time|decades) ago",
        r"in (19|20)\d\d",
        r"(back in|back then|at the time|that time|that night|that day|those days|in those)",
        r"used to",
        r"(when|while|back when) (we|i) (lived|were living|was living|was with|were with|went "
        r"out|were going out|were seeing each other|split up|broke up|were together|was "
        r"together)",
        r"(when|while) (i|we) (was|were) (young|little|small|a (kid|child|teenager|teen)|"
        r"at school|\d+|together|married|living with)",
        r"(in|at|to|from|outside|after) (the )?(court|courts|trial|his trial|her trial|hearing|"
        r"sentencing|magistrates|crown court|police station|interview|statement)",
        r"(was|were|got|been|being|is being|has been) (convicted|sentenced|arrested|charged|"
        r"jailed|found guilty|cautioned|released|given|bailed|remanded|locked up|sent down)",
        r"(convicted|sentenced|arrested|charged|jailed|cautioned|prosecuted) (of|for|with)",
        r"(is|are|s) (in|now in|serving time in|serving) (prison|jail|custody)",
        r"(in|into|from|out of) (prison|jail|custody)",
        r"(has|have|had|was|were) (moved|move) (away|out|abroad|on)",
        r"moved away",
        r"(the|that|this) (crime|offence|incident|robbery|burglary|assault|attack|mugging|"
        r"break in|offense|case|conviction)",
        r"(robbed|mugged|burgled|assaulted|attacked|stabbed|raped|beat|punched|kicked|battered|"
        r"abused|harassed) (me|us|my|him|her)",
        r"(when|after|before|during|the day|the night) (he|she|they|it) {gap1}(robbed|"
        r"attacked|mugged|burgled|assaulted|stabbed|hit|broke|happened|did it|took)",
        r"(when|after|the time) it happened",
    ),
    now=(
        r"(right now|just now|as of now|now he|now she|now they|he now|she now)",
        r"(at the moment|as we speak|currently|right this minute|this minute|this second)",
        r"(tonight|today|this (morning|afternoon|evening)|just now|last night)",
        r"((has|have|ve|s|had) just|just (now|been|happened|found|seen|told|said|turned up|"
        r"arrived|got|came|come|texted|messaged|rang|called)|again|still)",
        r"(\d+|a few|few|ten|five|twenty|an|one|two) (minutes?|mins?|hours?|hrs?) ago",
        r"(he|she|they) (is|are|s) (here|outside|back|coming)",
        r"(hurry|emergency|asap|urgent|urgently)",
        # The present perfect tells of what has just happened: "he has stabbed me".
        r"(has|have|s|ve) (just )?(stabbed|shot|glassed|slashed|attacked|strangled|beaten) "
        r"(me|us|my|him|her)",
    ),
)
