"""Errors of the serving benchmark; `api` maps them to exit codes or HTTP statuses."""

from __future__ import annotations


class BenchError(Exception):
    """Base class: anything the benchmark refuses or cannot do."""


class BenchConfigError(BenchError):
    """The options are inconsistent or malformed (bad SLO string, negative rate, ...)."""


class DatasetError(BenchError):
    """A prompt file is missing, empty or holds a malformed line."""


class TokenizerError(BenchError):
    """The local tokenizer could not be found or loaded."""


class EndpointError(BenchError):
    """The target did not answer a single test request successfully, so measuring it is pointless."""
