"""Twenty-eighth pass: what is named after a person without being one — streets, bridges, halls,
clubs and pubs by the word that heads them, units after a number, eponymous laws and diseases,
medicines, ships, firms joined by "&" — and table cells that a name's reading ran across.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import names
from guard.pii.name_tables import thing_cells
from guard.pii.ner_filters import (
    attributive_name,
    code_identifier,
    firm_name,
    institution_name,
    line_label,
    medicine_name,
    named_by_frame,
    unit_or_eponym,
)
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


def _span(text: str, span: str) -> tuple[int, int]:
    start = text.index(span)
    return start, start + len(span)


@pytest.mark.parametrize(
    ("text", "span", "place"),
    [
        # A head inside the span, also one that is a listed surname ("Way", "Town", "Arms").
        ("Objection to the scheme on Hobart Way, ref 22", "Hobart Way", True),
        ("Kettering Town v Lowry Rovers, kick-off 3pm", "Kettering Town", True),
        ("Quiz night at the Wexley Arms on Friday", "Wexley Arms", True),
        ("Başvuru: Gürsel APARTMANI YÖNETİM KURULU", "Gürsel APARTMANI YÖNETİM", True),
        # A Turkish head in the possessive after a name ending in a listed surname.
        ("Trafik Nevzat Tandoğan Bulvarı kavşağında kapalı", "Nevzat Tandoğan", True),
        ("Geçiş ücreti: Refik Saydam Köprüsü 45 TL", "Refik Saydam", True),
        # A place-only head after a listed surname, not where it opens a job's title.
        ("Landlord's agent: Ruth Brown Lettings, Leeds", "Ruth Brown", True),
        ("Signed: Ruth Brown Town Clerk", "Ruth Brown", False),
        # A landmark's postposition or a place's head in lower case after the name.
        ("2 | Ece Sarp | Nihat Kalkan önü | 0532", "Nihat Kalkan", True),
        ("Durak: Selimbey cami önü", "Selimbey", True),
        ("Fizik ödevi (Tülay şubesi)", "Tülay", True),
        # A house number inside a line before a street's type.
        ("late of 3 Lowell Close, retired teacher", "Lowell Close", True),
        ("Property: 14 Marian Terrace, Hull", "Marian Terrace", True),
        # A numbered list's line opens with its number: a person.
        ("2 Mary Green\n3 Tom Hill", "Mary Green", False),
        # People.
        ("Ask Ruth Brown about the lease", "Ruth Brown", False),
        ("Ayşe'nin önü açık", "Ayşe", False),
    ],
)
def test_places_and_clubs_by_their_heads(text: str, span: str, place: bool) -> None:
    assert institution_name(text, *_span(text, span)) is place


@pytest.mark.parametrize(
    ("text", "span", "named_after"),
    [
        ("A 20 Newton'luk kuvvet uygulanıyor", "Newton", True),
        ("Convert 300 Kelvin to Celsius", "Kelvin", True),
        ("Basıncı Pascal cinsinden yazınız", "Pascal", True),
        ("Suspected Raynaud's syndrome, both hands", "Raynaud", True),
        ("Known Parkinson's disease since 2019", "Parkinson", True),
        ("Hasta Crohn hastalığı tanısıyla izleniyor", "Crohn", True),
        # A unit's word with no number or unit context is a name ("Pascal" is a given name).
        ("Pascal called about the invoice", "Pascal", False),
        # A given name's possessive before "disease" is that person's.
        ("John's disease got worse over the winter", "John", False),
        # "law firm" is a firm of someone's.
        ("Ask Hodgkin's law firm for the papers", "Hodgkin", False),
    ],
)
def test_units_and_eponyms(text: str, span: str, named_after: bool) -> None:
    assert unit_or_eponym(text, *_span(text, span)) is named_after


@pytest.mark.parametrize(
    ("text", "span", "firm"),
    [
        ("Catering by Johnson & Johnson, 3 courses", "Johnson", True),
        ("Supplier: Procter & Gamble", "Gamble", True),
        ("Karşı taraf: Faik Sönmez A.Ş., vekili Av. X", "Faik Sönmez", True),
        # The reader took the given name only.
        ("Karşı taraf: Faik Sönmez A.Ş., vekili Av. X", "Faik", True),
        # People joined by "&" are called by given name.
        ("Table 2: Ella & Tom", "Ella", False),
        ("Table 2: Ella & Tom", "Tom", False),
        # In capitals "AS" is a word, not a legal form two words on.
        ("SIGNED BY JOHN SMITH AS WITNESS", "JOHN", False),
    ],
)
def test_firms(text: str, span: str, firm: bool) -> None:
    assert firm_name(text, *_span(text, span)) is firm


@pytest.mark.parametrize(
    ("text", "span", "ship"),
    [
        ("CREW LIST - MV Tamsin of Leith, voyage 22", "Tamsin", True),
        ("CREW LIST - MV Tamsin of Leith, voyage 22", "MV Tamsin", True),
        # "MS" in capitals is a title as often as a ship's prefix.
        ("PASSENGER: MS JANE DOE", "JANE DOE", False),
    ],
)
def test_ships(text: str, span: str, ship: bool) -> None:
    assert attributive_name(text, *_span(text, span)) is ship


@pytest.mark.parametrize(
    ("text", "span", "medicine"),
    [
        ("Chest pain, on Xeljanz since May", "Xeljanz", True),
        ("Stokta: Gaviscon, Xyzal", "Gaviscon", True),
        ("Hasta Opdivo kullanıyor, kontrol Salı", "Opdivo", True),
        # A listed name is a person's, in any sentence.
        ("Allegra called the ward about her tablets", "Allegra", False),
        # A brand that is also a given name, where no medicine is spoken of.
        ("Talep Cagdas tarafından Sertan'a atandı.", "Sertan", False),
        # "kullanıcı" (user) is no word of medicines.
        ("Yeni kullanıcı: Sertan, şifre sıfırlandı", "Sertan", False),
    ],
)
def test_medicines_from_the_drug_dictionary_where_medicine_is_spoken_of(
    text: str, span: str, medicine: bool
) -> None:
    assert "sertan" in names.drugs() and "xeljanz" in names.drugs()
    assert medicine_name(text, *_span(text, span)) is medicine


@pytest.mark.parametrize(
    ("text", "span", "thing"),
    [
        # A piece of a lower-case hyphenated handle.
        ("cc @release-team @felicity-maintainers", "felicity", True),
        # A chat mention stays a person.
        ("can u ping @annie about tmrw", "annie", False),
    ],
)
def test_hyphenated_handles_are_code(text: str, span: str, thing: bool) -> None:
    assert code_identifier(text, *_span(text, span)) is thing


@pytest.mark.parametrize(
    ("text", "span", "place"),
    [
        ("Give blood at Lowell Civic Hall on Friday", "Lowell", True),
        ("Borçlu: Ece Sarp, Selimbey Mah. Gül Sk. No: 4", "Selimbey", True),
        ("pickup Irvale station, pax Sam Berg", "Irvale", True),
    ],
)
def test_more_place_heads(text: str, span: str, place: bool) -> None:
    assert (institution_name(text, *_span(text, span)) or attributive_name(text, *_span(text, span))) is place


@pytest.mark.parametrize(
    ("text", "span", "thing"),
    [
        ("TABLE PLAN - Château de Lauriane, Friday", "Lauriane", True),
        ("CREW LIST - MV Tamsin of Hartley, voyage 22", "Hartley", True),
        # A field's thing label names no person, but a bracket opens another value.
        ("Kurs: Ebru (usta öğretici Filiz Kaya)", "Ebru", True),
        ("Kurs: Ebru (usta öğretici Filiz Kaya)", "Filiz Kaya", False),
        # A person's particle stays: no place's head before it.
        ("Meeting with Charles de Gaulle tomorrow", "Gaulle", False),
    ],
)
def test_frames_that_name_things(text: str, span: str, thing: bool) -> None:
    assert (named_by_frame(text, *_span(text, span)) or attributive_name(text, *_span(text, span))) is thing


def test_a_rank_column_holds_roles() -> None:
    text = "No | Family name, given names | Rank | Nationality\n1 | ÖRS, Lale | Bosun | TUR\n"
    cells = [text[a:b] for a, b in thing_cells(text)]
    assert "Bosun" in cells and "ÖRS, Lale" not in cells


def test_scanner_keeps_people_and_drops_what_is_named_after_them(scanner: PIIScanner) -> None:
    text = (
        "Fizik ödevi: 20 Newton'luk kuvvet. Yol çalışması: Nevzat Tandoğan Bulvarı kapalı.\n"
        "Dispatch: Wexley Arms, late of 3 Lowell Close. Caller: Nora Vance, 07700 900123."
    )
    spans = person_spans(scanner, text)
    assert "Nora Vance" in spans
    assert not {"Newton", "Nevzat Tandoğan", "Wexley Arms", "Wexley", "Lowell Close", "Lowell"} & set(spans)


def test_a_cell_a_reading_ran_across_is_judged_alone(scanner: PIIScanner) -> None:
    # Tab-separated supplier rows: a country's cell is no person, nor does a surname in capitals
    # in the next cell join the name before it.
    text = "Tedarikçi\tYetkili\tÜlke\tTelefon\nFjord Balık AS\tSongül Ulusoy\tNorveç\t0047 22 12 34 56\n"
    text += "Karaca Ltd\tTHOREL Sabine\tDanimarka\t0045 20 12 34 56\n"
    spans = person_spans(scanner, text)
    assert "Songül Ulusoy" in spans
    assert "Norveç" not in spans and "Danimarka" not in spans
    assert not any("\t" in s for s in spans)


@pytest.mark.parametrize(
    ("text", "span", "thing"),
    [
        # A menu's courses name dishes and drinks, also by the label's last word.
        ("Desserts: Peach Melba; Pavlova", "Peach Melba", True),
        ("Ana yemek: Hünkâr Beğendi, Ali Nazik", "Ali Nazik", True),
        ("Mekke oteli: Hilton Makkah", "Hilton Makkah", True),
        ("Appliances: Worcester Bosch combi - PASS", "Worcester Bosch", True),
        # A receipt's line that opens with the brand and ends in a quantity.
        ("Heinz ketçap 460 g", "Heinz", True),
        ("Dr. Oetker kabartma tozu x3", "Oetker", True),
        # A list of gifts has a colon after the giver.
        ("Ayşe Kaya: 20 kg un", "Ayşe Kaya", False),
        ("Drinks with Tom Collins tonight", "Tom Collins", False),
    ],
)
def test_menus_receipts_and_labels_that_name_things(text: str, span: str, thing: bool) -> None:
    assert named_by_frame(text, *_span(text, span)) is thing


def test_a_label_that_names_things_is_no_name_itself() -> None:
    text = "Ana yemek: Hünkâr Beğendi"
    assert line_label(text, *_span(text, "Ana"))


@pytest.mark.parametrize(
    ("text", "span", "named_after"),
    [
        ("Gaussian, Poisson and Bernoulli distributions", "Poisson", True),
        ("Gaussian, Poisson and Bernoulli distributions", "Bernoulli", True),
        ("Pearson vs Spearman correlation", "Pearson", True),
        ("the Kalman filter", "Kalman", True),
    ],
)
def test_eponyms_that_share_their_head(text: str, span: str, named_after: bool) -> None:
    assert unit_or_eponym(text, *_span(text, span)) is named_after


@pytest.mark.parametrize(
    ("text", "span", "place"),
    [
        ("Murray CC 2nd XI v Laurel Village - batting", "Murray", True),
        ("Murray CC 2nd XI v Laurel Village - batting", "Laurel Village", True),
        ("1 | Ece Kaya | 17:42 | Darlington Harriers", "Darlington Harriers", True),
        ("Selim 3. ASLİYE HUKUK MAHKEMESİ - 19.05.2019", "Selim", True),
        ("3. Sevil Parfümeri: 2 koli meyve suyu", "Sevil", True),
    ],
)
def test_clubs_courts_and_shops(text: str, span: str, place: bool) -> None:
    assert institution_name(text, *_span(text, span)) is place


def test_a_month_after_a_day_number_is_a_date(scanner: PIIScanner) -> None:
    # "23 Nisan" is the 23rd of April; "Nisan Hanım" is a woman called Nisan.
    text = "23 Nisan müsameresi için rol dağılımı hazır, Nisan Hanım onayladı."
    starts = {f.start for f in scanner.detect(text) if f.entity_type == "PERSON"}
    assert text.index("Nisan") not in starts
    assert text.rindex("Nisan") in starts


@pytest.mark.parametrize(
    ("text", "span", "thing"),
    [
        ("¹ School of Biosciences, University of Crawton", "Crawton", True),
        ("Appliances: Bosch combi (kitchen) - PASS; Baxi fire (lounge)", "Baxi", True),
        ("Kurs: Ebru (usta öğretici Filiz Kaya", "Filiz Kaya", False),
    ],
)
def test_of_places_and_lists_after_a_bracket(text: str, span: str, thing: bool) -> None:
    assert named_by_frame(text, *_span(text, span)) is thing


@pytest.mark.parametrize(
    ("text", "span", "place"),
    [
        ("Maçlar Hüseyin Avni Aker, Kadir Has ve Şükrü Saracoğlu stadyumlarında", "Hüseyin Avni Aker", True),
        ("Maçlar Hüseyin Avni Aker, Kadir Has ve Şükrü Saracoğlu stadyumlarında", "Şükrü Saracoğlu", True),
        # A person before a place's name in the dative is someone going there.
        ("Kadir Has okula gitti", "Kadir Has", False),
    ],
)
def test_places_before_a_plural_possessive_head(text: str, span: str, place: bool) -> None:
    assert institution_name(text, *_span(text, span)) is place


def test_a_club_column_holds_no_people() -> None:
    text = "Pos | Club | P | Pts\n1 | Plymton Argyle | 18 | 38\n2 | Crewton Alexandra | 18 | 35\n"
    cells = {text[a:b] for a, b in thing_cells(text)}
    assert {"Plymton Argyle", "Crewton Alexandra"} <= cells


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Whoever is addressed with "Hanım" or "Bey" is a person, whatever head follows.
        ("Görüş: Aydın Hanım Emlak Katılım projesinde hedefleri aştı", "Aydın Hanım Emlak Katılım"),
        ("Görüş: Aydın Hanım Emlak Katılım projesinde hedefleri aştı", "Aydın"),
        # A shop's word that is also a given name is no head ("Manav").
        ("Ezime'yle Manav'ın yazışmasını özetler misin?", "Ezime'yle Manav"),
    ],
)
def test_people_before_a_head_stay_people(text: str, span: str) -> None:
    assert not institution_name(text, *_span(text, span))


def test_the_before_a_thing_and_words_of_medicine_in_english_prose() -> None:
    text = "Meet me at the Lowry Gallery tomorrow"
    assert attributive_name(text, *_span(text, "Lowry Gallery"))
    text = "Meet Ann Lowry at the gallery"
    assert not attributive_name(text, *_span(text, "Ann Lowry"))
    # "happened" and "dozen" are no words of medicine ("hap", "doz" are Turkish ones).
    text = "What happened to Sertan, a dozen calls?"
    assert not medicine_name(text, *_span(text, "Sertan"))
