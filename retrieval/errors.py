"""Typed errors of the retrieval package; the API maps each to one HTTP status (see docs/retrieval.md)."""

from __future__ import annotations


class RetrievalError(Exception):
    """Base class: anything retrieval raises on purpose."""


class InvalidNameError(RetrievalError, ValueError):
    """A collection name that is not a safe folder name (HTTP 422)."""


class InvalidQueryError(RetrievalError, ValueError):
    """An empty or oversized query, or a non-positive top_k (HTTP 422)."""


class CollectionNotFoundError(RetrievalError, LookupError):
    """No such collection, or one the tenant may not see (HTTP 404).

    Both cases carry the same message so that a tenant cannot probe other tenants' collection names.
    """


class CollectionAccessDeniedError(CollectionNotFoundError):
    """The collection exists but neither belongs to nor is shared with the tenant (HTTP 404, logged)."""


class PermissionDeniedError(RetrievalError):
    """The tenant can read the collection (it was shared) but only its owner may change it (HTTP 403)."""


class CollectionExistsError(RetrievalError):
    """Creating a collection whose name is taken (HTTP 409)."""


class DocumentNotFoundError(RetrievalError, LookupError):
    """Deleting or reading a document id the collection does not hold (HTTP 404)."""


class EmbedderMismatchError(RetrievalError):
    """The collection was built with another embedder (name or dimension) than the one loaded (HTTP 409)."""


class CollectionBusyError(RetrievalError, TimeoutError):
    """Another process (or request) held the collection's write lock for longer than
    `write_lock_timeout_s`; nothing was written, retry later (HTTP 409 suggested)."""


class IngestError(RetrievalError):
    """One file could not be ingested; nothing of it was written (HTTP 422 for a single upload)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnsupportedFileTypeError(IngestError):
    """The file extension is not one of .pdf, .html, .htm, .md, .markdown, .txt (HTTP 415)."""


class DocumentParseError(IngestError):
    """A malformed PDF, invalid UTF-8, an encrypted PDF or a file with no extractable text (HTTP 422)."""


class AsyncFilterError(RetrievalError, TypeError):
    """A document_filter returned an awaitable to the synchronous search(); use asearch() (HTTP 500)."""
