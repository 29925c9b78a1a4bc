"""Monitoring questions after a referral, and the outcome survey when a case closes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.telegram.common import send_surveys
from dialogues.events import SaveMonitoring, SaveSurvey, Submitted, SurveyInvite
from dialogues.flows import STEPS
from dialogues.followup import CHANGE_CHOICES, MONITORING, safe_to_write
from referral_store import Store
from referral_store.desk import ClosureReason, Desk, Role
from referral_store.monitoring import (
    AGE_BANDS,
    CHANGES,
    DISABILITY,
    ETHNIC_GROUPS,
    ETHNICITIES,
    GENDERS,
    LANGUAGE_NEEDS,
)
from referral_store.privacy import withdraw
from referral_store.store import open_answer
from tests.conftest import Backend
from tests.talk import NOW, Talk, victim_to_summary
from tests.telegram_fake import FakeTelegram, Person, bot_application, running
from tests.telegram_fake import refer as walk_referral


def submitted(talk: Talk) -> Talk:
    victim_to_summary(talk)
    talk.press("Send my referral")
    talk.send(Submitted("RJ-AAAA-BBBB", NOW + timedelta(days=5), "standard"))
    return talk


def saved(talk: Talk) -> list[Any]:
    return [e for e in talk.effects if isinstance(e, SaveMonitoring | SaveSurvey)]


def test_the_choices_are_the_codes_the_store_keeps() -> None:
    def ids(step: str) -> set[str]:
        return {c.id for c in STEPS[step].choices}

    assert ids("m.age_band") == set(AGE_BANDS)
    assert ids("m.gender") == set(GENDERS)
    assert ids("m.disability") == set(DISABILITY)
    assert ids("m.language_need") == set(LANGUAGE_NEEDS)
    assert ids("m.ethnic_group") == {*ETHNIC_GROUPS, "unsaid"}
    for group, categories in ETHNIC_GROUPS.items():
        assert ids(f"m.eth_{group}") == {*categories, "unsaid"}
        assert all(f"{group}-{c}" in ETHNICITIES for c in categories)
    assert {c.id for c in CHANGE_CHOICES} == set(CHANGES)


def test_monitoring_is_asked_after_the_referral_with_its_own_consent() -> None:
    talk = submitted(Talk())
    assert "Your reference is" in talk.replies[0].text
    assert "Every question is optional. It does not change your referral." in talk.text
    talk.press("Yes, I will answer")
    talk.press("35-44")
    talk.press("Woman")
    talk.press("Asian, Asian British or Asian Welsh")
    talk.press("Pakistani")
    talk.press("No")  # disability
    talk.press("An interpreter")
    assert "When your case closes" in talk.text
    talk.press("Yes")
    [effect] = saved(talk)
    assert effect == SaveMonitoring(
        "RJ-AAAA-BBBB",
        {
            "age_band": "35-44",
            "gender": "woman",
            "ethnicity": "asian-pakistani",
            "disability": "no",
            "language_need": "interpreter",
        },
        survey=True,
        consent_at=NOW,
    )
    assert "What would you like to do?" in talk.text, "back to the menu"


def test_each_question_can_be_left_unsaid() -> None:
    talk = submitted(Talk())
    talk.press("Yes, I will answer")
    for _ in range(5):
        talk.press("I'd rather not say")
    talk.press("No")  # no survey
    [effect] = saved(talk)
    assert isinstance(effect, SaveMonitoring)
    assert effect.values == dict.fromkeys(
        ("age_band", "gender", "ethnicity", "disability", "language_need"), "unsaid"
    )
    assert effect.survey is False


def test_a_group_without_its_category_is_kept_as_the_group() -> None:
    talk = submitted(Talk())
    talk.press("Yes, I will answer")
    talk.press("18-24")
    talk.press("Man")
    talk.press("White")
    talk.press("I'd rather not say")
    talk.press("Yes")
    talk.press("No")
    talk.press("No")
    [effect] = saved(talk)
    assert isinstance(effect, SaveMonitoring) and effect.values is not None
    assert effect.values["ethnicity"] == "white"


def test_declining_monitoring_keeps_nothing_but_can_still_agree_to_a_survey() -> None:
    talk = submitted(Talk())
    talk.press("No, thank you")
    assert "When your case closes" in talk.text
    talk.press("Yes")
    [effect] = saved(talk)
    assert effect == SaveMonitoring("RJ-AAAA-BBBB", None, survey=True, consent_at=None)


def test_the_survey_is_not_offered_where_the_bot_cannot_write_later() -> None:
    talk = submitted(Talk(channel="terminal"))
    talk.press("No, thank you")
    [effect] = saved(talk)
    assert effect == SaveMonitoring("RJ-AAAA-BBBB", None, survey=False, consent_at=None)
    assert not any(s.channel == "terminal" for s in MONITORING.steps)


def test_a_survey_invite_waits_while_a_referral_is_in_progress() -> None:
    talk = Talk()
    talk.start()
    talk.press("I was harmed: refer myself")
    talk.press("Yes, I agree")
    talk.press("Yes")  # 18 or older
    talk.type("Sam")
    assert talk.send(SurveyInvite("RJ-AAAA-BBBB")) == ()
    assert talk.state.step == "v.contact", "nothing the person typed is lost"


def test_the_survey_asks_the_four_measures_and_satisfaction() -> None:
    talk = Talk()
    talk.start()
    talk.send(SurveyInvite("RJ-AAAA-BBBB"))
    assert talk.text.startswith("Hello again.")
    # It may show on a locked phone: no service, no case, no crime.
    assert "Test RJ Service" not in talk.text and "case" not in talk.text
    talk.press("Answer now")
    talk.press("Better")  # wellbeing
    talk.press("No change")  # coping
    talk.press("Better")  # safety
    talk.press("Worse")  # informed
    talk.press("4")
    assert "justice system" in talk.text
    talk.press("It did not deal with it")
    talk.type("The facilitator was kind.")
    [effect] = saved(talk)
    assert effect == SaveSurvey(
        "RJ-AAAA-BBBB",
        {
            "wellbeing": "improved",
            "coping": "same",
            "safety": "improved",
            "informed": "worse",
            "satisfaction": "4",
            "justice": "na",
            "comment": "The facilitator was kind.",
        },
    )
    assert "Thank you for your answers" in talk.text


def test_a_person_who_caused_harm_is_asked_their_own_measures() -> None:
    # 002 9.2: "Offender understanding of the impact of their behaviour on victim",
    # "Relationships", "Understanding and trust in the CJS" (not the victim's safety).
    talk = Talk()
    talk.start()
    talk.send(SurveyInvite("RJ-AAAA-CCCC", "offender"))
    talk.press("Answer now")
    asked = []
    for label in ("Better", "Better", "No change", "Worse"):
        asked.append(talk.text)
        talk.press(label)
    assert "health and wellbeing" in asked[0]
    assert "how what you did affected others" in asked[1]
    assert "relationships" in asked[2] and "trust the justice system" in asked[3]
    assert not any("safe" in text for text in asked)
    talk.press("5")
    assert "justice system dealt with" not in talk.text, "asked of the victim only"
    talk.press("Skip")
    [effect] = saved(talk)
    assert effect == SaveSurvey(
        "RJ-AAAA-CCCC",
        {
            "wellbeing": "improved",
            "understanding": "improved",
            "relationships": "same",
            "trust": "worse",
            "satisfaction": "5",
            "comment": None,
        },
    )


def test_saying_no_to_the_survey_keeps_nothing() -> None:
    talk = Talk()
    talk.start()
    talk.send(SurveyInvite("RJ-AAAA-BBBB"))
    talk.press("No, thank you")
    assert saved(talk) == []
    assert talk.state.step == "menu"


# -- through Telegram and the store ----------------------------------------------

RECEIVED = datetime(2025, 12, 19, 11, 0, tzinfo=UTC)
TEAM = -1003
ANN = 11


@pytest.fixture
async def telegram(backend: Backend) -> AsyncIterator[tuple[Any, FakeTelegram, Person, Backend]]:
    fake = FakeTelegram()
    db = backend
    app = bot_application(db, fake, team=TEAM, clock=lambda: RECEIVED)
    async with running(app):
        yield app, fake, Person(app, fake), db


async def refer(person: Person) -> str:
    await person.send("/start")
    given = {"message": "No messages, please", "when": "In the last month", "heard": "Skip"}
    sent = await walk_referral(person, **given)
    text = next(m["text"] for m in sent if "reference" in m["text"])
    return text.split("Your reference is ")[1].split(".")[0].strip("\u2068\u2069")


def rows(db: Backend, sql: str) -> list[tuple[Any, ...]]:
    return db.select(sql)


async def test_answers_reach_the_store_and_a_closed_case_gets_its_survey(
    telegram: tuple[Any, FakeTelegram, Person, Backend],
) -> None:
    app, fake, person, db = telegram
    reference = await refer(person)
    await person.press("Yes, I will answer")
    for label in ("25-34", "Non-binary", "Black, Black British, Black Welsh, Caribbean or African"):
        await person.press(label)
    for label in ("Caribbean", "Yes", "No"):
        await person.press(label)
    sent = await person.press("Yes")  # survey later
    assert [m["text"].split("\n")[0] for m in sent] == [
        "Thank you. You can close this chat, or choose an option below.",
        "What would you like to do?",
    ]
    assert rows(
        db, "SELECT subject, recorded_by, age_band, gender, language_need FROM monitoring"
    ) == [("victim", "self", "25-34", "non-binary", "none")]
    [(ethnicity, disability)] = rows(db, "SELECT ethnicity, disability FROM monitoring")
    assert b"black-caribbean" not in db.raw(), "special category data is sealed"
    data = app.bot_data["rj"]
    keys = data.conversations.store.keyring
    assert open_answer(keys, reference, "victim", "ethnicity", ethnicity) == "black-caribbean"
    assert open_answer(keys, reference, "victim", "disability", disability) == "yes"
    assert await send_surveys(app.bot, data) == 0, "not before the case closes"

    desk: Desk = data.desk
    ann = await desk.join(await desk.invite(Role.FACILITATOR), ANN, "Ann")
    assert ann is not None
    await desk.claim(reference, ann)
    await desk.close(reference, ann, ClosureReason.DIRECT)
    # The person said evenings are safe; it is 11:00 on a Friday.
    assert await send_surveys(app.bot, data) == 0, "not at a time they did not choose"
    data.conversations.clock = lambda: RECEIVED.replace(hour=19)
    assert await send_surveys(app.bot, data) == 1
    invite = fake.sent(person.chat_id)[-1]
    assert invite["text"].startswith("Hello again.")
    assert await send_surveys(app.bot, data) == 0, "sent once"

    await person.press("Answer now")
    for label in ("Better", "Better", "No change", "Better", "5", "2"):
        await person.press(label)
    sent = await person.send("Thank you for listening to me.")
    assert "Thank you for your answers" in sent[0]["text"]
    assert len(sent) == 2, "the thanks, then the menu: each once"
    [survey] = rows(
        db,
        "SELECT wellbeing, coping, safety, informed, satisfaction, justice, comment, "
        "recorded_by FROM surveys",
    )
    assert survey[:6] == ("improved", "improved", "same", "improved", 5, "2")
    assert survey[6] and "listening" not in survey[6], "the comment is sealed"
    assert survey[7] == "self"


async def test_withdrawal_takes_the_monitoring_answers_and_survey_with_it(
    telegram: tuple[Any, FakeTelegram, Person, Backend],
) -> None:
    app, _, person, db = telegram
    await refer(person)
    await person.press("Yes, I will answer")
    for label in ("65 or over", "Woman", "White", "Irish", "No", "No", "Yes"):
        await person.press(label)
    assert len(rows(db, "SELECT * FROM monitoring")) == 1
    assert len(rows(db, "SELECT * FROM surveys")) == 1
    store: Store = app.bot_data["rj"].conversations.store
    await withdraw(store, f"tg:{person.chat_id}")
    assert rows(db, "SELECT * FROM monitoring") == []
    assert rows(db, "SELECT * FROM surveys") == []


@pytest.mark.parametrize(
    ("times", "safe", "unsafe"),
    [
        ("evening", "2025-12-19T19:30", "2025-12-19T11:00"),
        ("day", "2025-12-19T11:00", "2025-12-20T11:00"),  # a Saturday
        ("weekend", "2025-12-20T11:00", "2025-12-19T11:00"),
        ("any", "2025-12-21T19:00", "2025-12-21T22:00"),
        (None, "2025-12-19T11:00", "2025-12-19T08:00"),
    ],
)
def test_the_bot_writes_first_only_at_a_time_the_person_chose(
    times: str | None, safe: str, unsafe: str
) -> None:
    assert safe_to_write(times, datetime.fromisoformat(safe))
    assert not safe_to_write(times, datetime.fromisoformat(unsafe))


def test_a_time_typed_in_words_is_never_guessed_at() -> None:
    """ "After 6, when he is at work" could mean anything: staff ask these people themselves."""
    typed = "after 6 when he is at work"
    hours = [datetime(2025, 12, day, hour) for day in range(15, 22) for hour in range(24)]
    assert not any(safe_to_write(typed, moment) for moment in hours)


async def test_after_a_quick_exit_the_bot_never_writes_first(
    telegram: tuple[Any, FakeTelegram, Person, Backend],
) -> None:
    app, fake, person, db = telegram
    reference = await refer(person)
    await person.press("No, thank you")  # no monitoring
    await person.press("Yes")  # but a survey later
    assert len(rows(db, "SELECT * FROM surveys")) == 1
    await person.send("/exit")
    assert rows(db, "SELECT * FROM surveys") == [], "the survey is forgotten with the chat"
    data = app.bot_data["rj"]
    ann = await data.desk.join(await data.desk.invite(Role.FACILITATOR), ANN, "Ann")
    assert ann is not None
    await data.desk.claim(reference, ann)
    await data.desk.close(reference, ann, ClosureReason.DIRECT)
    data.conversations.clock = lambda: RECEIVED.replace(hour=19)
    before = len(fake.sent(person.chat_id))
    assert await send_surveys(app.bot, data) == 0
    assert len(fake.sent(person.chat_id)) == before
