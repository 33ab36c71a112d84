"""What a scanner found in a text it has read before, so a conversation pays for its new turns only.

Every request of a chat carries the whole conversation: the system prompt and each earlier turn are
scanned again on every turn, so the guard's CPU grows with the square of a conversation's length.
A scanner's findings depend only on its policy and the text (offsets, types, scores: never the
values), so they can be kept. The key is a digest of the text, not the text: the cache holds no
prompt, nothing an erasure request would have to reach, and is lost with the process.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from guard import metrics

T = TypeVar("T")


def text_digest(text: str) -> bytes:
    # surrogatepass: a lone surrogate from a JSON escape is still text someone sent.
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class DetectionCache(Generic[T]):
    """A bounded, thread-safe LRU of one scanner's results, keyed by text digest (and whatever
    else the result depends on, such as a threshold). With 0 entries it keeps nothing and counts
    nothing: every text is computed (``guard.detection_cache_entries: 0``)."""

    def __init__(self, scanner: str, entries: int) -> None:
        if entries < 0:
            raise ValueError("a detection cache cannot hold fewer than 0 entries")
        self._scanner = scanner
        self._entries = entries
        self._results: OrderedDict[tuple[bytes, Hashable], T] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._results)

    def entries(self) -> list[tuple[bytes, Hashable]]:
        with self._lock:
            return list(self._results)

    def get_or_compute(self, text: str, compute: Callable[[], T], extra: Hashable = None) -> T:
        if not self._entries:
            return compute()
        key = (text_digest(text), extra)
        with self._lock:
            if key in self._results:
                self._results.move_to_end(key)
                metrics.DETECTION_CACHE.labels(self._scanner, "hit").inc()
                return self._results[key]
        # Outside the lock: two threads reading the same new text both compute it, which costs
        # what no cache costs and never blocks one scan behind another.
        result = compute()
        metrics.DETECTION_CACHE.labels(self._scanner, "miss").inc()
        with self._lock:
            self._results[key] = result
            self._results.move_to_end(key)
            while len(self._results) > self._entries:
                self._results.popitem(last=False)
        return result
