"""How long each kind of record is kept: the `retention` section of the configuration."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RetentionSettings(BaseModel):
    """How long each kind of record is kept, in days (`None`: until deleted by hand). A tenant
    under legal hold keeps everything; erasure of an end user applies regardless (docs/security.md)."""

    model_config = ConfigDict(extra="forbid")

    ledger_days: float | None = Field(default=None, gt=0, description="metering rows (billing)")
    audit_days: float | None = Field(
        default=None, gt=0, description="audit records (the chain keeps verifying)"
    )
    traces_days: float = Field(default=2.0, gt=0, description="request traces kept locally")
    feedback_days: float | None = Field(default=None, gt=0, description="thumbs and comments")
    cache_days: float | None = Field(default=None, gt=0, description="caps the semantic cache's ttl_s")
    conversations_days: float | None = Field(
        default=None,
        gt=0,
        description="prompts stored in audit records (tenancy.store_prompts): made unreadable",
    )
    documents_days: float | None = Field(default=None, gt=0, description="documents in retrieval collections")
    responses_days: float | None = Field(
        default=30.0,
        gt=0,
        description="responses stored by /v1/responses (store: true), as OpenAI keeps them: 30 days",
    )
    purge_interval_s: float = Field(default=3600.0, ge=1, description="how often the server purges")
    schedule: bool = Field(default=True, description="purge on a schedule inside the server")
