"""Operator-provided Hugging Face models: read from a local folder only, on the device the policy names."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from guard.errors import ScannerUnavailableError

Device = Literal["auto", "cpu", "cuda"]


def local_model_folder(model_path: str, what: str) -> None:
    """Never reach for the hub, and say plainly when the operator's folder is missing."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    if not Path(model_path).is_dir():
        raise ScannerUnavailableError(f"{what} folder {model_path!r} does not exist")


def resolve_device(device: Device, setting: str) -> str:
    """``cpu`` or ``cuda`` (``auto`` takes the GPU when torch sees one); asking for ``cuda`` where
    torch sees no GPU is a start-up error that names the policy ``setting``, not a silent fall-back
    to the CPU."""
    import torch

    if device == "cuda" and not torch.cuda.is_available():
        raise ScannerUnavailableError(f"{setting} is cuda but torch sees no GPU")
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device
