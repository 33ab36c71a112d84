"""On-disk cache of generations, keyed by what determines the answer at temperature 0.

The key is sha256 of (prompt file content hash, model, sampling parameters, case input and
context): editing a prompt file, switching model or changing max_tokens all miss the cache,
while re-running an unchanged suite costs nothing. One small JSON file per entry keeps the
cache inspectable and safe to share between CI runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from harness.evals.errors import CacheError
from harness.evals.generation import Generation

CACHE_FORMAT = 1


def cache_key(
    content_hash: str, model: str, parameters: dict[str, Any], case_input: Any, context: Any
) -> str:
    payload = {
        "format": CACHE_FORMAT,
        "prompt": content_hash,
        "model": model,
        "parameters": parameters,
        "input": case_input,
        "context": context,
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


class GenerationCache:
    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Generation | None:
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Generation.from_json(data["generation"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a torn or foreign file is a miss; the next put replaces it

    def put(self, key: str, generation: Generation, meta: dict[str, Any]) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            body = json.dumps(
                {"meta": meta, "generation": generation.to_json()}, ensure_ascii=False, indent=1
            )
            # Write-then-rename: a concurrent reader sees the old file or the new one, never half.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(body)
            os.replace(tmp, path)
        except OSError as exc:
            raise CacheError(f"cannot write eval cache entry {path}: {exc}") from exc
