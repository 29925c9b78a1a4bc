"""Routing reads what an answer means, never its key (issue 15, item 1).

A copy of the victim flow has every question routing depends on renamed, and some moved;
the same answers under the new names give the same priority, care, markers (in the same
order), onward routes and onward consents, through routing and through the engine.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace

import pytest

from dialogues import routing
from dialogues.events import ReferralDraft, SubmitReferral
from dialogues.flows import SHIPPED, VICTIM
from dialogues.model import Answer, Answers, Flow
from dialogues.rules import (
    OUT_OF_SCOPE,
    OUTSIDE_AREA,
    YOUTH_OFFENDING_TEAM,
    YOUTH_SERVICE,
    IntakeRules,
    Onward,
    UnderAge,
)
from tests.talk import RULES, VICTIM_ANSWERS, Given, Talk

# Every answer routing reads, by its shipped key, and the name the copy gives it.
NEW_NAMES = {
    "crime": "offence",
    "markers": "also",
    "age": "adult",
    "risk": "afraid",
    "area": "where",
    "offender_u18": "young",
    "pass_youth": "ok_youth",
    "pass_scope": "ok_scope",
    "pass_yot": "ok_yot",
    "pass_area": "ok_area",
}


def renamed(flow: Flow, names: Mapping[str, str]) -> Flow:
    """``flow`` with the questions in ``names`` renamed, and the markers and risk questions
    moved to just after the consent (so neither a name nor a place is what routing reads)."""
    steps = [
        replace(s, id=f"{flow.id}.{names[s.key]}") if s.key in names else s for s in flow.steps
    ]
    moved = [
        s for s in steps if s.id in (f"{flow.id}.{names.get(k, k)}" for k in ("markers", "risk"))
    ]
    rest = [s for s in steps if s not in moved]
    return replace(flow, steps=(rest[0], *moved, *rest[1:]))


COPY = renamed(VICTIM, NEW_NAMES)

RULE_SETS = {
    "signpost": RULES,
    "route the young": replace(RULES, under_age=UnderAge.ROUTE),
    "accept the young": replace(RULES, under_age=UnderAge.ACCEPT),
    "out of scope": replace(RULES, out_of_scope=frozenset({"asb", "domestic"})),
    "young responsible accepted": replace(RULES, youth_offender=Onward.ACCEPT),
}


def answer_sets() -> Iterator[dict[str, Answer]]:
    """Every mix of the answers that route, with the pass-on questions all yes or all no."""
    for crime, markers, age, risk, area, young, passing in itertools.product(
        ("burglary", "domestic", "asb", "online"),
        (["none"], ["hate", "online"], ["domestic", "sexual"]),
        ("yes", "no"),
        ("yes", "no"),
        ("north", "other"),
        ("yes", "no"),
        ("yes", "no"),
    ):
        answers: dict[str, Answer] = {
            "consent": "agree",
            "age": age,
            "crime": crime,
            "markers": markers,
            "known": "yes",
            "offender_u18": young,
            "area": area,
            "risk": risk,
        }
        answers.update({k: passing for k in NEW_NAMES if k.startswith("pass_")})
        yield answers


def under_new_names(answers: Answers) -> dict[str, Answer]:
    return {NEW_NAMES.get(k, k): v for k, v in answers.items()}


def test_the_copy_really_has_other_names_and_order() -> None:
    for key, new in NEW_NAMES.items():
        assert VICTIM.question(key) is not None and COPY.question(key) is None
        assert COPY.question(new) is not None
    asked = [s.key for s in COPY.questions()]
    assert asked[1:3] == ["also", "afraid"]


ROUTINGS: dict[str, Callable[[Flow, Answers, IntakeRules], object]] = {
    "markers": lambda flow, answers, rules: routing.markers(flow, answers),
    "priority": lambda flow, answers, rules: routing.priority(flow, answers),
    "care": lambda flow, answers, rules: routing.care(flow, answers),
    "routes": routing.routes,
    "route": routing.route,
    "onward consents": routing.onward_consents,
}


@pytest.mark.parametrize("rules", RULE_SETS.values(), ids=list(RULE_SETS))
def test_renamed_and_moved_questions_route_the_same(rules: IntakeRules) -> None:
    outcomes: dict[str, set[object]] = {name: set() for name in ROUTINGS}
    for answers in answer_sets():
        for name, rule in ROUTINGS.items():
            shipped = rule(VICTIM, answers, rules)
            assert rule(COPY, under_new_names(answers), rules) == shipped, (name, answers)
            outcomes[name].add(shipped)
    # Not vacuous: the answers reach more than one outcome of every rule.
    assert all(len(seen) > 1 for seen in outcomes.values()), outcomes


def test_what_the_renamed_answers_mean() -> None:
    rules = RULE_SETS["route the young"]
    given = {
        "offence": "domestic",
        "also": ["hate", "online"],
        "adult": "no",
        "afraid": "no",
        "where": "other",
        "young": "yes",
        "ok_youth": "yes",
        "ok_area": "no",
        "ok_yot": "yes",
    }
    # The category first, then the markers picked, in their order, then under 18.
    assert routing.markers(COPY, given) == ("domestic", "hate", "online", "under-18")
    assert routing.priority(COPY, given) == routing.ENHANCED
    assert routing.care(COPY, given) == (routing.COMPLEX, routing.SENSITIVE)
    assert routing.routes(COPY, given, rules) == (YOUTH_SERVICE, OUTSIDE_AREA, YOUTH_OFFENDING_TEAM)
    assert routing.onward_consents(COPY, given, rules) == (YOUTH_SERVICE, YOUTH_OFFENDING_TEAM)
    plain = {"offence": "burglary", "also": ["none"], "adult": "yes", "afraid": "unsaid"}
    assert routing.markers(COPY, plain) == ()
    assert routing.priority(COPY, plain) == routing.STANDARD and routing.care(COPY, plain) == ()
    assert routing.route(COPY, {**plain, "offence": "asb"}, RULE_SETS["out of scope"]) == (
        OUT_OF_SCOPE
    )
    assert routing.onward_question(COPY, OUT_OF_SCOPE) is COPY.question("ok_scope")


def referral(flow: Flow, given: Mapping[str, Given]) -> ReferralDraft:
    """The referral the engine sends for ``flow`` (in place of the victim flow)."""
    talk = Talk(RULES, flows=SHIPPED.replacing(flow))
    talk.start()
    talk.open(flow)
    talk.answer(**given)
    talk.press("Send my referral")
    [effect] = talk.effects
    assert isinstance(effect, SubmitReferral)
    return effect.draft


def test_the_engine_sends_the_same_referral_from_the_renamed_flow() -> None:
    # The age and area questions keep their names here: the flow's own conditions (an
    # area typed under "Somewhere else", the under-18 screen) read those two by key.
    names = {k: v for k, v in NEW_NAMES.items() if k not in ("age", "area")}
    copy = renamed(VICTIM, names)
    given: dict[str, Given] = {
        **VICTIM_ANSWERS,
        "crime": "Domestic abuse",
        "markers": ["Hate crime (because of who you are)", "It happened online"],
        "known": "Yes",
        "offender_u18": "Yes",
        "pass_yot": "Yes, pass them on",
        "area": "Somewhere else",
        "area_other": "Leeds",
        "pass_area": "Yes, pass them on",
        "risk": "Yes",
    }
    shipped = referral(VICTIM, given)
    moved = referral(copy, {names.get(k, k): v for k, v in given.items()})
    assert shipped.markers == ("domestic", "hate", "online")
    assert shipped.priority == routing.ENHANCED
    assert shipped.route == OUTSIDE_AREA
    assert shipped.onward_consents == (OUTSIDE_AREA, YOUTH_OFFENDING_TEAM)
    for field in ("priority", "markers", "care", "route", "onward_consents", "crime_category"):
        assert getattr(moved, field) == getattr(shipped, field), field
