"""Secrets scanner: credentials that must never reach a model or its logs.

Patterns follow the public formats documented by each issuer (and mirrored by gitleaks and
detect-secrets); every one is anchored on a fixed prefix or structure so ordinary prose does not
match. Connection strings keep their scheme, user and host: only the password is replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.policy import SecretsPolicy
from guard.redaction import apply_redactions
from guard.scanner import Finding, ScanContext, ScanResult, result_from


@dataclass(frozen=True)
class SecretPattern:
    entity_type: str
    regex: re.Pattern[str]
    # Index of the capture group to redact; 0 means the whole match.
    group: int = 0


_PATTERNS = (
    SecretPattern(
        "SECRET_PRIVATE_KEY",
        re.compile(
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]+?"
            r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
        ),
    ),
    SecretPattern("SECRET_AWS_ACCESS_KEY", re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b")),
    SecretPattern(
        "SECRET_AWS_SECRET_KEY",
        re.compile(r"(?i)aws_?secret_?access_?key\s*[:=]\s*[\"']?([A-Za-z0-9/+=]{40})\b"),
        1,
    ),
    SecretPattern(
        "SECRET_GITHUB_TOKEN", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_\w{82})\b")
    ),
    SecretPattern("SECRET_GITLAB_TOKEN", re.compile(r"\bglpat-[A-Za-z0-9_-]{20}\b")),
    SecretPattern("SECRET_SLACK_TOKEN", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,250}\b")),
    SecretPattern("SECRET_STRIPE_KEY", re.compile(r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,247}\b")),
    SecretPattern("SECRET_OPENAI_KEY", re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}\b")),
    SecretPattern("SECRET_ANTHROPIC_KEY", re.compile(r"\bsk-ant-[A-Za-z0-9_-]{32,200}\b")),
    SecretPattern("SECRET_GOOGLE_API_KEY", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    SecretPattern("SECRET_HF_TOKEN", re.compile(r"\bhf_[A-Za-z0-9]{34,40}\b")),
    SecretPattern(
        "SECRET_JWT", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b")
    ),
    SecretPattern(
        "SECRET_CONNECTION_PASSWORD",
        re.compile(r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]{1,64}:([^\s@/]{1,128})@[^\s/]+"),
        1,
    ),
    SecretPattern(
        "SECRET_PASSWORD_ASSIGNMENT",
        re.compile(
            r"(?i)\b(?:password|passwd|pwd|parola|şifre|sifre|secret|api[_-]?key|access[_-]?token)"
            r"\s*[:=]\s*[\"']?([^\s\"';,]{6,128})"
        ),
        1,
    ),
    SecretPattern("SECRET_BEARER_TOKEN", re.compile(r"(?i)\bbearer\s+([A-Za-z0-9._~+/-]{20,}=*)")),
)


class SecretsScanner:
    name = "secrets"

    def __init__(self, policy: SecretsPolicy) -> None:
        self._policy = policy

    def detect(self, text: str) -> list[Finding]:
        findings: list[Finding] = []
        for pattern in _PATTERNS:
            for match in pattern.regex.finditer(text):
                start, end = match.span(pattern.group)
                if start < 0 or start == end:
                    continue
                findings.append(Finding(self.name, pattern.entity_type, start, end, 1.0, self._policy.action))
        return findings

    def scan(self, text: str, context: ScanContext) -> ScanResult:
        findings = self.detect(text)
        return result_from(apply_redactions(text, findings, context.vault, reversible=False), findings)
