"""Builds stockade-dashboard.json from the panel list below: one entry per panel, laid out
automatically in rows of three. To add a panel, add a `Panel` to a row and run

    .venv/bin/python deploy/grafana/build_dashboard.py

(tests/deploy check that the committed JSON is this script's output, that every query parses, and
that every metric and label it names is registered by our code).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).with_name("stockade-dashboard.json")
SEL = '{model=~"$model"}'
TSEL = '{model=~"$model", tenant=~"$tenant"}'


@dataclass(frozen=True)
class Panel:
    title: str
    unit: str
    queries: list[tuple[str, str]]  # (PromQL, legend)
    description: str = ""
    kind: str = "timeseries"
    stack: bool = False


@dataclass(frozen=True)
class Row:
    title: str
    panels: list[Panel] = field(default_factory=list)


def _q(metric: str, quantile: float, by: str = "model") -> str:
    return f"histogram_quantile({quantile}, sum by (le, {by}) (rate({metric}_bucket{SEL}[$__rate_interval])))"


ROWS = [
    Row(
        "Traffic and errors",
        [
            Panel(
                "Requests/s by status",
                "reqps",
                [(f"sum by (status) (rate(stockade_requests_total{SEL}[$__rate_interval]))", "{{status}}")],
                stack=True,
                description="Requests that reached a model: 200, or the engine's error status. Refusals "
                "before the model (401, 400, 429) are not counted here.",
            ),
            Panel(
                "Error ratio (5xx)",
                "percentunit",
                [
                    (
                        f'sum by (model) (rate(stockade_requests_total{{model=~"$model", status=~"5.."}}'
                        f"[$__rate_interval])) / sum by (model) (rate(stockade_requests_total{SEL}"
                        "[$__rate_interval]))",
                        "{{model}}",
                    )
                ],
            ),
            Panel(
                "Requests refused by a limit/s",
                "reqps",
                [
                    (
                        'sum by (limit) (rate(stockade_limit_rejections_total{tenant=~"$tenant"}'
                        "[$__rate_interval]))",
                        "{{limit}}",
                    )
                ],
                stack=True,
                description="429s by the limit that refused: requests (rate), tokens (daily), budget.",
            ),
        ],
    ),
    Row(
        "Latency",
        [
            Panel(
                "Time to first token",
                "s",
                [
                    (_q("stockade_time_to_first_token_seconds", 0.5), "p50 {{model}}"),
                    (_q("stockade_time_to_first_token_seconds", 0.99), "p99 {{model}}"),
                ],
            ),
            Panel(
                "Time per output token",
                "s",
                [
                    (_q("stockade_time_per_output_token_seconds", 0.5), "p50 {{model}}"),
                    (_q("stockade_time_per_output_token_seconds", 0.99), "p99 {{model}}"),
                ],
            ),
            Panel(
                "End-to-end request duration",
                "s",
                [
                    (_q("stockade_request_duration_seconds", 0.5), "p50 {{model}}"),
                    (_q("stockade_request_duration_seconds", 0.99), "p99 {{model}}"),
                ],
            ),
            Panel(
                "Engine queue wait (in-process engines)",
                "s",
                [(_q("stockade_engine_queue_wait_seconds", 0.99), "p99 {{model}}")],
            ),
            Panel(
                "vLLM requests running / waiting",
                "short",
                [
                    ("sum by (model_name) (vllm:num_requests_running)", "running {{model_name}}"),
                    ("sum by (model_name) (vllm:num_requests_waiting)", "waiting {{model_name}}"),
                ],
            ),
            Panel(
                "vLLM KV-cache usage",
                "percentunit",
                [("max by (model_name) (vllm:kv_cache_usage_perc)", "{{model_name}}")],
                description="Sustained values near 1 mean preemptions: add replicas or lower max-model-len.",
            ),
        ],
    ),
    Row(
        "Tokens and cost",
        [
            Panel(
                "Tokens/s by kind",
                "short",
                [(f"sum by (kind) (rate(stockade_tenant_tokens_total{TSEL}[$__rate_interval]))", "{{kind}}")],
                stack=True,
            ),
            Panel(
                "Tokens/s by tenant",
                "short",
                [
                    (
                        f"sum by (tenant) (rate(stockade_tenant_tokens_total{TSEL}[$__rate_interval]))",
                        "{{tenant}}",
                    )
                ],
                stack=True,
            ),
            Panel(
                "Cost per hour by tenant",
                "currencyUSD",
                [(f"sum by (tenant) (rate(stockade_cost_total{TSEL}[1h])) * 3600", "{{tenant}}")],
            ),
            Panel(
                "Cost per hour by app and prompt version",
                "currencyUSD",
                [
                    (
                        f"sum by (app, prompt) (rate(stockade_cost_total{TSEL}[1h])) * 3600",
                        "{{app}} {{prompt}}",
                    )
                ],
                description="app '-' is a request that named a model, prompt '-' one without a prompt.",
            ),
            Panel(
                "Monthly budget used",
                "percentunit",
                [
                    (
                        'max by (tenant) (stockade_budget_spent_ratio{tenant=~"$tenant"})',
                        "{{tenant}}",
                    )
                ],
                kind="bargauge",
                description="Tenants with a monthly budget, from their first request since the start.",
            ),
        ],
    ),
    Row(
        "Quality",
        [
            Panel(
                "User feedback (share positive) by prompt version",
                "percentunit",
                [
                    (
                        'sum by (prompt, version) (rate(stockade_prompt_feedback_total{rating="up"}[1h])) '
                        "/ sum by (prompt, version) (rate(stockade_prompt_feedback_total[1h]))",
                        "{{prompt}}@{{version}}",
                    )
                ],
            ),
            Panel(
                "User feedback by experiment arm",
                "short",
                [
                    (
                        "sum by (experiment, arm, rating) (increase(stockade_prompt_feedback_total"
                        '{experiment!=""}[$__range]))',
                        "{{experiment}} {{arm}} {{rating}}",
                    )
                ],
                kind="bargauge",
            ),
            Panel(
                "RAG faithfulness p10",
                "percentunit",
                [
                    (
                        "histogram_quantile(0.1, sum by (le) (rate(stockade_guard_faithfulness_score_bucket"
                        "[$__rate_interval])))",
                        "p10",
                    )
                ],
                description="Answers below the app's threshold (0.7) get its fallback message.",
            ),
        ],
    ),
    Row(
        "Safety",
        [
            Panel(
                "PII found by type",
                "short",
                [
                    (
                        "sum by (entity_type) (increase(stockade_guard_pii_detected_total[$__range]))",
                        "{{entity_type}}",
                    )
                ],
                kind="bargauge",
            ),
            Panel(
                "Injection attempts and blocked texts/s",
                "reqps",
                [
                    (
                        "sum by (direction) (rate(stockade_guard_injection_attempts_total"
                        "[$__rate_interval]))",
                        "injection attempts ({{direction}})",
                    ),
                    (
                        "sum by (direction, scanner) (rate(stockade_guard_blocked_total[$__rate_interval]))",
                        "blocked {{direction}} by {{scanner}}",
                    ),
                ],
            ),
            Panel(
                "Refusals per request",
                "percentunit",
                [
                    (
                        "sum by (kind) (rate(stockade_guard_refusals_total[$__rate_interval])) "
                        "/ ignoring (kind) group_left "
                        'sum(rate(stockade_requests_total{route=~"chat|completions"}[$__rate_interval]))',
                        "{{kind}}",
                    )
                ],
                description="model: answers that decline; topic: off-topic questions an app refused.",
            ),
        ],
    ),
    Row(
        "Cache, routing, fallback, engines",
        [
            Panel(
                "Cache hit ratio",
                "percentunit",
                [
                    (
                        'sum by (outcome) (rate(stockade_cache_lookups_total{outcome=~"exact|semantic"}'
                        "[$__rate_interval])) / ignoring (outcome) group_left "
                        'sum(rate(stockade_cache_lookups_total{outcome!="bypass"}[$__rate_interval]))',
                        "{{outcome}}",
                    )
                ],
                stack=True,
                description="Share of cacheable requests answered from the cache, exact and semantic.",
            ),
            Panel(
                "Routing decisions/s",
                "reqps",
                [
                    (
                        "sum by (tier, decided_by) (rate(stockade_routing_decisions_total"
                        "[$__rate_interval]))",
                        "{{tier}} ({{decided_by}})",
                    )
                ],
                stack=True,
            ),
            Panel(
                "Fallbacks/s",
                "reqps",
                [
                    (
                        "sum by (from_engine, to_engine) (rate(stockade_gateway_fallbacks_total"
                        "[$__rate_interval]))",
                        "{{from_engine}} -> {{to_engine}}",
                    )
                ],
            ),
            Panel(
                "Engine up",
                "short",
                [("min by (model, replica) (stockade_engine_up)", "{{model}} {{replica}}")],
                kind="stat",
            ),
            Panel(
                "Generated tokens/s by finish reason",
                "short",
                [
                    (
                        "sum by (finish) (rate(stockade_engine_generated_tokens_total"
                        f"{SEL}[$__rate_interval]))",
                        "{{finish}}",
                    )
                ],
                stack=True,
            ),
        ],
    ),
]


def _panel(panel: Panel, panel_id: int, x: int, y: int) -> dict[str, object]:
    body: dict[str, object] = {
        "id": panel_id,
        "type": panel.kind,
        "title": panel.title,
        "description": panel.description,
        "datasource": {"type": "prometheus", "uid": "${datasource}"},
        "gridPos": {"h": 8, "w": 8, "x": x, "y": y},
        "fieldConfig": {"defaults": {"unit": panel.unit}, "overrides": []},
        "targets": [
            {
                "refId": chr(ord("A") + i),
                "datasource": {"type": "prometheus", "uid": "${datasource}"},
                "expr": expr,
                "legendFormat": legend,
            }
            for i, (expr, legend) in enumerate(panel.queries)
        ],
    }
    if panel.kind == "timeseries" and panel.stack:
        body["fieldConfig"] = {
            "defaults": {"unit": panel.unit, "custom": {"stacking": {"mode": "normal"}}},
            "overrides": [],
        }
    return body


def _variable(name: str, label: str, query: str) -> dict[str, object]:
    return {
        "name": name,
        "label": label,
        "type": "query",
        "datasource": {"type": "prometheus", "uid": "${datasource}"},
        "query": {"query": query, "refId": name},
        "definition": query,
        "includeAll": True,
        "multi": True,
        "allValue": ".*",
        "current": {"text": "All", "value": "$__all"},
        "refresh": 2,
        "sort": 1,
    }


def build() -> dict[str, object]:
    panels: list[dict[str, object]] = []
    next_id, y = 1, 0
    for row in ROWS:
        panels.append(
            {"id": next_id, "type": "row", "title": row.title, "collapsed": False,
             "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}, "panels": []}
        )  # fmt: skip
        next_id, y = next_id + 1, y + 1
        for i, panel in enumerate(row.panels):
            panels.append(_panel(panel, next_id, (i % 3) * 8, y + (i // 3) * 8))
            next_id += 1
        y += ((len(row.panels) + 2) // 3) * 8
    return {
        "uid": "stockade-overview",
        "title": "Stockade: LLM serving",
        "description": "Golden signals of LLM serving: latency, tokens and cost, quality, safety.",
        "tags": ["stockade", "llm"],
        "timezone": "browser",
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "graphTooltip": 1,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "templating": {
            "list": [
                {
                    "name": "datasource",
                    "label": "Prometheus",
                    "type": "datasource",
                    "query": "prometheus",
                    "current": {},
                    "hide": 0,
                },
                _variable("model", "model", "label_values(stockade_requests_total, model)"),
                _variable("tenant", "tenant", "label_values(stockade_tenant_tokens_total, tenant)"),
            ]
        },
        "annotations": {"list": []},
        "panels": panels,
    }


def render() -> str:
    return json.dumps(build(), indent=2) + "\n"


if __name__ == "__main__":
    OUT.write_text(render())
    print(f"wrote {OUT}")
