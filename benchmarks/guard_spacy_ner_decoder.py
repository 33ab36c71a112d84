"""spaCy's NER on the windows a scan reads: spaCy's own decoder against ours (guard/pii/spacy_ner.py).

    .venv/bin/python benchmarks/guard_spacy_ner_decoder.py [--cpu 1] [--rounds 3]

For each of the 173 real prompts of 500-1,500 bytes in benchmarks/data/guard/injection_heldout.jsonl,
the windows ``ner_windows`` opens (as the gateway's policy reads them: people only) are tokenized and
read in one batch by ``ner.pipe`` and by ``entity_reader(ner)``, alternating prompt by prompt; prints
the CPU per prompt of each (median of the rounds' totals, one core), their ratio, and whether every
entity agrees. Writes benchmarks/results/guard_spacy_ner_decoder.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: numpy's BLAS must not start threads

sys.path.insert(0, str(Path(__file__).resolve().parent))
from guard_common import write

HELDOUT = Path(__file__).resolve().parent / "data" / "guard" / "injection_heldout.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cpu", type=int, default=None, help="pin to one core")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    import numpy as np
    from spacy.attrs import IDX

    from guard.pii.engine import build_analyzer, character_ranges, ner_windows
    from guard.pii.spacy_ner import entity_reader
    from guard.policy import PIIPolicy

    analyzer = build_analyzer(PIIPolicy().spacy_model, "en")
    nlp: Any = analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    ner = nlp.get_pipe("ner")
    ours = entity_reader(ner)
    rows = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]
    prompts = [t for t in rows if 500 <= len(t.encode()) <= 1500]
    windows = []
    for text in prompts:
        doc = nlp.make_doc(text)
        starts = np.asarray(doc.to_array([IDX]), dtype=np.int64).ravel()
        bounds = character_ranges(text, starts, ner_windows(text, starts, None, persons_only=True))
        windows.append([text[s:e] for s, e in bounds])

    def spacys(docs: list[Any]) -> list[Any]:
        return list(ner.pipe(docs))

    readers = {"spaCy's decoder (ner.pipe)": spacys, "numpy decoder (entity_reader)": ours}
    totals: dict[str, list[float]] = {name: [] for name in readers}
    disagree = entities = 0
    load = [os.getloadavg()]
    for _ in range(args.rounds):
        spent = dict.fromkeys(readers, 0.0)
        for parts in windows:
            found = []
            for name, read in readers.items():
                docs = [nlp.make_doc(p) for p in parts]
                start = time.process_time()
                read(docs)
                spent[name] += time.process_time() - start
                found.append([[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs])
            disagree += found[0] != found[1]
            entities += sum(len(e) for e in found[0])
        for name in readers:
            totals[name].append(spent[name] * 1000 / len(prompts))
    load.append(os.getloadavg())
    medians = {name: statistics.median(values) for name, values in totals.items()}
    first, second = medians.values()
    print(f"{len(prompts)} prompts, {sum(map(len, windows))} windows, {args.rounds} rounds")
    for name, value in medians.items():
        print(f"  {name:32} {value:6.2f} ms of CPU per prompt")
    print(f"  ratio {first / second:.2f}; prompts whose entities differ: {disagree} ({entities} entities)")
    path = write(
        "guard_spacy_ner_decoder",
        {
            "prompts": len(prompts),
            "rounds": args.rounds,
            "cpu_pinned": args.cpu,
            "ms_per_prompt": {k: round(v, 2) for k, v in medians.items()},
            "ratio": round(first / second, 2),
            "prompts_differing": disagree,
            "entities": entities,
            "load_average_before_after": load,
        },
    )
    print(f"load average before/after: {load}\nwrote {path}")


if __name__ == "__main__":
    main()
