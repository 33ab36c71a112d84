"""The front matter of a prompt file, as typed models.

A prompt file is ``prompts/<name>/v<semver>.md``: YAML front matter (this module) followed by the
template body (see template.py). Unknown keys are rejected so that a typo such as ``temprature``
fails at load time instead of being silently ignored in production.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

JsonType = Literal["string", "integer", "number", "boolean", "array", "object"]


class VariableSpec(BaseModel):
    """One template variable: a JSON-schema type plus any further JSON-schema keywords.

    Extra keys (``enum``, ``maxLength``, ``minimum``, ``items``, ``pattern``...) are kept and
    checked by jsonschema when the prompt is rendered.
    """

    model_config = ConfigDict(extra="allow")

    type: JsonType
    description: str = Field(min_length=1)
    required: bool = True
    default: Any = None

    @model_validator(mode="after")
    def _default_makes_optional(self) -> VariableSpec:
        if self.default is not None:
            self.required = False
        return self

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": self.type, "description": self.description}
        schema.update(self.model_extra or {})
        return schema


class ModelParameters(BaseModel):
    """Default sampling parameters; a request's own values win over these."""

    model_config = ConfigDict(extra="forbid")

    model: str | None = None
    temperature: float = Field(default=0.7, ge=0.0, le=2.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    max_tokens: int = Field(default=256, gt=0)
    stop: list[str] = Field(default_factory=list)
    seed: int | None = None


class PromptTest(BaseModel):
    """An inline test: variables in, expected behaviour out (same fields as an eval case)."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    input: dict[str, Any]
    expected_intent: str | None = None
    expected_tone: str | None = None
    must_contain: list[str | list[str]] = Field(default_factory=list)
    must_not_contain: list[str] = Field(default_factory=list)
    expected_json: Any = None
    reference_answer: str | None = None


class PromptFrontMatter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    description: str = ""
    variables: dict[str, VariableSpec] = Field(default_factory=dict)
    parameters: ModelParameters = Field(default_factory=ModelParameters)
    changelog: str = Field(min_length=1)
    tests: list[PromptTest] = Field(default_factory=list)
    eval_suite: str | None = None

    @model_validator(mode="after")
    def _has_tests(self) -> PromptFrontMatter:
        if not self.tests and not self.eval_suite:
            raise ValueError("a prompt needs inline `tests` or an `eval_suite` reference")
        return self
