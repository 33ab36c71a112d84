"""Fusion of the retrievers' rankings into one.

* Reciprocal rank fusion (Cormack et al., 2009): score = sum over rankings of weight / (k + rank). It reads
  ranks only, so a retriever's confident first hit weighs no more than a marginal one.
* Min-max score fusion (a convex combination, as in Bruch et al., 2023, "An Analysis of Fusion Functions
  for Hybrid Retrieval"): each ranking's scores are scaled to [0, 1] over its own candidates, then summed
  with the weights; a candidate a ranking did not return gets 0 from it.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Literal, TypeVar

FusionMethod = Literal["rrf", "minmax"]
T = TypeVar("T", bound=Hashable)


def reciprocal_rank_fusion(
    rankings: Mapping[str, Sequence[T]], *, k: int = 60, weights: Mapping[str, float] | None = None
) -> list[tuple[T, float]]:
    """Fuse named rankings (ids, best first) into (id, score) pairs, best first; ties keep first seen."""
    if k < 1:
        raise ValueError("k must be >= 1")
    scores: dict[T, float] = {}
    for name, ranking in rankings.items():
        weight = 1.0 if weights is None else weights.get(name, 1.0)
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda pair: pair[1], reverse=True)


def minmax_score_fusion(
    rankings: Mapping[str, Sequence[T]],
    scores: Mapping[str, Sequence[float]],
    *,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[T, float]]:
    """Fuse named rankings with their scores (higher is better) by weighted min-max-normalised sum."""
    fused: dict[T, float] = {}
    for name, ranking in rankings.items():
        weight = 1.0 if weights is None else weights.get(name, 1.0)
        values = list(scores[name])
        if len(values) != len(ranking):
            raise ValueError(f"ranking {name!r} has {len(ranking)} ids and {len(values)} scores")
        if not values:
            continue
        low, high = min(values), max(values)
        for item, value in zip(ranking, values, strict=True):
            scaled = (value - low) / (high - low) if high > low else 1.0
            fused[item] = fused.get(item, 0.0) + weight * scaled
        for item in ranking:
            fused.setdefault(item, 0.0)
    return sorted(fused.items(), key=lambda pair: pair[1], reverse=True)


def fuse(
    rankings: Mapping[str, Sequence[T]],
    scores: Mapping[str, Sequence[float]],
    *,
    method: FusionMethod = "rrf",
    k: int = 60,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[T, float]]:
    """Fuse by `method`: "rrf" reads ranks (k applies), "minmax" reads scores."""
    if method == "rrf":
        return reciprocal_rank_fusion(rankings, k=k, weights=weights)
    if method == "minmax":
        return minmax_score_fusion(rankings, scores, weights=weights)
    raise ValueError(f"unknown fusion method {method!r}")
