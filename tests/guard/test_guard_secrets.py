from __future__ import annotations

import pytest

from guard.policy import SecretsPolicy
from guard.scanner import ScanContext
from guard.secrets import SecretsScanner

SCANNER = SecretsScanner(SecretsPolicy())

CASES = [
    ("key AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE", "SECRET_AWS_ACCESS_KEY"),
    ("token ghp_" + "a1B2c3D4e5" * 4, "ghp_" + "a1B2c3D4e5" * 4, "SECRET_GITHUB_TOKEN"),
    ("slack xoxb-123456789012-abcdefghijkl", "xoxb-123456789012-abcdefghijkl", "SECRET_SLACK_TOKEN"),
    ("use sk-proj-" + "Ab12" * 8, "sk-proj-" + "Ab12" * 8, "SECRET_OPENAI_KEY"),
    ("google AIza" + "B" * 35, "AIza" + "B" * 35, "SECRET_GOOGLE_API_KEY"),
    ("hf_" + "x" * 34 + " is my token", "hf_" + "x" * 34, "SECRET_HF_TOKEN"),
    (
        "Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345",
        "abcdefghijklmnopqrstuvwxyz012345",
        "SECRET_BEARER_TOKEN",
    ),
    ("password = hunter2hunter2", "hunter2hunter2", "SECRET_PASSWORD_ASSIGNMENT"),
    ("şifre: Gizli.Parola42", "Gizli.Parola42", "SECRET_PASSWORD_ASSIGNMENT"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), CASES)
def test_secret_is_found_and_redacted(text: str, secret: str, kind: str) -> None:
    result = SCANNER.scan(text, ScanContext())
    assert kind in {f.entity_type for f in result.findings}
    assert secret not in result.text
    assert "<SECRET_1>" in result.text


def test_connection_string_keeps_everything_but_the_password() -> None:
    text = "DATABASE_URL=postgresql://app_user:S3cr3t!pw@db.internal:5432/ledger"
    result = SCANNER.scan(text, ScanContext())
    assert result.text == "DATABASE_URL=postgresql://app_user:<SECRET_1>@db.internal:5432/ledger"


def test_private_key_block_is_redacted_whole() -> None:
    key = (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----"
    )
    result = SCANNER.scan(f"here it is:\n{key}\nthanks", ScanContext())
    assert result.text == "here it is:\n<SECRET_1>\nthanks"


def test_secrets_are_never_restorable() -> None:
    ctx = ScanContext()
    result = SCANNER.scan("password=hunter2hunter2", ctx)
    assert ctx.vault.restore(result.text) == result.text


@pytest.mark.parametrize(
    "text",
    [
        "Please reset my password, I forgot it.",
        "The skeleton key to success is practice.",
        "Visit https://example.com/docs for the API reference.",
        "Our token economy grew by 12% last year.",
    ],
)
def test_prose_is_not_a_secret(text: str) -> None:
    assert SCANNER.detect(text) == []
