"""Names staff read for the desk's choices: contact methods, closures, onward services.

Shared by every desk (Telegram, the web, the command line) so each says the same.
"""

from __future__ import annotations

from bot.staff.text import D_
from referral_store.desk import ClosureDetail, ClosureReason, ContactMethod, Onward

METHOD_LABELS = {
    ContactMethod.PHONE: D_("Phone"),
    ContactMethod.EMAIL: D_("Email"),
    ContactMethod.LETTER: D_("Letter"),
    ContactMethod.TELEGRAM: D_("Telegram"),
    ContactMethod.IN_PERSON: D_("In person"),
}
CLOSURE_LABELS = {
    ClosureReason.DIRECT: D_("Direct intervention delivered"),
    ClosureReason.INDIRECT: D_("Indirect intervention delivered"),
    ClosureReason.VICTIM_DISENGAGED: D_("Victim disengaged"),
    ClosureReason.OFFENDER_DISENGAGED: D_("Offender disengaged"),
    ClosureReason.UNSUITABLE: D_("Unsuitable after assessment"),
    ClosureReason.WITHDRAWN: D_("Withdrawn"),
    ClosureReason.OUT_OF_SCOPE: D_("Out of scope, referred on"),
    ClosureReason.DECLINED: D_("Declined by the service"),
}


CLOSURE_DETAIL_LABELS = {
    ClosureDetail.RISK: D_("Not safe to go ahead"),
    ClosureDetail.NO_RESPONSIBILITY: D_("No acceptance of responsibility"),
    ClosureDetail.OTHER_PARTY_DECLINED: D_("The other party declined"),
    ClosureDetail.OTHER_PARTY_NOT_FOUND: D_("The other party could not be found"),
    ClosureDetail.OUT_OF_AREA: D_("Outside our area"),
    ClosureDetail.UNDER_18: D_("Under 18"),
    ClosureDetail.CRIME_OUT_OF_SCOPE: D_("Crime out of scope"),
    ClosureDetail.CHANGED_MIND: D_("Changed their mind"),
    ClosureDetail.NO_RESPONSE: D_("No response"),
    ClosureDetail.OTHER: D_("Other reason"),
}
ONWARD_LABELS = {
    Onward.VICTIM_SUPPORT: D_("Victim support"),
    Onward.DOMESTIC_ABUSE: D_("Domestic abuse service"),
    Onward.SEXUAL_VIOLENCE: D_("Sexual violence service"),
    Onward.MENTAL_HEALTH: D_("Mental health"),
    Onward.YOUTH_OFFENDING_TEAM: D_("Youth Offending Team"),
    Onward.OTHER_RJ_SERVICE: D_("Another RJ service"),
    Onward.SUBSTANCE_MISUSE: D_("Drug or alcohol service"),
    Onward.HOUSING: D_("Housing"),
    Onward.OTHER: D_("Other service"),
}
