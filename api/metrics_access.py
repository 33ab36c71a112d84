"""Who may read /metrics.

Its series carry every tenant's name with their requests, tokens and costs: on a network that
application teams reach, an operator may want Prometheus alone to read them. With
`server.metrics_token_env`, /metrics requires that variable's value as a bearer token (Prometheus'
`authorization: {credentials_file: ...}` in its scrape config sends it).
"""

from __future__ import annotations

import hmac
import os

from fastapi import Request

from api.config import ConfigError, ServerSettings
from api.errors import ApiError
from api.state import AppState


def metrics_token(server: ServerSettings) -> str | None:
    """The token /metrics requires, read once at start; a named variable that is unset or empty is
    a configuration error, never an open endpoint."""
    if server.metrics_token_env is None:
        return None
    token = os.environ.get(server.metrics_token_env, "").strip()
    if not token:
        name = server.metrics_token_env
        raise ConfigError(f"server.metrics_token_env names {name}, which is unset or empty")
    return token


def check_metrics_reader(request: Request, state: AppState) -> None:
    if state.metrics_token is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    expected = state.metrics_token.encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected):
        raise ApiError(
            401,
            "/metrics needs the bearer token configured by server.metrics_token_env",
            code="invalid_api_key",
            headers={"WWW-Authenticate": "Bearer"},
        )
