"""The root cause of a model server's failed start, read from its log.

A server that dies while starting (vLLM above all: its API server, then an engine-core process)
prints several tracebacks, and the last one is the least useful ("Engine core initialization
failed. See root cause above."). The first exception line of the failed launch's output names what
an operator must fix, e.g. "ModuleNotFoundError: No module named 'flashinfer'", so that is what the
gateway reports beside the exit code.
"""

from __future__ import annotations

import re
from pathlib import Path

# How much of one launch's output is read, at most: its tail.
MAX_READ_BYTES = 512 * 1024
MAX_CAUSE_CHARS = 300

# vLLM prefixes every line of a process with "(EngineCore pid=892) " and its log records with
# "ERROR 12-04 17:58:48 [core.py:1330] "; a traceback's last line follows them.
_PREFIX = r"(?:\(\w+ pid=\d+\)\s+)?(?:(?:ERROR|CRITICAL)\s+\S+\s+\S+\s+\[[^\]]*\]\s+)?"
_EXCEPTION = re.compile(
    _PREFIX + r"((?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt)(?::\s.*)?)$"
)


def log_size(path: Path | None) -> int:
    """Where the next launch's output will start in the log (0 when there is none yet)."""
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0


def first_error(path: Path | None, offset: int = 0) -> str | None:
    """The first exception line written after `offset` (a launch's start), or None."""
    if path is None:
        return None
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(offset, size - MAX_READ_BYTES))
            text = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        match = _EXCEPTION.match(line.strip())
        if match:
            cause = match.group(1).strip()
            return cause if len(cause) <= MAX_CAUSE_CHARS else cause[: MAX_CAUSE_CHARS - 1] + "…"
    return None
