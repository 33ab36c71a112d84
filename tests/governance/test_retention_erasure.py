"""Retention purges and end-user erasure on SQLite and PostgreSQL: records written through the real
settlement path (ledger, audit with sealed prompts), feedback and traces; afterwards every table is
searched for what must be gone, and `audit verify` still passes."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import inspect, text

from tenancy.audit import AuditLog
from tenancy.counters import LocalCounters
from tenancy.db.tables import FeedbackRow, StoredResponseRow, TraceBatchRow
from tenancy.governance.erasure import erase_user
from tenancy.governance.retention import run_retention
from tenancy.governance.settings import RetentionSettings
from tenancy.governance.subjects import day_lookup, user_lookup
from tenancy.ledger import Ledger
from tenancy.limits import LimitsRepository
from tenancy.service import Settlement, Tenancy
from tenancy.storage import ApiKey, Store

ALICE_PROMPT = "alice here: my diagnosis is hypertension"
BOB_PROMPT = "bob here: what is the capital of France"


@pytest.fixture
def store(empty_database) -> Store:  # type: ignore[no-untyped-def]
    s = Store.from_url(empty_database.url, schema=empty_database.schema)
    s.create_schema()
    yield s
    s.close()


def _tenancy(store: Store) -> Tenancy:
    return Tenancy(LocalCounters(), LimitsRepository(store), Ledger(store), AuditLog(store))


async def _request(tenancy: Tenancy, key: ApiKey, user: str, prompt: str) -> str:
    """One request as the gateway settles it, plus its feedback and its trace; returns its id."""
    request_id = secrets.token_hex(8)
    trace_id = secrets.token_hex(16)
    admission = await tenancy.admit(key, 10, 0.0)
    await tenancy.settle(
        admission,
        Settlement(
            request_id=request_id,
            trace_id=trace_id,
            route="chat",
            model="smollm2",
            engine="llama.cpp",
            input_tokens=6,
            output_tokens=4,
            cost=0.0001,
            latency_ms=12.0,
            status="ok",
            http_status=200,
            audit_detail={"app": "", "user": user, "prompt": [{"role": "user", "content": prompt}]},
        ),
    )
    store = tenancy.ledger.store
    with store.session() as session:
        session.add(
            FeedbackRow(
                request_id=request_id,
                tenant_id=key.tenant_id,
                key_id=key.id,
                ts=datetime.now(UTC),
                rating="down",
                comment=f"{user.split('@')[0]} says: wrong",  # free text can name the person too
            )
        )
        spans = [{"name": "POST /v1/chat/completions", "attributes": {"stockade.tenant": key.tenant_name}}]
        session.add(
            TraceBatchRow(
                trace_id=trace_id,
                started=datetime.now(UTC),
                root_name="POST /v1/chat/completions",
                root_duration_ms=12.0,
                spans=json.dumps(spans, separators=(",", ":")),
            )
        )
    return request_id


def _every_value(store: Store) -> str:
    """Every column of every row of every table, as one text to search."""
    chunks = []
    with store.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                chunks.append(" ".join(str(v) for v in row))
    return "\n".join(chunks)


def _count(store: Store, table: str, where: str = "", **params: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table} {where}"), params).scalar_one())


async def test_erasure_leaves_nothing_of_the_user_and_the_chain_verifies(store: Store) -> None:
    tenancy = _tenancy(store)
    tenant = store.create_tenant("clinic")
    key = store.create_key(scope="tenant", tenant_name=tenant.name).key
    alice_requests = [await _request(tenancy, key, "alice@patients.example", ALICE_PROMPT) for _ in range(3)]
    bob_request = await _request(tenancy, key, "bob@patients.example", BOB_PROMPT)
    await tenancy.close()

    everything = _every_value(store)
    # Even before erasure, neither the user id nor the prompt is stored in the clear anywhere.
    assert "alice@patients.example" not in everything and "hypertension" not in everything
    alice_ref = tenancy.subjects.get(user_lookup(tenant.id, "alice@patients.example"), create=False)
    assert alice_ref is not None
    assert _count(store, "ledger", "WHERE user_ref = :r", r=alice_ref.ref()) == 3

    report = erase_user(
        store, tenancy.subjects, AuditLog(store), "alice@patients.example", tenant=None, actor="cli:dpo"
    )
    assert report.tenants == ["clinic"]
    assert report.removed == {"feedback": 3, "traces": 3, "responses": 0, "subject_keys": 1}
    assert report.anonymised == {"ledger": 3, "audit": 3}

    everything = _every_value(store)
    for trace in alice_requests:
        assert _count(store, "feedback", "WHERE request_id = :r", r=trace) == 0
    # The pseudonym is gone from the ledger; the audit records keep it (they cannot change), and
    # with her key destroyed nothing can tie it back to her.
    assert _count(store, "ledger", "WHERE user_ref = :r", r=alice_ref.ref()) == 0
    assert _count(store, "ledger", "WHERE user_ref = 'erased'") == 3  # ... the billing counts stay
    assert _count(store, "subject_keys", "WHERE lookup = :l", l=alice_ref.lookup) == 0
    assert "alice" not in everything  # the feedback comment "alice says: wrong" went too
    # Her sealed prompts are still in the chain, and nobody can open them any more.
    details = [r["detail"] for r in AuditLog(store).tail(100)]
    sealed = [d for d in details if d.get("subject") == alice_ref.ref()]
    assert len(sealed) == 3
    fresh = tenancy.subjects.__class__(store)
    assert fresh.get(alice_ref.lookup, create=False) is None
    # Bob is untouched and still readable by whoever holds the keys.
    bob = next(d for d in details if "subject" in d and d["subject"] != alice_ref.ref())
    day_key = fresh.get(day_lookup(bob["sealed_day"]), create=False)
    bob_key = fresh.get(user_lookup(tenant.id, "bob@patients.example"), create=False)
    assert day_key is not None and bob_key is not None
    inner = day_key.open(bob["sealed"])
    assert bob_key.open(inner["sealed_by_user"])["prompt"][0]["content"] == BOB_PROMPT
    assert _count(store, "feedback", "WHERE request_id = :r", r=bob_request) == 1
    # The erasure is audited without the user id, and the chain verifies.
    last = AuditLog(store).tail(1)[0]
    assert last["action"] == "subject.erase" and last["actor"] == "cli:dpo"
    assert "alice" not in json.dumps(last)
    result = AuditLog(store).verify()
    assert result.ok, result.problem


async def test_retention_respects_legal_hold_and_the_chain_verifies_after_each_purge(store: Store) -> None:
    tenancy = _tenancy(store)
    free = store.create_tenant("marketing")
    held = store.create_tenant("litigation")
    free_key = store.create_key(scope="tenant", tenant_name=free.name).key
    held_key = store.create_key(scope="tenant", tenant_name=held.name).key
    await _request(tenancy, free_key, "u1", "first prompt")
    await _request(tenancy, held_key, "u2", "held prompt")
    await _request(tenancy, free_key, "u3", "third prompt")
    await tenancy.close()
    store.set_legal_hold(held.name, True)
    audit = AuditLog(store)
    policy = RetentionSettings(
        ledger_days=1, audit_days=1, traces_days=1, feedback_days=1, conversations_days=1
    )
    later = datetime.now(UTC) + timedelta(days=10)

    first = run_retention(store, policy, audit=audit, subjects=tenancy.subjects, now=later)
    assert first.held == ["litigation"]
    assert first.removed == {"ledger": 2, "feedback": 2, "responses": 0, "traces": 2, "audit": 1}
    assert first.skipped["conversations"] == "a tenant is under legal hold"
    assert _count(store, "ledger", "WHERE tenant_id = :t", t=held.id) == 1
    assert _count(store, "ledger", "WHERE tenant_id = :t", t=free.id) == 0
    assert _count(store, "feedback") == 1 and _count(store, "trace_batches") == 1
    # The chain lost its first record (before the held tenant's): it resumes at the checkpoint.
    verified = audit.verify()
    assert verified.ok, verified.problem
    assert _count(store, "audit_checkpoints") == 1
    assert audit.tail(1)[0]["detail"]["audit_through_seq"] == 1

    store.set_legal_hold(held.name, False)
    second = run_retention(store, policy, audit=audit, subjects=tenancy.subjects, now=later)
    assert second.removed["ledger"] == 1 and second.removed["conversation_days"] >= 1
    for table in ("ledger", "feedback", "trace_batches"):
        assert _count(store, table) == 0, table
    # Only the last purge's own record is left of the audit log, and it verifies from the checkpoint.
    tail = audit.tail(10)
    assert [r["action"] for r in tail] == ["retention.purge"]
    verified = audit.verify()
    assert verified.ok and verified.records == 1, verified.problem
    everything = _every_value(store)
    assert "prompt" not in everything.replace("retention.purge", "")


async def test_a_forged_checkpoint_and_a_deletion_after_a_purge_are_detected(store: Store) -> None:
    audit = AuditLog(store)
    for i in range(5):
        audit.append(actor="key:abc", action="chat", tenant="acme", detail={"n": i})
    with store.engine.begin() as conn:
        head = conn.execute(text("SELECT seq, hash FROM audit_log WHERE seq = 2")).one()
        conn.execute(text("DELETE FROM audit_log WHERE seq <= 2"))
        conn.execute(
            text("INSERT INTO audit_checkpoints (through_seq, through_hash, ts) VALUES (:s, :h, :t)"),
            {"s": head[0], "h": head[1], "t": datetime.now(UTC)},
        )
    forged = audit.verify()
    assert not forged.ok and "no retention record attests" in forged.problem
    # A real purge attests its checkpoint; deleting a record after it is still caught.
    run_retention(
        store,
        RetentionSettings(audit_days=1),
        audit=audit,
        subjects=_tenancy(store).subjects,
        now=datetime.now(UTC) + timedelta(days=2),
    )
    assert audit.verify().ok
    audit.append(actor="key:abc", action="chat", tenant="acme", detail={"n": 9})
    audit.append(actor="key:abc", action="chat", tenant="acme", detail={"n": 10})
    with store.engine.begin() as conn:
        last = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
        conn.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": last - 1})
    broken = audit.verify()
    assert not broken.ok and broken.first_bad_seq == last - 1


def _files_holding(folder: Any, marker: str) -> list[str]:
    """The files of a SQLite store (database, -wal, -shm) whose raw bytes hold `marker`."""
    return [str(p) for p in folder.iterdir() if p.is_file() and marker.encode() in p.read_bytes()]


def _stored_response(store: Store, key: ApiKey, user_ref: str, text: str) -> None:
    with store.session() as session:
        session.add(
            StoredResponseRow(
                id=f"resp_{secrets.token_hex(8)}",
                tenant_id=key.tenant_id,
                key_id=key.id,
                created_at=datetime.now(UTC),
                user_ref=user_ref,
                input_items=json.dumps([{"role": "user", "content": text}]),
                body=json.dumps({"output_text": text}),
            )
        )


async def test_erased_and_purged_rows_leave_the_sqlite_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Deleted rows must not stay readable in the write-ahead log (or free pages) until some later
    checkpoint: erasure and retention promise that the data is gone."""
    folder = tmp_path / "store"
    store = Store.from_url(f"sqlite:///{folder / 'stockade.db'}")
    store.create_schema()
    tenancy = _tenancy(store)
    tenant = store.create_tenant("clinic")
    key = store.create_key(scope="tenant", tenant_name=tenant.name).key
    await _request(tenancy, key, "dana@patients.example", "dana's question")
    await tenancy.close()
    dana = tenancy.subjects.get(user_lookup(tenant.id, "dana@patients.example"), create=False)
    assert dana is not None
    _stored_response(store, key, dana.ref(), "Dana Quorthwaite's biopsy came back clear")
    _stored_response(store, key, "", "Ebbe Vranckstadt asked about parking")
    assert _files_holding(folder, "Quorthwaite") and _files_holding(folder, "Vranckstadt")
    assert _files_holding(folder, dana.secret.hex())  # her key, which erasure destroys

    report = erase_user(
        store, tenancy.subjects, AuditLog(store), "dana@patients.example", tenant=None, actor="cli:dpo"
    )
    assert report.removed["responses"] == 1 and report.removed["subject_keys"] == 1
    assert _files_holding(folder, "Quorthwaite") == []
    assert _files_holding(folder, dana.secret.hex()) == []
    assert _files_holding(folder, "dana says") == []  # her feedback comment

    purged = run_retention(
        store,
        RetentionSettings(responses_days=1),
        audit=AuditLog(store),
        subjects=tenancy.subjects,
        now=datetime.now(UTC) + timedelta(days=2),
    )
    assert purged.removed["responses"] == 1
    assert _files_holding(folder, "Vranckstadt") == []
    store.close()


async def test_the_cli_erases_a_user_and_runs_retention(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    import yaml

    db = tmp_path / "stockade.db"
    config = tmp_path / "stockade.yaml"
    config.write_text(
        yaml.safe_dump(
            {"database_url": f"sqlite:///{db}", "data_dir": str(tmp_path), "retention": {"feedback_days": 30}}
        )
    )
    store = Store.from_url(f"sqlite:///{db}")
    store.create_schema()
    tenancy = _tenancy(store)
    store.create_tenant("clinic")
    key = store.create_key(scope="tenant", tenant_name="clinic").key
    await _request(tenancy, key, "carol", "carol's question")
    await tenancy.close()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "operations.cli", *args, "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=300,
        )

    erased = cli("erase", "--user", "carol")
    assert erased.returncode == 0, erased.stderr
    report = json.loads(erased.stdout)
    assert report["tenants"] == ["clinic"] and report["anonymised"]["ledger"] == 1
    assert report["removed"]["feedback"] == 1 and report["removed"]["traces"] == 1
    purged = cli("retention", "run")
    assert purged.returncode == 0, purged.stderr
    assert json.loads(purged.stdout)["removed"] == {"feedback": 0, "responses": 0, "traces": 0}
    actions = [r["action"] for r in AuditLog(store).tail(2)]
    assert actions == ["subject.erase", "retention.purge"]
    assert "carol" not in _every_value(store)
    assert AuditLog(store).verify().ok
    store.close()
