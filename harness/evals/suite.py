"""Eval suites: cases with expected behaviour, and the metrics that score them, from YAML or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from harness.evals.errors import SuiteError

Method = Literal[
    "exact_match",
    "json_valid",
    "json_match",
    "must_contain",
    "must_not_contain",
    "embedding_similarity",
    "llm_judge",
    "custom",
    "recall_at_k",
    "faithfulness",
    "answer_relevance",
    "context_precision",
    "cost",
    "latency",
    "prompt_tokens",
    "completion_tokens",
    "error_rate",
]

# Metrics where a smaller number is better; everything else is higher-is-better.
LOWER_IS_BETTER: frozenset[str] = frozenset(
    {"cost", "latency", "prompt_tokens", "completion_tokens", "error_rate"}
)


class MetricSpec(BaseModel):
    """One metric: how to score each case, and how much it may drop before the run fails.

    ``tolerance`` is an absolute allowed worsening (0.05 = five points of accuracy);
    ``tolerance_pct`` a relative one (20 = 20 % more cost). A metric with neither is reported
    but never fails the run.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z0-9_.@-]+$")
    method: Method
    field: str | None = None  # score this field of a JSON / "key: value" answer instead of the whole text
    # the case field compared with: exact_match defaults to expected_intent, embedding to reference_answer
    expected: Literal["expected_intent", "expected_tone", "reference_answer"] | None = None
    k: int = Field(default=5, gt=0)
    threshold: float = Field(default=0.5, ge=-1.0, le=1.0)
    rubric: str | None = None  # path relative to the suite file
    scale: tuple[float, float] = (1.0, 5.0)
    function: str | None = None  # "package.module:function" or "package.module.function"
    stat: Literal["mean", "p50", "p95"] = "mean"
    tolerance: float | None = Field(default=None, ge=0.0)
    tolerance_pct: float | None = Field(default=None, ge=0.0)
    higher_is_better: bool | None = None

    @model_validator(mode="after")
    def _method_needs(self) -> MetricSpec:
        if self.method == "llm_judge" and not self.rubric:
            raise ValueError(f"metric {self.name!r}: llm_judge needs a `rubric` file")
        if self.method == "custom" and not self.function:
            raise ValueError(f"metric {self.name!r}: custom needs a `function` dotted name")
        if self.scale[0] >= self.scale[1]:
            raise ValueError(f"metric {self.name!r}: scale must be (low, high) with low < high")
        return self

    @property
    def better_high(self) -> bool:
        if self.higher_is_better is not None:
            return self.higher_is_better
        return self.method not in LOWER_IS_BETTER

    @property
    def gated(self) -> bool:
        return self.tolerance is not None or self.tolerance_pct is not None


class EvalCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    input: dict[str, Any]
    expected_intent: str | None = None
    expected_tone: str | None = None
    must_contain: list[str | list[str]] = Field(default_factory=list)  # a list item means "any of these"
    must_not_contain: list[str] = Field(default_factory=list)
    expected_json: Any = None
    reference_answer: str | None = None
    context: list[str] = Field(default_factory=list)
    relevant_ids: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)

    @field_validator("context", mode="before")
    @classmethod
    def _context_list(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    def question(self, variable: str) -> str:
        value = self.input.get(variable, "")
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class EvalSuite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    prompt: str
    description: str = ""
    input_variable: str = "input"  # where a case's plain-text `input` goes
    seed: int = 0
    max_tokens: int | None = Field(default=None, gt=0)
    metrics: list[MetricSpec] = Field(min_length=1)
    cases: list[EvalCase] = Field(min_length=1)
    source: Path | None = None

    @model_validator(mode="before")
    @classmethod
    def _normalise_cases(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        variable = data.get("input_variable", "input")
        cases = []
        for index, raw in enumerate(data.get("cases") or []):
            if isinstance(raw, dict):
                raw = dict(raw)
                raw.setdefault("id", f"case-{index + 1:03d}")
                if isinstance(raw.get("input"), str):
                    raw["input"] = {variable: raw["input"]}
            cases.append(raw)
        return {**data, "cases": cases}

    @model_validator(mode="after")
    def _unique(self) -> EvalSuite:
        checks = (("case id", [c.id for c in self.cases]), ("metric", [m.name for m in self.metrics]))
        for what, names in checks:
            seen = {n for n in names if names.count(n) > 1}
            if seen:
                raise ValueError(f"duplicate {what}(s): {sorted(seen)}")
        return self

    def metric(self, name: str) -> MetricSpec:
        for spec in self.metrics:
            if spec.name == name:
                return spec
        raise SuiteError(f"suite {self.name!r} has no metric {name!r}")

    def base_dir(self) -> Path:
        return self.source.parent if self.source else Path.cwd()


def load_suite(path: Path | str) -> EvalSuite:
    """Load a suite from .yaml/.yml/.json; every problem becomes a SuiteError naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise SuiteError(f"{path}: cannot read suite: {exc}") from exc
    if not isinstance(data, dict):
        raise SuiteError(f"{path}: a suite is a mapping with `name`, `prompt`, `metrics` and `cases`")
    try:
        return EvalSuite.model_validate({**data, "source": path})
    except ValidationError as exc:
        raise SuiteError(f"{path}: invalid suite: {exc}") from exc


def find_suite(name_or_path: str, suites_dir: Path | str = "evals") -> EvalSuite:
    """``--suite customer-support`` finds evals/customer-support.yaml (or .yml/.json); a path works too."""
    direct = Path(name_or_path)
    if direct.is_file():
        return load_suite(direct)
    for suffix in (".yaml", ".yml", ".json"):
        candidate = Path(suites_dir) / f"{name_or_path}{suffix}"
        if candidate.is_file():
            return load_suite(candidate)
    raise SuiteError(f"no suite {name_or_path!r} in {suites_dir} (looked for .yaml, .yml, .json)")
