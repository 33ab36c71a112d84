"""The Helm chart rendered by Helm's own engine (helm-python-sdk: the Helm v4 Go SDK, offline),
every object validated against the Kubernetes API schemas, then checked for what it must do."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from .conftest import CHART

helm = pytest.importorskip("helm_python")
kubernetes_validate = pytest.importorskip("kubernetes_validate")

KUBE_VERSION = "1.30.0"
SECRETS = {
    "secrets": {"databaseUrl": "postgresql+psycopg://s:pw@pg:5432/s", "redisUrl": "redis://:pw@r:6379/0"}
}


def render(values: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    merged = SECRETS | (values or {})
    manifests = helm.Chart.load(CHART).render(merged, name="prod", namespace="llm", is_install=True)
    docs = [
        doc
        for path, text in manifests.items()
        if path.endswith(".yaml")
        for doc in yaml.safe_load_all(text)
        if doc
    ]
    return docs


def find(docs: list[dict[str, Any]], kind: str, name: str | None = None) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]


def matches(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


@pytest.fixture(scope="module")
def docs() -> list[dict[str, Any]]:
    return render()


def test_lint_is_clean() -> None:
    report = helm.lint(str(CHART), SECRETS, strict=True, kube_version=f"v{KUBE_VERSION}")
    assert report["errors"] == []
    assert [m for m in report["messages"] if m["severity"] >= 2] == []


def test_every_object_is_valid_kubernetes(docs: list[dict[str, Any]]) -> None:
    kinds = sorted(d["kind"] for d in docs)
    assert kinds == [
        "ConfigMap", "Deployment", "Deployment", "NetworkPolicy", "NetworkPolicy", "PodDisruptionBudget",
        "Secret", "Service", "Service", "ServiceAccount",
    ]  # fmt: skip
    for doc in docs:
        kubernetes_validate.validate(doc, KUBE_VERSION, strict=True)


def test_gateway_replicas_share_state_through_secrets(docs: list[dict[str, Any]]) -> None:
    gateway = find(docs, "Deployment", "prod-stockade-gateway")[0]
    assert gateway["spec"]["replicas"] == 2
    pod = gateway["spec"]["template"]["spec"]
    container = pod["containers"][0]
    refs = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"] if "valueFrom" in e}
    secret = find(docs, "Secret")[0]
    for env_name in ("DATABASE_URL", "REDIS_URL", "STOCKADE_ENGINE_API_KEY"):
        assert refs[env_name]["name"] == secret["metadata"]["name"]
        assert refs[env_name]["key"] in secret["data"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True


def test_engine_requests_one_gpu_per_tensor_parallel_rank() -> None:
    engine_values = {
        "name": "llama-70b", "modelPath": "/models/Llama-70B", "tensorParallelSize": 4, "maxModelLen": 8192,
        "pricePer1k": {"input": 0.001, "output": 0.002}, "resources": {"requests": {"cpu": "8"}},
    }  # fmt: skip
    docs = render({"engines": [engine_values]})
    engine = find(docs, "Deployment", "prod-stockade-engine-llama-70b")[0]
    container = engine["spec"]["template"]["spec"]["containers"][0]
    assert container["resources"]["requests"]["nvidia.com/gpu"] == 4
    assert container["resources"]["limits"]["nvidia.com/gpu"] == 4
    assert "--tensor-parallel-size=4" in container["args"]
    assert container["args"][0] == "/models/Llama-70B"
    # The catalog's vLLM defaults: prefix caching on (the gateway's fleet affinity reuses it), no
    # tool parser unless one is named.
    assert "--enable-prefix-caching" in container["args"] and "--dtype=auto" in container["args"]
    assert not any(arg.startswith("--tool-call-parser") for arg in container["args"])
    tools = render({"engines": [engine_values | {"toolCallParser": "hermes", "enablePrefixCaching": False}]})
    args = find(tools, "Deployment", "prod-stockade-engine-llama-70b")[0]["spec"]["template"]["spec"][
        "containers"
    ][0]["args"]
    assert "--tool-call-parser=hermes" in args and "--enable-auto-tool-choice" in args
    assert "--enable-prefix-caching" not in args
    mounts = {m["mountPath"]: m for m in container["volumeMounts"]}
    assert mounts["/models"]["readOnly"] is True and "/dev/shm" in mounts
    assert engine["spec"]["strategy"]["type"] == "Recreate"


def test_gateway_catalog_points_at_the_engine_services(docs: list[dict[str, Any]]) -> None:
    from api.config import Settings
    from inference.catalog import Catalog

    config_map = find(docs, "ConfigMap")[0]["data"]
    catalog = Catalog.model_validate(yaml.safe_load(config_map["catalog.yaml"]))
    settings = Settings(**yaml.safe_load(config_map["stockade.yaml"]))
    assert settings.models.serve == ["qwen2.5-7b-instruct"]
    # Several workers per pod need Redis, which the pod gets from the Secret.
    assert settings.server.workers == 2
    gateway = find(docs, "Deployment", "prod-stockade-gateway")[0]["spec"]["template"]["spec"]
    env = {e["name"] for e in gateway["containers"][0]["env"]}
    assert {"REDIS_URL", "DATABASE_URL"} <= env
    entry = catalog.get("qwen2.5-7b-instruct")
    assert entry is not None and entry.endpoint is not None
    service = find(docs, "Service", "prod-stockade-engine-qwen2-5-7b-instruct")[0]
    port = service["spec"]["ports"][0]["port"]
    assert entry.endpoint.base_url == f"http://{service['metadata']['name']}:{port}/v1"
    assert entry.endpoint.api_key_env == "STOCKADE_ENGINE_API_KEY"
    # vLLM counts the tokens it will see, and vLLM's own request fields reach it.
    assert entry.endpoint.token_count == "tokenize"
    assert {"ignore_eos", "top_k"} <= catalog.parameters_for(entry)
    # tool calling is typed, not passed through
    assert not {"tools", "tool_choice", "parallel_tool_calls"} & catalog.parameters_for(entry)


def test_only_the_gateway_reaches_the_engines(docs: list[dict[str, Any]]) -> None:
    def pod_labels(name: str) -> dict[str, str]:
        return dict(find(docs, "Deployment", name)[0]["spec"]["template"]["metadata"]["labels"])

    gateway, engine = (
        pod_labels("prod-stockade-gateway"),
        pod_labels("prod-stockade-engine-qwen2-5-7b-instruct"),
    )
    policy = find(docs, "NetworkPolicy", "prod-stockade-engines")[0]["spec"]
    assert matches(policy["podSelector"]["matchLabels"], engine)
    assert not matches(policy["podSelector"]["matchLabels"], gateway)
    sources = policy["ingress"][0]["from"]
    assert len(sources) == 1 and matches(sources[0]["podSelector"]["matchLabels"], gateway)
    assert not matches(sources[0]["podSelector"]["matchLabels"], engine)
    assert "Egress" in policy["policyTypes"] and policy["egress"] == []
    for service in find(docs, "Service"):
        selector = service["spec"]["selector"]
        assert matches(selector, gateway) != matches(selector, engine)


def test_an_existing_secret_replaces_the_generated_one() -> None:
    docs = render({"secrets": {"create": False, "existingSecret": "vault-synced"}})
    assert find(docs, "Secret") == []
    env = find(docs, "Deployment", "prod-stockade-gateway")[0]["spec"]["template"]["spec"]["containers"][0][
        "env"
    ]
    assert {e["valueFrom"]["secretKeyRef"]["name"] for e in env if "valueFrom" in e} == {"vault-synced"}


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({"secrets": {"create": True}}, "secrets.databaseUrl is required"),
        ({"engines": [{"name": "m", "modelPath": "/models/m", "tensorParallelSize": 3, "maxModelLen": 4096,
                       "pricePer1k": {"input": 0, "output": 0}}]}, "tensorParallelSize"),
        ({"gateway": {"replicas": 0, "port": 8000}}, "replicas"),
        ({"secrets": {"create": False}}, "existingSecret"),
    ],
)  # fmt: skip
def test_bad_values_are_refused(values: dict[str, Any], error: str) -> None:
    with pytest.raises(helm.HelmError, match=error):
        helm.Chart.load(CHART).render(values, name="prod", namespace="llm")
