"""Added time to first token, measured pair by pair.

A p50 of each side over a few dozen requests cannot resolve a few milliseconds when the engine's own
TTFT spreads over tens of them (a CPU vLLM's prefill). Here each prompt goes to the baseline and to
the gateway back to back, at concurrency 1, the order swapped every pair so that drift in the
machine's speed falls on both sides alike; the figure is the median of the per-pair differences,
with a bootstrap interval, beside each side's own p50."""

from __future__ import annotations

import math
import random
import statistics
from dataclasses import dataclass

import aiohttp

from harness.bench.client import RequestOutput, build_payload, send_request
from harness.bench.dataset import SampleRequest
from harness.bench.errors import EndpointError
from harness.bench.options import LoadOptions, Target
from harness.bench.runner import build_requests, endpoint_url, make_session, request_headers, run_async
from harness.bench.tokenizer import load_tokenizer

_BOOTSTRAP_DRAWS = 2000


@dataclass(frozen=True)
class PairedTTFT:
    pairs: int
    baseline_ttft_p50_ms: float
    through_ttft_p50_ms: float
    added_ttft_p50_ms: float  # median of the per-pair differences
    added_ttft_ci95_ms: tuple[float, float]  # bootstrap interval of that median
    added_ttft_mean_ms: float
    # By order within the pair: the gateway's request right after its previous one (through first:
    # its code and data still warm) or right after the baseline's (it sat idle meanwhile).
    added_ttft_p50_through_first_ms: float
    added_ttft_p50_baseline_first_ms: float

    def as_dict(self) -> dict[str, object]:
        return {
            "pairs": self.pairs,
            "baseline_ttft_p50_ms": round(self.baseline_ttft_p50_ms, 2),
            "through_ttft_p50_ms": round(self.through_ttft_p50_ms, 2),
            "added_ttft_p50_ms": round(self.added_ttft_p50_ms, 2),
            "added_ttft_ci95_ms": [round(x, 2) for x in self.added_ttft_ci95_ms],
            "added_ttft_mean_ms": round(self.added_ttft_mean_ms, 2),
            "added_ttft_p50_through_first_ms": round(self.added_ttft_p50_through_first_ms, 2),
            "added_ttft_p50_baseline_first_ms": round(self.added_ttft_p50_baseline_first_ms, 2),
        }


def median_interval(values: list[float], seed: int = 0) -> tuple[float, float]:
    """95% percentile-bootstrap interval of the median."""
    rng = random.Random(seed)
    medians = sorted(statistics.median(rng.choices(values, k=len(values))) for _ in range(_BOOTSTRAP_DRAWS))
    return medians[int(0.025 * _BOOTSTRAP_DRAWS)], medians[int(0.975 * _BOOTSTRAP_DRAWS) - 1]


def summarise(baseline_ms: list[float], through_ms: list[float]) -> PairedTTFT:
    """Pairs alternate their order, the baseline first in the even ones (paired_ttft_async)."""
    differences = [t - b for b, t in zip(baseline_ms, through_ms, strict=True)]
    baseline_first, through_first = differences[0::2], differences[1::2]
    return PairedTTFT(
        pairs=len(differences),
        baseline_ttft_p50_ms=statistics.median(baseline_ms),
        through_ttft_p50_ms=statistics.median(through_ms),
        added_ttft_p50_ms=statistics.median(differences),
        added_ttft_ci95_ms=median_interval(differences),
        added_ttft_mean_ms=statistics.fmean(differences),
        # One pair has no second order to tell apart: NaN, not the other order's figure.
        added_ttft_p50_through_first_ms=statistics.median(through_first) if through_first else math.nan,
        added_ttft_p50_baseline_first_ms=statistics.median(baseline_first),
    )


async def _one(
    session: aiohttp.ClientSession, load: LoadOptions, target: Target, sample: SampleRequest
) -> RequestOutput:
    key = target.api_key.get_secret_value() if target.api_key else None
    output = await send_request(
        session,
        endpoint_url(target.base_url, load),
        build_payload(load, sample, target.model or load.model),
        request_headers(load, key),
        sample.prompt_len,
        load.endpoint == "chat",
    )
    if not output.success:
        raise EndpointError(f"{target.name}: {output.error}")
    return output


async def paired_ttft_async(load: LoadOptions, baseline: Target, through: Target) -> PairedTTFT:
    """`load.num_prompts` pairs, one request in flight at a time."""
    requests = build_requests(load, load_tokenizer(load.tokenizer))
    baseline_ms: list[float] = []
    through_ms: list[float] = []
    async with make_session(load) as session:
        for i, sample in enumerate(requests):
            if i < load.warmups:  # both paths warm: connections open, caches filled
                await _one(session, load, baseline, sample)
                await _one(session, load, through, sample)
            order = (baseline, through) if i % 2 == 0 else (through, baseline)
            outputs = {t.name: await _one(session, load, t, sample) for t in order}
            baseline_ms.append(outputs[baseline.name].ttft * 1000)
            through_ms.append(outputs[through.name].ttft * 1000)
    return summarise(baseline_ms, through_ms)


def paired_ttft(load: LoadOptions, baseline: Target, through: Target) -> PairedTTFT:
    return run_async(paired_ttft_async(load, baseline, through))
