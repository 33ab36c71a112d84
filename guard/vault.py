"""Per-request reversible pseudonymisation: typed placeholders such as ``<EMAIL_1>``."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?)_(\d+)>")
# A placeholder the model wrote without its angle brackets ("PERSON_1" as a JSON value), as a whole
# token only: not inside a longer word or number ("XPERSON_1", "PERSON_12", "PERSON_1_b").
_PLACEHOLDER_OR_BARE = re.compile(r"<([A-Z][A-Z_]*?)_(\d+)>|(?<!\w)([A-Z][A-Z_]*?_\d+)(?!\w)")
# Longest placeholder we could ever have to recognise in a stream, e.g. "<CREDIT_CARD_123>".
_MAX_PLACEHOLDER_LEN = 32


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches


def _trailing_word(text: str) -> str:
    """The word `text` ends in ("" after a non-word character), cut one character past the longest
    placeholder: a longer word is no placeholder, and scanning it all again on every delta of a
    stream would cost quadratic time."""
    start = len(text)
    while start > 0 and len(text) - start <= _MAX_PLACEHOLDER_LEN and _is_word(text[start - 1]):
        start -= 1
    return text[start:]


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

    def restore(self, text: str, *, after_word: bool = False) -> str:
        """Put the originals back; placeholders the vault does not know stay as they are.

        Models drop the angle brackets now and then (a JSON answer's `"PERSON_1"`), so a bare
        placeholder is restored too, when it stands as a whole token and this request's vault holds
        it. `after_word`: the text continues a word (a stream's previous piece ended inside one), so
        a bare placeholder at its very start is no whole token."""
        if "_" not in text:  # no placeholder of either form: the common case of a streamed delta
            return text
        with self._lock:
            known = dict(self._restorable)
        if not known:
            return text

        def original(match: re.Match[str]) -> str:
            if match.group(3) is not None and after_word and match.start() == 0:
                return match.group(0)
            return known.get(
                match.group(0) if match.group(3) is None else f"<{match.group(3)}>", match.group(0)
            )

        return _PLACEHOLDER_OR_BARE.sub(original, text)

    def may_become_bare(self, word: str) -> bool:
        """Whether `word`, the end of a stream so far, may be or grow into one of this vault's
        placeholders written bare: a stream must hold it back until the next character says."""
        with self._lock:
            return any(placeholder[1:-1].startswith(word) for placeholder in self._restorable)

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
        self._after_word = False  # the released text so far ends inside a word

    def feed(self, delta: str) -> str:
        self._pending += delta
        cut = self._pending.rfind("<")
        if cut == -1 or ">" in self._pending[cut:] or len(self._pending) - cut >= _MAX_PLACEHOLDER_LEN:
            cut = len(self._pending)
            # A bare placeholder ("PERSON_1") is whole only once a non-word character follows it.
            word = _trailing_word(self._pending)
            if word and self._vault.may_become_bare(word):
                cut -= len(word)
        ready, self._pending = self._pending[:cut], self._pending[cut:]
        return self._release(ready)

    def flush(self) -> str:
        ready, self._pending = self._pending, ""
        return self._release(ready)

    def _release(self, ready: str) -> str:
        if not ready:
            return ready
        restored = self._vault.restore(ready, after_word=self._after_word)
        self._after_word = _is_word(ready[-1])
        return restored
