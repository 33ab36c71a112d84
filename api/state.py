"""What the running app holds: settings, the store, the served models."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from api.config import Settings
from api.model_registry import ModelRegistry
from api.storage import Store
from api.tenancy.service import Tenancy


@dataclass
class AppState:
    settings: Settings
    store: Store
    models: ModelRegistry
    tenancy: Tenancy


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.stockade
    return state
