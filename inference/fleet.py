"""`EngineFleet`: one model served by several replicas of an OpenAI-compatible engine.

(Being written: least-outstanding balancing, ejection and probing, prefix affinity.)
"""

from __future__ import annotations

from collections.abc import Sequence

from inference.catalog import FleetPolicy
from inference.openai_upstream import OpenAIUpstreamEngine


class EngineFleet:
    engine_name = "openai-upstream"

    def __init__(self, model_id: str, replicas: Sequence[OpenAIUpstreamEngine], policy: FleetPolicy) -> None:
        raise NotImplementedError
