"""What staff read: the due-state marks and the facilitation target."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.staff.text import desk_translator
from bot.staff.views import ON_TRACK, OVERDUE, SOON, due_state, queue_text, referral_text
from dialogues.i18n import available_languages, translator
from referral_store import (
    Consent,
    DeadlinePolicy,
    Priority,
    QueueItem,
    Referral,
    ReferralKind,
    Status,
)

FRIDAY = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def case(stage: str | None) -> Referral:
    return Referral(
        reference="RJ-ABCD-EFGH",
        kind=ReferralKind.VICTIM,
        status=Status.CLAIMED,
        priority=Priority.STANDARD,
        source="police",
        area="north",
        received_at=FRIDAY,
        due_at=FRIDAY + timedelta(days=7),
        claimed_by="Ann",
        claimed_by_id=1,
        first_contact_at=None,
        channel="telegram",
        language="pl",
        interpreter=True,
        crime_category="burglary",
        markers=(),
        stage=stage,
        route="onward:yot",
        details={
            "name": "Sam",
            "contact": ["phone", "chat"],
            "access": None,
            "times": "evening",
            "lives": "north",
            "story": "They broke in while we were away.",
        },
        consent=Consent("v1", "en", FRIDAY),
    )


def test_the_case_shows_the_target_for_its_stage() -> None:
    # Seed 002 5.7: "Community Resolution (6 weeks) and Conditional Caution (16 weeks)".
    targets = DeadlinePolicy(facilitation_weeks={"conditional-caution": 16})
    text = referral_text(case("conditional-caution"), "Northtown", targets)
    assert "RJ activity target (Conditional caution): Fri 12 Mar 2027" in text
    assert "RJ activity target" not in referral_text(case("court"), None, targets)
    assert "RJ activity target" not in referral_text(
        case("conditional-caution"), None, DeadlinePolicy()
    ), "a profile without targets shows none"


def test_the_case_shows_what_a_facilitator_needs() -> None:
    text = referral_text(case(None), "Northtown", DeadlinePolicy(), areas={"north": "Northtown"})
    for line in (
        "Lives in: Northtown",
        "In their own words: They broke in while we were away.",
        "Name: Sam",
        "Contact by: Phone call, Message me in this chat",
        "Access needs: not given",
        "Safe times: Evenings",
        "interpreter needed",
        "Language: pl",
        "YOT",
        "Facilitator: Ann",
    ):
        assert line in text


def test_due_states() -> None:
    policy = DeadlinePolicy()
    assert due_state(FRIDAY - timedelta(minutes=1), FRIDAY, policy) == OVERDUE
    assert due_state(FRIDAY + timedelta(days=3), FRIDAY, policy) == SOON  # Monday
    assert due_state(FRIDAY + timedelta(days=5), FRIDAY, policy) == ON_TRACK


def test_a_welsh_facilitator_reads_the_answers_in_welsh() -> None:
    text = referral_text(case(None), "Northtown", DeadlinePolicy(), desk_translator("cy"))
    assert "Amseroedd diogel: " + translator("cy").gettext("Evenings") in text
    assert "Enw: Sam" in text


def test_a_long_queue_fits_one_telegram_message_in_every_desk_language() -> None:
    items = [
        QueueItem(
            reference=f"RJ-ABCD-{i:04d}",
            kind=ReferralKind.OFFENDER,
            status=Status.CLAIMED,
            priority=Priority.ENHANCED,
            source=None,
            area=None,
            received_at=FRIDAY,
            due_at=FRIDAY + timedelta(days=1),
            claimed_by="Annabelle-Margaret",
            claimed_by_id=1,
            first_contact_at=None,
        )
        for i in range(200)
    ]
    for language in available_languages("desk"):
        text = queue_text(items, FRIDAY, DeadlinePolicy(), desk_translator(language))
        assert len(text) <= 4096, language
        shown = len(text.splitlines()) - 2  # the title and the last line
        more = desk_translator(language).gettext("…and {count} more. Use rjbot queue for all.")
        assert text.splitlines()[-1] == more.format(count=200 - shown // 2)
