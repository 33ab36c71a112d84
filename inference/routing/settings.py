"""Routing configuration: tiers and their models, classifier knobs, per-app/per-tenant rules, budgets."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BudgetPolicy(_Strict):
    """What happens as a tenant's spend approaches its budget (fractions of the budget used)."""

    soft_fraction: float = Field(default=0.8, ge=0, description="from here: one tier cheaper")
    floor_fraction: float = Field(default=0.95, ge=0, description="from here: the cheapest tier")
    hard_fraction: float | None = Field(default=1.0, ge=0, description="from here: refuse; None: never")

    @model_validator(mode="after")
    def _ordered(self) -> BudgetPolicy:
        hard = self.hard_fraction if self.hard_fraction is not None else float("inf")
        if not self.soft_fraction <= self.floor_fraction <= hard:
            raise ValueError("budget fractions must satisfy soft <= floor <= hard")
        return self


class TierRule(_Strict):
    """A rule for one app or one tenant. `tier` pins the tier (no classification); `min_tier` and
    `max_tier` clamp the classifier's choice; `budget` replaces the global budget policy."""

    tier: str | None = None
    min_tier: str | None = None
    max_tier: str | None = None
    budget: BudgetPolicy | None = None


class FeatureWeights(_Strict):
    """Weights of the heuristic score; each feature term is first scaled to [0, 1]."""

    length: float = 0.35  # words / words_for_full_length
    code: float = 0.25
    reasoning: float = 0.35
    structure: float = 0.15  # several questions, numbered steps, sequencing, constraints
    math: float = 0.1
    simple_opener: float = -0.2  # "what is", "who wrote", "translate" ...
    words_for_full_length: int = Field(default=60, gt=0)


DEFAULT_EXEMPLARS: dict[str, list[str]] = {
    "simple": [
        "What is the capital of Italy?",
        "Who invented the telephone?",
        "How many minutes are in an hour?",
        "Translate 'hello' into French.",
        "What does CPU stand for?",
        "Hello, how are you?",
    ],
    "moderate": [
        "Write a Python function that sorts a list of dictionaries by a key.",
        "Explain the difference between GET and POST requests.",
        "Write a SQL query that counts orders per customer.",
        "Summarise this paragraph in two sentences.",
        "What is a primary key in a database?",
        "Draft a short email rescheduling a meeting.",
    ],
    "complex": [
        "Design a highly available system for processing card payments and explain the trade-offs.",
        "Walk me through diagnosing intermittent latency spikes in a distributed service, step by step.",
        "Compare two database architectures for an audited ledger and recommend one with justification.",
        "Propose a migration plan for moving a monolith to microservices with zero downtime.",
        "Analyse the security risks of a file upload feature and design mitigations.",
        "Derive the expected running time of this algorithm and suggest an optimised version.",
    ],
}


class ClassifierSettings(_Strict):
    # Cut points on the score in [0, 1]: one fewer than there are tiers. Tuned on the dev half of
    # benchmarks/data/gateway/routing_questions.jsonl (see docs/gateway.md); the blended score of
    # the embedding mode spreads differently, hence its own cut points.
    thresholds: tuple[float, ...] = (0.05, 0.35)
    embedding_thresholds: tuple[float, ...] = (0.175, 0.475)
    weights: FeatureWeights = FeatureWeights()
    # With an embedder: the share of the score taken from similarity to the exemplar centroids.
    embedding_weight: float = Field(default=0.3, ge=0, le=1)
    # Ordered from simplest to most complex; level i of n stands for the score i / (n - 1), so the
    # number of levels need not match the number of tiers.
    exemplars: dict[str, list[str]] = Field(default_factory=lambda: dict(DEFAULT_EXEMPLARS))

    @model_validator(mode="after")
    def _ordered(self) -> ClassifierSettings:
        for cuts in (self.thresholds, self.embedding_thresholds):
            if list(cuts) != sorted(cuts) or not all(0 <= t <= 1 for t in cuts):
                raise ValueError("classifier thresholds must be ascending values in [0, 1]")
        if any(not examples for examples in self.exemplars.values()):
            raise ValueError("every exemplar level needs at least one example")
        return self


class RoutingSettings(_Strict):
    tiers: list[str] = Field(default_factory=lambda: ["tiny", "default", "large"], min_length=1)
    # Tier -> model id. A tier with no model (the large one before `make models-large`) routes to the
    # nearest cheaper tier that has one, else the nearest larger.
    tier_models: dict[str, str] = Field(min_length=1)
    classifier: ClassifierSettings = ClassifierSettings()
    apps: dict[str, TierRule] = Field(default_factory=dict)
    tenants: dict[str, TierRule] = Field(default_factory=dict)
    budget: BudgetPolicy = BudgetPolicy()

    @model_validator(mode="after")
    def _consistent(self) -> RoutingSettings:
        known = set(self.tiers)
        if len(known) != len(self.tiers):
            raise ValueError("tiers must be unique")
        unknown = set(self.tier_models) - known
        for scope, rules in (("app", self.apps), ("tenant", self.tenants)):
            for name, rule in rules.items():
                for tier in (rule.tier, rule.min_tier, rule.max_tier):
                    if tier is not None and tier not in known:
                        unknown.add(f"{tier} ({scope} {name})")
                if (
                    rule.min_tier
                    and rule.max_tier
                    and self.tiers.index(rule.min_tier) > self.tiers.index(rule.max_tier)
                ):
                    raise ValueError(f"{scope} {name}: min_tier is above max_tier")
        if unknown:
            raise ValueError(f"unknown tiers: {sorted(unknown)}; known: {self.tiers}")
        cuts = {len(self.classifier.thresholds), len(self.classifier.embedding_thresholds)}
        if cuts != {len(self.tiers) - 1}:
            raise ValueError(f"{len(self.tiers)} tiers need {len(self.tiers) - 1} classifier thresholds")
        return self
