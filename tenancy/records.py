"""Group commit of ledger rows and their audit records.

Every request's ledger row must be committed before the client sees the end of its answer. Doing
that with one transaction per request costs a database round trip, a commit and a worker-thread hop
each time, which dominated the gateway's own overhead. Here one writer thread takes whatever rows
are waiting, writes them (and their audit records, chained in order) in a single transaction, and
then wakes each waiting request: the guarantee is the same, the commits are shared.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from dataclasses import dataclass

from tenancy.audit import AuditLog, AuditRecord
from tenancy.ledger import Ledger, LedgerEntry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Pending:
    entry: LedgerEntry
    audit: AuditRecord | None
    loop: asyncio.AbstractEventLoop
    done: asyncio.Future[None]


def _resolve(done: asyncio.Future[None], error: BaseException | None) -> None:
    if done.done():
        return
    if error is None:
        done.set_result(None)
    else:
        done.set_exception(error)


class RecordWriter:
    def __init__(self, ledger: Ledger, audit: AuditLog, *, max_batch: int = 512) -> None:
        self.store = ledger.store
        self.ledger = ledger
        self.audit = audit
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    async def write(self, entry: LedgerEntry, audit: AuditRecord | None) -> None:
        """Returns once the row (and its audit record) is committed; raises if the commit failed."""
        self._ensure_started()
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        self._queue.put(_Pending(entry, audit, loop, done))
        await done

    def _ensure_started(self) -> None:
        if self._thread is not None:
            return
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ledger-writer", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while len(batch) < self.max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            self._commit(batch)
            if stop:
                return

    def _commit(self, batch: list[_Pending]) -> None:
        error: BaseException | None = None
        try:
            with self.store.engine.begin() as connection:
                self.ledger.insert(connection, [p.entry for p in batch])
                self.audit.append_all(connection, [p.audit for p in batch if p.audit is not None])
        except Exception as exc:  # every waiting request hears of it; the transaction left nothing
            log.exception("could not commit %d ledger rows", len(batch))
            error = exc
        for pending in batch:
            # RuntimeError: that request's event loop has closed, so nobody is waiting.
            with contextlib.suppress(RuntimeError):
                pending.loop.call_soon_threadsafe(_resolve, pending.done, error)

    def close(self, timeout_s: float = 30.0) -> None:
        """Write what is queued, then stop the thread."""
        if self._thread is None:
            return
        self._queue.put(None)
        self._thread.join(timeout_s)
        self._thread = None
