"""Tiny BERT models built at test time for the operator-model paths (no real weights install here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def tiny_bert_config(folder: Path, words: list[str], labels: list[str], max_positions: int = 64) -> Any:
    """Writes a WordPiece tokenizer over ``words`` into ``folder``; returns a one-layer BertConfig
    with these labels, for any Bert*For* head."""
    from transformers import BertConfig, BertTokenizerFast

    vocab = [*SPECIAL, *words]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), model_max_length=max_positions).save_pretrained(
        folder
    )
    return BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=max_positions,
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={name: i for i, name in enumerate(labels)},
    )
