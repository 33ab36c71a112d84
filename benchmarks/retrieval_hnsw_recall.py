"""HNSW vs exact search on real MiniLM embeddings of real English text (docstrings of installed packages).

Random unit vectors (retrieval_scale.py) are the worst case for HNSW: they have no low-dimensional
structure. This measures recall@10 and latency on the kind of vectors the index really holds, for a few
efSearch values, to choose the exact/HNSW threshold and efSearch.

    .venv/bin/python benchmarks/retrieval_hnsw_recall.py --chunks 20000 --queries 300
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import platform
import statistics
import sys
import sysconfig
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"


def docstring_passages(limit: int) -> list[str]:
    """Paragraphs of 20+ words from docstrings in site-packages, deduplicated, in a stable order."""
    seen: set[str] = set()
    out: list[str] = []
    root = Path(sysconfig.get_paths()["purelib"])
    for path in sorted(root.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError, OSError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef | ast.Module):
                doc = ast.get_docstring(node)
                for para in (doc or "").split("\n\n"):
                    text = " ".join(para.split())
                    if len(text.split()) >= 20 and text not in seen:
                        seen.add(text)
                        out.append(text)
                        if len(out) >= limit:
                            return out
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chunks", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--ef", type=int, nargs="+", default=[64, 128, 256])
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))

    import faiss
    import torch

    from retrieval import SentenceTransformerEmbedder

    torch.set_num_threads(os.cpu_count() or 1)
    passages = docstring_passages(args.chunks + args.queries)
    embedder = SentenceTransformerEmbedder(None, device="cpu", batch_size=64)
    started = time.perf_counter()
    vectors = embedder.embed(passages)
    embed_rate = len(passages) / (time.perf_counter() - started)
    xb, xq = vectors[: -args.queries], vectors[-args.queries :]

    flat = faiss.IndexFlatIP(xb.shape[1])
    flat.add(xb)
    hnsw = faiss.IndexHNSWFlat(xb.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = 80
    started = time.perf_counter()
    hnsw.add(xb)
    build_s = time.perf_counter() - started
    faiss.omp_set_num_threads(1)
    rows = []
    for ef in args.ef:
        hnsw.hnsw.efSearch = ef
        found, flat_ms, hnsw_ms = 0, [], []
        for q in xq:
            t0 = time.perf_counter()
            _, exact = flat.search(q[None], 50)
            t1 = time.perf_counter()
            _, approx = hnsw.search(q[None], 50)
            t2 = time.perf_counter()
            flat_ms.append((t1 - t0) * 1000)
            hnsw_ms.append((t2 - t1) * 1000)
            found += len(set(exact[0][:10]) & set(approx[0][:10]))
        rows.append(
            {
                "ef_search": ef,
                "recall@10": round(found / (10 * len(xq)), 4),
                "flat_p50_ms": round(statistics.median(flat_ms), 2),
                "hnsw_p50_ms": round(statistics.median(hnsw_ms), 2),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    summary = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs shared (load {os.getloadavg()[0]:.1f})",
        "chunks": len(xb),
        "queries": len(xq),
        "embedder": embedder.name,
        "minilm_passages_per_s": round(embed_rate, 1),
        "hnsw_build_s": round(build_s, 1),
        "rows": rows,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "retrieval_hnsw_recall.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
