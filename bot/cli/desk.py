"""The desk from a terminal: staff, audit, and working a referral (``rjbot claim`` and co).

Acting on a referral names the member of staff with ``--as ID`` (see ``rjbot
staff list``), so the audit log says who did it; reading one is logged as
the operating-system user.
"""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from bot.cli.common import (
    AsOperator,
    check_db_path,
    cli_actor,
    fail,
    operator,
    options_of,
    profile_of,
    staff_id_option,
    staff_member,
    with_store,
)
from bot.config import web_url
from bot.staff.case import case_text, open_case
from bot.staff.notices import notice_text, when
from bot.staff.text import desk_translator
from bot.sweep import SweepResult
from bot.sweep import sweep as run_sweep
from dialogues.followup import SAFE_CHOICES
from referral_store import Status, Store
from referral_store.accounts import INVITE_HOURS, Login, invite_login, login_state, logins
from referral_store.audit import Verdict
from referral_store.audit import verify as verify_chain
from referral_store.crypto import Keyring, key_file_for, new_key, parse_keys, write_key_file
from referral_store.desk import (
    NEEDS_TRAINING,
    Activity,
    Care,
    ClosureDetail,
    ClosureReason,
    ContactMethod,
    Desk,
    DeskError,
    Onward,
    Role,
    Staff,
    operator_audit,
)
from referral_store.monitoring import (
    AGE_BANDS,
    CHANGES,
    DISABILITY,
    ETHNICITIES,
    GENDERS,
    JUSTICE,
    LANGUAGE_NEEDS,
    surveys_owed,
)
from referral_store.privacy import Purged, purge_all
from referral_store.privacy import rotate as run_rotate

staff_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Who may use the desk.")
commands = typer.Typer()
commands.add_typer(staff_app, name="staff")
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
T = TypeVar("T")

As = Annotated[
    int,
    typer.Option("--as", help="Your staff id (see: rjbot staff list).", callback=staff_id_option),
]


def _desk_call(ctx: typer.Context, work: Callable[[Desk], Awaitable[T]]) -> T:
    """Run ``work(desk)``; a refusal is one line on stderr and exit status 2."""

    async def run(store: Store) -> T:
        return await work(Desk(store))

    try:
        return with_store(options_of(ctx), run)
    except DeskError as error:
        raise fail(str(error)) from None


@staff_app.command("invite")
def staff_invite(
    ctx: typer.Context,
    role: Annotated[Role, typer.Option(help="facilitator or manager")] = Role.FACILITATOR,
    hours: Annotated[
        int, typer.Option(min=1, max=168, help="How long the code works.")
    ] = INVITE_HOURS,
    staff_id: AsOperator = None,
    for_staff: Annotated[
        int | None,
        typer.Option(
            "--for",
            help="Add a web sign-in for this member of staff (one enrolled through Telegram).",
            callback=staff_id_option,
        ),
    ] = None,
) -> None:
    """Print a one-time code that enrols one account: a web sign-up link, or /join in Telegram."""

    async def work(desk: Desk) -> str | None:
        actor = await operator(desk.store, staff_id)
        valid_for = timedelta(hours=hours)
        if for_staff is not None:
            return await invite_login(desk.store, for_staff, actor, valid_for=valid_for)
        return await desk.invite(role, valid_for=valid_for, actor=actor)

    code = _desk_call(ctx, work)
    if code is None:
        raise fail(f"No member of staff {for_staff} without a web sign-in (see: rjbot staff list).")
    if for_staff is not None:
        print(f"Web sign-in link for staff {for_staff}: {web_url()}/join/{code}")
        print(f"It works once, for {hours} hours.")
        return
    print(f"One-time code for a {role}: {code}")
    print(f"In a browser, open: {web_url()}/join/{code}")
    print(f"Or in Telegram, send the bot: /join {code}   (works once, for {hours} hours)")


@staff_app.command("list")
def staff_list(ctx: typer.Context) -> None:
    """Everyone enrolled."""

    async def work(desk: Desk) -> tuple[list[Staff], dict[int, Login]]:
        return await desk.staff(), await logins(desk.store)

    members, web = _desk_call(ctx, work)
    table = Table(title=f"Staff: {len(members)}", title_justify="left")
    for column in ("Id", "Name", "Role", "Telegram", "Web"):
        table.add_column(column)
    for member in members:
        login = web.get(member.id)
        table.add_row(
            str(member.id),
            member.name,
            str(member.role),
            "yes" if member.telegram_id else "no",
            login_state(login),
        )
    out.print(table)


@staff_app.command("role")
def staff_role(
    ctx: typer.Context,
    staff_id: Annotated[int, typer.Argument(callback=staff_id_option)],
    role: Annotated[Role, typer.Option(help="facilitator or manager")],
    by: As,
) -> None:
    """Make someone a facilitator or a manager (managers only; one manager always stays)."""

    async def work(desk: Desk) -> bool:
        return await desk.set_role(staff_id, role, await staff_member(desk.store, by))

    if not _desk_call(ctx, work):
        raise fail(f"No member of staff with id {staff_id}.")
    print(f"Staff {staff_id} is now a {role}.")


@staff_app.command("remove")
def staff_remove(
    ctx: typer.Context,
    staff_id: Annotated[int, typer.Argument(callback=staff_id_option)],
    by: AsOperator = None,
) -> None:
    """Remove someone from the desk; their referrals return to the queue."""

    async def work(desk: Desk) -> bool:
        return await desk.remove(staff_id, actor=await operator(desk.store, by))

    removed = _desk_call(ctx, work)
    if not removed:
        raise fail(f"No member of staff with id {staff_id}.")
    print(f"Removed staff {staff_id}; their referrals are back in the queue.")


@commands.command()
def audit(
    ctx: typer.Context,
    reference: Annotated[str | None, typer.Option(help="Only this referral.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 100,
    verify: Annotated[
        bool, typer.Option("--verify", help="Check the hash chain: nothing edited or deleted.")
    ] = False,
) -> None:
    """Who viewed or changed what, newest first."""
    if verify:
        verdict = _desk_call(ctx, lambda desk: check_chain(desk.store))
        if not verdict.intact:
            err.print(f"rjbot: the audit log was tampered with: {verdict.problem}.", soft_wrap=True)
            raise typer.Exit(1)
        print(f"Audit log: {verdict.entries} entries, chain intact (head {verdict.head[:16]}).")
        return
    entries = _desk_call(ctx, lambda desk: desk.audit_log(reference, limit))
    table = Table(title="Audit log", title_justify="left")
    for column in ("When", "Who", "Action", "Referral", "Detail"):
        table.add_column(column)
    for entry in entries:
        table.add_row(
            when(entry.at), entry.actor, entry.action, entry.reference or "", entry.detail
        )
    Console(highlight=False, width=max(120, out.width)).print(table)


@commands.command()
def show(ctx: typer.Context, reference: str) -> None:
    """Everything a referral holds (written to the audit log)."""
    profile = profile_of(options_of(ctx))
    t = desk_translator(None)

    async def work(desk: Desk) -> str:
        # The same case file as the web desk's case page; the view is audited as cli:<user>.
        case = await open_case(desk, reference.upper(), cli_actor(), profile, t, datetime.now(UTC))
        return case_text(case, t)

    print(_desk_call(ctx, work), end="")


@commands.command()
def claim(ctx: typer.Context, reference: str, staff_id: As) -> None:
    """Take a referral from the queue."""

    async def work(desk: Desk) -> str:
        result = await desk.claim(reference.upper(), await staff_member(desk.store, staff_id))
        if result.ok:
            return f"{reference.upper()} is yours."
        if result.needs_training:
            raise DeskError(NEEDS_TRAINING, reference=reference.upper())
        if result.found:
            raise DeskError(f"{reference.upper()} is already claimed by {result.holder}.")
        raise DeskError(f"{reference.upper()} is not open.")

    print(_desk_call(ctx, work))


@commands.command()
def contact(
    ctx: typer.Context,
    reference: str,
    staff_id: As,
    method: Annotated[ContactMethod, typer.Option()],
    reached: Annotated[bool, typer.Option("--reached/--not-reached")],
    note: Annotated[str, typer.Option(help="What happened, briefly.")] = "",
    minutes: Annotated[
        int | None, typer.Option(min=0, max=1440, help="Minutes spent directly with the person.")
    ] = None,
    with_: Annotated[
        str | None,
        typer.Option("--with", help="victim or offender (default: who made the referral)."),
    ] = None,
) -> None:
    """Log a contact attempt; reaching the person stops the first-contact clock."""

    async def work(desk: Desk) -> None:
        await desk.log_contact(
            reference.upper(),
            await staff_member(desk.store, staff_id),
            method,
            reached,
            note,
            minutes=minutes,
            party=with_,
        )

    _desk_call(ctx, work)
    print(f"Contact logged for {reference.upper()}." + (" First contact made." if reached else ""))


@commands.command()
def status(
    ctx: typer.Context,
    reference: str,
    staff_id: As,
    new_status: Annotated[Status, typer.Argument(metavar="assessing|preparing|activity")],
    activity: Annotated[Activity | None, typer.Option(help="With status activity.")] = None,
) -> None:
    """Move a referral on: assessing, preparing, or an RJ activity."""

    async def work(desk: Desk) -> None:
        await desk.set_status(
            reference.upper(), await staff_member(desk.store, staff_id), new_status, activity
        )

    _desk_call(ctx, work)
    print(f"{reference.upper()} is now {new_status}" + (f" ({activity})." if activity else "."))


@commands.command()
def close(
    ctx: typer.Context,
    reference: str,
    staff_id: As,
    reason: Annotated[ClosureReason, typer.Option()],
    why: Annotated[
        ClosureDetail | None,
        typer.Option(
            help="Why it was declined, unsuitable, disengaged or referred on: needed for those."
        ),
    ] = None,
) -> None:
    """Close a referral with its reason."""

    async def work(desk: Desk) -> None:
        await desk.close(reference.upper(), await staff_member(desk.store, staff_id), reason, why)

    _desk_call(ctx, work)
    print(f"{reference.upper()} is closed ({reason}).")


@commands.command()
def training(
    ctx: typer.Context,
    staff_id: Annotated[int, typer.Argument(callback=staff_id_option)],
    manager_id: As,
    trained: Annotated[
        bool, typer.Option(help="Trained for sensitive and complex cases (seed 002 5.10).")
    ] = True,
) -> None:
    """Record whether a practitioner may take sensitive and complex cases (managers only)."""

    async def work(desk: Desk) -> None:
        await desk.set_training(staff_id, trained, await staff_member(desk.store, manager_id))

    _desk_call(ctx, work)
    print(f"staff {staff_id}: {'trained' if trained else 'not trained'} for complex cases.")


@commands.command()
def care(
    ctx: typer.Context,
    reference: str,
    staff_id: As,
    sensitive: Annotated[bool, typer.Option(help="A sensitive case (002 5.10).")] = False,
    complex_: Annotated[bool, typer.Option("--complex", help="A complex case (002 5.10).")] = False,
) -> None:
    """Mark a case sensitive and/or complex, so only trained staff can take it."""
    chosen = frozenset(
        c for c, yes in ((Care.SENSITIVE, sensitive), (Care.COMPLEX, complex_)) if yes
    )

    async def work(desk: Desk) -> None:
        await desk.mark_care(reference.upper(), await staff_member(desk.store, staff_id), chosen)

    _desk_call(ctx, work)
    print(f"{reference.upper()}: {', '.join(sorted(chosen)) or 'neither sensitive nor complex'}.")


@commands.command()
def onward(
    ctx: typer.Context,
    reference: str,
    staff_id: As,
    to: Annotated[Onward, typer.Option(help="The kind of service referred on to.")],
    agreed: Annotated[
        bool, typer.Option(help="The person told you they agree to be passed on.")
    ] = False,
) -> None:
    """Record an onward referral to another service, only with the person's consent."""

    async def work(desk: Desk) -> None:
        await desk.refer_on(
            reference.upper(), await staff_member(desk.store, staff_id), to, agreed=agreed
        )

    _desk_call(ctx, work)
    print(f"{reference.upper()}: onward referral to {to} recorded.")


async def check_chain(store: Store) -> Verdict:
    async with store.read() as tx:
        return await verify_chain(tx)


def _choice(name: str, allowed: tuple[str, ...]) -> Any:
    return typer.Option(help=f"{name}: {', '.join(allowed)}")


@commands.command()
def monitoring(
    ctx: typer.Context,
    reference: str,
    staff_id: As,
    subject: Annotated[str, typer.Option(help="Whose answers: victim or offender.")],
    age_band: Annotated[str | None, _choice("age band", AGE_BANDS)] = None,
    gender: Annotated[str | None, _choice("gender", GENDERS)] = None,
    ethnicity: Annotated[str | None, _choice("census ethnicity", ETHNICITIES)] = None,
    disability: Annotated[str | None, _choice("disability", DISABILITY)] = None,
    language_need: Annotated[str | None, _choice("language need", LANGUAGE_NEEDS)] = None,
) -> None:
    """Record the other party's monitoring answers, where known (e.g. the offender's)."""
    values = {
        "age_band": age_band,
        "gender": gender,
        "ethnicity": ethnicity,
        "disability": disability,
        "language_need": language_need,
    }

    async def work(desk: Desk) -> None:
        member = await staff_member(desk.store, staff_id)
        await desk.record_monitoring(reference.upper(), member, subject, values)

    _desk_call(ctx, work)
    print(f"{reference.upper()}: monitoring answers for the {subject} recorded.")


@commands.command()
def surveys(ctx: typer.Context) -> None:
    """Surveys agreed but not answered: which the bot will send, and which to ask by phone."""
    owed = _desk_call(ctx, lambda desk: surveys_owed(desk.store))
    table = Table(title=f"Surveys owed: {len(owed)}", title_justify="left")
    for column in ("Reference", "Closed", "Sent", "Next step"):
        table.add_column(column)
    for item in owed:
        if item.sent_at:
            step = "sent in the chat; not answered yet"
        elif not (item.chat or "").startswith("tg:"):
            step = "ask by phone: the bot cannot write to this channel"
        elif item.safe_times is not None and item.safe_times not in SAFE_CHOICES:
            step = "ask by phone: safe times were typed in words (rjbot show)"
        else:
            step = "the bot will send it at a safe time"
        table.add_row(
            item.reference, when(item.closed_at), when(item.sent_at) if item.sent_at else "", step
        )
    out.print(table)


@commands.command()
def survey(
    ctx: typer.Context,
    reference: str,
    staff_id: As,
    wellbeing: Annotated[str | None, _choice("health and wellbeing", CHANGES)] = None,
    coping: Annotated[str | None, _choice("coping with everyday life", CHANGES)] = None,
    safety: Annotated[str | None, _choice("feeling safe", CHANGES)] = None,
    informed: Annotated[str | None, _choice("informed and empowered", CHANGES)] = None,
    understanding: Annotated[
        str | None, _choice("offender: understanding of the impact on others", CHANGES)
    ] = None,
    relationships: Annotated[str | None, _choice("offender: relationships", CHANGES)] = None,
    trust: Annotated[str | None, _choice("offender: trust in the justice system", CHANGES)] = None,
    satisfaction: Annotated[int | None, typer.Option(min=1, max=5)] = None,
    justice: Annotated[
        str | None, _choice("how the justice system dealt with it (1-5, na)", JUSTICE)
    ] = None,
) -> None:
    """Enter outcome survey answers a person gave on a call or on paper."""
    answers = {
        "wellbeing": wellbeing,
        "coping": coping,
        "safety": safety,
        "informed": informed,
        "understanding": understanding,
        "relationships": relationships,
        "trust": trust,
        "satisfaction": satisfaction,
        "justice": justice,
    }

    async def work(desk: Desk) -> None:
        await desk.record_survey(
            reference.upper(), await staff_member(desk.store, staff_id), answers
        )

    _desk_call(ctx, work)
    print(f"{reference.upper()}: survey answers recorded.")


@commands.command()
def release(ctx: typer.Context, reference: str, staff_id: As) -> None:
    """Put a referral back in the queue."""

    async def work(desk: Desk) -> None:
        await desk.release(reference.upper(), await staff_member(desk.store, staff_id))

    _desk_call(ctx, work)
    print(f"{reference.upper()} is back in the queue.")


Send = Callable[[int, str], Awaitable[bool]]


@asynccontextmanager
async def telegram_sender(token: str) -> AsyncIterator[Send]:
    """Send desk messages through the bot's Telegram account: ``True`` once one went."""
    from telegram import Bot
    from telegram.error import TelegramError

    api = os.environ.get("RJBOT_TELEGRAM_API_URL") or "https://api.telegram.org/bot"
    async with Bot(token, base_url=api) as bot:

        async def sent(chat_id: int, text: str) -> bool:
            try:
                await bot.send_message(chat_id, text)
            except TelegramError:
                return False
            return True

        yield sent


@commands.command()
def reassign(
    ctx: typer.Context,
    reference: str,
    to: Annotated[
        int,
        typer.Option("--to", help="The staff id to pass it to.", callback=staff_id_option),
    ],
    manager_id: As,
) -> None:
    """Pass a referral to another member of staff (managers only); they are told in Telegram.

    With RJBOT_TELEGRAM_TOKEN set the bot tells them, as it does when a manager
    reassigns from Telegram; without it, the line to pass on is printed.
    """
    token = os.environ.get("RJBOT_TELEGRAM_TOKEN", "").strip()

    async def work(desk: Desk) -> tuple[str, str | None]:
        target = await staff_member(desk.store, to)
        manager = await staff_member(desk.store, manager_id)
        notice = await desk.reassign(reference.upper(), target, manager)
        if notice is None:
            return target.name, None
        if token:
            async with telegram_sender(token) as send:
                if await send(notice.telegram_id, notice_text(notice)):
                    return target.name, None
        return target.name, notice_text(notice)

    name, untold = _desk_call(ctx, work)
    print(f"{reference.upper()} is now with {name}.")
    if untold is not None:
        print(f"The bot could not tell them; pass this on: {untold}")


@commands.command()
def sweep(ctx: typer.Context) -> None:
    """Say new referrals' notices, and raise and send due reminders and escalations (for cron).

    With RJBOT_TELEGRAM_TOKEN set they go to Telegram as in the running bot;
    without it they are printed, so cron can mail them.
    """
    options = options_of(ctx)
    profile = profile_of(options)
    policy = profile.deadlines
    retention = profile.retention.policy
    token = os.environ.get("RJBOT_TELEGRAM_TOKEN", "").strip()
    chat = os.environ.get("RJBOT_FACILITATOR_CHAT_ID", "").strip()

    async def work(desk: Desk) -> SweepResult:
        if not token:
            shown: set[str] = set()

            async def printed(chat_id: int, text: str) -> bool:
                if text not in shown:  # one line per alert, however many recipients
                    shown.add(text)
                    sys.stdout.write(text + "\n")
                return True

            return await run_sweep(desk, policy, printed, 0, datetime.now(UTC), retention)
        async with telegram_sender(token) as sent:
            return await run_sweep(
                desk, policy, sent, int(chat) if chat else None, datetime.now(UTC), retention
            )

    result = _desk_call(ctx, work)
    if result.busy:
        print("sweep: another sweep is running; nothing done.", file=sys.stderr)
        return
    failing = f", {result.reported} keep failing (see rjbot audit)" if result.reported else ""
    print(
        f"sweep: {result.raised} raised, {result.sent} sent, {result.waiting} waiting, "
        f"{result.purged} anonymised{failing}",
        file=sys.stderr,
    )


@commands.command()
def purge(
    ctx: typer.Context,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be erased; change nothing.")
    ] = False,
    staff_id: AsOperator = None,
) -> None:
    """Erase personal data past the profile's retention: closed cases, drafts, message ids."""
    retention = profile_of(options_of(ctx)).retention

    async def work(desk: Desk) -> Purged:
        actor = await operator(desk.store, staff_id)
        found = await purge_all(desk.store, retention.policy, dry_run=dry_run)
        detail = (
            f"{len(found.referrals)} referrals, {found.conversations} conversations, "
            f"{found.messages} message ids"
        )
        await operator_audit(desk.store, actor, "purge-dry-run" if dry_run else "purge", detail)
        return found

    found = _desk_call(ctx, work)
    verb = "Would erase" if dry_run else "Erased"
    print(
        f"{verb}: {len(found.referrals)} referrals closed more than {retention.closed_days} days "
        f"ago, {found.conversations} conversations idle for {retention.drafts_days} days, "
        f"{found.messages} message ids older than {retention.messages_days} days."
    )
    if dry_run:
        for reference in found.referrals:
            print(f"  {reference}")


@commands.command("rotate-key")
def rotate_key(ctx: typer.Context, staff_id: AsOperator = None) -> None:
    """Re-seal all personal data under a new key.

    With a key file, a new key is made and the file updated (old key kept until the
    data is re-sealed). With RJBOT_DATA_KEY, give "NEW,OLD" and re-run with "NEW".
    """
    options = options_of(ctx)
    check_db_path(options.db)
    env_keys = os.environ.get("RJBOT_DATA_KEY", "").strip()
    given = os.environ.get("RJBOT_DATA_KEY_FILE", "")
    if not env_keys and not given and isinstance(options.db, str):
        raise fail("a PostgreSQL store's key is in RJBOT_DATA_KEY or RJBOT_DATA_KEY_FILE: set one")
    path = Path(given) if given else key_file_for(Path(options.db))
    if env_keys:
        ring = Keyring(tuple(parse_keys(env_keys)))
    else:
        old = path.read_text().split() if path.exists() else []
        if not old:
            raise fail(f"no key file at {path}: nothing to rotate")
        fresh = new_key()
        write_key_file(path, [fresh, *old])  # both, until everything is re-sealed
        ring = Keyring(tuple(parse_keys(",".join([fresh, *old]))))

    async def work(desk: Desk) -> int:
        actor = await operator(desk.store, staff_id)
        count = await run_rotate(desk.store, ring)
        await operator_audit(desk.store, actor, "rotate-key", f"{count} values re-sealed")
        return count

    count = _desk_call(ctx, work)
    if not env_keys:
        write_key_file(path, [path.read_text().split()[0]])
        print(f"Re-sealed {count} values under the new key; {path} holds only it now.")
        return
    print(
        f"Re-sealed {count} values under the new key. Set RJBOT_DATA_KEY to it alone "
        "(the first of the two) everywhere, then restart the bot."
    )
