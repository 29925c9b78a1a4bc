"""The facilitators' desk: one set of staff and operator actions below every channel.

Each action does the authorisation (the claimer or a manager; the manager check written
once), the validation, the transaction, the audit entry and the notice to send, once;
Telegram, the command line and the web desk only parse input, call it, and show the
result or its refusal (a ``DeskError`` with a plain message). Split by job: ``staff``
(enrolment, roles, training), ``casework`` (claim to close), ``alerts`` (reminders and
escalations), ``reports`` (the quarterly return); ``model`` holds what they take and give.
"""

from __future__ import annotations

from referral_store.desk.alerts import Alerts
from referral_store.desk.casework import Casework
from referral_store.desk.common import operator_audit, require_manager
from referral_store.desk.model import (
    D_,
    INVITE_GROUPS,
    JOIN_TRIES,
    JOIN_WINDOW,
    NEEDS_TRAINING,
    PROGRESS,
    WHY_ASKED,
    Activity,
    Alert,
    AlertKind,
    AuditEntry,
    Care,
    ClaimResult,
    ClosureDetail,
    ClosureReason,
    ContactMethod,
    DeskError,
    Notice,
    Onward,
    Role,
    Staff,
)
from referral_store.desk.reports import Reports
from referral_store.desk.staff import StaffActions

__all__ = [
    "D_",
    "INVITE_GROUPS",
    "JOIN_TRIES",
    "JOIN_WINDOW",
    "NEEDS_TRAINING",
    "PROGRESS",
    "WHY_ASKED",
    "Activity",
    "Alert",
    "AlertKind",
    "AuditEntry",
    "Care",
    "ClaimResult",
    "ClosureDetail",
    "ClosureReason",
    "ContactMethod",
    "Desk",
    "DeskError",
    "Notice",
    "Onward",
    "Role",
    "Staff",
    "operator_audit",
    "require_manager",
]


class Desk(StaffActions, Casework, Alerts, Reports):
    """Every desk action over one :class:`~referral_store.Store`."""
