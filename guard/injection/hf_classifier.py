"""An operator-provided Hugging Face sequence classifier (DeBERTa injection, Prompt Guard).

Loaded from a local folder only; nothing is ever fetched from the hub.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from guard.errors import ScannerUnavailableError
from guard.hf_local import Device, local_model_folder, resolve_device


class HFInjectionClassifier:
    name = "hf"

    def __init__(
        self, model_path: str, injection_labels: Sequence[str], max_length: int = 512, device: Device = "auto"
    ) -> None:
        local_model_folder(model_path, "injection model")
        try:
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as exc:
            raise ScannerUnavailableError(f"transformers is not installed: {exc}") from exc
        # Before loading: a cuda setting on a machine without a GPU fails at once.
        self._device = resolve_device(device, "injection.hf_device")
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
            self._model = AutoModelForSequenceClassification.from_pretrained(
                model_path, local_files_only=True
            )
        except (OSError, ValueError) as exc:
            raise ScannerUnavailableError(f"cannot load injection model from {model_path!r}: {exc}") from exc
        self._model.eval().to(self._device)
        self._torch = torch
        id2label = {int(k): str(v).upper() for k, v in self._model.config.id2label.items()}
        wanted = {label.upper() for label in injection_labels}
        self._positive = [i for i, label in id2label.items() if label in wanted]
        if not self._positive:
            raise ScannerUnavailableError(
                f"none of the labels {sorted(wanted)} is among the model's labels {sorted(id2label.values())}"
            )
        self._max_length = max_length
        # One forward pass at a time: torch already uses the threads it was given.
        self._lock = threading.Lock()

    def scores(self, texts: list[str]) -> list[float]:
        if not texts:
            return []
        batch = self._tokenizer(
            texts, truncation=True, max_length=self._max_length, padding=True, return_tensors="pt"
        )
        with self._lock, self._torch.inference_mode():
            probs = self._model(**batch.to(self._device)).logits.softmax(dim=-1).cpu()
        return [float(row[self._positive].sum()) for row in probs]
