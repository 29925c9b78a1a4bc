"""The lexicons, one module a language: ``en.py``, ``cy.py`` ...

A shipped language whose module is not written yet falls back to its first, plain patterns
(matched anywhere inside words), so no language is ever left with no check at all.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from dialogues.crisis.lexicon import Lexicon

_LEGACY: dict[str, list[str]] = {
    "cy": [
        r"lladd fy hun",
        r"hunanladd",
        r"hunan[- ]?niwe",
        r"brifo fy hun",
        r"eisiau marw",
        r"ddim yn ddiogel",
        r"mewn perygl",
        r"helpwch fi",
        r"mae (e|o|hi)('n| yn) dod",
    ],
    "pl": [
        r"zabi(ć|c|ję|je) si(ę|e)",
        r"si(ę|e) zabi(ć|c|ję|je)",
        r"samob(ó|o)j",
        r"samookalecz",
        r"chc(ę|e) umrze(ć|c)",
        r"nie chc(ę|e) (ż|z)y(ć|c)",
        r"nie jestem bezpieczn",
        r"w niebezpiecze(ń|n)stwie",
        r"pomocy",
        r"pom(ó|o)(ż|z) mi",
        r"grozi mi",
        r"zrobi(ć|c) sobie krzywd",
        r"(on|ona) (tu )?(jest|idzie)\b",
    ],
    "ro": [
        r"s(ă|a) m(ă|a) omor",
        r"sinucid",
        r"vreau s(ă|a) mor",
        r"nu (mai )?vreau s(ă|a) tr(ă|a)iesc",
        r"nu sunt (î|i)n siguran(ț|ţ|t)",
        r"(î|i)n pericol",
        r"ajutor",
        r"ajut(ă|a)-m(ă|a)",
        r"m(ă|a) r(ă|a)nesc",
        r"m(ă|a) amenin(ț|ţ|t)",
        r"vine dup(ă|a) mine",
    ],
    "pt": [
        r"me matar",
        r"suic(í|i)d",
        r"quero morrer",
        r"n(ã|a)o quero viver",
        r"n(ã|a)o estou segur",
        r"em perigo",
        r"socorro",
        r"me ajud",
        r"me machucar",
        r"automutila",
        r"me amea(ç|c)",
        r"(ele|ela) (est(á|a) )?(aqui|vindo)",
    ],
    "es": [
        r"matarme",
        r"suicid",
        r"quiero morir",
        r"no quiero vivir",
        r"no estoy segur",
        r"en peligro",
        r"socorro",
        r"ay(ú|u)dame",
        r"hacerme da(ñ|n)o",
        r"autolesi",
        r"me amenaz",
        r"(él|el|ella) (est(á|a) )?(aqu(í|i)|viniendo)",
    ],
    "uk": [
        r"[ву]бити себе",
        r"вб.ю себе",
        r"самогуб",
        r"хочу померти",
        r"не хочу жити",
        r"не в безпеці",
        r"[ву] небезпеці",
        r"допоможіть",
        r"рятуйте",
        r"допоможи",
        r"шкоди собі",
        r"самоушкодж",
        r"погрожу",
        r"(він|вона) (тут|іде|йде)",
    ],
    "ar": [
        r"انتحار",
        r"[أا]نتحر",
        r"[أا]قتل نفسي",
        r"[أا]ريد [أا]ن [أا]موت",
        r"لا [أا]ريد [أا]ن [أا]عيش",
        r"لست ب[أا]مان",
        r"لست في [أا]مان",
        r"لست [آا]من",
        r"في خطر",
        r"ساعدني",
        r"النجدة",
        r"[أا]ؤذي نفسي",
        r"يهددني",
        r"[إا]نه قادم",
        r"هو هنا",
    ],
    "ur": [
        r"خودکشی",
        r"خود کو مار",
        r"اپنے آپ کو مار",
        r"مرنا چاہت",
        r"جینا نہیں چاہت",
        r"محفوظ نہیں",
        r"خطرے میں",
        r"میری مدد",
        r"مدد کرو",
        r"بچاؤ",
        r"خود کو نقصان",
        r"دھمکی",
        r"وہ آ رہ",
        r"وہ یہاں",
    ],
    "pa": [
        r"ਖੁਦਕੁਸ਼ੀ",
        r"ਖ਼ੁਦਕੁਸ਼ੀ",
        r"ਆਤਮਹੱਤਿਆ",
        r"ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ",
        r"ਮਰਨਾ ਚਾਹੁੰਦ",
        r"ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦ",
        r"ਸੁਰੱਖਿਅਤ ਨਹੀਂ",
        r"ਖ਼?ਤਰੇ ਵਿੱਚ",
        r"ਖ਼ਤਰੇ ਵਿੱਚ",
        r"ਮਦਦ ਕਰੋ",
        r"ਬਚਾਓ",
        r"ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ",
        r"ਧਮਕੀ",
    ],
    "bn": [
        r"আত্মহত্যা",
        r"নিজেকে মেরে",
        r"মরতে চাই",
        r"বাঁচতে চাই না",
        r"নিরাপদ নই",
        r"নিরাপদ না",
        r"বিপদে",
        r"সাহায্য করুন",
        r"বাঁচাও",
        r"নিজের ক্ষতি",
        r"হুমকি",
    ],
    "gu": [
        r"આત્મહત્યા",
        r"પોતાને મારી",
        r"મરવા માંગ",
        r"જીવવા નથી માંગ",
        r"સુરક્ષિત નથી",
        r"જોખમમાં",
        r"ખતરામાં",
        r"મદદ કરો",
        r"બચાવો",
        r"પોતાને નુકસાન",
        r"ધમકી",
    ],
    "so": [
        r"is dil",
        r"isdil",
        r"inaan dhinto",
        r"in aan dhinto",
        r"ma doonayo inaan noolaado",
        r"ammaan ma ihi",
        r"ma ihi ammaan",
        r"khatar",
        r"i caawi",
        r"caawimaad",
        r"is dhaawac",
        r"wuu i dilayaa",
        r"i handad",
    ],
}


@lru_cache(maxsize=1)
def lexicons() -> tuple[Lexicon, ...]:
    """Every language's lexicon, English first."""
    found: dict[str, Lexicon] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        lexicon = importlib.import_module(f"{__name__}.{module}").LEXICON
        assert isinstance(lexicon, Lexicon) and lexicon.language == module
        found[module] = lexicon
    for language, patterns in _LEGACY.items():
        if language not in found:
            wide = tuple(rf"\S*(?:{p})\S*" for p in patterns)
            found[language] = Lexicon(language=language, danger=wide)
    return tuple(sorted(found.values(), key=lambda x: x.language != "en"))
