"""Apps with versioned prompts, sticky A/B experiments and feedback, over real HTTP."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from openai import OpenAI

from ..conftest import CATALOG, REPO, ledger_rows, make_settings, start_server, stop_server  # type: ignore[import-not-found]

SMOL = "smollm2-135m-instruct"
QWEN = "qwen2.5-coder-0.5b-instruct"


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator:  # type: ignore[type-arg]
    settings = make_settings(
        tmp_path_factory.mktemp("prompts"),
        models={"serve": [SMOL, QWEN, "all-minilm-l6-v2"]},
        apps={
            "support": {"model": SMOL, "prompt": {"prompt": "customer-support", "version": "1.1.0"}},
            # A rubric is instructions by design: the judge's app lets it past the injection scanner.
            "eval-judge": {"model": QWEN, "guard": {"injection": {"enabled": False}}},
            "self-judge": {"model": SMOL, "guard": {"injection": {"enabled": False}}},
            "support-ab": {
                "model": SMOL,
                "prompt": {
                    "prompt": "customer-support",
                    "experiment": {"name": "support-tone", "arms": {"1.0.0": 0.5, "1.1.0": 0.5}},
                },
            },
        },
    )
    running = start_server(settings)
    yield running
    stop_server(running)


def _client(server) -> OpenAI:  # type: ignore[no-untyped-def]
    return OpenAI(base_url=server.v1, api_key=server.tenant_key, max_retries=0)


def test_app_renders_its_prompt_version_and_labels_theledger_rows(gateway) -> None:  # type: ignore[no-untyped-def]
    client = _client(gateway)
    plain = client.chat.completions.create(
        model=SMOL, max_tokens=1, messages=[{"role": "user", "content": "Where is my order?"}]
    )
    app = client.chat.completions.create(
        model="support", max_tokens=1, messages=[{"role": "user", "content": "Where is my order?"}]
    )
    assert app.model == SMOL
    assert app.usage.prompt_tokens > plain.usage.prompt_tokens + 100  # type: ignore[union-attr]  # the template
    row = ledger_rows(gateway)[-1]
    assert row["app"] == "support" and row["prompt_version"] == "customer-support@1.1.0"
    assert row["experiment_arm"] == ""


def test_variables_and_version_override_and_their_errors(gateway) -> None:  # type: ignore[no-untyped-def]
    client = _client(gateway)
    client.chat.completions.create(
        model="support",
        max_tokens=1,
        messages=[{"role": "user", "content": "Hi"}],
        extra_body={"variables": {"company_name": "Acme"}, "prompt_version": "1.0.0"},
    )
    assert ledger_rows(gateway)[-1]["prompt_version"] == "customer-support@1.0.0"
    headers = {"Authorization": f"Bearer {gateway.tenant_key}"}
    unexpected = httpx.post(
        gateway.v1 + "/chat/completions",
        headers=headers,
        json={
            "model": "support",
            "messages": [{"role": "user", "content": "Hi"}],
            "variables": {"colour": "red"},
        },
        timeout=60,
    )
    assert unexpected.status_code == 400 and unexpected.json()["error"]["code"] == "invalid_prompt_variables"
    unknown = httpx.post(
        gateway.v1 + "/chat/completions",
        headers=headers,
        json={"model": "support", "messages": [{"role": "user", "content": "Hi"}], "prompt_version": "9.9.9"},
        timeout=60,
    )
    assert unknown.status_code == 400 and unknown.json()["error"]["param"] == "prompt_version"


def test_experiment_assignment_is_sticky_per_user_and_uses_both_arms(gateway) -> None:  # type: ignore[no-untyped-def]
    client = _client(gateway)
    arms: dict[str, set[str]] = {}
    for user in [f"user-{i}" for i in range(12)] * 2:
        client.chat.completions.create(
            model="support-ab", max_tokens=1, user=user, messages=[{"role": "user", "content": "Refund?"}]
        )
        arms.setdefault(user, set()).add(ledger_rows(gateway)[-1]["experiment_arm"])
    assert all(len(seen) == 1 for seen in arms.values()), arms  # sticky
    chosen = {next(iter(seen)) for seen in arms.values()}
    assert chosen == {"support-tone:1.0.0", "support-tone:1.1.0"}
    by_arm = httpx.get(
        gateway.base_url + "/admin/usage",
        params={"by": "arm"},
        headers={"Authorization": f"Bearer {gateway.admin_key}"},
        timeout=60,
    ).json()["data"]
    assert sum(r["requests"] for r in by_arm if r["arm"].startswith("support-tone:")) == 24


def test_feedback_is_counted_per_version_and_arm(gateway) -> None:  # type: ignore[no-untyped-def]
    client = _client(gateway)
    answer = client.chat.completions.create(
        model="support-ab", max_tokens=1, user="fan", messages=[{"role": "user", "content": "Thanks!"}]
    )
    arm = ledger_rows(gateway)[-1]["experiment_arm"]
    r = httpx.post(
        gateway.v1 + "/feedback",
        headers={"Authorization": f"Bearer {gateway.tenant_key}"},
        json={"request_id": answer.id, "rating": "up", "comment": "helpful"},
        timeout=60,
    )
    assert r.status_code == 201, r.text
    assert r.json()["experiment_arm"] == arm
    version = arm.split(":")[1]
    metrics = httpx.get(gateway.base_url + "/metrics", timeout=60).text
    pattern = (
        r'stockade_prompt_feedback_total\{arm="' + re.escape(version) + r'",experiment="support-tone",'
        r'prompt="customer-support",rating="up",version="' + re.escape(version) + r'"\} 1\.0'
    )
    assert re.search(pattern, metrics), metrics[-2000:]
    bad = httpx.post(
        gateway.v1 + "/feedback",
        headers={"Authorization": f"Bearer {gateway.tenant_key}"},
        json={"request_id": answer.id, "rating": "meh"},
        timeout=60,
    )
    assert bad.status_code == 400
    missing = httpx.post(
        gateway.v1 + "/feedback",
        headers={"Authorization": f"Bearer {gateway.tenant_key}"},
        json={"request_id": "chatcmpl-nope", "rating": "down"},
        timeout=60,
    )
    assert missing.status_code == 404


def test_stockade_eval_over_base_url_judges_with_another_model_and_refuses_self_judging(
    gateway, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """`stockade eval --base-url --judge-model APP`: the judge is called through the same Stockade,
    here through an app whose model (Qwen 0.5B) differs from the evaluated app's (SmolLM2); a judge
    app whose model is the evaluated one is refused."""
    import yaml
    from typer.testing import CliRunner

    from operations.cli import app

    suite = tmp_path / "judged.yaml"
    suite.write_text(
        yaml.safe_dump(
            {
                "name": "judged",
                "prompt": "customer-support",
                "input_variable": "message",
                "seed": 1,
                "max_tokens": 8,
                "metrics": [
                    {
                        "name": "judge",
                        "method": "llm_judge",
                        "rubric": str(REPO / "evals/rubrics/support-quality.md"),
                    }
                ],
                "cases": [{"id": "refund", "input": "When do I get my refund?"}],
            }
        )
    )
    config = tmp_path / "stockade.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "catalog_path": str(CATALOG),
                "prompts_dir": str(REPO / "prompts"),
                "data_dir": str(tmp_path / "var"),
                "apps": {
                    "support": {"model": SMOL, "prompt": {"prompt": "customer-support", "version": "1.1.0"}},
                    "eval-judge": {"model": QWEN},
                    "self-judge": {"model": SMOL},
                },
            }
        )
    )
    out = tmp_path / "report.md"
    common = ["eval", "--suite", str(suite), "--prompt-version", "1.1.0", "--baseline-version", "1.0.0"]
    common += ["--base-url", gateway.v1, "--api-key", gateway.tenant_key, "--app", "support"]
    common += ["--config", str(config)]
    judged_before = len([r for r in ledger_rows(gateway) if r["model"] == QWEN])

    result = CliRunner().invoke(app, [*common, "--judge-model", "eval-judge", "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.with_suffix(".json").read_text())
    assert report["judge"] == {"model": QWEN, "where": gateway.v1, "self_judged": False}
    assert f"Judge `{QWEN}` at {gateway.v1}, a different model" in out.read_text()
    # One judge call per version went through the gateway to Qwen (metered like any request).
    cases = report["baseline"]["cases"] + report["candidate"]["cases"]
    assert all(c["scores"]["judge"] is not None for c in cases), cases  # the judge gave a score line
    assert len([r for r in ledger_rows(gateway) if r["model"] == QWEN]) == judged_before + 2

    for same in (SMOL, "self-judge"):  # the evaluated model, by name or behind an app
        refused = CliRunner().invoke(app, [*common, "--judge-model", same])
        assert refused.exit_code == 2
        assert "is the model under evaluation" in " ".join(refused.output.split())  # rich wraps lines
