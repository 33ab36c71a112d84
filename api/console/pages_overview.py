"""The console's front page: requests, tokens, cost, error rate, TTFT and guard findings over a time
range, per tenant or model. The charts read `/console/overview.json`; the totals by tenant and by
model are the admin API's own `usage`."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api import routes_admin as admin
from api.console.overview_data import RANGES, SPLITS, Overview, Window, overview
from api.console.session import ConsoleUser
from api.console.web import grant, home_path, redirect, render, signed_in
from api.errors import ApiError
from api.state import AppState, app_state

router = APIRouter()


def _choice(value: str | None, allowed: tuple[str, ...], default: str, param: str) -> str:
    if not value:
        return default
    if value not in allowed:
        raise ApiError(400, f"{param} must be one of {', '.join(allowed)}", param=param)
    return value


def _filters(request: Request, user: ConsoleUser) -> dict[str, Any]:
    """The page's filters, with the tenant checked exactly as the admin API's usage checks it."""
    q = request.query_params
    can = grant(user, "usage.read")
    tenant = q.get("tenant") or None
    if can.tenant is not None:
        can.check_tenant(tenant or can.tenant)
        tenant = can.tenant
    return {
        "range": _choice(q.get("range"), tuple(RANGES), "24h", "range"),
        "split": _choice(q.get("split"), SPLITS, "model", "split"),
        "tenant": tenant,
        "model": q.get("model") or None,
    }


async def _overview(state: AppState, user: ConsoleUser, filters: dict[str, Any]) -> Overview:
    window = Window.ending(filters["range"])
    points = await run_in_threadpool(
        lambda: state.tenancy.ledger.points(
            since=window.since, until=window.until, tenant=filters["tenant"], model=filters["model"]
        )
    )
    guard_events = None
    if user.can("audit.read"):  # findings and blocks are read from the audit log
        grant(user, "audit.read")
        guard_events = await run_in_threadpool(
            state.tenancy.audit.guard_events, window.since, window.until, filters["tenant"]
        )
    return overview(window, points, filters["split"], guard_events)


@router.get("")
@router.get("/")
async def front(user: ConsoleUser = Depends(signed_in)) -> Response:
    return redirect(home_path(user))


@router.get("/overview")
async def overview_page(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    filters = _filters(request, user)
    can = grant(user, "usage.read")
    window = Window.ending(filters["range"])
    totals = {"tenant": filters["tenant"], "since": window.since, "until": window.until, "state": state}
    by_tenant: list[dict[str, Any]] = (await admin.usage(can, by="tenant", **totals))["data"]  # type: ignore[index]
    by_model: list[dict[str, Any]] = (await admin.usage(can, by="model", **totals))["data"]  # type: ignore[index]
    if can.tenant is not None:
        tenants = [can.tenant]
    elif user.can("tenants.read"):
        tenants = [t["name"] for t in (await admin.list_tenants(grant(user, "tenants.read"), state))["data"]]
    else:
        tenants = [str(r["tenant"]) for r in by_tenant]
    return render(
        request,
        "overview.html",
        {
            "filters": filters,
            "ranges": tuple(RANGES),
            "splits": SPLITS,
            "by_tenant": by_tenant,
            "by_model": by_model,
            "models": sorted({str(r["model"]) for r in by_model} | {filters["model"] or ""} - {""}),
            "tenants": tenants,
            "fixed_tenant": can.tenant,
            "query": urlencode({k: v for k, v in filters.items() if v}),
            "guard": user.can("audit.read"),
        },
    )


@router.get("/overview.json")
async def overview_json(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    found = await _overview(state, user, _filters(request, user))
    return JSONResponse(
        {
            "since": found.window.since.isoformat(),
            "until": found.window.until.isoformat(),
            "step_s": found.window.step.total_seconds(),
            "charts": found.charts,
        }
    )


@router.get("/overview/table")
async def overview_table(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    found = await _overview(state, user, _filters(request, user))
    return render(request, "overview_table.html", {"rows": found.rows, "guard": found.guard})
