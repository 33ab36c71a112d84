"""What the running app holds: settings, the store, the served models."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from api.config import Settings
from api.identity.oidc import OidcVerifier
from inference.model_registry import ModelRegistry
from inference.prompts.registry import PromptRegistry
from pipeline.gateway import Gateway
from pipeline.guarding import GuardService
from pipeline.retrieving import RetrievalService
from pipeline.steps import Pipeline
from tenancy.service import Tenancy
from tenancy.storage import Store


@dataclass
class AppState:
    settings: Settings
    store: Store
    models: ModelRegistry
    tenancy: Tenancy
    guards: GuardService
    prompts: PromptRegistry
    gateway: Gateway
    retrieval: RetrievalService
    pipeline: Pipeline
    identity: OidcVerifier | None = None  # OIDC sign-in on the admin API, when configured
    metrics_token: str | None = None  # what /metrics requires as a bearer token, when configured


async def app_state(request: Request) -> AppState:
    # async on purpose: FastAPI runs a plain `def` dependency in its thread pool, a thread hop on
    # every request for what is an attribute read.
    state: AppState = request.app.state.stockade
    return state
