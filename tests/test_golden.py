"""Two conversations pinned word for word: a self-referral and an enquiry, in English.

Every other test walks the flows from data (tests/talk.py); these two keep the exact texts
and buttons a person sees, so a change of wording, order or buttons is seen here first.
"""

from __future__ import annotations

import pytest

from tests.talk import Talk

# (what the person does, every message the bot then sends, the buttons under them)
Script = list[tuple[str, str, list[str], list[list[str]]]]

SELF_REFERRAL: Script = [
    (
        "text",
        "/refer",
        [
            (
                "Before we start\n"
                "\n"
                "We will ask your name, how and when to contact you safely, and a little about "
                "what happened and what you need. This is so a facilitator (a trained person "
                "who runs the process) can contact you and check it is safe.\n"
                "\n"
                "• It is free, confidential and your choice.\n"
                "• You can stop at any time with /cancel. Later, send /withdraw to delete your "
                "answers.\n"
                "• You do not need to have reported the crime to the police.\n"
                "• It is open to you whatever your residence status or nationality.\n"
                "• Taking part does not stop you using other support services.\n"
                "• Your answers are kept securely. Only the service's trained staff see them, "
                "unless we need to keep someone safe.\n"
                "\n"
                "Do you agree to us keeping your answers so a facilitator can contact you?"
            ),
        ],
        [["Yes, I agree"], ["No, not now"], ["Tell me more about privacy"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Yes, I agree",
        [
            "Are you 18 or older?",
        ],
        [["Yes", "No"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Yes",
        [
            "What would you like us to call you? A first name or nickname is fine.",
        ],
        [["Back"], ["✕ Quick exit"]],
    ),
    (
        "text",
        "Sam",
        [
            "How is it safe for us to contact you? Choose all that are safe, then press Done.",
        ],
        [
            ["Phone call"],
            ["Text message"],
            ["Email"],
            ["Message me in this chat"],
            ["Done"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Phone call",
        [
            "How is it safe for us to contact you? Choose all that are safe, then press Done.",
        ],
        [
            ["✓ Phone call"],
            ["Text message"],
            ["Email"],
            ["Message me in this chat"],
            ["Done"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Done",
        [
            "What phone number should we use?",
        ],
        [["Back"], ["✕ Quick exit"]],
    ),
    (
        "text",
        "07123 456789",
        [
            "When is it safe to contact you? Choose one, or type what suits you.",
        ],
        [
            ["Any time"],
            ["Weekdays, 9am to 5pm"],
            ["Evenings"],
            ["Weekends"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Evenings",
        [
            "If we cannot reach you, may we leave a message?",
        ],
        [
            ["Yes, and say who you are"],
            ["Yes, but don't name the service"],
            ["No messages, please"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Yes, but don't name the service",
        [
            "What happened? Choose the closest.",
        ],
        [
            ["Violence or assault"],
            ["Burglary"],
            ["Theft or robbery"],
            ["Damage or arson"],
            ["Domestic abuse"],
            ["Sexual offence"],
            ["Hate crime"],
            ["Online crime or fraud"],
            ["Harassment or stalking"],
            ["Anti-social behaviour"],
            ["Something else"],
            ["I'd rather not say"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Burglary",
        [
            "Was any of it one of these? Choose all that apply, then press Done.",
        ],
        [
            ["Domestic abuse"],
            ["Sexual violence or abuse"],
            ["Hate crime (because of who you are)"],
            ["It happened online"],
            ["None of these"],
            ["Done"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "None of these",
        [
            "Roughly when did it happen? Choose one, or type a date.",
        ],
        [
            ["In the last month"],
            ["1 to 12 months ago"],
            ["1 to 5 years ago"],
            ["More than 5 years ago"],
            ["I'm not sure"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "1 to 12 months ago",
        [
            "Was it reported to the police? You do not need to report it to use this service.",
        ],
        [["Yes", "No", "I'm not sure"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "No",
        [
            "Do you know who harmed you?",
        ],
        [["Yes", "No", "I'm not sure"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "No",
        [
            "Which area did it happen in?",
        ],
        [["Northtown"], ["Southville"], ["Somewhere else"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Northtown",
        [
            "Which area do you live in?",
        ],
        [
            ["Northtown"],
            ["Southville"],
            ["Somewhere else"],
            ["I'd rather not say"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Northtown",
        [
            "Which language would you like us to use? You can choose one or type it.",
        ],
        [
            ["English"],
            ["Cymraeg"],
            ["Polski"],
            ["Română"],
            ["ਪੰਜਾਬੀ"],
            ["اردو"],
            ["Português"],
            ["Español"],
            ["العربية"],
            ["বাংলা"],
            ["ગુજરાતી"],
            ["Another language"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "English",
        [
            "Would you like an interpreter? It is free.",
        ],
        [["Yes", "No"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "No",
        [
            (
                "Is there anything that would make it easier for you to take part? For example "
                "large print, step-free access, or someone with you. Type it, or press Skip."
            ),
        ],
        [["Skip"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Skip",
        [
            "Do you feel at risk of harm from the person who harmed you?",
        ],
        [["Yes"], ["No"], ["I'd rather not say"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "No",
        [
            "How did you hear about us?",
        ],
        [
            ["Police"],
            ["Victim Support"],
            ["Friend or family"],
            ["Online"],
            ["Another service"],
            ["Other"],
            ["Skip"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Friend or family",
        [
            (
                "If you want, tell us what happened, in your own words. Only your facilitator "
                "will read it. Type it, or press Skip."
            ),
        ],
        [["Skip"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Skip",
        [
            "What would you hope for from restorative justice? Type it, or press Skip.",
        ],
        [["Skip"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Skip",
        [
            (
                "Please check your answers:\n"
                "\n"
                "• 18 or older: \u2068Yes\u2069\n"
                "• Name: \u2068Sam\u2069\n"
                "• Contact by: Phone call\n"
                "• Phone: \u2068+447123456789\u2069\n"
                "• Safe times: \u2068Evenings\u2069\n"
                "• Messages: \u2068Yes, but don't name the service\u2069\n"
                "• What happened: \u2068Burglary\u2069\n"
                "• Also: None of these\n"
                "• When: \u20681 to 12 months ago\u2069\n"
                "• Reported to police: \u2068No\u2069\n"
                "• Know who it was: \u2068No\u2069\n"
                "• Area: \u2068Northtown\u2069\n"
                "• Lives in: \u2068Northtown\u2069\n"
                "• Language: \u2068English\u2069\n"
                "• Interpreter: \u2068No\u2069\n"
                "• Access needs: Not given\n"
                "• Feel at risk: \u2068No\u2069\n"
                "• Heard about us: \u2068Friend or family\u2069\n"
                "• In your own words: Not given\n"
                "• Hopes: Not given"
            ),
        ],
        [["Send my referral"], ["Change an answer"], ["Stop and delete"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Send my referral",
        [],
        [],
    ),
]

ENQUIRY: Script = [
    (
        "text",
        "/enquire",
        [
            (
                "Before you go on\n"
                "\n"
                "Restorative justice is led by the needs of the person you harmed.\n"
                "• They may say no. Their choice is respected.\n"
                "• You need to accept responsibility for the harm, at least in part.\n"
                "• Taking part does not change a sentence or a court's decision already made.\n"
                "• This bot is never a way to contact the person you harmed. Please do not "
                "write messages to them here.\n"
                "• A facilitator (a trained person who runs the process) talks with you first, "
                "to understand why you want to take part."
            ),
        ],
        [["I understand, go on"], ["Main menu"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "I understand, go on",
        [
            (
                "We will ask your name, how to contact you, and a little about the offence and "
                "where you are in the justice system. This is so a facilitator can contact "
                "you.\n"
                "\n"
                "• It is free, confidential and your choice.\n"
                "• You can stop at any time with /cancel. Later, send /withdraw to delete your "
                "answers.\n"
                "• It is open to you whatever your residence status or nationality.\n"
                "• Taking part does not stop you using other support services.\n"
                "• Your answers are kept securely. Only the service's trained staff see them, "
                "unless we need to keep someone safe.\n"
                "• The service decides with the person you harmed whether anything goes "
                "ahead.\n"
                "\n"
                "Do you agree to us keeping your answers so a facilitator can contact you?"
            ),
        ],
        [
            ["Yes, I agree"],
            ["No, not now"],
            ["Tell me more about privacy"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Yes, I agree",
        [
            "Are you 18 or older?",
        ],
        [["Yes", "No"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Yes",
        [
            "Do you accept that what you did caused harm?",
        ],
        [["Yes", "Partly", "No"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Yes",
        [
            "What would you like us to call you?",
        ],
        [["Back"], ["✕ Quick exit"]],
    ),
    (
        "text",
        "Jo",
        [
            "How is it safe for us to contact you? Choose all that are safe, then press Done.",
        ],
        [
            ["Phone call"],
            ["Text message"],
            ["Email"],
            ["Message me in this chat"],
            ["Through my probation officer or prison staff"],
            ["Done"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Through my probation officer or prison staff",
        [
            "How is it safe for us to contact you? Choose all that are safe, then press Done.",
        ],
        [
            ["Phone call"],
            ["Text message"],
            ["Email"],
            ["Message me in this chat"],
            ["✓ Through my probation officer or prison staff"],
            ["Done"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Done",
        [
            "Who should we contact, and where? For example your probation officer's name.",
        ],
        [["Back"], ["✕ Quick exit"]],
    ),
    (
        "text",
        "Pat Smith, Northtown probation office",
        [
            "Where are you in the justice system now?",
        ],
        [
            ["In prison"],
            ["Community sentence"],
            ["On probation or licence"],
            ["Community resolution"],
            ["Conditional caution"],
            ["Not charged yet"],
            ["Convicted, waiting for sentence"],
            ["Sentence finished"],
            ["Something else"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "On probation or licence",
        [
            "What kind of offence was it? Choose the closest.",
        ],
        [
            ["Violence or assault"],
            ["Burglary"],
            ["Theft or robbery"],
            ["Damage or arson"],
            ["Domestic abuse"],
            ["Sexual offence"],
            ["Hate crime"],
            ["Online crime or fraud"],
            ["Harassment or stalking"],
            ["Anti-social behaviour"],
            ["Something else"],
            ["I'd rather not say"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Burglary",
        [
            "Which area did it happen in?",
        ],
        [["Northtown"], ["Southville"], ["Somewhere else"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Northtown",
        [
            "Which area do you live in?",
        ],
        [
            ["Northtown"],
            ["Southville"],
            ["Somewhere else"],
            ["I'd rather not say"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "Northtown",
        [
            "Which language would you like us to use? You can choose one or type it.",
        ],
        [
            ["English"],
            ["Cymraeg"],
            ["Polski"],
            ["Română"],
            ["ਪੰਜਾਬੀ"],
            ["اردو"],
            ["Português"],
            ["Español"],
            ["العربية"],
            ["বাংলা"],
            ["ગુજરાતી"],
            ["Another language"],
            ["Back"],
            ["✕ Quick exit"],
        ],
    ),
    (
        "press",
        "English",
        [
            "Would you like an interpreter? It is free.",
        ],
        [["Yes", "No"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "No",
        [
            (
                "Is there anything that would make it easier for you to take part? For example "
                "large print, step-free access, or someone with you. Type it, or press Skip."
            ),
        ],
        [["Skip"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Skip",
        [
            (
                "If you want, tell us what happened, in your own words. Only your facilitator "
                "will read it. Type it, or press Skip."
            ),
        ],
        [["Skip"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Skip",
        [
            "What would you hope for from restorative justice? Type it, or press Skip.",
        ],
        [["Skip"], ["Back"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Skip",
        [
            (
                "Please check your answers:\n"
                "\n"
                "• 18 or older: \u2068Yes\u2069\n"
                "• Accept causing harm: \u2068Yes\u2069\n"
                "• Name: \u2068Jo\u2069\n"
                "• Contact by: Through my probation officer or prison staff\n"
                "• Contact through: \u2068Pat Smith, Northtown probation office\u2069\n"
                "• Stage: \u2068On probation or licence\u2069\n"
                "• Offence: \u2068Burglary\u2069\n"
                "• Area: \u2068Northtown\u2069\n"
                "• Lives in: \u2068Northtown\u2069\n"
                "• Language: \u2068English\u2069\n"
                "• Interpreter: \u2068No\u2069\n"
                "• Access needs: Not given\n"
                "• In your own words: Not given\n"
                "• Hopes: Not given"
            ),
        ],
        [["Send my referral"], ["Change an answer"], ["Stop and delete"], ["✕ Quick exit"]],
    ),
    (
        "press",
        "Send my referral",
        [],
        [],
    ),
]


@pytest.mark.parametrize("script", [SELF_REFERRAL, ENQUIRY], ids=["self-referral", "enquiry"])
def test_the_words_and_buttons_are_exactly_these(script: Script) -> None:
    talk = Talk()
    talk.start()
    for kind, value, texts, buttons in script:
        if kind == "press":
            talk.press(value)
        elif value.startswith("/"):
            talk.command(value[1:])
        else:
            talk.type(value)
        assert [r.text for r in talk.replies] == texts, f"after {value!r}"
        shown = [[b.label for b in row] for r in talk.replies for row in r.buttons]
        assert shown == buttons, f"after {value!r}"
    assert len(talk.effects) == 1, "one referral, sent at the end"
