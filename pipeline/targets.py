"""Which model answers: the caller's `model` names a catalog model, `auto` (the complexity router
decides) or an app; an app's fallback list becomes a chain that switches only before the first token."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from opentelemetry import trace

from inference.engine import ChatMessage, Engine
from inference.model_registry import ModelRegistry, ServedModel
from pipeline.errors import InvalidRequest, NotFound, NotReady
from pipeline.gateway import AUTO, Gateway
from pipeline.settings import PipelineConfig
from tenancy.service import Tenancy
from tenancy.storage import ApiKey


def served(models: ModelRegistry, model_id: str, kind: str) -> ServedModel:
    """A model of this kind that is ready to serve, or the error that says why not."""
    found = models.models.get(model_id)
    if found is None or found.status == "unavailable":
        raise NotFound(
            f"The model '{model_id}' does not exist or you do not have access to it.",
            code="model_not_found",
            param="model",
        )
    if found.entry.kind != kind:
        raise InvalidRequest(
            f"The model '{model_id}' is a {found.entry.kind} model and cannot serve this route.",
            code="wrong_model_kind",
            param="model",
        )
    if not found.ready:
        # The cause of a failed start (an exception, a log's path) is for operators, in /readyz.
        detail = {
            "failed": f"failed to load: {found.detail}",
            "restarting": "restarting after a failed start",
        }.get(found.status, found.status)
        raise NotReady(
            f"The model '{model_id}' is not ready ({detail}).", code="model_not_ready", retry_after_s=5
        )
    return found


@dataclass(frozen=True)
class Target:
    app: str | None
    model: str  # a catalog model id or `auto`


def target(settings: PipelineConfig, name: str) -> Target:
    app = settings.apps.get(name)
    return Target(name, app.model) if app else Target(None, name)


@dataclass(frozen=True)
class Route:
    served: ServedModel  # the primary model (the chain's first)
    engine: Engine
    routing: str  # why this model: the router's reason, or ""
    models: tuple[str, ...]  # every model the request may reach (primary, then fallbacks)


async def pick_engine(
    settings: PipelineConfig,
    models: ModelRegistry,
    gateway: Gateway,
    tenancy: Tenancy,
    key: ApiKey,
    goal: Target,
    messages: list[ChatMessage],
) -> Route:
    routing = ""
    model_id = goal.model
    if model_id == AUTO:
        text = next((m.content for m in reversed(messages) if m.role == "user"), "")
        fraction = await tenancy.budget_used_fraction(key)
        decision = gateway.route(text, key.tenant_name or "-", goal.app, fraction)
        model_id, routing = decision.model_id, f"auto: {decision.reason}"
        trace.get_current_span().set_attribute("stockade.reason", routing)
        # `auto` passed the access step as a name: the model it chose must be allowed too.
        await tenancy.allowed(key, model=model_id)
    primary = served(models, model_id, "chat")
    engine = gateway.engine(primary)
    app = settings.apps.get(goal.app) if goal.app else None
    if app is None or not (app.fallback or app.fallback_message):
        return Route(primary, engine, routing, (primary.entry.id,))
    chain = [engine]
    reachable = [primary.entry.id]
    for fallback_id in app.fallback:
        fallback = models.models.get(fallback_id)
        if fallback is not None and fallback.ready and fallback.chat is not None:
            chain.append(gateway.engine(fallback))
            reachable.append(fallback_id)
    return Route(
        primary, gateway.chain(goal.app or model_id, chain, app.fallback_message), routing, tuple(reachable)
    )


def check_image_urls(urls: Iterable[str], allowed_prefixes: Sequence[str]) -> None:
    """An image part is sent inline (``data:image/...``) or from a URL prefix the operator allows:
    a vision model server fetches any other URL itself, from inside the network, so a caller could
    make it reach internal hosts (SSRF)."""
    for url in urls:
        if url.startswith("data:image/") or any(url.startswith(p) for p in allowed_prefixes if p):
            continue
        shown = url if len(url) <= 80 else url[:77] + "..."
        raise InvalidRequest(
            f"image URL {shown!r}: only inline data:image/... URLs are accepted here (a model server "
            "would fetch any other URL from inside the network); the operator may allow URL prefixes "
            "with limits.image_url_prefixes",
            code="invalid_image_url",
            param="messages",
        )


def check_images(models: ModelRegistry, route: Route, sent: bool, kept: bool) -> None:
    """Images reach only models that read them: every model the request may reach (an app's
    fallbacks too) must say so in its catalog entry. `sent`: the caller's messages carry images;
    `kept`: they are still there after the app's prompt template (which renders text only)."""
    if not sent:
        return
    if not kept:
        raise InvalidRequest(
            "image content cannot go through this app's prompt template, which renders text only",
            code="unsupported_content",
            param="messages",
        )
    for model_id in route.models:
        if not models.models[model_id].entry.input_images:
            raise InvalidRequest(
                f"image content: the model '{model_id}' reads text only (its catalog entry does not "
                "set input_images)",
                code="unsupported_content",
                param="messages",
            )
