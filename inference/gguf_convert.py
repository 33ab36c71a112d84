"""Turns a verified GGUF file into a Hugging Face safetensors folder that vLLM can load.

vLLM on CPU cannot run llama.cpp's quantisations, but transformers can read a GGUF file and
dequantise it. The recipe is fixed (the dtype is the only knob) so that the same input gives the
same folder: the folder's files are recorded in the catalog and verified like any other weights.

It runs in a child process (`python -m inference.gguf_convert GGUF OUT DTYPE`): loading and
dequantising a model takes a few GB for a minute, which the gateway process should not keep.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

RECIPE_VERSION = "1"
# What a converted folder records about how it was made; checked before the folder is trusted.
MANIFEST = "stockade-conversion.json"


class ConversionError(Exception):
    pass


def manifest(gguf_sha256: str, dtype: str) -> dict[str, str]:
    return {"recipe": RECIPE_VERSION, "input_sha256": gguf_sha256, "dtype": dtype}


def convert(gguf_path: Path, out_dir: Path, dtype: str) -> None:
    """Writes the folder in place; callers write to a temporary folder and rename it."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.manual_seed(0)
    model: Any = AutoModelForCausalLM.from_pretrained(
        str(gguf_path.parent), gguf_file=gguf_path.name, dtype=getattr(torch, dtype)
    )
    # The model is dequantised now; save_pretrained refuses a model that still says it is
    # GGUF-quantised.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.is_quantized = False
    model.save_pretrained(str(out_dir), safe_serialization=True)
    tokenizer = AutoTokenizer.from_pretrained(str(gguf_path.parent), gguf_file=gguf_path.name)
    tokenizer.save_pretrained(str(out_dir))


def convert_in_child(gguf_path: Path, gguf_sha256: str, target: Path, dtype: str) -> Path:
    """Converts into `target` atomically (a crash leaves a `.partial` folder, never a half folder
    under the real name) and writes the manifest last."""
    partial = target.with_name(target.name + f".partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "inference.gguf_convert", str(gguf_path), str(partial), dtype],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise ConversionError(f"converting {gguf_path.name} failed: {done.stderr.strip()[-2000:]}")
        (partial / MANIFEST).write_text(json.dumps(manifest(gguf_sha256, dtype), sort_keys=True))
        shutil.rmtree(target, ignore_errors=True)
        os.replace(partial, target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return target


def main(argv: list[str]) -> int:
    gguf, out, dtype = argv
    convert(Path(gguf), Path(out), dtype)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
