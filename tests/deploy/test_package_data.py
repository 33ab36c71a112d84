"""A wheel of Stockade holds every file its packages read at run time (pyproject's package-data).

An editable install reads the files from the checkout, so a missing pattern shows only in a built
wheel: the injection classifier's weights were missing until the eleventh pass on #20.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Tracked files inside the packages that nothing reads at run time: documents, and the injection
# classifier's training lines (guard/injection_model/train.py reads them from a checkout).
NOT_RUNTIME = ("*.md", "*REQUIREMENTS.txt", "guard/injection_model/data/*", "*.sh")


def _package_files(package: str) -> list[str]:
    root = REPO / package
    return sorted(
        str(path.relative_to(REPO))
        for path in root.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    )


def test_every_file_a_package_reads_is_in_its_package_data() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = [p.rstrip("*") for p in config["tool"]["setuptools"]["packages"]["find"]["include"]]
    declared = config["tool"]["setuptools"]["package-data"]
    missing = []
    for package in packages:
        patterns = [f"{package}/{pattern}" for pattern in declared.get(package, [])]
        for file in _package_files(package):
            if any(fnmatch.fnmatch(file, p) for p in NOT_RUNTIME):
                continue
            if not any(fnmatch.fnmatch(file, p) for p in patterns):
                missing.append(file)
    assert missing == []


def test_the_injection_model_and_its_glossaries_are_declared() -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    guard = [f"guard/{p}" for p in declared["package-data"]["guard"]]
    for needed in ("guard/injection_model/weights.npz", "guard/injection/gloss_data/tr.tsv"):
        assert any(fnmatch.fnmatch(needed, p) for p in guard)
