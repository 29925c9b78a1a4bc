"""Eligibility and routing: what the answers mean for where a referral goes.

Each rule returns reasons (message ids the person is shown), so nobody is
turned away or passed on without being told why and where to go instead.
"""

from __future__ import annotations

from dialogues.i18n import N_
from dialogues.model import Answers
from dialogues.rules import ENHANCED_MARKERS, IntakeRules, Onward

STANDARD = "standard"
ENHANCED = "enhanced"

OUTSIDE_AREA = "onward:outside-area"
YOUTH_OFFENDING_TEAM = "onward:yot"
OUT_OF_SCOPE = "onward:out-of-scope"


def _is(answers: Answers, key: str, value: str) -> bool:
    answer = answers.get(key)
    return answer == value or (isinstance(answer, list) and value in answer)


def markers(answers: Answers) -> tuple[str, ...]:
    """Crime markers, from the category and the markers question together."""
    found: list[str] = []
    crime = answers.get("crime")
    if isinstance(crime, str) and crime in {"domestic", "sexual", "hate", "online"}:
        found.append(crime)
    picked = answers.get("markers")
    if isinstance(picked, list):
        found.extend(m for m in picked if m != "none" and m not in found)
    return tuple(found)


def priority(answers: Answers) -> str:
    """Enhanced for domestic abuse, sexual offences, hate crime, or feeling at risk."""
    if ENHANCED_MARKERS & set(markers(answers)) or _is(answers, "risk", "yes"):
        return ENHANCED
    return STANDARD


def route(answers: Answers, rules: IntakeRules) -> str | None:
    """Where a facilitator must pass the referral on to, if anywhere."""
    if _is(answers, "area", "other"):
        return OUTSIDE_AREA
    if _is(answers, "offender_u18", "yes") and rules.youth_offender is Onward.PASS_ON:
        return YOUTH_OFFENDING_TEAM
    crime = answers.get("crime")
    if isinstance(crime, str) and crime in rules.out_of_scope:
        return OUT_OF_SCOPE
    return None


def notes(key: str, answers: Answers, rules: IntakeRules) -> tuple[str, ...]:
    """What to tell the person straight after they answer ``key``."""
    said: list[str] = []
    if key == "offender_u18" and route(answers, rules) == YOUTH_OFFENDING_TEAM:
        # Translators: YOT = the local Youth Offending Team.
        said.append(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you. When the person responsible was under 18, the local Youth "
                "Offending Team usually runs restorative justice. We can still take your "
                "referral and pass it to them for you."
            )
        )
    if key == "crime" and route(answers, rules) == OUT_OF_SCOPE:
        said.append(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you. This service does not usually work with this kind of case. "
                "You can still carry on: a facilitator will tell you who can help."
            )
        )
    if key == "area_other":
        said.append(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you. We will pass your referral to the service for that area, "
                "or tell you how to reach them."
            )
        )
    if key == "risk" and _is(answers, "risk", "yes"):
        said.append(
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you for telling us. We will contact you sooner. "
                "If you are in danger now, call 999."
            )
        )
    return tuple(said)
