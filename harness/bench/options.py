"""Typed options of a benchmark run; the `stockade bench` command builds these from its flags."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from harness.bench.errors import BenchConfigError

SLO_METRICS = ("ttft", "tpot", "e2el")


def parse_goodput(spec: str | dict[str, float]) -> dict[str, float]:
    """`"ttft:500,tpot:100"` (milliseconds) -> {"ttft": 500.0, "tpot": 100.0}, as `--goodput` in vLLM."""
    if isinstance(spec, dict):
        items = list(spec.items())
    else:
        items = []
        for part in (p.strip() for p in spec.split(",")):
            if not part:
                continue
            name, sep, value = part.partition(":")
            if not sep:
                raise BenchConfigError(f"goodput item {part!r} is not NAME:MILLISECONDS")
            try:
                items.append((name.strip(), float(value)))
            except ValueError as exc:
                raise BenchConfigError(f"goodput item {part!r}: {value!r} is not a number") from exc
    slos: dict[str, float] = {}
    for name, ms in items:
        if name not in SLO_METRICS:
            raise BenchConfigError(f"goodput metric {name!r} is not one of {', '.join(SLO_METRICS)}")
        if not math.isfinite(ms) or ms <= 0:
            raise BenchConfigError(f"goodput {name} must be a positive number of milliseconds, got {ms}")
        slos[name] = float(ms)
    return slos


class TokenizerSpec(BaseModel):
    """Which local tokenizer sizes synthetic prompts: MiniLM's (shipped in a package), a GGUF's
    vocabulary, or any tokenizer.json."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["minilm", "gguf", "tokenizer-json"] = "minilm"
    path: Path | None = None

    @model_validator(mode="after")
    def _path_when_needed(self) -> TokenizerSpec:
        if self.kind != "minilm" and self.path is None:
            raise ValueError(f"tokenizer kind {self.kind!r} needs a path")
        return self


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    @classmethod
    def build(cls, **values: Any) -> Any:
        """Construct, turning pydantic's ValidationError into the package's BenchConfigError."""
        try:
            return cls(**values)
        except ValidationError as exc:
            raise BenchConfigError(str(exc)) from exc


class LoadOptions(_Strict):
    """What to send and how fast: everything except the target."""

    model: str = Field(min_length=1)
    endpoint: Literal["chat", "completions"] = "chat"
    num_prompts: int = Field(default=100, ge=1)
    request_rate: float = Field(default=math.inf, gt=0, description="requests/s; inf sends all at once")
    burstiness: float = Field(default=1.0, gt=0, description="1.0 is Poisson; gamma shape otherwise")
    max_concurrency: int | None = Field(default=None, ge=1)
    input_len: int = Field(default=256, ge=1)
    output_len: int = Field(default=128, ge=1)
    range_ratio: float = Field(default=0.0, ge=0.0, lt=1.0)
    dataset: Path | None = Field(default=None, description="JSONL prompts instead of synthetic ones")
    tokenizer: TokenizerSpec = TokenizerSpec()
    seed: int = 0
    goodput: dict[str, float] = Field(default_factory=dict)
    percentiles: tuple[float, ...] = (50.0, 90.0, 99.0)
    ignore_eos: bool = False
    temperature: float | None = 0.0
    extra_body: dict[str, Any] = Field(default_factory=dict)
    headers: dict[str, str] = Field(default_factory=dict)
    warmups: int = Field(default=1, ge=0)
    request_timeout_s: float = Field(default=600.0, gt=0)

    @field_validator("goodput", mode="before")
    @classmethod
    def _goodput(cls, value: object) -> object:
        if isinstance(value, str | dict):
            try:
                return parse_goodput(value)  # type: ignore[arg-type]
            except BenchConfigError as exc:
                raise ValueError(str(exc)) from exc
        return value

    @field_validator("percentiles")
    @classmethod
    def _percentiles(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if not value or any(not 0 < p < 100 for p in value):
            raise ValueError("percentiles must lie strictly between 0 and 100")
        return tuple(sorted(set(value)))


class BenchOptions(LoadOptions):
    """One run, or a sweep over concurrency or request rate, against one OpenAI-compatible base URL."""

    base_url: str = Field(description="the server's OpenAI root, e.g. http://127.0.0.1:8000/v1")
    api_key: SecretStr | None = None
    sweep_concurrency: tuple[int, ...] = ()
    sweep_rates: tuple[float, ...] = ()
    output_dir: Path | None = Field(default=None, description="where JSON, markdown and PNGs go")
    label: str = Field(default="bench", pattern=r"^[A-Za-z0-9_.-]+$")
    plots: bool = True

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _one_sweep(self) -> BenchOptions:
        if self.sweep_concurrency and self.sweep_rates:
            raise ValueError("sweep either concurrency or request rate, not both")
        if any(c < 1 for c in self.sweep_concurrency):
            raise ValueError("sweep concurrencies must be >= 1")
        if any(not r > 0 for r in self.sweep_rates):
            raise ValueError("sweep request rates must be > 0")
        return self

    def load(self) -> LoadOptions:
        return LoadOptions(**{name: getattr(self, name) for name in LoadOptions.model_fields})

    def points(self) -> list[tuple[str, float]]:
        """The load points of the run: ("concurrency", c), ("rate", r) or one fixed point."""
        if self.sweep_concurrency:
            return [("concurrency", float(c)) for c in self.sweep_concurrency]
        if self.sweep_rates:
            return [("rate", r) for r in self.sweep_rates]
        if self.max_concurrency is not None and math.isinf(self.request_rate):
            return [("concurrency", float(self.max_concurrency))]
        return [("rate", self.request_rate)]


class Target(_Strict):
    """One side of an overhead comparison."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    base_url: str
    api_key: SecretStr | None = None
    model: str | None = Field(default=None, description="model name on this side; default: the load's")

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value.rstrip("/")


class OverheadOptions(_Strict):
    """The same load against a baseline (the upstream directly) and one or more gateway paths,
    interleaved round by round so that machine noise hits every side alike."""

    load: LoadOptions
    baseline: Target
    through: tuple[Target, ...] = Field(min_length=1)
    rounds: int = Field(default=3, ge=1)
    output_dir: Path | None = None
    label: str = Field(default="gateway_overhead", pattern=r"^[A-Za-z0-9_.-]+$")
