"""The one-GPU-host compose file, parsed by the compose_spec validator after compose's variable
interpolation, and its gateway configuration validated by Stockade's own models."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from .conftest import DEPLOY, interpolate, load_compose

compose_spec = pytest.importorskip("compose_spec")

ENV = {
    "MODELS_DIR": "/srv/models", "MODEL_DIR": "Qwen2.5-7B-Instruct", "ENGINE_API_KEY": "k",
    "POSTGRES_PASSWORD": "p", "REDIS_PASSWORD": "r", "GRAFANA_ADMIN_PASSWORD": "g",
}  # fmt: skip


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = load_compose(ENV)
    compose_spec.PyCompose.from_json(json.dumps(data))  # raises ValueError on anything off-spec
    return data


def test_the_file_is_valid_compose(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == {"vllm", "gateway", "postgres", "redis", "prometheus", "grafana"}


def test_off_spec_keys_are_caught() -> None:
    data = load_compose(ENV)
    data["services"]["gateway"]["restrat"] = "always"
    with pytest.raises(ValueError, match="restrat"):
        compose_spec.PyCompose.from_json(json.dumps(data))


def test_secrets_are_required_not_defaulted() -> None:
    with pytest.raises(KeyError, match="ENGINE_API_KEY"):
        interpolate(
            (DEPLOY / "compose.gpu.yaml").read_text(), {k: v for k, v in ENV.items() if k != "ENGINE_API_KEY"}
        )


def test_vllm_gets_the_gpus_and_is_reachable_only_through_the_gateway(compose: dict[str, Any]) -> None:
    services, networks = compose["services"], compose["networks"]
    vllm = services["vllm"]
    assert vllm["networks"] == ["engine"] and networks["engine"]["internal"] is True
    assert "ports" not in vllm
    device = vllm["deploy"]["resources"]["reservations"]["devices"][0]
    assert device["driver"] == "nvidia" and device["capabilities"] == ["gpu"]
    assert "--tensor-parallel-size=1" in vllm["command"]
    assert vllm["volumes"][0].endswith(":/models:ro")
    assert "engine" in services["gateway"]["networks"]
    published = [
        name for name, s in services.items() if "ports" in s and "monitoring" not in s.get("profiles", [])
    ]
    assert published == ["gateway"]
    assert all(s.get("user", "").startswith("10001") for n, s in services.items() if n in ("vllm", "gateway"))


def test_gateway_configuration_and_catalog_are_valid_for_stockade(compose: dict[str, Any]) -> None:
    from api.config import Settings
    from inference.catalog import load_catalog

    catalog = load_catalog(DEPLOY / "compose" / "catalog.yaml")
    settings = Settings(**yaml.safe_load((DEPLOY / "compose" / "stockade.yaml").read_text()))
    assert settings.models.serve == [m.id for m in catalog.models]
    entry = catalog.models[0]
    assert entry.endpoint is not None and entry.endpoint.base_url == "http://vllm:8000/v1"
    assert "STOCKADE_ENGINE_API_KEY" in compose["services"]["gateway"]["environment"]
    assert entry.endpoint.api_key_env == "STOCKADE_ENGINE_API_KEY"
    vllm_command = compose["services"]["vllm"]["command"]
    assert f"--served-model-name={entry.endpoint.served_model}" in vllm_command
    assert f"--max-model-len={entry.context_length}" in vllm_command
