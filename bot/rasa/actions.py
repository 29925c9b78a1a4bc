"""A rasa-sdk action server over the same dialogues and store.

Services that run a Rasa assistant (web chat, WhatsApp and other connectors)
get the same explanations, consent and queue. Nothing is decided twice: each
slot is validated by feeding it to the dialogue engine at that question, every
question is worded by the engine from the same catalogs (``action_ask_<form>_<slot>``),
and a submission replays the validated answers through the engine and
:class:`~bot.conversation.Conversations`, so the same answers make the same
referral as on Telegram.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import os
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.endpoint import create_app
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher
from rasa_sdk.interfaces import ActionExecutionRejection
from rasa_sdk.types import DomainDict
from sanic import Sanic, response
from sanic.request import Request

from bot.conversation import Conversations
from bot.profile import ServiceProfile
from dialogues import content, routing
from dialogues.engine import BACK, DONE, EXIT, SKIP, STOPPED, Context, fill, render, step
from dialogues.events import Command, CrisisWords, Event, Press, Reply, Text, Withdrawn
from dialogues.flows import LANGUAGE_SCREEN, SHIPPED, WITHDRAW_SCREEN
from dialogues.i18n import N_, Translator, available_languages, native_name, translator
from dialogues.model import SUBMIT, Flow, Flows, Kind, Role, Step
from dialogues.rules import IntakeRules
from dialogues.state import State
from dialogues.validators import Invalid
from dialogues.walk import Walk, walk
from referral_store import Store
from referral_store.crypto import Keyring
from referral_store.privacy import withdraw

logger = logging.getLogger(__name__)

CHANNEL = "rasa"


def forms(flows: Flows = SHIPPED) -> dict[str, Flow]:
    """Each Rasa form by its name, and the flow it asks."""
    return {
        "self_referral_form": flows.referral("victim"),
        "offender_enquiry_form": flows.referral("offender"),
        # Asked after a referral, with its own consent: the answers are the return's categories.
        "monitoring_form": flows["m"],
    }


FORMS = forms()
# A button press is the intent `choose` with the choice's id as the entity `choice`
# (`/choose{"choice": "agree"}`), so it bypasses NLU and means the same in every language.
CHOOSE = "choose"
CHOICE = "choice"
# The slot value of a question the person skipped: a form treats an unfilled slot as
# unanswered, so a skip needs a value of its own, which the answers read as "not given".
SKIPPED = "rjbot:skipped"
# Intents that steer the dialogue and are never taken as a typed answer.
STEERING = ("stop", "skip", "help", CHOOSE, "withdraw")
# Telegram's commands, as the words a person can type or press in any connector; each is a
# button label the catalogs already translate (translators keep the commands as they are).
COMMAND_WORDS = {
    "/cancel": N_("Stop and delete"),
    "/withdraw": N_("Delete my details"),
    "/start": N_("Main menu"),
    "/help": N_("How to use this chat"),
}
# Lines about what only Telegram has (going back, the privacy command, the quick exit button).
_TELEGRAM_ONLY = ("/back", "/privacy", "✕")
# What the menu offers, as (label, intent, entities): the greeting's and the fallback's buttons.
MENU: tuple[tuple[str, str, dict[str, str]], ...] = (
    (N_("I was harmed: refer myself"), "refer_myself", {}),
    (N_("I caused harm: can I take part?"), "enquire_offender", {}),
    (N_("What is restorative justice?"), "explain", {"topic": "what"}),
    (N_("I am not safe right now"), "not_safe", {}),
    (N_("🌐 Language"), "set_language", {}),
    (N_("How to use this chat"), "help", {}),
)


def payload(intent: str, **entities: str) -> str:
    """A button's payload: Rasa reads ``/intent{...}`` without NLU."""
    return f"/{intent}{json.dumps(entities, ensure_ascii=False)}" if entities else f"/{intent}"


def neutral(text: str, t: Translator) -> str:
    """Telegram's wording made to work in any connector: commands become the words to send."""
    lines = [line for line in text.split("\n") if not any(w in line for w in _TELEGRAM_ONLY)]
    text = "\n".join(lines)
    for command, word in COMMAND_WORDS.items():
        text = re.sub(re.escape(command) + r"\b", f"“{t.gettext(word)}”", text)
    return text


def menu_buttons(t: Translator) -> list[dict[str, str]]:
    return [
        {"title": t.gettext(label), "payload": payload(intent, **entities)}
        for label, intent, entities in MENU
    ]


def _buttons(reply: Reply) -> list[dict[str, str]]:
    """The engine's buttons as Rasa buttons; Telegram's own (back, quick exit) are left out."""
    buttons = []
    for row in reply.buttons:
        for button in row:
            if button.data in (BACK, EXIT):
                continue
            choice = button.data.partition("|")[2]
            if choice == SKIP:
                buttons.append({"title": button.label, "payload": payload("skip")})
            else:
                buttons.append({"title": button.label, "payload": payload(CHOOSE, choice=choice)})
    return buttons


def form_slots(flow: Flow) -> list[str]:
    """Every question of a flow Rasa can ask, as the slot that holds its answer, in order.

    Not its notices: the offender's introduction is said by the form's rule.
    """
    return [
        s.key
        for s in flow.questions()
        if s.role is not Role.NOTICE and s.channel in (None, CHANNEL)
    ]


def _walked(flow: Flow, answers: dict[str, Any], rules: IntakeRules) -> Walk:
    """The one walk (``dialogues.walk``), as Rasa asks it: notices are said by rules."""
    return walk(flow, answers, rules, CHANNEL, notices_read=True)


def required(flow: Flow, answers: dict[str, Any], rules: IntakeRules) -> list[str]:
    """The slots the form asks, given the answers so far, in the engine's order.

    After the first not yet answered come the later ones the answers so far allow, so
    that Rasa validates whichever of them it is given; none after an exit.
    """
    return [s.key for s in _walked(flow, answers, rules).asked]


def _event_for(question: Step, value: Any, language: str = "en", pressed: bool = False) -> Event:
    """What a person would have sent on Telegram to give ``value`` at ``question``.

    ``pressed``: the value is a button's choice id (a tick, at a multi-choice question).
    """
    if value is None or value == SKIPPED:
        return Press(f"{question.id}|{SKIP}")
    if isinstance(value, list):
        return Text(", ".join(str(v) for v in value))
    text = str(value).strip()
    t = translator(language)
    ids = {c.id for c in question.choices}
    if question.multi:
        if pressed and (text in ids or text == DONE):
            return Press(f"{question.id}|{text}")
        if text.casefold() in (DONE, t.gettext(N_("Done")).casefold()):
            return Press(f"{question.id}|{DONE}")
        return Text(text)  # typed: "phone, email"
    for choice in question.choices:
        if text.casefold() == t.gettext(choice.label).casefold():
            return Press(f"{question.id}|{choice.id}")
    if text in ids:
        return Press(f"{question.id}|{text}")
    return Text(text)


def _answers(flow: Flow, tracker: Tracker) -> dict[str, Any]:
    """The answers so far; a skipped question is answered with ``None`` (as on Telegram)."""
    found = {}
    for key in form_slots(flow):
        value = tracker.get_slot(key)
        if value is not None:
            found[key] = None if value == SKIPPED else value
    return found


def _question(flow: Flow, slot: str) -> Step:
    question = flow.question(slot)
    if question is None:
        raise ActionExecutionRejection(f"validate_{slot}", f"{flow.id} asks no {slot}.")
    return question


def _language(tracker: Tracker) -> str:
    return translator(tracker.get_slot("language_code") or "en").language


class Engine:
    """The engine as the action server uses it: one question at a time, no state kept."""

    def __init__(self, rules: IntakeRules, flows: Flows = SHIPPED) -> None:
        self.rules = rules
        self.flows = flows

    def context(self) -> Context:
        return Context(rules=self.rules, now=datetime.now(UTC), channel=CHANNEL, flows=self.flows)

    def ask(
        self, flow: Flow, slot: str, answers: dict[str, Any], language: str, pending: Any
    ) -> Reply:
        """The question for ``slot``, worded by the engine in ``language``."""
        state = State(
            step=_question(flow, slot).id,
            answers=dict(answers),
            language=language,
            pending=tuple(pending or ()),
        )
        return render(state, self.context())

    def crisis_reply(self, text: str, language: str) -> str | None:
        """The engine's answer to ``text`` if it reads as a crisis there, else ``None``.

        The engine answers crisis text itself on every channel; asking it here keeps one
        detector and one reply for all of them.
        """
        outcome = step(State(language=language), Text(text), self.context())
        if any(isinstance(e, CrisisWords) for e in outcome.effects) and outcome.replies:
            return outcome.replies[0].text
        return None

    def crisis_text(self, language: str) -> str:
        """The engine's crisis message (999, then the service's helplines), as the
        "I am not safe right now" button gets it on every channel."""
        outcome = step(State(language=language), Press("menu|unsafe"), self.context())
        return outcome.replies[0].text

    def check(
        self,
        flow: Flow,
        slot: str,
        value: Any,
        answers: dict[str, Any],
        language: str,
        pending: Iterable[str] = (),
        pressed: bool = False,
    ) -> tuple[Any, list[str], list[str]]:
        """The engine's answer to ``value`` at the question for ``slot``.

        Returns (kept, messages, pending): ``kept`` is the cleaned answer, or ``None`` when
        the engine asked again; the messages are what the person must hear first (a
        re-ask's reason, a note, signposting); ``pending`` holds a multi-choice question's
        ticks until Done.
        """
        question = _question(flow, slot)
        state = State(
            step=question.id, answers=dict(answers), language=language, pending=tuple(pending)
        )
        event = _event_for(question, value, language, pressed)
        outcome = step(state, event, self.context())
        said = [r.text for r in outcome.replies]
        if outcome.state.step == question.id:
            if outcome.state.pending != state.pending:
                return None, [], list(outcome.state.pending)  # a tick: asked again with it
            messages = said[:-1]
            if outcome.asked_again is not None:
                messages.append(self.reason(outcome.asked_again, language))
            return None, messages, list(state.pending)
        if slot in outcome.state.answers:
            kept = outcome.state.answers[slot]
            return (SKIPPED if kept is None else kept), said[:-1], []
        # An answer that ends the flow (no consent, under age): kept, so the form stops.
        # What the person hears then is said once, by the submit action.
        chosen = event.data.partition("|")[2] if isinstance(event, Press) else str(value)
        return chosen, [], []

    def reason(self, why: Invalid, language: str) -> str:
        """Why a question is asked again, worded as every channel words it."""
        t = translator(language)
        return fill(t.gettext(why.message), self.rules, t, **why.params)


class _FormValidation(FormValidationAction):
    """``validate_<slot>`` for every slot of one form, all answered by the engine."""

    flow: Flow = SHIPPED.referral("victim")
    form: str = ""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def name(self) -> str:
        return f"validate_{self.form}"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        return required(self.flow, _answers(self.flow, tracker), self.engine.rules)

    def _validate(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != slot:
            # Only the question asked is answered: an answer is never taken for another.
            return {slot: tracker.get_slot(slot) if tracker.get_slot(slot) != value else None}
        if tracker.get_slot("crisis"):
            # The helplines first; the words are not an answer, and the question is asked
            # again, as on every other channel.
            _helplines(dispatcher, tracker, self.engine)
            return {slot: None}
        question = _question(self.flow, slot)
        language = _language(tracker)
        if value == SKIPPED and not question.optional:
            value = ""  # the engine says why this one needs an answer
        answers = {k: v for k, v in _answers(self.flow, tracker).items() if k != slot}
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        kept, said, pending = self.engine.check(
            self.flow,
            slot,
            value,
            answers,
            language,
            tracker.get_slot("pending") or (),
            pressed=intent == CHOOSE,
        )
        if kept is None and question.choices and not pending:
            kept, said, pending = self._yes_or_no(question, slot, answers, language, tracker) or (
                kept,
                said,
                pending,
            )
        t = translator(language)
        for text in said:
            dispatcher.utter_message(text=neutral(text, t))
        return {slot: kept, "pending": pending or None}

    def _yes_or_no(
        self, question: Step, slot: str, answers: dict[str, Any], language: str, tracker: Tracker
    ) -> tuple[Any, list[str], list[str]] | None:
        """A typed yes or no ("ie", "tak", "نعم") for a question whose buttons say more."""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        wanted = {"affirm": ("agree", "yes", "ok"), "deny": ("no",)}.get(str(intent), ())
        choice = next((c.id for c in question.choices if c.id in wanted), None)
        if choice is None:
            return None
        return self.engine.check(self.flow, slot, choice, answers, language)


def _validator(slot: str) -> Any:
    def validate(
        self: _FormValidation,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        return self._validate(slot, value, dispatcher, tracker)

    validate.__name__ = f"validate_{slot}"
    validate.__doc__ = f"Check the `{slot}` answer with the dialogue engine."
    return validate


def _form_class(form: str, flow: Flow) -> type[_FormValidation]:
    methods: dict[str, Any] = {"form": form, "flow": flow}
    methods.update({f"validate_{slot}": _validator(slot) for slot in form_slots(flow)})
    return type(f"Validate_{form}", (_FormValidation,), methods)


def ask_action_name(form: str, slot: str) -> str:
    """Rasa asks a form's question with this action when the domain lists it."""
    return f"action_ask_{form}_{slot}"


class AskQuestion(Action):
    """Asks one question of a form as the engine words it, in the person's language."""

    def __init__(self, form: str, flow: Flow, slot: str, engine: Engine) -> None:
        self.form, self.flow, self.slot, self.engine = form, flow, slot, engine

    def name(self) -> str:
        return ask_action_name(self.form, self.slot)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        language = _language(tracker)
        reply = self.engine.ask(
            self.flow,
            self.slot,
            _answers(self.flow, tracker),
            language,
            tracker.get_slot("pending"),
        )
        t = translator(language)
        dispatcher.utter_message(text=neutral(reply.text, t), buttons=_buttons(reply))
        return []


def _user_stamp(tracker: Tracker) -> int:
    """When the message that led to this action arrived, in microseconds: the same on a retry."""
    for event in reversed(tracker.events):
        if event.get("event") == "user" and isinstance(event.get("timestamp"), int | float):
            return int(float(event["timestamp"]) * 1_000_000)
    return 0


class Submit(Action):
    """Replays a finished form through the engine and store: one referral, as on Telegram.

    Idempotent per conversation: the replay's events carry update ids made from the time
    of the person's last message, so the same request again (Rasa retrying, a proxy
    repeating it) is recognised by the store and makes no second referral.
    """

    def __init__(self, form: str, flow: Flow, conversations: Conversations) -> None:
        self.form, self.flow, self.conversations = form, flow, conversations

    def name(self) -> str:
        return f"action_submit_{self.form.removesuffix('_form')}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answers = _answers(self.flow, tracker)
        language = _language(tracker)
        t = translator(language)
        walked = _walked(self.flow, answers, self.conversations.rules)
        if walked.exit is not None:
            # Nothing is stored: the person is told why, and where else to go, once.
            text = _fill_support(walked.exit.prompt, self.conversations.rules, language)
            dispatcher.utter_message(text=neutral(text, t), buttons=menu_buttons(t))
            return _cleared(self.flow)
        if walked.next is not None:
            # Rasa called this before the form was complete: refuse, keep nothing.
            raise ActionExecutionRejection(self.name(), "The form is not complete.")
        key = f"rasa:{tracker.sender_id}"
        first = _user_stamp(tracker) * 100
        result = None
        for number, event in enumerate(self.replay(answers, language)):
            result = await self.conversations.handle(
                key, event, language=language, update_id=first + number
            )
            if result.duplicate:
                return await self._again(dispatcher, key, t)
        if result is None or not result.notices:
            dispatcher.utter_message(
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                text=t.gettext(
                    "Sorry, we could not save your referral just now. Nothing was lost. "
                    "Please try again in a minute."
                )
            )
            return []
        for reply in result.replies[:1]:
            dispatcher.utter_message(text=neutral(reply.text, t))
        notice = result.notices[0]
        return [
            SlotSet("reference", notice.reference),
            SlotSet("contact_by", notice.due_at.isoformat()),
            *_cleared(self.flow),
            # Then, separately and optionally, the monitoring questions (as on Telegram).
            FollowupAction("monitoring_form"),
        ]

    async def _again(
        self, dispatcher: CollectingDispatcher, key: str, t: Translator
    ) -> list[EventType]:
        """The same submission a second time: its reference again, nothing new stored."""
        saved, _ = await self.conversations.store.conversation(key)
        reference = State.from_json(saved).sent or State.from_json(saved).case
        said = N_("We already have your referral. Your reference is {reference}.")
        dispatcher.utter_message(
            text=fill(t.gettext(said), self.conversations.rules, t, reference=reference or "")
        )
        return [SlotSet("reference", reference), *_cleared(self.flow)]

    def replay(self, answers: dict[str, Any], language: str = "en") -> Iterable[Event]:
        """The events a person would have sent on Telegram to give these answers."""
        # The language first, so the consent is recorded in the language it was shown in.
        yield Command("language")
        yield Press(f"{LANGUAGE_SCREEN}|{language}")
        yield Command("cancel")
        if self.flow.command:
            yield Command(self.flow.command)
        for s in self.flow.questions():
            if s.role is Role.NOTICE:
                yield Press(f"{s.id}|{s.choices[0].id}")  # said by the form's rule
            elif s.key in answers:
                yield _event_for(s, answers[s.key])
        summary = self.conversations.flows.steps[self.flow.summary]
        send = next(c for c in summary.choices if c.goto == SUBMIT)
        yield Press(f"{summary.id}|{send.id}")


def _fill_support(prompt: str, rules: IntakeRules, language: str) -> str:
    """A text with its placeholders filled as on every other channel (engine.fill)."""
    t = translator(language)
    return fill(t.gettext(prompt), rules, t)


def _cleared(flow: Flow) -> list[EventType]:
    return [SlotSet(slot, None) for slot in form_slots(flow)] + [SlotSet("pending", None)]


def _every_form_cleared(flows: Flows) -> list[EventType]:
    return [event for flow in forms(flows).values() for event in _cleared(flow)]


class ExplainTopic(Action):
    """Says one information topic (slot ``topic``: what, forms, when, who, safe, ...)."""

    def name(self) -> str:
        return "action_explain_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        t = translator(_language(tracker))
        wanted = tracker.get_slot("topic") or "what"
        topic = next((x for x in content.TOPICS if x.id == wanted), content.TOPICS[0])
        others = [
            {"title": t.gettext(x.title), "payload": payload("explain", topic=x.id)}
            for x in content.TOPICS
            if x is not topic
        ]
        dispatcher.utter_message(text=neutral(t.gettext(topic.body), t), buttons=others)
        return [SlotSet("topic", None)]


class CheckEligibility(Action):
    """Says whether this service can take the case, why, and where to go instead."""

    def __init__(self, rules: IntakeRules, flow: Flow) -> None:
        self.rules = rules
        self.flow = flow

    def name(self) -> str:
        return "action_check_eligibility"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answers = _answers(self.flow, tracker)
        language = _language(tracker)
        t = translator(language)
        # A screen the answers alone lead to (an under-18 the service signposts elsewhere).
        signpost = next(
            (
                s
                for s in self.flow.steps
                if s.kind is Kind.SCREEN and s.when and s.when(answers, self.rules)
            ),
            None,
        )
        route = routing.route(self.flow, answers, self.rules)
        asked = routing.onward_question(self.flow, route) if route else None
        if signpost is not None:
            reason = "under_age"
            text = _fill_support(signpost.prompt, self.rules, language)
        elif asked is not None:
            reason = str(route)
            # Why, who can help instead and how to reach them, and the question whether to
            # pass the details on (seed 002 10: only "with consent from the victim").
            text = _fill_support(asked.prompt, self.rules, language)
        else:
            reason = "eligible"
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            text = t.gettext("Yes: this service can take your referral.")
        dispatcher.utter_message(text=neutral(text, t))
        return [SlotSet("eligibility", reason)]


class WithdrawAction(Action):
    """Erases what this conversation gave the service, once the person confirms.

    As on Telegram, the withdrawal is asked first (an NLU guess never erases anything):
    the button "Yes, delete my details" or a typed yes straight after the question
    confirms; anything else keeps everything. Slot ``withdrawing`` marks the question.
    """

    def __init__(self, conversations: Conversations) -> None:
        self.conversations = conversations

    def name(self) -> str:
        return "action_withdraw"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        language = _language(tracker)
        t = translator(language)
        message = tracker.latest_message
        intent = (message.get("intent") or {}).get("name")
        confirmed = any(
            e.get("entity") == "confirm" and e.get("value") == "yes"
            for e in message.get("entities") or []
        ) or (intent == "affirm" and bool(tracker.get_slot("withdrawing")))
        stop_form = [ActiveLoop(None), SlotSet("requested_slot", None)]
        if not confirmed:
            if intent == "affirm":
                # A yes with no question before it: the menu, never silence.
                dispatcher.utter_message(
                    text=t.gettext(N_("Please choose one of the options below.")),
                    buttons=menu_buttons(t),
                )
                return []
            screen = render(
                State(step=WITHDRAW_SCREEN, language=language), self.conversations.context()
            )
            dispatcher.utter_message(
                text=neutral(screen.text, t),
                buttons=[
                    {
                        "title": t.gettext(N_("Yes, delete my details")),
                        "payload": payload("withdraw", confirm="yes"),
                    },
                    {"title": t.gettext(N_("No, keep them")), "payload": payload("deny")},
                ],
            )
            return [*stop_form, SlotSet("withdrawing", True)]
        key = f"rasa:{tracker.sender_id}"
        references = await withdraw(self.conversations.store, key)
        outcome = step(
            State(language=language), Withdrawn(len(references)), self.conversations.context()
        )
        dispatcher.utter_message(text=neutral(outcome.replies[0].text, t), buttons=menu_buttons(t))
        return [
            *stop_form,
            *_every_form_cleared(self.conversations.flows),
            SlotSet("reference", None),
            SlotSet("withdrawing", None),
        ]


class SubmitMonitoring(Action):
    """Keeps the monitoring form's answers for the referral this conversation just made.

    The answers are replayed through the engine, which is waiting at the monitoring
    question after the referral; anything else (no referral here) keeps nothing.
    """

    def __init__(self, conversations: Conversations) -> None:
        self.conversations = conversations

    def name(self) -> str:
        return "action_submit_monitoring"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        key = f"rasa:{tracker.sender_id}"
        language = _language(tracker)
        saved, _ = await self.conversations.store.conversation(key)
        waiting = State.from_json(saved)
        monitoring = self.conversations.flows["m"]
        if waiting.step != monitoring.start or not waiting.case:
            return _cleared(monitoring)  # no referral of this conversation to keep them for
        answers = _answers(monitoring, tracker)
        result = None
        for question in monitoring.steps:
            if question.key in answers and question.key in form_slots(monitoring):
                event = _event_for(question, answers[question.key], language)
                result = await self.conversations.handle(key, event, language=language)
        if result is not None and result.replies:
            t = translator(language)
            dispatcher.utter_message(text=neutral(result.replies[0].text, t))
        return _cleared(monitoring)


class StopAction(Action):
    """Stops a form part-way ("stop", "cancel") and forgets every answer given in it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def name(self) -> str:
        return "action_stop"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        t = translator(_language(tracker))
        if tracker.get_slot("crisis"):
            _helplines(dispatcher, tracker, self.engine)
        dispatcher.utter_message(text=t.gettext(STOPPED), buttons=menu_buttons(t))
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            *_every_form_cleared(self.engine.flows),
        ]


class Greet(Action):
    """The welcome, with the menu as buttons (what Telegram shows under it)."""

    def __init__(self, rules: IntakeRules) -> None:
        self.rules = rules

    def name(self) -> str:
        return "action_greet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        language = _language(tracker)
        t = translator(language)
        text = _fill_support(content.WELCOME, self.rules, language)
        dispatcher.utter_message(text=neutral(text, t), buttons=menu_buttons(t))
        return []


class Help(Action):
    """How to use the chat; in a form, then the question again (asked by the form)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.forms = forms(engine.flows)

    def name(self) -> str:
        return "action_help"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        t = translator(_language(tracker))
        if tracker.get_slot("crisis"):
            _helplines(dispatcher, tracker, self.engine)
        form = tracker.active_loop.get("name")
        buttons = [] if form else menu_buttons(t)
        dispatcher.utter_message(text=neutral(t.gettext(content.HELP), t), buttons=buttons)
        slot = tracker.get_slot("requested_slot")
        question = self.forms[form].question(str(slot)) if form in self.forms else None
        if question is not None:
            # What this question wants, in words the catalogs already have.
            if question.multi:
                how = N_("Please choose from the options below, then press Done.")
            elif question.choices and question.text is None:
                how = N_("Please choose one of the options below.")
            else:
                how = None
            if how:
                dispatcher.utter_message(text=t.gettext(how))
        return []


class CheckCrisis(Action):
    """Run by Rasa on every message, before anything else is decided (a custom slot mapping).

    Sets the slot ``crisis`` when the engine reads the message as a crisis. Rasa does not
    send what this action would say (it runs inside action_extract_slots), so whatever
    runs next says the helplines first: the form's validation, or action_crisis through
    the rules that put a crisis before NLU's reading of the words.
    """

    def __init__(self, engine: Engine, conversations: Conversations) -> None:
        self.engine = engine
        self.conversations = conversations

    def name(self) -> str:
        return "action_check_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        language = _language(tracker)
        # A button's payload is never a crisis (the "I am not safe" button has its own rule).
        crisis = bool(text) and not text.startswith("/")
        crisis = crisis and self.engine.crisis_reply(text, language) is not None
        if crisis:
            # Through the conversation too, as on every channel: this chat's referrals, and
            # one made later, are marked with when (never what), so staff know before they
            # call. The engine keeps nothing of the words.
            await self.conversations.handle(
                f"rasa:{tracker.sender_id}", Text(text), language=language
            )
        return [SlotSet("crisis", crisis)]


def _helplines(dispatcher: CollectingDispatcher, tracker: Tracker, engine: Engine) -> None:
    language = _language(tracker)
    dispatcher.utter_message(text=neutral(engine.crisis_text(language), translator(language)))


class Crisis(Action):
    """The helplines, for "I am not safe" (a button or words NLU reads so)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def name(self) -> str:
        return "action_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        _helplines(dispatcher, tracker, self.engine)
        return []


def language_names() -> dict[str, str]:
    """Every shipped language by its code, its own name and its name in every other one."""
    shipped = available_languages()
    names: dict[str, str] = {}
    for code in shipped:
        names[code] = code
        names[native_name(code).casefold()] = code
        for other in shipped:
            try:
                name = Locale.parse(other).languages.get(code)
            except (ValueError, UnknownLocaleError):
                continue
            if name:
                names[name.casefold()] = code
    return names


def find_language(text: str, names: dict[str, str]) -> str | None:
    """The one shipped language ``text`` names (a code alone, or a name anywhere in it)."""
    plain = text.strip().casefold()
    if plain in names:
        return names[plain]
    found = {
        code
        for name, code in names.items()
        if len(name) > 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", plain)
    }
    return found.pop() if len(found) == 1 else None


class SetLanguage(Action):
    """Chooses the language of everything said (slot ``language_code``).

    Understands a language's code or its name in any shipped language; confirms in the
    new language; for anything else, shows the languages it can use.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.names = language_names()

    def name(self) -> str:
        return "action_set_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        entities = [
            str(e.get("value"))
            for e in tracker.latest_message.get("entities") or []
            if e.get("entity") == "language_code"
        ]
        text = str(tracker.latest_message.get("text") or "")
        if tracker.get_slot("crisis"):
            _helplines(dispatcher, tracker, self.engine)
        chosen = next((c for c in (find_language(e, self.names) for e in entities) if c), None) or (
            find_language(text, self.names) if not text.startswith("/") else None
        )
        if chosen is None:
            current = _language(tracker)
            reply = render(State(step=LANGUAGE_SCREEN, language=current), self.engine.context())
            dispatcher.utter_message(
                text=translator(current).gettext(reply.text),
                buttons=[
                    {
                        "title": native_name(code),
                        "payload": payload("set_language", language_code=code),
                    }
                    for code in available_languages()
                ],
            )
            return []
        dispatcher.utter_message(text=f"✓ {native_name(chosen)}")
        if not tracker.active_loop.get("name"):
            # Outside a form, the welcome again, now in the chosen language (in a form,
            # the form asks its question again in it).
            t = translator(chosen)
            welcome = _fill_support(content.WELCOME, self.engine.rules, chosen)
            dispatcher.utter_message(text=neutral(welcome, t), buttons=menu_buttons(t))
        return [SlotSet("language_code", chosen)]


class TokenError(ValueError):
    """The action server cannot start safely as asked."""


def actions_token(host: str) -> str | None:
    """The shared secret Rasa must send (``RJBOT_ACTIONS_TOKEN``); required off loopback."""
    token = os.environ.get("RJBOT_ACTIONS_TOKEN", "").strip() or None
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if token is None and not loopback:
        raise TokenError(
            f"Refusing to listen on {host} without RJBOT_ACTIONS_TOKEN: set it here and in "
            "Rasa's endpoints.yml, or listen on 127.0.0.1."
        )
    if token is not None and len(token) < 16:
        raise TokenError("RJBOT_ACTIONS_TOKEN is too short: use at least 16 random characters.")
    return token


def build_app(
    profile: ServiceProfile,
    db_path: Path | str,
    keyring: Keyring | None = None,
    token: str | None = None,
    flows: Flows = SHIPPED,
) -> Sanic[Any, Any]:
    """The action server: rasa-sdk's Sanic app with this project's actions and store.

    With ``token``, every request but ``/health`` must carry it (``Authorization: Bearer``,
    as Rasa sends it from ``endpoints.yml``), or gets 401. ``flows``: what it asks (the
    Rasa domain must list their slots: ``python -m bot.rasa.domain``).
    """
    rules = profile.rules()
    engine = Engine(rules, flows)
    executor = ActionExecutor()
    holder: dict[str, Conversations] = {}

    app = create_app(executor, cors_origins=None)

    # Opened with the server, so the store lives in the server's event loop.
    @app.before_server_start
    async def open_store(app: Sanic[Any, Any], _: Any = None) -> None:
        store = await Store.open(db_path, profile.deadlines, keyring)
        conversations = Conversations(store, profile, CHANNEL, flows=flows)
        holder["c"] = conversations
        for form, flow in forms(flows).items():
            executor.register_action(_form_class(form, flow)(engine))
            for slot in form_slots(flow):
                executor.register_action(AskQuestion(form, flow, slot, engine))
            if flow.referral_kind:
                executor.register_action(Submit(form, flow, conversations))
        executor.register_action(SubmitMonitoring(conversations))
        executor.register_action(ExplainTopic())
        executor.register_action(CheckEligibility(rules, flows.referral("victim")))
        executor.register_action(WithdrawAction(conversations))
        executor.register_action(SetLanguage(engine))
        executor.register_action(StopAction(engine))
        executor.register_action(Greet(rules))
        executor.register_action(Help(engine))
        executor.register_action(CheckCrisis(engine, conversations))
        executor.register_action(Crisis(engine))

    @app.after_server_stop
    async def close_store(app: Sanic[Any, Any], _: Any = None) -> None:
        if "c" in holder:
            await holder["c"].store.close()

    @app.on_request
    async def guard(request: Request) -> response.HTTPResponse | None:
        if request.path == "/health":
            return None
        if token is not None:
            given = request.headers.get("authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                return response.json({"error": "Missing or wrong action server token."}, 401)
        if request.path != "/webhook":
            return None
        if request.method != "POST":
            return response.json(
                {"error": "Use POST: /webhook runs an action for Rasa."},
                status=405,
                headers={"Allow": "POST"},
            )
        return _malformed(request)

    async def no_details(request: Request, exception: Exception) -> response.HTTPResponse:
        # rasa-sdk's own handler echoes the request body, which holds what people typed.
        logger.error("action failed: %s", type(exception).__name__)
        return response.json({"error": "The action failed. Nothing was saved."}, status=500)

    # rasa-sdk registered its handler for all routes: this one, for its routes, comes first.
    routes = [f"{app.name}.{name}" for name in ("webhook", "actions", "health")]
    app.error_handler.add(Exception, no_details, route_names=routes)
    return app


def _malformed(request: Request) -> response.HTTPResponse | None:
    """400 with a JSON error naming the action, for a body Rasa would never send."""
    try:
        body = json.loads(request.body or b"null")
    except ValueError:
        body = None
    action = body.get("next_action") if isinstance(body, dict) else None
    named = action if isinstance(action, str) and len(action) <= 100 else None
    problem = None
    if not isinstance(body, dict):
        problem = "The body is not a JSON object."
    elif named is None:
        problem = "The body names no action (next_action)."
    elif not isinstance(body.get("tracker"), dict):
        problem = "The body has no tracker."
    elif not isinstance(body["tracker"].get("sender_id"), str):
        problem = "The tracker has no sender_id."
    if problem is None:
        return None
    return response.json({"error": problem, "action_name": named}, status=400)
