from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client import REGISTRY
from pydantic import ValidationError

from inference.prompts import (
    Experiment,
    ExperimentError,
    PromptError,
    PromptRef,
    PromptRegistry,
    VersionNotFound,
    assign,
    record_feedback,
    subject_for,
)

WritePrompt = Callable[..., Path]
SUBJECTS = [f"user-{i}" for i in range(20_000)]


def test_assignment_is_a_pure_function_of_name_and_subject() -> None:
    experiment = Experiment("cs-tone", arms={"1.0.0": 1, "1.1.0": 1})
    # Recomputed here from the documented rule, so a change of hashing scheme (which would move
    # every user to another arm on deploy) fails this test.
    point = int.from_bytes(hashlib.sha256(b"cs-tone\x00alice").digest()[:8], "big") / 2**64
    expected = "1.0.0" if point * 2 < 1 else "1.1.0"
    assert assign(experiment, "alice") == expected
    # a new object (another replica, after a restart) with arms written in another order agrees
    assert all(
        assign(experiment, s) == assign(Experiment("cs-tone", arms={"1.1.0": 1, "1.0.0": 1}), s)
        for s in SUBJECTS[:500]
    )


def test_split_follows_weights() -> None:
    experiment = Experiment("split", arms={"1.0.0": 80, "2.0.0-rc.1": 20, "0.9.0": 0})
    counts = Counter(assign(experiment, s) for s in SUBJECTS)
    assert set(counts) == {"1.0.0", "2.0.0-rc.1"}  # a zero-weight arm gets nobody
    assert abs(counts["2.0.0-rc.1"] / len(SUBJECTS) - 0.20) < 0.01


def test_different_experiments_split_independently() -> None:
    a = Experiment("exp-a", arms={"x": 1, "y": 1})
    b = Experiment("exp-b", arms={"x": 1, "y": 1})
    same = sum(assign(a, s) == assign(b, s) for s in SUBJECTS[:4000])
    assert 1800 < same < 2200  # about half, not all: experiments are not correlated


@pytest.mark.parametrize("arms", [{}, {"1.0.0": -1, "1.1.0": 2}, {"1.0.0": 0}, {"1.0.0": float("nan")}])
def test_bad_experiments_are_rejected(arms: dict[str, float]) -> None:
    with pytest.raises(ValidationError):
        Experiment("bad", arms=arms)
    with pytest.raises(ValidationError):
        Experiment("bad name!", arms={"1.0.0": 1})


def test_subject_prefers_user_then_key() -> None:
    assert subject_for("alice", "key-1") == "alice"
    assert subject_for("  ", "key-1") == "key-1"
    assert subject_for(None, None) is None
    with pytest.raises(ExperimentError):
        assign(Experiment("e", arms={"1.0.0": 1}), subject_for(None, None))


def _counter(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_prompt_ref_resolves_versions_and_experiments(prompt_root: Path, write_prompt: WritePrompt) -> None:
    for version in ["1.0.0", "1.1.0", "2.0.0-rc.1"]:
        write_prompt("support", version)
    registry = PromptRegistry(prompt_root, reload_interval_s=0)

    assert PromptRef(prompt="support", version="^1.0").resolve(registry).prompt.version_str == "1.1.0"
    assert PromptRef(prompt="support").resolve(registry).prompt.version_str == "1.1.0"

    ref = PromptRef.model_validate(
        {"prompt": "support", "experiment": {"name": "support-v2", "arms": {"^1.0": 50, "2.0.0-rc.1": 50}}}
    )
    ref.validate_against(registry)
    before = _counter(
        "stockade_prompt_experiment_assignments_total", {"experiment": "support-v2", "arm": "2.0.0-rc.1"}
    )
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    resolved = {}
    with provider.get_tracer("test").start_as_current_span("request"):
        for subject in SUBJECTS[:200]:
            resolved[subject] = ref.resolve(registry, subject)
    versions = Counter(r.prompt.version_str for r in resolved.values())
    assert set(versions) == {"1.1.0", "2.0.0-rc.1"}
    after = _counter(
        "stockade_prompt_experiment_assignments_total", {"experiment": "support-v2", "arm": "2.0.0-rc.1"}
    )
    assert after - before == versions["2.0.0-rc.1"]
    assert ref.experiment is not None
    assert all(r.arm == ref.experiment.arm_for(s) for s, r in resolved.items())
    attributes = exporter.get_finished_spans()[0].attributes or {}
    assert attributes["stockade.prompt.experiment"] == "support-v2"
    assert attributes["stockade.prompt.arm"] == resolved[SUBJECTS[199]].arm
    assert resolved["user-1"].labels()["experiment"] == "support-v2"

    with pytest.raises(ValidationError):
        PromptRef.model_validate({"prompt": "support", "version": "1.0.0", "experiment": ref.experiment})
    with pytest.raises(VersionNotFound):
        PromptRef(prompt="support", experiment=Experiment("e", arms={"^3": 1})).validate_against(registry)


def test_feedback_is_counted_per_version_and_arm() -> None:
    labels = {"prompt": "support", "version": "1.1.0", "experiment": "x", "arm": "^1.0", "rating": "down"}
    before = _counter("stockade_prompt_feedback_total", labels)
    record_feedback("support", "1.1.0", "down", experiment="x", arm="^1.0")
    record_feedback("support", "1.1.0", "up", experiment="x", arm="^1.0")
    assert _counter("stockade_prompt_feedback_total", labels) - before == 1
    with pytest.raises(PromptError):
        record_feedback("support", "1.1.0", "meh")
