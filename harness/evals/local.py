"""Run a suite against a catalog model in-process: ``python -m harness.evals.local``.

This is the offline path CI uses on every change to prompts/ (no API server, no network): it
loads the default chat model from models/catalog.yaml with llama.cpp, the default embedding model
for the embedding metrics, and with --judge a judge model: by default the catalog's largest
installed chat model, or any catalog model or OpenAI-compatible server named with --judge-model and
--judge-base-url. A model never judges its own answers unless --allow-self-judge is given, and the
report then says so. `stockade eval --base-url` runs the same EvalRunner through the full pipeline.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

from harness.evals.cache import GenerationCache
from harness.evals.engine_generate import engine_generate, engine_judge
from harness.evals.errors import EvalError
from harness.evals.generation import Judge
from harness.evals.openai_judge import largest_chat_model, openai_judge
from harness.evals.runner import EvalRunner
from harness.evals.suite import find_suite
from inference.prompts import PromptError, PromptRegistry

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m harness.evals.local", description=__doc__)
    parser.add_argument("--suite", required=True, help="suite name under --evals, or a path")
    parser.add_argument("--prompt-version", required=True, help="candidate version or range")
    parser.add_argument("--baseline-version", required=True, help="baseline version or range")
    parser.add_argument("--fail-on-regression", action="store_true")
    parser.add_argument("--model", help="catalog model id (default: the catalog's default chat model)")
    parser.add_argument(
        "--judge",
        action="store_true",
        help="score llm_judge metrics; default judge: the largest installed catalog chat model",
    )
    parser.add_argument(
        "--judge-model",
        help="the judge: a catalog chat model (llama.cpp, openai-upstream), or one --judge-base-url serves",
    )
    parser.add_argument("--judge-base-url", help="judge through this OpenAI-compatible server (…/v1)")
    parser.add_argument("--judge-api-key", default=os.environ.get("STOCKADE_JUDGE_API_KEY"))
    parser.add_argument(
        "--allow-self-judge",
        action="store_true",
        help="let the model under evaluation grade its own answers (the report is labelled self-judged)",
    )
    parser.add_argument("--no-embedder", action="store_true", help="skip the embedding metrics")
    parser.add_argument("--catalog", type=Path, default=Path("models/catalog.yaml"))
    parser.add_argument("--prompts", type=Path, default=Path("prompts"))
    parser.add_argument("--evals", type=Path, default=Path("evals"))
    parser.add_argument("--cache", type=Path, default=Path("var/eval-cache"))
    parser.add_argument("--out", type=Path, help="write the markdown report here, and JSON beside it")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--max-tokens", type=int, help="cap every answer (quick smoke runs)")
    return parser


async def _main(args: argparse.Namespace) -> int:
    # Imported here: these load native libraries and are not needed to use the harness as a library.
    from inference.catalog import CatalogError, load_catalog
    from inference.embeddings import EmbeddingSettings, SentenceTransformerEmbedder
    from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings
    from inference.weights import WeightsMismatch, WeightsUnavailable, verify_weights

    try:
        catalog = load_catalog(args.catalog)
        model_id = args.model or catalog.default_chat_model
        entry = catalog.get(model_id)
        if entry is None or entry.engine != "llamacpp":
            raise EvalError(f"model {model_id!r} is not a llama.cpp chat model in {args.catalog}")
        weights = verify_weights(entry)
    except (CatalogError, WeightsUnavailable, WeightsMismatch) as exc:
        raise EvalError(str(exc)) from exc
    if weights.path is None:
        raise EvalError(f"model {model_id!r} has no local weights")
    engine = LlamaCppEngine(
        LlamaCppSettings(model_id, weights.path, entry.context_length, threads=args.threads)
    )
    await engine.start()
    judge: Judge | None = None
    judge_model, judge_where, judge_engine = None, "in-process", None
    if args.judge or args.judge_model or args.judge_base_url:
        try:
            judge_model, judge_where, judge, judge_engine = await _judge(args, catalog, engine, model_id)
        except BaseException:
            await engine.close()
            raise
    embedder = None
    if not args.no_embedder and catalog.default_embedding_model:
        emb_entry = catalog.get(catalog.default_embedding_model)
        assert emb_entry is not None
        emb_path = verify_weights(emb_entry).path
        assert emb_path is not None
        embedder = SentenceTransformerEmbedder(
            EmbeddingSettings(
                emb_entry.id,
                emb_path,
                emb_entry.context_length,
                emb_entry.dimensions or 0,
                threads=args.threads,
            )
        )
        await embedder.start()
    try:
        suite = find_suite(args.suite, args.evals)
        if args.max_tokens:
            suite = suite.model_copy(update={"max_tokens": args.max_tokens})
        runner = EvalRunner(
            suite,
            PromptRegistry(args.prompts, reload_interval_s=0),
            engine_generate(engine, entry.price_per_1k.cost),
            model=model_id,
            embedder=embedder,
            judge=judge,
            judge_model=judge_model,
            judge_where=judge_where,
            allow_self_judge=args.allow_self_judge,
            cache=GenerationCache(args.cache),
        )
        comparison = await runner.compare(args.prompt_version, args.baseline_version)
    finally:
        await engine.close()
        if judge_engine is not None:
            await judge_engine.close()
        if embedder is not None:
            await embedder.close()
    markdown = comparison.to_markdown()
    print(markdown)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(markdown, encoding="utf-8")
        comparison.write_json(args.out.with_suffix(".json"))
    return comparison.exit_code(args.fail_on_regression)


async def _judge(
    args: argparse.Namespace, catalog: Any, engine: Any, model_id: str
) -> tuple[str, str, Judge, Any]:
    """(judge model, where it runs, the judge callable, an engine to close or None)."""
    from openai import AsyncOpenAI

    from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings
    from inference.weights import WeightsMismatch, WeightsUnavailable, verify_weights

    if args.judge_base_url:
        client = AsyncOpenAI(base_url=args.judge_base_url, api_key=args.judge_api_key or "-", max_retries=0)
        name = args.judge_model
        if name is None:
            listed = (await client.models.list()).model_dump()["data"]
            name = largest_chat_model(listed, model_id, allow_self=args.allow_self_judge)
        return name, args.judge_base_url, openai_judge(client, name), None

    def installed(entry: Any) -> bool:
        if entry.engine == "openai-upstream":
            return True
        if entry.engine != "llamacpp":
            return False
        try:
            return verify_weights(entry).path is not None
        except (WeightsUnavailable, WeightsMismatch):
            return False

    name = args.judge_model
    if name is None:
        chat = [
            {"id": m.id, "kind": m.kind, "tier": m.tier}
            for m in catalog.models
            if m.kind == "chat" and installed(m)
        ]
        name = largest_chat_model(chat, model_id, allow_self=args.allow_self_judge)
    if name == model_id:
        if not args.allow_self_judge:
            raise EvalError(
                f"the judge {name!r} is the model under evaluation: name another with --judge-model, "
                "or pass --allow-self-judge"
            )
        return name, "in-process", engine_judge(engine), None
    entry = catalog.get(name)
    if entry is None or entry.kind != "chat":
        raise EvalError(f"judge {name!r} is not a chat model in {args.catalog}")
    if entry.engine == "openai-upstream":
        endpoint = entry.upstreams[0]
        key = os.environ.get(endpoint.api_key_env) if endpoint.api_key_env else None
        client = AsyncOpenAI(base_url=endpoint.base_url, api_key=key or "-", max_retries=0)
        return name, endpoint.base_url, openai_judge(client, endpoint.served_model or entry.id), None
    if entry.engine != "llamacpp":
        raise EvalError(f"judge {name!r} runs on {entry.engine}: serve it and name it with --judge-base-url")
    try:
        weights = verify_weights(entry)
    except (WeightsUnavailable, WeightsMismatch) as exc:
        raise EvalError(f"judge {name!r}: {exc}") from exc
    assert weights.path is not None
    judge_engine = LlamaCppEngine(
        LlamaCppSettings(name, weights.path, entry.context_length, threads=args.threads)
    )
    await judge_engine.start()
    return name, "in-process", engine_judge(judge_engine), judge_engine


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    try:
        return asyncio.run(_main(args))
    except (EvalError, PromptError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
