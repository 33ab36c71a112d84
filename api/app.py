"""The FastAPI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.config import Settings
from api.errors import install_error_handlers
from api.middleware import BodySizeLimitMiddleware, RequestContextMiddleware
from api.model_registry import ModelRegistry
from api.routes_admin import admin_router, health_router
from api.routes_openai import router as openai_router
from api.state import AppState
from api.storage import Store
from api.tenancy.audit import AuditLog
from api.tenancy.counters import Counters, LocalCounters, RedisCounters
from api.tenancy.ledger import Ledger
from api.tenancy.limits import LimitsRepository
from api.tenancy.service import Tenancy
from inference.catalog import load_catalog

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, store: Store | None = None) -> FastAPI:
    catalog = load_catalog(settings.catalog_path)
    registry = ModelRegistry(catalog, cache_dir=settings.model_cache, serve=settings.models.serve)
    own_store = store is None
    store = store or Store.from_url(settings.resolved_database_url())
    counters: Counters = RedisCounters(settings.redis_url) if settings.redis_url else LocalCounters()
    tenancy = Tenancy(
        counters,
        LimitsRepository(store, cache_ttl_s=settings.tenancy.limits_cache_ttl_s),
        Ledger(store),
        AuditLog(store),
        audit_requests=settings.tenancy.audit_requests,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        store.create_schema()
        await registry.start()
        yield
        await tenancy.close()
        await registry.close()
        if own_store:
            store.close()

    app = FastAPI(
        title="Stockade",
        version="0.1.0",
        description="Self-hosted OpenAI-compatible LLM gateway",
        lifespan=lifespan,
    )
    app.state.stockade = AppState(settings=settings, store=store, models=registry, tenancy=tenancy)
    install_error_handlers(app)
    app.include_router(health_router)
    app.include_router(openai_router)
    app.include_router(admin_router)
    # Outermost first: the request id must exist before anything can fail.
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.limits.max_body_bytes)
    app.add_middleware(RequestContextMiddleware)
    return app
