"""Checks for typed answers. Each returns the cleaned value or a re-ask message id.

Messages are English message ids with ``{placeholders}``; the engine translates
and fills them in the person's language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from dialogues.i18n import N_
from dialogues.model import Input

MAX_TEXT = 1000
MAX_NAME = 60


@dataclass(frozen=True)
class Valid:
    value: str


@dataclass(frozen=True)
class Invalid:
    message: str
    params: dict[str, object] = field(default_factory=dict)


Result = Valid | Invalid

_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_CRIME_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 /\-.]{2,29}$")
_DMY = re.compile(r"^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$")
_MY = re.compile(r"^(\d{1,2})[/.\- ](\d{4})$")
_Y = re.compile(r"^(\d{4})$")


def clean(text: str) -> str:
    """Drop control and format characters (keeping line breaks) and trim.

    Format characters include bidi overrides, which could make a stored answer
    display differently from what was typed.
    """
    kept = (ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in _CONTROL)
    return "".join(kept).strip()


def free_text(raw: str, max_len: int = MAX_TEXT) -> Result:
    text = clean(raw)
    if not text:
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        return Invalid(N_("Please type your answer in words."))
    if len(text) > max_len:
        return Invalid(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("That is a bit long. Please keep it under {max} characters."),
            {"max": max_len},
        )
    return Valid(text)


def name(raw: str) -> Result:
    text = " ".join(clean(raw).split())
    if not any(ch.isalpha() for ch in text):
        return Invalid(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Please type a name we can call you. A first name or a nickname is fine.")
        )
    if len(text) > MAX_NAME:
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        return Invalid(N_("Please keep the name under {max} characters."), {"max": MAX_NAME})
    return Valid(text)


def phone(raw: str, region: str = "GB") -> Result:
    text = clean(raw)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        return Invalid(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "That does not look like a phone number. "
                "Please type it like 07123 456789 or +44 7123 456789."
            )
        )
    return Valid(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def email(raw: str) -> Result:
    text = clean(raw)
    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return Invalid(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("That does not look like an email address. Please check it, like name@example.com.")
        )
    return Valid(checked.normalized)


def when(raw: str, today: date) -> Result:
    """A rough date: day/month/year, month/year or a year; never in the future."""
    text = clean(raw)
    parsed: date | None = None
    shown = ""
    try:
        if m := _DMY.match(text):
            d, mo, y = (int(g) for g in m.groups())
            y = y + 2000 if y < 100 else y
            parsed, shown = date(y, mo, d), f"{y:04d}-{mo:02d}-{d:02d}"
        elif m := _MY.match(text):
            mo, y = int(m.group(1)), int(m.group(2))
            parsed, shown = date(y, mo, 1), f"{y:04d}-{mo:02d}"
        elif m := _Y.match(text):
            y = int(m.group(1))
            parsed, shown = date(y, 1, 1), f"{y:04d}"
    except ValueError:
        parsed = None
    if parsed is None:
        return Invalid(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Please choose an option, or type a date like 23/05/2024, 05/2024 or 2024.")
        )
    if parsed > today:
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        return Invalid(N_("That date is in the future. Please check it."))
    if parsed.year < 1920:
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        return Invalid(N_("Please check the year."))
    return Valid(shown)


def date_ahead(raw: str, today: date) -> Result:
    """A day to come, day/month/year (a sentencing date): today or later."""
    m = _DMY.match(clean(raw))
    try:
        if m is None:
            raise ValueError
        d, mo, y = (int(g) for g in m.groups())
        parsed = date(y + 2000 if y < 100 else y, mo, d)
    except ValueError:
        return Invalid(
            N_("Please choose an option, or type a date like 23/05/2024, 05/2024 or 2024.")
        )
    if parsed < today:
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        return Invalid(N_("That date has already passed. Please check it, or press Skip."))
    if parsed.year > today.year + 5:
        return Invalid(N_("Please check the year."))
    return Valid(parsed.isoformat())


def crime_reference(raw: str) -> Result:
    text = clean(raw)
    if not _CRIME_REF.match(text):
        return Invalid(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "A crime reference is usually letters and numbers, like 43/12345/24. "
                "Please check it, or press Skip."
            )
        )
    return Valid(text.upper())


def check(kind: Input, raw: str, *, today: date, max_len: int = MAX_TEXT) -> Result:
    """Run the validator for ``kind``."""
    match kind:
        case Input.TEXT:
            return free_text(raw, max_len)
        case Input.NAME:
            return name(raw)
        case Input.PHONE:
            return phone(raw)
        case Input.EMAIL:
            return email(raw)
        case Input.WHEN:
            return when(raw, today)
        case Input.DATE_AHEAD:
            return date_ahead(raw, today)
        case Input.CRIME_REF:
            return crime_reference(raw)
