"""Recent traces and one trace as a span waterfall (the admin API's `traces` and `trace_detail`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from api import routes_admin as admin
from api.console.forms import bounded
from api.console.session import ConsoleUser
from api.console.web import grant, render, signed_in
from api.state import AppState, app_state

router = APIRouter()
# What a span shows beside its bar: the model, tokens, decisions, scanner findings, retrieval
# stages' counts; never message text (spans carry none, and this list is the guarantee).
_SHOWN_PREFIXES = ("gen_ai.", "stockade.", "http.response.status_code", "guard.", "rag.", "error.")
_HIDDEN = ("stockade.request_id",)


@dataclass(frozen=True)
class Bar:
    span: dict[str, Any]
    depth: int
    offset_pct: float
    width_pct: float
    attributes: list[tuple[str, str]]
    kind: str  # guard | rag | engine | other: the bar's colour


def _kind(name: str) -> str:
    if name.startswith("guard"):
        return "guard"
    if name.startswith("rag"):
        return "rag"
    if name.startswith(("chat", "completion", "embed", "engine", "gateway")):
        return "engine"
    return "other"


def waterfall(spans: list[dict[str, Any]]) -> tuple[list[Bar], float]:
    """Spans in tree order (children under their parent), each placed on the trace's time axis."""
    if not spans:
        return [], 0.0
    starts = {s["span_id"]: datetime.fromisoformat(s["started"]).timestamp() * 1000 for s in spans}
    origin = min(starts.values())
    end = max(starts[s["span_id"]] + s["duration_ms"] for s in spans)
    total = max(end - origin, 0.001)
    ids = {s["span_id"] for s in spans}
    children: dict[str | None, list[dict[str, Any]]] = {}
    for span in spans:
        parent = span["parent_id"] if span["parent_id"] in ids else None
        children.setdefault(parent, []).append(span)
    bars: list[Bar] = []

    def walk(span: dict[str, Any], depth: int) -> None:
        attrs = [
            (k, str(v))
            for k, v in sorted(span["attributes"].items())
            if k.startswith(_SHOWN_PREFIXES) and k not in _HIDDEN
        ]
        offset = (starts[span["span_id"]] - origin) / total * 100
        width = max(span["duration_ms"] / total * 100, 0.3)
        bars.append(
            Bar(
                span,
                depth,
                round(offset, 3),
                round(min(width, 100 - offset), 3) or 0.3,
                attrs,
                _kind(span["name"]),
            )
        )
        for child in sorted(children.get(span["span_id"], []), key=lambda s: starts[s["span_id"]]):
            walk(child, depth + 1)

    for root in sorted(children.get(None, []), key=lambda s: starts[s["span_id"]]):
        walk(root, 0)
    return bars, round(total, 3)


@router.get("/traces")
async def traces_page(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    q = request.query_params
    # Model traffic by default: the console's and admin API's own page views are traces too.
    name = q.get("name", "/v1/")
    answer = await admin.traces(
        grant(user, "traces.read"), bounded(q.get("limit"), 50, 1, 500), name or None, state
    )
    return render(
        request, "traces.html", {"traces": answer["data"], "name": name, "limit": q.get("limit", "50")}
    )


@router.get("/traces/{trace_id}")
async def trace_page(
    request: Request,
    trace_id: str,
    user: ConsoleUser = Depends(signed_in),
    state: AppState = Depends(app_state),
) -> Response:
    answer = await admin.trace_detail(grant(user, "traces.read"), trace_id, "json", state)
    assert isinstance(answer, dict)
    bars, total = waterfall(answer["spans"])
    return render(request, "trace.html", {"trace_id": trace_id, "bars": bars, "total": total})
