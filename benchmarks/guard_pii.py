"""PII precision and recall per entity type on Faker sentences with labelled spans.

    .venv/bin/python benchmarks/guard_pii.py [--per-locale 150] [--seed 7] [--heldout-seed 1009]

Two splits, reported separately:

- ``dev``: the original templates with seed 7. The person-name rules of guard/pii/names.py were
  developed while looking at this split's misses and false positives, so its PERSON figures are
  optimistic.
- ``heldout``: other templates (other sentence shapes, names mid-sentence, self-introductions,
  salutations, two names in one sentence, and distractor sentences with Faker company and street
  names that contain surnames but are no person) with another seed. They were written before the
  name rules were measured and were not changed after; read these figures as the honest ones.

Each split is measured twice in one run: with the name gazetteer (guard/pii/names.py) and
without it (spaCy NER alone, the previous behaviour). No recognizer uses Faker's name lists.
A gold span counts as found when a prediction of the same type overlaps it; a prediction counts as
correct when it overlaps a gold span of its type. Last, on the unlabelled real prompts of
benchmarks/data/guard/injection_heldout.jsonl, it lists the PERSON spans the name rules add and the
spaCy spans the capital-letter filter drops, to be read by a person. Writes
benchmarks/results/guard_pii.json.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from typing import Any

from faker import Faker
from guard_common import REPO, write

from guard.pii.engine import build_analyzer
from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "tr_TR"]

# (template, locales or None for all); slots are filled with labelled values.
TEMPLATES: list[tuple[str, list[str] | None]] = [
    ("Please contact {PERSON} at {EMAIL_ADDRESS} or call {PHONE_NUMBER}.", None),
    ("{PERSON} lives in {LOCATION} and paid with card {CREDIT_CARD}.", None),
    ("Transfer 500 EUR to IBAN {IBAN_CODE} for {PERSON} by Friday.", None),
    ("A login from {IP_ADDRESS} was flagged for user {EMAIL_ADDRESS}.", None),
    ("Our customer {PERSON} asked us to update the phone number to {PHONE_NUMBER}.", None),
    ("The refund for card {CREDIT_CARD} goes to account {IBAN_CODE}.", None),
    ("TC kimlik no {TR_TCKN} olan {PERSON} için {LOCATION} şubesinde işlem yapıldı.", ["tr_TR"]),
    ("Müşteri {PERSON}, telefon {PHONE_NUMBER}, IBAN {IBAN_CODE}, e-posta {EMAIL_ADDRESS}.", ["tr_TR"]),
    ("Kimlik numarası {TR_TCKN} ve kart numarası {CREDIT_CARD} doğrulandı.", ["tr_TR"]),
]
# Written before the name rules were measured; not changed after. COMPANY and STREET are
# distractors: never gold, so a PERSON prediction on them counts against precision.
HELDOUT_TEMPLATES: list[tuple[str, list[str] | None]] = [
    ("I spoke with {PERSON} yesterday about the loan for the house in {LOCATION}.", None),
    ("{PERSON} called from {PHONE_NUMBER} about a missing payment.", None),
    ("Please forward the signed contract to {PERSON} ({EMAIL_ADDRESS}) before noon.", None),
    ("The account holder is {PERSON}, born in {LOCATION}.", None),
    ("Meeting notes: {PERSON} and {PERSON} reviewed the offer from {COMPANY}.", None),
    ("{COMPANY} sent an invoice for card {CREDIT_CARD}; the office at {STREET} pays it.", None),
    ("Our branch on {STREET} in {LOCATION} is closed on Sunday.", None),
    ("Dear {PERSON}, your new card ending in 4242 is on its way.", ["en_US", "en_GB"]),
    ("Hi, this is {PERSON} from {COMPANY}, my number is {PHONE_NUMBER}.", ["en_US", "en_GB"]),
    ("Sayın {PERSON}, {IBAN_CODE} numaralı hesabınıza ödeme yapılmıştır.", ["tr_TR"]),
    ("{PERSON} adlı müşterimiz {LOCATION} şubesine geldi ve kartını iptal etti.", ["tr_TR"]),
    ("Merhaba, ben {PERSON}, {COMPANY} firmasında çalışıyorum.", ["tr_TR"]),
    ("Hesap sahibi {PERSON} ile {STREET} adresindeki ofiste görüşüldü.", ["tr_TR"]),
    ("Bonjour, je m'appelle {PERSON} et j'habite à {LOCATION}.", ["fr_FR"]),
    ("Le dossier de {PERSON} a été transmis à {COMPANY} hier.", ["fr_FR"]),
    ("Guten Tag, hier spricht {PERSON} aus {LOCATION}.", ["de_DE"]),
    ("Der Vertrag von {PERSON} wurde an {COMPANY} geschickt.", ["de_DE"]),
]
DISTRACTORS = {"COMPANY", "STREET"}
REAL_PROMPTS = REPO / "benchmarks" / "data" / "guard" / "injection_heldout.jsonl"
STRUCTURED = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "TR_TCKN", "IP_ADDRESS"]


def _grouped(value: str, rng: random.Random) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.5 else value


def value_for(entity: str, fake: Faker, rng: random.Random) -> str:
    if entity == "PERSON":
        return str(fake.name())
    if entity == "EMAIL_ADDRESS":
        return str(fake.email())
    if entity == "PHONE_NUMBER":
        return str(fake.phone_number())
    if entity == "CREDIT_CARD":
        return _grouped(str(fake.credit_card_number(card_type=rng.choice(["visa16", "mastercard"]))), rng)
    if entity == "IBAN_CODE":
        return _grouped(str(fake.iban()), rng)
    if entity == "IP_ADDRESS":
        return str(fake.ipv4_public())
    if entity == "LOCATION":
        return str(fake.city())
    if entity == "TR_TCKN":
        return str(fake.ssn())
    if entity == "COMPANY":
        return str(fake.company())
    if entity == "STREET":
        return str(fake.street_name())
    raise ValueError(entity)


Sample = tuple[str, str, list[tuple[str, int, int]]]


def generate(
    per_locale: int, seed: int, template_set: list[tuple[str, list[str] | None]] = TEMPLATES
) -> list[Sample]:
    rng = random.Random(seed)
    out = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        templates = [t for t, locs in template_set if locs is None or locale in locs]
        for _ in range(per_locale):
            template = rng.choice(templates)
            text, spans, cursor = "", [], 0
            while True:
                start = template.find("{", cursor)
                if start == -1:
                    text += template[cursor:]
                    break
                end = template.index("}", start)
                entity = template[start + 1 : end]
                text += template[cursor:start]
                value = value_for(entity, fake, rng)
                if entity not in DISTRACTORS:
                    spans.append((entity, len(text), len(text) + len(value)))
                text += value
                cursor = end + 1
            out.append((locale, text, spans))
    return out


def evaluate(scanner: PIIScanner, data: list[Sample]) -> dict[str, Any]:
    gold_n: dict[str, int] = defaultdict(int)
    found_n: dict[str, int] = defaultdict(int)
    pred_n: dict[str, int] = defaultdict(int)
    correct_n: dict[str, int] = defaultdict(int)
    per_locale: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    misses: dict[str, list[str]] = defaultdict(list)
    wrong: dict[str, list[str]] = defaultdict(list)
    for locale, text, spans in data:
        preds = scanner.detect(text)
        for entity, s, e in spans:
            hit = any(p.entity_type == entity and p.start < e and s < p.end for p in preds)
            gold_n[entity] += 1
            found_n[entity] += hit
            per_locale[entity][locale][0] += hit
            per_locale[entity][locale][1] += 1
            if not hit and len(misses[entity]) < 8:
                misses[entity].append(text[s:e])
        for p in preds:
            ok = any(entity == p.entity_type and p.start < e and s < p.end for entity, s, e in spans)
            pred_n[p.entity_type] += 1
            correct_n[p.entity_type] += ok
            per_locale[p.entity_type][locale][2] += ok
            per_locale[p.entity_type][locale][3] += 1
            if not ok and len(wrong[p.entity_type]) < 8:
                wrong[p.entity_type].append(text[p.start : p.end])
    table: dict[str, Any] = {}
    for entity in sorted(set(gold_n) | set(pred_n)):
        loc = sorted(per_locale[entity].items())
        table[entity] = {
            "n": gold_n[entity],
            "predicted": pred_n[entity],
            "recall": round(found_n[entity] / gold_n[entity], 4) if gold_n[entity] else None,
            "precision": round(correct_n[entity] / pred_n[entity], 4) if pred_n[entity] else 1.0,
            "recall_by_locale": {k: round(v[0] / v[1], 4) for k, v in loc if v[1]},
            "precision_by_locale": {k: round(v[2] / v[3], 4) for k, v in loc if v[3]},
            "missed_examples": misses[entity],
            "false_positive_examples": wrong[entity],
        }
    return table


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def report(name: str, tables: dict[str, dict[str, Any]], sentences: int) -> None:
    print(f"\n== split {name} ({sentences} sentences)")
    header = f"{'entity':<14}{'config':<10}{'n':>6}{'recall':>9}{'precision':>11}"
    print(f"{header}   by locale (recall/precision)")
    for entity in sorted(tables["names"]):
        for config, table in tables.items():
            row = table.get(entity)
            if row is None:
                continue
            by_locale = " ".join(
                f"{loc}={r:.2f}/{row['precision_by_locale'].get(loc, 1.0):.2f}"
                for loc, r in row["recall_by_locale"].items()
            )
            print(
                f"{entity:<14}{config:<10}{row['n']:>6}{_fmt(row['recall']):>9}{_fmt(row['precision']):>11}"
                f"   {by_locale}"
            )


def real_prompts(scanners: dict[str, PIIScanner]) -> dict[str, Any]:
    """Unlabelled real prompts (the injection held-out set): which PERSON spans the name rules add
    and which spaCy spans the capital-letter filter drops. No gold, so no recall or precision: the
    lists are there to be read."""
    rows = [json.loads(line) for line in REAL_PROMPTS.read_text(encoding="utf-8").splitlines() if line]
    texts = [str(row["text"])[:5000] for row in rows]
    added: set[str] = set()
    dropped: set[str] = set()
    counts = {"names": 0, "spacy": 0}
    for text in texts:
        found = {
            config: [f for f in scanner.detect(text) if f.entity_type == "PERSON"]
            for config, scanner in scanners.items()
        }
        for config, spans in found.items():
            counts[config] += len(spans)
        for mine, other, bucket in (("names", "spacy", added), ("spacy", "names", dropped)):
            for f in found[mine]:
                if not any(g.start < f.end and f.start < g.end for g in found[other]):
                    bucket.add(text[f.start : f.end])
    print(
        f"\n== real prompts ({len(texts)} unlabelled, {REAL_PROMPTS.name}): PERSON spans "
        f"spaCy alone {counts['spacy']}, with names.py {counts['names']}"
    )
    print(f"added by names.py ({len(added)} distinct): {sorted(added)}")
    print(f"dropped by the capital-letter filter ({len(dropped)} distinct), e.g. {sorted(dropped)[:20]}")
    return {
        "prompts": len(texts),
        "person_spans": counts,
        "added_by_names": sorted(added),
        "dropped_without_capital": sorted(dropped),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-locale", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--heldout-per-locale", type=int, default=150)
    parser.add_argument("--heldout-seed", type=int, default=1009)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    policy = PIIPolicy(score_threshold=0.4)
    with_names = build_analyzer(policy.spacy_model, policy.language)
    without_names = build_analyzer(policy.spacy_model, policy.language, person_names=False)
    scanners = {
        "names": PIIScanner(policy, with_names),
        "spacy": PIIScanner(policy, without_names),
    }
    splits = {
        "dev": generate(args.per_locale, args.seed),
        "heldout": generate(args.heldout_per_locale, args.heldout_seed, HELDOUT_TEMPLATES),
    }
    results: dict[str, Any] = {}
    for split, data in splits.items():
        tables = {config: evaluate(scanner, data) for config, scanner in scanners.items()}
        report(split, tables, len(data))
        results[split] = {"sentences": len(data), "by_config": tables}
    results["real_prompts"] = real_prompts(scanners)
    path = write(
        "guard_pii",
        {
            "locales": LOCALES,
            "seeds": {"dev": args.seed, "heldout": args.heldout_seed},
            "configs": {
                "names": "Presidio + spaCy en_core_web_sm + guard/pii/names.py (the default)",
                "spacy": "Presidio + spaCy en_core_web_sm alone (before names.py)",
            },
            "splits": results,
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
