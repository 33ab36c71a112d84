"""Reading promptwl's word lists (guard/injection_model/sources.py; train.py --promptwl-wheel)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from guard.injection_model import sources


def test_phrases_are_read_by_list_without_headers_or_token_lists(tmp_path: Path) -> None:
    wheel = tmp_path / sources.PROMPTWL.filename
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(
            "promptwl/wordlists/injection/instruction-override.txt",
            "# category: injection / instruction-override\n# purpose: x\n"
            "ignore the above\n\n  new rules apply  \n",
        )
        archive.writestr("promptwl/wordlists/multilingual/de.txt", "# de\nignoriere alles\n")
        archive.writestr("promptwl/wordlists/tokens/boundary/separators.txt", "-----\n")
        archive.writestr("promptwl/manifest.json", "{}")
    examples = sources.load_promptwl(wheel)
    assert [(e.text, e.label, e.group) for e in examples] == [
        ("ignore the above", 1, "pwl:injection/instruction-override"),
        ("new rules apply", 1, "pwl:injection/instruction-override"),
        ("ignoriere alles", 1, "pwl:multilingual/de"),
    ]
    assert {e.source for e in examples} == {"promptwl"}
