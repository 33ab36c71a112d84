"""Conversation-length queries: quality and cost of focusing the dense query (retrieval/query_focus.py).

Each labelled question of benchmarks/data/retrieval/ is put at the end of about 7,000 characters of
background: whole documents of the same set other than the one that answers it, so the background is on
topics the collection really covers, as it is in a conversation. Scored like retrieval_quality.py
(sections, recall@5, MRR), against the short question alone and against what the embedder read before
(the first 254 tokens). Then the time of focusing and of BM25 on one such query, median of 15 runs.

    nice -n 10 taskset -c 1 .venv/bin/python benchmarks/retrieval_long_queries.py
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import torch  # noqa: E402

from retrieval import Retrieval, RetrievalSettings, SentenceTransformerEmbedder  # noqa: E402
from retrieval.query_focus import focus_query  # noqa: E402

DATA = REPO / "benchmarks" / "data" / "retrieval"
RESULTS = REPO / "benchmarks" / "results"
CHARS = 7000
RUNS = 15


def conversation(question: str, relevant_docs: set[str], docs: dict[str, str], rng: random.Random) -> str:
    others = [name for name in sorted(docs) if name not in relevant_docs]
    rng.shuffle(others)
    background = ""
    for name in others:
        background += docs[name] + "\n\n"
        if len(background) >= CHARS:
            break
    room = CHARS - len(question) - 2
    cut = background.rfind(" ", 0, room)
    return background[:cut].rstrip() + "\n\n" + question


def prefix_read(embedder: SentenceTransformerEmbedder, text: str) -> str:
    tokenizer = embedder.model.tokenizer
    ids = tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"][: embedder.max_tokens - 2]
    return str(tokenizer.decode(ids))


def median_ms(func: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--background",
        choices=["collection", "unrelated"],
        default="collection",
        help="collection: other documents of the labelled set (a conversation that quoted the knowledge "
        "base); unrelated: this repository's own docs/*.md, which the collection does not cover",
    )
    args = parser.parse_args()
    torch.set_num_threads(1)
    questions = [json.loads(line) for line in (DATA / "questions.jsonl").read_text().splitlines() if line]
    docs = {p.stem: p.read_text() for p in sorted((DATA / "docs").glob("*.md"))}
    background_docs = (
        docs
        if args.background == "collection"
        else {p.stem: p.read_text() for p in sorted((REPO / "docs").glob("*.md"))}
    )
    rng = random.Random(20)
    with tempfile.TemporaryDirectory() as tmp:
        retrieval = Retrieval(RetrievalSettings(data_dir=Path(tmp)))
        embedder = retrieval.embedder
        assert isinstance(embedder, SentenceTransformerEmbedder)
        report = retrieval.ingest([DATA / "docs"], "eval", "bench")
        assert not report.failed, report.failed
        stems = {str(d["id"]): Path(str(d["source"])).stem for d in retrieval.list_documents("eval", "bench")}

        def variant(key_terms: int, bm25: str) -> Retrieval:
            update = {"long_query_key_terms": key_terms, "long_query_bm25": bm25}
            return Retrieval(retrieval.settings.model_copy(update=update), embedder=embedder)

        default, terms4 = retrieval, variant(4, "focused")
        whole, whole_terms4 = variant(0, "whole"), variant(4, "whole")

        def score(r: Retrieval, query: str, method: str, relevant: set[str]) -> tuple[float, float]:
            ranked: list[str] = []
            for child in r.rank_children("eval", query, "bench", method):  # type: ignore[arg-type]
                key = f"{stems[child.document_id]}#{child.heading_path[-1] if child.heading_path else ''}"
                if key not in ranked:
                    ranked.append(key)
            recall5 = len(relevant & set(ranked[:5])) / len(relevant)
            rr = next((1.0 / i for i, key in enumerate(ranked, start=1) if key in relevant), 0.0)
            return recall5, rr

        rows: dict[str, list[tuple[float, float]]] = {}
        lengths = []
        for q in questions:
            relevant = set(q["relevant"])
            long = conversation(q["question"], {r.split("#")[0] for r in relevant}, background_docs, rng)
            lengths.append(len(long))
            cases = {
                "short question alone: hybrid (the ceiling)": (default, q["question"], "hybrid"),
                "before (refused with 400); dense on what the embedder read of it: the first 254 tokens": (
                    default,
                    prefix_read(embedder, long),
                    "dense",
                ),
                "BM25 on the whole text": (whole, long, "bm25"),
                "**default**: dense on the focused query (the question)": (default, long, "dense"),
                "**default**: BM25 on the focused query": (default, long, "bm25"),
                "**default**: hybrid, both on the focused query": (default, long, "hybrid"),
                "4 key terms: dense on question + key terms": (terms4, long, "dense"),
                "4 key terms: hybrid, both on question + key terms": (terms4, long, "hybrid"),
                "hybrid, dense on the question, BM25 on the whole text": (whole, long, "hybrid"),
                "hybrid, dense on question + 4 key terms, BM25 on the whole text": (
                    whole_terms4,
                    long,
                    "hybrid",
                ),
            }
            for label, (r, text, method) in cases.items():
                rows.setdefault(label, []).append(score(r, text, method, relevant))
        quality = {
            label: {
                "recall@5": round(statistics.fmean(r for r, _ in values), 4),
                "mrr": round(statistics.fmean(m for _, m in values), 4),
            }
            for label, values in rows.items()
        }

        sample = conversation(
            questions[0]["question"], {"travel-expenses"}, background_docs, random.Random(1)
        )
        snapshot = retrieval.store.for_read("eval", "bench").snapshot()
        timing = {
            "query_chars": len(sample),
            "focus_ms (question alone, the default)": median_ms(lambda: focus_query(sample, embedder)),
            "focus_ms (question + 4 key terms)": median_ms(
                lambda: focus_query(sample, embedder, snapshot.bm25.key_terms, 4)
            ),
            "key_terms_ms": median_ms(lambda: snapshot.bm25.key_terms(sample, 12)),
            "bm25_whole_text_ms (no focusing)": median_ms(lambda: snapshot.bm25.search(sample, 20)),
            "focus + bm25_focused_ms": median_ms(
                lambda: snapshot.bm25.search(focus_query(sample, embedder).text, 20)
            ),
            "bm25_question_alone_ms": median_ms(lambda: snapshot.bm25.search(questions[0]["question"], 20)),
            "embed_focused_ms": median_ms(lambda: embedder.embed([focus_query(sample, embedder).text])),
            "search_long_ms (default)": median_ms(lambda: retrieval.search("eval", sample, "bench")),
            "search_long_ms (BM25 on the whole text)": median_ms(
                lambda: whole.search("eval", sample, "bench")
            ),
            "search_question_alone_ms": median_ms(
                lambda: retrieval.search("eval", questions[0]["question"], "bench")
            ),
        }
        children = retrieval.collection_info("eval", "bench").children

    load = os.getloadavg()
    summary = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs (shared), torch threads 1, "
        f"load average {load[0]:.1f} at the end",
        "embedder": embedder.name,
        "background": args.background,
        "corpus": {"documents": len(docs), "child_chunks": children, "questions": len(questions)},
        "long_query_chars": {"min": min(lengths), "max": max(lengths)},
        "quality": quality,
        "timing_median_ms": timing,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"retrieval_long_queries_{args.background}.json").write_text(
        json.dumps(summary, indent=2) + "\n"
    )
    lines = [
        f"# Long queries ({len(questions)} questions after ~{CHARS:,} characters of {args.background} "
        "background)",
        "",
        f"{summary['machine']}; {embedder.name}; {children} child chunks.",
        "",
        "| ranking | recall@5 | MRR |",
        "| --- | --- | --- |",
        *(f"| {label} | {v['recall@5']:.3f} | {v['mrr']:.3f} |" for label, v in quality.items()),
        "",
        f"Timing on one {timing['query_chars']:,}-character query, median of {RUNS} runs (ms):",
        "",
        "| stage | ms |",
        "| --- | --- |",
        *(f"| {k} | {v} |" for k, v in timing.items() if k != "query_chars"),
        "",
    ]
    (RESULTS / f"retrieval_long_queries_{args.background}.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
