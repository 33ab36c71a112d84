"""Paths and small helpers for checking deploy/ without a cluster, a Docker daemon or promtool."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
CHART = DEPLOY / "helm" / "stockade"

_COMPOSE_VAR = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


def interpolate(text: str, env: dict[str, str]) -> str:
    """Compose's variable syntax: ${X}, ${X:-default}, ${X:?error}; `$$` stays for the container."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$$"
        name, op, arg = match.groups()
        if env.get(name):
            return env[name]
        if op and op.endswith("-"):
            return str(arg)
        if op and op.endswith("?"):
            raise KeyError(f"{name} is required: {arg}")
        return ""

    return _COMPOSE_VAR.sub(replace, text)


def load_compose(env: dict[str, str]) -> dict[str, Any]:
    # PyYAML resolves the `<<` merge keys that the compose_spec parser does not take.
    data = yaml.safe_load(interpolate((DEPLOY / "compose.gpu.yaml").read_text(), env))
    assert isinstance(data, dict)
    return json.loads(json.dumps(data))
