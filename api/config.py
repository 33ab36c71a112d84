"""Configuration: one YAML file (`--config` / STOCKADE_CONFIG) overridable by environment variables."""

from __future__ import annotations

import os
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from pipeline.settings import AppSettings, GatewaySettings, RequestLimits
from tenancy.governance.settings import RetentionSettings

REPO_ROOT = Path(__file__).resolve().parent.parent


# How long a connection given a 408 keeps reading (and dropping) what the client still sends before
# it closes: a lingering close, so that a byte in flight is not answered with a reset that destroys
# the 408 unread (api.middleware's body deadline, api.serving's header deadline).
LINGER_S = 2.0


class ServerSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    tls_certfile: Path | None = None
    tls_keyfile: Path | None = None
    workers: int = Field(
        default=1, ge=1, le=64, description="worker processes; more than one needs redis_url"
    )
    admin_port: int | None = Field(
        default=None, ge=1, le=65535, description="serve /admin here only (and not on `port`)"
    )
    admin_host: str | None = Field(default=None, description="bind address of the admin port (default: host)")
    header_timeout_s: float = Field(
        default=10.0, gt=0, description="408 and close when request headers take longer (slowloris)"
    )
    send_timeout_s: float = Field(
        default=60.0, gt=0, description="close a connection whose client stops reading for this long"
    )
    graceful_shutdown_s: float = Field(default=30.0, ge=0, description="time given to requests in flight")
    worker_healthcheck_timeout_s: int = Field(
        default=30,
        ge=1,
        description="with workers > 1: how long a worker may take to answer the supervisor's ping "
        "before it is killed and replaced (a new worker answers only once its imports are done)",
    )
    cpu_affinity: bool = Field(
        default=False,
        description="pin each worker to a CPU of its own (Linux; machines that serve only Stockade)",
    )
    blas_threads: int | None = Field(
        default=1,
        ge=1,
        le=256,
        description="threads numpy's BLAS may use for one matrix product in a worker; the guard's "
        "products are small and requests run side by side, so more threads only wait on each other "
        "(null: the library's default, one per core)",
    )
    metrics_token_env: str | None = Field(
        default=None,
        description="environment variable holding a bearer token that /metrics then requires "
        "(its series name every tenant, with their tokens and costs)",
    )

    @model_validator(mode="after")
    def _ports_differ(self) -> ServerSettings:
        if self.admin_port is not None and self.admin_port == self.port:
            raise ValueError("server.admin_port must differ from server.port")
        return self


class TenancySettings(BaseModel):
    audit_requests: bool = Field(default=True, description="one audit record per model request")
    store_prompts: Literal["none", "redacted", "raw"] = Field(
        default="none", description="prompt text in audit records: never, after guard redaction, or as sent"
    )
    limits_cache_ttl_s: float = Field(default=2.0, ge=0, description="how soon other replicas see new limits")


# The gateway's default policy. Place names are left out: on their own they are rarely personal data
# and masking them breaks ordinary questions ("the capital of France"); apps that handle addresses add
# LOCATION back. Answers are checked for identifiers only: names in answers are mostly public figures.
# Names are also read by Rampart where it is installed (make install, the GPU image), on the windows
# around possible names only: the names the rules miss, at a few milliseconds of CPU (docs/guard.md,
# "Thirteenth pass").
_IDENTIFIERS = [
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "TR_TCKN",
    "TR_VKN",
]
DEFAULT_GUARD_POLICY: dict[str, Any] = {
    "pii": {
        "mode": "pseudonymize",
        "entities": ["PERSON", *_IDENTIFIERS],
        "onnx_ner_model_path": "auto",
        "onnx_ner_scope": "candidates",
        "onnx_ner_max_tokens": 64,
    },
    "output": {"pii_leak_entities": list(_IDENTIFIERS)},
}


class GuardSettings(BaseModel):
    enabled: bool = True
    policy: dict[str, Any] = Field(
        default_factory=lambda: dict(DEFAULT_GUARD_POLICY),
        description="guard policy for requests naming a catalog model (see docs/guard.md)",
    )
    detection_cache_entries: int = Field(
        default=4096,
        ge=0,
        le=1_000_000,
        description="Per input scanner and policy, how many texts' findings are kept (keyed by a digest, "
        "never the text), so a conversation's earlier turns and a repeated system prompt are not read "
        "again on every request; 0 reads every text every time.",
    )


class TracingSettings(BaseModel):
    enabled: bool = True
    otlp_endpoint: str | None = Field(
        default=None, description="OTLP/HTTP traces URL, e.g. http://collector:4318/v1/traces"
    )
    sample_ratio: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="Share of new traces recorded (a caller's sampled traceparent is always followed). "
        "Every request still gets a trace id in its headers, logs and ledger row.",
    )


JwtAlgorithm = Literal["RS256", "ES256"]
_JWT_ALGORITHMS: tuple[JwtAlgorithm, ...] = ("RS256", "ES256")


class OidcSettings(BaseModel):
    """Sign-in for people on the admin API with the organisation's identity provider (OIDC)."""

    model_config = ConfigDict(extra="forbid")

    issuer: str = Field(description="the `iss` every token must carry, exactly")
    audience: str = Field(description="the `aud` every token must carry (this gateway's client id)")
    jwks_url: str | None = Field(default=None, description="the IdP's JWKS URL (on the private network)")
    jwks_file: Path | None = Field(default=None, description="or a JWKS file, re-read when keys rotate")
    algorithms: list[JwtAlgorithm] = Field(default_factory=lambda: list(_JWT_ALGORITHMS))
    roles_claim: str = Field(
        default="roles", description="claim holding the roles; dots reach into objects (realm_access.roles)"
    )
    role_map: dict[str, str] = Field(
        default_factory=dict, description="IdP group or role name -> Stockade role (default: same name)"
    )
    tenant_claim: str = Field(
        default="stockade_tenant", description="claim naming a tenant-bound role's tenant"
    )
    leeway_s: float = Field(default=30.0, ge=0, le=300, description="clock skew allowed on exp/nbf/iat")
    jwks_cache_s: float = Field(default=300.0, ge=0, description="re-read the JWKS this often")
    jwks_min_refetch_s: float = Field(
        default=30.0, ge=0, description="a token with an unknown key id refetches at most this often"
    )
    jwks_timeout_s: float = Field(default=5.0, gt=0)

    @model_validator(mode="after")
    def _one_source(self) -> OidcSettings:
        if (self.jwks_url is None) == (self.jwks_file is None):
            raise ValueError("identity.oidc needs exactly one of jwks_url and jwks_file")
        return self


class IdentitySettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    oidc: OidcSettings | None = Field(
        default=None, description="OIDC sign-in on the admin API (off when unset)"
    )


class ConsoleOidcClient(BaseModel):
    """The console's browser sign-in (OIDC authorization code flow with PKCE). The ID token it
    returns is verified like any other (issuer, audience, keys and roles of `identity.oidc`)."""

    model_config = ConfigDict(extra="forbid")

    authorization_endpoint: str = Field(description="the IdP's authorize URL (what browsers are sent to)")
    token_endpoint: str = Field(description="the IdP's token URL (called by the gateway)")
    client_id: str | None = Field(default=None, description="default: identity.oidc.audience")
    client_secret_env: str | None = Field(
        default=None, description="environment variable holding the client secret (confidential clients)"
    )
    scopes: list[str] = Field(default_factory=lambda: ["openid", "profile"])
    redirect_url: str | None = Field(
        default=None, description="the callback URL registered at the IdP (default: from the request)"
    )
    timeout_s: float = Field(default=10.0, gt=0)


class ConsoleSettings(BaseModel):
    """The web console under /console (on the admin port when one is set)."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    session_secret: str | None = Field(
        default=None,
        min_length=32,
        description="signs session cookies; set it (STOCKADE_CONSOLE__SESSION_SECRET) when several "
        "replicas serve the console or sessions should outlive a restart (default: a new random "
        "secret per server start, shared by its workers)",
    )
    session_hours: float = Field(default=8.0, gt=0, le=24 * 7, description="a session ends after this")
    oidc: ConsoleOidcClient | None = Field(
        default=None, description="browser sign-in through identity.oidc's provider"
    )
    language: Literal["en", "tr"] = Field(
        default="en", description="the console's language (api/console/strings.py)"
    )
    eval_reports: list[Path] | None = Field(
        default=None,
        description="folders of eval reports (`stockade eval --out`) shown under Prompts and evals "
        "(default: evals/reports in the repository and evals/ under data_dir)",
    )


class ModelLoading(BaseModel):
    """Which catalog models this process serves; `None` means every model whose weights are present."""

    serve: list[str] | None = None


# The file load_settings was given, read by Settings' sources during that one call.
_CONFIG_FILE: ContextVar[Path | None] = ContextVar("stockade_config_file", default=None)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="STOCKADE_", env_nested_delimiter="__", extra="forbid", populate_by_name=True
    )

    catalog_path: Path = REPO_ROOT / "models" / "catalog.yaml"
    prompts_dir: Path = REPO_ROOT / "prompts"
    model_cache: Path | None = None
    data_dir: Path = REPO_ROOT / "var"
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("database_url", "STOCKADE_DATABASE_URL", "DATABASE_URL"),
        description="SQLAlchemy URL; default: a SQLite file in data_dir",
    )
    migrate_on_start: bool = Field(
        default=True,
        description="apply database migrations at start; false: refuse to start until `stockade db upgrade`",
    )
    redis_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("redis_url", "STOCKADE_REDIS_URL", "REDIS_URL"),
        description="shared counters for several replicas; default: in-process counters",
    )
    server: ServerSettings = ServerSettings()
    tenancy: TenancySettings = TenancySettings()
    identity: IdentitySettings = IdentitySettings()
    console: ConsoleSettings = ConsoleSettings()
    retention: RetentionSettings = RetentionSettings()
    tracing: TracingSettings = TracingSettings()
    guard: GuardSettings = GuardSettings()
    apps: dict[str, AppSettings] = Field(default_factory=dict)
    gateway: GatewaySettings = GatewaySettings()
    retrieval: dict[str, Any] = Field(
        default_factory=dict,
        description="RetrievalSettings overrides (docs/retrieval.md); data under data_dir",
    )
    limits: RequestLimits = RequestLimits()
    models: ModelLoading = ModelLoading()
    log_level: str = "INFO"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = _CONFIG_FILE.get() or os.environ.get("STOCKADE_CONFIG")
        if config_file:
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=config_file))
        return tuple(sources)

    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'stockade.db').resolve()}"


class ConfigError(Exception):
    pass


def load_settings(config_path: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the YAML file (if any; else STOCKADE_CONFIG's), then the environment, then
    explicit overrides. The file is handed to the settings sources for this call only: the process
    environment is left alone (`serve` hands its workers the settings themselves)."""
    if config_path is not None and not config_path.is_file():
        raise ConfigError(f"configuration file {config_path} does not exist")
    token = _CONFIG_FILE.set(config_path)
    try:
        return Settings(**overrides)
    except ValueError as exc:
        raise ConfigError(f"invalid configuration: {exc}") from exc
    finally:
        _CONFIG_FILE.reset(token)
