"""The recipe for adding a question, proved: the step alone, on every channel, the desk and export.

A copy of the victim flow gets one optional free-text question (the shipped flows do not
change). Nothing but its step is written here: it is asked by the engine, Telegram, the
terminal and the Rasa actions, staff see its label and answer on the case view, and the
export carries the answer.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import Conversations
from bot.profile import load_profile
from bot.rasa.actions import SKIPPED, build_app
from bot.rasa.domain import domain
from bot.staff.views import referral_text
from bot.terminal.console import chat
from dialogues.events import SubmitReferral
from dialogues.flows import SHIPPED, VICTIM
from dialogues.i18n import D_, N_
from dialogues.model import Flows, Input, Step
from referral_store import Referral, Store
from referral_store.desk import Desk, Role
from referral_store.transfer import export_rows
from tests import test_rasa as rasa
from tests.talk import NOW, VICTIM_ANSWERS, Talk, slots, walked
from tests.telegram_fake import FakeTelegram, Person, bot_application, running

EASIER = Step(
    "v.easier",
    N_("Is there anything that would make it easier to contact you? Type it, or press Skip."),
    text=Input.TEXT,
    max_len=500,
    optional=True,
    summary=N_("Easier to contact"),
    staff_label=D_("Easier to contact"),
)
FLOWS: Flows = SHIPPED.replacing(VICTIM.with_step(EASIER, after="v.message"))
COPY = FLOWS["v"]
ANSWER = "Text first, I work nights"
GIVEN: dict[str, Any] = {**VICTIM_ANSWERS, "easier": ANSWER}
PROFILE = load_profile()
# rasa-sdk's advice that the request's Rasa version differs (as in test_rasa.py).
pytestmark = rasa.pytestmark


def test_the_shipped_flows_do_not_ask_it() -> None:
    assert VICTIM.question("easier") is None and SHIPPED["v"] is VICTIM
    assert COPY.question("easier") is EASIER


def test_the_engine_asks_it_in_order_and_sends_it_with_the_referral() -> None:
    talk = Talk(flows=FLOWS)
    talk.start()
    talk.open(COPY)
    talk.answer(until="easier", **GIVEN)
    assert talk.state.step == "v.easier" and EASIER.prompt in talk.text
    assert "Skip" in talk.labels()
    talk.answer(**GIVEN)
    assert f"• Easier to contact: \u2068{ANSWER}\u2069" in talk.text  # the summary
    talk.press("Send my referral")
    [effect] = talk.effects
    assert isinstance(effect, SubmitReferral)
    assert effect.draft.details["easier"] == ANSWER


def test_skipped_it_is_kept_as_not_given() -> None:
    talk = Talk(flows=FLOWS)
    talk.start()
    talk.open(COPY)
    talk.answer(**{**GIVEN, "easier": "Skip"})
    assert "• Easier to contact: Not given" in talk.text
    assert talk.state.answers["easier"] is None


async def _seen_by_staff_and_exported(db: Path, channel: str) -> Referral:
    """The one referral in ``db``: on the case view with its label, and in the export."""
    async with await Store.open(db, PROFILE.deadlines) as store:
        [item] = await store.open_referrals()
        referral = await store.get_referral(item.reference)
        assert referral is not None and referral.channel == channel
        assert referral.details["easier"] == ANSWER
        exported = [row async for table, row in export_rows(store) if table == "referrals"]
    assert [row["details"]["easier"] for row in exported] == [ANSWER]
    case = referral_text(referral, flows=FLOWS)
    assert f"Easier to contact: {ANSWER}" in case.splitlines()
    # The label comes from the step: the shipped flows have no such line.
    assert "Easier to contact" not in referral_text(referral)
    return referral


async def test_telegram_asks_it_and_staff_see_it(tmp_path: Path) -> None:
    fake, db = FakeTelegram(), tmp_path / "tg.sqlite3"
    async with await Store.open(db, PROFILE.deadlines) as store:
        code = await Desk(store).invite(Role.MANAGER)
    app = bot_application(db, fake, clock=lambda: NOW, flows=FLOWS)
    async with running(app):
        person = Person(app, fake)
        await person.send("/start")
        did = walked(COPY, PROFILE.rules(), flows=FLOWS, **GIVEN).did
        asked = did.index(("text", ANSWER))
        await person.follow(did[:asked])
        assert EASIER.prompt in fake.sent(person.chat_id)[-1]["text"]
        sent = await person.follow(did[asked:])
        assert any("We have received your referral" in m["text"] for m in sent)
        referral = await _seen_by_staff_and_exported(db, "telegram")
        # The case as a manager opens it in the Telegram desk.
        manager = Person(app, fake, chat_id=11, first_name="Cat")
        await manager.send(f"/join {code}")
        shown = await manager.send(f"/show {referral.reference}")
        assert f"Easier to contact: {ANSWER}" in shown[-1]["text"].splitlines()


async def test_the_terminal_asks_it(tmp_path: Path) -> None:
    db = tmp_path / "terminal.sqlite3"
    # Typed as a person types in the terminal: the contact ways in one line.
    did = walked(COPY, PROFILE.rules(), "terminal", flows=FLOWS, **GIVEN, contact="phone").did
    out = io.StringIO()
    async with await Store.open(db, PROFILE.deadlines) as store:
        conversations = Conversations(store, PROFILE, "terminal", lambda: NOW, flows=FLOWS)
        lines = io.StringIO("".join(f"{value}\n" for _, value in did))
        await chat(conversations, stdin=lines, stdout=out)
    shown = out.getvalue()
    assert EASIER.prompt in shown and f"Easier to contact: {ANSWER}" in shown
    assert "We have received your referral" in shown
    await _seen_by_staff_and_exported(db, "terminal")


@pytest.fixture
async def actions(tmp_path: Path) -> AsyncIterator[tuple[Any, Path]]:
    yield build_app(PROFILE, tmp_path / "rasa.sqlite3", flows=FLOWS), tmp_path / "rasa.sqlite3"


def _body(action: str, given: dict[str, Any], **form: Any) -> dict[str, Any]:
    """A request as Rasa sends it, from an assistant whose domain was made from the copy."""
    request = rasa.body(action, given, **form)
    request["domain"] = domain(FLOWS)
    return request


async def test_the_rasa_actions_ask_validate_and_submit_it(actions: tuple[Any, Path]) -> None:
    app, db = actions
    made = domain(FLOWS)
    assert "easier" in made["forms"]["self_referral_form"]["required_slots"]
    assert "action_ask_self_referral_form_easier" in made["actions"]
    walked_slots = slots(COPY, PROFILE.rules(), flows=FLOWS, **GIVEN).items()
    answers = {k: SKIPPED if v is None else v for k, v in walked_slots}
    before = {k: v for k, v in answers.items() if k != "easier"}
    form = "self_referral_form"
    _, asked = await rasa.post(
        app,
        rasa.body(
            f"action_ask_{form}_easier", {**before, "easier": None}, form=form, requested="easier"
        ),
    )
    assert EASIER.prompt in rasa.texts(asked)
    _, checked = await rasa.post(
        app,
        _body(f"validate_{form}", {**before, "easier": ANSWER}, form=form, requested="easier"),
    )
    assert rasa.set_slots(checked)["easier"] == ANSWER
    _, sent = await rasa.post(app, _body("action_submit_self_referral", answers))
    assert "We have received your referral" in rasa.texts(sent)
    await _seen_by_staff_and_exported(db, "rasa")
