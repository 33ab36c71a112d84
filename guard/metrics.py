"""Prometheus metrics for guard decisions. Labels carry types and verdicts, never values."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

PII_DETECTED = Counter(
    "stockade_guard_pii_detected_total", "PII values detected, by entity type", ["entity_type", "direction"]
)
SECRETS_DETECTED = Counter(
    "stockade_guard_secrets_detected_total", "Secrets detected, by kind", ["secret_type", "direction"]
)
INJECTION_ATTEMPTS = Counter(
    "stockade_guard_injection_attempts_total", "Prompt-injection or jailbreak attempts flagged", ["direction"]
)
REFUSALS = Counter(
    "stockade_guard_refusals_total",
    "Refusals: model answers that decline (model) and off-topic requests refused by policy (topic)",
    ["kind"],
)
BLOCKED = Counter("stockade_guard_blocked_total", "Texts blocked by the guard", ["direction", "scanner"])
DECISIONS = Counter("stockade_guard_decisions_total", "Guard decisions by verdict", ["direction", "verdict"])
SCAN_SECONDS = Histogram(
    "stockade_guard_scan_seconds",
    "Wall time of one guard pass",
    ["direction"],
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
FAITHFULNESS = Histogram(
    "stockade_guard_faithfulness_score",
    "Faithfulness of answers to retrieved context",
    buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
)
NAME_MODEL_TOKENS = Counter(
    "stockade_guard_name_model_tokens_total",
    "Tokens of candidate windows the ONNX name model read (read) or left unread over its per-text "
    "budget, pii.onnx_ner_max_tokens (skipped)",
    ["outcome"],
)
DETECTION_CACHE = Counter(
    "stockade_guard_detection_cache_total",
    "Input scans answered from the detection cache (hit: a text this scanner already read, such as "
    "a conversation's earlier turns) or computed (miss)",
    ["scanner", "outcome"],
)
