"""LLM-as-judge: a rubric file rendered per case, and a forgiving parser for the judge's score."""

from __future__ import annotations

import asyncio
import inspect
import re
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from inference.evals.errors import MetricError
from inference.evals.generation import Judge

_ENV = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)
_NUMBER = r"(-?\d+(?:\.\d+)?)"
_LABELLED = re.compile(
    rf"(?:score|rating|grade|mark)\W{{0,3}}\s*(?:is|of|=|:)?\s*\**\s*{_NUMBER}", re.IGNORECASE
)
_RATIO = re.compile(rf"{_NUMBER}\s*(?:/|out of)\s*{_NUMBER}", re.IGNORECASE)
_BARE = re.compile(rf"(?<![\w.]){_NUMBER}(?!\w|\.\d)")


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
    """The judge's score mapped to [0, 1], or None when it gave none in range.

    Tries, in order: a labelled score ("Score: 4", "**Rating**: 4/5"), a ratio ("4 out of 5"),
    then the first bare number inside the scale. A ratio over the scale's top ("3/5" on 1..5)
    is that score; any other ratio ("7/10" on 1..5) is rescaled onto the scale.
    """
    for match in _LABELLED.finditer(text):
        value = float(match.group(1))
        ratio = _RATIO.match(text, match.start(1))
        if ratio is not None:
            value = _ratio_value(float(ratio.group(1)), float(ratio.group(2)), low, high)
        if low <= value <= high:
            return (value - low) / (high - low)
    for match in _RATIO.finditer(text):
        value = _ratio_value(float(match.group(1)), float(match.group(2)), low, high)
        if low <= value <= high:
            return (value - low) / (high - low)
    for match in _BARE.finditer(text):
        value = float(match.group(1))
        if low <= value <= high:
            return (value - low) / (high - low)
    return None


def _ratio_value(numerator: float, denominator: float, low: float, high: float) -> float:
    if denominator == high:
        return numerator
    if denominator <= 0:
        return float("nan")  # never in range
    return low + numerator / denominator * (high - low)


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
