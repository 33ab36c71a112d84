"""Thirty-fifth pass: a Turkish common noun in the possessive, in lower case, that ends a list's item
after a name (and the names joined to it) makes them the name of a thing ("Murphy bulgusu", "Pareto ve
Kaldor ölçütleri"); a list whose lower-case label is the plural of an English noun of things holds
things ("- roses: Albertine, Gertrude Jekyll"); an item of a stock list before its count ("Kelly x6")
is no person; English words in capitals no list holds as a name are a heading ("SLUDGE THICKENER");
digits hyphenated to a code's letters and digits are its serial, no phone ("LOT08-3316-2207"); a
lower-case word before "teyze" or "amca" is someone's given name ("nevra teyze"), unless an unlisted
trade; one or two capitalised words before a person's post-nominal letters are a name ("Selwyn
(RGN)"). People stay: before a kinship word, a role or an agent noun, in a sentence's accusative,
under a label of people ("guests:") or of what is said or done ("actions:"), and before a booking's
party ("pax Dana Ross x3").

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii.name_cues import find_cued_names
from guard.pii.ner_filters import dose_or_secret, named_by_frame, unit_or_eponym
from guard.pii.scanner import PIIScanner
from guard.pii.turkish_compounds import compound_head

from .conftest import person_spans  # type: ignore[import-not-found]


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    "word",
    # a frequent noun's possessive, a vowel-final stem's "-sI", a plural's possessive, a listed head
    ["programı", "dengesi", "kutusu", "ölçütleri", "bulguları", "testi", "cebri", "KUTUSU"],
)
def test_a_lower_case_noun_in_the_possessive_heads_a_compound(word: str) -> None:
    assert compound_head(word)


@pytest.mark.parametrize(
    "word",
    # kinship, a role, agent nouns, what is about a person, verbs in the past tense, a short word
    ["annesi", "yeğeni", "müdürü", "sözcüsü", "yönetmeni", "dosyası", "geldi", "yaptı", "verdi", "evi"],
)
def test_people_s_own_nouns_and_verbs_head_no_compound(word: str) -> None:
    assert not compound_head(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- muayene: Murphy bulgusu, Lachman testi", "Murphy"),
        ("Konular: Pareto ve Kaldor ölçütleri; Nash dengesi", "Pareto"),
        ("Konular: Pareto ve Kaldor ölçütleri; Nash dengesi", "Kaldor"),
        ("- Nash, Stackelberg ve Cournot dengeleri", "Nash"),
        ("Ek: Phillips fiyat eğrisi", "Phillips"),
        ("Duyuru - Kurban programı, saat 9", "Kurban"),
    ],
)
def test_a_name_before_a_lower_case_compound_head_names_a_thing(text: str, name: str) -> None:
    assert unit_or_eponym(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selin programı açtı ve çıktı.", "Selin"),  # the accusative in a sentence
        ("Ziyaretçi: Hale annesi, saat 15", "Hale"),  # kinship
        ("Açılış: Ozan Er sözcüsü, saat 10", "Ozan Er"),  # an agent noun
        ("Kerem dosyası, 4 sayfa", "Kerem"),  # about a person
        ("Nuri geldi, Hande gitti.", "Nuri"),  # a verb
    ],
)
def test_a_person_before_her_own_noun_or_a_verb_stays_a_person(text: str, name: str) -> None:
    assert not unit_or_eponym(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- roses: Albertine, Gertrude Jekyll, Félicité Perpétue", "Gertrude Jekyll"),
        ("clamps: Kelly, Crile, Rochester-Pean", "Crile"),
        ("- roses: Albertine, Canon A. Brell, Ferdinand Pichard", "A. Brell"),  # a title before it
        ("- tulips: Angelique, Ballerina, Ronaldo", "Ronaldo"),
    ],
)
def test_items_under_a_plural_of_things_are_things(text: str, name: str) -> None:
    assert named_by_frame(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- guests: Nora Vance, Idris Pell", "Idris Pell"),
        ("speakers: Nora Vance, Idris Pell", "Nora Vance"),
        ("- actions: Nora Vance to call the bank", "Nora Vance"),
        ("- calls: Nora Vance, Idris Pell", "Idris Pell"),
        ("Roses: Nora Vance, Idris Pell", "Idris Pell"),  # a capitalised label is a heading's
        ("thomas: Nora Vance from payroll put in 20", "Nora Vance"),  # a chat's writer, a WordNet noun
    ],
)
def test_items_under_a_plural_of_people_or_of_what_is_done_stay_people(text: str, name: str) -> None:
    assert not named_by_frame(text, *_span(text, name))


def test_a_stock_item_before_its_count_is_no_person() -> None:
    text = "Tray: Kelly x6, Crile ×2, and Dana's note"
    assert dose_or_secret(text, *_span(text, "Kelly"))
    assert dose_or_secret(text, *_span(text, "Crile"))
    assert not dose_or_secret(text, *_span(text, "Dana"))


def test_an_examination_list_holds_no_people(scanner: PIIScanner) -> None:
    text = "Muayene listesi\n- Murphy bulgusu; Lachman ve Pivot testleri\nHazırlayan: Selin Aras"
    assert person_spans(scanner, text) == ["Selin Aras"]


def test_one_count_after_a_name_is_a_booking_s_party() -> None:
    text = "19:40 pickup at the lobby, pax Dana Ross x3, cash"
    assert not dose_or_secret(text, *_span(text, "Dana Ross"))


def test_a_sentence_after_a_plural_label_s_item_is_no_item() -> None:
    text = "Most votes: Thu 12. Organiser Dana Ross, 0117 496 0000"
    assert not named_by_frame(text, *_span(text, "Dana Ross"))


def test_english_words_in_capitals_are_a_heading_not_a_name() -> None:
    text = "SLUDGE THICKENER - site log, Riverside works\nOperator: Dana Ross"
    found = [text[start:end] for start, end, _, _ in find_cued_names(text, [], [])]
    assert found == ["Dana Ross"]


@pytest.mark.parametrize(
    ("text", "name"),
    # one English word's spelling ("ceca", "ivo") in a name does not make it a heading
    [
        ("Satıcı: MIRELA TSANKOVA | Alıcı: Ali", "MIRELA TSANKOVA"),
        ("Addressee: CECA DORNAVAC, c/o the depot", "CECA DORNAVAC"),
    ],
)
def test_a_foreign_name_in_capitals_stays_a_name_like_entry(text: str, name: str) -> None:
    found = {text[start:end]: why for start, end, _, why in find_cued_names(text, [], [])}
    assert found[name] == "a name-like entry in capitals"


def test_a_code_s_hyphenated_serial_is_no_phone(scanner: PIIScanner) -> None:
    text = "ürün no LOT08-3316-2207 ve LOT08-3316-2290; Tel: 0532 123 45 67, faks 0212 555-12-34"
    phones = [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == "PHONE_NUMBER"]
    assert phones == ["0532 123 45 67", "0212 555-12-34"]


def test_a_lower_case_name_before_teyze_or_amca_is_a_person() -> None:
    text = "tuna: kim geliyor? nevra teyze de gelecek, sadri amca da; simitçi amca ve bizim teyze yok"
    found = [text[start:end] for start, end, _, _ in find_cued_names(text, [], [])]
    assert "nevra" in found and "sadri" in found
    assert not {"simitçi", "bizim"} & set(found)


def test_a_listed_name_with_an_agent_s_ending_stays_a_name_before_abi() -> None:
    text = "kadro: 1- kaleci bakırcı abi, 2- naci abi"
    found = [text[start:end] for start, end, _, _ in find_cued_names(text, [], [])]
    assert found == ["bakırcı", "naci"]


def test_a_name_before_post_nominal_letters_is_a_person() -> None:
    text = "checked at the bedside with Selwyn (RGN) and Ada Quist, FRCS; offices in Salem, MA; Room 4 (RN)"
    found = {text[start:end] for start, end, _, why in find_cued_names(text, [], []) if "post-nominal" in why}
    assert found == {"Selwyn", "Ada Quist"}
