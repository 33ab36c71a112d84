"""Per-request reversible pseudonymisation: typed placeholders such as ``<EMAIL_1>``."""

from __future__ import annotations

import re
import threading

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?)_(\d+)>")
# Longest placeholder we could ever have to recognise in a stream, e.g. "<CREDIT_CARD_123>".
_MAX_PLACEHOLDER_LEN = 32


class Vault:
    """Maps placeholders to the originals they replaced, for one request only.

    Scanners run in threads, so every mutation holds a lock. Values redacted in mask mode get
    a placeholder too (so the same value always reads the same) but are never restored.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_value: dict[tuple[str, str], str] = {}
        self._restorable: dict[str, str] = {}
        self._counters: dict[str, int] = {}

    def placeholder(self, label: str, original: str, reversible: bool) -> str:
        with self._lock:
            key = (label, original)
            existing = self._by_value.get(key)
            if existing is None:
                self._counters[label] = self._counters.get(label, 0) + 1
                existing = f"<{label}_{self._counters[label]}>"
                self._by_value[key] = existing
            if reversible:
                self._restorable[existing] = original
            return existing

    def __len__(self) -> int:
        return len(self._restorable)

    def restore(self, text: str) -> str:
        """Put the originals back; placeholders the vault does not know stay as they are."""
        with self._lock:
            known = dict(self._restorable)
        return PLACEHOLDER.sub(lambda m: known.get(m.group(0), m.group(0)), text)

    def stream_restorer(self) -> StreamRestorer:
        return StreamRestorer(self)


class StreamRestorer:
    """Restores placeholders in a stream of deltas, holding back only a possibly cut placeholder."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._pending = ""

    def feed(self, delta: str) -> str:
        self._pending += delta
        cut = self._pending.rfind("<")
        if cut != -1 and ">" not in self._pending[cut:] and len(self._pending) - cut < _MAX_PLACEHOLDER_LEN:
            ready, self._pending = self._pending[:cut], self._pending[cut:]
        else:
            ready, self._pending = self._pending, ""
        return self._vault.restore(ready)

    def flush(self) -> str:
        ready, self._pending = self._pending, ""
        return self._vault.restore(ready)
