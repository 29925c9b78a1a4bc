"""The one walk (dialogues.walk): what comes next and where a flow ends, from the answers."""

from __future__ import annotations

from dataclasses import replace

from dialogues.flows import OFFENDER, VICTIM
from dialogues.rules import UnderAge
from dialogues.walk import Walk, applicable, following, walk
from tests.talk import RULES, Talk, slots


def keys(walked: Walk) -> list[str]:
    return [s.key for s in walked.asked]


def test_the_first_unanswered_question_is_next_and_what_may_follow_is_listed() -> None:
    walked = walk(VICTIM, {"consent": "agree", "age": "yes"}, RULES, "telegram")
    assert walked.next is not None and walked.next.key == "name"
    assert walked.exit is None
    asked = keys(walked)
    assert asked[:3] == ["consent", "age", "name"]
    assert "phone" not in asked, "a phone number only once a phone is chosen"
    with_phone = walk(VICTIM, {"consent": "agree", "contact": ["phone"]}, RULES, "telegram")
    assert "phone" in keys(with_phone) and "email" not in keys(with_phone)


def test_a_whole_walk_of_answers_has_nothing_next_and_no_exit() -> None:
    answers = slots(VICTIM)
    walked = walk(VICTIM, answers, RULES, "rasa")
    assert walked.next is None and walked.exit is None
    assert set(keys(walked)) == set(answers)


def test_a_no_that_leads_to_a_screen_is_the_exit() -> None:
    declined = walk(VICTIM, {"consent": "no", "age": "yes"}, RULES, "telegram")
    assert declined.exit is not None and declined.exit.id == "v.declined"
    assert keys(declined) == ["consent"] and declined.next is None
    passed = walk(
        VICTIM,
        {"consent": "agree", "age": "yes", "crime": "asb", "pass_scope": "no"},
        RULES.__class__(**{**RULES.__dict__, "out_of_scope": frozenset({"asb"})}),
        "telegram",
    )
    # The questions before the crime are not answered: the walk stops at the first of them.
    assert passed.exit is None and passed.next is not None and passed.next.key == "name"


def test_a_screen_the_answers_reach_is_the_exit() -> None:
    rules = replace(RULES, under_age=UnderAge.SIGNPOST)
    young = walk(VICTIM, {"consent": "agree", "age": "no"}, rules, "telegram")
    assert young.exit is not None and young.exit.id == "v.under18"


def test_a_notice_is_asked_unless_the_connector_says_it_itself() -> None:
    assert keys(walk(OFFENDER, {}, RULES, "rasa"))[0] == "intro"
    assert keys(walk(OFFENDER, {}, RULES, "rasa", notices_read=True))[0] == "consent"
    left = walk(OFFENDER, {"intro": "menu"}, RULES, "telegram")
    assert left.left and left.exit is None and left.next is None


def test_the_engine_moves_as_the_walk_says() -> None:
    """Every question the engine asked in a whole self-referral is one the walk lists."""
    talk = Talk()
    talk.start()
    talk.open(VICTIM)
    talk.answer()
    assert talk.state.step == "v.summary"
    asked = [sid for sid in dict.fromkeys(talk.state.history) if sid.startswith("v.")]
    walked = [s.id for s in walk(VICTIM, talk.state.answers, RULES, "telegram").asked]
    assert asked == walked


def test_following_skips_what_does_not_apply_and_ends_at_the_summary() -> None:
    age = VICTIM.question("age")
    assert following(VICTIM, age, {"age": "yes"}, RULES, "telegram") == "v.name"
    hopes = VICTIM.question("hopes")
    assert following(VICTIM, hopes, {}, RULES, "telegram") == "v.summary"
    answered = {"name": "Sam"}
    after_age = following(VICTIM, age, answered, RULES, "telegram", skip_answered=True)
    assert after_age == "v.contact", "while editing, answered questions are passed by"


def test_answers_a_change_voids_are_dropped() -> None:
    kept = applicable(VICTIM, {"police": "no", "crimeref": "43/1/24", "name": "Sam"}, RULES)
    assert kept == {"police": "no", "name": "Sam"}
