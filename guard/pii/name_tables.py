"""Names in pasted tables: the cells of a column whose header says it holds people.

People paste exports into a prompt: CSV and semicolon rows ("employee_id,surname,forename",
"sicil_no;soyadi;adi;sube"), tab-separated sheets and Markdown tables ("| Ad Soyad | Birim |").
A cell there has no sentence around it for the cue rules or a NER model to read, and exports
write surnames in capitals ("MELEKHOV", "ALTUNDAS") that no rule takes for a name; the header is
the evidence. A column that names a given name, a surname or a full name ("surname", "Ad Soyad")
makes each of its cells with letters and no digits a name; one that says only "name" or names a
party ("customer", "hasta") does so for a cell with a listed given name, or of two or more words
with a listed one or that the character model finds name-like (a "name" column also lists
products, "Widget", "Stapler", and files).

Without a header, the cells a reader already found vouch for the rest of their column
(``column_mates``), and a list's items for each other (``list_mates``): a column or a list of which
two or more, and at least half, are people makes its other name-shaped cells and items people too.

A column whose header says "phone" ("Telefon", "Mobile", "Tlf.", "GSM") vouches for its cells the
same way: "33 42 64 32" in it is a number to call, though no phone word stands beside it. One
that names a firm, a team, a role or a place ("company", "Role", "grup") holds no person: a brand
named after its founder there ("Kenneth Cole") is no one's name.
"""

from __future__ import annotations

import functools
import re

from guard.pii import names
from guard.pii.name_model import name_probability

# Folded, with "_", "-" and "." read as spaces ("first_name", "e-posta").
_PERSON_COLUMNS = names.phrase_keys(
    (
        "full name",
        "fullname",
        "first name",
        "firstname",
        "given name",
        "given names",
        "forename",
        "forenames",
        "last name",
        "lastname",
        "surname",
        "family name",
        "middle name",
        "customer name",
        "client name",
        "employee name",
        "patient name",
        "contact name",
        "student name",
        "account holder",
        "cardholder",
        "adı",
        "ad soyad",
        "adı soyadı",
        "ad soyadı",
        "soyad",
        "soyadı",
        "isim",
        "isim soyisim",
        "soyisim",
        "müşteri adı",
        "hasta adı",
        "personel adı",
        "öğrenci adı",
        "vorname",
        "nachname",
        "prénom",
        "nom",
        "nom complet",
    )
)
_PARTY_COLUMNS = names.phrase_keys(
    (
        "name",
        "names",
        "ad",
        "contact",
        "owner",
        "assignee",
        "author",
        "employee",
        "customer",
        "client",
        "patient",
        "student",
        "candidate",
        "applicant",
        "attendee",
        "participant",
        "passenger",
        "personel",
        "müşteri",
        "hasta",
        "öğrenci",
        "aday",
        "katılımcı",
        "yolcu",
        "çalışan",
        "sorumlu",
        # a race's boats, a team sheet, a tenancy or a club's roll
        "helm",
        "crew",
        "skipper",
        "player",
        "driver",
        "sürücü",
        "tenant",
        "kiracı",
        "member",
        "üye",
        "gözetmen",
        "salon başkanı",
    )
)
# The people a service assigns or records: an agent's consultant, a class's instructor, a lost
# item's finder, a visit's guest. They are occupations too ("Anıl Günay, +90 …, öğretmen, …"), so
# they head a column only in a row of labels: no digit, not cut at commas.
_ROLE_COLUMNS = names.phrase_keys(
    (
        "consultant",
        "advisor",
        "danışman",
        "instructor",
        "teacher",
        "coach",
        "eğitmen",
        "öğretmen",
        "öğretici",
        "usta öğretici",
        "antrenör",
        "finder",
        "found by",
        "bulan",
        "teslim alan",
        "guest",
        "visitor",
        "misafir",
        "ziyaretçi",
        "volunteer",
        "gönüllü",
        "requester",
        "requested by",
        "talep eden",
    )
)
_PHONE_COLUMNS = names.phrase_keys(
    (
        "phone",
        "phone number",
        "phone no",
        "telephone",
        "tel",
        "tel no",
        "mobile",
        "mobile phone",
        "mobile number",
        "cell",
        "cell phone",
        "contact number",
        "telefon",
        "telefon no",
        "telefon numarası",
        "cep",
        "cep telefonu",
        "cep tel",
        "gsm",
        "iletişim",
        "handy",
        "mobil",
        "telefonnummer",
        "mobilnummer",
        "tlf",
        "tlf nr",
        "téléphone",
        "tél",
        "portable",
        "puhelin",
        "puh",
        "matkapuhelin",
    )
)
# Columns that hold what is no person: a firm, a team, a role, a place, a product, a stage. A
# brand named after its founder ("Kenneth Cole") or a town named after a person ("Jackson Council")
# in a "company" column is neither's name.
# A league table's figures, so that its header reads as one ("Pos | Club | P | GD | Pts"); no
# field's label ("P: Ann").
_LEAGUE_FIGURES = ("pos", "p", "pld", "played", "w", "d", "l", "gd", "pts", "points")
_THING_COLUMNS = names.phrase_keys(_LEAGUE_FIGURES) | names.phrase_keys(
    (
        "company",
        "company name",
        "employer",
        "organisation",
        "organization",
        "org",
        "firm",
        "business",
        "brand",
        "vendor",
        "supplier",
        "merchant",
        "store",
        "shop",
        "branch",
        "site",
        "location",
        "venue",
        "city",
        "town",
        "country",
        "region",
        "department",
        "dept",
        "team",
        "club",
        "kulüp",
        "group",
        "unit",
        "division",
        "role",
        "rank",
        "rütbe",
        "job title",
        "position",
        "stage",
        "status",
        "product",
        "drug",
        "medicine",
        "medication",
        "project",
        "category",
        "channel",
        "şirket",
        "şirket adı",
        "firma",
        "firma adı",
        "kurum",
        "kurum adı",
        "kuruluş",
        "marka",
        "bayi",
        "şube",
        "birim",
        "departman",
        "bölüm",
        "ekip",
        "grup",
        "takım",
        "unvan",
        "ünvan",
        "görev",
        "pozisyon",
        "durum",
        "aşama",
        "ürün",
        "ilaç",
        "şehir",
        "ilçe",
        "proje",
        "kategori",
        "kanal",
        "tedarikçi",
        "üretici",
        "ülke",
        "bölge",
        "semt",
        "konum",
        "durak",
        "mekan",
        "okul",
        "hastane",
        "eczane",
        "course",
        "kurs",
        "ders",
        "unternehmen",
        "abteilung",
        "rolle",
        "stadt",
        "produkt",
        "société",
        "entreprise",
        "équipe",
        "rôle",
        "poste",
        "ville",
        "produit",
        # a radio log's place, a boat's class, an exam's outcome
        "qth",
        "class",
        "result",
        "sonuç",
        # a cattery's or a kennel's pets
        "cat",
        "dog",
        "kedi",
        "köpek",
        "meds",
    )
)
# A line's label that names what is no person: "Employer: Kate Spade", "Current meds: Latuda, Otezla".
# A team or a group names its members there ("Team: Ann, Bob"), unlike a column's header.
# Labels whose last word is one of _THING_LABEL_LAST_WORDS ("Current meds", "Ana yemek") are read by
# that list and not repeated here.
_THING_LABELS = (
    _THING_COLUMNS
    - names.phrase_keys(
        (
            "team",
            "club",
            "kulüp",
            *_LEAGUE_FIGURES,
            "group",
            "unit",
            "ekip",
            "grup",
            "takım",
            "status",
            "durum",
            "stage",
            "aşama",
            "category",
        )
    )
) | names.phrase_keys(
    (
        "current medication",
        "drugs",
        "allergies",
        "diagnosis",
        "alerjiler",
        "tanı",
        "teşhis",
        "stock",
        "in stock",
        "stok",
        "stokta",
        # a menu's courses and what a record lists that is no one: dishes, drinks, appliances, pets
        "mains",
        "main course",
        "dessert",
        "sides",
        "çorba",
        "tatlı",
        "tatlılar",
        "içecek",
        "içecekler",
        "meze",
        "mezeler",
        "appliances",
        "appliance",
        "animal",
        "pet",
        "breed",
        "practice",
        # a move's or a trip's ends and a job's materials
        "nereye",
        "nereden",
        "varış",
        "kalkış",
        "destination",
        "malzeme",
        "malzemeler",
        "materials",
        # a style guide's typefaces
        "font",
        "fonts",
        "typeface",
        "headings",
        "masthead",
        "wayfinding",
    )
)
# A label whose last word names things: "Mekke oteli", "Dessert menu", "Ana yemek".
_THING_LABEL_LAST_WORDS = names.phrase_keys(
    (
        "menu",
        "menü",
        "menüsü",
        "hotel",
        "otel",
        "oteli",
        "drinks",
        "desserts",
        "starters",
        "yemek",
        "yemeği",
        "ilaçları",
        "ilaçlar",
        "meds",
        "medications",
        "medicines",
    )
)
NAME_LIKE = 0.5
# Two spaces or more: a table aligned with spaces, as a web page or a PDF pastes ("T.C. Kimlik No
# Adı    Soyadı"); read last, so a CSV row with a double space stays a CSV row.
_ALIGNED = "  "
_DELIMITERS = ("|", "\t", ";", ",", _ALIGNED)
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
_SEPARATOR_ROW = re.compile(r"^[\s|:\-+]+$")
# Letters, inner hyphens, apostrophes and initials' full stops; up to four words ("Okafor, Ebele").
_CELL_NAME = re.compile(
    r"^[^\W\d_]+(?:['’.\-][^\W\d_]*)*(?:(?:,[ ]?|[ ]{1,2})[^\W\d_]+(?:['’.\-][^\W\d_]*)*){0,3}$"
)


def _cells(line: str, offset: int, delimiter: str) -> list[tuple[int, int]]:
    """Each cell's (start, end) in the text, blanks and surrounding quotes left out; a quoted cell
    may hold the delimiter ("Smith, John")."""
    if delimiter == _ALIGNED:
        return [(offset + m.start(), offset + m.end()) for m in _ALIGNED_CELL.finditer(line)]
    spans: list[tuple[int, int]] = []
    start, quoted = 0, False
    for k, ch in enumerate(line + delimiter):
        if ch == '"':
            quoted = not quoted
        elif (ch == delimiter and not quoted) or k == len(line):
            a, b = start, min(k, len(line))
            while a < b and line[a] in ' \t"':
                a += 1
            while b > a and line[b - 1] in ' \t"':
                b -= 1
            spans.append((offset + a, offset + b))
            start = k + 1
    if delimiter == "|":  # "| a | b |": the edges of a Markdown row hold no cell
        if spans and spans[0][0] == spans[0][1]:
            spans = spans[1:]
        if spans and spans[-1][0] == spans[-1][1]:
            spans = spans[:-1]
    return spans


def _column_kind(label: str, roles: bool = True) -> str | None:
    kind = _label_kind(label, roles)
    if kind is None and ("," in label or "/" in label):
        # One column for two parts of a name: "Family name, given names", "Soyadı/Adı".
        parts = {_label_kind(part, roles) for part in re.split(r"[,/]", label)}
        return "person" if "person" in parts else None
    return kind


def _label_kind(label: str, roles: bool = True) -> str | None:
    key = _label_key(label)
    if key in _PERSON_COLUMNS:
        return "person"
    if key in _PARTY_COLUMNS or (roles and key in _ROLE_COLUMNS):
        return "party"
    if key in _PHONE_COLUMNS:
        return "phone"
    if key in _THING_COLUMNS:
        return "thing"
    return None


def _label_key(label: str) -> str:
    return " ".join(names.fold(w) for w in re.split(r"[\s_.\-]+", label) if w)


def thing_label(label: str) -> bool:
    """Whether a field's label ("Employer", "Current meds", "Şirket") says its value is no person,
    also by its last word ("Mekke oteli", "Dessert menu")."""
    key = _label_key(label)
    return key in _THING_LABELS or key.rsplit(" ", 1)[-1] in _THING_LABEL_LAST_WORDS


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line.rstrip("\r")))
        at += len(line) + 1
    return out


def table_names(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, why) for each name in a person column of a table in ``text``."""
    return list(_read_tables(text)[0])


def header_rows(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each table header row with a person, phone or thing column: its labels
    ("soyadi", "Ad Soyad", "Telefon") are no names, whatever a model reads in them."""
    return list(_read_tables(text)[1])


def phone_cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty cell in a phone column of a table in ``text``."""
    return list(_read_tables(text)[2])


def thing_cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty cell in a column of a table in ``text`` whose header
    names what is no person ("company", "Role", "grup"): no name stands there, whatever a model
    or a name list reads ("Kenneth Cole", "Talent Partner")."""
    return list(_read_tables(text)[3])


_Spans = tuple[tuple[int, int], ...]
_Tables = tuple[tuple[tuple[int, int, float, str], ...], _Spans, _Spans, _Spans]


@functools.lru_cache(maxsize=8)
def _read_tables(text: str) -> _Tables:
    """The names of a text's tables, its header rows and its phone cells, read once: the name
    recognizer asks for the first, the scanner for the second, the phone recognizer for the third,
    of the same prompt."""
    if not any(d in text for d in _DELIMITERS):
        return (), (), (), ()
    lines = _lines(text)
    headers = [_header(line) for line in lines]
    found: list[tuple[int, int, float, str]] = []
    phones: list[tuple[int, int]] = []
    things: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        header = headers[i]
        if header is None:
            i += 1
            continue
        delimiter, width, columns = header
        i += 1
        while i < len(lines):
            at, line = lines[i]
            if delimiter == "|" and _SEPARATOR_ROW.match(line):
                i += 1
                continue
            cells = _cells(line, at, delimiter) if delimiter in line else []
            if len(cells) != width:
                break
            for column, kind in columns:
                if kind in ("person", "party"):
                    found += _cell_name(text, *cells[column], kind)
                elif cells[column][0] < cells[column][1]:
                    (phones if kind == "phone" else things).append(cells[column])
            i += 1
    rows = tuple(
        (at, at + len(line)) for (at, line), header in zip(lines, headers, strict=True) if header is not None
    )
    return tuple(found), rows, tuple(phones), tuple(things)


def _header(line: tuple[int, str]) -> tuple[str, int, list[tuple[int, str]]] | None:
    """The delimiter, the number of cells and the person, phone and thing columns of a header row,
    or None."""
    at, text = line
    for delimiter in _DELIMITERS:
        if delimiter not in text:
            continue
        cells = _cells(text, at, delimiter)
        if len(cells) < 2 or any(b - a > 40 for a, b in cells):
            continue
        roles = delimiter != "," and not any(c.isdigit() for c in text)
        kinds = [(k, _column_kind(text[a - at : b - at], roles)) for k, (a, b) in enumerate(cells)]
        columns = [(k, kind) for k, kind in kinds if kind is not None]
        if all(kind == "thing" for _, kind in columns) and 2 * len(columns) < len(cells):
            # Without a person or phone column, a header is one whose labels are mostly known:
            # "the city, state and country" in prose splits at its commas too.
            continue
        if delimiter == _ALIGNED and (len(columns) < 2 or any(c.isdigit() for c in text)):
            # Spaces align a phone's call list too ("Ayşe Kaya        mobile        09:14"): a
            # header of an aligned table names two columns or more, and holds no digit.
            continue
        if columns:
            return delimiter, len(cells), columns
    return None


def _cell_name(text: str, start: int, end: int, kind: str) -> list[tuple[int, int, float, str]]:
    end = _before_note(text, start, end)
    value = text[start:end]
    if not _CELL_NAME.match(value):
        return []
    tokens = names.tokenize(value)
    listed = any(names.is_listed(t) for t in tokens)
    # A lone listed surname in a "name" column is as often a product ("Stapler", "Baker").
    given_or_full = any(names.is_first(t) for t in tokens) or (
        len(tokens) > 1 and (listed or all(name_probability(t.text) >= NAME_LIKE for t in tokens))
    )
    if kind == "party" and not given_or_full:
        return []
    score = names.STRONG if listed or kind == "person" else names.WEAK
    return [(start, end, score, f"a {kind} column of a table")]


_PNR_TITLES = "(?:MRS|MR|MS|MSTR|MISS|DR)"
_PNR_TITLE_AFTER = re.compile(" " + _PNR_TITLES + r"\b")
# A passenger list writes "SURNAME/GIVEN" and a title after it ("PRATT/LUIS MRS", as airlines do).
_SLASHED_NAME = re.compile(
    r"^([^\W\d_]+(?:['’\-][^\W\d_]+)*/[^\W\d_]+(?:[\-' ](?!" + _PNR_TITLES + r"$)[^\W\d_]+)?)"
    r"(?: " + _PNR_TITLES + r")?$"
)
# How many rows a table without a header needs, and how many of a column's name-shaped cells must
# already hold a person, before its other cells are read as people too.
_MATE_ROWS = 3
_MATE_PEOPLE = 2
_MATE_DELIMITERS = ("|", "\t", ";")
# A note in brackets after a name in its cell: "Ingvor Özyurt (Rusya'dan)".
_TRAILING_NOTE = re.compile(r"[ \t]*\([^()]*\)$")


def column_mates(text: str, people: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The name part of each name-shaped cell of a table column in which two or more, and at least
    half, of the name-shaped cells already hold a person (``people``, the spans found so far), with
    or without a header: the column is the evidence the cell has no sentence to give
    ("RAISKI/MIRJA-LEENA", "NEMİ TOMASSON" among a column of names a reader knew). A cell that is a
    frequent word, a calendar word or a column label stays out. A passenger list's "SURNAME/GIVEN"
    with a title after it or a listed part needs no mates."""
    if not any(d in text for d in _MATE_DELIMITERS):
        return []
    found: list[tuple[int, int]] = []
    for rows in _tables_by_shape(_lines(text)):
        if not any(
            _held(cell, people) or any(c.isdigit() for c in text[cell[0] : cell[1]]) for cell in rows[0]
        ):
            rows = rows[1:]  # a header ("Müşteri | Danışman"): labels, no one's name
        for column in zip(*rows, strict=True):
            shaped = [span for span in map(functools.partial(_name_part, text), column) if span]
            held = [cell for cell in shaped if _held(cell, people)]
            if len(held) >= _MATE_PEOPLE and 2 * len(held) >= len(shaped):
                # one unlisted word ("Tomurcuk") only among full names: a vet's "Hasta" column of
                # pets holds some called as people are, and no surname
                full = any(len(names.tokenize(text[a:b])) > 1 for a, b in held)
                found += [cell for cell in shaped if full or _given_or_full(text, cell)]
            else:
                found += [cell for cell in shaped if _passenger_name(text, cell)]
    return found


def _given_or_full(text: str, cell: tuple[int, int]) -> bool:
    tokens = names.tokenize(text[cell[0] : cell[1]])
    return len(tokens) > 1 or names.is_first(tokens[0])


def _passenger_name(text: str, cell: tuple[int, int]) -> bool:
    """A "SURNAME/GIVEN" cell with a title after it, or with a listed part ("TCP/IP" has neither)."""
    value = text[cell[0] : cell[1]]
    if "/" not in value:
        return False
    return _PNR_TITLE_AFTER.match(text, cell[1]) is not None or any(
        map(names.is_listed, names.tokenize(value))
    )


def _before_note(text: str, start: int, end: int) -> int:
    """Where a cell's name ends: before a note in brackets after it ("Ingvor Özyurt (Rusya'dan)")."""
    note = _TRAILING_NOTE.search(text, start, end)
    return note.start() if note is not None and note.start() > start else end


def _held(cell: tuple[int, int], people: tuple[tuple[int, int], ...]) -> bool:
    return any(a < cell[1] and cell[0] < b for a, b in people)


def _tables_by_shape(lines: list[tuple[int, str]]) -> list[list[list[tuple[int, int]]]]:
    """Runs of at least _MATE_ROWS consecutive lines split by one delimiter into the same number
    (two or more) of cells: each run's rows of cell spans."""
    tables: list[list[list[tuple[int, int]]]] = []
    for delimiter in _MATE_DELIMITERS:
        run: list[list[tuple[int, int]]] = []
        for at, line in [*lines, (0, "")]:
            cells = _cells(line, at, delimiter) if delimiter in line else []
            if delimiter == "|" and _SEPARATOR_ROW.match(line):
                continue
            if len(cells) >= 2 and (not run or len(cells) == len(run[0])):
                run.append(cells)
                continue
            if len(run) >= _MATE_ROWS:
                tables.append(run)
            run = [cells] if len(cells) >= 2 else []
    return tables


def _name_part(text: str, cell: tuple[int, int], lower_case: bool = False) -> tuple[int, int] | None:
    """The span of the name a cell or a list's item holds, without a note in brackets or a
    passenger's title, or None where it holds no name's shape; ``lower_case``: a list's item may be
    written in lower case (two words or more, the first a listed given name)."""
    start, end = cell
    end = _before_note(text, start, end)
    value = text[start:end]
    slashed = _SLASHED_NAME.match(value)
    if slashed:
        end = start + slashed.end(1)
    elif not _CELL_NAME.match(value) or "," in value:
        return None
    tokens = names.tokenize(text[start:end])
    if not tokens or len(tokens) > 4 or _column_kind(value) is not None:
        return None
    common = names.common_words()
    for token in tokens:
        lower = token.text.islower()
        if lower and not (lower_case and len(tokens) > 1 and _lower_case_name_word(token)):
            return None
        if (
            not (lower or token.text[0].isupper())
            or token.key in names.CALENDAR_KEYS
            or token.key in names.NOT_NAME_KEYS
        ):
            return None
        if token.key in common and not names.is_listed(token):
            return None
    if any(t.text.islower() for t in tokens) and not names.is_first(tokens[0]):
        return None
    return start, end


# A list's items: after a label's colon, split at commas ("Team: Timothy Hancock, Dan, kuura"), or
# the rest of each of three or more lines opened by a number or a bullet ("2 Riku-Petteri R.").
_LIST_LABEL = re.compile(r"^[^:\n]{1,40}:[ \t]+(?=\S)", re.MULTILINE)
_LIST_MARKER = re.compile(r"^[ \t]*(?:\d{1,3}[.)]?|[-*•])[ \t]+(?=\S)")


def list_mates(text: str, people: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The name part of each name-shaped item of a list at least half of whose name-shaped items,
    and two or more, already hold a person: as a column's cells, a list's items are alike; lower
    case too, two words or more, the first a listed given name and none a frequent word ("kamil
    vysotskij" among a class's bookings)."""
    if len(people) < _MATE_PEOPLE:
        return []
    found: list[tuple[int, int]] = []
    for items in _comma_lists(text) + _marked_lists(text):
        shaped = [span for span in (_name_part(text, item, lower_case=True) for item in items) if span]
        held = [item for item in shaped if _held(item, people)]
        # every item counts against the half, not only the name-shaped: a shopping list ("flour,
        # sugar, eggs") with two people in it is no list of people
        if len(held) >= _MATE_PEOPLE and 2 * len(held) >= len(items):
            found += shaped
    return found


def _lower_case_name_word(token: names.Token) -> bool:
    return not token.stop and (names.is_listed(token) or token.key not in names.less_common_words())


def _comma_lists(text: str) -> list[list[tuple[int, int]]]:
    lists = []
    for label in _LIST_LABEL.finditer(text):
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        line = text[label.end() : end]
        if line.count(",") >= 1:
            lists.append(_cells(line, label.end(), ","))
    return lists


def _marked_lists(text: str) -> list[list[tuple[int, int]]]:
    lists: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for at, line in [*_lines(text), (len(text), "")]:
        marker = _LIST_MARKER.match(line)
        if marker is not None:
            start, end = at + marker.end(), at + len(line.rstrip())
            run.append((start, end))
            continue
        if len(run) >= _MATE_ROWS:
            lists.append(run)
        run = []
    return lists
