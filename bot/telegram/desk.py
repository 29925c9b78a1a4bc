"""The facilitators' desk in Telegram: /join, /queue, /mine, /show, /report, and case buttons.

Anyone not enrolled gets exactly the answer an unknown command gets, so
nothing tells a person harmed (or someone holding their phone) that a desk
exists. Buttons carry ``desk:<action>:<reference>[:<value>]`` (under 64 bytes).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.files.report import SAFE_THRESHOLD, bundle
from bot.staff.labels import CLOSURE_DETAIL_LABELS as DETAIL_LABELS
from bot.staff.labels import CLOSURE_LABELS, METHOD_LABELS, ONWARD_LABELS
from bot.staff.notices import notice_text
from bot.staff.text import D_, DESK, desk_translator, explain
from bot.staff.views import ACTIVITY_LABELS, STATUS_LABELS, queue_text, referral_text
from bot.telegram.common import Context, bot_data, converse, markup
from dialogues.events import Command
from dialogues.followup import MONITORING, UNSAID, ethnicity_detail
from dialogues.i18n import Translator, available_languages, native_name, translator
from referral_store import Status
from referral_store.desk import (
    NEEDS_TRAINING,
    WHY_ASKED,
    Activity,
    ClosureDetail,
    ClosureReason,
    ContactMethod,
    DeskError,
    Role,
    Staff,
)
from referral_store.monitoring import ETHNIC_GROUPS
from referral_store.report import Period, PeriodError

logger = logging.getLogger(__name__)

PREFIX = "desk:"
CLAIM_BUTTONS = 8
REASONS, DETAILS, ONWARDS = list(CLOSURE_LABELS), list(DETAIL_LABELS), list(ONWARD_LABELS)


def _status(value: str, t: Translator) -> str:
    return t.gettext(STATUS_LABELS[value]) if value in STATUS_LABELS else value


def _data(action: str, reference: str, value: str = "") -> str:
    return f"{PREFIX}{action}:{reference}" + (f":{value}" if value else "")


def case_buttons(reference: str, staff: Staff) -> list[list[tuple[str, str]]]:
    t = desk_translator(staff.language)
    rows = [
        [
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            (t.gettext(D_("Log contact")), _data("cm", reference)),
            (t.gettext(D_("First contact made")), _data("fc", reference)),
        ],
        [
            (t.gettext(D_("Status")), _data("st", reference)),
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            (t.gettext(D_("Refer on")), _data("on", reference)),
        ],
        [
            (t.gettext(D_("Other party's details")), _data("mo", reference)),
            (t.gettext(D_("Release")), _data("rl", reference)),
        ],
    ]
    if staff.role is Role.MANAGER:
        rows.append([(t.gettext(D_("Reassign")), _data("ra", reference))])
    return rows


async def _staff(update: Update, context: Context) -> Staff | None:
    user = update.effective_user
    if user is None:
        return None
    return await bot_data(context).desk.by_telegram(user.id)


async def _as_unknown(update: Update, context: Context) -> None:
    """Answer exactly as an unknown command is answered."""
    await converse(update, context, Command("unknown"))


StaffHandler = Callable[[Update, Context, Staff], Coroutine[Any, Any, None]]


def enrolled(handler: StaffHandler) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    """Run ``handler`` for enrolled staff; anyone else gets the unknown-command answer."""

    @functools.wraps(handler)
    async def checked(update: Update, context: Context) -> None:
        staff = await _staff(update, context)
        if staff is None:
            await _as_unknown(update, context)
            return
        await handler(update, context, staff)

    return checked


async def _say(
    update: Update, context: Context, text: str, buttons: list[list[tuple[str, str]]] | None = None
) -> None:
    assert update.effective_chat is not None
    await context.bot.send_message(
        update.effective_chat.id, text, reply_markup=markup(buttons or [])
    )


async def join(update: Update, context: Context) -> None:
    """Enrol this account with a one-time code from ``rjbot staff invite``."""
    user = update.effective_user
    code = context.args[0] if context.args else ""
    staff = None
    if user is not None and code:
        staff = await bot_data(context).desk.join(
            code, user.id, user.first_name or "Staff", (user.language_code or "en")[:2]
        )
    if staff is None:
        await _as_unknown(update, context)
        return
    logger.info("staff %s enrolled as %s", staff.id, staff.role)
    t = desk_translator(staff.language)
    roles = {Role.MANAGER: D_("manager"), Role.FACILITATOR: D_("facilitator")}
    role = t.gettext(roles[staff.role])
    await _say(
        update,
        context,
        t.gettext(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            D_("Welcome, {name}. You are enrolled as a {role}. Send /queue to start.")
        ).format(name=staff.name, role=role),
    )


@enrolled
async def queue(update: Update, context: Context, staff: Staff) -> None:
    """Open referrals by due time, marked overdue, due within a working day, or on track."""
    data = bot_data(context)
    items = await data.desk.queue(staff)
    now = data.conversations.clock()
    policy = data.conversations.profile.deadlines
    t = desk_translator(staff.language)
    claimable = [i for i in items if i.claimed_by_id is None][:CLAIM_BUTTONS]
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    claim = t.gettext(D_("Claim {reference}"))
    buttons = [
        [(claim.format(reference=i.reference), _data("claim", i.reference))] for i in claimable
    ]
    await _say(update, context, queue_text(items, now, policy, t), buttons)


@enrolled
async def mine(update: Update, context: Context, staff: Staff) -> None:
    """The referrals this facilitator holds."""
    data = bot_data(context)
    items = await data.desk.mine(staff)
    t = desk_translator(staff.language)
    text = queue_text(
        items,
        data.conversations.clock(),
        data.conversations.profile.deadlines,
        t,
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        title=D_("Your referrals: {count}, soonest first"),
    )
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    open_ = t.gettext(D_("Open {reference}"))
    buttons = [
        [(open_.format(reference=i.reference), _data("show", i.reference))]
        for i in items[:CLAIM_BUTTONS]
    ]
    await _say(update, context, text, buttons)


@enrolled
async def show(update: Update, context: Context, staff: Staff) -> None:
    """The whole case, for its facilitator or a manager: /show RJ-XXXX-XXXX."""
    reference = (context.args[0] if context.args else "").upper()
    await _show(update, context, staff, reference)


async def _show(update: Update, context: Context, staff: Staff, reference: str) -> None:
    data = bot_data(context)
    t = desk_translator(staff.language)
    try:
        referral = await data.desk.view(reference, staff)
    except DeskError as error:
        await _say(update, context, explain(error, t))
        return
    area = data.conversations.rules.area_name(str(referral.area)) if referral.area else None
    policy = data.conversations.profile.deadlines
    names = {a.id: a.name for a in data.conversations.rules.areas}
    text = referral_text(referral, area, policy, t, areas=names, flows=data.conversations.flows)
    await _say(update, context, text, case_buttons(reference, staff))


async def button(update: Update, context: Context) -> None:
    """Every desk button: check the account, then do what the button says."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    staff = await _staff(update, context)
    if staff is None:
        await _as_unknown(update, context)
        return
    action, _, rest = (query.data or "").removeprefix(PREFIX).partition(":")
    reference, _, value = rest.partition(":")
    t = desk_translator(staff.language)
    try:
        await _act(update, context, staff, action, reference, value)
    except (DeskError, ValueError, IndexError, KeyError) as error:
        await _say(
            update,
            context,
            explain(error, t)
            if isinstance(error, DeskError)
            else t.gettext(D_("That button no longer works. Send /queue.")),
        )


async def _act(
    update: Update, context: Context, staff: Staff, action: str, reference: str, value: str
) -> None:
    desk = bot_data(context).desk
    t = desk_translator(staff.language)
    match action:
        case "claim":
            result = await desk.claim(reference, staff)
            if result.ok:
                await _show(update, context, staff, reference)
            elif result.needs_training:
                await _say(update, context, t.gettext(NEEDS_TRAINING).format(reference=reference))
            elif result.found:
                await _say(
                    update,
                    context,
                    t.gettext(
                        D_("Sorry, {reference} was just claimed by {name}. Send /queue for others.")
                    ).format(reference=reference, name=result.holder),
                )
            else:
                await _say(
                    update,
                    context,
                    t.gettext(D_("{reference} is no longer open.")).format(reference=reference),
                )
        case "show":
            await _show(update, context, staff, reference)
        case "cm":
            await _say(
                update,
                context,
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                t.gettext(D_("How did you try to contact {reference}?")).format(
                    reference=reference
                ),
                [
                    [(t.gettext(label), _data("cr", reference, str(method)))]
                    for method, label in METHOD_LABELS.items()
                ],
            )
        case "cr":
            await _say(
                update,
                context,
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                t.gettext(D_("Did you reach them?")),
                [
                    [
                        (t.gettext(D_("Yes, reached")), _data("cx", reference, f"{value}:1")),
                        (t.gettext(D_("No")), _data("cx", reference, f"{value}:0")),
                    ]
                ],
            )
        case "cx":
            method, _, reached = value.partition(":")
            contact_id = await desk.log_contact(
                reference, staff, ContactMethod(method), reached == "1"
            )
            bot_data(context).pending_notes[staff.id] = contact_id
            lines = [t.gettext(D_("Contact logged for {reference}.")).format(reference=reference)]
            if reached == "1":
                lines.append(t.gettext(D_("First contact is recorded: the clock has stopped.")))
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            lines.append(t.gettext(D_("Type a note to add to it, or /skip.")))
            await _say(update, context, "\n".join(lines))
        case "fc":
            await desk.first_contact(reference, staff)
            await _say(
                update,
                context,
                t.gettext(D_("First contact recorded for {reference}.")).format(
                    reference=reference
                ),
                case_buttons(reference, staff),
            )
        case "st":
            await _say(
                update,
                context,
                t.gettext(D_("New status for {reference}:")).format(reference=reference),
                [
                    [
                        (t.gettext(D_("Assessing")), _data("ss", reference, "assessing")),
                        (t.gettext(D_("Preparing")), _data("ss", reference, "preparing")),
                    ],
                    [(t.gettext(D_("RJ activity")), _data("sa", reference))],
                    [(t.gettext(D_("Close")), _data("sc", reference))],
                ],
            )
        case "ss":
            await desk.set_status(reference, staff, Status(value))
            await _say(
                update,
                context,
                t.gettext(D_("{reference} is now {status}.")).format(
                    reference=reference, status=_status(value, t)
                ),
                case_buttons(reference, staff),
            )
        case "sa":
            await _say(
                update,
                context,
                t.gettext(D_("Which RJ activity?")),
                [
                    [(t.gettext(label), _data("av", reference, str(kind)))]
                    for kind, label in ACTIVITY_LABELS.items()
                ],
            )
        case "av":
            await desk.set_status(reference, staff, Status.ACTIVITY, Activity(value))
            await _say(
                update,
                context,
                f"{reference}: {t.gettext(ACTIVITY_LABELS[Activity(value)])}.",
                case_buttons(reference, staff),
            )
        case "sc":
            await _say(
                update,
                context,
                t.gettext(D_("Why is {reference} closing?")).format(reference=reference),
                [
                    [(t.gettext(label), _data("cl", reference, str(index)))]
                    for index, label in enumerate(CLOSURE_LABELS.values())
                ],
            )
        case "cl":
            reason = REASONS[int(value)]
            if reason in WHY_ASKED:
                await _say(
                    update,
                    context,
                    t.gettext(D_("Why? This is counted in the quarterly return.")),
                    [
                        [(t.gettext(label), _data("cd", reference, f"{value}:{index}"))]
                        for index, label in enumerate(DETAIL_LABELS.values())
                    ],
                )
                return
            await _close(update, context, staff, reference, reason, None, t)
        case "cd":
            reason_index, _, detail_index = value.partition(":")
            detail = DETAILS[int(detail_index)]
            await _close(update, context, staff, reference, REASONS[int(reason_index)], detail, t)
        case "on":
            await _say(
                update,
                context,
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                t.gettext(D_("Refer {reference} on to:")).format(reference=reference),
                [
                    [(t.gettext(label), _data("ow", reference, str(index)))]
                    for index, label in enumerate(ONWARD_LABELS.values())
                ],
            )
        case "ow" if not await desk.onward_consent(reference, ONWARDS[int(value)]):
            # Seed 002 10: "Referrals will only be made with consent from the victim."
            to = ONWARDS[int(value)]
            await _say(
                update,
                context,
                t.gettext(
                    D_(
                        "Has the person agreed to be passed on to {service}? Record it only "
                        "if they said yes."
                    )
                ).format(service=t.gettext(ONWARD_LABELS[to])),
                [
                    [(t.gettext(D_("Yes, they agreed")), _data("oy", reference, value))],
                    [(t.gettext(D_("No")), _data("show", reference))],
                ],
            )
        case "ow" | "oy":
            to = ONWARDS[int(value)]
            await desk.refer_on(reference, staff, to, agreed=action == "oy")
            await _say(
                update,
                context,
                t.gettext(D_("{reference}: onward referral to {service} recorded.")).format(
                    reference=reference, service=t.gettext(ONWARD_LABELS[to])
                ),
                case_buttons(reference, staff),
            )
        case "mo":
            await _other_party(update, context, staff, reference, value, t)
        case "rl":
            await desk.release(reference, staff)
            await _say(
                update,
                context,
                t.gettext(D_("{reference} is back in the queue.")).format(reference=reference),
            )
        case "ra":
            team = await desk.reassign_choices(staff)
            await _say(
                update,
                context,
                t.gettext(D_("Reassign {reference} to:")).format(reference=reference),
                [[(s.name, _data("rt", reference, str(s.id)))] for s in team] or None,
            )
        case "rt":
            target = await desk.by_id(int(value))
            if target is None:
                raise DeskError(D_("That person is no longer on the team."))
            notice = await desk.reassign(reference, target, staff)
            await _say(
                update,
                context,
                t.gettext(D_("{reference} is now with {name}.")).format(
                    reference=reference, name=target.name
                ),
            )
            if notice is not None:
                await context.bot.send_message(notice.telegram_id, notice_text(notice))
        case _:
            raise ValueError(action)


# The other party's monitoring, a button at a time: field code -> the store's field, whose
# choices are those of the monitoring question that fills it ("c": the category within the
# group, from the group's own question).
_OTHER_PARTY = {"a": "age_band", "g": "gender", "e": "ethnicity", "c": "ethnicity"}
_OTHER_PARTY_PROMPTS = {
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    "a": D_("The other party's age band, if you know it:"),
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    "g": D_("Their gender, if you know it:"),
    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
    "e": D_("Their ethnic group, if you know it:"),
    "c": D_("Which of these?"),
}


async def _other_party(
    update: Update, context: Context, staff: Staff, reference: str, value: str, t: Translator
) -> None:
    """Staff record what they know of the other party: age band, gender, ethnicity."""
    desk = bot_data(context).desk
    subject = await desk.other_party(reference)
    field, _, answer = value.partition(":")
    if field and answer:  # an empty answer is "not known": nothing is recorded
        name = _OTHER_PARTY[field]
        await desk.record_monitoring(reference, staff, subject, {name: answer})
    following = {"": "a", "a": "g", "g": "e"}.get(field)
    if field == "e" and answer in ETHNIC_GROUPS:
        following = "c"
    if following is None:
        await _say(
            update,
            context,
            t.gettext(D_("{reference}: the other party's details are saved.")).format(
                reference=reference
            ),
            case_buttons(reference, staff),
        )
        return
    said = translator(staff.language)  # the answers' words live in the people's catalog
    if following == "c":
        step, prefix = ethnicity_detail(answer), f"c:{answer}-"
    else:
        step, prefix = MONITORING.filling(_OTHER_PARTY[following]), f"{following}:"
    assert step is not None, following  # every field above has its monitoring question
    options = [(said.gettext(c.label), prefix + c.id) for c in step.choices if c.id != UNSAID.id]
    options.append((t.gettext(D_("Not known: skip")), f"{following}:"))
    await _say(
        update,
        context,
        t.gettext(_OTHER_PARTY_PROMPTS[following]),
        [[(label, _data("mo", reference, data))] for label, data in options],
    )


async def _close(
    update: Update,
    context: Context,
    staff: Staff,
    reference: str,
    reason: ClosureReason,
    detail: ClosureDetail | None,
    t: Translator,
) -> None:
    await bot_data(context).desk.close(reference, staff, reason, detail)
    text = t.gettext(D_("{reference} is closed: {reason}.")).format(
        reference=reference, reason=t.gettext(CLOSURE_LABELS[reason])
    )
    if detail is not None:
        text += f" ({t.gettext(DETAIL_LABELS[detail])})"
    await _say(update, context, text)


async def take_note(update: Update, context: Context) -> bool:
    """A staff member's typed note for the contact they just logged; ``True`` if it was one."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None:
        return False
    data = bot_data(context)
    if not data.pending_notes:
        return False
    staff = await data.desk.by_telegram(user.id)
    if staff is None or staff.id not in data.pending_notes:
        return False
    contact_id = data.pending_notes.pop(staff.id)
    t = desk_translator(staff.language)
    try:
        await data.desk.add_note(contact_id, staff, message.text or "")
    except DeskError as error:
        await _say(update, context, explain(error, t))
        return True
    await _say(update, context, t.gettext(D_("Note added.")))
    return True


@enrolled
async def skip(update: Update, context: Context, staff: Staff) -> None:
    """Leave the last contact without a note."""
    bot_data(context).pending_notes.pop(staff.id, None)
    await _say(update, context, desk_translator(staff.language).gettext(D_("No note added.")))


@enrolled
async def desk_language(update: Update, context: Context, staff: Staff) -> None:
    """Choose the desk's language: /desklanguage cy (desk catalogs offered, see OFFER_THRESHOLD)."""
    offered = available_languages(DESK)
    wanted = (context.args[0] if context.args else "").lower()
    if wanted not in offered:
        t = desk_translator(staff.language)
        await _say(
            update,
            context,
            t.gettext(
                D_("The desk can be read in: {languages}. Send /desklanguage and a code.")
            ).format(languages=", ".join(f"{code} ({native_name(code)})" for code in offered)),
        )
        return
    staff = await bot_data(context).desk.set_language(staff, wanted)
    t = desk_translator(wanted)
    await _say(
        update,
        context,
        t.gettext(D_("The desk is now in {language}.")).format(language=native_name(wanted)),
    )


@enrolled
async def report(update: Update, context: Context, staff: Staff) -> None:
    """The quarterly return for managers: /report, or /report 2026Q3."""
    data = bot_data(context)
    profile = data.conversations.profile
    now = data.conversations.clock()
    try:
        period = (
            Period.quarter(context.args[0], profile.reporting.year_starts_month)
            if context.args
            else Period.last_complete(now.date(), profile.reporting.year_starts_month)
        )
    except PeriodError as error:
        await _say(update, context, f"{error}.")
        return
    # Smaller counts only from the command line, with --allow-small-numbers.
    threshold = max(profile.reporting.suppress_below, SAFE_THRESHOLD)
    try:
        result = await data.desk.make_return(
            staff, period, service=profile.service.name, now=now, threshold=threshold
        )
    except DeskError as error:
        await _say(update, context, explain(error, desk_translator(staff.language)))
        return
    assert update.effective_chat is not None
    chat = update.effective_chat.id
    made = bundle(
        result, threshold=threshold, area_names={a.id: a.name for a in profile.intake.areas}
    )
    await context.bot.send_message(chat, made.summary[:4000])
    await context.bot.send_photo(chat, made.charts)
    await context.bot.send_document(chat, made.archive, filename=made.name)
    logger.info("staff %s made the return for %s", staff.id, period.label)


def register_buttons(app: Application) -> None:  # type: ignore[type-arg]
    """The desk's case buttons (before the person's own presses)."""
    app.add_handler(CallbackQueryHandler(button, pattern=f"^{PREFIX}"))


def register(app: Application) -> None:  # type: ignore[type-arg]
    """The desk's commands."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("join", join, filters=private))
    app.add_handler(CommandHandler("queue", queue, filters=private))
    app.add_handler(CommandHandler("mine", mine, filters=private))
    app.add_handler(CommandHandler("show", show, filters=private))
    app.add_handler(CommandHandler("skip", skip, filters=private))
    app.add_handler(CommandHandler("desklanguage", desk_language, filters=private))
    app.add_handler(CommandHandler("report", report, filters=private))
