"""The model catalog (models/catalog.yaml): which models exist, their engines, weights and prices."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Price(_Strict):
    input: float = Field(ge=0, description="currency units per 1k prompt tokens")
    output: float = Field(ge=0, description="currency units per 1k completion tokens")

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input + completion_tokens * self.output) / 1000.0


class PackagePart(_Strict):
    package: str
    path: str


class FileDigest(_Strict):
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class PackageChunksSource(_Strict):
    type: Literal["package_chunks"]
    file_name: str
    size: int
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    chunks: list[PackagePart] = Field(min_length=1)


class PackageFileSource(_Strict):
    type: Literal["package_file"]
    package: str
    path: str
    size: int
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class PackageDirSource(_Strict):
    type: Literal["package_dir"]
    package: str
    path: str
    files: list[FileDigest] = Field(min_length=1)


class LocalPathSource(_Strict):
    """A file (sha256 set) or a folder (files listed) an operator placed on disk."""

    type: Literal["local_path"]
    path: str
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    files: list[FileDigest] = Field(default_factory=list)

    @model_validator(mode="after")
    def _has_digest(self) -> LocalPathSource:
        if not self.sha256 and not self.files:
            raise ValueError("a local_path source needs sha256 (a file) or files (a folder)")
        return self


class HuggingFaceSource(_Strict):
    """For connected sites with a hub mirror; Stockade itself never downloads at run time."""

    type: Literal["huggingface"]
    repo: str
    revision: str = Field(min_length=7)
    local_path: str
    files: list[FileDigest] = Field(min_length=1)


class UpstreamSource(_Strict):
    """The model runs elsewhere (vLLM, SGLang, TGI, llama.cpp server); weights are its business."""

    type: Literal["upstream"]


WeightSource = Annotated[
    PackageChunksSource
    | PackageFileSource
    | PackageDirSource
    | LocalPathSource
    | HuggingFaceSource
    | UpstreamSource,
    Field(discriminator="type"),
]


class UpstreamConfig(_Strict):
    base_url: str
    api_key_env: str | None = Field(default=None, description="environment variable holding the key")
    served_model: str | None = Field(default=None, description="model name the upstream expects")
    timeout_s: float = 120.0
    connect_timeout_s: float = 5.0


class ModelEntry(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")
    kind: Literal["chat", "embedding"]
    engine: Literal["llamacpp", "openai-upstream", "sentence-transformers"]
    tier: str = "default"
    optional: bool = False
    context_length: int = Field(gt=0)
    dimensions: int | None = None
    chat_template: str = "gguf"
    price_per_1k: Price
    threads: int = Field(default=1, ge=1)
    license: str = "unknown"
    upstream: str = ""
    source: WeightSource
    endpoint: UpstreamConfig | None = None

    @model_validator(mode="after")
    def _engine_fits(self) -> ModelEntry:
        if self.engine == "openai-upstream" and self.endpoint is None:
            raise ValueError(f"model {self.id}: engine openai-upstream needs an endpoint")
        return self


class Catalog(_Strict):
    default_chat_model: str
    default_embedding_model: str | None = None
    models: list[ModelEntry]

    @model_validator(mode="after")
    def _consistent(self) -> Catalog:
        ids = [m.id for m in self.models]
        duplicated = {i for i in ids if ids.count(i) > 1}
        if duplicated:
            raise ValueError(f"duplicate model ids in catalog: {sorted(duplicated)}")
        if self.default_chat_model not in ids:
            raise ValueError(f"default_chat_model {self.default_chat_model!r} is not in the catalog")
        if self.default_embedding_model and self.default_embedding_model not in ids:
            raise ValueError(
                f"default_embedding_model {self.default_embedding_model!r} is not in the catalog"
            )
        return self

    def get(self, model_id: str) -> ModelEntry | None:
        return next((m for m in self.models if m.id == model_id), None)


class CatalogError(Exception):
    pass


def load_catalog(path: Path) -> Catalog:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogError(f"cannot read model catalog {path}: {exc}") from exc
    try:
        return Catalog.model_validate(raw)
    except ValueError as exc:
        raise CatalogError(f"invalid model catalog {path}: {exc}") from exc
