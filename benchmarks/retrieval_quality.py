"""Retrieval quality on the labelled set in benchmarks/data/retrieval/: BM25, dense, hybrid, hybrid+rerank.

Relevance is labelled per section ("<document>#<heading>"); a ranked list of child chunks is mapped to
sections (first occurrence kept) and scored with recall@5, recall@10, MRR and nDCG@10.

    .venv/bin/python benchmarks/retrieval_quality.py [--reranker PATH] [--rrf-k 60] [--bm25-weight 1.0]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import torch  # noqa: E402

from retrieval import Retrieval, RetrievalSettings  # noqa: E402

DATA = REPO / "benchmarks" / "data" / "retrieval"
RESULTS = REPO / "benchmarks" / "results"


def metrics(ranked: list[str], relevant: set[str]) -> dict[str, float]:
    def recall(k: int) -> float:
        return len(relevant & set(ranked[:k])) / len(relevant)

    rr = next((1.0 / i for i, key in enumerate(ranked, start=1) if key in relevant), 0.0)
    dcg = sum(1.0 / math.log2(i + 1) for i, key in enumerate(ranked[:10], start=1) if key in relevant)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(relevant), 10) + 1))
    return {"recall@5": recall(5), "recall@10": recall(10), "mrr": rr, "ndcg@10": dcg / ideal}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reranker", type=Path, default=None, help="local cross-encoder folder")
    defaults = RetrievalSettings(data_dir=Path("."))
    parser.add_argument("--fusion", choices=["rrf", "minmax"], default=defaults.fusion)
    parser.add_argument("--rrf-k", type=int, default=defaults.rrf_k)
    parser.add_argument("--dense-weight", type=float, default=defaults.rrf_dense_weight)
    parser.add_argument("--bm25-weight", type=float, default=defaults.rrf_bm25_weight)
    parser.add_argument(
        "--no-chunk-headers", action="store_true", help="index child text without title/headings"
    )
    parser.add_argument("--out", default="retrieval_quality", help="file stem under benchmarks/results/")
    args = parser.parse_args()
    torch.set_num_threads(1)

    questions = [json.loads(line) for line in (DATA / "questions.jsonl").read_text().splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        settings = RetrievalSettings(
            data_dir=Path(tmp),
            reranker_path=args.reranker,
            fusion=args.fusion,
            rrf_k=args.rrf_k,
            rrf_dense_weight=args.dense_weight,
            chunk_headers=not args.no_chunk_headers,
            rrf_bm25_weight=args.bm25_weight,
        )
        retrieval = Retrieval(settings)
        report = retrieval.ingest([DATA / "docs"], "eval", "bench")
        assert not report.failed, report.failed
        # Children are keyed by document id; map ids back to the file stem the labels use.
        stems = {str(d["id"]): Path(str(d["source"])).stem for d in retrieval.list_documents("eval", "bench")}
        info = retrieval.collection_info("eval", "bench")
        methods = ["bm25", "dense", "hybrid"] + (["hybrid+rerank"] if args.reranker else [])
        results: dict[str, dict[str, float]] = {}
        for method in methods:
            rows: list[dict[str, float]] = []
            for q in questions:
                children = retrieval.rank_children("eval", q["question"], "bench", method)  # type: ignore[arg-type]
                ranked: list[str] = []
                for child in children:
                    key = f"{stems[child.document_id]}#{child.heading_path[-1] if child.heading_path else ''}"
                    if key not in ranked:
                        ranked.append(key)
                rows.append(metrics(ranked, set(q["relevant"])))
            results[method] = {m: round(statistics.fmean(r[m] for r in rows), 4) for m in rows[0]}

    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, torch threads 1, {platform.python_version()}"
    summary = {
        "machine": machine,
        "embedder": retrieval.embedder.name,
        "reranker": retrieval.reranker.name if retrieval.reranker else "none (no local cross-encoder given)",
        "settings": {
            "fusion": args.fusion,
            "rrf_k": args.rrf_k,
            "dense_weight": args.dense_weight,
            "bm25_weight": args.bm25_weight,
            "dense_top_k": settings.dense_top_k,
            "bm25_top_k": settings.bm25_top_k,
        },
        "corpus": {"documents": info.documents, "child_chunks": info.children, "questions": len(questions)},
        "metrics": results,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.out}.json").write_text(json.dumps(summary, indent=2) + "\n")
    lines = [
        f"# Retrieval quality ({info.documents} documents, {info.children} child chunks, "
        f"{len(questions)} questions)",
        "",
        f"Machine: {machine}. Embedder: {summary['embedder']}. Reranker: {summary['reranker']}.",
        f"Fusion {args.fusion} (RRF k={args.rrf_k}), "
        f"weights dense={args.dense_weight} bm25={args.bm25_weight}, "
        f"chunk headers {'off' if args.no_chunk_headers else 'on'}.",
        "",
        "| method | recall@5 | recall@10 | MRR | nDCG@10 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for method, m in results.items():
        lines.append(
            f"| {method} | {m['recall@5']:.3f} | {m['recall@10']:.3f} | {m['mrr']:.3f} | {m['ndcg@10']:.3f} |"
        )
    if not args.reranker:
        lines.append("| hybrid+rerank | not measured | | | |")
        lines += [
            "",
            "hybrid+rerank is not measured: no cross-encoder weights can be installed offline here (no PyPI "
            "package ships them; see docs/retrieval.md). Without a reranker, search returns hits in "
            'fusion order and says so (`"rerank": "none (fusion order)"`, `"order": "min-max score '
            'fusion"` or `"reciprocal rank fusion"`). Rerun with `--reranker /path/to/cross-encoder` where '
            "weights exist.",
        ]
    (RESULTS / f"{args.out}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
