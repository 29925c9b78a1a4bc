"""The long texts the bot says: topics, consent, welcome and help.

Kept as data so a service can read and review every word. Facts come from the
commissioners' papers summarised in ``shared/domain.md`` (mainly seed 002, the West
Midlands service specification, and seed 004, West Yorkshire); nothing here promises
what those papers do not (a meeting, a date for it, a change to a sentence).

Rules for every text:
- plain text only (no Markdown or HTML); "• " starts a bullet line;
- short enough for one phone screen (at most 900 characters);
- plain words, short sentences; jargon is explained where it is used;
- placeholders are filled by the engine: ``{service}`` (the service's name) and
  ``{support}`` (the profile's helplines) only; no other braces.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogues.i18n import N_


@dataclass(frozen=True)
class Topic:
    """One explanation, reached from the "What would you like to know?" menu."""

    id: str  # short stable ASCII id, at most 12 characters; used in button data
    title: str  # button label, at most 30 characters
    body: str  # the explanation, plain text, at most 900 characters


# Bump when the consent wording changes: each consent record names the version it agreed to.
CONSENT_VERSION = "2026-11-v1"

TOPICS: tuple[Topic, ...] = (
    Topic(
        id="what",
        # Translators: button label, at most 30 characters. "It" is restorative justice.
        title=N_("What is it?"),
        # Translators: what restorative justice is. "Restorative justice" is the name of the
        # service's work: use the usual term in your language if there is one. A
        # "facilitator" is the trained person who runs the process.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "Restorative justice gives people harmed by crime a way to communicate with "
            "the person who harmed them.\n\n"
            "It can help you to:\n"
            "• say how the crime affected you\n"
            "• ask the questions you have\n"
            "• have a say in how the harm can be put right\n"
            "• find a way to move forward\n\n"
            "The communication goes both ways. It can be face to face, or through messages, "
            "letters or video.\n\n"
            "It only happens if everyone wants it. A facilitator (a trained person who runs "
            "the process) prepares everyone. They decide with you if it is safe and right."
        ),
    ),
    Topic(
        id="forms",
        # Translators: button label, at most 30 characters.
        title=N_("What forms can it take?"),
        # Translators: the ways restorative justice can happen. "Conference" means a
        # meeting; "shuttle mediation" means messages carried between two people.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "It can happen in different ways:\n"
            "• Restorative conference: a meeting with the person who harmed you, led by a "
            "facilitator (a trained person who runs the process). You can bring someone "
            "to support you.\n"
            "• Community conference: a meeting for a crime that affected a community. "
            "People from the community meet some or all of those who did it.\n"
            "• Shuttle mediation: the facilitator carries messages between you, so you do "
            "not meet.\n"
            "• Letters, recorded interviews or video, arranged by the facilitator.\n\n"
            "You do not have to meet the person who harmed you. You and the facilitator "
            "decide together which way is right and safe for you."
        ),
    ),
    Topic(
        id="when",
        # Translators: button label, at most 30 characters.
        title=N_("When can it happen?"),
        # Translators: the stages of the justice system in England and Wales. "Community
        # resolution" and "conditional caution" are police outcomes given without a court.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "It can happen at any stage of the justice system. For example:\n"
            "• when the police took no further action, but it is clear who was harmed and "
            "who did it\n"
            "• after a police outcome without court, such as a community resolution or a "
            "conditional caution\n"
            "• before sentencing, if it is suitable\n"
            "• while the person who harmed you is serving a sentence, in prison or in the "
            "community\n"
            "• after the sentence has ended\n\n"
            "There is no time limit. It can be about a crime from many years ago, even one "
            "that happened when you were a child."
        ),
    ),
    Topic(
        id="who",
        # Translators: button label, at most 30 characters.
        title=N_("Who can take part?"),
        # Translators: who can take part and when it cannot go ahead. A "Youth Offending
        # Team" is a local team that works with young people who commit crime.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "People harmed by crime can ask. The type of crime alone does not rule anyone "
            "out.\n\n"
            "It only goes ahead if:\n"
            "• the person who harmed you accepts at least some responsibility\n"
            "• you both want to take part\n"
            "• a facilitator (a trained person who runs the process) checks it is safe and "
            "right for you\n\n"
            "Some services only work with adults (18 and over). Some do not cover "
            "anti-social behaviour.\n\n"
            "If the person who harmed you was under 18, the local Youth Offending Team "
            "(YOT) usually offers it.\n\n"
            "If we cannot help, we will tell you where you can get help."
        ),
    ),
    Topic(
        id="safe",
        # Translators: button label, at most 30 characters.
        title=N_("Is it safe?"),
        # Translators: how people are kept safe. Keep "call 999" (the UK emergency number).
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "Your safety comes first.\n"
            "• A trained facilitator (the person who runs the process) talks with you "
            "first and helps you prepare.\n"
            "• They check for risks to you and to everyone taking part.\n"
            "• Sensitive cases, like domestic abuse or sexual violence, go to facilitators "
            "with extra training.\n"
            "• Nothing happens unless you agree.\n"
            "• You can stop or change your mind at any time.\n"
            "• If it is not safe, it does not go ahead.\n\n"
            "If you are in danger now, call 999."
        ),
    ),
    Topic(
        id="rights",
        # Translators: button label, at most 30 characters.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        title=N_("Is it free? Your rights"),
        # Translators: the person's rights. "Residence status" means their immigration
        # status (for example, whether they have a visa).
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "• It is free.\n"
            "• It is confidential. We keep what you tell us private, unless we need to keep "
            "someone safe.\n"
            "• It is your choice. No one should pressure you. You can stop at any time.\n"
            "• You do not need to have reported the crime to the police.\n"
            "• It is open to you whatever your residence status, citizenship or "
            "nationality.\n"
            "• Taking part does not stop you using other support services.\n"
            "• You can have an interpreter at every stage.\n"
            "• Tell us about a disability or other needs, so we can make it easier for you "
            "to take part."
        ),
    ),
    Topic(
        id="after",
        # Translators: button label, at most 30 characters. "Refer" means asking the
        # service for help by sending your details.
        # The reader's own words; no gendered forms (docs/languages.md).
        title=N_("What happens after I refer?"),
        # Translators: what happens after a person sends their referral.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "1. You get a reference number, and the date by which a facilitator (a trained "
            "person who runs the process) will contact you.\n"
            "2. They contact you by that date, only in the ways and at the times you "
            "chose.\n"
            "3. You talk about what happened, what you need, and if restorative justice is "
            "right for you. There is no pressure.\n"
            "4. Only if you want to go on, they also talk with the person who harmed you, "
            "to see if they are willing.\n"
            "5. The facilitator decides with you if it is safe and right to go ahead.\n\n"
            "You decide at every step. You can stop at any time."
        ),
    ),
    Topic(
        id="offender",
        # Translators: button label, at most 30 characters, for a person who committed a
        # crime and wants to take part.
        # The reader's own words; no gendered forms (docs/languages.md).
        title=N_("I caused harm"),
        # Translators: for a person who caused harm. Keep it respectful and neutral.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "Restorative justice is led by the needs of the person you harmed.\n"
            "• They may say no. Their choice is respected.\n"
            "• You need to accept responsibility for the harm, at least in part.\n"
            "• Taking part does not change a sentence or a court's decision already made.\n"
            "• This bot is never a way to contact the person you harmed. Please do not "
            "write messages to them here.\n"
            "• A facilitator (a trained person who runs the process) talks with you first, "
            "to understand why you want to take part.\n\n"
            "It is free and confidential, and it is your choice."
        ),
    ),
    Topic(
        id="privacy",
        # Translators: button label, at most 30 characters.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        title=N_("Privacy: your information"),
        # Translators: the privacy notice. Keep the commands /withdraw as they are. "Delete
        # chat" and "auto-delete" are Telegram's own menu items: use Telegram's wording in
        # your language.
        # Speaks to the reader; no gendered forms (docs/languages.md).
        body=N_(
            "What we keep: what you tell us, and your consent.\n"
            "Why: only to offer restorative justice. We use it to contact you, check what "
            "you need and that it is safe, arrange it, and report on it. Reports to our "
            "funder do not name you.\n"
            "Who sees it: the service's trained staff. We only share it for support you "
            "agree to, in an emergency, or to keep someone safe.\n"
            "How long: until your case closes, then for a set time (the service's "
            "retention period). Then it is deleted.\n"
            "Your choice: send /withdraw, or tell your facilitator (the trained person who "
            "runs the process), to delete your details. You can ask to see what we hold.\n\n"
            "Sharing a phone? In Telegram you can use Delete chat, or turn on auto-delete "
            "for this chat."
        ),
    ),
)

# Translators: shown under the privacy notice, filled from the service's settings:
# {controller} is an organisation's name, {privacy_contact} how to reach it, {retention_days}
# a number of days. Keep "ico.org.uk" and "0303 123 1113" (the ICO's website and helpline).
# Speaks to the reader; no gendered forms (docs/languages.md).
PRIVACY_DETAILS = N_(
    "Responsible for your data: {controller}. To ask about it: {privacy_contact}.\n"
    "We delete your details {retention_days} days after your case closes. Counts without "
    "names are kept.\n"
    "You can complain to the Information Commissioner's Office (ICO): ico.org.uk or "
    "0303 123 1113.\n"
    "The chat app you use (such as Telegram) keeps its own copy of this chat, under its own "
    "rules. Deleting the chat in the app removes it from your phone."
)
# Translators: fills {privacy_contact} where the service gives no other way to ask.
# Speaks to the reader; no gendered forms (docs/languages.md).
ASK_FACILITATOR = N_("ask your facilitator")

# Translators: the first message after /start. {service} is the service's name: keep it
# as it is. Keep "call 999" (the UK emergency number).
# Speaks to the reader; no gendered forms (docs/languages.md).
WELCOME = N_(
    "Hello. You are chatting with {service}.\n\n"
    "We can help people harmed by crime, and people who caused harm, to communicate, if "
    "everyone wants to. This is called restorative justice.\n\n"
    "It is free and confidential.\n\n"
    "If you are in danger now, call 999.\n\n"
    "Choose an option below."
)

# Translators: shown before any personal question in a self-referral by a person harmed by
# crime. Buttons follow: "Yes, I agree", "No, not now", "Tell me more about privacy".
# Keep the commands /cancel and /withdraw as they are.
# Speaks to the reader; no gendered forms (docs/languages.md).
VICTIM_CONSENT = N_(
    "Before we start\n\n"
    "We will ask your name, how and when to contact you safely, and a little about what "
    "happened and what you need. This is so a facilitator (a trained person who runs the "
    "process) can contact you and check it is safe.\n\n"
    "• It is free, confidential and your choice.\n"
    "• You can stop at any time with /cancel. Later, send /withdraw to delete your "
    "answers.\n"
    "• You do not need to have reported the crime to the police.\n"
    "• It is open to you whatever your residence status or nationality.\n"
    "• Taking part does not stop you using other support services.\n"
    "• Your answers are kept securely. Only the service's trained staff see them, unless "
    "we need to keep someone safe.\n\n"
    "Do you agree to us keeping your answers so a facilitator can contact you?"
)

# Translators: shown to a person who caused harm before any question. Keep it respectful
# and neutral.
# Speaks to the reader; no gendered forms (docs/languages.md).
OFFENDER_INTRO = N_(
    "Before you go on\n\n"
    "Restorative justice is led by the needs of the person you harmed.\n"
    "• They may say no. Their choice is respected.\n"
    "• You need to accept responsibility for the harm, at least in part.\n"
    "• Taking part does not change a sentence or a court's decision already made.\n"
    "• This bot is never a way to contact the person you harmed. Please do not write "
    "messages to them here.\n"
    "• A facilitator (a trained person who runs the process) talks with you first, to "
    "understand why you want to take part."
)

# Translators: consent for a person who caused harm, before any personal question. Buttons
# follow: "Yes, I agree", "No, not now", "Tell me more about privacy". Keep the commands
# /cancel and /withdraw as they are.
# Speaks to the reader; no gendered forms (docs/languages.md).
OFFENDER_CONSENT = N_(
    "We will ask your name, how to contact you, and a little about the offence and where "
    "you are in the justice system. This is so a facilitator can contact you.\n\n"
    "• It is free, confidential and your choice.\n"
    "• You can stop at any time with /cancel. Later, send /withdraw to delete your "
    "answers.\n"
    "• It is open to you whatever your residence status or nationality.\n"
    "• Taking part does not stop you using other support services.\n"
    "• Your answers are kept securely. Only the service's trained staff see them, unless "
    "we need to keep someone safe.\n"
    "• The service decides with the person you harmed whether anything goes ahead.\n\n"
    "Do you agree to us keeping your answers so a facilitator can contact you?"
)

# Translators: after a person says no to consent. {support} is replaced by a list of
# helplines, one a line: keep it as it is, on its own line.
# Speaks to the reader; no gendered forms (docs/languages.md).
CONSENT_DECLINED = N_(
    "That is fine. Nothing has been saved.\n\n"
    "You can come back at any time. Just send /start.\n\n"
    "If you would like other support now, these services can help:\n"
    "{support}"
)

# Translators: the answer to /help. Keep the commands (/back, /cancel ...) as they are.
# "✕ Quick exit" must match the button's label.
# Speaks to the reader; no gendered forms (docs/languages.md).
HELP = N_(
    "How to use this chat\n"
    "• Press a button to choose, or type your answer.\n"
    "• /back goes back one question.\n"
    "• /cancel stops, deletes what you have typed so far, and shows the main menu.\n"
    "• /start shows the main menu. If you are part-way through, you can carry on.\n"
    "• /privacy explains what we keep and why.\n"
    "• /withdraw deletes the details you have sent us.\n"
    "• /help shows this message.\n"
    "• ✕ Quick exit leaves at once and deletes the messages it can.\n\n"
    "If you are in danger now, call 999."
)

# Translators: shown at once when someone may be in danger. {support} lists helplines.
# Speaks to the reader; no gendered forms (docs/languages.md).
CRISIS = N_(
    "If you are in danger now, call 999.\n"
    "If you cannot speak, call 999 from a mobile, then press 55 when asked.\n"
    "Other help, free:\n{support}\n\n"
    "You can carry on below whenever you are ready."
)

# Translators: asked before deleting a person's details (/withdraw).
# Speaks to the reader; no gendered forms (docs/languages.md).
WITHDRAW = N_(
    "Withdraw\n\n"
    "We will delete the details you gave us in this chat and tell the service you have "
    "withdrawn. This cannot be undone. Numbers that cannot identify you are kept for reports.\n\n"
    "Do you want to go ahead?"
)
