"""What the bot says at length: complete, accurate to the brief, short enough for a phone."""

from __future__ import annotations

import re
import string

import pytest

from dialogues import content
from dialogues.flows import STEPS

REQUIRED_TOPICS = {"what", "forms", "when", "who", "safe", "rights", "after", "privacy"}
LONG_TEXTS = {
    "WELCOME": content.WELCOME,
    "VICTIM_CONSENT": content.VICTIM_CONSENT,
    "OFFENDER_INTRO": content.OFFENDER_INTRO,
    "OFFENDER_CONSENT": content.OFFENDER_CONSENT,
    "CONSENT_DECLINED": content.CONSENT_DECLINED,
    "HELP": content.HELP,
    **{f"topic {t.id}": t.body for t in content.TOPICS},
}


def test_topics_cover_what_a_person_needs_to_know() -> None:
    ids = [t.id for t in content.TOPICS]
    assert len(ids) == len(set(ids)) >= 8
    assert set(ids) >= REQUIRED_TOPICS
    for topic in content.TOPICS:
        assert re.fullmatch(r"[a-z]{1,12}", topic.id)
        assert 0 < len(topic.title) <= 30


@pytest.mark.parametrize("name", sorted(LONG_TEXTS))
def test_each_text_fits_one_phone_screen_and_is_plain(name: str) -> None:
    text = LONG_TEXTS[name]
    assert 0 < len(text) <= 900
    assert not re.search(r"[*_`<>]", text), "plain text: no Markdown or HTML"


@pytest.mark.parametrize("name", sorted(LONG_TEXTS))
def test_only_known_placeholders(name: str) -> None:
    fields = {f for _, f, _, _ in string.Formatter().parse(LONG_TEXTS[name]) if f is not None}
    assert fields <= {"service", "support"}


@pytest.mark.parametrize("text", [content.VICTIM_CONSENT, content.OFFENDER_CONSENT])
def test_consent_states_the_minimum_before_asking(text: str) -> None:
    lower = text.lower()
    for point in ("free", "confidential", "stop", "withdraw", "trained staff"):
        assert point in lower, point
    assert lower.rstrip().endswith("?"), "it ends by asking for agreement"


def test_victim_consent_says_what_the_brief_requires() -> None:
    lower = content.VICTIM_CONSENT.lower()
    for point in ("police", "residence status", "other support is not affected"):
        assert point in lower, point


def test_topics_say_what_the_brief_says() -> None:
    bodies = {t.id: t.body.lower() for t in content.TOPICS}
    for form in ("meeting", "community conference", "shuttle mediation", "letters", "video"):
        assert form in bodies["forms"]
    assert "no time limit" in bodies["when"]
    assert "accepts at least some responsibility" in bodies["who"]
    assert "stop" in bodies["safe"] and "risk" in bodies["safe"]
    assert "free" in bodies["rights"] and "nationality" in bodies["rights"]
    assert "delete chat" in bodies["privacy"] and "withdraw" in bodies["privacy"]
    assert "does not change a sentence" in bodies["offender"]


def test_every_prompt_fits_a_message() -> None:
    for step in STEPS.values():
        assert len(step.prompt) <= 1000, step.id
