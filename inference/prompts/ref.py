"""How an app in the API configuration names its prompt: a version/range or an experiment."""

from __future__ import annotations

from dataclasses import dataclass

from opentelemetry import trace
from pydantic import BaseModel, ConfigDict, model_validator

from inference.prompts.experiments import Experiment, assign
from inference.prompts.prompt import PromptVersion
from inference.prompts.registry import PromptRegistry


@dataclass(frozen=True)
class ResolvedPrompt:
    prompt: PromptVersion
    experiment: str | None = None
    arm: str | None = None  # the experiment arm as configured (a version or range)

    def labels(self) -> dict[str, str]:
        """Fields for the ledger, metrics and feedback counts (empty strings when no experiment)."""
        return {
            "prompt": self.prompt.name,
            "prompt_version": self.prompt.version_str,
            "experiment": self.experiment or "",
            "arm": self.arm or "",
        }


class PromptRef(BaseModel):
    """``{prompt: customer-support, version: "^1.0"}`` or ``{prompt: ..., experiment: {...}}``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: str
    version: str | None = None
    experiment: Experiment | None = None

    @model_validator(mode="after")
    def _version_or_experiment(self) -> PromptRef:
        if self.version is not None and self.experiment is not None:
            raise ValueError("give either `version` or `experiment`, not both")
        return self

    def resolve(self, registry: PromptRegistry, subject: str | None = None) -> ResolvedPrompt:
        """The prompt version for this request; ``subject`` is needed only for experiments."""
        if self.experiment is None:
            resolved = ResolvedPrompt(registry.get(self.prompt, self.version))
        else:
            arm = assign(self.experiment, subject)
            resolved = ResolvedPrompt(registry.get(self.prompt, arm), self.experiment.name, arm)
        span = trace.get_current_span()
        span.set_attribute("stockade.prompt.name", resolved.prompt.name)
        span.set_attribute("stockade.prompt.version", resolved.prompt.version_str)
        return resolved

    def validate_against(self, registry: PromptRegistry) -> None:
        """Fail at startup, not on the first request, when a version or arm resolves to nothing."""
        if self.experiment is None:
            registry.get(self.prompt, self.version)
            return
        for arm in self.experiment.arms:
            registry.get(self.prompt, arm)
