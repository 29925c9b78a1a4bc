"""Every screen and question the bot shows, as data.

Step ids are stable strings, ``<flow>.<answer>``: a stored conversation keeps
its meaning when steps are added, and the answer's key is the id's second part.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from dialogues import content, routing
from dialogues.followup import MONITORING, SURVEY
from dialogues.i18n import D_, N_, available_languages, native_name
from dialogues.model import (
    GO_BACK,
    LANGUAGES,
    MENU,
    SUBMIT,
    SUMMARY,
    WITHDRAW,
    Answers,
    Choice,
    Condition,
    Flow,
    Flows,
    Input,
    Kind,
    Role,
    Sign,
    Step,
    aside,
)
from dialogues.rules import (
    OUT_OF_SCOPE,
    OUTSIDE_AREA,
    YOUTH_OFFENDING_TEAM,
    YOUTH_SERVICE,
    Admission,
    IntakeRules,
    UnderAge,
)


def _picked(key: str, *values: str) -> Condition:
    def condition(answers: Answers, rules: IntakeRules) -> bool:
        answer = answers.get(key)
        if isinstance(answer, list):
            return any(v in answer for v in values)
        return answer in values

    return condition


def _has_areas(answers: Answers, rules: IntakeRules) -> bool:
    return bool(rules.areas)


def areas(rules: IntakeRules) -> tuple[Choice, ...]:
    """The service's areas, as choices (from its profile)."""
    return tuple(Choice(a.id, a.name) for a in rules.areas)


def languages(rules: IntakeRules) -> tuple[Choice, ...]:
    """Every language the bot can speak, each in its own name."""
    return tuple(Choice(code, native_name(code)) for code in available_languages())


def _signposted_under_age(answers: Answers, rules: IntakeRules) -> bool:
    return answers.get("age") == "no" and rules.under_age is UnderAge.SIGNPOST


def _carer_question(answers: Answers, rules: IntakeRules) -> bool:
    # Seed 002 5.11: no "presence or permission of an appropriate adult" is needed, but
    # providers must show how they "intend to work with parents": so the young person is
    # asked, and may say no.
    return (
        answers.get("age") == "no" and rules.under_age is UnderAge.ACCEPT and rules.ask_parent_carer
    )


def _admission(rule: Admission) -> Condition:
    def condition(answers: Answers, rules: IntakeRules) -> bool:
        return rules.admission is rule

    return condition


# Seed 002 10: "Referrals will only be made with consent from the victim." So the person is
# told why, shown who can help and how to reach them, and asked; "No" keeps nothing.
PASS_YES = N_("Yes, pass them on")
PASS_NO = N_("No, thank you")
ONWARD_PROMPTS = {
    # Translators: {youth_service} is a line naming a youth justice service and its contact.
    # Speaks to the reader; no gendered forms (docs/languages.md).
    YOUTH_SERVICE: N_(
        "Thank you for telling us. For people under 18, restorative justice here is run by:\n"
        "{youth_service}\nMay we pass your details to them? We only do this if you say yes."
    ),
    # Translators: {scope_service} is a line naming another service and its contact.
    # Speaks to the reader; no gendered forms (docs/languages.md).
    OUT_OF_SCOPE: N_(
        "Thank you. We do not work with this kind of case, but they can help:\n"
        "{scope_service}\nMay we pass your details to them? We only do this if you say yes."
    ),
    # Translators: YOT = Youth Offending Team; {yot_service} names it and its contact.
    # Speaks to the reader; no gendered forms (docs/languages.md).
    YOUTH_OFFENDING_TEAM: N_(
        "Thank you. When the person responsible was under 18, restorative justice is usually "
        "run by:\n{yot_service}\nMay we pass your details to them? We only do this if you say "
        "yes."
    ),
    # Translators: {area_service} is a line naming who to ask in the other area.
    # Speaks to the reader; no gendered forms (docs/languages.md).
    OUTSIDE_AREA: N_(
        "Thank you. We only work in our own area. For that area:\n"
        "{area_service}\nMay we pass your details to them? We only do this if you say yes."
    ),
}


# The privacy notice: a topic of its own, and an aside from the consent question.
PRIVACY = "topic.privacy"
# Screens of the menu that commands open.
LANGUAGE_SCREEN = "language"
WITHDRAW_SCREEN = "withdraw"


# The answer's name of each pass-on question, by the route it asks about.
PASS_ON_KEYS = {
    YOUTH_SERVICE: "pass_youth",
    OUT_OF_SCOPE: "pass_scope",
    YOUTH_OFFENDING_TEAM: "pass_yot",
    OUTSIDE_AREA: "pass_area",
}


def _pass_on(flow: str, route: str) -> Step:
    choices = (
        # A "yes" is the consent the case view shows with its route.
        Choice("yes", PASS_YES, sign=Sign.AGREES),
        Choice("no", PASS_NO, goto=f"{flow}.nothing_passed"),
    )
    return Step(
        f"{flow}.{PASS_ON_KEYS[route]}",
        ONWARD_PROMPTS[route],
        choices=choices,
        # Asked only when the answers before it lead to ``route`` (dialogues.walk).
        onward=route,
        fills="onward_consents",
    )


def _nothing_passed(flow: str) -> Step:
    return Step(
        f"{flow}.nothing_passed",
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        N_(
            "That is fine. We have not passed anything on and have not kept your answers. "
            "You can contact them yourself at any time."
        ),
        kind=Kind.SCREEN,
    )


YES = Choice("yes", N_("Yes"))
NO = Choice("no", N_("No"))
# Translators: an answer to a yes/no question.
# The reader's own words; no gendered forms (docs/languages.md).
UNSURE = Choice("unsure", N_("I'm not sure"))
# Translators: the reader's own words; no gendered forms (docs/languages.md).
RATHER_NOT = Choice("unsaid", N_("I'd rather not say"))
MAIN_MENU = Choice("menu", N_("Main menu"), goto=MENU)
# Seed 002 5.3: RJ "prior to sentencing if deemed appropriate"; seed 000: "pre-sentence
# restorative justice".
AWAITING_SENTENCE = Choice("awaiting-sentence", N_("Convicted, waiting for sentence"))


def _sentence_date(flow: str) -> Step:
    return Step(
        f"{flow}.sentence_date",
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        N_("Do you know the date of sentencing? Type it like 23/05/2027, or press Skip."),
        text=Input.DATE_AHEAD,
        optional=True,
        summary=N_("Sentencing date"),
        staff_label=D_("Sentencing date"),
        when=_picked("stage", "awaiting-sentence"),
    )


# Names of the steps both referral flows share, by answer key.
CONTACT_CHOICES = (
    Choice("phone", N_("Phone call")),
    Choice("text", N_("Text message")),
    Choice("email", N_("Email")),
    # Translators: contact by the chat app the person is using now.
    # The reader's own words; no gendered forms (docs/languages.md).
    Choice("chat", N_("Message me in this chat"), channel="telegram"),
)

CRIME_CHOICES = (
    Choice("violence", N_("Violence or assault")),
    Choice("burglary", N_("Burglary")),
    Choice("theft", N_("Theft or robbery")),
    Choice("damage", N_("Damage or arson")),
    Choice("domestic", N_("Domestic abuse")),
    Choice("sexual", N_("Sexual offence")),
    Choice("hate", N_("Hate crime")),
    Choice("online", N_("Online crime or fraud")),
    Choice("harass", N_("Harassment or stalking")),
    Choice("asb", N_("Anti-social behaviour")),
    Choice("other", N_("Something else")),
    RATHER_NOT,
)

# English and Welsh, then the languages most spoken in England and Wales after them (2021
# census: Polish, Romanian, Panjabi, Urdu, Portuguese, Spanish, Arabic, Bengali, Gujarati),
# each in its own name; any other is typed. Seed 002 5.10: interpreting "at all stages".
LANGUAGE_CHOICES = (
    Choice("en", "English"),
    Choice("cy", "Cymraeg"),
    Choice("pl", "Polski"),
    Choice("ro", "Română"),
    Choice("pa", "ਪੰਜਾਬੀ"),
    Choice("ur", "اردو"),
    Choice("pt", "Português"),
    Choice("es", "Español"),
    Choice("ar", "العربية"),
    Choice("bn", "বাংলা"),
    Choice("gu", "ગુજરાતી"),
    Choice("other", N_("Another language")),
)


def _consent(flow: str, text: str) -> Step:
    return Step(
        f"{flow}.consent",
        text,
        choices=(
            # Translators: the reader's own words; no gendered forms (docs/languages.md).
            Choice("agree", N_("Yes, I agree")),
            Choice("no", N_("No, not now"), goto=f"{flow}.declined"),
            # Translators: the reader's own words; no gendered forms (docs/languages.md).
            Choice("privacy", N_("Tell me more about privacy"), goto=aside(PRIVACY)),
        ),
        role=Role.CONSENT,
        # The consent record (its text's version, language and time), kept on its own.
        fills="consent_at",
    )


def _age(flow: str) -> Step:
    return Step(
        f"{flow}.age",
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        N_("Are you 18 or older?"),
        choices=(YES, replace(NO, sign=Sign.UNDER_18)),
        summary=N_("18 or older"),
        staff_label=D_("18 or older"),
    )


def _contact_steps(flow: str, extra: tuple[Choice, ...] = ()) -> tuple[Step, ...]:
    return (
        Step(
            f"{flow}.contact",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("How is it safe for us to contact you? Choose all that are safe, then press Done."),
            choices=(*CONTACT_CHOICES, *extra),
            multi=True,
            summary=N_("Contact by"),
            staff_label=D_("Contact by"),
        ),
        Step(
            f"{flow}.phone",
            N_("What phone number should we use?"),
            text=Input.PHONE,
            summary=N_("Phone"),
            staff_label=D_("Phone"),
            when=_picked("contact", "phone", "text"),
        ),
        Step(
            f"{flow}.email",
            N_("What email address should we use?"),
            text=Input.EMAIL,
            summary=N_("Email"),
            staff_label=D_("Email"),
            when=_picked("contact", "email"),
        ),
    )


def _area_steps(flow: str) -> tuple[Step, ...]:
    return (
        Step(
            f"{flow}.area",
            N_("Which area did it happen in?"),
            choices=(Choice("other", N_("Somewhere else"), sign=Sign.OUTSIDE_AREA),),
            choices_from=areas,
            summary=N_("Area"),
            staff_label=D_("Area"),
            fills="area",
            when=_has_areas,
        ),
        Step(
            f"{flow}.area_other",
            N_("Which town or area was it?"),
            text=Input.TEXT,
            max_len=100,
            summary=N_("Other area"),
            staff_label=D_("Other area"),
            when=_picked("area", "other"),
        ),
    )


def _lives_steps(flow: str) -> tuple[Step, ...]:
    # Seed 002 5.2: "either the victim or offender are likely to reside within the
    # geographical scope"; if either lives in another force area, the providers of both
    # agree "who should manage the case". So where each party lives is asked, not assumed.
    steps = [
        Step(
            f"{flow}.lives",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Which area do you live in?"),
            choices=(Choice("other", N_("Somewhere else")), RATHER_NOT),
            choices_from=areas,
            summary=N_("Lives in"),
            staff_label=D_("Lives in"),
            when=_has_areas,
        )
    ]
    if flow == "v":
        # Only the person harmed is asked about the other party: an enquiry by the person
        # who caused harm is never a way to find the person harmed.
        steps.append(
            Step(
                "v.other_lives",
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                N_("Do you know which area the person who harmed you lives in?"),
                choices=(
                    Choice("other", N_("Somewhere else")),
                    Choice("unknown", N_("I don't know")),
                ),
                choices_from=areas,
                summary=N_("They live in"),
                staff_label=D_("Other party lives in"),
                when=lambda answers, rules: bool(rules.areas) and answers.get("known") == "yes",
            )
        )
    return tuple(steps)


def _own_words(flow: str) -> tuple[Step, ...]:
    # Seed 002 5.6 and 5.7: the provider needs "information about the crime" and must manage
    # "the expectations of all potential participants". Both optional, sealed with the other
    # answers, erased on withdrawal, and shown only to the facilitator.
    return (
        Step(
            f"{flow}.story",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "If you want, tell us what happened, in your own words. Only your facilitator "
                "will read it. Type it, or press Skip."
            ),
            text=Input.TEXT,
            max_len=2000,
            optional=True,
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            summary=N_("In your own words"),
            # Sealed with the other answers and erased on withdrawal (seed 002 5.6, 5.7).
            staff_label=D_("In their own words"),
        ),
        Step(
            f"{flow}.hopes",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("What would you hope for from restorative justice? Type it, or press Skip."),
            text=Input.TEXT,
            max_len=1000,
            optional=True,
            summary=N_("Hopes"),
            staff_label=D_("Hopes"),
        ),
    )


def _language_steps(flow: str) -> tuple[Step, ...]:
    return (
        Step(
            f"{flow}.language",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Which language would you like us to use? You can choose one or type it."),
            choices=LANGUAGE_CHOICES,
            text=Input.TEXT,
            max_len=60,
            summary=N_("Language"),
            staff_label=D_("Language"),
            fills="language",
        ),
        Step(
            f"{flow}.language_other",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Which language? Please type its name."),
            text=Input.TEXT,
            max_len=60,
            summary=N_("Other language"),
            staff_label=D_("Other language"),
            when=_picked("language", "other"),
        ),
        Step(
            f"{flow}.interpreter",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Would you like an interpreter? It is free."),
            choices=(YES, NO),
            summary=N_("Interpreter"),
            staff_label=D_("Interpreter"),
            fills="interpreter",
        ),
        Step(
            f"{flow}.access",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Is there anything that would make it easier for you to take part? "
                "For example large print, step-free access, or someone with you. "
                "Type it, or press Skip."
            ),
            text=Input.TEXT,
            optional=True,
            summary=N_("Access needs"),
            staff_label=D_("Access needs"),
        ),
    )


def _summary(flow: str) -> tuple[Step, ...]:
    return (
        Step(
            f"{flow}.summary",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Please check your answers:"),
            kind=Kind.SUMMARY,
            choices=(
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                Choice("send", N_("Send my referral"), goto=SUBMIT),
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                Choice("edit", N_("Change an answer"), goto=f"{flow}.edit"),
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                Choice("stop", N_("Stop and delete"), goto=MENU),
            ),
        ),
        Step(
            f"{flow}.edit",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Which answer would you like to change?"),
            kind=Kind.EDIT,
            # Translators: the reader's own words; no gendered forms (docs/languages.md).
            choices=(Choice("back", N_("Back to my answers"), goto=SUMMARY),),
        ),
    )


VICTIM = Flow(
    "v",
    referral_kind="victim",
    command="refer",
    priority=routing.priority,
    steps=(
        _consent("v", content.VICTIM_CONSENT),
        # Age first: an under-18 the service does not take gives no details at all.
        _age("v"),
        Step(
            "v.under18",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you for telling us. This service works with adults, so we have not "
                "kept your answers. These can help you now:\n{young_support}\n"
                "If you are in danger, call 999."
            ),
            kind=Kind.SCREEN,
            when=_signposted_under_age,
        ),
        _pass_on("v", YOUTH_SERVICE),
        Step(
            "v.carer",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Would you like a parent or carer to be involved? You do not have to."),
            choices=(YES, NO, UNSURE),
            summary=N_("Parent or carer"),
            staff_label=D_("Parent or carer involved"),
            when=_carer_question,
        ),
        Step(
            "v.name",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("What would you like us to call you? A first name or nickname is fine."),
            text=Input.NAME,
            summary=N_("Name"),
            staff_label=D_("Name"),
        ),
        *_contact_steps("v"),
        Step(
            "v.times",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("When is it safe to contact you? Choose one, or type what suits you."),
            choices=(
                Choice("any", N_("Any time")),
                Choice("day", N_("Weekdays, 9am to 5pm")),
                Choice("evening", N_("Evenings")),
                Choice("weekend", N_("Weekends")),
            ),
            text=Input.TEXT,
            max_len=200,
            summary=N_("Safe times"),
            staff_label=D_("Safe times"),
            # Kept with the referral, so a later message (the survey) keeps to these times.
            fills="safe_times",
        ),
        Step(
            "v.message",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("If we cannot reach you, may we leave a message?"),
            choices=(
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                Choice("named", N_("Yes, and say who you are")),
                Choice("unnamed", N_("Yes, but don't name the service")),
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                Choice("none", N_("No messages, please")),
            ),
            summary=N_("Messages"),
            staff_label=D_("Messages"),
        ),
        Step(
            "v.crime",
            N_("What happened? Choose the closest."),
            choices=CRIME_CHOICES,
            summary=N_("What happened"),
            staff_label=D_("What happened"),
            fills="crime_category",
        ),
        _pass_on("v", OUT_OF_SCOPE),
        Step(
            "v.markers",
            N_("Was any of it one of these? Choose all that apply, then press Done."),
            choices=(
                Choice("domestic", N_("Domestic abuse")),
                Choice("sexual", N_("Sexual violence or abuse")),
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                Choice("hate", N_("Hate crime (because of who you are)")),
                Choice("online", N_("It happened online")),
                Choice("none", N_("None of these"), exclusive=True),
            ),
            multi=True,
            summary=N_("Also"),
            staff_label=D_("Markers"),
            fills="markers",
        ),
        Step(
            "v.when",
            N_("Roughly when did it happen? Choose one, or type a date."),
            choices=(
                Choice("month", N_("In the last month")),
                Choice("year", N_("1 to 12 months ago")),
                Choice("years", N_("1 to 5 years ago")),
                Choice("longer", N_("More than 5 years ago")),
                UNSURE,
            ),
            text=Input.WHEN,
            summary=N_("When"),
            staff_label=D_("When"),
        ),
        Step(
            "v.police",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Was it reported to the police? You do not need to report it to use this service."),
            choices=(YES, NO, UNSURE),
            summary=N_("Reported to police"),
            staff_label=D_("Reported to police"),
        ),
        Step(
            "v.crimeref",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("If you have a crime reference number, type it here. If not, press Skip."),
            text=Input.CRIME_REF,
            optional=True,
            summary=N_("Crime reference"),
            staff_label=D_("Crime reference"),
            when=_picked("police", "yes"),
        ),
        Step(
            "v.stage",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Where is the case now, if you know?"),
            choices=(
                Choice("investigating", N_("Police are investigating")),
                Choice("nfa", N_("No further action")),
                # Translators: an out-of-court disposal by the police in England and Wales.
                Choice("community-resolution", N_("Community resolution")),
                # Translators: an out-of-court disposal with conditions (England and Wales).
                Choice("conditional-caution", N_("Conditional caution")),
                Choice("court", N_("Waiting for court")),
                AWAITING_SENTENCE,
                Choice("custody", N_("Sentenced to prison")),
                Choice("community", N_("Community sentence")),
                Choice("finished", N_("Sentence finished")),
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                Choice("unknown", N_("I don't know")),
            ),
            summary=N_("Stage"),
            staff_label=D_("Stage"),
            fills="stage",
            when=_picked("police", "yes", "unsure"),
        ),
        _sentence_date("v"),
        Step(
            "v.known",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Do you know who harmed you?"),
            choices=(YES, NO, UNSURE),
            summary=N_("Know who it was"),
            staff_label=D_("Knows who it was"),
        ),
        Step(
            "v.offender_u18",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Was the person who harmed you under 18 at the time?"),
            choices=(replace(YES, sign=Sign.YOUNG_RESPONSIBLE), NO, UNSURE),
            summary=N_("They were under 18"),
            staff_label=D_("Responsible under 18"),
            when=_picked("known", "yes"),
        ),
        _pass_on("v", YOUTH_OFFENDING_TEAM),
        *_area_steps("v"),
        _pass_on("v", OUTSIDE_AREA),
        *_lives_steps("v"),
        *_language_steps("v"),
        Step(
            "v.risk",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Do you feel at risk of harm from the person who harmed you?"),
            choices=(
                Choice(
                    "yes",
                    N_("Yes"),
                    # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                    note=N_(
                        "Thank you for telling us. We will contact you sooner. "
                        "If you are in danger now, call 999."
                    ),
                    sign=Sign.AT_RISK,
                ),
                NO,
                RATHER_NOT,
            ),
            summary=N_("Feel at risk"),
            staff_label=D_("Feels at risk"),
        ),
        Step(
            "v.heard",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("How did you hear about us?"),
            choices=(
                Choice("police", N_("Police")),
                Choice("victimsupport", N_("Victim Support")),
                Choice("family", N_("Friend or family")),
                Choice("online", N_("Online")),
                Choice("service", N_("Another service")),
                Choice("other", N_("Other")),
            ),
            optional=True,
            summary=N_("Heard about us"),
            staff_label=D_("Heard about us"),
        ),
        *_own_words("v"),
        *_summary("v"),
    ),
    screens=(
        Step("v.declined", content.CONSENT_DECLINED, kind=Kind.SCREEN),
        _nothing_passed("v"),
    ),
)


OFFENDER = Flow(
    "o",
    referral_kind="offender",
    command="enquire",
    steps=(
        Step(
            "o.intro",
            content.OFFENDER_INTRO,
            # Translators: the reader's own words; no gendered forms (docs/languages.md).
            choices=(Choice("ok", N_("I understand, go on")), MAIN_MENU),
            role=Role.NOTICE,
        ),
        # Consent before any question, then age, then what the service needs accepted.
        _consent("o", content.OFFENDER_CONSENT),
        _age("o"),
        Step(
            "o.under18",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you. For people under 18, restorative justice is run by the local "
                "Youth Offending Team. Please ask your YOT worker about it. We have not kept "
                "your answers."
            ),
            kind=Kind.SCREEN,
            when=_picked("age", "no"),
        ),
        Step(
            "o.responsibility",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Do you accept that what you did caused harm?"),
            choices=(
                Choice("yes", N_("Yes")),
                Choice("partly", N_("Partly")),
                Choice("no", N_("No"), goto="o.notready"),
            ),
            summary=N_("Accept causing harm"),
            staff_label=D_("Accepts causing harm"),
            when=_admission(Admission.RESPONSIBILITY),
        ),
        Step(
            "o.admitted",
            # Translators: asked of a person who caused harm, before restorative justice.
            # Speaks to the reader; no gendered forms (docs/languages.md).
            N_("Do you admit that you committed the offence?"),
            choices=(YES, Choice("no", N_("No"), goto="o.notadmitted")),
            summary=N_("Admitted the offence"),
            staff_label=D_("Admitted the offence"),
            when=_admission(Admission.ADMITTED),
        ),
        Step(
            "o.name",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("What would you like us to call you?"),
            text=Input.NAME,
            summary=N_("Name"),
            staff_label=D_("Name"),
        ),
        *_contact_steps(
            "o",
            # Translators: the reader's own words; no gendered forms (docs/languages.md).
            (Choice("worker", N_("Through my probation officer or prison staff")),),
        ),
        Step(
            "o.worker",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Who should we contact, and where? For example your probation officer's name."),
            text=Input.TEXT,
            max_len=200,
            summary=N_("Contact through"),
            staff_label=D_("Contact through"),
            when=_picked("contact", "worker"),
        ),
        Step(
            "o.stage",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Where are you in the justice system now?"),
            choices=(
                Choice("custody", N_("In prison")),
                Choice("community", N_("Community sentence")),
                Choice("probation", N_("On probation or licence")),
                # Translators: an out-of-court disposal by the police in England and Wales.
                Choice("community-resolution", N_("Community resolution")),
                # Translators: an out-of-court disposal with conditions (England and Wales).
                Choice("conditional-caution", N_("Conditional caution")),
                Choice("notcharged", N_("Not charged yet")),
                AWAITING_SENTENCE,
                Choice("finished", N_("Sentence finished")),
                Choice("other", N_("Something else")),
            ),
            summary=N_("Stage"),
            staff_label=D_("Stage"),
            fills="stage",
        ),
        _sentence_date("o"),
        Step(
            "o.crime",
            N_("What kind of offence was it? Choose the closest."),
            choices=CRIME_CHOICES,
            summary=N_("Offence"),
            staff_label=D_("What happened"),
            fills="crime_category",
        ),
        _pass_on("o", OUT_OF_SCOPE),
        *_area_steps("o"),
        _pass_on("o", OUTSIDE_AREA),
        *_lives_steps("o"),
        *_language_steps("o"),
        *_own_words("o"),
        *_summary("o"),
    ),
    screens=(
        Step("o.declined", content.CONSENT_DECLINED, kind=Kind.SCREEN),
        _nothing_passed("o"),
        Step(
            "o.notadmitted",
            # Seed 004 2.2.2: "the offender must have admitted the crime".
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you for being honest. Here, restorative justice only goes ahead when the "
                "person who caused harm has admitted the offence. You can come back at any time."
            ),
            kind=Kind.SCREEN,
        ),
        Step(
            "o.notready",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "Thank you for being honest. Restorative justice only goes ahead when the "
                "person who caused harm accepts responsibility for it. You can come back at "
                "any time. Your probation officer or prison staff can tell you more."
            ),
            kind=Kind.SCREEN,
        ),
    ),
)


def _topic_screens() -> tuple[Step, ...]:
    topics = tuple(
        Step(
            f"topic.{t.id}",
            t.body,
            kind=Kind.SCREEN,
            # The notice names who is responsible, how to ask, for how long, the right to
            # complain to the ICO, and what the chat app keeps, from the service's profile.
            more=content.PRIVACY_DETAILS if f"topic.{t.id}" == PRIVACY else None,
            choices=(
                Choice("more", N_("More questions"), goto="topics"),
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                Choice("refer", N_("Refer myself"), goto="v.consent"),
                MAIN_MENU,
            ),
        )
        for t in content.TOPICS
    )
    index = Step(
        "topics",
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        N_("What would you like to know?"),
        kind=Kind.SCREEN,
        choices=(
            *(Choice(t.id, t.title, goto=f"topic.{t.id}") for t in content.TOPICS),
            MAIN_MENU,
        ),
    )
    return (index, *topics)


MENU_FLOW = Flow(
    "menu",
    steps=(),
    screens=(
        Step(
            "menu",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("What would you like to do?"),
            kind=Kind.SCREEN,
            choices=(
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                Choice("unsafe", N_("I am not safe right now"), goto=aside("crisis")),
                Choice("learn", N_("What is restorative justice?"), goto="topics"),
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                Choice("refer", N_("I was harmed: refer myself"), goto="v.consent"),
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                Choice("enquire", N_("I caused harm: can I take part?"), goto="o.intro"),
                Choice("support", N_("Other support"), goto="support"),
                Choice("privacy", N_("Privacy"), goto=PRIVACY),
                # Translators: opens the list of languages; keep the globe.
                Choice("language", N_("🌐 Language"), goto=LANGUAGES),
            ),
        ),
        Step(
            LANGUAGE_SCREEN,
            # Translators: above the list of languages, each written in its own name.
            # Speaks to the reader; no gendered forms (docs/languages.md).
            N_("Choose your language:"),
            kind=Kind.SCREEN,
            choices_from=languages,
            role=Role.LANGUAGE,
        ),
        Step("crisis", content.CRISIS, kind=Kind.SCREEN, choices=(MAIN_MENU,)),
        Step(
            WITHDRAW_SCREEN,
            content.WITHDRAW,
            kind=Kind.SCREEN,
            choices=(
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                Choice("yes", N_("Yes, delete my details"), goto=WITHDRAW),
                Choice("no", N_("No, keep them"), goto=GO_BACK),
            ),
        ),
        Step(
            "support",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "You do not have to go through this alone. These services are free:\n"
                "{support}\nIf you are in danger now, call 999."
            ),
            kind=Kind.SCREEN,
            choices=(MAIN_MENU,),
        ),
        *_topic_screens(),
    ),
)

SHIPPED = Flows((MENU_FLOW, VICTIM, OFFENDER, MONITORING, SURVEY))
FLOWS: tuple[Flow, ...] = SHIPPED.flows
STEPS: Mapping[str, Step] = SHIPPED.steps
FLOW_OF: Mapping[str, Flow] = SHIPPED.flow_of
