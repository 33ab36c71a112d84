"""Run a suite against prompt versions through an injected `generate`, and compare two runs."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from opentelemetry import trace

from harness.evals.cache import GenerationCache, cache_key
from harness.evals.errors import EvalError, SuiteError
from harness.evals.generation import CaseOutcome, Embedder, Generate, Generation, Judge, JudgeInfo
from harness.evals.report import Comparison, compare
from harness.evals.scoring import RUN_METHODS, ScoringContext, aggregate, applies, score_case
from harness.evals.suite import EvalCase, EvalSuite
from inference.prompts import PromptError, PromptRegistry, PromptVersion

log = logging.getLogger(__name__)
_tracer = trace.get_tracer(__name__)


@dataclass
class VersionRun:
    """One prompt version run over the whole suite."""

    version: str
    content_hash: str
    model: str
    outcomes: list[CaseOutcome]
    metrics: dict[str, float | None] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # metric -> why it could not run
    unscored: dict[str, int] = field(default_factory=dict)  # metric -> cases with no usable score

    @property
    def cache_hits(self) -> int:
        return sum(o.cached for o in self.outcomes)


class EvalRunner:
    """Runs a suite for prompt versions at temperature 0 with a fixed seed, caching generations."""

    def __init__(
        self,
        suite: EvalSuite,
        registry: PromptRegistry,
        generate: Generate,
        *,
        model: str | None = None,
        embedder: Embedder | None = None,
        judge: Judge | None = None,
        judge_model: str | None = None,
        judge_where: str = "in-process",
        allow_self_judge: bool = False,
        cache: GenerationCache | None = None,
        concurrency: int = 1,
    ) -> None:
        """`judge_model` names the model behind `judge`. A judge may not grade answers its own model
        wrote (the model under evaluation would judge itself) unless `allow_self_judge`, and the
        report then says so."""
        if concurrency < 1:
            raise EvalError("concurrency must be at least 1")
        if judge is not None and not judge_model:
            raise EvalError("a judge needs judge_model: the harness must know who grades")
        if judge_model and model == judge_model and not allow_self_judge:
            raise EvalError(
                f"the judge {judge_model!r} is the model under evaluation: it would grade its own answers "
                "(choose another judge model, or allow self-judging explicitly)"
            )
        self.judge_model = judge_model if judge is not None else None
        self.judge_where = judge_where
        self.allow_self_judge = allow_self_judge
        self.self_judged = bool(self.judge_model) and model == self.judge_model
        self.suite = suite
        self.registry = registry
        self.generate = generate
        self.model = model
        self.cache = cache
        self.concurrency = concurrency
        self.scoring = ScoringContext(suite, embedder=embedder, judge=judge)
        for spec in suite.metrics:
            if self.scoring.skip_reason(spec) is None:
                self.scoring.prepare(spec)

    def eval_prompt(self, version: str) -> PromptVersion:
        """The prompt version with the eval's parameters: temperature 0, the suite's seed and model."""
        try:
            prompt = self.registry.get(self.suite.prompt, version)
        except PromptError as exc:
            raise SuiteError(f"suite {self.suite.name!r}: {exc}") from exc
        overrides: dict[str, object] = {"temperature": 0.0, "seed": self.suite.seed}
        if self.model is not None:
            overrides["model"] = self.model
        if self.suite.max_tokens is not None:
            overrides["max_tokens"] = self.suite.max_tokens
        prompt = prompt.with_parameters(**overrides)
        for case in self.suite.cases:
            try:
                prompt.check_variables(case.input)
            except PromptError as exc:
                raise SuiteError(f"case {case.id!r} does not fit {prompt.ref}: {exc}") from exc
        return prompt

    async def run(self, version: str) -> VersionRun:
        prompt = self.eval_prompt(version)
        model = prompt.parameters.model or "default"
        with _tracer.start_as_current_span("eval.run") as span:
            span.set_attribute("stockade.eval.suite", self.suite.name)
            span.set_attribute("stockade.prompt.version", prompt.version_str)
            gate = asyncio.Semaphore(self.concurrency)

            async def one(case: EvalCase) -> CaseOutcome:
                async with gate:
                    return await self._run_case(prompt, model, case)

            outcomes = list(await asyncio.gather(*(one(c) for c in self.suite.cases)))
        result = VersionRun(prompt.version_str, prompt.content_hash, model, outcomes)
        for spec in self.suite.metrics:
            reason = self.scoring.skip_reason(spec)
            if reason is not None:
                result.skipped[spec.name] = reason
                result.metrics[spec.name] = None
                continue
            result.metrics[spec.name] = aggregate(spec, outcomes)
            if spec.method not in RUN_METHODS:
                result.unscored[spec.name] = sum(spec.name in o.notes for o in outcomes)
        log.info(
            "eval %s v%s: %d cases, %d cached",
            self.suite.name,
            result.version,
            len(outcomes),
            result.cache_hits,
        )
        return result

    @property
    def judge_info(self) -> JudgeInfo | None:
        if self.judge_model is None:
            return None
        return JudgeInfo(self.judge_model, self.judge_where, self.self_judged)

    async def compare(self, candidate: str, baseline: str) -> Comparison:
        baseline_run = await self.run(baseline)
        candidate_run = await self.run(candidate)
        return compare(self.suite, baseline_run, candidate_run, judge=self.judge_info)

    async def _run_case(self, prompt: PromptVersion, model: str, case: EvalCase) -> CaseOutcome:
        params = prompt.parameters.model_dump(exclude={"model"})
        key = cache_key(prompt.content_hash, model, params, case.input, case.context)
        generation = self.cache.get(key) if self.cache else None
        outcome = CaseOutcome(case.id, generation, cached=generation is not None)
        if generation is None:
            try:
                generation = await self.generate(prompt, case)
            except Exception as exc:  # one failing case must not sink the run: it is scored as failed
                log.warning("generation failed for case %s: %s", case.id, exc)
                outcome.error = f"{type(exc).__name__}: {exc}"
                self._score_failed(outcome, case)
                return outcome
            if not isinstance(generation, Generation):
                raise EvalError(f"generate returned {type(generation).__name__}, not Generation")
            outcome.generation = generation
            if self.cache:
                meta = {"prompt": prompt.ref, "model": model, "case": case.id}
                self.cache.put(key, generation, meta)
        await self._score(outcome, case, generation)
        return outcome

    def _check_judge(self, generation: Generation) -> None:
        """The answer's own model (a fallback or a routed model may differ from the configured one)."""
        if self.judge_model is None or generation.model != self.judge_model:
            return
        if not self.allow_self_judge:
            raise EvalError(
                f"the judge {self.judge_model!r} wrote the answer it would grade: refusing to let a "
                "model judge itself (choose another judge model, or allow self-judging explicitly)"
            )
        self.self_judged = True

    async def _score(self, outcome: CaseOutcome, case: EvalCase, generation: Generation) -> None:
        for spec in self.suite.metrics:
            if spec.method in RUN_METHODS or self.scoring.skip_reason(spec) is not None:
                continue
            if spec.method == "llm_judge":
                self._check_judge(generation)
            try:
                outcome.scores[spec.name] = await score_case(spec, case, generation, self.scoring)
            except EvalError:
                raise
            except Exception as exc:  # a judge or custom function failing on one case is noted, not fatal
                outcome.scores[spec.name] = None
                outcome.notes[spec.name] = f"{type(exc).__name__}: {exc}"
                continue
            if outcome.scores[spec.name] is None and spec.method == "llm_judge":
                outcome.notes[spec.name] = "judge answer had no score in range"

    def _score_failed(self, outcome: CaseOutcome, case: EvalCase) -> None:
        """A case whose generation failed fails every quality check that applies to it."""
        for spec in self.suite.metrics:
            if spec.method not in RUN_METHODS and applies(spec, case):
                outcome.scores[spec.name] = 0.0
