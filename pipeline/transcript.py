"""The conversation as the model read it, for a front door that keeps conversations (stored
responses): never a value the input guard pseudonymised, only its placeholder."""

from __future__ import annotations

from dataclasses import dataclass

from guard.vault import Vault
from inference.engine import ChatMessage


@dataclass(frozen=True)
class Transcript:
    """The caller's messages after the input guard (personal data as placeholders, a withheld tool
    result as its notice), before an app's prompt and retrieved passages, which are added afresh on
    every turn; and the request's vault, which turns the client's copy of the answer (real values
    restored) back into the form the model wrote it in."""

    messages: tuple[ChatMessage, ...] = ()
    vault: Vault | None = None

    def conceal(self, text: str) -> str:
        return self.vault.conceal(text) if self.vault is not None else text
