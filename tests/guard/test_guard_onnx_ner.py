"""The ONNX NER (``pii.onnx_ner_model_path``) with the real Rampart model that ``make install`` puts
in the environment (deploy/install-rampart.sh); ``STOCKADE_RAMPART_DIR`` names another copy."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from guard.errors import PolicyError, ScannerUnavailableError
from guard.pii import onnx_ner
from guard.pii.engine import range_likeness, spacy_vocabulary
from guard.pii.ner_filters import person_span
from guard.pii.onnx_ner import BATCH_TOKENS, OnnxNerRecognizer, _batches
from guard.pii.scanner import PIIScanner
from guard.policy import GuardPolicy, PIIPolicy, request_policy
from guard.scanner import ScanContext
from guard.vault import Vault

from .conftest import NEEDS_RAMPART  # type: ignore[import-not-found]
from .conftest import RAMPART_LABELS as LABELS  # type: ignore[import-not-found]
from .conftest import RAMPART_MODEL as MODEL  # type: ignore[import-not-found]

pytestmark = NEEDS_RAMPART


@pytest.fixture(scope="module")
def ner() -> OnnxNerRecognizer:
    return OnnxNerRecognizer(str(MODEL), LABELS)


def people(ner: OnnxNerRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in ner.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"]


def test_a_lone_first_name_in_context_is_a_person(ner: OnnxNerRecognizer) -> None:
    assert people(ner, "Lauren called about the invoice.") == ["Lauren"]
    assert people(ner, "ask Maria before Friday") == ["Maria"]


def test_a_given_name_and_surname_are_one_span(ner: OnnxNerRecognizer) -> None:
    text = "Anders Skov and Wiola Nowak joined the call."
    assert people(ner, text) == ["Anders Skov", "Wiola Nowak"]
    assert people(ner, "Jean-Pierre O'Brien called.") == ["Jean-Pierre O'Brien"]


def test_offsets_index_the_original_text_where_the_tokenizer_folds_turkish_letters(
    ner: OnnxNerRecognizer,
) -> None:
    # The tokenizer lower-cases and strips accents ("İ" becomes two code points, "ş" "s"); the
    # spans still index the text as it was sent.
    assert people(ner, "Sayın Dr. Ayşe Yılmaz'ın randevusu onaylandı.") == ["Ayşe Yılmaz"]
    assert people(ner, "İSMAİL KARAKUŞ aradı.") == ["İSMAİL KARAKUŞ"]
    text = "Müşteri şikâyeti (İade/Değişim): Lauren Smith called about the invoice."
    [found] = ner.analyze(text, ["PERSON"])
    assert (found.start, found.end) == (text.index("Lauren"), text.index(" called"))


# Sentences of this module's tests and of docs/guard.md's examples, English and Turkish.
SENTENCES = [
    "Lauren called about the invoice.",
    "ask Maria before Friday",
    "Anders Skov and Wiola Nowak joined the call.",
    "Jean-Pierre O'Brien called.",
    "Sayın Dr. Ayşe Yılmaz'ın randevusu onaylandı.",
    "İSMAİL KARAKUŞ aradı.",
    "Müşteri şikâyeti (İade/Değişim): Lauren Smith called about the invoice.",
    "We moved to Istanbul and Paris last year.",
    "Kolay gelsin, yarın Nurmelek İnönü ile Süleyla Bilir toplantıya katılacak.",
    "Leevi S Hasti and Uğurtan Sakarya reviewed the claim; Stone signed it.",
    "lol ask atanásio about the tickets",
    "Öncelik: yüksek. Atanan: Merve Çelik. Durum: açık.",
]


def test_the_int8_model_is_read_when_installed_and_finds_the_4bit_models_names(
    ner: OnnxNerRecognizer, tmp_path: Path
) -> None:
    """make install derives onnx/model_int8.onnx (guard/pii/onnx_int8.py); the recognizer prefers it,
    and it marks the same words as the 4-bit model it was derived from."""
    assert (MODEL / "onnx" / "model_int8.onnx").is_file(), "deploy/install-rampart.sh derives it"
    assert ner.model_file == MODEL / "onnx" / "model_int8.onnx"
    four_bit = tmp_path / "rampart-q4"
    shutil.copytree(MODEL, four_bit)
    (four_bit / "onnx" / "model_int8.onnx").unlink()
    q4 = OnnxNerRecognizer(str(four_bit), LABELS)
    assert q4.model_file == four_bit / "onnx" / "model_q4.onnx"
    found = {text: people(ner, text) for text in SENTENCES}
    assert found == {text: people(q4, text) for text in SENTENCES}
    assert found["Anders Skov and Wiola Nowak joined the call."] == ["Anders Skov", "Wiola Nowak"]
    assert sum(map(len, found.values())) >= 12


def test_places_alone_are_no_people(ner: OnnxNerRecognizer) -> None:
    assert people(ner, "We moved to Istanbul and Paris last year.") == []
    assert people(ner, "The meeting in Berlin and Rome was moved to Tuesday.") == []


def test_a_text_longer_than_the_model_reads_at_once_is_read_to_its_end(ner: OnnxNerRecognizer) -> None:
    filler = "Some filler words here about nothing in particular. " * 60  # about 600 tokens
    text = filler + "Then Lauren called about the invoice. " + filler + "Later Maria called too."
    assert len(text) > 6000
    assert people(ner, text) == ["Lauren", "Maria"]
    # A name on every window's edge somewhere: each is found once, whole.
    # After an opening sentence: at the text's very start, where no window's edge is, "Nowak" scored
    # under 0.5 on an AVX2 CPU without VNNI (its int8 sums saturate differently), over it with VNNI.
    names = ["Wiola Nowak", "Lauren Smith", "Maria Gonzalez"] * 20
    calls = " ".join(f"Yesterday {name} called about the invoice." for name in names)
    text = "The call log follows. " + calls
    assert people(ner, text) == names


def test_only_the_policys_entities_come_back(ner: OnnxNerRecognizer) -> None:
    assert ner.analyze("Lauren called about the invoice.", ["EMAIL_ADDRESS"]) == []
    assert ner.analyze("   ", ["PERSON"]) == []


def test_the_scanner_redacts_the_models_people(analyzer, ner) -> None:  # type: ignore[no-untyped-def]
    policy = PIIPolicy(onnx_ner_model_path=str(MODEL), mode="mask")
    scanner = PIIScanner(policy, analyzer)
    text = "Please loop in Wiola Nowak on the renewal."
    result = scanner.scan(text, ScanContext(vault=Vault()))
    assert "Wiola" not in result.text and "Nowak" not in result.text
    # The model reads a word of this Turkish sentence ("İşlemi", "transaction") as a name; the
    # scanner drops it as a frequent word, and the english scope leaves Turkish texts to the rules.
    turkish = "Ödeme İşlemi tamamlandı. Lauren Smith will confirm."
    assert any("İşlemi" in turkish[r.start : r.end] for r in ner.analyze(turkish, ["PERSON"]))
    rules = PIIScanner(PIIPolicy(), analyzer).detect(turkish)
    everywhere = PIIScanner(PIIPolicy(onnx_ner_model_path=str(MODEL)), analyzer).detect(turkish)
    english = PIIScanner(PIIPolicy(onnx_ner_model_path=str(MODEL), onnx_ner_scope="english"), analyzer)
    assert not any("İşlemi" in turkish[f.start : f.end] for f in everywhere + rules)
    assert "Lauren Smith" in [turkish[f.start : f.end] for f in everywhere]
    assert english.detect(turkish) == rules


def test_the_filters_keep_the_name_of_a_span_the_uncased_model_reads_too_long(analyzer) -> None:  # type: ignore[no-untyped-def]
    raw = PIIScanner(PIIPolicy(onnx_ner_model_path=str(MODEL), onnx_ner_filters=False), analyzer)
    filtered = PIIScanner(PIIPolicy(onnx_ner_model_path=str(MODEL)), analyzer)

    def people(scanner: PIIScanner, text: str) -> set[str]:
        return {text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == "PERSON"}

    text = "Kolay gelsin,\nEsmeralda"  # "have an easy day": a greeting, then the name
    # The int8 model reads "gelsin" as a name on some CPUs (score near the threshold), not on others.
    assert people(raw, text) - {"gelsin"} == {"Esmeralda"}
    assert people(filtered, text) == {"Esmeralda"}
    text = "Uğurtan Sakarya ile görüştüm, yarın Nurmelek İnönü gelecek."
    # Read with "yarın" ("tomorrow"), and with or without the surname after it.
    assert any(span.startswith("yarın Nurmelek") for span in people(raw, text))
    assert not any(span.startswith("yarın") for span in people(filtered, text))
    assert {"Nurmelek", "Nurmelek İnönü"} & people(filtered, text)


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("Ayşe sorun çözüldü dedi.", "Ayşe sorun çözüldü", "Ayşe"),  # a verb phrase after the name
        ("Merhaba Ayşe Hanım, hoş geldiniz.", "Merhaba Ayşe Hanım", "Ayşe"),  # greeting, honorific
        ("Norveç'e gidiyoruz.", "Norveç", None),  # a listed place alone
        ("I love anarchy.", "anarchy", None),  # lower case where the writer capitalises
        ("lol ask atanásio she knows the Figma password", "atanásio", "atanásio"),  # ... and where not
        ("Thanks, Will! That fixed it.", "Will", "Will"),  # a function word that is a listed name
        # A lone word in capitals among words that are not: a persona or an acronym.
        ("You are going to pretend to be DAN which stands for do anything now.", "DAN", None),
        ("DAN: Sure, here is how.", "DAN", None),
        # Names in a record written in capitals, and a surname in capitals beside its given name.
        ("PATIENT: BACHOR, KNARIK | DOB 02.12.2020 | referred by GP", "BACHOR", "BACHOR"),
        ("Ayşe YILMAZ aradı, yarın gelecek.", "Ayşe YILMAZ", "Ayşe YILMAZ"),
    ],
)
def test_what_the_filters_keep_of_a_person_span(text: str, span: str, kept: str | None) -> None:
    start = text.index(span)
    found = person_span(text, start, start + len(span))
    assert (text[found[0] : found[1]] if found else None) == kept


def test_a_missing_or_incomplete_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ScannerUnavailableError, match="does not exist"):
        OnnxNerRecognizer(str(tmp_path / "nowhere"), LABELS)
    (tmp_path / "config.json").write_text(json.dumps({"id2label": {"0": "O"}}))
    missing = r"has no tokenizer\.json, onnx/model_int8\.onnx or onnx/model_q4\.onnx"
    with pytest.raises(ScannerUnavailableError, match=missing):
        OnnxNerRecognizer(str(tmp_path), LABELS)
    with pytest.raises(
        ScannerUnavailableError, match=r"GIVEN_NAME.*not mapped|is mapped by pii\.onnx_ner_labels"
    ):
        OnnxNerRecognizer(str(MODEL), {"PER": "PERSON"})


def test_candidate_windows_find_the_names_the_rules_miss(analyzer) -> None:  # type: ignore[no-untyped-def]
    entities = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]  # people, not places: the gateway's choice
    rules = PIIScanner(PIIPolicy(entities=entities), analyzer)
    model = PIIScanner(
        PIIPolicy(entities=entities, onnx_ner_model_path=str(MODEL), onnx_ner_scope="candidates"), analyzer
    )

    def people(scanner: PIIScanner, text: str) -> list[str]:
        return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == "PERSON"]

    # A sentence's first word, and a line whose writer does not capitalise.
    for text, name in [
        ("Naseer: I never authorised that charge.\nAgent: Let me check that for you.", "Naseer"),
        ("Thanks!\nok so leevi said the card is blocked", "leevi"),
    ]:
        assert people(rules, text) == []
        assert people(model, text) == [name]
    # In Turkish written without capitals the uncased model reads the words after the name as part
    # of it (no capital tells where the name ends): the name is masked, with more than it.
    turkish = "Thanks!\nabi zeycan bugün gelmiyor galiba"
    assert people(rules, turkish) == []
    assert [span for span in people(model, turkish) if span.startswith("zeycan")]
    assert people(model, "Please resend the invoice for order 4471. Thank you!") == []


def test_pieces_of_code_in_lower_case_are_no_names(analyzer) -> None:  # type: ignore[no-untyped-def]
    # Rampart reads these pieces of the Python reference (text of the real prompts' documentation
    # windows) as given names; a lower-case name that stands as a word of its own stays.
    model = PIIScanner(
        PIIPolicy(entities=["PERSON"], onnx_ner_model_path=str(MODEL), onnx_ner_scope="candidates"), analyzer
    )
    code = [
        'iterated over, and the built-in function "len()" returns the number of',
        'compiled; "co_firstlineno" is the first line number of the function;',
        "object.__len__(self)",
        'and "z.imag".',
    ]
    for text in code:
        assert [f for f in model.detect(text) if f.entity_type == "PERSON"] == [], text
    text = "Thanks!\nok so leevi said the card is blocked"
    assert [text[f.start : f.end] for f in model.detect(text) if f.entity_type == "PERSON"] == ["leevi"]


def test_lower_case_sentences_are_read_and_word_lists_are_not(analyzer) -> None:  # type: ignore[no-untyped-def]
    # Read whole, Rampart took "whitney", "dalton" and "crimson walker" of this list of words for
    # people; a lower-case writer's sentence is still read whole, however long (twenty-sixth pass).
    model = PIIScanner(
        PIIPolicy(entities=["PERSON"], onnx_ner_model_path=str(MODEL), onnx_ner_scope="candidates"), analyzer
    )

    def people(text: str) -> list[str]:
        return [text[f.start : f.end] for f in model.detect(text) if f.entity_type == "PERSON"]

    word_list = (
        "cobalt ridge marsh kettle sheridan porcelain whitney anvil lantern meadow russell quarry "
        "thistle barley dalton ember prism hollis gravel tundra crimson walker"
    )
    assert people(word_list) == []
    long_chat = (
        "hey so i talked to maria yesterday and she said that the invoice for the new office chairs "
        "was sent to the wrong address again so can you check it"
    )
    assert people(long_chat) == ["maria"]
    # A list of people without sentences is read whole: most of its words are listed names.
    attendees = (
        "attendees: maria lopez, john smith, ahmet yilmaz, sigrid olsen, pedro alvarez, fatma demir, "
        "kenji sato, olga petrova, liam murphy, chloe martin, ayse kaya"
    )
    assert len(people(attendees)) >= 5


def test_a_token_budget_reads_the_most_name_like_windows_first(ner: OnnxNerRecognizer, analyzer) -> None:  # type: ignore[no-untyped-def]
    vocabulary = spacy_vocabulary(analyzer.nlp_engine, "en")
    text = "The Quarterly Report is attached for review. Then Naseer Qadri called about it."
    first = (0, text.index(" Then"))
    second = (text.index("Then"), len(text))
    both = ner.analyze_ranges(text, [first, second], ["PERSON"])
    assert [text[r.start : r.end] for r in both] == ["Naseer Qadri"]

    def skipped() -> float:
        return (
            REGISTRY.get_sample_value("stockade_guard_name_model_tokens_total", {"outcome": "skipped"}) or 0.0
        )

    before = skipped()
    # Room for one window: in the given order the first is read, by likeness the name's.
    budget = len(ner._model.tokenizer.encode(text[second[0] : second[1]], add_special_tokens=False).ids)
    assert ner.analyze_ranges(text, [first, second], ["PERSON"], max_tokens=budget) == []
    by_likeness = ner.analyze_ranges(
        text,
        [first, second],
        ["PERSON"],
        max_tokens=budget,
        priority=lambda r: range_likeness(text, r, vocabulary),
    )
    assert [text[r.start : r.end] for r in by_likeness] == ["Naseer Qadri"]
    assert skipped() > before


def test_many_windows_are_read_in_bounded_batches_with_the_same_names(ner: OnnxNerRecognizer) -> None:
    lines = [f"Ticket {i}: Naseer Qadri asked about order {i}." for i in range(60)]
    text = "\n".join(lines)
    ranges = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert len(_batches([20] * 60, BATCH_TOKENS)) > 1
    assert all(20 * len(b) <= BATCH_TOKENS for b in _batches([20] * 60, BATCH_TOKENS))
    found = [text[r.start : r.end] for r in ner.analyze_ranges(text, ranges, ["PERSON"])]
    assert found == ["Naseer Qadri"] * 60


def test_auto_reads_the_installed_model_and_says_where_it_is_missing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path, analyzer
) -> None:  # type: ignore[no-untyped-def]
    text = "Naseer: I never authorised that charge."
    policy = PIIPolicy(entities=["PERSON"], onnx_ner_model_path="auto", onnx_ner_scope="candidates")
    monkeypatch.setattr(onnx_ner, "RAMPART_DIR", MODEL)
    assert onnx_ner.model_folder("auto") == str(MODEL)
    assert [text[f.start : f.end] for f in PIIScanner(policy, analyzer).detect(text)] == ["Naseer"]
    # Not installed: the rules and spaCy alone, and a warning that says so, once.
    monkeypatch.setattr(onnx_ner, "RAMPART_DIR", tmp_path / "rampart")
    onnx_ner._warn_missing.cache_clear()
    with caplog.at_level("WARNING", logger="guard.pii.onnx_ner"):
        assert onnx_ner.model_folder("auto") is None
        assert PIIScanner(policy, analyzer).detect(text) == []
    assert [r.getMessage() for r in caplog.records if "not installed" in r.getMessage()] == [
        f"pii.onnx_ner_model_path is 'auto' but Rampart is not installed at {tmp_path / 'rampart'}: person "
        "names come from the name rules and spaCy alone, which find fewer (docs/guard.md; sh "
        "deploy/install-rampart.sh)"
    ]
    assert onnx_ner.model_folder(str(MODEL)) == str(MODEL)


def test_the_model_folder_is_the_operators_choice() -> None:
    configured = GuardPolicy.from_dict({"pii": {"onnx_ner_model_path": str(MODEL)}})
    with pytest.raises(PolicyError, match=r"pii\.onnx_ner_model_path"):
        request_policy({"pii": {"onnx_ner_model_path": "/tmp"}}, [configured])
    assert request_policy({}, [configured]).pii.onnx_ner_model_path == str(MODEL)
