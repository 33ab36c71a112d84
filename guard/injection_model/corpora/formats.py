"""Readers of the file formats the surveyed packages keep their prompts in."""

from __future__ import annotations

import ast
import csv
import io
import json
from typing import Any

import yaml


def jsonl(raw: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


def json_doc(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8"))


def yaml_doc(raw: bytes) -> Any:
    return yaml.safe_load(raw.decode("utf-8"))


def csv_rows(raw: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


def python_assignments(source: str) -> dict[str, Any]:
    """Module-level ``NAME = <literal>`` assignments of a Python file, evaluated as literals.

    The file is parsed, never imported: a value that is not a literal (a call, a name) is skipped.
    """
    values: dict[str, Any] = {}
    for node in ast.parse(source).body:
        target: ast.expr | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target = node.target
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and value is not None:
            try:
                values[target.id] = ast.literal_eval(value)
            except (ValueError, TypeError, SyntaxError):
                continue
    return values
