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
        "ConfigMap", "Deployment", "Job", "NetworkPolicy", "NetworkPolicy", "PodDisruptionBudget", "Secret",
        "Secret", "Service", "Service", "Service", "ServiceAccount", "StatefulSet",
    ]  # fmt: skip
    for doc in docs:
        kubernetes_validate.validate(doc, KUBE_VERSION, strict=True)


def test_gateway_replicas_share_state_through_secrets(docs: list[dict[str, Any]]) -> None:
    gateway = find(docs, "Deployment", "prod-stockade-gateway")[0]
    assert gateway["spec"]["replicas"] == 2
    pod = gateway["spec"]["template"]["spec"]
    container = pod["containers"][0]
    refs = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"] if "valueFrom" in e}
    secret = find(docs, "Secret", "prod-stockade-secrets")[0]
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
    engine = find(docs, "StatefulSet", "prod-stockade-engine-llama-70b")[0]
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
    args = find(tools, "StatefulSet", "prod-stockade-engine-llama-70b")[0]["spec"]["template"]["spec"][
        "containers"
    ][0]["args"]
    assert "--tool-call-parser=hermes" in args and "--enable-auto-tool-choice" in args
    assert "--enable-prefix-caching" not in args
    mounts = {m["mountPath"]: m for m in container["volumeMounts"]}
    assert mounts["/models"]["readOnly"] is True and "/dev/shm" in mounts
    # An update replaces one pod at a time, the old one deleted first: never more GPUs than replicas.
    assert engine["spec"]["updateStrategy"]["type"] == "RollingUpdate"
    assert engine["spec"]["podManagementPolicy"] == "Parallel"


def test_several_engine_replicas_become_one_fleet_endpoint_per_pod() -> None:
    from inference.catalog import Catalog

    engine_values = {
        "name": "qwen-72b", "modelPath": "/models/Qwen-72B", "tensorParallelSize": 2, "maxModelLen": 8192,
        "pricePer1k": {"input": 0.001, "output": 0.002}, "resources": {"requests": {"cpu": "8"}},
        "replicas": 3, "fleet": {"affinity_slack": 2, "probe_interval_s": 5},
    }  # fmt: skip
    docs = render({"engines": [engine_values]})
    for doc in docs:
        kubernetes_validate.validate(doc, KUBE_VERSION, strict=True)
    engine = find(docs, "StatefulSet", "prod-stockade-engine-qwen-72b")[0]
    assert engine["spec"]["replicas"] == 3
    headless = find(docs, "Service", engine["spec"]["serviceName"])[0]["spec"]
    assert headless["clusterIP"] == "None"
    assert matches(headless["selector"], engine["spec"]["template"]["metadata"]["labels"])
    config_map = find(docs, "ConfigMap")[0]["data"]
    entry = Catalog.model_validate(yaml.safe_load(config_map["catalog.yaml"])).get("qwen-72b")
    assert entry is not None and entry.endpoint is None
    port = headless["ports"][0]["port"]
    # Pod n of a StatefulSet answers at <statefulset>-<n>.<headless service>.
    assert [e.base_url for e in entry.endpoints] == [
        f"http://prod-stockade-engine-qwen-72b-{n}.{engine['spec']['serviceName']}:{port}/v1"
        for n in range(3)
    ]
    assert {e.api_key_env for e in entry.endpoints} == {"STOCKADE_ENGINE_API_KEY"}
    assert {e.token_count for e in entry.endpoints} == {"tokenize"}
    assert (entry.fleet.affinity_slack, entry.fleet.probe_interval_s) == (2, 5)


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
    def pod_labels(kind: str, name: str) -> dict[str, str]:
        return dict(find(docs, kind, name)[0]["spec"]["template"]["metadata"]["labels"])

    gateway, engine = (
        pod_labels("Deployment", "prod-stockade-gateway"),
        pod_labels("StatefulSet", "prod-stockade-engine-qwen2-5-7b-instruct"),
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


def hook(doc: dict[str, Any]) -> tuple[set[str], int, set[str]]:
    """A Helm hook's events, weight and delete policies (empty for an ordinary release object)."""
    annotations = doc["metadata"].get("annotations") or {}
    events = {e for e in annotations.get("helm.sh/hook", "").split(",") if e}
    policies = {p for p in annotations.get("helm.sh/hook-delete-policy", "").split(",") if p}
    return events, int(annotations.get("helm.sh/hook-weight", "0")), policies


def secret_refs(container: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"] if "valueFrom" in e}


def test_the_schema_migration_runs_as_a_hook_before_the_gateways_start() -> None:
    extra_env = [{"name": "STOCKADE_LOG_LEVEL", "value": "DEBUG"}]
    docs = render({"gateway": {"replicas": 2, "port": 8000, "extraEnv": extra_env},
                   "migrations": {"job": {"activeDeadlineSeconds": 7200}}})  # fmt: skip
    for doc in docs:
        kubernetes_validate.validate(doc, KUBE_VERSION, strict=True)
    [job] = find(docs, "Job")
    events, job_weight, policies = hook(job)
    assert events == {"pre-install", "pre-upgrade"}
    assert policies == {"before-hook-creation", "hook-succeeded"}
    # Its own deadline, far past the gateway's startup probe, and few retries of a long rewrite.
    assert job["spec"]["activeDeadlineSeconds"] == 7200
    assert job["spec"]["backoffLimit"] <= 2
    gateway_pod = find(docs, "Deployment", "prod-stockade-gateway")[0]["spec"]["template"]["spec"]
    gateway = gateway_pod["containers"][0]
    pod = job["spec"]["template"]["spec"]
    assert pod["restartPolicy"] == "Never"
    [container] = pod["containers"]
    assert container["image"] == gateway["image"]
    assert container["command"] == [gateway["command"][0], "db", "upgrade"]
    assert container["securityContext"] == gateway["securityContext"]
    assert pod["securityContext"] == gateway_pod["securityContext"]
    assert extra_env[0] in container["env"]
    # Hooks run before the release's objects exist: the gateway's Secret is not there yet on a
    # first install, so the URL comes from a hook Secret made before the Job, holding the same value.
    ref = secret_refs(container)["DATABASE_URL"]
    [source] = find(docs, "Secret", ref["name"])
    source_events, source_weight, _ = hook(source)
    assert source_events == events and source_weight < job_weight
    gateway_ref = secret_refs(gateway)["DATABASE_URL"]
    [gateway_secret] = find(docs, "Secret", gateway_ref["name"])
    assert source["data"][ref["key"]] == gateway_secret["data"][gateway_ref["key"]]
    assert hook(gateway_secret) == (set(), 0, set())
    # Nor is the chart's ServiceAccount: the Job names none it would have to wait for.
    assert "serviceAccountName" not in pod and pod["automountServiceAccountToken"] is False


def test_the_migration_job_reads_an_existing_secret_like_the_gateway() -> None:
    docs = render({"secrets": {"create": False, "existingSecret": "vault-synced"},
                   "serviceAccount": {"create": False, "name": "stockade-sa"}})  # fmt: skip
    assert find(docs, "Secret") == []
    [job] = find(docs, "Job")
    pod = job["spec"]["template"]["spec"]
    ref = secret_refs(pod["containers"][0])["DATABASE_URL"]
    assert ref == {"name": "vault-synced", "key": "database-url"}
    assert pod["serviceAccountName"] == "stockade-sa"


@pytest.mark.parametrize(
    "values",
    [
        {"migrations": {"job": {"enabled": False}}},
        # SQLite lives in each gateway pod's own volume: a Job could not reach it.
        {"secrets": {"databaseUrl": "sqlite:////var/lib/stockade/stockade.db", "redisUrl": "redis://r"}},
    ],
)
def test_no_migration_job_when_disabled_or_on_sqlite(values: dict[str, Any]) -> None:
    docs = render(values)
    assert find(docs, "Job") == []
    assert [s["metadata"]["name"] for s in find(docs, "Secret")] == ["prod-stockade-secrets"]
    assert find(docs, "Deployment", "prod-stockade-gateway")


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
