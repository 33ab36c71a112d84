"""What the harness needs from the outside world, as small injected callables."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from harness.evals.suite import EvalCase
    from inference.prompts import PromptVersion


@dataclass(frozen=True)
class Generation:
    """One answer from the pipeline, with what it cost."""

    text: str
    prompt_tokens: int
    completion_tokens: int
    cost: float
    latency_s: float
    model: str = ""
    retrieved_ids: tuple[str, ...] = ()  # for RAG suites: ids the retriever returned, best first
    contexts: tuple[str, ...] = ()  # for RAG suites: the passages that went into the prompt

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["retrieved_ids"] = list(self.retrieved_ids)
        data["contexts"] = list(self.contexts)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Generation:
        return cls(
            text=str(data["text"]),
            prompt_tokens=int(data["prompt_tokens"]),
            completion_tokens=int(data["completion_tokens"]),
            cost=float(data["cost"]),
            latency_s=float(data["latency_s"]),
            model=str(data.get("model", "")),
            retrieved_ids=tuple(data.get("retrieved_ids", ())),
            contexts=tuple(data.get("contexts", ())),
        )


# The prompt version comes with the eval's parameters already applied (temperature 0, fixed seed,
# model): generate should send exactly those.
Generate = Callable[["PromptVersion", "EvalCase"], Awaitable[Generation]]

# A judge takes the rendered rubric and returns the judge model's raw answer (sync or async).
Judge = Callable[[str], "str | Awaitable[str]"]


@dataclass(frozen=True)
class JudgeInfo:
    """Which model judged a run, for the report. `self_judged`: it also wrote the answers it graded,
    which the harness refuses unless asked for explicitly."""

    model: str
    where: str = "in-process"  # or the base URL it was reached at
    self_judged: bool = False


@runtime_checkable
class Embedder(Protocol):
    """Sentence embeddings: one L2-normalised float32 row per text."""

    dim: int

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


@dataclass
class CaseOutcome:
    """A case as run for one version: the generation (or the error) and its metric scores."""

    case_id: str
    generation: Generation | None
    error: str | None = None
    cached: bool = False
    scores: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
