"""Models and collections: the catalog with each served model's readiness and engine health (what
`/readyz` computes, replicas of a fleet included), a tenant's collections and their documents (the
retrieval service the collections API uses), and a search playground showing each stage's score."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import routes_admin as admin
from api.console.pages_tenants import parse
from api.console.session import ConsoleUser
from api.console.web import csrf_checked, grant, render, signed_in
from api.errors import ApiError
from api.routes_collections import SearchRequest
from api.state import AppState, app_state
from inference.engine import Usage
from pipeline.metering import Meter, admit_embedding, metered
from retrieval.errors import RetrievalError
from tenancy.errors import DomainError
from tenancy.storage import ApiKey

router = APIRouter()


async def _tenants(state: AppState, user: ConsoleUser) -> list[str]:
    """The tenants whose collections this user may see."""
    can = grant(user, "collections.read")
    if can.tenant is not None:
        return [can.tenant]
    return [t.name for t in await run_in_threadpool(state.store.list_tenants)]


def _chosen_tenant(user: ConsoleUser, asked: str | None, tenants: list[str]) -> str | None:
    can = grant(user, "collections.read")
    if can.tenant is not None:
        can.check_tenant(asked or can.tenant)
        return can.tenant
    return asked if asked in tenants else (tenants[0] if tenants else None)


async def _collections(state: AppState, tenant: str | None, name: str | None) -> dict[str, Any]:
    """The tenant's collections and the named one's documents, or why retrieval cannot say."""
    if tenant is None:
        return {"collections": [], "documents": None, "retrieval_error": None}
    try:
        retrieval = state.retrieval.require()
        infos = await run_in_threadpool(retrieval.list_collections, tenant)
        documents = (
            await run_in_threadpool(retrieval.list_documents, name, tenant)
            if name and any(i.name == name for i in infos)
            else None
        )
    except (DomainError, RetrievalError) as exc:
        return {"collections": [], "documents": None, "retrieval_error": str(exc)}
    return {"collections": infos, "documents": documents, "retrieval_error": None}


@router.get("/models")
async def models_page(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    grant(user, "models.read")
    ready = json.loads(bytes((await admin.readyz(state)).body))  # exactly what /readyz answers
    served: dict[str, dict[str, Any]] = ready["models"]
    catalog = [(entry, served.get(entry.id)) for entry in state.models.catalog.models]
    context: dict[str, Any] = {"catalog": catalog, "ready": ready, "collections_view": False}
    if user.can("collections.read"):
        q = request.query_params
        tenants = await _tenants(state, user)
        tenant = _chosen_tenant(user, q.get("tenant") or None, tenants)
        context |= {
            "collections_view": True,
            "tenants": tenants,
            "tenant": tenant,
            "collection": q.get("collection") or None,
            "can_search": user.can("collections.search"),
        } | await _collections(state, tenant, q.get("collection") or None)
    return render(request, "models.html", context)


async def _console_meter(
    request: Request, state: AppState, user: ConsoleUser, tenant: str, tokens: int
) -> Meter:
    """A search from the playground embeds its query as a collection search does, so it is on the
    ledger too: under the tenant whose collection it read (route `console.search`, the admin key's id
    or `console`), audited under the signed-in user.

    Whose quota: the tenant's, as its row says. The counters start from the ledger (after a
    restart, on a new day, from a flushed Redis), so tokens on the tenant's rows that the live
    counters skipped would be charged to it later, at a moment nobody chose; they are reserved and
    settled against its daily tokens and monthly budget as its own search's are. Never refused: a
    console action answers to the signed-in user's role, not to a tenant's limits (the guard
    playground runs `/v1/guard/scan`'s scanners without its admission), so the playground takes
    nothing from the tenant's rate and still answers for a tenant over its quota or budget, when
    staff most need to look."""
    found = await run_in_threadpool(state.store.tenant_by_name, tenant)
    if found is None:
        raise ApiError(404, f"no tenant named {tenant!r}", code="not_found", param="tenant")
    key = ApiKey(
        id=user.key_id or "console",
        scope="admin",
        tenant_id=found.id,
        tenant_name=found.name,
        name="console",
        created_at=datetime.now(UTC),
        expires_at=None,
        revoked_at=None,
    )
    model = state.retrieval.model
    assert model is not None  # set with the retrieval that `query_tokens` required
    return await admit_embedding(
        state.tenancy,
        model,
        key,
        request.state.request_id,
        request.state.trace_id,
        "console.search",
        tokens,
        enforce=False,
        actor=user.actor,
    )


@router.post("/models/search", dependencies=[Depends(csrf_checked)])
async def search(
    request: Request, user: ConsoleUser = Depends(signed_in), state: AppState = Depends(app_state)
) -> Response:
    can = grant(user, "collections.search")
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    tenant = form.get("tenant", "")
    can.check_tenant(tenant)
    body = parse(SearchRequest, {"query": form.get("query", ""), "top_k": form.get("top_k") or None})
    collection = form.get("collection", "")
    tokens = await state.retrieval.query_tokens(collection, body.query, tenant, body.top_k)
    meter = await _console_meter(request, state, user, tenant, tokens)
    # The collections API's own search: the document guard filters passages exactly as there.
    work = state.retrieval.search(collection, body.query, tenant, body.top_k, state.guards.for_app(None))
    response = await metered(meter, work)
    await meter.finish(Usage(tokens, 0), status="ok", http_status=200)
    template = "search_result.html" if request.headers.get("hx-request") == "true" else "search_page.html"
    return render(request, template, {"result": response})
