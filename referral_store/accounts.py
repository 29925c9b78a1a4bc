"""Web sign-in for staff: logins, two-factor, recovery codes, lockout and sessions.

A login belongs to a row of ``staff`` (the same member of staff the Telegram desk and the
command line know), so every action is taken and audited as ``staff:N`` whichever channel
it came from. Nothing secret is kept in clear: passwords as Argon2id hashes, the TOTP
secret sealed under the data key, recovery codes and session ids as SHA-256 hashes (they
are long random values, so a fast hash is enough).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from referral_store import audit
from referral_store.desk import D_, INVITE_GROUPS, Role, Staff

# Hashed as the desk hashes them: the same invite code works in Telegram or here.
from referral_store.desk.common import _hash as _invite_hash  # as Telegram's /join hashes it
from referral_store.references import ALPHABET
from referral_store.store import Store, stamp

PASSWORD_MIN = 12
# Argon2 hashes anything; a very long "password" would only cost the server time.
PASSWORD_MAX = 200
# zxcvbn's score: 3 is "safely unguessable" (about 10^8 guesses offline, slow hash).
PASSWORD_SCORE = 3
USERNAME_MAX = 40
RECOVERY_CODES = 10
# A sign-in link from `rjbot staff invite` works this long.
INVITE_HOURS = 72
# Sessions end after 30 minutes unused, and 12 hours after sign-in whatever happens.
IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
SETUP = timedelta(minutes=30)
# seen_at is written at most this often, so reading pages does not queue writes.
TOUCH_EVERY = timedelta(minutes=1)
# Lockout: after this many wrong tries in a row, wait 1, 2, 4 ... minutes (at most 60).
FREE_TRIES = 5
MAX_WAIT = timedelta(minutes=60)

_hasher = PasswordHasher()  # Argon2id, RFC 9106's low-memory profile

# Translators: speaks to the reader; no gendered forms (docs/languages.md).
WEAK = D_(
    "Choose a longer password that is harder to guess: three or four unrelated words work well."
)
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
SHORT = D_("Your password must be at least 12 characters.")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
LONG = D_("Your password must be at most 200 characters.")
# Translators: speaks to the reader; no gendered forms (docs/languages.md).
BAD_USERNAME = D_(
    "Choose a sign-in name of 3 to 40 letters, numbers, dots or dashes, with no spaces."
)
TAKEN = D_("That sign-in name is taken. Choose another.")
INVITE_GONE = D_("This sign-up link has been used or has expired. Ask a manager for a new one.")
WRONG = D_("The sign-in name, password or code is not right. Check them and try again.")
LOCKED = D_("Too many wrong tries. Try again after {time}.")


class AccountError(Exception):
    """A refusal staff can act on; ``template`` is the desk catalog's message id."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


@dataclass(frozen=True)
class Login:
    """A login as the staff page shows it (no secret)."""

    staff_id: int
    username: str
    two_factor: bool
    disabled: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class Session:
    staff: Staff
    purpose: str  # "desk" or "setup"
    # When a live session ends if nobody uses it (what the desk's sign-out warning counts to).
    idle_until: datetime | None = None


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _sha(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def password_problem(password: str, hints: list[str]) -> str | None:
    """Why a password will not do (a desk catalog message id), or ``None``.

    ``hints`` are words the person's own details make easy to guess (name, sign-in name,
    the service): zxcvbn counts a password built on them as weak.
    """
    if len(password) < PASSWORD_MIN:
        return SHORT
    if len(password) > PASSWORD_MAX:
        return LONG
    words = [h for h in hints if h]
    lowered = password.casefold()
    # zxcvbn forgives a name repeated with dashes ("ann-lee-ann-lee"); a guesser would not.
    if any(len(w) >= 3 and w.casefold() in lowered for w in words):
        return WEAK
    # Imported here: its word lists are large, and only joining needs them.
    from zxcvbn import zxcvbn

    if zxcvbn(password, user_inputs=words)["score"] < PASSWORD_SCORE:
        return WEAK
    return None


def clean_username(username: str) -> str:
    """A sign-in name as kept and looked up: trimmed, in lower case ("Ann" signs in as "ann")."""
    name = username.strip().lower()
    if not 3 <= len(name) <= USERNAME_MAX or not all(c.isalnum() or c in ".-_" for c in name):
        raise AccountError(BAD_USERNAME)
    return name


def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(secret: str, username: str, issuer: str) -> str:
    """What an authenticator app reads from the QR code."""
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=issuer)


def _totp_step(secret: str, code: str, after: int | None, now: datetime) -> int | None:
    """The time step ``code`` belongs to (now, or one step either side for clock drift),
    if it is later than the last one accepted; ``None`` otherwise."""
    totp = pyotp.TOTP(secret)
    digits = "".join(code.split())
    if len(digits) != totp.digits or not digits.isdigit():
        return None
    for offset in (0, -1, 1):
        moment = now + timedelta(seconds=offset * totp.interval)
        if secrets.compare_digest(totp.at(moment), digits):
            step = totp.timecode(moment)
            return step if after is None or step > after else None
    return None


def _recovery_code() -> str:
    raw = secrets.token_hex(5)
    return f"{raw[:5]}-{raw[5:]}"


def _clean_code(code: str) -> str:
    return "".join(code.split()).lower()


async def invite_valid(store: Store, code: str, *, now: datetime | None = None) -> bool:
    """Whether a sign-up code is unused and unexpired (nothing is changed)."""
    return (await invite_for(store, code, now=now))[0]


async def invite_for(
    store: Store, code: str, *, now: datetime | None = None
) -> tuple[bool, Staff | None]:
    """Whether a code is usable, and whose desk account it adds a web login to (if any)."""
    rows = await _fetch(
        store,
        "SELECT for_staff FROM invites WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?",
        (_invite_hash(code), stamp(_now(now))),
    )
    if not rows:
        return False, None
    return True, (await _staff(store, rows[0][0]) if rows[0][0] is not None else None)


async def invite_login(
    store: Store,
    staff_id: int,
    actor: str,
    *,
    valid_for: timedelta = timedelta(hours=INVITE_HOURS),
    now: datetime | None = None,
) -> str | None:
    """A one-time code that adds a web login to a member of staff (one enrolled through
    Telegram, say); ``None`` if there is no such member or they have a login already."""
    moment = _now(now)
    member = await _staff(store, staff_id)
    if member is None or staff_id in await logins(store):
        return None
    code = new_invite_code()
    async with store.write() as tx:
        await tx.execute(
            "INSERT INTO invites (code_hash, role, created_at, expires_at, for_staff) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                _invite_hash(code),
                str(member.role),
                stamp(moment),
                stamp(moment + valid_for),
                staff_id,
            ),
        )
        await audit.record(tx, stamp(moment), actor, "invite-login", None, str(staff_id))
    return code


def new_invite_code() -> str:
    """As the desk makes them: 4 groups of 4 from its 31-letter alphabet (about 79 bits)."""
    return "-".join(
        "".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(INVITE_GROUPS)
    )


async def join(
    store: Store,
    code: str,
    name: str,
    username: str,
    password: str,
    *,
    language: str = "en",
    service: str = "",
    now: datetime | None = None,
) -> Staff:
    """Enrol a member of staff with a web login, using up the invite; two-factor follows."""
    moment = _now(now)
    name = " ".join(name.split())[:60]
    username = clean_username(username)
    problem = password_problem(password, [*name.split(), name, username, service, "rjbot"])
    if problem:
        raise AccountError(problem)
    hashed = _hasher.hash(password)
    async with store.write() as tx:
        if await tx.fetch_one("SELECT 1 FROM web_logins WHERE username = ?", (username,)):
            raise AccountError(TAKEN)
        row = await tx.fetch_one(
            "UPDATE invites SET used_at = ? WHERE code_hash = ? AND used_at IS NULL "
            "AND expires_at > ? RETURNING role, for_staff",
            (stamp(moment), _invite_hash(code), stamp(moment)),
        )
        if row is None:
            raise AccountError(INVITE_GONE)
        if row[1] is not None:
            # A web login for someone already on the desk: their own name and role stay.
            staff_id = int(row[1])
            if await tx.fetch_one("SELECT 1 FROM web_logins WHERE staff_id = ?", (staff_id,)):
                raise AccountError(INVITE_GONE)  # a second link for the same person
        else:
            staff_row = await tx.fetch_one(
                "INSERT INTO staff (name, role, language, added_at) VALUES (?, ?, ?, ?) "
                "RETURNING id",
                (name, row[0], language, stamp(moment)),
            )
            assert staff_row is not None
            staff_id = int(staff_row[0])
        await tx.execute(
            "UPDATE invites SET used_by = ? WHERE code_hash = ?", (staff_id, _invite_hash(code))
        )
        await tx.execute(
            "INSERT INTO web_logins (staff_id, username, password_hash, created_at) "
            "VALUES (?, ?, ?, ?)",
            (staff_id, username, hashed, stamp(moment)),
        )
        await audit.record(tx, stamp(moment), f"staff:{staff_id}", "join", None, f"web {row[0]}")
    joined = await _staff(store, staff_id)
    assert joined is not None
    return joined


async def start_two_factor(store: Store, staff_id: int) -> str:
    """A new TOTP secret for a login still setting up two-factor (shown as a QR code)."""
    secret = new_totp_secret()
    sealed = store.keyring.seal(secret, f"web_logins.totp_secret:{staff_id}")
    async with store.write() as tx:
        await tx.execute(
            "UPDATE web_logins SET totp_secret = ? WHERE staff_id = ? AND totp_ready = 0",
            (sealed, staff_id),
        )
    return secret


async def pending_secret(store: Store, staff_id: int) -> str | None:
    rows = await _fetch(
        store,
        "SELECT totp_secret FROM web_logins WHERE staff_id = ? AND totp_ready = 0",
        (staff_id,),
    )
    if not rows or rows[0][0] is None:
        return None
    return store.keyring.open(rows[0][0], f"web_logins.totp_secret:{staff_id}")


async def finish_two_factor(
    store: Store, staff_id: int, code: str, *, now: datetime | None = None
) -> list[str] | None:
    """Turn two-factor on once a code from the new secret checks out; the recovery codes
    (shown once, kept only as hashes), or ``None`` for a wrong code."""
    moment = _now(now)
    secret = await pending_secret(store, staff_id)
    if secret is None:
        return None
    step = _totp_step(secret, code, None, moment)
    if step is None:
        return None
    codes = [_recovery_code() for _ in range(RECOVERY_CODES)]
    async with store.write() as tx:
        await tx.execute(
            "UPDATE web_logins SET totp_ready = 1, totp_step = ? WHERE staff_id = ?",
            (step, staff_id),
        )
        await tx.execute("DELETE FROM recovery_codes WHERE staff_id = ?", (staff_id,))
        await tx.execute_many(
            "INSERT INTO recovery_codes (staff_id, code_hash) VALUES (?, ?)",
            [(staff_id, _sha(_clean_code(c))) for c in codes],
        )
        await audit.record(tx, stamp(moment), f"staff:{staff_id}", "two-factor-on", None, "")
    return codes


async def sign_in(
    store: Store, username: str, password: str, code: str, *, now: datetime | None = None
) -> Session:
    """Check password and code (a TOTP code or an unused recovery code).

    A login still setting up two-factor gets a ``setup`` session after its password
    alone. Every failure is the same message, so nobody learns which part was wrong or
    whether the name exists; wrong tries lock the login with a growing wait.
    """
    moment = _now(now)
    rows = await _fetch(
        store,
        "SELECT l.staff_id, l.password_hash, l.totp_secret, l.totp_ready, l.totp_step, "
        "l.failures, l.locked_until FROM web_logins l JOIN staff s ON s.id = l.staff_id "
        "WHERE l.username = ? AND l.disabled_at IS NULL AND s.removed_at IS NULL",
        (username.strip().lower(),),
    )
    if not rows:
        # The same work as a real check, so timing does not tell a name that exists.
        _check_password(_dummy_hash(), password)
        raise AccountError(WRONG)
    staff_id, hashed, sealed, ready, last_step, failures, locked = rows[0]
    locked_until = _time(locked)
    if locked_until and locked_until > moment:
        raise AccountError(LOCKED, time=locked_until)
    password_ok = _check_password(hashed, password)
    step: int | None = None
    recovery: str | None = None
    if password_ok and ready:
        secret = store.keyring.open(sealed, f"web_logins.totp_secret:{staff_id}")
        step = _totp_step(secret, code, last_step, moment)
        if step is None and code.strip():
            recovery = _sha(_clean_code(code))
    async with store.write() as tx:
        used = None
        if recovery is not None:
            used = await tx.fetch_one(
                "UPDATE recovery_codes SET used_at = ? WHERE staff_id = ? AND code_hash = ? "
                "AND used_at IS NULL RETURNING 1",
                (stamp(moment), staff_id, recovery),
            )
        if not password_ok or (ready and step is None and used is None):
            tries = failures + 1
            wait = _backoff(tries)
            await tx.execute(
                "UPDATE web_logins SET failures = ?, locked_until = ? WHERE staff_id = ?",
                (tries, stamp(moment + wait) if wait else None, staff_id),
            )
            await audit.record(tx, stamp(moment), f"staff:{staff_id}", "sign-in-failed", None, "")
            failed = True
        else:
            failed = False
            if _hasher.check_needs_rehash(hashed):
                await tx.execute(
                    "UPDATE web_logins SET password_hash = ? WHERE staff_id = ?",
                    (_hasher.hash(password), staff_id),
                )
            await tx.execute(
                "UPDATE web_logins SET failures = 0, locked_until = NULL, "
                "totp_step = COALESCE(?, totp_step) WHERE staff_id = ?",
                (step, staff_id),
            )
            how = "recovery code" if used else ("password" if not ready else "")
            await audit.record(tx, stamp(moment), f"staff:{staff_id}", "sign-in", None, how)
    if failed:
        if _backoff(failures + 1):
            raise AccountError(LOCKED, time=moment + _backoff(failures + 1))
        raise AccountError(WRONG)
    staff = await _staff(store, staff_id)
    assert staff is not None
    return Session(staff, "desk" if ready else "setup")


def _check_password(hashed: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(hashed, password[:PASSWORD_MAX]))
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    """A hash of nothing anyone knows, made on first use (not at import: it costs Argon2's
    time and memory, which the command line should not pay)."""
    return _hasher.hash(secrets.token_urlsafe(16))


def _backoff(failures: int) -> timedelta:
    if failures < FREE_TRIES:
        return timedelta(0)
    return min(MAX_WAIT, timedelta(minutes=2 ** (failures - FREE_TRIES)))


# -- sessions -----------------------------------------------------------------------------


async def open_session(
    store: Store, staff_id: int, purpose: str, *, now: datetime | None = None
) -> str:
    """A new session; the caller puts the returned random id in a cookie (only its hash is
    kept, so a copy of the database signs nobody in)."""
    moment = _now(now)
    session_id = secrets.token_urlsafe(32)
    async with store.write() as tx:
        await tx.execute(
            "INSERT INTO web_sessions (id_hash, staff_id, purpose, created_at, seen_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (_sha(session_id), staff_id, purpose, stamp(moment), stamp(moment)),
        )
    return session_id


async def session(
    store: Store, session_id: str, *, now: datetime | None = None, active: bool = True
) -> Session | None:
    """Who a session cookie belongs to, while it is live (and its login still allowed).

    ``active`` says a person did something (opened a page, sent a form), which keeps the
    session alive; a page asking on its own (the queue's refresh) passes ``False``, or a
    desk left open on an unattended computer would never be signed out.
    """
    if not session_id:
        return None
    moment = _now(now)
    rows = await _fetch(
        store,
        "SELECT w.staff_id, w.purpose, w.created_at, w.seen_at FROM web_sessions w "
        "JOIN web_logins l ON l.staff_id = w.staff_id JOIN staff s ON s.id = w.staff_id "
        "WHERE w.id_hash = ? AND l.disabled_at IS NULL AND s.removed_at IS NULL",
        (_sha(session_id),),
    )
    if not rows:
        return None
    staff_id, purpose, created_text, seen_text = rows[0]
    created, seen = datetime.fromisoformat(created_text), datetime.fromisoformat(seen_text)
    limit = ABSOLUTE if purpose == "desk" else SETUP
    if moment - seen > IDLE or moment - created > limit:
        await end_session(store, session_id)
        return None
    if active and moment - seen > TOUCH_EVERY:
        async with store.write() as tx:
            await tx.execute(
                "UPDATE web_sessions SET seen_at = ? WHERE id_hash = ?",
                (stamp(moment), _sha(session_id)),
            )
        seen = moment
    staff = await _staff(store, staff_id)
    return Session(staff, purpose, seen + IDLE) if staff else None


async def end_session(store: Store, session_id: str) -> None:
    async with store.write() as tx:
        await tx.execute("DELETE FROM web_sessions WHERE id_hash = ?", (_sha(session_id),))


async def end_all_sessions(store: Store, staff_id: int, actor: str) -> int:
    """Sign a member of staff out on every browser; how many sessions ended."""
    async with store.write() as tx:
        ended = await tx.execute("DELETE FROM web_sessions WHERE staff_id = ?", (staff_id,))
        await audit.record(tx, stamp(_now(None)), actor, "sign-out-everywhere", None, str(staff_id))
    return max(0, ended)


# -- what managers do -----------------------------------------------------------------


async def set_disabled(store: Store, staff_id: int, disabled: bool, actor: str) -> bool:
    """Stop (or allow again) a login; stopping ends its sessions at once."""
    moment = _now(None)
    async with store.write() as tx:
        if (
            await tx.fetch_one(
                "UPDATE web_logins SET disabled_at = ? WHERE staff_id = ? RETURNING 1",
                (stamp(moment) if disabled else None, staff_id),
            )
            is None
        ):
            return False
        if disabled:
            await tx.execute("DELETE FROM web_sessions WHERE staff_id = ?", (staff_id,))
        action = "disable-login" if disabled else "enable-login"
        await audit.record(tx, stamp(moment), actor, action, None, str(staff_id))
    return True


async def reset_two_factor(store: Store, staff_id: int, actor: str) -> bool:
    """Clear a login's two-factor (a lost phone): sessions end, and at the next sign-in
    the password leads to setting it up again."""
    moment = _now(None)
    async with store.write() as tx:
        if (
            await tx.fetch_one(
                "UPDATE web_logins SET totp_secret = NULL, totp_ready = 0, totp_step = NULL, "
                "failures = 0, locked_until = NULL WHERE staff_id = ? RETURNING 1",
                (staff_id,),
            )
            is None
        ):
            return False
        await tx.execute("DELETE FROM recovery_codes WHERE staff_id = ?", (staff_id,))
        await tx.execute("DELETE FROM web_sessions WHERE staff_id = ?", (staff_id,))
        await audit.record(tx, stamp(moment), actor, "reset-two-factor", None, str(staff_id))
    return True


async def logins(store: Store) -> dict[int, Login]:
    """Every web login by staff id, for the staff list."""
    rows = await _fetch(
        store,
        "SELECT staff_id, username, totp_ready, disabled_at, locked_until FROM web_logins",
        (),
    )
    return {r[0]: Login(r[0], r[1], bool(r[2]), r[3] is not None, _time(r[4])) for r in rows}


def login_state(login: Login | None) -> str:
    """A login in a word or two, for `rjbot staff list`."""
    if login is None:
        return "no"
    if login.disabled:
        return f"{login.username} (disabled)"
    return login.username if login.two_factor else f"{login.username} (no two-factor yet)"


async def _staff(store: Store, staff_id: int) -> Staff | None:
    rows = await _fetch(
        store,
        "SELECT id, name, role, telegram_id, language FROM staff "
        "WHERE id = ? AND removed_at IS NULL",
        (staff_id,),
    )
    return Staff(rows[0][0], rows[0][1], Role(rows[0][2]), rows[0][3], rows[0][4]) if rows else None


async def _fetch(store: Store, sql: str, params: tuple[object, ...]) -> list[Any]:
    async with store.read() as tx:
        return await tx.fetch_all(sql, params)
