"""The audit log with filters, and the chain's verification (the admin API's `audit_tail` and
`audit_verify`). Sealed values (an end user's id, a stored prompt) are never shown."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from api import routes_admin as admin
from api.console.forms import bounded, day_or_time
from api.console.session import ConsoleUser
from api.console.web import grant, render, signed_in
from api.state import AppState, app_state

router = APIRouter()
_SEALED = ("sealed", "sealed_day", "subject", "prompt", "user")


def shown_detail(detail: dict[str, Any]) -> tuple[list[tuple[str, str]], bool]:
    """(name, value) pairs to show, and whether sealed personal values were left out."""
    pairs = [(k, str(v)) for k, v in sorted(detail.items()) if k not in _SEALED]
    return pairs, any(k in detail for k in _SEALED)


@router.get("/audit")
async def audit_page(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    q = request.query_params
    answer = await admin.audit_tail(
        grant(user, "audit.read"),
        limit=bounded(q.get("limit"), 100, 1, 1000),
        actor=q.get("actor") or None,
        tenant=q.get("tenant") or None,
        action=q.get("action") or None,
        since=day_or_time(q.get("since"), "since"),
        until=day_or_time(q.get("until"), "until", end=True),
        state=state,
    )
    records = [r | {"shown": shown_detail(r["detail"])} for r in reversed(answer["data"])]
    return render(request, "audit.html", {"records": records, "query": q})


@router.get("/audit/verify")
async def audit_verify(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    result = await admin.audit_verify(grant(user, "audit.read"), state)
    return render(request, "audit_verify.html", {"result": result})
