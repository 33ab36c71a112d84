"""Per-request reversible pseudonymisation: typed placeholders such as ``<EMAIL_1>``."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

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
        if "<" not in text:  # no placeholder: the common case of a streamed delta
            return text
        with self._lock:
            known = dict(self._restorable)
        return PLACEHOLDER.sub(lambda m: known.get(m.group(0), m.group(0)), text)

    def stream_restorer(self) -> StreamRestorer:
        return StreamRestorer(self)

    def reserve(self, texts: Iterable[str]) -> None:
        """Numbers already used by placeholders in `texts` are not handed out again: a conversation
        kept in its pseudonymised form (a stored response, a masked value sent back) may carry
        `<EMAIL_1>` from an earlier request, which must not come to mean this request's e-mail."""
        with self._lock:
            for text in texts:
                for match in PLACEHOLDER.finditer(text):
                    label, number = match.group(1), int(match.group(2))
                    self._counters[label] = max(self._counters.get(label, 0), number)

    def conceal(self, text: str) -> str:
        """The inverse of `restore`: every original this vault restores becomes its placeholder
        again, so that a copy of an answer can be kept in the form the model wrote it. Whole values
        only (not inside a longer word), longest first; a value the model wrote out by itself is
        concealed too, which keeps less personal data, never more."""
        with self._lock:
            known = sorted(self._restorable.items(), key=lambda item: -len(item[1]))
        if not known:
            return text
        by_value = {original: placeholder for placeholder, original in known}
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(original)}(?!\w)" for _, original in known))
        return pattern.sub(lambda m: by_value[m.group(0)], text)


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
