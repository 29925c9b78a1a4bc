"""After a referral: optional monitoring questions; after a case closes: the outcome survey.

Choice ids are the category codes the store keeps and the quarterly return
counts (``referral_store.monitoring``); a test holds the two to the same lists.
"""

from __future__ import annotations

from datetime import datetime, time

from dialogues.i18n import N_
from dialogues.model import Answers, Choice, Condition, Flow, Input, Role, Step
from dialogues.rules import IntakeRules

UNSAID = Choice("unsaid", N_("I'd rather not say"))

# Translators: asked just after a referral is sent. This is consent for a separate use
# (equality monitoring), so keep "optional" and "does not change your referral" exact.
# Speaks to the reader; no gendered forms (docs/languages.md).
MONITORING_ASK = N_(
    "One more thing, if you are happy to. We would like to ask 5 short questions about "
    "you: age, gender, ethnicity, disability and language.\n\n"
    "• We use the answers only to check that our service is fair to everyone.\n"
    "• Reports show totals, never your name.\n"
    "• Every question is optional. It does not change your referral.\n\n"
    "Will you answer them?"
)
# Translators: asked only in a chat app the service can write to later.
# Speaks to the reader; no gendered forms (docs/languages.md).
SURVEY_ASK = N_(
    "When your case closes, may we send you a few short questions here about how it went? "
    "You can say no."
)
# Translators: sent when a case has closed, only to people who agreed to it. It may show on
# a locked phone that someone else can see, so it names neither the service nor the crime.
# Speaks to the reader; no gendered forms (docs/languages.md).
SURVEY_INTRO = N_(
    "Hello again. When you were last here, you said we could ask a few short questions about "
    "how things went. Each one is optional. Is now a good time?"
)


def _said(key: str, value: str) -> Condition:
    def condition(answers: Answers, rules: IntakeRules) -> bool:
        return answers.get(key) == value

    return condition


_ANSWERING = _said("monitoring", "yes")


def _group(group: str) -> Condition:
    def condition(answers: Answers, rules: IntakeRules) -> bool:
        return answers.get("monitoring") == "yes" and answers.get("ethnic_group") == group

    return condition


def _detail_id(group: str) -> str:
    return f"m.eth_{group}"


def _detail(group: str, *choices: Choice) -> Step:
    return Step(
        _detail_id(group),
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        N_("Which of these best describes you?"),
        choices=(*choices, UNSAID),
        when=_group(group),
        # The category within the group: the store keeps "<group>-<category>".
        fills="ethnicity_detail",
    )


MONITORING = Flow(
    "m",
    steps=(
        Step(
            "m.monitoring",
            MONITORING_ASK,
            choices=(
                # Translators: the reader's own words; no gendered forms (docs/languages.md).
                Choice("yes", N_("Yes, I will answer")),
                # Translators: speaks to the reader; no gendered forms (docs/languages.md).
                Choice("no", N_("No, thank you")),
            ),
            role=Role.CONSENT,
        ),
        Step(
            "m.age_band",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("How old are you?"),
            choices=(
                Choice("under-18", N_("Under 18")),
                Choice("18-24", "18-24"),
                Choice("25-34", "25-34"),
                Choice("35-44", "35-44"),
                Choice("45-54", "45-54"),
                Choice("55-64", "55-64"),
                # Translators: an age band, 65 and older.
                Choice("65+", N_("65 or over")),
                UNSAID,
            ),
            when=_ANSWERING,
            fills="age_band",
        ),
        Step(
            "m.gender",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("How would you describe your gender?"),
            choices=(
                Choice("woman", N_("Woman")),
                Choice("man", N_("Man")),
                Choice("non-binary", N_("Non-binary")),
                Choice("other", N_("In another way")),
                UNSAID,
            ),
            when=_ANSWERING,
            fills="gender",
        ),
        Step(
            "m.ethnic_group",
            # Translators: the ethnic groups that follow are those of the 2021 census of
            # England and Wales; translate them as the census does where it has a version.
            # Speaks to the reader; no gendered forms (docs/languages.md).
            N_("What is your ethnic group?"),
            choices=(
                Choice("asian", N_("Asian, Asian British or Asian Welsh")),
                Choice("black", N_("Black, Black British, Black Welsh, Caribbean or African")),
                Choice("mixed", N_("Mixed or Multiple ethnic groups")),
                Choice("white", N_("White")),
                Choice("other", N_("Other ethnic group")),
                UNSAID,
            ),
            when=_ANSWERING,
            fills="ethnicity",
        ),
        _detail(
            "asian",
            Choice("bangladeshi", N_("Bangladeshi")),
            Choice("chinese", N_("Chinese")),
            Choice("indian", N_("Indian")),
            Choice("pakistani", N_("Pakistani")),
            Choice("other", N_("Any other Asian background")),
        ),
        _detail(
            "black",
            Choice("african", N_("African")),
            Choice("caribbean", N_("Caribbean")),
            Choice("other", N_("Any other Black, Black British or Caribbean background")),
        ),
        _detail(
            "mixed",
            Choice("white-asian", N_("White and Asian")),
            Choice("white-black-african", N_("White and Black African")),
            Choice("white-black-caribbean", N_("White and Black Caribbean")),
            Choice("other", N_("Any other Mixed or Multiple background")),
        ),
        _detail(
            "white",
            Choice("british", N_("English, Welsh, Scottish, Northern Irish or British")),
            Choice("irish", N_("Irish")),
            Choice("gypsy-traveller", N_("Gypsy or Irish Traveller")),
            Choice("roma", N_("Roma")),
            Choice("other", N_("Any other White background")),
        ),
        _detail(
            "other",
            Choice("arab", N_("Arab")),
            Choice("any", N_("Any other ethnic group")),
        ),
        Step(
            "m.disability",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Do you have a disability or a long-term health condition?"),
            choices=(Choice("yes", N_("Yes")), Choice("no", N_("No")), UNSAID),
            when=_ANSWERING,
            fills="disability",
        ),
        Step(
            "m.language_need",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Do you need any help with language to take part?"),
            choices=(
                Choice("none", N_("No")),
                Choice("interpreter", N_("An interpreter")),
                Choice("bsl", N_("British Sign Language")),
                Choice("easy-read", N_("Easy read or simple English")),
                UNSAID,
            ),
            when=_ANSWERING,
            fills="language_need",
        ),
        Step(
            "m.survey",
            SURVEY_ASK,
            choices=(Choice("yes", N_("Yes")), Choice("no", N_("No"))),
            channel="telegram",
            fills="survey",
        ),
    ),
)


def ethnicity_detail(group: str) -> Step | None:
    """The question of the categories within the ethnic group ``group`` (None: it has none)."""
    return MONITORING.index().get(_detail_id(group))


# Translators: an answer to "since taking part, has X changed?".
CHANGE_CHOICES = (
    Choice("improved", N_("Better")),
    Choice("same", N_("No change")),
    Choice("worse", N_("Worse")),
    UNSAID,
)
_GOING = _said("go", "yes")
# Whose survey it is: set when the survey opens, not asked.
PARTY = "_party"


def _for(party: str | None) -> Condition:
    """Asked once the person agreed to answer; of ``party`` only (None: of everyone)."""

    def condition(answers: Answers, rules: IntakeRules) -> bool:
        mine = answers.get(PARTY, "victim") == party if party else True
        return answers.get("go") == "yes" and mine

    return condition


def _measure(key: str, prompt: str, party: str | None = None) -> Step:
    return Step(f"s.{key}", prompt, choices=CHANGE_CHOICES, when=_for(party))


SURVEY = Flow(
    "s",
    steps=(
        Step(
            "s.go",
            SURVEY_INTRO,
            choices=(Choice("yes", N_("Answer now")), Choice("no", N_("No, thank you"))),
            role=Role.CONSENT,
        ),
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        _measure("wellbeing", N_("Since taking part, how is your health and wellbeing?")),
        # The person harmed: the MoJ's "distance travelled" measures (003 3.15).
        _measure(
            "coping",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Since taking part, how well can you cope with everyday life?"),
            "victim",
        ),
        # Translators: speaks to the reader; no gendered forms (docs/languages.md).
        _measure("safety", N_("Since taking part, how safe do you feel?"), "victim"),
        _measure(
            "informed",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Since taking part, how informed and able to act do you feel?"),
            "victim",
        ),
        # The person who caused harm: their own measures. 002 9.2: "Offender understanding of
        # the impact of their behaviour on victim", "Relationships", "Understanding and trust
        # in the CJS"; 003 3.15: "the extent that the service helped offenders to understand
        # the harm they caused".
        _measure(
            "understanding",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Since taking part, how well do you understand how what you did affected others?"),
            "offender",
        ),
        _measure(
            "relationships",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Since taking part, how are your relationships with the people close to you?"),
            "offender",
        ),
        _measure(
            "trust",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Since taking part, how much do you trust the justice system?"),
            "offender",
        ),
        Step(
            "s.satisfaction",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Overall, how happy are you with the service? 1 is very unhappy, 5 is very happy."),
            choices=(*(Choice(str(n), str(n)) for n in range(1, 6)), UNSAID),
            when=_GOING,
        ),
        Step(
            "s.justice",
            # Translators: the justice system is the police, courts, prisons and probation.
            # Speaks to the reader; no gendered forms (docs/languages.md).
            N_(
                "How happy are you with the way the justice system dealt with what happened? "
                "1 is very unhappy, 5 is very happy."
            ),
            choices=(
                *(Choice(str(n), str(n)) for n in range(1, 6)),
                Choice("na", N_("It did not deal with it")),
                UNSAID,
            ),
            # 002 9.2 asks this of the victim.
            when=_for("victim"),
        ),
        Step(
            "s.comment",
            # Translators: speaks to the reader; no gendered forms (docs/languages.md).
            N_("Is there anything else you would like to tell us? Type it, or press Skip."),
            text=Input.TEXT,
            max_len=1000,
            optional=True,
            when=_GOING,
        ),
    ),
)


# When each answer to "When is it safe to contact you?" lets the bot write first (local time).
# A time typed in words is not guessed at: staff ask those people themselves. Without an
# answer (the enquiry by a person who caused harm does not ask), office hours.
_SAFE_WINDOWS: dict[str, tuple[frozenset[int], time, time]] = {
    "any": (frozenset(range(7)), time(9), time(20)),
    "day": (frozenset(range(5)), time(9), time(17)),
    "evening": (frozenset(range(7)), time(18), time(21)),
    "weekend": (frozenset({5, 6}), time(10), time(18)),
}
_OFFICE = (frozenset(range(5)), time(10), time(16))
SAFE_CHOICES = frozenset(_SAFE_WINDOWS)


def safe_to_write(times: str | None, local: datetime) -> bool:
    """Whether a message the person did not ask for just now may be sent at ``local`` time."""
    if times is not None and times not in _SAFE_WINDOWS:
        return False
    days, opens, closes = _SAFE_WINDOWS[times] if times else _OFFICE
    return local.weekday() in days and opens <= local.time() < closes
