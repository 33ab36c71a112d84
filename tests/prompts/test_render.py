from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from inference.prompts import (
    MissingVariable,
    PromptRegistry,
    RenderError,
    UnexpectedVariable,
    VariableTypeError,
)

REPO = Path(__file__).resolve().parents[2]
WritePrompt = Callable[..., Path]


@pytest.fixture
def registry(prompt_root: Path, write_prompt: WritePrompt) -> PromptRegistry:
    write_prompt("qa", "1.0.0")
    return PromptRegistry(prompt_root, reload_interval_s=0)


def test_renders_roles_defaults_and_parameters(registry: PromptRegistry) -> None:
    rendered = registry.get("qa").render(question="Why is the sky blue?")
    assert [(m.role, m.content) for m in rendered.messages] == [
        ("system", "Answer in a formal tone."),
        ("user", "Why is the sky blue?"),
    ]
    assert rendered.parameters.temperature == 0.2 and rendered.parameters.max_tokens == 64
    assert rendered.version == "1.0.0" and len(rendered.content_hash) == 64
    with_options = registry.get("qa").render({"question": "Q", "tone": "casual"}, top_k=3)
    assert with_options.openai_messages()[0] == {
        "role": "system",
        "content": "Answer in a casual tone. List at most 3 points.",
    }


@pytest.mark.parametrize(
    ("variables", "error", "variable"),
    [
        ({}, MissingVariable, "question"),
        ({"tone": "casual"}, MissingVariable, "question"),
        ({"question": "Q", "temperature": 1}, UnexpectedVariable, "temperature"),
        ({"question": 42}, VariableTypeError, "question"),
        ({"question": "Q", "tone": "angry"}, VariableTypeError, "tone"),
        ({"question": "Q", "top_k": 0}, VariableTypeError, "top_k"),
        ({"question": "Q", "top_k": True}, VariableTypeError, "top_k"),
        ({"question": "Q", "top_k": "3"}, VariableTypeError, "top_k"),
        ({"question": "x" * 201}, VariableTypeError, "question"),
    ],
)
def test_bad_variables_raise_typed_errors(
    registry: PromptRegistry, variables: dict[str, object], error: type[RenderError], variable: str
) -> None:
    with pytest.raises(error) as info:
        registry.get("qa").render(variables)
    assert info.value.variable == variable
    assert isinstance(info.value, RenderError)


def test_template_cannot_reach_python_internals(prompt_root: Path, write_prompt: WritePrompt) -> None:
    write_prompt(
        "evil",
        "1.0.0",
        """\
        ---
        changelog: x
        eval_suite: s
        variables: {q: {type: string, description: d}}
        ---
        ## user
        {{ q.__class__.__mro__[1].__subclasses__() }}
        """,
    )
    with pytest.raises(RenderError, match=r"unsafe|undefined"):
        PromptRegistry(prompt_root, reload_interval_s=0).get("evil").render(q="x")


def test_with_parameters_keeps_the_content_hash(registry: PromptRegistry) -> None:
    prompt = registry.get("qa")
    pinned = prompt.with_parameters(temperature=0.0, seed=7)
    assert (pinned.parameters.temperature, pinned.parameters.seed) == (0.0, 7)
    assert pinned.content_hash == prompt.content_hash
    assert prompt.parameters.temperature == 0.2
    with pytest.raises(RenderError):
        prompt.with_parameters(temperature=5)


def test_customer_support_versions_render_the_same_variables() -> None:
    registry = PromptRegistry(REPO / "prompts", reload_interval_s=0)
    old = registry.get("customer-support", "1.0.0").render(message="Where is my order?")
    new = registry.get("customer-support", "1.1.0").render(message="Where is my order?", company_name="Acme")
    assert [m.role for m in old.messages] == ["system", "user"]
    assert [m.role for m in new.messages] == ["system", "user", "assistant", "user"]
    assert "Northwind Store" in old.messages[0].content
    assert "Acme" in new.messages[0].content and "Northwind" not in new.messages[0].content
    assert new.messages[-1].content == "Where is my order?"
