"""Grafana dashboard and Prometheus rules: structure, PromQL that parses (promql-parser, the Rust
PromQL parser; promtool is not available offline), and metric names that exist or are documented."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from typing import Any

import pytest
import yaml

from .conftest import DEPLOY, REPO

promql = pytest.importorskip("promql_parser")

_METRIC = re.compile(r"\b(stockade_[a-z0-9_]+|vllm:[a-z0-9_:]+)")
_GRAFANA_VARS = {"$__rate_interval": "5m", "$__range": "1h", "$model": ".*", "$tenant": ".*"}


def metric_names(expr: str) -> set[str]:
    return {re.sub(r"_(bucket|sum|count)$", "", m) for m in _METRIC.findall(expr)}


def known_metrics() -> set[str]:
    """Metrics our code registers, plus those docs/deploy.md lists as assumed from other work."""
    import prometheus_client

    import api.metrics  # noqa: F401  (registers the gateway's metrics)
    import inference.llamacpp_engine  # noqa: F401  (registers the engine's)

    registered = set(prometheus_client.REGISTRY._names_to_collectors)
    doc = (REPO / "docs" / "deploy.md").read_text()
    section = doc.split("## Metrics", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`((?:stockade_|vllm:)[a-z0-9_:]+)`", section))
    return registered | documented


def dashboard() -> dict[str, Any]:
    return dict(json.loads((DEPLOY / "grafana" / "stockade-dashboard.json").read_text()))


def rules() -> list[dict[str, Any]]:
    data = yaml.safe_load((DEPLOY / "prometheus" / "stockade-rules.yaml").read_text())
    return [rule for group in data["groups"] for rule in group["rules"]]


def test_dashboard_is_the_generators_output() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_dashboard", DEPLOY / "grafana" / "build_dashboard.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    assert (DEPLOY / "grafana" / "stockade-dashboard.json").read_text() == module.render()


def test_dashboard_panels_are_well_formed() -> None:
    board = dashboard()
    panels = board["panels"]
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids))
    cells: set[tuple[int, int]] = set()
    for p in panels:
        g = p["gridPos"]
        assert g["x"] >= 0 and g["x"] + g["w"] <= 24
        covered = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
        assert not covered & cells, f"panel {p['title']} overlaps another"
        cells |= covered
        if p["type"] != "row":
            assert p["targets"] and p["datasource"]["uid"] == "${datasource}"
    variables = {v["name"] for v in board["templating"]["list"]}
    assert {"datasource", "model", "tenant"} <= variables
    titles = {p["title"] for p in panels if p["type"] == "row"}
    assert {"Latency", "Tokens and cost", "Quality", "Safety"} <= titles


def test_every_query_parses_and_uses_known_metrics() -> None:
    known = known_metrics()
    exprs = [t["expr"] for p in dashboard()["panels"] for t in p.get("targets", [])]
    exprs += [r["expr"] for r in rules()]
    assert len(exprs) > 30
    for expr in exprs:
        for var, value in _GRAFANA_VARS.items():
            expr = expr.replace(var, value)
        promql.parse(expr)
        assert metric_names(expr) <= known, f"undocumented metric in {expr}"


def test_a_broken_query_would_be_caught() -> None:
    with pytest.raises(ValueError):
        promql.parse("sum(rate(stockade_requests_total[5m])")


def test_alerts_cover_errors_ttft_budget_and_engines() -> None:
    all_rules = rules()
    alerts = {r["alert"]: r for r in all_rules if "alert" in r}
    assert {
        "StockadeHighErrorRate",
        "StockadeTTFTP99High",
        "StockadeBudgetBurnFast",
        "StockadeEngineDown",
    } <= set(alerts)
    for alert in alerts.values():
        assert alert["labels"]["severity"] in {"page", "ticket"}
        assert alert["annotations"]["summary"]
        assert re.fullmatch(r"\d+[smh]", alert.get("for", "0s"))
    recorded = {r["record"] for r in all_rules if "record" in r}
    used = {name for a in alerts.values() for name in re.findall(r"\bstockade:[a-z0-9_:]+", a["expr"])}
    assert used <= recorded
