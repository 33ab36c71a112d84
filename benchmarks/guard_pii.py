"""PII precision and recall per entity type on Faker sentences with labelled spans.

    .venv/bin/python benchmarks/guard_pii.py [--per-locale 150] [--seed 7]

Sentences are generated fresh (Faker, several locales incl. tr_TR), so nothing here was tuned on
them. A gold span counts as found when a prediction of the same type overlaps it; a prediction
counts as correct when it overlaps a gold span of its type. Writes benchmarks/results/guard_pii.json.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from typing import Any

from faker import Faker
from guard_common import write

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
    raise ValueError(entity)


def generate(per_locale: int, seed: int) -> list[tuple[str, str, list[tuple[str, int, int]]]]:
    rng = random.Random(seed)
    out = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        templates = [t for t, locs in TEMPLATES if locs is None or locale in locs]
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
                spans.append((entity, len(text), len(text) + len(value)))
                text += value
                cursor = end + 1
            out.append((locale, text, spans))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-locale", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    scanner = PIIScanner(PIIPolicy(score_threshold=0.4))
    data = generate(args.per_locale, args.seed)
    gold_n: dict[str, int] = defaultdict(int)
    found_n: dict[str, int] = defaultdict(int)
    pred_n: dict[str, int] = defaultdict(int)
    correct_n: dict[str, int] = defaultdict(int)
    per_locale: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses: dict[str, list[str]] = defaultdict(list)
    for locale, text, spans in data:
        preds = scanner.detect(text)
        for entity, s, e in spans:
            hit = any(p.entity_type == entity and p.start < e and s < p.end for p in preds)
            gold_n[entity] += 1
            found_n[entity] += hit
            per_locale[entity][locale][0] += hit
            per_locale[entity][locale][1] += 1
            if not hit and len(misses[entity]) < 5:
                misses[entity].append(text[s:e])
        for p in preds:
            if p.entity_type not in gold_n and p.entity_type not in {t for t, _, _ in spans}:
                # Types this benchmark does not generate (none expected) still count against precision.
                pass
            pred_n[p.entity_type] += 1
            correct_n[p.entity_type] += any(
                entity == p.entity_type and p.start < e and s < p.end for entity, s, e in spans
            )
    table: dict[str, Any] = {}
    print(f"{'entity':<14}{'n':>6}{'recall':>9}{'precision':>11}")
    for entity in sorted(gold_n):
        recall = found_n[entity] / gold_n[entity]
        precision = correct_n[entity] / pred_n[entity] if pred_n[entity] else 1.0
        table[entity] = {
            "n": gold_n[entity],
            "recall": round(recall, 4),
            "precision": round(precision, 4),
            "recall_by_locale": {loc: round(h / n, 4) for loc, (h, n) in sorted(per_locale[entity].items())},
            "missed_examples": misses[entity],
        }
        print(
            f"{entity:<14}{gold_n[entity]:>6}{recall:>9.3f}{precision:>11.3f}   "
            + " ".join(f"{loc}={h / n:.2f}" for loc, (h, n) in sorted(per_locale[entity].items()))
        )
    path = write(
        "guard_pii", {"sentences": len(data), "locales": LOCALES, "seed": args.seed, "entities": table}
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
