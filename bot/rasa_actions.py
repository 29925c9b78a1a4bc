"""A rasa-sdk action server over the same dialogues and store.

Services that run a Rasa assistant (web chat, WhatsApp and other connectors)
get the same explanations, consent and queue. Nothing is decided twice: each
slot is validated by feeding it to the dialogue engine at that question, and a
submission replays the validated answers through the engine and
:class:`~bot.conversation.Conversations`, so the same answers make the same
referral as on Telegram.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
from dialogues import content, helplines, routing
from dialogues.engine import STOPPED, Context, step
from dialogues.events import Command, Event, Press, Text, Withdrawn
from dialogues.flows import OFFENDER, ONWARD_PROMPTS, STEPS, VICTIM
from dialogues.followup import MONITORING
from dialogues.i18n import translator
from dialogues.model import Flow, Kind, Step
from dialogues.rules import IntakeRules, UnderAge
from dialogues.state import State
from referral_store import Store
from referral_store.crypto import Keyring
from referral_store.privacy import withdraw

logger = logging.getLogger(__name__)

CHANNEL = "rasa"
FORMS: dict[str, Flow] = {
    "self_referral_form": VICTIM,
    "offender_enquiry_form": OFFENDER,
    # Asked after a referral, with its own consent: the answers are the return's categories.
    "monitoring_form": MONITORING,
}
# Steps Rasa does not ask as slots: the offender's introduction is said by the form's rule.
NOT_SLOTS = {"intro"}


def form_slots(flow: Flow) -> list[str]:
    """Every question of a flow Rasa can ask, as the slot that holds its answer, in order."""
    return [
        s.key
        for s in flow.steps
        if s.kind is Kind.ASK and s.key not in NOT_SLOTS and s.channel in (None, CHANNEL)
    ]


def _exits(flow: Flow, answers: dict[str, Any], rules: IntakeRules) -> str | None:
    """The exit a flow's answers lead to (declined, under age, no responsibility), if any."""
    if answers.get("consent") == "no":
        return f"{flow.id}.declined"
    if answers.get("responsibility") == "no":
        return "o.notready"
    if answers.get("age") == "no" and (flow is OFFENDER or rules.under_age is UnderAge.SIGNPOST):
        return f"{flow.id}.under18"
    return None


def required(flow: Flow, answers: dict[str, Any], rules: IntakeRules) -> list[str]:
    """The slots the form still needs, given the answers so far (as the engine walks it)."""
    needed = []
    for s in flow.steps:
        if s.kind is not Kind.ASK or s.key in NOT_SLOTS or s.channel not in (None, CHANNEL):
            continue
        if s.when and not s.when(answers, rules):
            continue
        needed.append(s.key)
        if s.key not in answers or _exits(flow, answers, rules):
            # Stop at the first unanswered question, or at an exit.
            if _exits(flow, answers, rules):
                return [k for k in needed if k in answers]
            continue
    return needed


def _event_for(question: Step, value: Any, language: str = "en") -> Event:
    """What a person would have sent on Telegram to give ``value`` at ``question``."""
    if isinstance(value, list) or question.multi:
        values = value if isinstance(value, list) else [value]
        return Text(", ".join(str(v) for v in values))
    text = str(value).strip()
    t = translator(language)
    for choice in question.choices:
        if text == choice.id or text.casefold() == t.gettext(choice.label).casefold():
            return Press(f"{question.id}|{choice.id}")
    if text == "skip" and question.optional:
        return Press(f"{question.id}|skip")
    return Text(text)


class Engine:
    """The engine as the action server uses it: one question at a time, no state kept."""

    def __init__(self, rules: IntakeRules) -> None:
        self.rules = rules

    def check(
        self, flow: Flow, slot: str, value: Any, answers: dict[str, Any], language: str
    ) -> tuple[Any, list[str]]:
        """The engine's answer to ``value`` at the question for ``slot``: (kept, messages).

        ``kept`` is the cleaned answer, or ``None`` when the engine asked again; the
        messages are what the person must hear (a re-ask's reason, a note, signposting).
        """
        question = STEPS[f"{flow.id}.{slot}"]
        state = State(step=question.id, answers=dict(answers), language=language)
        ctx = Context(rules=self.rules, now=datetime.now(UTC), channel=CHANNEL)
        event = _event_for(question, value, language)
        outcome = step(state, event, ctx)
        said = [r.text for r in outcome.replies]
        if outcome.state.step == question.id:
            # Asked again: say why (the form asks the question itself).
            return None, [said[0].split("\n\n")[0]] if said else []
        if slot in outcome.state.answers:
            return outcome.state.answers[slot], said[:-1]
        # An answer that ends the flow (no consent, under age): kept, so the form stops.
        chosen = event.data.partition("|")[2] if isinstance(event, Press) else str(value)
        return chosen, said[:-1]


class _FormValidation(FormValidationAction):
    """``validate_<slot>`` for every slot of one form, all answered by the engine."""

    flow: Flow = VICTIM
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
        answers = {k: v for k, v in _answers(self.flow, tracker).items() if k != slot}
        kept, said = self.engine.check(
            self.flow, slot, value, answers, tracker.get_slot("language_code") or "en"
        )
        for text in said:
            dispatcher.utter_message(text=text)
        return {slot: kept}


def _answers(flow: Flow, tracker: Tracker) -> dict[str, Any]:
    return {k: tracker.get_slot(k) for k in form_slots(flow) if tracker.get_slot(k) is not None}


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


class Submit(Action):
    """Replays a finished form through the engine and store: one referral, as on Telegram."""

    def __init__(self, form: str, flow: Flow, conversations: Conversations) -> None:
        self.form, self.flow, self.conversations = form, flow, conversations

    def name(self) -> str:
        return f"action_submit_{self.form.removesuffix('_form')}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answers = _answers(self.flow, tracker)
        language = tracker.get_slot("language_code") or "en"
        exit_step = _exits(self.flow, answers, self.conversations.rules)
        if exit_step:
            # Nothing is stored: the person is told why, and where else to go.
            dispatcher.utter_message(
                text=_fill_support(STEPS[exit_step].prompt, self.conversations.rules, language)
            )
            return _cleared(self.flow)
        missing = [
            slot
            for slot in required(self.flow, answers, self.conversations.rules)
            if slot not in answers
        ]
        if missing:
            # Rasa called this before the form was complete: refuse, keep nothing.
            raise ActionExecutionRejection(self.name(), "The form is not complete.")
        key = f"rasa:{tracker.sender_id}"
        result = None
        for event in self.replay(answers):
            result = await self.conversations.handle(key, event, language=language)
        if result is None or not result.notices:
            dispatcher.utter_message(
                text=translator(language).gettext(
                    "Sorry, we could not save your referral just now. Nothing was lost. "
                    "Please try again in a minute."
                )
            )
            return []
        for reply in result.replies[:1]:
            dispatcher.utter_message(text=reply.text)
        notice = result.notices[0]
        return [
            SlotSet("reference", notice.reference),
            SlotSet("contact_by", notice.due_at.isoformat()),
            *_cleared(self.flow),
            # Then, separately and optionally, the monitoring questions (as on Telegram).
            FollowupAction("monitoring_form"),
        ]

    def replay(self, answers: dict[str, Any]) -> Iterable[Event]:
        """The events a person would have sent on Telegram to give these answers."""
        if self.flow is VICTIM:
            yield Command("cancel")
            yield Command("refer")
        else:
            yield Command("cancel")
            yield Command("enquire")
            yield Press("o.intro|ok")
        for s in self.flow.steps:
            if s.kind is Kind.ASK and s.key in answers and s.key not in NOT_SLOTS:
                yield _event_for(s, answers[s.key])
        yield Press(f"{self.flow.id}.summary|send")


def _fill_support(prompt: str, rules: IntakeRules, language: str) -> str:
    """An exit's text with the helplines, as every channel shows them (helplines.contacts)."""
    t = translator(language)
    text = t.gettext(prompt)
    try:
        return text.format(
            support=helplines.contacts(rules, t),
            young_support=helplines.contacts(rules, t, young=True),
            service=rules.service_name,
        )
    except (KeyError, IndexError, ValueError):
        return text


def _cleared(flow: Flow) -> list[EventType]:
    return [SlotSet(slot, None) for slot in form_slots(flow)]


class ExplainTopic(Action):
    """Says one information topic (slot ``topic``: what, forms, when, who, safe, ...)."""

    def name(self) -> str:
        return "action_explain_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        language = tracker.get_slot("language_code") or "en"
        wanted = tracker.get_slot("topic") or "what"
        topic = next((t for t in content.TOPICS if t.id == wanted), content.TOPICS[0])
        dispatcher.utter_message(text=translator(language).gettext(topic.body))
        return [SlotSet("topic", None)]


class CheckEligibility(Action):
    """Says whether this service can take the case, why, and where to go instead."""

    def __init__(self, rules: IntakeRules) -> None:
        self.rules = rules

    def name(self) -> str:
        return "action_check_eligibility"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answers = _answers(VICTIM, tracker)
        language = tracker.get_slot("language_code") or "en"
        t = translator(language)
        if answers.get("age") == "no" and self.rules.under_age is UnderAge.SIGNPOST:
            reason = "under_age"
            text = _fill_support(STEPS["v.under18"].prompt, self.rules, language)
        else:
            route = routing.route(answers, self.rules)
            reason = route or "eligible"
            # Why, who can help instead and how to reach them, and the question whether to
            # pass the details on (seed 002 10: only "with consent from the victim").
            lines = routing.onward_lines(self.rules)
            text = (
                t.gettext(ONWARD_PROMPTS[route]).format_map(lines)
                if route
                else t.gettext("Yes: this service can take your referral.")
            )
        dispatcher.utter_message(text=text)
        return [SlotSet("eligibility", reason)]


class WithdrawAction(Action):
    """Erases what this conversation gave the service, in one transaction."""

    def __init__(self, conversations: Conversations) -> None:
        self.conversations = conversations

    def name(self) -> str:
        return "action_withdraw"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        key = f"rasa:{tracker.sender_id}"
        references = await withdraw(self.conversations.store, key)
        language = tracker.get_slot("language_code") or "en"
        outcome = step(
            State(language=language), Withdrawn(len(references)), self.conversations.context()
        )
        dispatcher.utter_message(text=outcome.replies[0].text)
        return [*_cleared(VICTIM), *_cleared(OFFENDER)]


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
        language = tracker.get_slot("language_code") or "en"
        saved, _ = await self.conversations.store.conversation(key)
        waiting = State.from_json(saved)
        if waiting.step != "m.monitoring" or not waiting.case:
            return _cleared(MONITORING)  # no referral of this conversation to keep them for
        answers = _answers(MONITORING, tracker)
        result = None
        for question in MONITORING.steps:
            if question.key in answers and question.key in form_slots(MONITORING):
                event = _event_for(question, answers[question.key], language)
                result = await self.conversations.handle(key, event, language=language)
        if result is not None and result.replies:
            dispatcher.utter_message(text=result.replies[0].text)
        return _cleared(MONITORING)


class StopAction(Action):
    """Stops a form part-way ("stop", "cancel") and forgets every answer given in it."""

    def name(self) -> str:
        return "action_stop"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        language = tracker.get_slot("language_code") or "en"
        dispatcher.utter_message(text=translator(language).gettext(STOPPED))
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            *(event for flow in FORMS.values() for event in _cleared(flow)),
        ]


class SetLanguage(Action):
    """Chooses the language of what the actions say (slot ``language_code``)."""

    def name(self) -> str:
        return "action_set_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        wanted = (tracker.get_slot("language_code") or "en")[:2].lower()
        chosen = translator(wanted).language
        return [SlotSet("language_code", chosen)]


def build_app(
    profile: ServiceProfile, db_path: Path, keyring: Keyring | None = None
) -> Sanic[Any, Any]:
    """The action server: rasa-sdk's Sanic app with this project's actions and store."""
    rules = profile.rules()
    engine = Engine(rules)
    executor = ActionExecutor()
    holder: dict[str, Conversations] = {}

    app = create_app(executor, cors_origins=None)

    # Opened with the server, so the store lives in the server's event loop.
    @app.before_server_start
    async def open_store(app: Sanic[Any, Any], _: Any = None) -> None:
        store = await Store.open(db_path, profile.deadlines, keyring)
        conversations = Conversations(store, profile, CHANNEL)
        holder["c"] = conversations
        for form, flow in FORMS.items():
            executor.register_action(_form_class(form, flow)(engine))
            if flow is not MONITORING:
                executor.register_action(Submit(form, flow, conversations))
        executor.register_action(SubmitMonitoring(conversations))
        executor.register_action(ExplainTopic())
        executor.register_action(CheckEligibility(rules))
        executor.register_action(WithdrawAction(conversations))
        executor.register_action(SetLanguage())
        executor.register_action(StopAction())

    @app.after_server_stop
    async def close_store(app: Sanic[Any, Any], _: Any = None) -> None:
        if "c" in holder:
            await holder["c"].store.close()

    async def no_details(request: Request, exception: Exception) -> response.HTTPResponse:
        # rasa-sdk's own handler echoes the request body, which holds what people typed.
        logger.error("action failed: %s", type(exception).__name__)
        return response.json({"error": "The action failed. Nothing was saved."}, status=500)

    # rasa-sdk registered its handler for all routes: this one, for its routes, comes first.
    routes = [f"{app.name}.{name}" for name in ("webhook", "actions", "health")]
    app.error_handler.add(Exception, no_details, route_names=routes)
    return app
