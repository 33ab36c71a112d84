"""Topic restriction: a request is in scope when it is close enough to one allowed topic."""

from __future__ import annotations

import threading

import numpy as np

from guard.embedder import Embedder
from guard.policy import TopicPolicy
from guard.scanner import Finding, ScanContext, ScanResult


class TopicScanner:
    name = "topics"

    def __init__(self, policy: TopicPolicy, embedder: Embedder) -> None:
        self._policy = policy
        self._embedder = embedder
        texts: list[str] = []
        self._owner: list[int] = []
        for i, topic in enumerate(policy.topics):
            for text in (topic.description, *topic.examples):
                texts.append(text)
                self._owner.append(i)
        self._matrix = embedder.embed(texts) if texts else np.zeros((0, embedder.dim), dtype=np.float32)
        self._lock = threading.Lock()

    def best_topic(self, text: str) -> tuple[str | None, float]:
        if not len(self._owner):
            return None, 0.0
        with self._lock:
            query = self._embedder.embed([text])[0]
        sims = self._matrix @ query
        best = int(np.argmax(sims))
        return self._policy.topics[self._owner[best]].name, float(sims[best])

    def scan(self, text: str, context: ScanContext) -> ScanResult:
        topic, similarity = self.best_topic(text)
        if similarity >= self._policy.threshold:
            return ScanResult(text=text, valid=True, risk=0.0, findings=())
        finding = Finding(
            self.name,
            "OFF_TOPIC",
            0,
            len(text),
            1.0 - max(similarity, 0.0),
            "block",
            f"closest={topic} similarity={similarity:.3f}",
        )
        return ScanResult(text=text, valid=False, risk=finding.score, findings=(finding,))
