"""Versioned prompt templates, their registry, and A/B experiments between versions."""

from inference.prompts.errors import (
    ExperimentError,
    InvalidPromptFile,
    InvalidVersionSpec,
    MissingVariable,
    PromptError,
    PromptNotFound,
    RenderError,
    UnexpectedVariable,
    VariableTypeError,
    VersionNotFound,
)
from inference.prompts.experiments import Experiment, assign, bucket, subject_for
from inference.prompts.feedback import record_feedback
from inference.prompts.prompt import PromptVersion, RenderedPrompt
from inference.prompts.ref import PromptRef, ResolvedPrompt
from inference.prompts.registry import PromptRegistry, PromptSummary, RegistrySettings
from inference.prompts.spec import ModelParameters, PromptFrontMatter, PromptTest, VariableSpec
from inference.prompts.versions import VersionSpec, parse_version

__all__ = [
    "Experiment",
    "ExperimentError",
    "InvalidPromptFile",
    "InvalidVersionSpec",
    "MissingVariable",
    "ModelParameters",
    "PromptError",
    "PromptFrontMatter",
    "PromptNotFound",
    "PromptRef",
    "PromptRegistry",
    "PromptSummary",
    "PromptTest",
    "PromptVersion",
    "RegistrySettings",
    "RenderError",
    "RenderedPrompt",
    "ResolvedPrompt",
    "UnexpectedVariable",
    "VariableSpec",
    "VariableTypeError",
    "VersionNotFound",
    "VersionSpec",
    "assign",
    "bucket",
    "parse_version",
    "record_feedback",
    "subject_for",
]
