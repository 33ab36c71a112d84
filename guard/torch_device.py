"""Where an operator's Hugging Face model runs: ``auto`` takes the GPU when torch sees one."""

from __future__ import annotations

from typing import Literal

from guard.errors import ScannerUnavailableError

Device = Literal["auto", "cpu", "cuda"]


def resolve_device(device: Device, setting: str) -> str:
    """``cpu`` or ``cuda``; asking for ``cuda`` where torch sees no GPU is a start-up error that names
    the policy ``setting``, not a silent fall-back to the CPU."""
    import torch

    if device == "cuda" and not torch.cuda.is_available():
        raise ScannerUnavailableError(f"{setting} is cuda but torch sees no GPU")
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device
