"""Helpers shared by the guard benchmarks: machine description and result files."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import statistics
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from harness.bench.report import cpu_model  # noqa: E402  (after the path and offline switches)


def machine() -> dict[str, Any]:
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def write(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **payload}, indent=2, ensure_ascii=False) + "\n")
    return path


def split_of(text: str) -> str:
    """The fixed dev/blind half a text belongs to: a hash of it, so every run and machine agree."""
    return "dev" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "blind"


def person_span_counts(scanner: Any, texts: Iterable[str]) -> Counter[str]:
    """How often ``scanner.detect`` reads each spelling as a PERSON over unlabelled texts: the
    precision check of ``guard_pii_real_prompts.py`` and ``guard_pii_sharegpt.py``."""
    spans: Counter[str] = Counter()
    for text in texts:
        for f in scanner.detect(text):
            if f.entity_type == "PERSON":
                spans[text[f.start : f.end]] += 1
    return spans


def add_onnx_ner_arguments(parser: Any) -> None:
    """``--onnx-ner FOLDER`` and its settings: the PII policy's ``onnx_ner_*`` fields."""
    from pathlib import Path as _Path

    parser.add_argument(
        "--onnx-ner", type=_Path, default=None, help="an ONNX NER folder (pii.onnx_ner_model_path)"
    )
    parser.add_argument("--onnx-ner-scope", choices=["text", "english", "candidates"], default="text")
    parser.add_argument("--onnx-ner-threshold", type=float, default=0.5)
    parser.add_argument(
        "--onnx-ner-max-tokens", type=int, default=None, help="candidates: pii.onnx_ner_max_tokens"
    )
    parser.add_argument(
        "--onnx-ner-no-filters",
        action="store_true",
        help="the model's PERSON spans as read (pii.onnx_ner_filters)",
    )


def onnx_ner_fields(args: Any) -> dict[str, Any]:
    """The PII policy fields ``add_onnx_ner_arguments``' options set (none without ``--onnx-ner``)."""
    if not args.onnx_ner:
        return {}
    return {
        "onnx_ner_model_path": str(args.onnx_ner),
        "onnx_ner_scope": args.onnx_ner_scope,
        "onnx_ner_threshold": args.onnx_ner_threshold,
        "onnx_ner_max_tokens": args.onnx_ner_max_tokens,
        "onnx_ner_filters": not args.onnx_ner_no_filters,
    }
