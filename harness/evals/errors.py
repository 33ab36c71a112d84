"""Typed errors of the eval harness."""

from __future__ import annotations


class EvalError(Exception):
    """Base class of every error raised by harness.evals."""


class SuiteError(EvalError):
    """A suite file that cannot be loaded or does not fit its prompt."""


class MetricError(EvalError):
    """A metric that cannot be computed as configured (no embedder, unknown function...)."""


class CacheError(EvalError):
    """The result cache cannot be read or written."""
