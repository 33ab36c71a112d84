"""When a tenant's monthly budget runs out at this month's rate of spending (the console's usage page)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tenancy.budgets import burn
from tenancy.limits import Limits

NOW = datetime(2026, 12, 11, 0, 0, tzinfo=UTC)  # ten days into December


def test_the_day_the_budget_runs_out_at_this_months_rate() -> None:
    found = burn(Limits(monthly_budget=30.0), 10.0, "acme", now=NOW)
    assert found is not None
    assert found.per_day == 1.0 and found.runs_out == date(2026, 12, 31)
    assert burn(Limits(monthly_budget=20.0), 10.0, "acme", now=NOW).runs_out == date(2026, 12, 21)  # type: ignore[union-attr]


def test_a_budget_that_lasts_the_month_has_no_date() -> None:
    assert burn(Limits(monthly_budget=100.0), 10.0, "acme", now=NOW).runs_out is None  # type: ignore[union-attr]
    assert burn(Limits(monthly_budget=2.0), 0.0, "acme", now=NOW).runs_out is None  # type: ignore[union-attr]


def test_a_tiny_spend_against_a_budget_is_no_overflow() -> None:
    # A few free-model requests cost a fraction of a cent: the page answered 500 (date out of range).
    found = burn(Limits(monthly_budget=2.0), 1e-9, "acme", now=NOW)
    assert found is not None and found.runs_out is None and not found.exhausted


def test_a_spent_budget_ran_out_today() -> None:
    found = burn(Limits(monthly_budget=2.0), 2.5, "acme", now=NOW)
    assert found is not None and found.exhausted and found.runs_out == date(2026, 12, 11)
