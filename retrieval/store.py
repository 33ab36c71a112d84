"""All collections under `<data_dir>/collections/`, with the tenant rules for reading and writing them."""

from __future__ import annotations

import logging
import re
import shutil
import threading
from pathlib import Path

from retrieval.collection import DB_FILE, Collection, CollectionInfo
from retrieval.errors import (
    CollectionAccessDeniedError,
    CollectionBusyError,
    CollectionExistsError,
    CollectionNotFoundError,
    EmbedderMismatchError,
    InvalidNameError,
    PermissionDeniedError,
)
from retrieval.settings import RetrievalSettings

logger = logging.getLogger(__name__)

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def validate_name(name: str) -> str:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise InvalidNameError(
            f"invalid collection name {name!r}: use 1-64 characters a-z, 0-9, '_' or '-', "
            "starting with a letter or digit"
        )
    return name


def _validate_tenant(tenant: str) -> str:
    if not isinstance(tenant, str) or not tenant.strip():
        raise InvalidNameError("tenant must be a non-empty string")
    return tenant


class CollectionStore:
    """Loads every collection at start; checks tenant access on each lookup."""

    def __init__(
        self, settings: RetrievalSettings, *, embedder_name: str, dim: int, sparse: bool = False
    ) -> None:
        self._settings = settings
        self._root = settings.data_dir / "collections"
        self._root.mkdir(parents=True, exist_ok=True)
        self._embedder_name = embedder_name
        self._dim = dim
        self._sparse = sparse
        self._lock = threading.Lock()
        self._collections: dict[str, Collection] = {}
        for folder in sorted(self._root.iterdir()):
            if (folder / DB_FILE).is_file() and _NAME.fullmatch(folder.name):
                self._collections[folder.name] = self._open(folder)
        logger.info("retrieval: %d collection(s) loaded from %s", len(self._collections), self._root)

    def _open(self, folder: Path) -> Collection:
        collection = Collection(folder.name, folder, self._settings)
        mismatch = self._mismatch(collection)
        if mismatch is not None:
            logger.error("collection %s: %s", folder.name, mismatch)
            return collection
        try:
            collection.load_indexes()
        except CollectionBusyError as exc:
            # Stale indexes and another process is writing: load them on first use instead.
            logger.warning("collection %s: indexes not loaded yet (%s)", folder.name, exc)
        return collection

    def _mismatch(self, collection: Collection) -> str | None:
        if collection.dim != self._dim:
            return (
                f"built with a {collection.dim}-dimensional embedder ({collection.embedder_name}); "
                f"the loaded embedder {self._embedder_name} has {self._dim} dimensions"
            )
        if collection.embedder_name != self._embedder_name:
            logger.warning(
                "collection %s was built with %s, searching it with %s",
                collection.name,
                collection.embedder_name,
                self._embedder_name,
            )
        return None

    def create(self, name: str, owner: str, shared_with: list[str] | None = None) -> Collection:
        validate_name(name)
        _validate_tenant(owner)
        with self._lock:
            if name in self._collections or (self._root / name).exists():
                raise CollectionExistsError(f"collection {name!r} already exists")
            try:
                collection = Collection.create(
                    name,
                    self._root / name,
                    self._settings,
                    owner=owner,
                    shared_with=list(shared_with or []),
                    embedder=self._embedder_name,
                    dim=self._dim,
                    sparse=self._sparse,
                )
            except FileExistsError:  # another process created it a moment ago
                raise CollectionExistsError(f"collection {name!r} already exists") from None
            self._collections[name] = collection
        logger.info("collection %s created for tenant %s", name, owner)
        return collection

    def exists(self, name: str) -> bool:
        return self._get(name) is not None

    def _get(self, name: str) -> Collection | None:
        """A loaded collection, or one another process created in the data folder since we started."""
        collection = self._collections.get(name)
        if collection is None and _NAME.fullmatch(name) and (self._root / name / DB_FILE).is_file():
            with self._lock:
                collection = self._collections.get(name)
                if collection is None:
                    collection = Collection(name, self._root / name, self._settings)
                    if not collection.dim:  # still being created: its metadata is not committed yet
                        collection.db.close()
                        return None
                    collection.db.close()
                    collection = self._collections[name] = self._open(self._root / name)
        return collection

    def _lookup(self, name: str, tenant: str) -> Collection:
        validate_name(name)
        _validate_tenant(tenant)
        collection = self._get(name)
        if collection is None:
            raise CollectionNotFoundError(f"collection {name!r} not found")
        if tenant != collection.owner and tenant not in collection.shared_with:
            logger.warning("tenant %s denied access to collection %s", tenant, name)
            raise CollectionAccessDeniedError(f"collection {name!r} not found")
        mismatch = self._mismatch(collection)
        if mismatch is not None:
            raise EmbedderMismatchError(f"collection {name!r} {mismatch}")
        return collection

    def for_read(self, name: str, tenant: str) -> Collection:
        return self._lookup(name, tenant)

    def for_write(self, name: str, tenant: str) -> Collection:
        collection = self._lookup(name, tenant)
        if tenant != collection.owner:
            raise PermissionDeniedError(f"only the owner of collection {name!r} may change it")
        return collection

    def list(self, tenant: str) -> list[CollectionInfo]:
        _validate_tenant(tenant)
        return [c.info() for c in self._collections.values() if tenant == c.owner or tenant in c.shared_with]

    def share(self, name: str, owner: str, tenant: str) -> CollectionInfo:
        collection = self.for_write(name, owner)
        _validate_tenant(tenant)
        collection.set_shared_with([*collection.shared_with, tenant])
        return collection.info()

    def unshare(self, name: str, owner: str, tenant: str) -> CollectionInfo:
        collection = self.for_write(name, owner)
        collection.set_shared_with([t for t in collection.shared_with if t != tenant])
        return collection.info()

    def delete(self, name: str, owner: str) -> None:
        collection = self.for_write(name, owner)
        with self._lock, collection.write_lock:
            self._collections.pop(name, None)
            collection.db.close()
            shutil.rmtree(collection.folder)
        logger.info("collection %s deleted by %s", name, owner)
