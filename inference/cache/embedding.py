"""The embedding model the gateway is given (never loaded by the gateway itself)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    """Returns one L2-normalised float32 row per text; blocking (callers run it off the event loop)."""

    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...
