"""Complexity routing: which catalog tier answers a query, and why."""

from inference.routing.classifier import Complexity, ComplexityClassifier
from inference.routing.errors import BudgetExceeded, InvalidRoutingRequest, RoutingError
from inference.routing.features import QueryFeatures, extract_features
from inference.routing.router import ComplexityRouter, RoutingDecision, RoutingRequest
from inference.routing.settings import (
    BudgetPolicy,
    ClassifierSettings,
    FeatureWeights,
    RoutingSettings,
    TierRule,
)

__all__ = [
    "BudgetExceeded",
    "BudgetPolicy",
    "ClassifierSettings",
    "Complexity",
    "ComplexityClassifier",
    "ComplexityRouter",
    "FeatureWeights",
    "InvalidRoutingRequest",
    "QueryFeatures",
    "RoutingDecision",
    "RoutingError",
    "RoutingRequest",
    "RoutingSettings",
    "TierRule",
    "extract_features",
]
