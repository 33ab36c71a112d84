"""The template body of a prompt file: role sections rendered with Jinja2.

Format: lines ``## system``, ``## user`` or ``## assistant`` start a message of that role (in file
order, so few-shot examples are possible); everything up to the next such line is a Jinja2
template. Jinja2 runs sandboxed with StrictUndefined: a template cannot reach Python internals and
a misspelt variable fails instead of rendering as an empty string.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

import jinja2
from jinja2 import meta
from jinja2.sandbox import SandboxedEnvironment

from inference.engine import ChatMessage, Role
from inference.prompts.errors import InvalidPromptFile, RenderError

_SECTION = re.compile(r"^##[ \t]+(system|user|assistant)[ \t]*$", re.IGNORECASE | re.MULTILINE)

_ENV = SandboxedEnvironment(
    undefined=jinja2.StrictUndefined,
    autoescape=False,
    keep_trailing_newline=False,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Section:
    role: Role
    source: str
    template: jinja2.Template


def parse_sections(body: str, origin: str) -> tuple[tuple[Section, ...], frozenset[str]]:
    """Split a body into role sections; returns them and the variable names they use."""
    matches = list(_SECTION.finditer(body))
    if not matches:
        raise InvalidPromptFile(f"{origin}: the body has no '## system' / '## user' section")
    if body[: matches[0].start()].strip():
        raise InvalidPromptFile(f"{origin}: text before the first '## <role>' heading")
    sections: list[Section] = []
    used: set[str] = set()
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(body)
        source = body[match.end() : end].strip()
        role = cast(Role, match.group(1).lower())
        if not source:
            raise InvalidPromptFile(f"{origin}: the '## {role}' section is empty")
        try:
            used |= meta.find_undeclared_variables(_ENV.parse(source))
            template = _ENV.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            raise InvalidPromptFile(f"{origin}: template error in '## {role}': {exc}") from exc
        sections.append(Section(role, source, template))
    return tuple(sections), frozenset(used)


def render_sections(sections: tuple[Section, ...], variables: Mapping[str, Any]) -> tuple[ChatMessage, ...]:
    messages: list[ChatMessage] = []
    for section in sections:
        try:
            text = section.template.render(**variables).strip()
        except jinja2.UndefinedError as exc:
            raise RenderError(f"template uses an undefined value: {exc}") from exc
        except jinja2.TemplateError as exc:  # SecurityError included
            raise RenderError(f"template failed to render: {exc}") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise RenderError(f"template failed on the given values: {exc}") from exc
        messages.append(ChatMessage(role=section.role, content=text))
    return tuple(messages)
