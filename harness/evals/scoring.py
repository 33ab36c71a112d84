"""Metric methods: per-case scores in [0, 1] (None = not applicable) and per-run aggregates."""

from __future__ import annotations

import inspect
import pkgutil
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2
import numpy as np
import numpy.typing as npt

from harness.evals.errors import MetricError
from harness.evals.extract import extract_field, extract_json, normalise
from harness.evals.generation import CaseOutcome, Embedder, Generation, Judge
from harness.evals.judge import call_judge, load_rubric, parse_score, render_rubric
from harness.evals.suite import EvalCase, EvalSuite, MetricSpec

EMBEDDING_METHODS = frozenset(
    {"embedding_similarity", "faithfulness", "answer_relevance", "context_precision"}
)
RUN_METHODS = frozenset({"cost", "latency", "prompt_tokens", "completion_tokens", "error_rate"})
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")

CustomMetric = Callable[[EvalCase, Generation], Any]


@dataclass
class ScoringContext:
    suite: EvalSuite
    embedder: Embedder | None = None
    judge: Judge | None = None
    _vectors: dict[str, npt.NDArray[np.float32]] = field(default_factory=dict)
    _rubrics: dict[str, jinja2.Template] = field(default_factory=dict)
    _functions: dict[str, CustomMetric] = field(default_factory=dict)

    def skip_reason(self, spec: MetricSpec) -> str | None:
        """Why a metric cannot run with what was injected (reported, never silently dropped)."""
        if spec.method in EMBEDDING_METHODS and self.embedder is None:
            return "no embedder configured"
        if spec.method == "llm_judge" and self.judge is None:
            return "no judge configured"
        return None

    def prepare(self, spec: MetricSpec) -> None:
        """Load rubrics and custom functions up front, so a typo fails before any generation."""
        if spec.method == "llm_judge" and spec.rubric and spec.rubric not in self._rubrics:
            self._rubrics[spec.rubric] = load_rubric(self.suite.base_dir() / spec.rubric)
        if spec.method == "custom" and spec.function and spec.function not in self._functions:
            try:
                function = pkgutil.resolve_name(spec.function)
            except (ImportError, AttributeError, ValueError) as exc:
                raise MetricError(f"metric {spec.name!r}: cannot import {spec.function!r}: {exc}") from exc
            if not callable(function):
                raise MetricError(f"metric {spec.name!r}: {spec.function!r} is not callable")
            self._functions[spec.function] = function

    def vectors(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        if self.embedder is None:
            raise MetricError("this metric needs an embedder")
        missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing:
            rows = np.asarray(self.embedder.embed(missing), dtype=np.float32)
            if rows.shape != (len(missing), self.embedder.dim):
                raise MetricError(f"embedder returned shape {rows.shape}, expected ({len(missing)}, dim)")
            self._vectors.update(zip(missing, rows, strict=True))
        return np.stack([self._vectors[t] for t in texts])


def _target(text: str, spec: MetricSpec) -> str | None:
    return extract_field(text, spec.field) if spec.field else text


def _contains(haystack: str, needle: str) -> bool:
    return needle.lower() in haystack.lower()


def _json_subset(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and _json_subset(v, actual[k]) for k, v in expected.items()
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(expected)
            and all(_json_subset(e, a) for e, a in zip(expected, actual, strict=True))
        )
    if isinstance(expected, str) and isinstance(actual, str):
        return normalise(expected) == normalise(actual)
    return bool(expected == actual)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if len(s.split()) >= 3]


async def score_case(spec: MetricSpec, case: EvalCase, gen: Generation, ctx: ScoringContext) -> float | None:
    """One case's score for one metric; None when the case has nothing to check for it."""
    method = spec.method
    text = gen.text
    if method == "exact_match":
        expected = getattr(case, spec.expected or "expected_intent")
        if expected is None:
            return None
        found = _target(text, spec)
        return float(found is not None and normalise(found) == normalise(str(expected)))
    if method == "json_valid":
        return float(extract_json(text) is not None)
    if method == "json_match":
        if case.expected_json is None:
            return None
        actual = extract_json(text)
        if spec.field is not None:
            actual = actual.get(spec.field) if isinstance(actual, dict) else None
        return float(_json_subset(case.expected_json, actual))
    if method == "must_contain":
        if not case.must_contain:
            return None
        answer = _target(text, spec) or text
        ok = all(
            any(_contains(answer, n) for n in item) if isinstance(item, list) else _contains(answer, item)
            for item in case.must_contain
        )
        return float(ok)
    if method == "must_not_contain":
        if not case.must_not_contain:
            return None
        answer = _target(text, spec) or text
        return float(not any(_contains(answer, banned) for banned in case.must_not_contain))
    if method == "embedding_similarity":
        reference = getattr(case, spec.expected or "reference_answer")
        if not reference:
            return None
        vec = ctx.vectors([_target(text, spec) or text, str(reference)])
        return float(vec[0] @ vec[1])
    if method == "answer_relevance":
        question = case.question(ctx.suite.input_variable)
        answer = _target(text, spec) or text
        if not question or not answer.strip():
            return None if not question else 0.0
        vec = ctx.vectors([question, answer])
        return float(vec[0] @ vec[1])
    if method == "faithfulness":
        contexts = list(gen.contexts or case.context)
        if not contexts:
            return None
        claims = _sentences(_target(text, spec) or text)
        if not claims:
            return 0.0
        sims = ctx.vectors(claims) @ ctx.vectors(contexts).T
        return float(np.mean(sims.max(axis=1) >= spec.threshold))
    if method == "context_precision":
        contexts = list(gen.contexts or case.context)
        if not contexts:
            return None
        reference = case.reference_answer or _target(text, spec) or text
        relevant = (ctx.vectors(contexts) @ ctx.vectors([reference])[0]) >= spec.threshold
        hits, precision_sum = 0, 0.0
        for rank, is_relevant in enumerate(relevant, start=1):
            if is_relevant:
                hits += 1
                precision_sum += hits / rank
        return precision_sum / hits if hits else 0.0
    if method == "recall_at_k":
        if not case.relevant_ids:
            return None
        top = set(gen.retrieved_ids[: spec.k])
        return len(top & set(case.relevant_ids)) / len(set(case.relevant_ids))
    if method == "llm_judge":
        return await _judge(spec, case, gen, ctx)
    if method == "custom":
        return await _custom(spec, case, gen, ctx)
    raise MetricError(f"metric {spec.name!r}: {method} is not a per-case method")


async def _judge(spec: MetricSpec, case: EvalCase, gen: Generation, ctx: ScoringContext) -> float | None:
    assert ctx.judge is not None and spec.rubric is not None  # checked by skip_reason / MetricSpec
    prompt = render_rubric(
        ctx._rubrics[spec.rubric],
        {
            "question": case.question(ctx.suite.input_variable),
            "input": case.input,
            "answer": _target(gen.text, spec) or gen.text,
            "reference_answer": case.reference_answer or "",
            "expected_intent": case.expected_intent or "",
            "expected_tone": case.expected_tone or "",
            "context": "\n\n".join(gen.contexts or case.context),
        },
    )
    verdict = await call_judge(ctx.judge, prompt)
    return parse_score(verdict, *spec.scale)


async def _custom(spec: MetricSpec, case: EvalCase, gen: Generation, ctx: ScoringContext) -> float | None:
    assert spec.function is not None
    value = ctx._functions[spec.function](case, gen)
    if inspect.isawaitable(value):
        value = await value
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return float(value)
    raise MetricError(f"metric {spec.name!r}: {spec.function} returned {type(value).__name__}, not a number")


def applies(spec: MetricSpec, case: EvalCase) -> bool:
    """Whether the case gives this metric something to check (from the case alone)."""
    method = spec.method
    if method == "exact_match":
        return getattr(case, spec.expected or "expected_intent") is not None
    if method == "embedding_similarity":
        return bool(getattr(case, spec.expected or "reference_answer"))
    if method == "json_match":
        return case.expected_json is not None
    if method == "must_contain":
        return bool(case.must_contain)
    if method == "must_not_contain":
        return bool(case.must_not_contain)
    if method in ("faithfulness", "context_precision"):
        return bool(case.context)
    if method == "recall_at_k":
        return bool(case.relevant_ids)
    return method not in RUN_METHODS


def aggregate(spec: MetricSpec, outcomes: Sequence[CaseOutcome]) -> float | None:
    """The run's figure for a metric: mean of case scores, or a statistic of cost/latency/tokens."""
    if spec.method == "error_rate":
        return sum(o.error is not None for o in outcomes) / len(outcomes) if outcomes else None
    if spec.method in RUN_METHODS:
        values = [_run_value(spec.method, o.generation) for o in outcomes if o.generation is not None]
    else:
        values = [s for o in outcomes if (s := o.scores.get(spec.name)) is not None]
    if not values:
        return None
    if spec.stat == "p50":
        return float(statistics.median(values))
    if spec.stat == "p95":
        return float(np.percentile(values, 95))
    return float(statistics.fmean(values))


def _run_value(method: str, gen: Generation) -> float:
    return {
        "cost": gen.cost,
        "latency": gen.latency_s,
        "prompt_tokens": float(gen.prompt_tokens),
        "completion_tokens": float(gen.completion_tokens),
    }[method]
