"""The top level's dependency rule, read from the code: HTTP on top, the pipeline under it, then
tenancy, guard, retrieval and inference, none of which imports another or anything above it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIRST_PARTY = {"api", "operations", "harness", "pipeline", "tenancy", "guard", "retrieval", "inference"}
ALLOWED = {
    "operations": FIRST_PARTY,
    "api": {"api", "operations", "pipeline", "tenancy", "guard", "retrieval", "inference"},
    "harness": {"harness", "inference"},  # the bench and eval harnesses are clients of the engines
    "pipeline": {"pipeline", "tenancy", "guard", "retrieval", "inference"},
    "tenancy": {"tenancy"},
    "guard": {"guard"},
    "retrieval": {"retrieval"},
    "inference": {"inference"},
}


def imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & FIRST_PARTY


def test_each_package_imports_only_what_lies_below_it() -> None:
    broken = {
        f"{path.relative_to(REPO)} imports {sorted(imported_packages(path) - allowed)}"
        for package, allowed in ALLOWED.items()
        if (REPO / package).is_dir()
        for path in (REPO / package).rglob("*.py")
        if imported_packages(path) - allowed
    }
    assert not broken, sorted(broken)


def test_the_rule_is_checked_on_real_files() -> None:
    """The walk above finds the packages and their first-party imports at all."""
    assert imported_packages(REPO / "pipeline" / "steps.py") >= {"pipeline", "tenancy", "inference"}
    assert all((REPO / package).is_dir() for package in ALLOWED if package != "operations")


def test_the_app_imports_no_guard_model_stack_until_guards_are_built() -> None:
    """A gateway with guards off starts, and each worker spawns, without Presidio, spaCy,
    transformers, torch and scikit-learn: about 10 s of CPU per process start on these machines."""
    heavy = ("presidio_analyzer", "spacy", "transformers", "torch", "sklearn")
    probe = f"import sys, api.app; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert loaded == "[]"
