"""Prompts and evals: each prompt's versions with their changelogs (the prompt registry the gateway
serves from), a diff between two versions (the registry's own), the eval reports `stockade eval
--out` wrote, and experiment arms with their traffic, cost (the admin API's `usage` by arm) and
feedback."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import routes_admin as admin
from api.config import REPO_ROOT
from api.console.session import ConsoleUser
from api.console.web import grant, render, signed_in
from api.errors import ApiError
from api.feedback import feedback_counts
from api.state import AppState, app_state
from inference.prompts.errors import PromptError

router = APIRouter()


@dataclass(frozen=True)
class Report:
    name: str  # the file name without its extension: what the page's address names
    json_path: Path | None
    markdown_path: Path | None


def report_dirs(state: AppState) -> list[Path]:
    configured = state.settings.console.eval_reports
    return (
        configured
        if configured is not None
        else [REPO_ROOT / "evals" / "reports", state.settings.data_dir / "evals"]
    )


def list_reports(dirs: list[Path]) -> list[Report]:
    found: dict[str, dict[str, Path]] = {}
    for folder in dirs:
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.suffix in (".json", ".md") and path.is_file():
                    found.setdefault(path.stem, {}).setdefault(path.suffix, path)
    return [Report(name, files.get(".json"), files.get(".md")) for name, files in sorted(found.items())]


def _summary(report: Report) -> dict[str, Any]:
    """What the list shows of a JSON report (a Markdown-only report shows its name)."""
    if report.json_path is None:
        return {}
    try:
        data = json.loads(report.json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"unreadable": True}
    if not isinstance(data, dict):
        return {"unreadable": True}
    return data


def _diff_lines(diff: str) -> list[tuple[str, str]]:
    """(kind, line) for each line of a unified diff; the template escapes the text."""
    kinds = []
    for line in diff.splitlines():
        if line.startswith(("+++", "---")):
            kind = "file"
        elif line.startswith("@@"):
            kind = "hunk"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "del"
        else:
            kind = "same"
        kinds.append((kind, line))
    return kinds


async def _arms(state: AppState, user: ConsoleUser) -> list[dict[str, Any]] | None:
    """Each experiment arm's requests and cost (the admin API's usage by arm, for the tenants this
    user may see) and its feedback; None when the user may not read usage."""
    if not user.can("usage.read"):
        return None
    can = grant(user, "usage.read")
    usage: list[dict[str, Any]] = (
        await admin.usage(can, by="arm", since=None, until=None, tenant=None, state=state)  # type: ignore[index]
    )["data"]
    tenant_id = (await admin._tenant(state, can.tenant)).id if can.tenant is not None else None
    ratings = await run_in_threadpool(feedback_counts, state, tenant_id)
    arms = [
        row | ratings.get(str(row["arm"]), {"up": 0, "down": 0})
        for row in usage
        if row["arm"]  # requests outside any experiment have no arm
    ]
    return arms


@router.get("/prompts")
async def prompts_page(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    grant(user, "prompts.read")
    q = request.query_params
    summaries = await run_in_threadpool(state.prompts.list)
    name = q.get("prompt") or (summaries[0].name if summaries else None)
    versions: list[dict[str, Any]] = []
    diff: list[tuple[str, str]] | None = None
    if name is not None:
        try:
            for version in reversed(await run_in_threadpool(state.prompts.versions, name)):
                try:
                    loaded = await run_in_threadpool(state.prompts.get, name, version)
                except PromptError as exc:  # one broken file: said on its row, the others still show
                    versions.append({"version": version, "changelog": "", "problem": str(exc), "hash": ""})
                    continue
                versions.append(
                    {
                        "version": version,
                        "changelog": loaded.spec.changelog,
                        "problem": "",
                        "hash": loaded.content_hash[:12],
                    }
                )
            a, b = q.get("a"), q.get("b")
            if a and b:
                diff = _diff_lines(await run_in_threadpool(state.prompts.diff, name, a, b))
        except PromptError as exc:
            raise ApiError(404, str(exc), code="not_found") from exc
    reports = await run_in_threadpool(list_reports, report_dirs(state))
    return render(
        request,
        "prompts.html",
        {
            "summaries": summaries,
            "name": name,
            "versions": versions,
            "a": q.get("a") or (versions[1]["version"] if len(versions) > 1 else ""),
            "b": q.get("b") or (versions[0]["version"] if versions else ""),
            "diff": diff,
            "reports": [(r, _summary(r)) for r in reports],
            "arms": await _arms(state, user),
        },
    )


@router.get("/prompts/reports/{name}")
async def report_page(
    request: Request, name: str, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    grant(user, "prompts.read")
    # Only a report the listing found: the name is looked up, never joined onto a path.
    report = next(
        (r for r in await run_in_threadpool(list_reports, report_dirs(state)) if r.name == name), None
    )
    if report is None:
        raise ApiError(404, f"no eval report {name!r}", code="not_found")
    data = _summary(report)
    markdown = (
        report.markdown_path.read_text(encoding="utf-8")
        if report.markdown_path is not None and not data
        else None
    )
    return render(request, "report.html", {"report": report, "data": data, "markdown": markdown})
