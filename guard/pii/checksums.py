"""Checksums for Turkish identifiers that Presidio does not validate itself."""

from __future__ import annotations


def vkn_is_valid(value: str) -> bool:
    """Vergi kimlik numarası (10 digits): the Gelir İdaresi check-digit algorithm."""
    if len(value) != 10 or not value.isdigit():
        return False
    digits = [int(c) for c in value]
    total = 0
    for i in range(9):
        shifted = (digits[i] + 9 - i) % 10
        total += 9 if shifted == 9 else (shifted * 2 ** (9 - i)) % 9
    return (10 - total % 10) % 10 == digits[9]
