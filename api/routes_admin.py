"""Admin routes (admin keys only): tenants and keys. Health and metrics need no key."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.auth import admin_key, forget_cached_keys
from api.errors import ApiError
from api.model_registry import ServedModel
from api.state import AppState, app_state
from api.storage import ApiKey, StorageError, Tenant
from api.tenancy.ledger import usage_csv
from api.tenancy.limits import Limits, key_subject
from api.tracing import load_trace, recent_traces, render_tree

health_router = APIRouter()
admin_router = APIRouter(prefix="/admin", dependencies=[Depends(admin_key)])


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
    if served.chat is not None and served.status == "ready":
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
async def metrics() -> Response:
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
    }


def _key_json(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "scope": key.scope,
        "tenant": key.tenant_name,
        "name": key.name,
        "created_at": key.created_at.isoformat(),
        "expires_at": key.expires_at.isoformat() if key.expires_at else None,
        "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
    }


class TenantCreate(BaseModel):
    name: str = Field(min_length=1, max_length=64)


class KeyCreate(BaseModel):
    tenant: str | None = None
    scope: Literal["tenant", "admin"] = "tenant"
    name: str = Field(default="", max_length=128)
    expires_in_days: int | None = Field(default=None, ge=1, le=3650)


def _storage_error(exc: StorageError) -> ApiError:
    status = 409 if "already exists" in str(exc) else 404 if str(exc).startswith("no ") else 400
    return ApiError(status, str(exc), code="storage_error")


def _audit(state: AppState, request: Request, action: str, tenant: str = "", **detail: Any) -> None:
    state.tenancy.audit.append(
        actor=f"key:{request.state.key_id}", action=action, tenant=tenant, detail=detail
    )


@admin_router.get("/tenants")
async def list_tenants(state: AppState = Depends(app_state)) -> dict[str, Any]:
    tenants = await run_in_threadpool(state.store.list_tenants)
    return {"object": "list", "data": [_tenant_json(t) for t in tenants]}


@admin_router.post("/tenants", status_code=201)
async def create_tenant(
    body: TenantCreate, request: Request, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    try:
        tenant = await run_in_threadpool(state.store.create_tenant, body.name)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    await run_in_threadpool(_audit, state, request, "tenant.create", tenant.name)
    return _tenant_json(tenant)


@admin_router.get("/tenants/{name}/limits")
async def get_limits(name: str, state: AppState = Depends(app_state)) -> dict[str, Any]:
    tenant = await run_in_threadpool(state.store.tenant_by_name, name)
    if tenant is None:
        raise ApiError(404, f"no tenant named {name!r}", code="storage_error")
    limits = await run_in_threadpool(state.tenancy.limits.get, f"tenant:{tenant.id}")
    return {"tenant": name} | limits.model_dump()


@admin_router.put("/tenants/{name}/limits")
async def put_limits(
    name: str, body: Limits, request: Request, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    try:
        limits = await run_in_threadpool(state.tenancy.limits.set_for_tenant, name, body)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    await run_in_threadpool(_audit, state, request, "limits.set", name, **limits.model_dump())
    return {"tenant": name} | limits.model_dump()


@admin_router.put("/keys/{key_id}/limits")
async def put_key_limits(
    key_id: str, body: Limits, request: Request, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    if body.monthly_budget is not None:
        raise ApiError(400, "budgets are per tenant; set them on the tenant", param="monthly_budget")
    keys = {k.id: k for k in await run_in_threadpool(state.store.list_keys, None)}
    if key_id not in keys:
        raise ApiError(404, f"no key with id {key_id!r}", code="storage_error")
    await run_in_threadpool(state.tenancy.limits.set, key_subject(key_id), body)
    await run_in_threadpool(
        _audit, state, request, "limits.set", keys[key_id].tenant_name or "", key=key_id, **body.model_dump()
    )
    return {"key": key_id} | body.model_dump()


@admin_router.get("/usage", response_model=None)
async def usage(
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
    rows = await run_in_threadpool(
        lambda: state.tenancy.ledger.usage(tenant=tenant, since=since, until=until, by=by)  # type: ignore[arg-type]
    )
    if format == "csv":
        return Response(usage_csv(rows), media_type="text/csv")
    return {"object": "list", "by": by, "data": rows}


@admin_router.get("/traces")
async def traces(limit: int = 20, state: AppState = Depends(app_state)) -> dict[str, Any]:
    rows = await run_in_threadpool(recent_traces, state.store, min(max(limit, 1), 500))
    return {"object": "list", "data": rows}


@admin_router.get("/traces/{trace_id}", response_model=None)
async def trace_detail(
    trace_id: str, format: str = "json", state: AppState = Depends(app_state)
) -> Response | dict[str, Any]:
    spans = await run_in_threadpool(load_trace, state.store, trace_id.lower())
    if not spans:
        raise ApiError(404, f"no trace {trace_id!r} (traces are kept for two days)", code="not_found")
    if format == "text":
        return Response(render_tree(trace_id, spans), media_type="text/plain")
    return {"trace_id": trace_id, "spans": spans, "tree": render_tree(trace_id, spans)}


@admin_router.get("/audit")
async def audit_tail(limit: int = 50, state: AppState = Depends(app_state)) -> dict[str, Any]:
    return {
        "object": "list",
        "data": await run_in_threadpool(state.tenancy.audit.tail, min(max(limit, 1), 1000)),
    }


@admin_router.get("/audit/verify")
async def audit_verify(state: AppState = Depends(app_state)) -> dict[str, Any]:
    result = await run_in_threadpool(state.tenancy.audit.verify)
    return {
        "ok": result.ok,
        "records": result.records,
        "problem": result.problem,
        "first_bad_seq": result.first_bad_seq,
    }


@admin_router.get("/keys")
async def list_keys(tenant: str | None = None, state: AppState = Depends(app_state)) -> dict[str, Any]:
    keys = await run_in_threadpool(state.store.list_keys, tenant)
    return {"object": "list", "data": [_key_json(k) for k in keys]}


@admin_router.post("/keys", status_code=201)
async def create_key(
    body: KeyCreate, request: Request, state: AppState = Depends(app_state)
) -> dict[str, Any]:
    expires = timedelta(days=body.expires_in_days) if body.expires_in_days else None
    try:
        issued = await run_in_threadpool(
            lambda: state.store.create_key(
                scope=body.scope, tenant_name=body.tenant, name=body.name, expires_in=expires
            )
        )
    except StorageError as exc:
        raise _storage_error(exc) from exc
    await run_in_threadpool(
        _audit, state, request, "key.create", body.tenant or "", key=issued.key.id, scope=body.scope
    )
    return _key_json(issued.key) | {"key": issued.secret}


@admin_router.delete("/keys/{key_id}")
async def revoke_key(key_id: str, request: Request, state: AppState = Depends(app_state)) -> dict[str, Any]:
    try:
        key = await run_in_threadpool(state.store.revoke_key, key_id)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    forget_cached_keys()
    await run_in_threadpool(_audit, state, request, "key.revoke", key.tenant_name or "", key=key.id)
    return _key_json(key)
