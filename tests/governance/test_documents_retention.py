"""Retention of documents in retrieval collections, by the server (where the collections are
loaded), with a tenant under legal hold keeping its documents."""

from __future__ import annotations

from pathlib import Path

import httpx

from ..conftest import make_settings, start_server, stop_server  # type: ignore[import-not-found]


def test_old_documents_go_except_a_held_tenants(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path,
        models={"serve": ["all-minilm-l6-v2"]},
        guard={"enabled": False},
        tracing={"enabled": False},
        # Any document ingested before this purge is older than a hundred-millionth of a day.
        retention={"documents_days": 1e-8, "schedule": False},
    )
    running = start_server(settings)
    try:
        store = running.app.state.stockade.store  # type: ignore[attr-defined]
        admin = {"Authorization": f"Bearer {running.admin_key}"}
        keys = {}
        for tenant in ("archive", "lawsuit"):
            store.create_tenant(tenant)
            keys[tenant] = {
                "Authorization": f"Bearer {store.create_key(scope='tenant', tenant_name=tenant).secret}"
            }
            assert (
                httpx.post(
                    running.v1 + "/collections",
                    json={"name": f"{tenant}-kb"},
                    headers=keys[tenant],
                    timeout=60,
                ).status_code
                == 201
            )
            upload = httpx.post(
                running.v1 + f"/collections/{tenant}-kb/documents",
                json={"filename": "policy.md", "content": "# Policy\n\nRecords are kept for ten years."},
                headers=keys[tenant],
                timeout=120,
            )
            assert upload.status_code == 201, upload.text
        hold = httpx.put(
            running.base_url + "/admin/tenants/lawsuit/legal-hold",
            json={"hold": True},
            headers=admin,
            timeout=30,
        )
        assert hold.status_code == 200 and hold.json()["legal_hold"] is True

        purge = httpx.post(running.base_url + "/admin/retention/run", headers=admin, timeout=120)
        assert purge.status_code == 200, purge.text
        assert purge.json()["removed"]["documents"] == 1 and purge.json()["legal_hold"] == ["lawsuit"]

        def documents(tenant: str) -> list[dict]:  # type: ignore[type-arg]
            r = httpx.get(
                running.v1 + f"/collections/{tenant}-kb/documents", headers=keys[tenant], timeout=60
            )
            return list(r.json()["data"])

        assert documents("archive") == []
        assert [d["source"] for d in documents("lawsuit")] == ["policy.md"]
        found = httpx.post(
            running.v1 + "/collections/archive-kb/search",
            json={"query": "how long are records kept"},
            headers=keys["archive"],
            timeout=60,
        ).json()
        assert found["hits"] == []
    finally:
        stop_server(running)
