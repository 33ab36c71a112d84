"""What a second NER's PERSON spans must also pass: the model reads text uncased.

Rampart lower-cases and strips accents before it reads, so in a cased language it cannot see
what a capital letter says, and on Turkish it reads verbs and greetings next to a name as part of
it ("sorun çözüldü", "Merhaba Ayşe", "Nurmelek'e yarın"). A span keeps only its words from the
first to the last capitalised one (unless its line opens in lower case: a writer who does not
capitalise gives the model no other clue either), loses the greetings and the function words
that are no listed name it starts with, and a single word that is a listed place and no listed
name is no person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from guard.pii import names
from guard.pii.language import looks_turkish, spacy_stop_words
from guard.pii.name_cues import (
    CELL_BORDER,
    FIELD_HEAD_KEYS,
    SIGN_OFF_KEYS,
    label_end,
    person_slot,
    turkish_active_form,
)
from guard.pii.name_model import name_probability
from guard.pii.name_tables import thing_label
from guard.pii.turkish_compounds import (
    compound_head,
    plural_compound_head,
    possessive_head,
    possessive_role_or_thing,
    singular_compound_head,
    turkish_lower,
)
from guard.pii.word_classes import word_classes


def person_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of the model's PERSON span ``text[start:end]`` that can be a name, or None."""
    tokens = first_line_words(text, start, names.tokenize(text[start:end]))
    if _capitalising_line(text, start) or any(t.text[:1].isupper() for t in tokens):
        # A writer who capitalises here: "Anadolu Sigorta meselesini" ends at "Sigorta".
        while tokens and not tokens[0].text[:1].isupper():
            tokens.pop(0)
        while tokens and not tokens[-1].text[:1].isupper():
            tokens.pop()
    tokens = without_titles(tokens)
    while tokens and (
        tokens[0].key in names.SALUTATION_KEYS
        or tokens[0].key in names.NOT_NAME_KEYS
        or (tokens[0].stop and not names.is_listed(tokens[0]))
    ):
        tokens.pop(0)
    while tokens and tokens[-1].key in names.HONORIFIC_AFTER_KEYS:  # "Ayşe Hanım": the name is "Ayşe"
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and not names.is_listed(tokens[0]) and tokens[0].key in names.places():
        return None
    if len(tokens) == 1 and _acronym_in_cased_line(text, start + tokens[0].start, tokens[0].text):
        at = start + tokens[0].start
        if not person_slot(text, at, at + len(tokens[0].text)):
            return None
    return start + tokens[0].start, start + tokens[-1].end


def without_titles(tokens: list[names.Token]) -> list[names.Token]:
    """A span's words less a title, a team, a firm or a place word and what it names: a name may
    follow one ("Birim Sorumlusu Nazgüle Siviş"); the words before one are its own ("Anadolu
    Sigorta", "Loan Officer", "Çağrı Merkezi"), unless a Turkish honorific closes them ("GÜZELLA
    HANIM MASTERCARD RAPORUNU")."""
    titles = [k for k, t in enumerate(tokens) if t.key in names.NOT_NAME_KEYS]
    if len(tokens) < 2 or not titles:
        return tokens
    first = tokens[: titles[0]]
    if first and first[-1].key in names.HONORIFIC_AFTER_KEYS:
        return first
    return tokens[titles[-1] + 1 :]


def first_line_words(text: str, start: int, tokens: list[names.Token]) -> list[names.Token]:
    """The words of a span that crosses a line break, of its first line that holds a capitalised
    word other than a greeting or a sign-off ("Saygılarımla,\n\nBerktuğ Kuşku\nBirim Sorumlusu")."""
    lines: list[list[names.Token]] = []
    for t in tokens:
        if lines and "\n" not in text[start + lines[-1][-1].end : start + t.start]:
            lines[-1].append(t)
        else:
            lines.append([t])
    if len(lines) < 2:
        return tokens
    for line in lines:
        courtesy = all(t.key in names.SALUTATION_KEYS or t.key in SIGN_OFF_KEYS for t in line)
        if not courtesy and any(t.text[:1].isupper() for t in line):
            return line
    return lines[0]


def _acronym_in_cased_line(text: str, at: int, word: str) -> bool:
    """A lone word in capitals between words that are not: a persona or an acronym ("DAN",
    "AIDEN", "HAL", "KYC"), read as a name where the model sees too little context. A surname in
    capitals beside a given name ("Ayşe YILMAZ") is two words, and names in a capitalised record
    ("PATIENT: BACHOR, KNARIK | DOB") have capitalised neighbours."""
    if len(word) < 2 or not word.isupper():
        return False
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    before = _LETTER_WORDS.findall(text, line_start, at)
    after = _LETTER_WORDS.findall(text, at + len(word), len(text) if line_end < 0 else line_end)
    neighbours = before[-1:] + after[:1]
    return bool(neighbours) and not any(w.isupper() for w in neighbours)


_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")


def _capitalising_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` opens with a capital letter: its writer capitalises, so a
    lower-case word there is no name ("lol ask atanásio she knows" keeps its lower-case name)."""
    line_start = text.rfind("\n", 0, at) + 1
    first = next((c for c in text[line_start : at + 1] if c.isalpha()), "")
    return first.isupper()


def without_calendar_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Any recognizer's PERSON span less the weekdays and months at its edges ("Gulnus Cumartesi
    günü", "Date: Weds"); None when nothing else is left. A listed name stays ("Kasım Yılmaz",
    "Ahmet Ocak") unless a date or a time word stands by it ("until Thu", "Paz, 06.06", "Cum günü")."""
    tokens = names.tokenize(text[start:end])

    def calendar(t: names.Token) -> bool:
        if "-" in t.key:  # a range of days or months ("Mon-Thu", "Pzt-Cum")
            return all(part in names.CALENDAR_KEYS for part in t.key.split("-"))
        return t.key in names.CALENDAR_KEYS and (
            not names.is_listed(t) or _dated(text, start + t.start, start + t.end)
        )

    while tokens and calendar(tokens[0]):
        tokens.pop(0)
    while tokens and calendar(tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    return start + tokens[0].start, start + tokens[-1].end


_DATE_WORD_BEFORE = re.compile(
    r"(?:^|\W)(?:until|till|on|by|from|since|before|after|next|this|last|every|due|sent|date|today|"
    r"tomorrow|yesterday|tarih|yarın|bugün|dün|önümüzdeki|gelecek|her)"
    r"[:,]?[ \t]+$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(
    r"[,.]?[ \t]*\d|[ \t]+(?:günü|gününe|gün|akşamı|sabahı|öğleden|öğlen|akşamüstü|akşam|sabah|gecesi|"
    # the start, end or middle of a month: "Eylül başı", "Mart sonunda", "Ocak ortası"
    r"başı|başında|başından|sonu|sonunda|sonundan|ortası|ortasında|ayı|ayında|ayından)(?![\w'’])"
    # a part of the month in the genitive: "Ekim'in üçüncü haftası", "Şubat'ın ikinci yarısında"
    r"|['’]n?[ıiuü]n[ \t]+(?:(?:ilk|son|ikinci|üçüncü|dördüncü)[ \t]+)?"
    r"(?:hafta|yarı|gün|baş|son|orta)[a-zçğıöşü]*(?![\w'’])"
)


def _dated(text: str, start: int, end: int) -> bool:
    """Whether a weekday or month that is also a name stands as a date: after "until", "on", "by",
    "yarın" ("tomorrow") or a day's number ("23 Nisan"), before a day's number ("Paz, 06.06.2021",
    "Jun 12") or Turkish "günü" ("Cum gününe kadar")."""
    return bool(
        _DATE_WORD_BEFORE.search(text, max(0, start - 12), start)
        or _DAY_NUMBER_BEFORE.search(text, max(0, start - 5), start)
        or _DATE_AFTER.match(text, end)
        or _day_label(text, start, end)
    )


# A line's label that is a day, among other such lines: a rota's "Mon: ...", "Thu: open"; a chat's
# author "Jan:" has no other day's label beside it.
_DAY_LABEL = re.compile(r"(?m)^[ \t]*([^\W\d_]{2,9})\.?:")


def _day_label(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] not in (":", ".") or text.rfind("\n", 0, start) + 1 != start:
        return False
    days = {
        m.group(1).lower() for m in _DAY_LABEL.finditer(text) if names.fold(m.group(1)) in names.CALENDAR_KEYS
    }
    return len(days) >= 3


_DAY_NUMBER_BEFORE = re.compile(r"(?:^|[^\d.,:/])(?:[1-9]|[12]\d|3[01])\.?[ \t]+$")


# A frequent word the character model also finds unlike a name ("Sorumlu" 0.06, "Başlangıç" 0.15,
# "Yönetimi" 0.002); a frequent word that looks like one ("Jakob", "Tayyip", "Goethe": 0.89-0.91) may be
# a name the lists lack. Public figures' surnames that are frequent words and unlike names to the
# model ("Obama" 0.14, "Merkel" 0.22) count as ordinary without a cue: "Mr Obama" stays a name.
ORDINARY_WORD_NAME_PROBABILITY = 0.6
# A less common word needs the model's stronger doubt: unlisted given names rank there ("Esat" 0.33,
# "Halit" 0.33, "Cahit" 0.53), beside words no one is named ("Temsilci" 0.08, "Cerrahi" 0.17,
# "Norwegian" 0.06, "Helsinki" 0.06).
LESS_COMMON_WORD_NAME_PROBABILITY = 0.25


def ordinary_words(text: str, start: int, end: int, less_common: bool = True) -> bool:
    """Whether a PERSON span holds only frequent words that are no listed name: the label of a field
    ("Sorumlu:", "Temsilci:"), a table's header ("Başlangıç"), a department ("Risk Yönetimi",
    "Genel Cerrahi"). ``less_common``: the rarer words count too, each only when the model finds it
    unlike a name ("Bunu Halit" stays: "Halit" is name-like enough)."""
    tokens = names.tokenize(text[start:end])
    if not tokens or any(names.is_listed(t) for t in tokens):
        return False
    common = names.common_words()
    rarer = names.less_common_words() if less_common else frozenset()
    below = False
    for t in tokens:
        if _plural(t.key, common) or _plural(t.key, rarer):
            below = True  # "Görevler", "Notlar": a name takes no plural ending without the apostrophe
        elif t.key in common:
            below = below or name_probability(t.text) < ORDINARY_WORD_NAME_PROBABILITY
        elif (
            less_common and _case_inflected(t.text, common, rarer) and looks_turkish(_line(text, start, end))
        ):
            # a name takes the ending after an apostrophe, so it weighs as a frequent word does
            below = below or name_probability(t.text) < ORDINARY_WORD_NAME_PROBABILITY
        elif (t.key in rarer or (less_common and _inflected(t.key, common))) and name_probability(
            t.text
        ) < LESS_COMMON_WORD_NAME_PROBABILITY:
            below = True
        else:
            return False
    # Several words: one of them unlike a name is enough ("Göz Hastalıkları": "eye" is name-like).
    return below


# Turkish possessive, accusative and plural endings, folded ("Sürücüsü", "Görüşmeyi", "TUTANAĞI",
# "Birimleri"), and the consonant a vowel softens before them ("tutanak" -> "tutanağı").
_TURKISH_ENDINGS = ("leri", "lari", "ler", "lar", "si", "su", "yi", "yu", "ni", "nu", "i", "u")
_SOFTENED = {"g": "k", "b": "p", "d": "t"}


def _plural(key: str, words: frozenset[str]) -> bool:
    """Whether a folded word is one of ``words`` with a Turkish plural ending ("gorevler",
    "notlari"), which softens no consonant."""
    return _inflected(key, words, _PLURAL_ENDINGS, soften=False)


_PLURAL_ENDINGS = ("leri", "lari", "ler", "lar")
# The locative's and the ablative's endings: a name takes them after an apostrophe ("Ayşe'de"), a
# common noun without one ("Bahçede", "Okuldan").
_CASE_ENDING = re.compile(r"(?P<stem>\w{4,}?)(?P<consonant>[dt])(?P<vowel>[ae])n?")
_FRONT_VOWELS, _BACK_VOWELS = frozenset("eiöü"), frozenset("aıou")
_VOICELESS = frozenset("çfhkpsşt")


def _case_inflected(word: str, common: frozenset[str], rarer: frozenset[str]) -> bool:
    """Whether a word is a frequent or rarer word of four letters or more with a locative or an
    ablative ending that fits it: the vowel by harmony, "t" after a voiceless consonant ("Okulda",
    "Bahçede", "Kitapta"; not "Masate", which "masa" would make "Masada")."""
    lower = turkish_lower(word)
    match = _CASE_ENDING.fullmatch(lower)
    if match is None:
        return False
    stem = match.group("stem")
    vowels = [c for c in stem if c in _FRONT_VOWELS or c in _BACK_VOWELS]
    if not vowels or (match.group("vowel") == "e") != (vowels[-1] in _FRONT_VOWELS):
        return False
    if (match.group("consonant") == "t") != (stem[-1] in _VOICELESS):
        return False
    key = names.fold(stem)
    return key in common or key in rarer


def _inflected(
    key: str, words: frozenset[str], endings: tuple[str, ...] = _TURKISH_ENDINGS, soften: bool = True
) -> bool:
    """Whether a folded word is one of ``words`` with a Turkish ending: a field's or a form's name
    ("Aracı Sürücüsü", "Görüşmeyi yapan", "TESPİT TUTANAĞI") that the word lists hold bare."""
    for ending in endings:
        stem = key[: -len(ending)]
        if not key.endswith(ending) or len(stem) < 3:
            continue
        if stem in words or (soften and stem[-1] in _SOFTENED and stem[:-1] + _SOFTENED[stem[-1]] in words):
            return True
    return False


def line_label(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span opens a line's label that no one is named: one of frequent words
    ("Temsilci:", "Birim Amiri:", "Son görüşme:") or one that ends in a field's head ("Veli Cep
    Tel:", "Veli Adı Soyadı:"). A chat's or a transcript's author stays: "Ayşe Yılmaz:", "Oğuz
    commented:", "Kerem Bey:"."""
    colon = label_end(text, start, end)
    if colon is None:
        return False
    words = names.tokenize(text[start:colon])
    if not words or any(w.key in names.HONORIFIC_KEYS or w.key in names.HONORIFIC_AFTER_KEYS for w in words):
        return False
    if words[-1].key in FIELD_HEAD_KEYS or ordinary_words(text, start, colon):
        return True
    if thing_label(text[start:colon]):
        return True  # "Ana yemek:", "Mekke oteli:": a label that names things names no one
    # "Teslim alan:" ("received by"): frequent words, then lower-case ones, listed or not ("alan").
    rest = names.tokenize(text[end:colon])
    if not all(w.text.islower() for w in rest):
        return False
    # "Bora ekibi:", "Ses kaydı:": a role or a thing in the possessive heads the label, whatever
    # word before it is also a name
    if ordinary_words(text, start, end):
        return True
    # one word, in the same cell: "Ayla\tnöbet değişimi: ..." is a name and the next cell's label
    return (
        len(rest) == 1 and not CELL_BORDER.search(text, end, colon) and possessive_role_or_thing(rest[0].text)
    )


# A firm's legal form right after a name, or as its last word: "Jimmy Choo Oy", "Hansen ApS", "Edward
# Jones, Inc.", "Yılmaz Tekstil A.Ş.": the name is a firm's (named after a person or not), no one's.
_LEGAL_FORM = (
    r"(?:Oy|Oyj|AS|ASA|AB|ApS|A/S|GmbH|AG|KG|Ltd\.?|Limited|LLC|LLP|Inc\.?|plc|PLC|A\.Ş\.?|"
    r"Ltd\.[ ]Şti\.|SA|SAS|SARL|BV|NV|Corp\.?)"
)
# Up to two capitalised words may stand between: a reader may take "Faik" of "Faik Sönmez A.Ş.".
_LEGAL_FORM_AFTER = re.compile(
    # "Barlow's Trading Ltd", "Hobbs & Reed Trading Ltd"
    r"(?:['’]s)?(?:[ \t]+&[ \t]+[A-ZÇĞİÖŞÜ][\w'’-]*)?"
    r"(?:[ \t]+[A-ZÇĞİÖŞÜ][a-zçğıöşü][\w'’-]*){0,2},?[ \t]+" + _LEGAL_FORM + r"(?![\w])"
)
_LEGAL_FORM_LAST = re.compile(r"[ \t]" + _LEGAL_FORM + r"$")
# A legal form no name is spelt like, inside a span that runs on past it: "Lojistik A.Ş. - BORDRO".
_LEGAL_FORM_INSIDE = re.compile(r"[ \t](?:GmbH|Ltd\.|Inc\.|LLC|A\.Ş\.|Şti\.)(?![\w])")


def firm_name(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span is a firm's name: a legal form ends it or follows it, or it is one
    of two single words joined by "&" that are the same word ("Johnson & Johnson") or listed
    surnames, one at least no listed given name ("Marks & Spencer", "Procter & Gamble"; people
    joined so are called by given name: "Ella & Tom")."""
    if (
        _LEGAL_FORM_LAST.search(text, start, end)
        or _LEGAL_FORM_INSIDE.search(text, start, end)
        or _LEGAL_FORM_AFTER.match(text, end)
    ):
        return True
    other = _AMPERSAND_AFTER.match(text, end) or _AMPERSAND_BEFORE.search(text, max(0, start - 40), start)
    if other is None:
        return False
    tokens = names.tokenize(text[start:end]) + names.tokenize(other.group(1))
    if len(tokens) != 2:
        return False
    if tokens[0].key == tokens[1].key:
        return True
    return all(names.is_surname(t) for t in tokens) and not all(names.is_first(t) for t in tokens)


# One capitalised word on the other side of "&", with no other capitalised word beyond it.
_AMPERSAND_AFTER = re.compile(r"[ ]&[ ]([A-Z][\w'’-]+)(?![ ]+[A-Z]|[\w'’-])")
_AMPERSAND_BEFORE = re.compile(r"(?<![A-Z][\w'’-])(?<![A-Z][\w'’-][ ])\b([A-Z][\w'’-]+)[ ]&[ ]$")


# The lower-case word right after a name on its line, one space between ("Tim Hortons storefront").
_WORD_AFTER = re.compile(r"[ \u00a0]([a-z]{3,})(?![\w'’-])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]$")
_NEXT_AFTER = re.compile(r"[ \u00a0]([a-z]+)")
# A determiner before a lone name makes the noun after it the head: "my Tyler membership".
_DETERMINERS = names.word_set(
    """
    the a an my your our their his her its this that these those every each any no
    """
)
# After these a name may be followed by a verb's base form: "Did Ann Lee call?", "let Ann Lee know",
# "Ann Lee and Bob Ray attend".
_BASE_VERB_BEFORE = names.word_set(
    """
    and or nor let lets make makes made help helps helped have has had did does do will would
    can could should shall may might must to saw see sees watch watched hear heard please why
    how when where that if not
    """
)
# Verbs that take a person and then a thing: "send Ann Lee money", "give Bob Ray access".
_TWO_OBJECT_VERBS = names.word_set(
    """
    send sent give gave given lend lent owe owes pay paid offer offered show showed tell told
    bring brought buy bought get got grant granted hand handed email emailed text texted wire
    wired transfer transferred pass passed teach taught ask asked write wrote book booked leave
    left promise promised allow allowed cost charge charged
    """
)
# What follows a verb rather than a noun: "Ann Lee call me", "Ann Lee check in".
_VERB_OBJECTS = names.word_set(
    """
    me you him her us them it this that the a an my your his our their back up out in on to for
    with about off over down
    """
)
# Nouns that stand beside a person's name: what to call them on ("Ann Lee cell 0777 ..."), their
# role or kin ("Ann Lee daughter"), a person noun by its ending ("manager", "doctor", "assistant").
_PERSON_SIDE_NOUNS = names.word_set(
    """
    cell mobile office work home phone tel fax direct landline pager mail whatsapp signal
    skype ext extension number desk line contact profile mother father son daughter wife
    husband friend colleague boss nurse uncle aunt cousin neighbour neighbor partner child kid
    baby brother sister family staff guy lady man woman sir madam chef clerk rep lead head chair
    mate bro sis mum mom dad grandma grandpa nan gran team crew
    """
)
# A person's name modifies what is theirs or about them, and stays a person's name: "the Ann Lee
# account", "Bob Ray file", "the Ann Lee complaint".
_PERSON_RECORD_NOUNS = names.word_set(
    """
    account accounts case file files record records folder ticket claim claims policy loan loans
    application complaint request appointment booking bookings order orders estate household
    trust matter visit interview contract payslip salary mortgage portfolio report review
    referral consultation admission discharge inquiry enquiry dispute letter letters email
    emails message messages call calls meeting incident transfer payment payments invoice
    statement paperwork documents papers details data info information notes history chart
    results scan test tests prescription treatment surgery therapy session lesson lessons fees
    wedding funeral birthday party retirement signature photo photos picture portrait biography
    story speech quote post video song album concert tour show lecture fan fans deposit tenancy
    lease passport visa licence license id card cards debt debts shift shifts rota leave holiday
    sick pension benefits tax taxes bill bills diary journal bio memoir
    """
)
_PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ee", "ant", "ent", "ess", "ive", "ate")


def _persons_noun(word: str) -> bool:
    """Whether a lower-case noun is what a person is, is called on or has ("daughter", "cell",
    "account"), or has an agent's ending ("teacher")."""
    return word in _PERSON_SIDE_NOUNS or word in _PERSON_RECORD_NOUNS or word.endswith(_PERSON_NOUN_ENDINGS)


_NAMED_THING_HEADS = names.word_set("storm hurricane typhoon cyclone operation codename hms uss rms")
# A ship's prefix before its name, in capitals as registers write it: "MV Rowan", "MT Daisy"
# ("MS" is left out: "MS JANE DOE" is a title in capitals).
_SHIP_PREFIXES = ("MV", "MT", "SS", "RMS", "HMS", "USS", "FV", "RV", "TCG")
_SHIP_PREFIX = "(?:" + "|".join(_SHIP_PREFIXES) + ")"
_SHIP_PREFIX_BEFORE = re.compile(r"(?:^|[^\w])" + _SHIP_PREFIX + r"[ \t]$")
# A ship's port of registry: "MV Heath of Hamilton".
_SHIP_PORT_BEFORE = re.compile(r"(?:^|[^\w])" + _SHIP_PREFIX + r"[ \t][A-Z][\w'’-]*[ \t]of[ \t]$")
# A site's nouns make the lone name before them a firm's or a hotel's: "pickup Hilmont lobby".
_SITE_NOUNS = names.word_set(
    """
    lobby foyer forecourt premises headquarters carpark concourse atrium showroom depot warehouse
    outlet franchise reception station airport terminal stadium campus line
    """
)
_FOUNDED_AFTER = re.compile(
    r",?[ \t]+(?:(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:founded|established|incorporated|headquartered)\b"
)


_EPONYMOUS_ENDINGS = ("ian", "ean", "esque")
_THE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he[ \t]$")


def _titled_thing(text: str, start: int, tokens: list[names.Token]) -> bool:
    """After "the", a span whose last word is a common noun and no listed name names a thing ("the
    Lowry Gallery"; people are not "the Ann Lee"); a listed surname there is left alone ("Heist")."""
    if len(tokens) < 2 or not _THE_BEFORE.search(text, max(0, start - 5), start):
        return False
    last = tokens[-1]
    if names.is_listed(last) or last.text.isupper():
        return False
    classes = word_classes(last.key)
    return classes.noun and not classes.adjective


def attributive_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised PERSON span names a thing by how the sentence uses it: English puts
    a brand, a firm or a place before a noun it modifies ("Triggered by Jo Malone storefront
    monitor", "Tim Hortons facilities", "freeze my Tyler membership"), a storm or an operation
    after its head word ("Storm Hazel"), and founds a firm ("Kate Spade was founded in 1993").
    A person's name is followed by a verb, by what they are or are called on ("Ann Lee
    daughter", "Ann Lee cell"), or by what is theirs or about them, and is still a person's name
    ("the Ann Lee account", "Bob Ray complaint"). The word after the name must be a noun of
    WordNet's index and no adverb ("Ann Lee today"), and no adjective unless an article stands
    before a full name ("the Aston Hale guest wifi"); a noun that is also a verb counts only where
    a verb's base form could not follow the name (after two words or more, with no "and", modal or
    "let" before and no object after: "Kate Spade gift card", not "Did Ann Lee call me"). A lone
    name counts only after a determiner, and none after a verb that takes a person and then a thing
    ("send Ann Lee money"). A list's items name things by a surname and a noun ("Hallberg scale,
    Mernick index"); a name listed as a given name only is someone's there ("Team: Ann design, Cem
    docs")."""
    tokens = names.tokenize(text[start:end])
    if not tokens or not all(t.text[:1].isupper() for t in tokens):
        return False
    if len(tokens) >= 2 and (
        tokens[0].key in _NAMED_THING_HEADS or tokens[0].text in ("MV", "MT", "FV", "RV", "TCG")
    ):
        return True
    if _SHIP_PREFIX_BEFORE.search(text, max(0, start - 5), start):
        return True
    if _SHIP_PORT_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _FOUNDED_AFTER.match(text, end):
        return True
    if _titled_thing(text, start, tokens):
        return True
    if len(tokens) == 1 and _coordinated_before_plural(text, start, end):
        return True
    # Things are named after surnames: a name listed as a given name only is someone's ("Team: Ann
    # design, ..."), one that is also a surname may be a thing's ("Hollis method").
    given = any(names.is_first(t) and not names.is_surname(t) for t in tokens)
    if len(tokens) <= 2 and not given and _among_named_things(text, start, end):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if word in _SITE_NOUNS:
        return True
    # "Dean Fiacco who ...": WordNet lists "who" (WHO) as a noun
    if _persons_noun(word) or word in spacy_stop_words(("en",)):
        return False
    if len(tokens) == 1 and not given and _lone_name_before_its_noun(text, start, after.end(), word):
        return True
    before_match = _WORD_BEFORE.search(text, max(0, start - 20), start)
    before = before_match.group(1).lower() if before_match else ""
    # An adjective made of a name, before its noun: "Hunterian anatomy drawings", "Freudian slip",
    # "Kafkaesque queue"; a listed name so spelt stays ("Brian", "Julian", "Christian").
    eponymous = (
        len(tokens) == 1 and tokens[0].key.endswith(_EPONYMOUS_ENDINGS) and not names.is_listed(tokens[0])
    )
    if ((len(tokens) < 2 and before not in _DETERMINERS) or before in _TWO_OBJECT_VERBS) and not eponymous:
        return False
    classes = word_classes(word)
    if eponymous and classes.noun:
        return True
    # After an article a full name before a word is a modifier, also of an adjective's reading:
    # "the Aston Hale guest wifi" ("guest" is an adjective in WordNet too).
    article = len(tokens) >= 2 and before in ("the", "a", "an")
    if not classes.noun or (classes.adjective and not article) or classes.adverb:
        return False
    if classes.verb:
        following = _NEXT_AFTER.match(text, after.end())
        if (
            len(tokens) < 2
            or word.endswith("s")
            or before in _BASE_VERB_BEFORE
            or (following is not None and following.group(1) in _VERB_OBJECTS)
        ):
            return False
    line_end = text.find("\n", end)
    return not looks_turkish(text[end : len(text) if line_end < 0 else line_end])


# An item's start before a lone name ("- methods: Bramley technique, Hollis method") and its end after
# the noun.
_ITEM_OPENING = re.compile(r"(?:^|\n|[:,;])[ \t]*(?:[-*•][ \t]*)?$")
_ITEM_CLOSING = re.compile(r"[ \t]*(?:[,;.)\n]|$)")


def _lone_name_before_its_noun(text: str, start: int, noun_end: int, noun: str) -> bool:
    """Whether a lone name and one noun after it make up a list's item ("Bramley technique, Hollis
    method"): a thing named after someone, where the noun can be nothing but a noun (not "Ann call",
    "Ann tomorrow", "Ann dear"), in English."""
    if not _ITEM_OPENING.search(text, max(0, start - 6), start) or not _ITEM_CLOSING.match(text, noun_end):
        return False
    classes = word_classes(noun)
    if not classes.noun or classes.verb or classes.adjective or classes.adverb:
        return False
    return not looks_turkish(_line(text, start, noun_end))  # "Selin ben, ...": WordNet's "ben" is a hill


# A list's item that names a thing after people: capitalised words, joined by "and" or not, then one
# or two lower-case words ("Hallberg scale", "Okafor sleepiness scale", "Hallberg and Mernick syllabi").
_NAMED_THING_ITEM = re.compile(
    r"(?:and[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|or|&)[ \t]+)?[A-Z][\w'’-]*){0,2}"
    r"(?:[ \t]+([a-z]+))?[ \t]+([a-z]+)\.?"
)
_ITEM_SEPARATOR = re.compile(r"[,;]")


def _among_named_things(text: str, start: int, end: int) -> bool:
    """Whether a span stands in a list's item of capitalised words and the noun they name, with
    another such item beside it on the line ("- scales: Hallberg scale, Mernick index"; "Hallberg and
    Mernick syllabi, Dunstall class"): things named after people, even where the noun is also a
    verb. People listed so would be named with what they are or have ("Lee chair", "Ray file"),
    which these nouns are not."""
    line_start, line_end = _line_bounds(text, start, end)
    colon = text.rfind(":", line_start, start)
    at = colon + 1 if colon >= 0 else line_start
    things = 0
    own = False
    for piece in _ITEM_SEPARATOR.split(text[at:line_end]):
        item_start = at + len(piece) - len(piece.lstrip(" \t-*•"))
        at += len(piece) + 1
        match = _NAMED_THING_ITEM.fullmatch(piece.strip(" \t-*•"))
        if match is None or not _thing_nouns(match.group(1), match.group(2)):
            continue
        things += 1
        lower_start = match.start(1) if match.group(1) else match.start(2)
        own = own or item_start <= start < end <= item_start + lower_start
    return own and things >= 2 and not looks_turkish(text[line_start:line_end])


def _thing_nouns(modifier: str | None, noun: str) -> bool:
    """Whether a noun, with the noun or adjective before it, is what a thing is, not what a person
    is or has ("scale", "sleepiness scale"; not "chair", "file")."""
    if modifier is not None:
        classes = word_classes(modifier)
        if not (classes.noun or classes.adjective) or modifier in spacy_stop_words(("en",)):
            return False
    classes = word_classes(noun)
    return (
        classes.noun
        and not classes.adverb
        and not _persons_noun(noun)
        and not noun.endswith(("ing", "ed"))
        and noun not in spacy_stop_words(("en",))
    )


# Two lone names joined before the plural noun they both modify name two kinds of a thing ("the Benton
# and Harlow valves", "Kessler's and Orme's knots"); of two people, each would be named on his own.
_OTHER_NAME_AFTER = re.compile(
    # more names in a row before the last: "Hallberg, Mernick and Dunstall techniques"
    r"(?:['’]s?)?(?:,[ \t]+[A-Z][\w-]*)*,?[ \t]+(?:and|or|&)[ \t]+[A-Z][\w-]*(?=['’\s])"
)
_OTHER_NAME_BEFORE = re.compile(r"(?:^|[^\w'’-])[A-Z][\w-]*(?:['’]s?)?[ \t]+(?:and|or|&)[ \t]+$")
_HEAD_WORDS_AFTER = re.compile(
    r"(?:['’]s?)?[ \t]+([a-z]+(?:-[a-z]+)*)(?:[ \t]+([a-z]+(?:-[a-z]+)*))?(?![\w'’])"
)


def _coordinated_before_plural(text: str, start: int, end: int) -> bool:
    """Whether a one-word span and another capitalised word, joined by "and", "or" or "&", stand
    before a plural noun, with at most one lower-case word between: "Benton and Harlow valves",
    "Kessler's and Orme's knots", "Benton and Harlow safety valves"; not what is a person's ("Ann
    and Rob's parents", "the Lee and Cole accounts")."""
    other = _OTHER_NAME_AFTER.match(text, end)
    if other is not None:
        at = other.end()
    elif _OTHER_NAME_BEFORE.search(text, max(0, start - 40), start):
        at = end
    else:
        return False
    words = _HEAD_WORDS_AFTER.match(text, at)
    if words is None:
        return False
    if _plural_thing(words.group(1)):
        return True
    first = word_classes(words.group(1))
    return words.group(2) is not None and (first.noun or first.adjective) and _plural_thing(words.group(2))


# Latin and Greek plurals and the singulars they are made of: "syllabi", "criteria", "curricula".
_LEARNED_PLURALS = (("i", "us"), ("a", "um"), ("a", "on"))


def _plural_thing(word: str) -> bool:
    """A plural noun that names no person and nothing of a person's ("valves", "syllabi", not
    "parents")."""
    noun = word.rsplit("-", 1)[-1]
    if any(
        noun.endswith(plural) and len(noun) > 4 and word_classes(noun[: -len(plural)] + singular).noun
        for plural, singular in _LEARNED_PLURALS
    ):
        return True
    if not noun.endswith("s") or noun.endswith("ss") or len(noun) < 4:
        return False
    # the plural or its singular is a person's ("parents", "files"); of words in "-s" only those in
    # "-ss", left out above, end like an agent
    if _persons_noun(noun) or _persons_noun(noun[:-1]) or noun in spacy_stop_words(("en",)):
        return False
    classes = word_classes(noun)
    return classes.noun and not classes.adverb


# A number's label after a word ("Ticket no 4411", "İlan no: 7361"), a place's first word before it
# ("New York", "Fort Worth"), a release's code name in brackets after its version ("v4.2 (Robin)").
_NUMBERED_AFTER = re.compile(r"[ \t]+(?:no|No|NO|nr|Nr|NR|num|Num)\.?[ \t]*:?[ \t]*#?\d")
# A school's year or a course's stage before its number, words that are also names ("Year", "Grade").
_STAGE_WORDS = frozenset(("Year", "Grade", "Form", "Class", "Stage", "Level", "Klasse"))
_STAGE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,2}(?![\d.,:/])")
_PLACE_WORD_BEFORE = re.compile(
    r"(?:^|[^\w])(?:New|Fort|Mount|Mt\.?|Lake|Port|Point|Cape|Pico|Monte|Los|Las|San|Santa|Sankt|St\.?|Ste\.?|Saint|"
    r"Sainte)[ \t]$"
)
# A summit's or a headland's first word, read into the span: "Pico Adolfo", "Point Garnet".
_SUMMIT_WORDS = frozenset(("Pico", "Monte", "Point", "Cape", "Mount", "Mt"))
_VERSION_BEFORE = re.compile(r"\bv?\d+(?:\.\d+)+[ \t]*\($")
# A French place's head before its particle: "Château de Beaulieu", "Rue du Général", "Villa d'Este".
_FRENCH_PLACE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:Château|Chateau|Domaine|Villa|Hôtel|Rue|Avenue|Place|Musée|Gare|Pont|Porte|Mont|Lac|"
    r"Parc|Quai|Boulevard|Impasse|Allée|Clos|Manoir|Abbaye|Église|Eglise)"
    r"[ \t]+(?:de[ \t]+la|de|du|des|d['’])[ \t]*$"
)


# A place after what is named of it: "University of Crawley", "Bank of Murray", "Isle of Skye".
_OF_PLACE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:University|College|Polytechnic|Institute|Bank|Port|Isle|Bay|Gulf|City|Town|County|"
    r"Borough|Diocese|Archdiocese|Province|Kingdom|Duchy)[ \t]+of[ \t]+$"
)


# A title after "The" names a pub, a ship or a hall after someone, no one present: "The Duke of
# Cambridge", "The Lord Raglan", "The Sir John Falstaff".
_NOBLE_TITLES = (
    "Duke|Duchess|Marquis|Marquess|Earl|Countess|Baron|Baroness|Lord|Lady|Prince|Princess|King|Queen|Sir|"
    "Dame|Bishop|Admiral|General|Captain"
)
_THE_TITLE_BEFORE = re.compile(r"(?:^|[^\w])The[ \t]+(?:" + _NOBLE_TITLES + r")[ \t]+(?:of[ \t]+)?$")
_THE_CAPITAL_BEFORE = re.compile(r"(?:^|[^\w])The[ \t]+$")
_NOBLE_TITLE_WORDS = frozenset(_NOBLE_TITLES.split("|"))
# Words no name holds in lower case, which the name model sometimes takes in: "via the Bell Tower".
_NEVER_IN_A_NAME = frozenset(("the", "via"))


# The run of non-blank characters before a span, with what ends it ("Dr." keeps its full stop, "items:"
# its colon); not _WORD_BEFORE, which reads letters only.
_TOKEN_BEFORE = re.compile(r"([^\s]+)[ \t]+$")


def _eponymous_pair(text: str, start: int, end: int) -> bool:
    """Whether a span is, or is part of, capitalised surnames joined by hyphens with no given name,
    initial or title before them: a method, a law or a test named after its authors ("Kessler-Obi
    test", "Marsh-Tanaka sınaması"). A double-barrelled surname follows its bearer's given name or a
    title ("Dr Hale-Osei"); given names joined so ("Anne-Marie": one of them listed as a given name, or
    neither listed as a surname) stay."""
    a, b = start, end
    while a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-"):
        a -= 1
    while b < len(text) and (text[b].isalpha() or text[b] == "-"):
        b += 1
    parts = text[a:b].split("-")
    if len(parts) < 2 or not all(len(p) > 1 and p[0].isupper() and p[1:].islower() for p in parts):
        return False
    words = [names.tokenize(p)[0] for p in parts]
    if any(names.is_first(w) for w in words) or not any(names.is_surname(w) for w in words):
        return False  # given names joined: "Anne-Marie", "Kaisa-Riikka"
    before = _TOKEN_BEFORE.search(text, max(0, a - 40), a)
    if before is None or before.group(1)[-1] in ",;:)":
        return True  # the line's or an item's first words
    return not (before.group(1)[:1].isupper() or before.group(1).endswith("."))


def named_by_frame(text: str, start: int, end: int) -> bool:
    """Whether what stands around a PERSON span says it names no one: a number's label after it
    ("İlan no 7361"), a place's first word before it ("New York'taki", "Château de Beaulieu"), the
    brackets of a release's code name ("Release notes v4.2 (Robin)"), a Turkish village's ending
    ("Alibeyköy'de"), a receipt's line that opens with it and ends in a quantity ("Heinz ketçap
    460 g") or a price list's line ("Stanley knife + 10 blades 7.99"), a field's label that names
    no person ("Employer: Kate Spade", "Current meds: Latuda"), a pub or a ship after "The" and a
    title ("The Lord Raglan"), a saint's "St" before it, a boat's type after its quoted name ("'Kevser'
    gulet"), a brand's or a tax office's word after it ("Tekin Acar marka kombi", "Bekirpaşa V.D."),
    or a title alone ("Ecz.")."""
    if _NUMBERED_AFTER.match(text, end):
        return True
    tokens = names.tokenize(text[start:end])
    if len(tokens) == 1 and tokens[0].text in _STAGE_WORDS and _STAGE_NUMBER_AFTER.match(text, end):
        return True  # a school year or a stage: "Tom (Year 4)", "Grade 2 reader"
    if any(t.text in _NEVER_IN_A_NAME for t in tokens):
        return True
    if len(tokens) > 1 and tokens[0].text in _SUMMIT_WORDS:
        return True
    if _eponymous_pair(text, start, end):
        return True
    if len(tokens) == 1 and tokens[0].key in names.TITLE_STOP_KEYS and text[end : end + 1] == ".":
        return True  # a title alone: "Ecz." before a name in capitals the model did not take
    if _THE_TITLE_BEFORE.search(text, max(0, start - 20), start) or (
        tokens
        and tokens[0].text in _NOBLE_TITLE_WORDS
        and _THE_CAPITAL_BEFORE.search(text, max(0, start - 6), start)
    ):
        return True
    if _PLACE_WORD_BEFORE.search(text, max(0, start - 8), start):
        return True
    if _FRENCH_PLACE_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _OF_PLACE_BEFORE.search(text, max(0, start - 20), start):
        return True
    if text[end : end + 1] == ")" and _VERSION_BEFORE.search(text, max(0, start - 16), start):
        return True
    if _quoted(text, start, end) and _VESSEL_AFTER.match(text, end + 1):
        return True
    if _BRAND_OR_OFFICE_AFTER.match(text, end) or text[start:end].endswith(" V.D"):
        return True
    if len(tokens) == 1 and tokens[0].text.lower().endswith(("köy", "köyü")):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _product_line(text, line_start, start, end):
        return True
    colon = text.find(":", line_start, start)
    # A bracket opens another value: "Kurs: Ebru (usta öğretici Filiz Kaya)"; after it closes, the
    # label's list goes on ("Appliances: Bosch combi (kitchen) - PASS; Baxi fire").
    between = text[colon + 1 : start]
    if not 0 <= colon - line_start <= 30 or ":" in between or between.count("(") > between.count(")"):
        return False
    # Whoever is addressed as "Hanım" or "Bey" is a person, whatever the label: "Tatlı: Nermin Hanım".
    if _honorific_after(text, end):
        return False
    label = text[line_start:colon]
    # A plural's items are the words after its colon and each comma or semicolon: "- roses: Albertine,
    # Gertrude Jekyll"; a sentence after them is no item ("Most votes: Wed 15. Organiser Dana Ross").
    return thing_label(label) or (
        _plural_thing_label(label)
        and bool(_ITEM_START.search(text, colon, start))
        and _short_items(text[colon + 1 : start])
    )


# The most words an item of a list of things holds before the next: "Bosch combi (kitchen) - PASS",
# "Harbour Lane and Quay Street until Friday evening".
_ITEM_WORDS = 8


def _short_items(between: str) -> bool:
    """Whether what stands between a plural label's colon and a span, cut at commas and semicolons,
    is a list's items, each a few words: "Source of funds: a gift from her father, Anahit Sarg" is a
    sentence, and the span after its comma an apposition, not an item."""
    return all(len(item.split()) <= _ITEM_WORDS for item in re.split(r"[,;][ \t]", between)[:-1])


# where an item starts, before the span and a title or a given name in it ("Canon A. Brell")
_ITEM_START = re.compile(r"[:,;][ \t]*(?:and[ \t]+)?(?:[A-Z][\w'’-]*\.?[ \t]+){0,2}$")
# Plurals that hold people, whatever their ending: "guests: Ann, Bob", "apologies: Kate".
_PEOPLE_PLURALS = names.word_set(
    """
    people persons children kids guests members friends parents siblings relatives apologies contacts
    girls boys ladies men women babies nurses heads leads hosts chairs judges pupils colleagues mates
    cousins aunts uncles nephews nieces grandchildren grandparents twins couples families names
    signatures initials surgeons physicians clinicians nominees invitees admins owners thanks
    signatories
    """
)
# Plurals of what is said or done: their items are sentences, with people in them ("- actions: ask
# Dana", "updates: Rob is back").
_DISCOURSE_PLURALS = names.word_set(
    """
    actions updates minutes comments questions answers tasks todos issues blockers risks decisions
    reminders points items topics highlights wins shoutouts kudos credits acknowledgements mentions
    replies responses news steps outcomes results notes
    """
)


def _plural_thing_label(label: str) -> bool:
    """Whether a list's lower-case label is the plural of an English noun of things ("- roses:",
    "clamps:", "drums:"): its items are things, many named after people ("Gertrude Jekyll",
    "Kelly"). A plural of people, or of what a person's noun ends in, is left alone:
    "guests:", "speakers:", "attendees:"."""
    words = label.split()
    last = words[-1] if words else ""
    if not (last.isalpha() and last.islower() and last.isascii() and last.endswith("s")):
        return False
    if last in _PEOPLE_PLURALS or last in _DISCOURSE_PLURALS or last in _PERSON_RECORD_NOUNS:
        return False
    # WordNet holds given names too ("thomas"): a chat's writer is no label of things
    if not word_classes(last).noun or names.is_listed(names.tokenize(last)[0]):
        return False
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    singular_classes = word_classes(singular)
    if not singular_classes.noun:
        return True  # a plural only, as some tools are: "scissors", "tongs"
    return not singular.endswith(_PERSON_NOUN_ENDINGS) and singular not in _PERSON_SIDE_NOUNS


# A brand's or a tax office's word after the name: "Tekin Acar marka kombi", "Bekirpaşa V.D.".
_BRAND_OR_OFFICE_AFTER = re.compile(
    r"[ \t]+(?:marka|markalı|markasının|V\.[ ]?D\.|Vergi[ \t]+Dairesi)(?![\w'’])"
)
# A boat's type after its quoted name: "'Kevser' gulet", "'Marianne' narrowboat".
_VESSEL_AFTER = re.compile(
    r"[ \t]+(?:gulet|guleti|yat|yatı|tekne|teknesi|yacht|ketch|schooner|sloop|narrowboat|barge|trawler|"
    r"catamaran|katamaran)(?![\w'’])"
)


def _quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] in "'’‘\"“" and text[end : end + 1] in ("'", "’", '"', "”")


# A receipt's or a shopping list's line: it opens with the brand and ends in a quantity ("Heinz
# ketçap 460 g", "Dr. Oetker kabartma tozu x3", "Duru sabun 4'lü"); a person's line in a list of
# gifts or amounts has a colon ("Ayşe Kaya: 20 kg un").
_PRODUCT_LINE_END = re.compile(
    r"(?:\d+(?:[.,]\d+)?[ ]?(?:g|gr|kg|mg|ml|cl|l|lt|oz|lb|lbs|pcs|adet|paket)|[x×][ ]?\d+|"
    r"\d+['’](?:lü|li|lu|lı))[ \t]*$"
)
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])?[ \t]*(?:Dr\.?[ \t]+)?")


def _product_line(text: str, line_start: int, start: int, end: int) -> bool:
    opening = _LINE_OPENING.match(text, line_start)
    if opening is None or opening.end() != start:
        return False
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    if ":" in line:
        return False
    if _PRODUCT_LINE_END.search(line):
        return True
    # A price list's line: the name, then what it names in lower case, then the price ("Stanley knife
    # + 10 blades 7.99", "Ali Muhiddin lokumu (kutu) 240"), among three such lines at least; a
    # person's line has a verb there ("Ayşe Kaya ödedi 240", "Tom Lee paid 20.00") or no word at all.
    thing = _PRICED_THING.match(text[end : start + len(line)])
    if thing is None or _PAYMENT_WORD.fullmatch(word := thing.group(1)) or turkish_active_form(word):
        return False
    return len(_PRICED_LINE.findall(text)) >= 3


_PRICED_THING = re.compile(r"[ \t]([a-zçğıöşü]{3,})\b[^\n]*?[ \t]\d+(?:[.,]\d{2})?[ \t]*(?:TL|₺)?$")
_PRICED_LINE = re.compile(r"(?m)^[^\n]*[^\W\d_][^\n]*[ \t]\d+(?:[.,]\d{2})?[ \t]*(?:TL|₺)?$")
_PAYMENT_WORD = re.compile(r"\w+ed|paid|owes|gave|pays|ödedi|verdi|borç|borçlu|aldı|ödeyecek|ödemedi")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_NEXT_WORD_IN_CELL = re.compile(r"[ \u00a0]([^\W\d_][\w'’-]*)")
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-ZÇĞİÖŞÜ]")
_ORDINAL_AFTER = re.compile(r"[ \t]+\d{1,3}\.(?=[ \t])")
_JOINER_GAP = re.compile(r"[ \t]+(?:&|ve|and)(?=[ \t])")


def _honorific_after(text: str, end: int) -> bool:
    """Whether "Hanım", "Bey" or another honorific that follows a name is the next word."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and names.fold(after.group(1)) in names.HONORIFIC_AFTER_KEYS


def institution_name(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span names a place or an institution: a word of it after the first heads
    one ("Conway Pharmacy", "Halilbey APARTMANI YÖNETİM"), or is nothing but a head ("Eczanesi"),
    or a capitalised word after it does, within three words, across "&", "ve" or "and" ("Eugene
    Badminton Club", "Melikgazi Sitesi", "Dawson & District Allotment Society"), unless the span ends
    in a listed name ("Lauren Smith Station Manager"); or a Turkish place's head or a landmark's
    postposition follows it in lower case ("Halilbey cami önü", "Nuri Toplar önü": a compound
    without the genitive names a thing), or a house number stands before it and a street's type
    ends it ("3 Douglas Close"). A head that is also a listed name keeps the span ("Gregory House",
    "Jerry Hall"). A Turkish compound's head in the possessive in it or after it makes it a thing's
    name, whatever honorific or listed name it holds ("Kemal Paşa Korusu": ``turkish_compounds``)."""
    tokens = names.tokenize(text[start:end])
    if _possessive_compound(text, start, end, tokens) or _HONOURED_LANDMARK_AFTER.match(text, end):
        return True
    if _honorific_after(text, end) or any(t.key in names.HONORIFIC_AFTER_KEYS for t in tokens):
        return False  # "Aydın Hanım Emlak Katılım projesinde": whoever is addressed so is a person
    if tokens and any(_institution_head(t) for t in tokens[1:] or tokens):
        return True
    if (
        _LANDMARK_AFTER.match(text, end)
        or _landmark_after_the_rest(text, end)
        or _PLACES_AFTER.match(text, end)
        or _street_address(text, start, tokens)
        or _building_after_flat(text, start, tokens)
    ):
        return True
    if _place_only_head_after(text, end):
        return True
    if len(tokens) != 1 and names.is_listed(tokens[-1]):
        return False
    at = end
    for _ in range(3):  # "Eugene Badminton Club": a capitalised word or two may stand before the head
        # "Dawson & District Allotment Society", "Sadi Konuk Eğitim ve Araştırma Hastanesi"
        gap = _JOINER_GAP.match(text, at)
        if gap is not None:
            at = gap.end()
        after = _NEXT_WORD.match(text, at)
        if after is None or not after.group(1)[:1].isupper():
            return False
        head = names.tokenize(after.group(1))
        if head and _institution_head(head[0]):
            return True
        at = after.end()
    return False


def _landmark_after_the_rest(text: str, end: int) -> bool:
    """Whether a landmark's head follows the rest of the name a reader read in part ("Cahit" of
    "Cahit Arf iskelesi"), no honorific among its words ("Ali Kerem Bey önünde" is before him)."""
    rest = _CAPITALISED_RUN.match(text, end)
    return (
        rest is not None
        and not any(t.key in names.HONORIFIC_AFTER_KEYS for t in names.tokenize(rest.group(0)))
        and _LANDMARK_AFTER.match(text, rest.end()) is not None
    )


def _possessive_compound(text: str, start: int, end: int, tokens: list[names.Token]) -> bool:
    """Whether a Turkish compound's head in the possessive ends the span's capitalised words or
    follows it ("Kemal Paşa Korusu": a grove, whatever honorific its name holds). A span with a
    lower-case word is a reader's overreach, judged by its words after ("Ece bugün Satış Birimi");
    a person's field keeps its value ("Adı Soyadı: NADIA PUNJABI", an English demonym's ending)."""
    inside = all(t.text[:1].isupper() for t in tokens) and any(possessive_head(t) for t in tokens[1:])
    return (inside or _possessive_head_after(text, end)) and not person_slot(text, start, end)


def _possessive_head_after(text: str, end: int) -> bool:
    """A Turkish compound's head in the possessive among the next four capitalised words, the last
    capitalised word there or not, across "ve" and an ordinal ("Harmanlı Parkı", "Esin Tok
    Botanik Bahçesi", "İl Gençlik ve Spor Müdürlüğü", "Kadri Ersin 4. Noterliği")."""
    at = end
    for _ in range(4):
        # "İl Gençlik ve Spor Müdürlüğü", "Kadri Ersin 4. Noterliği"
        skipped = _JOINER_GAP.match(text, at) or _ORDINAL_AFTER.match(text, at)
        if skipped is not None:
            at = skipped.end()
        after = _NEXT_WORD_IN_CELL.match(text, at)  # "Selin    ARAS    Kendisi": three cells
        if after is None or not after.group(1)[:1].isupper():
            return False
        head = names.tokenize(re.split("['’]", after.group(1))[0])  # "Parkı'nda"
        if head and possessive_head(head[0]):
            return True
        at = after.end()
    return False


def _place_only_head_after(text: str, end: int) -> bool:
    """A place-only head within three capitalised words after the span, the last capitalised
    word there ("Betty Crocker Innovation Awards"; "Town Clerk" is a job)."""
    at = end
    ordinal = _ORDINAL_AFTER.match(text, at)  # "Selim 3. ASLİYE HUKUK MAHKEMESİ"
    if ordinal is not None:
        at = ordinal.end()
    for _ in range(3):
        after = _NEXT_WORD.match(text, at)
        if after is None or not after.group(1)[:1].isupper():
            return False
        # a case suffix after the apostrophe: "Haldun Taner Sahnesi'nde"
        key = names.fold(re.split("['’]", after.group(1))[0])
        if key in _PLACE_ONLY_HEAD_KEYS:
            # "Civic" only ever opens a place's head ("Civic Hall", "Civic Centre").
            return key == "civic" or not _CAPITALISED_NEXT.match(text, after.end())
        at = after.end()
    return False


def _institution_head(token: names.Token) -> bool:
    if token.key in _PLACE_ONLY_HEAD_KEYS:
        return True
    return token.key in names.INSTITUTION_KEYS and not names.is_listed(token)


# Heads that name a place, a summit, a club, a cup or a firm and open no job's title ("Lauren Smith Station
# Manager" is a person and her job), also where they are listed surnames ("Rowan Arms", "Clarence
# Town", "Churchill Way"), "Civic" before a hall or a centre, and Turkish heads in the possessive,
# which a person's name never takes; an amateur theatre's, a race's, a scout group's and a trade's
# names ("Hadleigh Players", "Brandon Marathon", "1st Kelso Scouts", "Zildjian Removals"); a summit's
# and a sports cup's, however listed their first word ("Mallory Peak", "Dunmore Cup"); a chamber of
# trade, an industrial zone and a shopping centre ("Esnaf Odası", "Kemalpaşa OSB", "Yalçın AVM"),
# whose "oda" is a person's room elsewhere; a Turkish haulier's trade ("Demirkaya Lojistik"); a school's
# subject department, a plant nursery, a hotel, a guesthouse and a phone shop ("Fizik Zümresi", "Lale
# Otel", "Berk İletişim").
_PLACE_ONLY_HEADS = names.word_set(
    """
    way town arms tavern lettings guildhall awards prize trophy cup rovers athletic wanderers albion
    peak pyramid glacier volcano
    fc afc united avenue boulevard terrace crescent mews wharf quay civic cc rfc harriers striders
    runners village council magistrates vets brasserie bistro trattoria pizzeria grill room agents
    solicitors mahkemesi kompleksi complex leisure elementary hardware syndicate labs series
    sunucusu tesisleri ocakbaşı sofrası pilavcısı cattery kennels sinfonia orchestra chorale ensemble
    quartet sahnesi operası armağanı ödülü ödülleri günleri orkestrası korosu
    bulvarı bulvari cad caddesi sokak sokağı köprüsü salonu dairesi durağı merkezi müdürlüğü
    meydanı limanı sarayı müzesi parkı istasyonu terminali havalimanı çarşısı pasajı köşkü konağı
    yurdu stadı stadyumu tüneli otogarı iskelesi kavşağı mahallesi hastanesi eczanesi okulu lisesi
    koleji camii apartmanı sitesi belediyesi kulübü derneği vakfı üniversitesi
    players dramatics marathon scouts guides brownies circle removals heating plumbing roofing
    glazing joinery kıraathanesi kahvehanesi hospital union housing opticians
    odası osb avm lojistik nakliyat
    zümresi fidanlığı otel oteli pansiyon pansiyonu iletişim
    """
)
_PLACE_ONLY_HEAD_KEYS = frozenset(names.fold(w) for w in _PLACE_ONLY_HEADS)


# Turkish puts a place's head or a landmark's postposition after its name without the genitive
# ("Halilbey cami önü", "Nuri Toplar önünden alınacak", "Tayfun şubesi"); a person would take it
# ("Ayşe'nin önü").
_PLACE_WORDS = (
    r"cami|camii|parkı|durağı|sokağı|caddesi|mahallesi|köprüsü|meydanı|şubesi|şubesinden|iskelesi|salonu|"
    r"apartmanı"
)
# an address's abbreviations, with their full stop: "Halilbey Mah.", "Gül Sk."
_ADDRESS_ABBREVIATION = r"[ \t]+(?:Mah|Mh|Sok|Sk|Cad|Cd|Blv|Bulv)\."
_LANDMARK_AFTER = re.compile(
    rf"[ \t]+(?:{_PLACE_WORDS}|önü|önünde|önünden|önüne|karşısı|karşısında|karşısından|arkası|"
    rf"arkasında)(?![\w'’])|{_ADDRESS_ABBREVIATION}"
)
# A quarter or a street named after someone with an honorific, not a landmark's postposition ("Kerem
# Bey önünde" is before him): "Kerem Bey Mah.", "Nuriye Hanım sokağı".
_HONOURED_LANDMARK_AFTER = re.compile(
    rf"[ \t]+(?:Bey|Hanım|Paşa|Efendi|Ağa)"
    rf"(?:[ \t]+(?:{_PLACE_WORDS})(?![\w'’])|{_ADDRESS_ABBREVIATION})"
)
# Places listed before their head in the plural possessive, which only a compound takes: "Hüseyin
# Avni Aker, Kadir Has ve Şükrü Saracoğlu stadyumlarında" (up to three more names between).
_PLACES_AFTER = re.compile(
    r"(?:(?:,|[ \t]+ve|[ \t]+ile)[ \t]+[A-ZÇĞİÖŞÜ][\w'’-]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w'’-]*){0,2}){0,3}"
    r"[ \t]+(?:stadyum|stad|cami|park|köprü|salon|hastane|okul|lise|otel|meydan|cadde|sokak|bulvar|"
    r"istasyon|durak|terminal)(?:lar|ler)(?:ı|i)"
)
# A house number before a street's name, inside a line: "late of 3 Douglas Close", "Property: 14
# Beverly Terrace"; not a numbered list's or a team sheet's ("2 Mary Green" at a line's start).
_HOUSE_NUMBER_BEFORE = re.compile(r"[^\W\d_][:,]?[ ]\d{1,5}[A-Za-z]?,?[ ]$")
_STREET_TYPES = names.word_set(
    """
    street st road rd avenue ave lane ln close drive dr way grove row walk court ct place terrace
    crescent gardens hill rise view mews square parade green wharf quay
    """
)


# A flat's number before a building's name: "Flat 12, Teddy House", "Apt 4B, Rowan Court".
_FLAT_BEFORE = re.compile(r"\b(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit|[Ss]uite)\.?[ ]\d{1,4}[A-Za-z]?,?[ ]$")
_BUILDING_TYPES = names.word_set(
    """
    house court lodge mansions tower towers heights point hall place building buildings villas
    cottages apartments
    """
)


def _building_after_flat(text: str, start: int, tokens: list[names.Token]) -> bool:
    if len(tokens) < 2 or tokens[-1].key not in _BUILDING_TYPES:
        return False
    return bool(_FLAT_BEFORE.search(text, max(0, start - 16), start))


def _street_address(text: str, start: int, tokens: list[names.Token]) -> bool:
    if len(tokens) < 2 or tokens[-1].key not in _STREET_TYPES:
        return False
    return bool(_HOUSE_NUMBER_BEFORE.search(text, max(0, start - 12), start))


# Units named after people ("20 Newton'luk", "300 Kelvin", "basınç Pascal cinsinden") and what is
# named after a person ("Raynaud's syndrome", "Parkinson hastalığı") are no one's name.
_UNITS = names.word_set(
    """
    newton newtons kelvin kelvins pascal pascals joule joules watt watts volt volts ampere amperes
    ohm ohms hertz tesla teslas weber webers coulomb coulombs farad farads siemens sievert sieverts
    becquerel becquerels celsius fahrenheit rankine gauss maxwell curie roentgen röntgen angstrom
    ångström debye
    """
)
_NUMBER_BEFORE = re.compile(r"\d[ \t]?°?[ \t]?$")
_UNIT_CONTEXT_AFTER = re.compile(
    r"(?:['’]\w+)?[ \t]+(?:cinsinden|biriminde|birimi|derece|degrees?|units?|scale|ölçeğinde)\b",
    re.IGNORECASE,
)
_EPONYM_AFTER = re.compile(
    r"(?:['’]s?|['’](?:un|ün|in|ın|nun|nün|nin|nın))?"
    # another name may share the head: "Poisson and Bernoulli distributions", "Pearson vs Spearman"
    r"(?:,?[ \t]+(?:and|or|vs\.?|ve|ile)[ \t]+[A-Z][\w'’-]*)?"
    r"[ \t]+(?:disease|syndrome|palsy|lymphoma|distributions?|correlation|transform|distance|"
    r"filter|chains?|process|coefficient|inequality|integral|algorithm|(?:shortest[ \t]+)?path|"
    r"law|laws|theorem|principle|constant|equation|reflex|lemma|paradox|conjecture|hypothesis|razor|"
    r"effect|fractures?|fracture-dislocations?|injury|injuries|lesions?|manoeuvre|maneuver|procedure|"
    r"classification|triad|hastalığı|kırığı|kırıkları|manevrası|hastalığına|hastalığında|sendromu|"
    r"yasası|yasaları|kanunu|kanunları|teoremi|"
    r"ilkesi|sabiti|denklemi|paradoksu|kuralı|yöntemi|bağıntısı|bağıntıları|formülü)\b"
    r"(?![ \t]+(?:firm|school|office|degree|practice|student|exam))"
)


# Names joined before a shared head ("Pareto ve Kaldor ölçütleri", "Nash, Stackelberg, Cournot
# dengeleri"), and a bare noun between a name and its head ("Phillips fiyat eğrisi").
_MORE_NAMES = re.compile(
    r"(?:(?:,[ \t]+|,?[ \t]+(?:ve|veya|ile)[ \t]+)[A-ZÇĞİÖŞÜ][\w’-]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w’-]*)*)+"
)
# Not across a tab: a table's next cell is no part of the name's compound.
_LOWER_WORD = re.compile(r"[ ]+([a-zçğıöşü]+)")
# The head ends a list's item or a title, not a sentence: "Ali programı açtı" holds the accusative.
_ITEM_END = re.compile(r"[ \t]*(?:[,;:.()\n]|$|(?:ve|veya)[ \t])")


def _turkish_compound_after(text: str, end: int) -> bool:
    """Whether a common noun in the possessive after a span (and the names joined to it) heads a
    compound the span names, ending an item: "Murphy bulgusu,", "Hardy ve Weinberg dengesi",
    "Kurban programı,"; a person's own would take the genitive ("Murphy'nin bulgusu")."""
    more = _MORE_NAMES.match(text, end)
    return _head_ends_item(text, more.end() if more else end, compound_head)


def _head_ends_item(text: str, at: int, is_head: Callable[[str], bool]) -> bool:
    """Whether the lower-case word at ``at``, or the one after a bare noun there, is a head that
    ends a list's item or a title ("… bulgusu,", "… fiyat eğrisi")."""
    for _ in range(2):  # the head, or a bare noun and then the head
        word = _LOWER_WORD.match(text, at)
        if word is None:
            return False
        at = word.end()
        if is_head(word.group(1)) and _ITEM_END.match(text, at):
            return True
    return False


# The capitalised words right after a span, on its line: the rest of a name a model read in part.
_CAPITALISED_RUN = re.compile(r"(?:[ \t][A-ZÇĞİÖŞÜ][\w’-]*){1,3}")
# A capitalised word and a joiner before a span: "Sabri, " or "Neval ve " before "Emre Yüce".
_JOINED_BEFORE = re.compile(r"[A-ZÇĞİÖŞÜ][\w’-]*(?:,|[ \t]+(?:ve|veya|ile))[ \t]+$")


def _shared_plural_head(text: str, start: int, end: int) -> bool:
    """Whether a span is one of names joined before a compound's head in the plural's possessive,
    ending an item ("Sabri Önal, Neval Kaya ve Emre Yüce sahneleri"): the names of things, however
    many words each holds; people would take the genitive ("... Emre Yüce'nin sahneleri")."""
    more = _MORE_NAMES.match(text, end)
    if more is None and not _JOINED_BEFORE.search(text, max(0, start - 40), start):
        return False
    return _head_ends_item(text, more.end() if more else end, plural_compound_head)


def unit_or_eponym(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span is a unit named after a person, after a number or before what says
    it is one ("20 Newton'luk", "Pascal cinsinden"), or a person's name that names a law, a
    disease or a distribution ("Raynaud's syndrome", "Parkinson hastalığı", "Poisson and Bernoulli
    distributions"): one word, no listed given name ("John's disease" is his; so is "Bell's
    palsy", a limit); or one of names of any length joined before a Turkish compound's plural
    head ("… ve Emre Yüce sahneleri"), or a name of more words before a head in the singular's
    possessive that ends an item ("Cahit Arf vapuru (bakımda)", "Leyla Gencer opera bursu,")."""
    tokens = names.tokenize(text[start:end])
    if len(tokens) != 1:
        return len(tokens) > 1 and (
            _shared_plural_head(text, start, end) or _head_ends_item(text, end, singular_compound_head)
        )
    if tokens[0].key in _UNITS and (
        _NUMBER_BEFORE.search(text, max(0, start - 4), start) or _UNIT_CONTEXT_AFTER.match(text, end)
    ):
        return True
    if names.is_surname(tokens[0]) and _LAW_AFTER_POSSESSIVE.match(text, end):
        return True  # a surname that is also a given name names a law: "Brooks's law", "Hanlon's razor"
    if _turkish_compound_after(text, end):
        return True
    # a model's first word of a longer name that names a thing: "Oktay" of "… ve Oktay Rıfat Şiir ödülleri"
    rest = _CAPITALISED_RUN.match(text, end)
    if rest is not None and _shared_plural_head(text, start, rest.end()):
        return True
    if tokens[0].key in _TERM_NAMES and _TERM_AFTER.match(text, end):
        return True  # a university's or a court's term: "Hilary term", "Michaelmas Term"
    return not names.is_first(tokens[0]) and bool(_EPONYM_AFTER.match(text, end))


_TERM_NAMES = names.word_set(
    "michaelmas hilary trinity lent easter epiphany candlemas whitsun lammas martinmas"
)
_TERM_AFTER = re.compile(r"[ \t]+(?:term|Term|terms|Terms)\b")


_LAW_AFTER_POSSESSIVE = re.compile(
    r"['’]s?[ \t]+(?:law|laws|razor|principle|effect|theorem|paradox|conjecture|lemma)\b"
)


def medicine_name(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span is one word that names a medicine, no listed given name or surname
    ("Allegra", "Kendrick" stay people), where medicine is spoken of: "on Xeljanz", "taking X",
    or a word of medicines on its line ("kullandığı ilaçlar X", "Stokta: X", "X 20 mg"). Some
    brands are given names too ("Sertan", "Alora", "Narcan"), and a name's sentence does not talk
    of medicines ("Sertan'a atandı")."""
    tokens = names.tokenize(text[start:end])
    if len(tokens) != 1 or tokens[0].key not in names.drugs() or names.is_listed(tokens[0]):
        return False
    if _MEDICINE_VERB_BEFORE.search(text, max(0, start - 20), start):
        return True
    line_start, line_end = _line_bounds(text, start, end)
    return bool(_MEDICINE_WORDS.search(text, max(line_start, start - 80), min(line_end, end + 80)))


def _line(text: str, start: int, end: int) -> str:
    line_start, line_end = _line_bounds(text, start, end)
    return text[line_start:line_end]


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line that holds ``text[start:end]`` starts and ends (its line break left out)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


_MEDICINE_VERB_BEFORE = re.compile(r"\b(?:on|taking|take|takes|took|started|stopped|prescribed)[ \t]+$")
_MEDICINE_WORDS = re.compile(
    r"\b(?:prescribed|prescription|doses?|dosage|mg|mcg|ml|tablets?|tabs|pills?|capsules?|medications?|"
    r"medicines?|meds|drugs?|pharmacist|pharmacy|allerg\w*|inhaler|injections?|syrup|ilaç\w*|"
    r"kullan(?:ıyor|dığı|ılmamalı|ılır|ım|maya|mayı|ın)\w*|"
    r"tablet\w*|hap(?:ı|lar|ları|ını)?|şurup\w*|eczane\w*|stock|stok(?:ta|tan|u|lar)?|reçete\w*|"
    r"doz(?:u|a|da|lar|ları)?|medikament\w*|médicament\w*)\b",
    re.IGNORECASE,
)


# A dose after a word makes it a drug ("Owed: Prozac 20 mg x 28"); a password's label makes its value
# a secret ("Collection password: Crystal"), neither is anyone's name.
_DOSE_AFTER = re.compile(
    r"[ \t]+(?:\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|μg|ml|mL|IU|iu|units?|tablets?|tabs?|caps(?:ules)?)\b"
    # or a dosage's times a day ("Ferrolin 1x1", "2 x 1"), not a size ("1 x 2 metre")
    r"|\d[ \t]?[x×][ \t]?\d\b(?![ \t]*(?:mm|cm|m|metres?|meters?|metre|ft|in|inch|inches)\b))"
)
_SECRET_LABEL = re.compile(
    r"(?:password|passcode|passphrase|code ?word|parola|şifre|şifresi|kennwort|passwort|mot de passe|"
    r"adgangskode|passord|lösenord|salasana)[ \t]*[:=][ \t]*[\"'“‘]?$",
    re.IGNORECASE,
)


# A stock list's count after an item: "Kelly x6, Crile ×2"; one count after a name is a booking's
# party ("pax Dana x3").
_COUNT_AFTER = re.compile(r"[ \t]+[x×]\d+\b")
_COUNTED_ITEM = re.compile(r"[^\W\d_][ \t]+[x×]\d+\b")


def dose_or_secret(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span is a drug before its dose, an item of a stock list before its count or a
    password after its label."""
    if _DOSE_AFTER.match(text, end) or _SECRET_LABEL.search(text, max(0, start - 40), start):
        return True
    if not _COUNT_AFTER.match(text, end):
        return False
    return len(_COUNTED_ITEM.findall(text, *_line_bounds(text, start, end))) >= 2


def code_identifier(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span without a capital letter is code: part of a longer identifier
    ("firstlineno" of "co_firstlineno", "len" of "__len__"), a call ("len()") or an attribute
    ("z.imag"). Rampart reads such pieces of documentation as given names; a name written in lower
    case stands as a word of its own ("can u ping annie about tmrw"). Capitalised spans are left
    alone: "1.NEDZA/IEVGENIIA MR" is a booking's passenger. A piece of a lower-case hyphenated
    handle is code too ("@felicity-maintainers")."""
    if any(c.isupper() for c in text[start:end]):
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    attribute = before == "." and start >= 2 and text[start - 2].isalnum()
    # A piece of a hyphenated handle or slug: "@felicity-maintainers", "release-rowan".
    hyphenated = (after == "-" and text[end + 1 : end + 2].isalpha()) or (
        before == "-" and start >= 2 and text[start - 2].isalpha()
    )
    return before.isalnum() or before == "_" or after.isalnum() or after in "_(" or attribute or hyphenated


# Where a sentence ends: its mark (and a closing quote or bracket) before a space, or a line break.
_SENTENCE_BREAK = re.compile(r"[.!?]+[\"')\]]*\s+|\n+")
_LETTER = re.compile(r"[^\W\d_]")


def lower_case_in_capitalised_prose(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span without a capital letter stands in a sentence that opens with one, in
    a text whose writer capitalises: nine in ten of its sentences (three at least, the first,
    perhaps cut, not counted) open with a capital, and words inside sentences are capitalised too
    (two at least, "I" aside). There a lower-case word is a word: Rampart reads Ottoman Turkish
    prose ("millet kendi büyüklüğünü", "haddimizi bilir kimseleriz") as names. A phone's keyboard
    capitalises the sentences of a writer who does not capitalise names ("Can u ping annie"), but
    not the words inside them, so such a text is no capitalised prose."""
    if any(c.isupper() for c in text[start:end]):
        return False
    breaks = list(_SENTENCE_BREAK.finditer(text))
    opening = 0
    for m in breaks:
        if m.end() <= start:
            opening = m.end()
    first = _LETTER.search(text, opening, start)
    if first is None or not first.group(0).isupper():
        return False
    starts = [letter.group(0) for m in breaks if (letter := _LETTER.match(text, m.end())) is not None]
    upper = sum(c.isupper() for c in starts)
    if upper < 3 or upper < 0.9 * len(starts):
        return False
    openings = {m.end() for m in breaks} | {0}
    inside = [
        w.start()
        for w in names.WORD_START.finditer(text)
        if w.group(0).isupper()
        and w.start() not in openings
        and not names.pronoun_i(names.word_at(text, w.start()))
    ]
    return len(inside) >= 2


def courtesy_only(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span holds a sign-off and otherwise greetings or frequent words only:
    "Viele Grüße", "Best Regards", "Med venlig hilsen" close a letter, they sign no name."""
    words = names.tokenize(text[start:end])
    return any(w.key in SIGN_OFF_KEYS for w in words) and all(
        w.key in SIGN_OFF_KEYS
        or w.key in names.SALUTATION_KEYS
        or (w.key in names.common_words() and not names.is_listed(w))
        for w in words
    )


# The line a mail client writes above a forwarded or quoted message: "Begin forwarded message:",
# "---------- İletilen ileti ---------", "-----Original Message-----". Its capitalised words are the
# client's, no one's name.
_MAIL_MARKER = re.compile(
    r"^[ \t>]*-*[ \t]*(?:begin forwarded message|forwarded message|original message|iletilen ileti|"
    r"orijinal ileti|özgün ileti|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|"
    r"message d'origine|videresendt melding|vidarebefordrat meddelande|välitetty viesti)[ \t:-]*$",
    re.IGNORECASE | re.MULTILINE,
)


def mail_marker_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line a mail client wrote above a forwarded or quoted message."""
    return [m.span() for m in _MAIL_MARKER.finditer(text)]
