"""Added TTFT measured pair by pair: the statistics on known numbers, then a known delay between
two stand-ins."""

from __future__ import annotations

import pytest

from harness.bench.errors import EndpointError
from harness.bench.options import LoadOptions, Target
from harness.bench.paired import median_interval, paired_ttft, summarise

from .conftest import TTFT_MS


def test_the_figure_is_the_median_of_per_pair_differences_not_of_the_sides() -> None:
    # Side p50s differ by 10 ms, but every pair differs by exactly 1 ms: the drift of the machine
    # (the baseline slowing from 10 to 50 ms) is shared by both requests of a pair.
    baseline = [10.0, 20.0, 30.0, 40.0, 50.0]
    through = [11.0, 21.0, 31.0, 41.0, 51.0]
    result = summarise(baseline, through)
    assert result.pairs == 5
    assert result.added_ttft_p50_ms == pytest.approx(1.0)
    assert result.added_ttft_ci95_ms == pytest.approx((1.0, 1.0))
    assert result.baseline_ttft_p50_ms == 30.0 and result.through_ttft_p50_ms == 31.0


def test_the_two_orders_are_told_apart() -> None:
    # Even pairs send the baseline first, odd pairs the gateway first (its previous request was its
    # own): a gateway slower after sitting idle shows in the even pairs only.
    baseline = [100.0] * 6
    through = [109.0, 103.0, 109.0, 103.0, 109.0, 103.0]
    result = summarise(baseline, through)
    assert result.added_ttft_p50_baseline_first_ms == pytest.approx(9.0)
    assert result.added_ttft_p50_through_first_ms == pytest.approx(3.0)
    assert result.added_ttft_p50_ms == pytest.approx(6.0)


def test_the_interval_brackets_the_median_and_widens_with_spread() -> None:
    tight = median_interval([5.0 + 0.01 * i for i in range(-20, 21)])
    loose = median_interval([5.0 + 1.0 * i for i in range(-20, 21)])
    assert tight[0] <= 5.0 <= tight[1] and loose[0] <= 5.0 <= loose[1]
    assert loose[1] - loose[0] > tight[1] - tight[0]
    with pytest.raises(ValueError):
        summarise([1.0, 2.0], [1.0])  # unpaired lists are a caller's error, not a figure


def test_a_known_delay_comes_out_as_the_added_ttft(instant_standin: str, slow_standin: str) -> None:
    load = LoadOptions.build(
        model="standin", num_prompts=6, input_len=16, output_len=2, max_concurrency=1, warmups=1
    )
    result = paired_ttft(
        load,
        Target.build(name="direct", base_url=instant_standin),
        Target.build(name="delayed", base_url=slow_standin),
    )
    assert result.pairs == 6
    # The slow stand-in sleeps TTFT_MS before its first chunk; the instant one does not. Each pair's
    # difference is at least the sleep less that pair's baseline, so their median is at least the
    # sleep less the baseline's median, on a loaded machine too (a fixed 1 ms margin was not).
    assert result.added_ttft_p50_ms >= TTFT_MS - result.baseline_ttft_p50_ms
    assert result.through_ttft_p50_ms >= TTFT_MS
    assert result.as_dict()["pairs"] == 6


def test_a_failing_side_stops_the_measurement(instant_standin: str) -> None:
    load = LoadOptions.build(model="standin", num_prompts=2, input_len=8, output_len=2, max_concurrency=1)
    wrong = Target.build(name="wrong", base_url=instant_standin + "/nowhere")
    with pytest.raises(EndpointError, match="wrong"):
        paired_ttft(load, Target.build(name="direct", base_url=instant_standin), wrong)
