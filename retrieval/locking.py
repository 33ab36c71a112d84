"""The write lock of one collection: a thread lock plus an advisory file lock, so that two processes
(two gateway replicas, or the gateway and `stockade ingest`) never write the same collection at once.

SQLite alone would keep its own file consistent, but the FAISS, BM25 and stamp files are written after
the SQLite commit from what the writer holds in memory: two interleaved writers could each publish
indexes missing the other's chunks under a stamp that calls them current. Holding this lock for the
whole write (SQLite transaction, index update, index save) rules that out; the collection also
reloads its indexes on acquiring it when another process changed the collection since.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from retrieval.errors import CollectionBusyError

LOCK_FILE = "write.lock"
_POLL_S = 0.05


class CollectionWriteLock:
    """Re-entrant within a thread; across processes an exclusive `flock` on `<folder>/write.lock`.

    A second process waits up to `timeout_s` for the lock, then raises CollectionBusyError naming the
    process that holds it. The kernel drops a `flock` when its holder dies, so a crashed writer never
    leaves the collection locked.
    """

    def __init__(
        self, folder: Path, name: str, timeout_s: float, on_acquire: Callable[[], None] | None = None
    ) -> None:
        self._path = folder / LOCK_FILE
        self._name = name
        self._timeout_s = timeout_s
        self._on_acquire = on_acquire
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    def acquire(self) -> None:
        if not self._thread_lock.acquire(timeout=self._timeout_s if self._timeout_s > 0 else 0):
            raise CollectionBusyError(
                f"collection {self._name!r} is being written by another request; try again later"
            )
        try:
            if self._depth == 0:
                self._lock_file()
            self._depth += 1
        except BaseException:
            self._thread_lock.release()
            raise
        if self._depth == 1 and self._on_acquire is not None:
            try:
                self._on_acquire()  # runs holding the lock; may take it again (re-entrant)
            except BaseException:
                self.release()
                raise

    def release(self) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._unlock_file()
        self._thread_lock.release()

    def __enter__(self) -> CollectionWriteLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def _lock_file(self) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self._timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(fd)
                    os.close(fd)
                    raise CollectionBusyError(
                        f"collection {self._name!r} is being written by another process{holder}; "
                        f"waited {self._timeout_s:g} s, try again later"
                    ) from None
                time.sleep(_POLL_S)
            except BaseException:
                os.close(fd)
                raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def _unlock_file(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def _read_holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
