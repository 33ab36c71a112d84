"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI

from api.config import Settings
from api.console import install_console
from api.errors import install_error_handlers
from api.feedback import router as feedback_router
from api.governance_jobs import retention_schedule
from api.heap import settle_after_startup
from api.identity.oidc import OidcVerifier
from api.metrics_access import metrics_token
from api.middleware import PortSplitMiddleware, RequestBodyMiddleware, RequestContextMiddleware
from api.routes_admin import admin_router, health_router
from api.routes_anthropic import router as anthropic_router
from api.routes_collections import router as collections_router
from api.routes_guard import router as guard_router
from api.routes_openai import router as openai_router
from api.routes_responses import router as responses_router
from api.state import AppState
from api.tracing import install_tracing
from inference.catalog import load_catalog
from inference.model_registry import ModelRegistry
from inference.prompts.errors import PromptError
from inference.prompts.registry import PromptRegistry
from pipeline.gateway import Gateway
from pipeline.guarding import GuardService
from pipeline.retrieving import RetrievalService, retrieval_settings
from pipeline.steps import Pipeline
from tenancy.audit import AuditLog
from tenancy.counters import Counters, LocalCounters, RedisCounters
from tenancy.db.migrate import prepare_schema
from tenancy.ledger import Ledger
from tenancy.limits import LimitsRepository
from tenancy.service import Tenancy
from tenancy.storage import Store

log = logging.getLogger(__name__)


async def _start_services(
    guards: GuardService,
    gateway: Gateway,
    retrieval: RetrievalService,
    registry: ModelRegistry,
    embedding_model: str | None,
) -> None:
    """Guards (topics, faithfulness), routing and the semantic cache need the models: build them once
    the models have loaded."""
    await registry.wait_ready()
    served = registry.models.get(embedding_model) if embedding_model else None
    embedder = served.embedder if served is not None and served.ready else None
    try:
        await asyncio.to_thread(gateway.build, embedder)
    except Exception:
        log.exception("routing and cache failed to start")
    if served is not None and embedder is not None:
        try:
            await asyncio.to_thread(retrieval.build, embedder.model, served.entry, embedder.engine_name)
        except Exception:
            log.exception("retrieval failed to start")
    # A failure is reported by /readyz, and requests get 503 guard_not_ready.
    with contextlib.suppress(Exception):
        await asyncio.to_thread(guards.build, embedder)
    settle_after_startup()


def create_app(settings: Settings, *, store: Store | None = None) -> FastAPI:
    catalog = load_catalog(settings.catalog_path)
    registry = ModelRegistry(
        catalog,
        cache_dir=settings.model_cache,
        serve=settings.models.serve,
        log_dir=settings.data_dir / "logs",
    )
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

    if settings.retention.cache_days is not None:
        # The semantic cache forgets by its own TTL; retention only ever shortens it.
        ttl = settings.retention.cache_days * 86_400
        settings.gateway.cache["ttl_s"] = min(float(settings.gateway.cache.get("ttl_s", ttl)), ttl)
    clashes = set(settings.apps) & {m.id for m in catalog.models}
    if clashes:
        raise ValueError(f"app names must differ from catalog model ids: {sorted(clashes)}")
    prompts = PromptRegistry(settings.prompts_dir)
    for name, app_settings in settings.apps.items():
        if app_settings.prompt is not None:
            try:
                app_settings.prompt.validate_against(prompts)
            except PromptError as exc:
                raise ValueError(f"app {name}: {exc}") from exc
    guards = GuardService(
        settings.guard.policy,
        {name: app.guard for name, app in settings.apps.items()},
        enabled=settings.guard.enabled,
        detection_cache_entries=settings.guard.detection_cache_entries,
    )
    gateway = Gateway(settings.gateway, registry, settings.redis_url)
    retrieval = RetrievalService(retrieval_settings(settings.data_dir, settings.retrieval))
    # Settings that can still refuse to start are read before tracing adds its sink to the
    # process-wide tracer provider: a start that fails must leave nothing behind.
    scrape_token = metrics_token(settings.server)
    if settings.tracing.enabled:
        install_tracing(
            store,
            settings.tracing.otlp_endpoint,
            settings.tracing.sample_ratio,
            # The scheduled purge keeps traces for traces_days and honours legal holds; the
            # sink prunes on its own only where no purge is scheduled.
            retention=None if settings.retention.schedule else timedelta(days=settings.retention.traces_days),
        )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        prepare_schema(store, settings)
        await registry.start()
        services = asyncio.create_task(
            _start_services(guards, gateway, retrieval, registry, catalog.default_embedding_model)
        )
        purges = (
            asyncio.create_task(retention_schedule(_app.state.stockade))
            if settings.retention.schedule
            else None
        )
        yield
        services.cancel()
        if purges is not None:
            purges.cancel()
        guards.close()
        await tenancy.close()
        await registry.close()
        if own_store:
            store.close()

    app = FastAPI(
        title="Stockade",
        version="0.1.0",
        description="Self-hosted OpenAI-compatible LLM gateway",
        lifespan=lifespan,
        # The interactive docs pages load scripts from a CDN; an air-gapped gateway serves none.
        docs_url=None,
        redoc_url=None,
        # RequestContextMiddleware opens the one server span per request and Stockade's own spans mark
        # the pipeline steps; FastAPI's telemetry would wrap every request (and every chunk sent) in
        # one more layer for a second server span and per-dependency spans.
        telemetry={"tracing": False, "operation_spans": False, "metrics": False, "logs": False},
    )
    app.state.stockade = AppState(
        settings=settings,
        store=store,
        models=registry,
        tenancy=tenancy,
        guards=guards,
        prompts=prompts,
        gateway=gateway,
        retrieval=retrieval,
        identity=OidcVerifier(settings.identity.oidc) if settings.identity.oidc else None,
        pipeline=Pipeline(settings, registry, tenancy, guards, prompts, gateway, retrieval),
        metrics_token=scrape_token,
    )
    install_error_handlers(app)
    # The OpenAI routes first: routers are tried in order, and these carry nearly all the traffic.
    app.include_router(openai_router)
    app.include_router(anthropic_router)
    app.include_router(responses_router)
    app.include_router(health_router)
    app.include_router(admin_router)
    app.include_router(guard_router)
    app.include_router(feedback_router)
    app.include_router(collections_router)
    if settings.console.enabled:
        install_console(app, settings.console)
    # Outermost first: the request id must exist before anything can fail.
    app.add_middleware(
        RequestBodyMiddleware,
        max_bytes=settings.limits.max_body_bytes,
        timeout_s=settings.limits.body_read_timeout_s,
    )
    if settings.server.admin_port is not None:
        app.add_middleware(PortSplitMiddleware, admin_port=settings.server.admin_port)
    app.add_middleware(RequestContextMiddleware)
    return app
