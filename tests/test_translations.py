"""Translations a reader can trust: whole catalogs, dates rendered, glossary terms, neutral
forms, labels that fit, and one check for each defect the first review found (issue 18)."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date, format_time
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from bot.staff.text import desk_translator, when
from bot.telegram.desk import case_buttons
from dialogues import content, i18n
from dialogues.engine import QUICK_EXIT
from dialogues.events import Submitted
from dialogues.flows import STEPS
from dialogues.i18n import LOCALES_DIR, OFFER_THRESHOLD, coverage, missing, translator
from dialogues.state import State
from referral_store.deadlines import Deadline, DeadlinePolicy, Priority, Unit, contact_due
from referral_store.desk import Role, Staff
from tests.talk import Talk

LANGS = sorted(p.name for p in LOCALES_DIR.iterdir() if (p / "LC_MESSAGES").is_dir())
DOMAINS = ["messages", "desk"]
LONDON = ZoneInfo("Europe/London")


def catalog(lang: str, domain: str) -> Catalog:
    with (LOCALES_DIR / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def template(domain: str) -> Catalog:
    with (LOCALES_DIR / f"{domain}.pot").open("rb") as handle:
        return read_po(handle)


def translated(lang: str, domain: str = "messages") -> dict[str, str]:
    """Each message id (the singular, for plurals) and its translation, every form joined."""
    out = {}
    for message in catalog(lang, domain):
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        out[key] = "\n".join(strings)
    return out


def everything(lang: str) -> str:
    return "\n".join(v for d in DOMAINS for v in translated(lang, d).values())


# -- complete, or English message by message ---------------------------------------------


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_shipped_catalog_is_complete(lang: str, domain: str) -> None:
    """A gap is shown in English rather than switching the language off, but is still a gap."""
    gaps = missing(catalog(lang, domain))
    assert not gaps, f"{lang}/{domain}.po: {len(gaps)} untranslated or fuzzy, first {gaps[0]!r}"


def test_a_missing_message_is_shown_in_english_and_the_language_stays_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cat = catalog("cy", "messages")
    ids = [m.id for m in cat if m.id and isinstance(m.id, str)]
    cat[STEPS["v.age"].prompt].string = ""  # one new string, not yet translated
    cat[STEPS["v.name"].prompt].flags.add("fuzzy")  # one changed string, not yet checked
    folder = tmp_path / "cy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "messages.po").open("wb") as handle:
        write_po(handle, cat)
    monkeypatch.setattr(i18n, "LOCALES_DIR", tmp_path)
    i18n.translator.cache_clear()
    i18n.available_languages.cache_clear()
    try:
        t = i18n.translator("cy")
        assert t.language == "cy"
        assert "cy" in i18n.available_languages()
        assert t.gettext(STEPS["v.age"].prompt) == STEPS["v.age"].prompt
        assert t.gettext(STEPS["v.name"].prompt) == STEPS["v.name"].prompt
        assert t.gettext(STEPS["v.contact"].prompt) != STEPS["v.contact"].prompt
        # Below the threshold the language is not offered at all.
        for message_id in ids[: int(len(ids) * (1 - OFFER_THRESHOLD)) + 2]:
            cat[message_id].string = ""
        with (folder / "messages.po").open("wb") as handle:
            write_po(handle, cat)
        i18n.translator.cache_clear()
        i18n.available_languages.cache_clear()
        assert coverage(cat) < OFFER_THRESHOLD
        assert i18n.translator("cy").language == "en"
        assert "cy" not in i18n.available_languages()
    finally:
        i18n.translator.cache_clear()
        i18n.available_languages.cache_clear()


@pytest.mark.parametrize("domain", DOMAINS)
def test_catalogs_carry_no_line_numbers(domain: str) -> None:
    """``make messages`` writes file names only, so moving code does not churn every catalog."""
    for path in [LOCALES_DIR / f"{domain}.pot", *LOCALES_DIR.glob(f"*/LC_MESSAGES/{domain}.po")]:
        numbered = [
            line for line in path.read_text("utf-8").splitlines() if re.match(r"#: .*:\d+", line)
        ]
        assert not numbered, f"{path}: {numbered[0]}"


# What ``make messages`` extracts (see the Makefile): people's strings from bot/ and dialogues/
# with N_ and gettext's own keywords, staff strings from bot/, dialogues/ (the flows' staff
# labels) and referral_store/ with D_ only.
EXTRACTED = {
    "messages": (
        ("bot", "dialogues"),
        {**DEFAULT_KEYWORDS, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)},
    ),
    "desk": (("bot", "dialogues", "referral_store"), {"D_": None}),
}


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_templates_match_the_code(domain: str) -> None:
    """Run ``make messages`` after changing a string or its note: otherwise this fails."""
    folders, keywords = EXTRACTED[domain]
    root = LOCALES_DIR.parent
    found: dict[str, list[str]] = {}
    files: dict[str, set[str]] = {}
    for folder in folders:
        for path, _, message, comments, _ in extract_from_dir(
            root / folder,
            # As pyproject.toml maps them: Python, and the web pages' Jinja2 templates.
            method_map=[("**.py", "python"), ("**/templates/**.html", "jinja2")],
            keywords=keywords,
            comment_tags=["Translators:"],
            strip_comment_tags=False,
        ):
            key = message if isinstance(message, str) else message[0]
            notes = found.setdefault(key, [])
            notes.extend(c for c in comments if c not in notes)
            files.setdefault(key, set()).add(f"{folder}/{path}")
    kept = {
        (m.id if isinstance(m.id, str) else m.id[0]): m.auto_comments
        for m in template(domain)
        if m.id
    }
    assert not set(found) - set(kept), (
        f"not in locales/{domain}.pot: {sorted(set(found) - set(kept))[:2]}"
    )
    assert not set(kept) - set(found), (
        f"no longer in the code: {sorted(set(kept) - set(found))[:2]}"
    )
    # The template wraps long notes over several lines: compare their words.
    changed = [key for key in found if " ".join(found[key]).split() != " ".join(kept[key]).split()]
    assert not changed, f"translator notes changed for {changed[:2]}"
    where = {
        (m.id if isinstance(m.id, str) else m.id[0]): {f for f, _ in m.locations}
        for m in template(domain)
        if m.id
    }
    moved = [key for key in found if files[key] != where[key]]
    assert not moved, f"used in other files now: {moved[:2]}"


# -- neutral by default ----------------------------------------------------------------------

# A letter, then "/a", "/-a", "(a)", "(-aś)", "(на)", "(ă)": the reader's gender spelled both
# ways; or two whole words joined by a slash ("چاہتا/چاہتی", "segura/seguro").
SLASHED = re.compile(
    r"(?<=[^\W\d_])(?:\(-?[^\W\d_]{1,3}\)|/-?[^\W\d_]{1,3}(?![^\W\d_]))"
    r"|[^\W\d_]+/[^\W\d_]+"
)
# The same word twice with another ending: "listo o lista", "niño o niña".
DOUBLED = re.compile(
    r"\b(([^\W\d_]{3,})[^\W\d_]{0,3}) (?:o|ou|sau|lub|albo|або|чи|or) (\2[^\W\d_]{0,3})\b"
)


def test_the_lint_finds_the_forms_the_review_found() -> None:
    for text in [
        "podałeś/aś",
        "gotowy/a",
        "zgodziłeś(-aś)",
        "згоден(на)",
        "Bienvenido/a",
        "înscris(ă)",
        "میں نہیں بتانا چاہتا/چاہتی",
        "quão segura/seguro se sente",
    ]:
        assert SLASHED.search(text), text
    for text in ["/queue", "43/12345/24", "24/7", "{date}", "(BSL)", "(community resolution)"]:
        assert not SLASHED.search(text), text
    assert _doubled("cuando esté listo o lista") and _doubled("cuando era niño o niña")
    assert not _doubled("dos o tres") and not _doubled("Phone or email")


def _doubled(text: str) -> bool:
    return any(m.group(1) != m.group(3) for m in DOUBLED.finditer(text))


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", LANGS)
def test_no_slash_gendered_forms(lang: str, domain: str) -> None:
    found = [
        (mid[:40], m.group())
        for mid, text in translated(lang, domain).items()
        if (m := SLASHED.search(text))
    ]
    found += [
        (mid[:40], "doubled") for mid, text in translated(lang, domain).items() if _doubled(text)
    ]
    assert not found, f"{lang}/{domain}: use a form that assumes no gender: {found[:3]}"


# Arabic writes the masculine "you" differently from the feminine in these imperatives and
# present verbs ("تريد", not "تريدين"); a message to a person uses none of them.
ARABIC_MASCULINE = re.compile(
    r"(?<![\w])(اختر|اكتب|اضغط|أرسل|أخبر|انتظر|تابع|اتصل|تودّ|تريد|تحتاج|تحتاجه|تعرف|تشعر|تصف|تقبل"
    r"|تستطيع|توافق|تقول|تطرح|تجد|تستخدم|تتحمّل|ترى|تحصل|ستجيب|تخبرنا|تتشارك)(?![\w])"
    r"|(متأكد|مضطر|موافق)ًا|تَ(?![\w])"
)


@pytest.mark.parametrize("domain", DOMAINS)
def test_arabic_speaks_to_a_person_of_any_gender(domain: str) -> None:
    found = [
        (mid[:40], m.group())
        for mid, text in translated("ar", domain).items()
        if (m := ARABIC_MASCULINE.search(text))
    ]
    assert not found, found[:5]


# Said to the reader ("you", "please", an instruction) or in the reader's own voice ("I caused
# harm"): the messages where a translation is most tempted to pick a gender.
ADDRESSES = re.compile(
    r"\b(you|your|yours|yourself|please)\b"
    r"|^(Choose|Type|Send|Press|Tell|Stop|Refer|Change|Delete|Find|Say|Use|Claim|Open|Log)\b",
    re.IGNORECASE,
)
OWN_WORDS = re.compile(r"\b(I|I'm|I'd|me|my|myself)\b")


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_that_addresses_the_reader_tells_translators_so(domain: str) -> None:
    unmarked = [
        message.id
        for message in template(domain)
        if message.id
        and isinstance(message.id, str)
        and (ADDRESSES.search(message.id) or OWN_WORDS.search(message.id))
        and "reader" not in " ".join(message.auto_comments)
    ]
    assert not unmarked, f"{len(unmarked)} without a translator note, first {unmarked[0]!r}"


# -- labels fit ------------------------------------------------------------------------------

# Telegram lays one label a row and cuts what does not fit a phone; past this no label goes.
BUTTON_MAX = 64
STATED = re.compile(r"at most (\d+) characters")


def _labels() -> set[str]:
    return {c.label for s in STEPS.values() for c in s.choices} | {
        "Back",
        "Skip",
        "Done",
        QUICK_EXIT,
    }


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_fits_its_limit(lang: str) -> None:
    """A limit stated in a translator comment ("at most 30 characters") holds in every
    language; every other button label stays within a phone's two lines."""
    strings = translated(lang)
    too_long = []
    for message in template("messages"):
        if not message.id or not isinstance(message.id, str):
            continue
        stated = STATED.search(" ".join(message.auto_comments))
        if stated and len(strings[message.id]) > int(stated.group(1)):
            too_long.append((message.id, strings[message.id], int(stated.group(1))))
    for label in _labels():
        if len(strings.get(label, label)) > BUTTON_MAX:
            too_long.append((label, strings[label], BUTTON_MAX))
    assert not too_long, f"{lang}: {too_long}"


# The desk lays its case buttons two a row: each half of a phone's width.
DESK_BUTTON_MAX = 30


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_desk_case_buttons_fit_half_a_row(lang: str) -> None:
    staff = Staff(id=1, name="Ali", role=Role.MANAGER, telegram_id=1, language=lang)
    labels = [label for row in case_buttons("RJ-ABCD-EFGH", staff) for label, _ in row]
    assert len(labels) == 7
    too_long = [label for label in labels if len(label) > DESK_BUTTON_MAX]
    assert not too_long, f"{lang}: {too_long}"


def test_topic_titles_state_their_limit() -> None:
    """The limit the length test reads is the one written beside each topic title."""
    comments = {m.id: " ".join(m.auto_comments) for m in template("messages") if m.id}
    for topic in content.TOPICS:
        assert "at most 30 characters" in comments[topic.title], topic.title


# -- dates rendered, not pasted ----------------------------------------------------------------

POLICY = DeadlinePolicy()
# A service whose profile gives enhanced cases 8 working hours, so the deadline has a time of day.
HOURS = DeadlinePolicy(enhanced=Deadline(amount=8, unit=Unit.WORKING_HOURS))
# (received, priority, policy): a Monday; Christmas Eve, over three bank holidays to a Monday;
# an enhanced case, due at a time of day.
CASES = {
    "monday": (datetime(2025, 12, 1, 10, tzinfo=LONDON), Priority.STANDARD, POLICY),
    "bank holidays": (datetime(2025, 12, 24, 10, tzinfo=LONDON), Priority.STANDARD, POLICY),
    "enhanced": (datetime(2025, 12, 1, 14, 30, tzinfo=LONDON), Priority.ENHANCED, HOURS),
}
# Written by hand: what a reader of each language should see.
EXPECTED = {
    "en": {
        "monday": "contact you by Monday, 8 December 2025, only",
        "bank holidays": "contact you by Monday, 5 January 2026, only",
        "enhanced": "contact you by 14:30 on Tuesday, 2 December 2025, only",
    },
    "cy": {
        "monday": "cysylltu â chi erbyn Dydd Llun, 8 Rhagfyr 2025, dim",
        "bank holidays": "cysylltu â chi erbyn Dydd Llun, 5 Ionawr 2026, dim",
        "enhanced": "cysylltu â chi erbyn 14:30, Dydd Mawrth, 2 Rhagfyr 2025, dim",
    },
    "es": {
        "monday": "con usted como muy tarde el lunes, 8 de diciembre de 2025, solo",
        "bank holidays": "con usted como muy tarde el lunes, 5 de enero de 2026, solo",
        "enhanced": "como muy tarde el martes, 2 de diciembre de 2025, a las 14:30, solo",
    },
    "ar": {
        "monday": "سيتواصل معك ميسّر في موعد أقصاه الاثنين، 8 ديسمبر 2025، فقط",
        "bank holidays": "سيتواصل معك ميسّر في موعد أقصاه الاثنين، 5 يناير 2026، فقط",
        "enhanced": "في موعد أقصاه الثلاثاء، 2 ديسمبر 2025، الساعة 2:30 م، فقط",
    },
    "uk": {
        "monday": "з Вами (найпізніше: понеділок, 8 грудня 2025\u202fр.) лише",
        "bank holidays": "з Вами (найпізніше: понеділок, 5 січня 2026\u202fр.) лише",
        "enhanced": "з Вами (найпізніше: вівторок, 2 грудня 2025\u202fр., о 14:30) лише",
    },
    "so": {
        "monday": "kula soo xiriiri doona ugu dambayn Isniin, Diseembar 8, 2025, oo",
        "bank holidays": "kula soo xiriiri doona ugu dambayn Isniin, Janaayo 5, 2026, oo",
        "enhanced": "ugu dambayn Talaado, Diseembar 2, 2025, saacadda 2:30\u202fGD, oo",
    },
}
# "Before" where "by" is meant: a day early in each of these.
BEFORE = {"es": "antes", "ar": "قبل", "so": "ka hor", "uk": "до {", "pl": "przed"}


def _thanks(lang: str, case: str) -> tuple[str, datetime]:
    received, priority, policy = CASES[case]
    due = contact_due(received, priority, policy)
    talk = Talk()
    talk.state = State(language=lang)
    talk.send(Submitted("RJ-ABCD-EFGH", due, str(priority)))
    return talk.replies[0].text, due


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_the_deadline_is_rendered_by_babel_in_each_language(lang: str, case: str) -> None:
    text, due = _thanks(lang, case)
    local = due.astimezone(LONDON)
    locale = "en_GB" if lang == "en" else lang
    assert format_date(local, format="full", locale=locale) in text
    if CASES[case][1] is Priority.ENHANCED:
        assert format_time(local, format="short", locale=locale) in text
    if lang in EXPECTED:
        assert EXPECTED[lang][case] in text
    template_text = translator(lang).gettext(
        next(m.id for m in template("messages") if m.id and "contact you by {date}" in m.id)
    )
    if lang in BEFORE:
        assert BEFORE[lang] not in template_text, f"{lang}: 'before' is a day early"


def test_the_cases_fall_where_the_table_says() -> None:
    assert [contact_due(r, p, policy).astimezone(LONDON) for r, p, policy in CASES.values()] == [
        datetime(2025, 12, 8, 17, tzinfo=LONDON),
        datetime(2026, 1, 5, 17, tzinfo=LONDON),
        datetime(2025, 12, 2, 14, 30, tzinfo=LONDON),
    ]


DESK_EXPECTED = {
    "en": "contact by Mon 05 Jan 2026 17:00",
    "cy": "cysylltu erbyn Llun 5 Ion 2026 17:00",
    "es": "contactar como muy tarde el lun 5 ene 2026 17:00",
    "ar": "التواصل في موعد أقصاه الاثنين 5 يناير 2026 17:00",
    "uk": "зв'язатися, найпізніше: пн 5 січ. 2026 17:00",
    "so": "xiriir ugu dambayn Isn 5 Jan 2026 17:00",
}


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_the_desk_deadline_is_rendered_in_each_language(lang: str) -> None:
    t = desk_translator(lang)
    due = datetime(2026, 1, 5, 17, tzinfo=UTC)
    for phrase in ["contact by {date}", "First contact due: {date}"]:
        shown = t.gettext(phrase).format(date=when(due, t))
        assert when(due, t) in shown
        if lang in BEFORE:
            assert BEFORE[lang] not in t.gettext(phrase)
    if lang in DESK_EXPECTED:
        assert t.gettext("contact by {date}").format(date=when(due, t)) == DESK_EXPECTED[lang]


# -- the glossary ------------------------------------------------------------------------------

GLOSSARY_TERMS = [
    "restorative justice",
    "facilitator",
    "consent",
    "person harmed",
    "person responsible",
    "harm",
    "caution",
    "conditional caution",
    "community resolution",
    "harassment",
    "stalking",
    "disability",
    "gender",
    "ethnicity",
    "withdraw",
    "privacy",
]
# Where each term is said in English, so the test knows which messages should carry it.
ENGLISH = {
    "restorative justice": r"restorative justice",
    "facilitator": r"\bfacilitators?\b",
    "consent": r"\bconsent\b",
    "person harmed": r"\b(person|people) harmed\b",
    "person responsible": r"\bperson (responsible|who harmed|who caused harm)",
    "harm": r"\bharm\b",
    "caution": r"\bcaution\b",
    "conditional caution": r"conditional caution",
    "community resolution": r"community resolution",
    "harassment": r"\bharassment\b",
    "stalking": r"\bstalking\b",
    "disability": r"\bdisability\b",
    "gender": r"\bgender\b",
    "ethnicity": r"\bethnicity\b",
    "withdraw": r"(?<!/)\bwithdraw(n|al)?\b",
    "privacy": r"(?<!/)\bprivacy\b",
}


def glossary(lang: str) -> dict[str, tuple[list[str], list[str], str]]:
    path = LOCALES_DIR / lang / "glossary.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {
        r["term"]: (
            [f.strip() for f in r["translation"].split("|") if f.strip()],
            [f.strip() for f in r["avoid"].split("|") if f.strip()],
            r["why"],
        )
        for r in rows
    }


@pytest.mark.parametrize("lang", LANGS)
def test_each_glossary_covers_the_terms_with_a_reason(lang: str) -> None:
    terms = glossary(lang)
    assert set(GLOSSARY_TERMS) <= set(terms)
    for term, (forms, _, why) in terms.items():
        assert forms, f"{lang}: {term} has no translation"
        assert len(why.split()) >= 3, f"{lang}: say why for {term}"


@pytest.mark.parametrize("lang", LANGS)
def test_each_catalog_uses_its_glossary_terms_and_never_a_wrong_one(lang: str) -> None:
    terms = glossary(lang)
    strings = {**translated(lang, "desk"), **translated(lang, "messages")}
    for term in GLOSSARY_TERMS:
        forms, avoid, _ = terms[term]
        said = [mid for mid in strings if re.search(ENGLISH[term], mid, re.IGNORECASE)]
        # Every message that says the term in English says it the glossary's way.
        other = [
            mid[:40] for mid in said if not any(f.lower() in strings[mid].lower() for f in forms)
        ]
        assert not other, f"{lang}: {term!r} not as {forms} in {other[:3]}"
        for wrong in avoid:
            bad = [mid[:40] for mid, text in strings.items() if wrong.lower() in text.lower()]
            assert not bad, f"{lang}: {wrong!r} (avoid, for {term!r}) in {bad[:3]}"


# -- each defect the review found -----------------------------------------------------------

MONITORING = next(m.id for m in template("messages") if m.id and "Reports show totals" in m.id)
OFFENDER_CONSENT = content.OFFENDER_CONSENT
VICTIM_CONSENT = content.VICTIM_CONSENT
PRIVACY = next(m.id for m in template("messages") if m.id and "What we keep:" in m.id)


def _t(lang: str, message: str, domain: str = "messages") -> str:
    return translated(lang, domain)[message]


@pytest.mark.parametrize(
    ("lang", "before"),
    [
        ("es", "antes de esa fecha"),
        ("ar", "قبل ذلك التاريخ"),
        ("so", "taariikhdaas ka hor"),
        ("uk", "до цієї дати"),
        ("pl", "do tej daty"),
    ],
)
def test_what_happens_after_referring_gives_the_deadline_as_at_the_latest(
    lang: str, before: str
) -> None:
    text = _t(lang, next(m for m in translated(lang) if m.startswith("1. You get a reference")))
    assert before not in text


def test_somali_monitoring_consent_never_shows_a_name() -> None:
    text = _t("so", MONITORING)
    assert "weligood ma muujiyaan magacaaga" in text
    assert "weligoodna magacaaga" not in text


def test_somali_names_restorative_justice_as_repairing_harm() -> None:
    assert "dib-u-soo-celin" not in everything("so"), "the word for returning people"
    description = _t(
        "so", next(m for m in translated("so") if m.startswith("Restorative justice helps"))
    )
    assert "hagaajinta waxyeellada (restorative justice)" in description
    assert "u diri kartaa naftaada" not in description, "not 'send a request to yourself'"


def test_somali_offender_consent_says_whether_not_that() -> None:
    assert "haddii wax sii socdaan iyo in kale" in _t("so", OFFENDER_CONSENT)


def test_somali_desk_says_first_contact_is_due() -> None:
    assert "waa in la sameeyaa" in _t("so", "First contact due: {date}", "desk")


RIGHTS = next(m.id for m in template("messages") if m.id and str(m.id).startswith("• It is free."))


@pytest.mark.parametrize("message", [VICTIM_CONSENT, RIGHTS])
def test_ukrainian_consent_does_not_say_you_need_not_report_the_crime(message: str) -> None:
    text = _t("uk", message)
    assert "Не обов'язково повідомляти про злочин" not in text
    assert "не потрібно, щоб ви раніше повідомляли про злочин" in text.lower()


@pytest.mark.parametrize(
    ("lang", "misread"),
    [
        ("ro", "Nu trebuie să fi raportat"),  # reads as "you must not have reported"
        ("pl", "Nie musisz wcześniej zgłaszać"),  # reads as "you need not report"
    ],
)
def test_no_language_says_you_must_not_or_need_not_report_the_crime(
    lang: str, misread: str
) -> None:
    for message in [VICTIM_CONSENT, RIGHTS]:
        assert misread not in _t(lang, message)


@pytest.mark.parametrize("lang", ["pa", "bn", "gu"])
def test_a_facilitator_is_not_an_assistant(lang: str) -> None:
    assistant = {"pa": "ਸਹਾਇਕ", "bn": "সহায়ক", "gu": "સહાયક"}[lang]
    assert assistant not in everything(lang)


def test_arabic_harassment_is_not_only_sexual() -> None:
    assert _t("ar", "Harassment or stalking") == "مضايقة أو ملاحقة"
    assert "تحرّش" not in everything("ar") and "تحرش" not in everything("ar")


def test_panjabi_disability_is_not_the_stigmatising_word() -> None:
    assert "ਅਪਾਹਜ" not in everything("pa")
    assert "ਵਿਕਲਾਂਗਤਾ" in _t("pa", "Do you have a disability or a long-term health condition?")


def test_polish_has_one_term_for_conditional_caution_and_never_informs_the_product() -> None:
    text = everything("pl")
    assert "Ostrzeżenie warunkowe" not in text and "warunkowym pouczeniu" not in text
    assert _t("pl", "Conditional caution") == "Pouczenie warunkowe"
    assert "usług" not in _t("pl", content.WITHDRAW), "'poinformujemy usługę' is the product"


@pytest.mark.parametrize(("lang", "right"), [("pa", "ਹੱਕ"), ("ur", "حق")])
def test_privacy_gives_the_right_to_see_your_data(lang: str, right: str) -> None:
    text = _t(lang, PRIVACY)
    assert right in text
    assert {"pa": "ਤੁਸੀਂ ਪੁੱਛ ਸਕਦੇ ਹੋ ਕਿ ਸਾਡੇ ਕੋਲ ਕੀ ਹੈ", "ur": "آپ پوچھ سکتے ہیں کہ ہمارے پاس کیا ہے"}[
        lang
    ] not in text


def test_arabic_crisis_and_support_texts_speak_to_anyone() -> None:
    support = next(m for m in translated("ar") if m.startswith("You do not have to go through"))
    for message in [content.CRISIS, support, content.WELCOME]:
        text = _t("ar", message)
        for masculine in ["اتصل ب", "مستعدًا", "لستَ", "مضطرًا", "أنت تتحدث"]:
            assert masculine not in text, f"{masculine!r} in {message[:40]!r}"
    assert "اتصل بالرقم" not in everything("ar")


@pytest.mark.parametrize(
    ("lang", "gendered"), [("pa", ["ਦਿਆਂਗਾ", "ਦਿਆਂਗੀ", "ਸਕਦਾ ਹਾਂ"]), ("ur", ["گا", "گی", "سکتا ہوں"])]
)
def test_panjabi_and_urdu_first_person_answers_have_no_gender(
    lang: str, gendered: list[str]
) -> None:
    for message in ["Yes, I will answer", "I caused harm: can I take part?"]:
        text = _t(lang, message)
        assert not [g for g in gendered if g in text], text


@pytest.mark.parametrize(
    ("lang", "masculine"),
    [("ur", "رہے ہیں"), ("pa", "ਰਹੇ ਹੋ"), ("gu", "રહ્યા છો"), ("ar", "أنت تتحدث")],
)
def test_the_welcome_does_not_guess_the_readers_gender(lang: str, masculine: str) -> None:
    assert masculine not in _t(lang, content.WELCOME)


def test_the_bot_greets_without_a_religious_greeting() -> None:
    assert "السلام" not in _t("ur", content.WELCOME)
    assert "سلام" not in everything("ur")


def test_somali_woman_is_said_with_respect() -> None:
    assert _t("so", "Woman") != "Naag"
    assert "Naag" not in everything("so")
