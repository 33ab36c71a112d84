"""Admin routes: tenants, keys, limits, allow-lists, usage, traces, the audit log. Health and metrics
need no key.

Every route names the one permission it needs (`allow(...)`); roles grant permissions
(tenancy.roles), and the tenant-bound roles only for their own tenant. Every change is
audited with who made it: `key:<id>` for an admin key, `oidc:<subject>` for a person."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.auth import admin_principal, forget_cached_keys
from api.errors import ApiError
from api.governance_jobs import erase_now, purge_now
from api.json_body import JsonBodyRoute
from api.metrics_access import check_metrics_reader
from api.schemas import Text
from api.state import AppState, app_state
from api.tracing import load_trace, recent_traces, render_tree
from inference.model_registry import ServedModel
from tenancy.access import AllowList
from tenancy.audit import AuditQuery
from tenancy.ledger import usage_csv
from tenancy.limits import Limits, key_subject, tenant_subject
from tenancy.roles import Permission, Principal
from tenancy.storage import ApiKey, StorageError, Tenant

health_router = APIRouter()
admin_router = APIRouter(prefix="/admin", route_class=JsonBodyRoute)


@health_router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


def _model_status(served: ServedModel) -> dict[str, object]:
    """Load status, plus the engine's live state once it runs: a supervised vLLM process that is
    restarting, or the replicas of a fleet."""
    status: dict[str, object] = {
        "status": served.status,
        "detail": served.detail,
        "engine": served.entry.engine,
    }
    if served.chat is not None and served.status in ("ready", "restarting"):
        health = served.chat.health()
        status["engine_state"] = {"ready": health.ready, "detail": health.detail, **health.extra}
    return status


@health_router.get("/readyz")
async def readyz(state: AppState = Depends(app_state)) -> JSONResponse:
    models = {m.entry.id: _model_status(m) for m in state.models.models.values()}
    guards = state.guards
    guard_status = (
        "disabled"
        if not guards.enabled
        else "ready"
        if guards.ready
        else "failed"
        if guards.error
        else "loading"
    )
    ready = state.models.all_ready() and guard_status in ("ready", "disabled")
    return JSONResponse(
        {
            "status": "ready" if ready else "not ready",
            "models": models,
            "guard": {"status": guard_status, "detail": guards.error or ""},
        },
        status_code=200 if ready else 503,
    )


@health_router.get("/metrics")
async def metrics(request: Request, state: AppState = Depends(app_state)) -> Response:
    check_metrics_reader(request, state)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Several worker processes: sum what each has written to the shared directory.
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def _tenant_json(tenant: Tenant) -> dict[str, Any]:
    return {
        "id": tenant.id,
        "name": tenant.name,
        "created_at": tenant.created_at.isoformat(),
        "disabled": tenant.disabled,
        "legal_hold": tenant.legal_hold,
    }


def _key_json(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "scope": key.scope,
        "role": key.role or None,
        "tenant": key.tenant_name,
        "name": key.name,
        "created_at": key.created_at.isoformat(),
        "expires_at": key.expires_at.isoformat() if key.expires_at else None,
        "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
        "rotated_from": key.rotated_from,
    }


class AdminBody(BaseModel):
    """An admin request body. A misspelt field must not fall back to a default (an erasure of every
    tenant, a key that never expires): unknown fields are a 400 `unsupported_parameter` naming them,
    as for limits and allow-lists."""

    model_config = ConfigDict(extra="forbid")


class TenantCreate(AdminBody):
    name: str = Field(min_length=1, max_length=64)


class KeyCreate(AdminBody):
    tenant: str | None = None
    scope: Literal["tenant", "admin"] = "tenant"
    role: Literal["platform-admin", "tenant-admin", "auditor", "app-developer"] | None = Field(
        default=None, description="admin keys only (default platform-admin)"
    )
    name: str = Field(default="", max_length=128)
    expires_in_days: int | None = Field(default=None, ge=1, le=3650)


class KeyRotate(AdminBody):
    overlap_hours: float = Field(
        default=24.0, ge=0, le=24 * 90, description="how long the old key keeps working"
    )


class LegalHold(AdminBody):
    hold: bool


@dataclass(frozen=True)
class Grant:
    """A principal allowed one permission, for every tenant (`tenant` None) or for one."""

    principal: Principal
    tenant: str | None

    def check_tenant(self, name: str | None) -> None:
        if self.tenant is not None and name != self.tenant:
            raise ApiError(403, f"your role acts only for tenant {self.tenant!r}", code="tenant_forbidden")

    def check_key(self, key: ApiKey) -> None:
        """Tenant-bound roles manage their tenant's application keys, never an admin key."""
        self.check_tenant(key.tenant_name)
        if self.tenant is not None and key.scope != "tenant":
            raise ApiError(403, "only a platform admin manages admin keys", code="role_forbidden")


def grant_for(principal: Principal, permission: Permission) -> Grant:
    """The principal's grant of one permission, or 403 `role_forbidden` (the console asks the same)."""
    allowed, tenant = principal.tenant_scope(permission)
    if not allowed:
        raise ApiError(
            403,
            f"your role ({', '.join(sorted(principal.roles))}) does not allow {permission}",
            code="role_forbidden",
        )
    return Grant(principal, tenant)


def allow(permission: Permission) -> Callable[..., Awaitable[Grant]]:
    async def dependency(principal: Principal = Depends(admin_principal)) -> Grant:
        return grant_for(principal, permission)

    return dependency


# One typed dependency per permission (FastAPI's Annotated style): `grant: CanKeysWrite`.
CanAccessRead = Annotated[Grant, Depends(allow("access.read"))]
CanAccessWrite = Annotated[Grant, Depends(allow("access.write"))]
CanAuditRead = Annotated[Grant, Depends(allow("audit.read"))]
CanGovernanceWrite = Annotated[Grant, Depends(allow("governance.write"))]
CanKeysRead = Annotated[Grant, Depends(allow("keys.read"))]
CanKeysWrite = Annotated[Grant, Depends(allow("keys.write"))]
CanLimitsRead = Annotated[Grant, Depends(allow("limits.read"))]
CanLimitsWrite = Annotated[Grant, Depends(allow("limits.write"))]
CanTenantsRead = Annotated[Grant, Depends(allow("tenants.read"))]
CanTenantsWrite = Annotated[Grant, Depends(allow("tenants.write"))]
CanTracesRead = Annotated[Grant, Depends(allow("traces.read"))]
CanUsageRead = Annotated[Grant, Depends(allow("usage.read"))]
CanWhoami = Annotated[Grant, Depends(allow("whoami"))]


def _storage_error(exc: StorageError) -> ApiError:
    status = 409 if "already exists" in str(exc) else 404 if str(exc).startswith("no ") else 400
    return ApiError(status, str(exc), code="storage_error")


def _audit(state: AppState, grant: Grant, action: str, tenant: str = "", **detail: Any) -> None:
    state.tenancy.audit.append(actor=grant.principal.actor, action=action, tenant=tenant, detail=detail)


async def _key(state: AppState, key_id: str) -> ApiKey:
    key = await run_in_threadpool(state.store.key_by_id, key_id)
    if key is None:
        raise ApiError(404, f"no key with id {key_id!r}", code="storage_error")
    return key


async def _tenant(state: AppState, name: str) -> Tenant:
    tenant = await run_in_threadpool(state.store.tenant_by_name, name)
    if tenant is None:
        raise ApiError(404, f"no tenant named {name!r}", code="storage_error")
    return tenant


@admin_router.get("/whoami")
async def whoami(grant: CanWhoami) -> dict[str, Any]:
    principal = grant.principal
    return {
        "actor": principal.actor,
        "roles": sorted(principal.roles),
        "tenant": principal.tenant,
        "via": principal.via,
    }


@admin_router.get("/tenants")
async def list_tenants(grant: CanTenantsRead, state: AppState = Depends(app_state)) -> dict[str, Any]:
    tenants = await run_in_threadpool(state.store.list_tenants)
    return {"object": "list", "data": [_tenant_json(t) for t in tenants]}


@admin_router.post("/tenants", status_code=201)
async def create_tenant(
    grant: CanTenantsWrite, body: TenantCreate, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    try:
        tenant = await run_in_threadpool(state.store.create_tenant, body.name)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    await run_in_threadpool(_audit, state, grant, "tenant.create", tenant.name)
    return _tenant_json(tenant)


@admin_router.put("/tenants/{name}/legal-hold")
async def put_legal_hold(
    grant: CanGovernanceWrite, name: str, body: LegalHold, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    try:
        tenant = await run_in_threadpool(state.store.set_legal_hold, name, body.hold)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    await run_in_threadpool(_audit, state, grant, "tenant.legal_hold", name, hold=body.hold)
    return _tenant_json(tenant)


@admin_router.get("/tenants/{name}/limits")
async def get_limits(grant: CanLimitsRead, name: str, state: AppState = Depends(app_state)) -> dict[str, Any]:
    grant.check_tenant(name)
    tenant = await _tenant(state, name)
    limits = await run_in_threadpool(state.tenancy.limits.get, f"tenant:{tenant.id}")
    return {"tenant": name} | limits.model_dump()


@admin_router.put("/tenants/{name}/limits")
async def put_limits(
    grant: CanLimitsWrite, name: str, body: Limits, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    grant.check_tenant(name)
    try:
        limits = await run_in_threadpool(state.tenancy.limits.set_for_tenant, name, body)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    await run_in_threadpool(_audit, state, grant, "limits.set", name, **limits.model_dump())
    return {"tenant": name} | limits.model_dump()


@admin_router.put("/keys/{key_id}/limits")
async def put_key_limits(
    grant: CanLimitsWrite, key_id: str, body: Limits, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    if body.monthly_budget is not None:
        raise ApiError(400, "budgets are per tenant; set them on the tenant", param="monthly_budget")
    key = await _key(state, key_id)
    grant.check_key(key)
    await run_in_threadpool(state.tenancy.limits.set, key_subject(key_id), body)
    await run_in_threadpool(
        _audit, state, grant, "limits.set", key.tenant_name or "", key=key_id, **body.model_dump()
    )
    return {"key": key_id} | body.model_dump()


@admin_router.get("/tenants/{name}/allow-list")
async def get_tenant_allow_list(
    grant: CanAccessRead, name: str, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    grant.check_tenant(name)
    tenant = await _tenant(state, name)
    lists = await run_in_threadpool(state.tenancy.access.get, tenant_subject(tenant.id))
    return {"tenant": name} | lists.model_dump()


@admin_router.put("/tenants/{name}/allow-list")
async def put_tenant_allow_list(
    grant: CanAccessWrite, name: str, body: AllowList, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    # A tenant admin narrows its keys' lists, never its own tenant's: that is the organisation's grant.
    if grant.tenant is not None:
        raise ApiError(403, "only a platform admin sets a tenant's allow-list", code="role_forbidden")
    tenant = await _tenant(state, name)
    lists = await run_in_threadpool(state.tenancy.access.set, tenant_subject(tenant.id), body)
    await run_in_threadpool(_audit, state, grant, "allow_list.set", name, **lists.model_dump())
    return {"tenant": name} | lists.model_dump()


@admin_router.get("/keys/{key_id}/allow-list")
async def get_key_allow_list(
    grant: CanAccessRead, key_id: str, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    key = await _key(state, key_id)
    grant.check_tenant(key.tenant_name)
    lists = await run_in_threadpool(state.tenancy.access.get, key_subject(key_id))
    return {"key": key_id} | lists.model_dump()


@admin_router.put("/keys/{key_id}/allow-list")
async def put_key_allow_list(
    grant: CanAccessWrite, key_id: str, body: AllowList, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    key = await _key(state, key_id)
    grant.check_key(key)
    lists = await run_in_threadpool(state.tenancy.access.set, key_subject(key_id), body)
    await run_in_threadpool(
        _audit, state, grant, "allow_list.set", key.tenant_name or "", key=key_id, **lists.model_dump()
    )
    return {"key": key_id} | lists.model_dump()


@admin_router.get("/usage", response_model=None)
async def usage(
    grant: CanUsageRead,
    tenant: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    by: str = "model",
    format: str = "json",
    state: AppState = Depends(app_state),
) -> Response | dict[str, Any]:
    if by not in ("model", "prompt", "arm", "day", "tenant", "app"):
        raise ApiError(400, "by must be one of model, prompt, arm, day, tenant, app", param="by")
    if format not in ("json", "csv"):
        raise ApiError(400, "format must be json or csv", param="format")
    if grant.tenant is not None:
        grant.check_tenant(tenant or grant.tenant)
        tenant = grant.tenant
    rows = await run_in_threadpool(
        lambda: state.tenancy.ledger.usage(tenant=tenant, since=since, until=until, by=by)  # type: ignore[arg-type]
    )
    if format == "csv":
        return Response(usage_csv(rows), media_type="text/csv")
    return {"object": "list", "by": by, "data": rows}


@admin_router.get("/traces")
async def traces(
    grant: CanTracesRead,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    name: str | None = None,
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    """Recent traces, newest first; `name` keeps those whose request name contains it (`/v1/`)."""
    rows = await run_in_threadpool(recent_traces, state.store, limit, name)
    return {"object": "list", "data": rows}


@admin_router.get("/traces/{trace_id}", response_model=None)
async def trace_detail(
    grant: CanTracesRead, trace_id: str, format: str = "json", state: AppState = Depends(app_state)
) -> Response | dict[str, Any]:
    spans = await run_in_threadpool(load_trace, state.store, trace_id.lower())
    if not spans:
        raise ApiError(404, f"no trace {trace_id!r} (traces are kept for two days)", code="not_found")
    if format == "text":
        return Response(render_tree(trace_id, spans), media_type="text/plain")
    return {"trace_id": trace_id, "spans": spans, "tree": render_tree(trace_id, spans)}


@admin_router.get("/audit")
async def audit_tail(
    grant: CanAuditRead,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    actor: str | None = None,
    tenant: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    """The newest records (oldest first), optionally only one actor's, tenant's or action's (an
    action ending in `.` or `*` matches as a prefix: `key.`), within [since, until)."""
    query = AuditQuery(actor=actor, tenant=tenant, action=action, since=since, until=until)
    return {
        "object": "list",
        "data": await run_in_threadpool(state.tenancy.audit.tail, limit, query),
    }


@admin_router.get("/audit/verify")
async def audit_verify(grant: CanAuditRead, state: AppState = Depends(app_state)) -> dict[str, Any]:
    result = await run_in_threadpool(state.tenancy.audit.verify)
    return {
        "ok": result.ok,
        "records": result.records,
        "problem": result.problem,
        "first_bad_seq": result.first_bad_seq,
    }


@admin_router.get("/keys")
async def list_keys(
    grant: CanKeysRead, tenant: str | None = None, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    if grant.tenant is not None:
        grant.check_tenant(tenant or grant.tenant)
        tenant = grant.tenant
    keys = await run_in_threadpool(state.store.list_keys, tenant)
    return {"object": "list", "data": [_key_json(k) for k in keys]}


@admin_router.post("/keys", status_code=201)
async def create_key(
    grant: CanKeysWrite, body: KeyCreate, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    if grant.tenant is not None:
        grant.check_tenant(body.tenant)
        if body.scope != "tenant":
            raise ApiError(403, "only a platform admin creates admin keys", code="role_forbidden")
    expires = timedelta(days=body.expires_in_days) if body.expires_in_days else None
    try:
        issued = await run_in_threadpool(
            lambda: state.store.create_key(
                scope=body.scope, tenant_name=body.tenant, name=body.name, expires_in=expires, role=body.role
            )
        )
    except StorageError as exc:
        raise _storage_error(exc) from exc
    await run_in_threadpool(
        _audit,
        state,
        grant,
        "key.create",
        body.tenant or "",
        key=issued.key.id,
        scope=body.scope,
        role=issued.key.role,
    )
    return _key_json(issued.key) | {"key": issued.secret}


@admin_router.post("/keys/{key_id}/rotate", status_code=201)
async def rotate_key(
    grant: CanKeysWrite, key_id: str, body: KeyRotate, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    grant.check_key(await _key(state, key_id))
    try:
        old, issued = await run_in_threadpool(
            state.store.rotate_key, key_id, timedelta(hours=body.overlap_hours)
        )
    except StorageError as exc:
        raise _storage_error(exc) from exc
    # The new key inherits what the old one was allowed and limited to.
    subject, new_subject = key_subject(old.id), key_subject(issued.key.id)
    lists = await run_in_threadpool(state.tenancy.access.get, subject)
    await run_in_threadpool(state.tenancy.access.set, new_subject, lists)
    limits = await run_in_threadpool(state.tenancy.limits.get, subject)
    await run_in_threadpool(state.tenancy.limits.set, new_subject, limits)
    forget_cached_keys()
    await run_in_threadpool(
        _audit,
        state,
        grant,
        "key.rotate",
        old.tenant_name or "",
        key=old.id,
        new_key=issued.key.id,
        old_key_valid_until=old.expires_at.isoformat() if old.expires_at else None,
    )
    return _key_json(issued.key) | {"key": issued.secret, "replaces": _key_json(old)}


@admin_router.delete("/keys/{key_id}")
async def revoke_key(
    grant: CanKeysWrite, key_id: str, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    grant.check_key(await _key(state, key_id))
    try:
        key = await run_in_threadpool(state.store.revoke_key, key_id)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    forget_cached_keys()
    await run_in_threadpool(_audit, state, grant, "key.revoke", key.tenant_name or "", key=key.id)
    return _key_json(key)


class ErasureRequest(AdminBody):
    user: Text = Field(min_length=1, max_length=256, description="the `user` field the requests carried")
    tenant: str | None = Field(default=None, description="only this tenant")
    all_tenants: bool = Field(default=False, description="every tenant: an explicit choice, never a default")


@admin_router.post("/retention/run")
async def retention_run(grant: CanGovernanceWrite, state: AppState = Depends(app_state)) -> dict[str, Any]:
    report = await run_in_threadpool(lambda: purge_now(state, actor=grant.principal.actor))
    return {"object": "retention.purge"} | report.detail()


@admin_router.post("/erasure")
async def erasure(
    grant: CanGovernanceWrite, body: ErasureRequest, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    # Erasing everywhere cannot be undone, so a body that names no tenant never gets it by default.
    if body.tenant is None and not body.all_tenants:
        raise ApiError(
            400,
            "name the tenant to erase the user from, or set all_tenants: true for every tenant",
            code="missing_required_parameter",
            param="tenant",
        )
    if body.tenant is not None and body.all_tenants:
        raise ApiError(
            400,
            "give either tenant or all_tenants: true, not both",
            code="invalid_value",
            param="all_tenants",
        )
    try:
        report = await run_in_threadpool(erase_now, state, body.user, body.tenant, grant.principal.actor)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    return report.json()
