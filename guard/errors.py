"""Errors raised by the guard package; the API maps each to an HTTP status."""

from __future__ import annotations


class GuardError(Exception):
    """Base class for every error the guard package raises on purpose."""


class PolicyError(GuardError):
    """A guard policy (from the app's YAML) is malformed or names something unknown."""


class GuardInputError(GuardError):
    """The text handed to a scanner is not scannable (wrong type, too long)."""


class ScannerUnavailableError(GuardError):
    """A scanner was configured but its model or optional package cannot be loaded."""


class StructuredOutputError(GuardError):
    """A model answer does not satisfy the requested JSON schema.

    ``correction`` is a message meant for the model on the one retry the caller allows.
    """

    def __init__(self, message: str, correction: str) -> None:
        super().__init__(message)
        self.correction = correction
