"""Typed errors of the prompt registry; the API maps each to an HTTP status (see docs/prompts.md)."""

from __future__ import annotations


class PromptError(Exception):
    """Base class of every error raised by inference.prompts."""


class PromptNotFound(PromptError):
    """No folder for this prompt name."""


class VersionNotFound(PromptError):
    """The prompt exists, but no version satisfies the requested version or range."""


class InvalidVersionSpec(PromptError):
    """A version or range that cannot be parsed (e.g. ``^two``)."""


class InvalidPromptFile(PromptError):
    """A prompt file that cannot be loaded: bad front matter, bad template, bad file name."""


class RenderError(PromptError):
    """Variables given to a template do not match its declared schema."""

    def __init__(self, message: str, *, variable: str | None = None) -> None:
        super().__init__(message)
        self.variable = variable


class MissingVariable(RenderError):
    """A required variable was not given."""


class UnexpectedVariable(RenderError):
    """A variable the prompt does not declare was given."""


class VariableTypeError(RenderError):
    """A variable was given with a value its schema rejects (wrong type, not in enum, too long...)."""


class ExperimentError(PromptError):
    """An experiment definition or an assignment request that cannot be honoured."""
