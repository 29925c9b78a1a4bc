"""The web chat's small parts: codes a person copies by hand, the browser's languages, the
form a post is read from."""

from __future__ import annotations

import pytest

from bot.web.chat import codes, forms
from bot.web.chat.language import chosen, direction, preferences
from dialogues.events import Command, Press, Start, Text
from dialogues.i18n import available_languages


def test_a_code_is_read_back_however_it_was_copied() -> None:
    code = codes.new_code()
    written = codes.shown(code)
    assert len(written) == 19 and written.count("-") == 3
    assert codes.read(written.lower()) == code
    assert codes.read(written.replace("-", " ")) == code
    assert codes.read("O1IL" + code[4:]) == "0111" + code[4:], "O, I and L read as digits"
    assert codes.read("too short") is None
    assert codes.read(code + "X") is None
    assert codes.new_code() != code


def test_the_store_sees_a_hash_of_the_code_never_the_code() -> None:
    code = codes.new_code()
    key = codes.key_for(code)
    assert key.startswith("web:") and code not in key
    assert key == codes.key_for(code)


def test_the_browsers_languages_are_read_in_order_of_preference() -> None:
    assert preferences("fr;q=0.2, ar-EG, cy;q=0.8, *;q=0.1, de;q=0") == ["ar-EG", "cy", "fr"]
    assert preferences("en;q=nonsense, pl") == ["pl"]
    assert chosen(None, "fr, de-DE;q=0.9, ro;q=0.5") == "ro", "the first one offered"
    assert chosen(None, "en-GB, ar;q=0.5") == "en", "English, when asked for first"
    assert chosen("xx", "uk") == "uk", "an unknown choice falls back to the browser's"
    assert chosen(None, None) == "en"


@pytest.mark.parametrize("language", available_languages())
def test_arabic_and_urdu_read_right_to_left_and_the_rest_left_to_right(language: str) -> None:
    assert direction(language) == ("rtl" if language in ("ar", "ur") else "ltr")


def test_a_post_is_read_as_the_event_it_means() -> None:
    assert forms.event_of({"press": "v.age|yes"}) == Press("v.age|yes")
    assert forms.event_of({"answer": " Sam "}) == Text(" Sam ")
    assert forms.event_of({"answer": "/back"}) == Command("back")
    assert forms.event_of({"answer": "/start"}) == Start()
    assert forms.event_of({"answer": "/ not a command"}) == Text("/ not a command")
    assert forms.event_of({"press": "x" * 65}) is None, "no press id is that long"
    assert forms.event_of({"press": "menu|about", "website": "spam"}) is None
    assert forms.event_of({}) is None
    long = forms.event_of({"answer": "a" * 10_000})
    assert isinstance(long, Text) and len(long.text) == forms.MAX_ANSWER
