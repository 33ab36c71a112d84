"""Inference for the shipped hashed n-gram logistic-regression classifier (about 0.6 ms a prompt)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from guard.errors import ScannerUnavailableError
from guard.injection_model import features

MODEL_DIR = Path(__file__).resolve().parent.parent / "injection_model"


class NgramInjectionClassifier:
    name = "ngram"

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        try:
            meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
            with np.load(model_dir / "weights.npz", allow_pickle=False) as arrays:
                indices, idf, coef = arrays["indices"], arrays["idf"], arrays["coef"]
        except (OSError, KeyError, ValueError) as exc:
            raise ScannerUnavailableError(
                f"injection classifier in {model_dir} cannot be loaded: {exc}"
            ) from exc
        if meta.get("format") != "hashed-ngram-logreg/2" or meta.get("n_features") != features.N_FEATURES:
            raise ScannerUnavailableError(f"injection classifier in {model_dir} has an unknown format")
        self._idf = np.full(features.N_FEATURES, meta["unseen_idf"], dtype=np.float32)
        self._idf[indices] = idf
        self._coef = np.zeros(features.N_FEATURES, dtype=np.float32)
        self._coef[indices] = coef
        self._intercept = float(meta["intercept"])

    def scores(self, texts: list[str]) -> list[float]:
        """Probability that each (already normalised) text is an injection or jailbreak."""
        out = []
        for text in texts:
            logit = features.row_logit(text, self._idf, self._coef, self._intercept)
            out.append(float(np.float32(1.0) / (np.float32(1.0) + np.exp(-logit))))
        return out

    def batch_scores(self, texts: list[str]) -> list[float]:
        """``scores`` through sparse matrices, as training computes them (kept to check ``scores``)."""
        if not texts:
            return []
        x = features.tfidf(features.counts(texts), self._idf)
        logits = x @ self._coef + self._intercept
        return [float(v) for v in 1.0 / (1.0 + np.exp(-logits))]
