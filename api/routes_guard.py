"""`POST /v1/guard/scan`: the guardrails on their own, without calling a model (a guard-only API,
as commercial guard services offer). Findings carry types, offsets and scores, never the values."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from api.auth import tenant_key
from api.errors import ApiError
from api.json_body import JsonBodyRoute
from api.schemas import Text
from api.state import AppState, app_state
from guard.errors import GuardInputError
from guard.scanner import ScanContext
from inference.catalog import Price
from inference.engine import Usage
from pipeline.guarding import findings_json
from pipeline.metering import Meter, draft
from tenancy.storage import ApiKey

if TYPE_CHECKING:
    from guard.pipeline import GuardDecision, GuardPipeline

router = APIRouter(prefix="/v1/guard", route_class=JsonBodyRoute)


class ScanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Text
    direction: Literal["input", "output", "document"] = "input"
    role: Literal["user", "system"] = Field(
        default="user",
        description="input only: scan as this message role (a system message blocks only at "
        "injection.system_threshold)",
    )
    app: str | None = Field(default=None, description="use this app's policy")
    policy: dict[str, Any] | None = Field(default=None, description="an explicit policy for this scan")
    context: list[Text] = Field(default_factory=list, description="retrieved passages, for faithfulness")


def scanner_for(state: AppState, app: str | None, policy: dict[str, Any] | None) -> GuardPipeline:
    """The guard pipeline of an app, an explicit policy, or the gateway's default (the console's
    playground asks the same)."""
    if app is not None and app not in state.settings.apps:
        raise ApiError(404, f"no app named {app!r}", code="app_not_found", param="app")
    if policy is not None and app is not None:
        raise ApiError(400, "give either app or policy, not both", param="policy")
    if not state.guards.enabled:
        raise ApiError(503, "guardrails are disabled on this gateway", code="guard_disabled")
    pipeline = state.guards.adhoc(policy) if policy is not None else state.guards.for_app(app)
    assert pipeline is not None
    return pipeline


async def scan_text(pipeline: GuardPipeline, body: ScanRequest) -> GuardDecision:
    """One scan in the request's direction; 400 on text the guard cannot read."""
    if body.role != "user" and body.direction != "input":
        raise ApiError(400, "role applies to input scans only", param="role")
    ctx = ScanContext(
        direction=body.direction,
        role=body.role,
        app=body.app or "default",
        retrieved_context=tuple(body.context),
    )
    try:
        if body.direction == "input":
            return await pipeline.scan_input(body.text, ctx)
        if body.direction == "output":
            return await pipeline.scan_output(body.text, ctx)
        return await pipeline.scan_document(body.text)
    except GuardInputError as exc:
        raise ApiError(400, str(exc), code="invalid_value", param="text") from exc


def scan_json(direction: str, decision: GuardDecision) -> dict[str, Any]:
    return {
        "object": "guard.scan",
        "direction": direction,
        "verdict": decision.verdict,
        "allowed": decision.allowed,
        "text": decision.text,
        "findings": findings_json(decision),
        "risk": round(decision.risk, 4),
        "scores": {k: round(v, 4) for k, v in decision.scores.items()},
        "reason": decision.reason,
        "message": decision.message,
    }


@router.post("/scan")
async def scan(
    body: ScanRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    # An app's policy is the app's: a key whose allow-lists exclude the app scans with it no more
    # than it chats with it (checked first, as on the model routes).
    await state.tenancy.allowed(key, app=body.app)
    pipeline = scanner_for(state, body.app, body.policy)
    admission = await state.tenancy.admit(key, 0, 0.0)
    labels = draft(request.state.request_id, request.state.trace_id, "guard.scan", "-", "guard")
    meter = Meter(state.tenancy, admission, Price(input=0, output=0), labels)
    try:
        decision = await scan_text(pipeline, body)
    except ApiError:
        await meter.finish(Usage(0, 0), status="error", http_status=400)
        raise
    meter.labels = replace(
        labels,
        audit_detail={
            "verdict": decision.verdict,
            "findings": sorted({f.entity_type for f in decision.findings}),
        },
    )
    await meter.finish(Usage(0, 0), status="ok", http_status=200)
    return JSONResponse(scan_json(body.direction, decision), headers=admission.headers)
