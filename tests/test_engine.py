"""The dialogue engine, through every path a person can take."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dialogues import content, routing
from dialogues.engine import BACK
from dialogues.events import Press, SubmitFailed, SubmitReferral, Submitted
from dialogues.flows import STEPS, VICTIM
from dialogues.rules import (
    DEFAULT_ONWARD,
    OUT_OF_SCOPE,
    YOUTH_SERVICE,
    Admission,
    IntakeRules,
    Onward,
    Service,
    UnderAge,
)
from dialogues.state import State
from tests.talk import NOW, VICTIM_ANSWERS, Talk, offender_to_summary, victim_to_summary

MENU_LABELS = [
    "I am not safe right now",
    "What is restorative justice?",
    "I was harmed: refer myself",
    "I caused harm: can I take part?",
    "Other support",
    "Privacy",
    "🌐 Language",
    "✕ Quick exit",
]


def submitted(talk: Talk) -> SubmitReferral:
    assert len(talk.effects) == 1, "exactly one submission"
    return talk.effects[0]


def test_start_greets_and_offers_the_main_menu() -> None:
    talk = Talk()
    talk.start()
    assert "Test RJ Service" in talk.text
    assert "999" in talk.text
    assert talk.labels() == MENU_LABELS


def test_consent_comes_before_any_personal_question() -> None:
    talk = Talk()
    talk.start()
    talk.press("I was harmed: refer myself")
    assert talk.state.step == "v.consent"
    assert talk.text.startswith(talk.ctx.rules.service_name) or "agree" in talk.text.lower()
    assert talk.labels()[:3] == ["Yes, I agree", "No, not now", "Tell me more about privacy"]
    assert talk.state.answers == {}


def test_privacy_from_consent_explains_and_asks_again() -> None:
    talk = Talk()
    talk.start()
    talk.press("I was harmed: refer myself")
    talk.press("Tell me more about privacy")
    assert talk.replies[0].text == STEPS["topic.privacy"].prompt
    assert talk.state.step == "v.consent"
    assert "Yes, I agree" in talk.labels()


def test_declining_consent_keeps_nothing_and_offers_support() -> None:
    talk = Talk()
    talk.start()
    talk.press("I was harmed: refer myself")
    talk.press("No, not now")
    assert talk.effects == []
    assert talk.state.answers == {}
    assert talk.state.step == "menu"
    assert "08 08 16 89 111" in talk.text
    assert talk.labels() == MENU_LABELS


def test_a_full_self_referral_asks_for_submission_with_every_answer() -> None:
    talk = victim_to_summary(Talk(), crime="Burglary")
    assert talk.state.step == "v.summary"
    assert "• Name: \u2068Sam\u2069" in talk.text
    assert "Phone" in talk.text and "+447123456789" in talk.text
    assert talk.effects == []
    talk.press("Send my referral")
    draft = submitted(talk).draft
    assert draft.kind == "victim"
    assert draft.priority == "standard"
    assert draft.area == "north"
    assert draft.crime_category == "burglary"
    assert draft.markers == ()
    assert draft.language == "en" and draft.interpreter is False
    assert draft.details["name"] == "Sam"
    assert draft.details["phone"] == "+447123456789"
    assert draft.details["access"] is None
    assert draft.consent_version == content.CONSENT_VERSION
    assert draft.consent_at == NOW
    assert draft.route is None


def test_confirmation_gives_the_reference_and_the_date_in_words() -> None:
    talk = victim_to_summary(Talk())
    talk.press("Send my referral")
    after = State.from_json(submitted(talk).state_json)
    assert after.answers == {} and after.step == "menu"
    talk.state = after
    due = datetime(2025, 12, 30, 17, 0, tzinfo=UTC)
    talk.send(Submitted("RJ-ABCD-EFGH", due, "standard"))
    assert "RJ-ABCD-EFGH" in talk.text
    assert "Tuesday, 30 December 2025" in talk.text
    assert talk.state.sent == "RJ-ABCD-EFGH"


def test_enhanced_confirmation_names_the_time_too() -> None:
    talk = Talk()
    talk.send(Submitted("RJ-ABCD-EFGH", datetime(2025, 12, 21, 10, 30, tzinfo=UTC), "enhanced"))
    assert "10:30 on Sunday, 21 December 2025" in talk.text


@pytest.mark.parametrize(
    ("crime", "risk", "priority", "markers"),
    [
        ("Domestic abuse", "No", "enhanced", ("domestic",)),
        ("Sexual offence", "No", "enhanced", ("sexual",)),
        ("Hate crime", "No", "enhanced", ("hate",)),
        ("Online crime or fraud", "No", "standard", ("online",)),
        ("Burglary", "Yes", "enhanced", ()),
        ("Burglary", "I'd rather not say", "standard", ()),
    ],
)
def test_priority_follows_markers_and_risk(
    crime: str, risk: str, priority: str, markers: tuple[str, ...]
) -> None:
    talk = victim_to_summary(Talk(), crime=crime, risk=risk)
    talk.press("Send my referral")
    draft = submitted(talk).draft
    assert draft.priority == priority
    assert draft.markers == markers


def test_feeling_at_risk_is_answered_with_999_at_once() -> None:
    talk = victim_to_summary(Talk(), risk="Yes")
    assert talk.state.step == "v.summary"
    for _ in range(4):  # hopes, own words, heard, risk
        talk.command("back")
    assert talk.state.step == "v.risk"
    talk.press("Yes")
    assert "call 999" in talk.replies[0].text


def test_markers_can_be_ticked_together() -> None:
    talk = Talk()
    talk.start()
    talk.open(VICTIM)
    talk.answer(until="markers")
    talk.press("Hate crime (because of who you are)")
    assert talk.replies[0].edit, "a tick updates the message in place"
    assert "✓ Hate crime (because of who you are)" in talk.labels()
    talk.press("It happened online")
    talk.press("Done")
    assert talk.state.answers["markers"] == ["hate", "online"]
    assert talk.state.step == "v.when"


def test_done_with_nothing_ticked_asks_again() -> None:
    talk = Talk()
    talk.start()
    talk.open(VICTIM)
    talk.answer(until="contact")
    talk.press("Done")
    assert talk.state.step == "v.contact"
    assert "at least one" in talk.text


def test_contact_choices_can_be_typed() -> None:
    talk = Talk(channel="terminal")
    talk.start()
    talk.open(VICTIM)
    talk.answer(until="contact")
    assert "Message me in this chat" not in talk.labels(), "no chat to message in a terminal"
    talk.type("email, text message")
    assert talk.state.answers["contact"] == ["text", "email"]
    assert talk.state.step == "v.phone"


@pytest.mark.parametrize(
    ("step_label_path", "bad", "hint"),
    [
        ("name", "   ", "name"),
        ("name", "12345", "name"),
        ("phone", "call me maybe", "07123 456789"),
        ("phone", "0712", "phone number"),
        ("email", "sam at home", "email address"),
        ("when", "next week", "23/05/2024"),
        ("when", "01/01/2030", "future"),
        ("when", "31/02/2024", "23/05/2024"),
        ("access", "x" * 1001, "1000 characters"),
        ("crimeref", "'; DROP TABLE referrals; --", "crime reference"),
    ],
)
def test_nonsense_gets_a_clear_reask_and_stays_put(
    step_label_path: str, bad: str, hint: str
) -> None:
    talk = Talk()
    talk.state = State(step=f"v.{step_label_path}", answers={"consent": "agree"})
    talk.type(bad)
    assert talk.state.step == f"v.{step_label_path}"
    assert hint in talk.text
    assert step_label_path not in talk.state.answers


def test_text_at_a_choice_question_shows_the_choices_again() -> None:
    talk = Talk()
    talk.state = State(step="v.age", answers={"consent": "agree"})
    talk.type("banana")
    assert talk.state.step == "v.age"
    assert "choose one of the options" in talk.text
    assert talk.labels()[:2] == ["Yes", "No"]


def test_a_typed_label_counts_as_the_choice() -> None:
    talk = Talk()
    talk.state = State(step="v.age", answers={"consent": "agree"})
    talk.type("yes!")
    assert talk.state.answers["age"] == "yes"


def test_valid_typed_answers_are_cleaned() -> None:
    talk = Talk()
    talk.state = State(step="v.when", answers={"consent": "agree"})
    talk.type("05/2024")
    assert talk.state.answers["when"] == "2024-05"
    talk.state = State(step="v.name", answers={"consent": "agree"})
    talk.type("  Sam\u202e  ")
    assert talk.state.answers["name"] == "Sam"


def test_changing_an_answer_asks_what_it_now_needs_and_drops_what_it_voids() -> None:
    talk = victim_to_summary(Talk(), contact=["Email"])
    assert talk.state.step == "v.summary"
    talk.press("Change an answer")
    talk.press("Contact by")
    assert talk.state.step == "v.contact"
    talk.press("Phone call")
    talk.press("Done")
    assert talk.state.step == "v.phone", "the newly needed question is asked"
    talk.type("07123 456789")
    assert talk.state.step == "v.summary", "then straight back to the summary"
    assert "sam@example.org" not in talk.text
    talk.press("Send my referral")
    details = submitted(talk).draft.details
    assert "email" not in details
    assert details["phone"] == "+447123456789"


def test_back_returns_to_the_last_question_with_answers_kept() -> None:
    talk = Talk()
    talk.start()
    talk.open(VICTIM)
    talk.answer(until="contact", name="Sam")
    assert talk.state.step == "v.contact"
    talk.send(Press(BACK))
    assert talk.state.step == "v.name"
    assert talk.state.answers["name"] == "Sam"
    talk.type("Alex")
    assert talk.state.answers["name"] == "Alex"


def test_cancel_stops_and_forgets() -> None:
    talk = Talk()
    talk.start()
    talk.open(VICTIM)
    talk.answer(until="contact")
    talk.command("cancel")
    assert "Nothing you typed has been kept" in talk.text
    assert talk.state.answers == {}
    assert talk.labels() == MENU_LABELS


def test_stop_and_delete_from_the_summary_forgets() -> None:
    talk = victim_to_summary(Talk())
    talk.press("Stop and delete")
    assert talk.effects == [] and talk.state.answers == {}


def test_help_explains_and_keeps_the_place() -> None:
    talk = Talk()
    talk.state = State(step="v.age", answers={"consent": "agree"})
    talk.command("help")
    assert talk.replies[0].text == content.HELP
    assert talk.state.step == "v.age"


def test_start_in_the_middle_keeps_answers() -> None:
    talk = Talk()
    talk.state = State(step="v.age", answers={"consent": "agree", "name": "Sam"})
    talk.start()
    assert talk.state.step == "v.age" and talk.state.answers["name"] == "Sam"
    assert "Welcome back" in talk.text


def test_a_deep_link_names_the_source() -> None:
    talk = victim_to_summary(Talk())
    talk.state = State(step=talk.state.step, answers=talk.state.answers, source="police")
    talk.press("Send my referral")
    assert submitted(talk).draft.source == "police"
    fresh = Talk()
    fresh.start("src-police")
    assert fresh.state.source == "police"
    fresh.start("<script>")
    assert fresh.state.source == "police", "a bad payload changes nothing"


def test_an_old_button_is_answered_with_where_the_person_is() -> None:
    talk = Talk()
    talk.state = State(step="v.age", answers={"consent": "agree"})
    talk.send(Press("v.name|yes"))
    assert "earlier message" in talk.text
    assert talk.state.step == "v.age"


def test_pressing_send_twice_is_answered_with_the_reference() -> None:
    talk = victim_to_summary(Talk())
    talk.press("Send my referral")
    talk.state = State.from_json(submitted(talk).state_json)
    talk.send(Submitted("RJ-ABCD-EFGH", NOW, "standard"))
    talk.send(Press("v.summary|send"))
    assert "already have your referral" in talk.text and "RJ-ABCD-EFGH" in talk.text
    assert len(talk.effects) == 1


def test_a_failed_save_loses_nothing_and_asks_to_try_again() -> None:
    talk = victim_to_summary(Talk())
    talk.press("Send my referral")
    answers = dict(talk.state.answers)
    talk.send(SubmitFailed())
    assert "could not save" in talk.text
    assert talk.state.step == "v.summary" and talk.state.answers == answers
    assert "Send my referral" in talk.labels()


def test_age_is_asked_straight_after_consent_before_any_personal_detail() -> None:
    talk = Talk()
    talk.start()
    talk.press("I was harmed: refer myself")
    talk.press("Yes, I agree")
    assert talk.state.step == "v.age"
    talk.press("No")
    assert "0800 1111" in talk.text, "young people's support is shown"
    assert talk.state.answers == {} and talk.state.step == "menu" and talk.effects == []


def test_under_18_goes_ahead_marked_where_the_service_accepts_it() -> None:
    talk = Talk().with_rules(under_age=UnderAge.ACCEPT, ask_parent_carer=True)
    talk.state = State(step="v.age", answers={"consent": "agree"})
    talk.press("No")
    assert talk.state.step == "v.carer"
    assert "parent or carer" in talk.text and "You do not have to" in talk.text
    talk.press("No")
    assert talk.state.step == "v.name"
    without = Talk().with_rules(under_age=UnderAge.ACCEPT)
    without.state = State(step="v.age", answers={"consent": "agree"})
    without.press("No")
    assert without.state.step == "v.name", "no carer question where the profile has none"
    answers = {"consent": "agree", "age": "no", "crime": "burglary"}
    assert routing.markers(VICTIM, answers) == ("under-18",)
    assert routing.priority(VICTIM, answers) == "enhanced"


def young_person_routed(answer: str) -> Talk:
    youth = Service("Northtown Youth Justice Service", "northtown.gov.uk")
    talk = Talk().with_rules(
        under_age=UnderAge.ROUTE, onward={**DEFAULT_ONWARD, YOUTH_SERVICE: youth}
    )
    talk.start()
    talk.press("I was harmed: refer myself")
    talk.press("Yes, I agree")
    talk.press("No")  # under 18
    assert "Northtown Youth Justice Service: northtown.gov.uk" in talk.text
    assert "only do this if you say yes" in talk.text
    talk.press(answer)
    return talk


def test_an_under_18_routed_to_the_youth_service_passes_nothing_without_a_yes() -> None:
    talk = young_person_routed("No, thank you")
    assert "have not passed anything on" in talk.text
    assert talk.state.answers == {} and talk.effects == []
    talk = young_person_routed("Yes, pass them on")
    assert talk.state.step == "v.name"
    talk.answer(**VICTIM_ANSWERS).press("Send my referral")
    draft = submitted(talk).draft
    assert draft.route == YOUTH_SERVICE
    assert draft.onward_consents == (YOUTH_SERVICE,)


def test_a_young_person_responsible_is_explained_and_asked_before_passing_on() -> None:
    talk = Talk()
    talk.state = State(step="v.offender_u18", answers={"consent": "agree", "known": "yes"})
    talk.press("Yes")
    assert "Youth Offending Team" in talk.text and "your local council" in talk.text
    assert talk.state.step == "v.pass_yot"
    talk.press("No, thank you")
    assert talk.state.answers == {} and talk.effects == []
    accepting = Talk().with_rules(youth_offender=Onward.ACCEPT)
    accepting.state = State(step="v.offender_u18", answers={"consent": "agree", "known": "yes"})
    accepting.press("Yes")
    assert "Youth Offending Team" not in accepting.text
    assert accepting.state.step == "v.area"


def test_outside_the_area_is_explained_with_who_to_ask_and_asked() -> None:
    talk = Talk()
    talk.state = State(step="v.area", answers={"consent": "agree"})
    talk.press("Somewhere else")
    talk.type("Leeds")
    assert "only work in our own area" in talk.text and "101" in talk.text
    assert talk.state.step == "v.pass_area"
    talk.press("Yes, pass them on")
    assert talk.state.step == "v.lives"
    assert talk.state.answers["pass_area"] == "yes"


def test_out_of_scope_crime_is_explained_and_asked() -> None:
    talk = Talk().with_rules(out_of_scope=frozenset({"asb"}))
    talk.state = State(step="v.crime", answers={"consent": "agree"})
    talk.press("Anti-social behaviour")
    assert "do not work with this kind of case" in talk.text
    assert "Victim Support: 08 08 16 89 111" in talk.text
    talk.press("No, thank you")
    assert talk.state.answers == {} and talk.effects == []


def test_only_a_yes_is_a_consent_to_pass_on() -> None:
    rules = IntakeRules(out_of_scope=frozenset({"asb"}))
    asked = {"crime": "asb", "area": "other", "known": "yes", "offender_u18": "yes"}
    assert routing.onward_consents(VICTIM, asked, rules) == ()
    said = {**asked, "pass_scope": "yes", "pass_area": "no"}
    assert routing.onward_consents(VICTIM, said, rules) == (OUT_OF_SCOPE,)
    # A yes to a question that no longer applies (the crime was changed) passes nothing.
    changed = {**said, "crime": "burglary"}
    assert routing.onward_consents(VICTIM, changed, rules) == ()


def test_an_offender_enquiry_is_queued_as_offender_initiated() -> None:
    talk = offender_to_summary(Talk())
    intro = STEPS["o.intro"].prompt
    for point in (
        "led by the needs of the person you harmed",
        "may say no",
        "accept responsibility",
        "does not change a sentence",
        "never a way to contact",
    ):
        assert point in intro
    assert talk.state.step == "o.summary"
    talk.press("Send my referral")
    draft = submitted(talk).draft
    assert draft.kind == "offender"
    assert draft.priority == "standard"
    assert draft.stage == "probation"
    assert draft.details["worker"] == "Pat Smith, Northtown probation office"


def test_an_offender_who_denies_harm_is_told_why_and_nothing_kept() -> None:
    talk = Talk()
    talk.start()
    talk.press("I caused harm: can I take part?")
    talk.press("I understand, go on")
    talk.press("Yes, I agree")
    talk.press("Yes")  # 18+
    talk.press("No")
    assert "accepts responsibility" in talk.text
    assert talk.state.answers == {} and talk.effects == []


def test_an_offender_is_asked_consent_before_any_question() -> None:
    talk = Talk()
    talk.start()
    talk.press("I caused harm: can I take part?")
    talk.press("I understand, go on")
    assert talk.state.step == "o.consent"
    talk.press("Yes, I agree")
    assert talk.state.step == "o.age"


def test_where_the_offender_must_have_admitted_the_crime_partly_is_not_asked() -> None:
    # Seed 004 2.2.2: "the offender must have admitted the crime".
    talk = Talk().with_rules(admission=Admission.ADMITTED)
    talk.start()
    talk.press("I caused harm: can I take part?")
    talk.press("I understand, go on")
    talk.press("Yes, I agree")
    talk.press("Yes")  # 18+
    assert talk.state.step == "o.admitted"
    assert "Partly" not in talk.labels()
    talk.press("No")
    assert "has admitted the offence" in talk.text
    assert talk.state.answers == {} and talk.effects == []


def test_topics_are_reachable_and_lead_back() -> None:
    talk = Talk()
    talk.start()
    talk.press("What is restorative justice?")
    titles = [t.title for t in content.TOPICS]
    assert talk.labels()[: len(titles)] == titles
    for topic in content.TOPICS:
        talk.press(topic.title)
        assert talk.replies[-1].text.startswith(topic.body)
        if topic.id != "privacy":
            assert talk.replies[-1].text == topic.body
        talk.press("More questions")


def test_old_menu_buttons_keep_working() -> None:
    talk = Talk()
    talk.start()
    first_menu = talk.replies
    talk.press("Other support")
    talk.replies = first_menu
    talk.press("Privacy")
    assert talk.replies[-1].text.startswith(STEPS["topic.privacy"].prompt)


def test_unknown_saved_step_starts_afresh() -> None:
    talk = Talk()
    talk.state = State.from_json('{"step": "v.removed_question", "answers": {"name": "x"}}')
    talk.type("hello")
    assert talk.state.step == "menu" and talk.state.answers == {}
    assert State.from_json("not json") == State()


def test_state_survives_a_json_round_trip() -> None:
    talk = victim_to_summary(Talk())
    assert State.from_json(talk.state.to_json()) == talk.state


def test_every_choice_of_every_step_is_handled() -> None:
    """Press each button of each screen from a fresh state there: never a crash."""
    for channel in ("telegram", "terminal"):
        for step_id in STEPS:
            talk = Talk(channel=channel)
            talk.state = State(step=step_id, answers={"consent": "agree", "contact": ["phone"]})
            talk.type("")
            for row in talk.replies[-1].buttons:
                for button in row:
                    assert len(button.data.encode()) <= 64
                    probe = Talk(channel=channel)
                    probe.state = talk.state
                    replies = probe.send(Press(button.data))
                    assert replies or probe.effects, f"{button.data} did nothing"
                    assert all(len(r.text) <= 4096 for r in replies)


def test_reference_and_names_are_isolated_for_right_to_left_text() -> None:
    talk = Talk()
    talk.send(Submitted("RJ-ABCD-EFGH", datetime(2025, 12, 30, 17, tzinfo=UTC), "standard"))
    assert "\u2068RJ-ABCD-EFGH\u2069" in talk.text


def test_without_a_catalog_the_date_is_in_english_like_the_sentence() -> None:
    talk = Talk()
    talk.state = State(language="de")  # no German catalog
    talk.send(Submitted("RJ-ABCD-EFGH", datetime(2025, 12, 30, 17, tzinfo=UTC), "standard"))
    assert "Tuesday, 30 December 2025" in talk.text


def test_another_language_asks_which_and_keeps_it_with_the_interpreter_need() -> None:
    talk = Talk()
    talk.state = State(step="v.language", answers={"consent": "agree"})
    labels = talk.command("help") and talk.labels()
    for name in ("Polski", "Română", "ਪੰਜਾਬੀ", "اردو", "Português", "Another language"):
        assert name in labels
    talk.press("Another language")
    assert talk.state.step == "v.language_other"
    talk.type("Tigrinya")
    assert talk.state.answers["language_other"] == "Tigrinya"
    assert talk.state.step == "v.interpreter"
    talk.press("Yes")
    assert talk.state.answers["interpreter"] == "yes"


def test_convicted_awaiting_sentence_asks_for_a_date_still_to_come() -> None:
    talk = Talk()  # today is 19 December 2025
    talk.state = State(step="v.stage", answers={"consent": "agree", "police": "yes"})
    talk.press("Convicted, waiting for sentence")
    assert talk.state.step == "v.sentence_date"
    talk.type("01/12/2025")
    assert "already passed" in talk.text and talk.state.step == "v.sentence_date"
    talk.type("23/01/2026")
    assert talk.state.answers["sentence_date"] == "2026-01-23"
    later = Talk()
    later.state = State(step="v.stage", answers={"consent": "agree", "police": "yes"})
    later.press("Waiting for court")
    assert later.state.step == "v.known", "no date asked for other stages"


def test_where_each_party_lives_and_their_own_words_are_asked_and_kept() -> None:
    talk = Talk()
    talk.state = State(step="v.area", answers={"consent": "agree", "known": "yes"})
    talk.press("Northtown")
    assert talk.state.step == "v.lives"
    talk.press("Somewhere else")
    assert talk.state.step == "v.other_lives"
    talk.press("Southville")
    assert talk.state.answers["lives"] == "other"
    assert talk.state.answers["other_lives"] == "south"
    talk.state, talk.replies = State(step="v.heard", answers=dict(talk.state.answers)), ()
    talk.press("Skip")
    assert talk.state.step == "v.story" and "Only your facilitator" in talk.text
    talk.type("They broke in while we were away.")
    talk.type("To know why it happened.")
    assert talk.state.answers["story"] == "They broke in while we were away."
    assert talk.state.answers["hopes"] == "To know why it happened."


def test_the_privacy_notice_names_who_how_long_the_ico_and_what_the_app_keeps() -> None:
    talk = Talk().with_rules(
        controller="Northtown Constabulary", privacy_contact="01234 567890", retention_days=400
    )
    talk.start()
    talk.press("Privacy")
    text = talk.text
    assert "Responsible for your data: Northtown Constabulary" in text
    assert "To ask about it: 01234 567890" in text
    assert "400 days after your case closes" in text
    assert "Information Commissioner's Office (ICO): ico.org.uk or 0303 123 1113" in text
    assert "keeps its own copy of this chat" in text
    unnamed = Talk()
    unnamed.start()
    unnamed.press("Privacy")
    assert "Responsible for your data: Test RJ Service. To ask about it: ask your facilitator" in (
        unnamed.text
    )
    assert len(text) <= 4096
