"""Every table Stockade keeps in SQL, in one metadata.

They used to be declared next to the code that used them, so a process saw only the tables of the
modules it happened to import (the CLI never imported the feedback table, so `create_all` from the
CLI made a database without it). Alembic compares against this one metadata.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


metadata = Base.metadata

# The largest value an `Integer` column holds on every database Stockade runs on (PostgreSQL's is
# 32 bits; SQLite's 64): request models bound what they store to it, so a larger number is a 400
# naming the field, not a database error.
INTEGER_MAX = 2**31 - 1

# For counts that grow without bound (ledger ids and token counts, the audit sequence) and for
# quotas a large organisation sets above two billion (daily tokens): BIGINT on PostgreSQL. SQLite
# keeps INTEGER, which already stores 64 bits, and only an `INTEGER PRIMARY KEY` is the rowid that
# SQLite autoincrements: a BIGINT key there is an ordinary column, and an insert without an id
# fails.
BigCount = BigInteger().with_variant(Integer(), "sqlite")

# The largest count the API accepts for a column of `BigCount` (2**53 - 1, not BIGINT's 2**63 - 1):
# the Redis counters that enforce quotas across replicas compare in Lua numbers, doubles, exact to
# the unit only up to here, and so are JSON numbers read by JavaScript. Nine quadrillion tokens a
# day is beyond any deployment.
BIG_COUNT_MAX = 2**53 - 1


class TenantRow(Base):
    __tablename__ = "tenants"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # A legal hold stops every retention purge of this tenant's records (erasure still applies).
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ApiKeyRow(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(16))
    tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id"), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Admin keys act with one role (tenancy.roles); tenant keys have none.
    role: Mapped[str] = mapped_column(String(32), default="", server_default="")
    # The key this one replaced by rotation (the old one stays valid until its overlap ends).
    rotated_from: Mapped[str | None] = mapped_column(String(16), nullable=True)


class LimitsRow(Base):
    __tablename__ = "limits"

    # "tenant:<id>" or "key:<id>": one row per subject.
    subject: Mapped[str] = mapped_column(String(64), primary_key=True)
    requests_per_second: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Stay 32-bit: a burst of two billion requests, or one request of two billion tokens (no
    # model's context comes near), would be no limit at all; `Limits` bounds them to INTEGER_MAX.
    burst: Mapped[int | None] = mapped_column(Integer, nullable=True)
    daily_tokens: Mapped[int | None] = mapped_column(BigCount, nullable=True)
    monthly_budget: Mapped[float | None] = mapped_column(Float, nullable=True)
    budget_policy: Mapped[str] = mapped_column(String(8), default="hard")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    max_tokens_per_request: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_prompt_tokens: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AllowListRow(Base):
    """What a tenant or a key may use. A NULL list means no restriction of that kind; an empty
    list (JSON `[]`) allows nothing of it."""

    __tablename__ = "allow_lists"

    subject: Mapped[str] = mapped_column(String(64), primary_key=True)  # tenant:<id> | key:<id>
    models: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON list of model ids
    apps: Mapped[str | None] = mapped_column(Text, nullable=True)
    collections: Mapped[str | None] = mapped_column(Text, nullable=True)


class LedgerRow(Base):
    __tablename__ = "ledger"

    id: Mapped[int] = mapped_column(BigCount, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(128), index=True)
    trace_id: Mapped[str] = mapped_column(String(32))
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    day: Mapped[str] = mapped_column(String(10), index=True)  # in the tenant's time zone
    month: Mapped[str] = mapped_column(String(7))
    tenant_id: Mapped[str] = mapped_column(String(32), index=True)
    tenant: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    route: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(128))
    engine: Mapped[str] = mapped_column(String(64))
    app: Mapped[str] = mapped_column(String(64), default="")
    prompt_version: Mapped[str] = mapped_column(String(128), default="")
    experiment_arm: Mapped[str] = mapped_column(String(160), default="")  # "experiment:arm"
    routing: Mapped[str] = mapped_column(
        String(255), default=""
    )  # why this model answered (router, fallback)
    input_tokens: Mapped[int] = mapped_column(BigCount)
    output_tokens: Mapped[int] = mapped_column(BigCount)
    cached_tokens: Mapped[int] = mapped_column(BigCount, default=0)
    reserved_tokens: Mapped[int] = mapped_column(BigCount, default=0)
    cost: Mapped[float] = mapped_column(Float)
    latency_ms: Mapped[float] = mapped_column(Float)
    ttft_ms: Mapped[float | None] = mapped_column(Float, nullable=True)
    status: Mapped[str] = mapped_column(String(16))  # ok | cancelled | error
    http_status: Mapped[int] = mapped_column(Integer)
    finish_reason: Mapped[str] = mapped_column(String(16), default="")
    # A pseudonym of the end user (the request's `user` field): HMAC under that user's own key in
    # subject_keys, so erasing the key leaves a reference nobody can tie back to the person.
    user_ref: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)


class AuditRow(Base):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(BigCount, primary_key=True, autoincrement=False)
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(64))
    tenant: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditCheckpointRow(Base):
    """Where the chain starts after a retention purge removed its oldest records: the sequence
    number and hash of the last record purged. The purge also appends a chained record naming the
    same pair, so a checkpoint cannot be forged without rewriting every record after it."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(BigCount, primary_key=True, autoincrement=True)
    through_seq: Mapped[int] = mapped_column(BigCount)
    through_hash: Mapped[str] = mapped_column(String(64))
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SubjectKeyRow(Base):
    """One random key per end user, found by an HMAC of the user id. Personal values are kept only
    as HMACs or ciphertexts under this key; erasure deletes the row (crypto-shredding)."""

    __tablename__ = "subject_keys"

    lookup: Mapped[str] = mapped_column(String(64), primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))  # 32 random bytes, hex
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TraceBatchRow(Base):
    """The spans of one trace that finished within one flush interval, as a JSON list.

    One row per trace and interval instead of one per span: a request's six to ten spans cost one
    insert. Spans that finish after their trace was written (a settlement after the client left)
    land in a later row of the same trace; readers merge the rows."""

    __tablename__ = "trace_batches"

    id: Mapped[int] = mapped_column(BigCount, primary_key=True, autoincrement=True)
    trace_id: Mapped[str] = mapped_column(String(32), index=True)
    started: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    # The root span's name and duration when this batch holds it, else "" and 0.
    root_name: Mapped[str] = mapped_column(String(128), default="")
    root_duration_ms: Mapped[float] = mapped_column(Float, default=0.0)
    spans: Mapped[str] = mapped_column(Text)


class FeedbackRow(Base):
    __tablename__ = "feedback"
    # One rating per request, so that counts per arm are counts of requests.
    __table_args__ = (Index("ix_feedback_tenant_request", "tenant_id", "request_id", unique=True),)

    id: Mapped[int] = mapped_column(BigCount, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(128), index=True)
    tenant_id: Mapped[str] = mapped_column(String(32), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    rating: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str] = mapped_column(Text, default="")
    prompt_version: Mapped[str] = mapped_column(String(128), default="")
    experiment_arm: Mapped[str] = mapped_column(String(160), default="")


class StoredResponseRow(Base):
    """A Responses API response kept for `previous_response_id` and `GET /v1/responses/{id}`
    (`store`, on by default as at OpenAI). It holds conversation text exactly as the model read and
    wrote it: personal data as the guard's placeholders, never the values restored for the client.
    Kept for `retention.responses_days`; an end user's are deleted by their erasure (`user_ref`)."""

    __tablename__ = "responses"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(32), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    previous_response_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    user_ref: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    input_items: Mapped[str] = mapped_column(Text)  # JSON list of this request's own items
    body: Mapped[str] = mapped_column(Text)  # JSON: the Response object, output pseudonymised
