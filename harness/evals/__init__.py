"""The eval harness: suites of cases, metric methods, a cached runner and regression reports."""

from harness.evals.cache import GenerationCache, cache_key
from harness.evals.errors import CacheError, EvalError, MetricError, SuiteError
from harness.evals.extract import extract_field, extract_json
from harness.evals.generation import CaseOutcome, Embedder, Generate, Generation, Judge, JudgeInfo
from harness.evals.judge import parse_score
from harness.evals.report import Comparison, MetricRow, compare
from harness.evals.runner import EvalRunner, VersionRun
from harness.evals.suite import EvalCase, EvalSuite, MetricSpec, find_suite, load_suite

__all__ = [
    "CacheError",
    "CaseOutcome",
    "Comparison",
    "Embedder",
    "EvalCase",
    "EvalError",
    "EvalRunner",
    "EvalSuite",
    "Generate",
    "Generation",
    "GenerationCache",
    "Judge",
    "JudgeInfo",
    "MetricError",
    "MetricRow",
    "MetricSpec",
    "SuiteError",
    "VersionRun",
    "cache_key",
    "compare",
    "extract_field",
    "extract_json",
    "find_suite",
    "load_suite",
    "parse_score",
]
