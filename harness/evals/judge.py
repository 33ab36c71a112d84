"""LLM-as-judge: a rubric file rendered per case, and a strict parser for the judge's score line."""

from __future__ import annotations

import asyncio
import inspect
import re
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from harness.evals.errors import MetricError
from harness.evals.generation import Judge

_ENV = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)
# The rubric asks for one line "Score: <n>". Only such a line counts: a number elsewhere in the
# answer ("refunds take 5-7 days") is never a score. Markdown emphasis around the label and a
# "/<top of the scale>" after the number are allowed; nothing else.
_SCORE_LINE = re.compile(
    r"^[\s>*#_-]*score[\s*_]*[:=][\s*_]*(-?\d+(?:\.\d+)?)[\s*_]*(?:(?:/|out of)\s*(\d+(?:\.\d+)?))?(?![\d.])",
    re.IGNORECASE | re.MULTILINE,
)


def load_rubric(path: Path) -> jinja2.Template:
    try:
        return _ENV.from_string(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise MetricError(f"cannot read rubric {path}: {exc}") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise MetricError(f"rubric {path} is not a valid template: {exc}") from exc


def render_rubric(template: jinja2.Template, values: dict[str, Any]) -> str:
    try:
        return template.render(**values)
    except jinja2.TemplateError as exc:
        raise MetricError(f"rubric failed to render: {exc}") from exc


def parse_score(text: str, low: float, high: float) -> float | None:
    """The score on the judge's first "Score: <n>" line, mapped to [0, 1]; None when there is no
    such line, its number is outside [low, high], or it is a ratio over anything but the scale's top
    ("Score: 4/5" on 1..5 is 4; "Score: 7/10" on 1..5 is refused rather than rescaled)."""
    match = _SCORE_LINE.search(text)
    if match is None:
        return None
    value = float(match.group(1))
    if match.group(2) is not None and float(match.group(2)) != high:
        return None
    if not low <= value <= high:
        return None
    return (value - low) / (high - low)


async def call_judge(judge: Judge, prompt: str) -> str:
    if inspect.iscoroutinefunction(judge) or inspect.iscoroutinefunction(type(judge).__call__):
        answer = await judge(prompt)  # type: ignore[misc]
    else:
        # A local judge model is slow and blocking: keep the event loop free while it thinks.
        answer = await asyncio.to_thread(judge, prompt)
        if inspect.isawaitable(answer):
            answer = await answer
    if not isinstance(answer, str):
        raise MetricError(f"the judge returned {type(answer).__name__}, not text")
    return answer
