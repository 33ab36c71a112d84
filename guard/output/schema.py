"""JSON Schema validation of structured answers, with a correction message for one retry."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
from jsonschema.exceptions import SchemaError

from guard.errors import PolicyError, StructuredOutputError

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)
_MAX_REPORTED_ERRORS = 5


class JsonSchemaValidator:
    name = "json_schema"

    def __init__(self, schema: dict[str, Any]) -> None:
        try:
            validator_cls = jsonschema.validators.validator_for(schema)
            validator_cls.check_schema(schema)
        except SchemaError as exc:
            raise PolicyError(f"invalid JSON schema: {exc.message}") from exc
        self._validator = validator_cls(schema)
        self._schema_text = json.dumps(schema, ensure_ascii=False)

    def validate(self, answer: str) -> Any:
        """Parse and check ``answer``; raise StructuredOutputError with a correction for the model."""
        body = answer
        fenced = _FENCE.match(answer)
        if fenced:
            # Small models wrap JSON in a Markdown fence even when told not to; that is not an error.
            body = fenced.group(1)
        try:
            value = json.loads(body)
        except json.JSONDecodeError as exc:
            raise StructuredOutputError(
                f"answer is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                self._correction(
                    [f"the answer is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"]
                ),
            ) from exc
        errors = sorted(self._validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        if errors:
            problems = [
                f"at {'/'.join(str(p) for p in e.absolute_path) or 'the top level'}: {e.message}"
                for e in errors[:_MAX_REPORTED_ERRORS]
            ]
            raise StructuredOutputError(
                "answer does not match the schema: " + "; ".join(problems), self._correction(problems)
            )
        return value

    def _correction(self, problems: list[str]) -> str:
        listed = "\n".join(f"- {p}" for p in problems)
        return (
            "Your previous answer was rejected because it does not satisfy the required JSON schema:\n"
            f"{listed}\nReply again with only a JSON document, no prose and no code fence, that matches "
            f"this schema:\n{self._schema_text}"
        )
