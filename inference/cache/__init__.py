"""The response cache: exact, then semantic behind a near-miss gate; in-process or Redis."""

from inference.cache.backends import CacheBackend, InMemoryBackend, RedisBackend
from inference.cache.embedding import Embedder
from inference.cache.entry import CachedAnswer, CacheEntry, replay
from inference.cache.errors import CacheBackendError, CacheConfigError, CacheError, InvalidCacheRequest
from inference.cache.gate import ANTONYMS, GateVerdict, NearMissGate
from inference.cache.keys import CachePartition, CacheRequest
from inference.cache.semantic import CacheLookup, SemanticCache
from inference.cache.settings import CacheSettings, GateSettings

__all__ = [
    "ANTONYMS",
    "CacheBackend",
    "CacheBackendError",
    "CacheConfigError",
    "CacheEntry",
    "CacheError",
    "CacheLookup",
    "CachePartition",
    "CacheRequest",
    "CacheSettings",
    "CachedAnswer",
    "Embedder",
    "GateSettings",
    "GateVerdict",
    "InMemoryBackend",
    "InvalidCacheRequest",
    "NearMissGate",
    "RedisBackend",
    "SemanticCache",
    "replay",
]
