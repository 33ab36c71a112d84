"""A policy sent with a request may not choose what the gateway loads from its disk."""

from __future__ import annotations

import re

import pytest

from guard.errors import PolicyError
from guard.policy import GuardPolicy, request_policy

DEFAULT = GuardPolicy.from_dict({"injection": {"hf_model_path": "/srv/models/prompt-guard"}})
APP = GuardPolicy.from_dict({"pii": {"spacy_model": "en_core_web_md"}})


@pytest.mark.parametrize(
    ("sent", "field"),
    [
        ({"injection": {"hf_model_path": "/etc"}}, "injection.hf_model_path"),
        ({"pii": {"spacy_model": "/home/someone/model"}}, "pii.spacy_model"),
        ({"pii": {"language": "de"}}, "pii.language"),
        ({"llm_guard": [{"name": "Regex", "params": {"patterns": ["(a+)+$"]}}]}, "llm_guard"),
        # How much CPU the name model spends is the operator's too.
        ({"pii": {"onnx_ner_scope": "english"}}, "pii.onnx_ner_scope"),
    ],
)
def test_operator_fields_outside_the_configuration_are_refused(sent: dict, field: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(PolicyError, match=rf"{re.escape(field)} is chosen by the gateway's configuration"):
        request_policy(sent, [DEFAULT, APP])


def test_operator_fields_left_out_come_from_the_default_policy() -> None:
    policy = request_policy({"pii": {"mode": "mask"}}, [DEFAULT, APP])
    assert policy.pii.mode == "mask"
    assert policy.injection.hf_model_path == "/srv/models/prompt-guard"
    assert policy.pii.spacy_model == DEFAULT.pii.spacy_model


def test_a_configured_value_may_be_repeated() -> None:
    policy = request_policy(
        {"pii": {"spacy_model": "en_core_web_md", "entities": ["EMAIL_ADDRESS"]}}, [DEFAULT, APP]
    )
    assert policy.pii.spacy_model == "en_core_web_md"
    assert policy.pii.entities == ["EMAIL_ADDRESS"]
    assert policy.injection.hf_model_path == "/srv/models/prompt-guard"


def test_only_values_some_configured_policy_uses_are_allowed() -> None:
    # The app's policy runs without the operator's model, so a request may too; with the default
    # alone it may not.
    assert (
        request_policy({"injection": {"hf_model_path": None}}, [DEFAULT, APP]).injection.hf_model_path is None
    )
    with pytest.raises(PolicyError, match=r"injection\.hf_model_path"):
        request_policy({"injection": {"hf_model_path": None}}, [DEFAULT])


def test_an_invalid_policy_is_still_reported_as_such() -> None:
    with pytest.raises(PolicyError, match=r"pii\.mode"):
        request_policy({"pii": {"mode": "?"}}, [DEFAULT])


# A budgeted policy, written as api/config.py writes the gateway's default (Rampart on candidate windows).
BUDGETED = GuardPolicy.from_dict(
    {
        "pii": {
            "onnx_ner_model_path": "/srv/models/rampart",
            "onnx_ner_scope": "candidates",
            "onnx_ner_max_tokens": 48,
        }
    }
)


def test_the_name_models_budget_is_inherited_and_cannot_be_lifted() -> None:
    inherited = request_policy({"pii": {"mode": "mask"}}, [BUDGETED, APP])
    assert (inherited.pii.onnx_ner_scope, inherited.pii.onnx_ner_max_tokens) == ("candidates", 48)
    assert inherited.pii.onnx_ner_model_path == "/srv/models/rampart"
    # APP (the library's PIIPolicy) has scope "text" but no model: "text" matches a configured value
    # field by field, yet with the default's model it would read every token of the text.
    for sent in (
        {"pii": {"onnx_ner_scope": "text", "onnx_ner_max_tokens": None}},
        {"pii": {"onnx_ner_scope": "text"}},
    ):
        with pytest.raises(PolicyError, match=r"pii\.onnx_ner_scope and pii\.onnx_ner_max_tokens"):
            request_policy(sent, [BUDGETED, APP])
    # Without the model the scope reads nothing: the app's own values stay allowed.
    bare = request_policy(
        {"pii": {"onnx_ner_model_path": None, "onnx_ner_scope": "text", "onnx_ner_max_tokens": None}},
        [BUDGETED, APP],
    )
    assert bare.pii.onnx_ner_model_path is None
    with pytest.raises(PolicyError, match=r"pii\.onnx_ner_max_tokens is chosen by the gateway"):
        request_policy({"pii": {"onnx_ner_scope": "candidates", "onnx_ner_max_tokens": 4096}}, [BUDGETED])
    # Repeating the configured budget is fine.
    same = request_policy({"pii": {"onnx_ner_scope": "candidates", "onnx_ner_max_tokens": 48}}, [BUDGETED])
    assert same.pii.onnx_ner_max_tokens == 48
