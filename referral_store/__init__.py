"""What is kept: referrals, consent records, conversation state, deadlines.

aiosqlite over one SQLite file, or asyncpg over a PostgreSQL database. Imports no channel
library and nothing of ``dialogues``: the bot layer joins the two.
"""

# Loaded for its effect: it registers the postgresql:// backend with Store.open.
from referral_store import postgres as _postgres  # noqa: F401
from referral_store.deadlines import (
    Deadline,
    DeadlinePolicy,
    Nation,
    Priority,
    Unit,
    contact_due,
    is_working_day,
)
from referral_store.models import (
    OPEN_STATUSES,
    Consent,
    NewReferral,
    QueueItem,
    Referral,
    ReferralKind,
    Status,
    StoredReferral,
)
from referral_store.store import Store
from referral_store.unit import Tx, WriteTx

__all__ = [
    "OPEN_STATUSES",
    "Consent",
    "Deadline",
    "DeadlinePolicy",
    "Nation",
    "NewReferral",
    "Priority",
    "QueueItem",
    "Referral",
    "ReferralKind",
    "Status",
    "Store",
    "StoredReferral",
    "Tx",
    "Unit",
    "WriteTx",
    "contact_due",
    "is_working_day",
]
