"""The garbage collector's settings of a gateway worker once its models are loaded.

Shared with the guard benchmarks, so that what they time is what a worker spends.
"""

from __future__ import annotations

import gc

# A request allocates a few thousand short-lived objects, and the default threshold (700) made
# that a young-generation collection every few requests; cycles wait a little longer now (about
# 8% more requests/s with two workers on two cores).
YOUNG_THRESHOLD = 20_000


def settle_after_startup() -> None:
    """Everything loaded so far (torch, spaCy, the models) lives as long as the process: moved out
    of the collector's sight, it no longer makes each full collection a pause of up to half a
    second in the middle of someone's request (p99 at concurrency 32 fell from 530 to under
    100 ms), nor each older-generation collection a walk over half a million objects (about
    1.2 ms of CPU per 1 KB prompt's input scan: docs/guard.md, twenty-fourth pass)."""
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, 50, 100)
