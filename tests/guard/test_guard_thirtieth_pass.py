"""Thirtieth pass: a table's column and a list's items that already hold people vouch for their
other name-shaped cells and items; a passenger list's "SURNAME/GIVEN"; a consultant's, an
instructor's and a finder's columns; a name with a note in brackets in its cell; an address's
display name, a defendant after "R v", a family's surname, the writers of a chat without stamps
and a lone listed name and surname written in lower case; Norway's "464-77797", a case number glued to
its letter, and a bracketed calling code after a reference word.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

from guard.pii.name_tables import column_mates, list_mates
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


def _spans(text: str, *values: str) -> tuple[tuple[int, int], ...]:
    return tuple((text.index(v), text.index(v) + len(v)) for v in values)


def _texts(text: str, spans: list[tuple[int, int]]) -> set[str]:
    return {text[a:b] for a, b in spans}


ROSTER = (
    "Ref | Guest | Room | Nights\n"
    "R-101 | Maria Lopez | 12 | 2\n"
    "R-102 | OSKARI VIRTANEN | 14 | 1\n"
    "R-103 | John Carter | 15 | 3\n"
    "R-104 | Sunset Suite | 16 | 1\n"
)


def test_a_column_of_people_vouches_for_its_other_cells() -> None:
    mates = _texts(ROSTER, column_mates(ROSTER, _spans(ROSTER, "Maria Lopez", "John Carter")))
    assert {"Maria Lopez", "OSKARI VIRTANEN", "John Carter"} <= mates
    # the header's labels, and a cell of frequent words, stay out
    assert not {"Guest", "Sunset Suite"} & mates


def test_one_person_in_a_column_is_no_column_of_people() -> None:
    assert column_mates(ROSTER, _spans(ROSTER, "Maria Lopez")) == []


def test_single_unlisted_words_join_a_column_only_of_full_names() -> None:
    pets = "Saat | Hasta | Tür\n10.00 | Ayşe | kedi\n10.20 | Elif | köpek\n10.40 | Fındıkkabuğu | kedi\n"
    assert "Fındıkkabuğu" not in _texts(pets, column_mates(pets, _spans(pets, "Ayşe", "Elif")))
    people = pets.replace("Ayşe", "Ayşe Demirci").replace("Elif", "Elif Şahin")
    found = _texts(people, column_mates(people, _spans(people, "Ayşe Demirci", "Elif Şahin")))
    assert "Fındıkkabuğu" in found


def test_a_passenger_lists_surname_slash_given_name() -> None:
    text = (
        "Booking | Passenger | Seat\n"
        "BK1001 | PRATT/LUIS MRS | 2A\n"
        "BK1002 | TCP/IP | 3C\n"
        "BK1003 | OKONKWO/ADAEZE | 4D\n"
        "BK1004 | VIERTOMA/EETVARTTI MR | 5F\n"
    )
    found = _texts(text, column_mates(text, ()))
    # a title after it, or a listed part, makes the slash a name's; the title is no part of it
    assert {"PRATT/LUIS", "VIERTOMA/EETVARTTI"} <= found
    assert "TCP/IP" not in found


def test_a_list_of_people_vouches_for_its_other_items() -> None:
    text = "Bike list, Sat a.m.\n1 Leroy Boyle\n2 Gavin Conrad\n3 kamil vysotskij\n4 Riku-Petteri R.\n"
    people = _spans(text, "Leroy Boyle", "Gavin Conrad")
    assert {"kamil vysotskij", "Riku-Petteri R."} <= _texts(text, list_mates(text, people))


def test_a_shopping_list_with_two_people_in_it_is_no_list_of_people() -> None:
    text = "Ingredients: flour, sugar, eggs, Anna Smith, John Lee"
    assert list_mates(text, _spans(text, "Anna Smith", "John Lee")) == []
    text = "1 apple pie\n2 brown bread\n3 Tom Hanks\n4 Emma Stone\n"
    assert _texts(text, list_mates(text, _spans(text, "Tom Hanks", "Emma Stone"))) == {
        "Tom Hanks",
        "Emma Stone",
    }


def test_the_scanner_reads_a_column_of_people_whole(scanner: PIIScanner) -> None:
    text = (
        "Tarih | Müşteri | Telefon | Danışman\n"
        "15.12.2026 17.15 | Ingvor Özyurt (Rusya'dan) | 0-552-340 27 41 | Vladik\n"
        "03.04.2026 17.15 | Ulita Kılıç (Rusya'dan) | 0-542-547 53 20 | Olcay\n"
        "08.01.2026 11.00 | Nazım Sağır | 0-559-399 78 91 | Yıldız\n"
    )
    spans = person_spans(scanner, text)
    assert {"Ingvor Özyurt", "Ulita Kılıç", "Nazım Sağır", "Vladik", "Olcay", "Yıldız"} <= set(spans)
    assert not {"Müşteri", "Danışman", "Rusya"} & set(spans)


def test_display_names_in_lower_case(scanner: PIIScanner) -> None:
    text = (
        "$ cat .mailmap\nPriya Raman <priya@corp.example.org> priscilla mclaughlin <old@laptop.example.org>\n"
    )
    assert "priscilla mclaughlin" in person_spans(scanner, text)


def test_a_lone_lower_case_name_and_surname(scanner: PIIScanner) -> None:
    assert "anıl gökalp" in person_spans(scanner, "Bekleme listesi: anıl gökalp\nİptal: 12 saat önce")
    assert "alicia callahan" in person_spans(scanner, "Team Hardy: Dora Ulm (lead), alicia callahan")
    # two such words inside a lower-case sentence are read as the sentence's words
    assert person_spans(scanner, "9aa1f03 (3 gün önce): rüya dalı birleştirildi") == []


def test_display_names_before_an_address(scanner: PIIScanner) -> None:
    text = (
        "commit 0a1b2c3d4e5f\n"
        "Author: Tagzima Krasovskaya <dev@genesis.example.org>\n"
        "\n"
        "GitHub Actions <noreply@github.com>, Support Team <help@corp.example.org>\n"
    )
    spans = person_spans(scanner, text)
    assert "Tagzima Krasovskaya" in spans
    assert not {"GitHub Actions", "Support Team", "GitHub", "Actions"} & set(spans)


def test_a_defendant_after_r_v(scanner: PIIScanner) -> None:
    text = (
        "10:00 T2027001 R v PHAM, Oğuz - sentence\n"
        "10:30 T2027002 R v Ravil Pilipenko - trial (day 3 of 5)\n"
        "11:00 R v Secretary of State for the Home Department\n"
    )
    spans = person_spans(scanner, text)
    assert {"PHAM, Oğuz", "Ravil Pilipenko"} <= set(spans)
    assert not any("Secretary" in s for s in spans)


def test_a_familys_surname(scanner: PIIScanner) -> None:
    spans = person_spans(
        scanner, "3rd prize: yellow 0033 - the MOSES family\n- Koyuncu ailesi: 1 yarım altın"
    )
    assert {"MOSES", "Koyuncu"} <= set(spans)
    for text in ("the Royal family visited", "the English family next door", "Türk ailesi güçlüdür"):
        assert person_spans(scanner, text) == [], text


def test_the_writers_of_a_chat_without_stamps(scanner: PIIScanner) -> None:
    text = "austin: draw done, budget £20\ngülcan: who has the new number?\nhope: thanks\n"
    assert {"austin", "gülcan", "hope"} <= set(person_spans(scanner, text))
    # conventional commits' types are no writers
    assert person_spans(scanner, "fix: typo\nfeat: add export\nchore: bump deps\n") == []
    # a stop word is no writer: Turkish "ben" is "me"
    assert "ben" not in person_spans(scanner, "zeynep: masa ayırdım\nben: ben de geliyorum\nmert: tamam\n")
    # one writer alone is no chat
    assert person_spans(scanner, "austin: hi there") == []


def _phones(scanner: PIIScanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == "PHONE_NUMBER"]


def test_norwegian_eight_digits_with_a_hyphen_in_a_text_that_holds_a_phone(scanner: PIIScanner) -> None:
    text = "Leave a voicemail on +1 404.927 7277 or, from Norway, 464-77797."
    assert "464-77797" in _phones(scanner, text)
    assert _phones(scanner, "Order lines 464-77797 and 464-77798") == []


def test_a_case_number_glued_to_its_letter_is_no_phone(scanner: PIIScanner) -> None:
    text = "10:00 T202770268040 R v Pham - sentence; witness service +44 20 7946 0123"
    assert _phones(scanner, text) == ["+44 20 7946 0123"]
    assert "05321234567" in _phones(scanner, "Tel05321234567")
    # a number opening the line after a word is no serial of that word
    text = (
        "Participants\nKim H. (Guest)\t14:05:33\t14:58:01\t52m 28s\tAttendee\n"
        "1/214/403-1944\t14:07:10\t14:40:00\t33m\tAttendee\n"
    )
    assert "1/214/403-1944" in _phones(scanner, text)


def test_a_bracketed_calling_code_outweighs_a_reference_word_before_it(scanner: PIIScanner) -> None:
    text = "Teslim alan: Şenol Altay (kimlik görüldü), tel (+90) 546-835 91 80"
    assert "(+90) 546-835 91 80" in _phones(scanner, text)


def test_an_occupation_in_a_contact_line_makes_no_header(scanner: PIIScanner) -> None:
    # "öğretmen" heads a column only in a row of labels: here it is the caller's occupation
    text = (
        "Kiralık 2+1 - arayanlar\n"
        "- Anıl Günay, +90 (362)-341 73 42, öğretmen, Pazartesi öğleden sonra bakacak\n"
        "- Selin Bey, 0090 554 432 8243\n"
    )
    assert "Anıl Günay" in person_spans(scanner, text)
