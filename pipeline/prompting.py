"""Apps with versioned prompts: resolve the version (or the caller's sticky experiment arm), render
the template with the caller's words, and label the request for the ledger and metrics."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from inference.engine import ChatMessage
from inference.prompts.errors import (
    InvalidVersionSpec,
    PromptError,
    PromptNotFound,
    RenderError,
    VersionNotFound,
)
from inference.prompts.experiments import subject_for
from inference.prompts.ref import PromptRef, ResolvedPrompt
from inference.prompts.registry import PromptRegistry
from inference.prompts.spec import ModelParameters
from pipeline.errors import InvalidRequest, Misconfigured
from pipeline.settings import AppSettings


@dataclass
class AppliedPrompt:
    messages: list[ChatMessage]
    parameters: ModelParameters | None = None
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def version_label(self) -> str:
        return f"{self.labels['prompt']}@{self.labels['prompt_version']}" if self.labels else ""


def _resolve(
    registry: PromptRegistry, ref: PromptRef, subject: str | None, override: str | None
) -> ResolvedPrompt:
    try:
        if override is not None:
            # An explicit version (evals, canaries) bypasses the experiment for this request.
            return ResolvedPrompt(registry.get(ref.prompt, override))
        return ref.resolve(registry, subject)
    except (VersionNotFound, InvalidVersionSpec) as exc:
        if override is not None:
            raise InvalidRequest(str(exc), code="invalid_value", param="prompt_version") from exc
        raise Misconfigured(f"the app's prompt is misconfigured: {exc}", code="prompt_error") from exc
    except PromptNotFound as exc:
        raise Misconfigured(f"the app's prompt is misconfigured: {exc}", code="prompt_error") from exc


def apply_prompt(
    registry: PromptRegistry,
    app: AppSettings,
    messages: list[ChatMessage],
    *,
    variables: Mapping[str, Any] | None,
    user: str | None,
    key_id: str,
    version_override: str | None,
) -> AppliedPrompt:
    if app.prompt is None:
        return AppliedPrompt(messages)
    resolved = _resolve(registry, app.prompt, subject_for(user, key_id), version_override)
    given = dict(variables or {})
    last_user = next((i for i in range(len(messages) - 1, -1, -1) if messages[i].role == "user"), None)
    if app.input_variable not in given and last_user is not None:
        given[app.input_variable] = messages[last_user].content
    try:
        rendered = resolved.prompt.render(given)
    except RenderError as exc:
        raise InvalidRequest(
            f"prompt {resolved.prompt.ref}: {exc}", code="invalid_prompt_variables", param="variables"
        ) from exc
    except PromptError as exc:
        raise Misconfigured(f"the app's prompt failed to render: {exc}", code="prompt_error") from exc
    # The template supplies the system message and the final user turn; earlier turns of the
    # conversation (the caller's history) go between them.
    history = [m for i, m in enumerate(messages) if m.role != "system" and i != last_user]
    systems = [m for m in rendered.messages if m.role == "system"]
    others = [m for m in rendered.messages if m.role != "system"]
    return AppliedPrompt([*systems, *history, *others], rendered.parameters, resolved.labels())
