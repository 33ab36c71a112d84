"""Rewrites a 4-bit ONNX token classifier as an int8 one, which onnxruntime runs about twice as fast.

Rampart ships its weights 4-bit quantized (``MatMulNBits``, blocks of 32 with a float scale each).
On one CPU core onnxruntime multiplies those in float32 after unpacking them, so the small file
costs as much as a float32 model: a 240-token pass took 62-67 ms on one core of an AMD EPYC VM
(46 ms on an Intel Xeon VM; docs/guard.md, tenth pass). Dynamically quantized int8 matrix products
(``MatMulInteger``, the AVX-VNNI and AVX-512 VNNI paths) take the same pass in 27-29 ms there.
The weights go 4-bit → float32 (exact: each is a small integer times its block's scale) → int8 with
one scale per output column, which keeps every label the 4-bit model gives on our test sentences
(tests/guard/test_guard_onnx_ner.py) and its PERSON figures (docs/guard.md, twelfth pass).

The result depends only on the input file and the pinned onnx and onnxruntime releases, so
deploy/install-rampart.sh checks it against the sha256 pinned in ``guard.pii.rampart`` as it does
the wheel's own files.

    python -m guard.pii.onnx_int8 SOURCE.onnx TARGET.onnx
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

_NBITS = "MatMulNBits"


def _float_matmuls(model: Any) -> None:
    """Replaces each 4-bit ``MatMulNBits`` of ``model`` by a float32 ``MatMul`` (and ``Add`` of its
    bias) with the same weights."""
    from onnx import helper, numpy_helper

    initializers = {i.name: i for i in model.graph.initializer}
    constants = {n.output[0]: n.attribute[0].t for n in model.graph.node if n.op_type == "Constant"}

    def array(name: str) -> np.ndarray:
        tensor = initializers.get(name) or constants.get(name)
        if tensor is None:
            raise ValueError(f"{_NBITS} input {name!r} is neither an initializer nor a constant")
        return np.asarray(numpy_helper.to_array(tensor))

    nodes = []
    for node in model.graph.node:
        if node.op_type != _NBITS:
            nodes.append(node)
            continue
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        if attrs.get("bits", 4) != 4:
            raise ValueError(f"{node.name}: only 4-bit {_NBITS} is supported, not {attrs.get('bits')}")
        rows, cols, block = int(attrs["K"]), int(attrs["N"]), int(attrs["block_size"])
        blocks = -(-rows // block)
        if len(node.input) > 3 and node.input[3]:
            raise ValueError(f"{node.name}: {_NBITS} with zero points is not supported")
        # Two weights a byte, the first in the low nibble; without zero points the zero is 8.
        packed = array(node.input[1]).reshape(cols, blocks, block // 2)
        values = np.stack([packed & 0x0F, packed >> 4], axis=-1).reshape(cols, blocks, block)
        scales = array(node.input[2]).astype(np.float32).reshape(cols, blocks, 1)
        weight = ((values.astype(np.float32) - 8.0) * scales).reshape(cols, blocks * block)[:, :rows].T
        weight_name = f"{node.name}_weight"
        model.graph.initializer.append(numpy_helper.from_array(np.ascontiguousarray(weight), weight_name))
        bias = node.input[5] if len(node.input) > 5 and node.input[5] else None
        product = f"{node.output[0]}_product" if bias else node.output[0]
        nodes.append(helper.make_node("MatMul", [node.input[0], weight_name], [product], name=node.name))
        if bias:
            nodes.append(helper.make_node("Add", [product, bias], [node.output[0]], name=f"{node.name}_bias"))
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    used = {name for node in model.graph.node for name in node.input}
    kept = [i for i in model.graph.initializer if i.name in used]
    del model.graph.initializer[:]
    model.graph.initializer.extend(kept)


def int8_from_nbits(source: Path, target: Path) -> None:
    """Writes ``target``: ``source`` with its 4-bit (or float) matrix products as int8 ones."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = onnx.load(str(source))
    _float_matmuls(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        floats = Path(scratch) / "float32.onnx"
        onnx.save(model, str(floats))
        fused = Path(scratch) / "fused.onnx"
        quantized = Path(scratch) / "int8.onnx"
        # Both tools warn through the root logger: the optimizer that the model was not exported by
        # PyTorch, the quantizer that it "may already be quantized" (its embeddings are) with a
        # preprocessing step that changes nothing here: not for an installer's log.
        logging.disable(logging.WARNING)
        try:
            _fused_attention(floats, fused)
            # Per column, full range: the VNNI instructions need no reduced range (that is for CPUs
            # without them, whose 16-bit sums could overflow). The fused attention's projections
            # become one int8 product (QAttention).
            quantize_dynamic(
                fused, quantized, per_channel=True, reduce_range=False, weight_type=QuantType.QInt8,
                op_types_to_quantize=["MatMul", "Attention"],
            )
        finally:
            logging.disable(logging.NOTSET)
        os.replace(quantized, target)


def _fused_attention(source: Path, target: Path) -> None:
    """``source`` with each layer's attention, layer norms, GELU and embeddings fused into
    onnxruntime's BERT operators (its transformer optimizer; heads and width read from the graph).

    Left to onnxruntime's own graph optimizations, the int8 model runs its attention as a dozen
    small operators per layer; fused, a forward pass on one core of an Intel Xeon VM takes 12-20%
    less (1.26 → 1.05 ms for 10 tokens, 5.0 → 4.5 ms for 66) and the gateway's policy finds the
    same PERSON spans on the 1,222 real prompts and within one span on blind13 (docs/guard.md,
    twenty-fourth pass)."""
    from onnxruntime.transformers.optimizer import optimize_model

    fused = optimize_model(str(source), model_type="bert", num_heads=0, hidden_size=0, opt_level=0)
    fused.save_model_to_file(str(target))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    int8_from_nbits(args.source, args.target)


if __name__ == "__main__":
    main()
