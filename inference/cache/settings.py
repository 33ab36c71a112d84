"""Cache configuration."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GateSettings(_Strict):
    """The near-miss gate: a semantic match is refused when the two queries differ in a way that
    changes the answer even though their embeddings are close."""

    enabled: bool = True
    numbers: bool = True  # "limit for 500 EUR" vs "limit for 5000 EUR"
    negation: bool = True  # "can I" vs "can I not"
    antonyms: bool = True  # "enable" vs "disable", "allow" vs "deny" ...
    names: bool = True  # proper nouns: "Outlook" vs "Teams", "Berlin" vs "Munich"
    extra_antonyms: list[tuple[str, str]] = Field(default_factory=list)  # site-specific pairs


class CacheSettings(_Strict):
    enabled: bool = True
    similarity_threshold: float = Field(default=0.95, gt=0, le=1)
    ttl_s: float = Field(default=3600, gt=0)
    max_entries_per_partition: int = Field(default=5000, gt=0)
    # How many candidates above the threshold the gate may examine, best first.
    gate_candidates: int = Field(default=3, gt=0)
    semantic: bool = True  # False: exact matches only
    # Sampled answers are not reproducible: only temperature-0 requests are cached unless the
    # request opts in or this is set.
    cache_nondeterministic: bool = False
    # Set to use Redis (shared by replicas); None: in-process.
    redis_url: str | None = None
    key_prefix: str = "stockade:cache"
    gate: GateSettings = GateSettings()
