"""A tenant's budget burn this month: what is spent, at what rate, and the day it runs out at that
rate (for the console; the Prometheus alerts read the same spend from the budget gauges)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tenancy.ledger import Ledger
from tenancy.limits import Limits, windows


@dataclass(frozen=True)
class BudgetBurn:
    tenant: str
    month: str
    budget: float
    spent: float
    policy: str
    per_day: float  # average spend per day so far this month
    runs_out: date | None  # at that rate; None when the budget lasts the month

    @property
    def ratio(self) -> float:
        return self.spent / self.budget if self.budget > 0 else 1.0

    @property
    def exhausted(self) -> bool:
        return self.spent >= self.budget


def burn(limits: Limits, spent: float, tenant: str, now: datetime | None = None) -> BudgetBurn | None:
    """None for a tenant without a monthly budget. The rate is this month's spend over the days
    elapsed in the tenant's time zone (at least one, so the first hours do not project wildly)."""
    if limits.monthly_budget is None:
        return None
    now = now or datetime.now(UTC)
    local = now.astimezone(ZoneInfo(limits.timezone))
    month_start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    month_end = (month_start.replace(tzinfo=None) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    elapsed_days = max((local - month_start).total_seconds() / 86_400, 1.0)
    per_day = spent / elapsed_days
    left = limits.monthly_budget - spent
    runs_out: date | None
    if left <= 0:
        runs_out = local.date()
    elif per_day <= 0:
        runs_out = None
    elif (days_left := left / per_day) > (month_end.date() - local.date()).days + 1:
        # Beyond the month: no date to compute (a tiny spend would put it past year 9999).
        runs_out = None
    else:
        day = (local + timedelta(days=days_left)).date()
        runs_out = day if day <= month_end.date() else None
    return BudgetBurn(
        tenant=tenant,
        month=windows(limits, now).month,
        budget=limits.monthly_budget,
        spent=round(spent, 6),
        policy=limits.budget_policy,
        per_day=round(per_day, 6),
        runs_out=runs_out,
    )


def tenant_burn(ledger: Ledger, limits: Limits, tenant_id: str, tenant: str) -> BudgetBurn | None:
    if limits.monthly_budget is None:
        return None
    return burn(limits, ledger.cost_in(tenant_id, windows(limits).month), tenant)
