"""Alembic migrations: a database made by the code before migrations (its exact DDL, saved from
that commit in fixtures/) keeps every row through `upgrade`, on SQLite and PostgreSQL, and the
migrated schema is exactly the one metadata of tenancy.db.tables. A PostgreSQL database at an
earlier head is brought forward the same way (its counts become 64-bit)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from tenancy.audit import AuditLog, record_hash
from tenancy.db import migrate
from tenancy.db.tables import metadata
from tenancy.storage import Store, hash_key

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TENANT_SECRET = "sk-stk-aaaaaaaaaaaa_" + "t" * 43
ADMIN_SECRET = "sk-stk-bbbbbbbbbbbb_" + "a" * 43


def _old_schema(engine: Engine) -> None:
    ddl = (FIXTURES / f"schema_before_migrations.{engine.dialect.name}.sql").read_text()
    sql = "\n".join(line for line in ddl.splitlines() if not line.startswith("--"))
    with engine.begin() as conn:
        for statement in filter(None, (s.strip() for s in sql.split(";"))):
            conn.exec_driver_sql(statement)


def _old_rows(engine: Engine) -> dict[str, int]:
    """Rows in every table of the old schema, as the old code wrote them; returns the counts."""
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO tenants (id, name, created_at, disabled) VALUES (:i, :n, :c, :d)"),
            [
                {"i": "t1", "n": "cardiology", "c": NOW, "d": False},
                {"i": "t2", "n": "radiology", "c": NOW, "d": True},
            ],
        )
        conn.execute(
            text(
                "INSERT INTO api_keys (id, key_hash, scope, tenant_id, name, created_at, expires_at,"
                " revoked_at) VALUES (:i, :h, :s, :t, :n, :c, :e, NULL)"
            ),
            [
                {
                    "i": "aaaaaaaaaaaa",
                    "h": hash_key(TENANT_SECRET),
                    "s": "tenant",
                    "t": "t1",
                    "n": "ehr",
                    "c": NOW,
                    "e": NOW + timedelta(days=3650),
                },
                {
                    "i": "bbbbbbbbbbbb",
                    "h": hash_key(ADMIN_SECRET),
                    "s": "admin",
                    "t": None,
                    "n": "ops",
                    "c": NOW,
                    "e": None,
                },
            ],
        )
        conn.execute(
            text(
                "INSERT INTO limits (subject, requests_per_second, burst, daily_tokens, monthly_budget,"
                " budget_policy, timezone, max_tokens_per_request, max_prompt_tokens)"
                " VALUES ('tenant:t1', 2.5, 5, 100000, 12.5, 'soft', 'Europe/Istanbul', 512, NULL)"
            )
        )
        for i in range(5):
            conn.execute(
                text(
                    "INSERT INTO ledger (request_id, trace_id, ts, day, month, tenant_id, tenant, key_id,"
                    " route, model, engine, app, prompt_version, experiment_arm, routing, input_tokens,"
                    " output_tokens, cached_tokens, reserved_tokens, cost, latency_ms, ttft_ms, status,"
                    " http_status, finish_reason) VALUES (:r, 'ab', :ts, '2026-11-30', '2026-11', 't1',"
                    " 'cardiology', 'aaaaaaaaaaaa', 'chat', 'qwen', 'llama.cpp', '', 'p@1.0.0', '', '',"
                    " :i, :o, 0, 64, 0.001, 12.5, NULL, 'ok', 200, 'stop')"
                ),
                {"r": f"req-{i}", "ts": NOW + timedelta(seconds=i), "i": 10 + i, "o": 20 + i},
            )
        prev = "0" * 64
        for seq in range(1, 4):
            detail = json.dumps({"n": seq}, separators=(",", ":"))
            ts = NOW + timedelta(seconds=seq)
            digest = record_hash(seq, ts, "key:bbbbbbbbbbbb", "cardiology", "chat", detail, prev)
            conn.execute(
                text(
                    "INSERT INTO audit_log (seq, ts, actor, tenant, action, detail, prev_hash, hash)"
                    " VALUES (:s, :ts, 'key:bbbbbbbbbbbb', 'cardiology', 'chat', :d, :p, :h)"
                ),
                {"s": seq, "ts": ts, "d": detail, "p": prev, "h": digest},
            )
            prev = digest
        conn.execute(
            text(
                "INSERT INTO trace_batches (trace_id, started, root_name, root_duration_ms, spans)"
                " VALUES ('ab', :ts, 'POST /v1/chat/completions', 12.0, '[]')"
            ),
            {"ts": NOW},
        )
        if inspect(conn).has_table("feedback"):
            conn.execute(
                text(
                    "INSERT INTO feedback (request_id, tenant_id, key_id, ts, rating, comment,"
                    " prompt_version, experiment_arm) VALUES ('req-1', 't1', 'aaaaaaaaaaaa', :ts, 'up',"
                    " 'good', 'p@1.0.0', '')"
                ),
                {"ts": NOW},
            )
    return _counts(engine)


def _counts(engine: Engine) -> dict[str, int]:
    names = ("tenants", "api_keys", "limits", "ledger", "audit_log", "trace_batches", "feedback")
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        return {
            n: int(conn.execute(text(f"SELECT count(*) FROM {n}")).scalar_one())
            for n in names
            if n in present
        }


def _store(database) -> Store:  # type: ignore[no-untyped-def]
    return Store.from_url(database.url, schema=database.schema)


def _assert_matches_metadata(engine: Engine) -> None:
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_upgrade_keeps_every_row_of_a_database_made_before_migrations(empty_database) -> None:  # type: ignore[no-untyped-def]
    engine = empty_database.engine
    _old_schema(engine)
    before = _old_rows(engine)
    assert before["ledger"] == 5 and before["audit_log"] == 3 and before["feedback"] == 1

    store = _store(empty_database)
    store.create_schema()
    assert migrate.state(store.engine).up_to_date
    assert _counts(engine) == before
    _assert_matches_metadata(engine)

    # The rows are the same rows: keys still authenticate, limits and the ledger read back, the
    # audit chain written by the old code still verifies.
    tenant_key = store.authenticate(TENANT_SECRET)
    assert tenant_key is not None and tenant_key.tenant_name == "cardiology"
    admin = store.authenticate(ADMIN_SECRET)
    assert admin is not None and admin.scope == "admin" and admin.role == "platform-admin"
    from tenancy.ledger import Ledger
    from tenancy.limits import LimitsRepository

    limits = LimitsRepository(store).get("tenant:t1")
    assert (limits.requests_per_second, limits.daily_tokens, limits.timezone) == (
        2.5,
        100000,
        "Europe/Istanbul",
    )
    rows = Ledger(store).rows("cardiology")
    assert [r.input_tokens for r in rows] == [10, 11, 12, 13, 14]
    assert AuditLog(store).verify().ok
    # New columns got their defaults on old rows.
    assert store.tenant_by_name("radiology").legal_hold is False  # type: ignore[union-attr]
    store.close()


def test_the_cli_made_databases_without_the_feedback_table_and_upgrade_adds_it(empty_database) -> None:  # type: ignore[no-untyped-def]
    engine = empty_database.engine
    _old_schema(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE feedback")
    counts = _old_rows(engine)
    assert "feedback" not in counts
    store = _store(empty_database)
    store.create_schema()
    after = _counts(engine)
    assert after == counts | {"feedback": 0}
    _assert_matches_metadata(engine)
    store.close()


def test_a_new_database_gets_the_whole_schema_and_a_second_upgrade_changes_nothing(empty_database) -> None:  # type: ignore[no-untyped-def]
    store = _store(empty_database)
    first = migrate.upgrade(store.engine)
    assert first.up_to_date and first.found is None
    store.create_tenant("oncology")
    second = migrate.upgrade(store.engine)
    assert second == first and second.found == first.head
    assert [t.name for t in store.list_tenants()] == ["oncology"]
    _assert_matches_metadata(empty_database.engine)
    store.close()


def test_a_database_migrated_by_a_newer_version_is_refused(empty_database) -> None:  # type: ignore[no-untyped-def]
    store = _store(empty_database)
    store.create_schema()
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(migrate.SchemaError, match="newer version"):
        store.create_schema()
    with pytest.raises(migrate.SchemaError, match="stockade db upgrade"):
        migrate.require_current(store.engine)
    store.close()


def test_stockade_db_upgrade_takes_over_an_old_sqlite_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    import yaml
    from sqlalchemy import create_engine

    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    _old_schema(engine)
    counts = _old_rows(engine)
    config = tmp_path / "stockade.yaml"
    config.write_text(yaml.safe_dump({"database_url": f"sqlite:///{db}", "data_dir": str(tmp_path)}))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "operations.cli", "db", *args, "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert run("current").returncode == 1
    first = run("upgrade")
    assert first.returncode == 0, first.stderr
    assert "upgraded from no revision to" in first.stdout
    assert "already current" in run("upgrade").stdout
    assert run("current").returncode == 0
    assert _counts(engine) == counts
    engine.dispose()


def test_replicas_starting_together_migrate_once(empty_database) -> None:  # type: ignore[no-untyped-def]
    """Four replicas upgrading a fresh database at once take turns (an advisory lock on PostgreSQL,
    a lock file beside a SQLite database, and one migration per process for Alembic's globals):
    every one starts, and the schema is made once."""
    from concurrent.futures import ThreadPoolExecutor

    stores = [_store(empty_database) for _ in range(4)]
    try:
        with ThreadPoolExecutor(4) as pool:
            states = list(pool.map(lambda s: migrate.upgrade(s.engine), stores))
        assert all(state.up_to_date for state in states)
        # Each saw the schema under the lock: one found it empty and migrated, three found it done.
        assert sorted((s.found or "") for s in states) == ["", *[states[0].head] * 3]
        _assert_matches_metadata(empty_database.engine)
        with empty_database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    finally:
        for store in stores:
            store.close()


def test_processes_starting_together_on_one_sqlite_file_migrate_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "shared.db"
    script = (
        "import sys; from tenancy.storage import Store; "
        "s = Store.from_url(sys.argv[1]); s.create_schema(); print(s.count_keys())"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, f"sqlite:///{db}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outcomes = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _, err in outcomes]
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{db}")
    _assert_matches_metadata(engine)
    engine.dispose()


def test_upgrade_keeps_the_first_rating_of_a_request_rated_several_times(empty_database) -> None:  # type: ignore[no-untyped-def]
    """Feedback used to be stored once per POST; the upgrade keeps each request's first rating, and
    from then on the database refuses a second one (the route answers 409)."""
    from sqlalchemy.exc import IntegrityError

    from tenancy.db.tables import FeedbackRow

    engine = empty_database.engine
    _old_schema(engine)
    _old_rows(engine)  # req-1 rated "up" by t1
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO feedback (request_id, tenant_id, key_id, ts, rating, comment, prompt_version,"
                " experiment_arm) VALUES (:r, :t, 'aaaaaaaaaaaa', :ts, :rating, '', 'p@1.0.0', '')"
            ),
            [
                {"r": "req-1", "t": "t1", "ts": NOW + timedelta(seconds=1), "rating": "down"},
                {"r": "req-1", "t": "t1", "ts": NOW + timedelta(seconds=2), "rating": "down"},
                {"r": "req-2", "t": "t1", "ts": NOW, "rating": "down"},
                {"r": "req-1", "t": "t2", "ts": NOW, "rating": "down"},  # another tenant's req-1
            ],
        )
    store = _store(empty_database)
    store.create_schema()
    _assert_matches_metadata(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT tenant_id, request_id, rating FROM feedback ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [
        ("t1", "req-1", "up"),
        ("t1", "req-2", "down"),
        ("t2", "req-1", "down"),
    ]
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(
            FeedbackRow(request_id="req-2", tenant_id="t1", key_id="aaaaaaaaaaaa", ts=NOW, rating="up")
        )
    store.close()


# The columns revision 0005 widens, and the tables whose ids a sequence numbers.
_WIDE = {
    "limits": ("daily_tokens",),
    "ledger": ("id", "input_tokens", "output_tokens", "cached_tokens", "reserved_tokens"),
    "audit_log": ("seq",),
    "audit_checkpoints": ("id", "through_seq"),
    "trace_batches": ("id",),
    "feedback": ("id",),
}
_SEQUENCED = ("ledger", "audit_checkpoints", "trace_batches", "feedback")


@pytest.mark.postgres
@pytest.mark.parametrize("empty_database", ["postgres"], indirect=True)
def test_upgrade_from_0004_makes_counts_and_their_sequences_64_bit(empty_database) -> None:  # type: ignore[no-untyped-def]
    """A PostgreSQL database at the previous head had 32-bit counts and SERIAL sequences that stop
    at 2**31 - 1 (SQLite's INTEGER was always 64-bit, so nothing changes there). After the upgrade
    every row is kept and each column and sequence goes past 2**31 - 1."""
    from sqlalchemy import BigInteger

    from tenancy.db.tables import AuditCheckpointRow, FeedbackRow, TraceBatchRow
    from tenancy.ledger import Ledger, LedgerEntry
    from tenancy.limits import Limits, LimitsRepository

    engine = empty_database.engine
    assert migrate.upgrade(engine, "0004").current == "0004"
    before = _old_rows(engine)
    sequence_types = text(
        "SELECT sequencename, data_type FROM pg_sequences WHERE schemaname = current_schema()"
    )
    with engine.connect() as conn:
        assert dict(conn.execute(sequence_types).tuples().all()) == {
            f"{t}_id_seq": "integer" for t in _SEQUENCED
        }

    store = _store(empty_database)
    store.create_schema()
    assert migrate.state(engine).up_to_date
    assert _counts(engine) == before
    _assert_matches_metadata(engine)
    columns = inspect(engine)
    for table, names in _WIDE.items():
        types = {c["name"]: c["type"] for c in columns.get_columns(table)}
        assert all(isinstance(types[name], BigInteger) for name in names), (table, types)
    with engine.connect() as conn:
        assert dict(conn.execute(sequence_types).tuples().all()) == {
            f"{t}_id_seq": "bigint" for t in _SEQUENCED
        }
    assert AuditLog(store).verify().ok
    assert [r.input_tokens for r in Ledger(store).rows("cardiology")] == [10, 11, 12, 13, 14]

    past = 2**31 + 10
    with engine.begin() as conn:
        for table in _SEQUENCED:
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {past})"))
    entry = LedgerEntry(
        request_id="req-big",
        trace_id="ab",
        ts=NOW,
        day="2026-11-30",
        month="2026-11",
        tenant_id="t1",
        tenant="cardiology",
        key_id="aaaaaaaaaaaa",
        route="chat",
        model="qwen",
        engine="llama.cpp",
        input_tokens=3_000_000_000,
        output_tokens=2_000_000_000,
        cost=0.0,
        latency_ms=1.0,
        status="ok",
        http_status=200,
        cached_tokens=2**40,
        reserved_tokens=2**33,
    )
    with engine.begin() as conn:
        Ledger.insert(conn, [entry])
    with store.session() as session:
        session.add(AuditCheckpointRow(through_seq=past, through_hash="0" * 64, ts=NOW))
        session.add(TraceBatchRow(trace_id="cd", started=NOW, spans="[]"))
        session.add(
            FeedbackRow(request_id="req-big", tenant_id="t1", key_id="aaaaaaaaaaaa", ts=NOW, rating="up")
        )
    with engine.connect() as conn:
        ids = {t: conn.execute(text(f"SELECT max(id) FROM {t}")).scalar_one() for t in _SEQUENCED}
        through = conn.execute(text("SELECT through_seq FROM audit_checkpoints")).scalar_one()
    assert ids == dict.fromkeys(_SEQUENCED, past + 1)
    assert through == past
    assert Ledger(store).find("req-big", "t1") == entry
    assert Ledger(store).tokens_on("t1", "2026-11-30") == 5_000_000_000 + sum(range(30, 40, 2))
    limits = LimitsRepository(store)
    limits.set("tenant:t1", Limits(daily_tokens=5_000_000_000))
    assert limits.load("tenant:t1").daily_tokens == 5_000_000_000
    store.close()
