"""The dialogue engine: ``step(state, event, context) -> Outcome``.

Pure: it reads the flows and the service's intake rules, and returns the new
state, the replies to show and the effects a channel must carry out (only
"submit this referral"). The channel feeds the effect's result back in as
:class:`~dialogues.events.Submitted` or :class:`~dialogues.events.SubmitFailed`,
so the person hears "received" only after the store has committed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

from dialogues import content, helplines, routing, typed, walk
from dialogues.crisis import in_crisis
from dialogues.events import (
    Button,
    Command,
    CrisisWords,
    Effect,
    Event,
    Press,
    QuickExit,
    ReferralDraft,
    Reply,
    SaveMonitoring,
    SaveSurvey,
    Start,
    SubmitFailed,
    SubmitReferral,
    Submitted,
    SurveyInvite,
    Text,
    Withdraw,
    Withdrawn,
)
from dialogues.flows import LANGUAGE_SCREEN, PRIVACY, SHIPPED, WITHDRAW_SCREEN
from dialogues.followup import MONITORING, PARTY, SURVEY
from dialogues.i18n import N_, Translator, translator
from dialogues.model import (
    GO_BACK,
    LANGUAGES,
    MENU,
    NEXT,
    SUBMIT,
    SUMMARY,
    WITHDRAW,
    Answer,
    Answers,
    Choice,
    Flow,
    Flows,
    Kind,
    Role,
    Step,
)
from dialogues.rules import IntakeRules
from dialogues.state import State
from dialogues.validators import Invalid, check

BACK = "nav:back"
EXIT = "nav:exit"
# Translators: a button that leaves at once and deletes the chat; must not name the service.
QUICK_EXIT = N_("✕ Quick exit")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
STOPPED = N_("Stopped. Nothing you typed has been kept.")
# The choice ids the engine adds: skip an optional question, confirm a multi-choice one.
SKIP = "skip"
DONE = "done"
# When the consent was given: kept beside its answer, and recorded with the referral.
CONSENT_AT = "consent_at"
_SOURCE = re.compile(r"^src-([a-z0-9-]{1,30})$")


# A question as shown: (step, language, ticked options) -> its Reply, for one set of rules.
Rendered = dict[tuple[str, str, tuple[str, ...]], Reply]


@dataclass(frozen=True)
class Context:
    rules: IntakeRules
    now: datetime
    # The flows this conversation walks (a service, or a test, may run its own).
    flows: Flows = SHIPPED
    channel: str = "terminal"
    timezone: str = "Europe/London"
    # Questions already worded and buttoned for these rules and this channel: most read the
    # same for everyone, so a channel that keeps this between updates renders each once.
    rendered: Rendered = field(default_factory=dict, compare=False, repr=False)
    # The same for the choices each question offers (by step id; not the edit menu's,
    # which follow the answers): read on every press to find the one pressed.
    offered: dict[str, tuple[Choice, ...]] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Outcome:
    state: State
    replies: tuple[Reply, ...] = ()
    effects: tuple[Effect, ...] = field(default_factory=tuple)
    # Why the question was asked again, when it was (a re-ask's message id and parameters),
    # for connectors that say the reason their own way.
    asked_again: Invalid | None = None


def step(state: State, event: Event, ctx: Context) -> Outcome:
    """Answer one event. Never raises on anything a person can type or press."""
    if state.step not in ctx.flows.steps:
        state = state.fresh()
    return _Turn(state, ctx).handle(event)


def render(state: State, ctx: Context) -> Reply:
    """The question ``state`` is at, worded and buttoned as :func:`step` would show it.

    For connectors that ask one question at a time themselves (the Rasa forms).
    """
    if state.step not in ctx.flows.steps:
        state = state.fresh()
    turn = _Turn(state, ctx)
    return turn._render(turn._step())


class _Turn:
    """One event's handling: collects replies as it moves the state."""

    def __init__(self, state: State, ctx: Context) -> None:
        self.state = state
        self.ctx = ctx
        self.t: Translator = translator(state.language)
        self.replies: list[Reply] = []
        self.effects: list[Effect] = []
        self.asked_again: Invalid | None = None
        self.steps = ctx.flows.steps

    # -- entry -----------------------------------------------------------------

    def handle(self, event: Event) -> Outcome:
        match event:
            case Start(payload):
                self._start(payload)
            case Command(name):
                self._command(name)
            case Text(text):
                self._text(text)
            case Press(data):
                self._press(data)
            case Submitted():
                self._submitted(event)
            case SurveyInvite(reference, party):
                self._invite(reference, party)
            case Withdrawn(count):
                self.state = State(language=self.state.language)
                self._say(
                    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                    N_(
                        "Done. We have deleted the details you gave us and told the service. "
                        "You can come back at any time."
                    )
                    if count
                    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                    else N_(
                        "Done. We did not hold a referral from this chat, and anything you "
                        "had typed has been deleted."
                    )
                )
                self._show()
            case SubmitFailed():
                self._say(
                    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                    N_(
                        "Sorry, we could not save your referral just now. Nothing was lost. "
                        "Please press Send again in a minute."
                    )
                )
                self._show()
        return Outcome(self.state, tuple(self.replies), tuple(self.effects), self.asked_again)

    def _start(self, payload: str | None) -> None:
        match = _SOURCE.match(payload or "")
        if self._busy():
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            self._reshow(N_("Welcome back. Carry on where you left off, or send /cancel to stop."))
            return
        source = match.group(1) if match else self.state.source
        self.state = replace(self.state.fresh(), source=source)
        self._show(intro=content.WELCOME)

    def _command(self, name: str) -> None:
        match name:
            case "help":
                self._say(content.HELP)
                self._show()
            case "exit":
                self._exit()
            case "withdraw":
                self.state = self.state.at(WITHDRAW_SCREEN)
                self._show()
            case "language":
                self._languages()
            case "cancel" | "menu":
                self._leave(said=name == "cancel")
            case "back":
                self._back()
            case "privacy":
                if self._flow().referral_kind:
                    self._say(self.steps[PRIVACY].prompt)
                    self._show()
                else:
                    self._go(PRIVACY)
            case _ if opened := self.ctx.flows.by_command(name):
                if self._busy():
                    self._reshow(
                        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                        N_("You have a referral in progress. Carry on below, or send /cancel.")
                    )
                else:
                    self.state = self.state.fresh()
                    self._go(opened.start)
            case _:
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                self._say(N_("Sorry, I do not know that command. Send /help to see what I can do."))

    # -- typed text ------------------------------------------------------------

    def _text(self, raw: str) -> None:
        if in_crisis(raw, self.t.language):
            # Said before the flow sees it, and not taken as an answer.
            self._crisis()
            self._show()
            return
        current = self._step()
        choices = self._choices(current)
        if current.multi:
            self._typed_multi(current, raw, choices)
            return
        if picked := self._match(raw, choices):
            self._choose(current, picked)
            return
        if current.text is None or current.kind is not Kind.ASK:
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            self._reshow(N_("Please choose one of the options below."))
            return
        result = check(current.text, raw, today=self.ctx.now.date(), max_len=current.max_len)
        if isinstance(result, Invalid):
            self._reshow(result.message, **result.params)
            return
        self._answer(current, result.value)
        self._advance(current)

    def _crisis(self) -> None:
        """999 and the helplines, at once; the case is marked (when, never what was said)."""
        rules = self.ctx.rules
        text = helplines.isolate_numbers(self.t.gettext(content.CRISIS), self.t.language)
        support = helplines.contacts(rules, self.t, crisis=True)
        self.replies.append(Reply(self._fill(text, support=support)))
        self.state = replace(self.state, crisis_at=self.ctx.now.isoformat())
        self.effects.append(CrisisWords(self.ctx.now))

    def _typed_multi(self, current: Step, raw: str, choices: tuple[Choice, ...]) -> None:
        parts = [p for p in re.split(r"[,;\n]+", raw) if p.strip()]
        picked = [self._match(p, choices) for p in parts]
        if not parts or any(p is None for p in picked):
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            self._reshow(N_("Please choose from the options below, then press Done."))
            return
        ids = [p.id for p in picked if p is not None and p.id != DONE]
        exclusive = {c.id for c in choices if c.exclusive}
        if exclusive & set(ids) and len(ids) > 1:
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            self._reshow(N_("'None of these' cannot go with other answers. Please choose again."))
            return
        self._answer(current, [c.id for c in choices if c.id in ids])
        self._advance(current)

    def _match(self, raw: str, choices: tuple[Choice, ...]) -> Choice | None:
        current = self._step()
        free_text = current.text is not None and current.kind is Kind.ASK
        return typed.pick(raw, choices, self.t, free_text=free_text)

    # -- button presses --------------------------------------------------------

    def _press(self, data: str) -> None:
        if data == BACK:
            self._back()
            return
        if data == EXIT:
            self._exit()
            return
        step_id, _, choice_id = data.partition("|")
        pressed = self.steps.get(step_id)
        if pressed is None:
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            self._reshow(N_("That button no longer works. Here is where you are:"))
            return
        aside = pressed.choice(choice_id)
        if aside is not None and aside.aside:
            # Help such as "I am not safe right now" works from any old message.
            target = self.steps[aside.aside]
            if target.prompt == content.CRISIS:
                self._crisis()
            else:
                self._say(target.prompt)
            self._show()
            return
        if step_id != self.state.step:
            if self.state.sent and pressed.kind is Kind.SUMMARY:
                self._say(
                    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                    N_("We already have your referral. Your reference is {reference}."),
                    reference=_isolate(self.state.sent),
                )
                return
            flow_of = self.ctx.flows.flow_of
            if (
                flow_of[step_id].referral_kind
                or flow_of[step_id] in (MONITORING, SURVEY)
                or self._busy()
            ):
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                self._reshow(N_("That button is from an earlier message. Here is where you are:"))
                return
            # Menus and topics keep working from older messages.
            self.state = replace(self.state, step=step_id)
        current = self._step()
        choice = next((c for c in self._choices(current) if c.id == choice_id), None)
        if choice is None:
            self._reshow(N_("Please choose one of the options below."))
            return
        self._choose(current, choice)

    def _choose(self, current: Step, choice: Choice) -> None:
        if current.role is Role.LANGUAGE:
            # Switching language keeps every answer and returns to where the person was.
            self.state = replace(self.state, language=choice.id)
            self.t = translator(choice.id)
            self._back()
            return
        if choice.goto == LANGUAGES:
            self._languages()
            return
        if current.kind is Kind.EDIT and choice.goto == NEXT:
            flow = self._flow()
            self.state = replace(self.state.at(f"{flow.id}.{choice.id}"), editing=True)
            self._show()
            return
        if current.multi and choice.id != SKIP:
            self._tick(current, choice)
            return
        if choice.aside:
            self._say(self.steps[choice.aside].prompt)
            self._show()
            return
        if choice.goto == MENU:
            self._leave(said=bool(self._flow().referral_kind))
            return
        if choice.goto == SUBMIT:
            self._submit()
            return
        if choice.goto == GO_BACK:
            self._back()
            return
        if choice.goto == WITHDRAW:
            self.effects.append(Withdraw())
            return
        if choice.goto == SUMMARY:
            self._go(self._flow().summary)
            return
        if current.kind is Kind.ASK:
            self._answer(current, None if choice.id == SKIP else choice.id)
            if choice.goto == NEXT:
                self._advance(current)
                return
        if choice.goto != NEXT:
            if self.ctx.flows.flow_of[choice.goto] is not self._flow():
                self.state = self.state.fresh().at(self.state.step)
            self._go(choice.goto)

    def _tick(self, current: Step, choice: Choice) -> None:
        if choice.exclusive:
            self._answer(current, [choice.id])
            self._advance(current)
            return
        if choice.id == DONE:
            if not self.state.pending:
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                self._reshow(N_("Please choose at least one option, then press Done."))
                return
            order = [c.id for c in current.choices]
            self._answer(current, sorted(self.state.pending, key=order.index))
            self._advance(current)
            return
        pending = set(self.state.pending) ^ {choice.id}
        self.state = replace(self.state, pending=tuple(sorted(pending)))
        self.replies.append(replace(self._render(current), edit=True))

    # -- moving ----------------------------------------------------------------

    def _answer(self, current: Step, value: Answer) -> None:
        answers = dict(self.state.answers)
        answers[current.key] = value
        if current.role is Role.CONSENT:
            answers[CONSENT_AT] = self.ctx.now.isoformat()
        self.state = self.state.changed(answers=answers, pending=())
        chosen = current.choice(value) if isinstance(value, str) else None
        if chosen is not None and chosen.note:
            self._say(chosen.note)

    def _advance(self, current: Step) -> None:
        following = walk.following(
            self._flow(),
            current,
            self.state.answers,
            self.ctx.rules,
            self.ctx.channel,
            skip_answered=self.state.editing,
        )
        if following not in self.steps:
            self._finish()
            return
        self._go(following)

    def _go(self, step_id: str) -> None:
        target = self.steps[step_id]
        if target.kind is Kind.SUMMARY:
            self.state = replace(self.state, editing=False)
        if target.kind is Kind.SCREEN and not target.choices:
            # An exit: say why, keep nothing, and offer the menu.
            self._say(target.prompt)
            self.state = self.state.fresh()
            self._show()
            return
        self.state = self.state.at(step_id)
        self._show()

    def _back(self) -> None:
        history = list(self.state.history)
        while history:
            previous = history.pop()
            if previous in self.steps and self.steps[previous].kind is not Kind.EDIT:
                self.state = replace(self.state, step=previous, history=tuple(history), pending=())
                self._show()
                return
        self._leave(said=False)

    def _leave(self, *, said: bool) -> None:
        if said and self._busy():
            self._say(STOPPED)
        self.state = self.state.fresh()
        self._show()

    def _languages(self) -> None:
        self.state = self.state.at(LANGUAGE_SCREEN)
        self._show()

    def _exit(self) -> None:
        """Quick exit: the channel deletes the chat's messages; nothing is said or kept."""
        self.effects.append(QuickExit())
        self.state = State(language=self.state.language)

    # -- submitting ------------------------------------------------------------

    def _submit(self) -> None:
        flow = self._flow()
        answers = self._applicable(flow)
        filled = flow.filled(answers)
        draft = ReferralDraft(
            kind=flow.referral_kind or "victim",
            priority=flow.priority(flow, answers) if flow.priority else routing.STANDARD,
            source=self.state.source,
            area=_str(filled.get("area")),
            language=_str(filled.get("language")) or self.state.language,
            interpreter=None if "interpreter" not in filled else filled["interpreter"] == "yes",
            crime_category=_str(filled.get("crime_category")),
            markers=routing.markers(flow, answers),
            stage=_str(filled.get("stage")),
            route=routing.route(flow, answers, self.ctx.rules),
            onward_consents=routing.onward_consents(flow, answers, self.ctx.rules),
            details=answers,
            consent_version=content.CONSENT_VERSION,
            consent_language=self.state.language,
            consent_at=_when(self.state.answers.get(CONSENT_AT)) or self.ctx.now,
            crisis_at=_when(self.state.crisis_at),
            care=routing.care(flow, answers),
            safe_times=_str(filled.get("safe_times")),
        )
        after = self.state.fresh()
        self.effects.append(SubmitReferral(draft, after.to_json()))

    def _submitted(self, event: Submitted) -> None:
        self.state = replace(self.state.fresh(), sent=event.reference)
        local = event.due_at.astimezone(ZoneInfo(self.ctx.timezone))
        locale = _babel_locale(self.t.language)
        day = format_date(local, format="full", locale=locale)
        if event.priority == routing.ENHANCED:
            when = self._fill(
                self.t.gettext(N_("{time} on {day}")),
                time=format_time(local, format="short", locale=locale),
                day=day,
            )
        else:
            when = day
        self._say(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you. We have received your referral.\n"
                "Your reference is {reference}.\n"
                "A facilitator will contact you by {date}, only in the ways and at the times "
                "you chose.\nIf you are in danger now, call 999."
            ),
            reference=_isolate(event.reference),
            date=when,
        )
        # Then, separately and optionally, monitoring questions about this referral.
        self.state = replace(self.state, case=event.reference).at(MONITORING.start, remember=False)
        self._show()

    # -- after a referral, after a case ------------------------------------------

    def _invite(self, reference: str, party: str = "victim") -> None:
        """Open the outcome survey, unless the person is part-way through something."""
        if self._flow() is SURVEY and self.state.case == reference:
            self._show()  # asked before, but the message may not have reached them
            return
        if self._busy() or self._flow() in (MONITORING, SURVEY):
            return
        fresh = replace(self.state.fresh(), case=reference, answers={PARTY: party})
        self.state = fresh.at(SURVEY.start, remember=False)
        self._show()

    def _finish(self) -> None:
        """The end of the monitoring questions or the survey: hand the answers over."""
        flow, answers, case = self._flow(), self._applicable(self._flow()), self.state.case
        consent = flow.consent
        agreed = consent is not None and answers.get(consent.key) == "yes"
        filled = flow.filled(answers)
        if case and flow is MONITORING:
            self.effects.append(
                SaveMonitoring(
                    case,
                    _monitoring_values(filled) if agreed else None,
                    survey=filled.get("survey") == "yes",
                    consent_at=self.ctx.now if agreed else None,
                )
            )
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            self._say(N_("Thank you. You can close this chat, or choose an option below."))
        elif case and flow is SURVEY and agreed and consent is not None:
            measures = {k: _str(v) for k, v in answers.items() if k not in (consent.key, PARTY)}
            self.effects.append(SaveSurvey(case, measures))
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            self._say(N_("Thank you for your answers. They help us make the service better."))
        self.state = replace(self.state.fresh(), case=None)
        self._show()

    # -- rendering -------------------------------------------------------------

    def _show(self, intro: str | None = None) -> None:
        reply = self._render(self._step())
        if intro:
            text = self._fill(self.t.gettext(intro))
            reply = replace(reply, text=f"{text}\n\n{reply.text}")
        self.replies.append(reply)

    def _reshow(self, message: str, **params: object) -> None:
        """The question again, after why (kept as ``Outcome.asked_again`` too)."""
        self.asked_again = Invalid(message, dict(params))
        reply = self._render(self._step())
        text = self._fill(self.t.gettext(message), **params)
        self.replies.append(replace(reply, text=f"{text}\n\n{reply.text}"))

    def _say(self, message: str, **params: object) -> None:
        self.replies.append(Reply(self._fill(self.t.gettext(message), **params)))

    def _render(self, current: Step) -> Reply:
        if current.kind in (Kind.SUMMARY, Kind.EDIT):
            return self._compose(current)  # these show the person's own answers
        key = (current.id, self.state.language, self.state.pending if current.multi else ())
        reply = self.ctx.rendered.get(key)
        if reply is None:
            reply = self.ctx.rendered[key] = self._compose(current)
        return reply

    def _compose(self, current: Step) -> Reply:
        text = self._fill(self.t.gettext(current.prompt))
        if current.more:
            text = f"{text}\n\n{self._fill(self.t.gettext(current.more))}"
        if current.kind is Kind.SUMMARY:
            text = f"{text}\n\n{self._summary_lines()}"
        buttons = [
            Button(self._label(current, c), f"{current.id}|{c.id}") for c in self._choices(current)
        ]
        rows: list[tuple[Button, ...]]
        if len(buttons) <= 3 and all(len(b.label) <= 12 for b in buttons):
            rows = [tuple(buttons)] if buttons else []
        else:
            rows = [(b,) for b in buttons]
        flow = self._flow()
        if flow.referral_kind and current.kind is Kind.ASK and flow.steps[0] is not current:
            rows.append((Button(self.t.gettext(N_("Back")), BACK),))
        rows.append((Button(self.t.gettext(QUICK_EXIT), EXIT),))
        return Reply(text, tuple(rows))

    def _label(self, current: Step, choice: Choice) -> str:
        label = self.t.gettext(choice.label)
        if current.multi and choice.id in self.state.pending:
            return f"✓ {label}"
        return label

    def _choices(self, current: Step) -> tuple[Choice, ...]:
        if current.kind is Kind.EDIT:
            return self._offer(current)
        offered = self.ctx.offered.get(current.id)
        if offered is None:
            offered = self.ctx.offered[current.id] = self._offer(current)
        return offered

    def _offer(self, current: Step) -> tuple[Choice, ...]:
        choices: list[Choice] = []
        if current.kind is Kind.EDIT:
            flow = self._flow()
            answers = self._applicable(flow)
            choices = [
                Choice(s.key, s.summary) for s in flow.steps if s.summary and s.key in answers
            ]
        if current.choices_from:
            choices = list(current.choices_from(self.ctx.rules))
        choices += [c for c in current.choices if c.channel in (None, self.ctx.channel)]
        if current.multi:
            choices.append(Choice(DONE, N_("Done")))
        if current.optional:
            choices.append(Choice(SKIP, N_("Skip")))
        return tuple(choices)

    def _summary_lines(self) -> str:
        flow = self._flow()
        answers = self._applicable(flow)
        lines = []
        for s in flow.steps:
            if s.summary and s.key in answers:
                lines.append(f"• {self.t.gettext(s.summary)}: {self._shown(s, answers[s.key])}")
        return "\n".join(lines)

    def _shown(self, current: Step, value: Answer) -> str:
        if value is None:
            return self.t.gettext(N_("Not given"))
        labels = {c.id: self.t.gettext(c.label) for c in self._choices(current)}
        if isinstance(value, list):
            return ", ".join(labels.get(v, v) for v in value)
        return _isolate(labels.get(value, value))

    def _fill(self, text: str, **params: object) -> str:
        return fill(text, self.ctx.rules, self.t, **params)

    # -- facts -----------------------------------------------------------------

    def _step(self) -> Step:
        return self.steps[self.state.step]

    def _flow(self) -> Flow:
        return self.ctx.flows.flow_of[self.state.step]

    def _busy(self) -> bool:
        """Part-way through a referral, with something worth not losing."""
        flow = self._flow()
        return bool(flow.referral_kind) and bool(self.state.answers)

    def _applicable(self, flow: Flow) -> dict[str, Answer]:
        """The answers of the steps that apply now (a changed answer can void others)."""
        return walk.applicable(flow, self.state.answers, self.ctx.rules)


def fill(text: str, rules: IntakeRules, t: Translator, **params: object) -> str:
    """A translated text with the service's placeholders filled, for every channel."""
    values: dict[str, object] = {
        "service": rules.service_name,
        "support": helplines.contacts(rules, t),
        "young_support": helplines.contacts(rules, t, young=True),
    }
    values.update(routing.onward_lines(rules))
    values["controller"] = rules.controller or rules.service_name
    values["privacy_contact"] = rules.privacy_contact or t.gettext(content.ASK_FACILITATOR)
    values["retention_days"] = rules.retention_days
    values.update(params)
    try:
        return text.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never stop the conversation.
        return text


def _str(value: Answer) -> str | None:
    return value if isinstance(value, str) else None


def _when(value: Answer) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _isolate(text: str) -> str:
    """Wrap in Unicode first-strong isolates so names and references read right in RTL text."""
    return f"\u2068{text}\u2069"


def _babel_locale(language: str) -> str:
    return "en_GB" if language == "en" else language


def _monitoring_values(filled: Answers) -> dict[str, str | None]:
    """The store's monitoring fields from the fields the answers fill (None: not asked)."""
    group = _str(filled.get("ethnicity"))
    detail = _str(filled.get("ethnicity_detail")) if group and group != "unsaid" else None
    if group and group != "unsaid":
        ethnicity: str | None = group if detail in (None, "unsaid") else f"{group}-{detail}"
    else:
        ethnicity = group
    return {
        "age_band": _str(filled.get("age_band")),
        "gender": _str(filled.get("gender")),
        "ethnicity": ethnicity,
        "disability": _str(filled.get("disability")),
        "language_need": _str(filled.get("language_need")),
    }


def answers_of(state: State, ctx: Context) -> Answers:
    """The answers that apply now, for channels that show or check them."""
    return _Turn(state, ctx)._applicable(ctx.flows.flow_of[state.step])
