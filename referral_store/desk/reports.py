"""The quarterly return as a desk action: a manager's (or an operator's), and audited."""

from __future__ import annotations

from datetime import datetime

from referral_store.desk.common import Actions, operator_audit, require_manager
from referral_store.desk.model import D_, Staff
from referral_store.report import Period, Return, quarterly_return

REPORT_REFUSED = D_("Only a manager can make the quarterly return.")


class Reports(Actions):
    """The return for the commissioner."""

    async def make_return(
        self,
        actor: Staff | str,
        period: Period,
        *,
        service: str,
        now: datetime,
        threshold: int,
        small_numbers: bool = False,
    ) -> Return:
        """The return for ``period``; ``actor`` a manager, or an operator's name (the CLI).

        ``threshold`` is what the files will suppress below, recorded in the audit log
        with whether smaller counts were allowed.
        """
        if isinstance(actor, Staff):
            require_manager(actor, REPORT_REFUSED)
        result = await quarterly_return(self.store, period, service=service, now=now)
        small = " (small numbers allowed)" if small_numbers else ""
        who = actor.actor if isinstance(actor, Staff) else actor
        await operator_audit(
            self.store, who, "report", f"{period.label} threshold {threshold}{small}"
        )
        return result
