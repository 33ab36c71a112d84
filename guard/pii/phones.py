"""Phone numbers written locally: short subscriber numbers, odd groupings, no country code.

phonenumbers (Presidio's PhoneRecognizer, ``LenientPhoneRecognizer``) finds numbers with a country
code or a national prefix of the regions it is run for, and we keep only those of nine digits or
more, because a bare seven- or eight-digit run is as often an order number, an amount or a date.
People still write "444 88 20", "754-4311", "97 41 07 20" or "8795 9650". This recognizer reads
any such digit grouping of 7 to 15 digits but gives it a score below the policy threshold, so it
counts only when a phone word is near ("call", "tel", "telefon", "numaram", "ring", "puh") and no
reference word ("order", "sipariş", "invoice", "IBAN") is in front of it.

Two shapes need no phone word, because nothing else is written that way: a number in international
form (``+45 ...``, ``0049 ...``: a country calling code that exists, then 6 to 13 digits) and a
grouped national number with a trunk prefix ("040 123 4567", "08-123 456 78", "0 800 12 34 56":
a leading 0, at least one separator, 9 to 12 digits).

Four more say "phone" without a phone word near: a phone label right before the number ("Tlf. ",
"Mob: ", "Privat: "; then one run of eight or nine digits counts too, as Norway and Denmark write
it, and so does one after a call's preposition, "ring Ola på 41234567", "call me on 41234567"),
a cell of a table's phone column ("Telefon"), a grouped number alone in brackets after a
capitalised word ("Kristina (4930 9241)"), and Turkey's seven-digit "444" numbers (in one run,
"4443776", only after a label). In a text that already holds a phone (or any number with a calling code,
or with a trunk prefix and ten digits or more), a contact list or a rota need not repeat the word: eight
digits in the groups Norway and Denmark write them in ("64.00.41.91", "490-24-176", "9116-1109"), eight
digits alone in brackets after a name and seven digits in groups right after a word ("Annesi 312 45 07")
count there too; none followed by a currency ("2.750.000 TL"). A year and a serial ("Esas No:
2026/76774417", "CVE-2010-0001"), a run of years, an identity number after its label ("T.C.
16204937162") and the whole part of a decimal (a Unix timestamp, "1764930211.002900") are no phone.

The context check is ours, not Presidio's: its enhancer looks only at non-stop-word lemmas, and
spaCy counts "call" as a stop word; and Turkish puts the verb after the number ("... numarasından
arayın"), where Presidio does not look by default.
"""

from __future__ import annotations

import re
from typing import ClassVar

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, SUPPORTED_REGIONS
from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guard.pii.name_tables import phone_cells

MIN_DIGITS = 7
MAX_DIGITS = 15
# The shortest run of digits with no separator read as a phone, and then only after a phone label.
_LABELLED_RUN = 8

# Word processors, web pages and typeset PDFs write other spaces and dashes between a number's groups:
# no-break, narrow no-break (French), thin and figure spaces (tables align digits with the last),
# Unicode's hyphen, the non-breaking hyphen, the figure dash, the en dash and the minus sign. Read as a
# space and a hyphen, one character for one, so the offsets hold.
_PASTED_SPACES = "\u00a0\u2002\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
_PASTED_DASHES = "\u2010\u2011\u2012\u2013\u2212"
PASTED_SEPARATORS = str.maketrans(dict.fromkeys(_PASTED_SPACES, " ") | dict.fromkeys(_PASTED_DASHES, "-"))
_SEPARATOR = f"[ .\\-{_PASTED_SPACES}{_PASTED_DASHES}]"
_SPACE = f"[ {_PASTED_SPACES}]"
_SPACED_DASH = f"{_SPACE}[-{_PASTED_DASHES}]{_SPACE}"
_PATTERN = (
    # "(" may stand before: a number in brackets after a name, "Kristina (85 249 138)"; an area code
    # in brackets, "(0212) 555 12 34", is matched from its "(" by the group below.
    r"(?<![\w+.,/])"
    # an identifier's serial: "CVE-2010-0001", "GLIBC-SA-2025-0005", "LOT08-3316-2207"
    r"(?<![A-Za-z0-9]-)"
    rf"(?:(?:\+|00)\d{{1,3}}(?:{_SEPARATOR}|/)?(?:\(0\){_SEPARATOR}?)?)?"  # +47, 0049, +44 (0), +358/
    rf"(?:0?{_SPACE}?\(\d{{1,5}}\){_SEPARATOR}?)?"  # (0212), (532), 0(312)
    # A dash between spaces parts groups too ("444 - 36 52", "444 - 07 12"), unless a trunk's 0
    # follows it elsewhere: a house number and a phone ("No 12 - 0-850-..."); a group after a space
    # that opens with "00" and a calling code starts another number ("item 3 0049 151 2345 6789").
    rf"\d{{1,12}}(?:(?:{_SEPARATOR}|{_SPACED_DASH}(?:(?<=444{_SPACED_DASH})|(?!0))|/|\){_SPACE}?)"
    rf"(?!(?<={_SPACE})00[1-9]\d)\d{{1,6}}){{0,5}}"
    r"(?:/\d{7,8})?"  # Finland's "+358/9/9185866": a subscriber's seven digits after the area code
    r"(?![\w]|[.,:]\d)"  # not "08" of a time "08:41"
)
# A date: day, month and year either way round ("05.12.2026", "2026-12-05"); "444-3-809" is none.
_DATE = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d\d|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$")
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
# A date then more digits: "01.02.2022 0841", "07.07.2023 10 40" (a time written without a colon).
_DATE_FIRST = re.compile(r"[\[(]?\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?!\d)")
_REFERENCE = (
    r"(?:order|invoice|ref(?:erence)?|ticket|case|account|acct|acc|a/c|sort\s+code|iban|swift|"
    r"customer\s+(?:no|number|id)|"
    r"sipariş|siparis|fatura|hesap|müşteri\s+no|referans|dosya|bestell\w*|rechnung|konto|commande|facture|"
    r"compte|tilaus|lasku|ordre|faktura|policy|poliçe|police|contract|sözleşme|vertrag|contrat|tracking|"
    r"kargo|takip|sendungs\w*|serial|seri|receipt|fiş|dekont|member|üye|kimlik|passport|pasaport|"
    r"plate|plaka|post\s*code|posta\s+kodu|pin|otp|code|kod|şifre|customer\s+number|müşteri\s+numara\w*|"
    r"kundennummer|transaction|işlem|reservation|rezervasyon|booking|esas|karar\s+no|dava)"
)
# A reference word right before the number ("order 1234 5678"), or right after it in Turkish word
# order ("1234 5678 numaralı sipariş"), says the number is not a phone whatever phone word is near.
_REFERENCE_BEFORE = re.compile(r"\b" + _REFERENCE + r"\b[^\n]{0,20}$", re.IGNORECASE)
# After the number only in the same phrase, no punctuation between: ", IBAN ..." starts the next item.
# "T.C." before "kimlik": "12345678901 T.C. kimlik numaralı" is an identity number.
_REFERENCE_AFTER = re.compile(
    r"^ (?:(?:numaral\w*|nolu|no'lu)\s+)?(?:T\.? ?C\.?\s+)?" + _REFERENCE + r"\b", re.IGNORECASE
)


# Words that say "phone" near a number, matched as word prefixes ("telefonum", "numarasından").
_PHONE_WORDS = (
    # en
    "phone",
    "tel",
    "telephone",
    "call",
    "ring",
    "mobile",
    "cell",
    "fax",
    "whatsapp",
    "sms",
    "text me",
    "reach me",
    "reach us",
    "contact",
    "dial",
    "landline",
    "hotline",
    "callback",
    "call back",
    "text",  # "text me", "text Anna at"
    "helpdesk",
    "help desk",
    "service desk",
    "support line",
    "direct line",
    "switchboard",
    "call cent",
    "my number",
    "his number",
    "her number",
    "your number",
    "our number",
    "their number",
    "number is",
    "contact number",
    "reachable",
    # tr
    "telefon",
    "cep",
    "gsm",
    "numaram",
    "numarası",
    "numarasın",
    "numaradan",
    "ara",
    "ulaş",
    "hattı",
    "hat:",
    "çağrı",
    "iletişim",
    "mesaj",
    "whatsapp",
    "müşteri hizmet",
    "numara",  # "numaram", "numarası", "numarasından"; "numaralı sipariş" is vetoed as a reference
    "üzerinden görüş",  # "... ile 53-51-97-09 üzerinden görüşülecek": to be talked to on that number
    # de, fr
    "handy",
    "anruf",
    "ruf",
    "mobil",
    "festnetz",
    "téléphone",
    "tél",
    "portable",
    "appel",
    "joindre",
    "numéro",
    "rufnummer",
    "erreich",
    "nummer",
    "rückruf",
    "kundenservice",
    "service client",
    "contacter",
    # nordic
    "tlf",
    "puh",
    "soita",
    "numero",
    "ringe",
    "ring",
    "mobilnummer",
    "telefonnummer",
    "sms",
    "kundeservice",
    "kundtjänst",
    "asiakaspalvelu",
    # a patient's next of kin is written down to be called ("NOK" alone is also Norway's krone)
    "next of kin",
    # signature labels of the Nordic countries and Germany: "Mob. 412 34 567", "Sentralbord: ..."
    "mob",
    "direkte",
    "sentralbord",
    "växel",
    "vaihde",
    "durchwahl",
    "kontakt",
    "når meg",
)
_PHONE_WORD = "(?:" + "|".join(re.escape(w) for w in _PHONE_WORDS) + ")"
_PHONE_CONTEXT = re.compile(r"(?<!\w)" + _PHONE_WORD, re.IGNORECASE)
# A phone word as the number's label, right before it: "Tlf. ", "Tel.: ", "Mob: ", "tlf.nr. ",
# "Telefon ". Its full stop is an abbreviation's, not a sentence's end, and it vouches for a number
# written in one run of eight or nine digits too ("Telefon 22123456", as Norway and Denmark write).
_PHONE_LABEL = re.compile(
    r"(?<!\w)" + _PHONE_WORD + r"\w*\.?(?:[ ]?(?:nr|no|num)\w*\.?)?[ ]?:?[ ]?$",
    re.IGNORECASE,
)
# Labels of a contact's line in a signature, with their colon: "Privat: 22 12 34 56".
_LINE_LABEL = re.compile(
    r"(?<!\w)(?:privat|hjemme|arbeid|jobb|home|work|office|bureau|domicile)[ ]?:[ ]?$", re.I
)
# A call's preposition right before a number, with a calling verb earlier in the clause: "ring Ola
# på 41234567", "call me on 41234567", "rufen Sie mich unter 41234567 an".
_CALL_PREPOSITION = re.compile(
    r"(?<!\w)(?:ring|ringe|call|phone|text|message|msg|whatsapp|soita|rufen|ruf|anrufen|appelle[rz]?|"
    r"ara)\w*\b[^.!?\n]{0,30}?[ ](?:på|at|on|til|till|unter|au|numeroon)[ ]:?[ ]?$"
    # Where the writer can be reached: "I'm on 490-24-176", "we're on 0161 ...".
    r"|(?<!\w)(?:I'm|I’m|I am|we're|we’re|we are)[ ]on[ ]$",
    re.IGNORECASE,
)
# An Android SMS backup (XML of "SMS Backup & Restore"): the other party's number is the address.
_SMS_ADDRESS = re.compile(r"<(?:sms|mms)\b[^<>]*\baddress=\"$")
# A Turkish word for "number" right after one run of digits: "Şeyma ise 91728348 numarasında";
# "numaralı" (numbered: "12345678 numaralı dosya") is no phone's.
_NUMBER_WORD_AFTER = re.compile(r" numara(?!l)\w*", re.IGNORECASE)  # matched at the number's end
# A number with its country's calling code somewhere in the text: "+47 ...", "(+47)9142...", "0047 ...".
_CALLING_CODE_IN_TEXT = re.compile(r"(?:\+|(?<![\w.,/-])00)[1-9]\d{0,2}\)?[ .-]?\d{2}")
# A number with its trunk prefix somewhere in the text, ten digits or more: "(0172) 1544-2522",
# "0532 123 45 67" (another recognizer may be the one that reads it as a phone).
_TRUNK_NUMBER_IN_TEXT = re.compile(r"(?<![\w.,/-])\(?0\d{2,4}\)?[ /-]?\d[\d .-]{5,12}\d(?![\d.,])")
_TRUNK_NUMBER_DIGITS = range(10, 13)
_WINDOW_BEFORE = 48
_WINDOW_AFTER = 32
CONTEXT_SCORE = 0.5
SHAPE_SCORE = 0.6
# Four pairs of digits with dots, as Denmark and France write numbers ("38.18.71.48"), also parse
# as an IPv4 address (Presidio's score 0.6): with a phone word or label beside it, and no word of a
# network's, the phone reading wins.
DOTTED_PAIRS_SCORE = 0.65
_DOTTED_PAIRS = re.compile(r"^\d\d\.\d\d\.\d\d\.\d\d$")
_NETWORK_WORDS = re.compile(
    r"(?<![\w-])(?:ip|ipv4|host|server|sunucu|subnet|gateway|dns|ping|ssh|vpn|router|proxy)\b",
    re.IGNORECASE,
)

# What a phone column's cell holds when it holds a number: digits and the signs written between.
_CELL_NUMBER = re.compile(r"^\+?[\d(][\d\s().\-/]*\d$")
# Calling codes are prefix-free (ITU E.164), so at most one of the first three digits' prefixes is one.
_CALLING_CODES = frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)
_INTERNATIONAL = re.compile(r"^(?:\+|00)(\d[\d\s().\-/]*)$")
_TRUNK_GROUPED = re.compile(r"^0\d*[\s().\-/]")
_BRACKETED_TRUNK = re.compile(r"^\(0\d{1,3}\) ?\d{2,4}(?:[ -]?\d{2,4}){0,2}$")
_NORDIC_GROUPS = re.compile(
    r"^(?:\d\d([ .-])\d\d\1\d\d\1\d\d|\d{3}([ .-])\d\d\2\d{3}|\d{4}([ .-])\d{4}"
    # Danish and Norwegian eight digits in fewer groups or with two separators: "30-106476",
    # "26 48 1880", "916 89768", "916-89768", "623 42-397", "22 29 11-02", "41562 708"
    r"|\d\d-\d{6}|\d\d \d\d \d{4}|\d{3}[ -]\d{5}|\d{3}[ -]\d\d[ -]\d{3}|\d\d \d\d \d\d-\d\d|\d{5} \d{3})$"
)
# A day, a month and a year written with spaces: "12 03 2020" is a date, not "26 48 1880".
_SPACED_DATE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d$")
# Turkey's nationwide "444" numbers have seven digits and no trunk prefix: "444 62 33", "444 0 333".
_TR_444 = re.compile(r"^444(?:[ .-]| - )?\d(?:[ .-]?\d){3}$")
# A grouped number in brackets right after a capitalised word is a contact's number, as in a
# signature or an out-of-office reply: "contact Paudie Randall (77 76 31 15)", "Kristina (4930 9241)".
_CAPITALISED_BEFORE_BRACKET = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-ÞĞİŞ][\w'’.-]*\s?\($")
# What else stands in brackets after a word: an amount in thousands ("Sales (12 500 000)").
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ .]\d{3})+$")


# A year, a slash and a serial: a case, file or register number ("Esas No: 2026/76774417"); years.
_YEAR_SLASH_SERIAL = re.compile(r"^(?:19|20)\d\d/\d+$")
# A year of a record's date (this century's first four decades at most): "2071 4409" is a Danish
# mobile's two groups, "2019-0412" a year and a serial.
_YEAR_FIRST = re.compile(r"^(?:19\d\d|20[0-3]\d)\D")
_YEARS = re.compile(r"^\(?(?:19|20)\d\d(?:\D+(?:19|20)\d\d)+\)?$")


def year_serial_form(number: str) -> bool:
    """ "2026/76774417", "2019 2020 2021": a case or register number, or years, not a phone."""
    return _YEAR_SLASH_SERIAL.match(number) is not None or _YEARS.match(number) is not None


# An identity or a tax number's label right before it: "(T.C. 16204937162)", "TCKN: ...", "CPR-nr. ...",
# and those of the other countries whose phones are read: a British taxpayer's reference and NHS
# number ("UTR 4817 230 965", "NHS number 485 777 3456": ten digits, as a phone), a German tax
# identity, a French firm's and person's numbers, a Nordic firm's, a US employer's. Acronyms in
# capitals only: "ein" is German's "a".
_ID_LABEL_BEFORE = re.compile(
    r"(?<!\w)(?:T\.[ ]?C\.|TCKN|VKN|V\.[ ]?D\.|vergi[ ]dairesi|vergi|SSN|CPR|personnummer|fødselsnummer|"
    r"henkilötunnus|hetu|(?-i:UTR|NINO|NHS|SIREN|SIRET|NIR|EIN|ITIN|CVR)|Steuer-?ID|Steuernummer|IdNr|"
    r"org\.?[ ]?nr|organisasjonsnummer|organisationsnummer|y-tunnus)"
    r"(?:[ .-]?(?:no|nr|nummer|number|numarası)\.?)?[ ]?:?[ ]?$",
    re.IGNORECASE,
)
# Digits right after a number's end that continue it as a decimal: "1764930211.002900".
_DECIMAL_AFTER = re.compile(r"[.,]\d")


# Two times of day and a dash between: "19.00-20.00", "09:30 - 17:30".
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d\d ?[-–] ?\d{1,2}[.:]\d\d$")


def number_shaped(value: str) -> bool:
    """7 to 15 digits, and neither a date, a year and serial nor a range of hours: what a phone
    number is before the words around it are read."""
    digits = sum(c.isdigit() for c in value)
    return (
        MIN_DIGITS <= digits <= MAX_DIGITS
        and not _DATE.match(value)
        and not year_serial_form(value)
        and not _TIME_RANGE.match(value)
        and not _SPACED_DATE.match(value)
    )


# A thing's number, abbreviated, right before the digits: "juror no. 4471 0923", "Kapı no: 1234 56";
# not a phone's or a line's ("Tel no", "GSM no", "Mob. nr."). Not "number": "the landlord's Bergen
# number", "her work number" are phones.
_OTHER_NUMBER_LABEL_BEFORE = re.compile(
    r"\b(?!(?:tel|tlf|tlfn|mob|mobile|phone|telephone|cell|fax|contact|direct|emergency|landline|"
    r"whatsapp|sms|gsm|cep|telefon|handy|mobil|puh|puhelin|irtibat|iletişim|hat|ev|iş)\b)"
    r"[^\W\d_]{2,}\.?[ \t]+(?:no|nr)\.?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


_PHONE_MARK = re.compile(r"[(+]")


def named_as_reference(text: str, start: int, end: int) -> bool:
    """Whether a reference word or an identity number's label stands right before the number, or a
    reference word right after it."""
    before = text[max(0, start - _WINDOW_BEFORE) : start]
    return bool(
        _REFERENCE_BEFORE.search(before)
        or _ID_LABEL_BEFORE.search(before)
        # a house number then a phone read as one ("No 12 - (0) 262 720 95 05") keeps the phone
        or (_OTHER_NUMBER_LABEL_BEFORE.search(before) and not _PHONE_MARK.search(text, start, end))
        or _REFERENCE_AFTER.search(text[end : end + _WINDOW_AFTER])
        or _country_prefixed_serial(before, text[start:end])
    )


def decimal_continues(text: str, end: int) -> bool:
    """Whether the digits before ``end`` are the whole part of a decimal ("1764930211.002900")."""
    return _DECIMAL_AFTER.match(text, end) is not None


def in_phone_column(text: str, start: int, end: int) -> bool:
    """Whether the number is (in) a cell of a table's phone column."""
    return any(a <= start and end <= b for a, b in phone_cells(text))


# An identifier's letters before its serial, with a hyphen or without: "CVE-2027-31337",
# "GLIBC-SA-2025-0005", "T202770268040".
_IDENTIFIER_LETTERS_BEFORE = re.compile(r"[A-Za-z]-?\Z")  # \Z: "$" would match before a line break
_PHONE_WORD_GLUED = re.compile(
    r"(?<![A-Za-z])(?:tel|ph|phone|mob|mobile|gsm|cep|fax|tlf|puh)\.?-?\Z", re.IGNORECASE
)


# A country's two letters and a space before one unbroken run of digits: an identifier the country
# issued ("küpe no TR 418203775190", an ear tag; "VAT DK 31245780"); a phone's country is written "+45",
# unless a phone word comes first ("mobile: TR 5324182736").
_COUNTRY_LETTERS_BEFORE = re.compile(r"(?:^|\W)([A-Z]{2}) $")


def _country_prefixed_serial(before: str, value: str) -> bool:
    """Whether ``value``, an unbroken run of digits, follows a country's two capital letters and a
    space at the end of ``before`` (the window named_as_reference reads), with no phone word before
    them in the line."""
    m = _COUNTRY_LETTERS_BEFORE.search(before[-4:])
    if m is None or m.group(1) not in SUPPORTED_REGIONS or not value.isdigit():
        return False
    return _PHONE_CONTEXT.search(before.rsplit("\n", 1)[-1]) is None


def identifier_serial(text: str, start: int) -> bool:
    """Whether the digits at ``start`` are an identifier's serial, after its letters and a hyphen or
    right after them ("T202770268040", a case number), unless the letters say phone ("Tel0532...")."""
    if _IDENTIFIER_LETTERS_BEFORE.search(text, max(0, start - 2), start) is None:
        return False
    return _PHONE_WORD_GLUED.search(text, max(0, start - 8), start) is None


def opens_with_date(text: str, start: int) -> bool:
    """Whether a digit run opens with a dd.mm.yyyy date ("01.02.2022 08:41" is a date and a time)."""
    return _DATE_FIRST.match(text, start) is not None


def international_form(number: str) -> bool:
    """``+CC`` / ``00CC`` with a calling code that exists and a national number of 6 to 13 digits;
    the code may stand in brackets ("(+90) 546-835 91 80")."""
    m = _INTERNATIONAL.match(number[1:] if number.startswith(("(+", "(00")) else number)
    if m is None:
        return False
    digits = re.sub(r"\D", "", m.group(1).replace("(0)", ""))
    code = next((digits[:n] for n in (1, 2, 3) if digits[:n] in _CALLING_CODES), None)
    return code is not None and 6 <= len(digits) - len(code) <= 13


def trunk_grouped_form(number: str) -> bool:
    """A national number with its trunk 0 and written in groups: "040 123 4567", "(0221) 123456"."""
    digits = sum(c.isdigit() for c in number)
    return 9 <= digits <= 12 and bool(_TRUNK_GROUPED.match(number.lstrip("(").replace("(", "", 1)))


def bracketed_trunk_form(number: str) -> bool:
    """An area code with its trunk 0 in brackets, then the subscriber's digits: "(06) 460240",
    "(09) 123 4567", as Finland writes numbers of eight digits and more."""
    return _BRACKETED_TRUNK.match(number) is not None and sum(c.isdigit() for c in number) >= 8


def nordic_grouping(number: str) -> bool:
    """Eight digits in the groups Norway and Denmark write them in, one separator throughout:
    "64.00.41.91", "490-24-176", "9116-1109"; not a year and a serial ("CVE-2010-0001")."""
    return _NORDIC_GROUPS.match(number) is not None and not _YEAR_FIRST.match(number)


# Seven digits in groups, as a local number is written without its area code ("312 45 07", "31-24 507"),
# right after a word, as a contact's number stands in a text that holds other phones ("Annesi 312 45 07").
_SEVEN_GROUPED = re.compile(r"^\d{1,4}(?:[ .-]\d{1,4}){1,3}$")
_WORD_RIGHT_BEFORE = re.compile(r"[^\W\d_]{2,}:?[ ]\Z")


def local_grouping_after_a_word(text: str, start: int, number: str) -> bool:
    """Seven digits in groups right after a word: "Annesi 312 45 07", "satıcı: 31-24 507"."""
    return (
        sum(c.isdigit() for c in number) == MIN_DIGITS
        and _SEVEN_GROUPED.match(number) is not None
        and _THOUSANDS.match(number) is None
        and _WORD_RIGHT_BEFORE.search(text, max(0, start - 30), start) is not None
    )


# A currency right after the number: an amount ("fiyat 2.750.000 TL", "3 100 000 kr").
_CURRENCY_AFTER = re.compile(r"[ ]?(?:TL|₺|EUR|€|USD|\$|GBP|£|kr|NOK|DKK|SEK|CHF)(?!\w)")


def nationwide_service_form(number: str) -> bool:
    """Turkey's seven-digit "444" numbers, which no other digit run of seven is written like."""
    return _TR_444.match(number) is not None


def bracketed_after_capitalised_word(text: str, start: int, end: int, unbroken: bool = False) -> bool:
    """A grouped number alone in brackets after a capitalised word: "Kristina (85 249 138)";
    with ``unbroken``, one run of digits too ("Kristina (85249138)")."""
    value = text[start:end]
    grouped = unbroken or any(not c.isdigit() for c in value)
    return (
        grouped
        and not _THOUSANDS.match(value)
        and text[end : end + 1] == ")"
        and bool(_CAPITALISED_BEFORE_BRACKET.search(text[max(0, start - 40) : start]))
    )


def _trunk_number_in(text: str) -> bool:
    return any(
        sum(c.isdigit() for c in m.group(0)) in _TRUNK_NUMBER_DIGITS
        for m in _TRUNK_NUMBER_IN_TEXT.finditer(text)
    )


class LocalPhoneRecognizer(PatternRecognizer):
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("phone, local or any grouping", _PATTERN, 0.1)]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name="LocalPhoneRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        pattern_text = pattern_text.translate(PASTED_SEPARATORS)
        if not number_shaped(pattern_text):
            return False
        # One unbroken run of digits is a phone only with a trunk prefix, ten digits and more, or a
        # phone label right before it (checked in analyze).
        if (
            pattern_text.isdigit()
            and not pattern_text.startswith("0")
            and len(pattern_text) < _LABELLED_RUN
            and not nationwide_service_form(pattern_text)
        ):
            return False
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        text = text.translate(PASTED_SEPARATORS)  # one character for one: the offsets hold
        kept: list[RecognizerResult] = []
        uncued: list[tuple[RecognizerResult, float]] = []  # phone-shaped, nothing near says "phone"
        for r in results:
            parts = [p for p in re.split(r"\D+", text[r.start : r.end]) if p]
            if len(parts) == 2 and len(parts[0]) <= 2 and _YEARISH.match(parts[-1]):
                continue  # "12 2024", "3/2024": a day or a month and a year ("4436 1963" is no date)
            if opens_with_date(text, r.start):
                continue
            if named_as_reference(text, r.start, r.end) or _CURRENCY_AFTER.match(text, r.end):
                continue
            before = text[max(0, r.start - _WINDOW_BEFORE) : r.start]
            value = text[r.start : r.end]
            labelled = bool(
                _PHONE_LABEL.search(before)
                or _LINE_LABEL.search(before)
                or _CALL_PREPOSITION.search(before)
                or _SMS_ADDRESS.search(before)
                or _NUMBER_WORD_AFTER.match(text, r.end)
                or in_phone_column(text, r.start, r.end)
            )
            if value.isdigit() and not value.startswith("0") and len(value) < 10 and not labelled:
                if len(value) >= _LABELLED_RUN and bracketed_after_capitalised_word(
                    text, r.start, r.end, unbroken=True
                ):
                    uncued.append((r, CONTEXT_SCORE))  # "Caralie Clayton (92278407)"
                continue  # "order 41234567": one run of seven to nine digits needs a label
            if (
                international_form(value)
                or trunk_grouped_form(value)
                or bracketed_trunk_form(value)
                or nationwide_service_form(value)
            ):
                self._mark(
                    r, SHAPE_SCORE, "phone written in international, trunk-prefixed or nationwide form"
                )
                kept.append(r)
                continue
            after = text[r.end : r.end + _WINDOW_AFTER]
            # Stop the window at a line or sentence end: the next sentence's "call" is not about this number.
            before = re.split(r"[.!?\n]\s", before)[-1]
            after = re.split(r"[.!?\n]\s|[.!?]$", after)[0]
            network = _NETWORK_WORDS.search(before + " " + after) is not None
            # Dotted pairs also parse as an IPv4 address: as a phone they need the higher score.
            score = DOTTED_PAIRS_SCORE if _DOTTED_PAIRS.match(value) and not network else CONTEXT_SCORE
            if bracketed_after_capitalised_word(text, r.start, r.end):
                self._mark(r, score, "grouped number in brackets after a name")
                kept.append(r)
                continue
            if not (labelled or _PHONE_CONTEXT.search(before) or _PHONE_CONTEXT.search(after)):
                if (
                    nordic_grouping(value) or local_grouping_after_a_word(text, r.start, value)
                ) and not network:
                    uncued.append((r, score))
                continue
            self._mark(r, score, "local phone grouping with a phone word nearby")
            kept.append(r)
        kept += self._column_cells(text, kept)
        if uncued and (kept or _CALLING_CODE_IN_TEXT.search(text) or _trunk_number_in(text)):
            kept += self._like_the_others(uncued)
        return kept

    def _like_the_others(self, uncued: list[tuple[RecognizerResult, float]]) -> list[RecognizerResult]:
        """Numbers with no phone word near, in a text that holds a phone: a contact list or a rota
        gives one number a label or a country code and the next none ("Giralda Buchanan -- yes --
        64.00.41.91"). Only the groupings Norway and Denmark write their eight digits in count, eight
        digits alone in brackets after a name, and seven digits in groups right after a word, a local
        number without its area code ("Annesi 312 45 07")."""
        for r, score in uncued:
            self._mark(r, score, "a phone's grouping in a text that holds a phone number")
        return [r for r, _ in uncued]

    def _column_cells(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A phone column's cells the pattern did not reach: after a CSV comma (which it refuses
        before digits, for "1,234,567") or in a grouping it does not read."""
        out = []
        for start, end in phone_cells(text):
            value = text[start:end]
            if (
                not _CELL_NUMBER.match(value)
                or not number_shaped(value)
                or any(r.start < end and start < r.end for r in found)
            ):
                continue
            metadata = {
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            }
            r = RecognizerResult("PHONE_NUMBER", start, end, CONTEXT_SCORE, recognition_metadata=metadata)
            self._mark(r, CONTEXT_SCORE, "a cell of a table's phone column")
            out.append(r)
        return out

    def _mark(self, r: RecognizerResult, score: float, why: str) -> None:
        r.score = score
        r.analysis_explanation = AnalysisExplanation(type(self).__name__, score, textual_explanation=why)
        r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
