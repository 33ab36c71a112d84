"""Admin routes (admin keys only): tenants and keys. Health and metrics need no key."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.auth import admin_key
from api.errors import ApiError
from api.state import AppState, app_state
from api.storage import ApiKey, StorageError, Tenant

health_router = APIRouter()
admin_router = APIRouter(prefix="/admin", dependencies=[Depends(admin_key)])


@health_router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@health_router.get("/readyz")
async def readyz(state: AppState = Depends(app_state)) -> JSONResponse:
    models = {m.entry.id: {"status": m.status, "detail": m.detail} for m in state.models.models.values()}
    ready = state.models.all_ready()
    return JSONResponse(
        {"status": "ready" if ready else "not ready", "models": models}, status_code=200 if ready else 503
    )


@health_router.get("/metrics")
async def metrics() -> Response:
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


@admin_router.get("/tenants")
async def list_tenants(state: AppState = Depends(app_state)) -> dict[str, Any]:
    tenants = await run_in_threadpool(state.store.list_tenants)
    return {"object": "list", "data": [_tenant_json(t) for t in tenants]}


@admin_router.post("/tenants", status_code=201)
async def create_tenant(body: TenantCreate, state: AppState = Depends(app_state)) -> dict[str, Any]:
    try:
        tenant = await run_in_threadpool(state.store.create_tenant, body.name)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    return _tenant_json(tenant)


@admin_router.get("/keys")
async def list_keys(tenant: str | None = None, state: AppState = Depends(app_state)) -> dict[str, Any]:
    keys = await run_in_threadpool(state.store.list_keys, tenant)
    return {"object": "list", "data": [_key_json(k) for k in keys]}


@admin_router.post("/keys", status_code=201)
async def create_key(body: KeyCreate, state: AppState = Depends(app_state)) -> dict[str, Any]:
    expires = timedelta(days=body.expires_in_days) if body.expires_in_days else None
    try:
        issued = await run_in_threadpool(
            lambda: state.store.create_key(
                scope=body.scope, tenant_name=body.tenant, name=body.name, expires_in=expires
            )
        )
    except StorageError as exc:
        raise _storage_error(exc) from exc
    return _key_json(issued.key) | {"key": issued.secret}


@admin_router.delete("/keys/{key_id}")
async def revoke_key(key_id: str, state: AppState = Depends(app_state)) -> dict[str, Any]:
    try:
        key = await run_in_threadpool(state.store.revoke_key, key_id)
    except StorageError as exc:
        raise _storage_error(exc) from exc
    return _key_json(key)
