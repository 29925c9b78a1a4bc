"""People type instead of pressing: "yes", "tak", "no thanks", "refer myself". Each is read
as the option it means, in the person's language, and nothing else is: a refusal is never
read as consent, and a typed answer to a question that takes words stays the answer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogues import content
from dialogues.i18n import translator
from tests.talk import Talk

CHOOSE = "Please choose one of the options below."


def at_consent(language: str = "en") -> Talk:
    talk = Talk()
    talk.start()
    talk.state = replace(talk.state, language=language)
    talk.command("help")  # the menu again, in their language
    talk.press(translator(language).gettext("I was harmed: refer myself"))
    assert talk.state.step == "v.consent"
    return talk


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "yes"),
        ("en", "Yes please"),
        ("en", "ok"),
        ("en", "yeah i agree"),
        ("pl", "tak"),
        ("cy", "ydw"),
        ("es", "sí"),
        ("ro", "da"),
        ("uk", "так"),
        ("ar", "نعم"),
        ("ur", "جی ہاں"),
        ("bn", "হ্যাঁ"),
        ("pa", "ਹਾਂ"),
        ("so", "haa"),
        ("pl", "yes"),  # English always works too
    ],
)
def test_a_typed_yes_gives_consent(language: str, words: str) -> None:
    talk = at_consent(language)
    talk.type(words)
    assert talk.state.answers.get("consent") == "agree"
    assert talk.state.step != "v.consent"


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "no"), ("en", "No thanks"), ("en", "not now"), ("pl", "nie"), ("cy", "na")],
)
def test_a_typed_no_declines_and_keeps_nothing(language: str, words: str) -> None:
    talk = at_consent(language)
    talk.type(words)
    declined = translator(language).gettext(content.CONSENT_DECLINED).split("\n")[0]
    assert declined in talk.text
    assert not talk.state.answers


@pytest.mark.parametrize(
    "words",
    ["i do not agree", "yes no", "maybe", "what does this mean", "i"],
)
def test_anything_unclear_at_consent_is_asked_again(words: str) -> None:
    talk = at_consent()
    talk.type(words)
    assert talk.state.step == "v.consent"
    assert "consent" not in talk.state.answers
    assert CHOOSE in talk.text


def test_other_options_of_a_yes_or_no_question_are_found_by_their_words() -> None:
    talk = at_consent()
    talk.type("privacy")
    assert "What we keep" in talk.text
    assert "consent" not in talk.state.answers


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("refer myself", "Before we start"),
        ("take part", "Before you go on"),
        ("restorative justice?", "What would you like to know?"),
        ("other supprot", "Victim Support"),
    ],
)
def test_the_main_menu_takes_the_words_of_an_option(words: str, shown: str) -> None:
    talk = Talk()
    talk.start()
    talk.type(words)
    assert shown in talk.text, talk.text


@pytest.mark.parametrize("words", ["the", "xyzzy", "help me with something"])
def test_words_that_fit_no_option_or_several_are_asked_again(words: str) -> None:
    talk = Talk()
    talk.start()
    before = talk.state.step
    talk.type(words)
    assert talk.state.step == before
    assert CHOOSE in talk.text


def test_a_typed_answer_is_never_taken_for_an_option() -> None:
    """At a question that takes words, words that look like an option are the answer."""
    talk = at_consent()
    talk.type("yes")
    talk.answer(story="Other support")
    assert talk.state.answers["story"] == "Other support"


def test_a_yes_or_no_question_takes_a_typed_yeah() -> None:
    talk = at_consent()
    talk.type("yes")
    assert talk.state.step == "v.age"
    talk.type("yeah")
    assert talk.state.answers["age"] == "yes"
