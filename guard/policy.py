"""A guard policy: which scanners run, their thresholds, and what each finding leads to.

Loaded from a plain dict (one app's ``guard:`` section of stockade.yaml).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from guard.errors import PolicyError
from guard.hf_local import Device
from guard.scanner import Action, Direction

DEFAULT_PII_ENTITIES = [
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "LOCATION",
    "TR_TCKN",
    "TR_VKN",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PIIPolicy(_Strict):
    enabled: bool = True
    entities: list[str] = Field(default_factory=lambda: list(DEFAULT_PII_ENTITIES))
    # Presidio scores a phone number without context words at 0.4.
    score_threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.4
    # mask: placeholders only; pseudonymize: placeholders the caller's answer gets restored from.
    mode: Literal["mask", "pseudonymize"] = "pseudonymize"
    action: Action = "redact"
    entity_actions: dict[str, Action] = Field(default_factory=dict)
    language: str = "en"
    # spaCy's md model finds more names than sm at the same CPU (docs/guard.md, ninth pass); an
    # installed spaCy package name or a model folder works too.
    spacy_model: str = "en_core_web_md"
    # An operator-provided Hugging Face token-classification NER (guard/pii/hf_ner.py), read beside
    # spaCy and the name rules; its entity groups (B-/I- prefixes dropped) map to our types.
    hf_ner_model_path: str | None = None
    hf_ner_labels: dict[str, str] = Field(
        default_factory=lambda: {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION"}
    )
    hf_ner_device: Device = "auto"
    # An ONNX token-classification NER run on the CPU (guard/pii/onnx_ner.py), e.g. Rampart
    # (deploy/install-rampart.sh); its entity groups map to our types, a word counts at
    # onnx_ner_threshold or above. onnx_ner_scope: "text" reads every text whole; "english" skips
    # texts that look Turkish (the uncased, accent-stripped model reads Turkish poorly);
    # "candidates" reads only the windows around words that could be names, and lines written
    # without capitals. "auto": the Rampart folder make install puts in place (RAMPART_DIR), or none
    # where it is absent (a warning at start-up); the gateway's default policy asks for it.
    onnx_ner_model_path: str | None = None
    onnx_ner_labels: dict[str, str] = Field(
        default_factory=lambda: {"GIVEN_NAME": "PERSON", "SURNAME": "PERSON"}
    )
    onnx_ner_threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    onnx_ner_scope: Literal["text", "english", "candidates"] = "text"
    # "candidates": the most model tokens one text's windows may hold, the most name-like windows
    # first (engine.range_likeness); a bound on the model's CPU per text. None: every window.
    onnx_ner_max_tokens: Annotated[int, Field(ge=16)] | None = None
    # Precision filters on its PERSON spans (guard/pii/ner_filters.py); off: the model's spans as read.
    onnx_ner_filters: bool = True
    # The learned last check on PERSON spans (guard/pii/person_span_model.py): a span the model
    # finds less likely a name than person_span_threshold is dropped. None: the threshold shipped
    # with the model (chosen to lose about 1% of names on the development splits); off: every span
    # the readers and rules kept.
    person_span_model: bool = True
    person_span_threshold: Annotated[float, Field(ge=0.0, le=1.0)] | None = None

    @model_validator(mode="after")
    def _budget_needs_candidates(self) -> PIIPolicy:
        # A budget on a whole-text reading would be ignored: refuse it rather than drop it.
        if self.onnx_ner_max_tokens is not None and self.onnx_ner_scope != "candidates":
            raise ValueError("onnx_ner_max_tokens applies only to onnx_ner_scope: candidates")
        return self

    def action_for(self, entity_type: str) -> Action:
        return self.entity_actions.get(entity_type, self.action)


class SecretsPolicy(_Strict):
    enabled: bool = True
    action: Action = "redact"


class InjectionPolicy(_Strict):
    enabled: bool = True
    threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    # For system (and developer) messages: the app's persona and rules share words with role-play
    # and override attacks, so only a confident score blocks there (docs/guard.md, "Tenth pass").
    system_threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.9
    action: Action = "block"
    builtin_classifier: bool = True
    # An operator-provided Hugging Face sequence classifier (DeBERTa injection, Prompt Guard).
    hf_model_path: str | None = None
    hf_injection_labels: list[str] = Field(default_factory=lambda: ["INJECTION", "JAILBREAK", "LABEL_1"])
    hf_device: Device = "auto"
    max_decode_depth: Annotated[int, Field(ge=0, le=4)] = 2
    # A sentence in German, French, Spanish, Italian, Portuguese, Turkish, Russian, Arabic or Persian
    # is also read as its word-by-word English gloss (guard/injection/gloss.py), by the rules and the
    # classifier.
    gloss: bool = True


class Topic(_Strict):
    name: str
    description: str
    examples: list[str] = Field(default_factory=list)


class TopicPolicy(_Strict):
    enabled: bool = False
    topics: list[Topic] = Field(default_factory=list)
    threshold: Annotated[float, Field(ge=-1.0, le=1.0)] = 0.35
    refusal_message: str = "Sorry, I can only help with questions about this service."

    @model_validator(mode="after")
    def _topics_when_enabled(self) -> TopicPolicy:
        if self.enabled and not self.topics:
            raise ValueError("topic restriction is enabled but no topics are listed")
        return self


class OutputPolicy(_Strict):
    max_length: Annotated[int | None, Field(gt=0)] = None
    json_schema: dict[str, Any] | None = None
    detect_refusals: bool = True
    pii_leak: bool = True
    # Entity types masked in answers; None: the input's list. Names and places in answers are usually
    # public knowledge ("Paris", "Shakespeare"), identifiers never are.
    pii_leak_entities: list[str] | None = None
    faithfulness_threshold: Annotated[float | None, Field(ge=0.0, le=1.0)] = 0.7
    fallback_message: str = "I could not find a reliable answer to this question."
    # How many characters a streamed PII match may need; the redactor holds back no more.
    stream_holdback_chars: Annotated[int, Field(ge=8, le=512)] = 64


class LLMGuardScannerSpec(_Strict):
    """An llm-guard scanner plugged in by class name, e.g. ``{"name": "BanSubstrings", ...}``."""

    name: str
    direction: Direction = "input"
    params: dict[str, Any] = Field(default_factory=dict)
    action: Action = "block"


class GuardPolicy(_Strict):
    pii: PIIPolicy = PIIPolicy()
    secrets: SecretsPolicy = SecretsPolicy()
    injection: InjectionPolicy = InjectionPolicy()
    topics: TopicPolicy = TopicPolicy()
    output: OutputPolicy = OutputPolicy()
    llm_guard: list[LLMGuardScannerSpec] = Field(default_factory=list)
    max_chars: Annotated[int, Field(gt=0)] = 200_000

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> GuardPolicy:
        """Build a policy from configuration; every mistake becomes one readable PolicyError."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise PolicyError(f"guard policy must be a mapping, got {type(data).__name__}")
        try:
            return cls.model_validate(dict(data))
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in exc.errors()
            )
            raise PolicyError(f"invalid guard policy: {problems}") from exc


# Fields that choose what the gateway loads from its own disk (a spaCy package, a model folder, an
# llm-guard scanner with its parameters) or how much of its CPU a name model spends on a text (the
# ONNX NER's scope and token budget): only the operator's configuration sets them. A policy sent
# with a request (``POST /v1/guard/scan``) inherits them from the gateway's default policy and may
# only repeat a value the configuration already uses, so that a tenant can neither make the gateway
# load files of its choosing, nor probe which paths exist, nor buy a scan many times the CPU the
# operator budgeted (``onnx_ner_scope: text`` reads every token of a 20 KB text).
OPERATOR_FIELDS: tuple[tuple[str, ...], ...] = (
    ("pii", "spacy_model"),
    ("pii", "language"),
    ("pii", "hf_ner_model_path"),
    ("pii", "hf_ner_device"),
    ("pii", "onnx_ner_model_path"),
    ("pii", "onnx_ner_scope"),
    ("pii", "onnx_ner_max_tokens"),
    ("injection", "hf_model_path"),
    ("injection", "hf_device"),
    ("llm_guard",),
)


def _field(policy: BaseModel, path: tuple[str, ...]) -> Any:
    value: Any = policy
    for name in path:
        value = getattr(value, name)
    return value


def _with_field(policy: GuardPolicy, path: tuple[str, ...], value: Any) -> GuardPolicy:
    if len(path) == 1:
        return policy.model_copy(update={path[0]: value})
    section: BaseModel = getattr(policy, path[0])
    return policy.model_copy(update={path[0]: section.model_copy(update={path[1]: value})})


def _explicitly_set(policy: GuardPolicy, path: tuple[str, ...]) -> bool:
    if len(path) == 1:
        return path[0] in policy.model_fields_set
    return path[0] in policy.model_fields_set and path[1] in getattr(policy, path[0]).model_fields_set


def request_policy(data: Mapping[str, Any] | None, configured: Sequence[GuardPolicy]) -> GuardPolicy:
    """A policy sent with a request, checked against the gateway's own (``configured[0]`` is its
    default): operator fields it leaves out come from the default, and ones it sets must match a
    configured policy (``OPERATOR_FIELDS``)."""
    policy = GuardPolicy.from_dict(data)
    for path in OPERATOR_FIELDS:
        if not _explicitly_set(policy, path):
            policy = _with_field(policy, path, _field(configured[0], path))
        elif all(_field(policy, path) != _field(c, path) for c in configured):
            name = ".".join(path)
            raise PolicyError(
                f"invalid guard policy: {name} is chosen by the gateway's configuration, not per request; "
                f"leave it out or use a value of a configured policy"
            )
    _check_name_model_budget(policy, configured)
    return policy


def _check_name_model_budget(policy: GuardPolicy, configured: Sequence[GuardPolicy]) -> None:
    """A scope and a budget each taken from a different configured policy (one app's ``text``,
    the default's model folder) would still read every token: the three go together."""
    pii = policy.pii
    if pii.onnx_ner_model_path is None:
        return
    allowed = {
        (c.pii.onnx_ner_scope, c.pii.onnx_ner_max_tokens)
        for c in configured
        if c.pii.onnx_ner_model_path == pii.onnx_ner_model_path
    }
    if (pii.onnx_ner_scope, pii.onnx_ner_max_tokens) not in allowed:
        raise PolicyError(
            "invalid guard policy: pii.onnx_ner_scope and pii.onnx_ner_max_tokens are chosen by the "
            "gateway's configuration, together with pii.onnx_ner_model_path; leave them out or use "
            "the values of a configured policy"
        )
