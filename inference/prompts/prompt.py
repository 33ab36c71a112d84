"""One version of one prompt, loaded from its file, and the messages it renders to."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import frontmatter
import jsonschema
import semver
import yaml
from opentelemetry import trace
from prometheus_client import Counter
from pydantic import ValidationError

from inference.engine import ChatMessage
from inference.prompts.errors import (
    InvalidPromptFile,
    MissingVariable,
    RenderError,
    UnexpectedVariable,
    VariableTypeError,
)
from inference.prompts.spec import ModelParameters, PromptFrontMatter
from inference.prompts.template import Section, parse_sections, render_sections

_tracer = trace.get_tracer(__name__)

PROMPT_RENDERS = Counter(
    "stockade_prompt_renders_total", "Prompt renders that succeeded", ["prompt", "version"]
)
PROMPT_RENDER_ERRORS = Counter(
    "stockade_prompt_render_errors_total", "Prompt renders rejected", ["prompt", "version", "error"]
)


@dataclass(frozen=True)
class RenderedPrompt:
    name: str
    version: str
    content_hash: str
    messages: tuple[ChatMessage, ...]
    parameters: ModelParameters

    def openai_messages(self) -> list[dict[str, str]]:
        return [{"role": m.role, "content": m.content} for m in self.messages]


@dataclass(frozen=True)
class PromptVersion:
    name: str
    version: semver.Version
    path: Path
    text: str
    content_hash: str  # sha256 of the file: changes whenever anything in the file changes
    spec: PromptFrontMatter
    sections: tuple[Section, ...]
    validator: jsonschema.protocols.Validator

    @property
    def version_str(self) -> str:
        return str(self.version)

    @property
    def parameters(self) -> ModelParameters:
        return self.spec.parameters

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    def with_parameters(self, **overrides: Any) -> PromptVersion:
        """A copy with other default parameters (e.g. temperature 0 for evals); same content hash."""
        try:
            params = ModelParameters.model_validate({**self.parameters.model_dump(), **overrides})
        except ValidationError as exc:
            raise RenderError(f"invalid parameter override for {self.ref}: {exc}") from exc
        return replace(self, spec=self.spec.model_copy(update={"parameters": params}))

    def render(self, variables: Mapping[str, Any] | None = None, /, **kwargs: Any) -> RenderedPrompt:
        """Check the variables against the declared schema, then render every section."""
        given = {**(variables or {}), **kwargs}
        with _tracer.start_as_current_span("prompt.render") as span:
            span.set_attribute("stockade.prompt.name", self.name)
            span.set_attribute("stockade.prompt.version", self.version_str)
            try:
                values = self.check_variables(given)
                messages = render_sections(self.sections, values)
            except RenderError as exc:
                PROMPT_RENDER_ERRORS.labels(self.name, self.version_str, type(exc).__name__).inc()
                raise
            PROMPT_RENDERS.labels(self.name, self.version_str).inc()
            return RenderedPrompt(self.name, self.version_str, self.content_hash, messages, self.parameters)

    def check_variables(self, given: Mapping[str, Any]) -> dict[str, Any]:
        declared = self.spec.variables
        extra = sorted(set(given) - set(declared))
        if extra:
            raise UnexpectedVariable(
                f"{self.ref} does not declare variable(s) {', '.join(extra)}; "
                f"declared: {', '.join(sorted(declared)) or 'none'}",
                variable=extra[0],
            )
        values = dict(given)
        for key, var in declared.items():
            if key not in values and not var.required:
                values[key] = var.default
        missing = sorted(k for k, v in declared.items() if v.required and k not in values)
        if missing:
            raise MissingVariable(f"{self.ref} needs variable(s) {', '.join(missing)}", variable=missing[0])
        # Optional variables without a default stay None and skip the schema check.
        checked = {k: v for k, v in values.items() if v is not None}
        error = jsonschema.exceptions.best_match(self.validator.iter_errors(checked))
        if error is not None:
            where = str(error.path[0]) if error.path else None
            raise VariableTypeError(f"{self.ref}: variable {where!r}: {error.message}", variable=where)
        return values


def _variables_schema(spec: PromptFrontMatter) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {name: var.json_schema() for name, var in spec.variables.items()},
        "additionalProperties": False,
    }


def load_prompt_file(path: Path, name: str, version: semver.Version) -> PromptVersion:
    """Parse and check a prompt file; every problem becomes an InvalidPromptFile naming the file."""
    origin = str(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        post = frontmatter.loads(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
        raise InvalidPromptFile(f"{origin}: cannot read front matter: {exc}") from exc
    if not post.metadata:
        raise InvalidPromptFile(f"{origin}: missing YAML front matter between '---' lines")
    try:
        spec = PromptFrontMatter.model_validate(post.metadata)
    except ValidationError as exc:
        raise InvalidPromptFile(f"{origin}: invalid front matter: {exc}") from exc
    schema = _variables_schema(spec)
    validator_cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    try:
        validator_cls.check_schema(schema)
    except jsonschema.exceptions.SchemaError as exc:
        raise InvalidPromptFile(f"{origin}: invalid variable schema: {exc.message}") from exc
    sections, used = parse_sections(post.content, origin)
    declared = set(spec.variables)
    if used - declared:
        raise InvalidPromptFile(f"{origin}: template uses undeclared variable(s) {sorted(used - declared)}")
    if declared - used:
        raise InvalidPromptFile(f"{origin}: declared variable(s) never used {sorted(declared - used)}")
    prompt = PromptVersion(
        name=name,
        version=version,
        path=path,
        text=text,
        content_hash=hashlib.sha256(raw).hexdigest(),
        spec=spec,
        sections=sections,
        validator=validator_cls(schema),
    )
    defaults = {k: v.default for k, v in spec.variables.items() if v.default is not None}
    bad_default = jsonschema.exceptions.best_match(prompt.validator.iter_errors(defaults))
    if bad_default is not None:
        raise InvalidPromptFile(f"{origin}: a default does not fit its schema: {bad_default.message}")
    for index, test in enumerate(spec.tests):
        try:
            prompt.check_variables(test.input)
        except RenderError as exc:
            raise InvalidPromptFile(f"{origin}: tests[{index}] input does not fit: {exc}") from exc
    return prompt
