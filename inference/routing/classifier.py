"""The complexity score: a weighted sum of text features, optionally blended with the query's
similarity to exemplar questions of each complexity level (nearest centroid, soft-max weighted)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from inference.cache.embedding import Embedder
from inference.routing.features import QueryFeatures, extract_features
from inference.routing.settings import ClassifierSettings

# Sharpness of the soft-max over centroid similarities: cosine similarities of MiniLM differ by a few
# hundredths between levels, so they are stretched before weighting.
_SOFTMAX_SCALE = 30.0


@dataclass(frozen=True)
class Complexity:
    score: float  # in [0, 1]
    heuristic: float
    embedding: float | None
    features: QueryFeatures
    signals: tuple[str, ...]  # the features that raised or lowered the score, for the reason


class ComplexityClassifier:
    def __init__(self, settings: ClassifierSettings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self._embedder = embedder
        self._centroids: np.ndarray | None = None
        if embedder is not None and settings.embedding_weight > 0:
            rows = []
            for examples in settings.exemplars.values():
                centroid = embedder.embed(examples).mean(axis=0)
                rows.append(centroid / np.linalg.norm(centroid))
            self._centroids = np.stack(rows).astype(np.float32)

    @property
    def uses_embeddings(self) -> bool:
        return self._centroids is not None

    @property
    def cut_points(self) -> tuple[float, ...]:
        s = self.settings
        return s.embedding_thresholds if self.uses_embeddings else s.thresholds

    def level(self, score: float) -> int:
        """Index of the tier this score falls into (0: cheapest)."""
        return sum(1 for cut in self.cut_points if score >= cut)

    def heuristic(self, features: QueryFeatures) -> tuple[float, tuple[str, ...]]:
        w = self.settings.weights
        terms = {
            "length": min(1.0, features.words / w.words_for_full_length),
            "code": min(1.0, features.code_signals / 2),
            "reasoning": min(1.0, features.reasoning_cues / 2),
            "structure": min(
                1.0,
                (max(0, features.questions - 1) + features.steps + features.sequencing + features.constraints)
                / 3,
            ),
            "math": min(1.0, float(features.math)),
        }
        weights = {"length": w.length, "code": w.code, "reasoning": w.reasoning, "structure": w.structure}
        weights["math"] = w.math
        score = sum(weights[name] * value for name, value in terms.items())
        if features.simple_opener:
            score += w.simple_opener
        signals = [f"{features.words} words"]
        if features.code_signals:
            signals.append("code")
        if features.reasoning_cues:
            signals.append(f"{features.reasoning_cues} reasoning cue(s)")
        if terms["structure"]:
            signals.append("multi-part")
        if features.math:
            signals.append("math")
        if features.simple_opener:
            signals.append("lookup question")
        return max(0.0, min(1.0, score)), tuple(signals)

    def embedding_score(self, vector: np.ndarray) -> float:
        assert self._centroids is not None
        sims = self._centroids @ vector
        weights = np.exp((sims - sims.max()) * _SOFTMAX_SCALE)
        weights /= weights.sum()
        levels = np.linspace(0.0, 1.0, num=len(sims)) if len(sims) > 1 else np.zeros(1)
        return float(weights @ levels)

    def classify(self, text: str, vector: np.ndarray | None = None) -> Complexity:
        """`vector`: the query's embedding when the caller already has one (the semantic cache)."""
        features = extract_features(text)
        heuristic, signals = self.heuristic(features)
        embedding: float | None = None
        if self._centroids is not None:
            if vector is None:
                assert self._embedder is not None
                vector = self._embedder.embed([text])[0]
            embedding = self.embedding_score(vector)
        weight = self.settings.embedding_weight if embedding is not None else 0.0
        score = (1 - weight) * heuristic + weight * (embedding or 0.0)
        if embedding is not None:
            signals = (*signals, f"similar to level {embedding:.2f}")
        return Complexity(
            score=round(score, 4) if math.isfinite(score) else 0.0,
            heuristic=heuristic,
            embedding=embedding,
            features=features,
            signals=signals,
        )
