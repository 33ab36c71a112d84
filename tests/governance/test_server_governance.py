"""Retention inside the running server (on its schedule and on request) and erasure over the admin
API, over real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from tenancy.audit import AuditLog
from tenancy.db.tables import FeedbackRow

from ..conftest import make_settings, start_server, stop_server, wait_for  # type: ignore[import-not-found]


def test_the_server_purges_on_its_schedule_and_erases_over_the_admin_api(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path,
        models={"serve": []},
        guard={"enabled": False},
        tracing={"enabled": False},
        retention={"feedback_days": 1, "purge_interval_s": 1},
    )
    running = start_server(settings)
    try:
        store = running.app.state.stockade.store  # type: ignore[attr-defined]
        with store.session() as session:
            session.add(
                FeedbackRow(
                    request_id="old",
                    tenant_id="t",
                    key_id="k",
                    ts=datetime.now(UTC) - timedelta(days=3),
                    rating="up",
                    comment="from last week",
                )
            )

        def purged() -> bool:
            with store.session() as session:
                return session.get(FeedbackRow, 1) is None

        wait_for(purged, "the scheduled purge to remove old feedback")
        audit = AuditLog(store)
        wait_for(lambda: any(r["action"] == "retention.purge" for r in audit.tail(5)), "the purge record")
        record = next(r for r in audit.tail(5) if r["action"] == "retention.purge")
        assert record["actor"] == "system:retention" and record["detail"]["removed"]["feedback"] == 1

        admin = {"Authorization": f"Bearer {running.admin_key}"}
        on_request = httpx.post(running.base_url + "/admin/retention/run", headers=admin, timeout=30)
        assert on_request.status_code == 200 and on_request.json()["removed"]["feedback"] == 0
        erasure = httpx.post(
            running.base_url + "/admin/erasure",
            json={"user": "nobody@example.org", "all_tenants": True},
            headers=admin,
            timeout=30,
        )
        assert erasure.status_code == 200
        body = erasure.json()
        assert body["object"] == "erasure" and body["tenants"] == [] and body["erasure_id"]
        unknown = httpx.post(
            running.base_url + "/admin/erasure",
            json={"user": "x", "tenant": "ghost"},
            headers=admin,
            timeout=30,
        )
        assert unknown.status_code == 404 and unknown.json()["error"]["message"] == "no tenant named 'ghost'"
        assert audit.verify().ok
    finally:
        stop_server(running)
