"""Safety in the dialogue: danger is answered first, exits are quick, withdrawal is real."""

from __future__ import annotations

import logging

import pytest

from bot.logs import RedactingFilter, redact
from dialogues import content
from dialogues.crisis import in_crisis
from dialogues.engine import step
from dialogues.events import Command, Press, QuickExit, Withdraw, Withdrawn
from dialogues.state import State
from tests.talk import Talk


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "he's outside the house now",
        "I'm going to end my life",
        "I don’t want to live any more",
        "they are going to hurt me",
        "I am not safe",
        "thinking about self-harm",
    ],
)
def test_danger_is_recognised(text: str) -> None:
    assert in_crisis(text)


@pytest.mark.parametrize("text", ["Sam", "07123 456789", "Evenings after 6", "Leeds", ""])
def test_ordinary_answers_are_not_alarms(text: str) -> None:
    assert not in_crisis(text)


# Two ways of saying it in each language, one with the usual diacritics left off where people
# often type without them. Native speakers should extend these (docs/languages.md).
DANGER = {
    "cy": ["Dw i eisiau marw", "Dw i ddim yn ddiogel"],
    "pl": ["Chcę się zabić", "nie jestem bezpieczna, on tu idzie"],
    "ro": ["vreau sa mor", "Sunt în pericol"],
    "pt": ["Quero morrer", "nao estou segura"],
    "es": ["Quiero matarme", "estoy en peligro"],
    "uk": ["Я хочу померти", "Допоможіть, я в небезпеці"],
    "ar": ["أريد أن أموت", "أنا في خطر"],
    "ur": ["میں خودکشی کرنا چاہتا ہوں", "میں محفوظ نہیں ہوں"],
    "pa": ["ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ", "ਮੈਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹਾਂ"],
    "bn": ["আমি আত্মহত্যা করতে চাই", "আমি নিরাপদ নই"],
    "gu": ["હું મરવા માંગુ છું", "હું જોખમમાં છું"],
    "so": ["Waxaan rabaa inaan dhinto", "Khatar baan ku jiraa"],
}
ORDINARY = {
    "cy": "Gyda'r nos",
    "pl": "Wieczorami",
    "ro": "Seara",
    "pt": "À noite",
    "es": "Por la tarde",
    "uk": "Увечері",
    "ar": "في المساء",
    "ur": "شام کو",
    "pa": "ਸ਼ਾਮ ਨੂੰ",
    "bn": "সন্ধ্যায়",
    "gu": "સાંજે",
    "so": "Fiidkii",
}


@pytest.mark.parametrize("lang", sorted(DANGER))
def test_danger_is_recognised_in_every_language(lang: str) -> None:
    for text in DANGER[lang]:
        assert in_crisis(text, lang), text
    assert not in_crisis(ORDINARY[lang], lang)
    assert in_crisis("I want to kill myself", lang), "English is always checked too"


def test_a_crisis_answer_gets_numbers_at_once_and_is_not_kept() -> None:
    talk = Talk()
    talk.state = State(step="v.name", answers={"consent": "agree"})
    talk.type("I want to die")
    assert "999" in talk.replies[0].text and "08 08 16 89 111" in talk.replies[0].text
    assert "name" not in talk.state.answers and talk.state.step == "v.name"
    assert "What would you like us to call you" in talk.replies[-1].text, "then carry on"
    talk.type("Sam")
    assert talk.state.answers["name"] == "Sam"


def test_i_am_not_safe_works_from_any_old_menu() -> None:
    talk = Talk()
    talk.start()
    menu = talk.replies
    talk.press("I was harmed: refer myself")
    talk.press("Yes, I agree")
    talk.press("Yes")  # 18 or older
    talk.type("Sam")
    talk.replies = menu
    talk.press("I am not safe right now")
    assert talk.replies[0].text.startswith("If you are in danger now, call 999")
    assert talk.state.step == "v.contact" and talk.state.answers["name"] == "Sam"


def test_every_screen_offers_a_quick_exit_that_leaves_nothing() -> None:
    talk = Talk()
    talk.state = State(
        step="v.phone",
        answers={"consent": "agree", "name": "Sam", "contact": ["phone"]},
        source="police",
    )
    talk.command("help")
    assert talk.labels()[-1] == "✕ Quick exit"
    talk.press("✕ Quick exit")
    assert talk.replies == (), "nothing is said that could be seen"
    assert talk.effects == [QuickExit()]
    assert talk.state == State(), "not even the source or language is kept"


def test_withdrawal_asks_once_then_asks_the_store() -> None:
    talk = Talk()
    talk.state = State(step="v.age", answers={"consent": "agree", "name": "Sam"})
    talk.command("withdraw")
    assert talk.replies[0].text == content.WITHDRAW
    talk.press("No, keep them")
    assert talk.state.step == "v.age" and talk.state.answers["name"] == "Sam"
    talk.command("withdraw")
    outcome = step(talk.state, Press("withdraw|yes"), talk.ctx)
    assert outcome.effects == (Withdraw(),)
    talk.state = outcome.state
    talk.send(Withdrawn(1))
    assert "deleted the details" in talk.text
    assert talk.state == State()
    talk.send(Withdrawn(0))
    assert "did not hold a referral" in talk.text
    assert step(State(), Command("exit"), talk.ctx).effects == (QuickExit(),)


def test_logs_are_scrubbed_of_numbers_emails_and_tokens() -> None:
    assert "07123" not in redact("call 07123 456789 now")
    assert "sam@example.org" not in redact("mail sam@example.org")
    assert "AAH" not in redact("url /bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe")
    record = logging.LogRecord("x", logging.INFO, "f", 1, "phone %s", ("+44 7123 456789",), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "phone [number]"
    assert "RJ-ABCD-EFGH" in redact("referral RJ-ABCD-EFGH received"), "references stay"
