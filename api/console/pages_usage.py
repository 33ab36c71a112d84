"""Usage by tenant, model, app, prompt version, experiment arm or day (the admin API's `usage`),
budget burn with the day each budget runs out, and the same table as CSV."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import routes_admin as admin
from api.console.forms import day_or_time
from api.console.session import ConsoleUser
from api.console.web import grant, render, signed_in
from api.state import AppState, app_state
from tenancy.budgets import BudgetBurn, tenant_burn
from tenancy.limits import tenant_subject

router = APIRouter()
GROUPINGS = ("model", "tenant", "app", "prompt", "arm", "day")
_TOTALLED = ("requests", "input_tokens", "output_tokens", "cached_tokens", "cost")


def _filters(request: Request) -> dict[str, Any]:
    q = request.query_params
    by = q.get("by") or "model"
    return {
        "tenant": q.get("tenant") or None,
        "since": day_or_time(q.get("since"), "since"),
        "until": day_or_time(q.get("until"), "until", end=True),
        "by": by,
    }


def _burns(state: AppState, tenants: list[dict[str, Any]]) -> list[BudgetBurn]:
    burns = []
    for tenant in tenants:
        limits = state.tenancy.limits.get(tenant_subject(tenant["id"]))
        found = tenant_burn(state.tenancy.ledger, limits, tenant["id"], tenant["name"])
        if found is not None:
            burns.append(found)
    return burns


@router.get("/usage")
async def usage_page(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    filters = _filters(request)
    can = grant(user, "usage.read")
    answer = await admin.usage(can, format="json", state=state, **filters)
    rows: list[dict[str, Any]] = answer["data"]  # type: ignore[index]
    totals = {k: sum(r[k] for r in rows) for k in _TOTALLED}
    if can.tenant is None:
        all_tenants = (
            [t for t in (await admin.list_tenants(grant(user, "tenants.read"), state))["data"]]
            if user.can("tenants.read")
            else []
        )
    else:
        own = await admin._tenant(state, can.tenant)
        all_tenants = [{"id": own.id, "name": own.name}]
    shown = [t for t in all_tenants if not filters["tenant"] or t["name"] == filters["tenant"]]
    burns = await run_in_threadpool(_burns, state, shown)
    return render(
        request,
        "usage.html",
        {
            "rows": rows,
            "totals": totals,
            "by": filters["by"],
            "groupings": GROUPINGS,
            "tenants": [t["name"] for t in all_tenants],
            "fixed_tenant": can.tenant,
            "query": request.query_params,
            "csv_query": str(request.query_params),
            "burns": burns,
        },
    )


@router.get("/usage.csv")
async def usage_csv(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    answer = await admin.usage(grant(user, "usage.read"), format="csv", state=state, **_filters(request))
    assert isinstance(answer, Response)
    answer.headers["content-disposition"] = 'attachment; filename="stockade-usage.csv"'
    return answer
