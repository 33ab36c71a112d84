"""Errors of the response cache."""

from __future__ import annotations


class CacheError(Exception):
    """Base class of cache errors."""


class InvalidCacheRequest(CacheError, ValueError):
    """The request cannot be looked up (no user message, an empty partition field). HTTP 400."""


class CacheBackendError(CacheError):
    """The shared store failed (Redis down). The API should serve the request uncached and log it,
    never fail the request because of the cache."""


class CacheConfigError(CacheError, ValueError):
    """Settings that cannot work (semantic caching without an embedder). Raised at construction."""
