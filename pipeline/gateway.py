"""Which engine answers: complexity routing for `auto`, resilient remote engines, per-app fallback
chains, and the semantic cache in front of them all."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from inference.cache.embedding import Embedder
from inference.cache.semantic import SemanticCache
from inference.cache.settings import CacheSettings
from inference.engine import Engine
from inference.model_registry import ModelRegistry, ServedModel
from inference.resilience.breaker import BreakerSettings
from inference.resilience.chain import FallbackChain
from inference.resilience.retrying import ResilientEngine, RetryPolicy
from inference.routing.errors import BudgetExceeded
from inference.routing.router import ComplexityRouter, RoutingDecision, RoutingRequest
from inference.routing.settings import RoutingSettings
from pipeline.errors import LimitExceeded, NotReady
from pipeline.settings import GatewaySettings

log = logging.getLogger(__name__)

AUTO = "auto"


@dataclass
class Gateway:
    """Built once per process: breakers must see all of an engine's traffic."""

    settings: GatewaySettings
    registry: ModelRegistry
    redis_url: str | None
    _resilient: dict[str, Engine] = field(default_factory=dict)
    router: ComplexityRouter | None = None
    cache_settings: CacheSettings | None = None

    cache: SemanticCache | None = None

    def __post_init__(self) -> None:
        # Validated now so that a bad configuration refuses to start instead of failing later.
        self.cache_settings = CacheSettings.model_validate(
            {"redis_url": self.redis_url} | self.settings.cache
        )
        if self.settings.routing is not None:
            RoutingSettings.model_validate(self.settings.routing)

    def build(self, embedder: Embedder | None) -> None:
        """Once the models are up: route only to tiers that are really served."""
        routing = self.settings.routing
        if routing is None:
            tiers: dict[str, str] = {}
            for served in self.registry.models.values():
                if served.entry.kind == "chat" and served.ready:
                    tiers.setdefault(served.entry.tier, served.entry.id)
            # All three tiers stay known; a tier with no served model routes to the nearest cheaper one.
            routing = {"tier_models": tiers} if tiers else None
        if routing:
            self.router = ComplexityRouter(RoutingSettings.model_validate(routing))
        assert self.cache_settings is not None
        if self.cache_settings.enabled:
            settings = self.cache_settings
            if embedder is None and settings.semantic:
                log.warning("no embedding model: the cache serves exact matches only")
                settings = settings.model_copy(update={"semantic": False})
            self.cache = SemanticCache(settings, embedder)

    def engine(self, served: ServedModel) -> Engine:
        """In-process engines are used as they are (nothing to retry: no network between); remote ones
        get retries with backoff and a circuit breaker, one wrapper per engine per process."""
        assert served.chat is not None
        if served.entry.engine == "llamacpp":
            return served.chat
        wrapped = self._resilient.get(served.entry.id)
        if wrapped is None:
            r = self.settings.resilience
            wrapped = ResilientEngine(
                served.chat,
                RetryPolicy(
                    max_attempts=r.max_attempts,
                    initial_backoff_s=r.initial_backoff_s,
                    max_backoff_s=r.max_backoff_s,
                    first_token_timeout_s=r.first_token_timeout_s,
                ),
                BreakerSettings(
                    failure_threshold=r.breaker_failure_threshold, reset_timeout_s=r.breaker_reset_timeout_s
                ),
            )
            self._resilient[served.entry.id] = wrapped
        return wrapped

    def chain(self, name: str, engines: list[Engine], static_message: str | None) -> Engine:
        return FallbackChain(engines, static_message=static_message, name=name)

    def route(
        self, text: str, tenant: str, app: str | None, budget_used_fraction: float | None
    ) -> RoutingDecision:
        if self.router is None:
            raise NotReady(
                "routing is not ready (no chat model is served yet)", code="model_not_ready", retry_after_s=5
            )
        try:
            return self.router.route(
                RoutingRequest(
                    text=text or " ", tenant=tenant, app=app, budget_used_fraction=budget_used_fraction or 0.0
                )
            )
        except BudgetExceeded as exc:
            raise LimitExceeded(
                f"Monthly budget exhausted for your tenant: {exc}", code="budget_exceeded"
            ) from exc
