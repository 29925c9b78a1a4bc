"""What a step says about its answer is the one place the desk, the draft and Rasa read."""

from __future__ import annotations

import dataclasses

import pytest

from dialogues.events import ReferralDraft
from dialogues.flows import SHIPPED
from dialogues.model import Flow, Role, Step

# Answers the case view shows by themselves, not as a labelled line: the consent record
# and the onward consents (with the route).
SHOWN_APART = {"consent_at", "onward_consents"}


def _questions() -> list[tuple[Flow, Step]]:
    return [(flow, s) for flow in SHIPPED.referral_flows() for s in flow.questions()]


@pytest.mark.parametrize(("flow", "question"), _questions(), ids=lambda v: getattr(v, "id", ""))
def test_every_referral_question_has_a_staff_label(flow: Flow, question: Step) -> None:
    """Without one, facilitators would never see the answer on the case view."""
    if question.role is Role.NOTICE or question.fills in SHOWN_APART:
        return
    assert question.staff_label, f"{question.id} has no staff_label: the desk would not show it"
    assert question.key in flow.staff_labels()


def test_every_field_a_step_fills_is_a_field_of_the_referral() -> None:
    fields = {f.name for f in dataclasses.fields(ReferralDraft)}
    filled = {s.fills for _, s in _questions() if s.fills}
    assert filled <= fields, filled - fields
    assert {"area", "language", "interpreter", "crime_category", "stage"} <= filled


def test_a_question_without_a_label_is_caught() -> None:
    """The rule above is not vacuous: a new question left unlabelled has no desk line."""
    victim = SHIPPED["v"]
    new = Step("v.parking", "Where can we park?", optional=True)
    copy = victim.with_step(new, after="v.access")
    assert "parking" not in copy.staff_labels()
    labelled = victim.with_step(dataclasses.replace(new, staff_label="Parking"), after="v.access")
    labels = list(labelled.staff_labels())
    assert labels[labels.index("access") + 1] == "parking"
