"""A/B experiments: weighted, sticky assignment of subjects to prompt versions.

The arm is a pure function of sha256(experiment name, subject) and the arm weights, so every
replica, and every restart, puts a given user in the same arm without shared state.
"""

from __future__ import annotations

import hashlib
import re

from opentelemetry import trace
from prometheus_client import Counter
from pydantic import BaseModel, ConfigDict, Field, field_validator

from inference.prompts.errors import ExperimentError

EXPERIMENT_ASSIGNMENTS = Counter(
    "stockade_prompt_experiment_assignments_total",
    "Requests assigned to an experiment arm",
    ["experiment", "arm"],
)

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_SCALE = float(2**64)


class Experiment(BaseModel):
    """Traffic split between prompt versions; ``arms`` maps a version (or range) to its weight."""

    model_config = ConfigDict(frozen=True)

    name: str
    arms: dict[str, float] = Field(min_length=1)

    def __init__(self, name: str, arms: dict[str, float], **data: object) -> None:
        super().__init__(name=name, arms=arms, **data)

    @field_validator("name")
    @classmethod
    def _check_name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"invalid experiment name {value!r}")
        return value

    @field_validator("arms")
    @classmethod
    def _check_weights(cls, arms: dict[str, float]) -> dict[str, float]:
        for arm, weight in arms.items():
            if weight < 0 or weight != weight:  # NaN is never >= 0 either way: reject explicitly
                raise ValueError(f"arm {arm!r} has invalid weight {weight}")
        if sum(arms.values()) <= 0:
            raise ValueError("at least one arm needs a positive weight")
        return arms

    def arm_for(self, subject: str) -> str:
        """The arm for this subject, with no side effects (for previews and tests)."""
        if not subject:
            raise ExperimentError(f"experiment {self.name!r} needs a subject (user or API key id)")
        point = bucket(self.name, subject) * sum(self.arms.values())
        # Arms are laid out in sorted order so that reordering the configuration moves nobody.
        arms = sorted((arm, weight) for arm, weight in self.arms.items() if weight > 0)
        cumulative = 0.0
        for arm, weight in arms:
            cumulative += weight
            if point < cumulative:
                return arm
        return arms[-1][0]  # float rounding at the very top of the range

    def assign(self, subject: str) -> str:
        return assign(self, subject)


def bucket(experiment_name: str, subject: str) -> float:
    """A uniform point in [0, 1) fixed by the experiment name and the subject."""
    digest = hashlib.sha256(f"{experiment_name}\x00{subject}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / _SCALE


def assign(experiment: Experiment, subject: str | None) -> str:
    """The arm (version) for this subject, recorded on the current span and in metrics.

    The same answer on every call, replica and restart.
    """
    if not subject:
        raise ExperimentError(f"experiment {experiment.name!r} needs a subject (user or API key id)")
    chosen = experiment.arm_for(subject)
    EXPERIMENT_ASSIGNMENTS.labels(experiment.name, chosen).inc()
    span = trace.get_current_span()
    span.set_attribute("stockade.prompt.experiment", experiment.name)
    span.set_attribute("stockade.prompt.arm", chosen)
    return chosen


def subject_for(user: str | None, api_key_id: str | None) -> str | None:
    """The sticky subject: the OpenAI ``user`` field when the client sets it, else the API key id."""
    if user and user.strip():
        return user.strip()
    return api_key_id or None
