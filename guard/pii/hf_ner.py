"""An operator-provided Hugging Face token-classification NER, beside spaCy and the name rules.

The name rules and the small English spaCy model find people whose names our lists or their
context give away; names from countries the lists do not cover, in sentences without a telling
verb, need a NER trained on real annotations in many languages (an XLM-RoBERTa or mBERT NER, a
Turkish BERT NER). None ships in a package that installs offline, so the operator puts one in a
local folder and names it in the policy (``pii.hf_ner_model_path``); nothing is fetched from the
hub. Its spans join the other recognizers' findings and the usual overlap rules pick among them.
On a GPU machine it runs there (``pii.hf_ner_device``); on CPU it costs a transformer forward pass
per request, so measure before turning it on (``benchmarks/guard_hf_ner_cost.py``).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from presidio_analyzer import RecognizerResult

from guard.errors import ScannerUnavailableError
from guard.hf_local import Device, local_model_folder, resolve_device

# Overlap between the windows a long text is cut into, in tokens: a name on a window's edge is
# read whole in the next one.
STRIDE = 64


class HFNerRecognizer:
    """Entities of a token-classification model, mapped to our types by ``labels``
    (the model's entity group, without its B-/I- prefix, to PERSON, LOCATION, ...)."""

    def __init__(self, model_path: str, labels: Mapping[str, str], device: Device = "auto") -> None:
        local_model_folder(model_path, "NER model")
        try:
            from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline
        except ImportError as exc:
            raise ScannerUnavailableError(f"transformers is not installed: {exc}") from exc
        where = resolve_device(device, "pii.hf_ner_device")
        try:
            tokenizer = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
            model = AutoModelForTokenClassification.from_pretrained(model_path, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ScannerUnavailableError(f"cannot load NER model from {model_path!r}: {exc}") from exc
        if not getattr(tokenizer, "is_fast", False):
            raise ScannerUnavailableError(
                f"the NER model in {model_path!r} has no fast tokenizer (tokenizer.json): "
                "character offsets need one"
            )
        groups = {entity_group(str(label)) for label in model.config.id2label.values()}
        self._labels = {group: labels[group] for group in groups if group in labels}
        if not self._labels:
            raise ScannerUnavailableError(
                f"none of the model's entity labels {sorted(groups)} is mapped by pii.hf_ner_labels "
                f"{sorted(labels)}"
            )
        self.entity_types = frozenset(self._labels.values())
        self.device = where
        # "first": a word takes the label of its first sub-word, so a name is never cut inside a word.
        self._pipeline: Any = pipeline(
            "token-classification",
            model=model.eval(),
            tokenizer=tokenizer,
            device=where,
            aggregation_strategy="first",
            stride=min(STRIDE, tokenizer.model_max_length // 4),
        )
        # One forward pass at a time: torch already uses the threads it was given.
        self._lock = threading.Lock()

    def analyze(self, text: str, entities: Iterable[str]) -> list[RecognizerResult]:
        wanted = self.entity_types.intersection(entities)
        if not wanted or not text.strip():
            return []
        with self._lock:
            found = self._pipeline(text)
        results = []
        for entity in found:
            entity_type = self._labels.get(entity_group(str(entity["entity_group"])))
            if entity_type in wanted:
                start, end = int(entity["start"]), int(entity["end"])
                results.append(RecognizerResult(entity_type, start, end, float(entity["score"])))
        return results


def entity_group(label: str) -> str:
    """ "B-PER" → "PER"; "PERSON" stays "PERSON" (models without BIO prefixes)."""
    prefix, _, rest = label.partition("-")
    return rest.upper() if rest and prefix.upper() in {"B", "I", "E", "S", "L", "U"} else label.upper()


@functools.lru_cache(maxsize=4)
def shared_hf_ner(model_path: str, labels: tuple[tuple[str, str], ...], device: Device) -> HFNerRecognizer:
    """One loaded model per folder, labels and device, shared by every policy that names it."""
    return HFNerRecognizer(model_path, dict(labels), device)
