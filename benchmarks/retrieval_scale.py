"""Retrieval at scale: index build rate, memory, load time and query latency at 10k / 100k / 1M children.

Corpus: synthetic text (Zipf-distributed pseudo-words, 40-70 words per child chunk) with random unit
vectors standing in for embeddings, written straight to the collection's SQLite store (embedding 1M
chunks with MiniLM on 2 cores would take hours; its throughput is measured and reported separately).
Queries: real MiniLM query embedding + FAISS + BM25 + fusion + parent fetch + context, i.e. the full
`Retrieval.search` path. "with rerank" uses a cross-encoder the size of ms-marco-MiniLM-L-6-v2
(all-MiniLM-L6-v2's encoder with an untrained scoring head: right cost, meaningless order).
Each size is built in one subprocess and queried in another that loads it from disk, as a restarted
gateway would, so that its memory figures are its own. Everything runs on one thread; pin the run to one
core on a shared machine:

    nice -n 10 taskset -c 1 .venv/bin/python benchmarks/retrieval_scale.py \
        --sizes 10000 100000 1000000 --queries 150 --rerank-queries 20
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
CHILDREN_PER_PARENT = 5
ROUNDS = 3
PARENTS_PER_DOCUMENT = 4


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss / 2**20)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def _vocabulary(rng, size: int = 30_000) -> list[str]:  # type: ignore[no-untyped-def]
    syllables = [
        "ka",
        "lo",
        "mi",
        "ne",
        "ru",
        "ta",
        "vo",
        "zi",
        "be",
        "do",
        "fa",
        "gu",
        "he",
        "ji",
        "pe",
        "so",
    ]
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables, size=rng.integers(2, 5))))
    return sorted(words)


def _texts(rng, vocab: list[str], n: int) -> list[str]:  # type: ignore[no-untyped-def]
    import numpy as np

    ranks = np.arange(1, len(vocab) + 1)
    p = 1.0 / ranks**1.1
    p /= p.sum()
    lengths = rng.integers(40, 71, size=n)
    words = rng.choice(len(vocab), size=int(lengths.sum()), p=p)
    out, start = [], 0
    for length in lengths:
        out.append(" ".join(vocab[i] for i in words[start : start + length]))
        start += length
    return out


def _minilm_cross_encoder(folder: Path) -> Path:
    from transformers import AutoTokenizer, BertForSequenceClassification

    from retrieval.embedders import bundled_minilm_path

    source = bundled_minilm_path()
    model = BertForSequenceClassification.from_pretrained(str(source), num_labels=1)
    model.save_pretrained(str(folder))
    AutoTokenizer.from_pretrained(str(source)).save_pretrained(str(folder))
    return folder


def _settings(data_dir: Path, hnsw_threshold: int | None):  # type: ignore[no-untyped-def]
    from retrieval import RetrievalSettings

    overrides = {} if hnsw_threshold is None else {"hnsw_threshold": hnsw_threshold}
    return RetrievalSettings(data_dir=data_dir, **overrides)  # type: ignore[arg-type]


def build_worker(size: int, data_dir: Path, hnsw_threshold: int | None) -> dict[str, object]:
    """Write `size` children to a collection under data_dir and build its indexes, timing each step."""
    import faiss
    import numpy as np
    import torch

    from retrieval import Retrieval, SentenceTransformerEmbedder
    from retrieval.bm25 import Bm25Index
    from retrieval.chunking import ChildChunk, ParentChunk

    torch.set_num_threads(1)
    faiss.omp_set_num_threads(1)  # one core: the index build gets no more than a query does
    rng = np.random.default_rng(7)
    vocab = _vocabulary(rng)
    result: dict[str, object] = {"children": size}
    embedder = SentenceTransformerEmbedder(None, device="cpu")
    base_rss = _rss_mb()  # figures below exclude torch and the MiniLM model themselves
    settings = _settings(data_dir, hnsw_threshold)
    result["hnsw_threshold"] = settings.hnsw_threshold
    result["hnsw_m"] = settings.hnsw_m
    result["hnsw_ef_construction"] = settings.hnsw_ef_construction
    result["hnsw_ef_search"] = settings.hnsw_ef_search
    retrieval = Retrieval(settings, embedder=embedder)
    retrieval.create_collection("scale", "bench")
    collection = retrieval.store.for_write("scale", "bench")

    started = time.perf_counter()
    per_doc = CHILDREN_PER_PARENT * PARENTS_PER_DOCUMENT
    batch_docs = 500
    doc = 0
    while doc * per_doc < size:
        texts = _texts(rng, vocab, batch_docs * per_doc)
        vectors = rng.standard_normal((len(texts), 384), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        for d in range(batch_docs):
            if doc * per_doc >= size:
                break
            parents = []
            for p in range(PARENTS_PER_DOCUMENT):
                first = d * per_doc + p * CHILDREN_PER_PARENT
                kids = tuple(
                    ChildChunk(texts[i], None, (f"Section {p}",), 60)
                    for i in range(first, first + CHILDREN_PER_PARENT)
                )
                parents.append(
                    ParentChunk(
                        "\n\n".join(k.text for k in kids),
                        None,
                        None,
                        (f"Section {p}",),
                        60 * CHILDREN_PER_PARENT,
                        kids,
                    )
                )
            rows = slice(d * per_doc, (d + 1) * per_doc)
            headers = [f"doc{doc} > Section {i // CHILDREN_PER_PARENT}" for i in range(per_doc)]
            collection.db.replace_document(
                f"doc{doc:07d}",
                f"synthetic/doc{doc}.txt",
                f"doc{doc}",
                "text",
                "x",
                0,
                parents,
                vectors[rows],
                None,
                headers,
            )
            doc += 1
    result["sqlite_write_s"] = round(time.perf_counter() - started, 2)

    child_ids, texts = collection.db.all_texts()
    started = time.perf_counter()
    Bm25Index.build(child_ids, texts, stemmer_language="english", stopwords="en")
    result["bm25_build_s"] = round(time.perf_counter() - started, 2)
    del texts, child_ids
    # What Collection.rebuild_indexes does after an ingest, step by step: read the vectors from
    # SQLite, build the dense index, then build BM25 and save everything.
    with collection.write_lock:
        started = time.perf_counter()
        ids, vectors = collection.db.all_vectors(collection.dim)
        result["read_vectors_s"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        dense = collection._build_dense(ids, vectors)
        result["dense_build_s"] = round(time.perf_counter() - started, 2)
        del ids, vectors
        started = time.perf_counter()
        collection._publish(dense)
        result["bm25_build_and_save_s"] = round(time.perf_counter() - started, 2)
    index_s = float(result["read_vectors_s"]) + float(result["dense_build_s"])  # type: ignore[arg-type]
    index_s += float(result["bm25_build_and_save_s"])  # type: ignore[arg-type]
    result["index_rebuild_s"] = round(index_s, 2)
    result["dense_index"] = collection.snapshot().dense.kind
    total_build = float(result["sqlite_write_s"]) + index_s  # type: ignore[arg-type]
    result["build_children_per_s"] = round(size / total_build)
    result["rss_after_build_mb"] = round(_rss_mb() - base_rss)
    result["disk_mb"] = round(sum(f.stat().st_size for f in data_dir.rglob("*") if f.is_file()) / 2**20)
    result["build_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def query_worker(
    data_dir: Path, queries: int, rerank_queries: int, hnsw_threshold: int | None
) -> dict[str, object]:
    """Load the collection built by build_worker in a fresh process and time searches."""
    import faiss
    import numpy as np
    import torch

    from retrieval import CrossEncoderReranker, Retrieval, SentenceTransformerEmbedder

    torch.set_num_threads(1)
    faiss.omp_set_num_threads(1)  # a request gets one core; the other serves the next request
    rng = np.random.default_rng(8)
    vocab = _vocabulary(np.random.default_rng(7))
    result: dict[str, object] = {}
    embedder = SentenceTransformerEmbedder(None, device="cpu")
    embedder.embed(["warm up"])
    base_rss = _rss_mb()
    settings = _settings(data_dir, hnsw_threshold)

    started = time.perf_counter()
    reloaded = Retrieval(settings, embedder=embedder)
    result["load_s"] = round(time.perf_counter() - started, 2)
    result["rss_loaded_mb"] = round(_rss_mb() - base_rss)

    query_texts = [" ".join(rng.choice(vocab[:3000], size=rng.integers(3, 7))) for _ in range(queries)]
    sequential = Retrieval(settings.model_copy(update={"bm25_in_parallel": False}), embedder=embedder)
    for q in query_texts[:5]:  # warm-up
        reloaded.search("scale", q, "bench")
        sequential.search("scale", q, "bench")
    # Rounds of interleaved queries: BM25 beside the embedding vs after it, under the same load.
    rounds: dict[str, list[list[float]]] = {"parallel": [], "sequential": []}
    for _ in range(ROUNDS):
        timings: dict[str, list[float]] = {"parallel": [], "sequential": []}
        for q in query_texts:
            for mode, engine in (("parallel", reloaded), ("sequential", sequential)):
                started = time.perf_counter()
                engine.search("scale", q, "bench")
                timings[mode].append((time.perf_counter() - started) * 1000)
        for mode, values in timings.items():
            rounds[mode].append(values)
    for mode, per_round in rounds.items():
        suffix = "" if mode == "parallel" else "_sequential_bm25"
        every = [v for r in per_round for v in r]
        result[f"search_p50_ms{suffix}"] = round(
            statistics.median(statistics.median(r) for r in per_round), 1
        )
        result[f"search_p99_ms{suffix}"] = round(_percentile(every, 99), 1)
        result[f"search_round_p50s_ms{suffix}"] = [round(statistics.median(r), 1) for r in per_round]

    stage_ms: dict[str, list[float]] = {"embed": [], "dense": [], "bm25": []}
    collection = reloaded.store.for_read("scale", "bench")
    snapshot = collection.snapshot()
    query_vectors = []
    for q in query_texts:
        t0 = time.perf_counter()
        vector = embedder.embed([q])[0]
        t1 = time.perf_counter()
        snapshot.dense.search(vector, 50)
        t2 = time.perf_counter()
        snapshot.bm25.search(q, 20)
        t3 = time.perf_counter()
        stage_ms["embed"].append((t1 - t0) * 1000)
        stage_ms["dense"].append((t2 - t1) * 1000)
        stage_ms["bm25"].append((t3 - t2) * 1000)
        query_vectors.append(vector)
    result["stage_p50_ms"] = {k: round(statistics.median(v), 2) for k, v in stage_ms.items()}
    result["stage_p99_ms"] = {k: round(_percentile(v, 99), 2) for k, v in stage_ms.items()}
    result["dense_index"] = snapshot.dense.kind
    if snapshot.dense.kind == "hnsw":
        # Recall of the approximate index on these random corpus vectors, the worst case for a graph
        # index; benchmarks/retrieval_hnsw_recall.py measures it on real embeddings.
        ids, vectors = collection.db.all_vectors(collection.dim)
        flat = faiss.IndexFlatIP(collection.dim)
        flat.add(vectors)
        found = 0
        for vector in query_vectors:
            _, exact = flat.search(vector[None], 10)
            approx, _ = snapshot.dense.search(vector, 50)
            found += len(set(ids[exact[0]].tolist()) & set(approx[:10].tolist()))
        result["hnsw_recall@10_random_vectors"] = round(found / (10 * len(query_vectors)), 3)
        del flat, vectors, ids

    with tempfile.TemporaryDirectory() as model_dir:
        reranker = CrossEncoderReranker(_minilm_cross_encoder(Path(model_dir)), device="cpu")
        reranked = Retrieval(settings, embedder=embedder, reranker=reranker)
        reranked.search("scale", query_texts[0], "bench")  # warm-up
        rerank_latencies = []
        for q in query_texts[:rerank_queries]:
            started = time.perf_counter()
            reranked.search("scale", q, "bench")
            rerank_latencies.append((time.perf_counter() - started) * 1000)
    result["search_rerank_p50_ms"] = round(statistics.median(rerank_latencies), 1)
    result["search_rerank_p99_ms"] = round(_percentile(rerank_latencies, 99), 1)
    result["rerank_queries"] = len(rerank_latencies)
    result["rerank_candidates"] = settings.rerank_candidates
    result["query_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["load_average_end"] = round(os.getloadavg()[0], 2)
    return result


def flat_vs_hnsw(sizes: list[int], queries: int = 200) -> list[dict[str, float]]:
    """Exact vs HNSW top-50 latency (1 thread) and HNSW recall@10 on random unit vectors."""
    import faiss
    import numpy as np

    faiss.omp_set_num_threads(1)
    rng = np.random.default_rng(3)
    rows = []
    for n in sizes:
        xb = rng.standard_normal((n, 384), dtype=np.float32)
        xb /= np.linalg.norm(xb, axis=1, keepdims=True)
        xq = rng.standard_normal((queries, 384), dtype=np.float32)
        xq /= np.linalg.norm(xq, axis=1, keepdims=True)
        flat = faiss.IndexFlatIP(384)
        flat.add(xb)
        faiss.omp_set_num_threads(os.cpu_count() or 1)
        hnsw = faiss.IndexHNSWFlat(384, 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 80
        started = time.perf_counter()
        hnsw.add(xb)
        build_s = time.perf_counter() - started
        faiss.omp_set_num_threads(1)
        hnsw.hnsw.efSearch = 128
        timings: dict[str, list[float]] = {"flat": [], "hnsw": []}
        found = 0
        for q in xq:
            t0 = time.perf_counter()
            _, exact = flat.search(q[None], 50)
            t1 = time.perf_counter()
            _, approx = hnsw.search(q[None], 50)
            t2 = time.perf_counter()
            timings["flat"].append((t1 - t0) * 1000)
            timings["hnsw"].append((t2 - t1) * 1000)
            found += len(set(exact[0][:10]) & set(approx[0][:10]))
        rows.append(
            {
                "children": n,
                "flat_p50_ms": round(statistics.median(timings["flat"]), 2),
                "hnsw_p50_ms": round(statistics.median(timings["hnsw"]), 2),
                "hnsw_recall@10": round(found / (10 * queries), 3),
                "hnsw_build_s": round(build_s, 1),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--rerank-queries", type=int, default=30)
    parser.add_argument(
        "--hnsw-threshold", type=int, default=None, help="default: RetrievalSettings.hnsw_threshold"
    )
    parser.add_argument(
        "--threshold-sizes",
        type=int,
        nargs="*",
        default=[],
        help="also time exact vs HNSW on random vectors at these sizes (retrieval_hnsw_recall.py does "
        "it on real embeddings)",
    )
    parser.add_argument("--worker", choices=["build", "query"], default=None, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", default="retrieval_scale")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))

    if args.worker == "build":
        print("RESULT " + json.dumps(build_worker(args.size, args.data_dir, args.hnsw_threshold)))
        return
    if args.worker == "query":
        result = query_worker(args.data_dir, args.queries, args.rerank_queries, args.hnsw_threshold)
        print("RESULT " + json.dumps(result))
        return

    load = os.getloadavg()[0]
    machine = (
        f"{platform.machine()}, {os.cpu_count()} CPUs shared with other jobs "
        f"(load average {load:.1f} at start), "
        f"1 thread per query, Python {platform.python_version()}"
    )
    threshold_rows = flat_vs_hnsw(args.threshold_sizes) if args.threshold_sizes else []
    runs = []
    for size in args.sizes:
        # Build and query in two fresh processes: the loaded RSS is then that of a gateway that
        # starts on an existing data folder, without what the build left in the allocator.
        with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
            run: dict[str, object] = {}
            for phase in ("build", "query"):
                cmd = [sys.executable, __file__, "--worker", phase, "--size", str(size), "--data-dir", tmp]
                cmd += ["--queries", str(args.queries), "--rerank-queries", str(args.rerank_queries)]
                if args.hnsw_threshold is not None:
                    cmd += ["--hnsw-threshold", str(args.hnsw_threshold)]
                out = subprocess.run(cmd, capture_output=True, text=True, check=False)
                line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
                if line is None:
                    raise SystemExit(f"size {size} ({phase}) failed:\n{out.stderr[-3000:]}")
                run.update(json.loads(line[len("RESULT ") :]))
                print(phase, json.dumps(run), flush=True)
        run["peak_rss_mb"] = max(int(run["build_peak_rss_mb"]), int(run["query_peak_rss_mb"]))  # type: ignore[call-overload]
        runs.append(run)
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{args.out}.partial.tmp").write_text(json.dumps(runs, indent=2) + "\n")

    RESULTS.mkdir(parents=True, exist_ok=True)
    summary = {
        "machine": machine,
        "hnsw_threshold": runs[0]["hnsw_threshold"] if runs else args.hnsw_threshold,
        "runs": runs,
        "flat_vs_hnsw": threshold_rows,
    }
    (RESULTS / f"{args.out}.json").write_text(json.dumps(summary, indent=2) + "\n")
    lines = [
        "# Retrieval scale",
        "",
        f"Machine: {machine}.",
        "Synthetic text, random unit vectors for the corpus, real MiniLM query embedding. Search p50 is the "
        f"median of {ROUNDS} rounds' medians of {args.queries} queries, p99 over all of them; rerank over "
        f"{args.rerank_queries} queries. Memory excludes torch and MiniLM (about 0.9 GB).",
        "",
        "| children | dense | build children/s | build s: SQLite / dense / BM25+save | RSS loaded MB | "
        "peak RSS MB | disk MB | load s | search p50 / p99 ms | BM25 after embedding p50 / p99 ms | "
        "with rerank p50 / p99 ms | stage p50 ms (embed / dense / bm25) | HNSW recall@10 (random vectors) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in runs:
        st = r["stage_p50_ms"]
        assert isinstance(st, dict)
        lines.append(
            f"| {r['children']:,} | {r['dense_index']} | {r['build_children_per_s']:,} | "
            f"{r['sqlite_write_s']} / {r['dense_build_s']} / {r['bm25_build_and_save_s']} | "
            f"{r['rss_loaded_mb']:,} | {r['peak_rss_mb']:,} | "
            f"{r['disk_mb']:,} | {r['load_s']} | {r['search_p50_ms']} / {r['search_p99_ms']} | "
            f"{r['search_p50_ms_sequential_bm25']} / {r['search_p99_ms_sequential_bm25']} | "
            f"{r['search_rerank_p50_ms']} / {r['search_rerank_p99_ms']} | "
            f"{st['embed']} / {st['dense']} / {st['bm25']} | {r.get('hnsw_recall@10_random_vectors', '-')} |"
        )
    if threshold_rows:
        lines += [
            "",
            "| children | exact top-50 p50 ms | HNSW top-50 p50 ms | HNSW recall@10 | HNSW build s |",
            "| --- | --- | --- | --- | --- |",
        ]
        for t in threshold_rows:
            lines.append(
                f"| {t['children']:,} | {t['flat_p50_ms']} | {t['hnsw_p50_ms']} | {t['hnsw_recall@10']} | "
                f"{t['hnsw_build_s']} |"
            )
    (RESULTS / f"{args.out}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
