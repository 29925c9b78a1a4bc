"""The long texts the bot says: topics, consent, welcome and help.

Kept as data so a service can read and review every word. Facts come from the
commissioners' papers summarised in ``shared/domain.md``; nothing here promises
what those papers do not (a meeting, a date for it, a change to a sentence).
Plain text only: no Markdown, each text short enough for one phone screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.i18n import N_


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    body: str


# Bump when the consent wording changes: each consent record names the version it agreed to.
CONSENT_VERSION = "2026-11-v1"

TOPICS: tuple[Topic, ...] = (
    Topic(
        "what",
        # Translators: button label, at most 30 characters.
        N_("What is it?"),
        # Translators: "restorative justice" is the name of the service's work.
        N_(
            "Restorative justice brings together people harmed by crime and the people "
            "responsible, so they can communicate.\n\n"
            "It gives you a chance to say how the crime affected you, to ask questions, "
            "and to have a say in putting things right.\n\n"
            "It only happens if everyone wants it. A trained facilitator (a person who runs "
            "the process) prepares everyone and stays with you throughout."
        ),
    ),
    Topic(
        "forms",
        # Translators: button label, at most 30 characters.
        N_("What forms can it take?"),
        N_(
            "It can happen in different ways. You choose what feels right:\n"
            "• A meeting (conference) with the person responsible, led by a facilitator. "
            "You can bring someone for support.\n"
            "• A community conference, for harm to a whole community.\n"
            "• Shuttle mediation: the facilitator carries messages between you, so you never "
            "have to meet.\n"
            "• Letters, or a recorded video or interview.\n\n"
            "You do not have to meet the person responsible to take part."
        ),
    ),
    Topic(
        "when",
        # Translators: button label, at most 30 characters.
        N_("When can it happen?"),
        N_(
            "At any stage, and there is no time limit. For example:\n"
            "• when the police took no further action, but it is clear who did it\n"
            "• after a caution or community resolution\n"
            "• before sentence\n"
            "• during a prison or community sentence\n"
            "• long after the sentence has ended\n\n"
            "It can also help with crimes from many years ago, including harm suffered as a "
            "child."
        ),
    ),
    Topic(
        "who",
        # Translators: button label, at most 30 characters.
        N_("Who can take part?"),
        N_(
            "Anyone harmed by a crime can ask, whatever the crime.\n\n"
            "It only goes ahead when:\n"
            "• the person responsible accepts at least some responsibility\n"
            "• both of you want to take part\n"
            "• the facilitator is sure it is safe and right for you\n\n"
            "Some services work only with adults (18 and over). When the person responsible "
            "was under 18, the local Youth Offending Team usually runs it. Some services do "
            "not cover anti-social behaviour. If this service cannot help, we will tell you "
            "who can."
        ),
    ),
    Topic(
        "safe",
        # Translators: button label, at most 30 characters.
        N_("Is it safe?"),
        N_(
            "Your safety comes first.\n"
            "• A trained facilitator talks with you first and checks for any risks to you.\n"
            "• Nothing happens unless you agree to it.\n"
            "• You can stop, pause or change your mind at any time, without giving a reason.\n"
            "• If it would not be safe, it does not go ahead.\n\n"
            "If you are in danger now, call 999."
        ),
    ),
    Topic(
        "rights",
        # Translators: button label, at most 30 characters.
        N_("Does it cost anything?"),
        N_(
            "• It is free.\n"
            "• It is confidential.\n"
            "• It is your choice. You can withdraw at any time.\n"
            "• You do not need to have reported the crime to the police.\n"
            "• It is open to you whatever your residence status, citizenship or "
            "nationality.\n"
            "• Taking part does not stop you using other support services.\n"
            "• An interpreter is free at every stage."
        ),
    ),
    Topic(
        "after",
        # Translators: button label, at most 30 characters.
        N_("What happens after I refer?"),
        N_(
            "1. You get a reference number and the date by which we will contact you.\n"
            "2. A facilitator contacts you, only in the ways and at the times you chose.\n"
            "3. You talk about what happened, what you need, and whether restorative justice "
            "is right for you.\n"
            "4. If you want to go on, they prepare everything with you, step by step.\n\n"
            "You decide at every step. You can stop at any time."
        ),
    ),
    Topic(
        "offender",
        # Translators: button label, at most 30 characters.
        N_("I caused harm"),
        N_(
            "Restorative justice is led by the needs of the person harmed.\n"
            "• They may say no, and their choice is respected.\n"
            "• You must accept responsibility for the harm you caused.\n"
            "• It does not change a sentence or a court's decision.\n"
            "• This bot is never a way to contact the person harmed.\n\n"
            "A facilitator will talk with you first, to understand why you want to take "
            "part."
        ),
    ),
    Topic(
        "privacy",
        # Translators: button label, at most 30 characters.
        N_("Privacy"),
        N_(
            "What we keep: your answers and your consent.\n"
            "Why: only to offer restorative justice: to contact you, check your needs and "
            "safety, arrange it, and make reports to our funder that do not name you.\n"
            "Who sees it: our trained staff. We share it only for support you agree to, in "
            "an emergency, or to keep someone safe.\n"
            "How long: until your case closes, then for the service's retention period.\n"
            "You can withdraw at any time by telling your facilitator, and ask to see what "
            "we hold.\n\n"
            "If you share your phone: in Telegram, use Delete chat, or set an auto-delete "
            "timer for this chat."
        ),
    ),
)

# Translators: the first thing a person sees. {service} is the service's name.
WELCOME = N_(
    "Welcome to {service}.\n\n"
    "We help people harmed by crime, and people who caused harm, to communicate, if "
    "everyone wants to. It is free and confidential.\n\n"
    "If you are in danger now, call 999."
)

# Translators: shown before any personal question in a self-referral.
VICTIM_CONSENT = N_(
    "Before we start\n\n"
    "We will ask how to contact you safely and a little about what happened, so a "
    "facilitator can get in touch.\n"
    "• It is free, confidential and your choice.\n"
    "• You can stop now or withdraw later, at any time.\n"
    "• You do not need to have reported it to the police.\n"
    "• It is open to you whatever your residence status or nationality.\n"
    "• Your other support is not affected.\n"
    "• Only the service's trained staff will see your answers.\n\n"
    "Do you agree to us keeping your answers so a facilitator can contact you?"
)

# Translators: shown to a person who caused harm before any question.
OFFENDER_INTRO = N_(
    "Before you go on\n\n"
    "Restorative justice is led by the needs of the person you harmed.\n"
    "• They may say no, and their choice is respected.\n"
    "• You must accept responsibility for the harm you caused.\n"
    "• It does not change a sentence or a court's decision.\n"
    "• This bot is never a way to contact the person you harmed.\n\n"
    "A facilitator will talk with you first."
)

# Translators: consent for a person who caused harm.
OFFENDER_CONSENT = N_(
    "We will ask how to contact you and a little about your situation, so a facilitator "
    "can get in touch.\n"
    "• It is free, confidential and voluntary.\n"
    "• You can stop or withdraw at any time.\n"
    "• Only the service's trained staff will see your answers.\n"
    "• Nothing goes ahead unless the person harmed freely agrees and a facilitator is "
    "sure it is safe. Other support from police, probation or prison is not affected.\n\n"
    "Do you agree to us keeping your answers so a facilitator can contact you?"
)

# Translators: after a person says no to consent. {support} is a list of helplines.
CONSENT_DECLINED = N_(
    "That is fine. Nothing has been saved.\n"
    "You can come back at any time. If you would like other support, these services can "
    "help:\n{support}"
)

HELP = N_(
    "Press a button to choose, or type your answer.\n"
    "/back goes back one question.\n"
    "/cancel stops and deletes what you have typed so far.\n"
    "/privacy explains what we keep and why.\n"
    "/start shows the main menu.\n\n"
    "If you are in danger now, call 999."
)

# Translators: shown at once when someone may be in danger. {support} lists helplines.
CRISIS = N_(
    "If you are in danger now, call 999.\n"
    "If you cannot speak, call 999 from a mobile, then press 55 when asked.\n"
    "Other help, free:\n{support}\n\n"
    "You can carry on below whenever you are ready."
)

# Translators: asked before deleting a person's details (/withdraw).
WITHDRAW = N_(
    "Withdraw\n\n"
    "We will delete the details you gave us in this chat and tell the service you have "
    "withdrawn. This cannot be undone. Numbers that cannot identify you are kept for reports.\n\n"
    "Do you want to go ahead?"
)
