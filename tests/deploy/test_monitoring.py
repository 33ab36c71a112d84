"""Grafana dashboard, Prometheus rules and the metric names in the docs, against what the code
registers.

Every module of api/, guard/, retrieval/ and inference/ is imported, and prometheus_client's own
registry then says which metrics exist and with which labels. Every query of the dashboard and the
rules is parsed (promql-parser, the Rust PromQL parser) and walked: a metric or a label that no code
registers fails the test, and so does a `by`, `on` or `group_left` label that the expression below
it cannot have. The alerts themselves are proven by Prometheus' own rule tests
(deploy/prometheus/stockade-rules.test.yaml, run with promtool).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import pkgutil
import re
import shutil
import subprocess
import sys
from functools import cache
from typing import Any

import prometheus_client
import promql_parser as promql
import pytest
import yaml
from prometheus_client.metrics import MetricWrapperBase

from .conftest import DEPLOY, REPO

PACKAGES = ("api", "pipeline", "guard", "retrieval", "inference")
# Modules that need an optional engine's own packages, absent from the gateway's environment.
OPTIONAL_IMPORTS = {"vllm", "FlagEmbedding", "llm_guard", "flashrank"}
# Labels Prometheus adds to every scraped series.
TARGET_LABELS = frozenset({"job", "instance"})
# Not ours: series that Prometheus itself or vLLM's own /metrics provide, with the labels used.
EXTERNAL: dict[str, frozenset[str]] = {
    "up": frozenset(),
    "vllm:num_requests_running": frozenset({"model_name"}),
    "vllm:num_requests_waiting": frozenset({"model_name"}),
    "vllm:kv_cache_usage_perc": frozenset({"model_name"}),
}
GRAFANA_VARS = {"$__rate_interval": "5m", "$__range": "1h", "$model": ".*", "$tenant": ".*"}


@cache
def registered() -> dict[str, frozenset[str]]:
    """Every series name the code can expose (counters' _total, histograms' _bucket with `le`, ...)
    and its labels, from prometheus_client's registry after importing every module we ship."""
    failed: list[str] = []
    for package in PACKAGES:
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
            try:
                importlib.import_module(info.name)
            except ImportError as exc:
                if exc.name is None or exc.name.split(".")[0] not in OPTIONAL_IMPORTS:
                    failed.append(f"{info.name}: {exc}")
    assert not failed, f"modules that do not import: {failed}"
    series: dict[str, frozenset[str]] = {}
    registry = prometheus_client.REGISTRY
    for collector, names in registry._collector_to_names.items():
        labels = (
            frozenset(getattr(collector, "_labelnames", ()))
            if isinstance(collector, MetricWrapperBase)
            else frozenset()
        )
        for name in names:
            series[name] = labels | {"le"} if name.endswith("_bucket") else labels
    return series


def schema() -> dict[str, frozenset[str]]:
    known = {name: labels | TARGET_LABELS for name, labels in registered().items()}
    known.update({name: labels | TARGET_LABELS for name, labels in EXTERNAL.items()})
    return known


class Checker:
    """Walks one PromQL AST, returning each node's output labels and noting every unknown name."""

    def __init__(self, known: dict[str, frozenset[str]]) -> None:
        self.known = known
        self.problems: list[str] = []

    def labels(self, node: Any) -> frozenset[str] | None:  # None: a scalar or a string
        if isinstance(node, promql.VectorSelector):
            return self._selector(node)
        if isinstance(node, promql.MatrixSelector):
            return self._selector(node.vector_selector)
        if isinstance(node, promql.ParenExpr | promql.UnaryExpr):
            return self.labels(node.expr)
        if isinstance(node, promql.SubqueryExpr):
            return self.labels(node.expr)
        if isinstance(node, promql.NumberLiteral | promql.StringLiteral):
            return None
        if isinstance(node, promql.Call):
            return self._call(node)
        if isinstance(node, promql.AggregateExpr):
            return self._aggregate(node)
        if isinstance(node, promql.BinaryExpr):
            return self._binary(node)
        self.problems.append(f"unexpected node {type(node).__name__}: {node}")
        return None

    def _selector(self, node: Any) -> frozenset[str]:
        name = node.name
        if name not in self.known:
            self.problems.append(f"metric {name!r} is not registered by any module")
            return frozenset()
        have = self.known[name]
        for matcher in node.matchers.matchers:
            if matcher.name != "__name__" and matcher.name not in have:
                self.problems.append(f"{name} has no label {matcher.name!r} (it has {sorted(have)})")
        return have

    def _call(self, node: Any) -> frozenset[str] | None:
        inputs = [self.labels(arg) for arg in node.args]
        vectors = [labels for labels in inputs if labels is not None]
        if node.func.name == "scalar":
            return None
        if not vectors:
            return frozenset()
        if node.func.name == "histogram_quantile":
            if "le" not in vectors[0]:
                self.problems.append(f"histogram_quantile over series without `le`: {node}")
            return vectors[0] - {"le"}
        return vectors[0]

    def _aggregate(self, node: Any) -> frozenset[str]:
        inner = self.labels(node.expr) or frozenset()
        if node.param is not None:
            self.labels(node.param)
        modifier = node.modifier
        if modifier is None:
            return inner if str(node.op).lower() in {"topk", "bottomk"} else frozenset()
        wanted = frozenset(modifier.labels)
        for label in wanted - inner:
            self.problems.append(f"{node.op} groups by {label!r}, which {node.expr} does not have")
        by = str(modifier.type).endswith("By")
        return wanted if by else inner - wanted

    def _binary(self, node: Any) -> frozenset[str] | None:
        left, right = self.labels(node.lhs), self.labels(node.rhs)
        if left is None or right is None:
            return left if right is None else right
        op = str(node.op).strip().lower()
        modifier = node.modifier
        matching = modifier.matching if modifier is not None else None
        on = matching is not None and str(matching.type).endswith("Include")
        match_labels = frozenset(matching.labels) if matching is not None else frozenset()
        for label in match_labels:
            if on and not (label in left and label in right):
                self.problems.append(f"on ({label}) needs {label!r} on both sides of {node}")
            if not on and label not in left | right:
                self.problems.append(f"ignoring ({label}): neither side of {node} has {label!r}")
        extra = frozenset(modifier.group_labels or ()) if modifier is not None else frozenset()
        card = str(modifier.card) if modifier is not None else "OneToOne"
        for label in extra:
            side = right if card.endswith("ManyToOne") else left
            if label not in side:
                self.problems.append(f"group_x ({label}): the other side of {node} has no {label!r}")
        if op in {"and", "unless"}:
            return left
        if op == "or":
            return left | right
        if card.endswith("ManyToOne"):
            return left | extra
        if card.endswith("OneToMany"):
            return right | extra
        if on:
            return match_labels
        return left - match_labels


def check(expr: str, known: dict[str, frozenset[str]]) -> tuple[frozenset[str] | None, list[str]]:
    for var, value in GRAFANA_VARS.items():
        expr = expr.replace(var, value)
    checker = Checker(known)
    labels = checker.labels(promql.parse(expr))
    return labels, checker.problems


def dashboard() -> dict[str, Any]:
    return dict(json.loads((DEPLOY / "grafana" / "stockade-dashboard.json").read_text()))


def rules() -> list[dict[str, Any]]:
    data = yaml.safe_load((DEPLOY / "prometheus" / "stockade-rules.yaml").read_text())
    return [rule for group in data["groups"] for rule in group["rules"]]


def rules_schema() -> dict[str, frozenset[str]]:
    """The registry plus the recording rules' series, each with the labels its expression leaves."""
    known = schema()
    for rule in rules():
        if "record" in rule:
            labels, problems = check(rule["expr"], known)
            assert not problems, (rule["record"], problems)
            known[rule["record"]] = labels or frozenset()
    return known


# ---- the checker itself can fail --------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "problem"),
    [
        ("sum(rate(stockade_tokens_total[5m]))", "metric 'stockade_tokens_total' is not registered"),
        ("sum by (app) (rate(stockade_tenant_tokens_total[5m]))", "groups by 'app'"),
        ('stockade_guard_refusals_total{model="m"}', "has no label 'model'"),
        ("histogram_quantile(0.9, sum by (model) (rate(stockade_time_to_first_token_seconds_bucket[5m])))",
         "without `le`"),
        ("stockade_cost_total / on (replica) stockade_budget_monthly", "on (replica) needs"),
        ("max by (tenant) (stockade_budget_spent_ratio) >= 1", None),
        ("histogram_quantile(0.5, sum by (le, model) (rate(stockade_request_duration_seconds_bucket[5m])))",
         None),
    ],
)  # fmt: skip
def test_the_checker_finds_unknown_metrics_and_labels(expr: str, problem: str | None) -> None:
    _, problems = check(expr, schema())
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_a_broken_query_would_be_caught() -> None:
    with pytest.raises(ValueError):
        promql.parse("sum(rate(stockade_requests_total[5m])")


def test_the_registry_holds_what_the_alerts_need() -> None:
    known = registered()
    assert known["stockade_budget_monthly"] == {"tenant"}
    assert known["stockade_budget_spent_ratio"] == {"tenant"}
    assert known["stockade_engine_up"] == {"model", "replica"}
    assert known["stockade_cost_total"] == {"tenant", "model", "app", "prompt"}
    assert known["stockade_time_to_first_token_seconds_bucket"] == {"model", "le"}


# ---- dashboard ---------------------------------------------------------------------------------


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


def test_every_dashboard_query_names_registered_metrics_and_labels() -> None:
    known = schema()
    exprs = [(p["title"], t["expr"]) for p in dashboard()["panels"] for t in p.get("targets", [])]
    assert len(exprs) > 25
    problems = {title: found for title, expr in exprs if (found := check(expr, known)[1])}
    assert problems == {}


def test_dashboard_variables_and_legends_use_labels_the_queries_keep() -> None:
    known = schema()
    for variable in dashboard()["templating"]["list"]:
        if variable["type"] != "query":
            continue
        metric, label = re.fullmatch(r"label_values\((\w+), (\w+)\)", variable["definition"]).groups()  # type: ignore[union-attr]
        assert label in known[metric], variable["definition"]
    for panel in dashboard()["panels"]:
        for target in panel.get("targets", []):
            labels, _ = check(target["expr"], known)
            legend = set(re.findall(r"\{\{(\w+)\}\}", target["legendFormat"]))
            assert legend <= (labels or set()), (panel["title"], legend, labels)


# ---- rules ---------------------------------------------------------------------------------------


def test_every_rule_names_registered_metrics_and_labels() -> None:
    known = rules_schema()
    alerts = [r for r in rules() if "alert" in r]
    assert len(alerts) >= 7
    for alert in alerts:
        labels, problems = check(alert["expr"], known)
        assert problems == [], (alert["alert"], problems)
        templated = set(re.findall(r"\$labels\.(\w+)", json.dumps(alert.get("annotations", {}))))
        assert templated <= (labels or set()), (alert["alert"], templated, labels)


def test_alerts_cover_errors_ttft_budget_and_engines() -> None:
    alerts = {r["alert"]: r for r in rules() if "alert" in r}
    assert {
        "StockadeHighErrorRate",
        "StockadeTTFTP99High",
        "StockadeBudgetBurnFast",
        "StockadeBudgetExhausted",
        "StockadeEngineDown",
        "StockadeEngineReplicaDown",
        "StockadeGatewayDown",
    } <= set(alerts)
    for alert in alerts.values():
        assert alert["labels"]["severity"] in {"page", "ticket"}
        assert alert["annotations"]["summary"]
        assert re.fullmatch(r"\d+[smh]", alert.get("for", "0s"))


def test_every_alert_has_a_rule_test_that_fires_it() -> None:
    data = yaml.safe_load((DEPLOY / "prometheus" / "stockade-rules.test.yaml").read_text())
    fired = {
        check_["alertname"]
        for test in data["tests"]
        for check_ in test.get("alert_rule_test", [])
        if check_["exp_alerts"]
    }
    assert fired == {r["alert"] for r in rules() if "alert" in r}


def test_promtool_rule_tests_pass() -> None:
    """Prometheus' own evaluator: each alert fires on the series that should fire it, and only there."""
    promtool = shutil.which("promtool")
    if promtool is None:
        message = "promtool not found (Debian/Ubuntu: apt-get install prometheus)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run(
        [promtool, "test", "rules", "stockade-rules.test.yaml"],
        cwd=DEPLOY / "prometheus",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


# ---- docs ----------------------------------------------------------------------------------------

_DOC_METRIC = re.compile(r"`(stockade_[a-z0-9_]+)(?:\{([^}]*)\})?`")


def test_every_metric_the_docs_name_is_registered_with_those_labels() -> None:
    known = registered()
    docs = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    problems: list[str] = []
    seen = 0
    for doc in docs:
        for name, labels in _DOC_METRIC.findall(doc.read_text()):
            seen += 1
            if name not in known:
                problems.append(f"{doc.name}: {name}")
                continue
            named = {part.split("=")[0].strip() for part in labels.split(",") if part.strip()}
            if not named <= known[name]:
                problems.append(f"{doc.name}: {name} has no {sorted(named - known[name])}")
    assert seen > 40
    assert problems == []
