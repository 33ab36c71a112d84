"""The guard playground: paste text, pick an app's policy or the gateway's default, see the
findings marked in the text and what the model would see. It calls the same scanner the
`/v1/guard/scan` route does, without its metering: nothing typed here is stored, metered or audited."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from api.console.pages_tenants import parse
from api.console.session import ConsoleUser
from api.console.web import csrf_checked, grant, render, signed_in
from api.routes_guard import ScanRequest, scan_json, scan_text, scanner_for
from api.state import AppState, app_state

router = APIRouter()


@dataclass(frozen=True)
class Segment:
    text: str
    finding: str | None  # the entity type when this stretch is a finding


def segments(text: str, findings: list[dict[str, object]]) -> list[Segment]:
    """The text cut at the findings' offsets (overlaps merged into the first), for marking."""
    spans = sorted(
        (int(f["start"]), int(f["end"]), str(f["type"]))  # type: ignore[call-overload]
        for f in findings
        if isinstance(f.get("start"), int) and isinstance(f.get("end"), int) and f["end"] > f["start"]  # type: ignore[operator]
    )
    out: list[Segment] = []
    at = 0
    for start, end, kind in spans:
        start = max(start, at)
        if start >= end:
            continue
        if start > at:
            out.append(Segment(text[at:start], None))
        out.append(Segment(text[start:end], kind))
        at = end
    if at < len(text):
        out.append(Segment(text[at:], None))
    return out


def _choices(state: AppState) -> list[tuple[str, str]]:
    return [("", "")] + [(f"app:{name}", name) for name in sorted(state.settings.apps)]


@router.get("/guard")
async def guard_page(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    grant(user, "guard.try")
    return render(request, "guard.html", {"choices": _choices(state), "result": None, "form": {}})


@router.post("/guard", dependencies=[Depends(csrf_checked)])
async def guard_scan(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    grant(user, "guard.try")
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    target = form.get("target", "")
    app = target.removeprefix("app:") if target.startswith("app:") else None
    body = parse(
        ScanRequest, {"text": form.get("text", ""), "direction": form.get("direction") or "input", "app": app}
    )
    decision = await scan_text(scanner_for(state, body.app, None), body)
    result = scan_json(body.direction, decision)
    template = "guard_result.html" if request.headers.get("hx-request") == "true" else "guard.html"
    return render(
        request,
        template,
        {
            "choices": _choices(state),
            "result": result,
            "marked": segments(body.text, result["findings"]),
            "form": form,
        },
    )
