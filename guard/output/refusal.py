"""Refusal detection: the model declined instead of answering (counted, and logged for review)."""

from __future__ import annotations

import re

_OPENINGS = re.compile(
    r"^\W*(?:I'?m\s+(?:really\s+|very\s+)?sorry|I\s+apologi[sz]e|Sorry|Unfortunately|As\s+an\s+AI|"
    r"Üzgünüm|Maalesef|Kusura\s+bakma)",
    re.IGNORECASE,
)
_DECLINES = re.compile(
    r"\b(?:I\s+(?:can(?:no|')?t|cannot|won'?t|will\s+not|am\s+(?:not\s+able|unable)|'m\s+(?:not\s+able|unable))"
    r"\s+(?:to\s+)?(?:help|assist|provide|comply|do\s+that|fulfil+|answer|support|share|create|write|give|generate)|"
    r"I\s+(?:must|have\s+to)\s+(?:decline|refuse)|(?:is|are)\s+not\s+something\s+I\s+can|"
    r"against\s+(?:my|the)\s+(?:guidelines|policies|programming)|"
    r"yardımcı\s+olamam|bu\s+konuda\s+yardım(?:cı)?\s+(?:olamam|edemem)|cevap\s+veremem|yanıt\s+veremem)",
    re.IGNORECASE,
)
# A refusal says so early; a long helpful answer that mentions "I can't" deep inside is not one.
_LOOK_AT_CHARS = 300


def is_refusal(answer: str) -> bool:
    head = answer.strip()[:_LOOK_AT_CHARS]
    if not head:
        return False
    return bool(_DECLINES.search(head)) or (
        bool(_OPENINGS.search(head))
        and len(answer) < 600
        and bool(
            re.search(
                r"\b(?:can'?t|cannot|unable|not able|won'?t)\b|"
                r"\b(?:olamam|edemem|veremem)\b",
                head,
                re.I,
            )
        )
    )
