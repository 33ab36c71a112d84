"""PERSON spans on real, unlabelled prompts: a precision check that the labelled sets do not give.

    .venv/bin/python benchmarks/guard_pii_real_prompts.py [--tag _after] [--show 50] [--no-person-span-model]

Reads the 1,033 prompts of ``benchmarks/data/guard/injection_heldout.jsonl`` (real user prompts of
many languages, attacks and benign ones; see ``guard_injection.py``) and counts the PERSON spans the
library default policy finds: all of them, distinct spellings, and distinct spellings per
recognizer. There are no labels: a rise means more text masked, and the distinct spans written to
``benchmarks/results/guard_pii_real_prompts<tag>.json`` say how much of it is people.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from guard_common import add_onnx_ner_arguments, onnx_ner_fields, person_span_counts, write

from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy

HELDOUT = Path(__file__).resolve().parent / "data" / "guard" / "injection_heldout.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tag", default="")
    parser.add_argument("--show", type=int, default=0, help="print the N most frequent distinct spans")
    parser.add_argument(
        "--spacy-model", default=PIIPolicy().spacy_model, help="a spaCy package name or model folder"
    )
    parser.add_argument(
        "--no-person-span-model",
        action="store_true",
        help="without the learned check on PERSON spans (pii.person_span_model: false): the spans it drops",
    )
    add_onnx_ner_arguments(parser)
    args = parser.parse_args()
    policy = PIIPolicy(spacy_model=args.spacy_model, **onnx_ner_fields(args))
    scanner = PIIScanner(policy.model_copy(update={"person_span_model": not args.no_person_span_model}))
    prompts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]
    spans = person_span_counts(scanner, prompts)
    print(f"{len(prompts)} prompts: {sum(spans.values())} PERSON spans, {len(spans)} distinct")
    for span, count in spans.most_common(args.show):
        print(f"  {count:4} {span!r}")
    result = {"prompts": len(prompts), "spans": sum(spans.values()), "distinct": len(spans), "all": spans}
    print(f"wrote {write('guard_pii_real_prompts' + args.tag, result)}")


if __name__ == "__main__":
    main()
