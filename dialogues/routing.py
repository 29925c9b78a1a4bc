"""Eligibility and routing: what the answers mean for where a referral goes.

Each rule returns reasons (message ids the person is shown), so nobody is
turned away or passed on without being told why and where to go instead.
"""

from __future__ import annotations

from dialogues.model import Answers
from dialogues.rules import (
    ENHANCED_MARKERS,
    OUT_OF_SCOPE,
    OUTSIDE_AREA,
    YOUTH_OFFENDING_TEAM,
    YOUTH_SERVICE,
    IntakeRules,
    Onward,
    UnderAge,
)

STANDARD = "standard"
ENHANCED = "enhanced"

# Seed 002 5.10 counts "vulnerable because of physical disability, age or mental
# impairment" among what makes a case sensitive and complex: an under-18 the service
# accepts is marked, so only staff with that skill take the case.
UNDER_18 = "under-18"

# The answer to each "may we pass your details on?" question, by the route it asks about.
# Seed 002 10: "Referrals will only be made with consent from the victim."
CONSENT_KEYS = {
    YOUTH_SERVICE: "pass_youth",
    OUT_OF_SCOPE: "pass_scope",
    YOUTH_OFFENDING_TEAM: "pass_yot",
    OUTSIDE_AREA: "pass_area",
}

__all__ = [
    "COMPLEX",
    "CONSENT_KEYS",
    "ENHANCED",
    "OUTSIDE_AREA",
    "OUT_OF_SCOPE",
    "PLACEHOLDERS",
    "SENSITIVE",
    "STANDARD",
    "UNDER_18",
    "YOUTH_OFFENDING_TEAM",
    "YOUTH_SERVICE",
    "care",
    "markers",
    "onward_consents",
    "onward_lines",
    "priority",
    "route",
    "routes",
]


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
    if answers.get("age") == "no":
        found.append(UNDER_18)
    return tuple(found)


def priority(answers: Answers) -> str:
    """Enhanced for domestic abuse, sexual offences, hate crime, feeling at risk, or under 18."""
    if ENHANCED_MARKERS & set(markers(answers)) or _is(answers, "risk", "yes"):
        return ENHANCED
    # Victims' Code 2020: a victim under 18 at the time of the offence has Enhanced Rights.
    if UNDER_18 in markers(answers):
        return ENHANCED
    return STANDARD


SENSITIVE = "sensitive"
COMPLEX = "complex"


def care(answers: Answers) -> tuple[str, ...]:
    """Whether the case is sensitive or complex, by seed 002 5.10's criteria, from the answers.

    002 5.10: a 'sensitive case' involves "actual, or threats of, serious or sexual violence;
    vulnerable participants (for example, vulnerable because of physical disability, age or
    mental impairment); domestic abuse; risk of continuing harm"; a 'complex case' involves
    "... vulnerable participants ...; risk of continuing harm or intention to cause further
    harm; multiple agencies". Staff add what the answers cannot show (the length of the
    harm, the number of people, the agencies involved).
    """
    found = set(markers(answers))
    at_risk = _is(answers, "risk", "yes")
    young = UNDER_18 in found
    sensitive = bool(found & {"sexual", "domestic"}) or young or at_risk
    complex_case = young or at_risk
    return tuple(name for name, yes in ((COMPLEX, complex_case), (SENSITIVE, sensitive)) if yes)


def routes(answers: Answers, rules: IntakeRules) -> tuple[str, ...]:
    """Every reason this service would pass the referral on, most pressing first."""
    found: list[str] = []
    if _is(answers, "age", "no") and rules.under_age is UnderAge.ROUTE:
        found.append(YOUTH_SERVICE)
    if _is(answers, "area", "other"):
        found.append(OUTSIDE_AREA)
    # Seed 002 5.4: crime by a young person under 18 "must in the first instance be
    # discussed with the local YOT manager".
    if _is(answers, "offender_u18", "yes") and rules.youth_offender is Onward.PASS_ON:
        found.append(YOUTH_OFFENDING_TEAM)
    crime = answers.get("crime")
    if isinstance(crime, str) and crime in rules.out_of_scope:
        found.append(OUT_OF_SCOPE)
    return tuple(found)


def route(answers: Answers, rules: IntakeRules) -> str | None:
    """Where a facilitator must pass the referral on to, if anywhere."""
    found = routes(answers, rules)
    return found[0] if found else None


def onward_consents(answers: Answers, rules: IntakeRules) -> tuple[str, ...]:
    """The routes the person said "yes" to passing their details on for; nothing else."""
    return tuple(r for r in routes(answers, rules) if answers.get(CONSENT_KEYS[r]) == "yes")


# The "who can help instead" line each pass-on question shows, by route.
PLACEHOLDERS = {
    YOUTH_SERVICE: "youth_service",
    OUT_OF_SCOPE: "scope_service",
    YOUTH_OFFENDING_TEAM: "yot_service",
    OUTSIDE_AREA: "area_service",
}


def onward_lines(rules: IntakeRules) -> dict[str, str]:
    """Each pass-on question's placeholder, filled with a service's name and contact."""
    lines: dict[str, str] = {}
    for route, name in PLACEHOLDERS.items():
        service = rules.onward_service(route)
        lines[name] = f"• {service.name}: {service.contact}"
    return lines
