"""Tenants, keys, limits and allow-lists. Every read and change goes through the admin API's own
route functions (the same checks, the same audit records); this module only turns forms into their
arguments and their answers into pages."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, ValidationError

from api import routes_admin as admin
from api.console.session import ConsoleUser
from api.console.web import csrf_checked, grant, redirect, render, signed_in
from api.errors import ApiError
from api.state import AppState, app_state
from tenancy.access import AllowList
from tenancy.limits import Limits

router = APIRouter()
M = TypeVar("M", bound=BaseModel)
_LIMIT_FIELDS = (
    "requests_per_second",
    "burst",
    "daily_tokens",
    "monthly_budget",
    "budget_policy",
    "timezone",
    "max_tokens_per_request",
    "max_prompt_tokens",
)


def parse(model: type[M], values: dict[str, Any]) -> M:
    """A form's values as the admin API's request model; 400 naming the field when one is wrong."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ApiError(400, f"{field}: {first['msg']}", code="invalid_value", param=field) from exc


def _names(text: str) -> list[str] | None:
    names = [n.strip() for n in re.split(r"[,\n]", text) if n.strip()]
    return names or None


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v.strip() for k, v in form.items() if isinstance(v, str)}


@router.get("/tenants")
async def tenants_page(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    if not user.can("tenants.read") and user.tenant is not None:
        return redirect(f"/tenants/{user.tenant}")  # a tenant-bound role has one tenant
    listing = await admin.list_tenants(grant(user, "tenants.read"), state)
    return render(
        request,
        "tenants.html",
        {
            "tenants": listing["data"],
            "can_create": user.can("tenants.write"),
            "created": request.query_params.get("created"),
        },
    )


@router.post("/tenants", dependencies=[Depends(csrf_checked)])
async def create_tenant(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    body = parse(admin.TenantCreate, {"name": (await _form(request)).get("name", "")})
    await admin.create_tenant(grant(user, "tenants.write"), body, state)
    return redirect(f"/tenants/{body.name}?saved=tenant")


async def _optional(call: Any) -> Any:
    """A section the role may not read is left out of the page rather than failing it."""
    try:
        return await call
    except ApiError as exc:
        if exc.status == 403 and exc.code == "role_forbidden":
            return None
        raise


@router.get("/tenants/{name}")
async def tenant_page(
    request: Request, name: str, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    if user.tenant is not None and not user.can("tenants.read"):
        admin.Grant(user.principal, user.tenant).check_tenant(name)  # 403 for another tenant
    await admin._tenant(state, name)  # 404 for an unknown one
    limits = (
        await admin.get_limits(grant(user, "limits.read"), name, state) if user.can("limits.read") else None
    )
    allow = (
        await admin.get_tenant_allow_list(grant(user, "access.read"), name, state)
        if user.can("access.read")
        else None
    )
    keys = (
        (await admin.list_keys(grant(user, "keys.read"), name, state))["data"]
        if user.can("keys.read")
        else None
    )
    return render(
        request,
        "tenant.html",
        {
            "name": name,
            "limits": limits,
            "allow": allow,
            "keys": keys,
            "can_limits": user.can("limits.write"),
            # Only a platform admin sets a tenant's allow-list (a tenant admin narrows its keys').
            "can_allow": user.can("access.write") and user.principal.tenant_scope("access.write")[1] is None,
            "can_keys": user.can("keys.write"),
            "saved": request.query_params.get("saved"),
            "revoked": request.query_params.get("revoked"),
        },
    )


@router.post("/tenants/{name}/limits", dependencies=[Depends(csrf_checked)])
async def save_limits(
    request: Request, name: str, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    form = await _form(request)
    values = {f: form[f] for f in _LIMIT_FIELDS if form.get(f)}
    await admin.put_limits(grant(user, "limits.write"), name, parse(Limits, values), state)
    return redirect(f"/tenants/{name}?saved=limits")


@router.post("/tenants/{name}/allow-list", dependencies=[Depends(csrf_checked)])
async def save_allow_list(
    request: Request, name: str, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    form = await _form(request)
    lists = parse(AllowList, {kind: _names(form.get(kind, "")) for kind in ("models", "apps", "collections")})
    await admin.put_tenant_allow_list(grant(user, "access.write"), name, lists, state)
    return redirect(f"/tenants/{name}?saved=allow")


@router.post("/tenants/{name}/keys", dependencies=[Depends(csrf_checked)])
async def create_key(
    request: Request, name: str, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    form = await _form(request)
    values: dict[str, Any] = {"tenant": name, "name": form.get("key_name", "")}
    if form.get("expires_in_days"):
        values["expires_in_days"] = form["expires_in_days"]
    issued = await admin.create_key(grant(user, "keys.write"), parse(admin.KeyCreate, values), state)
    # The secret is in this one response (never stored, never cached: Cache-Control no-store).
    return render(request, "key_created.html", {"key": issued, "tenant": name}, status_code=201)


@router.post("/keys/{key_id}/revoke", dependencies=[Depends(csrf_checked)])
async def revoke_key(
    request: Request,
    key_id: str,
    user: ConsoleUser = Depends(signed_in),
    state: AppState = Depends(app_state),
) -> Response:
    key = await admin.revoke_key(grant(user, "keys.write"), key_id, state)
    return redirect(f"/tenants/{key['tenant']}?revoked={key_id}")
