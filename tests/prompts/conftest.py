from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

MINIMAL = """\
---
description: {description}
variables:
  question:
    type: string
    description: What the user asked.
    maxLength: 200
  tone:
    type: string
    description: How to sound.
    enum: [formal, casual]
    default: formal
  top_k:
    type: integer
    description: How many points to list.
    minimum: 1
    required: false
parameters:
  temperature: 0.2
  max_tokens: 64
changelog: {changelog}
tests:
  - input: {{question: "Why is the sky blue?"}}
---
## system
Answer in a {{{{ tone }}}} tone.{{% if top_k %}} List at most {{{{ top_k }}}} points.{{% endif %}}

## user
{{{{ question }}}}
"""

WritePrompt = Callable[..., Path]


@pytest.fixture
def prompt_root(tmp_path: Path) -> Path:
    root = tmp_path / "prompts"
    root.mkdir()
    return root


@pytest.fixture
def write_prompt(prompt_root: Path) -> WritePrompt:
    """Write prompts/<name>/v<version>.md from the minimal template or from given text."""

    def write(
        name: str, version: str, text: str | None = None, *, description: str = "", changelog: str = "Initial"
    ) -> Path:
        folder = prompt_root / name
        folder.mkdir(exist_ok=True)
        path = folder / f"v{version}.md"
        body = MINIMAL.format(description=description or f"{name} {version}", changelog=changelog)
        path.write_text(textwrap.dedent(text) if text is not None else body, encoding="utf-8")
        return path

    return write
