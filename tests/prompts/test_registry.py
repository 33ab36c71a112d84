from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from inference.prompts import (
    InvalidPromptFile,
    PromptNotFound,
    PromptRegistry,
    VersionNotFound,
)

REPO = Path(__file__).resolve().parents[2]
WritePrompt = Callable[..., Path]


def test_get_list_versions(prompt_root: Path, write_prompt: WritePrompt) -> None:
    for version in ["1.0.0", "1.1.0", "2.0.0-rc.1"]:
        write_prompt("summarize", version)
    write_prompt("classify", "0.1.0", description="Sorts tickets")
    registry = PromptRegistry(prompt_root, reload_interval_s=0)

    assert registry.versions("summarize") == ["1.0.0", "1.1.0", "2.0.0-rc.1"]
    assert registry.get("summarize").version_str == "1.1.0"
    assert registry.get("summarize", "^1.0").version_str == "1.1.0"
    assert registry.get("summarize", "~1.0").version_str == "1.0.0"
    assert registry.get("summarize", "v2.0.0-rc.1").version_str == "2.0.0-rc.1"
    summaries = {s.name: s for s in registry.list()}
    assert summaries["classify"].description == "Sorts tickets"
    assert summaries["classify"].latest == "0.1.0"
    assert summaries["summarize"].versions == ("1.0.0", "1.1.0", "2.0.0-rc.1")


def test_unknown_prompt_and_version(prompt_root: Path, write_prompt: WritePrompt) -> None:
    write_prompt("summarize", "1.0.0")
    write_prompt("summarize", "2.0.0-rc.1")
    registry = PromptRegistry(prompt_root, reload_interval_s=0)
    with pytest.raises(PromptNotFound):
        registry.get("nope")
    with pytest.raises(PromptNotFound):
        registry.get("../summarize")
    with pytest.raises(VersionNotFound, match=r"available: 1\.0\.0, 2\.0\.0-rc\.1.*") as info:
        registry.get("summarize", "^2.0")
    assert "pre-release" in str(info.value)


def test_diff_is_unified_and_names_both_files(prompt_root: Path, write_prompt: WritePrompt) -> None:
    write_prompt("summarize", "1.0.0", changelog="Initial")
    write_prompt("summarize", "1.1.0", changelog="Shorter answers.")
    registry = PromptRegistry(prompt_root, reload_interval_s=0)
    diff = registry.diff("summarize", "1.0.0", "^1.1")
    assert diff.startswith("--- summarize/v1.0.0.md\n+++ summarize/v1.1.0.md\n")
    assert "-changelog: Initial\n+changelog: Shorter answers.\n" in diff
    assert registry.diff("summarize", "1.0.0", "1.0.0") == ""
    assert registry.show("summarize", "1.1.0").startswith("---\ndescription: summarize 1.1.0")


def test_reloads_edited_and_new_files(prompt_root: Path, write_prompt: WritePrompt) -> None:
    path = write_prompt("summarize", "1.0.0", description="before")
    registry = PromptRegistry(prompt_root, reload_interval_s=0)
    first = registry.get("summarize")
    assert first.spec.description == "before"

    path.write_text(path.read_text().replace("before", "after, edited"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    edited = registry.get("summarize")
    assert edited.spec.description == "after, edited"
    assert edited.content_hash != first.content_hash

    write_prompt("summarize", "1.2.0")
    assert registry.get("summarize", "^1").version_str == "1.2.0"
    (prompt_root / "summarize" / "v1.2.0.md").unlink()
    assert registry.get("summarize", "^1").version_str == "1.0.0"


def test_reload_interval_serves_the_cached_listing(prompt_root: Path, write_prompt: WritePrompt) -> None:
    write_prompt("summarize", "1.0.0")
    registry = PromptRegistry(prompt_root, reload_interval_s=3600)
    assert registry.versions("summarize") == ["1.0.0"]
    write_prompt("summarize", "1.1.0")
    assert registry.versions("summarize") == ["1.0.0"]
    assert registry.validate() == []  # validate always rescans
    assert registry.versions("summarize") == ["1.0.0", "1.1.0"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter at all\n## user\nhi\n", "missing YAML front matter"),
        ("---\nchangelog: x\ntests: [{input: {}}]\nfoo: 1\n---\n## user\nhi\n", "foo"),
        ("---\nchangelog: x\ntests: [{input: {}}]\n---\n## user\nhi\n{{ who }}\n", "undeclared variable"),
        ("---\nchangelog: x\n---\n## user\nhi\n", "`tests` or an `eval_suite`"),
        ("---\nchangelog: x\neval_suite: s\n---\nhello\n## user\nhi\n", "before the first"),
        ("---\nchangelog: x\neval_suite: s\n---\n## user\n{% if %}\n", "template error"),
        ("---\nchangelog: x\neval_suite: s\n---\njust text\n", "no '## system'"),
        ("---\nchangelog: [unclosed\n---\n## user\nhi\n", "cannot read front matter"),
        (
            "---\nchangelog: x\neval_suite: s\nvariables: {a: {type: string, description: d}}\n"
            "---\n## user\nhi\n",
            "never used",
        ),
        (
            "---\nchangelog: x\neval_suite: s\nvariables: {a: {type: strin, description: d}}\n"
            "---\n## user\n{{a}}\n",
            "invalid front matter",
        ),
        (
            "---\nchangelog: x\neval_suite: s\n"
            "variables: {a: {type: string, description: d, maxLength: -1}}\n---\n## user\n{{a}}\n",
            "invalid variable schema",
        ),
        (
            "---\nchangelog: x\neval_suite: s\nvariables: {a: {type: integer, description: d, default: x}}\n"
            "---\n## user\n{{a}}\n",
            "default does not fit",
        ),
        (
            "---\nchangelog: x\ntests: [{input: {b: 1}}]\nvariables: {a: {type: string, description: d}}\n"
            "---\n## user\n{{a}}\n",
            r"tests\[0\]",
        ),
        ("---\nchangelog: x\neval_suite: s\nparameters: {temprature: 0}\n---\n## user\nhi\n", "temprature"),
    ],
)
def test_invalid_files_fail_with_the_file_named(
    prompt_root: Path, write_prompt: WritePrompt, text: str, message: str
) -> None:
    path = write_prompt("broken", "1.0.0", text)
    write_prompt("fine", "1.0.0")
    registry = PromptRegistry(prompt_root, reload_interval_s=0)
    with pytest.raises(InvalidPromptFile, match=message) as info:
        registry.get("broken", "1.0.0")
    assert str(path) in str(info.value)
    assert registry.get("fine").version_str == "1.0.0"  # one bad file does not take others down
    assert [str(path) in str(p) for p in registry.validate()] == [True]


def test_bad_file_names_are_reported(prompt_root: Path, write_prompt: WritePrompt) -> None:
    write_prompt("summarize", "1.0.0")
    (prompt_root / "summarize" / "v1.0.md").write_text("x")
    (prompt_root / "summarize" / "README.md").write_text("not a version, ignored")
    registry = PromptRegistry(prompt_root, reload_interval_s=0)
    assert registry.versions("summarize") == ["1.0.0"]
    problems = registry.validate()
    assert len(problems) == 1 and "v1.0.md" in str(problems[0])


def test_repository_prompts_are_valid() -> None:
    registry = PromptRegistry(REPO / "prompts", reload_interval_s=0)
    assert registry.validate() == []
    assert registry.versions("customer-support") == ["1.0.0", "1.1.0", "2.0.0-rc.1"]
    assert registry.get("customer-support", "^1.0").version_str == "1.1.0"
    diff = registry.diff("customer-support", "1.0.0", "1.1.0")
    assert "+- Refunds: refunds go back to the original payment method" in diff
