"""Turning query strings of the console's filter forms into typed values."""

from __future__ import annotations

from datetime import UTC, datetime, time

from api.errors import ApiError


def day_or_time(value: str | None, param: str, *, end: bool = False) -> datetime | None:
    """A date input (YYYY-MM-DD, the whole day; `end` means up to the end of it) or an ISO time."""
    if not value:
        return None
    try:
        if len(value) == 10:
            day = datetime.fromisoformat(value).date()
            moment = datetime.combine(day, time.max if end else time.min, UTC)
            return moment
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ApiError(400, f"{param}: not a date (YYYY-MM-DD) or ISO time", param=param) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def bounded(value: str | None, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(value or default), low), high)
    except ValueError:
        return default
