"""Pull structured bits out of a model's free-form answer.

Small models wrap JSON in code fences, add a sentence before it, or answer ``Intent: refund`` on
a line of its own; scoring must not fail a case over the wrapping.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)
_decoder = json.JSONDecoder()


def extract_json(text: str) -> Any | None:
    """The first JSON object or array in the text (fenced or bare), or None."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    for candidate in candidates:
        for start, char in enumerate(candidate):
            if char not in "{[":
                continue
            try:
                value, _ = _decoder.raw_decode(candidate[start:])
            except ValueError:
                continue
            return value
    return None


def extract_field(text: str, field: str) -> str | None:
    """``field`` from a JSON object in the answer, else from a ``field: value`` line, else None."""
    data = extract_json(text)
    if isinstance(data, dict) and field in data:
        value = data[field]
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    line = re.search(rf"^[\s*_#>-]*{re.escape(field)}[\s*_]*[:=]\s*(.+)$", text, re.IGNORECASE | re.MULTILINE)
    if line is None:
        return None
    value = line.group(1).strip().strip("*_`\"'").strip()
    # "Reply:" is usually the last key, and its value may run over several lines.
    rest = text[line.end() :]
    if rest.strip() and not re.match(r"^\s*\n?[\s*_#>-]*\w+[\s*_]*:", rest):
        value = (value + rest).strip()
    return value


def normalise(text: str) -> str:
    """Case, surrounding punctuation, ``_``/``-`` and spacing do not count for exact matches."""
    return " ".join(re.sub(r"[_-]+", " ", text.lower()).strip().strip(".,;:!?\"'`*").split())
