"""The response cache with the real MiniLM embedder, in-process and on the real Redis at REDIS_URL."""

from __future__ import annotations

import json
import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from inference.cache import (
    CacheConfigError,
    CachedAnswer,
    CachePartition,
    CacheRequest,
    CacheSettings,
    GateSettings,
    InMemoryBackend,
    InvalidCacheRequest,
    NearMissGate,
    RedisBackend,
    SemanticCache,
    replay,
)
from inference.embeddings import SentenceTransformerEmbedder
from inference.engine import Cancellation, ChatMessage, Finished, SamplingParams, TextDelta, Usage

from ..conftest import free_port  # type: ignore[import-not-found]
from .conftest import REDIS_URL

PAIRS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "gateway" / "cache_pairs.jsonl"
GREEDY = SamplingParams(max_tokens=64, temperature=0)
ACME = CachePartition(
    tenant="acme", model="qwen2.5-coder-0.5b-instruct", app="support", prompt_version="1.2.0"
)


def ask(text: str, partition: CachePartition = ACME, **overrides: object) -> CacheRequest:
    values: dict[str, object] = {
        "partition": partition,
        "messages": [ChatMessage("user", text)],
        "params": GREEDY,
    }
    values.update(overrides)
    return CacheRequest(**values)  # type: ignore[arg-type]


def answer(text: str) -> CachedAnswer:
    return CachedAnswer(
        text, "stop", Usage(prompt_tokens=20, completion_tokens=12), "qwen2.5-coder-0.5b-instruct"
    )


def lookups(outcome: str) -> float:
    return REGISTRY.get_sample_value("stockade_cache_lookups_total", {"outcome": outcome}) or 0.0


@pytest.fixture
async def cache(minilm: SentenceTransformerEmbedder) -> AsyncIterator[SemanticCache]:
    c = SemanticCache(CacheSettings(), embedder=minilm)
    yield c
    await c.close()


async def test_exact_then_semantic_hits_with_metrics(cache: SemanticCache) -> None:
    assert (await cache.lookup(ask("How do I reset my online banking password?"))).outcome == "miss"
    assert await cache.store(ask("How do I reset my online banking password?"), answer("Use the portal."))
    exact_before, semantic_before = lookups("exact"), lookups("semantic")

    exact = await cache.lookup(ask("  How do I reset my online banking password?\n"))
    assert exact.outcome == "exact" and exact.answer is not None and exact.answer.text == "Use the portal."
    semantic = await cache.lookup(ask("How can I reset my online banking password?"))
    assert semantic.outcome == "semantic" and semantic.hit
    assert semantic.similarity is not None and semantic.similarity >= 0.95
    assert semantic.matched_query == "How do I reset my online banking password?"
    assert lookups("exact") == exact_before + 1 and lookups("semantic") == semantic_before + 1


async def test_partitions_never_share_answers(cache: SemanticCache) -> None:
    question = "What documents do I need to open an account?"
    await cache.store(ask(question), answer("ID and proof of address."))
    others = [
        CachePartition("globex", ACME.model, ACME.app, ACME.prompt_version),
        CachePartition(ACME.tenant, "smollm2-135m-instruct", ACME.app, ACME.prompt_version),
        CachePartition(ACME.tenant, ACME.model, "hr-bot", ACME.prompt_version),
        CachePartition(ACME.tenant, ACME.model, ACME.app, "1.3.0"),
    ]
    for partition in others:
        assert not (await cache.lookup(ask(question, partition))).hit, partition
    assert (await cache.lookup(ask(question))).outcome == "exact"


async def test_context_and_parameters_are_part_of_the_key(cache: SemanticCache) -> None:
    question = "Summarise our travel expense policy."
    await cache.store(ask(question), answer("Economy class, receipts within 30 days."))
    with_system = ask(
        question, messages=[ChatMessage("system", "Answer in German."), ChatMessage("user", question)]
    )
    assert not (await cache.lookup(with_system)).hit
    assert not (await cache.lookup(ask(question, params=SamplingParams(max_tokens=8, temperature=0)))).hit


async def test_near_misses_are_refused_by_the_gate(minilm: SentenceTransformerEmbedder) -> None:
    # A lower threshold so that every pair below reaches the gate: the gate alone must refuse them.
    cache = SemanticCache(CacheSettings(similarity_threshold=0.85), embedder=minilm)
    cases = {
        "How do I enable two-factor authentication?": "How do I disable two-factor authentication?",
        "What is the fee for transferring 500 euros?": "What is the fee for transferring 5000 euros?",
        "Is this transaction fraudulent?": "Is this transaction not fraudulent?",
        "Is the Istanbul office open on Friday?": "Is the Ankara office open on Friday?",
    }
    rejected_before = lookups("rejected")
    for cached, query in cases.items():
        await cache.store(ask(cached), answer(f"answer to: {cached}"))
        result = await cache.lookup(ask(query))
        assert result.outcome == "rejected" and result.answer is None, (query, result.reason)
        assert result.similarity is not None and result.similarity >= 0.85
    assert lookups("rejected") == rejected_before + len(cases)
    assert (
        "numbers differ" in (await cache.lookup(ask("What is the fee for transferring 5000 euros?"))).reason
    )


def test_the_gate_on_the_labelled_pairs() -> None:
    gate = NearMissGate(GateSettings())
    rows = [json.loads(line) for line in PAIRS.read_text().splitlines()]
    for row in rows:
        verdict = gate.check(row["query"], row["cached"])
        assert verdict.accepted == (row["expect"] == "hit"), row
    off = NearMissGate(GateSettings(enabled=False))
    assert off.check("How do I enable it?", "How do I disable it?").accepted
    custom = NearMissGate(GateSettings(extra_antonyms=[("onboard", "offboard")]))
    assert custom.check("How do I onboard a vendor?", "How do I offboard a vendor?").check == "antonyms"


async def test_only_deterministic_requests_are_cached_by_default(cache: SemanticCache) -> None:
    sampled = SamplingParams(max_tokens=64, temperature=0.7)
    assert not await cache.store(ask("Tell me a joke.", params=sampled), answer("A joke."))
    assert (await cache.lookup(ask("Tell me a joke.", params=sampled))).outcome == "bypass"
    assert await cache.store(ask("Tell me a joke.", params=sampled, opt_in=True), answer("A joke."))
    assert (await cache.lookup(ask("Tell me a joke.", params=sampled, opt_in=True))).outcome == "exact"
    cancelled = CachedAnswer("Half an ans", "cancelled", Usage(5, 3), "m")
    assert not await cache.store(ask("Cancelled question"), cancelled)


async def test_entries_expire_and_partitions_stay_bounded(minilm: SentenceTransformerEmbedder) -> None:
    now = [1_000_000.0]

    def clock() -> float:
        return now[0]

    settings = CacheSettings(ttl_s=60, max_entries_per_partition=2)
    cache = SemanticCache(settings, embedder=minilm, backend=InMemoryBackend(clock), clock=clock)
    await cache.store(ask("What is the wifi password for guests?"), answer("guest123"))
    now[0] += 59
    assert (await cache.lookup(ask("What is the wifi password for guests?"))).outcome == "exact"
    now[0] += 2
    assert (await cache.lookup(ask("What is the wifi password for guests?"))).outcome == "miss"
    for q in ("Where is the nearest ATM?", "How do I cancel a direct debit?", "Who approves annual leave?"):
        await cache.store(ask(q), answer(q))
    assert not (await cache.lookup(ask("Where is the nearest ATM?"))).hit  # evicted: oldest of three
    assert (await cache.lookup(ask("Who approves annual leave?"))).outcome == "exact"


async def test_a_hit_replays_as_an_engine_stream() -> None:
    cancel = Cancellation()
    items = [item async for item in replay(answer("Paris."), cancel)]
    assert items == [TextDelta("Paris."), Finished("stop", Usage(20, 12))]
    assert cancel.final_usage == Usage(20, 12)


async def test_bad_requests_and_settings(cache: SemanticCache) -> None:
    with pytest.raises(InvalidCacheRequest, match="user message"):
        await cache.lookup(ask("x", messages=[ChatMessage("system", "only a system prompt")]))
    with pytest.raises(InvalidCacheRequest, match="empty"):
        await cache.lookup(ask("   "))
    with pytest.raises(InvalidCacheRequest, match="tenant"):
        CachePartition(tenant="", model="m")
    with pytest.raises(CacheConfigError):
        SemanticCache(CacheSettings())  # semantic without an embedder
    exact_only = SemanticCache(CacheSettings(semantic=False))
    await exact_only.store(ask("What is an IBAN?"), answer("An account number format."))
    assert (await exact_only.lookup(ask(" What is an IBAN? "))).outcome == "exact"
    assert (await exact_only.lookup(ask("What's an IBAN?"))).outcome == "miss"


async def test_an_exact_match_keeps_case_punctuation_and_layout(minilm: SentenceTransformerEmbedder) -> None:
    """Only canonically equivalent Unicode and surrounding whitespace count as the same question: case
    is meaning to a code model, and so are inner spacing, a closing "!" and superscripts."""
    exact_only = SemanticCache(CacheSettings(semantic=False))
    await exact_only.store(ask("Is the string GOAT in uppercase?"), answer('Yes, "GOAT" is uppercase.'))
    assert (await exact_only.lookup(ask("Is the string GOAT in uppercase?  "))).outcome == "exact"
    for different in (
        "Is the string goat in uppercase?",
        "is the string GOAT in uppercase?",
        "Is the string GOAT in uppercase",
        "Is the string  GOAT in uppercase?",
    ):
        assert (await exact_only.lookup(ask(different))).outcome == "miss", different
    await exact_only.store(ask("What is 5!"), answer("120"))
    assert (await exact_only.lookup(ask("What is 5"))).outcome == "miss"
    await exact_only.store(ask("Simplify x²"), answer("It is already simple."))
    assert (await exact_only.lookup(ask("Simplify x2"))).outcome == "miss"
    await exact_only.store(ask("Define caf\u00e9"), answer("A coffee house."))
    assert (await exact_only.lookup(ask("Define cafe\u0301"))).outcome == "exact"  # the same text (NFC)
    code = "Fix this:\nif x:\n    y()\nz()"
    await exact_only.store(ask(code), answer("..."))
    assert (await exact_only.lookup(ask(code.replace("\n    ", "\n")))).outcome == "miss"
    # The earlier turns are keyed as exactly.
    with_system = [ChatMessage("system", "Answer in CAPITALS."), ChatMessage("user", "Say hi")]
    await exact_only.store(ask("Say hi", messages=with_system), answer("HI"))
    lower_system = [ChatMessage("system", "answer in capitals."), ChatMessage("user", "Say hi")]
    assert (await exact_only.lookup(ask("Say hi", messages=lower_system))).outcome == "miss"

    # The embedder lowercases, so the two strings embed alike; the gate tells them apart, and any hit
    # it lets through is reported as semantic, never exact.
    cache = SemanticCache(CacheSettings(), embedder=minilm)
    await cache.store(ask("Is the string GOAT in uppercase?"), answer('Yes, "GOAT" is uppercase.'))
    lowered = await cache.lookup(ask("Is the string goat in uppercase?"))
    assert lowered.outcome == "rejected" and lowered.answer is None, lowered
    assert "names differ (GOAT)" in lowered.reason
    await cache.store(ask("How do I install Python?"), answer("Use the installer."))
    renamed = await cache.lookup(ask("how do I install python?"))
    assert renamed.outcome == "semantic" and renamed.answer is not None, renamed
    await cache.close()


@pytest.mark.redis
async def test_redis_is_shared_by_replicas_and_partitioned(minilm: SentenceTransformerEmbedder) -> None:
    prefix = f"stockade:test:{secrets.token_hex(4)}"
    settings = CacheSettings(redis_url=REDIS_URL, key_prefix=prefix, max_entries_per_partition=3)
    replica_a, replica_b = SemanticCache(settings, embedder=minilm), SemanticCache(settings, embedder=minilm)
    assert isinstance(replica_a.backend, RedisBackend)
    try:
        await replica_a.store(
            ask("How do I enable two-factor authentication?"), answer("Settings > Security.")
        )
        hit = await replica_b.lookup(ask("How can I enable two-factor authentication?"))
        assert hit.outcome == "semantic" and hit.answer == answer("Settings > Security.")
        assert (await replica_b.lookup(ask("How do I enable two-factor authentication?"))).outcome == "exact"
        near = await SemanticCache(settings.model_copy(update={"similarity_threshold": 0.85}), minilm).lookup(
            ask("How do I disable two-factor authentication?")
        )
        assert near.outcome == "rejected"
        globex = CachePartition("globex", ACME.model, ACME.app, ACME.prompt_version)
        assert not (await replica_b.lookup(ask("How do I enable two-factor authentication?", globex))).hit

        for q in (
            "Where is the nearest ATM?",
            "How do I cancel a direct debit?",
            "Who approves annual leave?",
        ):
            await replica_a.store(ask(q), answer(q))
        assert not (await replica_b.lookup(ask("How do I enable two-factor authentication?"))).hit  # evicted
        ttl = await replica_a.backend._redis.pttl(  # type: ignore[attr-defined]
            next(iter(await replica_a.backend._redis.keys(f"{prefix}:*:e:*")))  # type: ignore[attr-defined]
        )
        assert 0 < ttl <= 3600 * 1000

        await replica_a.store(ask("Where is the nearest ATM?", globex), answer("globex ATM"))
        assert await replica_a.forget_tenant("acme") == 3
        assert not (await replica_b.lookup(ask("Who approves annual leave?"))).hit
        assert (await replica_b.lookup(ask("Where is the nearest ATM?", globex))).outcome == "exact"
        await replica_a.forget_tenant("globex")
    finally:
        await replica_a.close()
        await replica_b.close()


async def test_a_dead_redis_degrades_to_uncached(minilm: SentenceTransformerEmbedder) -> None:
    cache = SemanticCache(CacheSettings(redis_url=f"redis://127.0.0.1:{free_port()}/0"), embedder=minilm)
    errors_before = lookups("error")
    result = await cache.lookup(ask("What is an IBAN?"))
    assert result.outcome == "error" and not result.hit
    assert not await cache.store(ask("What is an IBAN?"), answer("An account number format."))
    assert lookups("error") == errors_before + 1
    await cache.close()
