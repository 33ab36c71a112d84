"""`ComplexityRouter`: picks a catalog tier for `model: "auto"` (or an app whose policy routes) and
says why, in words an operator can read in a response header or the ledger.

Order of decisions: the classifier's tier, then the app's rule, then the tenant's rule (a tenant
override wins over its app), then the budget policy, then availability (a tier without a served
model goes to the nearest cheaper one that has one).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

import numpy as np
from opentelemetry import trace
from prometheus_client import Counter, Histogram

from inference.cache.embedding import Embedder
from inference.routing.classifier import Complexity, ComplexityClassifier
from inference.routing.errors import BudgetExceeded, InvalidRoutingRequest
from inference.routing.settings import BudgetPolicy, RoutingSettings, TierRule

log = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)

ROUTED = Counter(
    "stockade_routing_decisions_total",
    "Routing decisions by the tier chosen and what decided it last",
    ["tier", "decided_by"],
)
BUDGET_ACTIONS = Counter(
    "stockade_routing_budget_actions_total",
    "Requests whose tier the budget policy lowered ('downgrade', 'floor') or refused ('refuse')",
    ["action"],
)
SCORES = Histogram(
    "stockade_routing_complexity_score",
    "Complexity scores of routed queries",
    buckets=(0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
)


@dataclass(frozen=True)
class RoutingRequest:
    text: str  # the user's query (the last user message; system prompts are not the user's ask)
    tenant: str
    app: str | None = None
    budget_used_fraction: float = 0.0  # this month's spend / budget, from the tenancy ledger
    vector: np.ndarray | None = field(default=None, compare=False)  # the query's embedding, if known


@dataclass(frozen=True)
class RoutingDecision:
    tier: str
    model_id: str
    score: float
    classified_tier: str | None  # None when a rule pinned the tier without classifying
    decided_by: str  # classifier | app | tenant | budget | availability
    reasons: tuple[str, ...]
    features: dict[str, int | bool] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)

    def header_value(self) -> str:
        """For an `X-Stockade-Route` response header: ASCII, one line."""
        text = f"{self.model_id} ({self.reason})"
        return text.encode("ascii", "replace").decode("ascii").replace("\n", " ")[:512]


class ComplexityRouter:
    def __init__(self, settings: RoutingSettings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.tiers = list(settings.tiers)
        self.classifier = ComplexityClassifier(settings.classifier, embedder)

    def route(self, request: RoutingRequest) -> RoutingDecision:
        if not request.text.strip():
            raise InvalidRoutingRequest("nothing to route: the query is empty")
        used = request.budget_used_fraction
        if not isinstance(used, int | float) or not math.isfinite(used) or used < 0:
            raise InvalidRoutingRequest(f"budget_used_fraction must be a finite number >= 0, got {used!r}")
        with tracer.start_as_current_span("gateway.route") as span:
            decision = self._decide(request)
            span.set_attributes(
                {
                    "route.tier": decision.tier,
                    "route.model": decision.model_id,
                    "route.score": decision.score,
                    "route.decided_by": decision.decided_by,
                    "route.reason": decision.reason,
                }
            )
        ROUTED.labels(decision.tier, decision.decided_by).inc()
        return decision

    def _decide(self, request: RoutingRequest) -> RoutingDecision:
        app_rule = self.settings.apps.get(request.app) if request.app else None
        tenant_rule = self.settings.tenants.get(request.tenant)
        reasons: list[str] = []
        complexity: Complexity | None = None
        pinned = next((r for r in (tenant_rule, app_rule) if r is not None and r.tier), None)
        if pinned is not None:
            assert pinned.tier is not None
            level = self.tiers.index(pinned.tier)
            decided_by = "tenant" if pinned is tenant_rule else "app"
            reasons.append(f"{decided_by} policy pins tier {pinned.tier}")
            classified: str | None = None
        else:
            complexity = self.classifier.classify(request.text, request.vector)
            SCORES.observe(complexity.score)
            level = min(self.classifier.level(complexity.score), len(self.tiers) - 1)
            classified = self.tiers[level]
            decided_by = "classifier"
            reasons.append(
                f"complexity {complexity.score:.2f} ({', '.join(complexity.signals)}) -> {classified}"
            )
            for scope, rule in (("app", app_rule), ("tenant", tenant_rule)):
                if rule is not None:
                    clamped = self._clamp(level, rule)
                    if clamped != level:
                        reasons.append(f"{scope} policy limits to {self.tiers[clamped]}")
                        level, decided_by = clamped, scope

        budget = (tenant_rule.budget if tenant_rule else None) or (app_rule.budget if app_rule else None)
        level, budget_reason = self._apply_budget(level, request, budget or self.settings.budget)
        if budget_reason:
            reasons.append(budget_reason)
            decided_by = "budget"

        tier = self.tiers[level]
        served = self._served_tier(level)
        if served != tier:
            reasons.append(f"no model for tier {tier}; using {served}")
            decided_by = "availability"
        return RoutingDecision(
            tier=served,
            model_id=self.settings.tier_models[served],
            score=complexity.score if complexity else 0.0,
            classified_tier=classified,
            decided_by=decided_by,
            reasons=tuple(reasons),
            features=complexity.features.as_dict() if complexity else {},
        )

    def _clamp(self, level: int, rule: TierRule) -> int:
        if rule.min_tier is not None:
            level = max(level, self.tiers.index(rule.min_tier))
        if rule.max_tier is not None:
            level = min(level, self.tiers.index(rule.max_tier))
        return level

    def _apply_budget(self, level: int, request: RoutingRequest, policy: BudgetPolicy) -> tuple[int, str]:
        used = request.budget_used_fraction
        if policy.hard_fraction is not None and used >= policy.hard_fraction:
            BUDGET_ACTIONS.labels("refuse").inc()
            raise BudgetExceeded(request.tenant, used)
        if used >= policy.floor_fraction and level > 0:
            BUDGET_ACTIONS.labels("floor").inc()
            return 0, f"budget {used:.0%} used -> cheapest tier {self.tiers[0]}"
        if used >= policy.soft_fraction and level > 0:
            BUDGET_ACTIONS.labels("downgrade").inc()
            return level - 1, f"budget {used:.0%} used -> one tier cheaper ({self.tiers[level - 1]})"
        return level, ""

    def _served_tier(self, level: int) -> str:
        models = self.settings.tier_models
        cheaper = [t for t in reversed(self.tiers[: level + 1]) if t in models]
        larger = [t for t in self.tiers[level + 1 :] if t in models]
        return (cheaper or larger)[0]
