"""`POST /v1/feedback`: a thumbs up or down (and a comment) for one of the caller's own requests,
counted per prompt version and experiment arm so that arms can be compared on user judgement.

A request is rated once: a second rating is refused (409), so every count, in SQL and in the
Prometheus counter alike, is a count of requests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from api.auth import tenant_key
from api.errors import ApiError
from api.json_body import JsonBodyRoute
from api.state import AppState, app_state
from inference.prompts.feedback import record_feedback
from tenancy.db.tables import FeedbackRow
from tenancy.storage import ApiKey

router = APIRouter(prefix="/v1", route_class=JsonBodyRoute)


def feedback_counts(state: AppState, tenant_id: str | None = None) -> dict[str, dict[str, int]]:
    """Ratings per experiment arm (`experiment:arm`; "" for requests outside an experiment):
    {arm: {"up": n, "down": m}}, for one tenant or (None) all."""
    query = select(FeedbackRow.experiment_arm, FeedbackRow.rating, func.count()).group_by(
        FeedbackRow.experiment_arm, FeedbackRow.rating
    )
    if tenant_id is not None:
        query = query.where(FeedbackRow.tenant_id == tenant_id)
    counts: dict[str, dict[str, int]] = {}
    with state.store.session() as session:
        for arm, rating, count in session.execute(query):
            counts.setdefault(arm, {"up": 0, "down": 0})[rating] = int(count)
    return counts


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    request_id: str = Field(min_length=1, max_length=160, description="the completion's id or x-request-id")
    rating: Literal["up", "down"]
    comment: str = Field(default="", max_length=4000)


@router.post("/feedback", status_code=201)
async def feedback(
    body: FeedbackRequest, key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    # It reads the ledger and writes a row: the request rate first, as on every route.
    rate = await state.tenancy.check_rate(key)
    request_id = (
        body.request_id.split("-", 1)[1]
        if body.request_id.startswith(("chatcmpl-", "cmpl-"))
        else (body.request_id)
    )
    assert key.tenant_id is not None
    entry = await run_in_threadpool(state.tenancy.ledger.find, request_id, key.tenant_id)
    if entry is None:  # unknown, or another tenant's: the same answer either way
        raise ApiError(
            404, f"no request {body.request_id!r} for this tenant", code="not_found", param="request_id"
        )

    def store() -> bool:
        """False when the request has a rating already (the unique index decides, across replicas)."""
        try:
            with state.store.session() as session:
                session.add(
                    FeedbackRow(
                        request_id=request_id,
                        tenant_id=key.tenant_id,
                        key_id=key.id,
                        ts=datetime.now(UTC),
                        rating=body.rating,
                        comment=body.comment,
                        prompt_version=entry.prompt_version,
                        experiment_arm=entry.experiment_arm,
                    )
                )
        except IntegrityError:
            return False
        return True

    if not await run_in_threadpool(store):
        raise ApiError(
            409,
            f"request {body.request_id!r} has been rated already; a request is rated once",
            code="feedback_exists",
            param="request_id",
        )
    prompt, _, version = entry.prompt_version.partition("@")
    experiment, _, arm = entry.experiment_arm.partition(":")
    record_feedback(
        prompt or "-", version or "-", body.rating, experiment=experiment or None, arm=arm or None
    )
    return JSONResponse(
        {
            "object": "feedback",
            "request_id": request_id,
            "rating": body.rating,
            "prompt_version": entry.prompt_version,
            "experiment_arm": entry.experiment_arm,
        },
        status_code=201,
        headers=rate,
    )
