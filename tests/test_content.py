"""What the bot says at length: complete, accurate to the seeds, plain, short enough for a phone.

The facts checked here come from ``shared/domain.md`` and the seed papers (mainly 002, the
West Midlands service specification, and 004, West Yorkshire). The negative tests guard the
promises the seeds do not support: a meeting, a time for it, a change to a sentence.
"""

from __future__ import annotations

import dataclasses
import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file

from dialogues import content
from dialogues.flows import STEPS

# The topics the brief requires, in the order they are offered.
REQUIRED_TOPICS = (
    "what",
    "forms",
    "when",
    "who",
    "safe",
    "rights",
    "after",
    "offender",
    "privacy",
)
CONSTANTS = {
    "WELCOME": content.WELCOME,
    "VICTIM_CONSENT": content.VICTIM_CONSENT,
    "OFFENDER_INTRO": content.OFFENDER_INTRO,
    "OFFENDER_CONSENT": content.OFFENDER_CONSENT,
    "CONSENT_DECLINED": content.CONSENT_DECLINED,
    "HELP": content.HELP,
    "CRISIS": content.CRISIS,
    "WITHDRAW": content.WITHDRAW,
}
LONG_TEXTS = {**CONSTANTS, **{f"topic {t.id}": t.body for t in content.TOPICS}}
# Every string the module marks for translation: long texts and button labels.
ALL_STRINGS = {**LONG_TEXTS, **{f"title {t.id}": t.title for t in content.TOPICS}}
# What the engine fills in (dialogues.engine: Engine._fill) and which texts may use it.
PLACEHOLDERS = {
    "WELCOME": {"service"},
    "CONSENT_DECLINED": {"support"},
    "CRISIS": {"support"},
}
ENGINE_VALUES = {"service": "X", "support": "• Helpline: 0800", "young_support": "• Y: 0"}
TOPIC = {t.id: t for t in content.TOPICS}


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def lower(text: str) -> str:
    """Lower case with typographic apostrophes made plain, for phrase checks."""
    return text.lower().replace("\u2019", "'")


# -- structure -----------------------------------------------------------------


def test_the_required_topics_are_there_in_order() -> None:
    ids = [t.id for t in content.TOPICS]
    assert len(ids) >= 8
    assert [i for i in ids if i in REQUIRED_TOPICS] == list(REQUIRED_TOPICS)


def test_topic_ids_are_unique_short_ascii() -> None:
    ids = [t.id for t in content.TOPICS]
    assert len(ids) == len(set(ids))
    for topic_id in ids:
        assert topic_id.isascii(), topic_id
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,11}", topic_id), topic_id
        # Ids travel in button data as "topic.<id>" and "<step>|<id>".
        assert "|" not in topic_id and "." not in topic_id


def test_titles_fit_a_button_and_are_unique() -> None:
    titles = [t.title for t in content.TOPICS]
    assert len(titles) == len(set(titles))
    for title in titles:
        assert 0 < len(title) <= 30, title
        assert title == title.strip() and "\n" not in title


def test_topics_are_immutable() -> None:
    topic = content.TOPICS[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        topic.body = "changed"  # type: ignore[misc]


def test_consent_version_is_a_dated_version() -> None:
    assert re.fullmatch(r"\d{4}-\d{2}-v\d+", content.CONSENT_VERSION)


# -- fit for a phone, plain text -----------------------------------------------


@pytest.mark.parametrize("name", sorted(LONG_TEXTS))
def test_each_text_fits_one_phone_screen(name: str) -> None:
    text = LONG_TEXTS[name]
    assert text.strip(), "not empty"
    assert len(text) <= 900, len(text)
    assert text == text.strip(), "no leading or trailing blank space"
    assert "\n\n\n" not in text, "at most one blank line at a time"


@pytest.mark.parametrize("name", sorted(ALL_STRINGS))
def test_plain_text_no_markup(name: str) -> None:
    text = ALL_STRINGS[name]
    assert not re.search(r"[*_`<>]|\[[^\]]*\]\(", text), "no Markdown or HTML"
    assert not re.search(r"(?m)^\s*(#|-\s|\+\s)", text), "bullets are '• ', no headings"
    assert "  " not in text and "\t" not in text
    assert not re.search(r"(?m) $", text), "no trailing spaces on a line"


@pytest.mark.parametrize("name", sorted(LONG_TEXTS))
def test_short_sentences(name: str) -> None:
    """A rough reading-age guard: short sentences, in plain words."""
    sentences = [s.split() for s in re.split(r"[.?!:\n]+", LONG_TEXTS[name]) if s.strip()]
    longest = max(len(s) for s in sentences)
    average = sum(len(s) for s in sentences) / len(sentences)
    assert longest <= 25, f"a sentence of {longest} words"
    assert average <= 14, f"{average:.1f} words a sentence on average"


def test_facilitator_is_explained_where_a_person_may_read_it_first() -> None:
    first_reads = {f"topic {t.id}": t.body for t in content.TOPICS}
    first_reads["VICTIM_CONSENT"] = content.VICTIM_CONSENT
    first_reads["OFFENDER_INTRO"] = content.OFFENDER_INTRO
    for name, text in first_reads.items():
        if "facilitator" in text:
            assert "person who runs the process" in text, name
            assert "trained" in text, name


# -- translation and formatting -------------------------------------------------


def test_every_string_is_marked_with_a_translator_comment() -> None:
    source = Path(content.__file__)
    extracted = {
        message: comments
        for _, message, comments, _ in extract_from_file(
            "python", str(source), keywords={"N_": None}, comment_tags=("Translators:",)
        )
    }
    for name, text in ALL_STRINGS.items():
        assert text in extracted, f"{name} is not wrapped in N_()"
        assert extracted[text], f"{name} has no '# Translators:' comment"
    assert content.CONSENT_VERSION not in extracted, "the version is not translated"


def test_welcome_names_the_service() -> None:
    assert fields(content.WELCOME) == {"service"}
    welcome = content.WELCOME.format(service="X Restorative Justice")
    assert "X Restorative Justice" in welcome
    assert "{" not in welcome and "}" not in welcome


@pytest.mark.parametrize("name", sorted(LONG_TEXTS))
def test_only_the_engines_placeholders_and_no_stray_braces(name: str) -> None:
    text = LONG_TEXTS[name]
    allowed = PLACEHOLDERS.get(name, set())
    assert fields(text) == allowed
    # Every brace is part of a placeholder, so the engine's format_map never fails.
    bare = text
    for field in allowed:
        bare = bare.replace("{" + field + "}", "")
    assert "{" not in bare and "}" not in bare
    filled = text.format_map(ENGINE_VALUES)
    assert "{" not in filled and "}" not in filled
    if not allowed:
        assert filled == text, "formatting leaves a text without placeholders unchanged"


def test_titles_have_no_braces() -> None:
    for topic in content.TOPICS:
        assert "{" not in topic.title and "}" not in topic.title


# -- consent: the minimum the seeds require, before any personal question ------


@pytest.mark.parametrize("name", ["VICTIM_CONSENT", "OFFENDER_CONSENT"])
def test_consent_states_the_minimum_then_asks(name: str) -> None:
    text = lower(CONSTANTS[name])
    for point in (
        "free",
        "confidential",
        "your choice",
        "stop",
        "/withdraw",
        "residence status",
        "nationality",
        "other support",
        "kept securely",
        "trained staff",
    ):
        assert point in text, point
    assert "we will ask" in text, "says what will be asked"
    last = text.strip().splitlines()[-1]
    assert last == "do you agree to us keeping your answers so a facilitator can contact you?"


def test_victim_consent_says_no_police_report_is_needed() -> None:
    text = lower(content.VICTIM_CONSENT)
    assert "do not need to have reported" in text and "police" in text
    assert "what happened" in text and "contact you safely" in text


def test_offender_consent_says_the_person_harmed_decides_too() -> None:
    text = lower(content.OFFENDER_CONSENT)
    assert "decides with the person you harmed whether anything goes ahead" in text


def test_consent_declined_is_kind_and_lists_support() -> None:
    text = content.CONSENT_DECLINED
    assert "Nothing has been saved" in text  # also checked by the Rasa and terminal tests
    assert "come back" in text.lower()
    assert text.rstrip().endswith("{support}"), "the helplines are listed below"


def test_offender_intro_frames_the_points_before_going_on() -> None:
    text = lower(content.OFFENDER_INTRO)
    assert text.startswith("before you go on")
    for point in (
        "led by the needs of the person you harmed",
        "may say no",
        "accept responsibility",
        "does not change a sentence",
        "never a way to contact",
    ):
        assert point in text, point


def test_welcome_is_a_safe_first_message() -> None:
    text = lower(content.WELCOME)
    for point in ("harmed by crime", "caused harm", "if everyone wants to", "free", "confidential"):
        assert point in text, point
    assert "if you are in danger now, call 999." in text
    assert "choose an option below" in text


def test_help_names_every_command() -> None:
    for command in ("/cancel", "/back", "/help", "/privacy", "/start", "/withdraw"):
        assert re.search(rf"{command}\b", content.HELP), command
    assert "deletes what you have typed" in content.HELP


# -- the topics say what the seeds say -------------------------------------------


@pytest.mark.parametrize(
    ("topic_id", "points"),
    [
        ("what", ("communicate", "both ways", "put right", "move forward")),
        (
            "forms",
            (
                "restorative conference",
                "support you",
                "community conference",
                "shuttle mediation",
                "letters",
                "recorded interviews",
                "video",
                "do not have to meet",
            ),
        ),
        (
            "when",
            (
                "any stage",
                "no further action",
                "community resolution",
                "conditional caution",
                "before sentencing",
                "in prison or in the community",
                "after the sentence has ended",
                "no time limit",
                "when you were a child",
            ),
        ),
        (
            "who",
            (
                "at least some responsibility",
                "you both want",
                "safe",
                "18",
                "youth offending team",
                "anti-social behaviour",
            ),
        ),
        ("safe", ("trained", "prepare", "risks", "change your mind", "unless you agree", "999")),
        (
            "rights",
            (
                "free",
                "confidential",
                "your choice",
                "police",
                "residence status",
                "citizenship",
                "nationality",
                "other support",
                "interpreter",
            ),
        ),
        (
            "after",
            (
                "reference number",
                "in the ways and at the times you chose",
                "what you need",
                "you decide at every step",
                "stop at any time",
            ),
        ),
        (
            "offender",
            (
                "led by the needs of the person you harmed",
                "may say no",
                "accept responsibility",
                "does not change a sentence",
                "never a way to contact",
            ),
        ),
        (
            "privacy",
            (
                "what we keep",
                "consent",
                "only to offer restorative justice",
                "do not name you",
                "trained staff",
                "support you agree to",
                "emergency",
                "keep someone safe",
                "case closes",
                "retention period",
                "/withdraw",
                "see what we hold",
                "delete chat",
                "auto-delete",
            ),
        ),
    ],
)
def test_topic_says_what_the_seeds_say(topic_id: str, points: tuple[str, ...]) -> None:
    body = lower(TOPIC[topic_id].body)
    for point in points:
        assert point in body, point


def test_the_facilitator_decides_with_the_person_not_for_them() -> None:
    for topic_id in ("what", "after"):
        assert "decide" in TOPIC[topic_id].body and "with you" in TOPIC[topic_id].body


# Promises no seed supports: a meeting, a time for it, an outcome of a sentence.
UNSUPPORTED_PROMISES = [
    r"\byou will meet\b",
    r"\bwill meet\b",
    r"\bguarantee",
    r"\bpromise",
    r"\bwithin \d+",
    r"\b\d+ (working )?(days|hours|weeks)\b",
    r"\blighter\b",
    r"\breduce[sd]? (your|a|the) sentence",
    r"\bshorter sentence",
    r"\bwill (say sorry|apologi[sz]e)",
    r"\bmust (meet|take part)",
]


@pytest.mark.parametrize("name", sorted(LONG_TEXTS))
def test_no_unsupported_promise(name: str) -> None:
    text = lower(LONG_TEXTS[name])
    for pattern in UNSUPPORTED_PROMISES:
        assert not re.search(pattern, text), pattern


def test_victim_texts_call_the_offender_the_person_who_harmed_you() -> None:
    victim_texts = [TOPIC[i].body for i in ("what", "forms", "when", "who", "after")]
    victim_texts.append(content.VICTIM_CONSENT)
    for text in victim_texts:
        assert not re.search(r"\b(offender|perpetrator|criminal)s?\b", text.lower())


# -- what the flows build from these texts ----------------------------------------


def test_the_flows_show_these_texts() -> None:
    assert STEPS["v.consent"].prompt == content.VICTIM_CONSENT
    assert STEPS["o.consent"].prompt == content.OFFENDER_CONSENT
    assert STEPS["o.intro"].prompt == content.OFFENDER_INTRO
    for topic in content.TOPICS:
        assert STEPS[f"topic.{topic.id}"].prompt == topic.body


def test_every_prompt_fits_a_message() -> None:
    for step in STEPS.values():
        assert len(step.prompt) <= 1000, step.id
