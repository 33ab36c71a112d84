"""The prompt registry: ``<root>/<name>/v<semver>.md`` files, resolved by version or range.

Files are re-read when they change: every access (at most once per ``reload_interval_s``) lists
the folders and compares each file's mtime and size with what was loaded, so an edited or added
version is served without a restart and without a watcher thread.
"""

from __future__ import annotations

import builtins
import difflib
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import semver
from prometheus_client import Counter
from pydantic import BaseModel, Field

from inference.prompts.errors import (
    InvalidPromptFile,
    InvalidVersionSpec,
    PromptError,
    PromptNotFound,
    VersionNotFound,
)
from inference.prompts.prompt import PromptVersion, load_prompt_file
from inference.prompts.versions import VersionSpec, parse_version

log = logging.getLogger(__name__)

PROMPT_FILE_LOADS = Counter(
    "stockade_prompt_file_loads_total", "Prompt files (re)loaded from disk", ["prompt", "outcome"]
)

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class RegistrySettings(BaseModel):
    root: Path
    reload_interval_s: float = Field(default=1.0, ge=0.0)


@dataclass(frozen=True)
class PromptSummary:
    name: str
    versions: tuple[str, ...]
    latest: str | None  # highest stable version; None when there are only pre-releases
    description: str


@dataclass
class _Loaded:
    stamp: tuple[int, int]
    result: PromptVersion | InvalidPromptFile


@dataclass
class _Index:
    files: dict[str, dict[semver.Version, Path]] = field(default_factory=dict)
    problems: builtins.list[InvalidPromptFile] = field(default_factory=builtins.list)


class PromptRegistry:
    def __init__(self, root: Path | str, *, reload_interval_s: float = 1.0) -> None:
        self.root = Path(root)
        self.reload_interval_s = reload_interval_s
        self._lock = threading.RLock()
        self._index = _Index()
        self._scanned_at: float | None = None
        self._loaded: dict[Path, _Loaded] = {}

    @classmethod
    def from_settings(cls, settings: RegistrySettings) -> PromptRegistry:
        return cls(settings.root, reload_interval_s=settings.reload_interval_s)

    # -- resolution -------------------------------------------------------------------------

    def get(self, name: str, version: str | None = None) -> PromptVersion:
        """The prompt version that best satisfies ``version`` (exact, range, or None for latest)."""
        spec = VersionSpec.parse(version)
        files = self._files_of(name)
        available = builtins.list(files)
        chosen = spec.best(available)
        if chosen is None:
            listed = ", ".join(str(v) for v in sorted(available)) or "none"
            has_pre = any(v.prerelease for v in available)
            hint = " (ranges skip pre-releases; name one exactly)" if has_pre else ""
            raise VersionNotFound(
                f"prompt {name!r} has no version matching {spec}{hint}; available: {listed}"
            )
        return self._load(name, chosen, files[chosen])

    def versions(self, name: str) -> builtins.list[str]:
        """All versions of a prompt, oldest first (pre-releases sort before their release)."""
        return [str(v) for v in sorted(self._files_of(name))]

    def names(self) -> builtins.list[str]:
        self._refresh()
        return sorted(self._index.files)

    def show(self, name: str, version: str | None = None) -> str:
        return self.get(name, version).text

    def diff(self, name: str, a: str, b: str, *, context: int = 3) -> str:
        """A unified diff of two versions' files (front matter included)."""
        old, new = self.get(name, a), self.get(name, b)
        lines = difflib.unified_diff(
            old.text.splitlines(keepends=True),
            new.text.splitlines(keepends=True),
            fromfile=f"{name}/v{old.version}.md",
            tofile=f"{name}/v{new.version}.md",
            n=context,
        )
        return "".join(lines)

    def validate(self) -> builtins.list[InvalidPromptFile]:
        """Load every file; return all problems (for CI and `stockade prompts validate`)."""
        self._refresh(force=True)
        problems = builtins.list(self._index.problems)
        for name, files in sorted(self._index.files.items()):
            for version, path in sorted(files.items()):
                try:
                    self._load(name, version, path)
                except InvalidPromptFile as exc:
                    problems.append(exc)
        return problems

    def list(self) -> builtins.list[PromptSummary]:
        summaries = []
        for name in self.names():
            versions = sorted(self._index.files.get(name, {}))
            stable = [v for v in versions if v.prerelease is None]
            latest = max(stable) if stable else None
            description = ""
            if latest is not None:
                try:
                    description = self.get(name, str(latest)).spec.description
                except PromptError as exc:
                    description = f"(invalid: {exc})"
            latest_str = str(latest) if latest else None
            summaries.append(PromptSummary(name, tuple(str(v) for v in versions), latest_str, description))
        return summaries

    # -- files --------------------------------------------------------------------------------

    def _files_of(self, name: str) -> dict[semver.Version, Path]:
        if not _NAME.match(name):
            raise PromptNotFound(f"invalid prompt name {name!r}")
        self._refresh()
        # One snapshot of the index: a concurrent rescan swaps it whole, never half.
        files = self._index.files.get(name)
        if files is None:
            raise PromptNotFound(f"no prompt named {name!r} under {self.root}")
        return files

    def _refresh(self, *, force: bool = False) -> None:
        with self._lock:
            now = time.monotonic()
            fresh = self._scanned_at is not None and now - self._scanned_at < self.reload_interval_s
            if fresh and not force:
                return
            self._index = self._scan()
            self._scanned_at = now

    def _scan(self) -> _Index:
        index = _Index()
        if not self.root.is_dir():
            log.warning("prompt root %s is not a directory", self.root)
            return index
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir() and _NAME.match(p.name)):
            files: dict[semver.Version, Path] = {}
            for path in sorted(folder.glob("v*.md")):
                try:
                    version = parse_version(path.name[: -len(".md")])
                except InvalidVersionSpec:
                    index.problems.append(InvalidPromptFile(f"{path}: file name is not v<semver>.md"))
                    continue
                if version in files:
                    index.problems.append(InvalidPromptFile(f"{path}: duplicates {files[version].name}"))
                    continue
                files[version] = path
            if files:
                index.files[folder.name] = files
        return index

    def _load(self, name: str, version: semver.Version, path: Path) -> PromptVersion:
        try:
            stat = path.stat()
        except OSError as exc:
            raise VersionNotFound(f"prompt file {path} vanished: {exc}") from exc
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            cached = self._loaded.get(path)
            if cached is None or cached.stamp != stamp:
                try:
                    result: PromptVersion | InvalidPromptFile = load_prompt_file(path, name, version)
                    PROMPT_FILE_LOADS.labels(name, "ok").inc()
                except InvalidPromptFile as exc:
                    log.error("invalid prompt file: %s", exc)
                    PROMPT_FILE_LOADS.labels(name, "invalid").inc()
                    result = exc
                cached = _Loaded(stamp, result)
                self._loaded[path] = cached
        if isinstance(cached.result, InvalidPromptFile):
            # A fresh instance each time: re-raising the cached one would grow its traceback forever.
            raise InvalidPromptFile(str(cached.result))
        return cached.result
