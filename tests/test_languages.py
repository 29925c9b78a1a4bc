"""Languages: catalog lint, every flow in every offered language, choosing and switching."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from babel.dates import format_date
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.profile import load_profile
from bot.telegram.commands import DESCRIPTION
from dialogues import content
from dialogues.events import Command, Press, SubmitReferral, Submitted, SurveyInvite, Text
from dialogues.flows import OFFENDER, STEPS, VICTIM
from dialogues.followup import MONITORING_ASK
from dialogues.i18n import (
    LOCALES_DIR,
    OFFER_THRESHOLD,
    available_languages,
    coverage,
    native_name,
    negotiate,
    translator,
)
from dialogues.state import State
from referral_store import Store
from tests.talk import VICTIM_ANSWERS, Talk, walked
from tests.telegram_fake import FakeTelegram, Person, bot_application, running

CATALOGS = sorted(p.parent.parent.name for p in LOCALES_DIR.glob("*/LC_MESSAGES/messages.po"))
OFFERED = [lang for lang in available_languages() if lang != "en"]
FIELD = re.compile(r"\{(\w*)\}")


def catalog(lang: str, domain: str = "messages") -> Catalog:
    path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def test_thirteen_languages_have_catalogs() -> None:
    assert (
        sorted(["ar", "bn", "cy", "es", "gu", "pa", "pl", "pt", "ro", "so", "uk", "ur"]) == CATALOGS
    )


@pytest.mark.parametrize("domain", ["messages", "desk"])
@pytest.mark.parametrize("lang", CATALOGS)
def test_each_catalog_is_offered_only_when_it_passes_the_lint(lang: str, domain: str) -> None:
    """Mostly translated (the rest shown in English) or not offered at all."""
    cat = catalog(lang, domain)
    offered = lang in available_languages(domain)
    assert offered == (coverage(cat) >= OFFER_THRESHOLD)
    assert cat.plural_forms == Catalog(locale=Locale.parse(lang)).plural_forms
    text = (LOCALES_DIR / lang / "LC_MESSAGES" / f"{domain}.po").read_text("utf-8")
    assert "#~" not in text, "no obsolete entries"
    for message in cat:
        if not message.id:
            continue  # the header
        if not message.string or message.fuzzy:
            continue  # shown in English; tests/test_translations.py reports it
        assert sorted(FIELD.findall(str(message.id))) == sorted(
            FIELD.findall(str(message.string))
        ), f"placeholders differ in {message.id!r}"


@pytest.mark.parametrize("lang", ["en", *OFFERED])
def test_a_whole_self_referral_in_each_offered_language(lang: str) -> None:
    talk = Talk()
    talk.state = State(language=lang)
    t = translator(lang)
    talk.send(Command("refer"))
    assert t.gettext(STEPS["v.consent"].prompt)[:40] in talk.text
    *_, send = events = walked(VICTIM, **VICTIM_ANSWERS).sent
    for event in events[1:-1]:  # after the command, before Send
        talk.send(event)
        assert all(len(r.text) <= 4096 for r in talk.replies)
    assert talk.state.step == "v.summary"
    talk.send(send)
    [effect] = talk.effects
    assert isinstance(effect, SubmitReferral)
    assert effect.draft.consent_language == lang
    due = datetime(2025, 12, 30, 17, tzinfo=UTC)
    talk.state = State.from_json(effect.state_json)
    talk.send(Submitted("RJ-ABCD-EFGH", due, "standard"))
    locale = "en_GB" if lang == "en" else lang
    assert format_date(due, format="full", locale=locale) in talk.text


@pytest.mark.parametrize("lang", ["en", *OFFERED])
def test_every_button_fits_telegram_in_each_language(lang: str) -> None:
    for step_id in STEPS:
        talk = Talk()
        talk.state = State(step=step_id, language=lang, answers={"consent": "agree"})
        talk.command("help")
        for reply in talk.replies:
            assert len(reply.text) <= 4096
            for row in reply.buttons:
                for button in row:
                    assert len(button.data.encode()) <= 64
                    assert button.label.strip()


def test_client_codes_are_matched_sensibly() -> None:
    assert negotiate(None) == "en"
    assert negotiate("xx-YY") == "en"
    assert negotiate("de") == "en", "no German catalog"
    for lang in OFFERED:
        assert negotiate(f"{lang}-GB") == lang
    if "pt" in OFFERED:
        assert negotiate("pt-BR") == "pt"


def test_languages_are_offered_in_their_own_names() -> None:
    assert native_name("en") == "English"
    if "cy" in OFFERED:
        assert native_name("cy") == "Cymraeg"
    if "pl" in OFFERED:
        assert native_name("pl") == "Polski"


def test_switching_language_mid_referral_keeps_every_answer() -> None:
    talk = Talk()
    talk.state = State(step="v.age", answers={"consent": "agree", "name": "Sam"})
    talk.command("language")
    labels = talk.labels()
    assert "English" in labels
    target = OFFERED[0] if OFFERED else "en"
    talk.press(native_name(target))
    assert talk.state.step == "v.age"
    assert talk.state.answers == {"consent": "agree", "name": "Sam"}
    assert talk.state.language == target
    assert translator(target).gettext(STEPS["v.age"].prompt) in talk.text


# -- through Telegram: the client's language, end to end ---------------------------


def test_all_thirteen_languages_are_offered() -> None:
    assert list(available_languages()) == ["en", *CATALOGS]


@pytest.mark.parametrize("lang", ["pl", "ur", "cy"])
async def test_a_person_is_greeted_and_refers_in_their_telegram_language(
    lang: str, tmp_path: Path
) -> None:
    t = translator(lang)
    assert t.language == lang, f"{lang} must be complete and offered"
    fake = FakeTelegram()
    db = tmp_path / "rj.sqlite3"
    app = bot_application(db, fake, clock=lambda: datetime(2025, 12, 19, 11, tzinfo=UTC))
    async with running(app):
        person = Person(app, fake, language=f"{lang}-GB" if lang != "ur" else "ur")
        sent = await person.send("/start")
        welcome = t.gettext(content.WELCOME).format(service=load_profile().service.name)
        assert sent[0]["text"].startswith(welcome)

        async def press(label: str) -> list[dict[str, Any]]:
            return await person.press(t.gettext(label))

        await press("I was harmed: refer myself")
        await press("Yes, I agree")
        await press("Yes")  # 18 or older
        await person.send("Sam")
        await press("Phone call")
        await press("Done")
        await person.send("07123 456789")
        for label in ("Evenings", "No messages, please", "Burglary", "None of these"):
            await press(label)
        for label in ("In the last month", "No", "No", "West Midlands", "West Midlands"):
            await press(label) if label != "West Midlands" else await person.press(label)
        for label in ("English", "No"):
            await press(label)
        await press("Skip")
        # Half way, the person switches to English and back: nothing is lost.
        await person.send("/language")
        await person.press("English")
        await person.send("/language")
        await person.press(native_name(lang))
        await press("No")
        for _ in range(2):  # how they heard, and in their own words
            await press("Skip")
        sent = await press("Skip")  # hopes
        assert t.gettext("Please check your answers:") in sent[-1]["text"]
        sent = await press("Send my referral")
        assert any("RJ-" in m["text"] for m in sent)
        assert t.gettext(MONITORING_ASK)[:30] in sent[-1]["text"]
    async with await Store.open(db) as store:
        [item] = await store.open_referrals()
        referral = await store.get_referral(item.reference)
        assert referral is not None
        assert referral.consent.language == lang
        assert referral.details["name"] == "Sam" and referral.details["times"] == "evening"


async def test_the_command_list_and_descriptions_are_set_in_each_language(
    tmp_path: Path,
) -> None:
    fake = FakeTelegram()
    app = bot_application(tmp_path / "rj.sqlite3", fake)
    async with running(app):
        pass
    described = {
        p.get("language_code"): p["description"] for e, p in fake.calls if e == "setMyDescription"
    }
    assert set(described) == {None, *OFFERED}
    for lang in OFFERED:
        assert described[lang] == translator(lang).gettext(DESCRIPTION)
        assert described[lang] != described[None]
    short = [p for e, p in fake.calls if e == "setMyShortDescription"]
    assert all(len(p["short_description"]) <= 120 for p in short)
    assert all(len(d) <= 512 for d in described.values())


@pytest.mark.parametrize("lang", ["en", *OFFERED])
def test_the_other_flows_in_each_offered_language(lang: str) -> None:
    """The enquiry by a person who caused harm, monitoring, and the survey, each step shown."""
    talk = Talk()
    talk.state = State(language=lang)
    t = translator(lang)

    def walk(*steps: tuple[str, str | Text]) -> None:
        for step_id, answer in steps:
            shown = t.gettext(STEPS[step_id].prompt).format(service=talk.ctx.rules.service_name)
            assert shown[:30] in talk.text, f"{lang}: {step_id} not shown in its language"
            talk.send(answer if isinstance(answer, Text) else Press(f"{step_id}|{answer}"))
            assert all(len(r.text) <= 4096 for r in talk.replies)

    enquiry = walked(
        OFFENDER,
        send=False,
        responsibility="Partly",
        name="Jo",
        contact=["Email"],
        language="Another language",
        language_other="Tigrinya",
    ).sent
    talk.send(enquiry[0])
    for event in enquiry[1:]:
        # Each question is shown in the person's language before it is answered (a tick at
        # a multi-choice question is answered by the same question again).
        shown = t.gettext(STEPS[talk.state.step].prompt)
        assert shown[:30] in talk.text, f"{lang}: {talk.state.step} not shown in its language"
        talk.send(event)
        assert all(len(r.text) <= 4096 for r in talk.replies)
    talk.send(Press("o.summary|send"))
    [effect] = talk.effects
    assert isinstance(effect, SubmitReferral) and effect.draft.kind == "offender"
    talk.state = State.from_json(effect.state_json)
    talk.send(Submitted("RJ-ABCD-EFGH", datetime(2025, 12, 30, 17, tzinfo=UTC), "standard"))
    walk(
        ("m.monitoring", "yes"),
        ("m.age_band", "25-34"),
        ("m.gender", "man"),
        ("m.ethnic_group", "asian"),
        ("m.eth_asian", "pakistani"),
        ("m.disability", "no"),
        ("m.language_need", "interpreter"),
        ("m.survey", "yes"),
    )
    talk.send(SurveyInvite("RJ-ABCD-EFGH"))
    walk(
        ("s.go", "yes"),
        ("s.wellbeing", "improved"),
        ("s.coping", "same"),
        ("s.safety", "improved"),
        ("s.informed", "worse"),
        ("s.satisfaction", "4"),
        ("s.justice", "na"),
        ("s.comment", Text("Thank you")),
    )
    saved = [type(e).__name__ for e in talk.effects]
    assert saved == ["SubmitReferral", "SaveMonitoring", "SaveSurvey"]
