"""Eligibility and routing: what the answers mean for where a referral goes.

Each rule returns reasons (message ids the person is shown), so nobody is
turned away or passed on without being told why and where to go instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from dialogues.model import Answers, Choice, Flow, Sign, Step
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

__all__ = [
    "COMPLEX",
    "CRIME_MARKERS",
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
    "onward_question",
    "priority",
    "route",
    "routes",
]

# Crime categories that are crime markers too (the referral keeps them with the markers).
CRIME_MARKERS = frozenset({"domestic", "sexual", "hate", "online"})

# Every rule below reads an answer by what it means (the referral field its question fills,
# the sign on the choice picked, the route a pass-on question asks about), never by its
# key: a question renamed or moved in a flow routes the same.


def _picked(flow: Flow, answers: Answers) -> Iterator[tuple[Step, Choice]]:
    """Each choice the answers picked, with its question (in no particular order)."""
    # By the answers, not by every question of the flow: asked on every step.
    for key, value in answers.items():
        for question in flow.questions_of(key):
            for choice_id in value if isinstance(value, list) else [value]:
                choice = question.choice(choice_id) if isinstance(choice_id, str) else None
                if choice is not None:
                    yield question, choice


def _signs(flow: Flow, answers: Answers) -> set[Sign]:
    return {c.sign for _, c in _picked(flow, answers) if c.sign}


def _crime(flow: Flow, answers: Answers) -> str | None:
    crime = flow.filled(answers).get("crime_category")
    return crime if isinstance(crime, str) else None


def markers(flow: Flow, answers: Answers) -> tuple[str, ...]:
    """Crime markers, from the category and the markers question together."""
    found: list[str] = []
    crime = _crime(flow, answers)
    if crime in CRIME_MARKERS:
        found.append(crime)
    question = flow.filling("markers")
    picked = answers.get(question.key) if question else None
    if question is not None and isinstance(picked, list):
        alone = {c.id for c in question.choices if c.exclusive}  # "none of these"
        found.extend(m for m in picked if m not in alone and m not in found)
    if Sign.UNDER_18 in _signs(flow, answers):
        found.append(UNDER_18)
    return tuple(found)


def priority(flow: Flow, answers: Answers) -> str:
    """Enhanced for domestic abuse, sexual offences, hate crime, feeling at risk, or under 18."""
    found = set(markers(flow, answers))
    if ENHANCED_MARKERS & found or Sign.AT_RISK in _signs(flow, answers):
        return ENHANCED
    # Victims' Code 2020: a victim under 18 at the time of the offence has Enhanced Rights.
    if UNDER_18 in found:
        return ENHANCED
    return STANDARD


SENSITIVE = "sensitive"
COMPLEX = "complex"


def care(flow: Flow, answers: Answers) -> tuple[str, ...]:
    """Whether the case is sensitive or complex, by seed 002 5.10's criteria, from the answers.

    002 5.10: a 'sensitive case' involves "actual, or threats of, serious or sexual violence;
    vulnerable participants (for example, vulnerable because of physical disability, age or
    mental impairment); domestic abuse; risk of continuing harm"; a 'complex case' involves
    "... vulnerable participants ...; risk of continuing harm or intention to cause further
    harm; multiple agencies". Staff add what the answers cannot show (the length of the
    harm, the number of people, the agencies involved).
    """
    found = set(markers(flow, answers))
    at_risk = Sign.AT_RISK in _signs(flow, answers)
    young = UNDER_18 in found
    sensitive = bool(found & {"sexual", "domestic"}) or young or at_risk
    complex_case = young or at_risk
    return tuple(name for name, yes in ((COMPLEX, complex_case), (SENSITIVE, sensitive)) if yes)


def routes(flow: Flow, answers: Answers, rules: IntakeRules) -> tuple[str, ...]:
    """Every reason this service would pass the referral on, most pressing first."""
    signs = _signs(flow, answers)
    found: list[str] = []
    if Sign.UNDER_18 in signs and rules.under_age is UnderAge.ROUTE:
        found.append(YOUTH_SERVICE)
    if Sign.OUTSIDE_AREA in signs:
        found.append(OUTSIDE_AREA)
    # Seed 002 5.4: crime by a young person under 18 "must in the first instance be
    # discussed with the local YOT manager".
    if Sign.YOUNG_RESPONSIBLE in signs and rules.youth_offender is Onward.PASS_ON:
        found.append(YOUTH_OFFENDING_TEAM)
    crime = _crime(flow, answers)
    if crime is not None and crime in rules.out_of_scope:
        found.append(OUT_OF_SCOPE)
    return tuple(found)


def route(flow: Flow, answers: Answers, rules: IntakeRules) -> str | None:
    """Where a facilitator must pass the referral on to, if anywhere."""
    found = routes(flow, answers, rules)
    return found[0] if found else None


def onward_question(flow: Flow, route: str) -> Step | None:
    """The question that asks whether to pass the details on for ``route``."""
    return next((s for s in flow.questions() if s.onward == route), None)


def onward_consents(flow: Flow, answers: Answers, rules: IntakeRules) -> tuple[str, ...]:
    """The routes the person said "yes" to passing their details on for; nothing else.

    Seed 002 10: "Referrals will only be made with consent from the victim."
    """
    agreed = {s.onward for s, c in _picked(flow, answers) if s.onward and c.sign is Sign.AGREES}
    return tuple(r for r in routes(flow, answers, rules) if r in agreed)


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
