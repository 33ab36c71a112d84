from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import AnalyzerEngine

from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy, SecretsPolicy
from guard.redaction import apply_redactions
from guard.scanner import Finding
from guard.secrets import SecretsScanner
from guard.streaming import StreamingRedactor
from guard.vault import Vault


def _chunks(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts})
    edges = [0, *points, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(edges)]


def test_restore_only_known_placeholders() -> None:
    vault = Vault()
    p = vault.placeholder("EMAIL", "a@b.com", reversible=True)
    assert p == "<EMAIL_1>"
    assert vault.placeholder("EMAIL", "a@b.com", reversible=True) == p
    assert vault.restore("mail <EMAIL_1> not <EMAIL_2>") == "mail a@b.com not <EMAIL_2>"


@given(st.lists(st.integers(min_value=0, max_value=200), max_size=12))
def test_stream_restore_equals_whole_restore(cuts: list[int]) -> None:
    vault = Vault()
    vault.placeholder("EMAIL", "ayse@example.org", reversible=True)
    vault.placeholder("PERSON", "Ayşe Yılmaz", reversible=True)
    answer = "Dear <PERSON_1>, we wrote to <EMAIL_1>. Keep <CODE> and 1 < 2 > 0 as they are.<EMAIL_1>"
    restorer = vault.stream_restorer()
    out = "".join(restorer.feed(c) for c in _chunks(answer, cuts)) + restorer.flush()
    assert out == vault.restore(answer)


def _bare_vault() -> Vault:
    vault = Vault()
    vault.placeholder("PERSON", "Ayşe Yılmaz", reversible=True)
    vault.placeholder("EMAIL_ADDRESS", "ayse@example.org", reversible=True)
    vault.placeholder("PHONE_NUMBER", "+90 532 000 00 00", reversible=False)  # masked: never restored
    return vault


# A JSON answer whose model dropped the angle brackets, and bare-looking tokens that must stay: not
# whole tokens, or not placeholders this request's vault restores.
BARE_ANSWER = (
    '{"name": "PERSON_1", "email": "EMAIL_ADDRESS_1", "again": "<PERSON_1>", "phone": "PHONE_NUMBER_1", '
    '"others": "PERSON_12 XPERSON_1 PERSON_1_b PERSON_2 person_1 PERSON_1x"} PERSON_1'
)
BARE_RESTORED = (
    '{"name": "Ayşe Yılmaz", "email": "ayse@example.org", "again": "Ayşe Yılmaz", "phone": "PHONE_NUMBER_1", '
    '"others": "PERSON_12 XPERSON_1 PERSON_1_b PERSON_2 person_1 PERSON_1x"} Ayşe Yılmaz'
)


def test_a_bare_placeholder_is_restored_as_a_whole_token_of_this_request_only() -> None:
    assert _bare_vault().restore(BARE_ANSWER) == BARE_RESTORED
    # Another request's vault (or none) restores nothing.
    assert Vault().restore('{"name": "PERSON_1"}') == '{"name": "PERSON_1"}'


@given(st.lists(st.integers(min_value=0, max_value=len(BARE_ANSWER)), max_size=20))
def test_stream_restores_bare_placeholders_like_the_whole_answer(cuts: list[int]) -> None:
    vault = _bare_vault()
    restorer = vault.stream_restorer()
    out = "".join(restorer.feed(c) for c in _chunks(BARE_ANSWER, cuts)) + restorer.flush()
    assert out == BARE_RESTORED


def test_stream_holds_back_only_what_may_be_a_bare_placeholder() -> None:
    restorer = _bare_vault().stream_restorer()
    assert restorer.feed("Dear PERS") == "Dear "  # may become PERSON_1
    assert restorer.feed("ON_1") == ""  # may still become PERSON_12 or PERSON_1x
    assert restorer.feed(", hello") == "Ayşe Yılmaz, hello"
    assert restorer.feed(" Paris") == " Paris"  # no placeholder starts so: released at once
    assert restorer.feed(" PERSON_13") == " PERSON_13"
    assert restorer.feed("x" * 100) == "x" * 100  # a long word is no placeholder
    assert restorer.flush() == ""


ANSWER = (
    "Sure. The customer John Smith can be reached at john.smith@example.com or +1 212 555 0199.\n"
    "Their card 4111 1111 1111 1111 was charged twice; the key sk-proj-abcdefghijklmnopqrstuvwx12 leaked.\n"
    "Refund goes to IBAN GB82 WEST 1234 5698 7654 32 within five days."
)
SECRETS_IN_ANSWER = [
    "john.smith@example.com",
    "+1 212 555 0199",
    "4111 1111 1111 1111",
    "sk-proj-abcdefghijklmnopqrstuvwx12",
    "GB82 WEST 1234 5698 7654 32",
]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=40))
def test_stream_never_leaks_and_matches_batch_redaction(analyzer: AnalyzerEngine, cuts: list[int]) -> None:
    detectors = [PIIScanner(PIIPolicy(mode="mask"), analyzer), SecretsScanner(SecretsPolicy())]
    vault = Vault()
    redactor = StreamingRedactor(detectors, vault, holdback=64)
    emitted = ""
    for chunk in _chunks(ANSWER, cuts):
        emitted += redactor.feed(chunk)
        for value in SECRETS_IN_ANSWER:
            assert value not in emitted
    emitted += redactor.flush()
    for value in SECRETS_IN_ANSWER:
        assert value not in emitted
    batch_findings = [f for d in detectors for f in d.detect(ANSWER)]
    expected = apply_redactions(ANSWER, batch_findings, Vault(), reversible=False)
    # Placeholder numbers may differ in order; the text around them must not.
    assert emitted.count("<EMAIL_") == expected.count("<EMAIL_") == 1
    assert emitted.count("<CREDIT_CARD_") == 1 and emitted.count("<SECRET_") == 1
    assert emitted.endswith("within five days.")


def test_stream_holds_back_no_more_than_needed(analyzer: AnalyzerEngine) -> None:
    redactor = StreamingRedactor([PIIScanner(PIIPolicy(), analyzer)], Vault(), holdback=64)
    text = "The quarterly report shows steady growth in every region we operate in, " * 4
    emitted = ""
    for word in text.split(" "):
        emitted += redactor.feed(word + " ")
        fed = len(emitted) + len(redactor._buffer)
        assert fed - len(emitted) <= 64 + 16 + 16  # holdback, one detection step, at most one word
    emitted += redactor.flush()
    assert emitted == text + " "


def test_stream_releases_completed_lines(analyzer: AnalyzerEngine) -> None:
    redactor = StreamingRedactor([PIIScanner(PIIPolicy(), analyzer)], Vault(), holdback=64)
    assert redactor.feed("Short line.\n") == "Short line.\n"


IDENTIFIERS = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=60))
def test_identifiers_only_stream_never_leaks_and_matches_batch_redaction(
    analyzer: AnalyzerEngine, cuts: list[int]
) -> None:
    detectors = [
        PIIScanner(PIIPolicy(mode="mask", entities=IDENTIFIERS), analyzer),
        SecretsScanner(SecretsPolicy()),
    ]
    redactor = StreamingRedactor(detectors, Vault(), holdback=64, identifiers_only=True)
    emitted = ""
    for chunk in _chunks(ANSWER, cuts):
        emitted += redactor.feed(chunk)
        for value in SECRETS_IN_ANSWER:
            assert value not in emitted
            # Not even the first group of a number may slip out ahead of the rest.
            assert value.split(" ")[0] not in emitted
    emitted += redactor.flush()
    batch = [f for d in detectors for f in d.detect(ANSWER)]
    expected = apply_redactions(ANSWER, batch, Vault(), reversible=False)
    assert emitted == expected


def test_identifiers_only_releases_prose_a_word_behind(analyzer: AnalyzerEngine) -> None:
    detectors = [PIIScanner(PIIPolicy(entities=IDENTIFIERS), analyzer), SecretsScanner(SecretsPolicy())]
    redactor = StreamingRedactor(detectors, Vault(), holdback=64, identifiers_only=True)
    assert redactor.feed("The") == ""  # the word may still be growing
    assert redactor.feed(" capital") == "The "
    assert redactor.feed(" of France is Paris") == "capital of France is "
    # Digit groups wait for the whole number, then go out redacted.
    assert redactor.feed(". Call +1 212") == "Paris. Call "
    assert redactor.feed(" 555 0199") == ""
    assert redactor.feed(" now.") == "<PHONE_1> "
    assert redactor.flush() == "now."


def test_identifiers_only_redacts_a_secret_split_over_deltas() -> None:
    redactor = StreamingRedactor([SecretsScanner(SecretsPolicy())], Vault(), identifiers_only=True)
    deltas = ["Use the key ", "sk-proj-abcdefghijk", "lmnopqrstuvwx12 ", "for tests."]
    out = "".join(redactor.feed(d) for d in deltas) + redactor.flush()
    assert "sk-proj" not in out and out.startswith("Use the key <SECRET_") and out.endswith(" for tests.")


def test_identifiers_only_catches_secrets_without_digits() -> None:
    # No digit, "@", ":" or "=": only the long word gives these away.
    for secret in ("xoxb-abcdefghijklmnop", "Bearer abcdefghijklmnopqrstuvwxyzABCD"):
        redactor = StreamingRedactor([SecretsScanner(SecretsPolicy())], Vault(), identifiers_only=True)
        words = f"Here it is {secret} and that is all.".split(" ")
        out = "".join(redactor.feed(word + " ") for word in words) + redactor.flush()
        assert secret.split(" ")[-1] not in out and "<SECRET_" in out


class _Counting:
    """The real detector, with the number of detection passes it was asked for."""

    def __init__(self, detector: PIIScanner | SecretsScanner) -> None:
        self.detector, self.passes = detector, 0

    def detect(self, text: str) -> list[Finding]:
        self.passes += 1
        return self.detector.detect(text)


def test_identifiers_only_does_not_rescan_prose_for_a_number_already_released(
    analyzer: AnalyzerEngine,
) -> None:
    """A numbered step's digits, once released, give later words nothing to detect: each pass costs
    about a millisecond, so a numbered answer used to pay one per token while a digit sat in the
    last 64 released characters."""
    pii = _Counting(PIIScanner(PIIPolicy(mode="mask", entities=IDENTIFIERS), analyzer))
    redactor = StreamingRedactor([pii], Vault(), holdback=64, identifiers_only=True)
    prose = "open the settings page, choose the account tab and set the daily limit you want"
    words = f"1. {prose}.\n2. {prose}, or call +1 212 555 0199 today.".split(" ")
    out = "".join(redactor.feed(w + " ") for w in words) + redactor.flush()
    assert out == f"1. {prose}.\n2. {prose}, or call <PHONE_1> today. "
    # Passes run while a digit is among the unreleased or the last three released words: around
    # "1." and "2." and the phone number's groups (6 here), not for the plain words of each step
    # (26 when any digit in the last 64 released characters asked for one).
    assert pii.passes <= 10, pii.passes


def test_identifiers_only_still_sees_a_secrets_key_among_the_last_released_words() -> None:
    """No digit, no long word: only the key, already released when its value is, gives it away."""
    redactor = StreamingRedactor([SecretsScanner(SecretsPolicy())], Vault(), identifiers_only=True)
    words = ["Your", "new", "password:", "letmein", "and", "nothing", "else."]
    out = "".join(redactor.feed(w + " ") for w in words) + redactor.flush()
    assert "letmein" not in out and "password: <SECRET_" in out


STEPS = (
    "1. Log in at 10.0.0.12 with password: hunter-two-x and wait.\n"
    "2. Call +44 20 7946 0958 or mail ops@example.org if step 1 fails.\n"
    "3. This step has no numbers at all, only words that go on for a while before it ends.\n"
    "4. The card 5500 0000 0000 0004 is charged on day 12 of the month."
)
STEP_VALUES = ["10.0.0.12", "hunter-two-x", "+44 20 7946 0958", "ops@example.org", "5500 0000 0000 0004"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=80))
def test_identifiers_only_numbered_answer_never_leaks_and_matches_batch_redaction(
    analyzer: AnalyzerEngine, cuts: list[int]
) -> None:
    """Detection skipped where no value can be released: still what the batch check gives."""
    detectors = [
        PIIScanner(PIIPolicy(mode="mask", entities=IDENTIFIERS), analyzer),
        SecretsScanner(SecretsPolicy()),
    ]
    batch = [f for d in detectors for f in d.detect(STEPS)]
    expected = apply_redactions(STEPS, batch, Vault(), reversible=False)
    assert all(value not in expected for value in STEP_VALUES)  # the batch check finds each
    redactor = StreamingRedactor(detectors, Vault(), holdback=64, identifiers_only=True)
    emitted = ""
    for chunk in _chunks(STEPS, cuts):
        emitted += redactor.feed(chunk)
        assert not any(value in emitted for value in STEP_VALUES)
    assert emitted + redactor.flush() == expected
