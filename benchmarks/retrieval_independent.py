"""Retrieval quality on a knowledge base and questions this project did not write (issue #20).

The Python 3.11 FAQ and the Debian FAQ (Debian packages python3.11-doc and debian-faq; see
retrieval_independent_data.py): each answer is a document, its question the query, 40 % of the questions
at the end of 1,100 to 7,400 characters of conversation. Scored per document: recall@10 (one relevant
document per question, so also hit@10), recall@5 and MRR, on the `dev` split (tuned on) and the `blind`
split (read once, at the end), both knowledge bases together.

Rankings:
* bm25 (whole text): BM25 over the whole query, as a plain BM25 search engine reads it (the baseline of
  the outside evaluation; our BM25 index, tokenizer and stemmer);
* bm25 (focused): BM25 over the focused query, the BM25 leg of our hybrid;
* dense: all-MiniLM-L6-v2 over the focused query;
* hybrid: the search path (`Retrieval.rank_children(..., "hybrid")`) with the given settings, and with
  the settings before this benchmark (RRF k 60, weights 1/1, dense top 50, BM25 top 20);
* hybrid+rerank with --reranker.

    apt-get install python3.11-doc debian-faq
    .venv/bin/python benchmarks/retrieval_independent.py --split dev --sweep     # tune
    .venv/bin/python benchmarks/retrieval_independent.py --split blind           # report, once
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import re
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import torch  # noqa: E402
from retrieval_independent_data import Document, Question, load  # noqa: E402

from retrieval import Retrieval, RetrievalSettings  # noqa: E402
from retrieval.chunk_db import ChildRow  # noqa: E402
from retrieval.fusion import FusionMethod, fuse  # noqa: E402
from retrieval.search import RankingMethod  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"
WORK = REPO / "var" / "retrieval_independent"
TENANT = "bench"
DEPTH = 100  # candidates per retriever kept for the offline fusion sweep
BEFORE = {
    "fusion": "rrf",
    "rrf_k": 60,
    "rrf_dense_weight": 1.0,
    "rrf_bm25_weight": 1.0,
    "dense_top_k": 50,
    "bm25_top_k": 20,
}


def _file_name(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", key) + ".md"


def _ingest(retrieval: Retrieval, kb: str, docs: list[Document]) -> dict[str, str]:
    """Ingest the knowledge base once (re-runs skip unchanged files); child document id -> doc key."""
    folder = WORK / "docs" / kb
    folder.mkdir(parents=True, exist_ok=True)
    by_file = {}
    for doc in docs:
        path = folder / _file_name(doc.key)
        if not path.exists() or path.read_text() != doc.text:
            path.write_text(doc.text)
        by_file[path.name] = doc.key
    report = retrieval.ingest([folder], kb, TENANT)
    assert not report.failed, report.failed
    return {str(d["id"]): by_file[Path(str(d["source"])).name] for d in retrieval.list_documents(kb, TENANT)}


def _doc_ranking(children: Sequence[ChildRow], key_of: dict[str, str]) -> list[str]:
    ranked: list[str] = []
    for child in children:
        key = key_of[child.document_id]
        if key not in ranked:
            ranked.append(key)
    return ranked


def _metrics(ranked: list[str], relevant: str) -> dict[str, float]:
    rank = ranked.index(relevant) + 1 if relevant in ranked else 0
    return {
        "recall@5": float(0 < rank <= 5),
        "recall@10": float(0 < rank <= 10),
        "mrr": 1.0 / rank if rank else 0.0,
    }


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {m: round(statistics.fmean(r[m] for r in rows), 4) for m in rows[0]}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=["dev", "blind"], default="dev")
    parser.add_argument("--sweep", action="store_true", help="also sweep fusion settings offline (dev only)")
    parser.add_argument("--reranker", type=Path, default=None, help="local cross-encoder folder")
    parser.add_argument("--child-tokens", type=int, default=300)
    defaults = RetrievalSettings(data_dir=Path("."))
    parser.add_argument("--fusion", choices=["rrf", "minmax"], default=defaults.fusion)
    parser.add_argument("--rrf-k", type=int, default=defaults.rrf_k)
    parser.add_argument("--dense-weight", type=float, default=defaults.rrf_dense_weight)
    parser.add_argument("--bm25-weight", type=float, default=defaults.rrf_bm25_weight)
    parser.add_argument("--out", default=None, help="file stem under benchmarks/results/")
    args = parser.parse_args()
    torch.set_num_threads(1)
    if args.sweep and args.split != "dev":
        raise SystemExit("sweep on the dev split only: the blind split is read once, at the end")

    kbs = load()
    data_dir = WORK / f"data-child{args.child_tokens}"
    hybrid_settings = RetrievalSettings(
        data_dir=data_dir,
        fusion=args.fusion,
        rrf_k=args.rrf_k,
        rrf_dense_weight=args.dense_weight,
        rrf_bm25_weight=args.bm25_weight,
    )
    tuned = {k: getattr(hybrid_settings, k) for k in BEFORE}
    base = Retrieval(
        RetrievalSettings(
            data_dir=data_dir, child_tokens=args.child_tokens, dense_top_k=DEPTH, bm25_top_k=DEPTH
        )
    )
    whole = Retrieval(
        RetrievalSettings(
            data_dir=data_dir, child_tokens=args.child_tokens, bm25_top_k=DEPTH, long_query_bm25="whole"
        ),
        embedder=base.embedder,
    )
    current = Retrieval(
        hybrid_settings.model_copy(
            update={"child_tokens": args.child_tokens, "reranker_path": args.reranker}
        ),
        embedder=base.embedder,
    )
    before = Retrieval(
        RetrievalSettings(data_dir=data_dir, child_tokens=args.child_tokens).model_copy(update=BEFORE),
        embedder=base.embedder,
    )

    rows: dict[str, list[dict[str, float]]] = {}
    raw: list[tuple[Question, Scored]] = []
    questions: list[Question] = []
    info: dict[str, dict[str, int]] = {}
    for kb, (docs, kb_questions) in kbs.items():
        key_of = _ingest(base, kb, docs)
        collection_info = base.collection_info(kb, TENANT)
        chosen = [q for q in kb_questions if q.split == args.split]
        info[kb] = {
            "documents": collection_info.documents,
            "child_chunks": collection_info.children,
            "questions": len(chosen),
            "long_questions": sum(q.long for q in chosen),
        }
        questions += chosen
        rankings: list[tuple[str, Retrieval, RankingMethod]] = [
            ("bm25 (whole text)", whole, "bm25"),
            ("bm25 (focused)", base, "bm25"),
            ("dense", base, "dense"),
            ("hybrid, before (RRF k 60, 1:1, top 50/20)", before, "hybrid"),
            ("hybrid", current, "hybrid"),
        ]
        if args.reranker:
            rankings.append(("hybrid+rerank", current, "hybrid+rerank"))
        for q in chosen:
            for name, retrieval, method in rankings:
                ranked = _doc_ranking(retrieval.rank_children(kb, q.query, TENANT, method), key_of)
                for variant in ("all", "short" if not q.long else "long"):
                    rows.setdefault(f"{name}|{variant}", []).append(_metrics(ranked, q.relevant))
            if args.sweep:
                raw.append((q, _scored(base, kb, q.query, key_of)))

    methods = list(dict.fromkeys(k.split("|")[0] for k in rows))
    results = {k: _mean(v) for k, v in rows.items()}
    baseline = results["bm25 (whole text)|all"]["recall@10"]
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, torch threads 1, {platform.python_version()}"
    summary = {
        "split": args.split,
        "machine": machine,
        "embedder": base.embedder.name,
        "reranker": current.reranker.name if current.reranker else None,
        "settings": {**tuned, "child_tokens": args.child_tokens},
        "before": BEFORE,
        "knowledge_bases": info,
        "metrics": results,
    }
    total = len(questions)
    n_long = sum(q.long for q in questions)
    kb_text = ", ".join(
        f"{kb}: {v['documents']} documents, {v['child_chunks']} children" for kb, v in info.items()
    )
    lines = [
        f"# Retrieval on knowledge bases we did not write: {args.split} split",
        "",
        f"Python 3.11 FAQ + Debian FAQ ({kb_text}); "
        f"{total} questions, {n_long} of them at the end of 1,100-7,400 characters of conversation. "
        f"Embedder {base.embedder.name}; reranker {summary['reranker'] or 'none'}. "
        f"Settings: {', '.join(f'{k} {v}' for k, v in summary['settings'].items())}. {machine}.",
        "",
        "| ranking | recall@10 | × bm25 (whole text) | recall@5 | MRR | recall@10 short / long questions |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for m in methods:
        a, s, lg = results[f"{m}|all"], results.get(f"{m}|short"), results.get(f"{m}|long")
        ratio = a["recall@10"] / baseline if baseline else float("nan")
        lines.append(
            f"| {m} | {a['recall@10']:.3f} | {ratio:.2f} | {a['recall@5']:.3f} | {a['mrr']:.3f} | "
            f"{s['recall@10'] if s else 0:.3f} / {lg['recall@10'] if lg else 0:.3f} |"
        )
    if not args.reranker:
        lines.append(
            "| hybrid+rerank | not measured: no cross-encoder weights install offline here | | | | |"
        )
    if args.sweep:
        sweep = _sweep(raw)
        summary["sweep"] = sweep
        lines += [
            "",
            "Fusion sweep on this split (offline over the top 100 of each retriever), best 15 by recall@10:",
            "",
            "| fusion | recall@10 | recall@5 | MRR |",
            "| --- | --- | --- | --- |",
        ]
        for row in sweep[:15]:
            lines.append(
                f"| {row['config']} | {row['recall@10']:.3f} | {row['recall@5']:.3f} | {row['mrr']:.3f} |"
            )
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = args.out or f"retrieval_independent_{args.split}"
    (RESULTS / f"{stem}.json").write_text(json.dumps(summary, indent=2) + "\n")
    (RESULTS / f"{stem}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


Scored = tuple[list[int], list[float], list[int], list[float], dict[int, str]]


def _scored(retrieval: Retrieval, kb: str, query: str, key_of: dict[str, str]) -> Scored:
    """Dense and BM25 (focused) top DEPTH child ids and scores, and each child's document key."""
    collection = retrieval.store.for_read(kb, TENANT)
    stages = retrieval._searcher._candidates(collection, query)  # evaluation needs the scores
    dense, bm25 = stages.rankings["dense"], stages.rankings["bm25"]
    rows = collection.db.children(list({*dense, *bm25}))
    keys = {i: key_of[row.document_id] for i, row in rows.items()}
    dense_scores = [float(stages.stage_of[i].dense or 0.0) for i in dense]
    bm25_scores = [float(stages.stage_of[i].bm25 or 0.0) for i in bm25]
    return dense, dense_scores, bm25, bm25_scores, keys


def _sweep(raw: list[tuple[Question, Scored]]) -> list[dict[str, object]]:
    configs: list[tuple[str, FusionMethod, int, float, int, int]] = []
    for k, wd, dd, db in itertools.product(
        (10, 30, 60, 100), (1.0, 1.5, 2.0, 3.0), (20, 50, 100), (10, 20, 50, 100)
    ):
        configs.append((f"rrf k {k}, dense:bm25 {wd}:1, top {dd}/{db}", "rrf", k, wd, dd, db))
    for alpha, dd, db in itertools.product((0.3, 0.4, 0.5, 0.6, 0.7, 0.8), (20, 50, 100), (10, 20, 50, 100)):
        configs.append(
            (
                f"min-max, dense:bm25 {alpha}:{1 - alpha:.1f}, top {dd}/{db}",
                "minmax",
                60,
                alpha / (1 - alpha),
                dd,
                db,
            )
        )
    out: list[dict[str, object]] = []
    for label, method, k, wd, dd, db in configs:
        rows = []
        for q, (dense, dscores, bm25, bscores, keys) in raw:
            fused = fuse(
                {"dense": dense[:dd], "bm25": bm25[:db]},
                {"dense": dscores[:dd], "bm25": bscores[:db]},
                method=method,
                k=k,
                weights={"dense": wd, "bm25": 1.0},
            )
            ranked = list(dict.fromkeys(keys[i] for i, _ in fused))
            rows.append(_metrics(ranked, q.relevant))
        out.append({"config": label, **_mean(rows)})
    out.sort(key=lambda r: (-float(r["recall@10"]), -float(r["mrr"])))  # type: ignore[arg-type]
    return out


if __name__ == "__main__":
    main()
