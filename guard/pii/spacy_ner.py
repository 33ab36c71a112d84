"""spaCy's NER, decoded with numpy: the same entities as ``ner.pipe`` for about two thirds of its CPU.

spaCy's greedy transition loop (``Parser.greedy_parse``) runs in C, but each of its steps calls
cython-blis for one small matrix product and one vector sum per feature, and blis costs much per
call (a 4 x 64 x 74 product through its binding took 12 µs on the Intel Xeon VMs here, 2 µs in
numpy): on the 173 real 1 KB prompts the loop cost more than the model's forward pass. This
runs the same model (tok2vec, the precomputed feature layer, the output layer) and the same loop,
one numpy product per step for every state of the batch, and lets spaCy's own transition system
validate and apply each step's best move, so the entities are spaCy's: tests/guard/test_spacy_ner.py
compares them with ``ner.pipe`` on real prompts.

Only the model spaCy's pretrained pipelines ship (a greedy parser with maxout hidden units and an
output layer) is decoded here; any other NER is run by spaCy itself (``entity_reader``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from spacy.ml.parser_model import ParserStepModel
from spacy.tokens import Doc

EntityReader = Callable[[Sequence[Doc]], Sequence[Doc]]


class _Features:
    """What ``ParserStepModel.get_token_ids`` reads of its model: the number of feature tokens."""

    def __init__(self, n_features: int) -> None:
        self.state2vec = self
        self.nF = n_features


class NumpyGreedyNer:
    """Decodes docs with a pretrained spaCy ``EntityRecognizer`` and sets their ``ents``."""

    def __init__(self, ner: Any) -> None:
        self._ner = ner
        self._tok2vec, self._lower, self._upper = ner.model.layers
        self._features = _Features(int(self._lower.get_dim("nF")))
        self._unseen = sorted(ner.model.attrs.get("unseen_classes", ()))

    @staticmethod
    def supports(ner: Any) -> bool:
        """A greedy NER (beam width 1) of three layers, maxout units and an output layer."""
        model: Any = getattr(ner, "model", None)
        try:
            return (
                ner.cfg.get("beam_width", 1) == 1
                and model.attrs.get("has_upper") is True
                and len(model.layers) == 3
                and model.layers[1].get_dim("nP") >= 2
            )
        except (AttributeError, KeyError, ValueError):
            return False

    def __call__(self, docs: Sequence[Doc]) -> Sequence[Doc]:
        if not any(len(doc) for doc in docs):
            return docs
        tokvecs = self._tok2vec.predict(list(docs))
        # [token + 1, feature, hidden, piece]; row 0 stands for "no token" (id -1).
        precomputed, _ = self._lower(tokvecs, False)
        bias = self._lower.get_param("b")
        weights, out_bias = self._upper.get_param("W"), self._upper.get_param("b")
        feature = np.arange(precomputed.shape[1])
        states = self._ner.moves.init_batch(docs)
        active = [s for s in states if not s.is_final()]
        while active:
            ids = ParserStepModel.get_token_ids(self._features, active)
            hidden = (precomputed[ids + 1, feature].sum(axis=1) + bias).max(axis=-1)
            scores = np.ascontiguousarray(hidden @ weights.T + out_bias, dtype=np.float32)
            if self._unseen:
                scores[:, self._unseen] = scores.min()
            active = self._ner.transition_states(active, scores)
        self._ner.set_annotations(docs, states)
        return docs


def entity_reader(ner: Any) -> EntityReader:
    """A function that reads a batch of docs' entities with ``ner``: decoded with numpy where the
    model allows it, else by spaCy."""
    if NumpyGreedyNer.supports(ner):
        return NumpyGreedyNer(ner)
    return lambda docs: list(ner.pipe(docs))
